"""Bytes to clean text: encoding detection, BOMs, line ends, mojibake, NFC.

``decode_dump`` never lets a codec exception escape: anything that cannot be read as text
raises :class:`DumpError` with a one-line reason naming the file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

import ftfy
from wordfreq import zipf_frequency

from .model import DumpError

# Control bytes that never occur in a text dump (tab, LF, VT, FF, CR are allowed).
_CTRL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_CTRL_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ANY_CTRL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls
# A lead byte of UTF-8 seen through cp1252/latin-1, followed by a continuation byte seen the
# same way: the fingerprint of mojibake ("Ä\x90iá»‡n BiÃªn", "â€™").
_CONT = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
MOJIBAKE_RE = re.compile(rf"[Â-ô][{_CONT}]")
# A lead sequence whose next byte was lost (cp1252 has no 0x81/0x8D/0x8F/0x90/0x9D, so a
# strict decode replaced or dropped it): candidates for the lost byte, most likely first.
# "Ã " is left alone: it is usually "à" whose 0xA0 byte became a space (ftfy restores it).
_LOST_SITE_RE = re.compile(rf"(á»|â€|Ä)(?:[\ufffd?]|(?![{_CONT}]))|(Ã)(?:[\ufffd?]|(?![{_CONT} ]))")
_LOST_CANDIDATES = {
    "Ä": ("\x90",),  # Đ
    "â€": ("\x9d",),  # ”
    "Ã": ("\x81", "\x8d", "\x9d", "\x90", "\x8f"),  # Á Í Ý Ð Ï
    "á»": ("\x9d", "\x81", "\x8d", "\x8f", "\x90"),  # ờ ề ọ ỏ Ố
}
_WORD_STRIP = "\"'“”‘’()[],.;:!?…-–—"
_BINARY_RATIO = 0.01


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _binary_error(filename: str, pos: int) -> DumpError:
    return DumpError(filename, f"not a text dump (binary data at byte {pos})")


def _first_ctrl(data: bytes) -> int:
    return min((i for i in (data.find(bytes([b])) for b in _CTRL_BYTES) if i >= 0), default=-1)


def _sniff_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even = even.count(0) / len(even)
    zeros_odd = odd.count(0) / max(1, len(odd))
    if zeros_odd > 0.5 and zeros_even < 0.05:
        enc = "utf-16-le"
    elif zeros_even > 0.5 and zeros_odd < 0.05:
        enc = "utf-16-be"
    else:
        return None
    text = sample[: len(sample) & ~1].decode(enc, errors="replace")
    plausible = sum(1 for ch in text if ch < "\u0250" or "\u1e00" <= ch <= "\u206f")
    return enc if plausible >= 0.9 * len(text) else None


def _decode_bytes(data: bytes, filename: str) -> Decoded:
    warnings: list[str] = []
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, enc in boms:
        if data.startswith(bom):
            return _decode_wide(data[len(bom) :], enc, filename, len(bom), warnings)
    wide = _sniff_utf16(data)
    if wide:
        return _decode_wide(data, wide, filename, 0, warnings)
    ctrl = len(data) - len(data.translate(None, _CTRL_BYTES))
    if b"\x00" in data:
        raise _binary_error(filename, data.index(b"\x00"))
    if ctrl > max(2, _BINARY_RATIO * len(data)):
        raise _binary_error(filename, _first_ctrl(data))
    try:
        return Decoded(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= max(3, 0.002 * len(data)):
        warnings.append(f"{bad} undecodable byte(s) replaced (first at byte {first_bad})")
        return Decoded(text, "utf-8", warnings)
    # Mostly not UTF-8: a legacy single-byte file.
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, _BINARY_RATIO * len(data)):
        raise _binary_error(filename, first_bad)
    warnings.append("not valid UTF-8: decoded as cp1252")
    return Decoded(text, "cp1252", warnings)


def _decode_wide(data: bytes, enc: str, filename: str, offset: int, warnings) -> Decoded:
    unit = 4 if "32" in enc else 2 if "16" in enc else 1
    if len(data) % unit:
        warnings.append(f"{enc}: odd trailing byte dropped")
        data = data[: len(data) - len(data) % unit]
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad > max(3, _BINARY_RATIO * len(text)):
            raise _binary_error(filename, offset + exc.start) from None
        warnings.append(f"{bad} undecodable {enc} unit(s) replaced")
    nul = text.find("\x00")
    ctrl = len(_CTRL_CHARS_RE.findall(text[:65536]))
    if nul >= 0 or ctrl > max(2, _BINARY_RATIO * min(len(text), 65536)):
        pos = nul if nul >= 0 else _CTRL_CHARS_RE.search(text).start()
        raise _binary_error(filename, offset + pos * unit)
    return Decoded(text, enc.replace("-sig", ""), warnings)


def fix_mojibake(text: str) -> tuple[str, int, int]:
    """Repair UTF-8-read-as-cp1252 lines with ftfy; returns (text, lines fixed, bytes guessed)."""
    if not MOJIBAKE_RE.search(text):
        return text, 0, 0
    lines = text.split("\n")
    fixed = lost = 0
    for i, line in enumerate(lines):
        if MOJIBAKE_RE.search(line) or _LOST_SITE_RE.search(line):
            guessed, n = _restore_lost_bytes(line)
            new = ftfy.fix_encoding(guessed)
            if n and MOJIBAKE_RE.search(new):  # ftfy declined: try without the guesses
                new, n = ftfy.fix_encoding(line), 0
            if MOJIBAKE_RE.search(new):  # a line of mixed text: fix the garbled runs alone
                new = _GARBLED_RUN_RE.sub(_undo_cp1252, new)
            if new != line:
                lines[i] = new
                fixed += 1
                lost += n
    return "\n".join(lines), fixed, lost


_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_GARBLED_RUN_RE = re.compile(rf"[\x80-\xff{_CP1252_SPECIALS}]{{2,}}")


def _undo_cp1252(m: re.Match) -> str:
    run = m.group(0)
    if not MOJIBAKE_RE.search(run):
        return run
    try:
        raw = bytes(ord(ch) if ord(ch) < 256 else ch.encode("cp1252")[0] for ch in run)
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return run


def _restore_lost_bytes(line: str) -> tuple[str, int]:
    """Re-insert bytes that a strict cp1252 decode lost, choosing by Vietnamese word frequency."""
    count = 0

    def pick(m: re.Match) -> str:
        nonlocal count
        lead = m.group(1) or m.group(2)
        cands = _LOST_CANDIDATES[lead]
        count += 1
        if len(cands) == 1:
            return lead + cands[0]
        text = m.string
        ts = max(text.rfind(" ", 0, m.start()) + 1, 0)
        te = text.find(" ", m.end())
        te = len(text) if te < 0 else te
        best, best_score = cands[0], -1.0
        for cand in cands:
            word = ftfy.fix_encoding(text[ts : m.start()] + lead + cand + text[m.end() : te])
            score = zipf_frequency(word.strip(_WORD_STRIP).lower(), "vi")
            if score > best_score:
                best, best_score = cand, score
        return lead + best

    return _LOST_SITE_RE.sub(pick, line), count


def prepare_text(text: str) -> str:
    """Line ends, stray BOMs and separators: changes nothing a chunk period depends on."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    for sep, repl in (("\u2028", "\n"), ("\u2029", "\n\n"), ("\x0b", "\n"), ("\x0c", "\n")):
        if sep in text:
            text = text.replace(sep, repl)
    return text


