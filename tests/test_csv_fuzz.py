"""Hostile input through both doors of the bulk CSV/XLSX/JSON import, with hypothesis.

Random bytes, random Unicode, random CSV shapes (header subsets and orders, unknown and repeated
columns, ragged rows, quotes, NUL, BOMs, other encodings, huge cells, edge statuses, dates, URLs,
slugs, sources and sections), random XLSX sheets and random JSON go through ``import_csv`` (what
``manage.py import_articles`` runs) and through ``ArticleResource.import_data`` (the admin's
preview and confirm). The only outcomes allowed: a one-line ``FileProblem`` with nothing written,
invalid rows listed ("row N, ...") with nothing written, or every valid row written and readable
back. Each example starts from the same seeded rows and is rolled back after its checks.
``bench/fuzz.py --mode csv`` runs 10,000 such cases; the ``test_regression_*`` tests at the end
are inputs it found that once failed.
"""

import csv
import datetime
import io
import json
import re
from contextlib import contextmanager

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from articles.admin.importexport import CSVImport
from articles.importers.articles_resource import ArticleResource
from articles.importers.csv_fields import COLUMNS, FileProblem
from articles.importers.csv_import import import_csv
from articles.models import Article, ImportBatch, Section, Source
from articles.richtext import to_text

pytestmark = pytest.mark.django_db

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
MODES = ["all or nothing", "all or nothing", "skip invalid", "dry run"]


# ---- the database every example starts from ---------------------------------------------------


@pytest.fixture
def seeded():
    """Two sources (one with an alias), three sections, four articles the files may match."""
    vna = Source.objects.create(name="Vietnam News Agency", slug="vna", aliases=["VNA"])
    reuters = Source.objects.create(name="Reuters", slug="reuters")
    news = Section.objects.create(name="News", slug="news")
    politics = Section.objects.create(name="Politics", slug="politics", parent=news)
    Section.objects.create(name="World", slug="world")
    live = {"status": Article.Status.PUBLISHED, "published_at": timezone.now()}
    Article.objects.create(
        title="Story 1", slug="story-1", source=vna, external_id="VNA-1", section=politics, **live
    )
    Article.objects.create(
        title="Story 2", slug="story-2", source=reuters, external_id="R-1", section=news, **live
    )
    Article.objects.create(title="Story 3", slug="story-3", **live)
    Article.objects.create(title="Draft 1", slug="draft-1", source=vna, external_id="VNA-2")


class _Undo(Exception):
    pass


@contextmanager
def rolled_back():
    """Run the block in a transaction that is always rolled back."""
    try:
        with transaction.atomic():
            yield
            raise _Undo
    except _Undo:
        pass


def counts() -> dict:
    return {
        "articles": Article.objects.count(),
        "sources": Source.objects.count(),
        "sections": Section.objects.count(),
        "batches": ImportBatch.objects.count(),
    }


# ---- the checks --------------------------------------------------------------------------------


def check_import(path, mode: str):
    """Import ``path`` as ``import_articles`` would and check the outcome is one of the allowed."""
    before = counts()
    try:
        result = import_csv(path, dry_run=mode == "dry run", skip_invalid=mode == "skip invalid")
    except FileProblem as exc:
        assert str(exc).strip()
        assert counts() == before, "a refused file wrote something"
        event("refused")
        return None
    assert result.rows == result.created + result.updated + result.unchanged + result.invalid
    for line in result.errors:
        assert re.match(r"row \d+(, column \w+)?: \S", line), line
    if result.invalid:
        assert result.errors
    after = counts()
    if mode == "dry run" or (result.invalid and mode == "all or nothing"):
        assert not result.written and after == before, result.summary()
        event(f"{mode}: {'invalid rows' if result.invalid else 'valid'}, nothing written")
        return result
    assert result.written
    assert after == {
        "articles": before["articles"] + result.created,
        "sources": before["sources"] + result.sources_created,
        "sections": before["sections"] + result.sections_created,
        "batches": before["batches"] + 1,
    }, result.summary()
    written = list(Article.objects.filter(import_batch=result.batch_id))  # they read back
    assert len(written) == result.created + result.updated
    if result.invalid:
        with result.rejects_path.open(encoding="utf-8-sig", newline="") as file:
            assert sum(1 for _ in csv.reader(file)) == result.invalid + 1
    event(f"{mode}: written, {'some rows invalid' if result.invalid else 'all rows valid'}")
    return result


