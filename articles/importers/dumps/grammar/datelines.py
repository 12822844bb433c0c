"""Datelines: PLACE[, REGION][, DATE] followed by a separator that may name the agency.

"-", "—", "--", ":", "_", "(AGENCY) -", "/AGENCY/ --", "--(AGENCY)--", "/ AGENCY / DATE /",
"--(AGENCY - DATE) -"; and a dateline alone on its line over the lede.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
#: Month names in Spanish, Portuguese, French, Italian and German.
_MONTH_OTHER = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro"
    r"|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|octobre|novembre|décembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar"
    r"|märz|juni|juli|oktober|dezember)"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:(?:,?\s+|/)\d{{4}})?"  # "March 10/2026"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}"  # "2026-03-10", "10.03.2026"
    # "10 de marzo de 2026", "10 mars 2026", "10. März 2026", "10 de março de 2026"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH_OTHER}(?:\s+(?:de|del)?\s*\d{{4}})?)"
)
#: One word of a place name: capitalised ("Kuala", "HÀ", "St.", "D.C.", "O'Hare").
_PLACE_WORD = r"[A-ZĐ\u00C0-\u1EF8][\w.'’&-]*"
_PLACE = rf"{_PLACE_WORD}(?:(?:\s+|\s*[&/]\s*)(?:{_PLACE_WORD}|de|del|da|do)){{0,4}}"
_REGION = rf"(?:,\s*{_PLACE})"
_AGENCY = r"[A-Za-z][\w&.'’ /-]{0,38}?[\w.]"  # ("MOF/PACNEWS": an office and its agency)

DATELINE_RE = re.compile(
    # "(ANSA) - ROME, APRIL 4 - ": the agency first
    rf"^(?:\(\s*(?P<a6>{_AGENCY})\s*\)\s*[-–—]+\s*(?=[A-ZĐ\u00C0-\u1EF8]))?"
    rf"(?P<place>{_PLACE})(?P<region>{_REGION}{{0,2}}?)"
    # "Guwahati (Assam) [India], October 14 (ANI):": the state in brackets, the country in square
    # (not an agency's name in capitals: "Northfield, MN (PRLEAP.COM) March 13, 2026 -")
    rf"(?:\s*\((?![A-Z0-9.&-]{{3,}}\))(?P<state>[A-Z][\w .'-]{{1,30}})\)(?=\s*\[|,?\s+{_DATE}))?"
    r"(?:\s*\[[A-Z][\w .'-]{1,30}\])?"
    # "Gedaref, Ramadan 25, 1445, April 04, 2024": a date in another calendar first
    rf"(?:,\s*[A-Z][a-z]+\s+\d{{1,2}},\s*\d{{3,4}}(?=,\s*{_DATE}))?"
    rf"(?P<date>,?\s+{_DATE})?(?:\.(?=\s*/))?"  # "KAZAN, October 14. /TASS/."
    r"(?:"
    # "Riyadh, April 04, 2024, SPA --", "YEREVAN, MARCH 10, ARMENPRESS. ..."
    r"(?<=\d),\s*(?:(?P<a7>[A-Z]{2,12})\s*(?:--+|[-–—]|\.(?=\s+[A-Z]))"
    # "DUSHANBE, April 8, 2026, Asia-Plus -- ": a name in mixed case, then a dash
    r"|(?P<a11>[A-Z][\w.&'’-]{1,20}(?: [A-Z][\w.&'’-]{1,20})?)\s+(?:--+|[–—]|-(?=\s)))\s*"
    r"|,\s*(?P<a9>[A-Z]{2,12})[-–—]\s+"  # "Latakia, SANA- ...": the agency's dash glued to it
    # "Tehran, IRNA -- ...": a place in mixed case, then the agency's initials, four letters or
    # more ("Seattle, WA", "Dubai, UAE" are places; after a place in capitals the same shape
    # is its country: "KUALA LUMPUR, MALAYSIA - ")
    r"|,\s*(?P<a14>[A-Z]{4,8})\s+(?:--+|[–—]|-)\s+"
    rf"|\s*--\s*\(\s*(?P<a1>{_AGENCY})\s*-\s*(?P<d1>{_DATE})\s*\)\s*-+\s*"  # Newsfile
    # (AP) — (EFE).- ; with no dash, a sentence must start: "Acme (www.acme.com) is ..." is none
    rf"|\s*-*\s*\(\s*(?P<a2>{_AGENCY})\s*\)\.?\s*(?:(?:--+|[-–—:_]+)\s*|\s+(?![a-z]))"
    # /PRNewswire/ --, / ACCESSWIRE / March 12, 2025 /
    rf"|\s*/\s*(?P<a3>{_AGENCY})\s*/\s*(?:(?P<d3>{_DATE})\s*/\s*)?(?:--?|[–—.:])?\s*"
    rf"|(?<=\d)\s+(?P<a4>[A-Z][a-z]+|[A-Z]{{2,}})\s+[-–—]+\s+"  # TOKYO, Aug. 29 Kyodo -
    # HONG KONG SAR - Media OutReach Newswire - 5 March 2025 -
    # "Vancouver, British Columbia – TheNewswire - March 12, 2026 – "
    rf"|\s+[-–—]\s+(?P<a5>[A-Z][\w&.' ]{{2,40}}?)\s+[-–—]\s+(?P<d5>{_DATE})\s+[-–—]\s+"
    # "Dubai, United Arab Emirates, 12th Mar 2026, King Newswire, ...": a distributor's name
    r"|(?<=\d),\s*(?P<a10>(?:[A-Z][\w.&'-]*\s){0,2}(?:News ?[Ww]ire|Wire|Press|PR))\s*,\s+"
    # ASHLAND, Ore. - Nov. 18, 2025 - PRLog --: the date, then the distributor
    rf"|\s+[-–—]\s+(?P<d8>{_DATE})\s+[-–—]\s+"
    r"(?P<a8>[A-Z][\w&.']{1,20}(?: [A-Z][\w&.']{1,20}){0,2})\s*--+\s*"
    # "Glasgow, Scotland – 10th March 2026 – ": a release's place, then its date, in dashes
    rf"|\s+[-–—]\s+(?P<d9>{_DATE})\s+[-–—]\s+"
    # "Vancouver, BC - December 5, 2026 (Investorideas.com Newswire) ": the date after a dash,
    # then the distributor in brackets
    rf"|\s+[-–—]\s+(?P<d10>{_DATE})\s+\(\s*(?P<a15>{_AGENCY})\s*\)\s*(?:[-–—:]+\s*)?"
    # "BAKU, Azerbaijan, March 10. Azerbaijan's ...", "Jaén, 10 de marzo de 2026.- La ..."
    r"|(?<=\d)(?P<dot>\.-?)\s+(?=[A-ZÁÉÍÓÚÑ])"
    # "Rome, 08 Apr 09:14 - (Nova) - ": the date and time, then the agency between dashes
    r"|(?:\s+\d{1,2}:\d{2})?\s*[-–—]\s*\((?P<a13>[A-Z][\w&.' -]{1,30})\)\s*[-–—]\s*"
    # "Graz (pts011/08.04.2026/09:30) - ": the service's code with the date and time
    r"|\s*\((?P<a12>[A-Za-z]{2,10})\d{0,4}(?:/[\d.:]{4,10}){1,3}\)\s*(?:--+|[-–—])\s*"
    r"|\s*(?P<sep>--|[–—:_]|-)\s+"  # plain: BANGKOK, Thailand —
    r"|(?P<glued>--)(?=[A-Z\"“])"  # a wire's "OSLO--Halvorsen Shipping ASA raised ..."
    r")(?=\S)"
)


_AGENCY_GROUPS = (
    *("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13", "a14"),
    "a15",
)


@dataclass(frozen=True)
class Dateline:
    text: str  # "LONDON, March 3", "BANGKOK, Thailand"
    agency: str  # "Reuters", "BUSINESS WIRE", or ""
    end: int  # where the story's own words start
    strong: bool  # names an agency, or carries a date, or its place is in capitals
    date: str = ""  # the date it gives, wherever it stands ("March 3, 2025")


def _all_caps_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


#: "By Sunanda Rao, IANS, Kochi : Clam collectors ...": a byline, the agency and the place
#: opening the lede.
BYLINE_DATELINE_RE = re.compile(
    rf"^By (?P<names>[A-Z][\w.'’ -]{{2,40}}?), (?P<agency>[A-Z][\w&.-]{{1,20}}), "
    rf"(?P<place>{_PLACE})\s*(?:--|[:–—-])\s+(?=\S)"
    # "By Zhou Ming (ECNS) -- ...": the author and the agency in brackets, no place
    r"|^By (?P<names2>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) \((?P<agency2>[A-Z][\w&.-]{1,20})\)"
    r"\s*(?:--|[:–—-])\s+(?=\S)"
)


#: "Oct. 14 (UPI) -- ...": a date and the agency, no place.
DATE_AGENCY_RE = re.compile(
    # "09:31 AM EDT, 04/08/2026 (MT Newswires) -- ": a market wire's time stamp first
    r"^(?:\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,4})?,?\s+)?"
    rf"(?P<date>{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*\(\s*(?P<agency>{_AGENCY})\s*\)\s*(?:--+|[-–—:])\s*(?=\S)"
)
#: "(EMAILWIRE.COM, March 13, 2026 ) Portland, ME -- ...": the agency and the date in brackets,
#: then the place.
AGENCY_DATE_PLACE_RE = re.compile(
    rf"^\(\s*(?P<agency>{_AGENCY})\s*,\s*(?P<date>{_DATE})\s*\)\s*"
    rf"(?P<place>{_PLACE}{_REGION}{{0,2}})\s*(?:--+|[-–—:])\s*(?=\S)"
)
#: "(PRUnderground) December 9th, 2025 Cascadia Trailworks ...": the agency, then the date.
AGENCY_PLACE_DATE_RE = re.compile(
    rf"^\(\s*(?P<agency>{_AGENCY})\s*\)\s*\(\s*(?P<place>{_PLACE}),\s*"
    rf"(?P<date>{_DATE})\s*\)\s*(?:--+|[-–—:]\s)?\s*(?=[A-Z\"“])"
)
AGENCY_DATE_RE = re.compile(
    rf"^\(\s*(?P<agency>{_AGENCY})\s*\)\s+(?P<date>{_DATE})\s*[-–—:]*\s+(?=\S)"
)
#: "(Bloomberg) -- ...": the agency alone in brackets, then a long dash, no place.
AGENCY_ONLY_RE = re.compile(
    r"^\((?P<agency>[A-Z][\w&.'’ -]{1,30}?)\)\s*"
    # (a hyphen only before a whole paragraph: "(Dtinews) - More than 200 ..." is a teaser's)
    r"(?:--+|—|–|-(?=\s)(?!.*(?:\.\.\.|…)\s*$))\s*(?=[A-Z\"“‘'])"
)
#: What opens a bracket before a dash without being an agency: "(Photo) -- ...", "(Updated) --".
_NOT_AGENCY_WORDS = {"photo", "photos", "video", "file", "update", "updated", "corrected", "adds"}
#: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, ...": a syndicator's tag before the dateline.
SYNDICATION_RE = re.compile(r"^\((?:[^()]|\([^()]{1,40}\)){2,80}\)\s+(?=[A-Z])")


@lru_cache(maxsize=16384)
def dateline(line: str) -> Dateline | None:
    """The dateline opening ``line``, or None."""
    b = BYLINE_DATELINE_RE.match(line) if line.startswith("By ") else None
    if b:
        agency = b.group("agency") or b.group("agency2")
        return Dateline(b.group("place") or "", agency, b.end(), True)
    d = DATE_AGENCY_RE.match(line) if "(" in line[:40] else None
    if d:
        return Dateline(d.group("date"), d.group("agency"), d.end(), True, d.group("date"))
    bracketed = AGENCY_PLACE_DATE_RE.match(line) if line.startswith("(") else None
    if bracketed:  # "(lifePR) (Lübeck, 08.04.2026) ": the service, then place and date
        date = bracketed.group("date")
        return Dateline(f"{bracketed.group('place')}, {date}", bracketed.group("agency"),
                        bracketed.end(), True, date)  # fmt: skip
    adp = AGENCY_DATE_PLACE_RE.match(line) if line.startswith("(") else None
    if adp:
        return Dateline(adp.group("place"), adp.group("agency"), adp.end(), True, adp.group("date"))
    a = AGENCY_DATE_RE.match(line) if line.startswith("(") else None
    if a:
        return Dateline(a.group("date"), a.group("agency"), a.end(), True, a.group("date"))
    only = AGENCY_ONLY_RE.match(line) if line.startswith("(") else None
    if (
        only
        and (placed := DATELINE_RE.match(line))
        and placed.group("a6")
        # (not "(Alliance News) - Harrowgate Brewing PLC - Yorkshire-based brewer ...")
        and (_all_caps_place(placed.group("place")) or placed.group("date"))
    ):
        only = None  # "(ANSA) - ROME, APRIL 4 - ": the agency, then a dateline of its own
    if only and only.group("agency").lower().split()[0] not in _NOT_AGENCY_WORDS:
        return Dateline("", only.group("agency"), only.end(), True)
    tag = SYNDICATION_RE.match(line) if line.startswith("(") else None
    if tag:  # ("(ANSA) - ROME, ..." never gets here: a dash, not a capital, follows its bracket)
        inner = dateline(line[tag.end() :])
        if inner is not None and inner.strong:
            # "(PRDistribution.com) Adelaide, Australia, 15 March 2026 — ": the tag's one name
            own = re.match(r"\(([A-Z][\w.&' ]{1,39})\)", line)
            agency = inner.agency or (own.group(1) if own else "")
            return Dateline(inner.text, agency, tag.end() + inner.end, True, inner.date)
    dotted = _DOTTED_DATELINE_RE.match(line) if ". " in line[:40] else None
    if dotted:  # "Almaty. 5 December. KazTAG – ": the place, the date, the agency, each stopped
        date = dotted.group("date")
        return Dateline(f"{dotted.group('place')}, {date}", dotted.group("agency"), dotted.end(),
                        True, date)  # fmt: skip
    m = DATELINE_RE.match(line)
    if not m:
        return None
    agency = next((m.group(a) for a in _AGENCY_GROUPS if m.group(a)), "")
    place = m.group("place")
    region = m.group("region") or ""
    if m.group("a14") and (_all_caps_place(place) or m.group("region")):
        agency, region = "", f"{region}, {m.group('a14')}"  # "KUALA LUMPUR, MALAYSIA - "
    if m.group("a6") and m.group("sep") is None:
        return None  # "(ANSA) - ROME, APRIL 4 - ": the agency first, then a plain dateline
    date = (m.group("date") or "").strip(" ,") or m.group("d1") or m.group("d3") or m.group("d5")
    date = date or m.group("d8") or m.group("d9") or m.group("d10")
    date = date or ""
    head = (place + region).strip()
    if m.group("state"):  # "Guwahati (Assam) [India]", as printed
        head = re.sub(r"\s+", " ", line[m.start("place") : m.end("state") + 40])
        head = re.match(r"[^\])]*\)(?:\s*\[[^\]]*\])?", head).group(0)
    if m.group("a13") and not m.group("date"):
        return None  # ("Rome, 08 Apr 09:14 - (Nova) - ": only after the date)
    if m.group("glued") and not (_all_caps_place(place) and len(place.split()) <= 4):
        return None  # ("well-known--Mixed": only a place in capitals glues its dashes)
    if m.group("sep") is not None:
        # a plain separator: only a place in capitals ("TOKYO —"), or a place with its date
        # ("London, March 3 -"), is a dateline; "The Minister - ..." is prose
        if not (_all_caps_place(place) or m.group("date")):
            return None
        if m.group("sep") == ":" and not _all_caps_place(place):
            return None
        if len(place.split()) > 4:
            return None
        rest = line[m.end() :]
        if " / " in rest and len(rest) < 60 and not rest.rstrip().endswith((".", "!", "?")):
            return None  # "ECONOMY - FINANCE / (eu) eu/fisheries": a bulletin's section path
    if agency and agency.lower().startswith(("photo", "image", "ảnh")):
        return None
    if m.group("a2") and agency.lower() in _NOT_AGENCIES:
        return None  # "Tallmark Bygg AB (publ) has signed ...": a company, not a dateline
    if any(w[:1].islower() for w in re.split(r"[\s,]+", head) if w and w not in _PARTICLES):
        return None
    if place.split()[0].lower() in _NOT_PLACES or place.lower() in _LABELS:
        return None  # "NOTE: Per shr calculated ...": a label, not a place
    head = head.strip(" ,-–—")
    text = head + (", " + date if date and m.group("date") else "")
    dotted = m.group("dot") == "." and not _all_caps_place(place)
    if m.group("dot") and (not m.group("date") or dotted):
        return None  # "In March 10. ..." is no dateline; "BAKU, Azerbaijan, March 10." is
    strong = bool(agency or m.group("date") or m.group("d9") or _all_caps_place(place))
    return Dateline(text.strip(" ,"), agency.strip(), m.end(), strong, date)


#: "Almaty. 5 December. KazTAG – ": a place and a date each closed by a full stop, then the
#: agency and a dash.
_DOTTED_DATELINE_RE = re.compile(
    rf"^(?P<place>{_PLACE})\.\s+(?P<date>{_DATE})\.\s+"
    r"(?P<agency>[A-Z][\w&'-]{1,20}(?: [A-Z][\w&'-]{1,20}){0,2})\s+[-–—]{1,2}\s+(?=\S)"
)


#: A dateline on a line of its own, naming its agency: "MINSK, 13 March (BelTA)", "Basra - INA".
DATELINE_LINE_RE = re.compile(
    rf"^(?P<place>{_PLACE})(?P<region>{_REGION}{{0,2}}?)(?P<date>,?\s+{_DATE})?\s*"
    rf"(?:\(\s*(?P<a1>{_AGENCY})\s*\)|[-–—]\s*(?P<a2>[A-Z]{{2,10}}))\s*[-–—:]?$"
)


@lru_cache(maxsize=16384)
def dateline_line(line: str) -> Dateline | None:
    """A line that is only a dateline naming its agency (between a headline and the text)."""
    s = line.strip()
    if len(s) > 80 or "(" not in s and " - " not in s and "–" not in s and "—" not in s:
        return None
    m = DATELINE_LINE_RE.match(s)
    if not m:
        return None
    place = m.group("place")
    if place.split()[0].lower() in _NOT_PLACES or place.lower() in _LABELS:
        return None
    agency = m.group("a1") or m.group("a2")
    if agency.lower().startswith(("photo", "image", "file")) or agency.lower() in _NOT_AGENCIES:
        return None
    if not (m.group("date") or _all_caps_place(place) or (m.group("a2") and agency.isupper())):
        return None  # "Ferry Contract (HOBART)": a headline and its place, no dateline
    head = (place + (m.group("region") or "")).strip(" ,")
    date = (m.group("date") or "").strip(" ,")
    text = head + (", " + date if date else "")
    return Dateline(text, agency.strip(), len(s), True, date)


_PARTICLES = {"de", "del", "da", "do"}
#: Brackets after a name that are no agency: a company's legal form, a ticker's exchange.
_NOT_AGENCIES = {"publ", "plc", "ltd", "inc", "asa", "ab", "oyj", "nasdaq", "nyse", "tsx", "asx"}
#: Words that head a line like a dateline's place and are none: "NOTE: ...", "UPDATE - ...".
_LABELS = {
    *("note", "notes", "update", "updated", "correction", "corrects", "clarification"),
    *("editor", "editors", "advisory", "warning", "background", "context", "source", "contact"),
    *("contacts", "media contact", "attention", "urgent", "flash", "bulletin", "analysis"),
    *("factbox", "explainer", "interview", "opinion", "comment", "photo", "video", "q&a"),
}
#: Words that open prose, never a place: "The Ministry (MoF) - ..."
_NOT_PLACES = {"the", "a", "an", "in", "on", "at", "this", "that", "these", "for", "with", "as"}


#: A dateline on its own line above the lede: "ANKARA", "SAN JOSÉ, Costa Rica".
BARE_DATELINE_RE = re.compile(rf"^[A-ZĐ\u00C0-\u1EDE][A-ZĐ\u00C0-\u1EDE .'’-]{{2,30}}{_REGION}?$")
