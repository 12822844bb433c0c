"""Wire dumps of corpus final5 (all news text invented; real places/institutions as settings only).
Each function returns (dump text, gold articles) via markup.parse."""
from markup import parse


def wire_anampa_sta_tanjug():
    """Teletype copy, hard-wrapped at 66 columns, four-space paragraph indent, blank line between paragraphs."""
    return parse(r"""
ZCZC ANA0412 3 ECO 0318
ana-mpa 15-01-2026 09:42
#D kind=wire
#D wrap=66
#D indent=4
#D source=ANA-MPA
#D source_aliases=["ANA-MPA", "ANA", "Athens-Macedonian News Agency", "Athens News Agency"]
#D published_date=2026-01-15
#T Piraeus cruise calls hit winter record as new terminal opens
#M dateline=ATHENS, January 15

#I ATHENS, January 15 (ANA-MPA) - The port of Piraeus handled 118 cruise calls between November and the first week of January, the highest winter figure on record, the port's commercial director Stavros Kalogeropoulos said on Thursday, as a third passenger terminal on the southern quay opened to ships.

#I Kalogeropoulos told a briefing that the operator expected 41 home-porting departures in the first quarter, against 29 a year earlier, and that two lines had asked for extra berths from March. "Winter used to be the quiet season for us. It is not quiet any more," he said.

#I The new terminal, built at a cost of 46 million euros, can process up to 4,200 passengers an hour and is linked to the metro station by a covered walkway due to be completed in April.

ANA-MPA/AK
NNNN

ZCZC ANA0427 3 POL 0331
ana-mpa 15-01-2026 10:17
#T Thessaloniki metro extension to Kalamaria reaches final test phase
#M dateline=THESSALONIKI, January 15

#I THESSALONIKI, January 15 (ANA-MPA) - Trains began running without passengers on the Kalamaria extension of the Thessaloniki metro on Thursday, the start of a test period that Attiko Metro expects to last about ten weeks.

#I Five stations on the 4.8-kilometre branch will open together once the signalling system has been certified, the company's project manager Eleni Tsamadou told reporters at Mikra depot. She said the line would carry an estimated 58,000 passengers a day in its first year.

ANA-MPA/DP
NNNN

ZCZC STA0119 3 GOS 0344
sta 15-01-2026 10:48
#D source=STA
#D source_aliases=["STA", "Slovenian Press Agency", "Slovenska tiskovna agencija"]
#T Slovenian exporters report stronger orders from Austria and Croatia
#M dateline=Ljubljana, 15 January

#I Ljubljana, 15 January (STA) - Slovenian manufacturers recorded a 6.2 percent rise in new export orders in the last quarter of 2025, driven mainly by buyers in Austria and Croatia, according to a survey released by the Chamber of Commerce and Industry on Thursday.

#I The survey of 412 companies found that machinery and electrical equipment makers fared best, while wood processors reported a second consecutive fall. Chamber economist Tadej Kovačič said energy prices remained the main concern of respondents.

#I Almost a third of the companies said they planned to hire more staff in the first half of the year.

STA/nš
NNNN

ZCZC STA0126 3 ZDR 0352
sta 15-01-2026 11:05
#T Maribor hospital opens paediatric emergency unit after two-year works
#M dateline=Maribor, 15 January

#I Maribor, 15 January (STA) - The University Medical Centre Maribor has opened a separate emergency unit for children, ending two years of construction in which young patients were treated in temporary rooms next to the adult emergency ward.

#I The unit has eleven observation beds and its own radiology room. Its head, paediatrician Urška Lesjak Vovk, said the centre sees around 19,000 children a year in emergency care, a number that has grown by a fifth since 2019.

STA/ep
NNNN

ZCZC TNJ0088 3 EKO 0360
tanjug 15-01-2026 11:31
#D source=Tanjug
#D source_aliases=["Tanjug", "TANJUG", "Tanjug news agency"]
#T Novi Sad bus maker wins order for 60 electric vehicles
#M dateline=BELGRADE, Jan 15

#I BELGRADE, Jan 15 (Tanjug) - A Novi Sad company, Dunav Mobil, has signed a contract to deliver 60 electric city buses to public transport operators in Niš and Kragujevac by the end of 2026, the company said on Thursday.

#I Director Goran Milosavljević said the buses would be assembled at the company's plant in the Novi Sad industrial zone, where a second production line is being installed. The value of the contract was not disclosed.

#I The company, founded in 2017, has so far delivered 84 buses, most of them to operators in Serbia and North Macedonia.

TANJUG/mm
NNNN
""")


