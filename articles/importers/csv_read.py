"""Read a CSV, XLSX or JSON file of articles as a stream of rows, refusing bad files in one line.

``open_table(path_or_bytes, name)`` sniffs the content (not the file name): XLSX is read with
openpyxl in read-only mode (its XML goes through defusedxml) after the zip directory has been
checked for bombs; CSV is decoded as strict UTF-8 (with or without BOM) as it is read, so memory
stays flat however big the file is. JSON is an array of objects (parsed whole, so capped) or
JSON Lines (one object per line, streamed like CSV); the first object's keys are the columns.
Problems with the whole file raise ``FileProblem``; a row with the wrong number of cells (or
keys) is yielded with a problem so it can be listed with the other bad rows.
"""

import codecs
import csv
import io
import itertools
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .csv_fields import COLUMNS, FileProblem, check_headers, xlsx_untext

CHUNK = 1 << 20
MAX_FIELD = 16 << 20  # a cell longer than this is an unterminated quote, not an article
MAX_LINE = 64 << 20
MAX_JSON_ARRAY = 64 << 20  # a JSON array is parsed whole; JSON Lines stream
MAX_BLANK_ROWS = 10_000  # this many empty rows in a row: a padded or damaged sheet
MAX_XLSX_TEXT = 512 << 20  # uncompressed XML we are willing to parse
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 16 << 20


@dataclass
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    cells: list
    problem: str = ""


@dataclass
class Table:
    kind: str  # "csv" | "xlsx" | "json" | "jsonl"
    headers: list
    rows: Iterator[Row]
    size: int = 0  # for progress: the file's bytes (csv), the sheet's rows if it says (xlsx)
    position: list = field(default_factory=lambda: [0])  # bytes read so far / rows read so far
    unit: str = "B"


def _sniff(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileProblem(
            "this is an old Excel .xls file (or an encrypted workbook): save it as .xlsx or as "
            "CSV UTF-8 and import that"
        )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 4 and head.count(b"\x00") * 3 >= len(head)
    ):
        raise FileProblem(
            'the file is UTF-16 text (Excel\'s "Unicode Text"): save it as CSV UTF-8 and import '
            "that"
        )
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if start == b"[":
        return "json"  # an array of objects
    if start == b"{":
        return "jsonl"  # JSON Lines: one object per line
    return "csv"


@contextmanager
def open_table(source, name: str = ""):
    """Yield a Table for ``source`` (a path or the file's bytes); raise FileProblem if unusable."""
    if isinstance(source, bytes | bytearray):
        stream, size = io.BytesIO(source), len(source)
    else:
        path = Path(source)
        try:
            stream = path.open("rb")
        except OSError as exc:
            raise FileProblem(exc.strerror or str(exc)) from None
        size = path.stat().st_size
    try:
        kind = _sniff(stream.read(4096))
        stream.seek(0)
        if kind == "xlsx":
            table = _xlsx_table(stream)
        else:
            table = {"csv": _csv_table, "json": _json_table, "jsonl": _jsonl_table}[kind](stream)
            table.size = size
        yield table
    finally:
        stream.close()


# ---- CSV ----


class _CheckedBytes(io.RawIOBase):
    """The file's bytes on their way to the UTF-8 decoder, read and checked CHUNK bytes at a time
    (in C), whatever size the decoder asks for: a NUL byte, or a line longer than MAX_LINE, is
    refused with its line number before any of its chunk is decoded; the bytes read so far are
    counted for the progress bar."""

    def __init__(self, stream, position, what="CSV"):
        self.stream, self.position, self.what = stream, position, what
        self.offset = stream.tell()  # of the next byte to read from the stream
        self.line_start = self.offset  # offset of the line being read
        self.pending = memoryview(b"")  # checked, not yet handed on

    def readable(self):
        return True

    def readinto(self, buffer):
        if not self.pending:
            self.pending = memoryview(self._next_chunk())
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size

    def _next_chunk(self) -> bytes:
        chunk = self.stream.read(CHUNK)
        size = len(chunk)
        if b"\x00" in chunk:
            line = _line_at(self.stream, self.offset + chunk.index(b"\x00"))
            raise FileProblem(
                f"line {line} contains a NUL byte: this is not a text {self.what} file "
                "(is it UTF-16, or a binary file renamed .csv?)"
            )
        first, last = chunk.find(b"\n"), chunk.rfind(b"\n")
        if (self.offset + (first if first >= 0 else size)) - self.line_start > MAX_LINE:
            raise FileProblem(
                f"line {_line_at(self.stream, self.line_start)} is longer than "
                f"{MAX_LINE >> 20} MB: this is not a {self.what} file with one article per line"
            )
        if last >= 0:
            self.line_start = self.offset + last + 1
        self.offset += size
        self.position[0] += size
        return chunk


