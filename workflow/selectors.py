"""Read-only queries for the workflow: desks, moderators to notify, the moderation queue, an editor's own articles."""

import dataclasses
import datetime

from django.contrib.auth import get_user_model
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery, Value
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Status, Topic
from people.models import Official
from places.models import predecessor_ids
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


def queue_count(*, also=()):
    """New articles and proposed changes waiting for a decision, plus the rows of ``also`` (querysets of one
    column, from queue sources): one query, as every admin page's menu shows it."""
    new = Article.objects.filter(status=Status.SUBMITTED).values_list("pk").order_by()
    changes = Revision.objects.pending().filter(article__status=Status.PUBLISHED).values_list("pk").order_by()
    return new.union(changes, *(ids.order_by() for ids in also), all=True).count()


@dataclasses.dataclass(frozen=True)
class QueueKey:
    """Where one waiting item stands in the queue, read without its texts: enough to sort and paginate."""

    kind: str  # "new" (an article, pk) or "change" (a pending revision, pk)
    pk: int
    waiting_since: datetime.datetime
    on_my_desk: bool


def _my_desk_scope(user):
    """The provinces and topics of the user's desks, sub-topics included (a desk for a topic covers them), former
    units included for a desk that asks for them."""
    desks = list(Desk.objects.filter(moderators=user).prefetch_related("provinces", "topics"))
    provinces = {p.id for d in desks for p in d.provinces.all()}
    # A desk that includes former units also answers for the units merged into its provinces.
    widening = {p.id for d in desks if d.include_former_units for p in d.provinces.all()}
    provinces |= predecessor_ids(widening)
    topics = {t.id for d in desks for t in d.topics.all()}
    if topics:
        topics = set(Topic.objects.trees(topics).values_list("id", flat=True))
    return provinces, topics


def queue_keys(user):
    """Every waiting item, the user's desk first, then oldest first: two light queries, however long the queue."""
    my_provinces, my_topics = _my_desk_scope(user)
    on_desk = Value(False)
    if my_provinces or my_topics:
        on_desk = ExpressionWrapper(
            Exists(Article.provinces.through.objects.filter(article_id=OuterRef("pk"), province_id__in=my_provinces))
            | Exists(Article.topics.through.objects.filter(article_id=OuterRef("pk"), topic_id__in=my_topics)),
            output_field=BooleanField(),
        )
    submitted = (
        Article.objects.filter(status=Status.SUBMITTED).order_by()
        .annotate(waiting_since=_latest_transition_time(Action.SUBMIT), on_desk=on_desk)
        .values_list("pk", "waiting_since", "updated_at", "on_desk")
    )
    keys = [QueueKey("new", pk, since or updated, bool(desk)) for pk, since, updated, desk in submitted]
    pending = (
        Revision.objects.pending().filter(article__status=Status.PUBLISHED).order_by()
        .annotate(proposed_at=Subquery(
            Transition.objects.filter(article=OuterRef("article_id"), action=Action.PROPOSE_CHANGE)
            .order_by("-created_at", "-id").values("created_at")[:1]
        ))
        .values_list("pk", "proposed_at", "created_at", "snapshot")
    )
    for pk, proposed_at, created_at, snapshot in pending:
        # A proposed change belongs to the desks of the places and topics it proposes.
        provinces, topics = snapshot_scope(snapshot or {})
        desk = bool(my_provinces & set(provinces) or my_topics & set(topics))
        keys.append(QueueKey("change", pk, proposed_at or created_at, desk))
    keys.sort(key=lambda key: (not key.on_my_desk, key.waiting_since, key.pk))
    return keys


def queue_items(keys):
    """The QueueItems for ``keys`` (a page of them), in the same order, with what the queue table shows."""
    new_ids = [k.pk for k in keys if k.kind == "new"]
    change_ids = [k.pk for k in keys if k.kind == "change"]
    articles = {} if not new_ids else (
        Article.objects.filter(pk__in=new_ids)
        # The queue shows titles, places and waiting times: leave the texts (most of each row) in the table.
        .defer("body", "search_text", "search_vector")
        .select_related("author", "last_edited_by")
        .prefetch_related("provinces").in_bulk()
    )
    revisions = {} if not change_ids else (
        Revision.objects.filter(pk__in=change_ids)
        .select_related("article", "created_by", "article__author")
        .prefetch_related("article__provinces").in_bulk()
    )
    items = []
    for key in keys:
        if key.kind == "new" and key.pk in articles:
            items.append(QueueItem(articles[key.pk], "new", key.waiting_since, on_my_desk=key.on_my_desk))
        elif key.kind == "change" and key.pk in revisions:
            revision = revisions[key.pk]
            items.append(QueueItem(revision.article, "change", key.waiting_since, revision=revision,
                                   on_my_desk=key.on_my_desk))
    return items


def moderation_queue(user):
    """What waits for a decision: the user's desk first, then everything else, each oldest first."""
    return queue_items(queue_keys(user))


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


