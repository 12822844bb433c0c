"""Pure image functions on bytes and Pillow images: no models, no storage, no settings.

* :func:`check` opens an upload the safe way and refuses, with one line naming the file, what is
  not a JPEG, PNG, WebP or GIF (SVG included: it can carry scripts), a damaged file (Pillow's
  ``verify()`` and then a full decode), a file over the byte limit and one over the pixel limit
  (a decompression bomb: a small file that decodes to gigabytes).
* :func:`public_copy` re-encodes the original without its metadata (EXIF, GPS, XMP, comments),
  turned upright first; only the colour profile is kept.
* :func:`crop_box`, :func:`plan_widths` and :func:`render` make renditions: resized, cropped to
  a ratio around the focal point, encoded as WebP or JPEG, without metadata either.
"""

import hashlib
import io
import warnings
from dataclasses import dataclass
from fractions import Fraction

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

#: The formats Pillow may even try to open: nothing else is parsed (no EPS through
#: Ghostscript, no TIFF, PSD or ICO decoders exposed to uploads).
ACCEPTED = ("JPEG", "PNG", "WEBP", "GIF")
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "png"}  # a GIF is kept as PNG
CONTENT_TYPES = {"webp": "image/webp", "jpeg": "image/jpeg"}
JPEG_QUALITY = 80
WEBP_QUALITY = 76
ORIGINAL_JPEG_QUALITY = 92


class ImageRejected(ValueError):
    """An upload refused; ``str()`` is one line naming the file, fit to show the user."""


