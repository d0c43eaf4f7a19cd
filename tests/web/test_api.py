"""The JSON API over the hand-made store of conftest.py: answers, filters, limits, and 422s for bad input."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from detente.store.database import StoreLocked
from tests.web.conftest import by_sentence

TOTAL = 14  # stored events (reports) in conftest.STORIES
EVENTS = 13  # distinct events: eu-1 and eu-2 report the same sanction
ARTICLES = 13


def get(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def test_summary_totals_tops_and_shares(client):
    s = get(client, "/api/summary")
    t = s["totals"]
    assert (t["events"], t["mentions"], t["articles"], t["undated"]) == (EVENTS, TOTAL, ARTICLES, 1)
    assert (t["first"], t["last"]) == ("2021-08-09", "2022-01-17")
    top = {a["code"]: a for a in s["top_actors"]}
    assert s["top_actors"][0]["code"] == "BLR" and top["BLR"]["name"] == "Belarus"
    assert top["BLR"]["events"] == 11 and top["BLR"]["mentions"] == 12
    assert top["USA"]["events"] == 2  # an actor on both sides counts once
    assert top["BLR"]["share"] == pytest.approx(11 / EVENTS, abs=1e-4)
    assert {(d["a"], d["b"]) for d in s["top_dyads"][:2]} == {("BLR", "CHN"), ("BLR", "EU")}
    assert all(d["a"] != d["b"] for d in s["top_dyads"])  # a domestic event is no dyad
    sector = get(client, "/api/summary?sector=MIL")["totals"]
    assert sector["events"] == 1 and sector["undated"] == 1


def test_counts_agree_across_overview_events_dyads_and_stats(client, db_path):
    """One count per question: the overview's tables, the events list and `detente stats` (issue 9)."""
    from detente.store.database import open_store
    from detente.store.stats import compute_stats

    with open_store(db_path, read_only=True) as store:
        stats = {a["code"]: a["events"] for a in compute_stats(store.con, top=20)["top_actors"]}
    s = get(client, "/api/summary")
    for a in s["top_actors"]:
        listed = get(client, f"/api/events?actor={a['code']}&limit=1")
        assert listed["events"] == a["events"] == stats[a["code"]] and listed["total"] == a["mentions"]
    for d in get(client, "/api/dyads?limit=50")["items"]:
        listed = get(client, f"/api/events?dyad={d['a']}-{d['b']}&limit=1")["total"]
        assert listed == d["mentions"], d


def test_events_are_distinct_events_in_every_view(client, db_path):
    """"Events" meant reports in the overview's tables (Syria-US 118) and events on the dyad page (114 events,
    118 reports). Now every view's events are distinct events, and reports are a figure of their own: the two
    reports of the EU's sanction of 14 September 2021 (eu-1, eu-2) are one event everywhere."""
    from detente.store.database import open_store
    from detente.store.stats import compute_stats

    with open_store(db_path, read_only=True) as store:
        st = compute_stats(store.con, top=20)
    s = get(client, "/api/summary")
    listed = get(client, "/api/events?limit=1")
    assert s["totals"]["events"] == listed["events"] == st["events"]["total"] == EVENTS
    assert s["totals"]["mentions"] == listed["total"] == st["events"]["reports"] == TOTAL
    assert {a["code"]: a["events"] for a in s["top_actors"]}["EU"] == 3  # 4 reports
    eu = next(d for d in s["top_dyads"] if (d["a"], d["b"]) == ("BLR", "EU"))
    series = get(client, "/api/timeseries?dyad=BLR-EU&unique=true&interval=month")["series"][0]
    in_dyad_page = sum(p["events"] for p in series["points"]) + series["undated"]
    by_list = get(client, "/api/events?dyad=BLR-EU&limit=1")
    assert eu["events"] == in_dyad_page == by_list["events"] == 3 and eu["mentions"] == by_list["total"] == 4
    directed = {(d["source"], d["target"]): d["events"] for d in st["top_dyads"]}
    assert directed[("EU", "BLR")] == get(client, "/api/events?source=EU&target=BLR&limit=1")["events"] == 2
    edge = next(e for e in get(client, "/api/network")["edges"] if {e["source"], e["target"]} == {"BLR", "EU"})
    assert (edge["events"], edge["mentions"]) == (3, 4)
    countries = {c["country"]: c for c in get(client, "/api/countries")["items"]}
    assert countries["BLR"]["events"] == get(client, "/api/events?country=BLR&limit=1")["events"] == 10
    assert sum(m["total"] for m in st["by_month"]) == EVENTS


