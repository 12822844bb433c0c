"""Writing the audit log: plain calls made by the paths that know the event.

The workflow's write paths (the admin's change form, list edits, bulk actions and revert), the
importers (one entry per import, with its counts), the exports, the user and group admin and
the login machinery call these. Nothing is recorded through model signals: bulk writes
(``bulk_create``, COPY, ``QuerySet.update``) would slip past them, and the signal would not know
who acted or why. An entry written inside a transaction that rolls back is gone with it: what
did not happen is not logged.
"""

import getpass

from newsroom.client_ip import client_ip

from .models import Action, AuditEntry

__all__ = ["Action", "AuditEntry", "record"]

MAX_TEXT = 300


def _clip(text, size=MAX_TEXT) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= size else text[: size - 1] + "…"


def command_actor(command: str) -> str:
    """Who ran a management command: "manage.py import_articles (as deploy)"."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return f"manage.py {command} (as {who})"


def _entry(action, *, request=None, user=None, actor="", obj=None, summary="", details=None):
    if user is None and request is not None:
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            user = candidate
    entry = AuditEntry(
        action=Action(action),
        actor_id=user.pk if user is not None else None,
        actor=_clip(user.get_username() if user is not None else actor, 150),
        ip_address=client_ip(request) if request is not None else None,
        summary=_clip(summary, 500),
        details=details or {},
    )
    if obj is not None:
        entry.object_type = obj._meta.label_lower
        entry.object_id = str(obj.pk)
        entry.object_repr = _clip(obj)
    return entry


def record(action, *, request=None, user=None, actor="", obj=None, summary="", details=None):
    """Write one entry. ``user`` (else ``request.user`` when signed in) is who acted; ``actor``
    names a command or an anonymous party (a failed login's username) otherwise."""
    entry = _entry(
        action,
        request=request,
        user=user,
        actor=actor,
        obj=obj,
        summary=summary,
        details=details,
    )
    entry.save(force_insert=True)
    return entry


# ---- the article workflow -------------------------------------------------------------------


def article_state(article) -> dict | None:
    """What the log compares before and after a save: status and publication time."""
    if article is None:
        return None
    return {"status": article.status, "published_at": article.published_at}


def article_events(before: dict | None, after: dict | None) -> list[tuple[str, dict]]:
    """The audited moves between two states (pure): publish, unpublish, archive, and a change
    of publication time on an article that stays published (a schedule change)."""
    if after is None:
        return []
    was = (before or {}).get("status")
    now = after["status"]
    when = after.get("published_at")
    details = {"from": was, "to": now, "published_at": when.isoformat() if when else None}
    if now == "published" and was != "published":
        return [(Action.PUBLISH, details)]
    if was == "published" and now in ("draft", "review"):
        return [(Action.UNPUBLISH, details)]
    if now == "archived" and was != "archived":
        return [(Action.ARCHIVE, details)]
    if now == was == "published" and before.get("published_at") != when:
        old = before.get("published_at")
        details["previous_published_at"] = old.isoformat() if old else None
        return [(Action.SCHEDULE, details)]
    return []


def article_changed(request, before: dict | None, article, *, via: str) -> int:
    """Record the workflow moves of one article's save; returns how many entries."""
    events = article_events(before, article_state(article))
    for action, details in events:
        summary = f"{Action(action).label}: “{_clip(article, 200)}” ({via})"
        record(
            action, request=request, obj=article, summary=summary, details={**details, "via": via}
        )
    return len(events)


def articles_changed(request, changes, *, via: str) -> int:
    """Many saves at once (a bulk action): ``changes`` is [(before, article)], one entry per
    article moved, written in one INSERT."""
    entries = []
    for before, article in changes:
        for action, details in article_events(before, article_state(article)):
            summary = f"{Action(action).label}: “{_clip(article, 200)}” ({via})"
            entries.append(
                _entry(
                    action,
                    request=request,
                    obj=article,
                    summary=summary,
                    details={**details, "via": via},
                )
            )
    AuditEntry.objects.bulk_create(entries)
    return len(entries)


# ---- imports and exports --------------------------------------------------------------------


def imported(*, kind: str, name: str, counts: dict, request=None, user=None, actor="", batch=None):
    """One entry for a whole import (never one per row): the file(s), the counts, the batch."""
    shown = ", ".join(f"{v} {k}" for k, v in counts.items() if isinstance(v, int))
    return record(
        Action.IMPORT,
        request=request,
        user=user,
        actor=actor,
        obj=batch,
        summary=f"{kind} import of {_clip(name, 200)}: {shown}",
        details={"kind": kind, "file": name, "counts": counts},
    )


def exported(*, fmt: str, rows: int, request=None, user=None, actor="", target="", filters=None):
    return record(
        Action.EXPORT,
        request=request,
        user=user,
        actor=actor,
        summary=f"{rows} articles exported as {fmt}" + (f" to {target}" if target else ""),
        details={"format": fmt, "rows": rows, "file": target, "filters": filters or {}},
    )


def json_text(value) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
