"""Who supplied a story, and when: its source, kind, external id and dateline, from the most
reliable evidence first (a distribution line, a footer, a dateline's agency, sign-offs, the
page's furniture, the story's credits), and the date its dateline gives."""

from __future__ import annotations

import datetime
import re

from . import grammar
from .lines import Segment
from .markers import (
    DATE_RE,
    DISTRIBUTION_RE,
    LEDE_ALIAS_RE,
    LEDE_DATE_RE,
    MONTHS,
    SOURCE_FOOTER_RE,
    WIRE_END_MARK,
    find_source,
    match_dateline,
    source_key,
)
from .mastheads import confirmed_masthead, known_domains, page_evidence
from .model import ParsedArticle
from .profiles import SourceIndex
from .wordjoin import _zipf_any

_DEFAULT = SourceIndex.of(None)


def collapse(text: str) -> str:
    return " ".join(text.split())


# --- dates --------------------------------------------------------------------------------
def parse_date(text: str) -> datetime.date | None:
    """The first date with a year in ``text``, else None."""
    for m in DATE_RE.finditer(text):
        month = m.group("month") or m.group("month2")
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2")
        if not year:
            continue
        key = month.rstrip(".").lower()
        num = MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
        try:
            return datetime.date(int(year), num or 0, int(day))
        except (TypeError, ValueError):
            continue
    return None


def _lede_dateline(first: str) -> str:
    m = LEDE_DATE_RE.search(first[:400])
    return m.group("when") if m else ""


# --- sources ------------------------------------------------------------------------------
def _add_alias(aliases: list[str], alias: str) -> None:
    alias = collapse(alias)
    if alias and alias not in aliases:
        aliases.append(alias)


def _source(art: ParsedArticle, raw: str, default_kind: str, index=None) -> None:
    known = find_source(raw, default_kind, index)
    art.source = known.name if known else grammar.without_legal_form(collapse(raw).strip(" .,;:-"))
    art.source_kind = known.kind if known else default_kind
    _add_alias(art.source_aliases, raw)


def _is_word(token: str) -> bool:
    """ "TOKYO", "BERGEN" are places; "ĐBP", "VNS" are a paper's initials (an unknown
    paper's initials are short and no word)."""
    return len(token) >= 5 or (len(token) == 4 and _zipf_any(token.lower()) >= 2.5)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _masthead_named(seg: Segment, alias: str) -> bool:
    """The page's masthead spells the lede's prefix ("KINHTEDOTHI" over "Kinhtedothi - ..."):
    the paper's own name, not a place."""
    key = _letters(alias)
    return any(_letters(ln.text) == key for ln in seg.chrome if len(ln.text) <= 40)


#: A source line that names a document, not a supplier: "Source: Acme press release".
_ORIGIN_DOC_RE = re.compile(
    r"\b(?:press release|news release|release|statement|announcement)$", re.I
)


