"""Alt text is required before publishing: every publish path (the workflow's check, the change
form, the list's status edit, the bulk action) refuses an article whose lead photo or a photo of
its body has none, says which, and changes nothing."""

import pytest

from articles import workflow
from articles.models import Article
from articles.workflow import TransitionError
from tests.factories import ArticleFactory, ImageFactory
from tests.test_workflow import act, change_data, change_url, list_edit, logged_in, staff_user

pytestmark = pytest.mark.django_db

S = Article.Status


@pytest.fixture
def ed():
    return staff_user("ed", "Editor")


@pytest.fixture
def editor(ed):
    return logged_in(ed)


@pytest.fixture
def bare():
    return ImageFactory(title="Harbour at dawn", alt_text="")


@pytest.fixture
def described():
    return ImageFactory(title="Rice terraces", alt_text="Terraced rice fields, gold at harvest.")


def body_with(*figures):
    return "<p>One.</p>" + "".join(figures) + "<p>Two.</p>"


def fig(image, alt=None):
    extra = f' data-alt="{alt}"' if alt is not None else ""
    ref = image.pk if image is not None else ""
    return f'<figure data-image="{ref}"{extra}><figcaption>A caption</figcaption></figure>'


def test_the_workflow_refuses_a_photo_without_alt_text_and_names_it(ed, bare, described):
    check = workflow.check_transition
    with pytest.raises(TransitionError, match=r"Add alt text to the photo “Harbour at dawn”"):
        check(ed, S.REVIEW, S.PUBLISHED, has_section=True, lead_image_id=bare.pk, body="")
    with pytest.raises(TransitionError, match=rf"#{bare.pk}"):
        check(ed, S.DRAFT, S.PUBLISHED, has_section=True, body=body_with(fig(described), fig(bare)))
    with pytest.raises(TransitionError):  # a published story edited to show one
        check(ed, S.PUBLISHED, S.PUBLISHED, has_section=True, body=body_with(fig(bare)))
    # fine: described photos, a figure's own alt text, an empty photo slot, or not publishing
    check(ed, S.DRAFT, S.PUBLISHED, has_section=True, lead_image_id=described.pk, body="")
    check(ed, S.DRAFT, S.PUBLISHED, has_section=True, body=body_with(fig(bare, alt="Boats.")))
    check(ed, S.DRAFT, S.PUBLISHED, has_section=True, body=body_with(fig(None)))
    check(ed, S.DRAFT, S.REVIEW, has_section=True, lead_image_id=bare.pk, body="")
    # whitespace is no alt text
    bare.alt_text = "   "
    bare.save()
    with pytest.raises(TransitionError):
        check(ed, S.DRAFT, S.PUBLISHED, has_section=True, lead_image_id=bare.pk, body="")


def test_the_change_form_refuses_to_publish_and_keeps_the_draft(editor, bare):
    article = ArticleFactory(draft=True, lead_image=bare)
    response = editor.post(change_url(article), change_data(article, status=S.PUBLISHED))
    assert response.status_code == 200  # the form again, with the error
    assert "Add alt text to the photo “Harbour at dawn”" in response.content.decode()
    article.refresh_from_db()
    assert article.status == S.DRAFT and article.version == 1


def test_the_change_form_refuses_a_body_photo_without_alt_text_on_a_live_story(editor, bare):
    article = ArticleFactory()
    body = body_with(fig(bare))
    response = editor.post(change_url(article), change_data(article, body=body))
    assert response.status_code == 200
    assert "Add alt text" in response.content.decode()
    article.refresh_from_db()
    assert "data-image" not in article.body


def test_once_the_alt_text_is_written_it_publishes(editor, bare):
    article = ArticleFactory(draft=True, lead_image=bare)
    bare.alt_text = "Fishing boats at dawn."
    bare.save()
    response = editor.post(change_url(article), change_data(article, status=S.PUBLISHED))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and article.lead_image_id == bare.pk


def test_the_bulk_publish_action_refuses_that_article_and_publishes_the_others(editor, bare):
    blocked = ArticleFactory(title="Blocked story", draft=True, lead_image=bare)
    fine = ArticleFactory(title="Fine story", draft=True)
    response = act(editor, "publish", [blocked, fine])
    text = response.content.decode()
    assert "Published: 1 article(s)" in text
    assert "Blocked story" in text and "Add alt text" in text
    blocked.refresh_from_db()
    fine.refresh_from_db()
    assert blocked.status == S.DRAFT and fine.status == S.PUBLISHED


def test_the_list_status_edit_refuses_it_too(editor, bare):
    article = ArticleFactory(status=S.REVIEW, published_at=None, lead_image=bare)
    response = list_edit(editor, article, S.PUBLISHED)
    assert response.status_code == 200 and "Add alt text" in response.content.decode()
    article.refresh_from_db()
    assert article.status == S.REVIEW
