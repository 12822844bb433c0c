"""Stored HTML read back as text: blocks (for the revision diff and the import diff), plain text
(for search, snippets and summaries) and the photo slots a body has."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "li", "blockquote", "ul", "ol", "hr"})


@dataclass
class Block:
    """One block of a body: kind is p, h2, h3, h4, li, quote, photo or embed."""

    kind: str
    text: str = ""
    credit: str = ""  # photo: the credit line (text keeps the caption before it)
    attrs: dict = field(default_factory=dict)

    @property
    def image_id(self) -> int | None:
        value = self.attrs.get("data-image") or ""
        return int(value) if value.isdigit() else None

    @property
    def caption_text(self) -> str:
        """A photo's whole caption line as printed: the caption, then its credit."""
        return " ".join(part for part in (self.text, self.credit) if part)


class _Reader(HTMLParser):
    def __init__(self, links=False):
        super().__init__(convert_charrefs=True)
        self.links = links
        self.href: list[str] = []
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.kind = "p"
        self.quote = 0
        self.figure: Block | None = None
        self.in_credit = 0
        self.credit: list[str] = []

    def flush(self):
        text = "".join(self.buf).strip()
        self.buf = []
        if self.figure is None and text:
            self.blocks.append(Block(self.kind, text))

    def handle_starttag(self, tag, attrs):
        if tag == "figure":
            self.flush()
            attrs = {k: v or "" for k, v in attrs}
            kind = "embed" if "data-embed" in attrs else "photo"
            self.figure, self.credit = Block(kind, attrs=attrs), []
        elif self.figure is not None:
            if tag == "span" and ("class", "credit") in attrs:
                self.in_credit += 1
            elif tag == "br":
                self.buf.append("\n")
        elif tag == "br":
            self.buf.append("\n")
        elif tag == "a" and self.links:
            self.href.append(dict(attrs).get("href") or "")
        elif tag in BLOCK_TAGS:
            self.flush()
            if tag == "blockquote":
                self.quote += 1
            self.kind = "quote" if self.quote else (tag if tag in ("h2", "h3", "h4", "li") else "p")

    def handle_endtag(self, tag):
        if tag == "figure" and self.figure is not None:
            self.figure.text = "".join(self.buf).strip()
            self.figure.credit = "".join(self.credit).strip()
            self.blocks.append(self.figure)
            self.figure, self.buf = None, []
        elif self.figure is not None:
            if tag == "span" and self.in_credit:
                self.in_credit -= 1
        elif tag == "a" and self.href:
            href = self.href.pop()
            if href:
                self.buf.append(f" <{href}>")
        elif tag in BLOCK_TAGS:
            self.flush()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            self.kind = "quote" if self.quote else "p"

    def handle_data(self, data):
        (self.credit if self.figure is not None and self.in_credit else self.buf).append(data)

    def close(self):
        super().close()
        self.flush()


def blocks(html: str, *, links: bool = False) -> list[Block]:
    """The body's blocks in order; ``links``: each link's address follows its text, in <>."""
    reader = _Reader(links)
    reader.feed(html or "")
    reader.close()
    return reader.blocks


def to_text(html: str, *, captions: bool = True) -> str:
    """The body as plain text, one block per paragraph (blank lines between): the paragraphs,
    subheadings, quotes and list items, and (``captions``) each photo's caption line."""
    parts = []
    for block in blocks(html):
        if block.kind == "photo":
            if captions and block.caption_text:
                parts.append(block.caption_text)
        elif block.kind == "embed":
            if captions and block.text:
                parts.append(block.text)
        else:
            parts.append(block.text)
    return "\n\n".join(parts)


def readable(html: str) -> str:
    """The body as an editor reads it in a revision diff: one block per paragraph (blank lines
    between), subheadings, quotes and list items marked, links with their address, each photo
    and embed on a line of its own."""
    marks = {"h2": "## ", "h3": "### ", "h4": "#### ", "li": "• ", "quote": "> "}
    parts = []
    for b in blocks(html, links=True):
        if b.kind == "photo":
            what = f"Photo #{b.image_id}" if b.image_id is not None else "Photo missing"
            alt = f" (alt: {b.attrs['data-alt']})" if b.attrs.get("data-alt") else ""
            parts.append(f"[{what}{alt}: {b.caption_text}]" if b.caption_text else f"[{what}{alt}]")
        elif b.kind == "embed":
            parts.append(f"[Embed: {b.attrs.get('data-url', '')}]")
        else:
            parts.append(marks.get(b.kind, "") + b.text)
    return "\n\n".join(parts)


def paragraphs(html: str) -> list[str]:
    """The text blocks (no captions): what a summary or an import diff reads."""
    return [b.text for b in blocks(html) if b.kind not in ("photo", "embed")]


def photo_slots(html: str) -> list[Block]:
    return [b for b in blocks(html) if b.kind == "photo"]


_SLOT = re.compile(r'<figure data-image="(\d*)"')
#: How a photo slot still waiting for its photo starts in a stored body (sanitised HTML is
#: normalised: always exactly this), for a database lookup (``body__contains``).
MISSING_PHOTO = '<figure data-image=""'


def image_ids(html: str) -> list[int]:
    """The library images a stored body shows, in order (no duplicates)."""
    return list(dict.fromkeys(int(v) for v in _SLOT.findall(html or "") if v))


def has_missing_photo(html: str) -> bool:
    return MISSING_PHOTO in (html or "")
