"""The CSV/XLSX article columns: cell cleaners, header checks and spreadsheet-formula escaping.

Pure functions, no database. ``articles_resource.ArticleResource`` wraps each cleaner in a
django-import-export widget, and both the admin and ``import_articles`` validate through that
Resource, so a bad cell gives the same message through either door.
"""

import datetime
import functools
import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone

from .. import richtext
from ..models import Article

COLUMNS = (
    "title",
    "slug",
    "summary",
    "body",
    "byline",
    "dateline",
    "source",
    "section",
    "status",
    "published_at",
    "url",
    "external_id",
)
REQUIRED_COLUMNS = ("title",)
SECTION_SEPARATOR = " / "

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_ESCAPE = re.compile(r"'*[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
FIRST_YEAR, LAST_YEAR = 1800, 2200  # publication dates outside these are typing mistakes
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_url_validator = URLValidator()


class FileProblem(Exception):
    """The file as a whole cannot be imported; the message is one line for the user."""

    def __init__(self, message):
        super().__init__(one_line(str(message)))


def format_error(number: int, column: str | None, message: str) -> str:
    """ "row 7, column published_at: ..." (row numbers as a spreadsheet shows them)."""
    where = f"row {number}, column {column}" if column else f"row {number}"
    return one_line(f"{where}: {message}")


def one_line(text: str) -> str:
    """A message on one line: line breaks and tabs quoted from a cell are shown, not obeyed."""
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def check_headers(headers) -> list[str]:
    """The header row as column names; raises FileProblem naming any unknown column."""
    names = [str(h if h is not None else "").strip().lstrip("\ufeff").strip() for h in headers]
    while names and not names[-1]:
        names.pop()  # trailing empty header cells (a stray comma, a formatted XLSX column)
    if not names:
        raise FileProblem("the header row is empty: the first row must name the columns")
    unknown = [n for n in names if n.lower() not in COLUMNS]
    if unknown:
        shown = ", ".join(f'"{n}"' if n else "(a column with no name)" for n in unknown)
        raise FileProblem(
            f"unknown column{'s' if len(unknown) > 1 else ''} {shown}; "
            f"the columns are: {', '.join(COLUMNS)}"
        )
    lowered = [n.lower() for n in names]
    repeated = sorted({n for n in lowered if lowered.count(n) > 1})
    if repeated:
        raise FileProblem(f"column {', '.join(repeated)} appears more than once in the header")
    missing = [c for c in REQUIRED_COLUMNS if c not in lowered]
    if missing:
        raise FileProblem(f"the header has no {', '.join(missing)} column")
    return lowered


# ---- formula escaping ---------------------------------------------------------------------------


def escape_formula(value):
    """Prefix "'" to a text cell a spreadsheet would run as a formula; numbers stay numbers.

    Reversible with ``unescape_formula``: a text that already starts with quotes before a trigger
    character gets one more, so every text comes back unchanged after export → import.
    """
    if isinstance(value, str) and _NEEDS_ESCAPE.match(value) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    return value[1:] if _ESCAPED.match(value) else value


# ---- cell cleaners: raw cell (str, or a native XLSX value) -> Python value, or ValueError --------


def _text(value) -> str:
    if type(value) is str:  # every CSV cell: the fast path
        text = value.strip()
        return text[1:] if text[:1] == "'" and _ESCAPED.match(text) else text
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an id typed into an XLSX cell: 12345.0 -> "12345"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return unescape_formula(str(value).strip())


def _unbroken(text: str) -> str:
    return text.replace("\n", "").replace("\r", "").replace("\t", "")


def clean_text(value, *, max_length=None, required=False, what="text") -> str:
    text = _text(value)
    # Cheap first: printable once newlines and tabs are set aside (a body's paragraphs). Only
    # text with some other non-printing character (a control, or a no-break space) is searched.
    if not text.isprintable() and not _unbroken(text).isprintable():
        if "\x00" in text:
            raise ValueError("contains a NUL byte (\\x00): the file is binary or damaged")
        bad = _CONTROL.search(text)
        if bad:
            raise ValueError(f"contains the control character {bad.group()!r}")
    if required and not text:
        raise ValueError(f"is empty: every article needs a {what}")
    if max_length and len(text) > max_length:
        raise ValueError(f"is {len(text)} characters long; the most is {max_length}")
    return text


def clean_body(value) -> str:
    """A body cell: rich text (HTML, sanitised to the allow-list of articles/richtext) or plain
    text (paragraphs separated by an empty line), stored as rich text either way."""
    return richtext.from_input(clean_text(value))


def clean_slug(value) -> str | None:
    """A slug, or None when empty (the importer then makes one from the title)."""
    slug = clean_text(value, max_length=Article._meta.get_field("slug").max_length)
    if not slug:
        return None
    if not _SLUG.fullmatch(slug):
        raise ValueError(
            f'"{slug}" is not a valid slug: use only letters a-z, digits, hyphens and underscores'
        )
    return slug


@functools.lru_cache(maxsize=4096)  # a file names a few sources and sections many times
def clean_source_name(value) -> str:
    return clean_text(value, max_length=200)


@functools.lru_cache(maxsize=4096)
def clean_section_path(value) -> tuple[str, ...]:
    """ "News / Politics" -> ("News", "Politics"); "" -> ()."""
    text = clean_text(value)
    if not text:
        return ()
    parts = tuple(" ".join(p.split()) for p in text.split("/"))
    if not all(parts):
        raise ValueError(f'"{text}" has an empty part: write a path like "News / Politics"')
    too_long = [p for p in parts if len(p) > 100]
    if too_long:
        raise ValueError(f'"{too_long[0][:40]}…" is longer than 100 characters')
    return parts


_STATUSES = {}
for _value, _label in Article.Status.choices:
    _STATUSES[_value.casefold()] = _value
    _STATUSES[str(_label).casefold()] = _value


@functools.lru_cache(maxsize=256)
def clean_status(value) -> str:
    text = clean_text(value)
    if not text:
        return Article.Status.DRAFT
    try:
        return _STATUSES[text.casefold()]
    except KeyError:
        allowed = ", ".join(Article.Status.values)
        raise ValueError(f'"{text}" is not a status; use one of: {allowed}') from None


def clean_published_at(value) -> datetime.datetime | None:
    """ISO 8601; a naive time (or a bare date, or an XLSX date cell) is in the site's time zone."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime.combine(value, datetime.time())
    else:
        text = _text(value)
        if not text:
            return None
        try:
            moment = datetime.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f'"{text[:40]}" is not an ISO 8601 date and time, e.g. 2024-05-01T14:30:00+07:00'
            ) from None
    if moment.tzinfo is None:  # the site's zone (zoneinfo: replace() is make_aware())
        moment = moment.replace(tzinfo=timezone.get_default_timezone())
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(
            f"{moment.date().isoformat()} is not a publication date: "
            f"the year must be between {FIRST_YEAR} and {LAST_YEAR}"
        )
    # In UTC, as the database keeps it (PostgreSQL refuses offsets past 15:59 as text).
    return moment.astimezone(datetime.UTC)


# Plain http(s) URLs on a lower-case DNS name: a strict subset of what URLValidator accepts
# (tests check they agree), matched with one regex; anything else goes through URLValidator.
_SIMPLE_URL = re.compile(
    r"https?://(?=[a-z0-9.-]{1,253}(?:[:/?#]|\Z))(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"[a-z]{2,63}(?::[0-9]{1,5})?(?:[/?#]\S*)?"
)


def clean_url(value) -> str:
    url = clean_text(value, max_length=Article._meta.get_field("canonical_url").max_length)
    if url and not _SIMPLE_URL.fullmatch(url):
        try:
            _url_validator(url)
        except ValidationError:
            raise ValueError(f'"{url[:60]}" is not a web address (http://… or https://…)') from None
    return url


def render_published_at(value) -> str:
    """Export form of published_at: ISO 8601 in the site's time zone, with its offset."""
    if value is None:
        return ""
    return timezone.localtime(value).isoformat()


# ---- XLSX text: XML turns "\r\n" into "\n"; OOXML keeps a CR as "_x000D_" (Excel reads it) ----

_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_OOXML_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_text(value):
    """A string as an XLSX cell keeps it: literal "_xHHHH_" protected, CR escaped, characters
    XML cannot hold dropped."""
    if not isinstance(value, str):
        return value
    value = _OOXML_ESCAPE.sub("_x005F_", value).replace("\r", "_x000D_")
    return _XML_ILLEGAL.sub("", value)


def _ooxml_char(m: re.Match) -> str:
    code = int(m.group(1), 16)
    return m.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)  # no lone surrogates


def xlsx_untext(value):
    if isinstance(value, str) and "_x" in value:
        return _OOXML_UNESCAPE.sub(_ooxml_char, value)
    return value
