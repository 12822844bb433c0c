"""Original newspaper pages (Điện Biên Phủ online, English edition style) for the held-out corpus.

Body items: strings are paragraphs (the first one carries the "ĐBP - " lede); ("cap", text) is a
stand-alone photo caption between paragraphs.
Teasers: (title, [section path], summary-without-"ĐBP - ").
"""

T = {
    "coffee_coop": (
        "Arabica cooperative in Mường Ảng finds way to European buyers",
        ["ECONOMY"],
        "After three years of applying organic farming practices, the Arabica coffee cooperative in Ẳng Tở Commune has signed its first export contract with a roasting company in the Netherlands, opening a stable outlet for nearly 200 member households.",
    ),
    "border_patrol": (
        "Border guards and villagers join hands to protect landmarks",
        ["NATIONAL DEFENSE", "SECURITY"],
        "Every month, officers of the Mường Pồn Border Guard Station walk with village elders and heads of households along the border line to check national landmarks, helping raise people’s awareness of protecting sovereignty and security in the border area.",
    ),
    "party_congress": (
        "Commune Party committees prepare for congresses at grassroots level",
        ["NEWS", "POLITICS", "PARTY BUILDING"],
        "Party committees in communes across the province are finalising documents and personnel plans for their congresses for the 2025-2030 term, with a focus on selecting young, capable officials and setting realistic development targets.",
    ),
    "xoe_dance": (
        "Keeping the Thái xòe dance alive in Mường Thanh",
        ["CULTURE", "TOURISM"],
        "In the evenings, the cultural house of Bản Co Mỏn echoes with the sound of gongs and drums as women of all ages practise xòe, the circle dance that has been recognised by UNESCO as an intangible cultural heritage of humanity.",
    ),
    "school_meals": (
        "Boarding meals keep children in school in remote villages",
        ["SOCIAL AFFAIRS"],
        "Thanks to support from the State and donors, more than 12,000 ethnic minority students in border districts now receive free lunches and dinners at boarding schools, which teachers say has significantly reduced the dropout rate.",
    ),
    "rice_terrace": (
        "Terraced fields of Pú Nhung enter harvest season",
        ["CULTURE", "TOURISM"],
        "Golden terraced rice fields winding along the hillsides of Pú Nhung Commune are attracting photographers and tourists, while local Mông families are busy bringing in the harvest.",
    ),
    "loan_capital": (
        "Preferential loans help poor households escape poverty",
        ["ECONOMY"],
        "The provincial branch of the Vietnam Bank for Social Policies has disbursed more than VNĐ600 billion in preferential loans since the beginning of the year, helping thousands of households invest in livestock, fruit trees and small businesses.",
    ),
    "voters": (
        "Deputies meet voters ahead of the provincial People’s Council session",
        ["NEWS", "POLITICS"],
        "Deputies of the provincial People’s Council met voters in Nậm Pồ and Mường Chà districts to listen to their opinions on rural roads, clean water and land allocation, promising to forward the recommendations to competent agencies.",
    ),
    "health_insurance": (
        "Expanding health insurance coverage among ethnic minorities",
        ["SOCIAL AFFAIRS"],
        "The health insurance coverage rate in the province has reached more than 96 per cent of the population, but local officials say more work is needed to ensure that people in remote areas actually use their cards at commune health stations.",
    ),
    "football": (
        "Provincial youth football team wins regional tournament",
        ["SPORTS"],
        "The under-15 football team of Điện Biên Province won the northern regional tournament after beating Lào Cai 2-1 in a thrilling final held at the provincial stadium.",
    ),
    "digital_commune": (
        "Digital transformation changes the face of Thanh Xương Commune",
        ["NEWS", "POLITICS"],
        "From paying electricity bills via smartphones to submitting administrative documents online, residents of Thanh Xương have quickly embraced digital services, making the commune a model for others in the province.",
    ),
    "macadamia": (
        "‘Green gold’ macadamia spreads across Tuần Giáo hills",
        ["ECONOMY", "AGRICULTURE"],
        "Macadamia, known among farmers as \u2018green gold\u2019, now covers more than 3,500 hectares in Tuần Giáo District, and the first harvests have brought encouraging income to many Mông and Thái households.",
    ),
    "forest_fire": (
        "Forest rangers on alert as dry season peaks",
        ["SOCIAL AFFAIRS"],
        "With temperatures above 38 degrees Celsius for several consecutive days, forest rangers in Mường Nhé and Nậm Pồ have set up round-the-clock watch posts and mobilised local people to clear dry vegetation along forest edges.",
    ),
    "historic_site": (
        "Restoring the A1 Hill relic ahead of anniversary celebrations",
        ["CULTURE", "TOURISM"],
        "Construction units are working in shifts to restore trenches, bunkers and the memorial area at the A1 Hill relic site, one of the most visited destinations in Điện Biên Phủ City.",
    ),
    "youth_union": (
        "Young volunteers bring summer classes to border villages",
        ["SOCIAL AFFAIRS", "EDUCATION"],
        "More than 150 student volunteers from universities in Hà Nội are spending their summer in border communes of the province, teaching children, building playgrounds and helping families repair houses.",
    ),
}

