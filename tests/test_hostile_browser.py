"""Hostile text in every field, rendered on every public and admin page in Chromium.

Escaping is what is tested here, so these pages are loaded with the Content-Security-Policy
bypassed: a payload that ran would open a dialog, and any dialog fails the test. A second test
checks, with the policy enforced, that the admin and the site trigger no CSP violation.
"""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

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
        body=f"First {CORPUS}\n\nSecond {PAYLOADS[4]}",
        captions=[{"after": 0, "text": "Caption " + CORPUS}],
        byline="Byline " + PAYLOADS[2],
        dateline="Dateline " + PAYLOADS[5],
        section=child,
        source=source,
    )


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


def admin_urls(article):
    pk = article.pk
    return [
        "/admin/articles/article/",
        "/admin/articles/article/?q=" + quote(PAYLOADS[0]),
        f"/admin/articles/article/{pk}/change/",
        f"/admin/articles/article/{pk}/history/",
        "/admin/articles/source/",
        f"/admin/articles/source/{article.source_id}/change/",
        "/admin/articles/section/",
        f"/admin/articles/section/{article.section_id}/change/",
        "/admin/articles/rawdump/upload/",
    ]


def test_no_payload_runs_on_any_public_or_admin_page(live_server, no_csp_page, hostile_article):
    page = no_csp_page
    for url in public_urls(hostile_article):
        response = page.goto(live_server.url + url)
        # An over-long search or filter value is refused with a message (400), never a 500.
        assert response.status == 200 or ("?" in url and response.status == 400), url
        page.wait_for_load_state("load")
    log_in(page, live_server.url)
    for url in admin_urls(hostile_article):
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        page.wait_for_load_state("load")
    # The text is there, shown as text.
    page.goto(live_server.url + hostile_article.get_absolute_url())
    assert "<script>alert('script')</script>" in page.locator("h1").inner_text()


def test_pages_and_admin_raise_no_csp_violation(live_server, page, hostile_article):
    assert CHROMIUM.exists()
    violations = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    for url in public_urls(hostile_article)[:4]:
        response = page.goto(live_server.url + url)
        assert "default-src 'self'" in response.headers["content-security-policy"]
    log_in(page, live_server.url)
    for url in admin_urls(hostile_article):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
    assert violations == []
