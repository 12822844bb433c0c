"""Press-release-distributor dumps of final11 (all text invented; company sites use .example)."""
from markup import parse


def pr_pressetext_lifepr():
    # Releases copied from the distributors' pages into one file, one paragraph a line with blank lines
    # between paragraphs: pressetext's code line over the headline, "City (ptsNNN/date/time) - " lede,
    # "(End)" and the issuer field block; lifePR's "(lifePR) (City, date) " lede and contact boxes.
    return parse("""
#D kind=press_release
#D published_date=2026-04-08
#D source=pressetext
#D source_aliases=["pressetext", "pressetext.com", "pts"]
pts20260408011 Technology/Digitalisation, Business/Economy
#T Grazer Alpinsoft opens development centre for rail signalling software
#M source_aliases+=Alpinsoft
#M source_aliases+=Alpinsoft GmbH
#M dateline=Graz
#M external_id=pts20260408011
Company to hire 45 engineers by the end of 2027

#P Graz (pts011/08.04.2026/09:30) - The Styrian software company Alpinsoft GmbH http://alpinsoft.example has opened a development centre for rail signalling software in Graz. The new site in the Reininghaus district offers space for 80 employees.

#P "Rail operators across Europe are replacing their interlockings. The software for that has to be certified, and certification work cannot be done from a distance," says managing director Katharina Pölzl.

#P Alpinsoft plans to hire 45 engineers for the centre by the end of 2027. The company currently employs 130 people in Graz and Linz.

(End)

Issuer: Alpinsoft GmbH
Contact person: Martin Riegler
Phone: +43 316 555 0142
E-Mail: presse@alpinsoft.example
Website: www.alpinsoft.example

pts20260408019 Health/Medicine, Research/Development
#T Tyrolean clinic network tests app for post-operative follow-up
#M source_aliases+=Tirol Kliniknetz
#M dateline=Innsbruck
#M external_id=pts20260408019
#P Innsbruck (pts019/08.04.2026/11:15) - The Tirol Kliniknetz is testing a smartphone app that lets patients report their recovery after knee and hip operations from home. 300 patients at three hospitals are taking part in the six-month pilot.

#P Patients answer a short questionnaire each day and upload a photo of the wound once a week. Nurses check the entries and call the patient if values fall outside the expected range.

#P "Every follow-up visit we can save is a trip of up to two hours for a patient from the side valleys," says project lead Dr. Stefan Hauser.

(End)

Issuer: Tirol Kliniknetz
Contact person: Verena Kofler
Phone: +43 512 555 0870
E-Mail: kommunikation@kliniknetz-tirol.example
Website: www.kliniknetz-tirol.example

---

#D source=lifePR
#D source_aliases=["lifePR", "lifepr.de"]
Press release from: Hansewerft Lübeck GmbH
#T Hansewerft Lübeck delivers first battery-electric harbour ferry
#M source_aliases+=Hansewerft Lübeck
#M source_aliases+=Hansewerft Lübeck GmbH
#M dateline=Lübeck, 08.04.2026
#P (lifePR) (Lübeck, 08.04.2026) Hansewerft Lübeck GmbH has delivered its first battery-electric harbour ferry to the public transport company of Kiel. The 28-metre vessel carries up to 150 passengers and 40 bicycles.

#P The ferry charges at each end of its route in less than ten minutes while passengers board. Its batteries are designed for a service life of ten years.

#P "Kiel has ordered two more ferries of the same type, and we are in talks with three other ports," said managing director Jens Petersen.

#P About Hansewerft Lübeck GmbH
#+ Hansewerft Lübeck builds and repairs passenger vessels and workboats of up to 60 metres. The yard employs 210 people.

#P Company contact
#+ Hansewerft Lübeck GmbH
#+ Anja Wendt
#+ Travemünder Allee 99
#+ 23568 Lübeck
#+ Phone: +49 451 555 3010
#+ E-Mail: a.wendt@hansewerft.example
""")