CARDAMOM = dict(
    title="Mường Nhé promotes cardamom cultivation under forest canopy",
    dateline="Recently",
    byline="Thu Hằng",
    body=[
        "ĐBP - Cultivating black cardamom under the canopy of natural forests has become an important source of income for hundreds of Hà Nhì and Mông households in Mường Nhé District. The model not only helps people escape poverty but also encourages them to protect the forests, as the plants need shade and moisture to grow well and produce high yields.",
        "In Sín Thầu Commune, the westernmost commune of the country, nearly every family now grows cardamom on forest land allocated for protection. Mr. Lý Xá Phù, a resident of Tả Ló San Village, said his family has planted more than three hectares of cardamom over the past seven years. In the last harvest, they collected nearly two tonnes of fresh fruit and earned over VNĐ80 million after expenses, enough to build a new house and send two children to school in the district centre.",
        ("cap", "Hà Nhì women in Sín Thầu Commune dry cardamom fruit after the harvest."),
        "According to the District Division of Agriculture and Rural Development, the total area of cardamom in Mường Nhé has reached about 1,200 hectares, concentrated in Sín Thầu, Chung Chải and Leng Su Sìn communes. However, the cultivation is still spontaneous, and most products are sold fresh to traders at low prices, so farmers’ income depends heavily on market fluctuations.",
        "To improve the value of the crop, the district has encouraged the establishment of cooperatives to connect farmers with processing enterprises, and has supported households with drying ovens and training on harvesting techniques. Two cooperatives have been set up so far, and one of them has registered the trademark “Mường Nhé cardamom” for its dried products.",
        (
            "cap",
            "Officials of the district agriculture division check a cardamom field in Chung Chải Commune.",
        ),
        "Vice Chairman of the District People’s Committee Giàng A Sử said that in the coming time, the district will review land areas suitable for cardamom, strictly prohibit the clearing of forests to expand planting, and call on businesses to invest in deep processing. The goal is to turn cardamom into a key product of the district’s One Commune One Product programme.",
    ],
    teasers=["coffee_coop", "border_patrol", "party_congress", "xoe_dance", "school_meals"],
)

STROKE = dict(
    title="Provincial General Hospital opens new stroke treatment unit",
    dateline="On March 4",
    byline=None,
    body=[
        "ĐBP - On March 4, the Provincial General Hospital officially put into operation its stroke treatment unit, equipped with a modern digital subtraction angiography system, allowing doctors to perform thrombectomy procedures for patients in the province instead of transferring them to hospitals in Hà Nội.",
        "Speaking at the ceremony, Director of the Provincial Department of Health Nguyễn Văn Bảy said stroke is one of the leading causes of death and disability in the province, and the number of patients is increasing and becoming younger. Previously, many patients lost the “golden hour” for treatment because of the long journey of more than 500 kilometres to central hospitals.",
        ("cap", "Doctors of the stroke unit perform a thrombectomy procedure for a patient."),
        "The unit has 20 beds, including six intensive care beds, and a team of doctors and nurses who have been trained at Bạch Mai Hospital under the satellite hospital programme. Since its trial operation in January, it has successfully treated 37 stroke patients, most of whom have recovered well and been discharged.",
        "Director of the Provincial General Hospital Lò Văn Tiến said the hospital will continue to send staff for further training and coordinate with district hospitals to quickly identify and transfer stroke patients, so that the time from the onset of symptoms to treatment is shortened as much as possible.",
    ],
    teasers=["health_insurance", "forest_fire", "voters"],
    no_byline_sep="\n",
)

