"""Reads the demo content from the JSON files in ``demo/data/`` and checks their shape.

Content is data so that a report, an official or a caption can be changed without touching code:

- ``stories.json``: ``{"sections": [{"name", "about", "stories": [story, ...]}, ...]}``. The order of the stories
  matters (it spreads publish times and decides which ones were returned once), so sections are read in file order.
  A story has ``title``, ``lead``, ``body`` (paragraphs), ``when``, ``provinces`` and ``topics`` (slugs),
  ``mentions`` (``{"official": name, "title_as_printed": ...}``), ``documents`` (keys), ``photos``
  (``{"scene": one of photos.SCENES, "caption": ...}``), ``byline``, ``source`` and, for anything not simply
  published, ``status`` (draft, submitted, withdrawn, or "scheduled": published with a publish time three days
  after the seed runs). ``when`` is an ISO date for events tied to a day in history, or a number of days before
  the seed runs (negative: in the future). In ``lead`` and ``body``, ``{ngay}`` becomes the event day as dd/mm and
  ``{nam}`` its year.
- ``people.json``: ``organisations`` (``name``, ``province`` slug or null, ``parent`` name or null) and
  ``officials`` (``name``, ``biography``, ``positions``: ``title``, ``organisation`` name or null, ``start``,
  ``end`` ISO dates or null). Every official is invented.
- ``documents.json``: real documents cited by number (``key``, ``kind``, ``title``, ``issuer``, ``year``).
"""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from articles.models import Status
from demo.photos import SCENES

DATA_DIR = Path(__file__).resolve().parent / "data"
SCHEDULED = "scheduled"
STORY_STATUSES = {Status.PUBLISHED.value, Status.DRAFT.value, Status.SUBMITTED.value, Status.WITHDRAWN.value, SCHEDULED}


class DemoSeedError(Exception):
    """The database is not ready for the demo (not migrated), or the demo data contradicts itself."""


@dataclass(frozen=True)
class OrganisationEntry:
    name: str
    province: str | None
    parent: str | None


@dataclass(frozen=True)
class PositionEntry:
    title: str
    organisation: str | None
    start: datetime.date
    end: datetime.date | None


@dataclass(frozen=True)
class OfficialEntry:
    name: str
    biography: str
    positions: tuple[PositionEntry, ...]


@dataclass(frozen=True)
class DocumentEntry:
    key: str
    kind: str
    title: str
    issuer: str
    year: int


@dataclass(frozen=True)
class MentionEntry:
    official: str
    title_as_printed: str


@dataclass(frozen=True)
class PhotoEntry:
    scene: str
    caption: str


@dataclass(frozen=True)
class Story:
    title: str
    lead: str
    body: tuple[str, ...]
    when: datetime.date | int
    provinces: tuple[str, ...]
    topics: tuple[str, ...]
    mentions: tuple[MentionEntry, ...]
    documents: tuple[str, ...]
    photos: tuple[PhotoEntry, ...]
    byline: str
    source: str
    status: str = Status.PUBLISHED.value


@dataclass(frozen=True)
class DemoContent:
    organisations: tuple[OrganisationEntry, ...]
    officials: tuple[OfficialEntry, ...]
    documents: tuple[DocumentEntry, ...]
    stories: tuple[Story, ...]


def load_content(data_dir=DATA_DIR):
    """The whole demo content, checked; ``DemoSeedError`` names the file and the entry that is wrong."""
    data_dir = Path(data_dir)
    people = _read(data_dir / "people.json")
    stories = _read(data_dir / "stories.json")
    return DemoContent(
        organisations=tuple(
            _entry(OrganisationEntry, item, "people.json: organisations")
            for item in _part(people, "organisations", "people.json")
        ),
        officials=tuple(_official(item, "people.json: officials") for item in _part(people, "officials", "people.json")),
        documents=tuple(_entry(DocumentEntry, item, "documents.json") for item in _read(data_dir / "documents.json")),
        stories=tuple(
            _story(item, f"stories.json: {section.get('name', '?')}")
            for section in _part(stories, "sections", "stories.json")
            for item in _part(section, "stories", "stories.json")
        ),
    )


def _read(path):
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise DemoSeedError(f"Dữ liệu demo: không đọc được {path.name}: {error}") from error


def _part(data, key, where):
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise DemoSeedError(f"Dữ liệu demo ({where}): thiếu danh sách “{key}”.")
    return data[key]


def _entry(cls, item, where, **convert):
    """``cls`` built from the JSON object ``item``, with ``convert[key]`` applied to the keys it names."""
    if not isinstance(item, dict):
        raise DemoSeedError(f"Dữ liệu demo ({where}): mỗi mục phải là một đối tượng JSON, không phải {item!r}.")
    label = item.get("title") or item.get("name") or item.get("key") or item
    values = dict(item)
    try:
        for key in convert.keys() & values.keys():
            values[key] = convert[key](values[key])
    except (TypeError, ValueError) as error:
        raise DemoSeedError(f"Dữ liệu demo ({where}, “{label}”): “{key}”: {error}") from None
    try:
        return cls(**values)
    except TypeError as error:
        raise DemoSeedError(f"Dữ liệu demo ({where}, “{label}”): {error}") from None


def _many(cls, where):
    return lambda items: tuple(_entry(cls, item, where) for item in items)


def _official(item, where):
    inner = f"{where}: {item.get('name') if isinstance(item, dict) else '?'}"

    def positions(items):
        return tuple(_entry(PositionEntry, value, inner, start=_date, end=_optional_date) for value in items)

    return _entry(OfficialEntry, item, where, positions=positions)


def _story(item, where):
    inner = f"{where}: {item.get('title') if isinstance(item, dict) else '?'}"
    story = _entry(
        Story, item, where,
        when=lambda value: value if isinstance(value, int) else _date(value),
        body=_texts, provinces=_texts, topics=_texts, documents=_texts,
        mentions=_many(MentionEntry, inner), photos=_many(PhotoEntry, inner),
    )
    if story.status not in STORY_STATUSES:
        raise DemoSeedError(f"Dữ liệu demo ({where}, “{story.title}”): trạng thái “{story.status}” không hợp lệ.")
    unknown = [photo.scene for photo in story.photos if photo.scene not in SCENES]
    if unknown:
        raise DemoSeedError(f"Dữ liệu demo ({where}, “{story.title}”): không có cảnh ảnh “{unknown[0]}”.")
    return story


def _texts(value):
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("phải là một danh sách chuỗi")
    return tuple(value)


def _optional_date(value):
    return None if value is None else _date(value)


def _date(value):
    if not isinstance(value, str):
        raise ValueError(f"ngày {value!r} phải viết dạng YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"ngày “{value}” không đúng dạng YYYY-MM-DD") from None
