"""Newspaper/site-page dumps of final14 (all news text invented; real places as settings only; dated
Saturday 5 December 2026; Vietnamese places after the 2025 reorganisation: wards and communes, no
districts)."""
from markup import parse


def page_daklak():
    """Two scraped pages of a Vietnamese provincial paper's English edition: masthead and menu, crumb,
    time stamp, a bold sapo as lede, captions with credits, byline and translator after the text, 'Other
    news' teasers, copyright."""
    return parse("""
DAK LAK ONLINE
Dak Lak Newspaper - English edition
Tiếng Việt | English | Ê Đê | M'nông
Home | Politics | Economy | Society | Culture - Sports | Tourism | Photos
English > Economy

#D kind=site_page
#D published_date=2026-12-05
#D source=Dak Lak Newspaper
#D source_aliases=["Dak Lak Newspaper", "Dak Lak Online", "Báo Đắk Lắk", "baodaklak.vn"]
#T Coffee growers in Ea Kar commune switch to certified drip irrigation
#M byline=Thuy Hong
Saturday, 05/12/2026 08:40

#B More than 300 coffee-growing households in Ea Kar commune have installed drip irrigation systems under a certification programme that promises buyers lower water use and traceable beans.

#P The programme, run by the commune's agricultural cooperative with a fictional exporter, Highland Bean Trading, covers 410 hectares of robusta coffee. Each household receives a subsidy of 40 percent of the system's cost, and the rest can be repaid over three harvests.
#C Farmers in Ea Kar commune check a drip line in a robusta garden. Photo: Thuy Hong
#P According to Mr. Y Blin Niê, director of the cooperative, households on drip irrigation used about 45 percent less water in the 2025-2026 dry season than those still watering by hose.
#P "Before, my family pumped water from the stream for three days for each round. Now one person can do it in the morning," said Mrs. H'Lan Ayun, who grows coffee on 1.2 hectares.
#P The cooperative plans to extend the programme to 600 more hectares in 2027, focusing on gardens near streams that dried up in recent dry seasons.
Thuy Hong
Translated by Ngoc Lan

Share: Facebook | Zalo | Print
Other news
#RT Buon Ma Thuot Ward opens night market on pedestrian street
#RT Dak Lak's durian exports reach 1.1 billion USD in 11 months
#RT Tuy Hoa Ward dredges canal ahead of flood season

© Dak Lak Newspaper. Address: 13 Nguyen Tat Thanh, Buon Ma Thuot Ward, Dak Lak Province.

----------------------------------------------------------------
DAK LAK ONLINE
Dak Lak Newspaper - English edition
Tiếng Việt | English | Ê Đê | M'nông
Home | Politics | Economy | Society | Culture - Sports | Tourism | Photos
English > Culture - Sports

#T GONG CULTURE FESTIVAL BRINGS 30 TEAMS TO BUON MA THUOT
#M byline=Hoang Gia
Saturday, 05/12/2026 10:15

#B The provincial gong culture festival opened on December 5 in Buon Ma Thuot Ward, gathering 30 gong ensembles of Ê Đê, M'nông, J'rai and Chăm H'roi people from across the province.

#C Gong ensembles perform at the opening ceremony. Photo: Hoang Gia
#P Speaking at the opening, Vice Chairman of the Provincial People's Committee Le Dinh Phuc said the festival was the first since the merger of Dak Lak and Phu Yen, and the first to include ensembles from the former Phu Yen area.
#P Over three days, the teams will compete in performance, gong tuning and the reenactment of traditional rituals, and visitors can join gong workshops held by artisans.
#P Artisan Y Mun Kbuôr, 78, from Ea Tu commune, said he had brought eight young players from his village, "so that the gongs keep speaking after my generation".
#C Young players from Ea Tu commune practise before the performance. Photo: Hoang Gia
#P The festival runs until December 7 at the Dak Lak Museum square.
Hoang Gia
Translated by Ngoc Lan

Share: Facebook | Zalo | Print
Other news
#RT Ea Sup commune restores old-growth dipterocarp forest trail
#RT Provincial football team promoted to First Division

© Dak Lak Newspaper. Address: 13 Nguyen Tat Thanh, Buon Ma Thuot Ward, Dak Lak Province.
""")


