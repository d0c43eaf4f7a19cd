"""The command line as a user types it: detente code and detente eval."""

import json

from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()
TEXT = "Poland accused Belarus of a hybrid attack on Monday."


def test_code_from_stdin_with_date_and_id():
    result = runner.invoke(app, ["code", "-", "--date", "2021-11-10", "--id", "my-article-7"], input=TEXT)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["article_id"] == "my-article-7" for r in records)
    accuse = [r for r in records if r["cameo_root"] == "11"]
    assert accuse and accuse[0]["source"]["country"] == "POL" and accuse[0]["target"]["country"] == "BLR"
    assert accuse[0]["date"] == "2021-11-08"  # "on Monday" before a Wednesday publication


def test_code_table_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--format", "table", "--date", "2021-11-10"])
    assert result.exit_code == 0
    assert "POL" in result.stdout and "112" in result.stdout


def test_bad_inputs_are_reported_with_path_and_reason(tmp_path):
    missing = runner.invoke(app, ["code", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "nope.txt: no such file" in missing.stderr
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Poland accused Belarus of na\xefve tricks on Monday.".encode("latin-1"))
    bad = runner.invoke(app, ["code", str(latin), "--date", "2021-11-10"])
    # read as ingest reads it: the bad byte replaced, the article coded, the caveat reported with its place
    assert bad.exit_code == 0 and "latin1.txt" in bad.stderr and "invalid UTF-8 at byte 28" in bad.stderr
    assert any(json.loads(line)["cameo_root"] == "11" for line in bad.stdout.splitlines())
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(empty)])
    assert result.exit_code == 1 and "empty" in result.stderr
    for day in ("12/03/2021", "2021-02-30", "2021-12-3"):
        result = runner.invoke(app, ["code", "-", "--date", day], input=TEXT)
        assert result.exit_code == 2 and "not a" in result.stderr, day
    assert runner.invoke(app, ["code", "-"], input=b"\xff\xfe\x00").exit_code in (0, 1)


def test_error_lines_are_never_wrapped(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    deep = tmp_path / ("a-rather-long-folder-name-" * 3) / "missing-article-with-a-long-name.txt"
    result = runner.invoke(app, ["code", str(deep)])
    assert f"{deep}: no such file" in result.stderr.splitlines()[0]


def test_code_reads_through_the_readers(tmp_path):
    """A Date: header dates the article, and each article of a JSONL file is coded, as with ingest."""
    txt = tmp_path / "dated.txt"
    txt.write_text("Date: 2021-11-10\nTitle: Warsaw and Minsk\n\n" + TEXT, encoding="utf-8")
    result = runner.invoke(app, ["code", str(txt)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and records[0]["date_published"] == "2021-11-10"
    feed = tmp_path / "two.jsonl"
    feed.write_text(json.dumps({"id": "one", "date": "2021-11-10", "text": TEXT}) + "\n"
                    + json.dumps({"id": "two", "date": "2021-11-11", "text": TEXT}) + "\n"
                    + "{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(feed)])
    assert {json.loads(line)["article_id"] for line in result.stdout.splitlines()} == {"one", "two"}
    assert "two.jsonl:3" in result.stderr
    assert runner.invoke(app, ["code", str(feed), "--id", "x"]).exit_code == 2


def test_user_actor_file_adds_an_actor(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text("organisations:\n  - {org: FOO, name: Foo Liberation Front, aliases: [FLF], sector: REB}\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["code", "-", "--actors", str(mine), "--date", "2021-11-10"],
                           input="The Foo Liberation Front attacked Poland.")
    assert result.exit_code == 0, result.output
    sources = [json.loads(line)["source"]["org"] for line in result.stdout.splitlines()]
    assert "FOO" in sources


def test_eval_prints_scores_and_writes_predictions(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "t1", "date": "2021-11-10", "text": TEXT, "events": [
        {"source": "POL", "target": "BLR", "cameo": "112", "plover": "ACCUSE"}]}) + "\n" +
        json.dumps({"id": "t2", "date": "2021-11-10", "text": "The weather was cold.", "events": []}) + "\n",
        encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["source-target"]["tp"] == 1
    assert scores["no_event_texts"] == 1 and scores["no_event_texts_quiet_share"] == 1.0
    lines = [json.loads(x) for x in pred.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["t1", "t2"]


def test_version_and_short_help():
    """Issue 9: `detente --version` and `-h` (on the app and on every command)."""
    from detente import __version__

    for flag in ("--version", "-V"):
        result = runner.invoke(app, [flag])
        assert result.exit_code == 0 and result.stdout.strip() == f"detente {__version__}"
    for args in (["-h"], ["export", "-h"], ["serve", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage:" in result.stdout, args
    assert runner.invoke(app, []).exit_code in (0, 2)  # no command: the help, as before
