"""Newspaper / site page dumps of corpus final17 (all news text invented; people fictional, places real).

Each function returns (dump text, gold articles) from a template in the shared markup (markup.py)."""
from markup import parse


def page_gialai():
    """Three article pages of Gia Lai Newspaper's English edition (en.baogialai.com.vn), saved one after another."""
    return parse(r'''
#D kind=site_page
#D published_date=2026-12-05
#D source=Gia Lai Newspaper
#D source_aliases=["Gia Lai Newspaper", "Gia Lai Online", "GLO", "Báo Gia Lai", "baogialai.com.vn", "en.baogialai.com.vn"]
GIA LAI ONLINE
Gia Lai Newspaper - English edition
Tiếng Việt | English
Home | Politics | Economy | Society | Culture | Travel | Photo | Video
Society
#T Quy Nhon Bac volunteers rebuild 40 flood-damaged kitchens before year-end
Saturday, 05/12/2026, 08:12 (GMT+7)
#M byline=Duc Long
#P (GLO) – Youth volunteers and soldiers in Quy Nhon Bac Ward have finished rebuilding 40 kitchens destroyed by last month's floods, so that families can cook at home again before the Lunar New Year preparations begin.
#P The kitchens, each about 12 square metres with a tiled floor, a brick stove and a raised shelf for rice and gas cylinders, were built in three weeks by 120 members of the ward's youth union and officers of a local military unit.
#C Volunteers lay bricks for a new kitchen in Quy Nhon Bac Ward. Photo: D.L
#P Each kitchen cost about VND 18 million (USD 700), funded by donations from businesses in the province and readers of Gia Lai Newspaper.
#P Mrs. Tran Thi Hoa, 67, whose kitchen was swept away when the water rose above her door frame, said she had been cooking on a camping stove in the yard for a month. "Now I can cook rice for my grandchildren inside again," she said.
#C Mrs. Tran Thi Hoa receives the keys to her rebuilt kitchen. Photo: D.L
#P The ward plans to repair another 25 kitchens and 60 latrines by the end of January.
Story and photos: Duc Long
Tags: Quy Nhon Bac, flood recovery, volunteers, youth union
Related news
#RT Gia Lai women's unions deliver aid to flooded eastern communes
#RY Women volunteers worked around the clock for two weeks to bring rice, water and medicine to communities cut off by the floods.
#RT Quy Nhon University students help clean flooded schools
#RY More than 300 students joined teachers in clearing mud from 11 schools in the coastal wards.

========================================================================

GIA LAI ONLINE
Gia Lai Newspaper - English edition
Tiếng Việt | English
Home | Politics | Economy | Society | Culture | Travel | Photo | Video
Economy
#T Coffee pickers' wages rise in Kon Chieng as harvest peaks
Saturday, 05/12/2026, 10:35 (GMT+7)
Ngoc Minh
#M byline=Ngoc Minh
#P (GLO) – Daily wages for coffee pickers in Kon Chieng Commune have risen to VND 350,000-400,000 (USD 14-16) as the harvest reaches its peak and growers compete for workers.
#P Growers said the wage was about 15% higher than last season, when many families from the commune left to work in industrial zones in the south and did not return for the harvest.
#C Seasonal workers pick ripe coffee cherries in Kon Chieng Commune. Photo: Ngoc Minh
#P Mr. Dinh Van Thuong, who owns 3 hectares of robusta, said he now pays pickers by the day rather than by the kilogram. "If I pay by the kilo, they go to the farm next door that pays by the day," he said.
#P Fresh coffee cherries were selling at VND 24,000-25,500 per kilogram on Friday, according to traders in the commune.
#P The commune's People's Committee said about 1,800 seasonal workers, most of them from ethnic minority villages in the province, were working on local farms.
Related news
#RT Lo Pang coffee co-operative signs export deal with European roaster
#RY The co-operative will ship 120 tonnes of specialty robusta next year under a three-year contract.
#RT Gia Lai sets target to replant 5,000 hectares of old coffee by 2030
#RY Growers will receive low-interest loans and seedlings to replace trees more than 20 years old.

========================================================================

GIA LAI ONLINE
Gia Lai Newspaper - English edition
Tiếng Việt | English
Home | Politics | Economy | Society | Culture | Travel | Photo | Video
Travel
#T Quy Nhon welcomes first winter charter flights from Busan
Saturday, 05/12/2026, 14:02 (GMT+7)
#P (GLO) – A charter flight carrying 182 tourists from Busan, Republic of Korea, landed at Phu Cat Airport on the afternoon of December 4, opening a series of 24 winter charter flights between the two cities.
#P The flights, operated twice a week until the end of February 2027, are expected to bring about 4,300 Korean visitors to the province's coastal area.
#C Provincial officials greet Korean tourists at Phu Cat Airport. Photo: Thanh Tam
#P Visitors will stay in Quy Nhon and take tours to Ky Co beach, Eo Gio and the Twin Towers, as well as a new day trip to the coffee farms and waterfalls of the province's western highlands.
#P Mr. Nguyen Van Phuc, Deputy Director of the provincial Department of Culture, Sports and Tourism, said the province hoped to turn the charter flights into a regular route by 2028.
THANH TAM
#M byline=THANH TAM
Related news
#RT Gia Lai tourism earns VND 1.9 trillion in November
#RT Ky Co beach to limit daily visitors from January
Copyright (c) Gia Lai Newspaper. Address: Pleiku Ward, Gia Lai Province. Please cite "Gia Lai Online" when reproducing.
''')


