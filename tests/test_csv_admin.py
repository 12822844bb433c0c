"""The article admin's CSV/XLSX import (dry-run preview, then confirm) and export, through the test
client: permissions, the signed confirm step, size limits, bad files, escaping, and the same
error lines as import_articles."""

import csv
import io
import json

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import load_workbook

from articles.admin.importexport import SharedCacheStorage
from articles.importers.csv_fields import COLUMNS
from articles.importers.csv_import import import_csv
from articles.models import Article, ImportBatch
from tests.factories import ArticleFactory, SourceFactory
from tests.test_csv_files import BAD_FILES, nothing_written, xlsx_bytes
from tests.test_csv_import import BAD_LINES, BAD_ROWS, csv_bytes, story, write_csv

pytestmark = pytest.mark.django_db

URL = "/admin/articles/article/"
IMPORT, CONFIRM, EXPORT = f"{URL}import/", f"{URL}process_import/", f"{URL}export/"


def member(name, group):
    user = User.objects.create_user(name, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def editor():
    return member("ed", "Editor")[1]


@pytest.fixture
def reporter():
    return member("rita", "Reporter")[1]


def upload(client, data: bytes, name="articles.csv", fmt="0"):
    return client.post(
        IMPORT, {"format": fmt, "resource": "0", "import_file": SimpleUploadedFile(name, data)}
    )


def confirm(client, preview):
    return client.post(CONFIRM, preview.context["confirm_form"].initial)


# -- permissions ---------------------------------------------------------------------------------


def test_reporters_may_neither_import_nor_export(reporter):
    data = csv_bytes([story(1)])
    assert reporter.get(IMPORT).status_code == 403
    assert upload(reporter, data).status_code == 403
    assert reporter.post(CONFIRM, {"import_file_name": "x", "format": "0"}).status_code == 403
    assert reporter.get(EXPORT).status_code == 403
    assert reporter.post(EXPORT, {"format": "0"}).status_code == 403
    page = reporter.get(URL).content.decode()
    assert IMPORT not in page and EXPORT not in page
    assert nothing_written()


def test_editors_get_both_and_the_changelist_links_them(editor):
    page = editor.get(URL).content.decode()
    assert IMPORT in page and EXPORT in page
    assert editor.get(IMPORT).status_code == 200
    assert editor.get(EXPORT).status_code == 200


# -- preview, then confirm ----------------------------------------------------------------------


def test_preview_writes_nothing_then_confirm_imports_and_records_the_batch(editor):
    vna = SourceFactory(name="Vietnam News Agency", aliases=["VNA"])
    kept = ArticleFactory(title="Kept", slug="kept", source=vna, external_id="VNA-9")
    rows = [
        story(1, title="<script>alert(1)</script>", source="VNA"),
        story(2),
        story(9, title="Kept, now corrected", slug="kept"),
    ]
    preview = upload(editor, csv_bytes(rows))
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page
    totals = preview.context["result"].totals
    assert (totals["new"], totals["update"], totals["skip"], totals["invalid"]) == (2, 1, 0, 0)
    assert [r.number for r in preview.context["result"].valid_rows()] == [2, 3, 4]
    assert Article.objects.count() == 1 and not ImportBatch.objects.exists()

    token = preview.context["confirm_form"].initial["import_file_name"]
    assert ":" in token and len(token) > 60  # a signed token, not a file name
    done = confirm(editor, preview)
    assert done.status_code == 302 and done.url == URL
    assert Article.objects.count() == 3
    kept.refresh_from_db()
    assert (kept.title, kept.version) == ("Kept, now corrected", 2)
    batch = ImportBatch.objects.get()
    assert (batch.kind, batch.name, batch.user.username) == ("csv", "articles.csv", "ed")
    assert batch.stats == {"created": 2, "updated": 1, "unchanged": 0, "invalid": 0}
    assert set(Article.objects.values_list("import_batch", flat=True)) == {batch.pk}
    assert LogEntry.objects.filter(user__username="ed").count() == 3
    script = Article.objects.get(external_id="VNA-1")
    assert script.history.count() == 1 and script.history.get().history_user.username == "ed"
    assert kept.history.count() == 2
    assert script.history.get().history_type == "+"
    latest = kept.history.first()  # the import's revision: what it wrote, and who
    assert (latest.history_type, latest.title, latest.history_user.username) == (
        "~",
        "Kept, now corrected",
        "ed",
    )
    messages = [str(m) for m in done.wsgi_request._messages]
    assert messages == ["Import finished: 2 created, 1 updated, 0 unchanged."]

    again = upload(editor, csv_bytes(rows))
    totals = again.context["result"].totals
    assert (totals["new"], totals["update"], totals["skip"]) == (0, 0, 3)
    assert "Unchanged" in again.content.decode()


def test_a_json_upload_previews_and_imports_and_the_changelist_exports_json(editor):
    data = json.dumps([story(1), story(2, title="<script>alert(1)</script>")]).encode()
    preview = upload(editor, data, name="articles.json", fmt="2")
    assert preview.context["result"].totals["new"] == 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in preview.content.decode()
    assert confirm(editor, preview).status_code == 302
    response = export(editor, fmt="2")
    assert response["Content-Type"] == "application/json"
    assert response.content.startswith(b"[")  # no BOM (the CSV export has one)
    exported = json.loads(response.content)
    assert sorted(a["external_id"] for a in exported) == ["VNA-1", "VNA-2"]
    assert set(exported[0]) == set(COLUMNS)


def test_an_xlsx_upload_previews_and_imports(editor):
    data = xlsx_bytes([list(COLUMNS), [story(1)[c] for c in COLUMNS]])
    preview = upload(editor, data, name="articles.xlsx", fmt="1")
    assert preview.context["result"].totals["new"] == 1
    assert confirm(editor, preview).status_code == 302
    assert Article.objects.get().external_id == "VNA-1"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda initial, user2: {**initial, "import_file_name": initial["import_file_name"] + "x"},
        lambda initial, user2: {**initial, "import_file_name": "0" * 32},
        lambda initial, user2: {**initial, "import_file_name": "../../../etc/passwd"},
    ],
)
def test_the_confirm_step_never_trusts_a_name_from_the_form(editor, tamper):
    preview = upload(editor, csv_bytes([story(1)]))
    response = editor.post(CONFIRM, tamper(preview.context["confirm_form"].initial, None))
    assert response.status_code == 302 and response.url == IMPORT
    assert "cannot be confirmed" in str(list(response.wsgi_request._messages)[0])
    assert nothing_written()


