"""Newspaper page dumps (scraped page text; invented stories, all people and figures fictional)."""
from markup import parse

HINDU = '["The Hindu", "Hindu", "thehindu.com"]'
TT = '["Taipei Times", "The Taipei Times", "taipeitimes.com"]'


def page_hindu_taipei():
    return parse(f"""
#D kind=site_page
#D source=The Hindu
#D source_aliases={HINDU}
Home
News
Cities
Madurai
#T Madurai Corporation to desilt 214 tanks before northeast monsoon
Work on 96 tanks has been completed; the rest will be finished by the first week of November, officials say
S. Karthikeyan
#M byline=S. Karthikeyan
MADURAI
#M dateline=MADURAI
Updated - October 14, 2025 09:42 pm IST
#M published_date=2025-10-14
#C Workers desilting a tank at Avaniapuram in Madurai on Tuesday. | Photo Credit: R. ASHOK

#P The Madurai Corporation will complete desilting of all 214 tanks and channels within its limits before the onset of the northeast monsoon, Commissioner L. Meenakshi Sundaram said on Tuesday.

#P Work on 96 tanks had been completed so far at a cost of ₹4.6 crore, and the remaining tanks would be cleared by the first week of November, he said.

#P Residents of Avaniapuram and Thiruparankundram had complained that encroachments and garbage dumping had reduced the capacity of several tanks. "Encroachments on 11 tanks have been removed, and notices have been served in 23 more cases," the Commissioner said.

#P The Corporation has also set up a control room with the toll-free number 1800-425-2120 to receive complaints about waterlogging.

Published - October 14, 2025 08:10 pm IST

Copy link
Email
Facebook
Twitter
Telegram
LinkedIn
WhatsApp
Reddit
READ LATER
Remove
SEE ALL
PRINT

Related Topics
Madurai / monsoon / water conservation / local authorities

RELATED STORIES
#RT Heavy rain likely in southern districts this week, says IMD
#RT Periyar dam water level rises to 128 feet
Home
News
National
Kerala
#T Kerala to set up 30 new fish seed farms under coastal livelihood scheme
The Hindu Bureau
#M byline=The Hindu Bureau
THIRUVANANTHAPURAM
#M dateline=THIRUVANANTHAPURAM
Updated - October 14, 2025 07:55 pm IST
#M published_date=2025-10-14

#P The State government will set up 30 new fish seed farms in coastal districts over the next two years to reduce dependence on seed brought from Andhra Pradesh and West Bengal, Fisheries Minister P.K. Rajasekharan said on Tuesday.

#P The farms, to be run by fishers' cooperatives, will produce seed of pearl spot, mullet and milkfish, the Minister said after a review meeting.

#C A fish seed hatchery at Vypeen in Ernakulam. | Photo Credit: THULASI KAKKAT

#P Each farm will receive ₹35 lakh in assistance, and training for members will be provided by the Kerala University of Fisheries and Ocean Studies.

Published - October 14, 2025 07:12 pm IST

Related Topics
Kerala / fisheries / employment

#D source=Taipei Times
#D source_aliases={TT}
Taiwan News
#T Kaohsiung port to trial automated cranes at Terminal 7
TESTING PHASE: The cranes are to be operated remotely from a control center, and crane drivers are to be retrained as supervisors, the port company said
By Chen Yu-ting / Staff reporter
#M byline=Chen Yu-ting
#C Gantry cranes are pictured at the Port of Kaohsiung's Terminal 7 yesterday.
#c Photo: Chen Yu-ting, Taipei Times
#M published_date=2025-10-15

#P Taiwan International Ports Corp (TIPC) is to begin trials of remotely operated gantry cranes at the Port of Kaohsiung's Terminal 7 next month, the company said yesterday.

#P Six cranes are to be fitted with cameras and sensors so that they can be controlled from an operations center about 2km away, TIPC deputy general manager Lin Wei-hsiang (林威祥) told a news conference.

#P Crane drivers would be retrained to supervise several cranes at once, and no jobs would be cut, Lin said.

#P The trial is scheduled to last six months, after which the company would decide whether to extend the system to other terminals, he said.

Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Taipei Times.

Taiwan News
#T Tainan to give free bus rides to residents over 65 from January
Staff writer, with CNA
#M byline=Staff writer, with CNA
#M published_date=2025-10-15

#P Tainan residents aged 65 or older are to be able to ride city buses for free from Jan. 1, the Tainan City Government said yesterday.

#P The city already offers 30 free rides a month to seniors, and the new policy would remove the monthly cap, Tainan Transportation Bureau Director Huang Shu-fen (黃淑芬) said.

#P The measure is expected to cost about NT$85 million (US$2.78 million) per year, she said.

#P Additional reporting by Hsu Chia-wen
""")


