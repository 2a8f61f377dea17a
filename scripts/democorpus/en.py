"""English templates for the synthetic demo corpus (fictional outlets, people and places).

Also holds the names shared by every language: migrants' names and home cities are the same
everywhere, local names, towns, parties and NGOs are per language. Slots are documented in
make-demo-corpus.py (class Slots). A testimony template that starts with "~" is relayed.
"""

LANG = "en"
THOUSANDS = ","

MIGRANT_FIRST = {
    "sy": {"m": ["Omar", "Khaled", "Samir", "Yusuf", "Bassel", "Rami", "Mahmoud", "Tarek"],
           "f": ["Rania", "Nour", "Hala", "Lina", "Amal", "Yasmin", "Reem", "Dima"]},
    "af": {"m": ["Ahmad", "Farid", "Javid", "Mustafa", "Habib", "Karim"],
           "f": ["Zahra", "Parisa", "Mariam", "Laila", "Shabnam", "Fatima"]},
    "er": {"m": ["Yonas", "Dawit", "Tesfay", "Kidane", "Filmon", "Semere"],
           "f": ["Selam", "Helen", "Saba", "Ruta", "Mebrat", "Senait"]},
    "iq": {"m": ["Ali", "Haider", "Mohammed", "Saif", "Hassan", "Ammar"],
           "f": ["Zainab", "Noor", "Sara", "Huda", "Israa", "Maryam"]},
    "ng": {"m": ["Chinedu", "Emeka", "Tunde", "Ibrahim", "Samuel", "Musa"],
           "f": ["Blessing", "Ngozi", "Aisha", "Grace", "Joy", "Funmi"]},
    "so": {"m": ["Abdi", "Hamza", "Liban", "Farah", "Bashir", "Nuur"],
           "f": ["Hodan", "Sagal", "Ayaan", "Faduma", "Hibo", "Ifrah"]},
}
MIGRANT_LAST = {
    "sy": ["Haddad", "al-Masri", "Khoury", "Hamdan", "Sabbagh", "Darwish", "Najjar", "Halabi"],
    "af": ["Rahimi", "Karimi", "Ahmadzai", "Hosseini", "Noori", "Sultani"],
    "er": ["Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane", "Woldu"],
    "iq": ["al-Jubouri", "Hashim", "Kareem", "al-Obaidi", "Saleh", "Abbas"],
    "ng": ["Okafor", "Adeyemi", "Eze", "Bello", "Okonkwo", "Abubakar"],
    "so": ["Warsame", "Mohamud", "Hassan", "Jama", "Farah", "Osman"],
}
ORIGIN_CITIES = {
    "sy": ["Aleppo", "Homs", "Damascus", "Deir ez-Zor", "Idlib", "Raqqa"],
    "af": ["Kabul", "Herat", "Kunduz", "Ghazni", "Mazar-i-Sharif"],
    "er": ["Asmara", "Keren", "Massawa", "Mendefera"],
    "iq": ["Mosul", "Baghdad", "Ramadi", "Fallujah", "Kirkuk"],
    "ng": ["Benin City", "Maiduguri", "Lagos", "Kano"],
    "so": ["Mogadishu", "Kismayo", "Baidoa", "Hargeisa"],
}

ORIGINS = {"sy": "Syria", "af": "Afghanistan", "er": "Eritrea", "iq": "Iraq", "ng": "Nigeria",
           "so": "Somalia"}
TOWNS = ["Eastwick Harbour", "Millbrook", "Saltmarsh", "Thornbury Cross", "Kingsferry",
         "Aldermoor", "Brackenfield", "Lowhaven", "Port Ellery", "Ashcombe", "Marsh Gibbon End",
         "Westerly Bay", "Hollins Green", "St Brannock"]
SEA_PLACES = ["off the Libyan coast", "in the Aegean Sea", "near the Greek island of Lesbos",
              "off the island of Kos", "in the Strait of Sicily", "south of Lampedusa",
              "between Turkey and the island of Chios", "off the coast of Zuwara"]
