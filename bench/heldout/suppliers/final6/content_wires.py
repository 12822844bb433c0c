"""Wire dumps of corpus final6 (all news text invented; dated Tuesday 10 March 2026)."""
from markup import parse

GNA_TELETYPE = """\
#D kind=wire
#D source=GNA
#D source_aliases=["GNA", "Ghana News Agency"]
#D wrap=68
#D indent=5
GNA0412 10/03/2026 09:14 GEN
#T COCOBOD RAISES MID-CROP FARMGATE PRICE BY NINE PER CENT
#M dateline=Accra, March 10
#M published_date=2026-03-10
#I Accra, March 10, GNA - The Ghana Cocoa Board has raised the farmgate price for the 2025/26 light crop season by nine per cent, a move officials say will discourage smuggling of beans across the western border.
#I Mr Kwabena Asante-Mensah, Deputy Chief Executive in charge of Operations, told journalists in Accra that a bag of 64 kilogrammes would now sell at GH¢3,488, up from GH¢3,200 at the start of the main crop.
#I He said the Board had also cleared arrears owed to licensed buying companies in the Western North and Ahafo regions and would pay farmers within 48 hours of delivery from April.
#I Madam Efua Boatemaa, a farmer at Sefwi Wiawso, welcomed the increase but urged the Board to supply fertiliser before the rains set in.
GNA

GNA0413 10/03/2026 09:40 GEN
#T TAMALE TEACHING HOSPITAL OPENS NEW DIALYSIS CENTRE
#M dateline=Tamale, March 10
#M published_date=2026-03-10
#I Tamale, March 10, GNA - The Tamale Teaching Hospital has opened a 12-bed dialysis centre to reduce the number of kidney patients travelling to Kumasi and Accra for treatment.
#I Dr Abdul-Rahaman Zakaria, the Chief Executive Officer of the hospital, said the facility, funded by a consortium of local businesses, would run two shifts a day and serve about 60 patients a week.
#I He appealed to the National Health Insurance Authority to extend cover to dialysis sessions, which cost patients about GH¢750 each.
GNA

GNA0414 10/03/2026 10:02 GEN
#T FISHERFOLK IN KETA ASK FOR SEA DEFENCE EXTENSION
#M dateline=Keta, March 10
#M published_date=2026-03-10
#I Keta, March 10, GNA - Fisherfolk at Fuveme and Dzita in the Keta Municipality have asked government to extend the sea defence wall to their communities after tidal waves destroyed more than 40 houses last week.
#I Mr Togbui Agbeko Dzokoto IV, chief of Fuveme, said residents had been sleeping in classrooms and a church since the surge.
#I The Municipal Chief Executive, Mr Senyo Kudzordzi, said an assessment team from the Hydrological Authority would visit the area on Thursday.
GNA

GNA0415 10/03/2026 10:31 SPO
#T BLACK QUEENS NAME 26 FOR WAFU B TOURNAMENT
#M dateline=Accra, March 10
#M published_date=2026-03-10
#I Accra, March 10, GNA - Head coach of the Black Queens, Mr Yaw Ofori-Atta, has named a 26-member provisional squad for the WAFU Zone B Women's Cup to be played in Abidjan next month.
#I The squad includes six home-based players and newcomer Adwoa Serwaah of Hasaacas Ladies, who scored 14 goals in the first half of the league season.
#I The team will begin camping at the Ghanaman Soccer Centre of Excellence in Prampram on Monday.
GNA

GNA0416 10/03/2026 11:05 ECO
#T BANK OF GHANA HOLDS POLICY RATE AT 24 PER CENT
#M dateline=Accra, March 10
#M published_date=2026-03-10
#I Accra, March 10, GNA - The Monetary Policy Committee of the Bank of Ghana has kept its benchmark policy rate unchanged at 24 per cent, citing a steady decline in inflation over the past five months.
#I The Governor, Dr Nana Akosua Frimpong, said at a press conference that headline inflation fell to 13.2 per cent in February and was expected to reach the medium-term target band by the end of the year.
#I She said the cedi had appreciated by 3.1 per cent against the US dollar since January, supported by higher gold receipts.
GNA
"""