RAPPLER = '["Rappler", "Rappler.com", "RAPPLER"]'
INQ = '["Philippine Daily Inquirer", "INQUIRER.net", "Inquirer", "Inquirer.net"]'


def page_rappler_inquirer():
    return parse(f"""
#D kind=site_page
#D source=Rappler
#D source_aliases={RAPPLER}
Philippines
Visayas
#T Iloilo fisherfolk shift to seaweed farming as catch dwindles
Around 300 families in Concepcion town now tend seaweed lines, with help from a provincial loan program
JOHN REY SALAZAR
#M byline=JOHN REY SALAZAR
Oct 14, 2025 4:12 PM PHT
#M published_date=2025-10-14
#M dateline=ILOILO, Philippines
#C SEAWEED. A farmer ties seedlings to a line in Concepcion, Iloilo, on October 10, 2025. Photo by John Rey Salazar/Rappler

#P ILOILO, Philippines – Fisherman Rodel Abellana used to come home from the Visayan Sea with 20 kilos of fish on a good night. Now, he says, he is lucky to bring home five.

#P Like about 300 other families in Concepcion town, Abellana has turned to seaweed farming, tying seedlings to nylon lines strung between bamboo poles in the shallows off Pan de Azucar island. (READ: Why the Visayan Sea is running out of fish)

#P The shift has been helped by a provincial loan program that lends each family up to P25,000 at no interest, payable after the first harvest.

#P "Seaweed does not need fuel. That alone saves us more than half of what we used to spend," Abellana said. – Rappler.com

John Rey Salazar is a Rappler Lighthouse journalism fellow for 2025.

Add a comment
How does this make you feel?

Must Read
#Rs Environment
#RT How mangrove planting is protecting Guimaras villages from storm surges
#Rs Business
#RT Seaweed prices climb as carrageenan demand grows in Europe

#D source=Philippine Daily Inquirer
#D source_aliases={INQ}
#T Cagayan de Oro eyes river ferry service to ease traffic
By: Eliza Manansala - Correspondent / @ElizaMInq
#M byline=Eliza Manansala
Philippine Daily Inquirer / 05:12 AM October 15, 2025
#M published_date=2025-10-15
#M dateline=CAGAYAN DE ORO CITY, Philippines
#C Passenger boats are moored along the Cagayan de Oro River. (File photo from INQUIRER / RICHEL UMEL)
Passenger boats are moored along the Cagayan de Oro River. (File photo from INQUIRER / RICHEL UMEL)

#P CAGAYAN DE ORO CITY, Philippines—The city government is studying a ferry service on the Cagayan de Oro River to take commuters off congested roads in the city center.

#P City planning officer Ramon Dacanay said the first phase would run six kilometers between Barangay Balulang and the Macabalan port area, with eight stops.

READ: Northern Mindanao traffic deaths up 15 percent, police say
#Rt Northern Mindanao traffic deaths up 15 percent, police say

#P A feasibility study funded by a P12-million grant from the Department of Transportation is due by March, Dacanay said.

#P Boat operators who now ferry tourists on river cruises said they would welcome the plan if the city helped them upgrade their vessels.

Subscribe to our daily newsletter
By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.

#T Bohol town bans single-use plastics in public markets
By: Marvin Tagalog - Correspondent / @MTagalogINQ
#M byline=Marvin Tagalog
Philippine Daily Inquirer / 04:40 AM October 15, 2025
#M published_date=2025-10-15
#M dateline=TAGBILARAN CITY, Bohol, Philippines

#P TAGBILARAN CITY, Bohol, Philippines—The town of Loboc has banned single-use plastic bags and styrofoam containers in its public market, with fines of up to P5,000 for repeat violators.

#P Mayor Cristina Lumayag said vendors would be given until December to use up their stocks.

#P The town council approved the ordinance after river cleanups along the Loboc River collected more than two tons of plastic waste in three months.

Read Next
#RT Tourist arrivals in Bohol top 1 million for the first time
Disclaimer: Comments do not represent the views of INQUIRER.net. We reserve the right to exclude comments which are inconsistent with our editorial standards.
""")


