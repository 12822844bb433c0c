"""Wire dumps of corpus final7 (all text invented; real places as settings only)."""
from markup import parse


def wire_ips_teletype():
    return parse("""
#D kind=wire
#D source=IPS
#D source_aliases=["IPS", "Inter Press Service", "IPS News Agency", "IPS-Inter Press Service"]
#D published_date=2026-03-12
#D wrap=66
#D indent=4
ZCZC
ips0412 3 ENV 0614 /IPS/ 12-03-26 0412GMT
#T MEKONG FARMERS TURN BACK TO FLOATING RICE AS SALT CREEPS INLAND
By Talia Marrugo
#M byline=Talia Marrugo
#M dateline=CAN THO, Viet Nam, Mar 12 2026
#I CAN THO, Viet Nam, Mar 12 2026 (IPS) - When the brackish water reached the third canal behind her house in February, Duong Thi Hanh stopped planting the short-season rice her family had grown for twenty years and went looking for seeds of a variety her grandmother used to sow.
#I Floating rice, which grows with the flood and can stand in two metres of water, had all but vanished from the delta after dikes were raised in the 1990s. Now a cooperative of 46 households in Thoi Lai district is trying it again on 31 hectares, with help from a provincial seed bank.
#I "It yields less, but it does not need fertiliser and it does not die when the river changes its mind," Hanh told IPS, standing knee-deep in a field that will not be harvested until November.
#I Researchers at a local agricultural college estimate that salinity has pushed 18 kilometres further inland over the past decade. They say a mix of old varieties and freshwater storage ponds could protect incomes better than new sluice gates alone.
END/IPS/AP/ENV/TM/KR/2026
NNNN

ZCZC
ips0413 3 DEV 0588 /IPS/ 12-03-26 0431GMT
#T WOMEN-LED MICROGRIDS KEEP CLINICS RUNNING IN NORTHERN MALAWI
By Chikondi Banda
#M byline=Chikondi Banda
#M dateline=MZUZU, Malawi, Mar 12 2026
#I MZUZU, Malawi, Mar 12 2026 (IPS) - Eleven rural clinics in Mzimba district have gone a full rainy season without losing power, thanks to solar microgrids built and run by local women's groups that were trained as technicians two years ago.
#I Before the project, nurses delivered babies by the light of mobile phones and vaccines were often thrown away when the fridges warmed, said Grace Nyirenda, who coordinates the groups for a small non-profit based in Mzuzu.
#I The women collect a monthly fee of about 3,000 kwacha from shops and households connected to each grid, money that pays for spare batteries and for their own wages.
END/IPS/AF/DEV/CB/KR/2026
NNNN

ZCZC
ips0414 3 HEA 0702 /IPS/ 12-03-26 0455GMT
#T ANDEAN HEALTH POSTS TRADE PAPER RECORDS FOR RADIO LINKS
By Ruth Quispe Mamani
#M byline=Ruth Quispe Mamani
#M dateline=EL ALTO, Bolivia, Mar 12 2026
#I EL ALTO, Bolivia, Mar 12 2026 (IPS) - Health workers in 23 highland villages above 4,000 metres are sending patient records by shortwave data radio, a low-cost link that reaches places where mobile signals never arrive.
#I The system, assembled from second-hand transceivers and open-source software, sends a day's records in under four minutes, according to Marcelo Huanca, a technician with a regional health network.
#I Nurses say the biggest gain is speed: a referral that once travelled by bus for two days now reaches the district hospital before the patient does.
#I Funding for the pilot ends in December, and the network has asked the departmental government to take over the running costs, estimated at 60,000 bolivianos a year.
END/IPS/LA/HEA/RQM/KR/2026
NNNN

ZCZC
ips0415 3 POP 0536 /IPS/ 12-03-26 0520GMT
#T PACIFIC ATOLL SCHOOLS MOVE LESSONS TO HIGHER GROUND
By Iosefa Tauiliili
#M byline=Iosefa Tauiliili
#M dateline=FUNAFUTI, Tuvalu, Mar 12 2026
#I FUNAFUTI, Tuvalu, Mar 12 2026 (IPS) - Two primary schools on Funafuti have begun holding classes in a community hall built on a raised platform after king tides flooded their classrooms three times since January.
#I Teachers say attendance fell by a third during the floods, when parents kept children home rather than send them across waterlogged paths.
#I A parents' committee is raising money to lift one of the school buildings by a metre, a job a local builder has priced at 140,000 Australian dollars.
END/IPS/AP/POP/IT/KR/2026
NNNN

ZCZC
ips0416 3 ECO 0611 /IPS/ 12-03-26 0548GMT
#T SENEGAL FISH SMOKERS SWITCH TO IMPROVED OVENS AS WOOD PRICES DOUBLE
By Awa Ndiaye Sarr
#M byline=Awa Ndiaye Sarr
#M dateline=JOAL-FADIOUTH, Senegal, Mar 12 2026
#I JOAL-FADIOUTH, Senegal, Mar 12 2026 (IPS) - On the beach at Khelcom, where hundreds of women smoke sardinella for markets as far away as Bamako, the clay-and-steel ovens introduced last year are now in more demand than the fish.
#I The ovens burn roughly half as much wood as open racks, and the women who use them say their eyes no longer sting at the end of a day's work.
#I "Wood has doubled in price since the rains failed. Without these ovens many of us would have stopped," said Khady Diouf, who leads a group of 38 processors.
#I A local credit union lends the equivalent of 150 dollars per oven, repayable over ten months.
END/IPS/AF/ECO/ANS/KR/2026
NNNN
""")


