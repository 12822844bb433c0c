"""Stream articles to CSV, XLSX or JSON with ``ArticleResource``'s columns, formulas escaped.

The admin exports through django-import-export (a tablib Dataset in memory, fine for a filtered
changelist); this writes row by row from a server-side cursor so a whole archive exports in flat
memory: CSV with ``csv.writer`` (UTF-8 with a BOM, so Excel reads it as UTF-8), XLSX with
openpyxl's write-only workbook, JSON as an array of objects or as JSON Lines (one per line).
Every format holds the same values, so any of them imports back unchanged.
"""

import csv
import json
from pathlib import Path

from .articles_resource import ArticleResource
from .csv_fields import xlsx_text

CHUNK = 2000


def export_rows(queryset=None):
    """(headers, iterator of rows) for the articles in ``queryset`` (default: all), by id."""
    resource = ArticleResource()
    queryset = resource.export_queryset(queryset).order_by("pk")
    headers = resource.get_export_headers()
    rows = (resource.export_resource(a) for a in queryset.iterator(chunk_size=CHUNK))
    return headers, rows


def write_csv(stream, queryset=None) -> int:
    headers, rows = export_rows(queryset)
    writer = csv.writer(stream)
    writer.writerow(headers)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_xlsx(path, queryset=None) -> int:
    from openpyxl import Workbook  # noqa: PLC0415

    headers, rows = export_rows(queryset)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("articles")
    sheet.append(headers)
    count = 0
    for row in rows:
        sheet.append([xlsx_text(v) for v in row])  # already formula-escaped
        count += 1
    book.save(path)
    return count


def write_json(stream, queryset=None, *, lines: bool = False) -> int:
    """An array of objects, one per line; with ``lines``, JSON Lines (no brackets, no commas)."""
    headers, rows = export_rows(queryset)
    count = 0
    for row in rows:
        if not lines:
            stream.write(",\n" if count else "[\n")
        stream.write(json.dumps(dict(zip(headers, row, strict=True)), ensure_ascii=False))
        if lines:
            stream.write("\n")
        count += 1
    if not lines:
        stream.write("\n]\n" if count else "[]\n")
    return count


FORMATS = ("csv", "xlsx", "json", "jsonl")


def write_text(stream, fmt: str, queryset=None) -> int:
    """CSV, JSON or JSON Lines to a text stream (a file, standard output); returns the count."""
    if fmt == "csv":
        return write_csv(stream, queryset)
    return write_json(stream, queryset, lines=fmt == "jsonl")


def export_file(path, fmt: str | None = None, queryset=None) -> int:
    """Write ``path`` (format from ``fmt`` or the extension, see FORMATS); returns the count."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    fmt = "jsonl" if fmt == "ndjson" else fmt
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    if fmt == "xlsx":
        return write_xlsx(path, queryset)
    # CSV with a BOM, so Excel reads it as UTF-8; JSON must not have one.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with path.open("w", newline="", encoding=encoding) as stream:
        return write_text(stream, fmt, queryset)
