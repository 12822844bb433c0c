"""Press-release dumps of corpus final16: government press services (Hong Kong, Macao, India, Dubai),
a Pacific release aggregator and three distributors (Gulf, Korea, Asian research).

All release text is invented: issuers other than government departments are fictional, people and
figures are fictional, company sites use .example domains; real departments are settings only."""
from markup import parse


def pr_govhk_macao_mail():
    """A mail folder exported as text: three subscription e-mails. GovHK (ISD): the subject repeats the
    title; the title is underlined with asterisks; paragraphs hard-wrapped at 72 columns, the first line indented five spaces, blank lines between;
    "The following is issued on behalf of X:" (the service's routing note, not body); "Ends/Saturday,
    December 5, 2026" / "Issued at HKT 15:42" / "NNNN". Macao GCS: the bureau's name and "News" over
    the title, a "yyyy-mm-dd hh:mm" stamp and a "Source: DEPARTMENT" line, paragraphs one a line."""
    return parse(r"""
mailbox export :: folder "Govt releases - HK & Macao" :: 3 messages :: 05/12/2026 18:20 HKT
======================================================================
Message 1 of 3
From: GovHK Press Releases <isd-alerts@govhk-mail.example>
To: hk-desk@regionaldesk.example
Date: Sat, 5 Dec 2026 15:46:12 +0800
Subject: Kai Tak waterfront promenade extension to open on December 12 (with photos)

#D kind=press_release
#D wrap=72
#D indent=5
#D published_date=2026-12-05
#D source=Information Services Department
#D source_aliases=["Information Services Department", "ISD", "GovHK", "HKSAR Government", "Hong Kong Government", "info.gov.hk"]
#T Kai Tak waterfront promenade extension to open on December 12 (with photos)
#M source_aliases+=Development Bureau
***************************************************************************

#I A spokesman for the Development Bureau said today (December 5) that a 1.1-kilometre extension of the Kai Tak waterfront promenade will open to the public at 10am on December 12 (Saturday).

#I The extension links the existing promenade at the former runway with the Kwun Tong waterfront, and includes a cycle track, 240 new trees, two shelters with drinking fountains and a fishing platform for 30 anglers.

#I "The harbourfront is one of the city's most valuable public spaces. With this section, residents can now walk or cycle continuously for more than four kilometres along the eastern harbour," the spokesman said.

#I Members of the public are reminded that fishing is only allowed on the designated platform, and that cyclists should give way to pedestrians at the two crossing points marked on site.

Ends/Saturday, December 5, 2026
Issued at HKT 15:42

NNNN
======================================================================
Message 2 of 3
From: GovHK Press Releases <isd-alerts@govhk-mail.example>
To: hk-desk@regionaldesk.example
Date: Sat, 5 Dec 2026 16:31:55 +0800
Subject: Winter lantern trail along Tsim Sha Tsui waterfront to run until February

#T Winter lantern trail along Tsim Sha Tsui waterfront to run until February
#M source_aliases+=Kowloon Cultural Trust
*************************************************************************

     The following is issued on behalf of the Kowloon Cultural Trust:

#I The Kowloon Cultural Trust announced today (December 5) that its winter lantern trail along the Tsim Sha Tsui waterfront will open on December 18 and run nightly until February 21 next year.

#I Some 180 lanterns made by secondary school students and local craftsmen will line the 800-metre route between the Star Ferry Pier and the Avenue of Stars. Admission is free.

#I The Trust's Chairman, Ms Connie Lo, said, "We asked students to design lanterns about the harbour as their grandparents remember it. The results are funny, moving and very Hong Kong."

#I The trail will be open from 6pm to 11pm daily. Details are available on the Trust's website (www.kowlooncultural.example).

Ends/Saturday, December 5, 2026
Issued at HKT 16:28

NNNN
======================================================================
Message 3 of 3
From: Government Information Bureau of the Macao SAR <gcs-news@macaogov-mail.example>
To: hk-desk@regionaldesk.example
Date: Sat, 5 Dec 2026 17:05:40 +0800
Subject: [GCS] Outer Harbour to get 40 charging points for electric taxis

#D source=Government Information Bureau of the Macao SAR
#D source_aliases=["Government Information Bureau of the Macao SAR", "Government Information Bureau", "GCS", "Macao SAR Government Information Bureau", "Gabinete de Comunicação Social"]
Government Information Bureau of the Macao SAR
News
#T Outer Harbour to get 40 charging points for electric taxis
#M source_aliases+=Transport Bureau
2026-12-05 16:58
Source: Transport Bureau
#P The Transport Bureau (DSAT) will install 40 fast charging points for electric taxis at the Outer Harbour Ferry Terminal car park, with the first 20 to enter service in March next year.
#P The charging points will be reserved for taxis between 6am and midnight, and open to private electric vehicles overnight, the Bureau said.
#P The Bureau said the number of electric taxis in Macao had risen to 780, more than half of the fleet, and drivers had asked for fast charging near the busiest ranks.
#P A tender for the installation works will be launched later this month.
======================================================================
end of export
""")


