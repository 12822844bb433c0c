"""Wire dumps of corpus final12 (all text invented; real places as settings only)."""
from markup import parse

# 1. A monitoring relay: hard-wrapped at 72 columns, paragraphs marked only by a three-space indent
#    (no blank line inside a story), title-case headlines, stories one blank line apart.
KCNA_PANA_RELAY = """
#D kind=wire
#D published_date=2026-04-09
#D wrap=72
#D indent=3
AGENCY MONITOR RELAY 0409-B   Thursday, 9 April 2026
Items as received, 06:10-11:40 GMT.  Wrapped at 72.

#D source=KCNA
#D source_aliases=["KCNA", "Korean Central News Agency"]
#T New Production Line Goes into Operation at Sinuiju Footwear Factory
#M dateline=Pyongyang, April 9
#I Pyongyang, April 9 (KCNA) -- A new production line for children's shoes went into operation at the Sinuiju Hwasong Footwear Factory on Wednesday.
#I The line, built by the factory's own technicians over five months, is designed to turn out 1,800 pairs of school shoes a day, according to the factory manager, Ri Chol Min.
#I Workers installed 34 new stitching and moulding machines and rebuilt the drying section, cutting the time needed for a batch from nine hours to four.
#I A ceremony for the start of operation was attended by officials of the provincial light industry committee and employees of the factory. -0-

#T Spring Sowing Begins at Farms in South Hwanghae Province
#M dateline=Pyongyang, April 9
#I Pyongyang, April 9 (KCNA) -- Farms in South Hwanghae Province, the country's main granary, started sowing early maize and spring barley this week.
#I Farmers of the Chongdan and Yonan counties prepared 2,300 hectares of seedbeds ahead of schedule and brought in 410 tons of humus from nearby hills.
#I Agricultural scientists from the provincial rural economy committee are helping the farms to adjust the sowing dates to this year's soil temperatures, which stood two degrees lower than average in late March.

#D source=PANA
#D source_aliases=["PANA", "Pan African News Agency", "Panapress"]
#T Senegal Opens Tender For Fish Landing Quay In Saint-Louis
#M dateline=Saint-Louis, Senegal
#I Saint-Louis, Senegal (PANA) - Senegal's fisheries ministry on Thursday opened a tender for the construction of a fish landing quay in Saint-Louis, where some 6,000 artisanal pirogues land their catch each season.
#I The 11-billion CFA franc project is to include a covered auction hall, a 40-tonne ice plant and a paved access road to the Guet Ndar fishing quarter, the ministry said in a statement.
#I "Fishermen have been unloading on the sand for generations. This quay will cut losses and give the women who process the fish a clean place to work," said the director of maritime fisheries, Mr. Abdoulaye Ndiour.
#I Bids are due by 22 May and works are expected to last 18 months.
-0- PANA MD/BEH 9April2026

#T Kenyan Tea Auction Prices Ease On Higher Volumes
#M dateline=Nairobi, Kenya
#I Nairobi, Kenya (PANA) - Average prices at the weekly Mombasa tea auction eased to US$2.41 per kilogramme this week from US$2.47 the previous week as more tea reached the market after the long rains started.
#I Brokers said 186,000 packages were offered, up 9 per cent, with buyers from Pakistan and Egypt taking the bulk of the better grades.
#I The East African Tea Trade Association expects volumes to stay high through May.
-0- PANA JK/SOC 9April2026

#D source=LENA
#D source_aliases=["LENA", "Lesotho News Agency"]
#T Maseru Clinics Start Evening Hours For Working Mothers
#M dateline=MASERU, 09 April
#M byline=Palesa Mokhothu
#I MASERU, 09 April (LENA) - Four government clinics in Maseru will stay open until 8 p.m. on weekdays from next Monday so that working mothers can bring children for immunisation after work.
#I The Principal Secretary in the Ministry of Health, Mrs 'Malerato Sefako, said the pilot would run for six months at the Qoaling, Mabote, Domiciliary and Thamae clinics.
#I She said the ministry would recruit 12 nurses on contract to cover the extra hours.
By Palesa Mokhothu
-ENDS-

-- relay ends --
"""

