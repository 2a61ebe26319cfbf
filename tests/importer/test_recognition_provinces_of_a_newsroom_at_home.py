"""A provincial newsroom's own province (NEWSROOM_PROVINCE, ``import_articles --province``): a commune or district
whose name several provinces share means the one at home, as the newsroom's own reporters mean it; nothing else
changes. And a district printed with the kind it had before it became an urban district ("huyện An Dương").

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest
from django.core.management import CommandError
from django.test import override_settings

from articles.models import Article
from importer.checks import newsroom_province
from importer.models import ImportRecord
from importer.recognition import Lexicon
from tests.importer.conftest import import_articles, write
from tests.importer.shapes import CLOSING, provinces_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("needs_gazetteer")]

BEFORE_REFORM = datetime.date(2022, 6, 1)
# "xã Minh Tân" was a commune of eleven provinces before 1 July 2025, Hải Dương's and Hải Phòng's among them.
MINH_TAN = f"Trao Huy hiệu Đảng\n\nĐảng ủy xã Minh Tân trao Huy hiệu 50 năm tuổi Đảng cho 3 đảng viên.\n\n{CLOSING}"


def test_a_shared_commune_name_implies_no_province_in_a_central_newsroom():
    assert provinces_in(MINH_TAN, day=BEFORE_REFORM) == []


def test_a_shared_commune_name_means_the_newsrooms_own_province():
    assert provinces_in(MINH_TAN, day=BEFORE_REFORM, home="Hải Dương") == ["Hải Dương"]


def test_a_home_that_has_no_commune_of_that_name_implies_nothing():
    assert provinces_in(MINH_TAN, day=BEFORE_REFORM, home="Quảng Nam") == []


def test_the_home_province_covers_the_provinces_merged_into_it_under_their_name_of_the_day():
    # "xã Hùng An": Hà Giang's and Hưng Yên's before the reform; Hà Giang is part of Tuyên Quang since.
    text = f"Ngày hội đại đoàn kết\n\nNhân dân xã Hùng An vui ngày hội đại đoàn kết toàn dân tộc.\n\n{CLOSING}"
    assert provinces_in(text, day=BEFORE_REFORM, home="Tuyên Quang") == ["Hà Giang"]


def test_an_undated_report_whose_commune_home_had_under_two_names_implies_neither():
    # Hải Phòng's department: its own old communes and Hải Dương's both had a "xã Minh Tân"; no year says which.
    assert provinces_in(MINH_TAN, home="Hải Phòng") == []


def test_a_report_naming_a_province_keeps_its_commune_unplaced_at_home_too():
    text = f"Thăm mô hình\n\nĐoàn công tác tỉnh Thái Bình thăm mô hình kinh tế ở xã Minh Tân.\n\n{CLOSING}"
    assert provinces_in(text, day=BEFORE_REFORM, home="Hải Dương") == ["Thái Bình"]


def test_the_home_province_is_written_as_a_person_would_write_it():
    lexicon = Lexicon.load(home="tỉnh Hai Duong")
    assert lexicon.provinces.home == {"Hải Dương"}
    with pytest.raises(ValueError):
        Lexicon.load(home="Xứ Đoài")


def test_a_district_printed_with_its_kind_before_it_became_an_urban_district_implies_its_city():
    # An Dương, a huyện of Hải Phòng until 2025, then a quận.
    text = f"Huyện An Dương tri ân người có công\n\nHuyện An Dương trao hơn 12.000 suất quà dịp 27-7.\n\n{CLOSING}"
    assert provinces_in(text, day=datetime.date(2018, 7, 26)) == ["Hải Phòng"]


def test_the_import_command_reads_the_home_province_from_its_option(import_dir):
    write(import_dir, "minh-tan.txt", MINH_TAN.replace("Đảng ủy", "Ngày 3/2/2022, Đảng ủy"))
    import_articles(import_dir, "--province", "Hải Dương")
    assert [p.name for p in Article.objects.get().provinces.all()] == ["Hải Dương"]


@override_settings(NEWSROOM_PROVINCE="Hải Dương")
def test_an_empty_province_option_imports_as_a_central_newsroom_whatever_the_setting(import_dir):
    write(import_dir, "minh-tan.txt", MINH_TAN.replace("Đảng ủy", "Ngày 3/2/2022, Đảng ủy"))
    import_articles(import_dir, "--province", "")
    assert list(Article.objects.get().provinces.all()) == []


def test_the_import_command_refuses_a_province_that_does_not_exist(import_dir):
    write(import_dir, "minh-tan.txt", MINH_TAN)
    with pytest.raises(CommandError, match="Không có tỉnh, thành nào tên “Xứ Đoài”"):
        import_articles(import_dir, "--province", "Xứ Đoài")
    assert not Article.objects.exists()


@pytest.mark.parametrize(("value", "errors"), [("", 0), ("Hải Dương", 0), ("tỉnh Hải Dương", 0), ("Xứ Đoài", 1)])
def test_the_setting_is_checked_when_the_project_starts(value, errors):
    with override_settings(NEWSROOM_PROVINCE=value):
        found = newsroom_province(None)
    assert len(found) == errors
    assert all(error.id == "importer.E001" for error in found)


def test_the_editor_is_told_the_province_was_read_as_home(import_dir):
    write(import_dir, "minh-tan.txt", MINH_TAN.replace("Đảng ủy", "Ngày 3/2/2022, Đảng ủy"))
    import_articles(import_dir, "--province", "Hải Dương")
    notes = ImportRecord.objects.get().notes
    assert any("“xã Minh Tân” có ở nhiều tỉnh, thành" in str(note) and "tỉnh của đơn vị" in str(note)
               for note in notes)