ROUTES = ["the central Mediterranean route", "the Balkan route", "the eastern Mediterranean route",
          "the crossing from Turkey to Greece", "the route through Libya"]
LOCAL_FIRST = ["Margaret", "David", "Helen", "Graham", "Susan", "Peter", "Fiona", "Neil", "Alison",
               "Martin", "Claire", "Robert", "Joanna", "Ian", "Rachel", "Stephen"]
LOCAL_LAST = ["Pemberton", "Harcourt", "Ashworth", "Kettering", "Blackwood", "Fairley", "Tolland",
              "Marsden", "Cawley", "Whitlock", "Penrose", "Dunmore", "Hatherley", "Rowntree"]
PARTIES = ["the National Renewal Party", "the Harbour Independent Party", "the Commonwealth League",
           "the Liberal Centre Party", "the Civic Alliance"]
NGOS = ["Safe Shores", "Open Harbour Trust", "the Lifeline Rescue Network",
        "Refugee Support Partnership", "the Sanctuary Kitchen", "Crossings Aid"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEAMS = ["Eastwick Harbour FC", "Millbrook Rovers", "Saltmarsh Athletic", "Kingsferry Town",
         "Lowhaven United", "Port Ellery Wanderers", "Ashcombe City"]
RIVERS = ["the Wend", "the Ellery", "the Brack", "the Aldwater", "the Thorn"]

AUTHORS = {
    "harbour-courier": ["Daniel Fairley", "Sophie Marsden", "Tom Ashworth", "Priya Dunmore",
                        "Gareth Penrose", "Lucy Whitlock"],
    "valletta-observer": ["Maria Camilleri", "Joseph Vella", "Claire Borg", "Mark Farrugia"],
    "liffey-ledger": ["Aoife Brennan", "Conor Whelan", "Siobhan Tierney"],
}
FEED_DESCRIPTION = "Latest news from {name} (a fictional outlet of the mediaclimate demo corpus)"
READ_MORE = "Read more"
CATEGORY = {"politics": "Politics", "migration": "Migration", "filler_weather": "Weather",
            "filler_energy": "Business", "filler_sport": "Sport", "filler_tourism": "Travel"}
SECTION_PATH = {"Politics": "politics", "Migration": "news", "Weather": "weather",
                "Business": "business", "Sport": "sport", "Travel": "travel"}
WIRE_LINES = {
    "harbour-courier": ("By Continental Press Agency",
                        "Continental Press Agency. Additional reporting by Harbour Courier staff."),
    "valletta-observer": ("Continental Press Agency – wire copy",
                          "This story was provided by the Continental Press Agency. "
                          "Follow the Valletta Observer for updates."),
    "liffey-ledger": ("From the wires",
                      "© Continental Press Agency {year}. All rights reserved."),
}
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
                15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
                20: "twenty", 30: "thirty", 40: "forty"}
CUES = {
    "humanity": ["fled", "fleeing", "welcome", "solidarity", "dignity",
                 "volunteer", "vulnerable", "persecution", "safe and legal", "sponsor"],
    "threat": ["illegal", "invasion", "burden", "out of control",
               "security threat", "breaking point", "swamp", "bogus", "pull factor"],
}


def number_word(n):
    return NUMBER_WORDS[n]


def pronouns(g):
    return {"he": "he", "He": "He", "his": "his", "His": "His"} if g == "m" else \
           {"he": "she", "He": "She", "his": "her", "His": "Her"}


def price(rng):
    return f"{rng.randint(9, 19)}.{rng.randint(0, 9)}p"


Q = ("\u201c", "\u201d")

KICKERS = ["{town}:", "Update:", "Analysis:", "Explained:", "Opinion:", "Q&A:", "Live:", "{weekday} briefing:"]

