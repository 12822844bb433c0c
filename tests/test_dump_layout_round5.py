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
from articles.importers.dumps.lines import BLANK, CHROME, TEXT, split_lines
from articles.importers.dumps.parse import repair_text
from articles.importers.dumps.profiles import DEFAULT_PROFILES, SourceProfile
from articles.importers.dumps.segment import segment


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


def test_an_agency_name_with_its_staff_by_role_in_brackets_closes_a_story():
    assert grammar.signoff("NORDA (EN - author: Liis Kask, editor: Marko Tamm)")
    assert grammar.signoff("NORDA (ET - author: A. Saar, editor: K. Ots; EN - translator: J. Lepp)")
    assert not grammar.signoff("The ministry (author of the plan) said it would wait.")
    text = "\n\n".join(
        [
            "English 14-01-2026 10:05",
            "Tallinn port opens a second ferry berth for winter traffic",
            "TALLINN, Jan 14 /Norda/ - The port of Tallinn opened a second berth on Wednesday to "
            "handle the winter ferry traffic to Helsinki, the port authority said.",
            "NORDA (EN - author: Liis Kask, editor: Marko Tamm)",
            "English 14-01-2026 12:40",
            "Estonian skier Kadri Lepik wins the Otepää sprint in front of a home crowd",
            "Estonian skier Kadri Lepik won the World Cup sprint at Otepää on Wednesday, the "
            "first home win for an Estonian woman in the event since it was first held.",
            "NORDA (EN - author: Peeter Rand, editor: Marko Tamm)",
        ]
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Tallinn port opens a second ferry berth for winter traffic",
        "Estonian skier Kadri Lepik wins the Otepää sprint in front of a home crowd",
    ]
    assert not any("author:" in p for a in parsed.articles for p in a.body)


def release(code: str, time: str, title: str, place: str, firm: str) -> str:
    """A distributor's release: item header, topics, headline, lede, a rule, the company's
    boilerplate under a heading, the contact."""
    return f"""{code}, 14. Jän. 2026, {time}
Wirtschaft, Handel, Tirol
{title}

{place} (NRS) - Die {firm} eröffnet im Frühjahr drei neue Standorte in Tirol und schafft dabei \
rund 60 Arbeitsplätze, teilte das Unternehmen am Mittwoch in {place} mit.

Die Investitionen der {firm} belaufen sich auf insgesamt 14 Mio. Euro, der Großteil fließt in \
Kühltechnik und Photovoltaikanlagen auf den Dächern der neuen Märkte rund um {place}.

****

Über die {firm}

Die {firm} betreibt 48 Filialen in Westösterreich und beschäftigt rund 1.900 Mitarbeiterinnen \
und Mitarbeiter, davon 120 Lehrlinge in elf verschiedenen Berufen.

Rückfragen & Kontakt:
{firm}
presse@{firm.split()[0].lower()}.example
"""


def test_a_code_header_over_the_head_is_furniture_and_the_release_goes_on_past_a_rule():
    text = (
        "NRS\nNewsroom Release Service\n\n"
        + release(
            "NRS0031",
            "09:10",
            "Handelskette Bergmann eröffnet drei Märkte in Tirol",
            "Innsbruck",
            "Bergmann Handel GmbH",
        )
        + "\n"
        + release(
            "NRS0077",
            "13:45",
            "Kaufhaus Lechner baut Filialnetz im Tiroler Oberland aus",
            "Landeck",
            "Lechner Kaufhaus GmbH",
        )
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Handelskette Bergmann eröffnet drei Märkte in Tirol",
        "Kaufhaus Lechner baut Filialnetz im Tiroler Oberland aus",
    ]
    first = parsed.articles[0]
    assert first.body[0].startswith("Innsbruck (NRS) - Die Bergmann Handel GmbH")
    assert any(p.startswith("Die Bergmann Handel GmbH betreibt 48 Filialen") for p in first.body)
    assert not any(p.startswith("NRS00") for a in parsed.articles for p in a.body)


