"""Loads the demo content. Idempotent: rows are matched by slug, key or username and never updated."""

import datetime
import os
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from articles.demo.people import DOCUMENTS, OFFICIALS, ORGANISATIONS
from articles.demo.photos import render_portrait, render_scene
from articles.demo.stories_after import STORIES_AFTER
from articles.demo.stories_before import STORIES_BEFORE
from articles.demo.stories_recent import STORIES_RECENT
from articles.demo.unpublished import UNPUBLISHED
from articles.models import Article, Document, Mention, Photo, Status, Topic
from core.text import slugify_vi
from people.models import Official, Organisation, Position
from places.models import REORGANISATION_DATE, Province
from workflow.models import Action, Revision, Transition
from workflow.models.revisions import RevisionState
from workflow.roles import EDITOR_GROUP, MODERATOR_GROUP
from workflow.snapshots import article_for_snapshot, article_snapshot

# Relative dates never fall before the new units existed.
EARLIEST_RELATIVE_DAY = REORGANISATION_DATE + datetime.timedelta(days=1)
SCHEDULED = "scheduled"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    label: str
    group: str | None
    superuser: bool
    default_password: str


DEMO_ACCOUNTS = [
    DemoAccount("bientapvien", "Biên tập viên / editor", EDITOR_GROUP, False, "viet-bai-demo-24"),
    DemoAccount("kiemduyetvien", "Kiểm duyệt viên / moderator", MODERATOR_GROUP, False, "duyet-bai-demo-24"),
    DemoAccount("quantri", "Quản trị viên / administrator", None, True, "quan-tri-demo-24"),
]


class DemoSeedError(Exception):
    """The database is not ready for the demo (not migrated), or the demo data contradicts itself."""


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)
    # (account, password to print, created now?)
    accounts: list = field(default_factory=list)


def all_stories():
    return [*STORIES_BEFORE, *STORIES_AFTER, *STORIES_RECENT, *UNPUBLISHED]


def demo_seed(*, now=None, log=None):
    """Create whatever part of the demo content is missing and return what was done.

    ``log(message)`` receives one line per created row. Generated files are removed again if the
    transaction fails, so a failed run leaves neither rows nor orphan images.
    """
    now = now or timezone.now()
    log = log or (lambda message: None)
    report = SeedReport()
    saved_files = []
    try:
        with transaction.atomic():
            _Seeder(now=now, log=log, report=report, saved_files=saved_files).run()
    except BaseException:
        for storage, name in saved_files:
            storage.delete(name)
        raise
    return report


