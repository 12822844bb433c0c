"""Wire dumps of final15 (all text invented; dated Saturday 5 December 2026). Markup: see markup.py."""
from markup import parse

_D = "#D published_date=2026-12-05\n#D kind=wire\n"


def wire_cee_terminal_wrapped():
    """Terminal 'saved items' export, hard-wrapped at 72 columns, capitals headlines, blank lines between
    paragraphs and stories separated only by blank lines: SeeNews x2, bne IntelliNews, Mediafax."""
    return parse(_D + """SEENEWS / BNE / MEDIAFAX  --  SAVED ITEMS  --  DESK: CEE-MARKETS
EXPORTED 05-DEC-2026 09:42 CET  --  PLAIN TEXT, 72 COLUMNS

#D wrap=72
#D source=SeeNews
#D source_aliases=["SeeNews", "SEENEWS"]
#T ROMANIA'S TRANSILVA GRID WINS 48.6 MLN EURO SUBSTATION DEAL
#M dateline=BUCHAREST (Romania), December 5

#W BUCHAREST (Romania), December 5 (SeeNews) - Romanian power equipment maker Transilva Grid said on Saturday it has won a 48.6 million euro ($56.9 million) contract to rebuild four high-voltage substations in the north-east of the country.

#W The contract, awarded by grid operator Retea Nord-Est, covers the design, supply and commissioning of the substations in Suceava, Botosani, Pascani and Vaslui, Transilva Grid said in a filing with the Bucharest Stock Exchange.

#W Works are due to start in March 2027 and to be completed within 30 months, the company added, without giving details on the financing of the project.

#W Transilva Grid, which is controlled by businessman Horia Petrescu, posted a net profit of 11.3 million lei in the first nine months of 2026, up 17% on the year.

#W (1 euro = 4.9771 lei)


#T BULGARIA'S VARNA PORT TO SELL 15% OF CONTAINER UNIT
#M dateline=SOFIA (Bulgaria), December 5

#W SOFIA (Bulgaria), December 5 (SeeNews) - Bulgaria's state-owned Port of Varna Holding plans to sell a 15% stake in its container terminal subsidiary through a public offering on the Bulgarian Stock Exchange in the first half of 2027, the transport ministry said.

#W The offering will include 1.2 million new shares and will be open to retail and institutional investors, the ministry said in a statement on Saturday, quoting deputy minister Stela Draganova.

#W "The proceeds will go into new cranes and the deepening of the berths at Varna West, which the terminal needs to keep up with the traffic," Draganova said.

#W The container terminal handled 141,800 TEU in January-October, up 6.4% year-on-year, according to data of the port authority.


#D source=bne IntelliNews
#D source_aliases=["bne IntelliNews", "bne", "IntelliNews"]
#T CROATIA'S ADRIATIC SOLAR RAISES EUR 60MN IN GREEN BOND DEBUT
Daria Novak in Zagreb
#M byline=Daria Novak

#W Croatian renewables developer Adriatic Solar has raised €60mn in its first green bond, the company said on December 5, in one of the largest corporate issues on the Zagreb bourse this year.

#W The five-year notes carry a coupon of 4.25% and were more than twice oversubscribed, with pension funds taking close to half of the issue, Adriatic Solar's chief financial officer Marin Vuković told bne IntelliNews.

#W The money will be used to finance three solar parks with a combined capacity of 210MW in the Zadar and Šibenik hinterland, which the company expects to connect to the grid by the end of 2028.

#W Croatia aims to more than triple its installed solar capacity by 2030 under its updated energy and climate plan, although developers have complained about slow permitting and limited grid capacity along the coast.


#D source=Mediafax
#D source_aliases=["Mediafax", "MEDIAFAX"]
#T CLUJ AIRPORT TO OPEN NEW CARGO TERMINAL IN 2027, MANAGEMENT SAYS
#M dateline=Cluj-Napoca, December 5

#W Cluj-Napoca, December 5 /MEDIAFAX/ - Cluj International Airport will open a new cargo terminal with an annual capacity of 40,000 tonnes in the autumn of 2027, the airport's general manager, Sorin Vlădescu, said on Saturday.

#W The 27 million lei terminal will include cold storage for pharmaceuticals and perishable goods and a dedicated customs area, Vlădescu told a press conference.

#W The airport handled 3.4 million passengers and 9,200 tonnes of cargo in the first eleven months of the year, according to its own figures.

END OF EXPORT  --  4 ITEMS
""")


