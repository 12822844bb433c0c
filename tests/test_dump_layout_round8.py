# ruff: noqa: E501  (the dumps below print one paragraph a line, as suppliers do)
"""The dump parser's eighth round: what a dump repeats, and what a page's head holds.

* a byline with the date it was filed after a comma ("By: NAME, March 15, 2026");
* a kicker the dump prints over story after story ("DPI Guyana - News", "JIS News |
  Agriculture") opens each story, whatever the supplier prints there;
* a release's contact block after its own tags ("Topics / Energy") stays with it.

Every dump here is invented (fictional people, firms and events) in a layout of its own.
"""

from __future__ import annotations

import pytest

from articles.importers.dumps import grammar, parse_text


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round8.txt")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By: Kadian Brown, March 15, 2026", "Kadian Brown"),
        ("By Jane Roe, 15 March 2026 10:20", "Jane Roe"),
        ("By Jane Roe, 2026-03-15", "Jane Roe"),
        ("By Jane Roe, Coast Courier", "Jane Roe"),
    ],
)
def test_a_byline_keeps_its_name_without_the_filing_date(line, name):
    assert grammar.byline_line(line)
    assert grammar.byline(line) == name


KICKERS = """ISLAND SERVICES FEED - 2 APRIL 2026
text export
Harbour Desk | Transport
Ferry timetable changes for the Easter weekend
By: Marcia Dunn, April 2, 2026
Extra ferries will run between the two main islands over the Easter weekend, the port authority said on Thursday, adding four sailings a day.
The authority said tickets would go on sale on Monday at all terminals.
Harbour Desk | Fisheries
Fish landing site gets a new ice plant
By: Owen Blake, April 2, 2026
A new ice plant at the northern landing site will let fishers keep their catch fresh for two more days, the fisheries division said.
Fishers had asked for the plant for more than five years, the division said.
Coast Bulletin - News
Coastal road reopens after landslide repairs
Editor's note: This story was updated to correct the length of the road.
PORT ELLA, April 2, 2026 - The coastal road between Port Ella and Saltby reopened on Thursday after three weeks of repairs to a landslide.
Drivers had used a mountain road that added an hour to the trip, residents said.
Coast Bulletin - News
School meals programme reaches all primary schools
PORT ELLA, April 2, 2026 - Every primary school in the district now serves a free midday meal, the education office said on Thursday.
The programme started with 12 schools two years ago.
"""


def test_a_kicker_repeated_over_each_story_opens_it():
    dump = parse(KICKERS)
    titles = [a.title for a in dump.articles]
    assert titles == [
        "Ferry timetable changes for the Easter weekend",
        "Fish landing site gets a new ice plant",
        "Coastal road reopens after landslide repairs",
        "School meals programme reaches all primary schools",
    ]
    assert [a.byline for a in dump.articles[:2]] == ["Marcia Dunn", "Owen Blake"]
    for art in dump.articles:
        assert not any("Harbour Desk" in p or "Coast Bulletin" in p for p in art.body)
    # the kicker's first part names the service that filed them, where nothing else does
    assert [a.source for a in dump.articles] == ["Harbour Desk"] * 2 + ["Coast Bulletin"] * 2
    assert dump.articles[0].body[-1] == (
        "The authority said tickets would go on sale on Monday at all terminals."
    )


def test_a_line_said_once_is_no_kicker():
    """The same dump with each kicker printed once: the first two stories still end at the
    byline under the second headline, but nothing is learned from a single line."""
    once = KICKERS.replace("Harbour Desk | Fisheries\n", "").replace(
        "Coast Bulletin - News\nSchool", "School"
    )
    dump = parse(once)
    assert "Harbour Desk | Transport" not in [a.title for a in dump.articles]


UNDER_A_HEADLINE = """Science News Releases
NEWS RELEASE 2-APR-2026
Reef sponges filter more water at night, survey finds
Divers measured flow rates at 40 sites over two years
Peer-Reviewed Publication
Southern Reef Institute
Sponges on shallow reefs filter nearly twice as much water at night as by day, a two-year survey by the Southern Reef Institute has found.
The team measured flow at 40 sites with small dye probes.
NEWS RELEASE 2-APR-2026
Hill farms keep more soil with hedgerows, study shows
Plots with hedges lost a third less soil in storms
Peer-Reviewed Publication
Upland Soils College
Hill farms that kept their hedgerows lost a third less soil in heavy storms than farms without them, researchers at Upland Soils College reported.
The study followed 60 farms for five years.
"""


