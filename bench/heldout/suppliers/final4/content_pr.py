"""Press-release distributor dumps of corpus final4. All companies, people, figures and quotes are invented."""
from markup import parse


def pr_apaots():
    # ots.at pages (APA-OTS Originaltext-Service): "OTSnnnn, date, time" line and subject line above the
    # headline, "Utl.:" subtitle, "Ort (OTS) - " lede, "****" / "(Schluss)" end marks, "Rückfragen & Kontakt:"
    # block, the sender-responsibility notice with sender code, permalink (external id), share line,
    # "more releases from this sender" list; two German releases and one English.
    return parse("""
#D kind=press_release
#D source=APA-OTS
#D source_aliases=["APA-OTS", "OTS", "APA-OTS Originaltext-Service", "ots.at"]
#D published_date=2025-12-09
OTS
APA-OTS Originaltext-Service
Suche | Meine OTS | Aussender | Login

OTS0087, 9. Dez. 2025, 09:15
Wirtschaft, Energie, Oberösterreich
#T Alpenstrom Netz startet Förderprogramm für Batteriespeicher in Gemeinden
#M source_aliases+=Alpenstrom Netz GmbH
Utl.: 12 Mio. Euro für Speicher in 40 oberösterreichischen Gemeinden bis 2027 =
#M dateline=Linz
#M external_id=OTS_20251209_OTS0087

#P Linz (OTS) - Die Alpenstrom Netz GmbH startet ein Förderprogramm für Batteriespeicher in Gemeinden. Bis Ende 2027 stellt der Netzbetreiber insgesamt 12 Mio. Euro für Speicher in bis zu 40 oberösterreichischen Gemeinden zur Verfügung, die damit Überschüsse aus Photovoltaikanlagen auf öffentlichen Gebäuden zwischenspeichern können.

#P Gefördert werden bis zu 40 Prozent der Investitionskosten, maximal 300.000 Euro pro Gemeinde. Voraussetzung ist, dass der Speicher netzdienlich betrieben wird, also in Zeiten hoher Einspeisung Strom aufnimmt und das Netz entlastet.

#P "Jede Kilowattstunde, die vor Ort gespeichert wird, müssen wir nicht über weite Strecken transportieren", sagt Geschäftsführerin DI Katharina Ebner-Wallner. Die ersten Anträge können ab 15. Jänner 2026 gestellt werden.

****

#P Über die Alpenstrom Netz GmbH

#P Die Alpenstrom Netz GmbH betreibt das Strom-Verteilernetz in weiten Teilen Oberösterreichs und versorgt rund 480.000 Kundinnen und Kunden. Das Unternehmen beschäftigt 1.150 Mitarbeiterinnen und Mitarbeiter.

#P Rückfragen & Kontakt:
#+ Alpenstrom Netz GmbH
#+ Mag. Petra Huber
#+ Unternehmenskommunikation
#+ +43 732 9040 2215
#+ presse@alpenstrom-netz.at
#+ www.alpenstrom-netz.at

OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | ASN0001
https://www.ots.at/presseaussendung/OTS_20251209_OTS0087/alpenstrom-netz-startet-foerderprogramm-fuer-batteriespeicher-in-gemeinden
Teilen: Facebook | LinkedIn | E-Mail
Weitere Aussendungen von Alpenstrom Netz GmbH
12.11.2025
#RT Neues Umspannwerk in Wels-Nord in Betrieb
03.10.2025
#RT Netztarife: Alpenstrom Netz informiert über Änderungen ab 2026

OTS0142, 9. Dez. 2025, 11:30
Kultur, Ausstellung, Wien
#T Haus der Fotografie zeigt Werkschau von Irmgard Lederer
#M source_aliases+=Haus der Fotografie
Utl.: "Nahaufnahmen 1968-2008" ab 16. Jänner in der Wiener Leopoldstadt =
#M dateline=Wien
#M external_id=OTS_20251209_OTS0142

#P Wien (OTS) - Das Haus der Fotografie in der Wiener Leopoldstadt widmet der Fotografin Irmgard Lederer (1941-2019) ab 16. Jänner 2026 eine umfassende Werkschau. Unter dem Titel "Nahaufnahmen 1968-2008" sind rund 220 Arbeiten zu sehen, viele davon zum ersten Mal öffentlich.

#P Lederer dokumentierte über vier Jahrzehnte den Alltag in Wiener Gemeindebauten, auf Märkten und in Kaffeehäusern. Ihr Nachlass wurde dem Haus 2022 von ihrer Familie übergeben und in den vergangenen drei Jahren wissenschaftlich aufgearbeitet.

#P Zur Ausstellung erscheint ein Katalog mit Texten der Kuratorin Dr. Miriam Hofstätter. Die Schau ist bis 3. Mai 2026 zu sehen, der Eintritt für Personen unter 19 Jahren ist frei.

(Schluss)

#P Rückfragen & Kontakt:
#+ Haus der Fotografie
#+ Jakob Strasser, MA
#+ Presse und Kommunikation
#+ Tel.: +43 1 214 55 60-12
#+ j.strasser@hausderfotografie.at

OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | HDF0002
https://www.ots.at/presseaussendung/OTS_20251209_OTS0142/haus-der-fotografie-zeigt-werkschau-von-irmgard-lederer
Teilen: Facebook | LinkedIn | E-Mail

OTS0163, 9. Dez. 2025, 12:05
Technology, Start-ups, English
#T Vienna-based Quantiq raises EUR 9 million for industrial AI inspection
#M source_aliases+=Quantiq
Utl.: Series A round led by Nordic fund; headcount to double by 2027 =
#M dateline=Vienna
#M external_id=OTS_20251209_OTS0163

#P Vienna (OTS) - Quantiq, a Vienna-based developer of camera-based quality inspection software for manufacturers, has closed a EUR 9 million Series A financing round led by the Copenhagen fund Nordhavn Capital, with participation from existing investors.

#P Quantiq's software detects surface defects on metal and plastic parts in real time on production lines. The company says its systems are installed at 37 plants in Austria, Germany and Italy and have cut scrap rates by an average of 18 percent.

#P "We will use the funding to open an office in Munich and to extend our models to welded and painted parts," said co-founder and CEO Lukas Brandstetter. Quantiq currently employs 41 people and plans to double its team by the end of 2027.

#P About Quantiq

#P Quantiq GmbH was founded in 2020 as a spin-off of a Viennese university research group. It develops AI-based visual inspection systems for industrial production.

#P Press contact:
#+ Quantiq GmbH
#+ Sophie Aigner
#+ +43 660 482 1190
#+ press@quantiq.at

OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | QNT0001
https://www.ots.at/presseaussendung/OTS_20251209_OTS0163/vienna-based-quantiq-raises-eur-9-million-for-industrial-ai-inspection
Teilen: Facebook | LinkedIn | E-Mail
""")


