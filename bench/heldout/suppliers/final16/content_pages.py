"""Page dumps of corpus final16: two Vietnamese English-language magazines (PetroTimes, National
Defence Journal), three Gulf and Iranian papers, and four Asia-Pacific pages (Mizzima, Daily FT twice,
Vanuatu Daily Post).

All news text is invented: people, companies, figures and quotes are fictional; real places and
institutions are settings only. Vietnamese places follow the 2025 reorganisation (wards and communes,
no districts; Ba Ria - Vung Tau merged into Ho Chi Minh City, Bac Lieu into Ca Mau)."""
from markup import parse


def page_petrotimes():
    """Two saved pages of PetroTimes (English edition): masthead, menu, language switch, section,
    title, "hh:mm | dd/mm/yyyy" stamp, a bold sapo opening "(PetroTimes) - " (body, as the Vietnamese
    pages' sapo), captions ending "Photo: ...", the author's name alone after the text, tags, "Other
    news" (titles with a date line under each)."""
    return parse(r"""
Saved page: https://petrotimes.vn/en/cai-mep-lpg-terminal-receives-first-cargo-post718204.html
PETROTIMES
Energy - Economy - Society
Home | Oil & Gas | Power | Renewables | Economy | Petrovietnam | World | Magazine
Tiếng Việt | English
Oil & Gas
#D kind=site_page
#D published_date=2026-12-05
#D source=PetroTimes
#D source_aliases=["PetroTimes", "PETROTIMES", "Petro Times", "petrotimes.vn"]
#T Cai Mep LPG terminal receives first 44,000-tonne cargo
#M byline=Thanh Hang
15:32 | 05/12/2026
Print | Email | Zalo | Facebook
#B (PetroTimes) - The new liquefied petroleum gas terminal in the Cai Mep port area of Ho Chi Minh City on Saturday received its first very large gas carrier, marking the start of commercial operation after 26 months of construction.
#C The gas carrier Coral Meridian berths at the Cai Mep LPG terminal on December 5. Photo: Tan Phuoc Gas
#P The Coral Meridian, carrying 44,000 tonnes of propane and butane from the Middle East, berthed at the terminal's deep-water jetty early in the morning. Unloading is expected to take about 40 hours.
#P The terminal, built by Tan Phuoc Gas Terminal JSC, has four refrigerated tanks with a combined capacity of 120,000 tonnes and can receive ships of up to 85,000 cubic metres.
#P According to the company's general director, Le Hoang Vu, the terminal will supply about a third of the LPG consumed in the southern region once it runs at full capacity, reducing the need to lighter cargoes from ships anchored offshore.
#C Workers check the unloading arms before the first transfer. Photo: Tan Phuoc Gas
#P "Until now, large cargoes had to be split at sea and brought in on smaller vessels. Receiving them directly at the jetty cuts both cost and risk," he said.
#P The company plans to add a bottling plant and a truck loading station at the site in 2027.
Thanh Hang
Tags: LPG, Cai Mep, gas terminal, Ho Chi Minh City
Other news
#RT Ca Mau power plant trains 120 young engineers in digital operations
04/12/2026
#RT Rooftop solar self-consumption registrations pass 50,000 in the south
03/12/2026
#RT Refinery workers complete 1,000-day safety record
02/12/2026
=====================================================================
Saved page: https://petrotimes.vn/en/ca-mau-power-plant-trains-120-young-engineers-post718133.html
PETROTIMES
Energy - Economy - Society
Home | Oil & Gas | Power | Renewables | Economy | Petrovietnam | World | Magazine
Tiếng Việt | English
Power
#T Ca Mau power plant trains 120 young engineers in digital operations
#M byline=Nguyen Hoan
#M published_date=2026-12-04
09:10 | 04/12/2026
Print | Email | Zalo | Facebook
#B (PetroTimes) - A gas-fired power plant in Khanh An commune, Ca Mau province, has started a 10-month programme to train 120 young engineers to run its control systems with digital twins and predictive maintenance software.
#P The engineers, most of them graduates of universities in Can Tho and Ho Chi Minh City, will spend half of their time in a simulator room that copies the plant's control desk and half shadowing shift teams.
#C Trainees in the simulator room of the plant. Photo: Nguyen Hoan
#P The plant's deputy director, Tran Quoc Bao, said the programme was needed because a third of the plant's operators would retire within five years.
#P "The older generation learned the plant by ear. They knew a pump was failing from its sound. The young engineers must learn it from data, and from them," he said.
#P Trainees who pass the final assessment will be offered contracts at the plant or at two gas-fired units under construction in the Mekong Delta.
Nguyen Hoan
Tags: Ca Mau, power plant, training, digital twin
Other news
#RT Cai Mep LPG terminal receives first 44,000-tonne cargo
05/12/2026
#RT Rooftop solar self-consumption registrations pass 50,000 in the south
03/12/2026
Copyright © PetroTimes. All rights reserved.
""")


