"""final20 page dumps (all text invented; real places as settings only)."""
from markup import parse


def page_thainguyen():
    return parse(r"""
--2026-12-05 10:02:17--  https://thainguyentv.vn/dynamic-thainguyen/tan-cuong-tea-growers-ship-first-batch-to-japan
Resolving thainguyentv.vn (thainguyentv.vn)... 203.0.113.41
Connecting to thainguyentv.vn (thainguyentv.vn)|203.0.113.41|:443... connected.
HTTP request sent, awaiting response... 200 OK
Length: unspecified [text/html]
Saving to: 'tan-cuong-tea-growers-ship-first-batch-to-japan.html'
2026-12-05 10:02:18 (1.21 MB/s) - saved [88412]
[html2text]

THAI NGUYEN RADIO AND TELEVISION
Tiếng Việt | English | 中文
Home | Politics | Economy | Culture - Society | Dynamic Thai Nguyen | Video
Facebook Zalo youtube Tiktok
Dynamic Thai Nguyen
#D kind=site_page
#D source=Thai Nguyen Radio and Television
#D source_aliases=["Thai Nguyen Radio and Television", "Thai Nguyen TV", "TNTV", "thainguyentv.vn", "Dynamic Thai Nguyen"]
#D published_date=2026-12-05
#T Tan Cuong tea growers ship first batch to Japan
#M byline=Lam Hoa
05/12/2026 08:30
#P A cooperative in Tan Cuong commune has shipped its first four tonnes of green tea to Japan after meeting the country's standards on pesticide residues, opening a new market for the province's best-known product.
#P The Tan Cuong Clean Tea Cooperative, with 46 member households, spent two years converting 30 hectares of tea hills to organic methods under the guidance of the provincial Department of Agriculture and Environment.
#C Members of the cooperative sort tea leaves before packing. Photo: Lam Hoa
#P Cooperative director Nguyen Thi Hoai said each kilogram would sell for about 780,000 VND, nearly double the price in the domestic market.
#P The province currently has more than 23,000 hectares of tea, including areas in communes of the former Bac Kan province, which merged with Thai Nguyen in 2025.
Lam Hoa
Related news
#RT Thai Nguyen tea festival to be held in January
#RT Ba Be commune opens homestay training course
Copyright © Thai Nguyen Radio and Television Station. All rights reserved.

--2026-12-05 10:02:21--  https://thainguyentv.vn/dynamic-thainguyen/ba-be-lake-boat-operators-switch-to-electric-engines
Resolving thainguyentv.vn (thainguyentv.vn)... 203.0.113.41
Reusing existing connection to thainguyentv.vn:443.
HTTP request sent, awaiting response... 200 OK
Length: unspecified [text/html]
Saving to: 'ba-be-lake-boat-operators-switch-to-electric-engines.html'
2026-12-05 10:02:21 (1.44 MB/s) - saved [79104]
[html2text]

THAI NGUYEN RADIO AND TELEVISION
Tiếng Việt | English | 中文
Home | Politics | Economy | Culture - Society | Dynamic Thai Nguyen | Video
Facebook Zalo youtube Tiktok
Dynamic Thai Nguyen
#T Ba Be Lake boat operators switch to electric engines
#M byline=Thu Trang
#M published_date=2026-12-04
04/12/2026 16:15
#C Electric boats on Ba Be Lake. Photo: TNTV
#P Twenty-two tourist boats on Ba Be Lake have been fitted with electric engines this year, cutting noise and fuel pollution in the national park, according to the Ba Be commune People's Committee.
#P The conversion cost about 180 million VND per boat, half of which was covered by a provincial support programme for green tourism.
#P Boat owner Hoang Van Son said visitors now preferred the quiet engines, especially on early morning trips to Puong Cave.
#P The commune plans to convert the remaining 17 boats by the end of 2027.
Thu Trang
Related news
#RT Tan Cuong tea growers ship first batch to Japan
#RT Provincial museum opens exhibition on Viet Bac resistance base
Copyright © Thai Nguyen Radio and Television Station. All rights reserved.
FINISHED --2026-12-05 10:02:21--
Total wall clock time: 4.1s
Downloaded: 2 files, 163K in 0.1s (1.33 MB/s)
""")