def test_events_filters_and_paging(client):
    assert get(client, "/api/events")["total"] == TOTAL
    assert get(client, "/api/events?actor=EU")["total"] == 4
    assert get(client, "/api/events?source=EU&target=BLR")["total"] == 3
    assert get(client, "/api/events?dyad=BLR-EU")["total"] == 4  # both directions, never Belarus on Belarus
    assert get(client, "/api/events?dyad=eu-blr")["total"] == 4
    assert get(client, "/api/events?cameo_root=16")["total"] == 3
    assert get(client, "/api/events?cameo_root=2")["total"] == 1  # 02, zero-padded
    assert get(client, "/api/events?cameo=163&cameo=057")["total"] == 4
    assert get(client, "/api/events?cameo=1")["total"] == 8  # a prefix: roots 10-19
    assert get(client, "/api/events?plover=sanction")["total"] == 3
    assert get(client, "/api/events?quad_class=1&quad_class=2")["total"] == 6
    assert get(client, "/api/events?q=SANCTIONS")["total"] == 3
    assert get(client, "/api/events?q=%25")["total"] == 0  # a literal percent sign, not a wildcard
    assert get(client, "/api/events?date_from=2021-09-01&date_to=2021-10-31")["total"] == 4
    assert get(client, "/api/events?date_precision=unknown")["total"] == 1
    page = get(client, "/api/events?sort=date&limit=3&offset=3")
    assert page["total"] == TOTAL and [e["date"] for e in page["items"]] == ["2021-09-14", "2021-09-14", "2021-09-20"]
    first = get(client, "/api/events?sort=goldstein&limit=1")["items"][0]
    assert first["goldstein"] == -8.0 and first["article_title"] and first["outlet"]


@pytest.mark.parametrize(("query", "total"), [
    ("actor=blr", 12), ("actor=Belarus", 12), ("actor=BELARUS", 12), ("actor=european%20union", 4),
    ("source=united%20states", 2), ("actor=BLRCOP", 1), ("actor=usaleg", 1), ("dyad=china-belarus", 4),
])
def test_actors_by_code_or_name_in_any_case(client, query, total):
    """The API takes what `detente export` takes: codes and names, any case."""
    assert get(client, f"/api/events?{query}")["total"] == total


def test_unknown_actor_or_outlet_is_a_clear_422(client):
    r = client.get("/api/events?actor=Atlantis")
    assert r.status_code == 422 and "no actor 'Atlantis'" in r.json()["message"]
    assert r.json()["detail"][0]["loc"] == ["query", "actor"]
    r = client.get("/api/dyads?dyad=BLR-Narnia")
    assert r.status_code == 422 and "Narnia" in r.json()["message"]
    r = client.get("/api/events?outlet=Daily%20Planet")
    assert r.status_code == 422 and "Baltic Wire" in r.json()["message"]


def test_sector_outlet_and_country_filters(client):
    assert get(client, "/api/events?sector=mil")["total"] == 1
    assert get(client, "/api/events?sector=OPP&sector=COP")["total"] == 1
    assert get(client, "/api/events?outlet=baltic%20wire")["total"] == 5
    assert {e["outlet"] for e in get(client, "/api/events?outlet=Eastern%20Ledger")["items"]} == {"Eastern Ledger"}
    assert get(client, "/api/events?country=CHN")["total"] == 4  # Beijing, then the actors' countries
    assert get(client, "/api/events?place=minsk")["total"] == 1


def test_csv_export_is_the_cli_export(client, db_path):
    """One writer, one column set: the dashboard's CSV has the columns of `detente export --format csv`."""
    from detente.store.export import EXPORT_COLUMNS

    r = client.get("/api/events.csv?actor=CHN&sort=date")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert len(rows) == 4 and rows[0]["cameo"] == "057" and rows[0]["article_url"].endswith("chn-1")
    assert rows[0]["outlet"] == "Continental Post" and rows[0]["goldstein"] == "8.0"
    text = r.text.splitlines()[1]
    assert text.startswith('"') and ',8.0,' in text  # text quoted, numbers bare


def test_one_csv_writer():
    """The API's CSVs and `detente export` share the writer (and its OWASP formula neutralisation)."""
    from detente.store import export
    from detente.web import api

    assert api.csv_chunks is export.csv_chunks


