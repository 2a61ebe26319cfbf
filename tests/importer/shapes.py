"""Paragraphs of an ordinary report, written for the shape tests, around which each test puts the line it checks:
a caption needs a story around it to be told from the story."""

LEAD = ("Sáng 8/2, Đồn Biên phòng Mường Tỉnh phối hợp với cấp ủy, chính quyền xã tổ chức chương trình vui Xuân "
        "cho đồng bào các bản vùng biên, với nhiều hoạt động thể thao, văn nghệ và trò chơi dân gian.")
BODY = ("Theo kế hoạch, từ nay đến cuối tháng, đơn vị sẽ tiếp tục phối hợp với các đoàn thể ở địa phương tổ chức "
        "thêm nhiều hoạt động thiết thực, giúp bà con đón một cái Tết đầm ấm, an toàn và tiết kiệm.")
MORE = ("Tại buổi gặp mặt, lãnh đạo đơn vị đã thông tin với bà con về tình hình an ninh trật tự trên địa bàn, đồng "
        "thời đề nghị người dân tiếp tục phát huy vai trò tự quản đường biên, mốc giới trong năm mới.")

# Two paragraphs of a working visit's story, long enough that a short line between or around them is read on its own.
VISIT = ("Trong chuyến công tác, đoàn đã làm việc với lãnh đạo địa phương về tình hình kinh tế, xã hội, quốc phòng, "
         "an ninh và công tác xây dựng Đảng, xây dựng hệ thống chính trị ở cơ sở trong những tháng đầu năm nay.")
VISIT_MORE = ("Các đại biểu cũng thống nhất nhiều giải pháp để tháo gỡ khó khăn cho người dân vùng sâu, vùng xa, nhất "
              "là việc làm, sinh kế và chăm sóc sức khỏe cho người cao tuổi, trẻ em trong dịp cuối năm.")
TEST_HEADLINE = "Tiêu đề bài viết thử nghiệm"


def parse_report(*paragraphs, headline=TEST_HEADLINE):
    """The importer's reading of a plain-text report: ``headline``, then ``paragraphs``."""
    from importer.recognition.layout import parse_plain_text

    return parse_plain_text(headline + "\n\n" + "\n\n".join(paragraphs))


def captions_in(*paragraphs, headline=TEST_HEADLINE):
    """(caption, credit) of every paragraph the importer reads as a photo's caption."""
    return [(p.text, p.credit) for p in parse_report(*paragraphs, headline=headline).captions]


# A closing paragraph of a working visit that names no place, for tests of the places a report names.
CLOSING = ("Đoàn đã nghe báo cáo tình hình và đề nghị địa phương tiếp tục phối hợp chặt chẽ trong thời gian tới, chăm "
           "lo đời sống của người dân.")


def provinces_in(text, day=None, *, home=""):
    """The names of the provinces the importer files ``text`` under on ``day`` (None: the year is unknown), in a
    newsroom whose own province is ``home`` ("": a central one, whatever NEWSROOM_PROVINCE this machine sets)."""
    from importer.recognition import Lexicon, recognise_text

    return sorted(hit.name for hit in recognise_text(text, day=day, lexicon=Lexicon.load(home=home)).provinces)


def event_date_of(paragraphs, **kwargs):
    """The event date the importer reads in ``paragraphs``: a date, (day, month) when the year is unknown, or None."""
    from importer.recognition.dates import read_event_date

    found = read_event_date(paragraphs, **kwargs)
    return found and (found.date or (found.day, found.month))
