"""The API as a whole (articles/api/api.py): its OpenAPI 3 schema is valid and the responses
match it; the docs page works under the strict CSP, from the site's own static files."""

import json
import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from articles import richtext
from articles.api import tokens
from articles.api.models import Scope
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture
def spec(client):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_openapi_schema_is_valid_openapi_3(spec):
    assert spec["openapi"].startswith("3.")
    validate(spec)  # raises on any error
    paths = set(spec["paths"])
    for path in (
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/ninjs/articles",
        "/api/v1/ninjs/articles/{article_id}",
        "/api/v1/sections",
        "/api/v1/sources",
        "/api/v1/ingest/dumps",
        "/api/v1/ingest/ninjs",
        "/api/v1/ingest/jobs/{job_id}",
    ):
        assert path in paths, path
    params = {p["name"] for p in spec["paths"]["/api/v1/articles"]["get"]["parameters"]}
    assert {"section", "source", "byline", "published_after", "updated_since", "cursor"} <= params
    assert (
        "BearerAuth" in json.dumps(spec["components"]["securitySchemes"])
        or spec["components"]["securitySchemes"]
    )


def _validator(spec, component):
    schema = {"$ref": f"#/components/schemas/{component}", **{"components": spec["components"]}}
    return Draft202012Validator(schema)


def test_real_responses_match_the_schema(client, spec):
    article = ArticleFactory(body=richtext.from_plain("One.", [{"after": 0, "text": "A caption."}]))
    ArticleFactory(source=None, section=None)
    _validator(spec, "ArticlePage").validate(client.get(f"{API}/articles").json())
    _validator(spec, "Article").validate(client.get(f"{API}/articles/{article.pk}").json())
    _validator(spec, "SectionList").validate(client.get(f"{API}/sections").json())
    _validator(spec, "SourceList").validate(client.get(f"{API}/sources").json())
    _validator(spec, "Error").validate(client.get(f"{API}/articles/0").json())
    _, key = tokens.create("desk", [Scope.READ_DRAFTS])
    drafts = client.get(f"{API}/articles", HTTP_AUTHORIZATION=f"Bearer {key}").json()
    _validator(spec, "ArticlePage").validate(drafts)


def test_the_docs_page_has_nothing_inline_and_loads_only_our_files(client):
    response = client.get(f"{API}/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for tag in re.findall(r"<script\b[^>]*>", html):
        # only external scripts from our origin, or a JSON data block (never executed)
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert "cdn" not in html.lower()
    assert "<style" not in html and " style=" not in html


@pytest.mark.browser
def test_the_docs_page_renders_in_a_browser_under_the_csp(live_server, page, db):
    ArticleFactory()
    violations, failed = [], []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(f"{live_server.url}{API}/docs/")
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/articles" in p for p in paths)
    assert not violations, violations
    assert not [u for u in failed if not u.startswith(live_server.url)], failed


@pytest.mark.parametrize(
    "method, path, status",
    [
        ("post", f"{API}/articles", 405),
        ("delete", f"{API}/articles/1", 405),
        ("get", f"{API}/ingest/dumps", 405),
        ("get", f"{API}/nothing-here", 404),
        ("get", "/api/v2/articles", 404),
    ],
)
def test_wrong_methods_and_addresses_are_json_errors(client, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
    if status == 405:
        assert response["Allow"]


def test_the_webhook_tasks_are_found_by_a_worker():
    from newsroom.celery import app

    app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    assert {"api.deliver_webhook", "api.deliver_due_webhooks"} <= set(app.tasks)
    from django.conf import settings

    assert any(
        e["task"] == "api.deliver_due_webhooks" for e in settings.CELERY_BEAT_SCHEDULE.values()
    )
