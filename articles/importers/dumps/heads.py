"""The head of a page over its story: the site's banners, mastheads, menus and stamps set apart
from the headline, the title and its continuation, the lede that opens the story.
"""

from __future__ import annotations

import re

from . import grammar
from .captions import _credited
from .lines import BULLETS, MAX_TITLE, SENTENCE_ENDS, TEXT, Line, Segment, _headline_like
from .markers import LEDE_ALIAS_RE, find_source, match_dateline, source_key
from .model import ParsedArticle
from .segment import head_evidence
from .sourcing import _RELEASE_PART_RE, collapse


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
    helped = False  # (a hand credited under the line: "Edited by NAME")
    for at in range(len(paragraphs) - 1, max(1, len(paragraphs) - 5), -1):
        author = grammar.closing_author(paragraphs[at])
        line = paragraphs[at].strip()
        last = at == len(paragraphs) - 1
        if (
            not author
            and (helped or last)
            and 2 <= len(line.split()) <= 3
            and grammar.page_byline(line) == line
            and paragraphs[at - 1].rstrip()[-1:] in '.!?"”'
        ):
            # "... this year. / Sonam Wangmo (/ Edited by NAME)": a name alone under the text
            author = line
        if author:
            return author, at
        if not (grammar.HELPER_CREDIT_RE.match(line) or grammar.photo_credit(line)):
            return None
        helped = helped or bool(grammar.HELPER_CREDIT_RE.match(line))
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
