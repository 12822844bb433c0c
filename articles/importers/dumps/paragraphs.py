"""A block of lines into paragraphs: where a line ends its paragraph (a short line, a finished
sentence, a list item, a caption or a closing line alone) and where the next one begins.
"""

from __future__ import annotations

import re

from . import grammar
from .heads import _strong_lede
from .lines import BULLET, SENTENCE_ENDS, Line
from .markers import LIST_ITEM_RE

#: A list item of the "label: value" kind.
_LABELLED_RE = re.compile(r"^[A-Z0-9][^:\n]{1,40}:\s+\S")


_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ".)")


def block_paragraphs(block: list[Line]) -> list[str]:
    """One paragraph per block, except that list items each make their own paragraph."""
    if len(block) == 1:
        return [block[0].text]
    if any(
        ln.kind == BULLET or LIST_ITEM_RE.match(ln.raw) or _GALLERY_RE.match(ln.text)
        for ln in block
    ):
        paras: list[str] = []
        cur: list[str] = []
        in_item = False
        for ln in block:
            item = (
                ln.kind == BULLET
                or bool(LIST_ITEM_RE.match(ln.raw))
                or bool(_GALLERY_RE.match(ln.text))
            )
            if item or (in_item and not ln.text[:1].islower()):
                if cur:
                    paras.append(" ".join(cur))
                cur = [ln.text]
                in_item = item
            else:
                cur.append(ln.text)
        if cur:
            paras.append(" ".join(cur))
        return paras
    if all(
        _LABELLED_RE.match(ln.text) and len(ln.text) <= 200 and "@" not in ln.text for ln in block
    ):
        return [ln.text for ln in block]  # "Capital expenditures: $64 million" item by item
    alone = next(
        (n for n, ln in enumerate(block) if _stands_alone(ln.text) or _caption_alone(block, n)),
        None,
    )
    if alone is not None:
        # "Read more: TITLE" between two paragraphs, "Distributed by X" or "Views: 112" under
        # the contact block: a line of its own, whatever the lines around it end with
        before = block_paragraphs(block[:alone]) if alone else []
        after = block_paragraphs(block[alone + 1 :]) if alone + 1 < len(block) else []
        return [*before, block[alone].text, *after]
    held = next((n for n, ln in enumerate(block) if PLACEHOLDER_RE.match(ln.text)), None)
    if held is not None:
        # "[Photo: X]|caption|CREDIT: NAME": the photo's place, then its caption (a credit on
        # the line under it is part of it), whatever stands above it in the block
        before = block_paragraphs(block[:held]) if held else []
        after = block[held + 1 :]
        n = 2 if len(after) >= 2 and grammar.CREDIT_LABEL_RE.match(after[1].text) else 1
        caption = ["\n".join(ln.text for ln in after[:n])] if after else []
        rest = block_paragraphs(after[n:]) if len(after) > n else []
        return [*before, block[held].text, *caption, *rest]
    last, before = block[-1].text, block[-2].text
    if _closing_line(last) and len(before) >= 60 and before.endswith(_SENTENCE_ENDS):
        # "... the official said.|By Sokha Pich", "... recover.|....PACNEWS": the author's
        # name or the desk's sign-off printed straight under the last paragraph
        return [*block_paragraphs(block[:-1]), last]
    width = max(len(ln.text) for ln in block)
    early = next(
        (n for n in range(len(block) - 1) if _ended_early(block[n], block[n + 1], width)), None
    )
    if early is not None:
        # "Customers at a bank branch in Hanoi.|Bankers said demand came mainly from ...": a
        # sentence that stops where the next line's first word would still have fitted is no
        # wrapped line: a caption or a paragraph of its own over the next
        return [*block_paragraphs(block[: early + 1]), *block_paragraphs(block[early + 1 :])]
    ends = [len(ln.text) >= 60 and ln.text.endswith(_SENTENCE_ENDS) for ln in block]
    if sum(ends) >= 2 and sum(ends) >= 0.5 * len(block):
        ends = [
            end or grammar.byline_line(ln.text) or bool(grammar.photo_credit(ln.text))
            for ln, end in zip(block, ends, strict=True)
        ]
        # paragraphs one a line with no blank line between them ("... said on October 14.|The
        # two sides discussed ..."): each line that ends a sentence ends its paragraph
        paras, cur = [], []
        for ln, end in zip(block, ends, strict=True):
            cur.append(ln.text)
            if end:
                paras.append(" ".join(cur))
                cur = []
        return paras + ([" ".join(cur)] if cur else [])
    lede = next(
        (
            n
            for n, ln in enumerate(block)
            if n and _strong_lede(ln) and len(block[n - 1].text.split()) >= 3  # not "JOHOR|BAHRU"
        ),
        None,
    )
    if lede is not None:
        # "deck|(PRUnderground) December 9th, 2025 ...": a dateline lede opens a paragraph
        return [*block_paragraphs(block[:lede]), *block_paragraphs(block[lede:])]
    credited = next(
        (
            n
            for n, ln in enumerate(block)
            if len(ln.text) <= 300
            and grammar.photo_credit(ln.text)
            and (
                (n + 1 < len(block) and _paragraph_line(block[n + 1]))
                or (n and _paragraph_line(block[n - 1]))
            )
        ),
        None,
    )
    if credited is None:
        # "caption ... in late November.|Keystone / Lea Brunner|The snow cover ...": a caption
        # whose credit stands on its own line, then the story, no blank line between
        pair = next(
            (
                n
                for n in range(1, len(block))
                # (the story goes on under the credit, or the credit ends the block)
                if (n + 1 == len(block) or _paragraph_line(block[n + 1]))
                and grammar.credit_below(block[n - 1].text, block[n].text)
            ),
            None,
        )
        if pair is not None:
            before = block_paragraphs(block[: pair - 1]) if pair > 1 else []
            caption = f"{block[pair - 1].text}\n{block[pair].text}"
            return [*before, caption, *block_paragraphs(block[pair + 1 :])]
    if credited is not None:
        # "caption ... (HT Photo)|New Delhi: The Delhi government ...": the photo's caption,
        # then the story on the next line, no blank line between
        before = block_paragraphs(block[:credited]) if credited else []
        return [*before, block[credited].text, *block_paragraphs(block[credited + 1 :])]
    sep = "\n" if max(len(ln.text) for ln in block) < 100 else " "
    out = block[0].text
    for ln in block[1:]:
        hyphenated = out[-1:] == "-" and out[-2:-1].isalpha() and ln.text[:1].isalpha()
        out += ("" if hyphenated else sep) + ln.text  # "people-|centred" wrapped at the hyphen
    return [out]


