# Invented UPI-style (mid-1980s teleprinter / DataNews era) copy.  All people and figures are fictitious or
# used fictitiously.  "~" marks an optional syllable-hyphenation point.
# slug: BC- keyword slug; pc: priority+category codes; signoff: time and desk zone of the sign-off line.

UPI01 = dict(date="03-14-87", stories=[
dict(t="story", head="Drought Deepens Across Kansas Wheat Belt", place="TOPEKA, Kan.",
     slug="BC-KANSAS-DROUGHT", pc="r a", signoff="09:41 CES", by="DAVID HOLLISTER", native=True, body="""
The driest winter in nearly 30 years has left much of the Kansas wheat crop in poor condition, and state officials warned Friday that yields could fall by a third unless soaking rains arrive within the next three weeks.

The Kansas Crop and Livestock Reporting Service said 41 percent of the winter wheat in the state was rated poor or very poor, compared with 12 percent a year ago. Topsoil moisture was short or very short on nearly two-thirds of the state's cropland.

"The plants came out of dormancy with nothing to drink," said Orval Weinbrenner, who farms 2,200 acres near Great Bend. "You can walk across some of these fields and kick up dust like it was August." Weinbrenner said he had sprayed herbicide on two fields last week and was not sure whether he should have bothered, since the weeds seemed to be surviving the drought better than the wheat.

The governor said he would ask the U.S. Agriculture Department to desig~nate 38 western and central counties as drought disaster areas, which would make farmers eligible for low-interest emergency loans.

Kansas normally produces about a fifth of the nation's winter wheat. Last year's crop totaled 386 million bushels, second only to the 1985 harvest. Economists at Kansas State University estimated that a one-third cut in yields would cost the state's farm economy more than $400 million in lost sales, with much of the loss falling on elevators, implement dealers and small-town banks.

Grain elevator operators in Dodge City and Garden City said farmers were already asking whether it made sense to plow under some fields and plant milo or sunflowers instead.
"""),
dict(t="story", head="Senate Panel Approves Clean Water Bill", place="WASHINGTON",
     slug="BC-CLEAN-WATER", pc="r w", signoff="10:15 AES", by="GRANT WEXLER", body="""
The Senate Environment and Public Works Committee Friday approved a five-year, $18 billion bill to help cities build sewage treatment plants and to clean up polluted runoff from farms and city streets.

The committee vote was 14-1, with only Sen. Lyle Brickner, R-Idaho, opposed. Supporters said they expected the full Senate to take up the measure before the Easter recess. The House passed its own version of the bill in January by a vote of 406-8.

The bill is nearly identical to one that the president pocket-vetoed last November, saying it was too expensive. Committee Chairman Arne Haugland, D-N.D., said he believed there were enough votes in both houses to override another veto.

"The nation's waters are cleaner than they were 15 years ago, but the job is not finished," Haugland said. "This bill finishes it."

The measure would gradually replace federal construction grants for sewage plants with a revolving loan fund run by the states, a change the adminis~tration had sought. States would have to repay the loans over 20 years, and the money would then be lent again for new projects.
"""),
dict(t="story", head="Fire Destroys Historic Hotel in Galveston", place="GALVESTON, Texas",
     slug="BC-GALVESTON-FIRE", pc="u a", signoff="11:02 CES", by="LINDA CRAWSHAW", body="""
A fire early Friday gutted the Bayview Hotel, a four-story brick landmark that survived the great hurricane of 1900, and forced about 40 residents of a neighboring apartment building to flee into the street in their night clothes.

Fire Marshal Ed Villarreal said the blaze appar~ently started in an empty ground-floor restaurant and spread quickly through the building's wooden interior. The hotel had been closed for renovation since December, and no one was inside.

Two firefighters were treated for smoke inhalation and released. Firefighters from three neighboring cities helped contain the fire, which sent flames 50 feet into the air and could be seen from the mainland. Investigators from the state fire marshal's office were expected to arrive later in the day, and Villarreal said it was too early to rule out arson, since the building had been broken into twice in recent weeks.

"It is a tremendous loss. That building was part of the face of this city," said Mayor Joan Pettibone, who watched from across the street as the roof collapsed shortly after 4 a.m.
"""),
dict(t="brief", head="Chicago Transit Fares to Rise", place="CHICAGO",
     slug="BC-CHICAGO-FARES", pc="r a", signoff="11:20 CES", body="""
The Chicago Transit Authority board voted Friday to raise the basic bus and rail fare by 10 cents to $1, effective April 1, to help close a $34 million budget gap. Reduced fares for the elderly and disabled will rise by 5 cents to 50 cents.
"""),
dict(t="story", head="Auto Workers Ratify Contract at Toledo Jeep Plant", place="TOLEDO, Ohio",
     slug="BC-JEEP-CONTRACT", pc="r f", signoff="12:48 AES", by="JOHN KOWALCZYK", body="""
Members of United Auto Workers Local 12 Friday ratified a new three-year contract with American Motors Corp. that union leaders said would keep production of the Jeep Cherokee in Toledo at least through 1990.

The union said 71 percent of the members who voted supported the agreement. About 5,400 hourly workers are employed at the sprawling Jeep complex on the city's north side.

The contract gives workers lump-sum bonuses instead of increases in base pay for the first two years, and a 3 percent raise in the third. In return, the company agreed to invest $120 million in new paint and assembly equipment at the plant.

AMC spokesman Lloyd Nordhoff said the agreement was "a vote of confidence in the future of Jeep in Toledo." The company had warned last year that it might move some production to Canada if labor costs were not cut. The plant, parts of which date to before World War II, is the city's largest private employer, and local officials had lobbied both the company and the union to reach an agreement.

Local 12 President Bill Szymanski said the vote was closer than he had expected. "A lot of our people are tired of giving," he said. "But they know what happens to towns that lose their plants."
"""),
])

