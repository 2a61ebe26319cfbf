"""Organisations, fictional officials and cited documents for the demo newsroom.

Every official here is invented: the names are not those of real office holders. Titles follow the
real shape of Vietnamese party and state posts, including the 2025 changes (the propaganda and mass
mobilisation commissions merged on 1 March 2025; provinces merged on 1 July 2025), so that old
articles print a title the official no longer holds.
"""

import datetime

D = datetime.date
BEFORE_MARCH_2025 = D(2025, 2, 28)
BEFORE_MERGER = D(2025, 6, 30)
MERGER = D(2025, 7, 1)

# (name, province slug or None, parent organisation name or None)
ORGANISATIONS = [
    ("Ban Tuyên giáo Trung ương", None, None),
    ("Ban Tuyên giáo và Dân vận Trung ương", None, None),
    ("Tỉnh ủy Kiên Giang", "kien-giang", None),
    ("Ban Tuyên giáo Tỉnh ủy Kiên Giang", "kien-giang", "Tỉnh ủy Kiên Giang"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang", "kien-giang", "Tỉnh ủy Kiên Giang"),
    ("Tỉnh ủy An Giang", "an-giang", None),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "an-giang", "Tỉnh ủy An Giang"),
    ("UBND tỉnh An Giang", "an-giang", None),
    ("Thành ủy Đà Nẵng", "da-nang", None),
    ("UBND thành phố Đà Nẵng", "da-nang", None),
    ("UBND tỉnh Quảng Nam", "quang-nam", None),
    ("Tỉnh ủy Quảng Ninh", "quang-ninh", None),
    ("Ban Tuyên giáo Tỉnh ủy Quảng Ninh", "quang-ninh", "Tỉnh ủy Quảng Ninh"),
    ("Tỉnh ủy Nghệ An", "nghe-an", None),
    ("Ban Tuyên giáo Tỉnh ủy Nghệ An", "nghe-an", "Tỉnh ủy Nghệ An"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "nghe-an", "Tỉnh ủy Nghệ An"),
    ("UBND tỉnh Yên Bái", "yen-bai", None),
    ("UBND tỉnh Lào Cai", "lao-cai", None),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai", "lao-cai", None),
    ("Thành ủy Hà Nội", "ha-noi", None),
    ("Ban Tuyên giáo Thành ủy Hà Nội", "ha-noi", "Thành ủy Hà Nội"),
    ("Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", "ha-noi", "Thành ủy Hà Nội"),
    ("UBND tỉnh Bình Dương", "binh-duong", None),
    ("UBND Thành phố Hồ Chí Minh", "ho-chi-minh", None),
    ("UBND tỉnh Khánh Hòa", "khanh-hoa", None),
    ("Bộ Tư lệnh Vùng 4 Hải quân", "khanh-hoa", None),
    ("Tỉnh ủy Sóc Trăng", "soc-trang", None),
    ("Thành ủy Cần Thơ", "can-tho", None),
    ("UBND tỉnh Thừa Thiên Huế", "thua-thien-hue", None),
    ("UBND thành phố Huế", "hue", None),
    ("UBND tỉnh Bình Định", "binh-dinh", None),
    ("Tỉnh ủy Gia Lai", "gia-lai", None),
]

