"""The workflow half of the article admin: saving through the services, locks, actions and extra pages.

The ArticleAdmin in workflow/admin/__init__.py stays declarative and mixes this in; every state change goes
through workflow.services.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import construct_change_message
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.shortcuts import redirect
from django.urls import path
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import Status
from core.html import sanitize_html
from uploads.services import staged_photos_discard
from workflow import permissions, services
from workflow.admin import views
from workflow.admin.content import content_from_forms, current_content
from workflow.admin.context import status_label, workflow_context
from workflow.admin.forms import VERSION_FIELD, ArticleAdminForm, MentionFormSet, PhotoFormSet
from workflow.exceptions import WorkflowError
from workflow.models import Revision
from workflow.models.revisions import RevisionState
from workflow.services.locks import new_page_token
from workflow.warnings import approval_warnings

SUBMIT_AFTER_SAVE = "_gui_duyet"
BODY_AS_READ = "body_as_read"
LOCK_TOKEN_FIELD = "_lock_token"  # the edit page's own lock token, posted with the form
REFUSED_SAVE = "workflow_refused_save"


def _refusing(form_class, message):
    """The change form again, bound to the same POST, carrying the service's refusal as its error."""

    class RefusedSaveForm(form_class):
        def clean(self):
            # The form's own checks run first: a version conflict brings its usual message and the new base version.
            super().clean()
            raise ValidationError(message, code="refused")

    RefusedSaveForm.__name__ = form_class.__name__
    return RefusedSaveForm


class WorkflowInlineMixin:
    """Inline formsets that show a live article's pending proposal (see PendingAwareInlineFormSet)."""

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("formset", {"photo": PhotoFormSet, "mention": MentionFormSet}[self.model._meta.model_name])
        return super().get_formset(request, obj, **kwargs)


