"""The one to three topics an editor would file a report under, from the topics' keywords and the genre's words.

Evidence, as the corpus's hand-chosen topics show it to work (``evaluate_recognition``):

* *where* a word stands: the headline and the lead say what a report is about, the body mentions much in
  passing. An occurrence counts ``HEADLINE`` in the headline, ``LEAD`` in the lead and one in the body, and a
  word repeated in the body counts at most ``BODY_CAP`` times (a border report says "biên phòng" thirty times);
* *what* a word is part of: an official's title ("Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng BĐBP")
  says who someone is, not what the report is about, so words inside a title do not count;
* *how far* a topic runs: one the headline and lead do not name, all of whose words stand in one body paragraph
  (a congress report's sentence of results), counts at most ``ONE_PARAGRAPH``;
* a sub-topic's score also counts for its parent (a report on refuting hostile views is party building);
* the editors' keywords (``Topic.keywords``), plus ``GENRE_WORDS``: general words of the genre for the site's
  starting topics (``articles/topics_initial.py``), by slug, so that a renamed topic keeps them and a new
  topic relies on its editors' keywords alone. A few genre words are too general to say a topic alone
  (``SUPPORTING_WORDS``: a bare "đại hội"): they count only beside another word of their topic.

The best topic is kept with those reaching ``MIN_SHARE`` of its score or ``ENOUGH`` points (a third one
``THIRD_SHARE``), ``MAX_TOPICS`` at most; a parent is not filed beside its own sub-topic unless words of its own
point to it; the others are what the admin offers as suggestions. One occurrence counts once for a topic, however
many of its keywords it is. Thresholds were chosen on the corpus's dev split.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from importer.recognition.tokens import PhraseMatch, PhraseMatcher

# Partners further away than the neighbours: a delegation from a Japanese or a Korean province, a consul
# general's visit. They count only in the headline and the lead (``EARLY_ONLY_WORDS``).
_FAR_PARTNERS = ("Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Liên bang Nga", "Thái Lan", "Singapore", "Ấn Độ", "Cu Ba")

# A historic event's anniversary, by the years counted ("kỷ niệm 50 năm Ngày giải phóng", "65 năm Chiến thắng").
_ANNIVERSARIES = tuple(f"năm {day}{event}" for day in ("", "Ngày ")
                       for event in ("giải phóng", "chiến thắng", "khởi nghĩa", "Đồng khởi"))

# General words of provincial party and government reporting, per starting topic: words any such report on
# the subject uses, never phrases of one report. Longer phrases win over their parts (PhraseMatcher), so
# "kinh tế - xã hội" counts for the economy only and "Lào Cai" is not Laos.
GENRE_WORDS = {
    "xay-dung-dang": [
        "Đại hội đại biểu Đảng bộ", "Đại hội Đảng bộ", "Đại hội đại biểu toàn quốc", "Đại hội Đảng", "đại hội",
        "Ban Chấp hành Đảng bộ", "Hội nghị Ban Chấp hành", "Hội nghị Tỉnh ủy", "nhiệm kỳ", "bầu", "tái cử",
        "chỉ định", "điều động", "công tác cán bộ", "nhân sự", "kết nạp", "chi bộ", "tổ chức đảng", "văn kiện",
        "làm Bí thư", "giữ chức Bí thư", "phân công", "Ban Thường vụ", "bầu cử trong Đảng",
        # The party's own inspection and discipline, and its self-criticism (a committee reviewing its shortcomings,
        # a member disciplined for violations): party building as much as the fight against corruption, so these
        # words count for both topics.
        "kiểm tra, giám sát trong Đảng", "kỷ luật đảng", "kiểm điểm", "tự phê bình", "khuyết điểm",
        # Mass mobilisation ("công tác dân vận", the "Dân vận khéo" movement) is the party's work among the people; the
        # merged "Ban Tuyên giáo và Dân vận" is named as the propaganda sector (below).
        "dân vận",
    ],
    "bao-ve-nen-tang-tu-tuong-cua-dang": [
        "luận điệu", "xuyên tạc", "diễn biến hòa bình", "tự diễn biến", "tự chuyển hóa", "thế lực thù địch",
    ],
    "hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh": [
        "học tập và làm theo", "Ngày sinh Chủ tịch Hồ Chí Minh", "Ngày sinh của Chủ tịch Hồ Chí Minh",
        "ngày sinh Bác", "Bác Hồ", "Chỉ thị 05",
        # The Politburo's directive of 2011 on the same movement, before Chỉ thị 05 ("Chỉ thị số 03-CT/TW"): by its full
        # code only, a province's "Chỉ thị 03/CT-UBND" being anything else.
        "03-CT/TW",
        # The movement's name as printed before Chỉ thị 05 and beside it: "học tập, làm theo" (a comma for the
        # "và"), the example of his morality ("tấm gương đạo đức Hồ Chí Minh", "đạo đức của Bác"), "làm theo lời Bác".
        # The movement's whole name is one mention, not two.
        "học tập, làm theo", "đạo đức Hồ Chí Minh", "tấm gương đạo đức của Bác", "làm theo lời Bác",
        *(f"học tập{joint} làm theo tấm gương đạo đức {whom}" for joint in (" và", ",")
          for whom in ("Hồ Chí Minh", "của Bác")),
    ],
    "tuyen-truyen-giao-duc": [
        "báo cáo viên", "thông tin", "học tập, quán triệt", "phổ biến", "cuộc thi", "họp báo",
        "thông báo nhanh", "dư luận", "tuyên truyền viên", "truyền thông", "giáo dục truyền thống",
        "tuyên truyền, giáo dục", "nói chuyện chuyên đề",
        # Studying a party resolution is the propaganda sector's work, whichever body holds the conference: the
        # headline's "học tập Nghị quyết" says what a report is about as much as its "quán triệt" does.
        "học tập Nghị quyết", "quán triệt, học tập", "Tuyên giáo và Dân vận",
        # A province's political school, which trains its cadres in political theory: the propaganda and education
        # sector's own school, whatever it is reported for (a standard reached, a class opened).
        "Trường Chính trị",
        # Visual propaganda: the banners, panels and posters hung to greet an event ("Pano, băng rôn, áp phích phủ kín
        # các tuyến phố", "dựng 50 tấm Panô, căng 50 băng zôn"), the propaganda sector's own work whatever they greet.
        "tuyên truyền trực quan", "băng rôn", "băng zôn", "pano", "panô", "pa nô", "áp phích",
    ],
    "quoc-phong-an-ninh": [
        "Biên phòng", "BĐBP", "Bộ đội", "quân đội", "quân sự", "chiến sĩ", "cán bộ, chiến sĩ", "dân quân",
        "cột mốc", "mốc giới", "đường biên", "sẵn sàng chiến đấu", "Bộ Chỉ huy", "Quân khu", "trật tự an toàn xã hội",
        "biên cương", "Hải quân", "cảnh sát biển",
        # The sector's name, printed whole in lists of a year's work ("giữ vững quốc phòng, an ninh"): one mention
        # of the topic, not two of its words.
        "quốc phòng, an ninh", "quốc phòng - an ninh", "quốc phòng và an ninh", "an ninh, quốc phòng",
        "an ninh - quốc phòng", "quốc phòng an ninh",
        # Calling up and handing over the year's conscripts ("tuyển quân", "gọi công dân nhập ngũ", "lễ giao nhận quân"):
        # the forces' own yearly work, whoever reports it (the army's paper, a province's, a district's).
        "tuyển quân", "nhập ngũ", "giao quân", "giao nhận quân",
    ],
    "bien-dao": [
        "biển", "đảo", "Biển Đông", "Hải quân", "giàn khoan", "xã đảo", "huyện đảo", "cảnh sát biển",
        "kiểm ngư", "vươn khơi", "bám biển", "nhà giàn", "biên giới biển",
    ],
    "kinh-te": [
        "kinh tế - xã hội", "phát triển kinh tế - xã hội", "phát triển kinh tế", "sản xuất", "công nghiệp", "du lịch", "dự án", "xuất khẩu",
        "ngân sách", "thu nhập bình quân", "thương mại", "dịch vụ", "cảng hàng không", "sân bay", "nhà đầu tư",
        "thu hút đầu tư", "khu công nghiệp", "khu kinh tế", "nông thôn mới", "giải ngân", "cao tốc", "cảng biển",
        "xúc tiến đầu tư", "vốn đầu tư", "đầu tư công", "hợp tác xã", "OCOP", "nông sản",
        # A town's urban grade ("công nhận TP. X là đô thị loại I", "đạt chuẩn đô thị loại IV"): urban development.
        "đô thị loại",
    ],
    "van-hoa-xa-hoi": [
        "tặng quà", "trao quà", "quà Tết", "suất quà", "hộ nghèo", "gia đình chính sách", "người có công",
        "hoàn cảnh khó khăn", "trẻ em", "Trung thu", "Tết", "từ thiện",
        "học bổng", "nhà đại đoàn kết", "giảm nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Ngày hội Đại đoàn kết",
        "bảo tàng", "triển lãm", "di tích", "di sản", "văn nghệ",
        # Humanitarian work, and the customs and beliefs a ceremony keeps.
        "Chữ thập đỏ", "nhân đạo", "tín ngưỡng", "phong tục",
        # Religions by name, their bodies, clergy, believers, places of worship and feasts: the religious affairs the
        # topic's "tôn giáo" names, however a report names them (a monks' association's congress, a Christmas visit).
        "Phật giáo", "Công giáo", "Tin Lành", "Cao Đài", "Hòa Hảo", "Hoà Hảo", "Hồi giáo", "Giáo hội", "giáo xứ",
        "giáo họ", "giáo dân", "tín đồ", "chức sắc", "chức việc", "sư sãi", "tăng ni", "Phật tử", "nhà thờ", "chùa",
        "Giáng sinh", "Phục sinh", "Phật đản", "Vu Lan",
        # The congresses of the ethnic minorities (every province's, then the nation's, every five years): ethnic affairs,
        # one mention each, not a party congress ("Đại hội đại biểu toàn quốc" is a longer phrase's start).
        *(f"Đại hội {delegates}{nation}các {minorities}" for delegates in ("", "đại biểu ")
          for nation in ("", "toàn quốc ") for minorities in ("dân tộc thiểu số", "DTTS")),
        # Ethnic minorities by their abbreviation ("đồng bào DTTS", "người DTTS"), as the editors' "dân tộc" counts them
        # written out ("dân tộc thiểu số").
        "DTTS",
        # A temple is where a festival or a rite of the heritage takes place ("Lễ khai ấn đền Trần").
        "đền",
        # Youth volunteering (a summer campaign, a volunteers' team) is social work, not a unit's.
        "tình nguyện", "Mùa hè xanh", "chiến sĩ tình nguyện", "chiến sỹ tình nguyện",
        # Gratitude to the war dead and the wounded (a policy of the social sector): "Ngày Thương binh - Liệt sĩ",
        # incense at a martyrs' cemetery, the "Tổ quốc ghi công" certificate.
        "liệt sĩ", "liệt sỹ", "thương binh", "đền ơn đáp nghĩa", "Tổ quốc ghi công",
        # The mothers honoured as "Mẹ Việt Nam anh hùng" (a Tết meal at their homes, a title conferred, a visit): the same
        # gratitude, whoever organises it.
        "Mẹ Việt Nam anh hùng", "Mẹ VNAH",
        # Relief after a storm or a flood (donations received, damage made good) is social security, whoever hands
        # it over: a conglomerate's donation is no economic news.
        "khắc phục hậu quả", "cứu trợ", "lũ lụt", "bão lũ",
        # One term each, not two words of the topic ("an sinh" and "xã hội"): a sector named in a list of results.
        "an sinh xã hội", "văn hóa, xã hội", "văn hóa - xã hội",
        # The poor ("tặng quà người nghèo", "Quỹ Vì người nghèo") and the gift parcels handed out ("300 phần quà"):
        # social security as much as "hộ nghèo" and "suất quà" say it, whoever hands them over.
        "người nghèo", "phần quà",
        # An arts performance ("chương trình nghệ thuật", a song and dance troupe): culture, whatever it greets.
        "chương trình nghệ thuật", "biểu diễn nghệ thuật", "đêm nghệ thuật", "ca múa nhạc",
        # A historic event's anniversary (a province's liberation, a victory, an uprising: "kỷ niệm 50 năm Ngày giải
        # phóng tỉnh", "65 năm chiến thắng Điện Biên Phủ", "81 năm khởi nghĩa Ba Tơ"): commemoration and tradition.
        # Only where the headline names it (``HEADLINE_ONLY_WORDS``): the lead and the body name it as the occasion of
        # something else as often (an interview "dịp kỷ niệm 65 năm giải phóng tỉnh", "sau 40 năm giải phóng, kinh tế …").
        *_ANNIVERSARIES,
    ],
    "doi-ngoai": [
        "nước bạn", "quốc tế", "kết nghĩa", "Việt - Lào", "Việt Nam - Lào", "Việt Nam - Campuchia",
        "tỉnh bạn", "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "CHDCND Lào", "Vương quốc Campuchia",
        "hai nước", "láng giềng",
        # Work with Vietnamese abroad is a part of foreign relations.
        "kiều bào", "người Việt Nam ở nước ngoài",
        # Talks and courtesy calls between delegations are the words of diplomacy, whoever holds them; the
        # neighbour to the north is named beside the two to the west (the editors' "Lào", "Campuchia").
        "hội đàm", "hội kiến", "Trung Quốc",
        # "nước bạn Lào": one mention of the neighbour, not two words of foreign relations.
        *(f"nước bạn {country}" for country in ("Lào", "Campuchia", "Trung Quốc")),
        *_FAR_PARTNERS,
        # "Đại sứ quán Hàn Quốc": one mention of the partner, not two words of foreign relations.
        *(f"{mission} {country}" for mission in ("Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán")
          for country in ("Lào", "Campuchia", "Trung Quốc", *_FAR_PARTNERS)),
    ],
    "xay-dung-chinh-quyen": [
        "bộ máy", "hợp nhất", "sắp xếp", "thủ tục hành chính", "đơn vị hành chính", "hai cấp", "kiện toàn",
        "bổ nhiệm", "Ngày thành lập tỉnh", "Ngày thành lập huyện", "tái lập tỉnh", "hiệu lực, hiệu quả",
        # The work of elected bodies: a council's session, deputies meeting their voters, an election of deputies,
        # a leader receiving citizens. The state's side of the political system, not the party's ("bầu cử" is
        # no party vote, however many "bầu" it prints).
        # A deputy's or a delegation's name ("Đoàn đại biểu Quốc hội tỉnh trao nhà") says who acts, not about what.
        "kỳ họp", "tiếp xúc cử tri", "cử tri", "bầu cử", "ứng cử", "người ứng cử", "tiếp công dân", "tiếp dân",
        "đi bầu",
        # A commune's or a province's public administration service centre is where the state meets its citizens.
        "hành chính công",
        # Rearranging the apparatus ("việc sắp xếp bộ máy", "sắp xếp tổ chức bộ máy"): one mention of the topic, not
        # two of its words, as the defence sector's name is.
        "sắp xếp bộ máy", "sắp xếp tổ chức bộ máy",
    ],
    "phong-chong-tham-nhung": ["thi hành kỷ luật", "vi phạm", "sai phạm", "kiểm tra, giám sát",
                               "kiểm tra, giám sát trong Đảng", "kỷ luật đảng", "khuyết điểm"],
}
# The starting topic that the work of elected bodies and of the people's committees counts for.
GOVERNMENT = "xay-dung-chinh-quyen"
# A force's talk at sea (a navy region lecturing students on sovereignty, border guards or the coast guard teaching
# fishermen the law): the force is who speaks, as a title says who someone is, and editors file the talk under the
# sea and propaganda. Where both of those pass, defence (whose words there are the speakers' names) is not filed.
SEA, PROPAGANDA, DEFENCE = "bien-dao", "tuyen-truyen-giao-duc", "quoc-phong-an-ninh"
# Phrases that contain a topic's word but are something else: not counted for any topic.
NOT_TOPICS = [
    "Lào Cai", "chính trị - xã hội", "xã hội chủ nghĩa",
    # A district named for a pagoda is a place, not religious affairs.
    "Tủa Chùa",
    # "đền" as a verb: compensation paid, a debt repaid.
    "đền bù", "đền đáp",
    # "quốc tế" in the name of a border gate, an airport or a day of the calendar, not foreign relations.
    "cửa khẩu quốc tế", "sân bay quốc tế", "cảng hàng không quốc tế", "Quốc tế Lao động", "Quốc tế Phụ nữ",
    "Quốc tế Thiếu nhi",
    # "các Ủy viên Ban Thường vụ Tỉnh ủy" in a list of who came is a title without a name, not party work; a youth
    # union's standing committee ("Ban Thường vụ Tỉnh Đoàn") is no party body.
    "các Ủy viên Ban Thường vụ", "các Uỷ viên Ban Thường vụ", "Ban Thường vụ Tỉnh Đoàn", "Ban Thường vụ Thành Đoàn",
    "Ban Thường vụ Huyện Đoàn",
    # The votes a candidate received ("nhận được 30/31 phiếu bầu") are cast in any body's election, a council's as
    # much as a party committee's: the body, named elsewhere, says whose.
    "phiếu bầu",
    # Admitting members to a trade union, the youth union or an association is no party admission (also "kết nạp thêm
    # 200 đoàn viên": ``_ADMITTED_MEMBERS``).
    "kết nạp đoàn viên", "kết nạp hội viên",
    # Fishing vessels' violations (fishing illegally abroad, the "IUU" rules) are the sea's and the border guards'
    # concern, not the fight against corruption that "vi phạm" says in a party's or an office's report.
    "vi phạm IUU", "vi phạm về IUU", "vi phạm vùng biển", "tàu cá vi phạm", "vi phạm của tàu",
    # A neighbour's autonomous region ("Khu tự trị dân tộc Choang Quảng Tây") is a place, not ethnic affairs.
    "Khu tự trị dân tộc",
    # "Đảng bộ, chính quyền và nhân dân tỉnh": the stock address of a whole province (greeted at Tết, thanked by
    # a partner province, praised in a speech), not its party organisation at work.
    # The phrases stop before "nhân dân" when they can, so that "nhân dân các dân tộc" after them stays a phrase
    # of its own.
    "Đảng bộ, chính quyền", "Đảng bộ và chính quyền",
    *(f"Đảng bộ{middle} {people}" for middle in (" và", ",")
      for people in ("nhân dân", "nhân dân các dân tộc", "quân và dân", "quân và dân các dân tộc")),
    # "Anh hùng Lực lượng vũ trang nhân dân": an honour said of who someone is (a general commemorated, a
    # veteran visited), like a title, not a report about defence.
    "Anh hùng lực lượng vũ trang", "Anh hùng LLVT",
    # "chiến sĩ" as an honour or a calling outside the forces: an emulation title ("Chiến sĩ thi đua cấp tỉnh"), the
    # veterans of a campaign visited or gathered ("chiến sĩ Điện Biên"), a revolutionary or a communist remembered.
    # Youth volunteers ("chiến sĩ tình nguyện") are social work (``GENRE_WORDS``).
    *(f"chiến {soldier} {what}" for soldier in ("sĩ", "sỹ")
      for what in ("thi đua", "Điện Biên", "Điện Biên Phủ", "cách mạng", "cộng sản")),
    # A portrait or a statue of Hồ Chí Minh handed out or unveiled ("trao cờ Tổ quốc và ảnh Bác Hồ cho ngư dân"): a gift
    # or a monument, not the movement of studying and following him.
    *(f"{likeness} Bác Hồ" for likeness in ("ảnh", "ảnh chân dung", "chân dung", "tượng", "tượng đài")),
    # "dân tộc" as the nation, not its peoples: stock phrases of any report, not about ethnic affairs.
    "nhân dân các dân tộc", "giải phóng dân tộc", "độc lập dân tộc", "đại đoàn kết toàn dân tộc",
    "đại đoàn kết dân tộc", "cổ truyền của dân tộc", "cổ truyền dân tộc", "lịch sử dân tộc",
    "truyền thống của dân tộc", "lịch sử của dân tộc", "đồng bào các dân tộc", "quân và dân các dân tộc",
    # Wishing someone a happy Tết is a courtesy visit, whose subject is who is visited (a border post, a
    # partner province abroad); the gifts and the poor households of Tết are what make it social work.
    "chúc Tết",
    # The party committee of a province's bloc of agencies and enterprises is a party body, not the economy.
    "Khối Doanh nghiệp", "Cơ quan - Doanh nghiệp", "Khối các Cơ quan Doanh nghiệp", "Khối Cơ quan Doanh nghiệp",
    "Khối các cơ quan và doanh nghiệp", "Khối cơ quan và doanh nghiệp",
    # Works inaugurated or a festival held "to greet the congress" name the congress as the occasion, not the
    # subject: a report about the congress itself says so in words of its own (delegates, a term, a vote).
    *(f"chào mừng {congress}" for congress in ("Đại hội", "Đại hội đại biểu Đảng bộ", "Đại hội Đảng bộ",
                                               "Đại hội Đảng", "Đại hội đại biểu toàn quốc")),
]

# Genre words too general to say a topic alone: "đại hội" of a youth union or a veterans' association,
# "quốc tế" in an award's or a day's name, "công nghiệp" in a list of a year's results. They count for their
# topic only when one of its other words occurs (an editors' keyword never needs support).
SUPPORTING_WORDS = {
    "xay-dung-dang": ["đại hội"], "doi-ngoai": ["quốc tế"], "kinh-te": ["công nghiệp"],
}

# Genre words that say a topic only where the headline or the lead prints them: a far country named there is the
# delegation received, in the body it is where investors come from, goods go or someone studied (a report on a
# Korean diplomat's visit says "doanh nghiệp Hàn Quốc" and "Thái Lan" while it talks investment).
EARLY_ONLY_WORDS = {"doi-ngoai": list(_FAR_PARTNERS)}
# Genre words that say a topic only where the headline prints them (``GENRE_WORDS``'s anniversaries).
HEADLINE_ONLY_WORDS = {"van-hoa-xa-hoi": list(_ANNIVERSARIES)}


@dataclass(frozen=True)
class TopicHit:
    id: int
    slug: str
    name: str
    keywords: tuple
    score: int = 0
    own: int | None = None  # the score without its sub-topics' (None: the same as ``score``)
    parent: int | None = None


class TopicIndex:
    """Topics by their editors' keywords and the genre's words, ranked by where they stand in the report."""

    MAX_TOPICS = 3
    MIN_SHARE = 0.3
    # A third topic needs more: editors file most reports under one or two (chosen on the dev reports before
    # 145, it held on those after them, where 0.4 filed more third topics than the editors did).
    THIRD_SHARE = 0.45
    MIN_SCORE = 3
    HEADLINE, LEAD, BODY_CAP = 4, 2, 3
    # Evidence that files a second or third topic however far ahead the first one is: a border report says
    # "biên phòng" in every paragraph, and its gifts for Tết are a topic still.
    ENOUGH = 5
    # A topic on supporting words alone scores this at most; one that neither the headline nor the lead names and
    # whose words all stand in one body paragraph (a sentence of results, a festival's promise of tourism) at most
    # this: enough for a short text's topic, not to stand beside a long report's.
    SUPPORT_ONLY, ONE_PARAGRAPH = 0, 3
    # A parent filed beside its own sub-topic needs words of its own worth half the sub-topic's score.
    PARENT_SHARE = 0.5

    def __init__(self, topics):
        """``topics``: (id, slug, name, [keywords]) or (id, slug, name, [keywords], parent id) tuples."""
        self.topics = {t[0]: t for t in topics}
        self.parents = {t[0]: t[4] for t in topics if len(t) > 4 and t[4]}
        self.matcher = PhraseMatcher()
        self.supporting, self.early_only, self.headline_only = set(), set(), set()
        self.government = next((t[0] for t in topics if t[1] == GOVERNMENT), None)
        for phrase in NOT_TOPICS:
            self.matcher.add(phrase, None)
        for topic_id, slug, _name, keywords, *_parent in topics:
            for keyword in [*keywords, *GENRE_WORDS.get(slug, [])]:
                self.matcher.add(keyword, (topic_id, keyword))
            own_words = {keyword.casefold() for keyword in keywords}
            self.supporting |= {(topic_id, word.casefold()) for word in SUPPORTING_WORDS.get(slug, [])
                                if word.casefold() not in own_words}
            self.early_only |= {(topic_id, word.casefold()) for word in EARLY_ONLY_WORDS.get(slug, [])
                                if word.casefold() not in own_words}
            self.headline_only |= {(topic_id, word.casefold()) for word in HEADLINE_ONLY_WORDS.get(slug, [])
                                   if word.casefold() not in own_words}

    def rank(self, tokens, *, unaccented=None, text=None, masks=()):
        """Every topic with some evidence, best first, each with its score."""
        breaks = _paragraph_breaks(text) if text else []
        paragraphs = _paragraph_starts(text) if text else []
        choices = []
        if text:
            terms, choices = _elected_terms(text, masks)
            masks = [*masks, *terms, *_gifts_to_the_forces(text), *_faith_and_ethnic_congresses(text, masks),
                     *_places_by_the_border(text), *(m.span() for m in _ADMITTED_MEMBERS.finditer(text))]
        matches = [m for m in self.matcher.find(tokens, unaccented=unaccented)
                   if not any(start <= m.start and m.end <= end for start, end in masks)]
        if text and self.government is not None:
            # A people's committee's or a council's own meeting ("UBND tỉnh họp phiên thường kỳ", "Phiên họp thường kỳ
            # của UBND tỉnh"): the government at work, whatever the meeting discusses.
            matches += [PhraseMatch(-1, -1, start, end, (self.government, "phiên họp"))
                        for start, end in _state_meetings(text, masks)]
        if choices:
            # A council electing or appointing the people's committee's leaders is building the government: its
            # words of choosing count for that topic, not for the party's.
            matches = [_for_topic(m, self.government) if any(a <= m.start and m.end <= b for a, b in choices) else m
                       for m in matches]
            matches = [m for m in matches if m.payload is not None]
        found, scores, body_counts, counted = {}, {}, {}, set()
        defined, body_places, early = set(), {}, set()
        for match in matches:
            topic_id, keyword = match.payload
            if len(breaks) > 1 and match.start >= breaks[1] and (topic_id, keyword.casefold()) in self.early_only:
                continue
            if breaks and match.start >= breaks[0] and (topic_id, keyword.casefold()) in self.headline_only:
                continue
            if (topic_id, match.start) in counted:
                # An editors' keyword that is also a genre word ("bộ đội", "Bộ đội"): one occurrence, counted once.
                continue
            counted.add((topic_id, match.start))
            found.setdefault(topic_id, [])
            if keyword not in found[topic_id]:
                found[topic_id].append(keyword)
            if (topic_id, keyword.casefold()) not in self.supporting:
                defined.add(topic_id)
            if breaks and match.start < breaks[0]:
                weight = self.HEADLINE
                early.add(topic_id)
            elif len(breaks) > 1 and match.start < breaks[1]:
                weight = self.LEAD
                early.add(topic_id)
            else:
                key = (topic_id, keyword.casefold())  # "Bộ đội" and "bộ đội": one word, one cap
                seen = body_counts[key] = body_counts.get(key, 0) + 1
                weight = 1 if seen <= self.BODY_CAP else 0
                body_places.setdefault(topic_id, set()).add(bisect_right(paragraphs, match.start))
            scores[topic_id] = scores.get(topic_id, 0) + weight
        for topic_id in scores:
            if topic_id not in defined:
                # Only supporting words ("đại hội" of a youth union's congress): not the topic without another word.
                scores[topic_id] = min(scores[topic_id], self.SUPPORT_ONLY)
            elif len(breaks) > 1 and topic_id not in early and len(body_places.get(topic_id, ())) == 1:
                # All of it in one body paragraph (a sentence of results, a list of who came): in passing.
                scores[topic_id] = min(scores[topic_id], self.ONE_PARAGRAPH)
        own = dict(scores)
        for topic_id, value in list(scores.items()):
            parent = self.parents.get(topic_id)
            if parent in self.topics:
                scores[parent] = scores.get(parent, 0) + value
                found.setdefault(parent, [])
        ranked = sorted(found, key=lambda t: (-scores.get(t, 0), -len(found[t]), t))
        return [TopicHit(t, self.topics[t][1], self.topics[t][2], tuple(found[t]), scores.get(t, 0), own.get(t, 0),
                         self.parents.get(t)) for t in ranked]

    def choose(self, ranked):
        """The one to three topics to file the report under, of ``rank()``'s list."""
        if not ranked:
            return []
        best = ranked[0].score
        if not best:
            return []
        # Little evidence (a short text): the topics it names most, however few the words.
        floor = max(self.MIN_SCORE, min(best * self.MIN_SHARE, self.ENOUGH)) if best >= self.MIN_SCORE else best
        passing = [hit for hit in ranked if hit.score >= floor]
        # The talk must be a subject of its own (``ENOUGH``), not a word said in passing at a Tết visit to an island.
        if SEA in {hit.slug for hit in passing} and any(hit.slug == PROPAGANDA and hit.score >= self.ENOUGH
                                                        for hit in passing):
            passing = [hit for hit in passing if hit.slug != DEFENCE]
        # A sub-topic filed says its parent already ("Bảo vệ nền tảng tư tưởng" is party building): the parent
        # beside it only on words of its own, and never on its sub-topics' words alone.
        # Its own words must also weigh against the sub-topic's (``PARENT_SHARE``): a report on a movement for studying
        # Hồ Chí Minh or on refuting hostile views names the party bodies that hold it and the members it honours, in
        # passing, and editors file the sub-topic alone.
        children = {}
        for hit in passing:
            if hit.parent:
                children[hit.parent] = max(children.get(hit.parent, 0), hit.score)
        chosen = [hit for hit in passing if _own(hit) and (
            hit.id not in children
            or _own(hit) >= max(self.MIN_SCORE, children[hit.id] * self.PARENT_SHARE))]
        chosen = chosen[: self.MAX_TOPICS]
        return chosen[:2] + [hit for hit in chosen[2:] if hit.score >= best * self.THIRD_SHARE]

    def find(self, tokens, *, unaccented=None, text=None, masks=()):
        """The chosen topics; without ``text`` (a phrase, not a report) every topic with evidence."""
        ranked = self.rank(tokens, unaccented=unaccented, text=text, masks=masks)
        return self.choose(ranked) if text is not None else ranked


