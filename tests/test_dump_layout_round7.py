"""The dump parser's seventh round: the shapes of lines, whoever the supplier.

* a feed reader's "Source: NAME | Published: ..." names the source before its bar, and the
  "By NAME" line under it is no part of it;
* a line that closes a story (a byline, a desk's sign-off, an agency behind dots) printed
  straight under the last paragraph is not that paragraph's end;
* an office and the agency that carries its story, "(OFFICE/AGENCY)": the agency;
* an agency alone in brackets before a long dash opens a lede: "(Agency) -- ...";
* in hard-wrapped copy, a "By NAME" line under a headline of nearly the full width;
* datelines: "Place, AGENCY- ", "Place – Distributor - DATE – ", "Place, DATE, X Newswire, ";

Every dump here is invented (fictional people, firms and events) in a layout of its own.
"""

from __future__ import annotations

import pytest

from articles.importers.dumps import grammar, parse_text
from articles.importers.dumps.furniture import after_furniture


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round7.txt")


FEED_EXPORT = """FEED EXPORT - 2 items - 2026-04-02 18:00
____________________

[1/2]
Coastal villages get solar water pumps
Source: Lakeside Wire Service | Published: Thu, 02 Apr 2026 07:30:00 GMT
By Amina Wekesa

More than 40 coastal villages will receive solar-powered water pumps under a programme \
launched by the county government on Thursday.

The pumps replace diesel units that broke down often during the dry season, officials said.

____________________

[2/2]
Ferry operator adds night sailings on the lake
Source: Lakeside Wire Service | Published: Thu, 02 Apr 2026 09:05:00 GMT

A private ferry operator will add two night sailings a week between the lake's two largest \
ports from May, its managing director said on Thursday.

The company said demand from traders had doubled since the new market opened last year.
By Joseph Otieno

____________________
End of export.
"""


def test_a_feed_readers_source_line_names_the_source_before_its_bar():
    first, second = parse(FEED_EXPORT).articles
    for art in (first, second):
        assert art.source == "Lakeside Wire Service"
    assert first.byline == "Amina Wekesa"
    assert first.title == "Coastal villages get solar water pumps"


def test_a_byline_printed_under_the_last_paragraph_is_not_part_of_it():
    second = parse(FEED_EXPORT).articles[1]
    assert second.byline == "Joseph Otieno"
    assert second.body[-1].endswith("since the new market opened last year.")


OFFICE_AND_AGENCY = """Fisheries officers seize undersized sea cucumbers at the wharf
By Losa Fifita (losa.fifita@example.org)
NUKU'ALOFA, 2 APRIL 2026 (MOF/OCEANNEWS) --- Fisheries officers have seized more than 400 \
kilograms of undersized sea cucumbers found in a container awaiting export.

The ministry said the shipment was declared as dried fish and that the exporter faces a fine.

The season opened on March 1 under a strict quota and minimum size rules meant to let stocks \
recover.
....OCEANNEWS
"""


def test_an_office_and_the_agency_that_carries_its_story_give_the_agency():
    (art,) = parse(OFFICE_AND_AGENCY).articles
    assert art.source == "OCEANNEWS"
    assert art.byline == "Losa Fifita"


def test_an_agency_behind_dots_under_the_last_paragraph_closes_the_story():
    (art,) = parse(OFFICE_AND_AGENCY).articles
    assert art.body[-1].endswith("meant to let stocks recover.")
    assert not any("OCEANNEWS" in p for p in art.body[1:])


AGENCY_ONLY_LEDES = """Shrimp exporters court Gulf buyers as US orders slow
By Lan Pham and Otto Brandt
April 2, 2026 at 9:41 AM GMT+7

(Meridian) -- Vietnamese shrimp exporters are sending sales teams to Dubai and Riyadh after \
orders from US importers fell for a third straight month, an industry group said.

Shipments to the Gulf rose 22% in the first two months of the year, the group said.

Peso steadies as remittance inflows beat forecasts
By Carla Dizon
April 2, 2026 at 11:02 AM GMT+8

(Meridian) -- The Philippine peso held near its strongest level in two months after central \
bank data showed cash remittances grew faster than economists had forecast.

Traders said importers' demand for dollars could limit further gains.
"""


def test_an_agency_alone_in_brackets_before_a_long_dash_opens_a_lede():
    d = grammar.dateline("(Meridian) -- Vietnamese shrimp exporters are sending sales teams")
    assert d is not None and d.agency == "Meridian" and d.text == ""
    first, second = parse(AGENCY_ONLY_LEDES).articles
    assert [first.source, second.source] == ["Meridian", "Meridian"]
    assert first.byline == "Lan Pham and Otto Brandt"
    assert second.title == "Peso steadies as remittance inflows beat forecasts"


def test_a_photo_or_an_update_in_brackets_is_no_agency():
    assert grammar.dateline("(Photo) -- Fishermen unload their catch at dawn.") is None
    assert grammar.dateline("(Updated) -- The ministry said on Thursday that it would") is None


