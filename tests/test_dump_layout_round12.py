# ruff: noqa: E501  (the dumps below print one paragraph a line, as suppliers do)
"""The dump parser's twelfth round: record lines, counted rules, and the dump's own positions.

* a record line over each item ("NAME | Desk | Section", " 1) stamp  NAME  [CC]") names the
  item's supplier in one of its fields, whatever the record's layout: the field that is a name,
  past numbers, stamps and codes; it outranks a photo's credit or the next item's lines;
* a share row or a menu in the same shape names nobody;
* "--- 2/4 ---" parts the items of an alert, "-- END --" closes an item;
* a name alone in the place where the dump's other items carry their record line is that
  item's tag.

Every dump here is invented (fictional people, firms and events) in a layout of its own.
"""

from __future__ import annotations

import pytest

from articles.importers.dumps import parse_text
from articles.importers.dumps.lines import record_name


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round12.txt")


READER_EXPORT = """\
Reading list - export
Collection: island broadcasters   (3 stories)
________________________________________

TANGARO RADIO | News | Society
Harbour town to add four night ferry runs across the lagoon
Posted: 2026-12-05 10:41

Photo : Lagoon Photo Agency

The harbour town will add four night ferry runs across the lagoon from next month, linking the outer villages with the market wharf after dark.

The council said it counted more than 9,000 crossings a month on the evening boats this year, twice as many as two years ago.

Fares will stay at the day rate.
________________________________________

KELLA FM | Local | 05/12/2026 13:20
Fish market to open a second cold room before the holiday season
Reporter: Ana Vatu

The fish market will open a second cold room before the holiday season, its manager said on Saturday, after traders lost catch in the November heat.

The room will hold eight tonnes and was paid for by a grant from the fisheries ministry.

Traders will pay a small fee per crate.
________________________________________

TANGARO RADIO | News | Pacific
Village school wins national robotics prize with a coconut sorter
Posted: 2026-12-05 12:02

A village school on the lagoon's north shore has won the national robotics prize with a machine that sorts coconuts by ripeness.

The team of six students built the sorter from scrap parts over two terms, their teacher said.

They will show it at the regional fair in March.
"""


def test_a_record_line_over_each_item_names_its_supplier():
    dump = parse(READER_EXPORT)
    assert [a.title for a in dump.articles] == [
        "Harbour town to add four night ferry runs across the lagoon",
        "Fish market to open a second cold room before the holiday season",
        "Village school wins national robotics prize with a coconut sorter",
    ]
    # (the first item's photo credit names an agency: the item's own record line wins)
    assert [a.source for a in dump.articles] == ["TANGARO RADIO", "KELLA FM", "TANGARO RADIO"]
    # the confidence says where the source came from
    assert all("source taken from the item's tag line" in a.doubts for a in dump.articles)


TERMINAL = """\
PRICEDESK 3.1     MARKETS     SAT 05DEC26 08:10 GMT
QUERY: SRC(ALL)  3 HITS
--------------------------------------------------------------------
 1) 04DEC 12:48 GMT  HARBOURLINE  [NZ]
Lagoon bourse closes higher for a third day as lenders gain

HARBOURLINE – The lagoon bourse closed higher on Friday for a third straight
session, with lenders lifting the main index by half a percent.

Turnover was 1.2 billion, most of it in bank and insurance shares.
  -- END --
--------------------------------------------------------------------
 2) 05DEC 06:02 GMT  QAWAFIL  [OM]
Gulf index ends week lower as petrochemicals slide

The Gulf index ended the week down 1.1 percent, weighed by petrochemical
shares, while turnover fell by a fifth from the week before.

The parallel market closed the week slightly higher.
  -- END --
--------------------------------------------------------------------
 3) 05DEC 06:40 GMT  HARBOURLINE  [NZ]
Orchard cool-store operator doubles its capacity ahead of the harvest

An orchard cool-store operator owned by four grower families will double its
capacity before the next harvest, its chief executive said.

The expansion will cost about 20 million and open in February.
  -- END --
"""


def test_a_terminal_record_names_each_item_and_its_end_mark_closes_it():
    dump = parse(TERMINAL)
    assert [a.source for a in dump.articles] == ["HARBOURLINE", "QAWAFIL", "HARBOURLINE"]
    for art in dump.articles:
        assert not any("END" in p for p in art.body), art.body
    assert dump.articles[1].body[-1] == "The parallel market closed the week slightly higher."


ALERT = """\
From: Wire Alerts <alerts@desk.example>
Subject: [Alert] island news: 3 new items

Your saved search "island news" has 3 new items since 06:00.

--- 1/3 ---
Reef Courier (Island News Agency)
Reef survey counts more young coral than any year since 2019
By Mele Tupou | December 5, 2026
Divers counting young coral on the outer reef found more new colonies this year than in any survey since 2019, the marine institute said on Saturday.
The survey covered 40 sites and was repeated at the same places as every year.
--- 2/3 ---
lagoontimes24.com | Business
Ferry operator orders two electric boats for the short crossings
Staff Correspondent, lagoontimes24.com
The island's ferry operator has ordered two electric boats for its shortest crossings, to be delivered in 2028.
The boats will carry 120 passengers each and charge at the wharf between runs.
--- 3/3 ---
lagoontimes24.com | Island
Night market moves to the old bus depot for the summer
Staff Correspondent, lagoontimes24.com
The weekly night market will move to the old bus depot for the summer months, the council said.
Stallholders asked for the move because the depot has a roof and more parking.
--- end of alert ---
"""