def test_another_users_token_does_not_confirm(editor):
    preview = upload(editor, csv_bytes([story(1)]))
    other = member("eve", "Editor")[1]
    response = other.post(CONFIRM, preview.context["confirm_form"].initial)
    assert response.status_code == 302 and nothing_written()


def test_an_expired_upload_says_so(editor):
    preview = upload(editor, csv_bytes([story(1)]))
    cache.clear()
    response = confirm(editor, preview)
    assert response.status_code == 302 and response.url == IMPORT
    assert "expired" in str(list(response.wsgi_request._messages)[0])
    assert nothing_written()


def test_the_upload_waits_in_the_cache_under_a_random_key_only():
    storage = SharedCacheStorage()
    storage.save(b"title\nA\n")
    assert len(storage.name) == 32 and SharedCacheStorage(name=storage.name).read() == b"title\nA\n"
    for name in ("../../etc/passwd", "x" * 32, "/srv/uploads/articles.csv"):
        with pytest.raises(ValueError):
            SharedCacheStorage(name=name)


def test_an_upload_over_the_limit_is_a_form_error(editor, settings):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 1000
    response = upload(editor, csv_bytes([story(n) for n in range(20)]))
    assert response.status_code == 200 and "confirm_form" not in response.context
    (error,) = response.context["form"].errors["import_file"]
    assert "over the limit of 1000" in error
    assert nothing_written()


BAD_UPLOADS = ["cp1252", "utf16", "nul", "unterminated-quote", "blank-lines", "headers-only",
               "unknown-column", "broken-zip", "empty"]  # fmt: skip


@pytest.mark.parametrize("name", BAD_UPLOADS)
def test_a_bad_file_is_a_form_error_with_the_commands_message(editor, name):
    data, expected = BAD_FILES[name]
    response = upload(editor, data, name=f"{name}.csv")
    assert response.status_code == 200 and "confirm_form" not in response.context
    (error,) = response.context["form"].errors["import_file"]
    if name == "empty":  # Django's FileField refuses a 0-byte upload before we read it
        assert error == "The submitted file is empty."
    else:
        assert error.startswith(f"{name}.csv: ") and expected in error
    assert "Traceback" not in response.content.decode()
    assert nothing_written()


def test_both_doors_give_the_same_lines_for_the_same_bad_rows(editor, tmp_path):
    response = upload(editor, csv_bytes(BAD_ROWS))
    assert "confirm_form" not in response.context
    lines = response.context["result"].article_errors
    assert lines == BAD_LINES == import_csv(write_csv(tmp_path, BAD_ROWS)).errors
    page = response.content.decode()
    assert "nothing will be imported" in page
    assert "row 4, column status: &quot;live&quot; is not a status" in page
    assert nothing_written()


# -- export --------------------------------------------------------------------------------------


def export(client, fmt="0", query=""):
    fields = {f"articleresource_{c}": "on" for c in COLUMNS}
    return client.post(f"{EXPORT}{query}", {"format": fmt, "resource": "0", **fields})


