"""Split the dump's marked lines (``lines``) into article segments.

A segment is one story or page: its content lines (title, paragraphs, captions, byline), an
optional closing footer ("Source: ..."), distribution line, and a tail of page furniture
(comment box, "Recent news" teasers). Segments end at footers, at the end of a teaser list, at
a wire story's "./." when no footer follows, and before the title of a new lede.
"""

from __future__ import annotations

import re
from collections import Counter

from . import grammar
from .grammar import is_contact
from .lines import (
    _GLUED_ENDS,
    _LABEL_LINE_RE,
    BLANK,
    BULLET,
    CHROME,
    DISTRIB,
    FOOTER,
    GLUED_END_RE,
    HEADER,
    MAX_TITLE,
    SECTION,
    SIGNOFF,
    SUBHEAD_RE,
    TEXT,
    Line,
    Segment,
    _headline_like,
    _paragraph,
    is_lede,
)
from .markers import WIRE_END_MARK, match_dateline
from .pages import (
    hand_back_before_rule,
    hand_back_contacts,
    hand_back_trailer,
    hand_over_after_rule,
    split_at_rules,
    trailer_line,
)


def _deck_line(line: Line) -> bool:
    """A subheadline: five words or more, no sentence ended, no contact."""
    t = line.text.strip("_* ")
    return (
        line.kind == TEXT
        and len(t.split()) >= 5
        and len(t) <= 250
        and not t.endswith((".", ":", ";", ","))
        and "@" not in t
        and not t[:1].islower()
    )


def _deck_block(block: list[Line]) -> bool:
    return all(_deck_line(ln) for ln in block)


def _between_head_and_lede(line: Line) -> bool:
    t = line.text
    if len(t.split()) <= 4 and grammar.page_byline(t) == t:
        return True  # a name under the headline
    return is_head_line(line) or (
        len(t) <= 400 and bool(grammar.photo_credit(t) or grammar.BRACKET_CREDIT_RE.search(t))
    )


def _head_block(block: list[Line]) -> bool:
    """A headline with its byline under it, in one block: "TITLE / By NAME"."""
    return (
        len(block) >= 2
        and _headline_like(block[0])
        and not grammar.byline_line(block[0].text)
        and all(is_head_line(ln) for ln in block[1:])
    )


def is_head_line(line: Line) -> bool:
    """A line that may stand between a headline and its lede: a byline."""
    return grammar.byline_line(line.text)


def _next_nonblank(lines: list[Line], i: int, limit: int) -> list[Line]:
    out = []
    for j in range(i + 1, len(lines)):
        if lines[j].kind != BLANK:
            out.append(lines[j])
            if len(out) >= limit:
                break
    return out


def _text_under(lines: list[Line], i: int) -> bool:
    """A story's text comes under the byline at ``i`` (past its desk or a stamp), not a
    sign-off: a byline under a story's last lines closes it ("12-month change: up 8.4%" / "By
    NAME, Alliance News reporter" / "Comments and questions to ...")."""
    for line in _next_nonblank(lines, i, 3):
        if (
            line.kind in (SIGNOFF, FOOTER, DISTRIB)
            or line.kind == CHROME
            and grammar.rule_line(line.text)
        ):
            return False
        if line.kind == TEXT and (_paragraph(line) or is_lede(line)):
            return True
    return True


def _teaser_ahead(lines: list[Line], i: int) -> bool:
    """A section path ("NEWS - POLITICS -") comes within the next few lines."""
    for line in _next_nonblank(lines, i, 4):
        if line.kind == SECTION:
            return True
        if line.kind != TEXT or len(line.text) > 400 or is_lede(line):
            return False
    return False


def _section_name(text: str) -> bool:
    """One or two capitalised words, no sentence: a section's name ("Environment")."""
    words = text.split()
    return (
        1 <= len(words) <= 2
        and len(text) <= 30
        and text[:1].isupper()
        and not any(ch in text for ch in ".:;!?,|/>")
    )


def _head_furniture(line: Line) -> bool:
    """A short line of a page's head: a menu item, the headline, a deck, a dateline."""
    t = line.text
    return (
        line.kind == TEXT
        and len(t.split()) <= 20
        and not t.endswith((".", "!", "?", '"', "”", ":"))
        and not is_lede(line)
    )


def _page_ahead(lines: list[Line], i: int) -> bool:
    """A new page or story starts at line ``i``: a lede or a long paragraph comes at it or
    within the next few lines (chrome, bylines and photos skipped), and the story goes on after
    it; a teaser's one-line summary is followed by the next teaser instead."""
    ahead = [lines[i], *_next_nonblank(lines, i, 8)]
    heads: list[int] = []  # where the lines shaped like a headline stand in the head
    pos = 0  # (counted past stamps: "HEADLINE / its stamp / its deck" is one head)
    for n, line in enumerate(ahead):
        furniture = _head_furniture(line)
        stamped = grammar.ends_with_stamp(line.text)  # "Philippine Daily Inquirer / 05:12 AM"
        between = None  # (a byline or a credit: asked only where it decides)
        if not stamped and furniture and len(line.text.split()) >= 4:
            between = _between_head_and_lede(line)
            if not between:
                heads.append(pos)
        pos += not (stamped or grammar.is_stamp(line.text))
        if n and (
            line.kind in (CHROME, FOOTER)
            or furniture
            or (between if between is not None else _between_head_and_lede(line))
        ):
            continue
        nxt = ahead[n + 1] if n + 1 < len(ahead) else None
        caption = line.kind == TEXT and line.text.endswith(".") and not is_lede(line)
        if (
            n
            and caption
            and len(line.text) < 150
            and nxt is not None
            and nxt.kind == TEXT
            and (is_lede(nxt) or len(nxt.text) >= 200)
        ):
            continue  # a photo's caption with no credit, right above the lede
        if heads and heads[-1] - heads[0] >= len(heads):
            return False  # two headlines apart: a teaser, then the next page's own headline
        if line.kind != TEXT or not (
            is_lede(line) or len(line.text) >= 200 or (_paragraph(line) and len(line.text) >= 100)
        ):
            if n == 0:
                continue  # the headline itself
            return False
        d = grammar.dateline(line.text)
        if d is not None and d.agency and d.strong:
            return True  # "Berlin (dpa) - Results ... (home team first):" over a table
        after = next((ln for ln in ahead[n + 1 :] if ln.kind != CHROME), None)
        if after is None:
            return len(line.text) >= 200
        if after.kind in (SECTION, HEADER, BULLET):
            return False
        return after.kind != TEXT or _paragraph(after) or _between_head_and_lede(after)
    return False


