"""Datelines with no year, imported: the year comes from the dump or the day it came in."""

import datetime

import pytest
from django.utils import timezone

from articles.importers.dump_import import import_dump
from articles.models import Article, RawDump

WIRE = (
    b"Oil prices climb as supply worries mount\n\n"
    b"SINGAPORE, March 3 (Reuters) - Oil prices rose on Monday as concerns over tighter supply "
    b"outweighed worries about slowing demand in China, the world's biggest crude importer.\n\n"
    b"Brent crude futures rose 61 cents, or 0.8%, to $73.42 a barrel by 0345 GMT.\n\n"
    b"(Reporting by Florence Tan; Editing by Christian Schmollinger)\n"
)


@pytest.mark.django_db
def test_a_dateline_without_year_is_dated_by_the_day_the_dump_came_in():
    result = import_dump(WIRE, "wire.txt", publish=True)
    assert not result.error
    art = Article.objects.get()
    today = timezone.localdate()
    expected = datetime.date(today.year, 3, 3)
    if expected > today:
        expected = expected.replace(year=today.year - 1)
    assert timezone.localdate(art.published_at) == expected
    assert any("has no year" in w for w in art.import_warnings)


@pytest.mark.django_db
def test_a_stored_dump_is_dated_by_the_day_it_first_came_in():
    import_dump(WIRE, "wire.txt")
    RawDump.objects.update(received_at=timezone.make_aware(datetime.datetime(2025, 1, 10, 9)))
    Article.objects.all().delete()
    import_dump(WIRE, "wire.txt")
    art = Article.objects.get()
    assert timezone.localdate(art.published_at) == datetime.date(2024, 3, 3)
