"""Recognition measured on the corpus of real reports (``corpus/reports``, see README "Importer").

Each report is a ``<id>-<slug>.txt`` in the importer's layout (or a ``<id>-<slug>.docx``, the Word file a
correspondent sends) and a ``<id>-<slug>.json`` annotated by hand from the real page. ``evaluate()`` imports the texts through the real importer, exactly as
``import_articles`` would without ``--year`` (files freshly saved, so their date says nothing), inside a
transaction that is rolled back at the end, and compares the articles it made with the annotations, field by
field: precision, recall and every miss with its file and paragraph.

The split is fixed by the id, not chosen: a report is held out when ``sha256(id) % 4 == 0``. Tune on "dev";
"heldout" tells whether the tuning generalises.
"""

import datetime
import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from articles.models import Article
from core.text import fold, vietnamese_letters
from importer.pipeline import Importer, Options
from importer.recognition.article import suggest_captions
from importer.recognition.dates import read_event_date
from importer.recognition.layout import normalise_text, split_credit, split_paragraphs
from importer.recognition.lexicon import Lexicon
from importer.recognition.tokens import tone_key
from importer.word import WordError, read_word
from places.loader import province_names

SPLITS = ("dev", "heldout", "all")
FIELDS = {
    "captions": "photo captions (paragraph)",
    "caption_credits": "caption credits",
    # The editor's safety net: of the captions the importer left in the story, those the admin offers as "make
    # this a caption" (precision: the share of the offers that are captions).
    "captions_offered": "missed captions offered",
    "officials": "officials linked (name)",
    "titles": "titles as printed",
    "provinces_named": "provinces named",
    "provinces_implied": "provinces implied",
    "provinces": "provinces (all)",
    "documents": "documents cited",
    "event_date": "event date",
    "topics": "topics",
}
UNKNOWN_YEAR = re.compile(r"(\d{1,2})/(\d{1,2}) \(chưa rõ năm\)")


def default_corpus():
    return Path(settings.BASE_DIR) / "corpus" / "reports"


def split_of(report_id):
    """"heldout" for about a quarter of the ids, fixed forever by their hash; "dev" for the rest."""
    return "heldout" if int(hashlib.sha256(report_id.encode()).hexdigest(), 16) % 4 == 0 else "dev"


@dataclass
class Report:
    id: str
    text_path: Path
    annotation: dict

    @property
    def name(self):
        return self.text_path.name

    @property
    def split(self):
        return split_of(self.id)


class CorpusError(ValueError):
    """A report without its annotation, or an annotation that does not parse."""


