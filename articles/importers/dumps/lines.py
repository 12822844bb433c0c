"""The dump's lines and their kinds: each line classified by the general grammar, then the
dump's own statistics and repetition mark what it is (a sign-off that closes story after
story, an item's code line between stories, a supplier's record, the dump's story gaps).

The splitter (``segment``) reads the marked lines; the small tests of a line's shape it shares
with this module (a paragraph, a lede, a headline) live here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from . import grammar
from .markers import (
    BULLET_RE,
    CHROME_RE,
    DISTRIBUTION_RE,
    LEDE_ALIAS_RE,
    SECTION_RE,
    SOURCE_FOOTER_RE,
    TEASER_HEADER_RE,
    match_dateline,
)

BULLETS = "•●▪◦‣∙·"
#: How a sentence ends, in Latin and in CJK scripts ("。", "！", "？").
SENTENCE_ENDS = (".", "!", "?", '"', "”", "。", "！", "？")
#: An end mark glued to a story's last sentence ("... percent. Enditem").
_GLUED_ENDS = ("Enditem", "ENDITEM", "(END)", "(ENDS)")
GLUED_END_RE = re.compile(r"(?<=[.!?\"”])\s+(?:Enditem|ENDITEM|\(END\)|\(ENDS\))\s*$")
BLANK, TEXT, FOOTER, DISTRIB, CHROME, HEADER, BULLET, SECTION, SIGNOFF = range(9)
MAX_TITLE = 300  # what an Article's title holds; press-release headlines run long


@dataclass(slots=True)
class Line:
    start: int  # offset in the text
    raw: str
    text: str  # stripped
    kind: int
    #: A wider gap than the dump puts between paragraphs stands before this line: where a
    #: dump separates paragraphs with one blank line (or none) and stories with more.
    wide_gap: bool = False
    #: A block starts here though no blank line stands before it: the story's first paragraph
    #: straight under its page's head.
    opens_block: bool = False
    #: A kicker the dump prints over story after story ("DPI Guyana - News", "JIS News |
    #: Agriculture"): the next story starts here (``_repeated_kickers``); the page's head
    #: reading takes it for furniture.
    kicker: bool = False
    #: The supplier this kicker names, where the dump's repetition showed it is the item's tag
    #: though it is a name alone ("Khaama Press (Afghan News Agency)", ``_lone_tags``).
    tag: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.raw)

    @property
    def indented(self) -> bool:
        return self.raw[:1].isspace()


@dataclass
class Segment:
    content: list[Line] = field(default_factory=list)
    tail: list[Line] = field(default_factory=list)
    footer: Line | None = None
    distribution: Line | None = None
    #: Lines that closed the story: end marks, credit lines, a distributor's closing lines.
    signoffs: list[Line] = field(default_factory=list)
    #: Page chrome met among the content (buttons, tags, copyright, date stamps): dropped, but
    #: evidence of the source.
    chrome: list[Line] = field(default_factory=list)
    #: Its start was guessed from the shape of the text alone (no mark between the stories).
    guessed: bool = False

    def blocks(self) -> list[list[Line]]:
        """Content lines grouped into blocks separated by blank lines."""
        out: list[list[Line]] = []
        cur: list[Line] = []
        for line in self.content:
            if (line.kind == BLANK or line.opens_block) and cur:
                out.append(cur)
                cur = []
            if line.kind != BLANK:
                cur.append(line)
        if cur:
            out.append(cur)
        return out

    def span(self) -> tuple[int, int]:
        """Offsets of the article: from its first content line to its footer."""
        first = next((ln for ln in self.content if ln.kind != BLANK), None)
        last = next((ln for ln in reversed(self.content) if ln.kind != BLANK), None)
        ends = [ln.end for ln in (last, self.footer, self.distribution) if ln is not None]
        ends += [ln.end for ln in self.signoffs]
        if first is None:
            return (0, 0)
        return (first.start, max(ends))

    def end(self) -> int:
        """Offset just past the segment's last line (tail included)."""
        lines = [*self.content[-1:], *self.tail[-1:]]
        lines += [ln for ln in (self.footer, self.distribution) if ln is not None]
        lines += self.signoffs[-1:]
        return max((ln.end for ln in lines), default=0)


def classify(raw: str, s: str | None = None) -> int:
    if s is None:
        s = raw.strip()
    if not s:
        return BLANK
    if len(s) > 120:  # only a bullet can start a long line of page furniture
        if s[0] in BULLETS and BULLET_RE.match(raw) and not s[1:].lstrip()[:1].isdigit():
            return BULLET
        return TEXT
    if len(s) <= 120:
        if s[0] in "S(s" and SOURCE_FOOTER_RE.match(s):
            return FOOTER
        if "Distribution" in s and DISTRIBUTION_RE.match(s):
            return DISTRIB
        if len(s) <= 60 and CHROME_RE.match(s):
            return CHROME
        if len(s) <= 60 and TEASER_HEADER_RE.match(s):
            return HEADER
        if s[-1] == "-" and s.upper() == s and SECTION_RE.match(s):
            return SECTION
    if s[0] in BULLETS and BULLET_RE.match(raw) and not s[1:].lstrip()[:1].isdigit():
        return BULLET
    return TEXT


def split_lines(text: str, index=None) -> list[Line]:
    """The text's lines, each given its kind; ``index`` (a ``profiles.SourceIndex``) adds the
    suppliers' own sign-offs and chrome, and lines that close every story of this dump are
    learned from the dump itself (``repeated_signoffs``)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        s = raw.strip()
        lines.append(Line(pos, raw, s, classify_line(raw, s, index) if s else BLANK))
        pos += len(raw) + 1
    _mark_wide_gaps(lines)
    _dump_preamble(lines)
    _mastheads(lines)
    _repeated_lines(lines)
    _repeated_heads(lines)
    _repeated_codes(lines)
    _labelled_heads(lines)
    _repeated_kickers(lines)
    _stamped_tags(lines)
    _stamped_tags(lines, record_name)
    _saved_pages(lines)
    _reader_comments(lines)
    _label_runs(lines)
    _field_records(lines)
    _shaped_signoffs(lines)
    learned = repeated_signoffs(lines)
    boilerplate = repeated_boilerplate(lines)
    # a sign-off the dump printed once as such ("APS" before a rule) closes the other stories
    # it ends too, wherever the next story's head does not look like one
    signed = {ln.text for ln in lines if ln.kind == SIGNOFF and len(ln.text) <= 40}
    prev = None
    for line in lines:
        if line.kind == TEXT and (
            (learned and (line_shape(line.text) in learned or coded_shape(line.text) in learned))
            or line.text in boilerplate
            or (line.text in signed and prev is not None and _paragraph(prev))
        ):
            line.kind = SIGNOFF
        elif (
            line.kind == TEXT
            and prev is not None
            and prev.kind == CHROME
            and prev.text.endswith(":")
            and grammar.URL_ONLY_RE.match(line.text)
        ):
            line.kind = CHROME  # "To view an enhanced version ..., please visit:|URL"
        if line.kind != BLANK:
            prev = line
    above = None  # the nearest line with text above
    for prev, line, nxt in zip(lines, lines[1:], lines[2:], strict=False):
        above = prev if prev.kind != BLANK else above
        if line.kind == TEXT and _lost_section_dash(prev, line, nxt):
            line.kind = SECTION
        elif line.kind == SECTION and above is not None and _credit_under_caption(above, line):
            line.kind = TEXT
    _tag_links(lines)
    _authors_address(lines)
    for line in lines:
        if line.kicker and line.kind == SIGNOFF and (tag_name(line.text) or record_name(line.text)):
            line.kind = CHROME  # ("1/5  TURAN" over each item: the next story's tag, no end)
    return lines


_EMAIL_ONLY_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


_RULE_MARKS = frozenset("-=_*#~")


_NUMERIC_DATE_RE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")


def _dated_banner(lines: list[Line]) -> None:
    """The dump's first line, dated and set apart by a blank line, over a story that opens
    straight after it ("Notes - "Shared items" (copied 14/03/2026)" / blank / headline / name /
    stamp / text): the banner of the export, not the first story's headline."""
    k = next((n for n, ln in enumerate(lines) if ln.kind != BLANK), None)
    if k is None or k + 1 >= len(lines) or lines[k + 1].kind != BLANK:
        return
    first = lines[k]
    dated = grammar.DATE_IN_RE.search(first.text) or _NUMERIC_DATE_RE.search(first.text)
    if first.kind != TEXT or len(first.text) > 100 or not dated:
        return
    if first.text.endswith(SENTENCE_ENDS) or is_lede(first):
        return
    after = [ln for ln in lines[k + 1 :] if ln.kind not in (BLANK, CHROME)][:4]
    if (
        after
        and _headline_like(after[0])
        and not _paragraph(after[0])
        and any(_paragraph(ln) or is_lede(ln) for ln in after[1:])
        # (a second line of the banner under it, then the headline: the banner goes on; a
        # headline has its byline, stamp or text under it)
        and len(after) > 1
        and (
            (len(after[1].text.split()) <= 4 and not _DIGIT_RE.search(after[1].text))
            or _paragraph(after[1])
            or is_lede(after[1])
        )
    ):
        first.kind = CHROME


