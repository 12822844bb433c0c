"""Newspaper-page dumps of corpus final7 (scraped pages with site chrome; all text invented)."""
from markup import parse


def page_vovworld_vir():
    return parse("""
#D kind=site_page
#D published_date=2026-03-12
#D source=VOV World
#D source_aliases=["VOV World", "VOVWORLD", "VOV", "Voice of Vietnam", "VOV5"]
VOVWORLD
Tiếng Việt | English | Français | Español | 中文 | Русский | ລາວ | ខ្មែរ | Deutsch
HOME   NEWS   CURRENT AFFAIRS   CULTURE   SOCIETY   VIETNAM & ASEAN   PODCAST
News
#T Quang Tri opens first bamboo processing cluster for ethnic minority households
Thursday, 12 March 2026 | 10:18:22
Facebook  Twitter  Email  Print
#P (VOVWORLD) - A bamboo processing cluster built with provincial and private funding opened in Huong Hoa district of central Quang Tri province on Thursday, giving about 300 Van Kieu and Pa Ko households a steady buyer for their bamboo.

#P The cluster, which includes a drying yard and two workshops for chopsticks and woven panels, is expected to process 4,000 tons of bamboo a year.
#C Workers sort bamboo at the new cluster in Huong Hoa district. (Photo: VOV)

#P Vice Chairman of the district People's Committee Ho Van Thanh said households would earn around 12 million VND per hectare of bamboo each year, double what they earned from cassava.

#P The province plans to plant another 1,500 hectares of bamboo by 2028.
Tags: Quang Tri  bamboo  ethnic minority  livelihood
Other news
Vietnam, Laos boost cooperation in border trade
#RT Vietnam, Laos boost cooperation in border trade
#RY (VOVWORLD) - Vietnam and Laos have agreed to open two more auxiliary border gates in the central region to facilitate the trade of farm produce...
Hue Festival 2026 to feature 40 art troupes
#RT Hue Festival 2026 to feature 40 art troupes
#RY (VOVWORLD) - About 40 domestic and foreign art troupes will take part in Hue Festival 2026, which opens in early June in the ancient capital...

VOVWORLD
Tiếng Việt | English | Français | Español | 中文 | Русский | ລາວ | ខ្មែរ | Deutsch
HOME   NEWS   CURRENT AFFAIRS   CULTURE   SOCIETY   VIETNAM & ASEAN   PODCAST
Culture
#T Hanoi students revive Ca tru singing in school clubs
Thursday, 12 March 2026 | 14:05:10
Facebook  Twitter  Email  Print
#P (VOVWORLD) - More than 20 secondary schools in Hanoi have set up Ca tru clubs this school year, bringing the ancient chamber music closer to teenagers.
#C Students of a Ca tru club perform at a school in Dong Da district. (Photo: Thu Hang/VOV)
#P The clubs meet once a week and are taught by artisans from three Ca tru guilds in the capital, who also lend the students traditional instruments.

#P Artisan Nguyen Thi Loan said the youngest performers had learned the basic clapper rhythms within two months.
Tags: Ca tru  Hanoi  heritage
Other news
Vietnam, Laos boost cooperation in border trade
#RT Vietnam, Laos boost cooperation in border trade
#RY (VOVWORLD) - Vietnam and Laos have agreed to open two more auxiliary border gates in the central region to facilitate the trade of farm produce...
Quang Tri opens first bamboo processing cluster for ethnic minority households
#RT Quang Tri opens first bamboo processing cluster for ethnic minority households
#RY (VOVWORLD) - A bamboo processing cluster built with provincial and private funding opened in Huong Hoa district of central Quang Tri province on Thursday...

© VOV World. All rights reserved.

#D source=Vietnam Investment Review
#D source_aliases=["Vietnam Investment Review", "VIR", "vir.com.vn"]
VIR - Vietnam Investment Review
Home | Investing | Politics & Society | Banking | Corporate | Property | Green Economy | Digitalisation
Investing » Finance
#T Binh Duong industrial park developer secures $85 million green loan
March 12, 2026 | 09:40
By Thanh Van
#M byline=Thanh Van
#P An industrial park developer in the southern province of Binh Duong has signed an $85 million loan linked to energy and water targets, the largest such deal for a Vietnamese park operator so far.

#P Song Be Land Corporation said on March 11 that the five-year loan from a group of three foreign banks would finance rooftop solar, a wastewater recycling plant and new roads at its 620-hectare park in Tan Uyen city.
#C Song Be Land's industrial park in Tan Uyen city, Binh Duong province. Photo: Le Toan

#P The interest margin will fall if the park meets annual targets for renewable power and recycled water, according to the company's deputy general director Tran Minh Khoa.

#P Green loans to Vietnamese industrial parks have risen sharply since 2024 as tenants from Europe and Japan ask for lower-carbon premises.
Related Contents
Green bonds gain traction among Vietnamese developers (11/03/2026)
#Rt Green bonds gain traction among Vietnamese developers
Southern provinces race to attract high-tech FDI (10/03/2026)
#Rt Southern provinces race to attract high-tech FDI
Tags: green loan  industrial park  Binh Duong

VIR - Vietnam Investment Review
Home | Investing | Politics & Society | Banking | Corporate | Property | Green Economy | Digitalisation
Corporate » Companies
#T Da Nang start-up raises Series A to expand cold-chain trucking
March 12, 2026 | 15:22
By Hoang Oanh
#M byline=Hoang Oanh
#P Frostline Logistics, a Da Nang-based operator of refrigerated trucks, has raised $9 million in a Series A round led by a Singapore venture fund.

#P The company will use the money to add 120 trucks and open depots in Quy Nhon and Nha Trang, said founder and CEO Le Quang Vinh.
#C Frostline Logistics trucks at a depot in Da Nang. Photo courtesy of the company
#C Le Quang Vinh, founder and CEO of Frostline Logistics. Photo: Hoang Oanh

#P Frostline said its revenue tripled last year as seafood exporters and supermarket chains outsourced more of their cold-chain transport.
Related Contents
Logistics firms bet on central Vietnam (09/03/2026)
#Rt Logistics firms bet on central Vietnam
Tags: start-up  cold chain  Da Nang
© Copyright 2006-2026 Vietnam Investment Review. All rights reserved.
""")


