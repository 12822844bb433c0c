"""Press-release-distributor dumps of final13 (all text invented; companies fictional, with
.example domains; dated Friday 4 December 2026)."""
from markup import parse


def pr_stockwatch():
    """Stockwatch full-text news view saved as text: company/symbol block, shares and close, date
    line, "Mr./Ms. NAME reports", the release's own title in capitals, no dateline in the lede;
    items separated by a rule."""
    return parse("""
Stockwatch
Home | News | Quotes | Charts | Markets | Portfolio | Sign In
News - Today's releases (full text) - Friday December 04 2026

Northvale Copper Corp (V:NVC)
Shares Issued 84,120,556
Last Close 12/3/2026 $0.42
Friday December 04 2026 - News Release

Mr. Daniel Kerrigan reports

#D kind=press_release
#D source=Stockwatch
#D source_aliases=["Stockwatch", "stockwatch.com"]
#D published_date=2026-12-04
#T NORTHVALE COPPER INTERSECTS 212 METRES OF 0.61% CU AT HALLIDAY
#M source_aliases+=Northvale Copper Corp.

#P Northvale Copper Corp. has received assay results from the first three holes of its fall drill program at the Halliday copper-gold project, 45 kilometres northwest of Smithers, B.C. Hole HD26-014 intersected 212 metres grading 0.61 per cent copper and 0.18 gram per tonne gold from a depth of 38 metres, including 64 metres of 0.92 per cent copper.

#P "Hole 14 extends the mineralized envelope 150 metres to the south of anything we had drilled before, and it is still open," said Daniel Kerrigan, president and chief executive officer. "We have two rigs turning and expect to complete 4,500 metres before the snow closes the access road."

#P Holes HD26-015 and HD26-016 were drilled from the same pad at different azimuths and returned 96 metres of 0.44 per cent copper and 71 metres of 0.39 per cent copper respectively. True widths are estimated at 70 to 85 per cent of the reported lengths.

#P Core was logged and sampled at the company's facility in Smithers and analyzed by an independent accredited laboratory. Blanks, duplicates and certified reference materials were inserted into the sample stream at a rate of one in 10.

#P Dr. Helen Marchetti, PGeo, vice-president, exploration, is the qualified person under National Instrument 43-101 who reviewed and approved the technical content of this news release.

#P About Northvale Copper Corp.

#P Northvale is a Vancouver-based explorer focused on porphyry copper-gold targets in central British Columbia. The company holds a 100-per-cent interest in the Halliday and Tenmile projects.

#P We seek Safe Harbor.

------------------------------------------------------------

Larchmont Energy Services Ltd (T:LES)
Shares Issued 41,806,210
Last Close 12/3/2026 $7.86
Friday December 04 2026 - News Release

Ms. Aileen Corcoran reports

#T LARCHMONT ENERGY SERVICES DECLARES QUARTERLY DIVIDEND OF 11 CENTS
#M source_aliases+=Larchmont Energy Services Ltd.

#P The board of directors of Larchmont Energy Services Ltd. has declared a quarterly cash dividend of 11 cents per common share, payable on Jan. 15, 2027, to shareholders of record at the close of business on Dec. 31, 2026. The dividend is designated as an eligible dividend for Canadian income tax purposes.

#P The dividend is unchanged from the previous quarter. Larchmont has paid a dividend every quarter since its initial public offering in 2014.

#P For further information:
#+ Aileen Corcoran, Chief Financial Officer
#+ Telephone: 403-555-0142
#+ E-mail: investors@larchmontenergy.example

------------------------------------------------------------

Quillfeather Software Inc (C:QFS)
Shares Issued 22,415,000
Last Close 12/3/2026 $0.31
Friday December 04 2026 - News Release

Mr. Tobias Renwick reports

#T QUILLFEATHER CLOSES $1.8-MILLION PRIVATE PLACEMENT
#M source_aliases+=Quillfeather Software Inc.

#P Quillfeather Software Inc. has closed its non-brokered private placement announced on Nov. 12, 2026, issuing 6,000,000 units at a price of 30 cents per unit for gross proceeds of $1.8-million. Each unit consists of one common share and one-half of one share purchase warrant. Each whole warrant entitles the holder to buy one additional common share at 45 cents for 24 months.

#P The company intends to use the proceeds to hire four developers for its scheduling platform for community health clinics and for general working capital.

#P All securities issued are subject to a hold period expiring on April 5, 2027. No finder's fees were paid.

#P Forward-looking statements
#+ This news release contains forward-looking statements, including statements about the use of proceeds. Actual results may differ materially from those expressed or implied.

#P Neither the Canadian Securities Exchange nor its regulation services provider accepts responsibility for the adequacy or accuracy of this release.

------------------------------------------------------------
(c) 2026 Canjex Publishing Ltd. All rights reserved.
""")


