"""Demo content for ``make run``: fictional officials, reports written for this project, generated photos.

``demo_seed`` loads it idempotently; ``python manage.py seed_demo`` is the command around it.
"""

from articles.demo.seed import DemoAccount, DemoSeedError, SeedReport, all_stories, demo_seed

__all__ = ["DemoAccount", "DemoSeedError", "SeedReport", "all_stories", "demo_seed"]