def _mailing_heads(lines: list[Line]) -> None:
    """A mailing's own head under an e-mail's headers: a block of a few short lines, no
    sentence among them, the last dated ("RADIO X / Independent news from ... / Region news
    update | Saturday 5 December 2026"), over the first item: the bulletin's, not a story."""
    k = 0
    while k < len(lines):
        if lines[k].kind != CHROME or not grammar.mail_header(lines[k].text):
            k += 1
            continue
        while k < len(lines) and (lines[k].kind == BLANK or grammar.mail_header(lines[k].text)):
            k += 1  # (past the headers)
        block = []
        while k < len(lines) and lines[k].kind != BLANK:
            block.append(lines[k])
            k += 1
        after = [ln for ln in lines[k : k + 12] if ln.kind not in (BLANK, CHROME)]
        if (
            2 <= len(block) <= 4
            and all(ln.kind in (TEXT, CHROME) and len(ln.text) <= 80 for ln in block)
            and not any(ln.text.endswith(SENTENCE_ENDS) for ln in block)
            and grammar.DATE_IN_RE.search(block[-1].text)
            and any(_opens_story(after, j) for j in range(min(2, len(after))))
        ):
            for ln in block:
                ln.kind = CHROME


def _mail_signatures(lines: list[Line]) -> None:
    """An e-mail's signature: the "--" line and the few short lines of its block after it
    ("You receive this update because ...", "Unsubscribe | Donate"), the mailing's furniture."""
    for k, line in enumerate(lines):
        if line.text != "--" or line.raw.strip(" ") != "--":
            continue
        block = []
        for ln in lines[k + 1 :]:
            if ln.kind == BLANK:
                break
            block.append(ln)
        if len(block) <= 4 and all(len(ln.text) <= 200 for ln in block):
            line.kind = SIGNOFF  # (the message's text ends here)
            for ln in block:
                ln.kind = CHROME


def _end_rule(lines: list[Line]) -> None:
    """A rule that says the items end ("------------ end"): the few short lines after it are the
    dump's own closing note ("4 items. Replies to the list, please."), not a story's."""
    at = next(
        (
            k
            for k, ln in enumerate(lines)
            if ln.text[-3:].lower() in ("end", "nds") and _END_RULE_RE.match(ln.text)
        ),
        None,
    )
    if at is None:
        return
    after = [ln for ln in lines[at + 1 :] if ln.kind != BLANK]
    if len(after) <= 4 and not any(len(ln.text) >= 150 for ln in after):
        for ln in after:
            ln.kind = CHROME


_END_RULE_RE = re.compile(r"^[_*=~#-]{10,}\s+(?i:end|ends)$")


def _cover_note(lines: list[Line]) -> None:
    """The dump's first text, a sentence alone in its block, over a headline whose story opens
    under it ("Pasted below as received, five items." / blank / headline / byline / lede): a
    desk's note on what follows, not the first story's headline."""
    nonblank = [ln for ln in lines if ln.kind not in (BLANK, CHROME, HEADER)]
    if len(nonblank) < 4:
        return
    note = nonblank[0]
    k = lines.index(note)
    if (
        note.kind != TEXT
        or not 20 <= len(note.text) <= 200
        or not note.text.endswith((".", "!", ":"))
        or is_lede(note)
        or k + 1 >= len(lines)
        or lines[k + 1].kind != BLANK
    ):
        return
    if _headline_like(nonblank[1]) and not _paragraph(nonblank[1]) and _opens_story(nonblank, 1):
        note.kind = CHROME


def _dump_preamble(lines: list[Line]) -> None:
    """Layout statistics: where the same rule parts story from story ("____", "* * *"), the
    few short lines above its first copy, with no paragraph among them, are the dump's own
    header (a desk's banner, an e-mail's headers and greeting), not a story: furniture. Only
    where a headline and its story follow that first rule (a rule under each headline is no
    parting)."""
    _dated_banner(lines)
    _mailing_heads(lines)
    _cover_note(lines)
    _end_rule(lines)
    _mail_signatures(lines)
    rules = [
        k for k, ln in enumerate(lines) if ln.text[:1] in _RULE_MARKS and grammar.rule_line(ln.text)
    ]
    mark = lines[rules[0]].text.split()[0] if rules else ""
    if len(rules) < 2 or sum(lines[k].text.split()[0] == mark for k in rules) < 2:
        return  # (the same marks: "----- 1 of 4" and "----- 2 of 4" alike)
    head = [ln for ln in lines[: rules[0]] if ln.kind != BLANK]
    if (
        not head
        or sum(ln.kind == TEXT for ln in head) > 10  # (an e-mail's headers besides)
        or any(ln.kind not in (TEXT, CHROME, HEADER) for ln in head)
    ):
        return
    # (an e-mail's cover note may run to a paragraph: "Good morning, below the weekend items
    # from the wires. ...")
    mail = any(ln.kind == HEADER or grammar.mail_header(ln.text) for ln in head)
    if any((len(ln.text) >= 100 and not mail) or is_lede(ln) for ln in head):
        return
    after = [
        ln
        for ln in lines[rules[0] + 1 :]
        if ln.kind not in (BLANK, CHROME)
        # (past the item's tag between its rules: "=====" / "[1/4] KazTAG | stamp" / "=====")
        and not (grammar.rule_line(ln.text) or tag_name(ln.text) or record_name(ln.text))
    ][:5]
    if not after or _paragraph(after[0]) or not _opens_story(after, 0):
        return
    for ln in head:
        ln.kind = CHROME


def _authors_address(lines: list[Line]) -> None:
    """An e-mail address alone in a block of its own under the story's last paragraph
    ("jiwonp@heraldcorp.com"): the author's, which closes the story (a contact block's address
    stands among the lines of its block)."""
    for i, line in enumerate(lines):
        if (
            line.kind == TEXT
            and "@" in line.text
            and _EMAIL_ONLY_RE.match(line.text)
            and i >= 2
            and lines[i - 1].kind == BLANK
            and (i + 1 == len(lines) or lines[i + 1].kind == BLANK)
        ):
            prev = next((ln for ln in reversed(lines[:i]) if ln.kind != BLANK), None)
            if prev is not None and prev.kind == TEXT and _paragraph(prev):
                line.kind = SIGNOFF


