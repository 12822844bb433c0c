"""python manage.py import_dumps PATH... [--dry-run] [--publish]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importers.dump_import import import_paths
from audit.log import command_actor


class Command(BaseCommand):
    help = (
        "Import raw news dumps (files, or directories of files). Each file is all or nothing; "
        "bad files are reported and the others still import. Articles are drafts unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish new articles (default: drafts)."
        )

    def handle(self, *args, paths, dry_run, publish, verbosity, **options):
        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            raise CommandError(f"{missing[0]}: no such file or directory")

        def progress(files):
            return tqdm(files, desc="dumps", unit="file", disable=verbosity < 1 or len(files) < 2)

        result = import_paths(
            paths,
            publish=publish,
            dry_run=dry_run,
            actor=command_actor("import_dumps"),
            progress=progress,
        )
        for file_result in result.files:
            if file_result.error:
                self.stderr.write(f"error: {file_result.error}")
                continue
            if verbosity >= 2:
                for outcome in file_result.outcomes:
                    self.stdout.write(f"  {outcome.action:12s} {outcome.title}")
            for warning in file_result.warnings:
                self.stdout.write(self.style.WARNING(f"warning: {warning}"))
            for outcome in file_result.outcomes:
                for warning in outcome.warnings:
                    self.stdout.write(self.style.WARNING(f"warning: {file_result.name}: {warning}"))
        s = result.summary()
        prefix = "Dry run (nothing written): " if dry_run else ""
        self.stdout.write(
            f"{prefix}{s['files']} files, {s['created']} articles created, {s['updated']} updated, "
            f"{s['unchanged']} unchanged, {s['conflicts']} conflicts, {s['skipped']} skipped, "
            f"{s['removed']} no longer in their dump, "
            f"{s['teasers']} teasers "
            f"({s['stubs_created']} new stubs), {s['sections_created']} sections created, "
            f"{s['warnings']} warnings, {s['failed']} files failed"
        )
        if result.errors:
            raise SystemExit(1)
