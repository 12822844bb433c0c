"""The editorial workflow through the real admin: roles on every path, scheduling, triage, logs.

Revisions, the edit conflict, preview and the changelist's time zone and counts are in
test_workflow_admin.py.
"""

import datetime
from unittest import mock

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from articles import workflow
from articles.models import Article, ImportBatch, RawDump
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

S = Article.Status
CHANGELIST = "/admin/articles/article/"


def staff_user(name, group):
    user = User.objects.create_user(name, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reporter():
    return logged_in(staff_user("rita", "Reporter"))


@pytest.fixture
def editor():
    return logged_in(staff_user("ed", "Editor"))


def change_url(article):
    return f"{CHANGELIST}{article.pk}/change/"


def change_data(article, **changes):
    """The change form's POST as the browser would send it, unchanged unless told."""
    local = timezone.localtime(article.published_at) if article.published_at else None
    data = {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "body": article.body,
        "byline": article.byline,
        "dateline": article.dateline,
        "source": article.source_id or "",
        "external_id": article.external_id,
        "canonical_url": article.canonical_url,
        "lead_image": article.lead_image_id or "",
        "status": article.status,
        "section": article.section_id or "",
        "published_at_0": local.strftime("%Y-%m-%d") if local else "",
        "published_at_1": local.strftime("%H:%M:%S") if local else "",
        "loaded_version": article.version,
    }
    data.update(changes)
    return data


def list_edit(client, article, status):
    return client.post(
        CHANGELIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": article.pk,
            "form-0-status": status,
            "_save": "Save",
        },
    )