def test_a_label_under_a_deck_is_no_kicker():
    """ "Peer-Reviewed Publication" repeats, but under each story's deck: inside the head, not
    over it, so the headline stays the story's first line."""
    dump = parse(UNDER_A_HEADLINE)
    titles = [a.title for a in dump.articles]
    assert titles[0] == "Reef sponges filter more water at night, survey finds"
    assert not {"Southern Reef Institute", "Upland Soils College"} & set(titles)


TAGS_THEN_CONTACTS = """Pinefield Energy
Pinefield Energy opens 8 MW solar park in Vestby
Press release   •   Apr 2, 2026 09:00 CEST
Pinefield Energy today opened an 8 MW solar park in Vestby, its largest so far, which will supply about 2,000 homes.
"The park shows what we can build on old farmland," said chief executive Ida Strand.

Topics
Energy
Technology

Contacts
Ola Berg
Press contact
ola.berg@pinefield.example
+47 900 00 000

About Pinefield Energy
Pinefield Energy is a Norwegian company that builds and runs solar parks in Eastern Norway.

Pinefield Energy
Pinefield Energy names new head of operations
Press release   •   Apr 1, 2026 14:00 CEST
Pinefield Energy has named Sara Holm as head of operations from 1 May, the company said on Wednesday.
Holm joins from a Bergen-based grid company, where she ran its maintenance division.
"""


def test_a_contact_block_after_the_release_tags_stays_with_the_release():
    dump = parse(TAGS_THEN_CONTACTS)
    assert [a.title for a in dump.articles] == [
        "Pinefield Energy opens 8 MW solar park in Vestby",
        "Pinefield Energy names new head of operations",
    ]
    first = dump.articles[0]
    assert any("ola.berg@pinefield.example" in p for p in first.body)
    assert any(p.startswith("About Pinefield Energy") for p in first.body)


SHOUTED_MASTHEADS = """HARBOUR CITY ONLINE
Home » Business » Ports
Container terminal adds two cranes before the summer peak
The container terminal at Harbour City has installed two new ship-to-shore cranes, raising its capacity by a fifth before the summer shipping peak, the port authority said on Thursday.
The cranes were shipped in one piece from the manufacturer and took three weeks to assemble.
Lan Phuong
==========
RIVER PROVINCE ONLINE - ENGLISH
Politics - Economy - Society - Culture - Photos
Night market opens on the old ferry landing
RPO - A night market with 120 stalls opened on Thursday on the old ferry landing, where the provincial ferry stopped running last year when the new bridge opened.
Stallholders pay a small fee that goes towards lighting and cleaning, the district said.
"""


def test_a_site_name_in_capitals_over_its_menu_is_no_title():
    dump = parse(SHOUTED_MASTHEADS)
    assert [a.title for a in dump.articles] == [
        "Container terminal adds two cranes before the summer peak",
        "Night market opens on the old ferry landing",
    ]


PAPER_NAMED_ALONE = """Kestrelby News
Market hall roof to be replaced this summer
By Staff Writer
April 2, 2026
The roof of the old market hall will be replaced this summer at a cost of $2 million, the town council said on Thursday.
Traders will move to a tent in the car park while the work is done.
==========
Breaking News
Bridge closed for repairs after lorry strike
April 2, 2026
The river bridge on the coast road was closed on Thursday after a lorry struck one of its beams, the roads department said.
Drivers are being sent along the inland road, which adds twenty minutes.
"""


def test_a_paper_named_alone_over_its_page_is_its_source_not_a_section():
    """ "Kestrelby News": an outlet's word after a name no section has; "Breaking News" is a
    section, not the source."""
    first, second = parse(PAPER_NAMED_ALONE).articles
    assert first.source == "Kestrelby News"
    assert second.source != "Breaking News"


SITE_AS_WRITER = """MEKONG BRIEFING
Business Intelligence for the Mekong | Riverside Advisory
Tax
Province Extends Land Rent Cut for Industrial Park Tenants
Written by Mekong Briefing | Reading Time: 3 minutes
April 2, 2026
The provincial finance department has extended a 30 percent cut in land rent for tenants of industrial parks until the end of 2026, according to a draft decision released on Thursday.
The cut, first granted in 2023, applies to companies that lease land directly from the state.
Who qualifies
Companies that lease land directly from the state and have paid on time may apply before 30 June.
What investors should do now
Companies should check whether their lease is with the state or with a park developer, as only the former qualifies.
"""


def test_a_site_that_signs_its_own_story_is_its_source_and_short_headings_stay_text():
    art = parse(SITE_AS_WRITER).articles[0]
    assert art.byline == ""
    assert art.source == "Mekong Briefing"
    assert "Who qualifies" in art.body
    assert "What investors should do now" in art.body
    assert not [c for _, c in art.captions if c in ("Who qualifies",)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Por Liz Benítez", "Liz Benítez"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Von Anna Weber", "Anna Weber"),
    ],
)
def test_bylines_in_other_languages(line, name):
    assert grammar.byline(line) == name


