"""The parser's general mechanisms: layout statistics, the story grammar, repetition inside a
dump, source profiles passed in as data, confidence. Texts are written here; none copies a
corpus."""

from __future__ import annotations

import datetime

import pytest

from articles.importers.dumps import grammar, parse_text
from articles.importers.dumps.profiles import DEFAULT_PROFILES, SourceProfile
from articles.importers.dumps.unwrap import _glue, measure, relayout


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no cache."""
    yield


def wrap(text: str, width: int, indent: str = "    ") -> str:
    """Hard-wrap each paragraph greedily at ``width``, its first line indented."""
    out = []
    for para in text.split("\n\n"):
        line = indent
        for word in para.split():
            if len(line) + len(word) + (line.strip() != "") > width:
                out.append(line.rstrip())
                line = ""
            line += (" " if line.strip() else "") + word
        out.append(line.rstrip())
    return "\n".join(out)


PARAS = [
    "OSLO, March 3 - Norway's central bank left its main interest rate unchanged on Thursday "
    "and said it expected to keep it there for the rest of the year as inflation slows.",
    "The bank said growth in the mainland economy had been weaker than it forecast in "
    "December, while unemployment had risen slightly to four pct of the labour force.",
    "Economists polled last week had expected no change.",
]


def wire_copy(stories=3, width=64, signoff=" Dispatch") -> str:
    parts = []
    for n in range(stories):
        paras = [p.replace("OSLO", ["OSLO", "BERGEN", "TROMSO", "BODO"][n % 4]) for p in PARAS]
        parts.append(f"NORWAY RATE DECISION NUMBER {n + 1}")
        parts.append(wrap("\n\n".join(paras), width))
        parts.append(signoff)
    return "\n".join(parts) + "\n"


def test_layout_statistics_find_the_wrap_width_and_the_indentation():
    layout = measure(wire_copy())
    assert layout.kind == "hard-wrapped"
    assert 58 <= layout.width <= 64
    assert layout.indent_marks
    assert measure("\n\n".join(PARAS * 4)).kind == "paragraph-lines"


def test_hard_wrapped_paragraphs_are_unwrapped_and_split_at_indentation():
    text, _ = relayout(wrap("\n\n".join(PARAS * 3), 60))
    assert [p.strip() for p in text.split("\n\n") if p.strip()] == PARAS * 3


def test_hyphen_at_a_wrap_joins_a_word_and_keeps_a_compound():
    assert _glue(["rains, alle-", "viating the drought"]) == "rains, alleviating the drought"
    assert _glue(["a placebo-", "controlled study"]) == "a placebo-controlled study"


def test_unknown_agency_sign_off_is_learned_from_repetition():
    dump = parse_text(wire_copy(stories=4), "wire.txt")
    assert [a.title for a in dump.articles] == [
        f"NORWAY RATE DECISION NUMBER {n}" for n in range(1, 5)
    ]
    for art in dump.articles:
        assert len(art.body) == 3
        assert not any("Dispatch" in p for p in art.body)
        assert art.byline == ""  # the sign-off word is no byline


def test_a_sign_off_said_once_is_not_learned():
    (art,) = parse_text(wire_copy(stories=1), "wire.txt").articles
    assert art.body[-1] == "Dispatch"  # nothing tells it from a paragraph
    assert art.byline == ""  # but one bare word is never taken for a byline


def story_paras(n: int) -> list[str]:
    """PARAS, each story's a little longer than the last (no two alike)."""
    more = " It was the bank's first meeting under its new governor." * n
    place = ["OSLO", "KRISTIANSAND", "BODO"][n]
    return [PARAS[0].replace("OSLO", place), PARAS[1] + more, PARAS[2]]


def test_one_line_per_paragraph_without_blank_lines():
    text = "\n".join(
        line
        for n in range(3)
        for line in (f"Rate decision number {n + 1}", *story_paras(n), "(END)")
    )
    dump = parse_text(text, "lines.txt")
    assert len(dump.articles) == 3
    assert dump.articles[1].body == story_paras(1)


