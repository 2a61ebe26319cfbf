"""The words that start, continue and end an official's title (see the package's docstring)."""

from importer.recognition.tokens import tone_key

# "anh hùng": an honour ("Anh hùng Lực lượng vũ trang"), or in lower case after a unit's name its epithet.
HERO = tone_key("anh") + " " + tone_key("hùng")


def _bigrams_of(text):
    return frozenset(tuple(item.split("_")) for item in text.split())


# Words that end a title: the sentence carries on. Bigrams are verbs whose first syllable can also
# be part of a name of an organisation ("Ban Tuyên giáo", "Ủy ban Kiểm tra"), so only the pair stops. "tăng" (to
# raise) is a verb too, and "tặng" (to give) with its tone lost by a typo: never a word of an office; nor is "dâng"
# (to offer: "dâng hương", "dâng nén tâm hương", "dâng lễ vật"), whatever follows it; nor "gióng" (to beat a drum or
# strike a bell: "gióng trống khai hội", the opening of every festival).
STOP_WORDS = frozenset(
    """
    cùng với tại về đã sẽ đang vừa được bị cho khi để nhằm do đến tới trong là có thì mà nhưng rằng như ở
    nêu trao tặng thăm dự gặp tiếp đọc gửi ký nói dẫn làm nhận cũng luôn rất còn chưa không vẫn đi ra vào
    lên xuống sau trước qua đón chào mời hỏi nghe xem bàn họp đề phát đánh nhấn khẳng yêu chúc cảm mong kể
    từ lúc thay viếng gắn tăng dâng gióng
    """.split()
)
ALLOWED_BIGRAMS = frozenset({("dự", "khuyết"), ("thường", "trực"), ("đại", "biểu"), ("phụ", "trách"), ("dự", "án"),
                             ("đồng", "bằng"),  # "Trung tâm … vùng đồng bằng sông Cửu Long"
                             ("phát", "triển")})  # "Ngân hàng phát triển", "Mặt trận đoàn kết phát triển Tổ quốc…"
# A verb right after "vì sự" is a noun, the cause a body is named for ("Trung tâm Vì sự phát triển cộng đồng", "Quỹ
# Vì sự tiến bộ…"): it goes on naming the body rather than ending the title. ("quân sự trao…" is a verb.)
NOMINALISERS = frozenset({("vì", "sự")})
# The subject of a steering committee or a council goes on after "về", "ở" ("Ban Chỉ đạo Trung ương về phòng,
# chống tham nhũng, tiêu cực", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở"); elsewhere they end the title. So does
# the field of a committee of the State or the nation ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ủy ban Quốc
# gia về người cao tuổi"), unless a verb follows the link ("… về dự", "… về thăm"): then the holder has come somewhere.
COMMITTEE_WORDS = ("chỉ đạo", "tiểu ban", "hội đồng", "ủy ban nhà nước", "uỷ ban nhà nước", "ủy ban quốc gia",
                   "uỷ ban quốc gia")
COMMITTEE_LINKS = frozenset({"về", "ở"})
# Commas inside the fixed name of the fight against corruption: "phòng, chống tham nhũng, lãng phí, tiêu cực".
FIXED_COMMAS = frozenset({("phòng", "chống"), ("nhũng", "lãng"), ("nhũng", "tiêu"), ("phí", "tiêu"), ("phí", "lãng")})
# A stop word that is the second syllable of a noun in a body's name: "Ủy ban các vấn đề Xã hội", "Ban chuyên đề".
# "chỉ huy đội tuần tra"; "Chủ tịch Hội đồng chủ trì": "đồng chủ" opens "đồng chủ trì" (co-chaired) only when
# "đồng" ends no noun.
NOUN_ENDINGS = _bigrams_of(
    "vấn_đề chuyên_đề chủ_đề tiêu_đề đội_tuần tổ_tuần hội_đồng cộng_đồng hóa_thông hoá_thông tâm_thông thân_yêu")