class _Seeder:
    def __init__(self, *, now, log, report, saved_files):
        self.now = now
        self.today = timezone.localdate(now)
        self.log = log
        self.report = report
        self.saved_files = saved_files
        self.moderator = None

    def run(self):
        self._check_database()
        editor = self._accounts()
        organisations = self._organisations()
        officials = self._officials(organisations)
        documents = self._documents()
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        for index, story in enumerate(all_stories()):
            self._article(index, story, editor=editor, officials=officials, documents=documents, topics=topics)

    def _check_database(self):
        if not Province.objects.exists() or not Topic.objects.exists():
            raise DemoSeedError("Cơ sở dữ liệu chưa có tỉnh, thành phố hoặc chủ đề. Hãy chạy “python manage.py migrate” trước.")

    # --- accounts -------------------------------------------------------------------------------

    def _accounts(self):
        User = get_user_model()
        shared_password = os.environ.get("DEMO_PASSWORD", "").strip()
        editor = None
        for account in DEMO_ACCOUNTS:
            password = shared_password or account.default_password
            user = User.objects.filter(username=account.username).first()
            created = user is None
            if created:
                user = self._create_account(User, account, password)
                self.report.created["tài khoản"] += 1
                self.log(f"Tạo tài khoản {account.username} ({account.label})")
            else:
                self.report.existing["tài khoản"] += 1
            self.report.accounts.append((account, password, created))
            if account.group == EDITOR_GROUP:
                editor = user
            elif account.group == MODERATOR_GROUP:
                self.moderator = user
        return editor

    def _create_account(self, User, account, password):
        candidate = User(username=account.username, email=f"{account.username}@demo.invalid")
        try:
            password_validation.validate_password(password, user=candidate)
        except ValidationError as error:
            raise DemoSeedError(
                f"Mật khẩu demo cho “{account.username}” không đạt yêu cầu: {' '.join(error.messages)} "
                "Hãy đặt biến môi trường DEMO_PASSWORD khác."
            ) from error
        if account.superuser:
            return User.objects.create_superuser(account.username, candidate.email, password)
        user = User.objects.create_user(account.username, candidate.email, password, is_staff=True)
        try:
            user.groups.add(Group.objects.get(name=account.group))
        except Group.DoesNotExist as error:
            raise DemoSeedError(
                f"Chưa có nhóm quyền “{account.group}”. Hãy chạy “python manage.py migrate” trước."
            ) from error
        return user

    # --- people and documents -------------------------------------------------------------------

    def _organisations(self):
        provinces = {p.slug: p for p in Province.objects.filter(slug__in={o[1] for o in ORGANISATIONS if o[1]})}
        found = {}
        for name, province_slug, parent_name in ORGANISATIONS:
            if province_slug and province_slug not in provinces:
                raise DemoSeedError(f"Dữ liệu demo: không có tỉnh “{province_slug}” cho cơ quan “{name}”.")
            organisation, created = Organisation.objects.get_or_create(
                slug=slugify_vi(name),
                defaults={"name": name, "province": provinces.get(province_slug),
                          "parent": found.get(parent_name)},
            )
            self._count("cơ quan", created, name)
            found[name] = organisation
        return found

    def _officials(self, organisations):
        found = {}
        for entry in OFFICIALS:
            slug = slugify_vi(entry["name"])
            official = Official.objects.filter(slug=slug).first()
            self._count("nhân vật", official is None, entry["name"])
            if official is None:
                official = Official(full_name=entry["name"], slug=slug, biography=entry["biography"])
                self._save_file(official.portrait, f"{slug}.jpg", render_portrait(seed=slug))
                official.save()
                for title, organisation_name, start, end in entry["positions"]:
                    Position.objects.create(
                        official=official, title=title, organisation=organisations.get(organisation_name),
                        start_date=start, end_date=end,
                    )
                    self.report.created["chức vụ"] += 1
            found[entry["name"]] = official
        return found

    def _documents(self):
        found = {}
        for key, kind, title, issuer, year in DOCUMENTS:
            document, created = Document.objects.get_or_create(
                key=key, defaults={"number": key, "kind": kind, "title": title, "issuer": issuer, "year": year},
            )
            self._count("văn bản", created, key)
            found[key] = document
        return found

    # --- articles -------------------------------------------------------------------------------

    def _article(self, index, story, *, editor, officials, documents, topics):
        slug = slugify_vi(story["title"], max_length=200)
        if Article.objects.filter(slug=slug).exists():
            self.report.existing["tin bài"] += 1
            return
        day = self._event_day(story["when"])
        provinces = self._provinces_on(day, story)
        status = story.get("status", Status.PUBLISHED)
        publish_at = self._publish_time(index, day, status)
        article = Article.objects.create(
            title=story["title"],
            slug=slug,
            lead=_fill(story["lead"], day),
            body="\n\n".join(_fill(paragraph, day) for paragraph in story["body"]),
            event_date=day,
            status=Status.PUBLISHED if status == SCHEDULED else status,
            publish_at=publish_at,
            first_published_at=publish_at if status in (Status.PUBLISHED, Status.WITHDRAWN) else None,
            author=editor,
            last_edited_by=editor,
            byline=story["byline"],
            source=story["source"],
        )
        article.provinces.set(provinces)
        article.topics.set([_lookup(topics, slug, "chủ đề") for slug in story["topics"]])
        article.documents.set([_lookup(documents, key, "văn bản") for key in story["documents"]])
        for position, (name, title) in enumerate(story["mentions"]):
            Mention.objects.create(
                article=article, official=_lookup(officials, name, "nhân vật"), title_as_printed=title,
                position=position,
            )
        credit = "Ảnh: " + story["byline"].split(" - ")[0]
        for position, (scene, caption) in enumerate(story["photos"]):
            photo = Photo(article=article, caption=caption, credit=credit, position=position,
                          is_featured=position == 0)
            self._save_file(photo.image, f"{slug[:40]}-{position + 1}.jpg",
                            render_scene(scene, seed=f"{slug}:{position}"))
            photo.save()
            self.report.created["ảnh"] += 1
        # The stamps of a report written months ago should say so in the admin's lists.
        written_at = publish_at or _local_datetime(day, 9, 0)
        Article.objects.filter(pk=article.pk).update(created_at=min(written_at, self.now),
                                                     updated_at=min(written_at, self.now))
        self._history(index, article, status=status, editor=editor, written_at=min(written_at, self.now))
        self._count("tin bài", True, f"{article.title} [{status}, {day:%d/%m/%Y}]")

    def _history(self, index, article, *, status, editor, written_at):
        """A plausible editorial record, so timelines, diffs and the dashboard's moderation figures have data.

        The demo writes rows directly (with past times) rather than through the workflow services, which stamp
        the present moment; the sequence is one the services allow: save, submit, sometimes return and resubmit,
        then a moderator's decision.
        """
        moderator = self.moderator
        snapshot = article_snapshot(article_for_snapshot(article.pk))
        revision = Revision.objects.create(
            article=article, number=1, state=RevisionState.SAVED, snapshot=snapshot, created_by=editor,
            created_by_name=editor.get_username(),
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=written_at - datetime.timedelta(hours=30))
        if status == Status.DRAFT:
            return
        waits = [2, 5, 9, 20, 30, 48, 3, 12]
        wait = datetime.timedelta(hours=waits[index % len(waits)])
        submitted_at = written_at - wait
        steps = [(editor, Action.SUBMIT, Status.DRAFT, Status.SUBMITTED, "", submitted_at)]
        if index % 5 == 1:
            returned_at = submitted_at + wait / 3
            steps += [
                (moderator, Action.RETURN, Status.SUBMITTED, Status.DRAFT,
                 "Đề nghị bổ sung chức danh đầy đủ của các đồng chí lãnh đạo.", returned_at),
                (editor, Action.SUBMIT, Status.DRAFT, Status.SUBMITTED, "Đã bổ sung.", returned_at + wait / 3),
            ]
        if status in (Status.PUBLISHED, SCHEDULED, Status.WITHDRAWN):
            action = Action.SCHEDULE if status == SCHEDULED else Action.PUBLISH
            decided_at = min(written_at, self.now) if status != SCHEDULED else self.now - datetime.timedelta(hours=1)
            steps.append((moderator, action, Status.SUBMITTED, Status.PUBLISHED, "", decided_at))
        if status == Status.WITHDRAWN:
            steps.append((moderator, Action.WITHDRAW, Status.PUBLISHED, Status.WITHDRAWN,
                          "Gỡ để thẩm định lại số liệu theo yêu cầu của lãnh đạo Ban.", self.now - datetime.timedelta(hours=2)))
        for actor, action, from_status, to_status, comment, when in steps:
            transition = Transition.objects.create(
                article=article, actor=actor, actor_name=actor.get_username(), action=action,
                from_status=from_status, to_status=to_status, comment=comment, revision=revision,
                publish_at=article.publish_at if to_status == Status.PUBLISHED else None,
            )
            Transition.objects.filter(pk=transition.pk).update(created_at=min(when, self.now))

    def _event_day(self, when):
        if isinstance(when, datetime.date):
            return when
        day = self.today - datetime.timedelta(days=when)
        return day if when < 0 else max(day, EARLIEST_RELATIVE_DAY)

    def _provinces_on(self, day, story):
        valid = {p.slug: p for p in Province.objects.as_of(day).filter(slug__in=story["provinces"])}
        missing = [slug for slug in story["provinces"] if slug not in valid]
        if missing:
            raise DemoSeedError(
                f"Dữ liệu demo: “{story['title']}” ({day:%d/%m/%Y}) gắn với đơn vị không tồn tại vào ngày đó: "
                + ", ".join(missing)
            )
        return [valid[slug] for slug in story["provinces"]]

    def _publish_time(self, index, day, status):
        if status in (Status.DRAFT, Status.SUBMITTED):
            return None
        if status == SCHEDULED:
            return (self.now + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
        # Late afternoon of the event day, spread so that lists do not show identical times.
        minutes = (index * 47) % 300
        publish_at = _local_datetime(day, 15, 0) + datetime.timedelta(minutes=minutes)
        return min(publish_at, self.now - datetime.timedelta(minutes=30))

    # --- helpers --------------------------------------------------------------------------------

    def _save_file(self, field_file, name, data):
        # An unnamed ContentFile reads as empty, and ImageField would then store no width and height.
        field_file.save(name, ContentFile(data, name=name), save=False)
        self.saved_files.append((field_file.storage, field_file.name))

    def _count(self, kind, created, label):
        if created:
            self.report.created[kind] += 1
            self.log(f"Tạo {kind}: {label}")
        else:
            self.report.existing[kind] += 1


def _fill(text, day):
    return text.replace("{ngay}", f"{day:%d/%m}").replace("{nam}", f"{day:%Y}")


def _lookup(mapping, key, kind):
    try:
        return mapping[key]
    except KeyError:
        raise DemoSeedError(f"Dữ liệu demo: không có {kind} “{key}”.") from None


def _local_datetime(day, hour, minute):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