def wire_levant_lines_nogap():
    # one line per paragraph, no blank line anywhere; stories separated only by sign-off lines
    return parse("""
#D kind=wire
#D published_date=2026-03-12
#D source=SANA
#D source_aliases=["SANA", "Syrian Arab News Agency"]
#T Latakia port receives first grain shipment of the season
#M dateline=Latakia
#P Latakia, SANA- The port of Latakia on Thursday received a cargo ship carrying 27,000 tons of wheat, the first grain shipment of the new season, the port's general directorate said.
#P Director of the port Samer Haddad said unloading would take about six days and that the grain would be moved to silos in Hama and Homs by rail.
#P He added that the port had handled 41 vessels since the start of the year, an increase of 15 percent over the same period of 2025.
R.J / H.Z
#T Restoration works resume at Bosra's Roman theatre
#M dateline=Daraa
#P Daraa, SANA- The Directorate of Antiquities and Museums resumed on Thursday restoration works on the northern gallery of the Roman theatre in Bosra, after a winter pause.
#P Head of the Bosra antiquities department Nabil Qassem said a team of 14 specialists would reinforce the stone vaults and restore two staircases damaged by rainwater.
#P The works are expected to be completed before the summer season.
M.S / F.A
#D source=SUNA
#D source_aliases=["SUNA", "Sudan News Agency"]
#T Gezira farmers begin wheat harvest ahead of schedule
#M dateline=Wad Madani, March 12
#P Wad Madani, March 12 (SUNA) - Farmers in the Gezira Scheme started on Thursday harvesting wheat in several blocks, about a week ahead of schedule, the scheme's administration announced.
#P The scheme's agricultural director, Eng. Osman Abdelrahim, said that 212,000 feddans had been cultivated with wheat this season and that early yields in the central blocks averaged 17 sacks per feddan.
#P He urged farmers to use the combine harvesters provided by the scheme to limit losses.
(END)
#D source=Tasnim
#D source_aliases=["Tasnim", "Tasnim News Agency", "Tasnim News"]
#T Iran's Non-Oil Exports to Neighbours Rise 9 Percent
#M dateline=TEHRAN
#P TEHRAN (Tasnim) – Iran's non-oil exports to its 15 neighbouring countries rose by 9 percent in the first eleven months of the Iranian calendar year, a customs official said on Thursday.
#P Ruhollah Latifi-Nejad said the exports reached 38.4 million tons, with Iraq, the United Arab Emirates and Turkey the largest buyers.
#P Petrochemicals, steel and agricultural products made up the bulk of the shipments, he added.
#P The official also said that imports from the neighbours fell by 4 percent in weight over the same period.
End Item
#T Isfahan Hosts International Handicrafts Exhibition
#M dateline=ISFAHAN
#P ISFAHAN (Tasnim) – The 12th International Handicrafts Exhibition opened in the central city of Isfahan on Thursday with the participation of artisans from 19 countries.
#P Some 410 booths display enamelware, inlaid work, carpets and hand-printed textiles at the four-day event, organisers said.
#P The exhibition also hosts workshops where visitors can watch master craftsmen at work.
End Item
#D source=Sputnik
#D source_aliases=["Sputnik", "Sputnik International", "Sputnik News"]
#T Russian Researchers Tag Beluga Whales in White Sea to Track Migration
#M dateline=MOSCOW, March 12
#P MOSCOW, March 12 (Sputnik) - Russian marine biologists have fitted satellite tags to seven beluga whales in the White Sea to study their winter migration routes, the research expedition's leader told Sputnik on Thursday.
#P "We want to understand where the animals spend the months when the sea is frozen, and how far they travel into the Barents Sea," Andrei Vorontsov said.
#P The tags are designed to fall off after about eight months, he added.
""")


