# Invented AP-style (1988 teletype/DataStream era) copy.  All people, places and figures are fictitious or used
# fictitiously.  "~" marks an optional syllable-hyphenation point used by the justified teletype wrapper.
# key: keyword slug; num: transmission number; pri/cat: priority and category codes; time: EST time filed.

AP01 = dict(date="03-08-88", stories=[
dict(t="story", head="Farm Credit System Seeks More Federal Aid", place="WASHINGTON",
     key="AM-Farm Credit", num="a0311", pri="r", cat="w", time="0914EST",
     by="WALTER BRISKIN", native=True, body="""
Officials of the troubled Farm Credit System asked Congress on Tuesday for as much as $1.2 billion in additional federal assis~tance, saying losses on bad farm loans had not slowed as quickly as they had hoped.

The request came barely two months after President Reagan signed a rescue law that authorized up to $4 billion in government-backed bonds to shore up the nationwide network of farmer-owned banks and lending associations.

"We are not asking for a bailout a second time," Harold Vossberg, chairman of the system's new assistance board, told the House Agriculture subcommittee on credit. "We are asking that the tools Congress gave us be made adequate to the job."

Vossberg said the system lost $1.9 billion in 1987, the third straight year of heavy losses, and that three of its 12 regional districts, in Jackson, Miss., Omaha, Neb., and Spokane, Wash., were in danger of exhausting their capital by the end of the year. He said the assistance board had already approved aid for the Jackson district and expected applications from the other two within weeks.

Several members of the subcommittee reacted coolly. Rep. Dale Kittredge, D-Okla., said farmers who had kept up their payments should not be asked to pay for the mistakes of lenders who made unsound loans during the land boom of the late 1970s.

The Agriculture Department's chief economist, Walter Pennock, testified that farm income rose to a record in 1987, largely because of government payments, and that land values had begun to stabilize in most of the Midwest.
"""),
dict(t="story", head="Tornadoes Rake Mississippi Delta; Four Dead", place="JACKSON, Miss.",
     key="AM-Severe Weather", num="a0318", pri="u", cat="a", time="0958EST", by="DONNA FAIRCLOTH", body="""
A line of thunderstorms spawned at least five tornadoes across the Mississippi Delta early Tuesday, killing four people, injuring dozens and flattening homes and barns in three counties, authorities said.

Two of the dead were found in the wreckage of a mobile home near Belzoni, where the Humphreys County sheriff's office said the storm struck shortly after 3 a.m. with almost no warning. Deputies said the couple, whose names were withheld until relatives could be notified, had lived in the trailer for about a year and apparently did not hear the sirens that sounded in town.

"It sounded like a freight train coming right through the bedroom," said Lottie Mae Sims, 62, who rode out the storm in a hallway with her two grandchildren. "When it was over, the roof was in the yard."

The governor declared a state of emergency in Humphreys, Holmes and Yazoo counties and sent National Guard units to help with the search through damaged buildings. Red Cross volunteers opened shelters in churches in Belzoni and Lexington, and utility crews worked through the day to restore power to about 11,000 customers whose lines were brought down by falling trees.

The National Weather Service said the same storm system was expected to bring heavy rain and possible flooding to northern Alabama and middle Tennessee later in the day.
"""),
dict(t="story", head="Jury Selection Begins in Savings and Loan Fraud Trial", place="DALLAS",
     key="AM-Thrift Trial", num="a0327", pri="r", cat="a", time="1031EST", by="CARLOS ESTRADA", body="""
Jury selection began Tuesday in the federal fraud trial of a former Dallas savings and loan chairman accused of looting his institution of more than $40 million through sham real estate deals.

Prosecutors say Wendell C. Haskins, 54, former chairman of Lone Star Federal Savings, used a network of straw borrowers to funnel loan proceeds to partnerships he secretly controlled between 1983 and 1986. The indictment says the partnerships used the money to buy land and office buildings in Dallas and Austin at inflated prices, and that much of it was later diverted to Haskins' personal accounts in Houston and the Cayman Islands.

Haskins has pleaded innocent to 31 counts of bank fraud, conspiracy and filing false statements with federal regulators. His lawyer, Tom Colquitt, has said his client relied on the advice of appraisers and accountants and did not know the loans were improper.

The trial is expected to last at least eight weeks. U.S. District Judge Margaret Ellison told the pool of 120 prospective jurors that the case would involve "a great many documents and a great many numbers."

Lone Star Federal was declared insolvent and taken over by the Federal Savings and Loan Insurance Corp. in March 1987, at an estimated cost to the insurance fund of $310 million. Federal regulators have said at least 20 other Texas thrifts are insolvent but remain open because the insurance fund lacks the money to close them.
"""),
dict(t="brief", head="Amtrak Train Derails Near Fresno; No Injuries", place="FRESNO, Calif.",
     key="AM-Train Derailment", num="a0335", pri="r", cat="a", time="1102EST", body="""
Five cars of an Amtrak passenger train bound for Oakland derailed at low speed in a rail yard south of Fresno early Tuesday, but none of the 87 passengers or crew members was hurt, an Amtrak spokeswoman said. The cause was under investi~gation, and passengers continued their trip by bus.
"""),
dict(t="story", head="Governors Urge Congress to Restore Highway Funds", place="WASHINGTON",
     key="AM-Governors-Highways", num="a0342", pri="r", cat="w", time="1136EST",
     by="PHILIP MARCHETTI", native=True, body="""
The nation's governors, winding up their winter meeting, urged Congress on Tuesday to release $2.6 billion in highway trust fund money that has been withheld to make the federal deficit look smaller.

In a resolution adopted by voice vote, the National Governors' Association said the money had been collected from motorists through the federal gasoline tax and should be spent on the roads and bridges it was intended for.

"Every state in this room has a list of bridges that are falling down," said Gov. Warren Tolliver of Missouri, the association's vice chairman. "The money is sitting in Washington doing nothing but making the budget numbers look better."

Deputy Transpor~tation Secretary Ellen Markham told the governors the adminis~tration opposed releasing the money this year, saying it would add to the deficit at a time when the president and Congress were trying to meet the targets of the Gramm-Rudman balanced budget law.

The governors also called for a study of ways to finance the interstate highway system after the last segments are completed in the early 1990s, including the possibility of tolls on some routes. Several governors from Western states said they opposed tolls, arguing that motorists in sparsely populated areas already paid more than their share of the gasoline tax.

The three-day meeting closed with a luncheon at the White House, where the president thanked the governors for their support of his welfare reform proposals.
"""),
])

