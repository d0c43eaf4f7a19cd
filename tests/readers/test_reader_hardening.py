"""Inputs an operator throws at the readers by mistake (issue 10, items 3 and 6): each is read correctly or
skipped with a reason that says what is wrong; nothing passes silently, nothing gets a wrong reason."""

from __future__ import annotations

import codecs
import os
from io import BytesIO
from pathlib import Path

from warcio.warcwriter import WARCWriter

from detente.model import Article
from detente.readers import ReadError, read_path, read_paths
from detente.readers.text import text_items

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40  # the start of a program, as `/bin/ls` saved as .txt
STORY = "Date: 2021-12-03\n\nThe European Union imposed sanctions on Belarus on Monday.\n"


def only(items: list) -> ReadError:
    (err,) = items
    assert isinstance(err, ReadError) and err.severity == "error", items
    return err


def test_binary_files_are_skipped_with_the_reason(tmp_path):
    for name in ("ls.txt", "ls.jsonl", "ls.csv", "ls.html", "ls.rss"):
        (tmp_path / name).write_bytes(ELF)
        err = only(list(read_path(tmp_path / name)))
        assert err.reason.startswith("binary data, not text (a NUL byte at byte 7)")
    (tmp_path / "ctl.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100 + b"words")
    assert "control characters" in only(list(read_path(tmp_path / "ctl.txt"))).reason


def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path):
    for enc in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig"):
        path = tmp_path / f"{enc}.txt"
        data = STORY.encode(enc)
        if enc == "utf-16-be":  # the -be codec writes no mark: add it, as an editor saving UTF-16 BE does
            data = codecs.BOM_UTF16_BE + data
        path.write_bytes(data)
        (art,) = list(read_path(path))
        assert isinstance(art, Article), enc
        assert art.text.startswith("The European Union") and art.date_published == "2021-12-03", enc
    (tmp_path / "u16.jsonl").write_bytes('{"id": "a", "text": "Kyiv thanked Warsaw."}\n'.encode("utf-16"))
    (tmp_path / "u16.csv").write_bytes('id,text\nb,"Minsk denied it."\n'.encode("utf-32"))
    (tmp_path / "bom.jsonl").write_bytes('{"id": "c", "text": "Riga agreed."}\n'.encode("utf-8-sig"))
    got = [(a.id, a.text) for f in ("u16.jsonl", "u16.csv", "bom.jsonl") for a in read_path(tmp_path / f)]
    assert got == [("a", "Kyiv thanked Warsaw."), ("b", "Minsk denied it."), ("c", "Riga agreed.")]


def test_standard_input_gets_the_same_checks():
    assert "binary data" in only(list(text_items(ELF, len(ELF), "<stdin>"))).reason
    data = STORY.encode("utf-16")
    (art,) = list(text_items(data, len(data), "<stdin>"))
    assert art.date_published == "2021-12-03"


def test_an_unterminated_csv_quote_is_a_malformed_record_not_a_merged_text(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('id,text\n1,"The EU imposed sanctions."\n2,"Unterminated quote starts here\n'
                    '3,"China signed a deal with Belarus."\n4,"Lithuania criticized Belarus."\n', encoding="utf-8")
    items = list(read_path(path))
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "4"]
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert err.line == 3 and err.reason.startswith("malformed CSV record")
    path.write_text('id,text\n1,"never closed\n', encoding="utf-8")
    assert "malformed CSV record" in only(list(read_path(path))).reason


def test_html_nested_too_deep_is_not_called_page_chrome(tmp_path):
    path = tmp_path / "deep.html"
    body = "<p>" + "The European Union imposed sanctions on Belarus on Monday, officials said. " * 5 + "</p>"
    path.write_text(f"<html><body>{'<div>' * 300}{body}{'</div>' * 300}</body></html>", encoding="utf-8")
    assert only(list(read_path(path))).reason.startswith("HTML nested deeper than 255 elements")


def test_garbage_and_blank_warcs_are_reported(tmp_path):
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 50\r\n\r\n" + bytes(range(200)))
    err = only(list(read_path(garbage)))
    assert err.reason.startswith("malformed WARC record") and "unexpected error" not in err.reason
    for name, data in (("blank.warc", b"\n\r\n\t\n"), ("ctl.warc", bytes([0x1a, 0x04, 0x00]) * 50)):
        (tmp_path / name).write_bytes(data)
        assert "WARC" in only(list(read_path(tmp_path / name))).reason
    requests = tmp_path / "requests.warc"
    with open(requests, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        get = BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        w.write_record(w.create_warc_record("https://x.example/", "request", payload=get))
    assert only(list(read_path(requests))).reason == "no HTML response to read among 1 WARC records (1 request)"


def test_folders_that_cannot_be_listed_or_hold_nothing_are_reported(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Kyiv thanked Warsaw.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":  # what chmod 000 does to anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([tmp_path / "empty", tmp_path / "locked", tmp_path / "ok"]))
    assert [str(i) for i in items[:2]] == [
        f"{tmp_path / 'empty'}: error: folder has no supported files (.atom .csv .htm .html .jsonl .ndjson .rss "
        ".txt .warc .xml, .gz)",
        f"{tmp_path / 'locked'}: error: cannot list folder: Permission denied"]
    assert isinstance(items[2], Article) and len(items) == 3
