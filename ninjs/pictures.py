"""Fetching a ninjs picture's largest rendition, with a timeout and a size cap, and checking it
really is an image before anything is saved."""

import io
import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from PIL import Image, UnidentifiedImageError

FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "AVIF": "avif"}
CHUNK = 64 * 1024


class PictureError(Exception):
    pass


@dataclass
class FetchedPicture:
    content: bytes
    extension: str
    width: int
    height: int


def largest_rendition(renditions):
    """The rendition with an ``href`` and the most pixels (or bytes); None if none has an href."""
    usable = [r for r in renditions or [] if r.get("href")]
    if not usable:
        return None
    return max(
        usable,
        key=lambda r: ((r.get("width") or 0) * (r.get("height") or 0), r.get("sizeInBytes") or 0),
    )


def _check_address(host):
    if settings.NINJS_FETCH_PRIVATE_ADDRESSES:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as error:
        raise PictureError(f"cannot resolve {host}: {error}") from error
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            raise PictureError(f"{host} is a private or local address; not fetched")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect could lead to a private address we have not checked; agencies link directly.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise PictureError(f"the server redirected to {newurl}; give the final URL")


def fetch(url):
    """Download ``url`` and check it is an image we can store; raises PictureError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PictureError(f"only http(s) URLs are fetched, not {url!r}")
    _check_address(parts.hostname)
    limit = settings.NINJS_MAX_PICTURE_BYTES
    opener = urllib.request.build_opener(_NoRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": "Newsroom ninjs importer"})
    try:
        with opener.open(request, timeout=settings.NINJS_FETCH_TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise PictureError(f"the picture is {int(length)} bytes; the limit is {limit}")
            content = bytearray()
            while chunk := response.read(CHUNK):
                content += chunk
                if len(content) > limit:
                    raise PictureError(f"the picture is over the limit of {limit} bytes")
    except urllib.error.HTTPError as error:
        raise PictureError(f"the server answered {error.code} for {url}") from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise PictureError(f"could not fetch {url}: {reason}") from error
    return check(bytes(content))


def check(content):
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
            image_format, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise PictureError("the rendition is not an image we can read") from error
    if image_format not in FORMATS:
        raise PictureError(f"{image_format} pictures are not accepted")
    return FetchedPicture(bytes(content), FORMATS[image_format], width, height)
