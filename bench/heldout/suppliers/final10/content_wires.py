"""Wire dumps of final10 (all text invented; see README.md)."""
from markup import parse

DAYBOOK = r"""
WEST AFRICA DESK - DAYBOOK AND COPY - SUNDAY 15 MARCH 2026
Desk: Monrovia / Freetown / Banjul relay
=====================================
DAYBOOK
09:00 MONROVIA - Ministry of Commerce briefing on rice stocks (LINA staffing)
10:30 FREETOWN - Opening of the Kissy fish market extension (SLENA staffing)
12:00 BANJUL - National Assembly committee on fisheries, public hearing (GRTS)
15:00 MONROVIA - County superintendents' meeting, closed to press
=====================================
COPY
#D kind=wire
#D published_date=2026-03-15
#D source=LINA
#D source_aliases=["LINA", "Liberia News Agency", "Liberian News Agency"]
#T Commerce Ministry says rice stocks will last until the June harvest
#M byline=Josephine K. Gbelee
#M dateline=Monrovia, March 15
By Josephine K. Gbelee
#P Monrovia, March 15 (LINA) - Liberia's Ministry of Commerce and Industry says imported and local rice stocks held by licensed importers are enough to cover demand until the June harvest, easing fears of a price rise ahead of the rainy season.
#P Deputy Minister for Trade Services Alvin T. Saywah told a Sunday briefing that importers had declared 41,200 metric tons in warehouses in Monrovia and Buchanan, against an average monthly demand of about 9,000 tons.
#P "There is no reason for anyone to hoard or to raise the price of a 25-kilogram bag," Mr. Saywah said, adding that inspectors would visit markets in Red Light and Duala during the week.
LINA/jkg/ms
-----
DAYBOOK UPDATE 11:40 - FREETOWN market opening moved to 13:00; SLENA copy to follow
-----
#T Grand Bassa farmers receive 300 power tillers under mechanisation scheme
#M dateline=Buchanan, March 15
#P Buchanan, March 15 (LINA) - Farmer cooperatives in Grand Bassa County have received 300 power tillers under a government mechanisation scheme meant to double the area of lowland rice planted in the county this year.
#P The County Agriculture Coordinator, Mr. Emmanuel Z. Doe, said each of the 60 cooperatives would share five tillers and send two members to a week-long maintenance course at the Central Agricultural Research Institute.
#P The scheme's coordinator said the tillers would be tracked with a simple log book so that fuel and repairs could be paid from a revolving fund.
LINA/ezd/ms
-----
#D source=SLENA
#D source_aliases=["SLENA", "Sierra Leone News Agency"]
#T Kissy fish market extension opens with cold room for 400 traders
#M byline=Fatmata Sesay
#M dateline=FREETOWN, Sunday 15 March 2026
By Fatmata Sesay
#P FREETOWN, Sunday 15 March 2026 (SLENA) – The Freetown City Council has opened an extension of the Kissy fish market with a solar-powered cold room that can hold up to eight tonnes of fish for about 400 registered traders.
#P The council's chief administrator, Mr. Abu Bakarr Kamara, said traders would pay a daily fee of five leones per crate, which would go into a maintenance account managed jointly with the traders' union.
#P Market women who spoke to SLENA said losses during the hot season had forced many of them to sell at half price before midday.
SLENA/fs
-----
#T Bo district council begins repair of 14 feeder roads
#M dateline=BO, Sunday 15 March 2026
#P BO, Sunday 15 March 2026 (SLENA) – The Bo District Council has begun repairs on 14 feeder roads linking farming villages to the Bo-Kenema highway, with work expected to end before the rains in May.
#P Council chairman Mr. Joseph S. Koroma said the works, valued at 3.1 million leones, would be done by local contractors who must hire at least half of their labourers from the villages along each road.
#P He urged chiefs to report any contractor who left a road half finished.
SLENA/jsk
-----
DAYBOOK UPDATE 14:05 - BANJUL hearing adjourned to Monday; GRTS story below
-----
#D source=GRTS
#D source_aliases=["GRTS", "Gambia Radio and Television Services", "Gambia Radio & Television Services"]
#T Fisheries committee hears Gunjur landing site complaints
#M dateline=Banjul, 15 March
#P Banjul, 15 March (GRTS) - Members of the National Assembly Select Committee on Fisheries on Sunday heard complaints from fish smokers and boat owners at the Gunjur landing site about the shortage of ice and the state of the access road.
#P The chairman of the Gunjur fishermen's association, Mr. Lamin B. Jatta, told the committee that more than half of the catch landed on busy days was sold cheaply to middlemen because there was no ice.
#P The committee's chairperson said the hearing would continue on Monday with officials of the Fisheries Department.
GRTS - Banjul
=====================================
END OF DAYBOOK AND COPY
"""

