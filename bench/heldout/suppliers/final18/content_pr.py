"""Press-release dumps of corpus final18 (all text invented; issuers' sites use .example domains)."""
from markup import parse


def pr_nz_fiji_government():
    return parse(r"""
=== Saved page 1 of 3 | https://www.beehive.govt.nz/release/new-predator-free-funding-chatham-islands | 05/12/2026 11:04 ===
Skip to main content
Beehive.govt.nz
The official website of the New Zealand Government
Releases  Speeches  Features  Ministers  Portfolios  Search
Release
#D kind=press_release
#D published_date=2026-12-05
#D source=Beehive.govt.nz
#D source_aliases=["Beehive.govt.nz", "Beehive", "New Zealand Government"]
#T New predator-free funding for the Chatham Islands
#M source_aliases+=Department of Conservation
Hon Aroha Tane
Minister of Conservation
5 December 2026
#P The Government is investing $14.2 million over four years to remove rats and feral cats from Pitt Island and the southern part of Chatham Island, Conservation Minister Aroha Tane announced today.
#P "The Chathams are home to birds found nowhere else on Earth, including the Chatham Island tāiko and the black robin. Removing predators from these islands is one of the best returns on conservation spending we can make," Aroha Tane said.
#P The funding will be delivered through the Department of Conservation in partnership with Hokotehi Moriori Trust, Ngāti Mutunga o Wharekauri Iwi Trust and local landowners, who have been trapping on private land since 2019.
#P Work will begin in the autumn of 2027 with a bait-station network across 6,000 hectares, followed by detection dogs and monitoring cameras.
#P Notes to editors:
#+ The Chatham Islands are about 800 km east of the South Island. Pitt Island has a permanent population of about 40 people.
Portfolio
Conservation

=== Saved page 2 of 3 | https://www.beehive.govt.nz/release/apprenticeship-boost-extended | 05/12/2026 11:06 ===
Skip to main content
Beehive.govt.nz
The official website of the New Zealand Government
Releases  Speeches  Features  Ministers  Portfolios  Search
Release
#T Apprenticeship support extended for building and construction trades
#M source_aliases+=Ministry of Social Development
Hon Mark Pilcher
Minister for Tertiary Education and Skills
5 December 2026
#P Employers who take on first- and second-year apprentices in building and construction trades will continue to receive a wage subsidy of $500 a month until the end of 2027, Tertiary Education and Skills Minister Mark Pilcher said today.
#P "Construction firms told us that the subsidy was the difference between taking on an apprentice this year or not. We want to keep that pipeline of carpenters, plumbers and electricians flowing," Mark Pilcher said.
#P About 9,800 apprentices are currently supported by the scheme. The extension will cost $62 million and will be met from within existing baselines.
#P Applications for the extended scheme will open on 1 February through the Ministry of Social Development.
Portfolio
Tertiary Education and Skills

=== Saved page 3 of 3 | https://www.fiji.gov.fj/Media-Centre/Press-Releases/cyclone-season-preparedness-drill | 05/12/2026 11:09 ===
FIJIAN GOVERNMENT
Home | About Fiji | Ministries | Media Centre | Contact Us
Media Centre > Press Releases
#D source=Fijian Government
#D source_aliases=["Fijian Government", "fiji.gov.fj", "Government of Fiji"]
#T National Disaster Management Office holds cyclone season drill in Labasa
#M source_aliases+=National Disaster Management Office
05/12/2026
#P The National Disaster Management Office (NDMO) today conducted a cyclone season preparedness drill in Labasa, involving more than 300 participants from government agencies, the Fiji Police Force, the Republic of Fiji Military Forces and community groups.
#P The exercise simulated a Category 4 cyclone making landfall on the northern coast of Vanua Levu and tested the activation of evacuation centres, the distribution of relief supplies and radio communications with outlying islands.
#P Director NDMO Mr Josaia Rokoduru said the drill had identified gaps in communication with maritime communities. "Every evacuation centre must know who is coming and how many. We will fix the gaps we saw today before the peak of the season," he said.
#P Members of the public are reminded to prepare emergency kits and to follow official advisories from the Fiji Meteorological Service.
© 2026 Fijian Government. All Rights Reserved.
""")


