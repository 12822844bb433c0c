"""Wire dumps of corpus final4 (several agency stories glued together per dump). All news text is invented."""
from markup import parse


def wire_lusa_agenciabrasil():
    # A Portuguese-language portal's agency feed: Lusa English service items with desk-initial sign-offs,
    # then two Agência Brasil English pages (published/by line, caption with "Photo:" credit, translation credits).
    return parse("""
#D kind=wire
#D source=Lusa
#D source_aliases=["Lusa", "LUSA", "Lusa News Agency", "Agência Lusa", "Lusa - Agência de Notícias de Portugal"]
Portal Lusófono | Notícias | Agências
Feed das agências - atualizado às 18:00
Lusa - English Service
#T Sines port operator wins 30-year concession for second container quay
#M dateline=Lisbon, Dec 9
#P Lisbon, Dec 9 (Lusa) - The Portuguese government on Tuesday awarded a 30-year concession for a second container quay at the port of Sines to a consortium led by logistics group Terminais Atlântida, the Ministry of Infrastructure said in a statement.

#P The concession involves an estimated 640 million euros of investment over its first decade and covers a 1.2-kilometre quay and up to 48 hectares of storage yard on the southern side of the deep-water port, the statement added.

#P Secretary of State for Infrastructure Rui Valadares told Lusa the new quay would "take pressure off a terminal that has been running close to capacity for three years" and should be operational by the end of 2029.

#P Terminais Atlântida chief executive Helena Marques Soares said the group expected to create around 900 direct jobs once the quay was running and would give priority to hiring on the Alentejo coast.

#P Environmental group Zona Costeira, which challenged an earlier version of the project in court, said it would study the final terms before deciding whether to appeal again.

RVS // JLG

Partilhar | + notícias: Economia

#T Macau gaming revenue up 8.1% in November
#M dateline=Macau, China, 9 Dec 2025
#M published_date=2025-12-09
#P Macau, China, 9 Dec 2025 (Lusa) -- Gross gaming revenue in Macau rose 8.1% year-on-year in November to 19.4 billion patacas (2.07 billion euros), according to figures released on Tuesday by the territory's gaming regulator.

#P It was the highest monthly figure since August and takes revenue for the first eleven months of the year to 214.6 billion patacas, up 6.3% on the same period of 2024.

#P Analyst Cheong Ka Wai, of the consultancy Pearl Delta Research, told Lusa that visitors from mainland China had returned in larger numbers after the October holiday and that hotel occupancy in Cotai had stayed above 90% for most of the month.

#P The Macau government expects gaming revenue of 228 billion patacas for the full year, according to the budget presented to the Legislative Assembly in November.

MIM // VQ

Partilhar | + notícias: Macau

#T Cape Verde opens tender for new inter-island ferry route
#M dateline=Praia, 09 Dec
#P Praia, 09 Dec (Lusa) - The Cape Verdean government has launched an international tender for a ten-year contract to operate a ferry route linking the islands of Santiago, Fogo and Brava, the Ministry of Maritime Economy announced on Tuesday.

#P The winning operator will have to run at least four return crossings a week with a vessel able to carry 300 passengers and 40 vehicles, according to the tender documents consulted by Lusa.

#P Residents of Brava have complained for years about irregular connections, which in bad weather can leave the island without a ferry for more than a week. Bids can be submitted until 27 February.

CYR // LFS

Partilhar | + notícias: Lusofonia

Agência Brasil | EBC
#D source=Agência Brasil
#D source_aliases=["Agência Brasil", "Agencia Brasil", "Agência Brasil (EBC)"]
Politics
#T Senate approves bill to expand rural broadband fund
Text now goes to presidential sanction
#M byline=Luana Freitas
#M published_date=2025-12-09
Published on 09/12/2025 - 11:05 By Luana Freitas - Reporter, Agência Brasil - Brasília
#C Brasília (DF), 09/12/2025 - Senators vote on the rural connectivity bill in the plenary. Photo: Pedro Amaral/Agência Senado
#P The Federal Senate approved on Tuesday (9) a bill that raises the share of the Telecommunications Services Universalization Fund reserved for broadband in rural areas from 18% to 35%. The text now goes to presidential sanction.

#P According to the bill's rapporteur, Senator Marcos Vilela Prado, about 4.1 million rural households still have no fixed internet connection, most of them in the North and Northeast regions.

#P "Connectivity today is as basic as electricity was forty years ago," the senator said during the vote. The bill was approved by 58 votes to 9.

#P The Ministry of Communications estimates that the change will free up around R$ 2.3 billion a year for projects, which will be selected through public calls open to small regional internet providers.

Translation: Camila Ribas - Edition: Kleber Sampaio
A republicação é gratuita desde que citada a fonte.
Tags: Senate | broadband | rural areas

General
#T Heat wave pushes Rio de Janeiro power demand to record
#M byline=Rafael Cardoso
#M published_date=2025-12-09
Published on 09/12/2025 - 15:20 By Rafael Cardoso - Agência Brasil reporter - Rio de Janeiro
#P Electricity demand in the state of Rio de Janeiro reached a record 9,870 megawatts on Monday afternoon (8), as temperatures in the capital passed 41 degrees Celsius for the third day in a row, the state's main distributor reported.

#P The previous record, of 9,540 megawatts, had been set in February. Air conditioning accounts for most of the increase, according to the company, which asked consumers to avoid using several high-power appliances at the same time between 2 pm and 6 pm.

#C Rio de Janeiro (RJ), 08/12/2025 - Bathers crowd Copacabana beach during the heat wave. Photo: Tânia Ramos/Agência Brasil

#P The city's Civil Defense kept its heat alert at level 4 on a scale of 5 and opened 22 cooling points with drinking water in public buildings. Municipal schools have shortened classes in the afternoon shift until Friday (12).

#P Meteorologists expect a cold front to bring rain and lower temperatures to the state from Thursday (11).

Edition: Graça Adjuto
A republicação é gratuita desde que citada a fonte.
""")


