"""Wire dumps of final11 (all text invented; real places as settings only). Dated Wednesday 8 April 2026."""
from markup import parse


def wire_mideast_feed():
    # Feed dump as saved from a desk's agency reader: one paragraph a line with a blank line between
    # paragraphs, stories glued one after another under a "-----" rule, each with its agency sign-off.
    return parse("""
#D kind=wire
#D published_date=2026-04-08
#D source=WAFA
#D source_aliases=["WAFA", "Wafa", "Palestine News Agency", "Palestinian News & Info Agency"]
#T Ramallah municipality opens 40 new classrooms in converted school building
#M dateline=RAMALLAH, April 8, 2026
#P RAMALLAH, April 8, 2026 (WAFA) – Ramallah municipality today opened 40 new classrooms in a former vocational school building in the Al-Masyoun neighbourhood, easing crowding in three primary schools in the city centre.

#P Mayor Issa Barakeh told reporters that the conversion had cost 2.1 million dollars and had been completed in seven months, two months ahead of schedule.

#P "Children who were taught in two shifts will now study in the morning only," Barakeh said, adding that a second building in Al-Bireh would follow in the autumn.

#P The Ministry of Education said it would assign 46 teachers to the new classrooms from the start of the next term.
#C Children at the opening of the new classrooms in Ramallah. WAFA photo by Khaled Amro

K.F.
-----
#T President's office welcomes Norwegian pledge for Jericho water plant
#M dateline=RAMALLAH, Wednesday, April 8, 2026
#P RAMALLAH, Wednesday, April 8, 2026 (WAFA) – The Presidency today welcomed a Norwegian pledge of 14 million dollars for a water desalination and treatment plant near Jericho, saying it would serve some 60,000 residents of the Jordan Valley.

#P Spokesman Samir Odeh said the plant, to be built by a consortium of local contractors, would produce 9,000 cubic metres of water a day once it is completed in 2028.

#P The pledge was announced at a meeting of donor representatives in Ramallah attended by Water Authority head Lina Sabbah.

M.N.
-----
#D source=Saba
#D source_aliases=["Saba", "SABA", "Saba News Agency", "Yemen News Agency (SABA)"]
#T Aden port receives first grain ship under new discharge scheme
#M dateline=ADEN, April 8
#P ADEN, April 8 (Saba) - The port of Aden received on Wednesday the first grain vessel under a new scheme that cuts discharge times at the port's silo berth from six days to three, port officials said.

#P The Panama-flagged bulk carrier Sea Harmony unloaded 31,000 tonnes of wheat, the Yemen Gulf of Aden Ports Corporation said in a statement.

#P Corporation chairman Nasser Al-Hadrami said two new mobile unloaders bought last year had made the faster discharge possible.

SABA
-----
#D source=DHA
#D source_aliases=["DHA", "Demirören News Agency", "Demiroren News Agency"]
#T Istanbul ferry operator adds night crossings on Bosphorus
#M byline=Elif Karaca
#M dateline=ISTANBUL
By Elif Karaca
#P ISTANBUL (DHA) – Istanbul's municipal ferry operator will run crossings between Kadıköy and Karaköy every hour through the night from May 1, the company said on Wednesday.

#P Şehir Hatları general manager Murat Yalçın said the night service had been tested on weekends since January and had carried an average of 1,800 passengers a night.

#P Tickets on the night crossings will cost the same as daytime fares, Yalçın said.

(DHA)
-----
#D source=Fars
#D source_aliases=["Fars", "FNA", "Fars News Agency"]
#T Tabriz carpet fair draws buyers from 22 countries
#M dateline=TEHRAN
#P TEHRAN (FNA)- The international handmade carpet fair in the northwestern city of Tabriz opened on Wednesday with exhibitors from 14 provinces and buyers from 22 countries, organizers said.

#P Reza Mahdavi, head of the fair's organizing committee, told FNA that 380 workshops had registered, up from 310 last year.

#P The four-day fair is held at the Tabriz International Exhibition Center.

#P Iran exported handmade carpets worth 74 million dollars in the last Iranian year, according to customs figures.
-----
""")