def wire_rnz_interfax():
    """Syndicated English wire copy: Title Case headline, a "By NAME" line, blank-line paragraphs."""
    return parse(r"""
MIL-OSI style wire mirror - New Zealand & region
Thursday, 15 January 2026

Source: Radio New Zealand
#D kind=wire
#D source=RNZ
#D source_aliases=["RNZ", "Radio New Zealand"]
#D published_date=2026-01-15

#T Hawke's Bay Orchard Workers Win Back Pay After Labour Inspectorate Audit

By Aroha Te Huia
#M byline=Aroha Te Huia

#C Packhouse staff at a Hastings orchard. RNZ / Aroha Te Huia

#P More than 140 seasonal workers at three Hawke's Bay orchards are to receive a combined $312,000 in back pay after an audit by the Labour Inspectorate found they had been paid below the minimum wage for picking shifts.

#P The inspectorate said the workers, most of them on short-term visas, had been paid piece rates that did not add up to the legal minimum on slow days, and that the difference had not been topped up.

#P Regional manager Mere Tahana told RNZ the companies had co-operated and were making the payments this month. "It is not a small sum for the people involved, and it should never have been owed," she said.

#P The orchard owners' group, Heretaunga Growers, said in a statement it would offer payroll training to members before the next harvest.

Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered straight to your inbox every weekday.

- Published in partnership with Radio New Zealand

Source: Radio New Zealand

#T Samoa Opens Its First Cold Storage Hub for Fishing Co-operatives

By Tomasi Lealaiauloto, Pacific correspondent
#M byline=Tomasi Lealaiauloto

#P A cold storage centre built for village fishing co-operatives has opened at Apia's Matautu wharf, allowing fishers to keep their catch for up to ten days instead of selling it the same morning.

#C The new cold storage hub at Matautu wharf. Supplied / Samoa Fisheries Division

#P The centre was paid for with a $2.6 million grant and will be run by a trust of 19 co-operatives. Trust chair Faʻamoe Leota said members had lost as much as a third of their catch in hot months.

#P "Now we can wait for a better price instead of selling everything before lunch," he said.

- Published in partnership with Radio New Zealand

Interfax | 15.01.2026 12:40
#D source=Interfax
#D source_aliases=["Interfax", "INTERFAX", "Interfax-Kazakhstan"]

#T Kazakh Grain Exporters Shift Shipments to Caspian Ports as Rail Tariffs Rise

By Yerlan Abenov
#M byline=Yerlan Abenov
#M dateline=ALMATY. Jan 15

#P ALMATY. Jan 15 (Interfax-Kazakhstan) - Kazakh grain traders shipped 1.1 million tonnes of wheat through the Caspian ports of Aktau and Kuryk between September and December, almost double the volume of the same period a year earlier, the Grain Union of Kazakhstan said on Thursday.

#P The union's executive director Daulet Sarsenbayev said higher rail tariffs on the northern routes had pushed exporters towards ferries to Iran and Azerbaijan. He said the ports could handle another 400,000 tonnes this season if loading equipment at Kuryk was upgraded as planned.

#P Kazakhstan harvested about 26 million tonnes of grain in 2025, according to preliminary statistics.

Interfax | 15.01.2026 13:15

#T Siberian Airline Orders Six Turboprops for Regional Routes
#M dateline=NOVOSIBIRSK. Jan 15

#P NOVOSIBIRSK. Jan 15 (Interfax) - Regional carrier Sibirskiye Krylya has signed a firm order for six 48-seat turboprop aircraft to replace ageing planes on routes in the Novosibirsk and Tomsk regions, the company's general director Viktor Lapshin told Interfax.

#P Deliveries are scheduled to start in the third quarter of 2026. Lapshin said the carrier flew 312,000 passengers last year on 22 routes, most of them subsidised by regional governments.
""")


