"""Original wire stories (VNA style) for the held-out corpus. All text invented for this corpus."""

# Each story: (title, dateline, [paragraphs]). The last paragraph carries the "./." end marker.

CHILE = (
    "Vietnam, Chile look to expand agricultural trade",
    "March 12",
    [
        "Deputy Minister of Agriculture and Rural Development Hoang Trung Kien held talks in Hanoi on March 12 with a Chilean delegation led by Undersecretary of Agriculture Maria Jose Orellana, discussing measures to lift two-way trade in farm produce, which reached nearly 1.9 billion USD last year.",
        "Kien said Chile was the first country in Latin America to sign a free trade agreement with Vietnam, and the deal has opened the door for Vietnamese rice, cashew nuts, pepper and seafood to enter the South American market with preferential tariffs. Meanwhile, Chilean fruit, wine and salmon have become familiar products in supermarkets in Hanoi and Ho Chi Minh City.",
        "He proposed that the two sides speed up the exchange of technical dossiers so that Vietnamese pomelo, longan and passion fruit can be licensed for export to Chile, and suggested setting up a joint working group on plant quarantine to remove technical barriers in a timely manner.",
        "For her part, Orellana said Chilean businesses are keen to learn from Vietnam’s experience in aquaculture and rice breeding, and expressed her hope that the two ministries will sign a memorandum of understanding on agricultural research cooperation later this year.",
        "The two sides also agreed to encourage their enterprises to take part in trade fairs in each other’s country, and to share information on market demand, food safety standards and climate-smart farming models./.",
    ],
)

CRUISE = (
    "Quang Ninh welcomes first international cruise ships of the year",
    "January 6",
    [
        "The northern coastal province of Quang Ninh on January 6 welcomed two international cruise ships carrying more than 3,200 passengers and crew members to Ha Long Bay, marking the start of what local authorities expect to be a busy year for sea tourism.",
        "The ships, which departed from Hong Kong (China) and Singapore, docked at the Ha Long International Cruise Port in the early morning. Most of the passengers came from Europe, the US and Australia, and joined tours to Bai Tu Long Bay, the Yen Tu relic site and traditional craft villages in the province.",
        "Director of the provincial Department of Tourism Nguyen Thi Hanh said Quang Ninh has received bookings from more than 50 cruise voyages for this year, nearly double the figure recorded last year. The province is working with shipping lines to develop longer itineraries that combine sea, island and cultural experiences.",
        "In 2024, Quang Ninh welcomed about 19 million visitors, including 3.8 million foreigners, earning total tourism revenue of nearly 46 trillion VND (1.8 billion USD). The province aims to lift the number of international arrivals by 15 percent this year./.",
    ],
)

CANTHO = (
    "Can Tho pilots smart traffic lights at busy intersections",
    None,
    [
        "The Mekong Delta city of Can Tho has put into trial operation an adaptive traffic signal system at 12 busy intersections in Ninh Kieu and Cai Rang districts, aiming to ease congestion during rush hours and cut travel time for residents.",
        "The system uses cameras and sensors to count vehicles in real time and automatically adjusts the length of green and red lights at each junction. Data is sent to a control centre run by the municipal Department of Transport, where operators can intervene manually in case of accidents or bad weather.",
        "According to the department, after two weeks of testing, the average waiting time at the pilot intersections fell by about 20 percent, while the length of queues on Nguyen Van Cu and 30/4 streets was significantly reduced during the morning peak.",
        "Vice Chairman of the municipal People’s Committee Tran Minh Luan said that if the trial proves effective, the city will expand the model to another 40 intersections by the end of next year and connect it with its smart city operation centre./.",
    ],
)

DRUGS = (
    "Vietnamese, Lao border provinces boost cooperation in drug control",
    "April 8",
    [
        "Police forces of the northern province of Son La and the Lao province of Houaphanh signed a cooperation agreement on drug crime prevention and control for the 2025-2027 period at a meeting in Son La city on April 8.",
        "Under the agreement, the two sides will regularly exchange information on drug trafficking routes and suspects, coordinate in patrolling along the shared border, and organise joint operations to dismantle trans-border drug rings. They will also support each other in training officers and providing equipment for drug detection.",
        "Major General Lo Van Thanh, Director of the Son La provincial Police Department, said that drug trafficking in the border area has become increasingly sophisticated, with criminals taking advantage of trails through forests and mountains to transport narcotics. Close coordination between the two forces is therefore vital, he stressed.",
        "Colonel Somphone Keovilay, head of the Houaphanh provincial Police Department, thanked the Vietnamese side for its valuable assistance over the years, including the training of hundreds of Lao police officers and the donation of vehicles and communication equipment./.",
    ],
)