def wire_london_weekend_digest():
    """E-mail digest of weekend markets copy: one paragraph a line, blank lines between paragraphs, a dashed rule
    between items; Alliance News x2 (sign-off with reporter and copyright), Sharecast News, MNI."""
    return parse(_D + """From: Markets Desk Digest <digest@newsroom.example>
To: business-desk@newsroom.example
Subject: Weekend markets copy - Sat 5 Dec 2026
Date: Sat, 05 Dec 2026 09:05:11 +0000

Good morning, below the overnight and weekend items from the markets wires. Monday's diary follows at 17:00.

------------------------------------------------------------

#D source=Alliance News
#D source_aliases=["Alliance News", "Alliance News Ltd"]
#T IN BRIEF: Harrowgate Brewing agrees sale of Leeds bottling site
#M byline=Tamsin Okoro
#P (Alliance News) - Harrowgate Brewing PLC - Yorkshire-based brewer and pub operator - Agrees to sell its former bottling site in Leeds to a residential developer for GBP 14.2 million in cash. Says proceeds will be used to reduce net debt, which stood at GBP 61.8 million at the end of September.

#P Chief Executive Officer Gareth Linley says: "Moving bottling to Selby last year left us with a site we no longer need, and this sale lets us pay down debt ahead of our refinancing in 2027."

#P Current stock price: 212.50 pence

#P 12-month change: up 8.4%

By Tamsin Okoro, Alliance News reporter

Comments and questions to newsroom@alliancenews.com

Copyright 2026 Alliance News Ltd. All Rights Reserved.

------------------------------------------------------------

#T UK WEEK AHEAD: Kestrel Foods results and housing data in focus
#M byline=Adil Mahmood
#P (Alliance News) - Results from food producer Kestrel Foods and a fresh reading on house prices are among the highlights of the coming week for UK investors, with trading expected to be thin ahead of the holiday season.

#P Kestrel Foods reports its half-year figures on Tuesday. Analysts expect pretax profit of around GBP 38 million, against GBP 35.6 million a year before, as price increases offset higher packaging costs.

#P On Thursday, a survey of surveyors is expected to show house price growth slowing for a third month, as mortgage rates stay above 4.5%.

By Adil Mahmood, Alliance News senior markets reporter

Comments and questions to newsroom@alliancenews.com

Copyright 2026 Alliance News Ltd. All Rights Reserved.

------------------------------------------------------------

#D source=Sharecast News
#D source_aliases=["Sharecast News", "Sharecast", "Sharecast.com"]
#T Saturday newspaper round-up: Water bills, regional airports, Pennine Rail
Sharecast News | 05 Dec, 2026 | 07:58
#M byline=Frances Oduya
#P Households in the north-west face water bill increases of up to 9% from April after the regulator approved a revised investment plan for the region's ageing sewers, according to the Times.

#P Three regional airports are in talks over a joint bid for a long-term contract to run border checks on their behalf, the Telegraph reported, as they try to cut queues at peak times.

#P Pennine Rail, the freight operator, is preparing a sale of its maintenance depots in Doncaster and Wakefield that could raise about GBP 90 million, the Financial Times said. The company declined to comment.

#P In the Guardian, consumer groups warned that a new broadband price cap due next year would do little for customers already on older contracts.

Reporting by Frances Oduya for Sharecast.com

------------------------------------------------------------

#D source=MNI
#D source_aliases=["MNI", "MNI Market News", "Market News International"]
#T MNI BRIEF: NBP's Wierzbicki Sees Rate Pause Well Into Spring
By Piotr Zalewski
#M byline=Piotr Zalewski
#M dateline=WARSAW
#P WARSAW (MNI) - Polish interest rates should stay on hold at least until the March projection round, as core inflation has yet to show a convincing decline, National Bank of Poland Monetary Policy Council member Jan Wierzbicki told MNI on Saturday.

#P "I see no case for a cut before we have the new projection in hand. Wage growth is still close to 9% and services prices are sticky," Wierzbicki said in an interview.

#P The council left the reference rate at 4.75% on Wednesday for a fourth straight meeting.

------------------------------------------------------------
End of digest. Replies to this address are not read.
""")


