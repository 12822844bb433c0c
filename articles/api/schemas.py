"""The API's response shapes, for the OpenAPI schema (the views build plain dicts that match
them: tests/test_api_schema.py checks real responses against this schema)."""

import datetime

from ninja import Schema
from pydantic import Field


class Error(Schema):
    detail: str | list = Field(description="What was wrong, in a sentence (or one per field).")


class SectionBrief(Schema):
    id: int
    name: str
    slug: str
    path: str = Field(description='Readable path: "News / Politics".')
    slug_path: str = Field(description='"news/politics": what the section filter takes.')


class Section(SectionBrief):
    parent_id: int | None
    position: int
    url: str = Field(description="The section's page on the site.")


class SourceBrief(Schema):
    id: int
    name: str
    slug: str


class Source(SourceBrief):
    kind: str
    home_page: str | None
    url: str = Field(description="The source's page on the site.")


class Caption(Schema):
    after: int = Field(-1, description="Index of the paragraph it follows (-1: before the first).")
    text: str


class Image(Schema):
    """A picture from the media library: the lead photo, then the body's photos."""

    id: int
    url: str = Field(description="The largest JPEG rendition.")
    caption: str = ""
    credit: str = ""
    alt: str = ""
    width: int | None = None
    height: int | None = None
    role: str = Field("body", description="'lead' or 'body'.")


class ArticleBrief(Schema):
    id: int
    slug: str
    title: str
    summary: str
    byline: str
    dateline: str
    section: SectionBrief | None
    source: SourceBrief | None
    published_at: datetime.datetime | None
    updated_at: datetime.datetime
    url: str = Field(description="The article's page on the site.")
    api_url: str
    status: str | None = Field(None, description="Only for read:drafts tokens.")


class Article(ArticleBrief):
    body: str = Field(
        description="Sanitised HTML: paragraphs, subheadings, quotes, lists, links, "
        "photo figures (data-image: the library id) and embeds."
    )
    body_text: str = Field(description="Plain text; blocks separated by an empty line.")
    paragraphs: list[str]
    captions: list[Caption]
    canonical_url: str | None
    ninjs_url: str
    images: list[Image]


class ArticlePage(Schema):
    results: list[ArticleBrief]
    next: str | None = Field(description="The next page's address; null on the last page.")


class SectionList(Schema):
    results: list[Section]


class SourceList(Schema):
    results: list[Source]


class NinjsPage(Schema):
    results: list[dict] = Field(description="ninjs 2.1 items.")
    next: str | None


class JobAccepted(Schema):
    job: int
    status_url: str


class JobStatus(Schema):
    model_config = {"extra": "allow"}
    id: int
    status: str
