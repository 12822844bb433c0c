"""The media library in the admin, through the real admin: uploads (several at once, a bad file
reported on its own line with nothing stored, JSON for the drag-and-drop page and the story
editor), search and filters, where each photo is used, the focal point, deletion, roles."""

import json

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.media import specs
from articles.media.models import Image, Rendition
from tests.factories import ArticleFactory, ImageFactory, SourceFactory, photo_bytes
from tests.test_media_store import stored_files
from tests.test_workflow import logged_in, staff_user

pytestmark = pytest.mark.django_db

LIBRARY = "/admin/media/image/"
UPLOAD = "/admin/media/image/upload/"


@pytest.fixture
def rita():
    return staff_user("rita", "Reporter")


@pytest.fixture
def reporter(rita):
    return logged_in(rita)


@pytest.fixture
def editor():
    return logged_in(staff_user("ed", "Editor"))


def jpeg(name, seed=None, **kw):
    return SimpleUploadedFile(name, photo_bytes(seed=seed or name, **kw), "image/jpeg")


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_the_upload_page_offers_drag_and_drop_and_a_multiple_file_field(reporter):
    html = reporter.get(UPLOAD).content.decode()
    assert "data-dropzone" in html and 'type="file"' in html and "multiple" in html
    assert 'src="/static/admin/newsroom/media-upload.js"' in html
    assert "<script>" not in html  # no inline script: the CSP stays strict
    assert reporter.get(f"{LIBRARY}add/").url == UPLOAD  # "Add" leads here


def test_several_files_at_once_a_bad_one_reported_alone_and_nothing_stored_for_it(reporter, rita):
    source = SourceFactory(name="Vietnam News Agency")
    files = [
        jpeg("harbour.jpg"),
        SimpleUploadedFile("notes.jpg", b"just some text", "image/jpeg"),
        jpeg("terraces.jpg"),
        SimpleUploadedFile("logo.svg", b"<svg><script>x()</script></svg>", "image/svg+xml"),
    ]
    response = reporter.post(
        UPLOAD, {"files": files, "credit": "Mai Lan", "source": source.pk}, follow=True
    )
    said = messages_of(response)
    assert "harbour.jpg: uploaded." in said and "terraces.jpg: uploaded." in said
    assert any(m.startswith("notes.jpg: not a JPEG, PNG, WebP or GIF image") for m in said)
    assert any(m.startswith("logo.svg: SVG drawings are not accepted") for m in said)
    images = Image.objects.order_by("title")
    assert [i.title for i in images] == ["harbour", "terraces"]
    assert {(i.credit, i.source_id, i.uploaded_by_id) for i in images} == {
        ("Mai Lan", source.pk, rita.pk)
    }
    assert all(i.renditions.count() == len(specs.all_specs(800, 600, (50, 50))) for i in images)


def test_the_same_file_twice_is_one_photo(reporter):
    reporter.post(UPLOAD, {"files": [jpeg("a.jpg", seed=1)]})
    response = reporter.post(UPLOAD, {"files": [jpeg("again.jpg", seed=1)]}, follow=True)
    assert "again.jpg: already in the library." in messages_of(response)
    assert Image.objects.count() == 1


def test_drag_and_drop_uploads_answer_json_one_file_at_a_time(reporter, client):
    before = stored_files()
    bad = reporter.post(
        UPLOAD,
        {"files": [SimpleUploadedFile("cut.jpg", photo_bytes(300, 200)[:900])]},
        HTTP_ACCEPT="application/json",
    )
    assert bad.status_code == 400
    (result,) = bad.json()["results"]
    assert result["ok"] is False and result["error"].startswith("cut.jpg: the image is damaged")
    assert stored_files() == before and Image.objects.count() == 0

    good = reporter.post(UPLOAD, {"files": [jpeg("boats.jpg")]}, HTTP_ACCEPT="application/json")
    assert good.status_code == 200
    (result,) = good.json()["results"]
    assert result["ok"] and result["created"] and result["title"] == "boats"
    assert result["alt"] == "" and client.get(result["thumbnail"]).status_code == 200
    assert result["admin_url"] == f"{LIBRARY}{result['id']}/change/"

    nothing = reporter.post(UPLOAD, {}, HTTP_ACCEPT="application/json")
    assert nothing.status_code == 400 and "Choose one or more photos" in nothing.json()["error"]