TELETYPE = "\n".join(
    [
        "ZCZC",
        "MEKONG FARMERS TURN BACK TO FLOATING RICE AS SALT CREEPS INLAND",
        "By Tali Marrow",
        "    CAN THO, Viet Nam, Apr 2 2026 (FPS) - Rice farmers in the",
        "Mekong Delta are returning to a variety of floating rice that their",
        "grandparents grew, as salt water reaches further inland every dry",
        "season and the yields of modern varieties fall.",
        "    The floating rice grows with the flood and needs no fertiliser,",
        "said a farmer who planted two hectares of it this year, adding that",
        "it sells at twice the price of ordinary rice in city supermarkets.",
        "    Researchers at the local university are testing three varieties",
        "on plots near the coast to find which of them tolerates salt best.",
        "END/FPS/TM/2026",
        "NNNN",
        "",
    ]
)


def test_a_byline_under_a_hard_wrapped_headline_is_a_line_of_its_own():
    (art,) = parse(TELETYPE).articles
    assert art.title == "MEKONG FARMERS TURN BACK TO FLOATING RICE AS SALT CREEPS INLAND"
    assert art.byline == "Tali Marrow"
    assert art.body[0].startswith("CAN THO, Viet Nam, Apr 2 2026 (FPS) - Rice farmers")


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Latakia, SANA- The port of Latakia on Thursday received a cargo ship", "Latakia", "SANA"),
        (
            "Victoria, British Columbia – TheNewswire - March 12, 2026 – Pacific Fern Biologics "
            "Inc. announces that it has closed its private placement",
            "Victoria, British Columbia",
            "TheNewswire",
        ),
        (
            "Dubai, United Arab Emirates, 12th Mar 2026, King Newswire, Sahara Leaf Farms, a "
            "UAE-based agritech company, has opened a farm",
            "Dubai, United Arab Emirates, 12th Mar 2026",
            "King Newswire",
        ),
    ],
)
def test_datelines_that_name_their_agency_in_other_shapes(line, place, agency):
    d = grammar.dateline(line)
    assert d is not None
    assert (d.text, d.agency) == (place, agency)


def test_a_firm_after_a_date_and_a_comma_is_no_distributor():
    d = grammar.dateline("Dubai, 12th Mar 2026, Sahara Leaf Farms, a UAE-based company, has opened")
    assert d is None or d.agency == ""


RELEASES_GLUED = """PressLine - Releases
Harbour Cairn Metals Reports Drill Results From Birch Lake Project
Vancouver, British Columbia – PressLine - April 2, 2026 – Harbour Cairn Metals Corp. is pleased \
to report results from its winter drilling programme at the Birch Lake copper project.

Highlights include 24.0 metres grading 1.12% copper from 88 metres depth.

Copyright (c) 2026 PressLine - All rights reserved.

Fern Biologics Closes Private Placement
Victoria, British Columbia – PressLine - April 2, 2026 – Fern Biologics Inc. announces that it \
has closed its private placement of 4,000,000 units for gross proceeds of $1.2 million.

The Company intends to use the proceeds for pre-clinical studies.
"""


def test_a_headline_straight_over_a_distributors_dateline_opens_a_release():
    first, second = parse(RELEASES_GLUED).articles
    assert first.title == "Harbour Cairn Metals Reports Drill Results From Birch Lake Project"
    assert second.title == "Fern Biologics Closes Private Placement"
    assert first.source == second.source == "PressLine"
    assert second.body[0].startswith("Victoria, British Columbia – PressLine")


GLUED_RELEASE_PAGE = """------------------------------------------------------------
wirepoint.com - news release distribution
Tidewater Surveys wins contract to map the estuary for a cable route
Published: 2 April 2026 08:00 GMT | Sector: Energy, Marine
PORTSMOUTH, UK, 2 April 2026 -- (Wirepoint) -- Tidewater Surveys Ltd has been awarded a contract \
to carry out a geophysical survey of a 46-kilometre corridor for a planned subsea power cable.

The work will use two survey vessels and an uncrewed surface craft, and is due to finish in July.

About Tidewater Surveys
Tidewater Surveys (www.tidewater.example) is an independent hydrographic survey company founded \
in 2011.

ENDS
Wirepoint Ref: WP-2026-040211
"""


def test_a_sites_address_banner_and_a_stamp_stand_apart_from_the_headline_over_the_lede():
    (art,) = parse(GLUED_RELEASE_PAGE).articles
    assert art.title == "Tidewater Surveys wins contract to map the estuary for a cable route"
    assert art.body[0].startswith("PORTSMOUTH, UK, 2 April 2026 -- (Wirepoint) --")


def test_a_distributors_reference_is_the_releases_id():
    (art,) = parse(GLUED_RELEASE_PAGE).articles
    assert art.external_id == "WP-2026-040211"
    assert not art.teasers


def test_a_firm_with_its_web_address_in_brackets_opens_no_dateline():
    assert grammar.dateline("Tidewater Surveys (www.tidewater.example) is an independent") is None
    (art,) = parse(GLUED_RELEASE_PAGE).articles
    assert any(
        p.startswith("About Tidewater Surveys") and "founded in 2011" in p for p in art.body
    ), art.body


