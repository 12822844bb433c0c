"""Article bodies become rich text: sanitised HTML (articles/richtext), captions photo slots.

Each plain-text body (paragraphs separated by empty lines) becomes ``<p>`` paragraphs, and each
of its ``captions`` (``{"after": i, "text": ...}``) a photo slot with no photo yet,
``<figure data-image=""><figcaption>Caption <span class="credit">(Photo: VNA)</span>
</figcaption></figure>``, placed after the paragraph it followed; a credit at the end of a caption
is kept verbatim in its span. Nothing is lost: ``articles.richtext.to_plain`` gives the text and
the captions back (the reverse migration does exactly that). Revisions (the history table) are
converted the same way, so diffs and reverts compare like with like. ``captions`` is then
dropped: the body is the one place a photo and its caption live.

An imported article's ``import_fingerprint`` (the hash of what the importer wrote) is recomputed
for the new shape when it still matched its content, so re-importing the same dump reports it
"unchanged", not as a conflict; one an editor changed still differs and stays protected.

On PostgreSQL the search trigger now indexes the body's text, not its markup
(``newsroom_html_text``: tags out, entities decoded), and no longer reads ``captions`` (they
are in the body).
"""

import hashlib
import json
from importlib import import_module

from django.db import migrations, models

from articles.richtext import from_plain, to_plain

deferred = import_module("articles.migrations.0005_deferred_search")
search = import_module("articles.migrations.0003_search")

CONFIG = search.CONFIG
BATCH = 1000
OLD_FIELDS = (
    "title",
    "body",
    "captions",
    "byline",
    "dateline",
    "external_id",
    "summary",
    "source_id",
)
NEW_FIELDS = ("title", "body", "byline", "dateline", "external_id", "summary", "source_id")

HTML_TEXT_SQL = r"""
CREATE OR REPLACE FUNCTION newsroom_html_text(html text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT replace(replace(replace(replace(replace(replace(
           regexp_replace(coalesce(html, ''), '<[^>"]*("[^"]*"[^>"]*)*>', ' ', 'g'),
           '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&nbsp;', ' '),
         '&amp;', '&')
$$
"""
TRIGGER_FUNCTION_SQL = f"""
    CREATE OR REPLACE FUNCTION articles_article_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('newsroom.defer_search', true) = 'on' THEN
        NEW.search_vector := NULL;  -- the search indexer fills it after the import commits
        RETURN NEW;
      END IF;
      NEW.search_vector :=
           setweight(to_tsvector('{CONFIG}', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('{CONFIG}', coalesce(NEW.summary, '')), 'B')
        || setweight(to_tsvector('{CONFIG}',
                     coalesce(NEW.byline, '') || ' ' || coalesce(NEW.dateline, '')), 'C')
        || setweight(to_tsvector('{CONFIG}',
                     newsroom_html_text(left(coalesce(NEW.body, ''), {search.MAX_BODY}))), 'D');
      RETURN NEW;
    END $$
    """
TRIGGER_SQL = """
    CREATE TRIGGER articles_article_search_vector
    BEFORE INSERT OR UPDATE OF title, summary, body, byline, dateline, search_vector
    ON articles_article FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector()
    """
FORWARD_SQL = [
    HTML_TEXT_SQL,
    TRIGGER_FUNCTION_SQL,
    "DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article",
    TRIGGER_SQL,
]
BACKWARD_SQL = [
    deferred.FORWARD_SQL[0],  # the trigger function as 0005 left it (body as text, captions)
    "DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article",
    search.FORWARD_SQL[4],  # the trigger as 0003 made it (UPDATE OF ... captions)
    "DROP FUNCTION IF EXISTS newsroom_html_text(text)",
]


def fingerprint(values: dict, fields) -> str:
    """articles.importers.dump_writer.fingerprint, frozen as it is at this migration."""
    payload = json.dumps({k: values.get(k) for k in fields}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def _carry(stored: str, before: dict, after: dict, fields_before, fields_after) -> str:
    """The fingerprint for ``after`` if ``stored`` was ``before``'s (with or without the source,
    as dump_writer's LEGACY_FIELDS); otherwise ``stored`` as it is (an editor's change)."""
    if not stored:
        return stored
    if stored == fingerprint(before, fields_before):
        return fingerprint(after, fields_after)
    if stored == fingerprint(before, fields_before[:-1]):
        return fingerprint(after, fields_after[:-1])
    return stored


def _convert(rows, model, *, forward: bool, fingerprints: bool):
    changed = []
    fields = ["body", "captions"] + (["import_fingerprint"] if fingerprints else [])
    for row in rows:
        before = {k: getattr(row, k) for k in OLD_FIELDS}
        if forward:
            row.body = from_plain(row.body, row.captions)
            row.captions = []
        else:
            row.body, row.captions = to_plain(row.body)
        if fingerprints:
            after = {k: getattr(row, k) for k in OLD_FIELDS}
            old_fields, new_fields = (
                (OLD_FIELDS, NEW_FIELDS) if forward else (NEW_FIELDS, OLD_FIELDS)
            )
            row.import_fingerprint = _carry(
                row.import_fingerprint, before, after, old_fields, new_fields
            )
        changed.append(row)
        if len(changed) >= BATCH:
            model.objects.bulk_update(changed, fields)
            changed = []
    if changed:
        model.objects.bulk_update(changed, fields)


def _rows(model, extra=()):
    only = ("pk", *OLD_FIELDS, *extra)
    return model.objects.only(*only).order_by("pk").iterator(chunk_size=BATCH)


def convert(forward: bool):
    def run(apps, schema_editor):
        Article = apps.get_model("articles", "Article")
        History = apps.get_model("articles", "HistoricalArticle")
        _convert(
            _rows(Article, ["import_fingerprint"]), Article, forward=forward, fingerprints=True
        )
        _convert(_rows(History), History, forward=forward, fingerprints=False)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_article_lead_image")]

    operations = [
        migrations.RunPython(search._run(FORWARD_SQL), search._run(BACKWARD_SQL)),
        migrations.RunPython(convert(True), convert(False)),
        migrations.RemoveField(model_name="article", name="captions"),
        migrations.RemoveField(model_name="historicalarticle", name="captions"),
        migrations.AlterField(
            model_name="article",
            name="body",
            field=models.TextField(
                blank=True,
                help_text="The story: paragraphs, subheadings, links, quotes, lists, photos from "
                "the media library with their captions, and embedded videos or posts.",
            ),
        ),
        migrations.AlterField(
            model_name="historicalarticle",
            name="body",
            field=models.TextField(
                blank=True,
                help_text="The story: paragraphs, subheadings, links, quotes, lists, photos from "
                "the media library with their captions, and embedded videos or posts.",
            ),
        ),
    ]
