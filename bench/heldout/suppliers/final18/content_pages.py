"""Newspaper/site-page dumps of corpus final18 (all text invented; real places as settings only)."""
from markup import parse

LAOCAI_HEAD = """LAO CAI NEWSPAPER
Lao Cai Online - English edition
Tiếng Việt | English
HOME | POLITICS | ECONOMY | SOCIETY | CULTURE | TOURISM | BORDER GATE
Search..."""

LAOCAI_FOOT = """© Lao Cai Newspaper - Lao Cai Online. Address: 286 Hoang Lien Street, Lao Cai ward, Lao Cai province.
Editor-in-chief licence No. 000/GP-BTTTT. Reproduction only with the source "Lao Cai Online" cited."""


def page_laocai():
    return parse(rf"""
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tab 1 | Lao Cai Online | saved 05/12/2026 10:31
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
{LAOCAI_HEAD}
Economy
#D kind=site_page
#D published_date=2026-12-05
#D source=Lao Cai Newspaper
#D source_aliases=["Lao Cai Newspaper", "Lao Cai Online", "baolaocai.vn"]
#T Bao Thang cooperative ships first container of cinnamon oil to India
#M byline=THU HANG
Saturday, 05/12/2026 08:45 (GMT+7)
#P A cooperative in Bao Thang commune on December 4 shipped its first container of cinnamon essential oil to India, opening a new market for a product that has so far been sold mainly to traders from the Red River delta.
#C Workers of the cooperative pack cinnamon oil before export. Photo: Thu Hang
#P The 18-tonne shipment is worth about 6.2 billion VND. The buyer, a fragrance company in Gujarat, has signed a contract for four more containers in 2027.
#P Director of the cooperative Hoang Van Tuan said the members had invested in a new distillation line in the spring so that the oil could meet the buyer's purity requirements.
#P Lao Cai province has about 60,000 ha of cinnamon, most of it in the communes of the former Yen Bai province along the Red River valley.
THU HANG
Tags: cinnamon, export, Bao Thang
Related news
#RT Lao Cai border gate clears record number of fruit trucks in November
#RT Farmers in Bat Xat harvest winter vegetables for Hanoi market
#RT Province calls for investment in agricultural processing zones
{LAOCAI_FOOT}

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tab 2 | Lao Cai Online | saved 05/12/2026 10:33
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
{LAOCAI_HEAD}
Tourism
#T Sa Pa opens winter festival with Hmong and Dao cultural programme
#M byline=Minh Duc
Saturday, 05/12/2026 09:20 (GMT+7)
#C Dao women perform a traditional dance at the opening ceremony in Sa Pa ward. Photo: Minh Duc
#P The Sa Pa Winter Festival 2026 opened on the evening of December 4 at the stone church square in Sa Pa ward, with performances by artisans of the Hmong, Dao and Giay communities.
#P Over the next three weeks, visitors can join a market of ethnic brocade, a contest of traditional cooking and guided walks through the terraced fields of Ta Van and Lao Chai.
#P The organisers expect about 150,000 visitors during the festival, including many from the Republic of Korea and China. Hotels in the ward reported occupancy above 85% for the first weekend.
#C Visitors at the brocade market on the first evening of the festival. Photo: Minh Duc
#P Vice Chairwoman of the Sa Pa ward People's Committee Vang Thi May said the ward had added 40 new tourism signs in four languages and trained 120 young guides.
Minh Duc
Tags: Sa Pa, winter festival, tourism
Related news
#RT Fansipan cable car to extend hours over the New Year holiday
#RT Y Ty commune welcomes first tourists of the snow season
{LAOCAI_FOOT}

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tab 3 | Lao Cai Online | saved 05/12/2026 10:36
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
{LAOCAI_HEAD}
Society
#T Yen Bai ward completes upgrade of riverside embankment before flood season
#M byline=null
Saturday, 05/12/2026 07:10 (GMT+7)
#P The upgrade of 2.4 km of embankment along the Red River in Yen Bai ward has been completed, six months ahead of the 2027 flood season, the provincial Department of Agriculture and Environment said.
#P The project, with a total investment of 210 billion VND, raised the embankment by 1.2 metres and added a pedestrian path and lighting.
#C The upgraded embankment along the Red River in Yen Bai ward. Photo: Lao Cai Online
#P Local residents said the new path had quickly become a place for morning exercise. "Before, we could not walk here after heavy rain," said Nguyen Thi Lan, who lives in the ward's residential group No. 7.
Source: Department of Agriculture and Environment
Tags: Yen Bai ward, embankment, flood prevention
Related news
#RT Lao Cai allocates funds to relocate households from landslide areas
#RT Provincial leaders inspect flood recovery works in Van Ban commune
{LAOCAI_FOOT}
""")


