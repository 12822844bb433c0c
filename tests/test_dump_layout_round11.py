# ruff: noqa: E501  (the dumps below print one paragraph a line, as suppliers do)
"""The dump parser's eleventh round: evidence from the dump's repetition, and closing lines.

* a long disclaimer that closes every story of the dump word for word is furniture, even
  after a contact line and over a line or two of the site's own short furniture;
* an e-mail's cover note above the first of the dump's rules is no story, even a long one;
* "(Agency) - Firm PLC - what it does - ..." opens a lede: no line break before it is a cut;
* a byline under the story's last lines closes the story and is its author; a line that
  repeats under such bylines is the supplier's sign-off;
* "Reporting by NAME for X", "Feature by NAME" under the text name the author, past "Additional
  reporting by" lines and a caption ("Image shows ... (Source: X)");
* "[Supplier] stamp" over each item names the item's supplier.

Every dump here is invented (fictional people, firms and events) in a layout of its own.
"""

from __future__ import annotations

import pytest

from articles.importers.dumps import parse_text


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round11.txt")


NOTICE = "This item was republished from the issuing body's own release and may have been shortened. Kestrel.News takes no editorial position, and all views expressed here belong to the original author(s)."

REPUBLISHED = f"""\
Kestrel News
Home > Regions

Harbour Board of Tamsin Bay
Harbour dredging finishes two weeks ahead of schedule
6 Dec 2026 09:10
https://www.kestrelwire.example/harbour-dredging-finishes-4410021/

The dredging of the inner harbour at Tamsin Bay finished on Friday, two weeks earlier than planned, the harbour board said.

The work deepened the main channel to 11 metres so that larger coastal freighters can berth at high and low tide.

Media enquiries: Ana Ruiz, 0400 555 101

{NOTICE}
Read the original.
Tags: ports, shipping

Kestrel News
Home > Science

Northfield Institute of Soil Science
Clover strips double earthworm counts in wheat trial
6 Dec 2026 10:40
https://www.kestrelwire.example/clover-strips-double-earthworm-4410038/

Strips of clover sown between rows of wheat doubled the number of earthworms in a three-year field trial, researchers at the Northfield Institute found.

The trial compared 24 plots on two farms, half of them with clover strips and half without.

"Healthier soil was the aim, and the yields held up as well," said lead researcher Dr Owen Pike.

{NOTICE}
Read the original.
Tags: farming, soil
"""


def test_a_disclaimer_closing_every_story_is_furniture():
    dump = parse(REPUBLISHED)
    assert [a.title for a in dump.articles] == [
        "Harbour dredging finishes two weeks ahead of schedule",
        "Clover strips double earthworm counts in wheat trial",
    ]
    for art in dump.articles:
        assert not any("takes no editorial position" in p for p in art.body)
        assert art.source in ("Kestrel News", "Kestrel.News")  # (not "News": its dotted name)
    # the contact line before the notice stays the release's own text
    assert "Media enquiries: Ana Ruiz, 0400 555 101" in dump.articles[0].body


DIGEST = """\
From: Equities Overnight <overnight@desk.example>
To: city-desk@desk.example
Subject: Overnight equities copy - Sun 6 Dec 2026
Date: Sun, 06 Dec 2026 07:40:02 +0000

Morning all, here are the weekend items from the equities wires for the Monday list. Questions to the night editor, please.

============================================================

BRIEF: Fenwick Ceramics sells kiln site in Stoke for GBP 9 million
(Harbourline Markets) - Fenwick Ceramics PLC - Staffordshire tableware maker - Sells its disused kiln site in Stoke-on-Trent to a logistics developer for GBP 9.0 million in cash. Says the money will fund a new glazing line.

Chair Rosalind Marr says: "The site has stood empty for three years, and the proceeds go straight into the factory we are keeping."

Latest share price: 87.20 pence

By Owain Price, Harbourline Markets reporter

Queries about this item to markets@harbourline.example

Copyright 2026 Harbourline Markets Ltd.

============================================================

WEEK AHEAD: Tarn Mills trading update and retail sales due
(Harbourline Markets) - A trading update from yarn maker Tarn Mills and official retail sales figures are the main events of the week ahead for UK investors.

Tarn Mills updates the market on Wednesday. Analysts expect like-for-like sales to be flat after a mild autumn held back demand for knitwear.

By Bethan Lloyd, Harbourline Markets senior reporter

Queries about this item to markets@harbourline.example

Copyright 2026 Harbourline Markets Ltd.

============================================================
"""


