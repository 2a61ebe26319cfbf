"""The demo content that ``make run`` loads: enough to browse and filter, hidden drafts, working accounts,
and safe to load twice.

Seeding paints about seventy photos, so it runs once per module inside a transaction that is rolled
back at the end; each test runs in its own savepoint on top of it.
"""

import datetime
import io
import os
import shutil
import tempfile
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count, F, Value
from django.db.models.functions import Concat
from django.test import override_settings
from django.utils import timezone
from PIL import Image

from articles.models import Article, Document, Mention, Photo, Status
from demo import seed as seed_module
from demo.seed import DEMO_ACCOUNTS, all_stories
from people.models import Official, Organisation, Position
from places.models import REORGANISATION_DATE, Province
from workflow.models import Action, Transition
from workflow.roles import ADMINISTRATOR_GROUP, EDITOR_GROUP, MODERATOR_GROUP

DEMO_ACCOUNT_NAMES = [account.username for account in DEMO_ACCOUNTS]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    media = tempfile.mkdtemp(prefix="newsroom-demo-")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            out = io.StringIO()
            call_command("seed_demo", force=True, stdout=out)
            yield SimpleNamespace(media=media, output=out.getvalue())
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
    shutil.rmtree(media, ignore_errors=True)


def retire_demo_accounts():
    """Rename the demo accounts so that the seed creates them afresh (renaming cascades to nothing)."""
    for username in DEMO_ACCOUNT_NAMES:
        get_user_model().objects.filter(username=username).update(username=f"cu-{username}")


def snapshot():
    """Everything the seed writes, in a form that shows any change."""
    User = get_user_model()
    return {
        "articles": sorted(Article.objects.values_list("slug", "status", "publish_at", "updated_at", "body")),
        "photos": sorted(Photo.objects.values_list("article__slug", "position", "image", "caption")),
        "mentions": Mention.objects.count(),
        "officials": sorted(Official.objects.values_list("slug", "updated_at")),
        "positions": Position.objects.count(),
        "organisations": Organisation.objects.count(),
        "documents": Document.objects.count(),
        "users": sorted(User.objects.values_list("username", "password", "is_staff", "is_superuser")),
        "memberships": sorted(User.groups.through.objects.values_list("user__username", "group__name")),
    }


@pytest.mark.django_db
def test_seed_publishes_at_least_thirty_six_visible_articles(seeded):
    assert Article.objects.published().count() >= 36


@pytest.mark.django_db
def test_published_coverage_spans_provinces_including_kien_giang_and_da_nang(seeded):
    slugs = set(Province.objects.filter(articles__in=Article.objects.published()).values_list("slug", flat=True))
    assert len(slugs) >= 12
    assert "kien-giang" in slugs
    assert {"da-nang", "da-nang-truoc-2025"} <= slugs
    assert {"an-giang", "ha-noi", "ho-chi-minh", "hue", "quang-ninh", "khanh-hoa", "nghe-an", "lao-cai",
            "can-tho", "gia-lai"} <= slugs


@pytest.mark.django_db
def test_every_article_names_only_units_that_existed_on_its_event_date(seeded):
    for article in Article.objects.prefetch_related("provinces"):
        existing = set(Province.objects.as_of(article.event_date).values_list("pk", flat=True))
        for province in article.provinces.all():
            assert province.pk in existing, (article.title, province.slug, article.event_date)
            if province.is_former:
                assert article.event_date < REORGANISATION_DATE
            if province.valid_from == REORGANISATION_DATE:
                assert article.event_date >= REORGANISATION_DATE


@pytest.mark.django_db
def test_some_articles_cover_two_provinces(seeded):
    two = Article.objects.published().annotate(n=Count("provinces")).filter(n=2)
    assert two.count() >= 3


@pytest.mark.django_db
def test_published_coverage_uses_at_least_eight_topics_one_to_three_per_article(seeded):
    published = Article.objects.published()
    topic_slugs = set(published.values_list("topics__slug", flat=True))
    assert len(topic_slugs) >= 8
    assert {"xay-dung-dang", "bien-dao", "quoc-phong-an-ninh", "doi-ngoai"} <= topic_slugs
    counts = published.annotate(n=Count("topics")).values_list("n", flat=True)
    assert all(1 <= n <= 3 for n in counts)


@pytest.mark.django_db
def test_articles_have_lead_paragraphs_byline_source_and_event_date(seeded):
    for article in Article.objects.all():
        assert article.lead and article.byline and article.source and article.event_date
        assert 3 <= article.body.count("<p>") <= 6, article.title
        assert "{ngay}" not in article.lead + article.body


