"""Bylines and photo captions among a story's paragraphs: an author's name alone on its line, a
photo's description told apart from the story's sentences, a caption with its credit.
"""

from __future__ import annotations

import re

from . import grammar
from .markers import (
    BYLINE_PREFIX_RE,
    LEDE_ALIAS_RE,
    LIST_ITEM_RE,
    PHOTO_CUE_RE,
    find_source,
    match_dateline,
)
from .profiles import SourceIndex
from .sourcing import collapse

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
