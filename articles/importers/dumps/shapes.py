"""Turn one segment into an article: title, body, captions, byline, source, dateline, teasers."""

from __future__ import annotations

import re

from . import grammar
from .lines import (
    BULLET,
    BULLETS,
    GLUED_END_RE,
    HEADER,
    KICKER_SPLIT_RE,
    MAX_TITLE,
    SAVED_PAGE_RE,
    SENTENCE_ENDS,
    TEXT,
    Line,
    Segment,
    _headline_like,
    record_name,
    tag_name,
)
from .markers import (
    BYLINE_PREFIX_RE,
    LEDE_ALIAS_RE,
    LIST_ITEM_RE,
    PHOTO_CUE_RE,
    find_source,
    match_dateline,
    source_key,
)
from .model import ParsedArticle, ParsedTeaser
from .profiles import SourceIndex
from .segment import head_evidence
from .sourcing import (
    _RELEASE_PART_RE,
    _closing_source,
    _credited_twice,
    _identify,
    _issuer,
    _lede_dateline,
    _masthead_named,
    _page_source,
    _source,
    collapse,
    parse_date,
)
from .teasers import parse_teasers
from .wordjoin import join_separator

_ABBREV_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Co|Ltd|Inc|Corp|Jr|Sr|Gen|Lt|Col|Prof|vs)\.")
_INITIALS_RE = re.compile(r"\b(?:[A-Z]\.){1,3}")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)]?\s+[\"“‘(]?[A-ZĐ0-9]")
#: Words of reported speech, past or future tense: body text, hardly ever a photo caption.
_NARRATIVE_RE = re.compile(
    r"\b(?:said|says|say|stated|told|noted|added|will|would|was|were|had|been|could|should)\b",
    re.IGNORECASE,
)
_NAME_PARTICLES = {"and", "&", "de", "van", "von", "der", "da", "bin", "binti", "-", "–", ",", "/"}
_MAX_CAPTION = 250
_DEFAULT = SourceIndex.of(None)
_MAX_LAST_CAPTION = 160
#: A sentence that tells what happened rather than what a photo shows: captions describe in the
#: present ("Farmers harvest rice ..."); a report says "He asked the investor ...", "The project
#: widened the street ...": a pronoun subject, or a past-tense verb before its object.
_TOLD_RE = re.compile(
    r"^(?:He|She|They|It|We|I)\b"
    r"|\b[a-z]{3,}ed (?:the|a|an|its|his|her|their|our|this|these|those|some|many|more|all)\b"
    # "On the same day, ...", "According to ...": a report's way in, never a caption's
    r"|^(?:On|In|At|During|After|Before|Since|Over|Last|Earlier|Meanwhile|However|Besides"
    r"|Additionally|According to)\b[^,]{0,60},"
    r"|^According to\b"
    # sums and rates: "earns VNĐ2 million a month", "rose 3.5 per cent"
    r"|\b(?:VNĐ|VND|USD|US\$|€|£)\s?\d|\$\d|\d\s?(?:%|per ?cent\b)"
    r"|\b\d[\d.,]*\s(?:million|billion|trillion)\b"
)
_PAST_RE = re.compile(r"\b[a-z]{3,}ed\b")
#: A statement of fact, not the description of a photo: captions show who does what ("Farmers
#: harvest rice ...", "A corner of the lake ..."), and say nothing "is", "has" or "plans"; nor do
#: they count ("1,086 households"), tell how often ("every week") or tell a story in irregular
#: past tenses ("The idea came from ...", "called on agencies").
_FACT_RE = re.compile(
    r"\b(?:is|are|has|have|plans?|planned|aims?|aimed|expects?|expected|hopes?|intends?|needs?"
    r"|remains?|becomes?|seems?)\b"
    r"|\b\d{1,3}(?:,\d{3})+\b|\bevery (?:day|week|month|year|season|\w+ (?:days|weeks|years))\b"
    r"|\b(?:until|currently)\b|\b[a-z]{3,}ed on\b"
    r"|\b(?:came|went|took|gave|began|brought|became|bought|grew|rose|fell|won|wrote|spent|sent"
    r"|thought|knew|saw|met|paid|ran|chose|drew|drove|flew|found|kept|left|lost|sold|spoke"
    r"|stood|taught|understood)\b",
    re.IGNORECASE,
)
_LOST_Q_RE = re.compile(r"\w\?\w|(?:^|\s)\?\w")


# --- paragraphs ---------------------------------------------------------------------------
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


# --- bylines and captions -----------------------------------------------------------------
def byline_of(line: str) -> str:
    """The author's name if ``line`` is a byline, else ''."""
    s = collapse(line)
    prefixed = BYLINE_PREFIX_RE.match(s)
    if prefixed:
        s = s[prefixed.end() :]
    if not s or len(s) > 60 or any(ch.isdigit() for ch in s) or s[-1] in ".:;!?,\"”'’)。！？":
        return ""
    words = s.replace(",", " , ").split()
    if not 1 <= len(words) <= 7:
        return ""
    if len(words) == 1 and not prefixed:
        return ""  # one bare word is a sign-off ("Reuter"), hardly ever a name
    for w in words:
        if w.lower() in _NAME_PARTICLES:
            continue
        if not (w[0].isupper() and w[0].isalpha()):
            return ""
    return s


def _sentences(text: str) -> int:
    text = _INITIALS_RE.sub("X", _ABBREV_RE.sub("X", text))
    return 1 + len(_SENTENCE_END_RE.findall(text))


_WORDS_CREDIT_RE = re.compile(
    r"^\(?(?:additional reporting|reporting|writing|editing|compiled|translated|with reporting)"
    r"(?: by)?\b",
    re.IGNORECASE,
)


_CONTACT_LEAD_RE = re.compile(
    r"^(?:Inquiries|Enquiries|Contacts?|Media contacts?|Press contacts?|For (?:more|further) "
    r"information)\b[^:]{0,30}:",
    re.IGNORECASE,
)


def is_caption(par: str, last: bool, before_byline: bool = False) -> bool:
    """A photo caption: one descriptive sentence between paragraphs.

    Not one that tells a story or states a fact (_NARRATIVE_RE, _TOLD_RE, _FACT_RE). The last
    paragraph of a page is a caption only on stronger evidence besides: the byline follows it and
    it is short, with no quotation.
    """
    if len(par) <= 2 * _MAX_CAPTION and PHOTO_CUE_RE.search(par):
        return True
    if len(par) > _MAX_CAPTION or par.endswith(":") or LIST_ITEM_RE.match(par):
        return False
    if len(par.split()) < 4 and not par.endswith("."):
        return False  # "Who qualifies", "About us": a subheading, not a photo's description
    if grammar.BOILERPLATE_HEAD_RE.match(par.split("\n")[0]):
        return False  # "About Vellan Health\nVellan Health builds ...": the issuer's boilerplate
    if last and not (
        before_byline and len(par) <= _MAX_LAST_CAPTION and not any(q in par for q in '“”"!?')
    ):
        return False
    if LEDE_ALIAS_RE.match(par) or match_dateline(par) or par[:1] in "“\"'‘":
        return False  # (a quotation is somebody's words, not a photo's description)
    if _WORDS_CREDIT_RE.match(par):
        return False  # "Additional reporting by NAME": a credit for the words, not a photo
    if "http" in par or "www." in par or "@" in par:
        return False  # a web or e-mail address: somebody to contact, not a photo
    if _CONTACT_LEAD_RE.match(par):
        return False  # "Inquiries: NAME, post, tel. ...": somebody to call, not a photo
    if _NARRATIVE_RE.search(par) or _TOLD_RE.search(par) or _FACT_RE.search(par):
        return False
    if len(_PAST_RE.findall(par)) >= 2:
        return False  # "... visited several households and presented gifts": a report
    return _sentences(par) == 1


