"""Newspaper web-page dumps of corpus final5 (scraped pages with site chrome; all news text invented)."""
from markup import parse


def page_irishtimes_independent():
    """The Irish Times and the Irish Independent (Independent.ie) article pages."""
    return parse(r"""
The Irish Times
Subscribe | Sign In
News | Sport | Business | Opinion | Life & Style | Culture | Gaeilge | Podcasts | Crosswords
Ireland
Social Affairs
#D kind=site_page
#D source=The Irish Times
#D source_aliases=["The Irish Times", "Irish Times", "irishtimes.com"]
#D published_date=2026-01-15
#T Waiting lists for home care hours fall for first time in three years
Number of people approved but waiting for a carer dropped by 900 in December, HSE figures show
Ciarán Ó Murchú
#M byline=Ciarán Ó Murchú
Thu Jan 15 2026 - 06:00
Share | Comment

#C Home support workers at a training session in Limerick. Photograph: Brian Arthur/The Irish Times

#P The number of older people approved for home care but still waiting for a carer has fallen for the first time in three years, according to figures from the Health Service Executive.

#P At the end of December, 4,812 people were on the waiting list, down from 5,716 at the end of November. The largest fall was in the HSE's Dublin and Midlands region, where new contracts with private providers came into effect.

#P Mary Gallagher of the advocacy group Home Care Coalition said the drop was welcome but that many families were still providing care themselves while they waited. "A number on a list does not tell you how long someone has been waiting," she said.

#P The Department of Health said recruitment of home support workers from outside the European Economic Area had added about 1,100 carers over the past year.

Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone
Ciarán Ó Murchú is Social Affairs Correspondent of The Irish Times
MOST READ
#RT Dublin Port plans new ferry terminal at North Wall
#RT Gardaí investigate break-ins at Kildare businesses

Ireland
Environment
#T Shannon estuary oyster beds reopen after two-year closure
Water tests show bacteria levels back within safe limits
Ronan Mac Cormaic in Kilrush
#M byline=Ronan Mac Cormaic
Thu Jan 15 2026 - 07:30

#P Oyster beds in the Shannon estuary have reopened for harvesting after two years in which they were closed because of poor water quality, the Sea-Fisheries Protection Authority has confirmed.

#C Oyster farmer Declan Hehir on the shore at Kilrush, Co Clare. Photograph: Eamon Ward

#P Growers in Co Clare had blamed overflows from a wastewater plant upstream, which was upgraded last year. Declan Hehir, who farms oysters near Kilrush, said about 40 tonnes had been lost during the closure.

#P "We had stock ready and nowhere to sell it," he said. "Now we have to rebuild the orders from France."

Sign up for push alerts

Irish Independent
Today's Paper | Subscribe | Log in
News | Opinion | Business | Sport | Life | Style | Entertainment | Farming | Regionals
Irish News
Health
#D source=Irish Independent
#D source_aliases=["Irish Independent", "Independent.ie", "Independent"]
#T Cork hospital to open Ireland's first dedicated long Covid clinic for children
#C University Hospital Cork. Photo: Larry Cummins
Eilish O'Regan
#M byline=Eilish O'Regan
#M published_date=null
Health Correspondent
Today at 06:30

#P A clinic for children with long Covid is to open at Cork University Hospital next month, the first of its kind in the country.

#P The clinic will be run by a consultant paediatrician, a physiotherapist and an occupational therapist, and will take referrals from GPs across the southern region.

#P Parents' group Long Covid Kids Ireland said it had been campaigning for the service for three years. Its spokeswoman, Áine Buckley, said families had been travelling to the UK for assessments.

Related topics: Cork | Health | Children
Most Read
#RT Motorists warned of black ice as temperatures drop to minus 5
#RT Limerick rugby club unveils new stand after fundraising drive
Irish News
#T Galway city council votes to extend pedestrian zone to Dominick Street
Conor Nevin
#M byline=Conor Nevin
#M published_date=null
Today at 09:12

#P Galway City Council has voted to extend the pedestrian zone in the city centre to Dominick Street from the summer, despite objections from some traders.

#P Councillors voted 12 to 6 in favour at a meeting on Wednesday night. Delivery vehicles will still be allowed on the street before 11am.

#C Dominick Street in Galway city. Photo: Ray Ryan

#P The Dominick Street Traders' Association said it would ask the council to review the decision after six months.

Related topics: Galway
""")


