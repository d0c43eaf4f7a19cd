"""How fast the API answers on a big store: 1,000,000 synthetic events, generated in SQL (seconds, not hours).

    .venv/bin/python benchmarks/bench_api.py [--events 1000000] [--calls 30] [--db PATH]
    .venv/bin/python benchmarks/bench_api.py --load [--clients 50] [--duration 30] [--workers 2] [--db PATH]
                                             [--wide] [--no-cache]

Builds a store with the store's own schema (``open_store`` creates the tables and indexes; every column of
``events`` is filled, whatever the schema version adds). Without ``--load`` it times the time-series and dyad
endpoints through FastAPI's TestClient (so validation and JSON are included; ``Cache-Control: no-cache``
makes every call a real query, not a cached answer) and prints the median and 90th percentile of ``--calls``
calls each. Goal from issue 4: time series and dyads under 200 ms at the median.

``--load`` (issue 10) runs the real server, ``detente serve --workers N`` on 127.0.0.1, and drives it over
HTTP: first one client for ``--single`` seconds (the single-client rate), then ``--clients`` concurrent
clients for ``--duration`` seconds, each request drawn from a mix of the dashboard's questions (see
:func:`request_mix`): events pages, time series and top dyads. It prints requests/s, latency percentiles,
errors and the share answered from the response cache, then stops the server and checks that none of its
processes is left. Goal: >= 150 requests/s, p99 < 1 s, no errors, with 50 clients on 1,000,000 events.
``--wide`` asks many more distinct questions, ``--no-cache`` makes every request a real query. The clients
are keep-alive connections parsed with httptools (:class:`_Connection`): a client must cost less than the
server it measures when both share two cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
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
    fresh = {"Cache-Control": "no-cache"}  # a real query every time, not the response cache's copy
    client.get(url, headers=fresh).raise_for_status()  # warm-up (and the actor catalogue, computed once)
    times = []
    for _ in range(calls):
        t = time.perf_counter()
        r = client.get(url, headers=fresh)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def request_mix(seed: int = 0, draws: int = 3000, wide: bool = False) -> list[str]:
    """What fifty analysts following the same crises ask, in thirds: events pages, time series, top dyads.

    Over the busiest 12 actors (the synthetic store's skew makes them most of the events): events pages by
    actor, quad class and page; time series of a dyad over 10 years by month (the dyad explorer's default),
    of an actor, or of one of the three busiest dyads by week over two years; the top dyads overall, for a
    year or for an actor. About 170 distinct URLs, drawn ``draws`` times: each is a real query the first
    time it is asked (per server process), a repeat afterwards, as on a dashboard many people use at once.
    ``wide``: about 600 distinct URLs (any page and sort, weekly series of any dyad in any two years), so that
    about half of the requests are new queries: the rate of the queries themselves more than of the cache.
    """
    rng = random.Random(seed)
    busy = ACTORS[:12]

    def events() -> str:
        url = f"/api/events?actor={rng.choice(busy)}&limit=50"
        if wide:
            url += f"&offset={rng.choice((0, 50, 100))}" + rng.choice(("", "&sort=-goldstein"))
        return url + rng.choice(("", "", "&offset=50", "&quad_class=1", "&quad_class=3", "&quad_class=4"))

    def series() -> str:
        kind = rng.random()
        if kind < 0.7:
            a, b = sorted(rng.sample(busy, 2))
            return f"/api/timeseries?dyad={a}-{b}&interval=month"
        if kind < 0.85:
            return f"/api/timeseries?actor={rng.choice(busy)}&interval=month"
        a, b = rng.choice([(ACTORS[0], ACTORS[1]), (ACTORS[0], ACTORS[2]), (ACTORS[1], ACTORS[2])])
        if wide:
            a, b = rng.sample(busy, 2)
        year = rng.randrange(2015, 2024) if wide else rng.choice((2020, 2022))
        return f"/api/timeseries?dyad={a}-{b}&interval=week&date_from={year}-01-01&date_to={year + 1}-12-31"

    def dyads() -> str:
        kind = rng.random()
        if kind < 0.3:
            return "/api/dyads?limit=25"
        if kind < 0.7:
            year = rng.randrange(2015, 2025)
            return f"/api/dyads?limit=25&date_from={year}-01-01&date_to={year}-12-31"
        return f"/api/dyads?limit=25&actor={rng.choice(busy)}"

    return [rng.choice((events, series, dyads))() for _ in range(draws)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Connection:
    """One keep-alive HTTP/1.1 connection, answers parsed by httptools (uvicorn's own parser).

    Why not httpx: on a 2-core machine the load generator shares the cores with the server it measures, and
    an async httpx request costs several times the server's cost of a cached answer.
    """

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.head = f"HTTP/1.1\r\nHost: {host}:{port}\r\n{extra}\r\n".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers[name.lower()] = value

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.complete = True

    async def get(self, path: str) -> tuple[int, dict[bytes, bytes]]:
        import httptools

        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.headers: dict[bytes, bytes] = {}
        self.body: list[bytes] = []
        self.complete = False
        parser = httptools.HttpResponseParser(self)
        self.writer.write(b"GET " + path.encode() + b" " + self.head)
        while not self.complete:
            data = await self.reader.read(1 << 16)  # type: ignore[union-attr]
            if not data:
                raise ConnectionError("the server closed the connection")
            parser.feed_data(data)
        return parser.get_status_code(), self.headers

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def _drive(base: str, urls: list[str], clients: int, seconds: float, fresh: bool = False) -> dict:
    """``clients`` concurrent keep-alive connections, each asking the next URL of the mix until time is up."""
    latencies: list[float] = []
    errors: list[str] = []
    hits = 0
    cursor = iter(range(10**9))
    host, port = base.removeprefix("http://").split(":")
    headers = {"Cache-Control": "no-cache"} if fresh else {}
    deadline = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal hits
        conn = _Connection(host, int(port), headers)
        try:
            while time.perf_counter() < deadline:
                url = urls[next(cursor) % len(urls)]
                t = time.perf_counter()
                try:
                    status, got = await conn.get(url)
                except Exception as e:  # a reset or a malformed answer: counted, and a new connection
                    errors.append(f"{url}: {type(e).__name__}: {e}")
                    conn.close()
                    continue
                latencies.append(time.perf_counter() - t)
                if status != 200:
                    errors.append(f"{url}: HTTP {status}")
                hits += got.get(b"x-cache") == b"hit"
        finally:
            conn.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {"requests": len(latencies), "rate": len(latencies) / elapsed, "p50": pct(0.50), "p90": pct(0.90),
            "p99": pct(0.99), "max": pct(1.0), "errors": errors, "hits": hits}


def _report(label: str, r: dict) -> None:
    share = r["hits"] / r["requests"] if r["requests"] else 0
    print(f"  {label:22s} {r['rate']:7.1f} req/s  {r['requests']:6,} requests  p50 {r['p50']:6.1f} ms  "
          f"p90 {r['p90']:6.1f} ms  p99 {r['p99']:6.1f} ms  max {r['max']:6.1f} ms  errors {len(r['errors'])}  "
          f"from cache {share:.0%}", flush=True)
    for e in r["errors"][:5]:
        print(f"    error: {e}")


def load(db: Path, clients: int, seconds: float, single: float, workers: int | None, fresh: bool = False,
         wide: bool = False) -> None:
    """Serve ``db`` with the real command and drive it (see the module docstring)."""
    import httpx
    import psutil

    port = _free_port()
    cmd = [sys.executable, "-m", "detente", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(cmd + (["--workers", str(workers)] if workers else []), start_new_session=True,
                              stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/api/meta", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start: {server.stderr.read()}")
            time.sleep(0.5)
        workers_before = {p.pid for p in psutil.Process(server.pid).children()}
        urls = request_mix(wide=wide)
        print(f"detente serve{f' --workers {workers}' if workers else ''} on {base}, {os.cpu_count()} cores, load "
              "average "
              f"{os.getloadavg()[0]:.2f} before; mix of {len(set(urls)):,} distinct URLs", flush=True)
        what = " (no cache)" if fresh else ""
        _report("1 client" + what, asyncio.run(_drive(base, urls, 1, single, fresh)))
        _report(f"{clients} clients" + what, asyncio.run(_drive(base, urls[::-1], clients, seconds, fresh)))
        replaced = workers_before - {p.pid for p in psutil.Process(server.pid).children()}
        print(f"  load average after: {os.getloadavg()[0]:.2f}; server processes replaced during the run: "
              f"{len(replaced)}")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        deadline = time.monotonic() + 10  # the workers and multiprocessing's resource tracker exit after it
        while (left := [p for p in psutil.process_iter() if _group(p) == server.pid]) and time.monotonic() < deadline:
            time.sleep(0.2)
        print(f"  server stopped (exit {server.returncode}); processes left behind: {len(left)}")


def _group(p: object) -> int | None:
    try:
        return os.getpgid(p.pid)  # type: ignore[attr-defined]
    except ProcessLookupError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description="time the web API on a big synthetic store")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--db", type=Path, help="reuse or create the store here (default: a temp folder)")
    parser.add_argument("--load", action="store_true", help="drive the real server with concurrent clients")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of the concurrent phase")
    parser.add_argument("--single", type=float, default=10.0, help="seconds of the single-client phase")
    parser.add_argument("--workers", type=int, help="server processes (default: detente serve's own default)")
    parser.add_argument("--wide", action="store_true", help="a mix of ~600 distinct URLs: a third to a half of "
                                                             "the requests are new queries")
    parser.add_argument("--no-cache", action="store_true", help="send Cache-Control: no-cache: every request "
                                                                "is a real query (the cache's share of the rate)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            print(f"building {args.events:,} events in {db} ...", flush=True)
            print(f"  built in {build(db, args.events):.1f} s", flush=True)
        if args.load:
            load(db, args.clients, args.duration, args.single, args.workers, args.no_cache, args.wide)
            return
        timings(db, args.calls)


def timings(db: Path, calls: int) -> None:
    """Median and p90 of each endpoint through the TestClient; the first (uncached) call is the warm-up."""
    from fastapi.testclient import TestClient

    from detente.web.app import create_app

    app = create_app(db)
    client = TestClient(app, base_url="http://127.0.0.1")  # a Host the app answers
    total = client.get("/api/summary").json()["totals"]["events"]
    print(f"{total:,} events; median / p90 of {calls} calls each")
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
        "timeseries all events, distinct (overview)": "/api/timeseries?interval=month&unique=true",
        "dyads top 25, all, distinct": "/api/dyads?limit=25&unique=true",
        "events page, unfiltered": "/api/events?limit=50",
        "top CAMEO codes of a dyad": "/api/codes?dyad=BLR-EU",
        "countries (map)": "/api/countries",
        "events page, by name and sector": "/api/events?actor=belarus&sector=GOV&limit=50",
        "meta (period, outlets)": "/api/meta",
        "summary (overview)": "/api/summary",
    }
    for label, url in urls.items():
        med, p90 = timed(client, url, calls)
        goal = "  (goal < 200 ms)" if label.startswith(("timeseries", "dyads")) else ""
        print(f"  {label:42s} {med:8.1f} ms  p90 {p90:8.1f} ms{goal}", flush=True)
    app.state.store.close()


if __name__ == "__main__":
    main()
