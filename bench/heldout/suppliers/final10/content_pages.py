"""Newspaper-page dumps of final10 (all text invented; see README.md)."""
from markup import parse

BRIEFING_INSIDER = r"""
VIETNAM BRIEFING
Business Intelligence for Vietnam | Dezan Shira & Associates
Legal   Tax   HR & Payroll   Industry   Regions   Doing Business Guide
#D kind=site_page
#D published_date=2026-03-15
#D source=Vietnam Briefing
#D source_aliases=["Vietnam Briefing", "vietnam-briefing.com", "Dezan Shira & Associates"]
Tax
#T Vietnam Extends Land Rental Reduction for Industrial Park Tenants into 2026
Written by Vietnam Briefing | Reading Time: 4 minutes
March 15, 2026
#P Vietnam's Ministry of Finance has extended a 30 percent reduction in land rental fees for tenants of industrial parks and export processing zones until the end of 2026, according to a draft circular released for comment on Sunday.
#P The reduction, first introduced in 2023, applies to companies that lease land directly from the state and have not fallen behind on payments.
#P Who qualifies
#P Foreign-invested and domestic companies alike may apply, provided they submit a request to the provincial tax department by 30 June 2026.
#P What investors should do now
#P Companies should check whether their lease is with the state or with an industrial park developer, as only the former qualifies. Leases with a developer depend on whether the developer passes the saving on.
About Us
Vietnam Briefing is produced by Dezan Shira & Associates. The firm assists foreign investors throughout Asia.
Related Reading
#RT Vietnam's 2026 Minimum Wage: What Employers Need to Know
#RT Personal Income Tax Deductions in Vietnam: An Update
==========
VIETNAM BRIEFING
Industry
#T Binh Duong Semiconductor Cluster Draws Three New Packaging Plants
Written by Vietnam Briefing | Reading Time: 3 minutes
March 15, 2026
#P Three electronics packaging companies have received investment certificates for plants in Binh Duong province, bringing the number of semiconductor-related projects in the province's northern industrial parks to 11.
#P The three projects, with combined capital of US$420 million, will assemble and test chips for automotive and industrial customers, the provincial Department of Planning and Investment said.
#P The plants are expected to employ about 2,600 workers when fully operational in 2028.
About Us
Vietnam Briefing is produced by Dezan Shira & Associates. The firm assists foreign investors throughout Asia.
Related Reading
#RT Vietnam's Semiconductor Strategy to 2030: Incentives and Targets
==========
VIETNAM INSIDER
News | Travel | Business | Lifestyle
#D source=Vietnam Insider
#D source_aliases=["Vietnam Insider", "vietnaminsider.vn"]
LIVE
#T Live: Ho Chi Minh City Metro Line 2 first test run
#M byline=Quynh Tran
Updated 12:40, March 15, 2026 | By Quynh Tran
Key events
12:40 Test train returns to Ben Thanh
10:30 Train leaves the depot
12:40
#P The test train has returned to Ben Thanh station after completing the 4.1-kilometre underground section twice. Engineers will now check the data from the braking tests.
11:55
#P A spokesperson for the city's urban railway board said passengers should not expect service before the end of 2027, despite today's test.
10:30
#P The train has left the Tham Luong depot. It will run at low speed through the first two stations while inspectors walk the platforms.
09:15
#P Good morning. Today the first test train is due to run on Metro Line 2. We will bring you updates through the day.
Share this live blog
==========
VIETNAM INSIDER
Travel
#T Ha Giang buckwheat flower season draws record visitors
#M byline=Minh Duc
By Minh Duc
#P Ha Giang's late buckwheat flower season has drawn a record 210,000 visitors since January, the provincial tourism department said on Sunday.
#P Homestays in Dong Van and Meo Vac reported full bookings on most weekends, and the province has added two new bus services from Hanoi.
#P Officials asked visitors not to walk into planted fields to take photos, after farmers complained of damaged crops.
Photo gallery
#CX Photo 1 of 3: ||Buckwheat fields outside Dong Van. Photo: Minh Duc
#CX Photo 2 of 3: ||A homestay in Meo Vac. Photo: Minh Duc
#CX Photo 3 of 3: ||Visitors on the Ma Pi Leng pass. Photo: Minh Duc
You may also like
#RT Five quiet beaches in central Vietnam
#RT Hanoi's new night bus routes explained
"""