def _for_topic(match, topic_id):
    """``match`` counted for ``topic_id`` (None: for no topic)."""
    return replace(match, payload=(topic_id, match.payload[1]) if topic_id is not None else None)


def _own(hit):
    """A topic's score on its own words, without its sub-topics'."""
    return hit.own if hit.own is not None else hit.score


# A page's furniture between the headline and the lead: a posting stamp ("Thứ Hai, 21/12/2015 06:30"), a byline
# ("Nhóm PV HNMO - Ảnh: Viết Thành"), a section's name ("Chính trị"), a count of views, a short caption. A line of fewer
# words than ``_LEAD_WORDS`` is no sentence saying what the report is about: the lead is the first line that is, at
# most ``_FURNITURE_LINES`` lines on.
_LEAD_WORDS, _FURNITURE_LINES = 10, 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def _paragraph_breaks(text):
    """Offsets where the first paragraphs (headline, lead) end; the lead is the first line after the page's
    furniture."""
    breaks, start, skipped = [], 0, 0
    while len(breaks) < 2:
        at = text.find("\n", start)
        if at < 0:
            break
        line = text[start:at]
        start = at + 1
        while start < len(text) and text[start] == "\n":
            start += 1
        if breaks and skipped < _FURNITURE_LINES and len(_WORD.findall(line)) < _LEAD_WORDS:
            skipped += 1
            continue
        breaks.append(at)
    return breaks


