"""Dispatch and folder expansion: deterministic order, unknown/missing/empty inputs reported, never raised."""

import shutil
from pathlib import Path

import pytest

from detente.model import Article
from detente.readers import ReadError, format_of, iter_inputs, read_path, read_paths

FIX = Path(__file__).parent.parent / "fixtures" / "readers"


def test_format_of():
    assert format_of("a/b.JSONL") == "jsonl"
    assert format_of("x.jsonl.gz") == "jsonl"
    assert format_of("x.warc.gz") == "warc"
    assert format_of("x.htm") == "html" and format_of("f.atom") == "feed" and format_of("f.xml") == "feed"
    assert format_of("x.pdf") is None and format_of("x.gz") is None and format_of("README") is None


def test_iter_inputs_sorted_recursive_and_filtered(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/2.txt", "b/1.csv", "a/z.jsonl", "top.html", "a/notes.pdf", ".hidden/x.txt", "a/.x.txt"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_inputs(tmp_path)]
    assert got == ["a/z.jsonl", "b/1.csv", "b/2.txt", "top.html"]
    assert list(iter_inputs([tmp_path / "a/notes.pdf", str(tmp_path / "b")])) == [
        tmp_path / "a/notes.pdf", tmp_path / "b/1.csv", tmp_path / "b/2.txt"]


def test_unknown_missing_directory_and_empty(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    cases = {"notes.pdf": "unknown file type '.pdf'", "missing.txt": "no such file", ".": "is a directory",
             "empty.jsonl": "empty file"}
    for name, reason in cases.items():
        (err,) = list(read_path(tmp_path / name))
        assert isinstance(err, ReadError) and reason in err.reason and err.severity == "error"


def test_bad_date_argument_raises():
    with pytest.raises(ValueError):
        list(read_path(FIX / "plain.txt", date="03/12/2021"))


def test_a_whole_folder_never_raises_and_is_deterministic(tmp_path):
    shutil.copytree(FIX, tmp_path / "in")
    (tmp_path / "in" / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    first = list(read_paths(tmp_path / "in"))
    assert all(isinstance(i, Article | ReadError) for i in first)
    assert sum(isinstance(i, Article) for i in first) >= 10
    assert any(isinstance(i, ReadError) and i.path.endswith("broken.jsonl.gz") for i in first)
    assert [str(i) if isinstance(i, ReadError) else i.stable_id for i in first] == [
        str(i) if isinstance(i, ReadError) else i.stable_id for i in read_paths(tmp_path / "in")]


def test_read_error_str():
    assert str(ReadError("f.jsonl", "malformed JSON", 3)) == "f.jsonl:3: error: malformed JSON"
