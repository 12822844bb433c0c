"""Which tags a change invalidates (articles/cache/changes.py): pure functions over the states
readers saw before and see after a write."""

import datetime

import pytest
from django.utils import timezone

from articles.cache import changes, invalidation
from articles.cache import tags as T

NOW = timezone.now()
PARENTS = {1: None, 2: 1, 3: None}  # News (1) > Politics (2); Culture (3)


def live(**fields):
    state = {
        "id": 42,
        "title": "Flood waters rise",
        "slug": "flood-waters-rise",
        "summary": "The river is rising.",
        "body": "One.\n\nTwo.",
        "byline": "Mai Lan",
        "dateline": "HANOI",
        "source_id": 7,
        "section_id": 2,
        "status": "published",
        "published_at": NOW - datetime.timedelta(days=10),
        "canonical_url": "",
        "lead_image_id": None,
    }
    state.update(fields)
    return state


def tags(before, after):
    return changes.article_tags(before, after, PARENTS, NOW)


def month(when):
    return T.archive_month(when)


LISTS_OF_LIVE = {
    T.HOME,
    T.LATEST,
    T.SEARCH,
    T.FEED,
    T.ARCHIVE,
    T.SITEMAP_ARTICLES,
    T.section(2),
    T.section(1),
    T.source(7),
    T.byline("Mai Lan"),
    T.archive_year(NOW - datetime.timedelta(days=10)),
    month(NOW - datetime.timedelta(days=10)),
    T.related(1),  # the related articles of the News tree's pages
    T.RELATED_NONE,  # and of the articles with no section (drawn from every tree)
}
RELATED = {T.related(1), T.RELATED_NONE}


@pytest.mark.parametrize(
    "before, after",
    [
        (live(status="draft", published_at=None), live(status="draft", title="New")),
        (live(status="draft"), live(status="review")),
        (None, live(status="draft")),  # a new draft
        (live(status="draft"), None),  # a draft deleted
        (None, live(published_at=NOW + datetime.timedelta(hours=1))),  # scheduled
        (live(), live()),  # saved unchanged
        (live(status="archived"), live(status="archived", title="Renamed in the archive")),
    ],
)
def test_nothing_readers_see_changed_invalidates_nothing(before, after):
    assert tags(before, after) == (set(), set())


def test_a_body_edit_is_its_own_page_and_search():
    found, hard = tags(live(), live(body="Corrected."))
    assert found == {T.article(42), T.SEARCH} and hard == set()


def test_a_recent_article_is_in_the_news_sitemap():
    recent = NOW - datetime.timedelta(hours=3)
    found, _ = tags(live(published_at=recent), live(published_at=recent, title="New"))
    assert T.SITEMAP_NEWS in found


def test_publishing_invalidates_every_list_it_joins():
    found, hard = tags(live(status="draft"), live())
    assert found == LISTS_OF_LIVE | {T.article(42)} and hard == set()


@pytest.mark.parametrize("after", [live(status="draft"), live(status="archived"), None])
def test_withdrawing_invalidates_the_same_lists_hard(after):
    found, hard = tags(live(), after)
    # The related lists softly: the pages that showed it go hard through its own tag.
    assert found == LISTS_OF_LIVE | {T.article(42)} and hard == found - RELATED
    assert T.article(42) in hard


def test_moving_to_another_section_invalidates_both_chains():
    found, _ = tags(live(), live(section_id=3))
    assert {T.section(1), T.section(2), T.section(3), T.HOME, T.LATEST} <= found
    assert T.source(7) not in found and T.byline("Mai Lan") not in found


def test_moving_to_another_tree_invalidates_both_trees_related_lists():
    found, hard = tags(live(), live(section_id=3))
    assert {T.related(1), T.related(3), T.RELATED_NONE} <= found and hard == set()
    found, _ = tags(live(), live(section_id=1))  # within the tree: its ranking changed
    assert T.related(1) in found and T.related(3) not in found


def test_the_related_list_of_an_article_with_no_section_draws_from_every_tree():
    found, _ = tags(live(status="draft", section_id=None), live(section_id=None))
    assert found & RELATED == {T.RELATED_NONE}  # in no tree's related lists: only theirs
    found, _ = tags(live(status="draft", section_id=3), live(section_id=3))
    assert found & {T.related(1), T.related(3), T.RELATED_NONE} == {T.related(3), T.RELATED_NONE}


