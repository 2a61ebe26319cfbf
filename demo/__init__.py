"""Demo content for ``make run``: fictional officials, reports written for this project, generated photos.

The content is data (``demo/data/*.json``, read by ``demo.content``); ``demo.seed.demo_seed`` loads it
idempotently and ``python manage.py seed_demo`` is the command around it. Nothing in the project imports
this app: it sits at the top of the layers, just below ``config``.
"""