def test_a_page_naming_no_supplier_takes_its_neighbours_when_their_stamps_share_a_shape():
    def page(kicker, title, stamp, lede, more, credit=""):
        return "\n".join([kicker, title, stamp, *([credit] if credit else []), lede, "", more, ""])

    text = "\n".join(
        [
            "Baltic Courier",
            page(
                "Economy",
                "Riga port handles record container volume in December",
                "14.01.2026 09:12",
                "The Freeport of Riga handled a record 52,000 containers in December, the port "
                "authority said on Wednesday, as new rail links to Central Asia took more cargo.",
                "As Baltic Courier reported, container volumes had fallen for two years before.",
                credit="Photo: Baltic Courier",
            ),
            page(
                "Culture",
                "Latvian choir festival to add an autumn edition in Liepāja",
                "14.01.2026 15:40",
                "The organisers of the Latvian choir festival will hold a first autumn edition in "
                "Liepāja in October, with thirty choirs from the three Baltic states invited.",
                "Tickets will go on sale in May, the organisers said.",
            ),
            "",
            "Italian rail operator orders forty regional trains",
            "ROME, Jan 14 (ANSA) - Italy's regional rail operator has ordered forty new trains "
            "for lines in the south, the company said on Wednesday.",
            "",
        ]
    )
    # an editor has taught the parser the agency (a Source row in the admin): its own web
    # pages name it in their furniture only, and not on every page
    known = [*DEFAULT_PROFILES, SourceProfile("Baltic Courier", "wire", ("Baltic Courier",))]
    parsed = parse_text(text, "round5.txt", profiles=known)
    assert [a.title for a in parsed.articles] == [
        "Riga port handles record container volume in December",
        "Latvian choir festival to add an autumn edition in Liepāja",
        "Italian rail operator orders forty regional trains",
    ]
    assert parsed.articles[0].source == "Baltic Courier"
    assert parsed.articles[2].source == "ANSA"
    assert parsed.articles[1].source == "Baltic Courier"
    assert "source taken from a neighbouring story" in parsed.articles[1].doubts


def distributor_release(number: int, section: str, title: str, deck: str, firm: str) -> str:
    """A release as a small distributor's site prints it: section, headline, deck and the
    bracketed-distributor lede with no blank line between them, then a contact block with a
    button in it, then the release's address."""
    return f"""{section}
{title}
{deck}
(NewsDrop) January 14th, 2026 {firm} announced on Wednesday that it will open a second site \
in the spring, adding forty jobs over the next two years, the company said in a statement.

The new site will focus on repairs and refurbishment, the company said.

Press Contact
Name: Alex Morgan
Email: Send Email
Phone: 555-0100
Website: https://www.{firm.split()[0].lower()}.example

Original Source: https://www.newsdrop.example/?p={number}
Share: Twitter | Facebook | LinkedIn
"""


def test_a_headline_over_its_deck_over_the_lede_and_a_contact_block_with_a_button():
    text = (
        "NewsDrop\nHome | Submit Press Release | Pricing\n"
        + distributor_release(
            341101,
            "Business",
            "Harbor Bikes Opens a Second Workshop in Tacoma",
            "Repair-first workshop to hire forty mechanics",
            "Harbor Bikes",
        )
        + "\n"
        + distributor_release(
            341117,
            "Home & Garden",
            "Greenway Tools Expands Its Refurbished Mower Program",
            "Refurbished mowers to be sold with a three-year warranty",
            "Greenway Tools",
        )
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Harbor Bikes Opens a Second Workshop in Tacoma",
        "Greenway Tools Expands Its Refurbished Mower Program",
    ]
    first, second = parsed.articles
    assert first.subtitle == "Repair-first workshop to hire forty mechanics"
    assert first.body[0].startswith("(NewsDrop) January 14th, 2026 Harbor Bikes")
    assert "Website: https://www.harbor.example" in first.body[-1]  # the block went on
    assert (first.external_id, second.external_id) == ("341101", "341117")
    assert not any("Original Source" in p for a in parsed.articles for p in a.body)


def gazette_page(title: str, standfirst: str, author: str, caption: str, lede: str) -> str:
    return "\n".join(
        [
            "Delta Gazette",
            "Home | Nation | Business | Culture",
            title,
            standfirst,
            f"By {author}",
            "Published On 14 Jan 2026",
            "Share",
            caption,
            lede,
            "",
        ]
    )


