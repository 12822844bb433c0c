"""Newspaper-page dumps of corpus final6 (all news text invented; dated Tuesday 10 March 2026)."""
from markup import parse

NEWTIMES_MONITOR = """\
The New Times | Rwanda's Leading Daily
News  Business  Opinions  Sports  Lifestyle  Africa  Environment  E-Paper
Subscribe | Sign in

#D kind=site_page
#D source=The New Times
#D source_aliases=["The New Times", "New Times", "The New Times Rwanda"]
News
#T Kigali to add 40 kilometres of dedicated bus lanes by 2027
#M byline=Emmanuel Habimana-Uwase
#M published_date=2026-03-10
Emmanuel Habimana-Uwase
Tuesday, March 10, 2026
Share  Facebook  X  WhatsApp  LinkedIn
#C Commuters board a bus at Nyabugogo taxi park on Monday. The city plans dedicated lanes on four main corridors. Photo by Olivier Mugwiza
#P The City of Kigali will build 40 kilometres of lanes reserved for public buses on four main corridors by the end of 2027, officials said on Monday.

#P The first section, between Nyabugogo and Kimironko, is expected to be completed in October. Engineers say it will cut peak-hour journey times on the route by about a third.

#P Vice Mayor in charge of Urban Development, Jeanne Mukamana Rutayisire, said motorists caught using the lanes would be fined Rwf25,000 under new traffic rules.

#P "The bus must become the fastest way to move in this city," she said.

0 Comments
Related articles
#RT Rwanda to pilot electric motorcycle taxis in Musanze
#RT Nyabugogo bus park redesign: What changes for travellers

News
#T Farmers in Nyagatare switch to drip irrigation as dry spell persists
#M byline=Diane Uwimana
#M published_date=2026-03-10
Diane Uwimana
Tuesday, March 10, 2026
Share  Facebook  X  WhatsApp  LinkedIn
#P More than 600 farmers in Nyagatare District have adopted drip irrigation since January as a prolonged dry spell threatens the first season harvest.

#C A farmer inspects a drip line in a maize plantation in Karangazi Sector. Photo by Diane Uwimana
#P The Rwanda Agriculture and Animal Resources Development Board subsidises half of the equipment cost. District agronomist Innocent Bizimana said maize yields on irrigated plots were about twice those on rain-fed land last season.

#P Farmers, however, complained that the equipment takes months to arrive after payment.

2 Comments
Related articles
#RT Meteo Rwanda forecasts below-normal rains for March-May season
#RT Eastern Province dairy farmers get new milk collection centres

(c) 2026 The New Times Publications SARL. All rights reserved.
We use cookies to improve your experience. By continuing you agree to our cookie policy.  [Accept]

================================================================
Daily Monitor
Home > News > National
Monday, March 09, 2026 | Kampala | 24°C

#D source=Daily Monitor
#D source_aliases=["Daily Monitor", "Monitor", "monitor.co.ug"]
#T Owino traders reject plan to relocate to Kasenge
Vendors say the new site, 20 kilometres from the city centre, is too far from their customers
#M byline=Derrick Ssempala
#M published_date=2026-03-10
By Derrick Ssempala
More by this Author
What you need to know:
Traders say they were not consulted before the relocation plan was approved by KCCA.
#C Traders at St Balikuddembe (Owino) Market in Kampala on March 9, 2026. PHOTO/ABUBAKER KIGOZI
#P Hundreds of traders at St Balikuddembe Market, popularly known as Owino, have rejected a plan by Kampala Capital City Authority to move them to a new market at Kasenge in Mukono District.

#P The traders' chairman, Mr Godfrey Kato Lubega, told journalists yesterday that the new site lacks roads and water, and that most of their customers would not travel that far.

#P KCCA spokesperson Ms Harriet Namutebi said the relocation was temporary and would allow the reconstruction of the old market, which has been damaged by repeated fires.

Published Tuesday, March 10, 2026 - updated 07:45
Advertisement
Related
#RT Fire guts section of Kikuubo market
#RS News
#RT Government sets aside Shs40b for new city markets
#RS Business

#T Kidepo park records rise in foreign visitors
#M byline=Sarah Akello Opio
#M published_date=2026-03-10
By Sarah Akello Opio
More by this Author
#C Tourists watch a herd of buffalo in Kidepo Valley National Park. PHOTO/COURTESY OF UWA
#P Kidepo Valley National Park received 9,800 foreign visitors in 2025, the highest number in its history, the Uganda Wildlife Authority has said.

#P The park's chief warden, Mr Johnson Lokiru, said a new airstrip at Lomej and improved roads from Kitgum had made the park easier to reach.

#P Tour operators, however, say the cost of chartered flights remains a barrier for budget travellers.

Published Tuesday, March 10, 2026
Related
#RT Uganda Wildlife Authority raises gorilla permit fees
#RS News
"""

