"""The editorial workflow: which status an article may move to, and who may move it.

Plain functions, used by the admin's change form, its list edits and bulk actions, and the tests;
nothing here runs from ``save()`` or a signal, so importers and scripts are not second-guessed.

States: draft → review → published → archived. "Scheduled" is not a state: it is *published*
with ``published_at`` in the future, and ``Article.objects.published()`` shows it to readers from
that time on, with no job to run.

Roles:

* anyone with ``articles.change_article`` (Reporter) writes drafts and moves them between draft
  and review; articles that are published or archived are read-only to them, and so are the
  section and the publication time;
* ``articles.publish_article`` (Editor) also publishes, unpublishes (back to draft), archives,
  assigns sections and sets publication times.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .media.usage import photos_without_alt
from .models import Article

Status = Article.Status
PUBLISH_PERMISSION = "articles.publish_article"
CHANGE_PERMISSION = "articles.change_article"

#: Statuses a reporter may set, and the only ones in which a reporter may edit an article.
REPORTER_STATUSES = frozenset({Status.DRAFT, Status.REVIEW})

#: Fields only editors change; for everyone else they keep the value saved in the database.
EDITOR_FIELDS = ("section", "published_at")

#: Every move the workflow allows (staying in the same status is always allowed).
TRANSITIONS = {
    Status.DRAFT: frozenset({Status.REVIEW, Status.PUBLISHED, Status.ARCHIVED}),
    Status.REVIEW: frozenset({Status.DRAFT, Status.PUBLISHED, Status.ARCHIVED}),
    Status.PUBLISHED: frozenset({Status.DRAFT, Status.ARCHIVED}),
    Status.ARCHIVED: frozenset({Status.DRAFT, Status.PUBLISHED}),
}


class TransitionError(Exception):
    """A move the workflow refuses; ``str()`` is a sentence fit to show the user."""


def can_publish(user) -> bool:
    return bool(user and user.has_perm(PUBLISH_PERMISSION))


def can_edit(user, status: str) -> bool:
    """May ``user`` change an article that is currently in ``status``?"""
    if not (user and user.has_perm(CHANGE_PERMISSION)):
        return False
    return can_publish(user) or status in REPORTER_STATUSES


def allowed_statuses(user, current: str | None) -> list[str]:
    """The statuses ``user`` may choose for an article now in ``current`` (None: a new one)."""
    targets = set(Status.values) if current is None else {current, *TRANSITIONS[current]}
    if not can_publish(user):
        if current is not None and current not in REPORTER_STATUSES:
            return [current]
        targets &= REPORTER_STATUSES
    return [s for s in Status.values if s in targets]


def check_transition(
    user,
    current: str | None,
    target: str,
    *,
    has_section: bool,
    lead_image_id: int | None = None,
    body: str | None = None,
) -> None:
    """Raise TransitionError unless ``user`` may move an article from ``current`` to ``target``.

    ``current`` is the status saved in the database (None for a new article); ``has_section``
    says whether the article will have a section once saved; ``lead_image_id`` and ``body`` are
    what it will show: a published article may not show a photo without alt text.
    """
    if target not in Status.values:
        raise TransitionError(f"{target!r} is not a status.")
    label = Status(target).label.lower()
    if current is not None and not can_edit(user, current):
        raise TransitionError(
            f"Only editors can change an article that is {Status(current).label.lower()}."
        )
    if target not in allowed_statuses(user, current):
        if current is not None and target not in TRANSITIONS[current]:
            raise TransitionError(
                f"An article that is {Status(current).label.lower()} cannot become {label}."
            )
        raise TransitionError("Only editors can publish, unpublish or archive.")
    if target == Status.PUBLISHED and current != Status.PUBLISHED and not has_section:
        raise TransitionError("Assign a section before publishing.")
    if target == Status.PUBLISHED and (lead_image_id or body):
        check_alt_text(lead_image_id, body or "")


def check_alt_text(lead_image_id: int | None, body: str) -> None:
    """Raise TransitionError if the lead photo or a photo of ``body`` has no alt text (and the
    body's figure gives none of its own in ``data-alt``): readers who cannot see it get nothing."""
    missing = photos_without_alt(lead_image_id, body)
    if missing:
        names = ", ".join(f"\u201c{image.title}\u201d (#{image.pk})" for image in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        raise TransitionError(
            f"Add alt text to the photo {names}{more} in the media library before publishing: "
            "readers who cannot see a photo are read its alt text."
        )


def apply(article: Article, target: str, now=None) -> None:
    """Set ``article.status``; publishing without a time publishes now (a future time schedules)."""
    article.status = target
    if target == Status.PUBLISHED and article.published_at is None:
        article.published_at = now or timezone.now()


def is_scheduled(article: Article, now=None) -> bool:
    """Published, but its time has not come: readers will see it from ``published_at`` on."""
    return (
        article.status == Status.PUBLISHED
        and article.published_at is not None
        and article.published_at > (now or timezone.now())
    )


def state_label(article: Article, now=None) -> str:
    """What readers get: "Live", "Scheduled", or the status ("Draft", "In review", "Archived")."""
    if article.status == Status.PUBLISHED:
        return "Scheduled" if is_scheduled(article, now) else "Live"
    return Status(article.status).label


def triage_confidence() -> float:
    """Below this confidence (``settings.NEWSROOM_TRIAGE_CONFIDENCE``) an import needs a look."""
    return float(getattr(settings, "NEWSROOM_TRIAGE_CONFIDENCE", 0.8))


def is_doubtful(article: Article) -> bool:
    """Did the dump parser doubt this article enough to send it to triage?"""
    confidence = article.import_confidence
    return confidence is not None and confidence < triage_confidence()


def needs_triage() -> Q:
    """Imported drafts an editor still has to look at: no section yet, import warnings, or the
    dump parser was less sure of it than NEWSROOM_TRIAGE_CONFIDENCE."""
    imported = Q(import_batch__isnull=False) | Q(raw_dump__isnull=False) | Q(is_stub=True)
    unfinished = (
        Q(section__isnull=True)
        | ~Q(import_warnings=[])
        | Q(import_confidence__lt=triage_confidence())
    )
    return Q(status=Status.DRAFT) & imported & unfinished