def test_a_list_of_teasers_with_screen_reader_marks_amid_a_story_and_a_lede_after_the_photo():
    page = gazette_page(
        "River ferries return to the delta after the dry season",
        "Boat owners say deeper channels have cut crossing times by half.",
        "Ines Carvalho",
        "A ferry leaves the jetty at Barra do Sul in early January [File: Ines Carvalho/Delta "
        "Gazette]",
        "Barra do Sul, Brazil – The first ferries of the season left the jetty at dawn on "
        "Wednesday, three weeks earlier than last year, after rains deepened the channels.",
    )
    text = page + "\n".join(
        [
            "",
            "The ferry cooperative said it would run twelve crossings a day until March.",
            "",
            "Recommended Stories",
            "list 1 of 3",
            "Cattle ranchers move herds to higher ground before the floods",
            "list 2 of 3",
            "A new bridge for the island villages is two years late",
            "list 3 of 3",
            "Why the delta's mangroves are spreading again",
            "end of list",
            "",
            "Fares will stay at last year's level, the cooperative's chairman said on Wednesday, "
            "despite higher fuel costs for the boat owners.",
            "",
            "The cooperative's forty boats carried more than two million passengers last year, "
            "most of them schoolchildren and market traders from the islands.",
            "",
        ]
    )
    (art,) = parse(text).articles
    assert art.title == "River ferries return to the delta after the dry season"
    assert art.byline == "Ines Carvalho"
    assert art.body[0].startswith("Barra do Sul, Brazil – The first ferries")
    assert art.body[-2].startswith("Fares will stay at last year's level")
    assert [t.title for t in art.teasers] == [
        "Cattle ranchers move herds to higher ground before the floods",
        "A new bridge for the island villages is two years late",
        "Why the delta's mangroves are spreading again",
    ]
    assert any("Ines Carvalho/Delta" in c for _, c in art.captions)


def test_an_unknown_publisher_named_by_its_masthead_and_its_own_addresses_is_the_source():
    def page(title, lede, more):
        return "\n".join(
            [
                "Nile Courier",
                "Home | Business | Culture | Sport",
                title,
                "Hoda Mansour , Wednesday 14 Jan 2026",
                lede,
                "",
                more,
                "",
                "Short link:",
                "https://english.nilecourier.com.eg/News/120044.aspx",
                "",
            ]
        )

    text = page(
        "Aswan ferry line adds two boats for the winter season",
        "The state ferry company will add two boats to its Aswan line from next week to cope "
        "with the winter rush of visitors to the islands, it said on Wednesday.",
        "The boats, built in Alexandria, can each carry 120 passengers.",
    ) + page(
        "Luxor museum reopens its jewellery hall after a restoration",
        "The crafts museum in Luxor reopened its jewellery hall on Wednesday after a two-year "
        "restoration funded by a European cultural foundation, the museum said.",
        "The hall holds more than 300 pieces made by craftsmen from the nineteenth century.",
    )
    parsed = parse(text)
    assert [a.source for a in parsed.articles] == ["Nile Courier", "Nile Courier"]


def test_a_head_block_glued_to_its_lede_after_a_story_opens_the_next_one():
    """No dateline the grammar knows, no stamp: only the layout says a new story starts."""

    def release(title: str, deck: str, lede: str, more: str) -> str:
        return "\n".join(
            [
                "WireBoard",
                "Global Release Distribution",
                title,
                deck,
                lede,
                "",
                more,
                "",
                f"The company gave more figures for its first year in a statement about "
                f"{title.split()[0]}, and said it had plans for the next one.",
                "",
                "Media Contact",
                "Company Name: Example Ltd",
                "Email: Send Email",
                "Country: United Kingdom",
                "",
            ]
        )

    text = (
        release(
            "Cardiff Bakery Chain Opens Its Tenth Shop",
            "Family firm to hire thirty bakers this spring",
            "WireBoard - /release/ - Cardiff, United Kingdom, 2026/01/14 - Bara Bakeries, a "
            "family firm founded in 1961, has opened its tenth shop in the city centre and will "
            "hire thirty bakers this spring, the company said.",
            "The new shop on Queen Street has a bakery school upstairs for apprentices.",
        )
        + "\n"
        + release(
            "Swansea Boatyard Wins Order for Two Pilot Boats",
            "Order secures forty jobs at the yard until 2028",
            "WireBoard - /release/ - Swansea, United Kingdom, 2026/01/14 - Tawe Marine has won an "
            "order for two pilot boats from a Scottish port authority, securing forty jobs at the "
            "yard until 2028, the company said.",
            "The boats will be built of aluminium and delivered in 2027.",
        )
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Cardiff Bakery Chain Opens Its Tenth Shop",
        "Swansea Boatyard Wins Order for Two Pilot Boats",
    ]
    first, second = parsed.articles
    assert first.body[0].startswith("WireBoard - /release/ - Cardiff")
    assert second.body[0].startswith("WireBoard - /release/ - Swansea")
    assert not any("Swansea" in p for p in first.body)


