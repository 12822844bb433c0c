"""Unit tests of the pure raw-dump parser (no database).

Every fixture here is invented text in the shapes of the real dumps: glued wire stories, press
releases, newspaper pages with captions, byline, comment chrome and teasers.
"""

from __future__ import annotations

import datetime
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.importers.dumps import (
    DumpError,
    ParsedDump,
    decode_dump,
    parse_bytes,
    parse_text,
    to_score_json,
)
from articles.importers.dumps.chunks import find_cuts, repair_cuts
from articles.importers.dumps.layout import is_contact
from articles.importers.dumps.wordjoin import join_separator
from tests.scoring import SHARED, score


@pytest.fixture(autouse=True)
def _clear_cache():
    """The parser has no cache and no database: override conftest's Django cache clearing so
    these tests also run without Django (``pytest -p no:django``)."""
    yield


# --- invented fixtures --------------------------------------------------------------------

WIRE_STORIES = [
    (
        "Mountain province opens new cross-border market",
        [
            "The northern province of Lạng Sơn on November 14 opened a cross-border market "
            "that is expected to double the trade of farm produce with neighbouring localities "
            "by the end of next year, according to the provincial trade department.",
            "The market covers three hectares and has two hundred stalls for traders from both "
            "sides of the border, who may bring fruit, vegetables, livestock and handicrafts "
            "without the paperwork that larger shipments require.",
            "Local authorities said the facility would also host cultural exchanges, food fairs "
            "and training courses for small businesses that want to sell their goods online.",
            "The provincial leader asked the organisers to keep the market clean and safe./.",
        ],
    ),
    (
        "Coastal city trains volunteers for storm season",
        [
            "More than six hundred volunteers in the central city of Quy Nhơn have completed a "
            "training course on rescue work, first aid and evacuation ahead of the storm "
            "season, the municipal civil defence committee reported.",
            "Instructors from the Red Cross taught the volunteers how to move elderly residents "
            "and children to shelters, how to treat injuries and how to keep radios working "
            "when the power grid fails during heavy rain.",
            "The committee plans to hold similar courses in every ward before the rainy months, "
            "and has asked schools to prepare classrooms as temporary shelters./.",
        ],
    ),
]

PRESS_TITLE = "Lotus Robotics Announces Warehouse Automation Partnership in Southeast Asia"
PRESS_BODY = [
    "HANOI, Vietnam, March 05, 2024 (GLOBE NEWSWIRE) — Lotus Robotics Ltd, a maker of "
    "autonomous forklifts and sorting systems, announced a partnership with a regional "
    "logistics group to automate twelve warehouses across Vietnam and Thailand.",
    "The first sites will open in the second half of the year and will use fleets of small "
    "robots that carry parcels between shelves and loading bays, reducing walking time for "
    "staff and cutting errors in order picking.",
    "About Lotus Robotics",
    "Lotus Robotics designs warehouse robots and the software that coordinates them. The "
    "company currently serves customers in the following markets:",
    "1. parcel delivery and express logistics;",
    "2. cold-chain storage for food and medicine;",
    "3. spare parts for the automotive industry.",
    "Media Contact:\nLotus Robotics\n+ 84 24 3000 0000",
]
PRESS_ID = "9876543"

PAGE_TITLE = "Highland district restores terraced rice fields"
PAGE_LEDE = (
    "ĐBP - On November 3, farmers in the highland district of Mường Nhé began restoring "
    "terraced rice fields damaged by landslides, with support from the provincial "
    "agricultural extension centre and volunteers from the youth union."
)
PAGE_PARAS = [
    "The district has about forty hectares of terraces that were buried under mud after the "
    "heavy rains in September. Farmers have cleared the debris from half of the area and "
    "rebuilt the small dykes that hold water on each step of the hillside.",
    "Officials said the restored fields would be planted with a short-term rice variety so "
    "that families can harvest before the Lunar New Year, while the remaining land will be "
    "used for maize and vegetables until the irrigation canals are repaired.",
    "The provincial agricultural extension centre has supplied seed, fertiliser and "
    "technical advice, and the youth union has sent volunteers to help elderly households "
    "who cannot carry stones and soil up the slopes themselves.",
]
PAGE_CAPTIONS = [
    "Farmers rebuild the dykes of a terraced field in Mường Nhé District.",
    "Volunteers carry bags of soil up the hillside.",
]
PAGE_BYLINE = "Lò Thị Hoa"
TEASERS = [
    ("Village library opens its doors to children", "CULTURE - TOURISM -", "A new library."),
    (
        "Border guards help families repair houses",
        "NEWS - POLITICS -",
        "Soldiers and villagers work.",
    ),
]