def _paragraph_starts(text):
    """Offsets where each paragraph after the first begins (one pass over the text)."""
    starts, at = [], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts



# "nhiệm kỳ": the term of whichever body its clause names last ("HĐND tỉnh khóa XII, nhiệm kỳ 2021 - 2026").
_TERM = re.compile(r"\bnhiệm kỳ\b", re.IGNORECASE)
# The words of choosing people for posts ("bầu", "chỉ định", "nhân sự"): party building when the post is a party
# one, the work of government when it is a council's or a people's committee's ("HĐND tỉnh bầu Chủ tịch UBND",
# "chỉ định Chủ tịch UBND đặc khu"). The post printed after the word says whose it is; without one, the body that
# acts, printed before it.
_CHOOSING = re.compile(r"\b(?:bầu|chỉ định|nhân sự|tái cử)\b(?! cử)", re.IGNORECASE)
# The bodies a clause may name, by whose they are: an elected body (a people's council, the National Assembly, a
# council's session, an election of deputies) or the people's committee a council elects; or a body of the
# political system the party leads (its own, the Front's, a mass organisation's), or a congress or a committee. "Hội
# nghị", "Hội thảo" are meetings, not an association.
_TERM_BODY = re.compile(r"\b(HĐND|Hội đồng nhân dân|Quốc hội|ĐBQH|kỳ họp|bầu cử|UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b"
                        r"|\b(Đảng|Đảng bộ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Quận ủy|Quận uỷ|Đảng ủy|"
                        r"Đảng uỷ|Ban Chấp hành|BCH|Mặt trận|MTTQ|Hội(?! nghị| thảo)|Đoàn|Đại hội|chi bộ|Bí thư|"
                        r"Ban Thường vụ)\b",
                        re.IGNORECASE)
