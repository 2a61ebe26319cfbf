"""A corpus of Vietnamese articles for search tests, written for them (not copied from anywhere).

Each entry: key, title, lead, body, publish day, provinces, topics, documents linked. Several articles are
there to be *missed*: "Kiên quyết … Hậu Giang" (both words of "kien giang", not as a phrase), "121-KL/TW"
and "1439/QĐ-TTg" (numbers that contain the searched one), a draft and a scheduled article.
"""

import datetime

from django.utils import timezone

from articles.models import Status
from tests.factories import make_article, make_document, make_official


def day(year, month, date, hour=8):
    return timezone.make_aware(datetime.datetime(year, month, date, hour))


ARTICLES = [
    # --- Kiên Giang in the title, the lead, the body; and a near miss.
    dict(key="kg_cds", title="Kiên Giang đẩy mạnh chuyển đổi số trong cơ quan Đảng",
         lead="Các cơ quan tham mưu của Tỉnh ủy đưa phần mềm quản lý văn bản vào sử dụng từ đầu năm.",
         body="<p>Việc số hóa hồ sơ giúp rút ngắn thời gian xử lý công việc.</p>",
         when=day(2025, 3, 5), provinces=["kien-giang"], topics=["kinh-te"]),
    dict(key="kg_tongket", title="Kiên Giang tổng kết công tác xây dựng Đảng năm 2024",
         lead="Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết với sự tham dự của lãnh đạo các huyện.",
         body="<p>Đảng bộ tỉnh Kiên Giang hoàn thành các chỉ tiêu đề ra.</p>"
              "<p>Hội nghị quán triệt việc thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.</p>",
         when=day(2024, 12, 20), provinces=["kien-giang"], topics=["xay-dung-dang"]),
    dict(key="kg_baocaovien", title="Hội nghị báo cáo viên tháng 11",
         lead="Ban Tuyên giáo Tỉnh ủy Kiên Giang tổ chức hội nghị báo cáo viên định kỳ.",
         body="<p>Các báo cáo viên được thông tin về tình hình thời sự trong nước và quốc tế.</p>",
         when=day(2024, 11, 16), provinces=["kien-giang"], topics=["tuyen-truyen-giao-duc"]),
    dict(key="ag_haicap", title="An Giang vận hành chính quyền địa phương hai cấp",
         lead="Sau ngày 1/7/2025, tỉnh mới bắt đầu vận hành bộ máy theo mô hình mới.",
         body="<p>Địa bàn tỉnh An Giang hiện nay gồm cả tỉnh Kiên Giang cũ.</p>",
         when=day(2025, 9, 15), provinces=["an-giang"], topics=["xay-dung-chinh-quyen"]),
    dict(key="ngudan", title="Ngư dân vươn khơi bám biển",
         lead="Nhiều tàu cá ra khơi dài ngày, góp phần bảo vệ chủ quyền biển đảo.",
         body="<p>Tại vùng biển Kiên Giang, lực lượng chức năng hỗ trợ ngư dân trú tránh gió mùa.</p>",
         when=day(2024, 10, 1), provinces=["kien-giang"], topics=["bien-dao"]),
    dict(key="kienquyet", title="Kiên quyết xử lý vi phạm đất đai ở Hậu Giang",
         lead="Các trường hợp lấn chiếm đất công được yêu cầu khắc phục trong tháng.",
         body="<p>Ủy ban nhân dân tỉnh chỉ đạo rà soát toàn bộ hồ sơ cấp phép.</p>",
         when=day(2025, 1, 10), provinces=["hau-giang"], topics=["phong-chong-tham-nhung"]),
    # --- "Đảng bộ", and the known false hit "đang bỏ".
    dict(key="gl_daihoi", title="Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I",
         lead="Đại hội bầu Ban Chấp hành nhiệm kỳ 2025-2030.",
         body="<p>Các đại biểu thảo luận văn kiện và phương hướng phát triển.</p>",
         when=day(2025, 10, 10), provinces=["gia-lai"], topics=["xay-dung-dang"]),
    dict(key="tanhiep", title="Xã Tân Hiệp tổ chức đại hội điểm",
         lead="Đảng bộ xã Tân Hiệp là đơn vị đầu tiên trong tỉnh tổ chức đại hội nhiệm kỳ mới.",
         body="<p>Đại hội diễn ra trang trọng, đúng quy định.</p>",
         when=day(2025, 7, 20), provinces=["an-giang"], topics=["xay-dung-dang"]),
    dict(key="bophieu", title="Người dân đang bỏ phiếu bầu trưởng ấp",
         lead="Cuộc bầu cử diễn ra dân chủ tại nhà văn hóa ấp.",
         body="<p>Tỷ lệ cử tri tham gia đạt cao.</p>",
         when=day(2024, 6, 2), provinces=["vinh-long"], topics=["xay-dung-chinh-quyen"]),
    # --- "xây dựng Đảng" in title, lead, body.
    dict(key="xdd_coso", title="Xây dựng Đảng và hệ thống chính trị ở cơ sở",
         lead="Chi bộ thôn là hạt nhân lãnh đạo ở địa bàn dân cư.",
         body="<p>Nhiều mô hình hay được nhân rộng.</p>",
         when=day(2023, 5, 1), provinces=["nghe-an"], topics=["xay-dung-dang"]),
    dict(key="chibo", title="Nâng cao chất lượng sinh hoạt chi bộ",
         lead="Sinh hoạt chuyên đề góp phần xây dựng Đảng trong sạch, vững mạnh.",
         body="<p>Các chi bộ chọn chuyên đề sát với thực tiễn.</p>",
         when=day(2025, 4, 10), provinces=["ha-tinh"], topics=["xay-dung-dang"]),
    dict(key="nq35", title="Bảo vệ nền tảng tư tưởng của Đảng theo Nghị quyết 35-NQ/TW",
         lead="Lực lượng tham gia đấu tranh trên không gian mạng được củng cố.",
         body="<p>Đây là nhiệm vụ quan trọng của công tác xây dựng Đảng về tư tưởng.</p>",
         when=day(2025, 2, 14), provinces=["ha-noi"], topics=["bao-ve-nen-tang-tu-tuong-cua-dang"]),
    dict(key="bvnt", title="Phản bác luận điệu sai trái trên mạng xã hội",
         lead="Các bài viết phản bác được lan tỏa rộng rãi.",
         body="<p>Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị, tỉnh thành lập tổ thông tin.</p>",
         when=day(2023, 10, 25), provinces=["thanh-hoa"], topics=["bao-ve-nen-tang-tu-tuong-cua-dang"]),
    # --- Document numbers: exact, linked only, stray space, and numbers that merely contain the one searched.
    dict(key="kl21", title="Học tập Kết luận 21-KL/TW về chỉnh đốn Đảng",
         lead="Cán bộ chủ chốt dự lớp học tập chuyên đề.",
         body="<p>Lớp học kéo dài hai ngày.</p>",
         when=day(2024, 9, 1), provinces=["can-tho"], topics=["xay-dung-dang"]),
    dict(key="kl21_linked", title="Sơ kết ba năm thực hiện kết luận của Trung ương",
         lead="Tỉnh ủy đánh giá kết quả thực hiện Kết luận số 21 của Trung ương.",
         body="<p>Nhiều khuyết điểm được khắc phục.</p>",
         when=day(2024, 8, 15), provinces=["hue"], topics=["xay-dung-dang"], documents=["21-KL/TW"]),
    dict(key="kl121", title="Triển khai văn bản mới của Trung ương",
         lead="Hội nghị phổ biến các văn bản vừa ban hành.",
         body="<p>Trong đó có Kết luận 121-KL/TW và Chỉ thị 21-CT/TU của Thành ủy.</p>",
         when=day(2025, 1, 20), provinces=["ho-chi-minh"], topics=["tuyen-truyen-giao-duc"]),
    dict(key="hcm_title", title="Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Kết luận 01-KL/TW",
         lead="Nhiều tập thể, cá nhân được biểu dương.",
         body="<p>Các điển hình được giới thiệu trên báo chí.</p>",
         when=day(2025, 5, 19), provinces=["nghe-an"], topics=["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh"]),
    dict(key="hcm_stray", title="Ba năm làm theo Bác ở vùng cao",
         lead="Các bản làng thay đổi nhờ phong trào thi đua.",
         body="<p>Thực hiện Kết luận số 01- KL/TW ngày 18/5/2021 của Bộ Chính trị.</p>",
         when=day(2024, 5, 19), provinces=["lao-cai"], topics=["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh"]),
    dict(key="qd439", title="Phê duyệt đề án phát triển du lịch cộng đồng",
         lead="Đề án hướng tới gìn giữ bản sắc văn hóa các dân tộc.",
         body="<p>Theo Quyết định 439/QĐ-TTg của Thủ tướng Chính phủ, nguồn lực được ưu tiên cho vùng sâu.</p>",
         when=day(2025, 6, 10), provinces=["lai-chau"], topics=["van-hoa-xa-hoi"]),
    dict(key="qd1439", title="Hỗ trợ hợp tác xã nông nghiệp",
         lead="Các hợp tác xã được vay vốn ưu đãi.",
         body="<p>Căn cứ Quyết định 1439/QĐ-TTg, tỉnh hỗ trợ giống và vật tư.</p>",
         when=day(2025, 6, 11), provinces=["son-la"], topics=["kinh-te"]),
    # --- Officials named in the text.
    dict(key="toanquoc", title="Hội nghị toàn quốc quán triệt nghị quyết",
         lead="Hội nghị được tổ chức theo hình thức trực tuyến đến các điểm cầu.",
         body="<p>Đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo "
              "Trung ương phát biểu chỉ đạo.</p>",
         when=day(2024, 3, 1), provinces=["ha-noi"], topics=["tuyen-truyen-giao-duc"]),
    dict(key="ducthanhhoa", title="Lãnh đạo tỉnh thăm các gia đình chính sách",
         lead="Đồng chí Đỗ Văn Đức trao quà tặng các gia đình.",
         body="<p>Đoàn công tác cũng thăm trung tâm điều dưỡng thương binh.</p>",
         when=day(2024, 7, 27), provinces=["quang-tri"], topics=["van-hoa-xa-hoi"]),
    # --- Punctuation inside a phrase, tone-mark placement, other places.
    dict(key="bd_hocsinh", title="Tuyên truyền chủ quyền biển, đảo cho học sinh",
         lead="Cuộc thi tìm hiểu thu hút hàng nghìn học sinh tham gia.",
         body="<p>Ban tổ chức trao giải cho các bài dự thi xuất sắc.</p>",
         when=day(2025, 6, 8), provinces=["khanh-hoa"], topics=["bien-dao"]),
    dict(key="th_hoa", title="Thanh Hóa thu hút đầu tư vào khu kinh tế Nghi Sơn",
         lead="Nhiều dự án lớn được cấp phép trong quý.",
         body="<p>Hạ tầng giao thông được đầu tư đồng bộ.</p>",
         when=day(2025, 1, 5), provinces=["thanh-hoa"], topics=["kinh-te"]),
    dict(key="th_hoa_old", title="Thanh Hoá phát triển cây trồng chủ lực",
         lead="Nông dân chuyển đổi sang giống lúa chất lượng cao.",
         body="<p>Sản lượng tăng so với cùng kỳ.</p>",
         when=day(2024, 7, 7), provinces=["thanh-hoa"], topics=["kinh-te"]),
    dict(key="dn_cds", title="Đà Nẵng dẫn đầu chỉ số sẵn sàng cho phát triển công nghệ",
         lead="Thành phố đặt mục tiêu hoàn thành chuyển đổi số trong các dịch vụ công.",
         body="<p>Người dân có thể nộp hồ sơ trực tuyến mọi lúc.</p>",
         when=day(2025, 8, 22), provinces=["da-nang"], topics=["kinh-te"]),
    dict(key="hn_giaothong", title="Hà Nội mở rộng tuyến đường sắt đô thị",
         lead="Dự án dự kiến hoàn thành vào năm 2030.",
         body="<p>Nhà thầu đẩy nhanh tiến độ thi công các nhà ga ngầm.</p>",
         when=day(2025, 2, 2), provinces=["ha-noi"], topics=["kinh-te"]),
    # --- Escaping: markup typed as text.
    dict(key="tingia", title="Chống tin giả <b>trên mạng</b> & mạng xã hội",
         lead="Cơ quan báo chí tăng cường kiểm chứng thông tin.",
         body="<p>Người đọc được khuyến nghị kiểm tra nguồn tin trước khi chia sẻ.</p>",
         when=day(2025, 3, 15), provinces=["ho-chi-minh"], topics=["tuyen-truyen-giao-duc"]),
    # --- Every word of "xây dựng Đảng Kiên Giang" present, none as that phrase.
    dict(key="ykien", title="Lấy ý kiến góp ý dự thảo văn kiện",
         lead="Giảng viên trường chính trị tham gia góp ý xây dựng văn kiện.",
         body="<p>Nhiều ý kiến tâm huyết gửi đến Ban Chấp hành Đảng bộ.</p>",
         when=day(2025, 9, 1), provinces=["dong-thap"], topics=["xay-dung-dang"]),
    # --- Unrelated coverage: must not turn up.
    dict(key="lehoi", title="Lễ hội đua ghe ngo thu hút du khách",
         lead="Hàng chục đội ghe tranh tài trên sông.",
         body="<p>Lễ hội là nét văn hóa đặc sắc của đồng bào Khmer.</p>",
         when=day(2024, 11, 20), provinces=["can-tho"], topics=["van-hoa-xa-hoi"]),
    dict(key="bienphong", title="Bộ đội Biên phòng giúp dân thu hoạch lúa",
         lead="Cán bộ, chiến sĩ đồn biên phòng hỗ trợ bà con vào mùa vụ.",
         body="<p>Hoạt động thắt chặt tình đoàn kết quân dân.</p>",
         when=day(2024, 4, 12), provinces=["tay-ninh"], topics=["quoc-phong-an-ninh"]),
    dict(key="doingoai", title="Tăng cường hợp tác hữu nghị với các tỉnh của Lào",
         lead="Hai bên ký kết biên bản ghi nhớ hợp tác giai đoạn mới.",
         body="<p>Nội dung hợp tác tập trung vào giáo dục và y tế.</p>",
         when=day(2024, 2, 20), provinces=["nghe-an"], topics=["doi-ngoai"]),
]