# ("thân yêu", beloved: the end of a club's or a movement's name, "Câu lạc bộ Vì Hoàng Sa - Trường Sa thân yêu"; no
# "yêu cầu" there.)
# ("văn hóa thông tin": the field a commune's officer or a district's office covers, "cán bộ văn hóa thông tin xã A",
# "Phòng Văn hóa thông tin"; "thông tin" is no verb after it; nor after "Trung tâm", the information centre every ministry,
# province and Party board runs: "Giám đốc Trung tâm thông tin công tác Tuyên giáo".)
# ...and a stop word that opens a noun with the word after it: "Quỹ từ thiện", "Hội Khuyến học và từ thiện",
# "Ban Tổ chức Đại hội Thi đua yêu nước" (a movement's fixed name, not "yêu cầu").
NOUN_OPENINGS = _bigrams_of("từ_thiện yêu_nước")
# Right after an office's head word, these qualify the office, though elsewhere they are verbs that end a title:
# "Phó Chủ tịch điều hành HĐND tỉnh", "Tổng Giám đốc điều hành".
QUALIFIER_BIGRAMS = frozenset({("điều", "hành")})
# A time of day or a day, printed with its date right after a title ("…, Chủ tịch UBND tỉnh ngày 20-12 tới thăm…",
# "…, Chủ tịch UBND tỉnh sáng 21/12 về huyện…", "… sáng nay", "… chiều qua"): the sentence says when its subject came,
# with no comma before it; no office's name goes on with a date ("Tòa án nhân dân tối cao" is no time: "cao" follows).
TIMES_OF_DAY = frozenset({"ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm"})
TIMES_RELATIVE = frozenset({"nay", "qua", "mai"})
# Verbs that also name what a body does, printed in lower case after its head ("Ban chỉ đạo", "Ủy ban kiểm tra"):
# only these go on after an organisation's head; "Phó Giám đốc Sở báo cáo…" stops.
ORGANISATION_BIGRAMS = _bigrams_of(
    "chỉ_đạo kiểm_tra tuyên_giáo dân_vận thông_tin tổ_chức khen_thưởng đánh_giá tiếp_nhận quản_trị "
    "thi_đua công_tác tuyên_truyền"
)
# Things handed to someone, printed capitalised right after their name ("trao cho đồng chí A Quyết định điều động",
# "tặng ông B Bằng khen"): the capitalised word opens the thing, it does not end the name. Not "khen ngợi" (praise).
AWARD_BIGRAMS = _bigrams_of("Quyết_định Bằng_khen Giấy_khen Huân_chương Kỷ_niệm Giấy_chứng")
# Bodies one belongs to without holding an office in them: printed alone after a name ("ông A - Hội Cựu chiến binh
# xã ủng hộ…", "bà B, Công ty C"), they say where a donor or a member comes from, not a title.
MEMBER_BODIES = frozenset({"hội", "công ty", "ngân hàng", "quỹ", "hợp tác xã", "câu lạc bộ", "doanh nghiệp",
                           "tập đoàn", "nhà máy", "trường", "trung tâm"})
