"""python manage.py import_articles FILE [--dry-run] [--skip-invalid]"""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from articles.importers.csv_fields import FileProblem
from articles.importers.csv_import import import_csv
from audit.log import command_actor


class Command(BaseCommand):
    help = (
        "Import articles from a CSV (UTF-8), XLSX or JSON file (an array of objects, or JSON "
        "Lines) with the columns title, slug, summary, body, byline, dateline, source, section, "
        "status, published_at, url, external_id. "
        "Rows match existing articles by source + external_id, else by slug. All or nothing "
        "unless --skip-invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="Validate and count; write nothing."
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Write the valid rows; put the invalid ones in FILE.rejects.csv beside FILE.",
        )

    def handle(self, *args, file, dry_run, skip_invalid, verbosity, **options):
        bar = tqdm(
            total=0,
            desc="import",
            unit="B",
            unit_scale=True,
            file=sys.stderr,
            disable=verbosity < 1 or None,  # None: only on a terminal
            mininterval=0.5,
        )

        def progress(done, total, unit):
            if unit != "B":
                bar.unit, bar.unit_scale = f" {unit}s", False
            bar.total = total or None
            bar.update(done - bar.n)

        def on_error(line):
            if skip_invalid and verbosity < 2:
                return  # they go to the rejects file; the summary gives the count
            bar.clear()
            self.stderr.write(f"{file}: {line}")

        try:
            result = import_csv(
                file,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                actor=command_actor("import_articles"),
                progress=progress,
                on_error=on_error,
            )
        except FileProblem as exc:
            raise CommandError(f"{file}: {exc}") from None
        except DatabaseError as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise CommandError(
                f"{file}: the database refused the import, nothing was written ({reason})"
            ) from None
        finally:
            bar.close()
        self.stdout.write(result.summary())
        if result.invalid and not skip_invalid:
            raise SystemExit(1)