def page_saigontimes_vneconomy():
    return parse("""
#D kind=site_page
#D published_date=2026-03-12
#D source=The Saigon Times
#D source_aliases=["The Saigon Times", "Saigon Times", "The Saigon Times Daily", "SGT"]
THE SAIGON TIMES  |  Thursday, 3/12/2026
Home   Business   Society   Travel   Opinion   Real Estate   Video
Business
#T Cat Lai port congestion eases as barges take more containers
By Le Hoang
#M byline=Le Hoang
Thursday, Mar 12, 2026,14:15 (GMT+7)
Share  Facebook  Twitter  Zalo
#C Container trucks queue near Cat Lai Port in HCMC. The port has shifted more cargo to barges this year – PHOTO: LE VU
#M dateline=HCMC
#P HCMC – Waiting times for container trucks at Cat Lai Port have fallen by about a third since January, as the port operator moved more cargo onto barges heading to inland depots in Dong Nai and Binh Duong.

#P The share of containers leaving the port by water rose to 38% in February from 29% a year earlier, the operator said at a meeting with logistics firms on Wednesday.

#P Trucking companies said the improvement was visible on Nguyen Thi Dinh Street, where queues used to stretch for several kilometres.
Related articles:
HCMC plans new ring road toll stations (Mar 11, 2026)
#Rt HCMC plans new ring road toll stations
Southern ports handle record cargo in February (Mar 10, 2026)
#Rt Southern ports handle record cargo in February
Tags: Cat Lai port, logistics, barges

THE SAIGON TIMES  |  Thursday, 3/12/2026
Home   Business   Society   Travel   Opinion   Real Estate   Video
Travel
#T Ben Tre homestays team up on coconut-craft trail
By Thuy Duong
#M byline=Thuy Duong
Thursday, Mar 12, 2026,16:40 (GMT+7)
Share  Facebook  Twitter  Zalo
#M dateline=HCMC
#P HCMC – Eleven homestays and craft workshops in the Mekong Delta province of Ben Tre have launched a joint coconut-craft trail, letting visitors spend a day weaving, carving and cooking with coconut.

#P Tickets cost VND450,000 and include a boat ride between the workshops, according to the organisers.
#C Visitors learn to weave coconut leaves at a workshop in Mo Cay Nam District – PHOTO: COURTESY OF THE ORGANISERS
#P The province received 1.8 million visitors last year, most of them on day trips from HCMC.
Related articles:
Mekong Delta tourism targets longer stays (Mar 9, 2026)
#Rt Mekong Delta tourism targets longer stays
Tags: Ben Tre, tourism, homestay
© 2026 The Saigon Times. All rights reserved.

#D source=VnEconomy
#D source_aliases=["VnEconomy", "Vietnam Economic Times", "VnEconomy.vn", "VET"]
VnEconomy | Vietnam Economic Times     English | Tiếng Việt
Home | Economy | Finance - Banking | Business | Real Estate | Digital Economy | Green Economy
Finance - Banking
#T Banks step up lending to small exporters in first two months
March 12, 2026 | 08:32 GMT+7
#P Outstanding loans to small and medium-sized exporters rose 5.8% in January and February, faster than overall credit growth, as banks competed for companies with firm foreign orders.

#P Data from a banking association showed that credit to the economy as a whole grew 2.1% over the same period.
#C Customers at a bank branch in Hanoi.
#P Bankers said demand came mainly from exporters of furniture, textiles and seafood, which received large orders for the second quarter.

#P Interest rates for short-term export loans ranged from 5.2% to 6.4% a year, according to the association.
Ha Linh
#M byline=Ha Linh
Read more
Credit growth forecast at 16% for 2026
#RT Credit growth forecast at 16% for 2026
March 11, 2026
Exporters face higher shipping costs to Europe
#RT Exporters face higher shipping costs to Europe
March 10, 2026
Tags: credit, banks, exporters

VnEconomy | Vietnam Economic Times     English | Tiếng Việt
Home | Economy | Finance - Banking | Business | Real Estate | Digital Economy | Green Economy
Digital Economy
#T Hanoi firms pilot electronic invoices for street food vendors
March 12, 2026 | 11:10 GMT+7
#P A group of technology companies is piloting a low-cost electronic invoicing app for street food vendors in three Hanoi wards, as tax authorities push household businesses to go digital.
#C A vendor in Hoan Kiem ward uses a QR code to issue an e-invoice. Photo: Viet Dung
#P The app lets vendors issue an invoice by showing a QR code to the customer and sends a daily summary to the tax office.

#P About 1,200 vendors have signed up since February, the companies said.
Minh Duc
#M byline=Minh Duc
Read more
Household businesses to switch to e-invoices by 2027
#RT Household businesses to switch to e-invoices by 2027
March 9, 2026
Tags: e-invoice, household business, Hanoi
VnEconomy - Vietnam Economic Times. License No. 1278/GP-BTTTT.
""")


