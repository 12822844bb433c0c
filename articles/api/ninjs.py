"""IPTC ninjs ("News in JSON"): articles out as ninjs 2.1, and incoming items (2.x, or 1.x as
many wires still send) checked against the official schemas (ninjs_schema/, vendored with their
licence note).

Pure functions; ``request`` only makes absolute addresses.
"""

import functools
import json
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .. import richtext
from .resources import absolute, article_images

SCHEMAS = Path(__file__).parent / "ninjs_schema"
SCHEMA_PATH = SCHEMAS / "ninjs-schema_2.1.json"  # what this API serves
VERSION = "2.1"
GEOJSON = "https://geojson.org/schema/GeoJSON.json"  # the 2.1 schema's one external reference
#: Properties only ninjs 2.x has (1.x has headline, body_*, person, subject, ... instead).
V2_KEYS = frozenset(
    {"headlines", "bodies", "descriptions", "people", "organisations", "places", "subjects"}
    | {"events", "objects", "infosources", "genres", "trustindicators", "standard"}
)


@functools.cache
def schema(version: str = VERSION) -> dict:
    name = "ninjs-schema_2.1.json" if version.startswith("2") else "ninjs-schema_1.5.json"
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@functools.cache
def validator(version: str = VERSION):
    if not version.startswith("2"):
        return Draft4Validator(schema("1.5"), format_checker=FormatChecker())
    # GeoJSON (places[].geojson) is accepted as any JSON rather than fetched from the internet.
    registry = Registry().with_resource(
        GEOJSON, Resource.from_contents({}, default_specification=DRAFT202012)
    )
    return Draft202012Validator(schema(), registry=registry, format_checker=FormatChecker())


def version_of(item: dict) -> str:
    """The ninjs major version ``item`` claims ("standard" in 2.x, "$standard" in 1.x), or the
    one its properties show."""
    for key in ("standard", "$standard"):
        claimed = item.get(key)
        if isinstance(claimed, dict) and isinstance(claimed.get("version"), str):
            return claimed["version"].strip()[:1] or "2"
    return "2" if V2_KEYS & set(item) else "1"


def errors(item) -> list[str]:
    """What is wrong with ``item`` as ninjs (2.1, or 1.5 for a 1.x item): a line per problem,
    naming where (none: valid)."""
    if not isinstance(item, dict):
        return ["(item): a ninjs item is a JSON object"]
    version = version_of(item)
    if version not in ("1", "2"):
        return [f"standard.version: ninjs {version}.x is not accepted here (1.x or 2.x)"]
    found = []
    checked = validator("2.1" if version == "2" else "1.5")
    for error in sorted(checked.iter_errors(item), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(item)"
        found.append(f"{where}: {error.message[:300]} (ninjs {'2.1' if version == '2' else '1.5'})")
    return found


def _iso(when) -> str | None:
    return None if when is None else timezone.localtime(when).isoformat()


def pubstatus(article) -> str:
    if article.is_public:
        return "usable"
    return "canceled" if article.status == article.Status.ARCHIVED else "withheld"


def uri(article, request) -> str:
    """The item's permanent identifier: its id, which no edit of the slug changes."""
    host = request.get_host().split(":")[0] or "newsroom"
    return f"urn:newsroom:{host}:article:{article.pk}"


def article_item(article, request) -> dict:
    """``article`` as a ninjs 2.1 news item (valid against the schema: tested)."""
    text = richtext.to_text(article.body, captions=False)
    item = {
        "uri": uri(article, request),
        "type": "text",
        "representationtype": "full",
        "profile": "newsroom-text",
        "version": str(article.version),
        "standard": {
            "name": "ninjs",
            "version": VERSION,
            "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json",
        },
        "firstcreated": _iso(article.created_at),
        "versioncreated": _iso(article.updated_at),
        "pubstatus": pubstatus(article),
        "language": settings.LANGUAGE_CODE,
        "slugline": article.slug,
        "title": article.title,
        "headlines": [{"role": "main", "value": article.title}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "value": article.body,
                "charcount": len(text),
                "wordcount": len(text.split()),
            },
            {
                "role": "main",
                "contenttype": "text/plain",
                "value": text,
                "charcount": len(text),
                "wordcount": len(text.split()),
            },
        ],
        "altids": [
            {"role": "newsroom-id", "value": str(article.pk)},
            {"role": "url", "value": absolute(request, article.get_absolute_url())},
        ],
    }
    if article.published_at is not None:
        item["contentcreated"] = _iso(article.published_at)
        if article.published_at > timezone.now():
            item["embargoed"] = _iso(article.published_at)
    if article.summary:
        item["descriptions"] = [{"role": "summary", "value": article.summary}]
    if article.byline:
        item["by"] = article.byline
    if article.dateline:
        item["located"] = article.dateline
    if article.external_id:
        item["altids"].append({"role": "supplier-id", "value": article.external_id})
    if article.source is not None:
        item["infosources"] = [
            {"name": article.source.name, "role": "originator", "literal": article.source.slug}
        ]
    if article.section is not None:
        item["subjects"] = [
            {"name": section.name, "rel": "section", "literal": section.slug_path}
            for section in [article.section]
        ]
    captions = [c["text"] for c in richtext.to_plain(article.body)[1]]
    if captions:
        item["descriptions"] = item.get("descriptions", []) + [
            {"role": "caption", "value": text} for text in captions
        ]
    images = article_images(article, request)
    if images:  # the media library's pictures, as associations
        item["associations"] = [
            {
                "name": f"picture{i}",
                "uri": image["url"],
                "type": "picture",
                "renditions": [
                    {
                        "name": "original",
                        "href": image["url"],
                        "width": image["width"],
                        "height": image["height"],
                        "contenttype": "image/jpeg",
                    }
                ],
                **({"headlines": [{"value": image["caption"]}]} if image["caption"] else {}),
                **({"by": image["credit"]} if image["credit"] else {}),
            }
            for i, image in enumerate(images, 1)
        ]
    return item


def _main(values, *roles: str):
    """The ``value`` of the entry with the first of ``roles`` (else the first entry)."""
    entries = [v for v in values or [] if isinstance(v, dict) and isinstance(v.get("value"), str)]
    for role in roles:
        for entry in entries:
            if entry.get("role") == role:
                return entry
    return entries[0] if entries else None


def with_v1_fields(item: dict) -> dict:
    """A 2.x item with the 1.x fields the importer reads added beside its own (``headline``,
    ``body_html``/``body_text``, ``description_text``, ``byline``); a 1.x item unchanged."""
    if version_of(item) != "2":
        return item
    out = dict(item)
    headline = _main(item.get("headlines"), "main", "headline")
    if headline and "headline" not in out:
        out["headline"] = headline["value"]
    body = _main(item.get("bodies"), "main", "body")
    if body and not ({"body_html", "body_text"} & set(out)):
        html = "html" in (body.get("contenttype") or "")
        out["body_html" if html else "body_text"] = body["value"]
    summary = _main(item.get("descriptions"), "summary", "abstract", "description")
    if summary and "description_text" not in out:
        out["description_text"] = summary["value"]
    if isinstance(item.get("by"), str) and "byline" not in out:
        out["byline"] = item["by"]
    return out
