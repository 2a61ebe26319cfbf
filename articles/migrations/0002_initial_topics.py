from django.db import migrations


def load(apps, schema_editor):
    from articles.topics_initial import INITIAL_TOPICS
    from core.text import slugify_vi, sort_key

    Topic = apps.get_model("articles", "Topic")
    for position, (name, description, keywords, children) in enumerate(INITIAL_TOPICS, start=1):
        parent, _ = Topic.objects.get_or_create(
            slug=slugify_vi(name),
            defaults={"name": name, "description": description, "keywords": "\n".join(keywords),
                      "position": position * 10, "sort_name": sort_key(name)},
        )
        for child_position, (child, child_description, child_keywords) in enumerate(children, start=1):
            Topic.objects.get_or_create(
                slug=slugify_vi(child),
                defaults={"name": child, "description": child_description, "keywords": "\n".join(child_keywords),
                          "parent": parent, "show_on_home": False, "position": position * 10 + child_position,
                          "sort_name": sort_key(child)},
            )


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
