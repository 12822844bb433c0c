"""The outlet a page's closing lines name: a copyright line and its owner, a service's notice
that it carried the item, an agency's credit closing the last paragraph.
"""

from __future__ import annotations

import re

from .bylines import without_legal_form
from .signoffs import _END_OF_SERVICE_RE, _OUTLET_REPORTER_RE, _PRODUCED_BY, PUBLISHED_ON_RE

_COPYRIGHT_RE = re.compile(r"^(?:(?:™|TM) ?& ?)?(?:©|\(c\)|copyright\b)", re.IGNORECASE)


def copyright_line(line: str) -> bool:
    """ "© 2026 X", "(c) X", "Copyright 2026 X"."""
    return bool(_COPYRIGHT_RE.match(line.strip()))


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
