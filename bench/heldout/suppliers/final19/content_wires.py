"""final19 wire dumps: agency feeds, a hard-wrapped desk digest, a markets queue, a basket print.
All news text invented; real places and institutions as settings only."""
from markup import parse

WIRE_LEVANT_KURDISTAN_FEED = r"""
FEED EXPORT  mideast-intake  2026-12-05 10:40 +03
filter: region=IQ,SY,PS  lang=en  items=4  sort=received
________________________________________________________________________

[1] North Press Agency | 05-12-2026 08:12 | npasyria.com/en | Syria
#D kind=wire
#D published_date=2026-12-05
#D source=North Press Agency
#D source_aliases=["North Press Agency", "North Press", "NPA"]
#T Grain silos in Hasakah reopen after flood repairs, farmers told to register by Thursday
#M dateline=HASAKAH, Syria
#M byline=Hozan Sido
#P HASAKAH, Syria (North Press) – The Agriculture Committee in Hasakah reopened on Saturday two grain silos damaged by November floods, and urged farmers to register their winter wheat contracts before Thursday.
#P The co-chair of the committee, Ferhad Ose, told North Press that engineers had rebuilt the drainage around the Jarmez and Tal Beidar silos and replaced flooded conveyor motors.
#P “We lost almost three weeks, but the storage capacity is back to 140,000 tonnes,” Ose said, adding that farmers from the countryside of Darbasiyah would be received first.
#P Farmers interviewed at the Tal Beidar gate complained that the price of diesel for irrigation pumps had doubled since October.
Reporting by Hozan Sido

________________________________________________________________________
[2] Rudaw | 05-12-2026 09:03 | rudaw.net/english | Kurdistan Region
#D source=Rudaw
#D source_aliases=["Rudaw", "Rudaw Media Network", "Rudaw English"]
#T Erbil opens second winter shelter for displaced families from Sinjar
Hawre Jamal
05-12-2026

#M dateline=ERBIL, Kurdistan Region
#M byline=Hawre Jamal
#P ERBIL, Kurdistan Region - The Erbil governorate on Saturday opened a second winter shelter for displaced families from Sinjar, as temperatures in the camps north of the city dropped below freezing for the first time this season.

#P The shelter, a converted sports hall in the Bahrka area, can hold 90 families and will stay open until the end of February, the governorate's spokesperson Shilan Aziz told Rudaw.

#P “We have blankets, kerosene heaters and a clinic. What we still need is fuel for the generators,” Aziz said.

#P More than 2,000 families from Sinjar remain in camps across the Kurdistan Region, according to local officials.

________________________________________________________________________
[3] North Press Agency | 05-12-2026 09:47 | npasyria.com/en | Syria
#D source=North Press Agency
#D source_aliases=["North Press Agency", "North Press", "NPA"]
#T Bakers in Raqqa cut bread bundles as flour deliveries fall short
#M dateline=RAQQA, Syria
#M byline=Leila Mardini
#P RAQQA, Syria (North Press) – Public bakeries in Raqqa on Saturday reduced the weight of subsidised bread bundles after flour deliveries for the week arrived 30 percent short, bakery owners told North Press.
#P Abdulrahman al-Khalaf, who runs a bakery in al-Mashlab neighborhood, said customers now receive 1.1 kilograms instead of 1.4 kilograms for the same price.
#P The local economic office said a convoy of flour trucks held at a checkpoint near Tabqa was expected to arrive on Sunday.
Reporting by Leila Mardini

________________________________________________________________________
[4] QNN | 05-12-2026 10:21 | qudsn.co | Palestine
#D source=Quds News Network
#D source_aliases=["Quds News Network", "QNN"]
#T Olive presses in northern West Bank run at half capacity as access roads stay closed
#M dateline=Occupied Jerusalem
#P Occupied Jerusalem (QNN)- Olive presses in the northern West Bank are running at half their usual capacity as road closures keep farmers from bringing their harvest, cooperative managers said on Saturday.
#P The manager of a press in the town of Burqin, Yousef Abu Shamma, said his press had handled 40 tonnes of olives this week against 95 tonnes in the same week last year.
#P Farmers in the villages west of Jenin said they had waited up to six hours at road gates with loaded trucks.
#P The Palestinian Ministry of Agriculture estimated this season's oil output at about 14,000 tonnes.
________________________________________________________________________
end of export (4 items)
"""

