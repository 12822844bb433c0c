"""The stored body's allow-list: whatever comes in (the editor, a CSV cell, a paste) is cleaned
by nh3 (Rust's ammonia, an html5ever parser) to this before it is stored, and again before it is
shown.

Kept: paragraphs, line breaks, bold/italic/underline/strike, sub/superscript, links (http, https,
mailto, tel and site-relative; ``rel="noopener noreferrer"`` added), subheadings h2-h4 (h1 becomes
h2, h5/h6 h4: the page's title is its only h1), block quotes, lists, rules, and two kinds of
figure: a photo slot ``<figure data-image="ID" [data-alt="..."]><figcaption>Caption
<span class="credit">Credit</span></figcaption></figure>`` (ID empty for a missing photo) and an
embed ``<figure data-embed="youtube" data-url="https://...">`` whose address is on the embeds
allow-list (embeds.py). Removed: scripts and styles with their content, every ``on*`` handler,
``style`` and ``class`` (but ``credit`` on a span), ``javascript:``/``data:`` links, images, forms,
and iframes, except that an iframe from an allowed video host becomes an embed figure.
"""

import re

import nh3

from . import embeds

TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "a", "h2", "h3", "h4"}
    | {"blockquote", "ul", "ol", "li", "hr", "figure", "figcaption", "span"}
)
ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
    "figure": {"data-image", "data-alt", "data-embed", "data-url"},
}
CLASSES = {"span": {"credit"}}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: Removed with everything inside them (other unknown tags are unwrapped, their text kept).
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"}
    | {"textarea", "select", "button", "head", "title"}
)

_IMAGE_ID = re.compile(r"\d{1,18}")
_IFRAME = re.compile(r"<iframe\b([^>]*)>(?:.*?</iframe\s*>)?", re.I | re.S)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.I)
_DIV = re.compile(r"<(/?)div\b", re.I)
_FIGURE = re.compile(r'<figure((?: [a-z-]+="[^"]*")*)>(.*?)</figure>', re.S)
_ATTR = re.compile(r' ([a-z-]+)="([^"]*)"')


def _filter(tag: str, attr: str, value: str) -> str | None:
    if tag != "figure":
        return value or None  # an empty title="" (the editor's link dialog) says nothing
    if attr == "data-image":
        return value if value == "" or _IMAGE_ID.fullmatch(value) else None
    if attr == "data-embed":
        return value if value in embeds.PROVIDERS else None
    if attr == "data-url":
        embed = embeds.parse(value)
        return embed.url if embed is not None else None
    return value


def _iframe_to_embed(match: re.Match) -> str:
    src = _SRC.search(match[1])
    embed = embeds.parse(next(g for g in src.groups() if g is not None)) if src else None
    if embed is None or not embed.provider.frame:
        return ""  # a host not on the allow-list: gone
    return f'<figure data-embed="{embed.provider.name}" data-url="{embed.url}"></figure>'


def _heading(match: re.Match) -> str:
    level = min(4, max(2, int(match[2])))
    return f"<{match[1]}h{level}"


def sanitize(html: str) -> str:
    """``html`` reduced to the allow-list above (idempotent: clean HTML comes back unchanged)."""
    if not html:
        return ""
    html = _IFRAME.sub(_iframe_to_embed, html)
    html = _DIV.sub(r"<\1p", _HEADING.sub(_heading, html))
    clean = nh3.clean(
        html,
        tags=set(TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        allowed_classes={k: set(v) for k, v in CLASSES.items()},
        attribute_filter=_filter,
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return _FIGURE.sub(_figure, clean).strip()


def _figure(match: re.Match) -> str:
    """A figure is a photo slot or an embed. A pasted photo with a caption (its <img> gone)
    becomes a slot to fill from the library; an embed whose address was refused goes."""
    attrs, inner = dict(_ATTR.findall(match[1])), match[2]
    if "data-image" in attrs:
        alt = attrs.get("data-alt")
        alt_attr = f' data-alt="{alt}"' if alt else ""
        return f'<figure data-image="{attrs["data-image"]}"{alt_attr}>{inner}</figure>'
    if "data-embed" in attrs or "data-url" in attrs:
        provider, url = attrs.get("data-embed", ""), attrs.get("data-url", "")
        if provider and url and embeds.valid(provider, url):
            return f'<figure data-embed="{provider}" data-url="{url}">{inner}</figure>'
        return ""
    if "<figcaption>" in inner:
        return f'<figure data-image="">{inner}</figure>'
    return inner