# How far a post printed after a word of choosing may stand ("bầu ông Nguyễn Văn A giữ chức Chủ tịch UBND").
_POST_REACH = 80


def _clause_start(text, at, reach=120):
    """Where the clause around ``at`` starts: the last full stop, semicolon or line break before it, at most ``reach``
    characters back (a bounded search, so that a long text without stops is not searched whole at each word)."""
    low = max(0, at - reach)
    return max(text.rfind(".", low, at), text.rfind(";", low, at), text.rfind("\n", low, at), low - 1)


def _clause_end(text, at):
    """Where the clause after ``at`` ends, at most ``_POST_REACH`` characters on."""
    high = at + _POST_REACH
    ends = [e for e in (text.find(".", at, high), text.find(";", at, high), text.find("\n", at, high)) if e >= 0]
    return min([*ends, high])


def _bodies(text, start, end, masks):
    """The bodies printed between ``start`` and ``end``, outside officials' titles ("ông A, Phó Bí thư Tỉnh ủy,
    giữ chức Chủ tịch HĐND": the Tỉnh ủy is who A is, the council the post)."""
    return [m for m in _TERM_BODY.finditer(text, start, end)
            if not any(a <= m.start() and m.end() <= b for a, b in masks)]


def _elected_terms(text, masks=()):
    """Where "nhiệm kỳ" is the term of an elected body ("Kỳ họp thứ Chín, HĐND tỉnh khóa XII, nhiệm kỳ
    2021 - 2026", "bầu cử ĐBQH khóa XV và đại biểu HĐND, nhiệm kỳ 2021-2026"): a council's or the National
    Assembly's term, not a party congress's (the first list); and where a word of choosing people chooses them for a
    council's or a people's committee's post (the second)."""
    spans, choices = [], []
    for match in _TERM.finditer(text):
        bodies = _bodies(text, _clause_start(text, match.start()) + 1, match.start(), masks)
        if bodies and bodies[-1].group(1):
            spans.append(match.span())
    for match in _CHOOSING.finditer(text):
        after = _bodies(text, match.end(), _clause_end(text, match.end()), masks)
        before = _bodies(text, _clause_start(text, match.start()) + 1, match.start(), masks)
        body = after[0] if after else before[-1] if before else None
        if body is not None and body.group(1):
            choices.append(match.span())
    return spans, choices


