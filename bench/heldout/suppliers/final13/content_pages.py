"""Newspaper / site page dumps of final13 (all text invented; dated Friday 4 December 2026).
Real places appear as settings only; people, firms and figures are fictional."""
from markup import parse


def page_nghean():
    """Three pages of Nghe An Newspaper (English edition) saved one after another: masthead, menu,
    crumb, headline, date line, byline under the date (1), after the text (2) or above the
    headline with a translator line after the text (3); captions with "Photo: NAME"; tags,
    "Related news" list, copyright."""
    return parse("""
NGHE AN NEWSPAPER
Home  Politics  Economy  Society  Culture  Tourism  Nghe An Today  Photos  Videos
Home > Economy

#D kind=site_page
#D source=Nghe An Newspaper
#D source_aliases=["Nghe An Newspaper", "Báo Nghệ An", "Bao Nghe An", "baonghean.vn"]
#D published_date=2026-12-04
#T Nghe An orange growers ship first winter crop to northern supermarkets
#M byline=Hoang Vinh
Friday, 04/12/2026 - 07:45
Hoang Vinh

#P The first 40 tonnes of Xa Doai oranges from this year's winter harvest left the cooperatives in the western communes of Nghe An on December 3 for supermarket chains in Hanoi and Hai Phong.
#C Farmers of the Quynh Chau cooperative sort oranges before packing. Photo: Hoang Vinh
#P According to the provincial Department of Agriculture and Environment, about 2,600 hectares of oranges are being harvested this season, with an expected output of 41,000 tonnes, up 8% compared with last year.
#P Mr. Nguyễn Văn Thắng, director of a cooperative in Yen Thanh commune, said the farm-gate price is currently 22,000-28,000 VND per kg, depending on the size of the fruit. "Thanks to the contracts signed in advance with the supermarkets, members do not have to worry about traders forcing the price down at the peak of the harvest," he said.
#P The province plans to grant QR traceability codes to another 300 hectares of orange gardens in 2027.

Tags: Xa Doai orange; agriculture; cooperative; Nghe An
Related news
• Nghe An calls for investment in high-tech agriculture zones
#Rt Nghe An calls for investment in high-tech agriculture zones
• Rice farmers in Dien Chau switch to low-emission cultivation
#Rt Rice farmers in Dien Chau switch to low-emission cultivation
• Con Cuong commune develops medicinal herb gardens under forest canopy
#Rt Con Cuong commune develops medicinal herb gardens under forest canopy
Copyright © Nghe An Newspaper. All rights reserved.

NGHE AN NEWSPAPER
Home  Politics  Economy  Society  Culture  Tourism  Nghe An Today  Photos  Videos
Home > Tourism

#T Cua Lo to light up beach square for year-end festival season
#M byline=Thanh Duy - Hoai Thu
Friday, 04/12/2026 - 09:10

#P Cua Lo ward will turn on a new lighting system along the beach square and Binh Minh street from December 20, opening a programme of year-end events aimed at drawing visitors outside the summer season.
#P The programme includes a night seafood market on weekends, street music performances and a countdown on New Year's Eve with an expected 15,000 attendees.
#C The beach square of Cua Lo ward, where the new lights are being installed. Photo: Thanh Duy
#P Ms. Tran Thi Lan Huong, Vice Chairwoman of the ward People's Committee, said hotels in the area currently operate at under 20% occupancy in winter. "We want visitors to know that Cua Lo is not only a summer beach," she said.
#P More than 60 hotels have registered discounts of 20-35% on room rates for guests staying during the programme.
Thanh Duy - Hoai Thu

Tags: Cua Lo; tourism; festival
Related news
• Nghe An welcomes over 8 million tourist arrivals in 11 months
#Rt Nghe An welcomes over 8 million tourist arrivals in 11 months
• Homestays in Con Cuong attract foreign backpackers
#Rt Homestays in Con Cuong attract foreign backpackers
Copyright © Nghe An Newspaper. All rights reserved.

NGHE AN NEWSPAPER
Home  Politics  Economy  Society  Culture  Tourism  Nghe An Today  Photos  Videos
Home > Society

By Pham Bang
#T Truong Vinh ward opens community library in renovated heritage house
#M byline=Pham Bang
Friday, 04/12/2026 - 10:30

#P A 90-year-old tube house in Truong Vinh ward has reopened as a free community library with about 6,000 books, a reading corner for children and a small exhibition on the history of the neighbourhood.
#C Children read in the children's corner of the new library. Photo: Pham Bang
#P The renovation, costing 3.2 billion VND, was funded by the ward budget and contributions from residents and former residents now living abroad.
#P The library will open from 8 a.m. to 8 p.m. every day except Monday. Volunteers from local universities will run weekend reading sessions for primary school pupils.
Translated by Mai Hoa

Tags: library; culture; Truong Vinh ward
Related news
• Nghe An schools pilot digital textbooks in 12 communes
#Rt Nghe An schools pilot digital textbooks in 12 communes
• Vi Giam folk songs club celebrates 15 years
#Rt Vi Giam folk songs club celebrates 15 years
Copyright © Nghe An Newspaper. All rights reserved.
""")