@pytest.mark.parametrize(
    "line", ["Por su parte, el ministro dijo", "Par ailleurs", "Von der Leyen"]
)
def test_a_sentence_opening_with_por_par_von_is_no_byline(line):
    assert not grammar.byline_line(line)


def test_a_sites_own_name_in_brackets_before_the_dateline_is_its_agency():
    d = grammar.dateline(
        "(PRDistribution.com) Adelaide, Australia, 2 April 2026 — Solvane Energy has connected "
        "1,200 home batteries to a virtual power plant."
    )
    assert d is not None
    assert d.agency == "PRDistribution.com"
    assert d.text.startswith("Adelaide")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Lumora Foods Newsroom", "Lumora Foods"),
        ("Vellan Health - newsroom", "Vellan Health"),
        ("Seewald Optics GmbH", "Seewald Optics"),
        ("Newsroom", "Newsroom"),
    ],
)
def test_a_companys_press_page_is_named_after_the_company(name, short):
    assert grammar.without_legal_form(name) == short


NEWSROOM_FEED = """Kelvale Pharmacy Newsroom
Filter: all industries | Thursday, April 2, 2026
Kelvale Pharmacy opens three late-night branches in Leeds
Branches will stay open until midnight seven days a week
Kelvale Pharmacy has opened three branches in Leeds that stay open until midnight, so that shift workers can collect prescriptions after work.
"Half of our customers asked for later hours, and the night shift at the hospital asked first," said operations director Priya Shah.
Each branch will have a pharmacist on duty until closing and a consulting room for private advice on medicines.
The company plans two more late-night branches in Bradford and York before the end of the year, it said.
About Kelvale Pharmacy
Kelvale Pharmacy runs 40 community pharmacies in Yorkshire.
Contact Info:
Name: Dana Hill
Email: press@kelvale.example
Organization: Kelvale Pharmacy
Press contact
Tom Reed, tom.reed@kelvale.example, +44 113 555 0100
Release ID: 89112403
"""


def test_a_companys_newsroom_page_one_line_a_paragraph():
    """A feed's dated bar is no title; the first headline-shaped line is the headline and the
    next its deck; the boilerplate headings keep their lines as one paragraph each, as a dump
    with blank lines prints them; the source is the company, not its press page."""
    art = parse(NEWSROOM_FEED).articles[0]
    assert art.title == "Kelvale Pharmacy opens three late-night branches in Leeds"
    assert art.subtitle == "Branches will stay open until midnight seven days a week"
    assert art.source == "Kelvale Pharmacy"
    flat = [" ".join(p.split()) for p in art.body]
    assert (
        "About Kelvale Pharmacy Kelvale Pharmacy runs 40 community pharmacies in Yorkshire." in flat
    )
    assert (
        "Contact Info: Name: Dana Hill Email: press@kelvale.example Organization: Kelvale Pharmacy"
        in flat
    )
    assert "Press contact Tom Reed, tom.reed@kelvale.example, +44 113 555 0100" in flat
    assert not any("Release ID" in p for p in flat)
    assert art.external_id == "89112403"
    assert art.byline == ""
    assert not art.captions


DESK_FILE = """NORTH COAST DESK - DAYBOOK AND COPY - THURSDAY 2 APRIL 2026
Desk: Harbour City / Saltby relay
=====================================
DAYBOOK
09:00 HARBOUR CITY - Port authority briefing on the new cranes (staffed)
11:30 SALTBY - Opening of the coastal road after repairs (staffed)
=====================================
COPY
Port authority says new cranes will cut waiting times by half
By Marta Oyelaran
Harbour City, April 2 (Coast Wire) - The port authority says the two new cranes installed at the container terminal will cut the time ships wait for a berth by half during the summer peak.
The authority's operations director told a Thursday briefing that the cranes would work around the clock from May.
Shipping lines had complained last summer that vessels waited up to three days outside the harbour for a berth.
"We expect the queue to be gone by the end of June," the director said, adding that a third crane was on order.
The terminal handled 410,000 containers last year, a fifth more than the year before, the authority said.
Coast Wire/mo/jk
"""


def test_the_headline_is_the_line_over_the_byline_whatever_the_desk_prints_above():
    art = parse(DESK_FILE).articles[0]
    assert art.title == "Port authority says new cranes will cut waiting times by half"
    assert art.byline == "Marta Oyelaran"


def test_a_chunk_cut_on_the_line_break_before_a_name_lede_keeps_it():
    """A cut that fell on the newline between a headline and "Newswise — ..." consumed it and
    put its own back: the break is real, not a cut to join."""
    from articles.importers.dumps.chunks import _opens_story

    assert _opens_story(
        "Newswise — Counts of purple sea urchins on reefs near river mouths fell by about half."
    )
    assert not _opens_story("Meanwhile the council said it would review the plan next year.")


