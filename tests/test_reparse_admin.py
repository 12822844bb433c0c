"""Re-parsing stored raw dumps with today's source profiles, from the raw dumps admin.

The action shows what would change first (nothing is written), applies only on confirm (through
the dump upload's confirm step), and never overwrites an article an editor changed since import.
"""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.messages import get_messages
from django.test import Client

from articles.importers.dump_diff import article_changes
from articles.importers.dump_import import import_dump
from articles.importers.dump_writer import LEGACY_FIELDS, article_fingerprint
from articles.models import Article, ImportBatch, RawDump
from articles.workflow import needs_triage
from tests.factories import SourceFactory
from tests.test_source_profiles import STORY
from tests.test_workflow import change_data

pytestmark = pytest.mark.django_db

DUMPS = "/admin/articles/rawdump/"
CONFIRM = "/admin/articles/rawdump/upload/"
HARBOUR = "Harbour dredging to start in spring"
MUSEUM = "Museum reopens after renovation"


def client_for(group):
    user = User.objects.create_user(group.lower(), password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    return client_for("Editor")


@pytest.fixture
def imported():
    """STORY imported before anyone taught the importer its supplier: no source, doubted."""
    result = import_dump(STORY.encode(), "courier.txt")
    assert [o.action for o in result.outcomes] == ["created", "created"]
    assert not Article.objects.exclude(source=None).exists()
    assert all(a.import_confidence < 1 for a in Article.objects.all())
    return RawDump.objects.get(pk=result.raw_dump_id)


def reparse(client, *dumps):
    return client.post(
        DUMPS, {"action": "reparse", "_selected_action": [d.pk for d in dumps], "index": "0"}
    )


def snapshot():
    return sorted(
        Article.objects.values_list("title", "source_id", "byline", "body", "version", "is_stub")
    )


def teach_the_courier():
    return SourceFactory(name="Coast Courier", aliases=["CC"], signoffs=["Enditem"])


def test_the_action_shows_the_differences_first_and_applies_only_on_confirm(editor, imported):
    courier = teach_the_courier()
    before = snapshot()
    batches = ImportBatch.objects.count()

    response = reparse(editor, imported)
    assert response.status_code == 200
    assert response.templates[0].name == "admin/articles/rawdump/reparse.html"
    html = response.content.decode()
    assert "Nothing has\nchanged yet" in html
    (preview,) = response.context["previews"]
    actions = {o.title: o.action for o in preview.outcomes}
    assert actions == {HARBOUR: "updated", MUSEUM: "updated"}
    harbour = next(o for o in preview.outcomes if o.title == HARBOUR)
    assert [(c.label, c.before, c.after) for c in harbour.changes] == [
        ("Source", "—", "Coast Courier")
    ]
    assert "<strong>Source:</strong> <del>—</del> → <ins>Coast Courier</ins>" in html
    assert harbour.confidence == 1.0 and harbour.doubts == []
    assert response.context["good_ids"] == [imported.pk]
    # The preview wrote nothing.
    assert snapshot() == before and ImportBatch.objects.count() == batches

    response = editor.post(
        CONFIRM, {"confirm": "1", "dumps": response.context["good_ids"], "reparse": "on"}
    )
    assert response.status_code == 302
    assert set(Article.objects.values_list("source", flat=True)) == {courier.pk}
    assert Article.objects.count() == 2  # updated in place, not imported twice
    assert set(Article.objects.values_list("import_confidence", flat=True)) == {1.0}
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert message.startswith("Re-parsed with today's source profiles: 0 created, 2 updated")
    batch = ImportBatch.objects.latest("started_at")
    assert batch.name == "Re-parse: courier.txt" and batch.stats["updated"] == 2

    # Parsed again with the same profiles: nothing left to change.
    (preview,) = reparse(editor, imported).context["previews"]
    assert [o.action for o in preview.outcomes] == ["unchanged", "unchanged"]


def test_an_article_an_editor_changed_is_a_conflict_and_is_not_overwritten(editor, imported):
    teach_the_courier()
    museum = Article.objects.get(title=MUSEUM)
    note = museum.body + "\n\nEditor's note: open 10am to 6pm."
    response = editor.post(
        f"/admin/articles/article/{museum.pk}/change/", change_data(museum, body=note)
    )
    assert response.status_code == 302
    museum.refresh_from_db()
    edited = (museum.body, museum.source_id, museum.version)
    assert museum.body == note

    response = reparse(editor, imported)
    (preview,) = response.context["previews"]
    conflict = next(o for o in preview.outcomes if o.title == MUSEUM)
    assert conflict.action == "conflict"
    assert "changed by an editor" in conflict.warnings[0]
    html = response.content.decode()
    assert "these changes will <strong>not</strong> be applied" in html

    response = editor.post(CONFIRM, {"confirm": "1", "dumps": [imported.pk], "reparse": "on"})
    assert response.status_code == 302
    museum.refresh_from_db()
    assert (museum.body, museum.source_id, museum.version) == edited
    harbour = Article.objects.get(title=HARBOUR)
    assert harbour.source.name == "Coast Courier"  # the untouched one was updated
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "1 updated" in message and "1 conflicts (changed by an editor" in message


def test_the_diff_shows_changed_paragraphs_and_new_and_removed_articles(editor, imported):
    # As an older parse might have left them: the sign-off kept as a paragraph, the second
    # story not found, a page footer taken for a story. None of it changed by an editor.
    harbour = Article.objects.get(title=HARBOUR)
    harbour.body += "\n\nEnditem"
    harbour.import_fingerprint = article_fingerprint(harbour)
    harbour.save()
    Article.objects.filter(title=MUSEUM).delete()
    footer = Article.objects.create(
        title="Share this page",
        slug="share-this-page",
        body="Facebook Twitter",
        raw_dump=imported,
        dump_span=[10_000, 10_050],
    )
    footer.import_fingerprint = article_fingerprint(footer)
    footer.save()
    teach_the_courier()

    response = reparse(editor, imported)
    (preview,) = response.context["previews"]
    actions = [(o.action, o.title) for o in preview.outcomes]
    assert actions == [("updated", HARBOUR), ("created", MUSEUM), ("removed", "Share this page")]
    body = {c.label: c for c in preview.outcomes[0].changes}["Body"]
    assert (body.before, body.after) == ("3 paragraphs", "2 paragraphs (1 removed)")
    assert body.lines == [("-", "Enditem")]
    html = response.content.decode()
    assert "<del>− Enditem</del>" in html and "no longer found in this dump" in html
    assert Article.objects.filter(title=MUSEUM).count() == 0  # nothing written yet

    response = editor.post(CONFIRM, {"confirm": "1", "dumps": [imported.pk], "reparse": "on"})
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "1 created, 1 updated" in message and "1 no longer in their dump" in message
    harbour.refresh_from_db()
    assert not harbour.body.endswith("Enditem")
    assert Article.objects.get(title=MUSEUM).source.name == "Coast Courier"
    footer.refresh_from_db()  # kept, and sent to the triage queue
    assert footer.import_doubts == ["no longer found when its dump was parsed again"]
    assert Article.objects.filter(needs_triage(), pk=footer.pk).exists()


def test_body_paragraph_changes_are_listed():
    before = {"title": "T", "source": "", "byline": "", "paragraphs": ["a", "b", "c"]}
    after = {"title": "T2", "source": "S", "byline": "", "paragraphs": ["a", "B", "c", "d"]}
    changes = {c.label: c for c in article_changes(before, after)}
    assert (changes["Title"].before, changes["Title"].after) == ("T", "T2")
    body = changes["Body"]
    assert body.after == "4 paragraphs (1 changed, 1 added)"
    assert body.lines == [("-", "b"), ("+", "B"), ("+", "d")]
    assert article_changes(before, before) == []


def test_reporters_have_no_reparse_action_and_cannot_confirm(imported):
    teach_the_courier()
    reporter = client_for("Reporter")
    assert reparse(reporter, imported).status_code == 403  # no access to raw dumps at all
    response = reporter.post(CONFIRM, {"confirm": "1", "dumps": [imported.pk], "reparse": "on"})
    assert response.status_code == 403
    assert not Article.objects.exclude(source=None).exists()


def test_the_action_is_offered_only_with_the_import_permission(editor):
    choices = dict(editor.get(DUMPS).context["action_form"].fields["action"].choices)
    assert "reparse" in choices
    viewer = User.objects.create_user("viewer", password="pw", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_rawdump"))
    client = Client()
    client.force_login(viewer)
    response = client.get(DUMPS)
    assert response.status_code == 200 and response.context["action_form"] is None


def test_articles_imported_before_sources_were_fingerprinted(editor, imported):
    """Their fingerprint lacks the source: a missing source is filled in, an existing one that
    an editor may have set is kept, and the next re-parse finds both unchanged."""
    harbour, museum = (Article.objects.get(title=t) for t in (HARBOUR, MUSEUM))
    other = SourceFactory(name="Editors' choice")
    museum.source = other
    museum.save()
    for article in (harbour, museum):
        article.import_fingerprint = article_fingerprint(article, LEGACY_FIELDS)
        article.save()
    courier = teach_the_courier()

    response = editor.post(CONFIRM, {"confirm": "1", "dumps": [imported.pk], "reparse": "on"})
    assert response.status_code == 302
    harbour.refresh_from_db()
    museum.refresh_from_db()
    assert (harbour.source, museum.source) == (courier, other)

    response = reparse(editor, imported)
    (preview,) = response.context["previews"]
    assert [o.action for o in preview.outcomes] == ["unchanged", "unchanged"]


def test_a_preview_made_before_the_sources_changed_is_not_applied(editor, imported):
    courier = teach_the_courier()
    response = reparse(editor, imported)
    digest = response.context["profiles_digest"]
    assert f'name="profiles" value="{digest}"' in response.content.decode()
    courier.signoffs = ["Enditem", "-30-"]  # an editor teaches more meanwhile
    courier.save()
    before = snapshot()
    response = editor.post(
        CONFIRM, {"confirm": "1", "dumps": [imported.pk], "reparse": "on", "profiles": digest}
    )
    assert response.status_code == 302 and response.url == DUMPS
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "Preview it again" in message
    assert snapshot() == before
