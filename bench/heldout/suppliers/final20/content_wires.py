"""final20 wire dumps (all text invented; real places and institutions as settings only)."""
from markup import parse


def wire_china_macau_business_digest():
    return parse(r"""
From: Asia Business Desk <asiadesk@harbourline-media.example>
To: weekend-desk@harbourline-media.example
Date: Sat, 05 Dec 2026 07:42:10 +0800
Subject: [ASIA BIZ] Weekend digest 05/12 - 4 items
Message-ID: <20261205074210.asiabiz.3318@harbourline-media.example>

Morning all -- four items for the weekend business pages. The Caixin
and Yicai pieces are cleared under our syndication licence; the GGRAsia
item is for the Macau page only. Text below as received, wrapped.

------------------------------------------------------------------------
-- 1/4 -- Caixin Global -- Dec 05, 2026 06:10 a.m. GMT+8 --
------------------------------------------------------------------------

#D kind=wire
#D source=Caixin Global
#D source_aliases=["Caixin Global", "Caixin", "Caixin Media"]
#D published_date=2026-12-05
#D wrap=72
#T China's Smaller Lenders Race to Offload Bad Loans Before Year-End
#M byline=Zhou Lanxin and Mo Qiyun
By Zhou Lanxin and Mo Qiyun

#W Rural commercial banks and city lenders in at least six provinces have put more than 41 billion yuan ($5.7 billion) of soured loans up for sale since October, according to listings on regional asset exchanges reviewed by Caixin, as they try to clean up their books before annual results are tallied.

#W The pace is roughly double that of the same period last year. Packages listed on exchanges in Zhengzhou, Chengdu and Nanning included consumer loans, mortgages on unfinished homes and credit to small manufacturers that stopped repaying after export orders dried up.

#W "Everyone wants the number off the balance sheet by Dec. 31," said an executive at an asset management company in Shanghai who asked not to be named. Buyers were offering as little as 8% of face value for unsecured consumer debt, he said.

#W Regulators have encouraged the sales. A notice from the National Financial Regulatory Administration in September widened the pool of eligible buyers to include more local asset management firms and some foreign-backed investors.

#W Analysts at Tianmu Securities estimate that small lenders' reported bad-loan ratios could fall by 0.3 percentage points this quarter as a result, but warned that the discounts would eat into capital buffers already thinned by narrowing interest margins.

Contact reporter Zhou Lanxin (lanxinzhou@caixin.com) and editor Joel Hartigan (joelhartigan@caixin.com)

Download our app to receive breaking news alerts and read the news on the go.

------------------------------------------------------------------------
-- 2/4 -- Caixin Global -- Dec 04, 2026 09:35 p.m. GMT+8 --
------------------------------------------------------------------------

#T Shenzhen Drone Maker Files for Hong Kong Listing as Delivery Trials Expand
#M byline=Ren Yutong
#M published_date=2026-12-04
By Ren Yutong

#W Kestrelwing Technology Co. Ltd., a Shenzhen-based maker of cargo drones, filed for an initial public offering in Hong Kong on Friday, seeking to raise as much as HK$2.4 billion to expand production as city governments widen low-altitude delivery trials.

#W The company, founded in 2017, said in its prospectus that revenue rose 63% year-on-year to 1.18 billion yuan in the first nine months of 2026, while its net loss narrowed to 96 million yuan.

#W More than 40 Chinese cities now allow commercial drone deliveries on fixed routes, up from fewer than 20 at the end of last year, according to figures cited in the filing.

#W The "low-altitude economy" has been named a priority in national plans, and several provinces offer subsidies for landing pads and air-traffic software. Kestrelwing said about a fifth of its sales came from local government projects.

Contact reporter Ren Yutong (yutongren@caixin.com) and editor Joel Hartigan (joelhartigan@caixin.com)

------------------------------------------------------------------------
-- 3/4 -- Yicai Global -- Dec 05, 2026 --
------------------------------------------------------------------------

#D source=Yicai Global
#D source_aliases=["Yicai Global", "Yicai", "First Financial"]
#T Shanghai Port Handles Record Number of Refrigerated Containers in November
#M dateline=null
#W (Yicai) Dec. 5 -- The Port of Shanghai handled a record 214,000 refrigerated containers last month as imports of fruit, seafood and meat surged ahead of the Spring Festival, the port operator said yesterday.

#W The figure was up 17 percent from a year earlier. Durians from Southeast Asia and cherries from Chile made up the largest share of the cold-chain cargo, the operator added.

#W Yangshan Deepwater Port opened two more reefer yards in the fourth quarter, lifting its plug-in capacity by about 3,600 slots, according to the Shanghai Municipal Transportation Commission.

#W Shipping lines have added extra sailings from South America in anticipation of the holiday, and freight rates on the route have risen by around a tenth since October, brokers said.

Editor: Martina Colbeck

------------------------------------------------------------------------
-- 4/4 -- GGRAsia -- Dec 05, 2026 --
------------------------------------------------------------------------

#D source=GGRAsia
#D source_aliases=["GGRAsia", "GGR Asia"]
#T Macau weekend hotel occupancy tops 95pct on Grand Prix carryover, festival
#M dateline=null
Dec 05, 2026  Newsdesk  Latest News, Macau, Top of the deck

#W Average hotel occupancy in Macau reached 95.3 percent on the Friday night, according to preliminary data from the city's tourism office, as a food festival on Taipa and a run of concerts at Cotai venues drew overnight visitors.

#W Hotel room rates at the large integrated resorts were up by between 12 percent and 20 percent on the previous weekend, according to a note issued by brokerage Pelham Rowe Securities Ltd on Saturday.

#W "The non-gaming calendar is doing what the government asked it to do," said analyst Vivian Leong in the note. She added that mass-market gross gaming revenue for the first four days of December was running at about MOP740 million per day.

#W The Macao Government Tourism Office told GGRAsia in an emailed reply that it expected more than 1.1 million visitor arrivals in the first week of the month.

------------------------------------------------------------------------
End of digest. Next digest Monday 07:30 HKT.
""")