def test_counted_rules_part_an_alert_and_a_lone_name_in_the_record_place_is_a_tag():
    dump = parse(ALERT)
    assert [a.title for a in dump.articles] == [
        "Reef survey counts more young coral than any year since 2019",
        "Ferry operator orders two electric boats for the short crossings",
        "Night market moves to the old bus depot for the summer",
    ]
    assert [a.source for a in dump.articles] == [
        "Reef Courier",
        "lagoontimes24.com",
        "lagoontimes24.com",
    ]
    assert dump.articles[0].byline == "Mele Tupou"


@pytest.mark.parametrize(
    "line, name",
    [
        ("KBS-LIKE RADIO | News | Society", "KBS-LIKE RADIO"),
        (" 1) 04DEC 12:48 GMT  HARBOURLINE  [NZ]", "HARBOURLINE"),
        (
            "BASKET SEA-EN   ITEM 1 OF 4   SRC: LAGOON PBS WORLD   RCVD 05/12 09:31",
            "LAGOON PBS WORLD",
        ),
        ("Kella FM | Local | 05/12/2026 13:20", "Kella FM"),
        ("lagoontimes24.com | Business", "lagoontimes24.com"),
        # a share row, a menu, a byline's meta line, one field: no record
        ("Facebook   Twitter   Telegram   Email", ""),
        ("Trade | Industry | Investment | Digital Economy", ""),
        ("Ana Vatu · Apr 9, 2026 · 4 min read", ""),
        ("By Ana Vatu | Friday, March 13, 2026", ""),
        ("Tangaro Radio", ""),
    ],
)
def test_record_name_reads_the_name_field(line, name):
    assert record_name(line) == name


MARKET_WIRE = """\
Harbour bourse closes up as lenders lift the index for a fifth day

HARBOURLINE - The harbour bourse closed up on Friday, with bank shares lifting the main index for a fifth straight session, provisional data showed.

Turnover was 2.1 billion, most of it in banking and insurance stocks.

Brokers said investors were buying ahead of the central bank's rate review next week. (Portvale/Dec4/2026)
"""


def test_a_closing_bracket_of_place_and_date_is_the_filing_tag_not_a_photo_credit():
    art = parse(MARKET_WIRE).articles[0]
    assert art.captions == []
    assert art.body[-1].endswith("(Portvale/Dec4/2026)")


PAGES = """\
Saved page: https://www.harbourdaily.example/news/ferry-berths/56-1001
Harbour Daily
Saturday, 5 December 2026 00:04 -     - {{hits}}
Front Page | News | Business | Columnists | Opinion | Sports
Ferry terminal to lease 40 berths to island charter operators
By Rosa Tavita
The ferry terminal will lease 40 berths to island charter operators on five-year terms from April, its developer said on Friday.
The first 15 berths will be ready in April and the rest by the end of the year.
Share  |  Tweet  |  Email
=================================================================
Saved page: https://islandtimes.example/article/1002
Island Times
Island | Business | World | Sport | Lifestyle | Opinion
Island
Council to open three new beach parks on the north shore
Times News Service
Published: 05 Dec 2026, 11:30
The council will open three new beach parks on the north shore before the summer, with shaded seating, toilets and playgrounds.
Work on the first park has already started and will finish in March.
=================================================================
Saved page: https://defencereview.example/en/regions/2001.html
DEFENCE REVIEW
Saturday, December 05, 2026, 10:02 (GMT+7)
HOME | THEORY | MILITARY REGIONS - SERVICES | INTERNATIONAL | OTHER ISSUES
Military Regions - Services
Military Region 9 improves flood response readiness along the delta
After a flood season that brought three high tides in six weeks, Military Region 9 has reviewed its flood response plans and reorganised its standby forces.
Units mobilised more than 12,000 troops and militia and 300 boats to evacuate residents and reinforce dykes this year.
Senior Colonel TRAN VAN KHOA, Chief of Staff of Military Region 9
Keywords: Military Region 9, flood response
Copyright © Defence Review. All rights reserved.
"""


def test_page_furniture_names_the_site_and_signs_the_author():
    daily, times, review = parse(PAGES).articles
    # the site's name over its date line and menu is its masthead
    assert daily.source == "Harbour Daily"
    assert daily.byline == "Rosa Tavita"
    # the paper's desk alone under the headline is no author
    assert times.title == "Council to open three new beach parks on the north shore"
    assert times.byline == ""
    # a section the menu lists is no supplier; an officer signs the article in capitals
    assert review.source != "Military Regions"
    assert review.byline == "TRAN VAN KHOA"


INBOX = """\
NEWSROOM INBOX :: distributor feeds :: Saturday 5 December 2026
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
[Gulfwire | Construction | 05 Dec 2026 09:12]
https://www.gulfwire.com/news/CONS_418999.html
Lagoon developer awards $40m contract for canal-side homes

The developer has awarded a $40 million main contract for the first phase of its canal-side homes to a local builder, it said on Saturday.

The first phase comprises 120 townhouses due for handover in 2028.
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
[ScienceDesk Asia | Research News | 05 Dec 2026 11:05]
https://www.sciencedeskasia.com/html/article.php/aid/55342/cid/1
Seagrass meadows recover faster where turtles graze less, study finds

Seagrass meadows grew back twice as fast in bays where turtles grazed less, according to a study of 30 bays along the southern coast.

The paper was published in a coastal ecology journal on 3 December.
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
"""


