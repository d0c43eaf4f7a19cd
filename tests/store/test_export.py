"""Exports: every format, every filter, GDELT's 61 columns in GDELT's order, read-only use of the store."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from detente.cli.export import register
from detente.model import Actor, Article, Event, Location, Trigger, event_id
from detente.ontology import lookup
from detente.store.actors import StoreTerms
from detente.store.database import open_store
from detente.store.export import (
    EXPORT_COLUMNS,
    GDELT_COLUMNS,
    event_codes,
    export,
    global_event_id,
)
from detente.store.ingest import write_articles
from detente.store.query import QueryError, build_filter

SENT = "Hand-made sentence for the export tests."
ACTORS = {  # key -> (name, country, org, sector, cameo)
    "EU": ("European Union", None, "EU", "IGO", "IGOEUREEC"),
    "BLR": ("Belarus", "BLR", None, "GOV", "BLRGOV"),
    "LTU": ("Lithuania", "LTU", None, "GOV", "LTUGOV"),
    "POL": ("Poland", "POL", None, "GOV", "POLGOV"),
    "RUS": ("Russia", "RUS", None, "MIL", "RUSMIL"),
    "UKR": ("Ukraine", "UKR", None, None, "UKR"),
    "CVL": ("protesters", None, None, "CVL", "CVL"),
}


def actor(key: str | None) -> Actor | None:
    if key is None:
        return None
    name, country, org, sector, cameo = ACTORS[key]
    return Actor(name, (0, len(name)), name, country=country, org=org, sector=sector, cameo=cameo)


def make(article_id: str, idx: int, src: str | None, tgt: str | None, cameo: str, date: str | None,
         location: Location | None = None) -> Event:
    code = lookup(cameo)
    source, target = actor(src), actor(tgt)
    return Event(
        id=event_id(article_id, idx, source and source.code, target and target.code, cameo, 5),
        article_id=article_id, sentence_index=idx, sentence=SENT, date=date, date_published=date,
        source=source, target=target, cameo=cameo, cameo_root=code.root, cameo_label=code.label,
        plover_event=code.plover_event, plover_mode=code.plover_mode, quad_class=code.quad_class,
        goldstein=code.goldstein, trigger=Trigger("made", (5, 9), "test:made"), location=location,
        confidence=0.8, coder_version="test", date_precision="day" if date else "unknown")


VILNIUS = Location("Vilnius", "LTU", 54.69, 25.28)
EVENTS = {  # short name -> event
    "eu_blr": make("art-1", 0, "EU", "BLR", "163", "2021-12-02", VILNIUS),
    "ltu_blr": make("art-1", 1, "LTU", "BLR", "112", "2021-12-03"),
    "blr_pol": make("art-2", 0, "BLR", "POL", "190", "2022-01-09"),
    "protest": make("art-2", 2, "CVL", None, "141", "2022-01-10"),
    "rus_ukr": make("art-4", 0, "RUS", "UKR", "19", "2022-02-24"),
    "eu_blr2": make("art-4", 1, "EU", "BLR", "163", "2022-02-01"),
    "undated": make("art-4", 2, "POL", "LTU", "036", None),
}
ARTICLES = [
    (Article(text="First article.", id="art-1", date_published="2021-12-03", url="https://a.example/1",
             source_name="Wire A"), [EVENTS["eu_blr"], EVENTS["ltu_blr"]]),
    (Article(text="Second article.", id="art-2", date_published="2022-01-10", url="https://b.example/2",
             source_name="Wire B"), [EVENTS["blr_pol"], EVENTS["protest"]]),
    (Article(text="Second article.", id="art-3", date_published="2022-01-11", url="https://c.example/3",
             source_name="Wire C"), []),  # exact duplicate of art-2
    (Article(text="Fourth article.", id="art-4", date_published="2022-02-24", url="https://a.example/4",
             source_name="Wire A"), [EVENTS["rus_ukr"], EVENTS["eu_blr2"], EVENTS["undated"]]),
]
NAME_OF = {e.id: name for name, e in EVENTS.items()}


def build_db(path: Path) -> Path:
    """A small store built from the hand-made events above (closed, so readers can open it)."""
    with open_store(path) as store:
        assert write_articles(store, ARTICLES).new == 4
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("export") / "events.duckdb")


def cli(*args: str):
    app = typer.Typer()
    register(app)
    return CliRunner().invoke(app, [str(a) for a in args])


def run(db: Path, fmt: str, limit: int | None = None, **flt) -> str:
    out = io.StringIO()
    with open_store(db, read_only=True) as store:
        export(store.con, fmt, build_filter(flt, StoreTerms(store.con)), out=out, limit=limit)
    return out.getvalue()


def names(db: Path, **flt) -> set[str]:
    return {NAME_OF[json.loads(line)["id"]] for line in run(db, "jsonl", **flt).splitlines()}


def test_jsonl_is_the_event_record(db):
    lines = run(db, "jsonl").splitlines()
    assert len(lines) == len(EVENTS)
    got = {d["id"]: d for d in map(json.loads, lines)}
    assert got == {e.id: e.to_dict() for e in EVENTS.values()}
    assert json.loads(lines[-1])["date"] is None  # undated events come last


def test_csv_has_flat_columns(db):
    rows = list(csv.DictReader(io.StringIO(run(db, "csv"))))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert len(rows) == len(EVENTS)
    first = rows[0]
    assert first["id"] == EVENTS["eu_blr"].id
    assert (first["source_code"], first["target_code"], first["cameo"]) == ("EU", "BLR", "163")
    assert first["date"] == "2021-12-02" and first["location_name"] == "Vilnius"
    assert float(first["goldstein"]) == -8.0
    protest = next(r for r in rows if r["cameo"] == "141")
    assert protest["target_code"] == "" and protest["target_name"] == ""


def test_parquet_via_cli(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    res = cli("export", "--db", db, "--format", "parquet", "--out", out, "--actor", "BLR")
    assert res.exit_code == 0, res.output
    table = pq.read_table(out)
    assert table.column_names == list(EXPORT_COLUMNS)
    assert set(table.column("id").to_pylist()) == {EVENTS[n].id for n in ("eu_blr", "ltu_blr", "blr_pol",
                                                                            "eu_blr2")}
    assert not (tmp_path / "events.parquet.part").exists()


def test_parquet_needs_out(db):
    res = cli("export", "--db", db, "--format", "parquet")
    assert res.exit_code == 2 and "--out" in res.output


def test_gdelt_columns_and_positions(db):
    lines = run(db, "gdelt").splitlines()
    assert len(lines) == len(EVENTS)
    assert all(len(line.split("\t")) == 61 for line in lines)
    f = lines[0].split("\t")
    e = EVENTS["eu_blr"]
    # positions as in GDELT 2.0's event table documentation, independent of our GDELT_COLUMNS constant
    assert f[0] == str(global_event_id(e.id)) and int(f[0]) < 2**63
    assert f[1:5] == ["20211202", "202112", "2021", f"{2021 + (12 * 30 + 2) / 365:.4f}"]
    assert f[5:15] == ["IGOEUREEC", "European Union", "", "EU", "", "", "", "IGO", "", ""]
    assert f[15:25] == ["BLRGOV", "Belarus", "BLR", "", "", "", "", "GOV", "", ""]
    assert f[25:35] == ["1", "163", "163", "16", "4", "-8", "1", "1", "1", ""]
    assert f[35:51] == [""] * 16  # actor geo: not known
    assert f[51:59] == ["", "Vilnius", "LTU", "", "", "54.69", "25.28", ""]
    assert len(f[59]) == 14 and f[59].isdigit()  # DATEADDED
    assert f[60] == "https://a.example/1"
    second = lines[1].split("\t")
    assert second[25] == "0" and second[26:29] == ["112", "112", "11"] and second[51:59] == [""] * 8
    by_id = {line.split("\t")[0]: line.split("\t") for line in lines}
    rus = by_id[str(global_event_id(EVENTS["rus_ukr"].id))]
    assert rus[26:31] == ["190", "190", "19", "4", "-10"]  # a bare root is written as CAMEO's XX0 code
    protest = by_id[str(global_event_id(EVENTS["protest"].id))]
    assert protest[15:25] == [""] * 10 and protest[5] == "CVL" and protest[12] == "CVL"
    undated = by_id[str(global_event_id(EVENTS["undated"].id))]
    assert undated[1:5] == ["", "", "", ""] and undated[30] == "4"


def test_gdelt_header_option(db):
    res = cli("export", "--db", db, "--format", "gdelt", "--header", "--limit", "1")
    assert res.exit_code == 0, res.output
    header, row = res.stdout.splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS)
    assert header.split("\t")[:2] == ["GLOBALEVENTID", "SQLDATE"] and header.endswith("DATEADDED\tSOURCEURL")
    assert len(row.split("\t")) == 61


def test_event_codes():
    assert event_codes("0233") == ("0233", "023", "02")
    assert event_codes("19") == ("190", "190", "19")
    assert event_codes("042") == ("042", "042", "04")


@pytest.mark.parametrize(("flt", "expected"), [
    ({}, set(EVENTS)),
    ({"date_from": "2022-01-10"}, {"protest", "rus_ukr", "eu_blr2"}),
    ({"date_to": "2021-12-03"}, {"eu_blr", "ltu_blr"}),
    ({"date_from": "2022-01-01", "date_to": "2022-02-01"}, {"blr_pol", "protest", "eu_blr2"}),
    ({"actor": "BLR"}, {"eu_blr", "ltu_blr", "blr_pol", "eu_blr2"}),
    ({"actor": "blr"}, {"eu_blr", "ltu_blr", "blr_pol", "eu_blr2"}),
    ({"actor": "belarus"}, {"eu_blr", "ltu_blr", "blr_pol", "eu_blr2"}),  # a name, any case
    ({"actor": "EU"}, {"eu_blr", "eu_blr2"}),
    ({"actor": "European Union"}, {"eu_blr", "eu_blr2"}),
    ({"actor": "RUSMIL"}, {"rus_ukr"}),  # a CAMEO actor code matches too
    ({"source": "BLR"}, {"blr_pol"}),
    ({"target": "BLR"}, {"eu_blr", "ltu_blr", "eu_blr2"}),
    ({"source": "EU", "target": "BLR"}, {"eu_blr", "eu_blr2"}),
    ({"dyad": "BLR-EU"}, {"eu_blr", "eu_blr2"}),  # either direction
    ({"dyad": ["blr-pol", "UKR-RUS"]}, {"blr_pol", "rus_ukr"}),
    ({"sector": "mil"}, {"rus_ukr"}),
    ({"sector": ["CVL", "IGO"]}, {"protest", "eu_blr", "eu_blr2"}),
    ({"outlet": "wire b"}, {"blr_pol", "protest"}),
    ({"country": "LTU"}, {"eu_blr", "ltu_blr", "undated"}),  # Vilnius, then the actors' countries
    ({"place": "vilnius"}, {"eu_blr"}),
    ({"date_precision": "unknown"}, {"undated"}),
    ({"cameo": "16"}, {"eu_blr", "eu_blr2"}),
    ({"cameo": "1"}, {"eu_blr", "ltu_blr", "protest", "rus_ukr", "eu_blr2", "blr_pol"}),
    ({"cameo": "112"}, {"ltu_blr"}),
    ({"cameo_root": "19"}, {"blr_pol", "rus_ukr"}),
    ({"cameo_root": "3"}, {"undated"}),
    ({"plover": "sanction"}, {"eu_blr", "eu_blr2"}),
    ({"plover": "ASSAULT"}, {"blr_pol", "rus_ukr"}),
    ({"quad_class": 3}, {"ltu_blr", "protest"}),
    ({"quad_class": "1"}, {"undated"}),
    ({"actor": "BLR", "quad_class": 4, "date_from": "2022-01-01"}, {"blr_pol", "eu_blr2"}),
    ({"limit": 2}, {"eu_blr", "ltu_blr"}),
    ({"limit": 0}, set()),
])
def test_filters(db, flt, expected):
    assert names(db, **flt) == expected


@pytest.mark.parametrize("fmt", ["csv", "gdelt"])
def test_filters_apply_to_every_format(db, fmt):
    text = run(db, fmt, cameo_root="16")
    rows = text.splitlines()[1:] if fmt == "csv" else text.splitlines()
    assert len(rows) == 2


@pytest.mark.parametrize(("flt", "message"), [
    ({"date_from": "2021-13-01"}, "YYYY-MM-DD"), ({"cameo": "16%"}, "digits"), ({"cameo": "999"}, "starts with"),
    ({"cameo_root": "21"}, "01-20"), ({"plover": "HUG"}, "SANCTION"), ({"quad_class": 5}, "1, 2, 3 or 4"),
    ({"date_from": "2022-02-01", "date_to": "2022-01-01"}, "after"), ({"sector": "XYZ"}, "GOV"),
    ({"actor": "Atlantis"}, "no actor 'Atlantis'"), ({"actor": "BLR' OR 1=1 --"}, "no actor"),
    ({"outlet": "Wire Z"}, "Wire A"), ({"date_precision": "hour"}, "published"), ({"since": "2021-01-01"}, "date_from"),
])
def test_bad_filters(db, flt, message):
    with open_store(db, read_only=True) as store, pytest.raises(QueryError, match=message):
        build_filter(flt, StoreTerms(store.con))


def test_cli_to_stdout_and_file(db, tmp_path):
    res = cli("export", "--db", db, "--format", "jsonl", "--source", "EU")
    assert res.exit_code == 0, res.output
    assert {NAME_OF[json.loads(x)["id"]] for x in res.stdout.splitlines()} == {"eu_blr", "eu_blr2"}
    out = tmp_path / "blr.tsv"
    res = cli("export", "--db", db, "--format", "gdelt", "--since", "2021-11-01", "--actor", "BLR", "--out", out)
    assert res.exit_code == 0, res.output
    assert len(out.read_text().splitlines()) == 4 and "wrote 4 events" in res.stderr


def test_cli_usage_errors(db):
    assert cli("export", "--db", db, "--format", "xml").exit_code == 2
    res = cli("export", "--db", db, "--format", "csv", "--root", "99")
    assert res.exit_code == 2 and "--cameo-root: '99': expected a CAMEO root 01-20" in res.stderr
    res = cli("export", "--db", db, "--format", "csv", "--actor", "Atlantis")
    assert res.exit_code == 2 and "--actor: no actor 'Atlantis'" in res.stderr


def test_cli_takes_the_query_vocabulary(db):
    """The API's parameter names are the CLI's options; the old spellings still work."""
    new = cli("export", "--db", db, "--format", "jsonl", "--date-from", "2022-01-01", "--cameo-root", "19",
              "--quad-class", "4", "--actor", "belarus", "--actor", "ukraine")
    old = cli("export", "--db", db, "--format", "jsonl", "--since", "2022-01-01", "--root", "19", "--quad", "4",
              "--actor", "BLR", "--actor", "UKR")
    assert new.exit_code == old.exit_code == 0, new.output
    assert new.stdout == old.stdout and {NAME_OF[json.loads(x)["id"]] for x in new.stdout.splitlines()} == {
        "blr_pol", "rus_ukr"}
    dyad = cli("export", "--db", db, "--format", "jsonl", "--dyad", "EU-BLR", "--sector", "GOV", "--outlet", "WIRE A")
    assert {NAME_OF[json.loads(x)["id"]] for x in dyad.stdout.splitlines()} == {"eu_blr", "eu_blr2"}


def test_csv_cells_cannot_be_formulas(tmp_path):
    """OWASP CSV injection: text starting with = + - @ tab or CR gets a leading quote; numbers stay numbers."""
    from detente.store.export import csv_chunks

    evil = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "a;=1+1", "plain"]
    text = "".join(csv_chunks(["cell", "n"], [[v, -8.0] for v in evil]))
    rows = list(csv.reader(io.StringIO(text)))[1:]
    assert [r[0] for r in rows] == ["'" + v for v in evil[:6]] + evil[6:]
    assert all(r[1] == "-8.0" for r in rows)
    assert text.splitlines()[1] == '"\'=HYPERLINK(""http://x"")",-8.0'  # text quoted, numbers bare


def test_export_csv_neutralises_formulas(tmp_path):
    """`detente export --format csv` writes an article title that is a formula as text."""
    db = tmp_path / "formula.duckdb"
    e = make("art-9", 0, "EU", "BLR", "163", "2021-12-02")
    with open_store(db) as store:
        write_articles(store, [(Article(text="Formula article.", id="art-9", title="=cmd|' /C calc'!A0",
                                        url="@evil", source_name="-wire"), [e])])
    res = cli("export", "--db", db, "--format", "csv")
    assert res.exit_code == 0, res.output
    row = next(csv.DictReader(io.StringIO(res.stdout)))
    assert (row["article_title"], row["article_url"], row["outlet"]) == ("'=cmd|' /C calc'!A0", "'@evil", "'-wire")
    assert row["goldstein"] == "-8.0"


def test_missing_db_is_an_error_and_not_created(tmp_path):
    missing = tmp_path / "nope.duckdb"
    res = cli("export", "--db", missing, "--format", "csv")
    assert res.exit_code == 1 and "no event store" in res.stderr
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_export_leaves_the_db_unchanged(tmp_path):
    db = build_db(tmp_path / "ro.duckdb")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    files = sorted(p.name for p in tmp_path.iterdir())
    for fmt in ("csv", "jsonl", "gdelt"):
        assert cli("export", "--db", db, "--format", fmt, "--actor", "BLR").exit_code == 0
    assert cli("export", "--db", db, "--format", "parquet", "--out", tmp_path / "x.parquet").exit_code == 0
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*files, "x.parquet"])


def test_gdelt_uses_merged_event_counts(tmp_path):
    """GDELT rows are one per merged event (event_key), with the event_groups counts."""
    db = tmp_path / "merged.duckdb"
    again = make("art-5", 3, "EU", "BLR", "163", "2021-12-02")  # same date, dyad and code as eu_blr
    fifth = Article(text="Fifth article.", id="art-5", url="https://b.example/5", source_name="Wire B")
    with open_store(db) as store:
        write_articles(store, [*ARTICLES, (fifth, [again])])
    lines = run(db, "gdelt", target="BLR", cameo="163").splitlines()
    assert len(lines) == 2  # three mentions, two events (2021-12-02 twice, 2022-02-01 once)
    first, second = (line.split("\t") for line in lines)
    assert first[0] == str(global_event_id(EVENTS["eu_blr"].id))  # the earliest mention stands for the event
    assert first[31:34] == ["2", "2", "2"]  # NumMentions, NumSources (Wire A, Wire B), NumArticles
    assert second[31:34] == ["1", "1", "1"]
    out = io.StringIO()
    with open_store(db, read_only=True) as store:
        export(store.con, "gdelt", build_filter({"cameo": "163"}), out=out, all_mentions=True)
    assert len(out.getvalue().splitlines()) == 3
