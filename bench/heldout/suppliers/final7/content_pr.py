"""Press-release distributor dumps of corpus final7 (all text invented; companies and people fictional)."""
from markup import parse


def pr_eurekalert():
    return parse("""
#D kind=press_release
#D source=EurekAlert!
#D source_aliases=["EurekAlert!", "EurekAlert", "AAAS EurekAlert!"]
#D published_date=2026-03-12
Skip to main content
EurekAlert! | The Global Source for Science News
Home | News Releases | Multimedia | Meetings | Journal Subscribers | Login

NEWS RELEASE 12-MAR-2026
#T Mangrove roots trap microplastics faster than bare mudflats, delta study finds
Sediment cores from three river mouths show plastic fragments concentrated in the upper 10 centimetres
Peer-Reviewed Publication
Lower Mekong Coastal Research Institute
#M source_aliases+=Lower Mekong Coastal Research Institute
Share  Print  E-Mail

#P Mangrove forests in the Mekong Delta hold up to four times more microplastic fragments in their surface sediments than nearby mudflats without trees, according to a study published this week.

#P Researchers from the Lower Mekong Coastal Research Institute collected 96 sediment cores at three river mouths in Ben Tre and Tra Vinh provinces between 2023 and 2025.

#P "The roots slow the water down, and whatever the water is carrying settles there, including plastic," said lead author Dr. Phan Thi Ngoc Lan. "That is good for the sea, but it means the forests themselves are becoming a store of pollution we do not yet understand."

#P The team now plans to study whether crabs and molluscs living among the roots ingest the fragments.
[Image: Sediment coring]
#C Researchers take a sediment core among mangrove roots in Ben Tre province.
#c CREDIT: Lower Mekong Coastal Research Institute

JOURNAL
Estuarine and Delta Sediments
DOI
10.5551/eds.2026.0114
METHOD OF RESEARCH
Observational study
SUBJECT OF RESEARCH
Not applicable
ARTICLE TITLE
Microplastic retention in mangrove sediments of the lower Mekong
ARTICLE PUBLICATION DATE
10-Mar-2026

Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.

NEWS RELEASE 12-MAR-2026
#T Volcanic soil bacteria help coffee seedlings survive drought
Peer-Reviewed Publication
Highlands Agronomy University of Central America
#M source_aliases+=Highlands Agronomy University of Central America
Share  Print  E-Mail

#M dateline=SAN JOSÉ, Costa Rica
#P SAN JOSÉ, Costa Rica — Coffee seedlings inoculated with bacteria isolated from volcanic soils on the slopes of Poás survived six weeks without water in greenhouse trials, while most untreated plants died, researchers report.

#P The bacteria appear to help roots hold on to moisture by producing a sticky sugar coating, said plant microbiologist Dr. Esteban Mora Quirós, who led the work.

#P Field trials on four farms in the Central Valley will begin in May.
[Image: Greenhouse trial]
#C Treated (left) and untreated coffee seedlings after six weeks without irrigation.
#c CREDIT: E. Mora Quirós

JOURNAL
Plant Roots and Microbes
DOI
10.5551/prm.2026.0231
ARTICLE TITLE
Drought tolerance conferred by andisol rhizobacteria in Coffea arabica seedlings
ARTICLE PUBLICATION DATE
11-Mar-2026

Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.

NEWS RELEASE 12-MAR-2026
#T Older adults who sing in choirs report fewer falls
Survey of 2,400 people in four countries
Reports and Proceedings
Nordic Institute for Healthy Ageing
#M source_aliases+=Nordic Institute for Healthy Ageing
Share  Print  E-Mail

#P People over 70 who sang in a choir at least once a week reported 23 percent fewer falls over two years than those who did not, according to a survey presented at a gerontology meeting in Gothenburg.

#P The authors say better posture and breathing, and the social habit of leaving home regularly, may explain part of the link, but caution that the study cannot prove cause and effect.

#P "We would now like to test this in a randomised trial with new choirs," said co-author Dr. Ingrid Solheim-Berg.

MEETING
Nordic Gerontology Congress 2026

Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.

Copyright © 2026 by the American Association for the Advancement of Science (AAAS)
""")


