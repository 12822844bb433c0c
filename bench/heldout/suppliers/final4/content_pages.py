"""Newspaper web-page dumps of corpus final4 (scraped pages with site chrome). All news text is invented."""
from markup import parse


def page_koreatimes_nation():
    # The Korea Times: Korean-language account links, menus, deck, "By" line, "Posted : | Updated :" line,
    # font/print/share controls, caption with "Korea Times photo by"/"Courtesy of" credit, reporter e-mail line,
    # numbered "Most Read" list. The Nation (Thailand): Thai-language link, crumbs, deck, "PUBLISHED :"/"UPDATED :"
    # lines, byline below them, "(File photo)" caption, hashtag line, "RELATED NEWS" with a section label after
    # each title.
    return parse("""
#D kind=site_page
#D published_date=2025-12-09
#D source=The Korea Times
#D source_aliases=["The Korea Times", "Korea Times", "koreatimes.co.kr"]
The Korea Times
한국일보 | KT Reader's Club | 로그인 | 회원가입
National | Business | Finance | Opinion | Lifestyle | Entertainment & Arts | Sports | World | Video | Photos
National
Politics | Foreign Affairs | Multicultural Community | Defense | Environment & Animals | Law & Crime | Society | Health & Science
#T Gangwon to pilot four-day school week at 12 rural schools
Education office says change aims to keep small schools open
#M byline=Yoon Seo-hyun
By Yoon Seo-hyun
Posted : 2025-12-09 16:42 | Updated : 2025-12-09 18:05
Font size | Print | Share
#C Students leave an elementary school in Hongcheon County, Gangwon Province, Dec. 5. Korea Times photo by Choi Won-seok

#P The Gangwon Provincial Office of Education will let 12 rural schools switch to a four-day week from the spring semester next year, in a pilot aimed at keeping small schools open as the number of pupils falls.

#P Under the plan, students at the participating elementary and middle schools will attend classes from Monday to Thursday. Fridays will be used for field trips, after-school programs run with local farms and businesses, and remedial lessons for students who need them.

#P "Parents in small villages move to towns because they think their children will fall behind," the office's superintendent, Kwon Tae-jin, told reporters in Chuncheon. "We want to show that a small school can offer something a big one cannot."

#P Total class hours will remain unchanged, as the school day will be extended by about 70 minutes from Monday to Thursday. Teachers' unions said they supported the idea in principle but warned that longer days could tire younger children.

#P Gangwon has closed 41 schools over the past decade. According to the education office, 96 of its 350 elementary schools now have fewer than 60 students.

Yoon Seo-hyun
yoonsh@koreatimes.co.kr

Business
Tech | Bio | Companies
#T Hando Marine wins 2.1 trillion won order for six ammonia carriers
Shipbuilder's order backlog now covers three and a half years of work
#M byline=Nam Ha-eun
By Nam Ha-eun
Posted : 2025-12-09 10:15 | Updated : 2025-12-09 10:58
Font size | Print | Share

#P Hando Marine has won a 2.1 trillion won ($1.43 billion) order to build six very large ammonia carriers for a European shipowner, the company said in a regulatory filing, Tuesday.

#C An LNG carrier built by Hando Marine sails off Geoje, South Gyeongsang Province, in this undated photo. Courtesy of Hando Marine

#P The vessels, each able to carry 93,000 cubic meters of ammonia, will be delivered in stages by the end of 2029. Hando Marine said they would be equipped with dual-fuel engines that can burn ammonia as well as conventional fuel oil.

#P The order is the company's largest this year and raises its backlog to about 3.5 years of production. Industry officials said demand for ammonia carriers was rising as power producers in Korea and Japan prepared to co-fire ammonia in coal plants.

#P Shares of Hando Marine rose 4.2 percent on the Korea Exchange following the announcement.

Nam Ha-eun
namhe@koreatimes.co.kr

Most Read
1
#RT Seoul subway fares to rise 150 won from June
2
#RT Ex-Olympian opens free ski school for children in Pyeongchang
3
#RT Korean ramyeon exports top $1 billion for third year
4
#RT Foreign residents in Korea pass 2.7 million

nationthailand
ภาษาไทย | E-Paper | Subscribe
#D source=The Nation
#D source_aliases=["The Nation", "Nation Thailand", "The Nation Thailand", "nationthailand", "The Nation (Thailand)"]
News | Business | Thailand | World | Tourism | Lifestyle | Opinion
News > Thailand > Transport
#T Bangkok buses to accept contactless bank cards from January
Trial on 32 routes lets passengers tap debit and credit cards instead of buying paper tickets
PUBLISHED : 09 Dec 2025, 15:30
UPDATED : 09 Dec 2025, 16:05
#M byline=Kanokwan Sirisuk
Kanokwan Sirisuk
#C Passengers board a city bus on Phahonyothin Road in Bangkok. (File photo)
#P Passengers on 32 Bangkok bus routes will be able to pay fares by tapping contactless debit and credit cards from January 15, the Transport Ministry said on Tuesday.

#P The trial will cover about 800 buses operated by the state bus company on routes serving Victory Monument, Mo Chit and the Rattanakosin area. Fares will be the same as for cash tickets, and passengers who tap more than four times in a day will pay no more than 60 baht.

#P Deputy transport minister Anucha Wongsawat said the ministry wanted to "end the era of the coin box" and expected the system to cover the whole fleet by the end of 2026 if the trial went smoothly.

#P Conductors will continue to sell paper tickets during the trial, the ministry said.

#Bangkok #buses #contactless #TransportMinistry

RELATED NEWS
#RT Purple Line extension to open four new stations in March
#RS Thailand
#RT Suvarnabhumi passenger numbers near pre-pandemic record
#RS Tourism

News > Thailand > Environment
#T Chiang Mai air quality turns unhealthy as burning season starts early
Authorities ban open burning in seven districts until April
PUBLISHED : 09 Dec 2025, 11:20
#C Haze over Chiang Mai city seen from Doi Suthep on Tuesday morning. (Photo by Chiang Mai Provincial Public Relations Office)
#P Fine dust levels in Chiang Mai exceeded safe limits on Tuesday for the third consecutive day, prompting the provincial governor to ban open burning in seven districts earlier than usual.

#P PM2.5 readings reached 68 micrograms per cubic metre in Muang district in the morning, above the Thai standard of 37.5 micrograms, according to the provincial environment office.

#P The ban, which normally takes effect in February, will now run from Tuesday until April 30. Farmers who need to clear fields will have to register with their district office and use shredding machines lent by the province.

#P Health officials advised children, the elderly and people with respiratory illnesses to stay indoors and wear N95 masks when outside.

#ChiangMai #PM25 #haze
""")