def wire_bylines_email():
    return parse("""
#D kind=wire
#D published_date=2026-03-12
#D source=Bloomberg
#D source_aliases=["Bloomberg", "Bloomberg News", "Bloomberg L.P."]
#T Vietnam Shrimp Exporters Court Gulf Buyers as US Orders Slow
By Minh Chau Lam and Oliver Brandt
#M byline=Minh Chau Lam and Oliver Brandt
March 12, 2026 at 9:41 AM GMT+7

#P (Bloomberg) -- Vietnamese shrimp exporters are sending sales teams to Dubai and Riyadh after orders from US importers fell for a third straight month, according to an industry group.

#P Shipments to the Gulf Cooperation Council rose 22% in January and February from a year earlier, while US-bound cargoes dropped 11%, said Tran Van Loc, vice chairman of a Mekong Delta processors' association, in an interview.

#P "The Gulf customers pay less per kilo, but they pay on time and they order all year," Loc said.

#P Processors in Ca Mau and Soc Trang provinces are also adding halal-certified lines to qualify for supermarket chains in the region.

To contact the reporters on this story:
Minh Chau Lam in Ho Chi Minh City at mlam417@bloomberg.net;
Oliver Brandt in Dubai at obrandt9@bloomberg.net
To contact the editors responsible for this story:
Nadia Rahim at nrahim22@bloomberg.net

#T Philippine Peso Steadies as Remittance Inflows Beat Estimates
By Carla Dimaculangan
#M byline=Carla Dimaculangan
March 12, 2026 at 11:02 AM GMT+8

#P (Bloomberg) -- The Philippine peso held near its strongest level in two months after central bank data showed cash remittances from overseas workers grew faster than economists had forecast.

#P Remittances rose 4.6% in January to $3.1 billion, compared with the 3.2% median estimate in a Bloomberg survey of six economists.

#P Traders said importers' demand for dollars ahead of the quarter-end could limit further gains.

To contact the reporter on this story:
Carla Dimaculangan in Manila at cdimaculan3@bloomberg.net
To contact the editors responsible for this story:
Nadia Rahim at nrahim22@bloomberg.net
Alan Whitcombe

#D source=CMC
#D source_aliases=["CMC", "Caribbean Media Corporation", "CMC Caribbean Media Corporation"]
#T Barbados to pilot electric minibuses on south coast route
By Desmond Alleyne, CMC Correspondent
#M byline=Desmond Alleyne
#M dateline=BRIDGETOWN, Barbados, Mar 12
#P BRIDGETOWN, Barbados, Mar 12, CMC – Twelve privately owned minibuses on the route between Bridgetown and Oistins will be replaced by electric vehicles under a six-month pilot project that begins next month, Transport Minister Sharon Greaves-Holder said on Thursday.

#P She told reporters that the government would cover half the cost of each vehicle and install two fast chargers at the Fairchild Street terminal.

#P Operators have welcomed the plan but asked for guarantees on the price of electricity during the pilot.
CMC/da/ir/2026

#T Guyana opens bids for new Essequibo River ferry
#M byline=null
#M dateline=GEORGETOWN, Guyana, Mar 12
#P GEORGETOWN, Guyana, Mar 12, CMC – The Guyana government has invited bids for the construction of a 60-vehicle ferry to serve the Parika to Supenaam crossing on the Essequibo River.

#P Public Works Minister Rawle Kowlessar said the new vessel would cut the crossing time by about 20 minutes and replace a ferry that has been in service since 1998.

#P Bids close on April 30.
CMC/ir/2026

#D source=PACNEWS
#D source_aliases=["PACNEWS", "Pacific News Service", "PINA", "Pacific Islands News Association"]
#T Tonga fisheries officials seize undersized sea cucumbers at Nuku'alofa wharf
By Sela Havili (sela.havili@pina.com.fj)
#M byline=Sela Havili
#P NUKU'ALOFA, 12 MARCH 2026 (MOF/PACNEWS) --- Fisheries officers in Tonga have seized more than 400 kilograms of undersized sea cucumbers found in a container awaiting export at Queen Salote wharf.

#P The Ministry of Fisheries said the shipment was declared as dried fish and that the exporter now faces a fine of up to 250,000 pa'anga.

#P The sea cucumber season opened on March 1 under a strict quota and minimum size rules meant to let stocks recover.
#M dateline=NUKU'ALOFA, 12 MARCH 2026
....PACNEWS
""")