def wire_apa_keystone():
    # A Vienna desk's capture: two APA items in teletype form (header line, keyword line, "Utl.:" subtitle,
    # paragraphs hard-wrapped at 70 columns with a 3-space first-line indent and no blank lines, "(Schluss)"
    # sign-off with initials, time stamp), then two Keystone-SDA stories as republished on swissinfo.ch.
    return parse("""
#D kind=wire
#D source=APA
#D source_aliases=["APA", "APA - Austria Presse Agentur", "Austria Presse Agentur", "Austria Press Agency"]
#D wrap=70
APA-Basisdienst - Auszug Wirtschaft
Ressort: WI

APA0318 5 WI 0412 II                                  Di, 09.Dez 2025

Energie/Tirol/Salzburg/Netze
#T Westösterreichische Netzbetreiber investieren 1,8 Mrd. Euro in Leitungen
Utl.: Ausbau bis 2032 geplant - Umweltgruppen kritisieren Trassen =
#M dateline=Innsbruck
#M published_date=2025-12-09
#I Innsbruck (APA) - Die beiden größten Stromnetzbetreiber im Westen Österreichs, die Tiroler Alpennetz AG und die Salzburger Tauern Netz GmbH, wollen bis 2032 gemeinsam rund 1,8 Mrd. Euro in den Ausbau ihrer Hoch- und Mittelspannungsleitungen investieren. Das gaben die Vorstände der beiden Unternehmen am Dienstag bei einer Pressekonferenz in Innsbruck bekannt.
#I Kernstück des Programms ist eine 110-Kilovolt-Verbindung zwischen dem Zillertal und dem Pinzgau, die den Transport von Strom aus neuen Photovoltaik- und Windanlagen erleichtern soll. Derzeit müssten Anlagen in Spitzenzeiten bereits gedrosselt werden, sagte Alpennetz-Vorstand Markus Haidegger.
#I Rund ein Drittel der Summe soll in die Digitalisierung der Umspannwerke fließen. Die Kosten würden über die Netztarife auf die Kundinnen und Kunden umgelegt, räumte Tauern-Netz-Geschäftsführerin Sabine Leitgeb ein. Für einen durchschnittlichen Haushalt rechne man mit Mehrkosten von rund 22 Euro pro Jahr.
#I Die Umweltorganisation Alpenschutz Tirol kritisierte die geplante Trassenführung durch zwei Natura-2000-Gebiete. Man werde im Genehmigungsverfahren Einwendungen erheben, hieß es in einer Aussendung.
(Schluss) hai/kre

APA0318    2025-12-09/11:04

APA0377 5 WI 0329 II                                  Di, 09.Dez 2025

Wirtschaft/Steiermark/Start-up/Finanzierung
#T Grazer Batterierecycler Recyclon holt 14 Mio. Euro von Investoren
Utl.: Finanzierungsrunde unter Führung eines Münchner Fonds - Werk in Kalsdorf geplant =
#M dateline=Graz
#M published_date=2025-12-09
#I Graz (APA) - Das Grazer Start-up Recyclon Technologies hat in einer Finanzierungsrunde 14 Mio. Euro eingesammelt. Angeführt wurde die Runde vom Münchner Wagniskapitalfonds Isar Circular Ventures, auch bestehende Investoren hätten sich beteiligt, teilte das Unternehmen am Dienstag mit.
#I Recyclon hat ein Verfahren entwickelt, mit dem Lithium, Nickel und Kobalt bei niedrigen Temperaturen aus Altbatterien zurückgewonnen werden. Mit dem frischen Geld will das 2021 gegründete Unternehmen bis Ende 2027 eine erste Anlage im Industriegebiet Kalsdorf bei Graz errichten, die jährlich rund 8.000 Tonnen Batteriematerial verarbeiten soll.
#I "Wir haben gezeigt, dass das Verfahren im Labor funktioniert. Jetzt geht es um den Beweis im industriellen Maßstab", sagte Mitgründerin und Geschäftsführerin Theresa Pichler-Kainz. Derzeit beschäftigt Recyclon 46 Mitarbeiterinnen und Mitarbeiter, bis 2028 sollen es rund 120 sein.
(Schluss) pic/ths

WEB   http://www.recyclon.at
APA0377    2025-12-09/11:29

SWI swissinfo.ch
Deutsch  Français  Italiano  Español  Português  日本語  العربية  中文  Русский
#D source=Keystone-SDA
#D source_aliases=["Keystone-SDA", "Keystone SDA", "SDA", "Keystone-ATS"]
Swiss News Agency
#T Snow cover on Swiss glaciers second-lowest since measurements began
#M published_date=2025-12-09
This content was published on December 9, 2025 - 13:47
2 minutes
Keystone-SDA
#C Measuring snow depth on the Plaine Morte glacier in canton Bern in late November.
#c Keystone / Lea Brunner
#P The snow cover on Swiss glaciers at the start of December was the second-smallest since systematic measurements began in 2000, the Alpine Snow and Ice Observatory said on Tuesday.

#P On average, the glaciers monitored by the observatory carried 38 centimetres of snow, compared with a long-term average of 71 centimetres for the same date. Only December 2016 recorded a lower figure.

#P The mild and dry autumn meant that snow which fell above 2,800 metres in October had largely melted again by mid-November, the observatory said in a statement. Glaciers in southern Valais and in Graubünden were particularly affected.

#P Glaciologist Andrea Zumtaugwald said a thin early snow cover made glaciers more vulnerable in the following summer, because bare ice reflects less sunlight than snow. "Winter is still long, but the starting point is poor," she told Keystone-SDA.

This news story was written and checked by an external newsroom. SWI swissinfo.ch selects news that matters to an international audience and publishes it with the help of automatic translation.
More: Climate change | Glaciers

Swiss News Agency
#T Geneva watchmaker Maison Verlaine to cut up to 120 jobs
#M published_date=2025-12-09
This content was published on December 9, 2025 - 16:05
1 minute
Keystone-SDA
#P Geneva-based watchmaker Maison Verlaine plans to cut up to 120 of its 860 jobs in Switzerland next year, citing weaker exports to Asia and the United States.
#C Workers assemble movements in a workshop in the Vallée de Joux (archive image). Keystone / Noé Perrin
#P The cuts will mainly affect the production sites in Plan-les-Ouates and Le Sentier, the family-owned company said on Tuesday. A consultation procedure with staff representatives has begun and is expected to last until the end of January.

#P Swiss watch exports fell by 4.8% in the first ten months of the year, according to industry figures. Chief executive Olivier Dufaux said the company had "held out as long as possible" but could no longer absorb the decline in orders.

#P The company's staff committee called the announcement "a heavy blow for the valley" and demanded a social plan with early retirement options for older workers.

This news story was written and checked by an external newsroom. SWI swissinfo.ch selects news that matters to an international audience and publishes it with the help of automatic translation.
""")


