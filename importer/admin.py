"""The importer's additions to other apps' admin pages: recognition, which only this app can do.

On the article change form, one-click suggestions of the provinces and officials the text names, and cited
documents linked on save (importer/admin_suggestions.py). On an official's page, the articles that name them,
linked or not yet. Both admins belong to lower apps, which offer these hooks so that they need not import this one.
"""

from functools import partial

from django.urls import path

from importer import admin_suggestions
from importer.recognition import articles_mentioning_by_name
from people.admin import OfficialAdmin
from workflow.admin import ArticleAdmin
from workflow.admin.extensions import ArticleAdminExtension


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
OfficialAdmin.find_mentions_with(articles_mentioning_by_name)
