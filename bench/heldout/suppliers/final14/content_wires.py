"""Wire dumps of final14 (all text invented; dated Saturday 5 December 2026)."""
from markup import parse


def wire_lusophone_ingest():
    """Newsroom ingest export of three African agencies' English services: stories separated only by blank
    lines, one paragraph a line with blank lines between, sign-offs on a line of their own."""
    return parse("""
NEWSROOM INGEST - AFRICA DESK - agency English services
Export: Sat 05 Dec 2026 11:40 UTC | items: 4 | sort: newest first

#D kind=wire
#D published_date=2026-12-05
#D source=Inforpress
#D source_aliases=["Inforpress", "INFORPRESS", "Agência Cabo-verdiana de Notícias"]
#T Praia: Government opens tender for second phase of Palmarejo desalination plant
#M dateline=Praia, 05 Dec

#P Praia, 05 Dec (Inforpress) – The Government opened on Saturday an international tender for the second phase of the Palmarejo desalination plant, which is expected to raise the capital's daily water production by 9,000 cubic metres by the end of 2028.

#P The announcement was made by the Minister of Agriculture and Environment, Edmilson Tavares Furtado, during a visit to the plant, where he said the new unit will run "at least sixty percent" on solar power from a park to be built on the neighbouring plateau.

#P According to the minister, the tender will remain open until 20 February, and companies from the Economic Community of West African States and the Community of Portuguese Language Countries may bid alone or in consortia.

#P Residents of the Achada São Filipe and Palmarejo Grande neighbourhoods, who told Inforpress they still receive water only three days a week, welcomed the news but asked for a firm date.

#P "We have heard about this plant since 2023; what we want now is to see the machines working," said Maria Lurdes Semedo, a 54-year-old trader.

JR/CP
Inforpress/Fim

#T Mindelo: Fishermen's cooperative receives two refrigerated trucks to cut post-harvest losses
#M dateline=Mindelo, 05 Dec

#P Mindelo, 05 Dec (Inforpress) – The São Pedro fishermen's cooperative, on the island of São Vicente, received on Saturday two refrigerated trucks financed by a development partner, in a move its leaders say could halve the losses of fish caught on hot days.

#P The president of the cooperative, Adilson Lopes Rocha, explained that until now part of the catch spoiled on the road between the landing beach and the markets of Mindelo, especially between July and October.

#P The trucks, worth about 11 million escudos, will also be used to take fresh fish to schools on the island under the school canteen programme, he added.

#P The cooperative brings together 140 fishermen and 38 fish sellers, most of them women.

AS/JMV
Inforpress/Fim

#D source=STP-Press
#D source_aliases=["STP-Press", "STP Press", "Agência STP-Press"]
#T SÃO TOMÉ AND TUNA FLEET OWNERS SIGN NEW QUOTA PROTOCOL
#M dateline=São Tomé, 5 December 2026

#P São Tomé, 5 December 2026 (STP-Press) - The Government of São Tomé and Príncipe and a group of tuna fleet owners on Saturday signed a protocol setting new catch quotas for the national exclusive economic zone for 2027 and 2028.

#P Under the protocol, industrial vessels will have to land at least 12 percent of their catch at the port of São Tomé, where it will be sold to local processors, said the Minister of Fisheries, Jacinto Neves da Graça.

#P The document also foresees the presence of a national observer on board every vessel larger than 40 metres.

#P Artisanal fishermen's associations, which took part in the talks as observers, said they would follow the application of the protocol "very closely".

STP-Press/LB

#D source=AMI
#D source_aliases=["AMI", "Agence Mauritanienne d'Information", "Mauritanian News Agency"]
#T Minister of Water inaugurates solar pumping stations in Trarza
#M dateline=Nouakchott, 05/12/2026

#P Nouakchott, 05/12/2026 (AMI) - The Minister of Water and Sanitation, Mr. Sidi Mohamed Ould Cheikhna, inaugurated on Saturday in the wilaya of Trarza six solar-powered pumping stations serving nearly 14,000 inhabitants of rural localities.

#P The stations, built at a cost of 210 million new ouguiyas, replace diesel generators that the villages had used for more than fifteen years.

#P In a speech on the occasion, the minister said the department plans to equip 60 more localities with solar pumping in 2027, giving priority to those where water is still delivered by tanker trucks.

#P The ceremony was attended by the wali of Trarza, the hakem of Rosso and local elected officials.
""")


