"""final9 press-release-distributor dumps (all text invented; companies fictional, .example sites)."""
from markup import parse


def pr_aetos_menafn():
    return parse("""
#D kind=press_release
#D published_date=2026-03-14
AETOSWire | Press Releases | Saturday, 14 March 2026

#D source=AETOSWire
#D source_aliases=["AETOSWire", "AETOSWIRE", "Aetos Wire"]
#T Qasr Al Noor Hotels opens 320-room resort on Saadiyat coast
#M source_aliases+=Qasr Al Noor Hotels
#M external_id=1403202601
#M dateline=ABU DHABI, United Arab Emirates
#P ABU DHABI, United Arab Emirates – (AETOSWIRE) – Qasr Al Noor Hotels today announced the opening of its fourth property, a 320-room beach resort on the Saadiyat coast, with a marine education centre run with local conservation volunteers.

#P "Guests want to know where they are staying and what lives around them," said Layla Al Mansoori, Chief Executive Officer of Qasr Al Noor Hotels. "The centre is free for schools in the emirate."

#P Key facts
#P Opening date: 14 March 2026
#P Rooms and suites: 320
#P Restaurants: 6
#P Staff: 540, of whom 38% are UAE nationals
#P Website: www.qasralnoor.example

#P About Qasr Al Noor Hotels
#+ Qasr Al Noor Hotels is a hospitality group founded in 2011 in Abu Dhabi. It operates four hotels in the United Arab Emirates and Oman.

#P Media contact:
#+ Rania Haddad, rania.haddad@qasralnoor.example, +971 2 555 0190
Permalink: https://www.aetoswire.com/en/news/1403202601

#T Marvanta Pay adds instant salary transfers for SMEs in Saudi Arabia
#M source_aliases+=Marvanta Pay
#M external_id=1403202602
#M dateline=RIYADH, Saudi Arabia
#P RIYADH, Saudi Arabia – (AETOSWIRE) – Marvanta Pay, a payments company, today launched instant salary transfers for small and medium-sized businesses, allowing employers to pay staff at any hour, including weekends.

#P The service is available to businesses with up to 250 employees and costs one riyal per transfer, the company said.

#P "A salary that arrives on Friday night instead of Sunday morning matters to a family," said Faisal Al Otaibi, Marvanta Pay's co-founder.

#P About Marvanta Pay
#+ Marvanta Pay was founded in 2021 and is licensed by the Saudi Central Bank. www.marvantapay.example

#P ملخص باللغة العربية

#P أطلقت شركة مارفانتا باي خدمة تحويل الرواتب الفورية للشركات الصغيرة والمتوسطة في المملكة العربية السعودية، بتكلفة ريال واحد لكل تحويل.
Permalink: https://www.aetoswire.com/en/news/1403202602

----------------------------------------------------------------
MENAFN - Press Releases - 14/03/2026

#D source=MENAFN
#D source_aliases=["MENAFN", "Middle East North Africa Financial Network"]
#T Dunecrest Logistics opens cold-chain hub at Sohar
#M source_aliases+=Dunecrest Logistics
#M external_id=MENAFN14032026000231011058ID1110847321
#P (MENAFN- PR Desk) Dunecrest Logistics has opened a 14,000-square-metre cold-chain hub at the Sohar Freezone, the company said on Saturday, adding capacity for fish, fruit and pharmaceuticals moving between Oman and India.

#P The hub has 9,000 pallet positions at temperatures from minus 25 to plus 15 degrees Celsius and is linked to the port by a dedicated gate.

#P "Exporters in Al Batinah no longer need to truck chilled goods to Dubai," said Managing Director Hamed Al Balushi.

#P Dunecrest Logistics, founded in 2016, operates warehouses in Oman and the UAE. www.dunecrest.example
MENAFN14032026000231011058ID1110847321
Legal Disclaimer:
MENAFN provides the information "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.
""")


