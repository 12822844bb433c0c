"""Where one page of a dump ends and the next begins, from the pages' own furniture.

Passes over the splitter's segments (``segment.segment``): a full-width rule between pages; a
site's masthead over its menu at the end of one page's tail, which heads the next page; the
trailer after an end mark (the release's address, share buttons, copyright), which belongs to
the release the mark closed.
"""

from __future__ import annotations

import re

from . import grammar
from .lines import BLANK, SUBHEAD_RE, Segment, _headline_like, _paragraph


def trailer_line(text: str) -> bool:
    """What follows a story's end mark on a distributor's page: the release's address, its
    share buttons, the copyright."""
    return bool(
        grammar.ADDRESS_LINE_RE.match(text)
        or grammar.copyright_line(text)
        or (grammar.chrome(text) and re.match(r"^share\b", text, re.IGNORECASE))
    )


def hand_back_trailer(prev: Segment, nxt: Segment) -> None:
    """The trailer after an end mark ("ENDS / Original URL: ... / Share article | Email /
    © Scoop Media") belongs to the story the mark closed, not to the next one's head."""
    if not (prev.signoffs or prev.footer):
        return
    first = min((ln.start for ln in nxt.content if ln.kind != BLANK), default=None)
    if first is None:
        return
    back = [ln for ln in nxt.chrome if ln.start < first and trailer_line(ln.text)]
    if back:
        prev.chrome.extend(back)
        nxt.chrome = [ln for ln in nxt.chrome if ln not in back]
    # a first block of short lines closed by the copyright ("From the Asia Corporate News
    # Network / Copyright © 2025 ACN Newswire"), with the next story after it: the trailer
    blocks = nxt.blocks()
    if len(blocks) < 2:
        return
    block = blocks[0]
    ends = [ln for ln in nxt.chrome if block[0].start < ln.start < blocks[1][0].start]
    closing = [*block, *ends]
    if (
        len(block) <= 3
        and all(len(ln.text) <= 120 and not ln.text.endswith(".") for ln in block)
        and any(trailer_line(ln.text) for ln in ends)
        and _headline_like(blocks[1][0])
    ):
        prev.chrome.extend(closing)
        taken = {ln.start for ln in closing}
        nxt.content = [ln for ln in nxt.content if ln.start not in taken]
        nxt.chrome = [ln for ln in nxt.chrome if ln.start not in taken]


def hand_back_contacts(prev: Segment, nxt: Segment) -> None:
    """A block of contacts after a release's closing line ("View source version on ...: URL /
    Contacts / Media: / NAME, +47 ... / press@...") with the next headline and story after it:
    the release's own contacts, handed back to it."""
    if not prev.signoffs or not any(_paragraph(ln) for ln in prev.content):
        return
    blocks = nxt.blocks()
    if len(blocks) < 3:
        return
    block = blocks[0]
    if not (
        2 <= len(block) <= 12
        and all(len(ln.text) <= 120 for ln in block)
        and (
            grammar.BOILERPLATE_HEAD_RE.match(block[0].text)
            or grammar.contact_detail(block[0].text)
        )
        and sum(grammar.contact_detail(ln.text) for ln in block) >= 2
        and _headline_like(blocks[1][0])
    ):
        return
    taken = {ln.start for ln in block}
    prev.content.extend(ln for ln in nxt.content if ln.start in taken)
    nxt.content = [ln for ln in nxt.content if ln.start not in taken]
    while nxt.content and nxt.content[0].kind == BLANK:
        nxt.content.pop(0)


def hand_back_before_rule(prev: Segment, nxt: Segment) -> None:
    """A few short lines over the full-width rule that opens a page ("Original URL: ...",
    "Share article | Email", "© Scoop Media") close the page before it: its furniture."""
    if not any(PAGE_RULE_RE.match(ln.text) for ln in nxt.chrome):
        return
    lines = sorted(
        (ln for ln in (*nxt.content, *nxt.chrome) if ln.kind != BLANK), key=lambda ln: ln.start
    )
    at = next((k for k, ln in enumerate(lines[:7]) if PAGE_RULE_RE.match(ln.text)), None)
    if not at or any(len(ln.text) > 200 for ln in lines[:at]):
        return
    if any(ln.kicker or (len(ln.text) >= 80 and ln.text.endswith(".")) for ln in lines[:at]):
        return  # an item of its own over the rule that closes the dump ("... / ---- / End")
    rule = lines[at]
    back = {ln.start for ln in lines[:at]}
    prev.chrome.extend(lines[:at])
    nxt.content = [ln for ln in nxt.content if ln.start not in back]
    nxt.chrome = [ln for ln in nxt.chrome if ln.start not in back]
    while nxt.content and nxt.content[0].kind == BLANK and nxt.content[0].start < rule.start:
        nxt.content.pop(0)


def _masthead_over_menu(name: str, under: str) -> bool:
    """ "SAMOA OBSERVER" over "News | Local | Pacific | Sports": a site's name over its menu."""
    name = grammar.banner_head(name)  # "Comunicae.es | Notas de prensa"
    if not (
        1 <= len(name.split()) <= 4
        and not name.endswith((".", ":", "!", "?"))
        and name[:1].isupper()
    ):
        return False  # (most lines: no site's name)
    menu = grammar.item_menu(under)  # "Politics - Economy - Society - Culture - Photos"
    if not (menu or "|" in under or ">" in under or "»" in under or re.search(r"\S {2,}\S", under)):
        return False  # (no menu under it)
    return menu or grammar.menu_under_masthead(name, under) or grammar.section_stamp(under)