def load_corpus(directory=None, *, split="all"):
    """The reports of ``split`` in ``directory``, by id."""
    directory = Path(directory or default_corpus())
    if not directory.is_dir():
        raise CorpusError(f"Không có thư mục kho bài: {directory}")
    reports = []
    for text_path in sorted([*directory.glob("*.txt"), *directory.glob("*.docx")]):
        json_path = text_path.with_suffix(".json")
        if not json_path.exists():
            raise CorpusError(f"{text_path.name}: thiếu tệp chú giải {json_path.name}")
        try:
            # The importer reads "Ð" (an eth) as the "Đ" it stands for; the annotations keep what was printed.
            annotation = json.loads(vietnamese_letters(json_path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise CorpusError(f"{json_path.name}: không đọc được ({exc})") from exc
        report = Report(str(annotation.get("id") or text_path.name.split("-", 1)[0]), text_path, annotation)
        if split == "all" or report.split == split:
            reports.append(report)
    return reports


# --- Scores -------------------------------------------------------------------------------------


@dataclass
class FieldScore:
    label: str
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list = field(default_factory=list)  # (file, paragraph, what): a gold item not found
    inventions: list = field(default_factory=list)  # (file, paragraph, what): a found item not in the gold

    @property
    def precision(self):
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self):
        return self.correct / self.gold if self.gold else 1.0

    def add(self, file, paragraphs, gold, predicted, *, show=str):
        """Count one report: ``gold`` and ``predicted`` are sets of comparable keys."""
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.correct += len(gold & predicted)
        for item in sorted(gold - predicted, key=str):
            self.misses.append((file, locate(paragraphs, show(item)), show(item)))
        for item in sorted(predicted - gold, key=str):
            self.inventions.append((file, locate(paragraphs, show(item)), show(item)))


@dataclass
class Evaluation:
    split: str
    reports: list
    fields: dict

    def table(self):
        rows = [f"Recognition on the {self.split} split: {len(self.reports)} reports",
                f"{'field':<28} {'gold':>5} {'found':>6} {'right':>6} {'precision':>10} {'recall':>7}"]
        for score in self.fields.values():
            rows.append(f"{score.label:<28} {score.gold:>5} {score.predicted:>6} {score.correct:>6} "
                        f"{score.precision:>10.2f} {score.recall:>7.2f}")
        return "\n".join(rows)

    def details(self):
        lines = []
        for score in self.fields.values():
            if not (score.misses or score.inventions):
                continue
            lines.append(f"\n{score.label}:")
            lines += [f"  missed    {file} ¶{where}: {what}" for file, where, what in score.misses]
            lines += [f"  wrong     {file} ¶{where}: {what}" for file, where, what in score.inventions]
        return "\n".join(lines)


def locate(paragraphs, text):
    """The number of the paragraph (0 = headline) where ``text`` first appears, "?" when nowhere."""
    needle = fold(text)[:60]
    for number, paragraph in enumerate(paragraphs):
        if needle and needle in fold(paragraph):
            return number
    return "?"


def _key(text):
    """Names compared on letters and tones, not on spacing, case, punctuation or where the tone mark sits."""
    return " ".join(tone_key(w) for w in re.findall(r"\w+", text or ""))


def _province_key(name):
    name = re.sub(r"^(?:tỉnh|thành phố|tp\.?)\s+", "", (name or "").strip(), flags=re.IGNORECASE)
    return _key(name)


def _document_key(number):
    return re.sub(r"\s+", "", number or "").upper()


def _caption_key(text):
    # A table's cell is annotated as printed, "| … |"; the importer keeps what the cell holds.
    text = re.sub(r"^\|\s*([^|]*?)\s*\|$", r"\1", " ".join((text or "").split()))
    caption, _credit = split_credit(text)
    return caption.rstrip(" .")


def _credit_key(text):
    return fold(re.sub(r"^\(?\s*(?:ảnh|nguồn ảnh|nguồn)\s*:\s*", "", (text or "").strip(" ()[]."), flags=re.IGNORECASE))


# --- Importing ----------------------------------------------------------------------------------


def _fresh_importer():
    """The real importer, told that nothing was imported before: a corpus report already imported into this
    database (a developer tried it) must still be recognised afresh, not reported "unchanged"."""
    class FreshImporter(Importer):
        def known_hashes(self, digests):
            return {}

        def previous_records(self, *, keys, headlines):
            return {"paths": {}, "headlines": {}}

    # The measure is of the text alone, whatever NEWSROOM_PROVINCE this machine sets.
    return FreshImporter(options=Options(), lexicon=Lexicon.load(home=""), run=None)


def outlet_province(outlet):
    """The one province an outlet's name names ("Báo Hải Dương", "Trang thông tin điện tử xã Minh Tân (huyện Nam
    Sách, Hải Dương)"), else "" (a national outlet, or one naming two)."""
    found = [name for name in province_names() if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", outlet or "")]
    found = [name for name in found if not any(name != other and name in other for other in found)]
    return found[0] if len(found) == 1 else ""


@dataclass
class Imported:
    report: Report
    paragraphs: list
    article: object = None
    notes: list = field(default_factory=list)
    error: str = ""


def import_reports(reports, *, home_from_outlet=False):
    """Import copies of the reports (dated today, as a download is) and read back their articles.
    ``home_from_outlet``: each report as its outlet's own department would import it, with the outlet's province
    as NEWSROOM_PROVINCE (``outlet_province``); otherwise from the text alone.

    Must run inside a transaction that the caller rolls back.
    """
    importer = _fresh_importer()
    imported = []
    with tempfile.TemporaryDirectory(prefix="corpus-") as folder:
        for report in reports:
            if home_from_outlet:
                importer.lexicon.provinces.set_home(outlet_province(report.annotation.get("outlet")))
            copy = Path(folder) / report.name
            shutil.copyfile(report.text_path, copy)  # no photos beside it, a fresh modification time
            if copy.suffix.lower() == ".docx":
                item = Imported(report, word_paragraphs(report.text_path))
                # The importer's own route for a Word file: its photos, captions and credits come from the document.
                result = next(iter(importer.import_path(copy)))
            else:
                text = normalise_text(report.text_path.read_text(encoding="utf-8"))
                first, _, rest = text.partition("\n")
                item = Imported(report, [first.strip(), *split_paragraphs(rest)])
                result = importer.import_text_file(copy)
            item.notes = [n for n in result.notes if isinstance(n, str)]
            if result.article_id:
                item.article = Article.objects.prefetch_related(
                    "photos", "provinces", "topics", "documents", "mentions__official"
                ).get(pk=result.article_id)
            else:
                item.error = result.message or str(result.outcome)
            imported.append(item)
    return imported


def word_paragraphs(path):
    """A Word report's paragraphs as the misses are located in: headline, lead, body, then the captions."""
    try:
        document = read_word(path.read_bytes(), name=path.name)
    except (WordError, OSError):
        return []
    return [document.headline, document.lead, *split_paragraphs(document.body_text),
            *(p.caption for p in document.photos if p.caption)]


def evaluate(directory=None, *, split="dev", home_from_outlet=False):
    """Import the ``split`` of the corpus into a throw-away state and score it against the annotations."""
    reports = load_corpus(directory, split=split)
    with transaction.atomic():
        imported = import_reports(reports, home_from_outlet=home_from_outlet)
        scores = score(imported)
        transaction.set_rollback(True)
    return Evaluation(split=split, reports=reports, fields=scores)


def score(imported):
    scores = {name: FieldScore(label) for name, label in FIELDS.items()}
    for item in imported:
        gold, file, paragraphs, article = item.report.annotation, item.report.name, item.paragraphs, item.article
        if article is None:
            scores["captions"].misses.append((file, 0, f"not imported: {item.error}"))
            photos, mentions, provinces, documents, topics = [], [], [], [], []
        else:
            photos = list(article.photos.all())
            mentions = list(article.mentions.all())
            provinces, documents, topics = (list(article.provinces.all()), list(article.documents.all()),
                                            list(article.topics.all()))

        captions = {_caption_key(c["text"]): c for c in gold.get("captions", [])}
        found = {_caption_key(p.caption): p for p in photos}
        scores["captions"].add(file, paragraphs, set(captions), set(found))
        credits_gold = {(k, _credit_key(c.get("credit"))) for k, c in captions.items() if c.get("credit")}
        credits_found = {(k, _credit_key(p.credit)) for k, p in found.items() if p.credit}
        scores["caption_credits"].add(file, paragraphs, credits_gold, credits_found,
                                      show=lambda item: f"{item[0][:60]} — Ảnh: {item[1]}")
        offered = {_caption_key(s.text) for s in suggest_captions(article.lead, article.body, headline=article.title)} \
            if article is not None else set()
        scores["captions_offered"].add(file, paragraphs, set(captions) - set(found), offered)

        officials = gold.get("officials", [])
        names = {_key(o["name"]): o["name"] for o in officials}
        linked = {_key(m.official.full_name): m for m in mentions}
        scores["officials"].add(file, paragraphs, set(names), set(linked), show=lambda k, names=names, linked=linked: names.get(k) or
                                (linked[k].official.full_name if k in linked else k))
        titles_gold = {(_key(o["name"]), " ".join(o["title"].split())) for o in officials if o.get("title")}
        titles_found = {(k, " ".join(m.title_as_printed.split())) for k, m in linked.items() if m.title_as_printed}
        shown = {**names, **{k: m.official.full_name for k, m in linked.items()}}
        scores["titles"].add(file, paragraphs, titles_gold, titles_found,
                             show=lambda item, shown=shown: f"{shown.get(item[0], item[0])}, {item[1]}")

        named = {_province_key(n): n for n in gold.get("provinces_named", [])}
        implied = {_province_key(p["province"]): f"{p['province']} ({p.get('by', '')})"
                   for p in gold.get("provinces_implied", [])}
        implied = {k: v for k, v in implied.items() if k not in named}
        got = {_province_key(p.name): p.name for p in provinces}
        label = {**got, **named, **implied}
        show = label.get
        scores["provinces_named"].add(file, paragraphs, set(named), set(got) - set(implied), show=show)
        scores["provinces_implied"].add(file, paragraphs, set(implied), set(got) - set(named), show=show)
        scores["provinces"].add(file, paragraphs, set(named) | set(implied), set(got), show=show)

        scores["documents"].add(file, paragraphs, {_document_key(d) for d in gold.get("documents", [])},
                                {_document_key(d.number) for d in documents if d.number})

        gold_date, found_date = _dates(gold.get("event_date") or {}, article, item.notes)
        scores["event_date"].add(file, paragraphs, gold_date, found_date)

        topic_names = {_key(t): t for t in gold.get("topics", [])}
        topic_found = {_key(t.name): t.name for t in topics}
        scores["topics"].add(file, paragraphs, set(topic_names), set(topic_found),
                             show=lambda k, found=topic_found, names=topic_names: names.get(k) or found.get(k, k))
    return scores


def _dates(event, article, notes):
    """The gold and the found event date as comparable keys: "2021-09-12", or "12/09, năm chưa rõ".

    A date found with the right day and month but no year is right: the importer cannot know a year the
    text does not print, and must not invent one. A date found with a year must have the right year.
    """
    resolved = event.get("resolved")
    found = set()
    if article is not None and article.event_date:
        found = {article.event_date.isoformat()}
    else:
        for note in notes:
            match = UNKNOWN_YEAR.search(note)
            if match:
                found = {f"{int(match.group(1)):02d}/{int(match.group(2)):02d}, năm chưa rõ"}
                break
    if not resolved:
        # The annotator could not give the year either: the day and month as printed are the gold. A date no
        # reader could put a day on ("Sáng nay", "cuối tháng 10") is nothing to find.
        printed = read_event_date([event.get("printed") or ""])
        return ({f"{printed.day:02d}/{printed.month:02d}, năm chưa rõ"} if printed else set()), found
    day = datetime.date.fromisoformat(resolved)
    if found and next(iter(found)).endswith("năm chưa rõ"):
        return {f"{day:%d/%m}, năm chưa rõ"}, found
    return {resolved}, found
