"""Wire dumps of corpus final16 (Middle East, South Asia, East Asia and the Pacific).

All news text is invented: people, companies, figures and quotes are fictional; real places and
institutions are settings only. Markup: ../corpus_markup.py (via markup.py)."""
from markup import parse


def wire_mideast_desk_queue():
    """A night desk's queue export: one record line per item (number, filing time, source, priority,
    words, status), then the agency copy as received; "=" rules between items. TPS and JNS items filed
    on Friday before Shabbat, ILKHA and Iran Press on Saturday morning. TPS: "By NAME" over a
    "Jerusalem, 4 December, 2026 (TPS) -- " lede; JNS: "By NAME" and a "(Dec. 4, 2026 / JNS)" lede
    with no place; ILKHA: "Siirt (ILKHA) - " lede; Iran Press: "Tabriz (IP) - " lede and a code line
    after the text. Paragraphs one a line, a blank line between them."""
    return parse(r"""
DESK QUEUE EXPORT :: INTL / MIDDLE EAST
exported by: night desk (rota B) :: 05/12/2026 09:47 AST
filter: src IN (TPS, JNS, ILKHA, IRANPRESS) :: 5 items :: oldest first
================================================================
#0418  04/12/2026 13:52  SRC=TPS  PRI=3  WORDS=362  STATUS=new
#D kind=wire
#D published_date=2026-12-05
#D source=TPS
#D source_aliases=["TPS", "Tazpit Press Service", "Tazpit News Agency", "TPS-IL"]
#T Israel Water Authority Approves Brine-Free Desalination Pilot South of Ashdod
#M byline=Elior Navon
#M dateline=Jerusalem, 4 December, 2026
#M published_date=2026-12-04
By Elior Navon

#P Jerusalem, 4 December, 2026 (TPS) -- The Israel Water Authority on Thursday approved a three-year pilot for a desalination unit south of Ashdod that returns no brine to the sea, officials told the Tazpit Press Service.

#P The unit, built by the Rehovot start-up Meltzer Hydro Systems, will treat 4,000 cubic metres of seawater a day and dry the remaining salts into pellets that can be sold to the chemical industry.

#P "Every plant on the coast today sends a concentrated stream back into the Mediterranean. This pilot is the first time we will measure what happens when that stream is simply not there," said Dr. Yael Shiran, who heads the authority's desalination division.

#P Meltzer Hydro's chief executive, Amnon Katzav, said the company had raised $18 million for the project from two Israeli venture funds and a European water utility, and expected the unit to start running in the second half of 2027.

#P Israel produces most of its drinking water in five large seawater plants on the coast. Environmental groups have long asked the authority to limit the brine discharged near the marine reserves off Palmachim and Nitzanim.
================================================================
#0421  04/12/2026 15:10  SRC=TPS  PRI=4  WORDS=318  STATUS=new
#T Byzantine Wine Press Found Under Kibbutz Playground in the Lower Galilee
#M byline=Rina Adlerstein
#M dateline=Jerusalem, 4 December, 2026
#M published_date=2026-12-04
By Rina Adlerstein

#P Jerusalem, 4 December, 2026 (TPS) -- A Byzantine-era wine press paved with a white mosaic has been uncovered beneath a children's playground at Kibbutz Hanaton in the Lower Galilee, archaeologists said on Friday.

#P The press, about 1,500 years old, was found during work to replace the playground's foundations. It has a treading floor, two collecting vats and a channel carved into the bedrock.

#P "The children have been playing on top of an industrial installation for decades without anyone knowing," said excavation director Dr. Oren Malka. "The mosaic is almost complete, which is rare for a working floor."

#P The kibbutz said the playground would be rebuilt a few metres to the east and the press covered with a glass walkway so that visitors can see it.

#P Some 60 ancient wine presses have been documented in the Lower Galilee, many of them linked to villages that sold wine to markets on the coast.
================================================================
#0424  04/12/2026 16:31  SRC=JNS  PRI=4  WORDS=341  STATUS=new
#D source=JNS
#D source_aliases=["JNS", "Jewish News Syndicate", "JNS.org"]
#T Haifa children's hospital opens bilingual ward for rare genetic diseases
#M byline=Daniel Sarfati
#M published_date=2026-12-04
By Daniel Sarfati

#P (Dec. 4, 2026 / JNS) A ward for children with rare genetic disorders opened on Thursday at the Carmel Bay Children's Medical Center in Haifa, with Hebrew- and Arabic-speaking genetic counsellors and a family hostel on the same floor.

#P The 24-bed ward will treat about 900 children a year from northern Israel, about a third of them from Arab and Druze towns in the Galilee, the hospital said.

#P "Families used to travel to the center of the country for a diagnosis and then wait months for a counsellor who spoke their language," said the ward's director, Dr. Salim Haddad. "Now the whole conversation happens in one building."

#P The ward was funded by a $6.5 million gift from the Berenson-Azoulay Family Foundation of Toronto and a matching grant from the hospital's friends' association in Paris.
================================================================
#0431  05/12/2026 08:05  SRC=ILKHA  PRI=4  WORDS=296  STATUS=new
#D published_date=2026-12-05
#D source=ILKHA
#D source_aliases=["ILKHA", "Ilke News Agency", "İlke Haber Ajansı"]
#T Siirt pistachio growers begin pruning early after mild autumn
#M dateline=Siirt

#P Siirt (ILKHA) - Pistachio growers in the southeastern province of Siirt have begun pruning their orchards almost three weeks earlier than usual after the mildest autumn in a decade, producers told Ilke News Agency.

#P Growers in the Kurtalan and Baykan areas said the trees had dropped their leaves by mid-November and that pruning now would leave time to spray against fungus before the winter rains.

#P "If you wait for the usual date and the rain comes early, you lose the whole month," said Mehmet Emin Aydoğdu, who farms 40 decares near Kurtalan. "This year the weather gave us a gift and we are using it."

#P The provincial agriculture directorate expects the 2027 harvest to reach 11,000 tonnes of dried pistachios if spring frosts spare the blossoms.
================================================================
#0433  05/12/2026 09:12  SRC=IRANPRESS  PRI=4  WORDS=274  STATUS=new
#D source=Iran Press
#D source_aliases=["Iran Press", "IP", "Iran Press News Agency", "IranPress"]
#T Tabriz metro Line 2 to open four new stations next month
#M dateline=Tabriz

#P Tabriz (IP) - Four new stations on Line 2 of the Tabriz metro will open to passengers in early January, the city's urban railway company announced on Saturday.

#P The 5.6-kilometre section links the Valiasr district with the bus terminal on the city's western edge and will carry about 40,000 passengers a day once trains run every eight minutes, the company's managing director, Hamid Rezazadeh, said.

#P He said test runs had been under way since October and that the last of the ventilation work at the terminal station would be finished by the end of December.

#P The company said fares on the new section would be the same as on the rest of the network until the end of the Iranian year.
IP/ 205
================================================================
end of export :: 5 items
""")


