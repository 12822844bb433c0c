"""import_articles / export_articles: round trip, natural keys, idempotency, all or nothing,
--skip-invalid, --dry-run, sources by alias, sections by path, formula escaping."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.core.validators import URLValidator
from django.db import connection
from django.utils import timezone
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from articles.importers.csv_fields import (
    _SIMPLE_URL,
    COLUMNS,
    clean_url,
    escape_formula,
    unescape_formula,
)
from articles.importers.csv_import import import_csv
from articles.importers.csv_plan import Planner
from articles.models import Article, ImportBatch, Section, Source
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db

S = Article.Status


# -- helpers shared by the other test_csv_* modules ---------------------------------------------


def csv_bytes(rows, header=COLUMNS, bom=False) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(c, "") for c in header] if isinstance(row, dict) else row)
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode()


def write_csv(tmp_path, rows, name="articles.csv", **kwargs):
    path = tmp_path / name
    path.write_bytes(csv_bytes(rows, **kwargs))
    return path


def run(path, *args):
    """(exit code, stdout, stderr) of `manage.py import_articles path *args`."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", str(path), *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def story(n, **overrides):
    row = {
        "title": f"Story {n}",
        "slug": f"story-{n}",
        "summary": f"Summary {n}.",
        "body": f"First paragraph {n}.\n\nSecond paragraph.",
        "byline": "Mai Anh",
        "dateline": "HANOI, Dec. 2",
        "source": "Vietnam News Agency",
        "section": "News / Politics",
        "status": "published",
        "published_at": "2024-05-01T10:00:00+07:00",
        "url": f"https://example.com/{n}",
        "external_id": f"VNA-{n}",
    }
    row.update(overrides)
    return row


def snapshot():
    """Every article as its 12 columns, by slug, with source names and section paths."""
    return {
        a.slug: (
            a.title,
            a.summary,
            a.body,
            a.byline,
            a.dateline,
            a.source.name if a.source else "",
            a.section.path if a.section else "",
            a.status,
            a.published_at,
            a.canonical_url,
            a.external_id,
        )
        for a in Article.objects.select_related("source", "section")
    }


def wipe():
    Article.objects.all().delete()
    Source.objects.all().delete()
    while Section.objects.exists():
        Section.objects.filter(children__isnull=True).delete()


# -- round trip ----------------------------------------------------------------------------------

#: A rich body (as the editor stores it): every kind of block, markup, quotes, commas, newlines.
RICH_BODY = (
    '<p>Line one,\nwith "quotes" &amp; a <a href="https://example.org/a?b=1&amp;c=2" '
    'rel="noopener noreferrer">link</a>, <strong>bold</strong> and <em>italic</em>.</p>'
    "<h2>+ and - signs</h2><ul><li>one</li><li>two</li></ul>"
    "<blockquote><p>=SUM(A1) said nobody.</p></blockquote>"
    '<figure data-image="12" data-alt="Boats"><figcaption>Boats at dawn '
    '<span class="credit">(Photo: VNA)</span></figcaption></figure>'
    '<figure data-image=""><figcaption>A photo still to find</figcaption></figure>'
    '<figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
    "</figure><p>Last.</p>"
)


@pytest.fixture
def archive():
    vna = SourceFactory(name="Vietnam News Agency", aliases=["VNA"])
    dbp = SourceFactory(name="Điện Biên Phủ Online", aliases=["ĐBP"])
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    tourism = SectionFactory(
        name="Tourism", slug="tourism", parent=SectionFactory(name="Culture", slug="culture")
    )
    when = timezone.now().replace(microsecond=123456) - datetime.timedelta(days=3)
    ArticleFactory(title="Điện Biên Phủ marks 70 years", section=politics, source=dbp)
    ArticleFactory(
        title="=HYPERLINK(\"http://evil\")", slug="formula", section=news, source=vna,
        body=RICH_BODY, summary="@mention", external_id="7", published_at=when,
    )  # fmt: skip
    ArticleFactory(title="<script>alert(1)</script>", section=tourism, source=None, draft=True)
    ArticleFactory(
        title="-5 degrees in Sa Pa", slug="minus-five", byline="-", section=None, status=S.ARCHIVED
    )
    ArticleFactory(title="'=already quoted", dateline="\tTabbed", status=S.REVIEW, draft=True)