def page_wordvietnam():
    """Two saved pages of a Ho Chi Minh City English-language magazine site: masthead, menu, section label,
    byline with date under the headline, standfirst, photo credits, tags, share row, 'Related' teasers."""
    return parse("""
WORD Vietnam
Ho Chi Minh City | Hanoi | Da Nang
Home   News   Food & Drink   Travel   Arts & Culture   Events   Listings   Subscribe
Search...

NEWS

#D kind=site_page
#D published_date=2026-12-05
#D source=Word Vietnam
#D source_aliases=["Word Vietnam", "WORD Vietnam", "Word"]
#T Saigon's Oldest Bookshop Street Gets a Night Market for Readers
#M byline=Jamie Tran
By Jamie Tran | December 5, 2026
Share  |  Facebook  |  Email

#P From this weekend, the book street off Nguyen Van Binh will stay open until 10pm on Saturdays, with stalls selling second-hand books, zines and prints from local illustrators.
#C Second-hand book stalls set up on the book street on Friday evening. Photo by Linh Pham
#P The organisers, a fictional readers' collective called Trang Sach, say 46 vendors have signed up for the first night, among them eleven independent publishers from Hanoi and Da Nang.
#P "We wanted a place where people come to browse, not just to take photos," says Vo Minh Khoa, one of the collective's founders. "If they leave with one book, we are happy."
#P Entry is free. The night market runs every Saturday until the end of January, except on New Year's weekend.
#C A reader browses illustrated maps at a stall. Photo by Linh Pham

Tags: Books, Saigon Ward, Night Market, Weekend
Related
#RT The Best Independent Bookshops in Ho Chi Minh City
#RT A Walk Through Saigon Ward's Disappearing Apartment Cafés
#RT Five Zine Makers You Should Know

--------------------------------------------------------------
WORD Vietnam
Ho Chi Minh City | Hanoi | Da Nang
Home   News   Food & Drink   Travel   Arts & Culture   Events   Listings   Subscribe
Search...

FOOD & DRINK

#T A Vung Tau Seafood Institution Opens Its First Branch in the City Centre
#M byline=Huy Do
By Huy Do | December 5, 2026
Share  |  Facebook  |  Email

#P Quan Ba Tu, the seafood restaurant that has served crab hotpot on the Vung Tau seafront since 1994, has opened its first branch in Ben Thanh Ward, a two-hour drive from the original.
#C The new Ben Thanh branch of Quan Ba Tu. Photo by Huy Do
#P The menu is shorter than at the original, with twelve dishes instead of forty, but the crab hotpot and the salted egg squid are there, and the seafood still arrives every morning from the family's suppliers in Vung Tau Ward.
#P "My mother said she would only agree to open here if the crabs travel less time than the customers do," jokes Tran Thi Ngoc Anh, who runs the restaurant with her brother.
#P Dishes cost between VND120,000 and VND650,000. Open daily, 11am to 10pm.

Tags: Seafood, Ben Thanh Ward, New Openings
Related
#RT Where to Eat Crab in Ho Chi Minh City
#RT Weekend Trip: Vung Tau Beyond the Front Beach

© 2026 Word Vietnam. All rights reserved.
""")


