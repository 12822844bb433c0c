"""Real line breaks that a chunk cut may sit on: before indentation, bullets, page chrome,
after a section path, between the short lines of a contact block.

When the chunker's cut falls exactly on a line break it leaves a newline that looks like a cut;
these tests keep such newlines.
"""

from __future__ import annotations

from .grammar import bar_menu, rule_line
from .layout import is_contact
from .lines import CHROME, HEADER, SECTION, classify
from .markers import SOURCE_FOOTER_RE


def _line_bounds(text: str, p: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p + 1)
    return start, len(text) if end < 0 else end


def before_indent(text: str, p: int) -> bool:
    nxt = text[p + 1 : p + 3]
    return bool(nxt) and nxt[0].isspace() and (len(nxt) < 2 or nxt[1].isspace() or nxt[0] == "\n")


def is_chrome(line: str) -> bool:
    """'Vũ Anh Dũng|Comment': a boundary that fell on the line break before page chrome."""
    return len(line) <= 80 and classify(line) in (CHROME, HEADER)


def after_furniture(text: str, p: int) -> bool:
    """'NEWS - POLITICS -|ĐBP - ...': a section path, chrome or a menu is a line of its own."""
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    kind = classify(text[start:p])
    menu = text[start:p].strip()
    least = 2 if menu[:1] == "|" else 3  # (the end of a menu that a cut broke earlier)
    if p - start <= 160 and bar_menu(menu.strip("| "), least) and "|" not in text[p + 1 : end]:
        return True  # "Home | Enquiries | Press Release Wire|Ashdown Pet Foods to build ..."
    if rule_line(text[start:p]) and p - start >= 10:
        return True  # "-----------|presswire.com - news release distribution": a rule's own line
    if p - start > 80 or kind not in (SECTION, CHROME, HEADER):
        return False
    if kind == SECTION:
        if classify(text[p + 1 : end]) == SECTION:
            return False  # "NEWS -|POLITICS -": one path cut in two
        prev_end = start - 1
        prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
        if prev_end > 0 and classify(text[prev_start:prev_end]) == SECTION:
            return False  # "ĐBP -|Seventy years ago": a summary, after its section path
    return True


def between_short_lines(text: str, p: int) -> bool:
    """'PR Team:|Junshi Biosciences': a chunk boundary that fell on a real line break."""
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    if p - start >= 50 or end - p - 1 >= 50:
        return False
    prev, nxt = text[p - 1], text[p + 1]
    if nxt == "•":
        return True
    if is_contact(text[p + 1 : end]):
        # "Mekong Agri|press@agri.example": an address on its own line; but "E-mail: m|edia@...",
        # lower case on both sides, is an address cut in two
        tail = text[start:p].split()[-1:] or [""]
        return not (tail[0].isalnum() and tail[0].islower() and nxt.islower())
    label = text[start:p].strip()
    # a short label of a contact block ("PR Team:"), not a footer that needs its value
    return (
        prev == ":"
        and len(label.split()) <= 3
        and not SOURCE_FOOTER_RE.match(label + " x")
        and (nxt.isupper() or nxt.isdigit() or nxt in "+(")
    )
