"""A site's bars around its stories: share buttons, menus, breadcrumbs, rules drawn across the
page, banners, and the site's own address as its masthead.
"""

from __future__ import annotations

import re

from .bylines import _CRUMB_SLASH_RE
from .stamps import is_stamp

_BUTTONS = {
    "share", "shares", "facebook", "twitter", "x", "zalo", "linkedin", "email", "e-mail", "mail",
    "print", "copy", "link", "whatsapp", "telegram", "messenger", "pinterest", "reddit", "tweet",
    "save", "comment", "comments", "bookmark", "font", "size", "listen", "a+", "a-", "aa",
    "line", "viber", "wechat", "weibo", "google", "news", "follow", "us", "on", "in", "this",
    "article", "story", "url", "copied", "the", "gift", "subscribe", "sms", "flipboard",
    "submit", "send", "cancel", "reply", "login", "log", "sign", "register", "rss", "zoom",
    "change", "text", "audio", "more", "like", "read", "later", "remove", "see", "all",
    "reuse", "license", "licence", "content", "larger", "normal", "large", "very", "small",
    "short", "e",
}  # fmt: skip
_RULE_RE = re.compile(
    r"^(?:[_*=~#-]{3,}|\*(?: \*){2,})"  # ("* * *": a break between items)
    # "------------ 2 of 4", "------------ end": a digest's rule numbering the item under it
    r"(?:(?<=[_*=~#-]{10})\s+(?:\d{1,3}\s*(?:of|/)\s*\d{1,3}|end|ends))?$"
    # "--- 1/4 ---", "=== Item 2 of 5 ===": the rule numbering the item, drawn on both sides
    r"|^[_*=~#-]{3,}\s*(?:item\s*)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[_*=~#-]{3,}$",
    re.IGNORECASE,
)
_BANNER_SPLIT_RE = re.compile(r"\s[-–|]\s|\s{3,}")  # ("KALLANISH STEEL     Home   News": its menu)


#: A site's own address as its masthead, alone or labelling a stamp: "PRBuzz.com",
#: "PR-inside.com: 2026-03-13 09:14:22".
_SITE_DOMAIN_RE = re.compile(
    r"^(?P<domain>[A-Za-z][\w-]{1,30}(?:\.[\w-]{2,30}){0,2}\.(?:com|net|org|info|biz|news|co|io|gov)"
    r"(?:\.[a-z]{2})?|[A-Z][\w-]{3,30}\.(?:nl|de|fr|it|es|pl|pt|be|ch|at|se|no|dk|fi|ie|uk|eu|in|pk"
    r"|lk|np|za|ng|ke|gh|au|nz|ca|vn|id|my|ph|sg|th|kr|jp|tw|hk|cz|sk|hu|ro|bg|gr|cy|mt))"
    r"(?:\s*(?::|\||[-–—])\s*(?P<rest>.{1,60})|\s+\((?P<named>[A-Z][^()]{1,40})\))?$"
)  # ("Novinite.com (Sofia News Agency)": the site, and what it calls itself)


def site_domain(line: str) -> str:
    """The domain a masthead line names ("PRBuzz.com", "PR-inside.com: 2026-03-13 09:14"), else
    ''; with a label after it, only when that is a date stamp or names the page ("| Press
    Release")."""
    m = _SITE_DOMAIN_RE.match(line.strip())
    if not m:
        return ""
    rest = m.group("rest")
    return m.group("domain") if rest is None or is_stamp(rest) or PAGE_LABEL_RE.match(rest) else ""


#: What a site's bar calls the page it heads: "OnlinePRNews.com | Press Release".
PAGE_LABEL_RE = re.compile(
    r"^(?i:press releases?|news releases?|news|latest news|home|newsroom|pressemitteilungen?"
    r"|communiqués? de presse|comunicados? de prensa|notas? de prensa|comunicati stampa)\s*$"
)


def rule_line(line: str) -> bool:
    """A line of marks drawn across the page: "-----", "~~~~~~", "#####"."""
    return bool(_RULE_RE.match(line.strip()))


def banner_head(line: str) -> str:
    """The name heading a site's banner: "Comunicae.es | Notas de prensa" -> "Comunicae.es",
    "RealWire - The smarter press release" -> "RealWire"; the line itself when it has no parts."""
    return _BANNER_SPLIT_RE.split(line.strip(), maxsplit=1)[0].strip()


_CRUMB_RE = re.compile(r"^[\w&,' ]{2,30}(?:\s+[>»›]{1,2}\s+[\w&,' ]{2,30}){1,3}$")


#: The marks a page's list of links carries for screen readers: "list 1 of 3", "end of list".
_LIST_MARK_RE = re.compile(r"^(?:list \d{1,2} of \d{1,2}|end of list|start of list)$", re.I)


def site_menu(line: str) -> bool:
    """A site's menu under its name: a bar of four sections or more ("News | Local | Pacific |
    Sports"), or a path from its home page ("Home > News > National")."""
    return bar_menu(line, least=4) or bool(breadcrumb(line) and re.search(r"[>»]|^Home\b", line))


def menu_under_masthead(name: str, line: str) -> bool:
    """A site's menu under its name; or, under a name of two words or more, a bar of the
    site's services ("Irish Independent" over "Today's Paper | Subscribe | Log in"; a
    section's name over its subsections is no masthead). Share buttons are no menu."""
    if site_menu(line):
        return True
    words = [w for w in re.split(r"[\s|]+", line.lower()) if w]
    return len(name.split()) >= 2 and bar_menu(line) and not all(w in _BUTTONS for w in words)


def bar_menu(line: str, least: int = 3) -> bool:
    """Short items set apart by bars, after a label or not: "Contact us | Advertise | Terms",
    "Share this release: X | LinkedIn | Email" (``least`` items at least)."""
    body = re.sub(r"^[\w ]{2,25}:\s*", "", line.strip())
    items = [p.strip() for p in body.split("|")]
    if len(items) == 1 and "  " in body:
        items = re.split(r"\s{2,}", body)  # "Home   Business   Society   Travel": spaced out
        if any(ch.isdigit() for ch in body):
            return False  # "British pound   1.7315   1.7405": a table's row
    return len(items) >= least and all(0 < len(p.split()) <= 3 for p in items)


_MENU_ITEMS_RE = re.compile(r"\s+[-–|·•]\s+|\s{2,}")


def item_menu(line: str) -> bool:
    """ "Politics - Economy - Society - Culture": four or more short items in a row, set apart
    by dashes, bars, dots or runs of spaces (a section path has fewer)."""
    if len(line) > 400 or not (
        " - " in line or " – " in line or "  " in line or "·" in line or "|" in line or "•" in line
    ):
        return False  # (a paragraph is no menu)
    items = _MENU_ITEMS_RE.split(line.strip())
    return len(items) >= 4 and all(0 < len(p.split()) <= 3 for p in items)


def breadcrumb(line: str) -> list[str]:
    """ "Economy > Agriculture" -> ["Economy", "Agriculture"], else []."""
    s = line.strip()
    if _CRUMB_SLASH_RE.match(s) and all(len(p.split()) <= 3 for p in s.split(" / ")):
        return [p.strip() for p in s.split(" / ")]  # "Hong Kong / Transport"
    if not _CRUMB_RE.match(s):
        return []
    return [p.strip() for p in re.split(r"\s+[>»›]{1,2}\s+", s)]
