"""Cuts that split a marker line: a footer, a distribution line, a section path, a lede alias.

Such a line is short, so a chunk cut inside it is rare and leaves no word visibly split; but the
halves read wrongly ("Source: Vietnam" + a story titled "News Agency"). A newline is such a cut
when the two lines joined make a marker that the halves do not: the footer or distribution line
names a known source only once joined, a section path is only whole once joined, a lede alias
("ĐBP -") stands alone on a line that must go on.
"""

from __future__ import annotations

import re

from .lines import BLANK, CHROME, DISTRIB, FOOTER, HEADER, SECTION, TEXT, classify
from .markers import DISTRIBUTION_RE, LEDE_ALIAS_RE, SOURCE_FOOTER_RE, find_source

_MAX_MARKER = 120
#: A lede alias with nothing after it: "ĐBP -".
_BARE_ALIAS_RE = re.compile(LEDE_ALIAS_RE.pattern.replace(r"\s+(?=\S)", r"\s*$"))
_NAME_WORD_RE = re.compile(r"^[A-ZĐ][^\W\d_]{1,14}$")


def _joined(a: str, b: str) -> tuple[str, str]:
    return a + b, a + " " + b


def _footer_source(line: str):
    m = SOURCE_FOOTER_RE.match(line)
    return find_source(m.group("name"), "wire") if m else None


def _distribution_source(line: str):
    m = DISTRIBUTION_RE.match(line)
    return find_source(m.group("name"), "press_release") if m and m.group("name") else None


def _line_kind_after(text: str, end: int) -> int:
    """Kind of the first non-blank line after offset ``end`` (BLANK at the end of the text)."""
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        kind = classify(text[end + 1 : nxt])
        if kind != BLANK:
            return kind
        end = nxt
    return BLANK


def splits_marker(text: str, p: int, a_start: int, b_end: int, fixer=None) -> bool:
    """The newline at ``p`` (between the lines starting at ``a_start`` and ending at ``b_end``)
    cuts a marker line in two (see the module docstring)."""
    if p - a_start > 2 * _MAX_MARKER:  # (room for garbling that the fixer undoes)
        return False  # no marker, and no bare lede alias, is that long
    a, b = text[a_start:p], text[p + 1 : b_end]
    if fixer is not None:
        a, b = fixer(a), fixer(b)
    sa, sb = a.strip(), b.strip()
    # (a line going on after a label may keep the space the cut fell before: "Source:| Vietnam")
    kept_space = b[:1] == " " and not b[1:2].isspace() and sa.endswith(":")
    if not sa or not sb or (b[:1].isspace() and not kept_space):
        return False
    ka, kb = classify(a), classify(b)
    if len(sa) + len(sb) > _MAX_MARKER:
        return _splits_lede(text, a_start, a, sa, sb, kb)
    joins = _joined(sa, sb)
    # "Source: Vietnam|News Agency": the footer names its source only once joined
    if sa[:1] in "S(s":
        # (a footer is followed by a blank line: a line right after it that completes the
        # name of a known source is the rest of the name)
        # (one that names it before its bar already, "Source: X | Published: ...", needs none)
        whole = any(_footer_source(j) is not None for j in joins)
        if whole and kb not in (FOOTER, DISTRIB) and _footer_source(sa) is None:
            return True
    # "GlobeN|ewswire Distribution ID 123": likewise the distribution line
    if "Distribution" in sa + sb:
        for j in joins:
            if classify(j) != DISTRIB:
                continue
            src = _distribution_source(j)
            if ka != DISTRIB and (kb != DISTRIB or (src and _distribution_source(sb) != src)):
                return True
            if ka == DISTRIB and sb.isalnum() and len(sb) <= 3:
                return True  # "... Distribution ID 92318|47"
    # "NEWS|- POLITICS -", "CU|LTURE -": a section path is one line
    if sa.upper() == sa and sb.upper() == sb and sb.endswith("-"):
        if any(classify(j) == SECTION for j in joins) and not (ka == SECTION and kb == SECTION):
            return True
        if ka == SECTION and kb == SECTION:
            return True  # two paths on consecutive lines: one path cut in two
    return _splits_lede(text, a_start, a, sa, sb, kb)


def _splits_lede(text: str, a_start: int, a: str, sa: str, sb: str, kb: int) -> bool:
    """'ĐBP -|With ...': a lede alias alone on its line goes on in the next line."""
    if not _BARE_ALIAS_RE.match(sa) or LEDE_ALIAS_RE.match(sb) or kb in (SECTION, CHROME, HEADER):
        return False
    if not a[:1].isspace():
        return True  # a lede
    prev_end = a_start - 1  # the summary of a teaser, after its section path
    prev = text[text.rfind("\n", 0, prev_end) + 1 : prev_end] if prev_end > 0 else ""
    return classify(prev) == SECTION


def splits_byline(text: str, p: int, a_start: int, b_end: int) -> bool:
    """'Lò Thị Mai|Hương' just before the comment box: a name cut in two."""
    if p - a_start > 80 or b_end - p > 40:
        return False
    from .shapes import byline_of  # shapes imports nothing from here; avoid a cycle at load

    a, b = text[a_start:p].strip(), text[p + 1 : b_end]
    if not a or b[:1].isspace() or not _NAME_WORD_RE.match(b.strip()) or classify(b) != TEXT:
        return False
    if a_start > 1 and text[a_start - 2] != "\n":
        return False  # the byline is a block of its own
    if _line_kind_after(text, b_end) not in (CHROME, HEADER):
        return False
    return bool(byline_of(a)) and bool(byline_of(a + " " + b.strip())) and len(a.split()) <= 5
