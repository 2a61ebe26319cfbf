"""Where submitted photos live until a moderator accepts them: outside MEDIA_ROOT, so no URL reaches them."""

from core.images import random_upload_name
from core.private_storage import PrivateStorage

private_storage = PrivateStorage()


def get_private_storage():
    return private_storage


def submission_photo_upload_to(instance, filename):
    return random_upload_name("gui-bai", filename)