def page_himalayan_dhaka_irrawaddy():
    """Three scraped pages from South and Southeast Asian papers: The Himalayan Times (dateline in the lede,
    news-service credit), Dhaka Tribune (publish/update stamps, photo credit, tags), The Irrawaddy (byline
    of the paper itself, caption with credit, 'You may also like')."""
    return parse("""
The Himalayan Times
Nepal's No. 1 English Daily Newspaper
Nepal | World | Business | Sports | Opinion | Entertainment | Lifestyle | ePaper
Home > Kathmandu

#D kind=site_page
#D published_date=2026-12-05
#D source=The Himalayan Times
#D source_aliases=["The Himalayan Times", "Himalayan Times", "THT"]
#T Valley gets 40 new electric buses for ring road service
#M dateline=KATHMANDU, DEC 5
Himalayan News Service
Published: 08:05 am Dec 05, 2026
Share Now:

#P KATHMANDU, DEC 5 - Forty new electric buses began operating on the Ring Road today, cutting the waiting time between buses on the busiest stretches to six minutes, according to the Kathmandu Valley public transport authority.
#P The buses, bought with a fictional concessional loan of Rs 2.4 billion, will run from 6:00am to 9:00pm and accept the same card used on the valley's existing electric buses.
#P Transport officer Bimala Shrestha said the authority had installed 18 charging points at the Sinamangal and Koteshwor depots.
#P Passengers at Kalanki welcomed the service but complained that many bus stops still have no shelter.
#C Passengers board a newly introduced electric bus at Kalanki, in Kathmandu, on Saturday. Photo: THT
Tags: Electric Bus, Ring Road, Kathmandu Valley

Related News
#RT Lalitpur metropolis to charge for parking on core streets
#RT Kathmandu-Terai expressway tunnel breakthrough delayed

©2026 The Himalayan Times. All rights reserved.

==============================================================
Dhaka Tribune
Bangladesh | Nation | Business | World | Sport | Opinion | Showtime | Climate Change
Home / Bangladesh / Dhaka

#D source=Dhaka Tribune
#D source_aliases=["Dhaka Tribune", "DT"]
#T Dhaka's first battery-swap station for rickshaws opens in Mirpur
#M byline=Tanvir Ahmed Shuvo
Tanvir Ahmed Shuvo
Publish : 05 Dec 2026, 10:12 AM
Update : 05 Dec 2026, 01:40 PM
#C Drivers line up to swap batteries at the new station in Mirpur on Saturday, December 5, 2026. Photo: Dhaka Tribune

#P A station where battery-run rickshaw drivers can swap a flat battery for a charged one in under two minutes opened in Mirpur on Saturday, the first of 25 planned across the capital.
#P The station is run by a fictional startup, ChargeRiksha, which charges Tk 120 per swap and says drivers save about an hour and a half a day compared with plugging in at garages.
#P "I used to lose the whole afternoon waiting for the charge," said driver Abdul Karim, 46. "Today I swapped and was back on the road before my tea got cold."
#P Dhaka North City Corporation officials said the stations would help move charging away from illegal connections in residential buildings.

Topics: Dhaka, Rickshaw, Electric Vehicle, DNCC
Read More
#RT Tejgaon traffic diversion extended for metro works
#RT Gulshan lake walkway reopens after repairs

==============================================================
The Irrawaddy
Burma | Business | Opinion | Specials | In Person | Lifestyle | Video
Home > News > Burma

#D source=The Irrawaddy
#D source_aliases=["The Irrawaddy", "Irrawaddy"]
#T Flooded Farmers in Bago Region Face Late Paddy Harvest
#C A farmer inspects flood-damaged paddy in Bago Region on Dec. 3. / The Irrawaddy
By The Irrawaddy 5 December 2026

#P Farmers in parts of Bago Region say late floods have pushed back the monsoon paddy harvest by at least three weeks, raising fears of losses if early winter rains arrive before the crop is brought in.
#P In the township of Kawa, fields that were submerged for ten days in October are only now dry enough for harvesters, farmers told The Irrawaddy.
#P "We planted twice this season because the first seedlings were washed away," said U Tin Maung Oo, who farms eight acres. "Our debt doubled before the rice even came up."
#P Traders in Yangon said paddy prices had risen about 15 percent since October on expectations of a smaller crop.

Topics: Agriculture, Bago Region, Floods
You may also like
#RT Myanmar Rice Exports Slip as Freight Costs Climb
#RT Mandalay Traders Struggle With Power Cuts in Dry Season

Copyright © 2026 Irrawaddy Publishing Group
""")


