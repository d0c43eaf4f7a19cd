"""Query-parameter models of the API: shapes and limits here, meaning in the store's query model.

Why two steps: pydantic checks what a parameter looks like (a date, an integer 1-4, at most 20 actors) and
documents it in the OpenAPI schema; :func:`detente.store.query.build_filter`, the same function behind
``detente export`` and ``Store.events``, then canonicalises the values (actor names to codes, any case) and
rejects what the store cannot match. Both failures are 422s with a readable message, never a 500.

Why ``extra="forbid"``: a misspelt parameter (``?acter=BLR``) silently ignored would return the unfiltered
world and look like an answer; rejecting it with the list of known names does not. Limits (page size, CSV
rows, time-series buckets, offsets) live here too, so that one request cannot make the server scan or ship
the whole database.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from detente.store.query import DATE_PRECISIONS, FILTERS, SORTS, EventFilter, Terms, build_filter

MAX_PAGE = 500
MAX_CSV_ROWS = 100_000
MAX_OFFSET = 1_000_000
MAX_BUCKETS = 2_000
MAX_SERIES = 6

ActorName = Annotated[str, StringConstraints(pattern=r"^[\w .,'’()&/-]{1,100}$")]
Dyad = Annotated[str, StringConstraints(pattern=r"^[\w .,'’()&/-]{1,100}-[\w .,'’()&/-]{1,100}$")]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]
Cameo = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}$")]
Root = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,2}$")]
Word = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Quad = Annotated[int, Field(ge=1, le=4)]
Interval = Literal["day", "week", "month", "quarter", "year"]
Sort = Literal[tuple(SORTS)]  # type: ignore[valid-type]
Precision = Literal[DATE_PRECISIONS]  # type: ignore[valid-type]


def _doc(name: str) -> str:
    return FILTERS[name] + " (repeatable)"


class Strict(BaseModel):
    """Unknown parameters are errors (see the module docstring)."""

    model_config = ConfigDict(extra="forbid")


class NoParams(Strict):
    """For endpoints that take no query parameters: still reject unknown ones."""


class Filters(Strict):
    """The query vocabulary of docs/query.md (:data:`detente.store.query.FILTERS`)."""

    date_from: dt.date | None = Field(None, description=FILTERS["date_from"])
    date_to: dt.date | None = Field(None, description=FILTERS["date_to"])
    date_precision: list[Precision] = Field([], max_length=len(DATE_PRECISIONS), description=_doc("date_precision"))
    actor: list[ActorName] = Field([], max_length=20, description=_doc("actor"))
    source: list[ActorName] = Field([], max_length=20, description=_doc("source"))
    target: list[ActorName] = Field([], max_length=20, description=_doc("target"))
    dyad: list[Dyad] = Field([], max_length=MAX_SERIES, description=_doc("dyad"))
    sector: list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]] = Field(
        [], max_length=30, description=_doc("sector"))
    cameo: list[Cameo] = Field([], max_length=50, description=_doc("cameo"))
    cameo_root: list[Root] = Field([], max_length=20, description=_doc("cameo_root"))
    plover: list[Annotated[str, StringConstraints(max_length=12)]] = Field([], max_length=16,
                                                                          description=_doc("plover"))
    quad_class: list[Quad] = Field([], max_length=4, description=_doc("quad_class"))
    q: str | None = Field(None, min_length=1, max_length=200, description=FILTERS["q"])
    outlet: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        [], max_length=20, description=_doc("outlet"))
    country: list[Code] = Field([], max_length=50, description=_doc("country"))
    place: list[Word] = Field([], max_length=20, description=_doc("place"))

    @model_validator(mode="after")
    def _ordered(self) -> Filters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        return self

    def filter_values(self, skip: tuple[str, ...] = ()) -> dict[str, Any]:
        return {k: getattr(self, k) for k in FILTERS if k not in skip and getattr(self, k) not in (None, [])}

    def to_filter(self, terms: Terms | None, skip: tuple[str, ...] = ()) -> EventFilter:
        """The canonical filter (raises :class:`detente.store.query.QueryError`, a 422)."""
        return build_filter(self.filter_values(skip), terms)


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


_UNIQUE = "count an event reported by several articles once (slower)"


class DyadsParams(Filters):
    directed: bool = Field(False, description="source->target separately (default: both directions together)")
    unique: bool = Field(False, description=_UNIQUE)
    share: bool = Field(False, description="also each dyad's share of all (filtered) events (one more scan)")
    limit: int = Field(25, ge=1, le=MAX_PAGE)


class CodesParams(Filters):
    limit: int = Field(10, ge=1, le=100, description="how many CAMEO codes")


class NetworkParams(Filters):
    limit: int = Field(80, ge=1, le=MAX_PAGE, description="how many of the busiest edges")


class LocationsParams(Filters):
    limit: int = Field(500, ge=1, le=5_000)


class SeriesParams(Filters):
    """Time series: each ``dyad`` and each ``actor`` is a line of its own (none: one line of all events); the
    other filters apply to every line. ``interval=auto`` picks the finest interval that gives at most
    ``buckets`` buckets (the dashboard asks for what its chart's width can show)."""

    interval: Interval | Literal["auto"] = "auto"
    buckets: int = Field(150, ge=10, le=MAX_BUCKETS, description="with interval=auto: at most about this many buckets")
    unique: bool = Field(False, description=_UNIQUE)
    share: bool = Field(False, description="also each bucket's share of all stored mentions (one more scan)")

    @model_validator(mode="after")
    def _few(self) -> SeriesParams:
        if len(self.dyad) + len(self.actor) > MAX_SERIES:
            raise ValueError(f"at most {MAX_SERIES} series (dyad + actor) per request")
        return self


def check_buckets(interval: str, buckets: int, date_from: dt.date, date_to: dt.date) -> str | None:
    """An error message when the period cut by the interval gives more buckets than one chart should carry."""
    if buckets > MAX_BUCKETS:
        return (f"{interval} buckets from {date_from} to {date_to} would be {buckets}; the limit is "
                f"{MAX_BUCKETS}: narrow date_from/date_to or use a coarser interval")
    return None