def _identify(art: ParsedArticle, seg: Segment, first: str, text: str, index=None) -> None:
    """Source, kind, external id and dateline, most reliable evidence first."""
    dateline = match_dateline(first)
    general = None if dateline else grammar.dateline(first)
    lede = LEDE_ALIAS_RE.match(first)
    if (
        lede
        and _is_word(lede.group("alias"))
        # (a word names a paper only in full: "BANGKOK" only begins "Bangkok Post")
        and (index or _DEFAULT).exact(lede.group("alias")) is None
        and not _masthead_named(seg, lede.group("alias"))
    ):
        lede = None  # "TOKYO - ...": a dateline, not a paper's initials
    if (
        general
        and general.agency
        and not find_source(general.agency, "", index)
        and lede is None
        and not general.agency[:1].isupper()
        and not (general.agency.isalpha() and len(general.agency) <= 6)  # "(dpa)" is one
        and not re.match(r"[a-z]{1,2}[A-Z]", general.agency)  # "(iCrowdNewswire)" is one
        and not first.startswith(f"({general.agency})")  # "(firmenpresse) - Duisburg, ...": one
    ):
        general = None
    if seg.distribution is not None:
        m = DISTRIBUTION_RE.match(seg.distribution.text)
        art.external_id = m.group("id")
        name = m.group("name")
        agency = dateline.group("agency") if dateline else ""
        if agency and (not name or (not find_source(name, "", index) and find_source(agency))):
            name = agency  # "obeNewswire Distribution ID": a name damaged, the dateline's not
        _source(art, name, "press_release", index)
        art.source_kind = "press_release"
    for prefix, profile in (index or _DEFAULT).lede_prefixes:
        if not art.source and first.casefold().startswith(prefix.casefold()):
            _source(art, profile.name, profile.kind, index)  # a lede prefix taught in a profile
    if seg.footer is not None and not art.source:
        name = SOURCE_FOOTER_RE.match(seg.footer.text).group("name")
        named = dateline.group("agency") if dateline else (general.agency if general else "")
        owned = any(grammar.copyright_line(ln.text) for ln in (*seg.chrome, *seg.tail))
        if "://" in name or name.startswith("www."):
            pass  # "Source: https://baotintuc.vn/...": where a republished story came from
        elif _ORIGIN_DOC_RE.search(name) or (owned and grammar.institution_name(name)):
            _add_alias(art.source_aliases, name)  # "Source: Acme press release", "Source:
            # Department of X" on a paper's own page: what the story was written from
        elif named and not find_source(name, "", index):
            _add_alias(art.source_aliases, name)  # "/Kyodo JBN/ -- ... Source: Acme Co.": the
        else:  # issuer signs the release the dateline's distributor carries
            _source(art, name, "wire", index)
    if not art.external_id:
        # a number the page prints under its label ("Item ID: abi-20260314-0173", "Press release
        # 718/2026") before one read from its address
        art.external_id = next(
            (m.group(1) for ln in seg.chrome if (m := grammar.ID_LABEL_RE.match(ln.text))), ""
        )
    for line in seg.chrome:
        if not art.external_id:
            art.external_id = grammar.url_release_id(line.text)
        if not art.external_id and (code := grammar.ID_CODE_RE.match(line.text)):
            art.external_id = code.group("id")  # "pts20260408011 Technology/..." over it
    for line in seg.tail:  # "Newswire ID: 248811" among the record under the release
        m = grammar.ID_LABEL_RE.match(line.text) if not art.external_id else None
        if m:
            art.external_id = m.group(1)
        elif not art.external_id and grammar.ADDRESS_LINE_RE.match(line.text):
            art.external_id = grammar.url_release_id(line.text)  # "Original URL: https://..."
    own = dateline.group("agency") if dateline else (general.agency if general else "")
    own_known = find_source(own, "", index) if own else None
    for line in seg.signoffs:
        if not art.external_id:
            art.external_id = grammar.url_release_id(line.text)
        agency = grammar.signoff_agency(line.text) or line.text
        known = find_source(agency, "", index) or (index or _DEFAULT).signoffs.get(
            line.text.casefold()
        )
        if (
            known is not None
            and known.name != agency
            and known not in (find_source(agency, "", index),)
        ):
            agency = known.name  # a supplier's own sign-off ("Enditem"), taught in its profile
        if own and known is not None and not _names(known, own, own_known):
            continue  # the lede names its agency: a line naming another is the next masthead
        if known is not None and not art.source:
            _source(art, agency, known.kind, index)
        elif (published := grammar.PUBLISHED_ON_RE.match(line.text)) and not art.source:
            name = published.group("name") or published.group("paper")
            if name and not own:
                _source(art, name, "press_release", index)  # "Distributed by News Direct"
        elif (
            not art.source
            and not own
            and (grammar.SIGNED_OFF_RE.match(line.text) or grammar.SHARED_FROM_RE.match(line.text))
        ):
            _source(art, agency, "wire", index)  # "— Aye Mya (MNA)": an agency no profile knows
        elif agency and line.text.upper().startswith("SOURCE"):
            _add_alias(art.source_aliases, agency)  # the issuing company
    if lede and not art.source and find_source(lede.group("alias"), "", index):
        _source(art, lede.group("alias"), "newspaper", index)
    agency = dateline.group("agency") if dateline else (general.agency if general else "")
    if agency and "/" in agency:
        # "(MOF/PACNEWS)": the office the story came from, then the agency that carries it
        parts = [p.strip() for p in agency.split("/") if p.strip()]
        if len(parts) >= 2 and find_source(agency, "", index) is None:
            _add_alias(art.source_aliases, agency)
            agency = parts[-1]
    if agency:
        if not art.source:
            wireish = re.search(r"wire|pr\b|newsfile", agency, re.IGNORECASE)
            _source(art, agency, "press_release" if wireish else "wire", index)
        else:
            _add_alias(art.source_aliases, agency)
    if dateline:
        art.dateline = dateline.group("dateline").strip(" ,")
        art.published_date = parse_date(art.dateline)
        if not any(ch.isdigit() for ch in art.dateline):  # a place only: "Hanoi (VNA) -"
            art.dateline = _lede_dateline(first[dateline.end() :]) or art.dateline
            art.published_date = parse_date(art.dateline)
    elif general and (general.strong or general.agency) and not lede:
        art.dateline = general.text
        art.published_date = parse_date(general.date or general.text)
    if lede and not art.source:
        art.alias = lede.group("alias")  # an unknown paper's initials: the last resort
    if not art.source and not art.alias:
        for line in seg.tail:  # a page's own teasers carry its alias: "ĐBP - ..."
            m = LEDE_ALIAS_RE.match(line.text)
            if m and not _is_word(m.group("alias")):
                art.alias = m.group("alias")
                break
    if not art.source:  # the site's domain in the furniture: "news.cision.com/"
        urls = (ln for ln in seg.content if grammar.URL_ONLY_RE.match(ln.text))
        for domain, profile in known_domains((*seg.chrome, *urls), index):
            _source(art, domain, profile.kind, index)
            break
    if not art.source and art.byline_org:
        known = find_source(art.byline_org, "", index)
        if known is not None:
            _source(art, art.byline_org, known.kind, index)
    if not art.source:
        content = seg.content
        if first.endswith(WIRE_END_MARK) or any(ln.text.endswith(WIRE_END_MARK) for ln in content):
            art.source_kind = "wire"
        elif any(_RELEASE_PART_RE.match(ln.text) for ln in content):
            art.source_kind = "press_release"  # "Media contact:", "Notes to Editors"
        elif seg.tail or seg.chrome or art.alias:
            art.source_kind = "newspaper"
    known = find_source(art.source, "", index) if art.source else None
    if known:
        seen = text[seg.content[0].start : seg.end()] if seg.content else ""
        for alias in (known.name, *known.aliases):
            if alias != art.source and alias in seen:
                _add_alias(art.source_aliases, alias)


