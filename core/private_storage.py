"""Files that must never have a public URL (readers' photos, staged uploads, uploaded imports): under
PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, served only by views that check who is asking."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT/``folder``, read at use time (tests point it elsewhere), with no public URL."""

    def __init__(self, folder="", **kwargs):
        self.folder = folder
        super().__init__(**kwargs)

    @property
    def base_location(self):
        return os.path.join(str(settings.PRIVATE_MEDIA_ROOT), self.folder)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public URL; a view that checks the user serves them.")
