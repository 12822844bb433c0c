"""Search: accents, phrases, websearch syntax, ranking, snippets, escaping, no leaks.

Runs on both databases: PostgreSQL full-text search (trigger-maintained vector) and the SQLite
fallback. Rows written without save() must be found too.
"""

import datetime
import html as htmllib
import re

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article
from articles.search import fold, mark_words, marked_to_html, parse
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def found(client, q, **params):
    """The titles on the results page, in order (read from the HTML: pages may be cached)."""
    response = client.get("/search/", {"q": q, **params})
    assert response.status_code == 200, response.content[:500]
    titles = re.findall(r'class="card-title"><a [^>]*>(.*?)</a>', response.content.decode())
    return [htmllib.unescape(re.sub(r"</?mark>", "", t)) for t in titles]


@pytest.fixture
def stories():
    return {
        "dienbien": ArticleFactory(
            title="Điện Biên welcomes visitors",
            summary="Tourism grows in the northwest.",
            body="Hotels in Mường Thanh are full.\n\nThe Hoa Ban festival opens.",
        ),
        "hanoi": ArticleFactory(
            title="Hà Nội plants trees",
            summary="A green city.",
            body="Ban officials said the hoa trees would bloom.",
        ),
        "coffee": ArticleFactory(
            title="Coffee farmers prosper",
            summary="Arabica on terraced hills near Dien Bien.",
            body="Farmers switched from maize.",
        ),
    }


def test_accent_insensitive_both_ways(client, stories):
    assert set(found(client, "dien bien")) == {
        "Điện Biên welcomes visitors",
        "Coffee farmers prosper",
    }
    assert set(found(client, "Điện Biên")) == set(found(client, "dien bien"))
    assert found(client, "muong thanh") == ["Điện Biên welcomes visitors"]
    assert found(client, "HÀ NỘI") == ["Hà Nội plants trees"]


def test_phrases_need_adjacent_words(client, stories):
    assert found(client, '"hoa ban"') == ["Điện Biên welcomes visitors"]
    # both words appear in the Hà Nội story, but not together
    assert set(found(client, "hoa ban")) == {"Điện Biên welcomes visitors", "Hà Nội plants trees"}


def test_or_and_exclusion(client, stories):
    assert set(found(client, "coffee or trees")) == {
        "Coffee farmers prosper",
        "Hà Nội plants trees",
    }
    assert found(client, "dien bien -coffee") == ["Điện Biên welcomes visitors"]


def test_title_matches_rank_above_body_matches(client):
    ArticleFactory(title="Markets report", body="Rice prices rose in the delta.")
    ArticleFactory(title="Rice harvest begins", body="Farmers are busy.")
    assert found(client, "rice")[0] == "Rice harvest begins"
    newest = found(client, "rice", sort="newest")
    assert newest == ["Rice harvest begins", "Markets report"]  # created later, newer


@pytest.mark.parametrize(
    "traits",
    [
        {"draft": True},
        {"future": True},
        {"status": Article.Status.REVIEW},
        {"status": Article.Status.ARCHIVED},
    ],
)
def test_unpublished_articles_are_never_found(client, traits):
    ArticleFactory(title="Visible zebra story")
    ArticleFactory(title="Hidden zebra story", **traits)
    assert found(client, "zebra") == ["Visible zebra story"]
    assert found(client, '"hidden zebra"') == []


