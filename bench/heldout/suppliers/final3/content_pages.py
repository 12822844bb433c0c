"""Newspaper website dumps (scraped page text; invented stories, people and figures)."""
from markup import parse


def page_gulfnews_arabnews():
    """Gulf News (section crumbs, deck, "Published:" line, "Name, Role" author line, caption with the credit on its
    own line or "Image Credit: Supplied" inline, "Dubai: " datelines, follow prompt and author bio box after the
    body) and Arab News (headline printed four times around the caption, "Short Url", "Updated ..." line,
    "RIYADH: " datelines, author line, "Related" teasers)."""
    return parse("""
#D kind=site_page
#D source=Gulf News
#D source_aliases=["Gulf News", "gulfnews.com", "GN"]
Gulf News
UAE
Transport
#T Dubai to add 31km of dedicated bus lanes by end of 2026
#M byline=Rheya Kurian
#M dateline=Dubai
#M published_date=2025-11-18
RTA says new lanes on six corridors will cut bus journey times by up to 20 per cent
Published: November 18, 2025 16:42
Rheya Kurian, Senior Reporter

#C Buses on the dedicated lane on Al Mankhool Road. The RTA plans lanes on six more corridors.
#c Rheya Kurian/Gulf News

#P Dubai: The Roads and Transport Authority (RTA) will build 31km of new dedicated bus and taxi lanes on six corridors by the end of 2026, the authority announced on Tuesday.

#P The corridors include Al Khail Road service lanes, Al Wasl Road and parts of Oud Metha Road, where buses currently share congested lanes with private cars during peak hours.

#P Hessa Al Marzooqi, Director of Public Transport Planning at the RTA, said existing dedicated lanes had cut average bus journey times by 14 to 20 per cent and improved punctuality.

#P Motorists caught driving in the red-painted lanes face a Dh600 fine, the RTA said.

Get Updates on Topics You Choose
Rheya Kurian
Rheya Kurian, Senior Reporter
Rheya Kurian covers transport, infrastructure and urban planning in Dubai. She joined Gulf News in 2016 after working for a business daily in Kochi, and has a master's degree in journalism.

UAE
Health
#T Sharjah hospital performs emirate's first robotic kidney transplant
#M byline=Nadine Khoury
#M dateline=Sharjah
#M published_date=2025-11-18
Patient, a 41-year-old father of three, was discharged five days after surgery
Published: November 18, 2025 19:05
Nadine Khoury, Correspondent

#C The surgical team at Al Qasba Specialist Hospital after the procedure. Image Credit: Supplied

#P Sharjah: Surgeons at Al Qasba Specialist Hospital have carried out the first robot-assisted kidney transplant in Sharjah, the hospital said on Tuesday.

#P The kidney was donated by the patient's younger brother. The four-hour operation was led by consultant transplant surgeon Dr Karim Haddadin.

#P "The smaller incisions mean less pain and a faster recovery, which matters a great deal for transplant patients who are on immunosuppressants," Dr Haddadin said.

#P The hospital said it plans to perform up to 20 robotic transplants in the next year.

Get Updates on Topics You Choose
Nadine Khoury
Nadine Khoury, Correspondent
Nadine Khoury is a correspondent based in Sharjah who writes about health, education and community news in the northern emirates.

#D source=Arab News
#D source_aliases=["Arab News", "arabnews.com"]
Saudi Arabia
#T Riyadh Metro adds women-only carriages on two lines

Riyadh Metro adds women-only carriages on two lines
#C Passengers board a train at a station on the Red Line in Riyadh. (AN photo by Basil Al-Harbi)
#M byline=Nourah Al-Qahtani
#M dateline=RIYADH
Nourah Al-Qahtani
Short Url
Updated 18 November 2025

Riyadh Metro adds women-only carriages on two lines

Riyadh Metro adds women-only carriages on two lines

#P RIYADH: Riyadh Metro has designated women-only carriages on its Red and Green lines following requests from female commuters, the operator said on Tuesday.

#P One carriage at the front of each train will be reserved for women and children under 10 during morning and evening peak hours.

#P Passenger numbers on the two lines have risen by 35 percent since June, according to the operator, with women making up about 40 percent of riders.

Related
#RT Riyadh bus network adds 14 routes to outer districts
#RT Jeddah to open first phase of waterfront cycle path

#T Jeddah startup raises $18m to expand grocery delivery to Dammam

Jeddah startup raises $18m to expand grocery delivery to Dammam
#C The company says it delivers most orders within 30 minutes. (Supplied)
#M dateline=JEDDAH
Short Url
Updated 4 min 18 sec ago

Jeddah startup raises $18m to expand grocery delivery to Dammam

Jeddah startup raises $18m to expand grocery delivery to Dammam

#P JEDDAH: Jeddah-based quick-commerce startup Sallah has raised $18 million in a Series A round to expand its grocery delivery service to Dammam and Alkhobar.

#P The round was led by regional venture firm Najd Ventures, with participation from two family offices, the company said in a statement.

#P Co-founder Faisal Bamatraf said the company would open six dark stores in the Eastern Province in the first half of 2026 and hire 400 riders.
""")


