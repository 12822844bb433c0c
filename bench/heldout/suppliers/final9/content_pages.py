"""final9 newspaper-page dumps (all text invented; real places as settings only)."""
from markup import parse


def page_laodong_danangtoday():
    return parse("""
#D kind=site_page
#D published_date=2026-03-14
#D source=Lao Dong
#D source_aliases=["Lao Dong", "Lao Dong Newspaper", "Báo Lao Động", "laodong.vn", "news.laodong.vn"]
LAO DONG  |  English
Home   Society   Economy   Trade Union   Travel   Sports
Trade Union

#T Hai Phong factory workers get free Saturday health checks
#M byline=THANH HA
#M dateline=Hai Phong
THANH HA |
Saturday, 14/03/2026 08:30 (GMT+7)

#P Hai Phong - More than 2,000 workers at three industrial parks will receive free health checks on Saturdays this month, under a programme of the city's trade union.

#P The checks include blood tests, chest X-rays and eye examinations. Doctors from two city hospitals work at mobile stations set up at factory gates from 7 am to 4 pm.

Workers at Trang Due Industrial Park wait for their health checks. Photo: THANH HA
#C Workers at Trang Due Industrial Park wait for their health checks. Photo: THANH HA

#P Ms. Pham Thi Lan, a worker at an electronics factory, said she had not seen a doctor for three years. "On weekdays I cannot leave the line. On Saturday I can come with my husband," she said.

#P The city's Federation of Labour said the programme would be extended to another four industrial parks in April if funding allows.

Tags: Hai Phong   health checks   workers
Comments (2)
Nguyen Van Hung · 14/03/2026 09:41
Our industrial park in Bac Ninh needs this too. Please write about it.
Reply   Like 12
Tran Thu Hoai · 14/03/2026 10:05
Very practical, thank you to the trade union.
Reply   Like 3
See more
#Rt Ha Nam trade union opens free childcare room for shift workers
Ha Nam trade union opens free childcare room for shift workers
#Rt Minimum wage increase: what workers need to know
Minimum wage increase: what workers need to know

#T Quang Ngai fishermen sell first tuna catch of the season
#M byline=PHAM VIET
#M dateline=Quang Ngai
PHAM VIET |
Saturday, 14/03/2026 11:02 (GMT+7)

#P Quang Ngai - Fishing boats returning to Sa Huynh port on Saturday brought in the first ocean tuna catch of the season, selling at 145,000 VND per kilogram.

#P Boat owner Nguyen Van Tam said his crew of nine caught 38 fish in 20 days at sea. "The price is better than last year but fuel is also more expensive," he said.

Tuna is unloaded at Sa Huynh port. Photo: PHAM VIET
#C Tuna is unloaded at Sa Huynh port. Photo: PHAM VIET

#P Local authorities said more than 60 tuna boats had registered for the season.

Tags: Quang Ngai   tuna   fishermen
Comments (0)
Be the first to comment.
See more
#Rt Ha Nam trade union opens free childcare room for shift workers
Ha Nam trade union opens free childcare room for shift workers
#Rt Minimum wage increase: what workers need to know
Minimum wage increase: what workers need to know

##############################################################

#D source=Da Nang Today
#D source_aliases=["Da Nang Today", "Báo Đà Nẵng", "baodanang.vn"]
DA NANG TODAY
News | Politics | Society | Culture - Sports | Tourism | Investment
Photo gallery

#T Fishing boats return to Tho Quang port after first trip of the year
#M byline=HOANG HIEP
Saturday, March 14, 2026, 07:20 [GMT+7]
#P Dozens of fishing boats docked at Tho Quang port on Saturday morning after their first offshore trip of the year, bringing in mackerel, squid and tuna.
#CX 1/5 ||Boats moored at Tho Quang fishing port early on Saturday morning.
#CX 2/5 ||Fishermen unload baskets of squid onto the quay.
#CX 3/5 ||Traders weigh mackerel before it is sent to markets in the city.
#CX 4/5 ||Ice is loaded onto a boat preparing for the next trip.
#CX 5/5 ||A fisherman mends nets after the trip.
Reported by HOANG HIEP
Other galleries
#RT Spring flowers on the Han River banks
#RT Night market reopens on Bach Dang Street

#T Da Nang adds 20 electric buses to airport route
#M byline=NGOC HA
Saturday, March 14, 2026, 10:45 [GMT+7]
#P The city's public transport management centre has put 20 electric buses into service on the route linking Da Nang International Airport with the city centre and the beaches.
#P Buses run every 10 minutes from 5:30 am to 10 pm. A single ticket costs 15,000 VND.
#C The new electric buses at a stop on Tran Phu Street. Photo: NGOC HA
#P The centre said the route carried about 4,800 passengers a day last month, many of them tourists.
NGOC HA
Related news
#RT Da Nang to build two more park-and-ride lots near beaches
#RT Bus passengers can pay by QR code from April
""")