def test_an_authors_box_is_no_head_block():
    story = "\n\n".join(
        [
            "Tram line to reach the airport by 2028",
            "The city council approved the extension of the tram line to the airport on "
            "Wednesday, after three years of studies and two public consultations.",
            "Work will start in the autumn and cost 410 million euros, the council said.",
        ]
    )
    box = "\n".join(
        [
            "Get Updates on Topics You Choose",
            "Marta Lind",
            "Marta Lind, Senior Reporter",
            "Marta Lind covers transport and city planning. She joined the paper in 2015 after "
            "working for a radio station in the north of the country.",
        ]
    )
    (art,) = parse(story + "\n\n" + box + "\n").articles
    assert art.title == "Tram line to reach the airport by 2028"


def release_page(section: str, title: str, issuer: str, stamp: str, lede: str, more: str) -> str:
    return "\n".join(
        [
            "relayhub",
            "Home | Newsroom | Sectors | Pricing",
            section,
            title,
            f"Issued by: {issuer}",
            stamp,
            lede,
            "",
            more,
            "",
            "ENDS",
            "",
            "Notes to Editors",
            "",
            f"1. {issuer} is a community benefit society founded in 2014. It owns eleven "
            "installations and is run by volunteers from the neighbourhood.",
            "",
            "Media contact:",
            "Sam Reid",
            "07700 900 123",
            f"media@{issuer.split()[0].lower()}.example",
            "",
            "Share this release: X | LinkedIn | Email",
            "",
        ]
    )


def test_notes_to_editors_after_an_end_mark_stay_with_the_release_and_make_it_one():
    text = release_page(
        "Environment",
        "Community co-op puts solar panels on twelve school roofs",
        "Calder Community Energy",
        "Wednesday, 14th January 2026 at 09:00",
        "Calder Community Energy has finished installing solar panels on twelve school roofs "
        "in the valley, the co-operative said, after a share offer raised £800,000 last year.",
        "The schools will buy the electricity at a fixed price for twenty years.",
    ) + release_page(
        "Education",
        "Library service opens coding clubs for teenagers in nine towns",
        "Moorland Libraries Trust",
        "Wednesday, 14th January 2026 at 10:30",
        "Moorland Libraries Trust will open free coding clubs for teenagers in nine towns from "
        "February, with volunteers from local software firms running weekly sessions.",
        "The clubs will meet after school on Tuesdays and Thursdays.",
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Community co-op puts solar panels on twelve school roofs",
        "Library service opens coding clubs for teenagers in nine towns",
    ]
    first = parsed.articles[0]
    assert first.source_kind == "press_release"  # its contact and notes say so
    assert first.body[0].startswith("Calder Community Energy has finished installing")
    assert "Notes to Editors" in first.body
    assert any(p.startswith("Media contact:") for p in first.body)
    assert not first.captions
    assert not any("Issued by" in p or "Share this release" in p for p in first.body)
    assert grammar.chrome("Share this release: X | LinkedIn | Email")


def test_a_byline_glued_to_its_by_and_initials_confirming_an_unknown_masthead():
    assert grammar.byline("ByAnirudh Mehra, New Delhi") == "Anirudh Mehra"
    assert grammar.byline("ByHT Correspondent") == "HT Correspondent"
    for sentence in ("Bystanders said the fire spread", "Byron Bay council met", "BYD sales"):
        assert not grammar.byline_line(sentence), sentence
    text = "\n".join(
        [
            "Deccan Ledger",
            "Home | Cities | E-Paper | Subscribe",
            "Pune to add 120 electric feeder buses for metro stations by June",
            "ByRohan Kulkarni, Pune",
            "Updated on: Jan 14, 2026 04:42 PM IST",
            "Commuters wait for a feeder bus outside a metro station in Pune. (DL Photo)",
            "Pune: The city's transport company will add 120 electric feeder buses to connect "
            "housing colonies with metro stations by June, officials said on Wednesday.",
            "",
            "The buses will run on 30 routes and fares will be fixed at ₹10 for the whole route.",
            "",
        ]
    )
    (art,) = parse(text).articles
    assert art.byline == "Rohan Kulkarni"
    assert art.source == "Deccan Ledger"  # its initials credit the page's photo


