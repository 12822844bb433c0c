# Invented Reuters-style (1987 commodity/markets desk) copy.  All names, firms and figures are fictitious.
# t: story | brief | table.  head: title-case headline (the ALL-CAPS form is derived).  place/date: dateline.
# by: byline used for the "By NAME" presentation; native: True if the story natively carries an AUTHOR line.
# "~" marks an optional hyphenation point (never used for Reuters).  Paragraphs are separated by blank lines;
# table rows are one per line.

RTR01 = [
dict(t="story", head="Ivory Coast Cocoa Arrivals Lag Last Season", place="ABIDJAN", date="March 3",
     by="Laurent Kouame", slug="IVORY-COAST-COCOA", body="""
Cocoa arrivals at Ivory Coast ports since the start of the 1986/87 main crop season reached 412,300 tonnes by February 28, down from 455,100 tonnes at the same point last season, exporters and port officials said. Port officials said the figures included about 18,000 tonnes of beans held in upcountry warehouses that were trucked to San Pedro in the last week of February, ahead of an expected rise in road haulage rates.

The shortfall reflects a dry harmattan wind that blew longer than usual in December and January and stunted late pods in the centre-west growing region around Daloa and Gagnoa, one exporter said. He said bean counts in samples taken at the port had also deteriorated, with many lots running at more than 105 beans per 100 grammes against a contract standard of 100.

Traders said the mid-crop, which normally starts in April, now looked likely to open late. Some estimates put it at between 90,000 and 110,000 tonnes, against about 125,000 tonnes a year ago.

The government's price stabilisation fund has kept the farmgate price unchanged at 400 CFA francs a kilo, and officials said there were no plans to review it before the new season opens in October.

Shipments to European grinders have so far been steady, but one Abidjan dealer said some Dutch and West German buyers were holding back forward purchases in the hope that the London market would ease further from current levels.
"""),
dict(t="table", head="Harlan Tool Works Inc <HTWK> 4th Qtr Net", place="CLEVELAND", date="March 3", body="""
Shr 41 cts vs 29 cts
Net 3,218,000 vs 2,274,000
Revs 48.7 mln vs 41.9 mln
Year
Shr 1.37 dlrs vs 1.12 dlrs
Net 10,746,000 vs 8,790,000
Revs 183.4 mln vs 166.0 mln
"""),
dict(t="story", head="Argentine Grain Board Raises Wheat Crop Estimate", place="BUENOS AIRES", date="March 3",
     by="Ricardo Alonso", slug="ARGENTINA-WHEAT", body="""
The Argentine National Grain Board raised its estimate of the 1986/87 wheat crop to 8.9 mln tonnes from a previous 8.6 mln, citing better than expected yields in southern Buenos Aires province.

The board said harvesting was complete in all main producing areas. Average yields in the southern zone reached 2.1 tonnes a hectare, against 1.8 tonnes forecast in January.

It left its estimate for maize unchanged at 11.2 mln tonnes but cut its forecast for sunflowerseed to 2.95 mln tonnes from 3.1 mln because of heavy rains in Santa Fe in late February.

Private exporters said the higher wheat figure would leave about 4.5 mln tonnes available for export, much of it already committed to the Soviet Union, Brazil and Iran under existing agreements. They said fresh sales would probably be limited to small lots for nearby shipment until the size of the new soybean and maize crops became clearer in April, when harvesting in the main northern provinces gets under way.
"""),
dict(t="brief", head="Fed Adds Reserves Via Customer Repurchases", place="NEW YORK", date="March 3", body="""
The Federal Reserve entered the government securities market to arrange about 1.5 billion dlrs of customer repurchase agreements, a Fed spokesman said, adding that federal funds were trading at 6-1/8 pct when the Fed began its temporary and indirect supply of reserves to the banking system.
"""),
dict(t="story", head="Japan Ministry Sees Slower Steel Output in April-June", place="TOKYO", date="March 3",
     by="Kenji Matsuda", slug="JAPAN-STEEL", body="""
Japan's crude steel output is expected to fall to 23.8 mln tonnes in the April-June quarter from 24.6 mln a year earlier, the Ministry of International Trade and Industry said.

It would be the sixth consecutive quarter of year-on-year decline.

The ministry said domestic demand from shipbuilders and machinery makers remained weak, while exports continued to suffer from the strong yen and from growing competition from South Korean and Brazilian mills in Southeast Asian markets. It said the average operating rate of the industry's blast furnaces would fall to about 61 pct, the lowest level since the oil crisis of 1975, and that inventories of finished steel held by distributors were still above normal.

Steel exports in the quarter were forecast at 7.1 mln tonnes, down 9.4 pct from a year earlier. Shipments to the United States were expected to stay within the voluntary restraint ceiling agreed with Washington.

Industry officials said the five major integrated producers were likely to keep at least two more blast furnaces banked through the summer.

A spokesman for one of the big five said the companies were also studying further cuts in their workforces, which have already been reduced by about 14,000 jobs since the middle of 1985.
"""),
dict(t="table", head="Pacific Gas Services Co <PGSC> Qtly Dividend", place="SAN FRANCISCO", date="March 3", body="""
Qtly div 42 cts vs 42 cts prior
Pay April 15
Record March 20
"""),
]

