"""A page's publisher from its own furniture, when no dateline or sign-off names it.

The copyright line's owner, known names in the masthead and chrome, credits that name a known
outlet, the site's domains, and a masthead confirmed by the page itself: a short name over the
site's menu at the page's top, or a name the page prints again (in a web address, a photo's
credit, its initials, its own text).
"""

from __future__ import annotations

import re

from . import grammar
from .lines import SAVED_PAGE_RE, Segment
from .model import ParsedArticle
from .profiles import SourceIndex
from .wordjoin import _zipf_any

_DEFAULT = SourceIndex.of(None)


def page_evidence(seg: Segment, art: ParsedArticle, index) -> list[str]:
    """Names of the page's publisher in its furniture, surest first: the copyright line (its
    owner, or the known name it begins with), known names in the masthead and chrome, photo
    credits that name a known outlet; a masthead the page confirms comes first unless the
    copyright line names a known supplier."""
    index = index or _DEFAULT
    names: list[str] = []
    for line in (*seg.chrome, *seg.tail, *seg.signoffs):
        owner = grammar.copyright_owner(line.text)
        for part in owner.split(",") if owner else ():
            words = part.split()
            known = next(
                (" ".join(words[:n]) for n in range(len(words), 0, -1)
                 if index.exact(" ".join(words[:n])) is not None),
                None,
            )  # fmt: skip
            names.append(known or part.strip())
    owners = list(names)
    for line in seg.chrome:
        words = re.findall(r"[\w.+-]+", line.text)
        for n in (3, 2, 1):  # "Tuoi Tre News", "SGGP", "TheJakartaPost"
            for i in range(len(words) - n + 1):
                name = " ".join(words[i : i + n])
                if len(name) >= 3 and index.exact(name) is not None:
                    names.append(name)
    for _, caption in art.captions:
        credit = grammar.photo_credit(caption)
        for part in re.split(r"[/,]", credit) if credit else ():  # "NAME, Taipei Times"
            if index.exact(part.strip()) is not None or (
                # "(Seychelles News Agency) Photo License: CC-BY": an agency by its name
                grammar.outlet_name(part.strip()) == part.strip() and " " in part.strip()
            ):
                names.append(part.strip())
    lines = (*seg.content, *seg.chrome, *seg.tail)
    names += [profile.name for _, profile in known_domains(lines, index)]  # "x@mmtimes.com"
    masthead = confirmed_masthead(seg, art)
    if masthead:
        names.append(masthead)
    # a scraper's mark over the page names its address: the site, when nothing else does
    saved = next((ln.text for ln in seg.chrome if SAVED_PAGE_RE.match(ln.text)), "")
    site = _DOMAIN_RE.search(saved) if "://" in saved or "www." in saved else None
    if site and not names:
        names.append(site.group(1))
    known = [n for n in names if index.exact(n) is not None]
    ordered = known + [n for n in names if n not in known]
    if masthead and not any(index.exact(n) for n in owners):
        # the page's own name over its menu outranks a known agency a photo's credit names
        ordered.insert(0, ordered.pop(ordered.index(masthead)))
    return ordered


_NAME_LINKS = grammar.NAME_LINKS | {"of", "the", "du", "di", "from", "for"}  # "Notes from Poland"


def unshouted(name: str) -> str:
    """A masthead in capitals as a name is written: "THE GLEANER" -> "The Gleaner", "PR TIMES"
    -> "PR Times" (short words other than articles stay capitals: initials)."""
    if not name.isupper() or len(name.split()) < 2:
        return name  # ("VOVWORLD", "SGGP": a brand or initials, as printed)
    small = {"THE", "OF", "AND", "DE", "LA", "LE", "DU", "DEL"}
    words = name.split()
    return " ".join(
        w.capitalize() if len(w) > 3 or (w in small and i == 0) else w.lower() if w in small else w
        for i, w in enumerate(words)
    )


_SITE_DOMAIN_RE = re.compile(r"^[A-Z][\w-]+(?:\.[a-z]{2,4})?\.[a-z]{2,3}$")  # "Comunicae.es"