UPI02 = dict(date="11-06-86", stories=[
dict(t="story", head="Philippine Rebels Agree to Cease-Fire Talks", place="MANILA, Philippines",
     slug="BC-PHILIPPINES-REBELS", pc="u i", signoff="06:12 AES", by="ROMEO BAUTISTA", native=True, body="""
Communist rebel leaders agreed Thursday to open formal talks with the government on a nationwide cease-fire, raising hopes for an end to the 17-year insur~gency that has claimed thousands of lives.

The agreement was announced after a four-hour meeting between government negotiators and repre~sentatives of the National Democratic Front, the political arm of the New People's Army, at a Roman Catholic seminary in suburban Quezon City. Church leaders who had served as intermediaries said the two sides had also agreed to exchange lists of prisoners and to set up a joint committee to investigate reported violations of the truce once it takes effect.

"This is the first step on a long road, but it is a step," said Ernesto Lualhati, the cabinet minister who heads the government panel. He said the first round of talks could begin within two weeks.

Rebel negotiator Antonio Zumel Cruz told reporters the front would insist that any truce be accom~panied by discussions on land reform and the withdrawal of military units from contested areas of the countryside.

The president has staked much of her political standing on a negotiated settlement, but senior military officers have criticized the talks as giving the rebels time to regroup. Several coup rumors swept Manila last month, and diplomats said the army's acceptance of any agreement would be crucial to its success.

The New People's Army is estimated to have about 23,000 guerrillas operating in 63 of the country's 73 provinces.
"""),
dict(t="story", head="Texas Oil Towns Brace for More Layoffs", place="MIDLAND, Texas",
     slug="BC-OIL-LAYOFFS", pc="r f", signoff="08:30 CES", by="KATHY LOWDERMILK", body="""
With oil prices stuck below $15 a barrel, businesses in the West Texas oil patch are bracing for another winter of layoffs, bankruptcies and foreclosures, civic leaders said Thursday.

The Midland Chamber of Commerce said unemployment in the county had reached 11.2 percent in October, nearly double the level of a year earlier, and that more than 600 homes were listed for sale by lenders who had foreclosed on them.

"We have been through busts before, but nobody here has seen one this deep or this fast," said chamber president Ron Whitlock. "People who had three rigs working last year are driving trucks to pay the mortgage."

The number of drilling rigs operating in the Permian Basin has fallen to 94 from more than 300 at the start of the year, according to industry counts. Service companies that supply drilling crews, pipe and equipment have been hit even harder, and many have sold their rigs at auction for a fraction of what they paid for them in the boom years of the early 1980s.

Two Midland banks have been declared insolvent since June, and state banking officials said several others were on a list of insti~tutions under close super~vision. Deposits at Midland banks have fallen by about a fifth since the start of the year, as residents who lost their jobs moved away in search of work in Dallas, Houston and out of state.

Some local officials said the only bright spot was a modest rise in tourism and retirement settlers attracted by low housing prices, but they conceded it would not replace the lost payrolls.
"""),
dict(t="story", head="Supreme Court Hears Church Zoning Case", place="WASHINGTON",
     slug="BC-SCOTUS-CHURCH", pc="r w", signoff="10:44 AES", by="JIM HALVERSEN", body="""
The Supreme Court heard arguments Thursday in a dispute over whether a Michigan township violated a congregation's religious freedom by refusing to let it build a church in a residential neighborhood.

Lawyers for the Faith Tabernacle congregation argued that the township's zoning board had treated churches more harshly than schools, clubs and other places where people gather, and that the distinction amounted to discrim~ination against religion.

The township's attorney, Carl Oosterbaan, told the justices the decision was based on traffic and parking, not on religion. "A church that draws 600 cars on a Sunday morning is a traffic generator, whatever happens inside," he said.

Several justices appeared skeptical of both sides. One asked whether a township could ever exclude churches entirely from residential areas, while another questioned whether the courts should second-guess local land use decisions at all.

A decision is expected by next summer. Lawyers for a coalition of religious groups that filed a brief supporting the congregation said a ruling in its favor would affect zoning disputes involving hundreds of churches, synagogues and mosques across the country.
"""),
dict(t="story", head="Late Frost Threatens Florida Citrus", place="ORLANDO, Fla.",
     slug="BC-CITRUS-FREEZE", pc="u a", signoff="11:55 AES", by="MARY ELLEN CORCORAN", body="""
Growers lit smudge pots and ran irrigation sprinklers through the night to protect their groves as temperatures dropped into the upper 20s across central Florida early Thursday.

Agri~cultural officials said the cold snap was not expected to cause widespread damage to the fruit itself, but that young trees planted since the devastating freezes of 1983 and 1985 could be hurt. The trees, most of them less than three years old, have not developed the thick bark and large canopy that protect older trees from cold, and growers have invested heavily in replanting since the last freeze.

"The old trees can take a few hours at 27 degrees. The young ones cannot," said Bobby McCutcheon of the Lake County Growers Association, a growers' cooperative.

Orange juice futures rose 4 cents a pound in early trading on the New York Cotton Exchange on news of the freeze.
"""),
dict(t="brief", head="Boston Marathon Field Limited to 6,000 Runners", place="BOSTON",
     slug="BC-MARATHON-FIELD", pc="r s", signoff="12:30 AES", body="""
The Boston Athletic Association said Thursday it will limit next year's Boston Marathon to 6,000 official entrants, tightening qualifying times in most age groups after this year's race drew a record field that organizers said strained the narrow course through Hopkinton and Ashland.
"""),
])

DUMPS = {"upi01": UPI01, "upi02": UPI02}