# --- the article --------------------------------------------------------------------------
def _dated_bar(text: str) -> bool:
    """ "Filter: all industries | Sunday, March 15, 2026": a feed's or a site's bar of two short
    items, the last the date."""
    items = [p.strip() for p in text.split(" | ")]
    return (
        len(items) == 2
        and all(0 < len(p.split()) <= 5 for p in items)
        and (grammar.is_stamp(items[-1]) or bool(grammar.DATE_IN_RE.search(items[-1])))
    )


#: A bulletin's section line over its headline: "ECONOMY - FINANCE / (eu) eu/fisheries".
_SECTION_SLASH_RE = re.compile(r"^[A-Z][A-Z&, -]{2,40} / \S")


def _head_furniture(blocks) -> bool:
    """The story's first line is a site's bar (a name and its menu, "NNN | Non-Aligned Movement
    News Network | Latest") or a date stamp, and a headline-shaped line follows: no title."""
    if sum(len(b) for b in blocks) < 3:
        return False
    t = blocks[0][0].text
    items = [p.strip() for p in t.split(" | ")]
    bar = len(items) >= 3 and all(0 < len(p.split()) <= 5 for p in items) and t[-1:] not in ".!?"
    bar = bar or _dated_bar(t) or bool(grammar.site_domain(t))  # "OnlinePRNews.com | Press Release"
    bar = bar or (len(t) <= 60 and bool(_SECTION_SLASH_RE.match(t)))  # "GENERAL NEWS / (eu) eu/x"
    stamp = len(t) <= 60 and (
        grammar.is_stamp(t) or grammar.STAMP_LABEL_RE.match(t) or grammar.DATED_PLACE_RE.match(t)
    )
    if not (bar or stamp):
        return False
    nxt = blocks[0][1] if len(blocks[0]) > 1 else blocks[1][0]
    return (
        _headline_like(nxt)
        or grammar.is_stamp(nxt.text)
        or bool(grammar.STAMP_LABEL_RE.match(nxt.text))
    )


def _shouted_masthead(seg: Segment, blocks) -> int:
    """A site's name in capitals over its menu, crumb or date line, then a headline in mixed
    case and the story ("THUA THIEN HUE ONLINE / Home » Tourism / Hue citadel night tours
    ... / text"): the name is the page's masthead, not the story's title. How many lines of
    the head go (the name and the menus under it), or 0. A headline in capitals over a deck
    has no menu or stamp between them."""
    lines = [ln for b in blocks for ln in b][:6]
    if len(lines) < 3:
        return 0

    def shouted(name: str) -> bool:
        return (
            name.isupper()
            and len(name) <= 50
            and 1 <= len(name.split()) <= 6
            and not any(ch.isdigit() for ch in name)
            and not name.endswith((*SENTENCE_ENDS, ":", ","))
            and not match_dateline(name)
        )

    if shouted(lines[0].text):
        name, n = lines[0], 1
    else:  # the name handed over to the page's chrome already, its menu still here
        above = [c for c in seg.chrome if c.start < lines[0].start and c.text]
        name = max(above, key=lambda c: c.start) if above else None
        if name is None or not shouted(name.text) or not grammar.item_menu(lines[0].text):
            return 0
        n = 0
    while n < len(lines) - 2 and grammar.item_menu(lines[n].text):
        n += 1
    head = lines[n]
    between = n > 1 or any(name.end < c.start < head.start for c in seg.chrome)
    between = between or (n == 1 and name is not lines[0])
    story = any(len(ln.text) >= 100 or LEDE_ALIAS_RE.match(ln.text) for ln in lines[n + 1 : n + 3])
    if (
        between
        and story
        and _headline_like(head)
        and not head.text.isupper()
        and len(head.text.split()) >= 4
        and not grammar.byline_line(head.text)
    ):
        return n
    return 0


def _looks_like_title(line: Line) -> bool:
    t = line.text
    return len(t) <= MAX_TITLE and not LEDE_ALIAS_RE.match(t) and not match_dateline(t)


def _continues_title(title: str, line: Line) -> bool:
    """The second line of a two-line first block goes on with the title: short, no sentence
    ended before it, and neither a lede nor a dateline."""
    nxt = line.text.strip()
    return (
        bool(nxt)
        and not title.endswith((".", "!", "?", ":", "”", '"'))
        and len(title) + len(nxt) < MAX_TITLE
        and len(nxt) <= 80
        and not LEDE_ALIAS_RE.match(nxt)
        and not match_dateline(nxt)
        and not line.indented
        and not grammar.byline_line(nxt)  # ("by Bay City News": an agency's byline too)
        and not grammar.web_address_line(nxt)  # "newsweb.example.no/message/6412987": its address
        and _broken_off(title, nxt)
    )