def _tagline(text: str) -> bool:
    """ "Tanzania's leading newspaper", "Mongolia's English-language newspaper": a site's motto
    under its name (a few words naming what it is, no sentence)."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and not text.endswith((".", "!", "?", ":"))
        and not any(ch.isdigit() for ch in text)
        and bool(re.search(r"\b(?:news(?:paper)?|daily|weekly|journal|magazine|voice|source)\b",
                           text, re.IGNORECASE))
    ) or bool(_OFFICIAL_SITE_RE.match(text))  # fmt: skip


#: "The official website of the New Zealand Government": a site saying what it is.
_OFFICIAL_SITE_RE = re.compile(
    r"^(?:The )?(?:official )?(?:web ?site|portal|news portal|home) of "
    r"(?:the )?[A-Z][\w' -]{2,50}$",
    re.IGNORECASE,
)


def _proper_outlet(text: str) -> bool:
    """ "Stabroek News", "Fiji Times": an outlet's word after a name no section has (a rare
    word: a place, a founder); "Breaking News", "Irish News", "Local News" are sections."""
    if grammar.outlet_name(text) != text:
        return False
    words = re.findall(r"[^\W\d_]+", text)[:-1]
    return any(_zipf_any(w.lower()) < _RARE_NAME for w in words if w.lower() != "the")


#: How common (Zipf frequency) a word of a paper's name may be and still name only it.
_RARE_NAME = 3.7


def _qualifier(text: str) -> bool:
    """A short line in title case with no sentence, figure or bar: "Government of India"."""
    words = text.split()
    return (
        1 <= len(words) <= 6
        and not text.endswith((".", "!", "?", ":"))
        and not any(ch.isdigit() or ch in "|>/" for ch in text)
        and all(w[:1].isupper() or w in _NAME_LINKS for w in words)
    )


def _spelled_out(name: str, under: str) -> bool:
    """``under`` spells out the initials ``name`` is ("DVIDS": "Defense Visual Information
    Distribution Service")."""
    initials = "".join(w[0] for w in under.split() if w[:1].isupper())
    return len(name) >= 3 and name.isupper() and initials == name


def _before_masthead(text: str) -> bool:
    """A line a page may print above its name: a stamp, a button."""
    return grammar.is_stamp(text) or (
        grammar.chrome(text) and not grammar.bar_menu(text) and not grammar.site_menu(text)
    )


def confirmed_masthead(seg: Segment, art: ParsedArticle) -> str:
    """The page's first line of chrome that is a short name ("Ahram Online"), when the page
    names it again elsewhere: in its web addresses ("english.ahram.org.eg") or a photo's credit
    ("(Photo: Ahram)"). A publisher no profile knows, found from two pieces of its own page."""

    def name_like(text: str) -> bool:
        words = text.split()
        return (
            1 <= len(words) <= 4
            and text[:1].isupper()
            and all(w[:1].isupper() or not w.isalpha() or w in _NAME_LINKS for w in words)
            and not text.endswith(":")
            and "," not in text  # ("Victoria, Seychelles | date | by NAME": a place)
            and "|" not in text
            and not _DOMAIN_RE.search(text)
            and not grammar.chrome(text)
            and not grammar.is_stamp(text)
            and not grammar.byline_line(text)  # ("By: NAME - Correspondent" is the author)
        )

    def banner_name(text: str, menu: bool = True) -> str:
        """The line, or the name heading a banner: "The Tico Times | Costa Rica News | ...";
        with ``menu`` False, not the first item of a menu ("Today's Paper | Subscribe")."""
        text = text.strip().split("\u3000")[0]  # "PR TIMES　プレスリリース配信サービス"
        if not menu and grammar.bar_menu(text) and not re.search(r"\s[-–]\s", text):
            return ""
        head = grammar.banner_head(text)
        return text if name_like(text) else head if head != text and name_like(head) else ""

    ordered = sorted(
        {
            ln.start: ln
            for ln in (*seg.content, *seg.chrome)
            if ln.text.strip()
            and not grammar.rule_line(ln.text)
            and not SAVED_PAGE_RE.match(ln.text)  # (a scraper's record over the page)
            and not grammar.FIELDS_LINE_RE.match(ln.text)
        }.values(),  # (a head line moved to the chrome is in both)
        key=lambda ln: ln.start,
    )
    while len(ordered) > 3 and _before_masthead(ordered[0].text):
        ordered.pop(0)  # a scraper's stamp ("Retrieved: 2026-12-05 14:20"), "Skip to content"
    if len(ordered) > 2:
        head = grammar.banner_head(ordered[0].text)
        top_name = banner_name(ordered[0].text, menu=False) or (
            head if _SITE_DOMAIN_RE.match(head) else ""
        )
        under = ordered[1].text
        menus = grammar.menu_under_masthead(top_name, under) or (
            grammar.bar_menu(under, least=2) and grammar.site_menu(ordered[2].text)
        )  # "Subscribe | Sign In" over the sections' menu
        # "THE CITIZEN / Tanzania's leading newspaper / News | National": a tagline between
        # the name and the menu; "BUENOS AIRES TIMES / SOCIETY | 13-03-2026 11:24": the
        # section and the stamp under the name
        menus = menus or (
            _tagline(under)
            and (grammar.bar_menu(ordered[2].text, least=2) or grammar.breadcrumb(ordered[2].text))
        )
        # "Press Information Bureau / Government of India / Home | Press Releases | ...": the
        # name, whose it is, then the site's menu
        menus = menus or (_qualifier(under) and grammar.site_menu(ordered[2].text))
        menus = menus or grammar.section_stamp(under)
        # "DVIDS / Defense Visual Information Distribution Service / Home  News ...": the
        # name's initials spelled out under it, over the menu
        menus = menus or (
            _spelled_out(top_name, under)
            and (grammar.bar_menu(ordered[2].text, least=2) or grammar.site_menu(ordered[2].text))
        )
        # "Daily FT / Saturday, 5 December 2026 00:04 - ... / Front Page | News | ...": the
        # page's date line between the name and the menu
        menus = menus or (
            grammar.is_stamp(re.split(r"\s[-–|]\s", under, maxsplit=1)[0])
            and grammar.site_menu(ordered[2].text)
        )
        # a name in capitals over its crumb or a short bar ("POST-COURIER / Home / Business",
        # "SOLOMON STAR NEWS / News | National"), or over its motto ("KUENSEL / Bhutan's
        # National Newspaper")
        shouted = top_name.isupper() and len(top_name) >= 4
        menus = menus or (
            shouted
            and (grammar.breadcrumb(under) or grammar.bar_menu(under, least=2) or _tagline(under))
        )
        if top_name and menus:
            # a short name over the site's menu at the top of its page: its masthead
            return unshouted(top_name)
        if _proper_outlet(ordered[0].text) and name_like(ordered[0].text):
            return ordered[0].text  # "Stabroek News" alone over the page: a paper's name
    first = next((banner_name(ln.text) for ln in seg.chrome if banner_name(ln.text)), "")
    if not first:
        return ""
    stems = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", first)}
    if not stems:
        return ""
    joined = "".join(re.findall(r"[^\W\d_]+", first)).casefold()  # "nilecourier"
    labels = {
        label
        for ln in (*seg.chrome, *seg.tail)
        for domain in _DOMAIN_RE.findall(ln.text)
        for label in domain.casefold().split(".")
    }
    credits = {
        w.casefold()
        for _, caption in art.captions
        for w in re.findall(r"[^\W\d_]+", grammar.photo_credit(caption) or caption[-40:])
        if w.isupper() or len(w) >= 4
    }
    initials = "".join(w[0] for w in first.split() if w[:1].isupper()).casefold()
    initialled = len(initials) >= 2 and initials in credits  # "Hindustan Times", "(HT Photo)"
    if joined in labels or stems & (labels | credits) or initialled:
        return first
    # or the page names it again in its own text: "Transport reporter · NZ Herald ·"
    top = next(
        (banner_name(ln.text) or ln.text.strip() for ln in seg.chrome if ln.text.strip()), ""
    )
    if first != top or len(first.split()) < 2:
        return ""  # (only the page's top line, and a name of two words or more)
    again = any(first in ln.text for ln in (*seg.content, *seg.tail) if ln.text != first)
    return first if again else ""


def known_domains(lines, index):
    """(domain, profile) for each e-mail or web address on ``lines`` whose site is a known
    supplier ("aungkyawmin@mmtimes.com", "news.cision.com/")."""
    for line in lines:
        for domain in _DOMAIN_RE.findall(line.text):
            profile = (index or _DEFAULT).exact(domain.lower())
            if profile is not None:
                yield domain.lower(), profile


#: The domain of an e-mail or web address: the site that published the page.
_DOMAIN_RE = re.compile(
    r"(?:@|https?://(?:www\.)?|\bwww\.|^)((?:[\w-]+\.)+[a-z]{2,6})(?=/|\b)(?!\.\w)"
)