HIDDEN = [
    dict(key="kg_draft", title="Kiên Giang: bản nháp chưa duyệt về xây dựng Đảng", status=Status.DRAFT,
         lead="Đảng bộ tỉnh Kiên Giang, Kết luận 21-KL/TW.", body="<p>Lại Xuân Môn.</p>",
         provinces=["kien-giang"], topics=["xay-dung-dang"]),
    dict(key="kg_scheduled", title="Kiên Giang: tin hẹn giờ về Đảng bộ", status=Status.PUBLISHED,
         lead="Sẽ xuất bản sau, theo Kết luận 21-KL/TW.", body="<p>Xây dựng Đảng.</p>",
         when=timezone.now() + datetime.timedelta(days=2), provinces=["kien-giang"], topics=["xay-dung-dang"]),
    dict(key="kg_withdrawn", title="Kiên Giang: tin đã gỡ về Đảng bộ", status=Status.WITHDRAWN,
         lead="Kết luận 21-KL/TW.", body="<p>Xây dựng Đảng.</p>", provinces=["kien-giang"], topics=[]),
]


def load_corpus():
    """Create the officials, documents and articles; return {key: Article} plus "officials"."""
    officials = {
        "mon": make_official("Lại Xuân Môn", title="Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương"),
        "duc": make_official("Đỗ Văn Đức", title="Bí thư Tỉnh ủy"),
        "hanh": make_official("Lê Thị Hạnh", title="Phó Bí thư Thường trực Tỉnh ủy"),
    }
    documents = {"21-KL/TW": make_document("21-KL/TW", kind="Kết luận")}
    created = {}
    for entry in [*ARTICLES, *HIDDEN]:
        entry = dict(entry)
        key = entry.pop("key")
        linked = entry.pop("documents", [])
        status = entry.pop("status", Status.PUBLISHED)
        when = entry.pop("when", None)
        article = make_article(entry.pop("title"), status=status, publish_at=when, **entry)
        for number in linked:
            article.documents.add(documents[number])
        created[key] = article
    mention = {"toanquoc": "mon", "ducthanhhoa": "duc"}
    for key, official in mention.items():
        created[key].mentions.create(official=officials[official], title_as_printed="")
    created["officials"] = officials
    return created
