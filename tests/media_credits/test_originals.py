"""Original uploads (GPS, serial numbers) are not public: not from Django's development media
server, not from nginx as deploy/nginx.conf configures it; staff download them in the admin."""

import importlib
import io
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import clear_url_caches
from PIL import ExifTags, Image

from media_credits.embedded import embed_credits, read_embedded_metadata
from tests.factories import UserFactory
from tests.media_credits.test_picture_privacy import camera_picture, credited_image

ROOT = Path(__file__).resolve().parents[2]
CREDITS = {"creator": "Niyaz", "credit_line": "Baku photo club", "copyright_notice": "© Niyaz"}


def credited_camera_picture():
    """A phone picture with GPS and a serial number, and credits in IPTC and XMP."""
    data = camera_picture()
    with_iptc = embed_credits(data, xmp=False, **CREDITS)  # re-encoded: EXIF lost, take its APP13
    app13 = with_iptc[2 : 4 + struct.unpack(">H", with_iptc[4:6])[0]]
    return credited_image(data[:2] + app13 + data[2:], **CREDITS)


def assert_public_size(data):
    """A published size: credits in IPTC/XMP, no location or camera serial."""
    found = read_embedded_metadata(io.BytesIO(data))
    assert {key: found.get(key) for key in CREDITS} == CREDITS
    with Image.open(io.BytesIO(data)) as picture:
        exif = picture.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.BodySerialNumber not in exif.get_ifd(ExifTags.IFD.Exif)


def assert_original(data):
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.getexif().get_ifd(ExifTags.IFD.GPSInfo)


@pytest.fixture
def development_media(settings):
    """The URLconf as `make run` (DEBUG=1) builds it: Django serves MEDIA_URL."""
    import newsroom.urls

    settings.DEBUG = True
    importlib.reload(newsroom.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(newsroom.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_the_development_server_serves_renditions_but_not_originals(client, development_media):
    image = credited_camera_picture()
    rendition = image.get_rendition("width-400")

    served = client.get(rendition.url)
    assert served.status_code == 200
    assert_public_size(b"".join(served.streaming_content))
    assert client.get(image.file.url).status_code == 404


@pytest.mark.django_db
def test_staff_who_may_edit_a_picture_download_its_original(client):
    image = credited_camera_picture()
    url = f"/admin/images/{image.pk}/original/"
    assert client.get(url).status_code == 302  # to the login page

    reporter = UserFactory()
    reporter.groups.add(Group.objects.get(name="Reporters"))
    client.force_login(reporter)
    assert client.get(url).status_code == 404  # not theirs to edit

    photo_desk = UserFactory()
    photo_desk.groups.add(Group.objects.get(name="Photo desk"))
    client.force_login(photo_desk)
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert_original(b"".join(response.streaming_content))


def test_nginx_config_refuses_originals_and_sends_nosniff_for_media():
    config = (ROOT / "deploy" / "nginx.conf").read_text()
    originals = config.index("location ^~ /media/original_images/ {")
    assert config[originals:].split("}")[0].strip().endswith("return 404;")
    media = config.index("location /media/ {")
    assert "add_header X-Content-Type-Options nosniff always;" in config[media:].split("}")[0]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.skipif(not shutil.which("nginx"), reason="needs nginx (apt-get install nginx)")
def test_nginx_as_configured_refuses_originals():
    run_dir = Path(tempfile.mkdtemp(prefix="newsroom-nginx-"))
    run_dir.chmod(0o755)  # nginx's workers run as an unprivileged user and must read the files
    media = run_dir / "media"
    for folder in ("original_images", "images"):
        (media / folder).mkdir(parents=True)
        (media / folder / "street.jpg").write_bytes(camera_picture())
    port = _free_port()
    config = (ROOT / "deploy" / "nginx.conf").read_text()
    for name, value in {"RUN_DIR": run_dir, "UPSTREAM": f"127.0.0.1:{_free_port()}",
                        "LISTEN": f"127.0.0.1:{port}", "STATIC_ROOT": run_dir,
                        "MEDIA_ROOT": media}.items():  # fmt: skip
        config = config.replace(f"@{name}@", str(value))
    (run_dir / "nginx.conf").write_text(config.replace("worker_processes auto;", "daemon off;"))
    nginx = subprocess.Popen(["nginx", "-p", str(run_dir), "-c", str(run_dir / "nginx.conf")])
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(50):
            try:
                status, headers, _body = _get(f"{base}/media/images/street.jpg")
                break
            except OSError:
                time.sleep(0.1)
        assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
        assert _get(f"{base}/media/original_images/street.jpg")[0] == 404
        assert _get(f"{base}/media/images/../original_images/street.jpg")[0] in (400, 404)
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        shutil.rmtree(run_dir, ignore_errors=True)