def pr_releasewire_presswire():
    return parse("""
#D kind=press_release
#D published_date=2026-03-12
#D source=ReleaseWire
#D source_aliases=["ReleaseWire", "Release Wire", "releasewire.com"]
ReleaseWire | Press Releases | Newsroom | Submit a Release
#T Harbor Lantern Software Adds Offline Mode to Its Field Inspection App
#M source_aliases+=Harbor Lantern Software
Inspectors can now record defects, photos and signatures without a signal and sync them later.
#M dateline=Tacoma, WA
#P Tacoma, WA -- (ReleaseWire) -- 03/12/2026 -- Harbor Lantern Software, a maker of inspection tools for building contractors, today released version 5.0 of its field app with a full offline mode.

#P The new version stores checklists, photos and client signatures on the device and uploads them automatically once a connection returns. Early users in rural Washington and Idaho tested the feature for three months.

#P "Half of our customers work in basements, tunnels or farms. They asked for this more than anything else," said Marisol Ortega-Reed, the company's product director.

#P About Harbor Lantern Software
#+ Harbor Lantern Software (www.harborlantern.example) is based in Tacoma, Washington and builds mobile tools for inspection, punch lists and handover documents for mid-sized construction firms.

For more information on this press release visit: http://www.releasewire.com/press-releases/harbor-lantern-software-adds-offline-mode-to-its-field-inspection-app-1598234.htm
#M external_id=1598234

#P Media Relations Contact
#+ Marisol Ortega-Reed
#+ Product Director
#+ Harbor Lantern Software
#+ Telephone: 253-555-0142
#+ Email: Click to Email Marisol Ortega-Reed
#+ Web: https://www.harborlantern.example

#T Bright Anchor Pet Foods Opens Second Kitchen in Ohio
#M source_aliases+=Bright Anchor Pet Foods
#M dateline=Columbus, OH
#P Columbus, OH -- (ReleaseWire) -- 03/12/2026 -- Bright Anchor Pet Foods, a producer of refrigerated meals for dogs, has opened a second production kitchen in Columbus, doubling its capacity to 40 tons a week.

#P The company said the 18,000-square-foot site would employ 35 people by the end of the year and supply pet stores in six Midwestern states.

#P About Bright Anchor Pet Foods
#+ Founded in 2019, Bright Anchor Pet Foods makes fresh, gently cooked dog food from regional ingredients and sells through independent pet retailers.

For more information on this press release visit: http://www.releasewire.com/press-releases/bright-anchor-pet-foods-opens-second-kitchen-in-ohio-1598301.htm
#M external_id=1598301

#P Media Relations Contact
#+ Dale Whitfield
#+ Owner
#+ Bright Anchor Pet Foods
#+ Telephone: 614-555-0199
#+ Email: Click to Email Dale Whitfield
#+ Web: https://www.brightanchorpets.example

Categories: Pets, Manufacturing
Tags: dog food, Ohio, expansion

------------------------------------------------------------
#D source=Presswire
#D source_aliases=["Presswire", "PressWire", "presswire.com"]
presswire.com - news release distribution
#T Wessex Tidal Surveys wins contract to map Solent seabed for offshore cable route
#M source_aliases+=Wessex Tidal Surveys Ltd
Published: 12 March 2026 08:00 GMT | Sector: Energy, Marine
#M dateline=SOUTHAMPTON, UK
#P SOUTHAMPTON, UK, 12 March 2026 -- (Presswire) -- Wessex Tidal Surveys Ltd has been awarded a contract to carry out a geophysical survey of a 46-kilometre corridor in the Solent for a planned subsea power cable.

#P The work will use two survey vessels and an uncrewed surface craft, and is due to finish in July.

#P "It is one of the busiest stretches of water in Europe, so most of the planning is about working around ferries and yachts," said managing director Fiona Caldwell.

#P Notes to editors
#+ Wessex Tidal Surveys Ltd is an independent hydrographic and geophysical survey company based in Southampton, founded in 2011.

#P Press contact: Tom Ashby, tom.ashby@wessextidal.example, +44 23 8055 0170

ENDS
Presswire Ref: PW-2026-031287
#M external_id=PW-2026-031287
""")