def page_haiphong_portal():
    """Two article pages of the Hai Phong City Portal's English site (en.haiphong.gov.vn)."""
    return parse(r'''
#D kind=site_page
#D published_date=2026-12-05
#D source=Hai Phong Portal
#D source_aliases=["Hai Phong Portal", "Hai Phong City Portal", "Hai Phong City Electronic Portal", "haiphong.gov.vn", "en.haiphong.gov.vn"]
Hai Phong Portal
Tiếng Việt
HOME | ABOUT HAI PHONG | NEWS | INVESTMENT | TOURISM | CULTURE | PUBLIC SERVICES
Search...
News > Economy
#T Lach Huyen Port Handles Record 1.3 Million TEUs In November
05/12/2026
#P Container throughput at the Lach Huyen international gateway port reached a record of about 1.3 million TEUs in November, up 18% over the same period last year, according to the city's Department of Construction.
#P The increase came as two new berths at the port, able to receive ships of up to 200,000 tonnes, went into full operation in October and three shipping lines added direct services to the west coast of the United States.
#P In the first eleven months of 2026, goods handled through the city's seaports reached 196 million tonnes, exceeding the annual plan by 4%.
#P Speaking at a meeting on December 4, Vice Chairman of the City People's Committee Mr. Pham Quang Vinh asked departments to speed up work on the road connecting the port area with the Hai Phong - Ha Long expressway so that trucks no longer queue on Tan Vu - Lach Huyen bridge at peak hours.
#P The city targets total seaport throughput of 215 million tonnes in 2027.
Source: Hai Phong Newspaper
Other news
#RT Hai Phong Opens Tender For Second Phase Of Nam Do Son Industrial Park
#RT Cat Hai Special Zone Launches Night Seafood Market For Tourists
#RT City Issues Investment Certificates To 12 FDI Projects In November
Share: Facebook | Zalo | Email | Print

========================================================================

Hai Phong Portal
Tiếng Việt
HOME | ABOUT HAI PHONG | NEWS | INVESTMENT | TOURISM | CULTURE | PUBLIC SERVICES
Search...
News > Culture - Society
#T Hai Phong Flower Streets To Reopen For Lunar New Year With 30 Artisan Stalls
05/12/2026
#P The flower streets along Tam Bac river in Hong Bang Ward will reopen from January 25 to February 15, 2027, with 30 stalls for artisans from the city's traditional craft villages, the City Department of Culture, Sports and Tourism announced on December 5.
#P Stalls will sell peach blossoms, kumquat trees, Dong Ho-style paintings and calligraphy, as well as wood carvings from villages in the former Hai Duong area that joined the city in 2025.
#P This year the city will also organize evening folk music performances on a floating stage on the river every Saturday and Sunday during the event.
#P Organizers expect more than 500,000 visitors, up from about 420,000 at the last edition.
Source: haiphong.gov.vn
Other news
#RT Do Son Buffalo Fighting Festival Recognized As National Intangible Heritage
#RT City Libraries Extend Opening Hours During Winter Holidays
Share: Facebook | Zalo | Email | Print
(c) Hai Phong City Electronic Portal. Managed by the Hai Phong City People's Committee.
''')


