"""final9 wire dumps (all text invented; real places as settings only). Markup: see markup.py."""
from markup import parse


def wire_dash_numbered():
    return parse("""
#D kind=wire
#D published_date=2026-03-14
SOUTHERN AFRICA DESK - AGENCY COPY RECEIVED SATURDAY 14 MARCH 2026
6 items

--- 1 ---
#D source=NAMPA
#D source_aliases=["NAMPA", "Nampa", "Namibia Press Agency"]
#T Keetmanshoop solar farm to supply 40 megawatts by June
#M byline=Selma Amupolo
#M dateline=KEETMANSHOOP, 14 MAR
By Selma Amupolo
#P KEETMANSHOOP, 14 MAR (NAMPA) - A solar farm under construction east of Keetmanshoop will feed 40 megawatts into the national grid by the end of June, the project's site manager said on Saturday.
#P Helvi Nangolo of Karas Sunfields told journalists during a site visit that 61 per cent of the panels had been mounted and that the substation linking the farm to the grid was being tested this week.
#P "The weather has been kind to us. We lost only four working days to wind since January," Nangolo said.
#P The project employs 212 people, most of them from the //Karas Region, and cost N$780 million.
(NAMPA)
SA/ED/LN

--- 2 ---
#T Rundu residents queue for new identity documents
#M byline=Erastus Kandjimi
#M dateline=RUNDU, 14 MAR
By Erastus Kandjimi
#P RUNDU, 14 MAR (NAMPA) - Hundreds of residents lined up outside the Rundu civic centre on Saturday as the home affairs ministry opened a weekend registration drive for identity documents.
#P Regional registration officer Maria Haingura said the office expected to process about 900 applications over the two days, many of them from young people who need documents to sit for examinations or open bank accounts.
#P The drive moves to Nkurenkuru and Divundu next weekend.
(NAMPA)
EK/ED/LN

--- 3 ---
#D source=BOPA
#D source_aliases=["BOPA", "Botswana Press Agency", "Daily News"]
#T Maun farmers get cold room for fresh produce
#M byline=Kagiso Ramotswa
#M dateline=MAUN
#P MAUN - Vegetable farmers in Maun will from next month store their produce in a new cold room built by the Ngamiland farmers' cooperative.
#P Cooperative chairperson Mr Tebogo Sekgoma said on Saturday that farmers had lost up to a third of their tomatoes and cabbages every summer because they had nowhere to keep them before selling.
#P He said the cold room, which holds 60 tonnes, was paid for by member contributions and a loan of P1.2 million.
#P Farmers will pay a small fee for each crate stored, he said.
Source : BOPA
Author : Kagiso Ramotswa
Location : MAUN

--- 4 ---
#D source=MANA
#D source_aliases=["MANA", "Mana", "Malawi News Agency"]
#T Mangochi fishers welcome closed-season patrol boats
#M byline=Chikondi Banda
#M dateline=Mangochi, March 14
#P Mangochi, March 14, (Mana): Fishers along the southern shore of Lake Malawi have welcomed two patrol boats handed over to the Fisheries Department to enforce the closed season.
#P Speaking at the handover in Mangochi on Saturday, district fisheries officer Lusungu Mkandawire said illegal fishing during the breeding months had cut chambo catches by nearly half in ten years.
#P Beach village committee chairperson Yusuf Chiwaula said the boats would help fishers who obey the rules.
#P "We stop fishing, but others come at night from elsewhere. Now they will be caught," he said.
#P The boats were bought with funds from a lake conservation project.
-Mana-
Chikondi Banda

--- 5 ---
#D source=AIM
#D source_aliases=["AIM", "Mozambique News Agency", "Agência de Informação de Moçambique", "Agencia de Informacao de Mocambique"]
#T Beira port dredging to finish in April
#M dateline=Maputo, 14 Mar
#P Maputo, 14 Mar (AIM) - Dredging of the access channel to the port of Beira, in the central Mozambican province of Sofala, will be completed in April, according to the port operator.
#P Speaking to AIM on Saturday, operations director Celso Macuácua said the channel would then allow ships with a draught of up to 12 metres to enter the port at any tide.
#P He said the work, which began in October, had removed about 3.1 million cubic metres of sand and silt.
#P Cargo handled at Beira rose by nine per cent last year, mostly coal, fertiliser and grain in transit to Zimbabwe, Zambia and Malawi.
(AIM)
cm/jn

--- 6 ---
#T Nampula hospital opens new maternity ward
#M dateline=Nampula, 14 Mar
#P Nampula, 14 Mar (AIM) - The Nampula Central Hospital on Saturday opened a maternity ward with 64 beds, which doctors say will end the practice of two mothers sharing a bed.
#P The hospital director, Aurélio Mutimucuio, said the ward has its own operating theatre for caesarean sections and a neonatal unit with twelve incubators.
#P The ward was built over 18 months at a cost of 210 million meticais.
(AIM)
ad/pf

--- end of desk digest ---
""")