def page_kinhtedothi():
    """Three pages of Kinh te & Do thi (Economic & Urban newspaper, Hanoi), English edition: masthead
    with its motto, menu, section, headline, time stamp, byline under it or in bold after the text,
    lede prefixed "Kinhtedothi - ", captions with credits, share row, "Read more" list."""
    return parse("""
KINHTEDOTHI
Economic & Urban Newspaper - Voice of the capital
Home | Hanoi | Economy | Urban | Society | Culture | Travel | Vietnam
Urban

#D kind=site_page
#D source=Kinh te & Do thi
#D source_aliases=["Kinh te & Do thi", "Kinhtedothi", "Kinh tế & Đô thị", "Economic & Urban Newspaper", "Economic and Urban"]
#D published_date=2026-12-04
#T Hanoi speeds up clearance for second ring road elevated section
04/12/2026 08:15
#M byline=Nguyen Minh

#P Kinhtedothi - Hanoi authorities have pledged to hand over all remaining land for the elevated section of Ring Road 2 between Nga Tu Vong and Vinh Tuy bridge by the end of January 2027, allowing the contractor to finish the main girders before the rainy season.
#C Construction of the elevated section of Ring Road 2 on December 3. Photo: Khac Kien
#P At a site meeting on December 3, Vice Chairman of the Hanoi People's Committee Le Van Hoang said 37 households in Hai Ba Trung and Tuong Mai wards had yet to receive compensation, mainly because of disputes over land origin.
#P He asked the wards to complete the verification within 20 days and to arrange temporary housing for families who have to move before the end of the year.
#P The 5.3-kilometre section is expected to reduce congestion at the Nga Tu Vong and Kim Lien intersections, where traffic jams now last up to two hours during rush hour.
Nguyen Minh

Share: Facebook | Zalo | Email
Read more
- Hanoi to plant 20,000 more trees along ring roads
#Rt Hanoi to plant 20,000 more trees along ring roads
- New bus routes to link suburban wards with Noi Bai airport
#Rt New bus routes to link suburban wards with Noi Bai airport
- Metro Line 3 underground section reaches Hanoi Station
#Rt Metro Line 3 underground section reaches Hanoi Station

KINHTEDOTHI
Economic & Urban Newspaper - Voice of the capital
Home | Hanoi | Economy | Urban | Society | Culture | Travel | Vietnam
Economy

#T Hanoi's 11-month retail sales up 9.6%
04/12/2026 10:05
Thu Hang
#M byline=Thu Hang

#P Kinhtedothi - Total retail sales of goods and services in Hanoi in the first 11 months of 2026 reached an estimated 785 trillion VND, up 9.6% year-on-year, according to the city's Statistics Office.
#P Accommodation and food services grew fastest, at 14.2%, driven by the recovery of international arrivals, while retail sales of goods rose 8.1%.
#C Shoppers at a supermarket in Cau Giay ward. Photo: Thu Hang
#P The Hanoi Department of Industry and Trade said it has worked with distributors to stock goods worth 40 trillion VND for the Lunar New Year, about 10% more than last year, and that prices of essential items would be kept stable.

Share: Facebook | Zalo | Email
Read more
- Hanoi export turnover reaches 20 billion USD
#Rt Hanoi export turnover reaches 20 billion USD
- Year-end trade fairs to open in 30 wards and communes
#Rt Year-end trade fairs to open in 30 wards and communes

KINHTEDOTHI
Economic & Urban Newspaper - Voice of the capital
Home | Hanoi | Economy | Urban | Society | Culture | Travel | Vietnam
Culture

#T Old Quarter craft street festival returns after three years
04/12/2026 14:40

#P Kinhtedothi - The Hang Ma - Hang Buom craft street festival will return to Hanoi's Old Quarter from December 18 to 20, bringing together artisans from 25 craft villages across the North.
#P Visitors will be able to watch demonstrations of paper lantern making, silver engraving and lacquer painting, and take part in workshops for children on weekend mornings.
#C Lanterns on display at the festival's last edition. Photo: Kinhtedothi
#P Hoan Kiem ward said traffic on Hang Buom street would be restricted from 5 p.m. on festival days.

Share: Facebook | Zalo | Email
Read more
- Thang Long Imperial Citadel opens night tours for winter
#Rt Thang Long Imperial Citadel opens night tours for winter
- Hanoi hosts exhibition of Dong Ho folk paintings
#Rt Hanoi hosts exhibition of Dong Ho folk paintings

(c) Kinh te & Do thi Newspaper. License No. 1234/GP-BTTTT.
""")


