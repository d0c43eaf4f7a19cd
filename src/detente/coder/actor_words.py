"""The words actor resolution reads: quantities and groups ("hundreds of"), anaphors ("the bloc"), roles that
speak for a body ("spokesman"), firms' names and nouns, words that place a group outside one state ("foreign
banks"), a state's things that do nothing ("the American constitution"), patrons ("US-backed") and money; and
the words around names (titles, courtesies, particles, what follows a name that is a body's or a place's).
Shared by :mod:`detente.coder.mentions`, :mod:`detente.coder.resolve` and the modules that weigh actors."""

from __future__ import annotations

# Dependencies that keep a token inside the noun phrase of its head.
NP_DEPS = {"compound", "amod", "nmod", "poss", "det", "appos", "flat", "nummod", "case", "prep", "pobj",
           "npadvmod", "quantmod", "punct"}
NP_PREPS = {"of", "from", "in", "by", "throughout", "across"}
# "Thousands of students", "a group of rebels", "members of the party": the actor is in the of-phrase.
#: what bulk goods are counted in ("40,000 tonnes of cocoa", "2 mln barrels of crude")
GOODS_MEASURES = {"tonne", "tonnes", "ton", "tons", "barrel", "barrels", "bushel", "bushels", "bale", "bales"}
QUANTITY_HEADS = {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
                  "dozens", "score", "scores", "group", "number", "member", "some", "many", "most", "all", "part",
                  "third", "half", "majority", "minority", "band", "crowd", "handful", "couple", "delegation",
                  "team", "party", "contingent", "unit", "battalion", "column", "convoy", "wave", "mass", "lot",
                  "body", "%", "percent", "cent", "share", "shares", "stake", "wing", "faction", "section",
                  # what a firm owns: "the British assets of Norcon" are Norcon's, wherever they are
                  "asset", "stock", "holding", "subsidiary", "division", "affiliate", "property",
                  # measures of goods: "50,000 tonnes of Australian wheat" are the wheat's
                  "shipment", "shipments", "cargo", "consignment"} | GOODS_MEASURES
NOT_POLITICAL_PARTIES = {"various", "several", "interested", "third", "other", "both", "all", "relevant",
                         "concerned", "warring", "two", "many", "some", "outside", "private", "unidentified",
                         "unnamed", "undisclosed", "unspecified", "potential", "prospective"}
STATE_BODIES = {"body", "committee", "board", "bureau", "institute", "organisation", "organization", "council"}
ANAPHORS_COUNTRY = {"country", "state", "nation", "republic", "kingdom"}
ANAPHORS_ORG = {"bloc", "alliance", "union", "organisation", "organization", "body", "grouping"}
PRONOUN_POSSESSIVES = {"its", "their"}
#: people who speak or act for a party, union or group, not for the state ("the Labour government" is the state's)
MEMBERS = {"leader", "spokesman", "spokeswoman", "spokesperson", "official", "chairman", "chairwoman", "chair",
           "chief", "head", "member", "deputy", "representative", "figure", "source", "president", "secretary"}
#: words for those who run a body: "the national executive of the union", "Kestrel Airways executive X", "the
#: leadership of the miners' union" are the union's or the firm's, not a government's
LEADERS = MEMBERS | {"executive", "leadership", "director", "president", "management", "board", "manager", "general"}
#: nouns for a body that its modifier names the kind of ("the trade union group", "the farm workers' federation")
BODY_NOUNS = {"group", "federation", "confederation", "association", "organisation", "organization", "body",
              "movement", "council", "congress", "alliance", "coalition", "centre", "center"}
#: what a firm or a union owns whose people then are its own ("its engineers", "the union's executive")
OWNING = {"poss", "compound", "nmod"}
# The legal forms that end a company's name ("Trans World Airlines Inc", "Rolls-Royce plc").
COMPANY_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "plc", "co", "co.",
                    "llc", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh", "spa", "s.p.a.", "bhd", "pty", "kk", "oyj", "ab",
                    "asa", "bv", "b.v.", "srl", "pte", "sdn", "lp", "llp"}
# Words that end a firm's name and say so ("Kestrel Airways", "Vantor Networks", "Zoltra Motors").
FIRM_ENDINGS = {"airways", "airlines", "lines", "motors", "networks", "industries", "holdings", "petroleum",
                "telecom", "pharmaceuticals", "bancorp", "breweries", "enterprises"}
