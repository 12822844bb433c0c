"""Photo credits: a credit ends a caption: "... Photo: Minh Anh", "(Photo: VNA)", "Photo by
Outlet/Name"; figures, image tags and a credit leading its caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bylines import HELPER_CREDIT_RE

CREDIT_RE = re.compile(
    # ("(Capitol News Illinois photo by NAME)": the outlet's name before the word)
    r"(?:\(\s*(?:File\s+)?(?:[A-Z]{2,10}\s+|(?:[A-Z][\w.&'-]*\s+){1,4})?"
    r"(?i:Photos?|Ảnh|Images?|Pictures?|Illustration|Bildquelle|Bild|Fotos?|Crédit photo|credit)\s*"
    r"(?::|by\b|from\b|courtesy of\b)\s*(?P<c1>[^)]{1,60})\)\.?"
    # "(PTI Photo)", "ANTARA FOTO/Name/nym.", "REUTERS/Name/File Photo", "— Bernama pic"
    # "(VNA Photo)", "(Taiwan News, Jane Lin photo)": the outlet and the photographer
    r"|\(\s*(?P<c6>[A-Z][\w.&]{1,20}(?:,?\s[A-Z][\w.&'-]{1,20}){0,4})\s+(?:[Pp]hoto|PHOTO|Foto|FOTO|pic)s?\s*\)\.?"
    r"|(?:^|\s)(?P<c7>[A-Z]{2,}(?:\s(?:FOTO|PHOTO))?)/[A-Z][^\n()]{1,60}"
    r"|(?:--|[-–—])\s*(?:foto(?P<c8>[A-Z]{2,20})|(?P<c9>[A-Z][A-Za-z]{1,20})\s+(?:pic|photo|foto)"
    r"|(?P<c10>(?i:file\s?pic)|Handout|Supplied|Courtesy photo))"
    r"|(?<=[.!?])\s+\(?(?:[A-Z][\w&]*\s){0,2}"
    r"(?P<c11>Supplied|Handout|File [Pp]hoto|Courtesy photo)\.?"
    r"\b[^\n.]{0,40}"  # (the end of the line above)
    # "... on the Manaslu circuit. PHOTO COURTESY: Guides' Association"
    r"|(?<=[.!?])\s+(?i:photo courtesy|courtesy)\s*(?::|of\b)\s*(?P<c17>[^\n]{2,60})"
    # "... near Mafraq, Jordan [File: Leila Haddad/Al Jazeera]", "[PHOTO CREDIT: Premium Times]"
    r"|\s\[(?i:file(?: photo)?|photo(?: credit)?|image|picture)\s*:\s*(?P<c16>[^\]]{2,60})\]"
    # a credit after a dash: "... near Bolton Market on Monday. — White Star"
    r"|(?<=[.!?] )[—–]\s*(?P<c15>[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2})"
    # the credit on the caption's next line: "... six more corridors.|Rheya Kurian/Gulf News"
    r"|(?<=[.!?])\n(?P<c14>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} ?/ ?[A-Z][\w&.' ]{1,30})"
    # an agency and its photographer after the caption's last sentence: "... Keystone / Noé
    # Perrin"
    r"|(?<=[.!?)] )(?P<c18>[A-Z][\w.&'-]+(?: [A-Z][\w.&'-]+){0,2}"
    r" / [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,2})"
    r"|(?:^|[.!?”\"]\s+|\s[-–—|]\s)(?:[A-Z]{2,10}\s|(?:(?!(?:The|A|An|This|That|Her|His|Their)\s)[A-Z][\w&.]*\s){1,3})?"
    r"(?i:(?:Photos?|Photograph|Ảnh|Images?|Pictures?)(?:\s+credits?)?|Credits?)"
    r"\s*(?::|(?i:by|via)\b|courtesy of\b)"  # ("PHOTO BY NAME", "Photo via Outlet.")
    r"\s*(?P<c2>(?:[A-Z]\.\s?){0,2}[^.]{1,60})\.?"  # ("Photo: T.Binh": an initial first)
    r"|\s[-–—]\s*(?P<c3>[A-Z][\w.&]{1,20}(?:\s[A-Z][\w.&]{1,20})?)\s+Photos?\b[^.]{0,60}"
    # "... than its predecessor. | © Kessler GmbH", "... on Tuesday. | Photo Credit: R. ASHOK"
    r"|\s[|]\s*(?:(?:©|\(c\)|(?:Photo|Foto|Image|Picture)(?:\s+Credit)?:|Credit:)\s*(?P<c12>[^|]{2,60})"
    r"|(?P<c13>[A-Z][A-Z.&'/ -]{1,40}))"  # "... in February. | KYODO", "| RYO TANABE"
    # "... near Merredin. (ABC Rural: Daisy Whitehead)": the outlet and its photographer
    r"|(?<=[.!?] )\((?!(?:Reporting|Writing|Editing|Additional|Source|Edited|Compiled)\b)"
    r"(?P<c19>[A-Z][\w.&']*(?: [A-Z][\w.&']*){0,2}: [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,2})\)"
    # "(AP Photo/Marco Vitale)", "(Xinhua/Li Ming)"
    r"|\((?P<c4>[A-Z][\w.&]{1,20}(?:\s[A-Z][\w.&]{1,20})?)(?:\s+Photos?)?/[^()]{2,60}\)\.?"
    r")\s*$"
)


def credit_below(caption: str, credit: str) -> bool:
    """``credit`` is the photo's credit, standing on the line under its ``caption`` ("... in
    late November.|Keystone / Lea Brunner"): the caption has none of its own, the pair has."""
    return (
        len(credit) <= 60
        and len(caption) <= 300
        and not photo_credit(caption)
        and bool(photo_credit(f"{caption}\n{credit}"))
    )