BULLETIN = r"""
PACIFIC AND ARCTIC RADIO BULLETINS - TRANSCRIPTS - SUNDAY 15 MARCH 2026
(transcribed from air; music and stings removed)

=== NBC NEWS - NATIONAL BULLETIN 0700 (Port Moresby) ===
ANCHOR: Good morning, this is NBC News. In the headlines: Lae's wharf extension, and a school garden project in Goroka.
#D kind=wire
#D published_date=2026-03-15
#D source=NBC
#D source_aliases=["NBC", "NBC News", "National Broadcasting Corporation", "NBC PNG"]
ITEM 1
#T Lae wharf extension to take second container ship berth by August
#M byline=Joseph Kaupa
ANCHOR:
#P The Lae wharf extension will be able to take a second container ship at the same time from August, the port operator says.
REPORTER: Joseph Kaupa
#P Work on the 240-metre extension is now about two-thirds complete. The operator's project manager, Ms. Lina Wapi, says the new berth will cut waiting times for ships that now anchor off Lae for up to three days.
GRAB (Lina Wapi, project manager):
#P "Once the second berth is working, a ship will come in, unload and go out the same day. That is what importers have been asking us for."
#P Ms. Wapi says about 180 local workers are employed on the site.
Joseph Kaupa, NBC News, Lae.
ITEM 2
#T Goroka school gardens feed 900 pupils
#M byline=Rose Kavi
ANCHOR:
#P In Goroka, school gardens planted by parents are now providing a midday meal for about 900 primary school pupils.
REPORTER: Rose Kavi
#P The project started at three schools last year and has spread to seven. Parents take turns to work in the gardens, and the schools cook sweet potato, greens and beans twice a week.
#P A head teacher, Mr. Peter Yawi, says attendance has gone up since the meals began.
Rose Kavi, NBC News, Goroka.
ANCHOR: That's NBC News at seven. Next bulletin at eight.

=== RADIO VANUATU NEWS - VBTC - 0715 ===
#D source=VBTC
#D source_aliases=["VBTC", "Radio Vanuatu", "Vanuatu Broadcasting and Television Corporation"]
ITEM 1
#T Tanna coffee growers expect record crop after cyclone-free season
#M byline=Ruth Kalo
ANCHOR:
#P Coffee growers on Tanna say they expect a record crop this year after a season without a cyclone.
REPORTER: Ruth Kalo
#P The growers' cooperative says it has registered 1,150 farmers, 200 more than last year, and expects to buy about 95 tonnes of green beans from June.
#P The cooperative chairman, Mr. Kalpoi Nako, says a new drying shed in Lenakel will let farmers sell beans that are properly dried, which fetch a higher price in Port Vila.
Ruth Kalo, Radio Vanuatu News.
ANCHOR: Radio Vanuatu News, fifteen minutes past seven.

=== TBC NEWS - RADIO TONGA - 0730 ===
#D source=TBC
#D source_aliases=["TBC", "Tonga Broadcasting Commission", "Radio Tonga", "TBC News"]
ITEM 1
#T Vava'u water project connects 600 households
ANCHOR:
#P Six hundred households in Vava'u are now connected to a new piped water system, the Tonga Water Board says.
#P The system draws from two new boreholes outside Neiafu and replaces rainwater tanks that ran dry during last year's drought.
GRAB (Sione Fifita, water board engineer):
#P "Families were buying water by the drum. Now they have a tap in the yard and they pay by the meter."
#P The Water Board says a further 250 households will be connected by the end of the year.
ANCHOR: TBC News. More at eight.

=== KNR - ENGLISH SUMMARY - 0800 (Nuuk) ===
#D source=KNR
#D source_aliases=["KNR", "Kalaallit Nunaata Radioa", "Greenland Broadcasting Corporation"]
ITEM 1
#T Nuuk harbour ice delays supply ship by two days
#M byline=Aviaja Lund
ANCHOR:
#P Thick ice in the inner harbour in Nuuk has delayed the spring supply ship by two days.
REPORTER: Aviaja Lund
#P The shipping line says the vessel is waiting outside the fjord and should berth on Tuesday once a tug has broken a channel. Shops in the city say they have enough fresh food until then.
#P The harbour master, Mr. Nikolaj Olsen, says this is the latest the inner harbour has stayed frozen in six years.
Aviaja Lund, KNR.
ANCHOR: That was KNR's English summary.
=== END OF TRANSCRIPTS ===
"""