def wire_budget_updates():
    return parse("""
#D kind=wire
#D published_date=2026-03-14
UNI  NEWS BUDGET  SATURDAY, MARCH 14, 2026
ADVISORY: The Kochi port item has moved twice. Editors are advised to use UPDATE 2. UPDATE 1 adds the port trust statement.
BUDGET (Business):
  ECO  Kochi dockworkers' strike, with reactions (450 words) - moved
  ECO  Tiruppur knitwear exporters seek freight relief (350 words) - moved
BUDGET (Sports): nil
UNI XR 0730
================================================================

UNI ECO 14 0941
#D source=UNI
#D source_aliases=["UNI", "United News of India"]
#T Dockworkers' strike halts cargo handling at Kochi port
#M dateline=Kochi, Mar 14
#P Kochi, Mar 14 (UNI) Cargo handling at the Kochi port came to a standstill on Saturday after about 1,100 dockworkers struck work demanding a revision of their wage agreement.
#P Union leader P K Sudheeran said the last agreement expired fourteen months ago and talks had made no progress.
#P Two container vessels were waiting at the outer anchorage, port sources said.
UNI XR PKS AKS 0941

UNI ECO 14 1126
#T UPDATE 1-Dockworkers' strike halts cargo handling at Kochi port
(Adds port trust statement in para 4)
#M dateline=Kochi, Mar 14
#P Kochi, Mar 14 (UNI) Cargo handling at the Kochi port came to a standstill on Saturday after about 1,100 dockworkers struck work demanding a revision of their wage agreement.
#P Union leader P K Sudheeran said the last agreement expired fourteen months ago and talks had made no progress.
#P Two container vessels were waiting at the outer anchorage, port sources said.
#P In a statement, the Cochin Port Authority said it had invited union representatives for talks at 1500 hrs and appealed to the workers to resume work in the interest of exporters.
UNI XR PKS AKS 1126

UNI ECO 14 1814
#T UPDATE 2-Kochi dockworkers call off strike after wage talks
(Recasts with strike called off, adds quotes)
#M dateline=Kochi, Mar 14
#P Kochi, Mar 14 (UNI) Dockworkers at the Kochi port called off their strike on Saturday evening after the port authority agreed to start negotiations on a new wage agreement within two weeks.
#P Union leader P K Sudheeran said the workers would return for the night shift. "We have a written assurance and a date. That is what we wanted," he said.
#P Cargo handling had stopped for most of the day, and two container vessels waited at the outer anchorage.
#P The Cochin Port Authority said in a statement that the first round of talks would be held on March 27.
UNI XR PKS SB 1814

UNI ECO 14 1302
#T Tiruppur knitwear exporters seek freight relief
#M dateline=Tiruppur, Mar 14
#P Tiruppur, Mar 14 (UNI) Knitwear exporters in Tiruppur on Saturday asked the Centre to extend freight assistance to small units as container rates to Europe remained high.
#P Tiruppur Exporters' Forum president R Venkatachalam said small units were losing orders to competitors in Bangladesh and Vietnam.
#P He said the forum would submit a memorandum to the Union Commerce Ministry next week.
UNI XC RV ML 1302

================================================================
SAnews.gov.za  MEDIA DIARY  Saturday, 14 March 2026
MEDIA ADVISORY: Deputy Minister's visit to Mthatha water works, Monday 16 March, 10:00. Accreditation via the ministry.

#D source=SAnews
#D source_aliases=["SAnews", "SAnews.gov.za", "South African Government News Agency"]
#T Schools in Eastern Cape get 300 new mobile classrooms
#M byline=Nomvula Dlamini
By Nomvula Dlamini
#P The Department of Basic Education has delivered 300 mobile classrooms to schools in the Eastern Cape that lost buildings in last year's floods.
#P Provincial education spokesperson Sipho Mabandla said on Saturday that the classrooms would allow about 12 000 learners to return to full-day teaching by the end of March.
#P "These are temporary, but they are safe and they have electricity," Mabandla said.
#P Permanent buildings are to be completed at 41 of the affected schools by 2027. - SAnews.gov.za

#T Free health screening at taxi ranks this weekend
#P Commuters at 20 taxi ranks in Gauteng can have their blood pressure, blood sugar and eyesight checked for free this weekend, the Gauteng Department of Health has announced.
#P Nurses will be at the ranks from 07:00 to 15:00 on Saturday and Sunday.
#P The department said the screening targets people who rarely visit clinics during working hours. - SAnews.gov.za
""")


