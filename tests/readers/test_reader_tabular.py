"""JSON Lines and CSV readers: field mapping, per-record errors with line numbers, streaming edge cases."""

import gzip
import json
from pathlib import Path

import pytest

from detente.model import Article
from detente.readers import ReadError, read_path

FIX = Path(__file__).parent.parent / "fixtures" / "readers"


def split(items):
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ReadError)]
    return arts, errs


def test_jsonl_records_and_errors_keep_going():
    arts, errs = split(list(read_path(FIX / "news.jsonl")))
    assert [a.id for a in arts] == ["wire-001", "wire-002", "5"]
    first = arts[0]
    assert (first.title, first.date_published, first.url, first.source_name) == (
        "Talks resume", "2022-03-01", "https://wire.example.org/1", "Example Wire")
    assert arts[2].date_published == "2022-03-03"  # RFC 2822 date, local calendar day
    assert [(e.line, e.severity) for e in errs] == [(4, "error"), (5, "error"), (6, "error")]
    assert "malformed JSON" in errs[0].reason
    assert "no text" in errs[1].reason
    assert "not an object" in errs[2].reason


def test_jsonl_column_mapping_and_nested_keys(tmp_path):
    f = tmp_path / "m.jsonl"
    rec = {"body": "The navy held exercises off the coast.", "meta": {"published": "2023-04-05"},
           "uid": "n-1", "outlet": "Example Post"}
    f.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (art,) = list(read_path(f, columns={"text": "body", "date": "meta.published", "id": "uid",
                                        "source": "outlet"}))
    assert (art.id, art.date_published, art.source_name) == ("n-1", "2023-04-05", "Example Post")


def test_unknown_mapping_field_is_a_caller_error():
    with pytest.raises(ValueError, match="unknown field"):
        list(read_path(FIX / "news.jsonl", columns={"body": "text"}))


def test_jsonl_invalid_utf8_line(tmp_path):
    f = tmp_path / "u.jsonl"
    good = b'{"text": "Talks ended."}\n'
    f.write_bytes(good + b'{"text": "Talks \xff resumed."}\n')
    arts, errs = split(list(read_path(f)))
    assert len(arts) == 2 and "\ufffd" in arts[1].text
    (warn,) = errs
    assert warn.line == 2 and warn.severity == "warning"
    assert f"invalid UTF-8 at byte {len(good) + 16}" in warn.reason


def test_jsonl_truncated_gzip_keeps_earlier_records(tmp_path):
    lines = "".join(json.dumps({"id": f"r{i}", "text": f"Event number {i} happened. " * 20}) + "\n"
                    for i in range(200))
    data = gzip.compress(lines.encode())
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(data[: int(len(data) * 0.6)])
    items = list(read_path(f))
    arts, errs = split(items)
    assert len(arts) > 10
    assert items[-1] is errs[-1] and "truncated" in errs[-1].reason and errs[-1].line == len(arts) + 1


def test_not_gzip_at_all(tmp_path):
    f = tmp_path / "fake.jsonl.gz"
    f.write_bytes(b'{"text": "plain, not gzip"}\n')
    (err,) = list(read_path(f))
    assert "gzip" in err.reason


def test_jsonl_blank_only_and_too_large(tmp_path):
    f = tmp_path / "blank.jsonl"
    f.write_text("\n\n  \n", encoding="utf-8")
    (err,) = list(read_path(f))
    assert "empty" in err.reason
    g = tmp_path / "big.jsonl"
    g.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}) + "\n")
    items = list(read_path(g, max_chars=100))
    assert isinstance(items[0], ReadError) and items[0].line == 1 and "too large" in items[0].reason
    assert items[1].text == "short"


def test_csv_records_multiline_and_errors():
    arts, errs = split(list(read_path(FIX / "news.csv")))
    assert [a.id for a in arts] == ["csv-1", "csv-2", "csv-4"]
    assert arts[1].text.endswith("follow in June.") and "\n" in arts[1].text
    assert arts[0].url == "https://daily.example.org/1" and arts[1].url is None
    assert arts[2].date_published is None  # 12/05/2022 is ambiguous: not guessed
    assert [(e.line, e.severity) for e in errs] == [(5, "error"), (6, "warning")]
    assert "no text" in errs[0].reason and "date not understood" in errs[1].reason


def test_csv_custom_columns():
    cols = {"id": "story_id", "source": "outlet", "date": "published_at", "title": "headline", "text": "body",
            "url": "link"}
    (art,) = list(read_path(FIX / "custom_columns.csv", columns=cols))
    assert (art.id, art.source_name, art.date_published, art.title, art.url) == (
        "x-1", "Example Times", "2023-01-15", "Ceasefire holds", "https://times.example.org/x1")


def test_csv_missing_text_column_is_one_error():
    (err,) = list(read_path(FIX / "missing_text.csv"))
    assert err.line == 1 and "no text column 'text'" in err.reason


def test_csv_mapped_column_absent_is_a_warning(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("text\nThe talks ended.\n", encoding="utf-8")
    warn, art = list(read_path(f, columns={"date": "published"}))
    assert warn.severity == "warning" and "published" in warn.reason
    assert art.text == "The talks ended."


def test_csv_header_only_and_invalid_utf8(tmp_path):
    f = tmp_path / "h.csv"
    f.write_text("id,text\n", encoding="utf-8")
    (err,) = list(read_path(f))
    assert "no records" in err.reason
    g = tmp_path / "u.csv"
    g.write_bytes(b"id,text\n1,Talks \xe9 ended.\n2,Fine.\n")
    items = list(read_path(g))
    assert isinstance(items[0], ReadError) and items[0].line == 2
    assert "invalid UTF-8 at byte 16" in items[0].reason  # 8 bytes of header + "1,Talks "
    assert [a.id for a in items[1:]] == ["1", "2"]


def test_csv_gz_and_bom(tmp_path):
    f = tmp_path / "b.csv.gz"
    f.write_bytes(gzip.compress("\ufeffid,text\nb-1,The ceasefire held.\n".encode()))
    (art,) = list(read_path(f))
    assert art.id == "b-1"
