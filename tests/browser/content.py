"""A small newsroom for the browser tests: ten published reports with painted photos, an official, a document,
and a draft that must never show. Written for these tests."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from articles.models import Photo, Status
from demo.photos import render_scene
from tests.factories import make_article, make_document, make_official

STORIES = [
    ("Kiên Giang tổng kết công tác xây dựng Đảng năm 2024", "kien-giang", ["xay-dung-dang"], "hall",
     "Ban Tuyên giáo Tỉnh ủy Kiên Giang tổ chức hội nghị tổng kết, đánh giá kết quả thực hiện Kết luận số 21-KL/TW."),
    ("Ngư dân Phú Quốc vươn khơi bám biển, giữ vững chủ quyền", "kien-giang", ["bien-dao"], "sea",
     "Hàng trăm tàu cá ra khơi dài ngày sau khi được tập huấn về chủ quyền biển, đảo."),
    ("An Giang vận hành chính quyền địa phương hai cấp", "an-giang", ["xay-dung-chinh-quyen"], "city",
     "Sau ngày 1/7/2025, tỉnh An Giang mới vận hành bộ máy theo mô hình chính quyền địa phương hai cấp."),
    ("Bộ đội Biên phòng Lào Cai giúp dân thu hoạch lúa", "lao-cai", ["quoc-phong-an-ninh"], "border",
     "Cán bộ, chiến sĩ đồn biên phòng hỗ trợ bà con các dân tộc vào mùa vụ."),
    ("Cần Thơ: lễ hội đua ghe ngo thu hút du khách", "can-tho", ["van-hoa-xa-hoi"], "festival",
     "Hàng chục đội ghe tranh tài trên sông, nét văn hóa đặc sắc của đồng bào Khmer."),
    ("Hải Phòng mở rộng cảng biển nước sâu", "hai-phong", ["kinh-te"], "port",
     "Dự án giúp tăng năng lực tiếp nhận tàu trọng tải lớn."),
    ("Nông dân Đồng Tháp chuyển đổi số trong sản xuất lúa", "dong-thap", ["kinh-te"], "field",
     "Nhật ký điện tử giúp truy xuất nguồn gốc lúa gạo."),
    ("Hội nghị báo cáo viên toàn quốc tháng 11", "ha-noi", ["tuyen-truyen-giao-duc"], "hall",
     "Đồng chí Lại Xuân Môn thông tin về tình hình thời sự trong nước và quốc tế."),
    ("Đà Nẵng tuyên truyền chủ quyền biển, đảo cho học sinh", "da-nang", ["bien-dao"], "sea",
     "Cuộc thi tìm hiểu thu hút hàng nghìn học sinh tham gia."),
    ("Nghệ An học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh", "nghe-an", ["xay-dung-dang"], "field",
     "Nhiều tập thể, cá nhân tiêu biểu được biểu dương."),
]

BODY = (
    "<p>Ngày 16/11, {place} tổ chức hội nghị với sự tham dự của đại diện các sở, ngành và địa phương.</p>"
    "<p>Phát biểu tại hội nghị, đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực "
    "Ban Tuyên giáo Trung ương ghi nhận những kết quả đạt được và đề nghị tiếp tục đổi mới nội dung, phương thức "
    "tuyên truyền.</p><p>Hội nghị cũng trao đổi kinh nghiệm triển khai ở cơ sở, nhất là vùng sâu, vùng xa.</p>"
)


def load_newsroom():
    official = make_official("Lại Xuân Môn", title="Phó Trưởng ban Thường trực",
                             organisation="Ban Tuyên giáo Trung ương")
    document = make_document("21-KL/TW", title="Kết luận số 21-KL/TW")
    now = timezone.now()
    articles = []
    for index, (title, place, topics, scene, lead) in enumerate(STORIES):
        article = make_article(
            title, lead=lead, body=BODY.format(place=title.split(" ")[0]), byline="Minh Anh",
            source="Ban Tuyên giáo", publish_at=now - datetime.timedelta(hours=3 * index + 1),
            provinces=[place], topics=topics,
            officials=[(official, "Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương")],
        )
        if index == 0:
            article.documents.add(document)
        photo = Photo(article=article, caption=f"Quang cảnh: {title}.", credit="Ảnh: Minh Anh", is_featured=True)
        photo.image.save(f"{scene}.jpg", ContentFile(render_scene(scene, seed=index, size=(1200, 800))), save=False)
        photo.save()
        articles.append(article)
    second = Photo(article=articles[0], caption="Đại biểu dự hội nghị.", position=1)
    second.image.save("hall-2.jpg", ContentFile(render_scene("hall", seed=99, size=(1200, 800))), save=False)
    second.save()
    draft = make_article("Bản nháp Kiên Giang không được lộ", status=Status.DRAFT, provinces=["kien-giang"])
    return {"articles": articles, "official": official, "document": document, "draft": draft}
