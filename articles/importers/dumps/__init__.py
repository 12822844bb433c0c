"""Pure parser for raw scraped news dumps (no Django, no database).

Wire stories glued together, press releases and newspaper pages, damaged by fixed-size chunk
cuts, odd encodings and mojibake, come out as :class:`ParsedDump` objects::

    dump = parse_bytes(Path("dump.txt").read_bytes(), "dump.txt")
    for article in dump.articles:
        print(article.title, article.source, len(article.body))
"""

from .decode import decode_dump
from .model import DumpError, ParsedArticle, ParsedDump, ParsedTeaser
from .parse import parse_bytes, parse_text
from .serialize import to_score_json

__all__ = [
    "DumpError",
    "ParsedArticle",
    "ParsedDump",
    "ParsedTeaser",
    "decode_dump",
    "parse_bytes",
    "parse_text",
    "to_score_json",
]
