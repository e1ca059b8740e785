"""Uploads: only real images, re-encoded without their metadata; anything else gets a German
message."""

import io

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from weltoffen.images import clean_image_upload


def upload(name, data, content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type)


def jpeg_with_gps():
    image = Image.new("RGB", (4000, 300), "#004b87")
    exif = Image.Exif()
    exif[0x8825] = {2: (52.0, 31.0, 0.0)}  # GPS latitude
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_images_are_re_encoded_smaller_and_without_metadata():
    cleaned = clean_image_upload(upload("Foto vom Fest.JPG", jpeg_with_gps()))
    assert cleaned.name == "Foto vom Fest.jpg" and cleaned.content_type == "image/jpeg"
    with Image.open(io.BytesIO(cleaned.read())) as image:
        assert image.format == "JPEG" and image.width == 3200
        assert not image.getexif()  # no GPS position of the photographer


def test_transparent_png_stays_png():
    buffer = io.BytesIO()
    Image.new("RGBA", (50, 50), (0, 0, 0, 0)).save(buffer, format="PNG")
    assert clean_image_upload(upload("logo.png", buffer.getvalue(), "image/png")).name == "logo.png"


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("bild.jpg", b"<script>alert(1)</script>", "JPEG, PNG oder WebP"),
        (
            "bild.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>',
            "JPEG, PNG oder WebP",
        ),
        ("bild.jpg", b"\xff\xd8\xff" + b"0" * 100, "JPEG, PNG oder WebP"),
        ("riesig.jpg", b"0" * (10 * 1024 * 1024 + 1), "größer als 10 MB"),
    ],
)
def test_anything_else_is_refused_in_german(name, data, message):
    with pytest.raises(forms.ValidationError) as error:
        clean_image_upload(upload(name, data))
    assert message in str(error.value.messages)


def test_other_image_formats_are_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "#004b87").save(buffer, format="TIFF")
    with pytest.raises(forms.ValidationError):
        clean_image_upload(upload("bild.tif", buffer.getvalue(), "image/tiff"))
