"""Sign-offs that close a story: an end mark ("(END)", "Enditem", "###", "-0-"), a credit line
("(Reporting by ...; Editing by ...)"), a dash and an agency ("— AFP"), a distributor's closing
lines ("SOURCE Company", "View original content: URL"); web addresses, and the item's ids and
issuers such lines name.
"""

from __future__ import annotations

import re
from functools import lru_cache

SIGNOFF_RE = re.compile(
    r"^(?:"
    r"\(?\s*(?:END|ENDS|End|Ends)\s*\)?\.?|Enditem|ENDITEM|#{3,}|#(?:\s#){2}|-+\s*0\s*-+|-+\s*30\s*-+"
    # "(END) Dow Jones Newswires": the end mark, then the service that sent it
    r"|\((?:END|End)\)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
    # "Write to Ingrid Solberg at ingrid.solberg@dj.example": the reporter's address
    r"|Write to [A-Z][^\n]{1,60}? at \S+@\S+"
    r"|[A-Z]\.(?:\s?[A-Z]\.){1,3}"  # "K.F.": the writer's initials closing the story
    # "-- end of digest --", "— end of export —"
    r"|(?:[-=*#~]{2,}|[—–])\s*(?i:ends?(?: of [\w ]{2,40}?)?)\s*(?:[-=*#~]{2,}|[—–])"
    # an end mark with the desk's initials: "(End) abc/def", "(Schluss) hai/kre", "(Fim) ab/cd"
    r"|\((?:END|ENDS|End|Ends|Schluss|SCHLUSS|Fin|FIN|Fim|FIM)\)\s*[a-z]{2,5}(?:/[a-z]{2,5}){0,3}"
    r"|NNNN|\(?MORE\)?"
    # an agency's end line with a stamp: "AP-NR-03-08-88 0914EST", "UPI 03-14-87 09:41 CES"
    r"|AP-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}[A-Z]{3}|[A-Z]{2,8}\s+\d\d-\d\d-\d\d\s+\d\d:\d\d\s*[A-Z]{0,4}"
    r"|\(\s*(?:Reporting|Writing|Editing|Additional reporting|Compiled|Edited|Written)\b[^\n]*\)"
    # the agency, then its staff by role in brackets: "AGERPRES (RO - author: X, editor: Y)"
    r"|[A-Z][\w-]{1,15}\s*\([^()\n]{0,40}\b(?i:author|editor|reporter|translator)s?\s*:[^()\n]*\)"
    r"|(?:Reporting|Writing|Editing) by\b[^\n]*;[^\n]*"
    r"|(?:[—–-]{1,2}|={2})\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}|/[A-Z]{2,10}"
    r"|\.{3,}\s*[A-Z][A-Za-z/&-]{1,20}"  # "....PACNEWS": the agency behind a row of dots
    r"|Shared (?:from|via|with) (?:the )?[A-Z][\w&.' -]{1,40}? (?:app|App|application|website)"
    # "— Aye Mya (MNA)": the reporter and the agency
    r"|[—–-]{1,2}\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*\([A-Z][\w&./ -]{1,30}\)"
    r"|(?:burs-)?[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,3}"  # editors' initials: jm/lth
    r"|Legal Disclaimer:?|Disclaimer:"
    # a distributor's note on its translations: "The source text of this announcement is the
    # official, authoritative version. Translations are provided as an accommodation only ..."
    r"|The source text of this announcement is the official\b[^\n]*"
    r"|(?:(?:This (?:press |news )?release was |Originally |First )?"
    r"(?:published|[Dd]istributed|issued|posted)"
    r"|(?:Press|News) [Rr]elease (?:[Pp]ublished|[Dd]istributed|[Ii]ssued|[Pp]osted))"
    r" (?:on|by|via|through) \w[\w.&' -]{1,40}?\.?"
    # "... distributed by Medianet. Medianet takes no responsibility for the content ..."
    r"(?:(?<=\.)\s+[A-Z][^\n]{0,40}\b(?:responsib|liab|endorse|warrant)[^\n]{0,160})?"
    # the release's address, to read it whole: "Read the full story here: https://..."
    r"|(?:Read|View|See) (?:the )?(?:full|original|complete) (?:story|release|article|version)"
    r"[^\n]{0,20}(?:https?://|www\.)\S+"
    r"|Published in [A-Z][\w.&' -]{1,40}?,\s+[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?"
    # a wire's note to web readers: "... website contains only a portion of the news stories
    # offered to subscribers ... Please contact us for subscription options."
    r"|[^\n]{0,80}\bwebsite\b[^\n]{0,200}\bsubscri(?:bers?|ption)\b[^\n]{0,200}"
    # "Associated Press writer X contributed to this report.", "Follow X at https://..."
    r"|(?:[A-Z][\w.]*\s){0,3}(?:writers?|reporters?|correspondents?)\b[^\n]{0,120}\bcontributed"
    r"(?: to this (?:report|story))?\.?"
    r"|Follow [^\n]{2,60} (?:at|on) (?:https?://|www\.|@|X\b|Twitter\b)\S*[^\n]{0,40}"
    r"|(?:Editor|Editing|Edited by|Translator|Translated by|Uploader|Proofread by)"
    r"\s*:?\s+[A-Z][^\n]{1,60}"
    r"|\(?[A-Z][A-Z0-9.]{0,8}/[A-Z0-9./]{2,20}\)?"  # desk codes: (T.A016/B003)
    r"|SOURCE:?\s+[^\n]{2,100}"
    r"|(?:Cision\s+)?View (?:the )?(?:original|source)[^\n]*|To view the (?:original|source)[^\n]*"
    r"|For the (?:original|source) version of this (?:press |news )?release[^\n]*"
    r"|(?:Original|Source) (?:content|version)[^\n]*(?:https?://|www\.)\S+"
    # the release's address on the distributor's site, labelled: "Original Source: https://..."
    r"|(?:Original\s+)?Source\s*:\s*(?:https?://|www\.)\S+"
    r")$"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
#: A web address with a path, with or without its scheme: "newsweb.example.no/message/6412987".
WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*")


def web_address_line(line: str) -> bool:
    """A web address alone on its line (an item's own address under its headline)."""
    return bool(WEB_ADDRESS_RE.fullmatch(line.strip()))


URL_ONLY_RE = re.compile(r"^(?:https?://|www\.)\S+$")
#: A web address alone on its line, or after a label of a word or two: no story's sentence.
ADDRESS_LINE_RE = re.compile(r"^(?:[^\W\d][\w-]*(?: [\w-]+)?\s*:\s*)?(?:https?://|www\.)\S+$")
#: A number in parts joined by dots or underscores, letters allowed: a distributor's item id.
_COMPOUND_ID_RE = re.compile(r"^[A-Za-z]{0,5}\d*(?:[._][A-Za-z]{0,5}\d+)+$")
_URL_DIGITS_RE = re.compile(
    r"(?<![\w])(\d{6,})(?![\w])|-(\d{6,})(?:\.html?)?(?=[/?#]|$)"
    r"|,([a-z]?\d{6,})(?:\.html?)?(?=[/?#]|$)"  # "...-with-region-dalarna,c4217730"
)


@lru_cache(maxsize=16384)
def signoff(line: str) -> bool:
    s = line.strip()
    if len(s) > 600:
        return False
    if SIGNOFF_RE.match(s):
        return True
    return any(w in s for w in _MORE_SIGNOFF_WORDS) and bool(
        _MORE_SIGNOFFS_RE.match(s) or _OUTLET_REPORTER_RE.match(s)
    )


#: Sign-offs of this round's layouts, tried only on the lines that carry their words: a
#: service's end of the item ("End of News EQS News Service"), its last line ("Date: ...
#: Produced by the JSE SENS Department."), the outlet's own reporter ("UCA News reporter,
#: Colombo"), an end mark with its verb ("-- relay ends --").
_MORE_SIGNOFF_WORDS = ("End of", "Produced by", "reporter", "correspondent", "ends")
_END_OF_ITEM = (
    r"End of (?:News|Announcement|Release|Press Release|Message|Media Release"
    r"|Regulatory Announcement)"
)
_PRODUCED_BY = r"(?:Date:\s*)?[\d/.-]{8,10}(?:\s+[\d:]{5,8})?\s+Produced by "
_OUTLET_REPORTER = (
    r"(?P<a>(?:[A-Z][\w&.'-]*\s){0,2}(?:News|Times|Post|Agency|Wire|Press|Herald|Daily|Tribune"
    r"|Journal|Gazette|Observer|Mail|Express|Online|[A-Z]{2,6})) (?:reporter|correspondent)"
    r"(?:,\s*[A-Z][\w .'-]{1,30})?"
)
_OUTLET_REPORTER_RE = re.compile(rf"^{_OUTLET_REPORTER}$")
_MORE_SIGNOFFS_RE = re.compile(
    rf"^(?:{_END_OF_ITEM}\b[^\n.]{{0,40}}|{_PRODUCED_BY}[^\n]{{2,60}}"
    r"|(?:[-=*#~]{2,}|[—–])\s*(?i:[\w ]{2,30}? ends)\s*(?:[-=*#~]{2,}|[—–]))\s*$"
)


#: "Shared from the FBC News app": a story copied out of an outlet's app, signed by it.
SHARED_FROM_RE = re.compile(
    r"^Shared (?:from|via|with) (?:the )?(?P<name>[A-Z][\w&.' -]{1,40}?) "
    r"(?:app|App|application|website)\.?$"
)
#: "— Aye Mya (MNA)": a dash, the reporter's name and the agency in brackets, closing a story.
SIGNED_OFF_RE = re.compile(
    r"^[—–-]{1,2}\s*(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*"
    r"\((?P<agency>[A-Z][\w&.-]{1,15}(?:[ /-][A-Z][\w&.-]{1,15})?)\)$"
)


def signoff_agency(line: str) -> str:
    """The agency a sign-off names: "— AFP" -> "AFP", "SOURCE Acme Corp" -> "Acme Corp"."""
    s = line.strip()
    named = SIGNED_OFF_RE.match(s)
    if named:
        return named.group("agency")  # "— Aye Mya (MNA)": the reporter, then the agency
    shared = SHARED_FROM_RE.match(s)
    if shared:
        return shared.group("name")  # "Shared from the FBC News app": the outlet's app
    m = re.match(
        r"^(?:[—–-]{1,2}|/|==|\.{3,})\s*(?P<a>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})$", s
    )
    if m:
        return m.group("a").strip()
    m = re.match(r"^SOURCE:?\s+(?P<a>[^\n]{2,100})$", s)
    if m:
        return m.group("a").strip()
    m = _END_OF_SERVICE_RE.match(s)  # "End of News EQS News Service" -> "EQS News"
    return m.group("a") if m else ""


_END_OF_SERVICE_RE = re.compile(
    rf"^{_END_OF_ITEM}\s+(?P<a>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){{0,3}}?)(?: Services?)?$"
)


#: "News-ID: 3418826 • Views: 12", "Release No. 2024-117": the item's number, labelled.
#: "pts20260408011 Technology/Digitalisation": a distributor's release code (letters, then the
#: date and a number) opening the line over the headline.
ID_CODE_RE = re.compile(r"^(?P<id>[a-z]{2,6}\d{8,16}|[A-Z]{2,6}\d{8,16})(?=\s|$)")
#: "Issuer: Alpinsoft GmbH", "Company: X": the firm a distributor's record names.
ISSUER_LABEL_RE = re.compile(
    r"^(?:Issuer|Company|Organi[sz]ation|Herausgeber|Emittent|Issued by"
    r"|(?:Press|Media|News) [Rr]elease)\s*:\s*"  # "Press Release: Paikea Ocean Tours"
    r"(?P<name>[A-Z][\w&.,'’ -]{1,60}?)\s*$"
)
ID_LABEL_RE = re.compile(
    r"^(?:(?:[A-Z][\w-]* )?"
    r"(?:News|Newswire|Release|Story|Article|Press release|Item|Announcement|PR)"
    r"[- ]?(?:ID|No\.?|Number|#)"  # "EQS News ID: 2198440"
    r"|(?-i:[A-Z]{2,6}) Number"  # "RNS Number : 4821H": the service's own number
    r"|(?:[A-Za-z]+ ){0,2}(?-i:[A-Z][a-z]+ID)"  # "Press release BoxID: 1298902", "NewsID"
    r"|(?:[A-Za-z][\w.-]+ )?Ref(?:erence)?(?: No\.?)?"  # "Presswire Ref: PW-2026-031287"
    # "Press release 718/2026": a government's release numbered in its year
    r"|(?:Press release|Release|Bulletin|Communiqu[eé])(?=\s+\d{1,5}/(?:19|20)\d\d\b))"
    r"\s*[:#]?\s*"
    r"(\d{1,5}/(?:19|20)\d\d|\d[\w-]{2,20}|[A-Za-z]{1,6}-?\d[\w-]{2,24})\b"
    r"(?:\s*[•|·,]\s*[^\n]{0,40})?$",
    re.IGNORECASE,
)
#: "This release was published on openPR.", "Distributed by Newswire.com": who put it out.
PUBLISHED_ON_RE = re.compile(
    r"^(?:This (?:press |news )?release was |(?:Press|News) release |Originally |First )?"
    r"(?:[Pp]ublished|[Dd]istributed|issued"
    r"|posted) (?:(?:on|by|via|through) (?P<name>\w[\w.&' -]{1,40}?)"
    r"(?: on behalf of [^\n]{2,80}?)?"  # "Distributed by APO Group on behalf of X."
    # "Published in Dawn, November 18th, 2025": a paper's print edition
    r"|in (?P<paper>[A-Z][\w.&' -]{1,40}?),\s+[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\.?"
    r"(?:(?<=\.)\s+[A-Z][^\n]{0,40}\b(?:responsib|liab|endorse|warrant)[^\n]{0,160})?$"
)
_WIRE_HEADER_ID_RE = re.compile(r"^([a-z]\d{4})\s+\S{1,3}\s+\S{1,3}\s+(?:AM|PM|BC)-")


#: An item's number under its own label in a web address: ".../aid/17342/...", "?id=88123".
_URL_LABELLED_ID_RE = re.compile(
    r"(?:^|[/?&;])(?:aid|nid|newsid|news_id|articleid|article_id|storyid|story_id|itemid)[/=]"
    r"(\d{4,})(?=$|[/&#.])",
    re.IGNORECASE,
)
#: A desk's code joined to the item's number, as the page's file name: ".../CONS_418207.html".
_URL_DESK_ID_RE = re.compile(r"(?:^|/|-)([A-Z]{2,6}_\d{5,})(?=\.[a-z]{2,5}$|/|$)")


def url_release_id(line: str) -> str:
    """A release number that appears only in a distributor's web address: the last run of six
    digits or more in its path (".../news-releases/slug-302145678.html", "/release/240917",
    "/news/home/20240611005214/en/slug")."""
    bare = line.strip()
    if bare[:1] == "(" and bare[-1:] == ")":
        bare = bare[1:-1]  # "(Release ID: 2216408)"
    m = _WIRE_HEADER_ID_RE.match(bare) or ID_LABEL_RE.match(bare)
    if m:
        return m.group(1)  # an AP transmission number "a0311 r w AM-...", "News-ID: 3418826"
    bare = [line.strip()] if line.strip()[:1].islower() and web_address_line(line) else []
    for url in _URL_RE.findall(line) or bare:
        path = url.split("/", 3)[-1] if "//" in url else url
        for part in reversed(path.split("?")[0].split("/")):
            stem = re.sub(r"\.(?:s?html?|aspx?|php)$", "", part)
            if (
                _COMPOUND_ID_RE.match(stem)
                and sum(ch.isdigit() for ch in stem) >= 8
                and not re.match(r"^\d{4}[._]\d{1,2}[._]\d{1,2}$", stem)  # a date's folder
            ):
                return stem  # "000000014.000087421.html", "OTS_20251209_OTS0087"
        coded = re.search(r"(?:^|/)((?:[A-Z]{1,4}\d{3,}/){1,3}[A-Z]{1,4}\d{3,})(?=/|$)", path)
        if coded:
            return coded.group(1)  # ".../stories/AK2603/S00231/slug.htm": desk and item codes
        labelled = _URL_LABELLED_ID_RE.search(path) or _URL_DESK_ID_RE.search(path)
        if labelled:
            return labelled.group(1)  # ".../article.php/aid/17342/cid/1", ".../CONS_418207.html"
        runs = [a or b or c for a, b, c in _URL_DIGITS_RE.findall(path)]
        if runs:
            return runs[-1]
    return ""
