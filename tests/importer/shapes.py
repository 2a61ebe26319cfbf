"""Paragraphs of an ordinary report, written for the shape tests, around which each test puts the line it checks:
a caption needs a story around it to be told from the story."""

LEAD = ("Sáng 8/2, Đồn Biên phòng Mường Tỉnh phối hợp với cấp ủy, chính quyền xã tổ chức chương trình vui Xuân "
        "cho đồng bào các bản vùng biên, với nhiều hoạt động thể thao, văn nghệ và trò chơi dân gian.")
BODY = ("Theo kế hoạch, từ nay đến cuối tháng, đơn vị sẽ tiếp tục phối hợp với các đoàn thể ở địa phương tổ chức "
        "thêm nhiều hoạt động thiết thực, giúp bà con đón một cái Tết đầm ấm, an toàn và tiết kiệm.")
MORE = ("Tại buổi gặp mặt, lãnh đạo đơn vị đã thông tin với bà con về tình hình an ninh trật tự trên địa bàn, đồng "
        "thời đề nghị người dân tiếp tục phát huy vai trò tự quản đường biên, mốc giới trong năm mới.")
