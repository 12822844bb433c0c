"""Press-release dumps of final15 (all text invented; dated Saturday 5 December 2026). Markup: see markup.py."""
from markup import parse

_D = "#D published_date=2026-12-05\n#D kind=press_release\n"


def pr_cybernewswire_chainwire():
    """Three distributor pages saved as text, one after another: CyberNewsWire x2 and Chainwire, each with
    the site's menu, date line, 'City, Country, Month Nth, Year, Distributor' lede, 'About' and 'Contact'."""
    return parse(_D + """CyberNewsWire
Home   Latest Releases   Submit a Release   Pricing   FAQ   Contact
Search releases...

#D source=CyberNewsWire
#D source_aliases=["CyberNewsWire", "Cyber Newswire", "CyberNewswire"]
#T Vaultrail Launches Open-Source Scanner for Misconfigured CI/CD Secrets
#M source_aliases+=Vaultrail
#M dateline=Tallinn, Estonia, December 5th, 2026
By CyberNewswire
December 5, 2026
Share:  X  LinkedIn  Facebook  Email

#P Tallinn, Estonia, December 5th, 2026, CyberNewsWire -- Vaultrail, a software supply-chain security company, today released Keyhole, a free open-source tool that scans continuous integration and delivery pipelines for secrets stored in plain text, over-permissive tokens and unpinned third-party actions.

#P Keyhole runs as a single binary and supports the most common hosted and self-hosted CI systems. In tests on 2,300 public repositories, the tool found exposed credentials in 7.8% of pipelines, most of them cloud access keys that had not been rotated for more than a year.

#P "Pipelines have become the softest target in most organisations. Attackers know that one leaked token can give them the keys to production," said Kadri Saar, co-founder and CTO of Vaultrail. "We want every team to be able to check their pipelines in five minutes, without buying anything."

#P Keyhole is available under the Apache 2.0 licence from the company's website and code repository.

#P About Vaultrail
#+ Vaultrail helps engineering teams secure the path from code to production. Founded in 2023 and based in Tallinn, the company serves more than 400 customers in Europe and North America. More information is available at vaultrail.example.

#P Contact
#+ Head of Communications
#+ Liis Tamm
#+ Vaultrail
#+ press@vaultrail.example

Tags: CI/CD, open source, secrets management

CyberNewsWire
Home   Latest Releases   Submit a Release   Pricing   FAQ   Contact

#T Halden Security Report Finds Ransomware Crews Shifting to Weekend Attacks on Hospitals
#M source_aliases+=Halden Security
#M dateline=Oslo, Norway, December 5th, 2026
By CyberNewswire
December 5, 2026
Share:  X  LinkedIn  Facebook  Email

#P Oslo, Norway, December 5th, 2026, CyberNewsWire -- Halden Security, a managed detection and response provider, today published its annual Healthcare Threat Report, which finds that 61% of ransomware intrusions against hospitals in 2026 began between Friday evening and Sunday night, up from 44% in 2025.

#P The report draws on 1,140 incidents handled by Halden's response team across 19 countries. It finds that the median time from first access to encryption fell to 31 hours, and that stolen remote-access credentials were the entry point in more than half of the cases.

#P "Attackers plan around staffing rotas now. They know who is on call and when the security team is thinnest," said Ingrid Solberg, head of threat intelligence at Halden Security.

#P The full report is available for download from Halden Security's website.

#P About Halden Security
#+ Halden Security provides round-the-clock detection and response services to hospitals, utilities and public bodies. The company employs 260 people in Oslo, Gdansk and Manila. For more, visit haldensecurity.example.

#P Contact
#+ Media Relations
#+ Even Haugland
#+ Halden Security
#+ media@haldensecurity.example
#+ +47 555 01 234

Tags: ransomware, healthcare, threat report

Chainwire
Press Releases   Services   Partners   About   Get in touch

#D source=Chainwire
#D source_aliases=["Chainwire"]
#T Lumenbridge Opens Public Testnet for Cross-Chain Settlement Layer
#M source_aliases+=Lumenbridge
#M dateline=Zug, Switzerland, December 5th, 2026
December 5, 2026

#P Zug, Switzerland, December 5th, 2026, Chainwire -- Lumenbridge, a settlement protocol for moving tokenised assets between blockchains, has opened its public testnet to developers, the Lumenbridge Foundation announced today.

#P The testnet allows applications to settle transfers between four networks using a single set of validators, without wrapped tokens. During a closed test phase since August, 38 teams processed more than 2.1 million test transfers with an average finality of 14 seconds.

#P "Bridges have been the most attacked part of the industry. Our design removes the pool of locked funds that attackers go after," said Anja Berner, president of the Lumenbridge Foundation.

#P The foundation plans a security audit in the first quarter of 2027 and a main network launch after it has been completed.

#P About Lumenbridge
#+ Lumenbridge is developed by the Lumenbridge Foundation, a non-profit organisation based in Zug. Its code is published under an open-source licence. More at lumenbridge.example.

#P Contact
#+ Anja Berner
#+ Lumenbridge Foundation
#+ contact@lumenbridge.example

Disclaimer: This is a paid press release. Readers should do their own research before taking any action related to the company mentioned.
© 2026 Chainwire. All rights reserved.
""")


