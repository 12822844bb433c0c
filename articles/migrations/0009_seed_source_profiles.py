"""Seed the sources the dump parser knows (its DEFAULT_PROFILES table) as Source rows.

Source profiles are data: the parser gets them from the database
(articles.importers.profiles.load_profiles), and editors teach new suppliers in the admin. This
migration copies the parser's built-in table as it stood when it was written (a migration must not
import code that will change). A source that already exists, by name or by any alias (spelling-
insensitive: letters and digits only), is left as editors have it except that the aliases it lacks
are added; the others are created, with a python-slugify slug like the rest of the project.
"""

from django.db import migrations
from slugify import slugify

# (name, kind, aliases, signoffs, lede_prefixes, chrome_lines, caption_credits), in the order of
# articles/importers/dumps/profiles.py DEFAULT_PROFILES (earlier ones win a shared alias).
SOURCES = (
    ("Vietnam News Agency", "wire", ("VNA", "TTXVN", "Vietnam News Agency")),
    ("GlobeNewswire", "press_release", ("GLOBE NEWSWIRE", "Globe Newswire")),
    ("PR Newswire", "press_release", ("PRNewswire", "PR NEWSWIRE", "PRNEWSWIRE")),
    ("Business Wire", "press_release", ("BUSINESS WIRE", "BusinessWire")),
    ("ACCESSWIRE", "press_release", ("Accesswire", "ACCESS WIRE")),
    ("EIN Presswire", "press_release", ("EINPresswire", "EIN PRESSWIRE")),
    ("Newsfile", "press_release", ("Newsfile Corp.", "NEWSFILE", "Newsfile Corp")),
    ("Canada Newswire", "press_release", ("CNW", "Cision", "CNW Group")),
    ("JCN Newswire", "press_release", ("JCN", "JCNNewswire")),
    ("Media OutReach Newswire", "press_release", ("Media OutReach",)),
    ("Reuters", "wire", ("REUTERS", "Reuter")),
    ("Associated Press", "wire", ("AP",)),
    ("Agence France-Presse", "wire", ("AFP",)),
    ("Xinhua", "wire", ("XINHUA", "Xinhua News Agency")),
    ("Kyodo News", "wire", ("Kyodo", "KYODO")),
    ("Yonhap", "wire", ("YONHAP", "Yonhap News Agency")),
    ("Bernama", "wire", ("BERNAMA",)),
    ("ANTARA", "wire", ("Antara", "ANTARA News")),
    ("Press Trust of India", "wire", ("PTI",)),
    ("United Press International", "wire", ("UPI",)),
    ("Vietnam News", "newspaper", ("VNS", "Việt Nam News")),
    (
        "Điện Biên Phủ",
        "newspaper",
        ("ĐBP", "Điện Biên Phủ Online", "Báo Điện Biên Phủ", "Dien Bien Phu", "DBP"),
    ),
    ("Nhân Dân", "newspaper", ("NDO", "Nhân Dân Online", "Nhan Dan")),
    ("VnExpress International", "newspaper", ("VnExpress", "VnE", "e.vnexpress.net")),
    ("Tuoi Tre News", "newspaper", ("Tuổi Trẻ", "Tuoi Tre", "TTO")),
    ("Hanoi Times", "newspaper", ("The Hanoi Times", "Hanoitimes", "hanoitimes.vn")),
    ("VietnamPlus", "newspaper", ("Vietnam Plus", "VietnamPlus")),
    ("Saigon Giai Phong", "newspaper", ("SGGP", "Sài Gòn Giải Phóng", "SGGP English Edition")),
    ("The Star", "newspaper", ("The Star Online", "thestar.com.my", "Star Media Group")),
    ("Bangkok Post", "newspaper", ("bangkokpost.com",)),
    ("The Jakarta Post", "newspaper", ("Jakarta Post", "PT. Bina Media Tenggara")),
    ("Khmer Times", "newspaper", ("khmertimeskh.com",)),
)
HINTS = ("signoffs", "lede_prefixes", "chrome_lines", "caption_credits")


def key(text):
    """Letters and digits only, case-folded (the parser's source_key)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def make_slug(text, taken):
    base = slugify(text, max_length=192, word_boundary=True) or "untitled"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def seed(apps, schema_editor):
    Source = apps.get_model("articles", "Source")
    rows = list(Source.objects.order_by("pk"))
    taken = {row.slug for row in rows}

    def find(name, aliases):
        by_name = next((r for r in rows if key(r.name) == key(name)), None)
        if by_name is not None:
            return by_name
        wanted = {key(s) for s in (name, *aliases)} - {""}
        return next(
            (r for r in rows if wanted & {key(s) for s in (r.name, *(r.aliases or []))}), None
        )

    for name, kind, aliases, *hints in SOURCES:
        row = find(name, aliases)
        if row is None:
            row = Source(
                name=name,
                slug=make_slug(name, taken),
                kind=kind,
                aliases=[a for a in aliases if a.casefold() != name.casefold()],
            )
            for field, values in zip(HINTS, hints, strict=False):
                setattr(row, field, list(values))
            row.save()
            rows.append(row)
            continue
        known = {s.casefold() for s in (row.name, *(row.aliases or []))}
        missing = []
        for spelling in (name, *aliases):
            if spelling.casefold() not in known:
                known.add(spelling.casefold())
                missing.append(spelling)
        if missing:
            row.aliases = [*(row.aliases or []), *missing]
            row.save(update_fields=["aliases"])


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_source_hints_import_confidence")]

    # Not reversed: the rows may have articles by now, and editors may have changed them.
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
