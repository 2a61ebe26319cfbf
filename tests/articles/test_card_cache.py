"""Article cards drawn once per change, not once per request (articles/card_cache.py): cached cards are used,
and no change of what a card shows leaves an old card on a page."""

import datetime
import re
import tempfile
import types

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from articles import card_cache
from articles.models import Article, Mention, Status
from articles.templatetags import cards as card_markup
from core import cache_purge
from core.cache import tag_versions
from tests.factories import make_article, make_official, make_photo, make_user, province
from workflow import services

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cards_only(settings):
    """No page cache in front: every visit renders its page, and its cards come from the card cache."""
    settings.PUBLIC_CACHE_SECONDS = 0
    card_cache._local.clear()
    yield
    card_cache._local.clear()


@pytest.fixture
def drawn(monkeypatch):
    """The ids of the articles whose cards were drawn (not taken from the cache), in order."""
    ids = []
    real = card_markup.render_card

    def counting(article, **kwargs):
        ids.append(article.pk)
        return real(article, **kwargs)

    monkeypatch.setattr(card_markup, "render_card", counting)
    return ids


@pytest.fixture
def shared(settings):
    """Cards and tag versions in a cache that is not local memory (as Redis is): the shared path."""
    location = tempfile.mkdtemp(prefix="newsroom-cards-")
    settings.CACHES = {**settings.CACHES, "shared": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": location}}
    settings.CARD_CACHE_ALIAS = "shared"
    settings.PUBLIC_CACHE_ALIAS = "shared"
    yield caches["shared"]
    caches["shared"].clear()


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def cards_of(client, url):
    html = client.get(url).content.decode()
    return re.findall(r'<article class="card.*?</article>', html, re.S)


def titles(cards):
    return [re.search(r'<h3 class="card-title"><a href="[^"]*">(.*?)</a>', card).group(1) for card in cards]


def test_a_second_visit_shows_the_same_cards_without_drawing_or_reading_any_article(client, drawn):
    for n in range(3):
        make_article(f"Tin số {n}", provinces=["an-giang"], publish_at=hours_ago(n + 1))
    first = cards_of(client, "/tin-tuc/")
    assert len(drawn) == 3
    with CaptureQueriesContext(connection) as queries:
        again = cards_of(client, "/tin-tuc/")
    assert again == first and len(drawn) == 3
    # The page's ids are read, as always; no article row, photo or province is.
    assert not [q for q in queries.captured_queries if "articles_photo" in q["sql"] or "places_province" in q["sql"]]


def test_the_home_page_draws_each_card_once_and_keeps_the_lead_card_large(client, drawn):
    for n in range(3):
        make_article(f"Tin trang chủ {n}", topics=["xay-dung-dang"], publish_at=hours_ago(n + 1))
    first = cards_of(client, "/")
    count = len(drawn)
    assert count >= 3 and 'class="card card-featured"' in first[0]
    assert cards_of(client, "/") == first and len(drawn) == count
    assert titles(first)[:3] == ["Tin trang chủ 0", "Tin trang chủ 1", "Tin trang chủ 2"]


def test_an_edit_shows_at_once_everywhere_the_card_is(client):
    article = make_article("Tiêu đề cũ", provinces=["kien-giang"], topics=["xay-dung-dang"])
    pages = ["/", "/tin-tuc/", province("kien-giang").get_absolute_url(), "/chu-de/xay-dung-dang/"]
    for url in pages:
        assert "Tiêu đề cũ" in titles(cards_of(client, url))
    article.title = "Tiêu đề mới"
    article.lead = "Sa-pô đã sửa."
    article.save()
    for url in pages:
        cards = cards_of(client, url)
        assert "Tiêu đề mới" in titles(cards) and "Tiêu đề cũ" not in titles(cards), url
        assert "Sa-pô đã sửa." in "".join(cards)


def test_a_withdrawn_article_leaves_every_list_and_the_home_page(client):
    article = make_article("Tin sẽ bị gỡ", provinces=["kien-giang"])
    make_article("Tin ở lại", provinces=["kien-giang"], publish_at=hours_ago(2))
    pages = ["/", "/tin-tuc/", province("kien-giang").get_absolute_url()]
    for url in pages:
        assert "Tin sẽ bị gỡ" in titles(cards_of(client, url))
    services.article_withdraw(article=article, actor=make_user(role="moderator"), reason="Sai số liệu.")
    for url in pages:
        assert titles(cards_of(client, url)) == ["Tin ở lại"], url


def test_an_article_hidden_without_any_purge_is_still_not_shown(client):
    """The visibility rule decides on every visit, even when nothing told the caches (a bulk update)."""
    make_article("Tin bị ẩn", provinces=["kien-giang"])
    make_article("Tin công khai", provinces=["kien-giang"], publish_at=hours_ago(2))
    for url in ["/", "/tin-tuc/"]:
        assert "Tin bị ẩn" in titles(cards_of(client, url))
    Article.objects.filter(title="Tin bị ẩn").update(status=Status.DRAFT)
    assert "Tin bị ẩn" not in titles(cards_of(client, "/tin-tuc/"))
    # The home page's choice is cached until a purge; its cards are still checked against published().
    assert "Tin bị ẩn" not in titles(cards_of(client, "/"))


def test_a_province_renamed_is_renamed_on_every_card(client):
    make_article("Tin An Giang", provinces=["an-giang"])
    assert ">An Giang</a>" in cards_of(client, "/tin-tuc/")[0]
    unit = province("an-giang")
    unit.name = "An Giang (mới)"
    unit.save()
    card = cards_of(client, "/tin-tuc/")[0]
    assert ">An Giang (mới)</a>" in card


def test_a_province_link_removed_leaves_the_card(client):
    article = make_article("Tin hai tỉnh", provinces=["an-giang", "kien-giang"])
    assert ">Kiên Giang</a>" in cards_of(client, "/tin-tuc/")[0]
    article.provinces.remove(province("kien-giang"))
    card = cards_of(client, "/tin-tuc/")[0]
    assert ">Kiên Giang</a>" not in card and ">An Giang</a>" in card


def test_a_featured_photo_added_or_removed_shows_at_once(client):
    article = make_article("Tin có ảnh sau")
    assert "card-media" not in cards_of(client, "/tin-tuc/")[0]
    photo = make_photo(article, is_featured=True)
    assert "card-media" in cards_of(client, "/tin-tuc/")[0]
    photo.delete()
    assert "card-media" not in cards_of(client, "/tin-tuc/")[0]


def test_a_card_drawn_before_its_photo_has_renditions_gets_the_picture_once_they_exist(client, monkeypatch, drawn):
    article = make_article("Tin ảnh đang xử lý")
    make_photo(article, is_featured=True)
    real = card_cache.renditions_for
    monkeypatch.setattr("renditions.templatetags.renditions.renditions_for", lambda image: None)
    monkeypatch.setattr(card_cache, "renditions_for", lambda image: None)
    assert "<picture" not in cards_of(client, "/tin-tuc/")[0]
    assert "<picture" not in cards_of(client, "/tin-tuc/")[0]
    assert drawn == [article.pk, article.pk]  # not kept: drawn again on the next view
    monkeypatch.setattr("renditions.templatetags.renditions.renditions_for", real)
    monkeypatch.setattr(card_cache, "renditions_for", real)
    assert "<picture" in cards_of(client, "/tin-tuc/")[0]
    assert "<picture" in cards_of(client, "/tin-tuc/")[0] and len(drawn) == 3


def test_an_officials_page_shows_the_title_printed_now_and_their_name_now(client):
    official = make_official("Lại Xuân Môn")
    article = make_article("Hội nghị toàn quốc", officials=[(official, "Phó Trưởng ban")])
    url = official.get_absolute_url()
    assert '<p class="meta printed-title">Lại Xuân Môn, Phó Trưởng ban</p>' in cards_of(client, url)[0]
    # The same article elsewhere has no printed title: a card of its own.
    assert "printed-title" not in cards_of(client, "/tin-tuc/")[0]
    mention = Mention.objects.get(article=article, official=official)
    mention.title_as_printed = "Trưởng ban"
    mention.save()
    assert '<p class="meta printed-title">Lại Xuân Môn, Trưởng ban</p>' in cards_of(client, url)[0]
    official.full_name = "Lại Xuân Môn (đã sửa)"
    official.save()
    assert '<p class="meta printed-title">Lại Xuân Môn (đã sửa), Trưởng ban</p>' in cards_of(client, url)[0]


def test_each_official_has_cards_of_their_own(client):
    first, second = make_official("Nguyễn Văn A"), make_official("Trần Văn B")
    make_article("Tin chung", officials=[(first, "Bí thư"), (second, "Chủ tịch")])
    assert "Nguyễn Văn A, Bí thư" in cards_of(client, first.get_absolute_url())[0]
    assert "Trần Văn B, Chủ tịch" in cards_of(client, second.get_absolute_url())[0]


def test_cards_are_kept_per_language_and_per_official():
    with translation.override("en"):
        english = card_cache._key_prefix(None)
    with translation.override("vi"):
        vietnamese = card_cache._key_prefix(None)
    assert english != vietnamese
    assert card_cache._key_prefix(None) != card_cache._key_prefix(types.SimpleNamespace(pk=3))


def test_clearing_the_cache_forgets_every_card(client, drawn):
    make_article("Tin số một")
    cards_of(client, "/tin-tuc/")
    caches["default"].clear()  # the process keeps its cards, but they carry the cleared cache's generation
    cards_of(client, "/tin-tuc/")
    assert len(drawn) == 2


def test_with_versions_in_a_file_a_card_never_outlives_the_memory_of_a_purge(client, settings, monkeypatch, drawn):
    """A file-kept tag version is forgotten PUBLIC_CACHE_SECONDS + 60 s after its purge, falling back to the
    version a card drawn before that purge may carry: by then, that card is gone."""
    assert card_cache._lifetime(file_based=True) == 30
    settings.PUBLIC_CACHE_SECONDS = 300
    assert card_cache._lifetime(file_based=True) == 330
    settings.PUBLIC_CACHE_SECONDS = 0
    # Drawn before any purge of its article: stamped with the file's floor.
    Article.objects.bulk_create([Article(title="Tin cũ", slug="tin-cu", status=Status.PUBLISHED, publish_at=hours_ago(1))])
    assert titles(cards_of(client, "/tin-tuc/")) == ["Tin cũ"]
    article = Article.objects.get(slug="tin-cu")
    article.title = "Tin đã sửa"
    article.save()  # purges article:<id>; nobody views the list in this process for a while
    # Later than the file remembers: another purge forgets article:<id>, which falls back to the floor.
    later = 61 + card_cache._lifetime(file_based=True)
    clock = cache_purge._clock
    monkeypatch.setattr(cache_purge, "_clock", lambda: clock() + later * 1_000_000)
    monotonic = card_cache.time.monotonic
    monkeypatch.setattr(card_cache, "time", types.SimpleNamespace(monotonic=lambda: monotonic() + later))
    cache_purge.purge(lambda: tag_versions(), {"province:1"})
    versions = tag_versions()
    assert versions.current([f"article:{article.pk}"])[f"article:{article.pk}"] == versions._state()[0]
    assert titles(cards_of(client, "/tin-tuc/")) == ["Tin đã sửa"]


class TestSharedCache:
    """With Redis: cards are shared by every process, and their versions live in the shared cache."""

    def test_another_process_uses_the_cards_drawn_here(self, client, shared, drawn):
        make_article("Tin dùng chung")
        first = cards_of(client, "/tin-tuc/")
        card_cache._local.clear()  # another worker
        assert cards_of(client, "/tin-tuc/") == first and len(drawn) == 1

    def test_an_edit_reaches_every_process(self, client, shared):
        article = make_article("Tiêu đề cũ")
        cards_of(client, "/tin-tuc/")
        article.title = "Tiêu đề mới"
        article.save()
        assert titles(cards_of(client, "/tin-tuc/")) == ["Tiêu đề mới"]
        card_cache._local.clear()
        assert titles(cards_of(client, "/tin-tuc/")) == ["Tiêu đề mới"]

    def test_a_lost_version_never_brings_an_old_card_back(self, client, shared, drawn):
        article = make_article("Tiêu đề cũ")
        cards_of(client, "/tin-tuc/")
        article.title = "Tiêu đề mới"
        article.save()
        cards_of(client, "/tin-tuc/")
        # The article's version expires (or Redis loses it): the version settled next is newer than both cards.
        shared.delete(cache_purge.SharedVersions.key(f"article:{article.pk}"))
        assert titles(cards_of(client, "/tin-tuc/")) == ["Tiêu đề mới"]
        shared.delete(cache_purge.VERSION_KEY)  # the ``public`` tag too
        card_cache._local.clear()
        assert titles(cards_of(client, "/tin-tuc/")) == ["Tiêu đề mới"]

    @pytest.mark.parametrize("version_known", [True, False])
    def test_an_edit_made_while_a_card_is_drawn_shows_on_the_next_view(self, client, shared, monkeypatch,
                                                                      version_known):
        article = make_article("Tiêu đề cũ")
        if not version_known:  # never purged, or expired: settled while the card is drawn
            shared.delete(cache_purge.SharedVersions.key(f"article:{article.pk}"))
        real = card_markup.render_card

        def edited_meanwhile(item, **kwargs):
            # The rows were read; an editor's change commits and purges before the card is stored.
            Article.objects.filter(pk=item.pk).update(title="Tiêu đề mới")
            cache_purge.purge(lambda: tag_versions(), {f"article:{item.pk}"})
            return real(item, **kwargs)

        monkeypatch.setattr(card_markup, "render_card", edited_meanwhile)
        assert titles(cards_of(client, "/tin-tuc/")) == ["Tiêu đề cũ"]
        monkeypatch.setattr(card_markup, "render_card", real)
        assert titles(cards_of(client, "/tin-tuc/")) == ["Tiêu đề mới"]