@pytest.mark.django_db
def test_demo_titles_are_unique_so_slugs_identify_them(seeded):
    titles = [story.title for story in all_stories()]
    assert len(titles) == len(set(titles))
    assert Article.objects.count() == len(titles)


@pytest.mark.django_db
def test_officials_have_current_and_past_positions(seeded):
    officials = Official.objects.annotate(n=Count("positions")).filter(n__gt=0)
    assert officials.count() >= 14
    for official in officials:
        assert official.biography
        assert official.positions.current().exists(), official.full_name
        assert official.portrait
    assert Position.objects.filter(end_date__isnull=False).count() >= 10
    assert Organisation.objects.filter(province__isnull=False, parent__isnull=False).exists()


@pytest.mark.django_db
def test_officials_sort_the_vietnamese_way(seeded):
    names = list(Official.objects.values_list("full_name", flat=True))
    assert any(name.startswith(("Đặng", "Đỗ")) for name in names)
    # Sorted by given name: An < Ánh, Dũng < Đạt < Đăng < Đức.
    order = ["Lương Hữu An", "Nguyễn Thụy Ánh", "Vũ Thành Dũng", "Lê Hữu Đạt", "Phạm Công Đăng", "Hoàng Kim Đức"]
    positions = [names.index(name) for name in order]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_an_old_article_keeps_the_title_printed_that_day(seeded):
    official = Official.objects.get(slug="dang-trong-khiem")
    old = Mention.objects.get(official=official, article__event_date__lt=datetime.date(2025, 3, 1))
    assert old.title_as_printed.endswith("Ban Tuyên giáo Trung ương")
    assert "Ban Tuyên giáo và Dân vận Trung ương" in official.current_title
    assert "Ban Tuyên giáo Trung ương" not in official.current_title.replace("Tuyên giáo và Dân vận", "")


@pytest.mark.django_db
def test_cited_documents_are_linked_from_articles(seeded):
    for key, kind in [("35-NQ/TW", "Nghị quyết"), ("21-KL/TW", "Kết luận"), ("759/QĐ-TTg", "Quyết định")]:
        document = Document.objects.get(key=key)
        assert document.kind == kind and document.issuer and document.year
        assert document.articles.published().exists()


@pytest.mark.django_db
def test_photos_are_generated_jpegs_with_captions_credits_and_one_featured(seeded):
    published = Article.objects.published()
    with_photos = published.filter(photos__isnull=False).distinct()
    assert with_photos.count() >= 0.8 * published.count()
    for article in with_photos.prefetch_related("photos"):
        photos = list(article.photos.all())
        assert 1 <= len(photos) <= 3
        assert sum(photo.is_featured for photo in photos) == 1
        for photo in photos:
            assert photo.caption and photo.alt_text == photo.caption
            assert photo.credit.startswith("Ảnh: ")
            assert (photo.width, photo.height) == (1200, 800)
            assert photo.image.name.endswith(".jpg")
    sample = Photo.objects.filter(article__in=published).first()
    with Image.open(os.path.join(seeded.media, sample.image.name)) as image:
        assert image.format == "JPEG" and image.size == (1200, 800)


@pytest.mark.django_db
def test_drafts_submitted_scheduled_and_withdrawn_items_are_not_public(seeded):
    now = timezone.now()
    published = Article.objects.published()
    assert Article.objects.filter(status=Status.DRAFT).count() >= 2
    assert Article.objects.filter(status=Status.SUBMITTED).count() >= 1
    assert Article.objects.filter(status=Status.WITHDRAWN).count() >= 1
    scheduled = Article.objects.scheduled()
    assert scheduled.count() == 1
    assert now + datetime.timedelta(days=2) < scheduled.get().publish_at <= now + datetime.timedelta(days=3)
    hidden = Article.objects.exclude(status=Status.PUBLISHED) | scheduled
    assert hidden.count() >= 5
    assert not published.filter(pk__in=hidden.values("pk")).exists()


@pytest.mark.django_db
def test_publish_times_are_in_the_past_and_spread_over_more_than_a_year(seeded):
    published = Article.objects.published().order_by("publish_at")
    first, last = published.first().publish_at, published.last().publish_at
    assert last <= timezone.now()
    assert (last - first).days >= 365
    assert not published.exclude(first_published_at=F("publish_at")).exists()