_FUNCTION_WORDS = {
    *("a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "as", "and", "or"),
    *("from", "into", "over", "after", "amid", "its", "their", "his", "her", "than", "vs"),
}


def _broken_off(title: str, nxt: str) -> bool:
    """The title stops mid-phrase ("... exporter for|20th year", "... in|Hanoi"): the next line
    starts in lower case or with a figure, or the title ends on a little word. A capitalised
    line under a complete title is its deck ("... Results|Net sales up 4.8%")."""
    last = title.split()[-1].casefold() if title.split() else ""
    return nxt[:1].islower() or nxt[:1].isdigit() or last in _FUNCTION_WORDS or len(title) < 25


def _furniture_only(paragraphs: list[str]) -> bool:
    """Short lines and not one sentence: a site's menus and banners, no story."""
    lines = [ln for p in paragraphs for ln in p.split("\n")]
    return all(len(ln) < 60 and not ln.endswith((".", "!", '"', "”")) for ln in lines)


def _strong_lede(line: Line) -> bool:
    if match_dateline(line.text) or grammar.dateline_line(line.text):
        return True  # (or the dateline alone on the lede's line: "MINSK, 13 March (BelTA)")
    if line.text.endswith((" -", " --", " —", " –")):  # "CHICAGO, Feb 26 -" over a table
        d = grammar.dateline(line.text + " .")
        return bool(d and d.strong and (d.agency or d.date))
    d = grammar.dateline(line.text)
    return bool(d and d.strong and (d.agency or d.date) and len(line.text) - d.end >= 40)


def _dated_lede(line: Line) -> bool:
    """A dateline with its date, however short what follows ("ELMIRA, N.Y., March 9 - Shr 74
    cts vs 61 cts" over an earnings table)."""
    d = grammar.dateline(line.text)
    if not (d and d.strong and d.date and len(line.text) > d.end):
        return False
    rest = line.text[d.end :].strip()
    # ("Friday December 04 2026 - News Release": a stamp and a label, no story under a date;
    # "NEW YORK, Feb 26 - Sorg Inc said" is a lede a cut broke off)
    label = len(rest.split()) <= 3 and all(w[:1].isupper() for w in rest.split())
    return not label or rest.endswith((".", "!", "?")) or any(c.isdigit() for c in rest)


def _nav_line(text: str, index) -> bool:
    """Site navigation above a headline: a web address, a short menu item, a site banner."""
    if re.match(r"^(?:https?://|www\.)\S+$", text) or grammar.chrome(text) or _dated_bar(text):
        return True
    if len(text.split()) <= 4 and not text.endswith((".", "!", "?")):
        return True
    head = re.split(r"\s*[:|]\s", text, maxsplit=1)[0]
    return head != text and find_source(head, "", index) is not None


#: A site's banner: its name and a tagline ("RealWire - The smarter press release", "Scoop -
#: New Zealand News", "Comunicae.es | Notas de prensa").
_BANNER_RE = re.compile(r"^[^\s|–-][^|–]{0,40}?\s[-–|]\s\S.{0,60}$")


def _dressed_byline(par: str) -> str:
    """A name whose role or place says it is a byline ("Neville Grant-Palmer/Business
    Reporter", "Iryna Stasiuk, Lviv"): the name; a bare name is left to its place."""
    if "\n" in par or len(par) > 90:
        return ""
    name = grammar.page_byline(par)
    name = name if name and name != par.strip() else grammar.decorated_byline(par)
    return "" if grammar.names_an_organisation(name) else name


def _byline_in_head_chrome(seg: Segment, before: int) -> str:
    """ "By NAME | March 10, 2026", "Published on DATE By NAME - Reporter" among the page's
    furniture over the story: the byline."""
    for line in seg.chrome:
        if line.start >= before:
            continue
        if line.text.startswith(("By ", "BY ")):
            name = grammar.byline(line.text)
        elif grammar.STAMPED_BY_RE.match(line.text):
            # "Published on 09/12/2025 - 11:05 By NAME - Reporter", "Posted on DATE by NAME"
            name = grammar.decorated_byline(line.text)
        elif "|" in line.text or "·" in line.text:
            name = grammar.byline(line.text)  # a meta line: "05 Dec 2026 08:47 | NAME | Power"
        else:
            continue
        if name and not grammar.names_an_organisation(name):
            return name
    return ""


def _site_banner(seg: Segment, blocks) -> list[list[Line]]:
    """A site's banner over its menu, set apart from the story's head by a blank line: the
    banner block is furniture and the headline comes after it. The menu is a bar of sections
    ("News | Sectors | Newsroom | Submit a release") or a path ("Inicio > Nacional > X")."""
    if len(blocks) < 2 or len(blocks[0]) > 3 or not _BANNER_RE.match(blocks[0][0].text):
        return blocks
    first, nxt = blocks[0], blocks[1][0]
    if any(len(ln.text) > 80 or ln.text.endswith((".", "!", "?")) for ln in first):
        return blocks
    between = [ln for ln in (*seg.chrome, *first[1:]) if first[0].start < ln.start < nxt.start]
    menu = any(grammar.bar_menu(ln.text) or grammar.breadcrumb(ln.text) for ln in between)
    if not menu or not _headline_like(nxt) or (len(blocks[1]) < 2 and len(blocks) < 3):
        return blocks
    seg.chrome.extend(first)
    return blocks[1:]


def _glued_head(seg: Segment, blocks, index) -> list[list[Line]]:
    """A page whose furniture, headline and dateline lede stand in one block, with no blank
    line ("Portal | News | Agencies / Feed updated at 18:00 / Lusa - English Service / HEADLINE
    / Lisbon, Dec 9 (Lusa) - ..."): the line straight over the lede is the headline when every
    line over it is navigation or a stamp (a headline over its deck stays as it is)."""
    first = blocks[0] if blocks else []
    at = next((k for k, ln in enumerate(first[:8]) if k >= 2 and _strong_lede(ln)), None)
    if at is None:
        return blocks
    top = at - 1
    while (
        top >= 2
        and (
            grammar.is_stamp(first[top].text)
            or grammar.STAMP_LABEL_RE.match(first[top].text)
            or _LABEL_RE.match(first[top].text)
        )
        and not _credited(first[top].text, index)
    ):
        top -= 1  # "HEADLINE / Published: 12 March 2026 08:00 GMT | Sector: Energy / lede"
    stamps, at = first[top + 1 : at], top + 1
    title, above = first[at - 1], first[: at - 1]
    if (
        not _headline_like(title)
        or len(title.text) < 20
        or grammar.byline_line(title.text)
        or grammar.decorated_byline(title.text)
        or grammar.is_stamp(title.text)
        or _credited(title.text, index)
        or not all(
            _nav_line(ln.text, index) or _TIME_RE.search(ln.text) or _domain_banner(ln.text)
            for ln in above
        )
    ):
        return blocks
    seg.chrome.extend((*above, *stamps))
    return [[title], first[at + len(stamps) :], *blocks[1:]]


def _release(seg: Segment) -> bool:
    """The segment holds a press release's parts (its media contact, its notes to editors)."""
    return any(_RELEASE_PART_RE.match(ln.text) for ln in seg.content)


def _domain_banner(text: str) -> bool:
    """ "presswire.com - news release distribution": a site's address and its tagline."""
    return bool(_BANNER_RE.match(text) and grammar.site_domain(grammar.banner_head(text)))


def _head_region(art: ParsedArticle, seg: Segment, blocks, index) -> list[list[Line]]:
    """A scraped distributor's page: menus, the headline, decks, "News provided by", a date
    stamp, then the dateline lede. The headline is the first line that is no navigation; the
    lines after it are decks (the first kept as the subtitle), bylines or captions; the
    navigation is chrome."""
    lede, size = None, 0
    for k, block in enumerate(blocks):
        if _strong_lede(block[0]):
            lede = k
            break
        size += len(block)
        if size > 20 or any(len(ln.text) > 300 for ln in block):
            return blocks  # (no head runs this long: a lede further on heads no page)
    if lede is None or lede < 2:
        return blocks
    head = [ln for b in blocks[:lede] for ln in b]
    if not _nav_line(head[0].text, index) and not any(
        grammar.byline_line(ln.text) or _credited(ln.text, index) for ln in head
    ):
        return blocks  # a headline and its deck: the usual path reads them
    title_at = next(
        (
            i
            for i, ln in enumerate(head)
            if not _nav_line(ln.text, index)
            and not grammar.byline_line(ln.text)
            and not _credited(ln.text, index)
        ),
        None,
    )
    if title_at is None:
        return blocks
    # the line right over the byline (past stamps and credits) is the headline, whatever
    # stands above it: "DESK HEADER / DAYBOOK / 09:00 ... / HEADLINE / By NAME / lede"
    k, signed = len(head) - 1, False
    while k > title_at and (
        grammar.byline_line(head[k].text)
        or _credited(head[k].text, index)
        or grammar.is_stamp(head[k].text)
    ):
        signed = signed or grammar.byline_line(head[k].text)
        k -= 1
    if signed and k > title_at and _title_candidate(head[k], index):
        title_at = k
    seg.chrome.extend(head[:title_at])
    kept: list[list[Line]] = [[head[title_at]]]
    for line in head[title_at + 1 :]:
        if grammar.byline_line(line.text) or _credited(line.text, index):
            kept.append([line])
        elif not art.byline and grammar.decorated_byline(line.text):
            art.byline = grammar.decorated_byline(line.text)  # "NAME, Outlet, Staff Writer"
        elif not art.subtitle and len(line.text.split()) > 4:
            art.subtitle = line.text.strip("_* ")
    return kept + blocks[lede:]


_LABEL_RE = re.compile(r"^[A-Z][\w ]{0,25}\s?:\s")
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{4}/\d{2}/\d{2}\b")


def _story_line(line: Line, index) -> bool:
    """A line of the story's own text: a long one, or a finished sentence of some length."""
    t = line.text
    if _credited(t, index) or grammar.byline_line(t):
        return False
    return len(t) >= 150 or (len(t) >= 60 and t.endswith((*SENTENCE_ENDS, "’")))


def _title_candidate(line: Line, index) -> bool:
    t = line.text
    return (
        line.kind == TEXT
        and not (t[:1] in BULLETS or t[:2] in ("* ", "- ", "+ "))
        and 15 <= len(t) <= MAX_TITLE
        and len(t.split()) >= 4
        and not t.endswith((".", ",", ";", ":"))
        and not _LABEL_RE.match(t)
        and not _TIME_RE.search(t)
        and not grammar.DATE_IN_RE.search(t)  # "Wed, 14 Jan 2026 Today's Paper"
        and not grammar.ADDRESS_RE.search(t)  # "Carl-Benz-Str. 12, 71634 Ludwigsburg"
        and not grammar.byline_line(t)
        and not grammar.institution_name(t)  # the issuer's line under a release's headline
        and t.count(" > ") < 2  # "Homepage > Equities > ASX > X > News": a crumb
        and t.count(" » ") < 2
        and grammar.page_byline(t) in ("", t)  # "Ngoc Phuong - Tuoi Tre News": a byline
        and not _credited(t, index)
        and not grammar.chrome(t)
    )


_GALLERY_NUMBER_RE = re.compile(
    r"^(?:Photo|Image|Picture|Slide)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[:.-]\s+"
)
_NAMED_LEDE_RE = re.compile(r"^(?P<name>[A-Z][\w&.']{2,30}(?: [A-Z][\w&.']*){0,2}) [-–—] (?=\S)")


def _closing_author(paragraphs: list[str]) -> tuple[str, int] | None:
    """The author named under the story's text ("Focus article by NAME"), and where: the last
    paragraph, or one with only other hands credited under it ("Additional reporting by
    NAME") or a photo's caption."""
    for at in range(len(paragraphs) - 1, max(1, len(paragraphs) - 5), -1):
        author = grammar.closing_author(paragraphs[at])
        if author:
            return author, at
        line = paragraphs[at].strip()
        if not (grammar.HELPER_CREDIT_RE.match(line) or grammar.photo_credit(line)):
            return None
    return None


def _agency_then_author(art: ParsedArticle, line: str, index) -> str:
    """ "Hindusthan Samachar / Sanjukta Mohapatra" under the story: the agency first, then its
    reporter. The first name is the agency when a profile knows it, when the story's source
    has its name, or when its initials are the dateline's agency ("(HS)")."""
    parts = [p.strip() for p in line.split(" / ")]
    if len(parts) != 2 or not grammar.page_byline(parts[1]):
        return ""
    agency = parts[0]
    initials = "".join(w[0] for w in agency.split() if w[:1].isupper())
    names = {source_key(n) for n in (art.source, *art.source_aliases) if n}
    if (
        find_source(agency, "", index) is not None
        or source_key(agency) in names
        or (len(initials) >= 2 and source_key(initials) in names)
    ):
        return parts[1]
    return ""


def _echoed(head: list[Line], c: int) -> bool:
    """``head[c]`` is printed again in the head: word for word in another case, or closing
    another line after a dash or a colon ("SANDVELD MINING LIMITED - Trading statement ...")."""
    key = collapse(head[c].text).casefold()
    for d, ln in enumerate(head):
        other = collapse(ln.text).casefold()
        if d != c and (other == key or other.endswith((f" - {key}", f" – {key}", f": {key}"))):
            return True
    return False


def _page_head(art: ParsedArticle, seg: Segment, blocks, index) -> list[list[Line]]:
    """A scraped page: masthead, menus, sections, the headline, a date stamp, the byline,
    buttons and a photo, then the story. The headline is the last line shaped like one before
    the story's first line; the rest of the head is chrome, but for the byline and captions.
    Short menu lines and the byline between the sapo and the story go too."""
    lines = [ln for b in blocks for ln in b]
    first = next((i for i, ln in enumerate(lines) if _story_line(ln, index)), None)
    if first is None or first < 2 or first > 25:
        return blocks
    head = lines[:first]
    lede = next((i for i, ln in enumerate(head) if _strong_lede(ln) or _dated_lede(ln)), None)
    if lede is not None and lede <= 2:
        return blocks  # a headline, maybe a byline, and the dateline: the story is all after it
    cands = [
        i
        for i, ln in enumerate(head)
        if _title_candidate(ln, index) and not _credited(ln.text, index) and not ln.kicker
    ]
    # a site's name in capitals, its stamp or menu, then the headline in mixed case: the name
    # is the masthead ("RIVER PROVINCE ONLINE - ENGLISH / Thursday, 02/04/2026 / Headline")
    cands = [
        c
        for c in cands
        if not (
            head[c].text.isupper()
            and any(d > c + 1 and not head[d].text.isupper() and c + 1 not in cands for d in cands)
        )
    ]
    if not cands or (cands[-1] == 0 and len(head) <= 2) or len(cands) == len(head):
        return blocks  # a headline (perhaps cut in two) and its story: the usual path
    echoed = [c for c in cands if _echoed(head, c)]
    if echoed:
        # repetition inside the head: the line the page prints again (after the issuer in its
        # heading "ISSUER - HEADLINE", in capitals over the text) is the headline
        cands = echoed[:1]
    # the byline or stamp under the headline (kickers above it are no byline)
    signed = next(
        (
            i
            for i, ln in enumerate(head)
            if i > cands[0] and (grammar.page_byline(ln.text) or head_evidence(ln))
        ),
        None,
    )
    if signed is not None and any(i < signed for i in cands):
        cands = [i for i in cands if i < signed]  # a headline stands above its byline and stamp
    t = cands[-1]
    # a line in capitals under one in mixed case is the headline, no deck ("Mr. X reports" /
    # "NORTHVALE COPPER INTERSECTS ..."): a deck speaks lower than its headline
    shouted = (
        t > 0
        and head[t].text.isupper()
        and len(head[t].text.split()) >= 5  # ("MA. TRAN THI MAI*": an author, in capitals)
        and not head[t - 1].text.isupper()
    )
    block_of = {id(ln): n for n, b in enumerate(blocks) for ln in b}
    if (
        t - 1 in cands
        and not shouted
        and block_of[id(head[t - 1])] == block_of[id(head[t])]
        and (
            head[t - 1].end + 1 == head[t].start  # (no menu between them; a stamp may be)
            or any(
                head[t - 1].end < c.start < head[t].start and grammar.is_stamp(c.text)
                for c in seg.chrome
            )
        )
    ):
        art.subtitle = head[t].text.strip("_* ")  # a headline with its deck under it
        t -= 1
        while (
            t - 1 in cands
            and block_of[id(head[t - 1])] == block_of[id(head[t])]
            and head[t - 1].end + 1 == head[t].start
            and not head[t - 1].text.isupper()
            and len(head[t - 1].text) > len(head[t].text)
        ):
            # "HEADLINE / deck / deck / Posted On: ...": a longer line over the decks
            art.subtitle = head[t].text.strip("_* ")
            t -= 1
    elif (
        t - 1 in cands
        and not shouted
        and block_of[id(head[t - 1])] + 1 == block_of[id(head[t])]
        and len(blocks[block_of[id(head[t])]]) == 1
        and len(blocks[block_of[id(head[t - 1])]]) == 1
        and len(head[t].text) > len(head[t - 1].text)
        and signed == t + 1  # the byline or stamp straight under the deck
        and head[t - 1].start + len(head[t - 1].raw) + 1 < head[t].start  # a blank line between
    ):
        # "HEADLINE / (blank) / its longer deck / (blank) / By NAME": each on a block of its own
        art.subtitle = head[t].text.strip("_* ")
        t -= 1
    elif (
        t - 1 in cands
        and not shouted
        and (t == len(head) - 1 or signed == t + 1)
        and block_of[id(head[t - 1])] + 1 == block_of[id(head[t])]
        and len(blocks[block_of[id(head[t])]]) == 1
        and len(blocks[block_of[id(head[t - 1])]]) == 1
        and not any(_title_candidate(ln, index) for ln in head[: t - 1])
        and not any(head[t - 1].start < c.start < head[t].start for c in seg.chrome)
    ):
        # "Lumora Foods Newsroom / HEADLINE / its deck / the story": the first line shaped like
        # a headline under the page's furniture is the headline, the next one its deck
        art.subtitle = head[t].text.strip("_* ")
        t -= 1
    known = lambda name: find_source(name, "", index) is not None  # noqa: E731
    dropped = set()
    seg.chrome.extend(head[:t])
    dropped.update(id(ln) for ln in head[:t])
    # the head after the headline, and the short lines before the second line of the story
    second = next(
        (i for i, ln in enumerate(lines[first + 1 :], start=first + 1) if _story_line(ln, index)),
        len(lines),
    )
    rest = (*head[t + 1 :], *lines[first + 1 : second])
    chrome_stamps = {c.start for c in seg.chrome if grammar.is_stamp(c.text)}
    for n, ln in enumerate(rest):
        text = ln.text
        if _credited(text, index):
            continue
        # ("Jane Lin, Taiwan News, Staff Writer": a name dressed with its outlet and role)
        name = grammar.page_byline(text, known) or grammar.decorated_byline(text)
        short = len(text.split()) <= 3 and not text.endswith((".", "!", "?", '"', "”"))
        after = rest[n + 1].text if n + 1 < len(rest) else ""
        # an e-mail or a role under it; or a stamp, while no byline has been seen
        signed = "@" in after or bool(grammar.STAFF_LINE_RE.match(after))
        signed = signed or (not art.byline and grammar.is_stamp(after))
        # (the page's stamp under it, already taken out as chrome)
        signed = signed or (not art.byline and bool({ln.end + 1, ln.end + 2} & chrome_stamps))
        place = grammar.BARE_DATELINE_RE.match(text) and not known(text)
        if ln in head and place and (art.byline or not name or not signed):
            art.dateline = text  # "ANKARA" on its own line above the lede
        elif (
            name
            and not art.byline
            and (ln in head or not _story_line(ln, index))
            and not grammar.names_a_firm(name)
        ):
            art.byline = name
        elif not (ln in head or short or grammar.chrome(text) or _LABEL_RE.match(text)):
            continue
        seg.chrome.append(ln)
        dropped.add(id(ln))
    out: list[list[Line]] = []
    for block in blocks:
        kept = [ln for ln in block if id(ln) not in dropped]
        if kept:
            out.append(kept)
    # the headline stands alone
    if out and out[0][0] is head[t] and len(out[0]) > 1:
        out[0:1] = [[out[0][0]], out[0][1:]]
    return out


_CAPTION_LABEL_RE = re.compile(r"^(?:Photo |Image |Picture )?[Cc]aption\s*:\s+\S", re.I)


def _credited(par: str, index) -> bool:
    """A caption with its credit: "... Photo: Minh Anh", "(AP Photo/X)", "... 2025. (Xinhua)"."""
    if len(par) > 2 * _MAX_CAPTION:
        return False
    if grammar.photo_credit(par) or (grammar.FIGURE_RE.match(par) and len(par) <= 300):
        return True
    if _CAPTION_LABEL_RE.match(par):
        return True  # "Photo caption: Crews at the company's new warehouse.": labelled as one
    credits = (index or _DEFAULT).caption_credits
    if credits and par.rstrip(" .").casefold().endswith(credits):
        return True  # a supplier's own credit, taught in its profile
    m = grammar.BRACKET_CREDIT_RE.search(par)
    return bool(m and find_source(m.group("name"), "", index))


def _standfirst(art: ParsedArticle, paragraphs: list[str], index) -> None:
    """A sentence or two between the headline and a dateline lede ("Bids above the cap will be
    rejected, says NEA."): the page's standfirst, not the story; a credited photo there is a
    caption."""
    lead = next(
        (j for j in range(1, min(4, len(paragraphs))) if _opens_with_dateline(paragraphs[j])),
        None,
    )
    if lead is None or _opens_with_dateline(paragraphs[0]):
        return
    head = paragraphs[:lead]
    if not all(len(p) <= _MAX_STANDFIRST and _sentences(p) <= 2 for p in head):
        return
    decks = [p for p in head if not _credited(p, index)]
    if len(decks) > 1:
        return
    if decks:
        art.subtitle = decks[0].strip("_* ")
    art.captions.extend((0, p) for p in head if _credited(p, index))
    del paragraphs[:lead]


_MAX_STANDFIRST = 300


def _is_deck_line(line: str) -> bool:
    """A short line under the headline that ends no sentence (nor a web address)."""
    return (
        len(line) <= 250
        and not line.endswith((".", ":", ";", ","))
        and not grammar.URL_ONLY_RE.match(line.strip())
    )


def _opens_with_dateline(par: str) -> bool:
    general = grammar.dateline(par)
    return bool(match_dateline(par) or (general and general.strong))


_HEAD_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w'’]*(?: [\w'’]+){0,2})\s?:\s+\S")