POSTED_RELEASE = """Release Board - Free Press Release Distribution
Home » Travel
Lantern Tours Adds Rail Itineraries Through the Alps
Submitted by lanterntours on Thu, 04/02/2026 - 10:14
Lantern Tours, a small operator of guided walking holidays, has added three rail-based itineraries \
through the Alps for the summer 2026 season.

The new trips combine regional trains and buses with day hikes, avoiding private cars altogether.
[Photo: A regional train above the valley]
A regional train on the line above the valley, one of the routes of the new trips.

Tags: travel, rail, hiking
"""


def test_an_accounts_posting_stamp_is_no_part_of_the_first_paragraph():
    assert grammar.is_stamp("Submitted by lanterntours on Thu, 04/02/2026 - 10:14")
    (art,) = parse(POSTED_RELEASE).articles
    assert art.body[0].startswith("Lantern Tours, a small operator")


def test_the_line_under_an_image_placeholder_is_its_caption():
    (art,) = parse(POSTED_RELEASE).articles
    assert [text for _, text in art.captions] == [
        "A regional train on the line above the valley, one of the routes of the new trips."
    ]
    assert not any(p.startswith("[Photo") for p in art.body)


SCIENCE_RELEASES = """Skip to main content
ScienceNews Hub | Research news
Home | News Releases | Multimedia | Meetings

NEWS RELEASE 02-APR-2026
Mangrove roots trap microplastics faster than bare mudflats, study finds
Peer-reviewed publication
Share  Print  E-Mail

Mangrove forests hold up to four times more microplastic fragments in their surface sediments \
than nearby mudflats without vegetation, a study of 96 sediment cores has found.

"The roots slow the water down, and whatever the water is carrying settles there," the lead \
author said.
[Image: Sediment coring]
Researchers take a sediment core among mangrove roots.
CREDIT: Coastal Research Institute

JOURNAL
Estuarine Sediments
DOI
10.5551/eds.2026.0114
ARTICLE TITLE
Microplastic retention in mangrove sediments of a delta
ARTICLE PUBLICATION DATE
30-Mar-2026

Disclaimer: The hub is not responsible for the accuracy of news releases posted to it by \
contributing institutions or for the use of any information through its system.
"""


def test_a_block_of_field_names_and_values_is_a_record_not_a_story():
    arts = parse(SCIENCE_RELEASES).articles
    assert [a.title for a in arts] == [
        "Mangrove roots trap microplastics faster than bare mudflats, study finds"
    ]
    (art,) = arts
    assert not any("Estuarine Sediments" in p or "Disclaimer" in p for p in art.body)
    assert [text for _, text in art.captions] == [
        "Researchers take a sediment core among mangrove roots.\nCREDIT: Coastal Research Institute"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Share  Print  E-Mail",
        "Skip to main content",
        "Disclaimer: The hub is not responsible for the accuracy of news releases posted to it by "
        "contributing institutions or for the use of any information through its system.",
    ],
)
def test_buttons_skip_links_and_disclaimers_are_furniture(line):
    assert grammar.chrome(line)


def test_a_caption_credit_is_no_furniture():
    assert not grammar.chrome("CREDIT: Coastal Research Institute")


TWO_SITES = """SEED NEWS | Monday, 4/6/2026
Home   Business   Society   Travel   Opinion
Business
Port congestion eases as barges take more containers
By Le Hoang
Monday, Apr 6, 2026, 14:15 (GMT+7)
Waiting times for container trucks at the port have fallen by about a third since January, as the \
port operator moved more cargo to barges, the operator said at a meeting on Monday.

Trucking companies said the improvement was visible on the main road, where queues used to stretch \
for several kilometres.
Related articles:
City plans new ring road toll stations (Apr 5, 2026)
Southern ports handle record cargo in March (Apr 4, 2026)
Tags: port, logistics, barges

Delta Economic Daily | Economy
Home | Economy | Finance | Business | Real Estate
Finance
Banks step up lending to small exporters in the first quarter
April 6, 2026 | 08:32 GMT+7
By Ha Linh
Outstanding loans to small and medium-sized exporters rose 5.8% in the first quarter, faster than \
overall credit growth, as banks competed for customers with foreign orders.

Data from a banking association showed that credit to the economy as a whole grew 2.1% in the \
period.
Customers at a bank branch in the city.
Bankers said demand came mainly from exporters of furniture, textiles and seafood, which received \
large orders for the second quarter.
Related Contents
Credit growth forecast at 16% for the year (05/04/2026)
Delta Economic Daily. License No. 1278/GP-BTTTT.
"""


def test_the_next_sites_headline_over_its_byline_is_handed_over_with_its_masthead():
    first, second = parse(TWO_SITES).articles
    assert first.title == "Port congestion eases as barges take more containers"
    assert second.title == "Banks step up lending to small exporters in the first quarter"
    assert second.byline == "Ha Linh"


def test_teaser_titles_lose_the_date_after_them_and_a_spaced_menu_is_no_teaser():
    first, second = parse(TWO_SITES).articles
    assert [t.title for t in first.teasers] == [
        "City plans new ring road toll stations",
        "Southern ports handle record cargo in March",
    ]
    assert [t.title for t in second.teasers] == ["Credit growth forecast at 16% for the year"]
    assert not any("License" in (t.summary or "") for t in second.teasers)


