"""Newspaper-page dumps of final11: scraped article pages with their site chrome (all news text invented)."""
from markup import parse


def page_vbf_dongnai():
    # Two Vietnamese English-language sites scraped one page after another, one paragraph a line.
    return parse("""
VIETNAM BUSINESS FORUM
Home | Business | Investment | Trade | Dialogue | Doing Business | Events
Search
Investment
#D kind=site_page
#D published_date=2026-04-08
#D source=Vietnam Business Forum
#D source_aliases=["Vietnam Business Forum", "VBF", "vccinews.com"]
#T Bac Ninh Industrial Parks Attract US$1.2 Billion in First Quarter
#M byline=Hoang Linh
08/04/2026 09:15
#P Industrial parks in Bac Ninh province attracted US$1.2 billion of foreign direct investment in the first quarter of 2026, up 18% year on year, with electronics and component makers accounting for most of the new projects.
#C Production line at a component plant in Que Vo Industrial Park. Photo: VBF
#P According to the provincial Industrial Parks Management Board, 34 new projects were licensed and 21 existing projects raised their capital during the quarter.
#P Board director Nguyen Van Tuan said the province was speeding up land clearance for three new industrial parks to meet demand from investors moving supply chains to Vietnam.
#P "Investors now ask first about clean power and water supply, then about land prices," he said.
Hoang Linh
Source: Vietnam Business Forum
Share: Facebook | Twitter | Email | Print
Other news
#RT VCCI Launches Survey on Administrative Procedures for Exporters
#RT Hai Phong Logistics Firms Invest in Cold Storage
#RT Business Associations Propose Tax Deadline Extension for SMEs

Dialogue
#T Enterprises Call for Clearer Rules on Carbon Credit Trading
#M byline=Minh Thu
08/04/2026 11:40
#P Businesses have asked for clearer rules on domestic carbon credit trading before the pilot exchange opens next year, at a dialogue held in Hanoi by the Vietnam Chamber of Commerce and Industry (VCCI) on April 7.
#P Representatives of cement, steel and textile companies said they needed to know how emission allowances would be allocated in order to plan investment in cleaner technology.
#P Dau Anh Tuan, Deputy Secretary General of VCCI, said the chamber would send the businesses' proposals to the Ministry of Agriculture and Environment this month.
#C Delegates at the dialogue in Hanoi on April 7. Photo: VBF
Minh Thu
Source: Vietnam Business Forum
Share: Facebook | Twitter | Email | Print
Other news
#RT Vietnam Textile Firms Seek New Markets in the Middle East
#RT Green Credit Grows 24% in 2025

© VIETNAM BUSINESS FORUM - VIETNAM CHAMBER OF COMMERCE AND INDUSTRY
=====================================================================
ĐỒNG NAI NEWSPAPER - ENGLISH
Home | Politics | Economy | Society | Culture | Tourism
Home > Economy
#D source=Dong Nai Newspaper
#D source_aliases=["Dong Nai Newspaper", "Đồng Nai Newspaper", "Báo Đồng Nai", "baodongnai.com.vn"]
#T Long Thanh airport access road to open to traffic in June
#M byline=Hoang Loc
Updated: April 08, 2026 10:24
#P The access road linking Long Thanh International Airport with National Highway 51 will open to traffic in June, the provincial Department of Construction said.
#C Workers lay asphalt on the access road to Long Thanh International Airport. Photo: Huy Anh
#P The 6.5-kilometre road has six lanes and two interchanges. Construction is 92% complete.
#P The department said the contractors were working in three shifts to finish the drainage system before the rainy season.
Hoang Loc
Related news
#RT Dong Nai approves plan for new logistics centre in Nhon Trach
#RT Province to upgrade 14 rural roads this year

Home > Society
#T Bien Hoa hospital opens stroke centre
#M byline=Thu Ha
Updated: April 08, 2026 15:02
#P Dong Nai General Hospital opened a stroke centre on April 8 with 40 beds and an angiography system that allows doctors to remove blood clots within an hour of a patient's arrival.
#P Director Phan Huu Phuc said the centre would serve patients from Dong Nai and neighbouring Binh Phuoc and Ba Ria-Vung Tau.
#C The new stroke centre at Dong Nai General Hospital. Photo: Thu Ha
Thu Ha
Related news
#RT Dong Nai trains 300 village health workers

Copyright © Dong Nai Newspaper. All rights reserved.
""")


