"""Press-release distributor dumps (invented issuers, people and figures)."""
from markup import parse


def pr_ots_presseportal():
    """news aktuell / ots as presseportal.de prints it: timestamp and issuer line above the headline, "Wismar (ots) - "
    lede, photo caption with the ots rights notice, "Pressekontakt:" block, "Original-Content von: ..., übermittelt
    durch news aktuell", "Weitere Storys" list; a police release ("POL-HL:" headline, "Rückfragen bitte an:") and an
    English-language release from a Swiss issuer."""
    return parse("""
#D kind=press_release
#D source=news aktuell
#D source_aliases=["news aktuell", "ots", "presseportal", "presseportal.de", "news aktuell (ots)"]
18.11.2025 – 09:30
Reederei Brinkmann GmbH
#T Neue Hybridfähre „Lotte Brinkmann“ verbindet Wismar und Poel ab Dezember
#M dateline=Wismar
#M published_date=2025-11-18
#M external_id=6158203

#P Wismar (ots) - Die Reederei Brinkmann nimmt am 6. Dezember ihre erste Hybridfähre in Betrieb. Die „Lotte Brinkmann“ bietet Platz für 180 Fahrgäste und 24 Fahrzeuge und ersetzt auf der Linie zwischen Wismar und der Insel Poel ein 41 Jahre altes Dieselschiff.

#C Die „Lotte Brinkmann“ bei der Probefahrt in der Wismarbucht. Foto: Reederei Brinkmann / Jens Hallbauer

Weiterer Text über ots und www.presseportal.de/nr/171942 / Die Verwendung dieses Bildes für redaktionelle Zwecke ist unter Beachtung aller mitgeteilten Nutzungsbedingungen zulässig und dann auch honorarfrei. Veröffentlichung ausschließlich mit Bildrechte-Hinweis.

#P Im Hafenbetrieb und bei der Ein- und Ausfahrt fährt die Fähre rein elektrisch, auf offener See unterstützt ein Dieselgenerator die Batterien. Nach Berechnungen der Reederei sinkt der Treibstoffverbrauch auf der Strecke um rund 60 Prozent.

#P „Wir wollen bis 2030 die gesamte Flotte umstellen“, sagt Geschäftsführerin Antje Brinkmann. „Die Lotte ist der Anfang, zwei weitere Schiffe sind bereits bestellt.“

#P Die Fahrpreise bleiben unverändert. In der Wintersaison verkehrt die Fähre sechsmal täglich, ab April zehnmal.

#P Pressekontakt:
#+ Reederei Brinkmann GmbH
#+ Jana Feldhusen
#+ Unternehmenskommunikation
#+ Telefon: +49 3841 55 23 10
#+ E-Mail: presse@reederei-brinkmann.de

Original-Content von: Reederei Brinkmann GmbH, übermittelt durch news aktuell
Permalink: https://www.presseportal.de/pm/171942/6158203
Weitere Storys: Reederei Brinkmann GmbH
#RT Reederei Brinkmann tauft neue Fähre in Stralsund
#RT Winterfahrplan 2025/26: Zusätzliche Abendfahrten nach Poel

18.11.2025 – 11:02
Polizeidirektion Lübeck
#T POL-HL: Lübeck - Kostenlose Fahrradcodierung am Samstag auf dem Marktplatz
#M dateline=Lübeck
#M published_date=2025-11-18

#P Lübeck (ots) - Die Polizei Lübeck bietet am kommenden Samstag, 22. November 2025, in der Zeit von 10:00 bis 15:00 Uhr eine kostenlose Fahrradcodierung auf dem Marktplatz an.

#P Bei der Codierung wird eine individuelle Nummer in den Rahmen eingraviert, die Rückschlüsse auf den Eigentümer zulässt. Codierte Fahrräder werden nach Erfahrung der Polizei deutlich seltener gestohlen und können nach einem Diebstahl leichter zurückgegeben werden.

#P Mitzubringen sind ein Personalausweis sowie ein Eigentumsnachweis, zum Beispiel der Kaufbeleg. Bei E-Bikes sollte der Akku vorher entnommen werden.

#P Rückfragen bitte an:
#+ Polizeidirektion Lübeck
#+ Pressestelle
#+ Hauke Thiesen
#+ Telefon: 0451-131-2004
#+ E-Mail: pressestelle.luebeck.pd@polizei.landsh.de

Original-Content von: Polizeidirektion Lübeck, übermittelt durch news aktuell

18.11.2025 – 14:45
Alpenwerk Robotics AG
#T Alpenwerk Robotics opens test centre for autonomous orchard machines in Valais
#M dateline=Sion
#M published_date=2025-11-18

#P Sion (ots) - Alpenwerk Robotics AG has opened a test centre for autonomous harvesting and pruning machines near Sion. On 3.5 hectares of apricot and apple orchards, the company will trial its machines under real conditions together with local fruit growers.

#P The centre employs eleven engineers and technicians. According to the company, up to 40 machines can be tested there at the same time, including in steep terrain with slopes of up to 30 per cent.

#P "Labour shortages at harvest time are the biggest problem our customers face," said CEO Reto Caflisch. "We need to prove that our machines work on real hillsides, not only on flat test fields."

#P About Alpenwerk Robotics

#P Alpenwerk Robotics AG, founded in 2019 and based in Winterthur, develops autonomous machines for fruit and wine growing. The company employs 86 people.

#P Contact:
#+ Alpenwerk Robotics AG
#+ Seraina Tschudi, Head of Communications
#+ Phone: +41 52 508 77 30
#+ media@alpenwerk-robotics.ch

Original-Content von: Alpenwerk Robotics AG, übermittelt durch news aktuell
""")