def page_vietnamnet_qdnd_hanoimoi():
    return parse("""
#D kind=site_page
#D published_date=2026-03-12
#D source=VietNamNet Global
#D source_aliases=["VietNamNet Global", "VietNamNet", "VietNamNet Bridge", "vietnamnet.vn"]
VietNamNet Global
News | Politics | Business | Society | Travel | Sports | Science-IT
Society
12/03/2026 11:05 (GMT+07:00)
#T Hai Phong to relocate 1,200 households from flood-prone riverbank
#P Hai Phong city will relocate about 1,200 households living along a flood-prone stretch of the Lach Tray River to new apartment blocks by the end of 2027.

#P The city's People's Committee approved the plan on March 11, with a budget of VND2.4 trillion for housing, compensation and new embankments.
#C The riverbank area in Hai Phong where households will be relocated. Photo: Thanh Nien

#P Families will be able to choose between an apartment in one of three new blocks in Duong Kinh district or cash compensation.

#P Residents told VietNamNet that many homes had been flooded four times last year.
Thu Hang
#M byline=Thu Hang
Related news
#RT Hai Phong invests in new coastal dykes
#RS Society
#RT Northern cities face rising flood risks
#RS Environment
Tags: Hai Phong, flooding, relocation

VietNamNet Global
News | Politics | Business | Society | Travel | Sports | Science-IT
Business
12/03/2026 15:30 (GMT+07:00)
#T Durian exports to China jump in early season
#P Vietnam's durian exports to China reached 86,000 tonnes in the first two months of the year, up 40% from a year earlier, as early harvests in the Central Highlands came onto the market.

#P The Vietnam Fruit and Vegetable Association said frozen durian accounted for more than a quarter of shipments.
#C Durian for export at a packing house in Dak Lak province. Photo: Duc Anh
#C Trucks carrying durian wait at a border gate in Lang Son. Photo: VNN
#P Exporters warned that stricter checks on cadmium residues could slow shipments in the peak season from May.
Tran Thuong
#M byline=Tran Thuong
Related news
#RT Fruit exports target $8 billion in 2026
#RS Business
Tags: durian, exports, China

#D source=People's Army Newspaper
#D source_aliases=["People's Army Newspaper", "QDND", "PANO", "People's Army Newspaper Online", "Quan Doi Nhan Dan"]
QDND - PEOPLE'S ARMY NEWSPAPER ONLINE
Home > Politics > National Defense
#T Naval Region 2 holds search-and-rescue drill off Vung Tau
Thursday, March 12, 2026 09:12
#P PANO - Naval Region 2 on March 11 held a search-and-rescue exercise off Vung Tau, involving four vessels, a helicopter and more than 200 personnel.

#P The drill simulated a fire on a fishing boat carrying 18 crew members, who had to be evacuated in rough seas.
#C An overview of the exercise. (Photo: qdnd.vn)

#P Speaking at the review session, Deputy Commander of the Naval Region Senior Colonel Nguyen Van Hoa praised the units for their swift coordination.
Source: PANO
Translated by Trung Thanh
Related news:
Navy delegation visits Singapore
#RT Navy delegation visits Singapore
Border guards help fishermen prepare for new season
#RT Border guards help fishermen prepare for new season

#D source=Hanoimoi
#D source_aliases=["Hanoimoi", "Hanoi Moi", "Hanoimoi Online", "Hanoi Moi Newspaper"]
HANOIMOI
English | Tiếng Việt
Home / City / Culture / Economy / Tourism
Thursday, 12/03/2026 - 16:20
#T Hanoi adds 30 electric bus routes to airport and suburbs
By Minh Khoi
#M byline=Minh Khoi
#P Hanoi will open 30 new electric bus routes this year, including four to Noi Bai International Airport, as the city works to replace diesel buses by 2030.

#P Director of the municipal Department of Construction Nguyen Quang Tuan said the routes would be tendered in three batches, the first in April.
#C An electric bus on Kim Ma Street, Hanoi.
#c Photo: Hanoimoi

#P The city now runs 1,350 buses, of which about 21% are electric.
Share: Facebook | Zalo | Copy link
Other news
Hanoi to expand pedestrian zones around Hoan Kiem Lake
#RT Hanoi to expand pedestrian zones around Hoan Kiem Lake
Metro Line 3 underground section nears completion
#RT Metro Line 3 underground section nears completion
Copyright © Hanoimoi. All rights reserved.
""")