_DESK_CODE_RE = re.compile(
    r"^/?[A-Z][A-Za-z]{1,11}(?:/[A-Za-z0-9][\w .'-]{0,30}){1,5}/?$"  # WAM/Rasha Nabil/H. Hussein
    r"|^/[A-Z]{1,6}/$"  # /DT/
)


def _signoff_shape(text: str) -> bool:
    """A line shaped like a desk's end code rather than prose: no letters at all
    ("**3453**1424"), an agency's initials with its editors' codes or names between slashes
    ("BSS/GMR/RI/1542", "/DT/"), or an agency's initials alone ("MENA")."""
    if len(text) > 50 or text.endswith((".", "!", "?", ":", ",")):
        return False
    if not any(ch.isalpha() for ch in text):
        return any(ch.isdigit() for ch in text) and not grammar.is_stamp(text)
    if _DESK_CODE_RE.match(text) and "//" not in text:
        return True
    tokens = [t for t in re.split(r"\s*/+\s*", text) if t]
    if len(tokens) >= 2 and "/" in text and all(t.isupper() and len(t) <= 6 for t in tokens):
        return True  # "RVS // JLG": editors' initials
    return text.isalpha() and text.isupper() and 2 <= len(text) <= 8


def _shaped_signoffs(lines: list[Line]) -> None:
    """Lines shaped like end codes (``_signoff_shape``) that close a story: right after a
    finished paragraph, and before a headline or the end of the dump."""
    nonblank = [ln for ln in lines if ln.kind not in (BLANK, CHROME)]
    where = {id(ln): k for k, ln in enumerate(lines)}
    for i, line in enumerate(nonblank):
        if line.kind != TEXT or i == 0 or not _signoff_shape(line.text):
            continue
        k = where[id(line)]
        if 0 < k < len(lines) - 1 and lines[k - 1].kind != TEXT and lines[k + 1].kind == TEXT:
            continue  # apart from the story above, close to the head below: a kicker ("BUSINESS")
        before = nonblank[i - 1]
        if not (before.kind == SIGNOFF or _paragraph(before)):
            continue
        after = nonblank[i + 1] if i + 1 < len(nonblank) else None
        if (
            _opens_story(nonblank, i + 1)
            or (after is not None and after.kind in (SIGNOFF, FOOTER))
            or (
                "/" in line.text
                and after is not None
                and len(after.text) <= 60
                and not after.text.endswith(".")
            )
        ):
            line.kind = SIGNOFF


#: "City/Town: Ashland - Oregon - US", "Link: https://...": a short label, a colon, a value.
_LABEL_LINE_RE = re.compile(r"^[A-Z][\w/&'.-]*(?: [\w/&'.-]+){0,2}\s?:\s*\S")


#: The labels of a distributor's record of a release: its tags, categories, number.
_RECORD_LABEL_RE = re.compile(
    r"^(?:tags?|categor(?:y|ies)|keywords?|topics?|industr(?:y|ies)|sectors?"
    r"|(?:news|newswire|release|story|press release)[- ]?(?:id|no\.?|number))\s*:",
    re.IGNORECASE,
)


def _mastheads(lines: list[Line]) -> None:
    """A supplier's name taken for a sign-off ("AGERPRES") with a short line straight under it
    ("Romanian National News Agency", "English 09-12-2025"): the masthead over the stories that
    follow, not the end of the one before."""
    for line, nxt in zip(lines, lines[1:], strict=False):
        if (
            line.kind == SIGNOFF
            and line.text[:1].isalpha()  # a bare name, not "--SPA"
            and len(line.text.split()) <= 4
            and nxt.kind == TEXT
            and len(nxt.text.split()) <= 6
            and not nxt.text.endswith((".", "!", "?"))
            and not grammar.is_stamp(nxt.text)
        ):
            line.kind = CHROME


def _label_runs(lines: list[Line]) -> None:
    """A run of labelled lines ("Publisher Contact: NAME - domain", "Categories: ...", "Tags:
    ...", "Newswire ID: ...") with a record's label among them: a distributor's record of the
    release, furniture all of it, but for lines that carry an address or a phone number, or
    name the author (a contact block, a byline are the release's own)."""
    run: list[Line] = []
    for line in [*lines, Line(0, "", "", BLANK)]:
        if (
            line.kind in (TEXT, CHROME)
            and len(line.text) <= 200
            and _LABEL_LINE_RE.match(line.text)
        ):
            run.append(line)
            continue
        if len(run) >= 2 and any(_RECORD_LABEL_RE.match(ln.text) for ln in run):
            for ln in run:
                if (
                    ln.kind == TEXT
                    and "@" not in ln.text
                    # (a phone number is a contact's; a date, a count or the item's id is not)
                    and (not re.search(r"\d{3}", ln.text) or not grammar.contact_detail(ln.text))
                    and not grammar.byline_line(ln.text)
                    and not grammar.page_byline(ln.text)
                ):
                    ln.kind = CHROME
        run = []


def _field_label(text: str) -> bool:
    """ "JOURNAL", "METHOD OF RESEARCH", "DOI": a field's name in capitals, on its own line."""
    return (
        len(text) <= 40
        and len(text.split()) <= 5
        and text.isupper()
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", "!", "?", "-", "–", "—"))
    )


#: "Feed: BNamericas - Agribusiness", "Item date: Sat, 05 Dec 2026", "Link: https://...": a
#: field of an exported item's record, its label and its value on one line.
_LABELLED_RE = re.compile(
    r"^(?P<label>[A-Z][A-Za-z]{1,12}(?: [A-Za-z]{1,12})?)\s?:\s+(?P<value>\S.{0,150})$"
)
_CONTACT_LABEL_RE = re.compile(
    r"^(?:e-?mail|phone|tel|telephone|fax|mobile|contact|web|website)\b", re.I
)
#: The labels an item's record carries: its supplier, its address or its time.
_ITEM_RECORD_LABEL_RE = re.compile(
    r"^(?:feed|source|agency|publisher|provider|supplier|wire|service|outlet|channel|link|url"
    r"|(?:item |pub(?:lication)? )?date|published|posted|updated|time)\s?:",
    re.I,
)
#: The labels that name an item's supplier in its record.
_SUPPLIER_LABELS = {
    *("feed", "source", "agency", "publisher", "provider", "supplier", "wire", "service"),
    *("outlet", "channel", "site", "newspaper", "paper", "distributor"),
}


def _labelled_heads(lines: list[Line]) -> None:
    """Repetition inside the dump: where every item opens with the same record of labelled
    lines ("Feed: X / Item date: ... / Link: URL" over each headline of a reader's export), the
    record is furniture that starts the item (its first line a kicker), and a supplier's label
    in it ("Feed:", "Source:", "Agency:") names the item's supplier."""
    blocks: list[list[tuple[Line, re.Match]]] = []
    run: list[tuple[Line, re.Match]] = []
    nonblank = [ln for ln in lines if ln.kind != BLANK]
    for k, line in enumerate([*nonblank, Line(0, "", "", BLANK)]):
        m = (
            _LABELLED_RE.match(line.text)
            if line.kind != BLANK and line.text[:1].isupper()
            else None
        )
        if m and len(line.text) <= 160:
            run.append((line, m))
            continue
        start = k - len(run)
        ruled = start == 0 or (start > 0 and grammar.rule_line(nonblank[start - 1].text))
        while k < len(nonblank) and grammar.rule_line(nonblank[k].text):
            k += 1  # (past a rule under the record)
            ruled = True
        head = nonblank[k] if k < len(nonblank) else None
        if (
            len(run) >= 2
            and ruled  # (the record opens its item: a rule above or under it)
            and head is not None
            and _headline_like(head)
            and not _paragraph(head)
            and not any(_CONTACT_LABEL_RE.match(ln.text) for ln, _ in run)
            and any(_ITEM_RECORD_LABEL_RE.match(ln.text) for ln, _ in run)
        ):
            blocks.append(run)  # a record over a headline
        run = []
    keys = [tuple(m.group("label").casefold() for _, m in block) for block in blocks]
    counts = Counter(keys)
    for block, key in zip(blocks, keys, strict=True):
        first = block[0][0]
        if counts[key] < 2 or first.kind == HEADER:
            continue  # (the same labels over two items or more: the dump's record)
        for ln, m in block:
            ln.kind = CHROME
            if m.group("label").casefold() in _SUPPLIER_LABELS:
                name = re.split(r"\s+[-–—|:]\s+", m.group("value"), maxsplit=1)[0].strip()
                first.tag = lone_name(name) or grammar.site_domain(name) or ""
        first.kicker = True


