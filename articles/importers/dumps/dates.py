"""Dates with no year ("LONDON, March 3 -"): the year comes from the dump's other evidence.

The evidence is the years of every full date the dump carries (a press release's "June 5,
2024", another story's dateline, a date in the text) that is not in the future, or, when there
is none, the day the dump was received. The story's date is the most recent such day that is
not in the future. The inference is flagged as a warning, so the editor sees it.
"""

from __future__ import annotations

import datetime

from .markers import DATE_RE, MONTHS
from .model import ParsedDump


def _month(word: str) -> int | None:
    key = word.rstrip(".").lower()
    return MONTHS.get(key[:4] if key.startswith("sept") else key[:3])


def _dates(text: str):
    """(month, day, year or None) for every date in ``text``."""
    for m in DATE_RE.finditer(text):
        month = _month(m.group("month") or m.group("month2"))
        day = int(m.group("day") or m.group("day2"))
        year = m.group("year") or m.group("year2")
        if month and 1 <= day <= 31:
            yield month, day, int(year) if year else None


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def infer_years(dump: ParsedDump, today: datetime.date | None = None) -> None:
    """Give each article whose dateline has a month and day but no year its most likely date."""
    today = today or datetime.date.today()
    wanting = [a for a in dump.articles if a.published_date is None and a.dateline]
    if not wanting:
        return
    years = {
        year
        for month, day, year in _dates(dump.text)
        if year and 1800 <= year <= 2200 and (_valid(year, month, day) or today) <= today
    }
    clue = (
        "the years of the dump's full dates"
        if years
        else (f"the day it was received ({today.isoformat()})")
    )
    years = years or {today.year}
    for art in wanting:
        found = next(iter(_dates(art.dateline)), None)
        if found is None or found[2] is not None:
            continue
        month, day, _ = found
        dates = [
            d
            for y in (*years, max(years) - 1)
            for d in [_valid(y, month, day)]
            if d is not None and d <= today
        ]
        if not dates:
            continue
        date = max(dates)  # the most recent such day not in the future
        art.published_date = date
        art.warnings.append(
            f"the dateline {art.dateline!r} has no year: {date.year} inferred from {clue}"
        )