def page_caribbean():
    """Kaieteur News (update stamp, menu, date and category line, "Kaieteur News – " lede, no
    byline), Barbados Today (byline and date on one line, caption with credit in brackets, tags,
    "You may also like"), Cayman Compass (byline over date and "Updated" line, caption with
    " – Photo: NAME", newsletter call, "Related Stories", cookie notice)."""
    return parse("""
Kaieteur News
Latest update December 4th, 2026 1:05 AM
Home | News | Sports | Letters | Features/Columnists | Business | Peeping Tom | Epaper

#D kind=site_page
#D source=Kaieteur News
#D source_aliases=["Kaieteur News", "KNews", "Kaieteur News Online", "kaieteurnewsonline.com"]
#D published_date=2026-12-04
#T Linden water treatment plant upgrade to be completed by March
Dec 04, 2026 News

#P Kaieteur News – The upgrade of the Linden water treatment plant, which has been hit by repeated breakdowns since August, will be completed by March next year, Guyana Water Inc. (GWI) said on Thursday.
#P In a statement, the utility said new filters and two high-lift pumps had arrived in the country and would be installed in stages to avoid cutting supply to residents of Mackenzie and Wismar.
#P Residents of several Linden communities have complained of receiving water for only a few hours every second day. GWI said it would continue to deploy water trucks to the worst affected areas until the works are completed.
#P The contract for the upgrade, valued at $612 million, was awarded in June to a local firm.

Share this: Facebook | X | WhatsApp
Related Posts
#RT GWI to drill three new wells on East Bank Demerara
#RT Residents of Wismar protest over irregular water supply

Barbados Today
Home  Local News  Business  Sports  Lifestyle  Opinion  Epaper
Local News

#D source=Barbados Today
#D source_aliases=["Barbados Today", "barbadostoday.bb"]
#T Fishers urge faster repairs at Oistins market
#M byline=Shamar Clarke-Odle
by Shamar Clarke-Odle  December 4, 2026

#C Fishers at the Oistins Fish Market on Thursday. (Photo: Jameel Brathwaite)
#P Fishers and vendors at the Oistins Fish Market are calling on the Markets Division to speed up repairs to the cold storage room and the leaking roof over the vending area, saying they are losing fish and customers.
#P Vendor Patricia Grannum said the cold room had been out of service for five weeks. "We are buying ice every morning out of our own pockets. By the time the weekend comes, there is no profit," she told Barbados Today.
#P A spokesperson for the Markets Division said a contractor had been engaged and that the cold room would be back in service before Christmas, while the roof would be repaired in the new year.

Tags: fisheries, markets, Oistins
You may also like
#RT Flying fish landings down for third straight month
#RT Government to upgrade Speightstown fish market
Barbados Today © 2026. All rights reserved.

Cayman Compass
News | Business | Sports | Arts & Entertainment | Opinion | Subscribe

#D source=Cayman Compass
#D source_aliases=["Cayman Compass", "caymancompass.com"]
#T New bus route to link Bodden Town and George Town airport
#M byline=Harriet Ebanks-Lowe
By Harriet Ebanks-Lowe
December 4, 2026
Updated: December 4, 2026 2:15pm

#C The new route will use four 26-seat buses. – Photo: Alvaro Serey
#P A new public bus route linking Bodden Town with the airport and central George Town will start running on Jan. 11, the Public Transport Unit has announced.
#P The route will operate every 30 minutes from 6am to 9pm on weekdays, with hourly service on Saturdays. Fares will be CI$2.50 for a single trip.
#P "Many people who work at the airport and in hotels on Seven Mile Beach have no car and spend more than an hour getting to work," said the unit's director, Marcia Whittaker.
#P The government has signed a two-year contract with a local operator to run the route, at a cost of CI$1.1 million.

Stay informed. Sign up for the Compass newsletter.
Related Stories
#RT Traffic study recommends dedicated bus lanes on East-West Arterial
#RT Airport passenger numbers up 12% in November
We use cookies to give you the best experience on our site. By continuing, you agree to our use of cookies. OK
""")