@pytest.mark.parametrize(
    ("line", "text", "agency"),
    [
        ("BANGKOK, Thailand — The army said", "BANGKOK, Thailand", ""),
        ("KUALA LUMPUR: The government said", "KUALA LUMPUR", ""),
        ("LONDON, March 3 (Reuters) - Oil rose", "LONDON, March 3", "Reuters"),
        ("SEOUL, March 5 (Yonhap) -- South Korea", "SEOUL, March 5", "Yonhap"),
        ("NEW YORK--(BUSINESS WIRE)--Acme said", "NEW YORK", "BUSINESS WIRE"),
        ("SAN JOSE, Calif., June 5, 2024 /PRNewswire/ -- Acme", "SAN JOSE, Calif.", "PRNewswire"),
        ("AUSTIN, TX / ACCESSWIRE / March 12, 2025 / Acme Corp", "AUSTIN, TX", "ACCESSWIRE"),
        (
            "Vancouver, BC--(Newsfile Corp. - March 3, 2025) - Acme",
            "Vancouver, BC",
            "Newsfile Corp.",
        ),
        ("WASHINGTON (AP) _ The Senate voted", "WASHINGTON", "AP"),
    ],
)
def test_the_general_dateline_grammar(line, text, agency):
    found = grammar.dateline(line)
    assert found is not None and found.strong
    assert found.text.startswith(text)
    assert found.agency == agency


@pytest.mark.parametrize(
    "line",
    [
        "The Confederation of Labour (VGCL) - the union",
        "Prime Minister Pham Minh Chinh - a leader",
        "NPC is a malignant tumour of the nasopharynx",
        "In Hanoi - as elsewhere - prices rose",
    ],
)
def test_prose_is_no_dateline(line):
    assert grammar.dateline(line) is None


def test_bylines_signoffs_chrome_and_credits():
    assert grammar.byline("By Jane Doe, Associated Press") == "Jane Doe"
    assert grammar.byline("By Minh Anh (minh@example.com)") == "Minh Anh"
    assert grammar.byline("By the end of the year, prices rose.") == ""
    for line in ("(END)", "Enditem", "— AFP", "(Reporting by A; Editing by B)", "###"):
        assert grammar.signoff(line), line
    assert not grammar.signoff("- The end of it all is near")
    assert grammar.url_release_id(
        "View original content: https://www.prnewswire.com/news-releases/x-302145678.html"
    ) == ("302145678")
    for line in ("Share:", "Facebook Twitter Zalo", "Tags: rice, Mekong", "© 2025 Daily Star"):
        assert grammar.chrome(line), line
    assert not grammar.chrome("Share prices rose on Monday.")
    assert grammar.copyright_owner("© Copyright 1997-2025 Daily Star. All rights reserved.") == (
        "Daily Star"
    )
    assert grammar.photo_credit("Farmers at the market. Photo: Minh Anh") == "Minh Anh"
    assert grammar.photo_credit("Farmers said the photo was fine.") == ""


STORY = (
    "Harbour dredging to start in spring\n\n"
    "By Lena Berg, Coast Courier\n\n"
    "BERGEN — Dredging of the inner harbour will start in April and take two years, the port "
    "authority said on Tuesday, after a decade of delays over the cost of moving the silt.\n\n"
    "The work will deepen the channel to 14 metres so that larger cruise ships can dock.\n\n"
    "Ferry traffic in the harbour will go on as usual during the work.\n\n"
    "Enditem\n\n"
    "Museum reopens after renovation\n\n"
    "TROMSO — The polar museum reopened on Wednesday after a renovation that took three "
    "years and doubled its exhibition space, its director told reporters at the opening.\n\n"
    "Entry will be free for the first month.\n\n"
    "Enditem\n"
)


def test_byline_under_headline_and_sign_off_between_stories():
    first, second = parse_text(STORY, "story.txt").articles
    assert first.title == "Harbour dredging to start in spring"
    assert first.byline == "Lena Berg"
    assert first.body[0].startswith("BERGEN — Dredging")
    assert first.dateline == "BERGEN"
    assert second.title == "Museum reopens after renovation"
    assert "Enditem" not in " ".join(first.body + second.body)


def test_profiles_are_data_a_new_suppliers_sign_off_and_name():
    courier = SourceProfile("Coast Courier", "wire", ("CC",), signoffs=("Enditem",))
    dump = parse_text(STORY, "story.txt", profiles=(*DEFAULT_PROFILES, courier))
    assert [a.source for a in dump.articles] == ["Coast Courier", "Coast Courier"]
    unknown = parse_text(STORY, "story.txt")
    assert unknown.articles[0].source != "Coast Courier"


def test_confidence_and_doubts():
    dump = parse_text(STORY, "story.txt")
    doubtful = dump.articles[0]
    assert "no source found" in doubtful.doubts
    assert doubtful.confidence < 1.0
    courier = SourceProfile("Coast Courier", "wire", signoffs=("Enditem",))
    sure = parse_text(STORY, "story.txt", profiles=(courier,)).articles[0]
    assert sure.doubts == [] and sure.confidence == 1.0


