"""Wire dumps of corpus final8 (all text invented; see README.md). Template syntax: markup.py."""
from markup import parse

WIRE_PRIORITY_SLUGS = r"""
#D kind=wire
#D published_date=2026-03-13
#D source=ANP
#D source_aliases=["ANP", "Algemeen Nederlands Persbureau"]
BC-NL--Port-Automation,0418
URGENT
#T Rotterdam terminal orders 40 driverless straddle carriers
(Adds quote from union in paragraph 4)
#M dateline=ROTTERDAM, March 13

#P ROTTERDAM, March 13 (ANP) - A container terminal on the Maasvlakte will put 40 driverless straddle carriers into service by the end of next year, its operator Veldhaven Terminals said on Friday, the largest single order of its kind at the port.

#P The machines, built by the Tilburg firm Kranenborg Mobility, will run on a battery swap system and replace diesel units that are between twelve and fifteen years old.

#P Veldhaven said the order was worth about 96 million euros and that no jobs would be cut, as drivers would be retrained to supervise the fleet from a control room.

#P "We have heard promises like this before, so we want the retraining plan in writing before the first machine arrives," said Anouk Verbeek of the dockworkers' section of the FNV union.

-- ANP ek/jvd

BC-SK--Tatra-Bridge,0421
FLASH
#D source=TASR
#D source_aliases=["TASR", "Tlačová agentúra Slovenskej republiky", "News Agency of the Slovak Republic"]
#T Slovak government approves funding for new Danube bridge at Komarno
#M dateline=BRATISLAVA, March 13

#P BRATISLAVA, March 13 (TASR) - The Slovak cabinet on Friday approved 212 million euros for a second road bridge over the Danube near Komarno, Transport Minister's spokesman Rastislav Hudec told reporters.

#P Construction is due to start in the autumn and the crossing should open to traffic in 2029, easing pressure on the existing bridge, which carries more than 18,000 vehicles a day.

#P Hungary will finance the approach roads on its side of the river under an agreement signed last year.

TASR/mk

BC-AL--Tirana-Water,0437
#D source=ATA
#D source_aliases=["ATA", "Albanian Telegraphic Agency", "Agjencia Telegrafike Shqiptare"]
#T Tirana to replace 60 km of water mains this year
(Updates with ministry statement)
#M dateline=TIRANA, March 13

#P TIRANA, March 13 (ATA) - The water utility of Tirana will replace about 60 kilometres of old mains across the capital this year, cutting losses that now reach almost half of the water pumped, the utility's director Elvira Kotobelli said on Friday.

#P Work will begin in the Kombinat and Laprake neighbourhoods, where supply is interrupted most often in summer.

#P In a statement issued later on Friday, the Ministry of Infrastructure said it would contribute 14 million euros and that residents would be told about cuts at least 48 hours in advance.

(ATA)/gj

BC-AL--Olive-Oil-Law,0502
CORRECTION
(Corrects name of committee chair in paragraph 2 to Dritan Lleshi, not Dritan Leshi)
#T Albanian parliament committee backs new law on olive oil labelling
#M dateline=TIRANA, March 13

#P TIRANA, March 13 (ATA) - The economy committee of the Albanian parliament on Friday backed a draft law that requires olive oil sold in shops to state the region where the olives were harvested.

#P Committee chair Dritan Lleshi said the rules would protect producers in Vlora, Berat and Elbasan from blends imported under local brand names.

#P The draft now goes to a plenary vote, expected before the end of the month.

(ATA)/gj

BC-RU--Arctic-Shipping,0515
#D source=RIA Novosti
#D source_aliases=["RIA Novosti", "RIA", "RIA NOVOSTI"]
#T Northern Sea Route cargo target raised after mild winter
#M dateline=MOSCOW, March 13

#P MOSCOW, March 13 (RIA Novosti) - Freight traffic on the Northern Sea Route could reach 42 million tonnes this year, two million more than planned, because ice conditions in the eastern Arctic were milder than expected, a shipping official told RIA Novosti on Friday.

#P Yegor Malinin, deputy head of a route operations centre in Murmansk, said three additional ice-class tankers would be available from July.

#P "The eastern sector opened early last year and the forecasts point the same way, but we plan with a margin," Malinin said.

-- RIA Novosti
"""

