"""final20 press-release dumps (all text invented; issuers use .example domains)."""
from markup import parse


def pr_travel_trade_saved_pages():
    return parse(r"""
### Save Page as Text (browser extension) - 3 pages - 05/12/2026 09:14

>>> https://travelprnews.com/casa-alfama-hotels-opens-riverside-property-in-lisbon-2026120512/
>>> saved 2026-12-05 09:11:52

Travel PR News
Home | Hotels | Destinations | Airlines | Cruises | Submit a press release
(HOSTED NEWS)
#D kind=press_release
#D source=Travel PR News
#D source_aliases=["Travel PR News", "travelprnews.com"]
#D published_date=2026-12-05
#T Casa Alfama Hotels Opens Riverside Property in Lisbon's Marvila District
#M dateline=LISBON, 5-Dec-2026
#M source_aliases+=Casa Alfama Hotels
(IN SHORT) Casa Alfama Hotels has opened a 64-room hotel in a converted wine warehouse in Marvila, Lisbon, with a rooftop bar and a small museum of the building's history.
#P (PRESS RELEASE) LISBON, 5-Dec-2026 — /Travel PR News/ — Casa Alfama Hotels today opened Armazém Tejo, a 64-room hotel in a restored nineteenth-century wine warehouse on the Marvila riverfront, the group's fourth property in Lisbon.
#P The building's original stone vaults have been kept in the lobby and restaurant, and a ground-floor gallery displays barrels, ledgers and photographs donated by former workers' families.
#P "Marvila has become one of the most creative parts of the city, and we wanted a hotel that belongs to the neighbourhood," said Inês Calado, chief executive of Casa Alfama Hotels.
#P Opening rates start at €165 per night including breakfast.
#P About Casa Alfama Hotels
#+ Casa Alfama Hotels is a Portuguese group operating independent city hotels in Lisbon and Porto. For more information visit www.casaalfama.example.
#P Media contact: Rita Monteiro, press@casaalfama.example, +351 210 000 114
Tags: Hotels, Lisbon, Portugal, Openings
Share: Facebook | X | LinkedIn | Email

>>> https://www.breakingtravelnews.com/news/article/jamaica-blue-mountain-trail-centre-unveils-canopy-walk/
>>> saved 2026-12-05 09:12:40

Breaking Travel News
News | Hotel News | Tourism News | Aviation | Awards | Events
#D source=Breaking Travel News
#D source_aliases=["Breaking Travel News", "BTN", "breakingtravelnews.com"]
#T Blue Mountain Trail Centre unveils canopy walk above coffee estates
#M dateline=null
#M source_aliases+=Blue Mountain Trail Centre
5 December 2026 | Tourism News | Caribbean
#C The new canopy walk at Blue Mountain Trail Centre, Jamaica
#P The Blue Mountain Trail Centre in eastern Jamaica has opened a 420-metre canopy walk that carries visitors above the treeline of two working coffee estates.
#P The walkway, built with timber certified by the Forest Stewardship Council, rises to 28 metres at its highest point and ends at a viewing platform facing the Port Royal Mountains.
#P Guided tours include a tasting of estate coffee at the centre's visitor lodge near Hardwar Gap.
#P “This gives visitors a reason to stay in the Blue Mountains for a whole day rather than passing through,” said general manager Desmond Lawrence.
#P About Blue Mountain Trail Centre
#+ The Blue Mountain Trail Centre is a privately run eco-tourism centre in St Andrew, Jamaica. www.bluemountaintrail.example
More Tourism News
Breaking Travel News | © 2026 All rights reserved

>>> https://eturbonews.com/seoul-winter-travel-fair-adds-hall-for-independent-tour-operators/
>>> saved 2026-12-05 09:13:58

eTurboNews | eTN
Breaking Travel News | Associations | Destination News | Meetings | Press Releases
#D source=eTurboNews
#D source_aliases=["eTurboNews", "eTN", "eturbonews.com"]
#T Seoul Winter Travel Fair Adds Hall for Independent Tour Operators
#M dateline=SEOUL, South Korea, December 5, 2026
#M source_aliases+=Hanbit Exhibitions
Written by Editor
Dec 5, 2026
#P SEOUL, South Korea, December 5, 2026 – Hanbit Exhibitions, organiser of the Seoul Winter Travel Fair, has added a third exhibition hall for independent and small tour operators at COEX for the fair's 2027 edition, to be held from 21 to 24 January.
#P More than 180 independent operators from Korea, Japan, Taiwan and Vietnam have registered for the new hall, which will offer stands at a reduced rate for companies with fewer than 20 employees.
#P “Small operators are where new itineraries come from,” said Park Ji-hoon, director of Hanbit Exhibitions.
#P Press contact: Kim Soo-ah, media@hanbitexpo.example
Press release
Click here to submit news on developing situations.
Read More: Latest Press Releases
""")