def wire_sports_desk_queue():
    return parse(r"""
SPORTS DESK QUEUE  |  export 05-12-2026 08:15 CET  |  filter: services  |  user: mbianchi
SLUG               SERVICE            TIME    WORDS  STATUS
OLY-HOSTS          insidethegames     07:02   388    NEW
OLY-TKD-CAIRO      insidethegames     06:41   301    NEW
BIZ-SERIEA-RIGHTS  SportBusiness      06:20   296    READ
RAC-FAIRYHOUSE     Racing Post        19:44*  274    READ
(* previous day)

==========================================================================================
[1/4] OLY-HOSTS | insidethegames | Sat 05/12/2026 07:02 CET | priority 3
==========================================================================================
#D kind=wire
#D source=Inside the Games
#D source_aliases=["Inside the Games", "insidethegames", "insidethegames.biz"]
#D published_date=2026-12-05
#T IOC opens "continuous dialogue" with three cities for 2038 Winter Games
#M byline=Harriet Okafor
By Harriet Okafor
Saturday, 5 December 2026
#C The IOC Executive Board met in Lausanne on Friday ©Getty Images
#P The International Olympic Committee has moved three candidates for the 2038 Olympic and Paralympic Winter Games into its "continuous dialogue" stage, its Future Host Commission confirmed after a two-day meeting in Lausanne.
#P None of the three was named officially, but officials from the Swiss Olympic Association and two Nordic national committees said separately that they had been told their projects would go forward.
#P "This is a conversation, not a race," said commission chair Mateus Sørlie. "We want venues that already exist and budgets that people can trust."
#P Under the IOC's reformed process, there is no fixed date for a decision. The commission will report to the Executive Board again in June.
#P The 2030 Winter Games are scheduled for the French Alps, and Salt Lake City-Utah will host in 2034.

==========================================================================================
[2/4] OLY-TKD-CAIRO | insidethegames | Sat 05/12/2026 06:41 CET | priority 4
==========================================================================================
#T Hosts Egypt top medals table on opening day of World Taekwondo Grand Prix Final
#M byline=Tomás Ferreira
By Tomás Ferreira
Saturday, 5 December 2026
#P Egypt won two gold medals on the opening day of the World Taekwondo Grand Prix Final in Cairo, with Youssef Hamdan taking the men's under-68 kilograms title in front of a home crowd.
#P Hamdan beat Spain's Iker Valcárcel 2-1 in a tight final that went to a deciding round. Salma Rizk later added victory in the women's under-57kg category.
#C Youssef Hamdan celebrates his win in the under-68kg final ©World Taekwondo
#P South Korea and Türkiye each took one gold medal on the first of three days of competition.
#P The Grand Prix Final carries ranking points towards qualification for the Los Angeles 2028 Olympic Games.

==========================================================================================
[3/4] BIZ-SERIEA-RIGHTS | SportBusiness | Sat 05/12/2026 06:20 CET | priority 4
==========================================================================================
#D source=SportBusiness
#D source_aliases=["SportBusiness", "SportBusiness Media", "SportBusiness Media Rights"]
#T Serie A extends Latin American rights deal with streaming newcomer
Media Rights | 5 December 2026
Author: Olivia Brandt
#M byline=Olivia Brandt
#P Italian football's Serie A has extended its agreement with Andes-based streaming service Cancha+ for a further three seasons, covering 14 markets in Central and South America from 2027-28.
#P The deal is understood to be worth around €19m per season, a rise of about 15 per cent on the current contract, according to sources close to the league.
#P Cancha+ will show all 380 league matches live, with Spanish and Portuguese commentary produced from a hub in Bogotá.
#P Serie A's international revenues have been a focus for league president Ernesto Gallinari, who has set a target of €400m a year in overseas income by 2030.
#P The league's rights in Brazil are sold separately and are not part of the agreement.

==========================================================================================
[4/4] RAC-FAIRYHOUSE | Racing Post | Fri 04/12/2026 19:44 CET | priority 5
==========================================================================================
#D source=Racing Post
#D source_aliases=["Racing Post", "racingpost.com"]
#T Kilbride Lass set for Fairyhouse return after wind operation
#M byline=Declan Rooney
#M published_date=2026-12-04
Declan Rooney
Ireland correspondent
UPDATED 6:44PM, DEC 4 2026
#P Kilbride Lass, runner-up in last season's Champion Novice Hurdle, is set to make her return in a Grade 2 contest at Fairyhouse on Sunday after undergoing a wind operation in the summer.
#P Trainer Niamh Costigan said the seven-year-old had "come out of her last two bits of work really well" at her yard near Thurles.
#P "We'd have liked another week, but the ground is in her favour and there's nothing else for her before Christmas," Costigan said.
#P Sunday's race has attracted 11 entries, including the Willie Harrington-trained Bealtaine Road.
Published on 4 December 2026
Last updated 18:44, 4 December 2026

==========================================================================================
-- end of queue export (4 items) --
""")