def page_malaymail_mb():
    # Malay Mail: Malay-language furniture ("Berita", newsletter prompt), section label, date line with MYT,
    # capitalised "BY" byline, "— Picture by" captions (before the body or after it), "PLACE, Dec 9 — " datelines,
    # share line, "Related Articles". Manila Bulletin: tagline, "ADVERTISEMENT" lines between paragraphs,
    # "AT A GLANCE" bullets, "Published | Updated" line, "(Photo courtesy of ...)" captions, "Related Tags".
    return parse("""
#D kind=site_page
#D published_date=2025-12-09
#D source=Malay Mail
#D source_aliases=["Malay Mail", "The Malay Mail", "malaymail.com"]
Malay Mail
Malaysia | World | Money | Life | Showbiz | Sports | Opinion | Berita | Videos
Langgan buletin kami | Subscribe to our newsletter
MALAYSIA
#T Kelana Jaya LRT riders face longer waits during three-month signalling upgrade
Tuesday, 09 Dec 2025 4:42 PM MYT
#M byline=NUR HIDAYAH ZAKARIA
#M dateline=PETALING JAYA, Dec 9
BY NUR HIDAYAH ZAKARIA
#C Commuters wait for a train at an LRT station in Petaling Jaya. — Picture by Farhan Najib
#P PETALING JAYA, Dec 9 — Commuters on the Kelana Jaya LRT line should expect waits of up to eight minutes at peak hours for the next three months while the line's signalling system is upgraded, its operator said today.

#P Trains currently run every three to four minutes at peak times. The operator said the work would be carried out mainly at night, but some sections would run at reduced speed during the day while new equipment was tested.

#P In a statement, it said feeder bus frequencies would be increased at six stations between Kelana Jaya and Ampang Park, and that 40 additional buses had been deployed.

#P Commuter groups criticised the timing. "Three months of delays right after the school holidays is going to hurt a lot of people," said Loh Wei Ming, a spokesman for a Klang Valley commuters' association.

Facebook | X | Telegram | WhatsApp
Related Articles
#RT MRT Putrajaya line ridership passes 200,000 a day
#RT Penang LRT tender to be called next year, says state exco

MALAYSIA
#T Sarawak to connect 28 more Kapit longhouses to treated water by 2027
Tuesday, 09 Dec 2025 6:10 PM MYT
#M byline=RIDHWAN SAINI
#M dateline=KUCHING, Dec 9
BY RIDHWAN SAINI
#P KUCHING, Dec 9 — The Sarawak government will connect 28 more longhouses in Kapit Division to treated water supply by the end of 2027 under a RM96 million project approved today.

#P State utilities officials said the project would lay 74km of pipes and build two small treatment plants along the Rejang river, benefiting about 6,500 residents who now rely on rainwater and gravity-fed river water.

#P Longhouse chiefs in the area have long complained that river water becomes unusable during floods and dry spells. Work on the first phase is expected to begin in March.
#C A longhouse by the Rejang river in Kapit Division. — Picture courtesy of the Kapit Resident's Office

Facebook | X | Telegram | WhatsApp

Manila Bulletin
The Nation's Leading Newspaper
#D source=Manila Bulletin
#D source_aliases=["Manila Bulletin", "MB", "mb.com.ph"]
News | Business | Entertainment | Lifestyle | Sports | Opinion | Balita | Tech
ADVERTISEMENT
NEWS
#T Cebu opens first of six evacuation centers built to withstand super typhoons
#M byline=Carmela Reyes-Dizon
#M dateline=CEBU CITY
By Carmela Reyes-Dizon
Published Dec 9, 2025 04:42 pm  |  Updated Dec 9, 2025 05:10 pm
AT A GLANCE
• The Cebu provincial government opened a P62-million evacuation center in Bogo City designed for winds of up to 300 kph.
• Five more centers are being built in northern Cebu towns.
#P CEBU CITY – The Cebu provincial government on Tuesday, Dec. 9, opened the first of six evacuation centers designed to withstand super typhoons, in Bogo City in the province's northern tip.

ADVERTISEMENT

#P The two-storey building, which cost P62 million, can shelter up to 1,200 people and has its own water tank, solar panels and a clinic. Its roof and windows are built to withstand winds of up to 300 kilometers per hour.
#C The new evacuation center in Bogo City, Cebu. (Photo courtesy of the Cebu Provincial Information Office)
#P Provincial disaster officials said many residents of northern Cebu had sheltered in schools and chapels during past typhoons, some of which lost their roofs while people were inside.

ADVERTISEMENT

#P The remaining five centers, in San Remigio, Medellin, Daanbantayan, Tabogon and Sogod, are scheduled for completion by the end of 2026.

Related Tags: Cebu | Evacuation Center | Typhoon

ADVERTISEMENT
BUSINESS
#T Davao exporters ship first batch of frozen durian to South Korea
#M byline=Ramon Ignacio Dela Paz
By Ramon Ignacio Dela Paz
Published Dec 9, 2025 02:15 pm
#C Workers pack frozen durian pulp at a processing plant in Davao City. (Photo courtesy of Davao Durian Exporters Association)
#P Durian exporters in Davao City have shipped their first 18-tonne batch of frozen durian pulp to South Korea after the Korean government approved imports from two accredited processing plants.

ADVERTISEMENT

#P The Davao Durian Exporters Association said it expected to ship about 600 tonnes to South Korea next year, adding to existing markets in China, Hong Kong and the Middle East.

#P Association president Lorna Ampatuan-Cruz said frozen pulp fetched about three times the price of fresh durian sold in local markets and allowed farmers to earn from fruit that would otherwise spoil during the peak harvest.

Related Tags: Durian | Davao | Exports
""")


