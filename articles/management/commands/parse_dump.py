"""`manage.py parse_dump FILE... [--json] [--default-profiles]`: parse raw dumps, writing nothing.

The parser gets the source profiles editors keep in the database (Source rows) where there is a
database to read, else its built-in table; ``--default-profiles`` always uses the built-in table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from articles.importers.dumps import DumpError, parse_bytes, to_score_json
from articles.importers.dumps.profiles import DEFAULT_PROFILES
from articles.importers.profiles import profiles_if_available


class Command(BaseCommand):
    help = (
        "Parse raw scraped news dumps (wire stories, press releases, newspaper pages) and print "
        "what was found; --json prints the parse in the scoring format. Writes nothing; reads "
        "the sources from the database when there is one (else the built-in table)."
    )
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="dump files to parse")
        parser.add_argument("--json", action="store_true", help="print JSON (one object per file)")
        parser.add_argument(
            "--default-profiles",
            action="store_true",
            help="use the parser's built-in source table, not the database's sources",
        )

    def handle(self, *args, **options):
        files, as_json = options["files"], options["json"]
        default = options["default_profiles"]
        profiles = DEFAULT_PROFILES if default else profiles_if_available()
        dumps, failed = [], 0
        for name in files:
            path = Path(name)
            try:
                data = path.read_bytes()
            except OSError as exc:
                failed += 1
                self.stderr.write(f"error: {path.name}: cannot read ({exc.strerror or exc})")
                continue
            try:
                dumps.append(parse_bytes(data, path.name, profiles=profiles))
            except DumpError as exc:
                failed += 1
                self.stderr.write(f"error: {exc}")
            except Exception as exc:  # never a traceback for a bad file
                failed += 1
                self.stderr.write(f"error: {path.name}: cannot parse ({type(exc).__name__}: {exc})")
        if as_json:
            self.stdout.write(json.dumps(to_score_json(dumps), ensure_ascii=False, indent=2))
        else:
            for dump in dumps:
                self._summary(dump)
        if failed:
            sys.exit(1)

    def _summary(self, dump) -> None:
        chunks = f", chunks of {dump.chunk_size}" if dump.chunk_size else ""
        self.stdout.write(
            f"{dump.filename}: {len(dump.articles)} article(s), {dump.encoding}{chunks}"
        )
        for warning in dump.warnings:
            self.stdout.write(f"  ! {warning}")
        for art in dump.articles:
            extra = []
            if art.byline:
                extra.append(f"by {art.byline}")
            if art.captions:
                extra.append(f"{len(art.captions)} caption(s)")
            if art.teasers:
                extra.append(f"{len(art.teasers)} teaser(s)")
            tail = f" ({', '.join(extra)})" if extra else ""
            source = art.source or "unknown source"
            self.stdout.write(
                f"  - {art.title or '(untitled)'} [{source}, {len(art.body)} ¶]{tail}"
            )
            for warning in art.warnings:
                self.stdout.write(f"      ! {warning}")
        if dump.teasers:
            self.stdout.write(f"  {len(dump.teasers)} teaser(s) not attached to an article")