def wire_text(footer: str = "Source: Vietnam News Agency") -> str:
    out = []
    for title, paras in WIRE_STORIES:
        out.append(title + "\n\n" + "\n\n".join(paras) + f"\n\n{footer}\n\n")
    return "".join(out)


def press_text() -> str:
    body = list(PRESS_BODY)
    items = "\n".join("  " + p for p in body[4:7])
    body[4:7] = [items]
    return (
        f"{PRESS_TITLE}\n\n" + "\n\n".join(body) + f"\n\nGlobeNewswire Distribution ID {PRESS_ID}\n"
    )


def teaser_text() -> str:
    out = "Recent news\n\n"
    for title, section, summary in TEASERS:
        out += f"  • '{title}\n\n    {title}\n\n    {section}\n    ĐBP - {summary}\n"
    return out


def page_text(byline: bool = True, captions: bool = True, teasers: bool = True) -> str:
    parts = [PAGE_TITLE, PAGE_LEDE]
    if captions:
        parts.append(PAGE_CAPTIONS[0])
    parts.append(PAGE_PARAS[0])
    parts.append(PAGE_PARAS[1])
    if captions:
        parts.append(PAGE_CAPTIONS[1])
    parts.append(PAGE_PARAS[2])
    text = "\n\n".join(parts) + "\n\n"
    if byline:
        text += PAGE_BYLINE + "\n"
    text += (
        "Comment\n\nYou have 500/500 characters left\n\nPlease enter 5 or more characters!!!\n\n"
    )
    if teasers:
        text += teaser_text()
    return text


def chunk(text: str, size: int, offset: int = 0) -> str:
    """Cut like the scraper: a newline every ``size`` characters, a leading blank swallowed."""
    out, i, n = [], 0, size - offset
    while i < len(text):
        out.append(text[i : i + n])
        i += n
        n = size
        if i < len(text):
            out.append("\n")
            if text[i] in " \n":
                i += 1
    return "".join(out)


def norm(s: str) -> str:
    return " ".join(s.split())


def bodies(dump: ParsedDump) -> list[list[str]]:
    return [[norm(p) for p in a.body] for a in dump.articles]


# --- chunk cuts ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [512, 700, 1000, 2000])
@pytest.mark.parametrize("offset", [0, 137])
def test_rechunked_text_is_recovered(size, offset):
    second = page_text().replace(PAGE_TITLE, "Second page title about a new bridge")
    clean = wire_text() + press_text() + page_text() + second + wire_text()
    damaged = chunk(clean, size, offset % size)
    report = find_cuts(damaged)
    assert report.chunk_size == size
    repaired = repair_cuts(damaged, report.cuts)
    assert parse_text(repaired).articles
    assert bodies(parse_text(repaired)) == bodies(parse_text(clean))


def test_chunks_restarting_at_every_story_are_found():
    clean = wire_text()
    stories = clean.split("Source: Vietnam News Agency\n\n")
    damaged = "".join(chunk(s + "Source: Vietnam News Agency\n\n", 300) for s in stories if s)
    dump = parse_text(damaged)
    assert dump.chunk_size == 300
    assert bodies(dump) == bodies(parse_text(clean))


def test_a_single_cut_inside_a_word_is_glued():
    text = page_text().replace("rebuilt the small dykes", "rebuilt the sm\nall dykes")
    dump = parse_text(text)
    assert dump.chunk_size is None
    assert dump.articles[0].body[1] == PAGE_PARAS[0]


def test_no_evidence_of_chunking_changes_nothing():
    text = page_text()
    assert find_cuts(text).cuts == []
    assert parse_text(text).chunk_size is None