def page_newsletter_leader():
    return parse("""
#D kind=site_page
#D published_date=2026-03-14
From: Vietnam Pictorial <newsletter@vietnampictorial.example>
Subject: This week in Vietnam Pictorial - Saturday, March 14, 2026
View this e-mail in your browser

VIETNAM PICTORIAL  |  Weekly newsletter  |  No. 11/2026

TOP STORY
#D source=Vietnam Pictorial
#D source_aliases=["Vietnam Pictorial", "vietnam.vnanet.vn", "Báo ảnh Việt Nam"]
#T Binh Duong pottery village revives its wood-fired dragon kilns
#M byline=Le Minh
Story: Le Minh | Photos: Tran Thanh
#P In Tan Phuoc Khanh, a pottery village that once had more than 60 wood-fired kilns, two families have rebuilt their old dragon kilns and fired them again this year after a decade of using gas.
#P The dragon kiln, a long brick tunnel built up a slope, takes three days to fire and needs a craftsman to watch the flames through the night.
#C Potter Ngo Van Sau checks the fire through a side opening of the kiln. Photo: Tran Thanh
#P "Gas is easier, but the glaze from a wood fire has colours that gas cannot make," said Ngo Van Sau, 67, whose family has made pottery for four generations.
#P The families now sell their pieces to collectors and hotels, and take visitors on tours of the kilns at weekends.
Read on our website >>

MORE THIS WEEK
#RT A day with the women who weave sedge mats in Kim Son
#RY In Ninh Binh's Kim Son district, more than 3,000 households still weave sedge mats by hand.
Read more: https://vietnam.vnanet.vn/english/a-day-with-the-sedge-mat-weavers
#RT Ha Giang's buckwheat fields before the spring rains
#RY Photographers travel to the northern highlands for the last flowers of the season.
Read more: https://vietnam.vnanet.vn/english/ha-giang-buckwheat-before-spring-rains
#RT Restoring the murals of a Hue pagoda
#RY A team of young restorers has spent eight months on the faded paintings.
Read more: https://vietnam.vnanet.vn/english/restoring-murals-hue-pagoda

You are receiving this e-mail because you subscribed to the Vietnam Pictorial newsletter.
Unsubscribe | Update your preferences | Forward to a friend

==============================================================

#D source=The Leader
#D source_aliases=["The Leader", "theleader.vn", "Doanh Nhân"]
THE LEADER
Business   Investment   Finance   Real Estate   Enterprise
Investment

#T Bac Ninh approves $210 million electronic components plant
14/03/2026 10:15
#M byline=Pham Thu
#P A South Korean-invested company has received approval to build a $210 million plant making printed circuit boards in Bac Ninh province, reports Pham Thu.
#P The plant, in the Que Vo industrial park, will employ about 2,600 people when it reaches full capacity in 2028, according to the provincial Department of Finance.
#P Bac Ninh attracted $1.2 billion in foreign investment in the first two months of the year, most of it in electronics.
Tags: Bac Ninh   FDI   electronics
Related articles
#RT Hai Duong industrial park rents out 90 percent of its land
#RT Electronics exports rise 14 percent in February

#T Retail chains race to open stores in smaller cities
14/03/2026 15:40
#M byline=Quang Duy
#P Vietnamese convenience and grocery chains are opening stores in provincial towns faster than in Hanoi and Ho Chi Minh City, where rents have risen sharply, The Leader's Quang Duy reports.
#P One chain opened 48 stores in the Mekong Delta last year, almost twice the number it opened in the two largest cities, its operations director said.
#P Analysts say rising incomes in provincial towns and cheaper rents make the smaller markets more attractive.
Tags: retail   consumer
Related articles
#RT Hai Duong industrial park rents out 90 percent of its land
#RT Electronics exports rise 14 percent in February
""")