# 2. An agency reader's save: tag line "AGENCY | time" over each headline, one paragraph a line with
#    blank lines between, stories separated by blank lines only.
ASIA_READER = """
#D kind=wire
#D published_date=2026-04-09
Saved from NewsDesk Reader - folder "Asia incoming" - 09/04/2026

NNT | 09 Apr 2026 | 10:12
#D source=NNT
#D source_aliases=["NNT", "National News Bureau of Thailand", "NNT - National News Bureau of Thailand"]
#T Songkran Safety Centres To Open In 77 Provinces From Friday
#M dateline=BANGKOK, 9 April 2026

#P BANGKOK, 9 April 2026 (NNT) – Road safety centres will open in all 77 provinces from Friday to cover the seven days of the Songkran holiday, the Department of Disaster Prevention and Mitigation said.

#P Deputy Director-General Somkiat Wongprasert said 2,100 checkpoints would be set up on main highways, with a focus on drink-driving and motorcycle riders without helmets.

#P He said the department expects some 3.4 million vehicles to leave Bangkok between 10 and 12 April.

NNT | 09 Apr 2026 | 11:40
#T Cabinet Backs Low-Interest Loans For Durian Growers In The East
#M dateline=BANGKOK, 9 April 2026

#P BANGKOK, 9 April 2026 (NNT) – The Cabinet has approved a 3-billion-baht soft-loan scheme for durian growers in Chanthaburi, Rayong and Trat affected by drought in the first quarter.

#P Growers can borrow up to 500,000 baht each at 1 percent a year through the Bank for Agriculture and Agricultural Cooperatives, government spokesperson Pimchanok Saelim said.

Newsis | 2026.04.09 09:05 KST
#D source=Newsis
#D source_aliases=["Newsis", "NEWSIS"]
#T Busan port to trial driverless container trucks at new terminal
#M dateline=BUSAN, April 9
#M byline=Kang Min-seo

#P BUSAN, April 9 (Newsis) — Busan Port Authority will trial driverless container trucks at the new Jinhae terminal from June, the authority said Thursday.

#P Six autonomous trucks will shuttle boxes between the quay cranes and the yard on a closed 1.2-kilometer route during the three-month trial, it said.

#P "If the trial goes well, we will expand the fleet to 40 trucks next year," a port authority official said.

Reporter Kang Min-seo kms@newsis.example

Dunyo | 09.04.2026 12:30
#D source=Dunyo
#D source_aliases=["Dunyo", "Dunyo IA", "Dunyo news agency"]
#T Samarkand to host Central Asian crafts fair in May
#M dateline=null

#P Samarkand will host the third Central Asian Crafts Fair from 14 to 18 May, the Handicrafts Development Centre told Dunyo IA correspondent.

#P More than 600 craftsmen from Uzbekistan, Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan are expected to exhibit ceramics, silk, suzani embroidery and carved wood at the Registan and in the Eternal City complex.

#P The organisers plan master classes for children and a competition for young potters with a prize fund of 120 million soums.

Macauhub | 09/04/2026
#D source=Macauhub
#D source_aliases=["Macauhub", "MACAUHUB"]
#T Mozambique's Nacala port handles record graphite exports in first quarter
#M dateline=null

#P The port of Nacala, in northern Mozambique, shipped 148,000 tonnes of graphite in the first quarter of 2026, a record for the period, the port's operator said on Thursday.

#P Exports were up 37% on the same period of 2025, driven by two mines in Cabo Delgado province that resumed production in January, the Nacala Logistics Corridor company said in a statement.

#P Most of the graphite went to China and South Korea, the statement added. (macauhub)
"""

