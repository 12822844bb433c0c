"""Ingest in the admin, through the test client: uploads and CSV imports recorded as jobs, the
job page (progress while queued or running, the result after), the dashboard and its retry
button, and the near-duplicate triage page."""

from pathlib import Path

import pytest
import redis
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.ingest import jobs, neardup, runner
from articles.ingest.models import DuplicateGroup, Feed, Job
from articles.models import Article
from newsroom.celery import app
from tests.factories import ArticleFactory, SourceFactory
from tests.test_csv_import import csv_bytes, story

pytestmark = pytest.mark.django_db

WIRE = (Path(__file__).resolve().parent / "data" / "dumps" / "wire_2024_03_05.txt").read_bytes()
UPLOAD = "/admin/articles/rawdump/upload/"
DASHBOARD = "/admin/ingest/job/dashboard/"


def member(name, group):
    user = User.objects.create_user(name, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    return member("ed", "Editor")


@pytest.fixture
def reporter():
    return member("rita", "Reporter")


def upload_and_confirm(client):
    preview = client.post(UPLOAD, {"files": [SimpleUploadedFile("wire.txt", WIRE)]})
    return client.post(UPLOAD, {"confirm": "1", "dumps": preview.context["good_ids"]}, follow=True)


def test_an_admin_upload_is_recorded_as_a_job_with_the_same_result(editor):
    response = upload_and_confirm(editor)
    assert "Imported: 3 created, 0 updated, 0 unchanged, 0 conflicts" in response.content.decode()
    job = Job.objects.get()
    assert (job.channel, job.kind, job.status, job.user.username) == (
        "admin-upload",
        "dumps",
        "done",
        "ed",
    )
    page = editor.get(f"/admin/ingest/job/{job.pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200 and 'data-status="done"' in html
    assert 'http-equiv="refresh"' not in html  # finished: the page stops following it
    assert "wire.txt" in html and "Hanoi to plant one million trees" in html


@pytest.fixture
def queue_without_worker():
    """A real broker (Redis DB 12) with no worker: jobs wait in the queue."""
    client = redis.Redis.from_url("redis://127.0.0.1:6379/12")
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    client.flushdb()
    app._pool, app.amqp._producer_pool = None, None
    before = app.conf.broker_url
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:6379/12")
    yield client
    app.conf.update(task_always_eager=True, broker_url=before)
    app._pool, app.amqp._producer_pool = None, None
    client.flushdb()


def test_with_a_worker_the_upload_goes_to_the_job_page_which_follows_it(
    editor, queue_without_worker
):
    response = upload_and_confirm(editor)
    job = Job.objects.get()
    assert response.redirect_chain[-1][0] == f"/admin/ingest/job/{job.pk}/change/"
    html = response.content.decode()
    assert 'data-status="queued"' in html and 'http-equiv="refresh"' in html
    assert queue_without_worker.llen("celery") == 1  # the message waits for a worker
    assert not Article.objects.exists()
    runner.execute(job.pk)  # what the worker does; the page, reloaded, shows the result
    html = editor.get(f"/admin/ingest/job/{job.pk}/change/").content.decode()
    assert 'data-status="done"' in html and 'http-equiv="refresh"' not in html
    assert Article.objects.filter(is_stub=False).count() == 3


def test_a_csv_import_is_recorded_as_a_job_with_its_history_entries(editor):
    preview = editor.post(
        "/admin/articles/article/import/",
        {
            "format": "0",
            "resource": "0",
            "import_file": SimpleUploadedFile("a.csv", csv_bytes([story(1), story(2)])),
        },
    )
    response = editor.post(
        "/admin/articles/article/process_import/",
        preview.context["confirm_form"].initial,
        follow=True,
    )
    assert "Import finished: 2 created, 0 updated, 0 unchanged." in response.content.decode()
    job = Job.objects.get()
    assert (job.channel, job.kind, job.status) == ("admin-csv", "csv", "done")
    assert job.upload.name == "a.csv" and job.counts["created"] == 2
    assert LogEntry.objects.filter(user__username="ed").count() == 2


def test_reporters_see_no_jobs_and_no_dashboard(reporter):
    job = jobs.submit_dump(WIRE, "wire.txt", channel="push-dump")
    assert reporter.get(f"/admin/ingest/job/{job.pk}/change/").status_code == 403
    assert reporter.get(DASHBOARD).status_code == 403
    assert reporter.post(f"/admin/ingest/job/{job.pk}/retry/").status_code == 403


def test_the_dashboard_shows_each_channel_and_retries_a_failed_job(editor):
    jobs.submit_dump(WIRE, "wire.txt", channel="push-dump")
    failed = jobs.submit_dump(b"\x00\x01" * 40, "bad.bin", channel="drop-folder")
    feed = Feed.objects.create(source=SourceFactory(name="Wire X"), url="http://127.0.0.1:9/rss")
    Feed.objects.filter(pk=feed.pk).update(failures=3, last_error="HTTP 500 Server Error")
    html = editor.get(DASHBOARD).content.decode()
    assert 'id="channel-push-dump" class="ok"' in html
    assert 'id="channel-drop-folder" class="failing"' in html
    assert f'id="channel-feed-{feed.pk}" class="failing"' in html
    assert "HTTP 500 Server Error" in html and "bad.bin" in html
    # Retry: the job runs again (and fails again, for the same reason, shown again).
    response = editor.post(f"{DASHBOARD}retry/", {"channel": "drop-folder"}, follow=True)
    assert "retried" in response.content.decode()
    failed.refresh_from_db()
    assert failed.attempts == 1 and failed.status == "failed"  # attempts restart at a retry
    # A feed's retry polls it now (this one refuses connections: the failure is counted).
    editor.post(f"{DASHBOARD}retry/", {"channel": f"feed:{feed.pk}"})
    feed.refresh_from_db()
    assert feed.failures == 4 and "127.0.0.1:9" in feed.last_error


STORY = " ".join(f"word{i} sentence about the flood in the delta" for i in range(30))


def test_editors_triage_near_duplicates_and_keep_one(editor, reporter):
    a = ArticleFactory(draft=True, body=STORY, source=SourceFactory(name="Wire A"))
    b = ArticleFactory(draft=True, body=STORY, source=SourceFactory(name="Wire B"))
    neardup.index_articles([a.pk, b.pk])
    group = DuplicateGroup.objects.get()
    changelist = editor.get("/admin/ingest/duplicategroup/").content.decode()
    assert "to triage" in changelist and a.title in changelist
    other = ArticleFactory(draft=True, source=SourceFactory(name="Wire C"))
    queue = editor.get("/admin/articles/article/?near_duplicates=undecided").content.decode()
    assert a.title in queue and b.title in queue and other.title not in queue
    page = editor.get(f"/admin/ingest/duplicategroup/{group.pk}/change/").content.decode()
    assert a.title in page and b.title in page and "Keep this one" in page
    denied = reporter.post(f"/admin/ingest/duplicategroup/{group.pk}/keep/", {"article": a.pk})
    assert denied.status_code == 403
    assert Article.objects.get(pk=b.pk).status == "draft"  # a reporter cannot decide
    response = editor.post(
        f"/admin/ingest/duplicategroup/{group.pk}/keep/", {"article": a.pk}, follow=True
    )
    assert "1 other copy archived" in response.content.decode()
    assert Article.objects.get(pk=b.pk).status == "archived"
    group.refresh_from_db()
    assert group.chosen_id == a.pk
    queue = editor.get("/admin/articles/article/?near_duplicates=undecided").content.decode()
    assert a.title not in queue  # decided: out of the triage queue
    bad = editor.post(f"/admin/ingest/duplicategroup/{group.pk}/keep/", {"article": "x"})
    assert bad.status_code == 302
