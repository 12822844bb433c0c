"""The editorial workflow in a real browser (Debian's chromium via Playwright): a reporter writes
and submits a story, an editor publishes it, a reader finds it on the site."""

import importlib
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import Group, Permission, User

from articles.models import Article
from tests.factories import SectionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
TITLE = "Mekong delta farmers switch to salt-tolerant rice"


def ensure_roles():
    """The groups of migration 0002_roles (a transactional test may run after a flush)."""
    roles = importlib.import_module("articles.migrations.0002_roles")
    for name, codenames in (("Reporter", roles.REPORTER), ("Editor", roles.EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(
            content_type__app_label="articles", codename__in=codenames
        )
        group.permissions.set(perms)


def staff_user(username, group):
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))


def watch_csp(page, violations):
    def seen(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", seen)


@contextmanager
def another_browser_session(browser):
    """A separate browser context (its own cookies); a dialog or a CSP violation fails the test."""
    context = browser.new_context()
    new_page = context.new_page()
    dialogs, violations = [], []
    new_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    watch_csp(new_page, violations)
    try:
        yield new_page
    finally:
        context.close()
    assert not dialogs, f"a script ran and opened a dialog: {dialogs}"
    assert not violations, violations


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_reporter_submits_editor_publishes_reader_reads(live_server, browser, page):
    ensure_roles()
    staff_user("rita", "Reporter")
    staff_user("ed", "Editor")
    SectionFactory(name="Environment", slug="environment")
    base = live_server.url
    violations = []
    watch_csp(page, violations)

    # The reporter writes the story and submits it for review; publishing is not offered.
    log_in(page, base, "rita")
    page.goto(f"{base}/admin/articles/article/add/")
    assert page.locator("#id_status option").all_inner_texts() == ["Draft", "In review"]
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Farmers in Sóc Trăng plant new varieties.")
    page.locator("#id_body-editor").click()  # the rich-text editor, typed into
    page.keyboard.type("Salt water reached further inland this year.")
    page.keyboard.press("Enter")
    page.keyboard.type("Farmers adapted.")
    page.select_option("#id_status", "review")
    page.click("input[name=_save]")
    assert "was added successfully" in page.locator(".messagelist").inner_text()
    article = Article.objects.get(title=TITLE)
    assert (article.status, article.section_id) == (Article.Status.REVIEW, None)

    # A reader cannot see it yet.
    with another_browser_session(browser) as reader:
        assert reader.goto(f"{base}/articles/{article.slug}/").status == 404

    # The editor finds it in review, assigns a section and publishes it.
    with another_browser_session(browser) as editor:
        log_in(editor, base, "ed")
        editor.goto(f"{base}/admin/articles/article/?status__exact=review")
        editor.get_by_role("link", name=TITLE).click()
        editor.select_option("#id_status", "published")
        editor.locator(".field-section .select2-selection").click()
        editor.locator(".select2-container--open .select2-search__field").fill("Environ")
        editor.locator(".select2-results__option", has_text="Environment").click()
        editor.click("input[name=_save]")
        assert "was changed successfully" in editor.locator(".messagelist").inner_text()

        # The revisions: the history compares the reporter's version with the editor's.
        editor.goto(f"{base}/admin/articles/article/{article.pk}/history/")
        editor.get_by_role("button", name="Compare the selected revisions").click()
        diff = editor.locator("#revision-diff").inner_text()
        assert "Status" in diff and "Section" in diff
        # The preview is the public page, marked noindex.
        editor.goto(f"{base}/admin/articles/article/{article.pk}/preview/")
        assert editor.locator("h1").inner_text() == TITLE
        assert editor.locator('meta[name="robots"]').get_attribute("content").startswith("noindex")

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.version == 2

    # A reader now finds it from the home page.
    with another_browser_session(browser) as reader:
        reader.goto(f"{base}/")
        reader.get_by_role("link", name=TITLE).first.click()
        reader.wait_for_url(f"**/articles/{article.slug}/")
        assert reader.locator("h1").inner_text() == TITLE
        assert "Farmers adapted." in reader.locator("main").inner_text()
    assert not violations, violations
