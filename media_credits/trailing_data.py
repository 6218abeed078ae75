"""Where a picture file's image ends, and what was appended after it.

A JPEG with a web page glued to its end still decodes as a picture, yet a browser that sniffs it
(or a server that names it .html) runs the page: a polyglot. Each format's own structure says
where the picture ends; whatever follows is returned so the upload form can refuse it.
"""

import struct

PADDING = b"\x00\xff\r\n\t "  # what some cameras and editors leave after the end marker


def _jpeg_end(data):
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:
            return position + 2
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        position += 2 + length
        if marker == 0xDA:  # entropy-coded data runs to the next real marker
            while position + 1 < len(data):
                if data[position] == 0xFF and data[position + 1] not in (
                    0x00, 0xFF, *range(0xD0, 0xD8),
                ):  # fmt: skip
                    break
                position += 1
    return None


def _png_end(data):
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        position += 12 + length
        if kind == b"IEND":
            return position
    return None


def _riff_end(data):
    return 8 + struct.unpack("<I", data[4:8])[0] if len(data) >= 8 else None


def _gif_end(data):
    def skip_sub_blocks(position):
        while position < len(data) and data[position]:
            position += 1 + data[position]
        return position + 1

    def colour_table(flags):
        return 3 * 2 ** ((flags & 0x07) + 1) if flags & 0x80 else 0

    position = 13 + colour_table(data[10]) if len(data) > 13 else len(data)
    while position < len(data):
        block = data[position]
        if block == 0x3B:
            return position + 1
        if block == 0x21:
            position = skip_sub_blocks(position + 2)
        elif block == 0x2C:
            position += 10 + colour_table(data[position + 9]) + 1
            position = skip_sub_blocks(position)
        else:
            return None
    return None


def _iso_media_end(data):  # AVIF, HEIF: a sequence of boxes
    position = 0
    while position + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[position : position + 8])
        if size == 1 and position + 16 <= len(data):
            size = struct.unpack(">Q", data[position + 8 : position + 16])[0]
        elif size == 0:
            return len(data)
        if size < 8 or not kind.isascii() or position + size > len(data):
            return position
        position += size
    return position


ENDS = {
    "JPEG": _jpeg_end,
    "PNG": _png_end,
    "WEBP": _riff_end,
    "GIF": _gif_end,
    "AVIF": _iso_media_end,
}


def appended_payload(data, image_format):
    """The bytes after the picture's end, unless they are only padding; else b""."""
    find_end = ENDS.get(image_format)
    end = find_end(data) if find_end else None
    if end is None:
        return b""  # a format we do not walk, or one Pillow decoded but we cannot follow
    trailing = data[end:]
    return trailing if trailing.strip(PADDING) else b""