def import_file(tmp_path, data: bytes, mode: str, suffix=".csv"):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    path.with_name("fuzz.rejects.csv").unlink(missing_ok=True)
    with rolled_back():
        return check_import(path, mode)


# ---- strategies --------------------------------------------------------------------------------

HUGE = st.sampled_from([1_000, 40_000, 300_000]).flatmap(
    lambda n: st.sampled_from("aé\n\"',").map(lambda c: c * n)
)
PIECES = st.sampled_from(
    [
        "", " ", '"', '""', "'", ",", ";", "\t", "\n", "\r\n", "\r", "\x0b", "\x1f", "\x7f",
        "\u2028", "\ufeff", "\u200b", "\u0301", "\ufffd", "🦆", "ß", "İ", "ǅ", "ﬁ", "=1+1",
        "'=1+1", "+33", "-1", "@SUM(A1)", "<script>alert(1)</script>", "{{ 7|add:7 }}", "\\",
        "/", " / ", "NULL", "None", "Điện Biên Phủ",
    ]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=6).map("".join),
)
WORDS = st.lists(st.sampled_from(["the", "council", "Điện", "Biên", "met", "Story"]), min_size=1)
OFFSET = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)
MOMENTS = st.datetimes()
DATES = st.one_of(
    st.sampled_from(
        [
            "", "2024-05-01T10:00:00+07:00", "2024-05-01", "2024-05-01 10:00",
            "2024-05-01T10:00:00Z", "20240501", "2024-W18-3", "2024-13-01", "2024-02-30",
            "2024-05-01T25:00", "yesterday", "2024-05-01T10:00:00+24:00",
        ]
    ),
    MOMENTS.map(datetime.datetime.isoformat),
    st.tuples(MOMENTS, OFFSET).map(lambda m: m[0].replace(tzinfo=m[1]).isoformat()),
    MOMENTS.map(lambda m: m.date().isoformat()),
)  # fmt: skip
CELLS = {
    "title": st.one_of(WORDS.map(" ".join), st.sampled_from(["!!!", "a" * 300, "a" * 301])),
    "slug": st.one_of(
        st.sampled_from(
            ["", "story-1", "story-2", "story-3", "draft-1", "Story-1", "new", "untitled",
             "a b", "ñandú", "-", "_", "a" * 200, "a" * 201, "x/y"]
        ),
        st.from_regex(r"[-a-zA-Z0-9_]{1,12}", fullmatch=True),
    ),
    "source": st.sampled_from(
        ["", "Vietnam News Agency", "VNA", "vna", " Reuters ", "REUTERS", "A New Agency",
         "a new agency", "!!!", "ß", "SS", "ss", "🦆", "Nhân Dân", "Nhân dân", "x" * 200,
         "x" * 201]
    ),
    "section": st.one_of(
        st.sampled_from(
            ["", "News", "news", "News / Politics", "news/politics", "News / / Politics", "/",
             " / ", "s" * 100, "s" * 101, "A / B / C / D", "Điện Biên / Phủ",
             "Dien Bien / Phu", "!!!", "World / News", "🦆"]
        ),
        st.lists(st.sampled_from(["News", "news", "World", "Ñ", "ñ", " ", ""]), max_size=4).map(
            " / ".join
        ),
    ),
    "status": st.one_of(
        st.sampled_from(
            ["", "draft", "review", "published", "archived", "Draft", "In review",
             " PUBLISHED ", "live", "0", "true"]
        ),
        st.text(max_size=8),
    ),
    "published_at": DATES,
    "url": st.one_of(
        st.sampled_from(
            ["", "https://example.com/a", "http://example.com:8080/x?y=z", "https://例え.テスト/",
             "javascript:alert(1)", "http://", "ftp://example.com/x", "//example.com",
             "http://[::1]/", "http://256.256.256.256/", "http://localhost:99999/",
             "https://example.com/" + "a" * 480, "https://example.com/" + "a" * 481,
             "https://example.com/a b", "https://-bad-.com/"]
        ),
        st.text(max_size=20).map(lambda t: "https://" + t),
    ),
    "external_id": st.sampled_from(
        ["", "1", "2", "VNA-1", "VNA-2", "R-1", " VNA-1 ", "x" * 100, "x" * 101, "=1", "0001"]
    ),
    "byline": st.sampled_from(["", "Mai Anh", "b" * 200, "b" * 201]),
    "dateline": st.sampled_from(["", "HANOI, Dec. 2", "d" * 200, "d" * 201]),
}  # fmt: skip
UNKNOWN = st.sampled_from(["author", "id", "tags", "title2", "Tiêu đề", "", "=title", "\x00"])