def pr_actusnews_mfn():
    # Listed companies' releases as received by e-mail from Actusnews Wire (France) and MFN
    # (Sweden); "* * *" between the mails.
    return parse("""
#D kind=press_release
#D published_date=2026-04-08
#D source=Actusnews Wire
#D source_aliases=["Actusnews Wire", "ACTUSNEWS WIRE", "Actusnews"]
PRESS RELEASE
#T Navéo Robotique wins €18 million order from a European parcel operator
#M source_aliases+=Navéo Robotique
#M dateline=Lyon, 8 April 2026
#P Lyon, 8 April 2026 – 7:30 am CEST – Navéo Robotique (Euronext Growth – FR0099000123 – ALNAV), a designer of autonomous sorting robots, announces that it has won an order worth €18 million from a European parcel operator for the equipment of four sorting hubs in France and Belgium.

#P Deliveries will begin in the third quarter of 2026 and run until mid-2027. The order includes a five-year maintenance contract.

#P "This is the largest order in our history and it confirms the move of large operators towards robotised sorting," said Claire Dumontet, Chief Executive Officer of Navéo Robotique.

#P Next financial publication: 2026 half-year revenue, 22 July 2026, after market close.

#P About Navéo Robotique
#+ Founded in 2014 in Lyon, Navéo Robotique designs and builds autonomous mobile robots for parcel sorting. The company employs 160 people. For more information: www.naveo-robotique.example

#P Contacts
#+ Navéo Robotique - Investor relations - investisseurs@naveo.example
#+ Press relations - Mathilde Roche - +33 1 55 55 01 23

Full and original release in PDF format: https://www.actusnews.example/documents_communiques/ACTUS-0-98120-naveo-cp-order.pdf

Copyright ACTUSNEWS WIRE
Receive by email the next news about this company: https://www.actusnews.example/en/subscribe

* * *

PRESS RELEASE
#T Vignobles Astier reports annual revenue of €64.2 million
#M source_aliases+=Vignobles Astier
#M dateline=Bordeaux, 8 April 2026
#P Bordeaux, 8 April 2026 – 5:45 pm CEST – Vignobles Astier (Euronext Paris – FR0099000456 – VAST) today reports consolidated revenue of €64.2 million for the 2025 financial year ended 31 December 2025, up 4.1% from the previous year.

#P Export sales rose 9% and now account for 47% of revenue, driven by the United States and Japan. Sales in French supermarkets fell 2%.

#P The Board of Directors will propose a dividend of €0.85 per share at the Annual General Meeting on 10 June 2026.

#P About Vignobles Astier
#+ Vignobles Astier owns 1,100 hectares of vineyards in the Bordeaux and Cognac regions and sells its wines in 38 countries.

#P Contacts
#+ Vignobles Astier - Financial communication - finance@vignobles-astier.example

Full and original release in PDF format: https://www.actusnews.example/documents_communiques/ACTUS-0-98134-vignobles-astier-ca-2025.pdf

Copyright ACTUSNEWS WIRE
Receive by email the next news about this company: https://www.actusnews.example/en/subscribe

* * *

#D source=MFN
#D source_aliases=["MFN", "Modular Finance", "mfn.se"]
Norrsken Medtech AB | Press release | 8 April 2026 08:00 CEST
#T Norrsken Medtech receives CE mark for wound imaging system
#M source_aliases+=Norrsken Medtech
#M source_aliases+=Norrsken Medtech AB
#P Norrsken Medtech AB (publ) ("Norrsken Medtech") today announces that the company's wound imaging system, WoundView, has received a CE mark under the EU Medical Device Regulation. The company can now start sales in the EU.

#P WoundView uses a handheld camera and software to measure the size and depth of chronic wounds. A study at two hospitals in Uppsala showed that measurements took less than a minute, compared with about six minutes by hand.

#P "The CE mark is the most important milestone in the company's history. We will start sales in the Nordic countries and Germany in the second half of the year," says Johan Ekström, CEO of Norrsken Medtech.

#P For further information, please contact:
#+ Johan Ekström, CEO
#+ Phone: +46 70 555 12 34
#+ E-mail: johan.ekstrom@norrskenmedtech.example

#P About Norrsken Medtech
#+ Norrsken Medtech AB develops imaging systems for the treatment of chronic wounds. The company's shares are listed on Nasdaq First North Growth Market. Certified Adviser is Mentor Fondkommission AB.

#P This information is information that Norrsken Medtech AB is obliged to make public pursuant to the EU Market Abuse Regulation. The information was submitted for publication, through the agency of the contact person set out above, at 2026-04-08 08:00 CEST.

Attachments
Norrsken Medtech receives CE mark for wound imaging system.pdf
""")