def test_series_and_tables_as_csv(client):
    text = client.get("/api/timeseries.csv?dyad=BLR-EU&interval=month&share=true").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["bucket"] for r in rows] == ["2021-09-01", "2021-10-01", "2021-11-01", "2021-12-01", "2022-01-01"]
    assert rows[2]["events"] == "0" and rows[0]["series"] == "Belarus – European Union"
    dyads = list(csv.DictReader(io.StringIO(client.get("/api/dyads.csv").text)))
    assert {(d["a"], d["b"]) for d in dyads} >= {("BLR", "EU"), ("BLR", "CHN")}
    countries = list(csv.DictReader(io.StringIO(client.get("/api/countries.csv").text)))
    assert {c["country"] for c in countries} >= {"BLR", "CHN", "BEL"}
def test_one_event_with_evidence_and_other_reports(client):
    e = by_sentence("The European Union imposed")
    got = get(client, f"/api/events/{e.id}")
    assert got["sentence"][slice(*got["source"]["span"])] == "The European Union"
    assert got["sentence"][slice(*got["target"]["span"])] == "Belarus"
    assert got["trigger"] == {"text": "imposed", "span": [19, 26], "pattern": "test:163"}
    assert got["cameo_label"] == "Impose embargo, boycott, or sanctions" and got["quad_label"] == "Material conflict"
    assert got["article"]["title"] == "EU sanctions Belarus" and "new sanctions" in got["article"]["text"]
    assert [m["article_id"] for m in got["mentions"]] == ["eu-2"]  # Brussels/Minsk, same day: the same event
    get(client, "/api/events/no-such-event", 404)


def test_article(client):
    art = get(client, "/api/articles/chn-1")
    assert art["source_name"] == "Continental Post" and len(art["events"]) == 2
    get(client, "/api/articles/nope", 404)


@pytest.mark.parametrize(("q", "first"), [("Belarus", "BLR"), ("EU", "EU"), ("blr", "BLR"), ("euro", "EU"),
                                          ("Chi", "CHN")])
def test_actor_typeahead(client, q, first):
    items = get(client, f"/api/actors?q={q}")["items"]
    assert items and items[0]["code"] == first


def test_dyads_undirected_directed_and_unique(client):
    und = {(d["a"], d["b"]): d for d in get(client, "/api/dyads?share=true")["items"]}
    eu = und[("BLR", "EU")]
    assert eu["mentions"] == eu["events"] == 4 and (eu["q1"], eu["q2"], eu["q3"], eu["q4"]) == (1, 0, 1, 2)
    unique = {(d["a"], d["b"]): d for d in get(client, "/api/dyads?unique=true")["items"]}[("BLR", "EU")]
    assert (unique["mentions"], unique["q4"]) == (4, 1)  # two reports of one sanction: one event
    assert eu["goldstein"] == pytest.approx((-8 - 8 - 2 + 3) / 4, abs=1e-3)
    assert eu["share"] == pytest.approx(4 / TOTAL, abs=1e-4)
    directed = {(d["a"], d["b"]) for d in get(client, "/api/dyads?directed=true")["items"]}
    assert ("EU", "BLR") in directed and ("BLR", "EU") in directed
    assert ("BLR", "BLR") not in directed and ("USA", "USA") not in directed


def test_top_cameo_codes_of_a_dyad(client):
    codes = get(client, "/api/codes?dyad=BLR-EU")["items"]
    assert [c["cameo"] for c in codes] == ["163", "020", "112"]
    assert (codes[0]["events"], codes[0]["mentions"]) == (1, 2)  # two reports of one sanction
    assert codes[0]["label"].startswith("Impose") and codes[0]["share"] == pytest.approx(1 / 3, abs=1e-4)


def test_code_shares_are_of_all_the_dyads_events_not_of_the_rows_shown(client):
    """The dyad page asks for 8 codes: "050 ... 36 · 49 %" was 36 of those 8 rows, not of the dyad's 114
    events. Belarus-EU has 3 events (4 reports); its top code is one of them, whatever the limit."""
    top = get(client, "/api/codes?dyad=BLR-EU&limit=1")["items"]
    assert len(top) == 1 and top[0]["share"] == pytest.approx(1 / 3, abs=1e-4)
    assert sum(c["share"] for c in get(client, "/api/codes?dyad=BLR-EU")["items"]) == pytest.approx(1, abs=1e-4)


