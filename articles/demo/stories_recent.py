"""The most recent demo reports. Written for this project; ``when`` counts days before the seed runs
(see ``stories_after``).
"""

STORIES_RECENT = [
    {
        "title": "Nâng cao chất lượng thông tin đối ngoại trong tình hình mới",
        "lead": "Ngày {ngay}, tại Hà Nội, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị tập huấn công tác thông tin "
                "đối ngoại cho cán bộ các bộ, ngành và địa phương.",
        "body": [
            "Hội nghị tập trung vào cách kể câu chuyện Việt Nam bằng ngôn ngữ của bạn bè quốc tế, ứng dụng nền tảng số và "
            "phối hợp với kiều bào trong quảng bá hình ảnh đất nước.",
            "Bà Đỗ Thị Bích Liên, Phó Trưởng ban Tuyên giáo và Dân vận Trung ương, đề nghị các địa phương xây dựng kho dữ "
            "liệu ảnh, video song ngữ về địa phương mình, sẵn sàng cung cấp cho báo chí nước ngoài.",
            "Các học viên đã thực hành viết tin, dựng video ngắn giới thiệu điểm đến, sản phẩm đặc trưng và nhận góp ý "
            "trực tiếp của các chuyên gia truyền thông.",
        ],
        "when": 235,
        "provinces": ["ha-noi"],
        "topics": ["doi-ngoai", "tuyen-truyen-giao-duc"],
        "mentions": [("Đỗ Thị Bích Liên", "Phó Trưởng ban Tuyên giáo và Dân vận Trung ương")],
        "documents": [],
        "photos": [("hall", "Quang cảnh hội nghị tập huấn thông tin đối ngoại.")],
        "byline": "Phương Thảo",
        "source": "Ban Tuyên giáo và Dân vận Trung ương",
    },
    {
        "title": "Gia Lai kết nối cảng biển Quy Nhơn với vùng cao nguyên",
        "lead": "Ngày {ngay}, Tỉnh ủy Gia Lai làm việc với các doanh nghiệp logistics về phương án đưa nông sản cao nguyên "
                "xuất khẩu qua cảng Quy Nhơn.",
        "body": [
            "Sau hợp nhất, Gia Lai có cả vùng cao nguyên rộng lớn và cảng biển nước sâu, mở ra cơ hội rút ngắn quãng đường "
            "vận chuyển cà phê, hồ tiêu, trái cây ra thị trường quốc tế.",
            "Ông Phan Tấn Nguyên, Phó Bí thư Tỉnh ủy Gia Lai, đề nghị các doanh nghiệp đầu tư kho lạnh, trung tâm logistics "
            "dọc tuyến quốc lộ nối hai vùng, tỉnh sẽ hỗ trợ mặt bằng và thủ tục.",
            "Các doanh nghiệp kiến nghị sớm nâng cấp tuyến đường qua đèo An Khê để xe container lưu thông an toàn hơn.",
        ],
        "when": 215,
        "provinces": ["gia-lai"],
        "topics": ["kinh-te"],
        "mentions": [("Phan Tấn Nguyên", "Phó Bí thư Tỉnh ủy Gia Lai")],
        "documents": [],
        "photos": [("port", "Cảng Quy Nhơn."), ("field", "Vùng trồng cà phê trên cao nguyên.")],
        "byline": "Ngọc Diệp",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
    },
    {
        "title": "Cụm cảng Cái Mép - Thị Vải đón tàu container trọng tải lớn",
        "lead": "Ngày {ngay}, cụm cảng Cái Mép - Thị Vải của Thành phố Hồ Chí Minh đón một trong những tàu container lớn nhất "
                "từng cập cảng Việt Nam.",
        "body": [
            "Sự kiện khẳng định năng lực tiếp nhận tàu mẹ đi thẳng các tuyến châu Âu, châu Mỹ mà không phải trung chuyển qua "
            "cảng nước ngoài.",
            "Ông Châu Minh Lộc, Phó Chủ tịch UBND Thành phố Hồ Chí Minh, cho biết thành phố đang đẩy nhanh các dự án giao "
            "thông kết nối cảng với khu công nghiệp, giảm chi phí logistics cho doanh nghiệp.",
            "Sản lượng hàng container qua cụm cảng tiếp tục tăng, góp phần đưa kinh tế biển trở thành trụ cột tăng trưởng "
            "của thành phố.",
        ],
        "when": 190,
        "provinces": ["ho-chi-minh"],
        "topics": ["kinh-te"],
        "mentions": [("Châu Minh Lộc", "Phó Chủ tịch UBND Thành phố Hồ Chí Minh")],
        "documents": [],
        "photos": [("port", "Tàu container cập cụm cảng Cái Mép - Thị Vải.")],
        "byline": "Ngọc Diệp",
        "source": "Văn phòng UBND Thành phố Hồ Chí Minh",
    },
    {
        "title": "Hải trình đến Trường Sa: nơi đầu sóng vẫn vững vàng",
        "lead": "Từ ngày {ngay}, đoàn công tác của Ban Tuyên giáo và Dân vận Trung ương cùng đại diện nhiều tỉnh, thành phố "
                "thăm, tặng quà quân và dân đặc khu Trường Sa và nhà giàn DK1.",
        "body": [
            "Dẫn đầu đoàn, bà Đỗ Thị Bích Liên, Phó Trưởng ban Tuyên giáo và Dân vận Trung ương, gửi lời thăm hỏi của lãnh "
            "đạo Đảng, Nhà nước tới cán bộ, chiến sĩ đang ngày đêm bảo vệ vùng biển thiêng liêng của Tổ quốc.",
            "Đại tá Đinh Xuân Sơn, Phó Chính ủy Vùng 4 Hải quân, báo cáo đời sống vật chất, tinh thần của bộ đội trên đảo "
            "ngày càng được cải thiện; nhiều đảo đã có điện mặt trời, rau xanh và cây bóng mát.",
            "Các thành viên trong đoàn là báo cáo viên, phóng viên sẽ trở về đất liền để kể lại những câu chuyện về Trường "
            "Sa, góp phần lan tỏa ý thức bảo vệ chủ quyền biển, đảo theo tinh thần Nghị quyết số 36-NQ/TW.",
        ],
        "when": 170,
        "provinces": ["khanh-hoa"],
        "topics": ["bien-dao", "quoc-phong-an-ninh"],
        "mentions": [
            ("Đỗ Thị Bích Liên", "Phó Trưởng ban Tuyên giáo và Dân vận Trung ương"),
            ("Đinh Xuân Sơn", "Đại tá, Phó Chính ủy Vùng 4 Hải quân"),
        ],
        "documents": ["36-NQ/TW"],
        "photos": [("sea", "Tàu của đoàn công tác rời quân cảng Cam Ranh."),
                   ("sea", "Vùng biển Trường Sa lúc hoàng hôn."),
                   ("port", "Cầu cảng trên một đảo thuộc đặc khu Trường Sa.")],
        "byline": "Hải Yến",
        "source": "Ban Tuyên giáo và Dân vận Trung ương",
    },
    {
        "title": "Quảng Ninh làm mới sản phẩm du lịch vịnh Hạ Long",
        "lead": "Ngày {ngay}, tỉnh Quảng Ninh công bố các tuyến du lịch mới trên vịnh Hạ Long và vịnh Bái Tử Long, kéo dài "
                "mùa du lịch biển.",
        "body": [
            "Các tuyến mới đưa du khách đến làng chài, hang động ít người biết và khu nuôi trồng ngọc trai, kết hợp chèo "
            "thuyền kayak và tìm hiểu văn hóa cư dân vùng biển.",
            "Tỉnh yêu cầu các doanh nghiệp lữ hành sử dụng tàu đạt chuẩn môi trường, hạn chế rác thải nhựa dùng một lần.",
            "Theo ngành du lịch Quảng Ninh, lượng khách quốc tế đến tỉnh tiếp tục tăng, nhất là từ các thị trường châu Âu "
            "và Đông Bắc Á.",
        ],
        "when": 150,
        "provinces": ["quang-ninh"],
        "topics": ["kinh-te", "van-hoa-xa-hoi"],
        "mentions": [],
        "documents": [],
        "photos": [("sea", "Vịnh Hạ Long buổi sớm.")],
        "byline": "Trung Kiên",
        "source": "Sở Du lịch tỉnh Quảng Ninh",
    },
    {
        "title": "Nghệ An và Xiêng Khoảng mở rộng hợp tác giáo dục, y tế",
        "lead": "Ngày {ngay}, tỉnh Nghệ An đón đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc, ký kết chương "
                "trình hợp tác giai đoạn mới.",
        "body": [
            "Hai tỉnh thống nhất tăng số học bổng cho lưu học sinh Lào theo học tại các trường của Nghệ An, phối hợp khám "
            "chữa bệnh cho nhân dân vùng biên.",
            "Đoàn đại biểu Xiêng Khoảng cảm ơn sự giúp đỡ của Nghệ An trong xây dựng trường học, trạm y tế và đào tạo cán bộ.",
            "Tại buổi làm việc, hai bên cũng trao đổi về quản lý đường biên, cột mốc và phòng, chống buôn bán ma túy qua biên "
            "giới.",
        ],
        "when": 130,
        "provinces": ["nghe-an"],
        "topics": ["doi-ngoai"],
        "mentions": [],
        "documents": [],
        "photos": [("hall", "Lễ ký kết chương trình hợp tác giữa hai tỉnh."),
                   ("border", "Khu vực biên giới Việt Nam - Lào thuộc tỉnh Nghệ An.")],
        "byline": "Minh Châu",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
    },
    {
        "title": "Hà Nội đẩy mạnh tuyên truyền thực hành tiết kiệm, chống lãng phí",
        "lead": "Ngày {ngay}, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội ban hành kế hoạch tuyên truyền về thực hành tiết "
                "kiệm, chống lãng phí trong cơ quan, đơn vị và khu dân cư.",
        "body": [
            "Kế hoạch đề nghị báo chí thủ đô mở chuyên mục phát hiện, biểu dương cách làm hay, đồng thời phản ánh các công "
            "trình chậm tiến độ, trụ sở bỏ trống gây lãng phí.",
            "Bà Ông Thị Ngọc Hân, Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy Hà Nội, cho biết thành phố khuyến khích người "
            "dân phản ánh qua ứng dụng trên điện thoại và cam kết phản hồi trong thời hạn quy định.",
            "Việc tuyên truyền gắn với kiểm tra, giám sát của cấp ủy, bảo đảm phòng, chống lãng phí trở thành ý thức tự giác "
            "của mỗi cán bộ, đảng viên.",
        ],
        "when": 110,
        "provinces": ["ha-noi"],
        "topics": ["phong-chong-tham-nhung", "tuyen-truyen-giao-duc"],
        "mentions": [("Ông Thị Ngọc Hân", "Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy Hà Nội")],
        "documents": [],
        "photos": [("city", "Một góc thủ đô Hà Nội.")],
        "byline": "Phương Thảo",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội",
    },
    {
        "title": "Cần Thơ đưa chuyển đổi số về từng xã, phường",
        "lead": "Ngày {ngay}, Thành ủy Cần Thơ sơ kết việc thực hiện Nghị quyết số 57-NQ/TW, tập trung vào chuyển đổi số ở "
                "cấp cơ sở.",
        "body": [
            "Các xã, phường đã số hóa phần lớn hồ sơ hộ tịch, triển khai thanh toán không dùng tiền mặt tại chợ truyền thống "
            "và trường học.",
            "Bà Kiều Thị Minh Phương, Phó Bí thư Thành ủy Cần Thơ, đề nghị tập trung đào tạo kỹ năng số cho người cao tuổi "
            "và bà con nông thôn, không để ai bị bỏ lại phía sau.",
            "Thành phố sẽ hỗ trợ thiết bị cho tổ công nghệ số cộng đồng và đánh giá mức độ hài lòng của người dân đối với "
            "dịch vụ công trực tuyến theo quý.",
        ],
        "when": 90,
        "provinces": ["can-tho"],
        "topics": ["kinh-te", "xay-dung-chinh-quyen"],
        "mentions": [("Kiều Thị Minh Phương", "Phó Bí thư Thành ủy Cần Thơ")],
        "documents": ["57-NQ/TW"],
        "photos": [("city", "Bến Ninh Kiều, Cần Thơ.")],
        "byline": "Thanh Tùng",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ",
    },
    {
        "title": "Phú Quốc tăng tốc hoàn thiện hạ tầng đón các hội nghị quốc tế",
        "lead": "Ngày {ngay}, Tỉnh ủy An Giang kiểm tra tiến độ các công trình phục vụ hội nghị, sự kiện quốc tế tại đặc khu "
                "Phú Quốc.",
        "body": [
            "Các hạng mục trọng điểm gồm trung tâm hội nghị, mở rộng sân bay, tuyến đường kết nối và hệ thống cấp nước, xử "
            "lý nước thải.",
            "Ông Vũ Thành Dũng, Phó Bí thư Tỉnh ủy An Giang, yêu cầu các chủ đầu tư bảo đảm chất lượng, an toàn lao động, "
            "công khai tiến độ để người dân cùng giám sát.",
            "Tỉnh đồng thời chuẩn bị đội ngũ tình nguyện viên, phiên dịch và chương trình quảng bá văn hóa, ẩm thực của vùng "
            "biển Tây Nam.",
        ],
        "when": 70,
        "provinces": ["an-giang"],
        "topics": ["kinh-te", "doi-ngoai"],
        "mentions": [("Vũ Thành Dũng", "Phó Bí thư Tỉnh ủy An Giang")],
        "documents": [],
        "photos": [("sea", "Bờ biển đặc khu Phú Quốc."), ("city", "Khu đô thị ven biển ở Phú Quốc.")],
        "byline": "Hoài Thương",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang",
    },
    {
        "title": "Tiếng cồng chiêng vang vọng đại ngàn Gia Lai",
        "lead": "Tối {ngay}, tỉnh Gia Lai tổ chức Liên hoan cồng chiêng với sự tham gia của hàng chục đội nghệ nhân đến từ "
                "các xã, phường trong tỉnh.",
        "body": [
            "Các đội đã trình diễn những bài chiêng cổ, điệu xoang và tái hiện nghi lễ mừng lúa mới của đồng bào Jrai, "
            "Bahnar.",
            "Ông Phan Tấn Nguyên, Phó Bí thư Tỉnh ủy Gia Lai, cho biết tỉnh sẽ hỗ trợ các làng mở lớp truyền dạy đánh chiêng "
            "cho thanh thiếu niên, gắn bảo tồn di sản với phát triển du lịch cộng đồng.",
            "Liên hoan là dịp để đồng bào miền núi và miền biển của tỉnh mới giao lưu, hiểu nhau hơn.",
        ],
        "when": 50,
        "provinces": ["gia-lai"],
        "topics": ["van-hoa-xa-hoi"],
        "mentions": [("Phan Tấn Nguyên", "Phó Bí thư Tỉnh ủy Gia Lai")],
        "documents": ["33-NQ/TW"],
        "photos": [("festival", "Đêm liên hoan cồng chiêng.")],
        "byline": "Ngọc Diệp",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
    },
    {
        "title": "Đà Nẵng xúc tiến đầu tư vào khu thương mại tự do",
        "lead": "Ngày {ngay}, UBND thành phố Đà Nẵng tổ chức hội nghị xúc tiến đầu tư, giới thiệu cơ chế ưu đãi và quỹ đất "
                "của khu thương mại tự do gắn với cảng Liên Chiểu.",
        "body": [
            "Hội nghị thu hút đông đảo nhà đầu tư trong và ngoài nước quan tâm đến logistics, sản xuất công nghệ cao và dịch "
            "vụ tài chính.",
            "Ông Hoàng Kim Đức, Chủ tịch UBND thành phố Đà Nẵng, cam kết rút ngắn thời gian giải quyết thủ tục đầu tư, bố "
            "trí cán bộ đồng hành với từng dự án từ khi khảo sát đến khi đi vào hoạt động.",
            "Nhiều biên bản ghi nhớ đầu tư đã được trao tại hội nghị, tập trung vào kho bãi, trung tâm dữ liệu và linh kiện "
            "điện tử.",
        ],
        "when": 30,
        "provinces": ["da-nang"],
        "topics": ["kinh-te"],
        "mentions": [("Hoàng Kim Đức", "Chủ tịch UBND thành phố Đà Nẵng")],
        "documents": [],
        "photos": [("port", "Khu vực cảng Liên Chiểu."), ("city", "Đà Nẵng nhìn từ trên cao.")],
        "byline": "Quốc Việt",
        "source": "Văn phòng UBND thành phố Đà Nẵng",
    },
    {
        "title": "Đưa việc học tập và làm theo Bác đi vào chiều sâu, thành nếp ở cơ sở",
        "lead": "Ngày {ngay}, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị trực tuyến toàn quốc về học tập và làm "
                "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cấp xã sau sắp xếp.",
        "body": [
            "Hội nghị được kết nối đến hàng nghìn điểm cầu xã, phường, đặc khu trên cả nước. Nhiều địa phương chia sẻ mô hình "
            "gắn việc làm theo Bác với giải quyết những việc khó, việc mới ở cơ sở.",
            "Phát biểu chỉ đạo, ông Đặng Trọng Khiêm, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo và "
            "Dân vận Trung ương, đề nghị tiếp tục thực hiện Kết luận số 01-KL/TW, lấy sự hài lòng của người dân làm thước đo.",
            "Hội nghị biểu dương các điển hình tiêu biểu, trong đó có nhiều cán bộ cấp xã tận tụy phục vụ nhân dân sau khi "
            "bộ máy chính quyền hai cấp đi vào vận hành.",
        ],
        "when": 14,
        "provinces": ["ha-noi"],
        "topics": ["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh", "xay-dung-dang"],
        "mentions": [("Đặng Trọng Khiêm",
                      "Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Trung ương")],
        "documents": ["01-KL/TW"],
        "photos": [("hall", "Điểm cầu Trung ương của hội nghị.")],
        "byline": "Phương Thảo",
        "source": "Ban Tuyên giáo và Dân vận Trung ương",
    },
    {
        "title": "Lào Cai phát triển kinh tế cửa khẩu gắn với bảo đảm quốc phòng, an ninh",
        "lead": "Ngày {ngay}, UBND tỉnh Lào Cai làm việc với các lực lượng chức năng tại cửa khẩu quốc tế về giải pháp tăng "
                "năng lực thông quan hàng nông sản.",
        "body": [
            "Lượng xe hàng qua cửa khẩu tăng mạnh vào mùa thu hoạch trái cây; tỉnh đã bố trí thêm bãi chờ và kéo dài thời "
            "gian làm việc của các lực lượng kiểm tra.",
            "Bà Hà Thị Tuyết Lan, Phó Chủ tịch UBND tỉnh Lào Cai, đề nghị đẩy nhanh số hóa tờ khai, kết nối dữ liệu với "
            "phía bạn để giảm thời gian xe nằm chờ.",
            "Đại tá Bùi Trung Thắng, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cho biết lực lượng biên phòng vẫn "
            "giữ nghiêm kiểm soát, phòng ngừa buôn lậu và xuất nhập cảnh trái phép.",
        ],
        "when": 6,
        "provinces": ["lao-cai"],
        "topics": ["kinh-te", "quoc-phong-an-ninh"],
        "mentions": [
            ("Hà Thị Tuyết Lan", "Phó Chủ tịch UBND tỉnh Lào Cai"),
            ("Bùi Trung Thắng", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai"),
        ],
        "documents": [],
        "photos": [("border", "Khu vực cửa khẩu quốc tế Lào Cai."), ("port", "Bãi tập kết hàng hóa xuất khẩu.")],
        "byline": "Đức Anh",
        "source": "Văn phòng UBND tỉnh Lào Cai",
    },
]