def pr_korea_atpress():
    # Asian distributors' English releases saved from their sites, one paragraph a line with blank
    # lines between paragraphs; "=====" between the pages.
    return parse("""
#D kind=press_release
#D published_date=2026-04-08
#D source=Korea Newswire
#D source_aliases=["Korea Newswire", "newswire.co.kr", "Newswire"]
Korea Newswire > English News > IT/Telecommunications
#T Hanbit Mobility to Launch Shared E-Scooter Battery Swap Stations in Daejeon
#M source_aliases+=Hanbit Mobility
#M dateline=DAEJEON, South Korea
Posted: 2026-04-08 10:00

#P DAEJEON, South Korea--(Korea Newswire) April 8, 2026 -- Hanbit Mobility, a Korean micromobility company, announced on April 8 that it will install 60 battery swap stations for shared e-scooters in Daejeon by September.

#P The stations will let operators replace empty batteries in about 30 seconds instead of taking scooters to a depot. Hanbit Mobility said that the system could cut the number of service trucks on the city's roads by about 40 percent.

#P "Daejeon has one of the most active shared-scooter markets outside Seoul, and the city has offered us sites next to subway stations," said Park Ji-hoon, CEO of Hanbit Mobility.

#P About Hanbit Mobility
#+ Hanbit Mobility develops battery swap systems and fleet software for shared micromobility. Founded in 2019, it is based in Daejeon.

Website: http://www.hanbitmobility.example

#P Contact
#+ Hanbit Mobility
#+ Public Relations Team
#+ Kim Seo-yeon
#+ +82-42-555-0192

=====

Korea Newswire > English News > Food/Beverage
#T Jeju Green Farm Begins Exports of Hallabong Tangerines to Singapore
#M source_aliases+=Jeju Green Farm
#M dateline=JEJU, South Korea
Posted: 2026-04-08 14:30

#P JEJU, South Korea--(Korea Newswire) April 8, 2026 -- Jeju Green Farm, an agricultural cooperative on Jeju Island, said on April 8 that it shipped its first 12 tonnes of hallabong tangerines to Singapore.

#P The fruit will be sold in 40 supermarkets in Singapore under the cooperative's own brand. Jeju Green Farm plans to export 200 tonnes this year.

Website: http://www.jejugreenfarm.example

#P Contact
#+ Jeju Green Farm
#+ Overseas Sales Team
#+ Oh Min-jae
#+ +82-64-555-0311

=====

#D source=@Press
#D source_aliases=["@Press", "atpress", "@Press Inc."]
#T Kawaguchi Seiki Develops Quiet Compressor for Night-Time Construction Work
#M source_aliases+=Kawaguchi Seiki
#M source_aliases+=Kawaguchi Seiki Co., Ltd.
#M dateline=OSAKA, Japan, Apr 8, 2026
#P OSAKA, Japan, Apr 8, 2026 - (@Press) - Kawaguchi Seiki Co., Ltd. (Head office: Higashiosaka, Osaka; President: Takeshi Kawaguchi) has developed an air compressor for construction sites that runs at 58 decibels, about half as loud as conventional models. Sales will begin on May 11, 2026.

#P The compressor is aimed at road and railway works carried out at night in residential areas, where noise limits are strict.

#P [Product overview]
#+ Product name: KS-Silent 37
#+ Noise level: 58 dB (at 7 m)
#+ Price: Open price

#P [Company overview]
#+ Company name: Kawaguchi Seiki Co., Ltd.
#+ Location: Higashiosaka, Osaka, Japan
#+ Business: Manufacture of compressors and pneumatic tools
#+ URL: https://www.kawaguchi-seiki.example/

#P [Inquiries about this release]
#+ Kawaguchi Seiki Co., Ltd. Sales Planning Department
#+ E-mail: info@kawaguchi-seiki.example
""")