def pr_fashion_caribbean_alerts():
    return parse(r"""
======================================================================
Subject: [FashionUnited] Press release: Amsterdam denim school launches repair apprenticeship
From: FashionUnited Press Releases <pressreleases@fashionunited.com>
Date: Fri, 04 Dec 2026 15:20:07 +0100
To: editors@noordzee-media.example
======================================================================

FashionUnited | Press release
#D kind=press_release
#D source=FashionUnited
#D source_aliases=["FashionUnited", "FashionUnited.com", "fashionunited.com"]
#D published_date=2026-12-04
#T Amsterdam denim school launches repair apprenticeship with three brands
#M dateline=AMSTERDAM, 4 December 2026
#M source_aliases+=Indigo Academy Amsterdam
#P AMSTERDAM, 4 December 2026 – Indigo Academy Amsterdam today announced a one-year repair apprenticeship, developed with three European denim brands, that will train 24 students to restore and alter jeans in shop-floor workshops from February 2027.
#P The apprentices will spend three days a week in stores in Amsterdam, Antwerp and Milan and two days at the academy in Amsterdam-Noord.
#P "Repair has become a service customers expect, and there are not enough people who know how to do it well," said academy director Femke Verhagen.
#P About Indigo Academy Amsterdam
#+ Indigo Academy Amsterdam is an independent training institute for denim design, production and repair, founded in 2015. www.indigoacademy.example
#P Press contact: Joris de Wit, pers@indigoacademy.example, +31 20 000 4471
This press release was submitted by Indigo Academy Amsterdam. FashionUnited is not responsible for its content.
View original: fashionunited.com/press/education/amsterdam-denim-school-launches-repair-apprenticeship

======================================================================
Subject: CaribPR Wire: Barbados credit union unveils mobile lending app
From: CaribPR Wire <alerts@caribprwire.com>
Date: Sat, 05 Dec 2026 08:02:33 -0400
To: editors@noordzee-media.example
======================================================================

CaribPR Wire - Caribbean news releases
#D source=CaribPR Wire
#D source_aliases=["CaribPR Wire", "CaribPRWire", "caribprwire.com"]
#D published_date=2026-12-05
#T Barbados Credit Union Unveils Mobile Lending App for Small Farmers
#M dateline=BRIDGETOWN, Barbados, Dec. 5, 2026
#M source_aliases+=Coral Reef Co-operative Credit Union
#P BRIDGETOWN, Barbados, Dec. 5, 2026 /CaribPR Wire/ -- Coral Reef Co-operative Credit Union today launched FarmFlow, a mobile application that lets members who farm apply for seasonal loans of up to BBD 25,000 and receive a decision within two working days.
#P The app was piloted with 140 farmers in St. Philip and St. John over the past year. Loans can be repaid in instalments timed to harvests.
#P "Farmers told us the paperwork was the problem, not the interest rate," said chief executive Marcia Greaves.
#P About Coral Reef Co-operative Credit Union
#+ Coral Reef Co-operative Credit Union serves more than 38,000 members across Barbados. www.coralreefcu.example
#P CONTACT: Andre Forde, communications@coralreefcu.example, (246) 555-0142
SOURCE Coral Reef Co-operative Credit Union
View original content: caribprwire.com/news/barbados-credit-union-unveils-mobile-lending-app

======================================================================
Subject: CaribPR Wire: Trinidad festival adds steelpan academy to 2027 programme
From: CaribPR Wire <alerts@caribprwire.com>
Date: Sat, 05 Dec 2026 08:04:10 -0400
To: editors@noordzee-media.example
======================================================================

CaribPR Wire - Caribbean news releases
#T Trinidad Arts Festival Adds Steelpan Academy to 2027 Programme
#M dateline=PORT OF SPAIN, Trinidad and Tobago, Dec. 5, 2026
#M source_aliases+=Savannah Arts Foundation
#P PORT OF SPAIN, Trinidad and Tobago, Dec. 5, 2026 /CaribPR Wire/ -- The Savannah Arts Foundation today announced that its 2027 festival will include a two-week steelpan academy for 60 young players from across the Caribbean, taught by arrangers from five leading bands.
#P The academy will run from 1 to 14 February at venues around the Queen's Park Savannah and end with a public concert.
#P Applications open on 7 December and close on 8 January. Places are free, and travel grants are available for players from other islands.
#P About Savannah Arts Foundation
#+ The Savannah Arts Foundation is a non-profit organisation that promotes the performing arts of Trinidad and Tobago. www.savannaharts.example
#P CONTACT: Kerry-Ann Baptiste, info@savannaharts.example
SOURCE Savannah Arts Foundation
View original content: caribprwire.com/news/trinidad-festival-adds-steelpan-academy
======================================================================
""")
