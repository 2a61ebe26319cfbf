"""Illustrations for the demo content, painted with Pillow so that no file is downloaded or shipped.

Each picture is a simple flat scene (a meeting hall, the sea, border mountains, a city, rice fields,
a festival at night, a port) drawn at half size and scaled up, which softens the edges and keeps the
whole seed fast. The same ``seed`` always gives the same picture.
"""

import colorsys
import io
import math
import random

from PIL import Image, ImageDraw, ImageOps

WIDTH, HEIGHT = 1200, 800
_DRAW_SCALE = 2  # drawn at 600x400, then scaled up
SCENES = ("hall", "sea", "border", "city", "field", "festival", "port")


def render_scene(scene, *, seed, size=(WIDTH, HEIGHT), quality=82):
    """JPEG bytes of ``scene`` (one of ``SCENES``), ``size`` pixels, deterministic for ``seed``."""
    if scene not in SCENES:
        raise ValueError(f"Unknown demo scene {scene!r}; expected one of {', '.join(SCENES)}.")
    rng = random.Random(f"{scene}:{seed}")
    w, h = size[0] // _DRAW_SCALE, size[1] // _DRAW_SCALE
    image = globals()[f"_paint_{scene}"](rng, w, h)
    image = image.resize(size, Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()


def render_portrait(*, seed, size=(480, 600), quality=85):
    """A neutral head-and-shoulders silhouette on a soft background, for officials' pages."""
    rng = random.Random(f"portrait:{seed}")
    w, h = size[0] // _DRAW_SCALE, size[1] // _DRAW_SCALE
    hue = rng.random()
    image = _gradient(w, h, _hsv(hue, 0.18, 0.92), _hsv(hue, 0.35, 0.62))
    draw = ImageDraw.Draw(image)
    suit = _hsv(rng.choice([0.6, 0.62, 0.08, 0.0]), 0.25, 0.22)
    skin = _hsv(0.07, 0.35, 0.55)
    draw.ellipse([w * 0.12, h * 0.66, w * 0.88, h * 1.25], fill=suit)
    draw.polygon([(w * 0.43, h * 0.66), (w * 0.57, h * 0.66), (w * 0.5, h * 0.86)], fill=(238, 238, 238))
    draw.rectangle([w * 0.44, h * 0.52, w * 0.56, h * 0.68], fill=skin)
    draw.ellipse([w * 0.32, h * 0.2, w * 0.68, h * 0.6], fill=skin)
    draw.chord([w * 0.31, h * 0.17, w * 0.69, h * 0.48], 180, 360, fill=(35, 30, 28))
    image = image.resize(size, Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _hsv(h, s, v):
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, max(0.0, min(1.0, s)), max(0.0, min(1.0, v)))
    return int(r * 255), int(g * 255), int(b * 255)


def _gradient(w, h, top, bottom):
    ramp = Image.linear_gradient("L").resize((w, h))
    return ImageOps.colorize(ramp, black=top, white=bottom).convert("RGB")


def _glow(image, centre, radius, colour, strength=110):
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    x, y = centre
    for step in range(8, 0, -1):
        r = radius * step / 8
        alpha = int(strength / (step + 1))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(*colour, alpha))
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _star(draw, cx, cy, r, fill):
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        radius = r if i % 2 == 0 else r * 0.382
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=fill)


def _flag(draw, x, y, w, h):
    draw.rectangle([x, y, x + w, y + h], fill=(218, 37, 29))
    _star(draw, x + w / 2, y + h / 2, h * 0.32, (255, 221, 0))


def _ridge(draw, rng, w, h, base, amplitude, colour, steps=9):
    points = [(0, h)]
    for i in range(steps + 1):
        points.append((w * i / steps, base - rng.uniform(0.2, 1.0) * amplitude))
    points.append((w, h))
    draw.polygon(points, fill=colour)


