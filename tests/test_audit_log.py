"""The audit log (audit/): an entry for every publish, unpublish, archive, schedule change,
revert, import (one per import, with its counts), export and user/group change, on every path
that makes them; read by superusers only, filterable, exported to CSV with formulas escaped,
and never changed, by the admin nor by the database."""

import csv
import datetime
import io
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.utils import timezone

from articles.models import Article, ImportBatch
from audit import log
from audit.models import Action, AuditEntry
from tests.factories import ArticleFactory, SectionFactory
from tests.test_csv_admin import confirm, export, upload
from tests.test_csv_import import csv_bytes, story, write_csv
from tests.test_workflow import CHANGELIST, act, change_data, change_url, list_edit

pytestmark = pytest.mark.django_db

S = Article.Status
DUMPS = Path(__file__).parent / "data" / "dumps"


def member(name, group=None, **flags):
    user = User.objects.create_user(name, password="pw", is_staff=True, **flags)
    if group:
        user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    return member("ed", "Editor")


@pytest.fixture
def root():
    return member("root", is_superuser=True)


def entries(action):
    return list(AuditEntry.objects.filter(action=action).order_by("id"))


# ---- the workflow ---------------------------------------------------------------------------


def test_publishing_in_the_change_form(editor):
    article = ArticleFactory(draft=True, section=SectionFactory())
    response = editor.post(change_url(article), change_data(article, status=S.PUBLISHED))
    assert response.status_code == 302
    (entry,) = entries(Action.PUBLISH)
    assert (entry.actor, entry.object_type, entry.object_id) == (
        "ed",
        "articles.article",
        str(article.pk),
    )
    assert entry.details["from"] == "draft" and entry.details["via"] == "change form"
    assert entry.ip_address == "127.0.0.1" and entry.object_repr == article.title


def test_an_edit_that_moves_nothing_records_nothing(editor):
    article = ArticleFactory()
    editor.post(change_url(article), change_data(article, title="A better headline"))
    assert not AuditEntry.objects.exists()


def test_unpublishing_and_archiving_by_list_edit(editor):
    live = ArticleFactory()
    assert list_edit(editor, live, S.DRAFT).status_code == 302
    other = ArticleFactory()
    list_edit(editor, other, S.ARCHIVED)
    (unpublished,) = entries(Action.UNPUBLISH)
    (archived,) = entries(Action.ARCHIVE)
    assert unpublished.object_id == str(live.pk) and unpublished.details["via"] == "list edit"
    assert archived.object_id == str(other.pk) and archived.details["from"] == "published"


def test_bulk_actions_record_each_article_moved(editor):
    section = SectionFactory()
    drafts = [ArticleFactory(draft=True, section=section) for _ in range(3)]
    act(editor, "publish", drafts)
    assert sorted(e.object_id for e in entries(Action.PUBLISH)) == sorted(str(a.pk) for a in drafts)
    act(editor, "unpublish", drafts[:2])
    act(editor, "archive", drafts[2:])
    assert len(entries(Action.UNPUBLISH)) == 2 and len(entries(Action.ARCHIVE)) == 1
    assert all(e.actor == "ed" for e in AuditEntry.objects.all())
    assert entries(Action.ARCHIVE)[0].details["via"] == "bulk action: Archived"


def test_a_new_publication_time_on_a_published_article_is_a_schedule_change(editor):
    article = ArticleFactory()
    later = timezone.localtime() + datetime.timedelta(days=2)
    data = change_data(
        article,
        published_at_0=later.strftime("%Y-%m-%d"),
        published_at_1=later.strftime("%H:%M:%S"),
    )
    assert editor.post(change_url(article), data).status_code == 302
    (entry,) = entries(Action.SCHEDULE)
    assert entry.details["previous_published_at"] == article.published_at.isoformat()
    recorded = datetime.datetime.fromisoformat(entry.details["published_at"])
    assert abs(recorded - later) < datetime.timedelta(seconds=1)


def test_a_revert_is_recorded_with_the_moves_it_makes(editor):
    article = ArticleFactory(draft=True, section=SectionFactory(), title="Original")
    editor.post(change_url(article), change_data(article, status=S.PUBLISHED))
    article.refresh_from_db()
    original = article.history.earliest()
    url = f"{CHANGELIST}{article.pk}/history/{original.history_id}/"
    response = editor.post(url, change_data(original.instance, loaded_version=article.version))
    assert response.status_code == 302
    (revert,) = entries(Action.REVERT)
    assert revert.details["revision"] == original.history_id and revert.actor == "ed"
    (back,) = entries(Action.UNPUBLISH)  # the old revision was a draft
    assert back.details["via"] == f"revert to revision {original.history_id}"


