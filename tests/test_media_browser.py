"""Pages with photos in a real browser (Debian's chromium through Playwright): axe-core finds
nothing on the home, article, section and search pages at phone and desktop widths (screenshots
saved in test-artifacts/); the front page at 1280 px loads in at most 600 KB, with no layout
shift from its images, the lead photo fetched once (preloaded) and the photos below the fold
left for later."""

import json

import pytest
from playwright.sync_api import expect

from tests.conftest import ARTIFACTS
from tests.factories import ArticleFactory, ImageFactory, SectionFactory, SourceFactory
from tests.test_a11y import WIDTHS, axe_violations
from tests.test_a11y import axe_source as axe_source  # the fixture, shared

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOME_BUDGET = 600 * 1024

LAYOUT_SHIFTS = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 300);
})"""


@pytest.fixture
def edition():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    sport = SectionFactory(name="Sport", slug="sport")
    vna = SourceFactory(name="Vietnam News Agency")
    photos = [
        ImageFactory(
            title=f"Photo {i}",
            width=2400,
            height=1600,
            alt_text=f"Hills and fields under an evening sky, view {i}.",
            caption=f"The valley at dusk, seen from the east ({i}).",
            credit="Quàng Thị Mai/VNA",
        )
        for i in range(10)
    ]
    sections = (politics, news, culture, sport)
    lead = ArticleFactory(
        title="Điện Biên Phủ prepares for the Hoa Ban festival",
        summary="The city has repaired its streets and planted orchid trees.",
        body=(
            "<p>ĐIỆN BIÊN PHỦ — Work began in January.</p>"
            f'<figure data-image="{photos[1].pk}"><figcaption>Hoa ban trees in bloom '
            '<span class="credit">VNA</span></figcaption></figure>'
            "<p>The festival draws tens of thousands of visitors.</p>"
            '<figure data-image=""><figcaption>Visitors on the hills (photo to come).'
            "</figcaption></figure><p>Hotels are full.</p>"
        ),
        byline="Quàng Thị Mai",
        section=culture,
        source=vna,
        lead_image=photos[0],
    )
    for i in range(16):
        ArticleFactory(
            title=f"Assembly debates the budget, part {i}",
            summary="Deputies discussed spending on roads and schools in the mountain provinces.",
            section=sections[i % 4],
            source=vna,
            byline="Mai Lan",
            lead_image=photos[i % 10] if i % 3 else None,  # some stories have no photo
        )
    return lead


def pages(lead):
    return {
        "home": "/",
        "article": lead.get_absolute_url(),
        "section": "/sections/news/",
        "search": "/search/?q=budget",
    }


def load_everything(page):
    """Scroll down a screen at a time and back, as a reader would, so every lazy photo loads
    before a full-page shot."""
    height = page.evaluate("document.documentElement.scrollHeight")
    step = page.viewport_size["height"]
    for y in range(0, height + step, step):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(50)
    for _ in range(100):  # (wait_for_function evaluates a string: the CSP forbids it)
        if page.evaluate("() => [...document.images].every(i => i.complete)"):
            break
        page.wait_for_timeout(100)
    page.evaluate("window.scrollTo(0, 0)")


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_with_photos_have_no_axe_violations(live_server, page, edition, axe_source, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    failures = {}
    for name, url in pages(edition).items():
        page.goto(live_server.url + url, wait_until="networkidle")
        load_everything(page)
        broken = page.evaluate(
            "() => [...document.images].filter(i => !i.complete || !i.naturalWidth)"
            ".map(i => i.currentSrc || i.src)"
        )
        assert not broken, (name, broken)
        page.screenshot(path=str(ARTIFACTS / f"photos-{name}-{width}.png"), full_page=True)
        violations = axe_violations(page, axe_source)
        if violations:
            failures[name] = violations
    assert not failures, json.dumps(failures, indent=2)


def test_the_front_page_at_1280px_stays_within_600_kb_with_no_layout_shift(
    live_server, browser, edition
):
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # a cold cache
    page = context.new_page()
    fetched = []
    page.on(
        "requestfinished",
        lambda r: fetched.append((r.url, r.resource_type, sum(r.sizes().values()))),
    )
    page.goto(live_server.url + "/", wait_until="networkidle")
    total = sum(size for _, _, size in fetched)
    images = [url for url, kind, _ in fetched if kind == "image"]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "home-1280-transfer.json").write_text(
        json.dumps({"bytes": total, "requests": fetched}, indent=1)
    )
    assert total <= HOME_BUDGET, f"{total} bytes: {fetched}"
    assert len(images) == len(set(images)), "a photo was fetched twice"
    count = page.evaluate("document.images.length")
    assert 0 < len(images) < count, "photos below the fold should wait (loading=lazy)"
    lead = page.locator(".card-lead img")
    assert lead.evaluate("i => i.currentSrc").endswith(".webp")
    assert lead.evaluate("i => i.currentSrc") in images
    preload = page.locator('link[rel="preload"][as="image"]').get_attribute("imagesrcset")
    assert lead.evaluate("i => i.currentSrc").removeprefix(live_server.url) in preload
    # every photo's box is the shape of the photo: reserved before it arrives
    for ratio, shown in page.evaluate(
        "() => [...document.images].map(i => [i.width / i.height,"
        " i.getBoundingClientRect().width / i.getBoundingClientRect().height])"
    ):
        assert abs(ratio - shown) < 0.02
    load_everything(page)
    assert page.evaluate(LAYOUT_SHIFTS) < 0.01
    context.close()


def test_a_phone_gets_small_photos(live_server, browser, edition):
    context = browser.new_context(viewport={"width": 375, "height": 800}, device_scale_factor=2)
    page = context.new_page()
    page.goto(live_server.url + "/", wait_until="networkidle")
    src = page.locator(".card-lead img").evaluate("i => i.currentSrc")
    assert src.endswith("/640-3x2-50-50.webp") or src.endswith("/1024-3x2-50-50.webp")
    page.goto(live_server.url + edition.get_absolute_url(), wait_until="networkidle")
    lead, in_body = page.locator("article.story figure.photo").all()[:2]
    assert lead.locator("img").evaluate("i => i.currentSrc").endswith("/1024.webp")  # 2 × 343
    assert "QUÀNG THỊ MAI/VNA" in lead.locator("figcaption").inner_text().upper()
    assert in_body.locator("figcaption").inner_text().startswith("Hoa ban trees in bloom")
    assert page.locator("figure.photo-missing figcaption").inner_text().startswith("Visitors")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    context.close()


def test_an_editor_drops_photos_and_sets_the_focal_point_with_mouse_and_keys(
    live_server, browser, tmp_path
):
    import base64

    from django.contrib.auth.models import User

    from articles.media.models import Image
    from tests.factories import photo_bytes
    from tests.test_browser_workflow import PASSWORD, another_browser_session, log_in

    User.objects.create_superuser("boss", "boss@example.com", PASSWORD)
    good, bad = tmp_path / "harbour.jpg", tmp_path / "notes.jpg"
    good.write_bytes(photo_bytes(900, 600, seed="harbour"))
    bad.write_bytes(b"these are my notes, not a photo")
    with another_browser_session(browser) as page:  # a dialog or a CSP violation fails it
        log_in(page, live_server.url, "boss")
        page.goto(live_server.url + "/admin/media/image/upload/")
        page.set_input_files('input[type="file"]', [str(good), str(bad)])
        page.click('input[type="submit"]')
        expect(page.locator(".upload-results li")).to_have_count(2)
        expect(page.locator(".upload-results li.pending")).to_have_count(0)
        lines = page.locator(".upload-results li").all_inner_texts()
        assert lines[0].startswith("harbour.jpg: uploaded as harbour")
        assert "write its alt text" in lines[0]
        assert lines[1].startswith("notes.jpg: not a JPEG, PNG, WebP or GIF image")

        dropped = base64.b64encode(photo_bytes(640, 480, seed="drop", fmt="PNG")).decode()
        transfer = page.evaluate_handle(
            """(b64) => {
                const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
                const dt = new DataTransfer();
                dt.items.add(new File([bytes], "dropped.png", {type: "image/png"}));
                return dt;
            }""",
            dropped,
        )
        page.dispatch_event("[data-dropzone]", "drop", {"dataTransfer": transfer})
        expect(page.locator(".upload-results li.success")).to_have_count(2)
        assert Image.objects.count() == 2  # the bad file stored nothing

        photo = Image.objects.get(title="harbour")
        page.goto(f"{live_server.url}/admin/media/image/{photo.pk}/change/")
        target = page.locator(".focal-target")
        box = target.locator("img").bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.25, box["y"] + box["height"] * 0.75)
        assert abs(float(page.input_value("#id_focal_x")) - 0.25) <= 0.02
        assert abs(float(page.input_value("#id_focal_y")) - 0.75) <= 0.02
        target.focus()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Shift+ArrowUp")
        assert abs(float(page.input_value("#id_focal_x")) - 0.27) <= 0.021
        assert abs(float(page.input_value("#id_focal_y")) - 0.65) <= 0.021
        page.fill("#id_alt_text", "Fishing boats in the harbour.")
        page.click('input[name="_save"]')
        page.wait_for_url(f"{live_server.url}/admin/media/image/")
    photo.refresh_from_db()
    x, y = round(photo.focal_x * 100), round(photo.focal_y * 100)
    assert photo.alt_text == "Fishing boats in the harbour." and abs(x - 27) <= 2
    assert all(f"-{x}-{y}." in r.file.name for r in photo.renditions.exclude(ratio=""))
