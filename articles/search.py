"""Article search: PostgreSQL full-text search, and an accent-insensitive fallback for SQLite.

PostgreSQL: ``Article.search_vector`` is kept by a trigger (migration 0003_search) with the
``newsroom_search`` configuration (unaccent, then English stemming); queries use ``websearch``
syntax (``"exact phrase"``, ``or``, ``-excluded``), ``SearchRank`` and ``SearchHeadline``.

SQLite: each connection gets ``newsroom_fold(text)`` (signals.py), which transliterates to ASCII
and lower-cases, so "dien bien" finds "Điện Biên" in rows written by any path; the same websearch
syntax is parsed here and matched at word starts.

Bodies are rich text (HTML): both databases search their text, never the markup, through
``newsroom_html_text(body)`` (a SQL function on PostgreSQL, migration 0011_rich_body; a Python
one on SQLite, articles.richtext.to_text), which the trigger indexes and snippets are cut from.

Snippets and titles come back with the matched words in ``<mark>``; everything else is escaped.
Callers pass a queryset that already starts from ``Article.objects.published()``.
"""

import re
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import OperationalError, connection, transaction
from django.db.models import Case, F, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.html import escape
from django.utils.safestring import mark_safe
from text_unidecode import unidecode

from . import richtext
from .listing import CARD_FIELDS

CONFIG = "newsroom_search"
MAX_QUERY_LENGTH = 200
# Ranking reads every match's vector: up to this many matches results are ranked by relevance;
# a broader query (a very common word) shows the newest matches first, which an index answers.
RANK_LIMIT = 500
START, STOP = "\x02", "\x03"  # highlight sentinels: never in escaped text, replaced by <mark>
SNIPPET_WORDS = 35
STOPWORDS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or that the this to was "
    "were will with".split()
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_MARKED = re.compile(f"{START}([^{START}{STOP}]*){STOP}")


def fold(text: str | None) -> str:
    """ASCII, lower-case, words separated by single spaces, padded: " dien bien phu "."""
    if not text:
        return " "
    return " " + _NON_ALNUM.sub(" ", unidecode(text).lower()).strip() + " "


def html_text(html: str | None) -> str:
    """A stored body's text (tags out, entities decoded): what search reads of it."""
    return richtext.to_text(html) if html else ""


def register_sqlite_functions(dbapi_connection) -> None:
    dbapi_connection.create_function("newsroom_fold", 1, fold, deterministic=True)
    dbapi_connection.create_function("newsroom_html_text", 1, html_text, deterministic=True)


def body_text():
    """``Article.body`` as text in SQL (see the module's docstring)."""
    return Func(F("body"), function="newsroom_html_text", output_field=TextField())


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


# --- the query -----------------------------------------------------------------------------


@dataclass
class Group:
    """One side of an ``or``: every phrase in ``include``, none in ``exclude`` (folded)."""

    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)


def parse(text: str) -> list[Group]:
    """websearch syntax, folded: 'Điện "Biên Phủ" -war or Hà' → two groups."""
    groups, current = [], Group()
    for negate, quoted, word in _TOKEN.findall(text):
        if word and word.lower() == "or" and (current.include or current.exclude):
            groups.append(current)
            current = Group()
            continue
        raw = quoted if quoted or not word else word
        if word and word.startswith("-") and len(word) > 1:
            negate, raw = "-", word[1:]
        phrase = fold(raw).strip()
        if not phrase or (not quoted and phrase in STOPWORDS):
            continue
        (current.exclude if negate else current.include).append(phrase)
    if current.include or current.exclude:
        groups.append(current)
    return groups


def terms(text: str) -> list[str]:
    """The folded words a reader searched for (for marking matches in Python)."""
    return sorted(
        {w for g in parse(text) for p in g.include for w in p.split() if w not in STOPWORDS}
    )


# --- querying ------------------------------------------------------------------------------


def matching(queryset, text: str):
    """``queryset`` narrowed to the articles matching ``text`` (no ordering yet)."""
    if uses_full_text_search():
        return queryset.filter(search_vector=_query(text))
    return _sqlite_search(queryset, parse(text))