def test_a_bracketed_record_over_the_items_address_names_its_supplier_and_the_address_its_id():
    dump = parse(INBOX)
    assert [a.source for a in dump.articles] == ["Gulfwire", "ScienceDesk Asia"]
    assert [a.external_id for a in dump.articles] == ["CONS_418999", "55342"]


ARCHIVE = """\
Harbour Monitor
Daily Archives: December 5, 2026

Reef alert raised for the northern atolls after a warm week
Source: Atoll Reef Watch

The reef watch network has raised its heat-stress alert for the northern atolls after a week of sea temperatures above the seasonal average.

Divers will survey twelve sites next week and report any bleaching they find.

Media contact: Ana Kaitu, ana@reefwatch.example

Study finds island parrots solve puzzles faster in threes
Source: Southern Isles University

Island parrots solve puzzle boxes almost twice as fast when three birds work together as when they work alone, a university study has found.

The study is published in an animal behaviour journal.
"""


def test_a_headline_with_its_source_label_under_the_last_items_text_opens_the_next_item():
    dump = parse(ARCHIVE)
    assert [a.title for a in dump.articles] == [
        "Reef alert raised for the northern atolls after a warm week",
        "Study finds island parrots solve puzzles faster in threes",
    ]
    assert dump.articles[0].body[-1] == "Media contact: Ana Kaitu, ana@reefwatch.example"
    assert dump.articles[1].body[0].startswith("Island parrots solve puzzle boxes")


BASKET = """\
-- STATE DESK WIRE BASKET -- SAT DEC 05 2026 --
PRINTED 1405 AKST  WIDTH 64  2 ITEMS

ITEM 1 OF 2  SRC: DESERT BUREAU  SLUG: AZ-CITRUS  WDS 320
CITRUS GROWERS BRACE FOR A SECOND DRY WINTER
By Marta Quiroga
DATELAND – Citrus growers along the lower river say a second
winter of reduced water deliveries could force them to let the
oldest parts of their groves die back this year.

The irrigation district said it expects to publish its
allocation estimates in January.

ITEM 2 OF 2  SRC: PRAIRIE HEALTH DESK  SLUG: RURAL-CLINICS  WDS 410
RURAL CLINICS CUT WEEKEND HOURS AS NURSES LEAVE
By Colm Ashby
When the county clinic stopped opening on Saturdays in October,
the nearest weekend care for the town became a hospital 90 miles
away, patients said.

The county board will take up a funding proposal in January.
"""


def test_a_fielded_record_in_hard_wrapped_copy_keeps_its_line_and_names_the_supplier():
    dump = parse(BASKET)
    assert [a.title for a in dump.articles] == [
        "CITRUS GROWERS BRACE FOR A SECOND DRY WINTER",
        "RURAL CLINICS CUT WEEKEND HOURS AS NURSES LEAVE",
    ]
    assert [a.source for a in dump.articles] == ["DESERT BUREAU", "PRAIRIE HEALTH DESK"]
    assert [a.byline for a in dump.articles] == ["Marta Quiroga", "Colm Ashby"]


DIGEST = """\
From: Steppe Desk <desk@newsroom.example>
To: foreign-wires@newsroom.example
Subject: [digest] Saturday 5 December - 2 items

Steppe desk digest - Saturday, 5 December 2026
Items re-keyed from the agencies' English services and wrapped at 72 columns for the copy terminals. Check spellings of names before use.

  1  SteppeWire    Tram line tender
  2  Orda News     Grain tariffs

======================================================================
[1/2] SteppeWire | 05.12.2026 10:12
======================================================================
Karaganda akimat reopens tender for its first tram line after bids fail
Karaganda. 5 December. SteppeWire – The city akimat has reopened the
tender for the design and construction of a tram line after both
shortlisted bidders withdrew their offers, the transport department
said on Saturday.

The 11-kilometre line was meant to link the railway station with the
southern districts.
======================================================================
[2/2] Orda News | 05.12.2026 10:47
======================================================================
Grain exporters ask for a winter discount on rail freight tariffs
Nur-Sultan. 5 December. Orda News – Grain exporters have asked the
national railway for a winter discount on freight tariffs to keep
shipments to Black Sea ports moving, their union said on Saturday.

The union said exporters had shipped 15 percent less grain in November.
"""


def test_a_digests_contents_are_its_header_and_a_dotted_dateline_opens_the_lede():
    dump = parse(DIGEST)
    assert [a.title for a in dump.articles] == [
        "Karaganda akimat reopens tender for its first tram line after bids fail",
        "Grain exporters ask for a winter discount on rail freight tariffs",
    ]
    first, second = dump.articles
    assert first.source == "SteppeWire" and second.source == "Orda News"
    assert first.dateline == "Karaganda, 5 December"
    assert first.body[0].startswith("Karaganda. 5 December. SteppeWire – The city akimat")


FEED_EXPORT = """\
Feedreader export - folder "Farm news"
Exported 2026-12-05 09:30 UTC - 2 items - plain text

====================================================================
Feed: Pampas Ag Wire - Agribusiness
Item date: Sat, 05 Dec 2026 06:12:00 -0300
Link: https://www.pampasagwire.com/en/news/cherry-forecast-cut
--------------------------------------------------------------------
Cherry exporters cut their season forecast after November rains
Cherry exporters have cut their forecast for the coming season by 9%, after heavy rains in November split fruit in orchards in the central valleys.
The exporters' association said about 12% of the early varieties had been lost in the worst-affected areas.

====================================================================
Feed: Prairie Grain Daily
Item date: Fri, 04 Dec 2026 16:30:00 +1000
Link: https://www.prairiegraindaily.com/markets/harvest-passes-20mt/
--------------------------------------------------------------------
Western harvest passes 20Mt as receivals slow on the coast
The western grain harvest passed 20 million tonnes this week, with the main handler reporting receivals of 20.4Mt by Thursday night.
Deliveries slowed in the southern zones after storms on Tuesday.
"""


