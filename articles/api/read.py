"""The read endpoints: articles (JSON and ninjs), sections, sources.

Each goes through ``queries.visible()``: readers see ``published()`` and nothing else; the
``read:drafts`` scope sees every status. A draft's id answers 404, exactly like an id that does
not exist.
"""

from django.http import Http404
from django.utils.http import urlencode
from ninja import Query, Router

from ..cache import tags as T
from ..models import Source
from ..sections import section_tree
from . import ninjs, pagination, queries, resources, schemas
from .auth import may_read_drafts
from .caching import respond

router = Router(tags=["content"])

LIST_PARAMS = frozenset(queries.ArticleFilters.model_fields) - {"status"}
ERRORS = {400: schemas.Error, 401: schemas.Error, 403: schemas.Error, 429: schemas.Error}


def _page(request, filters: queries.ArticleFilters, detail: bool):
    drafts = may_read_drafts(request)
    queryset, ordering = queries.apply(queries.visible(request, drafts), request, filters, drafts)
    rows, cursor = pagination.page(
        queries.for_output(queryset, detail=detail), ordering, filters.cursor, filters.limit
    )
    section_tree(request).attach(rows)
    T.depend(T.LATEST, T.SOURCES)
    next_url = None
    if cursor:
        params = {k: v for k, v in request.GET.items() if k != "cursor"}
        next_url = request.build_absolute_uri(
            f"{request.path}?{urlencode({**params, 'cursor': cursor})}"
        )
    return rows, next_url, drafts


def _article(request, article_id: int):
    drafts = may_read_drafts(request)
    article = (
        queries.for_output(queries.visible(request, drafts), detail=True)
        .filter(pk=article_id)
        .first()
    )
    if article is None:
        raise Http404("No published article with this id.")
    section_tree(request).attach([article])
    T.depend(T.SOURCES)
    return article, drafts


@router.get(
    "/articles",
    response={200: schemas.ArticlePage, **ERRORS},
    url_name="articles",
    summary="List articles, newest first (or by last change with updated_since)",
)
def list_articles(request, filters: Query[queries.ArticleFilters]):
    def render():
        rows, next_url, drafts = _page(request, filters, detail=False)
        return {
            "results": [resources.article_brief(a, request, with_status=drafts) for a in rows],
            "next": next_url,
        }

    return respond(request, render, LIST_PARAMS)


@router.get(
    "/articles/{article_id}",
    response={200: schemas.Article, 404: schemas.Error, **ERRORS},
    url_name="article",
    summary="One article in full",
)
def get_article(request, article_id: int):
    def render():
        article, drafts = _article(request, article_id)
        return resources.article_full(article, request, with_status=drafts)

    return respond(request, render)


@router.get(
    "/ninjs/articles",
    response={200: schemas.NinjsPage, **ERRORS},
    url_name="ninjs-articles",
    summary="Articles as IPTC ninjs 2.1 items, newest first",
    tags=["ninjs"],
)
def list_ninjs(request, filters: Query[queries.ArticleFilters]):
    def render():
        rows, next_url, _ = _page(request, filters, detail=True)
        for article in rows:
            T.depend(T.article(article.pk))
        return {"results": [ninjs.article_item(a, request) for a in rows], "next": next_url}

    return respond(request, render, LIST_PARAMS)


@router.get(
    "/ninjs/articles/{article_id}",
    response={200: dict, 404: schemas.Error, **ERRORS},
    url_name="ninjs-article",
    summary="One article as an IPTC ninjs 2.1 item",
    tags=["ninjs"],
)
def get_ninjs(request, article_id: int):
    def render():
        article, _ = _article(request, article_id)
        T.depend(T.article(article.pk))
        return ninjs.article_item(article, request)

    return respond(request, render)


@router.get(
    "/sections",
    response={200: schemas.SectionList, **ERRORS},
    url_name="sections",
    summary="The section tree, in order (parent_id links them)",
)
def list_sections(request):
    def render():
        tree = section_tree(request)
        out = []

        def walk(nodes):
            for node in nodes:
                out.append(resources.section_full(node, request))
                walk(tree.children(node))

        walk(tree.roots)
        return {"results": out}

    return respond(request, render)


@router.get(
    "/sections/{section_id}",
    response={200: schemas.Section, 404: schemas.Error, **ERRORS},
    url_name="section",
    summary="One section",
)
def get_section(request, section_id: int):
    def render():
        section = section_tree(request).by_pk.get(section_id)
        if section is None:
            raise Http404("No section with this id.")
        return resources.section_full(section, request)

    return respond(request, render)


@router.get(
    "/sources",
    response={200: schemas.SourceList, **ERRORS},
    url_name="sources",
    summary="The sources (suppliers), by name",
)
def list_sources(request):
    def render():
        T.depend(T.SOURCES)
        return {"results": [resources.source_full(s, request) for s in Source.objects.all()]}

    return respond(request, render)


@router.get(
    "/sources/{source_id}",
    response={200: schemas.Source, 404: schemas.Error, **ERRORS},
    url_name="source",
    summary="One source",
)
def get_source(request, source_id: int):
    def render():
        T.depend(T.SOURCES)
        source = Source.objects.filter(pk=source_id).first()
        if source is None:
            raise Http404("No source with this id.")
        return resources.source_full(source, request)

    return respond(request, render)