WIRE_SOUTH_ASIA_DIGEST = r"""
From: South Asia desk <sadesk@regional-desk.example>
To: night-editors@regional-desk.example
Date: Sat, 5 Dec 2026 07:55:12 +0530
Subject: SA digest 05/12 - 4 items (Colombo, Kabul, Male)

Overnight pickups, pasted as received and wrapped at 68 for the
old print terminal. Two from News1st, one TOLOnews, one Sun.

-- R.

==== 1/4  NEWSFIRST  (newsfirst.lk)  05.12.2026 06:10 ====

#D wrap=68
#D kind=wire
#D published_date=2026-12-05
#D source=Newsfirst
#D source_aliases=["Newsfirst", "News1st", "News 1st", "Newsfirst.lk"]
#T Kelani river level falls but Colombo suburbs told to stay alert
#M dateline=COLOMBO

#W COLOMBO (News1st); The water level of the Kelani river fell overnight at the Nagalagam Street gauge, but the Irrigation Department warned residents of Kolonnawa and Kaduwela to remain alert as more rain is forecast for the central hills.

#W Director of Hydrology Sunethra Wijesekara said the river stood at 5.2 feet at 5 a.m. on Saturday, below the minor flood level of 5.5 feet.

#W The Disaster Management Centre said 1,870 people were still housed in 14 temporary centres in the Colombo district.

==== 2/4  NEWSFIRST  (newsfirst.lk)  05.12.2026 06:42 ====

#T Egg prices to be fixed at Rs. 38 from Monday
#M dateline=COLOMBO

#W COLOMBO (News1st); The Consumer Affairs Authority says a maximum retail price of Rs. 38 will apply to a white egg and Rs. 40 to a brown egg from Monday (07).

#W The gazette notification was signed on Friday (04), the Authority's Chairman Ruwan Dissanayake told News1st.

#W Traders who sell above the maximum price face a fine of up to Rs. 100,000, he said.

==== 3/4  TOLONEWS  (tolonews.com)  05.12.2026 05:30 ====

#D source=TOLOnews
#D source_aliases=["TOLOnews", "TOLO news", "TOLO"]
#T Kabul traders say Torkham delays add cost to winter fruit exports

#W Traders in Kabul say long waits at the Torkham crossing have added up to 15 percent to the cost of exporting pomegranates and grapes this winter.

#W Members of the Afghanistan Chamber of Commerce and Investment said dozens of trucks had been held at the crossing for more than four days this week.

#W “The fruit does not wait. Every day at the gate we lose a part of the load,” said Mohammad Nabi Sultani, a fruit exporter.

#W The Ministry of Commerce and Industry said talks on shorter clearance times were under way.

==== 4/4  SUN  (sun.mv)  05.12.2026 07:20 ====

#D source=Sun Online
#D source_aliases=["Sun Online", "Sun", "sun.mv"]
#T Hulhumalé ferry schedule extended for school exam week
By Aishath Nuha
#M byline=Aishath Nuha

#W The public ferry service between Malé and Hulhumalé will run until 1 a.m. during the national exam week starting Monday, the transport operator announced on Saturday.

#W The operator said four extra trips would be added in the evening to carry students and invigilators returning from exam centres.

#W The service currently ends at 11:30 p.m.

--
South Asia desk | regional-desk.example
Replies to this address go to the duty editor.
"""

