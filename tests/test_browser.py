"""The public site in a real browser (Debian's chromium via Playwright)."""

import pytest

from tests.factories import ArticleFactory, SectionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_opens_an_article_from_the_home_page(live_server, page):
    section = SectionFactory(name="Culture", slug="culture")
    ArticleFactory(
        title="Điện Biên welcomes visitors",
        section=section,
        body="<script>alert('x')</script> First paragraph.\n\nSecond paragraph.",
    )
    ArticleFactory(title="Unpublished draft", section=section, draft=True)
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_text("Unpublished draft").count() == 0
    page.get_by_role("link", name="Điện Biên welcomes visitors").first.click()
    page.wait_for_url("**/articles/dien-bien-welcomes-visitors/")
    assert page.locator("h1").inner_text() == "Điện Biên welcomes visitors"
    paragraphs = page.locator(".body p").all_inner_texts()
    assert paragraphs[0] == "<script>alert('x')</script> First paragraph."
    assert paragraphs[1] == "Second paragraph."


def test_skip_link_is_the_first_thing_the_keyboard_reaches(live_server, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to content"