def pr_prunderground_issuewire():
    # PR Underground: category, headline, summary line, "(PRUnderground) December 9th, 2025" opening the first
    # paragraph, "About" boilerplate, "Press Contact" field block with "Send Email", "Original Source:" URL
    # (external id). IssueWire: "City, State Dec 9, 2025 (Issuewire.com) - " lede, "Media Contact" block,
    # "Source :" line and an originally-published note.
    return parse("""
#D kind=press_release
#D published_date=2025-12-09
#D source=PR Underground
#D source_aliases=["PR Underground", "PRUnderground", "PRunderground"]
PRUnderground
Home | Submit Press Release | Pricing | Categories
Travel & Outdoors
#T Cascadia Trailworks Launches Volunteer Program to Restore 40 Miles of Oregon Forest Trails
#M source_aliases+=Cascadia Trailworks
Program pairs outdoor retailers with trail crews in the Mount Hood area
#M dateline=December 9th, 2025
#M external_id=341582
#P (PRUnderground) December 9th, 2025 Cascadia Trailworks, a Portland-based nonprofit that maintains hiking trails in the Pacific Northwest, today announced a volunteer program to restore 40 miles of forest trails damaged by storms and wildfire in the Mount Hood area over the past two years.

#P The program, called Adopt-a-Mile, pairs outdoor retailers and local employers with trained crew leaders. Each partner commits to at least four workdays a year on a stretch of trail, clearing fallen trees, repairing drainage and rebuilding tread.

#P "Many of these trails have been closed or nearly impassable for two seasons," said Maya Lindqvist, executive director of Cascadia Trailworks. "Agencies simply don't have the crews to fix them all, and people want to help."

#P Eleven businesses have signed up so far. The first workdays are scheduled for April, once snow has melted at lower elevations.

#P About Cascadia Trailworks

#P Cascadia Trailworks was founded in 2011 and organizes more than 300 volunteer workdays a year on public lands in Oregon and Washington.

#P Press Contact
#+ Name: Daniel Okafor
#+ Email: Send Email
#+ Phone: 503-555-0142
#+ Address: 1420 NW Lovejoy St, Portland, OR 97209
#+ Website: https://www.cascadiatrailworks.org

Original Source: https://www.prunderground.com/?p=341582
Share: Twitter | Facebook | LinkedIn

Health & Medical
#T Lakeshore Dental Group Opens Sixth Clinic in Milwaukee Suburbs
#M source_aliases+=Lakeshore Dental Group
New Wauwatosa location adds evening and Saturday hours
#M dateline=December 9th, 2025
#M external_id=341607
#P (PRUnderground) December 9th, 2025 Lakeshore Dental Group has opened its sixth clinic, in Wauwatosa, Wisconsin, adding evening and Saturday appointments for patients who cannot take time off work during the day.

#P The 4,800-square-foot clinic has eight treatment rooms and a dedicated pediatric area. It is staffed by four dentists and two hygienists and accepts most major insurance plans, the group said.

#P "Half of our new patients tell us they put off care because appointment times didn't fit their jobs," said Dr. Priya Raman, the group's clinical director. "Longer hours are the simplest fix we could offer."

#P About Lakeshore Dental Group

#P Lakeshore Dental Group is a dentist-owned practice founded in 2008 with clinics in Milwaukee, Waukesha and Ozaukee counties.

#P Press Contact
#+ Name: Hannah Kowalczyk
#+ Email: Send Email
#+ Phone: 414-555-0187
#+ Website: https://www.lakeshoredentalgroup.com

Original Source: https://www.prunderground.com/?p=341607
Share: Twitter | Facebook | LinkedIn

IssueWire
Press Release Distribution
#D source=IssueWire
#D source_aliases=["IssueWire", "Issuewire", "Issuewire.com"]
Food & Beverages
#T Verdant Agro Foods Launches Millet-Based Breakfast Range Across Maharashtra
#M source_aliases+=Verdant Agro Foods
#M dateline=Nashik, Maharashtra Dec 9, 2025
#P Nashik, Maharashtra Dec 9, 2025 (Issuewire.com) - Verdant Agro Foods, a Nashik-based food processing company, has launched a range of ready-to-cook breakfast mixes made from foxtail, little and barnyard millets, which will be available in 2,300 retail stores across Maharashtra from this week.

#P The range includes upma, dosa and porridge mixes that cook in under ten minutes. The company sources its millets from 1,400 farmers in Nashik, Ahilyanagar and Dhule districts through three farmer producer organisations.

#P "Millets are part of our grandparents' diet, but busy families need convenience," said Anand Kulkarni, founder and managing director. "We want millet breakfasts to be as easy as instant noodles."

#P The company plans to expand to Gujarat and Karnataka in 2026.

#P Media Contact
#+ Verdant Agro Foods Pvt Ltd
#+ press@verdantagro.in
#+ +91 98220 55012
#+ Plot 14, MIDC Ambad, Nashik
#+ https://www.verdantagro.in

Source : Verdant Agro Foods
This article was originally published by IssueWire. Read the original article here.

Technology
#T Tallinn Startup Lumera Releases Open-Source Tool for Accessible PDF Forms
#M source_aliases+=Lumera
#M dateline=Tallinn, Harju Dec 9, 2025
#P Tallinn, Harju Dec 9, 2025 (Issuewire.com) - Lumera, an Estonian software startup, has released an open-source tool that converts scanned and legacy PDF forms into forms that screen readers can navigate and fill in.

#P The tool detects form fields, labels and reading order automatically and lets users correct the result in a browser-based editor. It is published under the MIT licence.

#P Lumera said it built the tool after a pilot with two Estonian municipalities, which found that more than 60 percent of their downloadable forms could not be completed with assistive technology.

#P Media Contact
#+ Lumera OÜ
#+ Kristjan Tamm
#+ hello@lumera.ee
#+ Estonia

Source : Lumera
This article was originally published by IssueWire. Read the original article here.
""")


