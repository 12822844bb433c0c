"""The pipeline: bytes -> text -> chunk repair -> segments -> articles."""

from __future__ import annotations

import unicodedata

from .chunks import CutReport, find_cuts, repair_cuts
from .decode import MOJIBAKE_RE, decode_raw, fix_mojibake, normalise_text, prepare_text
from .model import DumpError, ParsedDump
from .segment import segment, split_lines
from .shapes import build_article


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def repair_text(text: str) -> tuple[str, CutReport, list[str]]:
    """Undo mojibake, chunk cuts and non-NFC forms, in whichever order the evidence favours.

    A dump may have been cut into chunks before or after it was garbled, so the chunk finder
    looks at the text both as it came and once repaired, and keeps the reading with the
    clearer period.
    """
    warnings: list[str] = []
    prepared = prepare_text(text)
    finished, more = normalise_text(prepared)
    candidates = [("after", finished)]
    if prepared != finished and (MOJIBAKE_RE.search(prepared) or _nfc(prepared) != prepared):
        candidates.append(("before", prepared))
    best_name, best_text, best = candidates[0][0], candidates[0][1], find_cuts(candidates[0][1])
    for name, cand in candidates[1:]:
        report = find_cuts(cand)
        if report.pairs > best.pairs:
            best_name, best_text, best = name, cand, report
    repaired = repair_cuts(best_text, best.cuts)
    if best_name == "before":
        repaired, _ = normalise_text(repaired)
    warnings.extend(more)
    if best.cuts:
        warnings.append(
            f"repaired {len(best.cuts)} chunk cut(s) (chunks of {best.chunk_size} characters)"
        )
    return repaired, best, warnings


def parse_text(text: str, filename: str = "") -> ParsedDump:
    """Parse already-decoded text (it is still repaired: line ends, mojibake, chunk cuts)."""
    repaired, report, warnings = repair_text(text)
    return _parse_repaired(repaired, filename, "utf-8", report, warnings)


def _parse_repaired(text: str, filename: str, encoding: str, report: CutReport, warnings):
    dump = ParsedDump(
        filename=filename,
        encoding=encoding,
        chunk_size=report.chunk_size,
        warnings=list(warnings),
        text=text,
    )
    if not text.strip():
        if "empty dump" not in dump.warnings:
            dump.warnings.append("empty dump")
        return dump
    for seg in segment(split_lines(text)):
        article, loose = build_article(seg, text)
        if article is not None:
            dump.articles.append(article)
        dump.teasers.extend(loose)
    if not dump.articles:
        dump.warnings.append("no articles found")
    return dump


def parse_bytes(data: bytes, filename: str) -> ParsedDump:
    """Decode and parse a raw dump; raises DumpError if it is not text."""
    raw = decode_raw(data, filename)
    try:
        repaired, report, warnings = repair_text(raw.text)
    except RecursionError as exc:  # pragma: no cover - defensive
        raise DumpError(filename, f"cannot parse: {exc}") from None
    return _parse_repaired(repaired, filename, raw.encoding, report, raw.warnings + warnings)


__all__ = ["parse_bytes", "parse_text", "repair_text", "fix_mojibake"]
