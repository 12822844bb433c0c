"""Writes one parsed dump to the database, inside the caller's transaction.

Lookups are batched per file (one query for the articles the file may already have, one for
external ids, one for the articles the same raw dump gave last time), new articles are inserted
with ``bulk_create_with_history`` (history is kept), and only updates and stubs are saved one by
one.

An article is matched to the one it updates by source and external id, else by source and title,
else (a dump parsed again, e.g. with new source profiles) by the part of the same raw dump it
came from. It is never overwritten once an editor changed it since its import: the fingerprint
of what was imported (``import_fingerprint``) no longer matches, and the outcome is a conflict.
Articles the same raw dump gave last time and no longer gives are reported as "removed" (never
deleted) and sent to the triage queue.
"""

import datetime
import hashlib
import json
import math
import re
from functools import reduce
from operator import or_

from django.db.models import F, Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from .. import richtext
from ..models import Article, RawDump, Section, Source
from ..slugs import make_slug, unique_slug
from .dump_diff import article_changes, paragraphs
from .dumps import ParsedArticle, ParsedDump, ParsedTeaser
from .dumps.markers import match_dateline

SUMMARY_MAX = 300
#: What an import writes and an editor's change to which is never overwritten.
IMPORTED_FIELDS = (
    "title",
    "body",
    "byline",
    "dateline",
    "external_id",
    "summary",
    "source_id",
)
#: The fingerprint before imports wrote the source (articles imported then still match it).
LEGACY_FIELDS = IMPORTED_FIELDS[:-1]
SLUG_MAX = 200
#: An article of the same raw dump is the one a parsed article updates when their spans share
#: at least this part of the shorter one.
SPAN_OVERLAP = 0.5
REMOVED_DOUBT = "no longer found when its dump was parsed again"


def fingerprint(values: dict, fields=IMPORTED_FIELDS) -> str:
    payload = json.dumps({k: values.get(k) for k in fields}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def article_fingerprint(article: Article, fields=IMPORTED_FIELDS) -> str:
    return fingerprint({k: getattr(article, k) for k in fields}, fields)


def confidence_of(parsed: ParsedArticle) -> float:
    """The parser's confidence, kept within 0..1 (1 when it says nothing usable)."""
    value = getattr(parsed, "confidence", 1.0)
    if not isinstance(value, int | float) or math.isnan(value):
        return 1.0
    return round(min(1.0, max(0.0, float(value))), 3)


def doubts_of(parsed: ParsedArticle) -> list[str]:
    doubts = getattr(parsed, "doubts", None) or []
    return list(dict.fromkeys(str(d)[:200] for d in doubts if str(d).strip()))


def span_overlap(a, b) -> float:
    """How much of the shorter of two [start, end) spans the other covers (0..1)."""
    try:
        (a0, a1), (b0, b1) = a, b
        shorter = min(a1 - a0, b1 - b0)
        return max(0, min(a1, b1) - max(a0, b0)) / shorter if shorter > 0 else 0.0
    except (TypeError, ValueError):
        return 0.0


def strip_alias_prefix(text: str, aliases) -> str:
    """ "ĐBP - The council met" -> "The council met" for the source's own aliases."""
    for alias in aliases:
        pattern = rf"^{re.escape(alias)}\s*[-–—]\s+"
        if alias and re.match(pattern, text):
            return re.sub(pattern, "", text)
    return text


def make_summary(paragraphs: list[str], aliases=()) -> str:
    """The lede's first sentences (up to ~300 characters), without a "ĐBP - " style prefix or a
    "HANOI, Dec. 1, 2023 (GLOBE NEWSWIRE) —" dateline: the article page shows those already."""
    if not paragraphs:
        return ""
    text = strip_alias_prefix(paragraphs[0], aliases)
    dateline = match_dateline(text)
    if dateline and text[dateline.end() :].strip():
        text = text[dateline.end() :].strip()
        text = text[:1].upper() + text[1:]
    if len(text) <= SUMMARY_MAX:
        return text
    cut = text[:SUMMARY_MAX]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: end + 1] if end > 80 else cut.rsplit(" ", 1)[0] + "…"


def section_name(part: str) -> str:
    """ "SOCIAL AFFAIRS" -> "Social Affairs": shouted teaser paths become readable names."""
    words = part.strip().split()
    if part.isupper():
        return " ".join(w[:1].upper() + w[1:].lower() for w in words)
    return " ".join(words)


def title_key(source, title: str):
    return (source.pk if source else None, " ".join(title.split()).casefold())


