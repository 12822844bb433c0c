"""Invented press releases: GlobeNewswire Europe, PR.com, 24-7 Press Release, openPR. Fictional companies."""

GNW = ["GlobeNewswire", "GLOBE NEWSWIRE", "Globe Newswire"]

def art(title, source, aliases, body, dateline, date, ext=None, captions=None):
    return {"title": title, "kind": "press_release", "source": source, "source_aliases": aliases, "byline": None,
            "dateline": dateline, "published_date": date, "external_id": ext, "body": body,
            "captions": captions or [], "teasers": []}

def pr_globenewswire_eu():
    parts, arts = [], []
    t = "Havbris Offshore A/S: Havbris secures grid connection agreement for 480 MW North Sea wind project"
    b = ["Esbjerg, Denmark, 12 March 2024 (GLOBE NEWSWIRE) -- Havbris Offshore A/S (\"Havbris\") today announced that it has signed a grid connection agreement with Energinet for its 480 MW Skovgrund offshore wind project, located approximately 35 kilometres west of the Danish coast.",
         "The agreement secures a connection point at the Endrup substation from the fourth quarter of 2028 and clears the last major permitting milestone before a final investment decision, which the company expects to take in the first half of 2025.",
         "\"Securing grid capacity has become the single most critical path item for offshore wind in Northern Europe. With this agreement in place, Skovgrund moves from a development project to a project we can finance and build,\" said Mette Kjærgaard, CEO of Havbris.",
         "The project is expected to produce around 2 TWh of electricity a year, equivalent to the annual consumption of roughly 500,000 Danish households. Havbris is in advanced discussions with two turbine suppliers and will announce its preferred supplier in connection with its half-year report.",
         "The agreement does not change the company's financial guidance for 2024.",
         "About Havbris Offshore A/S",
         "Havbris Offshore A/S develops, builds and operates offshore wind farms in the North Sea and the Baltic Sea. The company has a portfolio of 2.1 GW in various stages of development and is listed on Nasdaq First North Growth Market Denmark under the ticker HAVB.",
         "For further information, please contact:\nMette Kjærgaard, CEO, tel. +45 21 44 87 10\nAnders Holm Nielsen, CFO, tel. +45 30 62 19 55\nir@havbris.dk",
         "Certified Adviser\nNordic Corporate Finance ApS, tel. +45 33 18 40 00"]
    parts.append(t + "\n\nCompany announcement no. 4/2024\n\n" + "\n\n".join(b) + "\n\nAttachment\n\n  * Havbris_CA_04_2024_Skovgrund_grid.pdf")
    arts.append(art(t, "GlobeNewswire", GNW + ["Havbris Offshore A/S", "Havbris"], b, "Esbjerg, Denmark, 12 March 2024", "2024-03-12", "4/2024"))
    t = "Lumetra Oyj: Changes in Lumetra's Management Team"
    b = ["Tampere, Finland, 2024-03-12 08:30 CET (GLOBE NEWSWIRE) -- Lumetra Oyj's Chief Operating Officer Pekka Rautio will leave the company to take up a position outside Lumetra. He will continue in his current role until 30 June 2024.",
         "Lumetra has appointed Dr. Hanna Vuorela, M.Sc. (Eng.), as the new Chief Operating Officer and member of the Management Team as of 1 July 2024. Vuorela currently serves as Vice President, Manufacturing, at Lumetra's optical sensors business unit in Oulu. She joined the company in 2016 and has previously held production management roles at two Nordic electronics manufacturers.",
         "\"I want to thank Pekka for his significant contribution in scaling up our production over the past six years, including the opening of our second factory in Oulu. I am very pleased that we have found his successor from within our own organization. Hanna knows our operations thoroughly and has shown strong leadership in driving quality and efficiency,\" says Jari Salonen, President and CEO of Lumetra.",
         "From 1 July 2024, Lumetra's Management Team will consist of Jari Salonen (President and CEO), Kirsi Lindqvist (CFO), Hanna Vuorela (COO), Mikael Forsberg (Sales and Marketing) and Tuomas Aho (Research and Development).",
         "Lumetra Oyj",
         "Further information:\nJari Salonen, President and CEO\ntel. +358 40 551 2290\n\nKirsi Lindqvist, CFO\ntel. +358 40 551 2291",
         "Distribution:\nNasdaq Helsinki\nKey media\nwww.lumetra.fi",
         "Lumetra in brief\nLumetra Oyj designs and manufactures optical measurement sensors for the process industry, environmental monitoring and medical devices. In 2023, the company's net sales were EUR 84.6 million and it employed around 410 people in Finland, Germany and the United States. Lumetra's share is listed on Nasdaq Helsinki."]
    parts.append(t + "\n\nLumetra Oyj     Stock exchange release     12 March 2024 at 9.30 a.m. EET\n\n" + "\n\n".join(b))
    arts.append(art(t, "GlobeNewswire", GNW + ["Lumetra Oyj", "Lumetra"], b, "Tampere, Finland, 2024-03-12 08:30 CET", "2024-03-12"))
    return "\n\n\n".join(parts) + "\n", arts