MARTIAL = (
    "Binh Dinh hosts national festival on traditional martial arts",
    "August 15",
    [
        "More than 600 martial artists from 35 provinces and cities nationwide are taking part in a national festival on traditional martial arts, which opened in Quy Nhon city, the central province of Binh Dinh, on August 15.",
        "During the five-day event, the artists compete in 48 categories covering bare-hand forms, weapon forms and sparring. Teams from the host province, widely regarded as the cradle of Vietnamese traditional martial arts, are expected to face strong challenges from Hanoi, Ho Chi Minh City and Thua Thien-Hue.",
        "Speaking at the opening ceremony, Vice Chairwoman of the provincial People’s Committee Vo Thi Ngoc Lan said the festival is an opportunity for martial artists to exchange skills and for the locality to promote its unique heritage to visitors at home and abroad.",
        "On the sidelines of the festival, organisers will hold a photo exhibition on the history of Binh Dinh martial arts, street performances at Quy Nhon beach and a workshop on preserving ancient martial arts manuscripts./.",
    ],
)

CHIPS = (
    "Vietnam, Japan discuss cooperation in semiconductor workforce training",
    "October 3",
    [
        "Deputy Minister of Education and Training Pham Quang Vinh received a delegation from the Japan International Cooperation Agency (JICA) in Hanoi on October 3 to discuss cooperation in training engineers for the semiconductor industry.",
        "Vinh said Vietnam has set a target of training at least 50,000 engineers and technicians for the chip industry by 2030, and the ministry has asked universities to open new programmes in microelectronics and integrated circuit design. However, the shortage of lecturers and laboratory equipment remains a major challenge.",
        "The Deputy Minister suggested JICA support Vietnamese universities in developing curricula, sending Japanese experts to teach, and offering scholarships for Vietnamese lecturers to pursue postgraduate studies in Japan.",
        "Chief representative of JICA in Vietnam Kenji Takahara said the agency highly values the potential of Vietnam’s young workforce and will consider expanding its technical assistance projects in higher education, with a focus on science, technology, engineering and mathematics.",
        "He added that Japanese semiconductor firms operating in Vietnam are ready to receive students for internships, helping bridge the gap between training and the needs of businesses./.",
    ],
)

COFFEE = (
    "Lam Dong coffee farmers switch to drought-resistant varieties",
    None,
    [
        "Thousands of coffee growers in the Central Highlands province of Lam Dong have replaced ageing trees with new drought-resistant varieties over the past three years, helping stabilise yields despite prolonged dry seasons.",
        "According to the provincial Department of Agriculture and Rural Development, about 18,000 hectares of old coffee have been replanted or grafted with high-yield varieties such as TR4, TR9 and TRS1, which need less water and show better resistance to pests. Average yields in these areas now reach 4.5 tonnes per hectare, up nearly 30 percent.",
        "Many households have also installed drip irrigation systems and planted shade trees such as durian, avocado and macadamia, which not only keep the soil moist but also provide additional income when coffee prices fall.",
        "The province plans to expand the replanting programme by another 10,000 hectares by 2027, and will support farmers with preferential loans and training on sustainable farming practices in line with European Union deforestation regulations./.",
    ],
)

ABYEI = (
    "Vietnamese peacekeepers hand over engineering works in Abyei",
    "November 20",
    [
        "The Vietnamese engineering unit serving at the United Nations Interim Security Force for Abyei (UNISFA) on November 20 handed over a newly upgraded road and two water supply stations to the local community in the disputed area between Sudan and South Sudan.",
        "The 22-km road links the market town of Abyei with several villages and is expected to make travel easier during the rainy season, when many routes in the area become impassable. The water stations will provide clean water for about 4,000 residents and several primary schools.",
        "Lieutenant Colonel Dang Van Hoa, commander of the unit, said the officers and soldiers worked in harsh weather conditions and under tight security measures to complete the works ahead of schedule./.",
    ],
)

