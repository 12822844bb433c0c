"""Import a CSV/XLSX file of articles from the command line: streamed, validated, all or nothing.

``import_csv(path)`` reads the file row by row (``csv_read``), validates every row with
``ArticleResource.clean_row`` (the same widgets the admin uses), plans each batch with the same
``Planner`` (source + external_id, else slug), and writes the batch with PostgreSQL's COPY or
``bulk_create`` (``csv_write``), all in one transaction. Memory holds one batch of rows plus the
keys and slugs seen so far, whatever the size of the file.

By default one invalid row writes nothing (every invalid row is still reported). With
``skip_invalid`` the valid rows are written and the others go to ``<name>.rejects.csv`` beside
the input, with an ``error`` column. Each real import is recorded as an ImportBatch (kind csv)
that the articles point to.
"""

import csv
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.db import transaction

from audit import log as audit

from .. import cache, search_index
from ..api.webhooks import events as webhooks
from ..models import ImportBatch
from .articles_resource import ArticleResource
from .csv_fields import FileProblem, check_headers, format_error
from .csv_plan import WRITE_FIELDS, Planner
from .csv_read import open_table
from .csv_write import make_writer

BATCH = 2000
KEEP_ERRORS = 1000


class _RollBack(Exception):
    pass


@dataclass
class CsvImportResult:
    name: str
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    errors: list[str] = field(default_factory=list)  # the first KEEP_ERRORS lines
    written: bool = False
    rejects_path: Path | None = None
    batch_id: int | None = None
    sources_created: int = 0
    sections_created: int = 0
    search_deferred: bool = False  # the running search indexer makes the articles searchable

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged + self.invalid

    def summary(self) -> str:
        counts = (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.invalid} invalid"
        )
        if self.dry_run:
            return f"{self.name}: dry run, nothing written: would be {counts}"
        if not self.written:
            return (
                f"{self.name}: nothing written because of {self.invalid} invalid "
                f"row{'s' if self.invalid != 1 else ''} (fix them, or use --skip-invalid); "
                f"otherwise: {counts}"
            )
        line = f"{self.name}: {counts}"
        if self.rejects_path:
            line += f"; invalid rows written to {self.rejects_path}"
        if self.search_deferred and self.created + self.updated:
            line += "; the search indexer is making them searchable"
        return line


class _Rejects:
    """The invalid rows, as read, plus an ``error`` column; kept only if the import commits."""

    def __init__(self, source: Path, headers):
        self.path = source.with_name(f"{source.stem}.rejects.csv")
        fd, self.temp = tempfile.mkstemp(prefix=".rejects-", suffix=".csv", dir=source.parent)
        self.file = os.fdopen(fd, "w", newline="", encoding="utf-8-sig")
        self.writer = csv.writer(self.file)
        self.writer.writerow([*("" if h is None else str(h) for h in headers), "error"])
        self.count = 0

    def add(self, cells, errors: list[str]):
        cells = ["" if c is None else str(c) for c in cells or []]
        self.writer.writerow([*cells, "; ".join(errors)])
        self.count += 1

    def close(self, keep: bool) -> Path | None:
        self.file.close()
        if keep and self.count:
            os.replace(self.temp, self.path)
            return self.path
        os.unlink(self.temp)
        return None


