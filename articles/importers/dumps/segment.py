"""Cut the repaired text into lines, classify them, and split the dump into article segments.

A segment is one story or page: its content lines (title, paragraphs, captions, byline), an
optional closing footer ("Source: ..."), distribution line, and a tail of page furniture
(comment box, "Recent news" teasers). Segments end at footers, at the end of a teaser list, at
a wire story's "./." when no footer follows, and before the title of a new lede.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .markers import (
    AGENCY_DATELINE_RE,
    BULLET_RE,
    CHROME_RE,
    DISTRIBUTION_RE,
    LEDE_ALIAS_RE,
    SECTION_RE,
    SOURCE_FOOTER_RE,
    TEASER_HEADER_RE,
    WIRE_END_MARK,
)

BLANK, TEXT, FOOTER, DISTRIB, CHROME, HEADER, BULLET, SECTION = range(8)
_MAX_TITLE = 250


@dataclass(slots=True)
class Line:
    start: int  # offset in the text
    raw: str
    text: str  # stripped
    kind: int

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

    def blocks(self) -> list[list[Line]]:
        """Content lines grouped into blocks separated by blank lines."""
        out: list[list[Line]] = []
        cur: list[Line] = []
        for line in self.content:
            if line.kind == BLANK:
                if cur:
                    out.append(cur)
                    cur = []
            else:
                cur.append(line)
        if cur:
            out.append(cur)
        return out

    def span(self) -> tuple[int, int]:
        lines = [ln for ln in self.content if ln.kind != BLANK]
        if self.footer:
            lines.append(self.footer)
        if self.distribution:
            lines.append(self.distribution)
        if not lines:
            return (0, 0)
        return (min(ln.start for ln in lines), max(ln.end for ln in lines))


def classify(raw: str) -> int:
    s = raw.strip()
    if not s:
        return BLANK
    if len(s) <= 120:
        if SOURCE_FOOTER_RE.match(s):
            return FOOTER
        if "Distribution" in s and DISTRIBUTION_RE.match(s):
            return DISTRIB
        if len(s) <= 60 and CHROME_RE.match(s):
            return CHROME
        if len(s) <= 40 and TEASER_HEADER_RE.match(s):
            return HEADER
        if s.endswith("-") and s.upper() == s and SECTION_RE.match(s):
            return SECTION
    if BULLET_RE.match(raw) and not s[1:].lstrip()[:1].isdigit():
        return BULLET
    return TEXT


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, raw, raw.strip(), classify(raw)))
        pos += len(raw) + 1
    return lines


def is_lede(line: Line) -> bool:
    return bool(LEDE_ALIAS_RE.match(line.text) or AGENCY_DATELINE_RE.match(line.text))


def _next_nonblank(lines: list[Line], i: int, limit: int) -> list[Line]:
    out = []
    for j in range(i + 1, len(lines)):
        if lines[j].kind != BLANK:
            out.append(lines[j])
            if len(out) >= limit:
                break
    return out


def _teaser_ahead(lines: list[Line], i: int) -> bool:
    """A section path ("NEWS - POLITICS -") comes within the next few lines."""
    for line in _next_nonblank(lines, i, 4):
        if line.kind == SECTION:
            return True
        if line.kind != TEXT or len(line.text) > 400 or is_lede(line):
            return False
    return False


class _Splitter:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.segments: list[Segment] = []
        self.cur = Segment()
        self.tail_state = ""  # last teaser part seen: "", "title", "section", "summary"

    def close(self) -> None:
        if self.cur.content or self.cur.tail or self.cur.footer or self.cur.distribution:
            self.segments.append(self.cur)
        self.cur = Segment()
        self.tail_state = ""

    def run(self) -> list[Segment]:
        mode = "content"
        i = 0
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            if mode == "tail":
                if self._tail_line(i):
                    i += 1
                    continue
                self.close()
                mode = "content"
            if self._content_line(i):
                mode = "tail"
            i += 1
        self.close()
        return self.segments

    # -- content ---------------------------------------------------------------------------
    def _content_line(self, i: int) -> bool:
        """Handle a line in content mode; True when the page's tail (chrome/teasers) starts."""
        line, cur = self.lines[i], self.cur
        k = line.kind
        if k == BLANK:
            cur.content.append(line)
            return False
        if k == FOOTER:
            cur.footer = line
            self.close()
            return False
        if k == DISTRIB:
            cur.distribution = line
            self.close()
            return False
        if k in (CHROME, HEADER) or (k == BULLET and _teaser_ahead(self.lines, i)):
            cur.tail.append(line)
            self.tail_state = "title" if k == BULLET else ""
            return True
        if k == SECTION:  # teasers without bullet or header: the title line goes too
            blocks = cur.blocks()
            if blocks and len(blocks[-1]) == 1 and len(blocks) > 1:
                idx = cur.content.index(blocks[-1][0])
                cur.tail.extend(cur.content[idx:])
                del cur.content[idx:]
            cur.tail.append(line)
            self.tail_state = "section"
            return True
        if i == 0 or self.lines[i - 1].kind == BLANK:
            self._maybe_split_before(i)
        self.cur.content.append(line)
        return False

    def _maybe_split_before(self, i: int) -> None:
        line = self.lines[i]
        blocks = self.cur.blocks()
        if not blocks:
            return
        if blocks[-1][-1].text.endswith(WIRE_END_MARK):
            ahead = _next_nonblank(self.lines, i, 2)
            if all(ln.kind == TEXT for ln in ahead) and len(ahead) == 2:
                self.close()  # a wire story without its footer
            return
        if len(blocks) >= 3 and is_lede(line):
            title = blocks[-1]
            if len(title) == 1 and len(title[0].text) <= _MAX_TITLE and not is_lede(title[0]):
                idx = self.cur.content.index(title[0])
                moved = self.cur.content[idx:]
                del self.cur.content[idx:]
                self.close()
                self.cur.content.extend(moved)

    # -- tail ------------------------------------------------------------------------------
    def _tail_line(self, i: int) -> bool:
        """Keep a line in the tail (True) or end the tail (False: a new segment begins)."""
        line = self.lines[i]
        k = line.kind
        tail = self.cur.tail
        if k == BLANK or k in (CHROME, HEADER):
            tail.append(line)
            return True
        if k == BULLET:
            tail.append(line)
            self.tail_state = "title"
            return True
        if k == SECTION:
            tail.append(line)
            self.tail_state = "section"
            return True
        if k in (FOOTER, DISTRIB):
            return False
        state = self.tail_state
        if state == "section" or (line.indented and state in ("title", "summary")):
            tail.append(line)
            self.tail_state = "summary" if state != "title" else "title"
            return True
        if state == "title" and _teaser_ahead(self.lines, i):
            tail.append(line)  # the title repeated, before its section path
            return True
        if _teaser_ahead(self.lines, i):
            tail.append(line)  # a teaser without bullet
            self.tail_state = "title"
            return True
        return False


def segment(lines: list[Line]) -> list[Segment]:
    return _Splitter(lines).run()
