"""Template tags for photos on reader pages: ``{% load media %}``.

``{% lead_figure article %}`` the story's lead photo with its caption and credit (fetched first);
``{% lead_preload article %}`` and ``{% card_preload articles %}`` the ``<link rel="preload">``
of the page's first photo, for ``{% block preload %}`` in base.html;
``{% picture image sizes="…" ratio="3:2" lazy=True %}`` any photo.
"""

from django import template
from django.utils.safestring import mark_safe

from .. import render, specs

register = template.Library()


def _lead(article):
    return article.lead_image if getattr(article, "lead_image_id", None) else None


@register.simple_tag
def lead_figure(article):
    image = _lead(article)
    if image is None:
        return mark_safe("")
    return render.figure(image, lazy=False, sizes=render.STORY_SIZES)


@register.simple_tag
def lead_preload(article):
    image = _lead(article)
    if image is None:
        return mark_safe("")
    return render.preload(image, sizes=render.STORY_SIZES)


@register.simple_tag
def card_preload(articles):
    """The preload of the first card's photo (the front page's lead story), if it has one."""
    for article in articles or ():
        image = getattr(article, "lead_photo", None)
        if image is not None:
            sizes, widths = render.CARD_PHOTOS["lead"]
            return render.preload(image, sizes=sizes, ratio=specs.CARD_RATIO, widths=widths)
        break
    return mark_safe("")


@register.simple_tag
def picture(image, sizes, ratio=None, lazy=True, alt=None):
    if image is None:
        return mark_safe("")
    return render.picture(image, sizes=sizes, ratio=ratio, lazy=lazy, alt=alt)