def wire_markets_terminal_wrapped():
    """A markets terminal screen saved as text: a screen header, then per item a stamp line ("04DEC
    12:48 GMT  ECONOMYNEXT  [LK]"), the headline, a blank line and paragraphs hard-wrapped at 68
    columns with blank lines between them; "-- END --" under each item and a dashed rule between.
    EconomyNext: "ECONOMYNEXT – " lede and "(Colombo/Dec4/2026)" closing its last paragraph; Argaam:
    no dateline; Mubasher: "Cairo – Mubasher: " lede; BusinessDesk: "By NAME" under the headline."""
    return parse(r"""
MKTNEWS TERMINAL 4.2     ASIA / MIDEAST / PACIFIC     SAT 05DEC26 07:55 GMT
QUERY: SRC(ECONOMYNEXT ARGAAM MUBASHER BUSINESSDESK)  5 HITS  PG 1/1
--------------------------------------------------------------------
#D wrap=68
#D kind=wire
#D published_date=2026-12-05
#D source=EconomyNext
#D source_aliases=["EconomyNext", "ECONOMYNEXT", "Economy Next"]
 1) 04DEC 12:48 GMT  ECONOMYNEXT  [LK]
#T Sri Lanka stocks close up as banks lift ASPI for fifth day
#M published_date=2026-12-04

#W ECONOMYNEXT – Sri Lanka's Colombo Stock Exchange closed up on Friday, provisional data on its site showed, with bank shares lifting the index for a fifth straight session.

#W The All Share Price Index was up 0.64 percent, or 148.20 points, at 23,301.77. The S&P SL20 was up 0.51 percent, or 32.15 points, at 6,352.90.

#W Turnover was 4.8 billion rupees. Most of this came from banking stocks (1.6 billion rupees) and capital goods stocks (1.1 billion rupees).

#W Top contributors to the ASPI were Lankadeva Commercial Bank, which was up 6.25 rupees at 214.50, Kelani Ridge Holdings, which was up 3.10 rupees at 88.40, and Southbay Finance, which was up 1.90 rupees at 41.20.

#W Brokers said investors were buying ahead of the central bank's monetary policy review next week. (Colombo/Dec4/2026)
  -- END --
--------------------------------------------------------------------
 2) 05DEC 05:20 GMT  ECONOMYNEXT  [LK]
#T Sri Lanka to call bids for rooftop solar on 12 blocks of state buildings: official

#W ECONOMYNEXT – Sri Lanka will call bids next month for rooftop solar systems on 12 blocks of state buildings with a combined capacity of 60 megawatts, an energy ministry official said on Saturday.

#W "We have more than 2,000 government roofs that are doing nothing for us in the middle of the day," additional secretary Nilanthi Wickremasekara told reporters in Colombo.

#W Each block will group between 150 and 200 buildings, mostly schools, hospitals and divisional secretariats, so that developers can bid for a portfolio rather than a single roof, she said.

#W Developers will sell the power to the state utility at a fixed tariff for 20 years and hand over the systems at the end of the contract. (Colombo/Dec5/2026)
  -- END --
--------------------------------------------------------------------
 3) 05DEC 06:02 GMT  ARGAAM  [SA]
#D source=Argaam
#D source_aliases=["Argaam", "Argaam.com"]
#T TASI ends week 0.9% lower as banks weigh; petrochemicals rebound

#W The Tadawul All Share Index (TASI) ended the week through Dec. 3 down 0.9 percent, or 104 points, at 11,386 points, weighed by losses in banking shares.

#W Weekly turnover fell 14 percent to SAR 23.6 billion from SAR 27.4 billion in the previous week, while the number of traded shares declined to 1.31 billion.

#W Petrochemical stocks rebounded, with the sector index rising 2.1 percent after three weeks of declines. Al-Jazeerah Polymers led the sector, rising 6.8 percent to SAR 21.40.

#W The parallel market Nomu closed the week 1.4 percent higher at 25,912 points.
  -- END --
--------------------------------------------------------------------
 4) 05DEC 06:40 GMT  MUBASHER  [EG]
#D source=Mubasher
#D source_aliases=["Mubasher", "Mubasher Info", "Mubasher Trade"]
#T Nile Delta Cold Chain signs EGP 1.2bn deal for Sokhna logistics hub
#M dateline=Cairo

#W Cairo – Mubasher: Nile Delta Cold Chain has signed a contract worth EGP 1.2 billion to build a temperature-controlled logistics hub in Ain Sokhna, according to a bourse filing.

#W The 38,000-square-metre hub will store frozen and chilled food for export through Sokhna port and is due to open in the third quarter of 2028, the EGX-listed company said.

#W Construction will be carried out by Qalyub Engineering and Contracting and financed through a mix of bank loans and the company's own resources.

#W Nile Delta Cold Chain reported a net profit of EGP 214.6 million for the first nine months of 2026, up 31 percent year-on-year.
  -- END --
--------------------------------------------------------------------
 5) 05DEC 07:31 GMT  BUSINESSDESK  [NZ]
#D source=BusinessDesk
#D source_aliases=["BusinessDesk", "Businessdesk", "BusinessDesk NZ"]
#T Hawke's Bay cool-store operator lifts capacity ahead of big apple crop
#M byline=Hana Whitcombe
By Hana Whitcombe

#W Ahuriri Fresh, a Hawke's Bay cool-store operator owned by three grower families, will add 18,000 bins of controlled-atmosphere storage before the 2027 apple harvest, its chief executive says.

#W The $14 million expansion at the company's Whakatu site will lift its capacity by about a quarter and follows two seasons in which growers had to send fruit to Nelson for storage.

#W "The orchards replanted after the cyclone are coming into full bearing now, and the fruit has to go somewhere," chief executive Grant Mahoney said.

#W The company expects the region's export crop to rise by about 12 percent next season.
  -- END --
--------------------------------------------------------------------
LAST PAGE  <F7> BACK  <F8> FWD  <F10> PRINT
""")


