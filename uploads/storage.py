"""Where staged photos wait for their form: outside MEDIA_ROOT, so no URL reaches them but the owner's view."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from core.images import random_upload_name


class StagingStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT/dang-tai, read at use time (tests point it elsewhere), with no public URL."""

    @property
    def base_location(self):
        return os.path.join(str(settings.PRIVATE_MEDIA_ROOT), "dang-tai")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Staged photos have no public URL; their owner sees them through uploads:photo.")


staging_storage = StagingStorage()


def get_staging_storage():
    return staging_storage


def staged_upload_to(instance, filename):
    return random_upload_name("anh", filename)
