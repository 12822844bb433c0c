"""articles/media/imaging.py: each bad file refused with one line naming it; metadata removed;
renditions resized and cropped around the focal point. Pure functions: no database."""

import io
import struct
import zlib
from fractions import Fraction

import pytest
from PIL import Image as PILImage

from articles.media import imaging, specs
from articles.media.imaging import ImageRejected
from tests.factories import photo_bytes

LIMITS = {"max_bytes": 5 * 1024 * 1024, "max_pixels": 50_000_000}


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width``×``height`` pixels in a few dozen bytes: a decompression bomb's
    header (its data would inflate to gigabytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def gps_exif(orientation: int | None = None) -> PILImage.Exif:
    exif = PILImage.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "EOS 5D"  # Model
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 50.0, 0.0)}  # GPS
    if orientation:
        exif[0x0112] = orientation
    return exif


def reject(data, name="photo.jpg", **limits):
    with pytest.raises(ImageRejected) as caught:
        imaging.check(data, name, **{**LIMITS, **limits})
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{name}: "), message
    return message


def test_a_file_that_is_not_an_image_is_refused():
    assert "not a JPEG, PNG, WebP or GIF image" in reject(b"Dear editor, here is the text.\n")


def test_an_empty_file_is_refused():
    assert "empty" in reject(b"")


