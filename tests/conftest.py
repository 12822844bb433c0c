import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# around it are still synchronous, so let Django allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


#: The Source rows migration 0009 seeded in the test database (the parser's built-in table),
#: as they were before ``django_db_setup`` below took them out again.
SEEDED_SOURCES: list[dict] = []


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The migrated test database, less the Source rows migration 0009 seeds: the tests start
    from no source at all, as they did before sources were seeded (the dump parser still knows
    the built-in ones: articles.importers.profiles.load_profiles)."""
    from articles.models import Source

    with django_db_blocker.unblock():
        SEEDED_SOURCES[:] = Source.objects.order_by("pk").values("name", "slug", "kind", "aliases")
        Source.objects.all().delete()


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Uploaded photos and their renditions go to a temporary MEDIA_ROOT, never ./media."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright; tests using it skip where it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh browser page; any JavaScript dialog (alert, confirm) fails the test."""
    context = browser.new_context()
    new_page = context.new_page()
    dialogs = []
    new_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield new_page
    context.close()
    assert not dialogs, f"a script ran and opened a dialog: {dialogs}"


@pytest.fixture
def shared_dir():
    """../shared (seeds, gold, eval) beside the checkout; skip where a clone has none."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
