# ruff: noqa: E501  (the dumps below print one paragraph a line, as suppliers do)
"""The dump parser's ninth round: general evidence for who supplied a story.

* a national agency's initials after a place in mixed case ("Tehran, IRNA -- ") are the
  agency, while a state's or a country's short code after a place ("Seattle, WA -",
  "Dubai, UAE -") stays part of the place;
* a release whose dateline names its distributor ("/Kyodo JBN/ --") is the distributor's,
  even when the issuer signs it with "Source: Acme Co." under the text.

Every dump here is invented (fictional people, firms and events) in a layout of its own.
"""

from __future__ import annotations

import pytest

from articles.importers.dumps import grammar, parse_text
from articles.importers.dumps.parse import repair_text


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round9.txt")


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        (
            "Tehran, IRNA -- Officials said on Tuesday that the new quota would apply.",
            "Tehran",
            "IRNA",
        ),
        ("Baghdad, KUNA - The ministry said it had signed the contract.", "Baghdad", "KUNA"),
        (
            "KUALA LUMPUR, MALAYSIA - The state port operator said on Monday it would expand.",
            "KUALA LUMPUR, MALAYSIA",
            "",
        ),
    ],
)
def test_agency_initials_after_a_place_in_mixed_case(line, place, agency):
    d = grammar.dateline(line)
    assert d is not None
    assert (d.text, d.agency) == (place, agency)


@pytest.mark.parametrize(
    "line",
    [
        "Seattle, WA - Harbor Lantern Software said today it would add offline maps.",
        "London, UK – Harbourline Bank launched a savings account on Tuesday.",
        "Dubai, UAE - Corvell Logistics opened a bonded warehouse on Monday.",
    ],
)
def test_a_short_code_after_a_place_is_no_agency(line):
    d = grammar.dateline(line)
    assert d is None or not d.agency


def test_the_distributor_in_the_dateline_outranks_the_issuers_source_line():
    dump = parse(
        """Corvell Optics to Supply Lens Modules for Farm Drones

TOKYO, Nov. 18, 2025 /Kyodo JBN/ -- Corvell Optics Co., Ltd. announced today that it will supply lens modules for a series of agricultural drones made by a partner in Hokkaido.

The modules weigh 40 grams and resist dust and water, the company said.

Source: Corvell Optics Co., Ltd.

Trade Ministers Agree to Double Truck Transit Quota

Tehran, IRNA -- Two neighbouring countries agreed on Tuesday to double the annual quota of transit permits for trucks crossing their shared border post.

The deal was signed by the two transport ministers, the agency said.
"""
    )
    first, second = dump.articles
    assert first.title == "Corvell Optics to Supply Lens Modules for Farm Drones"
    assert first.source == "Kyodo JBN"
    assert "Corvell Optics Co., Ltd." in first.source_aliases
    assert second.source == "Islamic Republic News Agency"
    assert second.dateline == "Tehran"


MASTHEAD_AND_AGENCY_PHOTO = """=====================================================================
The Kestrel Courier
Region | City | EU Affairs | Business | Culture
City
Riverside streets to become a pedestrian zone
Wednesday, 08 April 2026
By Lotte Vermeulen
The riverside quay at dusk. Credit: Belga / Jan Peeters
The city council will extend the pedestrian zone along the riverside quay to six more side streets from September, the mayor's office said on Wednesday.
Delivery vans will still be allowed in the streets in the early morning, and residents will keep access to their garages.
Shopkeepers said they welcomed the plan but asked for more bicycle parking.
Share this article:
"""


def test_a_pages_own_masthead_outranks_the_agency_its_photo_credit_names():
    (art,) = parse(MASTHEAD_AND_AGENCY_PHOTO).articles
    assert art.title == "Riverside streets to become a pedestrian zone"
    assert art.source == "The Kestrel Courier"
    assert art.byline == "Lotte Vermeulen"


CREDITED_TWICE = """Coastal cottages to become a community hostel
By Bethan Pryce, NWX Wales
Published: 18 November 2025, 11:26 am
Three former coastguard cottages on a remote headland are to be turned into a community-run hostel after residents raised the money to buy them.
The Headland Trust said the cottages, empty for years, will offer 22 beds to walkers and visiting researchers.
The cottages on the headland have stood empty for more than a decade (Gwyn Ellis/NWX)
Trust chairwoman Eira Morgan said: "This is about keeping the headland alive."
The purchase was supported by a grant and by more than 1,100 donations.
"""