def test_export_writes_the_filtered_changelist_with_formulas_escaped(editor):
    ArticleFactory(title="=cmd|' /C calc'!A0", draft=True)
    ArticleFactory(title="@SUM(1+1)", draft=True)
    ArticleFactory(title="Published one")
    response = export(editor, query="?status__exact=draft")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert list(rows[0]) == list(COLUMNS)
    assert sorted(r["title"] for r in rows) == ["'=cmd|' /C calc'!A0", "'@SUM(1+1)"]

    xlsx = export(editor, fmt="1")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    titles = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert titles == {"'=cmd|' /C calc'!A0", "'@SUM(1+1)", "Published one"}
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_an_admin_export_reimports_unchanged(editor, tmp_path):
    for n in range(3):
        ArticleFactory(title=f"Story {n}", external_id=f"X{n}")
    path = tmp_path / "admin.csv"
    path.write_bytes(export(editor).content)
    result = import_csv(path)
    assert (result.created, result.updated, result.unchanged, result.invalid) == (0, 0, 3, 0)


def test_one_resource_can_preview_then_import(tmp_path):
    """The library's own flow (dry run, then the real import) on one Resource instance."""
    from articles.admin.importexport import CSVImport
    from articles.importers.articles_resource import ArticleResource

    data = csv_bytes([story(1), story(2, source="A new agency", section="New / Path")])
    resource = ArticleResource()
    preview = resource.import_data(CSVImport().create_dataset(data), dry_run=True)
    assert preview.totals["new"] == 2 and nothing_written()
    done = resource.import_data(CSVImport().create_dataset(data), dry_run=False)
    assert done.totals["new"] == 2 and not done.has_errors()
    assert Article.objects.get(external_id="VNA-2").section.path == "New / Path"


def test_a_file_that_no_longer_imports_cleanly_at_confirm_writes_nothing(editor):
    preview = upload(editor, csv_bytes([story(1), story(2)]))
    assert preview.context["result"].totals["new"] == 2
    ArticleFactory(slug="story-2", external_id="")  # someone took the slug meanwhile
    response = confirm(editor, preview)
    assert response.status_code == 302 and response.url == IMPORT
    (message,) = [str(m) for m in response.wsgi_request._messages]
    assert message.startswith("Nothing was imported: the file no longer imports cleanly (row 3")
    assert Article.objects.count() == 1 and not ImportBatch.objects.exists()


def test_without_the_publish_permission_an_import_writes_only_drafts(tmp_path):
    """A group that may import but not publish: the workflow holds on the import door too."""
    importers = Group.objects.create(name="Importers")
    importers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles",
            codename__in=["import_article", "add_article", "change_article", "view_article"],
        )
    )
    user, client = member("imp", "Importers")
    live = ArticleFactory(title="Live story", slug="live")
    rows = [
        story(1, status="draft"),
        story(2, status="published"),
        story(3, slug="live", external_id=""),
    ]
    preview = upload(client, csv_bytes(rows))
    assert preview.status_code == 200
    assert preview.context["result"].totals["invalid"] == 2
    page = preview.content.decode()
    assert page.count("only editors may import articles that are published or archived") == 2
    drafts_only = upload(client, csv_bytes([story(1, status="draft"), story(4, status="review")]))
    assert confirm(client, drafts_only).status_code == 302
    assert set(Article.objects.values_list("status", flat=True)) == {"draft", "review", "published"}
    assert Article.objects.filter(status="published").get() == live


@pytest.mark.parametrize("door", ["admin", "command"])
def test_a_csv_import_shows_on_cached_public_pages_at_once(
    editor, tmp_path, door, django_capture_on_commit_callbacks
):
    live = ArticleFactory(title="Cached headline", slug="story-1", external_id="")
    reader = Client()
    assert reader.get(live.get_absolute_url()).status_code == 200
    assert "Cached headline" in reader.get("/").content.decode()
    # no new source or section either: their signals would invalidate pages by chance
    rows = [story(1, title="Withdrawn", status="draft", source="", section="", external_id="")]
    with django_capture_on_commit_callbacks(execute=True):  # the page cache hears on commit
        if door == "admin":
            assert confirm(editor, upload(editor, csv_bytes(rows))).status_code == 302
        else:
            assert import_csv(write_csv(tmp_path, rows)).written
    assert Article.objects.get(pk=live.pk).status == "draft"
    assert reader.get(live.get_absolute_url()).status_code == 404
    assert "Cached headline" not in reader.get("/").content.decode()


@pytest.mark.parametrize("url", [IMPORT, "/admin/articles/rawdump/upload/"])
def test_an_upload_far_over_the_limit_is_refused_before_it_is_read(
    editor, settings, url, monkeypatch
):
    from django.http.multipartparser import MultiPartParser

    def never(self):
        raise AssertionError("the body was parsed")

    settings.NEWSROOM_MAX_UPLOAD_BYTES = 1000
    monkeypatch.setattr(MultiPartParser, "parse", never)
    big = SimpleUploadedFile("huge.csv", b"title\n" + b"x" * (2 * 1024 * 1024))
    response = editor.post(url, {"format": "0", "import_file": big, "files": big})
    assert response.status_code == 302 and response.url == url
    monkeypatch.undo()
    page = editor.get(url)
    assert "over the limit of 1000" in page.content.decode()
    assert nothing_written()
