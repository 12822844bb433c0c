"""Writing images: an upload checked, stored once, and its renditions made, through Django's
``STORAGES["default"]`` (the filesystem under MEDIA_ROOT by default; S3-compatible storage in
production with django-storages: README, "Photos and the media library").

Nothing is half-written: the rows are written in one transaction, and the files written for an
upload that fails are deleted again.
"""

import logging
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from PIL import Image as PILImage

from . import imaging, specs
from .imaging import ImageRejected
from .models import Image, Rendition

logger = logging.getLogger("articles.media")


def max_bytes() -> int:
    return int(settings.NEWSROOM_IMAGE_MAX_BYTES)


def max_pixels() -> int:
    return int(settings.NEWSROOM_IMAGE_MAX_PIXELS)


def read_upload(upload) -> bytes:
    """The bytes of an uploaded file, refused by its size before it is read."""
    size = getattr(upload, "size", None)
    name = PurePath(getattr(upload, "name", "") or "upload").name
    if size is not None and size > max_bytes():
        raise ImageRejected(
            f"{name}: {imaging.size_text(size)} is over the "
            f"{imaging.size_text(max_bytes())} limit for photos."
        )
    upload.seek(0)
    return upload.read(max_bytes() + 1)


def title_from_name(name: str) -> str:
    stem = PurePath(name).stem.replace("_", " ").replace("-", " ").strip()
    return " ".join(stem.split())[:255] or "Untitled photo"


def add_image(data: bytes, name: str, *, user=None, **fields) -> tuple[Image, bool]:
    """(image, created): the Image for the file ``data`` uploaded as ``name``, stored with its
    renditions; the Image already made from the very same bytes if there is one (created False,
    ``fields`` ignored). Raises ImageRejected (one line naming ``name``); nothing is stored then.
    ``fields``: title, alt_text, caption, credit, source, focal_x, focal_y."""
    name = PurePath(name or "upload").name
    digest = imaging.sha256(data)
    existing = Image.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    checked = imaging.check(data, name, max_bytes=max_bytes(), max_pixels=max_pixels())
    public, ext = imaging.public_copy(checked)
    image = Image(
        title=(fields.pop("title", "") or title_from_name(name))[:255],
        width=checked.width,
        height=checked.height,
        format=checked.format.lower() if checked.format != "GIF" else "png",
        file_size=len(public),
        sha256=digest,
        uploaded_by=user if getattr(user, "pk", None) else None,
        **fields,
    )
    written: list[str] = []
    try:
        with transaction.atomic():
            image.file.name = _write(specs.original_name(digest, ext), public, written)
            image.save()
            _make(image, checked.image, specs.all_specs(*_size_and_focal(image)), written)
    except IntegrityError:
        _delete_files(written)  # the same file, uploaded by someone else at the same moment
        existing = Image.objects.filter(sha256=digest).first()
        if existing is None:
            raise
        return existing, False
    except BaseException:
        _delete_files(written)
        raise
    return image, True


def _size_and_focal(image: Image):
    return image.width, image.height, specs.focal_percent(image.focal_x, image.focal_y)


def _write(name: str, data: bytes, written: list[str]) -> str:
    if default_storage.exists(name):  # left by an upload that failed: names are by content
        default_storage.delete(name)
    saved = default_storage.save(name, ContentFile(data))
    written.append(saved)
    return saved


def _delete_files(names) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except Exception:  # never hide the error that made us clean up
            logger.exception("could not delete %s", name)


def _make(image: Image, picture: PILImage.Image, wanted, written: list[str]) -> list[Rendition]:
    """Make and store the renditions ``wanted`` ((width, ratio, format) each) of ``image``."""
    focal = specs.focal_percent(image.focal_x, image.focal_y)
    crop_focal = (focal[0] / 100, focal[1] / 100)
    rows = []
    for ratio in dict.fromkeys(r for _, r, _ in wanted):
        group = [(w, imaging.parse_ratio(r), f) for w, r, f in wanted if r == ratio]
        made = imaging.render_many(picture, group, crop_focal)
        for (width, _, fmt), (data, out_w, out_h) in zip(group, made, strict=True):
            name = specs.rendition_name(image.sha256, width, ratio, focal, fmt)
            rows.append(
                Rendition(
                    image=image,
                    width=out_w,
                    height=out_h,
                    format=fmt,
                    ratio=ratio,
                    focal=f"{focal[0]},{focal[1]}" if ratio else "",
                    file=_write(name, data, written),
                    file_size=len(data),
                )
            )
    return Rendition.objects.bulk_create(rows)


def open_original(image: Image) -> PILImage.Image:
    with default_storage.open(image.file.name, "rb") as handle:
        picture = PILImage.open(handle, formats=imaging.ACCEPTED)
        picture.load()
    return picture


def ensure_renditions(image: Image) -> tuple[int, int]:
    """Make the renditions ``image`` lacks (its focal point moved, or the sizes changed) and
    delete those it no longer has; (made, deleted). Rows in one transaction; files written for a
    failure are deleted, files of rows deleted go when it commits."""
    wanted = specs.all_specs(*_size_and_focal(image))
    focal = specs.focal_percent(image.focal_x, image.focal_y)
    key = {(w, r, f): specs.rendition_name(image.sha256, w, r, focal, f) for w, r, f in wanted}
    have = {r.file.name: r for r in image.renditions.all()}
    missing = [spec for spec, name in key.items() if name not in have]
    stale = [r for name, r in have.items() if name not in set(key.values())]
    written: list[str] = []
    try:
        with transaction.atomic():
            if missing:
                _make(image, open_original(image), missing, written)
            if stale:
                Rendition.objects.filter(pk__in=[r.pk for r in stale]).delete()
                names = [r.file.name for r in stale]
                transaction.on_commit(lambda: _delete_files(names))
    except BaseException:
        _delete_files(written)
        raise
    return len(missing), len(stale)


def delete_image_files(image: Image) -> None:
    """Delete the stored files of ``image`` (its original and renditions) when the current
    transaction commits; the rows are the caller's to delete."""
    names = [image.file.name, *(r.file.name for r in image.renditions.all())]
    transaction.on_commit(lambda: _delete_files([n for n in names if n]))
