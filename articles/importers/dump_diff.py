"""What an import would change in an article that exists already: shown before it is applied.

The dump writer fills ``ArticleOutcome.changes`` for every article it updates (or would update,
were it not changed by an editor), so the upload preview and the admin's "re-parse stored raw
dumps" confirmation show the same differences: title, source, byline, dateline and the body's
paragraphs.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from .. import richtext

#: A paragraph is shown up to this many characters, and a body's diff up to this many lines.
PARAGRAPH_SHOWN = 400
LINES_SHOWN = 40


@dataclass
class FieldChange:
    label: str
    before: str
    after: str
    #: For the body: the paragraphs taken out ("-") and put in ("+"), in order.
    lines: list[tuple[str, str]] = field(default_factory=list)


def _short(text: str, limit: int = PARAGRAPH_SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def body_change(before: list[str], after: list[str]) -> FieldChange | None:
    """The paragraphs that differ, as a summary ("2 changed, 1 added") and -/+ lines."""
    if before == after:
        return None
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    changed = added = removed = 0
    lines: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old, new = before[i1:i2], after[j1:j2]
        common = min(len(old), len(new))
        changed += common
        removed += len(old) - common
        added += len(new) - common
        lines += [("-", _short(p)) for p in old] + [("+", _short(p)) for p in new]
    parts = [
        f"{n} {word}"
        for n, word in ((changed, "changed"), (added, "added"), (removed, "removed"))
        if n
    ]
    if len(lines) > LINES_SHOWN:
        hidden = len(lines) - LINES_SHOWN
        lines = [*lines[:LINES_SHOWN], ("…", f"{_count(hidden, 'more line')} not shown")]
    return FieldChange(
        "Body",
        _count(len(before), "paragraph"),
        f"{_count(len(after), 'paragraph')} ({', '.join(parts)})",
        lines,
    )


def article_changes(before: dict, after: dict) -> list[FieldChange]:
    """``before`` and ``after``: title, source, byline, dateline (str) and paragraphs (list)."""
    changes = []
    for key, label in (
        ("title", "Title"),
        ("source", "Source"),
        ("byline", "Byline"),
        ("dateline", "Dateline"),
    ):
        old, new = before.get(key) or "", after.get(key) or ""
        if old != new:
            changes.append(FieldChange(label, _short(old) or "—", _short(new) or "—"))
    body = body_change(before.get("paragraphs") or [], after.get("paragraphs") or [])
    if body is not None:
        changes.append(body)
    return changes


def paragraphs(body: str) -> list[str]:
    """An article's stored body (rich text) as its text blocks, photo captions left out."""
    return richtext.paragraphs(body) if body else []