def pr_newsdirect_medianet():
    return parse("""
#D kind=press_release
#D published_date=2026-03-14
#D source=News Direct
#D source_aliases=["News Direct", "Newsdirect", "newsdirect.com"]
Inbox export: releases received 14-03-2026

From: alerts@newsdirect.example
Subject: New story: Harlow Ridge Foods
=====
#T Harlow Ridge Foods to build plant-based dairy facility in Ohio
#M source_aliases+=Harlow Ridge Foods
#M dateline=COLUMBUS, Ohio
#P COLUMBUS, Ohio - March 14, 2026 - Harlow Ridge Foods, a maker of oat and pea-based dairy alternatives, said today it will build a $62 million production facility in Columbus, creating 190 jobs by 2028.

#P The plant will produce oat milk, yogurt and cheese alternatives for retailers in the Midwest and the Northeast.

#P "We have outgrown our contract manufacturers," said Dana Whitfield, CEO of Harlow Ridge Foods. "Owning the plant lets us control quality and cost."

#P Construction is expected to start in May.

#P Contact Details
#+ Harlow Ridge Foods
#+ Marcus Bell
#+ +1 614-555-0144
#+ press@harlowridge.example

#P Company Website
#+ https://www.harlowridge.example
View source version on newsdirect.com: https://newsdirect.com/news/harlow-ridge-foods-ohio-facility-481203117
Distributed by News Direct
=====

From: alerts@newsdirect.example
Subject: New story: Pelion Bio
=====
#T Pelion Bio reports positive mid-stage data for asthma inhaler
#M source_aliases+=Pelion Bio
#M dateline=BOSTON
#P BOSTON - March 14, 2026 - Pelion Bio, Inc. (NASDAQ: PLNB) today reported that its once-daily inhaler PB-207 met the main goal of a mid-stage trial in adults with moderate asthma.

#P Patients on the highest dose had 41% fewer flare-ups over 24 weeks than those on placebo, the company said. Side effects were mild.

#P The company plans to discuss the design of a late-stage trial with regulators in the second half of 2026.

#P Forward-Looking Statements
#+ This press release contains forward-looking statements. Actual results may differ materially.

#P Contact Details
#+ Pelion Bio, Inc.
#+ Irene Castillo
#+ ir@pelionbio.example
Distributed by News Direct
=====

From: mediareleases@medianet.example
Subject: MEDIA RELEASE: Coastal Wetlands Trust
=====
#D source=Medianet
#D source_aliases=["Medianet", "AAP Medianet", "medianet.com.au"]
MEDIA RELEASE
For immediate release: 14 March 2026
#T Volunteers plant 25,000 mangroves on Queensland coast
#M source_aliases+=Coastal Wetlands Trust
#P More than 600 volunteers have planted 25,000 mangrove seedlings along a 3-kilometre stretch of the coast near Mackay, the Coastal Wetlands Trust said today.

#P The planting, over two weekends, restores an area cleared for cane farming in the 1970s.

#P "Mangroves are nurseries for fish and they hold the shoreline together," said Trust chair Dr Fiona McAllister.

#P The Trust will monitor the site every three months for two years.

#P Media contact: Josh Tran, Coastal Wetlands Trust, 0400 555 182, media@wetlandstrust.example
This release was distributed by Medianet. Medianet takes no responsibility for the content of this release.
""")


def pr_bizcommunity_onlineprnews():
    return parse("""
#D kind=press_release
#D published_date=2026-03-14
#D source=Bizcommunity
#D source_aliases=["Bizcommunity", "Bizcommunity.com", "Bizcommunity Press Office"]
Bizcommunity  >  Press Office  >  Logistics

#T Kestrel Freight opens inland container depot in Pietermaritzburg
#M source_aliases+=Kestrel Freight
Issued by Kestrel Freight
14 Mar 2026
#P Kestrel Freight has opened an inland container depot in Pietermaritzburg to relieve pressure on the Port of Durban.

#P The depot covers 6 hectares and can hold 3,500 containers. Importers can clear goods at the depot and collect them without entering the port.

#P "Trucks spend hours in the port queue. Every hour saved there is money saved for our clients," says Kestrel Freight managing director Thandeka Zulu.

#P About Kestrel Freight
#+ Kestrel Freight is a South African logistics company with depots in Durban, Johannesburg and now Pietermaritzburg.

#P For more information, contact Lebo Mokoena on lebo@kestrelfreight.example.
Kestrel Freight's press office
Logistics, Transport
#Logistics #Freight

#T Cape winelands school wins national robotics title
#M source_aliases+=Stellenridge Education Trust
Issued by Stellenridge Education Trust
14 Mar 2026
#P A team of Grade 10 learners from a public school in Paarl has won the national schools robotics championship, beating 46 teams.

#P Their robot sorted coloured blocks and climbed a ramp in under two minutes, the fastest time of the competition.

#P The team will represent South Africa at an international championship in Singapore in July.

#P The Stellenridge Education Trust funds robotics clubs at 18 schools in the Western Cape.
Stellenridge Education Trust's press office
Education

------------------------------------------------------------
OnlinePRNews.com  |  Press Release

#D source=OnlinePRNews
#D source_aliases=["OnlinePRNews", "Online PR News", "onlineprnews.com"]
#T Brightwell Audio launches hearing-friendly earbuds for teachers
#M source_aliases+=Brightwell Audio
#M dateline=Leeds, UK
#M byline=Priya Nair
#P 14-March-2026 - Leeds, UK - Brightwell Audio has launched earbuds designed for teachers, which let them hear pupils clearly while protecting their ears in noisy classrooms and halls.

#P The earbuds lower sudden loud sounds and boost speech in front of the wearer, the company said. They cost £89.

#P "Teachers told us they go home with ringing ears," said founder Priya Nair.

#P Contact Information:
#+ Brightwell Audio
#+ Priya Nair
#+ hello@brightwellaudio.example
#+ https://www.brightwellaudio.example
Keywords: audio, education, hearing
Submitted by: Priya Nair | Category: Consumer Electronics
""")