#: A photo's credit line by its label: "Photo: Ukrinform", "Image: NAME".
CREDIT_LABEL_RE = re.compile(
    r"^(?:photos?|images?|pictures?|picture credit|photo credit|credit|foto|ảnh)\s*:", re.I
)
#: A sentence that ends by naming an outlet in brackets: "... July 12, 2025. (Xinhua)".
BRACKET_CREDIT_RE = re.compile(r"[.!?”\")]\s*\((?P<name>[A-Z][\w.&' -]{1,40})\)\.?\s*$")


_CREDIT_WORDS = (
    *("Photo", "photo", "PHOTO", "Ảnh", "Image", "Picture", "Illustration", "©", "|"),
    *("/", "pic", "Pic", "foto", "FOTO", "Handout", "Supplied", "Courtesy", "File photo", "Credit"),
    *("—", "–", "[", "Contributed", "/Photographer", "via "),
)


#: "Figure 1: Long section of the vein", "Table 2: Drill results": an exhibit's caption.
FIGURE_RE = re.compile(r"^(?:Figure|Fig\.|Table|Chart|Exhibit|Map)\s*\d{1,3}[:.]\s+\S")


_CREDIT_WORD_RE = re.compile("|".join(re.escape(w) for w in _CREDIT_WORDS))
#: What kind of image a caption's photo is, in brackets at its end, or who took it: "(File
#: photo)", "(Representative image)", "Representational image. (HT Archive)", "Pic by NAME".
_IMAGE_TAG_RE = re.compile(
    r"(?:\((?i:file (?:photo|pic|image)|representative (?:image|photo)|representational"
    r" (?:image|photo)|archive(?: photo| image)?|[A-Z]{2,6} archive|illustrative (?:image|photo)"
    r"|(?:photo|image) for illustration|stock (?:image|photo)|screengrab|screenshot)\)"
    r"|(?<=[.!?] )(?i:pics?|pix) (?:by|:)\s*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
    # "(Courtesy of INCOPESCA)", "(Photo via MOPT)"
    r"|\((?i:courtesy of|photo via|image via|via) [^()]{2,40}\)"
    # "... on Sunday. - Ian Allen/Photographer", "... Terminal. - Contributed"
    r"|(?<=[.!?] )[-–—] (?:Contributed|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}/(?i:photographer"
    r"|staff photographer|contributor)))\.?\s*$"
)


#: "Thumbnail shows plastic film rolls in a warehouse. (Source: Shutterstock)": the caption
#: says what the image shows, then where it comes from.
_IMAGE_SHOWS_RE = re.compile(
    r"^(?:Thumbnail|Picture|Photo|Photograph|Image|Main image|Top image|Header image)"
    r" (?:shows|above shows|above:)\s[^\n]{5,300}\((?i:source|credit|image|photo)s?\s*:\s*"
    r"(?P<name>[^()]{2,60})\)\.?$"
)
#: "... on Praslin. (Seychelles News Agency) Photo License: CC-BY", "... Photo: NAME, CC BY-SA
#: 4.0": a caption credited with the free licence its photo is under.
_LICENSED_RE = re.compile(
    r"(?<=[.!?)] )(?:\((?P<who>[^()]{2,60})\)\s*)?(?i:(?:photo|image)\s+licen[cs]e|licen[cs]e)"
    r"\s*:?\s*(?P<licence>CC[- ](?:BY|0)[\w.\- ]{0,12}|CC0|Creative Commons[\w.\- ]{0,20})$"
)
#: "... wholesale market. [Kipkemoi Langat, Standard]": a credit in square brackets.
_SQUARE_CREDIT_RE = re.compile(
    r"[.!?”\"]\s*\[(?!(?:Reporting|Writing|Editing|Additional|With|Compiled|Translated)\b)"
    r"(?:(?i:photo credit|photo|credit|image|pic)\s*:\s*)?(?P<name>[A-Z][^\[\]]{2,60})\]\s*$"
)
#: "The STAR / Ramon Villareal, file": a file photo's credit says so after it.
_FILE_PHOTO_RE = re.compile(r",?\s*\(?\b(?:file|File|FILE)(?: photo)?\)?\.?$")