def test_a_digest_cover_note_and_closing_bylines():
    dump = parse(DIGEST)
    first, second = dump.articles
    assert len(dump.articles) == 2
    assert first.title == "BRIEF: Fenwick Ceramics sells kiln site in Stoke for GBP 9 million"
    assert first.body[0].startswith("(Harbourline Markets) - Fenwick Ceramics PLC")
    assert first.body[-1] == "Latest share price: 87.20 pence"
    assert (first.byline, second.byline) == ("Owain Price", "Bethan Lloyd")
    assert second.title == "WEEK AHEAD: Tarn Mills trading update and retail sales due"
    for art in dump.articles:
        assert art.source == "Harbourline Markets"
        assert "Queries about this item" not in art.body
        assert "Morning all" not in art.body


FEED = """\
MATERIALS FEED - PICKS FOR THE METALS DESK - 06/12/2026

[Orecast Analytics] 06-Dec-2026 06:55 GMT
Copper cathode premiums in Rotterdam ease for second week
Copper cathode premiums in Rotterdam eased for a second week in the week to Friday, as buyers covered their first-quarter needs early and spot demand thinned.

Orecast Analytics assessed the grade A premium at $188-205 per tonne over the exchange price, down $7 on the week at both ends.

"The buying is done for the quarter, nobody needs to chase," a trader in Hamburg said.

[Polymerline] 06-Dec-2026 08:05 GMT
Asia polypropylene sellers hold offers despite thin demand
SINGAPORE (Polymerline)--Polypropylene sellers in southeast Asia kept their offers unchanged this week despite thin demand, pointing to higher propylene costs and a planned shutdown in Thailand.

Buyers in Vietnam said they had enough stock to last into January and would not chase cargoes before the new year.

Feature by Hana Yusof

Additional reporting by Leon Brandt

Image shows stacked bags of resin in a warehouse. (Source: Picturestock)

[Orecast Analytics] 06-Dec-2026 09:20 GMT
Nickel pig iron output in Indonesia set for record December
Indonesian output of nickel pig iron is on course for a record in December as three new lines at Morowali reach full rates, according to Orecast Analytics estimates.

Output is expected at about 155,000 tonnes of contained nickel, against 148,000 tonnes in November.

Reporting by Ida Marlow for Orecast.com
"""


def test_tag_lines_name_each_supplier_and_closing_credits_the_author():
    dump = parse(FEED)
    titles = [a.title for a in dump.articles]
    assert titles == [
        "Copper cathode premiums in Rotterdam ease for second week",
        "Asia polypropylene sellers hold offers despite thin demand",
        "Nickel pig iron output in Indonesia set for record December",
    ]
    assert [a.source for a in dump.articles] == [
        "Orecast Analytics",
        "Polymerline",
        "Orecast Analytics",
    ]
    copper, resin, nickel = dump.articles
    assert (copper.byline, resin.byline, nickel.byline) == ("", "Hana Yusof", "Ida Marlow")
    assert [c for _, c in resin.captions] == [
        "Image shows stacked bags of resin in a warehouse. (Source: Picturestock)"
    ]
    assert resin.body[-1].startswith("Buyers in Vietnam said")
    assert nickel.body[-1].startswith("Output is expected")