def hand_over_after_rule(prev: Segment, nxt: Segment) -> None:
    """The furniture under a full-width rule that closes a page (the next site's masthead and
    menu) belongs to the next page's head, not to the tail of the page before."""
    end = max((ln.start for ln in prev.content if ln.kind != BLANK), default=-1)
    after = [
        ln
        for ln in sorted(prev.tail + prev.chrome, key=lambda ln: ln.start)
        if ln.start > end and ln.kind != BLANK
    ]
    rule = next(
        (
            ln
            for k, ln in enumerate(after)
            if PAGE_RULE_RE.match(ln.text)
            or (k + 1 < len(after) and _masthead_over_menu(ln.text, after[k + 1].text))
            or (  # "CONG AN NEWS / english.cand.com.vn / News > Society": its address between
                k + 2 < len(after)
                and grammar.site_domain(after[k + 1].text)
                and _masthead_over_menu(ln.text, after[k + 2].text)
            )
        ),
        None,
    )
    if rule is None and after:
        # the site's name closing the tail, its menu opening the next page
        top = min((ln for ln in (*nxt.content, *nxt.chrome) if ln.kind != BLANK),
                  key=lambda ln: ln.start, default=None)  # fmt: skip
        name = after[-1].text
        if top is not None and len(name.split()) >= 2 and _masthead_over_menu(name, top.text):
            rule = after[-1]
    if rule is None:
        return
    moved = [ln for ln in (*prev.tail, *prev.chrome) if ln.start >= rule.start]
    prev.tail = [ln for ln in prev.tail if ln.start < rule.start]
    prev.chrome = [ln for ln in prev.chrome if ln.start < rule.start]
    head = _handed_over_head(moved, nxt)
    for line in reversed(head):
        moved.remove(line)
        nxt.content.insert(0, line)
    nxt.chrome = sorted([*moved, *nxt.chrome], key=lambda ln: ln.start)


def _byline(text: str) -> bool:
    return bool(
        grammar.byline_line(text) or grammar.decorated_byline(text) or grammar.page_byline(text)
    )


def _handed_over_head(moved, nxt: Segment) -> list:
    """Of the head lines handed over to the next page (masthead, menu, crumb, HEADLINE, byline,
    stamp), the headline and its byline, when that page's text starts with its byline, a
    photo's credited caption or its first paragraph."""
    first = next((ln for ln in nxt.content if ln.kind != BLANK), None)
    if first is None or not (
        _byline(first.text) or _paragraph(first) or grammar.photo_credit(first.text)
    ):
        return []
    moved = [ln for ln in moved if ln.kind != BLANK]
    heads = [
        ln
        for ln in moved[1:]
        if _headline_like(ln)
        and len(ln.text.split()) >= 4
        and not grammar.bar_menu(ln.text)
        and not grammar.breadcrumb(ln.text)
        and not grammar.is_stamp(ln.text)
        and not _byline(ln.text)
    ]
    if not heads:
        return []
    after = [ln for ln in moved if ln.start > heads[0].start]
    furniture = [grammar.is_stamp(ln.text) or grammar.chrome(ln.text) for ln in after]
    if not all(
        f or _byline(ln.text) or _paragraph(ln) or (ln in heads and n == 0)
        for n, (ln, f) in enumerate(zip(after, furniture, strict=True))
    ):
        return []  # (a stamp, buttons, the byline, a deck, the lede: the rest of the head)
    # the headline, and what follows it but the furniture (its deck, byline, first paragraph)
    return [heads[0], *(ln for ln, f in zip(after, furniture, strict=True) if not f)]


#: A full-width rule: a line of one mark drawn across the page ("~~~~~~~~", "#########").
PAGE_RULE_RE = re.compile(r"^([~=_#*-])\1{19,}$")


def split_at_rules(seg: Segment) -> list[Segment]:
    """Pages set apart by a full-width rule with no sign-off between them: a rule with a
    story's paragraph over it and another headline and paragraph under it ends one page. (A
    short rule inside a press release, over its "About" section, is no page's end.)"""
    rules = [
        ln
        for ln in seg.chrome
        if PAGE_RULE_RE.match(ln.text) and seg.content and ln.start > seg.content[0].start
    ]
    for rule in rules:
        before = [ln for ln in seg.content if ln.start < rule.start and ln.kind != BLANK]
        after = [ln for ln in seg.content if ln.start > rule.start and ln.kind != BLANK]
        if not any(_paragraph(ln) and len(ln.text) >= 100 for ln in before):
            continue
        heads = [k for k, ln in enumerate(after[:8]) if _headline_like(ln)]
        if not heads or SUBHEAD_RE.match(after[heads[0]].text):
            continue
        if not any(len(ln.text) >= 100 for ln in after[heads[0] + 1 : heads[0] + 8]):
            continue
        first = Segment(guessed=seg.guessed)
        first.content = [ln for ln in seg.content if ln.start < rule.start]
        first.chrome = [ln for ln in seg.chrome if ln.start < rule.start]
        rest = Segment(guessed=seg.guessed)
        rest.content = [ln for ln in seg.content if ln.start > rule.start]
        rest.chrome = [ln for ln in seg.chrome if ln.start >= rule.start]
        rest.tail, rest.footer, rest.distribution = seg.tail, seg.footer, seg.distribution
        rest.signoffs = seg.signoffs
        return [first, *split_at_rules(rest)]
    return [seg]