def pr_prlog_send2press():
    """PRLog release pages (headline, summary line, "By:" issuer line, "ASHLAND, Ore. - Nov. 18, 2025 - PRLog -- ",
    "Photos: (Click photo to enlarge)" caption, "Contact" block with a masked e-mail, "End", Source/City/Industry/Tags
    lines, "Link:" with the release number, disclaimer) and Send2Press Newswire releases ("(SEND2PRESS NEWSWIRE) -- ",
    "MEDIA CONTACT:", "News Source:", "Related link:", issued-on-behalf notice)."""
    return parse("""
#D kind=press_release
#D source=PRLog
#D source_aliases=["PRLog", "PRLog.org"]
#T Cedar Hollow Cidery Opens Tasting Barn Built From Reclaimed Orchard Timber
#M dateline=ASHLAND, Ore. - Nov. 18, 2025
#M published_date=2025-11-18
#M external_id=13108842
The family-run cidery in southern Oregon rebuilt a century-old apple barn with timber from trees lost in the 2023 wildfire season.
By: Cedar Hollow Cidery

#P ASHLAND, Ore. - Nov. 18, 2025 - PRLog -- Cedar Hollow Cidery has opened a 60-seat tasting barn on its orchard east of Ashland, built largely from timber salvaged from apple and pear trees that were killed by smoke and heat during the 2023 wildfire season.

#P The barn stands on the footprint of a 1921 packing shed. Builders milled more than 14,000 board feet of fruitwood and Douglas fir on site, and the original stone foundation was kept and repaired.

#P "Those trees fed this valley for a hundred years," said co-owner Marisol Eckhart. "We wanted them to keep working in a different way."

Photos: (Click photo to enlarge)

#C Tasting barn at Cedar Hollow Cidery

#P The tasting barn is open Thursday through Sunday from noon to 7 p.m. Reservations are recommended for groups of eight or more.

#P Contact
#+ Marisol Eckhart
#+ ***@cedarhollowcider.com

End
Source: Cedar Hollow Cidery
City/Town: Ashland - Oregon - US
Industry: Food, Agriculture
Tags: cider, oregon, tasting room
Link: https://prlog.org/13108842
Disclaimer: Issuers of news releases and not PRLog are solely responsible for the accuracy of the content of their releases.

#T Brightwater Tutors Adds Free Saturday Math Clinics for Rural Students
#M dateline=BOZEMAN, Mont. - Nov. 18, 2025
#M published_date=2025-11-18
#M external_id=13108907
Volunteer tutors will meet students online and in four public libraries through May 2026.
By: Brightwater Tutors

#P BOZEMAN, Mont. - Nov. 18, 2025 - PRLog -- Brightwater Tutors, a nonprofit tutoring network, will offer free Saturday math clinics for middle and high school students in rural Montana starting Dec. 6.

#P Sessions will run in libraries in Livingston, Three Forks, Big Timber and Harlowton, with an online option for students on ranches and in smaller towns. About 70 volunteer tutors, most of them retired teachers and engineers, have signed up so far.

#P Executive director Calvin Rourke said the clinics focus on algebra and geometry, where the group sees students fall behind most often.

#P Contact
#+ Calvin Rourke
#+ ***@brightwatertutors.org
#+ 406-555-0184

End
Source: Brightwater Tutors
City/Town: Bozeman - Montana - US
Industry: Education, Non-profit
Link: https://prlog.org/13108907
Disclaimer: Issuers of news releases and not PRLog are solely responsible for the accuracy of the content of their releases.

#D source=Send2Press
#D source_aliases=["Send2Press", "Send2Press Newswire", "SEND2PRESS NEWSWIRE"]
#T Harbor Lane Books Launches Read-Along Program for Incarcerated Parents
#M dateline=LOS ANGELES, Calif., Nov. 18, 2025
#M published_date=2025-11-18

#P LOS ANGELES, Calif., Nov. 18, 2025 (SEND2PRESS NEWSWIRE) -- Harbor Lane Books, an independent children's publisher, today announced a program that lets parents in three California correctional facilities record themselves reading picture books aloud for their children.

#P Each family receives the book and a recording on a small audio player that children can keep. The publisher said it will fund the first 1,200 recordings and is seeking partners to expand the program in 2026.

#P "A bedtime story is one of the few routines a parent can keep from the other side of a wall," said Harbor Lane publisher Denise Okafor-Lyle.

#P About Harbor Lane Books:
#+ Harbor Lane Books publishes picture books and early readers by authors from underrepresented communities. Learn more at https://harborlanebooks.org/.

#P MEDIA CONTACT:
#+ Tamsin Ruelas, Harbor Lane Books
#+ 323-555-0147
#+ press@harborlanebooks.org

News Source: Harbor Lane Books
Related link: https://harborlanebooks.org/
This press release was issued on behalf of the news source (Harbor Lane Books) who is solely responsible for its accuracy, by Send2Press Newswire.

#T Veteran-Owned Vantage Roofing Expands Storm Repair Crews Across North Texas
#M dateline=FORT WORTH, Texas, Nov. 18, 2025
#M published_date=2025-11-18

#P FORT WORTH, Texas, Nov. 18, 2025 (SEND2PRESS NEWSWIRE) -- Vantage Roofing & Exteriors, a veteran-owned contractor, has added four repair crews and a second warehouse in Denton to shorten wait times for homeowners after this year's hail storms.

#C Photo caption: Vantage Roofing crews at the company's new Denton warehouse.

#P The company said average wait times for a full roof replacement had reached seven weeks in October. With the added crews, it expects to bring that down to under three weeks by January.

#P Founder Reggie Halvorsen, a former Army engineer, said the company has hired 19 veterans this year.

#P MEDIA CONTACT:
#+ Lacey Whitmore
#+ 817-555-0112

News Source: Vantage Roofing & Exteriors
This press release was issued on behalf of the news source (Vantage Roofing & Exteriors) who is solely responsible for its accuracy, by Send2Press Newswire.
""")