def pr_abnewswire_newswiretoday():
    # ABNewswire: "City, Region, Country, Dec 9, 2025 - (ABNewswire) - " lede, "Media Contact" field block.
    # Newswire Today: "Newswire Today - /newswire/ - City, Country, 2025/12/09 - " lede, italic summary line,
    # boilerplate, contact details, "Publisher Contact:" line, categories/tags, "Newswire ID" (external id).
    return parse("""
#D kind=press_release
#D published_date=2025-12-09
#D source=ABNewswire
#D source_aliases=["ABNewswire", "AB Newswire", "ABNewsWire"]
ABNewswire
Press Release Distribution Service
Business
#T Sari Nusantara Textiles Opens Dye-Recycling Facility in West Java
#M source_aliases+=Sari Nusantara Textiles
#M dateline=Bandung, West Java, Indonesia, Dec 9, 2025
#P Bandung, West Java, Indonesia, Dec 9, 2025 - (ABNewswire) - Sari Nusantara Textiles, a batik and printed-fabric manufacturer, has opened a facility at its Bandung plant that recovers and reuses up to 70 percent of the dye water from its production lines.

#P The facility, built at a cost of 38 billion rupiah, combines membrane filtration with a biological treatment stage. The company said it would reduce its groundwater use by about 1,200 cubic metres a day.

#P "Our customers in Europe and Japan now ask about water before they ask about price," said Dewi Kartikasari, the company's sustainability director. "This plant is our answer."

#P The company employs 2,600 people and exports about half of its output.

#P Media Contact
#+ Company Name: PT Sari Nusantara Textiles
#+ Contact Person: Rizky Pratama
#+ Email: Send Email
#+ Phone: +62 22 555 0188
#+ Country: Indonesia
#+ Website: https://www.sarinusantara.co.id

Tags: textiles, water recycling, Indonesia

Software
#T Fieldnote Launches Offline-First Inspection App for Utility Crews
#M source_aliases+=Fieldnote Inc.
#M dateline=Austin, Texas, United States, Dec 9, 2025
#P Austin, Texas, United States, Dec 9, 2025 - (ABNewswire) - Fieldnote Inc. has launched an inspection app for electric and water utility crews that works without a mobile signal and synchronizes reports once a connection is available.

#P The app lets crews record pole, valve and meter inspections with photos and GPS positions and flags overdue assets on a map. It is priced per crew rather than per user.

#P Three cooperative utilities in Texas and Oklahoma tested the app this year. Fieldnote said the pilots reduced the time spent on inspection paperwork by about a third.

#P Media Contact
#+ Company Name: Fieldnote Inc.
#+ Contact Person: Marcus Bell
#+ Email: Send Email
#+ City: Austin
#+ State: Texas
#+ Country: United States
#+ Website: https://www.fieldnote.app

NewswireToday
Global Press Release Distribution
#D source=Newswire Today
#D source_aliases=["Newswire Today", "NewswireToday", "NewswireTODAY"]
#T Harbourlight Bio Opens GMP Cell Therapy Suite in Manchester
#M source_aliases+=Harbourlight Bio
Contract manufacturer triples clean-room capacity for early-stage trials
#M dateline=Manchester, United Kingdom, 2025/12/09
#M external_id=248811
#P Newswire Today - /newswire/ - Manchester, United Kingdom, 2025/12/09 - Harbourlight Bio, a contract developer and manufacturer of cell therapies, has opened a new good manufacturing practice suite at its site in Manchester, tripling its clean-room capacity.

#P The suite has six grade B clean rooms and can support up to 14 early-phase clinical programmes at the same time. It has been licensed by the UK medicines regulator for the manufacture of investigational products.

#P "Academic groups and small biotechs were waiting up to a year for a manufacturing slot," said chief executive Dr Owen Prescott. "This expansion cuts that wait to a few months."

#P Harbourlight Bio employs 95 people and expects to recruit 40 more scientists and technicians in 2026.

#P About Harbourlight Bio: Harbourlight Bio provides process development and GMP manufacturing for cell and gene therapy developers in the UK and Europe.

#P Contact Details: Harbourlight Bio, Siobhan Kerrigan, +44 161 555 0199, media@harbourlightbio.co.uk

Publisher Contact: Siobhan Kerrigan - harbourlightbio.co.uk
Categories: Biotech, Pharmaceuticals
Tags: cell therapy, GMP, Manchester
Newswire ID: 248811

#T Cork Ferry Operator Orders Hybrid Vessel for Spike Island Route
#M source_aliases+=Lee Harbour Ferries
Battery-diesel ferry to enter service in 2027
#M dateline=Cork, Ireland, 2025/12/09
#M external_id=248823
#P Newswire Today - /newswire/ - Cork, Ireland, 2025/12/09 - Lee Harbour Ferries has ordered a hybrid battery-diesel passenger ferry for its route between Cobh and Spike Island, the company said.

#P The 24-metre vessel, which will carry up to 180 passengers, is being built at a shipyard in the Netherlands and is due to enter service in spring 2027. It will run on battery power inside the harbour and charge overnight at Cobh.

#P The company expects the vessel to cut fuel use on the route by around 60 percent.

#P Contact Details: Lee Harbour Ferries, Aoife Brennan, +353 21 555 0143, info@leeharbourferries.ie

Publisher Contact: Aoife Brennan - leeharbourferries.ie
Categories: Transport, Tourism
Newswire ID: 248823
""")


