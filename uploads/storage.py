"""Where staged photos wait for their form: outside MEDIA_ROOT, so no URL reaches them but the owner's view."""

from core.images import random_upload_name
from core.private_storage import PrivateStorage

staging_storage = PrivateStorage("dang-tai")


def get_staging_storage():
    return staging_storage


def staged_upload_to(instance, filename):
    return random_upload_name("anh", filename)