class DumpWriter:
    def __init__(self, parsed: ParsedDump, result, *, publish, user, batch):
        self.parsed, self.result = parsed, result
        self.publish, self.user, self.batch = publish, user, batch
        self.sources: dict[str, Source] = {}
        # Articles by (source, title): a parsed article claims at most one, so two stories with
        # the same headline in one dump stay two articles; teasers match any.
        self.by_title: dict[tuple, list[Article]] = {}
        self.claimed: set[int] = set()
        self.seen_external: set[tuple] = set()
        self.by_external: dict[tuple, Article] = {}
        self.taken_slugs: set[str] = set()
        self.to_create: list[tuple[Article, object]] = []
        # One object per database row, whichever lookup found it (claims are by object).
        self.loaded: dict[int, Article] = {}
        # What this raw dump gave the last time it was imported, and the keys that this parse
        # matches exactly (those articles are not matched by span to another story).
        self.from_dump: list[Article] = []
        self.exact_titles: set[tuple] = set()
        self.exact_ids: set[tuple] = set()

    def write(self, raw: RawDump):
        from .dump_import import ArticleOutcome  # the result types live with the public API

        self.Outcome = ArticleOutcome
        self.raw = raw
        self.result.raw_dump_id = raw.pk
        pages = [(a, self._source(a)) for a in self.parsed.articles]
        fallback = pages[0][1] if pages else None
        teasers = [(t, s) for a, s in pages for t in a.teasers]
        teasers += [(t, fallback) for t in self.parsed.teasers]
        teasers = [(t, s) for t, s in teasers if t.title.strip()]
        self._preload(
            [(a.title, s) for a, s in pages] + [(t.title, s) for t, s in teasers],
            [(a.external_id, s) for a, s in pages if a.external_id],
        )
        self.exact_titles = {title_key(s, a.title.strip()[:300]) for a, s in pages}
        self.exact_ids = {(s.pk, a.external_id[:100]) for a, s in pages if a.external_id and s}
        for parsed, source in pages:
            self.result.outcomes.append(self._article(parsed, source))
        self._flush()
        for teaser, source in teasers:
            self.result.outcomes.append(self._teaser(teaser, source))
        self._flush()
        self._removed()

    # -- lookups -------------------------------------------------------------------------------

    def _source(self, parsed: ParsedArticle) -> Source | None:
        if not parsed.source:
            return None
        key = parsed.source.casefold()
        if key in self.sources:
            return self.sources[key]
        names = [parsed.source, *parsed.source_aliases]
        source = next((s for s in Source.objects.all() if any(s.matches(n) for n in names)), None)
        if source is None:
            source = Source.objects.create(
                name=parsed.source,
                slug=unique_slug(
                    parsed.source, taken=Source.objects.values_list("slug", flat=True)
                ),
                kind=parsed.source_kind if parsed.source_kind in Source.Kind.values else "other",
                aliases=sorted({a for a in parsed.source_aliases if a != parsed.source}),
            )
        else:
            known = {a.casefold() for a in source.aliases} | {source.name.casefold()}
            new = [a for a in parsed.source_aliases if a.casefold() not in known]
            if new:
                source.aliases = sorted(set(source.aliases) | set(new))
                source.save(update_fields=["aliases"])
        self.sources[key] = source
        return source

    def _preload(self, titles, external_ids):
        """Two queries for everything this file may already have in the database."""
        bases = {make_slug(t, max_length=SLUG_MAX - 8) for t, _ in titles}
        if bases:
            query = reduce(or_, (Q(slug__startswith=b) for b in bases))
            for article in self._load(Article.objects.filter(query).order_by("pk")):
                self.taken_slugs.add(article.slug)
                self.by_title.setdefault(title_key(article.source, article.title), []).append(
                    article
                )
        ids = [(e, s) for e, s in external_ids if s is not None]
        if ids:
            query = reduce(or_, (Q(source=s, external_id=e) for e, s in ids))
            for article in self._load(Article.objects.filter(query)):
                self.by_external[(article.source_id, article.external_id)] = article
        if self.raw.pk is not None:
            query = Article.objects.filter(raw_dump=self.raw, is_stub=False).order_by("pk")
            self.from_dump = self._load(query)

    def _load(self, queryset) -> list[Article]:
        rows = queryset.select_related("source")
        return [self.loaded.setdefault(article.pk, article) for article in rows]

    def _existing(self, source, title: str, external_id: str = "", span=None) -> Article | None:
        """The article a parsed one updates: same source and external id, else same title, else
        the one of the same raw dump whose span it shares most (a dump parsed again)."""
        if external_id and source is not None:
            found = self.by_external.get((source.pk, external_id))
            if found is not None:
                self.claimed.add(id(found))
                return found
        for candidate in self.by_title.get(title_key(source, title), []):
            if id(candidate) not in self.claimed:
                self.claimed.add(id(candidate))
                return candidate
        best, best_overlap = None, SPAN_OVERLAP
        for candidate in self.from_dump:
            if id(candidate) in self.claimed or self._matched_exactly(candidate):
                continue
            overlap = span_overlap(candidate.dump_span, span)
            if overlap >= best_overlap:
                best, best_overlap = candidate, overlap
        if best is not None:
            self.claimed.add(id(best))
        return best

    def _matched_exactly(self, article: Article) -> bool:
        """Another parsed article of this dump has this one's title or external id."""
        if title_key(article.source, article.title) in self.exact_titles:
            return True
        return bool(article.external_id) and (
            (article.source_id, article.external_id) in self.exact_ids
        )

    def _known(self, source, title: str) -> Article | None:
        """Any article with this title (for teasers: the story exists already)."""
        return next(iter(self.by_title.get(title_key(source, title), [])), None)

    def _slug(self, title: str) -> str:
        slug = unique_slug(title, taken=self.taken_slugs, max_length=SLUG_MAX)
        self.taken_slugs.add(slug)
        return slug

    def _remember(self, article: Article, source):
        self.by_title.setdefault(title_key(source, article.title), []).append(article)
        self.claimed.add(id(article))
        if article.external_id and source is not None:
            self.by_external[(source.pk, article.external_id)] = article

    # -- writes --------------------------------------------------------------------------------

    def _create(self, article: Article, outcome):
        self.to_create.append((article, outcome))
        self._remember(article, article.source)

    def _flush(self):
        if not self.to_create:
            return
        objs = [a for a, _ in self.to_create]
        created = bulk_create_with_history(objs, Article, batch_size=500, default_user=self.user)
        for (article, outcome), saved in zip(self.to_create, created, strict=True):
            article.pk = saved.pk
            outcome.article_id = saved.pk
        self.to_create = []

    def _published_at(self, parsed: ParsedArticle):
        if parsed.published_date is None:
            return None
        midnight = datetime.datetime.combine(parsed.published_date, datetime.time(0, 0))
        return timezone.make_aware(midnight)

    def _article(self, parsed: ParsedArticle, source):
        aliases = [source.name, *source.aliases] if source else []
        values = {
            "title": parsed.title.strip()[:300],
            # Rich text: the paragraphs, each caption a photo slot (no photo yet) after the
            # paragraph it follows; editors fill the slots from the media library.
            "body": richtext.from_plain("\n\n".join(parsed.body), parsed.captions),
            "byline": parsed.byline[:200],
            "dateline": parsed.dateline[:200],
            "external_id": parsed.external_id[:100],
            "summary": make_summary(parsed.body, aliases),
        }
        confidence, doubts = confidence_of(parsed), doubts_of(parsed)
        provenance = {
            "raw_dump": self.raw,
            "dump_span": list(parsed.span),
            "import_batch": self.batch,
            "import_warnings": list(parsed.warnings),
            "import_confidence": confidence,
            "import_doubts": doubts,
        }
        outcome = self.Outcome(
            "created",
            values["title"],
            warnings=list(parsed.warnings),
            confidence=confidence,
            doubts=doubts,
        )
        if values["external_id"] and source is not None:
            key = (source.pk, values["external_id"])
            if key in self.seen_external:
                outcome.action = "skipped"
                outcome.warnings.append(
                    f"a second story with external id {values['external_id']!r} in this dump: "
                    "kept the first"
                )
                return outcome
            self.seen_external.add(key)
        article = self._existing(source, values["title"], values["external_id"], parsed.span)
        if article is None:
            print_ = fingerprint({**values, "source_id": source.pk if source else None})
            article = Article(source=source, status=Article.Status.DRAFT, **values, **provenance)
            article.import_fingerprint = print_
            article.slug = self._slug(values["title"])
            article.published_at = self._published_at(parsed)
            self._publish(article)
            self._create(article, outcome)
            return outcome
        outcome.article_id = article.pk
        stored = article.import_fingerprint
        # Imported before the fingerprint held the source: an editor may have set it since, so
        # a source it has is kept, and so is the kind of fingerprint (the next import keeps it
        # too); a missing one is filled in, and the fingerprint then holds it.
        legacy = bool(stored) and stored == article_fingerprint(article, LEGACY_FIELDS)
        kept = (
            legacy
            and article.source_id is not None
            and article.source_id != getattr(source, "pk", None)
        )
        if kept:
            outcome.warnings.append(
                f"source kept as {article.source} (imported before sources were tracked)"
            )
            source = article.source
        source_id = source.pk if source else None
        print_ = fingerprint({**values, "source_id": source_id})
        if kept:
            print_ = fingerprint(values, LEGACY_FIELDS)
        same_as_legacy = (
            legacy
            and article.source_id == source_id
            and stored == fingerprint(values, LEGACY_FIELDS)
        )
        if article.is_stub:
            article.is_stub = False
        elif stored == print_ or same_as_legacy:
            outcome.action = "unchanged"
            self._refresh(article, print_, confidence, doubts)
            return outcome
        elif stored and not legacy and article_fingerprint(article) != stored:
            outcome.action = "conflict"
            outcome.warnings.append(
                f"{values['title'][:60]!r} was changed by an editor since it was imported: "
                "not overwritten"
            )
            outcome.changes = article_changes(
                self._shown(article), self._shown(None, values, source)
            )
            return outcome
        outcome.action = "updated"
        outcome.changes = article_changes(self._shown(article), self._shown(None, values, source))
        for name, value in {**values, **provenance}.items():
            setattr(article, name, value)
        article.source = source
        article.import_fingerprint = print_
        if article.external_id and source is not None:
            self.by_external[(source.pk, article.external_id)] = article
        article.published_at = article.published_at or self._published_at(parsed)
        self._publish(article)
        if article.pk is None:  # created earlier in this same file
            return outcome
        # An editor with the article open gets a conflict instead of overwriting the import.
        article.version = F("version") + 1
        article.save()
        return outcome

    @staticmethod
    def _shown(article, values=None, source=None) -> dict:
        """What the diff compares: an article's fields, or the values an import would write."""
        if article is not None:
            values, source = {f: getattr(article, f) for f in IMPORTED_FIELDS}, article.source
        return {
            "title": values["title"],
            "source": source.name if source else "",
            "byline": values["byline"],
            "dateline": values["dateline"],
            "paragraphs": paragraphs(values["body"]),
        }

    def _refresh(self, article: Article, print_: str, confidence: float, doubts: list[str]):
        """An unchanged article: the parser's judgment (and a legacy fingerprint) brought up to
        date without a new revision; the text stays as it is."""
        if article.pk is None or article.is_stub:
            return
        fresh = {
            "import_fingerprint": print_,
            "import_confidence": confidence,
            "import_doubts": doubts,
        }
        stale = {k: v for k, v in fresh.items() if getattr(article, k) != v}
        if stale:
            Article.objects.filter(pk=article.pk).update(**stale)
            for name, value in stale.items():
                setattr(article, name, value)

    def _removed(self):
        """Articles this raw dump gave before and no longer gives: reported, never deleted, and
        (unless this is a dry run, which rolls back) flagged for the triage queue."""
        gone = [a for a in self.from_dump if id(a) not in self.claimed]
        for article in gone:
            self.result.outcomes.append(
                self.Outcome(
                    "removed",
                    article.title,
                    warnings=["no longer found in this dump: kept as it is (delete it if wrong)"],
                    article_id=article.pk,
                )
            )
            if REMOVED_DOUBT not in article.import_doubts:
                Article.objects.filter(pk=article.pk).update(
                    import_confidence=0.0, import_doubts=[*article.import_doubts, REMOVED_DOUBT]
                )

    def _publish(self, article: Article):
        if self.publish and article.status == Article.Status.DRAFT:
            article.status = Article.Status.PUBLISHED
            article.published_at = article.published_at or timezone.now()

    def _section(self, path: list[str]) -> Section | None:
        parent = None
        for part in [p for p in path if p.strip()]:
            slug = make_slug(part, max_length=100)
            section = Section.objects.filter(parent=parent, slug=slug).first()
            if section is None:
                section = Section.objects.create(name=section_name(part), slug=slug, parent=parent)
                self.result.sections_created += 1
            parent = section
        return parent

    def _teaser(self, teaser: ParsedTeaser, source):
        section = self._section(teaser.section)
        aliases = [source.name, *source.aliases] if source else []
        title = teaser.title.strip()[:300]
        existing = self._known(source, title)
        if existing is not None:
            if existing.section_id is None and section is not None:
                existing.section = section
                if existing.pk is not None:
                    existing.save(update_fields=["section", "updated_at"])
            return self.Outcome("stub-exists", title, article_id=existing.pk)
        stub = Article(
            title=title,
            slug=self._slug(title),
            summary=strip_alias_prefix(teaser.summary.strip(), aliases),
            section=section,
            source=source,
            status=Article.Status.DRAFT,
            is_stub=True,
            import_batch=self.batch,
            raw_dump=self.raw,
        )
        outcome = self.Outcome("stub-created", title)
        self._create(stub, outcome)
        return outcome
