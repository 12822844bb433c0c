"""Press-release distributor dumps of corpus final12 (all text invented; companies fictional)."""
from markup import parse

# 1. EQS News releases as copied from the distributor's page, and an RNS announcement from the London
#    Stock Exchange's news page.
EQS_RNS = """
#D kind=press_release
#D published_date=2026-04-09
#D source=EQS News
#D source_aliases=["EQS News", "EQS-News", "EQS Group"]
EQS-News: Nordhafen Solar AG / Key word(s): Contract/Expansion
#T Nordhafen Solar AG wins 140 MW supply contract for Spanish solar parks
#M source_aliases+=Nordhafen Solar AG
#M dateline=Hamburg, 9 April 2026
#M external_id=2198440

09.04.2026 / 08:00 CET/CEST
The issuer is solely responsible for the content of this announcement.

#P Hamburg, 9 April 2026 – Nordhafen Solar AG (ISIN: DE000NHS1234), a manufacturer of tracking systems for ground-mounted solar parks, has signed a contract to supply trackers for 140 megawatts of capacity in Extremadura, Spain.
#P Deliveries to the three parks near Mérida are to start in July and be completed by the end of 2026. The order value is in the mid double-digit million euro range.
#P "This is the largest single order in our company's history and confirms our move into southern Europe," said Dr. Katrin Albers, CEO of Nordhafen Solar AG.
#P About Nordhafen Solar AG
#+ Nordhafen Solar AG, founded in 2011 and based in Hamburg, develops and produces single-axis tracking systems. The company employs 310 people and is listed in the Scale segment of the Frankfurt Stock Exchange.
#P Contact:
#+ Nordhafen Solar AG, Jonas Pietsch, Investor Relations
#+ Tel.: +49 40 555 0120, ir@nordhafen-solar.example

09.04.2026 CET/CEST Dissemination of a Corporate News, transmitted by EQS News - a service of EQS Group.
The issuer is solely responsible for the content of this announcement.

Language: English
Company: Nordhafen Solar AG
ISIN: DE000NHS1234
EQS News ID: 2198440

End of News EQS News Service

EQS-News: Brenntal Pharma SE / Key word(s): Study results
#T Brenntal Pharma SE reports positive phase II data for its migraine candidate BT-207
#M source_aliases+=Brenntal Pharma SE
#M dateline=Munich, 9 April 2026
#M external_id=2198517

09.04.2026 / 10:30 CET/CEST
The issuer is solely responsible for the content of this announcement.

#P Munich, 9 April 2026 – Brenntal Pharma SE (Frankfurt: BTP) today announced that its phase II study of BT-207 in the preventive treatment of episodic migraine met its primary endpoint.
#P Patients receiving the higher dose had on average 4.1 fewer migraine days per month after twelve weeks, compared with 2.3 fewer days in the placebo group. The drug was well tolerated.
#P The company plans to discuss the design of a phase III programme with regulators in the second half of 2026.
#P About Brenntal Pharma SE
#+ Brenntal Pharma SE is a clinical-stage company developing treatments for neurological disorders. It is headquartered in Munich.
#P Contact
#+ Miriam Vogt, Corporate Communications, press@brenntal-pharma.example

09.04.2026 CET/CEST Dissemination of a Corporate News, transmitted by EQS News - a service of EQS Group.

Language: English
Company: Brenntal Pharma SE
EQS News ID: 2198517

End of News EQS News Service

#D source=RNS
#D source_aliases=["RNS", "Regulatory News Service", "London Stock Exchange"]
#T Contract Award and Trading Update
#M source_aliases+=Tamarind Harbour Holdings PLC
#M dateline=null
#M external_id=4821H
RNS Number : 4821H
Tamarind Harbour Holdings PLC
09 April 2026

Tamarind Harbour Holdings PLC
("Tamarind" or the "Company")

Contract Award and Trading Update

#P Tamarind Harbour Holdings PLC (AIM: THH), the marine engineering and port services group, is pleased to announce that it has been awarded a £9.6 million contract to refurbish two berths at the Port of Tyne.
#P Work will begin in May and is expected to take eleven months.
#P The Board also confirms that trading in the first quarter of 2026 has been in line with its expectations, with revenue of £14.2 million (Q1 2025: £12.8 million).
#P Harriet Quayle, Chief Executive Officer, said: "This award adds to a healthy order book and shows the demand for our berth refurbishment teams."
#P For further information please contact:
#+ Tamarind Harbour Holdings PLC - Harriet Quayle, CEO - +44 (0)191 555 0188
#+ Fenwick Sterling (Nominated Adviser) - Owen Price - +44 (0)20 5550 1234

This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom. Terms and conditions relating to the use and distribution of this information may apply.
END
CTRFFLFLTRIVLIE
"""

