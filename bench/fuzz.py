#!/usr/bin/env python
"""Fuzz the dump parser, or the bulk CSV/XLSX/JSON import, with many random cases (the test suite
runs a smaller number).

    .venv/bin/python bench/fuzz.py [--cases 10000] [--seed 1]
    .venv/bin/python bench/fuzz.py --mode csv [--cases 10000] [--seed 1]

Dump mode: random bytes, random Unicode and random dump-shaped text (markers, chunk cuts,
encodings) go in; the only acceptable outcomes are a ParsedDump or a one-line DumpError naming
the file. Prints the number of cases, how they ended and the time taken; exits 1 on the first
other outcome.

CSV mode: random bytes, random Unicode, random CSV shapes (header subsets and orders, unknown
and repeated columns, ragged rows, quotes, NUL, BOMs, other encodings, huge cells, statuses,
dates, URLs, slugs, sources and sections near the edges), random XLSX sheets and random JSON
(arrays and JSON Lines, with odd keys, values and objects, damaged like the CSV) go through
``import_csv``, the function behind ``manage.py import_articles``, all or nothing, with
--skip-invalid or as a dry run. The acceptable outcomes are a one-line FileProblem with nothing
written, invalid rows reported with nothing written, or every valid row written (and readable
back). It runs on a throwaway database: a new PostgreSQL database beside the one DATABASE_URL
names (dropped at the end), else SQLite in a temporary folder. Each case starts from the same
few seeded articles, sources and sections, and is rolled back after its checks, so a case's
number and the seed replay it. Prints the counts by outcome; every other outcome (an exception,
a partial write, a row written that cannot be read back) is counted by kind, the first input of
each kind is saved and printed, and the exit status is 1. A message that spans lines (it quotes
a cell with its line breaks) is counted and shown as a "note", not a failure.
"""

import argparse
import csv
import datetime
import io
import json
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.importers.dumps import DumpError, parse_bytes  # noqa: E402

MARKERS = [
    "",
    "./.",
    "Source: Vietnam News Agency",
    "Source: Vietnam News Agen",
    "Comment",
    "You have 500/500 characters left",
    "Recent news",
    "NEWS - POLITICS -",
    "GlobeNewswire Distribution ID 8988509",
    "ĐBP - Lede text here.",
    "  • 'Teaser title",
    "HANOI, Vietnam, Dec. 01, 2023 (GLOBE NEWSWIRE) — Text",
    "About the company",
    "Äiá»‡n BiÃªn",
    "\ufffd\ufffd",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]