GLEANER_TICO = """\
THE GLEANER | jamaica-gleaner.com
Lead Stories | News | Business | Sports | Entertainment | Letters | Commentary | Classifieds
Tuesday, March 10, 2026

#D kind=site_page
#D source=The Gleaner
#D source_aliases=["The Gleaner", "Jamaica Gleaner", "Gleaner", "jamaica-gleaner.com"]
Lead Stories
#T St James farmers count losses after bush fires
#M byline=Andrew Laidley-Brown
#M dateline=WESTERN BUREAU
#M published_date=2026-03-10
Published:Tuesday | March 10, 2026 | 12:08 AM
Andrew Laidley-Brown/Gleaner Writer
#C Farmer Clive Morrison surveys his burnt yam field in Cambridge, St James, on Sunday. - Ian Allen/Photographer
#P WESTERN BUREAU: FARMERS in Cambridge and Catadupa, St James, say bush fires over the past week have destroyed more than 60 acres of yam, banana and pepper.

#P "Everything gone. Me have to start over from nothing," said Clive Morrison, who lost four acres of yam.

#P The Rural Agricultural Development Authority's parish manager, Nadine Wallace-Grant, said officers were assessing the damage and that affected farmers would receive planting material.

#P The Jamaica Fire Brigade has urged farmers not to burn land during the dry season.

12 Comments
Trending
#RT Motorists warned of lane closures on Mandela Highway
#RT Students to sit CSEC exams under new timetable
#RT EDITORIAL | Water restrictions need a plan

Business
#T Kingston container terminal handles record volumes
#M byline=Neville Grant-Palmer
#M published_date=2026-03-10
Published:Tuesday | March 10, 2026 | 12:10 AM
Neville Grant-Palmer/Business Reporter
#P The Kingston Freeport Terminal handled more than 2.1 million containers in 2025, a record, as transshipment traffic grew after new services from West Africa were added.

#P Chief executive Marcia Ebanks-Thompson said the terminal would add two ship-to-shore cranes by the end of the year.

#C Ship-to-shore cranes at Kingston Freeport Terminal. - Contributed
#P The Port Authority of Jamaica said income from transshipment rose by 14 per cent.

3 Comments
Trending
#RT Motorists warned of lane closures on Mandela Highway
#RT Students to sit CSEC exams under new timetable

Copyright 2026 Gleaner Company (Media) Limited. All rights reserved.

################################################################
The Tico Times | Costa Rica News | Travel | Real Estate
Costa Rica  Central America  Travel  Environment  Business  Opinion
We use cookies to give you the best experience. Accept | Read more

#D source=The Tico Times
#D source_aliases=["The Tico Times", "Tico Times"]
Environment
#T Costa Rica bans bottom trawling in Guanacaste gulf
#M byline=Sofía Arrieta Mora
#M published_date=2026-03-10
By Sofía Arrieta Mora | March 10, 2026
Share this: Facebook | X | WhatsApp | Email
#C A fishing boat returns to port in Puntarenas. (Courtesy of INCOPESCA)
#P Costa Rica's government has banned bottom trawling in the Gulf of Papagayo, expanding a protected fishing zone that already covers parts of the Gulf of Nicoya.

#P Environment Minister Rodrigo Chaves-Solano said the measure would protect shrimp nurseries and coral areas used by artisanal fishers.

#P Trawling companies said they would challenge the decree in the Constitutional Court.

Get The Tico Times in your inbox. Sign up for our free newsletter.
Related Posts
#RT Sea turtle nesting hits record at Ostional
#RY Park rangers counted more than 500,000 olive ridley turtles during last month's arribada.
#RT Costa Rica adds 3,000 hectares to La Amistad buffer zone
#RY The expansion links two private reserves to the binational park.

Travel
#T New ferry links Puntarenas and Nicoya Peninsula
#M byline=null
#M published_date=2026-03-10
By Tico Times | March 10, 2026
Share this: Facebook | X | WhatsApp | Email
#P A new ferry service between Puntarenas and Paquera began operating on Monday, adding four daily crossings to the busy route to the Nicoya Peninsula.

#C The new ferry leaves Puntarenas on its first trip. (Photo via MOPT)
#P The 65-metre vessel carries up to 80 vehicles and 600 passengers. The Public Works Ministry said the crossing takes about 70 minutes.

#P Residents of Paquera and Tambor have long complained of long queues during the high season.

Related Posts
#RT Costa Rica's new airport tax: what travellers need to know
#RY Fees change for departures from Juan Santamaría and Liberia airports from May 1.
"""