def test_an_outlet_credited_by_the_byline_and_the_photo_is_the_source():
    (art,) = parse(CREDITED_TWICE).articles
    assert art.byline == "Bethan Pryce"
    assert art.captions and art.captions[0][1].endswith("(Gwyn Ellis/NWX)")
    assert art.source == "NWX"
    assert "source taken from the story's credits" in art.doubts


def test_a_photographers_agency_alone_is_not_the_source():
    text = CREDITED_TWICE.replace("By Bethan Pryce, NWX Wales", "By Bethan Pryce")
    (art,) = parse(text).articles
    assert art.source != "NWX"


AGENCY_BARS = """-------------------------------------
KNA | 15/01/2026 - 09:50
Desalination plant to double output by summer
PORT ELIM - The desalination plant west of Port Elim will reach its full capacity of 300,000 cubic metres a day by June, the water utility said on Thursday.
The second half of the plant entered service in December, and daily water supply will reach every district, the utility's director said.
KNA
-------------------------------------
KNA | 15/01/2026 - 12:10
Start-up fund approves 38 new projects
KASSEL BAY - The national start-up fund approved financing for 38 projects at its first committee meeting of the year, the fund said on Thursday.
Total commitments reached 620 million dinars, and a quarter of the projects are in farming, the fund's director general said.
KNA
-------------------------------------
LRA | 15/01/2026 - 13:30
Railway adds second weekly passenger service
BENTON - The railway company will run a second weekly passenger train between the port and the eastern border from February, its chief executive said.
The trains will also carry goods wagons for small traders, and the company sold 96,000 tickets last year, he said.
DOC/LRA
"""


def test_a_sign_off_printed_once_closes_the_other_stories_it_ends():
    arts = parse(AGENCY_BARS).articles
    assert [a.title for a in arts] == [
        "Desalination plant to double output by summer",
        "Start-up fund approves 38 new projects",
        "Railway adds second weekly passenger service",
    ]
    assert all(a.body[-1].endswith("said.") for a in arts)
    assert [a.source for a in arts[:2]] == ["KNA", "KNA"]


def test_a_desks_initials_before_the_agency_in_a_sign_off():
    art = parse(AGENCY_BARS).articles[-1]
    assert art.source == "LRA"


DOMAIN_BAR = """------------------------------------------------------------
PressDeskOnline.com  |  Press Release
Lindqvist Audio launches hearing-friendly earbuds for teachers
14-March-2026 - Leeds, UK - Lindqvist Audio has launched earbuds designed for teachers, which let them hear pupils clearly while lowering the noise of a full classroom.
The earbuds lower sudden loud sounds and boost speech in front of the wearer, the company said. They cost £89.
"Teachers told us they go home with ringing ears," said founder Maren Lindqvist.
"""


def test_a_sites_domain_over_its_page_label_is_furniture_and_names_the_source():
    (art,) = parse(DOMAIN_BAR).articles
    assert art.title == "Lindqvist Audio launches hearing-friendly earbuds for teachers"
    assert art.source == "PressDeskOnline.com"
    assert grammar.site_domain("PressDeskOnline.com | Press Release") == "PressDeskOnline.com"
    assert grammar.site_domain("PressDeskOnline.com | Our team") == ""


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Farah Nadia Hamid - April 8, 2026 @ 11:42am", "Farah Nadia Hamid"),
        ("By Jane Roe - 08/04/2026 10:15", "Jane Roe"),
        ("By Jane Roe - April 8, 2026", "Jane Roe"),
    ],
)
def test_a_byline_with_the_time_it_was_filed_after_a_dash(line, name):
    assert grammar.byline_line(line)
    assert grammar.byline(line) == name


def test_a_stamp_with_an_at_sign():
    assert grammar.is_stamp("April 8, 2026 @ 11:42am")


@pytest.mark.parametrize(
    "line",
    [
        "This site uses cookies. By continuing to browse you agree to our use of cookies. Learn more | Got it",
        "We use cookies to improve your experience. By continuing you agree to our cookie policy. [Accept]",
        "Accept all cookies",
        "Discussion about this post",
        "Leave a reply",
        "Support independent journalism. Subscribe from €1.",
        "Support THE HARBOUR LEDGER's journalism of integrity and credibility",
        "Independent journalism costs money. Support the Ledger for the price of a coffee.",
    ],
)
def test_a_sites_notices_and_appeals_are_furniture(line):
    assert grammar.chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the cookie factory would reopen in May after the fire, and workers agreed to the new shifts.",
        "The foundation will support local journalism in the region with a grant of $2 million, its director said.",
        "Comments from residents were collected over six weeks.",
    ],
)
def test_prose_about_cookies_or_journalism_stays_text(line):
    assert not grammar.chrome(line)