def pr_globeprwire_prpoint():
    return parse("""
#D kind=press_release
#D published_date=2026-03-12
#D source=Globe PR Wire
#D source_aliases=["Globe PR Wire", "GlobePRWire", "globeprwire.com"]
Globe PR Wire  >  Technology  >  Press Release
#T Lotus Grid Analytics Launches Battery Health Platform for Southeast Asian Bus Fleets
#M source_aliases+=Lotus Grid Analytics
March 12, 2026 | Technology
#M dateline=SINGAPORE, March 12, 2026
#P SINGAPORE, March 12, 2026 /Globe PR Wire/ -- Lotus Grid Analytics, a Singapore-based energy software start-up, today launched a platform that predicts when batteries in electric buses will need replacing, using charging data collected at depots.

#P The company said pilots with two operators in Ho Chi Minh City and Jakarta had cut unplanned battery failures by 30 percent over nine months.

#P "Operators are buying electric buses faster than they are learning how to look after them," said co-founder and chief executive Arjun Rao Menon.
[Photo: Lotus Grid Analytics dashboard]
#C The Lotus Grid dashboard showing battery health for a depot of 120 buses.

#P About Lotus Grid Analytics
#+ Lotus Grid Analytics was founded in 2022 and develops data tools for electric fleet operators in Asia.

#P Media Contact
#+ Company Name: Lotus Grid Analytics Pte. Ltd.
#+ Contact Person: Wen Hui Tan
#+ Email: Send Email
#+ Country: Singapore
#+ Website: https://www.lotusgrid.example

Tags: electric buses, battery, Southeast Asia
Share: Facebook | X | LinkedIn

Globe PR Wire  >  Business  >  Press Release
#T Kampot Pepper Cooperative Signs First Direct Export Deal with Japanese Retailer
#M source_aliases+=Kampot Pepper Growers Cooperative
March 12, 2026 | Business
#M dateline=PHNOM PENH, Cambodia, March 12, 2026
#P PHNOM PENH, Cambodia, March 12, 2026 /Globe PR Wire/ -- The Kampot Pepper Growers Cooperative has signed its first direct export agreement with a Japanese supermarket chain, covering 18 tonnes of red and black pepper over two years.

#P Until now the cooperative sold most of its harvest through traders in Phnom Penh. Its chairman, Chea Sovann, said the deal would raise the price paid to its 210 member farms by about 12 percent.

#P Media Contact
#+ Company Name: Kampot Pepper Growers Cooperative
#+ Contact Person: Chea Sovann
#+ Email: Send Email
#+ Country: Cambodia

Tags: pepper, Cambodia, export, agriculture
Share: Facebook | X | LinkedIn

==========================================================
#D source=PRESS RELEASE POINT
#D source_aliases=["PRESS RELEASE POINT", "Press Release Point", "pressreleasepoint.com"]
Press Release Point - Free Press Release Distribution
Home » Travel
#T Alpine Lantern Tours Adds Rail Itineraries Through the Dolomites
#M source_aliases+=Alpine Lantern Tours
Submitted by alpinelantern on Thu, 03/12/2026 - 10:14
#P Alpine Lantern Tours, a small operator of guided walking holidays, has added three rail-based itineraries through the Dolomites for the summer 2026 season.

#P The new trips combine regional trains and buses with day hikes, avoiding private cars altogether. Groups are limited to twelve guests.

#P "Our guests kept asking whether they could do the mountains without driving. Now they can," said founder Luca Brunner-Fait.

#P Contact Information:
#+ Luca Brunner-Fait
#+ Alpine Lantern Tours
#+ Bolzano, Italy
#+ info@alpinelantern.example

Tags: travel, rail, Dolomites, hiking
Log in or register to post comments
""")