def page_dawn_dailystar():
    """Dawn (paper-edition story: "Newspaper" and city labels, byline alone, "Published ..." line, caption ending
    "— White Star", "KARACHI: " dateline, "Published in Dawn, November 18th, 2025" after the body, comment box) and
    The Daily Star, Bangladesh (desk bylines "Star Online Report" / "Staff Correspondent, Rajshahi", weekday date and
    "Last update on:" line, "Photo: Collected" captions, "Related topic" tags, "Related News" teasers)."""
    return parse("""
#D kind=site_page
#D source=Dawn
#D source_aliases=["Dawn", "DAWN.COM", "Dawn.com", "Dawn News"]
Newspaper
Karachi
#T KMC to restore 14 historic water troughs in old city
#M byline=Hasnain Lakhani
#M dateline=KARACHI
#M published_date=2025-11-18
Hasnain Lakhani
Published November 18, 2025

#C Workers clean a restored stone water trough near Bolton Market on Monday. — White Star

#P KARACHI: The Karachi Metropolitan Corporation (KMC) has started restoring 14 colonial-era stone water troughs in the old city, some of which date back to the 1880s, officials said on Monday.

#P The troughs, built for horses and camels that pulled carts to the port, had been buried under encroachments or used as garbage dumps for decades.

#P Senior director of the KMC's culture and heritage department Rubina Memon said the first four troughs had been cleaned and their carved inscriptions documented.

#P She said the project, costing Rs48 million, would be completed by June next year, after which the troughs would be fitted with drinking water taps for pedestrians.

Published in Dawn, November 18th, 2025
Comments (4)
Closed

Newspaper
Lahore
#T Forest dept plants 90,000 saplings along canal banks
#M byline=The Newspaper's Staff Reporter
#M dateline=LAHORE
#M published_date=2025-11-18
The Newspaper's Staff Reporter
Published November 18, 2025

#P LAHORE: The Punjab Forest Department on Monday completed plantation of 90,000 saplings along a 60-kilometre stretch of the Lahore Branch Canal as part of its winter tree plantation drive.

#C Volunteers plant saplings along the canal near Thokar Niaz Baig. — Online

#P Divisional Forest Officer Ahsan Raza Gondal said native species such as shisham, kikar and jaman had been selected because they need little water once established.

#P He said the department had hired 120 local residents to water and guard the plants for two years.

Published in Dawn, November 18th, 2025

#D source=The Daily Star
#D source_aliases=["The Daily Star", "Daily Star", "thedailystar.net"]
Bangladesh
Environment
#T Tiger count in Sundarbans rises to 125, survey finds
#M byline=Star Online Report
#M published_date=2025-11-18
Star Online Report
Tue Nov 18, 2025 04:12 PM Last update on: Tue Nov 18, 2025 06:30 PM

#C A Royal Bengal tiger photographed by a camera trap in the Sundarbans. Photo: Collected

#P The number of tigers in the Bangladesh part of the Sundarbans has risen to 125 from 114 three years ago, according to a camera-trap survey released by the forest department today.

#P The survey, carried out between January and April this year, used 660 cameras placed across the mangrove forest, said Conservator of Forests Md Abdul Latif Mondal.

#P Officials attributed the increase to tighter patrols against poaching and a decline in the killing of tigers that stray into villages.

Related topic
Sundarbans / Royal Bengal Tiger
Related News
#RT Fishermen in Sundarbans to get smart ID cards
#RT Forest dept seeks 20 more patrol boats for mangrove

Bangladesh
Economy
#T Rajshahi silk weavers get 300 modern looms
#M byline=Staff Correspondent
#M published_date=2025-11-18
Staff Correspondent, Rajshahi
Tue Nov 18, 2025 05:40 PM

#C A weaver works on a new power loom at a factory in Rajshahi's Sapura area. Photo: Star

#P Silk weavers in Rajshahi have received 300 modern looms under a government project aimed at reviving the city's ailing silk industry.

#P Each loom can produce up to eight metres of fabric a day, nearly three times the output of the old handlooms, said Bangladesh Sericulture Development Board director Md Rezaul Karim.

#P Weavers said the looms would help them meet the rising demand for Rajshahi silk sarees ahead of the wedding season.
""")