def test_a_cookie_notice_under_a_page_is_no_teaser():
    page = MASTHEAD_AND_AGENCY_PHOTO + (
        "Related Articles\n"
        "Tram line 7 to run more often from May\n"
        "This site uses cookies. By continuing to browse you agree to our use of cookies. Learn more | Got it\n"
    )
    (art,) = parse(page).articles
    titles = [t.title for t in art.teasers]
    assert "Tram line 7 to run more often from May" in titles
    assert not any("cookies" in t for t in titles)


def _chunk(text: str, n: int) -> str:
    """Cut ``text`` into chunks of ``n`` characters the way a scraper does: a newline every
    ``n`` characters, swallowing a space or newline that falls at the cut."""
    out, i = [], 0
    while len(text) - i > n:
        out.append(text[i : i + n])
        i += n
        if text[i] in " \n":
            i += 1
    out.append(text[i:])
    return "\n".join(out)


DECK_OVER_NAME = (
    "Number of people approved but waiting for a carer dropped by 900 in December, new figures show\n"
    "Aoife Ní Bhriain\n"
    "The number of older people approved for home care but still waiting for a carer has fallen for the first time in more than a year, according to figures published by the health service on Wednesday.\n"
    "At the end of December, 4,812 people were on the waiting list, down from 5,716 at the end of November, the figures show, and the service said recruitment abroad had begun to help.\n"
    "Carers' groups welcomed the fall but said many families were still waiting months for help, particularly in rural counties where travel times make the work harder to staff.\n"
)


def test_a_cut_page_keeps_its_byline_under_a_long_deck():
    text = "Home care waiting list falls for first time in a year\n" + _chunk(DECK_OVER_NAME, 230)
    assert "show\nAoife Ní Bhriain\n" in text  # (the cut falls elsewhere: the break is real)
    (art,) = parse(text).articles
    assert art.byline == "Aoife Ní Bhriain"
    assert not any("Aoife" in p for p in art.body)


TEASERS_WITH_AGENCY_SUMMARIES = (
    "The students plan to install 20 sensors in the district before the rainy season with help from the ward's youth union, the school said on Monday, and will publish the readings online every week.\n"
    "Thanh Tung\n"
    "You may also like\n"
    "Young volunteers clean up the riverside park area\n"
    "(Harbour Daily) - More than 200 volunteers collected rubbish along the river bank on Sunday...\n"
    "City schools add swimming lessons for grade 3\n"
    "(Harbour Daily) - Every third-grader in the capital will learn to swim this year...\n"
)


def test_a_cut_page_keeps_its_teasers_titles_apart_from_their_summaries():
    head = (
        "Students build flood sensors for their ward\n"
        "(Harbour Daily) - A group of students at a city high school has built cheap sensors that warn residents when the water in the lanes rises above the kerb, the school said.\n"
        "The sensors cost less than 300,000 dong each and send a text message to a list of neighbours when the water reaches a set height, the students said on Monday.\n"
    )
    text = (
        head.split("\n", 1)[0]
        + "\n"
        + _chunk(head.split("\n", 1)[1] + TEASERS_WITH_AGENCY_SUMMARIES, 210)
    )
    assert "area\n(Harbour Daily) - More" in text  # (the cut falls elsewhere: the break is real)
    (art,) = parse(text).articles
    titles = [t.title for t in art.teasers]
    assert "Young volunteers clean up the riverside park area" in titles


def test_a_cut_dump_keeps_a_recurring_sign_off_under_a_tables_last_row():
    story = (
        "Football: league results =\n"
        "Harbourtown (nwa) - Results from the national league on Saturday (home team first), with the leaders held to a draw for the second week running and the two promoted sides both winning away:\n"
        "Harbourtown United - Kestrel Rovers          3-1\n"
        "Port Ellis - Saltby Athletic                2-2\n"
        "Northfield City - Marram Town               1-0\n"
        "nwa sp xx\n"
        "Ferry crews call off planned strike =\n"
        "Port Ellis (nwa) - Ferry crews on the island routes have called off a strike planned for Friday after the operator agreed to talks on pay and rest periods, their union said on Thursday evening.\n"
        "The union said talks would start next week and that it expected an offer before the end of the month, while the operator said all sailings would run as planned.\n"
        "nwa rf xx\n"
    )
    cut = _chunk(story, 190)
    assert "1-0\nnwa sp xx\n" in cut  # (the break before the sign-off is real here)
    repaired, report, _ = repair_text(cut)
    assert report.cuts  # the dump's cuts are found and mended ...
    assert "two promoted sides" in repaired and "Ferry crews call off" in repaired
    assert "1-0\nnwa sp xx\n" in repaired  # ... but the sign-off keeps its own line


