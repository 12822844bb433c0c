"""Reader-side markup for photos: ``<picture>`` with WebP and JPEG ``srcset``, ``sizes``, and
``width``/``height`` (the browser reserves the box: no layout shift), lazy below the fold.

Everything is computed from the Image's own columns (SHA-256, size, focal point, alt text): the
renditions' names are a function of them (specs.py), so a page makes no query per photo. A page
that prints a photo depends on it (the ``image:<id>`` tag): editing its alt text, caption,
credit or focal point refreshes exactly those pages.
"""

import threading
from collections import OrderedDict

from django.core.files.storage import default_storage
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from ..cache import tags as T
from . import specs

#: The columns a page needs to print an Image (``Image.objects.only(*PICTURE_FIELDS)``).
PICTURE_FIELDS = (
    "id",
    "sha256",
    "width",
    "height",
    "focal_x",
    "focal_y",
    "alt_text",
    "caption",
    "credit",
    "updated_at",
)

#: ``sizes`` of the places photos are shown (site.css lays them out so).
STORY_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"
LEAD_CARD_SIZES = "(min-width: 72rem) 44rem, (min-width: 48rem) 62vw, calc(100vw - 2rem)"
CARD_SIZES = "(min-width: 72rem) 22rem, (min-width: 48rem) 30vw, calc(100vw - 2rem)"
LIST_SIZES = "(min-width: 48rem) 9rem, 6rem"
#: How a card's photo is shown: (sizes, widths) for the front page's lead story, a card in a
#: grid, a row of a list. Cards crop to specs.CARD_RATIO around the focal point.
CARD_PHOTOS = {
    "lead": (LEAD_CARD_SIZES, (640, 1024, 1600)),
    "card": (CARD_SIZES, (320, 640, 1024)),
    "list": (LIST_SIZES, (320, 640)),
}


def _remember(key: tuple, make):
    """``make()``, kept in this process under ``key`` (the last ``KEPT``)."""
    key = (*key, default_storage.base_url)
    with _made_lock:
        found = _made.get(key)
        if found is not None:
            _made.move_to_end(key)
            return found
    found = make()
    with _made_lock:
        _made[key] = found
        while len(_made) > KEPT:
            _made.popitem(last=False)
    return found


def _photo_key(image) -> tuple:
    """What a photo's renditions' names and sizes are made of."""
    return (image.sha256, image.width, image.height, image.focal_x, image.focal_y)


def sources(image, *, ratio: str = "", widths=specs.WIDTHS) -> dict:
    """The URLs and intrinsic size of ``image``'s renditions: {"webp": "url 320w, …",
    "jpeg": "…", "src": the JPEG nearest 640 px, "width": …, "height": …} for the crop
    ``ratio`` ("" the whole photo)."""
    key = ("sources", *_photo_key(image), ratio, tuple(widths))
    return _remember(key, lambda: _sources(image, ratio, widths))


def _sources(image, ratio, widths) -> dict:
    focal = specs.focal_percent(image.focal_x, image.focal_y)
    sizes = specs.planned(image.width, image.height, focal, ratio, widths)
    out = {}
    for fmt in specs.FORMATS:
        urls = [
            (default_storage.url(specs.rendition_name(image.sha256, w, ratio, focal, fmt)), w)
            for w, _ in sizes
        ]
        out[fmt] = ", ".join(f"{url} {w}w" for url, w in urls)
        if fmt == "jpeg":
            out["src"] = min(urls, key=lambda u: abs(u[1] - 640))[0]
    out["width"], out["height"] = sizes[-1]
    return out


#: Markup made recently, by everything it is made of (the photo's hash, size, focal point and
#: alt text among them, so an edited photo never matches): a list of twenty cards costs twenty
#: dictionary lookups, not twenty times the addresses, crops and escaping. Per process, bounded.
KEPT = 4096
_made: OrderedDict[tuple, SafeString] = OrderedDict()
_made_lock = threading.Lock()


