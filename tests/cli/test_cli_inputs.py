"""Loose inputs get a clear message and a usage exit code, never a traceback (issue 10, items 3 and 7)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from detente.model import Article
from detente.store.database import open_store
from detente.store.ingest import write_articles

PATTERNS = str(Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "patterns.yml")
runner = CliRunner()


def test_code_writes_utf8_whatever_the_locale():
    """Invalid UTF-8 on stdin becomes a replacement character, which a latin-1 terminal cannot encode."""
    result = CliRunner(charset="latin-1").invoke(app, ["code", "-"], input=b"The EU imposed \xff sanctions on Belarus.")
    assert result.exit_code == 0 and result.exception is None
    records = [json.loads(line) for line in result.stdout_bytes.decode("utf-8").splitlines()]
    assert records and "\ufffd" in records[0]["sentence"]


def test_ingest_says_what_each_warning_was(tmp_path):
    src = tmp_path / "latin1.txt"
    src.write_bytes("France condemned Belarus over the na\xefve plan.".encode("latin-1"))
    result = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.duckdb"), "--workers", "1",
                                 "--actors", PATTERNS])
    assert result.exit_code == 0, result.output
    assert "read warnings" in result.stderr
    assert f"e.g. {src}: invalid UTF-8 at byte 36; decoded with replacement characters" in result.stderr


def test_unknown_keys_in_an_actors_file_are_a_usage_error(tmp_path):
    bad = tmp_path / "mine.yml"
    bad.write_text("countrys:\n  - {code: XYZ, name: Xland}\n", encoding="utf-8")
    for args in (["code", "-", "--actors", str(bad)],
                 ["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--actors", str(bad)]):
        result = runner.invoke(app, args, input="France condemned Belarus.")
        assert result.exit_code == 2, result.output
        assert "unknown key 'countrys' in a lexicon file" in result.stderr
        assert "did you mean 'countries'" in result.stderr
    assert not (tmp_path / "s.duckdb").exists()


def test_export_refuses_an_out_of_range_limit_and_a_folder_as_out(tmp_path):
    db = tmp_path / "s.duckdb"
    with open_store(db) as store:
        write_articles(store, [(Article(text="Nothing happened.", id="a"), [])])
    huge = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--limit", "99999999999999999999"])
    assert huge.exit_code == 2 and "--limit" in huge.output and isinstance(huge.exception, SystemExit)
    for out in ("/", ".", str(tmp_path)):
        result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", out])
        assert result.exit_code == 2 and "is a folder: give a file name" in result.stderr, (out, result.output)


def test_error_lines_show_control_characters_instead_of_obeying_them(tmp_path):
    """A reason may quote a broken input: its escape sequences and record separators must not reach the
    terminal (restyling it, or splitting the line for a tool that reads stderr line by line)."""
    bad = tmp_path / "bad.csv"
    bad.write_text("id,\x1b[2J\x1eti\u2028tle\n1,x\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(bad)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.endswith("CSV has no text column 'text' (columns: id, \\x1b[2J\\x1eti\\u2028tle)")


def test_a_coder_error_on_one_article_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    import detente.coder.pipeline as pipeline

    real = pipeline.code_article

    def flaky(article, config):  # type: ignore[no-untyped-def]
        if article.id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, config)

    monkeypatch.setattr(pipeline, "code_article", flaky)
    src = tmp_path / "two.jsonl"
    src.write_text(json.dumps({"id": "bad", "text": "France condemned Belarus.", "date": "2021-11-10"}) + "\n"
                   + json.dumps({"id": "good", "text": "France condemned Belarus.", "date": "2021-11-10"}) + "\n")
    result = runner.invoke(app, ["code", str(src), "--format", "jsonl"])
    assert f"{src}: bad: coder error: RecursionError" in result.stderr
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["good"]
