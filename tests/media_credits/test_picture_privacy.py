"""Published pictures carry no personal data from the camera; credits stay."""

import io

import pytest
from PIL import ExifTags, Image
from wagtail.images.models import AbstractImage, Filter

from tests.factories import ImageFactory
from tests.media_credits.test_uploads import photo_desk, upload  # noqa: F401

pytestmark = pytest.mark.django_db

GPS = {1: "N", 2: (40.0, 10.0, 5.0), 3: "E", 4: (46.0, 2.0, 1.0)}


def camera_picture(fmt="JPEG", size=(800, 600)):
    """A picture as a source's phone makes it: location, serial number, owner, credits."""
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Niyaz"
    exif[ExifTags.Base.Copyright] = "(c) 2026 Niyaz"
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.HostComputer] = "Niyaz's laptop"
    exif[ExifTags.IFD.GPSInfo] = GPS
    exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
    exif_ifd[ExifTags.Base.BodySerialNumber] = "SN-0042"
    exif_ifd[ExifTags.Base.CameraOwnerName] = "Niyaz Aliyev"
    out = io.BytesIO()
    Image.new("RGB", size, "olive").save(out, fmt, exif=exif)
    return out.getvalue()


def metadata(rendition):
    with rendition.file.open("rb") as f, Image.open(io.BytesIO(f.read())) as picture:
        exif = picture.getexif()
        return picture.format, exif, exif.get_ifd(ExifTags.IFD.Exif)


def credited_image(data, name="street.jpg", **fields):
    from django.core.files.images import ImageFile

    return ImageFactory(file=ImageFile(io.BytesIO(data), name=name), **fields)


@pytest.mark.parametrize(
    ("fmt", "name", "spec"),
    [
        ("JPEG", "street.jpg", "width-400"),
        ("JPEG", "street.jpg", "original"),
        ("JPEG", "street.jpg", "fill-320x180|format-jpeg"),
        ("JPEG", "street.jpg", "width-400|format-webp"),
        ("PNG", "street.png", "width-400"),
    ],
)
def test_published_sizes_lose_location_and_camera_identity_but_keep_credits(fmt, name, spec):
    image = credited_image(camera_picture(fmt), name=name)
    rendition_format, exif, exif_ifd = metadata(image.get_rendition(spec))

    assert ExifTags.IFD.GPSInfo not in exif and not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.HostComputer not in exif
    assert ExifTags.Base.BodySerialNumber not in exif_ifd
    assert ExifTags.Base.CameraOwnerName not in exif_ifd
    if rendition_format in ("JPEG", "PNG"):  # these carry EXIF at all: the credits stay
        assert exif[ExifTags.Base.Artist] == "Niyaz"
        assert exif[ExifTags.Base.Copyright] == "(c) 2026 Niyaz"


def test_the_original_upload_keeps_everything_for_the_photo_desk():
    image = credited_image(camera_picture())
    with image.file.open("rb") as f, Image.open(io.BytesIO(f.read())) as original:
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)


def test_a_jpeg_is_cleaned_without_re_encoding():
    image = credited_image(camera_picture())
    made = AbstractImage.generate_rendition_file(image, Filter("width-400"))  # Wagtail's own
    made.seek(0)
    wagtails = made.read()
    with image.get_rendition("width-400").file.open("rb") as f:
        ours = f.read()
    # Only the EXIF differs: the compressed picture (from the start of scan on) is the same.
    assert ours != wagtails
    assert ours[ours.index(b"\xff\xda") :] == wagtails[wagtails.index(b"\xff\xda") :]


def test_the_location_stays_when_kept_on_purpose():
    image = credited_image(camera_picture(), keep_location=True)
    _format, exif, exif_ifd = metadata(image.get_rendition("width-400"))
    assert exif.get_ifd(ExifTags.IFD.GPSInfo)[2] == (40.0, 10.0, 5.0)
    assert ExifTags.Base.BodySerialNumber not in exif_ifd  # the rest still goes


def test_an_uploaded_phone_picture_is_published_without_its_location(photo_desk):  # noqa: F811
    response = upload(photo_desk, "source.jpg", camera_picture())
    assert response.status_code == 302
    from wagtail.images import get_image_model

    image = get_image_model().objects.get()
    assert image.keep_location is False
    _format, exif, _ = metadata(image.get_rendition("width-400"))
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
