"""Original GlobeNewswire-style press releases for the held-out corpus (invented companies).

Body items: plain strings are paragraphs; ("list", [items]) is a numbered list rendered as
"  1. item" lines with no blank line between them (as in the seeds); ("contact", [lines]) is a
contact block rendered as lines without blank lines.
"""

AGRITECH = dict(
    title="Mekong AgriTech Announces USD 42 Million Series B to Scale Precision Irrigation Across Southeast Asia",
    dateline="HO CHI MINH CITY, Vietnam, Sept. 18, 2024",
    published_date="2024-09-18",
    company="Mekong AgriTech",
    dist_id="9231847",
    body=[
        "Mekong AgriTech Joint Stock Company (“Mekong AgriTech”), a developer of sensor-based irrigation and farm management software for smallholder farmers, today announced the close of a USD 42 million Series B financing round led by Lotus Ridge Capital, with participation from existing investors Harbor Seed Partners and the Delta Climate Fund. The proceeds will be used to expand operations in Cambodia, Thailand and the Philippines, and to accelerate development of the company’s next-generation soil moisture platform.",
        "Since its founding, Mekong AgriTech has deployed more than 65,000 low-cost soil sensors across rice, coffee and fruit farms in Vietnam, helping growers reduce water consumption by an average of 28% while maintaining or improving yields. The company’s mobile application, available in five languages, sends farmers daily irrigation recommendations based on sensor readings, satellite imagery and local weather forecasts.",
        "“Water scarcity and saltwater intrusion are now the most urgent threats to farming in the Mekong Delta and across the region,” said Trần Minh Khoa, co-founder and Chief Executive Officer of Mekong AgriTech. “This investment allows us to bring affordable, data-driven tools to millions of smallholders who cannot afford to waste a single cubic metre of water.”",
        "With the new funding, the company plans to:",
        (
            "list",
            [
                "open regional offices in Phnom Penh, Bangkok and Manila by the second quarter of 2025;",
                "triple the size of its research and development team in Ho Chi Minh City, with a focus on machine learning models for crop water demand;",
                "launch a pay-as-you-go sensor leasing programme in partnership with local agricultural cooperatives;",
                "expand its carbon measurement services for farmers adopting alternate wetting and drying in rice cultivation.",
            ],
        ),
        "“Mekong AgriTech has shown that precision agriculture can work at the scale of a one-hectare farm,” said Olivia Brandt, Managing Partner at Lotus Ridge Capital. “We are excited to support the team as it becomes the regional leader in climate-resilient farming technology.”",
        "About Mekong AgriTech",
        "Founded in 2019 and headquartered in Ho Chi Minh City, Mekong AgriTech develops affordable sensors, analytics and advisory services that help smallholder farmers use water and fertiliser more efficiently. The company works with more than 300 cooperatives and serves over 120,000 farmers in Vietnam. For more information, please visit: https://www.mekongagritech.example.",
        "About Lotus Ridge Capital",
        "Lotus Ridge Capital is a Singapore-based venture capital firm investing in growth-stage companies in food systems, climate technology and sustainable supply chains across Asia. The firm manages assets of more than USD 600 million on behalf of institutional investors and family offices.",
        (
            "contact",
            [
                "Media Contact",
                "Nguyễn Thảo Vy",
                "Mekong AgriTech",
                "press@mekongagritech.example",
                "+84 28 3822 6140",
            ],
        ),
    ],
)

