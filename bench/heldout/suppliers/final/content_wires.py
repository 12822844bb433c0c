"""Invented wire stories (dpa, EFE, ANSA, SPA, Anadolu Agency, PNA). Text is fictional."""
import textwrap

def wrap(p, width=70):
    return "\n".join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False))

def art(title, source, aliases, body, byline=None, dateline=None, date=None, ext=None):
    return {"title": title, "kind": "wire", "source": source, "source_aliases": aliases, "byline": byline,
            "dateline": dateline, "published_date": date, "external_id": ext, "body": body,
            "captions": [], "teasers": []}

DPA = ["dpa", "Deutsche Presse-Agentur", "DPA"]
EFE = ["EFE", "Agencia EFE"]
ANSA = ["ANSA", "Agenzia ANSA"]
SPA = ["Saudi Press Agency", "SPA"]
AA = ["Anadolu Agency", "Anadolu Ajansi", "AA", "Anadolu"]
PNA = ["Philippine News Agency", "PNA"]

# ---------------------------------------------------------------- file 1: dpa + EFE
def wire_dpa_efe():
    parts, arts = [], []
    # dpa story 1
    t = "Bundesrat backs rail freight aid after months of wrangling between states"
    b = ["Berlin (dpa) - Germany's upper house of parliament on Friday approved a 1.4-billion-euro support package for rail freight operators, ending a dispute between the federal government and several eastern states that had held up the measure since the autumn.",
         "The package lowers track-access charges for freight trains for three years and sets aside money for new sidings at ports and inland terminals. Transport Minister Jens Hollmann said it would help move an estimated 9 million tons of goods a year off the motorways.",
         "\"Every container we put on a train is a lorry that does not clog the A2,\" Hollmann told the chamber. He said the first payments could flow before the summer break.",
         "Saxony and Thuringia had blocked an earlier draft, arguing that branch lines in rural areas would be left out. The compromise adopted on Friday earmarks 180 million euros specifically for lines carrying fewer than 20 trains a day.",
         "Industry groups welcomed the vote but warned that the subsidy would not make up for years of underinvestment. The Association of German Transport Companies said about 40 per cent of freight sidings had been closed since 1995.",
         "The opposition Christian Democrats abstained, saying the funding should have been tied to binding targets for punctuality."]
    parts.append("Germany/Transport/Rail\n" + t + "\nBy Katrin Vogel, dpa\n\n" + "\n\n".join(b) + "\n\ndpa kv xx cb")
    arts.append(art(t, "dpa", DPA, b, "Katrin Vogel", "Berlin"))
    # dpa story 2 (no byline)
    t = "Heavy snowfall strands hundreds of travellers in Austrian Alps"
    b = ["Innsbruck, Austria (dpa) - Several hundred holidaymakers were stuck in Alpine resorts in western Austria on Sunday after heavy snowfall and a high avalanche risk forced the closure of access roads in the Tyrol and Vorarlberg regions.",
         "Up to 1.2 metres of fresh snow fell within 36 hours in parts of the Arlberg area, the regional weather service said. Authorities raised the avalanche warning to level four on the five-point scale.",
         "The road to Lech and Zürs was closed as a precaution, leaving an estimated 600 guests unable to leave or reach their hotels. Local officials said supplies were sufficient and there was no danger to people staying indoors.",
         "Rail services between Landeck and Bludenz were also suspended for several hours while crews cleared fallen trees from the tracks.",
         "Forecasters expected the snowfall to ease by Monday evening, but warned that rising temperatures later in the week could trigger wet-snow avalanches on south-facing slopes."]
    parts.append("Austria/Weather/Tourism\n" + t + "\n\n" + "\n\n".join(b) + "\n\ndpa sw yy fm")
    arts.append(art(t, "dpa", DPA, b, None, "Innsbruck, Austria"))
    # EFE story 1
    t = "Spain's olive oil exports rebound as prices ease after two-year drought"
    b = ["Madrid, Mar 8 (EFE).- Spanish olive oil exports rose 27 percent in the first two months of the year compared with the same period of 2023, as an improved harvest in Andalusia pushed wholesale prices down from last year's record highs, industry figures showed on Friday.",
         "The Interprofessional Olive Oil Organization said shipments reached 148,000 tonnes in January and February, with the United States, Italy and France the main destinations.",
         "Producers said rainfall in the autumn had allowed many groves in Jaen and Cordoba provinces to recover, although yields remained below the average of the last decade.",
         "\"We are not out of the woods yet, because reservoirs are still low and one good season does not repair two bad ones,\" said Rafael Montoro, who heads a cooperative of 1,300 farmers near Ubeda.",
         "The average price paid at origin for extra virgin oil fell to 6.90 euros per kilo last week, down from more than 9 euros in January.",
         "Consumer groups noted, however, that supermarket prices had fallen far more slowly and called on the government to monitor margins along the supply chain."]
    parts.append(t + "\n\n" + "\n\n".join(b) + "\n\nEFE\n\nrmb/ig")
    arts.append(art(t, "EFE", EFE, b, None, "Madrid, Mar 8"))
    # EFE story 2
    t = "Colombia and Ecuador agree joint patrols on Putumayo river border"
    b = ["Bogota, Mar 8 (EFE).- The defense ministers of Colombia and Ecuador on Friday signed an agreement to set up joint river patrols along the Putumayo, a stretch of the border used by armed groups to move cocaine and illegally mined gold.",
         "Under the deal, the two navies will share radar data and run coordinated operations from two new bases, one on each side of the river, starting in May.",
         "Colombian Defense Minister Ivan Restrepo said the agreement was \"a turning point\" in cooperation between the neighbors, whose relations had been strained by disputes over electricity supplies and trade tariffs.",
         "His Ecuadorian counterpart, Gabriela Salcedo, said drug trafficking organizations had taken advantage of the lack of coordination to establish routes across the jungle border.",
         "The ministers did not say how many troops would be involved."]
    parts.append(t + "\n\n" + "\n\n".join(b) + "\n\nEFE\n\njgp/ev/lll")
    arts.append(art(t, "EFE", EFE, b, None, "Bogota, Mar 8"))
    return "\n\n\n".join(parts) + "\n", arts

