"""Wire dumps of corpus final18 (all text invented; real places as settings only)."""
from markup import parse


def wire_central_asia_digest():
    return parse(r"""
From: Central Asia Desk <ca-desk@newsroom.example>
To: foreign-wires@newsroom.example
Date: Sat, 5 Dec 2026 12:40:07 +0500
Subject: [CA digest] Saturday 5 December - 4 items (KazTAG, Kursiv, Daryo, Jahon)
Message-ID: <ca-digest-20261205-1240@newsroom.example>
Content-Type: text/plain; charset=utf-8; format=fixed

Central Asia desk digest - Saturday, 5 December 2026
Items re-keyed from the agencies' English services; wrapped at 72
columns for the copy terminals. Check spellings of names before use.

  1  KazTAG    Almaty tram line tender
  2  Kursiv    Grain exporters / rail tariffs
  3  Daryo     Samarkand heating complaints
  4  Jahon     Uzbek-Latvian transit talks

======================================================================
[1/4] KazTAG | 05.12.2026 10:12
======================================================================
#D wrap=72
#D kind=wire
#D published_date=2026-12-05
#D source=KazTAG
#D source_aliases=["KazTAG", "Kazakh Telegraph Agency"]
#T Almaty akimat reopens tender for second tram line after bids withdrawn
#M dateline=Almaty. 5 December
#W Almaty. 5 December. KazTAG – The Almaty city akimat has reopened the tender for the design and construction of a second tram line after both shortlisted bidders withdrew their offers, the city's passenger transport department said on Saturday.

#W The 14-kilometre line was meant to link the Sairan bus terminal with the Alatau district, crossing Abai Avenue and Tole Bi Street. According to the department, the consortium led by Stepnoi Rail Systems and a second group headed by Koktem Infrastruktura both cited the rising cost of imported rails and overhead wiring.

#W "The project remains in the city's programme for 2027. We have extended the deadline for applications to 20 January and will publish the revised technical specifications next week," deputy head of the department Nurlan Yesimov told KazTAG.

#W The estimated cost of the line was put at 118 billion tenge in the city's budget hearing in October. The first tram line, opened in 2025, carries about 31,000 passengers a day.

======================================================================
[2/4] Kursiv | 05.12.2026 10:47
======================================================================
#D source=Kursiv
#D source_aliases=["Kursiv", "Kursiv Media", "kursiv.media"]
#T Grain exporters ask for winter discount on rail tariffs
#M byline=Dana Abenova
Author: Dana Abenova
#W Kazakhstan's grain exporters have asked the national rail operator to keep a discounted tariff for wheat shipments to Caspian ports through the winter, arguing that the autumn backlog at elevators in the north is still far from cleared.

#W The Grain Union said in a letter to the Ministry of Transport that about 2.3 million tonnes of the 2026 harvest remained at elevators in Kostanay and North Kazakhstan regions at the start of December, around 40% more than a year earlier.

#W "Without the discount, shipments to Aktau and Kuryk will stop being profitable once the Black Sea price drops below $205 per tonne," the union's executive director Marat Zhunusov said.

#W The rail operator said it would consider the request at its board meeting on 15 December. The current discount of 15% expires on 31 December.

======================================================================
[3/4] Daryo | 05.12.2026 11:20
======================================================================
#D source=Daryo
#D source_aliases=["Daryo", "Daryo.uz"]
#T Samarkand residents complain of cold radiators as heating season falters
05 December 2026, 11:05
#W Residents of several apartment blocks in Samarkand have complained that their radiators remain cold more than a month after the official start of the heating season, with indoor temperatures falling to 12 degrees Celsius at night.

#W The complaints, posted in a local residents' chat and shared widely on Saturday, concern buildings in the Kaftarkhona and Bogishamol mahallas. Residents said they had applied to the heating company three times since early November.

#W The regional heating enterprise told Daryo that a section of the main pipeline had been damaged during repair work on University Boulevard and that crews were working in two shifts. "Heating will be restored in all affected buildings by Monday evening," its press service said.

#W The regional khokimiyat has ordered an inspection of the contractor responsible for the road works.

======================================================================
[4/4] Jahon | 05.12.2026 12:02
======================================================================
#D source=Jahon
#D source_aliases=["Jahon", "Jahon Information Agency", "Information Agency Jahon"]
#T Uzbekistan and Latvia discuss transit corridor to Baltic ports
#W Tashkent, 5 December 2026 – Deputy Minister of Foreign Affairs of the Republic of Uzbekistan held consultations with a delegation of the Ministry of Foreign Affairs of the Republic of Latvia led by State Secretary Aivars Lejnieks, Jahon Information Agency reports.

#W The parties discussed the state and prospects of cooperation in trade, transport and logistics, with particular attention to the use of the Riga and Ventspils ports for Uzbek cargo travelling through the Trans-Caspian International Transport Route.

#W The sides also considered the agenda of the next meeting of the intergovernmental commission, scheduled to take place in Riga in the first half of 2027, and agreed to prepare a joint programme of business forums.
#M dateline=Tashkent, 5 December 2026

======================================================================
End of digest. 4 items. Next digest at 18:00 (Almaty/Tashkent).
Desk phone +7 727 000 0000 | ca-desk@newsroom.example
""")