def test_timeseries_is_continuous_with_shares_and_undated(client):
    r = get(client, "/api/timeseries?dyad=BLR-EU&dyad=BLR-CHN&actor=LTU&interval=month&unique=true&share=true")
    eu, chn, ltu = r["series"]
    assert eu["label"] == "Belarus – European Union" and ltu["b"] is None
    by = {p["bucket"]: p for p in eu["points"]}
    # one axis for all series, every month from the first to the last event: empty months are zeros
    assert list(by) == ["2021-08-01", "2021-09-01", "2021-10-01", "2021-11-01", "2021-12-01", "2022-01-01"]
    assert [p["bucket"] for p in chn["points"]] == list(by)
    assert by["2021-09-01"]["mentions"] == 2 and by["2021-09-01"]["events"] == 1  # one sanction, two reports
    assert by["2021-10-01"]["q3"] == 1
    assert by["2021-11-01"]["events"] == 0 and by["2021-11-01"]["goldstein"] is None  # a gap, not a zero mean
    assert by["2021-09-01"]["share"] == pytest.approx(1 / 2, abs=1e-4)  # of the month's 2 events (3 reports)
    assert sum(p["q1"] + p["q2"] for p in chn["points"]) == 4 and all(
        p["goldstein"] > 0 for p in chn["points"] if p["events"])
    assert ltu["undated"] == 1 and eu["undated"] == 0
    week = get(client, "/api/timeseries?dyad=EU-BLR&interval=week&date_from=2021-09-01&date_to=2021-09-30")
    assert [p["bucket"] for p in week["series"][0]["points"]] == ["2021-08-30", "2021-09-06", "2021-09-13",
                                                                 "2021-09-20", "2021-09-27"]
    everything = get(client, "/api/timeseries")
    assert everything["interval"] == "week" and everything["series"][0]["undated"] == 1  # auto: <= 150 buckets
    assert get(client, "/api/timeseries?buckets=400")["interval"] == "day"
    assert sum(p["mentions"] for p in everything["series"][0]["points"]) == TOTAL - 1
    auto = get(client, "/api/timeseries?dyad=BLR-EU&interval=auto&date_from=1980-01-01&buckets=400")
    assert auto["interval"] == "quarter"


def test_network_countries_and_locations(client):
    net = get(client, "/api/network?limit=2")
    assert len(net["edges"]) == 2 and {n["id"] for n in net["nodes"]} == {"BLR", "EU", "CHN"}
    places = get(client, "/api/locations")["items"]
    assert {p["name"] for p in places} == {"Brussels", "Beijing", "Minsk"}
    assert get(client, "/api/locations?actor=LTU")["items"] == []
    countries = {c["country"]: c for c in get(client, "/api/countries")["items"]}
    # an event counts where it happened (Brussels: BEL), else for its actors' countries, once each
    assert countries["BEL"]["events"] == countries["BEL"]["located"] == 1
    assert countries["BLR"]["map_id"] == "112" and countries["BLR"]["name"] == "Belarus"
    assert countries["USA"]["events"] == 2 and countries["LTU"]["events"] == 2
    assert get(client, "/api/countries?country=BLR")["items"][0]["events"] == countries["BLR"]["events"]


def test_meta_has_the_period_outlets_and_vocabulary(client):
    m = get(client, "/api/meta")
    assert (m["date_from"], m["date_to"], m["undated"]) == ("2021-08-09", "2022-01-17", 1)
    assert (m["typical_from"], m["typical_to"]) == (m["date_from"], m["date_to"])  # too few events to trim
    assert m["sectors"]["MIL"] == "military" and "unknown" in m["date_precisions"]
    assert {o["name"] for o in m["outlets"]} == {"Baltic Wire", "Eastern Ledger", "Continental Post",
                                                 "Capitol Ledger"}
    assert set(m["filters"]) >= {"actor", "dyad", "sector", "outlet", "date_precision", "cameo"}


def test_the_default_chart_period_ends_with_the_newest_event(long_path):
    """Charts showed the 1st-99th percentile of dates: the newest events (13 in a 2,000-event store) were cut off.
    The default period still leaves out the event dated 1002, and now ends with the newest event."""
    from fastapi.testclient import TestClient

    from detente.web.app import create_app

    app = create_app(long_path)
    try:
        m = get(TestClient(app, base_url="http://127.0.0.1"), "/api/meta")
    finally:
        app.state.store.close()
    assert (m["date_from"], m["date_to"], m["dated"]) == ("1002-06-01", "2021-09-30", 120)
    assert m["typical_to"] == m["date_to"]
    assert m["typical_from"] > "2020-12-31" and m["outside_typical"] == 1