FORWARDED = """\
Subject: FW: partner agency items for Monday
From: Islands Desk <islands@desk.example>
Date: Sun, 6 Dec 2026 18:02 +0400

Copied in below as they came, four items. Pictures are on the shared drive.

Mahé bus depot gets first electric buses
Victoria, Seychelles | December 6, 2026, Sunday @ 09:40| by Josianne Payet
The first electric buses at the Mahé depot. (Indian Ocean Press Agency) Photo License: CC-BY
Four electric buses entered service on Mahé on Sunday, the first of twenty ordered by the public transport company for routes around the capital.
The buses were paid for with a grant from a regional climate fund and will be charged overnight at the main depot in Victoria.
"Passengers will notice the quiet first, and our drivers will notice the savings," said the company's chief executive, Paul Hoareau.

Rice farmers in Iloilo get new threshers
By Maricel Dela Cruz
ILOILO CITY, Dec. 6 (Visayas Info) -- Some 90 rice farmers in four towns of Iloilo received mechanical threshers from the provincial agriculture office on Sunday.
The threshers, worth PHP 9.2 million in all, will be shared by farmers' associations under a rota agreed with the office.
(MDC/VI-6 Iloilo)

Cebu fishing town opens cold storage for the catch
By Ramon Villaflor
DANAO, Cebu (Visayas Info) -- The town of Danao on Sunday opened a cold storage plant that can hold 40 tonnes of fish, so that fishers no longer have to sell their catch at once.
The plant was built with a loan from a state bank and will be run by a cooperative of 300 fishers.
(RV/VI-7 Cebu)

Kampala youth group plants trees along the railway
06.12.26 - Kampala, Uganda - Grace Nakato
A group of young volunteers in Kampala has planted 2,000 trees along a disused stretch of railway over the past year, and plans to double the number in 2027.
"We want shade and fruit where there used to be rubbish," said the group's coordinator, Moses Okello.
"""


def test_meta_lines_cover_notes_and_coded_signoffs():
    dump = parse(FORWARDED)
    assert [a.title for a in dump.articles] == [
        "Mahé bus depot gets first electric buses",
        "Rice farmers in Iloilo get new threshers",
        "Cebu fishing town opens cold storage for the catch",
        "Kampala youth group plants trees along the railway",
    ]
    buses, rice, cebu, trees = dump.articles
    # the author in a meta line: "Place | date @ time| by NAME", "date - Place - NAME"
    assert (buses.byline, trees.byline) == ("Josianne Payet", "Grace Nakato")
    assert buses.body[0].startswith("Four electric buses")
    # a caption credited with its licence, naming the agency: the story's source
    assert [c for _, c in buses.captions] == [
        "The first electric buses at the Mahé depot. (Indian Ocean Press Agency) Photo License: CC-BY"
    ]
    assert buses.source == "Indian Ocean Press Agency"
    # the desk's codes in brackets close each story: no caption, no body
    for art in (rice, cebu):
        assert art.captions == []
        assert not art.body[-1].startswith("(")
    assert "Copied in below" not in " ".join(a.title + " ".join(a.body) for a in dump.articles)


QUEUE = """\
NEWSDESK   WIRES: REGIONAL   Printed 12/06/2026 07:02 AM CST   User: tpark
Queue: WIRES.REGION   Sort: received desc   Items selected: 3
--------------------------------------------------------------------------
SLUG                 SOURCE               PRI  RECEIVED      WORDS
ICE FISHING          Lakeshore Wire       3    12/06 06:40   210
FERRY FARES          Harbor City News     4    12/06 06:12   190
COURTHOUSE ROOF      Prairie State Wire   4    12/05 17:30   175
--------------------------------------------------------------------------

##### 1/3 ICE FISHING | Lakeshore Wire | 12/06/2026 06:40 AM
Anglers told to stay off thin ice on Lake Winnebago this weekend
By Carla Mendes, Lakeshore Wire

(Lakeshore Wire) — Wardens asked anglers on Saturday to stay off Lake
Winnebago until at least midweek, after a mild spell left the ice less than
three inches thick in most bays.

"We see people walking out on ice that would not hold a dog," said warden
Tom Halvorsen. "Please wait until we post that it is safe."

The warning covers the whole lake and the channels that feed it.

TM & (c) 2026 Lakeshore Wire Services, Inc., a Midwest Media Company. All
rights reserved.

##### 2/3 FERRY FARES | Harbor City News | 12/06/2026 06:12 AM
Island ferry fares to rise by 50 cents from January
by Harbor City News

Fares on the island ferry will rise by 50 cents for adults from January 1,
the port authority said Friday, the first increase in four years.

Children under 12 and riders over 65 will keep paying the current fare, the
authority said.

##### 3/3 COURTHOUSE ROOF | Prairie State Wire | 12/05/2026 05:30 PM
County approves new roof for 1890s courthouse
By Jon Velde

CARTHAGE – The county board on Friday approved a $1.2 million contract to
replace the slate roof of the county courthouse, which has leaked for three
winters.

Workers lift slates from the courthouse roof in Carthage on Friday. (Prairie
State Wire photo by Jon Velde)

Work will begin in March and should be finished before the county fair in
August.
"""


