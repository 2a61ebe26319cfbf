"""The demo content is data: the JSON files load into checked entries, and a mistake in them names its place."""

import datetime
import io
import json
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from demo import seed as seed_module
from demo.content import DATA_DIR, SCHEDULED, DemoSeedError, load_content
from demo.photos import SCENES


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of demo/data, and a helper that rewrites one of its files."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)

    def rewrite(name, change):
        path = target / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    return target, rewrite


def first_story(data):
    return data["sections"][0]["stories"][0]


def test_the_shipped_data_loads_with_every_kind_of_story():
    content = load_content()
    assert len(content.stories) == 47 and len(content.officials) == 18 and len(content.documents) == 9
    statuses = {story.status for story in content.stories}
    assert statuses == {"published", "draft", "submitted", "withdrawn", SCHEDULED}
    whens = {type(story.when) for story in content.stories}
    assert whens == {datetime.date, int}
    assert all(photo.scene in SCENES for story in content.stories for photo in story.photos)
    khiem = next(official for official in content.officials if official.name == "Đặng Trọng Khiêm")
    assert khiem.positions[2].end == datetime.date(2025, 2, 28)


def test_stories_keep_the_order_of_the_file():
    sections = json.loads((DATA_DIR / "stories.json").read_text(encoding="utf-8"))["sections"]
    titles = [story["title"] for section in sections for story in section["stories"]]
    assert [story.title for story in load_content().stories] == titles


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("stories.json", lambda data: first_story(data).update(when="18/12/2024"), "YYYY-MM-DD"),
        ("stories.json", lambda data: first_story(data).update(status="published-ish"), "published-ish"),
        ("stories.json", lambda data: first_story(data)["photos"][0].update(scene="moon"), "moon"),
        ("stories.json", lambda data: first_story(data).update(subtitle="x"), "subtitle"),
        ("stories.json", lambda data: first_story(data).pop("byline"), "byline"),
        ("stories.json", lambda data: first_story(data).update(topics="xay-dung-dang"), "topics"),
        ("people.json", lambda data: data["officials"][0]["positions"][0].update(start=None), "start"),
        ("people.json", lambda data: data.pop("organisations"), "organisations"),
        ("documents.json", lambda data: data[0].pop("year"), "35-NQ/TW"),
    ],
)
def test_a_mistake_in_the_data_is_named(data_copy, name, change, message):
    target, rewrite = data_copy
    rewrite(name, change)
    with pytest.raises(DemoSeedError, match=message) as raised:
        load_content(target)
    assert name in str(raised.value)


def test_unreadable_json_is_a_demo_error(data_copy):
    target, _rewrite = data_copy
    (target / "people.json").write_text("{", encoding="utf-8")
    with pytest.raises(DemoSeedError, match="people.json"):
        load_content(target)


@pytest.mark.django_db
def test_the_command_reports_broken_data_and_writes_nothing(data_copy, monkeypatch):
    target, rewrite = data_copy
    rewrite("stories.json", lambda data: first_story(data).update(when="sometime"))
    monkeypatch.setattr(seed_module, "load_content", lambda: load_content(target))
    with pytest.raises(CommandError, match="sometime"):
        call_command("seed_demo", force=True, stdout=io.StringIO())
    assert not Article.objects.exists()
    assert not get_user_model().objects.filter(username__in=[a.username for a in seed_module.DEMO_ACCOUNTS]).exists()