NLD_CR = r"""
NGUOI LAO DONG ONLINE - ENGLISH
Home | Society | Economy | Culture | Sport
#D kind=site_page
#D published_date=2026-03-15
#D source=Nguoi Lao Dong
#D source_aliases=["Nguoi Lao Dong", "Người Lao Động", "nld.com.vn", "Nguoi Lao Dong Online"]
Workers' Housing
#T HCMC TO HAND OVER 1,500 SOCIAL HOUSING FLATS TO FACTORY WORKERS
#M byline=NGOC ANH
15/03/2026 08:12
#P Ho Chi Minh City will hand over 1,500 social housing flats in Thu Duc City to factory workers before the end of June, the city's Department of Construction said on Sunday.
#C Workers visit the model flat in Thu Duc City. Photo: NGOC ANH
#P The flats, of 45 to 60 square metres, will be sold at about VND18 million per square metre, with loans at 4.8 percent a year from the social policy bank.
#C The project site seen from Vo Van Ngan street. Photo: NGOC ANH
#P More than 4,200 workers have applied so far. Priority goes to those who have worked at industrial parks in the city for at least five years.
#P A worker at the Linh Trung export processing zone, Ms. Tran Thi Hoa, said she had rented a room for 11 years.
NGOC ANH
Tags: social housing, workers
==========
NGUOI LAO DONG ONLINE - ENGLISH
Trade Union
#T UNION SETS UP 24-HOUR HOTLINE FOR UNPAID WAGES
#P The Ho Chi Minh City Labour Federation has set up a 24-hour hotline for workers who have not been paid on time, after complaints rose in the first two months of the year.
#C A union officer answers calls at the hotline centre. Photo: HOANG TRIEU
#P The federation said it received 312 complaints in January and February, most from small garment and footwear workshops.
#P Calls will be passed to district unions, which must contact the employer within two working days.
HOANG TRIEU
Tags: wages, trade union
==========
COMMUNIST REVIEW - English edition
Theory | Practice | International | Research
#D source=Communist Review
#D source_aliases=["Communist Review", "Tạp chí Cộng sản", "Tap chi Cong san", "TCCS"]
#T Developing vocational education to meet the needs of a digital economy
#M byline=NGUYEN VAN AN
Assoc. Prof., Dr. NGUYEN VAN AN*
Sunday, 15 March 2026 09:30
#P (TCCS) - Vocational education is a key part of building a workforce that can take part in the digital economy, which is expected to account for a growing share of GDP over the next decade(1).
#P Vocational schools need closer links with enterprises, so that training follows the skills that employers actually use. Several provinces have piloted programmes in which students spend half of their final year at a company(2).
#P The article proposes three groups of solutions: updating curricula every two years, training teachers in digital skills, and sharing equipment between schools in the same region.
* Vice Director, Institute of Vocational Studies
(1) Figures from a national labour survey, 2025.
(2) Reports of provincial departments of labour, 2024-2025.
==========
COMMUNIST REVIEW - English edition
#T Strengthening grassroots mediation in rural communes
#M byline=TRAN THI MAI
MA. TRAN THI MAI*
Sunday, 15 March 2026 10:05
#P (TCCS) - Grassroots mediation teams settled most disputes in rural communes last year without the need for a court case, showing the value of local, low-cost ways of resolving conflicts.
#P However, many mediators are elderly and have had no training in the law on land use, which is the subject of most disputes(1).
#P The author recommends regular training, a small allowance for mediators and a simple record of every case settled.
* Ministry of Justice
(1) Report of the Ministry of Justice on mediation work, 2025.
"""

PROVINCIAL = r"""
BINH DUONG ONLINE - ENGLISH
Politics - Economy - Society - Culture - Photos
#D kind=site_page
#D published_date=2026-03-15
#D source=Binh Duong Online
#D source_aliases=["Binh Duong Online", "BDO", "Báo Bình Dương", "baobinhduong.vn"]
Sunday, 15/03/2026
#T Thu Dau Mot opens riverside park on Saigon River bank
#M byline=THANH TAM
#P BDO - A 12-hectare riverside park opened on Sunday along the Saigon River bank in Thu Dau Mot city, with walking paths, a playground and a market square for weekend events.
#P The park was built on land cleared of warehouses, at a cost of VND240 billion, the city's people's committee said.
#P Residents said the park gave families a place to walk in the evening, away from traffic.
Photo gallery (3 photos)
#C The park's main walkway at sunset.
#C Children at the new playground.
#C The market square on opening day.
THANH TAM
Other news
#RT Binh Duong plans 30 new electric bus routes
#RT Ben Cat industrial park adds wastewater plant
==========
BINH DUONG ONLINE - ENGLISH
Sunday, 15/03/2026
#T Binh Duong plans 30 new electric bus routes
#M byline=HONG PHUC
#P BDO - Binh Duong province plans to open 30 electric bus routes by 2028, linking industrial parks with residential areas and the new metro station in Thuan An.
#P The first eight routes will start in September with 60 buses, according to the provincial Department of Transport.
#P Fares will be the same as on diesel buses, and workers with a company card will ride free during shift changes.
HONG PHUC
==========
QUANG NINH ONLINE
Home > Tourism
#D source=Quang Ninh Online
#D source_aliases=["Quang Ninh Online", "QNO", "Báo Quảng Ninh", "baoquangninh.vn"]
#T Co To island adds night ferry for summer season
#M byline=Hoang Nga
Text: Hoang Nga - Photos: Do Phuong
15/03/2026 | 14:10
#P QNO - A night ferry between Cai Rong port and Co To island will run from May to August, the Co To district authorities said, after visitors complained that day trips were sold out on summer weekends.
#C The ferry terminal at Cai Rong port. Photo: Do Phuong
#P The ferry will carry up to 300 passengers and leave Cai Rong at 9 p.m., arriving at Co To before midnight.
#P The district will also limit the number of visitors staying on the island to 8,000 a night.
Related news
#RT Ha Long Bay opens two new kayak routes
==========
CAN THO ONLINE - ENGLISH
Sunday, 15/03/2026, 10:24 (GMT+7)
#D source=Can Tho Online
#D source_aliases=["Can Tho Online", "CTO", "Báo Cần Thơ", "baocantho.com.vn"]
#T Cai Rang floating market gets new mooring posts
#M byline=DUY KHOI
#P CTO - Cai Rang floating market has been fitted with 120 new mooring posts, so that boats selling fruit can tie up in rows and leave a channel open for tourist boats.
#P The Cai Rang district said the posts were made of reinforced concrete and would last for at least 20 years.
#P Boat owners said the old wooden posts had rotted and many boats had drifted into the channel.
DUY KHOI
Read more
#RT Can Tho rice exporters expect higher spring prices
"""