TEA = dict(
    title="Tủa Chùa farmers reap benefits from ancient shan tuyết tea",
    dateline="These days",
    byline="Quang Hưng - Minh Thu",
    body=[
        "ĐBP - These days, Mông farmers in Sín Chải Commune, Tủa Chùa District, are busy picking the first tea buds of the season from ancient shan tuyết trees, many of which are hundreds of years old. Once grown mainly for family use, the tea has now become a commodity product with a stable market and growing reputation.",
        "The district currently has more than 760 hectares of shan tuyết tea, including over 80,000 ancient trees. The tea grows at an altitude of 1,300 to 1,500 metres, where the cool climate and frequent fog give the leaves a distinctive taste. Buds are covered with a thin layer of white down, which gives the tea its name, meaning “snow-covered mountain”.",
        "Mr. Vàng A Chứ, director of a tea cooperative in Sín Chải, said that after the cooperative applied clean processing methods and obtained a four-star OCOP certificate, the selling price of dried tea rose to VNĐ1.5 to 3 million per kilogramme, depending on the type. The cooperative buys fresh buds from more than 100 households, creating stable jobs for local workers.",
        "In addition to selling tea, the district is developing community-based tourism in tea areas, encouraging households to renovate their traditional houses into homestays and offer experiences such as picking and roasting tea. In 2024, Tủa Chùa welcomed more than 40,000 visitors, a sharp increase compared to the previous year.",
        "However, the protection of ancient tea trees still faces difficulties, as some households over-harvest buds or cut branches for convenience. The district has issued regulations on the care and exploitation of ancient tea trees and assigned each tree to a household to manage, with the aim of preserving this valuable genetic resource for future generations.",
    ],
    teasers=[],
    recent_news=False,
)

LIGHTING = dict(
    title="Điện Biên Phủ City upgrades lighting system on major streets",
    dateline="Recently",
    byline="Hoàng Lâm",
    body=[
        "ĐBP - Điện Biên Phủ City has recently completed the upgrade of the public lighting system on Võ Nguyên Giáp Street, 7/5 Street and Trường Chinh Street, replacing nearly 1,400 old sodium lamps with energy-saving LED lamps controlled by a smart system.",
        ("cap", "New LED lights along Võ Nguyên Giáp Street at night."),
        "The project, with a total investment of VNĐ28 billion from the city budget, allows the brightness of each lamp to be adjusted according to the time of night and traffic density. According to the City Urban Management Board, electricity consumption for public lighting is expected to decrease by about 45 per cent compared to before, saving hundreds of millions of dong each year.",
        "Residents living along the upgraded streets said the new lights are brighter and more evenly distributed, making it safer to travel at night and improving the city’s appearance, especially in the area around the Điện Biên Phủ Victory Monument and the Mường Thanh Bridge.",
        "Chairman of the City People’s Committee Lê Trọng Nghĩa said the city will continue to mobilise resources to install lights in residential areas and on routes leading to historical relic sites, contributing to building a green, clean and modern urban area.",
    ],
    teasers=["digital_commune", "historic_site", "football"],
)

MACADAMIA = dict(
    title="Tuần Giáo farmers learn to process macadamia nuts",
    dateline="From August 12 to 16",
    byline="Ngọc Anh",
    body=[
        "ĐBP - From August 12 to 16, the Tuần Giáo District Agricultural Extension Centre organised a training course on harvesting, drying and preserving macadamia nuts for more than 60 farmers from Quài Cang, Quài Nưa and Tỏa Tình communes, where the trees have started to bear fruit.",
        "At the course, experts from the Western Highlands Agriculture and Forestry Science Institute guided farmers on how to identify the right time for harvesting, how to dry the nuts to the standard moisture level and how to store them to avoid mould. They also shared experience in grading nuts and negotiating with buyers.",
        "Mr. Quàng Văn Dũng from Quài Cang Commune said his family’s two hectares of macadamia produced their first crop last year, but because they did not know how to dry the nuts properly, a large part of the harvest was sold at a low price. After the course, he plans to build a simple drying house to process the nuts before selling them.",
        "The district currently has about 3,500 hectares of macadamia, of which nearly 900 hectares have entered the harvesting period. The district is calling on enterprises to build processing factories in the area and sign contracts to buy products from farmers, creating a sustainable value chain for the crop.",
    ],
    teasers=["macadamia", "loan_capital", "party_congress", "youth_union"],
)

