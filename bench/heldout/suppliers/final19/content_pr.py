"""final19 press-release dumps: ANI partner feeds (VMPL, PNN, SRV), ReliefWeb pages, SeaPRwire alerts,
PID Pakistan handouts. Issuers fictional (web sites on .example); real places as settings only."""
from markup import parse

PR_ANI_PARTNER_FEED = r"""
Mailbox export: bizdesk@citypaper.example   folder: ANI-PR   exported 05/12/2026 12:30 IST
3 messages

=====================================================================
From: ANI Business Releases <releases@ani-feed.example>
Date: Sat, 05 Dec 2026 10:02:44 +0530
Subject: [ANI-PR] Kaveri Agrotech opens seed testing laboratory in Mysuru
=====================================================================

#D kind=press_release
#D published_date=2026-12-05
#D source=VMPL
#D source_aliases=["VMPL", "ANI/VMPL", "ANI"]
#T Kaveri Agrotech Opens Seed Testing Laboratory in Mysuru
#M source_aliases+=Kaveri Agrotech
#M dateline=Mysuru (Karnataka) [India], December 5
#P Mysuru (Karnataka) [India], December 5 (ANI/VMPL): Kaveri Agrotech Private Limited, a seed company serving farmers in southern India, has opened a seed testing laboratory in Mysuru to certify paddy, ragi and vegetable seed varieties for germination and purity.
#P The laboratory can test up to 1,200 seed samples a month and will offer farmer producer organisations in the region testing at subsidised rates.
#P "A farmer who sows a poor seed loses the whole season. Testing close to the field is the cheapest insurance we can offer," said Ramesh Gowda, Managing Director, Kaveri Agrotech.
#P The company plans to open two more laboratories in Tumakuru and Hassan by the end of 2027.
#P About Kaveri Agrotech
#+ Kaveri Agrotech Private Limited develops and markets seed varieties for smallholder farmers in Karnataka, Tamil Nadu and Andhra Pradesh. For more information, visit www.kaveriagrotech.example.
(Disclaimer: The above press release has been provided by VMPL. ANI will not be responsible in any way for the content of the same)

=====================================================================
From: ANI Business Releases <releases@ani-feed.example>
Date: Sat, 05 Dec 2026 10:41:09 +0530
Subject: [ANI-PR] Shreya Learning launches Marathi-medium coding course
=====================================================================

#D source=PNN
#D source_aliases=["PNN", "ANI/PNN", "ANI"]
#T Shreya Learning Launches Marathi-Medium Coding Course for Rural Students
#M source_aliases+=Shreya Learning
#M dateline=Pune (Maharashtra) [India], December 5
#P Pune (Maharashtra) [India], December 5 (ANI/PNN): Shreya Learning, an education technology company based in Pune, has launched a coding course taught entirely in Marathi for students in classes 8 to 10 in rural Maharashtra.
#P The 12-week course covers basic programming, spreadsheets and simple web pages, and can be taken on a mobile phone with low data use.
#P "Language should not decide who gets to learn technology," said Neha Kulkarni, Founder and CEO of Shreya Learning.
#P The company has partnered with 140 zilla parishad schools in Satara and Sangli districts for the first batch, which starts in January.
#P Media Contact:
#+ Pooja Deshmukh
#+ press@shreyalearning.example
#+ +91 20 5550 1842
(Disclaimer: The above press release has been provided by PNN. ANI will not be responsible in any way for the content of the same)

=====================================================================
From: ANI Business Releases <releases@ani-feed.example>
Date: Sat, 05 Dec 2026 11:15:37 +0530
Subject: [ANI-PR] Anand Health Foundation screening camp
=====================================================================

#D source=SRV
#D source_aliases=["SRV", "ANI/SRV", "SRV Media", "ANI"]
#T Anand Health Foundation Screens 6,000 Women for Anaemia in Bhopal Camp
#M source_aliases+=Anand Health Foundation
#M dateline=Bhopal (Madhya Pradesh) [India], December 5
#P Bhopal (Madhya Pradesh) [India], December 5 (ANI/SRV): Anand Health Foundation, a non-profit working on maternal health, screened more than 6,000 women for anaemia at a three-day camp in Bhopal that ended on Friday.
#P Nearly 41 per cent of the women tested had haemoglobin levels below the normal range and were referred to government health centres for treatment, the foundation said.
#P Dr Savita Tiwari, Medical Director of the foundation, said the camp would be repeated in Vidisha and Sehore in February.
#P About Anand Health Foundation
#+ Anand Health Foundation runs screening and nutrition programmes for women and adolescent girls in Madhya Pradesh. Website: www.anandhealth.example
(Disclaimer: The above press release has been provided by SRV. ANI will not be responsible in any way for the content of the same)

-- end of export --
"""

