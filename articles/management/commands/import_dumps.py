"""python manage.py import_dumps PATH... [--dry-run] [--publish] [--queue [--chunk N]]"""

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
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Store the files as raw dumps and import them as background jobs (Celery "
            "workers; in-process when no broker is configured). Prints the job ids.",
        )
        parser.add_argument(
            "--chunk",
            type=int,
            default=20,
            metavar="N",
            help="With --queue: files per job (jobs run in parallel on the workers).",
        )

    def handle(self, *args, paths, dry_run, publish, verbosity, queue, chunk, **options):
        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            raise CommandError(f"{missing[0]}: no such file or directory")
        if queue:
            if dry_run:
                raise CommandError("--queue and --dry-run do not go together")
            return self.queue(paths, publish=publish, chunk=max(1, chunk))

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

    def queue(self, paths, *, publish, chunk):
        from articles.importers.dump_import import dump_files
        from articles.ingest.jobs import IngestUnavailable, stash_files, submit_dumps

        files = dump_files(paths)
        failed = False
        for start in range(0, len(files), chunk):
            part = files[start : start + chunk]
            try:
                dumps = stash_files(part)
                job = submit_dumps(dumps, channel="cli", publish=publish)
            except OSError as exc:
                raise CommandError(f"{exc.filename}: {exc.strerror}") from None
            except IngestUnavailable as exc:
                raise CommandError(str(exc)) from None
            c = job.counts
            state = (
                f"{c.get('created', 0)} created, {c.get('updated', 0)} updated, "
                f"{c.get('unchanged', 0)} unchanged, {c.get('failed', 0)} files failed"
                if job.finished
                else "queued"
            )
            self.stdout.write(
                f"job {job.pk}: {len(part)} files, {job.get_status_display()}: {state}"
            )
            for line in job.result.get("files", []):
                if line.get("error"):
                    self.stderr.write(f"error: {line['error']}")
            failed = failed or job.status == job.Status.FAILED or bool(c.get("failed"))
        if failed:
            raise SystemExit(1)