NAN_BYLINES = """\
#D kind=wire
#D source=NAN
#D source_aliases=["NAN", "News Agency of Nigeria"]
#T Lagos Traders, Govt Agree on New Market Levy Framework
By Chinyere Okafor
#M byline=Chinyere Okafor
#M dateline=Lagos, March 10, 2026
#M published_date=2026-03-10

#P Lagos, March 10, 2026 (NAN) The Lagos State Government and leaders of market associations have agreed on a single levy framework to replace the multiple charges collected by local councils and market unions.

#P The Commissioner for Commerce, Mr Babatunde Adeyemi-Cole, said at a meeting in Alausa that traders would pay one consolidated fee through a digital platform from May.

#P Mrs Folasade Ajiboye, the Iyaloja of Mile 12 Market, said the agreement would end harassment of traders by touts. (NAN)(www.nannews.ng)
Edited by Ifeoma Nwachukwu

#T Kano Farmers Receive 4,000 Water Pumps Under Dry Season Scheme
By Abubakar Sani Danladi
#M byline=Abubakar Sani Danladi
#M dateline=Kano, March 10, 2026
#M published_date=2026-03-10

#P Kano, March 10, 2026 (NAN) No fewer than 4,000 farmers in Kano State have received solar-powered water pumps under the state's dry season irrigation scheme.

#P The state Commissioner for Agriculture, Alhaji Musa Garba Tofa, said at the flag-off in Bunkure that each beneficiary would also get seedlings of tomato, pepper and onion.

#P He urged the farmers not to sell the pumps, warning that officials would monitor their use through the season. (NAN)(www.nannews.ng)
Edited by Sadiya Hamza

#T Enugu Unveils 30 Electric Buses for Intra-City Transport
By Chukwuemeka Eze
#M byline=Chukwuemeka Eze
#M dateline=Enugu, March 10, 2026
#M published_date=2026-03-10

#P Enugu, March 10, 2026 (NAN) The Enugu State Government on Tuesday unveiled 30 electric buses to run on four routes in the state capital.

#P The Managing Director of the Enugu Mass Transit Company, Mr Obinna Nwankwo-Agu, said fares would be paid with cards sold at kiosks along the routes.

#P He said two charging depots had been built at Abakpa and Gariki, and that 20 more buses would arrive before the end of the year.

#P Some commuters who rode the buses on the first day praised their comfort, but asked for more routes to the outskirts. (NAN)(www.nannews.ng)
Edited by Uche Anunne

#T Super Eagles Invite Three Debutants for Friendlies
By Tosin Adebayo-Kalu
#M byline=Tosin Adebayo-Kalu
#M dateline=Abuja, March 10, 2026
#M published_date=2026-03-10

#P Abuja, March 10, 2026 (NAN) The Super Eagles coach, Mr Emmanuel Okparaeke, has invited three uncapped players for international friendlies against Egypt and Morocco later this month.

#P The newcomers are goalkeeper Ifeanyi Obiora of Rivers United, defender Samuel Akpabio-Udo and winger Dauda Lawal Kazaure, who plays in Belgium.

#P A statement by the Nigeria Football Federation said the squad would assemble in Casablanca on March 20. (NAN)(www.nannews.ng)
Edited by Julius Toba-Jegede

#T NIMET Predicts Early Onset of Rains in Southern States
By Halima Yusuf Bello
#M byline=Halima Yusuf Bello
#M dateline=Abuja, March 10, 2026
#M published_date=2026-03-10

#P Abuja, March 10, 2026 (NAN) The Nigerian Meteorological Agency has predicted an early onset of rains in most southern states, with the season expected to begin in the third week of March along the coast.

#P The Director-General of the agency, Prof. Aminu Jibril Kaura, said at the presentation of the 2026 Seasonal Climate Prediction in Abuja that northern states should expect normal onset dates.

#P He advised farmers to consult extension workers before planting and to avoid flood-prone areas. (NAN)(www.nannews.ng)
Edited by Ifeoma Nwachukwu
"""

