"""The stored body as readers see it: sanitised again (defence in depth), photo slots drawn by
the media library (``articles.media.render.figure``, every image of the body fetched in one
query) and embeds by embeds.py. Everything else is the stored markup itself."""

import re
from html import unescape

from django.utils.safestring import SafeString, mark_safe

from . import embeds
from .convert import from_plain, looks_like_html
from .sanitize import sanitize
from .text import Block, blocks

_FIGURE = re.compile(r'<figure((?: [a-z-]+="[^"]*")*)>.*?</figure>', re.S)
_SIMPLE_FIGURE = re.compile(
    r'<figure(?P<attrs>(?: [a-z-]+="[^"]*")*)>(?:<figcaption>(?P<caption>[^<]*)'
    r'(?:<span class="credit">(?P<credit>[^<]*)</span>)?</figcaption>)?</figure>'
)
_ATTR = re.compile(r' ([a-z-]+)="([^"]*)"')


def render(html: str, *, images: dict | None = None) -> SafeString:
    """``html`` (a stored body) for readers. ``images``: id -> Image, when the caller has them
    already; otherwise they are fetched here, in one query."""
    # Written around the editor and importers (a shell, a raw SQL script) as plain text: shown
    # as paragraphs, like an import would have stored it.
    clean = sanitize(html) if looks_like_html(html) else from_plain(html)
    if "<figure" not in clean:
        return mark_safe(clean)  # noqa: S308 - nh3's output, allow-list only
    figures = [(m, _read_figure(m)) for m in _FIGURE.finditer(clean)]
    if images is None:
        images = fetch_images([b.image_id for _, b in figures if b.image_id is not None])
    out, last = [], 0
    for match, block in figures:
        out.append(clean[last : match.start()])
        out.append(_figure(block, images))
        last = match.end()
    out.append(clean[last:])
    return mark_safe("".join(out))  # noqa: S308 - nh3's output and format_html's


def _read_figure(match: re.Match) -> Block:
    """A sanitised figure as a Block: the usual shapes read by a regular expression (the
    sanitiser's output is normalised), anything else by the HTML parser."""
    simple = _SIMPLE_FIGURE.fullmatch(match.group())
    if simple is None:
        return blocks(match.group())[0]
    attrs = dict(_ATTR.findall(simple["attrs"]))
    attrs = {k: unescape(v) for k, v in attrs.items()}
    kind = "embed" if "data-embed" in attrs else "photo"
    return Block(kind, unescape(simple["caption"] or "").strip(),
                 unescape(simple["credit"] or "").strip(), attrs)  # fmt: skip


def fetch_images(ids) -> dict:
    """{id: Image} in one query (the media library's, with the columns a page prints)."""
    from articles.media.usage import images_by_id

    return images_by_id(ids)


def _figure(block, images) -> str:
    if block.kind == "embed":
        return embeds.render(
            block.attrs.get("data-embed", ""), block.attrs.get("data-url", ""), block.text
        )
    from articles.media.render import figure

    image = images.get(block.image_id) if block.image_id is not None else None
    alt = block.attrs.get("data-alt") or None
    return str(figure(image, caption=block.text, credit=block.credit, alt=alt))
