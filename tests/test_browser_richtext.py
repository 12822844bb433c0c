"""The rich-text editor in a real browser (Debian's chromium via Playwright): an editor writes a
story with a link, a subheading and a captioned photo from the media library, from the keyboard,
under the admin's strict Content-Security-Policy; publishes it; a reader reads it on the site."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import expect

from articles.media.models import Image
from articles.models import Article
from tests.conftest import ARTIFACTS
from tests.factories import ImageFactory, SectionFactory, photo_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
TITLE = "Terraced rice harvest begins in Mù Cang Chải"
LINK = "https://example.org/harvest-calendar"


def ensure_roles():
    """The groups of migrations 0002_roles (articles and media): a transactional test may run
    after a flush."""
    for app, module in (("articles", "articles.migrations.0002_roles"),
                        ("media", "articles.media.migrations.0002_roles")):  # fmt: skip
        roles = importlib.import_module(module)
        for name, codenames in (("Reporter", roles.REPORTER), ("Editor", roles.EDITOR)):
            group, _ = Group.objects.get_or_create(name=name)
            perms = Permission.objects.filter(content_type__app_label=app, codename__in=codenames)
            group.permissions.add(*perms)


def watch(page, problems):
    """CSP violations and script errors, from the console and the page."""
    page.on(
        "console",
        lambda m: (
            problems.append(m.text)
            if "Content Security Policy" in m.text
            or (m.type == "error" and "favicon" not in (m.location or {}).get("url", ""))
            else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(str(e)))


def test_an_editor_writes_a_rich_story_with_a_photo_publishes_it_and_a_reader_reads_it(
    live_server, browser, page
):
    ensure_roles()
    user = User.objects.create_user("ed", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    SectionFactory(name="Farming", slug="farming")
    photo = ImageFactory(
        title="Terraces at dawn", alt_text="Golden rice terraces on a hillside at dawn",
        credit="Hoàng Hà", caption="Library caption",
    )  # fmt: skip
    ImageFactory(title="A market in Hà Giang", alt_text="Stalls")
    base = live_server.url
    problems = []
    watch(page, problems)

    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    page.goto(f"{base}/admin/articles/article/add/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "The harvest starts a week early.")

    # The body, typed from the keyboard in the editor (the textarea behind it is hidden).
    editor = page.locator("#id_body-editor")
    editor.click()
    page.keyboard.type("Farmers began cutting rice on Monday, says the ")
    page.keyboard.type("calendar")
    # the editor takes keys asynchronously: select the word only once all of it is in
    expect(editor).to_contain_text("says the calendar")
    for _ in "calendar":
        page.keyboard.press("Shift+ArrowLeft")
    page.locator(".prose-menubar__button[title='insert link']").click()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "richtext-link-dialog.png")
    dialog = page.locator("dialog.prose-editor-dialog[open]")
    dialog.locator("input").first.fill(LINK)
    dialog.get_by_role("button", name="Update").click()
    page.keyboard.press("End")
    page.keyboard.type(".")
    # A subheading from the keyboard: "## " at the start of a line (Tiptap's input rule).
    page.keyboard.press("Enter")
    page.keyboard.type("## Early rains")
    page.keyboard.press("Enter")
    page.keyboard.type("The rains came in May.")
    page.keyboard.press("Enter")

    # A photo from the media library, chosen from the keyboard in the chooser dialog.
    page.get_by_role("button", name="Insert a photo from the media library").click()
    chooser = page.locator("dialog.photo-chooser[open]")
    assert chooser.locator("input[type=search]").evaluate("e => e === document.activeElement")
    page.keyboard.type("terraces")
    pick = chooser.locator(".photo-chooser__pick")
    expect(pick).to_have_count(1)  # the library searched as one types
    assert "Terraces at dawn" in pick.inner_text()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert chooser.count() == 0
    figure = page.locator(".body-figure--photo")
    assert figure.locator("img").get_attribute("alt") == photo.alt_text
    caption = figure.locator("[data-field=caption]")
    assert caption.input_value() == "Library caption"  # the photo's own, to edit
    caption.fill("Farmers carry the first sheaves down the terraces.")
    assert figure.locator("[data-field=credit]").input_value() == "Hoàng Hà"

    # A second photo, uploaded on the spot from the same dialog.
    editor.press("Control+End")
    page.get_by_role("button", name="Insert a photo from the media library").click()
    chooser.locator("input[type=file]").set_input_files(
        files=[{"name": "market.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes(seed=7)}]
    )
    chooser.get_by_label("Alt text (what the photo shows)").fill("Sacks of rice at a market")
    chooser.get_by_label("Credit").fill("Staff")
    chooser.get_by_role("button", name="Upload and insert").click()
    expect(chooser).to_have_count(0)
    expect(page.locator(".body-figure--photo")).to_have_count(2)
    # And a video, by its address.
    page.get_by_role(
        "button", name="Embed a video or a post (YouTube, Vimeo, X, Instagram)"
    ).click()
    embed = page.locator(".body-figure--embed")
    embed.locator("[data-field=url]").fill("https://youtu.be/dQw4w9WgXcQ")
    page.screenshot(path=ARTIFACTS / "richtext-editor.png", full_page=True)

    # Publish it in a section.
    page.select_option("#id_status", "published")
    page.locator(".field-section .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Farm")
    page.locator(".select2-results__option", has_text="Farming").click()
    page.click("input[name=_save]")
    assert "was added successfully" in page.locator(".messagelist").inner_text()

    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.PUBLISHED
    assert f'<a href="{LINK}" rel="noopener noreferrer">calendar' in article.body
    assert "<h2>Early rains</h2>" in article.body
    assert (
        '<figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        in article.body
    )
    uploaded = Image.objects.get(alt_text="Sacks of rice at a market")
    assert uploaded.credit == "Staff" and uploaded.uploaded_by == user
    assert f'<figure data-image="{uploaded.pk}"><figcaption><span class="credit">Staff' in (
        article.body
    )
    assert (
        f'<figure data-image="{photo.pk}"><figcaption>Farmers carry the first sheaves down the '
        'terraces. <span class="credit">Hoàng Hà</span></figcaption></figure>'
    ) in article.body

    # A reader reads it on the site: the link, the subheading, the photo with its caption.
    reader = browser.new_context().new_page()
    watch(reader, problems)
    reader.goto(f"{base}/")
    reader.get_by_role("link", name=TITLE).first.click()
    reader.wait_for_url(f"**/articles/{article.slug}/")
    body = reader.locator(".story .body")
    assert body.get_by_role("link", name="calendar").get_attribute("href") == LINK
    assert body.locator("h2").inner_text() == "Early rains"
    assert body.locator("figure.photo img").count() == 2
    img = body.locator("figure.photo img").first
    assert img.get_attribute("alt") == photo.alt_text
    img.scroll_into_view_if_needed()
    reader.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=img.element_handle()
    )
    caption = body.locator("figure.photo figcaption").first
    assert caption.text_content() == "Farmers carry the first sheaves down the terraces. Hoàng Hà"
    assert caption.locator(".credit").text_content() == "Hoàng Hà"
    frame = body.locator("figure.embed iframe")
    assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert frame.get_attribute("title") == "Video on YouTube"
    reader.context.close()
    assert not problems, problems
