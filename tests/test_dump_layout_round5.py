"""The dump parser's fifth round: more evidence from the dump's own repetition and layout.

* short lines of figures whose shape recurs between stories (an item header, a trailer) are
  furniture, whatever the supplier's codes (``segment._repeated_codes``);
* a one-word label opening a line ("Utl.: ...") is never the wrapped end of the headline above;
* chunk cuts that break no word or sentence, once a wrapped block's own line ends are set aside,
  are no cuts;
* stamps led in by a few words, reading times, menus of items set apart by spaces;
* a caption whose credit stands on its own line ("Agency / Photographer"), or after its last
  sentence; the name under a page's headline with the date stamp straight under it;
* short lines between a story's end and the next page's head are that page's furniture.

Every dump here is invented (fictional people, firms and events) in a layout of its own.
"""

from __future__ import annotations

import textwrap

import pytest

from articles.importers.dumps import grammar, parse_text
from articles.importers.dumps.parse import repair_text
from articles.importers.dumps.segment import BLANK, CHROME, TEXT, segment, split_lines


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round5.txt")


def _teletype(paragraph: str) -> str:
    """A paragraph as teletype prints it: wrapped at 68 columns, its first line indented."""
    return textwrap.fill(paragraph, width=68, initial_indent="   ")


def wire_item(code: str, time: str, slug: str, title: str, place: str, firm: str) -> str:
    """One item of an invented agency's teletype service: header, slug, headline, a label line,
    an indented hard-wrapped body, an end code and a trailer."""
    lede = _teletype(
        f"{place} (ORA) - Das Unternehmen {firm} hat im abgelaufenen Geschäftsjahr den Umsatz "
        f"um neun Prozent auf 412 Mio. Euro gesteigert. Das teilte {firm} am Mittwoch bei der "
        f"Vorlage der vorläufigen Zahlen in {place} mit."
    )
    more = _teletype(
        f"Getragen wurde das Wachstum bei {firm} vor allem von Aufträgen aus Norwegen und "
        f"Schweden, sagte die Finanzvorständin. Für das laufende Jahr erwarte man in {place} "
        "ein ähnliches Plus, auch wenn die Energiekosten weiter hoch blieben."
    )
    return f"""{code} 5 WI 0{time[:2]}2 II                                  Mi, 14.Jan 2026

{slug}
{title}
Utl.: {firm} legt vorläufige Zahlen vor - Aufträge aus Skandinavien =
{lede}
{more}
(Schluss) {firm[:3].lower()}/wol

{code}    2026-01-14/{time}
"""


AGENCY_DUMP = (
    "ORA-Basisdienst - Auszug Wirtschaft\nRessort: WI\n\n"
    + wire_item(
        "ORA0211",
        "10:14",
        "Industrie/Oberösterreich/Bilanz",
        "Linzer Maschinenbauer Kessler steigert Umsatz um neun Prozent",
        "Linz",
        "Kessler Hydraulik",
    )
    + "\n"
    + wire_item(
        "ORA0260",
        "11:02",
        "Handel/Steiermark/Expansion",
        "Grazer Handelskette Obermayr eröffnet zwölf neue Filialen",
        "Graz",
        "Obermayr Handel",
    )
)


def test_repeated_item_headers_and_trailers_are_furniture():
    repaired, _, _ = repair_text(AGENCY_DUMP)
    lines = split_lines(repaired)
    codes = [ln for ln in lines if ln.text.startswith("ORA0")]
    assert len(codes) == 4
    assert all(ln.kind == CHROME for ln in codes)


def test_a_headline_is_taken_over_the_item_header_and_kept_apart_from_its_label_line():
    parsed = parse(AGENCY_DUMP)
    assert [a.title for a in parsed.articles] == [
        "Linzer Maschinenbauer Kessler steigert Umsatz um neun Prozent",
        "Grazer Handelskette Obermayr eröffnet zwölf neue Filialen",
    ]
    first = parsed.articles[0]
    assert first.body[0].startswith("Linz (ORA) - Das Unternehmen Kessler Hydraulik")
    assert len(first.body) == 2
    assert not any("ORA0" in p or "Utl.:" in p for a in parsed.articles for p in a.body)


def test_a_headline_with_a_figure_repeated_in_shape_is_not_furniture():
    """Titles that differ only by a number share a shape but are words, not codes."""
    text = "\n".join(
        line
        for n in range(3)
        for line in (
            f"Ferry timetable change number {n + 1}",
            f"KIRKWALL, Jan 14 - The island ferry will leave {n + 20} minutes later from "
            "Monday, the operator said in a statement to passengers.",
            "Reporting by Ewan Tulloch",
            "",
        )
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        f"Ferry timetable change number {n}" for n in (1, 2, 3)
    ]


