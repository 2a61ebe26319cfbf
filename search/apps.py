from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _

from articles.indexing import register_vector_writer
from core.text import fold


def register_sqlite_functions(sender, connection, **kwargs):
    """SQLite has no unaccent: give it the same folding as Python (core.text.fold) for search ranking."""
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function("newsroom_fold", 1, lambda value: fold(value) if value else "",
                                          deterministic=True)


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Tìm kiếm")

    def ready(self):
        from search import signals  # imports models: only once the app registry is ready
        from search.vectors import search_vector_of  # imports models: only once the app registry is ready

        connection_created.connect(register_sqlite_functions, dispatch_uid="search.register_sqlite_functions")
        register_vector_writer(search_vector_of)
        signals.connect()
