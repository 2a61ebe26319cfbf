"""Demo reports dated before the 1 July 2025 reorganisation, filed under the units of that time.

Written for this project. Dates are fixed because the provinces they name stopped existing;
``{ngay}`` in a text becomes the event day as dd/mm.
"""

import datetime

D = datetime.date

STORIES_BEFORE = [
    {
        "title": "Thừa Thiên Huế sẵn sàng bước vào giai đoạn phát triển mới với vị thế thành phố trực thuộc Trung ương",
        "lead": "Ngày {ngay}, UBND tỉnh Thừa Thiên Huế tổ chức hội nghị triển khai các công việc chuẩn bị để thành phố "
                "Huế chính thức trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025.",
        "body": [
            "Hội nghị có sự tham dự của lãnh đạo các sở, ngành, địa phương và đại diện các tổ chức chính trị - xã hội. "
            "Các đơn vị đã báo cáo tiến độ kiện toàn bộ máy, chuẩn bị con dấu, biển hiệu và hệ thống văn bản hành chính "
            "theo tên gọi mới.",
            "Phát biểu chỉ đạo, bà Tôn Nữ Diệu Hiền, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế, nhấn mạnh đây là dấu mốc "
            "lịch sử, mở ra không gian phát triển mới cho vùng đất cố đô. Các đơn vị cần bảo đảm hoạt động thông suốt, "
            "không để gián đoạn việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp.",
            "Công tác tuyên truyền được xác định là nhiệm vụ trọng tâm. Các cơ quan báo chí, hệ thống thông tin cơ sở "
            "sẽ đồng loạt giới thiệu ý nghĩa của sự kiện, giúp nhân dân hiểu rõ những thay đổi trong giao dịch hành "
            "chính và đời sống hằng ngày.",
            "Theo kế hoạch, chuỗi hoạt động văn hóa, nghệ thuật chào mừng sẽ được tổ chức tại khu vực Kinh thành Huế "
            "và dọc hai bờ sông Hương trong những ngày đầu năm mới.",
        ],
        "when": D(2024, 12, 18),
        "provinces": ["thua-thien-hue"],
        "topics": ["xay-dung-chinh-quyen", "van-hoa-xa-hoi"],
        "mentions": [("Tôn Nữ Diệu Hiền", "Phó Chủ tịch UBND tỉnh Thừa Thiên Huế")],
        "documents": [],
        "photos": [("city", "Một góc đô thị Huế bên dòng sông Hương."),
                   ("festival", "Không khí chuẩn bị đón chào sự kiện tại khu vực Kinh thành Huế.")],
        "byline": "Bảo Ngọc",
        "source": "Văn phòng UBND tỉnh Thừa Thiên Huế",
    },
    {
        "title": "Quảng Ninh siết chặt kỷ luật, kỷ cương, nâng cao hiệu quả kiểm tra, giám sát của Đảng",
        "lead": "Ngày {ngay}, Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật "
                "đảng năm 2024, triển khai nhiệm vụ năm 2025.",
        "body": [
            "Năm 2024, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ tỉnh đã kiểm tra hàng trăm tổ chức đảng và đảng "
            "viên, tập trung vào những lĩnh vực dễ phát sinh sai phạm như quản lý đất đai, đầu tư công, tài chính, "
            "ngân sách. Nhiều vụ việc được phát hiện từ sớm, xử lý kịp thời, không để kéo dài.",
            "Ông Trịnh Khắc Hòa, Phó Bí thư Tỉnh ủy Quảng Ninh, yêu cầu các cấp ủy gắn công tác kiểm tra, giám sát "
            "với việc thực hiện Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; "
            "kiên quyết xử lý những biểu hiện né tránh, đùn đẩy trách nhiệm.",
            "Hội nghị thống nhất tăng cường giám sát thường xuyên, chuyển mạnh từ khắc phục sang phòng ngừa, "
            "đồng thời đẩy mạnh ứng dụng công nghệ thông tin trong quản lý hồ sơ, dữ liệu kiểm tra.",
        ],
        "when": D(2025, 1, 14),
        "provinces": ["quang-ninh"],
        "topics": ["phong-chong-tham-nhung", "xay-dung-dang"],
        "mentions": [("Trịnh Khắc Hòa", "Phó Bí thư Tỉnh ủy Quảng Ninh")],
        "documents": ["21-KL/TW"],
        "photos": [("hall", "Quang cảnh hội nghị tổng kết công tác kiểm tra, giám sát.")],
        "byline": "Trung Kiên",
        "source": "Ban Tuyên giáo Tỉnh ủy Quảng Ninh",
    },
    {
        "title": "Kiên Giang lan tỏa những tấm gương bình dị trong học tập và làm theo Bác",
        "lead": "Ngày {ngay}, Ban Thường vụ Tỉnh ủy Kiên Giang sơ kết việc thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, "
                "biểu dương 45 tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách "
                "Hồ Chí Minh.",
        "body": [
            "Những tấm gương được biểu dương năm nay phần lớn là người lao động ở cơ sở: một ngư dân ở Kiên Hải nhiều "
            "lần cứu nạn trên biển, một cô giáo cắm bản dạy chữ cho trẻ em người Khmer, một tổ tự quản giữ gìn vệ sinh "
            "kênh rạch ở Rạch Giá.",
            "Ông Lê Hữu Đạt, Trưởng ban Tuyên giáo Tỉnh ủy Kiên Giang, cho biết việc học tập và làm theo Bác đã được cụ "
            "thể hóa thành những việc làm thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị; trách nhiệm "
            "nêu gương của người đứng đầu được đề cao.",
            "Dự và phát biểu tại hội nghị, ông Đặng Trọng Khiêm, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực "
            "Ban Tuyên giáo Trung ương, ghi nhận cách làm sáng tạo của tỉnh, đề nghị tiếp tục gắn việc học tập và làm "
            "theo Bác với thực hiện Kết luận số 21-KL/TW, chuẩn bị tốt cho đại hội đảng bộ các cấp.",
            "Dịp này, tỉnh ra mắt chuyên mục điện tử giới thiệu các mô hình hay, cách làm hiệu quả để cán bộ, đảng viên "
            "và nhân dân cùng học tập.",
        ],
        "when": D(2025, 2, 20),
        "provinces": ["kien-giang"],
        "topics": ["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh", "xay-dung-dang"],
        "mentions": [
            ("Lê Hữu Đạt", "Trưởng ban Tuyên giáo Tỉnh ủy Kiên Giang"),
            ("Đặng Trọng Khiêm", "Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương"),
        ],
        "documents": ["01-KL/TW", "21-KL/TW"],
        "photos": [("hall", "Quang cảnh hội nghị sơ kết tại Rạch Giá."),
                   ("hall", "Các tập thể, cá nhân tiêu biểu nhận bằng khen.")],
        "byline": "Hoài Thương",
        "source": "Ban Tuyên giáo Tỉnh ủy Kiên Giang",
    },
    {
        "title": "Đà Nẵng đặt mục tiêu đưa kinh tế số chiếm 25% GRDP",
        "lead": "Ngày {ngay}, UBND thành phố Đà Nẵng ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, "
                "xác định chuyển đổi số là động lực tăng trưởng chính của thành phố trong giai đoạn tới.",
        "body": [
            "Theo kế hoạch, Đà Nẵng sẽ hoàn thiện nền tảng dữ liệu dùng chung, mở rộng hạ tầng mạng thế hệ mới và hỗ "
            "trợ doanh nghiệp khởi nghiệp sáng tạo trong lĩnh vực vi mạch, trí tuệ nhân tạo.",
            "Ông Hoàng Kim Đức, Phó Chủ tịch UBND thành phố Đà Nẵng, cho biết thành phố sẽ ưu tiên các dịch vụ công "
            "trực tuyến toàn trình, giảm thời gian đi lại và chi phí cho người dân. Mỗi sở, ngành phải có ít nhất một "
            "sản phẩm số phục vụ trực tiếp người dân trong năm.",
            "Thành phố cũng dành nguồn lực đào tạo nhân lực công nghệ cao, phối hợp với các trường đại học mở chương "
            "trình thực tập tại doanh nghiệp ngay từ năm thứ hai.",
        ],
        "when": D(2025, 3, 6),
        "provinces": ["da-nang-truoc-2025"],
        "topics": ["kinh-te"],
        "mentions": [("Hoàng Kim Đức", "Phó Chủ tịch UBND thành phố Đà Nẵng")],
        "documents": ["57-NQ/TW"],
        "photos": [("city", "Đà Nẵng về đêm nhìn từ bờ đông sông Hàn.")],
        "byline": "Quốc Việt",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng",
    },
    {
        "title": "Huế khơi dậy giá trị di sản để phát triển du lịch bền vững",
        "lead": "Ngày {ngay}, thành phố Huế tổ chức tọa đàm “Di sản - nguồn lực phát triển”, bàn giải pháp đưa giá trị "
                "văn hóa cố đô trở thành động lực kinh tế.",
        "body": [
            "Các đại biểu cho rằng Huế có lợi thế hiếm có với quần thể di tích cố đô, nhã nhạc cung đình và hệ thống "
            "làng nghề truyền thống, nhưng sản phẩm du lịch còn đơn điệu, thời gian lưu trú của du khách chưa dài.",
            "Bà Tôn Nữ Diệu Hiền, Phó Chủ tịch UBND thành phố Huế, nêu rõ việc bảo tồn phải đi trước một bước; mọi dự án "
            "khai thác di sản cần lấy ý kiến cộng đồng và chuyên gia, tránh thương mại hóa quá mức.",
            "Tọa đàm kiến nghị phát triển du lịch đêm, du lịch trải nghiệm làng nghề và số hóa hiện vật, phù hợp tinh "
            "thần Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam.",
        ],
        "when": D(2025, 3, 14),
        "provinces": ["hue"],
        "topics": ["van-hoa-xa-hoi", "kinh-te"],
        "mentions": [("Tôn Nữ Diệu Hiền", "Phó Chủ tịch UBND thành phố Huế")],
        "documents": ["33-NQ/TW"],
        "photos": [("festival", "Đêm hội đèn lồng tại phố cổ Gia Hội."),
                   ("city", "Bờ sông Hương lên đèn.")],
        "byline": "Bảo Ngọc",
        "source": "Văn phòng UBND thành phố Huế",
    },
    {
        "title": "Bộ đội Biên phòng Lào Cai giữ vững chủ quyền, xây dựng biên giới hòa bình, hữu nghị",
        "lead": "Ngày {ngay}, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai phối hợp với lực lượng chức năng nước bạn tuần tra "
                "song phương đoạn biên giới thuộc khu vực cửa khẩu quốc tế.",
        "body": [
            "Chuyến tuần tra kéo dài hai ngày, đi qua nhiều cột mốc trên địa hình đồi núi hiểm trở. Hai bên đã kiểm tra "
            "hiện trạng mốc giới, trao đổi thông tin về tình hình an ninh, trật tự khu vực biên giới.",
            "Đại tá Bùi Trung Thắng, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai, cho biết đơn vị duy trì "
            "nghiêm chế độ tuần tra, phối hợp chặt chẽ với cấp ủy, chính quyền địa phương trong vận động nhân dân tham "
            "gia tự quản đường biên, cột mốc.",
            "Cũng trong dịp này, hai bên tổ chức giao lưu văn nghệ, thể thao với đồng bào hai bên biên giới, góp phần "
            "vun đắp tình hữu nghị, xây dựng đường biên giới ổn định, hợp tác cùng phát triển.",
        ],
        "when": D(2025, 3, 21),
        "provinces": ["lao-cai-truoc-2025"],
        "topics": ["quoc-phong-an-ninh", "doi-ngoai"],
        "mentions": [("Bùi Trung Thắng", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai")],
        "documents": [],
        "photos": [("border", "Cán bộ, chiến sĩ biên phòng kiểm tra cột mốc."),
                   ("border", "Đường tuần tra biên giới trên địa bàn tỉnh Lào Cai.")],
        "byline": "Đức Anh",
        "source": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai",
    },
    {
        "title": "Đưa thông tin chủ quyền biển, đảo đến với ngư dân huyện đảo Kiên Hải",
        "lead": "Ngày {ngay}, Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang tổ chức tuyên truyền về chủ quyền biển, đảo và "
                "phòng, chống khai thác hải sản bất hợp pháp cho gần 300 ngư dân huyện Kiên Hải.",
        "body": [
            "Tại buổi tuyên truyền, báo cáo viên giới thiệu các quy định về vùng biển Việt Nam, những điểm mới về quản "
            "lý tàu cá, lắp đặt và duy trì thiết bị giám sát hành trình.",
            "Ông Lê Hữu Đạt, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang, đề nghị bà con mỗi người là một cột mốc "
            "sống trên biển, không vi phạm vùng biển nước ngoài, kịp thời báo tin khi phát hiện tàu lạ.",
            "Nhiều ngư dân chia sẻ kinh nghiệm bám biển, đề xuất hỗ trợ chi phí nhiên liệu và đầu tư thêm khu neo đậu "
            "tránh trú bão. Ban tổ chức đã tặng cờ Tổ quốc, tài liệu tuyên truyền và túi thuốc y tế cho các chủ tàu.",
            "Hoạt động nằm trong chương trình thực hiện Nghị quyết số 36-NQ/TW về phát triển bền vững kinh tế biển.",
        ],
        "when": D(2025, 4, 9),
        "provinces": ["kien-giang"],
        "topics": ["bien-dao", "tuyen-truyen-giao-duc"],
        "mentions": [("Lê Hữu Đạt", "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang")],
        "documents": ["36-NQ/TW"],
        "photos": [("sea", "Tàu cá của ngư dân Kiên Hải trước chuyến ra khơi."),
                   ("port", "Khu neo đậu tàu thuyền trên đảo Hòn Tre.")],
        "byline": "Hoài Thương",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang",
    },
    {
        "title": "Sóc Trăng chăm lo cho đồng bào Khmer vui đón Tết Chôl Chnăm Thmây",
        "lead": "Ngày {ngay}, đoàn công tác của Tỉnh ủy Sóc Trăng đến thăm, chúc Tết các chùa Khmer và gia đình chính sách "
                "nhân dịp Tết cổ truyền Chôl Chnăm Thmây.",
        "body": [
            "Tại các điểm đến, đoàn đã trao quà cho sư sãi, achar và hộ nghèo, thăm hỏi tình hình sản xuất, đời sống của "
            "bà con trong mùa khô.",
            "Bà Kiều Thị Minh Phương, Phó Bí thư Tỉnh ủy Sóc Trăng, ghi nhận đóng góp của các vị chức sắc, người có uy tín "
            "trong việc giữ gìn khối đại đoàn kết, vận động đồng bào cho con em đến trường.",
            "Trong những ngày Tết, nhiều hoạt động văn hóa như đua ghe ngo, múa dù kê, hát dân ca Khmer được tổ chức ở "
            "các xã, tạo không khí vui tươi, đầm ấm.",
        ],
        "when": D(2025, 4, 11),
        "provinces": ["soc-trang"],
        "topics": ["van-hoa-xa-hoi"],
        "mentions": [("Kiều Thị Minh Phương", "Phó Bí thư Tỉnh ủy Sóc Trăng")],
        "documents": [],
        "photos": [("festival", "Không khí đón Tết cổ truyền tại một ngôi chùa Khmer.")],
        "byline": "Thanh Tùng",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Sóc Trăng",
    },
    {
        "title": "Nâng cao sức đề kháng trước thông tin xấu độc trên không gian mạng",
        "lead": "Ngày {ngay}, tại Hà Nội, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức hội thảo về bảo vệ nền tảng tư "
                "tưởng của Đảng trong môi trường số.",
        "body": [
            "Hội thảo nhận được hơn 40 tham luận của các nhà khoa học, nhà báo và cán bộ làm công tác tuyên giáo. Nhiều ý "
            "kiến cho rằng cần chuyển từ phản bác đơn thuần sang chủ động lan tỏa thông tin tích cực, có sức thuyết phục.",
            "Bà Đỗ Thị Bích Liên, Phó Trưởng ban Tuyên giáo và Dân vận Trung ương, đề nghị tiếp tục thực hiện hiệu quả "
            "Nghị quyết số 35-NQ/TW, nâng cao chất lượng đội ngũ cộng tác viên dư luận xã hội, phát huy vai trò của "
            "người có ảnh hưởng trên mạng xã hội.",
            "Bà Ông Thị Ngọc Hân, Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy Hà Nội, cho biết thành phố sẽ thí điểm "
            "công cụ theo dõi, phân tích dư luận trực tuyến để phản ứng nhanh hơn trước các thông tin sai lệch.",
        ],
        "when": D(2025, 4, 24),
        "provinces": ["ha-noi"],
        "topics": ["bao-ve-nen-tang-tu-tuong-cua-dang", "xay-dung-dang"],
        "mentions": [
            ("Đỗ Thị Bích Liên", "Phó Trưởng ban Tuyên giáo và Dân vận Trung ương"),
            ("Ông Thị Ngọc Hân", "Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy Hà Nội"),
        ],
        "documents": ["35-NQ/TW"],
        "photos": [("hall", "Các đại biểu dự hội thảo tại Hà Nội.")],
        "byline": "Phương Thảo",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội",
    },
    {
        "title": "Gia Lai nâng giá trị cây cà phê bằng canh tác bền vững",
        "lead": "Ngày {ngay}, Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai tổ chức hội thảo đầu bờ về mô hình cà phê "
                "tái canh, tưới tiết kiệm nước.",
        "body": [
            "Mô hình được triển khai tại nhiều hợp tác xã, giúp giảm khoảng một phần ba lượng nước tưới và phân bón hóa "
            "học, trong khi năng suất vẫn ổn định.",
            "Các doanh nghiệp thu mua cho biết thị trường châu Âu ngày càng đòi hỏi truy xuất nguồn gốc và cam kết không "
            "gây mất rừng; vì vậy, việc ghi chép nhật ký canh tác và cấp mã vùng trồng là điều kiện bắt buộc.",
            "Tỉnh khuyến khích nông dân liên kết theo chuỗi, trồng xen cây ăn quả để tăng thu nhập và che bóng cho vườn "
            "cà phê trong mùa nắng hạn.",
        ],
        "when": D(2025, 5, 7),
        "provinces": ["gia-lai-truoc-2025"],
        "topics": ["kinh-te"],
        "mentions": [],
        "documents": [],
        "photos": [("field", "Vườn cà phê tái canh của một hợp tác xã ở Gia Lai.")],
        "byline": "Ngọc Diệp",
        "source": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai",
    },
    {
        "title": "Lễ hội Làng Sen: nhân dân Nghệ An thành kính tưởng nhớ Chủ tịch Hồ Chí Minh",
        "lead": "Tối {ngay}, tại Khu di tích Kim Liên, tỉnh Nghệ An khai mạc Lễ hội Làng Sen, kỷ niệm 135 năm Ngày sinh "
                "Chủ tịch Hồ Chí Minh.",
        "body": [
            "Chương trình nghệ thuật với chủ đề “Sáng mãi tên Người” tái hiện những dấu mốc trong cuộc đời hoạt động cách "
            "mạng của Bác, xen kẽ những làn điệu dân ca ví, giặm xứ Nghệ.",
            "Ông Lương Hữu An, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An, cho biết lễ hội năm nay có nhiều hoạt động "
            "hướng về cơ sở: hội thi kể chuyện về Bác cho thiếu nhi, triển lãm ảnh tư liệu, chợ quê và các trò chơi dân gian.",
            "Trong những ngày diễn ra lễ hội, hàng chục nghìn lượt người dân và du khách đã về dâng hương, tham quan nhà "
            "thờ họ và ngôi nhà tranh nơi Bác sinh ra và lớn lên.",
        ],
        "when": D(2025, 5, 18),
        "provinces": ["nghe-an"],
        "topics": ["van-hoa-xa-hoi", "hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh"],
        "mentions": [("Lương Hữu An", "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An")],
        "documents": [],
        "photos": [("festival", "Đêm khai mạc Lễ hội Làng Sen."),
                   ("field", "Đầm sen trong mùa hoa ở Kim Liên.")],
        "byline": "Minh Châu",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
    },
    {
        "title": "Kiên Giang, An Giang thống nhất phương án hợp nhất, lấy ý kiến rộng rãi của nhân dân",
        "lead": "Ngày {ngay}, Ban Thường vụ Tỉnh ủy Kiên Giang và An Giang họp liên tịch, thống nhất các nội dung chính của "
                "đề án hợp nhất hai tỉnh theo chủ trương của Trung ương.",
        "body": [
            "Theo phương án, tỉnh mới giữ tên An Giang, trung tâm hành chính - chính trị đặt tại Rạch Giá. Hai tỉnh đã "
            "tổ chức lấy ý kiến cử tri tại tất cả các xã, phường, thị trấn; tỷ lệ đồng thuận đạt rất cao.",
            "Ông Vũ Thành Dũng, Bí thư Tỉnh ủy Kiên Giang, đề nghị làm tốt công tác tư tưởng cho cán bộ, công chức thuộc "
            "diện sắp xếp, bảo đảm công khai, minh bạch trong bố trí nhân sự và sử dụng trụ sở dôi dư.",
            "Ông Phạm Công Đăng, Phó Chủ tịch UBND tỉnh An Giang, cho biết hai tỉnh đã hoàn thành rà soát tài sản công, "
            "hồ sơ lưu trữ và dữ liệu dân cư để sẵn sàng vận hành bộ máy mới.",
            "Việc hợp nhất được triển khai theo Quyết định số 759/QĐ-TTg của Thủ tướng Chính phủ và tinh thần Nghị quyết "
            "số 18-NQ/TW về sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.",
        ],
        "when": D(2025, 5, 22),
        "provinces": ["kien-giang", "an-giang-truoc-2025"],
        "topics": ["xay-dung-chinh-quyen", "tuyen-truyen-giao-duc"],
        "mentions": [
            ("Vũ Thành Dũng", "Bí thư Tỉnh ủy Kiên Giang"),
            ("Phạm Công Đăng", "Phó Chủ tịch UBND tỉnh An Giang"),
        ],
        "documents": ["759/QĐ-TTg", "18-NQ/TW"],
        "photos": [("hall", "Quang cảnh cuộc họp liên tịch giữa hai tỉnh.")],
        "byline": "Hoài Thương - Thanh Tùng",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang",
    },
    {
        "title": "Đoàn công tác thăm, động viên quân và dân huyện đảo Trường Sa",
        "lead": "Từ ngày {ngay}, đoàn công tác của tỉnh Khánh Hòa và Bộ Tư lệnh Vùng 4 Hải quân đến thăm, tặng quà cán bộ, "
                "chiến sĩ và nhân dân trên các đảo thuộc huyện đảo Trường Sa.",
        "body": [
            "Trong hành trình hơn một tuần, đoàn đã đến nhiều đảo nổi, đảo chìm và nhà giàn, dự lễ chào cờ, thăm nhà văn "
            "hóa, trạm khí tượng và điểm trường trên đảo.",
            "Đại tá Đinh Xuân Sơn, Phó Chính ủy Vùng 4 Hải quân, cho biết cán bộ, chiến sĩ luôn vững vàng, sẵn sàng chiến "
            "đấu, đồng thời hỗ trợ ngư dân khi gặp nạn trên biển.",
            "Ông Lâm Gia Tuấn, Phó Chủ tịch UBND tỉnh Khánh Hòa, khẳng định tỉnh sẽ tiếp tục đầu tư hạ tầng điện, nước "
            "ngọt, y tế cho huyện đảo, gắn với thực hiện Nghị quyết số 36-NQ/TW.",
            "Tại vùng biển gần đảo Sinh Tồn, đoàn đã tổ chức lễ tưởng niệm các anh hùng liệt sĩ hy sinh vì chủ quyền biển, "
            "đảo thiêng liêng của Tổ quốc.",
        ],
        "when": D(2025, 6, 4),
        "provinces": ["khanh-hoa-truoc-2025"],
        "topics": ["bien-dao", "quoc-phong-an-ninh"],
        "mentions": [
            ("Đinh Xuân Sơn", "Đại tá, Phó Chính ủy Vùng 4 Hải quân"),
            ("Lâm Gia Tuấn", "Phó Chủ tịch UBND tỉnh Khánh Hòa"),
        ],
        "documents": ["36-NQ/TW"],
        "photos": [("sea", "Tàu chở đoàn công tác trên vùng biển Trường Sa."),
                   ("sea", "Bình minh trên biển trong hành trình đến với Trường Sa."),
                   ("port", "Âu tàu trên đảo, nơi neo trú của ngư dân.")],
        "byline": "Hải Yến",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa",
    },
    {
        "title": "Yên Bái: ruộng bậc thang Mù Cang Chải vào mùa nước đổ",
        "lead": "Những ngày đầu tháng Sáu, các thửa ruộng bậc thang ở Mù Cang Chải đã vào mùa nước đổ, thu hút đông đảo du "
                "khách và người yêu nhiếp ảnh.",
        "body": [
            "Ngày {ngay}, UBND tỉnh Yên Bái tổ chức chương trình “Mùa nước đổ Mù Cang Chải”, kết hợp trải nghiệm cấy lúa, "
            "ẩm thực và trình diễn trang phục của đồng bào Mông.",
            "Bà Hà Thị Tuyết Lan, Phó Chủ tịch UBND tỉnh Yên Bái, cho biết tỉnh khuyến khích người dân làm du lịch cộng "
            "đồng, giữ gìn cảnh quan ruộng bậc thang, không xây dựng tràn lan trong vùng lõi danh thắng.",
            "Nhiều homestay do chính người dân địa phương quản lý đã kín phòng trong dịp cuối tuần, góp phần tăng thu nhập "
            "cho các hộ đồng bào vùng cao.",
        ],
        "when": D(2025, 6, 10),
        "provinces": ["yen-bai"],
        "topics": ["van-hoa-xa-hoi", "kinh-te"],
        "mentions": [("Hà Thị Tuyết Lan", "Phó Chủ tịch UBND tỉnh Yên Bái")],
        "documents": [],
        "photos": [("field", "Ruộng bậc thang Mù Cang Chải mùa nước đổ."),
                   ("field", "Người dân xuống đồng cấy lúa.")],
        "byline": "Đức Anh",
        "source": "Văn phòng UBND tỉnh Yên Bái",
    },
    {
        "title": "Đà Nẵng, Quảng Nam hoàn tất chuẩn bị vận hành chính quyền địa phương hai cấp",
        "lead": "Ngày {ngay}, thành phố Đà Nẵng và tỉnh Quảng Nam tổ chức vận hành thử bộ máy chính quyền cấp xã mới, "
                "chuẩn bị cho việc hợp nhất từ ngày 01/7/2025.",
        "body": [
            "Tại nhiều xã, phường, trung tâm phục vụ hành chính công đã tiếp nhận và giải quyết thử hồ sơ của người dân "
            "trên hệ thống phần mềm dùng chung.",
            "Ông Hoàng Kim Đức, Phó Chủ tịch UBND thành phố Đà Nẵng, yêu cầu các đơn vị rà soát kỹ quy trình, không để "
            "người dân phải đi lại nhiều lần vì thay đổi địa giới.",
            "Bà Nguyễn Thụy Ánh, Phó Chủ tịch UBND tỉnh Quảng Nam, cho biết tỉnh đã bố trí cán bộ có kinh nghiệm về các "
            "xã miền núi, bảo đảm dịch vụ công không bị gián đoạn ở vùng sâu, vùng xa.",
            "Việc sắp xếp thực hiện theo Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.",
        ],
        "when": D(2025, 6, 19),
        "provinces": ["da-nang-truoc-2025", "quang-nam"],
        "topics": ["xay-dung-chinh-quyen"],
        "mentions": [
            ("Hoàng Kim Đức", "Phó Chủ tịch UBND thành phố Đà Nẵng"),
            ("Nguyễn Thụy Ánh", "Phó Chủ tịch UBND tỉnh Quảng Nam"),
        ],
        "documents": ["202/2025/QH15", "759/QĐ-TTg"],
        "photos": [("hall", "Cán bộ trung tâm phục vụ hành chính công hướng dẫn người dân."),
                   ("city", "Trung tâm thành phố Đà Nẵng.")],
        "byline": "Quốc Việt",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng",
    },
    {
        "title": "Bình Dương giữ nhịp sản xuất trước thời điểm hợp nhất vào Thành phố Hồ Chí Minh",
        "lead": "Ngày {ngay}, UBND tỉnh Bình Dương làm việc với các doanh nghiệp khu công nghiệp, bảo đảm hoạt động sản xuất "
                "không bị ảnh hưởng khi tỉnh hợp nhất vào Thành phố Hồ Chí Minh.",
        "body": [
            "Đại diện doanh nghiệp đề nghị giữ ổn định các thủ tục về đất đai, môi trường, lao động trong giai đoạn chuyển "
            "tiếp và công bố sớm đầu mối tiếp nhận hồ sơ.",
            "Ông Châu Minh Lộc, Phó Chủ tịch UBND tỉnh Bình Dương, cam kết các giấy phép đã cấp tiếp tục có hiệu lực; "
            "đường dây nóng hỗ trợ doanh nghiệp được duy trì 24/7 trong tháng đầu vận hành bộ máy mới.",
            "Các doanh nghiệp đánh giá việc hình thành một siêu đô thị với cảng biển, sân bay và khu công nghiệp liền "
            "kề sẽ mở ra nhiều cơ hội về logistics và thu hút đầu tư.",
        ],
        "when": D(2025, 6, 24),
        "provinces": ["binh-duong", "ho-chi-minh-truoc-2025"],
        "topics": ["kinh-te", "xay-dung-chinh-quyen"],
        "mentions": [("Châu Minh Lộc", "Phó Chủ tịch UBND tỉnh Bình Dương")],
        "documents": [],
        "photos": [("port", "Hàng hóa xuất khẩu tại một cảng cạn ở Bình Dương."),
                   ("city", "Khu đô thị mới phía bắc Thành phố Hồ Chí Minh.")],
        "byline": "Ngọc Diệp",
        "source": "Văn phòng UBND tỉnh Bình Dương",
    },
]
