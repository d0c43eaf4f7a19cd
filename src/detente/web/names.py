"""Display names for actor codes, read from the bundled lexicon files (states and organisations).

Why not the events' own names: a state's events carry whatever resolved the mention ("Minsk", "Lukashenko",
"Belarus"), so the lexicon's canonical name ("Belarus" for BLR) makes a clearer label. The YAML is read
directly, without building the full lexicon (which loads spaCy's tokenizer), because the server needs only
the names.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parents[1] / "lexicon" / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def known_names() -> dict[str, str]:
    """Code -> canonical name for every state (ISO alpha-3) and organisation code in the bundled lexicon."""
    names: dict[str, str] = {}
    files = (("countries.yml", "countries", "code"), ("organisations.yml", "organisations", "org"))
    for file, key, code_field in files:
        try:
            with open(_DATA / file, encoding="utf-8") as fh:
                data = yaml.load(fh, Loader=_LOADER) or {}
        except OSError:
            continue  # a lexicon file missing from an unusual install: fall back to the names in the events
        for item in data.get(key) or []:
            code, name = item.get(code_field), item.get("name")
            if code and name:
                names.setdefault(str(code), str(name))
    return names
