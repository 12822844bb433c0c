"""The invalidation matrix: each kind of change, which pages are rendered again and which are
still served from the page cache (``X-Newsroom-Cache: hit``, no query).

Every write goes through a real write path (the admin's change form and actions, the importers)
or the function such a path calls, inside ``django_capture_on_commit_callbacks(execute=True)``:
pages are invalidated when the write commits.
"""

import datetime
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import cache
from articles.importers.csv_import import import_csv
from articles.importers.dump_import import import_dump
from articles.models import Article, Section
from tests.factories import ArticleFactory, SectionFactory, SourceFactory
from tests.test_csv_import import story, write_csv
from tests.test_dump_import import read
from tests.test_workflow import CHANGELIST, change_data, change_url, logged_in, staff_user

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def desk(db):
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    vna = SourceFactory(name="Vietnam News Agency", slug="vna", aliases=["VNA"])
    afp = SourceFactory(name="Agence Presse", slug="agence-presse")
    lead = ArticleFactory(
        title="Flood waters rise in the delta",
        section=politics,
        source=vna,
        byline="Mai Lan",
        published_at=NOW - datetime.timedelta(hours=1),
    )
    other = ArticleFactory(
        title="Festival opens in the old town",
        section=culture,
        source=afp,
        byline="Tran Hoa",
        published_at=NOW - datetime.timedelta(days=40),
    )
    draft = ArticleFactory(
        title="Secret scoop on the budget",
        section=politics,
        source=vna,
        byline="Mai Lan",
        draft=True,
    )
    return {
        "news": news,
        "politics": politics,
        "culture": culture,
        "vna": vna,
        "afp": afp,
        "lead": lead,
        "other": other,
        "draft": draft,
    }


def month(article) -> str:
    day = timezone.localtime(article.published_at)
    return f"/archive/{day.year}/{day.month}/"


def pages(desk) -> dict[str, str]:
    return {
        "home": "/",
        "latest": "/articles/",
        "news": "/sections/news/",
        "politics": "/sections/news/politics/",
        "culture": "/sections/culture/",
        "vna": "/sources/vna/",
        "afp": "/sources/agence-presse/",
        "byline lead": "/bylines/Mai Lan/",
        "byline other": "/bylines/Tran Hoa/",
        "month lead": month(desk["lead"]),
        "month other": month(desk["other"]),
        "archive": "/archive/",
        "lead": desk["lead"].get_absolute_url(),
        "other": desk["other"].get_absolute_url(),
        "rss": "/feeds/latest.rss",
        "politics feed": "/sections/news/politics/feed.rss",
        "culture feed": "/sections/culture/feed.atom",
        "search flood": "/search/?q=flood",
        "search festival": "/search/?q=festival",
        "sitemap": "/sitemap-articles.xml",
        "news sitemap": "/sitemap-news.xml",
        "robots": "/robots.txt",
    }


HTML = {
    "home",
    "latest",
    "news",
    "politics",
    "culture",
    "vna",
    "afp",
    "byline lead",
    "byline other",
    "month lead",
    "month other",
    "archive",
    "lead",
    "other",
    "search flood",
    "search festival",
}


@pytest.fixture
def reader(desk):
    """A reader's client with every page cached; ``rendered()`` says which pages the next
    visit renders again (the others are hits: no query at all)."""
    client = Client()
    urls = pages(desk)
    for url in urls.values():
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Newsroom-Cache"] == "hit", url

    def rendered() -> set[str]:
        found = set()
        for name, url in urls.items():
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            how = response.get("X-Newsroom-Cache", f"status {response.status_code}")
            if how == "hit":
                assert not queries.captured_queries, name
            else:
                found.add(name)
        return found

    return rendered


@pytest.fixture
def editor():
    return logged_in(staff_user("ed", "Editor"))


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def fresh(article):
    article.refresh_from_db()
    return article


def edit(editor, article, **changes):
    response = editor.post(change_url(article), change_data(fresh(article), **changes))
    assert response.status_code == 302, response.content.decode()[:2000]


def action(editor, name, *articles, **extra):
    data = {"action": name, "_selected_action": [a.pk for a in articles], **extra}
    assert editor.post(CHANGELIST, data).status_code in (200, 302)