def act(client, action, articles, **extra):
    data = {"action": action, "index": "0", "_selected_action": [a.pk for a in articles]}
    return client.post(CHANGELIST, {**data, **extra}, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# -- the rules themselves -----------------------------------------------------------------


def test_the_migration_creates_both_roles_with_the_publish_permission_for_editors_only():
    reporter, editor = Group.objects.get(name="Reporter"), Group.objects.get(name="Editor")
    codes = {
        g.name: set(g.permissions.values_list("codename", flat=True)) for g in (reporter, editor)
    }
    assert {"add_article", "change_article", "view_article"} <= codes["Reporter"]
    assert not {"publish_article", "import_article", "delete_article"} & codes["Reporter"]
    assert {"publish_article", "import_article", "export_article"} <= codes["Editor"]


@pytest.mark.parametrize(
    ("group", "current", "allowed"),
    [
        ("Reporter", None, ["draft", "review"]),
        ("Reporter", "draft", ["draft", "review"]),
        ("Reporter", "review", ["draft", "review"]),
        ("Reporter", "published", ["published"]),
        ("Editor", "draft", ["draft", "review", "published", "archived"]),
        ("Editor", "published", ["draft", "published", "archived"]),
        ("Editor", "archived", ["draft", "published", "archived"]),
    ],
)
def test_allowed_statuses_per_role(group, current, allowed):
    assert workflow.allowed_statuses(staff_user("u", group), current) == allowed


def test_check_transition_explains_each_refusal():
    rita, ed = staff_user("rita", "Reporter"), staff_user("ed", "Editor")
    with pytest.raises(workflow.TransitionError, match="Only editors can publish"):
        workflow.check_transition(rita, S.DRAFT, S.PUBLISHED, has_section=True)
    with pytest.raises(workflow.TransitionError, match="Only editors can change"):
        workflow.check_transition(rita, S.PUBLISHED, S.DRAFT, has_section=True)
    with pytest.raises(workflow.TransitionError, match="cannot become in review"):
        workflow.check_transition(ed, S.PUBLISHED, S.REVIEW, has_section=True)
    with pytest.raises(workflow.TransitionError, match="Assign a section"):
        workflow.check_transition(ed, S.REVIEW, S.PUBLISHED, has_section=False)
    workflow.check_transition(ed, S.REVIEW, S.PUBLISHED, has_section=True)
    workflow.check_transition(rita, S.DRAFT, S.REVIEW, has_section=False)


# -- reporters ----------------------------------------------------------------------------


def test_reporter_writes_a_draft_and_submits_it_through_the_change_form(reporter):
    response = reporter.get(f"{CHANGELIST}add/")
    form = response.context["adminform"].form
    assert [v for v, _ in form.fields["status"].choices] == ["draft", "review"]
    assert "section" not in form.fields and "published_at" not in form.fields
    response = reporter.post(
        f"{CHANGELIST}add/",
        {
            "title": "Floods in the delta",
            "body": "Water rose.",
            "status": "draft",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.status, article.version) == (S.DRAFT, 1)
    response = reporter.post(change_url(article), change_data(article, status="review"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.status, article.version) == (S.REVIEW, 2)
    assert article.history.first().history_user.username == "rita"


def test_reporter_cannot_publish_or_set_editor_fields_through_the_change_form(reporter):
    article = ArticleFactory(draft=True, section=None)
    section = SectionFactory()
    later = timezone.localtime() + datetime.timedelta(days=2)
    response = reporter.post(change_url(article), change_data(article, status="published"))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    response = reporter.post(
        change_url(article),
        change_data(
            article,
            title="Retitled",
            section=section.pk,
            published_at_0=later.strftime("%Y-%m-%d"),
            published_at_1="08:00:00",
        ),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Retitled"
    assert (article.status, article.section_id, article.published_at) == (S.DRAFT, None, None)


def test_reporter_may_only_view_a_published_article(reporter):
    article = ArticleFactory(title="Live story")
    response = reporter.get(change_url(article))
    assert response.status_code == 200 and not response.context["has_change_permission"]
    response = reporter.post(change_url(article), change_data(article, title="Vandalised"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Live story"


def test_reporter_cannot_publish_by_list_edit_or_bulk_action(reporter):
    article = ArticleFactory(draft=True)
    response = list_edit(reporter, article, "published")
    assert response.status_code == 200 and response.context["cl"].formset.errors[0]["status"]
    response = act(reporter, "publish", [article])
    assert "No action selected." in messages_of(response)
    actions = [value for value, _ in response.context["action_form"].fields["action"].choices]
    assert "submit_for_review" in actions
    assert not {"publish", "unpublish", "archive", "assign_section"} & set(actions)
    article.refresh_from_db()
    assert article.status == S.DRAFT and article.version == 1
    assert not LogEntry.objects.exists()


def test_reporter_submits_drafts_for_review_in_bulk_and_it_is_logged(reporter):
    drafts = [ArticleFactory(draft=True) for _ in range(2)]
    live = ArticleFactory()
    response = act(reporter, "submit_for_review", [*drafts, live])
    assert any("Submitted for review: 2" in m for m in messages_of(response))
    assert any(f"“{live.title}”" in m for m in messages_of(response))
    assert set(Article.objects.filter(status=S.REVIEW)) == set(drafts)
    logs = LogEntry.objects.filter(action_flag=CHANGE, user__username="rita")
    assert sorted(int(e.object_id) for e in logs) == sorted(a.pk for a in drafts)
    assert all(e.change_message == "Submitted for review (bulk action)." for e in logs)
    assert all(a.history.first().history_user.username == "rita" for a in drafts)


# -- editors ------------------------------------------------------------------------------


def test_editor_publishes_by_list_edit_with_a_publication_time_and_a_log(editor):
    article = ArticleFactory(status=S.REVIEW, published_at=None)
    assert list_edit(editor, article, "published").status_code == 302
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and article.published_at <= timezone.now()
    assert article.version == 2
    entry = LogEntry.objects.get()
    assert (entry.user.username, entry.object_id) == ("ed", str(article.pk))


def test_editor_bulk_actions_publish_unpublish_archive_and_refuse_with_reasons(editor):
    ready = ArticleFactory(status=S.REVIEW, published_at=None)
    homeless = ArticleFactory(status=S.REVIEW, section=None, published_at=None)
    response = act(editor, "publish", [ready, homeless])
    assert any("Published: 1" in m for m in messages_of(response))
    assert any("Assign a section before publishing" in m for m in messages_of(response))
    ready.refresh_from_db(), homeless.refresh_from_db()
    assert ready.status == S.PUBLISHED and ready.published_at is not None
    assert homeless.status == S.REVIEW and homeless.version == 1
    act(editor, "unpublish", [ready])
    ready.refresh_from_db()
    assert (ready.status, ready.version) == (S.DRAFT, 3)
    act(editor, "archive", [ready, homeless])
    assert set(Article.objects.values_list("status", flat=True)) == {S.ARCHIVED}
    reasons = set(LogEntry.objects.values_list("change_message", flat=True))
    assert reasons == {
        "Published (bulk action).",
        "Unpublished (bulk action).",
        "Archived (bulk action).",
    }
    assert [h.history_change_reason for h in ready.history.all()[:3]] == [
        "Archived",
        "Unpublished",
        "Published",
    ]


def test_a_bulk_action_refuses_too_many_articles_and_changes_nothing(editor, monkeypatch):
    monkeypatch.setattr("articles.admin.article_actions.MAX_BULK", 2)
    articles = [ArticleFactory(draft=True) for _ in range(3)]
    response = act(editor, "archive", articles)
    assert any("at most 2 articles" in m for m in messages_of(response))
    assert not Article.objects.filter(status=S.ARCHIVED).exists()


def test_editor_schedules_through_the_change_form_and_the_list_shows_it(editor):
    article = ArticleFactory(status=S.REVIEW, published_at=None)
    later = timezone.localtime() + datetime.timedelta(days=1)
    data = change_data(
        article,
        status="published",
        published_at_0=later.strftime("%Y-%m-%d"),
        published_at_1=later.strftime("%H:%M:%S"),
    )
    assert editor.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and workflow.is_scheduled(article)
    assert not Article.objects.published().exists()
    assert editor.get(article.get_absolute_url()).status_code == 404
    response = editor.get(CHANGELIST, {"publication": "scheduled"})
    assert [a.pk for a in response.context["cl"].result_list] == [article.pk]
    assert "<strong>Scheduled</strong>" in response.content.decode()
    assert "Scheduled: goes live by itself" in editor.get(change_url(article)).content.decode()


# -- scheduling boundaries ----------------------------------------------------------------


def test_scheduling_boundaries_exactly_now_one_second_ahead_and_behind(editor):
    now = timezone.now().replace(microsecond=0)
    second = datetime.timedelta(seconds=1)
    at_now = ArticleFactory(title="at now", published_at=now)
    ahead = ArticleFactory(title="ahead", published_at=now + second)
    behind = ArticleFactory(title="behind", published_at=now - second)
    with mock.patch("django.utils.timezone.now", return_value=now):
        assert set(Article.objects.published()) == {at_now, behind}
        assert [workflow.state_label(a) for a in (at_now, ahead, behind)] == [
            "Live",
            "Scheduled",
            "Live",
        ]
        live = editor.get(CHANGELIST, {"publication": "live"}).context["cl"].result_list
        assert set(live) == {at_now, behind}
    with mock.patch("django.utils.timezone.now", return_value=now + second):
        assert set(Article.objects.published()) == {at_now, ahead, behind}
        assert ahead.is_public and not workflow.is_scheduled(ahead)


# -- triage -------------------------------------------------------------------------------


def test_the_missing_photos_queue_lists_stories_with_an_empty_photo_slot_until_filled(editor):
    from articles.importers.dump_import import import_dump
    from tests.factories import ImageFactory

    story = (
        "Orchids line the avenue\n\nĐBP - Workers planted orchid trees on Monday.\n\n"
        "Workers plant orchid trees along Võ Nguyên Giáp Street. (Photo: ĐBP)\n\n"
        "The festival opens on Friday.\n\nSource: Điện Biên Phủ Online\n"
    )
    import_dump(story.encode(), "orchids.txt")
    imported = Article.objects.get(title="Orchids line the avenue")
    assert '<figure data-image=""><figcaption>' in imported.body, imported.body
    ArticleFactory(title="Filled", body='<p>x</p><figure data-image="1"></figure>')
    ArticleFactory(title="Archived", body='<figure data-image=""></figure>', status="archived")
    ArticleFactory(title="No photo", body="<p>Text.</p>")

    def queue():
        response = editor.get(CHANGELIST, {"triage": "photos"})
        return {a.title: a.photos_missing for a in response.context["cl"].result_list}

    assert queue() == {"Orchids line the avenue": True}
    page = editor.get(CHANGELIST, {"triage": "photos"}).content.decode()
    assert "Photos missing" in page and "photo missing" in page
    # An editor fills the slot from the media library: the story leaves the queue.
    photo = ImageFactory()
    body = imported.body.replace('data-image=""', f'data-image="{photo.pk}"')
    response = editor.post(change_url(imported), change_data(imported, body=body))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert queue() == {}


def test_the_triage_queue_lists_imported_drafts_without_a_section_or_with_warnings(editor):
    dump = RawDump.objects.create(name="d.txt", sha256="a" * 64, size=1, content=b"x")
    batch = ImportBatch.objects.create(kind=ImportBatch.Kind.CSV, name="f.csv")
    ArticleFactory(title="dump, no section", draft=True, raw_dump=dump, section=None)
    ArticleFactory(title="batch, warnings", draft=True, import_batch=batch, import_warnings=["?"])
    ArticleFactory(title="stub, no section", draft=True, is_stub=True, section=None)
    ArticleFactory(title="batch, clean", draft=True, import_batch=batch)
    ArticleFactory(title="typed in, no section", draft=True, section=None)
    ArticleFactory(title="published, no section", raw_dump=dump, section=None)

    def queue():
        response = editor.get(CHANGELIST, {"triage": "needs"})
        return {a.title for a in response.context["cl"].result_list}

    assert queue() == {"dump, no section", "batch, warnings", "stub, no section"}
    homeless = Article.objects.filter(title__in=["dump, no section", "stub, no section"])
    section = SectionFactory(name="Business")
    response = act(editor, "assign_section", homeless)
    assert response.templates[0].name == "admin/articles/article/assign_section.html"
    response = act(editor, "assign_section", homeless, section="999999", apply="1")
    assert response.context["form"].errors["section"]
    data = {"action": "assign_section", "_selected_action": [a.pk for a in homeless]}
    response = editor.post(
        CHANGELIST + "?triage=needs", {**data, "section": section.pk, "apply": "1"}
    )
    assert response.status_code == 302
    assert queue() == {"batch, warnings"}
    assert (
        LogEntry.objects.filter(change_message__startswith="Section set to Business").count() == 2
    )