def wire_bold_caps():
    return parse("""
#D kind=wire
#D published_date=2026-03-14
NEWS DESK CLIPBOARD (Markdown export) - 14.03.2026

#D source=UNIAN
#D source_aliases=["UNIAN", "Ukrainian Independent Information Agency of News"]
#T Kyiv to open 14 new heating points in residential districts
14.03.2026 09:12 | Society
#B KYIV - THE Kyiv City State Administration will open 14 new heating points in residential districts before the end of March, the city's deputy head for housing said on Saturday.
#P Each point will have generators, water and phone charging stations and will be able to take in up to 150 people at a time, Oleksandr Marchuk said.
#P The city already operates more than 1,200 such points, most of them in schools and administrative buildings.
#M dateline=KYIV
=====

#T Ukrainian grain exports via Danube ports rise 12%
14.03.2026 11:40 | Economy
#M dateline=ODESA
#B ODESA - UKRAINIAN grain exports through the Danube ports of Izmail and Reni rose by 12% in the first two weeks of March compared with the same period of last year, port operators reported.
#P About 1.9 million tonnes of grain and oilseeds were shipped, mostly corn and sunflower meal.
#P Traders said the increase was driven by demand from Egypt and Turkey.
=====

#D source=Moldpres
#D source_aliases=["Moldpres", "MOLDPRES", "Moldpres State News Agency"]
#T Chisinau launches electric bus route to airport
#M dateline=CHISINAU, 14 March
#B CHISINAU, 14 March /MOLDPRES/ - CHISINAU City Hall launched on Saturday an electric bus route linking the city centre with the international airport.
#P Eight buses will run every 20 minutes from 05:30 to 23:30, the municipal transport company said. A ticket costs six lei.
#P The buses were bought with a loan from a European development bank.
=====

#D source=Interpressnews
#D source_aliases=["Interpressnews", "IPN", "InterPressNews"]
#T Batumi port handles record container volume in February
#P BATUMI PORT handled a record 19,400 containers in February, the port administration told Interpressnews on Saturday.
#P The figure is 23 percent higher than a year earlier. Most of the growth came from cargo bound for Armenia and Central Asia, the administration said.
#P The port plans to extend its container terminal by 2027.
=====

#D source=ISNA
#D source_aliases=["ISNA", "Iranian Students' News Agency", "Iranian Students News Agency"]
#T Isfahan metro line 2 to open first section in spring
#M dateline=Isfahan
#B Isfahan (ISNA) - THE first section of line 2 of the Isfahan metro, with six stations, will open to passengers in the first month of spring, the city's urban railway company said.
#P The managing director of the company, Reza Kazemi, said on Saturday that test runs had been completed without problems.
#P The 8.5-kilometre section links the eastern districts of the city with the centre.
=====
""")


