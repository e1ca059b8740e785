from django.db import migrations

TYPES = [("Leitartikel", "leitartikel"), ("Praxistipp", "praxistipp"), ("Interview", "interview"),
         ("Bericht", "bericht"), ("Hintergrund", "hintergrund")]


def seed(apps, schema_editor):
    ArticleType = apps.get_model("magazine", "ArticleType")
    for order, (name, slug) in enumerate(TYPES):
        ArticleType.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})


def gin_index(apps, schema_editor):
    """German full-text search index (PostgreSQL only; SQLite searches without it)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS article_search_gin ON magazine_article USING gin "
            "((setweight(to_tsvector('german', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('german', coalesce(teaser, '')), 'B') || "
            "setweight(to_tsvector('german', coalesce(search_text, '')), 'C')))")


def drop_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_gin")


class Migration(migrations.Migration):
    dependencies = [("magazine", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop),
                  migrations.RunPython(gin_index, drop_gin_index)]