def test_a_refused_move_records_nothing():
    rita = member("rita", "Reporter")
    article = ArticleFactory(draft=True, section=SectionFactory())
    rita.post(change_url(article), change_data(article, status=S.PUBLISHED))
    assert Article.objects.get(pk=article.pk).status == S.DRAFT
    assert not AuditEntry.objects.exists()


# ---- imports and exports: one entry each ------------------------------------------------------


def test_a_bulk_csv_import_is_one_entry_with_its_counts(tmp_path):
    path = write_csv(tmp_path, [story(n) for n in range(250)])
    call_command("import_articles", str(path), verbosity=0)
    (entry,) = AuditEntry.objects.all()
    assert entry.action == Action.IMPORT
    assert entry.details["counts"] == {"created": 250, "updated": 0, "unchanged": 0, "invalid": 0}
    assert entry.details["file"] == str(path)
    assert entry.actor.startswith("manage.py import_articles (as ")
    batch = ImportBatch.objects.get()
    assert (entry.object_type, entry.object_id) == ("articles.importbatch", str(batch.pk))


def test_a_dry_run_or_a_refused_import_records_nothing(tmp_path):
    path = write_csv(tmp_path, [story(1)])
    call_command("import_articles", str(path), "--dry-run", verbosity=0)
    bad = write_csv(tmp_path, [story(2, status="live")], name="bad.csv")
    with pytest.raises(SystemExit):
        call_command("import_articles", str(bad), verbosity=0)
    assert not AuditEntry.objects.exists()


def test_the_admins_csv_import_is_one_entry_by_its_user(editor):
    preview = upload(editor, csv_bytes([story(n) for n in range(30)]), name="desk.csv")
    assert not AuditEntry.objects.exists()  # the preview writes nothing
    assert confirm(editor, preview).status_code == 302
    (entry,) = AuditEntry.objects.all()
    assert entry.action == Action.IMPORT and entry.actor == "ed"
    assert entry.details["counts"]["created"] == 30 and entry.details["file"] == "desk.csv"


def test_a_dump_import_is_one_entry_with_its_counts(capsys):
    call_command("import_dumps", str(DUMPS), verbosity=0)
    (entry,) = AuditEntry.objects.all()
    counts = entry.details["counts"]
    assert entry.action == Action.IMPORT and entry.details["kind"] == "dump"
    assert counts["files"] == 4 and counts["failed"] == 0
    assert counts["created"] + counts["stubs_created"] == Article.objects.count() > 4
    assert entry.actor.startswith("manage.py import_dumps")


def test_the_admins_dump_upload_is_one_entry(editor):
    url = "/admin/articles/rawdump/upload/"
    data = (DUMPS / "wire_2024_03_05.txt").read_bytes()
    response = editor.post(url, {"files": [SimpleUploadedFile("wire.txt", data)]})
    assert not AuditEntry.objects.exists()
    editor.post(url, {"confirm": "1", "dumps": response.context["good_ids"]})
    (entry,) = AuditEntry.objects.all()
    assert entry.actor == "ed" and entry.details["counts"]["created"] == 3
    assert entry.details["file"] == "wire.txt"


def test_exports_from_the_command_and_the_admin(editor, tmp_path):
    for n in range(3):
        ArticleFactory(title=f"Story {n}")
    call_command("export_articles", str(tmp_path / "out.csv"), "--status", "published")
    assert export(editor, fmt="0").status_code == 200
    command, admin = entries(Action.EXPORT)
    assert command.details["rows"] == 3 and command.details["format"] == "csv"
    assert command.details["filters"]["status"] == ["published"]
    assert command.actor.startswith("manage.py export_articles")
    assert admin.actor == "ed" and admin.details["rows"] == 3


# ---- users, groups, permissions ---------------------------------------------------------------