def page_africa_med():
    """Mmegi ("Staff Writer", date line, "FRANCISTOWN: " lede, "Related articles"), The Namibian
    (byline and date, caption with a capitalised lead-in and "Photo: Contributed", "More from The
    Namibian"), Cyprus Mail (byline, date, "File photo" caption, related posts, cookie notice)."""
    return parse("""
Mmegi Online
News | Business | Sport | Arts & Culture | Opinion | Classifieds | Epaper
News

#D kind=site_page
#D source=Mmegi
#D source_aliases=["Mmegi", "Mmegi Online", "mmegi.bw"]
#D published_date=2026-12-04
#T Francistown abattoir to reopen after two-year closure
#M dateline=FRANCISTOWN
Staff Writer
Friday, 04 December 2026 | 10:15 am

#P FRANCISTOWN: The Francistown abattoir, closed since late 2024 after a foot-and-mouth outbreak in the north-east, is expected to resume slaughtering in February, the Botswana Meat Commission (BMC) has said.
#P BMC acting chief executive Kagiso Molefhe said this week that refurbishment of the cold rooms and the effluent plant was 80 percent complete and that the commission was recruiting 140 workers.
#P Farmers in the North East and Central districts have had to truck their cattle to Lobatse, more than 400 kilometres away. "Transport has eaten our profits for two years," said Tshepo Keaikitse, a cattle farmer from Tati.
#P The abattoir will initially slaughter 150 head of cattle a day.

Related articles
• BMC receives new export quota for EU beef
#Rt BMC receives new export quota for EU beef
• Cattle prices rise ahead of festive season
#Rt Cattle prices rise ahead of festive season

The Namibian
News | Politics | Business | Sport | Opinion | Life | Subscribe

#D source=The Namibian
#D source_aliases=["The Namibian", "Namibian", "namibian.com.na"]
#T Keetmanshoop residents get prepaid water meters
#M byline=Ndeshi Haufiku
Ndeshi Haufiku
2026-12-04

#C WATER WISE … A municipal technician installs a prepaid meter in Keetmanshoop on Thursday. Photo: Contributed
#P The Keetmanshoop municipality has started installing prepaid water meters in the town's Tseiblaagte and Krönlein suburbs, hoping to recover part of the N$48 million owed by residents.
#P Municipal spokesperson Hilma Swartbooi said about 1 900 meters would be installed by the end of February, and that residents with outstanding bills would be able to pay off their debt in small amounts each time they buy water.
#P Some residents have raised concerns about being cut off when they cannot afford to buy water. Swartbooi said each household would receive a free basic amount of six cubic metres a month.

More from The Namibian
#RT Mariental council approves new electricity tariffs
#RT //Karas region receives drought relief food

Cyprus Mail
Cyprus | World | Business | Opinion | Life & Style | Sport

#D source=Cyprus Mail
#D source_aliases=["Cyprus Mail", "cyprus-mail.com"]
#T Limassol marina parking to be cut by half during roadworks
#M byline=Eleni Papadouri
By Eleni Papadouri
December 4, 2026

#C Limassol marina (File photo)
#P Half of the public parking spaces near Limassol marina will be closed from Monday for eight weeks while the municipality replaces water pipes and repaves the coastal road, the municipality announced on Friday.
#P The works will be carried out in two stages, so that at least 180 spaces remain available at all times, it said, adding that shuttle buses would run from the old port car park every 15 minutes.
#P Shop owners in the area said the timing, in the run-up to Christmas, would hurt their business. The municipality said the works could not be postponed because of funding deadlines.

Related Posts
#RT Larnaca to get new cycling lane along Mackenzie beach
#RT Paphos airport traffic up 9 per cent in November
We use cookies to ensure that we give you the best experience on our website. Accept
""")