def page_tuyenquang():
    return parse(r"""
Reading list export - 2 articles - exported 05 Dec 2026, 11:40

----------------------------------------
Saved from: baotuyenquang.com.vn/en/economy/dong-van-karst-plateau-records-highest-november-visitor-numbers
Saved: 05 Dec 2026, 09:58 · 3 min read
----------------------------------------
TUYEN QUANG ONLINE
Tuyen Quang Newspaper - English edition
Home | Politics | Economy | Society | Culture | Tourism | Photos
Economy
#D kind=site_page
#D source=Tuyen Quang Newspaper
#D source_aliases=["Tuyen Quang Newspaper", "Tuyen Quang Online", "baotuyenquang.com.vn", "Bao Tuyen Quang"]
#D published_date=2026-12-05
#T Dong Van Karst Plateau records highest November visitor numbers
Saturday, 05/12/2026 08:15
#C Visitors at the Ma Pi Leng Pass. Photo: Duc Quy
#P (BTQ) - The Dong Van Karst Plateau Global Geopark welcomed more than 318,000 visitors in November, the highest figure for the month since the geopark was recognised by UNESCO, according to the provincial Department of Culture, Sports and Tourism.
#P Buckwheat flower season drew large numbers of domestic visitors to Dong Van, Meo Vac and Lung Cu communes, while international arrivals rose by 22% over the same period last year.
#P Since the merger of Tuyen Quang and Ha Giang provinces in July 2025, the province has promoted a single tourism brand linking the geopark with Na Hang Lake and the Tan Trao historical site.
#P The province aims to welcome 4.5 million visitors in 2026.
#M byline=Mai Anh
Mai Anh
Tags: tourism, Dong Van Karst Plateau, geopark
Other news
#RT Buckwheat flower festival closes with record attendance
#RT Na Hang Lake to host kayak race in spring
© Tuyen Quang Newspaper. Address: Tuyen Quang, Tuyen Quang province.

----------------------------------------
Saved from: baotuyenquang.com.vn/en/society/ha-giang-1-ward-opens-boarding-school-for-ethnic-minority-pupils
Saved: 05 Dec 2026, 10:03 · 2 min read
----------------------------------------
TUYEN QUANG ONLINE
Tuyen Quang Newspaper - English edition
Home | Politics | Economy | Society | Culture | Tourism | Photos
Society
#T New boarding school opens for ethnic minority pupils in Ha Giang 1 ward
Friday, 04/12/2026 17:40
#M published_date=2026-12-04
#P (BTQ) - A new boarding school for 620 ethnic minority pupils was inaugurated in Ha Giang 1 ward on December 4, replacing three small schools damaged by landslides in 2024.
#C Pupils at the new school's library on opening day. Photo: BTQ
#P The school has 24 classrooms, dormitories and a canteen, built at a cost of 96 billion VND from the State budget and donations from businesses.
#P Pupils from Hmong, Dao and Tay communities in nearby communes will study and board at the school from Monday to Friday.
#M byline=Hoang Lan
Hoang Lan
Tags: education, ethnic minorities, Ha Giang 1 ward
Other news
#RT Dong Van Karst Plateau records highest November visitor numbers
#RT Province trains 500 teachers in digital skills
© Tuyen Quang Newspaper. Address: Tuyen Quang, Tuyen Quang province.
""")


