"""General grammars of a news story's parts: datelines, bylines, sign-offs, credits, chrome.

These describe how news copy is written everywhere, not any one supplier's layout:

* a dateline is PLACE[, REGION][, DATE] followed by a separator that may name the agency:
  "-", "—", "--", ":", "_", "(AGENCY) -", "/AGENCY/ --", "--(AGENCY)--", "/ AGENCY / DATE /",
  "--(AGENCY - DATE) -";
* a byline is "By NAME[ and NAME][, ORGANISATION][ (e-mail)]";
* a sign-off closes a story: an end mark ("(END)", "Enditem", "###", "-0-"), a credit line
  ("(Reporting by ...; Editing by ...)"), a dash and an agency ("— AFP"), a distributor's
  closing lines ("SOURCE Company", "View original content: URL");
* page chrome: share and social buttons, tags, copyright lines, breadcrumbs, date/time stamps;
* a photo credit ends a caption: "... Photo: Minh Anh", "(Photo: VNA)", "Photo by Outlet/Name".

Each function answers for one stripped line and costs one or two regular-expression matches; the
answers are cached, since the parser asks about the same line from several places.
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


# --- bylines ------------------------------------------------------------------------------
BYLINE_RE = re.compile(
    r"^(?:By|BY|by|Written by|Reported by|Story by|Story(?: and photos?)?\s*:"
    r"|Text(?: and photos?)?\s*:"
    r"|(?:Por|POR|Par|PAR|Von|VON)(?=\s[A-ZÀ-Ý])"  # "Por Liz Benítez", not "Von der Leyen"
    r"|(?i:reporter|author|writer)\s*:)(?:[:\s]*\s|(?=[A-Z][a-z]|[A-Z]{2,}\s[A-Z]))"  # "ByAnirudh"
    r"(?P<names>[^\n]{2,120}?)\s*(?:\(END\))?\s*$",
)
#: A service member's rank before the name on a military unit's byline.
_RANK_RE = re.compile(
    r"^(?:(?:Staff|Master|Tech\.|Technical|Senior|Chief|Lance|First|1st|2nd)\s+)?"
    r"(?:Sgt\.|Spc\.|Pfc\.|Pvt\.|Cpl\.|Lt\.|Capt\.|Maj\.|Col\.|Cmdr\.|Ens\.|Airman|Seaman"
    r"|Petty Officer(?: (?:1st|2nd|3rd) Class)?|Airman (?:1st|First) Class|Sergeant|Corporal)\s+"
    r"(?=[A-Z])"
)
#: What may follow the names on a byline line: a date stamp, the photographer, a translator.
_BYLINE_TAIL_RE = re.compile(
    r"\s*(?:\|.*|\s{3,}.*|\s[-–—]\s*(?:Photos?|Ảnh|Translated|Edited)\b.*"
    # "Eliza Manansala - Correspondent / @ElizaMInq": the role and the handle
    r"|(?:\s[-–—]\s*|\s*/\s*)(?:[A-Z][a-z]+\s)?(?:Correspondent|Reporter|Writer|Editor|Contributor)\b.*"
    r"|\s*/?\s*@\w{2,30}"
    # "By NAME in Business on 10 March 2026"
    r"|\s+in\s+[A-Z][\w &]{1,30}\s+on\s+\S.*|\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}.*"
    r"|\s+\d{1,2}:\d{2}\b.*|\s+\d{1,2}/\d{1,2}/\d{2,4}.*|\s*\([^()]*\)|\s*="
    # "By: NAME, March 15, 2026", "By NAME, 15 March 2026 10:20": the date it was filed
    r"|,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b.*)$"
)
_EMAIL_RE = re.compile(r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?")
_ROLE_RE = re.compile(
    r"^(?:[A-Z][\w.&]*\s+)?(?:staff\s+)?(?:writer|correspondent|reporter|journalist)(?P<many>s)?\s+"
)
#: A postal address: a postcode before a town, or a street number after a street.
ADDRESS_RE = re.compile(
    r"(?:^|,\s*)\d{4,5}\s+[A-ZÄÖÜ][a-zäöüß]+|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b"
    r"|(?:Str\.|Straße|Street|St\.|Road|Rd\.|Avenue|Ave\.)\s*\d"
)
_ORG_WORDS = re.compile(
    r"\b(?:Press|News|Agency|Writer|Correspondent|Reporter|Editor|Staff|Service|Wire|Times"
    r"|Post|Daily|Bureau|Desk|Network|Online|International|Media|Contributor|Journal)\b",
    re.IGNORECASE,
)


#: ", Nikkei staff writer", ", Senior Correspondent": the author's role after the name.
_STAFF_ROLE_RE = re.compile(
    r",\s*(?:[A-Z][\w.]*\s){0,3}(?:staff |senior |chief |political |business )?"
    r"(?:writer|correspondent|reporter|editor|columnist|contributor)$",
    re.IGNORECASE,
)
#: A line that ends with a date or a time: a stamp ("... / 05:12 AM October 15, 2025").
_ENDS_WITH_STAMP_RE = re.compile(
    r"(?:\b\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,5})?"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})$"
)


def ends_with_stamp(line: str) -> bool:
    return bool(_ENDS_WITH_STAMP_RE.search(line.strip()))


#: "Published on 09/12/2025 - 11:05 By ...", "Updated: 18 Nov": a stamp's label, then a date.
STAMP_LABEL_RE = re.compile(
    r"^(?:Published|Updated|Posted|Last updated|First published|(?:News|Press|Media) release)"
    r"(?: on| at)?:?\s+\S*\d",
    re.IGNORECASE,
)
_ENDS_WITH_DATE_RE = re.compile(rf"{_DATE}\s*$")


def ends_with_date(line: str) -> bool:
    """A line that ends with a full date, year and all: "Nourhan Fahmy , Tuesday 9 Dec 2025"."""
    s = line.strip()
    return bool(_ENDS_WITH_DATE_RE.search(s) and re.search(r"\d{4}$", s))


#: "Staff writer", "Contributing writer", "Senior Correspondent": a role under a byline.
STAFF_LINE_RE = re.compile(
    r"^(?:[A-Z][\w.]*\s){0,3}(?:staff|senior|chief|contributing|special|political|business)?\s?"
    r"(?:writer|correspondent|reporter|editor|columnist|contributor)s?"
    r"(?:,? with (?-i:[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3}))?$"  # "Staff writer, with CNA"
    r"|^Courtesy (?:story|article|report)$",  # a unit's story sent in, no author named
    re.IGNORECASE,
)
_CRUMB_SLASH_RE = re.compile(r"^[A-Z][\w&' ]{1,30}(?:\s/\s[A-Z][\w&' ]{1,30}){1,3}$")


_INITIALS_RE = re.compile(r"\b(?:[A-Z]\.){1,3}(?=\s)")


def page_byline(line: str, index_has=None) -> str:
    """The author of a page's byline line, with or without "By": "By X", "Linh Pham 20:41,
    2025/03/04", "Yvette Tanamal and Dio Suhenda (The Jakarta Post)", "Ngoc Phuong - Tuoi Tre
    News", "Taing Rinith"; '' for anything else. ``index_has(name)``: a known source's name,
    which is no author."""
    s = line.strip()
    found = byline(s)
    if found:
        return found
    if BYLINE_RE.match(s) or len(s) > 200:
        return ""  # (a paragraph: no name, however dressed, runs this long)
    sep = next((d for d in (" / ", " · ", " | ") if d in s), "")
    if sep:
        # "NAME / DESK / Updated: Jan 15, 2026, 10:42 IST": the name, its desk, the stamp;
        # "NAME · Apr 9, 2026 · 4 min read": the name, the date, the reading time
        parts = [p.strip() for p in s.split(sep)]
        stamped = False
        while len(parts) > 1 and (
            is_stamp(parts[-1])
            or STAMP_LABEL_RE.match(parts[-1])
            or _READING_TIME_RE.match(parts[-1])
        ):
            parts.pop()
            stamped = True
        if stamped:
            if len(parts) >= 2 and parts[-1].isupper() and len(parts[-1]) <= 6:
                parts.pop()  # the desk's code
            elif len(parts) == 1 and parts[0].isalpha() and parts[0].isupper():
                return parts[0] if 2 <= len(parts[0]) <= 6 else ""  # a desk byline: "TNN"
            s = parts[0]
    names = _BYLINE_TAIL_RE.sub("", s).strip(" ,;-–—")
    names = re.split(r"\s[-–]\s", names, maxsplit=1)[0]  # "Ngoc Phuong - Tuoi Tre News"
    role = _STAFF_ROLE_RE.search(names)
    if role:
        names = names[: role.start()]  # "AYAKA NISHIDA, Nikkei staff writer"
    words = names.replace(" and ", " ").split()
    bare = _INITIALS_RE.sub("", names)  # "S. Karthikeyan", "P.K. Rajan": initials may have dots
    if not 2 <= len(words) <= 8 or any(ch.isdigit() or ch in '.:;!?,"“”' for ch in bare):
        return ""
    if not all(w[:1].isupper() for w in words):
        return ""
    proper = [w for w in words if w.lower() not in _NAME_LINKS]  # "Maria del Carmen Ruiz"
    if " and " not in names and "&" not in names and "," not in names and len(proper) > 4:
        return ""  # "Tarrant Foods Cuts Annual Sales Guidance": a headline in title case
    if names == s and _NOT_NAME_WORDS.intersection(w.lower() for w in re.split(r"[\s-]+", s)):
        return ""  # "Peer-Reviewed Publication", "Press Release": what the item is, no author
    if names == s and _INSTITUTION_RE.search(s):
        return ""  # "Lower Mekong Coastal Research Institute": the issuer, no author
    if names != s and names_a_firm(names):
        return ""  # "Acme Minerals Limited - Kalgara project update": a firm's headline
    if index_has is not None and index_has(names):
        return ""
    return names


_INSTITUTION = (
    r"(?:Institute|University|College|Academy|Association|Ministry|Department|Council"
    r"|Foundation|Centre|Center|Society|Organi[sz]ation|Committee|Commission|Authority"
    r"|Hospital|Museum|Corporation|Company|Federation|Union|Chamber|Exchange|Board|Office"
    r"|Trust|Directorate|Secretariat|Laboratory|Observatory)"
)
_INSTITUTION_RE = re.compile(rf"\b{_INSTITUTION}\b")
_INSTITUTION_NAME_RE = re.compile(
    rf"^(?:[A-Z][\w.'&-]*\s+){{0,5}}{_INSTITUTION}"
    # ("Ministry of Fisheries, Animal Husbandry & Dairying": its fields listed)
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:,?\s+(?:[A-Z][\w'-]*|and|of|the|&)){0,6})?$"
)


def institution_name(line: str) -> bool:
    """ "Nordic Institute for Healthy Ageing", "Lower Mekong Coastal Research Institute": a line
    that is only an institution's name (an issuer's line under a release's headline)."""
    s = line.strip()
    return len(s.split()) <= 10 and bool(_INSTITUTION_NAME_RE.match(s))


#: Words that name what an item is or where it stands, never a person.
_NOT_NAME_WORDS = {
    *("publication", "release", "releases", "proceedings", "study"),
    *("reviewed", "update", "updates", "analysis", "feature", "editorial", "review", "video"),
    *("gallery", "podcast", "interview", "newsletter", "bulletin", "statement", "announcement"),
    *("story", "courtesy"),  # "Courtesy Story": a unit's story sent in, no author
}


#: Where a name ends and what a desk adds to it begins: "NAME, Lviv", "NAME in Kilrush",
#: "NAME (ELTA)", "NAME , Tuesday 9 Dec 2025", "NAME - Reporter, Agency - City".
_DECOR_SPLIT_RE = re.compile(r"\s+[/|]\s+|\s+[-–—]\s+|\s*,\s*|\s+in\s+(?=[A-Z])|\s*\(")
_DATE_PIECE_RE = re.compile(
    r"^(?:[A-Z][a-z]+,? )?\d{1,2}[ ./-](?:\d{1,2}|[A-Z][a-z]{2,8})[ ./-]\d{2,4}$"
)
_ROLE_WORDS = {"reporter", "correspondent", "writer", "editor", "staff", "photographer"}
_PLACE_WORDS_RE = re.compile(
    r"\b(?:City|Province|District|County|State|Region|Island|Islands|Street|Road|Square|Park"
    r"|Photos?|Fotos?|Pictures?|Pics?|Images?|Video|Graphics?)\b"  # and a photo's credit
)
#: "Published on 09/12/2025 - 11:05 By NAME", "Posted on March 13, 2026 by NAME": a stamp, then
#: the author.
STAMPED_BY_RE = re.compile(r"^(?P<stamp>.*\d.*?)\s+(?=[Bb]y\s+[A-Z])")


