"""The WSGI application `make bench-compare` gives the reference's driver: this project with the benchmark's
environment (see ``bench/compare_settings.py``)."""

import os

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.compare_settings"

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