def wire_desk_queue():
    return parse("""
#D kind=wire
#D published_date=2026-03-12
DESK QUEUE :: INTL FOREIGN SERVICES :: Thu 12/03/2026
--------------------------------------------------------------
=== 12/03/2026 09:14 | AGI | ECONOMY ===
#D source=AGI
#D source_aliases=["AGI", "Agenzia Italia", "Agenzia Giornalistica Italia"]
#T Italy: Puglia olive oil output recovers after two lean years
#M dateline=Rome, March 12
#P Rome, March 12 (AGI) - Olive oil production in Puglia rose by 38 percent in the 2025-2026 season to about 190,000 tonnes, according to figures released on Thursday by a regional producers' consortium.
#P The consortium said the recovery followed two seasons hit by drought and by the spread of the Xylella bacterium in the south of the region.
#P Prices at the mill fell by roughly a fifth compared with last year, it added.
(AGI)Red/Pgi
121014 MAR 26
--------------------------------------------------------------
=== 12/03/2026 09:40 | ADNKRONOS | CULTURE ===
#D source=Adnkronos
#D source_aliases=["Adnkronos", "AKI", "Adnkronos International"]
#T Venice: Glassmakers open Murano furnaces to visitors at night
#M dateline=Venice, March 12
#P Venice, March 12 (AKI) - A group of nine glassmaking workshops on Murano will open their furnaces to visitors on Friday and Saturday evenings from April, a local artisans' association announced.
#P The initiative aims to bring tourists to the island after the day-trippers have left and to show the work of younger masters, the association's president Giulia Barovier-Sala said.
rn/ab
--------------------------------------------------------------
=== 12/03/2026 10:02 | FENA | REGION ===
#D source=FENA
#D source_aliases=["FENA", "Federalna novinska agencija", "Federal News Agency"]
#T Mostar airport records busiest February on record
#M dateline=SARAJEVO, March 12
#P SARAJEVO, March 12 (FENA) - Mostar International Airport handled 14,600 passengers in February, the highest number for that month since it opened to civilian traffic, the airport management said on Thursday.
#P Growth was driven by new routes to Istanbul and Vienna, the management said in a statement.
#P A new terminal extension is due to open in June.
(END)
--------------------------------------------------------------
=== 12/03/2026 10:26 | MIA | POLITICS ===
#D source=MIA
#D source_aliases=["MIA", "Macedonian Information Agency", "MIA.mk"]
#T Skopje and Tirana sign agreement on joint border crossing at Kjafasan
#M dateline=Skopje, 12 March 2026
#P Skopje, 12 March 2026 (MIA) - North Macedonia and Albania signed an agreement on Thursday to run a single joint checkpoint at the Kjafasan - Qafë Thanë border crossing, the government in Skopje said.
#P Under the deal, passengers and goods will be checked once by officers of both countries working in the same building, which should cut waiting times in summer, Interior Minister Vesna Trajkovska said.
MIA
--------------------------------------------------------------
=== 12/03/2026 11:05 | TÉLAM | SOCIETY ===
#D source=Télam
#D source_aliases=["Télam", "Telam", "Agencia Télam"]
#T Argentine scientists map glacier retreat in Santa Cruz
#M dateline=BUENOS AIRES
#P BUENOS AIRES — Argentine glaciologists said on Thursday that three glaciers in the Southern Patagonian Ice Field lost an average of 41 metres of length last year, the fastest retreat since their survey began in 2008.
#P The team, based at a research institute in Mendoza, used drone flights and satellite images to measure the ice fronts, its coordinator Mariela Sosa Gauna said.
#P The findings will be presented at a regional conference in El Calafate next month.
(Reporting by Julián Ferreyra; Editing by Paula Ocampo)
#M byline=Julián Ferreyra
--------------------------------------------------------------
=== 12/03/2026 11:48 | NOTIMEX | ECONOMY ===
#D source=Notimex
#D source_aliases=["Notimex", "NTX", "Agencia de Noticias del Estado Mexicano"]
#T Mexico's Bajío region draws new auto parts plants
#M dateline=MEXICO CITY
#P MEXICO CITY: Four auto parts makers announced on Thursday investments totalling 610 million dollars in the states of Guanajuato and Querétaro, the Economy Ministry said.
#P The plants will make wiring harnesses, brake components and battery housings and should create some 3,200 jobs by the end of 2027, the ministry said in a statement.
Enditem
--------------------------------------------------------------
END OF QUEUE
""")