def test_a_short_sentence_between_two_long_lines_is_a_line_of_its_own():
    second = parse(TWO_SITES).articles[1]
    assert [text for _, text in second.captions] == ["Customers at a bank branch in the city."]
    assert second.body[-1].startswith("Bankers said demand came mainly")
    assert second.body[-2].endswith("grew 2.1% in the period.")


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Home   Business   Society   Travel   Opinion", True),
        ("British pound   1.7315   1.7405", False),
        ("News | Sectors | Newsroom", True),
    ],
)
def test_menus_set_apart_by_bars_or_by_wide_spaces(line, menu):
    assert grammar.bar_menu(line) is menu


def test_a_press_licence_line_is_furniture():
    assert grammar.chrome("Delta Economic Daily. License No. 1278/GP-BTTTT.")


def test_an_office_and_its_agency_in_the_brackets_of_a_dateline():
    d = grammar.dateline(
        "NUKU'ALOFA, 2 APRIL 2026 (MOF/OCEANNEWS) --- Fisheries officers have seized"
    )
    assert d is not None and d.agency == "MOF/OCEANNEWS" and d.text == "NUKU'ALOFA, 2 APRIL 2026"


def test_a_word_split_by_a_cut_in_hard_wrapped_copy_near_its_full_width_is_glued():
    lines = TELETYPE.split("\n")
    at = lines.index("it sells at twice the price of ordinary rice in city supermarkets.")
    # the chunker cut "supermarkets" in two, on a line of the full width
    # the longest line (69 columns, two more than most) cut in two by the chunker
    lines[at : at + 1] = [
        "it sells at twice the price of ordinary rice in city supermar",
        "kets too.",
    ]
    (art,) = parse("\n".join(lines)).articles
    assert art.body[1].endswith("of ordinary rice in city supermarkets too."), art.body


QUEUE = "\n".join(
    [
        "Glassmakers open their furnaces to visitors in the evening",
        "VENICE, April 2 (NVA) - Glassmakers on the island will open their furnaces to visitors "
        "in the evening from May, the craftsmen's association said on Thursday.",
        "The initiative aims to bring tourists to the island after the day-trippers have left and to",  # noqa: E501
        "show the work of younger masters, the association's president said.",
        "Tickets will cost 15 euros and include a boat ride from the city's main station.",
        "(END)",
        "Farmers begin harvest ahead of schedule in the central valleys",
        "MEXICO CITY, April 2 (NVA) - Farmers in the central valleys started harvesting maize on "
        "Thursday, about a week ahead of schedule, the farmers' union announced.",
        "The union said yields were expected to be close to last year's, despite a dry February.",
        "Prices at the wholesale market in the capital fell slightly on the news, traders said.",
        "(END)",
        "",
    ]
)


def test_a_cut_line_in_a_dump_of_one_paragraph_a_line_without_blank_lines_is_glued():
    first, second = parse(QUEUE).articles
    assert first.body[1] == (
        "The initiative aims to bring tourists to the island after the day-trippers have left "
        "and to show the work of younger masters, the association's president said."
    )
    assert len(second.body) == 3


def test_a_rule_stays_a_line_of_its_own_when_a_cut_falls_after_it():
    text = "-" * 60 + "\nwirepoint.com - news release distribution\nTidewater Surveys wins"
    assert after_furniture(text, 60)


PAGES_WITH_NAMES = """The Delta Investor
Home | Politics | Economy | Finance | Companies | Property
Companies
Electronics maker to build $120 mln plant for EV components
Monday, April 6, 2026 | 10:03 GMT+7
Anh Minh
A locally based electronics manufacturer plans to invest $120 million in a new plant making \
control boards for electric vehicles, the company said on Monday.

The factory would be built on 14 hectares in an industrial park and employ 1,600 workers, it said.
Tags: EV, electronics, FDI

Island News
Island | Business | Politics | Society | Lifestyle | World
Society
City opens its first public library inside a metro station
Jane Lin, Island News, Staff Writer
2026/04/06 14:10
Readers browse books at the new library in the metro station. (Island News, Jane Lin photo)
HARBOUR CITY (Island News) — The city opened a public library inside a metro station on Monday, \
offering 12,000 books to commuters who can borrow them on the way to work.

The library is open from 7 a.m. to 10 p.m. daily, the city's cultural affairs bureau said.
Copyright © 2026 Island News. All rights reserved.
"""


def test_a_name_alone_under_the_headline_is_the_byline():
    first = parse(PAGES_WITH_NAMES).articles[0]
    assert first.title == "Electronics maker to build $120 mln plant for EV components"
    assert first.byline == "Anh Minh"
    assert not any(p == "Anh Minh" for p in first.body)


def test_a_name_dressed_with_its_outlet_and_role_under_the_next_sites_headline():
    second = parse(PAGES_WITH_NAMES).articles[1]
    assert second.title == "City opens its first public library inside a metro station"
    assert second.byline == "Jane Lin"
    (caption,) = [text for _, text in second.captions]
    assert caption.endswith("in the metro station. (Island News, Jane Lin photo)")


def test_an_outlet_and_a_photographer_in_brackets_credit_a_photo():
    assert grammar.photo_credit("Readers at the library. (Island News, Jane Lin photo)")
    assert grammar.photo_credit("Farmers at the market. (VNA Photo)")


