"""Pictures for the demo desk, drawn with Pillow so the demo ships no binary files."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1600, 1000)


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _mountains(draw, rng, width, height, dark, light):
    for layer in range(3):
        colour = _mix(dark, light, 0.55 - layer * 0.22)
        base = height * (0.55 + layer * 0.12)
        points = [(0, height)]
        x = 0
        while x < width:
            points.append((x, base - rng.uniform(60, 260)))
            x += rng.uniform(120, 300)
        points += [(width, base - rng.uniform(40, 200)), (width, height)]
        draw.polygon(points, fill=colour)


def _river(draw, rng, width, height, dark, light):
    _mountains(draw, rng, width, height, dark, light)
    water = _mix(light, (90, 140, 190), 0.6)
    y = height * 0.78
    for i in range(40):
        x0 = width * i / 40
        draw.ellipse((x0 - 80, y - 30 + rng.uniform(-20, 20), x0 + 120, y + 60), fill=water)


def _building(draw, rng, width, height, dark, light):
    ground = height * 0.8
    draw.rectangle((0, ground, width, height), fill=_mix(dark, light, 0.4))
    cx = width * rng.uniform(0.35, 0.65)
    stone = _mix(light, (120, 100, 80), 0.45)
    draw.rectangle((cx - 260, ground - 320, cx + 260, ground), fill=stone)
    draw.polygon(
        [(cx - 300, ground - 320), (cx, ground - 520), (cx + 300, ground - 320)], fill=dark
    )
    draw.rectangle((cx - 50, ground - 160, cx + 50, ground), fill=dark)
    for dx in (-170, 130):
        draw.rectangle((cx + dx, ground - 250, cx + dx + 40, ground - 180), fill=dark)


def _field(draw, rng, width, height, dark, light):
    horizon = height * 0.45
    for i in range(14):
        top = horizon + (height - horizon) * (i / 14) ** 1.6
        bottom = horizon + (height - horizon) * ((i + 1) / 14) ** 1.6
        draw.rectangle((0, top, width, bottom), fill=_mix(dark, light, 0.3 + 0.4 * (i % 2)))


def _road(draw, rng, width, height, dark, light):
    _mountains(draw, rng, width, height, dark, light)
    draw.polygon(
        [(width * 0.47, height * 0.6), (width * 0.53, height * 0.6), (width * 0.9, height),
         (width * 0.1, height)],
        fill=(70, 70, 72),
    )  # fmt: skip
    for i in range(8):
        t0, t1 = i / 8, i / 8 + 0.05
        y0, y1 = height * (0.6 + 0.4 * t0), height * (0.6 + 0.4 * t1)
        draw.rectangle((width * 0.5 - 4 - 20 * t0, y0, width * 0.5 + 4 + 20 * t0, y1), fill="white")


def _crowd(draw, rng, width, height, dark, light):
    draw.rectangle((0, height * 0.75, width, height), fill=_mix(dark, light, 0.3))
    for _ in range(90):
        x, y = rng.uniform(0, width), rng.uniform(height * 0.55, height * 0.95)
        r = rng.uniform(18, 34)
        colour = _mix(dark, (rng.randint(0, 255), 80, 60), rng.uniform(0.2, 0.6))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        draw.rounded_rectangle((x - r * 1.4, y + r, x + r * 1.4, y + r * 5), r, fill=colour)


def _sun(draw, rng, width, height, dark, light):
    cx, cy, r = width * 0.7, height * 0.35, 120
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 215, 120))
    _field(draw, rng, width, height, dark, light)


MOTIFS = {
    "mountains": _mountains,
    "river": _river,
    "building": _building,
    "field": _field,
    "road": _road,
    "crowd": _crowd,
    "sun": _sun,
}


def draw_picture(key, palette, motif, size=SIZE):
    """A JPEG (as bytes) of a simple landscape, the same for the same key every time."""
    rng = random.Random(key)
    dark, light = (_rgb(colour) for colour in palette)
    width, height = size
    picture = Image.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(light, dark, y / height * 0.5))
    MOTIFS.get(motif, _mountains)(draw, rng, width, height, dark, light)
    picture = picture.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def draw_portrait(key, initials, size=(400, 400)):
    """A plain initials portrait for a demo author."""
    rng = random.Random(key)
    background = (rng.randint(40, 120), rng.randint(60, 120), rng.randint(60, 140))
    picture = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((120, 70, 280, 230), fill=(235, 225, 210))
    draw.rounded_rectangle((70, 250, 330, 460), 90, fill=(235, 225, 210))
    draw.text((16, 16), initials, fill="white", font_size=48)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