def _field_records(lines: list[Line]) -> None:
    """A block that alternates a field's name in capitals and its value, three times or more
    ("JOURNAL / Estuarine and Delta Sediments / DOI / 10.5551/... / ARTICLE TITLE / ..."): a
    site's record of the item, furniture all of it (its values are no headlines)."""
    block: list[Line] = []
    for line in [*lines, Line(0, "", "", BLANK)]:
        if line.kind != BLANK:
            block.append(line)
            continue
        labels = [n for n, ln in enumerate(block) if _field_label(ln.text)]
        pairs = [
            n
            for n in labels
            if n + 1 < len(block)
            and not _field_label(block[n + 1].text)
            and len(block[n + 1].text) <= 200
        ]
        if len(pairs) >= 3 and 2 * len(pairs) >= len(block) - 1:
            for ln in block:
                if ln.kind == TEXT:
                    ln.kind = CHROME
        block = []


def _repeated_lines(lines: list[Line]) -> None:
    """A line printed again right under itself, or a few lines further on (a headline or a
    caption a page prints twice or more: the alt text, the share card, the print title): the
    copies are furniture."""
    recent: list[str] = []  # the lines since the last paragraph
    for line in lines:
        if line.kind == BLANK:
            continue
        if (
            line.kind == TEXT
            and line.text in recent
            and (recent[-1] == line.text or sum(w.isalpha() for w in line.text.split()) >= 4)
        ):
            line.kind = CHROME
        # (a rule between them ends the page: "Other news / TITLE / ===== / TITLE / story" is
        # a teaser, then the next page's own headline)
        fresh = _paragraph(line) or (line.text[:1] in "-=_*#~." and grammar.rule_line(line.text))
        recent = [] if fresh else [*recent[-11:], line.text]


_DIGIT_RE = re.compile(r"\d")


def _repeated_heads(lines: list[Line]) -> None:
    """Repetition inside the dump: a short line printed word for word at the head of page after
    page (the site's name, "Gia Lai Newspaper - English edition", its tagline), each time over
    the site's bar or menu (or another such line) above a story, is the site's furniture,
    whatever it says.
    """
    nonblank = [ln for ln in lines if ln.kind != BLANK]
    counts = Counter(
        ln.text
        for ln in nonblank
        if ln.kind == TEXT
        and len(ln.text) <= 60
        and not ln.text.endswith((*SENTENCE_ENDS, ":", "…"))
    )
    repeated = {t for t, c in counts.items() if c >= 2}
    if not repeated:
        return
    found: dict[str, list[Line]] = {}
    for i, ln in enumerate(nonblank):
        if ln.text not in repeated or ln.kind != TEXT or ln.text.isupper():
            continue  # (a masthead in capitals is read as such by the head's reading)
        before = nonblank[i - 1] if i else None
        after = nonblank[i + 1 : i + 9]
        k = 0  # (past another of the site's repeated lines: its name, then its tagline)
        while k < 1 and k < len(after) and after[k].kind == TEXT and after[k].text in repeated:
            k += 1
        if (
            (before is None or (not _paragraph(before) and before.kind != HEADER))
            and k < len(after)
            and after[0].text != ln.text  # (a teaser's title printed twice: its alt text)
            and after[k].kind in (CHROME, SECTION)  # (over the site's bar or menu)
            and any(_paragraph(a) or is_lede(a) for a in after)
        ):
            found.setdefault(ln.text, []).append(ln)
    for text, copies in found.items():
        if len(copies) == counts[text]:
            for ln in copies:
                ln.kind = CHROME


def _code_shape(text: str) -> str | None:
    """The shape of a short line holding figures that is no sentence: an item's header or
    trailer ("APA0318 5 WI 0412 II   Di, 09.Dez 2025", "APA0318   2025-12-09/11:04")."""
    if (
        len(text) > 100
        or not _DIGIT_RE.search(text)
        or text.endswith((".", "!", "?", ",", ";", ":", '"', "”"))
        or grammar.is_stamp(text)
    ):
        return None
    words = text.split()
    if sum(w.strip(",.;:()").isalpha() for w in words) > len(words) / 2:
        return None  # mostly words: a headline with a figure in it ("Rate decision number 2")
    return line_shape(" ".join(words))


def _repeated_codes(lines: list[Line]) -> None:
    """Repetition inside the dump: a short line of figures whose shape recurs story after story
    and never inside one's prose (a wire's item header and trailer, a slug with its codes and
    time) is furniture, whatever the supplier's codes look like. Each time it stands between
    stories: with no story text between it and the last sign-off (or the top), or over the next
    story's head, no story text nor sign-off between it and the dateline lede. (Rows of a table,
    "Net 213,470,000 vs 184,649,000", repeat from story to story too, but after a lede.)"""
    shapes: dict[int, str] = {}
    for line in lines:
        if line.kind == TEXT:
            shape = _code_shape(line.text)
            if shape:
                shapes[id(line)] = shape
    counts = Counter(shapes.values())
    if not any(c >= 2 for c in counts.values()):
        return
    repeated = {shape for shape, c in counts.items() if c >= 2}
    nonblank = [ln for ln in lines if ln.kind not in (BLANK, CHROME)]

    # at_edge[i]: no story text between line i and the last sign-off or the top
    at_edge: list[bool] = []
    clean = True
    for line in nonblank:
        at_edge.append(clean)
        if line.kind == SIGNOFF:
            clean = True
        elif _paragraph(line) or grammar.dateline(line.text):
            clean = False

    def opens_head(i: int) -> bool:
        """A dateline lede within the next few lines, no story text before it."""
        for after in nonblank[i + 1 : i + 5]:
            if is_lede(after):
                return True
            if _paragraph(after) or after.kind == SIGNOFF:
                return False  # (a sign-off first: the line is a row of the story it closes)
        return False

    between: Counter = Counter()
    for i, line in enumerate(nonblank):
        shape = shapes.get(id(line))
        if shape in repeated and (at_edge[i] or opens_head(i)):
            between[shape] += 1
    for line in lines:
        shape = shapes.get(id(line))
        if shape in repeated and between[shape] == counts[shape]:
            line.kind = CHROME


def _reader_comments(lines: list[Line]) -> None:
    """A reader's comment: the line under its head ("NAME · 14/03/2026 09:41", "NAME says:" and
    its stamp) is the comment, furniture like its head, not a teaser's title or the story's
    text."""
    for i, line in enumerate(lines):
        if line.kind != CHROME:
            continue
        says = line.text.endswith(" says:") and grammar.chrome(line.text)  # "Jonah K says:"
        if not (says or grammar.COMMENT_HEAD_RE.match(line.text)):
            continue
        after = (ln for ln in lines[i + 1 : i + 6] if ln.kind != BLANK)
        nxt = next(after, None)
        if says and nxt is not None and nxt.kind == CHROME and grammar.is_stamp(nxt.text):
            nxt = next(after, None)  # "NAME says: / March 14, 2026 at 9:31 am / comment"
        if nxt is not None and nxt.kind == TEXT and len(nxt.text) <= 600:
            nxt.kind = CHROME


