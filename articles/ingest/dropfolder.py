"""The watched drop folder (``NEWSROOM_DROP_FOLDER``): each file that lands in it is imported as
a raw dump, in a job, then moved to ``done/``, or to ``failed/`` with ``NAME.reason.txt`` saying
why.

A file is claimed by renaming it into ``processing/`` (atomic on one filesystem: two scanners
never take the same file), stored verbatim as a RawDump and queued; the job moves it on when it
ends. Files still being written are left alone: hidden names, ``*.part``/``*.tmp``, and files
changed in the last ``settle`` seconds.
"""

import time
from pathlib import Path

from django.conf import settings

from .jobs import IngestUnavailable, submit_dump
from .models import Job

CHANNEL = "drop-folder"
PARTIAL = (".part", ".tmp", ".partial", ".crdownload")
SETTLE_SECONDS = 2.0


def _free(path: Path) -> Path:
    """``path``, or ``stem-2.suffix``, ``stem-3.suffix``... if it is taken."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _free(folder / path.name)
    path.rename(target)
    return target


def fail(path: Path, root: Path, reason: str) -> Path:
    target = _move(path, root / "failed")
    target.with_name(target.name + ".reason.txt").write_text(reason.strip() + "\n", "utf-8")
    return target


def waiting(root: Path, settle: float = SETTLE_SECONDS) -> list[Path]:
    now = time.time()
    return sorted(
        p
        for p in root.iterdir()
        if p.is_file()
        and not p.name.startswith(".")
        and not p.name.endswith(PARTIAL)
        and now - p.stat().st_mtime >= settle
    )


def scan(root=None, *, settle: float = SETTLE_SECONDS) -> list[Job]:
    """Import every file waiting in the folder; the jobs queued (run already, in-process)."""
    root = Path(root or settings.NEWSROOM_DROP_FOLDER or "")
    if not str(root) or str(root) == "." or not root.is_dir():
        return []
    jobs = []
    for path in waiting(root, settle):
        try:
            claimed = _move(path, root / "processing")
        except FileNotFoundError:
            continue  # another scanner took it
        try:
            data = claimed.read_bytes()
        except OSError as exc:
            fail(claimed, root, f"{path.name}: cannot be read ({exc.strerror})")
            continue
        limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
        if len(data) > limit:
            fail(claimed, root, f"{path.name}: {len(data)} bytes, over the limit of {limit}")
            continue
        try:
            job = submit_dump(
                data,
                path.name,
                channel=CHANNEL,
                params={"drop_path": str(claimed), "drop_root": str(root)},
            )
        except IngestUnavailable:
            claimed.rename(_free(path))  # back where it was: the next scan tries again
            break
        jobs.append(job)
    return jobs


def file_job_finished(job: Job) -> None:
    """Move a drop-folder job's file on when its job has ended (done/ or failed/)."""
    drop = job.params.get("drop_path")
    if not drop or not job.finished:
        return
    path, root = Path(drop), Path(job.params["drop_root"])
    if not path.exists():
        return
    if job.status == Job.Status.FAILED:
        fail(path, root, job.error or "the import failed")
        return
    lines = [f.get("error") for f in job.result.get("files", []) if f.get("error")]
    if lines:
        fail(path, root, "; ".join(lines))
    else:
        _move(path, root / "done")