def test_a_hard_wrapped_queue_with_ruled_item_heads():
    dump = parse(QUEUE)
    assert [a.title for a in dump.articles] == [
        "Anglers told to stay off thin ice on Lake Winnebago this weekend",
        "Island ferry fares to rise by 50 cents from January",
        "County approves new roof for 1890s courthouse",
    ]
    ice, ferry, roof = dump.articles
    assert ice.byline == "Carla Mendes"
    assert ice.body[0].startswith("(Lakeshore Wire) — Wardens asked anglers")
    assert not any("rights reserved" in p for p in ice.body)  # the notice, wrapped, is furniture
    assert ferry.byline == ""  # "by Harbor City News": the service, no author
    assert ferry.source == "Harbor City News"
    assert [c for _, c in roof.captions] == [
        "Workers lift slates from the courthouse roof in Carthage on Friday. (Prairie State Wire photo by Jon Velde)"
    ]
    assert roof.body[-1].startswith("Work will begin in March")


BULLETIN = """\
From: Brussels desk <brussels.desk@desk.example>
To: night-list@desk.example
Date: Sun, 6 Dec 2026 08:02:11 +0100
Subject: Europe queue - Sun 6 Dec (3 items)

Hello all - three items from the Europe queue, as received, plain
text. The first two come from last night's bulletin.

Piet

---------------------------------------------------------------- 1 of 3
Continental Policy Bulletin No. 2291
6 December 2026
GENERAL AFFAIRS / (cp) cp/energy
Ministers agree to pool gas storage data from next winter

Brussels, 05/12/2026 (Continental Policy) - Energy ministers agreed on
Saturday 5 December to publish the fill levels of every gas storage
site in the Union each morning, in a shared format, from next winter.

The agreement still needs the approval of the national parliaments of
three member states before it can enter into force.

---------------------------------------------------------------- 2 of 3
Continental Policy Bulletin No. 2291
6 December 2026
AGRICULTURE - FISHERIES / (cp) cp/farming
Commission eases rules on hedgerow subsidies for small farms

Brussels, 05/12/2026 (Continental Policy) - The Commission on Saturday
proposed simpler rules for the hedgerow subsidy, so that farms of
under ten hectares can apply with a single form.

Farm unions welcomed the proposal but said it came two years late.

---------------------------------------------------------------- 3 of 3
Tiraspol river ferry returns after repairs
By Anatol Ceban

BENDER -- The river ferry between Bender and the villages on the left
bank of the Dniester returned to service on Saturday after two months
of repairs to its hull and engine.

The ferry carries about 400 passengers a day in winter, the town hall
said.

With reporting by Eastern Radio's Bender Service

Copyright (c) 2026. ERB, Inc. Used with the permission of Eastern Radio
Bureau, 10 Market Square, Riga.

---------------------------------------------------------------- end
3 items. Replies to the list, please.
"""


def test_a_hard_wrapped_bulletin_digest():
    dump = parse(BULLETIN)
    assert [a.title for a in dump.articles] == [
        "Ministers agree to pool gas storage data from next winter",
        "Commission eases rules on hedgerow subsidies for small farms",
        "Tiraspol river ferry returns after repairs",
    ]
    gas, hedges, ferry = dump.articles
    for art in (gas, hedges):
        assert art.body[0].startswith("Brussels, 05/12/2026 (Continental Policy) - ")
        assert art.source == "Continental Policy"
    assert ferry.byline == "Anatol Ceban"
    assert (
        ferry.body[-1]
        == "The ferry carries about 400 passengers a day in winter, the town hall said."
    )
    assert ferry.captions == []
    assert ferry.source == "ERB"  # the copyright's owner, past the year's full stop


