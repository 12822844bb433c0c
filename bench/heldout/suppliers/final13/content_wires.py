"""Wire dumps of final13 (all text invented; dated Friday 4 December 2026)."""
from markup import parse


def wire_caucasus_mideast_digest():
    """E-mail digest of a regional desk: Turan x2, Shafaq News x2, LANA; numbered agency labels
    between stories, one paragraph a line with blank lines between them."""
    return parse("""
From: Regional Desk <regional.digest@newsdesk.example>
To: foreign-desk@newsroom.example
Date: Fri, 4 Dec 2026 08:05:41 +0400
Subject: [Morning file] Caucasus / Middle East / North Africa - Friday 4 December

Good morning all,

Five items for the morning file, agency copy as received. Turan and Shafaq are from the
English services; LANA from its English page. Queries to the regional desk.

---------------------------------------------------------------
1/5  TURAN
---------------------------------------------------------------

#D kind=wire
#D source=Turan
#D source_aliases=["Turan", "Turan Information Agency", "Turan News Agency", "TURAN"]
#D published_date=2026-12-04
#T Milli Majlis committee backs draft law on regional broadcasters
#M dateline=Baku/04.12.26
#P Baku/04.12.26/Turan: The Milli Majlis committee on culture on Thursday recommended for the first reading a draft law that would oblige regional television and radio broadcasters to renew their licences every five years instead of every ten.
#P The chairman of the committee, Rauf Gasimzade, said the change would "bring order to a sector where some frequencies have been idle for years." According to him, 14 regional channels currently hold licences, but only nine of them broadcast daily.
#P Media lawyer Nargiz Huseynli told Turan that the shorter term would put small broadcasters in a vulnerable position. "A licence that can be withdrawn every five years is a tool of pressure, not of order," she said.
#P The draft is expected to be put to the plenary session on December 15.

---------------------------------------------------------------
2/5  TURAN
---------------------------------------------------------------

#T Ganja bakery prices rise for second time this year
#M dateline=Ganja/04.12.26
#P Ganja/04.12.26/Turan: The price of a standard 750-gram loaf in Ganja rose from 80 to 90 qapiks on Friday, the second increase since April.
#P Bakery owners interviewed by Turan's correspondent cited the higher cost of flour and electricity. A 50-kilogram sack of first-grade flour now costs 41 manats, against 36 manats in the spring.
#P The Food Safety Agency said it would inspect whether the new prices were justified. Economist Tural Mammadli estimated that bread accounts for almost a fifth of food spending in low-income households in the region.

---------------------------------------------------------------
3/5  SHAFAQ NEWS
---------------------------------------------------------------

#D source=Shafaq News
#D source_aliases=["Shafaq News", "Shafaq News Agency", "SHAFAQ NEWS"]
#T Basra port workers end three-day strike after pay deal
#P Shafaq News/ On Friday, dockworkers at Umm Qasr's northern port returned to work after the General Company for Ports of Iraq agreed to pay overdue risk allowances, ending a three-day strike that had left more than 40 vessels waiting at anchor.
#P A representative of the workers told Shafaq News Agency that the company had committed to paying the allowances for September and October "within ten days," and to adding them to monthly salaries from January.
#P The company said in a statement that loading and unloading operations had resumed at all berths by 7 a.m. local time, and that the backlog would be cleared "within the coming week."

---------------------------------------------------------------
4/5  SHAFAQ NEWS
---------------------------------------------------------------

#T Kirkuk farmers demand compensation after frost damages winter crops
#P Shafaq News/ Farmers in southern Kirkuk called on Friday for government compensation after two nights of unusual frost damaged vegetable crops across an estimated 3,200 dunams.
#P "We lost the tomatoes and the eggplants in one night. Nobody warned us," farmer Hassan al-Obeidi told Shafaq News.
#P The Kirkuk agriculture directorate said committees would visit the affected villages next week to assess the losses, adding that farmers registered with the directorate would be given priority.

---------------------------------------------------------------
5/5  LANA
---------------------------------------------------------------

#D source=LANA
#D source_aliases=["LANA", "Libya News Agency", "Libyan News Agency"]
#T Misrata desalination plant to start test operation next month
#M dateline=Misrata, 04 December 2026
#P Misrata, 04 December 2026 (LANA) - The General Desalination Company announced on Friday that the new desalination plant east of Misrata will begin test operations in the first week of January, with an initial capacity of 20,000 cubic metres of water per day.
#P The company's director of projects, Salem Abu Ghrara, said in a statement that the plant would reach its full capacity of 60,000 cubic metres per day by the summer, serving about 180,000 residents of the city and its surroundings.
#P He added that a training programme for 35 Libyan engineers and technicians had been completed in cooperation with the plant's contractor.

---------------------------------------------------------------
End of morning file. Next file around 13:00 Baku time.
To stop receiving the digest, reply with UNSUBSCRIBE.
""")