DIGITAL_LAW = (
    "National Assembly deputies debate draft law on digital technology industry",
    "May 27",
    [
        "National Assembly (NA) deputies on May 27 discussed in groups the draft Law on Digital Technology Industry, which is expected to create a legal framework for the development of digital products, semiconductors, artificial intelligence and digital assets in Vietnam.",
        "Presenting the draft, Minister of Information and Communications Nguyen Hoang Phuc said the law would consist of seven chapters and 71 articles, focusing on incentives for enterprises that invest in research and development, design and manufacture key digital technology products, as well as measures to build a high-quality workforce for the sector.",
        "Many deputies agreed on the need to issue the law, saying the digital technology industry has grown rapidly in recent years, with revenue exceeding 140 billion USD last year, but Vietnamese firms still mainly undertake assembly and processing, and their added value remains low.",
        "Deputy Le Thi Thu Ha from the northern province of Bac Ninh, home to many electronics factories, suggested the drafting agency clarify criteria for determining which products are considered key digital technology products, to avoid abuse of preferential policies and ensure that incentives reach the right beneficiaries.",
        "Meanwhile, deputy Trinh Van Quyet from Ho Chi Minh City proposed adding regulations on a controlled testing mechanism, known as a sandbox, for new technologies and business models, arguing that many start-ups are hesitant to launch innovative services because of legal uncertainty.",
        "Regarding digital assets, several deputies said the concept is new and complex, and called for careful study of international experience before including detailed provisions in the law. Others said clear rules are urgently needed to protect investors and prevent money laundering and fraud.",
        "Concluding the session, the head of the drafting board said the comments would be carefully studied and incorporated, and the revised draft would be submitted to the NA for approval at the end of the current session./.",
    ],
)

SALT = (
    "Ninh Thuan salt farmers expand clean salt production",
    None,
    [
        "Salt farmers in the south central province of Ninh Thuan are shifting from traditional methods to producing clean salt on tarpaulin-lined fields, a change that has helped raise both the quality and the price of their products.",
        "At the Tri Hai salt field in Ninh Hai district, hundreds of households have covered their fields with high-density plastic sheets, which prevent the salt from mixing with mud and sand. The white, clean crystals can be sold to food processing companies at prices 30 to 40 percent higher than ordinary salt.",
        "Tran Van Minh, a farmer who has worked in the salt fields for more than 20 years, said the new method also reduces the time needed to wash and dry the salt, and allows his family to harvest several days earlier than before. However, the initial cost of the tarpaulin, around 50 million VND per hectare, remains a burden for many poor households.",
        "To support farmers, the provincial People’s Committee has provided partial funding for the purchase of tarpaulin and encouraged enterprises to sign long-term purchase contracts with cooperatives. So far, about 420 hectares, or nearly a quarter of the province’s salt area, have adopted the model.",
        "Local authorities plan to upgrade irrigation canals and internal roads in salt-producing areas, and to develop salt field tours that combine sightseeing with experiences of salt harvesting, in order to increase income for local residents./.",
    ],
)

PORT = (
    "Hai Phong opens new container terminal at Lach Huyen",
    "June 10",
    [
        "The northern port city of Hai Phong on June 10 inaugurated two new container berths at the Lach Huyen international gateway port, raising the port’s total capacity by about 1.1 million TEUs per year.",
        "The berths, each 375 metres long, can receive container ships with a capacity of up to 18,000 TEUs that sail directly to Europe and the Americas without transshipment via other regional ports. This is expected to help Vietnamese exporters cut logistics costs and delivery time.",
        "Speaking at the ceremony, Chairman of the municipal People’s Committee Nguyen Van Tung said the city aims to become a leading logistics hub in Southeast Asia, and will continue to call for investment in the remaining berths and in the free trade zone next to the port./.",
    ],
)

PHYSICS = (
    "Vietnamese students win four gold medals at Asian Physics Olympiad",
    "May 20",
    [
        "All eight Vietnamese students competing at the Asian Physics Olympiad (APhO) in Malaysia won medals, including four golds, two silvers and two bronzes, the Ministry of Education and Training announced on May 20.",
        "The team’s best performer was Nguyen Duc Anh, a 12th grader from the High School for Gifted Students under the Hanoi National University of Education, who ranked among the top ten contestants. This year’s competition brought together more than 200 students from 28 countries and territories.",
        "With this result, Vietnam was ranked fourth among participating teams, behind China, Chinese Taipei and Singapore./.",
    ],
)

