"""{% fixed_url %}: the header and footer links reversed once per process, not on every page."""

from django.template import engines
from django.urls import reverse, set_script_prefix

from articles.templatetags import pages


def render(text):
    return engines["django"].from_string("{% load pages %}" + text).render({})


def test_fixed_url_is_reverse_and_reverses_once(monkeypatch):
    pages._fixed_urls.clear()
    calls = []
    real = pages.reverse
    monkeypatch.setattr(pages, "reverse", lambda name: calls.append(name) or real(name))
    first = render("{% fixed_url 'articles:archive' %}")
    assert first == reverse("articles:archive")
    assert render("{% fixed_url 'articles:archive' %}|{% fixed_url 'articles:search' %}") == (
        f"{first}|{reverse('articles:search')}"
    )
    assert calls == ["articles:archive", "articles:search"]


def test_fixed_url_follows_the_script_prefix():
    pages._fixed_urls.clear()
    try:
        set_script_prefix("/news/")
        assert render("{% fixed_url 'articles:archive' %}") == "/news/archive/"
    finally:
        set_script_prefix("/")
    assert render("{% fixed_url 'articles:archive' %}") == "/archive/"


def test_the_site_header_and_footer_links_use_it(client, db):
    html = client.get("/archive/").content.decode()
    for name in ("articles:home", "articles:search", "articles:archive", "articles:feed-rss"):
        assert f'href="{reverse(name)}"' in html or f'action="{reverse(name)}"' in html
