"""The HTTP push channel (articles/api/push.py): a raw dump or a ninjs item in with an ingest
token, 202 and a job to poll; every refusal a JSON 4xx/503 with nothing written."""

import json
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission

from articles.api import tokens
from articles.api.models import Scope
from articles.ingest.models import Job
from articles.models import Article, RawDump
from newsroom.celery import app

pytestmark = pytest.mark.django_db

API = "/api/v1"
SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "edition"
DUMP = (SAMPLE / "2026-10-24_vna_ring-road-4.txt").read_bytes()
NINJS_2 = {
    "uri": "urn:newsml:example.com:20261201:wire-78",
    "type": "text",
    "headlines": [{"role": "main", "value": "Ferry line to Côn Đảo doubles its sailings"}],
    "bodies": [
        {"role": "main", "contenttype": "text/plain", "value": "Two ferries a day.\n\nFrom May."}
    ],
    "by": "Minh Anh",
    "versioncreated": "2026-12-01T08:30:00+07:00",
    "pubstatus": "usable",
}
NINJS_1 = {
    "uri": "urn:newsml:example.com:20261201:wire-77",
    "type": "text",
    "headline": "Mekong delta farmers switch to salt-tolerant rice",
    "body_html": "<p>Farmers in the delta plant rice that stands salt.</p>",
    "byline": "Lan Anh",
    "versioncreated": "2026-12-01T08:30:00+07:00",
}


def nothing_written():
    return (
        not Job.objects.exists() and not RawDump.objects.exists() and not Article.objects.exists()
    )


@pytest.fixture
def ingest_key(django_user_model):
    user = django_user_model.objects.create_user("wire-bot")
    _, key = tokens.create("wire", [Scope.INGEST], user=user)
    return key


@pytest.fixture
def editor_key(django_user_model):
    user = django_user_model.objects.create_user("editor-bot")
    user.user_permissions.add(Permission.objects.get(codename="publish_article"))
    _, key = tokens.create("editor wire", [Scope.INGEST], user=user)
    return key


def push(client, kind, body, key=None, content_type="text/plain", query=""):
    extra = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    if isinstance(body, dict):
        body, content_type = json.dumps(body), "application/json"
    return client.post(f"{API}/ingest/{kind}{query}", data=body, content_type=content_type, **extra)


def test_a_pushed_dump_is_a_job_to_poll_and_its_articles_drafts(client, ingest_key):
    response = push(client, "dumps", DUMP, ingest_key, query="?filename=ring-road.txt")
    assert response.status_code == 202
    data = response.json()
    assert response["Location"] == data["status_url"]
    job = Job.objects.get(pk=data["job"])
    assert job.channel == "push-dump" and job.user.username == "wire-bot"
    assert job.raw_dumps.get().name == "ring-road.txt"
    status = client.get(data["status_url"], HTTP_AUTHORIZATION=f"Bearer {ingest_key}").json()
    assert status["status"] == "done" and status["articles"]
    # not published: imported drafts wait for an editor, and the public API does not show them
    article_id = status["articles"][0]
    assert Article.objects.get(pk=article_id).status == Article.Status.DRAFT
    assert client.get(f"{API}/articles/{article_id}").status_code == 404


def test_an_editor_token_may_push_and_publish_and_the_article_is_readable(client, editor_key):
    response = push(client, "dumps", DUMP, editor_key, query="?publish=true")
    assert response.status_code == 202
    status = client.get(
        response.json()["status_url"], HTTP_AUTHORIZATION=f"Bearer {editor_key}"
    ).json()
    published = Article.objects.published().filter(pk__in=status["articles"])
    assert published.exists()
    assert client.get(f"{API}/articles/{published[0].pk}").json()["title"] == published[0].title


def test_publish_needs_an_editor_behind_the_token(client, ingest_key):
    response = push(client, "dumps", DUMP, ingest_key, query="?publish=true")
    assert response.status_code == 403
    assert "publish" in response.json()["detail"]
    assert nothing_written()


def test_the_same_dump_twice_is_deduplicated_by_content_hash(client, ingest_key):
    first = push(client, "dumps", DUMP, ingest_key).json()
    second = push(client, "dumps", DUMP, ingest_key).json()
    assert first["job"] != second["job"]
    assert RawDump.objects.count() == 1
    before = Article.objects.count()
    assert before > 0
    assert Article.objects.count() == before


@pytest.mark.parametrize("item", [NINJS_2, NINJS_1], ids=["ninjs-2", "ninjs-1"])
def test_a_pushed_ninjs_item_becomes_an_article(client, ingest_key, item):
    response = push(client, "ninjs", item, ingest_key)
    assert response.status_code == 202, response.content
    status = client.get(
        response.json()["status_url"], HTTP_AUTHORIZATION=f"Bearer {ingest_key}"
    ).json()
    assert status["status"] == "done"
    article = Article.objects.get(pk=status["articles"][0])
    title = item.get("headline") or item["headlines"][0]["value"]
    assert article.title == title