def page_europe_asia_reader():
    return parse(r"""
[Reader view -> text] exported by "Read It Later" 4.2 · 4 items · 05/12/2026

####################################################################
https://www.ekathimerini.com/economy/1290417/piraeus-cruise-terminal-expansion-gets-green-light/
####################################################################
eKathimerini.com | Kathimerini English Edition
ECONOMY
#D kind=site_page
#D source=Kathimerini
#D source_aliases=["Kathimerini", "eKathimerini", "ekathimerini.com", "Kathimerini English Edition"]
#D published_date=2026-12-05
#T Piraeus cruise terminal expansion gets green light
#M byline=Eleni Vrettou
Eleni Vrettou
05.12.2026 • 09:20
#C The cruise terminal at Piraeus. [InTime News]
#P The Central Archaeological Council has approved the final plans for the expansion of the southern cruise terminal at Piraeus, clearing the way for construction to start in the spring.
#P The project includes a new berth able to handle ships of up to 360 meters and a passenger building with shore power connections.
#P Port officials expect cruise passenger traffic at Piraeus to exceed 1.9 million in 2026, a new record.
#P Archaeologists will monitor excavations because of remains of the ancient harbor walls in the area.
Subscribe to our Newsletters

####################################################################
https://www.theolivepress.es/spain-news/2026/12/05/malaga-drone-light-show-replaces-fireworks/
####################################################################
The Olive Press - Spain's largest English newspaper
News | Property | Food & Drink | Lifestyle | Opinion
#D source=The Olive Press
#D source_aliases=["The Olive Press", "Olive Press", "theolivepress.es"]
#T Malaga to replace New Year fireworks with drone light show
#M byline=Laura Kenning
By Laura Kenning
05 Dec, 2026 @ 10:45
#C A drone show over the Port of Malaga during a test night. Credit: Ayuntamiento de Malaga
#P MALAGA city hall will replace its traditional New Year's Eve fireworks with a drone light show over the port, after complaints from pet owners and residents of the Muelle Uno area.
#P Some 600 drones will draw images of the city's landmarks above the water for 12 minutes from midnight.
#P Councillor Marta Gallego said the show would cost about the same as the fireworks display and would be 'much kinder to animals and to people with sensory sensitivities'.
#P The city of Benalmadena is considering a similar switch next year.
Read more:
#RT Torremolinos beach bars get winter opening extension
#RT Costa del Sol airport passenger numbers hit new high

####################################################################
https://japantoday.com/category/national/sapporo-snow-festival-organizers-cut-number-of-large-sculptures
####################################################################
Japan Today
National  Dec. 5  11:05 am JST  4 Comments
#D source=Japan Today
#D source_aliases=["Japan Today", "japantoday.com", "GPlusMedia"]
#T Sapporo Snow Festival organizers cut number of large sculptures
#M dateline=SAPPORO
#P SAPPORO — Organizers of the Sapporo Snow Festival said Saturday they will build four large snow sculptures for the 2027 event, down from six, because of a shortage of Self-Defense Forces personnel to help with construction.
#P The festival, held every February in Odori Park, attracts more than two million visitors.
#P Organizers said they would add more medium-sized sculptures built by volunteers and local companies to fill the space.
©2026 GPlusMedia Inc.
Related Stories
#RT Hokkaido ski resorts report early snow
#RT New Chitose airport to add overnight flights

####################################################################
https://www.macaubusiness.com/macau-light-rail-east-line-begins-test-runs/
####################################################################
Macau Business
Macau | Greater China | Asia | World | Gaming
#D source=Macau Business
#D source_aliases=["Macau Business", "macaubusiness.com", "MNA", "Macau News Agency"]
#T Macau light rail East Line begins test runs
#M dateline=Macau
5 December 2026
#P Macau, 5 Dec 2026 (MNA) – The Macao Light Rapid Transit Corporation began test runs on the East Line on Saturday morning, ahead of a planned opening in the second half of 2027.
#P The 7.7-kilometre line will connect the Barrier Gate with Taipa, with six stations along the way.
#P The operator said the tests would run daily outside passenger hours for at least six months.
MNA
Related Posts
#RT Macau visitor arrivals top 3.5 million in November
""")