RTR02 = [
dict(t="story", head="OPEC Output Seen Above Ceiling in February", place="LONDON", date="March 4",
     by="Joanna Fell", slug="OPEC-OUTPUT", body="""
OPEC crude oil output averaged about 16.5 mln barrels per day in February, above the group's self-imposed ceiling of 15.8 mln bpd, according to a survey of oil industry sources, traders and shipping agents.

The survey showed output by Nigeria, the United Arab Emirates and Ecuador running well above their quotas, while Saudi Arabia held production close to its allocation of 4.133 mln bpd.

Iraq, which does not recognise the quota it was assigned in December, pumped an estimated 1.7 mln bpd, with much of it exported through the pipeline across Turkey.

Analysts said the overproduction was modest compared with the price war of 1986 but warned that it could undermine the fixed reference price of 18 dlrs a barrel if demand weakened in the second quarter, as it usually does.

"The discipline is slipping at the edges," said one London analyst. "It is not a collapse, but the market will test them before the June meeting." He said traders would be watching tanker loadings from the Gulf in March for signs that the leading producers were prepared to rein in their partners.

Spot prices for North Sea Brent eased to around 17.10 dlrs a barrel from 17.45 at the end of January.
"""),
dict(t="story", head="Bundesbank Leaves Key Rates Unchanged", place="FRANKFURT", date="March 4",
     by="Anne Kessler", slug="BUNDESBANK-RATES", body="""
The Bundesbank left its discount and Lombard rates unchanged at 3.0 and 5.0 pct after its regular fortnightly council meeting, a spokesman said.

Money market dealers said the decision was widely expected after the central bank's cut in January and its statement last week that monetary policy had room for manoeuvre but no need for further easing.

The Bundesbank also set the rate on its next securities repurchase pact at a fixed 3.80 pct, unchanged from the previous tender.

Economists said the central bank was watching the growth of central bank money stock, which ran above the top of its three to six pct target range last year, as well as the dollar's fall against the mark. They said the next move was more likely to come from the money market, where the Bundesbank could steer call money rates lower through its securities repurchase tenders without changing the key rates themselves.
"""),
dict(t="table", head="Marlow Foods Inc <MRLW> 1st Qtr Jan 31 Net", place="MINNEAPOLIS", date="March 4", body="""
Shr 18 cts vs 22 cts
Net 1,105,000 vs 1,342,000
Sales 62.4 mln vs 59.8 mln
Avg shrs 6,140,000 vs 6,102,000
NOTE: Prior year net includes gain of 310,000 dlrs from sale of a warehouse.
"""),
dict(t="story", head="U.S. Crude Inventories Fell Last Week, API Says", place="NEW YORK", date="March 4",
     by="Steven Rudd", slug="API-STOCKS", body="""
U.S. crude oil inventories fell 4.2 mln barrels to 327.9 mln in the week ended February 27, the American Petroleum Institute said.

Distillate fuel stocks, which include heating oil and diesel, dropped 3.6 mln barrels to 118.4 mln, while gasoline stocks rose 1.1 mln barrels to 251.7 mln, the industry group said.

Refinery runs averaged 12.1 mln barrels per day, down from 12.4 mln the previous week, and refineries operated at 77.3 pct of capacity.

Crude oil imports fell to 3.9 mln bpd from 4.5 mln, the API said.

Traders on the New York Mercantile Exchange said the draw in crude stocks was larger than expected and helped April crude futures recover some of the ground lost earlier in the session. April crude settled 18 cents higher at 17.94 dlrs a barrel, while heating oil for April delivery rose 0.42 cent to 49.10 cents a gallon on the distillate draw.
"""),
dict(t="brief", head="Bank of Canada Treasury Bill Rate Rises", place="OTTAWA", date="March 4", body="""
The Bank of Canada said the average yield on this week's auction of 91-day treasury bills rose to 7.14 pct from 7.03 pct last week, setting the bank rate at 7.39 pct.
"""),
dict(t="story", head="Malaysian Rubber Prices Firm on Thai Supply Worries", place="KUALA LUMPUR", date="March 4",
     by="Hamid Osman", slug="MALAYSIA-RUBBER", body="""
Malaysian rubber prices closed firmer on the Kuala Lumpur market on worries that wintering in southern Thailand would cut supplies more than usual this year, dealers said.

Number one ribbed smoked sheet for April delivery ended at 217.50 cents a kilo, up 2.25 cents from Tuesday's close, while standard Malaysian rubber 20 rose 1.50 cents to 199.75.

Dealers said Japanese and Chinese buyers were active in late-afternoon trade, and that some Singapore shippers were short of nearby material after heavy sales in February. They added that the market had also been supported by reports that the Thai government was considering a scheme to delay tapping on smallholdings in the south until early May to improve yields later in the season.

The International Natural Rubber Organisation's daily market indicator price rose to 198.34 Malaysian/Singapore cents a kilo from 196.90, still well above the lower intervention price at which the buffer stock manager must start buying.
"""),
]

