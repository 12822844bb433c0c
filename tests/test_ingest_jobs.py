"""Imports as jobs (articles.ingest.jobs / runner): in-process with no broker, recorded as Job
rows with progress and counts; idempotent; retried; the broker down answers IngestUnavailable
with nothing written."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from articles import richtext
from articles.importers.dump_import import import_dump
from articles.ingest import jobs, runner
from articles.ingest.models import Job
from articles.models import Article, ImportBatch, RawDump
from newsroom.celery import app

pytestmark = pytest.mark.django_db

DUMPS = Path(__file__).resolve().parent / "data" / "dumps"
WIRE = (DUMPS / "wire_2024_03_05.txt").read_bytes()

NINJS = {
    "uri": "urn:newsml:example.com:20261201:wire-77",
    "type": "text",
    "headline": "Mekong delta farmers switch to salt-tolerant rice",
    "body_html": "<p>Farmers in the <b>Mekong</b> delta are planting rice that stands salt.</p>"
    "<p>The new seed came from a research station in Cần Thơ.</p>",
    "byline": "Lan Anh",
    "versioncreated": "2026-12-01T08:30:00+07:00",
    "firstcreated": "2026-12-01T08:00:00+07:00",
    "copyrightholder": "Mekong Wire",
    "pubstatus": "usable",
}


def test_celery_runs_tasks_in_process_when_no_broker_is_configured():
    assert app.conf.task_always_eager
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    beat = {entry["task"] for entry in app.conf.beat_schedule.values()}
    ours = {"ingest.poll_due_feeds", "ingest.scan_drop_folder", "ingest.prune_near_duplicate_index"}
    assert ours <= beat  # scheduled by the one beat
    assert {"ingest.run_job", *beat} <= set(app.tasks)  # and known to every worker


def test_submit_dump_imports_as_a_job_with_counts_and_provenance(django_user_model):
    user = django_user_model.objects.create_user("ed")
    job = jobs.submit_dump(WIRE, "wire.txt", channel="push-dump", user=user)
    assert job.status == Job.Status.DONE and job.attempts == 1
    assert job.done == job.total == 1
    assert job.counts["created"] == 3 and job.counts["failed"] == 0
    raw = RawDump.objects.get()
    assert bytes(raw.content) == WIRE and raw.encoding  # verbatim, and its encoding filled in
    assert list(job.raw_dumps.all()) == [raw]
    articles = Article.objects.filter(raw_dump=raw)
    assert sorted(articles.values_list("pk", flat=True)) == sorted(job.result["created"])
    batch = ImportBatch.objects.get(pk=job.params["batch_id"])
    assert set(articles.values_list("import_batch", flat=True)) == {batch.pk}
    assert batch.stats["created"] == 3
    status = jobs.job_status(job.pk)
    assert status["status"] == "done" and status["percent"] == 100
    assert sorted(status["articles"]) == sorted(job.result["created"])
    json.dumps(status)  # JSON-ready


def test_the_same_dump_again_changes_nothing():
    first = jobs.submit_dump(WIRE, "wire.txt", channel="push-dump")
    again = jobs.submit_dump(WIRE, "wire-again.txt", channel="push-dump")
    assert again.status == Job.Status.DONE
    assert again.counts.get("created", 0) == 0 and again.counts["unchanged"] == 3
    assert Article.objects.count() == first.counts["created"] + first.counts.get("stub-created", 0)
    assert RawDump.objects.count() == 1


def test_a_bad_dump_fails_its_job_with_the_one_line_reason():
    job = jobs.submit_dump(b"\x00\x01\x02" * 10, "binary.bin", channel="drop-folder")
    assert job.status == Job.Status.FAILED
    assert "binary.bin" in job.error and "\n" not in job.error
    assert not Article.objects.exists()


def test_a_job_is_run_once_whatever_the_number_of_deliveries():
    job = jobs.submit_dump(WIRE, "wire.txt", channel="cli")
    articles = Article.objects.count()
    runner.execute(job.pk)  # a second delivery of the same message: nothing to do
    job.refresh_from_db()
    assert job.attempts == 1 and Article.objects.count() == articles


def test_a_retried_job_skips_the_files_an_earlier_attempt_imported():
    raws = [
        RawDump.objects.get(pk=import_dump((DUMPS / n).read_bytes(), n, dry_run=False).raw_dump_id)
        for n in ("wire_2024_03_05.txt", "press_release_solar.txt")
    ]
    Article.objects.all().delete()
    # As a worker killed after its first file left it: that file recorded, the job running.
    job = Job.objects.create(
        kind=Job.Kind.DUMPS,
        channel="cli",
        status=Job.Status.RUNNING,
        attempts=1,
        params={"raw_dump_ids": [r.pk for r in raws]},
        result={"files": [{"raw_dump_id": raws[0].pk, "name": raws[0].name, "created": 3}]},
        counts={"created": 3},
        done=1,
        total=2,
    )
    runner.execute(job.pk)
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.attempts == 2 and job.done == 2
    assert job.counts["created"] == 3 + 1  # the press release only: the wire was not redone
    assert Article.objects.filter(raw_dump=raws[0]).count() == 0
    assert Article.objects.filter(raw_dump=raws[1], is_stub=False).count() == 1


def test_a_job_whose_worker_died_too_often_is_failed_not_retried_forever():
    job = Job.objects.create(
        kind=Job.Kind.DUMPS, channel="cli", status=Job.Status.RUNNING, attempts=runner.MAX_ATTEMPTS
    )
    runner.execute(job.pk)
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and "Gave up" in job.error


def test_retry_runs_a_failed_job_again():
    job = jobs.submit_ninjs(NINJS, channel="push-ninjs")
    Job.objects.filter(pk=job.pk).update(status=Job.Status.FAILED, error="boom", done=0)
    Article.objects.all().delete()
    job = jobs.retry(job)
    assert job.status == Job.Status.DONE and not job.error
    assert Article.objects.filter(title=NINJS["headline"]).count() == 1


def test_submit_ninjs_makes_an_article_and_dedupes_by_content_hash():
    job = jobs.submit_ninjs(NINJS, channel="push-ninjs")
    assert job.status == Job.Status.DONE and job.counts == {"created": 1}
    article = Article.objects.get(pk=job.result["article_id"])
    assert article.title == NINJS["headline"]
    assert richtext.paragraphs(article.body) == [
        "Farmers in the Mekong delta are planting rice that stands salt.",
        "The new seed came from a research station in Cần Thơ.",
    ]
    assert article.byline == "Lan Anh" and article.source.name == "Mekong Wire"
    assert article.external_id == NINJS["uri"] and article.status == Article.Status.DRAFT
    assert article.published_at.isoformat() == "2026-12-01T01:00:00+00:00"
    assert article.raw_dump.sha256 and json.loads(bytes(article.raw_dump.content)) == NINJS
    again = jobs.submit_ninjs(dict(NINJS), channel="push-ninjs")
    assert again.counts == {"unchanged": 1} and Article.objects.count() == 1


def test_a_new_version_of_a_ninjs_item_updates_but_never_over_an_editor():
    jobs.submit_ninjs(NINJS, channel="push-ninjs")
    v2 = {**NINJS, "headline": "Mekong delta farmers switch to new rice", "versioncreated": "x"}
    job = jobs.submit_ninjs(v2, channel="push-ninjs")
    assert job.counts == {"updated": 1}
    article = Article.objects.get()
    assert article.title == v2["headline"]
    article.title = "An editor's headline"
    article.save()
    v3 = {**NINJS, "headline": "A third version"}
    assert jobs.submit_ninjs(v3, channel="push-ninjs").counts == {"conflict": 1}
    assert Article.objects.get().title == "An editor's headline"


def test_a_malformed_ninjs_item_is_refused_before_anything_is_written():
    for bad in ({"headline": "no uri"}, {"uri": "x"}, {"uri": "x", "headline": 5}, []):
        with pytest.raises(jobs.InvalidItem):
            jobs.submit_ninjs(bad, channel="push-ninjs")
    assert not Job.objects.exists() and not RawDump.objects.exists()


@pytest.fixture
def broker_down(settings):
    """A broker that does not answer: a closed port on loopback."""
    reset_pools()
    before = app.conf.broker_url
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:9/0")
    yield
    app.conf.update(task_always_eager=True, broker_url=before)
    reset_pools()


def reset_pools():
    """Connections pooled for the broker configured before are not reused for the next one."""
    app._pool = None
    app.amqp._producer_pool = None


def test_with_the_broker_down_submit_raises_and_writes_nothing(broker_down):
    with pytest.raises(jobs.IngestUnavailable):
        jobs.submit_dump(WIRE, "wire.txt", channel="push-dump")
    with pytest.raises(jobs.IngestUnavailable):
        jobs.submit_ninjs(NINJS, channel="push-ninjs")
    assert not Job.objects.exists() and not RawDump.objects.exists()
    assert not Article.objects.exists()


def test_import_dumps_queue_imports_in_jobs_of_n_files(capsys):
    call_command("import_dumps", str(DUMPS), "--queue", "--chunk", "3")
    out = capsys.readouterr().out
    assert [j.total for j in Job.objects.order_by("pk")] == [3, 1]
    assert all(j.channel == "cli" and j.status == "done" for j in Job.objects.all())
    assert out.count("job ") == 2 and out.count("Done") == 2
    assert Article.objects.filter(is_stub=False).count() == 6  # as import_dumps without --queue
