"""final19 newspaper/site-page dumps: Vietstock (English), Vietnam.vn (English), four African papers,
four Gulf and South Asian papers. All news text invented; real places as settings only."""
from markup import parse

PAGE_VIETSTOCK = r"""
>>> saved 05/12/2026 10:15  https://en.vietstock.vn/2026/12/vn-index-posts-second-weekly-gain-on-bank-inflows-38-672114.htm
VIETSTOCK
English | Tiếng Việt
Home   Stocks   Market   Companies   Banking   Real Estate   Macro   Commodities   World
VN-Index 1,742.18 +6.35 (+0.37%) | HNX-Index 268.40 -0.52 (-0.19%) | UPCoM-Index 109.77 +0.21 (+0.19%)
Stocks > Market
#D kind=site_page
#D published_date=2026-12-05
#D source=Vietstock
#D source_aliases=["Vietstock", "en.vietstock.vn", "VIETSTOCK"]
#T VN-Index posts second weekly gain on bank inflows
#M external_id=672114
#M byline=Thu Minh
05/12/2026 08:30
#P The VN-Index closed the week ended December 4 at 1,742.18 points, up 1.6% from the previous week, as cash flowed back into bank stocks ahead of year-end results.
#P Average matching value on the Ho Chi Minh City Stock Exchange reached VND24.6 trillion per session, 11% higher than the week before.
#C Investors watch the price board at a securities company in Hanoi. Photo: Vietstock
#P Bank stocks accounted for more than half of the index's gain, with joint stock lenders leading the advance.
#P Securities firms expect the index to test the 1,760-point level next week but warn of profit-taking near that threshold.
Thu Minh
Related news
#RT Foreign investors net sell VND2.1 trillion for third straight week
#RT Bond issuance by property firms rises in November
#RT Derivatives: VN30F2612 premium narrows to 4 points
© Vietstock. All rights reserved. Reproduction requires written consent of Vietstock.

>>> saved 05/12/2026 10:17  https://en.vietstock.vn/2026/12/foreign-investors-net-sell-vnd21-trillion-for-third-straight-week-38-672119.htm
VIETSTOCK
English | Tiếng Việt
Home   Stocks   Market   Companies   Banking   Real Estate   Macro   Commodities   World
VN-Index 1,742.18 +6.35 (+0.37%) | HNX-Index 268.40 -0.52 (-0.19%) | UPCoM-Index 109.77 +0.21 (+0.19%)
Stocks > Market
#T Foreign investors net sell VND2.1 trillion for third straight week
#M external_id=672119
#M byline=Hoang Lan
05/12/2026 09:05
#P Foreign investors were net sellers of VND2.1 trillion on the three exchanges in the week ended December 4, their third consecutive week of net selling.
#P On the HOSE alone, foreign net sales reached VND1.96 trillion, concentrated in steel and retail stocks.
#P Exchange-traded funds tracking Vietnamese stocks saw net outflows of about US$38 million over the same period, according to data compiled by Vietstock.
Hoang Lan
Related news
#RT VN-Index posts second weekly gain on bank inflows
#RT Proprietary traders turn net buyers in November
© Vietstock. All rights reserved. Reproduction requires written consent of Vietstock.

>>> saved 05/12/2026 10:20  https://en.vietstock.vn/2026/12/tan-phu-cold-storage-to-pay-12-cash-dividend-737-672125.htm
VIETSTOCK
English | Tiếng Việt
Home   Stocks   Market   Companies   Banking   Real Estate   Macro   Commodities   World
VN-Index 1,742.18 +6.35 (+0.37%) | HNX-Index 268.40 -0.52 (-0.19%) | UPCoM-Index 109.77 +0.21 (+0.19%)
Stocks > Companies
#T Tan Phu Cold Storage to pay 12% cash dividend, record date December 18
#M external_id=672125
#M published_date=2026-12-04
04/12/2026 18:40
#P Tan Phu Cold Storage JSC will pay a 2025 cash dividend of 12%, or VND1,200 per share, with the record date set for December 18, according to a disclosure filed with the Ho Chi Minh City Stock Exchange on Friday afternoon.
#P With 64 million shares outstanding, the company will spend about VND77 billion on the payout, expected on January 8, 2027.
#P In the first nine months of 2026, the company reported after-tax profit of VND92 billion, up 18% year-on-year.
Related news
#RT Seafood exporters expect record December shipments
#RT Logistics stocks rally on port tariff proposal
© Vietstock. All rights reserved. Reproduction requires written consent of Vietstock.
"""