CAUCASUS_LINES = """\
#D kind=wire
10:42, 10 March 2026
#T Armenia and Georgia to open second border crossing at Bavra
#M source=Armenpress
#M source_aliases=["Armenpress", "ARMENPRESS", "Armenian News Agency"]
#M dateline=YEREVAN, MARCH 10
#M published_date=2026-03-10
#P YEREVAN, MARCH 10, ARMENPRESS. Armenia and Georgia will open a second checkpoint at the Bavra crossing in May to ease lorry traffic, Deputy Minister of Territorial Administration Hovhannes Sargsyan told reporters on Tuesday.
#P He said the new lanes would double the capacity of the crossing to about 1,200 vehicles a day and cut waiting times during the summer season.
#P The project is financed by a grant from the European Union and will be completed by a Yerevan-based contractor.
11:15, 10 March 2026
#T Yerevan to plant 15,000 trees along new ring road
#M source=Armenpress
#M source_aliases=["Armenpress", "ARMENPRESS", "Armenian News Agency"]
#M dateline=YEREVAN, MARCH 10
#M published_date=2026-03-10
#P YEREVAN, MARCH 10, ARMENPRESS. The Yerevan municipality will plant 15,000 trees along the northern section of the new ring road this spring, the city's chief landscape architect, Ani Mkrtchyan, said.
#P Volunteers from schools and universities will join municipal workers on three weekends in April, she added.
10.03.2026 11:30
#T Kyrgyzstan expects record apricot exports this year
#M source=Kabar
#M source_aliases=["Kabar", "KABAR", "Kabar News Agency"]
#M dateline=Bishkek, March 10
#M published_date=2026-03-10
#P Bishkek, March 10 /Kabar/. Kyrgyzstan expects to export up to 60,000 tonnes of fresh and dried apricots this year, the Ministry of Water Resources, Agriculture and Processing Industry said.
#P Deputy Minister Nurlan Asanaliev said new cold storage facilities in Batken region would allow farmers to sell fruit in Russia, Kazakhstan and China over a longer season.
#P Last year the country exported 48,300 tonnes of apricots worth about $71 million.
10.03.2026 12:05
#T Issyk-Kul resorts to open season a month early
#M source=Kabar
#M source_aliases=["Kabar", "KABAR", "Kabar News Agency"]
#M dateline=Cholpon-Ata, March 10
#M published_date=2026-03-10
#P Cholpon-Ata, March 10 /Kabar/. Resorts on the northern shore of Lake Issyk-Kul will open for guests on May 1, a month earlier than usual, the regional tourism department said.
#P Head of the department Aizada Toktogulova said 34 boarding houses had renovated their buildings over the winter and the regional airport would receive charter flights from Almaty and Novosibirsk.
10.03.2026 | 13:20
#T Samarkand to host international conference on Silk Road crafts
#M source=UzA
#M source_aliases=["UzA", "National News Agency of Uzbekistan", "Uzbekistan National News Agency"]
#M dateline=TASHKENT, March 10
#M published_date=2026-03-10
#P TASHKENT, March 10 (UzA). An international conference on the preservation of Silk Road crafts will be held in Samarkand on April 22-24, the Ministry of Culture reported.
#P More than 300 artisans and researchers from 28 countries are expected to attend. The programme includes workshops on suzani embroidery, ceramics and paper-making at the Konigil craft village.
#P Organizers said a fair of handmade goods would be open to the public on the last day.
10 March 2026 14:02 (UTC +04:00)
#T Azerbaijan's non-oil exports up 11 percent in two months
#M source=Trend
#M source_aliases=["Trend", "Trend News Agency", "TREND"]
#M byline=Leyla Mammadli
#M dateline=BAKU, Azerbaijan, March 10
#M published_date=2026-03-10
#P BAKU, Azerbaijan, March 10. Azerbaijan's non-oil exports grew by 11 percent year-on-year in January-February 2026 to $612 million, according to the Center for Analysis of Economic Reforms and Communication.
#P Fruit and vegetables, cotton yarn and aluminium accounted for almost half of the total, the center said. Russia, Türkiye and Georgia remained the main buyers.
Leyla Mammadli
"""

