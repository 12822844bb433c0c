"""Newspaper/site page dumps of final15 (all text invented; dated Saturday 5 December 2026). Markup: see markup.py."""
from markup import parse

_D = "#D published_date=2026-12-05\n#D kind=site_page\n"


def page_talkvietnam():
    """Two Talk Vietnam article pages saved as text: masthead and tagline, menu, crumb, date/author/reading
    time line, credited photo caption, tags, share row, 'Related Posts', comment form, cookie notice."""
    return parse(_D + """#D source=Talk Vietnam
#D source_aliases=["Talk Vietnam", "TalkVietnam"]
TalkVietnam
Vietnam news, travel and expat life
Home  News  Business  Travel  Culture  Expats  Video
Home » News » Business

#T Da Lat flower growers switch to greenhouse roses as export orders climb
December 5, 2026 · By Minh Châu · 3 min read
#M byline=Minh Châu
#C Greenhouses in Xuân Hương - Đà Lạt ward, Lâm Đồng province. Photo: Talk Vietnam
#P Flower growers in the highland city of Đà Lạt are replacing open-field chrysanthemums with greenhouse roses, as orders from Japan and South Korea rose by almost half this year.

#P About 380 hectares of farmland in the wards of the former city have been converted to rose greenhouses since early 2025, according to the Lâm Đồng provincial agriculture department.

#P "A rose greenhouse costs three times as much to build, but the buyers in Osaka pay in advance and they want the same quality every week," said Nguyễn Văn Lộc, who runs a 2-hectare farm in Lang Biang - Đà Lạt ward.

#P Growers say the main constraint now is cold storage at Liên Khương airport, where flowers sometimes wait a day for space on cargo flights.

#P The province plans to open a new cold-chain centre near the airport in the second half of 2027.

Tags: Da Lat, flowers, exports, Lam Dong
Share this: Facebook | X | WhatsApp | Email
Related Posts
#RT Lam Dong coffee farmers turn to specialty beans for premium markets
#RT Vietnam's vegetable and fruit exports set to pass 8 billion USD
#RT Five things to do in Da Lat in the cool season
Leave a Reply
Your email address will not be published. Required fields are marked *

TalkVietnam
Vietnam news, travel and expat life
Home  News  Business  Travel  Culture  Expats  Video
Home » News » Society

#T Hanoi opens weekend walking street around West Lake
December 5, 2026 · By Thu Trang · 2 min read
#M byline=Thu Trang
#P Hà Nội opened a new walking street along the eastern shore of West Lake on Saturday evening, closing a 2.4-kilometre stretch of road to traffic from 6pm to midnight every weekend.

#C Visitors on the new walking street on the shore of West Lake. Photo: Thu Trang
#P The route runs from Thanh Niên Road to the Quảng An flower village in Tây Hồ ward and includes a food market, street performances and a bicycle lane that stays open during the closures.

#P Tây Hồ ward chairman Lê Quang Huy said the ward had worked with residents for six months on parking and rubbish collection before the opening.

#P "We want it to be a place for families who live here, not only for tourists," he said.

Tags: Hanoi, West Lake, walking street
Share this: Facebook | X | WhatsApp | Email
Related Posts
#RT Hanoi extends Old Quarter walking space to two more streets
#RT A guide to the best pho near West Lake
Leave a Reply
Your email address will not be published. Required fields are marked *

We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.  Accept
© 2026 TalkVietnam. All Rights Reserved.
""")


