"""How the workflow names people and times in what it tells users: messages, e-mails and admin pages alike."""

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy

# The latest year a publication time may carry (core.params.MAX_YEAR); the form and the service say it alike.
LATE_PUBLISH_MESSAGE = gettext_lazy("Thời điểm xuất bản quá xa: hãy chọn một thời điểm không muộn hơn năm %(year)s.")


def display_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def local_time(value, fmt="d/m/Y H:i"):
    return formats.date_format(timezone.localtime(value), fmt)