def page_europe_reader():
    """Three European English-language sites saved by a scraper (DutchNews.nl, Notes from Poland, The Portugal
    News), each under its fetch header."""
    return parse(r'''
#D kind=site_page
#D published_date=2026-12-05
URL:     https://www.dutchnews.nl/2026/12/utrecht-to-double-bike-parking-at-central-station/
Fetched: 2026-12-05T10:41:09+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
#D source=DutchNews.nl
#D source_aliases=["DutchNews.nl", "DutchNews", "Dutch News"]
DutchNews.nl
News | Features | Podcast | Jobs | Property | Partners | Donate
December 5, 2026
#T Utrecht to double bike parking at Central station as garage hits capacity
#P Utrecht is to build a second underground bicycle garage near Central station, doubling the number of spaces for commuters, after the existing garage reached capacity on most weekday mornings this autumn.
#P The new garage, under the Jaarbeursplein, will have 11,500 spaces and is due to open in 2030, the city council said on Friday. The cost is put at €92 million, shared between the city, the national government and rail infrastructure firm ProRail.
#P The existing garage, which opened in 2019 and has some 12,500 spaces, was full before 9am on 41 days between September and November, city figures show.
#P "We are a victim of our own success," alderman Sanne de Wildt told broadcaster RTV Utrecht. "People love the garage, so now we need another one."
#P In the meantime, the city will add 1,800 temporary racks on the western side of the station from February.
Related articles
#RT Amsterdam removes 14,000 abandoned bikes in a single year
#RT Cycling deaths fall for the first time in five years
Thank you for donating to DutchNews.nl.
We could not provide the Dutch News service, and keep it free of charge, without the generous support of our readers. Your donations allow us to report on issues you tell us matter, and provide you with a summary of the most important Dutch news each day.
Make a donation

URL:     https://notesfrompoland.com/2026/12/05/krakow-smog-alert-free-public-transport-third-day/
Fetched: 2026-12-05T10:41:12+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
#D source=Notes from Poland
#D source_aliases=["Notes from Poland", "NfP", "notesfrompoland.com"]
Notes from Poland
News | Politics | Society | Economy | Culture | Podcast | Support us
#T Kraków smog alert brings free public transport for third day
Marta Kalinowska
#M byline=Marta Kalinowska
December 5, 2026
#C A view over Kraków's Old Town on Friday morning (credit: Tomasz Wierzba/Notes from Poland)
#P Public transport in Kraków will be free for a third consecutive day on Saturday after air pollution levels in the city again exceeded the alert threshold, the city authorities have announced.
#P Measuring stations recorded concentrations of PM10 particulate matter of up to 212 micrograms per cubic metre on Friday evening, more than four times the daily limit. Cold, windless weather has trapped smoke from heating in the valley of the Vistula.
#P Under the city's rules, residents can travel free on buses and trams by showing a vehicle registration certificate, which is meant to encourage drivers to leave their cars at home.
#P Kraków banned the burning of coal and wood in household stoves in 2019, but the surrounding municipalities did not, and experts say much of the smog now blows in from outside the city.
#P "The ban worked inside Kraków. The problem is the ring of towns around it," said Dr Agnieszka Rudnicka, an air-quality researcher at AGH University of Kraków.
Notes from Poland is run by a small editorial team and is published by an independent, non-profit foundation that is funded through donations from our readers. We cannot do what we do without your support.

URL:     https://www.theportugalnews.com/news/2026-12-05/algarve-water-reserves-rise-after-wet-november/
Fetched: 2026-12-05T10:41:15+01:00   Status: 200   Extractor: full-page
------------------------------------------------------------------------
#D source=The Portugal News
#D source_aliases=["The Portugal News", "Portugal News", "TPN", "theportugalnews.com"]
The Portugal News
News | Property | Lifestyle | Business | Travel | Food & Drink | Sport
#T Algarve water reserves rise to 41% after wettest November in a decade
By TPN/Lusa, in News · 05 Dec 2026, 09:12 · 0 Comments
#C Odeleite dam, Castro Marim. Credits: TPN; Author: Client;
#P Water stored in the Algarve's reservoirs has risen to 41% of capacity after the region's wettest November in ten years, according to data from the Portuguese Environment Agency (APA).
#P At the start of October, the six dams that supply the region held only 27% of their capacity, and the authorities had warned that restrictions on irrigation could continue into next summer.
#P The Odeleite and Beliche dams, in the east of the Algarve, recorded the largest increases, while Bravura, near Lagos, remains below 20%.
#P The regional water utility said the rain was "good news but not the end of the drought" and that the desalination plant planned for Albufeira remained essential.
Related
#RT Tavira farmers welcome end of irrigation cuts
#RT Loulé to reuse treated wastewater for golf courses
''')


