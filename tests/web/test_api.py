"""The JSON API over the hand-made store of conftest.py: answers, filters, limits, and 422s for bad input."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from detente.store.database import StoreLocked
from tests.web.conftest import by_sentence

TOTAL = 10  # events in conftest.STORIES


def get(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def test_summary_totals_series_and_tops(client):
    s = get(client, "/api/summary?interval=month")
    assert s["totals"]["events"] == TOTAL and s["totals"]["articles"] == 9
    assert (s["totals"]["first"], s["totals"]["last"]) == ("2021-08-09", "2021-12-10")
    assert [p["bucket"] for p in s["series"]] == ["2021-08-01", "2021-09-01", "2021-10-01", "2021-11-01",
                                                   "2021-12-01"]
    assert sum(p["mentions"] for p in s["series"]) == TOTAL
    assert s["top_actors"][0]["code"] == "BLR" and s["top_actors"][0]["name"] == "Belarus"
    assert {(d["a"], d["b"]) for d in s["top_dyads"][:2]} == {("BLR", "CHN"), ("BLR", "EU")}


def test_events_filters_and_paging(client):
    assert get(client, "/api/events")["total"] == TOTAL
    assert get(client, "/api/events?actor=EU")["total"] == 3
    assert get(client, "/api/events?source=EU&target=BLR")["total"] == 2
    assert get(client, "/api/events?source=BLR&source=EU&target=BLR&target=EU")["total"] == 3
    assert get(client, "/api/events?cameo_root=16")["total"] == 3
    assert get(client, "/api/events?cameo=163&cameo=057")["total"] == 4
    assert get(client, "/api/events?plover=sanction")["total"] == 3
    assert get(client, "/api/events?quad_class=1&quad_class=2")["total"] == 4
    assert get(client, "/api/events?q=SANCTIONS")["total"] == 3
    assert get(client, "/api/events?q=%25")["total"] == 0  # a literal percent sign, not a wildcard
    assert get(client, "/api/events?date_from=2021-09-01&date_to=2021-10-31")["total"] == 3
    page = get(client, "/api/events?sort=date&limit=3&offset=3")
    assert page["total"] == TOTAL and [e["date"] for e in page["items"]] == ["2021-09-14", "2021-10-05", "2021-11-10"]
    first = get(client, "/api/events?sort=goldstein&limit=1")["items"][0]
    assert first["goldstein"] == -8.0 and first["article_title"]


def test_csv_export_has_the_filtered_rows(client):
    r = client.get("/api/events.csv?actor=CHN&sort=date")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 4 and rows[0]["cameo"] == "057" and rows[0]["article_url"].endswith("chn-1")


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


def test_dyads_undirected_and_directed(client):
    und = {(d["a"], d["b"]): d for d in get(client, "/api/dyads")["items"]}
    eu = und[("BLR", "EU")]
    assert eu["mentions"] == eu["events"] == 3 and (eu["q1"], eu["q2"], eu["q3"], eu["q4"]) == (0, 0, 1, 2)
    unique = {(d["a"], d["b"]): d for d in get(client, "/api/dyads?unique=true")["items"]}[("BLR", "EU")]
    assert (unique["mentions"], unique["q4"]) == (3, 1)  # two reports of one sanction: one event
    assert eu["goldstein"] == pytest.approx((-8 - 8 - 2) / 3, abs=1e-3)
    directed = {(d["a"], d["b"]) for d in get(client, "/api/dyads?directed=true")["items"]}
    assert ("EU", "BLR") in directed and ("BLR", "EU") in directed


def test_timeseries_both_directions(client):
    r = get(client, "/api/timeseries?dyad=BLR-EU&dyad=BLR-CHN&actor=LTU&interval=month&unique=true")
    eu, chn, ltu = r["series"]
    assert eu["label"] == "Belarus – European Union" and ltu["b"] is None
    by = {p["bucket"]: p for p in eu["points"]}
    assert by["2021-09-01"]["mentions"] == 2 and by["2021-10-01"]["q3"] == 1
    assert by["2021-09-01"]["events"] == 1  # the two reports of the sanctions are one event (event_key)
    assert sum(p["q1"] + p["q2"] for p in chn["points"]) == 4 and all(p["goldstein"] > 0 for p in chn["points"])
    week = get(client, "/api/timeseries?dyad=EU-BLR&interval=week&date_from=2021-09-01&date_to=2021-09-30")
    assert [p["bucket"] for p in week["series"][0]["points"]] == ["2021-09-13"]


def test_network_and_locations(client):
    net = get(client, "/api/network?limit=2")
    assert len(net["edges"]) == 2 and {n["id"] for n in net["nodes"]} == {"BLR", "EU", "CHN"}
    places = get(client, "/api/locations")["items"]
    assert {p["name"] for p in places} == {"Brussels", "Beijing"}
    assert get(client, "/api/locations?actor=LTU")["items"] == []


@pytest.mark.parametrize("url", [
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?offset=-1", "/api/events?acter=BLR",
    "/api/events?date_from=2021-13-01", "/api/events?date_from=2021-12-01&date_to=2021-01-01",
    "/api/events?cameo=999", "/api/events?cameo=abc", "/api/events?cameo_root=21", "/api/events?plover=HUG",
    "/api/events?quad_class=5", "/api/events?sort=sentence", "/api/events?actor=BL%20R",
    "/api/events?actor=x'%20OR%201=1--", "/api/events?q=" + "x" * 201, "/api/events.csv?limit=100001",
    "/api/timeseries", "/api/timeseries?dyad=BLR", "/api/timeseries?dyad=BLR-EU&interval=hour",
    "/api/timeseries?dyad=BLR-EU&interval=day&date_from=1990-01-01&date_to=2021-12-31",
    "/api/timeseries?" + "&".join(["dyad=BLR-EU"] * 7), "/api/summary?interval=decade",
    "/api/summary?interval=day&date_from=1900-01-01", "/api/dyads?directed=maybe", "/api/network?limit=9999",
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


def test_dashboard_and_openapi_are_served(client):
    r = client.get("/")
    assert r.status_code == 200 and "/static/app.js" in r.text
    for asset in ("app.js", "views.js", "charts.js", "app.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/timeseries", "/api/dyads", "/api/network", "/api/actors"} <= set(paths)


def test_serve_command_reports_a_missing_store(tmp_path):
    import typer

    from detente.cli.serve import register

    cli = typer.Typer()
    register(cli)
    cli.command("noop")(lambda: None)  # a second command keeps typer in multi-command mode
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no event store" in result.output