def wire_rss_export():
    return parse("""
#D kind=wire
#D published_date=2026-03-14
Feed export (RSS 2.0, tags stripped) - fetched 2026-03-14 16:00 UTC
Channels: 3 | Items: 5

Channel: ABI - Agencia Boliviana de Información (English)
Channel link: https://www.abi.bo/en

Item 1
#D source=ABI
#D source_aliases=["ABI", "Agencia Boliviana de Información", "Agencia Boliviana de Informacion", "Bolivian Information Agency"]
#TX Title: ||Quinoa growers in Oruro expect 15% larger harvest
Link: https://www.abi.bo/en/economy/20260314-quinoa-oruro-harvest
#M external_id=abi-20260314-0173
Guid: abi-20260314-0173
PubDate: Sat, 14 Mar 2026 08:12:00 -0400
#M byline=Ruth Quispe
Author: Ruth Quispe
Category: Economy
Description: Good rains in January have lifted expectations in the Andean highlands.
Content:
#M dateline=Oruro, Mar 14
#P Oruro, Mar 14 (ABI).- Quinoa growers in the department of Oruro expect a harvest about 15% larger than last year's thanks to regular rains in January, the departmental producers' association said on Saturday.
#P The association's president, Fermín Mamani, said the harvest would begin in late April and could reach 38,000 tonnes.
#P Prices paid to growers have stabilised at about 1,100 bolivianos per quintal, he added.

Item 2
#TX Title: ||Cable car line to link El Alto districts from June
Link: https://www.abi.bo/en/society/20260314-cable-car-el-alto
#M external_id=abi-20260314-0188
Guid: abi-20260314-0188
PubDate: Sat, 14 Mar 2026 11:45:00 -0400
Author: ABI
Category: Society
Description: The 4.2-kilometre line will carry up to 3,000 passengers an hour.
Content:
#M dateline=El Alto, Mar 14
#P El Alto, Mar 14 (ABI).- A new cable car line linking the southern and northern districts of El Alto will begin carrying passengers in June, the state operator said.
#P The 4.2-kilometre line has five stations and will carry up to 3,000 passengers an hour in each direction.
#P Engineers are now testing the cabins with loads of sand.

Channel: AIP - Agence Ivoirienne de Presse (English service)
Channel link: https://www.aip.ci/en

Item 3
#D source=AIP
#D source_aliases=["AIP", "Agence Ivoirienne de Presse", "Ivorian Press Agency"]
#TX Title: ||Cocoa cooperatives in Soubré receive 40 drying tables
Link: https://www.aip.ci/en/cocoa-cooperatives-soubre-drying-tables
PubDate: Sat, 14 Mar 2026 10:02:00 +0000
Category: Agriculture
Description: The tables are meant to improve bean quality before the mid-crop.
Content:
#M dateline=Soubré, 14 March 2026
#P Soubré, 14 March 2026 (AIP) - Twelve cocoa cooperatives in the Nawa region received 40 solar drying tables on Saturday from a regional farmers' support programme.
#P The tables allow beans to dry evenly and off the ground, which improves quality and the price paid to farmers, said the programme's coordinator, Adjoua Kouassi.
#P The mid-crop harvest is due to begin in April.

Item 4
#TX Title: ||Bouaké hosts regional school football final
Link: https://www.aip.ci/en/bouake-school-football-final
PubDate: Sat, 14 Mar 2026 15:20:00 +0000
Category: Sport
Description: Sixteen school teams took part in the competition.
Content:
#M dateline=Bouaké, 14 March 2026
#P Bouaké, 14 March 2026 (AIP) - The Lycée Municipal of Bouaké won the regional school football final on Saturday, beating a team from Katiola 2-1 in front of about 4,000 spectators.
#P Sixteen teams from the Gbêkê and Hambol regions had taken part in the competition, which started in January.

Channel: Khovar - National Information Agency of Tajikistan
Channel link: https://khovar.tj/eng

Item 5
#D source=Khovar
#D source_aliases=["Khovar", "KHOVAR", "National Information Agency of Tajikistan"]
#TX Title: ||New bridge over Vakhsh river opens to traffic
Link: https://khovar.tj/eng/2026/03/new-bridge-over-vakhsh-river-opens-to-traffic
#M external_id=48213
Guid: 48213
PubDate: Sat, 14 Mar 2026 12:30:00 +0500
Category: Economy
Description: The 310-metre bridge shortens the route between two districts by 40 kilometres.
Content:
#M dateline=DUSHANBE, March 14
#P DUSHANBE, March 14 (Khovar) - A new 310-metre bridge over the Vakhsh river opened to traffic on Saturday, shortening the road between two districts of the Khatlon region by about 40 kilometres.
#P The bridge was built in 22 months by a Tajik contractor, the Ministry of Transport said.
#P It has two lanes and a pedestrian walkway.
""")


