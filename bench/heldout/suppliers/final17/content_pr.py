"""Press-release dumps of corpus final17 (all release text invented; issuers are fictional, with .example sites).

Each function returns (dump text, gold articles) from a template in the shared markup (markup.py)."""
from markup import parse


def pr_ama_prnigeria():
    """Two African Media Agency distribution e-mails and a PRNigeria release page saved as text."""
    return parse(r'''
#D kind=press_release
#D published_date=2026-12-05
#D source=African Media Agency
#D source_aliases=["African Media Agency", "AMA", "African Media Agency (AMA)"]
From: AMA Newsroom <newsroom@africanmediaagency.com>
To: business.desk@newsroom.example
Date: Sat, 5 Dec 2026 08:05:13 +0200
Subject: [AMA] Zambian solar irrigation start-up raises USD 14 million to expand into Malawi

African Media Agency (AMA) | Press Release | For immediate release
----------------------------------------------------------------------

#T Zambian solar irrigation start-up raises USD 14 million to expand into Malawi
#M source_aliases+=Mwezi Pumps
#M dateline=LUSAKA, Zambia, December 5, 2026
The Series B round, led by a pan-African climate fund, will bring pay-as-you-go pumps to 9,000 more smallholder farms

#P LUSAKA, Zambia, December 5, 2026,-/African Media Agency (AMA)/- Mwezi Pumps (www.MweziPumps.example), a Lusaka-based provider of pay-as-you-go solar irrigation systems, today announced that it has raised USD 14 million in a Series B round led by the Savanna Climate Growth Fund, with participation from two development finance institutions.

#P The company will use the funding to open operations in Malawi's Central and Southern regions in the first half of 2027 and to add 9,000 smallholder farmers to its network, which currently serves 21,500 farms in Zambia's Central, Eastern and Southern provinces.

#P Mwezi's pumps allow farmers to irrigate up to two hectares from shallow wells or streams, paying in weekly instalments by mobile money over 24 months. The company says customers have on average tripled their dry-season vegetable sales.

#P "Rain-fed farming is a gamble that gets worse every year," said Natasha Mwale-Banda, co-founder and chief executive of Mwezi Pumps. "Our farmers don't want aid. They want a pump that works and a fair way to pay for it."

#P "Mwezi has shown that asset financing for smallholders can be both commercial and resilient," said Joseph Okoth-Adera, partner at the Savanna Climate Growth Fund.

#P About Mwezi Pumps
#+ Founded in 2019, Mwezi Pumps designs, finances and services solar-powered irrigation for smallholder farmers in Southern Africa. The company employs 310 people, 40% of them women, and has offices in Lusaka, Chipata and Choma.

#P Media contact:
#+ Chanda Mulenga
#+ Communications Manager, Mwezi Pumps
#+ press@MweziPumps.example
#+ +260 97 000 1482

Distributed by African Media Agency (AMA) on behalf of Mwezi Pumps.

----------------------------------------------------------------------
You are receiving this e-mail because you are registered with AMA as a
member of the media. Update your preferences | Unsubscribe

From: AMA Newsroom <newsroom@africanmediaagency.com>
To: business.desk@newsroom.example
Date: Fri, 4 Dec 2026 15:40:02 +0200
Subject: [AMA] Ghanaian cocoa co-operative union adopts digital traceability ahead of EU deadline

African Media Agency (AMA) | Press Release | For immediate release
----------------------------------------------------------------------

#T Ghanaian cocoa co-operative union adopts digital traceability ahead of EU deadline
#M source_aliases+=Asante Gold Cocoa Farmers Union
#M dateline=ACCRA, Ghana, December 4, 2026
#M published_date=2026-12-04

#P ACCRA, Ghana, December 4, 2026,-/African Media Agency (AMA)/- The Asante Gold Cocoa Farmers Union, which groups 64 co-operatives in the Ashanti and Western North regions, has completed the mapping of 38,000 cocoa farms and will issue digital traceability records with every bag it sells from the 2026/27 main crop.

#P The union worked with Accra-based software firm LedgerLeaf (www.LedgerLeaf.example) to record the boundaries of each farm with GPS and satellite imagery, so that buyers can show that the cocoa was not grown on land deforested after December 2020.

#P "Our members were worried that the new European rules would shut small farmers out of the market," said Nana Akua Boateng, president of the union. "Now every farmer has a map, and every bag has a record."

#P The union expects to sell about 42,000 tonnes of cocoa this season.

#P About the Asante Gold Cocoa Farmers Union
#+ The Asante Gold Cocoa Farmers Union is a farmer-owned union of 64 cocoa co-operatives representing more than 41,000 members in Ghana.

#P For more information, contact: Kwabena Osei-Tutu, kosei@AsanteGoldCocoa.example

Distributed by African Media Agency (AMA) on behalf of Asante Gold Cocoa Farmers Union.

----------------------------------------------------------------------
You are receiving this e-mail because you are registered with AMA as a
member of the media. Update your preferences | Unsubscribe

======================================================================
Saved page: https://prnigeria.com/2026/12/05/lagos-cold-chain-hub-kano-tomato/
======================================================================
#D source=PRNigeria
#D source_aliases=["PRNigeria", "PR Nigeria", "PRNigeria.com"]
PRNigeria
Home | News | Press Release | Security | Economy | Interviews | Events | Contact Us
You are here: Home » Press Release
#T Lagos logistics firm opens cold-chain hub to cut tomato losses on Kano corridor
#M source_aliases+=Tundra Cold Logistics
December 5, 2026  |  PRNigeria  |  Press Release
#P Tundra Cold Logistics Limited has opened a solar-powered cold-storage hub at Kura in Kano State, the first of four facilities the company plans along the Kano-Lagos produce corridor by 2028.
#P The hub can hold up to 600 tonnes of fresh produce at a time and will let farmers and traders store tomatoes, peppers and onions for up to three weeks before sending them south in refrigerated trucks.
#P Industry groups estimate that close to half of the tomatoes grown in the northern states are lost between farm and market.
#P Speaking at the opening on Friday, the Managing Director of Tundra Cold Logistics, Mrs. Halima Bello-Ogunleye, said the company would charge farmers per crate per day, "so that even a woman with ten baskets can use the facility."
#P The Kano State Commissioner for Agriculture, represented by a director in the ministry, Alhaji Sani Dauda, commended the company and urged other investors to look at agro-processing in the state.
#P About Tundra Cold Logistics
#+ Tundra Cold Logistics Limited is a Lagos-based provider of cold storage and refrigerated transport for agricultural produce, pharmaceuticals and fast-moving consumer goods. www.TundraCold.example
Share this: Facebook | X | WhatsApp | LinkedIn | Email
Tags: Agriculture, Cold Chain, Kano, Post-Harvest Losses
(c) 2026 PRNigeria. All rights reserved. Powered by Image Merchants Promotion Limited.
''')


