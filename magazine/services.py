"""Writes of the magazine: derived search text, image renditions, publishing."""

from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.html import strip_tags
from PIL import Image

from weltoffen.images import files_delete

RENDITION_WIDTHS = (480, 960, 1600)


def article_prepare(*, article, changed_fields=()) -> None:
    """Before an article is saved: plain text for search and reading time, and the date shown to
    readers when a published article changed."""
    article.search_text = " ".join(strip_tags(article.body or "").split())
    if article.pk and article.is_live and {"title", "teaser", "body"} & set(changed_fields):
        article.revised_at = timezone.now()


def renditions_create(image_field, widths=RENDITION_WIDTHS) -> dict[str, str]:
    """Resized JPEG copies for srcset (the original is kept): {width: storage name}."""
    if not image_field:
        return {}
    result = {}
    with Image.open(image_field) as original:
        original = original.convert("RGB")
        stem = Path(image_field.name).stem
        for width in widths:
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


def article_files(article) -> list[str]:
    """The stored names of an article's hero image, its renditions and its images for the text."""
    names = [article.hero_image.name, *article.hero_renditions.values()]
    for image in article.images.all():
        names += body_image_files(image)
    return names


def body_image_files(image) -> list[str]:
    return [image.image.name, image.web_name]


def article_hero_image_set(*, article, previous: list[str]) -> None:
    """After the hero image was uploaded, replaced or removed: renditions of the new one, and the
    files of the previous one (`previous`, see article_files) deleted."""
    article.hero_renditions = renditions_create(article.hero_image)
    article.save(update_fields=["hero_renditions"])
    files_delete(previous, keep=[article.hero_image.name, *article.hero_renditions.values()])


def body_image_prepare(*, image, previous: list[str] = ()) -> None:
    """After an image for the text is uploaded or replaced: store its largest web rendition and
    delete the files of the image it replaced."""
    renditions = renditions_create(image.image, widths=RENDITION_WIDTHS[-1:])
    image.web_name = renditions[max(renditions, key=int)] if renditions else ""
    image.save(update_fields=["web_name"])
    files_delete(previous, keep=body_image_files(image))
