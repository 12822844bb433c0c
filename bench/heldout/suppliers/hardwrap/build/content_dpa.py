# Invented dpa-style English-service copy (modern fixed-width feed, 69 columns).  All people, firms and
# figures are fictitious.  dpa wire style: "per cent", currencies spelled out, umlauts transliterated,
# " - " as dash.  slug: dpa slugline (ends with "/"); sig: desk sign-off initials.

DPA01 = [
dict(t="story", head="German factory orders fall for third month in a row", place="Berlin",
     slug="Germany-Economy/Industry/", sig="dpa ks xx", by="Katrin Scheel", native=True, body="""
New orders for German manufacturers fell for the third consecutive month in March, adding to fears that Europe's largest economy is sliding back into recession, official figures showed on Monday.

Orders dropped 1.4 per cent from February after adjustment for price and seasonal effects, the Federal Statistical Office said in Wiesbaden. Economists polled by financial news services had expected a small rise of 0.3 per cent.

Orders from outside the eurozone fell particularly sharply, by 4.1 per cent, as demand for machinery and electrical equipment from China and the United States weakened. Domestic orders were almost unchanged.

"There is no sign of a turnaround yet," said Jana Vogelsang, chief economist at a Frankfurt-based bank. "Industry is being squeezed by high energy costs at home and by weaker demand abroad at the same time."

The Economy Ministry in Berlin said large orders, which tend to fluctuate strongly from month to month, had distorted the figures, and pointed to a slight improvement in business sentiment surveys since the start of the year. A ministry spokeswoman said the government still expected modest growth of 0.3 per cent for the year as a whole, although several research institutes have recently lowered their forecasts.

Industrial production data for March are due on Tuesday.
"""),
dict(t="story", head="EU agrees rules to boost battery recycling", place="Brussels",
     slug="EU-Environment/Batteries/", sig="dpa mb xx", by="Marek Bielski", body="""
European Union negotiators have agreed on new rules that will require most batteries sold in the bloc to contain a minimum share of recycled material by the end of the decade, the Belgian EU presidency announced early on Thursday.

Under the deal, batteries for electric cars and industrial use will have to contain at least 16 per cent recycled cobalt, 85 per cent recycled lead, 6 per cent recycled lithium and 6 per cent recycled nickel from 2031, with the shares rising in later years.

Manufacturers will also have to provide a digital "battery passport" giving information on the origin of raw materials, the carbon footprint of production and the battery's state of health.

Environmental groups welcomed the agreement but said the targets for lithium were too low. Industry associations warned that the new reporting obligations could add to costs at a time when European producers are struggling to compete with Chinese and US rivals. The German Association of the Automotive Industry said the rules would only work if recycling plants in Europe were built quickly enough to process the growing number of used car batteries expected from the end of the decade.

The agreement still needs the formal approval of the European Parliament and of the member states, which is usually a formality.
"""),
dict(t="story", head="Low water on the Rhine forces barges to cut loads", place="Duisburg",
     slug="Germany-Weather/Shipping/", sig="dpa lw xx", by="Lena Wirtz", body="""
Barges on the Rhine are carrying as little as a third of their normal loads after weeks without significant rainfall pushed water levels on Germany's most important waterway towards record lows.

The gauge at Kaub, a bottleneck for shipping between Mainz and Koblenz, stood at 46 centimetres on Wednesday morning, according to the Federal Waterways and Shipping Administration. At that level, many larger vessels can only operate with a fraction of their capacity.

Shipping companies have responded by adding surcharges on freight rates, which have more than tripled on some routes since the beginning of the month. Some operators have also begun using smaller vessels, which can still navigate the shallow stretches fully loaded, but there are not enough of them to replace the larger barges.

Chemical and steel companies along the river, which rely on barges for coal, ore and raw materials, said supplies were secure for the time being but that they were examining alternatives by rail.

Forecasters from the German Weather Service said there was little prospect of substantial rain before the end of next week. Even heavy rain in the Alps would take several days to raise levels on the middle Rhine, a spokesman for the waterways administration said.
"""),
dict(t="table", head="Football: Bundesliga results", place="Berlin",
     slug="Soccer-Germany-Results/", sig="dpa sp xx", body="""
Results from the German Bundesliga on Saturday (home team first):
Bayern Munich - Werder Bremen         3-1
Borussia Dortmund - VfL Wolfsburg     2-2
Eintracht Frankfurt - SC Freiburg     1-0
Union Berlin - FC Augsburg            0-1
Mainz 05 - VfB Stuttgart              1-3
Borussia Moenchengladbach - Hoffenheim 2-0
"""),
dict(t="brief", head="Lufthansa cabin crew call off planned strike", place="Frankfurt",
     slug="Germany-Aviation-Strike/", sig="dpa rf xx", body="""
Cabin crew at German airline Lufthansa have called off a strike planned for Friday after the company made an improved pay offer, the UFO flight attendants' union said on Wednesday evening. Talks will resume next week, and the union said it would not call any walkouts before the end of the month.
"""),
]

