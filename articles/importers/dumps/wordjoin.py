"""Decide whether a chunk cut split a word ("dras|tic") or swallowed a space ("Vietnam|from")."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

from .decode import MOJIBAKE_RE

_TAIL_RE = re.compile(r"\w+$")
_HEAD_RE = re.compile(r"^\w+")
#: Punctuation after which a cut swallowed the space: "CPV,|and" -> "CPV, and".
_SPACE_AFTER = set(",;:)]}”’»!?.%")
#: Punctuation that glues to the next word: "(|NCT", "“|Junshi".
_GLUE_AFTER = set("([{“‘«/@#$£€'\"")
#: Punctuation that glues to the previous word: "word|,".
_GLUE_BEFORE = set(",.;:!?)]}”’»%/…®™©°′″")
_NUMBER_SUFFIXES = {"st", "nd", "rd", "th", "s", "m", "km", "kg", "ha", "mw", "gw", "pm", "am"}
_CONTRACTIONS = {"s", "t", "re", "ll", "ve", "d", "m"}
_THOUSANDS_RE = re.compile(r"\d{3}(?!\d)")
_URLISH_RE = re.compile(r"(?:://|www\.|@)\S*$")
#: Bias (in zipf units) towards a word split: fragments are rarely words on their own.
JOIN_BIAS = 8.5
#: Up to this margin (zipf units) the text's own usage of "a b" / "ab" overrules frequencies.
_PAIR_MARGIN = 4.0


@lru_cache(maxsize=4)
def _freqs(lang: str) -> dict[str, float]:
    return get_frequency_dict(lang)


def _zipf_any(word: str) -> float:
    return _zipf(word, "en") if word.isascii() else _zipf(word, "vi")


def _zipf(word: str, lang: str = "en") -> float:
    """Zipf frequency of a lowercase word (a plain table look-up: cuts are many)."""
    if not word:
        return 0.0
    if not word.isalpha():
        return zipf_frequency(word, lang)
    f = _freqs(lang).get(word)
    return math.log10(f) + 9.0 if f else 0.0


class DocWords:
    """Word counts of the document, each counted when a cut first asks for it.

    Counts respect case for all-capitals words ("GLOBENEWSWIRE" is not "GlobeNewswire") and
    merge a lowercase word with its capitalised form ("Toripalimab", "toripalimab").
    """

    def __init__(self, text: str):
        self._text = text
        self._counts: dict[str, int] = {}
        self._folded: str | None = None

    def _occurrences(self, word: str) -> int:
        """How often ``word`` (letters and digits) stands in the text as a whole word, case
        respected: counted where a cut needs it, not over the whole text (cuts are few)."""
        found = self._counts.get(word)
        if found is None:
            text, found, i = self._text, 0, self._text.find(word)
            while i >= 0:
                j = i + len(word)
                if not ((i and _word_char(text[i - 1])) or (j < len(text) and _word_char(text[j]))):
                    found += 1
                i = text.find(word, j)
            self._counts[word] = found
        return found

    def count_pair(self, a: str, b: str) -> int:
        """How often the two words stand side by side, a space apart, in the text (ignoring
        case; not counting a cut between them, which is a newline)."""
        if self._folded is None:
            self._folded = self._text.casefold()
        text, needle = self._folded, f"{a.casefold()} {b.casefold()}"
        found, i = 0, text.find(needle)
        while i >= 0:
            j = i + len(needle)
            if not (text[i - 1 : i].isalnum() or text[j : j + 1].isalnum()):
                found += 1
            i = text.find(needle, i + 1)
        return found

    def count_exact(self, word: str) -> int:
        return self._occurrences(word)

    def count(self, word: str) -> int:
        if word.isupper() and len(word) > 1:
            return self._occurrences(word)
        low = word.lower()
        if low != low.capitalize():
            return self._occurrences(low) + self._occurrences(low.capitalize())
        return self._occurrences(low)


def _word_char(ch: str) -> bool:
    """A character \\w matches: a letter, a digit or the underscore."""
    return ch.isalnum() or ch == "_"


def _looks_like_url(left: str) -> bool:
    tail = left[-40:]
    return ("/" in tail or "@" in tail or "www." in tail) and bool(_URLISH_RE.search(tail))


def join_separator(left: str, right: str, doc: DocWords | None = None) -> str:
    """'' to glue the text around a cut, ' ' to put the swallowed space back.

    ``left`` ends just before the cut, ``right`` starts just after it.
    """
    if not left or not right:
        return ""
    lc, rc = left[-1], right[0]
    if lc.isspace() or rc.isspace():
        return ""
    if not (lc.isascii() and rc.isascii()) and MOJIBAKE_RE.search(left[-2:] + right[:2]):
        return ""  # inside a mojibake sequence ("Ä|\x90i") that is repaired later
    lw, rw = lc.isalnum(), rc.isalnum()
    if not lw or not rw:
        if not lw and not rw:
            if lc in "-–—" and rc in "-–—":
                return ""
            return " " if lc in ",;:" and rc in "“‘(\"'" else ""
        if not lw:  # punctuation | word
            if _looks_like_url(left):
                return ""
            if lc in "’'" and len(left) > 1 and left[-2].isalpha():
                head = _HEAD_RE.match(right)
                if head and head.group(0) in _CONTRACTIONS:
                    return ""  # "Biên’|s", "don’|t", but "workers’| movements"
            if lc in ",." and left[-2:-1].isdigit() and _THOUSANDS_RE.match(right):
                return ""  # "1,|100", "8.|75", but "Dec. 01,| 2023"
            if lc == "." and rc.isdigit() and left[-2:-1].isdigit():
                return ""
            if lc == "." and (rc.islower() or rc.isdigit()):
                return ""  # "junshipharma.|com", "8.|75"
            if lc == "-":
                return "" if len(left) > 1 and left[-2].isalnum() else " "
            if lc in "–—":
                return " " if len(left) > 1 and left[-2] == " " else ""
            if lc in _GLUE_AFTER:
                return ""
            return " " if lc in _SPACE_AFTER else ""
        # word | punctuation
        if rc in "@_/" or _looks_like_url(left):
            return ""  # "presse|@alpenstrom.at", ".../OTS_20251209|_OTS0163/..."
        if rc in "'’" and right[1:2].isalpha():
            return ""  # "Biên|'s"
        if rc in "-–—":
            # "biên| - faith", "ECONOMY| -" (end of line), but "multi|-center"
            return " " if right[1:2] in (" ", "\n", "") else ""
        if rc in _GLUE_BEFORE:
            return ""
        return " "
    if _looks_like_url(left):
        return ""
    a = _TAIL_RE.search(left)
    b = _HEAD_RE.match(right)
    a = a.group(0) if a else lc
    b = b.group(0) if b else rc
    if a[-1].isdigit() and b[0].isdigit():
        return ""
    if b[0].isdigit() and a.isupper() and len(a) <= 6:
        return ""  # "LBA|2", "COVID|19"
    if a[-1].isdigit() and b.lower() in _NUMBER_SUFFIXES:
        return ""  # "2|nd", "19|th"
    return "" if _prefer_join(a, b, doc) else " "


def splits_figure(left: str, right: str) -> bool:
    """A line break between ``left`` and ``right`` cuts a figure in two ("05-MAR-1987 11:|02:17.55",
    "1,2|50 tonnes"): a time, a date or a number, which no line break of a dump's own does."""
    return right[:1].isdigit() and re.search(r"\d[:./-]?$", left) is not None