def pr_alphagalileo_icrowd():
    # Science and business releases copied from distributor pages, paragraphs one a line with blank
    # lines between; AlphaGalileo's date and institution lines, "Keywords:" / "Regions:"; iCrowdNewswire's
    # "(iCrowdNewswire)" lede and "Tags:" line.
    return parse("""
#D kind=press_release
#D published_date=2026-04-08
#D source=AlphaGalileo
#D source_aliases=["AlphaGalileo", "Alpha Galileo"]
AlphaGalileo > Item Display
#T Coastal seagrass meadows store more carbon than thought, Bergen study finds
#M source_aliases+=University of Bergen
08 Apr 2026
University of Bergen

#P Seagrass meadows along the Norwegian coast store about a third more carbon in their sediments than earlier estimates suggested, according to a study led by researchers at the University of Bergen.

#P The team took 140 sediment cores from 35 meadows between Rogaland and Troms. Carbon stocks were highest in sheltered bays, where fine particles settle.

#P "Northern meadows have been left out of most global estimates. Our numbers show they should not be," said marine ecologist Dr. Ingvild Haugland, who led the study.

#C Sediment cores from a seagrass meadow near Bergen. Credit: University of Bergen / Eirik Nes

Keywords: Science, Earth Sciences, Environment - science, Life Sciences
Regions: Europe, Norway

#P Contact Information
#+ Silje Aase
#+ University of Bergen
#+ silje.aase@uib.example

---

#D source=iCrowdNewswire
#D source_aliases=["iCrowdNewswire", "iCN", "iCrowd Newswire"]
#T Lumen Ridge Opens Solar Training Academy in Tucson
#M source_aliases+=Lumen Ridge
#M source_aliases+=Lumen Ridge Energy
#M dateline=Tucson, Arizona
#P Tucson, Arizona (iCrowdNewswire) - Apr 8, 2026 - Lumen Ridge Energy today opened a training academy for solar installers in Tucson, with space for 240 trainees a year.

#P The 12-week course covers rooftop and ground-mounted systems, electrical safety and battery storage. Graduates are offered jobs with Lumen Ridge or its partner contractors.

#P "Installers are the bottleneck for solar in Arizona right now," said Lumen Ridge co-founder Dana Whitfield.

#P Media Contact
#+ Company Name: Lumen Ridge Energy
#+ Contact Person: Marcus Bell
#+ Email: press@lumenridge.example
#+ City: Tucson
#+ State: Arizona
#+ Country: United States
#+ Website: www.lumenridge.example

Tags: iCN Internal Distribution, Extended Distribution, English

---

#T Harborline Pet Foods Recalls Two Batches of Dry Cat Food as a Precaution
#M source_aliases+=Harborline Pet Foods
#M dateline=Portland, Maine
#P Portland, Maine (iCrowdNewswire) - Apr 8, 2026 - Harborline Pet Foods is voluntarily recalling two batches of its Coastal Catch dry cat food after a routine test found moisture levels above its own limits. No illnesses have been reported.

#P The recall covers 3-pound bags with lot numbers HL2602A and HL2602B and best-by dates in February 2027. Customers can return the bags to the store for a full refund.

#P Media Contact
#+ Company Name: Harborline Pet Foods
#+ Contact Person: Renee Gagnon
#+ Email: care@harborline.example
#+ Country: United States
#+ Website: www.harborline.example

Tags: iCN Internal Distribution, English
""")
