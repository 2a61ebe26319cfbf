"""Many-to-many fields with a declared link model, edited in the admin like plain ones.

Django's admin gives no form field to a many-to-many field whose link table is a declared model, and its
checks refuse it in ``fields`` (admin.E013), because such a table usually holds columns an editor must fill
in. ``editable_link_fields`` names the fields whose link model holds nothing an editor types (its other
columns are nullable or kept by the database, like the articles' province ``listed_at``): the usual widget
and ``set()`` on save are all they need.
"""

from django.contrib.admin import widgets
from django.contrib.admin.checks import ModelAdminChecks


class EditableLinksChecks(ModelAdminChecks):
    def _check_field_spec_item(self, obj, field_name, label):
        if field_name in obj.editable_link_fields:
            return []
        return super()._check_field_spec_item(obj, field_name, label)


class EditableLinksMixin:
    editable_link_fields = ()
    checks_class = EditableLinksChecks

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name not in self.editable_link_fields:
            return super().formfield_for_manytomany(db_field, request, **kwargs)
        # What Django's own method does for an implicit link table, which it stops short of here.
        db = kwargs.get("using")
        if "widget" not in kwargs:
            if db_field.name in self.get_autocomplete_fields(request):
                kwargs["widget"] = widgets.AutocompleteSelectMultiple(db_field, self.admin_site, using=db)
            elif db_field.name in self.raw_id_fields:
                kwargs["widget"] = widgets.ManyToManyRawIdWidget(db_field.remote_field, self.admin_site, using=db)
            elif db_field.name in [*self.filter_vertical, *self.filter_horizontal]:
                kwargs["widget"] = widgets.FilteredSelectMultiple(
                    db_field.verbose_name, db_field.name in self.filter_vertical,
                )
        if "queryset" not in kwargs:
            queryset = self.get_field_queryset(db, db_field, request)
            if queryset is not None:
                kwargs["queryset"] = queryset
        return db_field.formfield(**kwargs)
