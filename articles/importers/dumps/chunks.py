"""Find and undo fixed-size chunk cuts.

A damaged dump was cut every P characters and a newline inserted at each cut; when the cut fell
on a space the space was swallowed. So within one run of chunks the inserted newlines sit exactly
Q = P + 1 characters apart (the phase may restart at every story). We collect newlines that
break a line, vote for the distance that recurs, keep only a period that is clearly above chance,
follow each chain of cuts, and glue every cut back with or without a space (see ``wordjoin``).
No period: only newlines that visibly split a word, cut a marker line in two (``markercuts``) or,
in a dump of one-line paragraphs, break a line of running text (``layout``) are glued.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import grammar
from .furniture import after_furniture, before_indent, between_short_lines, is_chrome
from .layout import (
    breaks_prose,
    continues_indented,
    ends_with_address,
    headline_shape,
    one_line_paragraphs,
    own_line,
)
from .lines import BLANK, BULLETS, TEXT, classify, line_shape, record_name, tag_name
from .markercuts import splits_byline, splits_marker
from .markers import LEDE_ALIAS_RE, LIST_ITEM_RE
from .unwrap import measure
from .wordjoin import DocWords, join_separator, split_word, splits_figure

MIN_PERIOD = 96  # shortest chunk (+1) we look for
#: Shortest chunk (+1) read from a grid counted from the file's start, where nearly every grid
#: point is a newline (such a grid is no chance).
_MIN_GLOBAL_PERIOD = 61
_DENSEST = 40  # chunked prose has far fewer line breaks inside lines than one per 40 chars
_SHORT_PERIOD = 600  # below this, tell chunks from hard-wrapped lines
#: Chunk sizes people pick: a single pair of cuts this far apart is evidence enough.
ROUND_SIZES = frozenset({256, 500, 512, 700, 750, 800, 1000, 1024, 1500, 2000, 2048, 2500,
                         3000, 4000, 4096, 5000, 8000, 8192, 10000, 16384})  # fmt: skip
_NEIGHBOURS = 3  # pairs of candidates looked at for each candidate
_MAX_DIV = 4  # a distance may span up to this many chunks
_NL = re.compile("\n")
#: Set while looking at garbled text: repairs a line before it is matched against markers.
_LINE_FIXER = None
_SHIFTS = (1, -1, 2, -2, 3, -3, 4, -4)  # how far a dropped fragment moves the grid
_MIN_CUT_LINE = 100  # a cut usually breaks a paragraph, not a short line
_TERMINAL = set('.!?:;"”…')


@dataclass
class CutReport:
    period: int | None = None  # Q = chunk size + 1
    pairs: int = 0  # evidence: cut pairs exactly one period apart
    cuts: list[int] = field(default_factory=list)
    #: cuts shown by a space left at a line's end, where the dump leaves none otherwise
    spaced: set[int] = field(default_factory=set)

    @property
    def chunk_size(self) -> int | None:
        return self.period - 1 if self.period else None


def _pairs(text: str, cands: list[int], cset: set[int], q: int) -> list[tuple[int, int]]:
    """Candidates followed, a whole number of periods later, by another candidate, every
    position in between being a newline too (a cut that landed in page furniture)."""
    n = len(text)
    found = []
    for p in cands:
        x = p + q
        for _ in range(_MAX_DIV):
            if x in cset:
                found.append((p, x))
                break
            if x >= n or text[x] != "\n":
                break
            x += q
    return found


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
    best_q, best_pairs, best_list = 0, 0, []
    # hard-wrapped text breaks a sentence at nearly every line, chunking only once a chunk: the
    # distances between breaks that plainly go on mid-sentence tell the two apart (the other
    # candidates may be the short lines of a page's menus and lists, close together anyway)
    mid = sorted(p for p in cands if p in strong) or cands
    gaps = [b - a for a, b in zip(mid, mid[1:], strict=False)]
    for q, _ in votes.most_common(30):
        found = _pairs(text, cands, cset, q)
        if q <= _SHORT_PERIOD and sum(g < 0.75 * q for g in gaps) > 0.5 * len(gaps):
            continue  # hard-wrapped lines, not chunks: most breaks are closer than a chunk
        pairs = len(found)
        # on a tie the shorter period wins: its extra cuts were checked to be newlines
        if pairs > best_pairs or (pairs == best_pairs and q < best_q):
            best_q, best_pairs, best_list = q, pairs, found
    # Real chunking at period Q cuts about n / Q times, and many cuts pair up: a short period
    # with a handful of pairs is a coincidence of regular text.
    plausible = best_pairs >= 0.1 * n / max(best_q, 1)
    # A few pairs none of which splits a word or a sentence are lines of a page laid out the
    # same way twice (one template, two stories of a similar length), not chunk cuts.
    if best_pairs <= 3 and not any(p in strong or x in strong for p, x in best_list):
        plausible = False
    if best_pairs >= 2 and best_pairs >= 4 * expected + 1 and plausible:
        return best_q, best_pairs
    if best_pairs == 1 and expected < 0.05:
        # two cuts only: both must look like cuts on their own
        p, x = best_list[0]
        if (p in strong and x in strong) or (
            (p in strong or x in strong) and best_q - 1 in ROUND_SIZES
        ):
            return best_q, 1
    return 0, 0


def _global_period(
    text: str, cset: set[int], strong: set[int], newlines: list[int]
) -> tuple[int, list[int]]:
    """A period counted from the start of the file: newlines at every k*Q - 1.

    Accepted only when the chance of such a run of newlines in uncut text is small.
    """
    n = len(text)
    if not newlines or not cset:
        return 0, []
    p_nl = len(newlines) / n
    p_mid = len(cset) / len(newlines)
    p_strong = max(len(strong) / len(cset), 0.01)
    best_q, best_cuts, best_score = 0, [], 0
    for x in newlines:
        q = x + 1
        if q < _MIN_GLOBAL_PERIOD:
            continue
        if 2 * q - 1 >= n:
            break
        if text[2 * q - 1] != "\n" or x not in cset:
            continue
        positions = range(q - 1, n, q)
        if len(newlines) * p_nl ** (len(positions) - 1) * p_strong >= 0.05:
            continue  # such a run of newlines is likely by chance alone
        missed = sum(text[pos] != "\n" for pos in positions)
        # every grid point a newline; or, over a long run, all but a few (a cut that fell on
        # the text's own line end, where the chunker added none): never so by chance
        if (missed and (len(positions) < 20 or missed > len(positions) // 20)) or (
            q < MIN_PERIOD and len(positions) < 20
        ):
            continue
        positions = [pos for pos in positions if text[pos] == "\n"]
        k = len(positions)
        mids = [pos for pos in positions if pos in cset]
        if len(mids) < max(2, 0.6 * k) or not any(pos in strong for pos in mids):
            continue
        if k == 2 and q - 1 not in ROUND_SIZES and not all(pos in strong for pos in mids):
            continue  # two cuts only: a usual chunk size, or both plainly inside words
        expected = len(newlines) * p_nl ** (k - 1) * p_mid ** len(mids) * p_strong
        if expected < 0.05 and len(mids) > best_score:
            best_q, best_cuts, best_score = q, mids, len(mids)
    return best_q, best_cuts


def _on_grid(text: str, x: int, cset: set[int]) -> int | None:
    """The newline at grid point x, or a candidate cut just beside it: a fragment of 1-3
    characters the chunker dropped with its cut shifts the grid by as much."""
    if not 0 < x < len(text) - 1:
        return None
    if text[x] == "\n":
        return x
    for d in _SHIFTS:
        if x + d in cset:
            return x + d
    for d in _SHIFTS:  # the end of the line the fragment was cut from
        if text[x + d : x + d + 1] == "\n":
            return x + d
    return None


def _newlines(text: str) -> list[int]:
    return [m.start() for m in _NL.finditer(text)]


def _mid_line(text: str, newlines: list[int]) -> list[int]:
    n = len(text)
    return [p for p in newlines if 0 < p < n - 1 and text[p - 1] != "\n" and text[p + 1] != "\n"]


def _is_strong(text: str, p: int) -> bool:
    """A newline that breaks running text: a lowercase letter follows a non-space character."""
    return text[p + 1].islower() and not text[p - 1].isspace() and text[p - 1] not in ":"


def _line_bounds(text: str, p: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p + 1)
    return start, len(text) if end < 0 else end


def _is_structural(line: str) -> bool:
    """Page furniture, list items, footers: lines whose breaks are real."""
    if _LINE_FIXER is not None:
        line = _LINE_FIXER(line)
    if classify(line) not in (BLANK, TEXT) or LIST_ITEM_RE.match(line):
        return True
    s = line.strip()
    # "--IANS", "rkg/pgh", "email us here", "+1 302-555-0114": lines that stand alone
    phone = grammar.is_contact(s) and "@" not in s and "." not in s.split()[0][:4]
    if len(s) <= 40 and (grammar.signoff(s) or grammar.chrome(s) or phone):
        return True
    # an item's record: "#0421  04/12/2026 15:10  SRC=TPS  PRI=4  WORDS=318  STATUS=new"
    return len(s) <= 120 and "  " in s and bool(tag_name(s) or record_name(s))


def _eligible(text: str, p: int, strong: set[int]) -> bool:
    """May vote for a period: breaks a long line of running text, not page furniture.

    Repeated boilerplate (the same contact block or teaser list on every page) must not be
    able to fake a period, so short lines vote only when they split a word-like run.
    """
    if text[p + 1].isspace() or (text[p - 1].isspace() and not text[p - 2 : p - 1].isalnum()):
        return False
    if text[p - 1] in _TERMINAL and (text[p + 1].isupper() or text[p + 1] in '"“‘'):
        return False  # a sentence ends and the next begins: a paragraph break, as often as not
    if _short_line_after_sentence(text, p):
        return False  # "... due on Tuesday.|dpa ks xx": a desk's sign-off under the story
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    if end - start < _MIN_CUT_LINE and (p not in strong or text[p - 1].isspace()):
        return False
    return not (_is_structural(text[p + 1 : end]) or _is_structural(text[start:p]))


def _short_line_after_sentence(text: str, p: int) -> bool:
    """A finished sentence, then a short line of its own: a sign-off or a label, not the rest
    of a sentence the chunker cut."""
    if text[p - 1] not in '.!?"”':
        return False
    _, end = _line_bounds(text, p + 1)
    return end - (p + 1) <= 30 and not text[p + 1 : end].rstrip().endswith((".", ",", ";"))


#: A line that opens with an agency in brackets and a dash: "(Dtinews) - More than ...".
_AGENCY_OPENS_RE = re.compile(r"\(\s*[A-Z][\w&.' -]{1,30}\)\s*(?:--?|[–—])\s")


def _singleton_is_cut(text: str, p: int) -> bool:
    prev, nxt = text[p - 1], text[p + 1]
    if nxt.isspace():
        return False
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    before, after = text[start:p], text[p + 1 : end]
    if _is_structural(after) or _is_structural(before):
        return False
    if before.isupper() or _opens_story(after) or _AGENCY_OPENS_RE.match(after):
        # a headline in capitals, or a dateline lede, or a teaser's summary under its title
        # ("(Dtinews) - More than 200 volunteers ..."): a line of its own
        return False
    if own_line(after) or (headline_shape(before) and len(after) < 100 and after[:1].isupper()):
        return False  # a stamp, a caption, or a headline over its deck: lines of their own
    if prev.isspace():  # "Vietnam |Keijo": a trailing space inside a long line of prose
        return prev == " " and end - start >= _MIN_CUT_LINE and nxt.isalnum()
    if nxt.islower() and prev != ":":
        return True
    if nxt in ",;:)]}”’%" and prev.isalnum():
        return True  # no line starts with a comma
    if ends_with_address(before):
        return False  # "Investors: ir@example.com|Media: ...": one contact per line
    if len(after.split()) <= 4 and grammar.page_byline(after) == after:
        return False  # "... HSE figures show|Ciarán Ó Murchú": a deck, then its author's name
    return len(before) >= 40 and prev not in _TERMINAL and (nxt.isalnum() or nxt in '“"‘(')


def _head_pair(text: str, p: int, accepted: set[int]) -> bool:
    """Two short whole lines, the first shaped like a headline and the second capitalised
    ("Pokhara to cap boats on Phewa Lake at 1,200 from next season|Lake authority says ..."):
    a headline over its deck. A chunk cut leaves a long line on one side or the other, unless
    the line it cut was short, and a headline is seldom cut between two whole words."""
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    before, after = text[start:p], text[p + 1 : end]
    if start > 0 and start - 1 in accepted:
        return False  # the line before is itself the tail of a cut
    words = before.split()
    return (
        3 <= len(words) <= 16
        and len(before) <= 110
        and before[:1].isupper()
        and before[-1:] not in _TERMINAL
        and after[:1].isupper()
        and len(after) < 100
        and len(after.split()) >= 2  # "... in Co Muông|Village.": a sentence cut near its end
        and end < len(text)
        and text[p - 1] != " "  # "National Assembly Standing |Committee": the space kept
    )


def _headline_over_line(text: str, p: int) -> bool:
    """'Headline|date stamp', 'Headline|Its one-sentence summary.': real line breaks."""
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    raw = text[start:p]
    a, b = raw.strip(), text[p + 1 : end].strip()
    if raw[:1].isspace() or raw[-1:].isspace() or text[p + 1 : p + 2].isspace():
        return False  # (a space after the newline: the chunker's, before a word)
    if (
        _label_line(a)
        and headline_shape(b)
        and start > 0
        and text[start - 1] == "\n"
        and not (a.isupper() and b.isupper())  # "AME|RICA FIRST MORTGAGE ...": one headline
    ):
        return True  # "Breaking News|Kandy hoteliers report ...": a section over its headline
    if not headline_shape(a):
        return False
    if b.isdigit() and len(b) <= 4 and a[-1:].isalpha():
        return True  # "Headline|0": a comment counter under it
    if b[:1].isdigit() and (grammar.is_stamp(b[:40]) or DATE_START_RE.match(b)):
        return True  # "Headline|2026年1月15日 10時00分", "Headline|15 January 2026 10:32"
    if _LABEL_OPENING_RE.match(b):
        return True  # "Headline|Utl.: ...": a label opens a line of its own
    if not b[:1].isupper():
        return False
    if len(b.split()) < 3:
        # "... in western India|NewsVoir": a name the dump prints again on its own or in
        # brackets is a line of its own; "... in Co Muông |Village.": a sentence cut near its end
        nxt_end = text.find("\n", end + 1)
        nxt = text[end + 1 : nxt_end if nxt_end >= 0 else len(text)]
        return _label_line(b) and (f"({b})" in nxt or text.count(f"\n{b}\n") >= 2)
    if LEDE_ALIAS_RE.match(a) or grammar.dateline(a):
        return False  # a lede or a summary cut in two
    if headline_shape(b) and not text.startswith(("\n", " "), end + 1):
        return True  # two headlines of a teaser list, one under the other
    if len(b) <= 250 and _stamp_or_byline_after(text, end):
        return True  # "Headline|Its deck, no full stop|(blank)|09 Apr 2026": a page's head
    return grammar.chrome(b) or (b.endswith((".", "!", "?", '"', "”")) and len(b) <= 300)


def _stamp_or_byline_after(text: str, end: int) -> bool:
    """The next line with text after ``end`` is a date stamp or a byline."""
    q = end
    while q < len(text) and text[q] in "\n \t\r":
        q += 1
    if q >= len(text):
        return False
    nxt_end = text.find("\n", q)
    line = text[q : nxt_end if nxt_end >= 0 else len(text)].strip()
    return len(line) <= 80 and (grammar.is_stamp(line) or grammar.byline_line(line))


#: "Utl.:", "Source:", "Photo:": a word or two and a colon open a line of its own.
_LABEL_OPENING_RE = re.compile(r"^[A-ZÄÖÜ][\w.]{0,12}(?: [\w.]{1,12})?:\s")
DATE_START_RE = re.compile(
    r"^\d{1,4}(?:[./-]|年|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


def _label_line(line: str) -> bool:
    """One to three words, no sentence: a section, a name, a label."""
    words = line.split()
    return 1 <= len(words) <= 3 and line[-1:] not in _TERMINAL and not line[:1].islower()


def _opens_part(line: str) -> bool:
    """A byline or a dateline lede: a line of its own, whatever the grid says."""
    return grammar.byline_line(line) or _opens_story(line)


#: "Newswise — Counts of ...": a source's one-word name and a long dash open a lede.
_NAME_LEDE_RE = re.compile(r"^[A-Z][\w.]{2,20} [—–] [A-Z\"“]")


def _opens_story(line: str) -> bool:
    d = grammar.dateline(line)
    if d is not None and d.strong and len(line) - d.end >= 40:
        return True
    return len(line) >= 60 and bool(
        _NAME_LEDE_RE.match(line) or grammar.SLASH_DATELINE_RE.match(line)  # "Kolkata/IBNS: "
    )


def _split_word(text: str, p: int) -> bool:
    """A newline inside a long line of prose that visibly splits a word or a sentence."""
    before_space = text[p - 1] == " " and not text[p - 2 : p - 1].isspace()
    nxt = text[p + 1]
    glued = nxt in ",;:)]}%" or (nxt in "'’" and text[p + 2 : p + 3].isalpha())
    if text[p - 1].isalnum() and glued:  # no line starts with a comma or a "'s"
        start, _ = _line_bounds(text, p)
        return p - start >= 40
    if not ((text[p - 1].isalpha() or before_space) and nxt.isalpha()):
        return False
    start, _ = _line_bounds(text, p)
    _, end = _line_bounds(text, p + 1)
    # (a line opening in lower case is broken text even in a short title: "... extended sq|uad")
    if end - start < (40 if nxt.islower() else 60) or grammar.is_contact(text[p + 1 : end]):
        return False  # ("NAME|presse@firm.example": an address on its own line)
    if _is_structural(text[start:p]) or _is_structural(text[p + 1 : end]):
        return False
    return split_word(text[max(0, p - 60) : p], text[p + 1 : p + 61])


def _after_credit(text: str, p: int) -> bool:
    """'... in the plenary. Photo: Pedro Amaral/Agência Senado|The Federal Senate ...': a
    credited caption ends its line, and the next starts a sentence."""
    if not text[p + 1 : p + 2].isupper():
        return False
    start, _ = _line_bounds(text, p)
    return p - start <= 400 and bool(grammar.photo_credit(text[start:p]))


def breaks_text(text: str, p: int) -> bool:
    """The newline at ``p`` visibly breaks running text: a word, or a sentence going on."""
    return _is_strong(text, p) or _split_word(text, p)


def _bounds(text: str, cands: list[int], newlines: list[int]) -> dict[int, tuple[int, int]]:
    """For each candidate: where the line before it starts and the line after it ends."""
    n = len(text)
    index = {p: i for i, p in enumerate(newlines)}
    out = {}
    for p in cands:
        i = index[p]
        out[p] = (newlines[i - 1] + 1 if i else 0, newlines[i + 1] if i + 1 < len(newlines) else n)
    return out


def _with_prose_breaks(text: str, cands: list[int], cuts: set[int], bounds) -> list[int]:
    """Add the newlines that break running text, in a dump laid out one paragraph a line."""
    prose = [
        p
        for p in cands
        if p not in cuts
        and not _address_line_after(text, p)  # "...|newsweb.example.no/message/6412987"
        and breaks_prose(text, p, *bounds[p], _LINE_FIXER)
    ]
    if prose and one_line_paragraphs(text):
        cuts.update(prose)
    elif prose and measure(text).kind == "lines-no-blanks":
        # one paragraph a line and no blank lines: only a line that goes on in lower case
        # after no sentence's end ("... and to|show the work ...") breaks a paragraph
        cuts.update(p for p in prose if _runs_on_lower(text, p, bounds[p][0]))
    return sorted(cuts)


def _address_line_after(text: str, p: int) -> bool:
    """A web address stands alone on the line after ``p``, and the line before does not end
    in the middle of one (a cut inside "https://acme.exa|mple.com/news/1" is a cut)."""
    m = grammar.WEB_ADDRESS_RE.match(text, p + 1)
    if m is None or text[m.end() : m.end() + 1] not in ("", "\n"):
        return False
    tail = text[max(0, p - 60) : p].rsplit(None, 1)[-1:] or [""]
    return not any(ch in tail[0] for ch in "/.:@") or tail[0].endswith((".", ":"))


_LOWER_BYLINE_RE = re.compile(r"^by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s|$)")


def _runs_on_lower(text: str, p: int, start: int) -> bool:
    """The line before ``p`` goes on in the next: in lower case, or after a word that never
    ends a sentence ("... the Ministry of Energy on|Friday opened ...")."""
    before = text[start:p].rstrip()
    if len(before) < 12 or before.endswith((".", "!", "?", ":", ";", '"', "”")):
        return False
    if before.isupper():
        return False  # a masthead or a headline in capitals is a line of its own
    if text[p + 1 : p + 2].islower():
        after = text[p + 1 : text.find("\n", p + 1) if "\n" in text[p + 1 :] else len(text)]
        if _LOWER_BYLINE_RE.match(after) and (
            len(after.split()) <= 5 or grammar.ends_with_stamp(after)
        ):
            return False  # "by Shamar Clarke-Odle  December 4, 2026" under its headline
        return not grammar.site_domain(after) and not after.startswith(("http", "www."))
    last = before.rsplit(None, 1)[-1]
    return len(before) >= 30 and last in _NEVER_LAST


#: Words that never end a sentence, nor a headline or a label line.
_NEVER_LAST = frozenset(
    "the a an of on in to for and with at by from into onto than that as or nor but".split()
)


def find_cuts(text: str, line_fixer=None) -> CutReport:
    """Positions of newlines inserted by chunking (empty report if there is no evidence).

    ``line_fixer`` (used on garbled text) repairs a line before it is matched against markers.
    """
    global _LINE_FIXER
    _LINE_FIXER = line_fixer
    try:
        return _find_cuts(text)
    finally:
        _LINE_FIXER = None


def _spaced_cuts(text: str, cands: list[int], newlines: list[int]) -> set[int]:
    """Layout statistics: a dump whose lines hardly ever end in a space, but for a few lines
    that stop mid-phrase ("... Limited to Four Hours on Silom |Road"): there the chunker's
    newline came after the space, and each such newline is a cut. A dump that leaves spaces at
    its line ends as a habit tells nothing this way."""
    spaced = [p for p in cands if text[p - 1] == " " and text[p - 2 : p - 1].isalnum()]
    if not spaced or len(spaced) > max(3, len(newlines) // 20):
        return set()
    return {p for p in spaced if text[p + 1].isalnum()}


def _find_cuts(text: str) -> CutReport:
    n = len(text)
    newlines = _newlines(text)
    cands = _mid_line(text, newlines)
    if not cands:
        return CutReport()  # nothing to do
    if len(cands) > n / _DENSEST:
        # a list of short lines, no prose cut here; or hard-wrapped copy cut into chunks, its
        # cuts on a grid from the file's start that nearly every grid point keeps: then only
        # the grid's points are candidates
        strong = {p for p in cands if _is_strong(text, p)}
        gq, gcuts = _global_period(text, set(cands), strong, newlines)
        if not gq or gq < MIN_PERIOD and len(gcuts) < 20:
            return CutReport()
        cands, strong = gcuts, strong.intersection(gcuts)
    else:
        strong = {p for p in cands if _is_strong(text, p)}
    cset_all = set(cands)
    # Newlines of page furniture (indented teaser lines, lists, chrome) are legitimate and, being
    # regular, would vote for false periods: only plain line breaks vote.
    accepted: set[int] = set()
    report = CutReport()
    bounds = _bounds(text, cands, newlines)
    markers = {
        p
        for p in cands
        if splits_marker(text, p, *bounds[p], _LINE_FIXER)
        or splits_byline(text, p, *bounds[p])
        or continues_indented(text, p, *bounds[p])
    }
    spaced = report.spaced = _spaced_cuts(text, cands, newlines)
    markers |= spaced
    remaining = [p for p in cands if p in markers or _eligible(text, p, strong)]
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
        walked: set[int] = set()  # newlines already reached along a chain
        for p in seeds:
            accepted.add(p)
            if p in walked:
                continue
            for step in (q, -q):
                x = _on_grid(text, p + step, cset_all)
                while x is not None and x not in walked:
                    walked.add(x)
                    if x in cset_all:
                        accepted.add(x)
                    x = _on_grid(text, x + step, cset_all)
        remaining = [p for p in remaining if p not in accepted]
    # A period counted from the start of the file: newlines at every k*Q - 1.
    gq, gcuts = _global_period(text, cset_all, strong, newlines)
    if gq and (report.period is None or gq == report.period or len(gcuts) > report.pairs + 1):
        if report.period is None or len(gcuts) > report.pairs + 1:
            report.period = gq
        report.pairs = max(report.pairs, len(gcuts) - 1)
        accepted.update(gcuts)
    if report.period is None:
        # No period: only words visibly split in two ("toripali|mab") are glued back.
        loose = (
            p
            for p in sorted(set(cands) - strong)
            if text[p - 1] == " " or not text[p + 1].isalnum()
        )
        found = {p for p in (*strong, *loose) if _split_word(text, p)} | markers
        report.cuts = _with_prose_breaks(text, cands, found, bounds)
        return report
    accepted.update(p for p in cands if p not in accepted and _singleton_is_cut(text, p))
    recurring = _Recurring(text)
    # A newline followed by whitespace took the place of an original space or newline (the
    # chunker swallows whitespace that starts a chunk): before indentation it is a real one.
    report.cuts = sorted(
        p
        for p in accepted
        if not before_indent(text, p)
        and text[p + 1] not in BULLETS
        and (
            splits_figure(text[max(0, p - 3) : p], text[p + 1 : p + 2])
            or not between_short_lines(text, p)
        )
        and not is_chrome(text[p + 1 : _line_bounds(text, p + 1)[1]])
        and not after_furniture(text, p)
        and not _opens_part(text[p + 1 : _line_bounds(text, p + 1)[1]])
        and not _headline_over_line(text, p)
        and not own_line(text[p + 1 : _line_bounds(text, p + 1)[1]])
        and not _head_pair(text, p, accepted)
        and not _short_line_after_sentence(text, p)
        and not _after_credit(text, p)
        and not text.startswith(("http://", "https://", "www."), p + 1)
        and not _address_line_after(text, p)
        # "dpa sp xx" under a table's last row: a short line the dump prints again and again
        # (a desk's sign-off) stands on its own
        and not _recurs(text, p, recurring)
        # "pts20260408011 Technology/Economy|Headline": a distributor's code line ends there
        and not grammar.ID_CODE_RE.match(text[_line_bounds(text, p)[0] : p])
    )
    report.cuts = _with_prose_breaks(text, cands, set(report.cuts) | markers, bounds)
    return report


class _Recurring:
    """Shapes of short whole lines the dump prints twice or more ("dpa ks xx", "dpa mb xx"),
    taken when a cut first asks."""

    def __init__(self, text: str):
        self.text = text
        self.shapes: set[str] | None = None

    def __contains__(self, shape: str) -> bool:
        if self.shapes is None:
            counts = Counter(
                line_shape(s) for line in self.text.split("\n") if 0 < len(s := line.strip()) <= 30
            )
            self.shapes = {shape for shape, n in counts.items() if n >= 2}
        return shape in self.shapes


def _recurs(text: str, p: int, recurring: _Recurring) -> bool:
    """The line after newline ``p`` is short, has letters, and its shape recurs in the dump."""
    after = text[p + 1 : _line_bounds(text, p + 1)[1]].strip()
    return (
        0 < len(after) <= 30
        and any(ch.isalpha() for ch in after)
        and line_shape(after) in recurring
    )


def repair_cuts(text: str, cuts: list[int], line_fixer=None) -> str:
    """Remove the inserted newlines, putting back a swallowed space where words were split.

    ``line_fixer`` (for garbled text) repairs the words around a cut before they are judged.
    """
    if not cuts:
        return text
    doc = DocWords(text)
    out: list[str] = []
    last = 0
    for p in cuts:
        out.append(text[last:p])
        left, right = text[max(0, p - 60) : p], text[p + 1 : p + 61]
        if line_fixer is not None:
            left, right = line_fixer(left), line_fixer(right)
        out.append(join_separator(left, right, doc))
        last = p + 1
    out.append(text[last:])
    return "".join(out)
