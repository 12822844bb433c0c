"""Press-release dumps of corpus final8 (all text invented; see README.md). Template syntax: markup.py."""
from markup import parse

PR_EMAILWIRE_PRLEAP = r"""
#D kind=press_release
#D published_date=2026-03-13
#D source=EmailWire
#D source_aliases=["EmailWire", "EMAILWIRE.COM", "EmailWire.com"]
EmailWire Press Release Distribution
Home > Technology > Software
#T Harborline Analytics Releases Tide-Aware Berth Scheduling Tool for Small Ports
#M source_aliases+=Harborline Analytics
#M dateline=Portland, ME
#M external_id=1042876
New module lets harbour masters plan berth slots around tidal windows
https://www.emailwire.com/release/1042876-Harborline-Analytics-Releases-Tide-Aware-Berth-Scheduling-Tool.html

#P (EMAILWIRE.COM, March 13, 2026 ) Portland, ME -- Harborline Analytics, a maker of software for regional ports, today released TideSlot, a scheduling module that plans berth slots around tidal windows and the draught of each arriving vessel.

#P Small ports often plan arrivals on spreadsheets, said Harborline's founder Megan Tolliver. "A harbour master with three berths and a two-metre tidal range should not need a planning department," she said.

#P Key features of TideSlot:

#P • automatic tide tables for 1,400 ports;
#P • warnings when a vessel's declared draught leaves less than the set under-keel clearance;
#P • a shared calendar for pilots and tug operators.

#P TideSlot is available now as a monthly subscription. More information is at https://harborline.example/tideslot.

#P Media Contact
#+ Megan Tolliver
#+ Harborline Analytics
#+ press@harborline.example
#+ +1 207 555 0143

#P About Harborline Analytics
#+ Harborline Analytics, based in Portland, Maine, builds planning software for ports with fewer than ten berths. Its tools are used in 60 ports in North America and Europe.

###

Keywords: ports, shipping, scheduling software

Home > Retail > Food
#T Coastal Pantry Opens Third Zero-Waste Grocery in Savannah
#M source_aliases+=Coastal Pantry
#M dateline=Savannah, GA
#M external_id=1042911
https://www.emailwire.com/release/1042911-Coastal-Pantry-Opens-Third-Zero-Waste-Grocery.html

#P (EMAILWIRE.COM, March 13, 2026 ) Savannah, GA -- Coastal Pantry, a chain of package-free grocery stores, will open its third store on Habersham Street on 21 March, the company announced today.

#P Shoppers bring their own containers or borrow deposit jars, and weigh goods at self-service scales. The new store adds a refill counter for cleaning products.

#P "Our customers asked for a store they can walk to from the southside neighbourhoods," said co-owner Dana Whitcombe.

#P Contact:
#+ Dana Whitcombe, Coastal Pantry
#+ dana@coastalpantry.example

#P About Coastal Pantry
#+ Coastal Pantry was founded in 2021 and runs package-free grocery stores in Georgia.

###

#D source=PR Leap
#D source_aliases=["PR Leap", "PRLEAP", "PRLEAP.COM", "PRLeap"]
PRLEAP.COM Press Release
#T Northfield Bindery Restores Town Ledgers Dating Back to 1792
#M source_aliases+=Northfield Bindery
#M dateline=Northfield, MN
#P Northfield, MN (PRLEAP.COM) March 13, 2026 - Northfield Bindery has finished restoring 46 town ledgers dating back to 1792, the workshop announced today, after a two-year project paid for by a county heritage grant.

#P The ledgers, which record land sales, road works and poor relief, had been damaged by a basement flood in 1965.

#P "Some pages had to be separated one by one with a thin spatula over a humidifier," said bookbinder Ruth Engstrom.

#P Scanned copies will be available on the county archive's website from April.

#P Contact Information
#+ Ruth Engstrom
#+ Northfield Bindery
#+ 507-555-0188
#+ http://www.northfieldbindery.example
"""