def page_education_times():
    return parse(r"""
GD&TĐ
EDUCATION AND TIMES
The official newspaper of the Ministry of Education and Training
Tiếng Việt  English
News | Education | Higher education | Students | Teachers | Culture | Sport
#D kind=site_page
#D published_date=2026-12-05
#D source=Education and Times
#D source_aliases=["Education and Times", "GD&TĐ", "Giao duc & Thoi dai", "giaoducthoidai.vn"]
Education
#T Hanoi schools to pilot AI teaching assistants in 30 secondary schools
#M byline=Hai Yen
05/12/2026 09:30
#P GD&TĐ - Thirty lower secondary schools in Hanoi will pilot the use of artificial intelligence teaching assistants in mathematics and English from the second semester of the 2026-2027 school year, the Hanoi Department of Education and Training announced on December 4.
#C Students at a lower secondary school in Cau Giay ward during an English lesson. Illustrative photo: GD&TĐ
#P The assistants will help teachers prepare exercises at different levels and give students feedback on homework. Teachers will remain responsible for all assessment, the department said.
#P Before the pilot, teachers at the selected schools will take a 40-hour training course on the use of AI tools and on the protection of students' personal data.
#P Director of the department Tran Minh Quang said the results of the pilot would be reviewed in June 2027 before a decision on wider use.
Hai Yen
Share: Facebook  Zalo  Copy link
Related news
#RT Ministry issues guidelines on the use of AI in schools
#RT Hanoi recruits 1,200 more teachers for new school year

GD&TĐ
EDUCATION AND TIMES
The official newspaper of the Ministry of Education and Training
Tiếng Việt  English
News | Education | Higher education | Students | Teachers | Culture | Sport
Students
#T Vietnamese students win four gold medals at Asian Physics Olympiad for juniors
#M byline=Phuong Thao
05/12/2026 11:05
#P GD&TĐ - All eight members of the Vietnamese team won medals at the Asian Junior Physics Olympiad in Kuala Lumpur, including four gold, three silver and one bronze, the Ministry of Education and Training said on December 5.
#C The Vietnamese team at the closing ceremony. Photo: MOET
#P Nguyen Duc Anh, a ninth-grade student from Hue city, achieved the highest score of the competition, ahead of more than 260 contestants from 28 countries and territories.
#P This was the best result of a Vietnamese team at the competition since it was first held. The team will return to Hanoi on December 7.
Phuong Thao
Share: Facebook  Zalo  Copy link
Related news
#RT Hanoi student wins special prize at international science fair
#RT Team selected for 2027 International Physics Olympiad
© Education and Times. All rights reserved.
""")


def page_pacific_reader():
    return parse(r"""
Reading list export - 3 articles - Saturday 5 December 2026
==========================================================================
[1] cookislandsnews.com
==========================================================================
Cook Islands News
Te Reo o te Kuki Airani
National  Local  Economy  Politics  Sport  Features  Opinion  Subscribe
Local
#D kind=site_page
#D published_date=2026-12-05
#D source=Cook Islands News
#D source_aliases=["Cook Islands News", "CI News", "cookislandsnews.com"]
#T Water tanks for Mangaia households ahead of dry season
#M byline=Teuira Marsters
Saturday 5 December 2026 | Written by Teuira Marsters | Published in Local, National
Share
Water tanks for Mangaia households ahead of dry season
#C Workers unload water tanks from the cargo vessel at Oneroa harbour, Mangaia. Picture: TEUIRA MARSTERS/26120401
#P Eighty households on Mangaia will receive new 10,000-litre water tanks before the end of January, in a project funded by the New Zealand Government and managed by the Island Government.
#P The first 30 tanks arrived on the cargo vessel on Thursday and are being installed in Oneroa and Tamarua villages this week.
#P Island Government executive officer Tuaine Atatoa said families had struggled during the last dry season, when some had to carry water from village taps.
#P "Every home on the island will now have a way to store rainwater. That is a big relief for our elderly," Atatoa said.
More Top Stories
#RT Rarotonga airport runway resurfacing to start in March
4 December 2026
#RT Police warn motorists after spate of night crashes
3 December 2026

==========================================================================
[2] cookislandsnews.com
==========================================================================
Cook Islands News
Te Reo o te Kuki Airani
National  Local  Economy  Politics  Sport  Features  Opinion  Subscribe
Economy
#D published_date=2026-12-04
#T Visitor arrivals up 8 per cent in November
#M byline=Losa Tangiia
Friday 4 December 2026 | Written by Losa Tangiia | Published in Economy, National
Share
Visitor arrivals up 8 per cent in November
#C Tourists arrive at Rarotonga International Airport. Picture: LOSA TANGIIA/26120310
#P Visitor arrivals to the Cook Islands rose by 8 per cent in November compared with the same month last year, according to figures released by the Cook Islands Statistics Office.
#P A total of 14,620 visitors arrived during the month, with New Zealand accounting for 68 per cent and Australia for 17 per cent.
#P Tourism Industry Council president Mere Tupou said bookings for the Christmas period were strong, but warned that the number of rental cars on the island remained a constraint.
More Top Stories
#RT Rarotonga airport runway resurfacing to start in March
4 December 2026
#RT Water tanks for Mangaia households ahead of dry season
5 December 2026

==========================================================================
[3] fijisun.com.fj
==========================================================================
FIJI SUN
News  Nation  Business  Sports  Opinion  Entertainment  Video  E-Paper
#D source=Fiji Sun
#D source_aliases=["Fiji Sun", "fijisun.com.fj"]
#D published_date=2026-12-05
#T Nadi market vendors move to new stalls
#M byline=Ana Tikoisuva
By Ana Tikoisuva
December 5, 2026 8:14 am
#C Vendors arrange produce at their new stalls at the Nadi Municipal Market. Photo: Ana Tikoisuva
#P More than 200 vendors at the Nadi Municipal Market moved into new stalls yesterday after the completion of the market's $3.8 million extension.
#P The extension adds a covered area for root crops and kava, new toilets and a room for mothers with babies.
#P Nadi Town Council special administrator Vilimone Raikadroka said the council had worked with the vendors' association on the allocation of stalls.
#P "We did not want anyone to lose the spot where their customers know to find them," he said.
#P Vendor Salote Naivalu, who has sold vegetables at the market for 22 years, said the new area was cooler and cleaner.
Edited by Losana Vatu
Feedback: ana.tikoisuva@fijisun.com.fj
""")


