"""Turn one segment into an article: title, body, captions, byline, source, dateline, teasers."""

from __future__ import annotations

import re

from . import grammar
from .captions import _MAX_CAPTION, _credited, _sentences, byline_of, is_caption
from .heads import (
    _GALLERY_NUMBER_RE,
    _NAMED_LEDE_RE,
    _SECTION_SLASH_RE,
    _agency_then_author,
    _byline_in_head_chrome,
    _closing_author,
    _continues_title,
    _dressed_byline,
    _furniture_only,
    _glued_head,
    _head_furniture,
    _head_region,
    _looks_like_title,
    _page_head,
    _release,
    _shouted_masthead,
    _site_banner,
    _strong_lede,
)
from .heads import _dated_lede as _dated_lede  # (re-exported: the tests read it from here)
from .lines import (
    GLUED_END_RE,
    HEADER,
    KICKER_SPLIT_RE,
    SAVED_PAGE_RE,
    TEXT,
    Line,
    Segment,
)
from .markers import find_source, match_dateline
from .model import ParsedArticle, ParsedTeaser
from .paragraphs import _AUTHOR_LABEL_RE, _GALLERY_RE, PLACEHOLDER_RE, block_paragraphs
from .provenance import _alone, _desk_of_source, _in_menu, _own_address, _tagged_source
from .sourcing import (
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

_LOST_Q_RE = re.compile(r"\w\?\w|(?:^|\s)\?\w")


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


#: A story telling whom its sources spoke to: "..., the press service told 24.kg news agency".
_TOLD_AGENCY_RE = re.compile(
    r"\btold (?:the )?(?P<name>[A-Z0-9][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}) (?:news agency|agency)\b"
)


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
    told = _TOLD_AGENCY_RE.search(" ".join(paragraphs[:2])) if not art.source else None
    if told:  # "..., the press service told 24.kg news agency.": the agency reporting it
        _source(art, told.group("name"), "wire", index)
        art.doubts.append("source taken from the story's text")
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
        # "DPI Guyana - News" over each of its stories: the service that filed them (a tag or a
        # record naming it was read already, ``_tagged_source``)
        name = KICKER_SPLIT_RE.split(kicker.text, maxsplit=1)[0]
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