PAGE_VIETNAM_VN = r"""
Vietnam.vn
Tiếng Việt | English | Français | Español | 中文 | 한국어 | 日本語
Home   Current Events   Economy   Society   Culture   Travel   Science   Sports
Economy
#D kind=site_page
#D published_date=2026-12-05
#D source=Vietnam.vn
#D source_aliases=["Vietnam.vn", "vietnam.vn"]
#T Hai Phong to build cold-chain logistics centre near Lach Huyen port
Saturday, 05/12/2026 07:45 (GMT+7)
#P Hai Phong city has approved a cold-chain logistics centre covering 18 hectares near the Lach Huyen international gateway port, aimed at handling frozen seafood and fruit for export.
#P The centre, with investment of about VND2.4 trillion, will include cold storage for 60,000 pallets and a customs inspection area.
#C The Lach Huyen port area in Hai Phong. Photo: Hoang Ha
#P City officials said the project would shorten the time that refrigerated containers wait for inspection from two days to less than 12 hours.
#P Construction is expected to begin in the second quarter of 2027.
Source: https://baotintuc.vn/kinh-te/hai-phong-cold-chain-lach-huyen-20261205074512.htm
Same category
#RT Rice exports in 11 months exceed 8 million tonnes
#RT Ninh Binh attracts three new FDI projects in industrial parks
#RT Businesses prepare goods for the Lunar New Year market

Vietnam.vn
Tiếng Việt | English | Français | Español | 中文 | 한국어 | 日本語
Home   Current Events   Economy   Society   Culture   Travel   Science   Sports
Travel
#T Lam Dong flower festival to open with 400,000 pots along Da Lat streets
Saturday, 05/12/2026 09:10 (GMT+7)
#C Flower displays at Xuan Huong Lake ahead of the festival. Photo: Mai Vy
#P The Da Lat Flower Festival 2026 will open on December 18 with about 400,000 pots of flowers displayed along streets and squares in the central wards of Da Lat.
#P Organisers from Lam Dong province said the festival would run for ten days and include a flower-float parade, a night market and exhibitions of new flower varieties.
#P The province expects about 1.2 million visitors during the festival, up 15 percent from last year.
Source: https://vnanet.vn/en/lam-dong-flower-festival-20261205091022.htm
Same category
#RT Phu Quoc welcomes first international cruise of the winter season
#RT Hanoi night tours of Thang Long Imperial Citadel extended

Vietnam.vn
Tiếng Việt | English | Français | Español | 中文 | 한국어 | 日本語
Home   Current Events   Economy   Society   Culture   Travel   Science   Sports
Society
#T Can Tho opens 14 new schools ahead of second semester
Saturday, 05/12/2026 10:25 (GMT+7)
#P Can Tho city has put 14 new schools into use in its wards and communes, adding about 9,800 places for pupils from kindergarten to secondary level.
#P The city's Department of Education and Training said the schools were built with a total investment of VND1.1 trillion and would open for the second semester in January.
#P Several of the schools are in communes of the former Soc Trang and Hau Giang provinces, which merged into Can Tho in 2025.
Source: https://baotintuc.vn/giao-duc/can-tho-new-schools-20261205102547.htm
Same category
#RT Ministry proposes free school meals pilot in border communes
#RT Students win gold at Asia-Pacific informatics contest

Vietnam.vn - National digital media platform
Copyright © 2026 Vietnam.vn. All rights reserved.
"""

