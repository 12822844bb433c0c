"""Wire dumps (invented stories; people, firms and figures are fictional)."""
from markup import parse


def wire_aap_roundup():
    """AAP national round-up, teletype copy: slug lines with the place in brackets, names in capitals, paragraphs
    hard-wrapped at 88 columns and separated by a blank line, items separated by three blank lines."""
    return parse("""
#D kind=wire
#D source=AAP
#D source_aliases=["AAP", "Australian Associated Press", "AAP General News (Australia)", "AAP General News"]
#D published_date=2025-11-18
AAP General News (Australia)
11-18-2025
AAP National News Wire Round-Up for Midday, November 18
Midday Round-Up: HIGHLIGHTS OF THE AAP RTV FILE AT 1130



#T Ferry Contract (HOBART)
#M dateline=HOBART

#W Tasmania's state-owned shipping operator has signed a $412 million contract with a Queensland shipbuilder for two replacement Bass Strait passenger ferries.

#W Infrastructure Minister CALLUM DEVERAUX says the first vessel will be handed over at Devonport in late 2028, with the second to follow about six months later.

#W The deal with Maryborough-based Tallis Marine comes eight months after the government walked away from an earlier agreement with a European yard over cost blowouts.

#W Opposition transport spokeswoman JUNE PRITCHARD says Tasmanians have heard ferry promises before and will believe this one when the ships are tied up at the wharf.



#T Heat Alert (ADELAIDE)
#M dateline=ADELAIDE

#W South Australians are being told to prepare for four consecutive days above 38 degrees, with the first extreme heat warning of the season issued for Adelaide and the Riverland.

#W SES chief officer BRENDA KOWALCZYK says residents should check on elderly neighbours and avoid outdoor work between 11am and 5pm.

#W The Bureau of Meteorology expects a cool change to reach the city late on Saturday, bringing gusty winds that could fan grass fires in the Mid North.



#T Koala Count (BRISBANE)
#M dateline=BRISBANE

#W A drone survey using heat-sensing cameras has counted almost 1,900 koalas in bushland south of Brisbane, more than double the number estimated by ground teams five years ago.

#W University researcher Dr PRIYA NANDAKUMAR says the jump mostly reflects better counting methods rather than a genuine population boom.

#W She says the figures will help councils decide which corridors of remnant forest to protect from housing development along the Logan River.



#T Rate Outlook (SYDNEY)
#M dateline=SYDNEY

#W Economists are divided on whether the Reserve Bank will cut the cash rate again before Christmas after new figures showed wages growth slowed to 3.1 per cent.

#W Harbourline Bank chief economist OLIVER STRATHDEE says the soft wages result gives the board room to move at its December meeting.

#W But Mr STRATHDEE's counterpart at Fairwater Securities, NADIA ROUSSOS, says sticky services inflation means the board is more likely to wait until February.

#W Financial markets are pricing in roughly a 40 per cent chance of a December cut.



#T Mine Rescue (KALGOORLIE)
#M dateline=KALGOORLIE

#W Two workers trapped for nine hours by a rock fall in an underground gold mine near Kalgoorlie have been brought to the surface unharmed.

#W Redgum Resources says the men sheltered in a refuge chamber about 600 metres below ground while rescue crews cleared the access drive.

#W The state's mines safety regulator has sent inspectors to the site and production has been suspended while the cause of the fall is investigated.



#T Tram Strike (MELBOURNE)
#M dateline=MELBOURNE

#W Melbourne commuters face a four-hour tram stoppage on Friday morning after talks between the operator and the drivers' union broke down overnight.

#W Union secretary DES O'HALLORAN says drivers want rostering changes to deal with what he calls exhausting split shifts.

#W The operator says it will run a reduced timetable on five routes and has urged passengers to allow extra time or use trains where possible.



KEYWORD: NATIONAL ROUNDUP MIDDAY
""")


