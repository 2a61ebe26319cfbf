"""Demo items the public must never see. Written for this project.

``when`` counts days before the seed runs; a negative number is a day in the future (the scheduled
item, whose publish time is three days after the seed runs). ``status`` "scheduled" means published
with a future publish time.
"""

from articles.models import Status

# Never visible to the public: two drafts, one waiting for a moderator, one scheduled, one withdrawn.
UNPUBLISHED = [
    {
        "status": Status.DRAFT,
        "title": "Hà Nội chuẩn bị Hội thi báo cáo viên giỏi cấp thành phố",
        "lead": "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội đang hoàn thiện thể lệ Hội thi báo cáo viên giỏi.",
        "body": [
            "Hội thi dự kiến gồm hai phần: trình bày chuyên đề và xử lý tình huống dư luận.",
            "Bản nháp đang chờ bổ sung danh sách ban giám khảo và lịch thi các vòng sơ khảo.",
            "Phóng viên cần xác minh lại số lượng đơn vị đăng ký trước khi gửi duyệt.",
        ],
        "when": 1,
        "provinces": ["ha-noi"],
        "topics": ["tuyen-truyen-giao-duc"],
        "mentions": [],
        "documents": [],
        "photos": [],
        "byline": "Phương Thảo",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội",
    },
    {
        "status": Status.DRAFT,
        "title": "Mô hình “Dân vận khéo” ở phường Ninh Kiều",
        "lead": "Phường Ninh Kiều, thành phố Cần Thơ, vận động người dân hiến đất mở rộng hẻm.",
        "body": [
            "Nhiều hộ dân đã tự nguyện lùi hàng rào, hiến đất để mở rộng các tuyến hẻm nhỏ.",
            "Bài đang viết dở, cần thêm ý kiến của người dân và số liệu của phường.",
            "Ảnh sẽ bổ sung sau chuyến đi thực tế.",
        ],
        "when": 2,
        "provinces": ["can-tho"],
        "topics": ["van-hoa-xa-hoi", "xay-dung-chinh-quyen"],
        "mentions": [],
        "documents": [],
        "photos": [("city", "Một tuyến hẻm ở phường Ninh Kiều sau khi mở rộng.")],
        "byline": "Thanh Tùng",
        "source": "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ",
    },
    {
        "status": Status.SUBMITTED,
        "title": "Gia Lai huy động cộng đồng bảo vệ rừng mùa khô",
        "lead": "Ngày {ngay}, tỉnh Gia Lai ra quân tuyên truyền phòng, chống cháy rừng tại các xã có diện tích rừng lớn.",
        "body": [
            "Các tổ bảo vệ rừng cộng đồng được tập huấn kỹ năng phát hiện sớm và dập lửa ban đầu.",
            "Tỉnh khuyến khích người dân nhận khoán bảo vệ rừng, trồng cây bản địa trên đất trống.",
            "Lực lượng kiểm lâm duy trì trực 24/24 giờ tại các điểm có nguy cơ cháy cao.",
        ],
        "when": 3,
        "provinces": ["gia-lai"],
        "topics": ["van-hoa-xa-hoi"],
        "mentions": [("Phan Tấn Nguyên", "Phó Bí thư Tỉnh ủy Gia Lai")],
        "documents": [],
        "photos": [("field", "Rừng trồng tại Gia Lai.")],
        "byline": "Ngọc Diệp",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
    },
    {
        "status": "scheduled",
        "title": "Khánh Hòa khai mạc triển lãm ảnh “Biển, đảo quê hương”",
        "lead": "Ngày {ngay}, tại Nha Trang, tỉnh Khánh Hòa khai mạc triển lãm ảnh nghệ thuật về biển, đảo.",
        "body": [
            "Triển lãm trưng bày hơn 150 bức ảnh của các tác giả chuyên nghiệp và không chuyên.",
            "Nhiều tác phẩm ghi lại cuộc sống của quân và dân trên các đảo, nhà giàn.",
            "Triển lãm mở cửa miễn phí cho người dân và du khách trong một tuần.",
        ],
        "when": -3,
        "provinces": ["khanh-hoa"],
        "topics": ["bien-dao", "van-hoa-xa-hoi"],
        "mentions": [("Lâm Gia Tuấn", "Phó Chủ tịch UBND tỉnh Khánh Hòa")],
        "documents": [],
        "photos": [("sea", "Một tác phẩm trưng bày tại triển lãm.")],
        "byline": "Hải Yến",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa",
    },
    {
        "status": Status.WITHDRAWN,
        "title": "Quảng Ninh thông báo lịch hội chợ thương mại biên giới",
        "lead": "Hội chợ thương mại biên giới dự kiến tổ chức tại khu vực cửa khẩu Móng Cái.",
        "body": [
            "Bài đã được gỡ vì ban tổ chức thay đổi thời gian tổ chức hội chợ.",
            "Tin cập nhật sẽ được đăng khi có thông báo chính thức.",
            "Biên tập viên cần đối chiếu lại văn bản của ban tổ chức trước khi đăng lại.",
        ],
        "when": 20,
        "provinces": ["quang-ninh"],
        "topics": ["kinh-te"],
        "mentions": [],
        "documents": [],
        "photos": [],
        "byline": "Trung Kiên",
        "source": "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh",
    },
]