@pytest.mark.parametrize(
    "line",
    [
        "Information contained on this page is provided by an independent third-party content provider. The Harbour Ledger and this Site make no warranties or representations in connection therewith.",
        "Download logo (PNG)",
        "Press kit",
        "Subscribe to Kestrel Optics news",
        "Filed under News",
        "— end of export —",
        "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Harbour Ledger.",
        "Attachments",
        "* Kestrel_Optics_Q1_2026_results.pdf",
        "kestrel_plant_photo.jpg",
    ],
)
def test_more_of_a_sites_furniture(line):
    from articles.importers.dumps.lines import CHROME, SIGNOFF, classify_line

    assert classify_line(line, line) in (CHROME, SIGNOFF)


SECTIONS_UNDER_TEASERS = """Harbour Global
News | Politics | Business | Society | Travel
Society
12/03/2026 11:05 (GMT+07:00)
Port city to relocate 1,200 households from flood-prone riverbank
The port city will relocate about 1,200 households living along a flood-prone stretch of the river by the end of next year, the city's People's Committee said on Thursday.
The committee approved the plan on March 11, with a budget for housing, compensation and new schools near the resettlement area.
Families will be able to choose between an apartment in one of three new blocks or cash compensation, officials said.
Thu Lan
Related news
Port city invests in new coastal dykes
Society
Northern cities face rising flood risks
Environment
Tags: flooding, relocation
Harbour Global
News | Politics | Business | Society | Travel
Business
12/03/2026 15:30 (GMT+07:00)
Fruit exports to the north jump in early season
Fruit exports reached 86,000 tonnes in the first two months of the year, up 40% from a year earlier, the growers' association said on Thursday in its monthly report.
Frozen fruit accounted for more than a quarter of shipments, the association said.
Tran Minh
"""


def test_a_section_name_under_a_teasers_title_is_its_section():
    first, second = parse(SECTIONS_UNDER_TEASERS).articles
    assert [(t.title, t.section) for t in first.teasers] == [
        ("Port city invests in new coastal dykes", ["Society"]),
        ("Northern cities face rising flood risks", ["Environment"]),
    ]
    assert second.title == "Fruit exports to the north jump in early season"


def test_an_authors_address_alone_under_the_story_closes_it():
    text = (
        "City to expand late-night clinics to all districts\n\n"
        "By Lee Min-ji\n\n"
        "The city government will expand its programme of late-night clinics to all 25 districts by the end of the year, officials said on Thursday.\n\n"
        "Medical groups welcomed the move but said it would not solve the shortage of doctors in the suburbs, where waits are longest.\n\n"
        "minji.lee@harbourherald.example\n\n"
        "Most Popular\n\n"
        "Residency applications hit a record low\n"
    )
    (art,) = parse(text).articles
    assert art.byline == "Lee Min-ji"
    assert not any("@" in p for p in art.body)
    assert art.body[-1].startswith("Medical groups")


def test_a_photo_over_the_lede_with_its_credit_on_the_next_line_is_a_caption():
    text = (
        "Taiwan News\n"
        "Harbour port to trial remote-controlled cranes at Terminal 7\n"
        "By Lin Mei-hua / Staff reporter\n"
        "Gantry cranes are pictured at the port's Terminal 7 yesterday.\n"
        "Photo: Lin Mei-hua, Harbour Ledger\n"
        "The port company is to begin trials of remotely operated gantry cranes at the port next month, it said yesterday, as it seeks to cut waiting times for ships.\n"
        "Six cranes are to be fitted with cameras and sensors so that they can be controlled from an operations centre, the company said.\n"
    )
    (art,) = parse(text).articles
    assert [c for _, c in art.captions] == [
        "Gantry cranes are pictured at the port's Terminal 7 yesterday.\nPhoto: Lin Mei-hua, Harbour Ledger"
    ]
    assert art.body[0].startswith("The port company")


def test_a_known_outlet_after_the_photographers_name_in_a_credit_is_the_pages_source():
    text = (
        "Taiwan News\n"
        "Harbour port to trial remote-controlled cranes at Terminal 7\n"
        "By Lin Mei-hua / Staff reporter\n"
        "Gantry cranes are pictured at the port's Terminal 7 yesterday.\n"
        "Photo: Lin Mei-hua, Taipei Times\n"
        "The port company is to begin trials of remotely operated gantry cranes at the port next month, it said yesterday, as it seeks to cut waiting times for ships.\n"
        "Six cranes are to be fitted with cameras and sensors so that they can be controlled from an operations centre, the company said.\n"
    )
    (art,) = parse(text).articles
    assert art.source == "Taipei Times"