def test_a_body_cell_of_plain_text_or_html_is_stored_as_sanitised_rich_text(tmp_path):
    SourceFactory(name="Vietnam News Agency")
    rows = [
        story(1, body="First paragraph 1 & more.\n\nSecond <paragraph>."),
        story(2, body='<h1 onclick="steal()">Head</h1><p>Text <a href="javascript:x()">x</a>'
              "<script>alert(1)</script></p>"),
    ]  # fmt: skip
    code, out, err = run(write_csv(tmp_path, rows))
    assert (code, err) == (0, "")
    bodies = dict(Article.objects.values_list("slug", "body"))
    assert (
        bodies["story-1"] == "<p>First paragraph 1 &amp; more.</p><p>Second &lt;paragraph&gt;.</p>"
    )
    assert bodies["story-2"] == '<h2>Head</h2><p>Text <a rel="noopener noreferrer">x</a></p>'


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "jsonl"])
def test_export_then_import_into_an_empty_database_gives_the_same_articles(archive, tmp_path, fmt):
    before = snapshot()
    path = tmp_path / f"export.{fmt}"
    call_command("export_articles", str(path), stderr=io.StringIO())
    wipe()
    code, out, err = run(path)
    assert (code, err) == (0, "")
    assert "5 created, 0 updated, 0 unchanged, 0 invalid" in out
    assert snapshot() == before
    fresh = Article.objects.get(slug="formula")
    assert (fresh.body, fresh.import_warnings, fresh.is_stub, fresh.version) == (
        RICH_BODY,
        [],
        False,
        1,
    )
    vna = Source.objects.get(name="Vietnam News Agency")
    assert Article.objects.get(slug="formula").source == vna
    # ... and importing the export again changes nothing.
    assert "0 created, 0 updated, 5 unchanged, 0 invalid" in run(path)[1]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_exports_to_standard_output_and_by_the_ndjson_extension(
    archive, tmp_path, fmt, capsys
):
    call_command("export_articles", "-", "--format", fmt, stderr=io.StringIO())
    text = capsys.readouterr().out
    items = json.loads(text) if fmt == "json" else [json.loads(ln) for ln in text.splitlines()]
    assert len(items) == 5 and all(list(item) == list(COLUMNS) for item in items)
    assert {i["slug"]: i["title"] for i in items}["formula"] == '\'=HYPERLINK("http://evil")'
    path = tmp_path / "export.ndjson"
    call_command("export_articles", str(path), stderr=io.StringIO())
    assert [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()] == items


