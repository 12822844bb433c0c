"""Wire dumps (invented stories; all people, firms and figures are fictional). See markup.py for the template syntax."""
from markup import parse

IANS = '["IANS", "Indo-Asian News Service", "India Abroad News Service"]'
ANI = '["ANI", "Asian News International"]'


def wire_ians_ani():
    return parse(f"""
#D kind=wire
#D source=IANS
#D source_aliases={IANS}
#T Karnataka to roll out solar pumps for 40,000 farmers in drought-hit districts
#M dateline=Bengaluru, Oct 14
#M published_date=2025-10-14

#P Bengaluru, Oct 14 (IANS) The Karnataka government on Tuesday announced that 40,000 farmers in seven drought-affected districts would receive subsidised solar irrigation pumps before the start of the rabi season, a senior official said.

#P The scheme, estimated to cost Rs 612 crore, will cover Chitradurga, Tumakuru, Koppal, Raichur, Vijayapura, Bagalkot and Ballari, according to Energy Department secretary Ramesh Gowdanahalli.

#P "Farmers will pay only 20 per cent of the cost of a pump. The rest will be shared by the state and the Centre," Gowdanahalli told IANS.

#P Applications will open on the Raitha Surya portal from October 20 and pumps will be allotted district-wise on a first-come, first-served basis, he added.

--IANS
rkg/pgh

#T Pune start-up Vayuttam raises $14 mn to build electric cargo three-wheelers
#M dateline=Pune, Oct 14
#M published_date=2025-10-14

#P Pune, Oct 14 (IANS) Electric vehicle start-up Vayuttam Mobility on Tuesday said it has raised $14 million in a Series A round led by Singapore-based Halcyon Ventures, with participation from existing investors.

#P The company will use the funds to expand its plant at Chakan from 600 to 2,500 vehicles a month and to set up 120 battery-swapping points in Pune, Nashik and Aurangabad, co-founder Nikhil Apte said.

#P Vayuttam's cargo three-wheeler, which carries up to 550 kg, is currently used by 40 logistics firms, mainly for last-mile deliveries of groceries and pharmaceuticals.

--IANS
snk/dan

#D source_aliases={IANS}
#T Backwater clam harvest drops by half, Kochi fishers blame silt
#M byline=Sunanda Rao
#M dateline=Kochi

#P By Sunanda Rao, IANS, Kochi : Clam collectors in the Vembanad backwaters have seen their daily harvest fall by nearly half this season, and fishermen's groups say silt washed down during the monsoon has smothered the clam beds.

#P "Two years ago a family could fill eight baskets before noon. Now they struggle to fill four," said Thomas Puthenpurakkal, secretary of the Kumbalangi Inland Fishers' Cooperative.

#P Scientists at the state fisheries university said they would survey 30 sites over the next month before recommending a closed season.

#D source=ANI
#D source_aliases={ANI}
#T Assam tea gardens report record autumn flush despite late rains

#C Representative Image

#P Guwahati (Assam) [India], October 14 (ANI): Tea gardens in upper Assam have recorded their best autumn flush in six years, with production in September rising 11 per cent over last year, according to figures released by the Assam Tea Planters' Forum on Tuesday.
#M dateline=Guwahati (Assam) [India], October 14
#M published_date=2025-10-14

#P Forum chairman Pranjal Baruah said late rains in August had initially worried growers but warm, sunny weather in September helped bushes recover quickly.

#P "Auction prices at Guwahati have held firm at around Rs 232 a kg, which gives gardens some relief after two difficult years," Baruah said.

#P The forum has asked the state government to extend the wage support scheme for small growers until March next year. (ANI)

#T Indian Navy hands over rescued fishing boat crew to Sri Lankan coast guard
#M dateline=Chennai (Tamil Nadu) [India], October 14
#M published_date=2025-10-14

#P Chennai (Tamil Nadu) [India], October 14 (ANI): The Indian Navy on Tuesday handed over six Sri Lankan fishermen, rescued after their trawler lost engine power in the Palk Bay, to the Sri Lanka Coast Guard at the International Maritime Boundary Line.

#P The fishermen had been drifting for nearly three days when a naval patrol vessel spotted the disabled boat about 40 nautical miles off Kodiakkarai on Saturday, a Navy spokesperson said.

#P All six were given medical care on board and were found to be in stable condition. The damaged trawler was towed to the boundary line and handed over along with the crew. (ANI)
""")


