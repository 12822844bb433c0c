"""Imports under faults: killed halfway, or run twice at once, against the real PostgreSQL."""

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection

from articles.models import Article, RawDump

ROOT = Path(__file__).resolve().parents[1]
FILES, STORIES = 30, 40

pytestmark = pytest.mark.django_db(transaction=True)


def write_dumps(directory: Path) -> int:
    for f in range(FILES):
        stories = []
        for s in range(STORIES):
            paragraphs = [
                f"Paragraph {p} of story {s} in file {f} tells of the provincial council and "
                "the farmers who met to discuss roads, schools and the coming harvest season."
                for p in range(6)
            ]
            paragraphs[-1] += "/."
            stories.append(
                "\n\n".join([f"Story {s} of dump {f} headline", *paragraphs, "Source: Test Wire"])
            )
        (directory / f"dump_{f:03d}.txt").write_text("\n\n".join(stories) + "\n", encoding="utf-8")
    return FILES * STORIES


def start_import(directory: Path) -> subprocess.Popen:
    s = connection.settings_dict
    url = f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_dumps", str(directory), "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def assert_no_half_written_dump():
    per_dump = Counter(Article.objects.values_list("raw_dump_id", flat=True))
    assert all(n == STORIES for n in per_dump.values()), per_dump
    assert RawDump.objects.filter(articles__isnull=True).count() == 0


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("runs the importer in other processes against a shared PostgreSQL")


def test_an_import_killed_halfway_leaves_whole_files_and_a_rerun_finishes(postgres, tmp_path):
    expected = write_dumps(tmp_path)
    process = start_import(tmp_path)
    deadline = time.monotonic() + 120
    while Article.objects.count() < 3 * STORIES and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    done = Article.objects.count()
    assert 0 < done < expected, "the import was not caught halfway; make the dumps larger"
    assert_no_half_written_dump()

    rerun = start_import(tmp_path)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert Article.objects.count() == expected
    assert_no_half_written_dump()
    assert len(set(Article.objects.values_list("title", flat=True))) == expected


def test_two_imports_of_the_same_files_at_once_create_no_duplicates(postgres, tmp_path):
    expected = write_dumps(tmp_path)
    first, second = start_import(tmp_path), start_import(tmp_path)
    for process in (first, second):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
    assert Article.objects.count() == expected
    assert RawDump.objects.count() == FILES
    assert_no_half_written_dump()