def pr_milosi_asiapac():
    """A saved archive page of the MIL-OSI Asia-Pacific aggregator, which republishes releases as issued:
    masthead and menu, then per post the title, a "Source: ISSUER" line (with the feed number "– 2" on
    one) and the release, paragraphs a blank line apart; posts separated only by blank lines; "Older
    posts" and a footer."""
    return parse(r"""
MIL-OSI Asia-Pac
Independent news monitoring from the Asia-Pacific region
HOME  |  ASIA-PAC  |  NEW ZEALAND  |  AUSTRALIA  |  PACIFIC  |  BUSINESS  |  ABOUT
Saved page: https://asiapac.mil-osi.com/2026/12/05/page/3/

Daily Archives: December 5, 2026

#D kind=press_release
#D published_date=2026-12-05
#D source=MIL-OSI
#D source_aliases=["MIL-OSI", "MIL OSI", "MIL-OSI Asia-Pac", "Multimedia Investments Ltd"]
#T Reef heat-stress alert raised for Torres Strait and Temotu waters
#M source_aliases+=Pacific Reef Watch Network
Source: Pacific Reef Watch Network

#P The Pacific Reef Watch Network has raised its heat-stress alert to level 1 for reefs in the eastern Torres Strait and the Temotu islands after sea surface temperatures stayed more than one degree above the December average for a fortnight.

#P Level 1 means corals are likely to bleach if the conditions last another two to three weeks. The network's volunteer divers will survey 14 monitoring sites in the next ten days.

#P "This is early in the season for an alert at these latitudes, and we want communities to report any white or pale coral they see," said network coordinator Dr Lisiate Fonua.

#P Reports can be sent through the network's free app or by text message to 5577.

#P Media contact: Ana Kaitu, ana.kaitu@reefwatch.example

#T Study finds kea solve puzzle boxes faster in groups of three
#M source_aliases+=Southern Lakes University
Source: Southern Lakes University

#P Kea, New Zealand's alpine parrot, solve puzzle boxes almost twice as fast when three birds work together as when they work alone or in pairs, a Southern Lakes University study has found.

#P Researchers filmed 62 wild kea at four sites in Fiordland and Arthur's Pass over two summers as the birds tried to open boxes that needed a lever to be held down while a lid was slid aside.

#P "In pairs, one bird often gives up. In threes, someone usually keeps the lever down while the others get to work," said lead author Dr Mereana Tipene.

#P The study is published in the journal Animal Cognition Quarterly.

#T Suva municipal market to trial cashless stall payments from January
#M source_aliases+=Suva City Markets Trust
Source: Suva City Markets Trust – 2

#P Vendors at the Suva Municipal Market will be able to pay their daily stall fees by mobile wallet from January under a three-month trial, the Suva City Markets Trust has announced.

#P The trial will cover 300 of the market's 1,100 stalls, mostly on the upper floor, and cash payments will still be accepted during the trial.

#P Trust chair Salote Waqa said vendors had asked for the change after several cases of lost receipts. "A vendor should not have to stand in a queue at six in the morning when they could be setting up," she said.

Older posts »

MIL-OSI Asia-Pac :: a Multimedia Investments Ltd service
""")