def _line_at(stream, offset: int) -> int:
    """The line (from 1) that byte ``offset`` of the stream is on; for error messages only."""
    stream.seek(0)
    newlines = 0
    while offset > 0:
        chunk = stream.read(min(CHUNK, offset))
        if not chunk:
            break
        newlines += chunk.count(b"\n")
        offset -= len(chunk)
    return newlines + 1


def _not_utf8(stream) -> str:
    """Where the stream stops being UTF-8, and what it looks like instead."""
    stream.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    while True:
        held = decoder.getstate()[0]  # the start of a character cut by the previous chunk
        chunk = stream.read(CHUNK)
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:  # exc.start counts from the held bytes
            start = offset - len(held) + exc.start
            byte = (held + chunk)[exc.start : exc.start + 1].hex() or "??"
            break
        if not chunk:  # the decoder disagrees with itself: name no byte
            start, byte = offset, "??"
            break
        offset += len(chunk)
    try:
        chunk.decode("cp1252")
        guess = "it looks like Windows-1252 (ANSI) text"
    except UnicodeDecodeError:
        guess = "it is in another encoding"
    return (
        f"line {_line_at(stream, start)}: byte 0x{byte} is not UTF-8 ({guess}): save the file "
        "as CSV UTF-8 and import that"
    )


def _delimiter(first_line: str) -> str:
    """Comma, or the semicolon / tab some spreadsheets write, whichever names our columns."""

    def known(delim):
        try:
            cells = next(csv.reader([first_line], delimiter=delim), [])
        except csv.Error:  # a bare CR, say: the reader proper reports it with its line
            return 0
        return sum(c.strip().lstrip("\ufeff").lower() in COLUMNS for c in cells)

    return max((",", ";", "\t"), key=known)


def _text_lines(stream, position, what="CSV") -> io.TextIOWrapper:
    """The stream as strict UTF-8 text (a BOM dropped) whose lines end at "\n" only (a stray "\r"
    inside a line stays an error the reader reports), checked by ``_CheckedBytes`` below."""
    return io.TextIOWrapper(
        io.BufferedReader(_CheckedBytes(stream, position, what)),
        encoding="utf-8-sig",
        errors="strict",
        newline="\n",
    )


def _csv_table(stream) -> Table:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    position = [0]
    text = _text_lines(stream, position)
    head_lines = []  # up to the first line that is not blank: the header
    try:
        for line in text:
            head_lines.append(line)
            if line.strip():
                break
    except UnicodeDecodeError:
        raise FileProblem(_not_utf8(stream)) from None
    if not any(line.strip() for line in head_lines):
        stream.seek(0)
        if stream.read(4096).removeprefix(b"\xef\xbb\xbf").strip():  # bytes the decoder dropped
            raise FileProblem(_not_utf8(stream))
        raise FileProblem("the file is empty")
    reader = csv.reader(
        itertools.chain(head_lines, text), delimiter=_delimiter(head_lines[-1]), strict=True
    )

    def records():  # (row number, cells): every record counts, blank ones too, as in a sheet
        number = 0
        while True:
            start = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileProblem(_csv_error(exc, start, reader.line_num)) from None
            except UnicodeDecodeError:
                raise FileProblem(_not_utf8(stream)) from None
            number += 1
            yield number, record

    numbered = records()
    headers = next((cells for _, cells in numbered if any(c.strip() for c in cells)), None)
    if headers is None:
        raise FileProblem("the file is empty")
    width = _width(headers)

    def data_rows():
        for number, cells in numbered:
            if len(cells) == width and cells[0].strip():  # the common case, checked cheaply
                yield Row(number, cells)
            elif any(c.strip() for c in cells):
                yield _fit(number, cells, width)

    return Table("csv", headers[:width], data_rows(), position=position)


