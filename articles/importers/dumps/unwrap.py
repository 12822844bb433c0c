"""Layout statistics: find how a dump marks its paragraphs, then lay it out the one way the rest
of the parser reads (one paragraph per line, a blank line between paragraphs).

Dumps come in three layouts:

* one paragraph per line, blank lines between paragraphs (scraped pages, most wires): left as
  it is;
* hard-wrapped (teletype and wire archives): most lines end within a few columns of one width,
  a line ends early only where a paragraph, a headline or a table row ends, and paragraphs are
  marked by a blank line or by indentation. Measured, then unwrapped: a line is joined to the
  next when the next line's first word would not have fitted on it;
* one paragraph per line with no blank lines at all: long lines that each end a sentence, each
  followed straight by a line starting a new sentence. A blank line is put between them.

Everything is decided from the dump's own statistics; nothing is known about any supplier.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import grammar
from .wordjoin import _zipf_any, join_separator, splits_figure

_SENTENCE_END = tuple('.!?"”’)')
_MIN_WIDTH, _MAX_WIDTH = 40, 100
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class Layout:
    kind: str  # "paragraph-lines" | "hard-wrapped" | "lines-no-blanks" | "mixed"
    width: int = 0  # the wrap width, for hard-wrapped text
    indent_marks: bool = False  # indentation opens a paragraph


def _lines(text: str) -> list[str]:
    return text.expandtabs(8).split("\n")


def measure(text: str, pieces: bool = True) -> Layout:
    """The layout of ``text``, from its line-length statistics. ``pieces``: count a wrapped
    line cut in two by the scraper as one (for a whole dump; a block alone is too short to
    tell such pieces from the rows of a table)."""
    lines = [ln.rstrip() for ln in _lines(text)]
    body = [ln for ln in lines if ln.strip()]
    if len(body) < 8:
        return Layout("paragraph-lines")
    lengths = [len(ln) for ln in body]
    short_enough = [n for n in lengths if n <= _MAX_WIDTH + 5]
    if len(short_enough) >= 0.9 * len(body):
        # the wrap width: the length most lines reach but few pass
        ranked = sorted(short_enough)
        width = ranked[int(0.95 * (len(ranked) - 1))]
        if _MIN_WIDTH <= width <= _MAX_WIDTH:
            # chunk cuts break wrapped lines in two: count the pieces, unless the dump has
            # lines far longer than the width (web paragraphs amid teletype copy: "mixed")
            long_lines = sum(1 for n in lengths if n > width + 5)
            near = (
                _near_width(body, width)
                if pieces and long_lines <= 0.02 * len(body)
                else sum(1 for n in lengths if width - 12 <= n <= width)
            )
            # lines that run on into the next without a blank line or a sentence end
            runs = sum(
                1
                for a, b in zip(lines, lines[1:], strict=False)
                if a.strip() and b.strip() and not a.endswith(_SENTENCE_END)
            )
            if near >= 0.4 * len(body) and runs >= 0.25 * len(body):
                indents = Counter(len(ln) - len(ln.lstrip()) for ln in body)
                base = min(indents)
                indented = sum(c for k, c in indents.items() if k > base)
                marks = 0.03 * len(body) <= indented <= 0.6 * len(body)
                return Layout("hard-wrapped", width, marks)
    # one paragraph per line, but no blank lines between them
    pairs = straight = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if len(a) >= 80 and a.endswith(_SENTENCE_END):
            pairs += 1
            if b.strip() and b.lstrip()[:1].isupper():
                straight += 1
    if pairs >= 4 and straight >= 0.6 * pairs:
        return Layout("lines-no-blanks")
    return Layout("paragraph-lines")


def _near_width(body: list[str], width: int) -> int:
    """How many lines reach the wrap width: alone, or with the next line when a chunk cut broke
    one wrapped line in two (the two pieces together reach it)."""
    reach = [width - 12 <= len(ln) <= width for ln in body]
    near = 0
    i = 0
    while i < len(body):
        if reach[i]:
            near += 1
        elif (
            0 < i < len(body) - 2
            and reach[i - 1]  # amid wrapped lines: the line before reached the width
            and not body[i].endswith(_SENTENCE_END)
            and not body[i + 1][:1].isspace()
            and width - 12 <= len(body[i]) + len(body[i + 1]) <= width + 1
        ):
            near += 2
            i += 1
        i += 1
    return near


def _split_word_rejoined(prev: str, s: str) -> bool:
    """ "vacci|nes": the halves make a word in common use (not "mln|dlrs": two words)."""
    left = prev.split()[-1] if prev.split() else ""
    right = re.match(r"[^\W\d_]+", s)
    if not (left.isalpha() and right):
        return False
    return _zipf_any((left + right.group(0)).lower()) >= 3.0 and join_separator(prev, s) == ""


def _first_word(line: str) -> str:
    m = _WORD_RE.search(line)
    return m.group(0) if m else ""


def _join_hyphen(a: str, b: str) -> str:
    """'alle-' + 'viating' -> 'alleviating'; 'placebo-' + 'controlled' keeps its hyphen."""
    left = a.split()[-1][:-1] if a.split() else ""
    right = re.match(r"[^\W\d_]+", b)
    right = right.group(0) if right else ""
    if left.isalpha() and right and right[0].islower():
        whole = _zipf_any((left + right).lower())
        # a common word on its own ("nation-|wide" -> "nationwide"), or more common than its
        # halves; "cease-|fire", "long-|term" keep their hyphens
        common = whole >= 3.5 or whole >= min(_zipf_any(left.lower()), _zipf_any(right.lower()))
        if whole > 0 and common:
            return a[:-1] + b
    return a + b


def unwrap_hard(text: str, layout: Layout) -> str:
    """Join the lines of each hard-wrapped paragraph; one paragraph per line. Where the dump
    separates its paragraphs with blank lines, lines that end early inside a block (a contact
    block, a list) stay lines of that block; otherwise every paragraph gets a blank line."""
    lines = [ln.rstrip() for ln in _lines(text)]
    width = layout.width
    blocks: list[list[str]] = [[]]
    cur: list[str] = []
    base = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    # the indent that opens a paragraph: the commonest one deeper than the base
    deeper = Counter(len(ln) - len(ln.lstrip()) for ln in lines if ln.strip())
    para_indent = max((k for k in deeper if k > base), key=lambda k: deeper[k], default=base + 1)
    nonblank = sum(1 for ln in lines if ln.strip())
    blank_lines = (len(lines) - nonblank) >= 0.1 * nonblank  # blank lines part paragraphs too
    blank_sep = not layout.indent_marks and blank_lines

    def flush(new_block: bool):
        if cur:
            blocks[-1].append(_glue(cur))
            cur.clear()
        if new_block and blocks[-1]:
            blocks.append([])

    prev_len = 0  # the length of the line before, as it was before any chunk cut
    wide: set[int] = set()  # blocks after two blank lines or more: the dump's story breaks
    run = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            flush(True)
            prev_len = 0
            run += 1
            continue
        if run >= 2 and any(blocks):
            wide.add(len(blocks) - 1)
        run = 0
        indent = len(line) - len(line.lstrip())
        if (
            layout.indent_marks
            and cur
            and base < indent < para_indent
            and (line.lstrip()[:1].islower() or lines[i - 1].rstrip().endswith((",", ";")))
        ):
            indent = base  # "... to manage| the money market": a cut before a space, no indent
        cut = False
        if cur:
            prev = lines[i - 1]
            # a chunk cut broke one line in two: both halves fit in one line, and the second
            # goes on in lower case ("We are not asking for|a bailout a second time")
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            figure = splits_figure(prev, s) and not grammar.is_stamp(s)  # ("No. 13742|5 Dec")
            # (the measured width is the 95th percentile of the lengths, a few columns short: a
            # word split in two, "vacci|nes", may make halves a little longer together)
            room = 4 if _split_word_rejoined(prev, s) else 1
            cut = (
                prev_len + len(s) <= width + room
                and (s[:1].islower() or figure)  # "... for|a bailout", "11:|02:17.55"
                and indent <= base
                and not prev.endswith(_SENTENCE_END)
                # "... Hoffenheim 2-0|dpa sp xx" then a blank line: a sign-off under a table
                and not (len(s) <= 30 and not nxt and not s.endswith(_SENTENCE_END))
            )
            if (
                not cut
                and layout.indent_marks
                and not blank_lines
                and indent <= base
                and not grammar.byline_line(s)
                and prev_len + len(s) <= width + 1
                and not (_furniture(prev) or _furniture(s) or _LABEL_START_RE.match(s))
                and prev.strip().isupper() == s.isupper()
            ):
                # where indentation alone opens a paragraph, an unindented line after one that
                # ended early is the rest of it, cut off by the scraper (", although ...")
                cut = True
            # the previous line was wrapped if this line's first word would not fit on it;
            # a line that would have taken the next word ended early, unless it is plainly
            # cut mid-sentence (the next line goes on in lower case or with a number)
            wrapped = (
                cut
                or prev_len + 1 + len(_first_word(s)) > width - 2
                or (
                    prev_len >= 0.75 * width
                    and not prev.endswith(_SENTENCE_END)
                    and (s[:1].islower() or s[:1].isdigit())
                )
            )
            new_para = not wrapped or _furniture(prev) or _furniture(s) or _LABEL_START_RE.match(s)
            if (
                new_para
                and wrapped
                and (s[:1].islower() or prev_len >= 0.85 * width)
                and not _furniture(s)
                and not prev.endswith(_SENTENCE_END)
                and prev.lstrip()[:1] in "©(™TC"
                and _furniture(prev)
            ):
                new_para = False  # "© 2026 X, Inc. All|rights reserved.": the notice, wrapped
            if prev.endswith(_SENTENCE_END) and len(s) <= 30 and not nxt:
                new_para = True  # "... a formality.|dpa mb xx" then a blank: a sign-off
            if layout.indent_marks and indent > base:
                new_para = True
            if prev.strip().isupper() != s.isupper() and len(prev.strip()) < width - 15:
                new_para = True
            if (
                prev.strip().isupper()
                and len(prev.split()) >= 4
                and not s.isupper()
                and not s[:1].islower()
                and not cut
            ):
                new_para = True  # "HEADLINE IN CAPITALS|Mogadishu (SONNA) - The ...": its lede
            if grammar.byline_line(s) and not cut:
                new_para = True  # "HEADLINE|By NAME": the byline is a line of its own
            if (
                not cut
                and len(cur) == 1
                and not prev.endswith(_SENTENCE_END)
                and (d := grammar.dateline(s)) is not None
                and d.strong
                and (d.agency or d.date)
            ):
                new_para = True  # "HEADLINE|Almaty. 5 December. KazTAG – The ...": its lede
            if cut and figure:
                new_para = False  # a figure cut in two is one whatever the line above is
            if new_para:
                flush(not blank_sep)
        if cut and cur:
            cur[-1] = cur[-1] + join_separator(cur[-1], s) + s  # glue the halves back
            prev_len += len(s) + (line[:1] == " ")
        else:
            cur.append(s)
            prev_len = len(line)
    flush(True)
    out = []
    for n, b in enumerate(blocks):
        if b:
            if out:
                out.append("\n\n\n" if n in wide else "\n\n")
            out.append("\n".join(b))
    return "".join(out) + "\n"


#: A line that opens with a one-word label ("Utl.: ...", "Note: ..."): a field of its own (a
#: wire's subtitle under its headline), not the wrapped end of the line above.
_LABEL_START_RE = re.compile(r"^[A-Z][a-z]{1,10}\.?:\s")


def _furniture(line: str) -> bool:
    """A wire's header, slug or sign-off: a line of its own, never wrapped into a paragraph;
    so is an item's header that opens with a rule or is parted by bars and ends with its stamp
    ("===== 1/5 LAKE EFFECT SNOW | CNN Newsource | 12/05/2026 09:58 AM")."""
    s = line.strip()
    return (
        grammar.chrome(s)
        or grammar.signoff(s)
        or bool(_RULED_HEAD_RE.match(s))
        or (" | " in s and grammar.ends_with_stamp(s))
        or len(_COLUMN_GAP_RE.findall(s)) >= 2  # a table's row: "SLUG    SOURCE    PRI"
        # an item's record in fields: "ITEM 1 OF 4  SRC: X  SLUG: Y  WDS 520" (two spaces
        # between fields, never after a sentence's end as a typist's double space)
        or len(_FIELD_GAP_RE.findall(s)) >= 2
    )


_COLUMN_GAP_RE = re.compile(r"\S {3,}(?=\S)")
_FIELD_GAP_RE = re.compile(r"[^\s.!?:;,\"”] {2}(?=[^\s])")


_RULED_HEAD_RE = re.compile(r"^(?:={3,}|-{3,}|#{3,}|\*{3,}|~{3,})\s*\S")


def _glue(parts: list[str]) -> str:
    out = parts[0]
    for s in parts[1:]:
        hyphen = out.endswith("-") and out[-2:-1].isalpha()
        out = _join_hyphen(out, s) if hyphen else f"{out} {s}"
    return out


def separate_lines(text: str) -> str:
    """One paragraph per line: a blank line between every two lines. Where the dump had a
    blank line of its own (between stories), two are kept, so the break is not lost. A
    release's boilerplate heading keeps what it heads as one paragraph, as a dump with blank
    lines prints it: "About X" with its line of text, "Contact Info:" with its contact lines."""
    out: list[str] = []
    gap = False
    glue = 0  # lines still to keep with the heading above: 1 after "About X", more for contacts
    contacts = False
    for line in text.split("\n"):
        if not line.strip():
            gap = bool(out)
            glue = 0
            continue
        s = line.strip()
        # (under "Contact:" its lines, the first of them maybe a name and a post: "NAME, CEO")
        named = (
            glue == _CONTACT_LINES and len(s) <= 60 and not s.endswith(_SENTENCE_END) and "," in s
        )
        joined = not gap and glue and (not contacts or grammar.contact_detail(s) or named)
        if out:
            out.append("\n" if joined else "\n\n\n" if gap else "\n\n")
        out.append(line)
        gap = False
        if joined:
            glue -= 1
        else:
            glue, contacts = _heads_boilerplate(s)
    return "".join(out) + "\n"


def _heads_boilerplate(line: str) -> tuple[int, bool]:
    """How many lines a boilerplate heading keeps with it, and whether only contact lines."""
    if len(line) > 70 or not grammar.BOILERPLATE_HEAD_RE.match(line):
        return 0, False
    if line.startswith(("About ", "Note")):
        return 1, False  # ("Notes to editors:" keeps its first note)
    return _CONTACT_LINES, True


#: How many lines a contact heading keeps with it at most.
_CONTACT_LINES = 6


_BLOCK_RE = re.compile(r"(?:[^\n]*\S[^\n]*\n?)+")


def wrapped_blocks(text: str) -> list[tuple[int, int, Layout]]:
    """Blocks (runs of lines between blank lines) hard-wrapped on their own in a dump laid
    out otherwise: one supplier's teletype copy between another's web pages. Each block is
    measured by itself: (start offset, end offset, its layout)."""
    out = []
    for m in _BLOCK_RE.finditer(text):
        block = m.group(0)
        if block.count("\n") < 7:
            continue
        layout = measure(block, pieces=False)
        if layout.kind == "hard-wrapped" and _runs_on(block):
            out.append((m.start(), m.end(), layout))
    return out


def _runs_on(block: str) -> bool:
    """Wrapped prose goes on in lower case on the next line about as often as its words are
    in lower case; a list of titles (each capitalised, some printed twice) does not. Text in
    capitals (teletype) says nothing either way."""
    lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
    letters = [c for c in block if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
        return True
    runs = [b for a, b in zip(lines, lines[1:], strict=False) if not a.endswith(_SENTENCE_END)]
    return bool(runs) and sum(b[:1].islower() or b[:1].isdigit() for b in runs) >= 0.2 * len(runs)


def relayout(text: str) -> tuple[str, Layout]:
    """The text laid out as one paragraph per line with blank lines between, and what it was."""
    layout = measure(text)
    if layout.kind == "hard-wrapped":
        return unwrap_hard(text, layout), layout
    if layout.kind == "lines-no-blanks":
        return separate_lines(text), layout
    blocks = wrapped_blocks(text)
    if not blocks:
        return text, layout
    out, last = [], 0
    for start, end, local in blocks:
        out.append(text[last:start])
        out.append(unwrap_hard(text[start:end], local).rstrip("\n") + "\n")
        last = end
    out.append(text[last:])
    return "".join(out), Layout("mixed", blocks[0][2].width, blocks[0][2].indent_marks)
