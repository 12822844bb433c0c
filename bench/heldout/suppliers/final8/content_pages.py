"""Newspaper-page dumps of corpus final8 (all text invented; see README.md). Template syntax: markup.py."""
from markup import parse

PAGE_VIETNAMTIMES_DTINEWS = r"""
#D kind=site_page
#D published_date=2026-03-13
#D source=Vietnam Times
#D source_aliases=["Vietnam Times", "VNT", "vietnamtimes.org.vn", "Thời Đại"]
VIETNAM TIMES
Home | Focus | Economy | Society | Culture | Friendship | Multimedia | Vietnamese
Economy » Business
#T Quang Ninh Seafood Cooperatives Win First Order From Japanese Retailer
Friday, 13/03/2026 08:45
#M byline=Minh Thu
Minh Thu
#P Five seafood cooperatives in Van Don district of Quang Ninh province have signed their first export contract with a Japanese supermarket chain, for 60 tonnes of frozen clams and squid a year.
#C Workers sort clams at a cooperative in Van Don district. Photo: VNT
#P The contract, worth about 14 billion VND, was signed in Ha Long city on March 12 with the support of the provincial trade promotion centre.
#P Meeting Japanese standards
#P To qualify, the cooperatives spent two years upgrading their cold storage and keeping records of where each batch was harvested, said Nguyen Thi Lan, director of the Thang Loi cooperative.
#P "The buyer visited us four times before signing. Now we have to keep every promise," she said.
#P The province plans to help ten more cooperatives obtain export certificates this year.
Tags: Quang Ninh, seafood, export, Japan
Most read
#RT Hanoi to pilot night bus routes to Noi Bai airport
2 hours ago
#RT Vietnamese and Korean students plant trees in Hoa Binh
4 hours ago
#RT Da Nang hosts friendship football cup for expats
6 hours ago

VIETNAM TIMES
Home | Focus | Economy | Society | Culture | Friendship | Multimedia | Vietnamese
Friendship » People-to-people
#T Vietnam-Cuba Friendship Association Sends School Supplies to Pinar del Rio
Friday, 13/03/2026 11:20
#P The Vietnam-Cuba Friendship Association in Ho Chi Minh City has sent 3,000 sets of school supplies to primary schools in the Cuban province of Pinar del Rio.
#P The sets, each with notebooks, pencils and a schoolbag, were collected from donations by businesses and students in the city over three months.
#P Association vice chairman Tran Van Hoa said the donation would be handed over by the Cuban embassy during a ceremony next month.
#C Students in Ho Chi Minh City pack school supplies for Cuba.
#c Photo: Courtesy of the association
Tags: Cuba, friendship, education
Most read
#RT Hanoi to pilot night bus routes to Noi Bai airport
2 hours ago
#RT Vietnamese and Korean students plant trees in Hoa Binh
4 hours ago
© Vietnam Times 2026. All rights reserved.

Dtinews.vn
DTiNews | Dan Tri International | News in English
Society
#D source=Dtinews
#D source_aliases=["Dtinews", "DTiNews", "Dan Tri International", "Dtinews.vn", "Dân trí"]
#T Hanoi students build flood sensors from old smartphones
13/03/2026 10:20 GMT+7
#P (Dtinews) - A group of students at a Hanoi high school has turned old smartphones into flood sensors that send an alert when water rises in low-lying alleys.
#C The sensor made by the students is tested in an alley in Hoang Mai district. (Photo: Dtinews)
#P The devices use the phones' cameras to read a painted gauge on a wall and post the water level to a group chat every ten minutes.
#P Team leader Pham Gia Bao, 16, said the idea came after his grandmother's house was flooded twice last autumn.
#P The students plan to install 20 sensors in Hoang Mai district before the rainy season with help from the ward's youth union.
#M byline=Thanh Tung
Thanh Tung
You may also like
#RT Young volunteers clean up Long Bien bridge area
#RY (Dtinews) - More than 200 volunteers collected rubbish along the river bank on Sunday...
#RT Hanoi schools add swimming lessons for grade 3
#RY (Dtinews) - Every third-grader in the capital will learn to swim this year...
"""