def pr_finland_releases():
    return parse(r"""
##### clipping 1 #####
Source URL: https://valtioneuvosto.fi/en/-/1410955/government-proposes-extra-funding-for-rail-maintenance-in-eastern-finland
Retrieved: 2026-12-05 14:20 EET

Skip to content
Finnish Government
Government  Ministries  Current issues  Publications  Search
#D kind=press_release
#D published_date=2026-12-05
#D source=Finnish Government
#D source_aliases=["Finnish Government", "valtioneuvosto.fi", "Valtioneuvosto", "Government of Finland"]
#T Government proposes extra funding for rail maintenance in eastern Finland
#M source_aliases+=Ministry of Transport and Communications
#M external_id=718/2026
Ministry of Transport and Communications
Publication date 5.12.2026 10.15 | Published in English on 5.12.2026 at 13.40
Press release 718/2026
#P The Government has proposed a supplementary budget appropriation of EUR 46 million for the maintenance of the Savonlinna–Parikkala and Joensuu–Nurmes railway lines. The funding would be used mainly to replace sleepers and rails on sections where speed limits have been lowered because of wear.
#P “Reliable rail connections are essential for industry in eastern Finland, especially for the forest sector. Freight volumes on these lines have grown since the border crossing points were closed, and maintenance has not kept pace,” says Minister of Transport and Communications Ilkka Valtonen.
#P The Finnish Transport Infrastructure Agency estimates that the work would allow speed limits to be raised back to 80 km/h on about 90 kilometres of track by the end of 2028.
#P The proposal will be submitted to Parliament in the second supplementary budget for 2026.
#P Inquiries: Jaana Koskimies, Special Adviser to the Minister, tel. +358 295 000 001, and Olli Rantanen, Director, tel. +358 295 000 002
Ministry of Transport and Communications  Ilkka Valtonen  Railways  Supplementary budget

##### clipping 2 #####
Source URL: https://valtioneuvosto.fi/en/-/1410931/finland-to-host-nordic-ministers-for-cooperation-in-rovaniemi
Retrieved: 2026-12-05 14:22 EET

Skip to content
Finnish Government
Government  Ministries  Current issues  Publications  Search
#D published_date=2026-12-04
#T Finland to host Nordic ministers for cooperation in Rovaniemi in February
#M source_aliases+=Ministry for Foreign Affairs
#M external_id=715/2026
Government Communications DepartmentMinistry for Foreign Affairs
Publication date 4.12.2026 16.05 | Published in English on 5.12.2026 at 9.30
Press release 715/2026
#P Finland will host the meeting of the Nordic ministers for cooperation in Rovaniemi on 11–12 February 2027. The meeting will be chaired by Minister for Nordic Cooperation Sanna-Mari Heikkilä.
#P The agenda will include the Nordic Council of Ministers’ budget for 2028, cooperation on preparedness and security of supply, and the Arctic dimension of Nordic cooperation.
#P “Lapland is the right place to discuss how the Nordic countries can strengthen their resilience together. The North is where our shared interests are most visible,” Minister Heikkilä says.
#P Inquiries: Eero Laaksonen, Senior Specialist, tel. +358 295 000 003
Ministry for Foreign Affairs  Nordic cooperation  Arctic

##### clipping 3 #####
Source URL: https://www.goodnewsfinland.com/en/articles/news/2026/tampere-startup-heat-pump-order/
Retrieved: 2026-12-05 14:25 EET

GOOD NEWS FROM FINLAND
News  Features  Cleantech  Health  ICT  Food  Search
Cleantech
#D published_date=2026-12-05
#D source=Good News from Finland
#D source_aliases=["Good News from Finland", "GNF", "goodnewsfinland.com"]
#T Tampere start-up wins heat pump order from Swedish district heating company
#M source_aliases+=Lämpöväylä
5.12.2026
#P Tampere-based Lämpöväylä has signed an agreement with a Swedish district heating company to deliver two industrial heat pumps that recover waste heat from a data centre in Luleå.
#P The pumps, with a combined capacity of 18 megawatts, will supply heat for about 7,000 homes. Deliveries are scheduled for the autumn of 2027.
#P “This is our largest order so far and our first outside Finland,” says Lämpöväylä’s CEO Katariina Nurmela. “It shows that heat recovery from data centres is becoming a normal part of district heating.”
#P Lämpöväylä was founded in 2021 and employs 46 people. The company raised EUR 12 million in its latest funding round in spring 2026.
Source: Lämpöväylä press release
Share  Facebook  X  LinkedIn
Related articles
#RT Finnish battery recycler opens plant in Harjavalta
#RT Oulu researchers develop sensor for detecting ice on wind turbines
""")