RELATED_THEN_NEXT_PAGE = """HIGHLAND TIMES
Valley farmers plant early paddy nurseries
Dorji Wangmo | Punakha
Farmers in the valley have started their paddy nurseries two weeks early this year because of the warm spring, the district agriculture office said on Thursday.
Officials said the early start would let farmers plant a second vegetable crop after the harvest.
Edited by Karma Lhamo
Related Stories
Yak herders receive winter fodder
Archers prepare for the spring tournament

Regional archery tournament opens in Paro
Pema Tshering | Paro
Twenty-four archery teams from eight districts are competing in a regional tournament that opened in Paro on Thursday, the organisers said.
The winning team will receive a cash prize and a trophy made by local craftsmen.
"""


def test_teaser_titles_under_their_header_before_the_next_page():
    """Two titles under "Related Stories", each shaped like a headline with a story somewhere
    ahead: the story belongs to the page after them, not to the first title."""
    first, second = parse(RELATED_THEN_NEXT_PAGE).articles
    assert [t.title for t in first.teasers] == [
        "Yak herders receive winter fodder",
        "Archers prepare for the spring tournament",
    ]
    assert second.title == "Regional archery tournament opens in Paro"


RULED_PAGES = """RIVER PROVINCE ONLINE - ENGLISH
Politics - Economy - Society - Culture - Photos
Riverside park opens on the old warehouse site
RPO - A riverside park with walking paths and a playground opened on Thursday on land cleared of old warehouses along the river, the city said.
The park cost 240 billion dong and will host a weekend market, officials said.
THANH TAM
Other news
Province plans 30 electric bus routes
Industrial park adds a wastewater plant
==========
RIVER PROVINCE ONLINE - ENGLISH
Thursday, 02/04/2026
Province plans 30 electric bus routes
RPO - The province plans to open 30 electric bus routes by 2028, linking industrial parks with homes and the new metro station, the transport department said.
The first eight routes will start in September with 60 buses, the department said.
HONG PHUC
"""


def test_a_page_rule_ends_the_teasers_and_the_next_page_starts_under_it():
    first, second = parse(RULED_PAGES).articles
    assert [t.title for t in first.teasers] == [
        "Province plans 30 electric bus routes",
        "Industrial park adds a wastewater plant",
    ]
    assert second.title == "Province plans 30 electric bus routes"
    assert second.body[0].startswith("RPO - The province plans")


def test_a_media_advisory_is_desk_furniture():
    assert grammar.chrome(
        "MEDIA ADVISORY: Deputy Minister's visit to the water works, Monday, 10:00."
    )


def test_an_agency_named_in_mixed_case_after_the_date():
    d = grammar.dateline(
        "DUSHANBE, April 8, 2026, Asia-Plus -- Dushanbe will host a meeting of water "
        "ministers on hydropower in June."
    )
    assert d is not None
    assert (d.text, d.agency) == ("DUSHANBE, April 8, 2026", "Asia-Plus")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Traders arrange produce at the new wholesale market. [Kipkemoi Langat, Standard]",
            "Kipkemoi Langat, Standard",
        ),
        ("FILE PHOTO: A wheat farm. [PHOTO CREDIT: Premium Times]", "Premium Times"),
        (
            "Residents line up for water in Pototan. The STAR / Ramon Villareal, file",
            "The STAR / Ramon Villareal",
        ),
        ("The council approved the plan. [Reporting by Jane Doe]", ""),
    ],
)
def test_caption_credits_in_square_brackets_and_on_file_photos(caption, credit):
    assert grammar.photo_credit(caption) == credit


ARROW_CRUMB = """The Valley Standard
Home | News | Business | Opinion | Sports | Counties
Home › National
Traders move to new market as county closes old stalls
By Wanjiru Kamau | Apr. 8, 2026
Traders arrange produce at the new wholesale market. [Kipkemoi Langat, Standard]
More than 1,200 traders moved to a new wholesale market yesterday as the county government closed the old stalls on the main avenue.
The county trade executive said the new market had 1,500 stalls, cold rooms and a loading bay for lorries.
Read More
Bus terminal to be built in the town centre
"""


def test_a_crumb_with_arrows_over_the_headline_and_a_credited_caption_under_the_byline():
    art = parse(ARROW_CRUMB).articles[0]
    assert art.title == "Traders move to new market as county closes old stalls"
    assert art.byline == "Wanjiru Kamau"
    assert [c for _, c in art.captions] == [
        "Traders arrange produce at the new wholesale market. [Kipkemoi Langat, Standard]"
    ]
    assert art.body[0].startswith("More than 1,200 traders")