def _paint_hall(rng, w, h):
    hue = rng.choice([0.02, 0.05, 0.08, 0.11])
    image = _gradient(w, h, _hsv(hue, 0.25, 0.55), _hsv(hue, 0.35, 0.3))
    draw = ImageDraw.Draw(image)
    draw.rectangle([w * 0.12, h * 0.1, w * 0.88, h * 0.52], fill=_hsv(0.0, 0.85, 0.72))
    _star(draw, w * 0.5, h * 0.25, h * 0.09, (255, 215, 0))
    for i in range(5):
        draw.rectangle([w * (0.28 + i * 0.09), h * 0.4, w * (0.33 + i * 0.09), h * 0.42], fill=(255, 236, 180))
    draw.rectangle([w * 0.16, h * 0.5, w * 0.84, h * 0.58], fill=(245, 245, 240))
    draw.rectangle([w * 0.16, h * 0.58, w * 0.84, h * 0.6], fill=_hsv(0.33, 0.5, 0.45))
    for i in range(7):
        x = w * (0.2 + i * 0.1)
        draw.ellipse([x - 8, h * 0.43, x + 8, h * 0.5], fill=(60, 45, 40))
        draw.rectangle([x - 3, h * 0.515, x + 3, h * 0.52], fill=(30, 30, 30))
    for row in range(3):
        y = h * (0.72 + row * 0.1)
        count = 9 + row
        for i in range(count):
            x = w * (i + 0.5 + (row % 2) * 0.3) / count
            r = 11 + row * 3
            draw.ellipse([x - r, y - r, x + r, y + r], fill=(25 + row * 6, 22, 22))
            draw.rectangle([x - r * 1.6, y + r * 0.8, x + r * 1.6, h], fill=(34 + row * 8, 34, 44))
    return _glow(image, (w * 0.5, h * 0.02), w * 0.3, (255, 240, 200), 35)


def _paint_sea(rng, w, h):
    hue = rng.uniform(0.52, 0.6)
    evening = rng.random() < 0.4
    sky_top = _hsv(0.62, 0.5, 0.55) if evening else _hsv(hue, 0.45, 0.95)
    sky_bottom = _hsv(0.07, 0.55, 0.98) if evening else _hsv(hue - 0.03, 0.12, 1.0)
    image = _gradient(w, h, sky_top, sky_bottom)
    horizon = h * rng.uniform(0.5, 0.6)
    sun = (w * rng.uniform(0.2, 0.8), horizon - h * rng.uniform(0.08, 0.25))
    image = _glow(image, sun, h * 0.25, (255, 230, 160) if evening else (255, 255, 235), 150)
    draw = ImageDraw.Draw(image)
    draw.ellipse([sun[0] - 18, sun[1] - 18, sun[0] + 18, sun[1] + 18], fill=(255, 244, 214))
    sea = _gradient(w, int(h - horizon) + 1, _hsv(hue, 0.6, 0.75), _hsv(hue + 0.02, 0.8, 0.35))
    image.paste(sea, (0, int(horizon)))
    draw = ImageDraw.Draw(image)
    for i in range(14):
        y = horizon + (h - horizon) * (i + 1) / 15
        x = rng.uniform(0, w)
        draw.line([x, y, x + rng.uniform(20, 70), y], fill=_hsv(hue, 0.2, 0.95), width=1)
    ix = w * rng.uniform(0.55, 0.8)
    draw.polygon([(ix - 70, horizon), (ix - 25, horizon - 28), (ix + 10, horizon - 18), (ix + 60, horizon)],
                 fill=_hsv(0.35, 0.4, 0.35))
    bx, by = w * rng.uniform(0.15, 0.4), horizon + (h - horizon) * 0.45
    draw.polygon([(bx - 45, by), (bx + 45, by), (bx + 32, by + 14), (bx - 32, by + 14)], fill=(70, 60, 62))
    draw.rectangle([bx - 12, by - 14, bx + 16, by], fill=(235, 235, 230))
    draw.line([bx + 2, by - 14, bx + 2, by - 42], fill=(60, 60, 60), width=2)
    _flag(draw, bx + 3, by - 42, 22, 14)
    return image