@lru_cache(maxsize=16384)
def photo_credit(text: str) -> str:
    """The credit that ends a caption ("... market. Photo: Minh Anh" -> "Minh Anh"), else ''."""
    name = _photo_credit(text.strip())
    if name and _FILED_RE.search(name):
        return ""  # "... next week. (Colombo/Dec4/2026)": where and when the story was filed
    return name


#: A place and a date in a paragraph's closing brackets: the story's filing tag, no credit.
_FILED_RE = re.compile(
    r"/\s*(?:[A-Za-z]{3,9}\.?\s?\d{1,2}|\d{1,2}\.?\s?[A-Za-z]{3,9})\s*/\s*\d{4}$"
)


#: A caption that opens with its credit: "Photo: Iceland Review/Ívar Freyr. Skarfabakki pier
#: in December."
_LEADING_CREDIT_RE = re.compile(
    r"^(?:Photo|Image|Picture|Photograph)s?\s*:\s*(?P<name>[A-Z][^.:;!?]{1,50}?/[^.:;!?]{2,40})"
    r"\.\s+[A-Z]"
)
#: "... at a health centre in Doha. Pic: The Peninsula": the short word for a photo, labelled.
_PIC_CREDIT_RE = re.compile(
    r"[.!?]\s+Pics?\s*:\s*(?P<name>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})$"
)
#: A credit that is a site's address: "... of the new stations. Photo: Kun.uz".
_SITE_CREDIT_RE = re.compile(
    r"[.!?]\s+(?:Photo|Image|Picture)s?\s*:\s*(?P<name>[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2})$"
)


def _photo_credit(text: str) -> str:
    if text[:4] in ("With", "Incl") and HELPER_CREDIT_RE.match(text):
        return ""  # ("With reporting by RFE/RL's X Service": no photo's credit)
    square = _SQUARE_CREDIT_RE.search(text) if text.endswith("]") else None
    if square and len(text) <= 400:
        return square.group("name").strip()
    lead = _LEADING_CREDIT_RE.match(text) if text[:1] in "PIp" and len(text) <= 300 else None
    if lead:
        return lead.group("name").strip()  # "Photo: Iceland Review/NAME. Skarfabakki pier."
    pic = _PIC_CREDIT_RE.search(text) if len(text) <= 400 else None
    if pic:
        return pic.group("name")  # "... in Doha. Pic: The Peninsula"
    site = _SITE_CREDIT_RE.search(text) if len(text) <= 400 else None
    if site:
        return site.group("name")  # "... new stations. Photo: Kun.uz": the site's own photo
    if text.endswith(("file", "File", "FILE", "file)", "File)")) and " / " in text[-80:]:
        text = _FILE_PHOTO_RE.sub("", text)
    if not text.endswith(")") and not _CREDIT_WORD_RE.search(text, max(0, len(text) - 120)):
        return ""  # (a credit stands at the end: most paragraphs are passed over here)
    m = CREDIT_RE.search(text)
    if not m and (shows := _IMAGE_SHOWS_RE.match(text)):
        return shows.group("name").strip()
    if not m and (licensed := _LICENSED_RE.search(text)):
        return (licensed.group("who") or licensed.group("licence")).strip()
    if not m:
        tag = _IMAGE_TAG_RE.search(text)
        return tag.group(0).strip(" ().-–—") if tag else ""
    if m.group("c4"):
        return m.group(0).strip(" ().")
    if m.group("c15") and (
        len(text) > 250
        or any(q in text for q in '"“”')
        or m.group("c15").isupper()
        or re.search(r"\b(?:said|says|told)\b", text)
    ):
        return ""  # a dash and a name closing a quote, a report or a long paragraph: a credit
        # for the words ("... the ministry said. — AFP"), not for a photo
    for name in ("c14", "c15", "c16", "c17", "c18", "c19"):
        if m.group(name):
            return m.group(name).strip(" .")
    if m.group("c12") or m.group("c13"):
        return (m.group("c12") or m.group("c13")).strip(" .")
    for name in ("c6", "c7", "c8", "c9", "c10", "c11"):
        if m.group(name):
            return m.group(0).strip(" ().-–—")
    if m.group("c3"):
        return m.group("c3") + "/" + m.group(0).split("Photo", 1)[1].lstrip("s ").strip()
    return (m.group("c1") or m.group("c2") or "").strip()