def pr_marketscreener():
    """Two MarketScreener pages of releases distributed by Public (PUBT): saved address with the
    news id, crumb, company block, headline, "Published on" line, share row, issuer's text, the
    distributor's disclaimer, "More news about" list."""
    return parse("""
Saved page: https://www.marketscreener.com/quote/stock/TAVORA-CERAMICA-S-A-11802245/news/Tavora-Ceramica-signs-five-year-supply-agreement-with-Nordic-home-retailer-48273915/
MarketScreener
Markets   News   Analysis   Stocks   Watchlists   Log in
Homepage > Equities > Euronext Lisbon > Tavora Ceramica, S.A. > News

Tavora Ceramica, S.A.
TVC  PTTVC0AM0009
Euronext Lisbon

#D kind=press_release
#D source=MarketScreener
#D source_aliases=["MarketScreener", "Public", "Public Technologies", "PUBT", "Publicnow"]
#D published_date=2026-12-04
#T Tavora Ceramica signs five-year supply agreement with Nordic home retailer
#M source_aliases+=Tavora Ceramica, S.A.
#M external_id=48273915
#M dateline=Aveiro, 4 December 2026
Published on 12/04/2026 at 06:45 am EST
Share  X  LinkedIn  Facebook  Email

#P Aveiro, 4 December 2026 - Tavora Ceramica, S.A. ("Tavora" or "the Company") informs the market that it has signed a five-year agreement to supply glazed stoneware tableware to a home furnishings retailer with 210 stores in Sweden, Norway, Finland and Denmark.

#P The agreement covers an estimated 14 million pieces over its term and is expected to represent revenue of approximately EUR 38 million, of which about EUR 5 million in 2027. Deliveries will start in March 2027 from the Company's plant in Ilhavo.

#P To meet the additional volume, the Board of Directors has approved an investment of EUR 6.2 million in a new tunnel kiln, which will also reduce the plant's natural gas consumption per piece by an estimated 22%.

#P This information is disclosed under Article 17 of Regulation (EU) No 596/2014 (Market Abuse Regulation).

#P The Investor Relations Officer
#+ Marta Loureiro
#+ investor.relations@tavoraceramica.example

Attachments
Original document
Permalink

Disclaimer
Tavora Ceramica SA published this content on December 04, 2026, and is solely responsible for the information contained therein. Distributed via Public Technologies (PUBT), unedited and unaltered, on December 04, 2026 at 11:45:02 UTC.

More news about Tavora Ceramica, S.A.
#RT Tavora Ceramica: Nine-month results 2026
#RT Tavora Ceramica announces change in qualifying holding
#RT Tavora Ceramica: Financial calendar 2027

(c) MarketScreener 2026

Saved page: https://www.marketscreener.com/quote/stock/CORALBAY-MINERALS-LIMITED-139804417/news/Coralbay-Minerals-Limited-Kalgara-lithium-project-scoping-study-update-48274560/
MarketScreener
Markets   News   Analysis   Stocks   Watchlists   Log in
Homepage > Equities > ASX > Coralbay Minerals Limited > News

Coralbay Minerals Limited
CBM  AU0000318842
Australian Securities Exchange

#T Coralbay Minerals Limited - Kalgara lithium project scoping study update
#M source_aliases+=Coralbay Minerals Limited
#M external_id=48274560
Published on 12/04/2026 at 01:10 am EST
Share  X  LinkedIn  Facebook  Email

#P Coralbay Minerals Limited (ASX: CBM) ("Coralbay" or "the Company") provides an update on the scoping study for its 100%-owned Kalgara lithium project in the Goldfields region of Western Australia.

#P Following a review of spodumene price forecasts, the Company has decided to assess a smaller starter operation of 0.6 million tonnes per annum, in addition to the 1.5 million tonnes per annum case announced in July. The revised study is now expected to be completed in the first quarter of 2027, rather than in December 2026.

#P Metallurgical test work on composite samples from the Eastern and Ridge deposits has produced a 5.8% Li2O concentrate at a recovery of 74%, which the Company considers supportive of a simpler processing flowsheet.

#P Managing Director Nathan Pryce said: "A smaller starter case lowers the capital the Company would need up front and lets us move to a decision without waiting for the market to turn."

#P This announcement has been authorised for release by the Board of Coralbay Minerals Limited.

#P For further information, please contact:
#+ Nathan Pryce, Managing Director, +61 8 5550 4410
#+ Olivia Tan, Investor Relations, olivia.tan@coralbayminerals.example

Attachments
Original document
Permalink

Disclaimer
Coralbay Minerals Limited published this content on December 04, 2026, and is solely responsible for the information contained therein. Distributed via Public Technologies (PUBT), unedited and unaltered, on December 04, 2026 at 06:10:44 UTC.

More news about Coralbay Minerals Limited
#RT Coralbay Minerals Limited - Quarterly activities report
#RT Coralbay Minerals Limited - Results of annual general meeting
#RT Coralbay Minerals Limited - Drilling commences at Ridge deposit

(c) MarketScreener 2026
""")