def pr_hispanic_black_prwire_alerts():
    """Three distributor alert e-mails printed from a mail client: Hispanic PR Wire x2, Black PR Wire."""
    return parse(r'''
#D kind=press_release
#D published_date=2026-12-05
#D source=Hispanic PR Wire
#D source_aliases=["Hispanic PR Wire", "HPRW", "HispanicPRWire"]
Community Desk - Printed 12/5/2026 11:48 AM
Folder: Inbox/Distributors      3 messages

______________________________________________________________________________
Subject:  HPRW Alert: Puerto Rico credit union network launches disaster-savings accounts
From:     Hispanic PR Wire <alerts@hispanicprwire.com>
Date:     Saturday, December 5, 2026 9:00 AM
To:       Community Desk

HISPANIC PR WIRE  |  Noticias / News  |  Newsroom Alert
#T Puerto Rico credit union network launches bilingual disaster-savings accounts
#M source_aliases+=Red Cooperativa Boricua
#M dateline=SAN JUAN, Puerto Rico, Dec. 5, 2026

#P SAN JUAN, Puerto Rico, Dec. 5, 2026 /Hispanic PR Wire/ -- Red Cooperativa Boricua, a network of 27 credit unions across Puerto Rico, today launched Cuenta Resiliencia, a savings account designed to help families set aside money for hurricanes, earthquakes and other emergencies.

#P Members can open the account with $5 and will earn a bonus of up to $50 a year for making regular deposits. Funds can be withdrawn without penalty whenever the governor declares a state of emergency.

#P "After Fiona and María, we saw families lose everything because they had no cushion at all," said Marisol Irizarry Colón, president of Red Cooperativa Boricua. "This account is simple, it is in Spanish and English, and it stays in the community."

#P The account is available at all member credit unions and through the network's mobile app starting today.

#P About Red Cooperativa Boricua
#+ Red Cooperativa Boricua is an association of 27 member-owned credit unions serving more than 310,000 members in Puerto Rico. For more information, visit www.RedBoricua.example.

#P CONTACT: Gabriel Negrón, 787-000-4410, prensa@RedBoricua.example

SOURCE Red Cooperativa Boricua

______________________________________________________________________________
Subject:  HPRW Alert: Houston nonprofit expands free tax clinics for Spanish-speaking families
From:     Hispanic PR Wire <alerts@hispanicprwire.com>
Date:     Friday, December 4, 2026 2:15 PM
To:       Community Desk

HISPANIC PR WIRE  |  Noticias / News  |  Newsroom Alert
#T Houston nonprofit expands free tax clinics for Spanish-speaking families
#M source_aliases+=Puentes Financieros
#M dateline=HOUSTON, Dec. 4, 2026
#M published_date=2026-12-04

#P HOUSTON, Dec. 4, 2026 /Hispanic PR Wire/ -- Puentes Financieros, a Houston nonprofit that offers financial education in Spanish, will run free tax-preparation clinics at 14 locations across Harris and Fort Bend counties during the 2027 filing season, up from six this year.

#P The clinics, staffed by IRS-certified volunteers, will serve households earning up to $67,000 a year and help them claim credits such as the Earned Income Tax Credit and the Child Tax Credit.

#P "Too many families pay a storefront preparer $300 to file a simple return," said executive director Andrés Villarreal. "That money should stay in their pockets."

#P Puentes Financieros is recruiting 200 bilingual volunteers, who will receive free training in January.

#P Media Contact:
#+ Paola Treviño
#+ Puentes Financieros
#+ 713-000-2291
#+ ptrevino@PuentesFinancieros.example

SOURCE Puentes Financieros

______________________________________________________________________________
Subject:  BPRW: Atlanta HBCU alumni fund commits $2.5 million to Black-owned grocery co-ops
From:     Black PR Wire <newsroom@blackprwire.com>
Date:     Saturday, December 5, 2026 10:30 AM
To:       Community Desk

BLACK PR WIRE  -  Newsroom
#D source=Black PR Wire
#D source_aliases=["Black PR Wire", "BPRW", "BlackPRWire"]
#T HBCU alumni fund commits $2.5 million to Black-owned grocery co-ops in the South
#M source_aliases+=Legacy Table Fund
#M dateline=ATLANTA, Dec. 5, 2026

#P ATLANTA, Dec. 5, 2026 /Black PR Wire/ -- The Legacy Table Fund, an impact investment fund backed by alumni of historically Black colleges and universities, today announced $2.5 million in low-interest loans and grants for five Black-owned grocery cooperatives in Georgia, Alabama and Mississippi.

#P The cooperatives, in neighborhoods and rural towns where the nearest supermarket is more than 10 miles away, will use the money to buy refrigeration, open delivery services and expand fresh produce sections.

#P "Food deserts are not an accident, and they will not close by accident either," said Dr. Evelyn Marsh-Whitaker, managing partner of the Legacy Table Fund. "These co-ops are owned by the people who shop there."

#P The first loans will be disbursed in January 2027.

#P About the Legacy Table Fund
#+ The Legacy Table Fund invests in community-owned businesses that improve access to healthy food in the American South. Learn more at www.LegacyTableFund.example.

#P Media Contact: Jerome Battle, jbattle@LegacyTableFund.example, 404-000-7712

SOURCE Legacy Table Fund

______________________________________________________________________________
''')


