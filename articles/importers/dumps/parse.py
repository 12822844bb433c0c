"""The pipeline: bytes -> text -> chunk repair -> segments -> articles."""

from __future__ import annotations

import re
import unicodedata

from . import grammar
from .chunks import CutReport, breaks_text, find_cuts, repair_cuts
from .dates import infer_years
from .decode import MOJIBAKE_RE, decode_raw, fix_mojibake, normalise_text, prepare_text
from .lines import SENTENCE_ENDS, split_lines
from .markers import find_source, source_key
from .model import DumpError, ParsedArticle, ParsedDump
from .profiles import SourceIndex, SourceProfile
from .records import relayout_records
from .segment import segment
from .shapes import build_article
from .unwrap import measure, relayout, wrapped_blocks

#: Markdown emphasis around a whole line or opening it: "**", "__" at a line's edges.
_EMPHASIS_RE = re.compile(
    r"(?m)^(?:\*\*|__)(?=[^\s*_@])|(?<=[^\s*_])(?:\*\*|__)[ \t]*$"  # (not "***@example.com")
)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _fix_line(line: str) -> str:
    return normalise_text(line)[0] if MOJIBAKE_RE.search(line) else line


def _complete_line(text: str, p: int) -> bool:
    """The line ending at ``p`` is finished (a sentence, a bracket, a stamp) and the newline
    breaks no word or sentence."""
    line = text[text.rfind("\n", 0, p) + 1 : p].strip()
    finished = line.endswith((".", "!", "?", "]", ")", '"', "”")) or grammar.ends_with_stamp(line)
    return finished and not breaks_text(text, p)


_RULE_HALVES_RE = re.compile(r"^([=_~*#-])\1{2,}\n\1{3,}$", re.MULTILINE)


def _rejoin_rules(text: str) -> str:
    """A rule the chunker cut in two ("=========" / "=============") in a dump it cut: the
    two halves, as long together as the dump's other rules of that mark, are one rule."""
    if "\n" not in text or not _RULE_HALVES_RE.search(text):
        return text
    lengths = {
        (line[0], len(line)) for line in text.split("\n") if len(line) >= 10 and len(set(line)) == 1
    }

    def join(m: re.Match) -> str:
        mark, whole = m.group(1), m.group(0)
        if (mark, len(whole) - 1) in lengths:
            return whole.replace("\n", "")
        return whole

    return _RULE_HALVES_RE.sub(join, text)