KICKER_WIRE = "\n".join(
    [
        "AGRICULTURE",
        "Farms Plan to Sow 1.2 Million Hectares of Spring Grain",
        "MINSK, 2 April (NBA)",
        "By Natalya Koren",
        "Farms are expected to sow about 1.2 million hectares of spring grain and legumes this "
        "year, the First Deputy Agriculture Minister said on Thursday.",
        "Sowing will start in the southern regions in the last days of April, weather allowing.",
        '"Last year we lost a week because machinery was not ready," the minister said.',
        "",
        "INDUSTRY",
        "Tractor Works Ships First Batch of Orchard Tractors Abroad",
        "MINSK, 2 April (NBA)",
        "The tractor works has shipped its first 24 narrow-gauge orchard tractors abroad, the "
        "company's sales director said on Thursday.",
        "The machines will be used on coffee and pepper farms, he said.",
        "",
    ]
)


def test_a_dateline_on_a_line_of_its_own_between_the_headline_and_the_text():
    d = grammar.dateline_line("MINSK, 2 April (NBA)")
    assert d is not None and (d.text, d.agency) == ("MINSK, 2 April", "NBA")
    first, second = parse(KICKER_WIRE).articles
    assert first.title == "Farms Plan to Sow 1.2 Million Hectares of Spring Grain"
    assert second.title == "Tractor Works Ships First Batch of Orchard Tractors Abroad"
    assert (first.source, first.dateline, first.byline) == (
        "NBA",
        "MINSK, 2 April",
        "Natalya Koren",
    )
    assert first.body[0].startswith("Farms are expected to sow")
    assert second.body[0].startswith("The tractor works has shipped")


@pytest.mark.parametrize(
    "line", ["Ferry Contract (HOBART)", "Home - News", "Sponsored Content (Partner)"]
)
def test_a_headline_with_a_place_in_brackets_is_no_dateline_line(line):
    assert grammar.dateline_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "(Corrects name of committee chair in paragraph 2 to Dritan Lleshi, not Dritan Leshi)",
        "(Adds quote from union in paragraph 4)",
        "(Updates with ministry statement)",
        "URGENT",
        "CORRECTION",
        "* * *",
    ],
)
def test_wire_notes_on_an_items_version_and_priority_are_furniture(line):
    assert grammar.chrome(line)


RELEASE_SITES = """ReleaseHub.com
Trail Cycles Recalls 2025 Trail Bike Seatposts
Posted on April 2, 2026 by Jordan Feeney
Categories: Sports, Consumer

Trail Cycles is voluntarily recalling about 2,100 seatposts fitted to its 2025 trail bikes, after \
reports that the clamp bolt can loosen on rough descents.

Owners should stop using the bikes and contact an authorised dealer, who will replace the \
seatpost free of charge.

For more information, visit https://trailcycles.example/recall or call 1-800-555-0109.

###

PR-desk.com: 2026-04-02 09:14:22
Valley Logistik Opens Rail Terminal for Cross-Alpine Trailers
Innsbruck, Austria - Valley Logistik GmbH has opened a terminal where truck trailers can be \
loaded onto trains for the crossing of the pass, the company said on Thursday.

The terminal can handle up to 18 trains a day.
"""


def test_a_site_named_by_its_own_address_over_the_headline_is_the_source():
    assert grammar.site_domain("ReleaseHub.com") == "ReleaseHub.com"
    assert grammar.site_domain("PR-desk.com: 2026-04-02 09:14:22") == "PR-desk.com"
    assert grammar.site_domain("example.com - the best deals in town") == ""
    first, second = parse(RELEASE_SITES).articles
    assert first.source == "ReleaseHub.com"
    assert second.source == "PR-desk.com"


def test_a_posting_stamp_by_its_author_gives_the_byline():
    first = parse(RELEASE_SITES).articles[0]
    assert first.byline == "Jordan Feeney"


def test_a_paragraph_with_a_web_address_is_no_caption():
    first = parse(RELEASE_SITES).articles[0]
    assert not first.captions
    assert first.body[-1].startswith("For more information, visit")


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        (
            "(WIREMAIL.COM, April 2, 2026 ) Portland, ME -- Harbour Analytics, a maker of software "
            "for regional ports, today released a scheduling tool",
            "Portland, ME",
            "WIREMAIL.COM",
        ),
        (
            "Northfield, MN (PRDESK.COM) April 2, 2026 - Northfield Bindery has finished restoring "
            "46 town ledgers dating back to 1792",
            "Northfield, MN",
            "PRDESK.COM",
        ),
    ],
)
def test_a_distributor_in_brackets_with_or_before_the_date(line, place, agency):
    d = grammar.dateline(line)
    assert d is not None and (d.text, d.agency) == (place, agency)