PR_NEWMEDIAWIRE_ERELEASES = r"""
#D kind=press_release
#D published_date=2026-03-13
#D source=NewMediaWire
#D source_aliases=["NewMediaWire", "New Media Wire", "NMW"]
NewMediaWire | Press Releases | March 13, 2026 08:30 AM EDT
#T Veltrona Therapeutics Reports Positive Phase 2 Data for Inhaled Fibrosis Candidate
#M source_aliases+=Veltrona Therapeutics
#M dateline=CAMBRIDGE, MA
#P CAMBRIDGE, MA, March 13, 2026 (NewMediaWire) - Veltrona Therapeutics, Inc. (NASDAQ: VLTR), a clinical-stage company developing inhaled medicines for lung disease, today reported top-line results from its Phase 2 study of VT-204 in patients with idiopathic pulmonary fibrosis.

#P Patients who received the higher dose for 26 weeks showed a mean decline in forced vital capacity of 41 mL, compared with 118 mL in the placebo group. The drug was generally well tolerated.

#P Study Highlights

#P 1. 184 patients were enrolled at 31 sites in the United States and Europe.

#P 2. The difference from placebo was statistically significant at both doses.

#P 3. Cough was the most common side effect, reported by 9% of patients on the higher dose.

#P "These results support moving VT-204 into a Phase 3 programme next year," said Dr. Helen Marchetti, Chief Medical Officer of Veltrona.

#P Veltrona will host a conference call at 10:00 AM ET today. A webcast will be available at https://ir.veltrona.example.

#P Forward-Looking Statements
#+ This press release contains forward-looking statements, including statements about the timing of a Phase 3 programme. Actual results may differ materially from those described.

#P Investor Contact:
#+ Paul Okafor
#+ ir@veltrona.example

#P About Veltrona Therapeutics
#+ Veltrona Therapeutics develops inhaled small molecules for chronic lung diseases. The company is based in Cambridge, Massachusetts.

SOURCE: Veltrona Therapeutics, Inc.

-30-

NewMediaWire | Press Releases | March 13, 2026 09:00 AM EDT
#T Quarrystone Gold Begins Drilling at Red Fox Property in Nevada
#M source_aliases+=Quarrystone Gold
#M dateline=RENO, NV
#P RENO, NV, March 13, 2026 (NewMediaWire) - Quarrystone Gold Corp. (OTCQB: QSGC) announces that drilling has begun at its Red Fox property in Elko County, Nevada, with a first program of 12 reverse-circulation holes totalling about 2,400 metres.

#P The holes will test a 1.8-kilometre soil anomaly identified last autumn. Results are expected in the second quarter.

#P "This is the first drilling on the property in more than thirty years," said Chief Executive Officer Lena Haugland.

#P Contact:
#+ Quarrystone Gold Corp.
#+ Lena Haugland, CEO
#+ info@quarrystone.example

#P About Quarrystone Gold Corp.
#+ Quarrystone Gold is an exploration company focused on gold projects in Nevada.

SOURCE: Quarrystone Gold Corp.
View source version on newmediawire.com: https://www.newmediawire.com/news/quarrystone-gold-begins-drilling-at-red-fox-property-7391550

#D source=eReleases
#D source_aliases=["eReleases", "eReleases.com"]
Distributed by eReleases
#T Maple Hollow Animal Shelter Launches Weekend Foster Program
#M source_aliases+=Maple Hollow Animal Shelter
#M dateline=BURLINGTON, Vt.

#P BURLINGTON, Vt. — March 13, 2026 — Maple Hollow Animal Shelter today launched a weekend foster program that lets residents take a shelter dog home from Friday evening to Sunday afternoon.

#P Volunteers receive a kit with food, a leash and a short report card to fill in about the dog's behaviour at home.

#P "A weekend away from the kennel tells us more about a dog than a month inside," said shelter director Carla Benoit.

#P Residents can sign up at https://maplehollow.example/foster.

#P Media Contact:
#+ Carla Benoit
#+ Maple Hollow Animal Shelter
#+ (802) 555-0120
#+ media@maplehollow.example

# # #
"""