def test_a_chunk_cut_that_fell_on_a_credited_captions_line_end_is_a_line_break():
    """The scraper's newline took the place of the one ending a credited caption: the caption
    and the story's first sentence stay apart."""
    from tests.test_dump_parser import chunk

    story = (
        "Senators vote on the rural connectivity bill in the plenary. Photo: Ana Lima/Senate Agency"
    )
    paras = [
        "The upper house approved on Wednesday a bill that raises the share of the universal "
        "service fund reserved for broadband in rural areas from 18 percent to 35 percent.",
        "According to the bill's rapporteur, about four million rural households have no fixed "
        "internet connection, most of them in the north and north-east of the country.",
        "The text now goes to the president, who has fifteen working days to sign or veto it, "
        "and the ministry said the first auctions could take place in the second half.",
    ]
    head = "Senate approves bill to expand rural broadband fund\n"
    text = head + story + "\n" + "\n\n".join(paras) + "\n"
    size = len(head) + len(story)  # a cut exactly where the caption's line ends
    cut = chunk(text, size)
    assert cut.count("\n") > text.count("\n")  # the scraper's cuts are there
    repaired, report, _ = repair_text(cut)
    assert story + "\nThe upper house approved" in repaired


def test_a_headline_after_a_distributors_trailer_block_is_not_taken_for_a_deck():
    def release(title: str, place: str, firm: str) -> str:
        return "\n\n".join(
            [
                title,
                f"{place}, Jan. 14, 2026 (WIRELINE NEWSWIRE) -- {firm}, a family business founded "
                "in 1988, said on Wednesday it will open a second warehouse this spring.",
                f"The new warehouse will let {firm} cut delivery times in half, it said.",
                f"MEDIA CONTACT:\nJo Park, {firm}\n555-0147",
                f"News Source: {firm}\nRelated link: https://example.com/\nThis press release was "
                f"issued on behalf of the news source ({firm}) who is solely responsible for its "
                "accuracy, by Wireline Newswire.",
            ]
        )

    text = (
        release("Harbor Lane Books Opens a Second Warehouse", "LOS ANGELES, Calif.", "Harbor Lane")
        + "\n\n"
        + release(
            "Veteran-Owned Roofing Firm Expands Crews Across North Texas",
            "FORT WORTH, Texas",
            "Vantage Roofing",
        )
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Harbor Lane Books Opens a Second Warehouse",
        "Veteran-Owned Roofing Firm Expands Crews Across North Texas",
    ]


def test_a_releases_closing_lines_read_the_full_story_and_distributed_by():
    assert grammar.signoff("Press Release Distributed by NewsWire Hub")
    assert grammar.signoff(
        "Read the full story here: https://www.newswirehub.example/release/906214"
    )
    assert not grammar.signoff("Published by the ministry of health on Monday")
    text = "\n\n".join(
        [
            "Lakeside Clinic Opens Third Site With Quiet Treatment Rooms",
            "Round Rock, TX, January 14, 2026 --(NewsWire Hub)-- Lakeside Clinic announced today "
            "that it has opened its third site, with rooms designed for children who find noise "
            "and bright light hard to bear.",
            "The site has six treatment rooms and a garden waiting area.",
            "Contact Information:\nLakeside Clinic\nMaria Delgado\n512-555-0187",
            "Read the full story here: https://www.newswirehub.com/press-release/906214",
            "Press Release Distributed by NewsWire Hub",
            "",
            "Harbor Press Releases a Field Guide to Coastal Birds",
            "SEATTLE, WA, January 14, 2026 /WireDesk/ -- Harbor Press today released a field guide "
            "to the coastal birds of the Pacific Northwest, covering 212 species.",
            "The book is available in paperback and as an e-book.",
        ]
    )
    parsed = parse(text)
    assert [a.title for a in parsed.articles] == [
        "Lakeside Clinic Opens Third Site With Quiet Treatment Rooms",
        "Harbor Press Releases a Field Guide to Coastal Birds",
    ]
    assert parsed.articles[0].external_id == "906214"
    assert not any("Distributed by" in p for a in parsed.articles for p in a.body)


def test_kickers_above_the_headline_are_no_byline_and_bullets_are_no_headline():
    text = "\n\n".join(
        [
            "News\nMetro\nTransport",
            "City to trial electric minibuses on six routes as operators seek fare relief",
            "* Government-funded trial will put 20 electric minibuses on the road for two years\n"
            "* Operators say fuel and maintenance costs have squeezed the trade",
            "A minibus on the harbour road. The trial will cover six routes. Photo: Jo Lam",
            "Nora Kwan\nPublished: 6:30pm, 14 Jan 2026",
            "Why you can trust the Harbour Post",
            "The city will put electric minibuses on six routes from the summer under a "
            "government-funded trial, the environment department said on Wednesday.",
            "The trial will test whether the vehicles can cope with the hilly routes.",
        ]
    )
    (art,) = parse(text).articles
    assert art.title == (
        "City to trial electric minibuses on six routes as operators seek fare relief"
    )
    assert art.byline == "Nora Kwan"