MASTHEADS_WITH_TAGLINES = """THE HARBOUR CITIZEN
The coast's leading newspaper
News | National
Port cuts cargo waiting time to four days
By Hellen Mwakasege
The average time cargo waits at the port has fallen to four days from nine a year ago, the ports \
authority said on Thursday.

The improvement follows the opening of two new berths and round-the-clock operations.
Related
Railway gets new locomotives for copper haul
Corridor traders cheer faster border checks

RIVER PLATE TIMES
SOCIETY | 02-04-2026 11:24
City Opens Tango Archive to the Public
The archive's reading room in the old quarter. | Foto: RPT
The city government on Thursday opened a public archive of tango recordings, sheet music and \
photographs, after a five-year effort to digitise collections held by clubs and families.

The archive holds more than 12,000 recordings, which can be heard free of charge.
"""


def test_a_masthead_over_a_tagline_and_a_menu_names_the_page():
    first = parse(MASTHEADS_WITH_TAGLINES).articles[0]
    assert first.source == "The Harbour Citizen"


def test_the_next_page_under_a_masthead_over_its_section_and_stamp_is_its_own():
    first, second = parse(MASTHEADS_WITH_TAGLINES).articles
    assert [t.title for t in first.teasers] == [
        "Railway gets new locomotives for copper haul",
        "Corridor traders cheer faster border checks",
    ]
    assert second.title == "City Opens Tango Archive to the Public"
    assert second.source == "River Plate Times"
    assert [text for _, text in second.captions] == [
        "The archive's reading room in the old quarter. | Foto: RPT"
    ]
    assert second.body[0].startswith("The city government on Thursday opened")


def test_a_section_and_a_stamp_in_one_bar():
    assert grammar.section_stamp("SOCIETY | 02-04-2026 11:24")
    assert not grammar.section_stamp("News | National")


SITES_WITH_TEASERS = "\n".join(
    [
        "HARBOUR POLICE NEWS",
        "english.harbourpolice.example.com",
        "News > Society",
        "City police launch app for reporting traffic violations",
        "LE QUANG VINH",
        "Friday, 03/04/2026, 09:05",
        "CAND – The traffic police of the city on April 3 launched an app that lets residents send "
        "photos and videos of traffic violations to officers.",
        "Reports are checked by officers within 48 hours, and the sender can follow the case.",
        "A deputy head of the city's traffic police division said more than 1,800 tip-offs had "
        "been received during a two-week trial in three districts.",
        "Officers said most reports concerned motorbikes riding on pavements and lorries parked "
        "in no-stopping zones near schools and markets.",
        "Most viewed",
        "Police dismantle online gambling ring in the delta",
        "1 hour ago",
        "Border guards seize 300 kg of smuggled sugar at the border",
        "3 hours ago",
        "Home  Import-Export  Enterprises  Customs Reform",
        "Port customs clears first cargo under new green-lane pilot",
        "April 3, 2026 - 08:30",
        "The port's customs department on April 3 cleared the first shipment under a pilot green "
        "lane for businesses with a good compliance record, officials said.",
        "Customs officers at the port. Photo: T.Binh",
        "Eighty-five enterprises have been selected for the pilot, which runs until the end of "
        "the year, the department said.",
        "",
    ]
)


def test_a_menu_after_teasers_opens_the_next_page_not_the_story_going_on():
    first, second = parse(SITES_WITH_TEASERS).articles
    assert [t.title for t in first.teasers] == [
        "Police dismantle online gambling ring in the delta",
        "Border guards seize 300 kg of smuggled sugar at the border",
    ]
    assert second.title == "Port customs clears first cargo under new green-lane pilot"
    assert [text for _, text in second.captions] == ["Customs officers at the port. Photo: T.Binh"]


def test_a_name_in_capitals_over_the_pages_stamp_is_the_byline():
    first = parse(SITES_WITH_TEASERS).articles[0]
    assert first.title == "City police launch app for reporting traffic violations"
    assert first.byline == "LE QUANG VINH"


def test_a_cut_after_a_word_that_never_ends_a_line_in_a_dump_without_blank_lines():
    text = QUEUE.replace(
        "will open their furnaces to visitors in the evening",
        "will open their furnaces to visitors in the\nEvening",
    )
    first = parse(text).articles[0]
    assert "to visitors in the Evening from May" in first.body[0]


def test_the_releases_own_address_under_its_headline_is_its_id_not_its_deck():
    text = """Home > Retail > Food
Pantry Opens Third Zero-Waste Grocery in the City
https://www.wiremail.example.com/release/1042911-Pantry-Opens-Third-Zero-Waste-Grocery.html

(WIREMAIL.COM, April 2, 2026 ) Savannah, GA -- Pantry, a chain of package-free grocery stores, \
will open its third store in the city in May, the company said.

Shoppers bring their own containers or borrow deposit jars, and weigh goods at self-service scales.
"""
    (art,) = parse(text).articles
    assert art.external_id == "1042911"
    assert art.subtitle == ""
    assert art.body[0].startswith("(WIREMAIL.COM, April 2, 2026 ) Savannah, GA -- Pantry")


SIGNED_OFF = """Road section reopens after repairs
Mandalay, 2 April — A 22-mile section of the highway between two hill towns reopened to traffic \
on Thursday after three months of repairs, the ministry said.

Heavy trucks are allowed to use the section only between 6 pm and 6 am until the end of the month.
— Aye Mya (MYNA)
"""


