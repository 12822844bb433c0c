"""Contact details: an e-mail or web address or a phone number alone on its line, a contact
block's labelled fields, and the boilerplate heads over a release's text or contacts.
"""

from __future__ import annotations

import re

from .bylines import _EMAIL_RE

_CONTACT_RE = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\+?[\d ()-]{7,})\s*$"
)


#: A release's boilerplate heading over its text or contact lines: "About Lumora Foods",
#: "Press contact", "Media enquiries", "Contact Info:", "Contact Information".
BOILERPLATE_HEAD_RE = re.compile(
    # ("About Borealis Lithium Corp.": a firm's name may end in an abbreviation's full stop)
    r"^(?:About (?:the |us\b)?(?=.{2,64}$)[A-Z0-9](?:[^.!?]|\.(?=[\w ]))+?"
    r"(?:(?:(?<=Corp)|(?<=Inc)|(?<=Ltd)|(?<=Co)|(?<=Plc)|(?<=LLC)|(?<=Bhd)|(?<=Pty))\.)?"
    r"|(?i:(?:(?:Press|Media|Investor|Company|PR|News)\s+)?(?:Contacts?|Enquiries|Inquiries|Relations)(?:\s+(?:Info(?:rmation)?|Details|Person))?)"
    r"|For (?:more|further) information|[A-Z][\w&.' ]{1,40} Contact Information"
    r"|Notes? (?:to|for) [Ee]ditors?):?$",
)
_CONTACT_LINE_RE = re.compile(
    r"^(?:Name|E-?mail|Phone|Tel(?:ephone)?|Mobile|Cell|Fax|Web(?:site)?|Organi[sz]ation|Company"
    r"(?: Name)?|Contact(?: Person| Name)?|Title|Address|Country|City)\s*:\s*\S",
    re.IGNORECASE,
)


def contact_detail(line: str) -> bool:
    """A line of a contact block: "Name: Dana Hill", "Email: x@y", "+48 12 555 0142", "Tomasz
    Kierski, tomasz@lumora.example, +48 ...", or a short name or role alone."""
    t = line.strip()
    if _CONTACT_LINE_RE.match(t) or is_contact(t):
        return True
    # "Tomasz Kierski, tomasz.kierski@lumora.example, +48 12 555 0142"
    return len(t) <= 200 and bool(_EMAIL_RE.search(t) or re.search(r"\+\d[\d ()-]{7,}", t))


def is_contact(line: str) -> bool:
    """An e-mail or web address, or a phone number, alone on its line. A phone number has eight
    digits or more, written with "+", brackets, dashes or dots, or ten or more digits: "38 21
    117 74" is a row of figures."""
    text = line.strip()
    if not _CONTACT_RE.match(text):
        return False
    if "@" in text or text.lower().startswith(("http", "www.")):
        return True
    digits = sum(c.isdigit() for c in text)
    return digits >= 10 or (digits >= 8 and any(c in text for c in "+()-."))