def pr_zawya_kyodojbn():
    """Zawya press-release pages ("Press release" label and date above the headline, "Abu Dhabi, UAE: " lede,
    "-Ends-" line, About and media-enquiries blocks, Zawya's third-party disclaimer) and Kyodo JBN releases
    ("TOKYO, Nov. 18, 2025 /Kyodo JBN/ -- ", "/Kyodo JBN-AsiaNet/" variant, "Source:" line)."""
    return parse("""
#D kind=press_release
#D source=Zawya
#D source_aliases=["Zawya", "ZAWYA", "Zawya by LSEG"]
Press release
18 November, 2025
#T Saqr Logistics opens bonded cold-chain hub at Khalifa Port
#M dateline=Abu Dhabi, UAE
#M published_date=2025-11-18

#P Abu Dhabi, UAE: Saqr Logistics, a UAE-based provider of temperature-controlled freight services, has opened a 24,000 square metre bonded cold-chain hub at Khalifa Port, adding storage for 31,000 pallets of chilled and frozen goods.

#P The facility includes dedicated chambers for pharmaceuticals kept between 2 and 8 degrees Celsius and an automated frozen store operating at minus 25 degrees, the company said.

#P "Re-exporters can now hold goods in bond, split consignments and ship onward to the wider region without leaving the port," said Faisal Al Mazrouei, Chief Executive Officer of Saqr Logistics.

-Ends-

#P About Saqr Logistics

#P Saqr Logistics was established in 2011 and operates seven temperature-controlled warehouses across the UAE and Oman.

#P For media enquiries, please contact:
#+ Leena Haddad
#+ Corvane Communications
#+ leena.haddad@corvanecomms.ae

Disclaimer: The contents of this press release was provided from an external third party provider. This website is not responsible for, and does not control, such external content. This content is provided on an “as is” and “as available” basis and has not been edited in any way. Neither this website nor our affiliates guarantee the accuracy of or endorse the views or opinions expressed in this press release.

Press release
18 November, 2025
#T Oman's Jabal Akhdar resort to run on solar power by 2027
#M dateline=Muscat, Sultanate of Oman
#M published_date=2025-11-18

#P Muscat, Sultanate of Oman: Sahab Hospitality has signed an agreement with Noor Oasis Energy to build a 4.8 megawatt solar plant with battery storage that will supply its 140-room mountain resort on Jabal Akhdar.

#P Once completed in the first quarter of 2027, the plant is expected to cover about 85 per cent of the resort's annual electricity demand and cut its diesel consumption by 1.1 million litres a year.

#P Salma Al Harthy, General Manager of Sahab Hospitality, said the project would also supply power to two nearby villages during peak hours.

-Ends-

#P For media enquiries, please contact:
#+ Karan Mehta
#+ karan@brightdunepr.com

Disclaimer: The contents of this press release was provided from an external third party provider. This website is not responsible for, and does not control, such external content. This content is provided on an “as is” and “as available” basis and has not been edited in any way. Neither this website nor our affiliates guarantee the accuracy of or endorse the views or opinions expressed in this press release.

#D source=Kyodo JBN
#D source_aliases=["Kyodo JBN", "Kyodo JBN-AsiaNet", "JBN"]
#T Hoshizora Precision to Supply Lens Modules for Agricultural Drones in Southeast Asia
#M dateline=TOKYO, Nov. 18, 2025
#M published_date=2025-11-18

#P TOKYO, Nov. 18, 2025 /Kyodo JBN/ -- Hoshizora Precision Co., Ltd. announced today that it has agreed to supply multispectral lens modules to Rinjani Aero, an Indonesian maker of crop-monitoring drones, starting in April 2026.

#P Under the agreement, Hoshizora Precision will deliver 18,000 modules over three years from its plant in Nagano Prefecture. The modules allow drones to measure leaf chlorophyll and water stress in rice and oil palm plantations.

#P "Southeast Asian growers need affordable tools to use fertilizer and water more precisely," said Kenta Morishige, President of Hoshizora Precision.

Source: Hoshizora Precision Co., Ltd.

#T Kirameki Foods Begins Exports of Freeze-Dried Miso Soup Cubes to Europe
#M dateline=OSAKA, Japan, Nov. 18, 2025
#M published_date=2025-11-18

#P OSAKA, Japan, Nov. 18, 2025 /Kyodo JBN-AsiaNet/ -- Kirameki Foods Co., Ltd. said on Tuesday it has started exporting its freeze-dried miso soup cubes to Germany, France and the Netherlands, its first shipments outside Asia.

#P The company said the cubes, which need only hot water, have been reformulated without fish stock to meet demand from vegetarian consumers in Europe.

#P Kirameki Foods aims to sell 2.5 million cubes in Europe in its first year through Asian grocery chains and online retailers.

Source: Kirameki Foods Co., Ltd.
""")


