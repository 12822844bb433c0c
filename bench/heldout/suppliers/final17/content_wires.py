"""Wire dumps of corpus final17 (all news text invented; see README.md).

Each function returns (dump text, gold articles) from a template in the shared markup (markup.py)."""
from markup import parse


def wire_energy_shipping_terminal():
    """Four terminal screens captured on an energy desk: Montel Online x2, Kallanish Steel, Lloyd's List."""
    return parse(r'''
#D kind=wire
#D published_date=2026-12-05
#D source=Montel News
#D source_aliases=["Montel News", "Montel", "Montel Online", "Montel AS"]
[screen 1/4]   captured 05/12/2026 09:41 CET   ws ENERGY-03   user hkrogh
MONTEL ONLINE                                 News | Prices | Analytics | Alerts
Search news...                                          Power > Nordic > All
================================================================================
#T Nordic day-ahead prices slide as mild spell extends into next week
05 Dec 2026 08:47 CET | Cecilie Aasland | Power, Nordic, Day-ahead
#M byline=Cecilie Aasland
--------------------------------------------------------------------------------

#P Nordic day-ahead prices for Sunday fell by almost a third on Saturday as weather models pointed to temperatures 3-4C above normal across southern Norway and Sweden until at least Wednesday.

#P The Nordic system price for Sunday settled at EUR 31.42/MWh, down from EUR 45.90/MWh for Saturday, with the steepest falls in the SE3 and NO1 price areas.

#P "Hydro producers were holding water back for the cold that was forecast last week, and now that cold is not coming," said Magnus Thorsrud, an analyst at Fjordlys Kraftanalyse. "Some of that water has to be released before the reservoirs get uncomfortable."

#P Wind output across the Nordic region was forecast to peak at 14.2 GW on Monday evening, well above the 9 GW seasonal average, according to Fjordlys data.

#P The Nordic front-week contract last traded at EUR 38.10/MWh on Friday, and traders expected it to open lower on Monday.

--------------------------------------------------------------------------------
(c) Montel AS 2026. Redistribution of this content is prohibited without written consent.
[F5 refresh]  [F8 print]  [ESC back to list]

[screen 2/4]   captured 05/12/2026 09:42 CET   ws ENERGY-03   user hkrogh
MONTEL ONLINE                                 News | Prices | Analytics | Alerts
Search news...                                        Power > Germany > All
================================================================================
#T German Sunday baseload turns negative on wind and low holiday demand
05 Dec 2026 09:20 CET | Jonas Wehrmann | Power, Germany, Day-ahead, Renewables
#M byline=Jonas Wehrmann
--------------------------------------------------------------------------------

#P German baseload power for Sunday settled at minus EUR 4.15/MWh in Saturday's day-ahead auction, the first negative weekend baseload price since early October.

#P Wind generation was forecast at an average of 38 GW over the day, with a peak of 46 GW around midday, while demand was expected to stay below 48 GW as many industrial sites wound down for the second Advent weekend.

#P Peakload hours settled at minus EUR 11.80/MWh, while the evening hours between 17:00 and 20:00 stayed positive at around EUR 22/MWh as solar output dropped away.

#P "We will see a lot of curtailment orders on Sunday, and the flow to France and Switzerland is already at the limit," said Tilmann Brück, head of trading at Elbwerk Energiehandel.

#P Prices were expected to recover on Monday, when wind output is forecast to halve.

--------------------------------------------------------------------------------
(c) Montel AS 2026. Redistribution of this content is prohibited without written consent.
[F5 refresh]  [F8 print]  [ESC back to list]

[screen 3/4]   captured 05/12/2026 09:44 CET   ws ENERGY-03   user hkrogh
KALLANISH STEEL                    Home   News   Prices   Events   My Kallanish
--------------------------------------------------------------------------------
News > Long products > Turkey
#D source=Kallanish
#D source_aliases=["Kallanish", "Kallanish Steel", "Kallanish Commodities"]
#D published_date=2026-12-04
#T Turkish rebar mills hold offers as December scrap bookings stall
Friday, 04 December 2026 16:52:07 (GMT+0)
#P Turkish rebar producers kept domestic offers unchanged this week at $585-600/tonne ex-works as buyers waited for clearer direction from the deep-sea scrap market, where bookings for December shipment have slowed to a trickle.
#P Mills in the Marmara region reported thin order books, with one Izmir producer telling Kallanish that it had sold "barely half" of its planned December volume.
#P Export offers for rebar were heard at $570-580/t fob, with interest mainly from Yemen and Israel, while Gulf buyers stayed on the sidelines.
#P Deep-sea HMS 1&2 (80:20) scrap was assessed at $352/t cfr on Friday, flat on the week. Recyclers in the US and the Baltic said they were reluctant to cut offers further before the year-end holidays.
#P "Nobody wants to build stock into January when energy costs are still uncertain," a Karabük-based trader said.
Burak Tekin Istanbul
#M byline=Burak Tekin
Tags: Turkey | Rebar | Scrap | Longs
Kallanish is part of the Kallanish Commodities group. (c) 2026 All rights reserved.

[screen 4/4]   captured 05/12/2026 09:47 CET   ws ENERGY-03   user hkrogh
Lloyd's List      Daily Briefing | Containers | Tankers | Dry Bulk | Ports | Markets
--------------------------------------------------------------------------------
Tankers
#D source=Lloyd's List
#D source_aliases=["Lloyd's List", "Lloyd's List Intelligence", "Lloyds List"]
#T Aframax owners eye Baltic winter premium as ice-class fleet tightens
Stricter Finnish and Swedish ice-class rules from January leave fewer compliant ships for winter Baltic trades
Ioanna Kostaki
#M byline=Ioanna Kostaki
Greek Correspondent
04 Dec 2026
#P OWNERS of ice-class aframax tankers are preparing for the strongest Baltic winter premium in five years as tighter ice-class requirements cut the number of ships able to load at Finnish and Swedish ports from January.
#P Lloyd's List Intelligence data show 61 ice-class 1A or 1A Super aframaxes trading in the region, down from 78 a year ago, as older tonnage has been sold for recycling or moved to other trades.
#P Brokers said charterers were already fixing January cargoes from Porvoo and Brofjorden at a premium of about $9,000 a day over standard North Sea aframax rates.
#P "The owners with modern ice-class ships will have a very good winter," said Nikos Vardakis, chartering director at Aegean Polar Tankers. "Everyone else will have to stay out of the ice."
#P The Finnish and Swedish maritime administrations have said ships arriving after January 1 will have to meet the updated ice-class rules when restrictions are in force.
--------------------------------------------------------------------------------
(c) 2026 Lloyd's List Intelligence. All rights reserved. Lloyd's List is part of Lloyd's List Intelligence.
''')