TASS = '["TASS", "ITAR-TASS", "Russian News Agency TASS"]'
PL = '["Prensa Latina", "PL", "Prensa Latina News Agency"]'


def wire_tass_prensa():
    return parse(f"""
#D kind=wire
#D source=TASS
#D source_aliases={TASS}
#T Kazan metro to open two new stations on Dubravnaya line by December
The extension will add 4.2 kilometers of track and is expected to carry 38,000 passengers a day
#C © Pyotr Kovalyov/TASS
#M dateline=KAZAN, October 14
#M published_date=2025-10-14
#M external_id=2031447

#P KAZAN, October 14. /TASS/. Two new stations on the Dubravnaya line of the Kazan metro will open to passengers before the end of December, Tatarstan's Transport Minister Ilnar Gataullin told reporters on Tuesday.

#P "Tunnelling has been completed and the track is in place. What remains is finishing work in the station halls and testing of the signalling systems," he said.

Read also
#RT Russian airlines carried 4.8% more passengers in September - aviation agency

#P The extension, which adds 4.2 kilometers of track, is expected to carry about 38,000 passengers a day. Construction cost 21.6 billion rubles and was financed from the republic's budget and a federal infrastructure loan.

#P According to the minister, a further three stations are planned on the line by 2028.

https://tass.com/economy/2031447

#T Far Eastern shipyard lays down first of four ice-class fishing trawlers
#M dateline=VLADIVOSTOK, October 14
#M published_date=2025-10-14

#P VLADIVOSTOK, October 14. /TASS/: The Vostochnaya Verf shipyard laid down on Tuesday the first of four ice-class trawlers ordered by the Kamchatka fishing company Okeanrybflot-Vostok, the shipyard's press service said.

#P The 81-meter vessels will be able to process up to 60 tonnes of pollock a day on board and store 1,200 tonnes of frozen products, the statement said.

#P The first trawler is due to be delivered in the second half of 2027, the others at intervals of about six months.

#T Russian grain exports through Novorossiysk rise 9% in September
#M dateline=NOVOROSSIYSK, October 14
#M published_date=2025-10-14

#P NOVOROSSIYSK, October 14. /TASS/. Grain shipments through the port of Novorossiysk rose by 9% year-on-year in September to 3.4 million tonnes, the port's operator said on Tuesday.

#P Wheat accounted for about 88% of the volume, with the main buyers being Egypt, Turkey and Saudi Arabia, the operator said.

#D source=Prensa Latina
#D source_aliases={PL}
#T Cuban sugar mills start harvest with renewed biomass power plants
#M dateline=Havana, Oct 14
#M published_date=2025-10-14

#P Havana, Oct 14 (Prensa Latina) Twelve Cuban sugar mills will begin the 2025-2026 harvest in November with repaired biomass boilers that will allow them to supply electricity to the national grid, the AZCUBA business group reported today.

#P According to Yudith Carballo, director of energy at AZCUBA, the mills will deliver up to 48 megawatts during the harvest months, burning bagasse and marabou wood.

#P Carballo explained that spare parts for the boilers were produced in workshops in Cienfuegos and Villa Clara, which reduced import costs.

rgh/ycb

#T Bolivian and Cuban universities sign agreement on medical training
#M dateline=La Paz, Oct 14
#M published_date=2025-10-14

#P La Paz, Oct 14 (Prensa Latina) The Mayor University of San Andres (UMSA) and the University of Medical Sciences of Havana signed an agreement today for the exchange of professors and postgraduate students in family medicine.

#P The rector of UMSA, Marcelo Quispe Arandia, said that the first group of 25 Bolivian doctors will travel to Havana in February to begin a two-year specialization course.

#P The agreement also includes joint research on tropical diseases in the Bolivian departments of Beni and Pando.

lma/mrs
""")


