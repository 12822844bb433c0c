"""Articles, sections and sources as the API's JSON: pure functions over loaded instances.

``request`` only makes absolute addresses. Sections come from the in-memory SectionTree (their
paths cost no query); sources are loaded with the articles (``select_related``).

Images: the media library will add an ``images`` list to each article (see
:func:`article_images`, the one place to fill in); the field is in the schema already, empty.
"""

from django.urls import reverse

from .. import richtext
from ..cache import tags as T


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def section_brief(section) -> dict | None:
    if section is None:
        return None
    return {
        "id": section.pk,
        "name": section.name,
        "slug": section.slug,
        "path": section.path,
        "slug_path": section.slug_path,
    }


def section_full(section, request) -> dict:
    return {
        **section_brief(section),
        "parent_id": section.parent_id,
        "position": section.position,
        "url": absolute(request, section.get_absolute_url()),
    }


def source_brief(source) -> dict | None:
    if source is None:
        return None
    return {"id": source.pk, "name": source.name, "slug": source.slug}


def source_full(source, request) -> dict:
    return {
        **source_brief(source),
        "kind": source.kind,
        "home_page": source.url or None,
        "url": absolute(request, source.get_absolute_url()),
    }


def article_images(article, request) -> list[dict]:
    """The article's pictures from the media library (``{"id", "url", "caption", "credit",
    "alt", "width", "height", "role"}``): the lead photo first, then the body's photos in order,
    each at its largest JPEG rendition."""
    from ..media.models import Image
    from ..media.render import sources

    slots = {b.image_id: b for b in richtext.photo_slots(article.body) if b.image_id is not None}
    ids = [*([article.lead_image_id] if article.lead_image_id else []), *slots]
    if not ids:
        return []  # no query for a story without pictures (a ninjs list is 50 of them)
    found = Image.objects.in_bulk(list(dict.fromkeys(ids)))
    out, seen = [], set()
    for image_id in ids:
        image = found.get(image_id)
        if image is None or image_id in seen:
            continue
        seen.add(image_id)
        T.depend(T.image(image_id))
        slot = slots.get(image_id)
        src = sources(image)
        out.append(
            {
                "id": image_id,
                "url": absolute(request, src["jpeg"].split(", ")[-1].rsplit(" ", 1)[0]),
                "caption": (slot.caption_text if slot else "") or image.caption,
                "credit": image.credit,
                "alt": image.alt_text,
                "width": src["width"],
                "height": src["height"],
                "role": "lead" if image_id == article.lead_image_id else "body",
            }
        )
    return out


def article_brief(article, request, *, with_status: bool = False) -> dict:
    """What a list shows of an article."""
    T.depend(T.article(article.pk))
    out = {
        "id": article.pk,
        "slug": article.slug,
        "title": article.title,
        "summary": article.summary,
        "byline": article.byline,
        "dateline": article.dateline,
        "section": section_brief(article.section),
        "source": source_brief(article.source),
        "published_at": article.published_at,
        "updated_at": article.updated_at,
        "url": absolute(request, article.get_absolute_url()),
        "api_url": absolute(request, reverse("api:article", kwargs={"article_id": article.pk})),
    }
    if with_status:  # tokens that read drafts: readers' lists have only published articles
        out["status"] = article.status
    return out


def article_full(article, request, *, with_status: bool = False) -> dict:
    """An article in full."""
    return {
        **article_brief(article, request, with_status=with_status),
        "body": article.body,
        "body_text": richtext.to_text(article.body),
        "paragraphs": richtext.paragraphs(article.body),
        "captions": richtext.to_plain(article.body)[1],
        "canonical_url": article.canonical_url or None,
        "ninjs_url": absolute(
            request, reverse("api:ninjs-article", kwargs={"article_id": article.pk})
        ),
        "images": article_images(article, request),
    }