def wire_commodities_feed():
    """Feed selection of commodity wires with a source/time tag over each headline: S&P Global Commodity
    Insights (Platts) with 'Highlights' and author/editor lines, Fastmarkets, ICIS x2 with '(ICIS)--' ledes,
    'Focus article by' credits and a thumbnail caption."""
    return parse(_D + """COMMODITIES FEED - SELECTION FOR ENERGY & MATERIALS DESK - 05/12/2026

[S&P Global Commodity Insights] 05-Dec-2026 07:12 GMT
#D source=S&P Global Commodity Insights
#D source_aliases=["S&P Global Commodity Insights", "Platts", "S&P Global"]
#T Baltic LNG import terminal delays start-up to February after jetty damage
Author: Kwame Asante
Editor: Lena Fischer
#M byline=Kwame Asante
#M dateline=London
Highlights
#P Jetty repairs to take at least eight weeks
#P First cargo now expected in mid-February
#P Winter supply covered by pipeline imports, operator says

#P London — The operator of the planned Kalnciems LNG import terminal in Latvia has pushed back the start of commercial operations to February 2027 after a storm damaged the terminal's jetty in late November, the company said Dec. 5.

#P Repairs to the mooring structure will take at least eight weeks, Kalnciems Energy said in a statement, adding that the floating storage and regasification unit itself was not affected.

#P The delay removes an expected 0.4 Bcm of send-out capacity from the region's winter balance, although market participants said pipeline flows from Lithuania and Finland were sufficient to cover demand.

#P Platts assessed the Northwest Europe LNG Marker at $10.84/MMBtu on Dec. 4, down 22 cents on the day.

[Fastmarkets] 05-Dec-2026 08:30 GMT
#D source=Fastmarkets
#D source_aliases=["Fastmarkets"]
#T Lithium hydroxide prices in China slip for third week on thin buying
By Mei Ling Ho
#M byline=Mei Ling Ho
#P Lithium hydroxide prices in China fell for a third consecutive week in the week to Friday December 4, with cathode makers holding off purchases ahead of their annual contract talks.

#P Fastmarkets' assessment of lithium hydroxide monohydrate 56.5% LiOH.H2O min, battery grade, spot price range exw China fell to 71,000-74,000 yuan per tonne on Friday from 72,500-75,500 yuan per tonne a week earlier.

#P "Everybody is waiting for January. Nobody wants to lock in volume now when the contract prices are about to be reset," a producer in Jiangxi said.

#P Export prices were steadier, with sellers citing firm demand from Korean cathode plants.

[ICIS] 05-Dec-2026 09:05 GMT
#D source=ICIS
#D source_aliases=["ICIS"]
#T Europe polyethylene buyers defer December orders as stocks run high
#M byline=Jonas Brandt
#M dateline=LONDON
#P LONDON (ICIS)--Buyers of polyethylene (PE) in Europe are deferring December orders as converters sit on high inventories built up in October, while producers have so far resisted calls for deeper discounts.

#P Low density PE (LDPE) net contracts for November settled at a decrease of €20/tonne, and several buyers said they were aiming for a further cut of the same size in December.

#P "We bought too much ahead of the strike that never came. Now we simply do not need material until January," one converter in Germany said.

#P Producers pointed to higher ethylene costs and planned maintenance at two crackers in the Benelux region in the first quarter.

Focus article by Jonas Brandt

#C Thumbnail shows plastic film rolls in a converter's warehouse. (Source: Shutterstock)

[ICIS] 05-Dec-2026 09:40 GMT
#T INSIGHT: Southeast Asia methanol imports set to climb as new MTO unit starts
#M byline=Siew Lan Tan
#M dateline=SINGAPORE
#P SINGAPORE (ICIS)--Methanol imports into southeast Asia are expected to rise sharply in 2027 as a new methanol-to-olefins (MTO) unit in Indonesia ramps up, market players said.

#P The 600,000 tonne/year unit at Cilegon, operated by PT Serang Olefindo, started trial runs in late November and is expected to run at 70% of capacity by March.

#P Traders said Indonesia could need an additional 40,000-50,000 tonnes of imported methanol a month once the unit is running steadily, mostly from the Middle East.

Focus article by Siew Lan Tan

Additional reporting by Arif Rahman
""")