def test_rows_written_without_save_are_searchable(client):
    """The vector is kept by the database (PostgreSQL trigger) or computed at query time."""
    article = ArticleFactory(title="Original title")
    Article.objects.filter(pk=article.pk).update(title="Quảng Ninh bay story")
    assert found(client, "quang ninh") == ["Quảng Ninh bay story"]
    assert found(client, "original") == []
    template = ArticleFactory.build(title="x", slug="x")
    with connection.cursor() as cursor:  # what a COPY/raw INSERT import does
        columns = [
            f
            for f in Article._meta.concrete_fields
            if not f.primary_key and f.name != "search_vector"
        ]
        values = {
            f.column: f.get_db_prep_save(getattr(template, f.attname), connection) for f in columns
        }
        values.update(
            title="Cao Bằng waterfall",
            slug="cao-bang-waterfall",
            source_id=article.source_id,
            section_id=article.section_id,
            created_at=article.created_at,
            updated_at=article.updated_at,
        )
        names = ", ".join(connection.ops.quote_name(c) for c in values)
        marks = ", ".join(["%s"] * len(values))
        cursor.execute(
            f"INSERT INTO articles_article ({names}) VALUES ({marks})",  # noqa: S608
            list(values.values()),
        )
    assert found(client, "cao bang") == ["Cao Bằng waterfall"]


def test_results_highlight_matches_and_escape_everything_else(client):
    ArticleFactory(
        title="<b>Điện Biên</b> & friends",
        body='Before <script>alert("x")</script> the Điện Biên festival.',
    )
    response = client.get("/search/", {"q": "dien bien"})
    html = response.content.decode()
    assert "<script>alert" not in html and "<b>Điện" not in html
    assert "&lt;b&gt;" in html and "&amp; friends" in html
    titles = re.findall(r'class="card-title"><a [^>]*>(.*?)</a>', html)
    assert titles and "<mark>Điện</mark>" in titles[0] and "<mark>Biên</mark>" in titles[0]
    snippet = re.search(r'<p class="snippet">(.*?)</p>', html, re.S).group(1)
    assert "<mark>Điện</mark>" in snippet
    assert "&lt;script&gt;" in snippet or "script" not in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0


@pytest.mark.parametrize(
    "q", ['"unclosed', "-", "or or", "!!!", "&|:*()", "a <-> b", "'; drop table", "the", "ø∆"]
)
def test_odd_queries_never_fail(client, q):
    ArticleFactory(title="Some story")
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200


