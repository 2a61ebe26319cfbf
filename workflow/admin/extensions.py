"""How apps above the workflow add to the article admin without the workflow importing them.

An app subclasses ``ArticleAdminExtension`` and hands an instance to ``ArticleAdmin.extend()`` from its own
admin module (Django's admin imports every app's admin.py at start-up, the workflow's before those of the apps
above it). The dashboard adds its moderation filters, the importer its recognition panel; the article admin
asks its extensions at each request, so the order in which they register does not matter.
"""


class ArticleAdminExtension:
    """What one app adds to the article admin. Every hook is optional."""

    # Change-list filters, after the admin's own.
    list_filters = ()

    def get_urls(self, model_admin):
        """Extra admin URLs, placed before the admin's ``<object_id>/`` patterns so none is shadowed."""
        return []

    def change_form_context(self, request, article):
        """Extra context for the change form (``article`` is None on the add form)."""
        return {}

    def after_save(self, request, article, revision):
        """Run after a save through the workflow (``revision``: the revision it stored, pending or not)."""
