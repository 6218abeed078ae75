"""Published pictures carry no personal data from the camera: no GPS location (a source's home!),
no serial numbers, owner names, maker notes or comments. Credits (artist, copyright, description)
stay. The original upload keeps everything for the photo desk; only renditions are cleaned.

Wagtail's image library (Willow) copies the original's EXIF into JPEG and PNG renditions, so each
generated rendition is checked and cleaned here. JPEGs are cleaned without re-encoding: only
their EXIF segment is replaced.
"""

import io

from PIL import ExifTags, Image

GPS_IFD = ExifTags.IFD.GPSInfo
EXIF_IFD = ExifTags.IFD.Exif
PERSONAL_TAGS = {
    ExifTags.Base.HostComputer,
    ExifTags.Base.ImageUniqueID,
    ExifTags.Base.MakerNote,
    ExifTags.Base.UserComment,
    ExifTags.Base.CameraOwnerName,
    ExifTags.Base.BodySerialNumber,
    ExifTags.Base.LensSerialNumber,
    0xC62F,  # CameraSerialNumber (DNG)
    0x9C9C,  # XPComment
}


def cleaned_exif(exif, *, keep_location=False):
    """``exif`` without personal data, or None if it had none to remove."""
    changed = False
    exif_ifd = exif.get_ifd(EXIF_IFD)
    for tags in (exif, exif_ifd):
        for tag in PERSONAL_TAGS & set(tags):
            del tags[tag]
            changed = True
    if not keep_location and GPS_IFD in exif:
        del exif[GPS_IFD]
        exif._ifds.pop(GPS_IFD, None)  # Pillow keeps the loaded sub-IFD beside the pointer
        changed = True
    return exif if changed else None


def _replace_jpeg_exif(data, exif_bytes):
    """``data`` (a JPEG) with its APP1 Exif segment replaced by ``exif_bytes`` (as Pillow's
    ``Exif.tobytes()`` gives them, "Exif" header included); the pixels are untouched."""
    out, position = [data[:2]], 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position : position + 2 + length]
        if marker == 0xE1 and segment[4:10] == b"Exif\x00\x00":
            segment = b"\xff\xe1" + (len(exif_bytes) + 2).to_bytes(2, "big") + exif_bytes
        out.append(segment)
        position += 2 + length
    out.append(data[position:])
    return b"".join(out)


def without_personal_data(data, *, keep_location=False):
    """The picture file ``data`` with personal EXIF removed; ``data`` itself if it had none."""
    with Image.open(io.BytesIO(data)) as picture:
        picture_format = picture.format
        exif = cleaned_exif(picture.getexif(), keep_location=keep_location)
        if exif is None:
            return data
        if picture_format == "JPEG":
            return _replace_jpeg_exif(data, exif.tobytes())
        out = io.BytesIO()
        options = {"lossless": True} if picture_format == "WEBP" else {}
        picture.save(out, picture_format, exif=exif.tobytes(), **options)
        return out.getvalue()