def picture(
    image,
    *,
    sizes: str,
    widths=specs.WIDTHS,
    ratio: str | None = None,
    lazy: bool = True,
    alt: str | None = None,
    css_class: str = "",
) -> SafeString:
    """``<picture>`` for ``image``: WebP for the browsers that take it, JPEG for the others.
    ``ratio`` crops around the focal point ("3:2" for cards; None the whole photo). ``lazy``:
    below the fold (``loading="lazy"``); otherwise fetched first (``fetchpriority="high"``).
    ``alt`` overrides the Image's alt text."""
    T.depend(T.image(image.pk))
    text = image.alt_text if alt is None else alt
    key = ("picture", *_photo_key(image), text, sizes, tuple(widths), ratio or "", lazy, css_class)
    return _remember(key, lambda: _picture(image, sizes, widths, ratio, lazy, text, css_class))


def _picture(image, sizes, widths, ratio, lazy, text, css_class) -> SafeString:
    found = sources(image, ratio=ratio or "", widths=widths)
    loading = (
        mark_safe(' loading="lazy" decoding="async"')
        if lazy
        else mark_safe(' fetchpriority="high" decoding="async"')
    )
    class_attr = format_html(' class="{}"', css_class) if css_class else ""
    return format_html(
        '<picture{}><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}></picture>',
        class_attr,
        found["webp"],
        sizes,
        found["src"],
        found["jpeg"],
        sizes,
        found["width"],
        found["height"],
        text,
        loading,
    )


def preload(image, *, sizes: str, ratio: str | None = None, widths=specs.WIDTHS) -> SafeString:
    """``<link rel="preload">`` for the page's lead photo, in the WebP every current browser
    takes (one that does not ignores it and loads the JPEG from the ``<picture>``)."""
    found = sources(image, ratio=ratio or "", widths=widths)
    return format_html(
        '<link rel="preload" as="image" type="image/webp" imagesrcset="{}" imagesizes="{}" '
        'fetchpriority="high">',
        found["webp"],
        sizes,
    )


def caption_html(caption, credit) -> SafeString:
    """``Caption <span class="credit">Credit</span>`` (text escaped; SafeStrings from the
    rich-text sanitiser kept)."""
    caption = conditional_escape(caption or "")
    credit = conditional_escape(credit or "")
    if credit:
        return format_html(
            '{}{}<span class="credit">{}</span>', caption, " " if caption else "", credit
        )
    return caption


def figure(
    image,
    *,
    caption=None,
    credit=None,
    alt: str | None = None,
    sizes: str = STORY_SIZES,
    lazy: bool = True,
) -> SafeString:
    """A photo in a story, with its caption and credit in ``<figcaption>`` (None: the Image's
    own). With ``image`` None (a photo slot still to fill) readers get the caption alone, or
    nothing at all when there is no caption either."""
    if image is None:
        text = caption_html(caption, credit)
        if not text:
            return mark_safe("")
        return format_html(
            '<figure class="photo photo-missing"><figcaption>{}</figcaption></figure>', text
        )
    text = caption_html(
        image.caption if caption is None else caption, image.credit if credit is None else credit
    )
    photo = picture(image, sizes=sizes, lazy=lazy, alt=alt)
    if not text:
        return format_html('<figure class="photo">{}</figure>', photo)
    return format_html('<figure class="photo">{}<figcaption>{}</figcaption></figure>', photo, text)


def social_images(image) -> list[tuple[str, int, int]]:
    """[(url, width, height)] of the 16:9, 4:3 and 1:1 crops (JSON-LD ``image``)."""
    return _remember(("social", *_photo_key(image)), lambda: _social_images(image))


def _social_images(image) -> list[tuple[str, int, int]]:
    focal = specs.focal_percent(image.focal_x, image.focal_y)
    out = []
    for ratio in specs.SOCIAL_RATIOS:
        (width, height), *_ = specs.planned(
            image.width, image.height, focal, ratio, (specs.SOCIAL_WIDTH,)
        )
        name = specs.rendition_name(image.sha256, width, ratio, focal, "jpeg")
        out.append((default_storage.url(name), width, height))
    return out
