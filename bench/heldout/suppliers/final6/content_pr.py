"""Press-release-distributor dumps of corpus final6 (all text invented; dated Tuesday 10 March 2026)."""
from markup import parse

APO = """\
Africa-Newsroom.com | Press releases distributed by APO Group
Home | Latest | Countries | Sectors | Contact us

#D kind=press_release
#D source=APO Group
#D published_date=2026-03-10
#T Kilima Fibre Networks Connects 120 Rural Health Centres in Tanzania to High-Speed Internet
#M source_aliases=["APO Group", "APO", "Africa-Newsroom", "Kilima Fibre Networks"]
#M dateline=DAR ES SALAAM, Tanzania, March 10, 2026
Download logo
#P DAR ES SALAAM, Tanzania, March 10, 2026/APO Group/ -- Kilima Fibre Networks (www.KilimaFibre.co.tz), an East African wholesale broadband provider, today announced that it has connected 120 rural health centres in Dodoma, Singida and Tabora regions to high-speed internet.

#P The connections, completed in partnership with the regional health authorities, allow clinicians to consult specialists at referral hospitals by video and to report disease data to the national system in real time.

#P "A nurse in Manyoni should have the same access to a specialist as a doctor in Dar es Salaam," said Neema Mwakalinga, Chief Executive Officer of Kilima Fibre Networks.

Distributed by APO Group on behalf of Kilima Fibre Networks.

#P Media Contact:
#+ Baraka Shauri
#+ Communications Manager
#+ press@kilimafibre.co.tz

#P About Kilima Fibre Networks:
#+ Kilima Fibre Networks operates 6,400 kilometres of fibre in Tanzania, Kenya and Uganda and provides wholesale capacity to mobile operators and internet service providers.

Media files
Download logo

#T African Cashew Council Names Cotonou as Host of 2026 Global Cashew Forum
#M source_aliases=["APO Group", "APO", "Africa-Newsroom", "African Cashew Council"]
#M dateline=COTONOU, Benin, March 10, 2026
Download logo
#P COTONOU, Benin, March 10, 2026/APO Group/ -- The African Cashew Council has selected Cotonou to host the 2026 Global Cashew Forum, to be held from 14 to 16 October at the Palais des Congrès.

#P The forum is expected to bring together more than 900 processors, traders and buyers from 40 countries. This year's programme will focus on local processing, as Africa still exports about 85 per cent of its raw nuts unprocessed.

#P Executive Secretary Moussa Ahouansou-Kiki said: "Benin has tripled its processing capacity in four years. It is the right place to discuss how value can stay on the continent."

Distributed by APO Group on behalf of African Cashew Council.

#P For more information, contact:
#+ Secretariat of the African Cashew Council
#+ info@africancashewcouncil.org

Media files
Download logo

#T Namibia Green Hydrogen Academy Opens Applications for First Technician Cohort
#M source_aliases=["APO Group", "APO", "Africa-Newsroom", "Namib Hydrogen Skills Trust"]
#M dateline=WINDHOEK, Namibia, March 10, 2026
Download logo
#P WINDHOEK, Namibia, March 10, 2026/APO Group/ -- The Namib Hydrogen Skills Trust has opened applications for the first cohort of 150 technicians at its Green Hydrogen Academy in Lüderitz.

#P The 18-month programme combines classroom training with placements at electrolyser and desalination sites along the southern coast. Tuition is free for Namibian citizens and a monthly stipend is paid.

#P Applications close on 30 April 2026. Candidates must hold a National Vocational Certificate at Level 3 or above in an electrical or mechanical trade.

Distributed by APO Group on behalf of Namib Hydrogen Skills Trust.

#P About the Namib Hydrogen Skills Trust:
#+ The Trust was established in 2025 by the Ministry of Mines and Energy, the Namibia University of Science and Technology and private partners to train the workforce for the country's hydrogen industry.

Media files
Download logo

(c) 2026 APO Group. All rights reserved. | Privacy | Terms
"""