def page_dm_nunatsiaq_gazette():
    """Three pages saved from a reader app's article list: Daily Maverick, Nunatsiaq News, The Royal Gazette."""
    return parse(r'''
#D kind=site_page
#D published_date=2026-12-05
Reading list export (3 articles) - Sat 5 Dec 2026 12:04
########################################################################
#D source=Daily Maverick
#D source_aliases=["Daily Maverick", "DM", "dailymaverick.co.za"]
DAILY MAVERICK
Search | Sign in | Become an Insider
SOUTH AFRICA
#T Cape Town’s desalination pilot clears final hurdle as tariff row simmers
The city has signed off on a 40-million-litre-a-day plant at Monwabisi, but councillors are still fighting over who pays for it.
Thandeka Mokoena
#M byline=Thandeka Mokoena
05 Dec 2026
#C The coastline at Monwabisi, where the desalination plant is to be built. (Photo: Sizwe Ndlovu)
#P The City of Cape Town’s first permanent desalination plant has cleared its last regulatory hurdle after the national environment department dismissed an appeal against its environmental authorisation.
#P The plant at Monwabisi, on the False Bay coast, will produce up to 40 million litres of drinking water a day when it is completed in 2029, about 5% of the city’s average demand.
#P “Cape Town will never again be three months away from Day Zero,” mayoral committee member for water Johan Pieterse told Daily Maverick on Friday.
#P But opposition councillors say the city has not explained how the R3.1-billion plant will affect water tariffs. “Residents in Khayelitsha and Mitchells Plain will pay for this through their bills, and nobody has shown them the numbers,” said councillor Nomsa Qwabe.
#P The city says the plant will be financed from its capital budget and a green bond, and that tariffs will rise in line with inflation. DM
Comments - share your views on this article (18)
Become an Insider to join the conversation.
########################################################################
#D source=Nunatsiaq News
#D source_aliases=["Nunatsiaq News", "Nunatsiaq Online", "nunatsiaq.com"]
Nunatsiaq News
NEWS December 5, 2026 - 8:30 am
#T Iqaluit council approves water-truck overtime as pipe repairs drag on
City says 60 homes will stay on trucked delivery until at least mid-January
NOAH KILABUK
#M byline=NOAH KILABUK
#C A City of Iqaluit water truck makes deliveries in the Lower Base neighbourhood on Thursday. (PHOTO BY NOAH KILABUK)
#P Iqaluit city council has approved $240,000 in overtime for water-truck drivers as repairs to a broken utilidor line in the Lower Base area continue into the new year.
#P About 60 homes normally connected to the piped system have been on trucked water since the line froze and split on Nov. 19, the city’s director of public works, Paul Arreak, told council on Thursday night.
#P Crews have replaced about 80 metres of pipe, but another section under Niaqunngusiariaq Road will have to be thawed and dug out before it can be repaired, he said.
#P “We are asking residents to be patient and to keep their tanks accessible,” Arreak said.
#P Coun. Simeonie Akavak asked the city to look at compensation for residents whose water tanks overflowed during the first week of deliveries.
########################################################################
#D source=The Royal Gazette
#D source_aliases=["The Royal Gazette", "Royal Gazette", "royalgazette.com"]
The Royal Gazette
News | Business | Sport | Lifestyle | Opinion | Obituaries | Classifieds
#T Causeway lane closures to continue overnight into next week
By Keisha Outerbridge
#M byline=Keisha Outerbridge
Published Dec 5, 2026 at 8:00 am (Updated Dec 5, 2026 at 7:48 am)
#C Resurfacing work on the Causeway (Photograph by Dwayne Tucker)
#P Overnight lane closures on the Causeway will continue until Thursday as resurfacing work on the St David’s end of the bridge falls behind schedule, the Ministry of Public Works said yesterday.
#P One lane will be closed between 9pm and 5am, with traffic controlled by flagmen. Buses to and from St George’s will run as normal, but motorists were asked to allow an extra 15 minutes.
#P A ministry spokeswoman said rain last weekend and a delayed delivery of asphalt had set the work back by four nights.
#P The Causeway carries about 25,000 vehicles a day and is the only road link between the East End and the rest of the island.
Related Stories
#RT Airport road to get new lighting in spring
#RT Fewer cruise calls expected in 2027 season
''')