def test_a_time_cut_in_two_in_hard_wrapped_copy_is_joined():
    from tests.test_dump_parser import chunk

    story = textwrap.fill(
        "BRASILIA, March 5 - Brazil has asked its commercial bank creditors for a bridge loan "
        "of about 1.5 billion dlrs to cover interest payments due in the second quarter, a "
        "Finance Ministry official said on Thursday after a meeting in New York.",
        width=60,
        initial_indent="    ",
    )
    more = textwrap.fill(
        "The request was made at a meeting last week between Brazilian negotiators and the "
        "advisory committee that represents the country's creditor banks, the official said.",
        width=60,
        initial_indent="    ",
    )
    item = "05-MAR-1987 11:02:17.55\nBRAZIL SEEKS BRIDGE LOAN FROM BANKS\n" + story + "\n" + more
    text = (
        "\n Reuter\n\n".join([item, item.replace("BRAZIL SEEKS", "MEXICO SEEKS")]) + "\n Reuter\n"
    )
    second = text.index("11:", text.index("MEXICO") - 40) + 3
    damaged = chunk(text, second)  # the scraper's cuts, the first of them inside a time
    assert "11:\n02:17.55" in damaged
    repaired, _, _ = repair_text(damaged)
    stamps = [ln for ln in repaired.splitlines() if ln.startswith("05-MAR-1987 11:")]
    assert len(stamps) == 2
    assert all("02:17.5" in ln for ln in stamps)  # the time is whole on its line


def test_bylines_with_desk_and_stamp_stamps_with_counters_and_counted_buttons():
    assert (
        grammar.page_byline("Ravi Menon / TNS / Updated: Jan 14, 2026, 10:42 IST") == "Ravi Menon"
    )
    assert grammar.page_byline("TNS / Updated: Jan 14, 2026, 12:05 IST") == "TNS"
    assert grammar.page_byline("Hong Kong / Transport") == ""
    assert grammar.is_stamp("14 January 2026 10:32 am - 0 - 412")
    assert not grammar.is_stamp("Since 2015 - 12 - 3")
    assert grammar.chrome("Comments - 2")
    assert not grammar.chrome("2025 - 12")


def test_a_sites_masthead_over_its_menu_is_not_the_headline():
    text = "\n".join(
        [
            "Island Mirror - Latest Breaking News and Headlines",
            "Daily Business | Sunday Edition | Tamil | E-Paper",
            "Wed, 14 Jan 2026 Today's Paper",
            "Breaking News",
            "Hill country hotels report a 30% rise in tourist arrivals",
            "14 January 2026 10:32 am - 0 - 412",
            "",
            "Hotels in the hill country recorded a 30 percent rise in foreign guests between "
            "December 15 and January 10 compared with a year earlier, the hoteliers' association "
            "said on Wednesday.",
            "",
            "Most of the visitors came from India, Germany and Britain, its president said.",
            "",
        ]
    )
    (art,) = parse(text).articles
    assert art.title == "Hill country hotels report a 30% rise in tourist arrivals"
    assert art.body[0].startswith("Hotels in the hill country recorded")


def test_a_sentence_ending_with_a_cjk_full_stop_is_story_text():
    from articles.importers.dumps.lines import Line, _paragraph

    sentence = (
        "同社が契約する長野県内の農家約60軒では、"
        "毎年収穫量の1割前後が規格外として廃棄されてきました。"
    )
    assert _paragraph(Line(0, sentence, sentence, TEXT))


def test_an_address_in_a_releases_head_is_no_headline():
    assert grammar.ADDRESS_RE.search("Carl-Benz-Str. 12, 71634 Ludwigsburg, Deutschland")
    assert not grammar.ADDRESS_RE.search("Seed Firm Introduces Corn Hybrids for 2025 Season")
    text = "\n".join(
        [
            "Release Box - Press releases, articles and events",
            "Press releases | Companies | Topics | Events | Login",
            "Press release BoxID: 1298734",
            "Weber Conveyors GmbH",
            "Hafenstr. 12, 24103 Kiel, Germany",
            "Weber Conveyors delivers driverless transport systems to a bakery chain",
            "",
            "(Release Box) (Kiel, 14.01.2026) Weber Conveyors GmbH has delivered twelve driverless "
            "transport vehicles to a bakery chain, which will use them between its bakehouse and "
            "its dispatch hall, the company said on Wednesday.",
            "",
            "The vehicles carry up to 600 kilograms each and charge themselves at night.",
            "",
        ]
    )
    (art,) = parse(text).articles
    assert art.title == "Weber Conveyors delivers driverless transport systems to a bakery chain"