def pr_thenewswire_king():
    return parse("""
#D kind=press_release
#D published_date=2026-03-12
#D source=TheNewswire
#D source_aliases=["TheNewswire", "The Newswire", "thenewswire.com"]
TheNewswire - Press Releases
#T Northern Cairn Metals Reports Drill Results From Birch Lake Copper Project
#M source_aliases+=Northern Cairn Metals Corp.
#M dateline=Vancouver, British Columbia
#P Vancouver, British Columbia – TheNewswire - March 12, 2026 – Northern Cairn Metals Corp. (TSXV: NCMX) ("Northern Cairn" or the "Company") is pleased to report results from the first four holes of its winter drill program at the Birch Lake copper project in northern Manitoba.

#P Highlights include 24.0 metres grading 1.12% copper from 88 metres depth in hole BL-26-03. All four holes intersected mineralization.

#P "These results extend the system 300 metres to the east of the historical drilling," said Kathleen Moreau, President and CEO.

#P Qualified Person
#+ The technical content of this news release has been reviewed and approved by Daniel Okafor, P.Geo., a Qualified Person as defined by National Instrument 43-101.

#P About Northern Cairn Metals Corp.
#+ Northern Cairn Metals is a Vancouver-based exploration company focused on copper projects in Manitoba and Saskatchewan.

#P For further information, please contact:
#+ Kathleen Moreau, President and CEO
#+ Tel: 604-555-0188
#+ Email: info@northerncairn.example

#P Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.

Copyright (c) 2026 TheNewswire - All rights reserved.

#T Pacific Fern Biologics Closes Private Placement
#M source_aliases+=Pacific Fern Biologics Inc.
#M dateline=Victoria, British Columbia
#P Victoria, British Columbia – TheNewswire - March 12, 2026 – Pacific Fern Biologics Inc. (CSE: PFB) (the "Company") announces that it has closed its previously announced non-brokered private placement for gross proceeds of C$1,450,000.

#P The Company intends to use the proceeds for pre-clinical studies of its seaweed-derived wound dressing and for general working capital.

#P Forward-Looking Statements
#+ This news release contains forward-looking statements. Actual results may differ materially from those expressed or implied, and readers should not place undue reliance on them.

#P For further information: Harjit Sandhu, CFO, 250-555-0107

Copyright (c) 2026 TheNewswire - All rights reserved.

=============================================================
#D source=King Newswire
#D source_aliases=["King Newswire", "KNN", "King News Wire"]
King Newswire | Home | Business | Technology | Submit Press Release
#T Sahara Leaf Launches Hydroponic Herb Farm in Dubai Industrial City
#M source_aliases+=Sahara Leaf Farms
Sahara Leaf has started commercial production of basil, mint and coriander in a 4,000-square-metre indoor farm.
#M dateline=Dubai, United Arab Emirates, 12th Mar 2026
#P Dubai, United Arab Emirates, 12th Mar 2026, King Newswire, Sahara Leaf Farms, a UAE-based agritech company, has opened a hydroponic herb farm in Dubai Industrial City that will supply hotels and supermarkets across the emirates.

#P The farm uses 90 percent less water than open-field growing and can harvest every 21 days, said managing director Rania Haddad.

#P Media Contact
#+ Organization: Sahara Leaf Farms
#+ Contact Person: Rania Haddad
#+ Website: https://www.saharaleaf.example
#+ Email: Send Email
#+ City: Dubai
#+ Country: United Arab Emirates

Disclaimer: The views, suggestions, and opinions expressed here are the sole responsibility of the experts. No King Newswire journalist was involved in the writing and production of this article.
Release ID: 891244
#M external_id=891244
""")
