"""General grammars of a news story's parts: datelines, bylines, sign-offs, credits, chrome.

These describe how news copy is written everywhere, not any one supplier's layout:

* a dateline is PLACE[, REGION][, DATE] followed by a separator that may name the agency:
  "-", "—", "--", ":", "_", "(AGENCY) -", "/AGENCY/ --", "--(AGENCY)--", "/ AGENCY / DATE /",
  "--(AGENCY - DATE) -";
* a byline is "By NAME[ and NAME][, ORGANISATION][ (e-mail)]";
* a sign-off closes a story: an end mark ("(END)", "Enditem", "###", "-0-"), a credit line
  ("(Reporting by ...; Editing by ...)"), a dash and an agency ("— AFP"), a distributor's
  closing lines ("SOURCE Company", "View original content: URL");
* page chrome: share and social buttons, tags, copyright lines, breadcrumbs, date/time stamps;
* a photo credit ends a caption: "... Photo: Minh Anh", "(Photo: VNA)", "Photo by Outlet/Name".

Each function answers for one stripped line and costs one or two regular-expression matches; the
answers are cached, since the parser asks about the same line from several places.

The grammars live in submodules, each importing only from those before it: ``datelines``,
``stamps`` (date and time stamps), ``bylines`` (with the names of organisations), ``signoffs``
(with web addresses and item ids), ``menus`` (buttons, menus, breadcrumbs, rules, banners),
``outlets`` (copyright lines and the outlet a closing line names), ``credits`` (photo credits),
``chrome`` (the rest of the page's furniture) and ``contacts``. This package re-exports the
names the rest of the parser and its tests use, so ``grammar.X`` reads as before.
"""

from __future__ import annotations

from .bylines import (
    ADDRESS_RE,
    HELPER_CREDIT_RE,
    NAME_LINKS,
    SLASH_DATELINE_RE,
    STAFF_LINE_RE,
    STAMP_LABEL_RE,
    STAMPED_BY_RE,
    byline,
    byline_line,
    closing_author,
    decorated_byline,
    ends_with_date,
    ends_with_stamp,
    institution_name,
    names_a_firm,
    names_an_organisation,
    outlet_only,
    page_byline,
    posted_by,
    without_legal_form,
)
from .chrome import (
    COMMENT_HEAD_RE,
    DATED_PLACE_RE,
    FIELDS_LINE_RE,
    RELATED_RE,
    TAGS_LABEL_RE,
    VIEWS_LINE_RE,
    chrome,
    mail_header,
    read_on_site,
    reader_appeal,
)
from .contacts import (
    BOILERPLATE_HEAD_RE,
    contact_detail,
    is_contact,
)
from .credits import (
    BRACKET_CREDIT_RE,
    CREDIT_LABEL_RE,
    FIGURE_RE,
    credit_below,
    photo_credit,
)
from .datelines import (
    _MONTH,
    BARE_DATELINE_RE,
    BYLINE_DATELINE_RE,
    Dateline,
    dateline,
    dateline_line,
)
from .menus import (
    banner_head,
    bar_menu,
    breadcrumb,
    item_menu,
    menu_under_masthead,
    rule_line,
    site_domain,
    site_menu,
)
from .outlets import (
    CLOSING_CREDIT_RE,
    DISSEMINATED_RE,
    closing_outlet,
    copyright_line,
    copyright_owner,
    outlet_name,
)
from .signoffs import (
    ADDRESS_LINE_RE,
    ID_CODE_RE,
    ID_LABEL_RE,
    ISSUER_LABEL_RE,
    PUBLISHED_ON_RE,
    SHARED_FROM_RE,
    SIGNED_OFF_RE,
    SIGNOFF_RE,
    URL_ONLY_RE,
    WEB_ADDRESS_RE,
    signoff,
    signoff_agency,
    url_release_id,
    web_address_line,
)
from .stamps import (
    DATE_IN_RE,
    is_stamp,
    reading_time,
    section_stamp,
)

__all__ = [
    "ADDRESS_LINE_RE",
    "ADDRESS_RE",
    "BARE_DATELINE_RE",
    "BOILERPLATE_HEAD_RE",
    "BRACKET_CREDIT_RE",
    "BYLINE_DATELINE_RE",
    "CLOSING_CREDIT_RE",
    "COMMENT_HEAD_RE",
    "CREDIT_LABEL_RE",
    "DATED_PLACE_RE",
    "DATE_IN_RE",
    "DISSEMINATED_RE",
    "Dateline",
    "FIELDS_LINE_RE",
    "FIGURE_RE",
    "HELPER_CREDIT_RE",
    "ID_CODE_RE",
    "ID_LABEL_RE",
    "ISSUER_LABEL_RE",
    "NAME_LINKS",
    "PUBLISHED_ON_RE",
    "RELATED_RE",
    "SHARED_FROM_RE",
    "SIGNED_OFF_RE",
    "SIGNOFF_RE",
    "SLASH_DATELINE_RE",
    "STAFF_LINE_RE",
    "STAMPED_BY_RE",
    "STAMP_LABEL_RE",
    "TAGS_LABEL_RE",
    "URL_ONLY_RE",
    "VIEWS_LINE_RE",
    "WEB_ADDRESS_RE",
    "_MONTH",
    "banner_head",
    "bar_menu",
    "breadcrumb",
    "byline",
    "byline_line",
    "chrome",
    "clear_caches",
    "closing_author",
    "closing_outlet",
    "contact_detail",
    "copyright_line",
    "copyright_owner",
    "credit_below",
    "dateline",
    "dateline_line",
    "decorated_byline",
    "ends_with_date",
    "ends_with_stamp",
    "institution_name",
    "is_contact",
    "is_stamp",
    "item_menu",
    "mail_header",
    "menu_under_masthead",
    "names_a_firm",
    "names_an_organisation",
    "outlet_name",
    "outlet_only",
    "page_byline",
    "photo_credit",
    "posted_by",
    "read_on_site",
    "reader_appeal",
    "reading_time",
    "rule_line",
    "section_stamp",
    "signoff",
    "signoff_agency",
    "site_domain",
    "site_menu",
    "url_release_id",
    "web_address_line",
    "without_legal_form",
]


def clear_caches() -> None:
    """Forget the cached answers: each parse starts afresh (memory stays bounded, and a
    benchmark that parses the same dump twice measures the parser, not the cache)."""
    for fn in (dateline, byline_line, byline, chrome, photo_credit, signoff, is_stamp):
        fn.cache_clear()