def revision_summaries(article):
    """The article's revisions as plain data, oldest first: an export carries them as its history."""
    return [
        {"number": r.number, "state": r.state, "created_at": r.created_at.isoformat(), "created_by": r.created_by_name,
         "title": (r.snapshot or {}).get("title", "")}
        for r in Revision.objects.filter(article=article).order_by("number")
    ]


# --- "Bài của tôi": an editor's own articles, by where they stand -------------------------------------------

# (slug, label): the tabs of the editor's workspace, in the order a working day reads them.
MY_ARTICLE_TABS = [
    ("nhap", _("Bản nháp")),
    ("tra-lai", _("Bị trả lại")),
    ("cho-duyet", _("Chờ duyệt")),
    ("hen-gio", _("Đã hẹn giờ")),
    ("da-dang", _("Đã đăng")),
]


def _latest_of(action, field="created_at"):
    return Subquery(
        Transition.objects.filter(article=OuterRef("pk"), action=action)
        .order_by("-created_at", "-id").values(field)[:1]
    )


def my_articles(user):
    """The articles ``user`` wrote, with when they were last submitted and last returned (and why)."""
    return Article.objects.filter(author=user).annotate(
        last_submitted_at=_latest_of(Action.SUBMIT),
        last_returned_at=_latest_of(Action.RETURN),
        return_comment=_latest_of(Action.RETURN, "comment"),
        has_pending_change=Exists(Revision.objects.pending().filter(article=OuterRef("pk"))),
    )


def _returned_q():
    # A return always answers a submission, so "returned" means: the latest return is newer than the latest
    # submission. Submitting again moves the article out of this tab.
    return Q(status=Status.DRAFT, last_returned_at__isnull=False) & (
        Q(last_submitted_at__isnull=True) | Q(last_returned_at__gt=F("last_submitted_at"))
    )


def _my_tab_filters(now):
    published_ids = Article.objects.published(now).values("pk")
    scheduled_ids = Article.objects.scheduled(now).values("pk")
    return {
        "nhap": (Q(status__in=[Status.DRAFT, Status.WITHDRAWN]) & ~_returned_q()),
        "tra-lai": _returned_q(),
        # A change proposed to a live article waits for a decision just as a new article does.
        "cho-duyet": Q(status=Status.SUBMITTED) | Q(has_pending_change=True),
        "hen-gio": Q(pk__in=scheduled_ids),
        # The public's own rule (Article.objects.published), not a second reading of the status.
        "da-dang": Q(pk__in=published_ids),
    }


def my_article_tab(user, tab, *, now=None):
    """The user's articles in one tab of "Bài của tôi", most recently touched first."""
    filters = _my_tab_filters(now or timezone.now())
    if tab not in filters:
        raise KeyError(tab)
    return (
        my_articles(user).filter(filters[tab])
        .defer("body", "search_text", "search_vector")
        .prefetch_related("provinces")
        .order_by("-updated_at", "-pk")
    )


def my_article_counts(user, *, now=None):
    """{tab slug: how many of the user's articles it holds}, every tab in one query."""
    filters = _my_tab_filters(now or timezone.now())
    return my_articles(user).aggregate(**{
        slug.replace("-", "_"): Count("pk", filter=condition) for slug, condition in filters.items()
    })


def with_current_titles(content):
    """``content`` (a snapshot) with every official left without a title given their current position's.

    "Chức danh khi đưa tin" is what the paper printed that day; left empty, the best guess is the position the
    official holds on the day of the save. A title the writer typed is kept as typed.
    """
    officials = content.get("officials") or []
    missing = [item["official"] for item in officials if not (item.get("title") or "").strip()]
    if not missing:
        return content
    titles = {o.pk: o.current_title for o in Official.objects.with_current_positions().filter(pk__in=missing)}
    filled = [
        {**item, "title": titles.get(item["official"], "")} if not (item.get("title") or "").strip() else item
        for item in officials
    ]
    return {**content, "officials": filled}


def return_note(article):
    """The moderator's latest return of ``article`` while it still stands (the article is a draft and was not
    submitted since), else None. The writer sees it at the top of the article until the next submission."""
    if article is None or article.pk is None or article.status != Status.DRAFT:
        return None
    latest = (
        Transition.objects.filter(article=article, action__in=[Action.SUBMIT, Action.RETURN])
        .order_by("-created_at", "-id").select_related("actor").first()
    )
    if latest is None or latest.action != Action.RETURN:
        return None
    return latest


__all__ = [
    "MY_ARTICLE_TABS", "QueueItem", "QueueKey", "RevisionState", "all_moderators", "article_scope",
    "current_submission", "desks_for", "last_submitted_revision", "moderation_queue", "moderators_for",
    "my_article_counts", "my_article_tab", "my_articles", "pending_revision", "queue_count", "queue_items",
    "queue_keys", "return_note", "revision_summaries", "snapshot_scope", "with_current_titles",
]