def page_vietnamtourism():
    """Two news pages of the Vietnam National Authority of Tourism's English site: capitals masthead over the
    ministry's name, language switch, menu, date line, captions credited to TITC, 'Source: TITC', 'Other news'."""
    return parse(_D + """#D source=Vietnam National Authority of Tourism
#D source_aliases=["Vietnam National Authority of Tourism", "VNAT", "Vietnam Tourism", "TITC"]
VIETNAM NATIONAL AUTHORITY OF TOURISM
Ministry of Culture, Sports and Tourism
Tiếng Việt | English
Home | About VNAT | News | Destinations | Statistics | Travel Tips | Contact
News

#T Ninh Binh welcomes its 12 millionth visitor of 2026
05/12/2026
#C Visitors on boats at the Trang An Scenic Landscape Complex. Photo: TITC
#P Ninh Binh province welcomed its 12 millionth visitor of the year on December 4, a Korean tourist who arrived at the Trang An Scenic Landscape Complex with a group of 30 travellers from Busan.

#P The visitor received flowers and a commemorative gift from the provincial Department of Culture, Sports and Tourism. The milestone comes about a month earlier than last year, when the enlarged province counted 11.6 million arrivals over the whole year.

#P Ninh Binh has expanded its offer since the merger of Ha Nam, Nam Dinh and Ninh Binh in 2025, adding river tours on the Day River and a pilgrimage route linking Bai Dinh Pagoda with the Phu Day relic site.

#P International arrivals accounted for 2.1 million of the total, led by South Korea, China and France.

Source: TITC
Other news
#RT Vietnam receives 19.6 million international arrivals in 11 months
#RT Hue Festival 2027 to open with night parade on the Perfume River
#RT Tourism promotion programme launched in Northern Europe

VIETNAM NATIONAL AUTHORITY OF TOURISM
Ministry of Culture, Sports and Tourism
Tiếng Việt | English
Home | About VNAT | News | Destinations | Statistics | Travel Tips | Contact
News

#T Phu Quoc to host ASEAN tourism marketing forum in January
05/12/2026
#P The Phu Quoc special zone of An Giang province will host the ASEAN Tourism Marketing Forum from January 14 to 16, 2027, bringing together tourism boards, airlines and travel companies from the ten ASEAN member states and partner countries.

#P About 600 delegates are expected to attend the forum, which will include a travel exchange, workshops on digital marketing and a familiarisation tour of the island's southern beaches.

#C Sao Beach in the south of Phu Quoc. Photo: TITC
#P Deputy Director General of VNAT Tran Thi Mai Huong said the event was a chance to promote Vietnam's islands as a year-round destination.

#P Phu Quoc received more than 6.3 million visitors in the first eleven months of 2026, including 1.9 million international visitors.

Source: TITC
Other news
#RT Ninh Binh welcomes its 12 millionth visitor of 2026
#RT Vietnam receives 19.6 million international arrivals in 11 months

Copyright © Vietnam National Authority of Tourism. All rights reserved.
Address: 80 Quan Su, Hanoi, Vietnam
""")