def random_case(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.3:
        return rng.randbytes(rng.randint(0, 4096))
    if kind < 0.5:
        text = random_unicode(rng, 800)
    else:
        lines = []
        for _ in range(rng.randint(0, 60)):
            if rng.random() < 0.5:
                lines.append(rng.choice(MARKERS))
            else:
                words = rng.randint(0, 40)
                lines.append(
                    " ".join(
                        rng.choice(["the", "Điện", "council", "met", "on", "Dec."])
                        for _ in range(words)
                    )
                )
        text = "\n".join(lines)
        if rng.random() < 0.5:
            size = rng.choice([64, 100, 512, 1024])
            text = "\n".join(text[i : i + size] for i in range(0, len(text), size))
    return text.encode(rng.choice(ENCODINGS), errors="replace")


def random_unicode(rng: random.Random, most: int) -> str:
    text = "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(0, most)))
    return "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)


def fuzz_dumps(args):
    rng = random.Random(args.seed)
    outcomes = {"parsed": 0, "articles": 0, "DumpError": 0}
    started = time.perf_counter()
    for case in range(args.cases):
        data = random_case(rng)
        try:
            dump = parse_bytes(data, "fuzz.txt")
        except DumpError as exc:
            if "\n" in str(exc) or not str(exc).startswith("fuzz.txt"):
                print(f"case {case}: DumpError not one line naming the file: {exc!r}")
                sys.exit(1)
            outcomes["DumpError"] += 1
            continue
        except Exception:
            print(f"case {case} (seed {args.seed}) crashed the parser on {data[:200]!r}")
            traceback.print_exc()
            sys.exit(1)
        outcomes["parsed"] += 1
        outcomes["articles"] += len(dump.articles)
    elapsed = time.perf_counter() - started
    print(
        f"fuzz: {args.cases} cases in {elapsed:.1f} s ({args.cases / elapsed:.0f}/s): "
        f"{outcomes['parsed']} parsed ({outcomes['articles']} articles), "
        f"{outcomes['DumpError']} refused with a one-line DumpError, 0 crashes"
    )


# ---- CSV / XLSX import --------------------------------------------------------------------------

COLUMNS = [
    "title", "slug", "summary", "body", "byline", "dateline", "source", "section", "status",
    "published_at", "url", "external_id",
]  # fmt: skip
UNKNOWN_COLUMNS = ["author", "id", "tags", "title2", "url ", "Tiêu đề", "", "=title", "\x00"]
PIECES = [
    "", " ", "Điện Biên Phủ", "Hà Nội", '"', '""', "'", ",", ";", "\t", "\n", "\r\n", "\r",
    "\x0b", "\x1f", "\x7f", "\u2028", "\ufeff", "\u200b", "\u0301", "\ufffd", "🦆",
    "ß", "İ", "ǅ", "ﬁ", "=1+1", "'=1+1", "+33", "-1", "@SUM(A1)", "<script>alert(1)</script>",
    "{{ 7|add:7 }}", "\\", "/", " / ", "NULL", "None", "_x000D_", "_x005F_x0041_", "_xD83D_",
]  # fmt: skip
WORDS = ["the", "council", "met", "on", "Dec.", "Điện", "Biên", "story", "news", "Politics"]
SLUGS = [
    "story-1", "story-2", "story-3", "draft-1", "Story-1", "new-slug", "untitled",
    "untitled-2", "a b", "ñandú", "-", "_", "a" * 200, "a" * 201, "x/y", "story-1 ",
]  # fmt: skip
SOURCES = [
    "Vietnam News Agency", "VNA", "vna", " Reuters ", "REUTERS", "A New Agency", "a new agency",
    "!!!", "ß", "SS", "ss", "🦆", "Nhân Dân", "Nhân dân", "x" * 200, "x" * 201, "Vna", "VNA ",
]  # fmt: skip
SECTIONS = [
    "News", "news", "NEWS", "News / Politics", "News/Politics", "news / politics",
    "News / / Politics", "/", " / ", "News /", "s" * 100, "s" * 101, "A / B / C / D / E",
    "Điện Biên / Phủ", "Dien Bien / Phu", "!!!", "World", "World / News", "Ñ / ñ", "🦆",
]  # fmt: skip
STATUSES = [
    "draft", "review", "published", "archived", "Draft", "In review", "in review",
    "Published", " PUBLISHED ", "ARCHIVED", "live", "publish", "0", "1", "true", "ready",
]  # fmt: skip
DATES = [
    "2024-05-01T10:00:00+07:00", "2024-05-01", "2024-05-01 10:00", "2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00.123456", "20240501", "2024-W18-3", "2024-13-01", "2024-02-30",
    "2024-05-01T25:00", "yesterday", "1970-01-01T00:00:00+00:00", "1900-01-01",
    "2024-05-01T10:00:00+07:00[Asia/Ho_Chi_Minh]", "9999-12-31T23:59:59", "0001-01-01",
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "2024-05-01T10:00:00+24:00",
    "2024-05-01T10:00:00+23:59", "2100-01-01T00:00:00-00:00",
]  # fmt: skip
URLS = [
    "https://example.com/a", "http://example.com", "https://EXAMPLE.com/A?b=c#d",
    "javascript:alert(1)", "http://", "https://例え.テスト/", "https://xn--r8jz45g.xn--zckzah/",
    "ftp://example.com/x", "//example.com", "http://[::1]/", "http://256.256.256.256/",
    "http://localhost:99999/", "https://example.com/" + "a" * 480,
    "https://example.com/" + "a" * 481,
    "https://example.com/a b", "http://example.com:8080", "https://-bad-.com/",
]  # fmt: skip
EXTERNAL_IDS = ["1", "2", "VNA-1", "R-1", " 1 ", "x" * 100, "x" * 101, "=1", "0001"]
TITLES = ["Story", "Điện Biên Phủ", "!!!", "🦆", "untitled", "Story 1", "a" * 300, "a" * 301]
POOLS = {
    "title": TITLES,
    "slug": SLUGS,
    "byline": ["Mai Anh", "b" * 200, "b" * 201],
    "dateline": ["HANOI, Dec. 2", "d" * 200, "d" * 201],
    "source": SOURCES,
    "section": SECTIONS,
    "status": STATUSES,
    "published_at": DATES,
    "url": URLS,
    "external_id": EXTERNAL_IDS,
}


def random_text(rng: random.Random, most: int = 12) -> str:
    parts = []
    for _ in range(rng.randint(0, most)):
        r = rng.random()
        if r < 0.4:
            parts.append(rng.choice(PIECES))
        elif r < 0.8:
            parts.append(rng.choice(WORDS))
        else:
            parts.append(random_unicode(rng, 8))
    return rng.choice(["", " ", "\n"]).join(parts)


def plain_text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))


