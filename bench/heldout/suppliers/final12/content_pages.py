"""Newspaper-page dumps of corpus final12: article pages scraped with their site chrome (all text
invented; real places and institutions as settings only)."""
from markup import parse

# 1. Saigoneer (Ho Chi Minh City, English): three article pages in a row, "Details / Published on /
#    Written by" lines, "Photo via ..." captions, the site's follow line, "Related Articles", copyright.
SAIGONEER = """
#D kind=site_page
#D published_date=2026-04-09
#D source=Saigoneer
#D source_aliases=["Saigoneer", "saigoneer.com"]
Saigoneer
Home | Society | Culture | Eat & Drink | Arts | Heritage | Travel | Podcast
Society
#T Thu Duc's Riverside Park Gets 2 Km of Shaded Walking Trails
#M byline=Khoi Pham
#M dateline=null
- Details
- Published on 09 April 2026
- Written by Khoi Pham. Top image via Thanh Nien.
#P A riverside park in Thu Duc City has opened two kilometers of shaded walking trails along the Saigon River, giving residents of the fast-growing eastern area a rare green space.
#C The new trail runs under a row of young tamarind trees. Photo via Thanh Nien.
#P The trails, built over eight months, are lined with 1,400 newly planted trees and have 30 benches, two public restrooms and lighting until 10pm.
#P Local authorities said a second phase, including a playground and an outdoor gym, will be finished by the end of the year.
Stay connected with Saigoneer on Instagram and like us on Facebook.
Related Articles
#RT Saigon's New Bus Routes to the Airport: What You Need to Know
#RT A Walk Along the Thi Nghe Canal, 10 Years After Its Cleanup
© 2026 Saigoneer. All rights reserved.

Saigoneer
Home | Society | Culture | Eat & Drink | Arts | Heritage | Travel | Podcast
Eat & Drink
#T A 40-Year-Old Bánh Cuốn Stall in District 3 Is Moving Indoors
#M dateline=null
- Details
- Published on 09 April 2026
- Written by Saigoneer.
#P After four decades on the pavement of Ly Chinh Thang Street, one of District 3's best-known bánh cuốn stalls is moving into a shophouse across the road next week.
#P The owner, Mrs. Tu, 68, said the move was her grandchildren's idea. "They said I am too old to sit on a plastic stool at 5am. I told them the customers will not follow. They said they will," she told Saigoneer.
#C Mrs. Tu at her stall on Ly Chinh Thang Street. Photo by Saigoneer.
#P Prices will stay at VND45,000 a plate, she added.
Stay connected with Saigoneer on Instagram and like us on Facebook.
Related Articles
#RT Where to Eat Bánh Cuốn in Saigon, According to Our Readers
© 2026 Saigoneer. All rights reserved.

Saigoneer
Home | Society | Culture | Eat & Drink | Arts | Heritage | Travel | Podcast
Society
#T HCMC to Pilot Paid Parking App on 12 Downtown Streets
#M dateline=null
- Details
- Published on 09 April 2026
- Written by Saigoneer. Photo by Lam Nguyen.
#P Drivers parking on 12 streets in the former District 1 will be able to pay by app from May, the city's transport department said this week.
#P The app will show free spaces in real time and charge VND25,000 an hour for cars and VND5,000 for motorbikes; cash payment to attendants will remain possible during the six-month pilot.
#P The department said the pilot covers about 1,900 parking spaces, including those on Le Loi and Ham Nghi boulevards.
Stay connected with Saigoneer on Instagram and like us on Facebook.
Related Articles
#RT Nguyen Hue Walking Street Will Close for Two Nights of Repairs
#RT Metro Line 1 Adds Late-Night Trains on Weekends
© 2026 Saigoneer. All rights reserved.
"""