# 2. Exchange announcement services: two JSE SENS announcements as shown on a data vendor's page, and an
#    Oslo Bors NewsWeb message.
EXCHANGE = """
#D kind=press_release
#D published_date=2026-04-09
#D source=JSE SENS
#D source_aliases=["JSE SENS", "SENS", "Stock Exchange News Service"]
SANDVELD MINING LIMITED - Trading statement for the year ended 28 February 2026

Release Date: 09/04/2026 07:05
Code(s): SDV     PDF:
Wrap Text
#T Trading statement for the year ended 28 February 2026
#M source_aliases+=Sandveld Mining Limited
#M dateline=null

SANDVELD MINING LIMITED
(Incorporated in the Republic of South Africa)
(Registration number: 2004/018822/06)
JSE share code: SDV
ISIN: ZAE000298811
("Sandveld" or "the Company")

TRADING STATEMENT FOR THE YEAR ENDED 28 FEBRUARY 2026

#P Shareholders are advised that the Company is reasonably certain that its headline earnings per share for the year ended 28 February 2026 will be between 41.2 cents and 47.8 cents, an increase of between 25% and 45% compared with 32.96 cents for the previous year.

#P The improvement is mainly due to higher manganese ore sales volumes from the Kalahari operations and a weaker rand against the US dollar.

#P The financial information in this trading statement has not been reviewed or reported on by the Company's external auditors.

Johannesburg
9 April 2026

#P Sponsor
#+ Kliprivier Capital Proprietary Limited

Date: 09/04/2026 07:05:00 Produced by the JSE SENS Department.

MALUTI FOODS LIMITED - Acquisition of Eastern Cape dairy processor

Release Date: 09/04/2026 12:10
Code(s): MLF     PDF:
Wrap Text
#T Acquisition of Eastern Cape dairy processor
#M source_aliases+=Maluti Foods Limited
#M dateline=null

MALUTI FOODS LIMITED
(Incorporated in the Republic of South Africa)
(Registration number: 1998/007731/06)
Share code: MLF   ISIN: ZAE000301144
("Maluti Foods" or "the Group")

#P Shareholders are advised that Maluti Foods has entered into an agreement to acquire 100% of the issued shares of Amatola Dairies Proprietary Limited, a milk and yoghurt processor based in Stutterheim, for a purchase consideration of R212 million.

#P The acquisition will add about 90 million litres of milk processing capacity a year and is expected to be completed by 31 July 2026, subject to the approval of the Competition Commission.

#P The transaction is a category 2 transaction in terms of the JSE Listings Requirements and does not require shareholder approval.

Durban
9 April 2026

#P Sponsor
#+ Umhlanga Corporate Finance Proprietary Limited

Date: 09/04/2026 12:10:00 Produced by the JSE SENS Department.

#D source=NewsWeb
#D source_aliases=["NewsWeb", "Oslo Børs NewsWeb", "Euronext Oslo Børs"]
#T Fjordlaks ASA: Harvest volumes in Q1 2026
#M source_aliases+=Fjordlaks ASA
#M dateline=null
#M external_id=6412987
newsweb.oslobors.no/message/6412987
Issuer: Fjordlaks ASA (FJLK)
Market: Euronext Oslo Børs
Category: Additional regulated information required to be disclosed under the laws of a member state
Published: 09.04.2026 06:58

#P Fjordlaks ASA harvested 11,400 tonnes gutted weight of salmon in the first quarter of 2026, compared with 9,850 tonnes in the same quarter last year.

#P Of the total, 8,100 tonnes were harvested in Region Mid and 3,300 tonnes in Region North.

#P The company will publish its full results for the first quarter on 14 May 2026.

#P For further information, please contact:
#+ CFO Sigrid Hovland, tel. +47 555 12 345

#P This information is subject to the disclosure requirements pursuant to section 5-12 of the Norwegian Securities Trading Act.

Attachments
Fjordlaks_Q1_2026_harvest.pdf
"""

