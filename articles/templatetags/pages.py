"""Tags for the reader site's hottest template paths, written in Python.

A list page prints twenty cards and the navigation on every page: ``{% include %}`` in a loop
costs a template lookup, a context push and a render per card. ``{% card %}`` builds the same
markup directly (escaped with format_html) and ``{% nav_links %}`` reuses the links the shared
section tree rendered once (articles/sections.py).
"""

import html

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.safestring import SafeData, mark_safe

from ..media import render, specs
from ..sections import section_tree

register = template.Library()

_fixed_urls: dict[tuple, str] = {}


@register.simple_tag
def fixed_url(name: str) -> str:
    """``{% url name %}`` for an address with no arguments (the site's header and footer links),
    reversed once per process, URL configuration and script prefix instead of on every page."""
    key = (name, settings.ROOT_URLCONF, get_urlconf(), get_script_prefix())
    url = _fixed_urls.get(key)
    if url is None:
        url = _fixed_urls[key] = reverse(name)
    return url


@register.simple_tag(takes_context=True)
def nav_links(context):
    request = context["request"]
    match = getattr(request, "resolver_match", None)
    latest = match is not None and match.url_name == "list"
    return section_tree(request).nav_html(context.get("nav_current"), latest)


def _e(value) -> str:
    """Escaped as autoescape would (Django's escape() is html.escape()), without its overhead."""
    if isinstance(value, SafeData):
        return str(value)
    return html.escape(str(value))


@register.simple_tag
def card(article, level=2, featured=False, photo="card"):
    """One article card, the markup the include card.html printed (listing.prepare() made its
    URL, dates and short summary, and attached its ``lead_photo``). ``photo``: "card", "list"
    or "" (none); the featured card's photo is fetched first, the others lazily."""
    image = getattr(article, "lead_photo", None) if photo else None
    classes = "card card-lead" if featured else "card"
    out = [f'<article class="{classes} has-photo">' if image else f'<article class="{classes}">']
    if image is not None:
        sizes, widths = render.CARD_PHOTOS["lead" if featured else photo]
        pic = render.picture(
            image,
            sizes=sizes,
            widths=widths,
            ratio=specs.CARD_RATIO,
            lazy=not featured,
            css_class="card-photo",
        )
        out.append(f"\n  {pic}")
    section_url = getattr(article, "section_url", None)
    if section_url:
        out.append(
            f'\n  <p class="kicker"><a href="{_e(section_url)}">{_e(article.section.name)}</a></p>'
        )
    title = getattr(article, "title_html", None) or article.title
    h = int(level)
    out.append(f'\n  <h{h} class="card-title"><a href="{_e(article.url)}">{_e(title)}</a></h{h}>')
    snippet = getattr(article, "snippet_html", None)
    if snippet:
        out.append(f'\n  <p class="snippet">{_e(snippet)}</p>')
    elif article.summary:
        summary = article.summary if featured else article.summary_short
        out.append(f'\n  <p class="summary">{_e(summary)}</p>')
    when = f'<time datetime="{_e(article.date_iso)}">{_e(article.date_text)}</time>'
    out.append(f'\n  <p class="meta">{when}')
    if article.byline:
        out.append(f' · <span class="byline">{_e(article.byline)}</span>')
    if article.source_id:
        out.append(f' · <span class="source">{_e(article.source.name)}</span>')
    out.append("</p>\n</article>")
    return mark_safe("".join(out))  # every value above is escaped


@register.simple_tag(takes_context=True)
def story_kicker(context, article):
    """The story's section path, the markup the template's loop printed (``{% if
    article.section %}<p class="kicker">…``), its links from the shared tree's URLs."""
    section = article.section if article.section_id is not None else None
    if section is None:
        return ""
    tree = section_tree(context["request"])
    links = []
    for s in section.ancestors():
        url = tree.url(s) if tree.by_pk.get(s.pk) is s else s.get_absolute_url()
        links.append(f'<a href="{_e(url)}">{_e(s.name)}</a>')
    return mark_safe(f'<p class="kicker">{" / ".join(links)}</p>')  # every value is escaped


@register.simple_tag
def story_meta(article):
    """The story's byline, date and source line: the markup of the template's ``{% url %}``
    tags and ``date`` filters (the day's archive, ISO and "4 December 2026, 23:57" in the
    current time zone), made here once."""
    out = ['<p class="meta">\n      ']
    if article.byline:
        url = reverse("articles:byline", args=[article.byline])
        out.append(f'By <a href="{_e(url)}" class="byline">{_e(article.byline)}</a> · ')
    out.append("\n      ")
    if article.published_at:
        when = timezone.localtime(article.published_at)
        day = reverse(
            "articles:archive-day", args=[f"{when.year:04d}", str(when.month), str(when.day)]
        )
        text = f"{when.day} {MONTHS[when.month]} {when.year:04d}, {when:%H}:{when:%M}"
        out.append(
            f'<a href="{_e(day)}"><time datetime="{_e(when.isoformat())}">{_e(text)}</time></a>'
        )
    else:
        out.append("Not yet published")
    out.append("\n      ")
    source = article.source if article.source_id is not None else None
    if source:
        out.append(f' · <a href="{_e(source.get_absolute_url())}">{_e(source.name)}</a>')
    out.append("\n    </p>")
    return mark_safe("".join(out))  # every value above is escaped