BUCKWHEAT = (
    "Ha Giang prepares for buckwheat flower festival",
    None,
    [
        "The northern mountainous province of Ha Giang will host its annual buckwheat flower festival from November 12 to 16 on the Dong Van Karst Plateau Global Geopark, with a series of cultural and sports activities to promote local tourism.",
        "Highlights of the festival include an art programme named “Colours of the plateau”, a market fair of ethnic products, a horse race in Meo Vac district and a contest on cooking traditional dishes made from buckwheat flour.",
        "Local farmers have planted more than 350 hectares of buckwheat this season, turning hillsides into carpets of pink and white flowers that attract tens of thousands of visitors every year./.",
    ],
)

MONGOLIA = (
    "Vietnam, Mongolia look to boost tourism links",
    "September 24",
    [
        "Vietnam and Mongolia should open more direct flights and simplify visa procedures to tap the potential for tourism cooperation, participants said at a forum held in Ulaanbaatar on September 24.",
        "Vietnamese Ambassador to Mongolia Doan Thi Huong said the number of Mongolian tourists to Vietnam has grown quickly since the launch of direct flights between Ulaanbaatar and Nha Trang, with beaches, cuisine and golf among the main attractions.",
        "Mongolian officials, for their part, introduced the country’s vast grasslands, nomadic culture and the Naadam festival, and expressed hope that more Vietnamese travel firms would design tours to Mongolia during the summer season./.",
    ],
)

YENBAI = (
    "Relief aid reaches flood-hit residents in Yen Bai",
    "September 14",
    [
        "Relief teams on September 14 delivered food, drinking water and medicine to thousands of residents in the northern province of Yen Bai whose homes were flooded or cut off by landslides after days of torrential rain.",
        "According to the provincial steering committee for natural disaster prevention and control, more than 2,400 houses were damaged and several sections of National Road 32 were buried by landslides, isolating some communes in Mu Cang Chai and Tram Tau districts.",
        "Soldiers and police officers have been mobilised to help people evacuate from dangerous areas, clear roads and repair schools so that students can return to class as soon as possible./.",
    ],
)

CAMAU = (
    "Ca Mau mangrove project issues first carbon credits",
    None,
    [
        "A mangrove restoration project in the southernmost province of Ca Mau has been issued its first batch of verified carbon credits, equal to about 150,000 tonnes of carbon dioxide absorbed, under an international voluntary standard.",
        "The project, implemented by local forest management boards and a foreign partner, has replanted about 3,000 hectares of degraded mangrove forests along the coast and supported households living near the forests to develop shrimp farming under the canopy.",
        "Revenue from the sale of the credits will be shared with forest protection contractors and used to reinvest in coastal protection, according to the provincial Department of Agriculture and Rural Development./.",
    ],
)

BUSAN = (
    "Vietnamese films to compete at Busan International Film Festival",
    "September 30",
    [
        "Two Vietnamese feature films and one documentary have been selected for the official programme of the Busan International Film Festival in the Republic of Korea, which will take place from October 2 to 11, according to the Department of Cinema.",
        "The feature film “The River Remembers”, directed by Le Bao Ngoc, tells the story of a fisherman’s family in the Mekong Delta facing the loss of their land to riverbank erosion, while “Night Bus to Sa Pa” follows three young strangers on an overnight journey to the northern mountains.",
        "The documentary “Hands of Clay”, about potters in Bat Trang village on the outskirts of Hanoi, will be screened in the Wide Angle section, which introduces outstanding documentaries and short films from Asia.",
        "The department said the selection reflects the growing presence of Vietnamese cinema at major international festivals, and it will coordinate with the Vietnamese Embassy in the Republic of Korea to organise a Vietnam film week on the sidelines of the event./.",
    ],
)