def wire_islands_agencies_mail():
    """Agency copy pasted into one e-mail: one paragraph a line, no blank line inside a story, stories one
    blank line apart; Seychelles News Agency x2 (place/date/author line, CC-BY photo caption), Philippine
    Information Agency x2 ('By NAME', '(PIA) --' lede, initials sign-off), Pressenza (date - place - author)."""
    return parse(_D + """Subject: FW: agency copy for the Sunday regional pages
From: Regional Desk <regional@newsroom.example>
Date: Sat, 5 Dec 2026 12:47 +0800

Pasted below as received, five items. Photos in the shared folder.

#D source=Seychelles News Agency
#D source_aliases=["Seychelles News Agency", "SNA"]
#T Praslin jetty reopens after six-month upgrade
Victoria, Seychelles | December 5, 2026, Saturday @ 10:14| by Marie-Claire Hoareau
#M byline=Marie-Claire Hoareau
#C The upgraded Baie Ste Anne jetty on Praslin. (Seychelles News Agency) Photo License: CC-BY
#P The Baie Ste Anne jetty on Praslin, the main landing point for inter-island ferries, reopened on Saturday after a six-month upgrade that doubled the size of its passenger terminal.
#P The SCR 38 million project, financed by the government and a loan from a regional development fund, included a new covered waiting area, a ramp for wheelchair users and a separate berth for cargo boats.
#P Speaking at the reopening, the Minister for Transport, Alain Bristol, said the jetty now handles up to 2,400 passengers a day.
#P "The people of Praslin and La Digue waited a long time for this. Visitors should not have to queue in the sun for a boat," Bristol said.
#P Ferry operators said the timetable between Mahé and Praslin will return to its full winter schedule from Monday.

#T Seychelles fisheries authority extends sea cucumber closed season
Victoria, Seychelles | December 5, 2026, Saturday @ 13:02| by Daniel Esparon
#M byline=Daniel Esparon
#P The Seychelles Fishing Authority has extended the closed season for sea cucumber harvesting by two months to allow stocks on the Mahé plateau to recover, the authority said in a communiqué on Saturday.
#P The season, which normally reopens in early January, will now remain closed until the end of February 2027.
#P A survey carried out in October found densities of the two main commercial species below the level set in the management plan, the authority's chief executive, Nadia Mondon, said.
#P The 25 licensed harvesters will receive a compensation payment for the two extra months, she added.

#D source=Philippine Information Agency
#D source_aliases=["Philippine Information Agency", "PIA"]
#T Palawan farmers get solar irrigation pumps under DA program
By Rhea Mae Santos
#M byline=Rhea Mae Santos
#M dateline=PUERTO PRINCESA CITY, Palawan, Dec. 5
#P PUERTO PRINCESA CITY, Palawan, Dec. 5 (PIA) -- Some 120 rice farmers in three towns of southern Palawan received solar-powered irrigation pumps from the Department of Agriculture (DA) on Saturday.
#P DA regional technical director Engr. Jocelyn Ibarra said the 24 pump sets, worth PHP 18.5 million, will irrigate about 310 hectares of rice land in the towns of Brooke's Point, Bataraza and Rizal.
#P "With these pumps, our farmers no longer have to wait for the rain to plant their second crop," Ibarra said during the turnover ceremony.
#P Each set will be managed by an irrigators' association, which will shoulder minor repairs under an agreement with the DA.
(RMS/PIA-MIMAROPA Palawan)

#T Leyte town opens first evacuation center built to typhoon-resilient design
By Jose Antonio Cabrera
#M byline=Jose Antonio Cabrera
#M dateline=TANAUAN, Leyte
#P TANAUAN, Leyte (PIA) -- The municipal government of Tanauan on Saturday opened its first evacuation center built to withstand winds of up to 300 kilometers per hour.
#P The two-storey building can house 800 people and has its own water tank, solar panels and a kitchen, Mayor Lucia Pelagio said.
#P The center was funded by the national government through the Department of Public Works and Highways at a cost of PHP 62 million.
#P Pelagio said the building will serve as a day care center and a venue for community events when there is no emergency.
(JAC/PIA-8 Leyte)

#D source=Pressenza
#D source_aliases=["Pressenza", "Pressenza International Press Agency"]
#T Nairobi youth collective turns vacant lots into community gardens
05.12.26 - Nairobi, Kenya - Wanjiru Kamau
#M byline=Wanjiru Kamau
#P A collective of young people in Nairobi's eastern neighbourhoods has turned eleven vacant lots into community gardens over the past two years, growing vegetables for more than 300 households.
#C Members of the collective at a garden in Kayole. (Image by Wanjiru Kamau)
#P The group, which calls itself Mashamba Mtaani, negotiates with landowners to use empty plots until construction starts, and moves its beds when a site is needed again.
#P "People said we were wasting our time on land that was not ours. Now the same people come to buy sukuma wiki from us," said coordinator Brian Otieno, 24.
#P The collective plans to open a seed bank in January with support from a local church.
This article is published under a Creative Commons licence and may be reproduced with attribution.

-- 
Regional Desk, ext. 4417
""")