def page_jakartaglobe_joongang():
    """Two Jakarta Globe pages ('Name / EDITOR' byline, 'City. ' ledes, 'Read More:' links inside the body,
    photo credits in brackets, tags) and two Korea JoongAng Daily pages (crumb, published/updated stamps,
    bracketed photo credits, byline in capitals with e-mail after the text, 'Related Article')."""
    return parse(_D + """#D source=Jakarta Globe
#D source_aliases=["Jakarta Globe", "JakartaGlobe"]
JakartaGlobe
News   Business   Lifestyle   Sports   Tech   Opinion   Special Updates
Home / News

#T Jakarta to Extend MRT Night Service on Weekends From January
Dina Hapsari / FER
#M byline=Dina Hapsari
#M dateline=Jakarta
December 5, 2026 | 11:20 am
#C Passengers board an MRT train at Bundaran HI Station in Central Jakarta. (Beritasatu Photo/Ruslan Hadi)
#P Jakarta. The Jakarta provincial administration will extend the operating hours of the MRT on Friday and Saturday nights to 1 a.m. from January, Governor's spokesman Ahmad Fauzan said on Saturday.

#P The extension, which will be tested for three months, follows a survey in which more than 60 percent of evening passengers said they would use later trains to return from the city center.

Read More: Jakarta Commuter Line Adds 40 Daily Trips on Bogor Route
#Rt Jakarta Commuter Line Adds 40 Daily Trips on Bogor Route
#P "We want to reduce the number of private cars on the road late at night, and also help people who work in restaurants and shops," Ahmad said.

#P MRT Jakarta carried an average of 142,000 passengers a day in November, according to the operator.

Tags: MRT Jakarta, Public Transport, Jakarta
Follow Jakarta Globe on Google News

JakartaGlobe
News   Business   Lifestyle   Sports   Tech   Opinion   Special Updates
Home / Business

#T Bali Collects Rp 410 Billion in Tourist Levy, Falls Short of Target
Made Wirawan / JAY
#M byline=Made Wirawan
#M dateline=Denpasar
December 5, 2026 | 2:05 pm
#P Denpasar. Bali has collected Rp 410 billion ($25.7 million) from its levy on foreign tourists so far this year, about two-thirds of its annual target, the provincial tourism office said on Saturday.

#P The office's head, I Gusti Ayu Sriani, said many visitors still arrived without paying the Rp 150,000 levy in advance, and that checks at the airport remained limited to random inspections.

#C Foreign tourists at Kuta Beach in Badung, Bali. (Beritasatu Photo/Made Wirawan)
#P "We are working with airlines so that payment becomes part of the ticket purchase," Sriani said.

Read More: Bali Plans New Rules for Foreigners Renting Motorbikes
#Rt Bali Plans New Rules for Foreigners Renting Motorbikes
#P The levy, introduced in February 2024, is used to fund cultural preservation and waste management on the island.

Tags: Bali, Tourism, Tourist Levy

#D source=Korea JoongAng Daily
#D source_aliases=["Korea JoongAng Daily", "JoongAng Daily"]
Korea JoongAng Daily
National   Business   Entertainment   Sports   Opinion   Culture   Lifestyle
National > Social Affairs

#T Seoul to add late-night buses on 12 routes from January
Published: 05 Dec. 2026, 15:02
Updated: 05 Dec. 2026, 16:40
#M byline=PARK SEO-YEON
#C A late-night "Owl Bus" waits at a stop in Jongno District, central Seoul. [JOONGANG ILBO]
#P Seoul will add late-night buses on 12 routes starting in January, the city government said Saturday, as demand for transport after midnight continues to grow.

#P The new routes will mainly connect outer districts such as Gangseo, Nowon and Songpa to major nightlife and office areas, running between 11:30 p.m. and 6 a.m.

#P The city said the number of passengers on its existing night buses rose 18 percent this year, with office workers and delivery riders making up the largest share.

#P Fares will remain at 2,500 won when paid by transit card.

BY PARK SEO-YEON [park.seoyeon@joongang.co.kr]
Related Article
#RT Seoul subway to run until 1 a.m. on weekdays from March
#RT Taxi fares in Seoul to rise by 300 won next year

Korea JoongAng Daily
National   Business   Entertainment   Sports   Opinion   Culture   Lifestyle
National > Social Affairs

#T Busan village limits tour groups to protect residents' privacy
Published: 05 Dec. 2026, 18:11
#M byline=CHOI MIN-JAE
#P Gamcheon Culture Village in Busan will limit guided tour groups to 20 people and ban visits before 9 a.m. and after 6 p.m. from next year, the Saha District Office said Saturday.

#C Tourists walk through Gamcheon Culture Village in Saha District, Busan, on Saturday. [YONHAP]
#P The measures follow years of complaints from residents about noise and visitors looking into homes in the hillside village, which drew about 2.9 million tourists last year.

#P "People live here. We are happy to welcome visitors, but we also need to sleep and eat in peace," said Kim Soon-ja, head of the village residents' association.

BY CHOI MIN-JAE [choi.minjae@joongang.co.kr]
Related Article
#RT Busan sees record foreign arrivals on cruise ships

© Korea JoongAng Daily. All Rights Reserved.
""")