_ORGANISATION_HEADS = frozenset({"ban", "ủy", "uỷ", "hội", "sở", "phòng", "cục", "vụ", "viện", "bộ"})
_HARD_STOPS = frozenset(".;:()[]\"“”!?…«»")
_SEPARATORS = frozenset({",", "-", "–", "—"})
# Titles that open a mention printed title first, in lower case ("bí thư tỉnh ủy" is matched from "Bí thư").
TITLE_HEADS = frozenset(
    """
    bí thư|phó bí thư|tổng bí thư|chủ tịch|phó chủ tịch|thủ tướng|phó thủ tướng|bộ trưởng|thứ trưởng|trưởng ban|
    phó trưởng ban|giám đốc|phó giám đốc|chủ nhiệm|phó chủ nhiệm|đại tá|thượng tá|trung tá|thiếu tá|đại úy|
    thượng úy|trung úy|thiếu úy|thiếu tướng|trung tướng|thượng tướng|đại tướng|chính ủy|phó chính ủy|
    chính trị viên|chỉ huy trưởng|đồn trưởng|tư lệnh|phó tư lệnh|tiến sĩ|phó giáo sư|giáo sư|thạc sĩ|
    ủy viên|trưởng đoàn|phó trưởng đoàn|chánh văn phòng|hiệu trưởng|viện trưởng|cục trưởng|vụ trưởng|
    chủ tịch nước|phó chủ tịch nước|tổng thư ký|trưởng phòng|phó trưởng phòng|chánh án|viện trưởng|
    đại biểu quốc hội|nhà báo|nhà giáo|nghệ sĩ|thầy thuốc|bác sĩ|thượng sĩ|trung sĩ|hạ sĩ|binh nhất|
    anh hùng|hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|ni sư|trưởng lão hòa thượng|trưởng lão hoà thượng|
    linh mục|mục sư|giám mục|đức cha|tổng đại diện|chuẩn đô đốc|phó đô đốc|
    đô đốc|tổng biên tập|tổng giám đốc|tỉnh ủy viên|tỉnh uỷ viên|thành ủy viên|thành uỷ viên|huyện ủy viên|
    huyện uỷ viên|đảng ủy viên|đảng uỷ viên|đội trưởng|trụ trì|chánh thanh tra|phó ban|giảng viên|tỉnh trưởng|phó tỉnh trưởng|huyện trưởng|
    trưởng|phó trưởng|chỉ huy phó|tham mưu trưởng|đồn phó|đội phó|tổ trưởng|trạm trưởng|hạt trưởng|
    trung đoàn trưởng|lữ đoàn trưởng|sư đoàn trưởng|tiểu đoàn trưởng|đại đội trưởng|hải đội trưởng|hạm trưởng|thuyền trưởng|
    tổng cục trưởng|thư ký|đại sứ|tổng lãnh sự|lãnh sự|tham tán|công sứ|thẩm phán|kiểm sát viên|tổng thanh tra|
    thủ trưởng|tổng tham mưu trưởng|thường trực ban bí thư|cố vấn|thống đốc|tổng kiểm toán|kiểm toán trưởng|
    đbqh|đại biểu hđnd|nhà văn|nhà thơ|nhạc sĩ|họa sĩ|hoạ sĩ|nghệ nhân|luật sư|kỹ sư|dược sĩ|
    tiến sỹ|thạc sỹ|bác sỹ|nghệ sỹ|nhạc sỹ|họa sỹ|thượng sỹ|trung sỹ|hạ sỹ
    """.replace("\n", " ").split("|")
)
# ("Đảng ủy viên": a member of a commune's or a ward's Party committee, printed capitalised first among a person's
# offices as "Tỉnh ủy viên" is at a province's level: "A, Đảng ủy viên, Phó Chủ tịch…", "B - Đảng ủy viên phụ trách…".)
# A Catholic priest's or bishop's rank or a diocese's office ("Tổng Đại diện", its vicar general), printed before the
# name with the saint's name he was baptised with between them ("Linh mục An-tôn Phan Văn A", "Đức cha Phêrô B", "Tổng
# Đại diện Antôn C"): the saint's name is neither his title nor his family name, so a mention gives the rank or the
# office alone, then the name from its family name on.
CLERGY_HEADS = frozenset({"linh mục", "giám mục", "đức cha", "tổng đại diện"})
# Offices abbreviated in capitals, as some outlets print them before a name ("PCT UBND tỉnh Hồ Văn A", "PBT Thường
# trực Tỉnh ủy B", "UVBTV Tỉnh ủy C"); only abbreviations that stand for nothing but an office.
TITLE_ABBREVIATIONS = frozenset({"pct", "pbt", "pgđ", "tgđ", "ptgđ", "pctt", "uvtv", "uvbtv", "uvbch", "uvtw", "uvtư",
                                 "uvbct", "tuv", "huv"})
