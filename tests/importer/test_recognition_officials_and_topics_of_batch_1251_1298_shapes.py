"""Officials in the shapes of reports 1251-1298: a person whose family name is a rarer one, recognised by the middle
name "Thị" or "Văn" after "ông" or "bà" ("bà Leo Thị A, chuyên viên …"), as candidates for an election are listed;
and a member of a commune's or a ward's Party committee, "Đảng ủy viên", printed capitalised first among a person's
offices.

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

from importer.recognition.officials import find_officials
from importer.recognition.tokens import tone_key

# Province keys as the lexicon gives them (each word's tone key): the gazetteer's facts, not a report's words.
PLACES = frozenset(" ".join(tone_key(w) for w in name.split()) for name in ("Lạng Sơn", "Cao Bằng"))


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


# --- A family name the list does not know ----------------------------------------------------------------------------


def test_a_woman_with_a_rarer_family_name_is_read_by_her_middle_name():
    text = ("Cử tri nghe tiểu sử của các người ứng cử: ông Hoàng Văn Tâm, Phó Chủ tịch UBND tỉnh; "
            "bà Leo Thị Hương, chuyên viên Văn phòng HĐND và UBND xã Bình Gia.")
    assert found(text) == [("Hoàng Văn Tâm", "Phó Chủ tịch UBND tỉnh"),
                           ("Leo Thị Hương", "chuyên viên Văn phòng HĐND và UBND xã Bình Gia")]


def test_a_man_with_a_rarer_family_name_is_read_by_his_middle_name():
    text = "Ông Đống Văn Hải, Bí thư Đảng ủy phường Tân Lập, phát biểu tại hội nghị."
    assert found(text) == [("Đống Văn Hải", "Bí thư Đảng ủy phường Tân Lập")]


def test_an_unknown_capitalised_run_without_a_middle_name_is_still_no_person():
    # Without "Thị" or "Văn" second, a run of capitalised words after "bà" must open with a known family name.
    text = "Bà con Khu Phố Mới, Trưởng ban công tác mặt trận khu dân cư cho biết thêm."
    assert all(name != "Khu Phố Mới" for name, _title in found(text))


# --- A member of a commune's Party committee --------------------------------------------------------------------------


def test_a_commune_party_committee_member_printed_first_keeps_all_her_offices():
    text = ("Đơn vị bầu cử số 2 có các đồng chí: Nguyễn Văn An, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Tư pháp; "
            "Lê Thị Mai, Đảng ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã Hồng Phong.")
    assert found(text) == [
        ("Nguyễn Văn An", "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Tư pháp"),
        ("Lê Thị Mai", "Đảng ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã Hồng Phong"),
    ]


def test_a_commune_party_committee_member_after_a_dash():
    text = "Đồng chí Trần Thị Lan - Đảng ủy viên phụ trách chi bộ trường mầm non trao quyết định kết nạp đảng viên."
    assert found(text) == [("Trần Thị Lan", "Đảng ủy viên phụ trách chi bộ trường mầm non")]
