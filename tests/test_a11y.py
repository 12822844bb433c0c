"""Accessibility: axe-core (from npm) in Debian's chromium finds nothing on the reader pages.

Also saves a screenshot of each page at 375 px and 1280 px into test-artifacts/.
"""

import json
from pathlib import Path

import pytest

from articles import richtext
from tests.conftest import ARTIFACTS
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (375, 1280)


@pytest.fixture
def axe_source():
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make install runs npm install)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def content():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    vna = SourceFactory(name="Vietnam News Agency")
    lead = ArticleFactory(
        title="Điện Biên Phủ prepares for the Hoa Ban festival",
        summary="The city has repaired its streets and planted orchid trees.",
        body=richtext.from_plain(
            "ĐIỆN BIÊN PHỦ — Work began in January.\n\n"
            "The festival draws tens of thousands of visitors.\n\nHotels are full.",
            [(0, "Hoa ban trees in bloom on the hills.")],
        ),
        byline="Quàng Thị Mai",
        dateline="ĐIỆN BIÊN PHỦ, March 2",
        section=culture,
        source=vna,
    )
    for i in range(8):
        ArticleFactory(
            title=f"Assembly debates the budget, part {i}",
            summary="Deputies discussed spending on roads and schools.",
            section=politics if i % 2 else news,
            source=vna,
            byline="Mai Lan",
        )
    ArticleFactory(title="Festival crafts fair in Điện Biên", section=culture, source=vna)
    return lead


def pages(lead):
    return {
        "home": "/",
        "section": "/sections/news/",
        "article": lead.get_absolute_url(),
        "search": "/search/?q=dien+bien",
        "list": "/articles/?section=999999",  # the filter error message must be accessible too
    }


def axe_violations(page, axe_source):
    # Evaluated through the DevTools protocol, so the page's strict CSP (no inline scripts)
    # stays in force while axe runs.
    page.evaluate(axe_source)
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    assert result["testEngine"]["name"] == "axe-core" and len(result["passes"]) > 10
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_reader_pages_have_no_axe_violations(live_server, page, content, axe_source, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    failures = {}
    for name, url in pages(content).items():
        page.goto(live_server.url + url)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        violations = axe_violations(page, axe_source)
        if violations:
            failures[name] = violations
    assert not failures, json.dumps(failures, indent=2)


def test_pages_fit_a_phone_screen_without_sideways_scrolling(live_server, page, content):
    page.set_viewport_size({"width": 375, "height": 800})
    for url in pages(content).values():
        page.goto(live_server.url + url)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