BILINGUAL = r"""
FRANCOPHONE AND HISPANIC SERVICES - ORIGINALS WITH DESK TRANSLATIONS
Sunday 15 March 2026 | translations are unofficial working copies
#D kind=wire
#D published_date=2026-03-15
#D source=AIB
#D source_aliases=["AIB", "Agence d'Information du Burkina", "Burkina Information Agency"]
[VERSION ORIGINALE - FRANÇAIS]
#T Koudougou : 42 forages réhabilités avant la saison sèche
#M dateline=Koudougou, 15 mars 2026
#P Koudougou, 15 mars 2026 (AIB) - La direction régionale de l'eau du Centre-Ouest a réhabilité 42 forages dans la commune de Koudougou et ses villages rattachés, a annoncé dimanche le directeur régional, M. Issouf Kaboré.
#P Selon lui, les travaux, d'un coût de 96 millions de francs CFA, permettront à environ 21 000 personnes d'avoir de l'eau potable à moins de 500 mètres de leur domicile.
#P « Chaque forage a désormais un comité de gestion formé et une caisse pour les petites réparations », a précisé M. Kaboré.
Agence d'Information du Burkina
ik/ata
[ENGLISH TRANSLATION - AIB ENGLISH DESK]
#T Koudougou: 42 boreholes repaired before the dry season
#M dateline=Koudougou, 15 March 2026
#P Koudougou, 15 March 2026 (AIB) - The Centre-Ouest regional water directorate has repaired 42 boreholes in the commune of Koudougou and its attached villages, the regional director, Mr. Issouf Kaboré, announced on Sunday.
#P According to him, the works, costing 96 million CFA francs, will give about 21,000 people safe water less than 500 metres from their homes.
#P "Each borehole now has a trained management committee and a fund for small repairs," Mr. Kaboré said.
(translation: AIB English desk)
------------------------------------------------------------
#D source=IP
#D source_aliases=["IP", "IP Paraguay", "Agencia de Información Paraguaya", "Agencia IP"]
[ORIGINAL - ESPAÑOL]
#T Productores de Caaguazú reciben semillas de sésamo para la zafra
#M byline=Liz Benítez
#M dateline=Caaguazú, 15 mar
Por Liz Benítez
#P Caaguazú, 15 mar (IP).- Unos 1.800 pequeños productores del departamento de Caaguazú recibieron este domingo semillas certificadas de sésamo para la próxima zafra, en el marco de un programa del Ministerio de Agricultura y Ganadería.
#P El técnico regional Hugo Martínez explicó que cada familia recibe semillas para dos hectáreas y asistencia técnica durante la siembra y la cosecha.
#P Según el ministerio, la zafra anterior dejó ingresos de alrededor de 12 millones de guaraníes por familia en la zona.
[ENGLISH TRANSLATION]
#T Caaguazú farmers receive sesame seed for the season
#M byline=Liz Benítez
#M dateline=Caaguazu, Mar 15
By Liz Benítez
#P Caaguazu, Mar 15 (IP).- Some 1,800 small farmers in the department of Caaguazú received certified sesame seed on Sunday for the coming season, under a programme of the Ministry of Agriculture and Livestock.
#P Regional technician Hugo Martínez explained that each family receives seed for two hectares and technical assistance during sowing and harvest.
#P According to the ministry, the previous season brought income of about 12 million guaranies per family in the area.
------------------------------------------------------------
#D source=GIS
#D source_aliases=["GIS", "Government Information Service", "GIS Mauritius", "Government Information Service (Mauritius)"]
[ENGLISH ORIGINAL]
#T Rodrigues ferry schedule doubled for the Easter period
#P GIS – 15 March 2026: The Ministry of Land Transport announced today that the number of ferry crossings between Port Louis and Port Mathurin will be doubled from 28 March to 19 April to meet demand during the Easter holidays.
#P The additional crossings will be made by a chartered cargo-passenger vessel, with 240 seats and space for 60 tonnes of freight per trip.
#P Passengers are advised to book early at the shipping office in Port Louis or online, as the first sailings are already nearly full.
------------------------------------------------------------
END OF SERVICE
"""