PR_RELIEFWEB_PAGES = r"""
### saved 05/12/2026 14:02 — https://reliefweb.int/report/sudan/nile-relief-alliance-opens-cholera-treatment-units-gedaref
ReliefWeb
Informing humanitarians worldwide 24/7 — a service provided by UN OCHA
Updates   Countries   Disasters   Organizations   Topics   Jobs   Training
Search ReliefWeb
Sudan
#D kind=press_release
#D published_date=2026-12-05
#D source=ReliefWeb
#D source_aliases=["ReliefWeb", "reliefweb.int"]
#T Nile Relief Alliance opens two cholera treatment units in Gedaref
#M source_aliases+=Nile Relief Alliance
#M dateline=GEDAREF, Sudan, 5 December 2026
Format
News and Press Release
Source
Nile Relief Alliance
Posted
5 Dec 2026
Originally published
5 Dec 2026
Origin
View original

#P GEDAREF, Sudan, 5 December 2026 – The Nile Relief Alliance has opened two cholera treatment units in Gedaref state, where health authorities have recorded more than 900 suspected cases since mid-November.
#P The units, in Gedaref town and in the Um Rakuba area, have 60 beds between them and are staffed by Sudanese nurses trained by the Alliance.
#P “Most patients reach us within a day of the first symptoms, which is why almost all of them survive,” said Amal Osman, the Alliance's health coordinator in eastern Sudan.
#P The Alliance is also chlorinating water points in 12 villages and distributing hygiene kits to 4,000 households.
#P For more information, contact: Omer Siddig, communications officer, media@nilerelief.example
Share
Facebook   X   LinkedIn   Email
Related Content
#RT Sudan: Cholera Outbreak - Situation Report No. 7
#RT Eastern Sudan: Water, sanitation and hygiene needs snapshot, November 2026
#RT Gedaref State: Health facility functionality update

### saved 05/12/2026 14:05 — https://reliefweb.int/report/yemen/tihama-water-collective-restores-wells-hodeidah
ReliefWeb
Informing humanitarians worldwide 24/7 — a service provided by UN OCHA
Updates   Countries   Disasters   Organizations   Topics   Jobs   Training
Search ReliefWeb
Yemen
#T Tihama Water Collective restores 18 wells in Hodeidah governorate
#M source_aliases+=Tihama Water Collective
#M dateline=Hodeidah, Yemen – 4 December 2026
#M published_date=2026-12-04
Format
News and Press Release
Source
Tihama Water Collective
Posted
5 Dec 2026
Originally published
4 Dec 2026
Origin
View original

#P Hodeidah, Yemen – 4 December 2026 – The Tihama Water Collective has finished repairing 18 village wells in Hodeidah governorate, restoring drinking water to about 26,000 people.
#P The wells, in the districts of Bajil and Al Marawi'ah, had been out of use for up to three years after their pumps failed.
#P Each well now runs on solar panels, which the Collective said would cut the villages' fuel costs to almost nothing.
#P "Water committees elected by the villagers will look after the pumps," said Fatima al-Ahdal, the Collective's programme manager.
#P About the Tihama Water Collective
#+ The Tihama Water Collective is a Yemeni non-governmental organisation working on water and sanitation along the Red Sea coast since 2016. www.tihamawater.example
Share
Facebook   X   LinkedIn   Email
Related Content
#RT Yemen: Humanitarian Update, Issue 11 (November 2026)
#RT Yemen: WASH Cluster Dashboard, October 2026

### saved 05/12/2026 14:09 — https://reliefweb.int/report/mozambique/cabo-delgado-health-trust-mobile-clinics-mueda
ReliefWeb
Informing humanitarians worldwide 24/7 — a service provided by UN OCHA
Updates   Countries   Disasters   Organizations   Topics   Jobs   Training
Search ReliefWeb
Mozambique
#T Mobile clinics reach 11,000 people in Mueda and Muidumbe as rainy season begins
#M source_aliases+=Cabo Delgado Health Trust
Format
News and Press Release
Source
Cabo Delgado Health Trust
Posted
5 Dec 2026
Originally published
5 Dec 2026
Origin
View original

#P Mobile clinics run by the Cabo Delgado Health Trust have treated about 11,000 people in the districts of Mueda and Muidumbe since October, ahead of the rainy season that usually cuts road access to many villages.
#P The teams treat malaria and diarrhoea, vaccinate children and refer pregnant women with complications to the district hospital in Mueda.
#P "From January, some of these villages can only be reached on foot," said Jaime Mussa, the Trust's field coordinator. "We are leaving medicines with community health workers before that happens."
#P The Trust needs a further US$240,000 to keep its four teams running until April.
#P Media contact: Celeste Nhantumbo, celeste.n@cdhealthtrust.example, +258 84 555 0193
Share
Facebook   X   LinkedIn   Email
Related Content
#RT Mozambique: Cabo Delgado Access Snapshot (November 2026)
#RT Mozambique: Rainy season preparedness plan 2026-2027
#RT Northern Mozambique: Health Cluster Bulletin No. 9
"""