# Values a valid row may have, column by column (text columns: words, or nothing).
VALID = {
    "slug": ["", "", "story-1", "story-2", "story-3", "draft-1", "new-slug", "untitled", "a" * 200],
    "source": ["", "Vietnam News Agency", "VNA", "vna", "Reuters", "A New Agency", "Nhân Dân"],
    "section": ["", "News", "news", "News / Politics", "World", "A / B / C", "Điện Biên / Phủ"],
    "status": ["", "draft", "review", "In review", "archived", "published", "Published"],
    "published_at": ["", "2024-05-01T10:00:00+07:00", "2024-05-01", "2024-05-01 10:00"],
    "url": ["", "https://example.com/a", "http://example.com:8080/x?y=z", "https://例え.テスト/"],
    "external_id": ["", "1", "2", "3", "VNA-1", "R-1", "x" * 100],
}


def random_cell(rng: random.Random, column: str, hostile: float) -> str:
    """A cell for ``column``: with probability ``hostile`` one near or past an edge."""
    if rng.random() >= hostile:
        if column in VALID:
            return rng.choice(VALID[column])
        return plain_text(rng) if column == "title" or rng.random() < 0.7 else ""
    r = rng.random()
    if r < 0.3:
        return random_text(rng)
    if r < 0.35:
        return rng.choice("ab\n\"'é") * rng.choice([1_000, 20_000, 200_000])
    if column in POOLS:
        value = rng.choice(POOLS[column])
        if rng.random() < 0.1:
            value = rng.choice([" ", "'", "\t", "\ufeff"]) + value + rng.choice(["", " ", "\n"])
        return value
    return rng.choice(["", " ", plain_text(rng)])


def random_header(rng: random.Random) -> list[str]:
    columns = rng.sample(COLUMNS, rng.randint(0, len(COLUMNS)))
    if "title" not in columns and rng.random() < 0.9:
        columns.insert(rng.randint(0, len(columns)), "title")
    if rng.random() < 0.05:
        columns.insert(rng.randint(0, len(columns)), rng.choice(UNKNOWN_COLUMNS))
    if columns and rng.random() < 0.04:
        columns.append(rng.choice(columns))  # a repeated column
    if rng.random() < 0.1:
        i = rng.randrange(len(columns)) if columns else 0
        if columns:
            columns[i] = rng.choice(
                [columns[i].upper(), f" {columns[i]} ", columns[i].title(), f"\ufeff{columns[i]}"]
            )
    if rng.random() < 0.05:
        columns += ["", ""]  # trailing empty header cells
    return columns


