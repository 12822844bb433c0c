"""Page chrome: share and social buttons, tags, copyright lines, date/time stamps, notices,
appeals, comment threads, a mailing's headers, a wire's budget and priority lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bylines import BYLINE_RE
from .credits import CREDIT_LABEL_RE
from .menus import _BUTTONS, _LIST_MARK_RE, _RULE_RE, bar_menu
from .outlets import _COPYRIGHT_RE, DISSEMINATED_RE
from .signoffs import _URL_RE, ID_LABEL_RE
from .stamps import _READING_TIME_RE, _SENDER_STAMP_RE, _STAMP_RE, is_stamp

_CHROME_RE = re.compile(
    r"^(?:tags?|(?:industry )?keywords?|topics?|related topics|labels?"
    r"|categor(?:ies|y|ías|ias|ie)|catégories"
    r"|etiquetas|kategorien|schlagwörter|palabras clave|mots-clés)"
    r"(?:\s*/\s*keywords?)?\s*[:|]\s*\S"
    r"|^(?:nota de prensa publicada en|communiqué publié (?:à|le))\s*:"
    r"|^(?:photos?|logo|video|images?|multimedia|infographic)\s*[-–:]\s*https?://\S+$"
    r"|^(?:distribution channels|social media profiles|release versions?)\s*:"
    r"|^(?:(?:™|TM) ?& ?)?(?:©|\(c\)|copyright\b)"  # ("™ & © 2026 Cable News Network")
    r"|^(?:follow|like) (?:us|[\w ]{2,40}) on\b"
    r"|^(?:advertisement|sponsored|read the full story|go back|skip to (?:main )?content)$"
    r"|^(?:\*{3,}|={3,}|#{3,}).{3,}(?:\*{3,}|={3,}|#{3,})$"  # "*** AGENCY ROUNDUP | ... ***"
    r"|^get [^.]{2,60} in your inbox\b[^\n]{0,80}$"  # "Get The X in your inbox. Sign up ..."
    r"|^comments? (?:will be|are) (?:moderated|reviewed)\b[^\n]{0,300}$"  # a comment policy
    r"|^(?:reply|leave a reply|leave a comment|cancel reply)$"  # a comment thread's buttons
    r"|^>{1,2}\s*(?:video|audio|watch|listen|photos?)\b[^\n]{0,40}$"  # ">> Video 01:42"
    # "Log in or register to post comments", "Sign in to comment": the comment box's prompt
    r"|^(?:log ?in|sign ?in|register|subscribe)\b[^\n]{0,30}"
    r"\bto (?:post |leave |add )?(?:a )?(?:comments?|reply|respond)\.?$"
    r"|^disclaimer\s*:"  # "Disclaimer: This press release was distributed by X. ..."
    r"|^(?:download (?:the )?(?:logo|photos?|images?|pdf|hi-res[\w ]{0,20}|multimedia)"
    r"|media files|press kit)(?:\s*\((?:png|jpe?g|pdf|zip|svg|eps)[^)]{0,20}\))?$"
    r"|^subscribe to [\w&.' -]{2,40} (?:news|updates|alerts|press releases)$"
    r"|^filed under\b[^.]{0,80}$"  # a blog's category line: "Filed under News"
    # a page's details list naming the site as its author: "- Written by Saigoneer."
    r"|^[-*•]\s+(?:written|posted) by [A-Z][\w.'’-]+\.(?:\s+(?:photo|image|picture)s? "
    r"(?:via|by)\s[^\n]{1,60})?$"
    # a release's attachments: "Attachments", "* Havbris_CA_04_2024_grid.pdf"
    r"|^attachments?$|^[*•-]?\s*[\w .()-]{1,80}\.(?:pdf|jpe?g|png|docx?|xlsx?|pptx?|zip)$"
    r"|^(?:join the (?:discussions?|conversations?)|leave a comment|\d+ comments?|comments?"
    r"|add a comment|show comments|view comments"
    r"|how does this (?:story |article )?make you feel\??|what do you think\??)$"
    r"|^\d{1,3}\s+(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|h|days?)\s+ago$"
    r"|^hashtags?\s*:\s*#"
    # a promotion: "Join ST's WhatsApp Channel and get the latest news"
    r"|^(?:join|follow|subscribe to|sign up (?:for|to)|download|get)\b[^.]{0,60}\b(?:channel|"
    r"newsletters?|app|telegram|whatsapp|podcast|alerts?|google news)\b[^.]{0,60}\.?$"
    r"|^do you like (?:the content of )?this (?:article|story)\??$"
    r"|^(?:updated|published|posted|last updated|first published)\s*:?\s*\S[^.]{0,60}$"
    r"|^(?:updated|published|posted|last updated|first published|last modified|modified)\s*:?$"
    r"|^(?:home|trang chủ)\s*[>»/|]"
    # teletype: "ZCZC", an AP slug "^AM-Storm, 3rd Ld-Writethru,450<" or "BC-AS-Thailand-Protests"
    r"|^ZCZC\b|^\^?(?:AM|PM|BC)-[\w-]+(?:,[^\n]{0,60})?<?$|^\^?(?:AM|PM|BC)-[\w -]{2,40},\d+<?$"
    # a wire's header: "a0311 r w AM-FarmCredit  03-08 0255", "u f BC-OPEC-OUTPUT 03-04 0203"
    r"|^(?:\S{1,6}\s+){1,3}(?:AM|PM|BC)-[\w-]+\s+\d\d-\d\d\s+\d{3,4}\b.{0,20}$"
    r"|^[A-Z][\w-]*(?:/[\w-]*)+/?$"  # a slug: "Germany-Economy/Industry/"
    r"|(?-i:^[A-Z][a-z]+(?:-[a-z]+){1,5}$)"  # "Bangladesh-climate-agriculture" (not "POST-COURIER")
    r"|^(?:e-?mail us here|visit us on social media:?|share this article|print this article)$",
    re.IGNORECASE,
)
#: Kinds of chrome dearer to look for, each asked only where one of its words is on the line.
_GUARDED_CHROME = (
    # "Acme Corp on LinkedIn": a link to the firm's page
    ((" on ",), re.compile(
        r"^[\w&.' -]{2,40} on (?:LinkedIn|X|Twitter|Facebook|Instagram|YouTube|TikTok)$", re.I
    )),
    # a print view: "Thanh Nien News - printer-friendly version"
    (("print",), re.compile(
        r"^[^\n]{2,60}\s[-–|]\s(?:printer[- ]friendly|print) (?:version|view)$", re.I
    )),
    # a form's small print: "By providing an email address. I agree to the Terms of Use ..."
    (("agree",), re.compile(
        r"^(?=[^\n]{0,300}\b(?:terms of (?:use|service)|privacy policy)\b)[^\n]{0,300}\bagree\b",
        re.I,
    )),
    # a role alone: "AP Business Writer", "Staff Correspondent"
    (("writer", "correspondent"), re.compile(
        r"^(?:[A-Z][\w.]*\s){0,3}(?:Staff |Business |Economics |Science )?"
        r"(?:Writer|Correspondent)$",
        re.I,
    )),
)  # fmt: skip


def _chrome_line(s: str, low: str) -> bool:
    """The line is one of the kinds of chrome ``_CHROME_RE`` and ``_GUARDED_CHROME`` know."""
    if _CHROME_RE.match(s):
        return True
    return any(
        any(word in low for word in words) and pattern.match(s)
        for words, pattern in _GUARDED_CHROME
    )


#: "Related news: TITLE" inside a story: a teaser of another story.
RELATED_RE = re.compile(
    r"^(?:Related (?:news|stories|story|articles?)|Read (?:also|more)|READ|Read|See also"
    r"|Also read)\s*:\s*"
    r"(?P<title>\S.{4,200})$",
    re.IGNORECASE,
)
#: First words of the furniture lines that may end like a sentence.
_CHROME_OPENERS = {
    *("follow", "like", "updated", "published", "posted", "last", "first", "do", "join"),
    *("subscribe", "sign", "download", "by", "disclaimer:", "to", "we", "this", "please"),
    *("comments", "comment"),
}
#: "See more on", "Tags": a label over the page's topic links, one a line.
TAGS_LABEL_RE = re.compile(
    r"^(?:(?:explore |see |read )?more on(?: these| this)?(?: topics?)?|topics?|tags?|keywords?"
    r"|related topics)\s*:?$",
    re.IGNORECASE,
)
_GRAPHIC_RE = re.compile(
    r"^(?:to view an? (?:enhanced|larger|full|high-resolution)|click here to|download (?:the )?"
    r"(?:photo|image|multimedia))",
    re.IGNORECASE,
)
_KEY_LABEL_RE = re.compile(r"^[A-Z][A-Z ]{2,25}\s?:\s*\S[^\n]{0,40}$")


_CONTACT_FIELD_RE = re.compile(
    r"^(?:e-?mail|phone|tel(?:ephone)?|mobile|fax|website|web|contact(?: person)?)\s*:\s*\S",
    re.IGNORECASE,
)


#: A site's or a distributor's disclaimer on one line (a "Disclaimer:" heading alone over the
#: issuer's text is a sign-off that takes the paragraph after it: SIGNOFF_RE).
VIEWS_LINE_RE = re.compile(r"^(?:Views?|Reads?|Hits|Page views)\s*:\s*[\d,.]+$", re.IGNORECASE)
_BUDGET_RE = re.compile(
    r"\(\d{2,4} words\)"
    r"|^(?:[A-Z]{2,12} )?(?:ADVISORY|BUDGET|DAYBOOK|PLANNER|SCHEDULE)\b[^:\n]{0,30}:"
)
_PRIORITY_RE = re.compile(
    r"^(?:URGENT|FLASH|BULLETIN|CORRECTION|CORRECTED|ADVISORY|REFILE|REPEAT|RETRANSMISSION"
    r"|KILL|ALERT|BREAKING(?: NEWS)?|ADVANCE|EMBARGOED)$"
)
#: A wire's note on a new version of an item: "(Corrects name of ... in paragraph 2 ...)",
#: "(Adds quote from union in paragraph 4)", "(Updates with ministry statement)".
_EDITORS_NOTE_RE = re.compile(
    r"^\((?:Corrects|Adds|Updates|Recasts|Changes|Fixes|Refiles|Repeats|Removes|Clarifies"
    r"|Rewrites|Deletes|Inserts|Moves|Writethru|Writes through|Advisory|Editors?'? note)\b"
    r"[^()]{0,200}\)$"
)
#: A publication's press licence: "License No. 1278/GP-BTTTT", "Licence number: 45/GP".
_LICENCE_RE = re.compile(r"\blicen[cs]e (?:no\.?|number)\s*[:#]?\s*\d", re.IGNORECASE)
_COMMENT_THREAD_RE = re.compile(
    r"^\d{1,4} (?:thoughts?|comments?|responses?|replies) (?:on|to) [\"“‘'][^\n]{2,200}$"
    r"|^(?:Discussion about this (?:post|article|story)|Join the discussion"
    r"|Leave a (?:comment|reply)|(?:Post a|Add a|Write a) comment|Comments?(?: \(\d+\))?)$"
    r"|^(?!(?:The|A|An|He|She|They|It|We)\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} says:$"
)
#: A site's call on its readers to pay for its journalism.
_APPEAL_RE = re.compile(
    r"^Support\b[^.]{0,60}\bjournalism\b"
    r"|\bjournalism\b.{0,120}\b(?:support us|donate|subscribe|price of a coffee|contribut\w+)\b",
    re.IGNORECASE,
)
#: A syndicating site's notice that the page's content is someone else's.
_SYNDICATED_RE = re.compile(
    r"\bprovided by an? (?:independent )?third-party content provider\b", re.IGNORECASE
)
#: A site's notice of its cookies, with the reader's consent asked for.
#: Two labelled fields or more on one line, parted by a slash or a bar: "EQS-News: Acme AG /
#: Key word(s): Contract/Expansion", "Category: Energy | Region: Europe".
FIELDS_LINE_RE = re.compile(
    r"^(?!(?i:story|text|words|author|reporter|writer|photos?|video|by)\b)"  # (credits: a byline)
    r"[A-Z][\w()-]*(?: [\w()-]+){0,2} ?: [^:|]{1,60}?"
    r"(?: [/|] [A-Z][\w()-]*(?: [\w()-]+){0,2} ?: [^:|]{1,60}?){1,4}$"
    # "Fetched: 2026-12-05T10:41   Status: 200   Extractor: full-page": a scraper's record
    r"|^[A-Z][\w-]{1,20}:\s+\S{1,40}(?:\s{2,}[A-Z][\w-]{1,20}:\s+\S{1,40}){1,4}$"
)
#: A site's appeal to its readers for money or sign-ups, around its stories (beside
#: ``_APPEAL_RE``, the calls to pay for its journalism).
_READER_APPEAL_RE = re.compile(
    r"^(?:Thank you for (?:donating|supporting|your support)|Make a donation"
    r"|Donate(?: now| today)?$"
    r"|Support (?:us|our (?:journalism|work|reporting)|independent journalism)\b"
    r"|Become an? (?:Insider|member|supporter|subscriber|patron)\b"
    r"|Comments? [-–] share your views\b)"
    r"|\bwithout the (?:generous )?support of our readers\b"
    r"|\byour donations?\b[^.]{0,60}\ballow us\b",
    re.IGNORECASE,
)
#: A mailing's notice to its subscriber: why it came, how to stop it.
_SUBSCRIBED_RE = re.compile(
    r"^(?:You (?:are )?receiv(?:e|ed|ing) this (?:alert|e-?mail|release|newsletter|message"
    r"|update|digest)\b|Manage your (?:alerts|subscriptions?|preferences)\b"
    r"|(?:To )?unsubscribe\b)",
    re.IGNORECASE,
)
#: A call to follow the site elsewhere: "Stay connected with X on Instagram and like us on
#: Facebook.", "Follow us on X and Threads".
_LANGUAGE_BAR_RE = re.compile(
    r"^(?:(?:English|Tiếng Việt|Français|Español|Deutsch|Português|Italiano|Русский|中文|日本語"
    r"|한국어|العربية|Bahasa(?: Indonesia| Melayu)?|ไทย|ລາວ|ភាសាខ្មែរ|[A-Z]{2})(?:\s*\|\s*|$)){2,6}$"
)
_FOLLOW_STARTS = ("stay ", "follow", "like ", "join ", "find ")
_FOLLOW_RE = re.compile(
    r"^(?:stay (?:connected|in touch|up to date)|follow|like|join|find)\b[^\n]{0,80}"
    r"\bon (?:Instagram|Facebook|X|Twitter|LinkedIn|YouTube|TikTok|Telegram|WhatsApp|Threads"
    r"|Zalo)\b",
    re.IGNORECASE,
)
#: A service's request for readers' feedback, with its address.
_FEEDBACK_RE = re.compile(
    r"^(?:send|e-?mail|direct|share) (?:your )?(?:comments|feedback|questions|enquiries)\b"
    r"[^\n]{0,80}\b(?:at|to)\s+\S+@\S+$",
    re.IGNORECASE,
)
_COOKIES_RE = re.compile(
    r"\bcookies?\b.{0,200}\b(?:agree|accept|consent|continu\w*|policy|settings|learn more|got it)\b"
    r"|\b(?:accept|allow|reject)(?: all)? cookies\b",
    re.IGNORECASE,
)
_COMMENT_POLICY_RE = re.compile(r"^comments? (?:will be|are) (?:moderated|reviewed)\b", re.I)
_DISCLAIMER_RE = re.compile(r"^(?:Legal )?Disclaimer\s*:\s+\S", re.IGNORECASE)
#: A reader's comment under a page: "Nguyen Van Hung · 14/03/2026 09:41", a name and a stamp.
COMMENT_HEAD_RE = re.compile(
    r"^[A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){1,4}\s*[·•]\s*"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?$"
)


#: A site's rights notice, however long: "All rights reserved. This material ... may not be
#: reproduced, published, broadcast ... without written permission from X."
_RIGHTS_RE = re.compile(
    r"^All rights reserved\b|\bmay not be (?:reproduced|republished|copied|redistributed)\b",
    re.IGNORECASE,
)
#: Two fields or more, each a label and a figure: a market wire's quote under its story.
#: A label in capitals between square brackets, on its own line.
_BRACKET_LABEL_RE = re.compile(r"^\[[A-Z0-9ÀÂÇÉÈÊÎÔÛÑ' /:–-]{3,60}\]$")
#: An e-mail's header lines, over a digest or a release sent by mail.
_MAIL_HEADER_RE = re.compile(
    r"^(?:From|To|Cc|Bcc|Subject|Sent|Reply-To|Fwd|Fw)\s*:\s*\S"
    r"|^(?:Return-Path|Message-ID|Content-Type|Content-Transfer-Encoding|MIME-Version|X-[\w-]+"
    r"|Received|List-Unsubscribe|Precedence):\s*\S"
    r"|^Date:\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d"  # RFC 5322
)
_QUOTE_FIELD = r"[A-Z][\w %.]{0,24}:\s*[-+]?[$€£]?[\d.,]+%?"
_QUOTE_FIELDS_RE = re.compile(rf"^{_QUOTE_FIELD}(?:,\s*{_QUOTE_FIELD})+$")
#: A site's call to subscribe: "Sign up for our newsletter", "Receive by email the next news
#: about this company: https://...", "Get the latest news in your inbox".
_SIGN_UP_RE = re.compile(
    r"\b(?:sign up|subscribe)\b.{0,30}\bnewsletters?\b|^Receive (?:by e-?mail|our|the)\b"
    r"|\bin your inbox\b",
    re.IGNORECASE,
)


#: A date, then the places in capitals, over the headline: "December 5 - 2026 TAWILA / EL FASHER".
DATED_PLACE_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,| -| –)? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[-–|,]?\s*[A-Z][A-Z /'’.-]{2,40}$"
)


def mail_header(line: str) -> bool:
    """An e-mail's header line ("From: X <x@y>", "Subject: ...", "Message-ID: <...>"), or a
    mailbox's envelope line."""
    return bool(_MAIL_HEADER_RE.match(line) or _MBOX_FROM_RE.match(line))