def pr_dvids_pages():
    return parse(r"""
DVIDS
Defense Visual Information Distribution Service
Home  News  Images  Video  Audio  Publications  Units  Search
News
#D kind=press_release
#D published_date=2026-12-05
#D source=DVIDS
#D source_aliases=["DVIDS", "Defense Visual Information Distribution Service", "dvidshub.net"]
#T Arctic Soldiers test cold-weather gear during Exercise Polar Lynx
#M source_aliases+=11th Airborne Division
#M byline=Jonah Whitfield
#M dateline=FORT WAINWRIGHT, Alaska
#M external_id=561204
Story by Sgt. Jonah Whitfield
11th Airborne Division
#C Soldiers assigned to the 1st Infantry Brigade Combat Team, 11th Airborne Division, set up an arctic tent during Exercise Polar Lynx near Fort Wainwright, Alaska, Dec. 3, 2026. (U.S. Army photo by Sgt. Jonah Whitfield)
#P FORT WAINWRIGHT, Alaska – Soldiers of the 1st Infantry Brigade Combat Team, 11th Airborne Division, spent four days in temperatures as low as minus 38 degrees Fahrenheit this week to test new cold-weather clothing and shelters during Exercise Polar Lynx.
#P The exercise brought together about 600 Soldiers, who moved on skis and snowshoes across the Tanana Flats training area and set up patrol bases each night.
#P “The gear only matters if it works at forty below when you are tired and hungry,” said Staff Sgt. Corey Lindqvist, a squad leader with the brigade. “That is what we came out here to find out.”
#P Feedback from the exercise will be sent to Army developers in Natick, Massachusetts, before a decision on wider fielding of the new layering system in 2027.
Date Taken: 12.03.2026
Date Posted: 12.05.2026 13:18
Story ID: 561204
Location: FORT WAINWRIGHT, ALASKA, US
Web Views: 42
Downloads: 0
PUBLIC DOMAIN
This work, Arctic Soldiers test cold-weather gear during Exercise Polar Lynx, by SGT Jonah Whitfield, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.
DVIDS
Defense Visual Information Distribution Service
Home  News  Images  Video  Audio  Publications  Units  Search
News
#T Coast Guard cutter returns to Kodiak after 70-day Bering Sea patrol
#M source_aliases+=U.S. Coast Guard District 17
#M byline=null
#M dateline=KODIAK, Alaska
#M external_id=561188
Courtesy Story
U.S. Coast Guard District 17
#P KODIAK, Alaska – The Coast Guard Cutter Alder Point returned to its homeport in Kodiak on Friday following a 70-day patrol in the Bering Sea and the Aleutian Islands.
#P During the patrol, the crew conducted 38 fisheries boardings, responded to two medical evacuations from fishing vessels and supported a search for an overdue skiff near Dutch Harbor.
#C The Coast Guard Cutter Alder Point moors in Kodiak, Alaska, Dec. 4, 2026, after a 70-day patrol. (U.S. Coast Guard photo by Petty Officer 2nd Class Renata Ivers)
#P “This crew operated in some of the roughest seas in the world and never missed a mission,” said Cmdr. Paul Eskridge, the cutter's commanding officer.
#P The Alder Point is one of two cutters homeported in Kodiak that patrol the Bering Sea during the winter crab and pollock seasons.
Date Taken: 12.04.2026
Date Posted: 12.05.2026 09:51
Story ID: 561188
Location: KODIAK, ALASKA, US
Web Views: 17
Downloads: 1
PUBLIC DOMAIN
This work, Coast Guard cutter returns to Kodiak after 70-day Bering Sea patrol, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.
""")