# ---------------------------------------------------------------- file 2: ANSA + SPA (hard-wrapped teleprinter copy)
def wire_ansa_spa():
    parts, arts = [], []
    t = "Venice extends day-tripper fee to 54 days this year"
    b = ["(ANSA) - VENICE, APRIL 4 - Venice city council on Thursday approved an expanded calendar for its entry fee for day visitors, which will now apply on 54 days between April and July, up from 29 days during last year's trial.",
         "Visitors who do not stay overnight in the historic centre will pay five euros on weekdays and ten euros on peak weekends if they book less than four days in advance, councillor Simone Venturini told reporters.",
         "Residents, commuters, students and people born in the city remain exempt, as do children under 14.",
         "The administration said the trial had raised about 2.4 million euros and helped spread arrivals more evenly across the day, although critics argued that the number of tourists had barely changed.",
         "Opposition councillors and several residents' associations staged a protest outside Ca' Farsetti during the vote, saying the fee turned the city into \"a theme park with a turnstile\"."]
    parts.append(t + "\n\n" + "\n\n".join(wrap(p) for p in b) + "\n\nALL RIGHTS RESERVED © Copyright ANSA")
    arts.append(art(t, "ANSA", ANSA, b, None, "VENICE, APRIL 4"))
    t = "Italy's industrial output edges up 0.3% in February, ISTAT says"
    b = ["(ANSA) - ROME, APRIL 4 - Italian industrial production rose 0.3% in February from the previous month, national statistics agency ISTAT said on Thursday, beating analysts' expectations of a flat reading.",
         "On an annual basis, however, output was still down 2.1%, marking the thirteenth consecutive month of year-on-year decline.",
         "Energy production and pharmaceuticals posted the strongest gains, while the textile, clothing and leather sector fell 4.8% compared with February 2023.",
         "Economists said the figure offered tentative signs that manufacturing was stabilising after a difficult year hit by high borrowing costs and weak demand from Germany, Italy's main export market.",
         "Confindustria, the industrial employers' association, called on the government to speed up tax credits for investment in digital and green technologies, which it said had been delayed by bureaucratic bottlenecks."]
    parts.append(t + "\n\n" + "\n\n".join(wrap(p) for p in b) + "\n\nALL RIGHTS RESERVED © Copyright ANSA")
    arts.append(art(t, "ANSA", ANSA, b, None, "ROME, APRIL 4"))
    t = "Saudi Arabia launches program to train 10,000 nationals in cybersecurity"
    b = ["Riyadh, April 04, 2024, SPA -- The National Cybersecurity Authority (NCA) today launched a national program to train and certify 10,000 Saudi men and women in cybersecurity specialties over the next three years, in cooperation with universities and private-sector partners.",
         "The program offers intensive courses in incident response, digital forensics, cloud security and the protection of industrial control systems, followed by on-the-job training at government agencies and companies.",
         "NCA Governor Eng. Majed bin Mohammed Al-Mazyed said the initiative reflects the Kingdom's keenness to build national capabilities in the sector, in line with the goals of Saudi Vision 2030.",
         "Applications will open on the authority's website next month. Trainees will receive a monthly stipend during the course."]
    parts.append(t + "\n\n" + "\n\n".join(wrap(p) for p in b) + "\n--SPA\n13:42 LOCAL TIME 10:42 GMT\n0061 www.spa.gov.sa/w2081437")
    arts.append(art(t, "Saudi Press Agency", SPA, b, None, "Riyadh, April 04, 2024", "2024-04-04"))
    t = "KSrelief distributes food baskets in Sudan's Gedaref state"
    b = ["Gedaref, Ramadan 25, 1445, April 04, 2024, SPA -- King Salman Humanitarian Aid and Relief Centre (KSrelief) distributed 1,450 food baskets in Al-Fashaga locality of Gedaref state in the Republic of Sudan, benefiting 8,700 individuals from displaced families.",
         "Each basket contains flour, rice, sugar, lentils, cooking oil and dates, enough to cover the needs of a family for a month.",
         "The distribution is part of a food security project implemented by the centre in several Sudanese states, in cooperation with local partners, to ease the suffering of families affected by the conflict.",
         "KSrelief has implemented more than 90 projects in Sudan in the sectors of food security, health, water and shelter since its establishment."]
    parts.append(t + "\n\n" + "\n\n".join(wrap(p) for p in b) + "\n--SPA\n15:05 LOCAL TIME 12:05 GMT\n0074 www.spa.gov.sa/w2081502")
    arts.append(art(t, "Saudi Press Agency", SPA, b, None, "Gedaref, Ramadan 25, 1445, April 04, 2024", "2024-04-04"))
    return "\n\n".join(parts) + "\n", arts