def test_export_escapes_formulas_in_every_cell_and_keeps_numbers(archive, tmp_path):
    path = tmp_path / "export.csv"
    call_command("export_articles", str(path), stderr=io.StringIO())
    text = path.read_text(encoding="utf-8-sig")
    rows = {r["slug"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["formula"]["title"] == '\'=HYPERLINK("http://evil")'
    assert rows["formula"]["summary"] == "'@mention"
    assert rows["formula"]["external_id"] == "7"
    assert rows["minus-five"]["title"] == "'-5 degrees in Sa Pa"
    assert rows["minus-five"]["byline"] == "'-"
    assert rows["already-quoted"]["title"] == "''=already quoted"
    assert rows["already-quoted"]["dateline"] == "'\tTabbed"
    for row in rows.values():
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r", value

    xlsx = tmp_path / "export.xlsx"
    call_command("export_articles", str(xlsx), stderr=io.StringIO())
    sheet = load_workbook(xlsx).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert '\'=HYPERLINK("http://evil")' in {c.value for c in cells}


@pytest.mark.parametrize(
    "value", ["=1+2", "+1 555", "-x", "@SUM(A1)", "\tcmd", "\rcmd", "'=x", "''-x", "'plain", "-5"]
)
def test_formula_escaping_is_reversed_on_import(value):
    escaped = escape_formula(value)
    assert unescape_formula(escaped) == value
    if value == "-5":  # a plain number is not a formula: it stays as it is
        assert escaped == "-5" and escape_formula(-5) == -5 and escape_formula("+1.5") == "+1.5"
    else:
        assert escaped[0] not in "=+-@\t\r"


# -- natural keys and idempotency ---------------------------------------------------------------


def test_reimporting_an_unchanged_file_creates_and_updates_nothing(tmp_path):
    path = write_csv(tmp_path, [story(n) for n in range(5)])
    assert "5 created, 0 updated, 0 unchanged, 0 invalid" in run(path)[1]
    versions = dict(Article.objects.values_list("slug", "version"))
    assert "0 created, 0 updated, 5 unchanged, 0 invalid" in run(path)[1]
    assert dict(Article.objects.values_list("slug", "version")) == versions


def test_changed_rows_update_and_unchanged_ones_are_left_alone(tmp_path):
    run(write_csv(tmp_path, [story(n) for n in range(3)]))
    first = Article.objects.get(external_id="VNA-1").import_batch
    rows = [story(0), story(1, title="Story 1, corrected", slug="story-1-fixed"), story(2)]
    code, out, _ = run(write_csv(tmp_path, rows))
    assert code == 0 and "0 created, 1 updated, 2 unchanged, 0 invalid" in out
    updated = Article.objects.get(external_id="VNA-1")  # matched by source + external_id
    assert (updated.title, updated.slug, updated.version) == (
        "Story 1, corrected",
        "story-1-fixed",
        2,
    )
    assert updated.import_batch != first and updated.import_batch.stats["updated"] == 1
    assert Article.objects.get(external_id="VNA-0").import_batch == first


def test_rows_without_external_id_match_by_slug(tmp_path):
    existing = ArticleFactory(slug="kept", title="Old title", external_id="")
    row = story(1, slug="kept", title="New title", external_id="", source="")
    assert "0 created, 1 updated" in run(write_csv(tmp_path, [row]))[1]
    existing.refresh_from_db()
    assert existing.title == "New title" and Article.objects.count() == 1


def test_rows_without_any_key_are_new_with_unique_slugs(tmp_path):
    ArticleFactory(title="Flood", slug="flood")
    rows = [{"title": "Flood"}, {"title": "Flood"}, {"title": "Điện Biên"}]
    code, out, _ = run(write_csv(tmp_path, rows, header=["title"]))
    assert code == 0 and "3 created" in out
    assert set(Article.objects.values_list("slug", flat=True)) == {
        "flood", "flood-2", "flood-3", "dien-bien"
    }  # fmt: skip
    assert set(Article.objects.filter(slug="flood-2").values_list("status", flat=True)) == {"draft"}


def test_missing_optional_columns_leave_existing_values_alone(tmp_path):
    run(write_csv(tmp_path, [story(1)]))
    code, out, _ = run(write_csv(tmp_path, [["Renamed", "Vietnam News Agency", "VNA-1"]],
                                 header=["title", "source", "external_id"]))  # fmt: skip
    article = Article.objects.get()
    assert code == 0 and "1 updated" in out
    assert (article.title, article.body, article.section.path) == (
        "Renamed", "<p>First paragraph 1.</p><p>Second paragraph.</p>", "News / Politics"
    )  # fmt: skip


def test_sources_match_by_name_or_alias_and_sections_by_path(tmp_path):
    vna = SourceFactory(name="Vietnam News Agency", aliases=["VNA"])
    news = SectionFactory(name="News", slug="news")
    rows = [
        story(1, source="vna", section="news"),
        story(2, source="  Vietnam news agency ", section="NEWS / Politics"),
        story(3, source="Reuters", section="News / politics"),
        story(4, source="Reuters", section="World / Asia / Mekong"),
    ]
    assert run(write_csv(tmp_path, rows))[0] == 0
    a1, a2, a3, a4 = (Article.objects.get(external_id=f"VNA-{n}") for n in range(1, 5))
    assert a1.source == a2.source == vna and a1.section == news
    assert a2.section == a3.section and a2.section.parent == news
    assert a3.source.name == "Reuters" and Source.objects.count() == 2
    assert a4.section.path == "World / Asia / Mekong"
    assert Section.objects.count() == 5


def test_naive_times_are_in_the_site_time_zone(tmp_path, settings):
    rows = [
        story(1, published_at="2024-05-01T10:00:00"),
        story(2, published_at="2024-05-01T10:00:00Z"),
        story(3, published_at="2024-05-01"),
    ]
    run(write_csv(tmp_path, rows))
    times = dict(Article.objects.values_list("external_id", "published_at"))
    utc = datetime.UTC
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert times["VNA-1"] == datetime.datetime(2024, 5, 1, 3, 0, tzinfo=utc)
    assert times["VNA-2"] == datetime.datetime(2024, 5, 1, 10, 0, tzinfo=utc)
    assert times["VNA-3"] == datetime.datetime(2024, 4, 30, 17, 0, tzinfo=utc)


# -- all or nothing, --skip-invalid, --dry-run ---------------------------------------------------


BAD_ROWS = [
    story(1),
    story(2, title="", published_at="yesterday"),
    story(3, status="live", url="not a url"),
    story(4),
    story(5, status="published", published_at=""),
    story(6, external_id="VNA-1"),
    story(7, slug="story-4"),
    story(8, source="", section="News / / Politics"),
]
BAD_LINES = [
    "row 3, column title: is empty: every article needs a title",
    'row 3, column published_at: "yesterday" is not an ISO 8601 date and time, '
    "e.g. 2024-05-01T14:30:00+07:00",
    'row 4, column status: "live" is not a status; use one of: draft, review, published, archived',
    'row 4, column url: "not a url" is not a web address (http://… or https://…)',
    "row 6, column published_at: is empty, but a published article needs one",
    'row 7, column external_id: "VNA-1" from this source is also in row 2',
    'row 8, column slug: "story-4" is also the slug of row 5',
    'row 9, column section: "News / / Politics" has an empty part: write a path like '
    '"News / Politics"',
    "row 9, column source: is empty, but the row has an external_id (source + external_id "
    "identify an article)",
]


def test_one_invalid_row_writes_nothing_and_every_invalid_row_is_listed(tmp_path):
    path = write_csv(tmp_path, BAD_ROWS)
    code, out, err = run(path)
    assert code == 1
    assert err.splitlines() == [f"{path}: {line}" for line in BAD_LINES]
    assert "nothing written" in out and "6 invalid" in out
    assert not Article.objects.exists() and not ImportBatch.objects.exists()
    assert not Source.objects.exists() and not Section.objects.exists()
    assert import_csv(path).errors == BAD_LINES


def test_skip_invalid_writes_the_valid_rows_and_a_rejects_file(tmp_path):
    path = write_csv(tmp_path, BAD_ROWS)
    code, out, err = run(path, "--skip-invalid")
    assert code == 0 and err == ""
    assert "2 created, 0 updated, 0 unchanged, 6 invalid" in out
    assert set(Article.objects.values_list("external_id", flat=True)) == {"VNA-1", "VNA-4"}
    rejects = tmp_path / "articles.rejects.csv"
    assert f"invalid rows written to {rejects}" in out
    rows = list(csv.DictReader(io.StringIO(rejects.read_text(encoding="utf-8-sig"))))
    assert [r["external_id"] for r in rows] == [
        "VNA-2",
        "VNA-3",
        "VNA-5",
        "VNA-1",
        "VNA-7",
        "VNA-8",
    ]
    assert rows[0]["error"].startswith("title: is empty") and "published_at:" in rows[0]["error"]
    batch = ImportBatch.objects.get()
    assert (batch.kind, batch.stats) == (
        "csv", {"created": 2, "updated": 0, "unchanged": 0, "invalid": 6}
    )  # fmt: skip
    assert set(Article.objects.values_list("import_batch", flat=True)) == {batch.pk}


def test_dry_run_reports_the_same_counts_and_writes_nothing(tmp_path):
    ArticleFactory(source=SourceFactory(name="Vietnam News Agency"), external_id="VNA-0")
    path = write_csv(tmp_path, [story(n) for n in range(4)])
    code, out, _ = run(path, "--dry-run")
    assert code == 0 and "dry run, nothing written: would be 3 created, 1 updated" in out
    assert Article.objects.count() == 1 and not ImportBatch.objects.exists()
    assert Section.objects.count() == 1  # only the factory's
    assert "3 created, 1 updated" in run(path)[1]


def test_a_slug_held_by_another_article_is_an_error_not_an_overwrite(tmp_path):
    other = ArticleFactory(slug="taken", external_id="")
    code, _, err = run(write_csv(tmp_path, [story(1, slug="taken")]))
    assert code == 1
    assert (
        f'row 2, column slug: "taken" is already the slug of another article: "{other.title}"'
        in err
    )
    assert Article.objects.count() == 1


def test_big_batches_stream_in_several_batches(tmp_path):
    rows = [
        story(n, slug="" if n % 3 else f"s-{n}", title=f"Same title {n % 7}") for n in range(55)
    ]
    result = import_csv(write_csv(tmp_path, rows), batch_size=10)
    assert (result.created, result.invalid) == (55, 0)
    assert Article.objects.count() == 55
    assert Article.objects.values("slug").distinct().count() == 55
    again = import_csv(write_csv(tmp_path, rows), batch_size=7)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 55)


def test_a_database_refusal_is_one_line_and_rolls_back(tmp_path, monkeypatch):
    ArticleFactory(slug="story-3", external_id="")
    monkeypatch.setattr(Planner, "_existing", lambda self, rows: ({}, {}))  # a blind planner
    path = write_csv(tmp_path, [story(n) for n in range(5)])
    with pytest.raises(CommandError) as caught:
        call_command("import_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    message = str(caught.value)
    assert message.startswith(f"{path}: the database refused the import, nothing was written (")
    assert "\n" not in message and "slug" in message
    assert Article.objects.count() == 1 and not ImportBatch.objects.exists()


def test_copy_keeps_the_search_trigger_working(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the search vector is kept by a PostgreSQL trigger")
    run(write_csv(tmp_path, [story(1, title="Điện Biên Phủ festival"), story(2)]))
    run(write_csv(tmp_path, [story(1, title="Điện Biên Phủ festival"), story(2, title="Rice")]))
    assert not Article.objects.filter(search_vector__isnull=True).exists()
    found = Article.objects.filter(search_vector="dien bien").values_list("external_id", flat=True)
    assert list(found) == ["VNA-1"]
    assert Article.objects.get(external_id="VNA-2").title == "Rice"


@hypothesis_settings(max_examples=300, deadline=None)
@given(url=st.from_regex(_SIMPLE_URL, fullmatch=True))
def test_the_fast_url_check_accepts_only_what_urlvalidator_accepts(url):
    if len(url) <= 500:
        URLValidator()(url)  # raises if the shortcut ever let a bad address through


@pytest.mark.parametrize(
    "url",
    ["https://example.com", "http://a.b.example.org:8080/x?y=1#z", "https://Example.com/",
     "https://xn--bcher-kva.example/", "http://[::1]/", "https://đbp.vn/a"],
)  # fmt: skip
def test_urls_off_the_fast_path_still_go_through_urlvalidator(url):
    URLValidator()(url)
    assert clean_url(url) == url
    with pytest.raises(ValueError, match="is not a web address"):
        clean_url(url.replace("//", "//-", 1) + " x")