# A body's own meeting: a session of the people's committee or of a council's standing committee, a regular briefing
# ("giao ban"). A party body meets in a "hội nghị"; these words say a state body is meeting when that body is the
# clause's (``_state_meetings``).
_MEETING = re.compile(r"\b(?:phiên họp|họp phiên|giao ban|họp thường kỳ)\b", re.IGNORECASE)


def _state_meetings(text, masks=()):
    """Where a meeting word is a state body's meeting: the body printed before it in its clause ("UBND phường họp
    giao ban"), else the first printed after it ("Phiên họp thường kỳ của UBND tỉnh"), outside officials' titles."""
    spans = []
    for match in _MEETING.finditer(text):
        before = _bodies(text, _clause_start(text, match.start()) + 1, match.start(), masks)
        after = _bodies(text, match.end(), _clause_end(text, match.end()), masks)
        body = before[-1] if before else after[0] if after else None
        if body is not None and body.group(1):
            spans.append(match.span())
    return spans


# Gifts handed to soldiers or to a unit ("tặng quà cán bộ, chiến sĩ Đồn Biên phòng", "trao quà Tết cho các đơn vị
# quân đội", "tặng quà 26 chốt"): a leader's visit honouring the forces, the topic of who is visited, not the
# social work of gifts to poor households and families of war invalids. Gifts to soldiers "and" to the people
# they live among are both.
_GIFT_TO_FORCES = re.compile(
    r"\b(?:trao tặng|tặng|trao)\s+quà(?:\s+[Tt]ết)?(?:\s+(?:cho|tới|đến))?(?:\s+(?:các|những|\d+))?\s+"
    r"(?=(?:cán bộ,\s*chiến s[ĩỹ]|chiến s[ĩỹ]|đơn vị|lực lượng|[Đđ]ồn|[Bb]ộ đội|dân quân|[Tt]rạm|[Tt]iểu đoàn|"
    r"[Tt]rung đoàn|[Ll]ữ đoàn|[Hh]ải đội|[Bb]ộ [Cc]hỉ huy|[Bb]an [Cc]hỉ huy|[Cc]ông an|chốt)\b)"
    r"(?![^.;\n]{0,40}\s(?:và|cùng)\s(?:nhân dân|bà con|người dân|ngư dân|hộ|các hộ|gia đình|học sinh))")