@pytest.mark.parametrize(
    ("left", "right", "sep"),
    [
        ("has taken dras", "tic and ambitious", ""),
        ("for worke", "rs from clean", ""),
        ("an invitation to visit Vietnam", "from the President", " "),
        ("the sound relations with the CPV,", "and said", " "),
        ("visit: http://example.", "com for more", ""),
        ("reached 8.", "75 per cent", ""),
        ("bringing together 1,", "100 delegates", ""),
        ("the province’", "s image", ""),
        ("the workers’", "movements", " "),
    ],
)
def test_join_or_space(left, right, sep):
    assert join_separator(left, right) == sep


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: s.encode("utf-16-le"),
        lambda s: s.encode("utf-16-be"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        lambda s: s.replace("\n", "\r").encode("utf-8"),
        lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
    ],
    ids=["utf8", "bom", "utf16", "utf16le", "utf16be", "crlf", "cr", "nfd"],
)
def test_encodings_decode_to_the_same_text(encode):
    text = page_text()
    decoded, _ = decode_dump(encode(text), "page.txt")
    assert decoded == text
    assert unicodedata.is_normalized("NFC", decoded)


def test_mojibake_is_repaired():
    text = page_text()
    sloppy = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )
    assert "Ä" in sloppy
    decoded, warnings = decode_dump(sloppy.encode("utf-8"), "moji.txt")
    assert decoded == text
    assert any("mojibake" in w for w in warnings)


def test_mojibake_with_lost_bytes_keeps_vietnamese_letters():
    text = "Điện Biên Phủ đón người dân Mường Nhé."
    strict = text.encode("utf-8").decode("cp1252", errors="replace")
    decoded, _ = decode_dump(strict.encode("utf-8"), "lossy.txt")
    assert decoded.startswith("Điện Biên")


def test_lost_characters_give_a_warning():
    damaged = page_text().replace("Mường Nhé began", "M\ufffdờng Nh? began")
    damaged = damaged.replace("terraced rice fields damaged", "terraced r?ce fields damaged")
    dump = parse_bytes(damaged.encode("utf-8"), "lost.txt")
    article = dump.articles[0]
    assert "M\ufffdờng" in article.body[0]
    assert any("lost" in w for w in article.warnings)


def test_chunked_then_utf16_and_crlf():
    clean = wire_text() + page_text()
    data = chunk(clean, 700).replace("\n", "\r\n").encode("utf-16")
    dump = parse_bytes(data, "wide.txt")
    assert dump.encoding == "utf-16-le"
    assert bodies(dump) == bodies(parse_text(clean))


# --- shapes -------------------------------------------------------------------------------


def test_wire_stories_glued_together():
    dump = parse_text(wire_text() + "Extra\n", "wire.txt", today=datetime.date(2026, 3, 1))
    assert [a.title for a in dump.articles] == [t for t, _ in WIRE_STORIES]
    first = dump.articles[0]
    assert first.source == "Vietnam News Agency"
    assert first.source_kind == "wire"
    assert first.body == WIRE_STORIES[0][1]
    assert first.dateline == "November 14"
    # no year anywhere in the file: the most recent November 14 before the day it came in
    assert first.published_date == datetime.date(2025, 11, 14)
    assert any("no year: 2025 inferred" in w for w in first.warnings)
    assert first.byline == ""


def test_truncated_and_unknown_wire_footers():
    text = wire_text().replace("Vietnam News Agency", "Vietnam News Agen", 1)
    text = text.replace("Source: Vietnam News Agency", "Source: Reuters")
    dump = parse_text(text)
    assert [a.source for a in dump.articles] == ["Vietnam News Agency", "Reuters"]


def test_press_release():
    dump = parse_text(press_text(), "pr.txt")
    (art,) = dump.articles
    assert art.title == PRESS_TITLE
    assert art.source == "GlobeNewswire"
    assert art.source_kind == "press_release"
    assert "GLOBE NEWSWIRE" in art.source_aliases
    assert art.external_id == PRESS_ID
    assert art.dateline == "HANOI, Vietnam, March 05, 2024"
    assert art.published_date == datetime.date(2024, 3, 5)
    assert [norm(p) for p in art.body] == [norm(p) for p in PRESS_BODY]