def test_a_dash_the_reporter_and_the_agency_in_brackets_sign_a_story_off():
    assert grammar.signoff("— Aye Mya (MYNA)")
    assert grammar.signoff_agency("— Aye Mya (MYNA)") == "MYNA"
    (art,) = parse(SIGNED_OFF).articles
    assert (art.byline, art.source) == ("Aye Mya", "MYNA")
    assert art.body[-1].endswith("until the end of the month.")


def test_a_breadcrumb_with_single_angle_quotes():
    assert grammar.breadcrumb("PLO › News › Ho Chi Minh City") == [
        "PLO",
        "News",
        "Ho Chi Minh City",
    ]


def test_a_sites_bar_over_the_first_headline_is_no_title():
    text = """RELAY | Regional Agencies News Network | Latest
Thursday, 2 April 2026

Posted: 2 hours ago
Two countries agree to upgrade a river border crossing
STUNG TRENG, Apr 2 (RELAY-AKP) – The two countries agreed on Thursday to upgrade an \
international border crossing on the river, officials said.
The two sides also agreed to extend the crossing's opening hours to 20.00 from July.
-- RELAY-AKP
"""
    (art,) = parse(text).articles
    assert art.title == "Two countries agree to upgrade a river border crossing"


def test_a_credit_on_the_line_under_a_caption_is_part_of_it_in_a_one_line_a_paragraph_dump():
    text = "\n".join(
        [
            "Friendship Association Sends School Supplies to Pinar del Rio",
            "The friendship association in the city has sent 3,000 sets of school supplies to "
            "primary schools in the province, its chairman said on Thursday.",
            "The sets, each with notebooks, pencils and a schoolbag, were collected from "
            "donations by businesses and students over two months.",
            "The vice chairman said the donation would be handed over by the embassy during a "
            "ceremony at a school in the provincial capital next week.",
            "The association has sent school supplies to the province every year since 2019, "
            "most of them collected by students in the city's secondary schools.",
            "Students in the city pack school supplies for the province.",
            "Photo: Courtesy of the association",
            "Tags: Cuba, friendship, education",
            "",
        ]
    )
    (art,) = parse(text).articles
    assert [t for _, t in art.captions] == [
        "Students in the city pack school supplies for the province.\n"
        "Photo: Courtesy of the association"
    ]


def test_a_read_more_line_between_two_paragraphs_is_a_teaser_not_their_text():
    text = """Electronics maker to build $120 mln plant for EV components

A locally based electronics manufacturer plans to invest $120 million in a new plant making \
control boards for electric vehicles, the company said on Monday.
Read more: Northern provinces woo EV supply chain investors
The chairman told reporters that most of the output would be exported to carmakers in South \
Korea and Japan.
"""
    (art,) = parse(text).articles
    assert [t.title for t in art.teasers] == ["Northern provinces woo EV supply chain investors"]
    assert art.body[-1].startswith("The chairman told reporters")
    assert not any("Read more" in p for p in art.body)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Peer-Reviewed Publication", ""),
        ("Lower Delta Coastal Research Institute", ""),
        ("Post Report", "Post Report"),
        ("Jane Lin", "Jane Lin"),
    ],
)
def test_what_an_item_is_and_who_issued_it_are_no_authors(line, name):
    assert grammar.page_byline(line) == name


def test_an_institutions_name_is_no_headline():
    assert grammar.institution_name("Nordic Institute for Healthy Ageing")
    assert grammar.institution_name("Highlands Agronomy University of Central America")
    assert not grammar.institution_name("Harvard University Announces New Campus")


SCIENCE_PAGES = (
    SCIENCE_RELEASES
    + """
NEWS RELEASE 02-APR-2026
Volcanic soil bacteria help coffee seedlings survive drought
Peer-Reviewed Publication
Highlands Agronomy University of Central America
Share  Print  E-Mail

SAN JOSÉ, Costa Rica — Coffee seedlings inoculated with bacteria isolated from volcanic soils \
survived six weeks without irrigation, while most untreated seedlings wilted, a study has found.

Field trials on four farms in the Central Valley will begin in May.

Copyright © 2026 by the Science Hub Association
"""
)


def test_a_release_stamp_after_the_last_pages_disclaimer_opens_the_next_page():
    first, second = parse(SCIENCE_PAGES).articles
    assert second.title == "Volcanic soil bacteria help coffee seedlings survive drought"
    assert not second.byline
    assert not first.teasers


def test_a_copyright_by_its_owner():
    assert grammar.copyright_owner("Copyright © 2026 by the Science Hub Association") == (
        "Science Hub Association"
    )


def test_emphasis_marks_a_scraper_kept_are_no_part_of_the_text():
    text = """Kyiv to open 14 new heating points in residential districts

**KYIV - THE city administration will open 14 new heating points in residential districts before \
the end of March, the city's deputy head for housing said on Saturday.**

Each point will have generators, water and places to charge phones, he said.

Contact: ***@example.com
"""
    (art,) = parse(text).articles
    assert art.body[0].startswith("KYIV - THE city administration")
    assert art.body[0].endswith("said on Saturday.")
    assert any("***@example.com" in p for p in art.body)


