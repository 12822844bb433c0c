"""Near-duplicate grouping across suppliers (datasketch MinHash/LSH), and an editor's pick."""

import pytest
from django.contrib.auth.models import Group, User

from articles.ingest import jobs, neardup
from articles.ingest.models import DuplicateGroup, Fingerprint
from articles.models import Article
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db

STORY = (
    "Authorities in Can Tho opened the new cable-stayed bridge over the Hau river on Monday, "
    "cutting the crossing between the city and Vinh Long province from forty minutes by ferry "
    "to five by road. The bridge, two kilometres long, took four years to build and cost 5.7 "
    "trillion dong, the provincial transport department said. About twenty thousand vehicles "
    "are expected to use it each day, and the ferry service will stop at the end of the month."
)
OTHER = (
    "Coffee growers in the Central Highlands expect a smaller harvest this season after a dry "
    "spell in the flowering months, the coffee association said on Tuesday, and prices at the "
    "farm gate have risen to a record of more than one hundred thousand dong a kilogram while "
    "exporters struggle to fill contracts signed earlier in the year with buyers in Europe."
)


def ninjs(uri, supplier, headline, body):
    return {"uri": uri, "headline": headline, "body_text": body, "copyrightholder": supplier}


def test_the_same_story_from_two_wires_is_grouped_and_others_are_not():
    a = jobs.submit_ninjs(ninjs("urn:a:1", "Wire A", "Hau river bridge opens", STORY), channel="x")
    reworded = STORY.replace("on Monday", "on Monday morning").replace("About", "Some")
    b = jobs.submit_ninjs(
        ninjs("urn:b:7", "Wire B", "New bridge opens in Can Tho", "CAN THO (B) - " + reworded),
        channel="x",
    )
    c = jobs.submit_ninjs(ninjs("urn:c:3", "Wire C", "Coffee harvest", OTHER), channel="x")
    group = DuplicateGroup.objects.get()
    members = set(neardup.members(group).values_list("pk", flat=True))
    assert members == {a.result["article_id"], b.result["article_id"]}
    assert Fingerprint.objects.get(article_id=c.result["article_id"]).group is None


def test_copies_from_the_same_supplier_are_not_cross_supplier_duplicates():
    jobs.submit_ninjs(ninjs("urn:a:1", "Wire A", "Bridge opens", STORY), channel="x")
    jobs.submit_ninjs(ninjs("urn:a:2", "Wire A", "Bridge opens (corrected)", STORY), channel="x")
    assert not DuplicateGroup.objects.exists()


def test_a_third_copy_joins_the_group():
    for n, wire in enumerate(["Wire A", "Wire B", "Wire C"]):
        jobs.submit_ninjs(ninjs(f"urn:{n}", wire, f"Bridge {n}", STORY), channel="x")
    group = DuplicateGroup.objects.get()
    assert neardup.members(group).count() == 3


def test_stories_older_than_the_window_are_not_compared_and_their_bands_are_pruned(settings):
    import datetime

    from django.utils import timezone

    from articles.ingest.models import Band

    jobs.submit_ninjs(ninjs("urn:a:1", "Wire A", "Bridge opens", STORY), channel="x")
    old = timezone.now() - datetime.timedelta(days=settings.NEWSROOM_NEAR_DUPLICATE_DAYS + 1)
    Fingerprint.objects.update(created_at=old)
    assert Band.objects.exists()
    jobs.submit_ninjs(ninjs("urn:b:1", "Wire B", "Bridge opens", STORY), channel="x")
    assert not DuplicateGroup.objects.exists()  # last week's story is not this one's twin
    assert neardup.prune() > 0
    assert (
        Band.objects.filter(
            fingerprint__created_at__lt=timezone.now() - datetime.timedelta(days=1)
        ).count()
        == 0
    )
    assert Fingerprint.objects.count() == 2


def test_signatures_round_trip_through_the_database():
    m = neardup.minhash(STORY)
    again = neardup.from_bytes(neardup.to_bytes(m))
    assert again.jaccard(m) == 1.0
    assert neardup.minhash(OTHER).jaccard(again) < 0.2


@pytest.fixture
def editor():
    user = User.objects.create_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return User.objects.get(pk=user.pk)


def test_an_editor_keeps_one_and_the_other_draft_is_archived(editor):
    live = ArticleFactory(body=STORY, source=SourceFactory(name="Wire L"))
    copy = ArticleFactory(draft=True, body=STORY, source=SourceFactory(name="Wire D"))
    other = ArticleFactory(draft=True, body=STORY, source=SourceFactory(name="Wire E"))
    neardup.index_articles([live.pk, copy.pk, other.pk])
    group = DuplicateGroup.objects.get()
    archived = neardup.keep(group, copy, editor)
    assert {a.pk for a in archived} == {other.pk}
    assert Article.objects.get(pk=other.pk).status == Article.Status.ARCHIVED
    assert Article.objects.get(pk=copy.pk).status == Article.Status.DRAFT
    assert Article.objects.get(pk=live.pk).status == Article.Status.PUBLISHED  # live: untouched
    group.refresh_from_db()
    assert group.chosen == copy and group.decided_by == editor