def pr_mirage_news():
    """Three republished releases scraped from Mirage News: menu, crumb, the issuing organisation over the
    headline, date line, page address with its numeric id, photo captions, the site's disclaimer."""
    return parse(_D + """Mirage News
Australia | World | Business | Science | Health | Politics | Education | Environment
Home > Science

#D source=Mirage News
#D source_aliases=["Mirage News", "Mirage.News"]
Tasman Coast University
#T Kelp Feed Trial Cuts Dairy Herd Methane by a Fifth
#M source_aliases+=Tasman Coast University
#M external_id=1587342
5 Dec 2026 10:12 am AEDT
https://www.miragenews.com/kelp-feed-trial-cuts-dairy-herd-methane-1587342/

#C Dr Hemi Walker with trial herd feed samples. Photo: Tasman Coast University
#P A six-month trial on three dairy farms has found that adding a small amount of dried native kelp to cows' feed reduced methane emissions by about 20 per cent without lowering milk yields.

#P The trial, led by Tasman Coast University's School of Agriculture, involved 540 cows that received 80 grams of processed kelp a day in their supplementary feed.

#P "We were careful to measure milk volume and quality every week, because a methane reduction is no use to a farmer if production falls," said project leader Dr Hemi Walker.

#P The team will now test whether the effect holds over a full season and whether the kelp can be harvested sustainably at a commercial scale.

#P The study was funded by a regional dairy levy and will be published in full next year.

This material from the originating organization/author(s) might be of the point-in-time nature, and edited for clarity, style and length. Mirage.News does not take institutional positions or sides, and all views, positions, and conclusions expressed herein are solely those of the author(s).
View in full here.
Tags: agriculture, climate, dairy, research

Mirage News
Australia | World | Business | Science | Health | Politics | Education | Environment
Home > Australia

Kinross Valley Water
#T Boil Water Notice Lifted for Five Kinross Valley Towns
#M source_aliases+=Kinross Valley Water
#M external_id=1587360
5 Dec 2026 11:40 am AEDT
https://www.miragenews.com/boil-water-notice-lifted-for-five-kinross-1587360/

#P Kinross Valley Water has lifted the boil water notice for the towns of Ardlee, Mount Fenwick, Carrow, Bellbrae and Tullock following three days of clear test results.

#P The notice was issued on Monday after heavy rain affected the treatment process at the Carrow water treatment plant.

#P Chief Executive Rosalind Gage thanked residents for their patience.

#P "We know how disruptive a boil water notice is for families and businesses, and we appreciate everyone who followed the advice while we restored normal treatment," Ms Gage said.

#P Residents are advised to run their cold taps for two minutes before using water for drinking.

#P Media contact: Tom Ferris, 0400 555 018

This material from the originating organization/author(s) might be of the point-in-time nature, and edited for clarity, style and length. Mirage.News does not take institutional positions or sides, and all views, positions, and conclusions expressed herein are solely those of the author(s).
View in full here.
Tags: water, regional, public health

Mirage News
Australia | World | Business | Science | Health | Politics | Education | Environment
Home > Business

Australian Society of Orchard Growers
#T Orchard Growers Warn of Picker Shortfall as Cherry Harvest Begins
#M source_aliases+=Australian Society of Orchard Growers
#M external_id=1587391
5 Dec 2026 1:05 pm AEDT
https://www.miragenews.com/orchard-growers-warn-of-picker-shortfall-1587391/

#P Cherry growers across the south-east expect to be short of around 2,500 pickers at the peak of this season's harvest, the Australian Society of Orchard Growers said today.

#C Cherries ready for picking near Young. Photo: ASOG
#P A survey of 310 members found that four in ten growers had not yet filled more than half of their seasonal positions, despite higher hourly rates than last year.

#P "If the fruit is not picked within a few days it is lost. Growers are offering more money, but the workers are simply not there," Society chair Margaret Lindqvist said.

#P The Society is calling for faster processing of seasonal worker visas and for a campaign to attract students during the summer break.

This material from the originating organization/author(s) might be of the point-in-time nature, and edited for clarity, style and length. Mirage.News does not take institutional positions or sides, and all views, positions, and conclusions expressed herein are solely those of the author(s).
View in full here.
Tags: agriculture, horticulture, workforce

© Mirage News 2026. All rights reserved.
""")