def _width(headers) -> int:
    """The header's width without trailing empty cells (a stray comma, a formatted column)."""
    width = len(headers)
    while width and (headers[width - 1] is None or not str(headers[width - 1]).strip()):
        width -= 1
    return width


def _csv_error(exc: csv.Error, start: int, line: int) -> str:
    text = str(exc)
    if "unexpected end of data" in text or "field larger than field limit" in text:
        return (
            f"line {start}: a quoted cell is never closed (an unterminated quote), so the rest "
            "of the file would be read as one cell"
        )
    return f"line {line}: {text} (a stray or missing quote?)"


def _fit(number: int, cells: list, width: int) -> Row:
    """The row cut or padded to the header's width, with a problem when cells would be lost."""
    if len(cells) > width:
        extra = cells[width:]
        if any(c not in (None, "") and str(c).strip() for c in extra):
            return Row(
                number,
                list(cells[:width]),
                f"has {len(cells)} cells but the header has {width} (an extra comma or quote?)",
            )
        cells = cells[:width]
    elif len(cells) < width:
        return Row(
            number,
            list(cells) + [None] * (width - len(cells)),
            f"has {len(cells)} cells but the header has {width} (a missing comma or quote?)",
        )
    return Row(number, list(cells))


# ---- JSON: an array of objects (read whole, up to MAX_JSON_ARRAY), or JSON Lines (streamed) ----
# The first object's keys are the columns; its rows are its objects, numbered from 1.


def _json_table(stream) -> Table:
    data = stream.read(MAX_JSON_ARRAY + 1)
    if len(data) > MAX_JSON_ARRAY:
        raise FileProblem(
            f"a JSON array is read whole, and this one is over {MAX_JSON_ARRAY >> 20} MB: write "
            "it as JSON Lines (one object per line, as export_articles FILE.jsonl does)"
        )
    if b"\x00" in data:
        line = _line_at(stream, data.index(b"\x00"))
        raise FileProblem(f"line {line} contains a NUL byte: this is not a text JSON file")
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FileProblem(_not_utf8(stream)) from None
    except json.JSONDecodeError as exc:
        raise FileProblem(f"line {exc.lineno}: this is not valid JSON ({exc.msg})") from None
    if not isinstance(items, list) or not items:
        raise FileProblem("the file is empty: the JSON array has no articles")
    headers = _json_headers(items[0])
    rows = (_json_row(number, item, headers) for number, item in enumerate(items, start=1))
    return Table("json", headers, rows, position=[len(data)])


def _jsonl_table(stream) -> Table:
    position = [0]
    text = _text_lines(stream, position, "JSON Lines")

    def objects():
        try:
            for number, line in enumerate(text, start=1):
                if line.strip():
                    try:
                        yield number, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise FileProblem(
                            f"line {number}: this is not valid JSON ({exc.msg}): a JSON Lines "
                            "file holds one object per line"
                        ) from None
        except UnicodeDecodeError:
            raise FileProblem(_not_utf8(stream)) from None

    items = objects()
    first = next(items, None)
    if first is None:
        raise FileProblem("the file is empty")
    headers = _json_headers(first[1], first[0])

    def rows():
        yield _json_row(*first, headers)
        for number, item in items:
            yield _json_row(number, item, headers)

    return Table("jsonl", headers, rows(), position=position)


def _json_headers(item, number: int = 1) -> list:
    if not isinstance(item, dict):
        raise FileProblem(
            f'row {number} is not a JSON object: each article is an object like {{"title": '
            '"...", "body": "..."}, and the first one\'s keys are the columns'
        )
    return list(item)


def _keys(keys) -> str:
    return ", ".join(json.dumps(k, ensure_ascii=False) for k in keys)  # quoted: " title " shows


def _json_row(number: int, item, headers: list) -> Row:
    if not isinstance(item, dict):
        return Row(number, [None] * len(headers), "is not a JSON object")
    cells = [item.get(h) for h in headers]
    extra = [k for k in item if k not in headers]
    missing = [h for h in headers if h not in item]
    nested = [h for h, c in zip(headers, cells, strict=True) if isinstance(c, dict | list)]
    problem = ""
    if extra:
        problem = f"has {_keys(extra)}, which the first object has not (its keys are the columns)"
    elif missing:
        problem = f"has no {_keys(missing)}, which the first object has (its keys are the columns)"
    elif nested:
        problem = f"{_keys(nested[:1])} holds a JSON list or object, not text"
        cells = [
            json.dumps(c, ensure_ascii=False) if isinstance(c, dict | list) else c for c in cells
        ]
    return Row(number, cells, problem)