DPA02 = [
dict(t="story", head="Austria tightens rules for short-term holiday lets", place="Vienna",
     slug="Austria-Housing/Tourism/", sig="dpa hb xx", by="Helmut Berger", native=True, body="""
Austria's capital is to restrict the letting of private flats to tourists to a maximum of 90 days a year from July, in an effort to return thousands of apartments to the regular housing market.

The Vienna city council approved the amendment to the building code on Thursday with the votes of the governing Social Democrats and Liberals. Opposition parties criticised the law as an attack on property rights.

Owners who want to let a flat for longer periods will need a special permit, which will only be granted if the apartment is not needed as housing, the city's housing department said.

According to estimates by the city, around 9,000 flats in Vienna are currently offered on online platforms for short stays, most of them in the central districts near the historic old town. In some streets of the first and seventh districts, the city says, more than one in ten flats is now used mainly for tourists, and residents have complained about noise, rubbish and a loss of neighbourhood life.

Hotel associations welcomed the decision, while the platforms argued that many residents relied on the income from occasional lets to cope with rising living costs.
"""),
dict(t="story", head="Chip maker to build 4-billion-euro plant near Dresden", place="Dresden",
     slug="Germany-Technology/Semiconductors/", sig="dpa ts xx", by="Tobias Sommer", body="""
A Taiwanese-led semiconductor consortium plans to build a chip factory worth around 4 billion euros on the outskirts of Dresden, creating about 1,800 jobs, the state government of Saxony announced on Tuesday.

The plant, which is due to start production in 2028, will make chips for the automotive and industrial equipment industries, the consortium said. The German government has pledged subsidies of up to 1.6 billion euros under the EU Chips Act.

Saxony's premier described the investment as "a vote of confidence in Silicon Saxony", the name given to the cluster of chip makers and suppliers that has grown up around Dresden since the 1990s.

Critics have questioned whether such large subsidies are justified, pointing out that similar projects elsewhere in Germany have been delayed or cancelled.

The local water authority said it was preparing to expand supply capacity in the area, since chip production requires very large amounts of ultra-pure water. Environmental groups have warned that the additional demand could aggravate water shortages in dry summers, when the level of the Elbe falls sharply.

Construction is due to begin in the autumn once the European Commission has approved the state aid.
"""),
dict(t="story", head="Wind power output hits first-quarter record", place="Hamburg",
     slug="Germany-Energy/Wind/", sig="dpa ph xx", by="Petra Hansen", body="""
Wind turbines in Germany generated more electricity than ever before in a first quarter this year, helped by a series of stormy weeks in January and February, industry figures showed on Thursday.

Onshore and offshore wind farms produced around 47 terawatt hours between January and March, about 12 per cent more than in the same period last year, according to the energy industry association BDEW.

Renewable sources as a whole covered more than 55 per cent of German electricity consumption in the quarter, the association said. Solar installations contributed less than usual because of the short days and heavy cloud cover in the first two months of the year, while output from biomass plants was roughly unchanged.

However, the expansion of wind power on land remains behind government targets, with permits still taking an average of more than two years in several states.
"""),
dict(t="story", head="Polish farmers block border crossings in grain protest", place="Warsaw",
     slug="Poland-Agriculture/Protest/", sig="dpa jk xx", by="Jakub Kowal", body="""
Polish farmers blocked several crossings on the border with Ukraine on Friday in protest against imports of cheap grain, causing queues of lorries several kilometres long.

The protesters say that duty-free imports of Ukrainian wheat, maize and rapeseed, introduced by the EU after Russia's invasion in 2022, have driven down prices and left them unable to sell their own harvests at a profit. Farmers' groups say prices for wheat paid by local buyers have fallen by almost half since the summer of 2022, while the costs of fertilizer, diesel and machinery have risen.

Police said the blockades at Dorohusk and Hrebenne were peaceful. Farmers let passenger cars and humanitarian transports through but stopped lorries for several hours at a time.

The Agriculture Ministry in Warsaw said it would continue talks with farmers' organisations next week and again called on the European Commission to extend safeguard measures for sensitive agricultural products.
"""),
dict(t="brief", head="Swiss glaciers lost 4 per cent of volume in one year, study finds", place="Zurich",
     slug="Switzerland-Climate/Glaciers/", sig="dpa ab xx", body="""
Switzerland's glaciers lost around 4 per cent of their remaining ice volume over the past year, the second-largest loss since measurements began, the Swiss glacier monitoring network said on Tuesday. A snow-poor winter followed by a hot summer had left many smaller glaciers close to disappearing, the researchers said.
"""),
dict(t="table", head="Tennis: Stuttgart Open results", place="Stuttgart",
     slug="Tennis-WTA-Stuttgart/", sig="dpa sp xx", body="""
Results from the women's tennis tournament in Stuttgart on Wednesday (prefix number denotes seeding):
Second round:
1-Marta Zielinska (Poland) bt Laura Hofbauer (Germany) 6-2, 6-3
Giulia Ferrante (Italy) bt 7-Daria Orlova (Russia) 7-5, 6-4
4-Aida Sultanova (Kazakhstan) bt Lena Brauer (Germany) 6-1, 3-6, 6-2
Emily Castellano (US) bt Petra Juric (Croatia) 6-4, 6-4
"""),
]

DUMPS = {"dpa01": DPA01, "dpa02": DPA02}