PR_SEAPRWIRE_ALERTS = r"""
From: SeaPRwire Newsroom <newsroom@seaprwire-alerts.example>
To: asia-business-desk@dailyledger.example
Date: Sat, 5 Dec 2026 09:00:03 +0800
Subject: SeaPRwire Daily Alert - 3 new releases (Technology, Energy, Travel)

SeaPRwire Daily Alert | Saturday, December 5, 2026
You are receiving this alert as a registered media partner.
--------------------------------------------------------------

#D kind=press_release
#D published_date=2026-12-05
#D source=SeaPRwire
#D source_aliases=["SeaPRwire", "SEAPRWIRE"]
#T Lumen Harbor Launches Bahasa-First AI Assistant for Indonesian Small Retailers
#M source_aliases+=Lumen Harbor
#M dateline=JAKARTA, Indonesia, Dec. 5, 2026
#P (SeaPRwire) –   JAKARTA, Indonesia, Dec. 5, 2026 -- Lumen Harbor, a Singapore-based software company, today launched Kasir Pintar, an AI assistant that helps small retailers in Indonesia track stock, sales and supplier orders through chat messages in Bahasa Indonesia.
#P The assistant works over common messaging apps and does not require a separate point-of-sale system, the company said.
#P "Most warung owners keep their books in their heads or on paper. We wanted something that fits how they already work," said Adrian Koh, Chief Executive Officer of Lumen Harbor.
#P Kasir Pintar will be free for the first three months for shops with fewer than five employees.
#P About Lumen Harbor
#+ Lumen Harbor builds software for small businesses in Southeast Asia. It has offices in Singapore and Jakarta. Learn more at www.lumenharbor.example.
#P Media Contact
#+ Company: Lumen Harbor Pte. Ltd.
#+ Contact: Grace Tan
#+ Email: press@lumenharbor.example
#+ Website: www.lumenharbor.example
Sectors: Technology, Retail, Daily News
The article is provided by a third-party content provider. SeaPRwire (https://www.seaprwire.com/) makes no warranties or representations in connection with it.
--------------------------------------------------------------

#T Mekong Solar Partners Completes 48 MW Floating Solar Plant in Northeast Thailand
#M source_aliases+=Mekong Solar Partners
#M dateline=BANGKOK, Thailand, Dec. 5, 2026
#P (SeaPRwire) –   BANGKOK, Thailand, Dec. 5, 2026 -- Mekong Solar Partners announced today the completion of a 48-megawatt floating solar plant on a reservoir in Udon Thani province, its largest project to date.
#P The plant will supply electricity to the Provincial Electricity Authority under a 25-year agreement and is expected to cut carbon emissions by about 41,000 tonnes a year.
#P "Floating plants use water that is already there and keep panels cooler, which raises their output," said Kittipong Sirisuk, Managing Director of Mekong Solar Partners.
#P About Mekong Solar Partners
#+ Mekong Solar Partners develops and operates solar plants in Thailand, Laos and Cambodia. www.mekongsolar.example
#P Contact: Napat Wongsa, ir@mekongsolar.example
Sectors: Energy, Top News
The article is provided by a third-party content provider. SeaPRwire (https://www.seaprwire.com/) makes no warranties or representations in connection with it.
--------------------------------------------------------------

#T Palawan Blue Resorts Opens Eco-Lodge in El Nido with Zero Single-Use Plastics Policy
#M source_aliases+=Palawan Blue Resorts
#M dateline=EL NIDO, Philippines, Dec. 5, 2026
#P (SeaPRwire) –   EL NIDO, Philippines, Dec. 5, 2026 -- Palawan Blue Resorts has opened a 36-room eco-lodge in El Nido that runs without single-use plastics and draws most of its power from rooftop solar panels.
#P The lodge hires staff from nearby barangays and buys fish and vegetables from local cooperatives, the company said.
#P "Guests come to El Nido for the sea. We want to leave it cleaner than we found it," said Carmela Reyes, General Manager.
#P Media Contact
#+ Company: Palawan Blue Resorts Inc.
#+ Contact: Joy Villanueva
#+ Email: media@palawanblue.example
#+ Country: Philippines
Sectors: Travel, Lifestyle
The article is provided by a third-party content provider. SeaPRwire (https://www.seaprwire.com/) makes no warranties or representations in connection with it.
--------------------------------------------------------------

SeaPRwire delivers press releases for companies and institutions to media outlets, editors and financial terminals across Asia and beyond.
Unsubscribe | Manage alert preferences
"""