def test_a_labelled_record_over_each_item_is_furniture_and_its_feed_names_the_supplier():
    dump = parse(FEED_EXPORT)
    assert [a.title for a in dump.articles] == [
        "Cherry exporters cut their season forecast after November rains",
        "Western harvest passes 20Mt as receivals slow on the coast",
    ]
    assert [a.source for a in dump.articles] == ["Pampas Ag Wire", "Prairie Grain Daily"]
    for art in dump.articles:
        assert not any(p.startswith(("Feed:", "Item date:", "Link:")) for p in art.body)


QUEUE = """\
INBOUND QUEUE  desk=BALTIC  printed Sat 05.12.2026 13:02 EET
-------------------------------------------------------------------------------
 #   time   src   slug                         words
 1   08:41  RTV   tram-fares                   388
 2   12:10  BNR   lng-cargo                    351
-------------------------------------------------------------------------------

>>> 1/2  RTV  08:41  tram-fares
City public transport fares to rise by 10 cents from February
Single-ride fares on the city's buses and trams will rise by 10 cents from 1 February, the city council decided at a sitting on Friday evening.
Monthly passes for pensioners and students will not change, the council said.
Ilze Ozola, rtvnews.lv

>>> 2/2  BNR  12:10  lng-cargo
Record LNG cargo arrives at the port terminal
The largest liquefied natural gas cargo to date arrived at the port's LNG terminal on Saturday morning, the terminal operator said.
The terminal has received 41 cargoes this year.

-------------------------------------------------------------------------------
2 item(s) printed. End of queue.
"""


def test_a_queues_last_item_over_its_closing_rule_stays_an_item_and_a_name_with_its_site_signs():
    dump = parse(QUEUE)
    assert [a.title for a in dump.articles] == [
        "City public transport fares to rise by 10 cents from February",
        "Record LNG cargo arrives at the port terminal",
    ]
    assert [a.source for a in dump.articles] == ["RTV", "BNR"]
    assert dump.articles[0].byline == "Ilze Ozola"


MAILBOX = """\
From MAILER-DAEMON Sat Dec  5 15:10:02 2026
From: Stockline Newswire <news@stockline.example>
To: markets-desk@newsroom.example
Date: Sat, 05 Dec 2026 07:30:11 -0800
Subject: Kestrel Lithium Corp. Reports Drill Results From Moose Lake Project

Kestrel Lithium Corp. Reports Drill Results From Moose Lake Project
Winnipeg, MB - December 5, 2026 (Stockline Newswire) Kestrel Lithium Corp. (CSE: KLI) reports results from the final holes of its autumn drill program at the Moose Lake project.
Highlights include 1.38% Li2O over 22.4 metres in hole ML-26-017. All holes intersected spodumene-bearing pegmatite.
About Kestrel Lithium Corp.
Kestrel Lithium is a Canadian exploration company focused on hard-rock lithium projects in Manitoba.
Contact:
Rhea Lindqvist, CEO
info@kestrellithium.example

From MAILER-DAEMON Sat Dec  5 15:10:02 2026
From: Feed Mailer <feeds@newsroom.example>
To: markets-desk@newsroom.example
Date: Sat, 05 Dec 2026 15:02:55 +0500
Subject: [steppegov.kz] New in "Press releases" (1)

New items in the feed "Steppe Government - Press releases" since your last update:

Prime Minister receives the Minister of Energy
5 December 2026
The Prime Minister received the Minister of Energy, who reported on the preparation of the power system for the winter.
All combined heat and power plants had built up coal reserves for at least 30 days, the minister said.
Read on steppegov.kz: https://www.steppegov.kz/en/prime-minister-receives-minister-of-energy
"""


def test_a_mailbox_of_releases_keeps_its_boilerplate_and_names_its_distributors():
    dump = parse(MAILBOX)
    assert [a.title for a in dump.articles] == [
        "Kestrel Lithium Corp. Reports Drill Results From Moose Lake Project",
        "Prime Minister receives the Minister of Energy",
    ]
    release, feed = dump.articles
    # "Place - Date (Distributor) ": the distributor names the release's source
    assert release.source == "Stockline Newswire"
    assert release.captions == []
    body = [" ".join(p.split()) for p in release.body]
    assert body[-2].startswith("About Kestrel Lithium Corp. Kestrel Lithium is")
    assert body[-1] == "Contact: Rhea Lindqvist, CEO info@kestrellithium.example"
    # "Read on SITE: URL" sends the reader to the item's source
    assert feed.source == "steppegov.kz"
    assert "source taken from the story's link" in feed.doubts
    assert not any("From MAILER-DAEMON" in t.title for t in [*release.teasers, *feed.teasers])