TITLE_HEADS = frozenset(" ".join(h.split()) for h in TITLE_HEADS) | TITLE_ABBREVIATIONS
# Degrees and professions printed as abbreviations in front of a name ("PGS.TS", "TS.", "ThS", "BSCKII"), compared
# in lower case; a dot glued to them belongs to the title.
ACADEMIC_ABBREVIATIONS = frozenset({"gs", "pgs", "ts", "tskh", "ths", "bs", "bsck", "bscki", "bsckii", "ks", "ncs"})
# A Buddhist monk's or nun's rank abbreviated with a dot before the dharma name ("ĐĐ.Thích Tâm Thanh", "TT. Thích
# Minh Lộc", "HT.", "NS."): a title only right before "Thích", since "TT." also abbreviates "thị trấn".
RELIGIOUS_ABBREVIATIONS = frozenset({"ĐĐ", "TT", "HT", "NS"})
# Ranks, printed right before the name: what follows them is a name even without a Vietnamese family name
# ("Thiếu tá Sengvisay Phetsaikham", "thiếu tướng Chum-Mạ-Ni Vông-Mạ-Ni", "Hòa thượng Thạch On- Mê Kone").
RANK_HEADS = frozenset(
    """
    đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy|thiếu tướng|trung tướng|thượng tướng|
    đại tướng|chuẩn đô đốc|phó đô đốc|đô đốc|hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|ni sư|
    trưởng lão hòa thượng|trưởng lão hoà thượng|thượng sĩ|trung sĩ|hạ sĩ
    """.replace("\n", " ").split("|")
)
RANK_HEADS = frozenset(" ".join(h.split()) for h in RANK_HEADS)
# Roles printed in lower case right after a name ("ông Thạch Ngàn, phó ban quản trị chùa…", "Thạc sĩ Đỗ Văn Hùng,
# giảng viên Trường Chính trị"): the title of that mention. Not "người dân", "cán bộ": a citizen is not an official.
LOWER_CASE_ROLES = frozenset(
    """
    phó ban|trưởng ban|phó trưởng ban|chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|phó giám đốc|trưởng phòng|
    phó trưởng phòng|trưởng thôn|trưởng bản|trưởng ấp|trưởng khu phố|giảng viên|hiệu trưởng|phó hiệu trưởng|
    trụ trì|chủ nhiệm|phó chủ nhiệm|chỉ huy trưởng|chính trị viên|đồn trưởng|phó đồn trưởng|đội trưởng|
    tổng biên tập|phó tổng biên tập|viện trưởng|phó viện trưởng|trưởng khoa|phó trưởng khoa|trưởng công an|
    phó trưởng công an|chỉ huy phó|tổ trưởng|tham mưu trưởng|đồn phó|trạm trưởng|chánh văn phòng|
    phó chánh văn phòng|chánh thanh tra|phó chánh thanh tra|cố vấn|ủy viên|
    tỉnh ủy viên|thành ủy viên|huyện ủy viên|quận ủy viên|thị ủy viên|đảng ủy viên|
    bộ trưởng|thứ trưởng|tư lệnh|phó tư lệnh|chính ủy|phó chính ủy|tổng thư ký|trưởng đoàn|phó trưởng đoàn|
    chánh án|phó chánh án|cục trưởng|phó cục trưởng|vụ trưởng|phó vụ trưởng|phó chỉ huy trưởng|
    tổng giám đốc|phó tổng giám đốc|phái đoàn chính phủ|
    cán bộ văn hóa|cán bộ văn hoá|cán bộ tư pháp|cán bộ địa chính|cán bộ văn phòng|cán bộ thống kê|
    cán bộ chính sách|cán bộ lao động|cán bộ dân số|cán bộ khuyến nông|cán bộ thú y|cán bộ kế toán|
    công chức văn hóa|công chức văn hoá|công chức tư pháp|công chức địa chính|công chức văn phòng|
    công chức tài chính|công chức thống kê|công chức lao động|
    đại biểu quốc hội|đại biểu hđnd|đại biểu hội đồng|chuyên viên
    """.replace("\n", " ").split("|")
)
# ("cán bộ văn hóa", "công chức tư pháp": the posts of a commune's civil servants, named for their field; "cán bộ"
# alone, or before anything else, is anyone who works for the State, a citizen as far as a title goes.)
# ("đại biểu Quốc hội", "đại biểu Hội đồng nhân dân tỉnh": a seat people are elected to, printed in lower case among
# the other offices after a name as often as capitalised; "đại biểu" alone is anyone attending, no office.)
# ("chuyên viên": a civil servant's grade in an office of the Party or the State, "chuyên viên Phòng Tổng hợp, Văn phòng
# Tỉnh ủy", printed capitalised as often: a post, where "cán bộ" alone is not.)
# ("phái đoàn Chính phủ": a Cambodian office, a delegate of the government with a minister's rank, printed after the
# capitalised titles of the same person.)
LOWER_CASE_ROLES = frozenset(" ".join(h.split()) for h in LOWER_CASE_ROLES)
# Printed right before or after a name without a title ("Bộ Chính trị chỉ định ông A làm Bí thư…", "bà B giữ chức
# Chủ nhiệm", "Các ông, bà C, D được chỉ định…"): the person is named for an office, an official.
APPOINTED_BEFORE = ("chỉ định", "bổ nhiệm", "bầu", "điều động", "phân công", "luân chuyển", "phê chuẩn", "chuẩn y",
                    "giới thiệu", "công nhận")