class WorkflowArticleAdminMixin:
    form = ArticleAdminForm

    # --- Permissions: editors cannot touch what waits for a decision; only services change status.

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or permissions.can_edit(request.user, obj))

    def has_submit_permission(self, request):
        return request.user.is_active and request.user.has_perm("articles.submit_article")

    def has_moderate_permission(self, request):
        return permissions.is_moderator(request.user)

    # --- The change form

    def get_queryset(self, request):
        pending = Revision.objects.filter(article=OuterRef("pk"), state=RevisionState.PENDING)
        return super().get_queryset(request).annotate(has_pending_change=Exists(pending))

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not any(VERSION_FIELD in (options.get("fields") or []) for _name, options in fieldsets):
            name, options = fieldsets[0]
            fieldsets = [(name, {**options, "fields": [*options["fields"], VERSION_FIELD]}), *fieldsets[1:]]
        if obj is not None and not self.has_change_permission(request, obj):
            # Read only (waiting for a decision, or someone else's): the body as the reader will see it, not its markup.
            fieldsets = [(name, {**options, "fields": [BODY_AS_READ if f == "body" else f for f in options["fields"]]})
                         for name, options in fieldsets]
        return fieldsets

    @admin.display(description=gettext_lazy("Nội dung"))
    def body_as_read(self, obj):
        return format_html('<div class="wf-body-as-read">{}</div>', mark_safe(sanitize_html(obj.body)))  # noqa: S308

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form = type(form.__name__, (form,), {"actor": request.user})
        refusal = getattr(request, REFUSED_SAVE, None)
        return form if refusal is None else _refusing(form, refusal)

    def save_model(self, request, obj, form, change):
        """Nothing is written here: save_related stores the article and its inlines through the service."""

    def save_related(self, request, form, formsets, change):
        article = form.instance
        base = current_content(article if change else None)
        content = content_from_forms(form, formsets, base=base)
        request.workflow_revision = services.article_save_draft(
            article=article, actor=request.user, content=content,
            expected_version=form.cleaned_data.get(VERSION_FIELD) if change else None,
        )
        # Their bytes now live in the article's photos; a refused save never gets here and keeps them staged.
        staged = [photo for formset in formsets for photo in getattr(formset, "staged_taken", ())]
        if staged:
            transaction.on_commit(lambda: staged_photos_discard(photos=staged))

    def construct_change_message(self, request, form, formsets, add=False):
        # The inlines were never saved by Django, so only the main form can be described.
        return construct_change_message(form, [], add)

    def _after_save(self, request, obj):
        revision = getattr(request, "workflow_revision", None)
        if revision is not None and revision.state == RevisionState.PENDING:
            messages.warning(request, _(
                "Bài đang đăng nên thay đổi được lưu thành bản chờ duyệt. Bạn đọc vẫn thấy bản cũ cho đến khi "
                "kiểm duyệt viên duyệt thay đổi."
            ))
        if SUBMIT_AFTER_SAVE in request.POST:
            try:
                services.article_submit(article=obj, actor=request.user)
            except WorkflowError as exc:
                messages.error(request, exc.message)
            else:
                messages.success(request, _("Đã gửi bài chờ duyệt. Bài tạm khóa cho đến khi có quyết định."))
        if "_continue" not in request.POST:
            services.lock_release(article=obj, actor=request.user, token=request.POST.get(LOCK_TOKEN_FIELD) or None)

    def response_add(self, request, obj, post_url_continue=None):
        self._after_save(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._after_save(request, obj)
        return super().response_change(request, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except WorkflowError as exc:
            if request.method != "POST":
                messages.error(request, exc.message)
                return redirect(request.get_full_path())
            # The form's checks hold the row until the save, so the service should agree with them. If it still
            # refuses, nothing was written (the transaction rolled back): show the user's own input again with the
            # reason, exactly as a refusal by the form does. A redirect would drop the text and read as success.
            setattr(request, REFUSED_SAVE, exc.message)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        lock = None
        can_edit = obj is not None and self.has_change_permission(request, obj)
        # Every rendering is a new page, a refused save's too: it gets its own token and, if it may, the lock.
        token = new_page_token()
        if obj is not None and can_edit and request.method in ("GET", "POST"):
            lock = services.lock_acquire(article=obj, actor=request.user, token=token)
        context.update(workflow_context(request, obj, lock=lock, can_edit=can_edit, lock_token=token))
        context["submit_after_save"] = SUBMIT_AFTER_SAVE if (
            self.has_submit_permission(request) and (obj is None or obj.status in (Status.DRAFT, Status.WITHDRAWN))
        ) else ""
        return super().render_change_form(request, context, add, change, form_url, obj)

    # --- List

    @admin.display(description=gettext_lazy("Trạng thái"), ordering="status")
    def workflow_status(self, obj):
        label = status_label(obj)
        if getattr(obj, "has_pending_change", False):
            label = _("%(status)s · có thay đổi chờ duyệt") % {"status": label}
        return label

    # --- Bulk actions: each article goes through the same service as the buttons.

    def _bulk(self, request, queryset, run, done_message):
        done = 0
        for article in queryset:
            try:
                run(article)
            except WorkflowError as exc:
                messages.error(request, f"{article.title}: {exc.message}")
            else:
                done += 1
        if done:
            messages.success(request, done_message % {"count": done})

    @admin.action(description=gettext_lazy("Gửi duyệt các bài đã chọn"), permissions=["submit"])
    def submit_selected(self, request, queryset):
        self._bulk(request, queryset, lambda a: services.article_submit(article=a, actor=request.user),
                   _("Đã gửi duyệt %(count)d bài."))

    @admin.action(description=gettext_lazy("Duyệt và xuất bản ngay các bài đã chọn"), permissions=["moderate"])
    def approve_selected(self, request, queryset):
        # A bulk approval has no page to show warnings on, so an article with open warnings is left for the
        # single approve page, where the moderator sees them and ticks that they were read.
        ready = []
        for article in queryset:
            if approval_warnings(article):
                messages.warning(request, _("%(title)s: còn cảnh báo chưa xử lý, hãy mở bài và duyệt riêng.")
                                 % {"title": article.title})
            else:
                ready.append(article)
        self._bulk(request, ready, lambda a: services.article_approve(article=a, actor=request.user),
                   _("Đã duyệt và xuất bản %(count)d bài."))

    # --- Extra pages

    def get_urls(self):
        def view(cls, **kwargs):
            return self.admin_site.admin_view(cls.as_view(model_admin=self, **kwargs))

        name = "articles_article_"
        return [
            path("hang-cho-duyet/", view(views.QueueView), name=name + "queue"),
            path("<path:object_id>/quy-trinh/<slug:action>/", view(views.ActionView), name=name + "action"),
            path("<path:object_id>/xem-xet/", view(views.ReviewView), name=name + "review"),
            path("<path:object_id>/phien-ban/", view(views.RevisionListView), name=name + "revisions"),
            path("<path:object_id>/phien-ban/so-sanh/", view(views.CompareView), name=name + "compare"),
            path("<path:object_id>/phien-ban/<int:revision_id>/khoi-phuc/", view(views.RestoreView),
                 name=name + "restore"),
            path("<path:object_id>/phien-ban/<int:revision_id>/<slug:decision>/", view(views.PendingDecisionView),
                 name=name + "pending_decision"),
            path("<path:object_id>/xem-truoc/", view(views.AdminPreviewView), name=name + "preview"),
            path("<path:object_id>/lien-ket-xem-truoc/", view(views.PreviewLinkView), name=name + "preview_link"),
            path("<path:object_id>/lien-ket-xem-truoc/thu-hoi/", view(views.PreviewRevokeView),
                 name=name + "preview_revoke"),
            path("<path:object_id>/khoa/<slug:op>/", view(views.LockView), name=name + "lock"),
            *super().get_urls(),
        ]
