"""The dump parser's source profiles, read from the ``Source`` rows editors keep in the admin.

The parser (``articles.importers.dumps``) is pure and never reads the database: everything that
parses a dump for the app calls ``load_profiles()`` and passes the result as
``parse_bytes(..., profiles=...)``. Migration 0009 seeded the rows with the parser's built-in
table (``DEFAULT_PROFILES``); an editor who meets a new supplier adds or edits a Source (its
aliases, sign-offs, lede prefixes, page furniture, caption credits) and the next parse knows it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

from ..models import Source
from .dumps.profiles import DEFAULT_PROFILES, SourceProfile, source_key

#: Source fields that become a SourceProfile's (Source field -> profile attribute).
HINT_FIELDS = {
    "aliases": "aliases",
    "signoffs": "signoffs",
    "lede_prefixes": "lede_prefixes",
    "chrome_lines": "chrome",
    "caption_credits": "caption_credit",
}


def _lines(value) -> tuple[str, ...]:
    """A JSON list from the database as a tuple of non-empty strings (anything else dropped)."""
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        return ()
    return tuple(dict.fromkeys(s.strip() for s in value if isinstance(s, str) and s.strip()))


def profile_of(source: Source) -> SourceProfile:
    kind = source.kind if source.kind in Source.Kind.values else Source.Kind.OTHER
    hints = {attr: _lines(getattr(source, field)) for field, attr in HINT_FIELDS.items()}
    return SourceProfile(name=source.name, kind=str(kind), **hints)


def _merge(profile: SourceProfile, built_in: SourceProfile) -> SourceProfile:
    """A Source's profile with what the parser's own table knows of the same supplier added
    (the Source's name and kind stand; lists are joined, the Source's lines first)."""

    def joined(attr):
        lines = (*getattr(profile, attr), *getattr(built_in, attr))
        return tuple(dict.fromkeys(lines))

    spelled = {source_key(s) for s in profile.spellings}
    aliases = [s for s in built_in.spellings if source_key(s) not in spelled]
    return SourceProfile(
        name=profile.name,
        kind=profile.kind,
        aliases=tuple(dict.fromkeys((*profile.aliases, *aliases))),
        **{
            attr: joined(attr) for attr in ("signoffs", "lede_prefixes", "chrome", "caption_credit")
        },
    )


def load_profiles(using: str = DEFAULT_DB_ALIAS) -> tuple[SourceProfile, ...]:
    """Every Source as a profile (one query), with the parser's built-in knowledge added.

    Sources come in the order they were created: an earlier one wins an alias two share, as in
    DEFAULT_PROFILES (migration 0009 created the built-in ones first). A Source that has a
    built-in profile's name as its name or as an alias is that supplier: its profile gets the
    built-in spellings and hints it lacks, so what the parser's table learns after the seed is
    never hidden by a seeded row (editors add to the built-in knowledge; they do not take it
    away). Built-in profiles no Source names come last: the parser never knows less than them.
    """
    rows = Source.objects.using(using).only("name", "kind", *HINT_FIELDS).order_by("pk")
    profiles = [profile_of(source) for source in rows]
    built_in = {source_key(p.name): p for p in DEFAULT_PROFILES}
    merged, used = [], set()
    for profile in profiles:
        keys = [k for k in (source_key(s) for s in profile.spellings) if k in built_in]
        match = next((k for k in keys if k not in used), None)
        if match is not None:
            used.add(match)
            profile = _merge(profile, built_in[match])
        merged.append(profile)
    return (*merged, *(p for k, p in built_in.items() if k not in used))


def profiles_if_available(using: str = DEFAULT_DB_ALIAS) -> tuple[SourceProfile, ...]:
    """``load_profiles()`` where the database is there to read; else the built-in table.

    For ``manage.py parse_dump``, which must work on a machine with no database: a SQLite file
    that does not exist is not created, and a database that does not answer or is not migrated
    yet gives ``DEFAULT_PROFILES``.
    """
    connection = connections[using]
    if connection.vendor == "sqlite":
        name = str(connection.settings_dict.get("NAME") or "")
        on_disk = name and name != ":memory:" and not name.startswith("file:")
        if on_disk and not Path(name).is_file():
            return DEFAULT_PROFILES
    try:
        return load_profiles(using)
    except DatabaseError:
        return DEFAULT_PROFILES


def profiles_digest(profiles) -> str:
    """A short hash of the profiles: a preview made with them is still true while it matches."""
    return hashlib.sha256(repr(tuple(profiles)).encode()).hexdigest()[:16]