WIRE_TITLECASE_KICKER = r"""
#D kind=wire
#D published_date=2026-03-13
#D source=BelTA
#D source_aliases=["BelTA", "Belarusian Telegraph Agency"]
AGRICULTURE
#T Belarus Plans to Sow 1.2 Million Hectares of Spring Grain
#M dateline=MINSK, 13 March
MINSK, 13 March (BelTA)
#M byline=Natalya Korzun
By Natalya Korzun
#P Belarusian farms are expected to sow about 1.2 million hectares of spring grain and legumes this year, First Deputy Agriculture Minister Stepan Lipsky told a meeting of regional officials on Friday.
#P Sowing will start in the southern regions of Brest and Gomel in the last days of March if the weather allows.
#P The ministry has asked farms to have the following ready by 25 March:
#P 1. seed that has passed germination tests;
#P 2. at least 70 per cent of the mineral fertiliser they need;
#P 3. tractors and seeders that have passed technical inspection.
#P "Last year we lost a week because machinery was not ready, and that must not happen again," Lipsky said.

INDUSTRY
#T Minsk Tractor Works Ships First Batch of Orchard Tractors to Vietnam
#M dateline=MINSK, 13 March
MINSK, 13 March (BelTA)
#P The Minsk Tractor Works has shipped its first 24 narrow-gauge orchard tractors to Vietnam, the company's sales director Andrei Tsyvunin said on Friday.
#P The machines will be used on coffee and pepper farms in the Central Highlands, he said.
#P Export Plans
#P The plant wants to sell up to 300 tractors in Southeast Asia this year and is looking for a partner to assemble them locally.

ECONOMY
#D source=AKIpress
#D source_aliases=["AKIpress", "AKIpress News Agency"]
#T Kyrgyzstan Opens Tender for Solar Plant Near Balykchy
#M dateline=BISHKEK, March 13
BISHKEK, March 13 (AKIpress)
#M byline=Aizada Temirbekova
By Aizada Temirbekova
#P The Kyrgyz Ministry of Energy on Friday opened an international tender to build a 100-megawatt solar power plant near Balykchy on the western shore of Lake Issyk-Kul.
#P Bids can be submitted until 30 April. The winner will sign a 25-year power purchase agreement with the state grid company.
#P "Spring water in the reservoirs is below average again, and solar must cover part of the gap," Deputy Minister Talant Ismailov said.

TRANSPORT
#T Bishkek Buys 120 Electric Buses, First Ones Arrive in May
#M dateline=BISHKEK, March 13
BISHKEK, March 13 (AKIpress)
#P The Bishkek city hall has signed a contract for 120 electric buses, with the first 30 expected in May, the city's transport department said on Friday.
#P The buses will serve the following routes:
#P • route 7, from the Western bus station to the Alamedin market;
#P • route 12, along Chui Avenue;
#P • route 48, to the Jal residential district.
#P Charging depots are being built at two existing bus parks.

CULTURE
#D source=TDH
#D source_aliases=["TDH", "Turkmenistan State News Service", "Türkmen Döwlet Habarlar Gullugy", "Turkmen State News Agency"]
#T Turkmen Carpet Museum Receives Restored Nineteenth-Century Rugs
#M dateline=ASHGABAT, 13 March
ASHGABAT, 13 March (TDH)
#P Eleven rugs woven in the nineteenth century have returned to the National Carpet Museum in Ashgabat after two years of restoration, the State News Service reported on Friday.
#P The rugs, from the collection of the former regional museum in Mary, had suffered damage from moths and damp storage.
#P They will be shown from 25 May, the day of the Turkmen carpet, in a hall that has been fitted with new climate control.
"""