#: A page's details list: "- Written by NAME.", with the photo's credit after it.
_WRITTEN_BY_RE = re.compile(
    r"^[-*•]\s+(?:Written|Posted|Words|Story) by (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\."
    r"(?:\s+(?:Top |Cover |Featured |Main )?(?:image|photo|picture)s? (?:via|by|courtesy of|:)"
    r"\s*[^\n]{1,60})?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def decorated_byline(line: str) -> str:
    """The name in a byline line that dresses it with a place, an agency, a role or a date,
    whoever the supplier: "Iryna Stasiuk, Lviv", "Ronan Mac Cormaic in Kilrush", "Aistė
    Morkūnaitė (ELTA)", "Published on 09/12/2025 - 11:05 By Luana Freitas - Reporter, Agência
    Brasil - Brasília"; '' for a bare name (its place in the story must vouch for it) and for
    anything else."""
    s = line.strip()
    written = _WRITTEN_BY_RE.match(s)
    if written:
        return written.group("name")  # "- Written by Khoi Pham. Top image via Thanh Nien."
    stamped = STAMPED_BY_RE.match(s)
    if stamped and is_stamp(stamped.group("stamp").strip(" -–|")):
        s = s[stamped.end() :]  # the stamp before "By"
        s = "By" + s[2:] if s.startswith("by ") else s  # "Posted on March 13, 2026 by NAME"
    elif s.startswith(("by ", "By ", "BY ")) and (end := _ENDS_WITH_STAMP_RE.search(s)):
        # "by Shamar Clarke-Odle  December 4, 2026": the name, then the date, no mark between
        s = "By " + s[3 : end.start()].rstrip(" ,|-–—·")
        found = byline(s)
        if found:
            return found
    if len(s) > 90 or s.endswith((".", ":", ";", "!", "?")) or ":" in s or "--" in s:
        return ""
    found = byline(s) if BYLINE_RE.match(s) else ""
    if found:
        return found
    s = re.sub(r"^(?:By|BY)\s+", "", s)
    if re.fullmatch(r"[^-–—,(/|\d]+ [-–—] [^-–—,(/|\d]+", s):
        return ""  # "Minh Thư - Quang Long": two authors, or an author and an outlet
    pieces = [p.strip(" )") for p in _DECOR_SPLIT_RE.split(s)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return ""
    name, rest = pieces[0], pieces[1:]
    words = name.split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in name):
        return ""
    if not all(w[:1].isupper() or w in _NAME_LINKS for w in words) or name.isupper():
        return ""
    if _PLACE_WORDS_RE.search(name) or ">" in s:
        return ""  # "Ho Chi Minh City, Vietnam": a place; "Alpine Photo / Marta Imhof"
    for piece in rest:
        dated = is_stamp(piece) or bool(_DATE_PIECE_RE.match(piece))
        named = len(piece.split()) <= 4 and all(
            w[:1].isupper() or w.lower() in _ROLE_WORDS or w in _NAME_LINKS for w in piece.split()
        )
        if not (dated or named):
            return ""
    return name


_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da|del|bin|binti)){1,3}"
#: An author named under the story's text: "Author: NAME", "Reporter NAME name@x.example",
#: "NAME is an environment reporter at the Daily X." (the author's note).
_CLOSING_AUTHOR_RE = re.compile(
    rf"^(?:(?:Author|Reporter|Reported by|Written by|Words by|Text by)\s*[:-]?\s+(?P<a>{_NAME})"
    r"(?:,?\s+\S+@\S+\.\w+)?\.?"
    # "Reporting by NAME for Sharecast.com", "Focus article by NAME": the work, then its author
    r"|(?:Reporting|(?:[A-Z]\w+ )?(?i:article|story|report|analysis|feature|column))"
    rf" by (?P<c>{_NAME})"
    r"(?: for [\w.&' -]{2,40}| in [A-Z][\w -]{1,30})?\.?"
    rf"|(?P<b>{_NAME}) is an? (?:[\w-]+ ){{0,4}}(?:reporter|correspondent|writer|editor|journalist"
    r"|columnist|contributor)\b[^.!?\n]{0,80}\.)$"
)


#: "Posted by GetNews | April 09, 2026", "Published by Newsfile on 3 May 2026": a service, then
#: when it posted the item.
_POSTED_BY_RE = re.compile(
    r"^(?:Posted|Published|Distributed|Submitted|Released) by (?P<name>[A-Z][\w.&'-]*"
    r"(?: [A-Z][\w.&'-]*){0,2})\s*(?:[|·•,-]|\bon\b)\s*(?P<stamp>[^\n]{4,40})$"
)
_SERVICE_WORDS_RE = re.compile(r"(?i:news|wire|press|media|pr\b|release)|[a-z][A-Z]")


def posted_by(text: str) -> str:
    """The service a "Posted by X | date" line names; '' for anything else, or for a person
    ("Posted by Jane Roe | ...": a byline)."""
    if len(text) > 90 or "by " not in text:
        return ""
    m = _POSTED_BY_RE.match(text.strip())
    if not m or not is_stamp(m.group("stamp")):
        return ""
    name = m.group("name")
    return name if " " not in name or _SERVICE_WORDS_RE.search(name) else ""


#: A dateline in slashes: "Kolkata/IBNS: ", "Baku/04.12.26/Turan: ", the place, maybe the
#: date, the agency, then the story.
SLASH_DATELINE_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:/\d{1,2}\.\d{1,2}\.\d{2,4})?"
    r"/[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}:\s+\S"
)


def closing_author(text: str) -> str:
    """The author a line under the story's text names (``_CLOSING_AUTHOR_RE``), or ''."""
    if len(text) > 160:
        return ""
    m = _CLOSING_AUTHOR_RE.match(text.strip())
    if m:
        return m.group("a") or m.group("b") or m.group("c")
    signed = _NAME_SITE_RE.match(text.strip())
    return signed.group("name") if signed else _titled_author(text.strip())


#: "Gintarė Vaitkutė, LRT.lt" under the text: the reporter, then the outlet's site.
_NAME_SITE_RE = re.compile(rf"^(?P<name>{_NAME}),\s+[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{{2,6}}$")


#: "Senior Colonel NGUYEN VAN AN, Chief of Staff of X", "Assoc. Prof. Dr. LE THI HOA, Y": an
#: author signing a journal's article with rank or title, the name in capitals, then the post.
_TITLED_AUTHOR_RE = re.compile(
    r"^(?P<title>(?:(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice|Assoc\.|Associate|Senior)\s+)?"
    r"(?:Colonel|General|Major|Captain|Lieutenant|Commander|Admiral|Commodore|Dr\.|Doctor"
    r"|Prof\.|Professor|Ambassador)(?:,?\s+(?:Dr\.|PhD|Prof\.))?)\s+"
    r"(?P<name>[^\s,]+(?:\s+[^\s,]+){1,4}),\s+\S[^\n]{2,120}$"
)


def _titled_author(text: str) -> str:
    m = _TITLED_AUTHOR_RE.match(text) if text[:1].isupper() else None
    name = m.group("name") if m else ""
    return name if name.isupper() and not any(ch.isdigit() for ch in name) else ""


#: Lines that credit a hand in the story without being its author: "Additional reporting by
#: NAME", "Editing by NAME", "Graphics by NAME".
HELPER_CREDIT_RE = re.compile(
    rf"^(?:Additional reporting|(?:Additional )?(?:Editing|Graphics|Research|Translation)"
    rf"|Edited|Translated|Compiled) by {_NAME}(?:(?:,| and) {_NAME})*(?:;[^\n]{{0,80}})?\.?$"
    # "With reporting by RFE/RL's Moldovan Service": a desk's hand
    r"|^(?:With|Includes) (?:additional )?reporting (?:by|from) [A-Z][^\n]{1,80}$"
)


@lru_cache(maxsize=16384)
def byline_line(line: str) -> bool:
    """A byline line, naming an author or only an agency ("By The Associated Press")."""
    s = line.strip()
    if byline(s):
        return True
    m = BYLINE_RE.match(s)
    return bool(
        m
        and (
            (m.group("names").startswith("The ") and _ORG_WORDS.search(s))
            or _outlet_only(m.group("names"))  # "by Bay City News"
        )
    )


@lru_cache(maxsize=16384)
def byline(line: str) -> str:
    """The author names of a "By ..." line ("By Jane Doe, Associated Press" -> "Jane Doe"),
    also in brackets: "(By Jane Doe and John Roe)"."""
    s = line.strip()
    if s[:1] == "(" and s[-1:] == ")" and s.count("(") == 1:
        s = s[1:-1].strip()
    m = BYLINE_RE.match(s)
    if not m:
        return _meta_byline(s) if len(s) <= 140 and _META_SPLIT_RE.search(s) else ""
    names = re.split(r"\s+[/|]\s+", m.group("names"))[0]  # "NAME / Staff reporter"
    head, dash, tail = names.partition(" - ")
    if dash and is_stamp(tail):
        names = head  # "By NAME - April 8, 2026 @ 11:42am": when it was filed
    names = _BYLINE_TAIL_RE.sub("", names)
    names = _EMAIL_RE.sub("", names).strip(" ,;|-–—")
    names = _RANK_RE.sub("", names)  # "Story by Sgt. Jonah Whitfield": the soldier, not the rank
    role = _ROLE_RE.match(names)
    if role:
        names = names[role.end() :]  # "Xinhua writers Li Xin, Wang Hao": a list of names
    words = names.split()
    if words and words[0] == "The" and _ORG_WORDS.search(names):
        return ""  # "By The Associated Press": an agency, no author
    if _outlet_only(names):
        return ""  # "by Bay City News": the service, no author
    caps = [w.isupper() or w.lower() in _NAME_LINKS for w in words]
    if len(words) >= 3 and caps[0] and not all(caps):
        cut = caps.index(False)  # "ZEKE MILLER and JOSH BOAK Associated Press"
        if _ORG_WORDS.search(" ".join(words[cut:])):
            names = " ".join(words[:cut])
    parts = [p.strip() for p in names.split(",")]
    while len(parts) > 1 and (_ORG_WORDS.search(parts[-1]) or parts[-1].isupper()):
        parts.pop()  # ", Associated Press", ", AP Business Writer"
    if len(parts) == 2 and " and " not in parts[1] and not (role and role.group("many")):
        parts.pop()  # "Jane Doe, Coast Courier": the name, then where she works
    names = ", ".join(parts)
    words = names.replace(" and ", " ").replace("&", " ").split()
    if (
        not 1 <= len(words) <= 12
        or names.endswith((".", "!", "?"))
        or any(ch.isdigit() for ch in names)
    ):
        return ""
    if not all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words):
        return ""
    return names


#: What parts a page's meta line: "Place | date @ time| by NAME", "date - Place - NAME".
_META_SPLIT_RE = re.compile(r"\s*[|·•]\s*|\s[-–—]\s")
_META_BY_RE = re.compile(rf"^(?i:(?:written |words |story |reported )?by:?)\s+(?P<name>{_NAME})$")


def _meta_byline(s: str) -> str:
    """The author in a page's meta line: its parts a place, a date or time, a reading time,
    and the author, "by NAME" in any place ("Victoria, Seychelles | December 5, 2026 @ 10:14|
    by NAME"), or a bare name last after a date in figures ("05.12.26 - Nairobi, Kenya - NAME").
    """
    parts = [p for p in _META_SPLIT_RE.split(s) if p]
    if len(parts) < 2 or not any(is_stamp(p) for p in parts):
        return ""
    named = [m.group("name") for p in parts if (m := _META_BY_RE.match(p))]
    if len(named) == 1:
        return named[0]
    barred = [p.strip() for p in re.split(r"\s*[|·•]\s*", s)]
    for stamp, name in zip(barred, barred[1:], strict=False):
        if (
            is_stamp(stamp)
            and not _NOT_NAME_WORDS.intersection(w.lower() for w in name.split())
            and re.fullmatch(_NAME, name)
            and not is_stamp(name)
            and not _INSTITUTION_RE.search(name)
            and not _OUTLET_END_RE.search(name)
        ):
            return name  # "05 Dec 2026 08:47 CET | NAME | Power, Nordic": the stamp, the author
    last = parts[-1]
    if (
        len(parts) >= 3
        and _DATE_PIECE_RE.match(parts[0])
        and re.fullmatch(_NAME, last)
        and not is_stamp(last)
        and not _INSTITUTION_RE.search(last)
        and all("," in p or len(p.split()) <= 2 for p in parts[1:-1])  # places
    ):
        return last
    return ""


#: The last word of an outlet's name, never of a person's.
_OUTLET_END_RE = re.compile(r"\s(?:News|Newswire|Wire|Press|Agency|Times|Service|Network)$")


def outlet_only(names: str) -> bool:
    """A name that is an outlet's or a desk's ("Times News Service"), no person's."""
    return _outlet_only(names)