APP_SHARES = """Flood gates to be upgraded before the wet season peak
Litia Cava
April 2, 2026 10:32 am
Work to upgrade the river flood gates will begin next week, the Ministry of Waterways says.
The Permanent Secretary says the gates near the town centre failed to close fully during the \
heavy rain in January.
He says the work will take about three weeks and traffic near the bridge may be affected.
Residents are advised to follow the ministry's updates.

Shared from the Island Radio app
https://www.islandradio.example/news/flood-gates-upgrade
--

Market vendors get new stalls
Apenisa Roko
April 2, 2026 1:05 pm
More than 180 vendors at the town market have moved into new stalls today, the town council \
says.
The town council says the stalls have proper drainage and lighting.
A vendor says the new space will protect her produce from the sun.

Shared from the Island Radio app
https://www.islandradio.example/news/market-vendors-new-stalls
--
"""


def test_a_story_shared_from_an_outlets_app_is_signed_by_it():
    assert grammar.signoff("Shared from the Island Radio app")
    first, second = parse(APP_SHARES).articles
    assert first.source == second.source == "Island Radio"
    assert second.title == "Market vendors get new stalls"
    assert not any("Shared from" in p for p in first.body)


def test_a_distributors_line_under_the_contact_block_names_it_and_is_no_body():
    text = """Pelion Bio reports positive mid-stage data for asthma drug

BOSTON, April 2, 2026 -- Pelion Bio, Inc. today reported that its inhaled asthma drug met the \
main goal of a mid-stage study in 240 patients, the company said.

The company plans to start a late-stage study in the second half of the year.

Contact Details
Pelion Bio, Inc.
Irene Castillo
ir@pelionbio.example
Distributed by Release Direct
Views: 112
"""
    (art,) = parse(text).articles
    assert art.source == "Release Direct"
    assert not any("Distributed by" in p or "Views" in p for p in art.body)
    assert grammar.chrome("Views: 112")


@pytest.mark.parametrize(
    "line",
    [
        '2 thoughts on "Market traders to get new roof before rains"',
        "Jonah K says:",
        "Leave a Reply",
    ],
)
def test_a_comment_threads_lines_are_furniture(line):
    assert grammar.chrome(line)


def test_a_minister_who_says_is_no_comment_and_a_masthead_is_no_slug():
    assert not grammar.chrome("The minister says:")
    assert not grammar.chrome("POST-COURIER")
    assert grammar.chrome("Bangladesh-climate-agriculture")


def test_a_shouted_masthead_over_its_crumb_or_motto_names_the_page():
    text = """HARBOUR-COURIER
Home / Business / Local
Market traders to get new roof before the rains
By ROSALYN WAMBI
April 2, 2026
Market traders will have a new roof over their stalls before the wet season peaks, the city \
authority said on Thursday.

More than 900 vendors sell at the market every day, many of them women from nearby villages.
"""
    (art,) = parse(text).articles
    assert art.source.casefold() == "harbour-courier"


def test_an_author_label_in_the_record_under_a_story_gives_the_byline():
    text = """Farmers get cold room for fresh produce

MAUN - Vegetable farmers will from next month store their produce in a new cold room built by \
their cooperative, its chairperson said on Thursday.

Farmers will pay a small fee for each crate stored, he said, and the room holds 60 tonnes.

Tags: farming, cold chain
Author: Kagiso Ramo
"""
    (art,) = parse(text).articles
    assert art.byline == "Kagiso Ramo"


def test_a_news_budget_is_furniture_and_a_site_signs_its_story_with_its_address():
    assert grammar.chrome("  ECO  Port strike, with reactions (450 words) - moved")
    assert grammar.chrome("ADVISORY: The port item has moved twice. Use UPDATE 2.")
    text = """Schools get 300 new mobile classrooms
By Nomvula Dlamini
The department has delivered 300 mobile classrooms to schools that lost buildings in the \
floods, its spokesperson said on Thursday.
"These are temporary, but they are safe and they have electricity," the spokesperson said.
Permanent buildings are to be completed at 41 of the schools by 2027. - Govnews.gov.za
"""
    (art,) = parse(text).articles
    assert art.source == "Govnews.gov.za"
    assert art.byline == "Nomvula Dlamini"


@pytest.mark.parametrize(
    "line", ["River News - printer-friendly version", ">> Video 01:42", "> Photos 12"]
)
def test_a_print_views_banner_and_media_markers_are_furniture(line):
    assert grammar.chrome(line)


def test_a_sentence_about_a_video_is_no_marker():
    assert not grammar.chrome("Watch the video of the launch")


def test_a_numbered_photo_gallery_is_captions_without_their_counters():
    text = """Fishing boats return to port after the first trip of the year

Dozens of fishing boats docked at the port on Thursday morning after their first offshore trip of \
the year, with good catches of squid and mackerel, the fishermen's association said.
1/3 Boats moored at the fishing port early on Thursday morning.
2/3 Fishermen unload baskets of squid onto the quay.
3/3 A fisherman mends nets after the trip.

Traders said prices at the wholesale market were steady.
"""
    (art,) = parse(text).articles
    assert [t for _, t in art.captions] == [
        "Boats moored at the fishing port early on Thursday morning.",
        "Fishermen unload baskets of squid onto the quay.",
        "A fisherman mends nets after the trip.",
    ]
    assert art.body[-1] == "Traders said prices at the wholesale market were steady."