def wire_south_asia_mail():
    """An alert e-mail of a saved search: mail headers, a note, then four items between "--- n/4 ---"
    lines, each one paragraph a line with no blank line inside it. Khaama Press: the agency's name
    over the headline, "By NAME | date" under it, no dateline; bdnews24.com: section line, "Staff
    Correspondent, bdnews24.com" (no person) or "NAME, Chattogram, bdnews24.com" and "Published :"
    line; AsiaNews: "AsiaNews.it | COUNTRY" line, "by NAME | dd/mm/yyyy", an abstract (a deck, not body)
    and a "Colombo (AsiaNews) – " lede."""
    return parse(r"""
From: Wire Alerts <wire-alerts@southdesk.example>
To: south-asia-desk@southdesk.example
Date: Sat, 05 Dec 2026 12:40:07 +0600
Subject: [Alert] south asia - english: 4 new items (Khaama Press, bdnews24.com, AsiaNews)

Your saved search "south asia - english" has 4 new items since 06:00 (Dhaka time).

--- 1/4 ---
#D kind=wire
#D published_date=2026-12-05
#D source=Khaama Press
#D source_aliases=["Khaama Press", "Khaama Press News Agency", "Khaama Press (Afghan News Agency)", "Khaama"]
Khaama Press (Afghan News Agency)
#T Herat saffron farmers report record yield as buyers from Gulf return
#M byline=Sahar Noori
By Sahar Noori | December 5, 2026
#P Saffron farmers in western Herat province say this year's harvest has been the largest on record, with many fields yielding more than eight kilograms per hectare, local traders told Khaama Press on Saturday.
#P Ghulam Sakhi Rahimi, who heads a growers' cooperative in Pashtun Zarghun district, said about 40 buyers from the Gulf had visited the province since October, twice as many as last year.
#P "The price per kilo has not risen, but for the first time in years we are not worried about who will buy it," he said.
#P Herat produces more than 90 percent of Afghanistan's saffron. Growers said the lack of cold storage and certified laboratories still forced them to sell most of the crop within weeks of the harvest.
--- 2/4 ---
#D source=bdnews24.com
#D source_aliases=["bdnews24.com", "bdnews24", "BDNEWS24"]
bdnews24.com | Bangladesh
#T Dhaka North to open 11 new public toilets for women by February
Staff Correspondent, bdnews24.com
Published : 05 Dec 2026, 10:18 AM
#P Dhaka North City Corporation will open 11 public toilets for women in Mirpur, Uttara and Gulshan by February, with attendants, baby-changing rooms and sanitary pad vending machines.
#P Chief Executive Officer Mahbubul Alam Talukder said on Saturday the facilities would be run by two non-government organisations under a five-year contract and charge five taka per visit.
#P A 2025 survey by the corporation found only 19 public toilets for women in the city's northern half, most of them near bus terminals.
#P Work on the first four facilities, near the Mirpur 10 metro station, Uttara Sector 7 park, Gulshan 2 circle and Banani Road 11, has already begun.
--- 3/4 ---
bdnews24.com | Business
#T Chattogram port's new yard cuts container dwell time to six days
#M byline=Tanvir Hasan Shuvo
Tanvir Hasan Shuvo, Chattogram, bdnews24.com
Published : 05 Dec 2026, 11:52 AM
#P The average time an import container stays inside Chattogram port has dropped to six days from nearly ten a year ago after a new off-dock yard opened at Patenga, port officials say.
#P The Chittagong Port Authority said 1,840 containers were moved to the new yard in November, freeing space on the main jetties during the peak import season for winter garments.
#P "Ships are waiting less at the outer anchorage because the yard no longer chokes," port authority member (operations) Commodore Shafiqul Bari told bdnews24.com.
#P Shipping agents said the improvement would be tested in January, when imports of raw cotton and capital machinery usually peak.
--- 4/4 ---
#D source=AsiaNews
#D source_aliases=["AsiaNews", "AsiaNews.it", "Asia News"]
AsiaNews.it | SRI LANKA
#T Colombo, parish volunteers run night classes for tea estate teenagers
#M byline=Nirmala Fernando
#M dateline=Colombo
by Nirmala Fernando | 05/12/2026
Every evening in Colombo's Modara district, 30 volunteers from a Catholic parish teach mathematics and English to teenagers from tea estate families who came to the city for work. Many left school at 14. "They are tired, but they come," says a volunteer.
#P Colombo (AsiaNews) – Every evening at seven the hall of St Anne's parish in Modara fills with teenagers who have spent the day in garment workshops, bakeries and shops.
#P Most of them were born on tea estates in the central hills and left school early to send money to their families. Three times a week, 30 volunteers teach them mathematics, English and basic accounting.
#P "They are tired when they arrive, but they come, and some of them are the first in their family to sit the O-level examinations," said Sister Dilani Perera, who started the classes two years ago.
#P The parish now hopes to open a second centre in Wattala with the support of a Catholic teachers' association.
--- end of alert ---
Manage your saved searches: https://southdesk.example/alerts
""")


