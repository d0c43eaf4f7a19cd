"""A small, hand-written demo store: tests, screenshots and first-time users see the dashboard with data.

The sentences are written for this project (no corpus text). The story is the one the dashboard is built
for: Belarus drifting from the EU towards China from the disputed August 2020 election on, with Poland,
Lithuania, Russia and the United States around it. Spans, codes, labels and Goldstein values are computed from
the sentences and the project's own ontology, so every event looks exactly like one the coder stores.
Deterministic: the same seed gives the same store.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from detente.model import Actor, Article, Event, Location, Trigger, event_id
from detente.ontology import lookup
from detente.store import open_store

# code -> (canonical name, surface forms, country, org, sector, CAMEO actor code)
ACTORS: dict[str, tuple[str, tuple[str, ...], str | None, str | None, str, str]] = {
    "BLR": ("Belarus", ("Belarus", "Minsk", "The Belarusian government", "President Alexander Lukashenko"),
            "BLR", None, "GOV", "BLRGOV"),
    "EU": ("European Union", ("The European Union", "Brussels", "The EU", "EU foreign ministers"),
           None, "EU", "IGO", "IGOEUREEC"),
    "CHN": ("China", ("China", "Beijing", "The Chinese government"), "CHN", None, "GOV", "CHNGOV"),
    "RUS": ("Russia", ("Russia", "Moscow", "The Kremlin"), "RUS", None, "GOV", "RUSGOV"),
    "POL": ("Poland", ("Poland", "Warsaw", "The Polish government"), "POL", None, "GOV", "POLGOV"),
    "LTU": ("Lithuania", ("Lithuania", "Vilnius"), "LTU", None, "GOV", "LTUGOV"),
    "USA": ("United States", ("The United States", "Washington", "The US State Department"),
            "USA", None, "GOV", "USAGOV"),
    "UKR": ("Ukraine", ("Ukraine", "Kyiv"), "UKR", None, "GOV", "UKRGOV"),
}
PLACES = {"BLR": ("Minsk", 53.90, 27.57), "EU": ("Brussels", 50.85, 4.35), "CHN": ("Beijing", 39.90, 116.40),
          "RUS": ("Moscow", 55.76, 37.62), "POL": ("Warsaw", 52.23, 21.01), "LTU": ("Vilnius", 54.69, 25.28),
          "USA": ("Washington", 38.90, -77.04), "UKR": ("Kyiv", 50.45, 30.52)}

# (CAMEO code, trigger, sentence template with {S} {V} {T}, pattern id)
ACTIONS: dict[str, tuple[str, str, str, str]] = {
    "sanction": ("163", "imposed", "{S} {V} new sanctions on {T} over the crackdown on protesters.",
                 "verbs:impose_sanctions"),
    "accuse": ("112", "accused", "{S} {V} {T} of rigging the presidential election.", "verbs:accuse"),
    "criticize": ("111", "criticized", "{S} sharply {V} {T} for the arrests of journalists.", "verbs:criticize"),
    "expel": ("166", "expelled", "{S} {V} diplomats of {T} after a row over the border.", "verbs:expel"),
    "threaten": ("138", "warned", "{S} {V} {T} that it would close the border crossings.", "verbs:warn"),
    "demand": ("102", "demanded", "{S} {V} that {T} release political prisoners.", "verbs:demand"),
    "mobilize": ("150", "deployed", "{S} {V} troops near the border with {T} on Tuesday.", "verbs:deploy_troops"),
    "agree": ("057", "signed", "{S} {V} an agreement on industrial investment with {T}.", "verbs:sign_agreement"),
    "visit": ("042", "visited", "{S} {V} {T} to discuss trade and the Great Stone industrial park.", "verbs:visit"),
    "consult": ("040", "held talks", "{S} {V} with {T} on transport links and energy.", "verbs:hold_talks"),
    "cooperate": ("061", "expanded", "{S} {V} economic cooperation with {T} under a new credit line.",
                  "verbs:expand_cooperation"),
    "aid": ("073", "sent", "{S} {V} medical supplies to {T} as infections rose.", "verbs:send_aid"),
    "praise": ("051", "praised", "{S} {V} {T} for its support at the United Nations.", "verbs:praise"),
    "military": ("062", "held", "{S} {V} joint military exercises with {T}.", "verbs:hold_exercises"),
}
TITLES = {
    "sanction": "{S} widens sanctions on {T}", "accuse": "{S} accuses {T} of election fraud",
    "criticize": "{S} condemns arrests of journalists in {T}", "expel": "{S} expels diplomats of {T}",
    "threaten": "{S} warns {T} over border crossings", "demand": "{S} demands release of prisoners in {T}",
    "mobilize": "{S} moves troops to border with {T}", "agree": "{S} and {T} sign investment deal",
    "visit": "{S} delegation visits {T}", "consult": "{S} and {T} hold talks on transport and energy",
    "cooperate": "{S} expands credit line to {T}", "aid": "{S} sends medical supplies to {T}",
    "praise": "{S} thanks {T} for support at the UN", "military": "{S} and {T} hold joint exercises",
}
# (source, target, action, weight per phase: before Aug 2020, Aug 2020 - 2021, 2022)
STORY = [
    ("EU", "BLR", "consult", (3, 0, 0)), ("EU", "BLR", "sanction", (0, 4, 5)), ("EU", "BLR", "accuse", (0, 3, 1)),
    ("EU", "BLR", "demand", (0, 3, 2)), ("BLR", "EU", "criticize", (0, 2, 2)), ("BLR", "EU", "threaten", (0, 1, 1)),
    ("BLR", "EU", "consult", (2, 0, 0)), ("CHN", "BLR", "agree", (1, 2, 3)), ("BLR", "CHN", "visit", (1, 2, 2)),
    ("CHN", "BLR", "cooperate", (1, 2, 3)), ("CHN", "BLR", "aid", (0, 2, 1)), ("BLR", "CHN", "praise", (0, 2, 2)),
    ("RUS", "BLR", "military", (1, 2, 3)), ("RUS", "BLR", "cooperate", (1, 2, 2)), ("POL", "BLR", "accuse", (0, 2, 2)),
    ("BLR", "POL", "expel", (0, 1, 1)), ("POL", "BLR", "mobilize", (0, 1, 2)), ("LTU", "BLR", "criticize", (0, 2, 1)),
    ("USA", "BLR", "sanction", (0, 2, 2)), ("RUS", "UKR", "mobilize", (0, 1, 4)), ("UKR", "RUS", "accuse", (0, 1, 3)),
    ("EU", "RUS", "sanction", (0, 1, 4)), ("EU", "UKR", "aid", (0, 0, 3)), ("USA", "UKR", "aid", (0, 0, 2)),
]
SOURCES = ("Baltic Wire", "Eastern Ledger", "Continental Post", "Daily Observer")


def _actor(code: str, rng: random.Random, offset: int) -> tuple[Actor, str]:
    name, forms, country, org, sector, cameo = ACTORS[code]
    text = rng.choice(forms)
    return Actor(text, (offset, offset + len(text)), name, country, org, sector, cameo, f"demo:{code}"), text


def _sentence(src: str, tgt: str, action: str, rng: random.Random) -> tuple[str, Actor, Actor, Trigger]:
    """Fill the template and compute the character spans of source, trigger and target."""
    _, verb, template, pattern = ACTIONS[action]
    out, actors, trigger = "", {}, None
    for piece in template.replace("{", "\0{").replace("}", "}\0").split("\0"):
        if piece in ("{S}", "{T}"):
            code = src if piece == "{S}" else tgt
            actor, text = _actor(code, rng, len(out))
            if piece == "{T}" and out:  # mid-sentence: no capital "The"
                text = text[0].lower() + text[1:] if text.startswith("The ") else text
                actor = Actor(text, actor.span, *(getattr(actor, f) for f in
                                                  ("name", "country", "org", "sector", "cameo", "entry")))
            actors[piece] = actor
            out += text
        elif piece == "{V}":
            trigger = Trigger(verb, (len(out), len(out) + len(verb)), pattern)
            out += verb
        else:
            out += piece
    assert trigger is not None
    return out, actors["{S}"], actors["{T}"], trigger


def demo_items(seed: int = 7, start: dt.date = dt.date(2020, 1, 1), months: int = 30,
               locations: bool = True) -> list[tuple[Article, list[Event]]]:
    """Articles (one to three sentences each) with their events over ``months`` months from ``start``."""
    rng = random.Random(seed)
    items: list[tuple[Article, list[Event]]] = []
    for m in range(months):
        first = dt.date(start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1, 1)
        phase = 0 if first < dt.date(2020, 8, 1) else 1 if first < dt.date(2022, 1, 1) else 2
        for src, tgt, action, weights in STORY:
            for _ in range(rng.randint(0, weights[phase])):
                day = first + dt.timedelta(days=rng.randint(0, 27))
                sentence, s_actor, t_actor, trigger = _sentence(src, tgt, action, rng)
                reports = 2 if rng.random() < 0.25 else 1  # some events are reported by two outlets
                for r in range(reports):
                    outlet = SOURCES[(rng.randint(0, 3) + r) % len(SOURCES)]
                    aid = f"demo-{first:%Y%m}-{len(items):04d}"
                    context = f"Officials in {PLACES[tgt][0]} did not immediately respond to a request for comment."
                    text = f"{sentence} {context} Reported by {outlet} on {day + dt.timedelta(days=r):%d %B %Y}."
                    code = lookup(ACTIONS[action][0])
                    where = src if action != "visit" else tgt
                    place = PLACES[where]
                    event = Event(
                        id=event_id(aid, 0, s_actor.code, t_actor.code, code.code, trigger.span[0]), article_id=aid,
                        sentence_index=0, sentence=sentence, date=day.isoformat(),
                        date_published=(day + dt.timedelta(days=r)).isoformat(), source=s_actor, target=t_actor,
                        cameo=code.code, cameo_root=code.root, cameo_label=code.label,
                        plover_event=code.plover_event, plover_mode=code.plover_mode, quad_class=code.quad_class,
                        goldstein=code.goldstein, trigger=trigger,
                        location=Location(place[0], ACTORS[where][2], place[1], place[2]) if locations else None,
                        confidence=round(0.6 + rng.random() * 0.35, 2), coder_version="demo")
                    title = TITLES[action].format(S=ACTORS[src][0], T=ACTORS[tgt][0])
                    items.append((Article(text=text, id=aid, title=title,
                                          date_published=(day + dt.timedelta(days=r)).isoformat(),
                                          url=f"https://news.example.org/{aid}", source_name=outlet), [event]))
    return items


def build_demo_store(path: str | Path, seed: int = 7, months: int = 30, locations: bool = True) -> int:
    """Write the demo store at ``path`` (a new file); returns the number of events stored."""
    items = demo_items(seed, months=months, locations=locations)
    with open_store(path) as store:
        store.add_batch(items)
        return store.count()