#: The first item of a site's breadcrumb, whatever its language.
_HOME_WORDS = frozenset({"home", "trang chủ", "startseite", "inicio", "accueil", "início"})


def _menu_line(text: str) -> bool:
    """A site's menu: items between bars ("News | Local | Pacific"), or between slashes
    ("Home / City / Culture / Economy")."""
    if grammar.bar_menu(text):
        return True
    items = text.split(" / ")
    return len(items) >= 4 and all(0 < len(it.split()) <= 3 for it in items) and len(text) <= 120


def _site_banner_line(line: Line) -> bool:
    """A site's name with its tagline ("Daily Mirror - Sri Lanka Latest Breaking News"), or its
    name in capitals: a line that stands over a site's menu."""
    t = line.text
    if line.kind != TEXT or len(t) > 80 or t.endswith((".", "!", "?", ":", ",")):
        return False
    return " - " in t or (t.isupper() and len(t.split()) <= 5)


def _stamp(line: Line) -> bool:
    return len(line.text) <= 80 and grammar.is_stamp(line.text)


def head_evidence(line: Line) -> bool:
    """A line that stands under a page's headline only: a stamp, a byline, "Published on
    DATE ...", or a short line ending with a full date."""
    t = line.text
    if _stamp(line) or grammar.byline_line(t) or grammar.STAMP_LABEL_RE.match(t):
        return True
    if len(t) <= 60 and grammar.STAFF_LINE_RE.match(t):
        return True  # "Staff writer, with CNA": a desk's byline
    return len(t) <= 80 and grammar.ends_with_date(t)


def _menu(text: str) -> bool:
    """A line of links: "News | Sport | Opinion", "Business > Economy", or four or more items
    set apart by runs of spaces ("Deutsch  Français  Italiano  Español")."""
    return (
        text.count("|") >= 2
        or " > " in text
        or " » " in text
        or ("  " in text and len(re.split(r"\s{2,}", text)) >= 4)
    )


def _crumb(text: str) -> bool:
    """ "Home > Business", "Home › National", "Home » Tourism": the page's breadcrumb."""
    return any(mark in text for mark in (">", "›", "»"))


def _captionish(line: Line) -> bool:
    """A photo's caption or a line of chrome between a page's head and its first paragraph."""
    t = line.text
    return line.kind == CHROME or (
        len(t) <= 300
        and not is_lede(line)
        and bool(
            grammar.photo_credit(t)
            or grammar.BRACKET_CREDIT_RE.search(t)
            or (t.endswith(".") and len(t) < 150)
            or len(t.split()) <= 3
        )
    )


def _story_start(line: Line) -> bool:
    return line.kind == TEXT and (is_lede(line) or (_paragraph(line) and len(line.text) >= 80))


def _credited_above(lines: list[Line], j: int) -> bool:
    """Line ``j`` is a photo's caption whose credit stands on the next line."""
    return (
        j + 1 < len(lines)
        and lines[j + 1].kind != BLANK
        and grammar.credit_below(lines[j].text, lines[j + 1].text)
    )


def head_cluster(lines: list[Line], i: int) -> int | None:
    """The index of the headline of a page's head starting at line ``i`` (``page_head``)."""
    found = page_head(lines, i)
    return found[0] if found else None


def page_head(lines: list[Line], i: int) -> tuple[int, int | None] | None:
    """A page's head starts at line ``i``: one block of short lines (kickers, the headline, a
    deck, a byline, a date stamp, buttons) in which a headline is followed by a date stamp or
    a "By" line (or a "Published on DATE" line), with the story after the block (past a
    caption or chrome) or as its last lines. The index of the headline in ``lines`` and of
    the story's first line where it stands in the head's block, or None.

    Layout evidence, not any supplier's wording: "Business / Retail industry / HEADLINE /
    deck / Owen Pennick / Tue 18 Nov 2025 16.42 GMT / Share", "News / HEADLINE / Tuesday,
    November 18, 2025 / By NAME", "HEADLINE / By NAME, role / Published: 18 November 2025".
    """
    block: list[int] = []
    j = i
    story = None  # the story's first paragraph, when it stands in the head's own block
    while j < len(lines) and lines[j].kind != BLANK:
        if len(block) >= 3 and _story_start(lines[j]) and not _credited_above(lines, j):
            story = j
            break
        if len(block) == 16 or len(lines[j].text) > 250:
            return None
        block.append(j)
        j += 1
    if len(block) < 2:
        return None
    head = None
    for n, k in enumerate(block):
        line = lines[k]
        words = len(line.text.split())
        if head is not None:
            if head_evidence(line):
                break
            if _menu(line.text):
                head = None  # a menu under it: that was the site's masthead, not a headline
            continue
        if _menu(line.text):
            continue  # "News | Middle East | Opinion", "Business > Economy"
        if (
            words >= 4
            and line.kind == TEXT
            and _headline_like(line)
            and not _stamp(line)
            and not grammar.DATE_IN_RE.search(line.text)  # "Thu, 15 Jan 2026 Today's Paper"
            and not grammar.byline_line(line.text)
            and not grammar.page_byline(line.text)
            and not is_lede(line)
        ):
            head = n
            continue
        if words > 4:
            return None  # a sentence before any headline: not a head
    if head is None:
        return None
    # "09 Dec 2025 / HEADLINE / Source: X / NAME": a stamp over the headline, more under it
    stamped_above = head < len(block) - 1 and any(_stamp(lines[k]) for k in block[:head])
    if head == len(block) - 1:
        # the headline ends its block: its byline and stamp may stand in the next block, under a
        # photo ("HEADLINE", then "HEADLINE again / caption / NAME / Short Url / Updated DATE")
        j = block[-1] + 1
        while j < len(lines) and lines[j].kind == BLANK:
            j += 1
        more: list[int] = []
        while j < len(lines) and lines[j].kind != BLANK and len(more) <= 8:
            if len(lines[j].text) > 250 or is_lede(lines[j]):
                return None
            more.append(j)
            j += 1
        if not more or (j < len(lines) and lines[j].kind != BLANK):
            return None
        block = block + more
    evidence = stamped_above
    decks = 0
    for k in block[head + 1 :]:
        line = lines[k]
        if head_evidence(line):
            evidence = True
        elif (
            line.kind == CHROME
            or len(line.text.split()) <= 6
            or grammar.bar_menu(line.text, least=2)
        ):
            continue  # buttons, a name, a role
        elif grammar.photo_credit(line.text):
            continue  # a photo's caption
        elif evidence and line.text.endswith((".", "!", "?")):
            continue  # "Log in, register or subscribe to save articles for later."
        elif evidence or decks:
            return None  # a second headline after a stamp: a list of teasers
        else:
            decks += 1
    if not evidence:
        return None
    if story is not None:
        return block[head], story
    ahead = _next_nonblank(lines, block[-1], 8)
    for line in ahead:
        if line.kind in (HEADER, SECTION, BULLET, FOOTER, SIGNOFF):
            return None  # "Most read": teasers follow
        if _story_start(line):
            return block[head], None
        if not _captionish(line):
            return None
    return None