def wire_brussels_chisinau_sofia_digest():
    """Desk e-mail digest of four items (Agence Europe x2, RFE/RL, Novinite), hard-wrapped at 70 columns."""
    return parse(r'''
#D kind=wire
#D published_date=2026-12-05
#D wrap=70
From: Europe desk <europe.desk@newsroom.example>
To: morning-list@newsroom.example
Date: Sat, 5 Dec 2026 11:12:40 +0100
Subject: Europe wires - Sat 5 Dec (4 items)

Morning all - four items from the Europe queue, plain text as
received. The two Agence Europe pieces are from the bulletin that
went out last night.

Hanna

------------------------------------------------------------ 1 of 4
#D source=Agence Europe
#D source_aliases=["Agence Europe", "Europe Daily Bulletin"]
Europe Daily Bulletin No. 13742
5 December 2026
GENERAL NEWS / (eu) eu/transport
#T Council and Parliament agree common rules on night-train ticketing
#M dateline=Brussels, 04/12/2026
#M byline=Hélène Vasseur

#W Brussels, 04/12/2026 (Agence Europe) - Negotiators for the Council of the EU and the European Parliament reached a provisional agreement on the evening of Friday 4 December on a regulation requiring rail operators to sell through tickets for cross-border night trains on a single booking platform.

#W Under the compromise, operators that run overnight services across at least one internal border will have 24 months to open their booking systems to third-party vendors, and passengers missing a connection because of a delay will be entitled to a berth on the next available train at no extra cost.

#W The Parliament's rapporteur, the Austrian MEP Clemens Aigner (EPP), welcomed "a real ticket for a real journey", while several member states, led by Poland and Hungary, obtained a derogation of a further 12 months for domestic operators with fewer than 20 night connections a week.

#W The text must now be endorsed by the Committee of Permanent Representatives (Coreper) and by the Parliament's Transport Committee before the plenary vote expected in February.

(Original version in French by Hélène Vasseur)

------------------------------------------------------------ 2 of 4
Europe Daily Bulletin No. 13742
5 December 2026
ECONOMY - FINANCE / (eu) eu/fisheries
#T Commission proposes 8% cut in Baltic herring quota for 2027
#M dateline=Brussels, 04/12/2026

#W Brussels, 04/12/2026 (Agence Europe) - The European Commission on Friday 4 December proposed an 8% reduction in the total allowable catch for central Baltic herring in 2027, a smaller cut than the scientific advice had suggested, ahead of the Agriculture and Fisheries Council of 14 and 15 December.

#W The proposal sets the catch at 52,400 tonnes. The Commission said it had taken account of "the socio-economic situation of the small-scale coastal fleet" in Finland, Sweden and Estonia, but it kept the closure of the western Baltic cod fishery.

#W Environmental groups criticised the proposal. "The Commission has once again split the difference between science and the fishing lobby," said Liisa Mäkelä of the Baltic Sea Action Coalition.

------------------------------------------------------------ 3 of 4
#D source=Radio Free Europe/Radio Liberty
#D source_aliases=["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Free Europe", "Radio Liberty", "RFE/RL, Inc."]
#T Moldovan Parliament Approves Emergency Gas Fund For Winter
By Ion Rusnac
#M byline=Ion Rusnac
#M dateline=CHISINAU
December 05, 2026 07:40 GMT

#W CHISINAU -- Moldova's parliament on December 4 approved a 600 million lei ($33 million) emergency fund to cushion household gas bills through the winter, after a heated debate in which opposition deputies accused the government of hiding the true cost of gas imports.

#W The fund, backed by 54 deputies in the 101-seat legislature, will cover up to 30 percent of monthly bills for households whose consumption stays below 150 cubic meters a month between December and March.

#W Energy Minister Andrei Ciobanu told lawmakers that the state gas supplier had bought most of its winter volumes in advance and that "no household will be left without heating."

#W Opposition deputy Svetlana Cebotari said the scheme would reach "barely a third" of the families who needed it and called for the contracts with suppliers to be made public.

With reporting by RFE/RL's Moldovan Service
Copyright (c) 2026. RFE/RL, Inc. Used with the permission of Radio Free
Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC
20036.

------------------------------------------------------------ 4 of 4
#D source=Novinite
#D source_aliases=["Novinite", "Novinite.com", "Sofia News Agency", "Novinite.com (Sofia News Agency)"]
Novinite.com (Sofia News Agency)
#T Sofia Airport Adds Second De-icing Pad Ahead of Holiday Peak
Society » Transport | December 5, 2026, Saturday // 10:05

#W Sofia Airport has opened a second de-icing pad next to Terminal 2, which the operator says will cut waiting times for departing aircraft by up to 15 minutes on snowy mornings.

#W The new pad can handle two narrow-body aircraft at a time and is served by four de-icing trucks delivered in November. The airport expects more than 520,000 passengers between December 18 and January 6, about 9% more than a year earlier.

#W "Last January we had mornings when aircraft queued for forty minutes at a single pad," the operator's operations director Kalin Mitev said on Saturday. "That should not happen again this winter."

#W Bulgaria's National Institute of Meteorology and Hydrology has forecast the first snowfall in the capital for the middle of next week.

------------------------------------------------------------ end
4 items. Replies to the list, please, not to me.
''')