def test_a_readers_comment_under_its_head_and_stamp_is_furniture():
    text = (
        "HARBOUR COURIER\n"
        "Home / Business / Local\n"
        "Market traders to get new roof before rains\n"
        "By ROSA WAMBI\n"
        "March 14, 2026\n"
        "Main market traders will have a new roof over their stalls before the wet season peaks, the city authority said on Friday.\n"
        "More than 900 vendors sell at the market every day, many of them women from villages along the highway, the authority said.\n"
        '2 thoughts on "Market traders to get new roof before rains"\n'
        "Jonah K says:\n"
        "March 14, 2026 at 9:31 am\n"
        "Good news for the mothers. Please fix the toilets too.\n"
        "Reply\n"
    )
    (art,) = parse(text).articles
    assert art.body[-1].startswith("More than 900 vendors")
    assert not any("toilets" in p for p in art.body)


def test_a_releases_contacts_after_its_closing_line_stay_with_it():
    text = (
        "Kestrel Marine Orders Four Methanol-Ready Feeder Ships\n\n"
        "OSLO, Norway--(BUSINESS WIRE)-- Kestrel Marine ASA has ordered four methanol-ready container feeder ships from a yard in Romania, the company said on Tuesday.\n\n"
        "Kestrel Marine ASA operates 38 container feeder vessels serving 45 ports in Northern Europe.\n\n"
        "View source version on businesswire.com: https://www.businesswire.com/news/home/20251014512877/en/\n\n"
        "Contacts\n"
        "Media:\n"
        "Ingrid Solheim, +47 22 00 41 18\n"
        "press@kestrelmarine.example\n\n"
        "Corvell Therapeutics to Present Phase 2 Data at Liver Meeting\n\n"
        "CAMBRIDGE, Mass.--(BUSINESS WIRE)-- Corvell Therapeutics, Inc., a clinical-stage biotechnology company, today announced that 48-week data from its Phase 2 trial will be presented in Boston.\n\n"
        "The presentation will be given by the trial's principal investigator, the company said.\n"
    )
    first, second = parse(text).articles
    assert first.body[-1].startswith("Contacts\nMedia:") or first.body[-1].startswith(
        "Contacts Media:"
    )
    assert second.title == "Corvell Therapeutics to Present Phase 2 Data at Liver Meeting"
    assert not any("press@kestrel" in p for p in second.body)


def test_a_distributors_translation_note_and_industry_keywords_close_the_release():
    text = (
        "Kaito Robotics Launches Compact Palletising Robot\n\n"
        "TOKYO--(BUSINESS WIRE)-- Kaito Robotics Co., Ltd. today launched a compact palletising robot for small food factories, the company said.\n\n"
        "The robot fits in a space of two square metres and can be set up in a day, it said.\n\n"
        "The source text of this announcement is the official, authoritative version. Translations are provided as an accommodation only, and should be cross-referenced with the source language text, which is the only version of the text intended to have legal effect.\n\n"
        "View source version on businesswire.com: https://www.businesswire.com/news/home/20251013338104/en/\n\n"
        "Contacts\n"
        "Kaito Robotics Co., Ltd.\n"
        "Public Relations: Mai Fujii\n"
        "pr@kaito.example\n\n"
        "INDUSTRY KEYWORDS: Technology Manufacturing Robotics\n"
    )
    (art,) = parse(text).articles
    assert not any("source text" in p for p in art.body)
    assert art.body[-1].startswith("Contacts")
    assert not art.teasers


def test_a_paragraph_labelled_as_a_photos_caption_is_one():
    text = (
        "Veteran-Owned Roofing Firm Opens Second Warehouse\n\n"
        "DENTON, Texas - Nov. 18, 2025 - PRLog -- Kestrel Roofing & Exteriors has opened a second warehouse in Denton to shorten delivery times for its crews, the company said.\n\n"
        "Photo caption: Kestrel Roofing crews at the company's new Denton warehouse.\n\n"
        "The warehouse holds materials for about 200 roofs and employs twelve people, the company said.\n"
    )
    (art,) = parse(text).articles
    assert [c for _, c in art.captions] == [
        "Photo caption: Kestrel Roofing crews at the company's new Denton warehouse."
    ]
    assert len(art.body) == 2
