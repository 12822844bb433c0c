"""Bad files: one clear line naming the file, nothing written, never a traceback. Each is built
here, small on disk (the million-blank-rows XLSX and the zip bomb included)."""

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from articles.importers.csv_fields import FileProblem
from articles.importers.csv_import import import_csv
from articles.importers.csv_read import MAX_BLANK_ROWS, open_table
from articles.models import Article, ImportBatch, Section, Source
from tests.test_csv_import import csv_bytes, run, story, write_csv

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]


def xlsx_bytes(rows, *, far_row=None, empty_rows=0) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for _ in range(empty_rows):  # real <row> elements with no value: formatted, empty rows
        sheet.append([" "])
    if far_row:
        sheet.cell(row=far_row, column=1, value=" ")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_bomb() -> bytes:
    """A valid workbook plus a member that inflates 64 MB from about 64 KB."""
    out = io.BytesIO(xlsx_bytes([["title"], ["A story"]]))
    with (
        zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.xml", "w") as member,
    ):
        for _ in range(64):
            member.write(b" " * (1 << 20))
    return out.getvalue()


def billion_laughs() -> bytes:
    """A workbook whose sheet declares nested XML entities (parsed, they would explode)."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["title"], ["A story"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                entities = '<!ENTITY l0 "lol">' + "".join(
                    f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9)
                )
                data = data.replace(
                    b"<worksheet", f"<!DOCTYPE worksheet [{entities}]><worksheet".encode(), 1
                ).replace(b"A story", b"&l8;")
            archive.writestr(info, data)
    return out.getvalue()


GOOD_HEADER = "title,slug,source\n"
BAD_FILES = {
    "cp1252": (
        (GOOD_HEADER + "Café “quoted”,cafe,VNA\n").encode("cp1252"),
        "line 2: byte 0xe9 is not UTF-8 (it looks like Windows-1252 (ANSI) text)",
    ),
    "utf16": ((GOOD_HEADER + "Café,cafe,VNA\n").encode("utf-16"), "the file is UTF-16 text"),
    "utf16-no-bom": ((GOOD_HEADER + "A,a,VNA\n").encode("utf-16-le"), "the file is UTF-16 text"),
    "nul": (
        (GOOD_HEADER + "A,a,VNA\nB,b\x00,VNA\n").encode(),
        "line 3 contains a NUL byte: this is not a text CSV file",
    ),
    "unterminated-quote": (
        (GOOD_HEADER + 'A,a,VNA\n"B,b,VNA\nC,c,VNA\n').encode(),
        "line 3: a quoted cell is never closed (an unterminated quote)",
    ),
    "stray-quote": ((GOOD_HEADER + 'A,"a"x,VNA\n').encode(), "line 2: ',' expected after '\"'"),
    "empty": (b"", "the file is empty"),
    "blank-lines": (b"\xef\xbb\xbf\r\n \n\n", "the file is empty"),
    "headers-only": (GOOD_HEADER.encode(), "the file has a header row but no articles"),
    "unknown-column": (
        b"title,colour,slug\nA,red,a\n",
        'unknown column "colour"; the columns are: title, slug, summary, body',
    ),
    "no-title-column": (b"slug,body\na,text\n", "the header has no title column"),
    "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "this is an old Excel .xls file"),
    "broken-zip": (b"PK\x03\x04" + b"\x01" * 200, "this is not a valid XLSX file"),
    "binary-renamed": (  # a NUL anywhere in the first MB wins over the bytes that are not UTF-8
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 9000 >>\nstream\n"
        + b"A" * 9000
        + b"\x00\x01",
        "line 6 contains a NUL byte: this is not a text CSV file",
    ),
    "half-a-bom": (b"\xef\xbb", "line 1: byte 0xef is not UTF-8"),
    "json-invalid": (
        b'[{"title": "A"},\n {"title": }]',
        "line 2: this is not valid JSON (Expecting value)",
    ),
    "jsonl-invalid": (
        b'{"title": "A"}\n{"title": "B"\n',
        "line 2: this is not valid JSON (Expecting ',' delimiter): a JSON Lines file holds one",
    ),
    "json-empty-array": (b" [ ] ", "the file is empty: the JSON array has no articles"),
    "json-not-objects": (b'["A story", "Another"]', "row 1 is not a JSON object"),
    "json-unknown-key": (b'[{"title": "A", "colour": "red"}]', 'unknown column "colour"'),
    "json-no-title": (b'{"slug": "a"}\n', "the header has no title column"),
    "json-cp1252": ('[{"title": "Café"}]'.encode("cp1252"), "line 1: byte 0xe9 is not UTF-8"),
    "jsonl-nul": (
        b'{"title": "A"}\n{"title": "B\x00"}\n',
        "line 2 contains a NUL byte: this is not a text JSON Lines file",
    ),
}


def _xlsx_cases():
    return {
        "xlsx-million-blank-rows": (
            xlsx_bytes([["title"], ["A story"]], far_row=1_000_000),
            f"more than {MAX_BLANK_ROWS:,} empty rows after row 2",
        ),
        "xlsx-formatted-empty-rows": (
            xlsx_bytes([["title"], ["A story"]], empty_rows=MAX_BLANK_ROWS + 5),
            f"more than {MAX_BLANK_ROWS:,} empty rows after row 2",
        ),
        "xlsx-zip-bomb": (zip_bomb(), "this looks like a zip bomb"),
        "xlsx-billion-laughs": (
            billion_laughs(),
            "cannot be read (EntitiesForbidden: its XML declares entities",
        ),
        "xlsx-headers-only": (xlsx_bytes([["title", "slug"]]), "header row but no articles"),
    }


def bad_files():
    return {**BAD_FILES, **_xlsx_cases()}


def nothing_written():
    return not (
        Article.objects.exists()
        or ImportBatch.objects.exists()
        or Source.objects.exists()
        or Section.objects.exists()
    )


@pytest.mark.parametrize("name", sorted(bad_files()))
def test_a_bad_file_gives_one_line_naming_it_and_writes_nothing(tmp_path, name):
    data, expected = bad_files()[name]
    path = tmp_path / f"{name}.csv"
    path.write_bytes(data)
    with pytest.raises(CommandError) as caught:
        call_command("import_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and expected in message, message
    assert "\n" not in message
    assert nothing_written()


def test_the_small_files_stay_small_on_disk():
    cases = _xlsx_cases()
    assert len(cases["xlsx-million-blank-rows"][0]) < 20_000
    assert len(cases["xlsx-zip-bomb"][0]) < 200_000


def test_the_command_never_prints_a_traceback(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes(BAD_FILES["utf16"][0])
    done = subprocess.run(
        [sys.executable, "manage.py", "import_articles", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"},
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f'CommandError: {path}: the file is UTF-16 text (Excel\'s "Unicode Text"): save it as '
        "CSV UTF-8 and import that"
    ]


def test_a_missing_file_is_one_line(tmp_path):
    with pytest.raises(CommandError, match=r"nope\.csv: No such file or directory$"):
        call_command("import_articles", str(tmp_path / "nope.csv"))


def test_ragged_rows_are_invalid_rows_listed_with_the_others(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_bytes(b"title,slug,byline\nA,a,x\nB,b\nC,c,x,extra\nD,d,x,,\nE,,x\n")
    code, out, err = run(path)
    assert code == 1 and nothing_written()
    assert err.splitlines() == [
        f"{path}: row 3: has 2 cells but the header has 3 (a missing comma or quote?)",
        f"{path}: row 4: has 4 cells but the header has 3 (an extra comma or quote?)",
    ]
    code, out, _ = run(path, "--skip-invalid")
    assert code == 0 and "3 created, 0 updated, 0 unchanged, 2 invalid" in out
    assert set(Article.objects.values_list("title", flat=True)) == {"A", "D", "E"}


def test_a_nul_byte_half_way_through_a_big_file_rolls_back_what_was_written(tmp_path):
    rows = [story(n, body="Words and more words.\n" * 2500) for n in range(30)]  # 1.7 MB
    data = csv_bytes(rows) + b"Late,late,,,,,VNA,,draft,,,\x00\n"
    path = tmp_path / "late.csv"
    path.write_bytes(data)
    line = data[: data.index(b"\x00")].count(b"\n") + 1
    batches = []
    with pytest.raises(FileProblem, match=f"^line {line} contains a NUL byte"):
        import_csv(path, batch_size=5, skip_invalid=True, progress=lambda *a: batches.append(a))
    assert len(batches) >= 3  # rows were written before the NUL was reached...
    assert nothing_written()  # ... and rolled back
    assert not (tmp_path / "late.rejects.csv").exists()
    assert not list(tmp_path.glob(".rejects-*"))


def _big_csv(tail: bytes) -> tuple[bytes, int]:
    """A file of over 2 MB (several of the reader's chunks) ending with ``tail``, and the line
    ``tail`` starts on."""
    data = csv_bytes([story(n, body="Words and more words.\n" * 100) for n in range(1000)])
    return data + tail, data.count(b"\n") + 1


def test_a_byte_that_is_not_utf8_deep_in_a_big_file_is_named_with_its_line(tmp_path):
    data, line = _big_csv(b"Late,late,,,,,VNA,,draft,,,\n" + b"Caf\xe9,,,,,,VNA\n")
    path = tmp_path / "late.csv"
    path.write_bytes(data)
    with pytest.raises(FileProblem) as caught:
        import_csv(path)
    assert str(caught.value).startswith(
        f"line {line + 1}: byte 0xe9 is not UTF-8 (it looks like Windows-1252 (ANSI) text)"
    )
    assert nothing_written()


@pytest.mark.parametrize("before", [1, 2])
def test_a_bad_byte_after_a_character_cut_by_a_chunk_boundary_is_named_exactly(tmp_path, before):
    """ "ệ" (3 bytes) starts ``before`` bytes before the end of the reader's first chunk."""
    from articles.importers.csv_read import CHUNK

    head = b"title,body\nA,"
    prefix = head + b"y" * (CHUNK - before - len(head) - 1) + b"\n"
    path = tmp_path / "cut.csv"
    path.write_bytes(prefix + "ệ ok,x\n".encode() + b"Caf\xe9,x\n")
    with pytest.raises(FileProblem, match="^line 4: byte 0xe9 is not UTF-8"):
        import_csv(path)


def test_a_line_longer_than_the_limit_is_refused_with_its_line(tmp_path, monkeypatch):
    from articles.importers import csv_read

    monkeypatch.setattr(csv_read, "MAX_LINE", 1 << 20)
    data, line = _big_csv(b"Endless," + b"x" * (3 << 20) + b"\n")
    path = tmp_path / "long.csv"
    path.write_bytes(data)
    with pytest.raises(FileProblem, match=f"^line {line} is longer than 1 MB: this is not a CSV"):
        import_csv(path)
    assert nothing_written()


def test_json_rows_unlike_the_first_object_are_invalid_rows_listed_with_the_others(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(
        '{"title": "A", "slug": "a", "source": "VNA"}\n'
        '{"title": "B", "slug": "b", "source": "VNA", "colour": "red"}\n'
        "\n"
        '{"title": "C", "slug": "c"}\n'
        '{"title": ["C", "D"], "slug": "d", "source": "VNA"}\n'
        '"just text"\n'
        '{"title": "E", "slug": "e", "source": null}\n',
        encoding="utf-8",
    )
    code, _, err = run(path)
    assert code == 1 and nothing_written()
    assert err.splitlines() == [
        f'{path}: row 2: has "colour", which the first object has not (its keys are the columns)',
        f'{path}: row 4: has no "source", which the first object has (its keys are the columns)',
        f'{path}: row 5: "title" holds a JSON list or object, not text',
        f"{path}: row 6: is not a JSON object",
    ]
    code, out, _ = run(path, "--skip-invalid")
    assert code == 0 and "2 created, 0 updated, 0 unchanged, 4 invalid" in out
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["a", "e"]
    rejects = (tmp_path / "articles.rejects.csv").read_text(encoding="utf-8-sig")
    assert '"[""C"", ""D""]",d,VNA,"""title"" holds a JSON list or object, not text"' in rejects


def test_a_json_array_over_the_limit_says_to_use_json_lines(tmp_path, monkeypatch):
    from articles.importers import csv_read

    monkeypatch.setattr(csv_read, "MAX_JSON_ARRAY", 1000)
    path = tmp_path / "big.json"
    path.write_text("[" + ",".join('{"title": "A story"}' for _ in range(100)) + "]")
    with pytest.raises(FileProblem, match="^a JSON array is read whole, and this one is over"):
        import_csv(path)
    path.write_text("\n".join('{"title": "A story"}' for _ in range(100)))  # JSON Lines stream
    assert import_csv(path).created == 100


def test_control_characters_are_refused_in_text_with_newlines_and_tabs_too(tmp_path):
    rows = [
        story(1, body="First paragraph.\n\n\tSecond,\xa0with a bell\x07."),
        story(2, summary="A form feed\x0c here", body="Clean\r\nbody"),
        story(3, body="Newlines,\ttabs and\xa0no-break spaces\r\nare text.\n\nFine."),
    ]
    code, _, err = run(write_csv(tmp_path, rows))
    assert code == 1 and nothing_written()
    assert err.splitlines() == [
        f"{tmp_path / 'articles.csv'}: row 2, column body: contains the control character '\\x07'",
        f"{tmp_path / 'articles.csv'}: row 3, column summary: contains the control character "
        "'\\x0c'",
    ]


@pytest.mark.parametrize(
    "data",
    [
        "\ufefftitle,slug\r\nCafé,cafe\r\n".encode(),  # UTF-8 with BOM, CRLF
        "title;slug;byline\nCafé;cafe;Mai, Lan\n".encode(),  # a semicolon spreadsheet
        "title\tslug\nCafé\tcafe\n".encode(),  # tab-separated
        b"\n\ntitle,slug\n\nCaf\xc3\xa9,cafe\n\n",  # blank lines around
    ],
)
def test_utf8_with_or_without_bom_and_common_separators_import(tmp_path, data):
    path = tmp_path / "ok.csv"
    path.write_bytes(data)
    code, out, err = run(path)
    assert (code, err) == (0, "") and "1 created" in out
    assert Article.objects.get().title == "Café"


def test_xlsx_with_native_cells_and_a_padded_dimension_imports(tmp_path):
    import datetime

    data = xlsx_bytes(
        [
            ["title", "external_id", "source", "published_at", "status"],
            ["Numbers", 12345, "VNA", datetime.datetime(2024, 5, 1, 10, 0), "published"],
            [None, None, None, None, None],
            ["Second", 12346.0, "VNA", "2024-05-02T08:00:00+07:00", "Draft"],
        ]
    )
    path = tmp_path / "native.xlsx"
    path.write_bytes(data)
    code, out, err = run(path)
    assert (code, err) == (0, "") and "2 created" in out
    first = Article.objects.get(external_id="12345")
    assert first.published_at.isoformat() == "2024-05-01T03:00:00+00:00"
    assert Article.objects.get(external_id="12346").status == "draft"
    with open_table(path) as table:
        assert [r.number for r in table.rows] == [2, 4]