KICKER_SPLIT_RE = re.compile(r"\s+(?:[|·•»>/]|[-–—:])\s+")


def _kicker_key(line: Line) -> str | None:
    """What a kicker line keeps from story to story: its first part ("JIS News" of "JIS News |
    Agriculture", "DPI Guyana" of "DPI Guyana - News"), or the whole short line."""
    t = line.text
    if (
        line.kind != TEXT
        or len(t) > 60
        or len(t.split()) > 8
        or t.endswith((*SENTENCE_ENDS, ":", ",", ";"))
        or not t[:1].isalnum()
    ):
        return None
    return KICKER_SPLIT_RE.split(t, maxsplit=1)[0].casefold()


def _kicker_shaped(line: Line) -> bool:
    """(The dearer tests, for the lines whose key repeats: no byline, stamp or lede.)"""
    t = line.text
    return not (grammar.byline_line(t) or grammar.is_stamp(t) or is_lede(line))


def _under_kicker(text: str) -> bool:
    """A line a bulletin prints between its kicker and the headline: a date, a section line."""
    return grammar.is_stamp(text) or (
        len(text) <= 60 and (" / " in text or " » " in text or " > " in text or text.isupper())
    )


def _repeated_kickers(lines: list[Line]) -> None:
    """Repetition inside the dump: a short line that stands over story after story, each time
    straight over a headline with the story's byline or text under it (a feed's "DPI Guyana -
    News", a service's "JIS News | Agriculture"): the story starts at it, and it is furniture,
    whatever the supplier prints there. Each of its copies must stand so; a line that also
    closes a story, or stands inside one, is no kicker."""
    nonblank = [ln for ln in lines if ln.kind != BLANK]
    keys = {id(ln): key for ln in nonblank if (key := _kicker_key(ln))}
    twice = {k for k, c in Counter(keys.values()).items() if c >= 2}
    keys = {i: k for i, k in keys.items() if k in twice}
    for ln in nonblank:
        if id(ln) in keys and not _kicker_shaped(ln):
            del keys[id(ln)]
    counts = Counter(keys.values())
    repeated = {k for k, c in counts.items() if c >= 2}
    if not repeated:
        return
    over: dict[str, list[Line]] = {}
    for i, line in enumerate(nonblank):
        key = keys.get(id(line))
        if key not in repeated or i + 2 >= len(nonblank):
            continue
        j = i + 1
        while j < min(i + 3, len(nonblank) - 2) and _under_kicker(nonblank[j].text):
            j += 1  # (past the bulletin's date, a section line: "GENERAL NEWS / (eu) eu/x")
        head, after = nonblank[j], nonblank[j + 1 : j + 4]
        before = nonblank[i - 1] if i else None
        if (
            (before is None or not _headline_like(before) or before.kind != TEXT)
            and _headline_like(head)
            and len(head.text.split()) >= 4
            and keys.get(id(head)) != key
            and not is_lede(head)
            and not _paragraph(head)
            and any(
                grammar.byline_line(ln.text) or is_lede(ln) or len(ln.text) >= 100
                for ln in after  # (past an editor's note or a date line)
            )
        ):
            over.setdefault(key, []).append(line)
    for key, found in over.items():
        if len(found) == counts[key]:
            for line in found:
                line.kicker = True


_BRACKETED_NAME_RE = re.compile(r"^\[(?P<name>[A-Za-z][\w&.' -]{1,30})\](?:\s+[\w&' ]{1,30})?$")
#: "1/5  TURAN", "Item 3 of 7 - Eastwire": an item's number in a digest, then its supplier.
_COUNTED_TAG_RE = re.compile(
    r"^(?:(?:item|no\.?)\s*)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*[-–:|]?\s+"
    r"(?P<name>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})$",
    re.IGNORECASE,
)


#: A queue's or feed's record line over an item, its supplier in a labelled field.
_SOURCE_FIELD_RE = re.compile(
    r"\b(?:SRC|SOURCE|Source|AGENCY|Agency|SUPPLIER|Supplier|SVC|SERVICE|Service|WIRE|Wire)"
    r"\s*[:=]\s*(?P<name>[A-Za-z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2}?)(?=\s{2,}|\s*[|;,]|\s*$"
    r"|\s+[A-Z]{2,}\s*[:=])"
)
_FIELD_RE = re.compile(r"\b[A-Za-z]{2,12}\s*[:=]\s*\S")


def _name_shaped(name: str) -> bool:
    """A supplier's name as a tag or a record prints it: one to four words, each capitalised
    but for small links ("Agenzia di Stampa"), no comma ("Victoria, Seychelles": a place), and
    not only words that say what a page is ("Latest News", "Sudan news update")."""
    words = name.split()
    return (
        1 <= len(words) <= 4
        and name[:1].isupper()
        and "," not in name
        and all(w[:1].isupper() or w in _TAG_LINKS for w in words)
        and not all(w.casefold() in _NEWS_WORDS for w in words)
    )


def tag_name(text: str) -> str:
    """The supplier a tag line over a story names: a name and a stamp ("NNT | 09 Apr 2026 |
    10:12", "Macauhub | 09/04/2026", "[IBNS] National | 04-12-2026 09:12 IST"), or an item's
    number and the name ("1/5  TURAN"); '' for anything else."""
    if len(text) > 120 or text.endswith((".", ":", ",")) or not _DIGIT_RE.search(text):
        return ""  # (every tag carries a stamp or a number)
    fielded = _SOURCE_FIELD_RE.search(text) if ":" in text or "=" in text else None
    if fielded and len(_FIELD_RE.findall(text)) >= 2:
        return fielded.group("name")  # "=== ITEM 011/052  SRC: URN  RECV: 04-12-26 07:58 ==="
    if len(text) > 80:
        return ""
    counted = _COUNTED_TAG_RE.match(text)
    if counted:
        return counted.group("name")
    parts = [p.strip() for p in text.split(" | ")]
    if len(parts) >= 3 and _ITEM_HEAD_RE.match(parts[0]) and grammar.is_stamp(parts[-1]):
        text = f"{parts[-2]} | {parts[-1]}"  # "===== 2/5 SLUG | Nexstar Media Wire | stamp"
    parts = KICKER_SPLIT_RE.split(text, maxsplit=1)
    if len(parts) != 2 and text.startswith("[") and "] " in text:
        parts = text[1:].split("] ", 1)  # "[Fastmarkets] 05-Dec-2026 08:30 GMT"
        parts[0] = f"[{parts[0]}]"
    if len(parts) != 2:
        return ""
    name, stamp = parts[0].strip(), parts[1].strip()
    bracketed = _BRACKETED_NAME_RE.match(name)
    if bracketed:
        name = bracketed.group("name")  # "[IBNS] National": the agency, then its desk
    if any(ch.isdigit() for ch in name) or not _name_shaped(name):
        return ""
    return name if grammar.is_stamp(stamp) else ""


#: Where a record line's fields part: a bar, a middle dot, "==" or "::", or a run of two spaces
#: or more.
_FIELD_SPLIT_RE = re.compile(r"\s+(?:[|·•]|==|::)\s+|\s{2,}|\t+")
#: A field that is a code, never a name: "[LK]", "(EG)", "1)", "#12".
_CODE_FIELD_RE = re.compile(r"^(?:[\[(][A-Z]{2,3}[\])]|#?\d{1,4}[).:]?)$")
#: A name as a record prints it: words of letters, "&", dots, apostrophes and hyphens.
_RECORD_NAME_RE = re.compile(r"[A-Z][\w&.'-]*(?: [\w&.'-]+){0,3}")
_BY_FIELD_RE = re.compile(r"^(?:written |words |story |reported )?by\b", re.IGNORECASE)
#: An item's number opening its record: "[1/4] ", "(2/5) ", "3/7 ", "#12 ".
_ITEM_COUNTER_RE = re.compile(
    r"^(?:\[\d{1,3}(?:/\d{1,3})?\]|\(\d{1,3}/\d{1,3}\)|\d{1,3}/\d{1,3}|#\d{1,4})\s+"
)
#: A name's gloss in brackets after it: "Khaama Press (Afghan News Agency)".
_NAME_GLOSS_RE = re.compile(r"\s*\([^()]{2,40}\)$")


