"""The article body for readers: ``{{ article.body|rich_body }}`` (articles/richtext/render.py)."""

from django import template

from .. import richtext

register = template.Library()


@register.filter
def rich_body(html):
    return richtext.render(html or "")