def wire_baltic_nordic_queue():
    return parse(r"""
INBOUND QUEUE  desk=NORDIC-BALTIC  user=pkalnins  printed Sat 05.12.2026 13:02 EET
filter: source in (LSM, LRT, MBL)  status: unread  sort: time asc
-------------------------------------------------------------------------------
 #   time   src   slug                         words
 1   08:41  LSM   riga-tram-fares              388
 2   09:17  LRT   vilnius-heating-bills        412
 3   10:05  MBL   reykjanes-road-closure       296
 4   11:26  LSM   daugavpils-bridge            305
 5   12:10  LRT   klaipeda-lng-cargo           351
-------------------------------------------------------------------------------

>>> 1/5  LSM  08:41  riga-tram-fares
#D kind=wire
#D published_date=2026-12-05
#D source=LSM
#D source_aliases=["LSM", "Latvian Public Broadcasting", "eng.lsm.lv", "LSM.lv"]
#T Riga public transport fares to rise by 10 cents from February
#P Single-ride fares on Riga's buses, trams and trolleybuses will rise by 10 cents from 1 February, the Riga City Council decided at an extraordinary sitting on Friday evening.
#P An e-ticket bought in advance will cost €1.40, while a ticket bought from the driver will cost €2.10. Monthly passes for pensioners and students will not change, the council said.
#P Deputy mayor Edgars Ziediņš said the municipal company Rīgas satiksme had run up losses of €11 million this year because of higher electricity prices and wage rises agreed with drivers.
#P The opposition said it would ask the State Audit Office to look at the company's procurement of new low-floor trams.
Latvian Radio contributed to this report.

>>> 2/5  LRT  09:17  vilnius-heating-bills
#D source=LRT
#D source_aliases=["LRT", "LRT English", "LRT.lt", "Lithuanian National Radio and Television"]
#T Vilnius households to see lower heating bills in December
#M byline=Gintarė Vaitkutė
#P Residents of Vilnius will pay about 6% less for heating in December than in November, the city's heat supplier Vilniaus šilumos tinklai said on Saturday.
#P The price will be 7.9 euro cents per kilowatt-hour, excluding VAT. For a typical 60-square-metre flat in a renovated block, the monthly bill is expected to be around €48.
#P The company attributed the decrease to lower prices for wood chips and to a larger share of heat bought from independent producers in the Pagiriai district.
#P "Biofuel now covers more than 80% of our production, so the gas price matters less and less," the company's head of sales, Laurynas Petkus, told LRT.
Gintarė Vaitkutė, LRT.lt

>>> 3/5  MBL  10:05  reykjanes-road-closure
#D source=Iceland Monitor
#D source_aliases=["Iceland Monitor", "mbl.is", "mbl", "Morgunblaðið"]
#T Grindavík road closed again as lava approaches
Iceland Monitor | mbl | 5 Dec. 2026 | 10:05
#P The road to Grindavík has been closed to all traffic after lava from the eruption on the Reykjanes peninsula moved within 400 metres of it overnight, the Suðurnes police said this morning.
#P The Met Office reports that activity in the northern part of the fissure has decreased, but that lava continues to flow southwest at a rate of about 20 metres an hour.
#P Residents who have returned to Grindavík have been asked to leave the town by noon. The Blue Lagoon announced that it will remain closed at least until Monday.
#P "We are watching the flow edge with drones around the clock," said Hrafnhildur Sigurðardóttir of the Civil Protection Department.

>>> 4/5  LSM  11:26  daugavpils-bridge
#D source=LSM
#D source_aliases=["LSM", "Latvian Public Broadcasting", "eng.lsm.lv", "LSM.lv"]
#T Daugavpils bridge repairs delayed until spring
#P Repairs of the road bridge over the Daugava in Daugavpils will not be finished before April, the Latvian State Roads said on Saturday, after frost halted concrete work in the last week of November.
#P Traffic across the bridge is currently limited to one lane in each direction, and lorries heavier than 12 tonnes must use the detour through Līksna.
#P The contractor, Latgales Tilti, has been fined €35,000 for missing the November deadline. The total cost of the works is €9.6 million, of which 85% is covered by EU funds.

>>> 5/5  LRT  12:10  klaipeda-lng-cargo
#D source=LRT
#D source_aliases=["LRT", "LRT English", "LRT.lt", "Lithuanian National Radio and Television"]
#T Record LNG cargo arrives at Klaipėda terminal
#M byline=Tomas Jurgaitis
#P The largest liquefied natural gas cargo to date arrived at the Klaipėda LNG terminal on Saturday morning, the terminal operator said.
#P The carrier Arctic Heron brought about 170,000 cubic metres of LNG from the United States, enough to cover Lithuania's household demand for around seven weeks.
#P The terminal has received 41 cargoes this year, and about a third of the regasified gas has been sent on to Latvia and Estonia.
Tomas Jurgaitis, LRT.lt

-------------------------------------------------------------------------------
5 item(s) printed. End of queue.
""")