def test_a_new_headline_or_summary_may_rank_it_among_related_articles_a_body_edit_not():
    for change in ({"title": "Flood waters recede"}, {"summary": "The river falls."}):
        found, hard = tags(live(), live(**change))
        assert found >= RELATED and hard == set()
        assert T.HOME not in found  # its place in the lists did not change
    found, _ = tags(live(), live(body="Corrected."))
    assert not found & RELATED


def test_related_tags_follow_the_section_tree_up_to_its_top():
    parents = {1: None, 2: 1, 4: 2, 3: None}
    assert changes.related_lists(4, parents) == {T.related(1), T.RELATED_NONE}
    assert changes.related_lists(None, parents) == {T.RELATED_NONE}
    assert changes.related_lists(5, parents) == {T.related(5), T.RELATED_NONE}  # unknown: a root
    assert changes.related_lists(6, {6: 7, 7: 6}) <= {T.related(6), T.related(7), T.RELATED_NONE}
    assert T.related(None) == "related:none" and T.is_list(T.related(1))


def test_a_new_byline_or_source_invalidates_both_lists():
    found, _ = tags(live(), live(byline="Tran Hoa", source_id=8))
    assert {T.byline("Mai Lan"), T.byline("Tran Hoa"), T.source(7), T.source(8)} <= found
    assert T.HOME not in found  # its place on the front page did not change


def test_a_new_time_moves_it_in_every_list_of_both_months():
    later = NOW - datetime.timedelta(days=1)
    found, _ = tags(live(), live(published_at=later))
    assert {month(NOW - datetime.timedelta(days=10)), month(later), T.HOME} <= found


def test_a_bulk_write_that_did_not_read_first_is_handled_conservatively():
    found, hard = changes.article_tags_unknown_before(live(status="draft"), PARENTS, NOW)
    assert found == hard == {T.article(42)}  # if it was live, every page showing it goes
    found, hard = changes.article_tags_unknown_before(live(), PARENTS, NOW)
    assert found == LISTS_OF_LIVE | {T.article(42)} and hard == set()


def test_unknown_fields_count_as_changed_and_digests_compare_as_values():
    partial = {k: v for k, v in live().items() if k != "canonical_url"}
    assert tags(partial, live())[0] == {T.article(42)}
    assert changes.compact(live()) == changes.compact(changes.compact(live()))
    assert changes.compact(live()) != changes.compact(live(body="Other."))
    assert changes.compact(live())["byline"] == "Mai Lan"  # what tags are made of stays


def test_sections_and_sources_change_only_with_what_readers_see():
    section = {"id": 3, "name": "Culture", "slug": "culture", "parent_id": None, "position": 0}
    assert changes.section_tags(section, dict(section)) == set()
    assert changes.section_tags(section, {**section, "position": 1}) == {T.SECTIONS, T.section(3)}
    assert changes.section_tags(None, section) == {T.SECTIONS, T.section(3)}
    source = {"id": 7, "name": "VNA", "slug": "vna", "kind": "wire", "url": ""}
    assert changes.source_tags(source, dict(source)) == set()
    assert changes.source_tags(source, {**source, "name": "Vietnam News Agency"}) == {
        T.SOURCES,
        T.source(7),
    }


def test_byline_tags_are_slugs():
    assert T.byline("  Quàng Thị Mai ") == "byline:quang-thi-mai"
    assert T.is_list(T.byline("x")) and not T.is_list(T.article(1)) and not T.is_list(T.SECTIONS)


@pytest.mark.django_db
def test_a_bulk_write_past_the_limit_is_one_coarse_bump(
    monkeypatch, django_capture_on_commit_callbacks
):
    from tests.factories import ArticleFactory

    monkeypatch.setattr(invalidation, "MAX_ARTICLE_TAGS", 2)
    bumped = []
    monkeypatch.setattr(invalidation, "invalidate_now", lambda tags, hard=(): bumped.append(tags))
    overwritten = invalidation.Overwritten()
    for article in ArticleFactory.create_batch(3):
        overwritten.add(article)
    with django_capture_on_commit_callbacks(execute=True):
        overwritten.changed()
    assert bumped == [{T.ALL}]
