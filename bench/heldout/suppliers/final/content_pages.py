"""Invented newspaper web pages: The Straits Times, SCMP, Nikkei Asia, The Korea Herald, The Phnom Penh Post, KPL."""

def art(title, source, aliases, body, byline, dateline, date, captions, teasers):
    return {"title": title, "kind": "site_page", "source": source, "source_aliases": aliases, "byline": byline,
            "dateline": dateline, "published_date": date, "external_id": None, "body": body,
            "captions": captions, "teasers": [{"title": a, "section": s, "summary": c} for a, s, c in teasers]}

ST = ["The Straits Times", "Straits Times", "ST"]

def page_straits_times():
    t = "Hawker centre rental bids to be capped under revised tender rules from July"
    standfirst = "Bids above the cap will be rejected to stop stallholders overpaying for prime stalls, says NEA."
    cap1 = "Under the new rules, bids for stalls at hawker centres will be capped at 1.5 times the assessed market rent. ST PHOTO: GAVIN FOO"
    cap2 = "Stallholders at Old Airport Road Food Centre say high bids by newcomers have pushed up rents for everyone. PHOTO: ST FILE"
    b = ["SINGAPORE - Bids for stalls at hawker centres will be capped from July, in a move aimed at stopping new stallholders from committing to rents they cannot sustain, the National Environment Agency (NEA) said on March 14.",
         "Under the revised tender rules, bids above 1.5 times the assessed market rent of a stall will be rejected. At present, there is no ceiling, and some stalls at popular centres such as Maxwell and Old Airport Road have been let at several times the market rate.",
         "NEA said that of the 312 stalls tendered in 2023, 41 drew bids more than double the assessed rent. About a quarter of those stallholders gave up their stalls within a year, often citing weak takings.",
         "\"High bids may look like a good deal for the tenderer on paper, but they end up hurting the hawker, who has to raise prices or cut corners to survive,\" said Senior Minister of State for Sustainability and the Environment Kwek Hui Min at a briefing.",
         "The agency will also extend the minimum tenancy from three to five years for successful bidders under its incubation stall programme, to give young hawkers more time to build up a customer base.",
         "Hawker associations welcomed the change. Mr Tan Boon Kiat, chairman of the Federation of Merchants' Associations, said some members had complained that rents at neighbouring stalls were being pushed up by \"irrational bids\".",
         "But some tenderers said the cap could lead to more ties between bidders at the top price. NEA said ties would be resolved by balloting.",
         "The new rules will apply to tenders called from July 1."]
    text = ("Singapore\n\n" + t + "\n\n" + standfirst + "\n\n" + cap1 + "\n\nChin Hui Ying\nSenior Correspondent\n\nUpdated\nMar 14, 2024, 09:12 PM\n\nPublished\nMar 14, 2024, 07:41 PM\n\n"
            + "\n\n".join(b[:4]) + "\n\n" + cap2 + "\n\n" + "\n\n".join(b[4:])
            + "\n\nJoin ST's WhatsApp Channel and get the latest news and must-reads.\n\nSee more on\nHawker centres\nNEA\n\nMORE ON THIS TOPIC\n\n"
            "Hawker centres\nNew hawker centre in Bidadari to open with 40 stalls in December\nThe centre will be the first to be run under a new social enterprise model.\n\n"
            "Singapore\nCost of a plate of chicken rice up 8% in a year: Survey\nRising prices of rice, chicken and gas are behind the increase, say stallholders.\n\n"
            "Copyright 2024 SPH Media. All rights reserved.\n")
    teasers = [("New hawker centre in Bidadari to open with 40 stalls in December", ["Hawker centres"], "The centre will be the first to be run under a new social enterprise model."),
               ("Cost of a plate of chicken rice up 8% in a year: Survey", ["Singapore"], "Rising prices of rice, chicken and gas are behind the increase, say stallholders.")]
    a = art(t, "The Straits Times", ST, b, "Chin Hui Ying", "SINGAPORE", "2024-03-14", [cap1, cap2], teasers)
    return text, [a]