def page_ndj():
    """Two saved pages of the National Defence Journal (English edition of Tap chi Quoc phong toan dan):
    Vietnamese and English mastheads, the current "Saturday, December 05, 2026, 10:02 (GMT+7)" stamp, a
    language row and a capitalised menu, a section, the title, the article's own stamp, a summary
    paragraph (body), the text, and the author after it as "RANK NAME, post" (the byline is the name
    only, in capitals as printed); "Keywords:"; "Related articles" with dates. The second page's related
    list repeats the first page's title."""
    return parse(r"""
Saved page: http://tapchiqptd.vn/en/military-regions-services/military-region-5-improves-disaster-response-readiness/24611.html
TẠP CHÍ QUỐC PHÒNG TOÀN DÂN
NATIONAL DEFENCE JOURNAL
Saturday, December 05, 2026, 10:02 (GMT+7)
Tiếng Việt | English | 中文 | Русский | ລາວ | ខ្មែរ
HOME | THEORETICAL ISSUES | MILITARY REGIONS - SERVICES | INTERNATIONAL | RESEARCH - DISCUSSION | OTHER ISSUES
Military Regions - Services
#D kind=site_page
#D published_date=2026-12-04
#D source=National Defence Journal
#D source_aliases=["National Defence Journal", "NDJ", "Tap chi Quoc phong toan dan", "Tạp chí Quốc phòng toàn dân", "tapchiqptd.vn"]
#T Military Region 5 improves disaster response readiness along the central coast
#M byline=NGUYEN DUC THANH
Friday, December 04, 2026, 15:32 (GMT+7)
#P After a storm season that brought four typhoons to the central coast in ten weeks, Military Region 5 has reviewed its disaster response plans, reorganised its rescue forces and stepped up joint drills with local authorities, so that troops can reach any isolated commune within six hours.
#P In 2026, units of the Military Region mobilised more than 38,000 troops and militia, 1,200 vehicles and 90 boats to evacuate residents, reinforce dykes and clear landslides in Quang Ngai, Da Nang and Gia Lai, evacuating more than 62,000 people before the storms made landfall.
#P Drawing lessons from the season, the Military Region's Party Committee and Command have directed units to update response plans for each commune and ward, to pre-position food, medicine and rescue equipment at 48 forward depots, and to train a reserve of boat crews in every coastal commune.
#P Communication has also been strengthened. Each of the regional defence commands set up in 2025 now has a satellite link and a team trained to operate drones for damage assessment.
#P In the coming time, Military Region 5 will continue to coordinate with provincial authorities to hold at least one joint drill in each province before the 2027 storm season, contributing to protecting people's lives and property.
Senior Colonel NGUYEN DUC THANH, Chief of Staff of Military Region 5
Keywords: Military Region 5, disaster response, search and rescue
Related articles
#RT Logistics solutions for disaster response, search and rescue operations
Tuesday, November 17, 2026, 15:55 (GMT+7)
#RT Military Region 7 builds a strong defence zone in the new period
Monday, November 09, 2026, 08:12 (GMT+7)
=====================================================================
Saved page: http://tapchiqptd.vn/en/military-regions-services/coast-guard-region-3-steps-up-legal-outreach-to-fishermen/24618.html
TẠP CHÍ QUỐC PHÒNG TOÀN DÂN
NATIONAL DEFENCE JOURNAL
Saturday, December 05, 2026, 10:03 (GMT+7)
Tiếng Việt | English | 中文 | Русский | ລາວ | ខ្មែរ
HOME | THEORETICAL ISSUES | MILITARY REGIONS - SERVICES | INTERNATIONAL | RESEARCH - DISCUSSION | OTHER ISSUES
Military Regions - Services
#T Coast Guard Region 3 steps up legal outreach to fishermen
#M byline=PHAM THI HONG NHUNG
#M published_date=2026-12-05
Saturday, December 05, 2026, 07:45 (GMT+7)
#P Considering legal outreach a regular task, Coast Guard Region 3 has combined its patrols with visits to fishing ports, helping fishermen understand the regulations against illegal, unreported and unregulated fishing and feel secure at sea.
#P Since the beginning of the year, the Region's units have held 126 outreach sessions in fishing ports and coastal communes and wards of Ho Chi Minh City and Lam Dong, distributing 18,000 leaflets and 2,400 national flags to fishing crews.
#P At each session, officers explain the requirements on vessel monitoring devices, fishing logbooks and the limits of Vietnam's sea areas, using maps and real cases so that fishermen can follow them easily.
#P The Region has also set up 35 "Coast Guard - fishermen" groups on social networks, through which crews can report incidents at sea and receive weather warnings directly from the units on patrol.
#P Thanks to these efforts, no fishing vessel from the coastal localities under the Region's responsibility was detained abroad for violations in 2026.
Lieutenant Colonel PHAM THI HONG NHUNG, Coast Guard Region 3
Keywords: Coast Guard, fishermen, IUU fishing, legal outreach
Related articles
#RT Military Region 5 improves disaster response readiness along the central coast
Friday, December 04, 2026, 15:32 (GMT+7)
#RT Naval Region 2 supports fishermen in the southern waters
Thursday, November 26, 2026, 09:20 (GMT+7)
Copyright © National Defence Journal. All rights reserved.
""")