#: An image's place held in the text: "[Image: Sediment coring]", "[Photo: Lotus dashboard]".
PLACEHOLDER_RE = re.compile(
    r"^\[\s*(?:image|photo|picture|graphic|video|infographic|illustration)s?\b[^\]\n]{0,120}\]$",
    re.IGNORECASE,
)


def _ended_early(line: Line, nxt: Line, width: int) -> bool:
    """``line`` is a finished sentence (lower-case words in it: no heading such as "About Acme
    Corp.") that ends where the next line's first word would still have fitted in the block's
    width, and the next line opens a sentence of its own: no wrapped line."""
    t, n = line.text, nxt.text
    words = t.split()
    return (
        width >= 100
        and t.endswith((".", "!", "?"))
        and n[:1].isupper()
        and sum(w[:1].islower() for w in words) >= 2
        and len(t) + 1 + len(n.split()[0]) < width - 10
        and not _LABELLED_RE.match(t)
        and not _LABELLED_RE.match(n)
    )


_AUTHOR_LABEL_RE = re.compile(
    r"^(?:Author|Reporter|Written by|Writer)\s*:\s*(?P<name>[A-Z][\w.'’ -]{2,60}?)\s*$"
)


_GALLERY_RE = re.compile(r"^(\d{1,2})\s?/\s?(\d{1,2})\s+(?=[A-Z])")


def _stands_alone(text: str) -> bool:
    """A line that is never part of the paragraph around it: a teaser's "Read more: TITLE", a
    distributor's "Distributed by X", a page's "Views: 112"."""
    return bool(
        grammar.RELATED_RE.match(text)
        or (
            len(text) <= 200
            and (grammar.PUBLISHED_ON_RE.match(text) or grammar.VIEWS_LINE_RE.match(text))
        )
    )


def _caption_alone(block: list[Line], n: int) -> bool:
    """A photo's caption between two paragraphs of a block, its credit in brackets at its end
    ("... Bali. (Outlet Photo/NAME)"), after a finished line (not the second half of a cut)."""
    text = block[n].text
    return (
        len(text) <= 300
        and text.endswith(")")
        and text[:1].isupper()
        and (n == 0 or block[n - 1].text.endswith((*SENTENCE_ENDS, ")")))
        and bool(grammar.photo_credit(text))
    )


def _closing_line(text: str) -> bool:
    """A short line that closes a story rather than goes on with its last sentence: a byline,
    a sign-off, an agency's name behind dots or a dash ("....PACNEWS", "— AFP")."""
    if len(text) > 60 or text[:1].islower():
        return False
    return bool(grammar.byline_line(text) or grammar.signoff(text))


def _paragraph_line(line: Line) -> bool:
    """A line of the story's text: long, or a finished sentence of some length."""
    t = line.text
    return t[:1].isupper() and (len(t) >= 100 or (len(t) >= 60 and t.endswith(_SENTENCE_ENDS)))
