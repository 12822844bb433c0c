"""Press-release-distributor dumps of final14 (all companies, people and figures invented; .example
domains; dated Saturday 5 December 2026)."""
from markup import parse


def pr_sourcewire_csrwire():
    """Saved distributor pages: Sourcewire (UK) with 'Issued by' line, notes to editors and press contact;
    CSRwire with its member line and release number in the address."""
    return parse("""
Saved page: https://www.sourcewire.com/news/118204/northfold-robotics-opens-teesside-training-centre
sourcewire
Home | News | Companies | Sectors | Submit news | Log in
News > Manufacturing > Robotics

#D kind=press_release
#D published_date=2026-12-05
#D source=Sourcewire
#D source_aliases=["Sourcewire", "sourcewire"]
#T Northfold Robotics opens Teesside training centre for collaborative robot technicians
#M external_id=118204
#M dateline=Middlesbrough, 5 December 2026
#M source_aliases+=Northfold Robotics
Issued by Northfold Robotics Ltd on 05 Dec 2026
Share: LinkedIn | X | Email

#P Middlesbrough, 5 December 2026 – Northfold Robotics has opened a training centre in Teesside that will prepare up to 240 technicians a year to install and maintain collaborative robots in small and medium-sized factories across the North East.

#P The centre, on the Riverside business park, has twelve training cells equipped with the company's own NF-6 arms as well as machines from other makers, so that trainees learn on the equipment they will meet in real workshops.

#P "Small manufacturers tell us the robot is not the hard part; finding someone who can keep it running is," said Eleanor Pask, chief executive of Northfold Robotics. "This centre is our answer to that."

#P Courses run for six or twelve weeks and are free for people referred through local employment programmes.

#P Notes to editors
#+ Northfold Robotics Ltd designs and builds collaborative robot arms and grippers for food, packaging and light engineering plants. Founded in 2017, it employs 85 people in Stockton-on-Tees and Leeds. www.northfold-robotics.example

#P Press contact
#+ Callum Reade, Reade Communications
#+ Tel: +44 (0)1642 555 019
#+ Email: callum@readecomms.example

More news from Northfold Robotics Ltd
Subscribe to Manufacturing news

----------------------------------------------------------------------
Saved page: https://www.sourcewire.com/news/118219/quillon-launches-carbon-accounting-tool-for-uk-retailers
sourcewire
Home | News | Companies | Sectors | Submit news | Log in
News > Technology > Software

#T QUILLON LAUNCHES CARBON ACCOUNTING TOOL FOR INDEPENDENT UK RETAILERS
#M external_id=118219
#M source_aliases+=Quillon Software
Issued by Quillon Software on 05 Dec 2026
Share: LinkedIn | X | Email

#P London, UK, 5 December 2026 – Quillon Software today released Quillon Ledger Green, a carbon accounting module that lets independent retailers estimate the emissions of the goods they sell from their existing purchase records.
#M dateline=London, UK, 5 December 2026

#P The module matches product lines against a library of 41,000 emission factors and produces a monthly report that shops can share with banks and larger customers, many of which now ask suppliers for such figures.

#P "An independent bookshop or hardware store cannot hire a sustainability team," said Ravi Chandran, founder of Quillon. "They can, however, press one button at the end of the month."

#P Ledger Green is available to existing Quillon customers at no extra charge until the end of March 2027.

#P About Quillon Software
#+ Quillon Software builds point-of-sale and accounting tools for more than 6,000 independent retailers in the United Kingdom and Ireland. www.quillon.example

#P Media enquiries: press@quillon.example / +44 20 5550 1187

----------------------------------------------------------------------
Saved page: https://www.csrwire.com/press_releases/824517-harbourline-foods-pledges-to-halve-food-waste-at-its-plants-by-2030
CSRwire
The Source for Corporate Social Responsibility News
Press Releases | Reports | Events | Talkback | Members

#D source=CSRwire
#D source_aliases=["CSRwire", "CSRWire"]
#T Harbourline Foods Pledges to Halve Food Waste at Its Plants by 2030
#M external_id=824517
#M source_aliases+=Harbourline Foods
Published 12-05-26
Submitted by Harbourline Foods

#P PORTLAND, Ore., December 5, 2026 /CSRwire/ - Harbourline Foods, a maker of frozen and chilled meals, today pledged to halve the food waste generated at its four US plants by 2030 from a 2025 baseline, and to send none of the remainder to landfill.
#M dateline=PORTLAND, Ore., December 5, 2026

#P The company said it generated 6,200 tons of food waste in 2025, most of it trimmings and products rejected for packaging faults. It will invest $14 million in new portioning lines and a partnership with regional food banks for edible surplus.

#P "We waste food before it ever reaches a shopper, and that is the part we fully control," said Dana Whitcomb, Harbourline's vice president of operations.

#P Harbourline will publish progress against the target in its annual sustainability report, starting with the 2026 edition next spring.

#P About Harbourline Foods
#+ Harbourline Foods, based in Portland, Oregon, makes frozen and chilled meals sold in 3,000 stores across the western United States. Learn more at harbourlinefoods.example.

#P Media Contact
#+ Jenna Alvarez
#+ jenna.alvarez@harbourlinefoods.example

More from Harbourline Foods
Tags: Environment | Food Waste | Manufacturing
CSRwire is the leading source of corporate social responsibility and sustainability news, reports and information.
""")