NORDIC_BRIEFS = """\
NORDIC WIRE BRIEFS -- Tuesday 10 March 2026
Compiled from NTB, TT, Ritzau and STT English services. For subscriber use only.
==================================================================

#D kind=wire
#D published_date=2026-03-10
#T Norway to test road tolls based on distance driven
#M source=NTB
#M source_aliases=["NTB", "Norsk Telegrambyrå"]
#M dateline=OSLO
#P OSLO (NTB): The Norwegian Public Roads Administration will test a distance-based road toll in Bergen and Stavanger from September, Transport Minister Ingrid Halvorsen Moe said on Tuesday.
#P About 4,000 volunteers will install a small device in their cars. The government wants to replace fixed toll stations within ten years.
(©NTB)

#T Ny rekord for elbilsalget i februar
#M source=NTB
#M source_aliases=["NTB", "Norsk Telegrambyrå"]
#M dateline=OSLO
#P OSLO (NTB): Nesten 98 prosent av nye personbiler som ble registrert i februar, var elbiler, viser tall fra Opplysningsrådet for Veitrafikken.
#P – Vi nærmer oss et marked der bensin- og dieselbiler knapt selges lenger, sier direktør Kjetil Aasland Brekke.
(©NTB)

#T Swedish schools to ban mobile phones for full day
#M source=TT
#M source_aliases=["TT", "TT Nyhetsbyrån", "Tidningarnas Telegrambyrå"]
#M dateline=STOCKHOLM
#P STOCKHOLM (TT) – Mobile phones will be banned during the whole school day in Swedish compulsory schools from August 2026, Education Minister Karin Lövgren Ek announced at a press conference.
#P Schools will have to collect the phones in the morning and return them when lessons end. Teachers' unions welcomed the decision but asked for money for lockers.
TT

#T Gothenburg port reports busiest February on record
#M source=TT
#M source_aliases=["TT", "TT Nyhetsbyrån", "Tidningarnas Telegrambyrå"]
#M dateline=GOTHENBURG
#P GOTHENBURG (TT) – The Port of Gothenburg handled 84,500 containers in February, the most ever for the month, the port company said on Tuesday.
#P Chief executive Henrik Sjöholm attributed the increase to new direct services from India and the Middle East.
TT

#T Danish pension fund sells stake in offshore wind project
#M source=Ritzau
#M source_aliases=["Ritzau", "Ritzaus Bureau"]
#M dateline=COPENHAGEN
#P COPENHAGEN (Ritzau) - Danish pension fund ArbejdsPension Nord has sold its 20 percent stake in the Nordsø Vest offshore wind farm to a Japanese utility for 3.1 billion kroner.
#P The fund's investment director, Mette Krogh Vestergaard, said the sale would free capital for new solar projects in southern Europe.
/ritzau/

#T Finnish reindeer herders report heavy winter losses
#M source=STT
#M source_aliases=["STT", "Finnish News Agency", "Suomen Tietotoimisto"]
#M dateline=ROVANIEMI
#P ROVANIEMI (STT) – Reindeer herders in northern Lapland have lost an unusually large number of animals this winter because thick ice has covered the lichen pastures, the Reindeer Herders' Association said.
#P The association estimates that about 9,000 reindeer have died since December. It has asked the government for emergency feed support.
#P "Some herders have lost a third of their animals," said chairman Aslak Niittyvuopio.
STT

==================================================================
END OF BRIEFS -- next update 16:00 CET
"""

