"""The functions the admin calls: recognition on save, suggestions, and articles naming an official."""

import datetime

import pytest

from articles.models import Document, Status
from importer.recognition import articles_mentioning_by_name, recognise_article, suggest_for_article
from tests.factories import make_article, make_document, make_official, make_photo, province

pytestmark = pytest.mark.django_db

BODY = (
    "<p>Ngày 16/11, đồng chí Lại Xuân Môn, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương làm việc với "
    "Tỉnh ủy Kiên Giang về thực hiện Kết luận số 21-KL/TW và Kết luận số 01- KL/TW.</p>"
    "<p>Đồng chí Đỗ Thanh Bình, Bí thư Tỉnh ủy chủ trì buổi làm việc.</p>"
)


def test_saving_an_article_links_the_documents_it_cites_once():
    existing = make_document("21-KL/TW")
    article = make_article("Làm việc tại Kiên Giang", body=BODY, status=Status.DRAFT)
    recognise_article(article)
    recognise_article(article)
    assert sorted(article.documents.values_list("number", flat=True)) == ["01-KL/TW", "21-KL/TW"]
    assert article.documents.get(number="21-KL/TW") == existing
    assert Document.objects.count() == 2
    new = Document.objects.get(number="01-KL/TW")
    assert (new.kind, new.issuer, new.title) == ("Kết luận", "Trung ương", "Kết luận số 01-KL/TW")


def test_recognition_on_save_reads_photo_captions_too():
    article = make_article("Tin ảnh", body="<p>Nội dung.</p>", status=Status.DRAFT)
    make_photo(article, "Đồng chí Nguyễn Văn A trao Quyết định 439/QĐ-TTg cho đơn vị.", with_image=False)
    recognition = recognise_article(article)
    assert [d.key for d in recognition.documents] == ["439/QĐ-TTg"]
    assert article.documents.get().issuer == "Thủ tướng Chính phủ"


def test_suggestions_offer_officials_and_provinces_named_but_not_linked():
    known = make_official("Lại Xuân Môn")
    article = make_article("Làm việc tại Kiên Giang", body=BODY, status=Status.DRAFT,
                           event_date=datetime.date(2023, 11, 16))
    suggestions = suggest_for_article(article)
    assert [(s.name, s.official) for s in suggestions.officials] == [("Lại Xuân Môn", known), ("Đỗ Thanh Bình", None)]
    assert suggestions.officials[0].title == "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương"
    assert [(s.province.slug, s.written) for s in suggestions.provinces] == [("kien-giang", "Kiên Giang")]

    article.provinces.add(province("kien-giang"))
    article.mentions.create(official=known, title_as_printed="")
    suggestions = suggest_for_article(article)
    assert [s.name for s in suggestions.officials] == ["Đỗ Thanh Bình"] and suggestions.provinces == []
    assert not Document.objects.exists(), "suggestions write nothing"


def test_suggestions_follow_the_date_of_the_article():
    article = make_article("Tin mới", body="<p>Khu vực tỉnh Kiên Giang trước đây.</p>", status=Status.DRAFT,
                           event_date=datetime.date(2026, 3, 1))
    (suggestion,) = suggest_for_article(article).provinces
    assert suggestion.province.slug == "an-giang" and suggestion.written == "Kiên Giang"
    assert "nay là An Giang" in suggestion.note


def test_namesakes_are_offered_as_a_choice_never_linked():
    first, second = make_official("Nguyễn Văn Hùng"), make_official("Nguyễn Văn Hùng")
    article = make_article("Tin", body="<p>Đồng chí Nguyễn Văn Hùng phát biểu.</p>", status=Status.DRAFT)
    (suggestion,) = suggest_for_article(article).officials
    assert suggestion.official is None and set(suggestion.candidates) == {first, second}
    article.mentions.create(official=second)
    assert suggest_for_article(article).officials == []


def test_an_unsaved_article_gets_suggestions_too():
    from articles.models import Article

    article = Article(title="Tin", body="<p>Tỉnh ủy Nghệ An họp.</p>")
    assert [s.province.slug for s in suggest_for_article(article).provinces] == ["nghe-an"]


def test_articles_mentioning_an_official_by_name_linked_or_not():
    official = make_official("Nguyễn Văn An")
    linked = make_article("Bài có gắn", body="<p>Không nhắc tên.</p>", officials=[official])
    named = make_article("Bài nhắc tên", body="<p>Đồng chí Nguyễn Văn An phát biểu.</p>", status=Status.DRAFT)
    unaccented = make_article("Bai khong dau", body="<p>Dong chi NGUYEN VAN AN phat bieu.</p>")
    make_article("Người khác", body="<p>Đồng chí Nguyễn Văn Anh phát biểu.</p>")
    make_article("Không liên quan", body="<p>Nội dung.</p>")
    assert set(articles_mentioning_by_name(official)) == {linked, named, unaccented}