def page_khanhhoa_nst():
    # A Vietnamese provincial paper's English site and a Malaysian daily, scraped as text.
    return parse("""
KHANH HOA NEWSPAPER
HOME | POLITICS | ECONOMY | CULTURE | TOURISM | SOCIETY
TOURISM
#D kind=site_page
#D published_date=2026-04-08
#D source=Khanh Hoa Newspaper
#D source_aliases=["Khanh Hoa Newspaper", "Khánh Hòa Newspaper", "Báo Khánh Hòa", "baokhanhhoa.vn"]
#T Nha Trang welcomes first international cruise of summer season
#M byline=Thanh Hang
Wednesday, 08/04/2026 - 08:30
#P On April 7, Nha Trang Port welcomed the cruise ship Azure Horizon carrying nearly 2,100 passengers, mostly from Australia and the UK, marking the start of the summer cruise season in Khanh Hoa.
#C The cruise ship Azure Horizon docks at Nha Trang Port. (Photo: Thanh Hang)
#P During the day, the passengers visited Ponagar Tower, Long Son Pagoda and Dam Market, and took boat trips around Nha Trang Bay.
#P According to the Department of Tourism, 46 cruise calls are expected in Khanh Hoa this year, up from 31 last year.
Thanh Hang
Translated by Kim Ngan
Related news
#RT Khanh Hoa hosts tourism promotion week in Ho Chi Minh City
#RT Cam Ranh airport adds flights to Busan

ECONOMY
#T Van Phong Bay economic zone licenses two new projects
#M byline=Ngoc Anh
Wednesday, 08/04/2026 - 14:10
#P The Van Phong Economic Zone Management Board has licensed two projects with total investment of VND 3.4 trillion, a shrimp feed plant and a ship repair yard.
#P Board head Le Van Dung said the two projects would create about 900 jobs.
Ngoc Anh
Related news
#RT Khanh Hoa's export turnover up 12% in first quarter

Copyright © Khanh Hoa Newspaper
=====================================================================
NST Online
News | Business | Sports | Lifestyle | Opinion | World
News > Nation
#D source=New Straits Times
#D source_aliases=["New Straits Times", "NST", "NST Online", "nst.com.my"]
#T New Kuantan bridge eases traffic to industrial park
#M byline=Farah Nadia Hamid
#M dateline=KUANTAN
By Farah Nadia Hamid - April 8, 2026 @ 11:42am
#C The new bridge across the Kuantan River opened to traffic this morning. - NSTP/AZHAR RAMLI
#P KUANTAN: A new four-lane bridge across the Kuantan River opened to traffic today, cutting travel time between the city centre and the Gebeng industrial park by up to 20 minutes during peak hours.
#P State Public Works Committee chairman Datuk Rosli Othman said the RM210 million bridge was completed three months ahead of schedule.
#P "About 18,000 vehicles use this route every day, most of them workers and lorries heading to Gebeng," he said after the opening ceremony.
#P The old bridge will be closed for repairs for six months.
Related Articles
#RT Pahang to widen Jalan Gebeng bypass
#RT Kuantan port records higher cargo volume

News > Nation
#T Penang to add 60 electric buses by year-end
#M byline=Tan Mei Ling
#M dateline=GEORGE TOWN
By Tan Mei Ling - April 8, 2026 @ 4:05pm
#P GEORGE TOWN: Penang will add 60 electric buses to its public transport fleet by the end of the year, says state Transport Committee chairman Lim Wei Jie.
#P He said the buses would serve routes on the island's north coast and in Seberang Perai.
#C Electric buses at the depot in Bayan Lepas. - NSTP/MIKAIL ONG
Related Articles
#RT Penang LRT works enter second phase

© Copyright 2026 New Straits Times Press (M) Bhd. All rights reserved.
""")