def record_name(text: str) -> str:
    """The supplier a record line over an item names in one of its fields, whatever the
    record's layout: " 1) 04DEC 12:48 GMT  ECONOMYNEXT  [LK]", "KBS WORLD | News | Society",
    "RTI | Taiwan | 05/12/2026 13:20": the first field that is a name (capitalised words, no
    figures), past the item's number, stamps and codes; '' where the line is no record (one
    field) or holds no name. What the record *is* comes from its repetition over headlines
    (``_stamped_tags``): alone, a line like this may be a section label."""
    text = text.strip().strip("=-~*#> ")
    if text[:1] == "[" and text[-1:] == "]" and text.count("[") == 1:
        text = text[1:-1].strip()  # "[TradeArabia | Construction | 05 Dec 2026 09:12]"
    if len(text) > 100 or text.endswith((".", ":", ",", "?", "!")):
        return ""
    fielded = _SOURCE_FIELD_RE.search(text) if ":" in text or "=" in text else None
    if fielded:
        return fielded.group("name")  # "BASKET X   ITEM 1 OF 4   SRC: THAI PBS WORLD   RCVD ..."
    counted = _ITEM_COUNTER_RE.match(text)
    text = text[counted.end() :] if counted else text  # "[1/4] KazTAG | 05.12.2026 10:12"
    if counted and grammar.site_domain(text) == text:
        return text  # "[1] cookislandsnews.com": the item's number, then the site it is from
    fields = [f.strip() for f in _FIELD_SPLIT_RE.split(text) if f.strip()]
    if not 2 <= len(fields) <= 6 or fields[0].casefold().startswith(("by ", "home")):
        return ""  # (a byline's meta line, a menu)
    plain = [f for f in fields if not _DIGIT_RE.search(f)]
    if any(_BY_FIELD_RE.match(f) for f in fields):
        return ""  # "Nairametrics | by NAME | December 5, 2026": a byline's meta line
    if len(plain) >= 4 or any(grammar.reading_time(f) for f in fields):
        return ""  # a menu or a share row ("Facebook   Twitter   Telegram   Email"), a byline's
        # line ("NAME · Apr 9, 2026 · 4 min read")
    for part in fields:
        if grammar.site_domain(part):
            return part  # "bdnews24.com | Bangladesh": the site, by its address
        if _CODE_FIELD_RE.match(part) or _DIGIT_RE.search(part):
            continue  # the item's number, a stamp, a country code
        name = _NAME_GLOSS_RE.sub("", part)
        return name if _RECORD_NAME_RE.fullmatch(name) and _name_shaped(name) else ""
    return ""


#: An item's number, or a rule, opening its header line: "===== 2/5 HEATING ASSISTANCE".
_ITEM_HEAD_RE = re.compile(
    r"^(?:[=#*~-]{3,}\s*)?(?:(?:item|no\.?)\s*)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\b"
)


_TAG_LINKS = {"of", "the", "and", "&", "de", "du", "des", "di", "da", "del"}
#: Words that say what a page or a bulletin is, never whose.
_NEWS_WORDS = {"latest", "news", "update", "updates", "breaking", "top", "stories", "headlines"}


def _stamped_tags(lines: list[Line], namer=tag_name) -> None:
    """Repetition inside the dump, in shape: a supplier's name and a stamp over story after
    story (a reader's "AGENCY | date | time" tags), each over a headline with the story under
    it. The names differ from story to story (each tag names that story's supplier), so it is
    the shape that repeats: every such line is the kicker of the story it heads, which starts
    there and takes its source from it (``shapes``). Tried with the tags' own grammar
    (``tag_name``: a name and a stamp), then with any record line's fields (``record_name``)."""
    nonblank = [ln for ln in lines if ln.kind != BLANK]
    tagged = [
        i
        for i, ln in enumerate(nonblank)
        if len(ln.text) <= 120 and ln.kind in (TEXT, CHROME, SIGNOFF) and namer(ln.text)
    ]
    tagged_set = set(tagged)
    # (records one under another are a table of contents, no tags over items)
    tagged = [i for i in tagged if i - 1 not in tagged_set and i + 1 not in tagged_set]
    if len(tagged) < 2:
        return
    heads = []
    for i in tagged:
        j = i + 1
        while j < len(nonblank) and (
            grammar.rule_line(nonblank[j].text) or grammar.web_address_line(nonblank[j].text)
        ):
            j += 1  # (past the digest's rule under the item's number, the item's address)
        head, after = nonblank[j : j + 1], nonblank[j + 1 : j + 4]
        # (a record between two rules heads its item, whatever stands under it: a page's
        # masthead, "=====" / "[1] cookislandsnews.com" / "=====" / "Cook Islands News")
        framed = (
            i > 0
            and j > i + 1
            and grammar.rule_line(nonblank[i - 1].text)
            and grammar.rule_line(nonblank[i + 1].text)
        )
        if framed or (
            head
            and _headline_like(head[0])
            and len(head[0].text.split()) >= 4
            and not is_lede(head[0])
            and not _paragraph(head[0])
            and any(
                grammar.byline_line(ln.text) or is_lede(ln) or _sentence_line(ln) for ln in after
            )
        ):
            heads.append(nonblank[i])
    if len(heads) >= 2 and len(heads) * 3 >= len(tagged) * 2:
        for line in heads:
            line.kicker = True
        if namer is record_name:
            _lone_tags(nonblank, heads)


def _sentence_line(line: Line) -> bool:
    """A line of story text: a long one, or a whole sentence of some length."""
    return len(line.text) >= 100 or (len(line.text) >= 60 and line.text.endswith(SENTENCE_ENDS))


def lone_name(text: str) -> str:
    """A supplier's name alone on its line, with a gloss in brackets or not ("Khaama Press
    (Afghan News Agency)"); '' for anything longer or dressed otherwise."""
    name = _NAME_GLOSS_RE.sub("", text.strip())
    if _DIGIT_RE.search(name) or name.endswith((".", ":", "?", "!")) or not _name_shaped(name):
        return ""
    return name


def _lone_tags(nonblank: list[Line], heads: list[Line]) -> None:
    """Where the dump's record lines stand first in their items, under the rule that parts
    them ("--- 2/4 ---" / "bdnews24.com | Bangladesh" / headline), a name alone in that place
    over another item's headline is that item's tag too ("Khaama Press (Afghan News Agency)")."""
    first = {
        id(nonblank[i + 1]) for i, ln in enumerate(nonblank[:-2]) if grammar.rule_line(ln.text)
    }
    if not all(id(h) in first for h in heads):
        return
    for i, ln in enumerate(nonblank[:-2]):
        if id(ln) not in first or ln.kicker or ln.kind != TEXT or not lone_name(ln.text):
            continue
        head = nonblank[i + 1]
        if _headline_like(head) and len(head.text.split()) >= 4 and not _paragraph(head):
            ln.kicker = True
            ln.tag = lone_name(ln.text)