KICKER_HEADLINE_DECK = """CITY NEWS DAILY
News | Business | Politics | Culture | Travel | Opinion
News
Light rail Line 5 to open in July, says the state governor
The line will link the centre with the airport
Published on Wednesday, April 8, 2026
By Laura Sandoval
Workers install overhead cables on Line 5. Credit: State Government / Ana Ruiz
Line 5 of the light rail will open in July, the state governor said on Tuesday, almost a year later than originally planned.
The line will have eight stations and connect the historic centre with the airport in about 25 minutes.
The governor said the delay was caused by the relocation of water pipes under the route.
Trains will run every five minutes at peak hours and every ten minutes in the evening, the operator said.
Fares will be the same as on the other lines, with free transfers for students and pensioners.
Related posts
Metro Line 6 enters test phase
"""


def test_headline_then_deck_then_stamp_and_byline_one_line_a_paragraph():
    """The first headline-shaped line under the kicker is the headline, the next its deck;
    the credited caption under the byline is no story's headline."""
    dump = parse(KICKER_HEADLINE_DECK)
    assert len(dump.articles) == 1
    art = dump.articles[0]
    assert art.title == "Light rail Line 5 to open in July, says the state governor"
    assert art.subtitle == "The line will link the centre with the airport"
    assert art.byline == "Laura Sandoval"
    assert art.body[0].startswith("Line 5 of the light rail")


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        (
            "OSLO--Brennvik Shipping ASA raised its full-year earnings outlook on Wednesday.",
            "OSLO",
            "",
        ),
        (
            "SÃO PAULO--Pedra Alta Mineração SA agreed to sell its nickel unit for $420 million.",
            "SÃO PAULO",
            "",
        ),
        (
            "09:31 AM EDT, 04/08/2026 (MT Newswires) -- Larkspur Bio shares were up more than 14% in recent trading.",
            "04/08/2026",
            "MT Newswires",
        ),
        (
            "(RTTNews) - European stocks rose slightly on Wednesday as investors awaited the minutes.",
            "",
            "RTTNews",
        ),
        (
            "(ANSA) - ROME, APRIL 4 - Parliament approved the budget on Thursday after a long debate.",
            "ROME, APRIL 4",
            "ANSA",
        ),
    ],
)
def test_market_wire_datelines(lede, place, agency):
    d = grammar.dateline(lede)
    assert d is not None
    assert (d.text, d.agency) == (place, agency)


def test_a_teasers_bracketed_summary_is_no_lede():
    assert (
        grammar.dateline("(Dtinews) - More than 200 volunteers collected rubbish on Sunday...")
        is None
    )


@pytest.mark.parametrize(
    "line", ["(END) Dow Jones Newswires", "Write to Kari Holmen at kari.holmen@dj.example"]
)
def test_market_wire_sign_offs(line):
    assert grammar.SIGNOFF_RE.match(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ashby Foods Cuts Annual Sales Guidance", ""),
        ("European Shares Edge Higher Ahead Of ECB Minutes", ""),
        ("Ana Maria Ruiz Garcia", "Ana Maria Ruiz Garcia"),
        ("Nguyen Thi Minh Khai", "Nguyen Thi Minh Khai"),
        ("Yvette Tanamal and Dio Suhenda", "Yvette Tanamal and Dio Suhenda"),
    ],
)
def test_a_headline_in_title_case_is_no_name(line, name):
    assert grammar.page_byline(line) == name


MARKET_FEED = """=== News list: saved 08-Apr-2026 15:02 ===

Brennvik Shipping Raises Full-Year Outlook on Container Rates
By Kari Holmen

OSLO--Brennvik Shipping ASA raised its full-year earnings outlook on Wednesday after container freight rates on its Asia-Europe routes held up better than it had expected.

Shares rose 6.2% in morning trade.

Write to Kari Holmen at kari.holmen@dj.example

(END) Dow Jones Newswires

April 08, 2026 05:47 ET (09:47 GMT)

Larkspur Bio Shares Rise After Phase 2 Data
09:31 AM EDT, 04/08/2026 (MT Newswires) -- Larkspur Bio shares were up more than 14% in recent trading after the company said its experimental eczema drug met its main goal.

Kestrel plans to start a phase 3 program in the first half of 2027.

Ashby Foods Cuts Annual Sales Guidance
09:48 AM EDT, 04/08/2026 (MT Newswires) -- Ashby Foods lowered its fiscal 2026 net sales guidance on Wednesday, citing weaker demand for frozen meals in the US.

The company now expects net sales of $3.1 billion to $3.2 billion, down from its prior outlook.
"""