def wire_cp_pa():
    """A regional site's national-news wire feed: Canadian Press (byline, "The Canadian Press", Posted / Last
    Updated lines, "ESTEVAN, Sask. — " dateline, THE CANADIAN PRESS/... caption, "This report by The Canadian Press
    was first published ..." closing line) and PA Media (byline "By X, PA Scotland", no dateline, "(Name/PA)"
    captions between paragraphs)."""
    return parse("""
#D kind=wire
#D source=The Canadian Press
#D source_aliases=["The Canadian Press", "Canadian Press", "CP"]
National News
Wire stories from our news partners

#T Potash town braces for fallout as rail dispute drags into second week
#M byline=Marlowe Tessier
#M dateline=ESTEVAN, Sask.
#M published_date=2025-11-18
By Marlowe Tessier
The Canadian Press
Posted Nov 18, 2025 3:47 pm EST
Last Updated Nov 18, 2025 at 5:02 pm EST

#P ESTEVAN, Sask. — Business owners in this southeastern Saskatchewan city say a rail labour dispute that has idled two potash loading terminals is starting to show up in empty restaurant tables and cancelled hotel bookings.

#P About 340 terminal workers have been off the job since Nov. 10, when talks between their union and the terminal operator, Prairie Bulk Handling, broke off over scheduling and pension contributions.

#P "Every truck driver and contractor who isn't coming through town is a meal we don't sell," said Lorraine Fehr, who runs a diner on the city's main strip.

#P Prairie Bulk Handling said in a statement it remains committed to reaching a fair agreement and has asked a federal mediator to reconvene talks this week.

#P The union said its members are prepared to return to the table "as soon as the company drops its demand for 12-hour rotating shifts."

#P This report by The Canadian Press was first published Nov. 18, 2025.

Share this story
Advertisement

#T Lobster season opens late in southwest Nova Scotia after storm damages wharves
#M byline=Keira Doucette
#M dateline=HALIFAX
#M published_date=2025-11-18
By Keira Doucette
The Canadian Press
Posted Nov 18, 2025 1:12 pm EST

#P HALIFAX — The start of the lucrative fall lobster season in southwest Nova Scotia has been pushed back by a week after a storm surge damaged wharves in at least six harbours.

#C A fishing crew loads traps onto a boat in Meteghan, N.S., on Monday, Nov. 17, 2025. THE CANADIAN PRESS/Owen Marchetti

#P The federal Fisheries Department said Tuesday the season in Lobster Fishing Area 34 will now open on Dec. 1, provided repair crews can make loading ramps safe in time.

#P Harbour authority manager Gilles Comeau said some fishers had already baited and stacked hundreds of traps and will have to unload them again.

#P "It's frustrating, but nobody wants to see a boat go out with gear piled on a wharf that could give way," Comeau said in an interview.

#P This report by The Canadian Press was first published Nov. 18, 2025.

Share this story
Advertisement

#D source=PA Media
#D source_aliases=["PA Media", "PA", "Press Association", "PA Wire"]
UK News

#T Lighthouse keepers' cottages on remote island to become community hostel
#M byline=Eleanor Hatherley
#M published_date=2025-11-18
By Eleanor Hatherley, PA Scotland
Published: 18 November 2025, 11:26 am

#P Three former lighthouse keepers' cottages on a remote Orkney island are to be turned into a community-run hostel after residents raised £640,000 to buy them.

#P The Skerrinish Point Trust said the cottages, empty since the light was automated, will offer 22 beds to walkers, birdwatchers and visiting researchers from next summer.

#C The cottages at Skerrinish Point have stood empty for more than a decade (Callum Rennie/PA)

#P Trust chairwoman Morag Linklater said: "This is about keeping the island alive, giving young people a reason to stay and visitors a reason to come."

#P The purchase was supported by a grant from the Scottish Land Fund and by more than 1,100 individual donations.

#T Rail operator fined £2.1 million after signal fault left trains running unchecked
#M byline=Tom Ashworth
#M published_date=2025-11-18
By Tom Ashworth, PA Transport Correspondent
Published: 18 November 2025, 2:05 pm

#P A rail operator has been fined £2.1 million after a wiring fault allowed trains to pass through a junction without proper signal protection for almost three weeks.

#P Northvale Rail Infrastructure Ltd admitted breaching health and safety law at Leeds Crown Court in connection with the fault near Castleford in March last year.

#C A train passes the junction near Castleford where the fault was found (Danny Holroyd/PA)

#P Judge Fiona Askew said it was "through good fortune rather than good management" that nobody was hurt.

#P The company said it had "fully reviewed" its testing procedures and apologised to passengers and staff.

Most read
""")


