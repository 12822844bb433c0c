"""Plain text into the stored HTML: today's text bodies and their captions (the migration, the
dump writer, a CSV cell of plain text), and back (the migration's reverse)."""

import re

from django.utils.html import escape

from .sanitize import sanitize
from .text import blocks

#: A photo credit at the end of a caption, kept verbatim in <span class="credit">:
#: "… (Photo: VNA)", "… Photo: Minh Anh", "… [Ảnh: TTXVN]", "… File photo: AFP".
CREDIT = re.compile(
    r"(?:^|(?<=\s))[(\[]?\s*(?:file\s+)?(?:photos?|pictures?|images?|ảnh|nguồn ảnh)"
    r"(?:\s+credit)?\s*[:：]\s*[^()\[\]\n:]{1,80}?\s*[)\]]?\.?\s*$",
    re.IGNORECASE,
)
_HTML = re.compile(
    r"<(?:p|br|h[1-6]|ul|ol|li|blockquote|figure|figcaption|strong|em|b|i|u|a|div|span|hr)\b"
    r"[^<>]*>",
    re.IGNORECASE,
)


def looks_like_html(value: str) -> bool:
    """Whether a text is HTML (a tag of the body's kind in it) rather than plain text."""
    return bool(value) and _HTML.search(value) is not None


def split_credit(caption: str) -> tuple[str, str]:
    """ "Bridge at dawn (Photo: VNA)" -> ("Bridge at dawn", "(Photo: VNA)"), verbatim."""
    caption = caption.strip()
    match = CREDIT.search(caption)
    if match is None:
        return caption, ""
    return caption[: match.start()].rstrip(), match.group().strip()


def figure(caption: str = "", credit: str = "", image_id: int | None = None, alt: str = "") -> str:
    """A photo slot's stored HTML (``image_id`` None: the photo is missing)."""
    parts = [escape(caption)] if caption else []
    if credit:
        parts.append(f'<span class="credit">{escape(credit)}</span>')
    inner = f"<figcaption>{' '.join(parts)}</figcaption>" if parts else ""
    alt_attr = f' data-alt="{escape(alt)}"' if alt else ""
    return f'<figure data-image="{image_id or ""}"{alt_attr}>{inner}</figure>'


def _captions(captions) -> dict[int, list[str]]:
    after: dict[int, list[str]] = {}
    for c in captions or []:
        if isinstance(c, dict) and isinstance(c.get("text"), str) and c["text"].strip():
            try:
                where = int(c.get("after", -1))
            except (TypeError, ValueError):
                where = -1
            after.setdefault(where, []).append(c["text"])
        elif isinstance(c, list | tuple) and len(c) == 2 and str(c[1]).strip():
            after.setdefault(int(c[0]), []).append(str(c[1]))
    return after


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]


def from_plain(text: str, captions=()) -> str:
    """Plain text (paragraphs separated by an empty line) as the stored HTML, each caption a
    photo slot with no photo yet, placed after the paragraph it follows (``{"after": i,
    "text": ...}`` or ``(i, text)``; -1 before the first, past the end after the last).
    Lossless: :func:`to_plain` gives the text and the captions back."""
    after = _captions(captions)
    paras = split_paragraphs(text)
    out = [figure(*split_credit(c)) for c in after.pop(-1, [])]
    for i, para in enumerate(paras):
        out.append(f"<p>{escape(para)}</p>")
        out.extend(figure(*split_credit(c)) for c in after.pop(i, []))
    for where in sorted(after):
        out.extend(figure(*split_credit(c)) for c in after[where])
    return sanitize("".join(out))


def to_plain(html: str) -> tuple[str, list[dict]]:
    """The stored HTML as the old plain text and captions (formatting is lost)."""
    paras, captions = [], []
    for block in blocks(html):
        if block.kind in ("photo", "embed"):
            text = block.caption_text if block.kind == "photo" else block.text
            if text:
                captions.append({"after": len(paras) - 1, "text": text})
        else:
            paras.append(block.text)
    return "\n\n".join(paras), captions


def from_input(value: str) -> str:
    """A body as someone typed or imported it: HTML is sanitised, plain text converted."""
    value = value or ""
    return sanitize(value) if looks_like_html(value) else from_plain(value)