def test_a_market_news_list():
    dump = parse(MARKET_FEED)
    assert [a.title for a in dump.articles] == [
        "Brennvik Shipping Raises Full-Year Outlook on Container Rates",
        "Larkspur Bio Shares Rise After Phase 2 Data",
        "Ashby Foods Cuts Annual Sales Guidance",
    ]
    first = dump.articles[0]
    assert first.byline == "Kari Holmen"
    assert first.body[-1] == "Shares rose 6.2% in morning trade."
    assert [a.source for a in dump.articles[1:]] == ["MT Newswires", "MT Newswires"]


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        (
            "Graz (pts021/09.04.2026/09:30) - The Styrian software company Railsoft has opened a development centre.",
            "Graz",
            "pts",
        ),
        (
            "(lifePR) (Lübeck, 08.04.2026) Hafenwerft Kiel GmbH has delivered its first battery-electric ferry.",
            "Lübeck, 08.04.2026",
            "lifePR",
        ),
    ],
)
def test_distributor_datelines_with_codes_and_bracketed_places(lede, place, agency):
    d = grammar.dateline(lede)
    assert d is not None
    assert (d.text, d.agency) == (place, agency)


def test_a_papers_own_name_keeps_the_word_newspaper():
    assert grammar.copyright_owner("Copyright © Dong Nai Newspaper. All rights reserved.") == (
        "Dong Nai Newspaper"
    )


@pytest.mark.parametrize(
    ("caption", "credit"),
    [("Ein fahrerloses Transportfahrzeug im Werk (Bildquelle: Müller GmbH)", "Müller GmbH")],
)
def test_photo_credits_in_other_languages(caption, credit):
    assert grammar.photo_credit(caption) == credit


CODED_RELEASES = """pts20260409021 Technology/Digitalisation, Business/Economy
Linzer Railsoft opens development centre for rail signalling software
Company to hire 45 engineers by the end of 2027

Graz (pts021/09.04.2026/09:30) - The Styrian software company Railsoft GmbH has opened a development centre for rail signalling software in the city's Reininghaus district.

Railsoft plans to hire 45 engineers for the centre by the end of 2027. The company currently employs 130 people in Graz and Linz.

(End)

Issuer: Railsoft GmbH
Contact person: Peter Koller
E-Mail: presse@railsoft.example
"""


def test_a_release_code_over_the_headline_is_its_id_and_the_issuer_field_names_the_firm():
    art = parse(CODED_RELEASES).articles[0]
    assert art.title == "Linzer Railsoft opens development centre for rail signalling software"
    assert art.external_id == "pts20260409021"
    assert art.source == "pts"


def test_a_release_with_no_distributor_named_is_the_issuers():
    text = CODED_RELEASES.replace("Graz (pts021/09.04.2026/09:30) - ", "GRAZ - ").replace(
        "pts20260409021 ", "Release 11 "
    )
    art = parse(text).articles[0]
    assert art.source == "Railsoft"


def test_an_agency_between_dashes_after_the_date_and_time():
    d = grammar.dateline(
        "Rome, 08 Apr 09:14 - (Nova) - The port of Naples will open its new ferry terminal in June."
    )
    assert d is not None
    assert (d.text, d.agency) == ("Rome, 08 Apr", "Nova")


ROUNDUP = """Subject: Europe English services - morning roundup

Novi Sad book fair expects record number of publishers
NOVI SAD, April 8 (Beta) - The International Agricultural Fair in Novi Sad will host a record 1,750 exhibitors from 60 countries when it opens on May 16, the Fair's management said on April 8.

The fair, one of the oldest in the region, was first held in 1923.

* * *

Uruguay and Paraguay agree to repair a border bridge
Wednesday, April 8th 2026 - 09:40 UTC
The works will cover some 180 kilometres south of Asunción
The agreement was signed at the Torre Ejecutiva in Montevideo (Photo: Presidencia)
The Governments of Uruguay and Paraguay on Tuesday signed an agreement in Montevideo to dredge a stretch of the waterway that has become too shallow for fully loaded barges.

Paraguay moves most of its soy and beef exports along the waterway to ports in Uruguay and Argentina.
"""


def test_a_stamp_between_the_headline_and_its_deck_keeps_them_one_head():
    first, second = parse(ROUNDUP).articles
    assert second.title == "Uruguay and Paraguay agree to repair a border bridge"
    assert second.subtitle == "The works will cover some 180 kilometres south of Asunción"
    assert not first.teasers


