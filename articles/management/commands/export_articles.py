"""python manage.py export_articles FILE [--format csv|xlsx|json|jsonl] [--status S] [--source N]"""

import sys

from django.core.management.base import BaseCommand, CommandError

from articles.importers.csv_export import FORMATS, export_file, write_text
from articles.models import Article, Source
from audit import log as audit


class Command(BaseCommand):
    help = (
        "Export articles to CSV (UTF-8 with BOM), XLSX, JSON or JSON Lines with the columns "
        "import_articles reads, spreadsheet formulas escaped. FILE '-' writes CSV (or JSON) to "
        "standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--format", choices=FORMATS, help="Default: from FILE.")
        parser.add_argument(
            "--status", action="append", choices=Article.Status.values, help="Repeatable."
        )
        parser.add_argument("--source", help="Only this source (name or alias).")

    def handle(self, *args, file, format, status, source, **options):
        queryset = Article.objects.all()
        if status:
            queryset = queryset.filter(status__in=status)
        if source:
            matching = [s.pk for s in Source.objects.all() if s.matches(source)]
            if not matching:
                raise CommandError(f"no source is called {source!r} (by name or alias)")
            queryset = queryset.filter(source__in=matching)
        try:
            if file == "-":
                if format == "xlsx":
                    raise CommandError("XLSX cannot go to standard output: name a file")
                count = write_text(sys.stdout, format or "csv", queryset)
            else:
                count = export_file(file, format, queryset)
        except OSError as exc:
            raise CommandError(f"{file}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise CommandError(f"{file}: {exc}") from None
        audit.exported(
            fmt=format or ("csv" if file == "-" else file.rsplit(".", 1)[-1].lower()),
            rows=count,
            actor=audit.command_actor("export_articles"),
            target="standard output" if file == "-" else str(file),
            filters={"status": status or [], "source": source or ""},
        )
        self.stderr.write(
            f"{count} articles exported to {'standard output' if file == '-' else file}"
        )