def wire_eurasia_digest():
    # E-mail digest of Central Asian and Caucasus English services: one paragraph a line with no
    # blank line inside a story, stories separated by one blank line.
    return parse("""
From: Central Asia desk <cadesk@monitor.example>
To: foreign-news@newsroom.example
Subject: Central Asia & Caucasus digest - Wednesday, April 8, 2026
Date: Wed, 8 Apr 2026 11:05:12 +0600

CENTRAL ASIA & CAUCASUS - 8 APRIL 2026 - 5 ITEMS

#D kind=wire
#D published_date=2026-04-08
#D source=24.kg
#D source_aliases=["24.kg", "24.kg news agency", "24.kg News Agency"]
#T Bishkek to replace 120 trolleybuses by end of 2027
#M byline=Aigerim Tashieva
#M dateline=BISHKEK
#P BISHKEK - Bishkek City Hall will replace 120 trolleybuses by the end of 2027, the Bishkekzelenstroy press service told 24.kg news agency.
#P According to the press service, the first 30 vehicles will arrive from a plant in Minsk in June. The rest will be delivered in three batches.
#P "The average age of the fleet now is 19 years. Breakdowns on the routes happen every day," the deputy head of the municipal transport department, Nurlan Osmonov, said.
#P The purchase will be financed by a loan of 48 million euros from a European development bank.
Aigerim Tashieva

#T Kyrgyzstan opens seasonal labour office in Osh
#M byline=Kanykei Abdyrakhmanova
#M dateline=OSH
#P OSH - A seasonal labour recruitment office opened in Osh today, the Ministry of Labour, Social Security and Migration reported.
#P The office will register citizens who want to work on farms in South Korea and the UK under intergovernmental agreements. About 2,500 places are available this season.
#P Applicants must be between 21 and 45 years old and pass a medical examination.
Kanykei Abdyrakhmanova

#D source=Asia-Plus
#D source_aliases=["Asia-Plus", "Asia Plus", "ASIA-Plus"]
#T Dushanbe to host Central Asian hydropower conference in June
#M dateline=DUSHANBE, April 8, 2026
#P DUSHANBE, April 8, 2026, Asia-Plus -- Dushanbe will host a conference of Central Asian energy ministers on hydropower and regional grid connections on June 16-17, the Ministry of Energy and Water Resources says.
#P About 400 delegates, including representatives of development banks, are expected to attend, according to the ministry.
#P The agenda includes the CASA-1000 transmission line and the joint management of reservoirs on the Vakhsh and Syr Darya rivers.

#T Khujand airport terminal to reopen after renovation
#M dateline=KHUJAND, April 8, 2026
#P KHUJAND, April 8, 2026, Asia-Plus -- The passenger terminal of Khujand International Airport will reopen on April 20 after a year-long renovation, the airport's administration says.
#P The terminal's capacity has been doubled to 600 passengers an hour, and two new jet bridges have been installed.
#P During the works, flights were handled in a temporary hall on the airfield's northern side.

#D source=Report
#D source_aliases=["Report", "Report.az", "Report News Agency", "REPORT.AZ"]
#T Azerbaijan's non-oil exports up 11% in first quarter
#M byline=Leyla Aliyeva
#P Azerbaijan's non-oil exports reached $1.02 billion in January-March 2026, up 11% from the same period last year, Report informs, citing the Center for Analysis of Economic Reforms and Communication.
#P Cotton yarn, fresh fruit and aluminium products accounted for more than a third of the total.
#P Russia, Türkiye and Georgia were the main destinations of non-oil products.
Author: Leyla Aliyeva

-- end of digest --
""")