# -- nothing readers see changes: nothing is rendered again ---------------------------------


def test_saving_a_draft_invalidates_nothing(desk, reader, editor, commits):
    with commits():
        edit(editor, desk["draft"], title="Secret scoop, second draft", body="More.")
        edit(editor, desk["draft"], status="review")
        edit(editor, desk["draft"], status="draft", summary="Autosaved.")
    assert reader() == set()


def test_saving_a_live_article_unchanged_or_its_internal_fields_invalidates_nothing(
    desk, reader, editor, commits
):
    lead = desk["lead"]
    with commits():
        edit(editor, lead)  # "Save" with nothing changed: a new version, the same page
        before = cache.article_state(fresh(lead))
        lead.import_warnings = ["checked"]
        lead.import_fingerprint = "abc"
        lead.external_id = "VNA-1"
        lead.save()
        cache.article_changed(before, lead)
    assert reader() == set()


def test_a_sources_parser_hints_invalidate_nothing_but_its_name_does(desk, reader, commits):
    afp = desk["afp"]
    with commits():
        afp.signoffs = ["— AFP"]
        afp.aliases = ["AFP"]
        afp.save()
        afp.save(update_fields=["aliases"])
    assert reader() == set()
    with commits():
        afp.name = "Agence France-Presse"
        afp.save()
    # Source names are printed by every page with cards, credits or the filter's choices;
    # the archive's index, the feeds and the sitemaps print none.
    assert reader() == HTML - {"archive"}


# -- a public change: the pages that show it, and only those ---------------------------------


def test_editing_a_live_headline_renders_the_pages_that_show_it(desk, reader, editor, commits):
    with commits():
        edit(editor, desk["lead"], title="Flood waters rise in the Mekong delta")
    assert reader() == {
        "home",
        "latest",
        "news",
        "politics",
        "vna",
        "byline lead",
        "month lead",
        "lead",
        "rss",
        "politics feed",
        "search flood",
        "search festival",  # a headline is searched: any search may now find it
        "news sitemap",  # it prints headlines of the last two days
    }
    assert "Mekong delta" in Client().get("/").content.decode()


def test_publishing_a_draft_renders_the_lists_it_joins(desk, reader, editor, commits):
    with commits():
        action(editor, "publish", desk["draft"])
    joined = {
        "home",
        "latest",
        "news",
        "politics",
        "vna",
        "byline lead",
        "archive",
        "rss",
        "politics feed",
        "search flood",
        "search festival",
        "sitemap",
        "news sitemap",
    }
    if month(fresh(desk["draft"])) == month(desk["lead"]):
        joined.add("month lead")
    joined.add("lead")  # an article of the same section tree: its related articles
    assert reader() == joined
    assert "Secret scoop" in Client().get("/sections/news/").content.decode()


@pytest.mark.parametrize("how", ["unpublish", "archive"])
def test_unpublishing_or_archiving_renders_every_page_that_showed_it(
    desk, reader, editor, commits, how
):
    with commits():
        action(editor, how, desk["lead"])
    assert reader() == {
        "home",
        "latest",
        "news",
        "politics",
        "vna",
        "byline lead",
        "month lead",
        "archive",
        "lead",  # now a 404
        "rss",
        "politics feed",
        "search flood",
        "search festival",
        "sitemap",
        "news sitemap",
    }


def test_moving_a_live_article_renders_both_sections(desk, reader, editor, commits):
    with commits():
        action(editor, "assign_section", desk["lead"], apply="1", section=desk["culture"].pk)
    assert fresh(desk["lead"]).section == desk["culture"]
    assert reader() == {
        "home",
        "latest",
        "news",  # it left these two ...
        "politics",
        "culture",  # ... and joined this one
        "culture feed",
        "politics feed",
        "rss",
        "vna",  # these show its card, whose section label changed
        "byline lead",
        "month lead",
        "lead",
        "other",  # an article of the tree it joined: its related articles
        "search flood",
        "search festival",
        "news sitemap",
    }