H = {
    "threat": [
        "Council warns {town} is at breaking point over asylum arrivals",
        "MP demands tougher border controls as crossings rise",
        "Illegal crossings: {party} calls for emergency measures",
        "Asylum costs soar to £{millions} million, figures show",
        "Smuggling gangs exploit weak borders, report warns",
        "Residents of {town} protest against new asylum hotel",
        "Minister under pressure to stop the boats",
        "‘We cannot take any more’, says leader of {town} council",
        "Police chief warns of security risks at the border",
        "Calls grow to suspend asylum applications",
        "Border agency ‘overwhelmed’ by illegal entries",
    ],
    "humanity": [
        "{town} opens its doors to refugee families",
        "Volunteers in {town} collect winter clothes for refugees",
        "‘They are people like us’: a town learns to welcome",
        "Church group offers homes to families fleeing war",
        "Children who fled {origin} start school in {town}",
        "Hundreds march in {town} to say refugees are welcome",
        "Safe and legal routes would save lives, charities say",
        "A kitchen, a language class and a new start in {town}",
        "Community sponsors prepare to welcome a Syrian family",
        "Doctors treat exhausted families at the border",
        "The refugee crisis through the eyes of a volunteer",
    ],
    "testimony": [
        "‘We had no choice but to leave’: {first}'s story",
        "‘I thought we would all die at sea’",
        "{name}: from {city} to {town} in 47 days",
        "‘My children still wake up screaming’",
        "A survivor's account: ‘The boat started to fill with water’",
        "‘I only want my daughter to be safe’",
        "In their own words: families who crossed the sea",
        "‘We walked for nine days’: a mother recalls the journey",
        "Survivors describe terror of the crossing",
        "‘Home was gone. There was nothing left’",
    ],
    "death": [
        "At least {T_lower} migrants drown {sea}",
        "Shipwreck {sea}: dozens feared dead",
        "Boat capsizes {sea}, {T_exact} bodies recovered",
        "Deadliest year on record for migrants at sea",
        "Children among the dead as dinghy sinks {sea}",
        "Coastguard recovers bodies after overnight shipwreck",
        "Migrant boat disaster: death toll rises",
        "Dozens missing after boat sinks {sea}",
        "Another tragedy at sea as rubber boat sinks",
        "Bodies wash ashore after shipwreck {sea}",
    ],
    "neutral": [
        "Asylum applications up {pct}% on last year",
        "Home Office publishes quarterly migration figures",
        "Council approves plans for new reception centre in {town}",
        "EU ministers meet in Brussels to discuss asylum system",
        "New rules for asylum interviews come into force",
        "Government sets out resettlement figures for the year",
        "Court rules on asylum appeals backlog",
        "{town} council to debate housing for refugees",
        "Migration statistics: what the new figures show",
        "MPs question minister over asylum processing times",
    ],
    "filler_weather": [
        "Flood warnings issued as {river} bursts its banks",
        "Rivers rise after a week of heavy rain",
        "Storm brings heavy rain and flooding to {town}",
        "Wave of storms forecast for the weekend",
        "Flooding closes roads around {town}",
        "Clean-up begins after floods in {town}",
    ],
    "filler_energy": [
        "Electricity prices to rise again this winter",
        "Energy firms under fire over bills",
        "Households face higher gas and power costs",
        "Wind farm off {town} gets the green light",
        "Flood of complaints over estimated energy bills",
        "Petrol price falls to {price} a litre",
    ],
    "filler_sport": [
        "{team} beat {team2} {score}",
        "Late goal gives {team} the derby",
        "{team} manager faces pressure after defeat",
        "Cup run continues for {team}",
        "{team2} sign striker on two-year deal",
        "Wave of injuries hits {team} squad",
    ],
    "filler_tourism": [
        "Record summer for {town} as tourists flood in",
        "Cruise ships bring influx of visitors to the harbour",
        "Holiday lets: the invasion of the weekend visitors",
        "Seaside towns prepare for bank holiday crowds",
        "{town} named among best coastal breaks",
        "Tourist numbers top {tourists}",
    ],
}