#: A mailing's link to the story on its site: "Read on radiotamazuj.org", "Read on akorda.kz:
#: https://www.akorda.kz/en/...".
_READ_ON_RE = re.compile(
    r"^(?:Read|Read more|Continue reading|Read the full story)(?: on| at)? "
    r"(?:https?://)?(?P<site>(?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?\.?(?::\s+https?://\S+)?$"
)


def read_on_site(line: str) -> str:
    """The site a mailing's "Read on X" line sends its reader to, or ''."""
    m = _READ_ON_RE.match(line.strip()) if line[:4] in ("Read", "Cont") else None
    return m.group("site") if m else ""


#: A mailbox's envelope line between its messages: "From x@y.org Sat Dec  5 07:02:18 2026",
#: "From MAILER-DAEMON Sat Dec  5 15:10:02 2026".
_MBOX_FROM_RE = re.compile(r"^From \S+\s+\w{3} \w{3}\s+\d{1,2} [\d:]{8} \d{4}$")


def reader_appeal(s: str) -> bool:
    """A site's appeal to its readers for money or sign-ups ("Your donations allow us to ...")."""
    return len(s) <= 400 and bool(_READER_APPEAL_RE.search(s))


@lru_cache(maxsize=16384)
def chrome(line: str) -> bool:
    """Page furniture: buttons, tags, copyright, date stamps, breadcrumbs."""
    s = line.strip()
    if not s or len(s) > 400:
        return False
    low = s.lower()
    if _RULE_RE.match(s) or (len(s) <= 400 and _COPYRIGHT_RE.match(s)):
        return True  # "___", "Copyright 2025 The Associated Press. All rights reserved. ..."
    if VIEWS_LINE_RE.match(s):
        return True  # "Views: 112": the page's counter
    if s[:4] in ("Read", "Cont", "From") and (_READ_ON_RE.match(s) or _MBOX_FROM_RE.match(s)):
        return True  # "Read on radiotamazuj.org"; a mailbox's "From x@y Sat Dec  5 10:31:44 2026"
    if _BUDGET_RE.search(s):
        return (
            True  # a news budget's line: "ECO  Kochi strike (450 words) - moved", "ADVISORY: ..."
        )
    if _PRIORITY_RE.match(s):
        return True  # "URGENT", "FLASH", "CORRECTION": the wire's priority or status of an item
    if _EDITORS_NOTE_RE.match(s):
        return True  # "(Corrects name of ... in paragraph 2)", "(Adds quote in paragraph 5)"
    if _LICENCE_RE.search(s) and len(s) <= 200:
        return True  # "VnEconomy - Vietnam Economic Times. License No. 1278/GP-BTTTT."
    if _COMMENT_THREAD_RE.match(s) or COMMENT_HEAD_RE.match(s):
        return True  # "2 thoughts on “HEADLINE”", "Jonah K says:": a comment thread
    if low.startswith("comment") and _COMMENT_POLICY_RE.match(s):
        return True  # "Comments will be moderated. Keep comments relevant ...", however long
    if "journalism" in low and len(s) <= 200 and _APPEAL_RE.search(s):
        return True  # "Support independent journalism. Subscribe from €1.": a call to pay
    if reader_appeal(s):
        return True  # "Thank you for donating to X.", "Become an Insider to join ..."
    if s.count(":") >= 2 and len(s) <= 160 and FIELDS_LINE_RE.match(s):
        return True  # "EQS-News: Acme AG / Key word(s): Contract": a record's fields on a line
    if ("provided" in low or "dissemination" in low or "produced by" in low) and (
        DISSEMINATED_RE.match(s)
    ):
        return True  # "This information is provided by RNS, ...": the service's notice
    if low.startswith(
        ("you ", "manage ", "to unsubscribe", "unsubscribe")
    ) and _SUBSCRIBED_RE.match(s):
        return True  # "You receive this alert because you subscribed to ...": the mailing's
    if len(s) <= 80 and "|" in s and _LANGUAGE_BAR_RE.match(s):
        return True  # "English | Tiếng Việt", "EN | VI": the site's language switch
    if len(s) <= 160 and low.startswith(_FOLLOW_STARTS) and _FOLLOW_RE.search(s):
        return True  # "Stay connected with X on Instagram and like us on Facebook."
    if "@" in s and len(s) <= 160 and _FEEDBACK_RE.match(s):
        return True  # "Send comments and request more information at feedback@x.example"
    if "cookie" in low and len(s) <= 300 and _COOKIES_RE.search(s):
        return True  # "This site uses cookies. By continuing to browse you agree ... | Got it"
    if "third-party" in low and _SYNDICATED_RE.search(s):
        return True  # "Information contained on this page is provided by an independent
        # third-party content provider. X and this Site make no warranties ...": a syndicator's
    if _DISCLAIMER_RE.match(s):
        return True  # "Disclaimer: AAAS and EurekAlert! are not responsible for ...": the site's
    if ("reserved" in low or "may not" in low) and _RIGHTS_RE.search(s):
        return True  # "All rights reserved. This material ... may not be reproduced ..."
    if s[:1] == "[" and _BRACKET_LABEL_RE.match(s):
        return True  # "[VERSION ORIGINALE - FRANÇAIS]", "[ENGLISH TRANSLATION]": a desk's label
    if len(s) <= 160 and _MAIL_HEADER_RE.match(s):
        return True  # "Subject: MEDIA RELEASE: ...", "From: desk <desk@x>": the e-mail's header
    if len(s) <= 160 and ": " in s and _QUOTE_FIELDS_RE.match(s):
        return True  # "Price: 23.85, Change: +2.99, Percent Change: +14.33": a quote's fields
    if (
        len(s) <= 160
        and ("newsletter" in low or "inbox" in low or s[:7] == "Receive")
        and (_SIGN_UP_RE.search(s))
    ):
        return True  # "Mexico News Daily | Sign up for our newsletter", "Receive by email ..."
    if len(s) > 160 or _CONTACT_FIELD_RE.match(s):
        return False  # (a contact's "Email: Send Email" is a field of the contact, no button)
    if _COPYRIGHT_RE.match(s) or "rights reserved" in s.lower():
        return True
    if len(s) > 60 and s[-1] in '.!”"' and s.split(None, 1)[0].lower() not in _CHROME_OPENERS:
        return False  # a sentence of the story, not furniture
    if _chrome_line(s, low) or TAGS_LABEL_RE.match(s) or ID_LABEL_RE.match(s):
        return True
    if _STAMP_RE.match(s) or _SENDER_STAMP_RE.match(s):
        return True
    if len(s) <= 80 and is_stamp(s):
        return True
    if _READING_TIME_RE.match(s) or _LIST_MARK_RE.match(s):
        return True  # "2 minutes", "5 min read"; a list's marks for screen readers
    if _KEY_LABEL_RE.match(s) and not BYLINE_RE.match(s) and not CREDIT_LABEL_RE.match(s):
        return True  # "NEWSPAPER SECTION: News"
    found = _URL_RE.findall(s)
    urls = sum(len(u) for u in found)
    if (urls and len(found) >= 2 and urls >= 0.6 * len(s)) or _GRAPHIC_RE.match(s):
        return True  # "Photo - https://... Logo - https://...", "To view an enhanced ..."
    if s.startswith("#") and all(w.startswith("#") for w in re.split(r"\s{2,}|\s(?=#)", s)):
        return True  # "#FDI   #Ho Chi Minh City": hashtags
    if bar_menu(s):
        return True  # a menu: "Contact us | Advertise | Terms of use", "Share this: X | Email"
    # buttons only, a dozen at most: "Share | Facebook | X | Email" (read word by word, so a
    # line of text stops at its first word that is no button)
    first, n = None, 0
    for m in _BUTTON_WORD_RE.finditer(low):
        word = m.group(0)
        if word.isdigit():
            continue
        if word not in _BUTTONS or n == 12:
            return False
        first, n = first or word, n + 1
    return first is not None and first not in {
        *("the", "this", "in", "on", "us", "news", "line", "size", "link"),
    }


_BUTTON_WORD_RE = re.compile(r"[^\s|:•·/,()-]+")
