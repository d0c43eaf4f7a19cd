"""Query-parameter models of the API: validation happens here, so bad input is a 422, never a 500.

Why pydantic models with ``extra="forbid"``: a misspelt parameter (``?acter=BLR``) silently ignored would
return the unfiltered world and look like an answer; rejecting it with the list of known names does not.
Limits (page size, CSV rows, time-series buckets, offsets) live here too, so that one request cannot make
the server scan or ship the whole database.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from detente.ontology import PLOVER_EVENTS, is_code
from detente.web.queries import EventFilter

MAX_PAGE = 500
MAX_CSV_ROWS = 100_000
MAX_OFFSET = 1_000_000
MAX_BUCKETS = 1_000
MAX_SERIES = 6
_BUCKET_DAYS = {"day": 1, "week": 7, "month": 30.44, "quarter": 91.3, "year": 365.25}


def _known_cameo(code: str) -> str:
    if not is_code(code):
        raise ValueError(f"{code!r} is not a CAMEO event code in the codebook")
    return code


def _plover(value: str) -> str:
    upper = value.upper()
    if upper not in PLOVER_EVENTS:
        raise ValueError(f"{value!r} is not a PLOVER event type; one of {', '.join(PLOVER_EVENTS)}")
    return upper


ActorCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_]{1,24}$")]
CameoRoot = Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-9]|20)$")]
CameoCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,4}$"), AfterValidator(_known_cameo)]
Plover = Annotated[str, StringConstraints(max_length=12), AfterValidator(_plover)]
Quad = Annotated[int, Field(ge=1, le=4)]
Dyad = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_]{1,24}-[A-Za-z0-9_]{1,24}$")]
Interval = Literal["day", "week", "month", "quarter", "year"]
Sort = Literal["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence", "cameo", "-cameo",
               "source", "-source", "target", "-target"]


class Strict(BaseModel):
    """Unknown parameters are errors (see the module docstring)."""

    model_config = ConfigDict(extra="forbid")


class NoParams(Strict):
    """For endpoints that take no query parameters: still reject unknown ones."""


class Period(Strict):
    date_from: dt.date | None = Field(None, description="first day, inclusive (YYYY-MM-DD)")
    date_to: dt.date | None = Field(None, description="last day, inclusive (YYYY-MM-DD)")

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        return self


class Filters(Period):
    actor: list[ActorCode] = Field([], max_length=20, description="actor code on either side (repeatable)")
    source: list[ActorCode] = Field([], max_length=20, description="source actor code (repeatable)")
    target: list[ActorCode] = Field([], max_length=20, description="target actor code (repeatable)")
    cameo_root: list[CameoRoot] = Field([], max_length=20, description="CAMEO root, 01-20 (repeatable)")
    cameo: list[CameoCode] = Field([], max_length=50, description="CAMEO event code (repeatable)")
    plover: list[Plover] = Field([], max_length=16, description="PLOVER event type (repeatable)")
    quad_class: list[Quad] = Field([], max_length=4, description="quad class 1-4 (repeatable)")
    q: str | None = Field(None, min_length=1, max_length=200, description="text the sentence contains")

    def to_filter(self) -> EventFilter:
        return EventFilter(date_from=self.date_from, date_to=self.date_to, actor=self.actor, source=self.source,
                           target=self.target, cameo_root=self.cameo_root, cameo=self.cameo, plover=self.plover,
                           quad_class=self.quad_class, q=self.q)


class EventsParams(Filters):
    sort: Sort = "-date"
    limit: int = Field(50, ge=1, le=MAX_PAGE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class CsvParams(Filters):
    sort: Sort = "-date"
    limit: int = Field(10_000, ge=1, le=MAX_CSV_ROWS)


class ActorsParams(Strict):
    q: str = Field("", max_length=100, description="part of a code or a name: 'Belarus', 'EU', 'BLR'")
    limit: int = Field(20, ge=1, le=100)


_UNIQUE = "count an event reported by several articles once (needs the store's event_key; slower)"


class DyadsParams(Filters):
    directed: bool = Field(False, description="source->target separately (default: both directions together)")
    unique: bool = Field(False, description=_UNIQUE)
    limit: int = Field(25, ge=1, le=MAX_PAGE)


class NetworkParams(Filters):
    limit: int = Field(80, ge=1, le=MAX_PAGE, description="how many of the busiest edges")


class LocationsParams(Filters):
    limit: int = Field(500, ge=1, le=5_000)


class SummaryParams(Period):
    interval: Interval = "month"


class SeriesParams(Period):
    dyad: list[Dyad] = Field([], max_length=MAX_SERIES, description="A-B: both directions (repeatable)")
    actor: list[ActorCode] = Field([], max_length=MAX_SERIES, description="all events of one actor (repeatable)")
    interval: Interval = "month"
    unique: bool = Field(False, description=_UNIQUE)

    @model_validator(mode="after")
    def _some(self) -> SeriesParams:
        if not self.dyad and not self.actor:
            raise ValueError("give at least one dyad=A-B (e.g. dyad=BLR-EU) or actor=CODE")
        if len(self.dyad) + len(self.actor) > MAX_SERIES:
            raise ValueError(f"at most {MAX_SERIES} series per request")
        return self


def check_buckets(interval: str, date_from: dt.date, date_to: dt.date) -> str | None:
    """An error message when the period cut by the interval gives more buckets than one chart should carry."""
    buckets = int(((date_to - date_from).days + 1) / _BUCKET_DAYS[interval]) + 1
    if buckets > MAX_BUCKETS:
        return (f"{interval} buckets from {date_from} to {date_to} would be about {buckets}; the limit is "
                f"{MAX_BUCKETS}: narrow date_from/date_to or use a coarser interval")
    return None
