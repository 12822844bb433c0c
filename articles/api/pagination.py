"""Keyset ("cursor") pagination: each page starts after the last row of the one before.

The cursor is opaque to clients (URL-safe base64 of JSON): the ordering it belongs to, and the
sort value and id of the last row served. A page costs the same at row 20 and at row 1,000,000
(an index range scan from the cursor, no OFFSET), and rows written meanwhile never shift a page
or repeat a row: the order is total, ties broken by id.
"""

import base64
import binascii
import datetime
import json
from dataclasses import dataclass

from django.db.models import F, Q


class CursorError(ValueError):
    pass


@dataclass(frozen=True)
class Ordering:
    """Rows sorted by ``field`` then id, both descending or both ascending. ``nullable``: the
    field may be null (drafts have no publication time): nulls come first, on every database,
    as PostgreSQL sorts them by default in a descending index, so the index still serves it."""

    name: str
    field: str
    descending: bool
    nullable: bool = False

    def order_by(self) -> list:
        if self.nullable:
            field = F(self.field)
            field = field.desc(nulls_first=True) if self.descending else field.asc(nulls_first=True)
            return [field, F("id").desc() if self.descending else F("id").asc()]
        sign = "-" if self.descending else ""
        return [f"{sign}{self.field}", f"{sign}id"]

    def after(self, value, pk) -> Q:
        op = "lt" if self.descending else "gt"
        if value is None:  # among the nulls (first): the rest of them by id, then every dated row
            return Q(**{f"{self.field}__isnull": True, f"id__{op}": pk}) | Q(
                **{f"{self.field}__isnull": False}
            )
        # (field, id) beyond (value, pk), written so that the first term is a plain range on the
        # field: the index on it starts the scan at the cursor (an OR alone would not).
        inclusive = "lte" if self.descending else "gte"
        return Q(**{f"{self.field}__{inclusive}": value}) & (
            Q(**{f"{self.field}__{op}": value}) | Q(**{f"id__{op}": pk})
        )


NEWEST = Ordering("newest", "published_at", descending=True)
NEWEST_ALL = Ordering("newest", "published_at", descending=True, nullable=True)  # drafts too
UPDATED = Ordering("updated", "updated_at", descending=False)


def encode(ordering: Ordering, value, pk: int) -> str:
    if isinstance(value, datetime.datetime):
        value = value.isoformat()
    raw = json.dumps([ordering.name, value, pk], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, ordering: Ordering):
    """(value, pk) of the row ``cursor`` stands after; CursorError if it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, value, pk = json.loads(raw)
        if value is not None:
            value = datetime.datetime.fromisoformat(value)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise CursorError("the cursor is not valid: use the `next` link as given") from None
    if name != ordering.name or not isinstance(pk, int):
        raise CursorError("the cursor belongs to another ordering or is not valid")
    return value, pk


def page(queryset, ordering: Ordering, cursor: str | None, limit: int):
    """(rows, next cursor or None): ``limit`` rows after ``cursor``."""
    if cursor:
        value, pk = decode(cursor, ordering)
        queryset = queryset.filter(ordering.after(value, pk))
    rows = list(queryset.order_by(*ordering.order_by())[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    if not more or not rows:
        return rows, None
    last = rows[-1]
    return rows, encode(ordering, getattr(last, ordering.field), last.pk)