def test_a_masthead_the_page_names_again_in_its_text_is_its_source():
    assert grammar.chrome("3 mins to read")
    text = "\n".join(
        [
            "Harbour Herald",
            "Kia ora | Subscribe | Sign in",
            "New Zealand",
            "Ferry timetable to be cut over summer as crew shortage bites",
            "Commuters on two routes face fewer sailings until March.",
            "By Aroha Ngata",
            "Transport reporter · Harbour Herald ·",
            "14 Jan, 2026 06:00 AM",
            "3 mins to read",
            "",
            "The city's ferry operator will cut sailings on two routes from next week because it "
            "does not have enough qualified crew, the transport agency said on Wednesday.",
            "",
            "The operator said fourteen new masters and engineers were in training.",
            "",
        ]
    )
    (art,) = parse(text).articles
    assert art.source == "Harbour Herald"
    assert art.byline == "Aroha Ngata"
    assert not any("mins to read" in p for p in art.body)


TELETYPE_PARAS = [
    "SALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone, alleviating "
    "the drought since early January and improving prospects for the coming harvest, although "
    "normal humidity levels have not been restored, a trading house said in its weekly review.",
    "The dry period means the harvest will be late this year, the review said, and arrivals "
    "for the week were well below those of the same week a year earlier.",
    "Bean shippers were reluctant to offer nearby shipment and only limited sales were booked "
    "for March shipment at prices close to those of the week before, traders said.",
]


def teletype_dump() -> str:
    stories = []
    for n, title in enumerate(("COCOA REVIEW", "COFFEE REVIEW", "SUGAR REVIEW")):
        paras = [
            p.replace("cocoa", title.split()[0].lower()) + f" Item {n}." for p in TELETYPE_PARAS
        ]
        body = "\n".join(textwrap.fill(p, width=64, initial_indent="    ") for p in paras)
        stories.append(f"{title}\n{body}\n Reuter")
    return "\n\n".join(stories) + "\n"


def test_hard_wrapped_copy_cut_into_chunks_is_still_measured_and_unwrapped():
    from articles.importers.dumps.unwrap import measure
    from tests.test_dump_parser import chunk

    text = teletype_dump()
    damaged = chunk(text, 109)
    assert measure(damaged).kind == "hard-wrapped"
    parsed = parse(damaged)
    assert [a.title for a in parsed.articles] == ["COCOA REVIEW", "COFFEE REVIEW", "SUGAR REVIEW"]
    for art in parsed.articles:
        assert len(art.body) == 3  # paragraphs by their indentation, whatever the cuts
        assert art.body[0].startswith("SALVADOR, Feb 26 - Showers continued")


def test_a_cut_before_a_space_in_teletype_copy_is_no_paragraph_indent():
    """The scraper's newline fell before a space: the piece after it starts with one space,
    less than the dump's paragraph indent, and goes on with the sentence."""
    text = teletype_dump()
    at = text.index(" the drought")  # inside the first paragraph of the first story
    damaged = text[:at] + "\n" + text[at:]
    (first, *_) = parse(damaged).articles
    assert len(first.body) == 3
    assert "alleviating the drought since early January" in " ".join(first.body[0].split())


def test_an_outlet_and_photographer_in_brackets_is_a_credit_and_a_long_head_is_looked_past():
    assert grammar.photo_credit(
        "Grain is delivered to a receival site near Merredin. (ABC Rural: Daisy Whitehead)"
    )
    assert not grammar.photo_credit("The company said profit rose. (Reporting: Jane Doe)")
    page = "\n".join(
        [
            "Outback News",
            "Just In | For You | Australia | World | Business | Rural",
            "Wheat growers harvest a record crop despite a late frost",
            "By Daisy Quinn and Cal Ross",
            "Outback Rural",
            "Thu 15 Jan 2026 at 6:02am",
            "",
            "Grain is delivered to a receival site near Merredin. (Outback Rural: Daisy Quinn)",
            "",
            "In short:",
            "Farmers have delivered more than 24 million tonnes of grain this season.",
            "Growers say late frost damage was patchy.",
            "What's next?",
            "Prices are expected to stay under pressure as other exporters harvest large crops.",
            "",
            "Western grain growers have delivered a record 24.3 million tonnes to the state's "
            "receival sites this season, the grain handler said on Wednesday, beating the record "
            "set two years ago.",
            "",
            "A farmer near Merredin said her yields were down in low-lying paddocks.",
            "",
        ]
    )
    story = "\n\n".join(
        [
            "Ferry fares to rise in March",
            "KIRKWALL, Jan 14 - The island ferry operator will raise fares by four percent in "
            "March, it said on Wednesday, citing higher fuel costs.",
            "The operator carried 1.2 million passengers last year.",
        ]
    )
    parsed = parse(story + "\n\n" + page)
    assert [a.title for a in parsed.articles] == [
        "Ferry fares to rise in March",
        "Wheat growers harvest a record crop despite a late frost",
    ]


