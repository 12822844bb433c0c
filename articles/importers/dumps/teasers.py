"""Teasers of other stories at the foot of a newspaper page ("Recent news")."""

from __future__ import annotations

import re

from . import grammar
from .lines import _LABEL_LINE_RE, BLANK, BULLET, CHROME, HEADER, SECTION, TEXT, Line
from .markers import BULLET_RE, LEDE_ALIAS_RE, SECTION_SPLIT_RE
from .model import ParsedTeaser


def _clean(text: str) -> str:
    return " ".join(text.split())


def _strip_stray_quote(title: str) -> str:
    """ "'Honoring the sector" -> "Honoring the sector", but keep "'Forest watch' season"."""
    if title[:1] == "'" and "' " not in title and not title.endswith("'"):
        return title[1:].lstrip()
    return title


def _forms(title: str) -> set[str]:
    """A title as compared: case and spacing dropped, with and without a leading quote (the
    bullet's stray one, even when the title has an apostrophe of its own: "'Laos' capital")."""
    key = "".join(title.casefold().split())
    return {key, key[1:]} if key[:1] in "'‘" else {key}


def _same(a: str, b: str) -> bool:
    """The same title, but for case, spacing, a stray quote, or up to 3 characters lost at the
    end of one of them (a fragment the chunker dropped: "... regional tournam")."""
    for x in _forms(a):
        for y in _forms(b):
            if x == y:
                return True
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 12 and len(long_) - len(short) <= 3 and long_.startswith(short):
                return True
    return False


def _cut_short(a: str, b: str) -> bool:
    """``a`` is ``b`` with its last characters lost."""
    return any(len(x) < len(y) and y.startswith(x) for x in _forms(a) for y in _forms(b))


def _headline(text: str) -> bool:
    """A title, not a summary: short, and no sentence ends it."""
    return len(text) <= 160 and not text.endswith((".", "!", "?", "…", ":", ",", ";", '"', "”"))


#: "Nation 2h ago": a section and how long ago the teaser's story went up.
_SECTION_TIME_RE = re.compile(r"\s+\d{1,2}\s?(?:h|hr|hrs|m|min|mins|d)\s+ago$|\s+just now$")


def _lonely_section(line: Line) -> bool:
    text = _clean(line.text)
    return (
        1 <= len(text.split()) <= 3 and len(text) <= 30 and not any(ch in text for ch in ".:;!?,")
    )


def _section_word(line: Line, after: list[Line]) -> bool:
    """One to three words, no sentence, over a longer line of text: a section name."""
    if len(line.text) > 45:
        return False
    text = _SECTION_TIME_RE.sub("", _clean(line.text))
    words = text.split()
    if not 1 <= len(words) <= 3 or len(text) > 30 or not text[:1].isupper():
        return False
    if any(ch in text for ch in '.:;!?,"“”') or not after or after[0].kind != TEXT:
        return False
    nxt = _clean(after[0].text)
    return len(nxt.split()) >= 4 and len(nxt) > len(text) + 10


def section_path(line: str) -> list[str]:
    return [p.strip() for p in SECTION_SPLIT_RE.split(line.strip()) if p.strip(" -")]


def _summary(text: str) -> str:
    text = _clean(text)
    m = LEDE_ALIAS_RE.match(text)
    return text[m.end() :] if m else text


#: What a teaser list's lines are, for the repetition that tells how its items are laid out.
_RANK_RE = re.compile(r"^\d{1,2}\.?$")


def _role(line: Line) -> str:
    """T a title, S a section, U a summary, D a date or counters, N a rank; ? anything else."""
    text = _clean(line.text)
    if line.kind == SECTION:
        return "S"
    if line.kind != TEXT:
        return "?"
    if _RANK_RE.match(text):
        return "N"
    section = _SECTION_TIME_RE.sub("", text)
    if section != text and section and _lonely_section(Line(0, section, section, TEXT)):
        return "S"  # "Nation 2h ago"
    if grammar.is_stamp(text) or _SECTION_TIME_RE.search(" " + text) or _COUNTERS_RE.match(text):
        return "D"
    if _lonely_section(line) and not text.isdigit():
        return "S"
    if text.endswith((".", "!", "?", "…", '"', "”")) and len(text.split()) >= 6:
        return "U"
    if _headline(text) and len(text.split()) >= 3:
        return "T"
    return "?"


_COUNTERS_RE = re.compile(r"^(?:[\w ,:]*\d[\w ,:]*)(?:\s+[-|·•]\s+\d[\d,.kK]*){1,3}$")


def _by_period(lines: list[Line]) -> list[ParsedTeaser] | None:
    """A list whose items repeat one layout ("title / section", "section / title / summary",
    "title / summary / 7 hours ago - 0 - 485", "1 / title"): the smallest period that tiles the
    whole list with one title an item, read item by item. None where no period fits."""
    if len(lines) < 4:
        return None  # (two items at least, of two lines at least)
    roles = []
    for ln in lines:
        roles.append(_role(ln))
        if roles[-1] == "?":
            return None
    if "T" not in roles:
        return None
    for period in (2, 3, 4):
        if len(roles) % period or len(roles) < 2 * period:
            continue
        items = [roles[i : i + period] for i in range(0, len(roles), period)]
        if any(item != items[0] for item in items) or items[0].count("T") != 1:
            continue
        if items[0].count("S") > 1 or items[0].count("U") > 1:
            continue
        out = []
        for i in range(0, len(lines), period):
            teaser = ParsedTeaser(title="")
            for role, ln in zip(roles[i : i + period], lines[i : i + period], strict=True):
                if role == "T":
                    teaser.title = _strip_stray_quote(_clean(ln.text))
                elif role == "S":
                    teaser.section = section_path(_SECTION_TIME_RE.sub("", _clean(ln.text)))
                elif role == "U":
                    teaser.summary = _summary(ln.text)
            out.append(teaser)
        return out
    return None


