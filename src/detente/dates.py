"""Dates given by users: one parser and one message for every command and option.

Options and headers take ISO days only (``2021-12-03``): a format that reads the same everywhere, which
``03/12/2021`` does not. Feeds and exports in the wild carry other forms; the readers normalise those
(:func:`detente.readers.base.normalize_date`).
"""

from __future__ import annotations

import datetime as dt
import re

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: str, what: str = "date") -> str:
    """``value`` if it is a real day written YYYY-MM-DD; else ValueError naming ``what``."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value.strip()):
        raise ValueError(f"{what} {value!r} is not a date like 2021-12-03 (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a real day") from None
