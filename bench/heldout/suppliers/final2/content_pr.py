"""Press-release distributor dumps (invented releases; all companies, people and figures are fictional)."""
from markup import parse


def pr_businesswire():
    return parse("""
#D kind=press_release
#D source=Business Wire
#D source_aliases=["Business Wire", "BUSINESS WIRE", "BusinessWire", "businesswire.com"]
#T Halvorsen Marine Orders Four Methanol-Ready Feeder Vessels
Order valued at approximately USD 210 million; deliveries scheduled for 2027 and 2028
October 14, 2025 02:00 AM Eastern Daylight Time
#M dateline=OSLO, Norway
#M published_date=2025-10-14
#M external_id=20251014512877

#P OSLO, Norway--(BUSINESS WIRE)--Halvorsen Marine ASA (OSE: HALVM) today announced that it has signed contracts for four 1,900 TEU methanol-ready container feeder vessels with Hanjin Ocean Shipbuilding of Busan, Republic of Korea.

#P The vessels will be deployed on Halvorsen's North Sea and Baltic feeder network and are designed to reduce fuel consumption by about 25 percent compared with the vessels they replace.

#P "This order is the next step in renewing our fleet and meeting our customers' decarbonization targets," said Chief Executive Officer Sigrid Aalvik. "Methanol-readiness gives us the flexibility to switch fuels as supply develops in the ports we serve."

#P About Halvorsen Marine

#P Halvorsen Marine ASA operates 38 container feeder vessels serving 45 ports in Northern Europe. The company is listed on the Oslo Stock Exchange.

View source version on businesswire.com: https://www.businesswire.com/news/home/20251014512877/en/

#P Contacts
#+ Media:
#+ Ingrid Solbakken, +47 22 00 41 18
#+ press@halvorsenmarine.no
#+ Investors:
#+ Per Eivind Ruud, +47 22 00 41 20
#+ ir@halvorsenmarine.no

Corvanta Therapeutics to Present Phase 2 Data at Liver Meeting

#T Corvanta Therapeutics to Present Phase 2 Data at Liver Meeting
#M dateline=CAMBRIDGE, Mass.
#M published_date=2025-10-14

#P CAMBRIDGE, Mass.--(BUSINESS WIRE)--
#+ Corvanta Therapeutics, Inc. (Nasdaq: CRVT), a clinical-stage biotechnology company developing treatments for fibrotic liver disease, today announced that 48-week data from its Phase 2 ARBOR trial of CVT-311 will be presented in a late-breaking oral session at the annual Liver Meeting in Boston on November 9, 2025.

#P The presentation will be given by principal investigator Dr. Helen Marchetti of Northfield University Medical Center.

#P Corvanta will host a conference call for investors at 8:00 a.m. ET on November 10, 2025. A webcast will be available on the Investors section of the company's website.

#P About Corvanta Therapeutics

#P Corvanta Therapeutics is a clinical-stage company based in Cambridge, Massachusetts, focused on therapies that reverse fibrosis in chronic liver disease.

#P Corvanta Therapeutics, Inc.
#+ Daniel Osei, Chief Financial Officer
#+ Phone: (617) 555-0198
#+ ir@corvanta.com

KEYWORDS: United States North America Massachusetts

INDUSTRY KEYWORDS: Health Biotechnology Clinical Trials Pharmaceutical

MEDIA:

Logo
Logo

#T Kaito Robotics Launches Compact Palletizing Robot for Food Factories
#M dateline=TOKYO
#M published_date=2025-10-14
#M external_id=20251013338104

#P TOKYO--(BUSINESS WIRE)--Kaito Robotics Co., Ltd. (TOKYO: 6589) today launched the KR-Pal 40, a compact palletizing robot designed for small and medium-sized food factories where floor space is limited.

#P The KR-Pal 40 handles cases of up to 40 kilograms at a rate of 12 cases per minute and can be installed in a footprint of 1.6 by 1.6 meters. Kaito aims to sell 300 units in Japan and Southeast Asia in the first year.

#P About Kaito Robotics Co., Ltd.

#P Founded in 1987 in Hamamatsu, Kaito Robotics develops industrial robots for the food, beverage and logistics industries.

The source text of this announcement is the official, authoritative version. Translations are provided as an accommodation only, and should be cross-referenced with the source text, which is the only version of the text intended to have legal effect.

View source version on businesswire.com: https://www.businesswire.com/news/home/20251013338104/en/

#P Contacts
#+ Kaito Robotics Co., Ltd.
#+ Public Relations: Mai Fujisawa
#+ pr@kaito-robotics.co.jp
""")