# Relieving someone of an office, which names them as its holder until then: "miễn nhiệm ông A", or the office first
# and the person after "đối với" ("miễn nhiệm chức danh Chủ tịch HĐND tỉnh, nhiệm kỳ 2011-2016 đối với ông A"), as a
# council's session reports each change of its leaders.
DISMISSALS = ("miễn nhiệm", "bãi nhiệm", "cách chức")
APPOINTED_AFTER = ("được bầu", "được chỉ định", "được bổ nhiệm", "được điều động", "được phân công", "giữ chức",
                   "tiếp tục giữ chức", "tiếp tục làm", "đảm nhiệm", "tái cử", "tái đắc cử", "trúng cử", "đắc cử",
                   "tham gia ban chấp hành", "được giới thiệu", "nhận quyết định", "được giao giữ",
                   "được giao làm", "được giao cương vị", "giữ cương vị", "đảm nhận cương vị", "đảm nhiệm cương vị")
# What only an official does at an event, right after "ông A"/"bà B" without a title ("Ông A chủ trì hội nghị",
# "Bà B trao quyết định…", "Ông C chúc mừng các nhà sư chùa D", where a delegation visits on a feast day); a citizen
# "cho biết", "chia sẻ", "nhận quà", "làm việc", "kiểm tra" his field, and is congratulated rather than congratulates.
OFFICIAL_ACTS = ("chủ trì", "phát biểu chỉ đạo", "phát biểu khai mạc", "phát biểu bế mạc", "phát biểu kết luận",
                 "trao quyết định", "trao tặng huân chương", "dự và phát biểu", "dự và chỉ đạo", "tiếp và làm việc",
                 "chúc mừng", "chúc tết")

