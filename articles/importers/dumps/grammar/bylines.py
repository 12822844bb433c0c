"""Bylines: "By NAME[ and NAME][, ORGANISATION][ (e-mail)]", decorated, posted or closing a
story; and the names of organisations (agencies, firms by their legal form) that name no author.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datelines import _DATE
from .stamps import _READING_TIME_RE, is_stamp

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


#: An author's academic titles before a name in capitals, with the journal's asterisk after it.
_ACADEMIC_RE = re.compile(
    r"^(?:(?:Assoc\.|Associate|Asst\.|Prof\.|Professor|Dr\.|MA\.|M\.A\.|MSc\.|PhD|Ph\.D\.|LLM\.)"
    r"[,\s]+)+(?P<name>[A-ZÀ-ÝĐ][A-ZÀ-ỸĐ]+(?: [A-ZÀ-ỸĐ]+){1,4})\*?$"
)


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
    titled = _ACADEMIC_RE.match(s)
    if titled:  # "Assoc. Prof., Dr. NGUYEN VAN AN*", "MA. TRAN THI MAI*": a journal's author
        name = titled.group("name")
        return name if 2 <= len(name.split()) <= 5 else ""
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
    r"^(?:(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice|Assoc\.|Associate)\s+)?"
    r"(?:Colonel|General|Major|Captain|Lieutenant|Commander|Admiral|Commodore|Dr\.|Doctor"
    r"|Prof\.|Professor|Ambassador)(?:,?\s+(?:Dr\.|PhD|Prof\.))?\s+"
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
            or outlet_only(m.group("names"))  # "by Bay City News"
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
    if outlet_only(names):
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
    """A byline's "names" that are one outlet's name ("Bay City News"), no person's."""
    return 2 <= len(names.split()) <= 4 and "," not in names and bool(_OUTLET_END_RE.search(names))


_NAME_LINKS = {"and", "de", "van", "von", "der", "da", "bin", "binti", "le", "la", "del"}
NAME_LINKS = frozenset(_NAME_LINKS)  # the small words inside a name: "Ronan Mac Cormaic"


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