def pr_zex_transworld_alerts():
    """Distributor e-mail alerts saved to one file, a rule of '=' between them: ZEX PR WIRE (lede with the wire
    in capitals and brackets), TransWorldNews x2 (story address with its id, lede 'CITY (TransWorldNews) - ')."""
    return parse(_D + """From: ZEX PR WIRE <alerts@zexprwire.example>
Subject: [ZEX PR WIRE] New release: Tidewell Health Expands Tele-Pharmacy Service to Rural Malaysia
Date: Sat, 05 Dec 2026 10:15:02 +0800

#D source=ZEX PR WIRE
#D source_aliases=["ZEX PR WIRE", "Zex PR Wire", "ZEX"]
#T Tidewell Health Expands Tele-Pharmacy Service to Rural Malaysia
#M source_aliases+=Tidewell Health
#M dateline=Kuala Lumpur, Malaysia, Dec 5, 2026
#P Kuala Lumpur, Malaysia, Dec 5, 2026 (ZEX PR WIRE) - Tidewell Health, a digital health company, has extended its tele-pharmacy service to 140 rural clinics in Sabah, Sarawak and Pahang, allowing patients to consult a licensed pharmacist by video and collect medicines at their local clinic.

#P The service, launched in the Klang Valley in 2025, has handled more than 310,000 consultations. Tidewell said rural patients often travel more than two hours to reach a pharmacy.

#P "Distance should not decide whether someone understands how to take their medicine," said Tidewell founder and chief executive Farah Iskandar.

#P Media Contact
#+ Company Name: Tidewell Health Sdn Bhd
#+ Contact Person: Nur Aisyah Kamal
#+ Email: media@tidewell.example
#+ Country: Malaysia
#+ Website: tidewell.example

Disclaimer: The information provided in this press release is not investment advice. ZEX PR WIRE makes no warranty as to the accuracy of the content.

To unsubscribe from these alerts, reply with UNSUBSCRIBE.

==========================================================================

From: TransWorldNews <alerts@transworldnews.example>
Subject: TransWorldNews: 2 new releases in Business
Date: Sat, 05 Dec 2026 09:30:44 -0600

#D source=TransWorldNews
#D source_aliases=["TransWorldNews", "Trans World News"]
#T Okmulgee Steel Fabricators Adds Second Shift, Hires 45 Workers
#M source_aliases+=Okmulgee Steel Fabricators
#M external_id=482715
#M dateline=TULSA, Okla.
https://www.transworldnews.example/NewsStory.aspx?id=482715&cat=business
Submitted by: Okmulgee Steel Fabricators | Category: Business

#P TULSA, Okla. (TransWorldNews) - Okmulgee Steel Fabricators said Saturday it will add a second production shift at its plant north of Tulsa in January, creating 45 new jobs in welding, machining and logistics.

#P The company, which builds structural steel for warehouses and bridges, said its order book has grown by a third this year.

#P "We have turned down work this year because we could not staff it. A second shift fixes that," said president Dale Harjo.

#P About Okmulgee Steel Fabricators
#+ Founded in 1987, Okmulgee Steel Fabricators employs 160 people and serves customers in eight states. Visit okmulgeesteel.example.

#P Contact: Carla Nguyen, 918-555-0177, cnguyen@okmulgeesteel.example

#T Harbor Lane Books Launches Children's Reading Program in Gulf Coast Libraries
#M source_aliases+=Harbor Lane Books
#M external_id=482731
#M dateline=MOBILE, Ala.
https://www.transworldnews.example/NewsStory.aspx?id=482731&cat=business
Submitted by: Harbor Lane Books | Category: Business

#P MOBILE, Ala. (TransWorldNews) - Independent publisher Harbor Lane Books has launched a free reading program for children aged six to ten in 22 public libraries along the Gulf Coast.

#P The program, called Read the Tide, combines weekly story hours with a take-home book each month. It will run until the end of the school year.

#P "Every child who finishes the program will leave with a shelf of their own books," said publisher Annette Boudreaux.

#P Contact: Annette Boudreaux, 251-555-0143, info@harborlanebooks.example

You are receiving this message because you subscribed to TransWorldNews category alerts.
""")