#: The parts only a press release has: its media contact, its notes to editors.
_RELEASE_PART_RE = re.compile(
    r"^(?:(?:media|press|investor|for (?:media|press|further|more)[\w ]{0,20})\s*"
    r"(?:contacts?|enquiries|inquiries|information)\b[^.]{0,40}:?\s*$"
    r"|notes? to editors?:?\s*$|press release\s*:\s*\S[^\n]{0,80}$"  # "Press Release: X Council"
    # "Datos de contacto:", "Contact presse", "Pressekontakt:", "Rückfragen & Kontakt:"
    r"|(?:datos de contacto|contacto de prensa|contact presse|contacts? médias?|pressekontakt"
    r"|rückfragen(?: & kontakt)?|contatos? (?:de imprensa|para imprensa))\b[^.]{0,40}:?\s*$)",
    re.IGNORECASE,
)


#: A release's boilerplate heading names the firm that issued it: "About Ledgerline",
#: "Über Müller GmbH", "About Harbourlight Bio: Harbourlight Bio provides ...".
_ABOUT_RE = re.compile(
    r"^(?:About|ABOUT|Über|ÜBER|À propos de|A propos de|Acerca de|Sobre|Om|Over|Informazioni su)"
    r"\s+(?P<name>[A-Z0-9][^:.!?]{1,60}?)\s*(?::(?:\s.*)?)?$"
)
_NOT_ISSUERS = {"us", "the author", "the authors", "the survey", "the study", "the report", "this"}


def _issuer(seg: Segment) -> str:
    """The firm a release's first "About X" heading names (the issuer comes first; a partner
    is described after it), or ""."""
    found = ""
    for line in seg.content:
        m = _ABOUT_RE.match(line.text)
        name = m.group("name").strip() if m else ""
        if name and len(name.split()) <= 6 and name.casefold() not in _NOT_ISSUERS:
            found = found or name
    for line in (*seg.content, *seg.signoffs, *seg.chrome, *seg.tail):
        labelled = grammar.ISSUER_LABEL_RE.match(line.text) if not found else None
        if labelled:  # "Issuer: Alpinsoft GmbH" in the distributor's record
            found = grammar.without_legal_form(labelled.group("name").strip(" ,."))
    for line in seg.chrome:
        if not found and grammar.institution_name(line.text) and len(line.text.split()) >= 3:
            found = line.text.strip()  # "University of Bergen" under the headline
    return found


def _names(known, agency: str, agency_known) -> bool:
    """``known`` (a supplier's profile) is the agency a dateline names."""
    if agency_known is not None:
        return agency_known.name == known.name
    key = source_key(agency)
    return any(source_key(n) == key for n in (known.name, *known.aliases))


#: A broadcast report's sign-off: the reporter, the station's news, the place ("Rose Kavi, NBC
#: News, Goroka.").
_REPORTER_OUTLET_PLACE_RE = re.compile(
    r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}, "
    r"(?P<outlet>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2} (?:News|Radio|TV|Television|FM)), "
    r"[A-Z][\w' -]{1,30}\.$"
)