def wire_africa_hardwrap():
    # Teletype-style relay: hard-wrapped at 68 columns, ALL-CAPS headlines under a slug line,
    # a blank line between paragraphs, end codes after each story.
    return parse("""
#D kind=wire
#D published_date=2026-04-08
#D wrap=68
#D source=CAJ News
#D source_aliases=["CAJ News", "CAJ News Africa", "CAJ News Agency"]
AFRICA WIRE RELAY 08/04/2026 0614 GMT

caj0412 SA-RAIL-FREIGHT 0398
#T SOUTH AFRICAN RAIL OPERATOR ADDS 14 FREIGHT SLOTS ON DURBAN LINE
#M byline=Thabo Mokoena
#M dateline=JOHANNESBURG
by Thabo Mokoena

#W JOHANNESBURG, (CAJ News) - A PRIVATE rail operator has been granted 14 weekly freight slots on the line between the Durban port and the Gauteng industrial hub, the first allocation under the reopened freight network.

#W Kgotso Rail Logistics said on Wednesday it would run container trains from May, carrying up to 90 containers per trip on the 650-kilometre corridor.

#W "Road freight on this route has reached its limit," said chief executive Naledi Sithole. "Every train takes about 80 trucks off the N3."

#W The company will pay an access fee to the state network operator for each slot it uses.

- CAJ News
ENDS

caj0413 MZ-CASHEW 0276
#T MOZAMBIQUE CASHEW EXPORTERS EYE INDIAN BUYERS
#M dateline=MAPUTO
#W MAPUTO, (CAJ News) - MOZAMBICAN cashew processors will send a trade delegation to Kochi later this month as they seek to lift exports of processed kernels to India.

#W The Cashew Processors Association said its 11 member factories had processed 38 000 tonnes of raw nuts in the last season, up from 29 000 tonnes.

- CAJ News
ENDS

#D source=New Ziana
#D source_aliases=["New Ziana", "Ziana", "New Zimbabwe Inter-Africa News Agency"]
nz0221 ZIM-TOBACCO 0352
#T TOBACCO SALES FLOORS OPEN WITH HIGHER PRICES
#M dateline=HARARE, April 8
#W HARARE, April 8 (New Ziana) - THE 2026 tobacco marketing season opened on Wednesday with an average price of US$3,42 per kilogramme on the first day, up from US$3,10 on the opening day last year.

#W The Tobacco Industry and Marketing Board said 6 200 bales were sold at the three auction floors in Harare by 3pm.

#W Board chairperson Mrs Tendai Marufu said farmers had delivered better-graded leaf after good rains in the northern provinces.

#W About 190 million kilogrammes are expected to be sold this season.

New Ziana
ENDS

nz0222 ZIM-SCHOOLS 0240
#T GOVERNMENT TO BUILD 60 RURAL SCHOOLS THIS YEAR
#M byline=Rudo Chikwanha
#M dateline=BULAWAYO, April 8
by Rudo Chikwanha

#W BULAWAYO, April 8 (New Ziana) - GOVERNMENT will build 60 primary and secondary schools in rural areas this year, the Ministry of Primary and Secondary Education said.

#W Permanent secretary Mr Farai Ndlovu said the first 18 schools, in Matabeleland North and South, would be ready for the September term.

New Ziana
ENDS

#D source=SONNA
#D source_aliases=["SONNA", "Somali National News Agency"]
sonna0117 SOM-FISHERIES 0301
#T SOMALIA LICENSES 12 LOCAL FISHING VESSELS IN PUNTLAND WATERS
#M dateline=Mogadishu
#W Mogadishu (SONNA) - The Ministry of Fisheries and Blue Economy has issued licenses to 12 locally owned fishing vessels to operate in waters off Puntland, the ministry said on Wednesday.

#W Director general Abdirahman Warsame said the licenses were the first issued under the new fisheries law, which requires vessels to land part of their catch at Somali ports.

#W The ministry plans to license a further 20 vessels before the end of the year.

SONNA
ENDS
""")


def wire_markets_feed():
    # Financial wire items as saved from a terminal's news list: headline, time stamp, one paragraph a
    # line with a blank line between paragraphs, the wires' own trailers.
    return parse("""
#D kind=wire
#D published_date=2026-04-08
#D source=Dow Jones Newswires
#D source_aliases=["Dow Jones Newswires", "Dow Jones", "DJ"]
=== News list: saved 08-Apr-2026 15:02 ===

#T Halvorsen Shipping Raises Full-Year Outlook on Container Rates
#M byline=Ingrid Solberg
#M dateline=OSLO
By Ingrid Solberg

#P OSLO--Halvorsen Shipping ASA raised its full-year earnings outlook on Wednesday after container freight rates on its Asia-Europe routes held up better than it had expected.

#P The Oslo-listed company now sees earnings before interest, taxes, depreciation and amortization of $610 million to $650 million for 2026, up from $540 million to $590 million previously.

#P Chief Executive Per Arne Lunde said bookings for the second quarter were 8% higher than a year earlier.

#P Shares rose 6.2% in morning trade.

Write to Ingrid Solberg at ingrid.solberg@dj.example

(END) Dow Jones Newswires

April 08, 2026 05:47 ET (09:47 GMT)

Copyright (c) 2026 Dow Jones & Company, Inc.

#T Brazilian Miner Serra Azul Agrees to Sell Nickel Unit for $420 Million
#M byline=Marcelo Teixeira
#M dateline=SÃO PAULO
By Marcelo Teixeira

#P SÃO PAULO--Serra Azul Mineração SA agreed to sell its nickel unit to a group of investors led by Canadian fund Northgate Resource Partners for $420 million, the Brazilian miner said late Tuesday.

#P The sale is part of a plan to cut net debt below $1 billion by the end of next year.

(END) Dow Jones Newswires

April 08, 2026 06:12 ET (10:12 GMT)

Copyright (c) 2026 Dow Jones & Company, Inc.

#D source=MT Newswires
#D source_aliases=["MT Newswires", "MT NEWSWIRES"]
#T Kestrel Biologics Shares Rise After Phase 2 Data
#P 09:31 AM EDT, 04/08/2026 (MT Newswires) -- Kestrel Biologics (KSTB) shares were up more than 14% in recent trading after the company said its experimental eczema drug met the main goal of a phase 2 study.

#P The company said 61% of patients on the higher dose showed clear or almost clear skin after 16 weeks, compared with 18% on placebo.

#P Kestrel plans to start a phase 3 program in the first half of 2027.

Price: 23.85, Change: +2.99, Percent Change: +14.33

#T Tarrant Foods Cuts Annual Sales Guidance
#P 09:48 AM EDT, 04/08/2026 (MT Newswires) -- Tarrant Foods (TRNF) lowered its fiscal 2026 net sales guidance on Wednesday, citing weaker demand for frozen meals in the US.

#P The company now expects net sales of $3.1 billion to $3.2 billion, down from its prior outlook of $3.3 billion to $3.4 billion. Analysts polled by FactSet expect $3.28 billion.

Price: 41.12, Change: -3.06, Percent Change: -6.93

#D source=RTTNews
#D source_aliases=["RTTNews", "RTT News"]
#T European Shares Edge Higher Ahead Of ECB Minutes
#P (RTTNews) - European stocks rose slightly on Wednesday as investors awaited the minutes of the European Central Bank's latest policy meeting for clues about the path of interest rates.

#P The pan-European STOXX 600 was up 0.3 percent at 538.20 in early trade. The German DAX added 0.4 percent, France's CAC 40 rose 0.2 percent and the U.K.'s FTSE 100 was little changed.

#P Dutch lender Vermeer Bank climbed 3 percent after announcing a share buyback of 500 million euros.

For comments and feedback contact: editorial@rttnews.example

Copyright(c) 2026 RTTNews.com. All Rights Reserved
""")


