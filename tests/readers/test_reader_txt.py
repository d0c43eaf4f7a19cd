"""Plain-text reader: header convention, caller defaults, UTF-8 problems, limits, gzip."""

import gzip
from pathlib import Path

from detente.model import Article
from detente.readers import ReadError, read_path

FIX = Path(__file__).parent.parent / "fixtures" / "readers"


def test_header_block_gives_metadata_and_is_removed():
    (art,) = list(read_path(FIX / "dated.txt"))
    assert isinstance(art, Article)
    assert art.date_published == "2021-12-03"
    assert art.title == "Baltic ministers meet in Vilnius"
    assert art.source_name == "Example Wire"
    assert art.text.startswith("The foreign ministers of Estonia")
    assert "Date:" not in art.text
    assert art.id is None and art.stable_id.startswith("a")


def test_plain_file_is_one_article_with_caller_date():
    (art,) = list(read_path(FIX / "plain.txt", date="2022-02-07", source_name="Desk"))
    assert art.date_published == "2022-02-07"
    assert art.source_name == "Desk"
    assert art.text.startswith("Finland and Sweden") and art.text.endswith("in the north.")


def test_file_date_wins_over_caller_default():
    (art,) = list(read_path(FIX / "dated.txt", date="2030-01-01"))
    assert art.date_published == "2021-12-03"


def test_same_text_same_id():
    a = next(read_path(FIX / "plain.txt"))
    b = next(read_path(FIX / "plain.txt", date="2022-02-07"))
    assert a.stable_id == b.stable_id


def test_bad_header_date_is_a_warning(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Date: sometime last week\n\nTroops withdrew from the town.\n", encoding="utf-8")
    warn, art = list(read_path(f))
    assert isinstance(warn, ReadError) and warn.severity == "warning" and "date" in warn.reason
    assert art.text == "Troops withdrew from the town." and art.date_published is None


def test_text_starting_like_a_place_line_is_not_a_header(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Kyiv: officials said talks would resume.\n", encoding="utf-8")
    (art,) = list(read_path(f))
    assert art.text == "Kyiv: officials said talks would resume."


def test_invalid_utf8_is_replaced_and_reported(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"Ministers met in Vilnius.\xff\xfe The talks went on.")
    warn, art = list(read_path(f))
    assert warn.severity == "warning" and "invalid UTF-8 at byte 25" in warn.reason
    assert "\ufffd" in art.text and art.text.startswith("Ministers met")


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n   \n", encoding="utf-8")
    for name in ("empty.txt", "blank.txt"):
        (err,) = list(read_path(tmp_path / name))
        assert isinstance(err, ReadError) and err.severity == "error" and "empty" in err.reason


def test_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("word " * 100, encoding="utf-8")
    (err,) = list(read_path(f, max_chars=50))
    assert err.reason.startswith("document too large")
    g = tmp_path / "huge.txt"
    g.write_text("x" * 1000, encoding="utf-8")  # beyond 4 bytes a char: rejected without decoding it all
    (err,) = list(read_path(g, max_chars=10))
    assert "too large" in err.reason and "1000 bytes" in err.reason


def test_gzipped_text(tmp_path):
    f = tmp_path / "plain.txt.gz"
    f.write_bytes(gzip.compress((FIX / "plain.txt").read_bytes()))
    (art,) = list(read_path(f))
    assert art.text == next(read_path(FIX / "plain.txt")).text


def test_truncated_gzip_is_reported(tmp_path):
    data = gzip.compress(("Leaders met. " * 500).encode())
    f = tmp_path / "cut.txt.gz"
    f.write_bytes(data[: len(data) // 2])
    (err,) = list(read_path(f))
    assert isinstance(err, ReadError) and "truncated" in err.reason