def test_newspaper_page():
    dump = parse_text(page_text(), "page.txt")
    (art,) = dump.articles
    assert art.title == PAGE_TITLE
    assert art.source == "Điện Biên Phủ"
    assert art.source_kind == "newspaper"
    assert "ĐBP" in art.source_aliases
    assert art.byline == PAGE_BYLINE
    assert art.body == [PAGE_LEDE, *PAGE_PARAS]
    assert art.captions == [(0, PAGE_CAPTIONS[0]), (2, PAGE_CAPTIONS[1])]
    assert art.dateline == "November 3"
    assert [(t.title, t.section, t.summary) for t in art.teasers] == [
        ("Village library opens its doors to children", ["CULTURE", "TOURISM"], "A new library."),
        (
            "Border guards help families repair houses",
            ["NEWS", "POLITICS"],
            "Soldiers and villagers work.",
        ),
    ]
    start, end = art.span
    assert dump.text[start:end].startswith(PAGE_TITLE)


def test_page_without_byline_or_captions():
    dump = parse_text(page_text(byline=False, captions=False))
    (art,) = dump.articles
    assert art.byline == ""
    assert art.captions == []
    assert art.body == [PAGE_LEDE, *PAGE_PARAS]


def test_several_pages_in_one_file():
    second = page_text().replace(PAGE_TITLE, "Second page title about a new bridge")
    text = page_text(teasers=False) + "\n" + second + "\n" + page_text(byline=False)
    dump = parse_text(chunk(text, 512))
    assert [a.title for a in dump.articles] == [
        PAGE_TITLE,
        "Second page title about a new bridge",
        PAGE_TITLE,
    ]
    assert [len(a.teasers) for a in dump.articles] == [0, 2, 2]
    assert [a.byline for a in dump.articles] == [PAGE_BYLINE, PAGE_BYLINE, ""]


def test_other_newspaper_alias_and_wire_dateline():
    page = page_text().replace("ĐBP - ", "HNM - ")
    (art,) = parse_text(page).articles
    assert (art.source, art.source_kind, art.source_aliases) == ("HNM", "newspaper", ["HNM"])
    wire = (
        "Port city hosts trade fair\n\nHai Phong (VNA) – The city opened a trade fair on June 4 "
        "with two hundred booths from ten provinces, the organisers said.\n\n"
        "The fair will run until the end of the week./.\n\nSource: VNA\n\n"
        "Robot maker opens office\n\nSINGAPORE, June 5, 2024 /PRNewswire/ -- A robot maker "
        "opened a regional office today, its third in Asia.\n"
    )
    first, second = parse_text(wire).articles
    assert (first.source, first.dateline, first.published_date) == (
        "Vietnam News Agency",
        "June 4",
        datetime.date(2024, 6, 4),  # the year of the release's full date in the same file
    )
    assert (second.source, second.source_kind) == ("PR Newswire", "press_release")
    assert second.published_date == datetime.date(2024, 6, 5)


def test_page_of_only_chrome_has_no_article():
    text = "Comment\n\nYou have 500/500 characters left\n\n" + teaser_text()
    dump = parse_text(text)
    assert dump.articles == []
    assert len(dump.teasers) == 2


def test_mixed_shapes_in_one_file():
    dump = parse_text(page_text() + "\n" + wire_text() + press_text())
    kinds = [a.source_kind for a in dump.articles]
    assert kinds == ["newspaper", "wire", "wire", "press_release"]


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\r\n ", b"\xef\xbb\xbf"])
def test_empty_dump(data):
    dump = parse_bytes(data, "empty.txt")
    assert dump.articles == []
    assert any("empty" in w for w in dump.warnings)


def test_binary_dump_raises_one_line_error():
    data = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff" + bytes(range(256)) * 4
    with pytest.raises(DumpError) as err:
        parse_bytes(data, "bad.bin")
    message = str(err.value)
    assert message.startswith("bad.bin: not a text dump")
    assert "\n" not in message


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_parse_or_raise_dump_error(data):
    try:
        dump = parse_bytes(data, "fuzz.bin")
    except DumpError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(dump, ParsedDump)
        to_score_json([dump])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_any_text_parses(text, encoding):
    data = text.encode(encoding, errors="surrogatepass")
    try:
        dump = parse_bytes(data, "fuzz.txt")
    except DumpError:
        return
    json.dumps(to_score_json([dump]))


# --- the shared gold ----------------------------------------------------------------------