def page_guardian_smh():
    """The Guardian (section crumbs, standfirst, author name and role on two lines, "Tue 18 Nov 2025 16.42 GMT",
    "Share", caption ending "Photograph: .../The Guardian", "Explore more on these topics" tags, "Reuse this content",
    "Most viewed" teasers) and The Sydney Morning Herald (section crumbs, deck, "By ... and ..." byline,
    "November 18, 2025 — 5.42pm", save/share/text-size controls, captions ending "Credit: ...", "License this
    article")."""
    return parse("""
#D kind=site_page
#D source=The Guardian
#D source_aliases=["The Guardian", "Guardian", "theguardian.com"]
Environment
Wildlife
#T Beavers build first dams on Cornish river in 400 years, trust says
#M byline=Harriet Calloway
#M published_date=2025-11-18
Family of five released in October has built two dams on the upper reaches of the river within a month, surveyors report
Harriet Calloway
Environment correspondent
Tue 18 Nov 2025 16.42 GMT
Share

#C A beaver at the release site in Cornwall. Trust staff say the family has settled faster than expected. Photograph: Tom Ashcroft/The Guardian

#P A family of beavers released on a Cornish river last month has built two dams in under four weeks, creating the first beaver ponds on the river since the animals were hunted to extinction in Britain about 400 years ago.

#P The Fal Valley Wildlife Trust, which released the two adults and three kits under a government licence, said the dams had already slowed the flow of water through a stretch of wet woodland and created new habitat for frogs and dragonflies.

#P "We expected them to explore for a few months before building anything," said the trust's conservation manager, Gwen Trevaskis. "They clearly had other ideas."

#P Some farmers downstream have raised concerns about flooding of fields, and the trust said it would install flow devices if water levels rose above agreed limits.

Explore more on these topics
Wildlife
Animals
Cornwall
Rivers
news
Share
Reuse this content

Business
Retail industry
#T Discount chain to open 40 stores in former high street banks
#M byline=Owen Pennick
#M published_date=2025-11-18
Thriftwell says vacant branches offer cheap space in towns where shoppers have lost other services
Owen Pennick
Tue 18 Nov 2025 18.05 GMT
Share

#P The discount retailer Thriftwell plans to open 40 stores in former bank branches over the next 18 months, saying the closure of thousands of branches has left prime high street sites empty.

#C A former bank branch in Rotherham that will become a Thriftwell store. Photograph: Lena Hartwig/Alamy

#P The chain, which has 310 shops, said rents on former banks were on average 30% below those of comparable units, because landlords had struggled to find tenants for the large, secure buildings.

#P Its chief executive, Marcus Fenwright, said: "These are buildings in the middle of town that people already know how to find. We want to bring footfall back to them."

Explore more on these topics
Retail industry
Banking
High streets
news
Share
Reuse this content
Most viewed
#RT Winter fuel payments: who will get them and when?
#RT Storm Edith: amber wind warning issued for south-west England
#RT The 10 best winter walks in the Peak District

#D source=The Sydney Morning Herald
#D source_aliases=["The Sydney Morning Herald", "Sydney Morning Herald", "SMH", "smh.com.au"]
National
NSW
Transport
#T Sydney to order six electric ferries after Parramatta River trial
#M byline=Lachlan Pryor
#M published_date=2025-11-18
The government will buy battery-powered vessels for the Parramatta River service after a 12-month trial cut running costs by almost half.
By Lachlan Pryor
November 18, 2025 — 5.42pm
Save
Log in, register or subscribe to save articles for later.
Share
Normal text size
Larger text size
Very large text size

#P Six battery-electric ferries will be ordered for Sydney's Parramatta River service after a year-long trial found the vessel's energy costs were 47 per cent lower than those of the diesel ferries it replaced.

#C The trial vessel at Circular Quay. The new ferries will be built to the same design. Credit: Dallas Kinnear

#P Transport Minister Claudia Renwick said the first of the new ferries would enter service in 2028 and all six would be operating by 2029.

#P Charging points will be installed at Circular Quay and at a new maintenance wharf at Rydalmere, she said.

#P The Maritime Union welcomed the decision but said it wanted a guarantee the new ferries would be built in Australia.

License this article
Transport
Ferries

National
NSW
Health
#T Hospital emergency waits ease as urgent care clinics take pressure off
#M byline=Ines Varga and Tom Keogh
#M published_date=2025-11-18
Patients are spending less time in emergency departments across NSW, new figures show.
By Ines Varga and Tom Keogh
November 18, 2025 — 7.15pm
Save
Log in, register or subscribe to save articles for later.
Share
Normal text size
Larger text size
Very large text size

#C Urgent care clinics treated 212,000 patients in the September quarter. Credit: Marnie Grove

#P The proportion of patients leaving NSW emergency departments within four hours rose to 61 per cent in the September quarter, the best result in three years, according to figures released on Tuesday.

#P The Bureau of Health Information said the improvement was largest in western Sydney, where three new urgent care clinics opened last year.

#P Emergency physician Dr Anjali Merritt said the figures were encouraging but that patients waiting for ward beds were still spending too long on trolleys.

License this article
Health
""")