def pr_prsync_inewswire():
    return parse("""
#D kind=press_release
#D published_date=2026-03-14
#D source=PRSync
#D source_aliases=["PRSync", "PRsync.com", "prsync.com"]
PRsync.com - Latest releases
Page 1

#T Oakmere Robotics unveils warehouse robot that climbs shelving
#M source_aliases+=Oakmere Robotics
Press release from: Oakmere Robotics
Posted: 03/14/2026
#M dateline=Denver, CO
#P Denver, CO (PRsync) - Oakmere Robotics has unveiled a warehouse robot that climbs existing shelving to pick items from the top levels, without the need for lifts or new racks.

#P The robot carries up to 20 kilograms and works alongside people at ground level, the company said. First deliveries are planned for September.

#P "Most warehouses waste their top shelves because reaching them is slow and dangerous," said CEO Aaron Lindqvist.

#P Media Contact
#+ Oakmere Robotics, 1400 Wynkoop St, Denver, CO
#+ Phone: 303-555-0117
#+ Email: media@oakmere.example
Tags: robotics, warehousing, logistics
Views: 112

#T Stillwater Retreats opens lakeside cabins for remote workers in Minnesota
#M source_aliases+=Stillwater Retreats
Press release from: Stillwater Retreats
Posted: 03/14/2026
#P Stillwater Retreats has opened twelve lakeside cabins near Grand Marais, Minnesota, built for people who work remotely and want a quiet place for a week or a month.

#P Each cabin has a desk, fibre internet and a wood stove. Monthly rates start at $2,400.

#P About Stillwater Retreats
#+ Stillwater Retreats is a family-owned company founded in 2019. www.stillwaterretreats.example
Tags: travel, remote work
Views: 48

------------------------------------------------------------
i-Newswire.com

#D source=i-Newswire
#D source_aliases=["i-Newswire", "i-Newswire.com", "iNewswire"]
#T Feldberg Solar to supply 1,800 rooftop systems to Bavarian farms
#M source_aliases+=Feldberg Solar
#M dateline=Munich, Germany
#M external_id=INW-2026-03-1487
Release ID: INW-2026-03-1487
#P Munich, Germany (i-Newswire.com) March 14, 2026 - Feldberg Solar GmbH has agreed to supply 1,800 rooftop solar systems with batteries to farms in Bavaria under a regional cooperative scheme.

#P Installations will begin in April and be completed by the end of the year, the company said. Farmers pay nothing upfront and repay the systems from savings on their electricity bills over twelve years.

#P "Barn roofs are the largest unused surfaces in the countryside," said managing director Katrin Oswald.

#P Kurzfassung (Deutsch)

#P Die Feldberg Solar GmbH liefert 1.800 Photovoltaikanlagen mit Speicher an landwirtschaftliche Betriebe in Bayern. Die Installation beginnt im April.

#P Press contact
#+ Feldberg Solar GmbH, Jonas Reiter, presse@feldbergsolar.example
Source: i-Newswire.com
""")
