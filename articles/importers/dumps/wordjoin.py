"""Decide whether a chunk cut split a word ("dras|tic") or swallowed a space ("Vietnam|from")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from wordfreq import zipf_frequency

from .decode import MOJIBAKE_RE

_TAIL_RE = re.compile(r"\w+$")
_HEAD_RE = re.compile(r"^\w+")
WORD_RE = re.compile(r"\w+")
#: Punctuation after which a cut swallowed the space: "CPV,|and" -> "CPV, and".
_SPACE_AFTER = set(",;:)]}”’»!?.%")
#: Punctuation that glues to the next word: "(|NCT", "“|Junshi".
_GLUE_AFTER = set("([{“‘«/@#$£€'\"")
#: Punctuation that glues to the previous word: "word|,".
_GLUE_BEFORE = set(",.;:!?)]}”’»%/…")
_URLISH_RE = re.compile(r"(?:://|www\.|@)\S*$")
#: Bias (in zipf units) towards a word split: fragments are rarely words on their own.
JOIN_BIAS = 8.5


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en") if word else 0.0


class DocWords:
    """Word counts of the document, built lazily (only when a cut needs them)."""

    def __init__(self, text: str):
        self._text = text
        self._counts: Counter[str] | None = None

    def count(self, word: str) -> int:
        if self._counts is None:
            self._counts = Counter(w.casefold() for w in WORD_RE.findall(self._text))
        return self._counts[word.casefold()]


def join_separator(left: str, right: str, doc: DocWords | None = None) -> str:
    """'' to glue the text around a cut, ' ' to put the swallowed space back.

    ``left`` ends just before the cut, ``right`` starts just after it.
    """
    if not left or not right:
        return ""
    lc, rc = left[-1], right[0]
    if lc.isspace() or rc.isspace():
        return ""
    if MOJIBAKE_RE.search(left[-2:] + right[:2]):
        return ""  # inside a mojibake sequence ("Ä|\x90i") that is repaired later
    lw, rw = lc.isalnum(), rc.isalnum()
    if not lw or not rw:
        if not lw and not rw:
            if lc in "-–—" and rc in "-–—":
                return ""
            return " " if lc in ",;:" and rc in "“‘(\"'" else ""
        if not lw:  # punctuation | word
            if _URLISH_RE.search(left[-40:]):
                return ""
            if lc in "’'" and len(left) > 1 and left[-2].isalpha() and rc.islower():
                return ""  # "Biên’|s", "don’|t"
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
        if rc in _GLUE_BEFORE or rc in "-":
            return ""
        return " "
    a = _TAIL_RE.search(left)
    b = _HEAD_RE.match(right)
    a = a.group(0) if a else lc
    b = b.group(0) if b else rc
    if a[-1].isdigit() and b[0].isdigit():
        return ""
    return "" if _prefer_join(a, b, doc) else " "


def _prefer_join(a: str, b: str, doc: DocWords | None) -> bool:
    w = a + b
    if doc is not None:
        cw = doc.count(w)  # the joined word elsewhere in the text is strong evidence
        ca, cb = doc.count(a), doc.count(b)
        if cw >= 1 and (ca <= 1 or cb <= 1):
            return True
    lw, la, lb = w.lower(), a.lower(), b.lower()
    zw, za, zb = _zipf(lw), _zipf(la), _zipf(lb)
    if zw == 0.0:
        if a[-1].isupper() and b.isupper():
            # an acronym cut in two ("GRD|P", "TU|OYI"), not two capitalised words
            return min(len(a), len(b)) < 3 or min(za, zb) < 2.5
        if b[0].isupper() and not a.isupper():
            return False  # "Thuong|To": a new capitalised word
        if doc is not None and doc.count(a) >= 2 and doc.count(b) >= 2:
            return False  # both halves are words of this text
        return za == 0.0 or zb == 0.0  # fragments of an unknown word
    return zw + JOIN_BIAS > za + zb