# What a valid row may hold, column by column (the other columns: words, or nothing).
VALID = {
    "slug": ["", "", "story-1", "story-2", "story-3", "draft-1", "new-slug", "a" * 200],
    "source": ["", "Vietnam News Agency", "VNA", "vna", "Reuters", "A New Agency", "Nhân Dân"],
    "section": ["", "News", "news", "News / Politics", "World", "A / B / C", "Điện Biên / Phủ"],
    "status": ["", "draft", "review", "In review", "archived", "published", "Published"],
    "published_at": ["", "2024-05-01T10:00:00+07:00", "2024-05-01", "2024-05-01 10:00"],
    "url": ["", "https://example.com/a", "http://example.com:8080/x?y=z", "https://例え.テスト/"],
    "external_id": ["", "1", "2", "VNA-1", "VNA-2", "R-1", "x" * 100],
}


def cell(column: str, hostile: int = 100):
    """A cell for ``column``: one near or past an edge in ``hostile`` cases out of 100."""
    edgy = st.one_of(CELLS.get(column, WORDS.map(" ".join)), TEXT, st.just(""), HUGE)
    valid = st.sampled_from(VALID[column]) if column in VALID else WORDS.map(" ".join)
    if hostile >= 100:
        return edgy
    return st.integers(0, 99).flatmap(lambda n: edgy if n < hostile else valid)


HOSTILITY = st.sampled_from([0, 5, 30, 100])


@st.composite
def headers(draw):
    names = draw(st.lists(st.sampled_from(COLUMNS), unique=True, max_size=len(COLUMNS)))
    if "title" not in names and draw(st.integers(0, 9)):
        names.insert(draw(st.integers(0, len(names))), "title")
    if draw(st.integers(0, 19)) == 0:
        names.insert(draw(st.integers(0, len(names))), draw(UNKNOWN))
    if names and draw(st.integers(0, 19)) == 0:
        names.append(draw(st.sampled_from(names)))  # a repeated column
    shown = [
        draw(st.sampled_from([n, n, n, n.upper(), f" {n} ", n.title(), f"\ufeff{n}"]))
        for n in names
    ]
    return names, shown + draw(st.sampled_from([[], [], [], ["", ""]]))


@st.composite
def tables(draw):
    """(column names as written, rows of cells), ragged and blank rows included."""
    names, shown = draw(headers())
    hostile = draw(HOSTILITY)
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        row = [draw(cell(n, hostile)) for n in names]
        shape = draw(st.integers(0, 19))
        if shape == 0:
            row = row[: draw(st.integers(0, len(row)))]
        elif shape == 1:
            row += draw(st.lists(st.sampled_from(["", " ", "extra"]), min_size=1, max_size=3))
        elif shape == 2:
            row = [""] * len(row)
        rows.append(row)
    return shown, rows