#: reflexive pronouns: "blew themselves up", "equipped itself": no one else is acted on
REFLEXIVES = {"itself", "themselves", "themself", "himself", "herself", "ourselves"}
STATE_SECOND = {"cypriot", "cypriots"}  # "Greek Cypriots" are Cypriots; "Bosnian Serbs" are Bosnians
FORMER = {"former", "ex", "ex-", "retired", "late", "erstwhile"}
ALLEGIANCE = {"rebel": "REB", "opposition": "OPP", "insurgent": "INS", "militia": "REB", "separatist": "REB",
              "guerrilla": "REB", "jihadist": "INS", "shadow": "OPP",  # "shadow home secretary": the opposition
              # "Protestant and Roman Catholic officials", "church leaders": a church's people, not a government's
              "protestant": "REL", "catholic": "REL", "anglican": "REL", "lutheran": "REL", "church": "REL"}
COMPANY_NOUNS = {"company", "firm", "maker", "manufacturer", "producer", "carrier", "airline", "retailer", "insurer",
                 "broker", "conglomerate", "operator", "supplier", "developer", "bank", "lender", "group", "giant",
                 "subsidiary", "unit", "exporter", "importer", "distributor", "brewer", "miner", "automaker",
                 "carmaker", "chipmaker", "shipbuilder", "publisher", "broadcaster", "consultancy", "utility"}
#: words that put a group outside any one state ("foreign banks", "European firms")
NO_ONE_STATE = {"foreign", "international", "overseas", "multinational", "western", "european", "asian", "african",
                "arab", "latin", "global", "outside", "offshore", "non", "donor", "creditor"}
FOREIGN_AFFAIRS = {"minister", "ministers", "secretary", "ministry", "office", "affairs", "service", "policy",
                   "relations", "trade", "aid", "intelligence"}  # "the foreign minister" is a state's
BUILDINGS = {"airport", "port", "station", "university", "college", "hospital", "bridge", "square", "stadium",
             "mosque", "church", "cathedral", "palace", "hotel", "museum", "school", "street", "avenue", "road",
             "centre", "center", "highway", "dam", "base", "prison", "tomb", "shrine", "temple"}
# "in US dollars", "Hong Kong dollar bonds", "80 U.S. Dlrs" (the wires' abbreviation): a state's money, not the state
MONEY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rouble", "ruble", "rupee", "peso", "franc",
               "lira", "dinar", "rand", "krona", "krone", "shekel", "riyal", "rial", "dirham", "currency", "sterling",
               "sol", "mark", "dlr", "dlrs", "cent", "cents"}
NO_ACTOR_HEADS = {"report", "reports", "constitution", "law", "legislation", "sovereignty", "economy", "culture",
                  "history", "language",
                  "tradition", "wall", "line", "market", "currency", "identity", "democracy", "society",
                  "nationalism", "film", "music", "cuisine", "football", "team", "league", "style", "way", "model",
                  "dream", "soil", "mind",
                  # "attacked the latest season of a US crime drama": a work, whose makers the state is not
                  "series", "drama", "movie", "programme", "program", "documentary", "novel", "sitcom", "soap",
                  # "Japanese analysts" comment; "asked shareholders to approve": a firm's owners, its own affair
                  "analyst", "economist", "commentator", "shareholder", "stockholder"}
#: states of affairs, processes and quantities: nouns that name what happens, never who acts, whatever state a
#: possessive or "in X" ties them to ("Peru's fuel crisis", "fierce competition in the US market"). Word forms,
#: not lemmas: market "demand" is no one, but "demands from the rebels" are the rebels'
ABSTRACT_HEADS = {"crisis", "crises", "competition", "violence", "situation", "economy", "economies", "shortage",
                  "shortages", "demand", "price", "prices", "march", "growth", "inflation", "recession",
                  "unemployment", "deficit", "downturn", "slump", "slowdown", "boom", "turmoil", "unrest",
                  "instability", "uncertainty", "tension", "tensions", "chaos", "poverty", "corruption", "drought",
                  "famine", "flood", "floods", "epidemic", "outbreak", "pandemic", "weather", "climate", "problem",
                  "problems", "difficulty", "difficulties", "trouble", "troubles", "development", "developments",
                  "trend", "trends", "decline", "rise", "fall", "drop", "increase", "jump", "surge", "loss", "losses",
                  "cost", "costs", "rate", "rates",
                  "output", "production", "consumption", "glut", "surplus", "condition", "conditions", "mood",
                  "atmosphere", "bloodshed", "degradation", "deterioration", "worsening", "escalation",
                  "sentiment", "sentiments", "war", "wars",
                  # "the re-election site of President X is blocking visits": a page
                  "site", "website", "webpage",
                  # "US policy has underwritten ...", "TEC's system will communicate with IBM PCs": no one acts
                  "policy", "policies", "system", "systems", "product", "products", "technology", "software",
                  # "the solidarity of Opec encouraged Qatar to ...": a cause, not an appeal by anyone
                  "solidarity", "unity", "cohesion", "weakness", "strength", "success", "failure",
                  # "Australian wheat would arrive in Bangladesh": goods go, no one visits
                  "wheat", "grain", "maize", "corn", "rice", "sugar", "coffee", "cocoa", "cotton", "soybean",
                  "soybeans", "crude", "oil", "gas", "coal", "beef", "wool", "timber", "steel", "copper",
                  # "agreed to form a joint venture in the U.S. with GM": an undertaking placed there, not the partner
                  "venture", "ventures"}
