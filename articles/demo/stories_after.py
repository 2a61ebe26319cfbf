"""Demo reports from the first months after the 1 July 2025 reorganisation, filed under the new units.

Written for this project. ``when`` is a fixed date for events tied to a day in history, or a number
of days before the seed runs (never earlier than 2 July 2025), so that a fresh demo always has
recent news. ``{ngay}`` becomes the event day as dd/mm and ``{nam}`` its year.
"""

import datetime

D = datetime.date

STORIES_AFTER = [
    {
        "title": "Tỉnh An Giang mới chính thức đi vào hoạt động",
        "lead": "Ngày {ngay}, tại Rạch Giá, tỉnh An Giang tổ chức lễ công bố nghị quyết của Quốc hội về sắp xếp đơn vị hành "
                "chính cấp tỉnh và các quyết định của Trung ương về công tác cán bộ.",
        "body": [
            "Tỉnh An Giang mới được hình thành trên cơ sở hợp nhất tỉnh An Giang và tỉnh Kiên Giang, có đường bờ biển dài, "
            "đường biên giới đất liền với Vương quốc Campuchia và nhiều đảo, trong đó có đặc khu Phú Quốc.",
            "Phát biểu tại buổi lễ, ông Vũ Thành Dũng, Phó Bí thư Tỉnh ủy An Giang, nhấn mạnh yêu cầu đoàn kết, thống "
            "nhất, nhanh chóng ổn định tổ chức để bộ máy mới vận hành thông suốt ngay từ ngày đầu.",
            "Ông Phạm Công Đăng, Chủ tịch UBND tỉnh An Giang, cho biết toàn bộ thủ tục hành chính được tiếp nhận tại trung "
            "tâm phục vụ hành chính công của các xã, phường; người dân có thể nộp hồ sơ trực tuyến mà không phụ thuộc địa "
            "giới hành chính.",
            "Ngay sau buổi lễ, nhiều xã, phường đã treo biển hiệu mới và tiếp nhận những hồ sơ đầu tiên của người dân.",
        ],
        "when": D(2025, 7, 1),
        "provinces": ["an-giang"],
        "topics": ["xay-dung-chinh-quyen"],
        "mentions": [
            ("Vũ Thành Dũng", "Phó Bí thư Tỉnh ủy An Giang"),
            ("Phạm Công Đăng", "Chủ tịch UBND tỉnh An Giang"),
        ],
        "documents": ["202/2025/QH15"],
        "photos": [("hall", "Quang cảnh lễ công bố tại Rạch Giá."),
                   ("city", "Trung tâm hành chính - chính trị tỉnh An Giang tại Rạch Giá.")],
        "byline": "Hoài Thương",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang",
    },
    {
        "title": "Thành phố Đà Nẵng mới: không gian phát triển rộng mở từ biển lên núi",
        "lead": "Ngày {ngay}, thành phố Đà Nẵng mới, được hình thành từ thành phố Đà Nẵng và tỉnh Quảng Nam, chính thức vận "
                "hành bộ máy chính quyền địa phương hai cấp.",
        "body": [
            "Với diện tích tăng gấp nhiều lần, thành phố có đủ không gian để phát triển đồng thời đô thị biển, công nghiệp, "
            "du lịch di sản và kinh tế rừng.",
            "Ông Hoàng Kim Đức, Chủ tịch UBND thành phố Đà Nẵng, cho biết ưu tiên trước mắt là bảo đảm giao dịch của người "
            "dân ở các xã miền núi phía tây không bị gián đoạn, từng bước kết nối hạ tầng giao thông liên vùng.",
            "Bà Nguyễn Thụy Ánh, Phó Bí thư Thường trực Thành ủy Đà Nẵng, đề nghị các cấp ủy nắm chắc tình hình tư tưởng "
            "cán bộ, kịp thời giải quyết kiến nghị, giữ ổn định tổ chức trong giai đoạn chuyển tiếp.",
        ],
        "when": D(2025, 7, 1),
        "provinces": ["da-nang"],
        "topics": ["xay-dung-chinh-quyen", "kinh-te"],
        "mentions": [
            ("Hoàng Kim Đức", "Chủ tịch UBND thành phố Đà Nẵng"),
            ("Nguyễn Thụy Ánh", "Phó Bí thư Thường trực Thành ủy Đà Nẵng"),
        ],
        "documents": ["202/2025/QH15"],
        "photos": [("city", "Thành phố Đà Nẵng lên đèn trong ngày đầu vận hành bộ máy mới.")],
        "byline": "Quốc Việt",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng",
    },
    {
        "title": "Lào Cai đưa dịch vụ công về gần người dân vùng cao",
        "lead": "Hai tuần sau khi vận hành chính quyền hai cấp, các xã vùng cao của tỉnh Lào Cai đã tổ chức tổ công nghệ số "
                "cộng đồng đến tận thôn, bản hướng dẫn người dân làm thủ tục.",
        "body": [
            "Ngày {ngay}, đoàn công tác của UBND tỉnh Lào Cai kiểm tra hoạt động của trung tâm phục vụ hành chính công tại "
            "một số xã thuộc khu vực Mù Cang Chải và Bắc Hà.",
            "Bà Hà Thị Tuyết Lan, Phó Chủ tịch UBND tỉnh Lào Cai, đề nghị các xã bố trí cán bộ biết tiếng dân tộc tại bộ "
            "phận một cửa, ưu tiên giải quyết nhanh hồ sơ của người cao tuổi, người khuyết tật.",
            "Tại nhiều điểm, thanh niên tình nguyện mang máy tính, máy in đến nhà văn hóa thôn để hỗ trợ bà con cài đặt "
            "định danh điện tử và nộp hồ sơ trực tuyến.",
        ],
        "when": D(2025, 7, 16),
        "provinces": ["lao-cai"],
        "topics": ["xay-dung-chinh-quyen", "van-hoa-xa-hoi"],
        "mentions": [("Hà Thị Tuyết Lan", "Phó Chủ tịch UBND tỉnh Lào Cai")],
        "documents": [],
        "photos": [("field", "Một bản vùng cao của tỉnh Lào Cai.")],
        "byline": "Đức Anh",
        "source": "Văn phòng UBND tỉnh Lào Cai",
    },
    {
        "title": "Đại hội điểm Đảng bộ phường Rạch Giá: dân chủ, đoàn kết, đổi mới",
        "lead": "Ngày {ngay}, Đảng bộ phường Rạch Giá tổ chức đại hội điểm nhiệm kỳ 2025 - 2030, rút kinh nghiệm cho đại "
                "hội đảng bộ các xã, phường trong toàn tỉnh An Giang.",
        "body": [
            "Đại hội thảo luận sôi nổi về phát triển kinh tế đô thị biển, chỉnh trang khu dân cư ven kênh và nâng cao chất "
            "lượng sinh hoạt chi bộ khu phố.",
            "Ông Lê Hữu Đạt, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang, cho biết văn kiện đã "
            "được lấy ý kiến rộng rãi của nhân dân qua cả hình thức trực tiếp và trực tuyến.",
            "Ông Vũ Thành Dũng, Phó Bí thư Tỉnh ủy, đề nghị đảng bộ phường tiếp tục thực hiện Kết luận số 21-KL/TW, chú "
            "trọng kết nạp đảng viên trẻ, đảng viên trong doanh nghiệp tư nhân.",
            "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới và đoàn đại biểu dự đại hội Đảng bộ tỉnh.",
        ],
        "when": D(2025, 7, 29),
        "provinces": ["an-giang"],
        "topics": ["xay-dung-dang"],
        "mentions": [
            ("Lê Hữu Đạt", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"),
            ("Vũ Thành Dũng", "Phó Bí thư Tỉnh ủy An Giang"),
        ],
        "documents": ["21-KL/TW"],
        "photos": [("hall", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.")],
        "byline": "Thanh Tùng",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang",
    },
    {
        "title": "Thành phố Hồ Chí Minh rực rỡ cờ hoa mừng 80 năm Quốc khánh",
        "lead": "Những ngày cuối tháng Tám, đường phố Thành phố Hồ Chí Minh rợp cờ đỏ sao vàng, pa-nô và hoa tươi chào mừng "
                "80 năm Cách mạng Tháng Tám thành công và Quốc khánh 2/9.",
        "body": [
            "Ngày {ngay}, ông Châu Minh Lộc, Phó Chủ tịch UBND Thành phố Hồ Chí Minh, kiểm tra công tác trang trí, tuyên "
            "truyền trực quan tại các tuyến đường trung tâm và khu vực Bình Dương, Bà Rịa - Vũng Tàu trước đây.",
            "Thành phố bố trí nhiều điểm màn hình lớn, triển lãm ảnh ngoài trời về hành trình 80 năm của đất nước; các "
            "phường tổ chức hội thi văn nghệ, thể thao và thắp nến tri ân.",
            "Ông Châu Minh Lộc đề nghị các đơn vị bảo đảm an toàn giao thông, vệ sinh môi trường, để người dân và du khách "
            "có những ngày lễ vui tươi, an toàn.",
        ],
        "when": D(2025, 8, 29),
        "provinces": ["ho-chi-minh"],
        "topics": ["tuyen-truyen-giao-duc", "van-hoa-xa-hoi"],
        "mentions": [("Châu Minh Lộc", "Phó Chủ tịch UBND Thành phố Hồ Chí Minh")],
        "documents": [],
        "photos": [("city", "Trung tâm Thành phố Hồ Chí Minh trong những ngày lễ."),
                   ("festival", "Đèn, cờ trang trí trên một tuyến phố đi bộ.")],
        "byline": "Phương Thảo",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Thành phố Hồ Chí Minh",
    },
    {
        "title": "Khánh Hòa quyết liệt chống khai thác hải sản bất hợp pháp",
        "lead": "Ngày {ngay}, UBND tỉnh Khánh Hòa ra quân cao điểm tuyên truyền, kiểm soát tàu cá ra vào cảng, không để "
                "tàu cá của tỉnh vi phạm vùng biển nước ngoài.",
        "body": [
            "Các tổ công tác liên ngành đã kiểm tra thiết bị giám sát hành trình, nhật ký khai thác và giấy phép của hàng "
            "trăm tàu cá tại các cảng Hòn Rớ, Cà Ná và Đá Bạc.",
            "Ông Lâm Gia Tuấn, Phó Chủ tịch UBND tỉnh Khánh Hòa, yêu cầu xử lý nghiêm những trường hợp ngắt kết nối thiết "
            "bị giám sát, đồng thời hỗ trợ ngư dân chuyển đổi nghề, nuôi biển công nghệ cao.",
            "Tỉnh đã phát hàng nghìn tờ rơi song ngữ Việt - Anh về quy định khai thác hợp pháp, phát sóng bản tin chuyên "
            "đề trên hệ thống loa truyền thanh các xã ven biển.",
        ],
        "when": 420,
        "provinces": ["khanh-hoa"],
        "topics": ["bien-dao", "kinh-te"],
        "mentions": [("Lâm Gia Tuấn", "Phó Chủ tịch UBND tỉnh Khánh Hòa")],
        "documents": ["36-NQ/TW"],
        "photos": [("port", "Tàu cá neo đậu tại cảng cá Hòn Rớ."),
                   ("sea", "Ngư dân Khánh Hòa ra khơi.")],
        "byline": "Hải Yến",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa",
    },
    {
        "title": "Quảng Ninh vun đắp tình hữu nghị nơi cửa khẩu Móng Cái",
        "lead": "Ngày {ngay}, tại khu vực cửa khẩu Móng Cái, tỉnh Quảng Ninh và chính quyền địa phương phía bên kia biên giới tổ chức "
                "chương trình giao lưu hữu nghị nhân dân hai bên biên giới.",
        "body": [
            "Chương trình gồm hội chợ thương mại, giao lưu văn nghệ, thi đấu thể thao và khám bệnh miễn phí cho cư dân khu "
            "vực biên giới.",
            "Ông Trịnh Khắc Hòa, Phó Bí thư Tỉnh ủy Quảng Ninh, khẳng định tỉnh coi trọng việc giữ gìn đường biên giới hòa "
            "bình, ổn định, tạo thuận lợi cho giao thương và du lịch qua cửa khẩu.",
            "Hai bên đã ký biên bản ghi nhớ về phối hợp quản lý cửa khẩu thông minh, rút ngắn thời gian thông quan cho "
            "hàng nông sản.",
        ],
        "when": 395,
        "provinces": ["quang-ninh"],
        "topics": ["doi-ngoai", "quoc-phong-an-ninh"],
        "mentions": [("Trịnh Khắc Hòa", "Phó Bí thư Tỉnh ủy Quảng Ninh")],
        "documents": [],
        "photos": [("border", "Khu vực cửa khẩu quốc tế Móng Cái."),
                   ("hall", "Lễ ký biên bản ghi nhớ hợp tác.")],
        "byline": "Trung Kiên",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh",
    },
    {
        "title": "Nghệ An bồi dưỡng kỹ năng cho đội ngũ báo cáo viên cấp xã",
        "lead": "Ngày {ngay}, Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An mở lớp bồi dưỡng nghiệp vụ cho hơn 500 báo cáo viên, "
                "tuyên truyền viên của các xã, phường sau sắp xếp.",
        "body": [
            "Học viên được trang bị kỹ năng nói chuyện thời sự, sử dụng mạng xã hội để định hướng thông tin và nhận diện "
            "các luận điệu xuyên tạc.",
            "Ông Lương Hữu An, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An, nhấn mạnh báo cáo viên cấp xã là lực lượng "
            "gần dân nhất, cần nắm chắc tâm tư của người dân để phản ánh kịp thời lên cấp ủy.",
            "Lớp học là một trong những hoạt động cụ thể hóa Nghị quyết số 35-NQ/TW của Bộ Chính trị trên địa bàn tỉnh.",
        ],
        "when": 370,
        "provinces": ["nghe-an"],
        "topics": ["tuyen-truyen-giao-duc", "bao-ve-nen-tang-tu-tuong-cua-dang"],
        "mentions": [("Lương Hữu An", "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An")],
        "documents": ["35-NQ/TW"],
        "photos": [("hall", "Học viên tham gia lớp bồi dưỡng tại Vinh.")],
        "byline": "Minh Châu",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
    },
    {
        "title": "Cần Thơ mở rộng vùng lúa chất lượng cao, phát thải thấp",
        "lead": "Ngày {ngay}, Thành ủy Cần Thơ tổ chức hội nghị đánh giá kết quả thực hiện Đề án một triệu héc-ta lúa chất "
                "lượng cao, phát thải thấp trên địa bàn.",
        "body": [
            "Các mô hình thí điểm cho thấy lượng giống gieo sạ giảm gần một nửa, chi phí phân bón và thuốc bảo vệ thực vật "
            "giảm rõ rệt, trong khi lợi nhuận của nông dân tăng.",
            "Bà Kiều Thị Minh Phương, Phó Bí thư Thành ủy Cần Thơ, đề nghị các xã phát huy vai trò hợp tác xã, liên kết với "
            "doanh nghiệp bao tiêu để nông dân yên tâm sản xuất theo quy trình mới.",
            "Thành phố sẽ mở rộng diện tích canh tác theo đề án ra các xã thuộc Hậu Giang và Sóc Trăng trước đây, đồng "
            "thời xây dựng hệ thống đo đạc, báo cáo lượng phát thải.",
        ],
        "when": 345,
        "provinces": ["can-tho"],
        "topics": ["kinh-te"],
        "mentions": [("Kiều Thị Minh Phương", "Phó Bí thư Thành ủy Cần Thơ")],
        "documents": [],
        "photos": [("field", "Cánh đồng lúa chất lượng cao ở Cần Thơ."),
                   ("field", "Nông dân thăm đồng trước vụ thu hoạch.")],
        "byline": "Thanh Tùng",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ",
    },
    {
        "title": "Đà Nẵng đưa triển lãm về Hoàng Sa đến trường học",
        "lead": "Ngày {ngay}, Thành ủy Đà Nẵng phát động chương trình triển lãm lưu động về chủ quyền biển, đảo dành cho học "
                "sinh các trường trung học trên địa bàn.",
        "body": [
            "Triển lãm giới thiệu bản đồ, tư liệu, hiện vật khẳng định chủ quyền của Việt Nam đối với quần đảo Hoàng Sa, "
            "cùng những câu chuyện về các thế hệ ngư dân bám biển.",
            "Bà Nguyễn Thụy Ánh, Phó Bí thư Thường trực Thành ủy Đà Nẵng, mong muốn mỗi học sinh sau khi tham quan sẽ trở "
            "thành một tuyên truyền viên nhỏ về tình yêu biển, đảo quê hương.",
            "Trong năm học, triển lãm sẽ đến với hàng chục trường, kết hợp cuộc thi vẽ tranh và viết cảm nhận về biển, đảo.",
        ],
        "when": 320,
        "provinces": ["da-nang"],
        "topics": ["bien-dao", "tuyen-truyen-giao-duc"],
        "mentions": [("Nguyễn Thụy Ánh", "Phó Bí thư Thường trực Thành ủy Đà Nẵng")],
        "documents": [],
        "photos": [("sea", "Biển Đà Nẵng nhìn từ bán đảo Sơn Trà.")],
        "byline": "Quốc Việt",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng",
    },
    {
        "title": "Huế rộn ràng đêm hội văn hóa bên dòng Hương",
        "lead": "Tối {ngay}, thành phố Huế khai mạc chuỗi sự kiện văn hóa - du lịch với chương trình nghệ thuật bên bờ "
                "sông Hương.",
        "body": [
            "Hàng nghìn người dân và du khách đã thả đèn hoa đăng, thưởng thức ca Huế trên thuyền và tham quan không gian "
            "trình diễn áo dài.",
            "Bà Tôn Nữ Diệu Hiền, Phó Chủ tịch UBND thành phố Huế, cho biết thành phố hướng tới tổ chức các sự kiện quanh "
            "năm, để du khách đến Huế mùa nào cũng có trải nghiệm đặc sắc.",
            "Ban tổ chức đã bố trí bãi đỗ xe, xe đưa đón miễn phí và lực lượng tình nguyện viên hỗ trợ du khách.",
        ],
        "when": 300,
        "provinces": ["hue"],
        "topics": ["van-hoa-xa-hoi"],
        "mentions": [("Tôn Nữ Diệu Hiền", "Phó Chủ tịch UBND thành phố Huế")],
        "documents": [],
        "photos": [("festival", "Đèn hoa đăng trên sông Hương."),
                   ("city", "Cầu Trường Tiền lên đèn.")],
        "byline": "Bảo Ngọc",
        "source": "Văn phòng UBND thành phố Huế",
    },
    {
        "title": "Bộ đội Biên phòng Lào Cai tiếp sức học sinh vùng biên đến trường",
        "lead": "Ngày {ngay}, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai trao học bổng, xe đạp và sách vở cho học sinh có hoàn "
                "cảnh khó khăn ở các xã biên giới.",
        "body": [
            "Hiện các đồn biên phòng đang nhận đỡ đầu nhiều học sinh theo chương trình “Nâng bước em tới trường”, hỗ trợ "
            "hằng tháng cho đến khi các em học hết lớp 12.",
            "Đại tá Bùi Trung Thắng, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai, cho biết mỗi cán bộ, chiến "
            "sĩ là một thầy giáo, một người anh của các em nơi vùng biên.",
            "Nhiều học sinh được đỡ đầu những năm trước nay đã đỗ đại học, trở về công tác tại chính quê hương.",
        ],
        "when": 280,
        "provinces": ["lao-cai"],
        "topics": ["quoc-phong-an-ninh", "van-hoa-xa-hoi"],
        "mentions": [("Bùi Trung Thắng", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai")],
        "documents": [],
        "photos": [("border", "Điểm trường vùng biên của tỉnh Lào Cai.")],
        "byline": "Đức Anh",
        "source": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai",
    },
    {
        "title": "An Giang tăng cường giao lưu hữu nghị với các tỉnh giáp biên của Campuchia",
        "lead": "Ngày {ngay}, tỉnh An Giang tổ chức hội nghị gặp gỡ, trao đổi hợp tác với lãnh đạo các tỉnh giáp biên của "
                "Vương quốc Campuchia.",
        "body": [
            "Hai bên đánh giá cao sự phối hợp trong phân giới, cắm mốc, quản lý biên giới và phòng, chống tội phạm xuyên "
            "biên giới trong thời gian qua.",
            "Ông Phạm Công Đăng, Chủ tịch UBND tỉnh An Giang, đề nghị tiếp tục tạo thuận lợi cho thương mại qua các cửa "
            "khẩu, mở rộng hợp tác trong y tế, giáo dục và du lịch.",
            "Dịp này, tỉnh trao tặng phía bạn trang thiết bị y tế và học bổng cho sinh viên sang học tập tại An Giang.",
        ],
        "when": 255,
        "provinces": ["an-giang"],
        "topics": ["doi-ngoai", "quoc-phong-an-ninh"],
        "mentions": [("Phạm Công Đăng", "Chủ tịch UBND tỉnh An Giang")],
        "documents": [],
        "photos": [("border", "Khu vực biên giới An Giang."),
                   ("hall", "Quang cảnh hội nghị gặp gỡ, trao đổi hợp tác.")],
        "byline": "Hoài Thương",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang",
    },
]