@st.composite
def csv_files(draw) -> bytes:
    header, rows = draw(tables())
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=draw(st.sampled_from([",", ",", ";", "\t"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
        lineterminator=draw(st.sampled_from(["\r\n", "\n"])),
    )
    writer.writerow(header)
    writer.writerows(rows)
    text = ("\ufeff" if draw(st.booleans()) else "") + out.getvalue()
    data = text.encode(
        draw(st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "cp1252", "utf-16"])),
        errors="replace",
    )
    damages = st.tuples(
        st.floats(0, 1),
        st.sampled_from([b'"', b'"', b"'", b"\x00", b"\n", b"\r", b",", b"\xff", b"\xe9"]),
    )
    damaged = draw(st.integers(0, 3)) == 0
    for where, damage in draw(st.lists(damages, min_size=1, max_size=2)) if damaged else []:
        at = int(where * len(data))
        data = data[:at] + damage + data[at:]
    return data


def native_cells(column: str, hostile: int):
    """What an XLSX cell may hold: text (without the characters XML cannot carry) or a value."""
    text = cell(column, hostile).map(lambda t: ILLEGAL_CHARACTERS_RE.sub("", t)[:32767])
    if hostile < 100:
        return st.integers(0, 99).flatmap(
            lambda n: native_cells(column, 100) if n < hostile else text
        )
    return st.one_of(
        cell(column).map(lambda t: ILLEGAL_CHARACTERS_RE.sub("", t)[:32767]),
        st.none(),
        st.integers(-(2**60), 2**60),
        st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(),
        st.datetimes(datetime.datetime(1900, 3, 1), datetime.datetime(9998, 12, 31)),
        st.dates(datetime.date(1900, 3, 1), datetime.date(9998, 12, 31)),
        # OOXML escapes, as Excel writes a CR; "_xD800_" (a lone surrogate) is a known bug.
        st.sampled_from(["_x000D_", "_x0000_", "_x005F_x0041_", "a_x000a_b", "_x00e9_"]),
    )


@st.composite
def xlsx_files(draw) -> bytes:
    names, shown = draw(headers())
    hostile = draw(HOSTILITY)
    rows = draw(st.lists(st.tuples(*(native_cells(n, hostile) for n in names)), max_size=5))
    book = Workbook(write_only=True)  # built once every value is drawn: it is always saved
    sheet = book.create_sheet()
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", h) for h in shown])
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@st.composite
def json_files(draw) -> bytes:
    """The rows of a random table as a JSON array or JSON Lines, now and then with a key missing
    or added, a value that is a number, null, a list or an object, or a row that is not an object;
    sometimes damaged."""
    names, shown = draw(headers())
    hostile = draw(HOSTILITY)
    odd = st.one_of(st.none(), st.integers(), st.floats(), st.booleans(), st.lists(st.text()))
    items = []
    for _ in range(draw(st.integers(0, 5))):
        item = {h: draw(cell(n, hostile)) for n, h in zip(names, shown, strict=False)}
        shape = draw(st.integers(0, 24))
        if shape == 0 and item:
            item.pop(draw(st.sampled_from(sorted(item))))
        elif shape == 1:
            item[draw(st.sampled_from(["extra", "title", "Title"]))] = draw(odd)
        elif shape == 2 and item:
            item[draw(st.sampled_from(sorted(item)))] = draw(odd)
        elif shape == 3:
            item = draw(odd)
        items.append(item)
    if draw(st.booleans()):
        text = json.dumps(items, ensure_ascii=draw(st.booleans()))
    else:
        text = "".join(json.dumps(item) + "\n" for item in items)
    data = (("\ufeff" if draw(st.booleans()) else "") + text).encode()
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(data)))
        data = (
            data[:at]
            + draw(st.sampled_from([b'"', b",", b"}", b"\n", b"\x00", b"\xe9"]))
            + data[at:]
        )
    return data


# ---- import_articles' door ---------------------------------------------------------------------


# Random content alone, or after a header line that names real columns.
HEADER_LINES = st.sampled_from(["", "", "title\n", "title,body,slug\n", "summary;title\n"])


@FAST
@given(header=HEADER_LINES, data=st.binary(max_size=4096), mode=st.sampled_from(MODES))
def test_random_bytes(tmp_path, seeded, header, data, mode):
    import_file(tmp_path, header.encode() + data, mode)