def _head_stamp(block: list[Line]) -> bool:
    """A date stamp on the line over the story's text, in the same block ("Submitted by X on
    Thu, 03/12/2026 - 10:14|The company ...")."""
    t = block[0].text
    return len(block) > 1 and len(t) <= 80 and grammar.is_stamp(t)


def _head_label(line: Line) -> bool:
    """A short labelled line of the page's head ("Issued by: X", "Category: Y"), not a byline
    and not a sentence."""
    t = line.text
    return (
        _HEAD_LABEL_RE.match(t) is not None
        and len(t) <= 80
        and len(t.split()) <= 10
        and not t.endswith((".", "!", "?"))
        and not grammar.byline_line(t)
        and not grammar.byline(t)
        and not grammar.is_contact(t)
        and not grammar.photo_credit(t)
        and not grammar.CREDIT_LABEL_RE.match(t)
        and "@" not in t
    )


_IMAGE_WORDS = {"image", "images", "photo", "photos", "picture", "file", "video", "graphic"}


def _bare_name_over_text(block: list[Line]) -> bool:
    """A name alone on the line under the headline, the story's text or its photo straight
    under it: the byline."""
    first, nxt = block[0].text, block[1].text
    if not 2 <= len(first.split()) <= 4 or len(first) > 40:
        return False  # (cheap tests first: most first blocks are paragraphs)
    name = grammar.page_byline(first)
    return (
        bool(name)
        and name == first
        and 2 <= len(first.split()) <= 4
        and not first.isupper()  # ("ING UNDERWAY": the end of a headline a cut broke off)
        and not _IMAGE_WORDS.intersection(first.lower().split())  # "Representative Image"
        and not grammar.names_an_organisation(name)
        and (len(nxt) >= 100 or bool(grammar.photo_credit(nxt)))
    )