KUNA = '["KUNA", "Kuwait News Agency", "Kuwait News Agency (KUNA)"]'
UPI = '["UPI", "United Press International", "UPI.com"]'


def wire_kuna_upi():
    return parse(f"""
#D kind=wire
#D source=KUNA
#D source_aliases={KUNA}
#T Kuwait Fund signs KD 12 mln loan to upgrade Zanzibar water network
#M dateline=KUWAIT, Oct 14
#M published_date=2025-10-14

#P KUWAIT, Oct 14 (KUNA) -- The Kuwait Fund for Arab Economic Development signed on Tuesday a KD 12 million (about USD 39 million) loan agreement with the government of Tanzania to finance the rehabilitation of the water network in Zanzibar.

#P The project includes the replacement of 180 kilometers of pipes, the construction of four storage tanks and the installation of smart meters for about 22,000 households, the Fund said in a statement.

#P The agreement was signed by the Fund's Deputy Director General Faisal Al-Mudhaf and Tanzania's Ambassador to Kuwait Saleh Hamad Juma.
(end)
fm.gb

#T Kuwaiti eco-tourism firm opens winter camp season in Sabah Al-Ahmad reserve
#M dateline=KUWAIT, Oct 14
#M published_date=2025-10-14

#P (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Oct 14 (KUNA) -- A Kuwaiti eco-tourism company opened on Tuesday the winter camping season at Sabah Al-Ahmad Nature Reserve, offering 60 furnished tents and guided desert walks until the end of March.

#P The Environment Public Authority said in a statement that visitors must book in advance and that the number of daily visitors would be limited to 400 to protect wildlife in the reserve. (end)

sa.hm

Legal Disclaimer:
MENAFN provides the information "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.

#T GCC statistics center: Gulf non-oil trade up 7.2 pct in first half
#M dateline=MUSCAT, Oct 14
#M published_date=2025-10-14

#P MUSCAT, Oct 14 (KUNA) -- Non-oil trade of the Gulf Cooperation Council (GCC) states rose 7.2 percent in the first half of 2025 compared with the same period last year, the GCC Statistical Center said on Tuesday.

#P The center said in a report that the value of non-oil exports reached USD 168 billion, led by plastics, aluminium and fertilisers. (end)

ak.gb

#D source=UPI
#D source_aliases={UPI}
#T Storm Ilsa knocks out power to 300,000 in the Carolinas
By Dana Whitfield
#M byline=Dana Whitfield
Oct. 14, 2025 / 6:42 PM
#M published_date=2025-10-14
#C Utility crews work to restore power lines in Wilmington, N.C., on Tuesday. Photo by Marcus Elray/UPI | License Photo
#M dateline=Oct. 14

#P Oct. 14 (UPI) -- More than 300,000 homes and businesses in North and South Carolina were without power Tuesday evening after Storm Ilsa brought wind gusts of up to 70 mph to the coast, utilities said.

#P Duke Energy said it had brought in 4,000 extra line workers from neighboring states and expected to restore service to most customers by Thursday.

#P The National Weather Service said the storm was weakening as it moved inland but warned of flash flooding in low-lying areas through Wednesday morning.

#P No deaths had been reported, state emergency officials said.

#T Study finds city trees cut summer hospital visits in older adults
By Priya Menon
#M byline=Priya Menon
Oct. 14, 2025 / 11:05 AM
#M published_date=2025-10-14
#M dateline=Oct. 14

#P Oct. 14 (UPI) -- Older adults living in neighborhoods with more tree cover were 14% less likely to visit a hospital during summer heat waves, according to a study published Tuesday in the journal Urban Health Reports.

#P Researchers at the Halden Institute for Public Health analyzed records for 1.2 million people over 65 in nine U.S. cities between 2015 and 2023.

#C File Photo by Lydia Ortiz/UPI

#P "Shade is a health intervention, and it is one cities can plan for," lead author Dr. Aaron Feld said in a news release.
""")


