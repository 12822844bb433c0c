"""IPTC ninjs (1.x and 2.x) and feed entries → the fields of an article. Pure functions.

An *item* is the dict the rest of ingest imports: a ninjs object as received from a push or a
ninjs feed, or one made here from an RSS/Atom entry (``from_feed_entry``), so both go through
the same writer (``items.import_item``).
"""

import datetime
import re
from html.parser import HTMLParser

from django.utils.dateparse import parse_datetime

MAX_EXTERNAL_ID = 100


class InvalidItem(ValueError):
    """A ninjs item that cannot become an article; ``str()`` names the field."""


class _Text(HTMLParser):
    """HTML → paragraphs: block elements end a paragraph, <br> a line; scripts/styles dropped."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current, self.skipping = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.flush()
        elif tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def flush(self):
        text = "".join(self.current)
        lines = [re.sub(r"[ \t\r\f\v\n]+", " ", line).strip() for line in text.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            self.paragraphs.append(joined)
        self.current = []


def html_paragraphs(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html or "")
    parser.close()
    parser.flush()
    return parser.paragraphs


def text_paragraphs(text: str) -> list[str]:
    text = (text or "").replace("\r\n", "\n")
    parts = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p.strip()]


def _when(value) -> datetime.datetime | None:
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = parse_datetime(value.strip())
    except ValueError:
        return None
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def byline_of(item: dict) -> str:
    """ninjs 1.x ``byline``, 2.x ``by``, or the names in ``bylines``/``people`` with role author."""
    for key in ("byline", "by"):
        if isinstance(item.get(key), str) and item[key].strip():
            return item[key].strip()
    names = []
    for entry in item.get("bylines") or []:
        if isinstance(entry, dict):
            names.append(entry.get("byline") or entry.get("name") or "")
    if not names:
        for person in item.get("people") or []:
            if isinstance(person, dict) and "author" in str(person.get("rel", "")).lower():
                names.append(person.get("name") or "")
    return ", ".join(n.strip() for n in names if isinstance(n, str) and n.strip())


def subjects_of(item: dict) -> list[str]:
    """The subject names, most specific last as ninjs lists them."""
    names = []
    for subject in item.get("subject") or []:
        if isinstance(subject, dict):
            name = subject.get("name") or subject.get("code") or ""
        else:
            name = str(subject)
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def supplier_of(item: dict) -> str:
    """The supplier named by the item (ninjs ``copyrightholder``/``infosource``/``provider``)."""
    for key in ("copyrightholder", "provider"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in ("infosources", "infosource"):
        value = item.get(key)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = value[0].get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def external_id_of(uri: str) -> str:
    import hashlib

    if len(uri) <= MAX_EXTERNAL_ID:
        return uri
    return "sha1:" + hashlib.sha1(uri.encode(), usedforsecurity=False).hexdigest()


def article_fields(item) -> dict:
    """The article fields a ninjs item gives, or InvalidItem naming what is wrong."""
    if not isinstance(item, dict):
        raise InvalidItem("ninjs: an item must be a JSON object")
    uri = item.get("uri")
    if not isinstance(uri, str) or not uri.strip():
        raise InvalidItem("ninjs: field 'uri' is required (a string)")
    headline = item.get("headline")
    if headline is not None and not isinstance(headline, str):
        raise InvalidItem("ninjs: field 'headline' must be a string")
    body_html, body_text = item.get("body_html"), item.get("body_text")
    if body_html is not None and not isinstance(body_html, str):
        raise InvalidItem("ninjs: field 'body_html' must be a string")
    if body_text is not None and not isinstance(body_text, str):
        raise InvalidItem("ninjs: field 'body_text' must be a string")
    paragraphs = html_paragraphs(body_html) if body_html else text_paragraphs(body_text or "")
    title = (headline or "").strip() or (paragraphs[0][:120] if paragraphs else "")
    if not title:
        raise InvalidItem("ninjs: the item has neither 'headline' nor a body")
    summary = ""
    for key in ("description_text", "description_html"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            summary = " ".join(
                html_paragraphs(value) if key.endswith("html") else text_paragraphs(value)
            )
            break
    firstcreated, versioncreated = (
        _when(item.get("firstcreated")),
        _when(item.get("versioncreated")),
    )
    located = item.get("located")
    uri = uri.strip()
    return {
        "title": re.sub(r"\s+", " ", title).strip()[:300],
        "body": "\n\n".join(paragraphs),
        "summary": summary[:1000],
        "byline": byline_of(item)[:200],
        "dateline": located.strip()[:200] if isinstance(located, str) else "",
        "external_id": external_id_of(uri),
        "canonical_url": uri if uri.startswith(("http://", "https://")) and len(uri) <= 500 else "",
        "published_at": firstcreated or versioncreated,
        "updated_at_source": versioncreated or firstcreated,
        "usable": item.get("pubstatus", "usable") == "usable",
        "subjects": subjects_of(item),
        "supplier": supplier_of(item),
    }


def _entry_time(entry, key):
    # dict.get: the entry's own value, without feedparser's deprecated updated → published alias
    parsed = dict.get(entry, f"{key}_parsed")
    if parsed:
        return datetime.datetime(*parsed[:6], tzinfo=datetime.UTC).isoformat()
    return None


def from_feed_entry(entry) -> dict:
    """An RSS/Atom entry (feedparser) as a ninjs item: the same writer imports both."""
    content = entry.get("content") or []
    html = next((c.get("value") for c in content if c.get("value")), None) or entry.get(
        "summary", ""
    )
    uri = entry.get("id") or entry.get("link") or ""
    item = {
        "uri": uri,
        "headline": entry.get("title", ""),
        "body_html": html,
        "firstcreated": _entry_time(entry, "published") or _entry_time(entry, "updated"),
        "versioncreated": _entry_time(entry, "updated") or _entry_time(entry, "published"),
        "subject": [{"name": t.get("term")} for t in entry.get("tags") or [] if t.get("term")],
    }
    if entry.get("author"):
        item["byline"] = entry["author"]
    if content and entry.get("summary") and entry.get("summary") != html:
        item["description_html"] = entry["summary"]
    return {k: v for k, v in item.items() if v not in (None, "", [])}
