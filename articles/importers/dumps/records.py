"""Feed exports: stories as records of labelled fields, laid out as the rest of the parser reads.

A feed reader or a CMS that exports its items as text prints each one as a record ("Title: ...",
"Link: ...", "Guid: ...", "Author: ...", "Description: ...", then "Content:" and the story's
text), whatever the feed. Where a dump holds two such records or more, each is rewritten as a
headline, its byline, its id and its text; the export's own header and its channel lines, which
describe the feed and not a story, are left out. Nothing is known about any supplier: only the
labels an RSS, Atom or JSON feed gives its fields.
"""

from __future__ import annotations

import re

_FIELD_RE = re.compile(
    r"^(?P<label>Title|Headline|Link|URL|Guid|GUID|Id|ID|PubDate|Published|Updated|Date|Author"
    r"|Creator|Byline|Category|Categories|Tags|Description|Summary|Source|Content|Body|Text)"
    r"\s*:\s?(?P<value>.*)$"
)
_ITEM_RE = re.compile(r"^(?:Item|Entry|Story|Article)\s*#?\s*\d{1,4}\s*:?$", re.IGNORECASE)
_BODY_LABELS = {"Content", "Body", "Text"}


def _records(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indexes of each record: a "Title:" line, the fields under it, and
    the text under its "Content:" label, up to the next record or a blank line after the text."""
    out = []
    i = 0
    while i < len(lines):
        m = _FIELD_RE.match(lines[i].strip())
        if not (m and m.group("label") in ("Title", "Headline") and m.group("value").strip()):
            i += 1
            continue
        start = i - 1 if i and _ITEM_RE.match(lines[i - 1].strip()) else i
        j = i + 1
        body = False
        while j < len(lines):
            s = lines[j].strip()
            f = _FIELD_RE.match(s)
            if f and f.group("label") in ("Title", "Headline") and f.group("value").strip():
                break
            if not s and body:
                break
            if f and f.group("label") in _BODY_LABELS:
                body = True
            j += 1
        if body:
            out.append((start, j))
        i = j
    return out


def relayout_records(text: str) -> str:
    """The text with its feed records laid out as stories; unchanged where it holds fewer than
    two records that carry a story's text."""
    if "Title:" not in text and "Headline:" not in text:
        return text
    lines = text.split("\n")
    spans = _records(lines)
    if len(spans) < 2:
        return text
    out: list[str] = []
    for first, last in spans:
        fields: dict[str, str] = {}
        body: list[str] = []
        in_body = False
        for raw in lines[first:last]:
            s = raw.strip()
            if in_body:
                if s:
                    body.append(s)
                continue
            f = _FIELD_RE.match(s)
            if not f:
                continue
            label, value = f.group("label"), f.group("value").strip()
            if label in _BODY_LABELS:
                in_body = True
                if value:
                    body.append(value)
            else:
                fields.setdefault(label.lower(), value)
        story = [fields.get("title") or fields.get("headline", "")]
        author = fields.get("author") or fields.get("creator") or fields.get("byline") or ""
        if len(author.split()) >= 2:
            story.append(f"By {author}")
        guid = fields.get("guid") or fields.get("id") or ""
        link = fields.get("link") or fields.get("url") or ""
        if guid and not guid.startswith("http"):
            story.append(f"Item ID: {guid}")
        elif link:
            story.append(f"Link: {link}")
        out.append("\n".join(story) + "\n\n" + "\n\n".join(body))
    return "\n\n\n".join(out) + "\n"