def pr_newsvoir_pressat():
    # NewsVoir releases syndicated on Business Standard (site crumbs, "Last Updated" line, "(NewsVoir)" lede,
    # the paper's two disclaimers, "First Published" line, "More From This Section" teasers), then Pressat
    # pages (UK: sector label, "Issued by" line, date line, "ENDS", "Notes to Editors" numbered items,
    # media contact block).
    return parse("""
#D kind=press_release
#D published_date=2025-12-09
#D source=NewsVoir
#D source_aliases=["NewsVoir", "Newsvoir"]
Business Standard
Markets | Companies | Opinion | Portfolio | Tech | Personal Finance | हिंदी में पढ़ें
Home / Content / Press Releases
#T VoltPath Mobility raises Rs 85 crore to expand fast-charging network in western India
#M source_aliases+=VoltPath Mobility
#M dateline=Pune, Maharashtra, India
NewsVoir
Pune (Maharashtra)
Last Updated : Dec 09 2025 | 2:35 PM IST
Follow Us
#P Pune, Maharashtra, India (NewsVoir) VoltPath Mobility, an electric vehicle charging operator, has raised Rs 85 crore in a Series B round led by Sahyadri Climate Fund, with participation from existing investors.

#P The company will use the funds to install 1,200 fast chargers along highways in Maharashtra, Gujarat and Goa over the next 18 months. VoltPath currently operates 430 charging points, most of them at fuel stations and highway restaurants.

#P "Highway charging is still the biggest worry for people buying an electric car," said Nikhil Deshpande, co-founder and CEO. "Our goal is a fast charger every 50 kilometres on the main corridors."

#P About VoltPath Mobility

#P VoltPath Mobility Pvt Ltd was founded in 2021 in Pune and builds and operates public charging infrastructure for electric cars and commercial vehicles.

(Disclaimer: The above press release comes to you under an arrangement with NewsVoir and Business Standard takes no editorial responsibility for the same.)
Disclaimer: No Business Standard Journalist was involved in creation of this content
First Published: Dec 09 2025 | 2:35 PM IST
More From This Section
#RT Kerala agri-tech firm opens cold-storage hubs for banana farmers
#RT Hyderabad hospital chain adds robotic surgery at two centres

Home / Content / Press Releases
#T Malabar Coir Works earns international certification for biodegradable geotextiles
#M source_aliases+=Malabar Coir Works
#M dateline=Kochi, Kerala, India
NewsVoir
Kochi (Kerala)
Last Updated : Dec 09 2025 | 4:10 PM IST
Follow Us
#P Kochi, Kerala, India (NewsVoir) Malabar Coir Works, a manufacturer of coir-based erosion-control products, has received an international certification for its biodegradable geotextiles, allowing it to supply road and embankment projects in the European Union.

#P The company makes woven coir mats that stabilise slopes while vegetation takes root and decompose within four to six years. It exports to 11 countries and employs about 900 workers, most of them women from coastal villages in Alappuzha district.

#P "The certification puts natural coir on the same footing as synthetic geotextiles in public tenders," said managing director Thomas Varghese.

(Disclaimer: The above press release comes to you under an arrangement with NewsVoir and Business Standard takes no editorial responsibility for the same.)
Disclaimer: No Business Standard Journalist was involved in creation of this content
First Published: Dec 09 2025 | 4:10 PM IST

pressat
Home | Newsroom | Sectors | Distribution | Pricing
#D source=Pressat
#D source_aliases=["Pressat", "pressat", "Pressat Wire"]
Environment & Nature
#T Community energy co-op puts 1.2MW of solar on Leeds school roofs
#M source_aliases+=Aire Valley Community Energy
Issued by: Aire Valley Community Energy
Tuesday, 9th December 2025 at 09:00
#P Aire Valley Community Energy has completed the installation of 1.2 megawatts of solar panels on the roofs of 14 schools in Leeds, the largest community-owned rooftop scheme in West Yorkshire.

#P The schools buy the electricity at a fixed price below their current tariff for 20 years. The co-operative raised £1.3 million for the scheme through a community share offer that attracted 640 local investors.

#P "Every school saves money from day one, and the surplus goes into a fund for energy-efficiency projects in the neighbourhoods around them," said chair Rachel Whitfield.

ENDS

#P Notes to Editors

#P 1. Aire Valley Community Energy is a community benefit society founded in 2014. It owns 31 solar installations in Leeds and Bradford.

#P 2. The schools involved are all maintained or academy schools in the east and south of Leeds.

#P Media contact:
#+ Tom Ashworth
#+ 07700 900 412
#+ media@airevalleyenergy.coop

Share this release: X | LinkedIn | Email

Education
#T London charity launches free coding clubs for girls in 30 libraries
#M source_aliases+=CodeBridge Trust
Issued by: CodeBridge Trust
Tuesday, 9th December 2025 at 10:30
#M dateline=LONDON, 9 December 2025
#P LONDON, 9 December 2025 – CodeBridge Trust is launching free after-school coding clubs for girls aged 11 to 14 in 30 public libraries across eight London boroughs from January.

#P The weekly clubs will be run by trained volunteers from technology companies and will cover web design, game development and basic electronics. Laptops and kits will be provided, so no equipment is needed at home.

#P "Girls still make up fewer than a quarter of students taking computing at GCSE," said chief executive Amara Nwosu. "Libraries are trusted, local and free, which makes them the right place to start."

ENDS

#P Notes to Editors

#P CodeBridge Trust is a registered charity that has run coding programmes for young people in London since 2016.

#P For interviews please contact:
#+ Laura Mensah, Communications Manager
#+ 020 7946 0813
#+ press@codebridgetrust.org.uk

Share this release: X | LinkedIn | Email
""")
