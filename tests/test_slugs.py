"""One slug rule (articles.slugs.unique_slug) for every way an article is made (issue 17).

Article.save() calls it when the slug is empty, as the admin form and the importers do. Paths
around save() do not: ``bulk_create`` (and ``bulk_create_with_history``), ``QuerySet.update()``,
COPY, and a data migration's historical models (which have none of the model's own methods).
Each of those must set the slug itself; the check constraint ``article_slug_not_empty`` refuses
an empty one, so none can write it silently."""

from pathlib import Path

import pytest
from django.db import IntegrityError, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.models import Model

from articles.importers.csv_import import import_csv
from articles.importers.dump_import import import_dump
from articles.importers.dumps import parse_bytes
from articles.importers.profiles import load_profiles
from articles.models import Article
from articles.slugs import make_slug, unique_slug
from tests.factories import SectionFactory
from tests.test_csv_import import story, write_csv

DUMP = Path(__file__).resolve().parent / "data" / "dumps" / "newspaper_hoa_ban_festival.txt"
#: Vietnamese letters and longer than a slug may be: the rule cuts it at a word boundary.
LONG = "Điện Biên Phủ đón " + " ".join(f"khách du lịch thứ {n}" for n in range(12))


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
def test_a_slug_given_in_code_is_kept():
    assert Article.objects.create(title="Điện Biên", slug="my-own").slug == "my-own"


@pytest.mark.django_db
def test_the_database_still_refuses_an_empty_slug_written_around_save():
    # bulk_create and QuerySet.update() skip save(): the check constraint is the last guard
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.bulk_create([Article(title="Bulk", slug="")])
    Article.objects.create(title="Saved")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.update(slug="")


def test_a_migrations_historical_article_has_no_save_of_its_own():
    """So a data migration making articles must call unique_slug itself (see the docstring)."""
    apps = MigrationLoader(None).project_state().apps
    assert apps.get_model("articles", "Article").save is Model.save


# -- every path gives the same slug for the same title and the same taken slugs -------------------


def by_save(title, **_):
    return Article.objects.create(title=title).slug


def by_admin_form(title, admin_client, **_):
    response = admin_client.post(
        "/admin/articles/article/add/",
        {
            "title": title,
            "slug": "",
            "body": "Para.",
            "status": "draft",
            "section": SectionFactory(name="News", slug="news").pk,
            "import_warnings": "[]",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Article.objects.latest("pk").slug


def by_csv_import(title, tmp_path, **_):
    result = import_csv(write_csv(tmp_path, [story(1, title=title, slug="")]))
    assert result.created == 1, result.summary()
    return Article.objects.get(external_id="VNA-1").slug


@pytest.mark.django_db
@pytest.mark.parametrize("make", [by_save, by_admin_form, by_csv_import])
def test_every_way_of_making_an_article_follows_the_one_rule(make, admin_client, tmp_path):
    base = unique_slug(LONG)
    assert len(base) <= 200 and base.startswith("dien-bien-phu-don-khach-du-lich-thu-0")
    assert by_save(LONG) == base
    assert make(LONG, admin_client=admin_client, tmp_path=tmp_path) == f"{base}-2"


@pytest.mark.django_db
def test_the_dump_importer_follows_the_one_rule():
    data = DUMP.read_bytes()
    title = parse_bytes(data, DUMP.name, profiles=load_profiles()).articles[0].title
    assert make_slug(title).startswith("dien-bien-phu-")
    held = Article.objects.create(title=title)  # no source: not the dump's article
    result = import_dump(data, DUMP.name)
    assert not result.error, result.error
    imported = Article.objects.exclude(pk=held.pk).get(title=title)
    assert (held.slug, imported.slug) == (unique_slug(title), f"{unique_slug(title)}-2")