def page_khaleej_addis_himalayan():
    """Khaleej Times x2 (deck under the headline, 'by NAME', published/updated lines, 'KT Photo' credits,
    WhatsApp prompt, 'More from UAE'), Addis Standard ('Addis Abeba – ' lede, 'Related Posts'), The Himalayan
    Times (capitals masthead, 'Himalayan News Service' credit, 'KATHMANDU, DEC 5 - ' lede, 'Related Articles')."""
    return parse(_D + """#D source=Khaleej Times
#D source_aliases=["Khaleej Times", "KT"]
Khaleej Times
UAE   World   Business   Sports   Lifestyle   Entertainment   Opinion   Tech
UAE

#T Dubai RTA adds 14 bus routes as new residential districts fill up
The new routes, which start on January 3, will link Dubai South, Al Furjan and Jumeirah Village to metro stations
by Ananya Krishnan
#M byline=Ananya Krishnan
Published: Sat 5 Dec 2026, 10:45 AM
Last updated: Sat 5 Dec 2026, 11:30 AM
#C Passengers board a bus at Al Ghubaiba station. KT Photo: Rahul Menon
#P Dubai's Roads and Transport Authority (RTA) will launch 14 new bus routes on January 3, mainly serving residential districts that have grown quickly over the past two years.

#P The routes will connect neighbourhoods including Dubai South, Al Furjan and Jumeirah Village Circle to the nearest metro stations, with buses every 15 to 20 minutes at peak times.

#P An RTA official said the authority had studied passenger data from nol cards and ride-hailing trips to choose the routes.

#P "Residents told us that the first and last kilometre is the hardest part of their journey. These routes are designed to close that gap," the official said.

Stay up to date with the latest news. Follow KT on WhatsApp Channels.
More from UAE
#RT UAE weather: Cooler temperatures, chance of rain over the weekend
#RT Dubai Metro Blue Line: Testing to begin in 2028

Khaleej Times
UAE   World   Business   Sports   Lifestyle   Entertainment   Opinion   Tech
UAE

#T Sharjah to open three new public libraries in 2027
Each library will have a children's wing and a digital media lab
by Omar Al Hashimi
#M byline=Omar Al Hashimi
Published: Sat 5 Dec 2026, 1:15 PM
#P Sharjah will open three new public libraries in 2027, in Khor Fakkan, Al Dhaid and Kalba, the Sharjah Public Libraries authority announced on Saturday.

#P Each library will have a children's wing, a digital media lab and study rooms that can be booked online, according to the authority's director, Mariam Al Suwaidi.

#C An artist's impression of the new library in Khor Fakkan. Photo: Supplied
#P The projects are part of a plan to bring the emirate's network of public libraries to 15 branches by 2030.

Stay up to date with the latest news. Follow KT on WhatsApp Channels.
More from UAE
#RT Sharjah Book Authority reports record visitor numbers

#D source=Addis Standard
#D source_aliases=["Addis Standard"]
Addis Standard
News   Business   Politics   Opinion   Analysis   Interviews   Africa
News

#T Addis Abeba city administration launches 2,000 electric minibuses pilot
By Mahlet Tesfaye
#M byline=Mahlet Tesfaye
#M dateline=Addis Abeba
December 5, 2026
#P Addis Abeba – The Addis Abeba city administration has launched a pilot project to replace 2,000 diesel minibus taxis with electric vehicles over the next two years, the city's transport bureau said on Saturday.

#C Electric minibuses on display at Meskel Square on Saturday. Photo: Addis Standard
#P Owners who join the scheme will receive a loan covering 70 percent of the vehicle's price, to be repaid over five years, bureau head Dawit Alemu told journalists.

#P The bureau said 45 charging points will be installed at taxi terminals in Bole, Piassa, Mexico and Megenagna by the end of March.

#P Taxi associations welcomed the plan but warned that frequent power interruptions in some neighbourhoods could keep vehicles off the road.

Related Posts
#RT Ethiopia's import ban on fuel cars: One year on
#RT Addis Abeba light rail to resume full service after upgrade

THE HIMALAYAN TIMES
Nepal   World   Business   Opinion   Sports   Entertainment   Lifestyle
Kathmandu

#D source=The Himalayan Times
#D source_aliases=["The Himalayan Times", "Himalayan Times", "THT"]
#T KMC to ban plastic bags in Ason and Indra Chowk markets from mid-January
Himalayan News Service
#M dateline=KATHMANDU, DEC 5
Published: 09:40 am Dec 05, 2026
#P KATHMANDU, DEC 5 - Kathmandu Metropolitan City will ban the use of plastic bags thinner than 40 microns in the Ason and Indra Chowk markets from mid-January, the city's environment department said today.

#P Shopkeepers found using the bags will be fined up to Rs 5,000 after a one-month awareness campaign, the department's chief, Sushila Maharjan, said.

#C Shoppers at Ason market in Kathmandu. Photo: THT
#P The city will distribute 50,000 cloth bags to shopkeepers and households in the two market areas during the campaign.

#P Earlier attempts to enforce a ban across the valley faltered for lack of monitoring, but officials said the smaller area would make inspections easier.

Related Articles
#RT Bagmati cleanup campaign reaches 600th week
#RT Kathmandu valley air quality worsens as winter sets in

© Copyright 2026 The Himalayan Times. All rights reserved.
""")