def _paint_border(rng, w, h):
    hue = rng.uniform(0.28, 0.4)
    image = _gradient(w, h, _hsv(0.58, 0.3, 0.95), _hsv(0.1, 0.1, 0.98))
    draw = ImageDraw.Draw(image)
    for layer in range(4):
        base = h * (0.45 + layer * 0.12)
        shade = _hsv(hue + layer * 0.01, 0.25 + layer * 0.12, 0.8 - layer * 0.14)
        _ridge(draw, rng, w, h, base, h * 0.18, shade)
    mx, my = w * rng.uniform(0.55, 0.75), h * 0.82
    draw.rectangle([mx - 14, my - 70, mx + 14, my], fill=(236, 232, 222))
    draw.polygon([(mx - 14, my - 70), (mx, my - 80), (mx + 14, my - 70)], fill=(210, 205, 195))
    draw.rectangle([mx - 9, my - 55, mx + 9, my - 48], fill=(200, 30, 30))
    draw.line([mx - 60, my + 6, mx + 60, my + 6], fill=(120, 100, 80), width=3)
    px = w * rng.uniform(0.15, 0.35)
    draw.line([px, my + 4, px, my - 75], fill=(80, 70, 60), width=2)
    _flag(draw, px + 1, my - 75, 36, 24)
    for _ in range(3):
        cx, cy = rng.uniform(0, w), h * rng.uniform(0.08, 0.25)
        draw.ellipse([cx - 40, cy - 10, cx + 40, cy + 10], fill=(250, 250, 252))
    return image


def _paint_city(rng, w, h):
    hue = rng.uniform(0.55, 0.75)
    image = _gradient(w, h, _hsv(hue, 0.55, 0.45), _hsv(0.06, 0.45, 0.98))
    image = _glow(image, (w * rng.uniform(0.3, 0.7), h * 0.6), h * 0.3, (255, 200, 150), 120)
    draw = ImageDraw.Draw(image)
    ground = h * 0.72
    x = 0
    while x < w:
        bw = rng.uniform(28, 70)
        bh = rng.uniform(0.15, 0.5) * h
        colour = _hsv(hue, 0.3, rng.uniform(0.18, 0.35))
        draw.rectangle([x, ground - bh, x + bw, ground], fill=colour)
        for wy in range(int(ground - bh + 8), int(ground - 6), 12):
            for wx in range(int(x + 6), int(x + bw - 6), 10):
                if rng.random() < 0.45:
                    draw.rectangle([wx, wy, wx + 4, wy + 5], fill=(255, 220, 140))
        x += bw + rng.uniform(2, 10)
    river = _gradient(w, int(h - ground) + 1, _hsv(hue, 0.5, 0.4), _hsv(hue, 0.6, 0.2))
    image.paste(river, (0, int(ground)))
    draw = ImageDraw.Draw(image)
    for _ in range(30):
        y = ground + rng.uniform(4, h - ground)
        x = rng.uniform(0, w)
        draw.line([x, y, x + rng.uniform(8, 30), y], fill=(255, 210, 150), width=1)
    draw.line([0, ground + 18, w, ground + 4], fill=(200, 200, 210), width=4)
    return image


def _paint_field(rng, w, h):
    image = _gradient(w, h, _hsv(0.56, 0.4, 0.95), _hsv(0.15, 0.15, 1.0))
    draw = ImageDraw.Draw(image)
    ripe = rng.random() < 0.35
    base_hue = 0.13 if ripe else 0.27
    _ridge(draw, rng, w, h, h * 0.42, h * 0.1, _hsv(0.4, 0.35, 0.55))
    for band in range(9):
        top = h * (0.45 + band * 0.065)
        wobble = rng.uniform(-10, 10)
        colour = _hsv(base_hue + rng.uniform(-0.02, 0.02), 0.55 + band * 0.03, 0.85 - band * 0.04)
        draw.polygon([(0, top + wobble), (w, top - wobble), (w, h), (0, h)], fill=colour)
        draw.line([0, top + wobble, w, top - wobble], fill=_hsv(base_hue, 0.6, 0.55), width=1)
    for _ in range(rng.randint(2, 4)):
        x, y = w * rng.uniform(0.1, 0.9), h * rng.uniform(0.62, 0.85)
        draw.polygon([(x - 14, y), (x + 14, y), (x, y - 11)], fill=(236, 224, 190))
        draw.rectangle([x - 5, y, x + 5, y + 16], fill=_hsv(0.6, 0.4, 0.5))
    return _glow(image, (w * 0.8, h * 0.15), h * 0.18, (255, 250, 220), 120)