FIJI_SAMOA = """\
The Fiji Times | Fiji's first newspaper since 1869
Home  News  Business  Sport  Features  Opinion  World  Epaper
Tuesday, March 10, 2026

#D kind=site_page
#D source=The Fiji Times
#D source_aliases=["The Fiji Times", "Fiji Times"]
Home » News
#T Nadi River dredging to start next month
#M byline=SERA TUILAUCALA
#M published_date=2026-03-10
BY SERA TUILAUCALA
Tuesday, March 10, 2026 - 5:30 am
Listen to this article:
Share:  f  x  in  wa
#C Nadi River banks near the Nadi Town bridge. Picture: JONE NAITAVUKI
#P Dredging works on the Nadi River will begin next month as part of a $12 million flood mitigation project, says the Ministry of Waterways.

#P Permanent secretary Joeli Cawanibuka-Seru said the contractor would remove about 300,000 cubic metres of silt from the river mouth and the town section.

#P Businesses in Nadi Town have lost millions of dollars to floods over the past decade.

#P "We cannot stop the rain, but we can give the water somewhere to go," Mr Cawanibuka-Seru said.

LATEST NEWS
#RT Labasa market vendors welcome new roof
#RT Flying Fijians name extended squad for Pacific Nations Cup

Home » Business
#T Kava exports reach $90m
#M byline=REPEKA NAVUNILAWA
#M published_date=2026-03-10
BY REPEKA NAVUNILAWA
Tuesday, March 10, 2026 - 5:45 am
Listen to this article:
Share:  f  x  in  wa
#P Kava exports earned Fiji $90.4 million last year, up 18 per cent from 2024, according to the Fiji Bureau of Statistics.

#C Kava roots dry in the sun at a farm in Taveuni. Picture: FT FILE
#P Biosecurity Authority of Fiji chief executive Ranjini Lal-Prakash said new markets in Europe had contributed to the rise after the European Union eased import rules.

#P She urged farmers to register their plots to meet traceability requirements.

LATEST NEWS
#RT Labasa market vendors welcome new roof
#RT Flying Fijians name extended squad for Pacific Nations Cup

© 2026 The Fiji Times Ltd

---
SAMOA OBSERVER
News | Local | Pacific | Sports | Business | Opinion | Environment
This website uses cookies. By using it you consent to our use of cookies. OK

#D source=Samoa Observer
#D source_aliases=["Samoa Observer", "The Samoa Observer"]
Local
#T Apia seawall upgrade to protect Mulinu'u road
#M byline=Losaline Fa'asavalu
#M published_date=2026-03-10
Losaline Fa'asavalu
10 March 2026, 4:30PM
#C HIGH TIDE: Waves break over the Mulinu'u seawall during a king tide in February. Photo: Tuilagi Leota.
#P Work to raise and strengthen the seawall along Mulinu'u Peninsula will begin in June, the Ministry of Natural Resources and Environment has confirmed.

#P The 1.8-kilometre project is funded by a $US14 million grant and will raise the wall by up to one metre.

#P Assistant chief executive officer Fa'amalu Tuilagi Esera said king tides had flooded the road to Parliament four times since November.

Related Stories
#RT Vaitele residents raise drainage concerns
#RY Families living beside the Vaitele industrial area say blocked drains flood their homes after every heavy rain.
1094 Hits
#RT Climate fund approves new coastal projects for Samoa
#RY Three villages on the south coast of Upolu will receive funding for seawalls and mangrove planting.
412 Hits
Comments (4)

Sports
#T Manu Samoa sevens name new captain
#M byline=Iosefa Tauiliili
#M published_date=2026-03-10
Iosefa Tauiliili
10 March 2026, 6:05PM
#C NEW LEADER: Tomasi Aiono-Leavasa during training at Apia Park. Photo: Samoa Observer.
#P Manu Samoa sevens have named utility back Tomasi Aiono-Leavasa as captain for the Hong Kong and Singapore legs of the World Series.

#P Head coach Siaosi Fa'alogo said the 24-year-old had earned the role through his leadership during the team's training camp in Savai'i.

Related Stories
#RT Vaitele residents raise drainage concerns
#RY Families living beside the Vaitele industrial area say blocked drains flood their homes after every heavy rain.
1095 Hits
Comments (0)
"""