@FAST
@given(
    header=HEADER_LINES,
    text=st.text(max_size=2000),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    mode=st.sampled_from(MODES),
)
def test_random_unicode(tmp_path, seeded, header, text, encoding, mode):
    data = (header + text).encode(encoding, errors="replace")
    import_file(tmp_path, data, mode)


@settings(FAST, max_examples=100)
@given(data=csv_files(), mode=st.sampled_from(MODES))
def test_random_csv_files(tmp_path, seeded, data, mode):
    import_file(tmp_path, data, mode)


@settings(FAST, max_examples=40)
@given(data=xlsx_files(), mode=st.sampled_from(MODES))
def test_random_xlsx_files(tmp_path, seeded, data, mode):
    import_file(tmp_path, data, mode, suffix=".xlsx")


@settings(FAST, max_examples=60)
@given(data=json_files(), mode=st.sampled_from(MODES))
def test_random_json_files(tmp_path, seeded, data, mode):
    import_file(tmp_path, data, mode, suffix=".json")


@FAST
@given(header=headers(), mode=st.sampled_from(MODES))
def test_valid_rows_under_any_header_are_all_written(tmp_path, seeded, header, mode):
    """Rows every cleaner accepts, under any header: nothing may be refused but the header."""
    names, shown = header
    value = {"title": "A story", "status": "review", "published_at": "2024-05-01T10:00:00+07:00"}
    rows = [[value.get(n, "") for n in names] for _ in range(3)]
    out = io.StringIO()
    csv.writer(out).writerows([shown, *rows])
    result = import_file(tmp_path, out.getvalue().encode(), mode)
    if result is not None and names.count("title") == 1:
        assert result.invalid == 0 and result.created == 3, result.errors


# ---- the admin's door --------------------------------------------------------------------------


def admin_import(data: bytes, dry_run: bool):
    """The admin's two steps on ``data`` (its format reads the upload); None if refused."""
    try:
        dataset = CSVImport().create_dataset(data)
    except FileProblem as exc:
        assert str(exc).strip()
        return None
    return ArticleResource().import_data(dataset, dry_run=dry_run, file_name="fuzz.csv")


