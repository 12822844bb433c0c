"""Migration 0011_rich_body: plain-text bodies and their captions become rich text, without loss,
on articles the dump importer made from the seeds and on articles written as before it."""

import json
from importlib import import_module

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles import richtext
from articles.importers.dump_import import import_dump, received_on
from articles.importers.dump_writer import article_fingerprint
from articles.importers.dumps import parse_bytes
from articles.importers.profiles import load_profiles
from articles.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("articles", "0010_article_lead_image")]
AFTER = [("articles", "0011_rich_body")]
migration = import_module("articles.migrations.0011_rich_body")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.fixture
def latest_after():
    """Whatever a test migrates to, the schema is the latest again afterwards."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def old_shape(parsed) -> tuple[str, list[dict]]:
    """What the dump writer stored before 0011 for a parsed article (its paragraphs, captions
    placed after a paragraph; one past the end is shown after the last)."""
    paragraphs = richtext.convert.split_paragraphs("\n\n".join(parsed.body))
    last = len(paragraphs) - 1
    captions = [
        {"after": after if after < last else last, "text": text.strip()}
        for after, text in parsed.captions
    ]
    return "\n\n".join(paragraphs), sorted(captions, key=lambda c: c["after"])


def test_the_seed_dumps_imported_go_back_and_forth_without_loss(shared_dir, latest_after):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    profiles = load_profiles()
    expected = {}
    for path in seeds:
        data = path.read_bytes()
        parsed = parse_bytes(data, path.name, profiles=profiles, today=received_on(data))
        result = import_dump(data, path.name, profiles=profiles)
        assert result.error is None or result.error == ""
        for article in parsed.articles:
            expected[(path.name, tuple(article.span))] = old_shape(article)
    imported = {
        a.pk: (a.body, a.import_fingerprint)
        for a in Article.objects.filter(is_stub=False).select_related("raw_dump")
    }
    with_captions = [b for b, _ in imported.values() if "<figure" in b]
    assert len(imported) >= 3 and with_captions, "the seeds have stories with photo captions"
    edited = Article.objects.filter(is_stub=False).order_by("pk").first()
    edited.body = edited.body.replace("</p>", " An editor's addition.</p>", 1)
    edited.save()
    imported[edited.pk] = (edited.body, edited.import_fingerprint)

    apps = migrate(BEFORE)  # the reverse: rich text back to plain text and captions
    Old = apps.get_model("articles", "Article")
    rows = Old.objects.filter(is_stub=False).select_related("raw_dump")
    assert rows.count() == len(imported)
    for row in rows:
        if row.pk == edited.pk:
            continue
        body, captions = expected[(row.raw_dump.name, tuple(row.dump_span))]
        assert (row.body, sorted(row.captions, key=lambda c: c["after"])) == (body, captions)
        # ... and the fingerprint is the old writer's for that content (IMPORTED_FIELDS then)
        values = {k: getattr(row, k) for k in migration.OLD_FIELDS}
        assert row.import_fingerprint == migration.fingerprint(values, migration.OLD_FIELDS)

    migrate(AFTER)
    after = {a.pk: (a.body, a.import_fingerprint) for a in Article.objects.filter(is_stub=False)}
    assert after == imported  # the same rich text, and the same fingerprints

    # Importing the same dumps again changes nothing, and keeps the editor's change.
    actions = {}
    for path in seeds:
        for outcome in import_dump(path.read_bytes(), path.name).outcomes:
            actions[outcome.article_id] = outcome.action
    assert {a for pk, a in actions.items() if pk in imported} == {"unchanged"}
    assert "An editor's addition." in Article.objects.get(pk=edited.pk).body
    # The editor's change is still known as one: the fingerprint no longer matches the text.
    fresh = Article.objects.get(pk=edited.pk)
    assert article_fingerprint(fresh) != fresh.import_fingerprint
    untouched = Article.objects.exclude(pk=edited.pk).filter(is_stub=False).first()
    assert article_fingerprint(untouched) == untouched.import_fingerprint


BODY = 'ĐBP - Fish & chips < 5 dong,\nsaid "Mai".\n\nSecond paragraph.\n\n<b>Third</b> one.'
CAPTIONS = [
    {"after": 0, "text": "Boats at dawn on the Nậm Rốm (Photo: VNA)"},
    {"after": -1, "text": "Before everything"},
    {"after": 2, "text": "Orchids. Photo: Minh Anh"},
]


def test_articles_written_before_become_rich_text_with_photo_slots(latest_after):
    apps = migrate(BEFORE)
    Old = apps.get_model("articles", "Article")
    History = apps.get_model("articles", "HistoricalArticle")
    old = Old.objects.create(
        title="Old story", slug="old-story", body=BODY, captions=CAPTIONS, summary="Sum."
    )
    empty = Old.objects.create(title="Empty", slug="empty", body="", captions=[])
    History.objects.create(
        id=old.pk, title="Old story", slug="old-story", body="First draft.",
        captions=[{"after": 0, "text": "A caption"}], summary="", byline="", dateline="",
        status="draft", external_id="", canonical_url="", history_type="+",
        history_date=old.created_at, import_warnings=[], import_fingerprint="", is_stub=False,
        import_doubts=[], dump_span=None, created_at=old.created_at,
    )  # fmt: skip

    migrate(AFTER)
    article = Article.objects.get(pk=old.pk)
    assert article.body == (
        '<figure data-image=""><figcaption>Before everything</figcaption></figure>'
        '<p>ĐBP - Fish &amp; chips &lt; 5 dong,\nsaid "Mai".</p>'
        '<figure data-image=""><figcaption>Boats at dawn on the Nậm Rốm '
        '<span class="credit">(Photo: VNA)</span></figcaption></figure>'
        "<p>Second paragraph.</p><p>&lt;b&gt;Third&lt;/b&gt; one.</p>"
        '<figure data-image=""><figcaption>Orchids. <span class="credit">Photo: Minh Anh'
        "</span></figcaption></figure>"
    )
    assert not hasattr(article, "captions")
    assert richtext.to_plain(article.body) == (BODY, sorted(CAPTIONS, key=lambda c: c["after"]))
    assert Article.objects.get(pk=empty.pk).body == ""
    (revision,) = article.history.all()
    assert revision.body == (
        '<p>First draft.</p><figure data-image=""><figcaption>A caption</figcaption></figure>'
    )
    if connection.vendor == "postgresql":  # the search trigger reads the text, not the markup
        found = Article.objects.filter(search_vector="orchids").values_list("pk", flat=True)
        assert list(found) == [old.pk]
        for markup in ("figure", "figcaption", "credit", "span", "data"):
            assert not Article.objects.filter(search_vector=markup).exists(), markup
        with connection.cursor() as cursor:
            cursor.execute("SELECT newsroom_html_text(%s)", ['<p a="x>y">A &amp; B&lt;</p>'])
            assert cursor.fetchone()[0].strip() == "A & B<"


def test_the_fingerprint_is_carried_only_when_it_matched():
    before = {"title": "T", "body": "One.", "captions": [], "byline": "", "dateline": "",
              "external_id": "", "summary": "", "source_id": 3}  # fmt: skip
    after = {**before, "body": "<p>One.</p>"}
    old = migration.fingerprint(before, migration.OLD_FIELDS)
    legacy = migration.fingerprint(before, migration.OLD_FIELDS[:-1])
    carry = migration._carry
    new_fields = migration.NEW_FIELDS
    assert carry(old, before, after, migration.OLD_FIELDS, new_fields) == migration.fingerprint(
        after, new_fields
    )
    assert carry(legacy, before, after, migration.OLD_FIELDS, new_fields) == (
        migration.fingerprint(after, new_fields[:-1])
    )
    assert carry("edited", before, after, migration.OLD_FIELDS, new_fields) == "edited"
    assert carry("", before, after, migration.OLD_FIELDS, new_fields) == ""
    assert json.loads(json.dumps(new_fields)) == [
        f for f in migration.OLD_FIELDS if f != "captions"
    ]