WORLD_DIGEST = """\
*** AGENCY ROUNDUP | 10.03.2026 | Partner agencies: Andina, ENA, UNB, Belga, CNA ***

#D kind=wire
#D published_date=2026-03-10
[1/6] ANDINA
#T Peru's Machu Picchu to sell tickets only online from April
#M source=Andina
#M source_aliases=["Andina", "ANDINA", "Agencia Peruana de Noticias Andina"]
#M dateline=Lima, Mar. 10
#P Lima, Mar. 10 (ANDINA). Tickets to the Machu Picchu citadel will be sold only online from April 1, Peru's Ministry of Culture announced on Tuesday.
#P Vice Minister Rosa Elvira Quispe said the change would end the queues in Aguas Calientes and the resale of tickets by intermediaries.
* * *
[2/6] ANDINA
#T Arequipa quinoa growers ship first organic batch to South Korea
#M source=Andina
#M source_aliases=["Andina", "ANDINA", "Agencia Peruana de Noticias Andina"]
#M dateline=Arequipa, Mar. 10
#P Arequipa, Mar. 10 (ANDINA). A cooperative of quinoa producers from the Caylloma province shipped its first 22-tonne batch of organic quinoa to South Korea, the regional government said.
#P The cooperative groups 180 families and expects to export 300 tonnes this year.
* * *
[3/6] ENA
#T Ethiopia launches national seed bank expansion in Hawassa
#M source=ENA
#M source_aliases=["ENA", "Ethiopian News Agency"]
#M dateline=Addis Ababa, March 10/2026
#P Addis Ababa, March 10/2026 (ENA) The Ethiopian Biodiversity Institute has inaugurated a new seed storage facility in Hawassa that will hold up to 80,000 samples of crops and wild plants.
#P Director General Dr. Tsehay Alemayehu said the facility would protect local varieties of teff, coffee and enset against drought and disease.
* * *
[4/6] UNB
#T Dhaka metro rail to run till midnight during Ramadan
#M source=UNB
#M source_aliases=["UNB", "United News of Bangladesh"]
#M dateline=Dhaka, Mar 10
#P Dhaka, Mar 10 (UNB) - Metro rail services in Dhaka will run until midnight during the holy month of Ramadan, Dhaka Mass Transit Company Limited said on Tuesday.
#P Managing director Md Rafiqul Haque Chowdhury said trains would leave every eight minutes between 7pm and 10pm to serve iftar and tarawih travellers.
* * *
[5/6] BELGA
#T Brussels to close Rue de la Loi to cars on Sundays
#M source=Belga
#M source_aliases=["Belga", "BELGA", "Belga News Agency"]
#M dateline=BRUSSELS
#P BRUSSELS (Belga) - Rue de la Loi in the European quarter will be closed to motor traffic every Sunday from April to September, the Brussels-Capital Region said on Tuesday.
#P Mobility Minister Els Van Damme-Renard said cyclists, pedestrians and street markets would take over the four-lane road between 10am and 6pm.
* * *
[6/6] CNA
#T Cyprus desalination plant at Paphos to double output
#M source=Cyprus News Agency
#M source_aliases=["Cyprus News Agency", "CNA", "KYPE"]
#M dateline=Nicosia, Mar 10
#P Nicosia, Mar 10 (CNA) -- A new unit at the Paphos desalination plant will double its daily output to 30,000 cubic metres before the summer, Agriculture Minister Andreas Kyprianides told the House Environment Committee.
#P He said reservoirs were at 23 percent of capacity, the lowest March level in a decade.
CNA/ES
"""


def _p(t):
    return lambda: parse(t)


wire_gna_teletype = _p(GNA_TELETYPE)
wire_nan_bylines = _p(NAN_BYLINES)
wire_caucasus_centralasia_lines = _p(CAUCASUS_LINES)
wire_nordic_briefs_crlf = _p(NORDIC_BRIEFS)
wire_agency_roundup = _p(WORLD_DIGEST)