RTR03 = [
dict(t="story", head="Brazil Seeks Bridge Loan From Commercial Banks", place="BRASILIA", date="March 5",
     by="Marcos Pereira", slug="BRAZIL-DEBT", stamp="05-MAR-1987 09:12:44.31", body="""
Brazil has asked its commercial bank creditors for a bridge loan of about 1.5 billion dlrs to cover interest payments due in the second quarter, a Finance Ministry official said.

The request was made at a meeting in New York last week between Brazilian negotiators and the 14-bank advisory committee that represents the country's roughly 700 creditor banks, the official said.

Brazil suspended interest payments on about 68 billion dlrs of medium- and long-term commercial bank debt on February 20, citing a sharp fall in its foreign reserves, which dropped below four billion dlrs in January.

Bankers in New York said the committee had not yet responded and that several of the larger U.S. banks were reluctant to lend new money while the moratorium remained in force. One banker said the committee was also concerned that agreeing to a bridge loan before Brazil reached an understanding with the International Monetary Fund would set an awkward precedent for other large debtors, including Argentina and Mexico.

"We cannot discuss fresh money while they are not paying," said a senior banker who asked not to be identified. "The first step has to be a credible economic programme."

The finance minister is due to travel to Washington, Paris and Tokyo later this month to explain the government's position to creditor governments.
"""),
dict(t="story", head="U.K. Budget Expected to Cut Basic Income Tax Rate", place="LONDON", date="March 5",
     by="Colin Whitlow", slug="BRITAIN-BUDGET", stamp="05-MAR-1987 10:40:02.07", body="""
The Chancellor of the Exchequer is widely expected to cut the basic rate of income tax by two pence to 27 pct in his budget on March 17, City economists said.

A Reuters poll of 18 economists showed a median forecast for tax cuts worth about 2.5 billion stg in a full year, with the rest of the room created by buoyant tax revenues used to reduce the public sector borrowing requirement. Most of those polled expected the Chancellor to leave the higher rate bands unchanged but to raise personal allowances in line with inflation, and several predicted changes to the taxation of company cars and pension funds.

The economists forecast a PSBR target of four billion stg for the 1987/88 fiscal year, down from the seven billion stg projected in last year's medium-term financial strategy.

"The Chancellor has the luxury of doing both," said one economist at a London stockbroker. "Cutting tax and cutting borrowing will please the markets as well as the voters."

Sterling firmed on the foreign exchanges as the poll results circulated, and gilt-edged stocks extended early gains of up to half a point.
"""),
dict(t="table", head="Dunmore Savings Bank <DSBK> Year Net", place="SCRANTON, Pa.", date="March 5",
     stamp="05-MAR-1987 11:02:17.55", body="""
Shr 2.06 dlrs vs 1.48 dlrs
Net 5,411,000 vs 3,887,000
Assets 612.3 mln vs 571.0 mln
Deposits 498.7 mln vs 470.2 mln
Loans 402.9 mln vs 366.4 mln
NOTE: Company went public in May 1986.
"""),
dict(t="story", head="Philippine Sugar Planters Seek Debt Relief", place="MANILA", date="March 5",
     by="Rene Aquino", slug="PHILIPPINES-SUGAR", stamp="05-MAR-1987 11:47:30.12", body="""
Philippine sugar planters asked the government to write off part of the 3.2 billion pesos they owe state banks, saying low world prices and the loss of U.S. quota share had left many of them unable to pay.

The National Federation of Sugarcane Planters said in a petition to the presidential palace that more than half of the country's 41 sugar mills were running below 40 pct of capacity this season.

The federation said output in the 1986/87 crop year, which ends in August, was likely to fall to about 1.25 mln tonnes raw value from 1.43 mln last year, with most of the decline on the central island of Negros. Sugar workers' unions said about 190,000 cane cutters and mill hands on the island had been without regular work since the end of the last milling season, and church groups have reported widespread malnutrition among their children.

Agriculture Ministry officials said the government was studying a proposal to convert some of the debt into long-term loans at concessional interest rates but had ruled out an outright write-off.
"""),
dict(t="story", head="Canada Housing Starts Rise in February", place="OTTAWA", date="March 5",
     by="Paul Gagnon", slug="CANADA-HOUSING", stamp="05-MAR-1987 12:15:08.44", body="""
Canadian housing starts rose to a seasonally adjusted annual rate of 214,000 units in February from 198,000 in January, Canada Mortgage and Housing Corp said.

Starts in urban areas rose 9.8 pct to 182,000 units, led by a sharp increase in multiple-unit projects in Toronto and Vancouver, while starts in rural areas were estimated at 32,000 units. Single-family starts in urban centres rose 4.6 pct to 98,000 units, while multiple starts jumped 16.5 pct to 84,000 units, the agency said.

The agency said it still expected total starts for 1987 to be slightly below last year's level of 199,800 units because of higher mortgage rates.
"""),
dict(t="brief", head="Kuwait Denies Plan to Cut Official Oil Prices", place="KUWAIT", date="March 5",
     stamp="05-MAR-1987 13:30:51.90", body="""
Kuwait's Oil Ministry denied a report in a Gulf newspaper that it planned to cut its official selling prices for crude oil, saying the emirate remained committed to OPEC's reference price of 18 dlrs a barrel, the official Kuwait News Agency said.
"""),
]

