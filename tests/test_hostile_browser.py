"""Hostile text in every field, rendered on every public and admin page in Chromium.

Escaping is what is tested here, so these pages are loaded with the Content-Security-Policy
bypassed: a payload that ran would open a dialog, and any dialog fails the test. The admin pages
include the article preview, the revision compare page and one revision, the raw dumps and
import batches, the export page and the CSV import with its preview step (a hostile file
uploaded, valid and invalid, and confirmed). The RSS and Atom feeds are fetched as XML: they must
parse, carry no payload as markup, and send titles and summaries as escaped HTML. A second test
checks, with the policy enforced, that the admin and the site trigger no CSP violation.
"""

import csv
import hashlib
import io
from pathlib import Path
from urllib.parse import quote

import pytest
from defusedxml.ElementTree import fromstring
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils.html import escape

from articles import richtext
from articles.importers.csv_fields import COLUMNS
from articles.models import Article, ImportBatch, RawDump
from tests.conftest import CHROMIUM
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "<script>alert('script')</script>",
    '"><img src=x onerror="alert(\'img\')">',
    "'><svg onload=alert('svg')>",
    "</title><script>alert('title')</script>",
    "</textarea><script>alert('textarea')</script>",
    "<iframe srcdoc=\"<script>parent.alert('iframe')</script>\"></iframe>",
    "<a href=\"javascript:alert('href')\">click</a>",
    "{{ 7|add:7 }}{% now 'Y' %}",
]
CORPUS = " ".join(PAYLOADS)


@pytest.fixture
def hostile_article():
    section = SectionFactory(name="Sec " + PAYLOADS[1], slug="hostile")
    child = SectionFactory(name="Child " + PAYLOADS[3], slug="child", parent=section)
    source = SourceFactory(name="Src " + PAYLOADS[2], slug="hostile-source", aliases=[PAYLOADS[0]])
    return ArticleFactory(
        title="Hostile " + PAYLOADS[0] + PAYLOADS[1],
        summary="Summary " + CORPUS,
        # as an import stores it (escaped text, the caption a photo slot), then raw markup
        body=richtext.from_plain(
            f"First {CORPUS}\n\nSecond {PAYLOADS[4]}", [(0, "Caption " + CORPUS)]
        )
        + CORPUS,
        byline="Byline " + PAYLOADS[2],
        dateline="Dateline " + PAYLOADS[5],
        section=child,
        source=source,
    )


@pytest.fixture
def hostile_provenance(hostile_article):
    """A second revision by a user with a hostile name and change reason, and the raw dump and
    import batch the article came from, all hostile."""
    user = User.objects.create_user(
        "ed" + PAYLOADS[2], first_name=PAYLOADS[0], last_name=PAYLOADS[1], password="pw"
    )
    article = hostile_article
    article.title = "Revised " + PAYLOADS[2] + PAYLOADS[6]
    article.body = f"Revised {CORPUS}\n\n{PAYLOADS[3]}"
    article._history_user = user
    article._change_reason = "Reason " + PAYLOADS[1]
    article.save()
    content = ("Dump " + CORPUS).encode()
    dump = RawDump.objects.create(
        name="dump " + PAYLOADS[1] + ".txt",
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        content=content,
        encoding="utf-8 " + PAYLOADS[2][:30],
        warnings=["Warning " + CORPUS],
        received_by=user,
    )
    batch = ImportBatch.objects.create(
        kind=ImportBatch.Kind.CSV,
        name="batch " + PAYLOADS[0] + ".csv",
        user=user,
        stats={"created": 1, PAYLOADS[1]: PAYLOADS[2]},
    )
    Article.objects.filter(pk=article.pk).update(
        raw_dump=dump,
        dump_span=[0, len(content)],
        import_batch=batch,
        import_warnings=["Import warning " + CORPUS],
    )
    article.refresh_from_db()
    return article, dump, batch


@pytest.fixture
def no_csp_page(browser):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()
    assert not dialogs, f"a payload ran: {dialogs}"


def log_in(page, base_url):
    User.objects.create_superuser("chief", password="s3cret-pass-123")
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "s3cret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def public_urls(article):
    section = article.section
    return [
        "/",
        "/articles/",
        article.get_absolute_url(),
        section.get_absolute_url(),
        section.parent.get_absolute_url(),
        article.source.get_absolute_url(),
        reverse("articles:byline", kwargs={"name": article.byline}),
        "/archive/",
        "/search/?q=" + quote(CORPUS),
        "/search/?q=" + quote("Hostile"),
        "/articles/?byline=" + quote(PAYLOADS[1]),
    ]