CLIPPINGS = """\
##### clipping 1 #####
Source URL: https://valtion.example.fi/en/-/1410999/government-proposes-funding-for-ferry-lines
Retrieved: 2026-12-05 14:20 EET

Skip to content
Northern Government
Government  Ministries  Current issues  Publications  Search
Government proposes extra funding for archipelago ferry lines
Ministry of Transport and Communications
Publication date 5.12.2026 10.15 | Published in English on 5.12.2026 at 13.40
Press release 721/2026
The Government has proposed a supplementary budget appropriation of EUR 12 million for the archipelago ferry lines in the south-west.
The proposal will be submitted to Parliament in the second supplementary budget for 2026.
Inquiries: Aino Salo, Special Adviser to the Minister, tel. +358 295 000 009

##### clipping 2 #####
Source URL: https://www.goodnewsnorth.com/en/articles/news/2026/oulu-sensor/
Retrieved: 2026-12-05 14:25 EET

GOOD NEWS NORTH
News  Features  Cleantech  Health  ICT  Food  Search
Cleantech
Oulu start-up wins sensor order from a Swedish wind farm operator
5.12.2026
Oulu-based Jäätutka has signed an agreement with a Swedish wind farm operator to fit ice sensors to 40 turbines.
The sensors will be installed in the spring of 2027.
Source: Jäätutka press release
"""


def test_a_government_clipping_takes_its_printed_number_and_its_sites_name():
    release, story = parse(CLIPPINGS).articles
    assert release.title == "Government proposes extra funding for archipelago ferry lines"
    assert release.external_id == "721/2026"  # printed under its label, not the address's
    assert release.source == "Northern Government"
    assert release.captions == []  # "Inquiries: ..." is somebody to call
    assert story.title == "Oulu start-up wins sensor order from a Swedish wind farm operator"
    assert story.source.casefold() == "good news north"  # not the release it cites


SAVED = """\
=== Saved page 1 of 2 | https://www.harbour.govt.example/release/ferry-funding | 05/12/2026 11:04 ===
Skip to main content
Harbour.govt.nz
The official website of the Harbour Islands Government
Releases  Speeches  Features  Ministers  Search
Release
New funding for the outer island ferries
Hon Mere Tawhiri
Minister of Transport
5 December 2026
The Government is investing $4.2 million over two years in the ferries that serve the outer islands, the Transport Minister said today.
The funding will pay for two new engines and a refit of the main passenger ferry.
Notes to editors:
The outer islands are home to about 900 people.

=== Saved page 2 of 2 | https://www.harbour.govt.example/release/apprentices | 05/12/2026 11:06 ===
Skip to main content
Harbour.govt.nz
The official website of the Harbour Islands Government
Releases  Speeches  Features  Ministers  Search
Release
Apprenticeship support extended for boat-building trades
Hon Rawiri Kereama
Minister for Skills
5 December 2026
Employers who take on apprentices in boat-building trades will continue to receive a wage subsidy until the end of 2027.
About 300 apprentices are currently supported by the scheme.
"""


def test_saved_pages_numbered_between_rules_part_and_an_official_sites_address_names_it():
    dump = parse(SAVED)
    assert [a.title for a in dump.articles] == [
        "New funding for the outer island ferries",
        "Apprenticeship support extended for boat-building trades",
    ]
    assert [a.source for a in dump.articles] == ["Harbour.govt.nz", "Harbour.govt.nz"]
    notes = " ".join(dump.articles[0].body[-1].split())
    assert notes == "Notes to editors: The outer islands are home to about 900 people."


READING_LIST = """\
Reading list export - 2 articles - Saturday 5 December 2026
==========================================================================
[1] lagoonherald.com
==========================================================================
Lagoon Herald
National  Local  Economy  Politics  Sport  Features  Opinion  Subscribe
Local
Water tanks for outer-island households ahead of the dry season
Saturday 5 December 2026 | Written by Mere Tamarua | Published in Local, National
Eighty households on the outer island will receive new water tanks before the end of January, in a project funded by a donor government.
The first 30 tanks arrived on the cargo vessel on Thursday and are being installed this week.
More Top Stories
Airport runway resurfacing to start in March
4 December 2026
Police warn motorists after spate of night crashes
3 December 2026

==========================================================================
[2] lagoonherald.com
==========================================================================
Lagoon Herald
National  Local  Economy  Politics  Sport  Features  Opinion  Subscribe
Economy
Visitor arrivals up 8 per cent in November
Friday 4 December 2026 | Written by Losa Tuiasosopo | Published in Economy, National
Visitor arrivals rose by 8 per cent in November compared with the same month last year, according to figures released by the statistics office.
A total of 14,620 visitors arrived during the month.
"""


def test_a_counted_site_between_rules_names_the_page_and_its_meta_line_its_author():
    dump = parse(READING_LIST)
    assert [a.source for a in dump.articles] == ["lagoonherald.com", "lagoonherald.com"]
    assert [a.byline for a in dump.articles] == ["Mere Tamarua", "Losa Tuiasosopo"]
    assert [t.title for t in dump.articles[0].teasers] == [
        "Airport runway resurfacing to start in March",
        "Police warn motorists after spate of night crashes",
    ]


UNIT_PAGES = """\
MVIS
Military Visual Information Service
Home  News  Images  Video  Audio  Publications  Units  Search
News
Soldiers test cold-weather tents during a winter exercise
Story by Staff Sgt. Ana Whitcombe
3rd Mountain Brigade
NORTHFIELD, Alaska – Soldiers of the 3rd Mountain Brigade spent four days in temperatures as low as minus 40 testing new tents and stoves.
The exercise brought together about 400 Soldiers, who moved on skis across the training area.
Date Taken: 12.03.2026
Date Posted: 12.05.2026 13:18
Story ID: 561999
Location: NORTHFIELD, ALASKA, US
Web Views: 42
Downloads: 0
MVIS
Military Visual Information Service
Home  News  Images  Video  Audio  Publications  Units  Search
News
Cutter returns to its homeport after a 60-day patrol
Courtesy Story
Coast Guard District 21
KODIAK, Alaska – The cutter returned to its homeport on Friday following a 60-day patrol in the northern sea.
The crew conducted 30 fisheries boardings during the patrol.
"""