def wire_sudans_mailbox():
    """An mbox export of two agency mails: Radio Dabanga's daily update (2 items) and a Radio Tamazuj alert (2)."""
    return parse(r'''
#D kind=wire
#D published_date=2026-12-05
#D source=Radio Dabanga
#D source_aliases=["Radio Dabanga", "Dabanga", "Dabanga Sudan"]
From newsletter@dabangasudan.org Sat Dec  5 07:02:18 2026
Return-Path: <newsletter@dabangasudan.org>
From: Radio Dabanga <newsletter@dabangasudan.org>
To: africa.desk@newsroom.example
Subject: Sudan news update - Saturday 5 December 2026
Date: Sat, 05 Dec 2026 07:02:11 +0100
Message-ID: <su-20261205-0702@dabangasudan.org>
Content-Type: text/plain; charset=utf-8

RADIO DABANGA
Independent news from the heart of Darfur and Sudan
Sudan news update | Saturday 5 December 2026

December 5 - 2026 TAWILA / EL FASHER
#T Water trucking resumes in Tawila camps after fuel convoy arrives
#M dateline=TAWILA / EL FASHER
#P Water trucking to the displacement camps around Tawila in North Darfur resumed on Friday after a convoy carrying 90,000 litres of diesel reached the town from the west.
#P "For eleven days people queued at the hand pumps from four in the morning, and many went back with half a jerrycan," a camp coordinator told Radio Dabanga. "Yesterday the trucks came back to the northern blocks."
#P Aid workers said the fuel would keep the water trucks and two borehole generators running for about three weeks. More than 400,000 people are sheltering in and around Tawila, according to local camp committees.
#P The convoy of six lorries travelled for nine days and was stopped at four checkpoints, the driver of one of the vehicles told Radio Dabanga, adding that "fees" were demanded at two of them.

December 4 - 2026 PORT SUDAN
#T Port Sudan bakeries cut bread prices after wheat cargo is unloaded
#M dateline=PORT SUDAN
#M published_date=2026-12-04
#P Bakeries in Port Sudan lowered the price of a bag of bread from SDG 1,500 to SDG 1,200 on Thursday, after a cargo of 45,000 tonnes of wheat was unloaded at the southern port.
#P The head of the Red Sea state bakers' association, Osman Adarob, told Radio Dabanga that the cut would hold "as long as the flour keeps coming and the power cuts do not get worse".
#P Residents of Salabona and Deim El Arab said bread had been scarce for most of November, with queues forming outside bakeries before dawn.

--
You receive this update because you subscribed at dabangasudan.org.
Unsubscribe | Donate | Radio Dabanga, Amsterdam

From alerts@radiotamazuj.org Sat Dec  5 10:31:44 2026
Return-Path: <alerts@radiotamazuj.org>
From: Radio Tamazuj <alerts@radiotamazuj.org>
To: africa.desk@newsroom.example
Subject: Radio Tamazuj | Latest news
Date: Sat, 05 Dec 2026 10:31:40 +0300
Message-ID: <alert-8821734@radiotamazuj.org>
Content-Type: text/plain; charset=utf-8

RADIO TAMAZUJ
Latest news | 5 December 2026

#D source=Radio Tamazuj
#D source_aliases=["Radio Tamazuj", "Tamazuj"]
#T Aweil farmers count losses as late floods reach sorghum fields
Published: 5 December 2026, 09:18
#P Farmers in Aweil East County of Northern Bahr el Ghazal State say late floods have destroyed sorghum fields that were days away from harvest, leaving hundreds of households without food stocks for the dry season.
#P Deng Akol Deng, a farmer in Wunlang Payam, told Radio Tamazuj that water from the Lol River had covered his five feddans for more than a week. "We were waiting to harvest at the end of November. Now there is nothing to cut," he said.
#P The county agriculture director, Santino Garang Lual, said a preliminary count showed 2,300 farms affected in four payams and appealed to humanitarian agencies for seeds and food aid.
Read on radiotamazuj.org

#T Juba traders protest new checkpoint fees on Nimule road
Published: 5 December 2026, 10:02
#M dateline=JUBA
#P JUBA - Truck drivers and traders using the Juba-Nimule highway on Friday parked more than 200 lorries at the Jebel Kujur junction in protest against new fees collected at checkpoints along the road.
#P The chairperson of the South Sudan Truck Owners Union, Grace Kiden, said drivers were now paying up to nine separate fees on the 192-kilometre route. "Every checkpoint has a new receipt book," she told Radio Tamazuj.
#P The Central Equatoria State government said it had not approved any new fees and would send a team to the road on Monday.
Read on radiotamazuj.org

--
Radio Tamazuj - independent news for Sudan and South Sudan. Manage your alerts at radiotamazuj.org.
''')