def page_scmp_nikkei():
    parts, arts = [], []
    t = "Hong Kong to trial electric minibuses on 6 routes as operators seek fare relief"
    cap1 = "A public light bus on Nathan Road. The trial will cover six green minibus routes in Kowloon and the New Territories. Photo: Sam Tsang"
    cap2 = "Minibus drivers say charging times are a key concern for operators running tight schedules. Photo: Jonathan Wong"
    b = ["Hong Kong will put electric minibuses on six routes from the summer under a government-funded trial, as operators warned that rising fuel and maintenance costs were squeezing the industry.",
         "The Environmental Protection Department said on Thursday that 20 electric green minibuses would run in Kowloon and the New Territories for 24 months, with charging stations built at three public transport interchanges.",
         "The trial, funded with HK$80 million from the New Energy Transport Fund, will test whether the vehicles can handle steep routes and long shifts without midday recharging.",
         "\"The hilly terrain in places like Sau Mau Ping is the real test. If the batteries last there, they will last anywhere in the city,\" said Leung Ka-wai, chairman of a minibus operators' association.",
         "Operators have asked for a fare increase of up to 11 per cent, saying liquefied petroleum gas prices had risen by a third since 2021.",
         "A Transport Department spokesman said the fare applications were under review and the decision would take into account the public's affordability.",
         "There are about 4,300 public light buses in the city, carrying about 1.5 million passengers a day."]
    parts.append("News\nHong Kong\nTransport\n\n" + t + "\n\n  * Government-funded trial will put 20 electric green minibuses on the road for 24 months\n  * Operators say fuel and maintenance costs have squeezed the trade\n\n"
                 + cap1 + "\n\nNatalie Kwok\nPublished: 6:30pm, 14 Mar 2024\n\nWhy you can trust SCMP\n\n" + "\n\n".join(b[:3]) + "\n\n" + cap2 + "\n\n" + "\n\n".join(b[3:])
                 + "\n\nNatalie Kwok joined the Post in 2022 and covers transport and infrastructure.\n\nMore Articles\n\n"
                 "Hong Kong / Transport\nMTR to add 10 new trains to Tuen Ma line by 2026\nThe rail operator says the new trains will cut waiting times at peak hours by up to 30 seconds.\n\n"
                 "Hong Kong / Environment\nHong Kong to ban single-use plastic tableware in second phase\nOfficials say the next stage of the ban will start once affordable alternatives are widely available.\n\n"
                 "Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved.")
    arts.append(art(t, "South China Morning Post", ["South China Morning Post", "SCMP", "Post"], b, "Natalie Kwok", None, "2024-03-14", [cap1, cap2],
                    [("MTR to add 10 new trains to Tuen Ma line by 2026", ["Hong Kong", "Transport"], "The rail operator says the new trains will cut waiting times at peak hours by up to 30 seconds."),
                     ("Hong Kong to ban single-use plastic tableware in second phase", ["Hong Kong", "Environment"], "Officials say the next stage of the ban will start once affordable alternatives are widely available.")]))
    t = "Japan's regional banks turn to staffing agencies as branch networks shrink"
    deck = "Lenders lend employees to local companies to keep expertise in depopulating prefectures"
    cap1 = "A regional bank branch in Akita prefecture. Lenders have closed around 1,200 branches nationwide over the past decade. (Photo by Yuki Morita)"
    b = ["TOKYO -- Japanese regional banks are setting up staffing subsidiaries to place their employees at local small businesses, as they look for new revenue while closing branches in rapidly aging prefectures.",
         "At least 14 regional lenders have obtained licenses to run temporary staffing businesses since 2021, according to a Nikkei tally. Most send experienced bank staff to client companies for one to three years to help with accounting, succession planning or overseas expansion.",
         "Hokuyo Shinkin Bank in Hokkaido, for example, has placed 38 employees at local seafood processors and tourism operators. The bank charges a fee based on the employee's salary and receives a commission if the client later hires the worker.",
         "\"Our customers do not just need money. They need people who can read a balance sheet and talk to a supplier in Bangkok,\" said Masaru Endo, who heads the bank's regional revitalization division.",
         "The Financial Services Agency relaxed rules in 2021 to let banks engage in a wider range of businesses related to regional development, including staffing and consulting.",
         "Analysts say the fees are still small compared with lending income, but the programs help banks deepen relationships with clients at a time when loan demand in rural areas is falling.",
         "Japan's population outside major cities is projected to shrink by about 20% by 2045, according to the National Institute of Population and Social Security Research."]
    parts.append("Business\nFinance\n\n" + t + "\n\n" + deck + "\n\n" + cap1 + "\n\nAYAKA NISHIDA, Nikkei staff writer\nMarch 14, 2024 14:20 JST\n\n"
                 + "\n\n".join(b) + "\n\nRead Next\n\nJapan's megabanks raise deposit rates after BOJ exit from negative rates\nFinance\n\n"
                 "Nikkei Asia\nCopyright © 2024 Nikkei Inc. Nikkei Inc. No reproduction without permission.")
    arts.append(art(t, "Nikkei Asia", ["Nikkei Asia", "Nikkei", "Nikkei Inc."], b, "AYAKA NISHIDA", "TOKYO", "2024-03-14", [cap1],
                    [("Japan's megabanks raise deposit rates after BOJ exit from negative rates", ["Finance"], None)]))
    return "\n\n\n".join(parts) + "\n", arts