SITE = """\
LOWLAND ONLINE
Lowland Newspaper - English edition
Tiếng Việt | English
Home | Politics | Economy | Society | Culture | Travel | Photo | Video
Society
An Phu volunteers rebuild 35 flood-damaged kitchens before year-end
Saturday, 05/12/2026, 08:12 (GMT+7)
(LWO) – Youth volunteers and soldiers in An Phu Ward have finished rebuilding 35 kitchens destroyed by last month's floods, so that families can cook at home again before the Lunar New Year preparations begin.
The kitchens, each about 10 square metres with a tiled floor, a brick stove and a raised shelf for rice and gas cylinders, were built in three weeks by 90 members of the ward's youth union and officers of a local military unit.
Volunteers lay bricks for a new kitchen in An Phu Ward. Photo: H.N
Each kitchen cost about VND 18 million (USD 700), funded by donations from businesses in the province and readers of Lowland Newspaper.
Mrs. Le Thi Mai, 67, whose kitchen was swept away when the water rose above her door frame, said she had been cooking on a camping stove in the yard for a month. "Now I can cook rice for my grandchildren inside again," she said.
Mrs. Le Thi Mai receives the keys to her rebuilt kitchen. Photo: H.N
The ward plans to repair another 25 kitchens and 60 latrines by the end of January.
Story and photos: Hoang Nam
Tags: An Phu, flood recovery, volunteers, youth union
Related news
Lowland women's unions deliver aid to flooded eastern communes
Women volunteers worked around the clock for two weeks to bring rice, water and medicine to communities cut off by the floods.
Ben Thanh University students help clean flooded schools
More than 300 students joined teachers in clearing mud from 11 schools in the coastal wards.

========================================================================

LOWLAND ONLINE
Lowland Newspaper - English edition
Tiếng Việt | English
Home | Politics | Economy | Society | Culture | Travel | Photo | Video
Economy
Coffee pickers' wages rise in Ia Grai as harvest peaks
Saturday, 05/12/2026, 10:35 (GMT+7)
Thu Ha
(LWO) – Daily wages for coffee pickers in Ia Grai Commune have risen to VND 350,000-400,000 (USD 14-16) as the harvest reaches its peak and growers compete for workers.
Growers said the wage was about 15% higher than last season, when many families from the commune left to work in industrial zones in the south and did not return for the harvest.
Seasonal workers pick ripe coffee cherries in Ia Grai Commune. Photo: Thu Ha
Mr. Rmah Thuan, who owns 3 hectares of robusta, said he now pays pickers by the day rather than by the kilogram. "If I pay by the kilo, they go to the farm next door that pays by the day," he said.
Fresh coffee cherries were selling at VND 24,000-25,500 per kilogram on Friday, according to traders in the commune.
The commune's People's Committee said about 1,800 seasonal workers, most of them from ethnic minority villages in the province, were working on local farms.
"""


def test_the_sites_repeated_head_lines_are_no_titles():
    dump = parse(SITE)
    assert [a.title for a in dump.articles] == [
        "An Phu volunteers rebuild 35 flood-damaged kitchens before year-end",
        "Coffee pickers' wages rise in Ia Grai as harvest peaks",
    ]