RTR04 = [
dict(t="story", head="Soybean Crushers Face Squeeze on Margins, Analysts Say", place="CHICAGO", date="March 6",
     by="Mark Halloran", native=True, slug="USA-SOYBEANS", body="""
U.S. soybean processors are facing their tightest crushing margins in more than two years as soybean prices hold firm while meal and oil values sag under heavy South American competition, Chicago-based grain analysts said.

The board crush margin, which measures the difference between the cost of soybeans and the value of the meal and oil produced from them, fell to about 14 cents a bushel this week from more than 40 cents in November.

"At these levels, some of the smaller plants are crushing at a loss," said Dale Whitcomb, an analyst with a Chicago futures brokerage. "You will see downtime announced before the end of the month."

Analysts said the problem stemmed partly from the government's farm program, which kept a floor under soybean prices through the loan rate of 4.77 dlrs a bushel and encouraged farmers to store beans rather than sell them. Farmer selling has also been slow because many producers expect prices to rise once the size of the South American crop is known, leaving processors to compete for a limited supply of beans in the country elevators.

At the same time, Brazil and Argentina are expected to harvest record soybean crops this spring, and their processors have been offering meal to European buyers at discounts of up to 15 dlrs a tonne to U.S. product.

U.S. soybean meal exports in the first half of the marketing year were 2.1 mln short tons, down 18 pct from the same period a year earlier, according to Agriculture Department figures.

Some analysts said the squeeze could ease later in the year if dry weather cut South American yields, but most expected weak margins to persist at least until the new U.S. crop is harvested in the autumn.

The National Soybean Processors Association said its members crushed 94.6 mln bushels in January, down from 101.3 mln in January last year.
"""),
dict(t="story", head="Tokyo Stocks End Higher on Foreign Buying", place="TOKYO", date="March 6",
     by="Yuko Ishida", slug="TOKYO-STOCKS", body="""
Tokyo share prices closed higher as foreign investors bought blue-chip electrical and construction issues, brokers said.

The 225-share market average rose 163.42 points to 20,914.07 after a 61-point fall on Thursday. Volume was estimated at 1.1 billion shares, up from 860 mln.

Brokers said buying by European pension funds was concentrated on large-capital shares that had lagged behind the market since the start of the year, while domestic institutions stayed on the sidelines ahead of the end of the business year on March 31. Shares of leading construction companies were also helped by reports that the government would bring forward public works spending in the first half of the new fiscal year to support the economy.

Advances led declines by 612 to 297, with 141 issues unchanged.
"""),
dict(t="story", head="Zambia Copper Output Hit by Power Cuts", place="LUSAKA", date="March 6",
     by="Peter Mwanza", native=True, slug="ZAMBIA-COPPER", body="""
Zambia's copper production fell by about 11 pct in January because of repeated power cuts at the Copperbelt mines, an official of Zambia Consolidated Copper Mines Ltd said.

Finished copper output in the month totalled 33,800 tonnes, against 38,000 tonnes in December, the official said.

The cuts followed damage to a transmission line from the Kariba North Bank power station in a storm in early January. The line was repaired in the last week of the month.

The mining company, which provides more than 90 pct of Zambia's foreign exchange earnings, has struggled to maintain production as ore grades decline and shortages of spare parts keep equipment idle. A World Bank-financed rehabilitation programme aimed at restoring output to 500,000 tonnes a year has been slowed by delays in the delivery of new haulage trucks and underground loaders.

Industry sources said output for the fiscal year ending March 31 was now likely to be about 440,000 tonnes, compared with a target of 470,000 tonnes.

Traders on the London Metal Exchange said the news gave some short-term support to copper prices, although the market remained more concerned about the level of stocks in LME warehouses, which rose again this week.
"""),
dict(t="table", head="Orbison Electronics Corp <ORBE> Year Net", place="SAN JOSE, Calif.", date="March 6", body="""
Shr loss 62 cts vs profit 34 cts
Net loss 4,870,000 vs profit 2,660,000
Revs 96.2 mln vs 104.7 mln
NOTE: Current year net includes charge of 3.9 mln dlrs for closure of plant in Phoenix.
"""),
dict(t="story", head="Gold Ends Firmer in Quiet Zurich Trade", place="ZURICH", date="March 6",
     by="Hans Brunner", slug="ZURICH-GOLD", body="""
Gold closed firmer in quiet trading, with dealers citing modest buying from the Middle East and a slightly weaker dollar.

The metal ended at 406.50/407.00 dlrs an ounce against Thursday's close of 404.25/404.75 dlrs.

Dealers said the market was waiting for U.S. employment figures for February, due later in the day, for fresh direction. One dealer said a strong figure would probably lift the dollar and push gold back below 405 dlrs, while a weak one could see the metal test resistance at around 410 dlrs in New York.
"""),
dict(t="brief", head="Thai Rice Export Prices Steady", place="BANGKOK", date="March 6", body="""
Thai rice export prices were steady this week with 100 pct grade B white rice quoted at 4,320 baht a tonne free on board, unchanged from last week, as exporters waited for the outcome of tenders by Iran and Iraq, the Board of Trade said.
"""),
]