def _take_top_byline(
    art: ParsedArticle, blocks: list[list[Line]], stamps: frozenset[int] = frozenset()
) -> list[list[Line]]:
    """ "By Jane Doe, Associated Press" under the headline: the byline, not a paragraph. On a
    page, a name alone under the headline with the page's date stamp straight under it (the
    stamp's offset is in ``stamps``) is the byline too ("HEADLINE / The Newspaper's Staff
    Reporter / Published November 18, 2025")."""
    out = [list(b) for b in blocks]
    if len(out) > 1 and len(out[0]) == 1 and _bare_name_over_text([out[0][0], out[1][0]]):
        art.byline = out[0][0].text  # "HEADLINE / Anh Minh / A Vinh Phuc-based maker ..."
        return out[1:]
    # (the stamp on the next line, or past the blank line a one-line-a-paragraph dump gets)
    if (
        stamps
        and len(out) > 1
        and len(out[0]) == 1
        and {out[0][0].end + 1, out[0][0].end + 2} & stamps
    ):
        line = out[0][0]
        name = grammar.page_byline(line.text)
        if name and len(line.text.split()) <= 6 and not grammar.chrome(line.text):
            art.byline = name
            return out[1:]
    if len(out) > 1 and 2 <= len(out[0]) <= 8 and all(len(ln.text) <= 250 for ln in out[0]):
        # the rest of the page's head under the headline, in one block: "deck / By NAME /
        # Log in to save articles.": the deck is the subtitle, the byline the byline, the rest
        # the page's buttons
        at = next(
            (
                n
                for n, ln in enumerate(out[0])
                if grammar.byline_line(ln.text) or (n <= 2 and grammar.decorated_byline(ln.text))
            ),
            None,
        )
        if at is None and _bare_name_over_text(out[0]):
            at = 0  # "HEADLINE / Anh Minh / A Vinh Phuc-based maker ...": a name alone
        if at is not None and (at or not grammar.byline_line(out[0][0].text)):
            line = out[0][at]
            art.byline = (
                grammar.byline(line.text)
                or grammar.decorated_byline(line.text)
                or grammar.page_byline(line.text)
            )
            if at and not art.subtitle:
                art.subtitle = out[0][0].text
            # the photo and the lede may follow in the same block: the story starts there
            story = [ln for ln in out[0][at + 1 :] if len(ln.text.split()) > 3]
            return ([story] if story else []) + out[1:]
    for block in out[:2]:
        if block and grammar.byline_line(block[0].text) and len(out) > 1:
            line = block.pop(0)
            art.byline = grammar.byline(line.text)
            org = line.text.split(",", 1)[1] if "," in line.text else ""
            if not art.byline:
                org = line.text.split(None, 1)[1]  # "By The Associated Press"
            art.byline_org = org.strip(" ()")
            break
    return [b for b in out if b]