def _paint_festival(rng, w, h):
    hue = rng.uniform(0.62, 0.78)
    image = _gradient(w, h, _hsv(hue, 0.7, 0.22), _hsv(hue - 0.1, 0.5, 0.45))
    lanterns = []
    for row in range(3):
        y0 = h * (0.15 + row * 0.17)
        for i in range(7):
            x = w * (i + 0.5) / 7 + rng.uniform(-15, 15)
            y = y0 + 18 * ((i % 3) - 1) + rng.uniform(-6, 6)
            lanterns.append((x, y, rng.choice([0.0, 0.03, 0.08, 0.12, 0.95])))
    for x, y, _hue in lanterns:
        image = _glow(image, (x, y), 34, (255, 190, 90), 45) if rng.random() < 0.35 else image
    draw = ImageDraw.Draw(image)
    for row in range(3):
        y0 = h * (0.15 + row * 0.17)
        draw.line([0, y0 - 24, w, y0 - 14], fill=(90, 80, 70), width=1)
    for x, y, lantern_hue in lanterns:
        draw.line([x, y - 30, x, y - 12], fill=(90, 80, 70), width=1)
        draw.ellipse([x - 13, y - 14, x + 13, y + 14], fill=_hsv(lantern_hue, 0.85, 0.95))
        draw.rectangle([x - 5, y + 13, x + 5, y + 17], fill=(220, 180, 60))
    for i in range(22):
        x = w * i / 21
        draw.polygon([(x, h * 0.7), (x + 14, h * 0.7), (x + 7, h * 0.75)],
                     fill=[(218, 37, 29), (255, 221, 0)][i % 2])
    draw.rectangle([0, h * 0.82, w, h], fill=_hsv(hue, 0.5, 0.15))
    for i in range(16):
        x = w * (i + 0.5) / 16
        draw.ellipse([x - 9, h * 0.8, x + 9, h * 0.86], fill=(20, 18, 24))
    return image


def _paint_port(rng, w, h):
    image = _gradient(w, h, _hsv(0.58, 0.35, 0.92), _hsv(0.55, 0.1, 1.0))
    draw = ImageDraw.Draw(image)
    quay = h * 0.7
    colours = [(200, 60, 50), (40, 110, 170), (230, 160, 40), (60, 140, 90), (150, 150, 160)]
    for stack in range(6):
        x0 = w * (0.05 + stack * 0.11)
        for level in range(rng.randint(2, 5)):
            y = quay - (level + 1) * 16
            draw.rectangle([x0, y, x0 + 58, y + 15], fill=rng.choice(colours), outline=(60, 60, 60))
    for i in range(2):
        cx = w * (0.74 + i * 0.12)
        draw.line([cx, quay, cx, quay - 150], fill=(210, 80, 40), width=5)
        draw.line([cx - 70, quay - 140, cx + 40, quay - 140], fill=(210, 80, 40), width=5)
        draw.line([cx - 60, quay - 140, cx - 60, quay - 90], fill=(60, 60, 60), width=1)
    water = _gradient(w, int(h - quay) + 1, _hsv(0.55, 0.55, 0.6), _hsv(0.58, 0.7, 0.3))
    image.paste(water, (0, int(quay)))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, quay - 4, w, quay + 4], fill=(120, 120, 120))
    sx = w * rng.uniform(0.2, 0.5)
    draw.polygon([(sx - 120, quay + 30), (sx + 130, quay + 30), (sx + 105, quay + 62), (sx - 100, quay + 62)],
                 fill=(40, 50, 70))
    draw.rectangle([sx + 60, quay + 6, sx + 100, quay + 30], fill=(240, 240, 240))
    for i in range(5):
        draw.rectangle([sx - 100 + i * 30, quay + 16, sx - 74 + i * 30, quay + 30], fill=rng.choice(colours))
    return _glow(image, (w * 0.2, h * 0.15), h * 0.15, (255, 255, 230), 100)