def page_kathmandupost_ht():
    # The Kathmandu Post: Nepali-language links, section label, deck, byline and place on separate lines,
    # "Published at :"/"Updated at :" lines, "Post File Photo"/"PHOTO COURTESY:" captions, author bio box,
    # desk byline "Post Report", "Editor's Picks" teasers with section and summary. Hindustan Times: Hindi link,
    # crumbs, deck, "ByName, Place" byline without a space, "Updated on:" line, "(HT Photo)" captions (one after
    # the body), "Also Read |" link lines inside the text, "New Delhi:"/"Mumbai:" datelines, follow prompt.
    return parse("""
#D kind=site_page
#D published_date=2025-12-09
#D source=The Kathmandu Post
#D source_aliases=["The Kathmandu Post", "Kathmandu Post", "kathmandupost.com", "TKP"]
The Kathmandu Post
नेपाली संस्करण | ई-पेपर | कान्तिपुर
National | Politics | Valley | Opinion | Money | Sports | Culture & Lifestyle
Gandaki Province
#T Pokhara to cap boats on Phewa Lake at 1,200 from next season
Lake authority says overcrowding and waste threaten water quality
#M byline=Sunil Gurung
Sunil Gurung
Pokhara
Published at : December 9, 2025
Updated at : December 9, 2025 17:20
#C Boats moored on the banks of Phewa Lake in Pokhara. Post File Photo
#P The Phewa Lake conservation authority has decided to limit the number of boats allowed on the lake to 1,200 from the next tourist season, citing overcrowding and waste that it says is damaging water quality.

#P There are currently around 1,650 registered boats on the lake, most of them wooden rowing boats rented out to tourists. Boat owners who do not renew their licences by mid-March will not be allowed back on the water, the authority said.

#P "The lake is the reason tourists come to Pokhara. If we lose it, we lose everything," said Hari Prasad Adhikari, chairman of the authority.

#P The boat owners' association said it would challenge the decision, arguing that more than 400 families depend on the income from boats that would lose their licences.

Sunil Gurung is a correspondent for The Kathmandu Post, covering Kaski and the surrounding districts of Gandaki Province.

National
#T Government tightens rules for trekking guides in restricted areas
Guides will need a refresher course every three years
#M byline=Post Report
Post Report
Kathmandu
Published at : December 9, 2025
#P The government has approved new rules requiring trekking guides who lead groups in restricted areas such as Upper Mustang, Manaslu and Dolpa to take a refresher course in first aid and mountain safety every three years.

#P The rules, approved by the Cabinet on Monday, also require trekking agencies to register the GPS tracker of each group with the Department of Immigration before it enters a restricted area.
#C Trekkers on the Manaslu circuit. PHOTO COURTESY: MANASLU TREKKING GUIDES' ASSOCIATION
#P Officials said the changes followed several incidents last season in which groups went missing for days in bad weather. Around 48,000 foreigners obtained restricted-area permits in the last fiscal year.

#P Trekking agencies welcomed the tracker requirement but said the cost of the courses should be borne by the government.

Editor's Picks
#Rs Money
#RT Remittance inflows rise 14 percent in first four months of fiscal year
#RY Nepal received Rs 612 billion in remittances between mid-July and mid-November, according to the central bank.
#Rs Politics
#RT Parties agree to table election code amendments in winter session
#RY The ruling and opposition parties have agreed on a timetable for amending the election code before the next polls.
#Rs Valley
#RT Kathmandu to ban diesel tempos from inner ring road
#RY The metropolis says three-wheelers older than 15 years will be phased out by mid-April.

Hindustan Times
हिंदी में पढ़ें | E-Paper | Subscribe | Sign In
#D source=Hindustan Times
#D source_aliases=["Hindustan Times", "HT", "hindustantimes.com"]
Home / Cities / Delhi News
#T Delhi to add 300 electric feeder buses for metro stations by March
The nine-metre buses will run on 45 routes connecting residential colonies to 60 metro stations
#M byline=Anirudh Mehra
#M dateline=New Delhi
ByAnirudh Mehra, New Delhi
Updated on: Dec 09, 2025 04:42 PM IST
#C Commuters wait for a feeder bus outside a metro station in east Delhi. (HT Photo)
#P New Delhi: The Delhi government will add 300 electric feeder buses to connect residential colonies with metro stations by the end of March, transport department officials said on Tuesday.

#P The nine-metre buses, smaller than the standard 12-metre city buses, will run on 45 routes in areas where narrow roads make it difficult for larger buses to operate, such as parts of Shahdara, Uttam Nagar and Sangam Vihar.

Also Read | Delhi Metro's Phase 4 corridor to open in two sections next year

#P Officials said fares would be fixed at ₹10 for the whole route, and passengers would be able to use the same card on the metro and the feeder buses.

#P "About a third of metro commuters still take a shared auto or walk more than a kilometre to reach a station," a senior transport official said, asking not to be named.

Get Latest Updates on Delhi News along with breaking news and top headlines from Delhi.

Home / Cities / Mumbai News
#T Mumbai civic body to test AI cameras for potholes on 40 km of roads
#M byline=HT Correspondent
#M dateline=Mumbai
ByHT Correspondent
Updated on: Dec 09, 2025 07:55 PM IST
#P Mumbai: The Brihanmumbai Municipal Corporation will test vehicle-mounted cameras that use artificial intelligence to detect potholes on 40 kilometres of roads in the western suburbs from January, officials said on Tuesday.

#P The cameras, fitted on garbage collection trucks, will photograph the road surface and flag potholes and cracks on a map used by ward engineers. The three-month trial will cost ₹1.4 crore.

#P Officials said the civic body currently relied on complaints from citizens and inspections by engineers, which often meant potholes were repaired weeks after they appeared.
#C Representational image. (HT Archive)

Get Latest Updates on Mumbai News along with breaking news and top headlines from Mumbai.
""")


