"""Find and undo fixed-size chunk cuts.

A damaged dump was cut every P characters and a newline inserted at each cut; when the cut fell
on a space the space was swallowed. So within one run of chunks the inserted newlines sit exactly
Q = P + 1 characters apart (the phase may restart at every story). We collect newlines that
break a line, vote for the distance that recurs, keep only a period that is clearly above chance,
follow each chain of cuts, and glue every cut back with or without a space (see ``wordjoin``).
No period, no repair: a dump without evidence of chunking is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .markers import (
    BULLET_RE,
    CHROME_RE,
    DISTRIBUTION_RE,
    LIST_ITEM_RE,
    SECTION_RE,
    SOURCE_FOOTER_RE,
    TEASER_HEADER_RE,
)
from .wordjoin import DocWords, join_separator

MIN_PERIOD = 96  # shortest chunk (+1) we look for
_NEIGHBOURS = 3  # pairs of candidates looked at for each candidate
_MAX_DIV = 4  # a distance may span up to this many chunks
_MID_LINE_NL = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_TERMINAL = set('.!?:;"”…')


@dataclass
class CutReport:
    period: int | None = None  # Q = chunk size + 1
    pairs: int = 0  # evidence: cut pairs exactly one period apart
    cuts: list[int] = field(default_factory=list)

    @property
    def chunk_size(self) -> int | None:
        return self.period - 1 if self.period else None


def _pairs(text: str, cands: list[int], cset: set[int], q: int) -> int:
    """Candidates followed, a whole number of periods later, by another candidate, every
    position in between being a newline too (a cut that landed in page furniture)."""
    n = len(text)
    count = 0
    for p in cands:
        x = p + q
        for _ in range(_MAX_DIV):
            if x in cset:
                count += 1
                break
            if x >= n or text[x] != "\n":
                break
            x += q
    return count


def _best_period(text: str, cands: list[int], cset: set[int], strong: set[int]) -> tuple[int, int]:
    n = len(text)
    votes: Counter[int] = Counter()
    for i, p in enumerate(cands):
        for j in range(i + 1, min(i + 1 + _NEIGHBOURS, len(cands))):
            d = cands[j] - p
            for k in range(1, _MAX_DIV + 1):
                if d % k == 0 and d // k >= MIN_PERIOD:
                    votes[d // k] += 1
    if not votes:
        return 0, 0
    density = len(cands) / max(1, n)
    expected = len(cands) * density
    best_q, best_pairs = 0, 0
    for q, _ in votes.most_common(12):
        pairs = _pairs(text, cands, cset, q)
        # on a tie the shorter period wins: its extra cuts were checked to be newlines
        if pairs > best_pairs or (pairs == best_pairs and q < best_q):
            best_q, best_pairs = q, pairs
    if best_pairs >= 2 and best_pairs >= 4 * expected + 1:
        return best_q, best_pairs
    if best_pairs == 1 and expected < 0.05:
        # two cuts only: both must look like cuts on their own
        p = next((p for p in cands if p + best_q in cset), None)
        if p is not None and p in strong and p + best_q in strong:
            return best_q, 1
    return 0, 0


def _global_period(text: str, cset: set[int], strong: set[int]) -> tuple[int, list[int]]:
    """A period counted from the start of the file: newlines at every k*Q - 1.

    Accepted only when the chance of such a run of newlines in uncut text is small.
    """
    n = len(text)
    newlines = [m.start() for m in re.finditer("\n", text)]
    if not newlines or not cset:
        return 0, []
    p_nl = len(newlines) / n
    p_mid = len(cset) / len(newlines)
    p_strong = max(len(strong) / len(cset), 0.01)
    best_q, best_cuts, best_score = 0, [], 0
    for x in newlines:
        q = x + 1
        if q < MIN_PERIOD:
            continue
        if 2 * q - 1 >= n:
            break
        positions = range(q - 1, n, q)
        if any(text[pos] != "\n" for pos in positions):
            continue
        k = len(positions)
        mids = [pos for pos in positions if pos in cset]
        if len(mids) < max(2, 0.6 * k) or not any(pos in strong for pos in mids):
            continue
        expected = len(newlines) * p_nl ** (k - 1) * p_mid ** len(mids) * p_strong
        if expected < 0.05 and len(mids) > best_score:
            best_q, best_cuts, best_score = q, mids, len(mids)
    return best_q, best_cuts


def _is_strong(text: str, p: int) -> bool:
    """A newline that breaks running text: a lowercase letter follows a non-space character."""
    return text[p + 1].islower() and not text[p - 1].isspace() and text[p - 1] not in ":"


def _line_bounds(text: str, p: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p + 1)
    return start, len(text) if end < 0 else end


def _is_structural(line: str) -> bool:
    s = line.strip()
    return bool(
        CHROME_RE.match(s)
        or TEASER_HEADER_RE.match(s)
        or BULLET_RE.match(line)
        or LIST_ITEM_RE.match(line)
        or SECTION_RE.match(line)
        or SOURCE_FOOTER_RE.match(line)
        or DISTRIBUTION_RE.match(line)
    )


def _eligible(text: str, p: int) -> bool:
    if text[p - 1].isspace() or text[p + 1].isspace():
        return False
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    return not (_is_structural(text[p + 1 : end]) or _is_structural(text[start:p]))


def _singleton_is_cut(text: str, p: int) -> bool:
    prev, nxt = text[p - 1], text[p + 1]
    if prev.isspace() or nxt.isspace():
        return False
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    before, after = text[start:p], text[p + 1 : end]
    if _is_structural(after) or _is_structural(before):
        return False
    if nxt.islower() and prev != ":":
        return True
    return len(before) >= 40 and prev not in _TERMINAL and (nxt.isalnum() or nxt in "“\"‘(")


def find_cuts(text: str) -> CutReport:
    """Positions of newlines inserted by chunking (empty report if there is no evidence)."""
    n = len(text)
    cands = [m.start() for m in _MID_LINE_NL.finditer(text)]
    if len(cands) < 2:
        return CutReport()
    strong = {p for p in cands if _is_strong(text, p)}
    cset_all = set(cands)
    report = CutReport()
    gq, gcuts = _global_period(text, cset_all, strong)
    accepted: set[int] = set(gcuts)
    if gq:
        report.period, report.pairs = gq, len(gcuts) - 1
    # Newlines of page furniture (indented teaser lines, lists, chrome) are legitimate and, being
    # regular, would vote for false periods: only plain line breaks vote.
    remaining = [p for p in cands if _eligible(text, p) and p not in accepted]
    for _ in range(3):  # several chunk sizes may be glued together
        if len(remaining) < 2:
            break
        cset = set(remaining)
        q, pairs = _best_period(text, remaining, cset, strong)
        if not q:
            break
        if report.period is None:
            report.period = q
        report.pairs += pairs
        seeds = [
            p
            for p in remaining
            if p + q in cset
            or p - q in cset
            or (p in strong and ((p + q < n and text[p + q] == "\n") or text[p - q] == "\n"))
        ]
        for p in seeds:
            accepted.add(p)
            for step in (q, -q):
                x = p + step
                while 0 < x < n - 1 and text[x] == "\n":
                    if x in cset_all:
                        accepted.add(x)
                    x += step
        remaining = [p for p in remaining if p not in accepted]
    if report.period is None:
        return CutReport()
    accepted.update(p for p in cands if p not in accepted and _singleton_is_cut(text, p))
    report.cuts = sorted(accepted)
    return report


def repair_cuts(text: str, cuts: list[int]) -> str:
    """Remove the inserted newlines, putting back a swallowed space where words were split."""
    if not cuts:
        return text
    doc = DocWords(text)
    out: list[str] = []
    last = 0
    for p in cuts:
        out.append(text[last:p])
        out.append(join_separator(text[max(0, p - 60) : p], text[p + 1 : p + 61], doc))
        last = p + 1
    out.append(text[last:])
    return "".join(out)