@pytest.mark.parametrize("q", ["x" * 201, "bad\x00byte"])
def test_invalid_queries_show_a_message(client, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 400
    assert "could not be run" in response.content.decode()
    assert list(response.context["articles"]) == []


def test_empty_search_shows_the_form_only(client):
    ArticleFactory(title="Anything")
    response = client.get("/search/")
    assert response.status_code == 200
    assert list(response.context["articles"]) == []
    assert 'name="q"' in response.content.decode()


def test_search_combines_with_filters(client):
    news = SectionFactory(name="News", slug="news")
    culture = SectionFactory(name="Culture", slug="culture")
    ArticleFactory(title="Festival news", section=news)
    ArticleFactory(title="Festival culture", section=culture)
    assert found(client, "festival", section=culture.pk) == ["Festival culture"]
    response = client.get("/search/", {"q": "festival", "section": "nope"})
    assert response.status_code == 400


def test_search_paginates_and_keeps_the_query(client):
    for i in range(25):
        ArticleFactory(title=f"Flood report {i}")
    response = client.get("/search/", {"q": "flood"})
    assert len(response.context["articles"]) == 20
    assert "q=flood&amp;page=2" in response.content.decode()
    assert len(client.get("/search/", {"q": "flood", "page": 2}).context["articles"]) == 5


# -- the helpers --------------------------------------------------------------------------


def test_fold_transliterates_and_pads():
    assert fold("Điện Biên Phủ!") == " dien bien phu "
    assert fold("") == " "


def test_parse_reads_websearch_syntax():
    groups = parse('Điện "Biên Phủ" -war or Hà')
    assert [(g.include, g.exclude) for g in groups] == [
        (["dien", "bien phu"], ["war"]),
        (["ha"], []),
    ]
    assert parse("the") == []


def test_marked_to_html_escapes_all_but_the_marks():
    html = marked_to_html("<i>a</i> \x02Điện\x03 & \x02b")
    assert html == "&lt;i&gt;a&lt;/i&gt; <mark>Điện</mark> &amp; b"


def test_mark_words_cuts_around_the_first_match():
    text = " ".join(f"w{i}" for i in range(100)) + " Điện <b>"
    html = mark_words(text, ["dien"], limit=10)
    assert html.startswith("… ") and "<mark>Điện</mark>" in html and "&lt;b&gt;" in html


def test_a_huge_body_still_saves_and_stays_searchable(client):
    """A tsvector holds 1 MB at most: the trigger indexes the start of a runaway body."""
    body = " ".join(f"token{i}" for i in range(300_000))  # ~3 MB of distinct words
    ArticleFactory(title="Runaway import", body=body)
    assert found(client, "token12") == ["Runaway import"]
    assert found(client, "runaway") == ["Runaway import"]


def test_a_very_broad_query_lists_the_newest_matches_first(client, monkeypatch):
    """Ranking reads every match's vector: past RANK_LIMIT matches, newest first instead."""
    from articles import views

    now = timezone.now()
    for i, title in enumerate(["Rice one", "Rice rice rice two", "Rice three", "Rice four"]):
        ArticleFactory(title=title, published_at=now - datetime.timedelta(hours=i + 1))
    monkeypatch.setattr(views, "RANK_LIMIT", 3)
    response = client.get("/search/", {"q": "rice"})
    html = response.content.decode()
    assert "3+ articles found" in html and "the newest come first" in html
    titles = [a.title for a in response.context["articles"]]
    assert titles == ["Rice one", "Rice rice rice two", "Rice three"]
    monkeypatch.setattr(views, "RANK_LIMIT", 10)
    response = client.get("/search/", {"q": "rice", "sort": "relevance", "x": "1"})
    assert "4 articles found" in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="statement_timeout is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_a_search_that_runs_too_long_is_cancelled_with_a_message(client, monkeypatch, settings):
    from articles import views

    ArticleFactory(title="Rice harvest")
    real = views.matching

    def slow(queryset, text):  # a search that reads far too much, as a phrase of common words
        return real(queryset, text).extra(where=["(SELECT 1 FROM pg_sleep(0.2)) = 1"])

    monkeypatch.setattr(views, "matching", slow)
    settings.NEWSROOM_SEARCH_TIMEOUT_MS = 50
    response = client.get("/search/", {"q": "rice"})
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "This search took too long" in response.content.decode()
    assert client.get("/").status_code == 200  # the connection is fine afterwards
    settings.NEWSROOM_SEARCH_TIMEOUT_MS = 5000
    again = client.get("/search/", {"q": "rice", "sort": "newest"})
    assert again.status_code == 200 and "<mark>Rice</mark> harvest" in again.content.decode()


def test_rich_bodies_are_searched_by_their_text_and_captions_never_their_markup(client):
    ArticleFactory(
        title="Rich story",
        body='<p>The <a href="https://ferries.example/timetable">ferry</a> to Cô Tô '
        "<strong>resumes</strong> &amp; sails daily.</p><h2>Fares</h2>"
        '<figure data-image="" data-alt="Travellers on a quay">'
        "<figcaption>Passengers board at Vân Đồn "
        '<span class="credit">Photo: Quảng Ninh Online</span></figcaption></figure>',
    )
    ArticleFactory(title="Plain story", body="<p>Nothing about boats.</p>")
    assert found(client, "co to resumes") == ["Rich story"]  # across the tags
    assert found(client, "fares") == ["Rich story"]
    assert found(client, "van don") == ["Rich story"]  # a caption
    assert found(client, "quang ninh") == ["Rich story"]  # a credit
    for markup in ("figure", "figcaption", "credit", "strong", "href", "timetable", "quay"):
        assert found(client, markup) == [], markup
    page = client.get("/search/", {"q": "ferry"}).content.decode()
    snippet = re.search(r'class="snippet">(.*?)</p>', page, re.S)
    assert snippet and "&lt;" not in snippet.group(1) and "<mark>ferry</mark>" in snippet.group(1)