VOLUNTEER = dict(
    title="Blood donation festival attracts more than 800 participants",
    dateline="On June 14",
    byline="Phạm Quang",
    body=[
        "ĐBP - On June 14, the Provincial Steering Committee for Voluntary Blood Donation, in coordination with the Provincial General Hospital, held the “Red Journey” blood donation festival in Điện Biên Phủ City, attracting more than 800 officials, soldiers, students and residents.",
        ("cap", "Students of the Điện Biên Community College register to donate blood."),
        "By the end of the day, the organisers had received 712 units of blood, which will be supplied to hospitals in the province to serve emergency cases and patients with blood diseases. Many participants had donated blood more than ten times, while a large number of students joined for the first time.",
        "On this occasion, the organising board honoured 25 individuals and families with outstanding achievements in voluntary blood donation, and called on people to continue spreading the humanitarian message of “A drop of blood given, a life saved”.",
    ],
    teasers=["health_insurance", "school_meals"],
)

NAMPO = dict(
    title="Nậm Pồ completes relocation of households from landslide-prone areas",
    dateline="So far",
    byline=None,
    body=[
        "ĐBP - So far, Nậm Pồ District has completed the relocation of 146 households from areas at high risk of landslides and flash floods to new resettlement sites with roads, electricity, clean water and schools, helping people feel secure in settling down and developing production.",
        "The largest resettlement site, in Nà Hỳ Commune, was built on a flat hill near the commune centre with a total investment of over VNĐ45 billion. Each household received a plot of land to build a house, support of VNĐ60 million from the State budget and seeds and breeding animals to restore their livelihoods.",
        "Ms. Lò Thị Xuân, who moved to the new site last year, said her family used to live at the foot of a steep mountain, and every rainy season they had to flee to relatives’ houses for fear of landslides. Now, her children can walk to school in ten minutes and she has opened a small grocery shop near the commune market.",
    ],
    teasers=["forest_fire"],
    no_byline_sep="\n\n",
)

HOMESTAY = dict(
    title="Community tourism opens new direction for Mường Phăng",
    dateline="In recent years",
    byline="Thanh Hà",
    body=[
        "ĐBP - In recent years, community-based tourism has developed strongly in Mường Phăng Commune, the place where the headquarters of the Điện Biên Phủ Campaign Command was located. Thái families have renovated their stilt houses into homestays, offering visitors local cuisine, folk songs and dances and tours of the historical relic site.",
        ("cap", "Tourists enjoy a xòe dance performance at a homestay in Bản Phăng Village."),
        "The commune currently has 14 homestays that can accommodate about 300 guests per night. In the first six months of this year, Mường Phăng received over 35,000 visitors, including nearly 4,000 international tourists, bringing in revenue of more than VNĐ12 billion for local households.",
        "Ms. Lò Thị Hương, owner of a homestay in Bản Phăng Village, said that besides accommodation, her family serves meals made from local ingredients such as sticky rice, smoked meat and forest vegetables, and sells brocade products woven by women in the village. The income from tourism is several times higher than that from growing rice.",
        ("cap", "A corner of Pá Khoang Lake, one of the attractions of Mường Phăng Commune."),
        "To develop tourism sustainably, the commune has coordinated with the district to train homestay owners in hospitality skills and foreign languages, and to build regulations on environmental protection and the preservation of traditional architecture. The commune also plans to connect tours with the Pá Khoang Lake area and nearby ethnic villages.",
    ],
    teasers=[
        "xoe_dance",
        "rice_terrace",
        "historic_site",
        "coffee_coop",
        "voters",
        "digital_commune",
    ],
)

CHROME_ONLY_TEASERS = ["border_patrol", "loan_capital", "football", "youth_union"]

# A page with a caption as the last item before the byline and a teaser list with 3-level sections
BORDER_MARKET = dict(
    title="Border market in Tây Trang bustling again after renovation",
    dateline="After more than a year",
    byline="Lò Thị Mai Hương",
    body=[
        "ĐBP - After more than a year of renovation, the border market at Tây Trang International Border Gate has reopened with 120 stalls arranged in a spacious and clean area, attracting traders and shoppers from both Việt Nam and Laos every weekend.",
        "Goods sold at the market are diverse, ranging from Vietnamese household appliances, clothing and confectionery to Lao agricultural products such as dried bamboo shoots, forest honey and coffee. According to the management board of the border gate economic zone, the value of goods traded at the market has reached about VNĐ2 billion per session.",
        ("cap", "Lao traders sell forest products at the Tây Trang border market."),
        "The management board said it will coordinate with border guards and customs forces to ensure security and order, prevent smuggling and trade fraud, and support traders in completing procedures quickly, so that the market becomes a bridge for economic and cultural exchange between the two countries.",
        ("cap", "The renovated border market seen from the entrance."),
    ],
    teasers=["party_congress", "macadamia", "youth_union"],
)

