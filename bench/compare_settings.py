"""Django settings for this project as `make bench-compare` runs it: the benchmark's environment
(``bench/settings_env.py``: DEBUG off, the database in ``BENCH_DATABASE_URL``, the page cache on only when
``BENCH_PAGE_CACHE=1``), then the project's own settings.

The reference's driver starts every target from one environment, so this project's variables cannot be in it
(its Wagtail site would read ``DJANGO_SETTINGS_MODULE`` too); they are set here, inside our processes only.
"""

import os

from bench import settings_env

settings_env.apply(page_cache=os.environ.get("BENCH_PAGE_CACHE") == "1")

from config.settings import *  # noqa: E402, F403