def wire_caribbean_latam_digests():
    return parse(r"""
From: DR1 Daily News <news@dr1.com>
Subject: DR1 Daily News - Saturday, 5 December 2026
Date: Sat, 5 Dec 2026 06:58:11 -0400

DR1 Daily News - Saturday, 5 December 2026

#D kind=wire
#D source=DR1
#D source_aliases=["DR1", "DR1 Daily News", "dr1.com"]
#D published_date=2026-12-05
#T Punta Cana airport expects record December
#P Punta Cana International Airport expects to handle more than 1,150 flights in the last two weeks of December, the highest figure for that period in its history, according to airport manager Rafael Ortiz Guzmán.
#P He told Diario Libre that the airport would open two new gates in the east terminal on 15 December to ease congestion at check-in.
#P Canada and the United States continue to be the main markets, followed by Colombia and Argentina.
Read more in Spanish:
Diario Libre
5 December 2026
#T Santiago metro-style bus corridor to begin trial runs
#P The first stretch of the dedicated bus corridor along Avenida Estrella Sadhalá in Santiago de los Caballeros will begin trial runs on Monday, 7 December 2026, the Office for the Reorganization of Transport (OPRET) announced.
#P The 11-kilometer route has 16 stations. Fares during the trial period will be free, the agency said.
#P Listín Diario reports that some business owners along the corridor have complained about the loss of parking spaces.
Read more in Spanish:
Listín Diario
5 December 2026

--
You are receiving DR1 Daily News because you subscribed at dr1.com. Unsubscribe | Manage preferences



From: LatinNews <dailyreport@latinnews.com>
Subject: LatinNews Daily Report - 04 December 2026
Date: Fri, 4 Dec 2026 16:05:40 +0000

LatinNews Daily Report
Friday 04 December 2026
Latin American Newsletters, London | www.latinnews.com

#D source=LatinNews
#D source_aliases=["LatinNews", "LatinNews Daily", "Latin American Newsletters"]
#D published_date=2026-12-04
CHILE: POLITICS
#T Chile: Senate approves water rights reform
#P Development: On 3 December Chile's senate approved, by 29 votes to 17, a bill that would limit the duration of new water-use rights to 30 years and give priority to human consumption during droughts.
#P Significance: The reform has been stalled in congress since 2023. Agricultural exporters in the central valleys have lobbied against it, arguing that shorter rights will discourage investment in irrigation; the government says the changes are needed after a decade-long drought.
#P The bill now returns to the chamber of deputies for a final vote, which the government hopes to secure before the summer recess in late January.

PERU: ECONOMY
#T Peru: Central bank holds rate as inflation eases
#P Development: Peru's central bank (BCRP) kept its benchmark interest rate at 4.25% on 3 December, the fifth consecutive hold, citing inflation of 2.1% in November.
#P Significance: The decision was expected. The bank's board signalled that it would consider cuts in the first quarter of 2027 if food prices continued to stabilise after the El Niño-related increases earlier this year.

(c) Latin American Newsletters 2026. For subscribers' internal use only.
""")