def _outlet_only(names: str) -> bool:
    """A byline's "names" that are one outlet's name ("Bay City News"), no person's."""
    return 2 <= len(names.split()) <= 4 and "," not in names and bool(_OUTLET_END_RE.search(names))


_NAME_LINKS = {"and", "de", "van", "von", "der", "da", "bin", "binti", "le", "la", "del"}
NAME_LINKS = frozenset(_NAME_LINKS)  # the small words inside a name: "Ronan Mac Cormaic"


# --- sign-offs ----------------------------------------------------------------------------
SIGNOFF_RE = re.compile(
    r"^(?:"
    r"\(?\s*(?:END|ENDS|End|Ends)\s*\)?\.?|Enditem|ENDITEM|#{3,}|#(?:\s#){2}|-+\s*0\s*-+|-+\s*30\s*-+"
    # "(END) Dow Jones Newswires": the end mark, then the service that sent it
    r"|\((?:END|End)\)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
    # "Write to Ingrid Solberg at ingrid.solberg@dj.example": the reporter's address
    r"|Write to [A-Z][^\n]{1,60}? at \S+@\S+"
    r"|[A-Z]\.(?:\s?[A-Z]\.){1,3}"  # "K.F.": the writer's initials closing the story
    # "-- end of digest --", "— end of export —"
    r"|(?:[-=*#~]{2,}|[—–])\s*(?i:ends?(?: of [\w ]{2,40}?)?)\s*(?:[-=*#~]{2,}|[—–])"
    # an end mark with the desk's initials: "(End) abc/def", "(Schluss) hai/kre", "(Fim) ab/cd"
    r"|\((?:END|ENDS|End|Ends|Schluss|SCHLUSS|Fin|FIN|Fim|FIM)\)\s*[a-z]{2,5}(?:/[a-z]{2,5}){0,3}"
    r"|NNNN|\(?MORE\)?"
    # an agency's end line with a stamp: "AP-NR-03-08-88 0914EST", "UPI 03-14-87 09:41 CES"
    r"|AP-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}[A-Z]{3}|[A-Z]{2,8}\s+\d\d-\d\d-\d\d\s+\d\d:\d\d\s*[A-Z]{0,4}"
    r"|\(\s*(?:Reporting|Writing|Editing|Additional reporting|Compiled|Edited|Written)\b[^\n]*\)"
    # the agency, then its staff by role in brackets: "AGERPRES (RO - author: X, editor: Y)"
    r"|[A-Z][\w-]{1,15}\s*\([^()\n]{0,40}\b(?i:author|editor|reporter|translator)s?\s*:[^()\n]*\)"
    r"|(?:Reporting|Writing|Editing) by\b[^\n]*;[^\n]*"
    r"|(?:[—–-]{1,2}|={2})\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}|/[A-Z]{2,10}"
    r"|\.{3,}\s*[A-Z][A-Za-z/&-]{1,20}"  # "....PACNEWS": the agency behind a row of dots
    r"|Shared (?:from|via|with) (?:the )?[A-Z][\w&.' -]{1,40}? (?:app|App|application|website)"
    # "— Aye Mya (MNA)": the reporter and the agency
    r"|[—–-]{1,2}\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*\([A-Z][\w&./ -]{1,30}\)"
    r"|(?:burs-)?[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,3}"  # editors' initials: jm/lth
    r"|Legal Disclaimer:?|Disclaimer:"
    # a distributor's note on its translations: "The source text of this announcement is the
    # official, authoritative version. Translations are provided as an accommodation only ..."
    r"|The source text of this announcement is the official\b[^\n]*"
    r"|(?:(?:This (?:press |news )?release was |Originally |First )?"
    r"(?:published|[Dd]istributed|issued|posted)"
    r"|(?:Press|News) [Rr]elease (?:[Pp]ublished|[Dd]istributed|[Ii]ssued|[Pp]osted))"
    r" (?:on|by|via|through) \w[\w.&' -]{1,40}?\.?"
    # "... distributed by Medianet. Medianet takes no responsibility for the content ..."
    r"(?:(?<=\.)\s+[A-Z][^\n]{0,40}\b(?:responsib|liab|endorse|warrant)[^\n]{0,160})?"
    # the release's address, to read it whole: "Read the full story here: https://..."
    r"|(?:Read|View|See) (?:the )?(?:full|original|complete) (?:story|release|article|version)"
    r"[^\n]{0,20}(?:https?://|www\.)\S+"
    r"|Published in [A-Z][\w.&' -]{1,40}?,\s+[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?"
    # a wire's note to web readers: "... website contains only a portion of the news stories
    # offered to subscribers ... Please contact us for subscription options."
    r"|[^\n]{0,80}\bwebsite\b[^\n]{0,200}\bsubscri(?:bers?|ption)\b[^\n]{0,200}"
    # "Associated Press writer X contributed to this report.", "Follow X at https://..."
    r"|(?:[A-Z][\w.]*\s){0,3}(?:writers?|reporters?|correspondents?)\b[^\n]{0,120}\bcontributed"
    r"(?: to this (?:report|story))?\.?"
    r"|Follow [^\n]{2,60} (?:at|on) (?:https?://|www\.|@|X\b|Twitter\b)\S*[^\n]{0,40}"
    r"|(?:Editor|Editing|Edited by|Translator|Translated by|Uploader|Proofread by)"
    r"\s*:?\s+[A-Z][^\n]{1,60}"
    r"|\(?[A-Z][A-Z0-9.]{0,8}/[A-Z0-9./]{2,20}\)?"  # desk codes: (T.A016/B003)
    r"|SOURCE:?\s+[^\n]{2,100}"
    r"|(?:Cision\s+)?View (?:the )?(?:original|source)[^\n]*|To view the (?:original|source)[^\n]*"
    r"|For the (?:original|source) version of this (?:press |news )?release[^\n]*"
    r"|(?:Original|Source) (?:content|version)[^\n]*(?:https?://|www\.)\S+"
    # the release's address on the distributor's site, labelled: "Original Source: https://..."
    r"|(?:Original\s+)?Source\s*:\s*(?:https?://|www\.)\S+"
    r")$"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
#: A web address with a path, with or without its scheme: "newsweb.example.no/message/6412987".
WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*")


def web_address_line(line: str) -> bool:
    """A web address alone on its line (an item's own address under its headline)."""
    return bool(WEB_ADDRESS_RE.fullmatch(line.strip()))


URL_ONLY_RE = re.compile(r"^(?:https?://|www\.)\S+$")
#: A web address alone on its line, or after a label of a word or two: no story's sentence.
ADDRESS_LINE_RE = re.compile(r"^(?:[^\W\d][\w-]*(?: [\w-]+)?\s*:\s*)?(?:https?://|www\.)\S+$")
#: A number in parts joined by dots or underscores, letters allowed: a distributor's item id.
_COMPOUND_ID_RE = re.compile(r"^[A-Za-z]{0,5}\d*(?:[._][A-Za-z]{0,5}\d+)+$")
_URL_DIGITS_RE = re.compile(
    r"(?<![\w])(\d{6,})(?![\w])|-(\d{6,})(?:\.html?)?(?=[/?#]|$)"
    r"|,([a-z]?\d{6,})(?:\.html?)?(?=[/?#]|$)"  # "...-with-region-dalarna,c4217730"
)


@lru_cache(maxsize=16384)
def signoff(line: str) -> bool:
    s = line.strip()
    if len(s) > 600:
        return False
    if SIGNOFF_RE.match(s):
        return True
    return any(w in s for w in _MORE_SIGNOFF_WORDS) and bool(
        _MORE_SIGNOFFS_RE.match(s) or _OUTLET_REPORTER_RE.match(s)
    )


#: Sign-offs of this round's layouts, tried only on the lines that carry their words: a
#: service's end of the item ("End of News EQS News Service"), its last line ("Date: ...
#: Produced by the JSE SENS Department."), the outlet's own reporter ("UCA News reporter,
#: Colombo"), an end mark with its verb ("-- relay ends --").
_MORE_SIGNOFF_WORDS = ("End of", "Produced by", "reporter", "correspondent", "ends")
_END_OF_ITEM = (
    r"End of (?:News|Announcement|Release|Press Release|Message|Media Release"
    r"|Regulatory Announcement)"
)
_PRODUCED_BY = r"(?:Date:\s*)?[\d/.-]{8,10}(?:\s+[\d:]{5,8})?\s+Produced by "
_OUTLET_REPORTER = (
    r"(?P<a>(?:[A-Z][\w&.'-]*\s){0,2}(?:News|Times|Post|Agency|Wire|Press|Herald|Daily|Tribune"
    r"|Journal|Gazette|Observer|Mail|Express|Online|[A-Z]{2,6})) (?:reporter|correspondent)"
    r"(?:,\s*[A-Z][\w .'-]{1,30})?"
)
_OUTLET_REPORTER_RE = re.compile(rf"^{_OUTLET_REPORTER}$")
_MORE_SIGNOFFS_RE = re.compile(
    rf"^(?:{_END_OF_ITEM}\b[^\n.]{{0,40}}|{_PRODUCED_BY}[^\n]{{2,60}}"
    r"|(?:[-=*#~]{2,}|[—–])\s*(?i:[\w ]{2,30}? ends)\s*(?:[-=*#~]{2,}|[—–]))\s*$"
)


#: A company's legal form after its name: "Seewald Optics GmbH", "PR TIMES Inc", "Acme Co., Ltd.".
_LEGAL_FORM_RE = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|L\.?P|plc|PLC|GmbH"
    r"|AG|SE|S\.?A|S\.?p\.?A|N\.?V|B\.?V|Oyj|Oy|AB|ASA|A/S|ApS|KK|K\.K|Pte|Sdn\.? Bhd|Bhd|Pty"
    r"|JSC|PJSC|S\.?L|S\.?r\.?l|S\.?A\.?S|SAS|SARL|DAC|Tbk|\(publ\)|& Co(?:\. KG)?|KG(?:aA)?)\.?)+$"
)


def names_an_organisation(name: str) -> bool:
    """ "KYODO NEWS", "Lumetra Oyj", "キリュウ株式会社": an agency or a firm, no author."""
    return bool(_ORG_WORDS.search(name)) or names_a_firm(name)


def names_a_firm(name: str) -> bool:
    """ "Lumetra Oyj", "キリュウ株式会社": a company by its legal form."""
    return without_legal_form(name) != name or any(
        form in name for form in ("株式会社", "有限会社", "合同会社", "有限公司")
    )


#: A company's press pages named after it: "Lumora Foods Newsroom", "Vellan Health - newsroom".
_PRESS_PAGE_RE = re.compile(
    r"\s*(?:[-–|·]\s*)?(?:(?:Online\s+)?News\s?room|Press\s?room|Press Centre|Press Center"
    r"|Media Centre|Media Center|Media Room)$",
    re.IGNORECASE,
)


def without_legal_form(name: str) -> str:
    """A company's name as a newsroom writes it: "Seewald Optics GmbH" -> "Seewald Optics",
    "Lumora Foods Newsroom" -> "Lumora Foods"; a name that is nothing but its form, or two
    letters, is kept."""
    short = _PRESS_PAGE_RE.sub("", _LEGAL_FORM_RE.sub("", name).rstrip(" ,")).rstrip(" ,")
    return short if len(short) >= 3 and short != name else name


#: "Shared from the FBC News app": a story copied out of an outlet's app, signed by it.
SHARED_FROM_RE = re.compile(
    r"^Shared (?:from|via|with) (?:the )?(?P<name>[A-Z][\w&.' -]{1,40}?) "
    r"(?:app|App|application|website)\.?$"
)
#: "— Aye Mya (MNA)": a dash, the reporter's name and the agency in brackets, closing a story.
SIGNED_OFF_RE = re.compile(
    r"^[—–-]{1,2}\s*(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*"
    r"\((?P<agency>[A-Z][\w&.-]{1,15}(?:[ /-][A-Z][\w&.-]{1,15})?)\)$"
)


def signoff_agency(line: str) -> str:
    """The agency a sign-off names: "— AFP" -> "AFP", "SOURCE Acme Corp" -> "Acme Corp"."""
    s = line.strip()
    named = SIGNED_OFF_RE.match(s)
    if named:
        return named.group("agency")  # "— Aye Mya (MNA)": the reporter, then the agency
    shared = SHARED_FROM_RE.match(s)
    if shared:
        return shared.group("name")  # "Shared from the FBC News app": the outlet's app
    m = re.match(
        r"^(?:[—–-]{1,2}|/|==|\.{3,})\s*(?P<a>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})$", s
    )
    if m:
        return m.group("a").strip()
    m = re.match(r"^SOURCE:?\s+(?P<a>[^\n]{2,100})$", s)
    if m:
        return m.group("a").strip()
    m = _END_OF_SERVICE_RE.match(s)  # "End of News EQS News Service" -> "EQS News"
    return m.group("a") if m else ""