def page_philstar_standard_vanguard():
    # English-language papers from the Philippines, Kenya and Nigeria, scraped with their chrome.
    return parse("""
PHILSTAR.COM
Headlines | Opinion | Nation | World | Business | Sports | Entertainment
Nation
#D kind=site_page
#D published_date=2026-04-08
#D source=The Philippine Star
#D source_aliases=["The Philippine Star", "Philippine Star", "Philstar", "Philstar.com", "The STAR"]
#T Iloilo to build P1.8-billion bulk water plant
#M byline=Ramon Villareal
#M dateline=ILOILO CITY, Philippines
Ramon Villareal - The Philippine Star
April 8, 2026 | 12:00am
#P ILOILO CITY, Philippines — The provincial government of Iloilo has approved the construction of a P1.8-billion bulk water treatment plant that will supply 11 towns north of the city.
#P Gov. Teresita Manaloto said the plant, to be built on the Jalaur River, would produce 80 million liters of water a day once completed in 2028.
#C Residents line up for water in Pototan, Iloilo. The STAR / Ramon Villareal, file
#P The project will be financed by a loan from a state-owned bank, she added.
Recommended
#RT Capiz farmers get solar-powered irrigation pumps
#RT Guimaras mango exports resume

Headlines
#T DOTr to extend EDSA bus carousel hours
#M byline=Kristine Soriano
#M dateline=MANILA, Philippines
Kristine Soriano - The Philippine Star
April 8, 2026 | 12:00am
#P MANILA, Philippines — The EDSA bus carousel will run until 1 a.m. starting next week, the Department of Transportation (DOTr) announced yesterday.
#P The carousel now runs from 4 a.m. to 11 p.m. The DOTr said the extended hours would serve night-shift workers in business districts along EDSA.
#C Passengers board a carousel bus at the Monumento station. The STAR / Kristine Soriano
Recommended
#RT MRT-3 to add trains during rush hour

Copyright © 2026 Philstar Global Corp. All rights reserved
=====================================================================
The Standard
Home | News | Business | Opinion | Sports | Counties
Home › National
#D source=The Standard
#D source_aliases=["The Standard", "Standard", "Standard Digital", "standardmedia.co.ke"]
#T Nakuru traders move to new market as county closes old stalls
#M byline=Wanjiru Kamau
By Wanjiru Kamau | Apr. 8, 2026
#C Traders arrange produce at the new Nakuru wholesale market. [Kipkemoi Langat, Standard]
#P More than 1,200 traders in Nakuru moved to a new wholesale market yesterday as the county government closed the old stalls on Kenyatta Avenue.
#P County Trade executive Mary Chelang'a said the new market had 1,500 stalls, cold rooms and a loading bay for lorries.
#P Some traders complained that the new site was far from the town centre and asked the county to provide transport for buyers.
Related Topics
Nakuru County
Traders
Read More
#RT Eldoret to build modern bus terminal
#RT Naivasha flower farms report higher sales
=====================================================================
Vanguard
News | Politics | Business | Sports | Health | Education
April 8, 2026
#D source=Vanguard
#D source_aliases=["Vanguard", "Vanguard News", "Vanguard Nigeria", "vanguardngr.com"]
#T Lagos hospitals get 50 new ambulances
#M byline=Chioma Okafor
By Chioma Okafor
#P The Lagos State Government has handed over 50 new ambulances to public hospitals and emergency centres across the state.
#P The Commissioner for Health, Dr. Babatunde Adeyemi, said the ambulances would cut response times in Ikorodu, Badagry and Epe, where many emergency calls currently wait more than an hour.
#C Some of the new ambulances at the handover in Alausa, Ikeja.
#P He said each ambulance was fitted with oxygen and a defibrillator.
Related
#RT FG releases funds for primary healthcare centres
#RT Ogun opens new trauma centre

All rights reserved. This material and any other digital content on this platform may not be reproduced, published, broadcast, written or distributed in full or in part, without written permission from VANGUARD NEWS.
""")