def page_aljazeera_ahram():
    # Al Jazeera: Arabic-language link, "News|Topic" crumb, standfirst, "By" line, "Published On" date printed
    # twice, save/share controls, caption credit in square brackets, "Recommended Stories" list with
    # "list n of m" lines inside the text, "Source: Al Jazeera" line. Ahram Online: Arabic-language link,
    # crumbs, deck, "Author , Date" byline line (publication name instead of an author for the second story),
    # "File Photo:" caption with "(Photo: ...)" credit, "Short link:", "Search Keywords:", "Related" list.
    return parse("""
#D kind=site_page
#D published_date=2025-12-09
#D source=Al Jazeera
#D source_aliases=["Al Jazeera", "Al Jazeera English", "aljazeera.com"]
Al Jazeera
العربية | Live | Search
News | Middle East | Explained | Opinion | Sport | Video | More
News|Climate Crisis
#T Jordan's farmers turn to solar pumps as groundwater falls
In the northern governorate of Mafraq, farmers say diesel costs and falling water tables leave them little choice.
#M byline=Leila Haddad
#M dateline=Mafraq, Jordan
By Leila Haddad
Published On 9 Dec 2025
9 Dec 2025
Save
Click here to share on social media
share2
#C A farmer checks a solar-powered pump on his farm near Mafraq, Jordan [File: Leila Haddad/Al Jazeera]
#P Mafraq, Jordan – Abu Yazan switched off his diesel generator for good last spring. The pump that draws water from his well, 280 metres deep, now runs on 48 solar panels bolted to a steel frame beside his olive trees.

#P "Diesel was eating half of what I earned," he said. "Now the sun pays for the water."

#P Across Mafraq governorate, hundreds of farmers have made the same switch in the past three years, helped by cheaper panels and loans from a government-backed fund. But researchers warn that cheaper pumping may encourage farmers to draw even more water from aquifers that are already falling by up to two metres a year.

Recommended Stories
list 1 of 3
#RT Iraq's marshes shrink again as summer heat breaks records
list 2 of 3
#RT Morocco bets on desalination to save its farms
list 3 of 3
#RT Why the Dead Sea keeps getting smaller
end of list

#P "Solar makes the pumping almost free, and when something is free people use more of it," said Rania Suleiman, a hydrologist at a university in Amman.

#P The water ministry says it has begun installing meters on licensed wells in the area and plans to cap extraction at each well by 2027.

Source: Al Jazeera

News|Economy
#T Lebanese bakers struggle as wheat import costs climb
Bakeries say the price of a bundle of bread may rise for the second time this year.
#M byline=Tamer Salah and Nadia Rahimi
#M dateline=Beirut, Lebanon
By Tamer Salah and Nadia Rahimi
Published On 9 Dec 2025
9 Dec 2025
Save
Click here to share on social media
share2
#P Beirut, Lebanon – Bakery owners in Lebanon have warned that the price of subsidised bread could rise again before the end of the year after the cost of imported wheat went up by nearly a fifth since the summer.

#P Lebanon imports almost all of its wheat, and its grain silos at the port of Beirut have not been rebuilt, leaving mills to store wheat in smaller facilities at higher cost.

#C Workers prepare flatbread at a bakery in Beirut [File: Nadia Rahimi/Al Jazeera]

#P "We are selling at a loss on every bundle," said the head of a bakers' syndicate in Beirut. The economy ministry said it was negotiating a loan to finance wheat purchases for the first half of next year.

Source: Al Jazeera

Ahram Online
بوابة الأهرام | Ahram Hebdo | Al-Ahram Weekly
#D source=Ahram Online
#D source_aliases=["Ahram Online", "Al-Ahram", "english.ahram.org.eg"]
Business > Economy
#T Turkish-Egyptian consortium to build $420 mln textile park in Sokhna
The park will house spinning, dyeing and garment factories employing 9,000 workers
#M byline=Nourhan Fahmy
Nourhan Fahmy , Tuesday 9 Dec 2025
#C File Photo: Containers at Sokhna Port. (Photo: Ahram)
#P A consortium of Turkish and Egyptian textile companies will invest $420 million to build an integrated textile park in the Sokhna industrial area on the Gulf of Suez, the consortium said in a statement on Tuesday.

#P The park, to be built on 1.2 million square metres, will house spinning, dyeing and garment factories and is expected to employ about 9,000 workers when it is completed in 2029.

#P The consortium said around 80 percent of the park's output would be exported, mainly to Europe, taking advantage of the short shipping route from Sokhna port.

Short link:
https://english.ahram.org.eg/News/559812.aspx
Search Keywords:
Textiles | Investment | Sokhna
Related
#RT Egypt's non-oil exports rise 14 percent in ten months
#RT Ready-made garment sector eyes $6 bln in exports next year

Heritage > Museums
#T Luxor craft museum reopens jewellery hall after two-year restoration
Some 60 of the 340 pieces on display are being shown for the first time
Ahram Online , Tuesday 9 Dec 2025
#C The restored jewellery hall at the Museum of Theban Crafts in Luxor. (Photo: Courtesy of the museum)
#P The Museum of Theban Crafts in Luxor reopened its jewellery hall on Tuesday after a two-year restoration that added new lighting, climate control and display cases.

#P The hall displays some 340 pieces of jewellery and amulets from private tombs on Luxor's west bank, around 60 of which are being shown for the first time.

#P The museum's director said the restoration was funded by a grant from a European cultural foundation and carried out by a team of Egyptian conservators.

Short link:
https://english.ahram.org.eg/News/559840.aspx
Search Keywords:
Luxor | Museums | Heritage
""")
