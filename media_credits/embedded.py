"""IPTC IIM and XMP credits embedded in picture files: read them on upload, write them for demos.

Reading prefills only the fields the photo desk left empty; metadata that cannot be parsed is
logged and ignored so the upload itself never fails because of it.
"""

import io
import logging
import struct
import zlib
from pathlib import PurePath
from xml.sax.saxutils import escape

from PIL import Image, IptcImagePlugin, PngImagePlugin

from media_credits.licences import licence_for_url

logger = logging.getLogger(__name__)

# IIM record 2 datasets (IPTC Photo Metadata Standard).
IIM = {"title": 5, "creator": 80, "credit_line": 110, "copyright_notice": 116, "description": 120}
XMP_KEYS = {
    "creator": ("creator",),
    "credit_line": ("Credit",),
    "copyright_notice": ("rights",),
    "title": ("title",),
    "description": ("description",),
    "licence_url": ("WebStatement", "license"),
}


def _text(value):
    """Flatten XMP's rdf:Seq/Alt/Bag and lang-alt structures to their first string."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return next((t for t in map(_text, value) if t), "")
    if isinstance(value, dict):
        for key in ("text", "li", "Seq", "Alt", "Bag", "resource"):
            if key in value:
                found = _text(value[key])
                if found:
                    return found
    return ""


def _find(tree, name):
    """The first value stored under local name ``name`` anywhere in a getxmp() tree."""
    if isinstance(tree, dict):
        if name in tree:
            return tree[name]
        for value in tree.values():
            found = _find(value, name)
            if found is not None:
                return found
    elif isinstance(tree, list):
        for value in tree:
            found = _find(value, name)
            if found is not None:
                return found
    return None


def read_embedded_metadata(fileobj):
    """{field: value} from a picture's IPTC IIM and XMP; XMP wins where both are present."""
    found = {}
    with Image.open(fileobj) as picture:
        iptc = IptcImagePlugin.getiptcinfo(picture) or {}
        for field, dataset in IIM.items():
            value = iptc.get((2, dataset))
            if isinstance(value, list):
                value = value[0]
            if value:
                found[field] = value.decode("utf-8", "replace").strip()
        xmp = picture.getxmp() if hasattr(picture, "getxmp") else {}
    for field, names in XMP_KEYS.items():
        for name in names:
            value = _text(_find(xmp, name))
            if value:
                found[field] = value
                break
    return found


def title_is_from_filename(title, filename):
    """Whether ``title`` is only what the upload made of the file's name (or nothing): the
    whole name, its stem, or the start of either (Wagtail cuts long titles)."""
    name = PurePath(filename).name
    stem = PurePath(filename).stem
    return not title or name.startswith(title) or stem.startswith(title)


def prefill_from_embedded_metadata(image, fileobj=None, filename=None):
    """Fill the image's empty credit fields from the file's own metadata (``fileobj``, or the
    image's file), and its title unless the desk typed one: the picture's own title (IPTC Object
    Name, XMP ``dc:title``) first, the file's name without extension only as a last resort."""

    fileobj = fileobj if fileobj is not None else image.file
    filename = filename or getattr(fileobj, "name", "") or ""
    try:
        fileobj.open("rb")
        fileobj.seek(0)
        found = read_embedded_metadata(io.BytesIO(fileobj.read()))
        fileobj.seek(0)
    except Exception as error:  # noqa: BLE001 - any parser failure just means "no metadata"
        logger.warning("Ignoring unreadable embedded metadata in %s: %s", filename, error)
        found = {}
    for field in ("creator", "credit_line", "copyright_notice", "description"):
        if found.get(field) and not getattr(image, field):
            setattr(image, field, found[field][:255])
    if title_is_from_filename(image.title, filename):
        image.title = (found.get("title") or image.title or PurePath(filename).stem)[:255]
        if image.title == PurePath(filename).name:
            image.title = PurePath(filename).stem
    if found.get("licence_url") and not image.licence_id:
        image.licence = licence_for_url(found["licence_url"])


def _iim_record(dataset, value):
    data = value.encode("utf-8")
    return struct.pack(">BBBH", 0x1C, 2, dataset, len(data)) + data


def _xmp_packet(fields):
    def alt(value):
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    parts = []
    if fields.get("creator"):
        parts.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(fields['creator'])}</rdf:li></rdf:Seq></dc:creator>"
        )
    for key, tag in (
        ("title", "dc:title"),
        ("description", "dc:description"),
        ("copyright_notice", "dc:rights"),
    ):
        if fields.get(key):
            parts.append(f"<{tag}>{alt(fields[key])}</{tag}>")
    if fields.get("credit_line"):
        parts.append(f"<photoshop:Credit>{escape(fields['credit_line'])}</photoshop:Credit>")
    if fields.get("licence_url"):
        parts.append(
            f"<xmpRights:WebStatement>{escape(fields['licence_url'])}</xmpRights:WebStatement>"
        )
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">'
        + "".join(parts)
        + "</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode("utf-8")