PR_MARKETERSMEDIA_PRBUZZ = r"""
#D kind=press_release
#D published_date=2026-03-13
#D source=MarketersMEDIA
#D source_aliases=["MarketersMEDIA", "MARKETERSMEDIA", "Marketers Media"]
MarketersMEDIA Newswire
#T Brightwater Solar Offers Free Roof Surveys to Farms in the Central Valley
#M source_aliases+=Brightwater Solar
#M dateline=Fresno, California
#M external_id=89314522
Fresno-based installer targets barns, packing sheds and pump houses

#P Fresno, California (MARKETERSMEDIA) March 13, 2026 - Brightwater Solar, an installer of commercial solar systems, is offering free roof surveys to farms in the Central Valley until the end of May.

#P The survey includes a shading analysis, a structural check of the roof and an estimate of yearly savings on irrigation pumping costs.

#P "Most farms have a lot of roof and a big daytime power bill, which is the ideal match for solar," said project manager Luis Carranza.

#P Media Contact
#+ Company Name: Brightwater Solar
#+ Contact Person: Luis Carranza
#+ Email: Send Email
#+ Phone: 559-555-0173
#+ City: Fresno
#+ State: California
#+ Country: United States
#+ Website: https://brightwatersolar.example

Release ID: 89314522
Disclaimer: The views and opinions in this release are those of the issuer.

#T Stonebridge Language School Adds Evening Vietnamese Classes in Sydney
#M source_aliases+=Stonebridge Language School
#M dateline=Sydney, New South Wales
#M external_id=89314560

#P Sydney, New South Wales (MARKETERSMEDIA) March 13, 2026 - Stonebridge Language School will add evening Vietnamese classes at its Parramatta campus from April, after demand from second-generation learners who want to speak with their grandparents.

#P Classes will run twice a week at beginner and intermediate levels, taught by Hanoi-trained teacher Ngoc Anh Pham.

#P Media Contact
#+ Company Name: Stonebridge Language School
#+ Contact Person: Grace Tollemache
#+ Email: Send Email
#+ Country: Australia
#+ Website: https://stonebridgelanguage.example

Release ID: 89314560

#D source=PRBuzz
#D source_aliases=["PRBuzz", "PRBuzz.com", "PR Buzz"]
PRBuzz.com
#T Oakline Cycles Recalls 2025 Trail Bike Seatposts
#M source_aliases+=Oakline Cycles
#M byline=Jordan Feeney
Posted on March 13, 2026 by Jordan Feeney
Categories: Sports, Consumer

#P Oakline Cycles is voluntarily recalling about 2,100 seatposts fitted to its 2025 Ridgeback trail bikes, after reports that the clamp bolt can loosen on rough descents.

#P Owners should stop using the bikes and contact an authorised dealer, who will replace the seatpost free of charge.

#P No injuries have been reported.

#P For more information, visit https://oaklinecycles.example/recall or call 1-800-555-0109.
"""

PR_PRINSIDE_PRZOOM = r"""
#D kind=press_release
#D published_date=2026-03-13
#D source=PR-inside.com
#D source_aliases=["PR-inside.com", "PR Inside", "pr-inside.com", "PRinside"]
PR-inside.com: 2026-03-13 09:14:22
#T Alpenrand Logistik Opens Rail Terminal for Cross-Alpine Trailers in Wörgl
#M source_aliases+=Alpenrand Logistik
#M dateline=Wörgl, Austria
#P Wörgl, Austria - Alpenrand Logistik GmbH has opened a terminal in Wörgl where truck trailers can be loaded onto trains for the crossing of the Brenner Pass, the company said on Friday.

#P The terminal can handle up to 18 trains a day. Drivers can drop off their trailers without a booking between 5:00 and 22:00.

#P "Every trailer on the train is one lorry fewer on the motorway through the Inn valley," said managing director Katharina Obermoser.

#P Press contact
#+ Alpenrand Logistik GmbH
#+ Katharina Obermoser
#+ presse@alpenrand.example

Disclaimer: The author of this release is solely responsible for its content.

PR-inside.com: 2026-03-13 10:02:51
#T Studio Ferrante Presents Modular Kitchen Made From Recycled Marble Dust
#M source_aliases+=Studio Ferrante
#M dateline=Milan, Italy
#P Milan, Italy - Studio Ferrante has presented a modular kitchen whose worktops are made from marble dust left over from quarries in Carrara, bound with a plant-based resin.

#P The kitchen will be shown at the design week in April and goes on sale in the autumn.

#P Contact
#+ Studio Ferrante, Via Tortona 51, Milan
#+ info@studioferrante.example

#D source=PRZOOM
#D source_aliases=["PRZOOM", "PRZoom", "przoom.com"]
#T Kestrel Robotics Ships Orchard Pruning Robot to Growers in New Zealand
#M source_aliases+=Kestrel Robotics
#M dateline=Hastings, New Zealand
#P PRZOOM - /newswire/ - Hastings, New Zealand, 2026/03/13 - Kestrel Robotics has delivered its first ten pruning robots to apple growers in Hawke's Bay, where the machines will work through the winter pruning season.

#P The robots use cameras to pick out which branches to cut and can prune about 400 trees a night.

#P "Finding skilled pruners for winter is the hardest part of running an orchard," said grower Tama Rangihuna.

#P About Kestrel Robotics
#+ Kestrel Robotics builds field robots for orchards and vineyards. It is based in Hastings.

#P Contact:
#+ Sophie Lindqvist, Kestrel Robotics, sophie@kestrelrobotics.example

Keywords: agriculture, robotics, apples
"""


def pr_emailwire_prleap(): return parse(PR_EMAILWIRE_PRLEAP)
def pr_newmediawire_ereleases(): return parse(PR_NEWMEDIAWIRE_ERELEASES)
def pr_marketersmedia_prbuzz(): return parse(PR_MARKETERSMEDIA_PRBUZZ)
def pr_prinside_przoom(): return parse(PR_PRINSIDE_PRZOOM)