def page_gulf_iran():
    """Three saved pages. Gulf Times: weather strip, menu, section, "By NAME / Staff Reporter",
    "Published: ... | Last updated: ..." line, a "File photo" caption above the text, no dateline,
    "Related Story". Times of Oman: "Times News Service" (no person), "Muscat: " lede, caption between
    paragraphs, "Also Read". Tehran Times: "By NAME" above the title, "December 5, 2026 - 14:21" stamp,
    caption above the "TEHRAN – " lede, tags and comment box."""
    return parse(r"""
Saved page: https://www.gulf-times.com/article/721845/qatar/msheireb-winter-night-market
Gulf Times
Sat, 05 Dec 2026  |  Doha 22°C
Qatar | Region | International | Business | Sport | Opinion | Life | Videos
Qatar
#D kind=site_page
#D published_date=2026-12-05
#D source=Gulf Times
#D source_aliases=["Gulf Times", "Gulf-Times", "gulf-times.com"]
#T Msheireb to host winter night market every weekend until March
#M byline=Ramesh Mathew
By Ramesh Mathew / Staff Reporter
Published: 05 Dec 2026 - 10:14 am | Last updated: 05 Dec 2026 - 10:16 am
#C Visitors at the first edition of the night market in Msheireb Downtown Doha. File photo
#P A night market with more than 120 stalls of food, crafts and plants will be held in Msheireb Downtown Doha every Friday and Saturday evening from December 11 until the end of March.
#P The market will run from 5pm to midnight in Barahat Msheireb and the surrounding lanes, with live music on the main square and a children's corner near the tram stop.
#P Organisers said half of the stalls had been given to home businesses registered with the Ministry of Commerce and Industry, and a quarter to first-time vendors.
#P "Last winter people told us they wanted somewhere to walk in the evening that was not a mall," said event manager Aisha al-Kuwari. "This year we doubled the space and added more seating."
#P Entry is free. Parking is available in the Msheireb underground car park.
Related Story
#RT Doha's Corniche to close for cycling event on December 12
#RT Old Doha Port adds floating cinema for winter season
-----------------------------------------------------------------
Saved page: https://timesofoman.com/article/154812-muscat-municipality-to-open-three-new-beach-parks
Times of Oman
Oman | Business | World | Sport | Lifestyle | Opinion | Epaper
Oman
#D source=Times of Oman
#D source_aliases=["Times of Oman", "timesofoman.com", "Times News Service"]
#T Muscat Municipality to open three new beach parks in Seeb and Barka
#M dateline=Muscat
Times News Service
Published: 05 Dec 2026, 11:30
#P Muscat: Muscat Municipality will open three new beach parks in the wilayats of Seeb and Barka before the end of January, adding 4.5 kilometres of landscaped seafront with walking tracks, barbecue areas and shaded seating.
#P The parks, at Al Hail North, Al Mawaleh beach and Al Rumais, were designed with the help of residents' suggestions collected through the municipality's app last year, an official said.
#C A view of the new beach park at Al Hail North. Photo: Times of Oman
#P "Families asked for shade, toilets and lighting more than anything else, and these are in every park," said Eng. Salim bin Hamad al-Harthi, director of parks at the municipality.
#P The municipality also plans to add lifeguard towers at the three sites during the summer months.
Also Read
#RT Oman to extend e-visa validity for GCC residents
#RT Al Amerat fruit market relocation completed
-----------------------------------------------------------------
Saved page: https://www.tehrantimes.com/news/521774/Kashan-caravanserai-restoration-to-finish-before-Nowruz
Tehran Times
Politics | Economy | Culture | Sports | Tourism | Society | Opinion
Tourism
By Afshin Rahimi
#D source=Tehran Times
#D source_aliases=["Tehran Times", "TT", "tehrantimes.com"]
#T Kashan caravanserai restoration to finish before Nowruz
#M byline=Afshin Rahimi
#M dateline=TEHRAN
December 5, 2026 - 14:21
#C The domed courtyard of the caravanserai in Kashan's old bazaar. Photo: Tehran Times
#P TEHRAN – The restoration of a Qajar-era caravanserai in the old bazaar of Kashan will be completed before the Persian New Year Nowruz in March, a provincial tourism official said on Saturday.
#P Workers are rebuilding the brick domes of the building's northern wing and repairing 14 shops around its courtyard, which will be leased to carpet weavers and rosewater sellers, said Mehdi Karimzadeh, a deputy tourism chief for Isfahan province.
#P "The caravanserai will go back to its old job: trade. We are not turning it into a museum," he said.
#P Kashan received about 1.1 million visitors in the last Iranian calendar year, most of them during the rose-water season in spring.
Tags: Kashan, caravanserai, restoration, Nowruz
Leave a Comment
Name *  Email *  Your comment
""")