PAGE_VGP_CAND_CUSTOMS = r"""
#D kind=site_page
#D published_date=2026-03-13
#D source=VGP News
#D source_aliases=["VGP News", "VGP", "Vietnam Government Portal", "baochinhphu.vn", "Báo Điện tử Chính phủ"]
VGP NEWS - Online Newspaper of the Government
Home / Policies / Economy
#T Government approves plan to modernise 12 inland container depots
13/03/2026 | 10:15
#P VGP - The Government has approved a plan to modernise 12 inland container depots in the northern and southern key economic regions by 2030, in order to cut logistics costs for exporters.
#C Containers at an inland depot in Binh Duong province. - Photo: VGP
#P Under the plan, the depots will be linked to seaports by rail or inland waterways, and customs procedures will be handled on site.
#P The Ministry of Construction will select investors through open bidding, while provinces will be responsible for land clearance.
#P The plan sets three targets:
#P - reduce the share of road transport for containers to below 70%;
#P - cut the average time goods spend at depots by 20%;
#P - connect all depots to the national single window.
Related news
#RT Deputy PM urges faster disbursement of transport investment
#RT Logistics costs fall to 16% of GDP

CONG AN NEWS
english.cand.com.vn
News > Society
#D source=Cong An News
#D source_aliases=["Cong An News", "CAND", "Công an Nhân dân", "People's Public Security Newspaper", "english.cand.com.vn"]
#T HCM City police launch app for reporting traffic violations
#M byline=LE QUANG VINH
LE QUANG VINH
Friday, 13/03/2026, 09:05
#P CAND – The traffic police of Ho Chi Minh City on March 13 launched an app that lets residents send photos and videos of traffic violations directly to the force.
#P Reports are checked by officers within 48 hours, and the sender can follow the case in the app without revealing their identity to the offender.
#C Officers demonstrate the app at the launch ceremony.
#P Colonel Tran Duc Phong, deputy head of the city's traffic police division, said more than 1,800 tip-offs had been received during a one-month trial.
Most viewed
#RT Police dismantle online gambling ring in Dong Nai
1 hour ago
#RT Border guards seize 300 kg of smuggled sugar in An Giang
3 hours ago

Home  Import-Export  Enterprises  Customs Reform
#D source=Customs News
#D source_aliases=["Customs News", "Vietnam Customs News", "Báo Hải quan", "Hai Quan"]
#T Haiphong customs clears first cargo under new green-lane pilot
March 13, 2026 - 08:30
#P Haiphong customs department on March 13 cleared the first shipment under a pilot "green lane" for businesses with a good compliance record, taking 18 minutes from declaration to release.
#P The shipment, 40 containers of electronic components, was imported by an enterprise in the Trang Due industrial park.
#C Customs officers at Tan Vu port. Photo: T.Binh
#P Eighty-five enterprises have been selected for the pilot, which runs until the end of the year. Their goods will be inspected only when risk management software flags a shipment.
#M byline=Thai Binh
Thai Binh
Share   Facebook   Zalo   Print
© Copyright 2026 Customs News - Vietnam Customs. All rights reserved.
Licence No. 41/GP-BTTTT. Editor-in-chief: ...
"""

PAGE_PLO_VEN_VAN = r"""
#D kind=site_page
#D published_date=2026-03-13
#D source=PLO
#D source_aliases=["PLO", "Phap Luat Online", "Pháp Luật TP.HCM", "plo.vn"]
PLO English
PLO › News › Ho Chi Minh City
#T HCMC to build 30 km of shaded walkways along canals
#M byline=Quoc Anh
By Quoc Anh | Friday, March 13, 2026 - 07:50 GMT+7
#P PLO - Ho Chi Minh City will build about 30 km of shaded walkways along the Nhieu Loc-Thi Nghe and Tau Hu-Ben Nghe canals over the next three years, the city's Department of Construction said.
#P The walkways will have trees, benches and lighting, and will connect to bus stops and future metro stations.
#C The Nhieu Loc-Thi Nghe canal in Phu Nhuan district. Photo: QUOC ANH
#P "Residents asked for a place to walk in the evening that is not next to traffic," said deputy director Do Minh Khoa.
Trending
#RT HCMC metro line 2 tunnel boring machine arrives
30 minutes ago
#RT New rules on apartment parking fees take effect
2 hours ago

VIETNAM ECONOMIC NEWS
Trade | Industry | Investment | Digital Economy
#D source=VEN
#D source_aliases=["VEN", "Vietnam Economic News", "ven.vn"]
#T Textile firms turn to recycled fibre as EU rules tighten
03/13/2026
#P VEN - Vietnamese textile and garment companies are increasing their use of recycled polyester and cotton to meet new European Union requirements on product durability and recyclability.
#P According to the Vietnam Textile and Apparel Association, about 15 percent of fabric used by exporters last year contained recycled fibre, up from 6 percent in 2023.
#P A garment maker in Nam Dinh, Song Hong Fashion, said it had installed a line that turns cutting waste into yarn.
#P "Our European buyers now ask for the share of recycled content on every order," said its sales manager Vu Thi Hanh.
#M byline=Hoang Long
Hoang Long
Related articles
#Rt Vietnam's garment exports up 9% in first two months
Vietnam's garment exports up 9% in first two months (13/03/2026)
#Rt EU traceability rules: what exporters need to know
EU traceability rules: what exporters need to know (10/03/2026)

eng.nongnghiep.vn
VIETNAM AGRICULTURE
Home  >  Markets  >  Rice
#D source=VAN
#D source_aliases=["VAN", "Vietnam Agriculture", "Vietnam Agriculture Newspaper", "Nông nghiệp Việt Nam", "eng.nongnghiep.vn"]
#T Mekong Delta farmers test low-emission rice on 2,000 hectares
Friday, 13/03/2026 | 14:00 GMT+7
#P (VAN) Farmers in Can Tho and Soc Trang have started growing low-emission rice on 2,000 hectares this spring, using alternate wetting and drying and less seed and fertiliser.
#C A farmer in Thoi Lai district checks water levels in his field. Photo: Le Hoang Vu.
#P The pilot is part of the programme for one million hectares of high-quality, low-emission rice in the Mekong Delta.
#P Farmers taking part receive free straw collection, which stops them from burning straw in the fields.
#P Cooperative director Truong Van Sang said costs were about 3 million VND per hectare lower than for conventional rice.
#M byline=Le Hoang Vu
Le Hoang Vu
Translated by Linh Linh
"""