#: A rule that ends a page, its teasers too: "==========", "##########", a long dashed rule.
_PAGE_END_RE = re.compile(r"^(?:([=#*_~])\1{7,}|-{20,})$")


class _Splitter:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.segments: list[Segment] = []
        self.cur = Segment()
        self.tail_state = ""  # last teaser part seen: "", "title", "section", "summary"
        self.header_seen = False  # the tail has a teaser header ("Related news")
        self.absorb_next = False  # a sign-off ending in ":" takes the paragraph after it
        self.after_signoff = False  # the last line was a sign-off (or a contact after one)
        self.carry: list[Line] = []  # lines of the tail that belong to the next page's head
        self.inline: set[int] = set()  # ids of teaser titles met amid a story
        self.closing_labels = False  # a footer or end mark just closed the story
        self.heads: dict[int, tuple[int, int | None] | None] = {}  # page_head by line
        # blocks of the current segment's content, kept up to date as lines arrive
        self.n_blocks = 0
        self.last_block: list[Line] = []
        self.last_start = 0  # index in cur.content where the last block starts
        # rules the dump draws again and again ("~~~~~", "* * *"): its own break between stories
        rules = Counter(
            ln.text
            for ln in lines
            if ln.kind == CHROME and ln.text[:1] in "-=_*#~" and grammar.rule_line(ln.text)
        )
        self.separators = {t for t, c in rules.items() if c >= 2}

    def close(self) -> None:
        if self.cur.content or self.cur.tail or self.cur.footer or self.cur.distribution:
            self.segments.append(self.cur)
        self.cur = Segment()
        self.cur.chrome.extend(self.carry)
        self.carry = []
        self.tail_state = ""
        self.header_seen = False
        self.n_blocks, self.last_block, self.last_start = 0, [], 0

    def add(self, line: Line) -> None:
        """Append a content line, keeping track of blocks."""
        content = self.cur.content
        if line.kind != BLANK:
            if not content or content[-1].kind == BLANK or line.opens_block:
                self.n_blocks += 1
                self.last_block = []
                self.last_start = len(content)
            self.last_block.append(line)
        content.append(line)

    def _label_under_head(self, i: int) -> bool:
        """The footer-shaped line ``i`` ("Source: X") stands straight under a headline that
        opens a block of its own after a story's text, with a paragraph under it."""
        prev = self.lines[i - 1] if i else None
        if (
            prev is None
            or prev.kind != TEXT
            or self.last_block != [prev]
            or self.n_blocks < 2
            or not _headline_like(prev)
            or _paragraph(prev)
            or len(prev.text.split()) < 4
        ):
            return False
        before = self.cur.content[: self.last_start]
        after = _next_nonblank(self.lines, i, 1)
        return any(_paragraph(ln) for ln in before) and bool(after) and _paragraph(after[0])

    def take_last_block(self) -> list[Line]:
        """Remove the last block (and what follows it) from the content."""
        moved = self.cur.content[self.last_start :]
        del self.cur.content[self.last_start :]
        self.n_blocks -= 1
        self.last_block = []
        return moved

    def run(self) -> list[Segment]:
        mode = "content"
        i = 0
        lines = self.lines
        while i < len(lines):
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
        if id(line) in self.inline:
            return False  # a title under "Read also" amid the story, kept with its teasers
        if self._closing_label(i):
            self.segments[-1].chrome.append(line)  # "City/Town: Ashland", "Link: https://..."
            return False
        if line.kind != BLANK and (i == 0 or self.lines[i - 1].kind == BLANK):
            self._open_head(i)
            cur = self.cur
        k = line.kind
        if self.absorb_next and k == TEXT and self.segments and not cur.content:
            self.segments[-1].signoffs.append(line)
            return False
        if (
            k == TEXT
            and self.after_signoff
            and not any(ln.kind != BLANK for ln in cur.content)
            and len(line.text) <= 300
            and ("@" in line.text or is_contact(line.text))
        ):
            self.segments[-1].content.append(line)  # "For further information: ... @ ..."
            return False
        if k != BLANK:
            self.absorb_next = False
            self.after_signoff = k == SIGNOFF or (
                self.after_signoff
                and k == TEXT
                and not any(ln.kind != BLANK for ln in cur.content)
                and ("@" in line.text or is_contact(line.text))
            )
        if k == BLANK:
            self.add(line)
            return False
        if k == FOOTER and self._label_under_head(i):
            # "HEADLINE / Source: X" over the next item, after the last one's text: the next
            # item's head and its label, not the last one's footer
            head = self.take_last_block()
            self.close()
            for ln in head:
                self.add(ln)
            self.cur.footer = line
            return False
        if k == FOOTER:
            cur.footer = line
            head = not any(_paragraph(ln) for ln in cur.content)
            started = any(ln.kind != BLANK for ln in cur.content)
            if (
                head
                and started
                and any(_story_start(ln) for ln in _next_nonblank(self.lines, i, 2))
            ):
                return False  # "HEADLINE / Source: Kazinform / NAME / lede": its label
            self.close()
            return False
        if k == DISTRIB:
            cur.distribution = line
            self.close()
            return False
        if k == SIGNOFF:
            self._signoff(line)
            return False
        if line.kicker:
            self._kicker(line)
            return False
        if k == CHROME and self._inline_chrome(i):
            cur.chrome.append(line)
            return False
        if k == HEADER and self._inline_teasers(i):
            return False
        if (
            k == CHROME
            and self.n_blocks > 1
            and len(self.last_block) == 1
            and _site_banner_line(self.last_block[0])
            and grammar.bar_menu(line.text)
            and ":" not in line.text
            and any(_paragraph(ln) for ln in cur.content)
        ):
            # "Daily Mirror - Sri Lanka Latest Breaking News" over "Daily FT | Sunday Times |
            # ...": the next site's banner and menu, under the story before it
            banner = [ln for ln in self.take_last_block() if ln.kind != BLANK]
            self.close()
            self.cur.chrome.extend([*banner, line])
            return False
        if k in (CHROME, HEADER) or (k == BULLET and _teaser_ahead(self.lines, i)):
            cur.tail.append(line)
            self.tail_state = "title" if k == BULLET else ""
            self.header_seen = k != BULLET
            return True
        if k == SECTION and _crumb(line.text) and self._inline_chrome(i):
            cur.chrome.append(line)  # the page's own breadcrumb, above or in the story
            return False
        if k == SECTION and _page_ahead(self.lines, i):
            if any(_paragraph(ln) for ln in cur.content):
                self.close()  # the kicker over the next page's headline
            self.cur.chrome.append(line)  # "JAPAN / SOCIETY" over this page's headline
            return False
        if k == SECTION:  # teasers without bullet or header: the title line goes too
            if len(self.last_block) == 1 and self.n_blocks > 1:
                cur.tail.extend(self.take_last_block())
            cur.tail.append(line)
            self.tail_state = "section"
            return True
        if (
            line.wide_gap
            and _headline_like(line)
            and not is_lede(line)
            and not grammar.photo_credit(line.text)  # a photo's caption, with its credit
            and _page_ahead(self.lines, i)
        ):
            self._story_or_masthead()  # the dump's own story break, before a headline
        elif i == 0 or self.lines[i - 1].kind == BLANK:
            if self._glued_head_block(i) or self._dated_place_over_head(i):
                self.close()  # a block of head lines over the next story's first paragraph
            else:
                self._maybe_split_before(i)
        if self._glued_head(i):
            # "HEADLINE|Lisbon, Dec 9 (Lusa) - ...": a headline over its dateline lede, no
            # blank line between (or "HEADLINE|deck|lede": the headline over its deck)
            above = self._headline_over_deck(i)
            self._story_or_masthead()
            for head in above:
                self.add(head)
        self.add(line)
        if line.text.endswith(_GLUED_ENDS) and GLUED_END_RE.search(line.text) and self.n_blocks > 1:
            self.close()  # "... 84.5 percent. Enditem": the story ends on this line
        elif line.text.endswith(")") and self.n_blocks > 1 and self._credit_closes(i):
            self.close()  # "... an official said. (PNA)", then the next story's headline
        return False

    def _kicker(self, line: Line) -> None:
        """The dump's own kicker (``lines._repeated_kickers``): the story before it ends, and
        short lines above it with no story (a feed's banner) are furniture. The kicker opens
        the new story's head, where the head's reading (``shapes``) sets it aside."""
        if any(_paragraph(ln) for ln in self.cur.content):
            self.close()
        elif any(ln.kind != BLANK for ln in self.cur.content):
            self.cur.chrome.extend(ln for ln in self.cur.content if ln.kind != BLANK)
            self.cur.content.clear()
            self.n_blocks, self.last_block, self.last_start = 0, [], 0
        if line.kind == CHROME:
            self.cur.chrome.append(line)  # (the page's head, already read as such)
        else:
            self.add(line)

    def _story_or_masthead(self) -> None:
        """A story starts at the next line: the one before it ends, or, where there is none
        yet (no paragraph), what stands above is the dump's masthead."""
        if any(_paragraph(ln) for ln in self.cur.content):
            self.close()
        elif any(ln.kind != BLANK for ln in self.cur.content):
            if not self._contacts_of_last():
                self.cur.chrome.extend(ln for ln in self.cur.content if ln.kind != BLANK)
            self.cur.content.clear()
            self.n_blocks, self.last_block, self.last_start = 0, [], 0

    def _closing_label(self, i: int) -> bool:
        """Labelled lines straight under the footer or end mark that closed a story (no blank
        line between): the distributor's record of it, "City/Town: X", "Industry: Y",
        "Link: URL", not the start of the next story."""
        line = self.lines[i]
        closing = self.closing_labels
        self.closing_labels = line.kind in (FOOTER, DISTRIB, SIGNOFF)
        if not closing or line.kind not in (TEXT, CHROME) or self.cur.content or not self.segments:
            return False
        if len(line.text) > 200 or not _LABEL_LINE_RE.match(line.text):
            return False
        nxt = _next_nonblank(self.lines, i, 1)
        if (
            _headline_like(line)
            and nxt
            and (
                is_lede(nxt[0])
                or is_head_line(nxt[0])
                or (_paragraph(nxt[0]) and not _LABEL_LINE_RE.match(nxt[0].text))
            )
        ):
            return False  # "Feature: Chinese-built railway ...": the next story's headline
        self.closing_labels = True
        return True

    def _headline_over_deck(self, i: int) -> list[Line]:
        """Line ``i`` stands over the dateline lede; when the line straight above it is a
        headline too (four words or more, no sentence), ``i`` is its deck: the headline is
        taken out of the content, to open the story with it."""
        content = self.cur.content
        if i == 0 or not content or content[-1] is not self.lines[i - 1]:
            return []
        above = content[-1]
        if (
            above.kind != TEXT
            or not _headline_like(above)
            or len(above.text.split()) < 4
            or is_lede(above)
            or any(_paragraph(ln) for ln in self.last_block)
        ):
            return []
        content.pop()
        self.last_block = self.last_block[:-1]
        return [above]

    def _glued_head_block(self, i: int) -> bool:
        """Line ``i`` opens a block of two or more short lines, a headline among them (four
        words or more), then the next story's first paragraph in the same block, no blank line
        between ("MASTHEAD / tagline / HEADLINE / deck / lede ..."), after a story: a new story,
        whatever its lede looks like."""
        short: list[Line] = []
        j = i
        while j < len(self.lines) and self.lines[j].kind != BLANK and len(short) <= 6:
            line = self.lines[j]
            if len(line.text) >= 150 or is_lede(line):
                break
            if line.kind == TEXT and (
                len(line.text.split()) > 14 or line.text.endswith((".", "!", "?", ":"))
            ):
                return False
            short.append(line)
            j += 1
        else:
            return False
        texts = [ln for ln in short if ln.kind == TEXT]
        if len(texts) < 2 or not any(
            _headline_like(ln) and len(ln.text.split()) >= 4 for ln in texts
        ):
            return False
        paragraphs = (ln for ln in self.cur.content if _paragraph(ln))
        if next(paragraphs, None) is None or next(paragraphs, None) is None:
            return False  # no story before it (two paragraphs at least)
        first = self.lines[j].text
        names = [ln.text.split(",")[0] for ln in texts if 2 <= len(ln.text.split()) <= 4]
        if any(first.startswith(name) for name in names):
            return False  # the author's box: "NAME / NAME, role / NAME covers ..."
        return (
            len(texts) >= 2
            and any(_headline_like(ln) and len(ln.text.split()) >= 4 for ln in texts)
            and not any(is_contact(ln.text) or _LABEL_LINE_RE.match(ln.text) for ln in texts)
        )

    def _dated_place_over_head(self, i: int) -> bool:
        """ "December 4 - 2026 EL OBEID" over a headline, after a story: the next one starts."""
        ahead = _next_nonblank(self.lines, i, 1)
        return (
            bool(grammar.DATED_PLACE_RE.match(self.lines[i].text))
            and bool(ahead)
            and _headline_like(ahead[0])
            and any(_paragraph(ln) for ln in self.cur.content)
        )

    def _glued_head(self, i: int) -> bool:
        """A headline with its dateline lede straight under it, no blank line between, after
        a story: the next story starts at the headline."""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or nxt.kind != TEXT or not _headline_like(line) or is_lede(line):
            return False
        if is_head_line(line) or grammar.page_byline(line.text) == line.text:
            return False  # "By NAME" over the lede: the byline
        if grammar.photo_credit(line.text) or grammar.chrome(line.text):
            return False  # "Photo: (c) NAME / AGENCY FOTO" over the lede: its photo
        d = grammar.dateline(nxt.text)
        if not (d is not None and d.strong and (d.agency or d.date)) and not match_dateline(
            nxt.text
        ):
            return False
        return len(line.text.split()) >= 3

    def _page_head(self, i: int) -> tuple[int, int | None] | None:
        if i not in self.heads:
            self.heads[i] = page_head(self.lines, i)
        return self.heads[i]

    def _open_head(self, i: int) -> bool:
        """A page's head (``head_cluster``) starts at line ``i``: the story before it ends, and
        the short lines above its headline are the page's kickers."""
        found = self._page_head(i)
        if found is None:
            return False
        h, first = found
        if first is not None:
            self.lines[first].opens_block = True
        paragraphs = [ln for ln in self.cur.content if _paragraph(ln)]
        if len(paragraphs) >= 2 or (paragraphs and is_lede(paragraphs[0])):
            self.close()  # (a standfirst alone is not a story)
        elif not paragraphs and any(ln.kind == TEXT for ln in self.cur.content):
            if self._contacts_of_last():
                pass  # "Contact Information / NAME / address": the last release's, given back
            else:
                # short lines and no story above the head ("WEB http://...", a site's banner):
                # furniture between the last story and this page
                self.cur.chrome.extend(ln for ln in self.cur.content if ln.kind != BLANK)
            self.cur.content.clear()
            self.n_blocks, self.last_block, self.last_start = 0, [], 0
        for line in self.lines[i:h]:
            if line.kind == TEXT:
                line.kind = CHROME
        return True

    def _contacts_of_last(self) -> bool:
        """The short lines before this page's head are the last release's contact block, met
        after its tags ("Keywords: ... / Contact Information / NAME / address"): they go back
        to it (True)."""
        if not self.segments:
            return False
        text = [ln for ln in self.cur.content if ln.kind != BLANK]
        if not (
            text
            and SUBHEAD_RE.match(text[0].text)
            and len(text) <= 12
            and any(is_contact(ln.text) or "@" in ln.text for ln in text)
        ):
            return False
        self.segments[-1].content.extend(self.cur.content)
        return True

    def _signoff(self, line: Line) -> None:
        """A sign-off closes the story; one that follows another (or a footer) joins it."""
        cur = self.cur
        head = [ln for ln in cur.content if ln.kind != BLANK]
        if head and is_head_line(head[-1]) and not cur.tail:
            cur.chrome.append(line)  # "By NAME / United Press International": the byline's outlet
            return
        if (
            len(head) == 1
            and not cur.tail
            and _headline_like(head[0])
            and not is_lede(head[0])
            and len(line.text.split()) <= 4
        ):
            cur.chrome.append(line)  # "Headline / Reuters": the agency under its headline
            return
        if head or cur.tail:
            cur.signoffs.append(line)
            self.close()
        elif self.segments:
            self.segments[-1].signoffs.append(line)
        if line.text.endswith(":"):
            self.absorb_next = True  # "Legal Disclaimer:": its paragraph goes with it

    def _inline_chrome(self, i: int) -> bool:
        """Chrome amid the story (buttons under the headline, a date stamp, "Share:" between
        paragraphs): the story goes on after it, so it starts no tail."""
        if not any(_paragraph(ln) for ln in self.cur.content):
            return True  # still the page's head: masthead, menus, headline, stamp
        if self.lines[i].text in self.separators:
            prev = next((ln for ln in reversed(self.cur.content) if ln.kind != BLANK), None)
            nxt = next((ln for ln in self.lines[i + 1 :] if ln.kind not in (BLANK, CHROME)), None)
            if (
                prev is not None
                and _paragraph(prev)
                and nxt is not None
                and _headline_like(nxt)
                and not _paragraph(nxt)
                and not SUBHEAD_RE.match(nxt.text)  # "About X", "Über die X": the release's own
                and not grammar.BOILERPLATE_HEAD_RE.match(nxt.text)
            ):
                return False  # the dump's own rule between a story's end and a headline
        if 0 < i < len(self.lines) - 1 and BLANK not in (
            self.lines[i - 1].kind,
            self.lines[i + 1].kind,
        ):
            nxt = self.lines[i + 1].text
            if is_contact(nxt) or _LABEL_LINE_RE.match(nxt):
                return True  # "Email: Send Email" amid a contact block: the block goes on
        ahead = _next_nonblank(self.lines, i, 8)
        for n, line in enumerate(ahead):
            if line.kind == CHROME or id(line) in self.inline:
                continue  # (buttons; the titles of teasers amid the story)
            if line.kind != TEXT:
                return False
            if _paragraph(line) and not _between_head_and_lede(line):
                return True  # the story goes on after the buttons
            if is_head_line(line) or _between_head_and_lede(line):
                continue  # the byline, a photo: look past them
            if is_contact(line.text) or len(line.text.split()) <= 4 or SUBHEAD_RE.match(line.text):
                continue  # a web address, a label, "About the company"
            nxt, then = (ahead[n + 1 : n + 3] + [None, None])[:2]
            if (
                len(line.text.split()) <= 8
                and not line.text.endswith((".", "!", "?", ":"))
                and nxt is not None
                and nxt.kind == TEXT
                and len(nxt.text) >= 100
                and _paragraph(nxt)
                and not is_lede(nxt)
                and not (then is not None and is_lede(then))  # (a headline, standfirst, lede)
            ):
                continue  # a subheading over a paragraph of the same story ("Über die X GmbH")
            return False
        return False

    def _credit_closes(self, i: int) -> bool:
        """The paragraph at ``i`` ends with an agency's credit in brackets ("(PNA)") and a
        headline follows, then a story: the credit closes this story."""
        m = grammar.CLOSING_CREDIT_RE.search(self.lines[i].text)
        if not m or not m.group("name").isupper():
            return False
        ahead = _next_nonblank(self.lines, i, 3)
        if len(ahead) < 2 or not _headline_like(ahead[0]) or is_lede(ahead[0]):
            return False
        nxt = ahead[1]
        return is_lede(nxt) or is_head_line(nxt) or (nxt.kind == TEXT and len(nxt.text) >= 150)

    def _inline_teasers(self, i: int) -> bool:
        """ "Read also" amid a story: one to four titles under it (past a list's marks), then
        the story goes on with a paragraph (no lede, no byline): the titles are teasers, the
        story is not over."""
        if not any(_paragraph(ln) for ln in self.cur.content):
            return False
        window = _next_nonblank(self.lines, i, 12)
        ahead = [ln for ln in window if ln.kind != CHROME][:6]
        titles = []
        for ln in ahead:
            if ln.kind != TEXT or not _headline_like(ln) or _paragraph(ln) or len(titles) == 4:
                break
            if len(ln.text.split()) < 4:
                return False  # "ECONOMY": a teaser list with sections, the page's tail
            titles.append(ln)
        rest = ahead[len(titles) :]
        if (
            not titles
            or len(rest) < 2
            or any(ln.kind != TEXT or not _paragraph(ln) for ln in rest[:2])
        ):
            return False  # the story goes on for two paragraphs, or it is the page's tail
        if is_lede(rest[0]) or len(rest[0].text) < 100:
            return False
        skipped = [ln for ln in window if ln.kind == CHROME and ln.start < rest[0].start]
        if any(grammar.bar_menu(ln.text) or grammar.breadcrumb(ln.text) for ln in skipped):
            return False  # a site's menu before the text: the next page, not the story going on
        self.cur.tail.extend([self.lines[i], *titles])
        self.inline.update(id(t) for t in titles)
        return True

    def _maybe_split_before(self, i: int) -> None:
        line = self.lines[i]
        if not self.n_blocks:
            return
        last = self.last_block
        if last and last[-1].text.endswith(WIRE_END_MARK):
            ahead = _next_nonblank(self.lines, i, 2)
            if all(ln.kind == TEXT for ln in ahead) and len(ahead) == 2:
                self.close()  # a wire story without its footer
            return
        if is_lede(line) or (is_head_line(line) and _text_under(self.lines, i)):
            self._split_before_head(line)

    def _split_before_head(self, line: Line) -> None:
        """``line`` opens a story (a lede, or a byline): the headline before it, with any
        byline between, starts a new segment, if a story is there before them."""
        blocks = self._blocks_of_content()
        k = len(blocks)
        lede = grammar.dateline(line.text)
        closing = f"({lede.agency})" if lede is not None and lede.agency else None
        while (
            k > 1
            and not _head_block(blocks[k - 1])
            and (
                (len(blocks[k - 1]) == 1 and _between_head_and_lede(blocks[k - 1][0]))
                or (
                    # a deck stands under its headline: a short block shaped like one
                    _deck_block(blocks[k - 1])
                    and len(blocks[k - 2]) <= 2
                    and _headline_like(blocks[k - 2][0])
                )
            )
        ):
            if closing and blocks[k - 1][-1].text.rstrip(" .").endswith(closing):
                break  # "... next year. (ANI)": the story before ends here, credited as the next
            k -= 1  # bylines, photo captions and decks between the headline and the lede
        if k == 0:
            return
        while (
            k < len(blocks)
            and not _headline_like(blocks[k - 1][0])
            and _deck_block(blocks[k])
            and not (len(blocks[k]) == 1 and _between_head_and_lede(blocks[k][0]))
        ):
            k += 1  # what looked like a deck is the headline itself
        head = blocks[k - 1]
        title = head[0]
        if len(head) > 1 and not all(is_head_line(ln) or _deck_line(ln) for ln in head[1:]):
            return
        if k >= 2 and blocks[k - 2][-1].text.endswith(":"):
            return  # "For further information please contact:": what follows is its value
        if k - 1 < 2 or not _headline_like(title) and not title.text.isupper():
            return  # no story before it, or no headline
        if is_lede(title) or len(title.text) > MAX_TITLE:
            return
        if not any(_paragraph(ln) for b in blocks[1 : k - 1] for ln in b):
            return  # menus, a headline, decks: no story is there before it
        cut = next(j for j, ln in enumerate(self.cur.content) if ln is title)
        moved = self.cur.content[cut:]
        del self.cur.content[cut:]
        self.close()
        for ln in moved:
            self.add(ln)

    def _in_teasers(self) -> bool:
        """Right under a teaser header ("Related Stories"), or amid its list of titles."""
        last = next((ln for ln in reversed(self.cur.tail) if ln.kind != BLANK), None)
        return last is not None and (last.kind == HEADER or self.tail_state == "title")

    def _page_after(self, i: int) -> bool:
        """Under a teaser header, the next line is a headline over a story too: line ``i`` is
        a teaser's title, and the next page starts further on ("Related Stories / TITLE /
        TITLE / HEADLINE / byline / story")."""
        line = self.lines[i]
        if len(line.text.split()) < 4 or ". " in line.text:
            return False  # a section's name, a caption
        ahead = _next_nonblank(self.lines, i, 2)
        if ahead and grammar.rule_line(ahead[0].text):
            return True  # the last title before the rule that ends the page
        if len(ahead) < 2:
            return False
        nxt, after = ahead
        if head_evidence(after) or is_lede(after) or _paragraph(after) or _story_start(after):
            return False  # the next line is this headline's deck, over its byline or story
        j = next(j for j in range(i + 1, len(self.lines)) if self.lines[j] is nxt)
        return (
            j is not None
            and self.lines[j].kind == TEXT
            and _headline_like(self.lines[j])
            and len(self.lines[j].text.split()) >= 4
            and not _menu(self.lines[j].text)
            and " / " not in self.lines[j].text  # "News / City News / Kochi News": a crumb
            and not head_evidence(self.lines[j])  # (a stamp or byline under this headline)
            and not grammar.DATE_IN_RE.search(self.lines[j].text)
            and not is_lede(self.lines[j])
            and _page_ahead(self.lines, j)
        )

    def _pop_last_tail(self) -> Line:
        k = max(j for j, ln in enumerate(self.cur.tail) if ln.kind != BLANK)
        line = self.cur.tail.pop(k)
        del self.cur.tail[k:]
        return line

    def _last_tail_blank_before(self) -> bool:
        """The tail's last line stands after a blank line (a kicker over a new page)."""
        tail = self.cur.tail
        k = max((j for j, ln in enumerate(tail) if ln.kind != BLANK), default=-1)
        return k > 0 and tail[k - 1].kind == BLANK

    def _last_tail_text(self) -> str:
        return next((ln.text for ln in reversed(self.cur.tail) if ln.kind != BLANK), "")

    def _blocks_of_content(self) -> list[list[Line]]:
        return Segment(content=self.cur.content).blocks()

    # -- tail ------------------------------------------------------------------------------
    def _masthead_over_menu(self, i: int) -> bool:
        """A site's name in capitals with its menu under it (in bars or slashes, past a tagline
        or a language switch): the next page's masthead."""
        line = self.lines[i]
        return (
            line.text.isupper()
            and len(line.text) <= 40
            and any(_menu_line(ln.text) for ln in _next_nonblank(self.lines, i, 3))
        )

    def _tail_line(self, i: int) -> bool:
        """Keep a line in the tail (True) or end the tail (False: a new segment begins)."""
        line = self.lines[i]
        k = line.kind
        tail = self.cur.tail
        if line.kicker:
            return False  # the dump's own kicker: the next story starts at it
        if k == TEXT and self._masthead_over_menu(i):
            return False  # the next page's masthead, over its menu
        if k != BLANK and self.lines[i - 1].kind == BLANK and self._page_head(i):
            return False  # the next page's head
        last = next((ln.text for ln in reversed(tail) if ln.kind != BLANK), "")
        if k != BLANK and _PAGE_END_RE.match(last):
            return False  # "==========": the page ended with its teasers; the next one starts
        if (
            k in (TEXT, SECTION)
            and grammar.STAMP_LABEL_RE.match(line.text)
            and len(line.text) <= 60
        ):
            ahead = _next_nonblank(self.lines, i, 7)
            story = next((n for n, ln in enumerate(ahead) if len(ln.text) >= 150), None)
            if ahead and _headline_like(ahead[0]) and story is not None and story >= 1:
                # "NEWS RELEASE 12-MAR-2026" over a headline, its head lines and the story
                self.carry.append(line)
                return False
        if k == BLANK or k in (CHROME, HEADER):
            tail.append(line)
            if k != BLANK:
                self.header_seen = True  # teasers may follow the chrome without a header
            return True
        if (
            k in (TEXT, SECTION)
            and line.text.casefold() in _HOME_WORDS
            and all(len(ln.text.split()) <= 3 for ln in _next_nonblank(self.lines, i, 2))
        ):
            return False  # "Home / News / National / Kerala", a crumb a line: the next page's
        if k == TEXT and self.header_seen and line.text.isdigit() and len(line.text) <= 2:
            line.kind = CHROME  # "Most Read / 1 / TITLE / 2 / TITLE": a rank, over its title
            tail.append(line)
            return True
        if k == BULLET or (
            k == TEXT
            and self.header_seen
            and line.text[:2] in ("- ", "– ", "* ")
            and 3 <= len(line.text.split()) <= 25
            and not line.text.endswith((".", ":", ";"))
        ):
            if k == TEXT:
                line.kind = BULLET  # (under "Read more", a dash before each title)
            tail.append(line)
            self.tail_state = "title"
            return True
        if k == SECTION:
            tail.append(line)
            self.tail_state = "section"
            return True
        if k in (FOOTER, DISTRIB, SIGNOFF):
            return False
        if (
            k == TEXT
            and SUBHEAD_RE.match(line.text)
            and len(line.text) <= 60
            and not self.tail_state
            and all(ln.kind in (BLANK, CHROME) for ln in tail)
        ):
            return False  # "Topics / Energy", then "Contacts": the release's own block again
        state = self.tail_state
        crumb = state == "section" and _crumb(self._last_tail_text())
        if (
            k == TEXT
            and (state != "section" or crumb)
            and _headline_like(line)
            and not is_lede(line)
            # ("Environment" under a teaser's title is its section, not the next headline)
            and (len(line.text.split()) >= 3 or state != "title" or not self.header_seen)
            and _page_ahead(self.lines, i)
        ):
            if self._in_teasers() and self._page_after(i):
                tail.append(line)  # a teaser's title: the next page's headline comes after it
                self.tail_state = "title"
                return True
            return False  # the next page's headline: its story follows, not a teaser's summary
        if (
            state == "section"
            and not crumb
            and k == TEXT
            and _headline_like(line)
            and not is_lede(line)
            and _page_ahead(self.lines, i)
            and self._last_tail_blank_before()
        ):
            self.carry.append(self._pop_last_tail())  # "Business" over the next page's headline
            return False
        if self.header_seen and state == "section" and _headline_like(line):
            tail.append(line)  # "Economy > Agriculture" over a teaser: its title comes next
            self.tail_state = "title"
            return True
        if state == "summary" and line.text[:1].islower():
            tail.append(line)  # the summary goes on (a cut or wrapped line)
            return True
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
        if (
            self.header_seen
            and state == "title"
            and k == TEXT
            and (
                (line.text.isupper() and len(line.text) <= 40)
                or (
                    _section_name(line.text)
                    and len(line.text.split()) == 1
                    # right under the title, no stamp between them
                    and next((ln.kind for ln in reversed(tail) if ln.kind != BLANK), 0) == TEXT
                )
            )
            and not line.text.endswith((".", "!", "?"))
        ):
            line.kind = SECTION  # "ECONOMY", "Environment" under a teaser's title: its section
            tail.append(line)
            self.tail_state = "section"
            return True
        sentence = not _headline_like(line) and not is_lede(line) and len(line.text) <= 400
        if self.header_seen and k == TEXT and state == "title" and sentence:
            tail.append(line)  # a sentence under a teaser's title: its summary
            self.tail_state = "summary"
            return True
        if self.header_seen and k == TEXT and not _page_ahead(self.lines, i):
            # under "Related news": titles, each maybe with a date stamp or a summary
            if _headline_like(line):
                tail.append(line)
                self.tail_state = "title"
                return True
            if state == "title" and len(line.text) <= 400:
                tail.append(line)
                self.tail_state = "summary"
                return True
        return False


