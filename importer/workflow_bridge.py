"""How imports enter the editorial record kept by the workflow app, when that record exists.

With the workflow's tables present, every import leaves what an editor's save would: a Revision
snapshot and a Transition line ("Gửi duyệt", with the source file as the comment), and a changed
file for a live article becomes a pending Revision a moderator must approve. Without them, the
status is set directly and the ImportRecord is the record.

Imports write these rows directly rather than through ``article_submit``: a bulk import has no
edit lock to hold and must not send one notification per file to every moderator; the moderation
queue itself is the notice.
"""

import copy

from django.db import connection

from articles.models import Status
from core.html import sanitize_html


class NoWorkflow:
    can_propose = False

    def imported(self, *, article, actor, comment):
        """Nothing to record beyond the ImportRecord."""

    def imported_many(self, entries):
        """Nothing to record beyond the ImportRecords."""

    def updated(self, *, article, actor, from_status, comment):
        """Nothing to record beyond the ImportRecord."""

    def revisions_summary(self, article):
        return []


class Workflow:
    can_propose = True

    def __init__(self):
        from workflow.models import Action, Revision, Transition
        from workflow.models.revisions import RevisionState
        from workflow.snapshots import article_for_snapshot, article_snapshot

        self.Action, self.Revision, self.Transition, self.State = Action, Revision, Transition, RevisionState
        self.article_for_snapshot, self.article_snapshot = article_for_snapshot, article_snapshot
        for name in ("SUBMIT", "PROPOSE_CHANGE"):
            getattr(Action, name)
        for name in ("SAVED", "PENDING", "SUPERSEDED"):
            getattr(RevisionState, name)

    @staticmethod
    def _name(actor):
        return (actor.get_full_name() or actor.get_username()) if actor else ""

    def _next_number(self, article):
        last = self.Revision.objects.filter(article=article).order_by("-number").values_list("number", flat=True)
        return (last.first() or 0) + 1

    def _revision(self, article, actor, state, snapshot, number=None):
        return self.Revision.objects.create(
            article=article, number=number or self._next_number(article), state=state, snapshot=snapshot,
            created_by=actor, created_by_name=self._name(actor),
        )

    def _transition(self, article, actor, action, from_status, comment, revision):
        self.Transition.objects.create(
            article=article, actor=actor, actor_name=self._name(actor), action=action, from_status=from_status,
            to_status=article.status, comment=comment, revision=revision,
        )

    def imported(self, *, article, actor, comment):
        # An article whose related lists the importer pre-filled is described without reading it back.
        described = article if getattr(article, "_prefetched_objects_cache", None) else None
        snapshot = self.article_snapshot(described or self.article_for_snapshot(article.pk))
        revision = self._revision(article, actor, self.State.SAVED, snapshot, number=1)
        if article.status == Status.SUBMITTED:
            self._transition(article, actor, self.Action.SUBMIT, Status.DRAFT, comment, revision)

    def imported_many(self, entries):
        """``imported`` for many new articles at once: (article, actor, comment) with pre-filled related lists."""
        if not entries:
            return
        revisions = self.Revision.objects.bulk_create([
            self.Revision(article=article, number=1, state=self.State.SAVED, snapshot=self.article_snapshot(article),
                          created_by=actor, created_by_name=self._name(actor))
            for article, actor, _comment in entries
        ])
        self.Transition.objects.bulk_create([
            self.Transition(article=article, actor=actor, actor_name=self._name(actor), action=self.Action.SUBMIT,
                            from_status=Status.DRAFT, to_status=article.status, comment=comment, revision=revision)
            for (article, actor, comment), revision in zip(entries, revisions, strict=True)
            if article.status == Status.SUBMITTED
        ])
        for article, _actor, _comment in entries:
            article._prefetched_objects_cache = {}

    def updated(self, *, article, actor, from_status, comment):
        snapshot = self.article_snapshot(self.article_for_snapshot(article.pk))
        revision = self._revision(article, actor, self.State.SAVED, snapshot)
        if article.status != from_status and article.status == Status.SUBMITTED:
            self._transition(article, actor, self.Action.SUBMIT, from_status, comment, revision)

    def propose(self, *, article, actor, fields, recognition, lexicon, comment):
        """A pending change to a live article: its rows stay as they are until a moderator approves."""
        from articles.models import Document, Topic
        from importer.services import document_get_or_create, official_create_unverified
        from places.models import Province

        current = self.article_snapshot(self.article_for_snapshot(article.pk))
        content = copy.deepcopy(current)
        content.update({
            "title": fields["title"][:300], "lead": fields["lead"], "body": sanitize_html(fields["body"]),
            "byline": fields.get("byline", content.get("byline", "")),
            "event_date": fields["event_date"].isoformat() if fields.get("event_date") else content.get("event_date"),
        })
        if recognition is not None:
            def merge(key, ids, model, label):
                have = {item["id"] for item in content[key]}
                for obj in model.objects.filter(id__in=[i for i in ids if i not in have]):
                    content[key].append({"id": obj.id, "name": label(obj)})

            merge("provinces", [h.id for h in recognition.provinces], Province, str)
            merge("topics", [h.id for h in recognition.topics], Topic, lambda t: t.name)
            document_ids = [document_get_or_create(cited=c).pk for c in recognition.documents]
            merge("documents", document_ids, Document, lambda d: d.title)
            have = {item["official"] for item in content["officials"]}
            position = max((item["position"] for item in content["officials"]), default=-1) + 1
            for finding in recognition.officials:
                official_id = finding.official_id
                if official_id is None and finding.status in {"unknown", "different"}:
                    official = official_create_unverified(name=finding.name, title=finding.title)
                    official_id = finding.official_id = official.pk
                    if lexicon is not None:
                        lexicon.officials.remember(official.pk, official.full_name)
                if official_id and official_id not in have:
                    content["officials"].append(
                        {"official": official_id, "name": finding.name, "title": finding.title, "position": position}
                    )
                    have.add(official_id)
                    position += 1
        self.Revision.objects.pending().filter(article=article).update(state=self.State.SUPERSEDED)
        revision = self._revision(article, actor, self.State.PENDING, content)
        article.version += 1
        article.save(update_fields=["version"])
        self._transition(article, actor, self.Action.PROPOSE_CHANGE, article.status, comment, revision)
        return revision

    def revisions_summary(self, article):
        return [
            {"number": r.number, "state": r.state, "created_at": r.created_at.isoformat(),
             "created_by": r.created_by_name, "title": (r.snapshot or {}).get("title", "")}
            for r in self.Revision.objects.filter(article=article).order_by("number")
        ]


def detect():
    """The workflow record if its code and tables are there, else the plain fallback."""
    try:
        bridge = Workflow()
        tables = set(connection.introspection.table_names())
        if {bridge.Revision._meta.db_table, bridge.Transition._meta.db_table} <= tables:
            return bridge
    except (ImportError, AttributeError, LookupError):
        pass
    return NoWorkflow()
