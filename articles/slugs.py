"""Slugs made with python-slugify, so "Điện Biên Phủ" gives "dien-bien-phu".

Django's own slugify drops letters such as "Đ" ("ien-bien-phu"); python-slugify transliterates them.
"""

import re
from collections.abc import Iterable

from django.db.models import Q
from slugify import slugify as _slugify

FALLBACK = "untitled"


def make_slug(text: str, max_length: int = 200) -> str:
    """A slug for ``text``; never empty (falls back to "untitled")."""
    return _slugify(text or "", max_length=max_length, word_boundary=True) or FALLBACK


def unique_slug(text: str, taken: Iterable[str] | None = None, queryset=None, max_length=200):
    """``make_slug(text)`` with "-2", "-3", ... appended until it is free.

    A slug is taken when it is in ``taken`` or exists in ``queryset`` (pass the queryset without
    the object being edited).
    """
    base = make_slug(text, max_length=max_length - 8)
    taken = set(taken or ())
    if queryset is not None:  # only the base and its numbered forms, not every longer slug
        numbered = Q(slug__startswith=f"{base}-", slug__regex=rf"^{re.escape(base)}-[0-9]+$")
        taken |= set(
            queryset.filter(Q(slug=base) | numbered).values_list("slug", flat=True).iterator()
        )
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
