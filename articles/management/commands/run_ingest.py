"""python manage.py run_ingest [--once] [--every SECONDS]"""

import time

from django.core.management.base import BaseCommand

from articles.ingest.tasks import poll_due_feeds, scan_drop_folder


class Command(BaseCommand):
    help = (
        "Scan the drop folder (NEWSROOM_DROP_FOLDER) and poll the feeds that are due, every few "
        "seconds: what `celery -A newsroom beat` schedules, for a site run without Celery. With "
        "a broker configured the work is queued for the workers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="One round, then exit.")
        parser.add_argument("--every", type=float, default=15.0, metavar="SECONDS")

    def handle(self, *args, once, every, **options):
        while True:
            scan_drop_folder()
            poll_due_feeds()
            if once:
                return
            time.sleep(max(1.0, every))