def pr_newsrooms():
    """Company newsrooms: Prezly x2 (menu, headline, subtitle, date, share row, release, "About",
    press contact, subscribe box, "Powered by Prezly", cookie banner) and Presspage x1 (news centre
    menu, "Press release" label and time stamp, headline, subtitle, captioned image, "Notes to
    editors", "About", media contact)."""
    return parse("""
Halvard Cycles Newsroom
Home   Media gallery   Contacts   halvardcycles.example

#D kind=press_release
#D source=Prezly
#D source_aliases=["Prezly"]
#D published_date=2026-12-04
#T Halvard Cycles opens first repair-only store in Utrecht
#M source_aliases+=Halvard Cycles
#M dateline=Utrecht, 4 December 2026
The cargo bike maker's new store will not sell bikes - it will only fix them
December 4, 2026
Share: LinkedIn · X · Facebook · Email

#P Utrecht, 4 December 2026 – Halvard Cycles, the Dutch maker of electric cargo bikes, today opened its first repair-only store on the Amsterdamsestraatweg in Utrecht. The store will service Halvard bikes as well as cargo bikes of other brands, and will not sell new bicycles.

#P The store has six repair bays and a parts counter, and offers a same-day service for brake and tyre repairs booked before 10:00. Riders can borrow a replacement cargo bike free of charge while theirs is in the workshop.

#P "Our customers told us that the hardest part of owning a cargo bike is not buying it, but keeping it on the road," said Joris Verbeek, co-founder of Halvard Cycles. "A family that depends on its bike for the school run cannot wait two weeks for a repair."

#P Halvard plans to open repair stores in Rotterdam and The Hague in 2027 and is training 18 new mechanics at its workshop in Amersfoort.

#P About Halvard Cycles

#P Halvard Cycles designs and builds electric cargo bikes in Amersfoort, the Netherlands. Founded in 2017, the company employs 140 people and sells its bikes in seven European countries.

#P Press contact
#+ Femke de Vries
#+ Communications Lead
#+ femke.devries@halvardcycles.example
#+ +31 30 555 0192

Halvard Cycles
Subscribe to Halvard Cycles updates
Email address   Subscribe
Powered by Prezly
This site uses cookies to improve your experience. Accept  Decline

Lumora Foods Press Room
News   Media kit   Contact   lumorafoods.example

#T Lumora Foods to double oat drink capacity at Ghent plant
#M source_aliases+=Lumora Foods
#M dateline=GHENT, Belgium – 4 December 2026
December 4, 2026
Share: LinkedIn · X · Email

#P GHENT, Belgium – 4 December 2026 – Lumora Foods will invest EUR 24 million to double the capacity of its oat drink plant in the port of Ghent, the company announced today. The expansion will add two filling lines and a second oat hydrolysis unit and create 45 jobs.

#P Construction will begin in February 2027, and the new lines are expected to be in production by the first quarter of 2028. The company will source an additional 30,000 tonnes of oats a year, mainly from farmers in Flanders and northern France under multi-year contracts.

#P "Supermarkets are asking us for more private-label volume than we can make today," said CEO Sanne Claeys. "This investment means we can say yes without moving production away from Belgium."

#P About Lumora Foods
#+ Lumora Foods produces plant-based drinks and desserts for retailers' own brands and under its Lumora label. The company was founded in 2011 and employs 310 people in Belgium and France.

#P Media contact: Pieter Vanhoutte, pieter.vanhoutte@lumorafoods.example, +32 9 555 21 40

Lumora Foods
Subscribe to updates
Powered by Prezly

Aldwater University News Centre
News   Experts   Media contacts   Search
Press release
Friday, 04 December 2026 10:00 GMT

#D source=Presspage
#D source_aliases=["Presspage"]
#T Aldwater researchers map city heat street by street with bus-mounted sensors
#M source_aliases+=Aldwater University
Sensors on 60 buses recorded 14 million temperature readings in a single summer

#C A sensor unit fitted to the roof of a city bus. Credit: Aldwater University
#P Researchers at Aldwater University have produced the most detailed map yet of how summer heat varies across a British city, using sensors fitted to the roofs of 60 ordinary service buses.

#P Over 92 days the sensors recorded 14 million readings of air temperature and humidity. The team found that on the hottest afternoons, streets with no trees were up to 4.7C warmer than tree-lined streets less than 300 metres away.

#P Dr Imogen Falconer, who led the study, said: "Because the buses go everywhere people actually live and work, we can see the hot streets that fixed weather stations miss. Councils can use this to decide where shade is needed first."

#P The data has been shared with the city council, which plans to use it to prioritise 2,000 new street trees over the next three years.

#P Notes to editors
#+ The study, "Street-level urban heat from bus-mounted sensors", is published today in the journal Urban Climate Letters. Images of the sensors are available on request.

#P About Aldwater University
#+ Aldwater University is a research university with 21,000 students. Its Centre for Urban Environments works with local authorities on climate adaptation.

#P Media contact
#+ Rhys Penhaligon | Press Officer | press@aldwater.example | +44 1632 960 418

Share this release   X   LinkedIn   Email
Powered by Presspage
""")