def split_word(left: str, right: str) -> bool:
    """Without chunk evidence: glue only a word visibly cut in two ("dras|tic"), never two
    common words that might have been hard-wrapped ("border|line")."""
    if join_separator(left, right, None) != "":
        return False
    a, b = _TAIL_RE.search(left), _HEAD_RE.match(right)
    if not (a and b):
        return True
    return min(_zipf_any(a.group(0).lower()), _zipf_any(b.group(0).lower())) < 4.0


def _prefer_join(a: str, b: str, doc: DocWords | None) -> bool:
    w = a + b
    if a.isupper() and b.isupper() and min(len(a), len(b)) < 3:
        return True  # "JAM|A", "GRD|P"
    # English words, Vietnamese syllables ("Biê|n", "Khô|i"), or one of each ("Sơn|speaks")
    za, zb = _zipf_any(a.lower()), _zipf_any(b.lower())
    zw = _zipf_any(w.lower())
    capitals = a.isupper() and b.isupper() and min(len(a), len(b)) >= 3
    if capitals and min(za, zb) >= 2.5 and zw < min(za, zb):
        return False  # "GLOBE|NEWSWIRE", "SOCIAL|AFFAIRS": two words, but "SHANG|HAI" is one
    margin = zw + JOIN_BIAS - (za + zb)
    # the text's own vocabulary settles what word frequencies leave open (names, rare words)
    unsure = min(za, zb) < 3.0 if zw == 0.0 else abs(margin) < 2.5
    if doc is not None and zw and min(za, zb) >= 3.0 and abs(margin) < _PAIR_MARGIN:
        # two words that make a third ("are|a", "per|cent"): the text's own usage decides
        cw, pair = doc.count(w), doc.count_pair(a, b)
        if (cw == 0) != (pair == 0):
            return cw > pair
    if doc is not None and unsure:
        cw = doc.count(w)  # the joined word elsewhere in the text is strong evidence
        if cw:
            ca, cb = doc.count(a), doc.count(b)
            if min(ca, cb) <= 1 or cw >= min(ca, cb):
                return True
            if min(doc.count_exact(a), doc.count_exact(b)) <= 1:
                return True  # "Are|a" where "Area" recurs and "Are" is met nowhere else
    if zw == 0.0:
        if a[-1].isupper() and b.isupper():
            return min(za, zb) < 2.5  # an acronym cut in two: "TU|OYI"
        if b[0].isupper() and not a.isupper():
            return False  # "Thuong|To": a new capitalised word
        if doc is not None and unsure and doc.count(a) >= 2 and doc.count(b) >= 2:
            return False  # both halves are words of this text
        if max(za, zb) < 3.0:
            return True  # fragments of an unknown word
        # "et|esevimab", "N|iinisto": a short, not very common piece of an unknown word; but
        # "toripalimab|cover" and "the|xyz" are two words
        short, other = (za, zb) if len(a) <= len(b) else (zb, za)
        return min(len(a), len(b)) <= 3 and other == 0.0 and short < 6.0
    return margin > 0