def ordered(matches, text: str, order: str = "relevance"):
    """``matches`` by relevance (``rank``) or newest first; on PostgreSQL each result also gets
    ``snippet_marked`` (ts_headline, computed only for the rows of the page)."""
    if uses_full_text_search():
        query = _query(text)
        matches = matches.annotate(
            snippet_marked=SearchHeadline(
                Coalesce(NullIf(body_text(), Value("")), "summary"),
                query,
                config=CONFIG,
                start_sel=START,
                stop_sel=STOP,
                max_words=SNIPPET_WORDS,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        if order != "newest":
            matches = matches.annotate(rank=SearchRank(F("search_vector"), query, normalization=1))
    if order == "newest":
        return matches.order_by("-published_at", "-id")
    return matches.order_by("-rank", "-published_at", "-id")


class TooSlow(Exception):
    """The search ran past ``NEWSROOM_SEARCH_TIMEOUT_MS`` and PostgreSQL cancelled it."""


@contextmanager
def time_limit():
    """Cancel this block's queries past ``NEWSROOM_SEARCH_TIMEOUT_MS`` (PostgreSQL), raising
    :class:`TooSlow`: a public search box must not let anyone tie up the database with a query
    that reads most of it (a phrase of two very common words, say)."""
    if not uses_full_text_search():
        yield
        return
    try:
        # (no savepoint: on its own a request's search is the whole transaction)
        with transaction.atomic(savepoint=False), connection.cursor() as cursor:
            cursor.execute(
                "SET LOCAL statement_timeout = %s", [settings.NEWSROOM_SEARCH_TIMEOUT_MS]
            )
            yield
    except OperationalError as exc:
        if getattr(exc.__cause__, "sqlstate", None) != "57014":  # query_canceled
            raise
        raise TooSlow from exc


def search(queryset, text: str, order: str = "relevance"):
    """The matches for ``text`` in ``queryset``, ordered (see :func:`ordered`)."""
    return ordered(matching(queryset, text), text, order)


def _query(text: str):
    return SearchQuery(text, search_type="websearch", config=CONFIG)


def _fold_expr(*fields):
    parts = []
    for name in fields:
        parts += [Value(" "), Coalesce(name, Value(""))]
    return Func(Concat(*parts, output_field=TextField()), function="newsroom_fold")


def _sqlite_search(queryset, groups: list[Group]):
    if not groups:
        return queryset.none().annotate(rank=Value(0))
    # The snippet is cut from the body here, in Python: load it with the page's rows.
    queryset = queryset.only(*CARD_FIELDS, "body").annotate(
        _doc=_fold_expr("title", "summary", "byline", "dateline", body_text()),
        _title=_fold_expr("title"),
    )
    wanted = Q()
    for group in groups:
        match = Q()
        for phrase in group.include:
            match &= Q(_doc__contains=f" {phrase}")
        for phrase in group.exclude:
            match &= ~Q(_doc__contains=f" {phrase}")
        wanted |= match
    phrases = {p for g in groups for p in g.include}
    rank = Value(0)
    for phrase in sorted(phrases):
        rank += Case(
            When(_title__contains=f" {phrase}", then=Value(3)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return queryset.filter(wanted).annotate(rank=rank)


def attach_highlights(articles, text: str) -> None:
    """Set ``title_html`` and ``snippet_html`` (safe HTML, matches in <mark>) on each result."""
    words = terms(text)
    for article in articles:
        # Titles are marked here on both databases: ts_headline would drop tag-like text.
        article.title_html = mark_words(article.title, words, limit=None)
        if hasattr(article, "snippet_marked"):
            article.snippet_html = marked_to_html(article.snippet_marked or "")
        else:
            text = richtext.to_text(article.body or "", captions=True)
            article.snippet_html = mark_words(text or article.summary, words)


def marked_to_html(marked: str) -> str:
    """Escape PostgreSQL's headline and turn the sentinel pairs into <mark>…</mark>."""
    html = _MARKED.sub(r"<mark>\1</mark>", str(escape(marked)))
    return mark_safe(html.replace(START, "").replace(STOP, ""))


def mark_words(text: str, words: list[str], limit: int | None = SNIPPET_WORDS) -> str:
    """``text`` (cut to ``limit`` words around the first match) with matching words marked."""
    tokens = (text or "").split()
    hits = [i for i, t in enumerate(tokens) if any(_matches(w, words) for w in _WORD.findall(t))]
    if limit is not None and len(tokens) > limit:
        start = max(0, min(hits[0] - limit // 3, len(tokens) - limit)) if hits else 0
        shown = range(start, start + limit)
    else:
        shown = range(len(tokens))
    html = " ".join(_mark_token(tokens[i], words) for i in shown)
    if limit is not None and shown and shown.start > 0:
        html = "… " + html
    if limit is not None and shown and shown.stop < len(tokens):
        html += " …"
    return mark_safe(html)


def _mark_token(token: str, words: list[str]) -> str:
    """One whitespace-separated token, escaped, with its matching words in <mark>."""
    out, last = [], 0
    for match in _WORD.finditer(token):
        out.append(str(escape(token[last : match.start()])))
        word = str(escape(match.group()))
        out.append(f"<mark>{word}</mark>" if _matches(match.group(), words) else word)
        last = match.end()
    out.append(str(escape(token[last:])))
    return "".join(out)


def _matches(word: str, words: list[str]) -> bool:
    folded = fold(word).split()
    return any(part.startswith(w) for part in folded for w in words)


# --- bylines -------------------------------------------------------------------------------


def by_byline(queryset, name: str):
    """Articles whose byline is exactly ``name``; on PostgreSQL narrowed first by the GIN index.

    The phrase is parsed by PostgreSQL exactly as the byline was when the vector was built, so
    every article with that byline matches it (a byline made only of stop words, e.g. "The",
    would match nothing: none is known).
    """
    queryset = queryset.filter(byline=name)
    if uses_full_text_search():
        queryset = queryset.filter(
            search_vector=SearchQuery(name, search_type="phrase", config=CONFIG)
        )
    return queryset