WIRE_MARKETS_QUEUE = r"""
MKTQ   MARKETS DESK QUEUE              SAT 05 DEC 2026   11:02 WAT / 15:32 IST
 no  time   source          slug               words
  1  09:14  Nairametrics    NGX-WEEKLY          182
  2  09:40  Nairametrics    NAIRA-FX            121
  3  10:05  Proshare        TBILLS-AUCTION      134
  4  14:50  NDTV Profit     SEBI-BOARD          140
  5  15:20  NDTV Profit     GOLD-IMPORTS        118
--------------------------------------------------------------------------------
== 1 == Nairametrics == 09:14 == NGX-WEEKLY
#D kind=wire
#D published_date=2026-12-05
#D source=Nairametrics
#D source_aliases=["Nairametrics"]
#T NGX All-Share Index closes week 1.8% higher as banking stocks extend rally
Nairametrics | by Ebuka Nwosu | December 5, 2026
#M byline=Ebuka Nwosu
#P The Nigerian Exchange All-Share Index closed the trading week ended Friday 1.8% higher at 162,418.55 points, as banking stocks extended their rally for a third straight week.
#P Market capitalisation rose by N1.84 trillion to N103.2 trillion over the five sessions.
#P Top gainers for the week included Okoye Allied Bank, up 14.6%, and Lagoon Cement, up 11.2%, while Harmattan Foods led the losers with a 9.8% decline.
#P Analysts expect the December window-dressing season to keep demand firm in large-cap stocks.
== 2 == Nairametrics == 09:40 == NAIRA-FX
#T Naira ends week at N1,412/$1 at official window
Nairametrics | by Temitope Ajayi | December 5, 2026
#M byline=Temitope Ajayi
#P The naira closed the week at N1,412.30 against the US dollar at the Nigerian Foreign Exchange Market, a 0.6% gain from the previous week.
#P Data from FMDQ showed turnover at the official window fell to $208 million on Friday from $263 million on Thursday.
#P At the parallel market in Lagos, traders quoted the currency at N1,455/$1.
== 3 == Proshare == 10:05 == TBILLS-AUCTION
#D source=Proshare
#D source_aliases=["Proshare", "Proshare Nigeria"]
#T CBN to offer N412bn in treasury bills at Wednesday auction
#P The Central Bank of Nigeria will offer N412.6 billion in treasury bills at its primary market auction on Wednesday, December 9, 2026, according to the auction calendar published on Friday.
#P The offer comprises N48.2 billion of the 91-day bill, N64.4 billion of the 182-day bill and N300 billion of the 364-day bill.
#P Stop rates at the previous auction closed at 15.90%, 16.45% and 17.80% respectively.
#P Proshare analysts expect stop rates to edge lower on strong year-end liquidity.
== 4 == NDTV Profit == 14:50 == SEBI-BOARD
#D source=NDTV Profit
#D source_aliases=["NDTV Profit", "NDTV"]
#T SEBI board to take up changes to SME IPO rules at December 18 meeting
Written By Aditi Rao | Updated: Dec 05 2026, 14:50 IST
#M byline=Aditi Rao
#P The Securities and Exchange Board of India will take up proposed changes to listing rules for small and medium enterprises at its board meeting on December 18, people aware of the matter said.
#P The proposals include a higher minimum application size and a cap on the share of the offer that promoters can sell.
#P The regulator had sought public comments on the changes in October.
== 5 == NDTV Profit == 15:20 == GOLD-IMPORTS
#T India's gold imports rise 22% in November on wedding-season demand
Written By Kunal Mehta | Updated: Dec 05 2026, 15:20 IST
#M byline=Kunal Mehta
#P India's gold imports rose 22% year-on-year to $6.1 billion in November, driven by wedding-season demand, according to provisional trade data reviewed by NDTV Profit.
#P Silver imports fell 31% to $410 million over the same period.
#P Jewellers said demand could soften in December as domestic prices hover near record levels.
--------------------------------------------------------------------------------
QUEUE END   5 items   F3 next page   F5 refresh   F10 exit
"""