PAGE_AFRICA_PAPERS = r"""
=== READER EXPORT === africa-papers === 05 Dec 2026 === 4 pages ===

--- page 1/4 --- https://www.newvision.co.ug/category/agriculture/masaka-coffee-farmers-get-solar-driers-NV_226418
NEW VISION
Home   News   Business   Sports   Opinion   Regional   Education   Agriculture
Home / News / Agriculture
#D kind=site_page
#D published_date=2026-12-05
#D source=New Vision
#D source_aliases=["New Vision", "newvision.co.ug", "Vision Group"]
#T Masaka coffee farmers get solar driers to cut post-harvest losses
#M external_id=NV_226418
By Josephine Nakato
Journalists @New Vision
Added 5th December 2026 09:12 AM
#M byline=Josephine Nakato
#C Farmers load coffee beans onto a solar drier in Kyesiiga, Masaka district. (Photo by Robert Mugisha)
#P More than 600 coffee farmers in Masaka district have received solar driers under a programme meant to reduce losses caused by drying coffee on bare ground.
#P The district agricultural officer, Charles Ssenyonga, said farmers lose up to a fifth of their harvest to mould and poor drying each season.
#P "With the driers, a farmer can dry in four days what used to take two weeks," Ssenyonga said on Friday.
#P The programme is expected to reach 2,000 more farmers in Kalungu and Lwengo districts by June.
Related stories
#RT Coffee exports rise 9% in October
#RT Farmers urged to register for input subsidies

--- page 2/4 --- https://www.nyasatimes.com/blantyre-water-board-restores-supply-to-ndirande/
#D source=Nyasa Times
#D source_aliases=["Nyasa Times", "Malawi Nyasa Times", "nyasatimes.com"]
#T Blantyre Water Board restores supply to Ndirande after pipe repairs
By Nyasa Times Reporter
#P Blantyre Water Board says it has restored water supply to Ndirande and surrounding townships after repairing a burst main pipe that had left thousands of households without water for five days.
#P The board's public relations manager, Chikondi Phiri, said technicians worked through the night on Thursday to replace a 400-millimetre section of the pipe.
#P Residents had been buying water from vendors at up to K500 per 20-litre bucket.
#P Phiri said the board would inspect other ageing pipes in the township before the rainy season peaks.
Follow and Subscribe Nyasa TV :
The post Blantyre Water Board restores supply to Ndirande after pipe repairs appeared first on Malawi Nyasa Times - News from Malawi about Malawi.

--- page 3/4 --- https://www.daily-mail.co.zm/copperbelt-farmers-receive-fertiliser/
Zambia Daily Mail
Home   National   Business   Features   Sport   Columns   ePaper
#D source=Zambia Daily Mail
#D source_aliases=["Zambia Daily Mail", "Daily Mail", "daily-mail.co.zm"]
#T Copperbelt farmers receive fertiliser ahead of planting
December 5, 2026
CHANDA MWILA, Ndola
#M byline=CHANDA MWILA
#P MORE than 12,000 small-scale farmers on the Copperbelt have received fertiliser under the Comprehensive Agriculture Support Programme ahead of the planting season.
#P Provincial agriculture coordinator Mutale Kapembwa said distribution was complete in Masaiti, Mpongwe and Lufwanyama districts.
#P "Farmers who have not yet collected their inputs should visit their nearest depot before the end of next week," Mr Kapembwa said.
Related Posts
#RT Maize floor price announced
#RT Govt clears arrears to input suppliers

--- page 4/4 --- https://www.sudanspost.com/juba-city-council-starts-drainage-works/
Sudans Post
News   Politics   Economy   Opinion   Sports
#D source=Sudans Post
#D source_aliases=["Sudans Post", "sudanspost.com"]
#T Juba City Council starts drainage works in Munuki and Gudele
By Deng Mayen Akol
#M byline=Deng Mayen Akol
#M dateline=JUBA
#P JUBA – The Juba City Council has started clearing and widening drainage channels in Munuki and Gudele blocks after floods damaged dozens of homes last month.
#P The council's director of public works, Peter Lado Wani, told Sudans Post on Saturday that the work would take about six weeks.
#P Residents welcomed the works but asked the council to remove rubbish that blocks the channels.
=== END OF EXPORT ===
"""