def wire_app_share():
    return parse("""
#D kind=wire
#D published_date=2026-03-14
Notes - "Shared items" (copied 14/03/2026)

#D source=FBC News
#D source_aliases=["FBC News", "FBC", "Fiji Broadcasting Corporation"]
#T Nadi flood gates to be upgraded before wet season peak
#M byline=Litia Cava
Litia Cava
March 14, 2026 10:32 am
#P Work to upgrade the Nadi River flood gates will begin next week, the Ministry of Waterways says.
#P Permanent Secretary Josese Naivalu says the gates near the town centre failed to close fully during the heavy rain in January.
#P He says the work will take about three weeks and traffic on the Queens Road near the bridge may be affected.
#P Residents are advised to follow the ministry's updates.

Shared from the FBC News app
https://www.fbcnews.com.fj/news/nadi-flood-gates-upgrade
--

#T Labasa market vendors get new stalls
#M byline=Apenisa Rokobuli
Apenisa Rokobuli
March 14, 2026 1:05 pm
#P More than 180 vendors at the Labasa market have moved into new stalls today.
#P Labasa Town Council Special Administrator Kamlesh Prasad says the stalls have proper drainage and lighting.
#P Vendor Mereseini Tora says the new space will protect her produce from the sun.

Shared from the FBC News app
https://www.fbcnews.com.fj/news/labasa-market-vendors-new-stalls
--

#D source=BBS
#D source_aliases=["BBS", "Bhutan Broadcasting Service"]
#T Farmers in Punakha start early paddy nurseries
#M byline=Sonam Wangmo
#P Farmers in Punakha have started preparing paddy nurseries about two weeks earlier than usual this year.
#P Agriculture officials say the warmer weather in February allowed them to begin early.
#P A farmer from Guma Gewog said she hopes to transplant before the monsoon arrives.
#P The Dzongkhag expects paddy to be grown on about 3,400 acres this year.
Sonam Wangmo
Edited by Dechen Lhamo

Shared from the BBS app
https://www.bbs.bt/news/?p=210448
--

#T Thimphu youth centre offers free coding classes
#M byline=Kinley Dorji
#P The Thimphu Youth Centre is offering free coding classes for young people out of school.
#P Forty people have enrolled in the first three-month course, which started this week.
#P The centre says another batch will be taken in June.
Kinley Dorji

Shared from the BBS app
https://www.bbs.bt/news/?p=210471
--

#D source=PSM News
#D source_aliases=["PSM News", "PSM", "Public Service Media"]
#T Hulhumalé ferry service to run every 15 minutes
#M dateline=Malé, 14 March 2026
#P Malé, 14 March 2026 - The ferry between Malé and Hulhumalé will run every 15 minutes during peak hours from Sunday, the Maldives Transport and Contracting Company has announced.
#P The company said two new vessels had been added to the route.
#P Passengers can now pay fares with a transport card.

Shared via PSM News app
https://psmnews.mv/en/162233
Get the app: psmnews.mv/app
""")
