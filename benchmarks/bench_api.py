"""How fast the API answers on a big store: 1,000,000 synthetic events, generated in SQL (seconds, not hours).

    .venv/bin/python benchmarks/bench_api.py [--events 1000000] [--calls 30] [--db PATH] [--keep]

Builds a store with the store's own schema (``open_store`` creates the tables and indexes; every column of
``events`` is filled, whatever the schema version adds), then times the time-series and dyad endpoints through
FastAPI's TestClient (so validation and JSON are included) and prints the median and 90th percentile of
``--calls`` calls each. Goal from issue 4: time series and dyads under 200 ms at the median.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

ACTORS = ["BLR", "EU", "CHN", "RUS", "USA", "UKR", "POL", "LTU", "DEU", "FRA", "GBR", "TUR", "IRN", "ISR", "PSE",
          "SYR", "IRQ", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "TWN", "UN", "NATO", "ITA", "ESP", "NLD", "SWE",
          "FIN", "NOR", "LVA", "EST", "HUN", "ROU", "SRB", "GEO", "ARM", "AZE", "KAZ", "UZB", "EGY", "SAU", "ARE",
          "QAT", "NGA", "ETH", "KEN", "ZAF", "BRA", "ARG", "MEX", "CAN", "AUS", "VEN", "COL", "CUB", "AU", "IMF"]


def build(path: Path, n: int) -> float:
    """Fill a new store at ``path`` with ``n`` synthetic events (and one article per 3 events)."""
    from detente.ontology import all_codes
    from detente.store.database import EVENT_COLUMNS, open_store

    codes = [c for c in all_codes() if len(c.code) == 3]
    started = time.perf_counter()
    with open_store(path) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE codes AS SELECT * FROM (VALUES "
                    + ", ".join("(?, ?, ?, ?, ?, ?, ?, ?)" for _ in codes) + ") "
                    "t(i, code, root, label, goldstein, quad, plover_event, plover_mode)",
                    [v for k, c in enumerate(codes) for v in (k, c.code, c.root, c.label, c.goldstein, c.quad_class,
                                                               c.plover_event, c.plover_mode)])
        con.execute("CREATE TEMP TABLE actors AS SELECT unnest(?::VARCHAR[]) AS code, "
                    "generate_subscripts(?::VARCHAR[], 1) - 1 AS i", [ACTORS, ACTORS])
        con.execute("SELECT setseed(0.42)")
        skewed = f"floor(pow(random(), 2.2) * {len(ACTORS)})::INTEGER"  # a few busy actors, a long tail
        con.execute(f"""CREATE TEMP TABLE raw AS SELECT r AS n, DATE '2015-01-01' + (random() * 3650)::INTEGER AS day,
            {skewed} AS s, {skewed} AS t,
            floor(random() * {len(codes)})::INTEGER AS c, random() AS conf FROM range({n}) r(r)""")
        expr = {
            "id": "printf('e%010d', n)", "article_id": "printf('a%09d', n // 3)", "sentence_index": "n % 3",
            "sentence": "sa.code || ' ' || lower(k.label) || ' ' || ta.code || '.'", "date": "day",
            "date_published": "day", "source_text": "sa.code", "source_name": "sa.code", "source_code": "sa.code",
            "source_country": "CASE WHEN length(sa.code) = 3 THEN sa.code END", "target_text": "ta.code",
            "target_name": "ta.code", "target_code": "ta.code",
            "target_country": "CASE WHEN length(ta.code) = 3 THEN ta.code END", "source_span_start": "0",
            "source_span_end": "length(sa.code)", "target_span_start": "0", "target_span_end": "length(ta.code)",
            "cameo": "k.code", "cameo_root": "k.root", "cameo_label": "k.label", "plover_event": "k.plover_event",
            "plover_mode": "k.plover_mode", "quad_class": "k.quad", "goldstein": "k.goldstein",
            "trigger_text": "'x'", "trigger_start": "0", "trigger_end": "1", "confidence": "conf",
            "coder_version": "'bench'", "source_sector": "CASE WHEN n % 3 = 0 THEN 'MIL' ELSE 'GOV' END",
            "target_sector": "'GOV'", "date_precision": "'day'",
            "event_key": "md5(day::VARCHAR || sa.code || ta.code || k.code)[:16]",
        }
        names = [name for name, _ in EVENT_COLUMNS]
        select = ", ".join(f"{expr.get(name, 'NULL')} AS {name}" for name in names)
        con.execute(f"INSERT INTO events ({', '.join(names)}) SELECT {select} FROM raw "
                    "JOIN actors sa ON sa.i = raw.s JOIN actors ta ON ta.i = (CASE WHEN raw.t = raw.s "
                    f"THEN (raw.t + 1) % {len(ACTORS)} ELSE raw.t END) JOIN codes k ON k.i = raw.c "
                    "ORDER BY day, sa.code, ta.code, n")
        con.execute("INSERT INTO articles (id, title, source_name, date_published, text) "
                    "SELECT article_id, 'title', 'bench', min(date), 'text' FROM events GROUP BY article_id")
        con.execute("CHECKPOINT")
    return time.perf_counter() - started


def timed(client, url: str, calls: int) -> tuple[float, float]:
    client.get(url).raise_for_status()  # warm-up (and the actor catalogue, computed once)
    times = []
    for _ in range(calls):
        t = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description="time the web API on a big synthetic store")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--db", type=Path, help="reuse or create the store here (default: a temp folder)")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from detente.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            print(f"building {args.events:,} events in {db} ...", flush=True)
            print(f"  built in {build(db, args.events):.1f} s", flush=True)
        app = create_app(db)
        client = TestClient(app, base_url="http://127.0.0.1")  # a Host the app answers
        total = client.get("/api/summary").json()["totals"]["events"]
        print(f"{total:,} events; event_key: {app.state.queries.schema.event_key}; median / p90 of "
              f"{args.calls} calls each")
        urls = {
            "timeseries 1 dyad, month, 10 y": "/api/timeseries?dyad=BLR-EU&interval=month",
            "timeseries 2 dyads, month, 10 y": "/api/timeseries?dyad=BLR-EU&dyad=BLR-CHN&interval=month",
            "timeseries 2 dyads, unique events": "/api/timeseries?dyad=BLR-EU&dyad=BLR-CHN&interval=month&unique=true",
            "timeseries 1 dyad, week, 2 y": "/api/timeseries?dyad=BLR-EU&interval=week&date_from=2022-01-01"
                                            "&date_to=2023-12-31",
            "timeseries 1 actor, month, 10 y": "/api/timeseries?actor=BLR&interval=month",
            "dyads top 25, all": "/api/dyads?limit=25",
            "dyads top 25, one year": "/api/dyads?limit=25&date_from=2020-01-01&date_to=2020-12-31",
            "dyads of one actor": "/api/dyads?actor=BLR&limit=25",
            "network 80 edges, one year": "/api/network?date_from=2020-01-01&date_to=2020-12-31",
            "events page, filtered": "/api/events?actor=BLR&quad_class=4&limit=50",
            "events page, free text": "/api/events?q=sanctions&limit=50",
            "timeseries all events, month, 10 y": "/api/timeseries?interval=month",
            "top CAMEO codes of a dyad": "/api/codes?dyad=BLR-EU",
            "countries (map)": "/api/countries",
            "events page, by name and sector": "/api/events?actor=belarus&sector=GOV&limit=50",
            "meta (period, outlets)": "/api/meta",
            "summary (overview)": "/api/summary",
        }
        for label, url in urls.items():
            med, p90 = timed(client, url, args.calls)
            goal = "  (goal < 200 ms)" if label.startswith(("timeseries", "dyads")) else ""
            print(f"  {label:36s} {med:8.1f} ms  p90 {p90:8.1f} ms{goal}", flush=True)
        app.state.store.close()


if __name__ == "__main__":
    main()
