"""Press-release-distributor dumps of final10 (all text invented; see README.md)."""
from markup import parse

PROWLY = r"""
Lumora Foods Newsroom
Home   Press releases   Media kit   Contact
#D kind=press_release
#D published_date=2026-03-15
#D source=Prowly
#D source_aliases=["Prowly", "Prowly newsroom", "prowly.com"]
Press release · 15 Mar 2026 · 09:00 CET
#T Lumora Foods opens oat-milk plant in Kraków with 90 jobs
#M source_aliases+=Lumora Foods
#M dateline=Kraków, Poland, March 15, 2026
New line will process 18,000 tonnes of Polish oats a year
#P Lumora Foods, a maker of plant-based drinks, has opened an oat-milk plant in Kraków's Nowa Huta district, creating 90 jobs and raising the company's annual capacity to 60 million litres.
#P The plant will process about 18,000 tonnes of oats a year, all bought from farmers in Lesser Poland and Silesia under three-year contracts.
#P "Buying locally keeps our transport short and gives farmers a price they can plan around," said Agnieszka Wrona, chief executive of Lumora Foods.
#P About Lumora Foods
#+ Lumora Foods makes oat, pea and hazelnut drinks sold in nine countries. More at lumora.example.
#P Press contact
#+ Tomasz Kierski, tomasz.kierski@lumora.example, +48 12 555 0142
# # #
Dateline: Kraków, Poland, March 15, 2026
Attachments
lumora_plant_krakow.jpg
lumora_factsheet_2026.pdf
Powered by Prowly
_______________________________________________
Harbrook Bikes Newsroom
Press release · 15 Mar 2026 · 11:30 GMT
#T Harbrook Bikes recalls 2,400 cargo bike kickstands
#M source_aliases+=Harbrook Bikes
#M dateline=Bristol, United Kingdom, March 15, 2026
#P Harbrook Bikes is voluntarily recalling 2,400 kickstands fitted to its Porter cargo bikes sold between June and December 2025, after tests found that the stand's spring can weaken when the bike is fully loaded.
#P Owners can book a free replacement at any of the company's 120 partner workshops or order a fitting kit online at harbrook.example/recall.
#P "No injuries have been reported, but we would rather replace every stand than take the risk," said operations director Callum Reeve.
#P About Harbrook Bikes
#+ Harbrook Bikes designs cargo and commuter bicycles in Bristol and sells them through independent dealers.
#P Media enquiries
#+ press@harbrook.example
# # #
Dateline: Bristol, United Kingdom, March 15, 2026
Powered by Prowly
_______________________________________________
pr.co
Vellan Health - newsroom
#D source=pr.co
#D source_aliases=["pr.co", "pr.co newsroom"]
#T Vellan Health app adds offline mode for rural clinics
#M source_aliases+=Vellan Health
#M dateline=Nairobi
Topics: Health, Technology
Sunday, March 15, 2026
#P Nairobi - Vellan Health has added an offline mode to its clinic app so that nurses in areas with poor mobile coverage can record patient visits and upload them when a signal returns.
#P The update was tested for four months at 35 clinics in Kitui and Makueni counties, where staff recorded more than 60,000 visits without losing data.
#P "A nurse should never have to choose between seeing a patient and finding a signal," said Wanjiru Odhiambo, the company's co-founder.
#P About Vellan Health
#+ Vellan Health builds record-keeping software for primary clinics in East Africa. vellan.example
Press kit
Download logo (PNG)
Subscribe to Vellan Health news
"""