def wire_commodity_monitor():
    """A commodities desk's news-monitor save: a stamp line over each item, ALL-CAPS and title-case
    headlines, one paragraph a line with no blank lines inside a story, credits after the text."""
    return parse("""
=== COMMODITIES NEWS MONITOR | saved 05-Dec-2026 14:05 GMT | user: desk.energy ===
Feeds: Platts / Fastmarkets / ICIS        Region: Asia, Europe        Items: 4

05 Dec 2026 | 08:12 GMT | S&P Global Commodity Insights
#D kind=wire
#D published_date=2026-12-05
#D source=Platts
#D source_aliases=["Platts", "S&P Global Commodity Insights", "S&P Global Platts"]
#T ASIAN LNG SPOT PRICES EDGE UP AS COLD SNAP LIFTS NORTHEAST DEMAND
#M byline=Mei Ling Tan
#M dateline=Singapore
Highlights
#P JKM for January delivery rises 34 cents on the week
#P Utilities in Japan and South Korea seek prompt cargoes
#P Mild stocks cushion any further upside, traders say
#P Singapore (Platts)--Spot LNG prices in Northeast Asia edged higher in the week to Dec. 5 as a cold snap across Japan and South Korea prompted utilities to seek additional cargoes for January delivery, market participants said.
#P The Platts JKM for January delivery was assessed at $11.86/MMBtu on Dec. 4, up 34 cents from a week earlier, according to S&P Global Commodity Insights data.
#P "Buyers were caught a little short by the weather forecasts, but inventories are still comfortable, so no one is chasing," a Singapore-based trader said.
#P A fictional Korean utility, Hanbit Gas Power, was heard to have bought two cargoes for delivery in the second half of January through a tender that closed Dec. 3.
Reporting by Mei Ling Tan
Editing by Arjun Sethi
Commodity: LNG | Tags: JKM, Asia-Pacific

05 Dec 2026 | 09:47 GMT | S&P Global Commodity Insights
#T Rotterdam barge gasoil cracks slip on ample diesel imports
#M byline=Pieter van Aalst
#P Diesel barge cracks in the Amsterdam-Rotterdam-Antwerp hub weakened on the week as a wave of arrivals from the US Gulf Coast and the Middle East lifted independent storage levels to a five-month high.
#P The Platts ARA diesel barge crack against ICE Brent futures averaged $17.40/b in the week to Dec. 4, down from $19.05/b the week before.
#P Inland demand along the Rhine remained subdued, with low water restrictions lifted in late November and barge freight rates easing, sources said.
Reporting by Pieter van Aalst
Editing by Arjun Sethi
Commodity: Oil | Tags: Diesel, Europe

05 Dec 2026 | 10:30 GMT | Fastmarkets
#D source=Fastmarkets
#D source_aliases=["Fastmarkets", "FASTMARKETS"]
#T Lithium carbonate prices in China steady as converters hold back spot offers
#M byline=Lucia Ferreira
By Lucia Ferreira
#P Lithium carbonate prices in China held steady this week, with converters reluctant to offer spot material at lower levels after cutting run rates in November, sources told Fastmarkets.
#P Fastmarkets' assessment of lithium carbonate, 99.5% Li2CO3 min, battery grade, spot price range exw domestic China, was 74,000-78,000 yuan per tonne on Thursday, unchanged from a week earlier.
#P "Everybody is waiting for the January restocking, and until then there is just not much happening," a producer in Jiangxi province said.
#P Demand from cathode makers was expected to pick up in the second half of December ahead of the Lunar New Year holiday, which falls in early February in 2027.
Fastmarkets | Battery raw materials | Lithium

05 Dec 2026 | 11:15 GMT | ICIS
#D source=ICIS
#D source_aliases=["ICIS", "Independent Commodity Intelligence Services"]
#T EU polyethylene buyers defer January orders amid weak packaging demand
#M byline=Helena Duarte
#M dateline=LONDON
By Helena Duarte
#P LONDON (ICIS)--Polyethylene (PE) buyers in Europe are deferring January purchases as packaging demand stays weak and expectations of lower feedstock costs grow, sources said on Saturday.
#P "Why buy now when everyone thinks ethylene will roll over lower?" said a converter in Germany, adding that his company had enough inventory to cover the first two weeks of January.
#P Low density polyethylene (LDPE) net prices were assessed at €1,190-1,240/tonne FD (free delivered) NWE (northwest Europe) this week, down €10/tonne at the top of the range.
#P Producers maintained that margins were already thin and that further concessions were unlikely before the January ethylene contract settles.
Additional reporting by Jonas Berg
""")