# -- refusals: JSON, the right status, nothing written -------------------------------------------


def test_no_token_is_401(client):
    response = push(client, "dumps", DUMP)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert "ingest" in response.json()["detail"]
    assert nothing_written()


def test_a_bad_token_is_401(client):
    response = push(client, "ninjs", NINJS_2, "nr_00000000_" + "x" * 40)
    assert response.status_code == 401
    assert nothing_written()


def test_a_token_without_the_ingest_scope_is_403(client):
    _, key = tokens.create("reader", [Scope.READ_DRAFTS])
    for kind, body in (("dumps", DUMP), ("ninjs", NINJS_2)):
        response = push(client, kind, body, key)
        assert response.status_code == 403
        assert "ingest" in response.json()["detail"]
    assert nothing_written()


def test_a_dump_over_the_size_limit_is_413(client, ingest_key, settings):
    settings.NEWSROOM_API_MAX_PUSH_BYTES = 1000
    response = push(client, "dumps", DUMP, ingest_key)
    assert len(DUMP) > 1000
    assert response.status_code == 413
    assert "1000" in response.json()["detail"]
    response = push(client, "ninjs", {**NINJS_2, "bodies": [{"value": "x" * 2000}]}, ingest_key)
    assert response.status_code == 413
    assert nothing_written()


def test_an_empty_dump_is_400(client, ingest_key):
    response = push(client, "dumps", b"  \n", ingest_key)
    assert response.status_code == 400
    assert nothing_written()


@pytest.mark.parametrize(
    "body, says",
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        (json.dumps({**NINJS_2, "uri": 42}), "uri"),
        (json.dumps({k: v for k, v in NINJS_2.items() if k != "uri"}), "uri"),
        (json.dumps({**NINJS_2, "headlines": "a string"}), "headlines"),
        (json.dumps({**NINJS_2, "pubstatus": "maybe"}), "pubstatus"),
        (json.dumps({**NINJS_2, "colour": "red"}), "colour"),
        (json.dumps({**NINJS_1, "urgency": "high"}), "urgency"),
        (json.dumps({**NINJS_2, "standard": {"version": "3.1"}}), "3.x"),
        (b"\xff\xfe\x00garbage", "not JSON"),
    ],
)
def test_malformed_ninjs_is_400_naming_what_is_wrong(client, ingest_key, body, says):
    response = push(client, "ninjs", body, ingest_key, content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert says in json.dumps(response.json()["detail"], ensure_ascii=False)
    assert nothing_written()


def test_a_valid_item_that_cannot_be_an_article_is_400(client, ingest_key):
    item = {"uri": "urn:newsml:example.com:x", "type": "text"}  # valid ninjs, no headline
    response = push(client, "ninjs", item, ingest_key)
    assert response.status_code == 400
    assert nothing_written()


@pytest.fixture
def broker_down():
    """A broker that does not answer (a closed port on loopback), as in test_ingest_jobs."""

    def reset_pools():
        app._pool = None
        app.amqp._producer_pool = None

    reset_pools()
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:9/0")
    yield
    app.conf.update(task_always_eager=True, broker_url="")
    reset_pools()


def test_with_the_broker_down_pushes_are_503_and_reads_go_on(client, ingest_key, broker_down):
    from tests.factories import ArticleFactory

    article = ArticleFactory()
    for kind, body in (("dumps", DUMP), ("ninjs", NINJS_2)):
        response = push(client, kind, body, ingest_key)
        assert response.status_code == 503
        assert response["Retry-After"]
        assert "unavailable" in response.json()["detail"]
    assert not Job.objects.exists() and not RawDump.objects.exists()
    assert Article.objects.count() == 1
    assert client.get(f"{API}/articles/{article.pk}").status_code == 200


def test_job_status_needs_the_scope_and_shows_only_this_users_pushes(
    client, ingest_key, django_user_model
):
    job_id = push(client, "dumps", DUMP, ingest_key).json()["job"]
    other_user = django_user_model.objects.create_user("other")
    _, other_key = tokens.create("other wire", [Scope.INGEST], user=other_user)
    _, reader_key = tokens.create("reader", [])
    url = f"{API}/ingest/jobs/{job_id}"
    assert client.get(url).status_code == 401
    assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {reader_key}").status_code == 403
    assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {other_key}").status_code == 404
    assert (
        client.get(
            f"{API}/ingest/jobs/999999", HTTP_AUTHORIZATION=f"Bearer {ingest_key}"
        ).status_code
        == 404
    )
    response = client.get(url, HTTP_AUTHORIZATION=f"Bearer {ingest_key}")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