#: "Saved page: https://...", "Saved from https://...": where a scraper saved the page that
#: follows (its address, the item's number in it).
SAVED_PAGE_RE = re.compile(
    # (">>> https://...", ">>> saved 05/12/2026 10:15  https://...": a scraper's mark)
    r"^>{2,}\s*(?:saved\s+[\d/.: -]{4,30}\s+)?(?:https?://|www\.)\S+$"
    # ("--- page 1/4 --- https://...": the page's number in its rule, then its address)
    r"|^[=#*~-]{2,}\s*(?:page|item|tab)\s+\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*[=#*~-]{2,}\s*"
    r"(?:https?://|www\.)\S+$"
    r"|^(?:[=#*~\[-]{2,}\s*)?"  # ("=== Saved page 1 of 3 | https://... | 05/12/2026 11:04 ===")
    r"(?:Saved(?: page| from)?|Page saved from|Archived from|Captured from|Source URL|Page URL|URL)"
    r"(?:\s+\d{1,3} of \d{1,3})?\s*[:|]?\s*(?:https?://|www\.)\S+"
    # ("[[ saved https://... 2026-12-05 16:07 ]]": the time it was saved)
    r"(?:\s+(?:\|\s+)?(?=[^|=\]]*\d)[^|=\]]{4,40}?)?(?:\s*[=#*~\]-]{2,})?$",
    re.IGNORECASE,
)


def _saved_pages(lines: list[Line]) -> None:
    """A scraper's line naming the page it saved starts that page: the story before it ends
    there, and the line is the new page's furniture (``segment`` reads it as a kicker)."""
    for line in lines:
        if "://" in line.text and line.kind in (TEXT, CHROME) and SAVED_PAGE_RE.match(line.text):
            line.kind = CHROME
            line.kicker = True


def _mark_wide_gaps(lines: list[Line]) -> None:
    """Layout statistics: a dump whose paragraphs are one blank line apart and whose stories
    are two or more apart ("relayout" keeps a dump's own blank lines between stories as two).
    Marked only where the wide gaps recur and are fewer than the narrow ones, so a stray extra
    blank line in a story is not taken for a story break."""
    gaps: list[tuple[int, int]] = []  # (blank lines, index of the line after them)
    run = 0
    for i, line in enumerate(lines):
        if line.kind == BLANK:
            run += 1
            continue
        if run and i > run:
            gaps.append((run, i))
        run = 0
    if not gaps:
        return
    narrow = min(n for n, _ in gaps)
    wide = [i for n, i in gaps if n > narrow]
    if narrow == 1 and 2 <= len(wide) <= len(gaps) - len(wide):
        for i in wide:
            lines[i].wide_gap = True


def _tag_items(text: str) -> bool:
    """A line of topic links: one short name, or several ("Madurai / monsoon / local news")."""
    if text.endswith((".", "!", "?", ":")):
        return False
    items = [p.strip() for p in re.split(r"\s[/|·•]\s|,\s", text)]
    return all(0 < len(p.split()) <= 4 for p in items) and (len(items) > 1 or len(text) <= 40)


def _tag_links(lines: list[Line]) -> None:
    """The topic links under "See more on" / "Tags", one short line each: chrome."""
    in_tags = False
    for line in lines:
        if line.kind == CHROME and grammar.TAGS_LABEL_RE.match(line.text):
            in_tags = True
        elif in_tags and line.kind == TEXT and _tag_items(line.text):
            line.kind = CHROME
        else:
            in_tags = False


def classify_line(raw: str, s: str, index=None) -> int:
    """``classify``, and the general grammar of sign-offs and page chrome besides."""
    kind = classify(raw, s)
    if kind != TEXT or len(s) > 600:
        return kind
    if (
        len(s) > 160
        and not s.startswith(_LONG_FURNITURE)
        and not _NOTE_TO_READERS_RE.search(s)
        and "third-party content" not in s  # a syndicator's notice, however long
        and not grammar.reader_appeal(s)  # "... without the support of our readers. ..."
    ):
        return kind  # a paragraph: only distributors' closing lines and copyright run this long
    if index is not None:
        folded = s.casefold()
        if folded in index.signoffs:
            return SIGNOFF
        if folded in index.chrome:
            return CHROME
        known = index.exact(s) if len(s) <= 40 else None
        if known is not None and (known.kind == "wire" or len(s) <= 6):
            return SIGNOFF  # a bare agency name or paper's initials on its own line: "AFP"
        words = s.split()
        if (
            2 <= len(words) <= 5
            and all((w.isupper() or w.islower()) and len(w) <= 4 for w in words[1:])
            and index.exact(words[0]) is not None
            and index.exact(words[0]).kind == "wire"
        ):
            return SIGNOFF  # the agency and its desk's codes: "PTI SUM HVA"
    if grammar.signoff(s):
        agency = grammar.signoff_agency(s)
        dash = s[:1] in "—–-/" and agency
        if not dash or agency.isupper() or (index is not None and index.exact(agency)):
            return SIGNOFF
    if grammar.chrome(s):
        return CHROME
    if grammar.breadcrumb(s):
        return SECTION  # "Economy > Agriculture": a section path
    return kind


#: A wire's note to its web readers, however long: "... website contains only a portion of the
#: news stories offered to subscribers ..."
_NOTE_TO_READERS_RE = re.compile(r"\bwebsite\b.{0,200}\bsubscri(?:bers?|ption)\b")

_LONG_FURNITURE = (
    "(",
    "View",
    "Cision",
    "To view",
    "For the",
    "SOURCE",
    "©",
    "Copyright",
    "COPYRIGHT",
    "Disclaimer",
    "All rights reserved",
    "ALL RIGHTS RESERVED",
    "Comments will be",  # the site's comment policy: "Comments will be moderated. Keep ..."
    "The source text of this announcement",  # a distributor's note on its translations
    "Comments are",
    "This information is",  # a service's notice: "This information is provided by RNS, ..."
    "This announcement is",
)


#: Subheadings of a release or a feature, never a new story's headline.
SUBHEAD_RE = re.compile(
    r"^(?:about\b|über (?:die|den|das)\b|à propos de\b|acerca de\b|informazioni su\b"
    r"|contacts?\b|media contacts?|investor|highlights|background|notes? to editors"
    r"|forward[- ]looking|safe harbou?r|key (?:facts|figures)|related|for more|q\s*&\s*a|faq"
    r"|what (?:is|are)|how to|why\b|who\b|quick facts|fact sheet|editor'?s note|source)",
    re.IGNORECASE,
)


def _headline_like(line: Line) -> bool:
    t = line.text
    return (
        line.kind == TEXT
        and 3 <= len(t) <= MAX_TITLE
        and not t.endswith((".", ",", ";", ":"))
        and (t[:1].isupper() or t[:1].isdigit() or t[:1] in "'‘\"“")
        and "@" not in t  # ("Contact: NAME, phone, name@firm.com": somebody to write to)
    )


_ASCII_DIGITS = str.maketrans("0123456789", "9" * 10)
_ASCII_LETTERS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "a" * 26 + "A" * 26
)


def line_shape(text: str) -> str:
    """A short line's shape: its first word as it is, then each word as its kind of letters
    and digits ("dpa ks xx" and "dpa mb xx" are both "dpa aa aa"; digits are always 9)."""
    # (str.translate for what the regexes did: \\d is any digit, [a-z] and [A-Z] only ASCII)
    digits = text.translate(_ASCII_DIGITS) if text.isascii() else re.sub(r"\d", "9", text)
    first, _, rest = digits.partition(" ")
    rest = rest.translate(_ASCII_LETTERS)
    return f"{first} {rest}" if rest else first