def test_a_truncated_jpeg_is_refused_as_damaged():
    data = photo_bytes(400, 300)
    assert "damaged" in reject(data[: len(data) // 2])


def test_a_jpeg_with_garbage_after_its_header_is_refused():
    data = photo_bytes(400, 300)
    assert "damaged" in reject(data[:200] + bytes(range(256)) * 40)


def test_formats_outside_the_allow_list_are_never_parsed():
    for fmt, name in (("TIFF", "scan.tif"), ("BMP", "old.bmp"), ("ICO", "favicon.ico")):
        out = io.BytesIO()
        PILImage.new("RGB", (64, 64), "red").save(out, fmt)
        assert "not a JPEG, PNG, WebP or GIF image" in reject(out.getvalue(), name)


def test_svg_is_refused_by_name_and_by_content():
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert "SVG" in reject(svg, "logo.svg")
    assert "SVG" in reject(svg, "logo.png")  # renamed: found by its content
    assert "SVG" in reject(b"<svg onload='alert(1)'/>", "x.jpg")


def test_a_decompression_bomb_is_refused_before_it_is_decoded():
    # 30,000 × 30,000 is past Pillow's own limit: refused as it opens
    assert "decompression bomb" in reject(png_header_only(30_000, 30_000), "bomb.png")
    # 8,000 × 8,000 = 64 megapixels: Pillow would decode it; our 50-megapixel limit does not
    message = reject(png_header_only(8_000, 8_000), "big.png")
    assert "8000×8000" in message and "50-megapixel limit" in message


def test_the_pixel_limit_is_a_setting():
    data = photo_bytes(1200, 900)
    assert "megapixel limit" in reject(data, max_pixels=1_000_000)
    assert imaging.check(data, "photo.jpg", **LIMITS).width == 1200


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened():
    data = photo_bytes(600, 400)
    message = reject(data, max_bytes=10 * 1024)
    assert "is over the 10 KB limit" in message


def test_exif_and_gps_are_removed_from_the_public_copy_and_orientation_applied():
    data = photo_bytes(800, 600, exif=gps_exif(orientation=6))  # "rotate 90° to view"
    original = PILImage.open(io.BytesIO(data))
    assert original.getexif().get_ifd(0x8825)  # the upload carries GPS
    checked = imaging.check(data, "phone.jpg", **LIMITS)
    assert (checked.width, checked.height) == (600, 800)  # upright
    public, ext = imaging.public_copy(checked)
    assert ext == "jpg"
    copy = PILImage.open(io.BytesIO(public))
    assert copy.size == (600, 800)
    assert not copy.getexif() and "exif" not in copy.info
    assert b"Canon" not in public and b"GPS" not in public


def test_png_text_chunks_are_removed_and_transparency_kept():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "home address: 12 Secret Street")
    out = io.BytesIO()
    PILImage.new("RGBA", (120, 80), (10, 20, 30, 128)).save(out, "PNG", pnginfo=info)
    checked = imaging.check(out.getvalue(), "logo.png", **LIMITS)
    public, ext = imaging.public_copy(checked)
    assert ext == "png" and b"Secret Street" not in public
    assert PILImage.open(io.BytesIO(public)).mode == "RGBA"


def test_renditions_carry_no_metadata_but_the_colour_profile():
    icc = b"\x00" * 128  # stands for a profile: kept as bytes, whatever it says
    picture = PILImage.open(io.BytesIO(photo_bytes(900, 600, exif=gps_exif(), icc_profile=icc)))
    picture.load()
    made = imaging.render_many(picture, [(320, None, "webp"), (320, None, "jpeg")], (0.5, 0.5))
    for data, _, _ in made:
        out = PILImage.open(io.BytesIO(data))
        assert not out.getexif() and b"GPS" not in data and b"Canon" not in data
        assert out.info.get("icc_profile") == icc


def test_renditions_are_webp_and_jpeg_at_the_width_asked():
    picture = PILImage.open(io.BytesIO(photo_bytes(1600, 1000)))
    specs_ = [(640, None, "webp"), (640, Fraction(3, 2), "jpeg")]
    (webp, w1, h1), (jpeg, w2, h2) = imaging.render_many(picture, specs_, (0.5, 0.5))
    assert PILImage.open(io.BytesIO(webp)).format == "WEBP" and (w1, h1) == (640, 400)
    assert PILImage.open(io.BytesIO(jpeg)).format == "JPEG" and (w2, h2) == (640, 427)
    assert PILImage.open(io.BytesIO(jpeg)).size == (640, 427)


def test_a_transparent_png_becomes_a_jpeg_on_white():
    picture = PILImage.new("RGBA", (400, 300), (0, 0, 0, 0))
    (data, _, _), *_ = imaging.render_many(picture, [(320, None, "jpeg")], (0.5, 0.5))
    assert PILImage.open(io.BytesIO(data)).convert("RGB").getpixel((10, 10)) > (245, 245, 245)


@pytest.mark.parametrize(
    "size, ratio, focal, box",
    [
        ((1600, 1000), Fraction(3, 2), (0.5, 0.5), (50, 0, 1550, 1000)),  # sides cut evenly
        ((1600, 1000), Fraction(3, 2), (0.0, 0.5), (0, 0, 1500, 1000)),  # kept at the edge
        ((1600, 1000), Fraction(3, 2), (1.0, 0.5), (100, 0, 1600, 1000)),
        ((1000, 1600), Fraction(3, 2), (0.5, 0.1), (0, 0, 1000, 667)),  # portrait: top kept
        ((1000, 1600), Fraction(3, 2), (0.5, 0.9), (0, 933, 1000, 1600)),
        ((1600, 1000), None, (0.9, 0.9), (0, 0, 1600, 1000)),  # no ratio: the whole photo
    ],
)
def test_crop_box_keeps_the_focal_point_in_view(size, ratio, focal, box):
    assert imaging.crop_box(*size, ratio, focal) == box


def test_the_card_crop_follows_the_focal_point():
    picture = PILImage.new("RGB", (1600, 800), "white")
    picture.paste((255, 0, 0), (1500, 350, 1580, 450))  # a red boat near the right edge
    for focal, seen in (((0.95, 0.5), True), ((0.05, 0.5), False)):
        (data, w, h), *_ = imaging.render_many(picture, [(300, Fraction(1, 1), "jpeg")], focal)
        crop = PILImage.open(io.BytesIO(data)).convert("RGB")
        raw = crop.tobytes()
        reds = sum(1 for i in range(0, len(raw), 3) if raw[i] > 200 and raw[i + 1] < 80)
        assert (reds > 100) is seen, focal


def test_no_rendition_is_wider_than_its_photo():
    assert imaging.plan_widths(500, specs.WIDTHS) == [320, 500]
    assert imaging.plan_widths(3000, specs.WIDTHS) == [320, 640, 1024, 1600]
    small = specs.all_specs(500, 400, (50, 50))
    assert max(w for w, _, _ in small) == 500
    assert {(r, f) for _, r, f in small} >= {("", "webp"), ("", "jpeg"), ("3:2", "webp")}


def test_rendition_names_carry_the_focal_point_only_for_crops():
    sha = "ab" * 32
    assert specs.rendition_name(sha, 640, "", (30, 70), "webp").endswith("/640.webp")
    assert specs.rendition_name(sha, 640, "3:2", (30, 70), "jpeg").endswith("/640-3x2-30-70.jpg")