def pr_investorideas_akorda_mail():
    return parse(r"""
From MAILER-DAEMON Sat Dec  5 15:10:02 2026
From: Investorideas.com Newswire <news@investorideas.example>
To: markets-desk@newsroom.example
Date: Sat, 05 Dec 2026 07:30:11 -0800
Subject: Borealis Lithium Corp. Reports Drill Results From Snowbird Project
Content-Type: text/plain; charset=utf-8

Investorideas.com Newswire - Mining and Battery Metals Stocks
View this email in your browser

#D kind=press_release
#D published_date=2026-12-05
#D source=Investorideas.com
#D source_aliases=["Investorideas.com", "Investorideas.com Newswire", "InvestorIdeas"]
#T Borealis Lithium Corp. Reports Drill Results From Snowbird Project
#M dateline=Vancouver, BC - December 5, 2026
#M source_aliases+=Borealis Lithium Corp.
#P Vancouver, BC - December 5, 2026 (Investorideas.com Newswire) Borealis Lithium Corp. (CSE: BLIX) (OTC: BLIXF) ("Borealis" or the "Company") reports results from the final eleven holes of its 2026 drill program at the Snowbird lithium project in northern Manitoba.
#P Highlights include 1.42% Li2O over 28.6 metres in hole SB-26-041, including 2.05% Li2O over 9.1 metres. All holes intersected spodumene-bearing pegmatite.
#P "These results extend the main dyke by 300 metres to the northeast, and it remains open," said Alana Brightwater, CEO of Borealis. "We plan to begin a winter program in February."
#P About Borealis Lithium Corp.
#+ Borealis Lithium is a Canadian exploration company focused on hard-rock lithium projects in Manitoba and northwestern Ontario. More information is available at www.borealislithium.example.
#P Contact:
#+ Alana Brightwater, CEO
#+ info@borealislithium.example
Disclaimer/Disclosure: Investorideas.com is a digital publisher of third party sourced news, articles and equity research as well as creates original content, including video, interviews and articles. Original content created by investorideas is protected by copyright laws other than syndication rights. Our site does not make recommendations for purchases or sale of stocks, services or products. Nothing on our sites should be construed as an offer or solicitation to buy or sell products or securities. This site is currently compensated for news publication and distribution, social media and marketing, content creation and more.
Learn more about publishing your news release and our other news services on the Investorideas.com newswire
Unsubscribe | Update preferences

From MAILER-DAEMON Sat Dec  5 15:10:02 2026
From: Investorideas.com Newswire <news@investorideas.example>
To: markets-desk@newsroom.example
Date: Sat, 05 Dec 2026 08:05:40 -0800
Subject: Investorideas.com Newswire: Fresh Harvest AgTech Signs Distribution Agreement in Chile
Content-Type: text/plain; charset=utf-8

Investorideas.com Newswire - AgTech Stocks
View this email in your browser

#T Fresh Harvest AgTech Signs Distribution Agreement in Chile
#M dateline=Toronto, ON - December 5, 2026
#M source_aliases+=Fresh Harvest AgTech Inc.
#P Toronto, ON - December 5, 2026 (Investorideas.com Newswire) Fresh Harvest AgTech Inc. (TSXV: FHAG) announces that it has signed a three-year distribution agreement with a Santiago-based irrigation supplier for its soil-moisture sensor platform.
#P Under the agreement, the distributor will market the platform to fruit growers in the O'Higgins, Maule and Ñuble regions, starting with the 2027 season.
#P "Chile's fruit growers are under pressure to do more with less water, and that is exactly the problem our sensors solve," said Diego Varela, President of Fresh Harvest.
#P About Fresh Harvest AgTech Inc.
#+ Fresh Harvest develops sensors and software that help growers schedule irrigation. The company has customers in Canada, the United States and Mexico.
#P Contact: Diego Varela, President, 1-800-555-0142, ir@freshharvest.example
Disclaimer/Disclosure: Investorideas.com is a digital publisher of third party sourced news, articles and equity research as well as creates original content, including video, interviews and articles. Original content created by investorideas is protected by copyright laws other than syndication rights. Our site does not make recommendations for purchases or sale of stocks, services or products. Nothing on our sites should be construed as an offer or solicitation to buy or sell products or securities. This site is currently compensated for news publication and distribution, social media and marketing, content creation and more.
Learn more about publishing your news release and our other news services on the Investorideas.com newswire
Unsubscribe | Update preferences

From MAILER-DAEMON Sat Dec  5 15:10:02 2026
From: Feed Mailer <feeds@newsroom.example>
To: markets-desk@newsroom.example
Date: Sat, 05 Dec 2026 15:02:55 +0500
Subject: [akorda.kz] New in "Press releases" (1)
Content-Type: text/plain; charset=utf-8

New items in the feed "Akorda - Press releases" since your last update:

#D source=Akorda
#D source_aliases=["Akorda", "akorda.kz", "Official website of the President of the Republic of Kazakhstan"]
#T Head of State receives Minister of Energy
#M dateline=null
5 December 2026
#P The Head of State received Minister of Energy Yerzhan Tulegenov, who reported on the preparation of the country's power system for the autumn-winter period.
#P The President was informed that all combined heat and power plants had built up coal reserves for at least 30 days, and that repair work had been completed on 96% of the planned units.
#P The Minister also reported on the construction of new gas-fired units in Kokshetau, Semey and Ust-Kamenogorsk, which are to be commissioned in 2027.
#P The Head of State instructed the Ministry to take special control over the heat supply of social facilities during severe frosts.
Read on akorda.kz: https://www.akorda.kz/en/head-of-state-receives-minister-of-energy
--
You receive this because you subscribed to a feed at feeds.newsroom.example.
""")