def wire_baltic_digest():
    """A Baltic morning digest: one line per paragraph and no blank line anywhere."""
    return parse(r"""
BALTIC NEWS DIGEST | 15.01.2026
Morning edition - compiled 08:30 EET - LETA / BNS / ELTA
==========
LETA | 15.01.2026 07:52
#D kind=wire
#D source=LETA
#D source_aliases=["LETA", "Latvian news agency LETA"]
#D published_date=2026-01-15
#T Riga city council approves tram line extension to Skanste
#M dateline=RIGA, Jan 15
#P RIGA, Jan 15 (LETA) - The Riga City Council on Wednesday approved the design of a 3.1-kilometre tram line linking the city centre with the Skanste business district, allowing the municipal transport company Rigas Satiksme to invite construction bids in February.
#P The line, with six stops, is expected to cost 54 million euros, most of it covered by European Union funds. City development committee chair Anete Ozoliņa said work could start in the autumn if no appeals were lodged.
#P Opposition councillors voted against, arguing that the route duplicated existing bus lines.
==========
LETA | 15.01.2026 08:04
#T Latvian dairy cooperative raises milk purchase price for second month
#M dateline=JELGAVA, Jan 15
#P JELGAVA, Jan 15 (LETA) - The dairy cooperative Zemgales Piens will pay farmers 47 cents per kilogram of milk in January, up from 45 cents in December, its board chairman Mārtiņš Liepiņš told LETA.
#P Liepiņš said the increase reflected higher butter and cheese prices on European markets. The cooperative collects milk from about 380 farms in central Latvia.
==========
BNS | 15.01.2026 08:11
#D source=BNS
#D source_aliases=["BNS", "Baltic News Service"]
#T Estonian wind farm developer secures grid connection on Saaremaa
#M dateline=TALLINN, Jan 15
#P TALLINN, Jan 15 (BNS) - The developer Läänetuul has signed a grid connection agreement with transmission system operator Elering for a 180-megawatt onshore wind farm in the west of Saaremaa island, the company said on Thursday.
#P Project manager Kertu Saar told BNS that construction of the 30 turbines could begin in 2027 once the environmental impact assessment is complete. The developer estimates the cost at about 240 million euros.
==========
BNS | 15.01.2026 08:19
#T Lithuanian railway freight volumes fell 9 pct last year
#M dateline=VILNIUS, Jan 15
#P VILNIUS, Jan 15 (BNS) – Lithuanian Railways' freight unit carried 28.4 million tonnes of cargo in 2025, down 9 percent from a year earlier, mainly because of lower fertiliser transit to the port of Klaipėda, the company said.
#P Its chief executive Darius Kazlauskas said container traffic on the Rail Baltica standard-gauge section had doubled but remained small. "We are replacing volume we lost with volume we have to build from zero," he said.
#P The company plans to cut 300 jobs by the end of the year through retirement and voluntary departures.
==========
ELTA | 15.01.2026 08:23
#D source=ELTA
#D source_aliases=["ELTA", "Lithuanian News Agency ELTA"]
#T Kaunas Airport to open new route to Lisbon in April
#M dateline=VILNIUS, January 15
#P VILNIUS, January 15 (ELTA). Kaunas Airport will get a direct flight to Lisbon from April 2, with two return flights a week, the operator Lithuanian Airports announced on Thursday.
#P The route will bring the number of destinations served from Kaunas this summer to 27. The airport handled 1.24 million passengers last year, 11 percent more than in 2024.
==========
ELTA | 15.01.2026 08:27
#T Vilnius schools to test four-day week for senior pupils
#M dateline=VILNIUS, January 15
#P VILNIUS, January 15 (ELTA). Six Vilnius gymnasiums will let pupils in the last two years spend Fridays on independent projects and internships from March, in a pilot approved by the city's education department.
#P Department head Giedrė Vaitkutė said the schools would report on attendance and results in June before the city decides whether to extend the scheme.
Aistė Morkūnaitė (ELTA)
#M byline=Aistė Morkūnaitė
==========
END OF DIGEST
""")