def admin_urls(article, dump, batch):
    """(url, expected status) for every admin page that shows hostile text."""
    pk = article.pk
    older, newer = article.history.order_by("history_date", "history_id")[:2]
    return [
        ("/admin/articles/article/", 200),
        ("/admin/articles/article/?q=" + quote(PAYLOADS[0]), 200),
        (f"/admin/articles/article/{pk}/change/", 200),
        (f"/admin/articles/article/{pk}/preview/", 200),
        (f"/admin/articles/article/{pk}/history/", 200),
        (f"/admin/articles/article/{pk}/history/{older.history_id}/", 200),
        (f"/admin/articles/article/{pk}/compare/", 200),
        (
            f"/admin/articles/article/{pk}/compare/?old={older.history_id}&new={newer.history_id}",
            200,
        ),
        (f"/admin/articles/article/{pk}/compare/?old=" + quote(PAYLOADS[1]), 400),
        ("/admin/articles/article/import/", 200),
        ("/admin/articles/article/export/", 200),
        ("/admin/articles/source/", 200),
        (f"/admin/articles/source/{article.source_id}/change/", 200),
        ("/admin/articles/section/", 200),
        (f"/admin/articles/section/{article.section_id}/change/", 200),
        ("/admin/articles/rawdump/", 200),
        ("/admin/articles/rawdump/?q=" + quote(PAYLOADS[1]), 200),
        (f"/admin/articles/rawdump/{dump.pk}/change/", 200),
        ("/admin/articles/rawdump/upload/", 200),
        ("/admin/articles/importbatch/", 200),
        ("/admin/articles/importbatch/?q=" + quote(PAYLOADS[0]), 200),
        (f"/admin/articles/importbatch/{batch.pk}/change/", 200),
    ]


def visit_admin(page, base_url, article, dump, batch):
    for url, status in admin_urls(article, dump, batch):
        response = page.goto(base_url + url)
        assert response.status == status, url
        page.wait_for_load_state("load")


# ---- the CSV import's preview step ------------------------------------------------------------

UPLOAD_NAME = "upload " + PAYLOADS[1] + ".csv"
HEADER = ["title", "slug", "summary", "body", "byline", "source", "section", "status", "url"]


def hostile_csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode()


VALID_UPLOAD = hostile_csv(
    [
        [
            f"Upload {p}",
            "",
            "Summary " + CORPUS,
            f"Body {CORPUS}\n\n{p}",
            "By " + p,
            "Upload source " + p,
            "Upload / " + p.replace("/", "|"),
            "review",
            "https://example.com/" + quote(p),
        ]
        for p in PAYLOADS
    ]
)
INVALID_UPLOAD = hostile_csv(
    [
        ["Fine " + PAYLOADS[0], "", "", "", "", "", "", "draft", ""],
        [PAYLOADS[1], PAYLOADS[2], "", "", "", "", "News / / " + PAYLOADS[3], PAYLOADS[0], ""],
        [PAYLOADS[4], "", "", "", "", "", "", "draft", PAYLOADS[6]],
    ]
)


def upload(page, base_url, data: bytes):
    page.goto(base_url + "/admin/articles/article/import/")
    page.set_input_files(
        "#id_import_file", files=[{"name": UPLOAD_NAME, "mimeType": "text/csv", "buffer": data}]
    )
    page.select_option("#id_format", "0")
    page.click("form[enctype='multipart/form-data'] input[type=submit]")
    page.wait_for_load_state("load")


def import_hostile_files(page, base_url):
    """Upload an invalid hostile file (its error lines quote the cells), then a valid one (its
    preview shows them), and confirm it."""
    upload(page, base_url, INVALID_UPLOAD)
    errors = page.locator(".import-row-errors li").all_inner_texts()
    assert len(errors) == 4, errors
    assert f'"{PAYLOADS[0]}" is not a status' in " ".join(errors)
    assert page.locator("input[name=confirm]").count() == 0
    upload(page, base_url, VALID_UPLOAD)
    preview = page.locator("table.import-preview tbody tr")
    assert preview.count() == len(PAYLOADS)
    assert preview.first.locator("td").nth(2).inner_text() == "Upload " + PAYLOADS[0]
    page.click("input[name=confirm]")
    page.wait_for_url(base_url + "/admin/articles/article/")
    assert "Import finished: 8 created" in page.locator(".messagelist").inner_text()
    page.goto(base_url + "/admin/articles/importbatch/")
    # The browser sends a '"' in a file name as "%22" (as the HTML standard says).
    assert UPLOAD_NAME.replace('"', "%22") in page.locator("#result_list").inner_text()