MAILBOX = """\
From bulletin@savannahvoice.org Sat Dec  5 06:40:02 2026
Return-Path: <bulletin@savannahvoice.org>
From: Radio Savannah <bulletin@savannahvoice.org>
To: africa.desk@desk.example
Subject: Region news update - Saturday 5 December 2026
Date: Sat, 05 Dec 2026 06:40:00 +0100

RADIO SAVANNAH
Independent news from the plains
Region news update | Saturday 5 December 2026

December 5 - 2026 KADUGLI / DILLING
Clinic in Kadugli reopens maternity ward after generator arrives
A clinic in Kadugli reopened its maternity ward on Friday after a generator and 2,000 litres of fuel reached the town by road.
"Women were giving birth by torchlight for two weeks," a midwife told Radio Savannah.
The generator was paid for by a diaspora group and will also power the clinic's vaccine fridges, the clinic's director said.
The convoy carrying it was stopped at three checkpoints on the way from El Obeid, the driver told Radio Savannah.

December 4 - 2026 EL OBEID
El Obeid millers lower flour prices as sorghum harvest comes in
Millers in El Obeid cut the price of a sack of flour by a fifth on Thursday as the first sorghum from the new harvest reached the market.
Residents said bread had been scarce for most of November, with queues outside bakeries before dawn.
Traders said prices could fall further if the road to the south stays open.

--
You receive this update because you subscribed at savannahvoice.org.
Unsubscribe | Donate

From alerts@riverlinefm.org Sat Dec  5 09:12:40 2026
Return-Path: <alerts@riverlinefm.org>
From: Riverline FM <alerts@riverlinefm.org>
To: africa.desk@desk.example
Subject: Riverline FM | Latest news
Date: Sat, 05 Dec 2026 09:12:38 +0300

RIVERLINE FM
Latest news | 5 December 2026

Bor fishers count losses as river rises early
Published: 5 December 2026, 08:50
Fishers in Bor say the river rose three weeks early this year and swept away nets and drying racks along the bank.
"We lost the whole season's gear in one night," one fisher told Riverline FM.
Read on riverlinefm.org

--
Riverline FM - independent news for the river towns. Manage your alerts at riverlinefm.org.
"""


def test_a_mailbox_of_alerts_each_from_its_own_sender():
    dump = parse(MAILBOX)
    assert [a.title for a in dump.articles] == [
        "Clinic in Kadugli reopens maternity ward after generator arrives",
        "El Obeid millers lower flour prices as sorghum harvest comes in",
        "Bor fishers count losses as river rises early",
    ]
    # each message's items are its sender's: the name in its own address, not the bulletin's
    # "Region news update" or "Latest news" line
    assert [a.source.casefold() for a in dump.articles] == [
        "radio savannah",
        "radio savannah",
        "riverline fm",
    ]
    assert dump.articles[1].body[-1].startswith("Traders said prices could fall further")
    assert dump.articles[2].body[-1].endswith("one fisher told Riverline FM.")
    assert dump.teasers == []


def test_a_terminal_meta_line_names_the_author():
    dump = parse(
        """\
[screen 1/2]   captured 06/12/2026 09:41 CET   ws DESK-03   user anna
GRIDWATCH ONLINE                              News | Prices | Analytics | Alerts
================================================================================
Baltic day-ahead prices ease as wind output climbs
06 Dec 2026 08:47 CET | Marta Lindqvist | Power, Baltic, Day-ahead
--------------------------------------------------------------------------------

Baltic day-ahead prices for Monday eased by a fifth on Sunday as wind output across the region was forecast to climb well above the seasonal average.

"The wind is doing the work this week," said Ole Brekke, an analyst at Nordvind Analyse.

[screen 2/2]   captured 06/12/2026 09:44 CET   ws DESK-03   user anna
GRIDWATCH ONLINE                              News | Prices | Analytics | Alerts
================================================================================
Polish coal plants cut output for Sunday as demand dips
06 Dec 2026 09:20 CET | Piotr Nowak | Power, Poland, Day-ahead, Coal
--------------------------------------------------------------------------------

Polish coal-fired plants cut their scheduled output for Sunday by about 2 GW as demand was expected to stay low over the second Advent weekend.

Prices were expected to recover on Monday, when wind output is forecast to halve.
"""
    )
    assert [(a.title, a.byline) for a in dump.articles] == [
        ("Baltic day-ahead prices ease as wind output climbs", "Marta Lindqvist"),
        ("Polish coal plants cut output for Sunday as demand dips", "Piotr Nowak"),
    ]


