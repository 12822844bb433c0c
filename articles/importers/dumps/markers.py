"""Shape markers of the known dump kinds, kept in one place.

Everything the parser recognises by its wording lives here: wire end markers and footers,
press-release datelines and distribution lines, newspaper lede prefixes, comment-box chrome,
teaser headers and section paths, plus a small table of known sources.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from .profiles import SourceIndex, SourceProfile, source_key

# --- wire stories -------------------------------------------------------------------------
#: Vietnamese wires end a story with "./." glued to the last sentence.
WIRE_END_MARK = "./."
#: "Source: Vietnam News Agency" (sometimes truncated: "Source: Vietnam News Agen").
#: A feed reader's "Source: NHK WORLD-JAPAN | Published: ..." names it before the bar.
SOURCE_FOOTER_RE = re.compile(
    r"^\s*\(?\s*Source\s*:\s*(?P<name>[^\n|]{2,80}?)\s*\)?\s*(?:\|\s*[A-Z][^\n]{0,80})?$"
)

# --- press releases -----------------------------------------------------------------------
#: "GlobeNewswire Distribution ID 8988509" closes a release and carries its external id.
DISTRIBUTION_RE = re.compile(
    r"^\s*(?P<name>[^\n]{0,60}?)\s*Distribution\s+ID\s*[:#]?\s*(?P<id>[A-Za-z0-9-]{3,40})\s*$"
)
#: "SHANGHAI, China, Dec. 01, 2023 (GLOBE NEWSWIRE) — ..." and "Hanoi (VNA) - ...".
AGENCY_DATELINE_RE = re.compile(
    r"^(?P<dateline>[A-ZĐ][^\n()]{1,80}?)\s*\((?P<agency>[A-Z][A-Za-z&./ ]{1,40})\)\s*[—–:-]+\s+"
)

# --- newspaper pages ----------------------------------------------------------------------
#: "SINGAPORE, June 5, 2024 /PRNewswire/ -- ..."
SLASH_DATELINE_RE = re.compile(
    r"^(?P<dateline>[A-ZĐ][^\n/]{1,80}?)\s*/(?P<agency>[A-Z][A-Za-z&. -]{1,40})/\s*[—–:-]+\s+"
)


@lru_cache(maxsize=16384)
def match_dateline(text: str) -> re.Match | None:
    """A press-release or wire dateline naming its agency, with groups dateline and agency.

    Places and dates only ("SHANGHAI, China, Dec. 01, 2023", "Hanoi"): every word capitalised
    or a number, so that prose such as "The Confederation of Labour (VGCL) - ..." is no dateline.
    """
    m = AGENCY_DATELINE_RE.match(text) or SLASH_DATELINE_RE.match(text)
    if m and all(w[:1].isupper() or w[:1].isdigit() for w in m.group("dateline").split()):
        return m
    return None


#: A lede opens with the paper's short alias: "ĐBP - On November 27, ...".
LEDE_ALIAS_RE = re.compile(r"^(?P<alias>[A-ZĐ][A-ZĐ0-9]{1,7}(?:[.&][A-ZĐ]{1,5})?)\s?[-–—]\s+(?=\S)")
#: Comment box and page furniture: whole stripped lines, matched case-insensitively.
CHROME_RE = re.compile(
    r"^(?:comments?|(?:add|leave|write|post|send|submit) (?:a |your )?comments?"
    r"|you have \d+\s*/\s*\d+ characters? left\.?"
    r"|please enter \d+ or more characters\W*"
    r"|share (?:on|via) (?:facebook|twitter|zalo|email)|back to top)$",
    re.IGNORECASE,
)
#: Headers that open a list of teasers for other stories.
TEASER_HEADER_RE = re.compile(
    r"^(?:(?:(?:recent|related|latest|other|more|top|popular|same category|trending|most recent"
    r"|recommended|suggested)\s+){1,2}"  # ("More Top Stories")
    r"(?:news|stories|story|articles?|posts?|releases|press releases|items|contents?|reading"
    r"|coverage|links|reports|headlines)"
    r"|most (?:read|popular|viewed|shared|commented)"
    r"|read more|see (?:also|more)"
    r"|related|also read|read also|trending(?: in [\w ]{2,20})?|you may (?:also )?like"
    r"|you might (?:also )?like|more (?:from|in|on) [\w ]{2,20}|in other news|editor'?s picks"
    r"|more (?:news|stories|articles|releases) (?:from|about|on|by) [\w ,.&'-]{2,40}"
    r"|(?:more|also) this (?:week|month|issue)|in this (?:issue|edition)"
    r"|(?:visual|web|photo|video) stories"
    r"|top stories|latest|most recent|don'?t miss|must read|read next|recommended"
    r"|(?:in the )?same (?:category|topic|section)"
    r"|further reading|what to read next)\s*:?$",
    re.IGNORECASE,
)
#: A teaser item opens with a bullet ("  • 'Title").
BULLET_RE = re.compile(r"^\s*[•●▪◦‣∙·]\s*")
#: Section path of a teaser: "NEWS - POLITICS -", "CULTURE - TOURISM -", "BUSINESS -".
SECTION_RE = re.compile(
    r"^\s*(?P<path>[A-ZĐ][A-ZĐ0-9&/',. ]{0,40}?(?:\s+-\s+[A-ZĐ][A-ZĐ0-9&/',. ]{0,40}?)*)\s+-\s*$"
)
SECTION_SPLIT_RE = re.compile(r"\s+-\s*|\s*/\s*|\s*[>»]\s*")
#: Bylines are sometimes introduced: "By Mai Lan", "Story and photos: Hoàng Anh".
BYLINE_PREFIX_RE = re.compile(
    r"^(?:by|written by|story(?: and photos?)?|text(?: and photos?)?|author|reporter)\s*[:\-]?\s+",
    re.IGNORECASE,
)
#: Caption cues: "(Photo: VNA)", "Photo: ...", "Ảnh: ...".
PHOTO_CUE_RE = re.compile(r"(?:^|\()\s*(?:photo|ảnh|image|illustration)(?:s)?\s*:", re.IGNORECASE)

# --- lists --------------------------------------------------------------------------------
LIST_ITEM_RE = re.compile(r"^\s*(?:\d{1,3}[.)]|\(?[a-z]\)|[•●▪◦‣∙*·-])\s+\S")

# --- dates --------------------------------------------------------------------------------
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: "Dec. 01, 2023", "December 2", "2 December 2023".
DATE_RE = re.compile(
    rf"\b(?P<month>{_MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_WORD})(?:,?\s+(?P<year2>\d{{4}})\b)?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: "on December 1", "On the morning of February 20", "on Tuesday" in a lede.
LEDE_DATE_RE = re.compile(
    rf"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?P<when>{_WEEKDAY}(?:,?\s+{_MONTH_WORD}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    rf"|{_MONTH_WORD}\s+\d{{1,2}}(?:,\s+\d{{4}})?)\b"
)


# --- known sources ------------------------------------------------------------------------
#: The suppliers the parser knows without being told: ``profiles.DEFAULT_PROFILES``. The
#: database's ``Source`` rows (seeded from the same table) are passed in as a ``SourceIndex``.


@lru_cache(maxsize=4096)
def _common_word(raw: str) -> bool:
    """A whole word of the language ("National", "Economy"): no name cut short."""
    return raw.isalpha() and zipf_frequency(raw.lower(), "en") >= 4.5


def find_source(raw: str, kind: str = "", index: SourceIndex | None = None) -> SourceProfile | None:
    """The known source named (or, when cut short, begun) by ``raw``, else None.

    A truncated name that begins several sources ("Vietnam New") is settled by ``kind``, the
    kind of source the context implies (a "Source:" footer closes a wire story).
    """
    index = index or SourceIndex.of(None)
    raw = re.sub(r"\s*\(.*?\)\s*$", "", raw.strip()).strip(" .,;:-–—")
    key = source_key(raw)
    if not key:
        return None
    exact = index.exact(raw) or index.exact(re.sub(r"\.(?:com|net|org)(?:\.\w\w)?$", "", raw))
    if exact is not None:
        if kind and exact.kind != kind:
            # "Source: Vietnam News" closing a wire story: the wire's name cut short, not the
            # newspaper that happens to be called so
            begun = {src for src in index.begun_by(key) if src.kind == kind}
            if len(begun) == 1:
                return begun.pop()
        return exact
    if len(key) >= 6 and not _common_word(raw):  # a truncated footer: "Vietnam News Agen"
        hits = index.begun_by(key)
        if len(hits) > 1 and kind:
            hits = {src for src in hits if src.kind == kind}
        if len(hits) == 1:
            return hits.pop()
    return None