PAGE_GULF_SOUTHASIA_PAPERS = r"""
################################################################
# saved 05-12-2026 12:40  saudigazette.com.sa
################################################################
Saudi Gazette
Saudi Arabia   World   Business   Sports   Opinion   Culture
#D kind=site_page
#D published_date=2026-12-05
#D source=Saudi Gazette
#D source_aliases=["Saudi Gazette", "saudigazette.com.sa"]
#T Riyadh Metro extends Friday and Saturday hours for winter season
Saudi Gazette report
#M dateline=RIYADH
#P RIYADH — The Riyadh Metro will run until 1 a.m. on Fridays and Saturdays from next week to serve visitors to winter season events, the Royal Commission for Riyadh City announced on Saturday.
#P The extended hours will apply to all six lines, with trains every eight minutes after 10 p.m.
#P The commission said passenger numbers had risen by 18 percent since the start of the season.
December 05, 2026
Related
#RT Riyadh bus network adds 12 routes
#RT Winter season draws record crowds in first week

################################################################
# saved 05-12-2026 12:44  thepeninsulaqatar.com
################################################################
The Peninsula
Qatar's leading English daily
Qatar   Business   Sports   Middle East   International   Opinion
#D source=The Peninsula
#D source_aliases=["The Peninsula", "The Peninsula Qatar", "thepeninsulaqatar.com"]
#T MoPH launches winter vaccination drive at 31 health centres
The Peninsula
Doha, Qatar
Published: 05 Dec 2026 - 11:02 am | Last Updated: 05 Dec 2026 - 11:05 am
#M dateline=Doha, Qatar
#C A nurse gives a vaccine at a health centre in Doha. Pic: The Peninsula
#P Doha, Qatar: The Ministry of Public Health (MoPH) has launched its winter vaccination drive at 31 primary health centres, offering influenza shots free of charge to residents.
#P The ministry urged older people, pregnant women and people with chronic illnesses to get vaccinated early.
#P Appointments are not needed, and the centres will accept walk-ins until the end of February.
Related News
#RT Hamad Medical Corporation opens new dialysis unit
#RT Schools to hold health awareness week

################################################################
# saved 05-12-2026 12:51  risingnepaldaily.com
################################################################
The Rising Nepal
Home   National   Economy   Sports   World   Opinion   Art/Culture
#D source=The Rising Nepal
#D source_aliases=["The Rising Nepal", "TRN", "risingnepaldaily.com"]
#T Melamchi water supply to resume in Kathmandu from next week
By Sita Adhikari
#M byline=Sita Adhikari
#M dateline=Kathmandu, Dec. 5
#P Kathmandu, Dec. 5: Water from the Melamchi project will again flow to the Kathmandu Valley from next week after repairs to the headworks damaged by landslides in September, the project office said on Saturday.
#P Project chief Ramesh Poudel said supply would start at 85 million litres a day and rise to the full 170 million litres by the end of December.
#P Kathmandu Upatyaka Khanepani Limited said it would publish the distribution schedule for each area on Sunday.
Related News
#RT Valley residents rely on tankers as taps stay dry
#RT Govt allocates funds for river training works

################################################################
# saved 05-12-2026 12:58  newagebd.net
################################################################
New Age
The Outspoken Daily
Home   Bangladesh   Business   World   Sports   Opinion
#D source=New Age
#D source_aliases=["New Age", "New Age Bangladesh", "newagebd.net"]
#T Winter vegetable prices fall as supply rises in Dhaka markets
Staff Correspondent | Published: 00:12, Dec 05,2026
#P Prices of winter vegetables fell in Dhaka's kitchen markets this week as supply from the northern districts increased.
#P Cauliflower and cabbage sold at Tk 30 to Tk 40 a piece on Friday at Karwan Bazar, down from Tk 60 two weeks ago, traders said.
#P Prices of rice, lentils and edible oil remained unchanged.
#P Traders expect vegetable prices to fall further as harvests peak later this month.
"""


def page_vietstock():
    return parse(PAGE_VIETSTOCK)


def page_vietnam_vn():
    return parse(PAGE_VIETNAM_VN)


def page_africa_papers():
    return parse(PAGE_AFRICA_PAPERS)


def page_gulf_southasia_papers():
    return parse(PAGE_GULF_SOUTHASIA_PAPERS)