SCOOP_PRWIRE = """\
Scoop - New Zealand News
Top Scoops | Politics | Regional | Business | Sci-Tech | Culture | Education
Search Scoop

#D kind=press_release
#D published_date=2026-03-10
#T Waikato River Trail Extension Opens Ahead Of Easter
Tuesday, 10 March 2026, 9:14 am
Press Release: Waikato Regional Council
#M source=Scoop
#M source_aliases=["Scoop", "Scoop Media", "Waikato Regional Council"]
#M external_id=AK2603/S00231

#P A new 14-kilometre section of the Waikato River Trails between Arapuni and Waipapa will open to walkers and cyclists on Saturday, Waikato Regional Council says.

#P The section includes two swing bridges and a boardwalk across wetland restored by local hapū and volunteers over the past three years.

#P Council chair Marama Te Whetu said the trail would bring visitors to small towns along the river. "Every café and campground on the route has been waiting for this," she said.

ENDS

Original URL: https://www.scoop.co.nz/stories/AK2603/S00231/waikato-river-trail-extension-opens-ahead-of-easter.htm
Share article  |  Email  |  Print
© Scoop Media

#T Otago Researchers Find New Way To Detect Kiwifruit Vine Disease
Tuesday, 10 March 2026, 10:02 am
Press Release: University of Otago
#M source=Scoop
#M source_aliases=["Scoop", "Scoop Media", "University of Otago"]
#M external_id=SC2603/S00047

#P Researchers at the University of Otago have developed a field test that detects the kiwifruit vine disease Psa within 30 minutes, without sending samples to a laboratory.

#P The test uses a handheld reader and a paper strip treated with a set of short DNA probes. Lead researcher Dr Hemi Rātana-Cole said growers in the Bay of Plenty had used a prototype during the last season.

#P The team is now working with a Tauranga company to make the test available commercially next year.

ENDS

Original URL: https://www.scoop.co.nz/stories/SC2603/S00047/otago-researchers-find-new-way-to-detect-kiwifruit-vine-disease.htm
Share article  |  Email  |  Print
© Scoop Media

------------------------------------------------------------
PRWIRE | Australia's press release distribution service
Home > Latest Releases > Health

#T Perth Hospital Trials Robot Pharmacy to Cut Medication Waiting Times
Released: Tuesday, 10 March 2026 08:30 AWST | Category: Health, Technology | Organisation: Swan Coast Health
#M source=PRWire
#M source_aliases=["PRWire", "PRWIRE", "Swan Coast Health"]
#M dateline=PERTH, Tuesday 10 March 2026
#P PERTH, Tuesday 10 March 2026 – Swan Coast Health will trial an automated pharmacy at Midland Hospital that prepares and labels medication for discharged patients in under five minutes.

#P The system, supplied by an Adelaide start-up, is expected to cut average waiting times for discharge prescriptions from 90 minutes to 20. Pharmacists will check each order before it is released.

#P Chief Pharmacist Deborah Nguyen-Ellis said the trial would run for six months before a decision on other sites.

#P Media enquiries:
#+ Jarrah Whitfield, Swan Coast Health Media Unit
#+ 0400 555 318

Related releases
#RT Swan Coast Health opens new birthing suite
#RT WA nurses graduate from rural residency program
"""

REALWIRE_COMUNICAE = """\
RealWire - The smarter press release
News | Sectors | Newsroom | Submit a release

#D kind=press_release
#D published_date=2026-03-10
#T Harbourline Bank Launches Open Savings API for UK Credit Unions
Credit unions can offer instant-access savings products in their own apps within weeks
#M source=RealWire
#M source_aliases=["RealWire", "Harbourline Bank"]
#M dateline=London, UK – 10th March 2026
#P London, UK – 10th March 2026 – Harbourline Bank, the specialist banking-as-a-service provider, today launched an open savings API that lets UK credit unions offer instant-access and notice savings accounts inside their own mobile apps.

#P The service handles identity checks, payments and regulatory reporting, while the credit union keeps the member relationship. Three credit unions in Yorkshire and Wales are live at launch.

#P "Credit unions told us they were losing younger savers to app-only banks," said Priya Ramaswamy-Hart, Chief Product Officer at Harbourline. "Now they can compete on the same screen."

ENDS

#P About Harbourline Bank
#+ Harbourline Bank is a UK-authorised bank providing savings and payments infrastructure to regulated firms. It is headquartered in Leeds.

#P For further information:
#+ Tom Beresford, Beresford Comms
#+ harbourline@beresfordcomms.co.uk
#+ +44 (0)20 7946 0182

#T Glasgow Start-up Fernbrook Robotics Raises £6 Million for Warehouse Picking Arms
#M source=RealWire
#M source_aliases=["RealWire", "Fernbrook Robotics"]
#M dateline=Glasgow, Scotland – 10th March 2026
#P Glasgow, Scotland – 10th March 2026 – Fernbrook Robotics, which builds robotic arms that pick irregular items such as fruit and clothing, has raised £6 million in a seed round led by a Scottish growth fund.

#P The company will use the money to double its engineering team and to run pilots with two online grocers in the Midlands.

ENDS

#P About Fernbrook Robotics
#+ Founded in 2023 by researchers from the University of Strathclyde, Fernbrook Robotics develops grasping systems for e-commerce warehouses.

#P Media contact: Isla McKendrick, isla@fernbrook.ai
Press release distributed by RealWire

------------------------------------------------------------
Comunicae.es | Notas de prensa
Inicio > Nacional > Alimentación

#T Olivares del Sur abre en Jaén la primera almazara neutra en carbono de Andalucía
La planta, que ha supuesto una inversión de 9,4 millones de euros, procesará 12.000 toneladas de aceituna por campaña
#M source=Comunicae
#M source_aliases=["Comunicae", "comunicae.es", "Olivares del Sur"]
#M dateline=Jaén, 10 de marzo de 2026
#P Jaén, 10 de marzo de 2026.- La cooperativa Olivares del Sur ha inaugurado en Mancha Real una almazara que funciona íntegramente con energía solar y con biomasa procedente del orujo y los restos de poda de sus 1.400 socios.

#P Según su presidenta, Encarnación Molina Vílchez, la nueva planta reducirá a la mitad el consumo de agua por kilo de aceite y permitirá envasar en origen el 70% de la producción.

#P La cooperativa prevé crear 35 empleos directos y destinará parte de la producción a la exportación a Japón y Canadá.

#P Datos de contacto:
#+ Marta Villalobos
#+ Departamento de Comunicación
#+ 953 555 240

Nota de prensa publicada en: Jaén
Categorías: Nacional Industria Alimentaria Andalucia Sostenibilidad
"""

