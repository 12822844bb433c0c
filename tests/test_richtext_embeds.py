"""Embeds from an allow-list of hosts (articles/richtext/embeds.py), rendered within the CSP."""

import pytest
from django.conf import settings

from articles.richtext import embeds


@pytest.mark.parametrize(
    ("url", "provider", "canonical"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "https://vimeo.com/76979871"),
        ("https://player.vimeo.com/video/76979871", "vimeo", "https://vimeo.com/76979871"),
        ("https://twitter.com/vnagency/status/123456", "x", "https://x.com/vnagency/status/123456"),
        ("https://www.instagram.com/p/Cabc123/", "instagram", "https://www.instagram.com/p/Cabc123/"),
    ],
)  # fmt: skip
def test_known_addresses(url, provider, canonical):
    embed = embeds.parse(url)
    assert (embed.provider.name, embed.url) == (provider, canonical)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
        "https://vimeo.com/channels/staff",
        "https://x.com/home",
        "",
    ],
)
def test_other_addresses_are_not_embeds(url):
    assert embeds.parse(url) is None
    assert embeds.render("youtube", url) == ""


def test_videos_play_from_privacy_friendly_hosts_that_the_csp_allows():
    html = embeds.render("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "The launch")
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert 'title="The launch"' in html and 'loading="lazy"' in html and "sandbox=" in html
    assert "<figcaption>The launch</figcaption>" in html
    frame_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    assert set(embeds.FRAME_ORIGINS) == set(frame_src) - {"'self'"}
    assert "'unsafe-inline'" not in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"]


def test_social_posts_are_link_cards_with_no_script():
    html = embeds.render("x", "https://x.com/vnagency/status/123456")
    assert "<script" not in html and "<iframe" not in html
    assert '<a href="https://x.com/vnagency/status/123456" rel="noopener">' in html