#: trade flows, which do nothing ("Soviet mercury sales threaten to capture the market"), though one may act on a
#: state's ("curbs on Japanese exports")
FLOWS = {"sales", "exports", "imports", "shipments", "purchases", "deliveries", "supplies"}
#: what a body decides and others oppose: "the government's austerity program" is the government's doing
POLICY_THINGS = {"program", "programme", "plan", "policy", "policies", "measure", "reform", "law", "bill", "budget",
                 "decision", "proposal", "scheme", "rule", "regulation", "legislation", "order", "decree", "initiative",
                 "ruling", "strategy"}
#: what one is probed, blamed or praised for, which stands for its owner: "investigating Deaver's business affairs",
#: "criticised the ministry's plan"
OWNED_THINGS = POLICY_THINGS | {"affair", "affairs", "dealing", "dealings", "compliance", "finance", "finances",
                                "account", "accounts", "conduct", "activity", "activities", "practice", "practices",
                                # "complying with the Turkish leader's demands": the leader's
                                "demand", "demands", "request", "requests", "wish", "wishes", "condition", "conditions",
                                # "rejected a U.S. firm's offer": the firm's
                                "offer", "offers", "bid", "bids", "suggestion", "suggestions",
                                # "an inquiry into the firm's Korean sales": the firm's, not Korea's
                                "sale", "sales", "export", "exports", "import", "imports"}
#: words for words: "Baghdad's term for a tanker", "Moscow's name for the war" name no one, whoever uses them
WORD_HEADS = {"term", "word", "phrase", "name", "euphemism", "expression", "label", "slogan", "description"}
#: common nouns for places one goes to, meets in or marches through ("the streets of Seoul", "a Moscow mansion"):
#: a place named in them says where an act happens, not at whom it is aimed. Not the places that stand for
#: those who sit there ("the embassy", "the ministry", "the palace", "the capital") or bases and homes, whose
#: owners an attack hits
PLACE_HEADS = {"street", "streets", "square", "mansion", "villa", "venue", "hotel", "city", "town", "village",
               "district", "neighbourhood", "neighborhood", "suburb", "province", "region", "area", "resort",
               "stadium", "park", "hall", "room", "restaurant", "arena", "avenue", "road", "boulevard", "centre",
               "center", "airport", "station", "port", "island", "countryside", "camp"}
# "Saudi-led" names the leader, who acts; "US-backed" and "Brussels-based" do not name the actor.
PATRON_WORDS = {"backed", "funded", "trained", "supported", "allied", "aligned", "linked", "inspired",
                "sponsored", "armed", "based"}
#: the role nouns that name one person ("the Pakistani president ... He"), not an institution ("the ministry")
PERSON_ROLES = {"president", "minister", "leader", "king", "queen", "premier", "chancellor", "counterpart", "envoy",
                "ambassador", "governor", "mayor", "secretary", "spokesman", "spokeswoman", "spokesperson",
                "commander", "general", "emir", "sultan", "monarch", "prince", "princess", "chairman",
                "chairwoman", "diplomat", "negotiator", "commissioner", "official"}
FOREIGN_ROLES = {"diplomat", "envoy", "ambassador", "emissary", "negotiator", "mediator", "observer", "monitor",
                 "inspector", "delegate", "delegation"}
# Groups that belong to the place a story is filed from when nothing else is said ("militants", "residents").
# Sites of an armed force: one struck ("Syrian military facilities", "a Pakistan Air Force base") is the force.
MILITARY_SITES = {"base", "airbase", "facility", "position", "installation", "barrack", "barracks", "outpost",
                  "post", "depot", "airfield", "headquarters", "convoy", "camp", "target", "site"}