def pr_zex_kisspr():
    """Distributor feed pages: Zex PR Wire's '/ZEX PR WIRE/' dateline and 'Media Contact' field list;
    KISS PR with its lede tag and a contact block after '###'."""
    return parse("""
ZEX PR WIRE
Latest Press Releases  |  Business  |  Technology  |  Health  |  Submit Press Release

#D kind=press_release
#D published_date=2026-12-05
#D source=Zex PR Wire
#D source_aliases=["Zex PR Wire", "ZEX PR WIRE", "ZEXPRWIRE"]
#T Tallowbrook Launches Refillable Skincare Line Sold by Weight in 40 Stores
#M dateline=Melbourne, Victoria, Australia, 5th Dec 2026
#M source_aliases+=Tallowbrook
Posted on December 5, 2026 by Zex PR Wire

#P Melbourne, Victoria, Australia, 5th Dec 2026, ZEX PR WIRE, Tallowbrook, an Australian skincare brand, has launched a refillable range of cleansers and moisturisers that customers buy by weight from dispensers in 40 partner stores in Victoria and New South Wales.

#P Customers bring their own containers or buy a reusable aluminium bottle once, and pay per 100 grams at the dispenser. The brand says a year of refills saves about 1.2 kilograms of plastic per regular customer.

#P "Most of what people pay for in skincare is the bottle and the shelf space, not what is inside," said Priya Okonkwo-Lee, Tallowbrook's co-founder.

#P Media Contact
#+ Company Name: Tallowbrook Pty Ltd
#+ Contact Person: Priya Okonkwo-Lee
#+ Email: hello@tallowbrook.example
#+ Country: Australia
#+ Website: https://tallowbrook.example

Tags: Beauty, Sustainability, Retail
Share this: Facebook  X  LinkedIn  WhatsApp

#T HALDEN GROUP OPENS DEDICATED EV BATTERY RECYCLING FACILITY NEAR RIYADH
#M dateline=Riyadh, Saudi Arabia, 5th Dec 2026
#M source_aliases+=Halden Group
Posted on December 5, 2026 by Zex PR Wire

#P Riyadh, Saudi Arabia, 5th Dec 2026, ZEX PR WIRE, Halden Group has opened a facility in the Second Industrial City of Riyadh that can recover lithium, nickel and cobalt from up to 8,000 tonnes of electric-vehicle batteries a year.

#P The plant uses a low-temperature hydrometallurgical process that the company says recovers more than 92 percent of the three metals while using about a third less energy than smelting.

#P Halden Group's managing director, Faisal Al-Murayyif, said the company had signed supply agreements with two vehicle importers and a bus operator.

#P About Halden Group
#+ Halden Group is a Saudi industrial company active in metals recycling, industrial water treatment and logistics. https://haldengroup.example

#P Media Contact
#+ Company Name: Halden Group
#+ Contact Person: Noura Al-Saleh
#+ Email: media@haldengroup.example
#+ City: Riyadh
#+ Country: Saudi Arabia
#+ Website: https://haldengroup.example

Tags: Recycling, Electric Vehicles, Saudi Arabia
Share this: Facebook  X  LinkedIn  WhatsApp

Disclaimer: The views, suggestions, and opinions expressed here are the sole responsibility of the experts. No Zex PR Wire journalist was involved in the writing and production of this article.

=================================================================
KISS PR - Brand Story Press Release
https://kisspr.com/2026/12/05/ferncliff-analytics-releases-free-wildfire-smoke-forecast-app-for-schools/

#D source=KISS PR
#D source_aliases=["KISS PR", "KISSPR", "Kiss PR Brand Story"]
#T Ferncliff Analytics Releases Free Wildfire Smoke Forecast App for Schools
#M dateline=Boise, Idaho
#M source_aliases+=Ferncliff Analytics

#P Boise, Idaho (KISS PR) - Ferncliff Analytics has released a free app that gives school districts a 72-hour forecast of wildfire smoke levels for each campus, to help administrators decide when to move recess and sports indoors.

#P The app combines satellite smoke observations with a weather model the company developed with two university partners and alerts staff by text message when fine particle levels are expected to exceed a threshold chosen by the district.

#P "Principals were making these calls by looking out the window," said Marisol Ortega, Ferncliff's chief executive. "We wanted to give them something better a few days ahead."

#P More than 120 districts in Idaho, Oregon and Montana signed up during a pilot this autumn.

###

#P Contact:
#+ Marisol Ortega
#+ Ferncliff Analytics
#+ press@ferncliff.example
#+ (208) 555-0144

Source: KISS PR Brand Story Press Release
""")