def segment(lines: list[Line]) -> list[Segment]:
    out: list[Segment] = []
    for seg in _Splitter(lines).run():
        if out and not out[-1].tail and not any(ln.kind != BLANK for ln in seg.content):
            out[-1].tail = seg.tail  # a page's teasers after its sign-off ("VNA")
            out[-1].chrome.extend(seg.chrome)
            out[-1].signoffs.extend(seg.signoffs)
            continue
        text = [ln for ln in seg.content if ln.kind != BLANK]
        if out and out[-1].signoffs and text and all(trailer_line(ln.text) for ln in text):
            out[-1].chrome.extend([*text, *seg.chrome, *seg.tail])  # "ENDS / Original URL: ..."
            out[-1].signoffs.extend(seg.signoffs)
            continue
        if out and _contacts_after_end_mark(out[-1], seg):
            out[-1].content.extend(seg.content)  # "### / Contacts / Investors: ...": the
            out[-1].signoffs.extend(seg.signoffs)  # release's contact block comes after its
            out[-1].chrome.extend([*seg.chrome, *seg.tail])  # end mark
            continue
        out.extend(seg for part in split_at_rules(seg) for seg in split_unmarked(part))
    for prev, nxt in zip(out, out[1:], strict=False):
        hand_over_after_rule(prev, nxt)
        hand_back_before_rule(prev, nxt)
        hand_back_trailer(prev, nxt)
        hand_back_contacts(prev, nxt)
    return out