JIS = r"""
CARIBBEAN GOVERNMENT INFORMATION FEEDS - 15 MARCH 2026
saved pages, text only
#D kind=wire
#D published_date=2026-03-15
#D source=JIS
#D source_aliases=["JIS", "Jamaica Information Service", "JIS News"]
JIS News | Agriculture
#T Clarendon Farmers to Get 40 New Irrigation Pumps
#M byline=Kadian Brown
By: Kadian Brown, March 15, 2026
The Key Point:
Forty irrigation pumps will be handed over to farmers in Clarendon this month.
The Facts
• The pumps will serve about 350 acres.
• Farmers will pay a small fee for fuel.
The Full Story
#P Forty irrigation pumps will be handed over to farmer groups in southern Clarendon before the end of March, under a programme of the National Irrigation Commission (NIC).
#P The NIC's regional manager, Mr. Damion Reid, said the pumps will serve about 350 acres of vegetables and sugar cane in Hayes, Lionel Town and Rocky Point.
#P "The farmers will pay a small fee towards fuel and maintenance, and the groups will keep the records," he told JIS News on Sunday.
JIS News | Education
#T Q&A: What the New School Bus Routes Mean for St. Catherine Parents
#M byline=Shanique Grant
By: Shanique Grant, March 15, 2026
The Key Point:
Six new school bus routes begin in St. Catherine after Easter.
The Full Story
#P Six new school bus routes will start in St. Catherine after the Easter break. JIS News spoke to the Ministry of Education's regional transport officer, Mrs. Paulette Morgan.
#P JIS News: Who can use the new buses?
#P Mrs. Morgan: Any student registered at one of the 14 schools on the routes. They will need the new student card.
#P JIS News: How much will a trip cost?
#P Mrs. Morgan: The fare stays at $40 for primary and $60 for secondary students.
#P JIS News: Where can parents see the routes?
#P Mrs. Morgan: The routes will be posted at every school gate and on the Ministry's website next week.
---
#D source=DPI
#D source_aliases=["DPI", "Department of Public Information", "DPI Guyana"]
DPI Guyana - News
#T Region Two rice farmers get new drainage pump station
#M dateline=GEORGETOWN, Guyana, March 15, 2026
Editor's note: This story was updated at 14:20 to correct the pump station's capacity.
#P GEORGETOWN, Guyana, March 15, 2026 – Rice farmers in Region Two will benefit from a new drainage pump station at Onderneeming, which was commissioned on Sunday by the Ministry of Agriculture.
#P The station can move 120 cubic metres of water a minute and will protect about 9,000 acres of rice land during the rainy season, the ministry's engineer, Mr. Navin Persaud, said.
#P Farmers at the commissioning said flooding had cost them one of two crops in each of the last three years.
#D source=DPI
DPI Guyana - News
#T Hinterland students to sit CSEC exams at new Lethem centre
#M byline=Tamika Williams
#M dateline=GEORGETOWN, Guyana, March 15, 2026
Editor's note: A photograph previously attached to this story has been removed.
By Tamika Williams
#P GEORGETOWN, Guyana, March 15, 2026 – Students from 11 hinterland secondary schools will write their CSEC examinations at a new centre in Lethem this year, instead of travelling to Georgetown.
#P The Ministry of Education said the centre has 180 desks, a generator and dormitory space for students from distant villages.
#P Parents in the Rupununi welcomed the change, saying the journey to the coast had cost families up to $60,000 each.
---
#D source=BGIS
#D source_aliases=["BGIS", "Barbados Government Information Service", "GIS Barbados"]
Barbados Government Information Service
#T Bridgetown fish market to get new cold storage
#P Work on a new cold storage room at the Bridgetown fish market will start next month, Minister of Agriculture Mr. Colin Thorne said on Sunday.
#P The room, which will hold 40 tonnes, is part of a $2.4 million upgrade that also includes new stalls and drainage at the market.
#P Mr. Thorne said vendors would be moved to a temporary area near the Princess Alice Highway while the work is done.
Reporter: Andrea Clarke
#M byline=Andrea Clarke
END OF FEEDS
"""