# ... and those that are a force's by their kind ("Syrian outposts"; "positions" may be a policy's)
FORCE_SITES = {"outpost", "barrack", "barracks", "airbase", "airfield", "garrison", "bunker", "trench"}
# Aircraft: force used by them ("jets struck", "drones hit") is an air strike (CAMEO 195).
AIRCRAFT = {"jet", "jets", "warplane", "warplanes", "plane", "planes", "aircraft", "drone", "drones", "helicopter",
            "helicopters", "gunship", "gunships", "airforce"}  # "bombers" may be suicide bombers
PLACE_TIED = {"CVL", "OPP", "LAB", "REB", "INS", "BUS", "MED", "EDU", "HLH", "REL", "UAF", "PTY", "CRM", "RAD", "AGR"}
ANY = {"every", "any", "no", "none"}
#: people acting in a crowd or a trade: "farmers demanding a better deal" are the ones who demand it
PEOPLE_NOUNS = {"farmer", "protester", "demonstrator", "worker", "student", "miner", "striker", "rebel", "militant",
                "soldier", "troop", "villager", "resident", "activist", "employee", "trader", "fisherman", "settler",
                "refugee", "fighter", "guerrilla", "insurgent", "rioter", "marcher", "crowd", "mourner", "teacher"}
#: acts done to someone, whose "of" names the one they are done to ("the invasion of Kuwait", "the arrest of
#: Navalny"): one who condemns or backs the act condemns or backs its doer, not the one it befell
DONE_TO_NOUNS = {"invasion", "occupation", "bombing", "shelling", "annexation", "blockade", "siege", "bombardment",
                 "persecution", "repression", "massacre", "killing", "murder", "assassination", "arrest", "detention",
                 "expulsion", "kidnapping", "abduction", "execution", "capture", "seizure", "isolation", "jailing",
                 "imprisonment", "deportation", "ouster", "overthrow", "destruction"}
COMPASS = {"west", "western", "east", "eastern", "north", "northern", "south", "southern"}
# sectors of a state's non-official bodies: its parties, firms, armed groups, unions, NGOs, media
UNOFFICIAL = {"PTY", "BUS", "REB", "INS", "OPP", "LAB", "NGO", "MED", "UAF", "REL", "EDU"}
# What a person's name before these words names is a body ("the Trump Foundation"), a firm ("... Records") or a
# place ("... Park", "... Airport"), not the person: a foundation is a charity of the person's state.
NAMED_NGO = {"foundation", "institute", "trust", "fund", "centre", "center", "library", "society", "memorial",
             "prize", "award", "charity"}
NAMED_BUSINESS = {"records", "organization", "organisation", "group", "enterprises", "holdings", "industries",
                  "corporation", "company", "hotel", "hotels", "tower", "airlines"}
NAMED_PLACE = {"park", "street", "avenue", "square", "airport", "stadium", "bridge", "road", "boulevard", "hall",
               "museum", "university", "college", "school", "hospital", "dam", "highway", "mosque", "church"}
#: what follows a party's name when the name is a portfolio ("Labour Minister Almir Pazzianotto")
PORTFOLIO = {"minister", "ministry", "ministers", "secretary", "department", "market", "markets", "force", "costs",
             "law", "laws", "court", "office", "relations", "shortage", "shortages", "union", "unions"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "bint", "ad", "as", "ash", "ar", "az", "ul"}
PLACE_KINDS = ("country", "capital", "seat")
# A surname the tagger reads as something else is something else: "Friday", "rally in Lagos".
#: what a leader's name goes on into and still names him or his office: "the Reagan Administration"
HIS_OFFICES = {"administration", "government", "cabinet"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE",
             "GPE", "LOC", "FAC", "NORP"}
# Courtesies say a person is meant, not which office: "Mr Knight" may be anyone called Knight.
COURTESIES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."}
# Particles inside a name: "Nasr al-Hariri", "Ursula von der Leyen".
PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "de", "da", "di", "du", "la", "le", "dos", "das", "del"}
# Sectors whose roles an office holder of the lexicon may be described by ("Mr X, the former president").
POLITICAL_SECTORS = {"GOV", "MIL", "LEG", "JUD", "PTY", "ELI", "OPP", "COP", "SPY", "REL", "IGO"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "mr.", "mrs.", "ms.", "dr.",
              "gen", "gen.", "col", "col.", "general", "colonel", "king", "queen", "prince", "princess", "pope",
              "ayatollah", "chancellor", "premier", "secretary"}

#: "Peru's allies", "its neighbours", "Iran's rivals", "its customers": others, named by their tie to the possessor
OTHERS_OF = {"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "backer", "friend",
             "counterpart", "customer", "client", "buyer", "supplier", "creditor", "lender", "competitor"}