def wire_us_station_queue():
    """A TV station's wire-queue print: CNN Newsource, Nexstar Media Wire, Tribune News Service, Bay City News,
    Capitol News Illinois; hard-wrapped at 76 columns, paragraphs a blank line apart."""
    return parse(r'''
#D kind=wire
#D published_date=2026-12-05
#D wrap=76
ENPS   WIRES: AFFILIATE+STATE   Printed 12/05/2026 10:22 AM CST   User: jmorales
Queue: WIRES.NATL-STATE   Sort: received desc   Items selected: 5
--------------------------------------------------------------------------------
SLUG                    SOURCE                PRI  RECEIVED      WORDS
LAKE EFFECT SNOW        CNN Newsource         3    12/05 09:58   431
HEATING ASSISTANCE      Nexstar Media Wire    4    12/05 09:31   377
EVERGLADES PUMPS        Tribune News Service  5    12/05 08:15   412
OAKLAND WARMING         Bay City News         4    12/05 07:40   268
PENSION PANEL           Capitol News IL       4    12/04 16:05   455
--------------------------------------------------------------------------------

===== 1/5 LAKE EFFECT SNOW | CNN Newsource | 12/05/2026 09:58 AM
#D source=CNN
#D source_aliases=["CNN", "CNN Wire", "The-CNN-Wire", "CNN Newsource", "Cable News Network"]
#T Lake-effect snow set to bury parts of western New York, Michigan
By Dana Whitcomb, CNN Meteorologist
#M byline=Dana Whitcomb

#W (CNN) — Residents downwind of lakes Erie and Ontario should prepare for snowfall rates of 2 to 3 inches an hour starting Saturday night, as a blast of Arctic air crosses the still-warm Great Lakes.

#W The National Weather Service has issued lake-effect snow warnings for parts of western New York, including the southern suburbs of Buffalo, and for Michigan's western Upper Peninsula, where totals could top 2 feet by Monday morning.

#W "This is a classic early-season setup," said Kevin Ostrowski, a forecaster at the weather service office in Buffalo. "The lakes are running several degrees warmer than normal, so the air picks up a lot of moisture very quickly."

#W Travel along the New York State Thruway between Buffalo and Erie, Pennsylvania, could become "very difficult to impossible" at times, the weather service said.

#W Temperatures are expected to climb back above freezing by the middle of next week.

The-CNN-Wire
™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All
rights reserved.

===== 2/5 HEATING ASSISTANCE | Nexstar Media Wire | 12/05/2026 09:31 AM
#D source=Nexstar Media Wire
#D source_aliases=["Nexstar Media Wire", "Nexstar", "NEXSTAR", "Nexstar Media Group"]
#T What to know about winter heating help as applications open in more states
by: Marisa Quintero
#M byline=Marisa Quintero
Posted: Dec 5, 2026 / 09:31 AM CST
Updated: Dec 5, 2026 / 09:31 AM CST

#W (NEXSTAR) — With the first hard freeze of the season reaching much of the Midwest and South this weekend, more states have opened applications for federally funded heating assistance, and advocates are urging families not to wait.

#W The Low Income Home Energy Assistance Program helps eligible households pay heating bills, and in many states it can also cover emergency furnace repairs. Eligibility is based on household income and size, and the amount of help varies by state.

#W "The money is first come, first served in a lot of places," said Renee Albright, who directs an energy assistance nonprofit in Tulsa, Oklahoma. "If you wait until your shutoff notice arrives in February, the funds may already be gone."

#W Applicants usually need proof of income for the past 30 days, a recent utility bill and identification for everyone in the household. Most states let residents apply online or through local community action agencies.

===== 3/5 EVERGLADES PUMPS | Tribune News Service | 12/05/2026 08:15 AM
#D source=Tribune News Service
#D source_aliases=["Tribune News Service", "TNS", "Tribune Content Agency", "Miami Herald"]
#T Pump repairs leave western Miami-Dade canals low as dry season begins
By Lucía Betancourt-Hale
#M byline=Lucía Betancourt-Hale
#M dateline=MIAMI
Miami Herald

#W MIAMI — Repairs to a pump station on the edge of the Everglades will keep water levels in several western Miami-Dade canals below normal until at least February, water managers told farmers and residents at a meeting on Friday evening.

#W Two of the station's four pumps were taken out of service in October after engineers found cracks in their housings, and replacement parts are not expected before the middle of January, district engineer Walter Pizarro said.

#W Growers in the Redland agricultural area said the low levels were already making it harder to irrigate winter vegetables. "We plant tomatoes and beans in December. If the canal is two feet down, my pumps suck air," said Héctor Valdivia, who farms 40 acres near Homestead.

#W The district said it would move water from other parts of the system to limit the drop, but warned that a dry winter could force temporary irrigation restrictions.

©2026 Miami Herald. Visit miamiherald.com. Distributed by Tribune Content
Agency, LLC.

===== 4/5 OAKLAND WARMING | Bay City News | 12/05/2026 07:40 AM
#D source=Bay City News
#D source_aliases=["Bay City News", "Bay City News Service", "Bay City News, Inc.", "BCN"]
#T Oakland opens three warming centers as overnight lows dip toward freezing
by Bay City News

#W Oakland will open three overnight warming centers starting Saturday as forecasters expect temperatures in parts of the East Bay to fall into the low 30s through Tuesday, city officials said.

#W The centers, at the East Oakland Sports Center, the West Oakland Senior Center and the downtown library annex, will be open from 6 p.m. to 8 a.m. and will offer cots, blankets and hot meals. Pets are allowed at the sports center.

#W The National Weather Service issued a frost advisory for inland valleys in Alameda and Contra Costa counties, where lows could reach 30 degrees.

#W Residents who need a ride to a center can call the city's 211 line, officials said.

Copyright © 2026 Bay City News, Inc. Republication, rebroadcast or other
reuse without the express written consent of Bay City News, Inc. is
prohibited.

===== 5/5 PENSION PANEL | Capitol News Illinois | 12/04/2026 04:05 PM
#D source=Capitol News Illinois
#D source_aliases=["Capitol News Illinois", "CNI"]
#D published_date=2026-12-04
#T Pension panel urges Tier 2 fix for downstate police, firefighters
By ALANA PRICE
#M byline=ALANA PRICE
#M dateline=SPRINGFIELD
Capitol News Illinois
aprice@capitolnewsillinois.com

#W SPRINGFIELD – A state commission studying Illinois' Tier 2 pension benefits on Friday recommended that lawmakers extend a fix approved for teachers and state workers last spring to police officers and firefighters in downstate municipalities.

#C Members of the Commission on Tier 2 Benefits listen to testimony in the
#c Michael A. Bilandic Building in Chicago on Friday. (Capitol News Illinois
#c photo by Owen Kastler)

#W The panel's report, approved 9-2, says the benefits of workers hired after 2011 may fall short of a federal Social Security "safe harbor" threshold within four years unless the salary cap used to calculate them rises faster.

#W "We are not asking for a new benefit. We are asking the state to keep the promise it already made," said commission chair Delia Ruiz-Baptiste, a former state comptroller's office official.

#W Two Republican members voted against the report, arguing that the cost to municipalities, estimated at $310 million over 30 years, should be covered by the state if lawmakers adopt the change.

#W The General Assembly returns to Springfield for its spring session in January.

Capitol News Illinois is a nonprofit, nonpartisan news service that
distributes state government coverage to hundreds of news outlets
statewide. It is funded primarily by the Illinois Press Foundation and the
Robert R. McCormick Foundation.

--------------------------------------------------------------------------------
END OF PRINT  5 items  jmorales  12/05/2026 10:22 AM
''')