WEBWIRE_1888 = """\
WebWire | Press Release Distribution
Business | Technology | Health | Travel | Latest Releases

#D kind=press_release
#D published_date=2026-03-10
#T Lakeshore Grain Cooperative Opens Rail-Served Terminal in North Dakota
WebWire – Tuesday, March 10, 2026
#M source=WebWire
#M source_aliases=["WebWire", "Lakeshore Grain Cooperative"]
#P Lakeshore Grain Cooperative has opened a rail-served grain terminal near Devils Lake, North Dakota, capable of loading a 110-car shuttle train in under ten hours.

#P The terminal holds 4.2 million bushels and will let members ship wheat and soybeans directly to Pacific Northwest export ports. General manager Curtis Vanderhoek said the co-op expects to handle 30 million bushels a year.

#P Contact Information
#+ Renee Olstad
#+ Lakeshore Grain Cooperative
#+ rolstad@lakeshoregrain.coop

Keywords:  grain, agriculture, rail, North Dakota, cooperative
Share: Facebook | X | LinkedIn

#T Harmon Valley Museum Returns Painted Ledger Drawings to Lakota Community
WebWire – Tuesday, March 10, 2026
#M source=WebWire
#M source_aliases=["WebWire", "Harmon Valley Museum"]
#P The Harmon Valley Museum of History in Omaha, Nebraska, has returned 23 ledger drawings made in the 1880s to a Lakota cultural center in Pine Ridge, South Dakota.

#P The drawings, which depict hunting scenes and ceremonies, were bought by a collector in 1912 and donated to the museum in 1958. Museum director Dr. Alan Pryce-Whitaker said the return followed two years of consultation.

#P "They belong with the families whose ancestors made them," he said.

#P Contact Information
#+ Sarah Kettleman
#+ Harmon Valley Museum of History
#+ 402-555-0147

Keywords:  museum, repatriation, Lakota, Nebraska, art
Share: Facebook | X | LinkedIn

------------------------------------------------------------
1888PressRelease.com

#T Brightmere Solar Introduces Balcony Kit for Apartment Renters
Plug-in panels let renters cut power bills without drilling or permits
#M source=1888 Press Release
#M source_aliases=["1888 Press Release", "1888PressRelease", "1888PressRelease.com", "Brightmere Solar"]
#M dateline=March 10, 2026
#P (1888PressRelease) March 10, 2026 - Brightmere Solar, a Phoenix-based maker of portable solar equipment, has introduced a plug-in balcony kit that lets apartment renters generate up to 800 watts of power without permanent installation.

#P The kit clamps to most railings and plugs into a standard outlet. The company says a typical renter in Arizona can save about $240 a year.

#P About Brightmere Solar
#+ Brightmere Solar designs portable and balcony solar products for renters and small businesses.

#P Media Contact
#+ Company Name: Brightmere Solar
#+ Contact Person: Dana Whitlock
#+ Email: press@brightmeresolar.com
#+ Phone: 602-555-0193
#+ City: Phoenix
#+ State: Arizona
#+ Country: United States
#+ Website: www.brightmeresolar.com

Source: 1888PressRelease.com
"""


def _p(t):
    return lambda: parse(t)


pr_apo_group = _p(APO)
pr_scoop_prwire = _p(SCOOP_PRWIRE)
pr_realwire_comunicae = _p(REALWIRE_COMUNICAE)
pr_webwire_1888 = _p(WEBWIRE_1888)