def test_user_and_group_changes_in_the_admin(root):
    response = root.post(
        "/admin/auth/user/add/",
        {
            "username": "newbie",
            "password1": "a-long-passphrase-1",
            "password2": "a-long-passphrase-1",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="newbie")
    (added,) = entries(Action.USER_ADD)
    assert added.object_id == str(user.pk) and added.actor == "root"

    editor_group = Group.objects.get(name="Editor")
    perm = Permission.objects.get(codename="publish_article")
    data = {
        "username": "newbie",
        "is_active": "on",
        "is_staff": "on",
        "groups": [editor_group.pk],
        "user_permissions": [perm.pk],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
        "initial-date_joined_0": "2026-01-01",
        "initial-date_joined_1": "00:00:00",
    }
    assert root.post(f"/admin/auth/user/{user.pk}/change/", data).status_code == 302
    (changed,) = entries(Action.USER_CHANGE)
    changes = changed.details["changes"]
    assert changes["is_staff"] == {"from": False, "to": True}
    assert changes["groups"] == {"added": ["Editor"], "removed": []}
    assert changes["permissions"] == {"added": ["articles.publish_article"], "removed": []}
    assert "password" not in str(changed.details) and "pbkdf2" not in str(changed.details)

    group = Group.objects.create(name="Night desk")
    response = root.post(
        f"/admin/auth/group/{group.pk}/change/", {"name": "Night desk", "permissions": [perm.pk]}
    )
    assert response.status_code == 302
    (group_change,) = entries(Action.GROUP_CHANGE)
    assert group_change.details["changes"]["permissions"]["added"] == ["articles.publish_article"]

    root.post(f"/admin/auth/user/{user.pk}/delete/", {"post": "yes"})
    assert not User.objects.filter(pk=user.pk).exists()
    (deleted,) = entries(Action.USER_DELETE)
    assert deleted.object_repr == "newbie" and deleted.details["groups"] == ["Editor"]


# ---- reading it --------------------------------------------------------------------------------


def test_only_superusers_read_it_and_nobody_changes_it(editor, root):
    entry = log.record(Action.PUBLISH, actor="someone", summary="Published: x")
    assert editor.get("/admin/audit/auditentry/").status_code == 403
    assert "audit" not in editor.get("/admin/").content.decode().lower()
    listing = root.get("/admin/audit/auditentry/")
    assert listing.status_code == 200 and "Published: x" in listing.content.decode()
    assert root.get("/admin/audit/auditentry/add/").status_code == 403
    assert (
        root.post(f"/admin/audit/auditentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    page = root.get(f"/admin/audit/auditentry/{entry.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    root.post(f"/admin/audit/auditentry/{entry.pk}/change/", {"summary": "rewritten"})
    assert AuditEntry.objects.get(pk=entry.pk).summary == "Published: x"


def test_the_list_filters_and_the_csv_export_escapes_formulas(root):
    log.record(Action.LOGIN_FAILED, actor='=HYPERLINK("http://x")', summary="Failed login")
    log.record(Action.PUBLISH, actor="ed", summary="Published: calm story")
    filtered = root.get("/admin/audit/auditentry/", {"action__exact": Action.LOGIN_FAILED})
    assert "Failed login" in filtered.content.decode()
    assert "calm story" not in filtered.content.decode()
    assert (
        "/admin/audit/auditentry/export.csv?action__exact=login.failed" in filtered.content.decode()
    )

    response = root.get(
        "/admin/audit/auditentry/export.csv", {"action__exact": Action.LOGIN_FAILED}
    )
    assert response.status_code == 200 and response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["at", "action", "actor"]
    assert len(rows) == 2 and rows[1][1] == "login.failed"
    assert rows[1][2] == '\'=HYPERLINK("http://x")'
    assert entries(Action.EXPORT)[0].actor == "root"  # reading the log out is itself logged


def test_the_database_refuses_to_change_an_entry():
    entry = log.record(Action.PUBLISH, actor="ed", summary="Published: x")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(summary="nothing happened")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        entry.summary = "rewritten"
        entry.save()
    assert AuditEntry.objects.get(pk=entry.pk).summary == "Published: x"


def test_postgresql_refuses_to_delete_an_entry():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite leaves deletion to the application (migration 0002)")
    entry = log.record(Action.PUBLISH, actor="ed", summary="Published: x")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM audit_auditentry")
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_deleting_a_user_leaves_their_entries(root):
    user = User.objects.create_user("gone", is_staff=True)
    log.record(Action.PUBLISH, user=user, summary="Published: x")
    user.delete()
    (entry,) = entries(Action.PUBLISH)
    assert (entry.actor, entry.actor_id) == ("gone", user.pk or entry.actor_id)


def test_article_events_is_a_pure_table():
    now = timezone.now()
    later = now + datetime.timedelta(hours=1)
    state = lambda status, when=now: {"status": status, "published_at": when}  # noqa: E731
    assert [a for a, _ in log.article_events(None, state("published"))] == [Action.PUBLISH]
    assert [a for a, _ in log.article_events(state("review"), state("published"))] == [
        Action.PUBLISH
    ]
    assert [a for a, _ in log.article_events(state("published"), state("review"))] == [
        Action.UNPUBLISH
    ]
    assert [a for a, _ in log.article_events(state("draft"), state("archived"))] == [Action.ARCHIVE]
    assert [a for a, _ in log.article_events(state("published"), state("published", later))] == [
        Action.SCHEDULE
    ]
    assert log.article_events(state("draft"), state("review")) == []
    assert log.article_events(state("published"), state("published")) == []
    assert log.article_events(state("archived"), state("draft")) == []


def test_the_admin_account_made_by_ensure_admin_is_recorded(capsys):
    call_command("ensure_admin")
    (entry,) = entries(Action.USER_ADD)
    assert entry.object_repr == "admin" and entry.actor.startswith("manage.py ensure_admin")
    call_command("ensure_admin")  # exists already: nothing more
    assert len(entries(Action.USER_ADD)) == 1