AP02 = dict(date="04-19-88", stories=[
dict(t="story", head="Soviet Dissident Arrives in Vienna After 11 Years in Camps", place="VIENNA, Austria",
     key="AM-Soviet-Dissident", num="a0209", pri="r", cat="i", time="0712EST",
     by="KAREN LINDQVIST", native=True, body="""
Soviet dissident Yuri Kalinovets, who spent 11 years in labor camps and internal exile for his human rights work, arrived in Vienna on Tuesday with his wife and teen-age daughter and said he hoped eventually to return home.

"I did not want to leave. I was told I could leave or I could wait for another sentence," Kalinovets, 51, told reporters at Schwechat Airport after the flight from Moscow. "Perhaps one day I will be able to go back."

Kalinovets, a physicist, was a founding member of a group in Kharkov that monitored Soviet compliance with the human rights provisions of the 1975 Helsinki accords. He was arrested in 1977 and convicted of anti-Soviet agitation and propaganda.

Western diplomats said his release was part of a pattern under Soviet leader Mikhail Gorbachev in which prominent political prisoners have been freed, often on condition that they emigrate. Others have been allowed to remain in the country, although several have said they are still watched by the police and unable to find work in their professions.

Kalinovets said he would spend several weeks in Vienna before deciding whether to settle in the United States or in Israel, where he has relatives. He said his first wish was to see a doctor about a heart ailment that had gone untreated for most of his time in the camps.
"""),
dict(t="story", head="Panama Strike Shuts Banks for Third Day", place="PANAMA CITY, Panama",
     key="AM-Panama", num="a0221", pri="u", cat="i", time="0805EST", by="HECTOR VALDIVIA", body="""
A general strike called by opponents of military strongman Gen. Manuel Antonio Noriega kept banks, stores and most businesses closed for a third straight day Tuesday, and the govern~ment warned that striking public employees would be fired.

Streets in the capital's business district were nearly empty, although buses and taxis were running and some supermarkets in working-class neighbor~hoods opened for a few hours in the morning.

The National Civic Crusade, a coalition of business, professional and civic groups, said the strike would continue until Noriega resigned as commander of the Panama Defense Forces.

The government of President Manuel Solis Palma, installed by the military-dominated legislature after the ouster of President Eric Arturo Delvalle in February, has accused the strike organizers of acting on behalf of foreign interests.

Panama's economy has been severely squeezed since Washington froze Panamanian government funds in U.S. banks and halted payments under the canal treaties. The country has had no functioning currency of its own since it uses the U.S. dollar. Government employees have not been paid in full since early March, and many pensioners have lined up for hours outside the few bank branches that have opened to pay out limited amounts of cash.

Riot police fired tear gas to disperse about 300 demonstrators who tried to march toward the legislature on Monday night. Hospital officials said 14 people were treated for minor injuries.
"""),
dict(t="story", head="School Board Votes to Close Four Rural Schools", place="DES MOINES, Iowa",
     key="AM-Rural Schools", num="a0230", pri="r", cat="a", time="0851EST", by="GARY HOLTZCLAW", body="""
A consoli~dated school board in southern Iowa has voted to close four rural elementary schools at the end of the school year, saying falling enrollment and state aid cuts left it no choice.

The 5-2 vote by the Mid-Prairie Community School District board late Monday followed a three-hour public hearing at which parents pleaded to keep the schools open.

"These schools are the last thing holding these towns together," said Carol Stutzfeld, whose two children attend the school in the town of Kalona Center. "When the school goes, the families go."

District Superintendent Dean Hartwig said enrollment had fallen by nearly 30 percent since 1980 as the farm crisis drove families off the land, and that the four schools together served only 112 pupils. He said the board had considered sharing teachers and buildings with a neighboring district, but that the savings would have been too small to make up for the loss of state aid.

About 80 of those children will be bused to a central school in Wellman beginning in the fall. The district estimates the closures will save about $340,000 a year.
"""),
dict(t="story", head="Dollar Falls Against Yen in Nervous Trading", place="NEW YORK",
     key="AM-Dollar-Gold", num="a0244", pri="r", cat="f", time="0937EST", body="""
The dollar fell against the Japanese yen and most other major currencies in nervous trading Tuesday as dealers awaited the government's report on the February U.S. trade deficit, due later in the week.

In Tokyo, where trading ends before New York opens, the dollar closed at 124.85 yen, down from 125.60 on Monday. Later in London, it was quoted at 124.60 yen.

Dealers said many traders had sold dollars in anticipation of a disappointing trade figure, and that central banks had not been seen in the market to support the U.S. currency. The British pound rose to $1.8785 from $1.8710 late Monday, and the dollar also fell against the West German mark, the Swiss franc and the French franc in European trading.

Gold prices rose in London to a late bid of $452.25 an ounce, up from $449.50 late Monday. In New York, gold opened at $452.70.
"""),
dict(t="brief", head="Moderate Quake Jolts Southern California", place="PASADENA, Calif.",
     key="AM-Quake", num="a0251", pri="r", cat="a", time="1003EST", body="""
A moderate earthquake measuring 4.6 on the Richter scale shook a wide area of Southern California early Tuesday, rattling windows and waking residents from Santa Barbara to San Diego, but there were no immediate reports of damage or injuries, a seismologist at the California Institute of Technology said.
"""),
dict(t="story", head="Shuttle Crew Completes Final Launch Rehearsal", place="CAPE CANAVERAL, Fla.",
     key="AM-Shuttle", num="a0263", pri="r", cat="a", time="1048EST", by="SUSAN M. PRIDDY", body="""
The five astronauts who will fly the first space shuttle mission since the Challenger explosion completed a dress rehearsal for launch Tuesday, strapping into the cockpit of Discovery and practicing an emergency escape from the launch pad.

The countdown test went smoothly, said NASA spokesman Curtis Dowell. "It was about as clean as we could have hoped for," he said.

Officials still have not set a firm launch date, but have said they are aiming for late summer. Engineers are completing tests on the rede~signed solid-fuel booster rockets, whose faulty joint seals were blamed for the Challenger accident in January 1986. A full-scale test firing of one of the new boosters is scheduled for next month at a test range in Utah, and NASA officials have said the launch date will depend on the results.

Mission commander Paul R. Whitaker said the crew was ready. "We have been training for this flight for more than two years," he said. "Everybody wants to get going."
"""),
])