def wire_nova_beta_mercopress():
    # Monitoring desk's e-mail roundup of European and Latin American English services: title-case
    # headlines, one paragraph a line with blank lines between paragraphs, "* * *" between stories.
    return parse("""
Subject: Europe / LatAm English services - 08.04.2026 morning roundup

#D kind=wire
#D published_date=2026-04-08
#D source=Agenzia Nova
#D source_aliases=["Agenzia Nova", "Nova", "Agenzia Nova English", "Nova News"]
#T Italy: Genoa port to open new cruise terminal in June
#M dateline=Rome, 08 Apr 09:14
#P Rome, 08 Apr 09:14 - (Nova) - The port of Genoa will open its new cruise terminal at the Ponte dei Mille pier in June, the Western Ligurian Sea Port System Authority announced today.

#P The terminal, which cost 58 million euros, can handle two ships at the same time and up to 9,000 passengers a day.

#P The authority expects 1.6 million cruise passengers in Genoa this year, about 8 percent more than in 2025. (Res)

* * *

#T Albania: Tirana and Rome sign agreement on vocational training
#M dateline=Tirana, 08 Apr 10:02
#P Tirana, 08 Apr 10:02 - (Nova) - Albania and Italy signed an agreement today in Tirana for the training of 1,200 Albanian technicians in the construction and hospitality sectors over the next three years.

#P The programme will be run by Italian regional training centres together with the Albanian National Agency for Employment and Skills. (Alt)

* * *

#D source=Beta
#D source_aliases=["Beta", "BETA", "Beta News Agency"]
#T Novi Sad Fair expects record number of exhibitors
#M dateline=NOVI SAD, April 8
#P NOVI SAD, April 8 (Beta) - The International Agricultural Fair in Novi Sad will host a record 1,750 exhibitors from 60 countries when it opens on May 16, the Fair's management said on April 8.

#P General manager Dragana Ilić said that exhibitors from Brazil and Vietnam would take part for the first time.

#P The fair, one of the oldest in the region, was first held in 1923.

* * *

#D source=KosovaPress
#D source_aliases=["KosovaPress", "Kosovapress"]
#T Pristina opens first electric bus line
#M dateline=Pristina
#P Pristina, 8 April - The first electric bus line in Pristina started operating on Wednesday, connecting the city centre with the Sunny Hill neighbourhood.

#P The municipality said eight electric buses had been bought with a grant from the European Union, and that another 12 would arrive by the end of the year.

#P A single ticket costs 0.40 euros, the same as on the diesel lines.

* * *

#D source=MercoPress
#D source_aliases=["MercoPress", "Mercopress", "South Atlantic News Agency"]
#T Uruguay and Paraguay agree to dredge Paraguay-Paraná waterway stretch
Wednesday, April 8th 2026 - 09:40 UTC
The works will cover some 180 kilometres south of Asunción
#C The agreement was signed at the Torre Ejecutiva in Montevideo (Photo: Presidencia)
#P The Governments of Uruguay and Paraguay on Tuesday signed an agreement in Montevideo to dredge a stretch of the Paraguay-Paraná waterway that has become too shallow for fully loaded barges during the dry season.

#P Under the deal, a binational commission will put the works out to tender before August, with costs split evenly between the two countries. Paraguayan Public Works Minister Gustavo Benítez said the dredging would allow convoys of up to 24 barges to operate all year round.

#P Paraguay, a landlocked country, moves most of its soy and beef exports along the waterway to ports in Uruguay and Argentina.

* * *
-- end of roundup --
""")