def wire_africa_arab_crlf():
    """An agency selection saved with CRLF line ends (build_clean writes it so)."""
    return parse(r"""
AFRICA & ARAB WORLD WIRE SELECTION
Thursday 15 January 2026

MAP | 15/01/2026 - 10:05
#D kind=wire
#D source=MAP
#D source_aliases=["MAP", "Maghreb Arabe Presse", "Maghreb Arab Press"]
#D published_date=2026-01-15

#T Tangier Med container traffic grows 14 pct in 2025
#M dateline=Rabat

#P Rabat - Container traffic at the Tangier Med port complex rose 14 percent in 2025 to 11.2 million twenty-foot equivalent units, the port authority said on Thursday.

#P The authority attributed the growth to new transshipment services between West Africa and northern Europe and to a second automated terminal that reached full capacity in the summer.

#P Vehicle exports through the port also reached a record 742,000 units, the statement added.

MAP: 15 January 2026
-------------------------------------

MAP | 15/01/2026 - 11:40

#T Agadir hosts regional meeting on water-saving irrigation
#M dateline=Agadir

#P Agadir - Farmers' associations and researchers from the Souss-Massa region met in Agadir on Thursday to review the results of a three-year programme to convert 9,000 hectares of citrus and vegetable farms to drip irrigation.

#P The programme's coordinator, Hassan Ait Brahim, said water use on converted plots had fallen by about 35 percent while yields held steady. A second phase covering small farms in the Chtouka area is due to start in the spring.

MAP: 15 January 2026
-------------------------------------

APS | 15/01/2026 - 09:50
#D source=APS
#D source_aliases=["APS", "Algérie Presse Service", "Algeria Press Service"]

#T Oran desalination plant to double output by summer
#M dateline=ORAN

#P ORAN - The desalination plant at Cap Blanc, west of Oran, will reach its full capacity of 300,000 cubic metres a day by June, the director of the water company of the wilaya, Karim Benslimane, told APS on Thursday.

#P The second half of the plant entered service in December. Benslimane said the extra output would allow daily water supply to be restored in eleven districts that currently receive water every other day.

APS
-------------------------------------

APS | 15/01/2026 - 12:10

#T Algerian start-up fund approves 38 new projects
#M dateline=ALGIERS

#P ALGIERS - The Algerian Startup Fund approved financing for 38 projects at its first committee meeting of the year, most of them in agricultural technology and logistics software, the fund said in a statement.

#P Total commitments reached 620 million dinars. The fund's director general, Lamia Haddadi, said a quarter of the selected start-ups were based outside the major cities.

APS
-------------------------------------

NNA | 15/01/2026 - 13:02
#D source=NNA
#D source_aliases=["NNA", "National News Agency", "NNA Lebanon"]

#T Byblos municipality launches restoration of old souk facades
#M dateline=null

#P NNA - The Byblos municipality on Thursday launched the restoration of 46 shop facades in the town's old souk, in a project financed by a local heritage foundation and expected to last nine months.

#P Municipal council member Rita Khoury said the work would respect the original stone and timber and that shops would stay open during the works.

================ N.N.A ================
-------------------------------------

ANGOP | 15/01/2026 - 13:30
#D source=ANGOP
#D source_aliases=["ANGOP", "Angola Press", "Agência Angola Press"]

#T Lobito corridor railway adds second weekly passenger service
#M dateline=Benguela

#P Benguela - The Benguela Railway company will run a second weekly passenger train between Lobito and Luena from 1 February, in response to demand from traders travelling to the eastern provinces, the company's commercial director, Adelino Mbala, said on Thursday.

#P The trains will also carry goods wagons for small traders. Mbala said the company sold 96,000 passenger tickets on the route last year.

DOC/ANGOP
""")


