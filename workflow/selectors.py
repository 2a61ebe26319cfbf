"""Read-only queries for the workflow: desks, moderators to notify, the moderation queue."""

import dataclasses
import datetime

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from articles.models import Article, Status, Topic
from workflow.models import Action, Desk, Revision, Transition
from workflow.models.revisions import RevisionState
from workflow.roles import MODERATOR_GROUP, is_moderator


def all_moderators():
    User = get_user_model()
    moderators = User.objects.filter(is_active=True).filter(
        Q(groups__name=MODERATOR_GROUP)
        | Q(user_permissions__codename="moderate_article", user_permissions__content_type__app_label="articles")
    ).distinct()
    if moderators.exists():
        return list(moderators)
    return list(User.objects.filter(is_active=True, is_superuser=True))


def _with_parents(topic_ids):
    parents = Topic.objects.filter(id__in=topic_ids, parent__isnull=False).values_list("parent_id", flat=True)
    return set(topic_ids) | set(parents)


def desks_for(*, province_ids, topic_ids):
    return Desk.objects.matching(province_ids=list(province_ids), topic_ids=list(_with_parents(topic_ids)))


def moderators_for(*, province_ids, topic_ids):
    """The moderators of every desk covering these places or topics; everyone if no desk covers them."""
    desks = desks_for(province_ids=province_ids, topic_ids=topic_ids)
    User = get_user_model()
    members = [u for u in User.objects.filter(desks__in=desks, is_active=True).distinct() if is_moderator(u)]
    return members or all_moderators()


def snapshot_scope(snapshot):
    return (
        [p["id"] for p in snapshot.get("provinces", [])],
        [t["id"] for t in snapshot.get("topics", [])],
    )


def article_scope(article):
    return (
        list(article.provinces.values_list("id", flat=True)),
        list(article.topics.values_list("id", flat=True)),
    )


def pending_revision(article):
    if article is None or article.pk is None or article.status != Status.PUBLISHED:
        return None
    return Revision.objects.pending().filter(article=article).select_related("created_by").first()


@dataclasses.dataclass
class QueueItem:
    article: Article
    kind: str  # "new" or "change"
    waiting_since: datetime.datetime
    revision: Revision | None = None
    on_my_desk: bool = False

    @property
    def waiting(self):
        return timezone.now() - self.waiting_since

    @property
    def submitted_by(self):
        if self.revision is not None:
            return self.revision.created_by
        return self.article.last_edited_by or self.article.author


def _latest_transition_time(action):
    return Subquery(
        Transition.objects.filter(article=OuterRef("pk"), action=action)
        .order_by("-created_at", "-id").values("created_at")[:1]
    )


def queue_count():
    return (
        Article.objects.filter(status=Status.SUBMITTED).count()
        + Revision.objects.pending().filter(article__status=Status.PUBLISHED).count()
    )


def moderation_queue(user):
    """What waits for a decision: the user's desk first, then everything else, each oldest first."""
    submitted = (
        Article.objects.filter(status=Status.SUBMITTED)
        # The queue shows titles, places and waiting times: leave the texts (most of each row) in the table.
        .defer("body", "search_text", "search_vector")
        .select_related("author", "last_edited_by")
        .prefetch_related("provinces", "topics")
        .annotate(waiting_since=_latest_transition_time(Action.SUBMIT))
    )
    pending = (
        Revision.objects.pending().filter(article__status=Status.PUBLISHED)
        .select_related("article", "created_by", "article__author")
        .prefetch_related("article__provinces", "article__topics")
        .annotate(proposed_at=Subquery(
            Transition.objects.filter(article=OuterRef("article_id"), action=Action.PROPOSE_CHANGE)
            .order_by("-created_at", "-id").values("created_at")[:1]
        ))
    )
    items = [QueueItem(a, "new", a.waiting_since or a.updated_at) for a in submitted]
    items += [QueueItem(r.article, "change", r.proposed_at or r.created_at, revision=r) for r in pending]

    desks = list(Desk.objects.filter(moderators=user).prefetch_related("provinces", "topics"))
    my_provinces = {p.id for d in desks for p in d.provinces.all()}
    my_topics = {t.id for d in desks for t in d.topics.all()}
    if my_provinces or my_topics:
        parents = dict(Topic.objects.filter(parent__isnull=False).values_list("id", "parent_id"))
        for item in items:
            if item.revision is not None:
                provinces, topics = snapshot_scope(item.revision.snapshot)
            else:
                provinces = [p.id for p in item.article.provinces.all()]
                topics = [t.id for t in item.article.topics.all()]
            topics = set(topics) | {parents[t] for t in topics if t in parents}
            item.on_my_desk = bool(my_provinces & set(provinces) or my_topics & topics)
    items.sort(key=lambda item: (not item.on_my_desk, item.waiting_since))
    return items


def last_submitted_revision(article, *, before=None):
    """The revision a moderator last saw submitted, before the current submission."""
    submits = Transition.objects.filter(article=article, action=Action.SUBMIT, revision__isnull=False)
    submits = submits.order_by("-created_at", "-id")
    if before is not None:
        submits = submits.exclude(pk=before.pk)
    latest = submits.select_related("revision").first()
    return latest.revision if latest else None


def current_submission(article):
    return (
        Transition.objects.filter(article=article, action=Action.SUBMIT)
        .order_by("-created_at", "-id").select_related("revision").first()
    )


__all__ = [
    "QueueItem", "RevisionState", "all_moderators", "article_scope", "current_submission", "desks_for",
    "last_submitted_revision", "moderation_queue", "moderators_for", "pending_revision", "queue_count",
    "snapshot_scope",
]