# ---- XLSX ----


def _check_zip(stream):
    try:
        archive = zipfile.ZipFile(stream)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileProblem("this is not a valid XLSX file (the zip archive is damaged)") from None
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise FileProblem(
                f"{info.filename} would expand {ratio:.0f} times to {info.file_size >> 20} MB: "
                "this looks like a zip bomb, not a spreadsheet"
            )
    if total > MAX_XLSX_TEXT:
        raise FileProblem(
            f"the workbook expands to {total >> 20} MB of XML, more than the "
            f"{MAX_XLSX_TEXT >> 20} MB this importer reads from an XLSX: save it as CSV UTF-8"
        )
    stream.seek(0)


def _why(exc: BaseException) -> str:
    """The root cause's name; XML entity tricks (billion laughs, XXE) said as such."""
    from defusedxml import DefusedXmlException  # noqa: PLC0415

    while exc.__cause__ is not None or exc.__context__ is not None:
        if isinstance(exc, DefusedXmlException):
            break
        exc = exc.__cause__ or exc.__context__
    if isinstance(exc, DefusedXmlException):
        return f"{type(exc).__name__}: its XML declares entities, which are refused"
    return type(exc).__name__


def _xlsx_table(stream) -> Table:
    import openpyxl  # noqa: PLC0415  (only XLSX imports pay for it)

    if not openpyxl.DEFUSEDXML:  # openpyxl parses through defusedxml when it is installed
        raise FileProblem("XLSX import needs the defusedxml package: save the sheet as CSV")
    _check_zip(stream)
    try:
        book = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
        sheet = book.worksheets[0]
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise FileProblem(f"this XLSX file cannot be read ({_why(exc)})") from None
    # The <dimension> element is often padded to the whole sheet; read only the real rows.
    declared_rows = sheet.max_row or 0
    sheet.reset_dimensions()
    position = [0]
    values = sheet.iter_rows(values_only=True)

    def guarded():
        number, blank_run = 0, 0
        try:
            for cells in values:
                number += 1
                position[0] = number
                if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                    blank_run += 1
                    if blank_run > MAX_BLANK_ROWS:
                        raise FileProblem(
                            f"more than {MAX_BLANK_ROWS:,} empty rows after row "
                            f"{number - blank_run}: the sheet is padded with empty rows; delete "
                            "them (or save the sheet as CSV UTF-8) and import again"
                        )
                    continue
                blank_run = 0
                yield number, [xlsx_untext(c) for c in cells]
        except FileProblem:
            raise
        except Exception as exc:
            raise FileProblem(
                f"row {number + 1} of the XLSX file cannot be read ({_why(exc)})"
            ) from None
        finally:
            book.close()

    rows = guarded()
    first = next(rows, None)
    if first is None:
        book.close()
        raise FileProblem("the file is empty")
    _, headers = first
    width = _width(headers)

    def data_rows():
        for number, cells in rows:
            yield _fit(number, cells, width)

    return Table(
        "xlsx", headers[:width], data_rows(), size=declared_rows, position=position, unit="row"
    )


# ---- for the admin: the whole (size-limited) upload as a tablib Dataset ----


def read_dataset(data: bytes, name: str = ""):
    """A tablib Dataset of the upload, with ``row_numbers`` (as a spreadsheet shows them) and
    ``row_problems`` (number -> message) for ``ArticleResource``; raises FileProblem."""
    import tablib  # noqa: PLC0415

    if data is None:
        raise FileProblem("the uploaded file has expired: upload it again")
    with open_table(bytes(data), name) as table:
        check_headers(table.headers)
        width = len(table.headers)
        dataset = tablib.Dataset(headers=[str(h if h is not None else "") for h in table.headers])
        dataset.row_numbers, dataset.row_problems = [], {}
        for row in table.rows:
            dataset.append(row.cells[:width] + [None] * (width - len(row.cells)))
            dataset.row_numbers.append(row.number)
            if row.problem:
                dataset.row_problems[row.number] = row.problem
    if not dataset.row_numbers:
        raise FileProblem("the file has a header row but no articles")
    return dataset