def pr_pib_dmo_pages():
    """Three saved pages of government press services. PIB: ministry line over the title, bold summary
    lines under it (a deck, not body), "Posted On: 05 DEC 2026 1:42PM by PIB Delhi", "***", initials,
    "(Release ID: N)" (the external id), visitor counter and "Read this release in:" line. Dubai Media
    Office: crumb, title, date, "Dubai, 5 December 2026: " lede, share row."""
    return parse(r"""
Saved page: https://pib.gov.in/PressReleasePage.aspx?PRID=2216408
Press Information Bureau
Government of India
Home | Press Releases | Photos | Videos | Features | Archive
#D kind=press_release
#D published_date=2026-12-05
#D source=PIB
#D source_aliases=["PIB", "Press Information Bureau", "PIB Delhi", "Press Information Bureau, Government of India"]
Ministry of Fisheries, Animal Husbandry & Dairying
#T Cold-chain training for 1,200 women fish vendors to begin in Odisha and Andhra Pradesh
#M source_aliases+=Ministry of Fisheries, Animal Husbandry & Dairying
#M external_id=2216408
Courses at 14 centres to cover ice handling, insulated boxes and digital payments
Vendors completing the course eligible for subsidised insulated carts
Posted On: 05 DEC 2026 1:42PM by PIB Delhi
#P The Department of Fisheries will begin a cold-chain training programme for 1,200 women fish vendors in coastal Odisha and Andhra Pradesh from 15 December 2026, the Ministry of Fisheries, Animal Husbandry & Dairying said today.
#P The five-day courses will be held at 14 centres, including Paradeep, Puri, Kakinada and Visakhapatnam, and will cover ice handling, the use of insulated boxes, hygiene at the point of sale and digital payments.
#P Vendors who complete the course will be eligible for a subsidy of 60 per cent on insulated carts with ice compartments, with the remaining cost payable in monthly instalments through self-help groups.
#P Speaking at a review meeting in New Delhi, Joint Secretary (Inland Fisheries) Smt. Kavitha Raghunathan said that post-harvest losses in small-scale fish retail were still estimated at 20 to 25 per cent, and that women vendors bore most of that loss.
***
AKS/RM
(Release ID: 2216408)
Visitor Counter : 37
Read this release in: Hindi , Odia , Telugu
----------------------------------------------------------------------
Saved page: https://pib.gov.in/PressReleasePage.aspx?PRID=2216377
Press Information Bureau
Government of India
Home | Press Releases | Photos | Videos | Features | Archive
Ministry of Textiles
#T Handloom weavers from eight northeastern states to showcase eri silk at Guwahati fair
#M source_aliases+=Ministry of Textiles
#M external_id=2216377
Posted On: 05 DEC 2026 11:20AM by PIB Guwahati
#P A ten-day handloom fair featuring eri and muga silk from all eight northeastern states will open at the Srimanta Sankaradeva Kalakshetra in Guwahati on 10 December 2026.
#P More than 160 weavers and 40 producer companies will take part. Buyers from 22 export houses have registered for a separate trade day on 12 December.
#P Officials of the Development Commissioner (Handlooms) said the fair would also hold daily demonstrations of natural dyeing and a session on geographical indication tags for weavers' cooperatives.
***
PK/BD
(Release ID: 2216377)
Visitor Counter : 22
----------------------------------------------------------------------
Saved page: https://www.mediaoffice.ae/en/news/2026/december/05-12/dubai-municipality-shaded-walkways
Dubai Media Office
News  |  Press Releases  |  Media Centre  |  Contact
Home > News
#D source=Dubai Media Office
#D source_aliases=["Dubai Media Office", "Government of Dubai Media Office", "GDMO", "DMO"]
#T Dubai Municipality to build 14 kilometres of shaded walkways in Al Barsha and Al Quoz
#M source_aliases+=Dubai Municipality
#M dateline=Dubai, 5 December 2026
05 Dec 2026
#P Dubai, 5 December 2026: Dubai Municipality will build 14 kilometres of shaded and cooled walkways linking residential blocks in Al Barsha and Al Quoz with metro stations and bus stops by the end of 2027.
#P The walkways will have solar-powered misting fans, drinking water points and 1,900 new trees, and will be built in three phases, starting with the link between Al Barsha 1 and the Mall of the Emirates metro station.
#P Eng. Hind Al Suwaidi, Director of the Public Realm Department at Dubai Municipality, said: "Residents told us they would walk to the metro if the walk were bearable in summer. These walkways are designed for the hottest months, not the coolest."
#P The project is part of the emirate's plan to make most daily needs reachable within a 20-minute walk or ride.
Share:  X  |  Facebook  |  LinkedIn  |  WhatsApp  |  Email
""")