ASTANA_MALTA = """\
THE ASTANA TIMES
Nation | Business | Foreign Policy | Culture | Tengri Life | Opinion
Kazakh | Russian | English

#D kind=site_page
#D source=The Astana Times
#D source_aliases=["The Astana Times", "Astana Times"]
#T Kazakhstan to launch first domestically built passenger railcars
#M byline=Aigerim Seitkazy
#M dateline=ASTANA
#M published_date=2026-03-10
By Aigerim Seitkazy in Business on 10 March 2026
#C Passenger railcar assembly line in Ekibastuz. Photo credit: Kazakhstan Temir Zholy
#P ASTANA – Kazakhstan will put its first domestically assembled passenger railcars into service in June on routes between Astana, Karaganda and Pavlodar, the national railway company said on March 9.

#P The plant in Ekibastuz will produce 120 cars this year, with the share of local components expected to reach 55%. Deputy chairman Yerlan Nurmagambet said the cars would have sleeping compartments with individual sockets and Wi-Fi.

#P The railway plans to replace about a quarter of its passenger fleet by 2030.

Share on Facebook | Share on X | Telegram
Related Posts
#RT Kazakhstan, China agree to expand Dostyk border crossing
#RT Almaty metro extension opens two new stations

#T Shymkent hosts first Central Asian book fair
#M byline=Dana Omarova
#M dateline=SHYMKENT
#M published_date=2026-03-10
By Dana Omarova in Culture on 10 March 2026
#P SHYMKENT – More than 140 publishers from Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan have gathered in Shymkent for the region's first joint book fair, which runs until March 14.

#C Visitors at the opening of the book fair. Photo credit: Shymkent city akimat
#P Organizers said translated children's books and audiobooks in Kazakh and Uzbek had drawn the most interest on the opening day.

Share on Facebook | Share on X | Telegram

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Times of Malta
Local | World | Business | Sport | Opinion | Lifestyle | Watch
Support independent journalism. Subscribe from €1.

#D source=Times of Malta
#D source_aliases=["Times of Malta", "timesofmalta.com"]
National
#T Gozo ferry fares to rise for non-residents from July
Return ticket for foot passengers to cost €6.50
#M byline=Kurt Vella Sammut
#M published_date=2026-03-10
Kurt Vella Sammut
March 10, 2026 | 2 min read
#C The Gozo ferry leaving Ċirkewwa harbour. Photo: Chris Sant Fournier
#P Non-residents will pay more to cross to Gozo from July, after the government approved a new fare structure for the Gozo Channel ferries.

#P A return ticket for foot passengers will cost €6.50, up from €4.65, while cars with a driver will pay €21.

#P Gozo residents will continue to pay the existing fares. Transport Minister Daniel Farrugia Camilleri said the extra revenue would fund a fourth vessel.

Independent journalism costs money. Support Times of Malta for the price of a coffee.
Support Us
Comments (27)
Related Stories
#RT Government unveils plans for Gozo tunnel consultation
#RT Ferry delays anger commuters on Monday morning

Environment
#T Marine park off Comino to be extended
#M byline=Claire Bonnici Azzopardi
#M published_date=2026-03-10
Claire Bonnici Azzopardi
March 10, 2026 | 3 min read
#P The marine protected area off Comino will be extended to cover the Blue Lagoon and Santa Marija Bay, the Environment and Resources Authority has announced.

#C Boats moored at the Blue Lagoon in summer. Photo: Matthew Mirabelli
#P Anchoring will be banned over seagrass meadows and the number of boats allowed in the lagoon at one time will be capped at 70.

#P Boat operators said the rules would hurt their business, but divers and environmental NGOs welcomed the plan.

Comments (9)
Related Stories
#RT Government unveils plans for Gozo tunnel consultation

This site uses cookies. By continuing to browse you agree to our use of cookies. Learn more  |  Got it
"""


def _p(t):
    return lambda: parse(t)


page_newtimes_monitor = _p(NEWTIMES_MONITOR)
page_gleaner_ticotimes = _p(GLEANER_TICO)
page_fijitimes_samoaobserver = _p(FIJI_SAMOA)
page_astanatimes_timesofmalta = _p(ASTANA_MALTA)
