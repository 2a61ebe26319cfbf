"""Other things that wait for a moderator, shown in the moderation queue beside the articles.

Reader submissions live in an app above the workflow, so the workflow cannot read them; the app registers a
``QueueSource`` from its admin module instead (the same way apps above extend the article admin), and the queue
asks every registered source at each request.
"""

import dataclasses
import datetime


@dataclasses.dataclass
class QueueEntry:
    """One waiting item from a source, as the queue shows it."""

    title: str
    url: str
    waiting_since: datetime.datetime
    sender: str = ""
    place: str = ""
    # (url, alt text) of the photos that came with it, so a moderator sees them without opening the item.
    photos: list = dataclasses.field(default_factory=list)
    actions: list = dataclasses.field(default_factory=list)  # (label, url)


class QueueSource:
    """What one app adds to the moderation queue."""

    key = ""
    title = ""
    limit = 50

    def visible_to(self, user):
        return False

    def count(self, user):
        return 0

    def waiting_ids(self, user):
        """The waiting items as a queryset of one column of ids, or None: lets the queue count every source in
        the same query as the articles (a count on every admin page's menu)."""
        return None

    def entries(self, user, limit):
        """The oldest ``limit`` waiting entries, oldest first."""
        return []


_sources = []


def register_queue_source(source):
    """Add a source (once per kind: a module imported twice must not add it twice)."""
    if not any(type(existing) is type(source) for existing in _sources):
        _sources.append(source)


def queue_sources(user):
    return [source for source in _sources if source.visible_to(user)]


def extra_queue_count(user):
    return sum(source.count(user) for source in queue_sources(user))


def extra_waiting_ids(user):
    """(querysets of ids to count with the articles, the count of the sources that offer none)."""
    querysets, rest = [], 0
    for source in queue_sources(user):
        ids = source.waiting_ids(user)
        if ids is None:
            rest += source.count(user)
        else:
            querysets.append(ids)
    return querysets, rest
