"""Write one ninjs item (a push, a ninjs feed, or an RSS/Atom entry made into one) as an article,
with the same provenance and rules as the dump importer:

* the item is stored verbatim as a ``RawDump`` (its canonical JSON, keyed on its SHA-256): the
  same content twice is recognised by its hash and changes nothing;
* the article records its dump, the import batch and the fingerprint of what was imported; a
  new version of the same item (same source and ``uri``) updates it, unless an editor changed it
  since (a conflict, never overwritten);
* the ``subject`` names pick the section where one matches by name or slug (never creating one).

Call inside a transaction (the runner does): nothing is half-written.
"""

import hashlib
import json
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from slugify import slugify

from .. import richtext
from ..api.webhooks import events as webhooks
from ..cache import article_changed, article_state
from ..importers.dump_writer import article_fingerprint, fingerprint
from ..models import Article, RawDump, Section, Source
from ..slugs import unique_slug
from .ninjs import article_fields


@dataclass
class ItemOutcome:
    action: str  # created | updated | unchanged | conflict
    article_id: int
    title: str


def canonical_bytes(item: dict) -> bytes:
    return json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def resolve_source(name: str) -> Source | None:
    if not name:
        return None
    wanted = name.casefold()
    for source in Source.objects.filter(Q(name__iexact=name) | ~Q(aliases=[])):
        if source.matches(wanted):
            return source
    return Source.objects.create(
        name=name[:200],
        slug=unique_slug(name, taken=Source.objects.values_list("slug", flat=True)),
    )


def resolve_section(subjects: list[str]) -> Section | None:
    """The most specific subject that names a section (by name, or by slug)."""
    for name in reversed(subjects):
        found = Section.objects.filter(Q(name__iexact=name) | Q(slug=slugify(name))).first()
        if found is not None:
            return found
    return None


def import_item(
    item: dict, *, name: str, source=None, user=None, publish=False, batch=None
) -> ItemOutcome:
    """Import one item; raises ninjs.InvalidItem for an item that cannot be an article."""
    fields = article_fields(item)
    data = canonical_bytes(item)
    sha = hashlib.sha256(data).hexdigest()
    if source is None:
        source = resolve_source(fields["supplier"])
    raw, created_raw = RawDump.objects.get_or_create(
        sha256=sha,
        defaults={
            "name": name[:255],
            "size": len(data),
            "content": data,
            "encoding": "utf-8",
            "received_by": user,
        },
    )
    if not created_raw:
        seen = Article.objects.filter(raw_dump=raw).only("id", "title").first()
        if seen is not None:  # the very same content again: nothing to do
            return ItemOutcome("unchanged", seen.pk, seen.title)
    values = {
        "title": fields["title"],
        "body": richtext.from_input(fields["body"]),
        "byline": fields["byline"],
        "dateline": fields["dateline"],
        "external_id": fields["external_id"],
        "summary": fields["summary"],
    }
    print_ = fingerprint({**values, "source_id": source.pk if source else None})
    existing = (
        Article.objects.filter(source=source, external_id=fields["external_id"]).first()
        if fields["external_id"]
        else None
    )
    provenance = {
        "raw_dump": raw,
        "dump_span": None,
        "import_batch": batch,
        "import_fingerprint": print_,
        "import_warnings": [],
        "import_confidence": None,
        "import_doubts": [],
        "is_stub": False,
    }
    if existing is None:
        article = Article(
            **values, **provenance, source=source, canonical_url=fields["canonical_url"]
        )
        article.section = resolve_section(fields["subjects"])
        if publish and fields["usable"]:
            article.status = Article.Status.PUBLISHED
            article.published_at = fields["published_at"] or timezone.now()
        else:
            article.published_at = fields["published_at"]
        article.slug = unique_slug(article.title, queryset=Article.objects.all())
        article.save()
        article_changed(None, article)
        webhooks.article_changed(None, article)
        return ItemOutcome("created", article.pk, article.title)
    if existing.import_fingerprint == print_:
        Article.objects.filter(pk=existing.pk).update(raw_dump=raw)
        return ItemOutcome("unchanged", existing.pk, existing.title)
    if existing.import_fingerprint and article_fingerprint(existing) != existing.import_fingerprint:
        return ItemOutcome("conflict", existing.pk, existing.title)  # an editor changed it
    before = article_state(existing)
    for key, value in {**values, **provenance}.items():
        setattr(existing, key, value)
    if fields["canonical_url"]:
        existing.canonical_url = fields["canonical_url"]
    existing.section = existing.section or resolve_section(fields["subjects"])
    existing.version += 1
    existing.save()
    article_changed(before, existing)
    webhooks.article_changed(before, existing)
    return ItemOutcome("updated", existing.pk, existing.title)