def test_an_item_number_labelled_with_a_word_ending_in_id():
    for line, number in (
        ("Press release BoxID: 1298902", "1298902"),
        ("Pressemitteilung BoxID: 1298734", "1298734"),
        ("News-ID: 3418826 • Views: 12", "3418826"),
    ):
        assert grammar.ID_LABEL_RE.match(line).group(1) == number
    for line in ("Said 12345", "He Said 12345", "Android update 2024"):
        assert grammar.ID_LABEL_RE.match(line) is None


def test_a_row_of_two_short_buttons_under_a_stamp_is_no_second_headline():
    story = "\n\n".join(
        [
            "Ferry fares to rise in March",
            "KIRKWALL, Jan 14 - The island ferry operator will raise fares by four percent in "
            "March, it said on Wednesday, citing higher fuel costs.",
            "The operator carried 1.2 million passengers last year.",
        ]
    )
    page = "\n".join(
        [
            "The Gulf Ledger",
            "UAE | Gulf | World | Business | Opinion | Sport",
            "UAE",
            "Abu Dhabi to add 40 electric school buses in a pilot across Al Ain",
            "Nadia Kaabi",
            "Jan 14, 2026",
            "Listen In English | Listen In Arabic",
            "",
            "An electric school bus at a depot in Abu Dhabi. Victor Besa / The Gulf Ledger",
            "",
            "Forty electric school buses will be introduced in Al Ain from the start of the spring "
            "term, the education department said on Wednesday, as part of a pilot.",
            "",
            "The buses will serve 23 public schools and will be charged overnight at two depots.",
            "",
        ]
    )
    parsed = parse(story + "\n\n" + page)
    assert [a.title for a in parsed.articles] == [
        "Ferry fares to rise in March",
        "Abu Dhabi to add 40 electric school buses in a pilot across Al Ain",
    ]
    assert parsed.articles[1].byline == "Nadia Kaabi"


def test_an_unknown_agencys_bare_sign_off_is_the_source_of_its_stories():
    text = "\n\n".join(
        part
        for n, place in enumerate(("ACCRA", "KUMASI", "TAMALE"))
        for part in (
            f"Cocoa farmers in region {n + 1} receive new seedlings",
            f"{place}, Jan 14 - The cocoa board has handed out 200,000 seedlings to farmers in "
            f"the district around {place.title()}, its regional officer said on Wednesday.",
            "The seedlings are resistant to the swollen shoot virus, the board said.",
            "NGNA",
        )
    )
    parsed = parse(text)
    assert len(parsed.articles) == 3
    assert {a.source for a in parsed.articles} == {"NGNA"}


def test_a_compound_item_id_in_a_distributors_address():
    cases = {
        "https://prtimes.jp/main/html/rd/p/000000014.000087421.html": "000000014.000087421",
        "https://www.ots.at/release/OTS_20251209_OTS0087/slug": "OTS_20251209_OTS0087",
        "https://www.prnewswire.com/news-releases/slug-302145678.html": "302145678",
        "https://site.example.com/2025_12_09/story": "",
    }
    for url, number in cases.items():
        assert grammar.url_release_id(url) == number, url


def test_a_byline_and_the_agency_in_brackets_opening_the_lede():
    d = grammar.dateline("By Li Wen (CNW) -- The border trade zone handled more durian imports.")
    assert d is not None and d.agency == "CNW" and d.text == ""
    text = "\n\n".join(
        [
            "Border trade zone handles more durian imports",
            "By Li Wen (CNW) -- The border trade zone in the south handled 30 percent more durian "
            "imports last year than the year before, its customs office said on Wednesday.",
            "Most of the fruit came by truck through two land ports, it said.",
        ]
    )
    (art,) = parse(text).articles
    assert art.byline == "Li Wen"
    assert not art.dateline.startswith("By")