def _contacts_after_end_mark(prev: Segment, seg: Segment) -> bool:
    """A segment of short lines with an address or phone number, right after a release that an
    end mark closed: that release's contact block; or a segment that opens with a release's
    subheading ("Notes to Editors", "About X") and holds a contact, with no lede of its own.
    (Also after the release's tags, "Topics / Energy", where no end mark closed it.)"""
    if seg.footer or seg.distribution:
        return False
    if not prev.signoffs:
        # or after the release's own tags ("Topics / Energy / Technology"), chrome only
        tagged = prev.tail and all(ln.kind in (BLANK, CHROME) for ln in prev.tail)
        first = next((ln for ln in seg.content if ln.kind != BLANK), None)
        if not (tagged and first is not None and SUBHEAD_RE.match(first.text)):
            return False
    elif prev.tail:
        return False
    if any(ln.kind not in (BLANK, CHROME) for ln in seg.tail):
        return False
    text = [ln for ln in seg.content if ln.kind != BLANK]
    if not text or len(text) > 12:
        return False
    contact = [
        is_contact(ln.text) or "@" in ln.text or grammar.contact_detail(ln.text) for ln in text
    ]
    if SUBHEAD_RE.match(text[0].text) and not any(is_lede(ln) for ln in text):
        return any(contact)  # "ENDS / Notes to Editors / 1. ... / Media contact: ..."
    if any(
        _paragraph(ln) and len(ln.text) >= 80 and not c for ln, c in zip(text, contact, strict=True)
    ):
        return False
    return any(contact)


