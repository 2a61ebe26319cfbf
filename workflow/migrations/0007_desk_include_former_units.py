from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("workflow", "0006_preview_links"),
    ]

    operations = [
        migrations.AddField(
            model_name="desk",
            name="include_former_units",
            field=models.BooleanField(
                default=False,
                help_text="Bài gắn với tỉnh, thành cũ (trước 1/7/2025) đã sáp nhập vào tỉnh, thành của ban cũng thuộc "
                          "ban này, ví dụ ban phụ trách An Giang nhận cả bài gắn Kiên Giang.",
                verbose_name="gồm cả đơn vị cũ",
            ),
        ),
    ]