PRDIST = r"""
PR DISTRIBUTION - RELEASE ARCHIVE EXPORT
exported: 2026-03-15
#D kind=press_release
#D published_date=2026-03-15
#D source=PR Distribution
#D source_aliases=["PR Distribution", "PRDistribution", "PRDistribution.com"]
------------------------------------------------------------
Category: Energy | Region: Australia
FOR IMMEDIATE RELEASE
#T Solvane installs 1,200 home batteries in Adelaide virtual power plant
#M source_aliases+=Solvane Energy
#M dateline=Adelaide, Australia, 15 March 2026
#P (PRDistribution.com) Adelaide, Australia, 15 March 2026 — Solvane Energy has connected 1,200 home batteries in Adelaide's northern suburbs to a virtual power plant that can supply up to 6 megawatts to the grid at peak times.
#P Households in the scheme receive a monthly credit of A$18 and keep at least 30 per cent of their battery's charge for their own use at all times.
#P "The batteries are already in people's garages; we are simply letting them help each other on the hottest evenings," said managing director Priya Lal.
#P About Solvane Energy
#+ Solvane Energy installs and manages home solar and battery systems in South Australia. solvane.example
ENDS
Release reference: PRD-2026-03-0457
#M external_id=PRD-2026-03-0457
------------------------------------------------------------
Category: Education | Region: Ireland
FOR IMMEDIATE RELEASE
#T Corrib Learning launches free Irish-language maths videos
#M source_aliases+=Corrib Learning
#M dateline=Galway, Ireland, 15 March 2026
#M external_id=PRD-2026-03-0462
#P (PRDistribution.com) Galway, Ireland, 15 March 2026 — Corrib Learning has published 140 free maths videos in Irish for secondary school students, covering the Junior Cycle course.
#P The videos were recorded by eight teachers from Gaelscoileanna in Galway and Kerry and are free to use in classrooms.
#P "Students learning through Irish told us they had to look for English videos at night and translate in their heads," said founder Áine Ní Chonaill.
ENDS
Release reference: PRD-2026-03-0462
------------------------------------------------------------
Digital Journal
Press Release
#D source=Digital Journal
#D source_aliases=["Digital Journal", "digitaljournal.com"]
#T Tarnwell Robotics raises $14 million for orchard-picking arms
#M source_aliases+=Tarnwell Robotics
#M dateline=Fresno, CA
Published March 15, 2026
Editor's note: This release was updated to correct the name of the lead investor.
#P Fresno, CA (Digital Journal) -- Tarnwell Robotics, which builds robotic arms that pick apples and pears, has raised $14 million in a Series A round led by Coldwater Ventures.
#P KEY FACTS
#P Funding: $14 million, Series A
#P Machines in use: 36, in California and Washington
#P Staff: 48
#P The company will use the money to build 100 more machines for the 2026 harvest and to open a service centre in Yakima, Washington.
#P "Growers cannot find enough pickers for the short weeks when the fruit is ready," said chief executive Marco Iturbe.
#P Media Contact
#+ Company Name: Tarnwell Robotics
#+ Email: media@tarnwell.example
#+ Website: tarnwell.example
Information contained on this page is provided by an independent third-party content provider. Digital Journal and this Site make no warranties or representations in connection therewith.
"""

EXPRESS = r"""
ExpressPressRelease.net
News > Business > Interviews
#D kind=press_release
#D published_date=2026-03-15
#D source=Express Press Release
#D source_aliases=["Express Press Release", "ExpressPressRelease.net", "EPR"]
#T Interview: Kestrel Freight's Founder on Moving Cold Cargo by Rail
#M source_aliases+=Kestrel Freight
#M dateline=Rotterdam, Netherlands
#M external_id=EPR-1147320
Press Release ID: EPR-1147320 | Posted on: Sun, 15 Mar 2026
#P Rotterdam, Netherlands, March 15, 2026 (Express Press Release) - Kestrel Freight started a refrigerated rail service between Rotterdam and Milan this month. Its founder, Ruben de Vries, answered questions about the service.
#P Q: Why rail instead of trucks?
#P A: A train carries 44 refrigerated containers with one crew. On the Brenner route it also avoids the weekend truck bans.
#P Q: How often does the train run?
#P A: Three times a week for now, and five times a week from June if the bookings hold.
#P Q: Who are the first customers?
#P A: Two fruit importers and a dairy cooperative. We cannot name them yet.
#P About Kestrel Freight: Kestrel Freight is a rail freight operator founded in 2023. kestrel.example
Tags: rail, logistics, cold chain
----
#T Mira Textiles Signs Pledge to Pay Living Wage Across Supply Chain
#M source_aliases+=Mira Textiles
#M dateline=Porto, Portugal
#M external_id=EPR-1147356
Press Release ID: EPR-1147356 | Posted on: Sun, 15 Mar 2026
#P Porto, Portugal, March 15, 2026 (Express Press Release) - Mira Textiles, a maker of cotton bed linen, has pledged to pay a living wage in all 11 factories that make its products by the end of 2027.
#P The company will publish wage audits of each factory every year and will share the cost of the increases with its suppliers.
#P "A sheet that is cheap because someone was underpaid is not a good product," said chief executive Helena Sousa.
Tags: textiles, sustainability
----
Free-Press-Release.com
#D source=Free-Press-Release.com
#D source_aliases=["Free-Press-Release.com", "Free Press Release"]
#T Oakhaven Library App Lets Readers Borrow E-Books in 12 Languages
#M source_aliases+=Oakhaven Digital
#M byline=Laura Benning
Submitted by Laura Benning on 15th March 2026
#P Oakhaven Digital has released a library app that lets public libraries lend e-books in 12 languages, including Polish, Arabic and Tagalog, through a single catalogue.
#P Twenty-two libraries in Ohio and Michigan are already using it, and the company says a further 40 will join in April.
#P "Many of our readers grew up with another language and want books in it for their children," said Laura Benning, the company's head of partnerships.
#P Contact: Laura Benning, laura@oakhaven.example
Category: Software
Disclaimer: Free-Press-Release.com is not responsible for the content of this release.
"""