WIRE_HARDWRAP_BYLINE = r"""
#D kind=wire
#D published_date=2026-03-13
#D wrap=70
#D source=Pajhwok
#D source_aliases=["Pajhwok", "Pajhwok Afghan News", "PAN"]
Pajhwok Afghan News  13 March 2026  10:42
#T Kabul Traders Report Brisk Sales of Dried Fruit Ahead of Nawruz
#M byline=Shafiqullah Noori
By Shafiqullah Noori
#M dateline=KABUL

#W KABUL (Pajhwok): Dried fruit sellers in the capital Kabul say sales have risen by nearly a third compared with last year as families prepare for the Nawruz celebrations next week.

#W Traders in the Mandawi market said raisins from Kandahar and almonds from Samangan were in highest demand, with prices of green raisins reaching 380 afghanis a kilogramme.

#W "Customers come earlier this year, because many relatives are expected from abroad," said shopkeeper Abdul Wahid Rasuli, who has sold dried fruit in the market for 20 years.

#W Officials of the Kabul chamber of commerce said exports of dried fruit to India and Central Asia also rose in the first two months of the year.

sn/ma

Pajhwok Afghan News  13 March 2026  11:15
#T Herat Farmers Start Planting Saffron on Former Poppy Fields
#M byline=Farida Hakimi
By Farida Hakimi
#M dateline=HERAT CITY

#W HERAT CITY (Pajhwok): About 600 farmers in the Pashtun Zarghun and Ghoryan districts of western Herat province have started planting saffron on land previously used for poppy, agriculture officials said on Friday.

#W Each farmer received corms, fertiliser and training from a provincial programme that aims to double the area under saffron in two years.

#W Farmer Ghulam Sakhi said the first harvest would come only in the autumn, and that he needed help with drip irrigation.

fh/ma

#D source=Bakhtar
#D source_aliases=["Bakhtar", "Bakhtar News Agency", "BNA"]
Bakhtar News Agency  13 March 2026  12:03
#T Railway Link to Mazar-i-Sharif Carries Record Freight in February
#M dateline=MAZAR-I-SHARIF, March 13
#M byline=Hamidullah Sarwari
By Hamidullah Sarwari

#W MAZAR-I-SHARIF, March 13 (Bakhtar): The railway line between the Hairatan border port and Mazar-i-Sharif carried more than 190,000 tonnes of goods in February, the highest monthly figure since the line opened, railway officials said.

#W Most of the freight was fuel, flour and construction materials. Officials said a second loading yard at Hairatan would be ready by June.

(Bakhtar)

#D source=PPI
#D source_aliases=["PPI", "Pakistan Press International"]
#D wrap=68
PPI  13-03-2026  13:20
#T Karachi Port to Dredge Channel for Larger Container Ships
#M dateline=KARACHI
#M byline=Staff Reporter
By Staff Reporter

#W KARACHI: The Karachi Port Trust will begin dredging its main navigation channel next month so that container ships of up to 14 metres draught can call at the port, a KPT spokesman said on Friday.

#W The work, to be carried out by a Dutch-Chinese consortium, is expected to take eleven months and cost about 31 billion rupees.

#W Shipping agents welcomed the plan but asked the port to keep one berth working round the clock during the dredging.

-PPI

PPI  13-03-2026  14:02
#T Lahore Book Fair Draws Crowds on Opening Day
#M dateline=LAHORE

#W LAHORE: Thousands of visitors thronged the Expo Centre on Friday as the five-day Lahore International Book Fair opened with more than 280 stalls from publishers in Pakistan and abroad.

#W Organisers said children's books in Urdu and Punjabi had been given a separate hall this year, and that every school visiting on a weekday would receive a voucher for its library.

-PPI
"""

WIRE_GULF_LINES = r"""
#D kind=wire
#D published_date=2026-03-13
#D source=ONA
#D source_aliases=["ONA", "Oman News Agency"]
Muscat, 13 March 2026
#T Oman to Build Fisheries Port at Duqm's Southern Basin
#M dateline=Muscat

#P Muscat, March 13 (ONA) — The Ministry of Agriculture, Fisheries and Water Resources signed on Friday an agreement to build a fisheries port in the southern basin of Duqm, with 38 berths for coastal and commercial vessels.

#P The port will include:

#P - an ice plant with a capacity of 120 tonnes a day;

#P - a fish auction hall;

#P - a maintenance yard for vessels up to 40 metres long.

#P Eng. Salim bin Nasser Al Harthy, Director General of Fisheries Development, said:

#P "The port will allow fishermen of Al Wusta to land their catch close to home instead of sailing to Sur."

#P Construction is due to be completed in 30 months.

-- ONA

Salalah, 13 March 2026
#T Khareef Season Preparations Begin in Dhofar
#M dateline=Salalah

#P Salalah, March 13 (ONA) — Dhofar Municipality has begun preparations for the coming Khareef season, including the widening of the road to Ain Khor and new parking areas at the Ittin plain.

#P Officials expect more than one million visitors during the season, which starts on 21 June.

-- ONA

* * *

#D source=BNA
#D source_aliases=["BNA", "Bahrain News Agency"]
Manama, March 13 (BNA)
#T Bahrain launches digital permit service for home extensions
#M dateline=Manama

#P Manama, March 13 (BNA) The Ministry of Municipalities Affairs launched on Friday a digital service that lets homeowners apply for permits to extend their homes without visiting a service centre.

#P Applicants will receive a decision within ten working days, the ministry said, down from about six weeks.

#P Assistant Undersecretary Hessa Al-Murbati said 2,300 permits for extensions were issued last year.

-- BNA

Manama, March 13 (BNA)
#T Bahrain pearl diving heritage trail adds three new stops
#M dateline=Muharraq

#P Muharraq, March 13 (BNA) Three restored houses of pearl merchants have been added to the pearling heritage trail in Muharraq, the Bahrain Authority for Culture and Antiquities announced.

#P "Each house tells a part of the story of the pearl trade, from the diver to the merchant," said the trail's curator, Dr Layla Al-Sayed.

#P The houses will open to visitors from the beginning of April.

-- BNA

* * *

#D source=INA
#D source_aliases=["INA", "Iraqi News Agency"]
#T Basra Oil Company to Recover Gas From Two More Fields
#M dateline=Basra

Basra - INA

#P The Basra Oil Company plans to recover associated gas from the Ratawi and Tuba fields by the end of next year, its director Ali Kadhim Jasim told the Iraqi News Agency (INA) on Friday.

#P He said the gas now flared at the two fields would be sent to a processing plant near Zubair and used to fuel power stations in the south.

#P Jasim said the company had reduced flaring at its fields by 28 percent over the past two years.

-- INA

* * *

#D source=Mehr
#D source_aliases=["Mehr", "Mehr News Agency", "MNA"]
#T Isfahan metro line 2 to open first section in summer
#M dateline=ISFAHAN

#P ISFAHAN, Mar. 13 (MNA) – The first 6-kilometre section of line 2 of the Isfahan metro will open to passengers in the summer, the city's metro company director said on Friday.

#P Hamid Reza Tavakoli said the section would have five stations between Kaveh terminal and Imam Hossein Square.

#P "Tests of the signalling system will start next month," he added.

-- MNA
"""

