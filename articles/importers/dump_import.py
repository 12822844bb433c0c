"""Import raw dumps into the database: plain functions that the command and the admin wrap.

Each file is imported in one transaction (all or nothing). The raw bytes are stored verbatim as a
``RawDump`` (keyed on their SHA-256), every article records its dump and its span in it, and the
hash of what was imported (``import_fingerprint``) lets a re-import tell apart "unchanged",
"the dump was corrected" (update) and "an editor changed it since" (a conflict, never overwritten).
"""

import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from audit import log as audit

from ..api.webhooks import events as webhooks
from ..cache import articles_changed
from ..models import ImportBatch, RawDump
from .dump_diff import FieldChange
from .dump_writer import DumpWriter
from .dumps import DumpError, parse_bytes
from .profiles import load_profiles


@dataclass
class ArticleOutcome:
    """What happened (or, in a dry run, would happen) to one parsed article or teaser."""

    action: str  # created | updated | unchanged | conflict | skipped | removed | stub-...
    title: str
    warnings: list[str] = field(default_factory=list)
    article_id: int | None = None
    #: For an article that exists already: what the import changes (or would, for a conflict).
    changes: list[FieldChange] = field(default_factory=list)
    #: The parser's confidence in the article (None for teasers and removed articles).
    confidence: float | None = None
    doubts: list[str] = field(default_factory=list)


@dataclass
class FileResult:
    name: str
    error: str = ""
    raw_dump_id: int | None = None
    encoding: str = ""
    outcomes: list[ArticleOutcome] = field(default_factory=list)
    sections_created: int = 0
    warnings: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(o.action == action for o in self.outcomes)


@dataclass
class ImportResult:
    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False

    def total(self, action: str) -> int:
        return sum(f.count(action) for f in self.files)

    @property
    def errors(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    def summary(self) -> dict:
        ok = [f for f in self.files if not f.error]
        return {
            "files": len(ok),
            "failed": len(self.errors),
            "created": self.total("created"),
            "updated": self.total("updated"),
            "unchanged": self.total("unchanged"),
            "conflicts": self.total("conflict"),
            "removed": self.total("removed"),
            "skipped": self.total("skipped"),
            "teasers": sum(1 for f in ok for o in f.outcomes if o.action.startswith("stub")),
            "stubs_created": self.total("stub-created"),
            "sections_created": sum(f.sections_created for f in ok),
            "warnings": sum(len(f.warnings) + sum(len(o.warnings) for o in f.outcomes) for f in ok),
        }


#: The outcomes that may write what readers see (the others touch only the import's own fields).
PUBLIC_WRITES = frozenset({"created", "updated", "stub-created", "stub-exists"})


class _DryRunRollback(Exception):
    pass


def import_dump(
    data: bytes, name: str, *, publish=False, dry_run=False, user=None, batch=None, profiles=None
) -> FileResult:
    """Parse and import one dump file. Never raises for bad input: the error is in the result.

    ``profiles``: the parser's source profiles, by default ``load_profiles()`` (the Source rows);
    callers importing many files load them once and pass them in.
    """
    result = FileResult(name=name)
    if profiles is None:
        profiles = load_profiles()
    try:
        parsed = parse_bytes(data, name, profiles=profiles, today=received_on(data))
    except DumpError as exc:
        result.error = str(exc)
        return result
    result.encoding = parsed.encoding
    result.warnings = list(parsed.warnings)
    if not parsed.articles and not parsed.teasers:
        result.warnings.append(f"{name}: no articles found")
    try:
        with transaction.atomic():
            raw = store_raw_dump(data, parsed.filename or name, user, result)
            DumpWriter(parsed, result, publish=publish, user=user, batch=batch).write(raw)
            if dry_run:
                raise _DryRunRollback
            # Bulk writes: the page cache hears which articles were written (created ones are new).
            written = [o for o in result.outcomes if o.article_id and o.action in PUBLIC_WRITES]
            new = {o.article_id: None for o in written if o.action in ("created", "stub-created")}
            articles_changed([o.article_id for o in written], before=new)
            webhooks.articles_changed([o.article_id for o in written], before=new)
    except _DryRunRollback:
        result.raw_dump_id = None
    return result


def received_on(data: bytes) -> datetime.date:
    """The day these bytes first came in (today for a new dump): a dateline with no year is
    read against it, so re-importing a stored dump later dates its stories the same way."""
    first = (
        RawDump.objects.filter(sha256=hashlib.sha256(data).hexdigest())
        .values_list("received_at", flat=True)
        .first()
    )
    return timezone.localdate(first) if first else timezone.localdate()


def store_raw_dump(data: bytes, name: str, user=None, result: FileResult | None = None) -> RawDump:
    """Keep the bytes verbatim, once per content hash."""
    raw, _ = RawDump.objects.get_or_create(
        sha256=hashlib.sha256(data).hexdigest(),
        defaults={
            "name": name,
            "size": len(data),
            "content": data,
            "encoding": result.encoding if result else "",
            "warnings": result.warnings if result else [],
            "received_by": user,
        },
    )
    return raw


def import_raw_dump(
    raw: RawDump, *, publish=False, dry_run=False, user=None, batch=None, profiles=None
):
    """Re-run the import of a dump already stored (the admin's confirm step, and its re-parse
    with today's source profiles)."""
    return import_dump(
        bytes(raw.content),
        raw.name,
        publish=publish,
        dry_run=dry_run,
        user=user,
        batch=batch,
        profiles=profiles,
    )


def dump_files(paths) -> list[Path]:
    """The files named, and the files inside the directories named (sorted, no hidden files)."""
    found = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def import_paths(
    paths, *, publish=False, dry_run=False, user=None, actor="", progress=None
) -> ImportResult:
    """Import every dump under ``paths``; good files import, bad ones are reported.

    A dry run imports everything in one transaction that is rolled back, so later files see
    what earlier ones would create (a stub filled by a later page is reported as such).
    """
    if not dry_run:
        return _import_files(paths, publish=publish, user=user, actor=actor, progress=progress)
    try:
        with transaction.atomic():
            result = _import_files(paths, publish=publish, user=user, progress=progress, log=False)
            raise _DryRunRollback(result)
    except _DryRunRollback as rollback:
        result = rollback.args[0]
    result.dry_run = True
    for file_result in result.files:
        file_result.raw_dump_id = None
    return result


def _import_files(paths, *, publish, user, progress, log=True, actor="") -> ImportResult:
    files = dump_files(paths)
    result = ImportResult()
    profiles = load_profiles()  # once for every file (sources a file creates come next run)
    batch = None
    if log:
        batch = ImportBatch.objects.create(
            kind=ImportBatch.Kind.DUMP, name=", ".join(str(p) for p in paths)[:255], user=user
        )
    for path in progress(files) if progress else files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.files.append(FileResult(name=str(path), error=f"{path}: {exc.strerror}"))
            continue
        file_result = import_dump(
            data, path.name, publish=publish, user=user, batch=batch, profiles=profiles
        )
        if file_result.error and not file_result.error.startswith(str(path)):
            file_result.error = file_result.error.replace(path.name, str(path), 1)
        file_result.name = str(path)
        result.files.append(file_result)
    if batch is not None:
        batch.stats = result.summary()
        batch.save(update_fields=["stats"])
        audit.imported(
            kind="dump" + (" (publish)" if publish else ""),
            name=batch.name,
            counts=batch.stats,
            user=user,
            actor=actor,
            batch=batch,
        )
    return result