T.update(
    {
        "clean_water": (
            "Clean water project brings relief to Mường Lay residents",
            ["SOCIAL AFFAIRS"],
            "A new water supply station with a capacity of 2,000 cubic metres per day has been put into operation in Mường Lay Town, ending years of water shortages during the dry season for thousands of households.",
        ),
        "ban_flower": (
            "Ban flowers paint the hills white as spring arrives",
            ["CULTURE", "TOURISM"],
            "As spring arrives, Ban flowers bloom across the hillsides of the province, attracting visitors to the region and giving local communities a chance to introduce their culture and cuisine.",
        ),
        "tax_revenue": (
            "State budget revenue exceeds estimates in first quarter",
            ["ECONOMY"],
            "Total State budget revenue in the province in the first quarter reached more than VNĐ580 billion, exceeding the estimate by nearly 8 per cent, thanks to strong growth in tourism, trade and land use fees.",
        ),
    }
)

RICE = dict(
    title="Điện Biên sticky rice brand reaches national markets",
    dateline="In recent years",
    byline="Minh Tuấn",
    body=[
        "ĐBP - In recent years, the Mường Thanh Valley, the largest rice field in the Northwest, has seen a strong shift from growing rice for family consumption to producing high-quality rice under a common brand. Điện Biên sticky rice and Điện Biên fragrant rice are now sold in supermarkets in Hà Nội, Hải Phòng and Hồ Chí Minh City, bringing higher and more stable incomes to thousands of farming households in Điện Biên and Điện Biên Phủ City.",
        "According to the Provincial Department of Agriculture and Environment, the area of high-quality rice in the province has reached more than 7,500 hectares, of which about 3,000 hectares are grown under linkage contracts with enterprises. The average yield is estimated at 6.2 tonnes per hectare, and the selling price of high-quality paddy is 15 to 20 per cent higher than that of ordinary varieties. In the Mường Thanh Valley alone, more than 20 cooperatives and production groups are involved in the value chain.",
        ("cap", "Farmers in Thanh Xương Commune harvest sticky rice in the Mường Thanh Valley."),
        "Mr. Lò Văn Thưởng, director of a rice cooperative in Thanh Chăn Commune, said that previously each household grew rice in its own way, using different varieties and fertilisers, so the quality of the rice was not uniform and traders often forced prices down. Since joining the cooperative, members have used the same certified seeds, applied the same cultivation process and recorded every step in a farming diary, which allows buyers to trace the origin of each batch of rice.",
        "The cooperative has invested in a drying and milling line with a capacity of 20 tonnes per day and a vacuum packaging machine, and has registered its products with the One Commune One Product programme. Last year, it sold more than 1,200 tonnes of rice to enterprises and through e-commerce platforms, earning revenue of nearly VNĐ25 billion. Many members now earn over VNĐ150 million per hectare per year from two rice crops.",
        ("cap", "Packaged Điện Biên rice products on display at a trade fair in Hà Nội."),
        "However, officials said the production of high-quality rice still faces many challenges. The area under linkage contracts remains small, many households have not yet complied strictly with technical procedures, and the irrigation system in some fields has degraded. In addition, competition from rice products of other localities is increasing, requiring Điện Biên rice to constantly improve its quality and packaging.",
        "To develop the brand sustainably, the province plans to expand the area of high-quality rice to 9,000 hectares by 2030, support cooperatives in obtaining VietGAP and organic certification, and promote the application of digital technology in production and sales. The province will also organise trade promotion programmes in major cities and seek opportunities to export rice to demanding markets.",
        (
            "cap",
            "Officials of the Provincial Department of Agriculture and Environment visit a rice drying facility.",
        ),
        "Vice Chairman of the Provincial People’s Committee Vừ A Bằng stressed that building a rice brand is not only about selling more rice, but also about preserving the reputation of a land associated with the historic Điện Biên Phủ Victory. He asked local authorities to closely supervise the use of the collective trademark and strictly handle cases of counterfeiting, so that consumers can trust the products of Điện Biên farmers.",
    ],
    teasers=[
        "clean_water",
        "ban_flower",
        "tax_revenue",
        "party_congress",
        "school_meals",
        "macadamia",
        "border_patrol",
        "xoe_dance",
        "health_insurance",
        "youth_union",
    ],
)