def wire_broadcasters_reader():
    """A read-later app's export of four saved stories from public broadcasters' English services:
    a "SERVICE | section | stamp" line over each headline, paragraphs one a line with blank lines
    between, "____" rules. KBS World: "Write: ... / Update: ..." line and a "Photo : YONHAP News"
    credit-only caption above the text; RTI: "Reporter: NAME" line; SIBC: "Admin - date" (no person)
    or "By NAME - date", a caption ending "Photo: SIBC" above the lede. No datelines."""
    return parse(r"""
Saved for later - export
Collection: Pacific & East Asia broadcasters   (4 stories)
Exported Sat 5 Dec 2026, 16:04
________________________________________

#D kind=wire
#D published_date=2026-12-05
#D source=KBS World
#D source_aliases=["KBS World", "KBS World Radio", "KBS", "Korean Broadcasting System"]
KBS WORLD | News | Society
#T Seoul to Add Six Late-Night Bus Routes Linking Outer Districts to Subway Hubs
Write: 2026-12-05 10:41:07 / Update: 2026-12-05 11:02:35

#C Photo : YONHAP News

#P The Seoul city government will launch six new late-night bus routes next month linking outer districts with major subway transfer stations after the last trains.

#P According to the city on Saturday, the new routes will run between 11:30 p.m. and 4 a.m. and serve areas in Gangseo, Dobong, Songpa and Gwanak districts where ride-hailing demand after midnight has grown the most.

#P The city said it analyzed 1.2 million late-night taxi and card records from the past year to design the routes, which will bring the number of late-night buses to 20.

#P Fares will be set at 2,500 won per ride, the same as existing late-night routes.
________________________________________

#D source=Radio Taiwan International
#D source_aliases=["Radio Taiwan International", "RTI", "Rti"]
RTI | Taiwan | 05/12/2026 13:20
#T Tax agency to launch bilingual filing app ahead of May season
#M byline=Lin Yu-hsuan
Reporter: Lin Yu-hsuan

#P Taiwan's Ministry of Finance says it will launch a bilingual Chinese-English tax filing app in March, two months before the annual income tax season, to help the island's growing number of foreign residents.

#P Officials said about 210,000 foreign nationals filed income tax returns this year, most of them migrant workers and professionals who had to rely on employers or agents to complete the Chinese-only forms.

#P The app will let users log in with their resident certificate number and pre-fill income data from employers, the ministry said.

#P A Vietnamese and an Indonesian version are planned for 2028.
________________________________________

#D source=SIBC
#D source_aliases=["SIBC", "Solomon Islands Broadcasting Corporation", "SIBC News"]
SIBC | Latest News
#T Honiara City Council to move Kukum roadside vendors next week
Admin - December 5, 2026

#C Vendors along Kukum Highway on Friday. Photo: SIBC

#P Honiara City Council says roadside vendors along the Kukum Highway will be moved to a new market area behind the Kukum field from next Monday.

#P City Clerk Joseph Maetala told SIBC News the new area has 160 stalls, water tanks and toilets, and vendors will not pay fees for the first three months.

#P He said the move follows complaints from drivers and the police about congestion near the Kukum traffic lights during the evening rush.

#P Some vendors told SIBC News they are worried the new site is too far from the bus stops where most of their customers wait.
________________________________________

SIBC | Latest News
#T Temotu fishers receive first solar freezers under provincial scheme
#M byline=Lency Wale
#M published_date=2026-12-04
By Lency Wale - December 4, 2026

#P Fishing communities in Temotu Province have received the first ten solar-powered freezers under a provincial scheme to help fishers store their catch for the weekly ship to Honiara.

#P Provincial fisheries officer Moses Tahani said the freezers were installed at Nea, Nangu and Lata this week, and another 14 will arrive in February.

#P He said fishers had until now salted or smoked much of their catch, which fetched lower prices at the Honiara market.
________________________________________
""")
