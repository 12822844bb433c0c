"""Plain data classes produced by the raw-dump parser (no Django, no database)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


class DumpError(ValueError):
    """A dump that cannot be read as text at all; ``str()`` is one line naming the file."""

    def __init__(self, filename: str, reason: str):
        self.filename = filename
        self.reason = reason
        name = filename or "<dump>"
        super().__init__(f"{name}: {reason}")


@dataclass
class ParsedTeaser:
    title: str
    section: list[str] = field(default_factory=list)
    summary: str = ""


@dataclass
class ParsedArticle:
    title: str
    #: A deck (subheadline) under the title, when the story has one.
    subtitle: str = ""
    source: str = ""
    source_kind: str = "other"  # "wire" | "newspaper" | "press_release" | "other"
    source_aliases: list[str] = field(default_factory=list)
    byline: str = ""
    #: What a byline said after the name ("Associated Press"): evidence of the source.
    byline_org: str = field(default="", repr=False)
    #: Initials opening the lede ("HNM - ") of a paper no profile knows: the source when
    #: nothing better names it.
    alias: str = field(default="", repr=False)
    #: The shape of the page's date stamp ("Aaa Aaa 99,"): pages of one site share it, so a
    #: story whose shape differs from its neighbour's is another site's page.
    template: str = field(default="", repr=False)
    dateline: str = ""
    published_date: datetime.date | None = None
    external_id: str = ""
    body: list[str] = field(default_factory=list)
    captions: list[tuple[int, str]] = field(default_factory=list)
    teasers: list[ParsedTeaser] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    warnings: list[str] = field(default_factory=list)
    #: How sure the parser is of this article, 0..1, and why it doubts ("story boundary
    #: guessed", "no source found", "caption guessed"). Low confidence sends it to triage.
    confidence: float = 1.0
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedDump:
    filename: str
    encoding: str = "utf-8"
    chunk_size: int | None = None
    articles: list[ParsedArticle] = field(default_factory=list)
    teasers: list[ParsedTeaser] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: The decoded and repaired text that the article spans point into.
    text: str = field(default="", repr=False, compare=False)
