"""Demo articles and voices for load_demo: visibly fictional, with images drawn locally."""

import io
from datetime import timedelta
from pathlib import Path

import yaml
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from magazine import services
from magazine.models import Article, ArticleType, Author, Voice
from weltoffen import registry
from weltoffen.models import Field

DATA = Path(__file__).resolve().parent / "data" / "demo_articles.yaml"
COLOURS = ["#004b87", "#6f4a00", "#2e6b30", "#7a2e5c", "#37474f", "#8a3b12", "#1f5f5b"]


def demo_image(number: int) -> ContentFile:
    """A simple abstract picture (no photo of real people or places)."""
    image = Image.new("RGB", (1600, 900), "#f5f1e8")
    draw = ImageDraw.Draw(image)
    colour = COLOURS[number % len(COLOURS)]
    for i in range(6):
        draw.ellipse(
            [200 + i * 190, 250 + (i % 2) * 120, 420 + i * 190, 470 + (i % 2) * 120],
            outline=colour,
            width=18,
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return ContentFile(buffer.getvalue(), name=f"demo-{number}.jpg")


def load(lines):
    if not DATA.exists() or Article.objects.filter(slug__endswith="-demo").exists():
        return
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    types = {t.slug: t for t in ArticleType.objects.all()}
    fields = {f.slug: f for f in Field.objects.all()}
    voices = [
        Voice.objects.create(
            text=v["text"],
            name=v["name"],
            role=v.get("role", ""),
            municipality=v.get("municipality", ""),
            is_published=True,
            order=n,
        )
        for n, v in enumerate(data.get("stimmen", []))
    ]
    more_links = list(registry.more_links)  # the "Mehr erfahren?" links the apps offer
    for number, entry in enumerate(data["articles"]):
        author, _ = Author.objects.get_or_create(
            name=entry["author"]["name"], defaults={"role": entry["author"]["role"]}
        )
        article = Article(
            title=entry["title"],
            slug=f"{entry['slug'][:190]}-demo",
            teaser=entry["teaser"],
            body=Article._meta.get_field("body").sanitize(entry["body"]),
            type=types[entry["type"]],
            status=Article.Status.PUBLISHED,
            published_at=timezone.now() - timedelta(days=entry["days_ago"]),
            more_links=more_links[:1] if number % 2 else more_links[1:],
            quote=voices[number % len(voices)] if voices and number % 3 == 0 else None,
        )
        if number % 2 == 0:
            article.hero_image = demo_image(number)
            article.hero_alt = "Abstrakte Grafik aus farbigen Kreisen (Demo-Bild)"
            article.hero_credit = "Demo-Grafik der Plattform"
        services.article_prepare(article=article)
        article.save()
        if article.hero_image:
            article.hero_renditions = services.renditions_create(article.hero_image)
            article.save(update_fields=["hero_renditions"])
        article.fields.set([fields[slug] for slug in entry["fields"]])
        article.authors.set([author])
    lines.append(f"  Magazin: {len(data['articles'])} Demo-Beiträge, {len(voices)} Stimmen")