def wire_us_nonprofit_teletype():
    return parse(r"""
-- STATE DESK WIRE BASKET -- NONPROFIT EXCHANGE -- SAT DEC 05 2026 --
PRINTED 1405 AKST  WIDTH 64  4 ITEMS

ITEM 1 OF 4  SRC: CRONKITE NEWS  SLUG: AZ-DATE-GROVES  WDS 520
#D wrap=64
#D kind=wire
#D published_date=2026-12-05
#D source=Cronkite News
#D source_aliases=["Cronkite News", "Walter Cronkite School of Journalism"]
#T YUMA DATE GROWERS BRACE FOR SECOND DRY WINTER
#M dateline=YUMA
#M byline=Marisol Quintero
By Marisol Quintero
Cronkite News
#W YUMA – Date growers along the lower Colorado River say a second winter of reduced water deliveries could force them to let the oldest parts of their groves die back, as the region's irrigation districts prepare for another round of cuts.

#W Farmers in the Wellton-Mohawk and Yuma irrigation districts received about 18% less water this year than in 2024, and district managers told growers at a meeting Friday that 2027 deliveries could be lower still.

#W "A date palm takes eight years to pay for itself. You don't replant those on a hunch," said Ruben Alcaraz, whose family manages 340 acres of Medjool palms east of Yuma.

#W The Arizona Department of Water Resources said it expects to publish its allocation estimates for the county in January.

Cronkite News is produced by the Walter Cronkite School of
Journalism and Mass Communication at Arizona State University.

ITEM 2 OF 4  SRC: KFF HEALTH NEWS  SLUG: RURAL-OB-UNITS  WDS 610
#D source=KFF Health News
#D source_aliases=["KFF Health News", "KFF"]
#T RURAL HOSPITALS KEEP CLOSING BIRTH UNITS, LEAVING LONG DRIVES
#M dateline=null
#M byline=Colleen Marsh
By Colleen Marsh, KFF Health News
#W When the labor and delivery unit at the county hospital in Glasgow, Montana, stopped taking patients in October, the nearest place to give birth for women in the town became a hospital 140 miles away.

#W At least 27 rural hospitals across the country have closed or paused obstetric services in 2026, according to a tally kept by a university research center in Minnesota, adding to the more than 200 units that closed in the previous decade.

#W Hospital administrators point to a shortage of nurses trained in obstetrics and to Medicaid payments that do not cover the cost of keeping a unit staffed around the clock for a few dozen births a year.

#W "We had 61 deliveries last year. You cannot run a unit on that, but you also cannot tell a woman in labor to drive three hours in a blizzard," said Dana Whitlock, the hospital's chief nursing officer.

#W Some states have begun to pay hospitals a fixed sum to keep obstetric units open. Montana lawmakers are expected to take up a similar proposal in January.

KFF Health News is a national newsroom that produces in-depth
journalism about health issues and is one of the core operating
programs at KFF.

ITEM 3 OF 4  SRC: CALMATTERS  SLUG: CA-WILDFIRE-INSURANCE  WDS 480
#D source=CalMatters
#D source_aliases=["CalMatters"]
#T STATE INSURANCE PLAN TO RAISE RATES 24% IN FIRE COUNTRY
#M dateline=SACRAMENTO
#M byline=Devin Okafor
By Devin Okafor, CalMatters
#W SACRAMENTO – California's insurer of last resort will raise premiums by an average of 24% for homeowners in high fire-risk areas next year, the state's insurance department said Friday, the largest increase since the plan was created.

#W The FAIR Plan, which covers homes that private insurers have declined, now has more than 560,000 residential policies, about twice as many as three years ago.

#W Consumer groups said the increase would fall hardest on retirees in the foothills of the Sierra Nevada. "People are being asked to pay more for less coverage, in a plan that was supposed to be temporary," said Imelda Zarate of the Foothill Homeowners Alliance.

#W The new rates take effect for policies renewed after March 1.

This article was originally published by CalMatters.

ITEM 4 OF 4  SRC: ALASKA BEACON  SLUG: AK-FERRY-SCHEDULE  WDS 455
#D source=Alaska Beacon
#D source_aliases=["Alaska Beacon"]
#T STATE FERRY SYSTEM CUTS WINTER SAILINGS TO SOUTHEAST TOWNS
#M dateline=JUNEAU
#M byline=TOVE ANDERSEN
BY TOVE ANDERSEN
#W JUNEAU — The Alaska Marine Highway System will run fewer winter sailings to several Southeast communities after one of its mainline ferries failed a Coast Guard inspection, the state transportation department said Friday.

#W The ferry Kennicott will remain in a Ketchikan shipyard until at least March for steel replacement in its car deck, the department said. Service to Gustavus and Pelican will drop to one sailing every two weeks.

#W "We know how much these towns depend on the ferry, and we are looking at every option, including chartering a vessel," said a department spokesperson, Leah Thorvaldsen.

#W Legislators from the region said they would ask for emergency funding when the Legislature convenes in January.

Alaska Beacon is part of States Newsroom, a nonprofit news
network supported by grants and a coalition of donors.

-- END OF BASKET --
""")