def wire_ctk_pap_mti():
    # A Central European digest: one line per paragraph, no blank line anywhere, stories between rule lines with
    # an "[AGENCY] date time" header; PAP with "(PAP)" sign-off line or "(PAP)" glued to the last paragraph, then
    # desk initials; MTI ledes with an en dash.
    return parse("""
#D kind=wire
#D published_date=2025-12-09
CE NEWSWIRE DIGEST - Tuesday, 9 December 2025
Compiled from the English services of CTK, PAP and MTI
========================================================
#D source=CTK
#D source_aliases=["CTK", "ČTK", "Czech News Agency", "Czech News Agency (CTK)", "Česká tisková kancelář"]
[CTK] 09.12.2025 09:52
#T Czech brewer Pivovary Zapad to build CZK 1.1 bn plant near Pilsen
#M dateline=Prague, Dec 9
#P Prague, Dec 9 (CTK) - Czech brewing group Pivovary Zapad will invest 1.1 billion crowns in a new bottling and logistics plant in Nyrany near Pilsen, its chief executive Ondrej Kratochvil told journalists on Tuesday.
#P Construction is to start in spring and the plant should begin operating in the second half of 2027, creating about 180 jobs, Kratochvil said.
#P The group, which owns five regional breweries in western Bohemia, sold 1.46 million hectolitres of beer last year, up 3 percent year-on-year. Exports account for about a fifth of its sales, mainly to Germany, Slovakia and Poland.
#P Nyrany Mayor Jitka Hruba said the town had been negotiating with the company for two years and would build a new access road to the site at its own expense.
--------------------------------------------------------
[CTK] 09.12.2025 12:18
#T Brno approves tram line to Bohunice university campus
#M dateline=Brno, Dec 9
#P Brno, Dec 9 (CTK) - Brno city councillors approved on Tuesday the construction of a 3.2-kilometre tram line to the Bohunice university campus, which is to cost 2.4 billion crowns including VAT.
#P The line should be completed in 2029. Most of the costs are to be covered from EU funds and the State Transport Infrastructure Fund, deputy mayor for transport Petr Zelinka said. The city will pay about 400 million crowns.
#P Opposition councillors criticised the timetable, saying that similar projects in Brno had been delayed by years by disputes over land purchases.
#P The campus is used by some 12,000 students and staff every day, and the buses serving it are overcrowded at peak times, according to the city transport company.
--------------------------------------------------------
#D source=PAP
#D source_aliases=["PAP", "Polish Press Agency", "Polska Agencja Prasowa"]
[PAP] 09.12.2025 10:31
#T Poland to spend PLN 3.6 bn on Oder flood defences
#M dateline=Warsaw, Dec 9
#P Warsaw, Dec 9 (PAP) - The Polish government adopted on Tuesday a programme worth PLN 3.6 billion to strengthen flood defences along the upper and middle Oder river by 2030, the infrastructure ministry said.
#P The programme includes the modernisation of 140 kilometres of embankments, two new dry polders in the Opole region and a warning system based on river-level sensors, deputy infrastructure minister Tomasz Wroblewicz told PAP.
#P Local authorities in Lower Silesia have been calling for additional investment since last year's floods, which damaged thousands of homes in the region.
#P Around 60 percent of the funds will come from the EU cohesion budget and the rest from the state budget and a loan from the Council of Europe Development Bank.
(PAP)
twr/ mml/
--------------------------------------------------------
[PAP] 09.12.2025 14:07
#T Gdansk port handles record container volumes in November
#M dateline=Gdansk, Dec 9
#P Gdansk, Dec 9 (PAP) - The container terminals in the port of Gdansk handled 241,000 TEU in November, the highest monthly figure in the port's history, the port authority said on Tuesday.
#P Volumes were up 11 percent year-on-year, driven mainly by transhipment cargo bound for the Baltic states and Finland, the authority said.
#P Since January the port has handled 2.48 million TEU, and the authority expects the full-year figure to exceed 2.7 million TEU for the first time. (PAP)
jk/ pad/
--------------------------------------------------------
#D source=MTI
#D source_aliases=["MTI", "Hungarian News Agency", "MTI (Hungarian News Agency)", "Magyar Távirati Iroda"]
[MTI] 09.12.2025 11:15
#T Debrecen battery parts maker to double capacity
#M dateline=Debrecen, December 9
#P Debrecen, December 9 (MTI) – Battery component maker Hajdu Cell Systems will invest 42 billion forints (EUR 108 million) to double the capacity of its plant in Debrecen, the company said on Tuesday.
#P The government will support the investment with a cash grant of 6.3 billion forints, the ministry responsible for investment promotion said in a statement. The expansion is expected to create 350 new jobs.
#P Managing director Gergely Sárközi said serial production of cathode foils would start in the new hall in the first quarter of 2027.
--------------------------------------------------------
[MTI] 09.12.2025 15:40
#T Foreign guest nights in Hungary up 7 pct in October
#M dateline=Budapest, December 9
#P Budapest, December 9 (MTI) – Foreign guests spent 1.74 million nights at Hungarian commercial accommodation in October, 7 percent more than a year earlier, according to data released on Tuesday.
#P Guests from Germany, Austria and the Czech Republic accounted for nearly a third of the total. Budapest received 61 percent of all foreign guest nights, while the Lake Balaton region saw a 12 percent increase after a mild autumn.
#P Revenue of accommodation providers rose by 9 percent to 96 billion forints.
========================================================
End of digest
""")


