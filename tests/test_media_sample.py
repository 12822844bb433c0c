"""The sample photos (sample/photos/, drawn for the project) that ``make sample`` attaches to
the sample edition, so a newcomer's front page has pictures."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image as PILImage

from articles.importers.dump_import import import_paths
from articles.media.models import Image
from articles.models import Article

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
PHOTOS = ROOT / "sample" / "photos"


def test_every_sample_photo_is_a_described_jpeg():
    manifest = json.loads((PHOTOS / "photos.json").read_text(encoding="utf-8"))
    assert len(manifest) >= 10
    for entry in manifest:
        with PILImage.open(PHOTOS / entry["file"]) as picture:
            assert picture.format == "JPEG" and picture.width >= 1600, entry["file"]
        assert len(entry["alt"]) > 30 and entry["title"], entry["file"]
        assert all(0 <= v <= 1 for v in entry["focal"])


def test_make_sample_attaches_them_to_their_stories_once(client):
    assert not import_paths([ROOT / "sample" / "edition"], publish=True).errors
    out = StringIO()
    call_command("sample_photos", stdout=out)
    manifest = json.loads((PHOTOS / "photos.json").read_text(encoding="utf-8"))
    assert f"{len(manifest)} stories given a lead photo" in out.getvalue()
    for entry in manifest:
        article = Article.objects.get(slug=entry["article"])
        assert article.lead_image.alt_text == entry["alt"]
        assert article.lead_image.credit == "Newsroom sample art"
    call_command("sample_photos", stdout=(again := StringIO()))
    assert "0 added to the media library, 0 stories given a lead photo" in again.getvalue()
    assert Image.objects.count() == len(manifest)
    home = client.get("/").content.decode()
    lead = home[home.index('class="card card-lead') :]
    assert lead.index("<picture") < lead.index("</article>")  # the front page leads with one