def pr_prnewswire():
    return parse("""
#D kind=press_release
#D source=PR Newswire
#D source_aliases=["PR Newswire", "PRNewswire", "PR Newswire Asia", "Cision PR Newswire"]
#T Pellridge Foods Reports Third Quarter 2025 Results
Net sales up 4.8%; full-year outlook raised
#M dateline=DALLAS, Oct. 14, 2025
#M published_date=2025-10-14

#P DALLAS, Oct. 14, 2025 /PRNewswire/ -- Pellridge Foods, Inc. (NYSE: PLFD) today reported net sales of $1.42 billion for the third quarter of 2025, an increase of 4.8 percent compared with the prior-year period.

#C Pellridge Foods logo. (PRNewsFoto/Pellridge Foods, Inc.)

#P Diluted earnings per share were $0.87, compared with $0.79 a year ago. Growth was led by the company's frozen meals and snack divisions, which offset lower volumes in canned vegetables.

#P "Our teams delivered another quarter of profitable growth while investing in new capacity at our Amarillo plant," said Chief Executive Officer Rosalind Hayes.

#P The company now expects full-year net sales growth of 4 to 5 percent, up from its previous estimate of 3 to 4 percent.

#P About Pellridge Foods
#+ Pellridge Foods, Inc. is a Dallas-based maker of frozen, snack and canned foods sold under the Pellridge, Sunmeadow and Crisp Harbor brands.

#P Investor Contact: Mark Okafor, (214) 555-0177, investors@pellridge.com

SOURCE Pellridge Foods, Inc.

#T Lumora Hotels to Open First Resort in Phu Quoc in 2026
#M dateline=HONG KONG, Oct. 14, 2025
#M published_date=2025-10-14
#M external_id=302581234

#P HONG KONG, Oct. 14, 2025 /PRNewswire/ -- Lumora Hotels & Resorts, a Hong Kong-based hospitality group, today announced that it will open its first resort in Vietnam on Phu Quoc island in the second quarter of 2026.

#P The 210-key Lumora Phu Quoc will sit on a 9-hectare beachfront site at Bai Truong and will include 48 pool villas, three restaurants and a marine conservation centre run with a local university.

#P "Phu Quoc combines strong air connectivity with natural beauty that guests are increasingly seeking," said Group Managing Director Vivian Cheung.

#P About Lumora Hotels & Resorts

#P Lumora Hotels & Resorts operates 14 hotels and resorts in Hong Kong, Thailand, Malaysia and Japan.

View original content to download multimedia:https://www.prnewswire.com/apac/news-releases/lumora-hotels-to-open-first-resort-in-phu-quoc-in-2026-302581234.html

SOURCE Lumora Hotels & Resorts

#T Greystead Water Selected to Modernize Tucson Treatment Plant
Five-year contract covers membrane filtration and digital monitoring
#M dateline=TUCSON, Ariz., Oct. 14, 2025
#M published_date=2025-10-14

#P TUCSON, Ariz., Oct. 14, 2025 /PRNewswire/ -- Greystead Water Solutions has been selected by the City of Tucson to upgrade the membrane filtration system and install digital monitoring at the Santa Rita water treatment plant under a five-year, $64 million contract.

#C Greystead engineers inspect a membrane module at the company's test facility in Phoenix. (PRNewsfoto/Greystead Water Solutions)

#P The project will increase the plant's capacity from 40 to 55 million gallons a day and reduce energy use by an estimated 18 percent, the company said.

#P Media contact:
#+ Laura Benitez
#+ 602-555-0134
#+ media@greysteadwater.com

View original content:https://www.prnewswire.com/news-releases/greystead-water-selected-to-modernize-tucson-treatment-plant-302580977.html

SOURCE Greystead Water Solutions
""")