def test_a_units_pages_read_the_rank_off_the_author_and_the_initials_off_the_masthead():
    first, second = parse(UNIT_PAGES).articles
    assert [first.title, second.title] == [
        "Soldiers test cold-weather tents during a winter exercise",
        "Cutter returns to its homeport after a 60-day patrol",
    ]
    assert first.byline == "Ana Whitcombe" and second.byline == ""
    assert first.source == second.source == "MVIS"
    assert first.external_id == "561999"
    assert first.teasers == []  # the story's record of fields is no list of teasers


TABS = """\
[[ saved https://steppe.uz/en/news/2026/12/05/metro-stations 2026-12-05 16:07 ]]
STEPPE.UZ
O‘zbekcha | Ўзбекча | Русский | English
News  Uzbekistan  World  Economy  Society  Sport  Video
Metro to open four new stations on its southern line in 2027
05.12.2026, 10:52   2418
Four new stations on the southern line of the metro will open in the second half of 2027, the city administration said on December 5.
The construction site of one of the new stations. Photo: Steppe.uz
The fare will remain at 2,000 soums per ride.

[[ saved https://www.riverpost.example/society/embankment 2026-12-05 16:09 ]]
RIVER POST
News  Politics  Economy  Society  Culture
Society
Ward completes upgrade of its riverside embankment before the flood season
Saturday, 05/12/2026 07:10 (GMT+7)
The upgrade of 2.4 km of embankment along the river has been completed, six months ahead of the flood season, the provincial authorities said.
Photo: River Post/Thu Hang. The upgraded embankment in the ward.
Local residents said the new path had quickly become a place for morning exercise.
Source: Department of Agriculture and Environment
© River Post. All rights reserved.
"""


def test_saved_tabs_part_pages_and_captions_credit_a_site_or_open_with_their_credit():
    metro, ward = parse(TABS).articles
    assert metro.title == "Metro to open four new stations on its southern line in 2027"
    assert [c for _, c in metro.captions] == [
        "The construction site of one of the new stations. Photo: Steppe.uz"
    ]
    assert [c for _, c in ward.captions] == [
        "Photo: River Post/Thu Hang. The upgraded embankment in the ward."
    ]
    # a department named under a paper's own page is where the story came from, not who sent it
    assert ward.source.casefold() == "river post"


BUREAU = """\
Saved page: https://bureau.gov.example/PressReleasePage.aspx?PRID=2219001
Press Information Office
Government of Lagoonia
Home | Press Releases | Photos | Videos | Features | Archive
Ministry of Fisheries, Animal Husbandry & Dairying
Cold-chain training for 900 women fish vendors to begin in two coastal provinces
Courses at 10 centres to cover ice handling and insulated boxes
Vendors completing the course eligible for subsidised insulated carts
Posted On: 05 DEC 2026 1:42PM by PIO Harbourtown
The Department of Fisheries will begin a cold-chain training programme for 900 women fish vendors in two coastal provinces from 15 December 2026.
The five-day courses will be held at 10 centres and will cover ice handling and the use of insulated boxes.
***
AKS/RM
(Release ID: 2219001)
Visitor Counter : 37
"""


def test_a_government_bureaus_release_reads_its_masthead_its_number_and_no_desk_as_author():
    art = parse(BUREAU).articles[0]
    assert (
        art.title
        == "Cold-chain training for 900 women fish vendors to begin in two coastal provinces"
    )
    assert art.source == "Press Information Office"  # not the desks' initials "AKS/RM"
    assert art.external_id == "2219001"
    assert art.byline == ""  # "by PIO Harbourtown": the office's own desk


def test_an_items_record_line_is_structure_a_chunk_cut_never_joins():
    from articles.importers.dumps import chunks

    record = "#0421  04/12/2026 15:10  SRC=HARBOURLINE  PRI=4  WORDS=318  STATUS=new"
    assert chunks._is_structural(record)
    assert chunks._is_structural(" 2) 05DEC 06:02 GMT  QAWAFIL  [OM]")
    # running text with a typist's double space after a full stop is no record
    assert not chunks._is_structural("The council met on Friday.  It agreed to raise the fares by")


def test_a_rule_the_chunker_cut_in_two_is_one_rule_again():
    from articles.importers.dumps.parse import _rejoin_rules

    rule = "=" * 40
    text = f"Digest\n{rule}\nItem one\n{'=' * 15}\n{'=' * 25}\nItem two\n"
    assert _rejoin_rules(text) == f"Digest\n{rule}\nItem one\n{rule}\nItem two\n"
    # two rules of their own lengths (a double rule) stay two
    double = f"{rule}\n{'=' * 12}\n{'=' * 12}\ntext\n"
    assert _rejoin_rules(double) == double