def page_asia_pacific():
    """Four saved pages. Mizzima: "Mizzima | date" line, a caption above a "Mandalay (Mizzima) – " lede,
    "Related"; Daily FT (twice): masthead, the site's unrendered "Saturday, 5 December 2026 00:04 -
    - {{hitsCtrl.values.hits}}" date line, bulleted summary points under the title (body, as
    highlights), "By NAME" on the first line of the text, no teasers on one, "Related News" on the
    other; Vanuatu Daily Post: "By NAME" and date under the title, a credited caption, "More News"."""
    return parse(r"""
Saved page: https://eng.mizzima.com/2026/12/05/mandalay-tea-shops-feel-pinch-condensed-milk-prices
Mizzima
News | Business | Analysis | Opinion | Mizzima Weekly | Video
Business
#D kind=site_page
#D published_date=2026-12-05
#D source=Mizzima
#D source_aliases=["Mizzima", "Mizzima News", "eng.mizzima.com"]
#T Mandalay tea shops feel the pinch as condensed milk prices double
#M dateline=Mandalay
Mizzima | 05 December 2026
#C A tea shop on 30th Street in Mandalay. Photo: Mizzima
#P Mandalay (Mizzima) – Tea shop owners in Mandalay say the price of a tin of imported condensed milk has doubled since August, forcing many to raise the price of a cup of milk tea for the second time this year.
#P A case of 48 tins now costs about 190,000 kyat at the wholesale market near Zegyo, traders said, up from 95,000 kyat in the summer.
#P "If I raise the price again, the workers who drink three cups a day will drink one," said Daw Khin Myo Aye, who runs a tea shop near the railway station.
#P Some shops have switched to locally made sweetened milk, which costs less but which customers say changes the taste.
Related
#RT Yangon rice traders report slow winter sales
#RT Fuel queues return in Sagaing towns
=================================================================
Saved page: https://www.ft.lk/news/Colombo-Port-City-marina-berths/56-782214
Daily FT
Saturday, 5 December 2026 00:04 -     - {{hitsCtrl.values.hits}}
Front Page | News | Business | Columnists | Opinion | Special Report | Sports
#D source=Daily FT
#D source_aliases=["Daily FT", "Daily Financial Times", "ft.lk", "FT"]
#T Colombo marina to lease 80 berths to yacht charter operators
#M byline=Shanika Wijesooriya
#P • Charter operators to get berths on five-year leases
#P • First 30 berths ready by April, says developer
#P • Marina targets 1,200 yacht visits a year by 2029
By Shanika Wijesooriya
#P A new marina on Colombo's reclaimed seafront will lease 80 berths to yacht charter operators from next year, as the developer seeks to draw regional sailing traffic that now bypasses Sri Lanka for the Maldives and Thailand.
#P Marina operator Serendib Harbour Marinas said the first 30 berths would be ready by April and the rest by the end of 2027, with fuel, water, waste collection and a customs and immigration counter on site.
#P "Yachts sailing between Phuket and the Maldives pass within 50 nautical miles of Colombo. We want them to stop for a week, not sail past," Chief Executive Dilhan Gunasekera told the Daily FT.
#P The company expects charter operators to offer day trips to Negombo and week-long cruises along the south coast.
Share  |  Tweet  |  Email
=================================================================
Saved page: https://www.ft.lk/news/Cinnamon-exporters-seek-testing-lab/56-782230
Daily FT
Saturday, 5 December 2026 00:05 -     - {{hitsCtrl.values.hits}}
Front Page | News | Business | Columnists | Opinion | Special Report | Sports
#T Cinnamon exporters seek testing lab in Galle to cut EU rejection risk
#P Cinnamon exporters have asked the Government to set up an accredited testing laboratory in Galle, saying the cost and delay of sending samples to Colombo has left small exporters exposed to rejections in the European Union.
#P The Cinnamon Exporters' Forum said about 40 consignments were held at EU ports this year over residue limits, and that most of them came from small processors in the Southern Province who could not afford repeated tests.
#P Forum Secretary Lalith Amarasekara said a lab in Galle would cut testing time from ten days to three. "The problem is not the cinnamon. It is that our small exporters find out too late," he said.
#P Sri Lanka earned about $330 million from cinnamon exports in 2025.
Share  |  Tweet  |  Email
Related News
#RT Colombo marina to lease 80 berths to yacht charter operators
#RT Tea exports edge up in November on Middle East demand
=================================================================
Saved page: https://www.dailypost.vu/news/luganville-wharf-upgrade/article_5d1f0b62.html
Vanuatu Daily Post
News | Business | Sports | Opinion | Island Life | Classifieds | e-Edition
#D source=Vanuatu Daily Post
#D source_aliases=["Vanuatu Daily Post", "Daily Post", "dailypost.vu"]
#T Luganville wharf upgrade to let two cruise ships berth at once
#M byline=Glenda Willie
By Glenda Willie
Dec 5, 2026
#C The main wharf in Luganville. Photo: Glenda Willie
#P Work to extend the main wharf in Luganville will allow two cruise ships to berth at the same time from the 2028 season, the Ports and Harbour Department says.
#P The Vt1.9 billion project will add 180 metres to the wharf and build a passenger terminal with a handicraft market for Santo vendors.
#P Acting Port Manager Jimmy Tabi said cruise lines had cancelled 11 calls to Santo this year because the wharf was already taken by cargo ships.
#P "When a ship cannot berth, 2,000 passengers do not come ashore. That is money lost for the taxi drivers, the mamas at the market and the tour operators," he said.
#P Construction is expected to start in March.
More News
#RT Port Vila council bans plastic bags at municipal market
#RT Tanna coffee growers ship first container to Japan
""")