MMT = '["The Myanmar Times", "Myanmar Times", "mmtimes.com"]'
KT = '["Kuwait Times", "The Kuwait Times", "kuwaittimes.com"]'


def page_myanmar_kuwait():
    return parse(f"""
#D kind=site_page
#D source=The Myanmar Times
#D source_aliases={MMT}
Business
#T Mandalay garment exporters count cost of power cuts
Factories say running diesel generators has pushed production costs up 18 percent since July
AUNG KYAW MIN
#M byline=AUNG KYAW MIN
aungkyawmin@mmtimes.com
14 Oct 2025
#M published_date=2025-10-14
#C Workers at a garment factory in Pyigyitagon township, Mandalay. Photo: Aung Kyaw Min

#P Garment exporters in Mandalay say daily power cuts of up to eight hours have forced them to rely on diesel generators, raising their production costs by as much as 18 percent since July.

#P "We signed orders with buyers in Japan at prices fixed in April. Now every shirt we make costs more than we planned," said U Thet Naing Oo, who runs a factory with 450 workers in Pyigyitagon township.

#P The Mandalay Region Garment Manufacturers Group said 14 of its 62 member factories had cut shifts in September.

#P Officials at the Ministry of Electric Power said supply would improve when a new gas turbine in Myingyan came online at the end of the year.

Tags: garment / electricity / Mandalay
Related
#RT Yangon rice prices steady as harvest begins
#RT Bagan hotels prepare for return of tour groups

Yangon
#T Yangon bus operators to accept QR payments on 40 routes
THIN THIN AYE
#M byline=THIN THIN AYE
thinthinaye@mmtimes.com
13 Oct 2025
#M published_date=2025-10-13

#P Passengers on 40 Yangon bus routes will be able to pay fares with mobile QR codes from November 1, the Yangon Region Transport Authority said.

#P The authority said the system would be extended to all 110 routes by the middle of next year if the trial went well.

Tags: Yangon / transport

#D source=Kuwait Times
#D source_aliases={KT}
Kuwait
#T Municipality inspectors close 9 food stalls at Mubarakiya market
#C KUWAIT: Municipality inspectors check food stalls at Mubarakiya market on Tuesday. – Photos by Fahad Al-Dossary
By Faten Al-Rashidi
#M byline=Faten Al-Rashidi
#M dateline=KUWAIT
#M published_date=2025-10-14

#P KUWAIT: Kuwait Municipality inspectors closed nine food stalls at Mubarakiya market on Tuesday during a surprise campaign that targeted hygiene and storage violations, a municipal official said.

#P Inspectors issued 27 citations and destroyed about 140 kg of food found to be unfit for consumption, said Mohammad Al-Enezi, head of the capital governorate's food inspection team.

#P “The campaigns will continue every week until the end of the year, and we will not hesitate to close any shop that endangers public health,” he said.

#T Egypt opens new Red Sea cruise terminal at Safaga
#C SAFAGA: A cruise ship is docked at the new passenger terminal in Safaga on Tuesday. - AFP
#M dateline=SAFAGA
#M published_date=2025-10-14

#P SAFAGA: Egypt opened a new cruise terminal at the Red Sea port of Safaga on Tuesday, hoping to attract more ships to its coast as tourism recovers.

#P The terminal can handle two large cruise ships at once and up to 6,000 passengers a day, transport officials said.

#P Egypt wants to double the number of cruise passengers visiting its Red Sea ports within five years, the tourism ministry said. — AFP

Related News
#RT Kuwait Airways adds winter flights to Trabzon and Salalah
#RT Ministry warns of fake job ads on social media
""")