def wire_feed_digest():
    return parse("""
#D kind=wire
NEWS READER EXPORT - folder "Agencies / Africa-Asia" - 5 items - exported 2026-03-12 18:00
________________________________________

[1/5]
#D source=NHK World
#D source_aliases=["NHK World", "NHK WORLD-JAPAN", "NHK", "NHK World Japan"]
#D published_date=2026-03-12
#T Japan's rail operators test hydrogen trains on rural Tohoku line
Source: NHK WORLD-JAPAN | Published: Thu, 12 Mar 2026 04:15:00 GMT

#P A hydrogen-powered train has begun test runs on a rural railway line in northeastern Japan, as operators look for ways to replace diesel cars on lines that are not electrified.

#P The two-car train ran between stations in Miyagi Prefecture on Thursday morning, reaching speeds of 100 kilometers per hour.

#P The operator says it hopes to put the train into commercial service in fiscal 2030 if the tests go well.

________________________________________

[2/5]
#D source=KNA
#D source_aliases=["KNA", "Kenya News Agency"]
#T Kericho tea farmers to receive new clonal seedlings
Source: Kenya News Agency | Published: Thu, 12 Mar 2026 07:30:00 GMT
By Wilfred Kiprono
#M byline=Wilfred Kiprono

#P Over 8,000 small-scale tea farmers in Kericho County will receive drought-tolerant clonal seedlings under a programme launched by the county government on Thursday.

#P County Executive for Agriculture Ms. Beatrice Chepkoech said that each farmer would get up to 500 seedlings at no cost, to replace old bushes that yield poorly during dry spells.

#P She said the programme would cost Sh46 million and run for three years.

________________________________________

[3/5]
#T Garissa residents benefit from free eye camp
Source: Kenya News Agency | Published: Thu, 12 Mar 2026 09:05:00 GMT
By Abdikadir Hussein
#M byline=Abdikadir Hussein

#P More than 600 residents of Garissa town have received free eye examinations and 140 cataract surgeries during a week-long medical camp at the county referral hospital.

#P The camp was organised by the county health department with a team of ophthalmologists from Nairobi, said hospital superintendent Dr. Halima Abdi.

________________________________________

[4/5]
#D source=ZNA
#D source_aliases=["ZNA", "Zambia News Agency", "ZANIS"]
#T Chipata traders welcome new cross-border market
Source: ZNA | Published: Thu, 12 Mar 2026 10:40:00 GMT
#M dateline=CHIPATA, March 12

#P CHIPATA, March 12 (ZNA) - Traders in Chipata have welcomed the completion of a cross-border market at Mwami, which will allow Zambian and Malawian traders to sell goods under one roof.

#P Eastern Province Minister Mr. Peter Mwanza said the 112-stall market would reduce smuggling and improve revenue collection at the border.

#P And market chairperson Ms. Loveness Phiri said traders hoped the facility would open before the harvest season.

________________________________________

[5/5]
#D source=AKP
#D source_aliases=["AKP", "Agence Kampuchea Presse"]
#T Siem Reap Welcomes Direct Flights from Da Nang
Source: AKP | Published: Thu, 12 Mar 2026 11:20:00 GMT
#M dateline=Phnom Penh, March 12

#P Phnom Penh, March 12 (AKP) – A new direct air route linking Siem Reap with Da Nang in central Viet Nam was launched on Thursday with four return flights a week.

#P According to the State Secretariat of Civil Aviation, the first flight carried 172 passengers, most of them tourists heading to the Angkor temples.

#P The route is expected to strengthen tourism links between the two heritage destinations, the official said.
By Sokha Pich
#M byline=Sokha Pich

________________________________________
End of export.
""")