AFRICA_RELAY = """AFRICA WIRE RELAY 08/04/2026 0614 GMT

caj0512 SA-RAIL-FREIGHT 0398
SOUTH AFRICAN RAIL OPERATOR ADDS 12 FREIGHT SLOTS ON PORT LINE
by Sipho Ndlovu

JOHANNESBURG, (CAJ News) - A PRIVATE rail operator has been granted
14 weekly freight slots on the line between the Durban port and the
Gauteng industrial hub, the first allocation under the reopened
freight network.

The company will pay an access fee to the state network operator for
each slot it uses.

- CAJ News
ENDS

caj0513 MZ-CASHEW 0276
MOZAMBIQUE CASHEW PROCESSORS EYE NEW BUYERS
MAPUTO, (CAJ News) - MOZAMBICAN cashew processors will send a trade
delegation to Kochi later this month as they seek to lift exports of
processed kernels to India.

- CAJ News
ENDS

sonna0217 SOM-FISHERIES 0301
SOMALIA LICENSES 9 LOCAL FISHING VESSELS IN COASTAL WATERS
Mogadishu (SONNA) - The Ministry of Fisheries and Blue Economy has
issued licenses to 12 locally owned fishing vessels to operate in
waters off Puntland, the ministry said on Wednesday.

The ministry plans to license a further 20 vessels before the end of
the year.
"""


def test_a_hard_wrapped_relay_with_repeated_sign_offs_and_a_headline_in_capitals():
    """ "- CAJ News" closes story after story before the end mark: learned as a sign-off; a
    headline in capitals is never the first line of the lede under it."""
    arts = parse(AFRICA_RELAY).articles
    assert [a.title for a in arts] == [
        "SOUTH AFRICAN RAIL OPERATOR ADDS 12 FREIGHT SLOTS ON PORT LINE",
        "MOZAMBIQUE CASHEW PROCESSORS EYE NEW BUYERS",
        "SOMALIA LICENSES 9 LOCAL FISHING VESSELS IN COASTAL WATERS",
    ]
    assert not any(p == "- CAJ News" for a in arts for p in a.body)
    assert arts[2].body[0].startswith("Mogadishu (SONNA) - The Ministry")


SCIENCE_AND_ICROWD = """ScienceWire > Item Display
Coastal seagrass meadows store more carbon than thought, study finds
08 Apr 2026
University of Westhaven

Seagrass meadows along the northern coast store about a third more carbon in their sediments than earlier estimates suggested, according to a study led by researchers at the university.

The team took 140 sediment cores from 35 meadows. Carbon stocks were highest in sheltered bays, where fine particles settle.

Keywords: Science, Earth Sciences, Environment
Regions: Europe

Contact Information
Silje Aase
University of Westhaven
silje.aase@westhaven.example

---

Solace Ridge Opens Solar Training Academy in Tucson
Tucson, Arizona (iCrowdNewswire) - Apr 8, 2026 - Solace Ridge Energy today opened a training academy for solar installers in Tucson, with space for 240 trainees a year.

The 12-week course covers rooftop and ground-mounted systems, electrical safety and battery storage.
"""


def test_an_issuer_under_the_headline_and_a_contact_block_after_the_tags():
    first, second = parse(SCIENCE_AND_ICROWD).articles
    assert first.body[0].startswith("Seagrass meadows")
    assert first.source == "University of Westhaven"
    flat = [" ".join(p.split()) for p in first.body]
    assert flat[-1] == (
        "Contact Information Silje Aase University of Westhaven silje.aase@westhaven.example"
    )
    assert second.title == "Solace Ridge Opens Solar Training Academy in Tucson"
    assert second.source == "iCrowdNewswire"


@pytest.mark.parametrize(
    "line",
    [
        "All rights reserved. This material and any other digital content on this platform may not "
        "be reproduced, published, broadcast, written or distributed in full or in part, without "
        "written permission from THE CITY HERALD.",
        "City News Daily | Sign up for our newsletter",
        "Receive by email the next news about this company: https://www.wire.example/subscribe",
    ],
)
def test_rights_notices_and_calls_to_subscribe_are_chrome(line):
    assert grammar.chrome(line)


def test_a_sentence_about_a_newsletter_is_no_chrome():
    assert not grammar.chrome(
        "The council said residents could read about the plan in its monthly newsletter, which "
        "is delivered to every home."
    )


@pytest.mark.parametrize("line", ["K.F.", "M. N.", "-- end of digest --", "== End of roundup =="])
def test_initials_and_end_of_digest_lines_close_a_story(line):
    assert grammar.SIGNOFF_RE.match(line)


def test_a_quotes_fields_under_a_market_story_are_chrome():
    assert grammar.chrome("Price: 23.85, Change: +2.99, Percent Change: +14.33")
    assert not grammar.chrome("Price: the council said fares would rise in May.")