def page_mnd_brusselstimes():
    # Mexico News Daily and The Brussels Times article pages, one paragraph a line, chrome kept.
    return parse("""
MEXICO NEWS DAILY
News | Business | Politics | Culture | Travel | Opinion
#D kind=site_page
#D published_date=2026-04-08
#D source=Mexico News Daily
#D source_aliases=["Mexico News Daily", "MND", "mexiconewsdaily.com"]
News
#T Guadalajara light rail Line 5 to open in July, says Jalisco governor
#M byline=Laura Sandoval
The 11-kilometer line will connect the city center with the airport
Published on Wednesday, April 8, 2026
By Laura Sandoval
#C Workers install overhead cables on Line 5 in Tlaquepaque. (Gobierno de Jalisco)
#P Line 5 of the Guadalajara light rail will open in July, Jalisco Governor Pablo Lemus said on Tuesday, almost a year later than originally planned.
#P The 11-kilometer line will have eight stations and connect the historic center with Guadalajara International Airport in about 25 minutes.
#P Lemus said the delay was caused by the relocation of water pipes under the route, which took longer than expected.
With reports from El Informador
Related posts
#RT Monterrey metro Line 6 enters test phase
#RT Mexico City to expand Ecobici to three new boroughs

Business
#T Querétaro auto parts maker to invest US $95 million in new plant
#M byline=Daniel Ortega
Published on Wednesday, April 8, 2026
By Daniel Ortega
#P A German auto parts manufacturer will invest US $95 million in a new brake systems plant in Querétaro, creating about 700 jobs, the state government announced on Tuesday.
#P The plant, in the El Marqués industrial park, is expected to begin production in late 2027.
#C Querétaro state officials with company executives at the announcement. (Gobierno de Querétaro)
Related posts
#RT Nearshoring investment in Bajío reaches record

Mexico News Daily | Sign up for our newsletter
=====================================================================
The Brussels Times
Belgium | Brussels | EU Affairs | Business | Culture
Brussels
#D source=The Brussels Times
#D source_aliases=["The Brussels Times", "Brussels Times", "brusselstimes.com"]
#T Brussels to turn Boulevard Anspach side streets into pedestrian zone
#M byline=Sophie Verlinden
Wednesday, 08 April 2026
By Sophie Verlinden
#C The pedestrian zone on Boulevard Anspach. Credit: Belga / Pieter Claes
#P The City of Brussels will extend the pedestrian zone around Boulevard Anspach to six more side streets from September, the city's mobility alderman announced on Wednesday.
#P Delivery vehicles will still be allowed in the streets between 5:00 and 11:00, and residents will keep access to their garages.
#P Shopkeepers' association Comerco said it welcomed the plan but asked for more bicycle parking.
Share this article:
Related Articles
#RT STIB to run more trams on line 7 from May
#RT Brussels-Capital Region approves new parking plan

Belgium
#T Antwerp port container volumes rise 5% in first quarter
#M byline=Pieter Janssens
Wednesday, 08 April 2026
By Pieter Janssens
#P The Port of Antwerp-Bruges handled 3.4 million containers in the first three months of 2026, 5% more than in the same period last year, the port authority announced on Wednesday.
#P Volumes to and from Asia grew fastest, while traffic with the United Kingdom was stable.
#C Container ships at the Port of Antwerp-Bruges. Credit: Belga
Share this article:
Related Articles
#RT Zeebrugge to build new car terminal

© 2026 The Brussels Times. All rights reserved.
""")
