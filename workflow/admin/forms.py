"""Admin forms: the article change form (version check, lock check, pending overlay) and the action forms."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import ImageFieldFile
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Photo
from core.params import MAX_YEAR
from uploads.forms import EXPIRED_MESSAGE, StagedPhotoField, staging_token
from uploads.identity import Uploader
from uploads.models import Purpose
from uploads.services import staged_photos_for
from workflow.admin.editor import BodyEditorWidget, configure_body_field
from workflow.admin.schedule import VietnamDateTimeField
from workflow.display import LATE_PUBLISH_MESSAGE
from workflow.exceptions import EditConflict, EditLocked, WorkflowError
from workflow.selectors import pending_revision
from workflow.services import article_hold_for_save
from workflow.snapshots import RELATED_FIELDS, SCALAR_FIELDS

VERSION_FIELD = "base_version"


class ArticleAdminForm(forms.ModelForm):
    """The change form. It carries the version the user started from, and refuses a save that would
    overwrite someone else's (the user's input stays in the form)."""

    # Not called "version": Django refuses a model form field named after a non-editable model field.
    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    actor = None  # the admin sets this per request

    class Meta:
        model = Article
        # The admin's fieldsets decide what is shown; these are the content fields a snapshot holds.
        fields = ["title", "slug", "lead", "body", "event_date", "byline", "source", "provinces", "topics", "documents"]
        widgets = {"body": BodyEditorWidget}  # its media also widens the title and the lead

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            configure_body_field(self.fields["body"], self.instance)
        if VERSION_FIELD in self.fields:
            self.fields[VERSION_FIELD].initial = self.instance.version if self.instance.pk else 0
        self.pending = pending_revision(self.instance)
        if self.pending is not None:
            self._show_snapshot(self.pending.snapshot)

    def _show_snapshot(self, snapshot):
        for name in SCALAR_FIELDS:
            if name in self.fields:
                self.initial[name] = snapshot.get(name, "")
        if "event_date" in self.fields:
            self.initial["event_date"] = snapshot.get("event_date")
        for name in RELATED_FIELDS:
            if name in self.fields:
                self.initial[name] = [item["id"] for item in snapshot.get(name, [])]

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk or self.actor is None:
            return cleaned
        try:
            # Holds the row until the admin's save commits, so what is checked here is what the save finds.
            article_hold_for_save(article=self.instance, actor=self.actor, expected_version=cleaned.get(VERSION_FIELD))
        except EditConflict as exc:
            # The next deliberate save goes through: the user has been told and the other text is in history.
            data = self.data.copy()
            data[self.add_prefix(VERSION_FIELD)] = str(exc.current_version)
            self.data = data
            raise ValidationError(exc.message, code="stale") from exc
        except WorkflowError as exc:
            raise ValidationError(exc.message, code="locked" if isinstance(exc, EditLocked) else "refused") from exc
        return cleaned


class PendingAwareInlineFormSet(BaseInlineFormSet):
    """For a live article with a pending proposal, show the proposal's rows instead of the live ones,
    so a second edit continues the first instead of silently discarding it."""

    snapshot_key = ""

    def __init__(self, data=None, files=None, instance=None, save_as_new=False, prefix=None, queryset=None,
                 **kwargs):
        self.pending_items = None
        self._new_count = 0
        pending = None if save_as_new else pending_revision(instance)
        if pending is not None:
            items = pending.snapshot.get(self.snapshot_key, [])
            rows = {self.row_key(obj): obj for obj in self.model._default_manager.filter(article=instance)}
            self._matched = [(rows[self.item_key(i)], i) for i in items if self.item_key(i) in rows]
            new = [self.initial_for(i) for i in items if self.item_key(i) not in rows]
            queryset = self.model._default_manager.filter(pk__in=[obj.pk for obj, _item in self._matched])
            kwargs["initial"] = new
            self.pending_items = items
            self._new_count = len(new)
        super().__init__(data, files, instance, save_as_new, prefix, queryset, **kwargs)
        if self.pending_items is not None:
            self.extra = max(self._new_count, 0)

    def get_queryset(self):
        if self.pending_items is None:
            return super().get_queryset()
        if not hasattr(self, "_overlaid"):
            self._overlaid = []
            for obj, item in self._matched:
                self.overlay(obj, item)
                self._overlaid.append(obj)
        return self._overlaid

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        # Rows that exist only in the proposal must be validated and kept even if left untouched.
        if index is not None and self._new_count:
            start = self.initial_form_count()
            if start <= index < start + self._new_count:
                kwargs["empty_permitted"] = False
        return kwargs


class PhotoInlineForm(forms.ModelForm):
    """One photo of the article. With the page's script, a chosen file is staged at once (uploads) and the form
    posts its id in ``staged_photo`` instead of the file; without it, the plain file input works as before."""

    staged_photo = StagedPhotoField()

    class Meta:
        model = Photo
        fields = ["image", "staged_photo", "caption", "credit", "alt_text", "position", "is_featured"]

    class Media:
        js = ["uploads/staged-photos.js"]
        css = {"all": ["uploads/staged-photos.css"]}


class PhotoFormSet(PendingAwareInlineFormSet):
    """The article's photos. Staged photos are taken from the requesting user's staging for this page only
    (``for_user``), so a form error never loses a chosen photo. The first photo is featured unless another is."""

    snapshot_key = "photos"
    uploader = None

    @cached_property
    def staged_taken(self):
        """The staged photos this save turned into files: discarded once the article is saved."""
        return []

    @classmethod
    def for_user(cls, user):
        return type(cls.__name__, (cls,), {"uploader": Uploader(user=user)})

    @cached_property
    def staging_token(self):
        """The page's staging key: the posted one on a refused save, so its photos come back; else a new one."""
        return staging_token(self.data if self.is_bound else None, self.prefix)

    def clean(self):
        super().clean()
        kept = [form for form in self.forms if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")]
        self._take_staged(kept)
        self._settle_featured([form for form in kept if not form.errors])

    def _take_staged(self, kept):
        # A file chosen in the plain input wins over a staged one: that is what the user did last.
        wanted = [form for form in kept if form.cleaned_data.get("staged_photo")
                  and not isinstance(form.cleaned_data.get("image"), UploadedFile)]
        if not wanted:
            return
        found = {} if self.uploader is None else staged_photos_for(
            uploader=self.uploader, form_token=self.staging_token, purpose=Purpose.ARTICLE,
            ids=[form.cleaned_data["staged_photo"] for form in wanted],
        )
        for form in wanted:
            staged = found.get(form.cleaned_data["staged_photo"])
            if staged is None:
                form.add_error("image", EXPIRED_MESSAGE)
            else:
                form.cleaned_data["image"] = staged.as_upload()
                self.staged_taken.append(staged)

    def _settle_featured(self, kept):
        featured = [form for form in kept if form.cleaned_data.get("is_featured")]
        if len(featured) > 1:
            raise ValidationError(_("Chỉ chọn một ảnh đại diện cho bài."), code="several_featured")
        with_image = [form for form in kept if form.cleaned_data.get("image")]
        if not featured and with_image:
            first = min(with_image, key=lambda form: (form.cleaned_data.get("position") or 0, self.forms.index(form)))
            first.cleaned_data["is_featured"] = True

    def row_key(self, obj):
        return obj.pk

    def item_key(self, item):
        return item.get("id")

    def overlay(self, obj, item):
        obj.__dict__["image"] = item.get("image", "")
        obj.width, obj.height = item.get("width"), item.get("height")
        for field in ("caption", "credit", "alt_text", "position", "is_featured"):
            setattr(obj, field, item.get(field, getattr(obj, field)))

    def initial_for(self, item):
        image = item.get("image")
        return {
            "image": ImageFieldFile(Photo(), Photo._meta.get_field("image"), image) if image else None,
            "caption": item.get("caption", ""), "credit": item.get("credit", ""), "alt_text": item.get("alt_text", ""),
            "position": item.get("position", 0), "is_featured": item.get("is_featured", False),
        }


class MentionFormSet(PendingAwareInlineFormSet):
    snapshot_key = "officials"

    def row_key(self, obj):
        return obj.official_id

    def item_key(self, item):
        return item.get("official")

    def overlay(self, obj, item):
        obj.title_as_printed = item.get("title", "")
        obj.position = item.get("position", 0)

    def initial_for(self, item):
        return {"official": item["official"], "title_as_printed": item.get("title", ""),
                "position": item.get("position", 0)}


# --- Action forms

class CommentForm(forms.Form):
    comment = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=5000)


class RequiredCommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Ý kiến"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
        error_messages={"required": _("Hãy ghi ý kiến; người viết sẽ nhận được.")},
    )


class WithdrawForm(forms.Form):
    comment = forms.CharField(
        label=_("Lý do gỡ bài"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
        help_text=_("Lý do được lưu vĩnh viễn trong nhật ký của bài."),
        error_messages={"required": _("Hãy ghi lý do gỡ bài.")},
    )


class PublishForm(CommentForm):
    publish_at = VietnamDateTimeField(
        label=_("Hẹn giờ xuất bản"), required=False,
        help_text=_("Để trống để xuất bản ngay. Nhập ngày/tháng/năm giờ:phút theo giờ Việt Nam (24 giờ), "
                    "ví dụ 01/12/2026 08:00."),
    )

    def clean_publish_at(self):
        value = self.cleaned_data.get("publish_at")
        if value is not None and value <= timezone.now() - datetime.timedelta(minutes=1):
            raise ValidationError(_("Thời điểm này đã qua. Hãy chọn thời điểm trong tương lai hoặc để trống."))
        if value is not None and value.year > MAX_YEAR:
            raise ValidationError(LATE_PUBLISH_MESSAGE % {"year": MAX_YEAR})
        return value


class RepublishForm(PublishForm):
    pass


class ApproveChangeForm(CommentForm):
    is_correction = forms.BooleanField(
        label=_("Đây là đính chính"), required=False,
        help_text=_("Bạn đọc sẽ thấy ghi chú “Đính chính” kèm ngày ở cuối bài."),
    )
    correction_note = forms.CharField(label=_("Nội dung đính chính"), required=False, max_length=2000,
                                      widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_correction") and not (cleaned.get("correction_note") or "").strip():
            self.add_error("correction_note", _("Hãy ghi nội dung đính chính để bạn đọc thấy."))
        return cleaned


class PreviewLinkForm(forms.Form):
    hours = forms.IntegerField(label=_("Hiệu lực (giờ)"), min_value=1, max_value=24 * 30, initial=72,
                               help_text=_("Liên kết tự hết hiệu lực sau thời gian này hoặc khi bài được xuất bản."))