def pr_feature_syndicates():
    """Ready-to-print feature releases downloaded from three syndicates (StatePoint Media, Family Features,
    NewsUSA), each with its download header; saved one after another in one text file."""
    return parse(r'''
#D kind=press_release
#D published_date=2026-12-05
#D source=StatePoint Media
#D source_aliases=["StatePoint Media", "StatePoint"]
==== StatePoint Media | Article download ====
Category: Personal Finance   Words: 398   Release date: 12/05/2026   Format: plain text
Free for editorial use. Please retain the (StatePoint) credit and photo credit.

#T Three Year-End Money Moves to Make Before the Holidays
#M source_aliases+=Financial Wellness Alliance

#P (StatePoint) The final weeks of the year are busy, but they are also the last chance to take care of a few money tasks that can save you hundreds of dollars come tax time.

#P First, check your retirement contributions. If your employer offers a 401(k) match and you have not contributed enough to receive all of it, ask your payroll office whether one more paycheck can be adjusted before Dec. 31.

#P Second, review your flexible spending account. Many plans let you carry over only a small amount, so use the balance for eyeglasses, prescriptions or a dental visit before it expires.

#P Third, look at your credit card statements. "The holidays are when small balances quietly become big ones," says Renata Olsen, a certified financial planner with the Financial Wellness Alliance. "Set a spending limit now and pay the card down in January before interest adds up."

#P For free worksheets and a year-end checklist, visit FinancialWellnessAlliance.example.

#C Photo Credit: (c) Halyna Ostrova / iStock via Getty Images Plus

==== Family Features | Editorial syndicate ====
Food & Entertaining | Holiday | 412 words | 2 photos | Posted 12/05/2026
Content is free to use with the (Family Features) credit and SOURCE line.

#D source=Family Features
#D source_aliases=["Family Features", "Family Features Editorial Syndicate"]
#T Build a Holiday Brunch Board Around Winter Citrus
#M source_aliases+=Sun Coast Citrus Growers

#P (Family Features) When the holidays fill your home with guests, a brunch board lets everyone serve themselves while you enjoy the company. Building it around bright winter citrus adds color and freshness to a table full of rich holiday food.

#P Start with a base of sliced oranges, grapefruit and mandarins, then add yogurt, granola, soft cheeses and a few baked goods. Leave room for a warm dish, such as this easy ricotta toast.

#C Photo courtesy of Shutterstock

#P Citrus Ricotta Toast
#P Servings: 6
#P Ingredients:
#P 6 slices thick-cut country bread
#P 1 cup whole-milk ricotta
#P 2 tablespoons honey
#P 1 teaspoon grated orange zest
#P 2 oranges, peeled and sliced into rounds
#P Directions:
#P Toast bread until golden. Stir ricotta, honey and orange zest in a small bowl.
#P Spread ricotta mixture on each slice and top with orange rounds. Drizzle with additional honey, if desired.

#P Find more winter recipes at SunCoastCitrus.example.

SOURCE:
Sun Coast Citrus Growers

==== NewsUSA | Free content ====
Home & Garden | 356 words | Photo included | Available 12/05/2026

#D source=NewsUSA
#D source_aliases=["NewsUSA", "News USA"]
#T Why Winter Is the Right Time to Test Your Home for Radon
#M source_aliases+=Radon Safe Homes Council

#P (NewsUSA) - With windows closed and furnaces running, winter is when radon, an invisible radioactive gas that seeps up from the soil, is most likely to build up inside homes.

#P Radon has no smell or color, so the only way to know the level in your home is to test. Short-term test kits cost less than $30 at hardware stores, and results usually come back from the lab within a week.

#P "People test for carbon monoxide but forget about radon, which is a leading cause of lung cancer among nonsmokers," says Thomas Adeyemi, executive director of the Radon Safe Homes Council.

#P If a test shows a high level, a certified contractor can install a mitigation system, typically a vent pipe and fan, in about a day.

#P To find a certified tester near you, visit RadonSafeHomes.example.

#C Photo courtesy of Getty Images
''')