def _gifts_to_the_forces(text):
    return [m.span() for m in _GIFT_TO_FORCES.finditer(text)]


# A religious body's or the ethnic minorities' congress ("Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh, nhiệm kỳ
# 2022 - 2027", "Văn kiện Đại hội cho biết, toàn tỉnh có 92 chùa"): its term and its documents are the body's, whose
# affairs are culture and society, not the party's. The body is named in the same sentence, or the headline says the
# report is that congress's (a term recalled in a speech there is still the congress's occasion, not its subject).
_CONGRESS_WORD = re.compile(r"\b(?:nhiệm kỳ|văn kiện)\b", re.IGNORECASE)
_FAITH_OR_ETHNIC_BODY = re.compile(
    r"\b(?:sư sãi|Phật giáo|Giáo hội|Công giáo|Tin Lành|Cao Đài|Hòa Hảo|Hoà Hảo|Hồi giáo|Ban Trị sự|tôn giáo|"
    r"chức sắc|chùa|nhà thờ|giáo xứ|tăng ni|Phật tử|dân tộc thiểu số|DTTS)\b", re.IGNORECASE)
_CONGRESS = re.compile(r"\bđại hội\b", re.IGNORECASE)
_PARTY = re.compile(r"\b(?:Đảng|chi bộ)\b", re.IGNORECASE)