def normalise_text(text: str) -> tuple[str, list[str]]:
    """Mojibake, control characters and NFC (after ``prepare_text``)."""
    warnings: list[str] = []
    if not (MOJIBAKE_RE.search(text) or _ANY_CTRL_RE.search(text)):  # the usual case
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return text, warnings
    text, fixed, lost = fix_mojibake(text)
    if fixed:
        warnings.append(f"repaired mojibake (UTF-8 read as cp1252) on {fixed} line(s)")
    if lost:
        warnings.append(f"{lost} character(s) lost in mojibake were guessed")
    if _ANY_CTRL_RE.search(text):
        text = _ANY_CTRL_RE.sub("", text)
        warnings.append("control characters removed")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, warnings


def decode_raw(data: bytes, filename: str = "") -> Decoded:
    """Bytes to text, without the text repairs (see ``normalise_text``)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DumpError(filename, f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        return Decoded("", "utf-8", ["empty dump"])
    return _decode_bytes(data, filename)


def decode(data: bytes, filename: str = "") -> Decoded:
    result = decode_raw(data, filename)
    text, more = normalise_text(prepare_text(result.text))
    result.text = text
    result.warnings.extend(more)
    if not text.strip() and "empty dump" not in result.warnings:
        result.warnings.append("empty dump")
    return result


def decode_dump(data: bytes, filename: str) -> tuple[str, list[str]]:
    """Decode a raw dump to NFC text with '\\n' line ends; raises DumpError if not text."""
    result = decode(data, filename)
    return result.text, result.warnings