def wire_india_feed():
    """Agency feed export: IBNS x2 ("City/IBNS: " ledes, category and time line over the headline),
    Hindusthan Samachar x2 (ALL-CAPS headlines, "City, date (HS): " ledes, "Hindusthan Samachar / NAME"
    sign-offs); one line a paragraph, no blank line inside a story, stories one blank line apart."""
    return parse("""
FEED EXPORT  inbound/india  2026-12-04  selection: 4 items
exported by: desk-user-07

[IBNS] National | 04-12-2026 09:12 IST
#D kind=wire
#D source=IBNS
#D source_aliases=["IBNS", "India Blooms News Service", "India Blooms"]
#D published_date=2026-12-04
#T Kolkata civic body to run night buses on six new routes from January
#M dateline=Kolkata
#P Kolkata/IBNS: The Kolkata Municipal Corporation will run night buses on six new routes from January 1, connecting the city's hospitals with railway stations and the airport, a senior official said on Friday.
#P The buses will run between 11 pm and 5 am at intervals of 40 minutes, the official said, adding that 24 electric buses had been set aside for the service.
#P "Relatives of patients and night-shift workers have been asking for this for years," Mayor-in-Council member Sudipta Kar told reporters.
#P The fare will be the same as on day routes, officials said.

[IBNS] Business | 04-12-2026 10:47 IST
#T Jute mills seek export incentive as orders from Europe slow
#M dateline=Kolkata
#P Kolkata/IBNS: Jute mill owners in West Bengal on Friday urged the Centre to restore an export incentive for jute bags and yarn, saying orders from European buyers had fallen by nearly a quarter since August.
#P In a letter to the Union Textile Ministry, the Eastern Jute Mills Forum said at least 11 mills had cut shifts in November.
#P "We are competing with synthetic packaging that is cheaper every month. Without support, more shifts will go," forum secretary Anirban Ghoshal said.
#P The state's jute industry employs about 2.5 lakh workers, according to the forum.

[HS] States | 04-12-2026 11:20 IST
#D source=Hindusthan Samachar
#D source_aliases=["Hindusthan Samachar", "HS", "Hindusthan Samachar News Agency"]
#T ODISHA TO OPEN 40 COLD STORAGE UNITS FOR VEGETABLE GROWERS
#M dateline=Bhubaneswar, 4 December
#M byline=Sanjukta Mohapatra
#P Bhubaneswar, 4 December (HS): The Odisha government will set up 40 small cold storage units in tribal-majority blocks by March to help vegetable growers cut post-harvest losses, Agriculture Minister Prafulla Nayak said on Friday.
#P Each unit will have a capacity of 50 tonnes and will be run by women's self-help groups, the minister said at a meeting with farmer producer organisations.
#P An estimated 30 per cent of vegetables grown in the state's hill districts are lost before they reach a market, according to an agriculture department study.
Hindusthan Samachar / Sanjukta Mohapatra

[HS] National | 04-12-2026 12:05 IST
#T SUPREME COURT SEEKS CENTRE'S REPLY ON PLEA OVER HIGHWAY TOLL REFUNDS
#M dateline=New Delhi, 4 December
#M byline=Vikas Chaturvedi
#P New Delhi, 4 December (HS): The Supreme Court on Friday sought the Centre's response on a petition seeking refunds of toll charged on highway stretches where construction work was incomplete.
#P A bench headed by Justice R. Meenakshi issued notice to the Ministry of Road Transport and Highways and the National Highways Authority of India and listed the matter for hearing after four weeks.
#P The petitioner, a transporters' association from Madhya Pradesh, has cited 17 toll plazas where it says full fees are collected although stretches of the road remain single-lane.
Hindusthan Samachar / Vikas Chaturvedi

-- end of export --
""")