# --- stories glued with no mark between them ----------------------------------------------
#: A news lede says when: "on Monday", "on March 3", "this week", "last year".
_WHEN_RE = re.compile(
    r"\b(?:on|this|last|late|early)\s+(?:the\s+\w+\s+of\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\b(?:yesterday|today|tonight|this (?:week|month|year|morning|afternoon|evening))\b"
)
_SAID_RE = re.compile(r"\b(?:said|says|announced|reported|told|according to)\b")


def _case_style(title: str) -> str:
    words = [w for w in title.split() if w[:1].isalpha()]
    if not words:
        return ""
    if all(w.isupper() for w in words if len(w) > 1):
        return "caps"
    capital = sum(1 for w in words if w[:1].isupper()) / len(words)
    return "title" if capital >= 0.7 else "sentence"


def _headline_score(title: str, style: str, before: list[Line], lede: str) -> float:
    """How much a line between two paragraphs looks like the next story's headline."""
    score = 0.0
    if _case_style(title) == style:
        score += 1.0
    if before and before[-1].text.endswith((".", '"', "”", ")")) and len(before[-1].text) >= 60:
        score += 0.5  # the story before it ended a sentence, not a label or a list
    first = lede[:300]
    if _WHEN_RE.search(first):
        score += 1.0  # a lede tells when
    if _SAID_RE.search(first):
        score += 0.5
    if len(lede) >= 150:
        score += 0.5
    return score