def test_a_dateline_without_year_takes_the_year_of_the_dumps_evidence():
    text = (
        "Fair opens\n\nLONDON, March 3 (Reuters) - A trade fair opened on Monday with two "
        "hundred booths from ten countries, the organisers said.\n\nIt runs all week.\n\n"
        "(END)\n\nRelease\n\nPARIS, April 2, 2024 /PRNewswire/ -- A robot maker opened a "
        "regional office today, its third in Europe, the company said.\n"
    )
    fair = parse_text(text, "x.txt", today=datetime.date(2026, 12, 4)).articles[0]
    assert fair.published_date == datetime.date(2024, 3, 3)
    assert any("2024 inferred" in w for w in fair.warnings)
    alone = parse_text(text.split("(END)")[0], "x.txt", today=datetime.date(2026, 2, 1))
    assert alone.articles[0].published_date == datetime.date(2025, 3, 3)  # never the future


PAGE = (
    "Economy > Agriculture\n"
    "Rice exports climb to a record\n"
    "Tuesday, March 4, 2025 | 14:35 GMT+7\n"
    "Share: Facebook Twitter\n\n"
    "Rice exports rose to a record in the first two months of the year as buyers in the "
    "Philippines and Indonesia stocked up ahead of the dry season, traders said on Monday.\n\n"
    "Farmers dry rice on a road in the delta. Photo by Daily Star/Minh Anh\n\n"
    "Prices for five percent broken rice rose to 580 dollars a tonne, the highest in a "
    "decade, and exporters said they expected demand to stay strong until June at least.\n\n"
    "By Minh Anh\n\n"
    "Tags: rice, exports\n"
    "© Copyright 2025 Daily Star. All rights reserved.\n\n"
    "Related news\n\n"
    "Coffee prices fall on rain forecast\n"
    "Monday, March 3, 2025 | 09:40\n\n"
    "Pepper farmers switch to durian\n"
    "Sunday, March 2, 2025 | 18:02\n"
)


def test_page_chrome_credits_and_teasers_in_another_layout():
    (art,) = parse_text(PAGE, "page.txt").articles
    assert art.title == "Rice exports climb to a record"
    assert art.byline == "Minh Anh"
    assert len(art.body) == 2
    assert [c for _, c in art.captions] == [
        "Farmers dry rice on a road in the delta. Photo by Daily Star/Minh Anh"
    ]
    assert art.source == "Daily Star"  # no lede prefix: the copyright line and the credit
    assert [t.title for t in art.teasers] == [
        "Coffee prices fall on rain forecast",
        "Pepper farmers switch to durian",
    ]


UNMARKED = (
    "Mountain province opens new border market\n\n"
    "Lai Chau province opened a new border market with China on Monday, giving farmers in "
    "three districts a place to sell cardamom, tea and vegetables, officials said.\n\n"
    "The market has 120 stalls and will open every day except public holidays.\n\n"
    "Traders from both sides will pay the same fees, and customs officers will work there.\n\n"
    "Hanoi extends bike-sharing scheme to outer districts\n\n"
    "Hanoi will extend its public bike-sharing scheme to five outer districts this year, "
    "adding 1,000 bikes and 80 stations, the city's transport department said on Tuesday.\n\n"
    "The scheme, launched in 2023, now has 2,500 bikes and 300,000 registered users.\n"
)


def test_stories_glued_with_no_mark_are_split_at_a_headline_before_a_lede():
    first, second = parse_text(UNMARKED, "unmarked.txt").articles
    assert second.title == "Hanoi extends bike-sharing scheme to outer districts"
    assert len(first.body) == 3 and len(second.body) == 2
    assert "story boundary guessed" in second.doubts
    assert second.confidence < first.confidence


def test_a_subheading_is_no_new_story():
    text = UNMARKED.replace(
        "Hanoi extends bike-sharing scheme to outer districts", "About the Market Board"
    )
    (art,) = parse_text(text, "release.txt").articles
    assert "About the Market Board" in art.body


def test_profiles_teach_lede_prefixes_and_caption_credits():
    page = (
        "Lantern festival draws crowds\n\n"
        "HTX - Thousands of visitors came to the old town on Saturday night for the lantern "
        "festival, which returned after three years, the organisers said.\n\n"
        "Lanterns float on the river at dusk. Picture HTX\n\n"
        "The festival runs until Tuesday, with boat parades every evening on the river.\n"
    )
    plain = parse_text(page, "page.txt").articles[0]
    assert "Lanterns float on the river at dusk. Picture HTX" in plain.body
    paper = SourceProfile(
        "Harbour Town Express",
        "newspaper",
        lede_prefixes=("HTX - ",),
        caption_credit=("Picture HTX",),
    )
    (art,) = parse_text(page, "page.txt", profiles=(*DEFAULT_PROFILES, paper)).articles
    assert art.source == "Harbour Town Express"
    assert [c for _, c in art.captions] == ["Lanterns float on the river at dusk. Picture HTX"]