@pytest.mark.django_db
def test_demo_accounts_exist_in_the_right_groups_and_passwords_are_printed(seeded):
    User = get_user_model()
    editor = User.objects.get(username="bientapvien")
    moderator = User.objects.get(username="kiemduyetvien")
    admin = User.objects.get(username="quantri")
    assert editor.is_staff and not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == [EDITOR_GROUP]
    assert moderator.is_staff and list(moderator.groups.values_list("name", flat=True)) == [MODERATOR_GROUP]
    # Issue 12 (1): the demo administrator is a member of the administrators' group, not a superuser.
    assert admin.is_staff and not admin.is_superuser
    assert list(admin.groups.values_list("name", flat=True)) == [ADMINISTRATOR_GROUP]
    assert not admin.has_perm("articles.moderate_article") and not admin.has_perm("submissions.view_submission")
    assert editor.has_perm("articles.change_article") and moderator.has_perm("articles.moderate_article")
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(username=account.username)
        assert user.check_password(account.default_password)
        assert account.default_password in seeded.output
    assert "demo only" in seeded.output and "chỉ dùng cho bản demo" in seeded.output
    assert Article.objects.filter(author=editor).count() == Article.objects.count()


@pytest.mark.django_db
def test_running_again_creates_nothing_and_changes_nothing(seeded):
    before = snapshot()
    out = io.StringIO()
    call_command("seed_demo", force=True, stdout=out)
    assert snapshot() == before
    assert "không tạo thêm gì" in out.getvalue()
    for account in DEMO_ACCOUNTS:
        assert account.default_password in out.getvalue()


@pytest.mark.django_db
def test_verbosity_zero_prints_nothing(seeded):
    out = io.StringIO()
    call_command("seed_demo", force=True, verbosity=0, stdout=out)
    assert out.getvalue() == ""


@pytest.mark.django_db
def test_demo_password_comes_from_the_environment_when_set(seeded, monkeypatch):
    retire_demo_accounts()
    monkeypatch.setenv("DEMO_PASSWORD", "mot-mat-khau-demo-rieng")
    out = io.StringIO()
    call_command("seed_demo", force=True, stdout=out)
    for username in DEMO_ACCOUNT_NAMES:
        assert get_user_model().objects.get(username=username).check_password("mot-mat-khau-demo-rieng")
    assert "mot-mat-khau-demo-rieng" in out.getvalue()


@pytest.mark.django_db
def test_a_weak_demo_password_is_refused_and_creates_no_account(seeded, monkeypatch):
    retire_demo_accounts()
    monkeypatch.setenv("DEMO_PASSWORD", "12345")
    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        call_command("seed_demo", force=True, stdout=io.StringIO())
    assert not get_user_model().objects.filter(username__in=DEMO_ACCOUNT_NAMES).exists()


@pytest.mark.django_db
def test_a_failure_midway_leaves_no_rows_and_no_image_files(seeded, monkeypatch, _media_root):
    # Renamed rather than deleted: the seed then believes every article is missing and starts writing.
    Article.objects.update(slug=Concat(Value("cu-"), "slug"))
    before = Article.objects.count()
    calls = []

    def failing_render(scene, *, seed):
        calls.append(scene)
        if len(calls) == 5:
            raise RuntimeError("disk full")
        return original(scene, seed=seed)

    original = seed_module.render_scene
    monkeypatch.setattr(seed_module, "render_scene", failing_render)
    with pytest.raises(RuntimeError, match="disk full"):
        call_command("seed_demo", force=True, stdout=io.StringIO())
    assert Article.objects.count() == before
    leftovers = [name for _root, _dirs, files in os.walk(_media_root) for name in files]
    assert leftovers == []


@pytest.mark.django_db
def test_refuses_to_run_when_debug_is_off_unless_forced(settings):
    settings.DEBUG = False
    before = Article.objects.count()
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=io.StringIO())
    assert Article.objects.count() == before


@pytest.mark.django_db
def test_demo_articles_carry_an_editorial_record_the_workflow_allows(seeded):
    published = Article.objects.published()
    for article in published:
        actions = list(article.transitions.order_by("created_at", "id").values_list("action", flat=True))
        assert actions[0] == Action.SUBMIT and actions[-1] == Action.PUBLISH, (article.title, actions)
        assert article.revisions.exists()
    assert Transition.objects.filter(action=Action.RETURN).exists()
    for transition in Transition.objects.filter(action=Action.PUBLISH).select_related("article"):
        submitted = transition.article.transitions.filter(action=Action.SUBMIT).earliest("created_at")
        assert submitted.created_at <= transition.created_at
    assert not Article.objects.filter(status=Status.DRAFT, transitions__isnull=False).exists()