def test_score_on_shared_gold():
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared (seeds, gold and scorer) is not available")
    preds = to_score_json(
        [parse_bytes(p.read_bytes(), p.name) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    )
    overall, metrics, notes = score(preds, SHARED / "gold")
    assert overall >= 0.98, (metrics, notes)
    assert min(metrics.values()) >= 0.95, metrics


# --- damage at the seams: few cuts, markers cut in two --------------------------------------


def test_footer_cut_in_two_keeps_the_next_title():
    text = wire_text().replace("Source: Vietnam News Agency", "Source: Vietnam\nNews Agency", 1)
    dump = parse_text(text)
    assert [a.title for a in dump.articles] == [t for t, _ in WIRE_STORIES]
    assert [a.source for a in dump.articles] == ["Vietnam News Agency"] * 2
    text = wire_text().replace("Source: Vietnam News Agency", "Source: Vietnam Ne\nws Agency", 1)
    assert [a.title for a in parse_text(text).articles] == [t for t, _ in WIRE_STORIES]


def test_distribution_line_cut_in_two():
    text = press_text().replace("GlobeNewswire Distribution", "GlobeN\newswire Distribution")
    dump = parse_text(text)
    assert f"\nGlobeNewswire Distribution ID {PRESS_ID}" in dump.text
    (art,) = dump.articles
    assert (art.source, art.external_id) == ("GlobeNewswire", PRESS_ID)


def test_damaged_distribution_name_gives_way_to_the_dateline():
    text = press_text().replace("GlobeNewswire Distribution", "obeNewswire Distribution")
    (art,) = parse_text(text).articles
    assert art.source == "GlobeNewswire"


def test_lone_cuts_in_prose_of_one_line_paragraphs_are_glued():
    # two cuts only, in different stories: no chunk size, and "with|out" are two common words
    text = wire_text().replace("without the paperwork", "with\nout the paperwork")
    text = text.replace("city of Quy Nhơn", "city of Quy\nNhơn")
    dump = parse_text(text)
    assert dump.chunk_size is None
    assert bodies(dump) == bodies(parse_text(wire_text()))


def test_hard_wrapped_text_is_not_glued():
    para = (
        "The committee met on Monday to discuss the plan for the new school year.\n"
        "Teachers from twelve districts attended the meeting in the provincial hall.\n"
        "They agreed to open three new classrooms before the end of the summer.\n"
    )
    text = "Schools get ready\n\n" + para * 4
    assert find_cuts(text).cuts == []


def test_contact_lines_are_not_glued():
    text = press_text().replace(
        "Media Contact:\nLotus Robotics\n", "Media Contact:\nLotus Robotics\npress@lotus.example\n"
    )
    damaged = chunk(text, 512)
    report = find_cuts(damaged)
    assert "Lotus Robotics\npress@lotus.example" in repair_cuts(damaged, report.cuts)


def test_teaser_lines_cut_without_chunk_size():
    text = page_text().replace("    ĐBP - A new library.", "    ĐBP -\nA new library.")
    text = text.replace("    NEWS - POLITICS -", "    NEWS\n- POLITICS -")
    text = text.replace("\n    Border guards help families", "\n    Border guards help\nfamilies")
    (art,) = parse_text(text).articles
    assert [(t.title, t.section, t.summary) for t in art.teasers] == [
        ("Village library opens its doors to children", ["CULTURE", "TOURISM"], "A new library."),
        (
            "Border guards help families repair houses",
            ["NEWS", "POLITICS"],
            "Soldiers and villagers work.",
        ),
    ]


def test_section_path_that_lost_its_dash():
    text = page_text().replace("    NEWS - POLITICS -\n", "    NEWS - POLITICS\n")
    (art,) = parse_text(text).articles
    assert art.teasers[1].section == ["NEWS", "POLITICS"]
    assert art.teasers[1].summary == "Soldiers and villagers work."


def test_byline_cut_before_the_comment_box():
    text = page_text().replace("Lò Thị Hoa\nComment", "Lò Thị\nHoa\nComment")
    (art,) = parse_text(text).articles
    assert art.byline == PAGE_BYLINE


def test_grid_walk_steps_over_a_dropped_fragment():
    from articles.importers.dumps.chunks import _on_grid

    text = "x" * 50 + "\n" + "y" * 50 + "ab\ncd" + "z" * 50
    assert _on_grid(text, 50, set()) == 50
    cut = text.index("ab\ncd") + 2
    assert _on_grid(text, cut - 3, {cut}) == cut  # the grid point, moved by a lost fragment
    assert _on_grid(text, 20, {cut}) is None


def test_caption_before_the_byline():
    caption = "Farmers carry seedlings to a terraced field."
    chrome = "Comment\n\nYou have 500/500 characters left\n"

    def page(last: str, byline: bool = True) -> str:
        parts = [PAGE_TITLE, PAGE_LEDE, PAGE_PARAS[0], last]
        return "\n\n".join(parts) + "\n\n" + (PAGE_BYLINE + "\n" if byline else "") + chrome

    (art,) = parse_text(page(caption)).articles
    assert art.body == [PAGE_LEDE, PAGE_PARAS[0]]
    assert art.captions == [(1, caption)]
    # a short closing sentence of a report stays in the body
    closing = "The work is expected to finish next month."
    (art,) = parse_text(page(closing)).articles
    assert art.body == [PAGE_LEDE, PAGE_PARAS[0], closing]
    # and so does the last paragraph of a page without byline
    (art,) = parse_text(page(caption, byline=False)).articles
    assert art.body[-1] == caption


def test_story_without_footer_takes_its_neighbours_source():
    stories = wire_text().split("Source: Vietnam News Agency\n\n")
    text = stories[0] + stories[1] + "Source: Vietnam News Agency\n\n"
    dump = parse_text(text)
    assert [a.title for a in dump.articles] == [t for t, _ in WIRE_STORIES]
    assert [a.source for a in dump.articles] == ["Vietnam News Agency"] * 2


def test_truncated_footer_that_begins_two_sources_is_the_wire():
    text = wire_text().replace("Source: Vietnam News Agency", "Source: Vietnam New", 1)
    dump = parse_text(text)
    assert dump.articles[0].source == "Vietnam News Agency"


def test_teaser_title_that_lost_its_last_characters():
    text = page_text().replace(
        "  • 'Village library opens its doors to children",
        "  • 'Village library opens its doors to child",
    )
    (art,) = parse_text(text).articles
    assert (art.teasers[0].title, art.teasers[0].summary) == (
        "Village library opens its doors to children",
        "A new library.",
    )


def test_two_words_or_one_settled_by_the_text_itself():
    from articles.importers.dumps.wordjoin import DocWords

    text = "The growing area is large. Every area has a code. The farm grows rice.\n"
    assert join_separator("growing are", "a codes", DocWords(text)) == ""
    text = "Rates rose by two per cent. They fell by one per cent later.\n"
    assert join_separator("by five per", "cent of", DocWords(text)) == " "


def test_a_teaser_title_with_an_apostrophe_of_its_own():
    """The bullet's stray quote goes even when the title has an apostrophe followed by a space
    ("Laos' province"): the clean repeat on the next line is the title."""
    tail = (
        "\nRecent news\n\n"
        "  • 'Delegation works with Laos' northern province\n\n"
        "    Delegation works with Laos' northern province\n\n"
        "    NEWS - POLITICS -\n"
        "    ĐBP - Officials of the two provinces signed a plan for border trade.\n"
    )
    dump = parse_text(page_text() + tail)
    teasers = [t for a in dump.articles for t in a.teasers] + dump.teasers
    (teaser,) = [t for t in teasers if "Laos" in t.title]
    assert teaser.title == "Delegation works with Laos' northern province"
    assert teaser.section == ["NEWS", "POLITICS"]
    assert teaser.summary.startswith("Officials of the two provinces")


def test_contact_lines_ending_in_an_address_keep_their_line_break():
    text = press_text().replace(
        "GlobeNewswire Distribution",
        "Investors: Lan Pham, Example Corp, ir@examplecorp.example\n"
        "Media: Minh Do, Example Communications, press@example.com\n\nGlobeNewswire Distribution",
    )
    dump = parse_text(text + wire_text())  # enough one-line paragraphs for the layout rule
    assert "ir@examplecorp.example\nMedia: Minh Do" in dump.text  # not taken for a cut
    body = " ".join(dump.articles[0].body)
    assert "ir@examplecorp.example Media: Minh Do" in " ".join(body.split())
    for size in (300, 512):  # and when chunk cuts are found elsewhere in the text
        chunked = parse_text(chunk(text + wire_text(), size))
        assert chunked.chunk_size == size
        body = " ".join(chunked.articles[0].body)
        assert "ir@examplecorp.example Media: Minh Do" in " ".join(body.split()), size


def test_footer_cut_after_its_label_with_the_space_on_the_next_line():
    text = wire_text().replace("Source: Vietnam News Agency", "Source:\n Vietnam News Agency", 1)
    dump = parse_text(text)
    assert [a.title for a in dump.articles] == [t for t, _ in WIRE_STORIES]
    assert [a.source for a in dump.articles] == ["Vietnam News Agency"] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "He asked the contractors to finish the drainage before the rainy season.",
        "The project widened the road to six lanes between the airport and the city centre.",
        "On the same day, the delegation visited several families and presented gifts to them.",
        "According to the district, the cooperative plans to open a shop in the provincial city.",
        "Each member now earns between VNĐ2 million and VNĐ3 million a month from weaving.",
        "The province has 87 cooperatives working in farming.",
        "The savings groups are the backbone of the programme.",
        "The ceremony is held every three years at the village gate.",
        "The valley covers about 4,500 hectares of rice fields.",
        "The idea came from the women's union of the ward.",
        "The secretary called on businesses to join hands with the farmers.",
        "The tournament runs until July 14 at the provincial sports centre.",
        "“We want every child to finish school,” the principal told the visitors.",
    ],
)
def test_a_short_sentence_that_tells_what_happened_is_no_caption(sentence):
    text = page_text().replace(PAGE_PARAS[1], PAGE_PARAS[1] + "\n\n" + sentence)
    art = parse_text(text).articles[0]
    assert sentence in art.body
    assert [text for _, text in art.captions] == PAGE_CAPTIONS  # the photo captions still are