# 3. A plain e-mail digest: mail headers, one paragraph a line with no blank lines inside a story,
#    stories separated by a repeated rule of underscores.
MED_DIGEST = """
#D kind=wire
#D published_date=2026-04-09
From: Mediterranean Desk <meddesk@newsroom.example>
To: foreign-desk@newsroom.example
Subject: Med & Balkans wires - Thu 9 Apr - morning pick
Date: Thu, 9 Apr 2026 11:02:45 +0200

Good morning, five items below from Italpress, MINA and IHA.
Regards, Desk

________________________________
#D source=Italpress
#D source_aliases=["Italpress", "ITALPRESS"]
#T Sicily, new desalination plant in Porto Empedocle starts in summer
#M dateline=PALERMO
#P PALERMO (ITALPRESS) - The new desalination plant in Porto Empedocle will start supplying water to the province of Agrigento in July, the regional water authority said on Thursday.
#P The plant, built with 48 million euros of recovery funds, will treat 300 litres of sea water a second, enough for about 120,000 residents in summer.
#P "It is the answer to three years of drought and rationing", said the authority's president, Salvatore Lo Bianco.
(ITALPRESS).
________________________________
#T Milan, Linate airport passengers up 11% in March
#M dateline=MILAN
#P MILAN (ITALPRESS) - Linate airport handled 912,000 passengers in March, up 11 percent on March 2025, the airport operator said.
#P Traffic on domestic routes rose 8 percent and on European routes 15 percent, helped by new flights to Lisbon and Copenhagen.
(ITALPRESS).
________________________________
#D source=MINA
#D source_aliases=["MINA", "Montenegrin News Agency", "MINA news"]
#T Budva municipality bans new construction on three beaches
#M dateline=Budva, 9 April
#P Budva, 9 April (MINA) – The Municipal Assembly of Budva today adopted a decision banning any new construction within 50 metres of the shoreline on the Jaz, Mogren and Ploče beaches for the next five years.
#P Mayor Vesna Radović said the moratorium would remain until the new spatial plan of the municipality is adopted.
#P The decision was supported by 21 of the 33 councillors.
________________________________
#D source=IHA
#D source_aliases=["IHA", "İhlas News Agency", "Ihlas News Agency"]
#T Cappadocia balloon flights resume after three-day wind ban
#M dateline=NEVŞEHİR
#P NEVŞEHİR (IHA) - Hot air balloon flights over Cappadocia resumed on Thursday morning after a three-day suspension due to strong winds.
#P Some 140 balloons carrying about 3,000 tourists took off at sunrise from Göreme and Uçhisar, the local airport authority said.
#P Tour operators said around 7,500 passengers had been waiting for a flight since Monday.
________________________________
#T Trabzon fishermen report poor anchovy season end
#M dateline=TRABZON
#M byline=Mehmet Ali Karadeniz
#P TRABZON (IHA) - Fishermen in the Black Sea province of Trabzon closed the anchovy season with catches about 40 percent below last year, the local cooperative said.
#P Cooperative head Kemal Uzunoğlu said warmer water had pushed the shoals further offshore in February.
#P "Many boats did not go out in the last month because fuel cost more than the fish", he said.
Mehmet Ali Karadeniz / IHA
________________________________
"""

# 4. A US markets and courts feed: bylines above the headline, under it, and after the body with an
#    e-mail; Argus's time/date line, Benzinga's "Author" trailer, Courthouse News's byline under the title.
US_FEED = """
#D kind=wire
#D published_date=2026-04-09
=== Business & courts feed / 2026-04-09 / 18 items, 4 selected ===

#D source=Argus
#D source_aliases=["Argus", "Argus Media", "Argus Media group"]
By Daniel Okafor
#T US Gulf coast ammonia barges firm on spring demand
#M byline=Daniel Okafor
#M dateline=Houston, 9 April
#P Houston, 9 April (Argus) — Ammonia barge prices on the US Gulf coast rose for a third week as farmers in the Corn Belt began spring application earlier than usual.
#P Barges for April loading were assessed at $515-525/st fob Nola, up by $15/st from a week earlier, as buyers in Iowa and Illinois competed for limited river freight.
#P Terminal operators said river levels on the upper Mississippi were adequate for now, but warned that rates could rise again if flows drop in May.
Send comments and request more information at feedback@argusmedia.example
Copyright © 2026. Argus Media group. All rights reserved.

#D source=Benzinga
#D source_aliases=["Benzinga", "BENZINGA"]
#T Lakeshore Robotics Shares Climb After Warehouse Contract Win
#M dateline=null
#P Shares of Lakeshore Robotics Inc (NASDAQ:LKRB) rose 12% in premarket trading on Thursday after the company said it had won a contract to automate six distribution centers for a national grocery chain.
#P The Evanston, Illinois-based company did not name the customer but said the deal was worth about $84 million over three years.
#P What Else: Lakeshore reported first-quarter revenue of $61.3 million in March, up 18% year over year.
#P Price Action: LKRB shares were up 12.1% at $27.40 at the time of publication Thursday.
Read Next: 3 Warehouse Automation Stocks To Watch
Author: Priya Raman
#M byline=Priya Raman

#D source=Courthouse News
#D source_aliases=["Courthouse News", "Courthouse News Service", "CNS"]
#T Ninth Circuit revives orchard owners' water rights suit
#M byline=Marisol Vega
#M dateline=SAN FRANCISCO
Marisol Vega / April 9, 2026
#P SAN FRANCISCO (CN) — A Ninth Circuit panel on Thursday revived a lawsuit by almond and walnut growers who claim a California irrigation district cut their water allocations in 2024 without a hearing.
#P In a 2-1 ruling, the panel said a federal judge in Fresno was wrong to dismiss the case on the ground that the growers should have first sued in state court.
#P "The growers allege a deprivation of a property interest without any process at all," U.S. Circuit Judge Helena Marsh wrote for the majority.
#P The irrigation district's lawyer did not immediately respond to an email seeking comment.

#D source=Argus
#D source_aliases=["Argus", "Argus Media", "Argus Media group"]
#T Brazil's soybean exports set April record pace
#M byline=Camila Restrepo
#M dateline=Sao Paulo, 9 April
#P Sao Paulo, 9 April (Argus) — Brazil exported 4.1mn t of soybeans in the first six working days of April, putting the month on course for a record, according to line-up data.
#P Daily loadings averaged 683,000t, up from 612,000t in April last year, as a large harvest in Mato Grosso reached the northern ports.
By Camila Restrepo
"""