def test_an_upload_over_the_request_limit_is_refused_by_its_length(reporter, settings):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 1000
    response = reporter.post(
        UPLOAD,
        {"files": [jpeg("big.jpg", width=3000, height=2000, quality=100)]},  # 4 MB
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 413 and "over" in response.json()["error"]
    assert Image.objects.count() == 0


def test_only_staff_with_the_permission_may_upload(client):
    nobody = logged_in(staff_user_without_groups())
    assert nobody.get(UPLOAD).status_code == 403
    assert nobody.post(UPLOAD, {"files": [jpeg("x.jpg")]}).status_code == 403
    assert client.get(UPLOAD).status_code == 302  # not logged in: to the login page
    assert Image.objects.count() == 0


def staff_user_without_groups():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("visitor", password="pw", is_staff=True)


def test_search_and_filters(reporter):
    vna = SourceFactory(name="Vietnam News Agency")
    harbour = ImageFactory(title="Harbour at dawn", credit="Mai Lan", source=vna, alt_text="")
    terraces = ImageFactory(title="Rice terraces", width=600, height=900)
    ArticleFactory(lead_image=terraces)

    def titles(query):
        response = reporter.get(LIBRARY, query)
        assert response.status_code == 200
        return {str(obj) for obj in response.context["cl"].result_list}

    assert titles({"q": "mai lan"}) == {"Harbour at dawn"}
    assert titles({"q": "terraces"}) == {"Rice terraces"}
    assert titles({"alt": "missing"}) == {"Harbour at dawn"}
    assert titles({"alt": "present"}) == {"Rice terraces"}
    assert titles({"lead": "yes"}) == {"Rice terraces"}
    assert titles({"lead": "no"}) == {"Harbour at dawn"}
    assert titles({"orientation": "portrait"}) == {"Rice terraces"}
    assert titles({"source__id__exact": vna.pk}) == {"Harbour at dawn"}
    html = reporter.get(LIBRARY).content.decode()
    assert html.count("<picture") == 2 and harbour.title in html


def test_the_photo_page_says_where_it_is_used(reporter):
    photo = ImageFactory(title="Harbour at dawn")
    ArticleFactory(title="Lead story", lead_image=photo)
    ArticleFactory(
        title="Body story",
        draft=True,
        body=f'<p>x</p><figure data-image="{photo.pk}"><figcaption>c</figcaption></figure>',
    )
    ArticleFactory(title="Unrelated story", body='<figure data-image="99999"></figure>')
    html = reporter.get(f"{LIBRARY}{photo.pk}/change/").content.decode()
    assert "Lead story" in html and "lead photo" in html
    assert "Body story" in html and "in the story" in html and "draft" in html
    assert "Unrelated story" not in html
    assert 'class="focal-editor"' in html and "media-focal.js" in html


def test_moving_the_focal_point_remakes_the_card_crops(
    reporter, django_capture_on_commit_callbacks
):
    photo = ImageFactory(width=1600, height=800)
    old = set(photo.renditions.exclude(ratio="").values_list("file", flat=True))
    form = {
        "title": photo.title,
        "alt_text": photo.alt_text,
        "caption": "",
        "credit": photo.credit,
        "source": "",
        "focal_x": "0.85",
        "focal_y": "0.4",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = reporter.post(f"{LIBRARY}{photo.pk}/change/", form)
    assert response.status_code == 302
    new = set(photo.renditions.exclude(ratio="").values_list("file", flat=True))
    assert new and not new & old and all("-85-40." in name for name in new)
    assert not any(default_storage.exists(name) for name in old)

    bad = reporter.post(f"{LIBRARY}{photo.pk}/change/", {**form, "focal_x": "1.5"})
    assert bad.status_code == 200 and "less than or equal to 1" in bad.content.decode()


def test_a_photo_in_use_cannot_be_deleted_an_unused_one_takes_its_files(
    editor, django_capture_on_commit_callbacks
):
    used, unused = ImageFactory(title="Used"), ImageFactory(title="Unused")
    ArticleFactory(lead_image=used)
    response = editor.post(f"{LIBRARY}{used.pk}/delete/", {"post": "yes"}, follow=True)
    assert any("is used by articles" in m for m in messages_of(response))
    assert Image.objects.filter(pk=used.pk).exists()

    files = [unused.file.name, *unused.renditions.values_list("file", flat=True)]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(f"{LIBRARY}{unused.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Image.objects.filter(pk=unused.pk).exists()
    assert not Rendition.objects.filter(image_id=unused.pk).exists()
    assert not any(default_storage.exists(name) for name in files)


def test_reporters_may_not_delete_photos(reporter):
    photo = ImageFactory()
    assert reporter.post(f"{LIBRARY}{photo.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Image.objects.filter(pk=photo.pk).exists()


def test_the_chooser_answers_json_for_the_story_editor(reporter):
    for i in range(30):
        ImageFactory(title=f"Market {i}", width=400, height=300)
    ImageFactory(title="Harbour", width=400, height=300, credit="Mai Lan")
    first = reporter.get(f"{LIBRARY}choose.json").json()
    assert len(first["results"]) == 24 and first["more"] is True
    assert first["results"][0]["title"] == "Harbour"  # newest first
    second = reporter.get(f"{LIBRARY}choose.json", {"page": 2}).json()
    assert len(second["results"]) == 7 and second["more"] is False
    found = reporter.get(f"{LIBRARY}choose.json", {"q": "mai lan"}).json()["results"]
    assert [r["title"] for r in found] == ["Harbour"]
    assert set(found[0]) >= {"id", "alt", "caption", "credit", "thumbnail", "width", "height"}
    bad = reporter.get(f"{LIBRARY}choose.json", {"page": "x"})
    assert bad.status_code == 400 and json.loads(bad.content)["error"]


def test_the_article_form_picks_its_lead_photo_from_the_library(editor):
    photo = ImageFactory(title="Harbour at dawn")
    article = ArticleFactory(lead_image=photo)
    html = editor.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="lead_image"' in html and "Harbour at dawn" in html
    found = editor.get(
        "/admin/autocomplete/",
        {
            "term": "harbour",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "lead_image",
        },
    ).json()
    assert [r["text"] for r in found["results"]] == ["Harbour at dawn"]


def test_a_photo_on_a_published_story_keeps_its_alt_text(reporter):
    photo = ImageFactory(alt_text="Boats at dawn.")
    ArticleFactory(title="Fleet returns", lead_image=photo)
    form = {
        "title": photo.title,
        "alt_text": "  ",
        "caption": "",
        "credit": "",
        "source": "",
        "focal_x": "0.5",
        "focal_y": "0.5",
    }
    response = reporter.post(f"{LIBRARY}{photo.pk}/change/", form)
    assert response.status_code == 200
    assert "Published articles show this photo (“Fleet returns”)" in response.content.decode()
    photo.refresh_from_db()
    assert photo.alt_text == "Boats at dawn."
