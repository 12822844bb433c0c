"""The parse as JSON in the format of ``shared/eval/score_extraction.py``."""

from __future__ import annotations

from pathlib import PurePath

from .model import ParsedArticle, ParsedDump, ParsedTeaser


def _none_if_empty(value: str) -> str | None:
    return value or None


def teaser_json(t: ParsedTeaser) -> dict:
    return {"title": t.title, "section": list(t.section), "summary": t.summary}


def article_json(a: ParsedArticle) -> dict:
    return {
        "title": a.title,
        "source": _none_if_empty(a.source),
        "source_kind": a.source_kind,
        "source_aliases": list(a.source_aliases),
        "byline": _none_if_empty(a.byline),
        "dateline": _none_if_empty(a.dateline),
        "published_at": a.published_date.isoformat() if a.published_date else None,
        "external_id": _none_if_empty(a.external_id),
        "body": list(a.body),
        "captions": [text for _, text in a.captions],
        "caption_positions": [index for index, _ in a.captions],
        "teasers": [teaser_json(t) for t in a.teasers],
        "warnings": list(a.warnings),
    }


def dump_json(d: ParsedDump) -> dict:
    return {
        "file": PurePath(d.filename).name,
        "encoding": d.encoding,
        "chunk_size": d.chunk_size,
        "articles": [article_json(a) for a in d.articles],
        "teasers": [teaser_json(t) for t in d.teasers],
        "warnings": list(d.warnings),
    }


def to_score_json(dumps: list[ParsedDump]) -> list[dict]:
    """One object per file: {"file", "articles": [...], "teasers": [...]} (extra keys ignored)."""
    return [dump_json(d) for d in dumps]
