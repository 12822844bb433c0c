"""One slug rule (articles.slugs.unique_slug) for every way an article is made."""

import pytest
from django.db import IntegrityError, transaction

from articles.models import Article
from articles.slugs import make_slug, unique_slug


def test_python_slugify_keeps_vietnamese_letters():
    assert make_slug("Điện Biên Phủ") == "dien-bien-phu"
    assert make_slug("!!!") == "untitled"


def test_unique_slug_numbers_what_is_taken():
    assert unique_slug("Điện Biên", taken={"dien-bien", "dien-bien-2"}) == "dien-bien-3"


@pytest.mark.django_db
def test_an_article_made_in_code_without_a_slug_gets_one_from_its_title():
    first = Article.objects.create(title="Điện Biên opens a new market")
    second = Article.objects.create(title="Điện Biên opens a new market")
    assert first.slug == "dien-bien-opens-a-new-market"
    assert second.slug == "dien-bien-opens-a-new-market-2"
    first.title = "Changed title"
    first.save()
    assert first.slug == "dien-bien-opens-a-new-market"  # a web address, once made, stays


@pytest.mark.django_db
def test_the_database_still_refuses_an_empty_slug_written_around_save():
    # bulk_create and QuerySet.update() skip save(): the check constraint is the last guard
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.bulk_create([Article(title="Bulk", slug="")])
