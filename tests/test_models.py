import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, Section
from articles.sections import SectionTree
from articles.slugs import make_slug, unique_slug
from tests.factories import ArticleFactory, SectionFactory, SourceFactory


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Điện Biên Phủ", "dien-bien-phu"),
        ("Đà Nẵng đón khách", "da-nang-don-khach"),
        ("Bùi Thanh Sơn visits Argentina", "bui-thanh-son-visits-argentina"),
        ("", "untitled"),
        ("!!! ???", "untitled"),
    ],
)
def test_make_slug_transliterates_vietnamese_and_is_never_empty(text, slug):
    assert make_slug(text) == slug


def test_unique_slug_adds_a_suffix_on_collision():
    assert unique_slug("Điện Biên", taken={"dien-bien", "dien-bien-2"}) == "dien-bien-3"


@pytest.mark.django_db
def test_unique_slug_checks_the_database():
    ArticleFactory(title="Hà Nội", slug="ha-noi")
    assert unique_slug("Hà Nội", queryset=Article.objects.all()) == "ha-noi-2"
    ArticleFactory(slug="ha-noi-2")
    ArticleFactory(slug="ha-noi-metro-opens")  # a longer slug is no numbered form
    ArticleFactory(slug="ha-noi-3x")
    assert unique_slug("Hà Nội", queryset=Article.objects.all()) == "ha-noi-3"


@pytest.mark.django_db
def test_slug_is_unique_in_the_database():
    ArticleFactory(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(slug="same")


@pytest.mark.django_db
def test_external_id_is_unique_per_source_but_not_across_sources():
    vna, other = SourceFactory(name="VNA wire"), SourceFactory(name="Other wire")
    ArticleFactory(source=vna, external_id="42")
    ArticleFactory(source=other, external_id="42")
    ArticleFactory(source=vna, external_id="")
    ArticleFactory(source=vna, external_id="")  # empty ids do not collide
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(source=vna, external_id="42")


@pytest.mark.django_db
def test_a_published_article_needs_a_publication_time():
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(status=Article.Status.PUBLISHED, published_at=None)


@pytest.mark.django_db
def test_published_excludes_drafts_review_archived_and_future_articles():
    now = timezone.now()
    visible = ArticleFactory(published_at=now - datetime.timedelta(seconds=1))
    ArticleFactory(draft=True)
    ArticleFactory(status=Article.Status.REVIEW, published_at=now - datetime.timedelta(days=1))
    ArticleFactory(status=Article.Status.ARCHIVED, published_at=now - datetime.timedelta(days=1))
    ArticleFactory(future=True)
    assert list(Article.objects.published()) == [visible]


@pytest.mark.django_db
def test_section_tree_path_and_uniqueness_per_parent():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    SectionFactory(name="Politics", slug="politics", parent=culture)  # same slug, other parent
    assert politics.path == "News / Politics"
    assert politics.get_absolute_url() == "/sections/news/politics/"
    assert sorted(SectionTree.load().descendant_ids(news.pk)) == sorted([news.pk, politics.pk])
    with pytest.raises(IntegrityError), transaction.atomic():
        Section.objects.create(name="Politics again", slug="politics", parent=news)
    with pytest.raises(IntegrityError), transaction.atomic():
        Section.objects.create(name="News again", slug="news")


@pytest.mark.django_db
def test_source_matches_its_aliases_case_insensitively():
    source = SourceFactory(name="Điện Biên Phủ", aliases=["ĐBP"])
    assert source.matches("đbp") and source.matches("điện biên phủ")
    assert not source.matches("VNA")


@pytest.mark.django_db
def test_roles_migration_creates_reporter_and_editor_groups():
    from django.contrib.auth.models import Group

    reporter = set(
        Group.objects.get(name="Reporter").permissions.values_list("codename", flat=True)
    )
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article"} <= reporter
    assert not {"publish_article", "import_article", "export_article"} & reporter
    assert {"publish_article", "import_article", "export_article"} <= editor


@pytest.mark.django_db
def test_article_text_is_stored_lz4_compressed_on_postgresql():
    """Migration 0006: a long body (compressed as it is written) uses lz4, not pglz."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("TOAST compression is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        if not cursor.fetchone()[0]:
            pytest.skip("this PostgreSQL was built without lz4: the migration keeps pglz")
    body = "\n\n".join(f"Paragraph {n} about the Mekong delta rice harvest." for n in range(200))
    article = ArticleFactory(body=body, summary="Short.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_compression(a.body), pg_column_compression(a.search_vector), "
            "pg_column_compression(h.body) FROM articles_article a "
            "JOIN articles_historicalarticle h ON h.id = a.id WHERE a.id = %s",
            [article.pk],
        )
        assert cursor.fetchone() == ("lz4", "lz4", "lz4")