TELETYPE = """\
HARBOUR PRODUCTS <HP> APPROVES STOCK SPLIT
    PORTVALE, Feb 26 - Harbour Products Inc said its
board of directors approved a two-for-one stock split of its
common shares for shareholders of record as of April 1.
    The company also said its board voted to recommend to
shareholders at the annual meeting an increase in the
authorized capital stock from five mln to 25 mln shares.
 Reuter

TERMINAL SYSTEMS <TSI> COMPLETES SALE OF SHARES
    LAKEVIEW, Feb 26 - Terminal Systems Inc said
it has completed the sale of 200,000 shares of its common
stock, and warrants to buy an additional 50,000 shares, to
a group of private investors for about one mln dlrs.
    The company said it will use the money for working
capital and to expand its sales force in the west.
 Reuter

LAKE MATTRESS <LMT> MAY HAVE LOWER FIRST QUARTER NET
    RIVERTON, Feb 26 - Lake Mattress Co said its first
quarter earnings could be below those of a year ago
because of costs tied to the start of a new plant.
    The company said sales in the quarter should be
about level with a year earlier, at about 40 mln dlrs.
 Reuter

NORTHERN MILLS <NML> RAISES QUARTERLY DIVIDEND
    MILLBROOK, Feb 26 - Northern Mills Inc said it raised
its quarterly dividend to 12 cts a share from 10 cts,
payable March 30 to holders of record March 13.
    The company said the increase reflects higher earnings
from its paper and packaging divisions last year.
 Reuter

COASTAL AIR <CAR> SETS NEW ROUTES TO THE ISLANDS
    SEABRIDGE, Feb 26 - Coastal Air Corp said it will add
four daily flights to the islands from April 1, using
two new turboprop aircraft it is leasing for five years.
    The airline said bookings for the spring season were
about 20 pct above those of a year ago.
 Reuter

VALLEY FOODS <VFD> TO CLOSE OLD CANNING PLANT
    GREENFIELD, Feb 26 - Valley Foods Inc said it will
close its oldest canning plant in June and move the work
to a new plant it opened last year in the same county.
    The company said most of the 300 workers at the old
plant will be offered jobs at the new one.
 Reuter
"""


def _chunked(text: str, size: int) -> str:
    return "\n".join(text[i : i + size] for i in range(0, len(text), size))


def test_hard_wrapped_wire_copy_cut_into_chunks_from_the_files_start_is_found():
    from articles.importers.dumps.chunks import find_cuts

    cut = _chunked(TELETYPE, 91)
    report = find_cuts(cut)
    # the copy's own short lines leave too many line ends mid-sentence to read a period from
    # them; the chunker's newlines fall on a grid from the file's start, every 92nd character,
    # nearly every grid point a newline: the grid is the evidence
    assert report.period == 92
    grid = set(range(91, len(cut), 92))
    assert len(report.cuts) >= 15 and set(report.cuts) <= grid


SCRAPED = """\
URL:     https://notesfromthecoast.com/2026/12/05/smog-alert-free-transport/
Fetched: 2026-12-05T10:41:12+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
Notes from the Coast
News | Politics | Society | Economy | Culture | Podcast | Support us
Smog alert brings free public transport for a third day
Marta Kalinowska
December 5, 2026
A view over the Old Town on Friday morning (credit: Tomasz Wierzba/Notes from the Coast)
Public transport in the city will be free for a third consecutive day on Saturday after air pollution levels again exceeded the alert threshold.
Measuring stations recorded high concentrations of particulate matter on Friday evening, the city said.
"""


def test_a_sites_name_with_small_words_is_its_masthead_and_a_lower_case_credit_a_caption():
    art = parse(SCRAPED).articles[0]
    assert art.source == "Notes from the Coast"
    assert [c for _, c in art.captions] == [
        "A view over the Old Town on Friday morning (credit: Tomasz Wierzba/Notes from the Coast)"
    ]


@pytest.mark.parametrize(
    "line, saved",
    [
        (">>> https://www.gamesdesk.example/en-GB/HARBOURLINE-LAUNCHES", True),
        (">>> saved 05/12/2026 10:15  https://en.stocks.example/2026/12/x-38-672114.htm", True),
        ("[[ saved https://steppe.uz/en/news/x 2026-12-05 16:07 ]]", True),
        ("=== Saved page 1 of 3 | https://www.harbour.govt.example/x | 05/12/2026 11:04 ===", True),
        ("URL: https://a.example/b and then a sentence that goes on", False),
    ],
)
def test_a_scrapers_mark_over_a_page_starts_it(line, saved):
    from articles.importers.dumps.lines import SAVED_PAGE_RE

    assert bool(SAVED_PAGE_RE.match(line)) is saved


SHARED_ITEM = """\
Farmers in the valley start early paddy nurseries
Farmers in the valley have started preparing paddy nurseries about two weeks earlier than usual this year.
Agriculture officials say the warmer weather in February allowed them to begin early.
Pema Choden
Edited by Dechen Lhamo

Shared from the Valley Radio app
https://www.valleyradio.example/news/?p=210448
--

Youth centre offers free coding classes
The youth centre is offering free coding classes for young people out of school.
Forty people have enrolled in the first three-month course, which started this week.
Karma Dorji

Shared from the Valley Radio app
https://www.valleyradio.example/news/?p=210471
--
"""


def test_a_name_alone_under_the_text_is_its_author_past_the_editors_credit():
    first, second = parse(SHARED_ITEM).articles
    assert [first.byline, second.byline] == ["Pema Choden", "Karma Dorji"]
    assert first.body[-1].startswith("Agriculture officials say")


@pytest.mark.parametrize(
    "line, name",
    [
        ("Assoc. Prof., Dr. LE VAN BINH*", "LE VAN BINH"),
        ("MA. PHAM THI LAN*", "PHAM THI LAN"),
        ("Dr. Smith said the plan would work", ""),
    ],
)
def test_a_journal_authors_academic_titles_are_no_part_of_the_name(line, name):
    from articles.importers.dumps import grammar

    assert grammar.page_byline(line) == name


