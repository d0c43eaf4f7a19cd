"""The words that say an act did not (yet) happen: futures, intentions, threats, refusals, requests, hedges,
negations, conditions, outcomes and the reporting, alleging and denying verbs around them.

Shared by the modality reader (:mod:`detente.coder.modality`) and the detectors that find frames.
"""

from __future__ import annotations

import re

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "could", "might", "may", "should", "going"}
INTENT_VERBS = {"plan", "intend", "want", "seek", "aim", "hope", "prefer", "agree", "promise", "pledge", "vow",
                "decide", "prepare", "consider", "propose", "offer", "expect", "wish", "commit", "resolve",
                "mean", "undertake", "volunteer", "strive", "move", "look",
                # adjectives that take "to": "is willing to", "stands ready to"
                "willing", "ready", "prepared", "determined", "eager", "keen", "set", "poised", "happy", "glad",
                "available",  # "its warships were available to escort tankers": on offer, not yet done
                # a timetable: "are due to meet on Friday", "is scheduled to visit"
                "due", "schedule", "scheduled", "slate", "slated"}
THREAT_VERBS = {"threaten", "warn"}
#: "is determined to", "their determination to", "his desire to": the writer's account of a resolve or a wish,
#: not a promise to anyone
RESOLVE_WORDS = {"determined", "determination", "resolve", "resolute", "bent", "desire", "ambition", "wish"}
#: "want / need X to do": the object is asked to act (with an object; "want to do" is an intent).
WANT_VERBS = {"want", "need", "wish", "expect", "like", "prefer"}
HOPING = {"want", "wish", "hope", "plan", "intend", "expect"}
REFUSAL_VERBS = {"refuse", "decline", "reject", "resist", "deny", "oppose", "veto", "rule"}
REQUEST_VERBS = {"urge", "ask", "call", "demand", "press", "appeal", "request", "invite", "encourage", "push", "lobby",
                 "implore", "beg", "order", "tell", "instruct", "advise", "pressure", "pressurize"}
# Talking someone into an act: while it is being tried, the act is only asked of them ("persuaded" tells it done)
PERSUADING = {"persuade", "convince", "coax", "cajole"}
INTENT_NOUNS = {"intention", "intent", "plan", "readiness", "willingness", "commitment", "pledge", "promise",
                "proposal", "desire", "bid", "offer", "aim", "goal", "initiative", "preparation"}
THREAT_NOUNS = {"threat", "warning", "ultimatum"}
#: "pursued efforts to obtain a ceasefire": what is striven for is not had
ATTEMPT_NOUNS = {"effort", "attempt", "endeavour", "endeavor", "quest", "drive", "push", "struggle"}
REFUSAL_NOUNS = {"refusal", "rejection", "reluctance", "unwillingness", "failure"}
# a resolution, motion or bill "to impose sanctions" proposes the act; voting it down or through is the news
REQUEST_NOUNS = {"request", "call", "demand", "appeal", "plea", "invitation", "proposal", "bid", "petition", "pressure",
                 "resolution", "motion", "bill", "draft", "vote"}  # "the vote to attack the Assad government"
FUTURE_ADJECTIVES = {"imminent", "planned", "future", "proposed", "forthcoming", "upcoming", "impending", "new",
                     "scheduled"}
# "a possible counterattack", "an expected strike": talk of an act that may come, not a stated plan
HYPOTHETICAL_ADJECTIVES = {"possible", "potential", "prospective", "hypothetical", "likely", "probable"}
FORECAST_ADJECTIVES = {"expected", "anticipated", "feared", "predicted", "rumoured", "rumored", "looming"}
# "possibly backed by", "probably carried out by": the writer's guess, not a stated act
HEDGES = {"possibly", "probably", "perhaps", "maybe", "presumably", "likely", "unlikely"}  # "will likely impose"
# "have traditionally opposed", "usually criticises": a habit, a vague ongoing state the guide does not code ("routinely
# beat detainees" tells repeated acts, which it does)
HABITUAL = {"traditionally", "customarily", "habitually", "historically", "usually", "normally", "typically"}
# "acted without consulting", "instead of negotiating": the governed act did not happen
NOT_DONE_PREPS = {"without", "instead", "than"}
#: verbs by which a firm or a body tells news of its own ("Acme said president X resigned")
TELLING_VERBS = {"say", "announce", "report", "add", "disclose", "confirm"}
#: verbs that ask or argue "for" something ("called for an inquiry", "argued for standing by the Kurds")
PLEADING_FOR = {"call", "press", "push", "ask", "appeal", "plead", "lobby", "clamor", "clamour", "beg", "petition",
                "campaign", "agitate", "argue"}