# 2. Vietcetera: author and date line above the headline, reading time, no lede prefix, "Photo: ..."
#    captions, tags, share and newsletter chrome, "Read more".
VIETCETERA = """
#D kind=site_page
#D published_date=2026-04-09
#D source=Vietcetera
#D source_aliases=["Vietcetera", "vietcetera.com"]
VIETCETERA
Business   Lifestyle   Culture   Podcasts   Events   EN | VI
Business
Minh Anh Truong · Apr 9, 2026 · 4 min read
#T Why Vietnamese Coffee Chains Are Betting on Tier-Two Cities
#M byline=Minh Anh Truong
#M dateline=null
#P Three of Vietnam's five largest coffee chains opened more stores in provincial cities than in Hanoi and Ho Chi Minh City in the first quarter of 2026.
#P Rents in cities such as Quy Nhon, Buon Ma Thuot and Vinh are about a third of those in central Ho Chi Minh City, while customers' spending on coffee has grown faster, according to a survey by the fictional research firm Lotus Insights.
#C A newly opened coffee shop in Quy Nhon. Photo: Vietcetera
#P "In the big cities we are fighting for every corner. In Quy Nhon we can take a whole ground floor facing the sea," said Dang Quoc Bao, expansion director at one of the chains.
#P Analysts warn that the strategy depends on local tastes: in the Central Highlands, customers still prefer strong robusta served with condensed milk over the chains' espresso drinks.
Tags: Coffee, Retail, Business
Share this article
Read more:
#RT Inside the Race to Make Vietnamese Robusta a Specialty Coffee
#RT The Rise of the Neighborhood Bakery in Hanoi
Get the Vietcetera newsletter in your inbox every Friday.
© 2026 Vietcetera. All rights reserved.

VIETCETERA
Business   Lifestyle   Culture   Podcasts   Events   EN | VI
Culture
Vietcetera Editorial Team · Apr 9, 2026 · 3 min read
#T Hue Festival Announces Free Night Shows at the Imperial Citadel
#M dateline=null
#P The organizers of this year's Hue Festival will stage six free night performances inside the Imperial Citadel in June, they announced on Thursday.
#C Performers rehearse in front of the Ngo Mon Gate. Photo: Hue Festival Center
#P Tickets will be distributed online from May 15, with a limit of 2,500 visitors a night.
#P The program includes royal court music, a lantern parade and a contemporary dance piece by a young Hue choreographer.
Tags: Hue, Festival, Culture
Share this article
Read more:
#RT A Weekend Guide to Hue's Garden Houses
Get the Vietcetera newsletter in your inbox every Friday.
© 2026 Vietcetera. All rights reserved.
"""

# 3. Southeast Asian pages: The Manila Times (crumb, "By NAME", colon dateline, caption with credit,
#    "Related Posts"), Khaosod English (byline with role, "BANGKOK —", tags, "You May Also Like"),
#    Laotian Times (staff byline with date, caption, share row).
SEA_PAGES = """
#D kind=site_page
#D published_date=2026-04-09
#D source=The Manila Times
#D source_aliases=["The Manila Times", "Manila Times", "manilatimes.net"]
The Manila Times
HOME | NEWS | OPINION | BUSINESS | REGIONS | SPORTS | LIFESTYLE
Home / Regions
#T Pampanga town opens P180-million flood pumping station
#M byline=Renato Dizon
#M dateline=GUAGUA, Pampanga
By Renato Dizon
April 9, 2026
#P GUAGUA, Pampanga: A P180-million pumping station that can drain 12 cubic meters of floodwater a second was inaugurated in this town on Thursday.
#C The new pumping station in Barangay San Roque, Guagua. PHOTO BY RENATO DIZON
#P Mayor Corazon Lacson said the station would protect about 8,000 households in low-lying villages that were flooded for weeks during last year's typhoon season.
#P The Department of Public Works and Highways said two more stations are planned in nearby Sasmuan and Lubao.
Related Posts
#RT Bulacan dredging project to start in May
#RT Tarlac farmers get solar-powered irrigation pumps
Copyright © 2026 The Manila Times. All rights reserved.

#D source=Khaosod English
#D source_aliases=["Khaosod English", "Khaosod"]
KHAOSOD ENGLISH
News | Business | Lifestyle | Opinion | Multimedia
#T Bangkok Tests Cooling Mist Fans at 20 Bus Stops
#M byline=Ploy Charoenkul
#M dateline=BANGKOK
By Ploy Charoenkul, Staff Reporter
April 9, 2026 2:35 pm
#P BANGKOK — City Hall has installed mist fans at 20 bus stops in the Ratchaprasong and Silom areas as daytime temperatures reach 40 degrees Celsius this week.
#P The fans, powered by small solar panels, switch on automatically when the temperature passes 35 degrees, the Bangkok Metropolitan Administration said.
#P A spokesman said the pilot would be extended to 200 stops if passengers found it useful.
Tags: Bangkok, BMA, Heat wave
You May Also Like
#RT Songkran Water Fights Limited to Four Hours on Silom Road
#RT Heat Index to Pass 50 Degrees in Eastern Provinces, Forecasters Say

Laotian Times
Home  News  Business  Travel  Opinion
#D source=Laotian Times
#D source_aliases=["Laotian Times", "The Laotian Times"]
#T Luang Prabang Night Market Moves to Cashless Payments
#M dateline=null
Laotian Times Staff - April 9, 2026
#C Vendors at the Luang Prabang night market. (Photo: Laotian Times)
#P Vendors at the Luang Prabang night market will accept QR code payments from all major Lao banks from next week, the provincial tourism department said.
#P Some 320 stalls have received stickers with QR codes, and tourists can also pay with Thai and Chinese payment apps through a cross-border link.
#P Cash will still be accepted, officials said.
Share: Facebook  Twitter  WhatsApp  Telegram
"""