def page_investor_law_borneo_taiwan():
    return parse("""
#D kind=site_page
#D published_date=2026-03-12
#D source=The Investor
#D source_aliases=["The Investor", "theinvestor.vn", "Vietnam Investment Review - The Investor"]
The Investor
Home | Politics | Economy | Finance | Companies | Property | Tourism | FDI
Companies
#T Vinh Phuc electronics maker to build $120 mln plant for EV components
Thursday, March 12, 2026 | 10:03 GMT+7
Anh Minh
#M byline=Anh Minh
#P A Vinh Phuc-based electronics manufacturer plans to invest $120 million in a new plant making control boards for electric vehicles, aiming to start production in late 2027.

#P Red River Precision JSC said the factory would be built on 14 hectares in Ba Thien II industrial park and employ 1,600 workers at full capacity.
#C A production line of Red River Precision JSC. Photo courtesy of the company.
Read more: Northern provinces woo EV supply chain investors
#Rt Northern provinces woo EV supply chain investors
#P Chairman Nguyen Huu Phuong told The Investor that most of the output would be exported to carmakers in South Korea and Japan.

#P The company's revenue rose 19% last year to VND4.6 trillion.
Tags: Vinh Phuc, EV, electronics, FDI
Share on Facebook | Share on LinkedIn

#D source=Vietnam Law Magazine
#D source_aliases=["Vietnam Law Magazine", "Vietnam Law & Legal Forum", "VLLF", "vietnamlawmagazine.vn"]
VIETNAM LAW MAGAZINE
Home | Legal News | Policy | Business | Law & Life | Legal Documents
Legal News
#T New decree tightens rules on online sale of medicines
Updated: 09:12, 12/03/2026
#P The Government has issued a decree requiring websites and apps that sell non-prescription medicines to be linked to a licensed pharmacy and to display the pharmacist's name and practice certificate.

#P The decree, which takes effect on May 1, also bans the online sale of prescription drugs except through e-prescription systems connected to hospitals.
#C Pharmacies selling medicines online must register their platforms with the health authorities. Photo: Internet

#P Violators may face fines of up to VND100 million and suspension of their e-commerce licences.
By Thu Trang
#M byline=Thu Trang
Other news
Draft law on personal data protection open for comment
#RT Draft law on personal data protection open for comment
Tax procedures simplified for household businesses
#RT Tax procedures simplified for household businesses

#D source=Borneo Post
#D source_aliases=["Borneo Post", "The Borneo Post", "Borneo Post Online", "theborneopost.com"]
Borneo Post Online
Home  Sarawak  Sabah  Nation  World  Business  Sports  Opinion  Columnists
Home > Sarawak > Kuching
#T Kuching waterfront to host river food festival next month
By Jane Ling
#M byline=Jane Ling
March 12, 2026, Thursday at 12:32 AM
Kuching, Sarawak
#C Kuching Waterfront, where the festival will be held. — Photo by Roystein Emmor
#M dateline=KUCHING
#P KUCHING: More than 80 food stalls will line the Kuching Waterfront during a three-day river food festival from April 10, said Deputy Minister Datuk Dr Annuar Rapaee.

#P He said the festival would feature dishes from Sarawak's river communities, including smoked fish from Kapit and sago grubs from Mukah.

#P "We want visitors to taste what is cooked along our rivers, not just in the city," he told reporters after a briefing here yesterday.

#P Boat rides and a cultural performance on the river are also planned each evening.
Related
Sarawak tourism arrivals up 14 per cent
#RT Sarawak tourism arrivals up 14 per cent
Kuching food hawkers get new complex
#RT Kuching food hawkers get new complex

#D source=Taiwan News
#D source_aliases=["Taiwan News", "taiwannews.com.tw"]
Taiwan News
Taiwan | Business | Politics | Society | Lifestyle | World
Society
#T Taichung opens Taiwan's first public library inside metro station
Jane Lin, Taiwan News, Staff Writer
#M byline=Jane Lin
2026/03/12 14:10
#C Readers browse books at the new library in Taichung's metro station. (Taiwan News, Jane Lin photo)
#M dateline=TAIPEI
#P TAIPEI (Taiwan News) — Taichung City opened a public library inside a metro station on Thursday (March 12), offering 12,000 books and self-service lockers for commuters.

#P The library in the Green Line's Wenxin Forest Park Station is open from 7 a.m. to 10 p.m. daily, the city's cultural affairs bureau said.

#P Officials said commuters can borrow a book on the way to work and return it at any of the city's 44 libraries.
Related
Kaohsiung to extend light rail loop
#RT Kaohsiung to extend light rail loop
Taipei launches night library program
#RT Taipei launches night library program
Copyright © 2026 Taiwan News. All rights reserved.
""")