READER_PAGES = """\
=== READER EXPORT === lake-papers === 05 Dec 2026 === 2 pages ===

--- page 1/2 --- https://www.lakevision.co.ug/category/agriculture/coffee-farmers-solar-driers-LV_226418
LAKE VISION
Home   News   Business   Sports   Opinion   Regional   Education   Agriculture
Coffee farmers get solar driers to cut post-harvest losses
By Josephine Nakato
More than 600 coffee farmers in the district have received solar driers under a programme meant to reduce losses caused by drying coffee on bare ground.
The programme is expected to reach 2,000 more farmers by June.

--- page 2/2 --- https://www.hilltimes.example.com/water-board-restores-supply/
Water Board restores supply to the township after pipe repairs
By Hill Times Reporter
The Water Board says it has restored water supply to the township after repairing a burst main pipe that had left thousands without water for a week.
Residents had been buying water from vendors at up to K500 per bucket.
Source: https://www.watermalawi.example/news/restored-supply
"""


def test_a_numbered_page_mark_with_its_address_starts_a_page_and_names_its_site():
    first, second = parse(READER_PAGES).articles
    assert first.title == "Coffee farmers get solar driers to cut post-harvest losses"
    assert first.external_id == "LV_226418"
    assert second.title == "Water Board restores supply to the township after pipe repairs"
    # no masthead: the page's own address names its site; a "Source:" address names no one
    assert second.source == "hilltimes.example.com"


MARKETS_QUEUE = """\
MKTQ   MARKETS DESK QUEUE              SAT 05 DEC 2026   11:02 WAT
 no  time   source          slug               words
  1  09:14  Lagoon Markets  LSE-WEEKLY          182
  2  10:05  Harbour Money   TBILLS-AUCTION      134
--------------------------------------------------------------------------------
== 1 == Lagoon Markets == 09:14 == LSE-WEEKLY
Lagoon All-Share Index closes the week 1.8% higher as banking stocks extend rally
Lagoon Markets | by Ebuka Nwosu | December 5, 2026
The Lagoon Exchange All-Share Index closed the trading week ended Friday 1.8% higher, as banking stocks extended their rally for a third week.
Market capitalisation rose by 1.84 trillion over the five sessions.
== 2 == Harbour Money == 10:05 == TBILLS-AUCTION
Central bank to offer 412bn in treasury bills at Wednesday auction
Written By Aditi Rao | Updated: Dec 05 2026, 10:05 WAT
The central bank will offer 412.6 billion in treasury bills at its primary market auction on Wednesday, according to its calendar.
Stop rates at the previous auction closed at 15.90%.
--------------------------------------------------------------------------------
"""


def test_records_parted_by_double_equals_name_each_item_past_the_bylines_meta_line():
    dump = parse(MARKETS_QUEUE)
    assert [a.source for a in dump.articles] == ["Lagoon Markets", "Harbour Money"]
    assert [a.byline for a in dump.articles] == ["Ebuka Nwosu", "Aditi Rao"]


PID = """\
Government of Lagoonia
PRESS INFORMATION DEPARTMENT
Home | Press Releases | Photo Releases | Notifications | Contact Us

PR No. 612
Federal Minister reviews progress on the coastal railway upgrade
Portvale: December 05, 2026
The Federal Minister for Railways chaired a meeting on Saturday to review progress on the upgrade of the coastal main line.
The meeting was told that 212 kilometres of new track had been laid so far.
***

PR No. 613
Government extends deadline for registration of home-based workers
Portvale: December 05, 2026
The Ministry of Labour has extended the deadline for registration of home-based workers under the social security scheme to January 31.
More than 310,000 workers had registered since the scheme opened in September.
***
"""


def test_a_handouts_printed_number_is_its_id():
    assert [a.external_id for a in parse(PID).articles] == ["612", "613"]


def test_a_pic_credit_closes_a_caption():
    from articles.importers.dumps import grammar

    assert grammar.photo_credit("A nurse gives a vaccine at a health centre. Pic: The Gazette") == (
        "The Gazette"
    )
    assert grammar.photo_credit("He took a pic: the best one he had.") == ""


def test_the_agency_a_story_says_its_sources_told_is_its_source():
    dump = parse(
        "Capital to replace 120 trolleybuses by the end of 2027\n"
        "OSH - The city hall will replace 120 trolleybuses by the end of 2027, its press service "
        "told 24.kg news agency.\n"
        "The first 30 vehicles will arrive from a plant in Minsk in June.\n"
    )
    assert dump.articles[0].source == "24.kg"
    assert "source taken from the story's text" in dump.articles[0].doubts


def test_a_broadcast_reports_sign_off_names_the_station():
    dump = parse(
        "Wharf extension to take a second container ship by August\n"
        "The wharf extension will be able to take a second container ship at the same time from "
        "August, the port operator says.\n"
        "About 180 local workers are employed on the site.\n"
        "Joseph Kaupa, Lagoon Radio News, Harbourtown.\n"
    )
    assert dump.articles[0].source == "Lagoon Radio News"


def test_the_names_a_truncated_source_name_begins_are_all_found():
    from articles.importers.dumps.profiles import SourceIndex, source_key

    index = SourceIndex()
    for prefix in ("vietnamnew", "bernam", "globenews", "prnews", "xinhu"):
        key = source_key(prefix)
        scanned = {p for k, p in index._by_key.items() if k.startswith(key)}
        assert index.begun_by(key) == scanned
        assert scanned  # (each prefix begins at least one known name)
