"""Imports from the admin: an upload page, a run page with progress, and the notes each imported article keeps.

There is no task queue: the upload is checked whole (``uploads``), saved to a private folder as an ``ImportRun``
(``runs``), and the run page asks for the next few files at a time while it shows the progress, running the same
``Importer`` as ``manage.py import_articles``. The notes of each file stay at the top of its article's change
form, and in the moderator's warnings before approving, until a moderator marks them handled (``notes``).
"""