PR_PID_HANDOUTS = r"""
Government of Pakistan
Ministry of Information & Broadcasting
PRESS INFORMATION DEPARTMENT
Home | Press Releases | Photo Releases | Notifications | Contact Us
Press Releases  >  05 December 2026

PR No. 612
#D kind=press_release
#D published_date=2026-12-05
#D source=Press Information Department
#D source_aliases=["Press Information Department", "PID", "pid.gov.pk"]
#T Federal Minister reviews progress on Karachi–Peshawar railway upgrade
#M external_id=612
#M dateline=Islamabad: December 05, 2026
Islamabad: December 05, 2026
2026-12-05, 11:24:16
#P Federal Minister for Railways chaired a meeting on Saturday to review progress on the upgrade of the Karachi–Peshawar main railway line, and directed officials to complete track work on the Rohri–Khanewal section by June 2027.
#P The meeting was told that 212 kilometres of new track had been laid so far and that signalling work on the Hyderabad–Rohri section was 70 percent complete.
#P The Minister said the project would cut travel time between Karachi and Lahore by four hours and raise freight capacity.
***

PR No. 613
#T Government extends deadline for registration of home-based workers
#M external_id=613
#M dateline=Islamabad: December 05, 2026
Islamabad: December 05, 2026
2026-12-05, 12:02:51
#P The Ministry of Overseas Pakistanis and Human Resource Development has extended the deadline for registration of home-based workers under the social protection scheme to January 31, 2027.
#P A spokesperson said more than 310,000 workers had registered since the scheme opened in September, most of them women in Punjab and Sindh.
#P Registration can be completed at union council offices or through the scheme's mobile application.
***

PR No. 614
#T Pakistan, Uzbekistan agree to start joint working group on transit trade
#M external_id=614
#M dateline=Islamabad: December 05, 2026
Islamabad: December 05, 2026
2026-12-05, 13:37:40
#P Pakistan and Uzbekistan have agreed to set up a joint working group on transit trade that will meet every three months, the Ministry of Commerce said on Saturday.
#P The decision was taken at a meeting between the Federal Secretary for Commerce and a visiting Uzbek delegation led by a deputy minister of investment, industry and trade.
#P Both sides reviewed the movement of goods through the Trans-Afghan corridor and agreed to simplify documents for perishable cargo.
***

© 2026 Press Information Department, Government of Pakistan. All rights reserved.
"""


def pr_ani_partner_feed():
    return parse(PR_ANI_PARTNER_FEED)


def pr_reliefweb_pages():
    return parse(PR_RELIEFWEB_PAGES)


def pr_seaprwire_alerts():
    return parse(PR_SEAPRWIRE_ALERTS)


def pr_pid_handouts():
    return parse(PR_PID_HANDOUTS)
