"""Writes of the magazine: derived search text, image renditions, publishing."""

from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.html import strip_tags
from PIL import Image

RENDITION_WIDTHS = (480, 960, 1600)


def article_prepare(*, article, changed_fields=()) -> None:
    """Before an article is saved: plain text for search and reading time, and the date shown to
    readers when a published article changed."""
    article.search_text = " ".join(strip_tags(article.body or "").split())
    if article.pk and article.is_live and {"title", "teaser", "body"} & set(changed_fields):
        article.revised_at = timezone.now()


def renditions_create(image_field) -> dict[str, str]:
    """Resized JPEG copies for srcset (the original is kept): {width: storage name}."""
    if not image_field:
        return {}
    result = {}
    with Image.open(image_field) as original:
        original = original.convert("RGB")
        stem = Path(image_field.name).stem
        for width in RENDITION_WIDTHS:
            if width >= original.width and result:
                break
            copy = original.copy()
            copy.thumbnail((width, width * 4))
            buffer = ContentFile(b"")
            copy.save(buffer, format="JPEG", quality=82, optimize=True)
            name = default_storage.save(f"magazine/renditions/{stem}-{width}.jpg", buffer)
            result[str(copy.width)] = name
    return result


def articles_set_status(*, queryset, status: str) -> int:
    return queryset.update(status=status)


def body_image_prepare(*, image) -> None:
    """After an image for the text is uploaded: store its largest web rendition."""
    renditions = renditions_create(image.image)
    if renditions:
        image.web_name = renditions[max(renditions, key=int)]
        image.save(update_fields=["web_name"])