_END_OF_SERVICE_RE = re.compile(
    rf"^{_END_OF_ITEM}\s+(?P<a>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){{0,3}}?)(?: Services?)?$"
)


#: "News-ID: 3418826 • Views: 12", "Release No. 2024-117": the item's number, labelled.
#: "pts20260408011 Technology/Digitalisation": a distributor's release code (letters, then the
#: date and a number) opening the line over the headline.
ID_CODE_RE = re.compile(r"^(?P<id>[a-z]{2,6}\d{8,16}|[A-Z]{2,6}\d{8,16})(?=\s|$)")
#: "Issuer: Alpinsoft GmbH", "Company: X": the firm a distributor's record names.
ISSUER_LABEL_RE = re.compile(
    r"^(?:Issuer|Company|Organi[sz]ation|Herausgeber|Emittent|Issued by"
    r"|(?:Press|Media|News) [Rr]elease)\s*:\s*"  # "Press Release: Paikea Ocean Tours"
    r"(?P<name>[A-Z][\w&.,'’ -]{1,60}?)\s*$"
)
ID_LABEL_RE = re.compile(
    r"^(?:(?:[A-Z][\w-]* )?(?:News|Newswire|Release|Story|Article|Press release|Item|Announcement)"
    r"[- ]?(?:ID|No\.?|Number|#)"  # "EQS News ID: 2198440"
    r"|(?-i:[A-Z]{2,6}) Number"  # "RNS Number : 4821H": the service's own number
    r"|(?:[A-Za-z]+ ){0,2}(?-i:[A-Z][a-z]+ID)"  # "Press release BoxID: 1298902", "NewsID"
    r"|(?:[A-Za-z][\w.-]+ )?Ref(?:erence)?(?: No\.?)?"  # "Presswire Ref: PW-2026-031287"
    # "Press release 718/2026": a government's release numbered in its year
    r"|(?:Press release|Release|Bulletin|Communiqu[eé])(?=\s+\d{1,5}/(?:19|20)\d\d\b))"
    r"\s*[:#]?\s*"
    r"(\d{1,5}/(?:19|20)\d\d|\d[\w-]{2,20}|[A-Za-z]{1,6}-?\d[\w-]{2,24})\b"
    r"(?:\s*[•|·,]\s*[^\n]{0,40})?$",
    re.IGNORECASE,
)
#: "This release was published on openPR.", "Distributed by Newswire.com": who put it out.
PUBLISHED_ON_RE = re.compile(
    r"^(?:This (?:press |news )?release was |(?:Press|News) release |Originally |First )?"
    r"(?:[Pp]ublished|[Dd]istributed|issued"
    r"|posted) (?:(?:on|by|via|through) (?P<name>\w[\w.&' -]{1,40}?)"
    r"(?: on behalf of [^\n]{2,80}?)?"  # "Distributed by APO Group on behalf of X."
    # "Published in Dawn, November 18th, 2025": a paper's print edition
    r"|in (?P<paper>[A-Z][\w.&' -]{1,40}?),\s+[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\.?"
    r"(?:(?<=\.)\s+[A-Z][^\n]{0,40}\b(?:responsib|liab|endorse|warrant)[^\n]{0,160})?$"
)
_WIRE_HEADER_ID_RE = re.compile(r"^([a-z]\d{4})\s+\S{1,3}\s+\S{1,3}\s+(?:AM|PM|BC)-")


#: An item's number under its own label in a web address: ".../aid/17342/...", "?id=88123".
_URL_LABELLED_ID_RE = re.compile(
    r"(?:^|[/?&;])(?:aid|nid|newsid|news_id|articleid|article_id|storyid|story_id|itemid)[/=]"
    r"(\d{4,})(?=$|[/&#.])",
    re.IGNORECASE,
)
#: A desk's code joined to the item's number, as the page's file name: ".../CONS_418207.html".
_URL_DESK_ID_RE = re.compile(r"(?:^|/)([A-Z]{2,6}_\d{5,})(?=\.[a-z]{2,5}$|/|$)")


def url_release_id(line: str) -> str:
    """A release number that appears only in a distributor's web address: the last run of six
    digits or more in its path (".../news-releases/slug-302145678.html", "/release/240917",
    "/news/home/20240611005214/en/slug")."""
    bare = line.strip()
    if bare[:1] == "(" and bare[-1:] == ")":
        bare = bare[1:-1]  # "(Release ID: 2216408)"
    m = _WIRE_HEADER_ID_RE.match(bare) or ID_LABEL_RE.match(bare)
    if m:
        return m.group(1)  # an AP transmission number "a0311 r w AM-...", "News-ID: 3418826"
    bare = [line.strip()] if line.strip()[:1].islower() and web_address_line(line) else []
    for url in _URL_RE.findall(line) or bare:
        path = url.split("/", 3)[-1] if "//" in url else url
        for part in reversed(path.split("?")[0].split("/")):
            stem = re.sub(r"\.(?:s?html?|aspx?|php)$", "", part)
            if (
                _COMPOUND_ID_RE.match(stem)
                and sum(ch.isdigit() for ch in stem) >= 8
                and not re.match(r"^\d{4}[._]\d{1,2}[._]\d{1,2}$", stem)  # a date's folder
            ):
                return stem  # "000000014.000087421.html", "OTS_20251209_OTS0087"
        coded = re.search(r"(?:^|/)((?:[A-Z]{1,4}\d{3,}/){1,3}[A-Z]{1,4}\d{3,})(?=/|$)", path)
        if coded:
            return coded.group(1)  # ".../stories/AK2603/S00231/slug.htm": desk and item codes
        labelled = _URL_LABELLED_ID_RE.search(path) or _URL_DESK_ID_RE.search(path)
        if labelled:
            return labelled.group(1)  # ".../article.php/aid/17342/cid/1", ".../CONS_418207.html"
        runs = [a or b or c for a, b, c in _URL_DIGITS_RE.findall(path)]
        if runs:
            return runs[-1]
    return ""


# --- chrome -------------------------------------------------------------------------------
_BUTTONS = {
    "share", "shares", "facebook", "twitter", "x", "zalo", "linkedin", "email", "e-mail", "mail",
    "print", "copy", "link", "whatsapp", "telegram", "messenger", "pinterest", "reddit", "tweet",
    "save", "comment", "comments", "bookmark", "font", "size", "listen", "a+", "a-", "aa",
    "line", "viber", "wechat", "weibo", "google", "news", "follow", "us", "on", "in", "this",
    "article", "story", "url", "copied", "the", "gift", "subscribe", "sms", "flipboard",
    "submit", "send", "cancel", "reply", "login", "log", "sign", "register", "rss", "zoom",
    "change", "text", "audio", "more", "like", "read", "later", "remove", "see", "all",
    "reuse", "license", "licence", "content", "larger", "normal", "large", "very", "small",
    "short", "e",
}  # fmt: skip
_CHROME_RE = re.compile(
    r"^(?:tags?|(?:industry )?keywords?|topics?|related topics|labels?"
    r"|categor(?:ies|y|ías|ias|ie)|catégories"
    r"|etiquetas|kategorien|schlagwörter|palabras clave|mots-clés)"
    r"(?:\s*/\s*keywords?)?\s*[:|]\s*\S"
    r"|^(?:nota de prensa publicada en|communiqué publié (?:à|le))\s*:"
    r"|^(?:photos?|logo|video|images?|multimedia|infographic)\s*[-–:]\s*https?://\S+$"
    r"|^(?:distribution channels|social media profiles|release versions?)\s*:"
    r"|^(?:(?:™|TM) ?& ?)?(?:©|\(c\)|copyright\b)"  # ("™ & © 2026 Cable News Network")
    r"|^(?:follow|like) (?:us|[\w ]{2,40}) on\b"
    r"|^(?:advertisement|sponsored|read the full story|go back|skip to (?:main )?content)$"
    r"|^(?:\*{3,}|={3,}|#{3,}).{3,}(?:\*{3,}|={3,}|#{3,})$"  # "*** AGENCY ROUNDUP | ... ***"
    r"|^get [^.]{2,60} in your inbox\b[^\n]{0,80}$"  # "Get The X in your inbox. Sign up ..."
    r"|^comments? (?:will be|are) (?:moderated|reviewed)\b[^\n]{0,300}$"  # a comment policy
    r"|^(?:reply|leave a reply|leave a comment|cancel reply)$"  # a comment thread's buttons
    r"|^>{1,2}\s*(?:video|audio|watch|listen|photos?)\b[^\n]{0,40}$"  # ">> Video 01:42"
    # "Log in or register to post comments", "Sign in to comment": the comment box's prompt
    r"|^(?:log ?in|sign ?in|register|subscribe)\b[^\n]{0,30}"
    r"\bto (?:post |leave |add )?(?:a )?(?:comments?|reply|respond)\.?$"
    r"|^disclaimer\s*:"  # "Disclaimer: This press release was distributed by X. ..."
    r"|^(?:download (?:the )?(?:logo|photos?|images?|pdf|hi-res[\w ]{0,20}|multimedia)"
    r"|media files|press kit)(?:\s*\((?:png|jpe?g|pdf|zip|svg|eps)[^)]{0,20}\))?$"
    r"|^subscribe to [\w&.' -]{2,40} (?:news|updates|alerts|press releases)$"
    r"|^filed under\b[^.]{0,80}$"  # a blog's category line: "Filed under News"
    # a page's details list naming the site as its author: "- Written by Saigoneer."
    r"|^[-*•]\s+(?:written|posted) by [A-Z][\w.'’-]+\.(?:\s+(?:photo|image|picture)s? "
    r"(?:via|by)\s[^\n]{1,60})?$"
    # a release's attachments: "Attachments", "* Havbris_CA_04_2024_grid.pdf"
    r"|^attachments?$|^[*•-]?\s*[\w .()-]{1,80}\.(?:pdf|jpe?g|png|docx?|xlsx?|pptx?|zip)$"
    r"|^(?:join the (?:discussions?|conversations?)|leave a comment|\d+ comments?|comments?"
    r"|add a comment|show comments|view comments"
    r"|how does this (?:story |article )?make you feel\??|what do you think\??)$"
    r"|^\d{1,3}\s+(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|h|days?)\s+ago$"
    r"|^hashtags?\s*:\s*#"
    # a promotion: "Join ST's WhatsApp Channel and get the latest news"
    r"|^(?:join|follow|subscribe to|sign up (?:for|to)|download|get)\b[^.]{0,60}\b(?:channel|"
    r"newsletters?|app|telegram|whatsapp|podcast|alerts?|google news)\b[^.]{0,60}\.?$"
    r"|^do you like (?:the content of )?this (?:article|story)\??$"
    r"|^(?:updated|published|posted|last updated|first published)\s*:?\s*\S[^.]{0,60}$"
    r"|^(?:updated|published|posted|last updated|first published|last modified|modified)\s*:?$"
    r"|^(?:home|trang chủ)\s*[>»/|]"
    # teletype: "ZCZC", an AP slug "^AM-Storm, 3rd Ld-Writethru,450<" or "BC-AS-Thailand-Protests"
    r"|^ZCZC\b|^\^?(?:AM|PM|BC)-[\w-]+(?:,[^\n]{0,60})?<?$|^\^?(?:AM|PM|BC)-[\w -]{2,40},\d+<?$"
    # a wire's header: "a0311 r w AM-FarmCredit  03-08 0255", "u f BC-OPEC-OUTPUT 03-04 0203"
    r"|^(?:\S{1,6}\s+){1,3}(?:AM|PM|BC)-[\w-]+\s+\d\d-\d\d\s+\d{3,4}\b.{0,20}$"
    r"|^[A-Z][\w-]*(?:/[\w-]*)+/?$"  # a slug: "Germany-Economy/Industry/"
    r"|(?-i:^[A-Z][a-z]+(?:-[a-z]+){1,5}$)"  # "Bangladesh-climate-agriculture" (not "POST-COURIER")
    r"|^(?:e-?mail us here|visit us on social media:?|share this article|print this article)$",
    re.IGNORECASE,
)
#: Kinds of chrome dearer to look for, each asked only where one of its words is on the line.
_GUARDED_CHROME = (
    # "Acme Corp on LinkedIn": a link to the firm's page
    ((" on ",), re.compile(
        r"^[\w&.' -]{2,40} on (?:LinkedIn|X|Twitter|Facebook|Instagram|YouTube|TikTok)$", re.I
    )),
    # a print view: "Thanh Nien News - printer-friendly version"
    (("print",), re.compile(
        r"^[^\n]{2,60}\s[-–|]\s(?:printer[- ]friendly|print) (?:version|view)$", re.I
    )),
    # a form's small print: "By providing an email address. I agree to the Terms of Use ..."
    (("agree",), re.compile(
        r"^(?=[^\n]{0,300}\b(?:terms of (?:use|service)|privacy policy)\b)[^\n]{0,300}\bagree\b",
        re.I,
    )),
    # a role alone: "AP Business Writer", "Staff Correspondent"
    (("writer", "correspondent"), re.compile(
        r"^(?:[A-Z][\w.]*\s){0,3}(?:Staff |Business |Economics |Science )?"
        r"(?:Writer|Correspondent)$",
        re.I,
    )),
)  # fmt: skip


