"""Layout evidence: in a dump whose paragraphs are one line each, a lone newline in prose is a cut.

Scraped pages and wire stories put every paragraph on one line and separate paragraphs with a
blank line. When a dump is laid out so (its long lines that end a sentence are followed by a
blank line, not by another line of text), a line of running text broken by a single newline -
the line goes on in lowercase, or the two halves make a long line of prose - was broken by the
chunker, even when there are too few cuts to show a chunk size. Hard-wrapped text (lines that
end a sentence and go straight on) shows no such layout and is left alone.
"""

from __future__ import annotations

import re

from . import grammar
from .grammar import is_contact
from .lines import BULLET, TEXT, classify, tag_name
from .markers import LEDE_ALIAS_RE, LIST_ITEM_RE

_SENTENCE_END = tuple('.!?"”)')
_MIN_LONG = 60  # a line this long that ends a sentence is a paragraph (or a hard-wrapped line)
_MIN_PROSE = 100  # a line of prose this long is one paragraph, never two lines of furniture
#: A long unindented line ending a sentence, and what follows its newline: a blank line, or
#: a capital that starts a line of its own.
_LONG_END_RE = re.compile(rf"^(?=\S)[^\n]{{{_MIN_LONG - 1},}}[.!?\"”)][ \t]*\n(\n|[^\W\d_])", re.M)


def one_line_paragraphs(text: str) -> bool:
    """Long lines that end a sentence are followed by a blank line (at least 3, and at most
    one in ten followed straight by another line of text)."""
    ended = straight = 0
    for m in _LONG_END_RE.finditer(text):
        if m.group(1) == "\n":
            ended += 1
            continue
        end = text.find("\n", m.end())
        if classify(text[m.end() - 1 : len(text) if end < 0 else end]) == TEXT:
            straight += 1
    return ended >= 3 and straight <= 0.1 * ended


#: A line that ends with an e-mail or web address: a contact line, whose line break is real.
_ENDS_WITH_ADDRESS_RE = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")


def ends_with_address(line: str) -> bool:
    return bool(_ENDS_WITH_ADDRESS_RE.search(line.rstrip()))


def own_line(line: str) -> bool:
    """A line that stands on its own in a page's head whatever the layout: a stamp ("Published
    on 09/12/2025 ...") or a credited photo caption ("... plenary. Photo: NAME/Agency")."""
    s = line.strip()
    if s[:3] == "by " and _LOWER_BYLINE_RE.match(s):
        return True  # "by Shamar Clarke-Odle  December 4, 2026" under its headline
    if s[:1] in "©(Cc" and len(s) <= 200 and grammar.copyright_line(s):
        return True  # "Copyright © Nghe An Newspaper. All rights reserved."
    if s[:1] in "[=" and len(s) <= 120 and tag_name(s):
        return True  # "[IBNS] Business | 04-12-2026 10:47 IST", "=== ITEM 011/052  SRC: URN ==="
    return bool(grammar.STAMP_LABEL_RE.match(s)) or (
        s[:1].isupper() and len(s) <= 300 and bool(grammar.photo_credit(s))
    )


#: "by NAME" alone, or with the date after it: a byline in lower case, no sentence.
_LOWER_BYLINE_RE = re.compile(
    r"^by (?:[A-Z][\w'’.-]+ ?){1,4}(?:\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"(?:,? \d{1,2}:\d{2}\s*[APap]?\.?[Mm]?\.?)?)?$"
)


def breaks_prose(text: str, p: int, start: int, end: int, fixer=None) -> bool:
    """The newline at ``p``, between the lines starting at ``start`` and ending at ``end``,
    breaks a line of running text (for a dump of one-line paragraphs)."""
    if text[p + 1].isspace():
        return False
    a, b = text[start:p], text[p + 1 : end]
    if fixer is not None:
        a, b = fixer(a), fixer(b)
    sa, sb = a.strip(), b.strip()
    if not sa or not sb or b[:1].isspace() or is_contact(b):
        return False
    if classify(b) != TEXT or LIST_ITEM_RE.match(b):
        return False  # the next line is page furniture, a footer or a list item of its own
    ka = classify(a)
    if ka not in (TEXT, BULLET):
        return False
    if sa.endswith(":") or grammar.RELATED_RE.match(sa):
        return False  # a label: "Media Contact:", "PR Team:"; a teaser's "Read More: TITLE"
    if grammar.chrome(sb) or grammar.signoff(sb):
        return False  # "+1 312 555 0147|email us here": furniture is a line of its own
    if (
        grammar.chrome(sa)
        or grammar.signoff(sa)
        or grammar.ends_with_stamp(sa)
        or (len(sa) <= 80 and grammar.ends_with_date(sa))  # "NAME , Tuesday 9 Dec 2025"
    ):
        return False  # "Oct 14, 2025 4:12 PM PHT|SEAWEED. A farmer ...", "KEYWORDS|sake, food"
    if grammar.photo_credit(sa) or sa.endswith(("--", "—", "–")):
        return False  # a credited caption, or a release's dateline: "...--(BUSINESS WIRE)--"
    if own_line(sb) or grammar.STAMP_LABEL_RE.match(sa):
        return False  # "Published on 09/12/2025 - 11:05 By X|Brasília (DF), ... Photo: X"
    if grammar.byline(sa) or grammar.byline(sb):
        return False  # a byline is a line of its own
    opens = grammar.dateline(sb)
    if opens is not None and opens.strong and not sb[0].islower():
        return False  # "Headline|BANGKOK, Thailand — ...": a story's lede starts a line
    if ends_with_address(sa) and not sb[0].islower():
        return False  # "Investors: ir@example.com|Media: ...": one contact per line
    if sb[0].islower() and not sa.endswith(_SENTENCE_END):
        return True  # "... for lo|cal workers", "• 'Young vol|unteers bring"
    words = sa.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and sb[:1].isupper():
        return False  # "Forward-Looking Statements|This press release ...": a subheading
    if (
        headline_shape(sa)
        and not a[:1].isspace()
        and not LEDE_ALIAS_RE.match(sa)
        and sb[:1].isupper()
        and sb.endswith(_SENTENCE_END)
    ):
        return False  # "Rice exporters eye new market|Vietnamese rice exporters expect ...."
    # "Presenting t|he draft", "trillion V|ND (1.8": one long line of prose, not two lines;
    # the second half finishes the paragraph (or is long), so a headline over its deck is not
    goes_on = sb.endswith(_SENTENCE_END) or len(sb) >= 120
    return len(sa) + len(sb) >= _MIN_PROSE and len(sb.split()) >= 2 and ka == TEXT and goes_on


def headline_shape(line: str) -> bool:
    """A short line of whole words that ends no sentence: a headline over its summary."""
    words = line.split()
    return (
        3 <= len(words) <= 16
        and len(line) <= 110
        and line[:1].isupper()
        and line[-1].isalnum()
        and not any(ch in re.sub(r"(?<=\d),(?=\d)", "", line) for ch in ",;")  # ("25,000")
    )


def continues_indented(text: str, p: int, start: int, end: int) -> bool:
    """'    Preferential loans help|poor households': an indented line (a teaser, a list item)
    going on, unindented and in lowercase, on the next line: the chunker's newline, whatever
    the layout of the rest of the dump (a wrapped indented line stays indented)."""
    if not text[start : start + 1].isspace() or not text[p + 1].islower() or p - start > 400:
        return False
    a = text[start:p].strip()
    if not a or a.endswith(_SENTENCE_END) or a.endswith(":"):
        return False
    return classify(text[start:p]) in (TEXT, BULLET) and classify(text[p + 1 : end]) == TEXT