def test_host_header_must_be_a_bound_name(app):
    """DNS rebinding: a page on another site that resolves its name to 127.0.0.1 must not read the API."""
    from fastapi.testclient import TestClient

    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
        assert TestClient(app, base_url=f"http://{host}").get("/api/meta").status_code == 200
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example"):
        r = TestClient(app, base_url=f"http://{host}").get("/api/meta")
        assert r.status_code == 400, host


def test_allowed_hosts_follow_the_bind_address():
    from detente.web.app import allowed_hosts

    assert allowed_hosts("127.0.0.1") == ["127.0.0.1", "localhost", "[::1]"]
    assert "[fe80::1]" in allowed_hosts("fe80::1")
    assert "news.lan" in allowed_hosts("127.0.0.1", ["news.lan"])
    assert "10.0.0.5" in allowed_hosts("10.0.0.5") and "evil.example" not in allowed_hosts("0.0.0.0")
    assert allowed_hosts("127.0.0.1", ["*"])[-1] == "*"


@pytest.mark.parametrize("url", [
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?offset=-1", "/api/events?acter=BLR",
    "/api/events?date_from=2021-13-01", "/api/events?date_from=2021-12-01&date_to=2021-01-01",
    "/api/events?cameo=999", "/api/events?cameo=abc", "/api/events?cameo_root=21", "/api/events?plover=HUG",
    "/api/events?actor=Atlantis", "/api/events?sector=ABC", "/api/events?date_precision=hour",
    "/api/events?country=XX", "/api/events?outlet=nobody", "/api/events?dyad=BLR", "/api/codes?limit=0",
    "/api/events?quad_class=5", "/api/events?sort=sentence", "/api/events?actor=BL%20R",
    "/api/events?actor=x'%20OR%201=1--", "/api/events?q=" + "x" * 201, "/api/events.csv?limit=100001",
    "/api/timeseries?dyad=BLR", "/api/timeseries?dyad=BLR-EU&interval=hour",
    "/api/timeseries?dyad=BLR-EU&interval=day&date_from=1990-01-01&date_to=2021-12-31",
    "/api/timeseries?" + "&".join(["dyad=BLR-EU"] * 7), "/api/summary?interval=month",
    "/api/timeseries.csv?dyad=BLR-EU&interval=day&date_from=1990-01-01", "/api/countries?sector=x",
    "/api/dyads?directed=maybe", "/api/network?limit=9999",
    "/api/actors?limit=0", "/api/meta?x=1", "/api/events/abc?x=1", "/api/locations?limit=-5",
])
def test_bad_parameters_are_422_with_a_message(client, url):
    r = client.get(url)
    assert r.status_code == 422, (url, r.status_code, r.text)
    assert r.json()["message"]


def test_the_store_is_opened_read_only(app, tmp_path):
    import duckdb

    with pytest.raises(duckdb.Error):
        app.state.store.con.execute("CREATE TABLE scribble (x INTEGER)")


def test_missing_and_locked_stores_fail_clearly(tmp_path):
    from detente.web.app import create_app
    from tests.web.conftest import build

    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "none.duckdb")
    path = build(tmp_path / "busy.duckdb")
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked, match="in use"):
            create_app(path)
    finally:
        holder.communicate("")


def test_dashboard_docs_and_openapi_are_served_from_the_package(client):
    r = client.get("/")
    assert r.status_code == 200 and "/static/app.js" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]  # nothing from elsewhere, ever
    for src in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        assert src.startswith(("/static/", "#", "/docs", "data:")), src
        if src.startswith("/static/"):
            assert client.get(src).status_code == 200, src
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    for src in re.findall(r'(?:src|href)="([^"]+)"', docs.text):
        assert src.startswith("/static/vendor/swagger-ui/") and client.get(src).status_code == 200, src
    assert client.get("/redoc").status_code == 404  # FastAPI's ReDoc page would load from a CDN
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/timeseries", "/api/dyads", "/api/network", "/api/actors", "/api/countries",
            "/api/codes", "/api/timeseries.csv"} <= set(paths)


def test_serve_command_reports_a_missing_store(tmp_path):
    import typer

    from detente.cli.serve import register

    cli = typer.Typer()
    register(cli)
    cli.command("noop")(lambda: None)  # a second command keeps typer in multi-command mode
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no event store" in result.output