def wire_agri_markets_feed():
    return parse(r"""
Feedreader export - folder "Ag & Commodities (Americas/Oceania)"
Exported 2026-12-05 09:30 UTC - 4 items - plain text

====================================================================
Feed: BNamericas - Agribusiness
Item date: Sat, 05 Dec 2026 06:12:00 -0300
Link: https://www.bnamericas.com/en/news/chilean-cherry-exporters-cut-season-forecast
--------------------------------------------------------------------
#D kind=wire
#D published_date=2026-12-05
#D source=BNamericas
#D source_aliases=["BNamericas", "Business News Americas"]
#T Chilean cherry exporters cut season forecast after November rains
#P Chile's cherry exporters have cut their forecast for the 2026-27 season by 9%, to 580,000t, after heavy rains in November split fruit in orchards in the O'Higgins and Maule regions.
#P The fruit exporters' association said that about 12% of the early varieties had been lost in the worst-affected areas, and that the share of fruit suitable for sea freight to China would be lower than planned.
#P Shipments to China, which takes about 90% of Chilean cherries, began in the second week of November. The association expects the peak to come in the last week of December, ahead of the Lunar New Year.
#P The sector generated export revenues of US$2.9bn last season.

====================================================================
Feed: Agri-Pulse - Daybreak
Item date: Fri, 04 Dec 2026 17:45:00 -0500
Link: https://www.agri-pulse.com/articles/00000-house-panel-advances-dairy-pricing-bill
--------------------------------------------------------------------
#D source=Agri-Pulse
#D source_aliases=["Agri-Pulse", "Agri-Pulse Communications"]
#D published_date=2026-12-04
#T House panel advances dairy pricing bill ahead of year-end deadline
#M dateline=WASHINGTON, Dec. 4, 2026
#M byline=Steve Harlan
By Steve Harlan
#P WASHINGTON, Dec. 4, 2026 - The House Agriculture Committee on Friday approved a bill that would require USDA to hold a national hearing on the formula used to set the price of Class I milk, sending the measure to the floor with bipartisan support.
#P The bill passed by voice vote after the committee rejected an amendment that would have delayed the hearing until 2028.
#P Dairy groups in the Upper Midwest said the current formula has cost farmers about $1.1 billion since it took effect. Processors argued that another change would add to uncertainty in the market.
#P "This is about giving farmers a pricing system they can understand," said the bill's sponsor, who represents a district in western Wisconsin.

====================================================================
Feed: DTN Ag News
Item date: Sat, 05 Dec 2026 07:02:00 -0600
Link: https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2026/12/05/brazil-soybean-planting
--------------------------------------------------------------------
#D source=DTN
#D source_aliases=["DTN", "DTN/Progressive Farmer", "Progressive Farmer"]
#D published_date=2026-12-05
#T Brazil Soybean Planting Nears Finish as Rains Return to Mato Grosso
#M dateline=OMAHA
#M byline=Elena Voss
By Elena Voss
DTN Staff Reporter
#P OMAHA (DTN) -- Brazilian farmers had planted 94% of the intended soybean area by Thursday, a consulting firm said, as rains returned to most of Mato Grosso after a dry spell in the second half of November.
#P Planting in Rio Grande do Sul, the southernmost major producing state, stood at 71%, behind last year's pace because of wet fields in October.
#P Analysts still expect Brazil to produce a record crop of about 175 million metric tons, although some cut their estimates for the west of Mato Grosso do Sul.
#P Soybean futures were slightly lower overnight on the outlook for the South American crop.
Elena Voss can be reached at elena.voss@dtn.example
Follow her on X @ElenaVossDTN

====================================================================
Feed: Grain Central
Item date: Fri, 04 Dec 2026 16:30:00 +1000
Link: https://www.graincentral.com/markets/wa-harvest-passes-20mt/
--------------------------------------------------------------------
#D source=Grain Central
#D source_aliases=["Grain Central", "graincentral.com"]
#D published_date=2026-12-04
#T WA harvest passes 20Mt as receivals slow on the south coast
#M byline=Liam Cartwright
Liam Cartwright, December 4, 2026
#P Western Australia's grain harvest passed 20 million tonnes this week, with CBH Group reporting receivals of 20.4Mt by Thursday night.
#P Deliveries slowed in the Esperance and Albany zones after storms on Tuesday, but the Geraldton zone is close to finishing its wheat harvest.
#P Canola quality has been good across the state, with oil content averaging 45.6%, according to growers and traders.
#P Barley receivals are up on last season, and traders said strong demand from China was supporting prices for malting grades.
""")