def page_toi_dailymirror():
    """The Times of India city pages and Daily Mirror (Sri Lanka) pages."""
    return parse(r"""
The Times of India
हिंदी | मराठी | ગુજરાતી | ಕನ್ನಡ | বাংলা | தமிழ்
News | City | India | World | Business | Sports | Entertainment | Lifestyle | TV
News > City News > Pune News
#D kind=site_page
#D source=The Times of India
#D source_aliases=["The Times of India", "Times of India", "TOI", "timesofindia.com"]
#D published_date=2026-01-15
#T Pune civic body to install 1,200 rainwater harvesting pits in housing societies
Neha Bhagwat / TNN / Updated: Jan 15, 2026, 10:42 IST
#M byline=Neha Bhagwat
#M dateline=PUNE
Share | AA | Follow us

#P PUNE: The Pune Municipal Corporation will help housing societies dig 1,200 rainwater harvesting pits before the monsoon, offering a 5% rebate on property tax to those that maintain them for three years.

#P Additional commissioner Rahul Deshpande said societies in Baner, Wakad and Kharadi, where groundwater levels had fallen sharply, would be covered first. "We will provide the design and a list of approved contractors," he said.

#C The civic body will first focus on areas where groundwater levels have dropped (Representative image)

#P About 340 societies have already applied, officials said.

Visual Stories
#RT Five winter treks near Pune for beginners
Trending
#RT Pune metro's Swargate stretch sees record footfall

News > City News > Kochi News
#T Kochi water metro to add three routes to Fort Kochi islands
TNN / Updated: Jan 15, 2026, 12:05 IST
#M byline=TNN
#M dateline=KOCHI

#P KOCHI: Kochi Water Metro will start services on three new routes linking High Court jetty with islands near Fort Kochi by March, after the delivery of four more hybrid boats.

#P Managing director Loknath Behera said the network carried 4.6 million passengers in 2025. The new routes are expected to add about 8,000 daily trips.

Start a Conversation

Daily Mirror - Sri Lanka Latest Breaking News and Headlines
Daily FT | Sunday Times | Tamil Mirror | Lankadeepa | Ada | Deshaya | E-Paper
Thu, 15 Jan 2026 Today's Paper
#D source=Daily Mirror
#D source_aliases=["Daily Mirror", "Daily Mirror Sri Lanka", "dailymirror.lk"]
Breaking News
#T Kandy hoteliers report 30% rise in tourist arrivals during festive season
15 January 2026 10:32 am - 0 - 412

#C Tourists at the Temple of the Tooth in Kandy (File photo)

By Nirmala Kannangara
#M byline=Nirmala Kannangara

#P Hotels in Kandy recorded a 30 percent rise in foreign guests between December 15 and January 10 compared with the same period a year earlier, the Kandy Hoteliers' Association said.

#P Association president Sunil Wijeratne told the Daily Mirror that most visitors came from India, Germany and Russia, and that several hotels had been fully booked over New Year.

#P He urged the authorities to speed up the repair of the Kandy-Colombo road near Kadugannawa, which he said was deterring day visitors.

Comments - 0
Add comment
Comments will be edited (grammar, spelling and slang) and authorized at the discretion of Daily Mirror online.

Breaking News
#T Fishing harbour at Valaichchenai to get new breakwater
15 January 2026 12:47 pm - 2 - 903

#P The Fisheries Ministry will build a 400-metre breakwater at the Valaichchenai fishing harbour this year, allowing multi-day boats to shelter during the north-east monsoon, ministry officials said.

#P Fishermen in the Batticaloa district have complained for years that boats were damaged in rough seas at the harbour mouth.

#C Multi-day fishing boats anchored at Valaichchenai. Pic by Rajaratnam Kumaran

Comments - 2

LATEST NEWS
#RT Colombo Port City marina to open to public in March
#RY The marina at Port City Colombo will open to the public in March, its developer said today.
7 hours ago - 0 - 485
#RT Train services on Coast Line delayed after signal fault
#RY Several train services on the Coast Line were delayed this morning due to a signal fault near Moratuwa.
8 hours ago - 1 - 322
""")


