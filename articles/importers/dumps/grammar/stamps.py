"""Date and time stamps on a page: "Mon, March 3, 2025, 16:40 GMT+7", "PUBLISHED : 4 Mar
2025 at 14:35", a feed's sender and time, a section and its stamp, a page's reading time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datelines import _DATE

_STAMP_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?"
    r"(?:\s*\(?(?:GMT|UTC|ICT)[+-]?\d*\)?|\s+[A-Z]{2,4}\b"
    r"|\s+(?:Eastern|Central|Pacific|Mountain|Atlantic)\s+(?:Daylight|Standard)\s+Time)?)?"
    r"(?:\s*\|[^\n]{0,40})?$",
    re.IGNORECASE,
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


#: "Business Wire -- 09/24/2024 16:05 ET": a feed's stamp of who sent an item and when.
_SENDER_STAMP_RE = re.compile(
    rf"^[A-Z][\w .&'-]{{1,40}}?\s+(?:--|[-–—|])\s+(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?)?$"
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


_READING_TIME_RE = re.compile(
    r"^(?:(?:estimated )?reading time:?\s*)?(?:about |less than )?(?:\d{1,2}|one|a)\s*"
    r"(?:-|\s)?(?:min(?:ute)?s?|mins?\.?)(?:\s+(?:to\s+)?(?:read|reading|listen))?$",
    re.IGNORECASE,
)


def reading_time(text: str) -> bool:
    """A page's reading time: "4 min read", "Reading time: 2 minutes"."""
    return bool(_READING_TIME_RE.match(text.strip()))
