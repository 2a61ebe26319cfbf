from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import SafeImageField
from places.models import Province
from submissions.models import MAX_PHOTOS


class SubmissionForm(forms.Form):
    name = forms.CharField(label=_("Họ và tên"), max_length=200)
    contact = forms.CharField(
        label=_("Điện thoại hoặc thư điện tử"), max_length=300,
        help_text=_("Chỉ ban biên tập dùng để liên hệ với bạn; không bao giờ được đăng."),
    )
    province = forms.ModelChoiceField(
        label=_("Tỉnh, thành phố nơi xảy ra sự việc"), queryset=Province.objects.none(),
        empty_label=_("— Chọn tỉnh, thành phố —"),
    )
    title = forms.CharField(label=_("Tiêu đề"), max_length=300)
    text = forms.CharField(label=_("Nội dung"), widget=forms.Textarea(attrs={"rows": 12}), max_length=50_000)
    # Honeypot: hidden from people by CSS, filled by bots that fill every field.
    website = forms.CharField(label=_("Để trống ô này"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.current().in_display_order()
        for n in range(1, MAX_PHOTOS + 1):
            self.fields[f"photo_{n}"] = SafeImageField(label=_("Ảnh %(n)s") % {"n": n}, required=False,
                                                      prefix="gui-bai")
            self.fields[f"caption_{n}"] = forms.CharField(
                label=_("Chú thích ảnh %(n)s") % {"n": n}, required=False, max_length=1000,
            )

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def photo_rows(self):
        """(photo field, caption field) pairs for the template."""
        return [(self[f"photo_{n}"], self[f"caption_{n}"]) for n in range(1, MAX_PHOTOS + 1)]

    def clean(self):
        cleaned = super().clean()
        for n in range(1, MAX_PHOTOS + 1):
            if cleaned.get(f"photo_{n}") and not (cleaned.get(f"caption_{n}") or "").strip():
                self.add_error(f"caption_{n}", ValidationError(_("Hãy ghi chú thích cho ảnh %(n)s.") % {"n": n}))
        return cleaned

    def photos(self):
        return [
            (self.cleaned_data[f"photo_{n}"], self.cleaned_data[f"caption_{n}"].strip())
            for n in range(1, MAX_PHOTOS + 1) if self.cleaned_data.get(f"photo_{n}")
        ]


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
        help_text=_("Lưu cùng tin gửi trong thời hạn lưu trữ."),
        error_messages={"required": _("Hãy ghi lý do từ chối.")},
    )