def pr_gamespress_hospitalitynet():
    """Two Games Press release pages and one Hospitality Net press-release page, saved as text by a reader."""
    return parse(r'''
#D kind=press_release
#D published_date=2026-12-05
#D source=Games Press
#D source_aliases=["Games Press", "GamesPress", "gamespress.com"]
>>> https://www.gamespress.com/en-GB/HARBOURLINE-LAUNCHES-4-FEBRUARY-2027-FREE-PROLOGUE
GAMES PRESS
Press releases, screenshots and assets for the games media
News | Games | Companies | Calendar | Assets | Log in
-----------------------------------------------------------------------
Published by: Northlight Foundry Ltd          05/12/2026 09:00 GMT
Platforms: PC, PlayStation 5, Xbox Series X|S
Genre: Adventure
#T Harbourline launches on 4 February 2027 with a free prologue out today
#M source_aliases+=Northlight Foundry
#M dateline=Manchester, UK – 5 December 2026
#P Manchester, UK – 5 December 2026 – Independent studio Northlight Foundry today announced that Harbourline, its narrative adventure set in a flooded northern port town, will launch on PC, PlayStation 5 and Xbox Series X|S on 4 February 2027.
#P A free prologue, The Night Ferry, is available from today on all three platforms. Progress made in the prologue carries over to the full game.
#P In Harbourline, players take the role of Mae Corrigan, a harbour pilot who returns home after twenty years to find the town half under water and its residents divided over whether to leave.
#P "We wanted to make a game about staying put," said Rhiannon Kettle, creative director at Northlight Foundry. "Everyone in the town has a reason to go and a reason to stay, and the player hears all of them."
#P Harbourline will cost £19.99 / $24.99 / €22.99. Pre-orders open today with a 10% discount until launch.
#P About Northlight Foundry
#+ Northlight Foundry is a 14-person independent studio based in Manchester, founded in 2019 by former developers from the city's mobile games scene. Harbourline is its second game.
#P Press contact: Sam Oduya, press@NorthlightFoundry.example
Attachments: Screenshots (8) | Key art (2) | Logo pack | Trailer (YouTube)
Tags: Release date, Demo, Indie
-----------------------------------------------------------------------

>>> https://www.gamespress.com/en-GB/KLANGWERK-GAMES-OPENS-MONTREAL-STUDIO
GAMES PRESS
Press releases, screenshots and assets for the games media
News | Games | Companies | Calendar | Assets | Log in
-----------------------------------------------------------------------
Published by: Klangwerk Games GmbH          04/12/2026 14:30 GMT
Genre: Corporate
#T Klangwerk Games opens Montreal studio and hires 40 for rhythm-game sequel
#M source_aliases+=Klangwerk Games
#M dateline=Berlin, 4 December 2026
#M published_date=2026-12-04
#P Berlin, 4 December 2026 – Klangwerk Games, the Berlin developer of the rhythm game Pulsefall, today announced the opening of a second studio in Montreal, Canada, which will employ 40 people by the end of 2027 and lead development of the sequel.
#P The Montreal team will be headed by studio director Élodie Marchand-Roy, who joins from a large Quebec publisher where she produced three music titles.
#P "Montreal has the talent, the music scene and the tax credits," said Klangwerk chief executive Till Oberländer. "Pulsefall sold more than 1.2 million copies, and we want the sequel to be bigger in every way."
#P About Klangwerk Games
#+ Klangwerk Games GmbH was founded in Berlin in 2016 and employs 65 people. Its games have been released on PC, consoles and mobile.
#P Press contact: presse@Klangwerk.example
Attachments: Studio photos (4) | Logo pack
Tags: Corporate, Studio opening, Hiring
-----------------------------------------------------------------------

>>> https://www.hospitalitynet.org/news/4131877.html
#D source=Hospitality Net
#D source_aliases=["Hospitality Net", "Hospitalitynet", "hospitalitynet.org"]
Hospitality Net
World Hospitality News | Opinion | Video | Jobs | Events | Suppliers
News > Openings
Press Release
#T Lisbon riverside hotel opens with 140 rooms in restored cork warehouse
#M source_aliases+=Casa do Cais Hotels
#M external_id=4131877
#M dateline=Lisbon, Portugal
Casa do Cais Hotels | 5 December 2026
#P Lisbon, Portugal – Casa do Cais Hotels today opened its first property, a 140-room hotel in a restored 19th-century cork warehouse on the Tagus riverfront in the Beato district.
#P The hotel keeps the warehouse's brick vaults and iron columns, which frame a restaurant, a cork-craft gallery and a rooftop terrace looking across the river to Montijo.
#P "Beato was the industrial heart of eastern Lisbon. We wanted a hotel that remembers that," said Inês Valadares, founder and chief executive of Casa do Cais Hotels.
#P The group plans two further openings, in Porto and Setúbal, by 2029.
#P About Casa do Cais Hotels
#+ Casa do Cais Hotels is a Lisbon-based hotel group that converts historic industrial buildings into hotels. www.CasaDoCais.example
#P Contact
#+ Marta Leitão
#+ Communications Manager
#+ press@CasaDoCais.example
View source
Related News
#RT Porto hotel pipeline reaches record 3,100 rooms as conversions rise
#RT Portugal hotel revenue per room up 7% in October, data shows
#RT Madrid warehouse conversion to open as 90-room lifestyle hotel in 2027
Hospitality Net is a registered trademark. (c) 1995-2026 Hospitality Net BV. All rights reserved.
''')