def test_stamps_led_in_by_words_reading_times_and_spaced_menus():
    assert grammar.is_stamp("This content was published on January 14, 2026 - 13:47")
    assert grammar.is_stamp("Story first published on 14 Jan 2026 09:10")
    assert not grammar.is_stamp("The report was published on January 14, 2026.")
    for line in ("2 minutes", "1 minute", "5 min read", "Reading time: 4 minutes"):
        assert grammar.chrome(line), line
    assert not grammar.chrome("2 minutes later")


LEDE = (
    "Swiss ski resorts have taken a record number of bookings for the February school holidays, "
    "the national tourism office said on Wednesday, helped by early snow and a weaker franc."
)
PAGE = f"""Alpine News Service
English  Deutsch  Français  Italiano  Español
Ski resorts report record bookings for the February holidays
This content was published on January 14, 2026 - 08:30
3 minutes
Snow cannons at work above the village of Grindelwald in early January.
Alpine Photo / Marta Imhof
{LEDE}

Hotels in the Bernese Oberland reported occupancy above 90 percent for the first two weeks.

A ski lift at Adelboden carries its first guests of the season. Alpine Photo / Nico Steiner
The tourism office said bookings from Britain and the Netherlands had risen most sharply.
"""


def test_a_caption_with_its_credit_on_the_next_line_stays_out_of_the_story():
    (art,) = parse(PAGE).articles
    assert art.title == "Ski resorts report record bookings for the February holidays"
    assert art.body[0].startswith("Swiss ski resorts have taken a record number")
    captions = (
        [c for _, c in art.captions]
        if art.captions and isinstance(art.captions[0], tuple)
        else art.captions
    )
    assert any(c.startswith("Snow cannons at work") and "Marta Imhof" in c for c in captions)
    assert any("Nico Steiner" in c for c in captions)
    assert not any("Alpine Photo" in p or p == "3 minutes" for p in art.body)
    assert art.body[-1].startswith("The tourism office said bookings from Britain")


def test_a_credit_line_under_a_caption_is_no_section_path():
    lines = split_lines(
        "Snow cannons at work above the village in early January.\nAlpine Photo / Marta Imhof\n"
    )
    assert lines[1].kind == TEXT
    assert grammar.photo_credit(
        "A ski lift at Adelboden carries its first guests. Alpine Photo / Nico Steiner"
    )


STORY_THEN_PAGE = """Harbour dredging to start before the storms
HALBURG, Jan 14 - The harbour board approved a plan to dredge the eastern channel before the
winter storms, its chairman told reporters on Wednesday evening.
Work will begin next month and take eleven weeks, with night shifts for the ferries.
(End) hbr/kl

WEB   http://www.example-harbour.test
Copyright 2026 Harbour Wire Service

Coastal Gazette
Regions
Choir of ninety to open the restored market hall
Gazette Staff Reporter
Published January 14, 2026
A community choir of ninety singers will perform the town's first winter concert in the
restored market hall, organisers said, with tickets going on sale on Friday.

The hall reopened in September after a two-year restoration that uncovered a painted ceiling.
"""


def test_short_lines_before_a_page_head_are_furniture_and_the_stamped_name_is_the_byline():
    parsed = parse(STORY_THEN_PAGE)
    assert [a.title for a in parsed.articles] == [
        "Harbour dredging to start before the storms",
        "Choir of ninety to open the restored market hall",
    ]
    page = parsed.articles[1]
    assert page.byline == "Gazette Staff Reporter"
    assert page.body[0].startswith("A community choir of ninety singers")
    assert not any("WEB" in p for a in parsed.articles for p in a.body)
    repaired, _, _ = repair_text(STORY_THEN_PAGE)
    second = segment(split_lines(repaired))[1]
    first_line = next(ln for ln in second.content if ln.kind != BLANK)
    assert first_line.text == "Choir of ninety to open the restored market hall"
    assert any(ln.text.startswith("WEB") for ln in second.chrome)


def test_a_stray_line_break_outside_a_wrapped_block_is_not_repaired_as_a_cut():
    """A dump with a hard-wrapped teletype block and a web page: the wrap's regular line ends
    fake a chunk period; what is left outside the block breaks no word or sentence."""
    text = AGENCY_DUMP + "\n" + PAGE
    repaired, report, _ = repair_text(text)
    assert "08:30\n3 minutes" in repaired
    assert not report.cuts