# 3. Releases received by e-mail / copied from pages of three smaller distributors: Voxy (New Zealand),
#    GetNews and InvestorWire (IBN).
SMALL_DISTRIBUTORS = """
#D kind=press_release
#D published_date=2026-04-09
#D source=Voxy
#D source_aliases=["Voxy", "voxy.co.nz"]
Home > Business > Press Releases
#T Kaikōura whale-watch operator adds electric catamaran
#M source_aliases+=Paikea Ocean Tours
#M dateline=null
Thursday, 9 April 2026, 10:15 am
Press Release: Paikea Ocean Tours

#P Paikea Ocean Tours will put New Zealand's first fully electric whale-watching catamaran into service in Kaikōura next month.

#P The 18-metre vessel, built in Nelson, carries 80 passengers and can run for six hours on one charge, which covers two tours a day.

#P "Quiet engines mean we disturb the sperm whales less, and our guests can hear the sea again," said operations manager Hemi Tākao.

#P For more information contact Hemi Tākao, 021 555 0192, hemi@paikea-ocean.example

Share: Facebook | X | Email
Related: Tourism | Environment | Canterbury

#D source=GetNews
#D source_aliases=["GetNews", "GetNews.info"]
#T Brightlane Dental Opens Fourth Austin Clinic With Same-Day Crown Service
#M source_aliases+=Brightlane Dental
#M dateline=Austin, TX - 9th April, 2026
Posted by GetNews | April 09, 2026

#P Austin, TX - 9th April, 2026 - Brightlane Dental has opened its fourth clinic in Austin, offering same-day crowns made on site with a milling machine.

#P The new clinic on South Lamar Boulevard has six treatment rooms and is open six days a week, including Saturday mornings.

#P "Patients tell us they do not want two visits and a temporary crown," said founder Dr. Naomi Reyes. "Now they can leave with the final crown the same afternoon."

#P Media Contact
#+ Company Name: Brightlane Dental
#+ Contact Person: Naomi Reyes
#+ Email: Send Email
#+ Phone: 512-555-0147
#+ City: Austin
#+ State: TX
#+ Country: United States
#+ Website: https://www.brightlane-dental.example

#D source=InvestorWire
#D source_aliases=["InvestorWire", "INVESTORWIRE", "IBN", "InvestorBrandNetwork"]
#T Copperline Minerals Corp. (CSE: CPLN) Extends High-Grade Zone at Nevada Project
#M source_aliases+=Copperline Minerals Corp.
#M dateline=RENO, Nev., April 9, 2026

#P RENO, Nev., April 9, 2026 (INVESTORWIRE) -- Copperline Minerals Corp. (CSE: CPLN) ("Copperline" or the "Company") today reported drill results that extend the Juniper zone at its Silver Bell project by 220 metres to the north.

#P Hole SB-26-014 returned 38.5 metres grading 1.12% copper, including 9.0 metres grading 2.64% copper.

#P "The zone remains open to the north and at depth," said CEO Warren Ashby. "We are adding a second rig for the summer program."

#P About Copperline Minerals Corp.
#+ Copperline Minerals is a copper exploration company focused on Nevada and Arizona. For more information, visit www.copperline-minerals.example.

About InvestorWire
InvestorWire (IW) is a specialized communications platform focused on distributing press releases for companies in the capital markets. It is one of more than 70 brands within the IBN network.

Please see full terms of use and disclaimers on the InvestorWire website applicable to all content provided by IW.
"""

