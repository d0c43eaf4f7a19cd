"""The words actor resolution reads: quantities and groups ("hundreds of"), anaphors ("the bloc"), roles that
speak for a body ("spokesman"), firms' names and nouns, words that place a group outside one state ("foreign
banks"), a state's things that do nothing ("the American constitution"), patrons ("US-backed") and money.
Shared by :mod:`detente.coder.resolve` and the modules that weigh its actors."""

from __future__ import annotations

# Dependencies that keep a token inside the noun phrase of its head.
NP_DEPS = {"compound", "amod", "nmod", "poss", "det", "appos", "flat", "nummod", "case", "prep", "pobj",
           "npadvmod", "quantmod", "punct"}
NP_PREPS = {"of", "from", "in", "by", "throughout", "across"}
# "Thousands of students", "a group of rebels", "members of the party": the actor is in the of-phrase.
QUANTITY_HEADS = {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
                  "dozens", "score", "scores", "group", "number", "member", "some", "many", "most", "all", "part",
                  "third", "half", "majority", "minority", "band", "crowd", "handful", "couple", "delegation",
                  "team", "party", "contingent", "unit", "battalion", "column", "convoy", "wave", "mass", "lot",
                  "body", "%", "percent", "cent", "share", "shares", "stake"}
NOT_POLITICAL_PARTIES = {"various", "several", "interested", "third", "other", "both", "all", "relevant",
                         "concerned", "warring", "two", "many", "some", "outside", "private"}
STATE_BODIES = {"body", "committee", "board", "bureau", "institute", "organisation", "organization", "council"}
ANAPHORS_COUNTRY = {"country", "state", "nation", "republic", "kingdom"}
ANAPHORS_ORG = {"bloc", "alliance", "union", "organisation", "organization", "body", "grouping"}
PRONOUN_POSSESSIVES = {"its", "their"}
#: people who speak or act for a party, union or group, not for the state ("the Labour government" is the state's)
MEMBERS = {"leader", "spokesman", "spokeswoman", "spokesperson", "official", "chairman", "chairwoman", "chair",
           "chief", "head", "member", "deputy", "representative", "figure", "source"}
# The legal forms that end a company's name ("Trans World Airlines Inc", "Rolls-Royce plc").
COMPANY_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "plc", "co", "co.",
                    "llc", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh", "spa", "s.p.a.", "bhd", "pty", "kk", "oyj", "ab",
                    "asa", "bv", "b.v.", "srl", "pte", "sdn", "lp", "llp"}
STATE_SECOND = {"cypriot", "cypriots"}  # "Greek Cypriots" are Cypriots; "Bosnian Serbs" are Bosnians
FORMER = {"former", "ex", "ex-", "retired", "late", "erstwhile"}
ALLEGIANCE = {"rebel": "REB", "opposition": "OPP", "insurgent": "INS", "militia": "REB", "separatist": "REB",
              "guerrilla": "REB", "jihadist": "INS", "shadow": "OPP"}  # "shadow home secretary": the opposition
COMPANY_NOUNS = {"company", "firm", "maker", "manufacturer", "producer", "carrier", "airline", "retailer", "insurer",
                 "broker", "conglomerate", "operator", "supplier", "developer", "bank", "lender", "group", "giant",
                 "subsidiary", "unit", "exporter", "importer", "distributor", "brewer", "miner", "automaker",
                 "carmaker", "chipmaker", "shipbuilder", "publisher", "broadcaster", "consultancy", "utility"}
#: words that put a group outside any one state ("foreign banks", "European firms")
NO_ONE_STATE = {"foreign", "international", "overseas", "multinational", "western", "european", "asian", "african",
                "arab", "latin", "global", "outside", "offshore", "non"}
FOREIGN_AFFAIRS = {"minister", "ministers", "secretary", "ministry", "office", "affairs", "service", "policy",
                   "relations", "trade", "aid", "intelligence"}  # "the foreign minister" is a state's
BUILDINGS = {"airport", "port", "station", "university", "college", "hospital", "bridge", "square", "stadium",
             "mosque", "church", "cathedral", "palace", "hotel", "museum", "school", "street", "avenue", "road",
             "centre", "center", "highway", "dam", "base", "prison", "tomb", "shrine", "temple"}
# "in US dollars", "Hong Kong dollar bonds": a state's money, not the state
MONEY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rouble", "ruble", "rupee", "peso", "franc",
               "lira", "dinar", "rand", "krona", "krone", "shekel", "riyal", "rial", "dirham", "currency", "sterling",
               "sol", "mark"}
NO_ACTOR_HEADS = {"report", "reports", "constitution", "law", "legislation", "sovereignty", "economy", "culture",
                  "history", "language",
                  "tradition", "wall", "line", "market", "currency", "identity", "democracy", "society",
                  "nationalism", "film", "music", "cuisine", "football", "team", "league", "style", "way", "model",
                  "dream", "soil", "mind"}
# "Saudi-led" names the leader, who acts; "US-backed" and "Brussels-based" do not name the actor.
PATRON_WORDS = {"backed", "funded", "trained", "supported", "allied", "aligned", "linked", "inspired",
                "sponsored", "armed", "based"}
FOREIGN_ROLES = {"diplomat", "envoy", "ambassador", "emissary", "negotiator", "mediator", "observer", "monitor",
                 "inspector", "delegate", "delegation"}
# Groups that belong to the place a story is filed from when nothing else is said ("militants", "residents").
PLACE_TIED = {"CVL", "OPP", "LAB", "REB", "INS", "BUS", "MED", "EDU", "HLH", "REL", "UAF", "PTY", "CRM", "RAD", "AGR"}
ANY = {"every", "any", "no", "none"}