def pr_prcom_247():
    parts, arts = [], []
    t = "Brightwater Pediatric Dental Opens Third Clinic in Round Rock with Sensory-Friendly Treatment Rooms"
    sub = "New location features quiet rooms, weighted blankets and adjustable lighting for children with autism and sensory processing differences."
    b = ["Round Rock, TX, March 12, 2024 --(PR.com)-- Brightwater Pediatric Dental announced today the opening of its third Central Texas clinic, located at 2140 University Boulevard in Round Rock. The 4,800-square-foot practice is designed around the needs of children with autism spectrum disorder and other sensory sensitivities, a group that often struggles with traditional dental visits.",
         "Each of the clinic's six treatment rooms has dimmable lighting, noise-dampening panels and ceiling-mounted screens, and families can book a free \"meet the chair\" visit before the first appointment so children can get used to the space at their own pace.",
         "\"Many parents tell us their child has not seen a dentist in years because the last visit was so overwhelming,\" said Dr. Priya Raman, founder of Brightwater Pediatric Dental. \"We wanted to build a place where the environment does half the work of calming a child down.\"",
         "The clinic accepts most major insurance plans and Texas Medicaid and CHIP. It is open Monday through Saturday, with early-morning appointments reserved for patients who need a quieter waiting room.",
         "Brightwater Pediatric Dental was founded in 2015 in Pflugerville and also operates a clinic in Georgetown. Its team of eight pediatric dentists has treated more than 22,000 children.",
         "Contact Information:\nBrightwater Pediatric Dental\nMaria Delgado\n512-555-0187\nContact via Email\nwww.brightwaterkids.com"]
    parts.append(t + "\n\n" + sub + "\n\n" + "\n\n".join(b) + "\n\nRead the full story here: https://www.pr.com/press-release/906214\n\nPress Release Distributed by PR.com")
    arts.append(art(t, "PR.com", ["PR.com", "PR.com Press Release", "Brightwater Pediatric Dental"], b, "Round Rock, TX, March 12, 2024", "2024-03-12", "906214"))
    t = "Harbor & Pine Publishing Releases Field Guide to Coastal Birds of the Pacific Northwest"
    sub = "Illustrated guide covers 212 species from northern California to British Columbia, with QR-linked audio recordings of calls"
    b = ["SEATTLE, WA, March 12, 2024 /24-7PressRelease/ -- Harbor & Pine Publishing today released \"Shorelines: A Field Guide to Coastal Birds of the Pacific Northwest,\" a 368-page illustrated guide by ornithologist and illustrator Dana Whitcombe.",
         "The book covers 212 species found along the coast from Mendocino County to Vancouver Island, including seabirds, shorebirds, waterfowl and the songbirds of coastal forests. Each entry includes range maps, seasonal abundance charts and a QR code linking to recordings of the bird's calls made by the author over fifteen years of fieldwork.",
         "\"Most guides treat the coast as an afterthought to the inland species,\" said Whitcombe. \"I wanted a book that a birder could carry on a ferry or a beach walk and actually use to tell a Pacific loon from a common loon in winter plumage.\"",
         "Part of the proceeds will go to the Salish Sea Shorebird Count, a volunteer monitoring program that has tracked migratory birds at 40 sites since 2009.",
         "\"Shorelines\" is available in paperback and as an e-book from bookstores and online retailers.",
         "About Harbor & Pine Publishing\nHarbor & Pine Publishing is an independent press based in Seattle that publishes nature guides, regional history and outdoor recreation titles. Founded in 2011, it has published more than 90 books.",
         "Contact Information\nTom Ferreira\nHarbor & Pine Publishing\nSeattle, WA\nUnited States\nVoice: (206) 555-0142\nE-Mail: Email Us Here\nWebsite: Visit Our Website"]
    body_text = "\n\n".join(b[:5]) + "\n\n" + b[5] + "\n\n# # #\n\n" + b[6]
    parts.append(t + "\n\n" + sub + "\n\n" + body_text + "\n\nFor the original version of this press release, please visit 24-7PressRelease.com here")
    arts.append(art(t, "24-7 Press Release", ["24-7 Press Release", "24-7PressRelease", "24-7 Press Release Newswire", "Harbor & Pine Publishing"], b, "SEATTLE, WA, March 12, 2024", "2024-03-12"))
    return "\n\n\n".join(parts) + "\n", arts