def pr_pressadvantage_mideastinfo():
    """Press Advantage release page with 'PRESSADVANTAGE' in the lede, '###' and a contact-the-company
    block; two Mid-East.Info pages with site chrome, a date/author line and the issuer's 'About' block."""
    return parse("""
PRESS ADVANTAGE
Home  Press Releases  Pricing  Login
https://www.pressadvantage.com/story/88431-stonegate-roofing-adds-storm-response-crews-across-north-texas

#D kind=press_release
#D published_date=2026-12-05
#D source=Press Advantage
#D source_aliases=["Press Advantage", "PRESSADVANTAGE", "PressAdvantage"]
#T Stonegate Roofing Adds Storm Response Crews Across North Texas
#M dateline=DALLAS, TX - December 05, 2026
#M external_id=88431
#M source_aliases+=Stonegate Roofing
December 05, 2026

#P DALLAS, TX - December 05, 2026 - PRESSADVANTAGE - Stonegate Roofing, a family-owned roofing contractor in Dallas, has added four storm response crews to shorten the time between a homeowner's call and a temporary repair after hail and wind events.

#P The company said its target is to have a tarp or temporary patch on a damaged roof within 24 hours of a call during storm season, down from as long as four days this spring.

#P "When a hailstorm hits, every roofer in the county gets a hundred calls the same night," said owner Luis Carranza. "The families who wait the longest are the ones who end up with water in the attic."

#P The new crews are based in Plano, Garland and Arlington.

###

#P For more information about Stonegate Roofing, contact the company here:
#+ Stonegate Roofing
#+ Luis Carranza
#+ (214) 555-0162
#+ office@stonegateroofing.example
#+ 4410 Harry Hines Blvd
#+ Dallas, TX 75219

Tags: Roofing, Dallas, Storm Damage

=================================================================
Mid-East.Info
Middle East Press Releases & Business News
HOME | UAE | SAUDI ARABIA | QATAR | KUWAIT | BAHRAIN | OMAN | TECHNOLOGY | HEALTH
https://mid-east.info/zaffra-hospitality-signs-three-hotel-management-deals-in-oman/

#D source=Mid-East.Info
#D source_aliases=["Mid-East.Info", "Mid-East Info", "mid-east.info"]
#T Zaffra Hospitality signs three hotel management deals in Oman
#M dateline=Muscat, Oman, 05 December 2026
#M source_aliases+=Zaffra Hospitality
Posted by Mid-East.Info on December 5, 2026 in Hospitality, Oman

#P Muscat, Oman, 05 December 2026: Zaffra Hospitality, a Dubai-based hotel management company, has signed agreements to operate three hotels in Oman with a combined 540 rooms, two in Muscat and one in Salalah, due to open between 2027 and 2029.

#P The agreements were signed with a fictional Omani developer, Al Wusta Real Estate, and bring Zaffra's portfolio in the Gulf to 19 hotels in operation or under development.

#P "Oman's tourism numbers have grown steadily for three years, and travellers are looking beyond the capital," said Karim Haddad, Zaffra's chief executive.

#P About Zaffra Hospitality:
#+ Zaffra Hospitality manages midscale and upscale hotels in the GCC under its own brands and for third-party owners. www.zaffra.example

Share: Facebook Twitter LinkedIn Email
Filed under: Hospitality, Oman

=================================================================
Mid-East.Info
Middle East Press Releases & Business News
HOME | UAE | SAUDI ARABIA | QATAR | KUWAIT | BAHRAIN | OMAN | TECHNOLOGY | HEALTH
https://mid-east.info/nabta-health-opens-diabetes-clinic-network-in-eastern-province/

#T NABTA HEALTH OPENS DIABETES CLINIC NETWORK IN EASTERN PROVINCE
#M dateline=Dammam, Saudi Arabia, 5th December 2026
#M source_aliases+=Nabta Health
Posted by Mid-East.Info on December 5, 2026 in Health, Saudi Arabia

#P Dammam, Saudi Arabia, 5th December 2026 – Nabta Health, a Saudi healthcare operator, has opened a network of five outpatient diabetes clinics in Dammam, Al Khobar and Jubail, offering same-day eye, foot and kidney checks in a single visit.

#P The clinics are staffed by endocrinologists, dietitians and diabetes educators and accept all major insurers, the company said.

#P "Patients told us they were visiting four different places to complete one annual check-up," said Dr. Huda Al-Qahtani, Nabta Health's medical director. "Now it takes one morning."

#P About Nabta Health
#+ Nabta Health operates clinics and home-care services in the Kingdom of Saudi Arabia. For more information, visit www.nabtahealth.example

#P For media enquiries:
#+ Omar Shaikh, Crescent PR
#+ omar@crescentpr.example

Share: Facebook Twitter LinkedIn Email
Copyright © 2026 Mid-East.Info. All rights reserved.
""")