@settings(FAST, max_examples=80)
@given(data=st.one_of(csv_files(), xlsx_files(), json_files()))
def test_admin_import_gives_row_errors_only_and_agrees_with_the_command(tmp_path, seeded, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    with rolled_back():
        before = counts()
        preview = admin_import(data, dry_run=True)
        if preview is None:
            with pytest.raises(FileProblem):  # the command refuses the same file
                import_csv(path, dry_run=True)
            return
        assert not preview.has_errors(), [e.traceback for e in preview.base_errors] + [
            e.traceback for row in preview.error_rows for e in row.errors
        ]
        assert counts() == before
        totals = preview.totals
        command = import_csv(path, dry_run=True)
        assert (totals["new"], totals["update"], totals["skip"], totals["invalid"]) == (
            command.created,
            command.updated,
            command.unchanged,
            command.invalid,
        )
        assert preview.article_errors == command.errors
        done = admin_import(data, dry_run=False)
        assert not done.has_errors()
        after = counts()
        if totals["invalid"]:
            assert after == before, "all or nothing: an invalid row must roll the import back"
        else:
            assert after["articles"] == before["articles"] + totals["new"]
            assert after["batches"] == before["batches"] + 1
            batch = ImportBatch.objects.latest("pk")
            assert batch.articles.count() == totals["new"] + totals["update"]
            list(batch.articles.all())  # they read back


# ---- inputs the fuzzing found; each docstring says how it failed before the fix -------------


def _refused_or_imported(tmp_path, data: bytes, suffix=".csv"):
    path = tmp_path / f"bug{suffix}"
    path.write_bytes(data)
    try:
        result = import_csv(path)
    except FileProblem:
        return None
    list(Article.objects.all())  # what was written reads back
    return result


@pytest.mark.parametrize("data", [b"title\rx\nStory\n", b'"title";"dat\reline"\nA;b\n'])
def test_regression_a_carriage_return_in_the_header_line(tmp_path, data):
    """A bare CR in the header line: the delimiter sniffing's csv.reader raises csv.Error (a
    traceback from import_articles; a generic error in the admin) instead of a FileProblem."""
    _refused_or_imported(tmp_path, data)


def _xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("column", ["title", "source", "body"])
def test_regression_an_ooxml_escaped_surrogate_in_an_xlsx_cell(tmp_path, column):
    """ "_xD800_" in an XLSX cell once became a lone surrogate that the write could not encode
    (UnicodeEncodeError); such an escape names no character, so it is kept as typed."""
    header = ["title", column] if column != "title" else ["title"]
    cells = ["A story", "x _xD800_ y"] if column != "title" else ["x _xD800_ y"]
    result = _refused_or_imported(tmp_path, _xlsx([header, cells]), ".xlsx")
    assert result.created == 1 and result.invalid == 0
    article = Article.objects.get()
    assert "x _xD800_ y" in (
        article.title,
        # the body is stored as rich text: the cell's text is its paragraph's
        to_text(article.body) if column == "body" else getattr(article, column, ""),
        article.source and article.source.name,
    )


@pytest.mark.parametrize(
    "moment", ["0001-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"]
)
def test_regression_published_at_near_the_ends_of_the_calendar(tmp_path, moment):
    """A moment whose UTC time falls outside years 1-9999: SQLite raises OverflowError on the
    write; PostgreSQL stores it, and reading the article back then raises DataError (every
    page listing it fails), or refuses the write with DataError."""
    data = f"title,status,published_at\nA story,published,{moment}\n".encode()
    result = _refused_or_imported(tmp_path, data)
    assert result.invalid == 1


def test_regression_moving_an_article_by_slug_to_a_source_with_its_external_id(tmp_path):
    """Matched by slug (no external_id column), an article moves to a source where another
    article has its external id: the unique (source, external_id) constraint refuses the write
    with IntegrityError (import_articles: "the database refused the import"; the admin: an
    exception) instead of an invalid row."""
    vna = Source.objects.create(name="Vietnam News Agency", slug="vna")
    reuters = Source.objects.create(name="Reuters", slug="reuters")
    Article.objects.create(title="A", slug="story-1", source=vna, external_id="1")
    Article.objects.create(title="B", slug="story-2", source=reuters, external_id="1")
    result = _refused_or_imported(tmp_path, b"title,slug,source\nA moved,story-1,Reuters\n")
    assert result.invalid == 1


@pytest.mark.parametrize("offset", ["+16:00", "-23:59"])
def test_regression_an_offset_over_16_hours_in_the_admin_on_postgresql(offset):
    """ "2024-05-01T10:00:00+16:00" is valid ISO 8601 and import_articles imports it (binary
    COPY sends UTC), but the admin's preview fails with DataError "time zone displacement out
    of range" from PostgreSQL (a base error with a traceback) instead of an article or an
    invalid row. SQLite stores UTC and passes."""
    data = f"title,published_at\nA story,2024-05-01T10:00:00{offset}\n".encode()
    result = ArticleResource().import_data(CSVImport().create_dataset(data), dry_run=True)
    assert not result.has_errors()


@pytest.mark.parametrize(
    "data", [b'title,url\nA,"x\nrow 9: spoofed"\n', b'"dateline\r\nrow 1: spoofed"\nA\n']
)
def test_regression_messages_quote_line_breaks_from_the_file(tmp_path, data):
    """A row error or a FileProblem quotes a cell verbatim, line breaks included, so one message
    prints as several lines (import_articles prints one line per error)."""
    path = tmp_path / "bug.csv"
    path.write_bytes(data)
    try:
        lines = import_csv(path).errors
    except FileProblem as exc:
        lines = [str(exc)]
    assert lines and not any("\n" in line or "\r" in line for line in lines)


def test_regression_json_keys_are_quoted_in_row_messages(tmp_path):
    """A key with spaces (" title ") was named bare: "row 2:  title  holds a JSON list…"."""
    result = _refused_or_imported(tmp_path, b'{" title ": ""}\n{" title ": []}\n{}\n', ".jsonl")
    assert result.errors[:2] == [
        "row 1, column title: is empty: every article needs a title",
        'row 2: " title " holds a JSON list or object, not text',
    ]