STOP_BIGRAMS = _bigrams_of(
    """
    làm_việc phát_biểu chủ_trì tham_dự tham_gia tham_quan kiểm_tra đánh_giá đề_nghị đề_cập đề_xuất nhấn_mạnh
    khẳng_định yêu_cầu chúc_mừng báo_cáo trình_bày cho_biết thông_tin thông_báo quán_triệt ghi_nhận biểu_dương
    chia_sẻ giới_thiệu lưu_ý kêu_gọi kết_luận trả_lời chứng_kiến cắt_băng dâng_hương dâng_hoa thắp_hương
    tuyên_bố điều_hành chỉ_đạo khai_mạc bế_mạc tổng_kết trao_đổi trò_chuyện bày_tỏ cảm_ơn mong_muốn
    tiếp_thu giải_trình động_viên thăm_hỏi nhận_định phân_tích quan_tâm truyền_đạt giao_nhiệm dẫn_đầu
    phát_động ký_kết công_bố trao_tặng đồng_chủ nói_chuyện tiếp_đón tiếp_nhận tiếp_xúc đón_tiếp đối_thoại
    khảo_sát thị_sát chụp_ảnh bắt_tay nhận_xét nhận_thấy chỉ_rõ chỉ_ra đồng_ý thống_nhất nhất_trí
    biểu_quyết bấm_nút nhấn_nút gắn_biển trồng_cây khánh_thành tuyên_dương khen_thưởng kiến_nghị hoan_nghênh
    chào_mừng phổ_biến hướng_dẫn thay_mặt tổ_chức triển_khai ban_hành tiến_hành hoàn_thành
    tuyên_truyền giao_lưu tuần_tra bàn_giao khám_bệnh
    giữ_chức cung_cấp lần_lượt trúng_cử đắc_cử tái_đắc tái_cử tái_bổ
    """
)
# ("trúng cử", "đắc cử": being elected, what a person does, never a word of the office: "Ông A, Phó Bí thư Tỉnh ủy
# trúng cử Chủ tịch HĐND tỉnh" holds the first office, is elected to the second. So with "tái" (again) before them:
# "tái đắc cử", "tái cử", "tái bổ nhiệm"; "tái định cư", the resettlement a body may be named for, goes on.)
# What someone says, feels or does in person, printed right after their title ("Đồn trưởng Đồn Biên phòng A tâm
# sự", "Bí thư Chi bộ B phấn khởi cho biết", "… ân cần thăm hỏi"): never words of an office's name.
STOP_BIGRAMS = STOP_BIGRAMS | _bigrams_of(
    """
    tâm_sự bộc_bạch trải_lòng giãi_bày thổ_lộ tâm_đắc kể_lại nhớ_lại nhắc_lại hồi_tưởng giải_thích lý_giải
    thừa_nhận phân_trần dặn_dò căn_dặn nhắn_nhủ nhắc_nhở khuyên_nhủ gợi_ý trăn_trở băn_khoăn lo_lắng
    cởi_mở vui_mừng phấn_khởi xúc_động tự_hào hào_hứng bồi_hồi bùi_ngùi ân_cần lắng_nghe khen_ngợi chuyển_lời tri_ân
    trực_tiếp điểm_lại điểm_qua xoay_quanh diễn_ra ôn_lại đặt_vòng đặt_hoa thông_qua tin_tưởng gợi_mở giải_đáp
    chia_vui chung_vui đôn_đốc
    """
)
# Military ranks are often printed in lower case in the middle of a sentence ("có thiếu tướng Nguyễn Văn
# Thiện, Phó tư lệnh…"); other titles printed in lower case there are roles, not a mention's title.
LOWER_CASE_HEADS = frozenset(
    "đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy|thiếu tướng|trung tướng|thượng tướng|"
    "đại tướng|chuẩn đô đốc|phó đô đốc|đô đốc".split("|")
)
# Some outlets print every title in lower case in the middle of a sentence, before the name too ("phó chủ tịch
# UBND TP.HCM Võ Văn Hoan", "Theo bí thư Thành ủy Nguyễn Văn A,"): offices only a named official holds, so that
# the name still has to follow for it to be a mention.
LOWER_CASE_HEADS = LOWER_CASE_HEADS | frozenset(
    """
    bí thư|phó bí thư|tổng bí thư|chủ tịch|phó chủ tịch|thủ tướng|phó thủ tướng|bộ trưởng|thứ trưởng|
    trưởng ban|phó trưởng ban|giám đốc|phó giám đốc|chủ nhiệm|phó chủ nhiệm|chủ tịch nước|phó chủ tịch nước|
    tư lệnh|phó tư lệnh|chính ủy|phó chính ủy|chỉ huy trưởng|phó chỉ huy trưởng|đồn trưởng|phó đồn trưởng|
    chính trị viên|cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|tổng biên tập|đại sứ|chánh văn phòng
    """.replace("\n", " ").split("|")
)
# A monk's or a nun's rank, printed in lower case before the dharma name as often as capitalised ("chúc mừng hòa
# thượng A", "thăm thượng tọa B (trụ trì chùa C)"); the eldest monks are "trưởng lão hòa thượng".
LOWER_CASE_HEADS = LOWER_CASE_HEADS | frozenset(
    "hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|ni sư|trưởng lão hòa thượng|trưởng lão hoà thượng".split("|"))
