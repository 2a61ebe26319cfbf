from django.apps import AppConfig


class PerfConfig(AppConfig):
    """Performance at newsroom scale: database indexes for the hot queries, the admin's estimated-count
    paginator, and invalidation of the anonymous page cache when public content changes."""

    name = "perf"
    verbose_name = "Hiệu năng"

    def ready(self):
        from perf.invalidation import connect_signals

        connect_signals()