def pr_distributor_feeds():
    """A newsroom inbox of distributor feeds exported as text: a bracketed "[DISTRIBUTOR | section |
    date time]" line and the item's address over each release, "~~~" rules. TradeArabia: place/date line
    under the title, no lede prefix, a subhead printed directly above its paragraph; Korea Bizwire:
    "SEOUL, South Korea, Dec. 5, 2026 /Korea Bizwire/ -- " lede, "About" and contact blocks; ResearchSEA:
    "Institution:" and "Published:" lines, a contact block. Paragraphs a blank line apart."""
    return parse(r"""
NEWSROOM INBOX :: distributor feeds :: Saturday 5 December 2026
3 new items since 08:00 (GST)
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
[TradeArabia | Construction | 05 Dec 2026 09:12]
https://www.tradearabia.com/news/CONS_418207.html
#D kind=press_release
#D published_date=2026-12-05
#D source=TradeArabia
#D source_aliases=["TradeArabia", "Trade Arabia", "TradeArabia News Service"]
#T Sharjah developer awards $96m contract for waterfront homes
#M source_aliases+=Maraya Al Khan Developments
#M external_id=CONS_418207
#M dateline=Dubai, December 5, 2026
Dubai, December 5, 2026

#P Maraya Al Khan Developments has awarded a $96 million main contract for the first phase of its waterfront residential project in Sharjah's Al Khan area to Gulf Crescent Contracting.

#P The first phase comprises 214 townhouses and two low-rise apartment buildings with 180 units, due for handover in the fourth quarter of 2028.

#P Phased delivery
#+ The contractor will deliver the townhouses in three clusters so that residents can move in while the apartment buildings are completed, said Maraya's chief executive, Khalid Al Mansoori.

#P "Demand from families relocating from Dubai has been stronger than we planned for. We sold 70 percent of the townhouses before awarding the contract," he said.

#P For more information, visit www.marayaalkhan.example
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
[Korea Bizwire | Press Releases | 05 Dec 2026 10:30]
http://koreabizwire.com/hanbit-mobility-opens-busan-battery-swap-network/301884
#D source=Korea Bizwire
#D source_aliases=["Korea Bizwire", "KOREA BIZWIRE", "Yonhap Korea Bizwire"]
#T Hanbit Mobility Opens 60-Station Battery Swap Network for Delivery Scooters in Busan
#M source_aliases+=Hanbit Mobility
#M external_id=301884
#M dateline=SEOUL, South Korea, Dec. 5, 2026

#P SEOUL, South Korea, Dec. 5, 2026 /Korea Bizwire/ -- Hanbit Mobility Co., a Seoul-based maker of electric two-wheelers, said Saturday it has opened a network of 60 battery swap stations for delivery scooters in Busan, its first outside the capital region.

#P The stations, located at convenience stores and gas stations across 12 districts, let riders exchange a depleted battery for a charged one in under 30 seconds using the company's app.

#P "Delivery riders in Busan ride longer distances on hills. Swapping, not charging, is the only way to keep them on the road," said Hanbit Mobility CEO Yoon Jae-hyuk.

#P About Hanbit Mobility
#+ Hanbit Mobility Co. designs and makes electric scooters and battery systems for delivery and logistics companies. For more information, visit www.hanbitmobility.example.

#P Media Contact
#+ Seo Min-ji, Hanbit Mobility
#+ press@hanbitmobility.example
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
[ResearchSEA | Asia Research News | 05 Dec 2026 11:05]
https://www.researchsea.com/html/article.php/aid/17342/cid/1
#D source=ResearchSEA
#D source_aliases=["ResearchSEA", "Research SEA", "Asia Research News"]
#T Mangrove mud stores more carbon where crabs dig deeper, Penang study finds
#M source_aliases+=Universiti Pantai Utara
#M external_id=17342
Institution: Universiti Pantai Utara
Published: 05-Dec-2026 11:05 SGT

#P Burrowing crabs help mangrove forests lock away carbon by carrying surface litter deep into the mud, according to a study of 40 mangrove plots in Penang and Kedah by researchers at Universiti Pantai Utara.

#P Plots with the densest crab burrows stored up to 28 percent more carbon in the top metre of sediment than plots where crabs had been removed by pollution or trampling.

#P "Restoration projects count trees. They should also count crabs," said the study's lead author, Associate Professor Nurul Huda Ismail.

#P The paper, "Burrow density and sediment carbon in Malaysian mangroves", was published in Estuarine Ecology Letters on 3 December.

#P Contact:
#+ Nurul Huda Ismail, Faculty of Marine Science, Universiti Pantai Utara
#+ nurulhuda@upu.example
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
""")
