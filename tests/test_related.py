"""Related articles (articles/related.py): read in one query with the cards' columns, scored by
looking this article's own words up in the candidates' texts. The ranking is the one of the plain
set-of-words scoring it replaced, only published stories of the same section tree are shown,
and a publication or a withdrawal in the section is seen by the page."""

import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.cache import tags as T
from articles.listing import ORDER
from articles.models import Article
from articles.related import _WORD, AFTER, CANDIDATES, _words, related_articles
from articles.sections import SectionTree
from tests.factories import ArticleFactory, ImageFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db

VOCABULARY = (
    "rice mekong delta export exports price prices flood floods harbour budget vote "
    "parliament festival farmers coffee tariff storm typhoon bridge railway school"
).split()


def reference(article, tree, limit=4):
    """The scoring as it was written first (sets of every word, two queries): the ranking the
    new code must give, row for row."""
    candidates = Article.objects.published().exclude(pk=article.pk)
    root = tree.root_of(article.section_id) if article.section_id in tree.by_pk else None
    if root is not None:
        candidates = candidates.filter(section_id__in=tree.descendant_ids(root))
    if article.published_at is not None:
        candidates = candidates.filter(published_at__lte=article.published_at + AFTER)
    rows = list(
        candidates.order_by(*ORDER).values_list("id", "title", "summary", "section_id")[:CANDIDATES]
    )
    title, words = _words(article.title), _words(article.title) | _words(article.summary)

    def score(row):
        other_title = _words(row[1])
        shared = 3 * len(title & other_title) + len(words & (other_title | _words(row[2])))
        return (shared, 1 if row[3] == article.section_id else 0)

    return [row[0] for row in sorted(rows, key=score, reverse=True)[:limit]]


@pytest.fixture
def trees():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    economy = SectionFactory(name="Economy", slug="economy", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    return news, politics, economy, culture


def test_ranking_is_the_plain_word_scoring_row_for_row(trees):
    rng = random.Random(14)
    now = timezone.now()
    sources = [SourceFactory(), SourceFactory()]

    def text(n):
        return " ".join(rng.choice(VOCABULARY + ["the", "and", "of", "to"]) for _ in range(n))

    for i in range(150):
        ArticleFactory(
            title=text(rng.randint(2, 7)).capitalize(),
            slug=f"story-{i}",
            summary=text(rng.randint(0, 25)),
            section=rng.choice(trees),
            source=rng.choice(sources),
            published_at=now - datetime.timedelta(hours=rng.randint(1, 24 * 60)),
            status=rng.choice([Article.Status.PUBLISHED] * 4 + [Article.Status.DRAFT]),
        )
    tree = SectionTree.load()
    articles = list(Article.objects.published().order_by("pk")[:60])
    compared = 0
    for article in articles:
        expected = reference(article, tree)
        assert [a.pk for a in related_articles(article, tree)] == expected, article.title
        compared += bool(expected)
    assert compared > 40


def test_title_words_weigh_more_then_same_section_then_newest(trees):
    news, politics, economy, _ = trees
    now = timezone.now()
    article = ArticleFactory(
        title="Rice prices", summary="Farmers in the delta", section=politics, published_at=now
    )
    summary_only = ArticleFactory(
        title="Weather", summary="rice prices", section=economy, published_at=now
    )
    in_title = ArticleFactory(title="Rice crop", section=economy, published_at=now)  # 3 + 1
    newer_same_section = ArticleFactory(
        title="Nothing shared", section=politics, published_at=now - datetime.timedelta(hours=1)
    )
    older_same_section = ArticleFactory(
        title="Nothing either", section=politics, published_at=now - datetime.timedelta(hours=3)
    )
    ArticleFactory(
        title="Nothing at all", section=economy, published_at=now - datetime.timedelta(hours=2)
    )
    ranked = related_articles(article, SectionTree.load())
    assert [a.pk for a in ranked] == [
        in_title.pk,
        summary_only.pk,
        newer_same_section.pk,
        older_same_section.pk,
    ]


def test_only_published_stories_of_the_same_section_tree(trees):
    news, politics, economy, culture = trees
    article = ArticleFactory(title="Flood on the Mekong", section=politics)
    shown = ArticleFactory(title="Mekong flood warning", section=economy)
    ArticleFactory(title="Mekong flood draft", section=politics, draft=True)
    ArticleFactory(title="Mekong flood tomorrow", section=politics, future=True)
    ArticleFactory(title="Mekong flood in review", section=news, status=Article.Status.REVIEW)
    ArticleFactory(title="Mekong flood archived", section=news, status=Article.Status.ARCHIVED)
    ArticleFactory(title="Mekong flood festival", section=culture)  # another tree
    ranked = related_articles(article, SectionTree.load())
    assert [a.pk for a in ranked] == [shown.pk]


def test_cards_are_whole_in_one_query(trees):
    _, politics, economy, _ = trees
    photo = ImageFactory(alt_text="Boats in the harbour.")
    source = SourceFactory(name="Wire", slug="wire")
    article = ArticleFactory(title="Harbour reopens", section=politics)
    with_photo = ArticleFactory(
        title="Harbour boats", section=economy, source=source, lead_image=photo, byline="Mai Lan"
    )
    bare = ArticleFactory(title="Harbour fees", section=politics, source=None)
    tree = SectionTree.load()
    with CaptureQueriesContext(connection) as captured:
        ranked = related_articles(article, tree)
    assert len(captured) == 1
    cards = {a.pk: a for a in ranked}
    card = cards[with_photo.pk]
    assert card.url == with_photo.get_absolute_url()
    assert (card.source.name, card.source.slug, card.byline) == ("Wire", "wire", "Mai Lan")
    assert card.lead_photo.pk == photo.pk and card.lead_photo.alt_text == "Boats in the harbour."
    assert card.section.pk == economy.pk and card.section_url == economy.get_absolute_url()
    assert card.published_at == with_photo.published_at
    assert cards[bare.pk].source is None and cards[bare.pk].lead_photo is None
    assert card.body == with_photo.body  # a column no card reads is deferred, not blank


@pytest.mark.parametrize(
    "text",
    [
        "The UN and Hà Nội agree: 2 big budget_cuts, 300 jobs — for the Mekong's farms",
        "rices rice_price price-rice RICE ricE. prices,price the and",
        "İstanbul NỘI nội nộii xnội 300 3000",
        "",
    ],
)
def test_looking_up_own_words_is_the_set_intersection(text):
    own = _words("Rice price in Hà Nội, 300 budget cuts, İstanbul") | {"budget_cuts"}
    assert own.intersection(_WORD.findall(text.lower())) == _words(text) & own


def test_the_page_shows_a_story_published_in_its_section_and_drops_a_withdrawn_one(
    client, trees, settings
):
    _, politics, economy, _ = trees
    article = ArticleFactory(title="Typhoon reaches the coast", section=politics)
    first = ArticleFactory(title="Typhoon warning", section=economy)
    response = client.get(article.get_absolute_url())
    assert [a.pk for a in response.context["related"]] == [first.pk]
    # The page names the related stories it prints: withdrawing one purges the page.
    assert T.article(first.pk) in response["Surrogate-Key"].split()

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    later = ArticleFactory(title="Typhoon damage counted", section=politics)
    related = client.get(article.get_absolute_url()).context["related"]
    assert [a.pk for a in related] == [later.pk, first.pk]
    Article.objects.filter(pk=later.pk).update(status=Article.Status.DRAFT)
    related = client.get(article.get_absolute_url()).context["related"]
    assert [a.pk for a in related] == [first.pk]