def wire_app_bss():
    """APP web listing (app.com.pk: "Home Blog Page N", a comment count "0" under each headline, "LAHORE, Nov 18
    (APP):The ..." with no space after the colon, a coded photo caption "APP21-181125 MULTAN: November 18 - ...")
    followed by BSS feed copy ("RANGPUR, Nov 18, 2025 (BSS) - ", desk code sign-off lines)."""
    return parse("""
#D kind=wire
#D source=APP
#D source_aliases=["APP", "Associated Press of Pakistan"]
Home Blog Page 4

#T Punjab launches drip irrigation subsidy for 12,000 small farmers
#M dateline=MULTAN, Nov 18
0
#C APP21-181125 MULTAN: November 18 - A farmer inspects drip irrigation pipes laid in a cotton field on the outskirts of the city.
#P MULTAN, Nov 18 (APP):The Punjab Agriculture Department on Tuesday launched a subsidy scheme under which 12,000 farmers owning up to 12.5 acres will receive drip and sprinkler irrigation kits at a quarter of their market price.
#P Provincial Agriculture Secretary Tahir Mehmood Bhatti, speaking at the launch ceremony, said the scheme would help growers of cotton, chillies and vegetables cut water use by up to 40 percent.
#P He said applications would be accepted online and through district agriculture offices until December 31, and kits would be allotted through computerised balloting.
#P Farmers at the ceremony welcomed the initiative but urged the department to ensure timely installation before the next sowing season.

#T Gwadar fish harbour gets 500-tonne cold storage facility
#M dateline=GWADAR, Nov 18
0
#P GWADAR, Nov 18 (APP): A cold storage facility with a capacity of 500 tonnes was inaugurated at the Gwadar fish harbour on Tuesday, enabling local fishermen to preserve their catch and fetch better prices.
#P Director General Gwadar Development Authority Naveed Akhtar Baloch said the facility had been built at a cost of Rs 380 million and would be run by a cooperative of fishermen.
#P He said around 3,000 fishermen families would benefit directly, as they had so far been forced to sell their catch to middlemen at throwaway rates.

#T Senate body seeks report on delay in Karachi-Hyderabad motorway interchange
#M dateline=ISLAMABAD, Nov 18
0
#P ISLAMABAD, Nov 18 (APP):The Senate Standing Committee on Communications on Tuesday sought a detailed report from the National Highway Authority on the delay in completion of the Nooriabad interchange on the Karachi-Hyderabad motorway.
#P The committee, which met with Senator Farhana Qazi in the chair, was told that the project had been held up by land acquisition disputes and a revision of its design.
#P The chairperson directed the authority to submit a revised timeline within two weeks and to fix responsibility for the delay.

BSS English Service

#D source=BSS
#D source_aliases=["BSS", "Bangladesh Sangbad Sangstha"]
#T Rangpur farmers expect bumper Aman harvest despite late floods
#M dateline=RANGPUR, Nov 18, 2025
#M published_date=2025-11-18
#P RANGPUR, Nov 18, 2025 (BSS) – Farmers in Rangpur agriculture region are expecting a bumper harvest of Aman paddy this season as the crop has largely recovered from the late floods of September.
#P Officials of the Department of Agricultural Extension said Aman had been cultivated on 6.14 lakh hectares of land in the region's five districts, exceeding the target by nearly 8,000 hectares.
#P "Harvesting has started in early-planted fields and the yield so far is around 3.2 tonnes of rice per hectare," Additional Director Md Shafiqul Alam Sarkar told BSS.
#P Farmers, however, said they are worried about the falling price of paddy in local markets at the start of the harvest.
BSS/GMR/RI/1542

#T Chattogram port introduces e-gate system for container trucks
#M dateline=CHATTOGRAM, Nov 18, 2025
#M published_date=2025-11-18
#P CHATTOGRAM, Nov 18, 2025 (BSS) - Chattogram Port Authority today introduced an electronic gate system at two terminals to cut the waiting time of container-laden trucks.
#P Under the system, trucks will be cleared by scanning a QR-coded gate pass instead of manual checking of papers, the authority's secretary Md Omar Faruk Chowdhury said.
#P He said the system would be extended to all gates of the port by March next year.
BSS/AR/MSY/1610
""")