def page_jordantimes_fmt_newsday():
    """Three scraped pages: The Jordan Times (paper's own byline, 'AMMAN — ' lede, last-updated line), Free
    Malaysia Today ('PETALING JAYA: ' lede, author and date under the headline, '(FMT pic)' caption),
    Trinidad and Tobago Newsday (byline after the photo, caption with photographer, 'More in News')."""
    return parse("""
The Jordan Times
Jordan's first independent political, economic and cultural English language daily
Local | Region | World | Business | Opinion | Culture | Sports
Home » Local

#D kind=site_page
#D published_date=2026-12-05
#D source=The Jordan Times
#D source_aliases=["The Jordan Times", "Jordan Times", "JT"]
#T Aqaba desalination pilot to supply 5,000 homes by summer
#M dateline=AMMAN
By JT - Dec 05,2026 - Last updated at Dec 05,2026

#P AMMAN — A pilot desalination unit in Aqaba will supply drinking water to about 5,000 homes in the southern port city by next summer, the Ministry of Water and Irrigation said on Saturday.
#P The unit, built by a fictional Jordanian-Spanish consortium, Wadi Blue Water, will produce 6,500 cubic metres a day and is designed to be expanded later, ministry spokesperson Rania Haddadin told The Jordan Times.
#P The project is separate from the national carrier project that will bring desalinated water from Aqaba to Amman, he added.
#P Jordan is among the most water-scarce countries in the world.
Read More
#RT Amman municipality launches winter road maintenance plan
#RT Petra visitor numbers up 12 per cent in November

Copyright © 2026 Jordan Times. All rights reserved.

==============================================================
FMT
FREE MALAYSIA TODAY
News | Berita | Business | Lifestyle | Opinion | World | Sports | Videos
Home > News > Nation

#D source=Free Malaysia Today
#D source_aliases=["Free Malaysia Today", "FMT"]
#T Penang to trial flood sensors on 15 rivers before monsoon peak
#M byline=Aidan Loh
#M dateline=GEORGE TOWN
Aidan Loh
-
05 Dec 2026, 11:30 AM
#C The sensors will send water level readings every five minutes to the state's disaster operations room. (FMT pic)

#P GEORGE TOWN: The Penang government will install water level sensors on 15 rivers and monsoon drains before the end of December, in a trial meant to give residents more warning of flash floods.
#P State infrastructure committee chairman Teoh Kah Seng said the sensors, supplied by a fictional local firm, Sungai Data Sdn Bhd, would cost RM1.8 million and send readings every five minutes to the state's disaster operations room.
#P "If the trial works, the alerts will go straight to people's phones through the state app by the middle of next year," he told reporters after a site visit in Bayan Lepas.
#P Flash floods in October inundated more than 300 homes on the island.
Related News
#RT Seberang Perai council to clear 40km of drains this month
#RT Motorists urged to avoid low-lying roads during king tides

FMT News
Copyright © 2026 FMT Media Sdn Bhd

==============================================================
Trinidad and Tobago Newsday
News | Business | Sport | Sunday Newsday | Opinion | Features | Tobago
Home / News

#D source=Trinidad and Tobago Newsday
#D source_aliases=["Trinidad and Tobago Newsday", "Newsday", "TT Newsday"]
#T Chaguanas vendors get covered market ahead of Christmas rush
#C Vendors set up stalls at the newly opened covered market in Chaguanas on Saturday. - Photo by Kerwin Rampersad
#M byline=Shaniqua Boodram
Shaniqua Boodram
Dec 5, 2026 - 5 Hrs Ago

#P Vendors who for years sold produce along the pavements of Chaguanas' Main Road moved into a new covered market on Saturday, just in time for the Christmas shopping rush.
#P The Chaguanas Borough Corporation said the market has 160 stalls, toilets and a cold room, and that vendors will pay a monthly fee of $150 for the first year.
#P Mayor Deoraj Sookdeo said the move would ease traffic on the main road, where parked delivery trucks have long narrowed the road to one lane.
#P Some vendors said they were worried customers would not find them. "The people used to see my pepper from the road," said Sunita Ramdass, who has sold vegetables in the town for 22 years.
More in News
#RT Couva fishermen call for new jetty after storm damage
#RT WASA announces water schedule for central Trinidad

Newsday © 2026 All rights reserved.
""")
