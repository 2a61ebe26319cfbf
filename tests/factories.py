"""Small factories for tests: ``make_*`` functions with sensible defaults and keyword overrides."""

import datetime
import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles.models import Article, Document, Mention, Photo, Status, Topic
from people.models import Official, Organisation, Position
from places.models import Province
from workflow.roles import EDITOR_GROUP, MODERATOR_GROUP

_seq = itertools.count(1)
PASSWORD = "mat-khau-thu-nghiem-2025"


def make_user(username=None, *, role=None, **kwargs):
    """role: None, "editor", "moderator" or "admin"."""
    username = username or f"user{next(_seq)}"
    User = get_user_model()
    if role == "admin":
        user = User.objects.create_superuser(username, f"{username}@example.org", PASSWORD, **kwargs)
        return user
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=role is not None, **kwargs)
    if role == "editor":
        user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    elif role == "moderator":
        user.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    return user


def province(slug):
    return Province.objects.get(slug=slug)


def topic(slug):
    return Topic.objects.get(slug=slug)


def make_topic(name=None, **kwargs):
    return Topic.objects.create(name=name or f"Chủ đề {next(_seq)}", **kwargs)


def make_article(title=None, *, status=Status.PUBLISHED, publish_at=None, provinces=(), topics=(), officials=(),
                 **kwargs):
    """A published (by default) article; pass status=Status.DRAFT for a draft, a future publish_at to schedule."""
    if status == Status.PUBLISHED and publish_at is None:
        publish_at = timezone.now() - datetime.timedelta(hours=1)
    article = Article.objects.create(
        title=title or f"Tin bài số {next(_seq)}",
        lead=kwargs.pop("lead", "Sa-pô của tin bài."),
        body=kwargs.pop("body", "<p>Nội dung tin bài.</p>"),
        status=status,
        publish_at=publish_at,
        first_published_at=publish_at if status == Status.PUBLISHED else None,
        **kwargs,
    )
    for p in provinces:
        article.provinces.add(province(p) if isinstance(p, str) else p)
    for t in topics:
        article.topics.add(topic(t) if isinstance(t, str) else t)
    for position, item in enumerate(officials):
        official, title = item if isinstance(item, tuple) else (item, "")
        Mention.objects.create(article=article, official=official, title_as_printed=title, position=position)
    return article


def make_official(full_name=None, *, title=None, organisation=None, **kwargs):
    official = Official.objects.create(full_name=full_name or f"Nguyễn Văn {next(_seq)}", **kwargs)
    if title:
        org = None
        if organisation:
            org, _ = Organisation.objects.get_or_create(name=organisation)
        Position.objects.create(official=official, title=title, organisation=org)
    return official


def make_document(number="21-KL/TW", *, kind="Kết luận", title=None, **kwargs):
    return Document.objects.create(key=number, number=number, kind=kind, title=title or f"{kind} số {number}", **kwargs)


def image_bytes(fmt="JPEG", size=(640, 400), color=(30, 90, 160)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


def make_upload(name="anh.jpg", fmt="JPEG", size=(640, 400)):
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}[fmt]
    return SimpleUploadedFile(name, image_bytes(fmt, size), content_type=content_type)


def make_photo(article, caption="Quang cảnh hội nghị.", *, with_image=True, **kwargs):
    return Photo.objects.create(
        article=article, caption=caption, image=make_upload() if with_image else "", **kwargs,
    )
