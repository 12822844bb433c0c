"""Make the renditions the media library's photos lack (``articles/media/specs.py`` changed, or
files were lost), and delete those no longer wanted: ``python manage.py media_renditions``."""

from django.core.management.base import BaseCommand

from articles.media import store
from articles.media.models import Image


class Command(BaseCommand):
    help = "Make missing renditions of every photo, and delete stale ones."

    def handle(self, *args, **options):
        made = deleted = failed = 0
        for image in Image.objects.order_by("pk").iterator(chunk_size=200):
            try:
                new, old = store.ensure_renditions(image)
            except OSError as error:  # the original is missing or unreadable: say which
                failed += 1
                self.stderr.write(f"{image.file.name} (photo {image.pk}): {error}")
                continue
            made, deleted = made + new, deleted + old
        self.stdout.write(f"{made} renditions made, {deleted} deleted, {failed} photos failed")