LOWER_CASE_HEADS = frozenset(" ".join(h.split()) for h in LOWER_CASE_HEADS)
# Lower-case words printed in front of a title: a former ("nguyên") or a newly appointed ("tân") holder.
_TITLE_PREFIXES = frozenset({"nguyên", "tân"})
# Printed capitalised in front of a title, part of it: an acting holder ("Quyền Chủ tịch UBND tỉnh A"). In lower
# case "quyền" is a noun ("ủy quyền", "thay mặt… quyền…"), not part of a title.
_CAPITAL_TITLE_PREFIXES = frozenset({"Quyền", "Nguyên", "Tân"})
_DASHES = frozenset({"-", "–", "—"})
# A diplomat's title names where they are posted: "Đại sứ Việt Nam tại Lào", "Tổng Lãnh sự Lào tại Đà Nẵng".
# "Công sứ" (a minister-counsellor, the embassy's second rank) is posted as an ambassador is: "Công sứ Đại sứ quán Hàn
# Quốc tại Việt Nam A".
POSTED_HEADS = frozenset({"đại sứ", "tổng lãnh sự", "lãnh sự", "tham tán", "công sứ", "trưởng đại diện"})
# Degrees and professions printed in lower case between a rank and the name: "Thiếu tá, bác sĩ Nguyễn Văn A".
PROFESSIONS = frozenset({"bác sĩ", "bác sỹ", "thạc sĩ", "thạc sỹ", "tiến sĩ", "tiến sỹ", "kỹ sư", "dược sĩ", "nhà báo",
                         "luật sư", "nghệ sĩ", "nghệ sỹ", "nhà giáo", "giáo sư", "phó giáo sư"})

# Places named after someone, printed with the honour or the office before the name ("Nhà lưu niệm Anh hùng liệt sĩ
# A", "Khu di tích Chủ tịch B", "Tượng đài Bác sĩ C", "đường Thiếu tướng D"): the person is the place's namesake.
MEMORIALS = frozenset(
    """
    nhà lưu niệm|khu lưu niệm|nhà tưởng niệm|khu tưởng niệm|đài tưởng niệm|bia tưởng niệm|tưởng niệm|
    đền thờ|nhà thờ|tượng đài|khu di tích|di tích|bảo tàng|nhà trưng bày|lăng|mộ|phần mộ|khu mộ|đường|phố|
    quảng trường|công viên|giải thưởng|học bổng|mang tên|đền|đình|miếu|lễ hội|giỗ|tòa|toà
    """.replace("\n", " ").split("|")
)
# ("Tòa Giám mục A": a bishop's see, the building and the curia of a diocese, named after its place; no bishop.)
# ("đền Trần", "Lễ hội đền Trần Thái Bình", "lễ giỗ Trương Định", "Lễ hội Trương Định": a temple, a shrine or a
# festival bears the name of the figure it honours, a king's house or a hero of the past; the capitalised words after
# it are that name, or a place's, never an official present, though they open with a family name.)
MEMORIALS = frozenset(" ".join(m.split()) for m in MEMORIALS)

# A badge for years of Party membership, handed to a member who holds no office for it; and the admission of a new
# member ("trao quyết định kết nạp Đảng cho đồng chí A", "công nhận đảng viên chính thức cho đồng chí B"): every outlet
# reports these ceremonies of a cell with the new member called "đồng chí" like an official, but holding no office.
HONOURS = frozenset({"huy hiệu", "kết nạp", "đảng viên"})


def _keys(phrases):
    """Tone keys of ``phrases``: "Uỷ viên" and "Ủy viên", "Đại uý" and "Đại úy" are one title."""
    return frozenset(" ".join(tone_key(w) for w in phrase.split()) for phrase in phrases)


TITLE_HEAD_KEYS = _keys(TITLE_HEADS)
LOWER_CASE_HEAD_KEYS = _keys(LOWER_CASE_HEADS)
RANK_HEAD_KEYS = _keys(RANK_HEADS)
CLERGY_HEAD_KEYS = _keys(CLERGY_HEADS)
LOWER_CASE_ROLE_KEYS = _keys(LOWER_CASE_ROLES)
POSTED_HEAD_KEYS = _keys(POSTED_HEADS)
PROFESSION_KEYS = _keys(PROFESSIONS)
MEMORIAL_KEYS = _keys(MEMORIALS)
HONOUR_KEYS = _keys(HONOURS)
