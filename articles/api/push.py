"""The HTTP push channel: a raw dump or a ninjs item in, a job id out (202), the job's status.

Needs a token with the ``ingest`` scope (401 without a valid token, 403 without the scope). The
import itself is the ingest app's (``articles.ingest.jobs``): the same importer and provenance
as every other channel, deduplicated by content hash. Nothing is written when the request is
refused: over ``NEWSROOM_API_MAX_PUSH_BYTES`` 413 (checked before the body is read, and again
while reading it); malformed JSON, or an item that is not valid ninjs (2.1; 1.5 for 1.x items)
400; the job queue down 503 with Retry-After.

``?publish=true`` publishes what the item marks usable, when the token's user is an editor
(``articles.publish_article``); otherwise imports wait as drafts in the triage queue.
"""

import json

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import Router
from ninja.errors import HttpError

from . import ninjs, schemas
from .auth import require
from .caching import json_response
from .models import Scope

router = Router(tags=["ingest"])

PUSH_CHANNELS = ("push-dump", "push-ninjs")
ERRORS = {
    400: schemas.Error,
    401: schemas.Error,
    403: schemas.Error,
    413: schemas.Error,
    429: schemas.Error,
    503: schemas.Error,
}


def max_bytes() -> int:
    return int(getattr(settings, "NEWSROOM_API_MAX_PUSH_BYTES", 10 * 1024 * 1024))


def _read_body(request) -> bytes:
    """The request's body, refusing (413) anything over the limit before and while reading."""
    limit = max_bytes()
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise HttpError(400, "Content-Length is not a number.") from None
    if declared > limit:
        raise HttpError(413, f"The body is {declared} bytes; the limit is {limit} bytes.")
    data = request.read(limit + 1)
    if len(data) > limit:
        raise HttpError(413, f"The body is over the limit of {limit} bytes.")
    return data


def _publish_flag(request, token) -> bool:
    wanted = request.GET.get("publish", "").lower() in ("1", "true", "yes")
    if wanted and not (token.user and token.user.has_perm("articles.publish_article")):
        raise HttpError(403, "publish: this token's user may not publish (an editor's may).")
    return wanted


def _accepted(request, job):
    url = request.build_absolute_uri(reverse("api:ingest-job", kwargs={"job_id": job.pk}))
    response = json_response({"job": job.pk, "status_url": url}, status=202)
    response.headers["Location"] = url
    return response


def _unavailable(exc):
    response = json_response({"detail": f"Ingest is unavailable: {exc}. Retry later."}, 503)
    response.headers["Retry-After"] = "30"
    return response


@router.post(
    "/ingest/dumps",
    response={202: schemas.JobAccepted, **ERRORS},
    url_name="ingest-dump",
    summary="Push a raw dump (the request body, as sent); answers a job to poll",
    openapi_extra={
        "parameters": [
            {"name": "filename", "in": "query", "schema": {"type": "string"}},
            {"name": "publish", "in": "query", "schema": {"type": "boolean"}},
        ],
        "requestBody": {
            "required": True,
            "content": {"text/plain": {"schema": {"type": "string"}}},
        },
    },
)
def push_dump(request):
    from ..ingest import jobs

    token = require(request, Scope.INGEST)
    publish = _publish_flag(request, token)
    data = _read_body(request)
    if not data.strip():
        raise HttpError(400, "The body is empty: send the dump's bytes as the request body.")
    name = (request.GET.get("filename") or request.headers.get("X-Filename") or "").strip()
    name = name or f"push-{timezone.now():%Y%m%d-%H%M%S}.txt"
    try:
        job = jobs.submit_dump(
            data, name[:255], channel="push-dump", user=token.user, publish=publish
        )
    except jobs.IngestUnavailable as exc:
        return _unavailable(exc)
    return _accepted(request, job)


@router.post(
    "/ingest/ninjs",
    response={202: schemas.JobAccepted, **ERRORS},
    url_name="ingest-ninjs",
    summary="Push one IPTC ninjs item (2.x or 1.x) (JSON); answers a job to poll",
    openapi_extra={
        "parameters": [{"name": "publish", "in": "query", "schema": {"type": "boolean"}}],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
    },
)
def push_ninjs(request):
    from ..ingest import jobs

    token = require(request, Scope.INGEST)
    publish = _publish_flag(request, token)
    data = _read_body(request)
    try:
        item = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise HttpError(400, f"The body is not JSON: {exc}") from None
    if not isinstance(item, dict):
        raise HttpError(400, "The body must be one ninjs item (a JSON object).")
    problems = ninjs.errors(item)
    if problems:
        raise HttpError(400, ["Not a valid ninjs item:", *problems[:20]])
    try:
        job = jobs.submit_ninjs(
            ninjs.with_v1_fields(item), channel="push-ninjs", user=token.user, publish=publish
        )
    except jobs.InvalidItem as exc:
        raise HttpError(400, f"The item cannot become an article: {exc}") from None
    except jobs.IngestUnavailable as exc:
        return _unavailable(exc)
    return _accepted(request, job)


@router.get(
    "/ingest/jobs/{job_id}",
    response={200: schemas.JobStatus, 404: schemas.Error, **ERRORS},
    url_name="ingest-job",
    summary="A pushed job's progress and result (the articles it made)",
)
def job(request, job_id: int):
    from ..ingest import jobs
    from ..ingest.models import Job

    token = require(request, Scope.INGEST)
    mine = Job.objects.filter(pk=job_id, channel__in=PUSH_CHANNELS, user=token.user)
    if not mine.exists():
        raise Http404("No job with this id was pushed with this token's user.")
    response = json_response(jobs.job_status(job_id))
    response.headers["Cache-Control"] = "private, no-store"
    return response
