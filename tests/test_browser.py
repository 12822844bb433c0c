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


def test_keyboard_only_reader_searches_and_opens_a_result(live_server, page):
    section = SectionFactory(name="Culture", slug="culture")
    ArticleFactory(title="Điện Biên coffee harvest", section=section)
    ArticleFactory(title="Hà Nội traffic plan", section=section)
    ArticleFactory(title="Điện Biên draft", section=section, draft=True)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(live_server.url + "/")
    for _ in range(3):  # skip link, brand, then the search box
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "site-q"
    page.keyboard.type("dien bien")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=dien+bien")
    results = page.locator("section[aria-label='Search results'] .card-title")
    assert results.all_inner_texts() == ["Điện Biên coffee harvest"]
    assert page.locator(".card-title mark").first.inner_text() == "Điện"
    results.first.locator("a").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/dien-bien-coffee-harvest/")
    assert page.locator("h1").inner_text() == "Điện Biên coffee harvest"


def test_filters_open_and_apply_by_keyboard(live_server, page):
    news = SectionFactory(name="News", slug="news")
    culture = SectionFactory(name="Culture", slug="culture")
    ArticleFactory(title="A news story", section=news)
    ArticleFactory(title="A culture story", section=culture)
    page.goto(live_server.url + "/articles/")
    summary = page.locator("details.filter-box summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details.filter-box").get_attribute("open") is not None
    page.locator("#id_section").focus()
    page.keyboard.press("ArrowDown")  # first real choice
    page.keyboard.press("ArrowDown")
    page.locator("details.filter-box button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/?**")
    titles = page.locator(".card-title").all_inner_texts()
    assert len(titles) == 1 and titles[0] in {"A news story", "A culture story"}
    assert page.locator("details.filter-box").get_attribute("open") is not None  # stays open