def page_thanhnien_vtv():
    return parse("""
#D kind=site_page
#D published_date=2026-03-14
#D source=Thanh Nien
#D source_aliases=["Thanh Nien", "Thanh Nien News", "thanhniennews.com", "Báo Thanh Niên"]
Thanh Nien News - printer-friendly version
https://www.thanhniennews.com/society/ho-chi-minh-city-adds-night-classes-for-migrant-workers

#T Ho Chi Minh City adds night classes for migrant workers' children
#M byline=Nhu Lich
By Nhu Lich   |   Saturday, March 14, 2026 07:40 GMT+7
#P Ho Chi Minh City will open night classes at 14 schools for children of migrant workers who cannot attend during the day, the city's education department said.
#P The classes, for children aged 11 to 15, will cover the lower secondary curriculum and run from 6 pm to 9 pm on weekdays.
- page 1 of 2 -
#P Many of the children help their parents at markets or workshops during the day, said department official Tran Thi Thu.
#P Enrolment opens on March 20 and is free.
Printed on 14/03/2026 from thanhniennews.com. Copyright Thanh Nien News.

Thanh Nien News - printer-friendly version
https://www.thanhniennews.com/business/mekong-delta-rice-exporters-ship-first-fragrant-rice-to-japan

#T Mekong Delta rice exporters ship first fragrant rice to Japan
#M byline=Minh Hung
By Minh Hung   |   Saturday, March 14, 2026 10:05 GMT+7
#P A rice exporter in Can Tho has shipped 300 tonnes of fragrant rice to Japan, the first such shipment from the Mekong Delta after Japanese importers approved the grower's pesticide controls.
#P Company director Le Van Khanh said the rice was grown by 180 households under contract in Thoi Lai district.
#P The company hopes to ship 2,000 tonnes this year.
Printed on 14/03/2026 from thanhniennews.com. Copyright Thanh Nien News.

==============================================================

#D source=VTV News
#D source_aliases=["VTV News", "VTV", "VTV.vn", "Vietnam Television"]
VTV NEWS  -  english.vtv.vn
Vietnam | World | Business | Culture | Sports
#T Ha Long Bay cruise operators switch to electric tenders
VTV.vn - 14/03/2026 | 09:15
#P VTV.vn - Twelve cruise operators in Ha Long Bay have replaced their diesel tender boats with electric ones, cutting noise and fuel spills near the caves and beaches.
>> Video 01:42
#P The Quang Ninh provincial tourism department said the remaining operators had until the end of the year to follow.
#C Electric tenders carry tourists to Ti Top island. (Photo: VTV)
#P Each electric tender carries 30 passengers and charges overnight at the Tuan Chau port.
Source: VTV News
Hot news
#RT Quang Ninh welcomes 1.2 million visitors in February
#RT Cat Ba opens new walking trail in national park

#T Hanoi's Long Bien Bridge to get new lighting
VTV.vn - 14/03/2026 | 14:30
#P VTV.vn - The century-old Long Bien Bridge in Hanoi will get a new lighting system by the end of April, the city's Department of Construction announced.
#P The lights will shine on the steel spans from below and will be switched off at midnight to save power and avoid disturbing residents, the department said.
>> Video 00:58
#P The project costs 18 billion VND.
Source: VTV News
Hot news
#RT Quang Ninh welcomes 1.2 million visitors in February
#RT Cat Ba opens new walking trail in national park
""")


def page_pacific_kuensel():
    return parse("""
#D kind=site_page
#D published_date=2026-03-14
#D source=Post-Courier
#D source_aliases=["Post-Courier", "Post Courier", "PNG Post-Courier", "postcourier.com.pg"]
POST-COURIER
Home / Business / Local
#T Lae market traders to get new roof before rains
#M byline=ROSALYN WAMBI
By ROSALYN WAMBI
March 14, 2026
#P LAE Main Market traders will have a new roof over their stalls before the wet season peaks, the Lae City Authority says.
#P City manager Peter Kaupa said the contractor had started work this week and would finish in six weeks.
#P More than 900 vendors sell at the market every day, many of them women from villages along the Highlands Highway.
#P "When it rains, our garden food spoils. A roof will help us a lot," said vendor Miriam Yawi.
2 thoughts on "Lae market traders to get new roof before rains"
Jonah K says:
March 14, 2026 at 9:31 am
Good news for the mothers. Please fix the toilets too.
Reply
Lae Resident says:
March 14, 2026 at 11:02 am
Long overdue.
Reply
Leave a Reply

#D source=Solomon Star
#D source_aliases=["Solomon Star", "Solomon Star News", "solomonstarnews.com"]
SOLOMON STAR NEWS
News  |  National
#T Auki wharf reopens after repairs
Saturday, March 14, 2026
#M byline=ALICE TOGAMANA
#P AUKI wharf in Malaita Province reopened to ships yesterday after three months of repairs, the provincial government announced, reports ALICE TOGAMANA.
#P Provincial secretary Jimmy Faga said the wharf's concrete deck and fenders had been replaced.
#P Passenger ships from Honiara had been unloading at a smaller jetty since December.
#C The repaired Auki wharf. Photo: Supplied
Related posts
#RT Gizo hospital receives new X-ray machine
#RT Ferry fares unchanged, says operators' association

#D source=Kuensel
#D source_aliases=["Kuensel", "Kuensel Online", "kuenselonline.com"]
KUENSEL
Bhutan's National Newspaper
#T Gasa highlanders get solar fences against wild animals
#M byline=Tshering Dema
#M dateline=Gasa
Tshering Dema | Gasa
Sat, 14 Mar 2026
#P More than 70 households in Gasa have received solar-powered electric fences to protect their crops from wild boars and deer.
#C A farmer checks the new solar fence in Khamaed Gewog. Photo: Tshering Dema
#P The Dzongkhag agriculture office said the fences cover about 120 acres of farmland.
#P A farmer in Khamaed said she used to lose half of her potato harvest to wild boars. "Now we can sleep at night instead of guarding the fields," she said.
Edited by Sonam Pem
Related Stories
#RT Punakha farmers start early paddy nurseries
#RT Highland yak herders receive winter fodder

#T Paro to host regional archery tournament
#M byline=Yeshi Gyeltshen
#M dateline=Paro
Yeshi Gyeltshen | Paro
Sat, 14 Mar 2026
#P Twenty-four archery teams from eight dzongkhags will compete in a regional tournament in Paro starting next week.
#P The organisers said the tournament uses traditional bamboo bows only.
#P The winning team will receive Nu 150,000.
Edited by Sonam Pem
Related Stories
#RT Punakha farmers start early paddy nurseries
#RT Highland yak herders receive winter fodder
""")