CARDS = r"""
# Island wires - card export
_exported 15/03/2026 18:02 from the reader app_
#D kind=wire
#D published_date=2026-03-15
#D source=TATOLI
#D source_aliases=["TATOLI", "Tatoli", "Agência Noticiosa de Timor-Leste", "ANTIL"]

_Agriculture · Tatoli_
#T Baucau farmers plant 60,000 teak seedlings
#M byline=Zevonia Vieira
#M dateline=BAUCAU
By Zevonia Vieira
#P BAUCAU (TATOLI) – Farmers in four villages of Baucau municipality have planted 60,000 teak and mahogany seedlings since January under a community forestry programme, officials said on Sunday.
> "We will finish the last 10,000 seedlings before the rains stop."
#P The municipal forestry officer, Mr. Agostinho Belo, said the seedlings were raised in a nursery at Vemasse. "We will finish the last 10,000 seedlings before the rains stop," he said.
#P Each family that cares for the trees receives a small monthly payment for three years.

_Economy · Tatoli_
#T Díli fish market moves to new site in Comoro
#M dateline=DÍLI
#P DÍLI (TATOLI) – Sellers at the old fish market on the Díli waterfront moved on Sunday to a new covered market in Comoro, which has running water, ice machines and 220 stalls.
#P The Díli municipal administrator, Mrs. Filomena Soares, said the old site would become a public park.
> "Clean water was the first thing we asked for."
#P Vendor Mr. João Ximenes said the new market was further from the beach but much cleaner. "Clean water was the first thing we asked for," he said.

_Health · Tatoli_
#T Oecusse health post opens maternity room
#M byline=Jose da Costa
#M dateline=OECUSSE
By Jose da Costa
#P OECUSSE (TATOLI) – A health post in Oesilo, Oecusse, has opened a maternity room with two beds and a solar power system, so that women in the area no longer need to travel to Pante Macassar to give birth.
#P Two midwives will work at the post in shifts, the regional health service said.
#P About 300 births a year are expected in the area.

_Local · Nation_
#D source=Seychelles Nation
#D source_aliases=["Seychelles Nation", "Nation.sc", "nation.sc"]
#T La Digue bicycle hire rules tightened
#M byline=Marie-Ange Hoareau
By Marie-Ange Hoareau
#P Bicycle hire businesses on La Digue will have to fit lights and bells to every bicycle and keep a register of hirers from 1 April, under new rules announced by the Seychelles Licensing Authority.
> "Safety is not a luxury on a small island."
#P The authority's chief executive, Mr. Ronny Labiche, said complaints about accidents at night had doubled last year. "Safety is not a luxury on a small island," he said.
#C Bicycles for hire parked near La Passe jetty. Photo: Nation
#P Operators who break the rules could lose their licence for three months.

_Education · Nation_
#T Praslin school wins national science fair
#P Students of Baie Ste Anne secondary school on Praslin won this year's national science fair with a low-cost rain gauge that sends readings to a mobile phone.
#P The four students built the device from recycled plastic and a small circuit board, and have tested it at the school for three months.
#P Their teacher, Ms. Sabrina Payet, said the school hoped to place ten of the gauges around the island with help from the meteorological authority.
#P The fair was held at the University of Seychelles on Saturday and Sunday.
— end of export —
"""


def wire_daybook_mixed():
    return parse(DAYBOOK)


def wire_radio_bulletin():
    return parse(BULLETIN)


def wire_bilingual_translation():
    return parse(BILINGUAL)


def wire_govinfo_keypoints():
    return parse(JIS)


def wire_cards_pullquotes():
    return parse(CARDS)