def page_nzherald_abc():
    """NZ Herald and ABC News (Australia) article pages."""
    return parse(r"""
NZ Herald
Kia ora | Subscribe | Sign in
Home | Latest news | Herald NOW | Video | New Zealand | Sport | World | Business | Entertainment | Te Ao Māori | Weather
New Zealand
#D kind=site_page
#D source=NZ Herald
#D source_aliases=["NZ Herald", "New Zealand Herald", "The New Zealand Herald", "nzherald.co.nz"]
#D published_date=2026-01-15
#T Auckland ferry timetable to be cut over summer as crew shortage bites
Commuters on the Devonport and Half Moon Bay routes face fewer sailings until March.
By Hemi Ngata
#M byline=Hemi Ngata
Transport reporter · NZ Herald ·
15 Jan, 2026 06:00 AM
3 mins to read

#C A ferry leaves the downtown terminal. Photo / Dean Purcell

#P Auckland Transport will cut sailings on two ferry routes from next week because the operator does not have enough qualified crew, leaving some commuters with gaps of an hour between boats.

#P The changes affect the Devonport and Half Moon Bay services, which will drop to half-hourly and hourly sailings respectively at peak times.

#P Auckland Transport's head of ferry services, Lisa Kerr, said the reduced timetable would run until March. "We would rather run a reliable timetable than cancel boats at short notice," she said.

#P The operator said 14 new masters and engineers were in training.

Hemi Ngata is a transport reporter at the Herald.
Sign up to The Daily H, a free newsletter curated by our editors and delivered straight to your inbox every weekday.

Te Ao Māori
#T Whanganui iwi open learning centre in restored railway goods shed
By Mereana Poutama
#M byline=Mereana Poutama
15 Jan, 2026 09:15 AM
2 mins to read

#P A railway goods shed built in 1908 has reopened in Whanganui as a learning centre run by local iwi, offering te reo Māori classes and a digital archive of tribal history.

#C Kaumātua at the opening of the learning centre in Whanganui. Photo / Bevan Conley

#P The restoration took four years and cost $3.8m, funded by the iwi trust and a heritage grant. Trust chair Wiremu Tapa said the shed had once carried goods away from the region and would now "bring knowledge back".

Sign up to The Daily H

ABC News
Just In | For You | Australia | World | Business | Politics | Sport | Science | Health | Arts | Analysis
#D source=ABC News
#D source_aliases=["ABC News", "ABC", "Australian Broadcasting Corporation", "abc.net.au"]
#T Wheat growers in WA's Wheatbelt harvest record crop despite late frost
By Daisy Whitehead and Callum Ross
#M byline=Daisy Whitehead and Callum Ross
ABC Rural
Topic: Agriculture
Thu 15 Jan 2026 at 6:02am

#C Grain is delivered to a receival site near Merredin. (ABC Rural: Daisy Whitehead)

In short:
WA farmers have delivered more than 24 million tonnes of grain this season.
Growers say late frost damage was patchy.
What's next?
Prices are expected to stay under pressure as other exporters also harvest large crops.

#P Western Australian grain growers have delivered a record 24.3 million tonnes to the state's receival network this harvest, despite a late frost that damaged crops in parts of the eastern Wheatbelt.

#P Merredin farmer Rosalind Keast said her yields were down in low-lying paddocks but above average elsewhere. "You could drive a kilometre and go from a disaster to the best crop we've grown," she said.

#P Grain handler CBH said it had added 1.5 million tonnes of temporary storage to cope with the volume.

Posted 4h ago
Related stories
#RT Grain prices fall as global harvests pile up
#RT Frost hits WA crops weeks before harvest
Related topics: Agriculture | Merredin | Rural

#T Darwin's mango farmers fear early wet season will hit late varieties
By Jesse Nguyen
#M byline=Jesse Nguyen
ABC Rural
Thu 15 Jan 2026 at 10:41am

#P Mango growers near Darwin say heavy rain arriving weeks earlier than usual could damage the last of this season's late-ripening Kensington Pride and Calypso fruit.

#P Grower Priya Sandhu, who farms at Humpty Doo, said about a fifth of her crop was still on the trees. "Rain at this point splits the fruit and brings disease," she said.

#C Mangoes awaiting harvest at Humpty Doo. (ABC News: Jesse Nguyen)

#P The Bureau of Meteorology has forecast above-average rainfall for the Top End in the coming weeks.

Posted 1h ago
""")