def random_rows(rng: random.Random, header: list[str]) -> list[list]:
    rows = []
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    hostile = rng.choice([0.0, 0.02, 0.1, 0.3, 1.0])
    for _ in range(rng.choice([0, 1, 1, 2, 3, 5, 8, 20])):
        row = [random_cell(rng, name, hostile) for name in names]
        r = rng.random()
        if r < 0.05:
            row = row[: rng.randint(0, len(row))]  # ragged: too few cells
        elif r < 0.1:
            row += [rng.choice(["", " ", "extra"]) for _ in range(rng.randint(1, 3))]
        elif r < 0.13:
            row = [""] * len(row)  # a blank line
        rows.append(row)
    return rows


def csv_text(rng: random.Random, header, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=rng.choice([",", ",", ",", ";", "\t"]),
        quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
        lineterminator=rng.choice(["\r\n", "\n"]),
    )
    if rng.random() < 0.05:
        out.write("\n" * rng.randint(1, 3))  # blank lines before the header
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def mutate(rng: random.Random, text: str) -> str:
    """Damage a well-formed file: a stray quote, a cut, a NUL, a doubled line."""
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        at = rng.randint(0, len(text))
        r = rng.random()
        if r < 0.35:
            text = text[:at] + rng.choice(['"', '"', "'", '""', '","']) + text[at:]
        elif r < 0.5:
            text = text[:at]
        elif r < 0.53:
            text = text[:at] + "\x00" + text[at:]
        elif r < 0.8:
            text = text[:at] + rng.choice(["\n", "\r", "\r\n", "\n\n", ","]) + text[at:]
        else:
            text = text[:at] + random_unicode(rng, 4) + text[at:]
    return text


