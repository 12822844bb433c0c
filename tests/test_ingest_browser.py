"""The ingest dashboard in a real browser (Debian's chromium via Playwright): an editor sees a
failing feed with its error, retries it once the server is back, and follows the job."""

import pytest

from articles.ingest.models import Feed
from articles.models import Article
from tests.factories import SourceFactory
from tests.test_browser_workflow import ensure_roles, log_in, staff_user, watch_csp
from tests.test_ingest_feeds import RSS, FeedServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def test_the_dashboard_shows_a_failing_feed_and_its_retry(live_server, page, server):
    ensure_roles()
    staff_user("ed", "Editor")
    server.routes["/rss"] = {"status": 500, "body": b"down"}
    feed = Feed.objects.create(source=SourceFactory(name="Mekong Wire"), url=server.url("/rss"))
    base = live_server.url
    violations = []
    watch_csp(page, violations)
    log_in(page, base, "ed")

    # The feed is polled (the admin action, as beat would) and fails: the dashboard says so.
    page.goto(f"{base}/admin/ingest/feed/")
    page.check(f"input[name=_selected_action][value='{feed.pk}']")
    page.select_option("select[name=action]", "poll_selected")
    page.click("button[name=index]")
    page.goto(f"{base}/admin/ingest/job/")
    page.click("text=Ingest dashboard")
    row = page.locator(f"#channel-feed-{feed.pk}")
    assert row.get_attribute("class") == "failing"
    assert "HTTP 500" in row.locator(".problem").inner_text()
    assert row.locator(".failures").inner_text().startswith("1")

    # The server is back; the editor retries and the row turns healthy with its items.
    server.routes["/rss"] = {"body": RSS.encode(), "etag": '"v1"'}
    row.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert "polled again" in page.locator(".messagelist").inner_text()
    row = page.locator(f"#channel-feed-{feed.pk}")
    assert row.get_attribute("class") == "ok"
    assert row.locator(".items-in").inner_text() == "2"
    assert row.locator(".problem").inner_text() == ""

    # The last run's page: done, with the articles it created.
    row.locator("td a").first.click()
    assert page.locator("#job").get_attribute("data-status") == "done"
    assert page.locator("text=Rice exports rise for a third month").count() == 1
    assert Article.objects.count() == 2
    assert not violations, violations