DIGEST = """From: Central Asia desk <cadesk@monitor.example>
Subject: Central Asia digest - Wednesday, April 8, 2026

Kyrgyzstan opens seasonal labour office in Osh
OSH - A seasonal labour recruitment office opened in Osh today, the Ministry of Labour reported, and will register citizens who want to work on farms abroad.
The office will register citizens under intergovernmental agreements with two countries.
Applicants must be between 21 and 45 years old and pass a medical examination.
Kanykei Abdyrakhmanova

-- end of digest --
"""


def test_no_caption_is_guessed_in_a_digest_of_copy():
    art = parse(DIGEST).articles[0]
    assert not art.captions
    assert art.body[-1] == (
        "Applicants must be between 21 and 45 years old and pass a medical examination."
    )


RIGHTS_AFTER_TEASERS = """Lagos hospitals get 50 new ambulances
By Chioma Okafor
The Lagos State Government has handed over 50 new ambulances to public hospitals and emergency centres across the state, officials said on Wednesday.
The Commissioner for Health said the ambulances would cut response times in Ikorodu, Badagry and Epe.
Related
Federal government releases funds for primary healthcare centres
Ogun opens new trauma centre

All rights reserved. This material and any other digital content on this platform may not be reproduced, published, broadcast, written or distributed in full or in part, without written permission from THE LAGOS HERALD.
"""


def test_a_long_rights_notice_after_the_teasers_is_no_story():
    dump = parse(RIGHTS_AFTER_TEASERS)
    assert [a.title for a in dump.articles] == ["Lagos hospitals get 50 new ambulances"]
    assert [t.title for t in dump.articles[0].teasers] == [
        "Federal government releases funds for primary healthcare centres",
        "Ogun opens new trauma centre",
    ]


@pytest.mark.parametrize(
    "line", ["Subject: MEDIA RELEASE: Coastal Wetlands Trust", "From: alerts@newsdirect.example"]
)
def test_an_emails_header_is_chrome(line):
    assert grammar.chrome(line)


def test_a_headline_with_a_thousands_comma_over_its_lede_is_two_lines():
    from articles.importers.dumps.layout import breaks_prose, headline_shape

    assert headline_shape("Volunteers plant 25,000 mangroves on Queensland coast")
    text = (
        "Volunteers plant 25,000 mangroves on Queensland coast\n"
        "More than 600 volunteers have planted 25,000 mangrove seedlings along the coast, the trust said.\n"
    )
    p = text.index("\n")
    assert not breaks_prose(text, p, 0, len(text) - 1)
    text = (
        "Forward-Looking Statements\n"
        "This press release contains forward-looking statements about the company's plans.\n"
    )
    p = text.index("\n")
    assert not breaks_prose(text, p, 0, len(text) - 1)


def test_a_distributors_closing_line_with_its_disclaimer():
    line = (
        "This release was distributed by Medianet. Medianet takes no responsibility for the "
        "content of this release."
    )
    assert grammar.SIGNOFF_RE.match(line)
    assert grammar.PUBLISHED_ON_RE.match(line).group("name") == "Medianet"


COMMENTS_THEN_TEASERS = """Port city dockers get free weekend eye tests
MINH CHAU |
Sunday, 05/04/2026 09:10 (GMT+7)

Port city - About 1,500 dock workers at two container terminals will be offered free eye tests on weekends this month, the port workers' union said.

Opticians from a city clinic will set up stations at the terminal gates, and workers who need glasses will get a voucher.

Tags: port   eye tests   dockers
Comments (2)
Le Quang Vinh · 05/04/2026 10:12
Our terminal in the north needs this too. Please cover it.
Reply   Like 7
Do Thi Hanh · 05/04/2026 11:30
Good news for my husband, thank you.
Reply   Like 2
See more
Union opens night canteen for crane operators
New shift rules: what dock workers need to know
"""


def test_readers_comments_are_no_teasers():
    art = parse(COMMENTS_THEN_TEASERS).articles[0]
    assert [t.title for t in art.teasers] == [
        "Union opens night canteen for crane operators",
        "New shift rules: what dock workers need to know",
    ]


def test_a_wire_items_header_is_no_readers_comment():
    assert grammar.COMMENT_HEAD_RE.match("Nguyen Van Hung · 14/03/2026 09:41")
    assert not grammar.COMMENT_HEAD_RE.match("LETA | 15.01.2026 07:52")


@pytest.mark.parametrize("line", ["[VERSION ORIGINALE - FRANÇAIS]", "[ENGLISH TRANSLATION]"])
def test_a_desks_label_in_square_brackets_is_chrome(line):
    assert grammar.chrome(line)


def test_a_placeholder_in_square_brackets_is_left_to_the_captions():
    assert not grammar.chrome("[Image: Sediment coring]")
