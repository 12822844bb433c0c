import pytest
from django.contrib import admin

from articles.models import Article
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def data():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    vna = SourceFactory(name="Vietnam News Agency", aliases=["VNA"])
    article = ArticleFactory(title="Điện Biên story", section=politics, source=vna, byline="Mai")
    ArticleFactory(title="Another story", section=news, byline="Lan", draft=True)
    return article


def test_every_changelist_add_and_change_page_loads(admin_client, data):
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label != "articles":
            continue
        info = model._meta.app_label, model._meta.model_name
        assert admin_client.get(f"/admin/{info[0]}/{info[1]}/").status_code == 200, model
        if (
            model_admin.has_add_permission(None)
            if not hasattr(model_admin, "has_add_permission")
            else True
        ):
            add = admin_client.get(f"/admin/{info[0]}/{info[1]}/add/")
            assert add.status_code in (200, 403), model
        obj = model.objects.first()
        if obj is not None:
            change = admin_client.get(f"/admin/{info[0]}/{info[1]}/{obj.pk}/change/")
            assert change.status_code == 200, model


def test_article_changelist_search_and_filters(admin_client, data):
    def titles(params):
        response = admin_client.get("/admin/articles/article/", params)
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}

    assert titles({"q": "Điện"}) == {"Điện Biên story"}
    assert titles({"q": "Lan"}) == {"Another story"}
    assert titles({"status__exact": "draft"}) == {"Another story"}
    assert titles({"section__id__exact": data.section_id}) == {"Điện Biên story"}
    assert titles({"source__id__exact": data.source_id}) == {"Điện Biên story"}


def test_article_changelist_queries_do_not_grow_with_rows(
    admin_client, data, django_assert_max_num_queries
):
    for i in range(40):
        ArticleFactory(
            source=SourceFactory(name=f"Src {i}"), section=SectionFactory(name=f"Sec {i}")
        )
    with django_assert_max_num_queries(15):
        assert admin_client.get("/admin/articles/article/").status_code == 200


def test_adding_an_article_makes_a_transliterated_slug_and_publishes_now(admin_client):
    section = SectionFactory(name="News", slug="news")
    response = admin_client.post(
        "/admin/articles/article/add/",
        {
            "title": "Điện Biên Phủ celebrates",
            "slug": "",
            "body": "Para.",
            "status": "published",
            "section": section.pk,
            "import_warnings": "[]",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.slug == "dien-bien-phu-celebrates"
    assert article.published_at is not None


def test_source_and_section_lists_show_article_counts(admin_client, data):
    response = admin_client.get("/admin/articles/source/")
    assert response.status_code == 200
    vna = next(s for s in response.context["cl"].result_list if s.name == "Vietnam News Agency")
    assert vna.article_count == 1
    response = admin_client.get("/admin/articles/section/")
    counts = {s.name: s.article_count for s in response.context["cl"].result_list}
    assert counts == {"News": 1, "Politics": 1}


def test_autocomplete_for_source_and_section(admin_client, data):
    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "articles",
            "model_name": "article",
            "field_name": "source",
            "term": "vietnam",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Vietnam News Agency"]


def test_article_changelist_drills_down_by_year_then_month(admin_client):
    from django.utils import timezone

    def at(year, month, day):
        return timezone.make_aware(timezone.datetime(year, month, day, 12))

    ArticleFactory(title="March 2024", published_at=at(2024, 3, 31))
    ArticleFactory(title="April 2024", published_at=at(2024, 4, 1))
    ArticleFactory(title="March 2023", published_at=at(2023, 3, 15))
    ArticleFactory(title="December 2023", published_at=at(2023, 12, 31))

    def titles(params):
        response = admin_client.get("/admin/articles/article/", params)
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}, response.content.decode()

    found, page = titles({})
    assert "month published" not in page  # no month choices before a year is chosen
    found, page = titles({"year": "2024"})
    assert found == {"March 2024", "April 2024"} and "month published" in page
    assert titles({"year": "2024", "month": "3"})[0] == {"March 2024"}
    assert titles({"year": "2023", "month": "12"})[0] == {"December 2023"}
    assert len(titles({"month": "3"})[0]) == 4  # the year was cleared: every month
    assert admin_client.get("/admin/articles/article/", {"year": "2024", "month": "13"}).url