def export_without_a_column(page, base_url):
    """The export page (templates/admin/import_export/export.html, the library's without inline
    styles or handlers) still chooses columns and a format, and downloads the file; its "Select
    all" box (wired by a static script) clears and ticks every column."""
    page.goto(base_url + "/admin/articles/article/export/")
    columns = page.locator(".selectable-field-export-row input[type=checkbox]:not(.select-toggle)")
    assert columns.count() == len(COLUMNS)
    page.get_by_label("Select all").uncheck()
    assert not any(columns.nth(i).is_checked() for i in range(columns.count()))
    page.get_by_label("Select all").check()
    assert all(columns.nth(i).is_checked() for i in range(columns.count()))
    page.get_by_label("Body").uncheck()
    page.select_option("#id_format", "0")
    with page.expect_download() as download:
        page.click("#content form input[type=submit]")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text("utf-8-sig"))))
    assert rows[0] == [c for c in COLUMNS if c != "body"]
    assert len(rows) == Article.objects.count() + 1


# ---- feeds -------------------------------------------------------------------------------------


def feed_urls(article):
    path = article.section.slug_path
    return ["/feeds/latest.rss", "/feeds/latest.atom", f"/sections/{path}/feed.rss",
            f"/sections/{path}/feed.atom"]  # fmt: skip


def check_feeds(request_context, base_url, article):
    """Each feed parses as XML; no payload reaches it as markup; the article's title is there as
    text and its summary as escaped HTML (the description/summary elements hold HTML)."""
    for url in feed_urls(article):
        response = request_context.get(base_url + url)
        assert response.status == 200, url
        assert "xml" in response.headers["content-type"], url
        body = response.body()
        root = fromstring(body)  # well-formed, or this raises
        for payload in PAYLOADS:
            if "<" in payload:
                assert payload.encode() not in body, (url, payload)
        texts = {element.text for element in root.iter()}
        assert article.title in texts, url  # text: the XML escapes it
        assert escape(article.summary) in texts, url
        assert article.summary not in texts, url  # never HTML that a reader would render


def test_no_payload_runs_on_any_public_or_admin_page(live_server, no_csp_page, hostile_provenance):
    article, dump, batch = hostile_provenance
    page = no_csp_page
    for url in public_urls(article):
        response = page.goto(live_server.url + url)
        # An over-long search or filter value is refused with a message (400), never a 500.
        assert response.status == 200 or ("?" in url and response.status == 400), url
        page.wait_for_load_state("load")
    check_feeds(page.request, live_server.url, article)
    log_in(page, live_server.url)
    visit_admin(page, live_server.url, article, dump, batch)
    # The text is there, shown as text.
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/preview/")
    assert article.title in page.locator("h1").inner_text()
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/compare/")
    diff = page.locator("#revision-diff").inner_text()
    assert PAYLOADS[6] in diff and PAYLOADS[1] in diff
    page.goto(live_server.url + f"/admin/articles/rawdump/{dump.pk}/change/")
    assert dump.name in page.locator("#content-main").inner_text()
    import_hostile_files(page, live_server.url)
    page.goto(live_server.url + article.get_absolute_url())
    assert article.title in page.locator("h1").inner_text()


def test_pages_and_admin_raise_no_csp_violation(live_server, page, hostile_provenance):
    article, dump, batch = hostile_provenance
    assert CHROMIUM.exists()
    violations = []
    page.on(
        "console",
        lambda m: (
            violations.append((page.url, m.text)) if "Content Security Policy" in m.text else None
        ),
    )
    for url in public_urls(article)[:4]:
        response = page.goto(live_server.url + url)
        assert "default-src 'self'" in response.headers["content-security-policy"]
    log_in(page, live_server.url)
    visit_admin(page, live_server.url, article, dump, batch)
    import_hostile_files(page, live_server.url)
    export_without_a_column(page, live_server.url)
    assert violations == []
