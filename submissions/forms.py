from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.images import ACCEPT, PixelBudget, inspect_image, validate_and_reencode_image
from importer.word import WordError, read_word
from importer.word import max_bytes as word_max_bytes
from places.models import Province
from submissions.models import MAX_PHOTOS
from uploads.forms import EXPIRED_MESSAGE, StagedPhotoField, staging_token
from uploads.identity import Uploader
from uploads.models import Purpose
from uploads.services import staged_photos_for


class PhotoUploadField(forms.FileField):
    """A file slot that only checks its size: the form decodes the photos itself, once every other field is valid.

    Decoding in the field would spend seconds of CPU on a send that a missing name refuses anyway.
    """

    widget = forms.ClearableFileInput(attrs={"accept": ACCEPT})

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.max_length = None  # the client's file name is thrown away, so its length does not matter

    def to_python(self, data):
        uploaded = super().to_python(data)
        limit = settings.MAX_UPLOAD_BYTES
        if uploaded is not None and uploaded.size > limit:
            raise ValidationError(
                "Tệp ảnh quá lớn (%(size)s). Dung lượng tối đa cho phép là %(limit)s.", code="file_too_large",
                params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            )
        return uploaded


class WordUploadField(forms.FileField):
    """A .docx slot that only checks its size; the form reads the document once every other field is valid."""

    widget = forms.ClearableFileInput(attrs={
        "accept": ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    })

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.max_length = None

    def to_python(self, data):
        uploaded = super().to_python(data)
        limit = min(settings.MAX_UPLOAD_BYTES, word_max_bytes())
        if uploaded is not None and uploaded.size > limit:
            raise ValidationError(
                "Tệp Word quá lớn (%(size)s). Dung lượng tối đa cho phép là %(limit)s.", code="file_too_large",
                params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            )
        return uploaded


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
    document = WordUploadField(
        label=_("Hoặc gửi tệp Word (.docx)"), required=False,
        help_text=_("Bài viết trong tệp Word, có thể kèm ảnh đặt trong bài và chú thích dưới ảnh. Khi gửi tệp, "
                    "tiêu đề và nội dung có thể để trống: ban biên tập lấy từ tệp."),
    )
    # Honeypot: hidden from people by CSS, filled by bots that fill every field.
    website = forms.CharField(label=_("Để trống ô này"), required=False)

    def __init__(self, *args, uploader=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.current().in_display_order()
        self.word, self._word_files = None, []
        # Photos the page's script staged as soon as they were chosen: this visitor's, for this page only.
        self.uploader = uploader or Uploader()
        self.staging_token = staging_token(self.data if self.is_bound else None)
        self._staged = {}
        if self.files.get(self.add_prefix("document")):
            # The document carries the headline and the story.
            self.fields["title"].required = self.fields["text"].required = False
        for n in range(1, MAX_PHOTOS + 1):
            self.fields[f"photo_{n}"] = PhotoUploadField(label=_("Ảnh %(n)s") % {"n": n}, required=False)
            self.fields[f"staged_{n}"] = StagedPhotoField()
            self.fields[f"caption_{n}"] = forms.CharField(
                label=_("Chú thích ảnh %(n)s") % {"n": n}, required=False, max_length=1000,
            )

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def photo_rows(self):
        """(photo field, staged photo field, caption field) for each slot, for the template."""
        return [(self[f"photo_{n}"], self[f"staged_{n}"], self[f"caption_{n}"]) for n in range(1, MAX_PHOTOS + 1)]

    def staged_photos(self):
        """The staged photos this send used: the view discards them once the submission is saved."""
        return list(self._staged.values())

    def _take_staged(self, cleaned):
        # A file chosen in the plain input wins over a staged one: that is what the visitor did last.
        wanted = {n: cleaned[f"staged_{n}"] for n in range(1, MAX_PHOTOS + 1)
                  if cleaned.get(f"staged_{n}") and not cleaned.get(f"photo_{n}")}
        found = staged_photos_for(uploader=self.uploader, form_token=self.staging_token, purpose=Purpose.SUBMISSION,
                                  ids=list(wanted.values()))
        for n, pk in wanted.items():
            if pk in found:
                self._staged[n] = found[pk]
            else:
                self.add_error(f"photo_{n}", ValidationError(EXPIRED_MESSAGE, code="staged_expired"))

    def _has_photo(self, cleaned, n):
        return bool(cleaned.get(f"photo_{n}") or n in self._staged)

    def clean(self):
        cleaned = super().clean()
        self._take_staged(cleaned)
        for n in range(1, MAX_PHOTOS + 1):
            if self._has_photo(cleaned, n) and not (cleaned.get(f"caption_{n}") or "").strip():
                self.add_error(f"caption_{n}", ValidationError(_("Hãy ghi chú thích cho ảnh %(n)s.") % {"n": n}))
        if not self._errors and cleaned.get("document"):
            self._clean_document(cleaned)
        if not self._errors:
            self._clean_photos(cleaned)
        return cleaned

    def _clean_document(self, cleaned):
        """Read the Word file (bounded: see ``importer.word``); its headline and text fill what was left empty."""
        upload = cleaned["document"]
        upload.seek(0)
        try:
            # A .doc would go through LibreOffice: not for a file anyone on the internet can send.
            self.word = read_word(upload.read(), name="tai-lieu.docx", allow_doc=False)
        except WordError as error:
            self.add_error("document", ValidationError(str(error), code="invalid_document"))
            return
        uploaded = sum(1 for n in range(1, MAX_PHOTOS + 1) if self._has_photo(cleaned, n))
        if uploaded + len(self.word.photos) > MAX_PHOTOS:
            self.add_error("document", ValidationError(
                _("Tệp Word có %(count)s ảnh; cùng với ảnh gửi kèm là quá %(max)s ảnh cho một lần gửi.")
                % {"count": len(self.word.photos), "max": MAX_PHOTOS}, code="too_many_photos"))
            return
        cleaned["title"] = (cleaned.get("title") or "").strip() or self.word.headline[:300]
        story = "\n\n".join(p for p in [self.word.lead, self.word.body_text, self.word.byline] if p)
        cleaned["text"] = "\n\n".join(p for p in [(cleaned.get("text") or "").strip(), story] if p)

    def _clean_photos(self, cleaned):
        """Decode the photos only now that the cheap fields passed, cheapest checks first, within one budget.

        Every photo's header is read (no pixels) and charged to the request's pixel budget before any photo is
        decoded; one that fails stops the send before the costly part. Each accepted photo is replaced by its
        clean re-encoding, at most ``SUBMISSION_IMAGE_MAX_SIDE`` pixels on a side. Staged photos were checked and
        re-encoded (within the same limits) when they were staged, so they cost nothing here.
        """
        names = [f"photo_{n}" for n in range(1, MAX_PHOTOS + 1) if cleaned.get(f"photo_{n}")]
        max_side = settings.SUBMISSION_IMAGE_MAX_SIDE
        budget = PixelBudget(settings.SUBMISSION_MAX_TOTAL_PIXELS)
        for name in names:
            try:
                budget.spend(inspect_image(cleaned[name], max_side=max_side))
            except ValidationError as error:
                self.add_error(name, error)
        # The Word file's pictures share the request's budget with the photos sent beside it.
        pictures = [ContentFile(p.data, name=f"anh.{p.format.lower()}") for p in (self.word.photos if self.word else [])]
        for number, picture in enumerate(pictures, 1):
            try:
                budget.spend(inspect_image(picture, max_side=max_side))
            except ValidationError as error:
                self.add_error("document", _word_picture_error(number, error))
                return
        if self._errors:
            return
        for number, picture in enumerate(pictures, 1):
            try:
                self._word_files.append(validate_and_reencode_image(picture, prefix="gui-bai", max_side=max_side))
            except ValidationError as error:
                self.add_error("document", _word_picture_error(number, error))
                return
        for name in names:
            try:
                cleaned[name] = validate_and_reencode_image(cleaned[name], prefix="gui-bai", max_side=max_side)
            except ValidationError as error:
                self.add_error(name, error)
                return

    def photos(self):
        """(clean file, caption) pairs: the photos sent beside the text, then the Word file's pictures in order.

        A picture's credit stays at the end of its caption, "(Ảnh: …)", where accepting the submission finds it.
        """
        photos = []
        for n in range(1, MAX_PHOTOS + 1):
            caption = self.cleaned_data[f"caption_{n}"].strip()
            if self.cleaned_data.get(f"photo_{n}"):
                photos.append((self.cleaned_data[f"photo_{n}"], caption))
            elif n in self._staged:
                photos.append((self._staged[n].as_upload(), caption))
        for number, (picture, content) in enumerate(zip(self.word.photos if self.word else [], self._word_files,
                                                        strict=True), 1):
            caption = picture.caption or _("Ảnh %(n)s trong tệp Word (chưa có chú thích)") % {"n": number}
            photos.append((content, f"{caption} ({picture.credit})"[:1000] if picture.credit else caption[:1000]))
        return photos


def _word_picture_error(number, error):
    return ValidationError(
        _("Ảnh thứ %(n)s trong tệp Word: %(message)s") % {"n": number, "message": " ".join(error.messages)},
        code=error.error_list[0].code if error.error_list else "invalid_image",
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
        help_text=_("Lưu cùng tin gửi trong thời hạn lưu trữ."),
        error_messages={"required": _("Hãy ghi lý do từ chối.")},
    )