def wire_ukrinform_agerpres_hina():
    # Three agency sites pasted one after the other: Ukrinform pages ("Read also:" lines inside the text, photo
    # credit, byline with place after the body, citation notice), Agerpres English pages ("English date time"
    # above the headline, "/Agerpres/" lede, author/editor credit line), HINA English service items.
    return parse("""
#D kind=wire
#D published_date=2025-12-09
#D source=Ukrinform
#D source_aliases=["Ukrinform", "Ukrinform news agency", "Укрінформ"]
Ukrinform
Multimedia Platform of Ukraine's Foreign Broadcasting
Українською | English | Deutsch | Español | Français | Polski | 日本語
Economy
#T Ukraine's grain exports reach 17.6 million tonnes since start of season
09.12.2025 14:37
#C Photo: Ukrinform
#P Ukraine has exported 17.6 million tonnes of grain and pulses since the beginning of the 2025/2026 marketing year on July 1, which is 9% more than in the same period a year earlier.

#P This was reported by the press service of the Grain Exporters' Council of Ukraine, Ukrinform reports.

#P Wheat accounted for 9.1 million tonnes of the total, corn for 6.8 million tonnes and barley for 1.2 million tonnes. In the first nine days of December alone, exporters shipped 980,000 tonnes, most of it through the ports of Greater Odesa.

Read also: Ukraine and Poland agree on joint border checks for trucks

#P The council's head, Oleh Marchenko, said that shipping through the Black Sea corridor remained stable, although insurance costs were still around twice their pre-war level.

#P As Ukrinform reported, in the 2024/2025 marketing year Ukraine exported a total of 40.3 million tonnes of grain and pulses.

When quoting or using any materials on the Internet, a hyperlink to ukrinform.net no lower than the first paragraph is required.

Culture
#T Lviv chamber opera to tour seven EU cities in spring
09.12.2025 16:12
#M byline=Iryna Stasiuk
#C Photo: Harmonia chamber opera
#P The Lviv chamber opera company Harmonia will perform in seven cities of the European Union in March and April 2026 with a new production of Mykola Lysenko's opera "Natalka Poltavka".

#P The tour will open in Kraków on March 6 and continue to Vienna, Ljubljana, Zagreb, Bratislava, Brno and Wrocław, the company's director Taras Hnatyshyn told a Ukrinform correspondent.

Read also: Kyiv book arsenal to move spring fair online for foreign publishers

#P The production involves 34 singers and musicians. Part of the proceeds will go to a fund that supports musicians who have been wounded at the front, Hnatyshyn said.

#P The company previously toured Poland and the Baltic states in 2024.

Iryna Stasiuk, Lviv

When quoting or using any materials on the Internet, a hyperlink to ukrinform.net no lower than the first paragraph is required.

AGERPRES
Romanian National News Agency
#D source=AGERPRES
#D source_aliases=["AGERPRES", "Agerpres", "Romanian National News Agency AGERPRES"]
English 09-12-2025 12:41
#T Romania's installed wind capacity to exceed 4,500 MW by 2027, grid operator says
#M dateline=Bucharest, Dec 9
#C Photo: (c) Gabriel Petrescu / AGERPRES FOTO
#P Bucharest, Dec 9 /Agerpres/ - Romania's installed wind power capacity will exceed 4,500 MW by the end of 2027, up from about 3,100 MW today, as projects in Dobrogea and Moldova are connected to the grid, the national transmission system operator said on Tuesday.

#P According to the operator, connection contracts have been signed for 27 new wind farms, of which nine are already under construction. The largest, a 310 MW park near Tulcea, is due to start production in the autumn of 2026.

#P The operator said it would invest 1.9 billion lei by 2028 in new lines and substations in the south-east of the country to avoid congestion at times of strong wind.

AGERPRES (RO - author: Ioana Stancu, editor: Mihai Dumitrescu; EN - author: Cristina Popa, editor: Adrian Dinu)

English 09-12-2025 15:06
#T Romanian rower Elena Vasilache wins World Rowing Athlete of the Year vote
#P Romanian rower Elena Vasilache was voted World Rowing Female Athlete of the Year on Tuesday, after winning the single sculls title at the world championships in September.

#P Vasilache, 24, is the third Romanian woman to receive the award. In a message posted on social media, she thanked her coach, Sorin Bratu, and said the award "belongs to the whole team at Snagov".

#P The Romanian Rowing Federation said the athlete would begin preparations for the 2026 season at a training camp in Portugal in January.

AGERPRES (EN - author: Vlad Ionescu, editor: Adrian Dinu)

HINA - Croatian News Agency
ENGLISH NEWS SERVICE
#D source=HINA
#D source_aliases=["HINA", "Hina", "Croatian News Agency"]
09.12.2025 13:20
#T Croatian ports to get EUR 150 mn for shore power by 2028
#M dateline=ZAGREB, 9 December 2025
#P ZAGREB, 9 December 2025 (Hina) - Croatia's five largest ports will receive a total of EUR 150 million by 2028 to install shore power systems that allow cruise ships and ferries to switch off their engines while berthed, the Ministry of the Sea said on Tuesday.

#P The funds, mainly from the EU's Recovery and Resilience Facility, will go to the ports of Rijeka, Split, Zadar, Dubrovnik and Ploče. The first system is to be commissioned in Split in the summer of 2027.

#P Dubrovnik residents' associations have long complained about emissions from cruise ships anchored near the Old Town. The city will require large cruise ships to use shore power from 2029, the ministry said.

09.12.2025 17:45
#T Split airport passenger traffic tops 4 million for first time
#M dateline=SPLIT, 9 Dec
#P SPLIT, 9 Dec (Hina) - Split airport has handled more than four million passengers this year, the first time it has reached that figure, the airport's management said on Tuesday.

#P The four-millionth passenger, a student from Norway, was welcomed with a gift at the arrivals hall on Tuesday morning. By the end of the year the airport expects about 4.08 million passengers, 6% more than last year.

#P The airport plans to extend its terminal by 14,000 square metres by 2028 to cope with summer peaks, when it handles up to 60,000 passengers a day.
""")