def page_atlantic_nordic_central_asia():
    return parse(r"""
[[ saved https://bernews.com/2026/12/causeway-lane-closures-weekend/ 2026-12-05 16:02 ]]
Bernews
Home  News  Business  Sports  Entertainment  Photos  Videos  Obituaries  Search
#D kind=site_page
#D published_date=2026-12-05
#D source=Bernews
#D source_aliases=["Bernews", "bernews.com"]
#T Causeway Lane Closures This Weekend
December 5, 2026 | 2 Comments
#P [Updated] The Ministry of Public Works said that one lane of the Causeway will be closed today [Dec 5] and tomorrow [Dec 6] from 9.00am to 4.00pm to allow for repairs to the road surface.
#P A spokesperson said, "Traffic will be controlled by flagmen and motorists should expect delays, particularly in the afternoon. The public is asked to plan their journeys accordingly."
#P "Bus and ferry services will run to their normal schedules, although buses on the St George's route may run a few minutes late."
#P Update 3.10pm: The Ministry said the work is progressing well and may be completed ahead of schedule on Sunday.
Related Stories
#RT Causeway Repairs To Continue In New Year
#RT Minister Announces Road Resurfacing Programme
#RT Photos: Morning Traffic On The Causeway
Read more about
Category: All, News, Transport

[[ saved https://www.icelandreview.com/news/reykjavik-harbour-ferry-to-videy-resumes/ 2026-12-05 16:04 ]]
Iceland Review
News  Travel  Culture  Nature  Magazine  Subscribe
#D source=Iceland Review
#D source_aliases=["Iceland Review", "icelandreview.com"]
#T Ferry to Viðey Resumes Winter Sailings
#M byline=Ragnheiður Ólafsdóttir
By Ragnheiður Ólafsdóttir
December 5, 2026
#C Photo: Iceland Review/Ívar Freyr. Skarfabakki pier in December.
#P The ferry to Viðey island in Kollafjörður resumed its winter schedule today after being out of service for two months for engine repairs.
#P The ferry will sail from Skarfabakki pier on Saturdays and Sundays, with three departures each day. The Reykjavík Museum of Photography and the island’s café will open on the same days.
#P The ferry operator told Iceland Review that it expected more visitors this winter because of the Imagine Peace Tower lighting season, which runs until the end of the year.
Share this article

[[ saved https://kun.uz/en/news/2026/12/05/tashkent-metro-new-line-stations 2026-12-05 16:07 ]]
KUN.UZ
O‘zbekcha | Ўзбекча | Русский | English
News  Uzbekistan  World  Economy  Society  Sport  Video
#D source=Kun.uz
#D source_aliases=["Kun.uz", "kun.uz"]
#T Tashkent metro to open four new stations on Yangi Hayot line in 2027
#M byline=null
05.12.2026, 10:52   2418
#P Four new stations on the Yangi Hayot line of the Tashkent metro will open in the second half of 2027, the Tashkent city administration said on December 5.
#P The 7.1-kilometre extension will link the Sergeli district with the new residential areas in the south of the capital. Construction is 72% complete, according to the administration.
#C The construction site of one of the new stations. Photo: Kun.uz
#P Officials said the extension would carry up to 40,000 passengers a day and reduce traffic on the Sergeli highway.
#P The fare will remain at 2,000 soums per ride.
Telegram  Facebook  Instagram  X
More news
#RT Uzbekistan to introduce electronic tickets for intercity buses
#RT Tashkent begins replacing old trolleybus wires
""")
