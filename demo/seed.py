"""Loads the demo content (``demo/data``, read by ``demo.content``) and the demo accounts into the database.

Idempotent: rows are matched by slug, key or username and never updated.
"""

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

from articles.models import Article, Document, Mention, Photo, Status, Topic
from core.text import slugify_vi
from demo.content import SCHEDULED, DemoSeedError, load_content
from demo.history import record_history
from demo.photos import render_portrait, render_scene
from people.models import Official, Organisation, Position
from places.models import REORGANISATION_DATE, Province
from workflow.roles import ADMINISTRATOR_GROUP, EDITOR_GROUP, MODERATOR_GROUP

# Relative dates never fall before the new units existed.
EARLIEST_RELATIVE_DAY = REORGANISATION_DATE + datetime.timedelta(days=1)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    label: str
    group: str
    default_password: str


# Each demo account holds exactly its role. None is a superuser: a superuser can publish, read submitters'
# contact details and reset anyone's password, so the demo's administrator is a member of the administrators'
# group like a real one (a superuser is created on the command line when one is needed).
DEMO_ACCOUNTS = [
    DemoAccount("bientapvien", "Biên tập viên / editor", EDITOR_GROUP, "viet-bai-demo-24"),
    DemoAccount("kiemduyetvien", "Kiểm duyệt viên / moderator", MODERATOR_GROUP, "duyet-bai-demo-24"),
    DemoAccount("quantri", "Quản trị viên / administrator", ADMINISTRATOR_GROUP, "quan-tri-demo-24"),
]


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)
    # (account, password to print, created now?)
    accounts: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def all_stories():
    return list(load_content().stories)


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
            _Seeder(now=now, log=log, report=report, saved_files=saved_files).run(load_content())
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

    def run(self, content):
        self._check_database()
        editor = self._accounts()
        organisations = self._organisations(content.organisations)
        officials = self._officials(content.officials, organisations)
        documents = self._documents(content.documents)
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        for index, story in enumerate(content.stories):
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
                if user.is_superuser:
                    # Rows are never updated; say plainly that an older demo left a superuser behind.
                    self.report.warnings.append(
                        f"Chú ý: tài khoản {account.username} là superuser (từ bản demo cũ). Hãy bỏ quyền superuser "
                        f"và xếp vào nhóm “{account.group}”, hoặc xóa tài khoản rồi chạy lại lệnh."
                    )
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
        user = User.objects.create_user(account.username, candidate.email, password, is_staff=True)
        try:
            user.groups.add(Group.objects.get(name=account.group))
        except Group.DoesNotExist as error:
            raise DemoSeedError(
                f"Chưa có nhóm quyền “{account.group}”. Hãy chạy “python manage.py migrate” trước."
            ) from error
        return user

    # --- people and documents -------------------------------------------------------------------

    def _organisations(self, entries):
        provinces = {p.slug: p for p in Province.objects.filter(slug__in={e.province for e in entries if e.province})}
        found = {}
        for entry in entries:
            if entry.province and entry.province not in provinces:
                raise DemoSeedError(f"Dữ liệu demo: không có tỉnh “{entry.province}” cho cơ quan “{entry.name}”.")
            organisation, created = Organisation.objects.get_or_create(
                slug=slugify_vi(entry.name),
                defaults={"name": entry.name, "province": provinces.get(entry.province),
                          "parent": found.get(entry.parent)},
            )
            self._count("cơ quan", created, entry.name)
            found[entry.name] = organisation
        return found

    def _officials(self, entries, organisations):
        found = {}
        for entry in entries:
            slug = slugify_vi(entry.name)
            official = Official.objects.filter(slug=slug).first()
            self._count("nhân vật", official is None, entry.name)
            if official is None:
                official = Official(full_name=entry.name, slug=slug, biography=entry.biography)
                self._save_file(official.portrait, f"{slug}.jpg", render_portrait(seed=slug))
                official.save()
                for position in entry.positions:
                    Position.objects.create(
                        official=official, title=position.title, organisation=organisations.get(position.organisation),
                        start_date=position.start, end_date=position.end,
                    )
                    self.report.created["chức vụ"] += 1
            found[entry.name] = official
        return found

    def _documents(self, entries):
        found = {}
        for entry in entries:
            document, created = Document.objects.get_or_create(
                key=entry.key,
                defaults={"number": entry.key, "kind": entry.kind, "title": entry.title, "issuer": entry.issuer,
                          "year": entry.year},
            )
            self._count("văn bản", created, entry.key)
            found[entry.key] = document
        return found

    # --- articles -------------------------------------------------------------------------------

    def _article(self, index, story, *, editor, officials, documents, topics):
        slug = slugify_vi(story.title, max_length=200)
        if Article.objects.filter(slug=slug).exists():
            self.report.existing["tin bài"] += 1
            return
        day = self._event_day(story.when)
        provinces = self._provinces_on(day, story)
        status = story.status
        publish_at = self._publish_time(index, day, status)
        # Created as a draft: its status and publish time come with its record (demo/history.py).
        article = Article.objects.create(
            title=story.title,
            slug=slug,
            lead=_fill(story.lead, day),
            body="\n\n".join(_fill(paragraph, day) for paragraph in story.body),
            event_date=day,
            author=editor,
            last_edited_by=editor,
            byline=story.byline,
            source=story.source,
        )
        article.provinces.set(provinces)
        article.topics.set([_lookup(topics, slug, "chủ đề") for slug in story.topics])
        article.documents.set([_lookup(documents, key, "văn bản") for key in story.documents])
        for position, mention in enumerate(story.mentions):
            Mention.objects.create(
                article=article, official=_lookup(officials, mention.official, "nhân vật"),
                title_as_printed=mention.title_as_printed, position=position,
            )
        credit = "Ảnh: " + story.byline.split(" - ")[0]
        for position, entry in enumerate(story.photos):
            photo = Photo(article=article, caption=entry.caption, credit=credit, position=position,
                          is_featured=position == 0)
            self._save_file(photo.image, f"{slug[:40]}-{position + 1}.jpg",
                            render_scene(entry.scene, seed=f"{slug}:{position}"))
            photo.save()
            self.report.created["ảnh"] += 1
        # The stamps of a report written months ago should say so in the admin's lists.
        written_at = min(publish_at or _local_datetime(day, 9, 0), self.now)
        Article.objects.filter(pk=article.pk).update(created_at=written_at, updated_at=written_at)
        record_history(index=index, article=article, status=status, publish_at=publish_at, editor=editor,
                       moderator=self.moderator, written_at=written_at, now=self.now)
        self._count("tin bài", True, f"{article.title} [{status}, {day:%d/%m/%Y}]")

    def _event_day(self, when):
        if isinstance(when, datetime.date):
            return when
        day = self.today - datetime.timedelta(days=when)
        return day if when < 0 else max(day, EARLIEST_RELATIVE_DAY)

    def _provinces_on(self, day, story):
        valid = {p.slug: p for p in Province.objects.as_of(day).filter(slug__in=story.provinces)}
        missing = [slug for slug in story.provinces if slug not in valid]
        if missing:
            raise DemoSeedError(
                f"Dữ liệu demo: “{story.title}” ({day:%d/%m/%Y}) gắn với đơn vị không tồn tại vào ngày đó: "
                + ", ".join(missing)
            )
        return [valid[slug] for slug in story.provinces]

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