# 5. A religious-affairs desk's feed: Fides's "AREA/COUNTRY - " headlines and its date/place lede,
#    OSV News and Vatican News ledes, UCA News with a photo caption and credit inside the body.
FAITH_FEED = """
#D kind=wire
#D published_date=2026-04-09
Religion desk - incoming agency copy - Thursday 9 April 2026
* * *
#D source=Agenzia Fides
#D source_aliases=["Agenzia Fides", "Fides"]
#T AFRICA/MALAWI - Mission hospital in Nkhata Bay opens maternity wing
#M dateline=Nkhata Bay
#P Nkhata Bay (Agenzia Fides) - A maternity wing with 28 beds was opened at St. Jude Mission Hospital in Nkhata Bay, on the shores of Lake Malawi, reports the diocese of Mzuzu.
#P The wing was built in fourteen months with contributions from parishes in the diocese and a foundation in Italy. It replaces a ward built in 1962, where women often had to share beds.
#P "Here many mothers walk for hours to give birth. Now they will find a clean room and trained midwives", said Sister Agnes Mwale, the hospital administrator.
(AP) (Agenzia Fides 9/4/2026)
* * *
#T ASIA/PHILIPPINES - Catholic schools in Samar pledge free tuition for typhoon-hit families
#M dateline=Catarman
#P Catarman (Agenzia Fides) - Eleven Catholic schools in Northern Samar will waive tuition fees for the coming school year for some 900 pupils whose families lost their homes in last year's typhoons, the diocese announced.
#P The diocesan education office said the cost, about 14 million pesos, would be covered by a special collection and by the schools' own savings.
(DL) (Agenzia Fides 9/4/2026)
* * *
#D source=OSV News
#D source_aliases=["OSV News", "OSV"]
#T Ohio parish turns closed school into food pantry and clinic
#M byline=Teresa Lindqvist
#M dateline=DAYTON, Ohio
By Teresa Lindqvist
OSV News
#P DAYTON, Ohio (OSV News) -- A parish in Dayton has reopened its shuttered elementary school as a food pantry and free clinic that will serve about 1,200 families a month.
#P The pantry occupies the former cafeteria and gym; two classrooms have become exam rooms staffed by volunteer doctors and nurses from local hospitals.
#P "The building taught children for 70 years. Now it will feed and care for their grandchildren," said the pastor, Father Luis Carrizo.
Teresa Lindqvist writes for OSV News from Ohio.
* * *
#D source=Vatican News
#D source_aliases=["Vatican News"]
#T Vatican Museums extend Friday evening openings into autumn
#M byline=Giulia Ferraris
#M dateline=null
By Giulia Ferraris
#P The Vatican Museums will stay open on Friday evenings until 10.30 p.m. from 17 April to 30 October, the museums' management announced on Thursday.
#P Evening visitors will be able to see the Sistine Chapel, the Raphael Rooms and the Pinacoteca, with a reduced number of tickets to limit crowding.
* * *
#D source=UCA News
#D source_aliases=["UCA News", "UCAN", "Union of Catholic Asian News"]
#T Sri Lankan fishing village rebuilds church destroyed by floods
#M dateline=null
#P A fishing community on Sri Lanka's western coast has completed a new church to replace one washed away by floods in November.
#C Parishioners carry a statue into the new St. Anne's Church in Wadduwa on April 5. (Photo: supplied)
#P Some 400 families in Wadduwa, south of Colombo, raised money for two years through fish sales and donations from Sri Lankans working in the Gulf.
#P The new church stands on higher ground, 300 metres from the old site, and can serve as a shelter in future floods, said parish priest Father Nimal Perera.
UCA News reporter, Colombo
* * *
"""


def wire_kcna_pana_relay():
    return parse(KCNA_PANA_RELAY)


def wire_asia_reader():
    return parse(ASIA_READER)


def wire_med_digest():
    return parse(MED_DIGEST)


def wire_us_feed():
    return parse(US_FEED)


def wire_faith_feed():
    return parse(FAITH_FEED)