def coded_shape(text: str) -> str:
    """The shape of a line of codes, every word of it ("(AP) (Agenzia Fides 9/4/2026)" and
    "(DL) (Agenzia Fides 9/4/2026)" alike: the desk's initials change, the shape does not);
    '' for a line with no brackets, slashes or digits (words alone: a name, a headline)."""
    if not _CODED_RE.search(text):
        return ""
    if len(text) <= 40 and _BRACKETED_RE.match(text):
        # "(RMS/PIA-MIMAROPA Palawan)" and "(JAC/PIA-8 Leyte)": a desk's codes in brackets,
        # their words of any length and kind
        return "≈" + _WORDS_RE.sub("x", text)
    digits = text.translate(_ASCII_DIGITS) if text.isascii() else re.sub(r"\d", "9", text)
    return "~" + digits.translate(_ASCII_LETTERS)


_WORDS_RE = re.compile(r"\w+")


_CODED_RE = re.compile(r"[()/\[\]0-9]")
_BRACKETED_RE = re.compile(r"^[(\[][^\n]*[)\]]\.?$")


def repeated_signoffs(lines: list[Line]) -> set[str]:
    """Shapes of short lines that close a story again and again in this dump: each time after
    a paragraph, before a headline or the end of the file. An agency's sign-off that no rule
    knows ("Reuter", "— Kyodo", "dpa ks xx" / "dpa mb xx", "(ITALPRESS).", "(AP) (Agenzia
    Fides 9/4/2026)") is found because it repeats, word for word or in its shape."""
    shapes: dict[int, tuple[str, ...]] = {
        id(ln): (line_shape(ln.text), coded_shape(ln.text) if len(ln.text) <= 60 else "")
        for ln in lines
        if ln.kind == TEXT and len(ln.text) <= 100 and len(ln.text.split()) <= 14
    }
    counts = Counter(s for pair in shapes.values() for s in pair if s)
    candidates = {t for t, c in counts.items() if c >= 2 and not t.endswith((":", ","))}
    if not candidates:
        return set()
    nonblank = [ln for ln in lines if ln.kind not in (BLANK, CHROME)]
    closing: Counter = Counter()
    for i, ln in enumerate(nonblank):
        found = [s for s in shapes.get(id(ln), ()) if s in candidates]
        if not found or i == 0:
            continue
        before = nonblank[i - 1]
        ends_story = (
            before.kind == SIGNOFF
            # ("By NAME, Alliance News reporter" / "Comments and questions to ...")
            or grammar.byline_line(before.text)
        ) or (
            # a short line of its own after a finished paragraph ("Reuter", "— Kyodo"); a
            # longer or finished sentence only right after a sign-off ("Our Standards: ...")
            len(ln.text) <= 40
            and len(ln.text.split()) <= 5
            and (not ln.text.endswith(".") or _BRACKETED_RE.match(ln.text))
            and (len(before.text) >= 150 or before.text.endswith((".", "!", "?", '"', "”", ")")))
            and not grammar.byline_line(ln.text)
        )
        if ends_story and (
            _opens_story(nonblank, i + 1) or nonblank[i + 1].kind == SIGNOFF  # "- CAJ News / ENDS"
        ):
            closing.update(found)
    return {t for t, c in closing.items() if c >= 2}


def _opens_story(nonblank: list[Line], i: int) -> bool:
    """A story starts at ``nonblank[i]`` (or the file ends there): a headline, then a longer
    line that is a lede or a paragraph."""
    if i >= len(nonblank):
        return True
    after = nonblank[i]
    if not _headline_like(after):
        return False
    for nxt in nonblank[i + 1 : i + 4]:  # (past a byline and its desk: "By NAME", "OSV News")
        if (
            grammar.URL_ONLY_RE.match(nxt.text)
            or grammar.byline_line(nxt.text)
            or (len(nxt.text) <= 250 and grammar.photo_credit(nxt.text))
        ):
            continue  # (the story's web address under its headline, a meta line, a photo)
        if len(nxt.text) > len(after.text) and (len(nxt.text) >= 100 or is_lede(nxt)):
            return True
        if len(nxt.text) > 40 or nxt.text.endswith(SENTENCE_ENDS):
            return False
    return False


def repeated_boilerplate(lines: list[Line]) -> set[str]:
    """Longer lines that close story after story word for word: a supplier's disclaimer ("...
    website contains only a portion of the news stories offered to subscribers ..."). Each
    time it is the story's last line, a headline (or the end of the file) comes next."""
    counts = Counter(ln.text for ln in lines if ln.kind == TEXT and 60 < len(ln.text) <= 600)
    candidates = {t for t, c in counts.items() if c >= 2}
    if not candidates:
        return set()
    nonblank = [ln for ln in lines if ln.kind not in (BLANK, CHROME)]
    closing: Counter = Counter()
    for i, ln in enumerate(nonblank):
        if ln.text not in candidates or i == 0:
            continue
        before = nonblank[i - 1]
        # (a disclaimer of a paragraph's length may follow a contact line, and precede a line
        # or two of the supplier's short furniture: "View in full here.", the masthead)
        long = len(ln.text) >= 150
        if (
            before.kind == SIGNOFF or _paragraph(before) or (long and before.kind == TEXT)
        ) and _closes(nonblank, i + 1, 4 if long else 1):
            closing[ln.text] += 1
    return {t for t, c in closing.items() if c >= 2 and c == counts[t]}


def _closes(nonblank: list[Line], i: int, reach: int = 1) -> bool:
    """The story has ended at ``nonblank[i]``, or within ``reach`` lines past short ones: a
    sign-off or footer, or the next story's head."""
    for j in range(i, min(i + reach, len(nonblank) + 1)):
        if _opens_story(nonblank, j) or nonblank[j].kind in (SIGNOFF, FOOTER):
            return True
        if len(nonblank[j].text) > 40 or _paragraph(nonblank[j]):
            return False
    return False


def _credit_under_caption(prev: Line, line: Line) -> bool:
    """ "Keystone / Lea Brunner" straight under a sentence of a caption: the photo's credit, not a
    section path (a path stands over a headline, not under a finished sentence)."""
    return (
        prev.kind == TEXT
        and len(prev.text) <= 300
        and prev.text.endswith((".", "!", "?", ")"))
        and " / " in line.text
        and len(line.text.split(" / ")) == 2
    )


def _lost_section_dash(prev: Line, line: Line, nxt: Line) -> bool:
    """'SOCIAL AFFAIRS' between a teaser title and its summary 'ĐBP - ...': a section path
    whose final ' -' the chunker dropped."""
    s = line.text
    if len(s) > 60 or s.upper() != s or not any(ch.isalpha() for ch in s):
        return False
    if SECTION_RE.match(s + " -") is None or nxt.kind != TEXT:
        return False
    if prev.kind == BLANK and LEDE_ALIAS_RE.match(nxt.text):
        return True
    # "    Title / ECONOMY / Summary": a capitals line between a teaser's title and summary
    return (
        len(s) <= 40
        and prev.kind == TEXT
        and _headline_like(prev)
        and prev.indented
        and line.indented
        and nxt.indented
    )


def is_lede(line: Line) -> bool:
    """A story's first paragraph: it opens with a dateline or a paper's alias."""
    return _lede_text(line.text)


@lru_cache(maxsize=16384)
def _lede_text(t: str) -> bool:
    if LEDE_ALIAS_RE.match(t) or match_dateline(t) or grammar.dateline_line(t):
        return True  # (a dateline on its own line opens the story as its lede would)
    if "/" in t[:40] and len(t) >= 60 and grammar.SLASH_DATELINE_RE.match(t):
        return True  # "Kolkata/IBNS: The city's ..."
    d = grammar.dateline(t)
    return d is not None and d.strong and len(t) - d.end >= 40


def _paragraph(line: Line) -> bool:
    """A line of a story's text, not of its furniture."""
    t = line.text
    return len(t) >= 150 or (len(t) >= 30 and t.endswith(SENTENCE_ENDS))