def test_a_long_press_release_headline_is_still_the_title():
    title = (
        "Lotus Robotics Announces Warehouse Automation Partnership in Southeast Asia with Three "
        "Regional Logistics Operators, Expanding Its Autonomous Mobile Robot Fleet to Twelve "
        "Distribution Centres and Opening a Service and Training Hub for the Whole Region"
    )
    assert 250 < len(title) <= 300
    art = parse_text(press_text().replace(PRESS_TITLE, title)).articles[0]
    assert art.title == title and not art.body[0].startswith("Lotus Robotics Announces")


def test_a_row_of_figures_is_no_phone_number():
    """A chunk cut inside a table row ("EBITDA 38 2|1 117 74") is not kept as a line break
    because its second half looks like a phone number: those have eight digits or more."""
    assert not is_contact("1 117 74") and not is_contact("38 21 117 74")
    assert is_contact("+84 24 3825 1234") and is_contact("(617) 555-0183")
    assert is_contact("press@example.com") and is_contact("www.example.com")


def test_a_title_cut_in_two_in_a_short_dump_is_one_title():
    """Too few cuts to show a chunk size, but a title is one line: its second half rejoins it."""
    _, paragraphs = WIRE_STORIES[0]
    title = "Mountain province opens markets for 20 border villages"
    story = "\n\n".join([title, *paragraphs]) + "\n\nSource: Vietnam News Agency\n"
    dump = parse_text(story.replace("for 20 border", "for\n20 border"))
    assert dump.articles[0].title == title
    assert [norm(p) for p in dump.articles[0].body] == [norm(p) for p in paragraphs]


@pytest.mark.parametrize("cut", ["Vietnam News", "V"])
def test_a_wire_footer_cut_short_names_the_wire(cut):
    """'Source: Vietnam News' closing a wire story is the agency's name cut short, not the
    newspaper of that name; 'Source: V' takes the wire of the neighbouring stories."""
    text = wire_text().replace("Source: Vietnam News Agency", f"Source: {cut}", 1)
    assert [a.source for a in parse_text(text).articles] == ["Vietnam News Agency"] * 2


def test_an_email_address_cut_in_two_is_glued_back():
    text = press_text().replace(
        "GlobeNewswire Distribution",
        "E-mail: media@lotusrobotics.example\n\nGlobeNewswire Distribution",
    )
    damaged = chunk(text.replace("E-mail: media@", "E-mail: m|edia@") + wire_text(), 400)
    damaged = damaged.replace("m|edia@", "m\nedia@")
    assert "E-mail: media@lotusrobotics.example" in parse_text(damaged).text
