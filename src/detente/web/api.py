"""The JSON API under ``/api/``: thin handlers that validate (params.py), build the store's filter
(store/query.py) and call queries.py. Every chart's data is also a CSV (``*.csv``), written by the one CSV
writer of ``detente export``.

Handlers are plain ``def`` so FastAPI runs them in its thread pool; each query takes its own DuckDB cursor,
so concurrent requests do not serialise on one connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from detente.ontology import PLOVER_EVENTS, QUAD_CLASS_LABELS, ROOT_LABELS, all_codes
from detente.store.database import row_to_event
from detente.store.export import csv_chunks
from detente.store.query import DATE_PRECISIONS, FILTERS, SECTORS, build_filter
from detente.web.params import (
    ActorsParams,
    CodesParams,
    CsvParams,
    DyadsParams,
    EventsParams,
    Filters,
    LocationsParams,
    NetworkParams,
    NoParams,
    SeriesParams,
    check_buckets,
)
from detente.web.queries import Queries, Series, auto_interval, bucket_count

router = APIRouter(prefix="/api")
Id = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.:\-]{1,128}$", description="an id as the store holds it")]
SERIES_COLUMNS = ("series", "a", "b", "bucket", "mentions", "events", "q1", "q2", "q3", "q4", "goldstein", "share")
DYAD_COLUMNS = ("a", "a_name", "b", "b_name", "mentions", "events", "q1", "q2", "q3", "q4", "goldstein", "share",
                "first", "last")
COUNTRY_COLUMNS = ("country", "name", "events", "located", "goldstein")


def _q(request: Request) -> Queries:
    return request.app.state.queries


def _csv(filename: str, columns: Sequence[str], rows: Iterable[Any]) -> StreamingResponse:
    return StreamingResponse(csv_chunks(columns, rows), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/meta", summary="Labels, the store's period and outlets, and the filter vocabulary")
def meta(request: Request, p: Annotated[NoParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    return {**q.date_range(), "quad_classes": {str(k): v for k, v in QUAD_CLASS_LABELS.items()},
            "cameo_roots": dict(ROOT_LABELS), "plover_events": list(PLOVER_EVENTS),
            "cameo_codes": {c.code: c.label for c in all_codes()}, "sectors": dict(SECTORS),
            "date_precisions": list(DATE_PRECISIONS), "outlets": q.outlets(), "filters": dict(FILTERS),
            "event_key": True}  # every store links mentions of one event (the dashboard asks for unique counts)


@router.get("/summary", summary="Overview: totals, undated events, top actors, dyads and CAMEO roots")
def summary(request: Request, p: Annotated[Filters, Query()]) -> dict[str, Any]:
    q = _q(request)
    return q.summary(p.to_filter(q.terms))


@router.get("/events", summary="Events matching filters, one page at a time")
def events(request: Request, p: Annotated[EventsParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    return q.events(p.to_filter(q.terms), p.sort, p.limit, p.offset)


@router.get("/events.csv", summary="The filtered events as CSV: the columns of `detente export --format csv`",
            response_class=StreamingResponse)
def events_csv(request: Request, p: Annotated[CsvParams, Query()]) -> StreamingResponse:
    q = _q(request)
    flt = p.to_filter(q.terms)
    return _csv("detente-events.csv", q.export_columns(), q.events_csv(flt, p.sort, p.limit))


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
    return {"items": _q(request).terms.search(p.q, p.limit)}


@router.get("/dyads", summary="Top dyads by volume, with counts per quad class, mean Goldstein and share")
def dyads(request: Request, p: Annotated[DyadsParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    return {"items": q.dyads(p.to_filter(q.terms), p.directed, p.limit, p.unique, p.share)}


@router.get("/dyads.csv", summary="The top dyads as CSV", response_class=StreamingResponse)
def dyads_csv(request: Request, p: Annotated[DyadsParams, Query()]) -> StreamingResponse:
    return _csv("detente-dyads.csv", DYAD_COLUMNS, ({"share": None, **d} for d in dyads(request, p)["items"]))


@router.get("/codes", summary="The most frequent CAMEO event codes among the filtered events (e.g. of a dyad)")
def codes(request: Request, p: Annotated[CodesParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    return {"items": q.codes(p.to_filter(q.terms), p.limit)}


def _series(request: Request, p: SeriesParams) -> dict[str, Any]:
    q = _q(request)
    base = p.to_filter(q.terms, skip=("dyad", "actor"))
    resolved = build_filter({"dyad": p.dyad, "actor": p.actor}, q.terms)
    names = q.names()
    series = [Series(f"{names.get(a, a)} – {names.get(b, b)}", a, b) for a, b in resolved.dyad]
    series += [Series(names.get(a, a), a) for a in resolved.actor]
    series = series or [Series("All events")]
    days, whole = q.daily(series, base, p.unique, p.date_from, p.date_to, p.share)
    dated = [d for per_day in days for d in per_day if d is not None]
    date_from = p.date_from or (min(dated) if dated else None)
    date_to = p.date_to or (max(dated) if dated else None)
    if date_from is None or date_to is None:  # no dated event: no axis, only the undated counts
        return {"interval": None, "date_from": None, "date_to": None,
                "series": [{"label": s.label, "a": s.a, "b": s.b, "points": [],
                            "undated": per_day.get(None, {}).get("events", 0)}
                           for s, per_day in zip(series, days, strict=True)]}
    interval = auto_interval(date_from, date_to, p.buckets) if p.interval == "auto" else p.interval
    if msg := check_buckets(interval, bucket_count(interval, date_from, date_to), date_from, date_to):
        raise HTTPException(422, msg)
    return {"interval": interval, "date_from": date_from, "date_to": date_to,
            "series": q.timeseries(series, days, whole, interval, date_from, date_to)}


@router.get("/timeseries", summary="Per interval on a continuous axis: counts per quad class, mean Goldstein and "
                                   "share of all events, for dyads, actors or all events")
def timeseries(request: Request, p: Annotated[SeriesParams, Query()]) -> dict[str, Any]:
    return _series(request, p)


@router.get("/timeseries.csv", summary="The time series as CSV (one row per series and bucket)",
            response_class=StreamingResponse)
def timeseries_csv(request: Request, p: Annotated[SeriesParams, Query()]) -> StreamingResponse:
    data = _series(request, p)

    def rows() -> Iterator[dict[str, Any]]:
        for s in data["series"]:
            for point in s["points"]:
                yield {"series": s["label"], "a": s["a"], "b": s["b"], **point}

    return _csv("detente-timeseries.csv", SERIES_COLUMNS, rows())


@router.get("/network", summary="Actors and the busiest undirected dyads between them, for a period")
def network(request: Request, p: Annotated[NetworkParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    return q.network(p.to_filter(q.terms), p.limit)


@router.get("/countries", summary="Events per country for the map: the event's location, else its actors")
def countries(request: Request, p: Annotated[Filters, Query()]) -> dict[str, Any]:
    q = _q(request)
    return q.countries(p.to_filter(q.terms))


@router.get("/countries.csv", summary="Events per country as CSV", response_class=StreamingResponse)
def countries_csv(request: Request, p: Annotated[Filters, Query()]) -> StreamingResponse:
    return _csv("detente-countries.csv", COUNTRY_COLUMNS, countries(request, p)["items"])


@router.get("/locations", summary="Places with coordinates and their event counts")
def locations(request: Request, p: Annotated[LocationsParams, Query()]) -> dict[str, Any]:
    q = _q(request)
    return {"items": q.locations(p.to_filter(q.terms), p.limit)}