def repair_text(text: str) -> tuple[str, CutReport, list[str]]:
    """Undo mojibake, chunk cuts and non-NFC forms, in whichever order the evidence favours.

    A dump may have been cut into chunks before or after it was garbled, so the chunk finder
    looks at the text both as it came and once repaired, and keeps the reading with the
    clearer period.
    """
    warnings: list[str] = []
    prepared = prepare_text(text)
    finished, more = normalise_text(prepared)
    best_text, best, fixer = finished, find_cuts(finished), None
    if prepared != finished and (MOJIBAKE_RE.search(prepared) or _nfc(prepared) != prepared):
        report = find_cuts(prepared, line_fixer=_fix_line)
        # cut into chunks before it was garbled; but a period that explains few of the cuts
        # it would make is chance (garbled CJK text is three letters a character, and its
        # lines end anywhere)
        if report.pairs > best.pairs and len(report.cuts) <= 2 * (report.pairs + 1):
            best_text, best, fixer = prepared, report, _fix_line
    if best.period is None and best.cuts and measure(finished).kind == "hard-wrapped":
        # in hard-wrapped text a line ending mid-sentence is the wrap; but a line the chunker
        # left ending in a space ("By Palesa |Mokhothu") is cut all the same
        best = CutReport(cuts=sorted(best.spaced), spaced=best.spaced)
    elif best.cuts and best_text is finished:
        # ... and so in a block of teletype copy amid web pages, whose regular line ends can
        # fake a short period too: unwrapping such a block repairs its cuts on its own
        spans = [(a, b) for a, b, _ in wrapped_blocks(finished)]
        if spans:
            best.cuts = [
                p for p in best.cuts if p in best.spaced or not any(a <= p < b for a, b in spans)
            ]
            if not any(breaks_text(best_text, p) for p in best.cuts if p not in best.spaced):
                # the period was the block's wrap; what is left breaks nothing (but for lines
                # the chunker left ending in a space)
                best = CutReport(cuts=sorted(best.spaced), spaced=best.spaced)
    if 0 < len(best.cuts) <= 3 and all(_complete_line(best_text, p) for p in best.cuts):
        # a period a few line ends fit by chance ("...10:14|Alpine Lantern Tours ..."): a cut
        # after a finished line, breaking neither a word nor a sentence, is no evidence
        best = CutReport()
    repaired = repair_cuts(best_text, best.cuts, line_fixer=fixer)
    if best.cuts:
        repaired = _rejoin_rules(repaired)
    if best.cuts and prepared != finished:
        # garbling split by a cut ("Phá»|§") is only repairable once the halves are together
        repaired, _ = normalise_text(repaired)
    records = relayout_records(repaired)
    if records is not repaired:
        repaired = records
        warnings.append("feed records laid out as stories")
    repaired, layout = relayout(repaired)
    if "**" in repaired or "__" in repaired:
        # "**KYIV - THE Kyiv City ...**": emphasis marks a scraper kept from the markup
        repaired = _EMPHASIS_RE.sub("", repaired)
    if layout.kind == "hard-wrapped":
        warnings.append(f"unwrapped lines hard-wrapped at {layout.width} characters")
    elif layout.kind == "lines-no-blanks":
        warnings.append("one paragraph per line with no blank lines between them")
    elif layout.kind == "mixed":
        warnings.append(f"unwrapped blocks hard-wrapped at about {layout.width} characters")
    warnings.extend(more)
    if best.cuts and best.chunk_size:
        warnings.append(
            f"repaired {len(best.cuts)} chunk cut(s) (chunks of {best.chunk_size} characters)"
        )
    elif best.cuts:
        warnings.append(f"repaired {len(best.cuts)} line break(s) inside words or sentences")
    return repaired, best, warnings


def parse_text(text: str, filename: str = "", profiles=None, today=None) -> ParsedDump:
    """Parse already-decoded text (it is still repaired: line ends, mojibake, chunk cuts)."""
    repaired, report, warnings = repair_text(text)
    return _parse_repaired(
        repaired, filename, "utf-8", report, warnings, SourceIndex.of(profiles), today
    )


def _parse_repaired(
    text: str,
    filename: str,
    encoding: str,
    report: CutReport,
    warnings,
    index: SourceIndex,
    today=None,
):
    grammar.clear_caches()
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
    for seg in segment(split_lines(text, index)):
        article, loose = build_article(seg, text, index)
        if article is not None:
            dump.articles.append(article)
        dump.teasers.extend(loose)
    _skip_dump_header(dump)
    _sender_source(dump, text, index)
    if not dump.articles:
        dump.warnings.append("no articles found")
    _share_sources(dump.articles, index)
    _one_supplier(dump.articles, index)
    infer_years(dump, today)
    for art in dump.articles:
        art.confidence = _confidence(art)
    return dump


def _words(art: ParsedArticle) -> int:
    return sum(len(p.split()) for p in art.body)


_SENDER_RE = re.compile(
    r"(?m)^From:\s*\"?(?P<name>[^<\n\"]{2,60}?)\"?\s*<[^@\s<>]+@(?P<host>[\w.-]+)>"
)
#: What a sender's display name adds to the organisation's own name.
_SENDER_WORDS = {"alert", "alerts", "newsletter", "news", "team", "service", "notifications"}


def _sender_source(dump: ParsedDump, text: str, index: SourceIndex) -> None:
    """E-mails from a supplier ("From: PR-Gateway Alert <alert@pr-gateway.example>", "From:
    Radio Dabanga <newsletter@dabangasudan.org>"): the items under each message that name no
    supplier are its sender's. Only a sender whose name is in its own address (a desk
    forwarding agency copy is no supplier: "Regional Desk <digest@newsdesk.example>")."""
    if all(a.source for a in dump.articles):
        return
    senders = [
        (m.start(), name)
        for m in _SENDER_RE.finditer(text)
        if (name := _sender_name(m.group("name"), m.group("host")))
    ]
    if not senders:
        return
    for art in dump.articles:
        name = next((n for at, n in reversed(senders) if at <= art.span[0]), "")
        if art.source or not name:
            continue
        known = find_source(name, "press_release", index)
        art.source = known.name if known else name
        art.source_kind = known.kind if known else "press_release"
        art.source_aliases.insert(0, art.source)
        art.doubts = [d for d in art.doubts if d != "no source found"]
        art.doubts.append("source taken from the dump's sender")