def _chrome_line(s: str, low: str) -> bool:
    """The line is one of the kinds of chrome ``_CHROME_RE`` and ``_GUARDED_CHROME`` know."""
    if _CHROME_RE.match(s):
        return True
    return any(
        any(word in low for word in words) and pattern.match(s)
        for words, pattern in _GUARDED_CHROME
    )


_STAMP_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?"
    r"(?:\s*\(?(?:GMT|UTC|ICT)[+-]?\d*\)?|\s+[A-Z]{2,4}\b"
    r"|\s+(?:Eastern|Central|Pacific|Mountain|Atlantic)\s+(?:Daylight|Standard)\s+Time)?)?"
    r"(?:\s*\|[^\n]{0,40})?$",
    re.IGNORECASE,
)
_RULE_RE = re.compile(
    r"^(?:[_*=~#-]{3,}|\*(?: \*){2,})"  # ("* * *": a break between items)
    # "------------ 2 of 4", "------------ end": a digest's rule numbering the item under it
    r"(?:(?<=[_*=~#-]{10})\s+(?:\d{1,3}\s*(?:of|/)\s*\d{1,3}|end|ends))?$"
    # "--- 1/4 ---", "=== Item 2 of 5 ===": the rule numbering the item, drawn on both sides
    r"|^[_*=~#-]{3,}\s*(?:item\s*)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[_*=~#-]{3,}$",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(r"^(?:(?:™|TM) ?& ?)?(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_BANNER_SPLIT_RE = re.compile(r"\s[-–|]\s|\s{3,}")  # ("KALLANISH STEEL     Home   News": its menu)


#: A site's own address as its masthead, alone or labelling a stamp: "PRBuzz.com",
#: "PR-inside.com: 2026-03-13 09:14:22".
_SITE_DOMAIN_RE = re.compile(
    r"^(?P<domain>[A-Za-z][\w-]{1,30}(?:\.[\w-]{2,30}){0,2}\.(?:com|net|org|info|biz|news|co|io|gov)"
    r"(?:\.[a-z]{2})?|[A-Z][\w-]{3,30}\.(?:nl|de|fr|it|es|pl|pt|be|ch|at|se|no|dk|fi|ie|uk|eu|in|pk"
    r"|lk|np|za|ng|ke|gh|au|nz|ca|vn|id|my|ph|sg|th|kr|jp|tw|hk|cz|sk|hu|ro|bg|gr|cy|mt))"
    r"(?:\s*(?::|\||[-–—])\s*(?P<rest>.{1,60})|\s+\((?P<named>[A-Z][^()]{1,40})\))?$"
)  # ("Novinite.com (Sofia News Agency)": the site, and what it calls itself)


def site_domain(line: str) -> str:
    """The domain a masthead line names ("PRBuzz.com", "PR-inside.com: 2026-03-13 09:14"), else
    ''; with a label after it, only when that is a date stamp or names the page ("| Press
    Release")."""
    m = _SITE_DOMAIN_RE.match(line.strip())
    if not m:
        return ""
    rest = m.group("rest")
    return m.group("domain") if rest is None or is_stamp(rest) or PAGE_LABEL_RE.match(rest) else ""


#: What a site's bar calls the page it heads: "OnlinePRNews.com | Press Release".
PAGE_LABEL_RE = re.compile(
    r"^(?i:press releases?|news releases?|news|latest news|home|newsroom|pressemitteilungen?"
    r"|communiqués? de presse|comunicados? de prensa|notas? de prensa|comunicati stampa)\s*$"
)


def section_stamp(text: str) -> bool:
    """ "SOCIETY | 13-03-2026 11:24": a section and the page's date stamp."""
    parts = [p.strip() for p in text.split("|")]
    return (
        len(parts) == 2
        and 1 <= len(parts[0].split()) <= 3
        and not any(ch.isdigit() for ch in parts[0])
        and is_stamp(parts[1])
    )


def rule_line(line: str) -> bool:
    """A line of marks drawn across the page: "-----", "~~~~~~", "#####"."""
    return bool(_RULE_RE.match(line.strip()))


def copyright_line(line: str) -> bool:
    """ "© 2026 X", "(c) X", "Copyright 2026 X"."""
    return bool(_COPYRIGHT_RE.match(line.strip()))


def banner_head(line: str) -> str:
    """The name heading a site's banner: "Comunicae.es | Notas de prensa" -> "Comunicae.es",
    "RealWire - The smarter press release" -> "RealWire"; the line itself when it has no parts."""
    return _BANNER_SPLIT_RE.split(line.strip(), maxsplit=1)[0].strip()


#: "Related news: TITLE" inside a story: a teaser of another story.
RELATED_RE = re.compile(
    r"^(?:Related (?:news|stories|story|articles?)|Read (?:also|more)|READ|Read|See also"
    r"|Also read)\s*:\s*"
    r"(?P<title>\S.{4,200})$",
    re.IGNORECASE,
)
#: "Business Wire -- 09/24/2024 16:05 ET": a feed's stamp of who sent an item and when.
_SENDER_STAMP_RE = re.compile(
    rf"^[A-Z][\w .&'-]{{1,40}}?\s+(?:--|[-–—|])\s+(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?)?$"
)
#: First words of the furniture lines that may end like a sentence.
_CHROME_OPENERS = {
    *("follow", "like", "updated", "published", "posted", "last", "first", "do", "join"),
    *("subscribe", "sign", "download", "by", "disclaimer:", "to", "we", "this", "please"),
    *("comments", "comment"),
}
#: An organisation named in a closing line: "Anadolu Agency website contains ...",
#: "ALL RIGHTS RESERVED © Copyright ANSA".
_OUTLET_RE = re.compile(
    # ("Mirage.News": a site named with its dot)
    r"\b(?P<name>(?:[A-Z][\w'’&.-]+\s){0,3}(?:[A-Z][\w'’&-]*\.)?"
    r"(?:News Agency|Agency|Press|News|Newswire|Wire|Times"
    r"|Post|Herald|Tribune|Gazette|Daily|Journal|Bureau|Service|Broadcasting))\b"
)


def outlet_name(text: str) -> str:
    """The outlet a short line names by its last word ("Stabroek News", "The Fiji Times",
    "Nation Post"), or ""."""
    m = _OUTLET_RE.search(text)
    return m.group("name") if m else ""


#: The credit closing a wire story's last paragraph: "... three weeks. (PNA)", "(With a report
#: from Stephanie Sevillano/PNA)", "(Xinhua)".
CLOSING_CREDIT_RE = re.compile(
    r"[.!?”\"]\s*\((?:[^()]{0,80}/)?"
    r"(?P<name>[A-Z][A-Za-z]{1,9}|[A-Z][\w.&' -]{2,30}(?:Agency|News))\)\.?\s*$"
)


def closing_outlet(line: str) -> str:
    """The outlet a closing line names: a copyright's owner, or "X Agency" in a disclaimer."""
    s = line.strip()
    m = PUBLISHED_ON_RE.match(s)
    if m:
        return m.group("name") or m.group("paper")
    m = re.search(r"(?:©|\(c\)|copyright\b)", s, re.IGNORECASE)
    if m:
        owner = copyright_owner(s[m.start() :])
        if owner:
            return owner
    m = _END_OF_SERVICE_RE.match(s) or DISSEMINATED_RE.match(s)  # "End of News X Service"
    if m:
        return m.group("a") or m.group("b")
    m = _OUTLET_REPORTER_RE.match(s)
    if m:
        return m.group("a")  # "UCA News reporter, Colombo"
    m = _OUTLET_RE.search(s)
    return m.group("name") if m else ""


#: The service that carried the item, named under it: "This information is provided by RNS,
#: the news service of ...", "... Dissemination of a Corporate News, transmitted by EQS News -
#: a service of EQS Group."
DISSEMINATED_RE = re.compile(
    r"^(?:[\d./]+\s+[A-Z/]{2,12}\s+)?(?:This (?:information|announcement|news|release"
    r"|press release|content) (?:is|was|has been) |Dissemination of an? [\w ]{2,40}?, )"
    r"(?:provided|transmitted|distributed|disseminated|issued|sent) (?:by|via|through)"
    r" (?P<a>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})(?:[,.]| [-–—] |$)"
    # "Date: 09/04/2026 07:05:00 Produced by the JSE SENS Department."
    rf"|^{_PRODUCED_BY}(?:the )?"
    r"(?P<b>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}?)(?: (?:Department|Desk|Service|Team))?\.?$"
)


#: A dateline on its own line above the lede: "ANKARA", "SAN JOSÉ, Costa Rica".
BARE_DATELINE_RE = re.compile(rf"^[A-ZĐ\u00C0-\u1EDE][A-ZĐ\u00C0-\u1EDE .'’-]{{2,30}}{_REGION}?$")
#: "See more on", "Tags": a label over the page's topic links, one a line.
TAGS_LABEL_RE = re.compile(
    r"^(?:(?:explore |see |read )?more on(?: these| this)?(?: topics?)?|topics?|tags?|keywords?"
    r"|related topics)\s*:?$",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_STAMP_PARTS_RE = re.compile(
    rf"{_DATE}|\b\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?"
    # British and Australian clocks: "16.42 GMT", "5.42pm"
    r"|\b\d{1,2}\.\d{2}(?:\s*[ap]\.?m\.?|(?=\s*(?:GMT|UTC|BST|[A-Z]{2,4}T)\b))"
    # a Nordic clock after its date: "5.12.2026 10.15", "5.12.2026 at 13.40"
    r"|(?<=\d{4} )\d{1,2}\.\d{2}\b|(?<=\d{4} at )\d{1,2}\.\d{2}\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}-[A-Za-z]{3}-\d{2,4}\b"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\b\.?"
    r"|\b(?:GMT|UTC|ICT|WIB|MYT)\s*[+-]?\s*\d{0,2}|\b[A-Z]{2,4}T\b|\bET\b",
    re.IGNORECASE,
)
_GRAPHIC_RE = re.compile(
    r"^(?:to view an? (?:enhanced|larger|full|high-resolution)|click here to|download (?:the )?"
    r"(?:photo|image|multimedia))",
    re.IGNORECASE,
)
_KEY_LABEL_RE = re.compile(r"^[A-Z][A-Z ]{2,25}\s?:\s*\S[^\n]{0,40}$")
_STAMP_WORDS = {
    *("at", "on", "updated", "published", "posted", "last", "created", "modified", "date"),
    *("update", "latest", "pm", "am", "publication", "in", "english"),
    # a scraper's own stamp: "Retrieved: 2026-12-05 14:20 EET", "Fetched: ..."
    *("retrieved", "fetched", "captured", "saved", "accessed", "downloaded"),
}


#: A full date inside a line: "15 Jan 2026", "Jan 15, 2026", "2026-01-15".
DATE_IN_RE = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
#: Counters after a stamp, a page's comments and views: " - 0 - 412".
_COUNTERS_RE = re.compile(r"(?:\s+[-|•]\s+\d{1,7}){1,3}\s*$")
#: A few words leading into a stamp's verb: "This content was published on ...".
_STAMP_LEAD_RE = re.compile(
    r"^(?:[A-Za-z']+\s+){1,3}(?=(?:published|updated|posted)\b)"
    # "Submitted by alpinelantern on Thu, 03/12/2026 - 10:14": an account's post, stamped
    r"|^(?:submitted|posted|uploaded|added) by \S+(?: \S+){0,3}? on\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def is_stamp(line: str) -> bool:
    """A date/time stamp: "Mon, March 3, 2025, 16:40 GMT+7", "PUBLISHED : 4 Mar 2025 at
    14:35", "Tuesday, March 4, 2025 15:20 [GMT+7]"."""
    if len(line) > 200 or not _DIGIT_RE.search(line):
        return False  # (a paragraph: no stamp runs this long)
    if not line.rstrip().endswith("."):
        line = _STAMP_LEAD_RE.sub("", line)  # "This content was published on DATE - TIME"
    line = _COUNTERS_RE.sub("", line)  # "15 January 2026 10:32 am - 0 - 412": comments, views
    rest, n = _STAMP_PARTS_RE.subn(" ", line)
    if not n:
        return False
    words = [w for w in re.split(r"[\s|,:\-–—\[\]()/@]+", rest.lower()) if w]
    return all(w in _STAMP_WORDS for w in words)


_CRUMB_RE = re.compile(r"^[\w&,' ]{2,30}(?:\s+[>»›]{1,2}\s+[\w&,' ]{2,30}){1,3}$")


_READING_TIME_RE = re.compile(
    r"^(?:(?:estimated )?reading time:?\s*)?(?:about |less than )?(?:\d{1,2}|one|a)\s*"
    r"(?:-|\s)?(?:min(?:ute)?s?|mins?\.?)(?:\s+(?:to\s+)?(?:read|reading|listen))?$",
    re.IGNORECASE,
)


def reading_time(text: str) -> bool:
    """A page's reading time: "4 min read", "Reading time: 2 minutes"."""
    return bool(_READING_TIME_RE.match(text.strip()))


#: The marks a page's list of links carries for screen readers: "list 1 of 3", "end of list".
_LIST_MARK_RE = re.compile(r"^(?:list \d{1,2} of \d{1,2}|end of list|start of list)$", re.I)


def site_menu(line: str) -> bool:
    """A site's menu under its name: a bar of four sections or more ("News | Local | Pacific |
    Sports"), or a path from its home page ("Home > News > National")."""
    return bar_menu(line, least=4) or bool(breadcrumb(line) and re.search(r"[>»]|^Home\b", line))


def menu_under_masthead(name: str, line: str) -> bool:
    """A site's menu under its name; or, under a name of two words or more, a bar of the
    site's services ("Irish Independent" over "Today's Paper | Subscribe | Log in"; a
    section's name over its subsections is no masthead). Share buttons are no menu."""
    if site_menu(line):
        return True
    words = [w for w in re.split(r"[\s|]+", line.lower()) if w]
    return len(name.split()) >= 2 and bar_menu(line) and not all(w in _BUTTONS for w in words)


def bar_menu(line: str, least: int = 3) -> bool:
    """Short items set apart by bars, after a label or not: "Contact us | Advertise | Terms",
    "Share this release: X | LinkedIn | Email" (``least`` items at least)."""
    body = re.sub(r"^[\w ]{2,25}:\s*", "", line.strip())
    items = [p.strip() for p in body.split("|")]
    if len(items) == 1 and "  " in body:
        items = re.split(r"\s{2,}", body)  # "Home   Business   Society   Travel": spaced out
        if any(ch.isdigit() for ch in body):
            return False  # "British pound   1.7315   1.7405": a table's row
    return len(items) >= least and all(0 < len(p.split()) <= 3 for p in items)


_MENU_ITEMS_RE = re.compile(r"\s+[-–|·•]\s+|\s{2,}")


def item_menu(line: str) -> bool:
    """ "Politics - Economy - Society - Culture": four or more short items in a row, set apart
    by dashes, bars, dots or runs of spaces (a section path has fewer)."""
    if len(line) > 400 or not (
        " - " in line or " – " in line or "  " in line or "·" in line or "|" in line or "•" in line
    ):
        return False  # (a paragraph is no menu)
    items = _MENU_ITEMS_RE.split(line.strip())
    return len(items) >= 4 and all(0 < len(p.split()) <= 3 for p in items)


_CONTACT_FIELD_RE = re.compile(
    r"^(?:e-?mail|phone|tel(?:ephone)?|mobile|fax|website|web|contact(?: person)?)\s*:\s*\S",
    re.IGNORECASE,
)


#: A site's or a distributor's disclaimer on one line (a "Disclaimer:" heading alone over the
#: issuer's text is a sign-off that takes the paragraph after it: SIGNOFF_RE).
VIEWS_LINE_RE = re.compile(r"^(?:Views?|Reads?|Hits|Page views)\s*:\s*[\d,.]+$", re.IGNORECASE)
_BUDGET_RE = re.compile(
    r"\(\d{2,4} words\)"
    r"|^(?:[A-Z]{2,12} )?(?:ADVISORY|BUDGET|DAYBOOK|PLANNER|SCHEDULE)\b[^:\n]{0,30}:"
)
_PRIORITY_RE = re.compile(
    r"^(?:URGENT|FLASH|BULLETIN|CORRECTION|CORRECTED|ADVISORY|REFILE|REPEAT|RETRANSMISSION"
    r"|KILL|ALERT|BREAKING(?: NEWS)?|ADVANCE|EMBARGOED)$"
)
#: A wire's note on a new version of an item: "(Corrects name of ... in paragraph 2 ...)",
#: "(Adds quote from union in paragraph 4)", "(Updates with ministry statement)".
_EDITORS_NOTE_RE = re.compile(
    r"^\((?:Corrects|Adds|Updates|Recasts|Changes|Fixes|Refiles|Repeats|Removes|Clarifies"
    r"|Rewrites|Deletes|Inserts|Moves|Writethru|Writes through|Advisory|Editors?'? note)\b"
    r"[^()]{0,200}\)$"
)
#: A publication's press licence: "License No. 1278/GP-BTTTT", "Licence number: 45/GP".
_LICENCE_RE = re.compile(r"\blicen[cs]e (?:no\.?|number)\s*[:#]?\s*\d", re.IGNORECASE)
_COMMENT_THREAD_RE = re.compile(
    r"^\d{1,4} (?:thoughts?|comments?|responses?|replies) (?:on|to) [\"“‘'][^\n]{2,200}$"
    r"|^(?:Discussion about this (?:post|article|story)|Join the discussion"
    r"|Leave a (?:comment|reply)|(?:Post a|Add a|Write a) comment|Comments?(?: \(\d+\))?)$"
    r"|^(?!(?:The|A|An|He|She|They|It|We)\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} says:$"
)
#: A site's call on its readers to pay for its journalism.
_APPEAL_RE = re.compile(
    r"^Support\b[^.]{0,60}\bjournalism\b"
    r"|\bjournalism\b.{0,120}\b(?:support us|donate|subscribe|price of a coffee|contribut\w+)\b",
    re.IGNORECASE,
)
#: A syndicating site's notice that the page's content is someone else's.
_SYNDICATED_RE = re.compile(
    r"\bprovided by an? (?:independent )?third-party content provider\b", re.IGNORECASE
)
#: A site's notice of its cookies, with the reader's consent asked for.
#: Two labelled fields or more on one line, parted by a slash or a bar: "EQS-News: Acme AG /
#: Key word(s): Contract/Expansion", "Category: Energy | Region: Europe".
FIELDS_LINE_RE = re.compile(
    r"^(?!(?i:story|text|words|author|reporter|writer|photos?|video|by)\b)"  # (credits: a byline)
    r"[A-Z][\w()-]*(?: [\w()-]+){0,2} ?: [^:|]{1,60}?"
    r"(?: [/|] [A-Z][\w()-]*(?: [\w()-]+){0,2} ?: [^:|]{1,60}?){1,4}$"
    # "Fetched: 2026-12-05T10:41   Status: 200   Extractor: full-page": a scraper's record
    r"|^[A-Z][\w-]{1,20}:\s+\S{1,40}(?:\s{2,}[A-Z][\w-]{1,20}:\s+\S{1,40}){1,4}$"
)
#: A site's appeal to its readers for money or sign-ups, around its stories (beside
#: ``_APPEAL_RE``, the calls to pay for its journalism).
_READER_APPEAL_RE = re.compile(
    r"^(?:Thank you for (?:donating|supporting|your support)|Make a donation"
    r"|Donate(?: now| today)?$"
    r"|Support (?:us|our (?:journalism|work|reporting)|independent journalism)\b"
    r"|Become an? (?:Insider|member|supporter|subscriber|patron)\b"
    r"|Comments? [-–] share your views\b)"
    r"|\bwithout the (?:generous )?support of our readers\b"
    r"|\byour donations?\b[^.]{0,60}\ballow us\b",
    re.IGNORECASE,
)
#: A mailing's notice to its subscriber: why it came, how to stop it.
_SUBSCRIBED_RE = re.compile(
    r"^(?:You (?:are )?receiv(?:e|ed|ing) this (?:alert|e-?mail|release|newsletter|message"
    r"|update|digest)\b|Manage your (?:alerts|subscriptions?|preferences)\b"
    r"|(?:To )?unsubscribe\b)",
    re.IGNORECASE,
)
#: A call to follow the site elsewhere: "Stay connected with X on Instagram and like us on
#: Facebook.", "Follow us on X and Threads".
_LANGUAGE_BAR_RE = re.compile(
    r"^(?:(?:English|Tiếng Việt|Français|Español|Deutsch|Português|Italiano|Русский|中文|日本語"
    r"|한국어|العربية|Bahasa(?: Indonesia| Melayu)?|ไทย|ລາວ|ភាសាខ្មែរ|[A-Z]{2})(?:\s*\|\s*|$)){2,6}$"
)
_FOLLOW_STARTS = ("stay ", "follow", "like ", "join ", "find ")
_FOLLOW_RE = re.compile(
    r"^(?:stay (?:connected|in touch|up to date)|follow|like|join|find)\b[^\n]{0,80}"
    r"\bon (?:Instagram|Facebook|X|Twitter|LinkedIn|YouTube|TikTok|Telegram|WhatsApp|Threads"
    r"|Zalo)\b",
    re.IGNORECASE,
)
#: A service's request for readers' feedback, with its address.
_FEEDBACK_RE = re.compile(
    r"^(?:send|e-?mail|direct|share) (?:your )?(?:comments|feedback|questions|enquiries)\b"
    r"[^\n]{0,80}\b(?:at|to)\s+\S+@\S+$",
    re.IGNORECASE,
)
_COOKIES_RE = re.compile(
    r"\bcookies?\b.{0,200}\b(?:agree|accept|consent|continu\w*|policy|settings|learn more|got it)\b"
    r"|\b(?:accept|allow|reject)(?: all)? cookies\b",
    re.IGNORECASE,
)
_COMMENT_POLICY_RE = re.compile(r"^comments? (?:will be|are) (?:moderated|reviewed)\b", re.I)
_DISCLAIMER_RE = re.compile(r"^(?:Legal )?Disclaimer\s*:\s+\S", re.IGNORECASE)
#: A reader's comment under a page: "Nguyen Van Hung · 14/03/2026 09:41", a name and a stamp.
COMMENT_HEAD_RE = re.compile(
    r"^[A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){1,4}\s*[·•]\s*"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?$"
)


#: A site's rights notice, however long: "All rights reserved. This material ... may not be
#: reproduced, published, broadcast ... without written permission from X."
_RIGHTS_RE = re.compile(
    r"^All rights reserved\b|\bmay not be (?:reproduced|republished|copied|redistributed)\b",
    re.IGNORECASE,
)
#: Two fields or more, each a label and a figure: a market wire's quote under its story.
#: A label in capitals between square brackets, on its own line.
_BRACKET_LABEL_RE = re.compile(r"^\[[A-Z0-9ÀÂÇÉÈÊÎÔÛÑ' /:–-]{3,60}\]$")
#: An e-mail's header lines, over a digest or a release sent by mail.
_MAIL_HEADER_RE = re.compile(
    r"^(?:From|To|Cc|Bcc|Subject|Sent|Reply-To|Fwd|Fw)\s*:\s*\S"
    r"|^(?:Return-Path|Message-ID|Content-Type|Content-Transfer-Encoding|MIME-Version|X-[\w-]+"
    r"|Received|List-Unsubscribe|Precedence):\s*\S"
    r"|^Date:\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d"  # RFC 5322
)
_QUOTE_FIELD = r"[A-Z][\w %.]{0,24}:\s*[-+]?[$€£]?[\d.,]+%?"
_QUOTE_FIELDS_RE = re.compile(rf"^{_QUOTE_FIELD}(?:,\s*{_QUOTE_FIELD})+$")
#: A site's call to subscribe: "Sign up for our newsletter", "Receive by email the next news
#: about this company: https://...", "Get the latest news in your inbox".
_SIGN_UP_RE = re.compile(
    r"\b(?:sign up|subscribe)\b.{0,30}\bnewsletters?\b|^Receive (?:by e-?mail|our|the)\b"
    r"|\bin your inbox\b",
    re.IGNORECASE,
)


#: A date, then the places in capitals, over the headline: "December 5 - 2026 TAWILA / EL FASHER".
DATED_PLACE_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,| -| –)? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[-–|,]?\s*[A-Z][A-Z /'’.-]{2,40}$"
)


def mail_header(line: str) -> bool:
    """An e-mail's header line ("From: X <x@y>", "Subject: ...", "Message-ID: <...>"), or a
    mailbox's envelope line."""
    return bool(_MAIL_HEADER_RE.match(line) or _MBOX_FROM_RE.match(line))


#: A mailing's link to the story on its site: "Read on radiotamazuj.org", "Read on akorda.kz:
#: https://www.akorda.kz/en/...".
_READ_ON_RE = re.compile(
    r"^(?:Read|Read more|Continue reading|Read the full story)(?: on| at)? "
    r"(?:https?://)?(?P<site>(?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?\.?(?::\s+https?://\S+)?$"
)


def read_on_site(line: str) -> str:
    """The site a mailing's "Read on X" line sends its reader to, or ''."""
    m = _READ_ON_RE.match(line.strip()) if line[:4] in ("Read", "Cont") else None
    return m.group("site") if m else ""


#: A mailbox's envelope line between its messages: "From x@y.org Sat Dec  5 07:02:18 2026",
#: "From MAILER-DAEMON Sat Dec  5 15:10:02 2026".
_MBOX_FROM_RE = re.compile(r"^From \S+\s+\w{3} \w{3}\s+\d{1,2} [\d:]{8} \d{4}$")


def reader_appeal(s: str) -> bool:
    """A site's appeal to its readers for money or sign-ups ("Your donations allow us to ...")."""
    return len(s) <= 400 and bool(_READER_APPEAL_RE.search(s))


@lru_cache(maxsize=16384)
def chrome(line: str) -> bool:
    """Page furniture: buttons, tags, copyright, date stamps, breadcrumbs."""
    s = line.strip()
    if not s or len(s) > 400:
        return False
    low = s.lower()
    if _RULE_RE.match(s) or (len(s) <= 400 and _COPYRIGHT_RE.match(s)):
        return True  # "___", "Copyright 2025 The Associated Press. All rights reserved. ..."
    if VIEWS_LINE_RE.match(s):
        return True  # "Views: 112": the page's counter
    if s[:4] in ("Read", "Cont", "From") and (_READ_ON_RE.match(s) or _MBOX_FROM_RE.match(s)):
        return True  # "Read on radiotamazuj.org"; a mailbox's "From x@y Sat Dec  5 10:31:44 2026"
    if _BUDGET_RE.search(s):
        return (
            True  # a news budget's line: "ECO  Kochi strike (450 words) - moved", "ADVISORY: ..."
        )
    if _PRIORITY_RE.match(s):
        return True  # "URGENT", "FLASH", "CORRECTION": the wire's priority or status of an item
    if _EDITORS_NOTE_RE.match(s):
        return True  # "(Corrects name of ... in paragraph 2)", "(Adds quote in paragraph 5)"
    if _LICENCE_RE.search(s) and len(s) <= 200:
        return True  # "VnEconomy - Vietnam Economic Times. License No. 1278/GP-BTTTT."
    if _COMMENT_THREAD_RE.match(s) or COMMENT_HEAD_RE.match(s):
        return True  # "2 thoughts on “HEADLINE”", "Jonah K says:": a comment thread
    if low.startswith("comment") and _COMMENT_POLICY_RE.match(s):
        return True  # "Comments will be moderated. Keep comments relevant ...", however long
    if "journalism" in low and len(s) <= 200 and _APPEAL_RE.search(s):
        return True  # "Support independent journalism. Subscribe from €1.": a call to pay
    if reader_appeal(s):
        return True  # "Thank you for donating to X.", "Become an Insider to join ..."
    if s.count(":") >= 2 and len(s) <= 160 and FIELDS_LINE_RE.match(s):
        return True  # "EQS-News: Acme AG / Key word(s): Contract": a record's fields on a line
    if ("provided" in low or "dissemination" in low or "produced by" in low) and (
        DISSEMINATED_RE.match(s)
    ):
        return True  # "This information is provided by RNS, ...": the service's notice
    if low.startswith(
        ("you ", "manage ", "to unsubscribe", "unsubscribe")
    ) and _SUBSCRIBED_RE.match(s):
        return True  # "You receive this alert because you subscribed to ...": the mailing's
    if len(s) <= 80 and "|" in s and _LANGUAGE_BAR_RE.match(s):
        return True  # "English | Tiếng Việt", "EN | VI": the site's language switch
    if len(s) <= 160 and low.startswith(_FOLLOW_STARTS) and _FOLLOW_RE.search(s):
        return True  # "Stay connected with X on Instagram and like us on Facebook."
    if "@" in s and len(s) <= 160 and _FEEDBACK_RE.match(s):
        return True  # "Send comments and request more information at feedback@x.example"
    if "cookie" in low and len(s) <= 300 and _COOKIES_RE.search(s):
        return True  # "This site uses cookies. By continuing to browse you agree ... | Got it"
    if "third-party" in low and _SYNDICATED_RE.search(s):
        return True  # "Information contained on this page is provided by an independent
        # third-party content provider. X and this Site make no warranties ...": a syndicator's
    if _DISCLAIMER_RE.match(s):
        return True  # "Disclaimer: AAAS and EurekAlert! are not responsible for ...": the site's
    if ("reserved" in low or "may not" in low) and _RIGHTS_RE.search(s):
        return True  # "All rights reserved. This material ... may not be reproduced ..."
    if s[:1] == "[" and _BRACKET_LABEL_RE.match(s):
        return True  # "[VERSION ORIGINALE - FRANÇAIS]", "[ENGLISH TRANSLATION]": a desk's label
    if len(s) <= 160 and _MAIL_HEADER_RE.match(s):
        return True  # "Subject: MEDIA RELEASE: ...", "From: desk <desk@x>": the e-mail's header
    if len(s) <= 160 and ": " in s and _QUOTE_FIELDS_RE.match(s):
        return True  # "Price: 23.85, Change: +2.99, Percent Change: +14.33": a quote's fields
    if (
        len(s) <= 160
        and ("newsletter" in low or "inbox" in low or s[:7] == "Receive")
        and (_SIGN_UP_RE.search(s))
    ):
        return True  # "Mexico News Daily | Sign up for our newsletter", "Receive by email ..."
    if len(s) > 160 or _CONTACT_FIELD_RE.match(s):
        return False  # (a contact's "Email: Send Email" is a field of the contact, no button)
    if _COPYRIGHT_RE.match(s) or "rights reserved" in s.lower():
        return True
    if len(s) > 60 and s[-1] in '.!”"' and s.split(None, 1)[0].lower() not in _CHROME_OPENERS:
        return False  # a sentence of the story, not furniture
    if _chrome_line(s, low) or TAGS_LABEL_RE.match(s) or ID_LABEL_RE.match(s):
        return True
    if _STAMP_RE.match(s) or _SENDER_STAMP_RE.match(s):
        return True
    if len(s) <= 80 and is_stamp(s):
        return True
    if _READING_TIME_RE.match(s) or _LIST_MARK_RE.match(s):
        return True  # "2 minutes", "5 min read"; a list's marks for screen readers
    if _KEY_LABEL_RE.match(s) and not BYLINE_RE.match(s) and not CREDIT_LABEL_RE.match(s):
        return True  # "NEWSPAPER SECTION: News"
    found = _URL_RE.findall(s)
    urls = sum(len(u) for u in found)
    if (urls and len(found) >= 2 and urls >= 0.6 * len(s)) or _GRAPHIC_RE.match(s):
        return True  # "Photo - https://... Logo - https://...", "To view an enhanced ..."
    if s.startswith("#") and all(w.startswith("#") for w in re.split(r"\s{2,}|\s(?=#)", s)):
        return True  # "#FDI   #Ho Chi Minh City": hashtags
    if bar_menu(s):
        return True  # a menu: "Contact us | Advertise | Terms of use", "Share this: X | Email"
    # buttons only, a dozen at most: "Share | Facebook | X | Email" (read word by word, so a
    # line of text stops at its first word that is no button)
    first, n = None, 0
    for m in _BUTTON_WORD_RE.finditer(low):
        word = m.group(0)
        if word.isdigit():
            continue
        if word not in _BUTTONS or n == 12:
            return False
        first, n = first or word, n + 1
    return first is not None and first not in {
        *("the", "this", "in", "on", "us", "news", "line", "size", "link"),
    }


_BUTTON_WORD_RE = re.compile(r"[^\s|:•·/,()-]+")


def breadcrumb(line: str) -> list[str]:
    """ "Economy > Agriculture" -> ["Economy", "Agriculture"], else []."""
    s = line.strip()
    if _CRUMB_SLASH_RE.match(s) and all(len(p.split()) <= 3 for p in s.split(" / ")):
        return [p.strip() for p in s.split(" / ")]  # "Hong Kong / Transport"
    if not _CRUMB_RE.match(s):
        return []
    return [p.strip() for p in re.split(r"\s+[>»›]{1,2}\s+", s)]


def copyright_owner(line: str) -> str:
    """ "© Copyright 1997-2025 VnExpress. All rights reserved." -> "VnExpress"."""
    s = line.strip()
    if not _COPYRIGHT_RE.match(s):
        return ""
    s = re.sub(r"(?i)©|\(c\)|copyright|all rights reserved\.?", " ", s)
    s = re.sub(r"\b\d{4}(?:\s*[-–]\s*\d{4})?\b", " ", s)
    s = s.strip(" .,")  # ("Copyright (c) 2026. RFE/RL, Inc.": the year's full stop)
    s = re.split(r"\.\s|\s[|–—-]\s", s)[0]
    owner = without_legal_form(" ".join(s.split()).strip(" .,;:|"))
    owner = re.sub(r"^by\s+(?:the\s+)?", "", owner, flags=re.IGNORECASE)  # "© 2026 by the X"
    # the paper, not its publisher: "The New Times Publications SARL", "Gleaner Company (Media)"
    return _PUBLISHER_RE.sub("", owner).strip(" ,") or owner


_PUBLISHER_RE = re.compile(
    r"(?:\s+(?:Publications?|Publishing|Publishers|Company|Media|Group|Holdings|Newspapers"
    r"|Communications|Corporation|\(Media\)))+$"
)


# --- photo credits ------------------------------------------------------------------------
CREDIT_RE = re.compile(
    # ("(Capitol News Illinois photo by NAME)": the outlet's name before the word)
    r"(?:\(\s*(?:File\s+)?(?:[A-Z]{2,10}\s+|(?:[A-Z][\w.&'-]*\s+){1,4})?"
    r"(?i:Photos?|Ảnh|Images?|Pictures?|Illustration|Bildquelle|Bild|Fotos?|Crédit photo)\s*"
    r"(?::|by\b|from\b|courtesy of\b)\s*(?P<c1>[^)]{1,60})\)\.?"
    # "(PTI Photo)", "ANTARA FOTO/Name/nym.", "REUTERS/Name/File Photo", "— Bernama pic"
    # "(VNA Photo)", "(Taiwan News, Jane Lin photo)": the outlet and the photographer
    r"|\(\s*(?P<c6>[A-Z][\w.&]{1,20}(?:,?\s[A-Z][\w.&'-]{1,20}){0,4})\s+(?:[Pp]hoto|PHOTO|Foto|FOTO|pic)s?\s*\)\.?"
    r"|(?:^|\s)(?P<c7>[A-Z]{2,}(?:\s(?:FOTO|PHOTO))?)/[A-Z][^\n()]{1,60}"
    r"|(?:--|[-–—])\s*(?:foto(?P<c8>[A-Z]{2,20})|(?P<c9>[A-Z][A-Za-z]{1,20})\s+(?:pic|photo|foto)"
    r"|(?P<c10>(?i:file\s?pic)|Handout|Supplied|Courtesy photo))"
    r"|(?<=[.!?])\s+\(?(?:[A-Z][\w&]*\s){0,2}"
    r"(?P<c11>Supplied|Handout|File [Pp]hoto|Courtesy photo)\.?"
    r"\b[^\n.]{0,40}"  # (the end of the line above)
    # "... on the Manaslu circuit. PHOTO COURTESY: Guides' Association"
    r"|(?<=[.!?])\s+(?i:photo courtesy|courtesy)\s*(?::|of\b)\s*(?P<c17>[^\n]{2,60})"
    # "... near Mafraq, Jordan [File: Leila Haddad/Al Jazeera]", "[PHOTO CREDIT: Premium Times]"
    r"|\s\[(?i:file(?: photo)?|photo(?: credit)?|image|picture)\s*:\s*(?P<c16>[^\]]{2,60})\]"
    # a credit after a dash: "... near Bolton Market on Monday. — White Star"
    r"|(?<=[.!?] )[—–]\s*(?P<c15>[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2})"
    # the credit on the caption's next line: "... six more corridors.|Rheya Kurian/Gulf News"
    r"|(?<=[.!?])\n(?P<c14>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} ?/ ?[A-Z][\w&.' ]{1,30})"
    # an agency and its photographer after the caption's last sentence: "... Keystone / Noé
    # Perrin"
    r"|(?<=[.!?)] )(?P<c18>[A-Z][\w.&'-]+(?: [A-Z][\w.&'-]+){0,2}"
    r" / [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,2})"
    r"|(?:^|[.!?”\"]\s+|\s[-–—|]\s)(?:[A-Z]{2,10}\s|(?:(?!(?:The|A|An|This|That|Her|His|Their)\s)[A-Z][\w&.]*\s){1,3})?"
    r"(?i:(?:Photos?|Photograph|Ảnh|Images?|Pictures?)(?:\s+credits?)?|Credits?)"
    r"\s*(?::|(?i:by|via)\b|courtesy of\b)"  # ("PHOTO BY NAME", "Photo via Outlet.")
    r"\s*(?P<c2>(?:[A-Z]\.\s?){0,2}[^.]{1,60})\.?"  # ("Photo: T.Binh": an initial first)
    r"|\s[-–—]\s*(?P<c3>[A-Z][\w.&]{1,20}(?:\s[A-Z][\w.&]{1,20})?)\s+Photos?\b[^.]{0,60}"
    # "... than its predecessor. | © Kessler GmbH", "... on Tuesday. | Photo Credit: R. ASHOK"
    r"|\s[|]\s*(?:(?:©|\(c\)|(?:Photo|Foto|Image|Picture)(?:\s+Credit)?:|Credit:)\s*(?P<c12>[^|]{2,60})"
    r"|(?P<c13>[A-Z][A-Z.&'/ -]{1,40}))"  # "... in February. | KYODO", "| RYO TANABE"
    # "... near Merredin. (ABC Rural: Daisy Whitehead)": the outlet and its photographer
    r"|(?<=[.!?] )\((?!(?:Reporting|Writing|Editing|Additional|Source|Edited|Compiled)\b)"
    r"(?P<c19>[A-Z][\w.&']*(?: [A-Z][\w.&']*){0,2}: [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,2})\)"
    # "(AP Photo/Marco Vitale)", "(Xinhua/Li Ming)"
    r"|\((?P<c4>[A-Z][\w.&]{1,20}(?:\s[A-Z][\w.&]{1,20})?)(?:\s+Photos?)?/[^()]{2,60}\)\.?"
    r")\s*$"
)


def credit_below(caption: str, credit: str) -> bool:
    """``credit`` is the photo's credit, standing on the line under its ``caption`` ("... in
    late November.|Keystone / Lea Brunner"): the caption has none of its own, the pair has."""
    return (
        len(credit) <= 60
        and len(caption) <= 300
        and not photo_credit(caption)
        and bool(photo_credit(f"{caption}\n{credit}"))
    )


#: A photo's credit line by its label: "Photo: Ukrinform", "Image: NAME".
CREDIT_LABEL_RE = re.compile(
    r"^(?:photos?|images?|pictures?|picture credit|photo credit|credit|foto|ảnh)\s*:", re.I
)
#: A sentence that ends by naming an outlet in brackets: "... July 12, 2025. (Xinhua)".
BRACKET_CREDIT_RE = re.compile(r"[.!?”\")]\s*\((?P<name>[A-Z][\w.&' -]{1,40})\)\.?\s*$")


_CREDIT_WORDS = (
    *("Photo", "photo", "PHOTO", "Ảnh", "Image", "Picture", "Illustration", "©", "|"),
    *("/", "pic", "Pic", "foto", "FOTO", "Handout", "Supplied", "Courtesy", "File photo", "Credit"),
    *("—", "–", "[", "Contributed", "/Photographer", "via "),
)


#: "Figure 1: Long section of the vein", "Table 2: Drill results": an exhibit's caption.
FIGURE_RE = re.compile(r"^(?:Figure|Fig\.|Table|Chart|Exhibit|Map)\s*\d{1,3}[:.]\s+\S")


_CREDIT_WORD_RE = re.compile("|".join(re.escape(w) for w in _CREDIT_WORDS))
#: What kind of image a caption's photo is, in brackets at its end, or who took it: "(File
#: photo)", "(Representative image)", "Representational image. (HT Archive)", "Pic by NAME".
_IMAGE_TAG_RE = re.compile(
    r"(?:\((?i:file (?:photo|pic|image)|representative (?:image|photo)|representational"
    r" (?:image|photo)|archive(?: photo| image)?|[A-Z]{2,6} archive|illustrative (?:image|photo)"
    r"|(?:photo|image) for illustration|stock (?:image|photo)|screengrab|screenshot)\)"
    r"|(?<=[.!?] )(?i:pics?|pix) (?:by|:)\s*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
    # "(Courtesy of INCOPESCA)", "(Photo via MOPT)"
    r"|\((?i:courtesy of|photo via|image via|via) [^()]{2,40}\)"
    # "... on Sunday. - Ian Allen/Photographer", "... Terminal. - Contributed"
    r"|(?<=[.!?] )[-–—] (?:Contributed|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}/(?i:photographer"
    r"|staff photographer|contributor)))\.?\s*$"
)


#: "Thumbnail shows plastic film rolls in a warehouse. (Source: Shutterstock)": the caption
#: says what the image shows, then where it comes from.
_IMAGE_SHOWS_RE = re.compile(
    r"^(?:Thumbnail|Picture|Photo|Photograph|Image|Main image|Top image|Header image)"
    r" (?:shows|above shows|above:)\s[^\n]{5,300}\((?i:source|credit|image|photo)s?\s*:\s*"
    r"(?P<name>[^()]{2,60})\)\.?$"
)
#: "... on Praslin. (Seychelles News Agency) Photo License: CC-BY", "... Photo: NAME, CC BY-SA
#: 4.0": a caption credited with the free licence its photo is under.
_LICENSED_RE = re.compile(
    r"(?<=[.!?)] )(?:\((?P<who>[^()]{2,60})\)\s*)?(?i:(?:photo|image)\s+licen[cs]e|licen[cs]e)"
    r"\s*:?\s*(?P<licence>CC[- ](?:BY|0)[\w.\- ]{0,12}|CC0|Creative Commons[\w.\- ]{0,20})$"
)
#: "... wholesale market. [Kipkemoi Langat, Standard]": a credit in square brackets.
_SQUARE_CREDIT_RE = re.compile(
    r"[.!?”\"]\s*\[(?!(?:Reporting|Writing|Editing|Additional|With|Compiled|Translated)\b)"
    r"(?:(?i:photo credit|photo|credit|image|pic)\s*:\s*)?(?P<name>[A-Z][^\[\]]{2,60})\]\s*$"
)
#: "The STAR / Ramon Villareal, file": a file photo's credit says so after it.
_FILE_PHOTO_RE = re.compile(r",?\s*\(?\b(?:file|File|FILE)(?: photo)?\)?\.?$")


@lru_cache(maxsize=16384)
def photo_credit(text: str) -> str:
    """The credit that ends a caption ("... market. Photo: Minh Anh" -> "Minh Anh"), else ''."""
    name = _photo_credit(text.strip())
    if name and _FILED_RE.search(name):
        return ""  # "... next week. (Colombo/Dec4/2026)": where and when the story was filed
    return name


#: A place and a date in a paragraph's closing brackets: the story's filing tag, no credit.
_FILED_RE = re.compile(
    r"/\s*(?:[A-Za-z]{3,9}\.?\s?\d{1,2}|\d{1,2}\.?\s?[A-Za-z]{3,9})\s*/\s*\d{4}$"
)


#: A caption that opens with its credit: "Photo: Iceland Review/Ívar Freyr. Skarfabakki pier
#: in December."
_LEADING_CREDIT_RE = re.compile(
    r"^(?:Photo|Image|Picture|Photograph)s?\s*:\s*(?P<name>[A-Z][^.:;!?]{1,50}?/[^.:;!?]{2,40})"
    r"\.\s+[A-Z]"
)
#: A credit that is a site's address: "... of the new stations. Photo: Kun.uz".
_SITE_CREDIT_RE = re.compile(
    r"[.!?]\s+(?:Photo|Image|Picture)s?\s*:\s*(?P<name>[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2})$"
)


def _photo_credit(text: str) -> str:
    if text[:4] in ("With", "Incl") and HELPER_CREDIT_RE.match(text):
        return ""  # ("With reporting by RFE/RL's X Service": no photo's credit)
    square = _SQUARE_CREDIT_RE.search(text) if text.endswith("]") else None
    if square and len(text) <= 400:
        return square.group("name").strip()
    lead = _LEADING_CREDIT_RE.match(text) if text[:1] in "PIp" and len(text) <= 300 else None
    if lead:
        return lead.group("name").strip()  # "Photo: Iceland Review/NAME. Skarfabakki pier."
    site = _SITE_CREDIT_RE.search(text) if len(text) <= 400 else None
    if site:
        return site.group("name")  # "... new stations. Photo: Kun.uz": the site's own photo
    if text.endswith(("file", "File", "FILE", "file)", "File)")) and " / " in text[-80:]:
        text = _FILE_PHOTO_RE.sub("", text)
    if not text.endswith(")") and not _CREDIT_WORD_RE.search(text, max(0, len(text) - 120)):
        return ""  # (a credit stands at the end: most paragraphs are passed over here)
    m = CREDIT_RE.search(text)
    if not m and (shows := _IMAGE_SHOWS_RE.match(text)):
        return shows.group("name").strip()
    if not m and (licensed := _LICENSED_RE.search(text)):
        return (licensed.group("who") or licensed.group("licence")).strip()
    if not m:
        tag = _IMAGE_TAG_RE.search(text)
        return tag.group(0).strip(" ().-–—") if tag else ""
    if m.group("c4"):
        return m.group(0).strip(" ().")
    if m.group("c15") and (
        len(text) > 250
        or any(q in text for q in '"“”')
        or m.group("c15").isupper()
        or re.search(r"\b(?:said|says|told)\b", text)
    ):
        return ""  # a dash and a name closing a quote, a report or a long paragraph: a credit
        # for the words ("... the ministry said. — AFP"), not for a photo
    for name in ("c14", "c15", "c16", "c17", "c18", "c19"):
        if m.group(name):
            return m.group(name).strip(" .")
    if m.group("c12") or m.group("c13"):
        return (m.group("c12") or m.group("c13")).strip(" .")
    for name in ("c6", "c7", "c8", "c9", "c10", "c11"):
        if m.group(name):
            return m.group(0).strip(" ().-–—")
    if m.group("c3"):
        return m.group("c3") + "/" + m.group(0).split("Photo", 1)[1].lstrip("s ").strip()
    return (m.group("c1") or m.group("c2") or "").strip()


# --- contacts ------------------------------------------------------------------------------
_CONTACT_RE = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\+?[\d ()-]{7,})\s*$"
)


#: A release's boilerplate heading over its text or contact lines: "About Lumora Foods",
#: "Press contact", "Media enquiries", "Contact Info:", "Contact Information".
BOILERPLATE_HEAD_RE = re.compile(
    # ("About Borealis Lithium Corp.": a firm's name may end in an abbreviation's full stop)
    r"^(?:About (?:the |us\b)?(?=.{2,64}$)[A-Z0-9](?:[^.!?]|\.(?=[\w ]))+?"
    r"(?:(?:(?<=Corp)|(?<=Inc)|(?<=Ltd)|(?<=Co)|(?<=Plc)|(?<=LLC)|(?<=Bhd)|(?<=Pty))\.)?"
    r"|(?i:(?:(?:Press|Media|Investor|Company|PR|News)\s+)?(?:Contacts?|Enquiries|Inquiries|Relations)(?:\s+(?:Info(?:rmation)?|Details|Person))?)"
    r"|For (?:more|further) information|[A-Z][\w&.' ]{1,40} Contact Information"
    r"|Notes? (?:to|for) [Ee]ditors?):?$",
)
_CONTACT_LINE_RE = re.compile(
    r"^(?:Name|E-?mail|Phone|Tel(?:ephone)?|Mobile|Cell|Fax|Web(?:site)?|Organi[sz]ation|Company"
    r"(?: Name)?|Contact(?: Person| Name)?|Title|Address|Country|City)\s*:\s*\S",
    re.IGNORECASE,
)


def contact_detail(line: str) -> bool:
    """A line of a contact block: "Name: Dana Hill", "Email: x@y", "+48 12 555 0142", "Tomasz
    Kierski, tomasz@lumora.example, +48 ...", or a short name or role alone."""
    t = line.strip()
    if _CONTACT_LINE_RE.match(t) or is_contact(t):
        return True
    # "Tomasz Kierski, tomasz.kierski@lumora.example, +48 12 555 0142"
    return len(t) <= 200 and bool(_EMAIL_RE.search(t) or re.search(r"\+\d[\d ()-]{7,}", t))


def is_contact(line: str) -> bool:
    """An e-mail or web address, or a phone number, alone on its line. A phone number has eight
    digits or more, written with "+", brackets, dashes or dots, or ten or more digits: "38 21
    117 74" is a row of figures."""
    text = line.strip()
    if not _CONTACT_RE.match(text):
        return False
    if "@" in text or text.lower().startswith(("http", "www.")):
        return True
    digits = sum(c.isdigit() for c in text)
    return digits >= 10 or (digits >= 8 and any(c in text for c in "+()-."))


def clear_caches() -> None:
    """Forget the cached answers: each parse starts afresh (memory stays bounded, and a
    benchmark that parses the same dump twice measures the parser, not the cache)."""
    for fn in (dateline, byline_line, byline, chrome, photo_credit, signoff, is_stamp):
        fn.cache_clear()
