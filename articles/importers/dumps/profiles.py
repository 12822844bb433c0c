"""Source profiles: what the parser knows about each supplier, passed in as data.

The parser is pure: it never reads the database. The writer builds the profiles from the
``Source`` rows (``articles.importers.profiles.load_profiles``) and hands them to
``parse_bytes(..., profiles=...)``; without them the parser uses ``DEFAULT_PROFILES``, the table
the first data migration seeds the database with.

A profile names the supplier and its spellings (``aliases``) and may carry layout hints that an
editor teaches in the admin when a new supplier's dumps come in:

* ``signoffs``: whole lines that close a story ("Enditem", "(END)", "— AFP");
* ``lede_prefixes``: what a lede opens with ("ĐBP - ", "HANOI (VNA) -");
* ``chrome``: whole lines of page furniture to drop ("Share:", "Print");
* ``caption_credit``: the credit that ends a caption ("Photo: VNA", "— VNS Photo").

Hints are matched case-insensitively: whole stripped lines (signoffs, chrome), the start of a
story's first paragraph (lede prefixes: the story is this supplier's), the end of a paragraph
(caption credits: the paragraph is a photo's caption).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property


def source_key(text: str) -> str:
    """A spelling-insensitive key: letters and digits only, case-folded."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class SourceProfile:
    name: str
    kind: str = "other"  # "wire" | "newspaper" | "press_release" | "other"
    aliases: tuple[str, ...] = ()
    signoffs: tuple[str, ...] = ()
    lede_prefixes: tuple[str, ...] = ()
    chrome: tuple[str, ...] = ()
    caption_credit: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


_OWN_PROFILES: tuple[SourceProfile, ...] = (
    SourceProfile("Vietnam News Agency", "wire", ("VNA", "TTXVN", "Vietnam News Agency")),
    SourceProfile("GlobeNewswire", "press_release", ("GLOBE NEWSWIRE", "Globe Newswire")),
    SourceProfile("PR Newswire", "press_release", ("PRNewswire", "PR NEWSWIRE", "PRNEWSWIRE")),
    SourceProfile(
        "Business Wire",
        "press_release",
        ("BUSINESS WIRE", "BusinessWire"),
        chrome=("Back to Newsroom", "Release Versions", "Social Media Profiles"),
    ),
    SourceProfile("ACCESSWIRE", "press_release", ("Accesswire", "ACCESS WIRE")),
    SourceProfile("EIN Presswire", "press_release", ("EINPresswire", "EIN PRESSWIRE")),
    SourceProfile("Newsfile", "press_release", ("Newsfile Corp.", "NEWSFILE", "Newsfile Corp")),
    SourceProfile("Canada Newswire", "press_release", ("CNW", "CNW Group", "Cision Canada")),
    SourceProfile("JCN Newswire", "press_release", ("JCN", "JCNNewswire")),
    SourceProfile(
        "Media OutReach Newswire",
        "press_release",
        ("Media OutReach",),
        chrome=("The issuer is solely responsible for the content of this announcement.",),
    ),
    SourceProfile("Reuters", "wire", ("REUTERS", "Reuter")),
    SourceProfile("Associated Press", "wire", ("AP",)),
    SourceProfile("Agence France-Presse", "wire", ("AFP",)),
    SourceProfile("Xinhua", "wire", ("XINHUA", "Xinhua News Agency")),
    SourceProfile("Kyodo News", "wire", ("Kyodo", "KYODO")),
    SourceProfile("Yonhap", "wire", ("YONHAP", "Yonhap News Agency")),
    SourceProfile("Bernama", "wire", ("BERNAMA",)),
    SourceProfile("ANTARA", "wire", ("Antara", "ANTARA News")),
    SourceProfile("Press Trust of India", "wire", ("PTI",)),
    SourceProfile("United Press International", "wire", ("UPI",)),
    SourceProfile("Vietnam News", "newspaper", ("VNS", "Việt Nam News")),
    SourceProfile(
        "Điện Biên Phủ",
        "newspaper",
        ("ĐBP", "Điện Biên Phủ Online", "Báo Điện Biên Phủ", "Dien Bien Phu", "DBP"),
    ),
    SourceProfile("Nhân Dân", "newspaper", ("NDO", "Nhân Dân Online", "Nhan Dan")),
    SourceProfile("VnExpress International", "newspaper", ("VnExpress", "VnE", "e.vnexpress.net")),
    SourceProfile("Tuoi Tre News", "newspaper", ("Tuổi Trẻ", "Tuoi Tre", "TTO")),
    SourceProfile("Hanoi Times", "newspaper", ("The Hanoi Times", "Hanoitimes", "hanoitimes.vn")),
    SourceProfile("VietnamPlus", "newspaper", ("Vietnam Plus", "VietnamPlus")),
    SourceProfile(
        "Saigon Giai Phong", "newspaper", ("SGGP", "Sài Gòn Giải Phóng", "SGGP English Edition")
    ),
    SourceProfile(
        "The Star", "newspaper", ("The Star Online", "thestar.com.my", "Star Media Group")
    ),
    SourceProfile("Bangkok Post", "newspaper", ("bangkokpost.com",)),
    SourceProfile("The Jakarta Post", "newspaper", ("Jakarta Post", "PT. Bina Media Tenggara")),
    SourceProfile("Khmer Times", "newspaper", ("khmertimeskh.com",)),
)