def page_korea_herald():
    t = "Seoul to expand late-night pediatric clinics to all 25 districts"
    sub = "City will fund extended hours at 40 clinics as families face long waits at hospital emergency rooms"
    cap1 = "A child receives treatment at a pediatric clinic in Seoul's Mapo-gu on Wednesday. (Yonhap)"
    cap2 = "Seoul Mayor Oh Se-hoon speaks during a briefing at Seoul City Hall on Thursday. (Seoul Metropolitan Government)"
    b = ["The Seoul Metropolitan Government will expand its program of late-night pediatric clinics to all 25 districts of the capital by the end of the year, as parents struggle to find care for sick children after regular hours amid a shortage of pediatricians.",
         "Under the plan announced Thursday, the city will subsidize 40 neighborhood clinics to stay open until midnight on weekdays and until 6 p.m. on weekends and holidays. Currently, 18 clinics in 14 districts take part in the program.",
         "Each participating clinic will receive up to 150 million won ($113,000) a year to cover extra staffing costs, the city said.",
         "\"Parents should not have to wait four or five hours in a hospital emergency room because a child has a fever at 9 p.m.,\" Seoul Mayor Oh Se-hoon said at a briefing.",
         "The number of pediatric clinics in Seoul fell by 12 percent between 2018 and 2023, according to data from the Health Insurance Review and Assessment Service, as low reimbursement rates and the falling birth rate pushed doctors to other specialties.",
         "The city will also run a 24-hour telephone line staffed by nurses to advise parents on whether a child needs to be seen immediately.",
         "Medical groups welcomed the move but said it would not solve the underlying shortage. The Korean Pediatric Society said the number of applicants for pediatric residencies this year filled less than a third of available positions."]
    text = ("National\nSocial affairs\n\n" + t + "\n\n" + sub + "\n\nBy Park Ji-won\n\nPublished : Mar 14, 2024 - 15:42       Updated : Mar 14, 2024 - 16:05\n\n"
            + cap1 + "\n\n" + "\n\n".join(b[:3]) + "\n\n" + cap2 + "\n\n" + "\n\n".join(b[3:]) + "\n\njiwonp@heraldcorp.com\n\n"
            "Most Popular\n\nMore from Headlines\n\n"
            "Pediatric residency applications hit record low\nNational / Health\nHospitals in the capital area filled only 26 percent of pediatric residency slots for this year.\n\n"
            "Korea to offer W1m monthly to parents of newborns\nNational / Social affairs\nThe expanded parental benefit is part of measures to counter the world's lowest fertility rate.\n\n"
            "Copyright Herald Corporation. All Rights Reserved.\n")
    teasers = [("Pediatric residency applications hit record low", ["National", "Health"], "Hospitals in the capital area filled only 26 percent of pediatric residency slots for this year."),
               ("Korea to offer W1m monthly to parents of newborns", ["National", "Social affairs"], "The expanded parental benefit is part of measures to counter the world's lowest fertility rate.")]
    a = art(t, "The Korea Herald", ["The Korea Herald", "Korea Herald", "Herald Corporation"], b, "Park Ji-won", None, "2024-03-14", [cap1, cap2], teasers)
    return text, [a]

