"""The watched drop folder: files are imported as raw dumps, then moved to done/ or failed/
with the reason; files still being written are left alone."""

import os
import time
from pathlib import Path

import pytest

from articles.ingest import dropfolder
from articles.ingest.models import Job
from articles.ingest.tasks import scan_drop_folder
from articles.models import Article, RawDump
from tests.test_ingest_jobs import broker_down  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

DUMPS = Path(__file__).resolve().parent / "data" / "dumps"


def test_dropped_files_are_imported_and_moved_to_done_or_failed(tmp_path, settings):
    settings.NEWSROOM_DROP_FOLDER = str(tmp_path)
    (tmp_path / "wire.txt").write_bytes((DUMPS / "wire_2024_03_05.txt").read_bytes())
    (tmp_path / "broken.bin").write_bytes(b"\x00\xff\x00" * 50)
    (tmp_path / "half.txt.part").write_bytes(b"still uploading")
    (tmp_path / ".hidden").write_bytes(b"x")
    old = time.time() - 60
    for p in tmp_path.iterdir():
        os.utime(p, (old, old))
    (tmp_path / "fresh.txt").write_bytes(b"just landed")  # changed a moment ago: next scan

    scan_drop_folder()  # what beat runs

    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == ["wire.txt"]
    failed = tmp_path / "failed"
    assert sorted(p.name for p in failed.iterdir()) == ["broken.bin", "broken.bin.reason.txt"]
    reason = (failed / "broken.bin.reason.txt").read_text()
    assert "broken.bin" in reason and reason.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        ".hidden",
        "fresh.txt",
        "half.txt.part",
    ]
    assert not list((tmp_path / "processing").iterdir())
    jobs = Job.objects.filter(channel="drop-folder").order_by("name")
    assert [(j.name, j.status) for j in jobs] == [("broken.bin", "failed"), ("wire.txt", "done")]
    assert Article.objects.filter(is_stub=False).count() == 3
    assert RawDump.objects.count() == 2  # the failed file is kept verbatim too


def test_a_name_already_in_done_is_not_overwritten(tmp_path):
    data = (DUMPS / "press_release_solar.txt").read_bytes()
    (tmp_path / "done").mkdir()
    (tmp_path / "done" / "solar.txt").write_bytes(b"yesterday's")
    (tmp_path / "solar.txt").write_bytes(data)
    jobs = dropfolder.scan(tmp_path, settle=0)
    assert [j.status for j in jobs] == ["done"]
    assert (tmp_path / "done" / "solar.txt").read_bytes() == b"yesterday's"
    assert (tmp_path / "done" / "solar-2.txt").read_bytes() == data


def test_no_folder_configured_is_a_no_op(settings):
    settings.NEWSROOM_DROP_FOLDER = ""
    assert dropfolder.scan() == []


def test_run_ingest_once_scans_the_drop_folder(tmp_path, settings):
    from django.core.management import call_command

    settings.NEWSROOM_DROP_FOLDER = str(tmp_path)
    (tmp_path / "solar.txt").write_bytes((DUMPS / "press_release_solar.txt").read_bytes())
    old = time.time() - 60
    os.utime(tmp_path / "solar.txt", (old, old))
    call_command("run_ingest", "--once")
    assert (tmp_path / "done" / "solar.txt").exists()
    assert Job.objects.get().status == "done"


@pytest.mark.usefixtures("broker_down")
def test_with_the_broker_down_the_file_waits_in_the_folder(tmp_path):
    (tmp_path / "wire.txt").write_bytes((DUMPS / "wire_2024_03_05.txt").read_bytes())
    assert dropfolder.scan(tmp_path, settle=0) == []
    assert (tmp_path / "wire.txt").exists()  # back where it was, for the next scan
    assert not list((tmp_path / "processing").iterdir())
    assert not Job.objects.exists() and not RawDump.objects.exists()