def pr_gateway_mail():
    """PR-Gateway topic alert e-mail with two releases: mail headers, alert banner, "=====" rules,
    a category/date/company line under each headline, "City, dd.mm.yyyy - " ledes, company
    description, company and press contact blocks (heading directly over its lines), a
    "Read online" address with the release number, unsubscribe footer."""
    return parse("""
From: PR-Gateway Alert <alert@pr-gateway.example>
To: newsdesk@newsroom.example
Date: Fri, 04 Dec 2026 11:30:07 +0100
Subject: Topic alert Industry & Technology - 2 new press releases

PR-Gateway - press releases for journalists
Your topic alert: Industry & Technology | Friday, 04.12.2026

======================================================================

#D kind=press_release
#D source=PR-Gateway
#D source_aliases=["PR-Gateway", "PR Gateway", "pr-gateway"]
#D published_date=2026-12-04
#T Compact laser cleaning unit for rail depots launched
#M source_aliases+=Rheinholt Lasertechnik GmbH
#M dateline=Bochum, 04.12.2026
#M external_id=1184203
Category: Industry | Date: 04.12.2026 | Company: Rheinholt Lasertechnik GmbH

#P Bochum, 04.12.2026 - Rheinholt Lasertechnik GmbH has launched a mobile laser cleaning unit designed for maintenance depots of rail operators. The RL-300 removes rust, paint and brake dust from bogies and couplings without blasting media or chemicals, and fits through standard depot doors on its own wheeled frame.

#P According to the company, a bogie frame that takes a two-person crew around six hours to clean by sand blasting can be cleaned by one operator in under three hours. Because no abrasive is used, the workshop does not have to be sealed off and no blasting residue has to be disposed of.

#P "Depots have been asking for a system that comes to the train rather than the other way round," says managing director Jens Albrecht. The first two units will be delivered to a regional rail operator in North Rhine-Westphalia in January.

#P Company description
#+ Rheinholt Lasertechnik GmbH, founded in 2009 in Bochum, develops laser systems for surface treatment in industry and transport. The company employs 65 people.

#P Company contact
#+ Rheinholt Lasertechnik GmbH
#+ Jens Albrecht
#+ Hattinger Strasse 112
#+ 44789 Bochum
#+ Germany
#+ +49 234 5550 1720
#+ info@rheinholt.example
#+ https://www.rheinholt.example

#P Press contact
#+ Weidmann Industrie-PR
#+ Carola Weidmann
#+ Alleestrasse 40
#+ 44793 Bochum
#+ +49 234 5550 8810
#+ cw@weidmann-pr.example

Read online: https://www.pr-gateway.example/en/release/1184203

======================================================================

#T Software update lets older heat pumps follow dynamic electricity tariffs
#M source_aliases+=Vaerdal Energiesysteme GmbH
#M dateline=Kassel, 04.12.2026
#M external_id=1184219
Category: Energy & Environment | Date: 04.12.2026 | Company: Vaerdal Energiesysteme GmbH

#P Kassel, 04.12.2026 - Vaerdal Energiesysteme GmbH has released a free software update that allows heat pumps of its V-series installed since 2019 to shift their operating times to hours with low prices on dynamic electricity tariffs. Around 38,000 units in Germany and Austria can receive the update via the internet gateway.

#P The heat pump pre-heats the building and the hot water tank when prices are low and reduces its output during price peaks, while keeping room temperatures within limits set by the resident. In a field test with 120 households over the last winter, electricity costs for heating fell by an average of 14 percent.

#P The update is installed automatically if the resident agrees in the Vaerdal app. Heating installers can also activate it on site.

#P Company description
#+ Vaerdal Energiesysteme GmbH develops and manufactures heat pumps and control systems for residential buildings. The company is based in Kassel and has 420 employees.

#P Company contact
#+ Vaerdal Energiesysteme GmbH
#+ Miriam Scholz
#+ Leipziger Strasse 201
#+ 34123 Kassel
#+ +49 561 5550 300
#+ presse@vaerdal.example
#+ https://www.vaerdal.example

Read online: https://www.pr-gateway.example/en/release/1184219

======================================================================
You receive this alert because you subscribed to the topics Industry & Technology and
Energy & Environment. Manage your alerts or unsubscribe in your journalist account.
""")