WIRE_NNN_RELAY = r"""
#D kind=wire
#D published_date=2026-03-13
NNN | Non-Aligned Movement News Network | Latest
Friday, 13 March 2026

#D source=NNN
#D source_aliases=["NNN", "NAM News Network", "Non-Aligned Movement News Network"]
Posted: 2 hours ago
#T Cambodia, Laos agree to upgrade Mekong border crossing
#M source_aliases+=NNN-AKP
#M dateline=STUNG TRENG, Mar 13
#P STUNG TRENG, Mar 13 (NNN-AKP) – Cambodia and Laos agreed on Friday to upgrade the Trapeang Kriel international border crossing, including a new joint inspection building and a truck parking area.
#P The two sides also agreed to extend the crossing's opening hours to 20.00 from July.
-- NNN-AKP

Posted: 3 hours ago
#T Zanzibar seaweed farmers get new drying racks
#M source_aliases+=NNN-DAILY NEWS
#M dateline=ZANZIBAR, Mar 13
#P ZANZIBAR, Mar 13 (NNN-DAILY NEWS) – More than 1,200 seaweed farmers on Unguja and Pemba have received raised drying racks under a programme to improve the quality of their produce.
#P Zanzibar's Ministry of Blue Economy said the racks would keep seaweed off the sand and could raise prices paid by exporters by up to 15 percent.
-- NNN-DAILY NEWS

Posted: 4 hours ago
#D source=Lankapuvath
#D source_aliases=["Lankapuvath", "Lankapuvath National News Agency of Sri Lanka"]
#T Sri Lanka tea exports rise in February
#M dateline=COLOMBO, March 13
#P COLOMBO, March 13 (Lankapuvath) - Sri Lanka exported 21.4 million kilogrammes of tea in February, up 6 percent from a year earlier, according to figures released by the Tea Board on Friday.
#P Iraq, Russia and Turkiye remained the largest buyers. Prices at the Colombo auction were higher for low-grown teas.
(Lankapuvath)

Posted: 5 hours ago
#D source=MNA
#D source_aliases=["MNA", "Myanmar News Agency"]
#T Mandalay-Muse road section reopens after repairs
#M dateline=Mandalay, 13 March
#P Mandalay, 13 March — A 22-mile section of the Mandalay-Muse road between Pyin Oo Lwin and Nawnghkio reopened to traffic on Friday after three months of repairs, according to the Ministry of Construction.
#P Heavy trucks are allowed to use the section only between 6 pm and 6 am until the end of the month.
#M byline=Aye Mya
— Aye Mya (MNA)

Posted: 6 hours ago
#D source=TNA
#D source_aliases=["TNA", "Thai News Agency", "MCOT"]
#T Chiang Mai orders outdoor burning ban as haze worsens
#M dateline=CHIANG MAI, March 13
#P CHIANG MAI, March 13 (TNA) – Chiang Mai province on Friday banned all outdoor burning for 60 days after fine dust levels exceeded safe limits for the fifth day in a row.
#P Governor Prasit Wongrat said volunteers would patrol forest edges at night and that farmers who report fires early would receive rice seed.
#P The provincial health office has opened 40 clean-air rooms in schools and hospitals.
TNA

"""


def wire_priority_slugs(): return parse(WIRE_PRIORITY_SLUGS)
def wire_titlecase_kicker(): return parse(WIRE_TITLECASE_KICKER)
def wire_hardwrap_byline(): return parse(WIRE_HARDWRAP_BYLINE)
def wire_gulf_lines(): return parse(WIRE_GULF_LINES)
def wire_nnn_relay(): return parse(WIRE_NNN_RELAY)