NORDHAVN = dict(
    title="Nordhavn Wind Signs Turbine Supply Agreement for 300 MW Offshore Project in the Baltic Sea",
    dateline="COPENHAGEN, Denmark, May 21, 2024",
    published_date="2024-05-21",
    company="Nordhavn Wind",
    dist_id="8874412",
    body=[
        "Nordhavn Wind A/S (“Nordhavn Wind”), a manufacturer of large offshore wind turbines, today announced that it has signed a firm agreement with Baltic Breeze Energy to supply 20 turbines of 15 MW each for the 300 MW Kursa offshore wind farm, located approximately 40 kilometres off the coast of Lithuania. The agreement includes a five-year service contract with an option to extend.",
        "Installation of the turbines is scheduled to begin in the spring of 2027, with full commercial operation expected by the end of that year. Once completed, the Kursa wind farm is expected to generate enough electricity to power around 350,000 households and to reduce carbon dioxide emissions by roughly 700,000 tonnes per year.",
        "“This order confirms the strong momentum for offshore wind in the Baltic region,” said Henrik Lauritsen, Chief Executive Officer of Nordhavn Wind. “Our latest turbine platform combines high output with a compact nacelle design that simplifies transport and installation, which is exactly what developers in emerging offshore markets need.”",
        "The blades for the project will be produced at Nordhavn Wind’s factory in Esbjerg, while the nacelles will be assembled at the company’s new facility in Szczecin, Poland, which opened earlier this year and employs more than 600 people. The towers will be sourced from regional suppliers to maximise local content.",
        "Baltic Breeze Energy said the final investment decision for the project was taken in April after the company secured a contract for difference from the Lithuanian government and financing from a group of Nordic and international banks.",
        "About Nordhavn Wind",
        "Nordhavn Wind designs, manufactures, installs and services offshore wind turbines for projects in Europe and Asia. Since 2011, the company has installed more than 1,900 turbines with a combined capacity of over 14 GW. Nordhavn Wind is headquartered in Copenhagen and employs approximately 5,200 people worldwide.",
    ],
)

KESTREL = dict(
    title="Kestrel Diagnostics Receives CE Mark for 15-Minute Dengue Antigen and Antibody Test",
    dateline="MELBOURNE, Australia, Feb. 07, 2025",
    published_date="2025-02-07",
    company="Kestrel Diagnostics",
    dist_id="9402265",
    body=[
        "Kestrel Diagnostics Limited (ASX: KDX), a developer of point-of-care tests for infectious diseases, today announced that its DuoDengue rapid test has received CE marking under the European Union In Vitro Diagnostic Regulation (IVDR). The test detects the dengue NS1 antigen and IgM and IgG antibodies from a single drop of fingerstick blood and delivers results in 15 minutes without laboratory equipment.",
        "Dengue is one of the fastest-spreading mosquito-borne diseases in the world. According to the World Health Organization, more than 14 million cases were reported globally in 2024, a record high, and outbreaks are increasingly recorded in southern Europe as the Aedes mosquito expands its range. Early diagnosis is essential for monitoring patients for warning signs of severe dengue.",
        "The CE mark was granted on the basis of a multi-centre clinical performance study conducted in Vietnam, Thailand and Brazil, which enrolled 1,214 patients with acute febrile illness. Key findings of the study included:",
        (
            "list",
            [
                "sensitivity of 96.2% for the combined NS1 and IgM result in the first five days of fever;",
                "specificity of 98.7% when compared with reverse transcription PCR as the reference method;",
                "consistent performance across all four dengue virus serotypes.",
            ],
        ),
        "“Clinicians in dengue-endemic countries have told us they need a test that works at the first visit, in a district hospital or a pharmacy, not days later in a central laboratory,” said Dr. Amelia Hartono, Chief Medical Officer of Kestrel Diagnostics. “The CE mark opens the door to tenders in Europe and in many countries in Asia and Latin America that recognise it.”",
        "Kestrel Diagnostics plans to begin commercial shipments of DuoDengue in the second quarter of 2025 through its distribution partners, and has submitted applications for registration in Vietnam, Indonesia and the Philippines.",
        "About Kestrel Diagnostics",
        "Kestrel Diagnostics Limited develops and manufactures rapid, affordable diagnostic tests for infectious diseases that burden low- and middle-income countries, including dengue, malaria and typhoid. The company is listed on the Australian Securities Exchange and operates manufacturing facilities in Melbourne and Penang, Malaysia. For more information, please visit: https://www.kestreldx.example.",
        (
            "contact",
            [
                "Investor Relations:",
                "Kestrel Diagnostics",
                "Michael Tan",
                "+61 3 9012 4471",
                "investors@kestreldx.example",
            ],
        ),
        ("contact", ["Media:", "Kestrel Diagnostics", "Sophie Nguyen", "+61 3 9012 4480"]),
    ],
)