DURIAN = (
    "Dak Lak durian exports to China surge in first half",
    None,
    [
        "Durian exports from the Central Highlands province of Dak Lak to China reached nearly 520 million USD in the first six months of this year, more than double the same period last year, according to the provincial Department of Industry and Trade.",
        "The province now has 178 growing area codes and 36 packing facilities licensed for official export to China, and the durian area has expanded to about 31,000 hectares, making it one of the largest durian-growing localities in the country.",
        "However, the department warned that farmers should not expand planting spontaneously on land unsuitable for durian, and must strictly follow quality and food safety requirements to keep their growing area codes and avoid shipments being returned./.",
    ],
)

# --- longer stories (seed-like lengths, 3-6k characters) ------------------------------------
EXPRESSWAY = (
    "Construction of Dong Dang - Tra Linh expressway gathers pace",
    "July 18",
    [
        "Contractors of the Dong Dang - Tra Linh expressway project in the northern border provinces of Lang Son and Cao Bang are working in three shifts to make up for time lost during the rainy season, with the aim of opening the first section to traffic by the end of next year, according to the project management board.",
        "The 121-km expressway, with a total investment of more than 14 trillion VND (about 560 million USD), is the first expressway in the country built under a public-private partnership model in a mountainous area. It will connect the Tra Linh border gate in Cao Bang with the Huu Nghi international border gate in Lang Son, and further with the Hanoi - Lang Son expressway.",
        "Speaking at an inspection visit on July 18, Deputy Prime Minister Tran Quoc Hung said the project is of great significance for the socio-economic development of the two provinces, which remain among the poorest localities in the country because of their rugged terrain and poor transport infrastructure. He asked contractors to mobilise more machinery and workers and to strictly ensure the quality of the works.",
        "According to the management board, site clearance for the project has reached nearly 98 percent, but the relocation of some power lines and water pipes is still behind schedule. Heavy rains in June and July caused landslides at several construction sites, washing away temporary roads and forcing contractors to suspend work for weeks.",
        "Chairman of the Cao Bang provincial People’s Committee Hoang Xuan Anh said the province has set up working groups to resolve problems related to compensation and resettlement, and has allocated land for seven resettlement areas with full infrastructure for affected households. Local authorities have also licensed new quarries near the route to ensure a sufficient supply of stone and sand.",
        "Economists say that once completed, the expressway will cut the travel time from Hanoi to Cao Bang from six hours to about three and a half hours, giving a strong boost to trade through the border gates and to tourism at famous destinations such as the Ban Gioc waterfall and the Pac Bo historical relic site.",
        "The Deputy Prime Minister also requested relevant ministries to quickly complete procedures for the next phase of the project, which will upgrade the expressway to four lanes along its entire length, and to study a connection with the planned Hanoi - Lang Son - Dong Dang railway./.",
    ],
)

OCEAN = (
    "Vietnam calls for stronger action against plastic pollution at sea",
    "June 9",
    [
        "Vietnam called on countries to step up cooperation in reducing plastic waste and protecting marine ecosystems at a high-level dialogue on ocean governance held in Nice, France, on June 9 within the framework of the United Nations Ocean Conference.",
        "Addressing the dialogue, Deputy Minister of Agriculture and Environment Le Cong Thanh said that as a coastal country with more than 3,260 km of coastline and over 3,000 islands, Vietnam is directly affected by marine pollution, rising sea levels and the degradation of coral reefs and mangrove forests.",
        "He said the Vietnamese Government has adopted a national action plan on ocean plastic waste management, which targets a 75 percent reduction in plastic waste discharged into the sea by 2030, and the collection of all abandoned fishing gear. Many coastal localities have banned single-use plastic bags at tourist sites and encouraged fishermen to bring waste back to shore.",
        "The Deputy Minister proposed that developed countries support developing nations with finance, technology and capacity building to build waste collection and recycling systems, and that the international community soon finalise a legally binding global agreement on plastic pollution, taking into account the different circumstances of each country.",
        "On the sidelines of the conference, the Vietnamese delegation held bilateral meetings with representatives from Norway, Japan and the United Nations Development Programme to discuss projects on marine spatial planning, sustainable fisheries and the conservation of marine protected areas.",
        "The delegation also attended an exhibition showcasing initiatives by Vietnamese businesses and community groups, including the production of building materials from recycled plastic and the restoration of coral reefs in the Cham Islands off the coast of the central province of Quang Nam./.",
    ],
)