def wire_gulf_agencies():
    """Gulf and Middle East agency copy as a monitoring service relays it: Title Case headlines, one line per
    paragraph, no blank lines at all, stories separated only by a sign-off line (WAM editors' line, "MENA", an IRNA
    code line) or by nothing at all (QNA)."""
    return parse("""
#D kind=wire
#D source=WAM
#D source_aliases=["WAM", "Emirates News Agency", "Emirates News Agency (WAM)"]
#T UAE, Chile Sign Agreement on Desalination Research
#M dateline=ABU DHABI, 18th November, 2025
#M published_date=2025-11-18
#P ABU DHABI, 18th November, 2025 (WAM) -- The UAE and Chile on Tuesday signed a memorandum of understanding to cooperate on research into low-energy desalination and the reuse of brine from coastal plants.
#P The agreement was signed in Abu Dhabi by Dr. Hamda Saeed Al Ketbi, Director of the Water Research Programme at the Ministry of Energy and Infrastructure, and Ignacio Larraín Vidal, Chile's Under-Secretary for Public Works.
#P Under the agreement, the two sides will exchange researchers, run joint pilot projects at two plants in the Atacama region and share data on membrane performance.
#P Al Ketbi said the cooperation reflects the UAE's commitment to sharing its experience in water security with partners facing similar climate challenges.
WAM/Rasha Nabil/Hazem Hussein
#D source=QNA
#D source_aliases=["QNA", "Qatar News Agency"]
#T Qatar Launches National Register for Traditional Dhow Builders
#M dateline=Doha, November 18
#P Doha, November 18 (QNA) - The Ministry of Culture launched on Tuesday a national register of traditional dhow builders and craftsmen, as part of its efforts to document and preserve the country's maritime heritage.
#P Director of the Heritage Department Khalid Jassim Al Sulaiti said that the register currently includes 46 craftsmen, the oldest of whom is 81 years old, and will be updated annually.
#P He added that registered craftsmen will be invited to train young Qataris in workshops to be held at the Katara dhow yard starting next January.
#D source=MENA
#D source_aliases=["MENA", "Middle East News Agency"]
#T Egypt to Extend Metro Line 3 Night Service to Weekends
#M dateline=CAIRO, Nov 18
#P CAIRO, Nov 18 (MENA) - The National Authority for Tunnels will extend the late-night trial service of Cairo Metro Line 3 to Thursdays and Fridays starting next week, the authority said on Tuesday.
#P Trains will run until 1:30 a.m. on the two days at 12-minute intervals, the authority's spokesman Hesham Abdel Ghaffar said in a statement.
#P He said the trial, launched in September on weekdays, had attracted about 38,000 passengers a night.
MENA
#D source=IRNA
#D source_aliases=["IRNA", "Islamic Republic News Agency"]
#T Iran, Armenia Agree to Double Truck Transit Quota
#M dateline=Tehran
#P Tehran, IRNA -- Iran and Armenia agreed on Tuesday to double the annual quota of transit permits for each other's freight trucks to 40,000, an official with Iran's Road Maintenance and Transportation Organization said.
#P Director General for International Transit Affairs Mehrdad Kazemi-Nia told IRNA that the agreement was reached at a meeting of the two countries' joint transport committee in Tehran.
#P He said the two sides also agreed to keep the Norduz-Agarak border crossing open around the clock during the winter months.
**3453**1424
""")