def pr_openpr():
    t = "Kessler Antriebstechnik Presents Compact Servo Gearbox Series for Collaborative Robots at Hannover Messe"
    cap = "The new KSG-C series is 30 percent lighter than its predecessor. | © Kessler Antriebstechnik GmbH"
    b = ["Ravensburg, 12 March 2024 - Kessler Antriebstechnik GmbH will present its new KSG-C series of compact servo gearboxes at Hannover Messe from 22 to 26 April. The gearboxes were developed specifically for the joints of collaborative robots and autonomous mobile manipulators, where installation space and weight are particularly limited.",
         "Thanks to a redesigned planetary stage with hollow-shaft design, the new series is around 30 percent lighter than its predecessor while offering the same torque. Cables and compressed-air lines can be routed directly through the centre of the gearbox, which simplifies robot design and reduces wear on supply lines.",
         "The KSG-C series will be available in four sizes with gear ratios from 30:1 to 160:1. Series production is scheduled to start in the third quarter of 2024 at the company's plant in Ravensburg.",
         "\"Robot manufacturers told us that every gram counts in the outer axes,\" says Dr. Stefan Kessler, Managing Director. \"At the same time, they need torsional stiffness and backlash values that were previously only possible with much larger gearboxes.\"",
         "Visitors can see the gearboxes at booth C31 in hall 6.",
         "Company contact:\nKessler Antriebstechnik GmbH\nJulia Brandner\nMarketing & Communications\nGrüner-Weg-Straße 14\n88212 Ravensburg, Germany\nPhone: +49 751 55 29 0\nEmail: presse@kessler-antriebe.de",
         "About Kessler Antriebstechnik:\nKessler Antriebstechnik GmbH is a family-owned manufacturer of precision gearboxes and drive components for automation, robotics and medical technology. Founded in 1962, the company employs around 340 people at its headquarters in Ravensburg and a subsidiary in Brno, Czech Republic."]
    text = ("News-ID: 3418826 • Views: …\n\n" + t + "\n\nPress release from: Kessler Antriebstechnik GmbH\n\n" + cap + "\n\n"
            + "\n\n".join(b) + "\n\nThis release was published on openPR.\n\nPermanent link to this press release:\nCopy\nPlease set a link in the press release to your homepage or to our website:\nhttps://www.openpr.com/news/3418826/kessler-antriebstechnik-presents-compact-servo-gearbox-series\n\n"
            + "You can edit or delete your press release Kessler Antriebstechnik Presents Compact Servo Gearbox Series here\n\nNews-ID: 3418826 • Views: …\n")
    a = art(t, "openPR", ["openPR", "openPR.com", "Kessler Antriebstechnik GmbH", "Kessler Antriebstechnik"], b, "Ravensburg, 12 March 2024", "2024-03-12", "3418826", [cap])
    return text, [a]