# ---------------------------------------------------------------- file 3: Anadolu Agency + PNA
def wire_aa_pna():
    parts, arts = [], []
    t = "Turkish exporters eye new markets in Central Asia as logistics corridor expands"
    deck = "Middle Corridor freight volumes up 65% last year, says trade ministry official"
    b = ["Turkish exporters are stepping up efforts to enter Central Asian markets as the so-called Middle Corridor, which links Türkiye to China via the Caspian Sea, carries growing volumes of freight, an official said on Tuesday.",
         "Speaking at a logistics forum in Ankara, Deputy Trade Minister Ozlem Karaca said freight moving along the route rose 65% in 2023, with block trains now running weekly between Istanbul and Almaty.",
         "\"The transit time has fallen from around 40 days to 18 days on some services. This changes the calculation for our exporters of textiles, machinery and processed food,\" Karaca said.",
         "She said Türkiye's exports to Kazakhstan, Uzbekistan, Kyrgyzstan and Turkmenistan reached $6.8 billion last year and the government aims to double that figure by 2028.",
         "Participants also discussed customs digitalization and the need for additional ferry capacity across the Caspian, which they described as the main bottleneck on the route."]
    parts.append(t + "\n" + deck + "\n\nSerap Aydin  |05.03.2024 - Update : 05.03.2024\n\nANKARA\n\n" + "\n\n".join(b) + "\n\nAnadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.")
    arts.append(art(t, "Anadolu Agency", AA, b, "Serap Aydin", "ANKARA", "2024-03-05"))
    t = "Bosnian farmers hit by late frost seek state compensation"
    deck = "Fruit growers in Herzegovina say up to 70% of apricot and cherry crops lost"
    b = ["Fruit growers in southern Bosnia and Herzegovina on Tuesday called on authorities to declare a state of natural disaster after a late frost destroyed a large part of this year's harvest.",
         "Farmers from Mostar, Capljina and Stolac said temperatures fell to minus 4 degrees Celsius over two nights last week, just as apricot and cherry trees were in full bloom.",
         "\"We lost most of the crop in one night. Without support, many families will not be able to pay their loans this year,\" said Emir Hadzic, who grows fruit on 12 hectares near Mostar.",
         "The regional agriculture ministry said expert teams would assess the damage by the end of the month before any compensation is decided.",
         "Agriculture accounts for around 6% of Bosnia and Herzegovina's economic output and employs nearly one in five workers."]
    parts.append(t + "\n" + deck + "\n\nBy Dzenana Halimovic\n\nSARAJEVO\n\n" + "\n\n".join(b))
    arts.append(art(t, "Anadolu Agency", AA, b, "Dzenana Halimovic", "SARAJEVO"))
    t = "DA rolls out solar-powered irrigation in 40 Bicol farms"
    b = ["LEGAZPI CITY – The Department of Agriculture (DA) in Bicol has started installing solar-powered irrigation systems in 40 farms across the region to cut the fuel costs of rice and vegetable growers, an official said Tuesday.",
         "DA Bicol Regional Executive Director Rodel Tornilla said each unit can irrigate up to 10 hectares and will be managed by farmers' associations in Albay, Camarines Sur and Sorsogon.",
         "\"Our farmers spend as much as PHP4,000 per hectare on diesel every cropping season. With solar pumps, that cost goes down to almost zero,\" Tornilla said in an interview.",
         "He said the PHP62-million project, funded under the national rice program, is expected to be completed by July, in time for the wet-season planting.",
         "Farmer Lorna Bañares of Ligao City said her group previously had to take turns renting a single diesel pump, delaying planting for some members by up to three weeks. (PNA)"]
    parts.append(t + "\nBy Connie Calipay\nMarch 5, 2024, 4:18 pm\n\n" + "\n\n".join(b))
    arts.append(art(t, "Philippine News Agency", PNA, b, "Connie Calipay", "LEGAZPI CITY", "2024-03-05"))
    t = "PCG rescues 23 passengers from stalled motorbanca off Romblon"
    b = ["MANILA – The Philippine Coast Guard (PCG) rescued 23 passengers and four crew members of a motorbanca that lost engine power in rough seas off Romblon province on Monday night, officials said Tuesday.",
         "PCG spokesperson Rear Admiral Armando Balilo said the vessel, bound for Magdiwang town on Sibuyan Island, sent a distress call at around 8 p.m. after its engine failed some four nautical miles from the port.",
         "A PCG rescue boat reached the vessel after about an hour and towed it back to the port of Romblon. No one was injured.",
         "Balilo reminded boat operators to check weather advisories before sailing, as the northeast monsoon continues to bring strong winds over the central Philippines.",
         "The PCG said it is investigating whether the motorbanca had been cleared to sail despite the gale warning in effect at the time. (With a report from Stephanie Sevillano/PNA)"]
    parts.append(t + "\nBy Raymond Carl Dela Cruz\nMarch 5, 2024, 7:02 pm\n\n" + "\n\n".join(b))
    arts.append(art(t, "Philippine News Agency", PNA, b, "Raymond Carl Dela Cruz", "MANILA", "2024-03-05"))
    return "\n\n\n".join(parts) + "\n", arts