def pr_cision_mynewsdesk():
    return parse("""
#D kind=press_release
#D source=Cision
#D source_aliases=["Cision", "news.cision.com", "Cision News"]
news.cision.com/
Tallmark Bygg AB/
Tallmark Bygg signs SEK 480 million framework agreement with Region Dalarna
Tue, Oct 14, 2025 08:00 CEST
#T Tallmark Bygg signs SEK 480 million framework agreement with Region Dalarna
#M dateline=null
#M published_date=2025-10-14
#M external_id=c4217730
Report this content

#P Tallmark Bygg AB (publ) has signed a four-year framework agreement with Region Dalarna for the construction and renovation of healthcare premises. The agreement is estimated to be worth SEK 480 million.

#P The agreement covers new construction, extensions and renovations of hospitals and health centres in Falun, Borlänge and Mora. The first call-off, a new outpatient wing at Falun hospital, is expected to start in the first quarter of 2026.

#P "Healthcare construction is a strategic focus for us, and this agreement gives us a stable base in the region for several years," says Johan Lindqvist, CEO of Tallmark Bygg.

#P For more information, please contact:
#+ Johan Lindqvist, CEO, +46 70 555 12 34, johan.lindqvist@tallmarkbygg.se

#P About Tallmark Bygg
#+ Tallmark Bygg is a construction company with 640 employees in central Sweden. The company's shares are listed on Nasdaq First North Growth Market.

#P This information is information that Tallmark Bygg AB (publ) is obliged to make public pursuant to the EU Market Abuse Regulation. The information was submitted for publication, through the agency of the contact person set out above, at 08:00 CEST on 14 October 2025.

Attachments
Tallmark Bygg signs SEK 480 million framework agreement with Region Dalarna
Subscribe

https://news.cision.com/tallmark-bygg-ab/r/tallmark-bygg-signs-sek-480-million-framework-agreement-with-region-dalarna,c4217730

#D source=Mynewsdesk
#D source_aliases=["Mynewsdesk", "mynewsdesk.com", "Nordvik Energi"]
Nordvik Energi
#T Nordvik Energi opens 12 MW battery park in Trondheim
Press release   •   Oct 14, 2025 09:47 CEST
#M published_date=2025-10-14
#C The battery park at Heimdal will store surplus power from nearby wind farms.

#P Nordvik Energi today opened a 12 MW battery park at Heimdal outside Trondheim, the largest of its kind in central Norway.

#P The facility can store up to 24 MWh, enough to supply about 1,500 households for a day, and will help balance the regional grid when wind output fluctuates.

#P "Batteries are becoming as important to the grid as power lines," says Nordvik Energi's CEO Marit Haugland.

Topics
Energy
Technology

#P Contacts
#+ Kari Lunde
#+ Press contact
#+ Head of Communications
#+ kari.lunde@nordvikenergi.no
#+ +47 915 55 210

#P About Nordvik Energi
#+ Nordvik Energi is a Trondheim-based energy company producing hydro and wind power for 180,000 customers in central Norway.

Nordvik Energi
#T Nordvik Energi appoints new chief financial officer
Press release   •   Oct 13, 2025 14:30 CEST
#M published_date=2025-10-13

#P Nordvik Energi has appointed Anders Brekke as chief financial officer. He will take up the position on 1 January 2026.

#P Brekke comes from the position of finance director at a Bergen-based shipping company and has previously worked in banking in Oslo and London.

Topics
Business

#P Contacts
#+ Kari Lunde
#+ Press contact
#+ Head of Communications
#+ kari.lunde@nordvikenergi.no
#+ +47 915 55 210
""")


