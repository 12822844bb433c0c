"""Revisions of an article (django-simple-history records) compared field by field."""

import difflib
import json
import re

from django.utils.text import capfirst

from .. import richtext
from ..models import Article
from .article_forms import local_time

TEXT_FIELDS = {"title", "summary", "body", "byline", "dateline"}


def text_segments(old: str, new: str) -> list[tuple[str, str]]:
    """A word-level diff: [("equal"|"delete"|"insert", text), ...]."""
    a, b = re.split(r"(\s+)", old or ""), re.split(r"(\s+)", new or "")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", "".join(b[j1:j2])))
    return out


def compare_revisions(article, params) -> tuple[dict, int]:
    """The compare page's context for ``?old=<history id>&new=<history id>``, and its status.

    Without parameters: the latest revision against the one before it.
    """
    revisions = list(article.history.select_related("history_user"))
    context = {"article": article, "revisions": revisions}
    if not revisions:
        context["error"] = "This article has no revisions yet."
        return context, 200
    by_id = {str(r.history_id): r for r in revisions}
    new = by_id.get(params.get("new")) if "new" in params else revisions[0]
    default_old = revisions[1] if len(revisions) > 1 else revisions[0]
    old = by_id.get(params.get("old")) if "old" in params else default_old
    if old is None or new is None:
        context["error"] = "Choose two revisions of this article from the lists below."
        return context, 400
    if (old.history_date, old.history_id) > (new.history_date, new.history_id):
        old, new = new, old
    delta = new.diff_against(old, foreign_keys_are_objs=True)
    context.update(old=old, new=new, changes=[change_row(c) for c in delta.changes])
    return context, 200


def show(value) -> str:
    if value is None or value == "":
        return "—"
    if hasattr(value, "tzinfo"):
        return local_time(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def change_row(change) -> dict:
    row = {"label": capfirst(Article._meta.get_field(change.field).verbose_name)}
    if change.field == "body":  # rich text: compared as an editor reads it, not as markup
        row["segments"] = text_segments(
            richtext.readable(change.old or ""), richtext.readable(change.new or "")
        )
    elif change.field in TEXT_FIELDS:
        row["segments"] = text_segments(change.old or "", change.new or "")
    else:
        row.update(old=show(change.old), new=show(change.new))
    return row