def split_unmarked(seg: Segment) -> list[Segment]:
    """Stories glued with no sign-off, footer, dateline or byline between them: a line shaped
    like the segment's own headline, after a paragraph that ended a sentence, before a lede
    that tells what happened and when, starts another story (flagged as guessed)."""
    blocks = seg.blocks()
    if len(blocks) < 6 or len(blocks[0]) != 1 or any(is_lede(b[0]) for b in blocks[1:4]):
        return [seg]  # (stories that open with a dateline are split at their ledes)
    if seg.distribution is not None or grammar.dateline(blocks[1][0].text):
        return [seg]  # a press release: its subheadings are no headlines
    style = _case_style(blocks[0][0].text)
    starts: list[Line] = []
    for k in range(3, len(blocks) - 2):
        block = blocks[k]
        if len(block) != 1 or len(blocks[k + 1]) != 1:
            continue
        head = block[0]
        if not _headline_like(head) or len(head.text) > 160 or SUBHEAD_RE.match(head.text):
            continue
        if grammar.byline_line(head.text) or grammar.is_stamp(head.text):
            continue  # "By NAME" under the headline: no headline of its own
        if grammar.photo_credit(head.text):
            continue  # a photo's caption with its credit
        if not any(_paragraph(ln) for b in blocks[1:k] for ln in b):
            continue  # no story above it yet: it is still the head of this one
        if len(head.text.split()) <= 4 and grammar.page_byline(head.text) == head.text:
            continue  # a name alone ("Anh Minh"): no headline either
        if is_lede(blocks[k + 1][0]) or len(blocks[k - 1]) != 1:
            continue  # (a lede after it was split already; a list or table before it)
        if _headline_score(head.text, style, blocks[k - 1], blocks[k + 1][0].text) >= 3.0:
            starts.append(head)
    if not starts:
        return [seg]
    out: list[Segment] = []
    cur = Segment(guessed=seg.guessed)
    for line in seg.content:
        if line in starts and cur.content:
            out.append(cur)
            cur = Segment(guessed=True)
        cur.content.append(line)
    cur.tail, cur.footer, cur.distribution = seg.tail, seg.footer, seg.distribution
    cur.signoffs, cur.chrome = seg.signoffs, seg.chrome
    out.append(cur)
    return out