def _sender_name(display: str, host: str) -> str:
    """The organisation a sender's display name names, when its address is the
    organisation's own: the name whole ("PR-Gateway" at pr-gateway.example), or its distinctive
    words ("Radio Dabanga" at dabangasudan.org); '' otherwise."""
    words = display.split()
    while len(words) > 1 and words[-1].casefold() in _SENDER_WORDS:
        words.pop()
    name = " ".join(words)
    labels = [source_key(label) for label in host.split(".")[:-1]]
    if not name or not labels:
        return ""
    if source_key(name) in labels:
        return name
    own = source_key(" ".join(w for w in words if w.casefold() not in _GENERIC_WORDS))
    return name if len(own) >= 5 and any(own in label for label in labels) else ""


#: Words of an outlet's name that any outlet may have.
_GENERIC_WORDS = {"radio", "tv", "news", "the", "daily", "agency", "press", "online", "media"}


_GREETING_RE = re.compile(
    r"^(?:Good (?:morning|afternoon|evening)|Hi|Hello|Dear|Morning|Greetings)\b[^.!?]{0,40}[,!:]?$"
)


_FIGURED_STAMP_RE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b")


def _skip_dump_header(dump: ParsedDump) -> None:
    """Layout statistics: a first "story" of a line or two, with no dateline, byline or
    caption, ahead of stories that each run several times as long, is the dump's own header
    ("AGENCY MONITOR RELAY 0409-B / Items as received, 06:10-11:40 GMT."), not an article."""
    arts = dump.articles
    if len(arts) < 3:
        return
    first = arts[0]
    if first.dateline or first.byline or first.captions or first.external_id:
        return
    if (
        (
            len(first.body) <= 2
            and not first.teasers
            and _words(first) <= 25
            and sorted(_words(a) for a in arts[1:])[(len(arts) - 1) // 2]
            >= 4 * max(1, _words(first))
        )
        or (len(first.body) <= 3 and _GREETING_RE.match(first.title))
        or (
            # (or a cover note that greets its readers: "Good morning all, / Five items ..."; or a
            # terminal's header and its list of the items, not a sentence in it)
            not first.teasers
            and _FIGURED_STAMP_RE.search(first.title)  # ("... Printed 12/05/2026 10:22 AM")
            and not any(p.rstrip().endswith(SENTENCE_ENDS) for p in first.body)
            and all(any(p.rstrip().endswith(SENTENCE_ENDS) for p in a.body) for a in arts[1:])
        )
    ):
        dump.warnings.append(f"dump header skipped: {first.title or first.body[0]}"[:200])
        dump.teasers.extend(first.teasers)
        del arts[0]


#: What each doubt costs the parser's confidence in an article.
_DOUBT_COST = {
    "no title line found": 0.4,
    "no source found": 0.3,
    "story boundary guessed": 0.2,
    "caption guessed": 0.1,
    "source taken from the page's furniture": 0.1,
    "source taken from a neighbouring story": 0.1,
}


def _confidence(art: ParsedArticle) -> float:
    art.doubts = list(dict.fromkeys(art.doubts))
    score = 1.0
    for doubt in art.doubts:
        score -= _DOUBT_COST.get(doubt, 0.1)
    if len(art.body) > 40:
        art.doubts.append("unusually long: stories may be merged")
        score -= 0.3
    return max(0.0, round(score, 2))


def _share_sources(articles: list[ParsedArticle], index: SourceIndex) -> None:
    """A story of a file of glued stories whose source is missing ("./." but no footer) or a
    fragment of a name ("Vietnam", "ewswire": a damaged footer) takes the known source of the
    nearest story of the same kind whose fragment it is."""
    known = [find_source(a.source, "", index) if a.source else None for a in articles]
    for i, art in enumerate(articles):
        if known[i] is not None:
            continue
        # a story that opens with a dateline in a file of wire copy: the file's agency
        datelined = art.source_kind == "other" and bool(art.dateline) and not art.source
        # a page with no name at all, whose date stamp has the shape of a neighbour's
        templated = not art.source and bool(art.template)
        if (
            art.source_kind not in ("wire", "press_release", "newspaper")
            and not datelined
            and not templated
        ):
            continue
        key = source_key(art.source)
        site = bool(art.source) and grammar.site_domain(art.source) == art.source
        if site:
            key = source_key(art.source.rsplit(".", 1)[0])  # "radiotamazuj.org": its name
        order = sorted(range(len(articles)), key=lambda j: (abs(j - i), j > i))
        for j in order:
            src = known[j]
            if src is None and articles[j].source and (not art.source or site):
                # a neighbour whose publisher no profile knows, found on its own page: nearer
                # than a known one further off
                src = SourceProfile(articles[j].source, articles[j].source_kind, ())
            kind = "wire" if datelined else art.source_kind
            if j == i or src is None or _other_site(art, articles[j]):
                continue
            if templated and not datelined:
                if articles[j].template != art.template:
                    continue
            elif articles[j].source_kind != kind and (art.source or not art.dateline):
                continue  # (a story with a dateline and no name at all: its neighbour's)
            names = (src.name, *src.aliases)
            keys = [source_key(n) for n in names]
            # a fragment of the name: anywhere in it ("ewswire"), or its first letters ("V")
            fragment = (
                any(key in k for k in keys)
                if len(key) >= 3
                else any(k.startswith(key) for k in keys)
            )
            if art.source and not (key and fragment):
                continue
            if art.source:
                art.warnings.append(f"damaged source name {art.source!r} read as {src.name!r}")
                _give_source(art, src)
            else:
                _lend_source(
                    art, src, f"no source line: {src.name!r} taken from a neighbouring story"
                )
            break


def _give_source(art: ParsedArticle, src) -> None:
    art.source, art.source_kind = src.name, src.kind
    if src.name not in art.source_aliases:
        art.source_aliases.insert(0, src.name)


def _lend_source(art: ParsedArticle, src, warning: str) -> None:
    """A story that names no supplier takes another story's, with the doubt recorded."""
    _give_source(art, src)
    art.warnings.append(warning)
    art.doubts = [d for d in art.doubts if d != "no source found"]
    art.doubts.append("source taken from a neighbouring story")


def _other_site(a: ParsedArticle, b: ParsedArticle) -> bool:
    """Two pages whose date stamps have different shapes come from different sites."""
    return bool(a.template and b.template and a.template != b.template)


def _one_supplier(articles: list[ParsedArticle], index: SourceIndex) -> None:
    """A dump in which every story that names its supplier names the same one (a round-up of
    one agency's file under its masthead): the stories that name none are that supplier's."""
    found = {find_source(a.source, "", index) for a in articles if a.source}
    found.discard(None)
    names = {src.name for src in found}
    if len(names) != 1 or len(articles) < 2:
        return
    src = next(iter(found))
    named = [a for a in articles if a.source]
    for art in articles:
        if not art.source and not all(_other_site(art, a) for a in named):
            _lend_source(
                art, src, f"no source line: {src.name!r}, the only supplier this dump names"
            )


def parse_bytes(data: bytes, filename: str, profiles=None, today=None) -> ParsedDump:
    """Decode and parse a raw dump; raises DumpError if it is not text.

    ``profiles``: the suppliers the parser should know (``profiles.SourceProfile``), by default
    ``DEFAULT_PROFILES``; ``today``: the date the dump was received, for dates with no year.
    """
    raw = decode_raw(data, filename)
    try:
        repaired, report, warnings = repair_text(raw.text)
    except RecursionError as exc:  # pragma: no cover - defensive
        raise DumpError(filename, f"cannot parse: {exc}") from None
    return _parse_repaired(
        repaired,
        filename,
        raw.encoding,
        report,
        raw.warnings + warnings,
        SourceIndex.of(profiles),
        today,
    )


__all__ = ["parse_bytes", "parse_text", "repair_text", "fix_mojibake"]