RTR05 = [
dict(t="table", head="Corning Valley Bancorp <CVBC> 4th Qtr Net", place="ELMIRA, N.Y.", date="March 9", body="""
Shr 74 cts vs 61 cts
Net 2,930,000 vs 2,402,000
Year
Shr 2.79 dlrs vs 2.30 dlrs
Net 11,034,000 vs 9,088,000
NOTE: Share results adjusted for five-for-four split paid in December.
"""),
dict(t="table", head="Westbrook Utilities Inc <WBU> Raises Payout", place="PORTLAND, Maine", date="March 9", body="""
Qtly div 56 cts vs 53 cts prior
Pay May 1
Record April 10
"""),
dict(t="brief", head="Italy Treasury Bill Auction Oversubscribed", place="ROME", date="March 9", body="""
Italy's mid-month auction of six-month and 12-month Treasury bills totalling 14,000 billion lire was oversubscribed by 2,850 billion lire, with average net yields falling to 9.61 pct and 9.54 pct from 9.78 and 9.70 pct at the previous auction, the Bank of Italy said.
"""),
dict(t="story", head="EC Farm Ministers Fail to Agree Price Package", place="BRUSSELS", date="March 9",
     by="Pieter de Graaf", slug="EC-FARM", body="""
European Community farm ministers ended two days of talks without agreeing on a package of farm prices for the 1987/88 season, and will meet again later this month, diplomats said.

The main obstacle was a proposal by the EC Commission to tighten the rules under which surplus cereals and dairy products are bought into intervention stores, which West Germany and Ireland said would cut farm incomes too sharply. Bonn has insisted that any tightening of intervention rules be accompanied by compensation for farmers through national aids, a demand the Commission has so far rejected as a threat to the common market in agricultural products.

Britain and the Netherlands backed the Commission, arguing that the cost of storing and disposing of surpluses was threatening to push the Community's farm budget beyond its legal ceiling this year.

"We are nowhere near agreement," said one diplomat. "Everyone is waiting to see how far Bonn is prepared to move."

The Commission has proposed a freeze on most support prices in European currency units and a cut of about 2.5 pct in effective cereal prices through tighter quality standards and a shorter intervention buying period.

The EC farm commissioner told reporters he did not expect a deal before the next meeting on March 30 and 31, and possibly not before the end of April. The marketing year for milk and beef begins on April 1, and diplomats said the Commission would have to extend current prices temporarily if no deal was reached by then.

Several thousand farmers demonstrated outside the Council building on the first day of the talks, and police said the protest passed off peacefully.
"""),
dict(t="table", head="Hallmark Resources Ltd <HMR.TO> Year Net", place="TORONTO", date="March 9", body="""
Shr 31 cts vs 57 cts
Net 8.2 mln vs 15.1 mln
Revs 140.6 mln vs 171.3 mln
NOTE: Figures in Canadian dollars.
"""),
dict(t="brief", head="Indonesia Lifts Palm Oil Export Tax", place="JAKARTA", date="March 9", body="""
Indonesia has lifted the export tax on crude palm oil and its products with immediate effect in order to help producers compete with Malaysian shipments, a Trade Ministry official said, adding that the tax had been set at 10 pct of the check price since October.
"""),
dict(t="story", head="Mexico Reports Higher Oil Export Revenue", place="MEXICO CITY", date="March 9",
     by="Ernesto Villalba", slug="MEXICO-OIL", body="""
Mexico earned 1.43 billion dlrs from crude oil exports in January and February, up 24 pct from the same period last year, the state oil company Petroleos Mexicanos said.

Pemex said crude exports averaged 1.37 mln barrels per day in the two months, and the average price of the Mexican export mix was 15.94 dlrs a barrel, against 12.81 dlrs in the same period of 1986.

The company said it would keep exports close to 1.35 mln bpd during the rest of the first half in line with Mexico's undertaking to OPEC to restrain output, although Mexico is not a member of the organisation. Pemex said shipments to the United States accounted for about 52 pct of the total, with most of the rest going to Spain, Japan and France under long-term contracts.

Finance Ministry officials said the higher revenue would ease pressure on the country's foreign reserves, but that it would not change plans to seek 7.7 billion dlrs in new financing from banks and official lenders this year.
"""),
]

DUMPS = {"rtr01": RTR01, "rtr02": RTR02, "rtr03": RTR03, "rtr04": RTR04, "rtr05": RTR05}
