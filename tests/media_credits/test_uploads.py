"""Uploading through the admin: credits read from the file, and bad files refused cleanly."""

import io
import logging
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

from media_credits.embedded import embed_credits
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CREDITS = {
    "creator": "Niyaz",
    "credit_line": "Baku photo club",
    "copyright_notice": "© 2020 Niyaz",
    "title": "Khudavang albanian monastery",
    "description": "The monastery above the Tartar river",
    "licence_url": "https://creativecommons.org/licenses/by/2.0/deed.en",
}


@pytest.fixture
def photo_desk(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def picture(fmt="JPEG", size=(64, 48)):
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, fmt)
    return out.getvalue()


def upload(client, name, data, **fields):
    form = {"title": Path(name).stem, "alt_text": "A stone church", **fields}
    form["file"] = SimpleUploadedFile(name, data)
    return client.post("/admin/images/add/", form)


def stored_files():
    root = Path(settings.MEDIA_ROOT) / "original_images"
    return sorted(root.glob("*")) if root.exists() else []


@pytest.mark.parametrize(
    ("fmt", "ext", "iptc"),
    [("JPEG", "jpg", True), ("JPEG", "jpg", False), ("PNG", "png", False), ("WEBP", "webp", False)],
)
def test_embedded_credits_prefill_the_image(photo_desk, fmt, ext, iptc):
    data = embed_credits(picture(fmt), iptc=iptc, xmp=fmt != "JPEG" or not iptc, **CREDITS)

    response = upload(photo_desk, f"IMG_0042.{ext}", data, title="IMG_0042")

    assert response.status_code == 302, response.content.decode()[-2000:]
    image = get_image_model().objects.get()
    assert image.creator == "Niyaz"
    assert image.credit_line == "Baku photo club"
    assert image.copyright_notice == "© 2020 Niyaz"
    assert image.title == "Khudavang albanian monastery"
    assert image.description == "The monastery above the Tartar river"
    if iptc and fmt == "JPEG":
        assert image.licence is None  # IIM has no licence field
    else:
        assert image.licence.label == "CC BY 2.0"


def test_what_the_desk_typed_wins_over_embedded_credits(photo_desk):
    data = embed_credits(picture(), **CREDITS)
    upload(photo_desk, "a.jpg", data, title="Our own title", creator="Leyla Mammadova")

    image = get_image_model().objects.get()
    assert image.title == "Our own title" and image.creator == "Leyla Mammadova"
    assert image.credit_line == "Baku photo club"


def test_malformed_metadata_is_ignored_with_a_warning(photo_desk, caplog):
    data = picture()
    broken_xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:RDF><unclosed"
    segment = b"\xff\xe1" + struct.pack(">H", len(broken_xmp) + 2) + broken_xmp
    iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x10\x1c\x02\x50\xff\xff"
    segment += b"\xff\xed" + struct.pack(">H", len(iptc) + 2) + iptc
    data = data[:2] + segment + data[2:]

    with caplog.at_level(logging.WARNING, logger="media_credits.embedded"):
        response = upload(photo_desk, "broken.jpg", data, creator="Jane Doe")

    assert response.status_code == 302
    assert get_image_model().objects.get().creator == "Jane Doe"
    assert "Ignoring unreadable embedded metadata" in caplog.text


def png_with_size(width, height):
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.jpg", b"These are my notes, not a picture.", "Upload a valid image"),
        ("cut.jpg", picture(size=(800, 600))[:1500], "damaged or incomplete"),
        ("bomb.png", png_with_size(60_000, 60_000), "too many pixels"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Not a supported image format",
        ),
        (
            "renamed.jpg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Not a valid",
        ),
    ],
)
def test_bad_uploads_get_a_form_error_and_leave_nothing_behind(photo_desk, name, data, message):
    before = stored_files()

    response = upload(photo_desk, name, data)

    assert response.status_code == 200
    assert message.lower() in response.content.decode().lower()
    assert not get_image_model().objects.exists()
    assert stored_files() == before


def test_oversized_uploads_are_refused(photo_desk, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000
    response = upload(photo_desk, "big.png", picture("PNG", size=(900, 900)) + b"\x00" * 20_000)

    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_alt_text_is_required(photo_desk):
    response = upload(photo_desk, "a.jpg", picture(), alt_text="")
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.png", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("polyglot.gif", b"GIF89a/*<script>alert(1)</script>*/=1;" + b"\x00" * 64),
        ("shell.jpg", b"\xff\xd8\xff\xe0<?php system($_GET['c']); ?>"),
    ],
)
def test_files_that_only_pretend_to_be_pictures_are_refused(photo_desk, name, data):
    response = upload(photo_desk, name, data)
    assert response.status_code == 200  # the form again, with an error
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    ("fmt", "ext"), [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("GIF", "gif")]
)
@pytest.mark.parametrize(
    "payload", [b"<html><script>alert(1)</script></html>", b"PK\x03\x04" + b"zip" * 100]
)
def test_pictures_with_something_appended_are_refused(photo_desk, fmt, ext, payload):
    response = upload(photo_desk, f"bridge.{ext}", picture(fmt) + payload)
    assert response.status_code == 200
    assert "something else hidden after the picture" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_padding_after_the_picture_is_accepted(photo_desk):
    assert upload(photo_desk, "bridge.jpg", picture() + b"\x00" * 16).status_code == 302


def test_a_picture_is_judged_by_its_content_not_its_name(photo_desk):
    response = upload(photo_desk, "really-a-png.jpg", picture("PNG"))
    assert response.status_code == 200
    assert "the extension does not match the file format" in response.content.decode().lower()
    assert not get_image_model().objects.exists()


def test_documents_cannot_be_web_pages_or_scripts(photo_desk):
    page = b"<html><script>alert(1)</script></html>"
    response = photo_desk.post(
        "/admin/documents/add/",
        {"title": "Page", "file": SimpleUploadedFile("page.html", page)},
    )
    assert response.status_code == 200
    assert "File extension “html” is not allowed" in response.content.decode()

    response = photo_desk.post(
        "/admin/documents/add/",
        {"title": "Notes", "file": SimpleUploadedFile("notes.txt", page)},
    )
    assert response.status_code == 302
    from wagtail.documents import get_document_model

    served = photo_desk.get(get_document_model().objects.get().url)
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "text/html" not in served["Content-Type"]
    assert served["Content-Security-Policy"] == "default-src 'none'"  # nothing in it runs