def test_renaming_a_section_renders_every_page_with_navigation(desk, reader, commits):
    with commits():
        desk["culture"].name = "Arts"
        desk["culture"].save()
    # The section tree is on every page's navigation and filters, and in the feeds' categories;
    # the article sitemaps and robots.txt do not show it.
    assert reader() == HTML | {"rss", "politics feed", "culture feed"}
    with commits():
        Section.objects.get(pk=desk["culture"].pk).save()  # saved again, unchanged
    assert reader() == set()


def test_a_scheduled_story_refreshes_the_lists_it_joins_when_due(desk, reader, editor, commits):
    due = timezone.now() + datetime.timedelta(seconds=2)
    local = timezone.localtime(due)
    with commits():
        edit(
            editor,
            desk["draft"],
            status="published",
            published_at_0=local.strftime("%Y-%m-%d"),
            published_at_1=local.strftime("%H:%M:%S"),
        )
    assert reader() == set()  # not yet visible: nothing changed for readers
    home = Client().get("/")
    assert "Secret scoop" not in home.content.decode()
    max_age = int(home["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert max_age <= 2  # browsers and CDNs keep the lists no longer than until it is due
    time.sleep(max(0.0, (fresh(desk["draft"]).published_at - timezone.now()).total_seconds()))
    time.sleep(0.1)
    rendered = reader()
    assert {"home", "latest", "politics", "news", "vna", "rss", "sitemap"} <= rendered
    assert "lead" in rendered  # of the same section tree: it joins its related articles
    assert not rendered & {"other", "culture", "afp", "byline other", "month other"}
    assert "Secret scoop" in Client().get("/").content.decode()
    assert "Secret scoop" in Client().get(desk["lead"].get_absolute_url()).content.decode()


# -- related articles: the article pages of a section tree ------------------------------------


def related_titles(url) -> str:
    """The related articles' part of an article page (served by a fresh client)."""
    page = Client().get(url).content.decode()
    return page[page.index('class="related"') :] if 'class="related"' in page else ""


def test_a_story_published_in_a_tree_joins_the_related_articles_of_its_pages(desk, editor, commits):
    """The page of another article of the tree is rendered again and shows the new story; an
    article page of another tree is still served from the cache, byte for byte."""
    scoop = ArticleFactory(  # in the tree's top-level section, beside the lead's Politics
        title="Flood defences for the delta", section=desk["news"], source=desk["vna"], draft=True
    )
    client = Client()
    lead, other = desk["lead"].get_absolute_url(), desk["other"].get_absolute_url()
    for url in (lead, other):
        client.get(url)
    kept = client.get(other)
    assert client.get(lead)["X-Newsroom-Cache"] == kept["X-Newsroom-Cache"] == "hit"
    assert "Flood defences" not in related_titles(lead)
    with commits():  # a draft saved in the tree: nothing
        edit(editor, scoop, title="Flood defences for the Mekong delta", body="Draft two.")
    assert client.get(lead)["X-Newsroom-Cache"] == "hit"
    assert client.get(other)["X-Newsroom-Cache"] == "hit"
    with commits():
        action(editor, "publish", scoop)
    response = client.get(lead)
    assert response["X-Newsroom-Cache"] == "miss"
    assert "Flood defences for the Mekong delta" in response.content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(other)
    assert again["X-Newsroom-Cache"] == "hit" and not queries.captured_queries
    assert again.content == kept.content and again["ETag"] == kept["ETag"]


def test_an_article_page_names_its_trees_related_list_in_its_tags(desk):
    for article, root in ((desk["lead"], desk["news"]), (desk["other"], desk["culture"])):
        response = Client().get(article.get_absolute_url())
        keys = set(response["Surrogate-Key"].split())
        assert {f"related:{root.pk}", "lists", f"article:{article.pk}"} <= keys
        assert set(response["Cache-Tag"].split(",")) == keys
    orphan = ArticleFactory(title="An article with no section", section=None)
    keys = Client().get(orphan.get_absolute_url())["Surrogate-Key"].split()
    assert "related:none" in keys


def test_a_story_published_anywhere_joins_the_related_articles_of_those_with_no_section(
    desk, editor, commits
):
    orphan = ArticleFactory(title="Flood notes", section=None)
    client = Client()
    url = orphan.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Newsroom-Cache"] == "hit"
    with commits():
        action(editor, "publish", desk["draft"])
    assert client.get(url)["X-Newsroom-Cache"] == "miss"
    assert "Secret scoop" in related_titles(url)


def test_a_withdrawn_story_leaves_related_articles_hard_the_tree_softly(desk, editor, commits):
    """The page that showed it is never served stale (its tag, hard); the related list of the
    tree is invalidated softly."""
    from articles.cache import store

    sibling = ArticleFactory(title="Flood relief arrives", section=desk["politics"])
    client = Client()
    url = sibling.get_absolute_url()
    client.get(url)
    assert "Flood waters rise" in related_titles(url)
    with commits():
        action(editor, "unpublish", desk["lead"])
    versions = store.versions([f"article:{desk['lead'].pk}", f"related:{desk['news'].pk}"])
    assert store.is_hard(versions[f"article:{desk['lead'].pk}"])
    assert not store.is_hard(versions[f"related:{desk['news'].pk}"])
    response = client.get(url)
    assert response["X-Newsroom-Cache"] == "miss"
    assert "Flood waters rise" not in related_titles(url)


# -- bulk writes -----------------------------------------------------------------------------


def test_a_csv_import_of_drafts_invalidates_nothing(desk, reader, tmp_path, commits):
    rows = [story(n, status="draft", published_at="") for n in range(1, 4)]
    with commits():
        assert import_csv(write_csv(tmp_path, rows)).written
    assert reader() == set()


def test_a_csv_import_renders_the_lists_it_fills_and_the_pages_it_changed(
    desk, reader, tmp_path, commits
):
    rows = [story(n, published_at="2024-05-01T10:00:00+07:00") for n in range(1, 4)]
    rows.append(  # and an update of the lead: a new headline
        story(
            9,
            title="Flood waters recede",
            slug=desk["lead"].slug,
            source="",
            external_id="",
            published_at=timezone.localtime(desk["lead"].published_at).isoformat(),
        )
    )
    with commits():
        result = import_csv(write_csv(tmp_path, rows))
    assert (result.created, result.updated) == (3, 1)
    rendered = reader()
    assert {"home", "latest", "news", "politics", "vna", "lead", "rss", "sitemap"} <= rendered
    assert not rendered & {"other", "culture", "afp", "byline other", "month other"}


def test_a_csv_import_that_publishes_stories_renders_the_related_articles_of_their_tree(
    desk, reader, tmp_path, commits
):
    rows = [story(n, published_at="2024-05-01T10:00:00+07:00") for n in range(1, 4)]
    with commits():
        assert import_csv(write_csv(tmp_path, rows)).created == 3
    rendered = reader()
    assert "lead" in rendered and "other" not in rendered
    assert "Story 1" in related_titles(desk["lead"].get_absolute_url())


def test_a_dump_import_of_drafts_invalidates_nothing(desk, commits):
    data = read("wire_2024_03_05.txt")
    with commits():
        import_dump(data, "wire.txt")  # its first import may create sections and sources
    client = Client()
    urls = pages(desk)
    for url in urls.values():
        client.get(url)
    corrected = data.replace(b"450 billion VND", b"460 billion VND")
    with commits():
        result = import_dump(corrected, "wire-v2.txt")
    assert "updated" in [o.action for o in result.outcomes]
    assert {client.get(url)["X-Newsroom-Cache"] for url in urls.values()} == {"hit"}
    with commits():
        import_dump(
            read("wire_2024_03_05.txt").replace(b"Hanoi to", b"Ha Noi to"), "p.txt", publish=True
        )
    assert client.get("/")["X-Newsroom-Cache"] == "miss"
    assert client.get(desk["other"].get_absolute_url())["X-Newsroom-Cache"] == "hit"


def test_a_bulk_update_invalidates_once_it_says_what_it_wrote(desk, reader, commits):
    lead = desk["lead"]
    Article.objects.filter(pk=lead.pk).update(summary="Changed by a script.")
    assert reader() == set()  # QuerySet.update() says nothing by itself
    with commits():
        cache.articles_changed([lead.pk])
    rendered = reader()
    assert {"lead", "home", "politics", "vna"} <= rendered
    assert not rendered & {"other", "culture", "afp", "month other"}
