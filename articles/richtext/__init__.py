"""Rich text for article bodies: pure functions, no models.

The stored body is sanitised HTML (sanitize.py has the allow-list). ``from_plain`` turns
plain text and captions into it, ``to_text``/``blocks`` read it back, ``render`` draws it for
readers (photos through the media library, embeds from an allow-list of hosts).
"""

from . import embeds
from .convert import figure, from_input, from_plain, looks_like_html, split_credit, to_plain
from .render import render
from .sanitize import sanitize
from .text import (
    MISSING_PHOTO,
    Block,
    blocks,
    has_missing_photo,
    image_ids,
    paragraphs,
    photo_slots,
    readable,
    to_text,
)

__all__ = [
    "MISSING_PHOTO",
    "Block",
    "blocks",
    "embeds",
    "figure",
    "from_input",
    "from_plain",
    "has_missing_photo",
    "image_ids",
    "looks_like_html",
    "paragraphs",
    "photo_slots",
    "readable",
    "render",
    "sanitize",
    "split_credit",
    "to_plain",
    "to_text",
]