PAGE_TRIBUNE_CITIZEN_BATIMES_UBPOST = r"""
#D kind=site_page
#D published_date=2026-03-13
#D source=The Express Tribune
#D source_aliases=["The Express Tribune", "Express Tribune", "tribune.com.pk"]
THE EXPRESS TRIBUNE
Home / Pakistan / Sindh
#T Karachi to get 50 new water tankers for katchi abadis
#M byline=Our Correspondent
Our Correspondent
March 13, 2026
#M dateline=KARACHI
#C Residents fill containers from a water tanker in Orangi Town. PHOTO: FILE
#P KARACHI: The Karachi Water and Sewerage Corporation will add 50 tankers to its fleet to supply informal settlements that are not connected to the piped network, a spokesperson said on Friday.
#P The tankers will be dispatched through a hotline, and residents will be charged a fixed rate of Rs1,500 per trip.
#P The corporation said it was also repairing two pumping stations at Dhabeji that had reduced supply to the city's western districts.
You may also like
#RT Sindh cabinet approves new bus routes for Hyderabad
#RT Heat action plan to be ready by April, says commissioner

THE CITIZEN
Tanzania's leading newspaper
News | National
#D source=The Citizen
#D source_aliases=["The Citizen", "thecitizen.co.tz", "The Citizen Tanzania"]
#T Dar port cuts cargo waiting time to four days
#M byline=Hellen Mwakalinga
By Hellen Mwakalinga
#M dateline=Dar es Salaam
#P Dar es Salaam. The average time cargo waits at the Dar es Salaam port has fallen to four days from nine a year ago, the Tanzania Ports Authority said yesterday.
#P The improvement follows the opening of two new berths and the introduction of round-the-clock operations at the container terminal.
#P "Shipping lines that skipped Dar es Salaam are coming back," said acting director general Mussa Kinyonga.
#C Cranes at the Dar es Salaam port container terminal. PHOTO | FILE
#P Traders from Zambia and Malawi said they now preferred the port for imports.
Friday, March 13, 2026 — Updated 9:40 AM
Related
#RT Tazara gets new locomotives for copper haul
#RT Central corridor traders cheer faster border checks

BUENOS AIRES TIMES
SOCIETY | 13-03-2026 11:24
#D source=Buenos Aires Times
#D source_aliases=["Buenos Aires Times", "batimes.com.ar", "BA Times"]
Tango heritage
#T Buenos Aires Opens Tango Archive to the Public
City government digitises thousands of recordings, scores and photographs
#P The Buenos Aires city government on Friday opened a public archive of tango recordings, sheet music and photographs, after a five-year effort to digitise collections held by clubs, families and a former radio station.
#C The archive's reading room in San Telmo. | Foto: BAT
#P The archive holds more than 12,000 recordings, some from wax cylinders made in the 1910s, which can be heard free of charge in a reading room in San Telmo or online.
#P "Many of these records were in shoeboxes in people's homes," said archivist Mariela Quiroga.
#M byline=Tomás Achával
by Tomás Achával

THE UB POST
Mongolia's English-language newspaper
#D source=UB Post
#D source_aliases=["UB Post", "The UB Post", "ubpost.mn"]
Business
#T Ulaanbaatar district heating network to add 40 km of insulated pipes
#M byline=B.ENKHJIN
By B.ENKHJIN
Published: March 13, 2026
#P The Ulaanbaatar heating network company plans to replace 40 kilometres of pipes with pre-insulated ones this summer, reducing heat losses in the capital's ger districts and older apartment blocks.
#P The project is financed by a soft loan and will be carried out in Bayanzurkh and Songinokhairkhan districts.
#P Company officials said heat losses in the network reached 18 percent last winter.
#C Workers lay heating pipes in Bayanzurkh district.
Most Popular
#RT Mongolia cashmere exports rise in first two months
#RT New flights connect Ulaanbaatar and Ho Chi Minh City
Copyright © 2026 The UB Post. All rights reserved.
"""


def page_vietnamtimes_dtinews(): return parse(PAGE_VIETNAMTIMES_DTINEWS)
def page_vgp_cand_customs(): return parse(PAGE_VGP_CAND_CUSTOMS)
def page_plo_ven_van(): return parse(PAGE_PLO_VEN_VAN)
def page_tribune_citizen_batimes_ubpost(): return parse(PAGE_TRIBUNE_CITIZEN_BATIMES_UBPOST)