# "to end the fighting", "prevent an attack": the governed event does not happen.
ENDING_VERBS = {"end", "stop", "halt", "cease", "prevent", "avoid", "avert", "forestall", "resolve", "settle",
                "spare"}  # "was spared an assault"
#: verbs that break talks off ("suspended", "terminated their negotiations", "broke off", "walked out of"): the
#: talks are halted (164); "ended two days of talks" tells talks held, and "end" is not here
HALTING_VERBS = {"suspend", "halt", "freeze", "pause", "stop", "abandon", "cancel", "scrap", "terminate", "quit",
                 "boycott", "shelve", "postpone", "adjourn", "torpedo", "derail", "drop", "withdraw", "rescind",
                 "retract"}
#: with a particle or a preposition: "broke off the talks", "called off", "pulled out of", "walked away from"
HALTING_PHRASES = {("break", "off"), ("call", "off"), ("pull", "out"), ("walk", "out"), ("walk", "away"),
                   ("withdraw", "from"), ("pull", "from")}
ANNOUNCE_VERBS = {"announce", "plan", "propose", "consider", "promise", "threaten", "discuss", "prepare",
                  "envisage", "mull", "weigh", "unveil", "signal"}
#: forms the tagger's lemmatiser gets wrong ("hopes" -> "hop")
LEMMA_SLIPS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
#: (and "a requirement that the administration investigate", "a provision that it impose sanctions": a rule's terms)
OBLIGATION_NOUNS = {"obligation", "duty", "responsibility", "requirement", "provision", "stipulation", "proviso"}
#: "the aim of the party is to leave the union", "whose role is to provide loans": what the noun is "to" do is a
#: purpose told of someone, not an act done or a promise made
PURPOSE_NOUNS = {"aim", "goal", "role", "purpose", "objective", "mission", "task", "job", "function", "plan",
                 "proposal", "idea", "scheme", "dream", "ambition", "intention"}
#: "plans under discussion", "a proposal under review": weighed by someone, not announced by the one to act
UNDER_WEIGHING = {"discussion", "consideration", "review", "study", "negotiation", "debate", "examination"}
#: "is considering building", "weighs sending": an option being weighed, not a stated plan
WEIGHING = {"consider", "weigh", "mull", "study", "explore", "contemplate", "ponder"}
#: verbs of force whose wish, told of someone in the past, is no threat they made
HOSTILE_VERBS = {"attack", "kill", "bomb", "strike", "invade", "destroy", "hit", "target", "overthrow", "topple"}
ALLEGING_VERBS = {"accuse", "suspect", "charge", "blame", "allege", "claim", "implicate", "convict", "indict",
                  "arrest", "detain", "sentence", "investigate", "try", "jail", "prosecute"}
DEMANDING_VERBS = {"demand", "urge", "request", "ask", "order", "instruct", "beg", "implore", "plead"}
DENYING_VERBS = {"deny", "dismiss", "reject", "refute", "rebut"}
#: what a denial is of ("denied reports it was pulling out", "dismissed claims that ..."): the act they tell is denied
REPORT_NOUNS = {"report", "story", "suggestion", "rumour", "rumor", "speculation", "news", "claim", "allegation",
                "accusation", "charge", "assertion", "insinuation", "contention", "account", "talk"}
#: what one fears or suspects may happen is a guess about others, not a policy option anyone stated
FEARING = {"fear", "worry", "suspect", "speculate", "wonder", "doubt", "think", "believe", "reckon"}
FORECAST_WORDS = {"expect", "likely", "unlikely", "predict", "forecast", "anticipate", "project", "tip", "poised",
                  "suppose", "supposed",  # "before October, when he is supposed to step down": expected of him
                  # "pessimistic that Congress will approve", "doubts the bank would buy": a guess at odds
                  "pessimistic", "optimistic", "doubtful", "sceptical", "skeptical", "hopeful", "doubt",
                  "certain"}  # "are almost certain to go on strike this spring": a guess, however sure