def wire_europapress_ecns_rss():
    """An agency-feed page of a multilingual portal: Europa Press (one Spanish, one English item), ECNS, RSS."""
    return parse(r"""
Inicio | Agencias | Europa Press | ECNS | RSS Nepal
Feed de agencias - jueves, 15 de enero de 2026
Buscar   Suscríbete   Iniciar sesión

EUROPA PRESS · Economía · 15/01/2026 10:24
#D kind=wire
#D source=Europa Press
#D source_aliases=["Europa Press", "EUROPA PRESS", "EP"]
#D published_date=2026-01-15
#T La cooperativa valenciana Citrus Horta prevé exportar un 12% más de naranjas
#M dateline=VALÈNCIA, 15 Ene.

#P VALÈNCIA, 15 Ene. (EUROPA PRESS) -
#+ La cooperativa Citrus Horta, con sede en Alzira, prevé exportar esta campaña unas 96.000 toneladas de naranjas y mandarinas, un 12% más que en la anterior, gracias a la recuperación de la producción tras dos años de sequía, según ha informado este jueves su presidente, Vicent Ferrer Climent.

#P Ferrer ha explicado que Alemania, Francia y Polonia siguen siendo los principales destinos, aunque la cooperativa ha abierto este año un nuevo canal de venta en los países nórdicos.

#P La entidad agrupa a 2.300 agricultores de la Ribera Alta y la Safor y ha invertido 8 millones de euros en una nueva línea de calibrado óptico.

Compartir: Facebook | X | WhatsApp | Correo
Noticias relacionadas: Agricultura · Comunitat Valenciana · Exportaciones

EUROPA PRESS · International · 15/01/2026 11:02
#T Spanish rail operator to add night trains between Madrid and Lisbon
#M dateline=MADRID, 15 Jan.

#P MADRID, 15 Jan. (EUROPA PRESS) -
#+ Spanish state rail operator Renfe will run a night train between Madrid and Lisbon three times a week from June, the company said on Thursday, reviving a link that was suspended in 2020.

#P The train will have sleeper and couchette cars and will stop in Cáceres and Entroncamento. Tickets go on sale in March. A Renfe spokeswoman, Elena Marcos, said the company expected the service to be used mainly by tourists and students.

Compartir: Facebook | X | WhatsApp | Correo

ECNS · China · 15/01/2026 12:15
#D source=ECNS
#D source_aliases=["ECNS", "China News Service", "CNS", "Chinanews"]
#T Harbin ice festival draws record visitors in opening week
#M dateline=null

#P (ECNS) -- The Harbin Ice and Snow World park received more than 410,000 visitors in the first week after it opened, a record for the period, local tourism authorities said Thursday.

#C Visitors walk among ice sculptures in Harbin, Heilongjiang Province. (Photo: China News Service/Zhao Lin)

#P The park this year covers 1.2 million square meters and features an ice slide 521 meters long. Hotel bookings in the city were up 27 percent from a year earlier, according to a local booking platform.

(Editor: Liu Xiaoyan)

ECNS · Economy · 15/01/2026 12:48
#T Guangxi border trade zone handles more durian imports
#M byline=Zhou Ming
#M dateline=null

#P By Zhou Ming (ECNS) -- Imports of fresh durian through the Pingxiang border trade zone in Guangxi rose by 38 percent last year as new cold-chain inspection lanes shortened clearance times to about four hours, customs officials said.

#P Most of the fruit came by truck from Vietnam and Thailand. Officials said a dedicated fruit rail terminal would open in the second half of the year.

(Editor: Gu Qingyi)

RSS · Nepal · 15/01/2026 13:20
#D source=RSS
#D source_aliases=["RSS", "Rastriya Samachar Samiti", "National News Agency Nepal"]
#T Pokhara airport records rise in international passengers
#M dateline=Pokhara, Jan 15

#P Pokhara, Jan 15 (RSS): Pokhara Regional International Airport handled 61,400 international passengers in 2025, up from 22,000 the previous year, the airport office said on Thursday.

#P Chief of the airport office Bishnu Prasad Adhikari said regular flights to Lhasa and seasonal charters from Dhaka had contributed to the increase. The airport has been asking airlines to add flights to Indian cities.

© 2026 Portal de agencias. Aviso legal · Privacidad · Cookies
""")