APPEALS = """\
URL:     https://canalnews.example/2026/12/05/ferry-timetable/
Fetched: 2026-12-05T10:41:12+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
Canal News
Ferry timetable across the IJ to run every five minutes at peak
December 5, 2026
The ferries across the IJ behind Central station will run every five minutes at peak hours from January, the city transport company said on Friday.
The change follows complaints about crowding on the busiest crossing, which carries about 40,000 passengers a day.
Related articles
Tram line 26 to get longer trams next year
Thank you for donating to CanalNews.example.
We could not run the Canal News service, and keep it free of charge, without the generous support of our readers. Your donations allow us to report on the issues you tell us matter.
Make a donation
Comments - share your views on this article (12)
Become an Insider to join the conversation.
"""


def test_a_sites_appeals_to_its_readers_are_furniture():
    dump = parse(APPEALS)
    (art,) = dump.articles
    assert art.title == "Ferry timetable across the IJ to run every five minutes at peak"
    assert art.body[-1].startswith("The change follows complaints")
    assert [(t.title, t.summary) for t in art.teasers] == [
        ("Tram line 26 to get longer trams next year", "")
    ]
    assert art.captions == []


PORTAL = """\
IslandGlobe
News   Business   Lifestyle   Sports
Home / News

Ferry operator adds night crossings to Lombok from January
December 5, 2026 | 11:20 am
Passengers board a ferry at Padang Bai port in Bali. (Nusantara Photo/Rudi Hartono)
Denpasar. The state ferry operator will add two night crossings between Bali and Lombok from January, its regional manager said on Saturday.

The extra crossings follow a survey in which more than half of evening passengers said they would travel later if boats ran.

Read More: Lombok Airport Adds Direct Flights to Perth
"We want to spread the crowds across the day," the manager said.

Travellers on a ferry deck at sunset near Lombok. (Nusantara Photo/Rudi Hartono)
The operator carried an average of 14,000 passengers a day in November.

BY KIM HA-NEUL [kim.haneul@example.org]
Related Article
Bali port fees to rise next year
"""


def test_a_read_more_link_and_a_credited_caption_stand_alone_in_their_block():
    dump = parse(PORTAL)
    (art,) = dump.articles
    assert art.body[-2:] == [
        '"We want to spread the crowds across the day," the manager said.',
        "The operator carried an average of 14,000 passengers a day in November.",
    ]
    assert [c for _, c in art.captions] == [
        "Passengers board a ferry at Padang Bai port in Bali. (Nusantara Photo/Rudi Hartono)",
        "Travellers on a ferry deck at sunset near Lombok. (Nusantara Photo/Rudi Hartono)",
    ]
    assert sorted(t.title for t in art.teasers) == [
        "Bali port fees to rise next year",
        "Lombok Airport Adds Direct Flights to Perth",
    ]


SCRAPED = """\
URL:     https://www.grachtennieuws.nl/2026/12/ferry-timetable/
Fetched: 2026-12-05T10:41:09+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
GrachtenNieuws.nl
News | Features | Podcast | Jobs | Donate
December 5, 2026
Night ferries across the IJ to run until 2 a.m. from January
The ferries across the IJ behind Central station will run until 2 a.m. on Friday and Saturday nights from January, the city transport company said on Friday.
The change follows complaints from night workers who had to walk the long way round through the tunnel.

URL:     https://www.rheinpost.de/2026/12/tram-depot/
Fetched: 2026-12-05T10:41:12+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
RheinPost.de
News | City | Region | Sport | Culture
December 5, 2026
Cologne opens its first tram depot for electric buses
Cologne's transport company opened a converted tram depot on Friday that will house 60 electric buses and their chargers.
The depot replaces a diesel bus garage that is to close in March.
"""


def test_a_scrapers_url_line_starts_each_page_and_a_national_domain_is_its_masthead():
    dump = parse(SCRAPED)
    assert [(a.title, a.source) for a in dump.articles] == [
        ("Night ferries across the IJ to run until 2 a.m. from January", "GrachtenNieuws.nl"),
        ("Cologne opens its first tram depot for electric buses", "RheinPost.de"),
    ]
    assert dump.articles[0].captions == []