AP03 = dict(date="06-21-88", stories=[
dict(t="story", head="Wheat Futures Climb on Drought Fears", place="CHICAGO",
     key="AM-Grain Markets", num="a0402", pri="r", cat="f", time="1412EST", by="ARNOLD T. BECKER", body="""
Wheat and corn futures rose sharply on the Chicago Board of Trade on Tuesday as forecasts of more hot, dry weather across the northern Plains and the Corn Belt renewed fears of crop losses.

July wheat settled 9 cents higher at $3.48 3/4 a bushel, while July corn gained the daily limit of 10 cents to $2.94 1/2 and soybeans for July delivery climbed 27 cents to $9.71.

"The market is trading the weather map, and the weather map does not show any rain," said Lyle Brandvold, a grain analyst in Chicago. "Until that changes, nobody wants to be short."

The Agriculture Department said in its weekly crop report that 48 percent of the spring wheat crop in North Dakota was in poor or very poor condition, compared with 9 percent a year earlier. Weather service forecasters said little relief was in sight, with temperatures expected to reach the upper 90s across much of Iowa, Illinois and Minnesota through the weekend and no significant rain forecast for at least 10 days.
"""),
dict(t="table", head="Key Currency Rates", place="NEW YORK",
     key="AM-Currency Rates", num="a0405", pri="r", cat="f", time="1425EST", body="""
Foreign exchange rates in late New York trading Tuesday, in U.S. dollars per unit of foreign currency, compared with late Monday:
British pound        1.7315     1.7405
Canadian dollar       .8168      .8152
French franc          .1669      .1677
Japanese yen         .007722    .007748
Swiss franc           .6774      .6810
West German mark      .5622      .5649
"""),
dict(t="story", head="Mayor Unveils Plan to Rebuild Harbor Piers", place="BALTIMORE",
     key="AM-Baltimore Piers", num="a0411", pri="r", cat="a", time="1447EST", by="ALAN J. MCCREADY",
     native=True, body="""
Mayor Curtis L. Brandt on Tuesday unveiled a $95 million plan to rebuild three decaying piers east of the Inner Harbor and turn them into a mix of housing, offices and public walkways.

The plan calls for the city to spend about $22 million on new bulkheads, utilities and a waterfront promenade, with the rest of the money coming from private developers who would lease the land for 99 years.

"This is the next chapter of the harbor story," Brandt told reporters at a news conference on one of the piers, where rotting timbers could be seen through gaps in the deck. "We want the waterfront to belong to the whole city, not just to tourists."

Some residents of the nearby Fells Point neighborhood have opposed high-rise buildings on the piers, saying they would block views of the water and bring more traffic to narrow streets. A neighborhood association has collected more than 2,000 signatures on petitions asking the city to keep at least one of the piers as a public park.

City officials said the tallest building in the plan would be limited to eight stories and that at least 15 percent of the new apartments would be set aside for moderate-income families.

The City Council is expected to hold hearings on the proposal in September.
"""),
dict(t="story", head="Appeals Court Upholds State Limits on Billboards", place="SAN FRANCISCO",
     key="AM-Billboards", num="a0419", pri="r", cat="a", time="1510EST", by="NORMAN OKADA", body="""
A federal appeals court on Tuesday upheld California's power to limit billboards along scenic highways, rejecting an adver~tising company's claim that the restrictions violated its free-speech rights.

A three-judge panel of the 9th U.S. Circuit Court of Appeals ruled 3-0 that the state's interest in traffic safety and the appearance of its roadsides justified the law, which bars new billboards within 660 feet of designated scenic routes.

The panel said the law regulated only commercial speech and left advertisers "ample alternative channels" to reach the public. It also rejected the company's argument that the state had applied the law unevenly by allowing some older signs to remain along the same stretches of highway.

Pacific Outdoor Media Inc. of Sacramento, which challenged the law after the state ordered it to remove 14 signs along Highway 1 and Interstate 280, said it would consider asking the Supreme Court to hear the case.
"""),
dict(t="brief", head="Ohio River Crests Below Flood Stage", place="CINCINNATI",
     key="AM-River Levels", num="a0423", pri="d", cat="a", time="1532EST", body="""
The Ohio River crested at 48.6 feet at Cincinnati on Tuesday, more than three feet below flood stage, after heavy weekend rains in West Virginia and eastern Kentucky, the National Weather Service said. Forecasters said the river would fall slowly through the rest of the week.
"""),
dict(t="story", head="Drought Brings Early Cattle Sales at Plains Auctions", place="DODGE CITY, Kan.",
     key="AM-Drought-Cattle", num="a0430", pri="r", cat="a", time="1559EST", by="RUTH ANN DEHAVEN", body="""
Ranchers across the western Plains are selling cattle weeks or months earlier than usual as the drought burns up pastures and drives up the price of hay, livestock auction operators said Tuesday.

At the Dodge City sale barn, more than 6,400 head changed hands on Monday, nearly three times the usual number for a June sale, said manager Harold Eubank.

"Most of these people did not plan to sell until fall," Eubank said. "But there is no grass, and hay has gone from $45 a ton to $90 in six weeks. They cannot afford to feed them."

Prices for feeder cattle have dropped as much as $8 per hundred pounds since May because of the flood of animals coming to market, according to the Kansas Livestock Associ~ation. Economists at Kansas State University said the early sales could lead to higher beef prices next year, since fewer calves will be kept back to rebuild herds.

The agriculture secretary said last week he would open some land enrolled in the federal Conser~vation Reserve Program to emer~gency haying and grazing in the hardest-hit counties, but ranchers said the measure would help only a few.
"""),
])

DUMPS = {"ap01": AP01, "ap02": AP02, "ap03": AP03}