AFP = '["AFP", "Agence France-Presse", "Agence France Presse"]'
JIJI = '["Jiji Press", "Jiji", "JIJI"]'


def wire_afp_jiji():
    return parse(f"""
#D kind=wire
#D source=AFP
#D source_aliases={AFP}
Indonesia-volcano-tourism,FEATURE
#T Tourists flock to Java crater despite ash warnings
by Rina Hartono
#M byline=Rina Hartono
#M dateline=BANYUWANGI, Indonesia, Oct 14, 2025
#M published_date=2025-10-14

#P BANYUWANGI, Indonesia, Oct 14, 2025 (AFP) - Headlamps bobbing in the pre-dawn dark, hundreds of hikers trudge up the slopes of a volcano in eastern Java each night, undeterred by official warnings of ash and toxic gas.

#P Local authorities raised the alert level for the Mount Kalirejo crater to the second-highest last week, but the trail to its rim remains open until 4:00 am, guides say.

#P "People come from Jakarta, from Europe, from Korea. They want to see the blue fire before they fly home," said Wahyu, a 34-year-old guide who, like many Indonesians, goes by one name.

#P Visitor numbers to the crater rose to nearly 190,000 last year, according to the regional tourism office, which says it cannot afford to close the trail entirely.

rh/kma/sst

Bangladesh-climate-agriculture
#T Bangladesh farmers plant floating gardens as floods return
Agence France-Presse
October 14, 2025
#M dateline=Gopalganj, Bangladesh
#M published_date=2025-10-14

#P Gopalganj, Bangladesh (AFP) - Wading chest-deep through brown floodwater, Shirin Akter pushes a raft of woven water hyacinth towards her house, its surface green with seedlings of okra and gourd.

#P Floating gardens, an old technique in Bangladesh's low-lying south, are spreading again as seasonal floods last longer, agricultural officials say.

#P "The water stays for three months now, not one. If we wait for it to go down, we eat nothing," Akter said.

burs-sah/dhc

#D source=Jiji Press
#D source_aliases={JIJI}
#T Nagano Ski Resorts Prepare for Record Foreign Visitors
#M dateline=Nagano, Oct. 14
#M published_date=2025-10-14

#P Nagano, Oct. 14 (Jiji Press)--Ski resorts in Nagano Prefecture, central Japan, are hiring more multilingual staff and expanding bus services ahead of the winter season, as bookings from overseas visitors hit record levels.

#P According to the prefectural tourism association, advance hotel bookings by foreign visitors for December and January are up about 30 pct from a year earlier, led by travelers from Australia, Hong Kong and Singapore.

#C Staff check a new snow-making machine at a ski resort in Hakuba, Nagano Prefecture, on Oct. 10. (Jiji Press)

#P Hakuba village plans to run shuttle buses every 10 minutes between its main stations and slopes during peak weekends.

#T Japan's Machinery Orders Rise 3.1 Pct in August
#M dateline=Tokyo, Oct. 14
#M published_date=2025-10-14

#P Tokyo, Oct. 14 (Jiji Press)--Core private-sector machinery orders in Japan, a leading indicator of capital spending, rose 3.1 pct in August from the previous month to 891.4 billion yen, the Cabinet Office said Tuesday.

#P The government left its assessment unchanged, saying that orders are "showing signs of picking up."

#P Orders from manufacturers grew 5.4 pct, driven by electrical machinery, while those from nonmanufacturers fell 0.8 pct.
""")


VNA = '["VNA", "Vietnam News Agency", "VNA English"]'
AP = '["AP", "Associated Press", "The Associated Press"]'


