"""``evaluate_recognition`` reads Word reports too: a .docx beside its hand annotation is imported through the
importer's Word route (photos, captions and credits from the document) and scored like a text report."""

import io
import json

import pytest
from django.core.management import call_command

from importer.evaluation import evaluate, load_corpus

from . import word_documents as docs

pytestmark = pytest.mark.django_db


@pytest.fixture
def word_corpus(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "w001-kien-giang-tong-ket.docx").write_bytes(docs.report())
    annotation = {
        "id": "w001",
        "captions": [{"text": docs.CAPTION_ITALIC, "credit": "Ảnh: Minh Anh"},
                     {"text": docs.CAPTION_STYLE, "credit": "Ảnh: TTXVN"}],
        "officials": [{"name": "Nguyễn Văn Phong", "title": "Bí thư Tỉnh ủy"}],
        "provinces_named": ["Kiên Giang"],
        "documents": ["57-NQ/TW"],
        "event_date": {"printed": "Sáng 12/1/2024", "resolved": "2024-01-12"},
        "topics": [],
    }
    (folder / "w001-kien-giang-tong-ket.json").write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_word_report_in_the_corpus_is_loaded_and_scored(word_corpus):
    reports = load_corpus(word_corpus)
    assert [r.name for r in reports] == ["w001-kien-giang-tong-ket.docx"]
    evaluation = evaluate(word_corpus, split="all")
    captions, credits = evaluation.fields["captions"], evaluation.fields["caption_credits"]
    # Both annotated captions are found from the document's own layout, with their credits.
    assert captions.gold == 2 and captions.correct == 2
    assert credits.gold == 2 and credits.correct == 2
    assert evaluation.fields["documents"].correct == 1
    assert evaluation.fields["event_date"].correct == 1
    assert evaluation.fields["provinces_named"].correct == 1
    assert evaluation.fields["officials"].recall == 1.0


def test_the_command_prints_the_table_for_a_word_corpus(word_corpus):
    out = io.StringIO()
    call_command("evaluate_recognition", "--corpus", str(word_corpus), "--split", "all", stdout=out)
    text = out.getvalue()
    assert "Recognition on the all split: 1 reports" in text
    assert "photo captions (paragraph)" in text