def embed_credits(picture_bytes, *, iptc=True, xmp=True, **fields):
    """Re-save a picture with ``fields`` (creator, credit_line, copyright_notice, title,
    description, licence_url) written as XMP, and for JPEGs also as IPTC IIM (APP13)."""
    with Image.open(io.BytesIO(picture_bytes)) as picture:
        picture_format = picture.format
        out = io.BytesIO()
        options = {"xmp": _xmp_packet(fields)} if xmp else {}
        if xmp and picture_format == "PNG":  # PNG keeps XMP in an iTXt chunk
            info = PngImagePlugin.PngInfo()
            info.add_itxt("XML:com.adobe.xmp", options.pop("xmp").decode("utf-8"))
            options["pnginfo"] = info
        if picture_format == "JPEG":
            options["quality"] = 90
        picture.save(out, picture_format, **options)
    data = out.getvalue()
    if iptc and picture_format == "JPEG":
        records = b"".join(
            _iim_record(dataset, fields[field])
            for field, dataset in IIM.items()
            if fields.get(field)
        )
        resource = (
            b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(records))
        )
        resource += records + (b"\x00" if len(records) % 2 else b"")
        payload = b"Photoshop 3.0\x00" + resource
        segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
        data = data[:2] + segment + data[2:]
    return data


XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"


def _iim_resource(fields):
    records = b"".join(
        _iim_record(dataset, fields[field]) for field, dataset in IIM.items() if fields.get(field)
    )
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(records))
    return PHOTOSHOP_HEADER + resource + records + (b"\x00" if len(records) % 2 else b"")


def _jpeg_segment(marker, payload):
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _jpeg_with(data, fields):
    """The JPEG ``data`` with its IPTC (APP13) and XMP (APP1) replaced by ``fields``' own,
    every other segment and the image data untouched."""
    kept, position = [], 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:
            break
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        segment = data[position : position + 2 + length]
        is_xmp = marker == 0xE1 and segment[4:].startswith(XMP_HEADER)
        is_iptc = marker == 0xED and segment[4:].startswith(PHOTOSHOP_HEADER)
        if not (is_xmp or is_iptc):
            kept.append(segment)
        position += 2 + length
    # APP0/APP1 Exif first, as readers expect; then the credits.
    leading = [s for s in kept if s[1] in (0xE0, 0xE1)]
    rest = [s for s in kept if s[1] not in (0xE0, 0xE1)]
    credits = [
        _jpeg_segment(0xE1, XMP_HEADER + _xmp_packet(fields)),
        _jpeg_segment(0xED, _iim_resource(fields)),
    ]
    return data[:2] + b"".join(leading + credits + rest) + data[position:]


def _png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_with(data, fields):
    """The PNG ``data`` with an XMP iTXt chunk of ``fields`` before the image data, where readers
    look without decoding (any old XMP dropped)."""
    chunks, position, written = [], 8, False
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        chunk = data[position : position + 12 + length]
        position += 12 + length
        if kind == b"iTXt" and chunk[8:].startswith(b"XML:com.adobe.xmp\x00"):
            continue
        if kind in (b"IDAT", b"IEND") and not written:
            xmp = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + _xmp_packet(fields)
            chunks.append(_png_chunk(b"iTXt", xmp))
            written = True
        chunks.append(chunk)
    return data[:8] + b"".join(chunks)


def _webp_with(data, fields, size, has_alpha):
    """The WebP ``data`` with an XMP chunk of ``fields`` (adding the VP8X header it needs)."""
    chunks, position = [], 12
    while position + 8 <= len(data):
        kind, length = struct.unpack("<4sI", data[position : position + 8])
        chunks.append([kind, data[position + 8 : position + 8 + length]])
        position += 8 + length + (length % 2)
    chunks = [chunk for chunk in chunks if chunk[0] != b"XMP "]
    if chunks[0][0] != b"VP8X":
        width, height = size
        flags = 0x10 if has_alpha else 0
        header = bytes((flags, 0, 0, 0)) + (width - 1).to_bytes(3, "little")
        chunks.insert(0, [b"VP8X", header + (height - 1).to_bytes(3, "little")])
    vp8x = chunks[0][1]
    chunks[0][1] = bytes((vp8x[0] | 0x04,)) + vp8x[1:]
    chunks.append([b"XMP ", _xmp_packet(fields)])
    body = b"WEBP" + b"".join(
        kind + struct.pack("<I", len(chunk)) + chunk + (b"\x00" if len(chunk) % 2 else b"")
        for kind, chunk in chunks
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def with_credits(data, fields):
    """The picture file ``data`` carrying ``fields`` (creator, credit_line, copyright_notice,
    title, licence_url) as IPTC IIM and XMP (JPEG) or XMP (PNG, WebP), without re-encoding it.
    Other formats come back as they are."""
    fields = {key: value for key, value in fields.items() if value}
    if not fields:
        return data
    with Image.open(io.BytesIO(data)) as picture:
        picture_format, size = picture.format, picture.size
        has_alpha = "A" in picture.mode or "transparency" in picture.info
    if picture_format == "JPEG":
        return _jpeg_with(data, fields)
    if picture_format == "PNG":
        return _png_with(data, fields)
    if picture_format == "WEBP":
        return _webp_with(data, fields, size, has_alpha)
    return data