def page_nation_premium():
    """Daily Nation, Kenya (crumbs, date line, "By ..." byline, "What you need to know:" summary bullets, captions
    ending "PHOTO | ... | NMG" or "PHOTO | FILE | NATION MEDIA GROUP") and Premium Times, Nigeria (lower-case "by"
    byline, "ADVERTISEMENT" lines between paragraphs, "FILE PHOTO:" caption with a bracketed credit, a NAN story with
    an "Agency Report" credit and "(NAN)" closing the last paragraph, support box, text ad, comment prompt)."""
    return parse("""
#D kind=site_page
#D source=Daily Nation
#D source_aliases=["Daily Nation", "Nation", "nation.africa", "Nation Media Group"]
News
Counties
#T Kisumu fish traders turn to solar driers as cage farming expands
#M byline=Achieng Odhiambo
#M published_date=2025-11-18
Tuesday, November 18, 2025
By Achieng Odhiambo
What you need to know:
Traders say the driers have halved drying time and cut losses during the rains.
About 600 traders at Dunga beach have received driers under a county programme.

#C Fish traders spread omena on a solar drier at Dunga beach in Kisumu on November 17, 2025. PHOTO | BRIAN OTIENO | NMG

#P Fish traders at Kisumu's Dunga beach have turned to solar driers to preserve omena as catches from cage farms on Lake Victoria rise.

#P The enclosed driers, made of wooden frames and UV-resistant plastic, dry the small fish in about two days, compared with four days on open rocks where the catch is exposed to dust, birds and rain.

#P "During the long rains we used to lose almost a third of what we bought. Now the losses are small," said trader Pamela Akinyi, who has worked at the beach for 18 years.

#P County fisheries executive Dr Vincent Omollo said 600 driers had been distributed so far and another 400 would be handed out by March.

News
#T Teachers' union threatens strike over delayed promotions
#M byline=Mercy Wanjala
#M published_date=2025-11-18
Tuesday, November 18, 2025
By Mercy Wanjala

#C Union officials address journalists in Nairobi on November 17, 2025. PHOTO | FILE | NATION MEDIA GROUP

#P A teachers' union has given the Teachers Service Commission (TSC) 14 days to promote more than 21,000 teachers who were interviewed last year or face a nationwide strike in January.

#P The union's secretary-general, Ezekiel Kiprotich Langat, said teachers who qualified for promotion had waited more than 16 months for letters from the commission.

#P The TSC said in a statement that promotions would be effected in phases as funds become available in the next financial year.

#D source=Premium Times
#D source_aliases=["Premium Times", "PREMIUM TIMES", "premiumtimesng.com", "Premium Times Nigeria"]
Agriculture
#T Kano begins registration of 40,000 farmers for dry-season wheat scheme
#M byline=Habiba Sani-Yola
#M published_date=2025-11-18
by Habiba Sani-Yola
November 18, 2025

#C FILE PHOTO: A wheat farm in Kano State. [PHOTO CREDIT: Premium Times]

#P The Kano State Government has begun registering 40,000 farmers for its dry-season wheat programme, under which participants will receive seeds, fertiliser and irrigation pumps on credit.

ADVERTISEMENT

#P The Commissioner for Agriculture, Umar Danladi-Gaya, said on Monday that the state had set aside N6.4 billion for the programme, which targets 50,000 hectares.

ADVERTISEMENT

#P He said farmers would repay the loans in grain after harvest, which would be stored in the state's strategic reserve.

#P Farmers' groups welcomed the scheme but asked the government to ensure inputs are delivered before the planting window closes in early December.

Support PREMIUM TIMES' journalism of integrity and credibility
Independent reporting is expensive to produce. Your contribution helps us keep our investigations free for every reader.
Donate
TEXT AD: To advertise here, call +234 809 555 0142
Discussion about this post

Health
#T Lagos to vaccinate 1.2 million children against measles
#M byline=null
#M published_date=2025-11-18
Agency Report
November 18, 2025

#P The Lagos State Government says it will vaccinate 1.2 million children aged nine months to five years against measles in a 10-day campaign beginning on November 24.

ADVERTISEMENT

#P The Permanent Secretary of the state Primary Health Care Board, Folasade Adeyemi-Oke, said vaccination points would be set up in schools, markets, churches and mosques.

#P She urged parents to take their children to the nearest health facility even if they had previously been vaccinated. (NAN)

Discussion about this post
""")