CONDITIONS = {"if", "unless", "whether", "lest"}
REPORTING_VERBS = {"say", "announce", "warn", "threaten", "tell", "state", "declare", "vow", "pledge", "promise",
                   "insist", "add", "indicate", "signal", "report", "confirm", "believe", "think", "hope"}
UNWILLING = {"reluctant", "unwilling", "hesitant", "loath", "loth", "disinclined", "averse",
             "unable", "powerless", "incapable", "insufficient"}  # "is unable to provide support": not done
NEGATING_ADVERBS = {"never", "not", "n't", "hardly", "scarcely", "barely"}
NEGATING_SUBJECTS = {"nobody", "none", "noone"}
#: "set the stage for", "pave the way for", "provides leverage for a meeting": what makes an act possible
SETTING_NOUNS = {"scene", "stage", "groundwork", "way", "leverage", "impetus", "momentum", "basis", "ammunition"}
#: "prospects for a meeting", "hopes for talks", "the chances of a deal": odds of an act, not the act
ODDS_NOUNS = {"prospect", "chance", "odds", "likelihood", "hope", "possibility"}
POSSIBILITY = {"possibility", "possible", "likely", "unlikely", "risk", "prospect", "danger", "likelihood",
               "option", "scenario"}
#: "could lead to fighting", "may spark clashes", "would mean sanctions": a verb whose object is its outcome
OUTCOME_VERBS = {"lead", "result", "end", "turn", "escalate", "spill", "descend", "drag", "plunge", "amount",
                 "mean", "bring", "spark", "trigger", "cause", "provoke", "prompt", "fuel", "risk", "pave", "entail",
                 "invite", "precipitate", "unleash", "ignite", "reignite"}
#: "may yet reach a deal", "could strike an agreement": the noun is what the verb would bring about
REACHING = {"reach", "strike", "clinch", "seal", "conclude", "hammer", "broker", "secure", "obtain", "achieve",
            # "should be able to order the detention", "could launch an offensive": made by the verb, not there
            "order", "launch", "mount", "stage", "conduct", "impose"}
#: verbs whose object is there already, whatever one plans or is asked to do about it: "was meant to offset
#: Reagan's aid program", "urged him to condemn the attack"
ANSWERING = {"offset", "counter", "counteract", "counterbalance", "condemn", "criticise", "criticize", "denounce",
             "deplore", "oppose", "protest", "investigate", "probe"}
#: what an act only "expected" is foreseen by: "are expected to sign an agreement", "is expected to bring
#: indictments", "is expected to lead to fighting" (but "is expected to condemn the attack": the attack happened)
FORESEEN_BY = REACHING | OUTCOME_VERBS | {"sign", "hold", "begin", "open", "start", "announce", "file", "lodge",
                                          "press", "go", "stage"}  # ("are certain to go on strike this spring")
#: a time to come ("next week", "tomorrow", "later this month"): the act is announced, not done
COMING_TIME = re.compile(r"\b(next|tomorrow|coming|upcoming|later this|later in)\b", re.IGNORECASE)
#: a time later on the day of the report: to come for a present tense ("is hosting a dinner tonight"), though a
#: past tense tells of it too ("said tonight"), so only a present verb reads it as a plan
LATER_TODAY = re.compile(r"\b(tonight|later today|this evening|later this (morning|afternoon|evening))\b",
                         re.IGNORECASE)
#: a bare weekday ("on Friday"): to come for a progressive ("is meeting him on Friday")
WEEKDAY = re.compile(r"^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)

#: onlookers whose word on what a state or a firm will do is a guess, not its stated plan
FORECASTERS = {"analyst", "trader", "economist", "dealer", "expert", "observer", "forecaster", "commentator",
               "strategist", "consultant", "broker", "pundit", "diplomat", "specialist"}

#: what an event noun does when it happens ("talks resume", "the summit opens")
TAKING_PLACE = {"resume", "begin", "start", "open", "take", "go", "continue", "reconvene", "restart", "commence",
                "hold", "convene"}
#: what the frame decides for good: a condition or a possibility around it changes nothing
SETTLED = {"negated", "refused", "denied", "alleged", "not-done", "forecast", "hypothetical", "obligation", "request",
           "resolve", "threat"}
#: talk and what it is about: "talks on further aid", "a debate about sanctions" (the aid is not given)
TALK_NOUNS = {"talk", "talks", "discussion", "negotiation", "meeting", "conference", "consultation", "debate",
              "dialogue", "summit", "session"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
