"""Where submitted photos live until a moderator accepts them: outside MEDIA_ROOT, so no URL reaches them."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from core.images import random_upload_name


class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, read at use time (tests point it elsewhere), with no public URL."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public URL; moderators see them through the admin.")


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage


def submission_photo_upload_to(instance, filename):
    return random_upload_name("gui-bai", filename)
