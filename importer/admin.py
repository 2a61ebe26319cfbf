"""The importer's admin: imports from an upload page, and its additions to other apps' admin pages.

``ImportRunAdmin`` puts "Các lần nhập bài" in the side menu for whoever may import: its add page is the upload,
its change page the run with its progress and report (importer/admin_import/). On the article change form, the
import notes at the top until a moderator has handled them, one-click suggestions of the provinces and officials
the text names, and cited documents linked on save (importer/admin_suggestions.py); before approving, the open
notes among the moderator's warnings. On an official's page, the articles that name them, linked or not yet. Those
admins belong to lower apps, which offer these hooks so that they need not import this one.
"""

from functools import partial

from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

from core.admin_params import StrictAdminParamsMixin
from importer import admin_suggestions
from importer.admin_import import notes, runs, views
from importer.models import ImportRun
from importer.recognition import articles_mentioning_by_name
from people.admin import OfficialAdmin
from workflow import permissions, warnings
from workflow.admin import ArticleAdmin
from workflow.admin.extensions import ArticleAdminExtension


@admin.register(ImportRun)
class ImportRunAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    """Runs, read-only: the add page uploads files, the change page shows a run's progress and report."""

    list_display = ["started_at", "user", "source", "file_count", "created", "updated", "unchanged", "failed",
                    "state"]
    list_select_related = ["user"]
    list_per_page = 50
    change_list_template = "importer/admin/run_list.html"
    actions = None

    @admin.display(description=_("số tệp"))
    def file_count(self, obj):
        return len(obj.files) or None

    @admin.display(description=_("tình trạng"))
    def state(self, obj):
        if obj.finished_at:
            return _("xong")
        return _("đang nhập %(done)d/%(total)d tệp") % {"done": obj.position, "total": len(obj.files)}

    def has_module_permission(self, request):
        return runs.can_import(request.user)

    def has_view_permission(self, request, obj=None):
        return runs.can_see_run(request.user, obj) if obj is not None else runs.can_import(request.user)

    def has_add_permission(self, request):
        return runs.can_import(request.user)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return runs.runs_visible_to(request.user, super().get_queryset(request))

    def add_view(self, request, form_url="", extra_context=None):
        return views.upload_view(request, model_admin=self)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return views.run_view(request, object_id, model_admin=self)

    def get_urls(self):
        step = self.admin_site.admin_view(partial(views.step_view, model_admin=self))
        return [path("<path:object_id>/tien-do/", step, name="importer_importrun_step"), *super().get_urls()]


class ImportNotes(ArticleAdminExtension):
    """The import notes at the top of the change form, and the moderator's "Đã xử lý" button."""

    def get_urls(self, model_admin):
        view = model_admin.admin_site.admin_view(partial(views.notes_handled_view, model_admin=model_admin))
        return [path("<path:object_id>/ghi-chu-nhap/da-xu-ly/", view, name="articles_article_import_notes_handled")]

    def change_form_context(self, request, article):
        records = notes.open_note_records(article)
        if not records:
            return {}
        return {"import_notes": {"notes": notes.open_notes(article), "records": records,
                                 "can_handle": permissions.is_moderator(request.user)}}


class RecognitionSuggestions(ArticleAdminExtension):
    def get_urls(self, model_admin):
        view = model_admin.admin_site.admin_view(partial(admin_suggestions.apply_suggestion_view,
                                                         model_admin=model_admin))
        return [path("<path:object_id>/goi-y/", view, name="articles_article_suggestion")]

    def change_form_context(self, request, article):
        return {"recognition_suggestions": admin_suggestions.suggestions_for(article)}

    def after_save(self, request, article, revision):
        admin_suggestions.link_documents_after_save(article, revision)


ArticleAdmin.extend(RecognitionSuggestions())
ArticleAdmin.extend(ImportNotes())
warnings.register(notes.import_notes_warning)
OfficialAdmin.find_mentions_with(articles_mentioning_by_name)
