"""Which renditions every image has, and where each is stored: pure functions of an image's
SHA-256, size and focal point, so pages compute a rendition's address without a query.

Renditions are made once, when the image is uploaded (and again for the crops when its focal
point moves: the crops' names carry it, so a CDN never serves an old crop under a new name).
"""

from . import imaging

WIDTHS = (320, 640, 1024, 1600)
FORMATS = ("webp", "jpeg")
EXTENSIONS = {"webp": "webp", "jpeg": "jpg"}
#: Cards crop to this ratio around the focal point; "" is the whole photo (story pages).
CARD_RATIO = "3:2"
RATIOS = ("", CARD_RATIO)
#: Link previews and search engines (OpenGraph, JSON-LD ``image``: Google asks for 16:9, 4:3
#: and 1:1, at least 1,200 px wide where the photo has them): JPEG only.
SOCIAL_RATIOS = ("16:9", "4:3", "1:1")
SOCIAL_WIDTH = 1200


def focal_percent(focal_x: float, focal_y: float) -> tuple[int, int]:
    """The focal point in whole percent: what crops are made around, and named by."""
    return (
        min(max(round(float(focal_x) * 100), 0), 100),
        min(max(round(float(focal_y) * 100), 0), 100),
    )


def original_name(sha256: str, ext: str) -> str:
    return f"images/{sha256[:2]}/{sha256[:20]}.{ext}"


def rendition_name(sha256: str, width: int, ratio: str, focal: tuple[int, int], fmt: str) -> str:
    """``renditions/ab/abcdef…/640-3x2-50-40.webp``: the focal point only in crops' names."""
    crop = f"-{ratio.replace(':', 'x')}-{focal[0]}-{focal[1]}" if ratio else ""
    return f"renditions/{sha256[:2]}/{sha256[:20]}/{width}{crop}.{EXTENSIONS[fmt]}"


def planned(width: int, height: int, focal: tuple[int, int], ratio: str, widths=WIDTHS):
    """[(width, height)] of the renditions of a ``width``×``height`` image cropped to
    ``ratio`` (""), for the ``widths`` wanted (never wider than the crop)."""
    fraction = imaging.parse_ratio(ratio)
    box = imaging.crop_box(width, height, fraction, (focal[0] / 100, focal[1] / 100))
    box_width = box[2] - box[0]
    return [imaging.output_size(box, w) for w in imaging.plan_widths(box_width, widths)]


def all_specs(width: int, height: int, focal: tuple[int, int]):
    """Every (width, ratio, format) an image of this size has: each ratio of ``RATIOS`` at
    each of ``WIDTHS`` in each of ``FORMATS``, and the social crops in JPEG."""
    specs = []
    for ratio in RATIOS:
        for w, _ in planned(width, height, focal, ratio):
            specs.extend((w, ratio, fmt) for fmt in FORMATS)
    for ratio in SOCIAL_RATIOS:
        for w, _ in planned(width, height, focal, ratio, (SOCIAL_WIDTH,)):
            specs.append((w, ratio, "jpeg"))
    return specs