def wire_oana_exchange():
    # The news-exchange page of the Organization of Asia-Pacific News Agencies: item date, title, "Source:"
    # line; Kazinform "ASTANA. KAZINFORM –" ledes (one with a bare byline line), AZERTAC datelines on a line of
    # their own directly above the first paragraph, Petra with "//Petra//" sign-off, TAP.
    return parse("""
#D kind=wire
#D published_date=2025-12-09
OANA
Organization of Asia-Pacific News Agencies
Home | About | Members | News Exchange | Photo Gallery | Contact
News Exchange

#D source=Kazinform
#D source_aliases=["Kazinform", "KAZINFORM", "Kazinform International News Agency", "Kazinform News Agency"]
09 Dec 2025
#T Kazakhstan to launch second agricultural monitoring satellite in 2027
Source: Kazinform
#M byline=Zhanna Omarova
#M dateline=ASTANA
Zhanna Omarova
#P ASTANA. KAZINFORM – Kazakhstan plans to launch a second Earth observation satellite dedicated to agricultural monitoring in the third quarter of 2027, the Ministry of Digital Development said on Tuesday.

#P The satellite, with a resolution of 1.5 metres, will be used to track crop conditions, the use of irrigated land and the state of pastures in the country's northern and eastern regions, the ministry said.

#P The first satellite of the series, launched in 2023, covers about 40 percent of the country's arable land. The new one is expected to close the gaps in coverage and shorten the revisit time to three days.

Read more | Share

09 Dec 2025
#T Almaty to add 120 electric buses to city fleet next year
Source: Kazinform
#M dateline=ALMATY
#P ALMATY. KAZINFORM – The Almaty city administration will buy 120 electric buses in 2026, bringing the total number of electric buses in the city to 420, the city's transport department said.

#P The new buses will serve eight routes in the Nauryzbay and Alatau districts, where the population has grown rapidly in recent years. Two new charging depots with a total of 96 charging points are under construction.

#P According to the department, electric buses now carry about a quarter of all public transport passengers in Almaty.

Read more | Share

#D source=AZERTAC
#D source_aliases=["AZERTAC", "AzerTAc", "Azerbaijan State News Agency", "AZERTAJ"]
09 Dec 2025
#T Azerbaijan and Kazakhstan sign agreement on Caspian ferry capacity
Source: AZERTAC
#M dateline=Baku, December 9
#P Baku, December 9, AZERTAC
#+ Azerbaijan and Kazakhstan have signed an agreement to increase the number of ferries operating between the ports of Alat and Aktau from six to ten by 2027.

#P The document was signed in Baku by the heads of the two countries' maritime transport companies. Under the agreement, the parties will jointly order four new ferries, each able to carry 56 rail wagons.

#P Cargo traffic between the two ports has grown by more than a third since 2023, mostly due to freight moving along the Middle Corridor between China and Europe.

Read more | Share

09 Dec 2025
#T Ganja hosts international carpet weaving festival
Source: AZERTAC
#M dateline=Ganja, December 9
#P Ganja, December 9, AZERTAC
#+ An international carpet weaving festival has opened in Ganja, bringing together weavers and designers from 14 countries.

#P The festival features an exhibition of some 300 carpets, master classes for young weavers and a conference on the restoration of historical textiles.

#P The event will run until December 13.

Read more | Share

#D source=Petra
#D source_aliases=["Petra", "PETRA", "Jordan News Agency", "Jordan News Agency (Petra)", "Jordan News Agency, Petra"]
09 Dec 2025
#T Jordan's phosphate exports up 11% in first ten months
Source: Petra
#M dateline=Amman, Dec. 9
#P Amman, Dec. 9 (Petra) -- Jordan's phosphate exports rose by 11 percent in the first ten months of the year to 8.9 million tonnes, an industry association said on Tuesday.

#P India remained the largest buyer, taking 46 percent of the total, followed by Indonesia and Malaysia, the association said in a statement.

#P The sector expects exports to reach 10.6 million tonnes for the whole year, supported by higher fertiliser demand in South and Southeast Asia.

//Petra// AF
09/12/2025 13:05

Read more | Share

#D source=TAP
#D source_aliases=["TAP", "Tunis Afrique Presse", "Agence Tunis Afrique Presse", "TAP news agency"]
09 Dec 2025
#T Tunisia olive oil harvest forecast at 340,000 tonnes
Source: TAP
#M dateline=Tunis, Dec. 9
#P Tunis, Dec. 9 (TAP) - Tunisia's olive oil production for the 2025/2026 season is forecast at 340,000 tonnes, up 25 percent on the previous season, the national olive oil board said on Tuesday.

#P Favourable rainfall in the spring and autumn has improved yields in the central regions of Sfax, Sidi Bouzid and Kairouan, the board said. Harvesting began in mid-November and is expected to continue until February.

#P Exports are expected to reach around 260,000 tonnes, mainly to the European Union.

Read more | Share
""")
