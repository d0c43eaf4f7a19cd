"""The codebook's tables: which roots may go without a target or take a place, which are mutual or said,
which sectors are private, state or fighters, and the words that decide them ("alongside", "agreed")."""

from __future__ import annotations

# A target-less event is kept only where the codebook's action has no natural target (and, per the guide,
# for resignations, announced investigations and threatened protests).
TARGETLESS_ROOTS = {"14", "15", "17"}
TARGETLESS_CODES = ("0831", "09", "133")
# Consulting, negotiating, signing and cooperating "with" someone involve both sides (CAMEO 04x, 057, 06x).
MUTUAL_CODES = ("040", "041", "044", "046", "057", "06")
FIGHTERS = {"REB", "INS", "UAF"}
ARMED = {"MIL", "COP", "SPY"} | FIGHTERS
#: sectors that wage no armed violence but against armed men (a security firm's guards): firms, media, schools,
#: hospitals, farmers (workers may riot)
UNARMED_TRADES = {"BUS", "MED", "EDU", "HLH", "AGR"}
PLACE_TARGET_ROOTS = {"08", "14", "15", "16", "17", "18", "19", "20"}
#: "are fighting in Syria": where one fights is not whom
FIGHTING_VERBS = {"fight", "battle"}
DOMESTIC_ROOTS = {"14", "17"}
BILATERAL_ROOTS = {"03", "04", "05", "06"}
VISITING = {"GOV", "LEG", "ELI", "IGO", "MIL"}  # who pays a visit to a region, not just arrives there
SAID_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}  # statements, appeals, promises, complaints, threats
AGREEING = {"agree", "arrange", "consent", "settle"}  # "A and B agreed to ...": a promise they make each other
VISIT_CODES = ("042", "043", "044")
RECEIVING_VERBS = {"receive", "get", "accept", "take"}
STATE_SECTORS = {"GOV", "LEG", "MIL", "COP", "JUD", "SPY"}
# a resolve recoded is an intent, a conditional warning a threat: the record names the code's own modality
SHOWN_AS = {"resolve": "intent", "conditional": "threat"}
PRIVATE_SECTORS = {"CVL", "REF", "EDU", "HLH", "BUS", "MED", "REL", "LAB", "AGR", "CRM"}
# "fought alongside X", "side by side", "together": the co-agents are allies in the act, not each other's targets
ALLIED_WORDS = {"alongside", "beside", "together"}
# slots that leave a compound subject acting on each other: the event noun itself ("exchanged fire"), "between",
# "with" and "over" ("clashed with each other over the border"), and places ("exchanged fire across the border")
JOINT_SLOTS = {"hit", "between", "prep:between", "prep:with", "prep:over", "prep:across", "prep:along", "prep:in",
               "prep:near", "prep:at", "prep:inside"}
DONE_TO_PEOPLE = ("173", "174", "175", "18")  # arrests, deportations, violence against persons
BORROWED = ("context:sentence", "context:dateline", "context:focus", "context:place")
#: sectors that clash in words, not arms: officials, bodies, courts, firms, media
UNARMED_SECTORS = {"GOV", "LEG", "OPP", "ELI", "JUD", "BUS", "MED", "IGO"}
#: what a dispute may be over without being a fight over ground ("clashed over the budget")
ISSUE_WORDS = {"issue", "issues", "policy", "policies", "plan", "plans", "proposal", "proposals", "bill", "law",
               "reform", "reforms", "budget", "question", "decision", "approach", "strategy", "tariff", "tariffs",
               "trade", "deal", "treaty", "sanctions", "support", "funding", "spending", "rules", "vote",
               "directive", "legislation", "programme", "program", "talks", "role", "future", "handling", "access",
               "market", "markets", "imports", "exports", "prices", "quotas", "subsidies", "rights", "demands"}
#: acts that two sides do to each other when named together ("A and B clashed", "fighting between A and B")
FOUGHT_OUT = {"clash", "fighting", "fight", "battle", "skirmish", "hostility", "firefight", "confrontation",
              "conflict", "war", "exchange", "standoff", "stand-off", "fire", "gunfire", "blow"}
#: "went to Syria to fight Isis": where one went and why, not a fight the clause tells
MOTION_VERBS = {"go", "travel", "come", "return", "head", "leave", "volunteer", "move", "set"}
PEOPLE = {"people", "person", "man", "woman", "child", "civilian", "resident", "villager", "student", "worker",
          "journalist", "activist", "protester", "demonstrator", "member", "leader", "official", "soldier",
          "prisoner", "suspect", "hostage", "refugee", "migrant", "family", "crowd", "group", "dozen", "hundred",
          "thousand", "supporter", "opponent", "citizen", "national", "foreigner", "tourist", "passenger",
          "force", "troop", "fighter", "militia", "rebel", "militant", "army", "unit", "police", "guard",
          "insurgent", "jihadist", "volunteer", "ally", "partner", "government", "authority", "kurd", "banker",
          "lender", "creditor", "investor", "adviser", "advisor", "lawyer", "executive", "representative", "farmer"}
PLACE_OBJECTS = {"town", "city", "village", "region", "province", "area", "capital", "camp", "border", "district",
                 "territory", "zone", "street", "square", "base", "airport", "port", "island", "settlement",
                 "position", "building", "headquarters", "office", "embassy", "compound", "complex", "palace",
                 "parliament", "ministry", "station", "school", "hospital", "mosque", "church", "market", "bridge",
                 "road", "highway", "pipeline", "plant", "facility", "convoy", "vehicle", "ship", "vessel", "plane",
                 "aircraft", "helicopter", "tanker", "boat", "train", "bus", "home", "house", "hotel", "prison"}
UNSAID = {"forecast", "alleged", "denied", "not-done"}
ANNOUNCING = {"announce", "declare", "unveil", "order"}
#: full verbs the parser sometimes takes for auxiliaries; before a bare infinitive they may be ("Iran helped
#: track al-Qaida"), before a participle the participle is an adjective
FULL_VERBS_AS_AUX = {"help", "helps", "helped", "appear", "remain", "become", "enjoy", "seem"}
#: the population at large, whom a politician courts rather than deals with ("talk to as many people as
#: possible", "ask the British people for support"): not an addressee of diplomacy at home; a government
#: telling its citizens to leave a country does address them
GENERAL_PUBLIC = {"people", "public", "voters", "electorate", "families", "taxpayers", "households",
                  "everyone", "everybody", "constituents"}
#: the press met at a news conference: a briefing, not a meeting between actors
THE_PRESS = {"reporters", "journalists", "press", "media", "newsmen", "correspondents"}

#: words said, not acts: "the assessment", "his remarks"
SAID_THINGS = {"assessment", "claim", "view", "remark", "comment", "statement", "argument", "assertion", "rhetoric",
               "speech", "words", "suggestion", "idea", "opinion", "analysis", "interpretation", "characterisation",
               "characterization", "narrative", "account", "version", "tweet",
               # "attacked OECD forecasts of its growth": figures someone put out, fought with words
               "forecast", "estimate", "projection", "prediction", "figure", "statistic"}
#: the names of a deal: what is signed or agreed, and what its terms are the terms of
DEAL_NOUNS = {"deal", "agreement", "accord", "pact", "treaty", "contract", "arrangement", "protocol", "memorandum"}
#: verbs that make a deal ("signed the accord", "sealed a pact"): the deal's own time and terms are the act's
DEAL_MAKING_VERBS = {"sign", "conclude", "reach", "strike", "seal", "ink"}