# 4. Middle East and German releases: ME NewsWire received by e-mail, firmenpresse as copied from its page.
MENA_DE = """
#D kind=press_release
#D published_date=2026-04-09
#D source=ME NewsWire
#D source_aliases=["ME NewsWire", "Middle East NewsWire"]
From: ME NewsWire <distribution@menewswire.example>
Subject: Oasis Cold Chain opens 40,000-pallet hub in Jebel Ali
Date: Thu, 9 Apr 2026 09:00:12 +0400

FOR IMMEDIATE RELEASE
#T Oasis Cold Chain opens 40,000-pallet hub in Jebel Ali
#M source_aliases+=Oasis Cold Chain
#M dateline=DUBAI, United Arab Emirates, April 9, 2026

#P DUBAI, United Arab Emirates, April 9, 2026 (ME NewsWire) -- Oasis Cold Chain, a temperature-controlled logistics provider, today opened a 40,000-pallet storage hub in Jebel Ali Free Zone.
#P The facility has eight temperature zones from minus 25 to plus 18 degrees Celsius and is powered partly by 4.2 megawatts of rooftop solar panels.
#P "Food and pharmaceutical importers in the Gulf need capacity close to the port. This hub doubles what we can offer," said Rashid Al Mazrouei, Managing Director of Oasis Cold Chain.
#P About Oasis Cold Chain
#P Oasis Cold Chain operates six warehouses in the United Arab Emirates and Oman. Visit www.oasiscoldchain.example.
#P Media contact:
#P Layla Haddad, layla.haddad@oasiscoldchain.example, +971 4 555 0177

----------
#T Red Sea diving resort operator secures financing for second site
#M source_aliases+=Coralline Resorts
#M dateline=JEDDAH, Saudi Arabia, April 9, 2026

#P JEDDAH, Saudi Arabia, April 9, 2026 (ME NewsWire) -- Coralline Resorts has secured SAR 310 million in financing from a group of local banks to build a 96-room diving resort north of Yanbu.
#P The resort, due to open in late 2027, will include a dive centre, a marine education centre and a solar-powered desalination unit.
#P About Coralline Resorts
#P Coralline Resorts develops small eco-resorts on the Red Sea coast. Visit www.coralline-resorts.example.
#P Media contact: press@coralline-resorts.example
----------
You received this release because you subscribed to ME NewsWire distribution lists.

#D source=firmenpresse
#D source_aliases=["firmenpresse", "firmenpresse.de"]
firmenpresse.de > Pressemitteilungen > Business News
#T Rheinwerk Logistik opens rail terminal in Duisburg for China trains
#M source_aliases+=Rheinwerk Logistik GmbH
#M dateline=Duisburg, 09.04.2026
#M external_id=718264
ID: 718264

#P (firmenpresse) - Duisburg, 09.04.2026 - Rheinwerk Logistik GmbH has opened a rail terminal in Duisburg-Rheinhausen that can handle up to 14 container trains a week from China.
#P The terminal has three 740-metre loading tracks and two reach stackers. It is connected to the nearby motorway A40 and to the company's warehouse in Moers.
#P "The overland route is becoming more important again for our customers in the automotive supply industry," says managing director Frank Lindemann.

#P Company information / Short profile:
#+ Rheinwerk Logistik GmbH is a family-owned logistics company with 620 employees at six sites in North Rhine-Westphalia.
#P Press contact:
#+ Rheinwerk Logistik GmbH, Anja Köster, presse@rheinwerk-logistik.example

Date: 09.04.2026 - 09:41
Language: English
News-ID 718264
Number of characters: 1214
Keywords: logistics, rail, Duisburg
Print | Recommend
"""


def pr_eqs_rns():
    return parse(EQS_RNS)


def pr_exchange_sens_newsweb():
    return parse(EXCHANGE)


def pr_voxy_getnews_investorwire():
    return parse(SMALL_DISTRIBUTORS)


def pr_menewswire_firmenpresse():
    return parse(MENA_DE)
