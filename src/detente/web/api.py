"""The JSON API under ``/api/``: thin handlers that validate (see params.py) and call queries.py.

Handlers are plain ``def`` so FastAPI runs them in its thread pool; each query takes its own DuckDB cursor,
so concurrent requests do not serialise on one connection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from detente.ontology import PLOVER_EVENTS, QUAD_CLASS_LABELS, ROOT_LABELS, all_codes
from detente.store.database import row_to_event
from detente.web.params import (
    ActorsParams,
    CsvParams,
    DyadsParams,
    EventsParams,
    LocationsParams,
    NetworkParams,
    NoParams,
    SeriesParams,
    SummaryParams,
    check_buckets,
)
from detente.web.queries import Queries

router = APIRouter(prefix="/api")
Id = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.:\-]{1,128}$", description="an id as the store holds it")]


def _q(request: Request) -> Queries:
    return request.app.state.queries


@router.get("/meta", summary="The ontology labels the dashboard shows, and which optional store features exist")
def meta(request: Request, p: Annotated[NoParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    lo, hi = q.date_range()
    return {"date_from": lo, "date_to": hi, "quad_classes": {str(k): v for k, v in QUAD_CLASS_LABELS.items()},
            "cameo_roots": dict(ROOT_LABELS), "plover_events": list(PLOVER_EVENTS),
            "cameo_codes": {c.code: c.label for c in all_codes()},
            "event_key": True}  # every store links mentions of one event (the dashboard asks for unique counts)


@router.get("/summary", summary="Overview: totals, date range, quad-class series, top actors and dyads")
def summary(request: Request, p: Annotated[SummaryParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    lo, hi = q.date_range()
    date_from, date_to = p.date_from or lo, p.date_to or hi
    if date_from and date_to and (msg := check_buckets(p.interval, date_from, date_to)):
        raise HTTPException(422, msg)
    return q.summary(p.interval, p.date_from, p.date_to)


@router.get("/events", summary="Events matching filters, one page at a time")
def events(request: Request, p: Annotated[EventsParams, Query()]) -> dict[str, Any]:
    return _q(request).events(p.to_filter(), p.sort, p.limit, p.offset)


@router.get("/events.csv", summary="The filtered events as CSV (at most 100,000 rows per request)",
            response_class=StreamingResponse)
def events_csv(request: Request, p: Annotated[CsvParams, Query()]) -> StreamingResponse:
    names, rows = _q(request).events_csv_rows(p.to_filter(), p.sort, p.limit)

    def lines() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(names)
        for i, row in enumerate(rows):
            writer.writerow(row)
            if i % 1000 == 999:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="detente-events.csv"'})


@router.get("/events/{event_id}", summary="One event with its evidence, article and other reports of it")
def event(request: Request, event_id: Id, p: Annotated[NoParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    row = q.event(event_id)
    if row is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    record = row_to_event(row).to_dict()
    record["event_key"] = row.get("event_key")
    record["quad_label"] = QUAD_CLASS_LABELS.get(row["quad_class"])
    record["cameo_root_label"] = ROOT_LABELS.get(row["cameo_root"])
    article = q.article(row["article_id"]) or {"id": row["article_id"], "events": []}
    record["article"] = article
    record.update(q.same_event(row))
    return record


@router.get("/articles/{article_id}", summary="One article with its text and the events coded from it")
def article(request: Request, article_id: Id, p: Annotated[NoParams, Query()]) -> dict[str, Any]:
    found = _q(request).article(article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return found


@router.get("/actors", summary="Type-ahead over actor codes and names ('Belarus', 'EU', 'BLR')")
def actors(request: Request, p: Annotated[ActorsParams, Query()]) -> dict[str, Any]:
    return {"items": _q(request).search_actors(p.q, p.limit)}


@router.get("/dyads", summary="Top dyads by volume, with counts per quad class and mean Goldstein")
def dyads(request: Request, p: Annotated[DyadsParams, Query()]) -> dict[str, Any]:
    return {"items": _q(request).dyads(p.to_filter(), p.directed, p.limit, p.unique)}


@router.get("/timeseries", summary="Counts per quad class and mean Goldstein per interval, per dyad or actor")
def timeseries(request: Request, p: Annotated[SeriesParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    lo, hi = q.date_range()
    date_from, date_to = p.date_from or lo, p.date_to or hi
    if date_from is None or date_to is None:  # an empty store: nothing to bucket
        return {"interval": p.interval, "date_from": None, "date_to": None, "series": []}
    if msg := check_buckets(p.interval, date_from, date_to):
        raise HTTPException(422, msg)
    names = q.actor_names()
    series: list[tuple[str, str, str | None]] = []
    for d in p.dyad:
        a, b = d.split("-", 1)
        series.append((f"{names.get(a, a)} – {names.get(b, b)}", a, b))
    series += [(names.get(a, a), a, None) for a in p.actor]
    return {"interval": p.interval, "date_from": date_from, "date_to": date_to,
            "series": q.timeseries(series, p.interval, date_from, date_to, p.unique)}


@router.get("/network", summary="Actors and the busiest undirected dyads between them, for a period")
def network(request: Request, p: Annotated[NetworkParams, Query()]) -> dict[str, Any]:
    return _q(request).network(p.to_filter(), p.limit)


@router.get("/locations", summary="Places with coordinates and their event counts (empty before geolocation)")
def locations(request: Request, p: Annotated[LocationsParams, Query()]) -> dict[str, Any]:
    return {"items": _q(request).locations(p.to_filter(), p.limit)}
