"""Where an article comes from, read off its page: the item's own tag line, a desk of the source,
a name the page's menu lists or prints alone, the story's own web address and its id.
"""

from __future__ import annotations

from . import grammar
from .lines import SAVED_PAGE_RE, record_name, tag_name
from .model import ParsedArticle
from .sourcing import _source, collapse


def _desk_of_source(byline: str, source: str) -> bool:
    """``byline`` names a desk of the source ("PIB Guwahati" of the Press Information Bureau,
    "Reuters Hanoi" of Reuters): its first word the source's name or initials."""
    first = byline.split()[0]
    initials = "".join(w[0] for w in source.split() if w[:1].isupper())
    return len(byline.split()) <= 3 and (
        first.casefold() == source.casefold() or (len(initials) >= 2 and first == initials)
    )


def _alone(name: str, seg) -> bool:
    """``name`` is a line of the segment on its own."""
    return any(ln.text.strip() == name for ln in (*seg.chrome, *seg.content))


def _in_menu(text: str, seg) -> bool:
    """``text`` is one of the sections the page's menu lists ("HOME | ... | MILITARY REGIONS -
    SERVICES | ...")."""
    key = collapse(text).casefold()
    return any(
        key in (collapse(part).casefold() for part in ln.text.split(" | "))
        for ln in (*seg.chrome, *seg.content)
        if ln.text.count(" | ") >= 2
    )


def _tagged_source(art: ParsedArticle, seg, index) -> None:
    """The supplier the item's own tag names ("NNT | 09 Apr 2026 | 10:12", "KBS WORLD | News |
    Society" over each item of a reader's export): the dump prints such a line over every item,
    so it outranks what the story's furniture says (a photo's credit, the next item's lines)."""
    for ln in (*seg.chrome, *seg.content):
        if ln.kicker and not SAVED_PAGE_RE.match(ln.text):
            name = ln.tag or tag_name(ln.text) or record_name(ln.text)
            if name:
                _source(art, name, "wire", index)  # (an item of a feed, whatever its head)
                art.doubts.append("source taken from the item's tag line")
            return


def _own_address(art: ParsedArticle, paragraphs: list[str]) -> list[str]:
    """The story's own web address is furniture, and its number the item's id. Alone on its
    line ("Permalink: https://.../6158203", "https://tass.com/economy/2031447") it never is a
    paragraph; a block under the story that holds it, with no sentence of the story after it,
    is the distributor's record ("OTS-ORIGINALTEXT ... | https://www.ots.at/.../OTS_2025...")."""
    if not any("http" in par or "www." in par for par in paragraphs[1:]):
        return paragraphs
    kept = paragraphs[:1]
    for i, par in enumerate(paragraphs[1:], start=1):
        found = [ln for ln in par.split("\n") if grammar.ADDRESS_LINE_RE.match(ln.strip())]
        last = par.split()[-1]
        if not found and grammar.URL_ONLY_RE.match(last) and grammar.url_release_id(last):
            found = [last]  # "... DES AUSSENDERS | ASN0001 https://www.ots.at/..."
        if not found:
            kept.append(par)
            continue
        ids = [grammar.url_release_id(ln) for ln in found]
        art.external_id = art.external_id or next((x for x in ids if x), "")
        alone = len(found) == len(par.split("\n"))
        if not alone and not (any(ids) and not any(_sentence(p) for p in paragraphs[i + 1 :])):
            kept.append(par)  # a contact block's "www.example.com" stays with its names
    return kept


def _sentence(par: str) -> bool:
    return len(par) >= 100 and par.rstrip()[-1:] in '.!?"”)'