def wire_urn_srna_queue():
    """Desk queue print: queue banners over each item; URN x2 (title-case headline, "Author: NAME |
    date" line, no dateline), SRNA x2 ("CITY, date (SRNA) - " lede, sign-off initials on their own
    line); copy hard-wrapped at 69 columns, paragraphs one blank line apart."""
    return parse("""
QUEUE PRINT  FOREIGN-INBOUND  04-12-26 10:02  4 items  operator: mk

=== ITEM 011/052  SRC: URN  RECV: 04-12-26 07:58  PRI: 4 ===

#D kind=wire
#D wrap=69
#D source=URN
#D source_aliases=["URN", "Uganda Radio Network"]
#D published_date=2026-12-04
#T Gulu Traders Protest Relocation of Main Market Stalls
#M byline=Aber Christine Lanyero
Author: Aber Christine Lanyero | 4 December 2026

#W More than 300 traders at Gulu Main Market on Friday morning closed their stalls in protest against a city council directive to move them to a temporary site at Pece while the market is rebuilt.

#W The traders, mostly dealing in foodstuffs and second-hand clothes, say the temporary site has no drainage, no lighting and no storage, and that it is too far from the town centre for their customers.

#W "We are not refusing development. We are refusing to be dumped in a swamp," said Okello Richard Ojok, the chairperson of the market vendors' association.

#W Gulu City Town Clerk Alice Ayoo Akena said the relocation would start on December 14 as planned, adding that the council had budgeted 180 million shillings to put up sheds and pit latrines at the temporary site before then.

=== ITEM 019/052  SRC: URN  RECV: 04-12-26 08:37  PRI: 4 ===

#T Mbarara Hospital Receives Second Oxygen Plant
#M byline=Kamusiime Derrick Tumwine
Author: Kamusiime Derrick Tumwine | 4 December 2026

#W Mbarara Regional Referral Hospital has commissioned a second oxygen plant, doubling the amount of medical oxygen it can produce for the 13 districts it serves in south-western Uganda.

#W The plant, funded by a development partner at a cost of 2.4 billion shillings, can fill 120 cylinders a day. The hospital director, Dr Peace Ainembabazi, said the facility would also supply health centres IV in Isingiro, Kiruhura and Ibanda.

#W She said the hospital had in the past spent up to 40 million shillings a month transporting cylinders from Kampala during peaks in demand.

=== ITEM 026/052  SRC: SRNA  RECV: 04-12-26 09:14  PRI: 3 ===

#D source=SRNA
#D source_aliases=["SRNA", "Srna", "Novinska agencija Republike Srpske", "News Agency of Republika Srpska"]
#T Banja Luka to extend district heating network to two suburbs
#M dateline=BANJA LUKA, 4 December
#W BANJA LUKA, 4 December (SRNA) - The City of Banja Luka will extend its district heating network to the suburbs of Lazarevo and Starcevica next year, the city's heating company announced on Friday.

#W The company's director, Dragan Vukojevic, told SRNA that the works, worth about 6.5 million marks, would connect some 2,100 households and would be completed before the start of the 2027/2028 heating season.

#W He said that the company had reduced its losses in the network from 19 to 12 per cent over the past three years by replacing old pipes in the city centre.

ms/dk

=== ITEM 031/052  SRC: SRNA  RECV: 04-12-26 09:48  PRI: 4 ===

#T Trebinje wine fair draws exhibitors from five countries
#M dateline=TREBINJE, 4 December
#W TREBINJE, 4 December (SRNA) - More than 60 wineries from Republika Srpska, Serbia, Montenegro, Croatia and North Macedonia are taking part in the winter wine fair that opened in Trebinje on Friday.

#W The organisers said that the three-day fair would for the first time include a competition for young winemakers under 30, with a jury of oenologists from the region.

#W Trebinje's tourism organisation expects about 8,000 visitors over the weekend.

ss/dk

=== END OF QUEUE PRINT ===
""")