def _faith_and_ethnic_congresses(text, masks=()):
    """Where "nhiệm kỳ" or "văn kiện" is a religious body's or the ethnic minorities' congress's: its sentence names
    such a body, outside officials' titles, or the headline names such a body's congress and no party's."""
    headline = text[:text.find("\n")] if "\n" in text else text
    if _CONGRESS.search(headline) and _FAITH_OR_ETHNIC_BODY.search(headline) and not _PARTY.search(headline):
        return [m.span() for m in _CONGRESS_WORD.finditer(text)]
    spans = []
    for match in _CONGRESS_WORD.finditer(text):
        start, end = _clause_start(text, match.start()) + 1, _clause_end(text, match.end())
        if any(not any(a <= m.start() and m.end() <= b for a, b in masks)
               for m in _FAITH_OR_ETHNIC_BODY.finditer(text, start, end)):
            spans.append(match.span())
    return spans


# The border as where something stands ("các xã biên giới", "vùng biên giới", "trường nội trú biên giới"): a commune's,
# a school's or an area's place, not the border's defence. A report about the border guards or the border says so in
# words of its own (the guards, the markers, the line).
_BY_THE_BORDER = re.compile(
    # A battlefield on the border is the forces' history; a border market is trade.
    r"\b(?:xã|huyện|tỉnh|vùng|khu vực|thôn|bản|làng|địa bàn|(?<!chiến )(?<!thị )trường|nội trú)\s+(biên giới)\b",
    re.IGNORECASE)


def _places_by_the_border(text):
    return [m.span(1) for m in _BY_THE_BORDER.finditer(text)]


# Members admitted to a union or an association, counted ("kết nạp thêm 40 hội viên", "kết nạp mới 200 đoàn viên"):
# the organisation's growth, not the party's admissions.
_ADMITTED_MEMBERS = re.compile(r"\bkết nạp(?:\s+(?:thêm|mới|được))?(?:\s+[\d.]+)?\s+(?:hội viên|đoàn viên)\b",
                               re.IGNORECASE)