JT = '["The Japan Times", "Japan Times", "japantimes.co.jp"]'
VT = '["Vientiane Times", "The Vientiane Times", "vientianetimes.org.la"]'


def page_japantimes_vientiane():
    return parse(f"""
#D kind=site_page
#D source=The Japan Times
#D source_aliases={JT}
JAPAN / SOCIETY
#T Niigata town pays residents to clear snow from elderly neighbors' roofs
by Haruka Ishida
#M byline=Haruka Ishida
Staff writer
Oct 14, 2025
#M published_date=2025-10-14
#M dateline=TSUNAN, NIIGATA PREF.
#C Volunteers clear snow from a roof in Tsunan, Niigata Prefecture, in February. | KYODO

#P TSUNAN, NIIGATA PREF. – A town in one of Japan's snowiest regions will pay residents ¥3,000 an hour to clear snow from the roofs of elderly neighbors this winter, as the number of people able to do the dangerous work keeps falling.

#P Tsunan, which can receive more than 3 meters of snow in a season, says around 40% of its 8,600 residents are 65 or older.

#P “Every winter we hear of people falling from roofs. We would rather pay younger residents than see older people climbing ladders,” said Shinichi Okabe, head of the town's welfare section.

#P Participants must attend a safety course and will be insured by the town.

KEYWORDS
Niigata, aging society, snow, Welfare

RELATED STORIES
#Rs JAPAN
#RT Rural towns turn to foreign workers to keep ski lifts running
#Rs BUSINESS
#RT Heated roof panels find buyers in Tohoku
#RY Sales of roofing that melts snow with low-power heaters have doubled in three years.

#T Osaka startup turns sake lees into vegan cheese
by Ryo Tanabe
#M byline=Ryo Tanabe
Contributing writer
Oct 13, 2025
#M published_date=2025-10-13

#P An Osaka food startup has developed a dairy-free cheese made from sake kasu, the lees left over from brewing, and plans to sell it online from next month.

#C Sake lees are mixed with coconut oil at Kasuya Foods' kitchen in Osaka. | RYO TANABE

#P Kasuya Foods, founded in 2023 by former brewery worker Aiko Mori, buys lees from six breweries in the Kansai region that would otherwise discard them.

#P The company expects to produce 2 tons of its cheese in the first year.

KEYWORDS
sake, food, startups

#D source=Vientiane Times
#D source_aliases={VT}
Home >> Laos
#T Luang Prabang farmers turn to organic coffee for export
#M byline=Somsack Phommachanh
By Somsack Phommachanh
(Latest Update October 14, 2025)
#M published_date=2025-10-14

#P Coffee farmers in Luang Prabang province are converting their plantations to organic production to meet demand from buyers in Japan and Europe, according to provincial agriculture officials.

#P About 640 households in Phonxay and Pak Ou districts have been certified so far, covering some 1,100 hectares, the provincial Department of Agriculture and Forestry said.

#C Farmers sort coffee cherries in Phonxay district.

#P Certified organic coffee fetches about 30 percent more than conventional beans, a local trader said, although yields are lower in the first years after conversion.

#P Officials said they plan to certify another 400 households by 2027.

Home >> Business
#T Lao-China railway freight volume rises 15 percent
#M byline=null
(Latest Update October 13, 2025)
#M published_date=2025-10-13

#P The volume of goods transported on the Laos-China railway rose 15 percent in the first nine months of this year compared with the same period last year, according to the Laos-China Railway Company.

#P The railway carried 3.2 million tonnes of freight between January and September, mainly fertiliser, rubber, cassava and consumer goods, the company said.

#P Freight trains now run up to 20 times a day between Vientiane and Kunming. (KPL)

Most Read
#RT Vientiane to upgrade drainage on 12 main roads
#RT Savannakhet special economic zone draws new investors
""")