def pr_small_wires():
    return parse("""
#D kind=press_release
#D source=ACN Newswire
#D source_aliases=["ACN Newswire", "ACN", "Asia Corporate News Network", "JCN Newswire"]
#T Sakura Pharma Completes Phase II Enrollment for Oral Psoriasis Candidate
#M dateline=TOKYO, Oct 14, 2025
#M published_date=2025-10-14

#P TOKYO, Oct 14, 2025 - (ACN Newswire) - Sakura Pharma Holdings Co., Ltd. (TSE: 4597) announced today that it has completed patient enrollment in its Phase II study of SKR-204, an oral treatment for moderate to severe plaque psoriasis.

#P The study enrolled 264 patients at 41 sites in Japan, Taiwan and Australia. Topline results are expected in the second half of 2026.

#P About Sakura Pharma Holdings
#+ Sakura Pharma Holdings is a Tokyo-based pharmaceutical company focused on immunology and dermatology.

#P Contact:
#+ Corporate Communications, Sakura Pharma Holdings
#+ pr@sakurapharma-hd.co.jp

Topic: Press release summary
Source: Sakura Pharma Holdings Co., Ltd.
Sectors: BioTech, Healthcare & Pharm
https://www.acnnewswire.com
From the Asia Corporate News Network
Copyright © 2025 ACN Newswire. All rights reserved. A division of Asia Corporate News Network.

#D source=EZ Newswire
#D source_aliases=["EZ Newswire", "EZNewswire", "Brightfield Learning"]
#T Brightfield Learning Launches AI Tutoring Pilot in 40 Texas Schools
#M dateline=AUSTIN, Texas, Oct. 14, 2025
#M published_date=2025-10-14

#P AUSTIN, Texas, Oct. 14, 2025 (EZ Newswire) -- Brightfield Learning, an education technology company, today announced a one-year pilot of its AI tutoring assistant in 40 public middle schools across Texas.

#P The assistant, called Brightfield Coach, helps students work through math problems step by step and alerts teachers when a student repeatedly struggles with the same concept.

#C Students use Brightfield Coach during a math class in Round Rock, Texas. (Photo: Brightfield Learning)

#P "Teachers stay in charge. The tool simply gives them a clearer picture of who needs help and when," said Brightfield founder Tamara Oyelaran.

#P About Brightfield Learning
#+ Brightfield Learning is an Austin-based company that builds classroom tools for grades 5 through 9.

#P Media Contact
#+ Joel Paredes
#+ press@brightfieldlearning.com

SOURCE: Brightfield Learning

Disclaimer: This press release was distributed by EZ Newswire. The newsroom of this website was not involved in its writing or production.

#D source=PRWeb
#D source_aliases=["PRWeb", "PRWEB", "Cision PRWeb"]
#T Harbor & Vine Opens Third Farm-to-Table Restaurant in Asheville
Share Article
The new 120-seat restaurant sources 70 percent of its produce from farms within 50 miles.
#M dateline=ASHEVILLE, N.C.
#M published_date=2025-10-14

#P ASHEVILLE, N.C. (PRWEB) October 14, 2025 -- Harbor & Vine, the regional restaurant group known for its seasonal menus, opened its third location on Tuesday in Asheville's River Arts District.

#P The restaurant seats 120 guests and buys about 70 percent of its produce from farms within 50 miles, according to co-owner Miles Carrow.

#P "We wanted a room where the farmers who supply us feel as welcome as the guests," Carrow said.

#P Media Contact
#+ Erin Walsh, Harbor & Vine, 828-555-0142, erin@harborandvine.com

SOURCE Harbor & Vine

Share article on social media or email:

#D source=Newswire.com
#D source_aliases=["Newswire.com", "Newswire", "Pinecrest Analytics"]
#T Pinecrest Analytics Named to Oregon's List of Fastest-Growing Private Companies
Press Release - Oct 14, 2025
#M dateline=PORTLAND, Ore., October 14, 2025
#M published_date=2025-10-14

#P PORTLAND, Ore., October 14, 2025 (Newswire.com) - Pinecrest Analytics, a provider of demand-forecasting software for regional grocery chains, has been named to the Portland Business Review's annual list of Oregon's 100 fastest-growing private companies.

#P The company's revenue grew 212 percent over the past three years, and its headcount rose from 18 to 61 employees.

#P "Independent grocers are using data to compete with national chains, and we are proud to help them," said CEO Devon Nakamura.

Source: Pinecrest Analytics

Related Media
#C Pinecrest Analytics team at its Portland office
""")