def wire_news1_rthk_reader():
    """Reader save of two feeds: News1 x2 (byline above the headline, "SEOUL, Dec. 4 (News1) -- "
    lede, copyright line), RTHK x2 (no dateline, no byline, time stamp and share line under the
    story); stories separated only by blank lines."""
    return parse("""
Saved from reader - folder "Asia - wires" - 4 Dec 2026 13:10

By Yoon Seo-yeon
#D kind=wire
#D source=News1
#D source_aliases=["News1", "News1 Korea", "NEWS1"]
#D published_date=2026-12-04
#T Seoul to Add 1,200 Public Bike Docks Near Subway Exits Next Year
#M byline=Yoon Seo-yeon
#M dateline=SEOUL, Dec. 4
2026.12.04 09:31

#P SEOUL, Dec. 4 (News1) -- The Seoul Metropolitan Government will install 1,200 additional docks for its public bicycle service at subway exits in outer districts next year, officials said Friday.

#P The city said it would focus on 48 stations in Gangseo, Nowon, Dobong and Geumcheon where the share of short trips made by bus between home and station is highest.

#P "The first and last kilometer is where people give up on public transport," an official of the city's transport policy office said.

#P The city will also extend the free-transfer window between bicycles and buses from 30 to 45 minutes, starting in March.

(C) News1 Korea. Unauthorized reproduction and redistribution prohibited.

By Park Jun-ho
#T Busan Port Container Volume Hits Record in November
#M byline=Park Jun-ho
#M dateline=BUSAN, Dec. 4
2026.12.04 11:02

#P BUSAN, Dec. 4 (News1) -- Busan Port handled a record 2.19 million twenty-foot equivalent units (TEU) of containers in November, up 6.8 percent from a year earlier, the Busan Port Authority said Friday.

#P Transshipment cargo, which passes through Busan on its way to third countries, rose 9.1 percent and accounted for more than 55 percent of the total, according to the authority.

#P The authority attributed the rise to new services by two global shipping alliances that added Busan as a hub in the second half of the year.

(C) News1 Korea. Unauthorized reproduction and redistribution prohibited.

#D source=RTHK
#D source_aliases=["RTHK", "Radio Television Hong Kong", "RTHK English News"]
#T Minibus fares on 14 routes to rise from January
#P Fares on 14 green minibus routes in Kowloon and the New Territories will go up by between 50 cents and HK$1.30 from January 3, the Transport Department said on Friday.
#P The department said the operators had applied for the increases citing higher wages for drivers and the cost of switching to electric vehicles.
#P The increases, which average 7.2 percent, were approved after the department considered the operators' accounts and passenger numbers, it said.
2026-12-04 HKT 12:18
Share this story: Facebook | X | WhatsApp

#T Observatory expects coldest morning of the season on Sunday
#P The Observatory says temperatures in urban areas are expected to fall to around 13 degrees on Sunday morning, making it the coldest day of the season so far.
#P A dry northerly monsoon will reach the coast on Saturday night, with temperatures a few degrees lower in the New Territories.
#P The forecaster advised people to put on warm clothes and said the relative humidity could drop to 35 percent over the weekend.
2026-12-04 HKT 12:46
Share this story: Facebook | X | WhatsApp
""")