ENERGY_HUE_STABROEK = r"""
VIETNAM ENERGY ONLINE
Oil & Gas | Electricity | Renewable | Interview
#D kind=site_page
#D published_date=2026-03-15
#D source=Vietnam Energy Online
#D source_aliases=["Vietnam Energy Online", "Năng lượng Việt Nam", "nangluongvietnam.vn"]
Interview
#T Rooftop solar for factories: 'The grid can take more if we plan it'
#M byline=Thanh Binh
Thanh Binh | 15/03/2026
#P Vietnam Energy Online spoke with Dr. Le Quang Huy, an electricity system researcher, about the new rules on rooftop solar for factories.
#P Energy: How much rooftop solar can industrial parks add this year?
#P Dr. Huy: If the rules are applied as drafted, about 1,500 megawatts, mostly on factories that use the power themselves.
#P Energy: Will the grid cope?
#P Dr. Huy: Yes, if the power companies plan the connections park by park instead of one factory at a time.
#P Energy: Thank you.
Tags: rooftop solar, industrial parks
==========
VIETNAM ENERGY ONLINE
Electricity
#T Northern grid adds 500kV line to cut summer shortages
#P Energy - A new 500kV transmission line linking central and northern Vietnam will be switched on in May, ahead of the summer peak, the national grid company said on Sunday.
#C Workers stringing cable on the new line in Nghe An. Photo: EVNNPT
#P The line will carry up to 2,200 megawatts north, reducing the risk of the power cuts seen in 2023.
#P The company said 96 percent of the towers had been completed.
Source: EVNNPT
Other news
#RT Offshore wind survey licences issued for two sites
==========
THUA THIEN HUE ONLINE
Home » Tourism » Heritage
#D source=Thua Thien Hue Online
#D source_aliases=["Thua Thien Hue Online", "TTHO", "Báo Thừa Thiên Huế", "baothuathienhue.vn"]
#T Hue citadel night tours to run every weekend from April
#M byline=Minh Hien
#P Night tours of the Hue citadel's Imperial City will run every Friday to Sunday from April, the Hue Monuments Conservation Centre said.
#P Visitors will walk with a guide through the restored Kien Trung palace and watch a short court music performance at Duyet Thi Duong theatre.
#P Tickets will cost VND250,000 for adults and half that for children.
Minh Hien
Related articles
#RT Perfume River boat stations get new floating piers
==========
Stabroek News
#D source=Stabroek News
#D source_aliases=["Stabroek News", "stabroeknews.com"]
#T Bartica ferry stelling to be rebuilt
By Staff Writer
March 15, 2026
#P The stelling at Bartica will be rebuilt this year at a cost of $380 million, the Ministry of Public Works said yesterday.
#P The wooden structure, used by ferries to and from Parika, has been patched several times since 2018.
#P Ferry passengers will use a temporary pontoon while the work is done.
Filed under News
"""


def page_briefing_insider():
    return parse(BRIEFING_INSIDER)


def page_nld_communistreview():
    return parse(NLD_CR)


def page_provincial_gallery():
    return parse(PROVINCIAL)


def page_energy_hue_stabroek():
    return parse(ENERGY_HUE_STABROEK)
