"""Which images articles use (the lead photo, and the photos in the body's
``<figure data-image="ID">``), read in one query per page or check.

* :func:`attach_lead_images` gives a list of articles their ``lead_photo`` (cards, feeds);
* :func:`images_by_id` resolves a body's photos at once (the rich-text renderer);
* :func:`photos_without_alt` is what the publish path refuses (articles/workflow.py);
* :func:`articles_using` is the media library's "where is it used".
"""

from html.parser import HTMLParser

from django.db.models import Q

from ..models import Article
from .models import Image
from .render import PICTURE_FIELDS


class _Figures(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int | None, str | None]] = []

    def handle_starttag(self, tag, attrs):
        if tag != "figure":
            return
        attrs = dict(attrs)
        if "data-image" not in attrs:
            return  # an embed, or any other figure
        ref = (attrs.get("data-image") or "").strip()
        self.found.append((int(ref) if ref.isdigit() else None, attrs.get("data-alt")))


def figure_refs(body: str) -> list[tuple[int | None, str | None]]:
    """[(image id or None for a slot still empty, data-alt or None)] of the photos in a body."""
    if not body or "data-image" not in body:
        return []
    parser = _Figures()
    parser.feed(body)
    parser.close()
    return parser.found


def images_by_id(ids) -> dict[int, Image]:
    """{id: Image} with the columns a page prints, one query (missing ids are left out)."""
    ids = {int(pk) for pk in ids if pk is not None}
    if not ids:
        return {}
    return {img.pk: img for img in Image.objects.filter(pk__in=ids).only(*PICTURE_FIELDS)}


def attach_lead_images(articles) -> list:
    """Set ``article.lead_photo`` (an Image or None) on each of ``articles``: joined already
    (``select_related("lead_image")``: no query), or in one query."""
    articles = list(articles)
    joined = Article.lead_image.is_cached
    wanted = (a.lead_image_id for a in articles if a.lead_image_id and not joined(a))
    found = images_by_id(wanted)
    for article in articles:
        if joined(article):
            article.lead_photo = article.lead_image
        else:
            article.lead_photo = found.get(article.lead_image_id)
    return articles


def photos_without_alt(lead_image_id, body: str) -> list[Image]:
    """The photos an article would show with no alt text: its lead photo, and each photo of its
    body that has no ``data-alt`` of its own. One query, none if it has no photo."""
    refs = figure_refs(body)
    wanted = {pk for pk, alt in refs if pk is not None and not (alt or "").strip()}
    if lead_image_id:
        wanted.add(int(lead_image_id))
    if not wanted:
        return []
    images = Image.objects.filter(pk__in=wanted).only("id", "title", "alt_text").order_by("id")
    return [image for image in images if not image.has_alt]


def using_q(image_id: int) -> Q:
    """Articles that show image ``image_id``: as their lead, or in their body."""
    return Q(lead_image_id=image_id) | Q(body__contains=f'data-image="{int(image_id)}"')


def articles_using(image: Image):
    return Article.objects.filter(using_q(image.pk)).only(
        "id", "title", "slug", "status", "published_at", "lead_image_id"
    )