def build_article(seg: Segment, text: str, index=None) -> tuple[ParsedArticle | None, list]:
    """The article of a segment (None for a page of chrome only) and the segment's teasers."""
    teasers = parse_teasers(seg.tail)
    blocks = seg.blocks()
    if not blocks:
        return None, teasers
    title = ""
    art = ParsedArticle(title="", span=seg.span())
    if (
        sum(map(len, blocks)) > 1
        and blocks[0][0].kicker
        and blocks[0][0].kind == TEXT
        and (len(blocks[0]) == 1 or _SECTION_SLASH_RE.match(blocks[0][1].text))
    ):
        # the dump's own kicker in a block of its own, or over a section line: furniture (a
        # kicker straight over its headline is set aside by the head's reading)
        seg.chrome.append(blocks[0].pop(0))
        blocks = [b for b in blocks if b]
    unbannered = _site_banner(seg, blocks)
    banner = blocks[0][0].text if unbannered is not blocks else ""
    blocks = _glued_head(seg, unbannered, index)
    headed = _head_region(art, seg, blocks, index)
    if headed is blocks:
        headed = _page_head(art, seg, blocks, index)
    blocks = headed
    if not blocks:
        return None, teasers
    while _head_furniture(blocks):
        seg.chrome.append(blocks[0].pop(0))  # "NNN | Non-Aligned ... | Latest", "Posted: 2h ago"
        blocks = [b for b in blocks if b]
    for _ in range(_shouted_masthead(seg, blocks)):
        seg.chrome.append(blocks[0].pop(0))  # "BINH DUONG ONLINE - ENGLISH", its menu
        blocks = [b for b in blocks if b]
    first_block = blocks[0]
    if _looks_like_title(first_block[0]):
        title = collapse(first_block[0].text).removesuffix(" =")  # a wire's "Headline ="
        rest = first_block[1:]
        if len(first_block) == 2 and len(blocks) > 1 and _continues_title(title, rest[0]):
            # "... pepper exporter for|20th year": a title is one line; a chunk cut broke it
            title = collapse(title + join_separator(title, rest[0].text.strip()) + rest[0].text)
            rest = []
        elif rest and grammar.web_address_line(rest[0].text):
            seg.chrome.append(rest.pop(0))  # the item's address under its headline
        blocks = ([rest] if rest else []) + blocks[1:]
    art.title = title
    own_dateline = None  # "HEADLINE / MINSK, 13 March (BelTA) / By NAME / text": its own line
    if blocks and grammar.dateline_line(blocks[0][0].text) and sum(map(len, blocks)) > 1:
        own_dateline = grammar.dateline_line(blocks[0][0].text)
        seg.chrome.append(blocks[0].pop(0))
        blocks = [b for b in blocks if b]
    while (
        blocks
        and len(blocks[0]) + len(blocks) > 2
        and (
            _head_label(blocks[0][0])
            or _head_stamp(blocks[0])
            # "University of Bergen" alone under the headline: the release's issuer
            or (len(blocks[0]) == 1 and bool(grammar.institution_name(blocks[0][0].text)))
        )
    ):
        seg.chrome.append(blocks[0].pop(0))  # "Issued by: X", a date stamp under the headline
        blocks = [b for b in blocks if b]
    stamps = frozenset(
        ln.start
        for ln in seg.chrome
        if grammar.is_stamp(ln.text) or grammar.STAMP_LABEL_RE.match(ln.text)
    )
    blocks = _take_top_byline(art, blocks, stamps)
    paragraphs = [p for block in blocks for p in block_paragraphs(block)]
    if len(paragraphs) > 1 and grammar.URL_ONLY_RE.match(paragraphs[0].strip()):
        # the story's own address alone under the headline, over the text: its id
        art.external_id = grammar.url_release_id(paragraphs[0].strip())
        del paragraphs[0]
    if not art.byline and len(paragraphs) > 1 and grammar.byline_line(paragraphs[0]):
        art.byline = grammar.byline(paragraphs.pop(0))  # a byline line in the story's block
    elif not art.byline and len(paragraphs) > 1 and _dressed_byline(paragraphs[0]):
        art.byline = _dressed_byline(paragraphs.pop(0))  # "NAME/Business Reporter"
    elif (
        not art.byline
        and len(paragraphs) > 1
        and len(paragraphs[0]) <= 60
        and grammar.STAFF_LINE_RE.match(paragraphs[0])
    ):
        art.byline = paragraphs.pop(0)  # "Staff writer, with CNA": the desk signs it
    if not art.byline and blocks:
        art.byline = _byline_in_head_chrome(seg, blocks[0][0].start)
    decks = 0
    while (
        decks < 3
        and len(paragraphs) > decks + 1
        and _is_deck_line(paragraphs[decks])
        and not _credited(paragraphs[decks], index)
    ):
        decks += 1
    if decks and _opens_with_dateline(paragraphs[decks]):
        art.subtitle = paragraphs[0].strip("_* ")  # the decks under a release's headline
        del paragraphs[:decks]
    else:
        _standfirst(art, paragraphs, index)
    while len(paragraphs) > 1 and _credited(paragraphs[0], index):
        art.captions.append((0, paragraphs.pop(0)))  # a photo between the headline and lede
    if (
        len(paragraphs) > 1
        and _strong_lede(Line(0, paragraphs[0], paragraphs[0], 1))
        and not match_dateline(paragraphs[0])
        and not grammar.dateline(paragraphs[0])
    ):
        # "CHICAGO, Feb 26 -" on its own over a table: the lede's start
        paragraphs[0:2] = [paragraphs[0] + " " + paragraphs[1]]
    first = paragraphs[0] if paragraphs else ""
    if own_dateline is not None and not grammar.dateline(first) and not match_dateline(first):
        first = f"{own_dateline.text} ({own_dateline.agency}) - {first}"  # read as one lede
    _identify(art, seg, first, text, index)
    signed = grammar.BYLINE_DATELINE_RE.match(paragraphs[0]) if paragraphs else None
    if signed and not art.byline:
        art.byline = signed.group("names") or signed.group("names2")  # "By X, IANS, Kochi : "
        if signed.group("names2") and art.dateline.startswith("By "):
            art.dateline = ""  # "By Zhou Ming (ECNS) --": no place
    if not art.byline and len(paragraphs) > 1 and grammar.byline_line(paragraphs[-1]):
        art.byline = grammar.byline(paragraphs.pop())  # "Reporter: Name" closing a story
    elif not art.byline and len(paragraphs) > 2 and grammar.decorated_byline(paragraphs[-1]):
        art.byline = grammar.decorated_byline(paragraphs[-1])  # "Iryna Stasiuk, Lviv"
        art.byline = _agency_then_author(art, paragraphs.pop(), index) or art.byline
    elif not art.byline and len(paragraphs) > 2 and (found := _closing_author(paragraphs)):
        art.byline, at = found  # "Author: NAME", an author's note
        paragraphs[at:] = [  # (with the other hands credited under it; a caption stays)
            p for p in paragraphs[at + 1 :] if not grammar.HELPER_CREDIT_RE.match(p.strip())
        ]
    while (
        len(paragraphs) > 1
        and paragraphs[-1].startswith(("With ", "Includes "))
        and grammar.HELPER_CREDIT_RE.match(paragraphs[-1].strip())
    ):
        paragraphs.pop()  # "With reporting by RFE/RL's X Service" under the text: no body
    if not art.byline:
        top = next((ln.start for ln in seg.content if ln.text), 0)
        for line in (*seg.chrome, *seg.tail, *seg.signoffs):
            if line.start < top:
                continue  # (a record over the story closes the story before it)
            labelled = _AUTHOR_LABEL_RE.match(line.text)
            if labelled and grammar.page_byline(labelled.group("name")):
                art.byline = labelled.group("name")  # "Author : NAME" in the item's record
                break
    if not art.byline:
        for line in seg.signoffs:
            signed_off = grammar.SIGNED_OFF_RE.match(line.text)
            if signed_off:
                art.byline = signed_off.group("name")  # "— Aye Mya (MNA)" closing the story
                break
    paged = any(ln.kind == HEADER for ln in seg.tail)  # a page's teasers follow the story
    if (
        not art.byline
        and (art.source_kind in ("newspaper", "other") or paged)
        and len(paragraphs) > 1
    ):
        last = blocks[-1]
        name = byline_of(last[-1].text)
        if (
            grammar.CREDIT_LABEL_RE.match(last[-1].text)
            or grammar.contact_detail(last[-1].text)
            or grammar.BOILERPLATE_HEAD_RE.match(last[0].text)
        ):
            name = ""  # "CREDIT: NAME" under a caption credits the photo, not the story; a
            # contact's "Organization: NAME", a name in the "Contact" block, is no byline
        if name and not find_source(name, "", index) and not grammar.names_a_firm(name):
            art.byline = name
            if len(last) > 1:
                paragraphs[-1] = block_paragraphs(last[:-1])[-1]
            else:
                paragraphs.pop()
    top = min(
        (ln for ln in (*seg.chrome, *seg.content) if ln.text), key=lambda ln: ln.start, default=None
    )
    if art.byline and top is not None and top.text.casefold() == art.byline.casefold():
        # "Written by Vietnam Briefing" under the masthead "VIETNAM BRIEFING": the site
        if not art.source:
            _source(art, art.byline, "newspaper", index)
        art.byline = ""
    if art.byline and len(paragraphs) > 1:
        # the author's box: the name on a line of its own, then with a role, then a bio
        paragraphs = [paragraphs[0]] + [p for p in paragraphs[1:] if p.count(art.byline) < 2]
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    authored = (
        art.byline
        and len(last) <= 300
        and last.startswith(art.byline)
        and last[len(art.byline) : len(art.byline) + 1] in (" ", "\n")
    )
    if authored and not _opens_with_dateline(last):
        paragraphs.pop()  # "Natalie Kwok joined the Post in 2022 ...": the author's note
    related = [p for p in paragraphs if grammar.RELATED_RE.match(p)]
    if related:  # "Related news: TITLE" amid the story: a teaser of another story
        paragraphs = [p for p in paragraphs if p not in related]
        teasers = [
            ParsedTeaser(title=grammar.RELATED_RE.match(p).group("title").strip()) for p in related
        ] + teasers
    paragraphs = _own_address(art, paragraphs)
    closed = bool(seg.signoffs or seg.footer or seg.distribution)
    if not paragraphs or (_furniture_only(paragraphs) and not closed):
        return None, teasers  # (a story its sign-off closes may be a table of short rows)
    if not art.source:
        _tagged_source(art, seg, index)
    if not art.source:
        _closing_source(art, seg, paragraphs, index)  # before captions: a wire's are credited
    for i in range(len(paragraphs) - 1, 0, -1):
        # "caption.", "Photo: Courtesy of X" each on a line of its own (one paragraph a line):
        # the credit under its caption is part of it
        par, above = paragraphs[i], paragraphs[i - 1]
        label = grammar.CREDIT_LABEL_RE.match(par)
        if (
            label
            and par[label.end() :].strip()[:1].isalpha()  # not "Photos: (click to enlarge)"
            and above[:1] not in "\"“‘'"  # a quotation is somebody's words, not a caption
            and grammar.credit_below(above, par)
        ):
            paragraphs[i - 1 : i + 1] = [f"{above}\n{par}"]
    while len(paragraphs) > 1 and "\n" in paragraphs[0] and _credited(paragraphs[0], index):
        # "Cranes at the port. / Photo: NAME, Outlet" over the lede, just put together
        art.captions.append((0, paragraphs.pop(0)))
    credits = [_credited(p, index) for p in paragraphs]
    body: list[str] = [paragraphs[0]]
    # a page whose captions carry credits shows its style: then only a credit makes a caption
    credited_style = any(credits[1:]) or any(_credited(c, index) for _, c in art.captions)
    # (so does one that holds its photos' places: "[Image: X]" over each caption)
    held = any(PLACEHOLDER_RE.match(p) for p in paragraphs)
    # a photo gallery: "1/5 caption", "2/5 caption", ... each numbered out of the same count
    counts = [m.group(2) for p in paragraphs if (m := _GALLERY_RE.match(p))]
    gallery = len(counts) >= 2 and len(set(counts)) == 1
    # (captions are guessed on a scraped page, with its furniture; not in a digest of copy)
    furnished = (
        not art.alias
        or bool(seg.tail)
        or any(
            grammar.bar_menu(c.text) or grammar.breadcrumb(c.text) or grammar.copyright_line(c.text)
            for c in seg.chrome
        )
    )
    page = art.source_kind == "newspaper" and not credited_style and not held and furnished
    for i, par in enumerate(paragraphs[1:], start=1):
        if PLACEHOLDER_RE.match(par):
            continue  # "[Image: Sediment coring]": where the photo stood; its caption follows
        numbered = _GALLERY_RE.match(par)
        if numbered and gallery:
            art.captions.append((len(body) - 1, par[numbered.end() :]))  # "2/5 Fishermen ..."
            continue
        if PLACEHOLDER_RE.match(paragraphs[i - 1]) and len(par) <= 2 * _MAX_CAPTION:
            art.captions.append((len(body) - 1, par))
            continue
        is_last = i == len(paragraphs) - 1
        credited = credits[i]
        if credited and is_last and grammar.CLOSING_CREDIT_RE.search(par):
            credited = bool(grammar.photo_credit(par))  # "... three weeks. (PNA)": the agency
        if credited or (page and is_caption(par, last=is_last, before_byline=bool(art.byline))):
            art.captions.append((len(body) - 1, par))
            if not credited:
                art.doubts.append("caption guessed")
        else:
            body.append(par)
    paragraphs = body
    glued = GLUED_END_RE.search(paragraphs[-1])
    if glued and glued.start() > 0:
        paragraphs[-1] = paragraphs[-1][: glued.start()]  # "... up 11.4 percent. Enditem"
    art.body = paragraphs
    named = _NAMED_LEDE_RE.match(paragraphs[0]) if paragraphs and not art.source else None
    if named and _masthead_named(seg, named.group("name")):
        # "Kinhtedothi - Hanoi authorities ...": the lede opens with the masthead's name
        _source(art, named.group("name"), "newspaper", index)
    if not art.source and (seg.chrome or seg.tail or art.captions):
        _page_source(art, seg, index, quiet=bool(art.alias))
    if not art.source and art.byline and art.captions:
        _credited_twice(art, seg, index)
    if not art.source and art.alias:
        _source(art, art.alias, "newspaper", index)
    if not art.source:
        top = next((ln.start for ln in seg.content if collapse(ln.text) == art.title), None)
        top = top if top is not None else (seg.content[0].start if seg.content else 0)
        head = [ln for ln in (*seg.chrome, *seg.content) if ln.start < top]
        domain = next((d for ln in head if (d := grammar.site_domain(ln.text))), "")
        if domain:  # "PRBuzz.com" over the headline: the site names itself by its address
            release = _release(seg) or re.search(r"^pr|wire|press|release", domain, re.I)
            _source(art, domain, "press_release" if release else "newspaper", index)
            art.doubts.append("source taken from the page's furniture")
    kicker = next(
        (
            ln
            for ln in (*seg.chrome, *seg.content)
            if ln.kicker and not SAVED_PAGE_RE.match(ln.text)  # (an address names no one)
        ),
        None,
    )
    if not art.source and kicker is not None:
        # "DPI Guyana - News" over each of its stories: the service that filed them
        name = (
            tag_name(kicker.text)
            or record_name(kicker.text)
            or KICKER_SPLIT_RE.split(kicker.text, maxsplit=1)[0]
        )
        if not _in_menu(kicker.text, seg):  # ("Military Regions - Services": a section)
            _source(art, name, art.source_kind or "wire", index)
            art.doubts.append("source taken from the page's furniture")
    posted = (
        ""
        if art.source
        else next(
            (n for ln in (*seg.chrome, *seg.content[:6]) if (n := grammar.posted_by(ln.text))), ""
        )
    )
    if posted:
        # "Posted by GetNews | April 09, 2026": the service that posted the item
        _source(art, posted, art.source_kind or "press_release", index)
        art.doubts.append("source taken from the page's furniture")
    if not art.source and banner:
        # the site's banner names it: "Comunicae.es | Notas de prensa" -> "Comunicae.es"
        _source(art, grammar.banner_head(banner), "newspaper", index)
        art.doubts.append("source taken from the page's furniture")
    if not art.source:
        site = next(
            (
                d
                for ln in (*seg.content, *seg.tail, *seg.chrome)
                if (d := grammar.read_on_site(ln.text))
            ),
            "",
        )
        if site:  # "Read on akorda.kz: https://...": the mailing sends its reader to the source
            _source(art, site, art.source_kind, index)
            art.doubts.append("source taken from the story's link")
    if not art.source and art.source_kind != "wire":
        issuer = _issuer(seg)
        if issuer:  # an unknown distributor's release: the firm that issued it
            _source(art, issuer, "press_release", index)
            art.doubts.append("source taken from the release's boilerplate")
    if not art.dateline:
        art.dateline = _lede_dateline(paragraphs[0])
        art.published_date = parse_date(art.dateline) if art.dateline else None
    if art.byline and grammar.outlet_only(art.byline) and _alone(art.byline, seg):
        art.byline = ""  # "Times News Service" alone under the headline: a desk, no author
    if art.byline and _desk_of_source(art.byline, art.source):
        art.byline = ""  # "Posted On: ... by PIB Guwahati": the source's own desk
    art.teasers = teasers
    # a gallery's numbering is the viewer's, not the caption's: "Photo 2 of 3: A homestay ..."
    art.captions = [(i, _GALLERY_NUMBER_RE.sub("", c)) for i, c in art.captions]
    art.template = _template(seg)
    if not title:
        art.warnings.append("no title line found")
        art.doubts.append("no title line found")
    if not art.source:
        art.doubts.append("no source found")
    if seg.guessed:
        art.doubts.append("story boundary guessed")
    _lost_characters(art, text)
    return art, []


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


def _template(seg: Segment) -> str:
    """The shape of the first date stamp in the page's head: its first three words, letters as
    A/a and digits as 9 ("Tue Nov 18, 2025 04:12 PM" -> "Aaa Aaa 99,")."""
    start = seg.content[0].start if seg.content else 0
    for line in sorted(seg.chrome, key=lambda ln: ln.start):
        if line.start <= start + 2000 and grammar.is_stamp(line.text):
            words = " ".join(line.text.split()[:3])
            return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", words)))
    return ""


def _lost_characters(art: ParsedArticle, text: str) -> None:
    chunk = text[art.span[0] : art.span[1]]
    lost = chunk.count("\ufffd")
    if "?" in chunk:
        for tok in chunk.split():
            if "?" in tok and "://" not in tok and "=" not in tok and _LOST_Q_RE.search(tok):
                lost += 1
    if lost:
        art.warnings.append(
            f"{lost} character(s) lost before import (replacement characters or '?' in words)"
        )