def page_ppp_kpl():
    parts, arts = [], []
    t = "Kampot pepper farmers expect bumper harvest as EU orders climb"
    cap1 = "A farmer dries Kampot pepper in Kampot province's Dang Tong district on March 10. Heng Chivoan"
    b = ["Kampot pepper growers are expecting their biggest harvest in five years, with output forecast to reach around 150 tonnes, as demand from European buyers continues to rise, according to the Kampot Pepper Promotion Association (KPPA).",
         "KPPA president Nguon Lay said favourable rainfall last year and improved farming techniques had boosted yields, while the number of registered growers had increased to 470 households.",
         "\"Buyers in France, Germany and the Netherlands have already placed orders for more than half of this year's crop. The price is stable at around $15 per kilogramme for black pepper,\" he told The Post on March 12.",
         "Kampot pepper has held Protected Geographical Indication (PGI) status in the European Union since 2016, which the association says has helped it command higher prices than ordinary pepper.",
         "Ministry of Commerce spokesman Penn Sovicheat said the government would continue to support GI products through trade fairs and packaging assistance for farmers' cooperatives."]
    parts.append(t + "\n\nMay Kunmakara\nPublication date 13 March 2024 | 18:45 ICT\n\n" + cap1 + "\n\n" + "\n\n".join(b)
                 + "\n\nRelated articles\n\nBusiness\nCambodia's rice exports to China surge 40% in first two months\n\nBusiness\nCashew processing plant opens in Kampong Thom\n\n"
                 "Get the latest news updates by subscribing to our Telegram channel\n\n© 2024 The Phnom Penh Post")
    arts.append(art(t, "The Phnom Penh Post", ["The Phnom Penh Post", "Phnom Penh Post", "The Post"], b, "May Kunmakara", None, "2024-03-13", [cap1],
                    [("Cambodia's rice exports to China surge 40% in first two months", ["Business"], None),
                     ("Cashew processing plant opens in Kampong Thom", ["Business"], None)]))
    t = "Vientiane Capital launches campaign against dengue ahead of rainy season"
    cap1 = "Health officials spray insecticide in a village in Xaysettha district."
    b = ["(KPL) The Vientiane Capital Health Department on Tuesday launched a campaign to control dengue fever ahead of the rainy season, calling on residents to remove standing water around their homes at least once a week.",
         "The campaign, which runs until the end of May, will see health workers and village volunteers visit households in all nine districts of the capital to destroy mosquito breeding sites and distribute larvicide.",
         "According to the department, 2,316 dengue cases and four deaths were recorded in Vientiane Capital last year, down from more than 6,000 cases in 2022.",
         "Deputy director of the department Dr. Phonepaseuth Keomany said schools, temples and construction sites would be inspected as they were often places where mosquitoes breed.",
         "She urged people who develop a high fever, headache and joint pain to visit a health facility promptly rather than buying medicine at pharmacies."]
    parts.append("Home > Social\n\n" + t + "\n\n13/3/2024 09:15:22\n\n" + cap1 + "\n\n" + "\n\n".join(b) + "\n\nKPL\n\nShare this :\n\nLao News Agency\nCopyright © 2024 Lao News Agency (KPL)")
    arts.append(art(t, "Lao News Agency", ["Lao News Agency", "KPL", "Khaosan Pathet Lao"], b, None, None, "2024-03-13", [cap1], []))
    return "\n\n\n".join(parts) + "\n", arts