WIRE_SEASIA_BASKET_PRINT = r"""
*** BASKET PRINT *** SEASIA-EN  printed 05/12/2026 13:05 +07  4 items
Print width 72. Paragraphs separated by one blank line.

------------------------------------------------------------------------
BASKET SEASIA-EN   ITEM 1 OF 4   SRC: THAI PBS WORLD   RCVD 05/12 09:31
------------------------------------------------------------------------

#D wrap=72
#D kind=wire
#D published_date=2026-12-05
#D source=Thai PBS World
#D source_aliases=["Thai PBS World", "Thai PBS"]
#T Chiang Mai hospitals open smog clinics as PM2.5 levels climb

#W Hospitals in Chiang Mai have opened special clinics for patients with breathing problems as fine dust levels in the northern province rose above the safe limit for a fourth consecutive day.

#W The provincial public health office said PM2.5 readings reached 92 micrograms per cubic metre in Mae Rim district on Saturday morning, against the national safety threshold of 37.5.

#W Provincial governor Somsak Chaiwong has asked farmers not to burn crop waste and ordered district chiefs to patrol forest areas.

#W The Pollution Control Department expects the haze to ease on Monday when winds from the northeast strengthen.

------------------------------------------------------------------------
BASKET SEASIA-EN   ITEM 2 OF 4   SRC: SUNSTAR   RCVD 05/12 10:12
------------------------------------------------------------------------

#D source=SunStar
#D source_aliases=["SunStar", "SunStar Cebu", "SunStar Publishing"]
#T Cebu City sets up holiday traffic scheme along Osmeña Boulevard
By Jessa Mae O. Tan
#M byline=Jessa Mae O. Tan

#W THE Cebu City Government will close two lanes of Osmeña Boulevard to private vehicles on weekends starting Dec. 12 to ease holiday traffic around the Fuente Osmeña Circle.

#W City traffic chief Rolando Abellana said jeepneys and taxis would use the freed lanes, while private cars would be routed through General Maxilom Avenue.

#W The scheme will run until Jan. 10, 2027, he said.

------------------------------------------------------------------------
BASKET SEASIA-EN   ITEM 3 OF 4   SRC: TEMPO   RCVD 05/12 11:48
------------------------------------------------------------------------

#D source=Tempo
#D source_aliases=["Tempo", "TEMPO.CO", "Tempo English"]
#T Jakarta to test electric buses on Thousand Islands ferry route
Reporter: Dewi Anggraeni
Editor: Laras Wibisono
#M byline=Dewi Anggraeni
#M dateline=Jakarta

#W TEMPO.CO, Jakarta - The Jakarta provincial administration will test battery-powered buses on the feeder route to the Kali Adem ferry port next month, serving passengers bound for the Thousand Islands.

#W Head of the Jakarta Transportation Agency, Rahmat Hidayat, said four buses would run between the port and the Pluit bus terminal from January 5.

#W "If the trial works, we will add the route to the regular network in March," he said on Saturday.

Click here to get the latest news updates from Tempo on Google News

------------------------------------------------------------------------
BASKET SEASIA-EN   ITEM 4 OF 4   SRC: THE THAIGER   RCVD 05/12 12:20
------------------------------------------------------------------------

#D source=The Thaiger
#D source_aliases=["The Thaiger", "Thaiger"]
#T Phuket airport adds night immigration counters for peak season
Published: December 5, 2026, 12:05 PM | By Nattapong Srisuk
#M byline=Nattapong Srisuk
#M dateline=null
#C Picture courtesy of Phuket International Airport Facebook

#W Phuket International Airport will open six extra immigration counters between midnight and 6am from December 10 to cope with late arrivals during the high season.

#W Airport director Wichai Thongkam said passengers on some night flights had waited more than an hour at passport control last weekend.

#W The airport expects about 26,000 passengers a day over the New Year holiday.

------------------------------------------------------------------------
*** END OF BASKET PRINT ***
"""


def wire_levant_kurdistan_feed():
    return parse(WIRE_LEVANT_KURDISTAN_FEED)


def wire_south_asia_digest():
    return parse(WIRE_SOUTH_ASIA_DIGEST)


def wire_markets_queue():
    return parse(WIRE_MARKETS_QUEUE)


def wire_seasia_basket_print():
    return parse(WIRE_SEASIA_BASKET_PRINT)