NEWSWORTHY = r"""
Newsworthy.ai - Newsroom feed
Filter: all industries | Sunday, March 15, 2026
#D kind=press_release
#D published_date=2026-03-15
#D source=Newsworthy.ai
#D source_aliases=["Newsworthy.ai", "Newsworthy"]
#T Brightline Dental Group Opens Three Clinics in Rural Montana
#M source_aliases+=Brightline Dental Group
#M dateline=BILLINGS, Mont., March 15, 2026
#P BILLINGS, Mont., March 15, 2026 (Newsworthy.ai) -- Brightline Dental Group has opened clinics in Roundup, Harlowton and Big Timber, towns where residents previously drove more than an hour to see a dentist.
#P Each clinic has two chairs and is staffed four days a week by a dentist and a hygienist who rotate between the three towns.
#P "Most of our new patients had not had a check-up in five years," said Dr. Hannah Koenig, clinical director.
#P Contact Info:
#+ Name: Dana Hill
#+ Email: press@brightline.example
#+ Organization: Brightline Dental Group
Release ID: 89112403
#M external_id=89112403
Originally published on Newsworthy.ai
-----------------
#T Quillfeather Publishes Free Grant-Writing Course for Small Nonprofits
#M source_aliases+=Quillfeather
#M dateline=PORTLAND, Ore., March 15, 2026
#M external_id=89112417
#P PORTLAND, Ore., March 15, 2026 (Newsworthy.ai) -- Quillfeather, a writing-tools company, has published a free eight-week grant-writing course aimed at nonprofits with fewer than ten staff.
#P The course includes sample budgets, templates for letters of inquiry and recorded reviews of real applications, with identifying details removed.
#P Contact Info:
#+ Name: Owen Park
#+ Email: owen@quillfeather.example
Release ID: 89112417
Originally published on Newsworthy.ai
-----------------
Newswise
#D source=Newswise
#D source_aliases=["Newswise", "newswise.com"]
Article ID: 726114
Released: 15-Mar-2026 8:05 AM EDT
Source Newsroom: Lakeshore Institute of Marine Science
#T Sea Urchin Counts Fall by Half on Lake-Fed Reefs, Survey Finds
#M source_aliases+=Lakeshore Institute of Marine Science
#M external_id=726114
Newswise — Counts of purple sea urchins on reefs near river mouths fell by about half between 2021 and 2025, according to a survey by the Lakeshore Institute of Marine Science.
#P Divers counted urchins at 48 sites each summer. Sites within two kilometres of a river mouth lost the most, which the authors link to lower salinity after wet winters.
#P "The urchins are a sign of what the fresh water is doing to the whole reef," said lead author Dr. Mei-Lin Foster.
#P The survey will continue for another three years with support from a state fisheries grant.
#P Contact Information
#+ Julia Ames, Media Relations, james@lakeshore.example
Keywords: marine biology, reefs, climate
"""


def _newswise_lede(tpl):
    # the Newswise lede ("Newswise — ...") is a body paragraph printed as is
    return tpl.replace("\nNewswise — Counts", "\n#P Newswise — Counts")


def pr_prowly_prco():
    return parse(PROWLY)


def pr_prdistribution_digitaljournal():
    return parse(PRDIST)


def pr_expresspr_freepr():
    return parse(EXPRESS)


def pr_newsworthy_newswise():
    return parse(_newswise_lede(NEWSWORTHY))