def import_csv(
    path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    user=None,
    actor: str = "",
    progress: Callable[[int, int, str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    batch_size: int = BATCH,
) -> CsvImportResult:
    """Import one CSV/XLSX file; raises FileProblem (one line) when the file itself is bad.

    A real import writes one audit entry (``user``, else ``actor``: who ran it) with its counts."""
    path = Path(path)
    run = _Run(CsvImportResult(name=str(path), dry_run=dry_run), skip_invalid, on_error)
    with open_table(path, path.name) as table:
        columns = check_headers(table.headers)
        if skip_invalid and not dry_run:
            run.rejects = _Rejects(path, table.headers)
        try:
            with transaction.atomic():
                run.result.search_deferred = search_index.defer_for_this_transaction()
                batch = ImportBatch.objects.create(
                    kind=ImportBatch.Kind.CSV, name=path.name[:255], user=user
                )
                run.start(batch, columns)
                run.stream(table, batch_size, progress)
                run.finish(batch)
                audit.imported(
                    kind="csv",
                    name=str(path),
                    counts=batch.stats,
                    user=user,
                    actor=actor,
                    batch=batch,
                )
        except _RollBack:
            pass
        finally:
            if run.rejects is not None:
                run.result.rejects_path = run.rejects.close(keep=run.result.written)
    return run.result


class _Run:
    def __init__(self, result: CsvImportResult, skip_invalid: bool, on_error):
        self.result, self.skip_invalid, self.on_error = result, skip_invalid, on_error
        self.rejects: _Rejects | None = None
        self.resource = ArticleResource()
        self.resource.planner = Planner(fields=WRITE_FIELDS)
        self.overwritten = cache.Overwritten()  # for the page cache, read before writing

    def start(self, batch, columns):
        self.columns = columns
        attributes = {
            f.attribute for f in self.resource.get_import_fields() if f.column_name in columns
        }
        self.writer = make_writer(batch, attributes)

    def stream(self, table, batch_size, progress):
        try:
            rows = iter(table.rows)
            while chunk := list(islice(rows, batch_size)):
                self.batch(chunk)
                if progress:
                    progress(table.position[0], table.size, table.unit)
            self.writer.flush()
        except BaseException as exc:
            self.writer.flush(exc)  # end an open COPY before the transaction rolls back
            raise

    def batch(self, chunk):
        """Validate this batch while PostgreSQL may still be ingesting the previous one (the
        COPY stays open); then resolve sources and sections, plan, and write."""
        resource, columns = self.resource, self.columns
        cleaned = [
            resource.clean_row(
                dict(zip(columns, row.cells, strict=False)),
                row.number,
                row.problem,
                row.cells,
                resolve=False,
            )
            for row in chunk
        ]
        self.writer.flush()  # the connection is free for queries again
        for row in cleaned:
            resource.resolve_row(row)
        decisions = resource.planner.plan(cleaned)
        self.count(decisions)
        if self.skip_invalid or not self.result.invalid:
            for d in decisions:
                if d.action == "update":
                    self.overwritten.add(d.article)
            self.writer.update([d for d in decisions if d.action == "update"])
            self.writer.create([d for d in decisions if d.action == "new"])

    def finish(self, batch):
        result = self.result
        if not result.rows:
            raise FileProblem("the file has a header row but no articles")
        if result.invalid and not self.skip_invalid:
            raise _RollBack
        self.writer.finish()
        batch.stats = {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "invalid": result.invalid,
        }
        batch.save(update_fields=["stats"])
        result.sources_created = len(self.resource.sources.created)
        result.sections_created = len(self.resource.sections.created)
        if result.dry_run:
            raise _RollBack
        result.written, result.batch_id = True, batch.pk
        # Readers see the new and changed articles: the lists they are on, and the pages that
        # showed the changed ones (their states before came from the plan).
        self.overwritten.changed(batch=batch)
        webhooks.articles_changed(before=self.overwritten.before, batch=batch)

    def count(self, decisions):
        result = self.result
        for d in decisions:
            if d.action == "new":
                result.created += 1
            elif d.action == "update":
                result.updated += 1
            elif d.action == "unchanged":
                result.unchanged += 1
            else:
                result.invalid += 1
                self.report(d)

    def report(self, d):
        result = self.result
        for column, message in d.errors:
            line = format_error(d.row.number, column, message)
            if len(result.errors) < KEEP_ERRORS:
                result.errors.append(line)
            if self.on_error:
                self.on_error(line)
        if self.rejects is not None:
            self.rejects.add(
                d.row.cells,
                [f"{column}: {message}" if column else message for column, message in d.errors],
            )


__all__ = ["CsvImportResult", "FileProblem", "import_csv"]