from .suppliers import WORLD_SUPPLIERS  # noqa: E402  (the catalogue is built of SourceProfile)

#: The suppliers the parser knows out of the box: the ones met so far, with their layout hints,
#: then the world catalogue (suppliers.py). An alias two share goes to the first.
DEFAULT_PROFILES: tuple[SourceProfile, ...] = (*_OWN_PROFILES, *WORLD_SUPPLIERS)


@dataclass(frozen=True, eq=False)  # hashed by identity: one index serves one parse
class SourceIndex:
    """The profiles, indexed by every spelling's key; built once per parse."""

    profiles: tuple[SourceProfile, ...] = DEFAULT_PROFILES
    _by_key: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        for profile in self.profiles:
            for spelling in profile.spellings:
                key = source_key(spelling)
                if key:
                    self._by_key.setdefault(key, profile)

    @classmethod
    def of(cls, profiles: Iterable[SourceProfile] | None) -> SourceIndex:
        if profiles is None:
            return _DEFAULT_INDEX
        return cls(tuple(profiles))

    def exact(self, raw: str) -> SourceProfile | None:
        return self._by_key.get(source_key(raw))

    def begun_by(self, key: str) -> set[SourceProfile]:
        keys = self._sorted_keys
        i = bisect_left(keys, key)
        found = set()
        while i < len(keys) and keys[i].startswith(key):  # (the keys it begins, in a row)
            found.add(self._by_key[keys[i]])
            i += 1
        return found

    @cached_property
    def _sorted_keys(self) -> list[str]:
        return sorted(self._by_key)

    @cached_property
    def signoffs(self) -> dict[str, SourceProfile]:
        return {s.strip().casefold(): p for p in self.profiles for s in p.signoffs if s.strip()}

    @cached_property
    def chrome(self) -> frozenset[str]:
        return frozenset(s.strip().casefold() for p in self.profiles for s in p.chrome if s.strip())

    @cached_property
    def caption_credits(self) -> tuple[str, ...]:
        return tuple(
            c.strip().rstrip(".").casefold()
            for p in self.profiles
            for c in p.caption_credit
            if c.strip()
        )

    @cached_property
    def lede_prefixes(self) -> tuple[tuple[str, SourceProfile], ...]:
        pairs = [(s.strip(), p) for p in self.profiles for s in p.lede_prefixes if s.strip()]
        return tuple(sorted(pairs, key=lambda sp: -len(sp[0])))


_DEFAULT_INDEX = SourceIndex()