def wire_vna_ap():
    return parse(f"""
#D kind=wire
#D source=VNA
#D source_aliases={VNA}
#T Vietnam, Laos Agree To Speed Up Study On Cross-Border Expressway
By Tran Minh Duc
#M byline=Tran Minh Duc
#M dateline=Hanoi, October 14
#M published_date=2025-10-14
#P Hanoi, October 14 (VNA) - Vietnam and Laos have agreed to complete a feasibility study on the Vientiane-Hanoi expressway by the end of 2026, Deputy Minister of Construction Nguyen Van Khai said on October 14.
#P The two sides discussed the route, which would connect the Lao capital with the Vietnamese border at Cau Treo in Ha Tinh province, at a working session in Hanoi.
#P Khai said the study would be funded by a non-refundable aid package from the Vietnamese Government worth 3.5 million USD.
#P The Lao delegation, led by Deputy Minister of Public Works and Transport Bounma Sengphachan, proposed that the two countries seek financing from international development partners for the construction phase.
VNA
#T Ca Mau Shrimp Exports Reach 1.1 Billion USD In Nine Months
By Le Thi Hong Nhung
#M byline=Le Thi Hong Nhung
#M dateline=Ca Mau, October 14
#M published_date=2025-10-14
#P Ca Mau, October 14 (VNA) - Shrimp exports from the southernmost province of Ca Mau reached 1.1 billion USD in the first nine months of this year, up 12% year-on-year, according to the provincial Department of Industry and Trade.
#P The United States, Japan and the EU remained the largest markets, while exports to the Republic of Korea rose by nearly a third.
#P Local processors said the province's push to certify 20,000 hectares of organic shrimp farms had helped them win higher prices in European supermarkets.
VNA
#T Hue Festival Of Traditional Crafts Draws 120 Artisan Villages
#M dateline=Hue, October 14
#M published_date=2025-10-14
#P Hue, October 14 (VNA) - The Hue Traditional Craft Festival opened on October 14 with the participation of 120 craft villages from 30 provinces and cities across the country.
#P Visitors can watch artisans make conical hats, bronze castings, embroidery and lacquerware at 300 booths set up along the Huong River.
VNA

#D source=AP
#D source_aliases={AP}
#T Wildfire smoke closes schools in three Oregon counties
By LENA MARCHETTI and OWEN PRICE
#M byline=LENA MARCHETTI and OWEN PRICE
Updated 7:21 PM PDT, October 14, 2025
#M dateline=PORTLAND, Ore.
#M published_date=2025-10-14

#P PORTLAND, Ore. (AP) — Dozens of schools in three Oregon counties closed Tuesday as smoke from a wildfire burning in the Cascade foothills pushed air quality to hazardous levels, officials said.

#C A firefighter monitors a burnout operation near Detroit, Ore., on Monday, Oct. 13, 2025. (AP Photo/Jenna Kaur)

#P The Granite Ridge fire had burned more than 48,000 acres by Tuesday afternoon and was 15% contained, according to the state's fire agency.

#P "We are asking people with asthma or heart conditions to stay inside and keep windows closed," said Dr. Maria Velasco, Marion County's health officer.

___

#P Associated Press writer Carla Nunez in Seattle contributed to this report.

#T Port strike talks resume as cargo backlog grows
By ALICE TRAN
Associated Press
#M byline=ALICE TRAN
#M dateline=LONG BEACH, Calif.
#M published_date=2025-10-14

#P LONG BEACH, Calif. (AP) — Negotiators for dockworkers and terminal operators returned to the bargaining table Tuesday, five days into a strike that has left more than 60 container ships waiting off the Southern California coast.

#P A federal mediator called both sides back after talks broke down over automation rules and wage increases for clerks.

___

#P The backlog is already affecting retailers stocking up for the holidays, said Jonathan Reyes, a supply chain analyst at the consulting firm Meridian Freight Advisors.

#P "Every day of delay adds roughly a week to clear the queue once the cranes start moving again," Reyes said.

___

#P Associated Press writers Mark Delgado in Los Angeles and Hannah Ruiz in Washington contributed.
""")