def pr_ascribe_mail():
    """Two AScribe Newswire releases as mailed to news desks: 'To:' and 'Contact:' routing lines over the
    headline, '/AScribe Newswire/ --' ledes, 'About' block, '###' end marks, the wire's copyright line."""
    return parse(_D + """Subject: AScribe Newswire - Education and Science releases, Saturday
Date: Sat, 5 Dec 2026 08:02:37 -0700

#D source=AScribe Newswire
#D source_aliases=["AScribe Newswire", "AScribe", "Ascribe Newswire"]
To: Education Reporter, Science Writer
Contact: Dana Whitfield, 303-555-0142, dwhitfield@frontrange.example

#T Front Range University Study Finds Snowpack Melting Two Weeks Earlier Than in 1990s
#M source_aliases+=Front Range University
#M dateline=BOULDER, Colo., Dec. 5, 2026
#P BOULDER, Colo., Dec. 5, 2026 /AScribe Newswire/ -- Snowpack in the southern Rocky Mountains is melting on average 15 days earlier than it did in the 1990s, according to a study by hydrologists at Front Range University.

#P The team analyzed daily records from 212 snow monitoring stations between 1992 and 2025. The earlier melt was strongest at elevations between 2,500 and 3,000 meters, where most of the region's water supply is stored.

#P "An earlier melt means reservoirs fill earlier and rivers run lower in late summer, just when farms and cities need the water most," said lead author Professor Ramón Ortega.

#P The study was funded by the National Science Foundation and appears in the December issue of a peer-reviewed hydrology journal.

#P About Front Range University
#+ Front Range University is a public research university with 24,000 students. Its Institute for Mountain Water studies snow, rivers and groundwater in the western United States.

###

To: Health Reporter, National Desk
Contact: Marcus Bell, 202-555-0198, mbell@ruralclinics.example

#T Rural Clinics Association Reports 30 Percent Rise in Telehealth Visits for Mental Health
#M source_aliases+=National Association of Rural Clinics
#M dateline=WASHINGTON, Dec. 5, 2026
#P WASHINGTON, Dec. 5, 2026 /AScribe Newswire/ -- Telehealth visits for mental health at rural clinics rose 30 percent in the first nine months of 2026 compared with the same period last year, the National Association of Rural Clinics said in a report released today.

#P The association surveyed 1,800 member clinics in 41 states. Clinics that offered evening video appointments reported the largest increases.

#P "For a farmer who cannot leave in the middle of a workday, a 7 p.m. video appointment makes all the difference," said the association's president, Dr. Evelyn Harte.

#P The association is urging Congress to make pandemic-era telehealth payment rules permanent.

###

Copyright 2026 AScribe Newswire. Distributed on behalf of the issuing organizations.
""")
