"""Hostile input: random bytes and text into the dump importer, oversized and absurd requests."""

import pytest
from django.db.models import Count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.importers.dump_import import import_dump
from articles.importers.dumps import DumpError, parse_bytes
from articles.models import Article, RawDump
from tests.factories import ArticleFactory

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
LINES = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(
            [
                "",
                "./.",
                "Source: Vietnam News Agency",
                "Comment",
                "Recent news",
                "NEWS - POLITICS -",
                "GlobeNewswire Distribution ID 123",
                "ĐBP - Lede text here.",
                "  • 'Teaser",
            ]
        ),
    ),
    max_size=40,
)


@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes_parse_or_fail_with_one_line(data):
    try:
        dump = parse_bytes(data, "fuzz.bin")
    except DumpError as exc:
        message = str(exc)
        assert message.startswith("fuzz.bin") and "\n" not in message
    else:
        assert all(a.title for a in dump.articles)


@FAST
@given(lines=LINES, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_dump_shaped_text_never_crashes_the_parser(lines, encoding):
    data = "\n".join(lines).encode(encoding, errors="replace")
    try:
        dump = parse_bytes(data, "fuzz.txt")
    except DumpError as exc:
        assert "\n" not in str(exc)
        return
    for article in dump.articles:
        start, end = article.span
        assert 0 <= start <= end


@pytest.mark.django_db
@FAST
@given(lines=LINES)
def test_random_dumps_import_whole_or_not_at_all(lines):
    data = "\n".join(lines).encode("utf-8", errors="replace")
    before = Article.objects.count(), RawDump.objects.count()
    result = import_dump(data, "fuzz.txt")
    if result.error:
        assert (Article.objects.count(), RawDump.objects.count()) == before
        return
    created = sum(o.action in ("created", "stub-created") for o in result.outcomes)
    assert Article.objects.count() == before[0] + created
    assert not Article.objects.values("slug").annotate(n=Count("id")).filter(n__gt=1).exists()
    again = import_dump(data, "fuzz.txt")
    assert Article.objects.count() == before[0] + created
    assert all(o.action in ("unchanged", "skipped", "stub-exists") for o in again.outcomes)


@pytest.mark.django_db
def test_ten_thousand_filter_values_are_refused_cleanly(client):
    ArticleFactory()
    query = "&".join(f"section={i}" for i in range(10_000))
    response = client.get("/articles/?" + query)
    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["9" * 30, "1e9", "-5", "%00"])
def test_absurd_page_numbers_are_404(client, page):
    ArticleFactory()
    assert client.get("/articles/?page=" + page).status_code == 404


@pytest.mark.django_db
def test_an_oversized_form_post_is_refused(admin_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = admin_client.post(
        "/admin/articles/source/add/", {"name": "x" * 5000, "slug": "x", "kind": "wire"}
    )
    assert response.status_code == 400