# Each official: name, biography, positions as (title, organisation name or None, start, end or None).
# The given names (the last word) are chosen to exercise Vietnamese ordering:
# An < Ánh, Dũng < Đạt < Đăng < Đức (a < ă < â, then tones).
OFFICIALS = [
    {
        "name": "Đặng Trọng Khiêm",
        "biography": "Sinh năm 1968, quê quán Thái Bình. Tiến sĩ Triết học. Nhiều năm công tác trong ngành tuyên giáo, "
                     "từng là Tổng Biên tập một tạp chí lý luận trước khi về Ban Tuyên giáo Trung ương.",
        "positions": [
            ("Ủy viên Trung ương Đảng", None, D(2021, 1, 30), None),
            ("Phó Trưởng ban Thường trực", "Ban Tuyên giáo và Dân vận Trung ương", D(2025, 3, 1), None),
            ("Phó Trưởng ban Thường trực", "Ban Tuyên giáo Trung ương", D(2021, 6, 1), BEFORE_MARCH_2025),
        ],
    },
    {
        "name": "Đỗ Thị Bích Liên",
        "biography": "Sinh năm 1972, quê quán Hải Dương. Thạc sĩ Báo chí học. Phụ trách lĩnh vực thông tin đối ngoại "
                     "và tuyên truyền biển, đảo.",
        "positions": [
            ("Phó Trưởng ban", "Ban Tuyên giáo và Dân vận Trung ương", D(2025, 3, 1), None),
            ("Phó Trưởng ban", "Ban Tuyên giáo Trung ương", D(2020, 9, 15), BEFORE_MARCH_2025),
        ],
    },
    {
        "name": "Vũ Thành Dũng",
        "biography": "Sinh năm 1969, quê quán Kiên Giang. Cử nhân Kinh tế, Cao cấp lý luận chính trị. "
                     "Trưởng thành từ cơ sở, từng là Bí thư Huyện ủy Phú Quốc.",
        "positions": [
            ("Phó Bí thư", "Tỉnh ủy An Giang", MERGER, None),
            ("Bí thư", "Tỉnh ủy Kiên Giang", D(2020, 10, 15), BEFORE_MERGER),
        ],
    },
    {
        "name": "Phạm Công Đăng",
        "biography": "Sinh năm 1974, quê quán An Giang. Tiến sĩ Quản lý kinh tế. Từng là Giám đốc Sở Kế hoạch và Đầu tư.",
        "positions": [
            ("Chủ tịch", "UBND tỉnh An Giang", MERGER, None),
            ("Phó Chủ tịch", "UBND tỉnh An Giang", D(2021, 7, 1), BEFORE_MERGER),
        ],
    },
    {
        "name": "Lê Hữu Đạt",
        "biography": "Sinh năm 1975, quê quán Kiên Giang. Thạc sĩ Xây dựng Đảng và Chính quyền nhà nước.",
        "positions": [
            ("Phó Trưởng ban Thường trực", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", MERGER, None),
            ("Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang", D(2025, 3, 1), BEFORE_MERGER),
            ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Kiên Giang", D(2021, 3, 1), BEFORE_MARCH_2025),
        ],
    },
    {
        "name": "Nguyễn Thụy Ánh",
        "biography": "Sinh năm 1976, quê quán Quảng Nam. Tiến sĩ Văn hóa học. Từng phụ trách khối văn hóa - xã hội "
                     "của tỉnh Quảng Nam.",
        "positions": [
            ("Phó Bí thư Thường trực", "Thành ủy Đà Nẵng", MERGER, None),
            ("Phó Chủ tịch", "UBND tỉnh Quảng Nam", D(2021, 5, 10), BEFORE_MERGER),
        ],
    },
    {
        "name": "Hoàng Kim Đức",
        "biography": "Sinh năm 1971, quê quán Đà Nẵng. Tiến sĩ Kỹ thuật. Gắn bó với các chương trình đô thị thông minh "
                     "và chuyển đổi số của thành phố.",
        "positions": [
            ("Chủ tịch", "UBND thành phố Đà Nẵng", MERGER, None),
            ("Phó Chủ tịch", "UBND thành phố Đà Nẵng", D(2022, 1, 5), BEFORE_MERGER),
        ],
    },
    {
        "name": "Trịnh Khắc Hòa",
        "biography": "Sinh năm 1967, quê quán Quảng Ninh. Cử nhân Luật, Cao cấp lý luận chính trị.",
        "positions": [
            ("Phó Bí thư", "Tỉnh ủy Quảng Ninh", D(2020, 10, 20), None),
            ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh", D(2015, 11, 1), D(2020, 10, 19)),
        ],
    },
    {
        "name": "Lương Hữu An",
        "biography": "Sinh năm 1973, quê quán Nghệ An. Tiến sĩ Lịch sử Đảng. Tác giả nhiều bài viết về di sản "
                     "tư tưởng Hồ Chí Minh trên quê hương Nghệ An.",
        "positions": [
            ("Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", D(2025, 3, 1), None),
            ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An", D(2020, 11, 1), BEFORE_MARCH_2025),
        ],
    },
    {
        "name": "Hà Thị Tuyết Lan",
        "biography": "Sinh năm 1978, người dân tộc Tày, quê quán Yên Bái. Thạc sĩ Quản lý giáo dục.",
        "positions": [
            ("Phó Chủ tịch", "UBND tỉnh Lào Cai", MERGER, None),
            ("Phó Chủ tịch", "UBND tỉnh Yên Bái", D(2021, 6, 1), BEFORE_MERGER),
        ],
    },
    {
        "name": "Bùi Trung Thắng",
        "biography": "Đại tá, sinh năm 1970. Có gần 30 năm công tác tại các đồn biên phòng tuyến biên giới phía Bắc.",
        "positions": [
            ("Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai", D(2023, 8, 1), None),
        ],
    },
    {
        "name": "Ông Thị Ngọc Hân",
        "biography": "Sinh năm 1979, quê quán Hà Nội. Thạc sĩ Chính trị học, từng là phóng viên, biên tập viên báo Đảng.",
        "positions": [
            ("Phó Trưởng ban", "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", D(2025, 3, 1), None),
            ("Phó Trưởng ban", "Ban Tuyên giáo Thành ủy Hà Nội", D(2020, 12, 1), BEFORE_MARCH_2025),
        ],
    },
    {
        "name": "Châu Minh Lộc",
        "biography": "Sinh năm 1975, quê quán Bình Dương. Thạc sĩ Quản trị kinh doanh. Từng phụ trách các khu công nghiệp.",
        "positions": [
            ("Phó Chủ tịch", "UBND Thành phố Hồ Chí Minh", MERGER, None),
            ("Phó Chủ tịch", "UBND tỉnh Bình Dương", D(2021, 7, 1), BEFORE_MERGER),
        ],
    },
    {
        "name": "Lâm Gia Tuấn",
        "biography": "Sinh năm 1977, quê quán Khánh Hòa. Kỹ sư Khai thác thủy sản, từng là Giám đốc Sở Nông nghiệp "
                     "và Phát triển nông thôn.",
        "positions": [
            ("Phó Chủ tịch", "UBND tỉnh Khánh Hòa", D(2022, 3, 1), None),
        ],
    },
    {
        "name": "Kiều Thị Minh Phương",
        "biography": "Sinh năm 1974, quê quán Sóc Trăng. Thạc sĩ Dân tộc học, nhiều năm làm công tác dân vận "
                     "vùng đồng bào Khmer.",
        "positions": [
            ("Phó Bí thư", "Thành ủy Cần Thơ", MERGER, None),
            ("Phó Bí thư", "Tỉnh ủy Sóc Trăng", D(2020, 10, 10), BEFORE_MERGER),
        ],
    },
    {
        "name": "Tôn Nữ Diệu Hiền",
        "biography": "Sinh năm 1976, quê quán Huế. Tiến sĩ Văn hóa học, chuyên gia về di sản cố đô.",
        "positions": [
            ("Phó Chủ tịch", "UBND thành phố Huế", D(2025, 1, 1), None),
            ("Phó Chủ tịch", "UBND tỉnh Thừa Thiên Huế", D(2021, 6, 15), D(2024, 12, 31)),
        ],
    },
    {
        "name": "Đinh Xuân Sơn",
        "biography": "Đại tá, sinh năm 1971. Nhiều năm công tác trên các đảo thuộc quần đảo Trường Sa.",
        "positions": [
            ("Phó Chính ủy", "Bộ Tư lệnh Vùng 4 Hải quân", D(2022, 9, 1), None),
        ],
    },
    {
        "name": "Phan Tấn Nguyên",
        "biography": "Sinh năm 1972, quê quán Bình Định. Thạc sĩ Kinh tế phát triển.",
        "positions": [
            ("Phó Bí thư", "Tỉnh ủy Gia Lai", MERGER, None),
            ("Phó Chủ tịch", "UBND tỉnh Bình Định", D(2021, 6, 20), BEFORE_MERGER),
        ],
    },
]

# Real documents, cited by number as the newsroom would; key is the normalised number.
# (key, kind, title, issuer, year)
DOCUMENTS = [
    ("35-NQ/TW", "Nghị quyết",
     "Nghị quyết số 35-NQ/TW về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm "
     "sai trái, thù địch trong tình hình mới", "Bộ Chính trị", 2018),
    ("36-NQ/TW", "Nghị quyết",
     "Nghị quyết số 36-NQ/TW về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, "
     "tầm nhìn đến năm 2045", "Ban Chấp hành Trung ương", 2018),
    ("18-NQ/TW", "Nghị quyết",
     "Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị "
     "tinh gọn, hoạt động hiệu lực, hiệu quả", "Ban Chấp hành Trung ương", 2017),
    ("57-NQ/TW", "Nghị quyết",
     "Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
     "Bộ Chính trị", 2024),
    ("33-NQ/TW", "Nghị quyết",
     "Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu "
     "phát triển bền vững đất nước", "Ban Chấp hành Trung ương", 2014),
    ("21-KL/TW", "Kết luận",
     "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "Ban Chấp hành Trung ương", 2021),
    ("01-KL/TW", "Kết luận",
     "Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, "
     "đạo đức, phong cách Hồ Chí Minh", "Bộ Chính trị", 2021),
    ("202/2025/QH15", "Nghị quyết",
     "Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh", "Quốc hội", 2025),
    ("759/QĐ-TTg", "Quyết định",
     "Quyết định số 759/QĐ-TTg phê duyệt Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng "
     "mô hình tổ chức chính quyền địa phương 2 cấp", "Thủ tướng Chính phủ", 2025),
]