def _closing_source(art: ParsedArticle, seg: Segment, paragraphs: list[str], index) -> None:
    """A wire story that names its agency only where it ends: the credit closing its last
    paragraph ("... (PNA)"), or its closing lines ("Anadolu Agency website contains ...",
    "© Copyright ANSA")."""
    m = grammar.CLOSING_CREDIT_RE.search(paragraphs[-1]) if paragraphs else None
    names = [m.group("name")] if m else []
    signed = _REPORTER_OUTLET_PLACE_RE.match(paragraphs[-1]) if paragraphs else None
    if signed:
        names.append(signed.group("outlet"))  # "Joseph Kaupa, NBC News, Lae.": a bulletin's report
    signed = _SIGNED_DOMAIN_RE.search(paragraphs[-1]) if paragraphs else None
    if signed and grammar.site_domain(signed.group("domain")):
        names.append(signed.group("domain"))  # "... by 2027. - SAnews.gov.za": the site signs
    names += [grammar.closing_outlet(ln.text) for ln in seg.signoffs]
    names += [_bare_outlet(ln.text) for ln in seg.signoffs]  # "GNA", "— Kabar" under a story
    # "This information is provided by RNS, ...": the service's own notice under the item,
    # stronger than a name in brackets closing its last paragraph ("(Nominated Adviser)")
    names[:0] = [
        m.group("a") or m.group("b")
        for ln in seg.tail
        if (m := grammar.DISSEMINATED_RE.match(ln.text))
    ]
    names = [n for n in names if n and n.casefold() not in _NOT_OUTLETS]
    if names:
        known = [n for n in names if find_source(n, "", index) is not None]
        name = (known or names)[0]
        src = find_source(name, "", index)
        _source(art, name, src.kind if src else "wire", index)


_SIGNED_DOMAIN_RE = re.compile(r"[.!?”\"]\s+[-–—]\s+(?P<domain>[A-Za-z][\w-]+(?:\.[\w-]+){1,3})$")
_BARE_OUTLET_RE = re.compile(
    # ("DOC/ANGOP": the desk's initials, then the agency)
    r"^(?:[—–-]{1,2}\s*)?(?:[A-Z]{2,6}/)?"
    r"(?P<name>[A-Z][A-Za-z&.'-]{1,20}(?: [A-Z][A-Za-z&.'-]{1,20}){0,2})$"
)
#: End marks that a sign-off line may be, never an outlet's name.
_END_MARKS = {"end", "ends", "enditem", "more", "nnnn", "zczc", "schluss", "fin", "fim", "ends."}


def _bare_outlet(line: str) -> str:
    """A sign-off that is only a name ("GNA", "— Kabar", "Reuter"): the agency the dump learned
    closes its stories, even one no profile knows."""
    m = _BARE_OUTLET_RE.match(line.strip())
    if not m or m.group("name").casefold() in _END_MARKS:
        return ""
    if "/" in line and len(m.group("name")) < 3:
        return ""  # "AKS/RM": two desks' initials, no agency
    return m.group("name")


#: Brackets that close a paragraph without naming an outlet.
_NOT_OUTLETS = {"end", "ends", "more", "file", "ap photo", "photo", "updated", "corrected"}


def _page_source(art: ParsedArticle, seg: Segment, index, quiet: bool = False) -> None:
    """A page with no lede prefix: its publisher from the copyright line, credits, chrome.
    ``quiet``: the lede's initials are there as a last resort, so only a known name counts."""
    names = page_evidence(seg, art, index)
    known = [n for n in names if (index or _DEFAULT).exact(n) is not None]
    pick = (known or ([] if quiet else names) or [""])[0]
    if names and names[0] not in known and not quiet and confirmed_masthead(seg, art) == names[0]:
        pick = names[0]  # the page's own masthead, over an agency its photo credits name
    if pick:
        _source(art, pick, "newspaper", index)
        art.doubts.append("source taken from the page's furniture")
        for name in names:
            _add_alias(art.source_aliases, name)


def _org_words(text: str) -> set[str]:
    """The names a credit or a byline's decoration may give an outlet by: each piece's first
    word in capitals ("PA Scotland" -> "PA", "Danny Holroyd/PA" -> "PA")."""
    return {w for w in re.findall(r"\b[A-Z][A-Z&]{1,7}\b", text) if not w.isdigit()}


def _credited_twice(art: ParsedArticle, seg: Segment, index) -> None:
    """An outlet the story credits in two independent places, its byline ("By NAME, PA
    Scotland") and its photos' credits ("(Danny Holroyd/PA)"), is the supplier, whether or
    not a profile knows it."""
    line = next(
        (ln.text for ln in (*seg.content, *seg.chrome) if art.byline in ln.text
         and grammar.byline_line(ln.text)),
        "",
    )  # fmt: skip
    decor = line.split(art.byline, 1)[1] if line else ""
    credits = set()
    for _, caption in art.captions:
        credit = grammar.photo_credit(caption)
        for part in credit.split("/")[1:] if credit else ():
            credits |= _org_words(part)
    shared = sorted(_org_words(decor) & credits)
    if len(shared) == 1:
        known = find_source(shared[0], "", index)
        _source(art, shared[0], known.kind if known else "wire", index)
        art.doubts.append("source taken from the story's credits")
