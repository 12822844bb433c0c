"""Draw the sample photos (``python sample/photos/draw.py``): made for the project with Pillow,
so they carry no one's copyright. Each is a simple scene for one story of the sample edition;
``photos.json`` says which, with the alt text, caption, credit and focal point.

The scenes are seeded: running it again draws the same pictures.
"""

import json
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
W, H = 1800, 1200


def sky(top, bottom, size=(W, H)):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def hills(draw, rng, base, color, roughness=0.06, step=60):
    points = [(0, H)]
    y = base
    for x in range(0, W + step, step):
        y = min(H, max(H * 0.2, y + rng.uniform(-roughness, roughness) * H))
        points.append((x, y))
    points.append((W, H))
    draw.polygon(points, fill=color)
    return points


def finish(picture, rng, grain=14, blur=1.2):
    picture = picture.filter(ImageFilter.GaussianBlur(blur))
    noise = Image.effect_noise((W, H), grain).convert("RGB")
    return Image.blend(picture, noise, 0.06)


def sun(draw, x, y, r, color="#ffd54f"):
    draw.ellipse([x - r, y - r, x + r, y + r], fill=color)


def flight(rng):
    img = sky((70, 130, 200), (250, 210, 170))
    d = ImageDraw.Draw(img)
    sun(d, 1350, 420, 90, "#ffe082")
    for shade, base in ((110, 0.62), (80, 0.72), (50, 0.84)):
        hills(d, rng, H * base, (shade // 2, shade, shade // 2 + 20), 0.05)
    # an airliner climbing to the left
    cx, cy = 700, 330
    d.polygon(
        [(cx - 260, cy + 40), (cx + 240, cy - 30), (cx + 270, cy - 10), (cx - 240, cy + 60)],
        fill="#eceff1",
    )
    d.polygon(
        [(cx - 20, cy + 10), (cx + 90, cy + 150), (cx + 140, cy + 150), (cx + 60, cy)],
        fill="#cfd8dc",
    )
    d.polygon(
        [(cx - 10, cy + 20), (cx - 60, cy - 110), (cx - 20, cy - 110), (cx + 50, cy + 10)],
        fill="#cfd8dc",
    )
    d.polygon(
        [(cx + 200, cy - 25), (cx + 250, cy - 120), (cx + 275, cy - 120), (cx + 265, cy - 15)],
        fill="#1565c0",
    )
    return finish(img, rng)


def rice(rng):
    img = sky((120, 170, 220), (235, 235, 220))
    d = ImageDraw.Draw(img)
    horizon = int(H * 0.42)
    d.rectangle([0, horizon, W, H], fill=(96, 150, 60))
    for i in range(40):  # rows converging on the horizon
        x = i * W / 39
        d.line(
            [(W / 2 + (x - W / 2) * 0.08, horizon), (x * 1.6 - W * 0.3, H)],
            fill=(70, 120, 40),
            width=5,
        )
    for y0 in (0.55, 0.7, 0.88):  # water channels
        y = int(H * y0)
        d.rectangle([0, y, W, y + int(18 * y0 * 2)], fill=(150, 185, 200))
    d.rectangle([1200, horizon - 90, 1260, horizon], fill=(90, 80, 70))
    d.polygon(
        [(1180, horizon - 90), (1230, horizon - 140), (1280, horizon - 90)], fill=(150, 60, 40)
    )
    return finish(img, rng)


def satellite(rng):
    img = sky((5, 8, 30), (20, 30, 70))
    d = ImageDraw.Draw(img)
    for _ in range(500):
        x, y, r = rng.randrange(W), rng.randrange(H), rng.choice((1, 1, 1, 2, 3))
        d.ellipse([x, y, x + r, y + r], fill=(255, 255, 240))
    d.ellipse([-600, 850, W + 600, 2600], fill=(30, 90, 160))
    d.ellipse([-560, 880, W + 560, 2600], fill=(40, 120, 80))
    cx, cy = 1000, 450
    d.rectangle([cx - 60, cy - 80, cx + 60, cy + 80], fill="#b0a060")
    for side in (-1, 1):
        x0 = cx + side * 80
        x1 = cx + side * 420
        d.rectangle([min(x0, x1), cy - 50, max(x0, x1), cy + 50], fill="#283593")
        for k in range(1, 6):
            x = x0 + (x1 - x0) * k / 6
            d.line([(x, cy - 50), (x, cy + 50)], fill="#9fa8da", width=3)
    d.ellipse([cx - 25, cy - 140, cx + 25, cy - 80], fill="#eeeeee")
    return finish(img, rng, blur=0.8)


def football(rng):
    img = sky((20, 30, 60), (60, 70, 110))
    d = ImageDraw.Draw(img)
    d.polygon([(0, H * 0.45), (W, H * 0.45), (W, H), (0, H)], fill=(40, 140, 60))
    for i in range(8):  # mowing stripes
        y0 = H * 0.45 + i * (H * 0.55) / 8
        if i % 2:
            d.rectangle([0, y0, W, y0 + H * 0.55 / 8], fill=(50, 155, 70))
    d.line([(W / 2, H * 0.45), (W / 2, H)], fill="white", width=6)
    d.ellipse([W / 2 - 220, H * 0.62, W / 2 + 220, H * 0.86], outline="white", width=6)
    d.rectangle([0, H * 0.3, W, H * 0.45], fill=(90, 90, 100))
    for k in range(60):  # the crowd
        x = k * W / 60
        d.rectangle(
            [x, H * 0.32, x + 18, H * 0.44],
            fill=rng.choice(["#c62828", "#ffeb3b", "#fafafa", "#1565c0"]),
        )
    for x in (150, W - 150):
        d.rectangle([x - 8, 60, x + 8, H * 0.3], fill="#9e9e9e")
        d.rectangle([x - 70, 40, x + 70, 110], fill="#fffde7")
    sun(d, 980, 880, 22, "white")
    return finish(img, rng)


def marathon(rng):
    img = sky((110, 160, 210), (230, 220, 200))
    d = ImageDraw.Draw(img)
    for shade, base in ((120, 0.45), (90, 0.58)):
        hills(d, rng, H * base, (shade // 3, shade, shade // 2), 0.07)
    pts = [
        (W * 0.1 + t * W * 0.8 + math.sin(t * 9) * 180, H * 0.62 + t * H * 0.4)
        for t in (i / 40 for i in range(41))
    ]
    for i in range(40):
        d.line([pts[i], pts[i + 1]], fill=(120, 110, 100), width=int(20 + i * 3))
    for i in range(5, 38, 3):  # runners
        x, y = pts[i]
        color = rng.choice(["#e53935", "#1e88e5", "#fdd835", "#fb8c00"])
        d.ellipse([x - 8, y - 60, x + 8, y - 44], fill="#6d4c41")
        d.rectangle([x - 9, y - 44, x + 9, y - 18], fill=color)
        d.line([(x - 4, y - 18), (x - 12, y)], fill="#3e2723", width=5)
        d.line([(x + 4, y - 18), (x + 12, y)], fill="#3e2723", width=5)
    return finish(img, rng)


def coffee(rng):
    img = sky((150, 190, 230), (240, 230, 210))
    d = ImageDraw.Draw(img)
    sun(d, 300, 300, 110, "#fff3c4")
    hills(d, rng, H * 0.4, (80, 120, 90), 0.05)
    hills(d, rng, H * 0.55, (60, 110, 50), 0.04)
    for row in range(9):  # rows of coffee bushes
        y = H * 0.6 + row * 60
        for k in range(26):
            x = k * 75 + (row % 2) * 35
            r = 30 + row * 3
            d.ellipse(
                [x - r, y - r * 0.7, x + r, y + r * 0.7], fill=(30 + row * 4, 90 + row * 5, 35)
            )
            for _ in range(3):
                bx, by = x + rng.uniform(-r * 0.6, r * 0.6), y + rng.uniform(-r * 0.4, r * 0.4)
                d.ellipse([bx - 5, by - 5, bx + 5, by + 5], fill="#c62828")
    return finish(img, rng)


def ring_road(rng):
    img = sky((140, 170, 200), (225, 215, 205))
    d = ImageDraw.Draw(img)
    horizon = H * 0.45
    for k in range(28):  # skyline
        x = k * 70
        h = rng.randrange(60, 300)
        d.rectangle([x, horizon - h, x + 60, horizon], fill=(110 + k % 3 * 15, 115, 130))
    d.rectangle([0, horizon, W, H], fill=(100, 140, 80))
    d.polygon(
        [(W * 0.47, horizon), (W * 0.53, horizon), (W * 0.95, H), (W * 0.05, H)], fill=(70, 70, 75)
    )
    for side in (-1, 1):
        d.line(
            [(W / 2 + side * W * 0.01, horizon), (W / 2 + side * W * 0.3, H)],
            fill="#eeeeee",
            width=6,
        )
    for i in range(12):
        t0, t1 = i / 12, (i + 0.5) / 12
        d.line(
            [(W / 2, horizon + (H - horizon) * t0**2), (W / 2, horizon + (H - horizon) * t1**2)],
            fill="#fdd835",
            width=int(4 + 10 * t1),
        )
    return finish(img, rng)


def homestays(rng):
    img = sky((90, 140, 200), (245, 225, 190))
    d = ImageDraw.Draw(img)
    for shade, base in ((130, 0.4), (100, 0.5)):
        hills(d, rng, H * base, (shade // 3, shade, shade // 2), 0.06)
    d.rectangle([0, H * 0.68, W, H], fill=(90, 140, 60))
    for k, x in enumerate((250, 650, 1050, 1450)):
        y = H * 0.7 - (k % 2) * 60
        d.rectangle([x - 150, y - 120, x + 150, y], fill=(140, 100, 60))
        for post in range(-140, 150, 70):
            d.rectangle([x + post, y, x + post + 12, y + 90], fill=(90, 60, 35))
        d.polygon([(x - 200, y - 110), (x, y - 280), (x + 200, y - 110)], fill=(120, 90, 50))
        d.rectangle([x - 30, y - 100, x + 30, y - 30], fill=(250, 220, 120))
    return finish(img, rng)


def robots(rng):
    img = rice(rng)
    d = ImageDraw.Draw(img)
    x, y = 800, 860
    d.rectangle([x - 160, y - 90, x + 160, y + 40], fill="#eceff1")
    d.rectangle([x - 130, y - 70, x - 20, y - 10], fill="#263238")
    for wx in (x - 120, x + 120):
        d.ellipse([wx - 45, y + 10, wx + 45, y + 100], fill="#37474f")
    d.line([(x + 100, y - 90), (x + 140, y - 200)], fill="#90a4ae", width=8)
    d.ellipse([x + 125, y - 220, x + 155, y - 190], fill="#ff7043")
    return img


def lanterns(rng):
    img = sky((10, 10, 40), (40, 20, 40))
    d = ImageDraw.Draw(img)
    d.rectangle([0, H * 0.75, W, H], fill=(20, 30, 50))
    for _ in range(70):
        x, y = rng.randrange(W), rng.randrange(int(H * 0.05), int(H * 0.7))
        r = rng.randrange(25, 60)
        color = rng.choice(
            [(255, 87, 34), (255, 193, 7), (233, 30, 99), (255, 152, 0), (76, 175, 80)]
        )
        d.line([(x, 0), (x, y - r)], fill=(60, 50, 40), width=2)
        d.ellipse([x - r, y - r * 1.2, x + r, y + r * 1.2], fill=color)
        yy = H * 0.75 + (y / H) * H * 0.25  # reflections
        d.ellipse([x - r * 0.6, yy - 8, x + r * 0.6, yy + 8], fill=tuple(c // 2 for c in color))
    return finish(img, rng, blur=2)


def harbour(rng):
    img = sky((120, 160, 200), (220, 220, 215))
    d = ImageDraw.Draw(img)
    d.rectangle([0, H * 0.7, W, H], fill=(40, 80, 110))
    d.rectangle([0, H * 0.6, W, H * 0.7], fill=(120, 120, 120))
    colors = ["#c62828", "#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#ef6c00"]
    for col in range(22):
        for level in range(rng.randrange(2, 6)):
            x, y = 60 + col * 75, H * 0.6 - (level + 1) * 55
            d.rectangle([x, y, x + 70, y + 50], fill=rng.choice(colors), outline="#222")
    for cx in (400, 1300):
        d.rectangle([cx - 15, H * 0.15, cx + 15, H * 0.6], fill="#e65100")
        d.rectangle([cx - 250, H * 0.15, cx + 150, H * 0.15 + 30], fill="#e65100")
    return finish(img, rng)


def solar(rng):
    img = sky((100, 160, 220), (230, 230, 225))
    d = ImageDraw.Draw(img)
    sun(d, 1500, 250, 100, "#fff59d")
    hills(d, rng, H * 0.38, (70, 110, 80), 0.03)
    d.rectangle([0, H * 0.45, W, H], fill=(60, 110, 140))
    for row in range(7):
        y = H * 0.5 + row * 80
        n = 10 + row * 2
        for k in range(n):
            w = W / n
            d.polygon(
                [
                    (k * w + 8, y),
                    ((k + 1) * w - 8, y),
                    ((k + 1) * w - 16, y + 50 + row * 4),
                    (k * w + 16, y + 50 + row * 4),
                ],
                fill=(30, 50, 110),
                outline=(180, 190, 210),
            )
    return finish(img, rng)


SCENES = {
    "flight": flight,
    "rice": rice,
    "satellite": satellite,
    "football": football,
    "marathon": marathon,
    "coffee": coffee,
    "ring-road": ring_road,
    "homestays": homestays,
    "robots": robots,
    "lanterns": lanterns,
    "harbour": harbour,
    "solar": solar,
}


def main():
    manifest = json.loads((HERE / "photos.json").read_text(encoding="utf-8"))
    for entry in manifest:
        scene = SCENES[entry["scene"]]
        picture = scene(random.Random(entry["scene"]))  # noqa: S311 (drawing, not secrets)
        path = HERE / entry["file"]
        picture.save(path, "JPEG", quality=84, optimize=True, progressive=True)
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