def json_text(rng: random.Random, header, rows) -> str:
    """The rows as a JSON array of objects or as JSON Lines, now and then with a key dropped
    or added, a value that is a number, null or a list, or an object that is not one."""

    def value(cell):
        r = rng.random()
        if r < 0.03:
            return rng.choice([None, 0, 12345, -1.5, True, [cell], {"text": cell}])
        return cell

    objects = []
    for row in rows:
        item = {h: value(c) for h, c in zip(header, row, strict=False)}
        r = rng.random()
        if r < 0.03 and item:
            item.pop(rng.choice(list(item)))
        elif r < 0.05:
            item[rng.choice(["colour", "title", "extra"])] = "x"
        elif r < 0.06:
            item = rng.choice(["text", 1, None, []])
        objects.append(item)
    if rng.random() < 0.5:
        return json.dumps(objects, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1]))
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def xlsx_bytes(rng: random.Random, header, rows) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415

    def native(value):
        r = rng.random()
        if r < 0.05:
            return rng.choice([None, 0, 1, -1.5, 12345.0, 2**53, True, False])
        if r < 0.1:
            return datetime.datetime(rng.randint(1900, 2100), 5, 1, 10, rng.randint(0, 59))
        if r < 0.12:
            return datetime.date(rng.randint(1900, 2100), 12, 31)
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:32767]

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", h) for h in header])
    for row in rows:
        sheet.append([native(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def random_file(rng: random.Random) -> tuple[str, bytes]:
    """(a name for the kind of input, the file's bytes)."""
    r = rng.random()
    if r < 0.08:
        return "bytes", rng.randbytes(rng.randint(0, 4096))
    if r < 0.14:
        return "unicode", random_unicode(rng, 800).encode()
    header = random_header(rng)
    rows = random_rows(rng, header)
    if r < 0.2:
        try:
            return "xlsx", xlsx_bytes(rng, header, rows)
        except ValueError:  # openpyxl refuses some values (a too long sheet name, ...)
            pass
    if r < 0.3:
        return "json", mutate(rng, json_text(rng, header, rows)).encode()
    text = mutate(rng, csv_text(rng, header, rows))
    if rng.random() < 0.1:
        text = "\ufeff" + text
    encoding = rng.choice(["utf-8"] * 12 + ["utf-8-sig", "cp1252", "latin-1", "utf-16"])
    return f"csv {encoding}", text.encode(encoding, errors="replace")


def setup_database(tmp: Path):
    """Django on a throwaway database; returns the function that drops it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    import django  # noqa: PLC0415

    django.setup()
    from django.db import connection  # noqa: PLC0415

    test = connection.settings_dict["TEST"]
    if connection.vendor == "sqlite":
        test["NAME"] = str(tmp / "fuzz.sqlite3")
    else:
        test["NAME"] = f"newsroom_fuzz_{os.getpid()}"  # never the database DATABASE_URL names
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    where = f"{connection.vendor} database {connection.settings_dict['NAME']}"
    return where, lambda: connection.creation.destroy_test_db(old_name, verbosity=0)


def seed():
    """What every case starts from: two sources (an alias), three sections, four articles; two
    articles of different sources share an external id."""
    from django.utils import timezone  # noqa: PLC0415

    from articles.models import Article, Section, Source  # noqa: PLC0415

    vna = Source.objects.create(name="Vietnam News Agency", slug="vna", aliases=["VNA"])
    reuters = Source.objects.create(name="Reuters", slug="reuters")
    news = Section.objects.create(name="News", slug="news")
    politics = Section.objects.create(name="Politics", slug="politics", parent=news)
    Section.objects.create(name="World", slug="world")
    now = timezone.now()
    published = {"status": Article.Status.PUBLISHED, "published_at": now}
    Article.objects.create(
        title="Story 1", slug="story-1", source=vna, external_id="1", section=politics, **published
    )
    Article.objects.create(
        title="Story 2", slug="story-2", source=reuters, external_id="1", section=news, **published
    )
    Article.objects.create(title="Story 3", slug="story-3", **published)
    Article.objects.create(title="Draft 1", slug="draft-1", source=vna, external_id="2")


class _Undo(Exception):
    """Raised to roll a case back."""


def counts():
    from articles.models import Article, ImportBatch, Section, Source  # noqa: PLC0415

    return {
        "articles": Article.objects.count(),
        "sources": Source.objects.count(),
        "sections": Section.objects.count(),
        "batches": ImportBatch.objects.count(),
    }


REASONS = [  # (a phrase in a FileProblem's message, how the counts name it)
    ("NUL byte", "a NUL byte"),
    ("is not UTF-8", "not UTF-8"),
    ("UTF-16", "UTF-16 text"),
    ("never closed", "an unterminated quote"),
    ("stray or missing quote", "a stray quote or line break"),
    ("unknown column", "an unknown column"),
    ("more than once", "a repeated column"),
    ("has no title column", "no title column"),
    ("header row but no articles", "a header but no rows"),
    ("empty", "an empty file or header"),
    ("XLSX", "an unreadable XLSX"),
    ("zip", "an unreadable XLSX"),
    ("longer than", "a line too long"),
    ("not valid JSON", "broken JSON"),
    ("not a JSON object", "JSON that is not objects"),
]


def reason(message: str) -> str:
    for phrase, name in REASONS:
        if phrase in message:
            return name
    return message[:60]


def run_case(path: Path, mode: str) -> tuple[str, str | None]:
    """(outcome, detail): detail is None for an acceptable outcome; else the outcome names a
    failure ("crash: ...", "partial write", "written but unreadable: ...") or a "note: ..." (a
    message that spans lines: reported, not a failure)."""
    from articles.importers.csv_fields import FileProblem  # noqa: PLC0415
    from articles.importers.csv_import import import_csv  # noqa: PLC0415
    from articles.models import Article  # noqa: PLC0415

    before = counts()
    try:
        result = import_csv(path, dry_run=mode == "dry run", skip_invalid=mode == "skip invalid")
    except FileProblem as exc:
        if counts() != before:
            return "partial write before a FileProblem", str(exc)
        if not str(exc).strip() or "\n" in str(exc) or "\r" in str(exc):
            return "note: a FileProblem message spans lines", repr(str(exc))
        return f"refused: {reason(str(exc))}", None
    except Exception as exc:
        written = "nothing" if counts() == before else "PART of the file"
        return f"crash: {type(exc).__name__}, {written} written", traceback.format_exc()
    after = counts()
    if mode == "dry run" or (result.invalid and mode != "skip invalid"):
        if after != before or result.written:
            return "partial write", f"{before} -> {after}: {result.summary()}"
        if result.invalid and not result.errors:
            return "note: invalid rows without a message", result.summary()
        spans = [e for e in result.errors if "\n" in e or "\r" in e]
        if spans:
            return "note: a row error spans lines", repr(spans[0])
        if mode == "dry run":
            return "dry run: nothing written", None
        return "invalid rows: nothing written", None
    expected = {
        "articles": before["articles"] + result.created,
        "sources": before["sources"] + result.sources_created,
        "sections": before["sections"] + result.sections_created,
        "batches": before["batches"] + 1,
    }
    if not result.written or after != expected:
        return "partial write", f"{before} -> {after}, expected {expected}: {result.summary()}"
    try:  # every written row reads back (a value the database took but cannot return is lost)
        written = list(Article.objects.filter(import_batch=result.batch_id))
    except Exception as exc:
        return f"written but unreadable: {type(exc).__name__}", traceback.format_exc()
    if len(written) != result.created + result.updated:
        return "partial write", f"{len(written)} articles in the batch: {result.summary()}"
    if result.invalid:
        with result.rejects_path.open(encoding="utf-8-sig", newline="") as file:
            rejected = sum(1 for _ in csv.reader(file)) - 1
        if rejected != result.invalid:
            return "partial write", f"{rejected} rows in the rejects file: {result.summary()}"
        return "imported, invalid rows to the rejects file", None
    return "imported", None


def fuzz_csv(args):
    with tempfile.TemporaryDirectory(prefix="fuzz-csv-") as tmp:
        tmp = Path(tmp)
        where, drop = setup_database(tmp)
        try:
            _fuzz_csv(args, tmp, where)
        finally:
            drop()


def _fuzz_csv(args, tmp: Path, where: str):
    from django.db import transaction  # noqa: PLC0415

    seed()
    outcomes, first = Counter(), {}
    started = time.perf_counter()
    for case in range(args.cases):
        rng = random.Random(f"{args.seed}:{case}")  # a case replays from its number alone
        kind, data = random_file(rng)
        mode = rng.choice(["all or nothing"] * 6 + ["skip invalid", "dry run"])
        path = tmp / f"case-{case}.{'xlsx' if kind == 'xlsx' else 'csv'}"
        path.write_bytes(data)
        try:
            with transaction.atomic():  # rolled back: every case starts from the seed
                outcome, detail = run_case(path, mode)
                raise _Undo
        except _Undo:
            pass
        for leftover in (path, path.with_name(f"{path.stem}.rejects.csv")):
            leftover.unlink(missing_ok=True)
        outcomes[outcome] += 1
        if detail is not None and outcome not in first:
            saved = Path(tempfile.gettempdir()) / f"fuzz-csv-{args.seed}-{case}{path.suffix}"
            saved.write_bytes(data)
            first[outcome] = (case, kind, mode, saved, data, detail)
    elapsed = time.perf_counter() - started
    for outcome, (case, kind, mode, saved, data, detail) in first.items():
        print(f"{outcome}: first in case {case} ({kind}, {mode}), saved as {saved}")
        print(f"  input: {data[:300]!r}{' ...' if len(data) > 300 else ''}")
        print("  " + detail.strip()[-1500:].replace("\n", "\n  "))
    failed = sum(n for o, n in outcomes.items() if o in first and not o.startswith("note:"))
    print(
        f"fuzz csv: {args.cases} cases (seed {args.seed}) in {elapsed:.1f} s "
        f"({args.cases / elapsed:.0f}/s) on {where}:"
    )
    for outcome, n in sorted(outcomes.items(), key=lambda item: (item[0] in first, -item[1])):
        print(f"  {n:6d}  {outcome}")
    print(f"  {failed:6d}  unexpected exceptions, partial writes or unreadable rows")
    if failed:
        sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["dump", "csv"], default="dump")
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.mode == "csv":
        fuzz_csv(args)
    else:
        fuzz_dumps(args)


if __name__ == "__main__":
    main()