_DATED_TITLE_RE = re.compile(
    r"^(?P<title>[^\W\d][^|]{10,158}?[^\s.,;:!?])\s*(?:[-–—|]\s*|\()"
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?"
    rf"|(?:{grammar._MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{grammar._MONTH},?\s+\d{{4}})"
    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2})?)\)?$"  # "(Mar 11, 2026)", "- 11 March 2026 10:05"
)


def parse_teasers(tail: list[Line]) -> list[ParsedTeaser]:
    """The teasers of a page's tail: each list under a header read by its repeating layout
    where it has one (``_by_period``), else line by line."""
    groups: list[list[Line]] = [[]]
    for ln in tail:
        dated = _DATED_TITLE_RE.match(ln.text) if ln.kind in (TEXT, CHROME) else None
        if dated and len(dated.group("title").split()) >= 3:
            # "Night buses extended - 13/03/2025", "Airport upgrade approved (12/03/2025)": a
            # teaser's title with its date after it
            title = dated.group("title")
            ln = Line(ln.start, title, title, TEXT)
        if ln.kind == HEADER:
            groups.append([])
        elif ln.kind not in (BLANK, CHROME):
            groups[-1].append(ln)
    out: list[ParsedTeaser] = []
    for group in groups:
        found = _by_period(group) if group else None
        found = found if found is not None else _line_by_line(group)
        if len(found) >= 2 and all(_record_field(t.title) for t in found):
            continue  # "Location: X", "Web Views: 42", "Downloads: 0": a record's fields
        out.extend(found)
    return out


def _record_field(title: str) -> bool:
    """A "title" that is a record's field, its label and a short value: no story's headline."""
    m = _LABEL_LINE_RE.match(title)
    return bool(m) and len(title) - m.end() <= 60


_DASH_RE = re.compile(r"^\s*[-–*]\s+")


def _line_by_line(tail: list[Line]) -> list[ParsedTeaser]:
    items: list[ParsedTeaser] = []
    cur: ParsedTeaser | None = None
    state = ""
    lines = [
        ln
        for ln in tail
        if ln.kind not in (BLANK, CHROME, HEADER)
        and not grammar.ADDRESS_LINE_RE.match(ln.text)  # "Read more: https://...": its link
    ]
    for idx, ln in enumerate(lines):
        if ln.kind == BULLET:
            title = _DASH_RE.sub("", BULLET_RE.sub("", ln.raw))  # ("- Title" under "Read more")
            cur = ParsedTeaser(title=_strip_stray_quote(_clean(title)))
            items.append(cur)
            state = "title"
        elif ln.kind == SECTION and idx == len(lines) - 1 and ">" in ln.text:
            continue  # "Business > Investment" ending the tail: the next page's breadcrumb
        elif ln.kind == SECTION:
            if cur is None or state in ("section", "summary") or cur.section:
                cur = ParsedTeaser(title="")
                items.append(cur)
            cur.section = section_path(ln.text)
            state = "section"
        elif ln.kind == TEXT and idx == len(lines) - 1 and _lonely_section(ln):
            continue  # "Economy" ending the tail: the next page's section, no teaser
        elif ln.kind == TEXT and _section_word(ln, lines[idx + 1 : idx + 2]):
            # "Nation" or "ECONOMY" over the next teaser's title: its section
            cur = ParsedTeaser(title="", section=[_SECTION_TIME_RE.sub("", _clean(ln.text))])
            items.append(cur)
            state = "section"
        elif ln.kind == TEXT:
            text = _clean(ln.text)
            nxt = lines[idx + 1] if idx + 1 < len(lines) else None
            starts_new = nxt is not None and nxt.kind == SECTION and state in ("summary", "")
            new_line = not ln.indented and not text[:1].islower()
            if cur is None or starts_new or (state == "summary" and new_line):
                cur = ParsedTeaser(title=_strip_stray_quote(text))
                items.append(cur)
                state = "title"
            elif state == "title" and cur.title and _headline(text) and not _same(cur.title, text):
                cur = ParsedTeaser(title=_strip_stray_quote(text))  # a title-only teaser before
                items.append(cur)
            elif state == "title":
                if not cur.title or _same(cur.title, text):
                    if not _cut_short(text, cur.title):
                        cur.title = text  # the clean repeat of the bullet title
                else:
                    cur.summary = _summary(text)
                    state = "summary"
            elif state == "section" and not cur.title:
                cur.title = _strip_stray_quote(text)  # the section path came first
                state = "title"
            elif state == "section":
                cur.summary = _summary(text)
                state = "summary"
            else:
                cur.summary = _clean(cur.summary + " " + text)
    # a word or two with no summary is a topic link ("Transport", "Ferries"), not a story's title
    return [t for t in items if t.title and (len(t.title.split()) > 2 or t.summary)]
