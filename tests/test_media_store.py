"""articles/media/store.py: an upload stored once with its renditions through STORAGES, nothing
stored for a bad file or a failure half-way, crops made again when the focal point moves."""

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from articles.media import imaging, specs, store
from articles.media.imaging import ImageRejected
from articles.media.models import Image, Rendition
from tests.factories import ImageFactory, photo_bytes
from tests.test_media_imaging import gps_exif, png_header_only

pytestmark = pytest.mark.django_db


def stored_files() -> set[str]:
    root = Path(settings.MEDIA_ROOT)
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_an_upload_is_stored_with_every_rendition_made_once():
    data = photo_bytes(1800, 1200, seed="harbour")
    image, created = store.add_image(data, "Harbour_at-dawn.jpg", credit="Mai Lan")
    assert created and image.title == "Harbour at dawn" and image.credit == "Mai Lan"
    assert (image.width, image.height, image.format) == (1800, 1200, "jpeg")
    assert image.sha256 == imaging.sha256(data)
    assert default_storage.exists(image.file.name)
    rows = list(image.renditions.all())
    wanted = specs.all_specs(1800, 1200, (50, 50))
    assert len(rows) == len(wanted) == 2 * 4 * 2 + 3  # two ratios × four widths × two formats
    for row in rows:
        with default_storage.open(row.file.name) as handle:
            picture = PILImage.open(handle)
            assert picture.format == {"webp": "WEBP", "jpeg": "JPEG"}[row.format]
            assert picture.size == (row.width, row.height)
    assert {r.width for r in rows if r.ratio == ""} == {320, 640, 1024, 1600}
    card = next(r for r in rows if r.ratio == "3:2" and r.width == 640)
    assert card.height == 427

    # the same bytes again: the same Image, nothing new made
    before = stored_files()
    again, created = store.add_image(data, "copy.jpg", title="Other title")
    assert not created and again.pk == image.pk and again.title == "Harbour at dawn"
    assert stored_files() == before and Rendition.objects.count() == len(rows)


def test_gps_and_exif_are_in_no_stored_file():
    image, _ = store.add_image(photo_bytes(1200, 800, exif=gps_exif()), "phone.jpg")
    for name in [image.file.name, *(r.file.name for r in image.renditions.all())]:
        with default_storage.open(name) as handle:
            data = handle.read()
        assert b"GPS" not in data and b"Canon" not in data, name
        assert not PILImage.open(io.BytesIO(data)).getexif(), name


BAD_FILES = {
    "notes.jpg": (b"not a photo at all", "not a JPEG, PNG, WebP or GIF image"),
    "cut.jpg": (photo_bytes(400, 300)[:3000], "damaged"),
    "bomb.png": (png_header_only(30_000, 30_000), "decompression bomb"),
    "huge.png": (png_header_only(9_000, 9_000), "megapixel limit"),
    "logo.svg": (b'<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>', "SVG"),
    "empty.jpg": (b"", "empty"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_is_one_line_naming_it_and_nothing_is_stored(name):
    data, expected = BAD_FILES[name]
    before = stored_files()
    with pytest.raises(ImageRejected) as caught:
        store.add_image(data, name)
    assert str(caught.value).startswith(f"{name}: ") and expected in str(caught.value)
    assert Image.objects.count() == 0 and Rendition.objects.count() == 0
    assert stored_files() == before


def test_an_upload_over_the_size_limit_is_refused_before_it_is_read(settings):
    settings.NEWSROOM_IMAGE_MAX_BYTES = 50 * 1024
    upload = SimpleUploadedFile("big.jpg", photo_bytes(1600, 1200, quality=98))
    assert upload.size > 50 * 1024
    with pytest.raises(ImageRejected, match=r"^big\.jpg: .* is over the 50 KB limit"):
        store.read_upload(upload)
    assert Image.objects.count() == 0


def test_a_failure_half_way_through_the_renditions_leaves_nothing(monkeypatch):
    before = stored_files()
    real = imaging.render_many
    calls = []

    def failing(picture, wanted, focal):
        calls.append(wanted)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(picture, wanted, focal)

    monkeypatch.setattr(imaging, "render_many", failing)
    with pytest.raises(OSError, match="disk full"):
        store.add_image(photo_bytes(900, 600), "photo.jpg")
    assert len(calls) == 2  # the first ratio's files were written, then removed
    assert Image.objects.count() == 0 and Rendition.objects.count() == 0
    assert stored_files() == before


def test_moving_the_focal_point_makes_new_crops_and_deletes_the_old_ones(
    django_capture_on_commit_callbacks,
):
    image = ImageFactory(width=1600, height=900)
    whole_before = set(image.renditions.filter(ratio="").values_list("pk", flat=True))
    old_crops = list(image.renditions.exclude(ratio="").values_list("file", flat=True))
    image.focal_x, image.focal_y = 0.9, 0.2
    image.save()
    with django_capture_on_commit_callbacks(execute=True):  # old files go when it commits
        made, deleted = store.ensure_renditions(image)
    assert made == deleted == len(old_crops)
    assert set(image.renditions.filter(ratio="").values_list("pk", flat=True)) == whole_before
    new_crops = list(image.renditions.exclude(ratio="").values_list("file", flat=True))
    assert all("-90-20." in name for name in new_crops)
    assert not any(default_storage.exists(name) for name in old_crops)
    assert all(default_storage.exists(name) for name in new_crops)
    assert store.ensure_renditions(image) == (0, 0)  # made once


def test_missing_renditions_are_made_again_from_the_stored_original():
    image = ImageFactory(width=700, height=500)
    lost = image.renditions.get(ratio="", width=640, format="webp")
    default_storage.delete(lost.file.name)
    lost.delete()
    assert store.ensure_renditions(image) == (1, 0)
    again = image.renditions.get(ratio="", width=640, format="webp")
    assert again.file.name == lost.file.name and default_storage.exists(again.file.name)


def test_files_live_under_the_configured_storage(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    image, _ = store.add_image(photo_bytes(400, 300), "small.jpg")
    assert os.path.exists(tmp_path / image.file.name)
    assert image.file.url == f"/media/{image.file.name}"


def test_the_renditions_command_fills_gaps_and_names_unreadable_originals():
    from io import StringIO

    from django.core.management import call_command

    fine, lost = ImageFactory(width=500, height=400), ImageFactory(width=500, height=400)
    gone = fine.renditions.get(ratio="", width=320, format="jpeg")
    default_storage.delete(gone.file.name)
    gone.delete()
    default_storage.delete(lost.file.name)
    lost.renditions.filter(ratio="3:2").delete()
    out, err = StringIO(), StringIO()
    call_command("media_renditions", stdout=out, stderr=err)
    assert "1 renditions made, 0 deleted, 1 photos failed" in out.getvalue()
    assert lost.file.name in err.getvalue() and "Traceback" not in err.getvalue()
    assert default_storage.exists(gone.file.name)