S = {
    "threat": [
        "Council leaders in {town} say the town is at breaking point after {arrivals} asylum seekers were placed in the area this year.",
        "{mp}, an MP for {party}, said: “We are facing an invasion on our southern shores and the government has lost control.”",
        "Critics say the rising number of illegal crossings shows that border security has failed.",
        "The cost to the taxpayer of housing asylum seekers has risen to £{millions} million a year.",
        "Residents fear the new asylum hotel will put an unbearable strain on local schools and doctors.",
        "“People smugglers are laughing at us,” said {mp}. “Every boat that lands is an advert for the next one.”",
        "Police said a number of illegal migrants had been found hiding in lorries near the port.",
        "Opposition politicians warned that generous benefits act as a pull factor for economic migrants.",
        "{party} called for the army to be deployed to patrol the coast.",
        "According to the council, the influx of asylum seekers has pushed waiting lists for social housing to a record.",
        "“Our communities are being swamped and nobody in Westminster is listening,” {mp} told a public meeting in {town}.",
        "Security officials warned that terrorists could exploit the chaos at Europe's borders to travel undetected.",
        "A leaked report said many of the new arrivals were bogus asylum seekers who had destroyed their papers.",
        "Protesters outside the hotel in {town} carried banners reading “Our town, our rules”.",
        "The mayor of {town}, {mayor}, said the local authority could not cope with any more arrivals.",
        "Critics of the scheme say it will only encourage more people to attempt the dangerous crossing illegally.",
        "Border officials described the situation at the port as out of control.",
        "{mp} said the country should take back control of its borders and deport failed asylum seekers faster.",
        "“This is a flood of people that no country can absorb,” said a spokesman for {party}.",
        "Figures obtained by the newspaper show that {pct}% of asylum claims last year were refused.",
        "The party's leaflet warned of an influx of migrants that would change the character of {town}.",
        "Local businesses complained that groups of young men were gathering near the station every evening.",
        "Ministers are under pressure to announce a cap on the number of asylum seekers the country accepts.",
        "Critics argued that the rescue operations at sea encourage smuggling gangs to send ever flimsier boats.",
        "“We have to protect our own people first,” {mp} said in a radio interview on {weekday}.",
        "The council has asked the government for £{euros} in emergency funding to cover the cost of the asylum hotel.",
    ],
    "humanity": [
        "Volunteers in {town} have collected more than {places} boxes of clothes, blankets and nappies for refugee families.",
        "Many of those arriving have fled war and persecution in {origin} and have lost everything.",
        "{volunteer}, who runs a language class in {town}, said: “They are families like ours, and they want to rebuild their lives.”",
        "{ngo} is calling for safe and legal routes so that people do not have to risk their lives at sea.",
        "A local church has offered rooms to three refugee families and is looking for more volunteers.",
        "Children who arrived last month have started at the primary school in {town}, where classmates made a welcome banner.",
        "Doctors working with {ngo} said many of the people they treated were exhausted, dehydrated and traumatised.",
        "Hundreds of people marched through {town} on {weekday} holding signs reading “Refugees welcome here”.",
        "Campaigners say Europe has a moral responsibility to protect people fleeing violence.",
        "The mayor of {town}, {mayor}, said the town was proud to offer a safe home to families in need.",
        "Among the new arrivals are unaccompanied children, some as young as {child_age}.",
        "{volunteer} said the generosity of local people had been overwhelming: “Every day someone knocks on the door with a bag of food.”",
        "Under the resettlement scheme, vulnerable refugees are brought directly from camps in the region.",
        "Aid workers describe families sleeping in the open, with children shivering in thin clothes.",
        "A local football club has invited refugee teenagers to train with its youth teams every week.",
        "Community sponsorship lets groups of neighbours support a refugee family with housing, language lessons and friendship.",
        "The families, who fled bombing in {city}, were met at the station by volunteers with flowers and tea.",
        "Human rights groups said the dignity of refugees must be respected at every stage of the asylum process.",
        "Teachers in {town} have started an evening class so that parents can learn English alongside their children.",
        "A crowdfunding appeal by {ngo} raised £{euros} in three days to pay for a rescue boat.",
        "Many refugees are doctors, engineers and teachers who hope to work again once their claims are decided.",
        "Religious leaders signed a joint letter urging the government to offer sanctuary to more families.",
        "The solidarity shown by ordinary people has been remarkable, said a spokesperson for {ngo}.",
        "The baby, born just days after the family reached safety, was named after the volunteer who helped them.",
        "The scheme offers a safe and legal route to protection for people who would otherwise face a dangerous journey.",
        "Students at the college have organised a welcome day with music, food and games for refugee children.",
    ],
    "testimony": [
        "“We left {city} when our street was bombed. We had no choice,” said {name}, {age}.",
        "{first} remembers the night on the boat: “The water came in and everybody was screaming. I held my son above my head.”",
        "“I paid the smugglers everything we had, and they put sixty of us in a boat made for twenty,” {first} said.",
        "{name}, who fled {origin} with {his} two children, said: “I just want them to go to school and be safe.”",
        "“My brother is still in the camp. Every night I call him and every night he asks when he can come,” said {first}.",
        "“We walked for nine days through the mountains. My daughter, {child}, was {child_age}, and I carried her most of the way,” {first} recalled.",
        "“In {city} there was no work, no school, no future. Only fear,” {name} told the Courier.",
        "{first}, {age}, said {he} had spent four months in a detention centre in Libya. “They beat us every day,” {he} said.",
        "“When we saw the lights of the coast, we started to cry,” said {name}.",
        "“I was a teacher at home. Here I am nobody yet, but I want to work,” {first} said.",
        "“The smugglers took our phones and our money and left us on the beach,” said {first}, who arrived with {his} wife.",
        "{name} said {he} still has nightmares about the crossing: “I see the faces of the people who fell in the water.”",
        "“My son asks me every day when we are going home. I don't know what to tell him,” {first} said.",
        "“People here have been kind to us. A neighbour brought us soup on the first night,” said {name}, {age}.",
        "“We lost my uncle at sea. We never found his body,” {first} said quietly.",
        "“I sold my car and my mother's gold to pay for the journey,” said {name}, who comes from {city}.",
        "{first} said {he} had tried to cross the border four times before police let {his} group pass.",
        "“I don't want money. I want my children to live,” said {name}.",
        "“When the engine stopped, we drifted for {hours} hours without water,” {first} told reporters in {town}.",
        "“My wife and I were separated at the border. For three weeks I did not know if she was alive,” said {name}.",
        "~Volunteers from {ngo} said survivors told them that the smugglers had forced people on board at gunpoint.",
        "~According to staff of {ngo}, several survivors said they had been at sea for two days before they were rescued.",
        "~Aid workers said the survivors described seeing children swept into the water when the boat overturned.",
        "~A doctor with {ngo} said one woman told her she had lost sight of her husband in the dark water.",
        "~Rescuers said survivors told them there had been many more people on board than the boat could carry.",
        "~Staff at the reception centre said the survivors spoke of beatings and hunger in Libyan camps.",
    ],
    "death": [
        "At least {T_lower} people drowned when an overcrowded boat capsized {sea} on {weekday}.",
        "The coastguard said {T_exact} bodies had been recovered and {rescued} people rescued.",
        "Rescuers fear the death toll could rise: about {T_approx} people are dead or missing.",
        "{W_exact} bodies, including those of children, were brought ashore on {weekday} morning.",
        "More than {P_lower} people have died trying to cross the Mediterranean so far this year, according to the International Organization for Migration.",
        "Since 2014, nearly {K_upper} migrants have lost their lives at sea on their way to Europe.",
        "The boat, carrying some {rescued} people, sank within minutes, survivors said.",
        "At least {W_lower} people died when a rubber dinghy deflated {sea}.",
        "Officials said up to {T_upper} people may have drowned in the shipwreck.",
        "Fishermen found the bodies of {W_exact} migrants tangled in their nets.",
        "The victims are believed to have set off from the Libyan coast two days earlier.",
        "The shipwreck is one of the deadliest on {route} this year.",
        "Divers recovered {T_exact} bodies from the hull of the sunken boat.",
        "An estimated {T_approx} people are dead or missing after the boat overturned in rough seas.",
        "Among the dead were several small children and a pregnant woman.",
        "The bodies were taken to the port, where a temporary morgue had been set up in a warehouse.",
        "At least {P_lower} migrants have drowned or gone missing this year on {route}.",
        "A navy ship spotted the capsized boat at dawn but found only {W_exact} survivors clinging to the wreck.",
        "The death toll from last week's shipwreck has risen to {T_exact}, the authorities said.",
        "{T_exact} people were confirmed dead after the vessel broke apart {sea}.",
        "The coastguard said the small boat had been at sea for more than a day before it sank.",
        "Local people laid flowers at the harbour in memory of the migrants who drowned.",
        "The mayor of the island said the cemetery had run out of space for the unnamed dead.",
        "Many of the victims have not been identified, and their families may never learn what happened.",
        "At least {W_lower} migrants were found dead in the back of an abandoned lorry.",
        "The International Organization for Migration said more than {K_lower} people had died on the route since 2014.",
    ],
    "neutral": [
        "The Home Office said {arrivals} asylum applications were lodged in the last quarter.",
        "The council will discuss the plans for the reception centre at its meeting on {weekday}.",
        "The centre in {town} will have {places} places and is expected to open in the spring.",
        "EU interior ministers are due to meet in Brussels next week to discuss the distribution of asylum seekers.",
        "Applications from people from {origin} made up the largest group, followed by Eritreans and Afghans.",
        "The average time taken to decide an asylum claim is now {n_small} weeks, the figures show.",
        "A spokesperson for the Home Office said the department was reviewing its procedures.",
        "The new rules will come into force on the first day of next month.",
        "The European Commission has proposed a system to relocate asylum seekers from Italy and Greece.",
        "Officials said {rescued} people were rescued in {n_small} separate operations over the weekend.",
        "The government has said it will resettle refugees directly from camps in the region.",
        "The figures do not include people who arrived under family reunification rules.",
        "{mayor}, the council leader, said a decision would be taken after a public consultation.",
        "According to the United Nations refugee agency, most of those crossing the sea this year come from war zones.",
        "The asylum interview process will be shortened under the proposals published on {weekday}.",
        "The number of arrivals in Greece fell by {pct}% compared with the previous month.",
        "The committee will publish its report on the asylum system in the autumn.",
        "The minister is expected to make a statement to Parliament later this week.",
        "The reception centre will be run by a private contractor on behalf of the government.",
        "The local authority has received £{euros} from central government to support refugee families.",
        "Critics and supporters of the plan will be able to submit comments until the end of the month.",
        "Talks between EU leaders and Turkey on migration are due to continue next month.",
        "The Home Office did not comment on individual cases.",
        "About {arrivals} people reached Italy by sea in the first months of the year, according to official figures.",
        "The scheme is funded partly from the overseas aid budget.",
        "The charity said it would publish its annual report on {weekday}.",
    ],
    "ctx_M003": [
        "The photographs of a drowned Syrian toddler on a beach near Bodrum, taken on 2 September, have changed the tone of the debate across Europe.",
        "Since the images of the little boy found on a Turkish beach went around the world, donations to refugee charities have multiplied.",
        "The boy, who drowned with his mother and brother near Bodrum, has become a symbol of the refugee crisis.",
        "Many readers contacted the paper after the photographs from the Turkish beach to ask how they could help.",
    ],
    "ctx_M007": [
        "Under the EU-Turkey statement agreed on 18 March, people crossing irregularly to the Greek islands can be returned to Turkey.",
        "The deal between the EU and Turkey provides for one Syrian to be resettled from Turkey for every Syrian returned from the Greek islands.",
        "Since the EU-Turkey agreement came into force, the number of crossings to the Greek islands has dropped sharply.",
        "Human rights groups have questioned whether Turkey can be considered a safe country for the people returned under the EU deal.",
    ],
    "ctx_M008": [
        "The community sponsorship scheme launched on 19 July allows local groups to welcome a refugee family directly.",
        "Under the new community sponsorship scheme, groups must provide housing and support for at least a year.",
    ],
    "filler_weather": [
        "Forecasters have issued flood warnings for the area around {river} after {mm}mm of rain fell in 24 hours.",
        "Several homes in {town} were evacuated on {weekday} night as water levels rose.",
        "The fire service pumped water out of dozens of cellars in {town} overnight.",
        "A wave of thunderstorms swept across the region, bringing down trees and power lines.",
        "The Environment Agency said river levels would remain high for several days.",
        "Council workers handed out sandbags to residents in low-lying streets.",
        "Drivers are advised to avoid the flooded roads between {town} and {town2}.",
        "The storm left thousands of homes without electricity overnight.",
        "Farmers say weeks of rain have flooded fields along {river}.",
        "Residents described water pouring through their front doors within minutes.",
    ],
    "filler_energy": [
        "The regulator said average household electricity bills would rise by {pct}% this winter.",
        "Energy companies blamed higher wholesale prices for the increase.",
        "Consumer groups have received a flood of complaints about estimated bills.",
        "The price of petrol fell to {price} a litre at some supermarkets.",
        "A new wind farm off the coast near {town} will supply power to {tourists} homes.",
        "Customers who switch supplier could save up to £{n_small}0 a year, the regulator said.",
        "The company said the power cut affected about {arrivals} homes in {town} and {town2}.",
        "Ministers want to double the number of homes heated by heat pumps by the end of the decade.",
        "The energy firm reported profits of £{millions} million for the first half of the year.",
        "Campaigners say too many pensioners are still choosing between heating and eating.",
    ],
    "filler_sport": [
        "{team} beat {team2} {score} in front of a sell-out crowd on {weekday}.",
        "The winning goal came in the {minute}th minute from a header at the far post.",
        "The manager said he was proud of the way his players fought back after the break.",
        "{team2} have signed a young striker on a two-year contract.",
        "The club confirmed that its captain will miss the next three matches with a knee injury.",
        "Tickets for the cup tie go on sale to season-ticket holders on {weekday}.",
        "The result leaves {team} {n_small} points clear at the top of the table.",
        "Fans invaded the pitch at the final whistle to celebrate promotion.",
        "The women's team will play its first match in the new stadium next month.",
        "The referee sent off two players after a brawl near the touchline.",
    ],
    "filler_tourism": [
        "Tourist numbers in {town} reached {tourists} this summer, the highest on record.",
        "Hotels along the seafront reported that almost every room was booked in August.",
        "Residents complain that the influx of weekend visitors has pushed up rents.",
        "Three cruise ships docked in the harbour on the same day, bringing thousands of passengers into the old town.",
        "The council wants to introduce a tourist tax of £{tax} a night.",
        "Cafés and restaurants say the season started earlier than usual this year.",
        "A new coastal path linking {town} and {town2} opened in May.",
        "Local guides offer walking tours of the harbour and the old fishing quarter.",
        "The tourist office said visitors from Germany and the Netherlands made up a growing share of bookings.",
        "Shopkeepers in the old town said the summer had been the busiest in a decade.",
    ],
}