def wire_us_nonprofit_digest():
    """An e-mail digest of republishable US nonprofit wire copy: mail headers, numbered items between
    '=====' rules, bylines under the headline, RSS-style 'The post ... appeared first on' trailers and
    republication footers."""
    return parse("""
From: Wire Digest <digest@newsroom-tools.example>
To: metro-desk@dailyledger.example
Date: Sat, 5 Dec 2026 07:02:11 -0500
Subject: [Wire Digest] Saturday morning: 4 items (JTA, BNO, Stateline)

Good morning. Four items cleared for republication in today's digest. Credit lines as supplied.

=====
ITEM 1 of 4 | JTA | 06:12 EST
#D kind=wire
#D published_date=2026-12-05
#D source=JTA
#D source_aliases=["JTA", "Jewish Telegraphic Agency"]
#T Cleveland synagogue reopens sanctuary restored after 2024 flood
#M byline=Rachel Adelstein
By Rachel Adelstein

#P (JTA) — Three years after a burst water main flooded its sanctuary, a Cleveland synagogue will hold its first Shabbat service in the restored space this weekend, complete with pews rebuilt by congregants from salvaged oak.

#P Congregation Beth Shalom Ohev, a Conservative synagogue of about 300 families, raised $2.1 million for the repairs, according to its president, Daniel Kessler.

#P "People took pieces of the old pews home to sand and refinish them in their garages," Kessler said. "Some of them came back better than new."

#P The synagogue had held services in a rented school gym since the flood.

The post Cleveland synagogue reopens sanctuary restored after 2024 flood appeared first on Jewish Telegraphic Agency.

=====
ITEM 2 of 4 | JTA | 06:40 EST
#T Jewish food bank network in Argentina reports record demand ahead of Hanukkah
#M byline=Tomás Grinberg
#M dateline=BUENOS AIRES
By Tomás Grinberg

#P BUENOS AIRES (JTA) — A network of Jewish food banks in Argentina says it is serving more families than at any point since it was founded, as rising rents squeeze retirees and young families alike.

#P The network, which operates 14 distribution points in Buenos Aires, Rosario and Córdoba, delivered 9,800 food parcels in November, up from 7,200 a year earlier, said its director, Silvina Rosenthal.

#P Volunteers will add sufganiyot and candles to parcels delivered during Hanukkah, which begins on the evening of Dec. 4 this year.

The post Jewish food bank network in Argentina reports record demand ahead of Hanukkah appeared first on Jewish Telegraphic Agency.

=====
ITEM 3 of 4 | BNO News | 05:55 EST
#D source=BNO News
#D source_aliases=["BNO News", "BNO"]
#T Small plane makes emergency landing on Wisconsin highway, no injuries
#M dateline=MADISON, Wis.

#P MADISON, Wis. (BNO News) -- A small single-engine plane made an emergency landing on a highway north of Madison early Saturday after reporting engine trouble, authorities said. No one was injured.

#P The Dane County Sheriff's Office said the pilot, a 61-year-old man from Illinois, set the plane down on a stretch of Highway 113 shortly before 6 a.m., when traffic was light.

#P Deputies closed the highway in both directions for about two hours while the aircraft was moved.

#P The Federal Aviation Administration said it would investigate.

Copyright 2026 BNO News. All rights reserved.

=====
ITEM 4 of 4 | Stateline | 05:30 EST
#D source=Stateline
#D source_aliases=["Stateline", "States Newsroom"]
#T States Race to Fill Rural Ambulance Gaps as Volunteer Crews Shrink
BY: MARCUS WHITFIELD - DECEMBER 5, 2026 5:30 AM
#M byline=MARCUS WHITFIELD

#P At least nine states have created or expanded grant programs this year to keep rural ambulance services running, as the volunteer crews that long staffed them age out and fewer young people sign up.

#P In Nebraska, where more than 70% of ambulance services still rely mostly on volunteers, lawmakers set aside $12 million for stipends and training, according to a Stateline review of state budgets.

#P "We have towns where the ambulance is one retired farmer and his neighbor," said Karen Olufsen, who leads a fictional rural EMS association in the state. "When one of them gets the flu, the county is uncovered."

#P Some states are experimenting with paying crews to be on call, rather than only per run, a change advocates say could keep services solvent.

Stateline is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Stateline maintains editorial independence. Contact Editor Joanne Pruitt for questions: info@stateline.example.

=====
End of digest. Reply STOP to unsubscribe.
""")
