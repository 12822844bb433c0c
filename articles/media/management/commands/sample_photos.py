"""Attach the sample photos (sample/photos/, drawn for the project) to their sample stories.

``python manage.py sample_photos [DIR]``: each photo of ``DIR/photos.json`` goes into the media
library (once: the same file again is the same Image) and becomes the lead photo of its story,
unless an editor gave it another. ``make sample`` runs it after importing the sample edition.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles import cache
from articles.media import store
from articles.media.imaging import ImageRejected
from articles.models import Article

CREDIT = "Newsroom sample art"


class Command(BaseCommand):
    help = "Add the sample photos to the media library and make them their stories' lead photos."

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", nargs="?", default=str(settings.BASE_DIR / "sample/photos")
        )

    def handle(self, *args, directory, **options):
        folder = Path(directory)
        try:
            manifest = json.loads((folder / "photos.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{folder / 'photos.json'}: {error}") from None
        added = attached = 0
        for entry in manifest:
            path = folder / entry["file"]
            try:
                image, created = store.add_image(
                    path.read_bytes(),
                    path.name,
                    title=entry["title"],
                    alt_text=entry["alt"],
                    caption=entry.get("caption", ""),
                    credit=entry.get("credit", CREDIT),
                    focal_x=entry["focal"][0],
                    focal_y=entry["focal"][1],
                )
            except (OSError, ImageRejected) as error:
                raise CommandError(str(error)) from None
            added += created
            with transaction.atomic():
                article = (
                    Article.objects.select_for_update()
                    .filter(slug=entry["article"], lead_image__isnull=True)
                    .first()
                )
                if article is not None:
                    Article.objects.filter(pk=article.pk).update(lead_image=image)
                    cache.articles_changed([article.pk])
                    attached += 1
        self.stdout.write(
            f"{len(manifest)} sample photos: {added} added to the media library, "
            f"{attached} stories given a lead photo"
        )