def wire_cna_montsame_bta():
    """Web copy of three national agencies: Focus Taiwan (app banner, section, "11/18/2025 04:37 PM", text-to-speech
    notice, "CNA file photo" caption printed twice, "Taipei, Nov. 18 (CNA) " lede, "(By ...)" line and "Enditem/ls"
    after the body), Montsame ("Ulaanbaatar /MONTSAME/ " and "Ulaanbaatar, November 18 (MONTSAME) " ledes, "Author:"
    line) and BTA ("Varna, November 18 (BTA) - " and place-less "November 18 (BTA) - " ledes, "/DT/" initials)."""
    return parse("""
#D kind=wire
#D source=CNA
#D source_aliases=["CNA", "Central News Agency", "Focus Taiwan", "Focus Taiwan (CNA)"]
Focus Taiwan App
Download
Society
#T Tainan rice farmers turn to drone seeding as labor shortage bites
#M byline=Lin Chia-hui and Evelyn Shih
#M dateline=Tainan, Nov. 18
#M published_date=2025-11-18
11/18/2025 04:37 PM
To activate the text-to-speech service, please first agree to the privacy policy below.
#C CNA file photo
CNA file photo
#P Tainan, Nov. 18 (CNA) More than a third of rice paddies in Tainan's Houbi District were seeded by drone this autumn, as farmers struggle to find workers for transplanting, the local farmers' association said Tuesday.
#P According to association director Huang Shu-fen (黃淑芬), 412 hectares were sown by drones in the second crop of 2025, up from fewer than 90 hectares two years ago.
#P Huang said a drone can seed one hectare in about 15 minutes, compared with a full day for a team of four workers using transplanting machines.
#P The Agriculture and Food Agency said it would extend a subsidy covering 30 percent of the cost of drone seeding services to all rice-growing townships next year.
(By Lin Chia-hui and Evelyn Shih)
Enditem/ls
Business
#T Taiwan's October export orders rise 9.4% on AI server demand
#M byline=Pan Tzu-yu and Frances Kuo
#M dateline=Taipei, Nov. 18
#M published_date=2025-11-18
11/18/2025 05:12 PM
To activate the text-to-speech service, please first agree to the privacy policy below.
#P Taipei, Nov. 18 (CNA) Taiwan's export orders rose 9.4 percent year-on-year in October to US$61.3 billion, driven by strong demand for servers and other equipment used in artificial intelligence, the Ministry of Economic Affairs (MOEA) said Tuesday.
#P Orders for information and communications products jumped 31.7 percent from a year earlier, offsetting declines in orders for plastics, base metals and machinery, the ministry said.
#P Department of Statistics Director Tsai Mei-ling (蔡美玲) said the ministry expects November orders to reach between US$60 billion and US$62.5 billion.
(By Pan Tzu-yu and Frances Kuo)
Enditem/ls
#D source=MONTSAME
#D source_aliases=["MONTSAME", "Montsame", "MONTSAME News Agency", "Montsame News Agency"]
MONTSAME
Economy
#T Khovd Province Opens Second Cashmere Sorting Hub
#M byline=B.Tsolmon
#M dateline=Ulaanbaatar
#M published_date=2025-11-18
Nov 18, 2025 |
Author: B.Tsolmon
#P Ulaanbaatar /MONTSAME/ A second cashmere sorting and washing hub was put into operation in Khovd Province on November 17, allowing herders in the western region to sell graded fibre directly to processors.
#P The hub, built by the Khovd Herders' Cooperative Union with a soft loan of MNT 4.2 billion, can process up to 600 tonnes of raw cashmere a year, said the union's head D.Gantulga.
#P Herders who sell through the hub receive on average 15 percent more per kilogram than from traders, according to the union.
Society
#T Ulaanbaatar to Add 120 Electric Buses Before Winter Peak
#M byline=O.Nomin
#M dateline=Ulaanbaatar, November 18
#M published_date=2025-11-18
Nov 18, 2025 |
Author: O.Nomin
#P Ulaanbaatar, November 18 (MONTSAME) The Capital City Public Transport Department will put 120 new electric buses into service on eight routes by December 15, the department announced on Tuesday.
#P The buses, purchased with a loan from the Asian Development Bank, will replace diesel vehicles that are more than 15 years old, head of the department S.Batbayar said.
#P He noted that charging stations have been installed at three depots and that drivers have completed a two-week training course.
#D source=BTA
#D source_aliases=["BTA", "Bulgarian News Agency"]
Bulgarian News Agency
#T Varna Port Handles Record Grain Volume in October
#M dateline=Varna, November 18
#P Varna, November 18 (BTA) - Port Varna handled a record 1.46 million tonnes of grain in October, up 22 per cent on the same month last year, the port's management said on Tuesday.
#P Executive Director Stoyan Dzhambazov told BTA that wheat and sunflower seed accounted for most of the volume, with the main destinations being Egypt, Spain and Italy.
#P He said the new conveyor line at the West terminal, commissioned in the summer, had cut loading times for Panamax vessels by almost a day.
/DT/
#T Parliament Committee Backs Bill on Mountain Rescue Service Funding
#M dateline=null
#P November 18 (BTA) - Parliament's Interior Security and Public Order Committee on Tuesday approved at first reading amendments that will guarantee annual state funding for the Mountain Rescue Service of the Bulgarian Red Cross.
#P Under the bill, the service will receive no less than 0.3 per cent of the Interior Ministry's annual budget, committee chair Kalina Petrova said.
#P Rescuers have been relying on donations and municipal grants to buy equipment, the committee heard.
/RY/
""")
