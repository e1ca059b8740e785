"""Uploaded images: only real images (checked by decoding the content, not by the name), at most
10 MB and 40 megapixels, re-encoded (drops metadata such as GPS positions and anything hidden in
the file) as JPEG, or PNG when the image has transparency; so the stored file is exactly what its
name and content type say."""

import io
from pathlib import Path

from django import forms
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 3200
ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP")


def clean_image_upload(upload):
    """For a form's clean_<field>(): returns a re-encoded copy of a new upload, raises a German
    ValidationError for anything that is not a usable image. Existing files pass unchanged."""
    if not upload or not hasattr(upload, "content_type"):  # nothing new was uploaded
        return upload
    if upload.size > MAX_BYTES:
        raise forms.ValidationError(_("The image is larger than 10 MB."))
    try:
        image = _decoded(upload)
        return _reencoded(image, Path(upload.name).stem[:80] or "bild")
    except forms.ValidationError:
        raise
    except Exception as error:  # noqa: BLE001
        # Crafted files make decoders raise all sorts of errors (OSError, EOFError, struct.error,
        # SyntaxError, ValueError, DecompressionBombError …): each means "not a usable image".
        raise forms.ValidationError(_("Please upload a JPEG, PNG or WebP image.")) from error


def _decoded(upload):
    upload.seek(0)
    # Only these decoders: no TIFF, EPS (Ghostscript), PSD … from a public form.
    with Image.open(upload, formats=ALLOWED_FORMATS) as probe:
        if probe.width * probe.height > MAX_PIXELS:
            raise forms.ValidationError(_("The image has too many pixels (at most 40 megapixels)."))
        probe.load()
        return ImageOps.exif_transpose(probe)


def _reencoded(image, stem):
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    transparent = image.mode in ("RGBA", "LA") or (
        image.mode == "P" and "transparency" in image.info
    )
    buffer = io.BytesIO()
    if transparent:
        image.convert("RGBA").save(buffer, format="PNG", optimize=True)
        return SimpleUploadedFile(f"{stem}.png", buffer.getvalue(), "image/png")
    image.convert("RGB").save(buffer, format="JPEG", quality=85, optimize=True)
    return SimpleUploadedFile(f"{stem}.jpg", buffer.getvalue(), "image/jpeg")


def files_delete(names, *, keep=()) -> None:
    """Deletes stored files (an image replaced or removed, its renditions) once the transaction
    commits: a save that fails keeps them. Names in `keep` (still in use) stay."""
    doomed = {name for name in names if name} - {name for name in keep if name}
    if doomed:
        transaction.on_commit(lambda: [default_storage.delete(name) for name in sorted(doomed)])
