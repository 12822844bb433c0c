"""Embeds: video and social posts from an allow-list of hosts, stored as
``<figure data-embed="PROVIDER" data-url="https://..."></figure>`` and rendered here.

Videos play in an ``<iframe>`` from the provider's privacy-friendly player host (YouTube's
no-cookie domain, Vimeo's player with ``dnt=1``); those hosts are the only ones in the CSP's
``frame-src`` (newsroom/settings/base.py). Posts on X and Instagram are shown as a link card: their
embeds need the provider's own scripts, which the site's Content-Security-Policy does not run.
Any other address is not an embed (the sanitiser drops it).
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.utils.html import format_html


@dataclass(frozen=True)
class Provider:
    name: str  # stored in data-embed
    label: str  # shown to readers
    hosts: frozenset[str]
    frame: str = ""  # the iframe's address, "{id}" replaced; empty: a link card


PROVIDERS = {
    p.name: p
    for p in (
        Provider(
            "youtube",
            "YouTube",
            frozenset(
                {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
                | {"www.youtube-nocookie.com", "youtube-nocookie.com"}
            ),
            "https://www.youtube-nocookie.com/embed/{id}",
        ),
        Provider(
            "vimeo",
            "Vimeo",
            frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"}),
            "https://player.vimeo.com/video/{id}?dnt=1",
        ),
        Provider("x", "X", frozenset({"x.com", "www.x.com", "twitter.com", "www.twitter.com"})),
        Provider("instagram", "Instagram", frozenset({"instagram.com", "www.instagram.com"})),
    )
}
#: The hosts iframes are loaded from: what CSP ``frame-src`` must allow (and nothing else).
FRAME_ORIGINS = tuple(
    sorted({"https://" + urlsplit(p.frame).hostname for p in PROVIDERS.values() if p.frame})
)

_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_VIMEO_ID = re.compile(r"\d{1,12}")
_X_PATH = re.compile(r"/([A-Za-z0-9_]{1,15})/status/(\d{1,25})/?")
_INSTAGRAM_PATH = re.compile(r"/(p|reel|tv)/([A-Za-z0-9_-]{1,40})/?")


@dataclass(frozen=True)
class Embed:
    provider: Provider
    id: str
    url: str  # the canonical address stored in data-url

    @property
    def frame_url(self) -> str:
        return self.provider.frame.format(id=self.id) if self.provider.frame else ""


def parse(url: str) -> Embed | None:
    """The embed an address points to, or None if it is not on the allow-list (an https address
    of a known host, in a shape the provider's player understands)."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("https", "http") or parts.username or parts.port:
        return None
    path = parts.path
    if host in PROVIDERS["youtube"].hosts:
        if host == "youtu.be":
            vid = path.strip("/")
        elif path.startswith(("/embed/", "/shorts/", "/live/")):
            vid = path.split("/")[2]
        else:
            vid = (parse_qs(parts.query).get("v") or [""])[0] if path == "/watch" else ""
        if _YOUTUBE_ID.fullmatch(vid):
            return Embed(PROVIDERS["youtube"], vid, f"https://www.youtube.com/watch?v={vid}")
    elif host in PROVIDERS["vimeo"].hosts:
        vid = path.rstrip("/").rsplit("/", 1)[-1]
        if _VIMEO_ID.fullmatch(vid) and (host != "player.vimeo.com" or "/video/" in path):
            return Embed(PROVIDERS["vimeo"], vid, f"https://vimeo.com/{vid}")
    elif host in PROVIDERS["x"].hosts:
        m = _X_PATH.fullmatch(path)
        if m:
            return Embed(PROVIDERS["x"], m[2], f"https://x.com/{m[1]}/status/{m[2]}")
    elif host in PROVIDERS["instagram"].hosts:
        m = _INSTAGRAM_PATH.fullmatch(path)
        if m:
            return Embed(PROVIDERS["instagram"], m[2], f"https://www.instagram.com/{m[1]}/{m[2]}/")
    return None


def valid(provider: str, url: str) -> bool:
    embed = parse(url)
    return embed is not None and embed.provider.name == provider


def render(provider: str, url: str, caption: str = "") -> str:
    """Readers' markup for a stored embed ("" if it is not on the allow-list any more)."""
    embed = parse(url)
    if embed is None or embed.provider.name != provider:
        return ""
    label = embed.provider.label
    caption_html = format_html("<figcaption>{}</figcaption>", caption) if caption else ""
    if embed.frame_url:
        return format_html(
            '<figure class="embed embed-{}"><div class="embed-frame">'
            '<iframe src="{}" title="{}" loading="lazy" allowfullscreen '
            'allow="encrypted-media; fullscreen; picture-in-picture" '
            'referrerpolicy="strict-origin-when-cross-origin" '
            'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups">'
            "</iframe></div>{}"
            '<p class="embed-link"><a href="{}" rel="noopener">Watch on {}</a></p></figure>',
            embed.provider.name,
            embed.frame_url,
            caption or f"Video on {label}",
            caption_html,
            embed.url,
            label,
        )
    return format_html(
        '<figure class="embed embed-{} embed-card"><blockquote>'
        '<p><a href="{}" rel="noopener">View this post on {}</a></p></blockquote>{}</figure>',
        embed.provider.name,
        embed.url,
        label,
        caption_html,
    )