def page_dailysabah_thenational():
    """Daily Sabah and The National (UAE) article pages."""
    return parse(r"""
DAILY SABAH
Türkçe | العربية | Deutsch
Türkiye | Politics | Business | World | Sports | Life | Arts | Opinion | Video
TÜRKIYE
#D kind=site_page
#D source=Daily Sabah
#D source_aliases=["Daily Sabah", "DAILY SABAH", "dailysabah.com"]
#D published_date=2026-01-15
#T Istanbul opens its largest cat shelter on Asian side
Municipal facility in Ümraniye can house up to 900 animals and includes a veterinary clinic
SELIN KARAMAN @selinkaramandx
#M byline=SELIN KARAMAN
ISTANBUL
Published 15.01.2026 11:47
Updated 15.01.2026 13:02

#C A volunteer feeds cats at the new shelter in Ümraniye, Istanbul, Türkiye, Jan. 15, 2026. (DHA Photo)

#P The Istanbul Metropolitan Municipality on Thursday opened a shelter for stray and injured cats in the Ümraniye district, the largest such facility on the city's Asian side.

#P The shelter has room for up to 900 cats and includes an operating theatre and a recovery ward. Municipal veterinarian Dr. Elif Aksoy said about 60 cats a day would be sterilized and returned to their neighbourhoods.

#P "People in Istanbul love street cats, but the cats also need care that neighbours cannot give them," Aksoy said.

#ISTANBUL #ANIMAL WELFARE #CATS
RELATED TOPICS
#RT Kadıköy ferry pier gets new waiting hall
#RS TÜRKIYE

BUSINESS
#T Turkish hazelnut exports rise on strong European demand
DAILY SABAH WITH AA
#M byline=null
ISTANBUL
Published 15.01.2026 14:20

#P Türkiye's hazelnut exports rose 11% in value in the first quarter of the season that started in September, driven by demand from Germany and Italy, according to the Black Sea Hazelnut and Products Exporters' Association.

#C Hazelnuts are dried in the sun in Giresun, northern Türkiye. (AA Photo)

#P The association said exports reached $1.2 billion between September and December. Its chair, Ahmet Yılmazer, said prices had stabilised after last year's frost-hit harvest.

#TURKISH ECONOMY #EXPORTS #HAZELNUT

The National
العربية
UAE | Gulf | MENA | World | Business | Opinion | Arts & Culture | Sport | Podcasts
#D source=The National
#D source_aliases=["The National", "The National News", "thenationalnews.com"]
UAE
#T Abu Dhabi to add 40 electric school buses in pilot across Al Ain
Nadia Al Kaabi
#M byline=Nadia Al Kaabi
Jan 15, 2026
Listen In English | Listen In Arabic

#C An electric school bus at a depot in Abu Dhabi. Victor Besa / The National

#P Forty electric school buses will be introduced in Al Ain from the start of the spring term, as part of a pilot by the Integrated Transport Centre to cut emissions from school transport.

#P The buses will serve 23 public schools and will be charged overnight at two depots. Ali Al Shamsi, a transport planner, said the results would guide the purchase of electric buses for the rest of the emirate.

#P Abu Dhabi's school transport fleet has about 3,600 buses, most of them diesel.

Updated: January 15, 2026, 9:12 AM
More from The National
#RT Dubai Metro Blue Line reaches halfway mark
#RT UAE weather: fog warning for coastal areas

Gulf
#T Oman's Duqm port signs deal for green ammonia export terminal
Karim Faisal
#M byline=Karim Faisal
Jan 15, 2026

#P The port of Duqm has signed an agreement with a consortium of Omani and Belgian companies to build a terminal for exporting green ammonia, due to open in 2029.

#P The terminal will handle up to one million tonnes a year produced at planned hydrogen projects in Al Wusta governorate. Port chief executive Salim Al Hinai said storage tanks would be built on reclaimed land north of the existing quay.

#C The port of Duqm on Oman's Arabian Sea coast. Photo: Port of Duqm

Updated: January 15, 2026, 11:40 AM
""")