def pr_ir_marketwired():
    """An issuer's investor-relations news page ("News Releases", "« Back", date and "Download PDF" lines, forward-
    looking statements) and Marketwired-style copy ("VANCOUVER, BRITISH COLUMBIA--(Marketwired - Nov. 18, 2025) - ",
    TSX Venture notice, "FOR FURTHER INFORMATION PLEASE CONTACT:" block)."""
    return parse("""
#D kind=press_release
#D source=Larkspur Copper Corp.
#D source_aliases=["Larkspur Copper Corp.", "Larkspur Copper", "Larkspur Copper Investor Relations"]
Larkspur Copper Corp.
Investors
News Releases
« Back
#T Larkspur Copper Reports Third Quarter 2025 Results
#M dateline=VANCOUVER, British Columbia, Nov. 18, 2025
#M published_date=2025-11-18
November 18, 2025 7:00am EST
Download PDF

#P VANCOUVER, British Columbia, Nov. 18, 2025 -- Larkspur Copper Corp. (TSX: LKC) ("Larkspur" or the "Company") today reported its financial and operating results for the three months ended September 30, 2025.

#P Copper production at the Tamarack Hill mine was 14,820 tonnes, up 11% from the second quarter, as mill throughput recovered after scheduled maintenance in June. All-in sustaining costs were US$2.61 per pound of copper.

#P Revenue for the quarter was US$151.4 million and net income was US$22.8 million, or US$0.19 per share. The Company ended the quarter with cash of US$96.2 million.

#P "The mill is now running above nameplate and we remain on track to meet full-year guidance," said President and CEO Helena Marchuk.

#P Forward-Looking Statements

#P This news release contains forward-looking statements, including statements about production guidance and costs. Actual results may differ materially because of risks including metal prices, operating performance and regulatory approvals. The Company undertakes no obligation to update forward-looking statements except as required by law.

« Back

#T Larkspur Copper Announces Date of Investor Day
#M dateline=VANCOUVER, British Columbia, Nov. 18, 2025
#M published_date=2025-11-18
November 18, 2025 7:05am EST
Download PDF

#P VANCOUVER, British Columbia, Nov. 18, 2025 -- Larkspur Copper Corp. (TSX: LKC) will hold an investor day in Toronto on January 21, 2026, where management will present the updated mine plan for the Tamarack Hill underground expansion.

#P The event will be webcast live and a replay will be available on the Company's website for 90 days.

« Back

#D source=Marketwired
#D source_aliases=["Marketwired", "Marketwire"]
#T Pemberton Ridge Resources Intersects 14.2 Metres of 3.1 g/t Gold at Fenwick Creek
#M dateline=VANCOUVER, BRITISH COLUMBIA--(Marketwired - Nov. 18, 2025)
#M published_date=2025-11-18

#P VANCOUVER, BRITISH COLUMBIA--(Marketwired - Nov. 18, 2025) - Pemberton Ridge Resources Inc. (TSX VENTURE:PRR) ("Pemberton Ridge" or the "Company") is pleased to report results from the first four holes of its fall drill program at the Fenwick Creek gold project in central British Columbia.

#P Hole FC25-03 intersected 14.2 metres grading 3.1 grams per tonne gold from 88 metres downhole, including 2.6 metres of 11.4 g/t gold. The remaining holes returned narrower intervals of between 0.8 and 1.9 g/t gold.

#P "These results extend the mineralized zone 150 metres to the north and confirm that it remains open at depth," said Graham Whitlock, President and CEO.

#P Samples were analyzed by an independent accredited laboratory in Kamloops. The technical information in this release has been reviewed and approved by Ana Sousa, P.Geo., a qualified person as defined by National Instrument 43-101.

#P Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.

#P FOR FURTHER INFORMATION PLEASE CONTACT:
#+ Pemberton Ridge Resources Inc.
#+ Graham Whitlock
#+ President and CEO
#+ (604) 555-0139
#+ info@pembertonridge.ca

#T Silverbow Energy Closes $6.5 Million Flow-Through Private Placement
#M dateline=CALGARY, ALBERTA--(Marketwired - Nov. 18, 2025)
#M published_date=2025-11-18

#P CALGARY, ALBERTA--(Marketwired - Nov. 18, 2025) - Silverbow Energy Ltd. (TSX VENTURE:SBE) ("Silverbow") announces that it has closed its previously announced private placement of flow-through common shares for gross proceeds of $6.5 million.

#P The proceeds will be used to drill geothermal test wells at the Company's Rimbey project in central Alberta during the first half of 2026.

#P Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.

#P FOR FURTHER INFORMATION PLEASE CONTACT:
#+ Silverbow Energy Ltd.
#+ Priya Raman, Chief Financial Officer
#+ (403) 555-0176
""")