# 4. African and Caribbean pages: Punch (author and date under the headline, rights notice), the Mail &
#    Guardian (deck, byline at the end with the reporter's role), the Jamaica Observer (byline with
#    role and e-mail above the body).
AFRICA_CARIB = """
#D kind=site_page
#D published_date=2026-04-09
#D source=Punch
#D source_aliases=["Punch", "PUNCH", "Punch Newspapers", "punchng.com"]
Punch Newspapers
News | Politics | Metro Plus | Business | Sports | Editorial | Columns
#T Lagos begins registration of tricycle operators for new routes
#M byline=Adeola Bankole
#M dateline=null
Adeola Bankole
Published 9 April 2026
#C File photo: Tricycles at a park in Ikeja
#P The Lagos State Government has begun the registration of tricycle operators who want to work on 14 new routes in Ikorodu, Epe and Badagry.
#P The Commissioner for Transportation, Mr. Olumide Bakare, said on Thursday that registration would close on 30 April and that each operator would receive a route sticker and a reflective vest.
#P He said, "We want to bring order to the routes and make sure every operator can be identified."
Related News
#RT Lagos to build six new bus terminals, says commissioner
#RT Ogun begins road rehabilitation in Sango-Ota
All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.
Contact: theeditor@punch.example

Punch Newspapers
News | Politics | Metro Plus | Business | Sports | Editorial | Columns
#T Kano farmers get 4,000 solar irrigation pumps
#M byline=Musa Abdullahi
#M dateline=null
Musa Abdullahi, Kano
Published 9 April 2026
#P About 4,000 smallholder farmers in Kano State have received solar-powered irrigation pumps under a state-backed loan scheme, the state's agriculture commissioner, Dr. Hauwa Yusuf, said on Thursday.
#P The farmers will repay the cost of the pumps over three years from the sale of their dry-season crops, she said.
Related News
#RT Kano to plant two million trees in northern LGAs
All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.

#D source=Mail & Guardian
#D source_aliases=["Mail & Guardian", "M&G", "mg.co.za"]
Mail & Guardian
News  Business  Environment  Opinion  Friday
Environment
#T Cape Town's new desalination pilot passes first test
#M byline=Lindiwe Dube
#M dateline=null
The small plant at Strandfontein produced water that met the national drinking standard in its first month
09 Apr 2026
#P A pilot desalination plant at Strandfontein has passed its first month of tests, producing two megalitres of drinking water a day, the City of Cape Town said on Thursday.
#C The pilot plant at Strandfontein. (Supplied)
#P The city's water and sanitation mayoral committee member, Pieter Jansen, said the results would help decide whether to build a permanent plant of 50 megalitres a day.
#P Environmental groups have asked the city to publish data on the brine returned to the sea.
Lindiwe Dube is an environment reporter at the Mail & Guardian.
Share this article:
More in Environment
#RT City of Cape Town to fix 300 leaking reservoirs by winter

#D source=Jamaica Observer
#D source_aliases=["Jamaica Observer", "Observer", "jamaicaobserver.com"]
JAMAICA OBSERVER
News | Business | Sports | Entertainment | Editorial | All Woman
#T Montego Bay hotels report strong Easter bookings
#M byline=KERRI-ANN BLAKE
#M dateline=MONTEGO BAY, St James
BY KERRI-ANN BLAKE
Observer West writer
blakek@jamaicaobserver.example
Thursday, April 09, 2026
#P MONTEGO BAY, St James — Hotels in Montego Bay reported occupancy of about 92 per cent over the Easter weekend, the highest since 2019, the local chapter of the Jamaica Hotel and Tourist Association said yesterday.
#P Chapter president Andre Whitfield said visitors from the United States and Canada accounted for most of the bookings.
#C Tourists on the Hip Strip in Montego Bay on Easter Monday. (Photo: Kerri-Ann Blake)
#P He said hotels were now hiring more staff for the summer season.
Related Stories
#RT Tourism ministry to train 1,500 hospitality workers
#RT Cruise arrivals up 8 per cent in first quarter
Copyright © 2026 Jamaica Observer. All rights reserved.
"""


def page_saigoneer():
    return parse(SAIGONEER)


def page_vietcetera():
    return parse(VIETCETERA)


def page_manilatimes_khaosod_laotiantimes():
    return parse(SEA_PAGES)


def page_punch_mg_observer():
    return parse(AFRICA_CARIB)