@dataclass(frozen=True)
class Checked:
    """A verified upload, decoded and turned upright."""

    image: PILImage.Image
    format: str  # Pillow's: JPEG, PNG, WEBP, GIF
    sha256: str  # of the bytes as uploaded: the same file twice is one Image

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def size_text(n: int) -> str:
    """1536 -> "1.5 KB", 20971520 -> "20 MB"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def looks_like_svg(data: bytes, name: str) -> bool:
    if name.lower().endswith((".svg", ".svgz")):
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<svg", b"<!doctype svg")) and b"<svg" in head


def check(data: bytes, name: str, *, max_bytes: int, max_pixels: int) -> Checked:
    """``data`` decoded, verified and upright, or ImageRejected with a one-line reason."""
    if not data:
        raise ImageRejected(f"{name}: the file is empty.")
    if len(data) > max_bytes:
        raise ImageRejected(
            f"{name}: {size_text(len(data))} is over the {size_text(max_bytes)} limit for photos."
        )
    if looks_like_svg(data, name):
        raise ImageRejected(
            f"{name}: SVG drawings are not accepted (they can carry scripts): "
            "upload a PNG or JPEG export of it."
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            with PILImage.open(io.BytesIO(data), formats=ACCEPTED) as probe:
                fmt, size = probe.format, probe.size
                _check_pixels(name, size, max_pixels)
                probe.verify()
            image = PILImage.open(io.BytesIO(data), formats=ACCEPTED)
            image.load()  # verify() does not decode: a truncated file is found here
        except ImageRejected:
            raise
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise ImageRejected(
                f"{name}: too many pixels to decode safely (a decompression bomb?); "
                f"the limit is {max_pixels / 1e6:g} megapixels."
            ) from None
        except UnidentifiedImageError:
            raise ImageRejected(
                f"{name}: not a JPEG, PNG, WebP or GIF image Pillow can read."
            ) from None
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise ImageRejected(f"{name}: the image is damaged ({reason}).") from None
    _check_pixels(name, image.size, max_pixels)
    upright = ImageOps.exif_transpose(image)
    icc = image.info.get("icc_profile")
    if icc:
        upright.info["icc_profile"] = icc
    return Checked(image=upright, format=fmt, sha256=sha256(data))


def _check_pixels(name: str, size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    if width < 1 or height < 1:
        raise ImageRejected(f"{name}: the image has no pixels.")
    if width * height > max_pixels:
        raise ImageRejected(
            f"{name}: {width}×{height} is {width * height / 1e6:.0f} megapixels, over the "
            f"{max_pixels / 1e6:g}-megapixel limit (a decompression bomb?)."
        )


def _flat(image: PILImage.Image, *, alpha: bool) -> PILImage.Image:
    """RGB (or RGBA where ``alpha`` and the image has transparency): what encoders and LANCZOS
    resampling want (a palette image would be resized with NEAREST)."""
    if _has_alpha(image):
        rgba = image.convert("RGBA")
        if alpha:
            return rgba
        white = PILImage.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image if image.mode == "RGB" else image.convert("RGB")


def public_copy(checked: Checked) -> tuple[bytes, str]:
    """(bytes, extension) of the original as stored and served: upright, re-encoded in its own
    format (a GIF's first frame as PNG), with no EXIF, GPS, XMP or comment; the colour profile
    (``icc_profile``) is all that is kept of its metadata."""
    image, fmt = checked.image, checked.format
    icc = image.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    out = io.BytesIO()
    if fmt == "JPEG":
        image = image if image.mode in ("RGB", "L") else image.convert("RGB")
        image.save(out, "JPEG", quality=ORIGINAL_JPEG_QUALITY, optimize=True, **extra)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=90, method=4, **extra)
    else:  # PNG, and a GIF's first frame
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = _flat(image, alpha=True)
        image.save(out, "PNG", **extra)
    return out.getvalue(), EXTENSIONS[fmt]


# -- renditions ---------------------------------------------------------------------------------


def parse_ratio(ratio: str | None) -> Fraction | None:
    """ "3:2" -> Fraction(3, 2); "" or None -> None (the whole picture)."""
    if not ratio:
        return None
    a, _, b = ratio.partition(":")
    value = Fraction(int(a), int(b))
    if value <= 0:
        raise ValueError(ratio)
    return value


def crop_box(
    width: int, height: int, ratio: Fraction | None, focal: tuple[float, float]
) -> tuple[int, int, int, int]:
    """The largest ``ratio`` box inside ``width``×``height`` centred as near the focal point
    (fractions 0..1 of the width and height) as the edges allow."""
    if ratio is None:
        return (0, 0, width, height)
    fx, fy = (min(max(float(v), 0.0), 1.0) for v in focal)
    if Fraction(width, height) > ratio:  # too wide: keep the height, cut the sides
        w, h = max(1, round(height * ratio)), height
    else:
        w, h = width, max(1, round(width / ratio))
    left = min(max(round(fx * width - w / 2), 0), width - w)
    top = min(max(round(fy * height - h / 2), 0), height - h)
    return (left, top, left + w, top + h)


def plan_widths(crop_width: int, widths) -> list[int]:
    """The widths actually made for a crop ``crop_width`` wide: no upscaling, so any wanted
    width beyond it becomes the crop's own width (once)."""
    return sorted({min(int(w), crop_width) for w in widths})


def output_size(box: tuple[int, int, int, int], width: int) -> tuple[int, int]:
    box_w, box_h = box[2] - box[0], box[3] - box[1]
    return width, max(1, round(width * box_h / box_w))


def render(
    image: PILImage.Image,
    *,
    width: int,
    ratio: Fraction | None,
    focal: tuple[float, float],
    fmt: str,
) -> tuple[bytes, int, int]:
    """One rendition: ``image`` cropped to ``ratio`` around ``focal``, ``width`` pixels wide,
    encoded as ``fmt`` ("webp" or "jpeg") with no metadata but the colour profile."""
    return render_many(image, [(width, ratio, fmt)], focal)[0]


def render_many(image: PILImage.Image, specs, focal: tuple[float, float]):
    """[(bytes, width, height)] for each (width, ratio, fmt) of ``specs``, in that order.

    The photo is converted once per kind of output (JPEG has no alpha channel), and each crop
    is resized from the original once, to its largest width: the smaller widths are made from
    that copy (a fraction of the pixels), and WebP and JPEG share each resize."""
    icc = image.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    flat: dict[bool, PILImage.Image] = {}
    resized: dict[tuple, PILImage.Image] = {}
    for _, _, fmt in specs:
        if fmt not in CONTENT_TYPES:
            raise ValueError(f"unknown rendition format {fmt!r}")
    # largest first, so each smaller size of a crop starts from the one above it
    order = sorted(range(len(specs)), key=lambda i: -specs[i][0])
    made: list = [None] * len(specs)
    for i in order:
        width, ratio, fmt = specs[i]
        alpha = fmt == "webp" and _has_alpha(image)
        if alpha not in flat:
            flat[alpha] = _flat(image, alpha=alpha)
        box = crop_box(image.width, image.height, ratio, focal)
        size = output_size(box, width)
        key = (box, size, alpha)
        picture = resized.get(key)
        if picture is None:
            bigger = [(k[1][0], v) for k, v in resized.items() if k[0] == box and k[2] == alpha]
            if size == (box[2] - box[0], box[3] - box[1]):
                picture = flat[alpha].crop(box)
            elif bigger:  # the smallest copy of this crop already made that is larger
                _, above = min(bigger, key=lambda b: b[0])
                picture = above.resize(size, PILImage.Resampling.LANCZOS)
            else:
                picture = flat[alpha].resize(
                    size, PILImage.Resampling.LANCZOS, box=box, reducing_gap=3.0
                )
            resized[key] = picture
        out = io.BytesIO()
        if fmt == "webp":
            picture.save(out, "WEBP", quality=WEBP_QUALITY, method=4, **extra)
        else:
            picture.save(
                out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, **extra
            )
        made[i] = (out.getvalue(), size[0], size[1])
    return made


def _has_alpha(image: PILImage.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
