"""Fuzzing the readers and `detente code` (bounded, so that CI stays fast; scripts/fuzz runs 10,000 inputs).

Inputs are random bytes or mutations of a valid file of each format (bit flips, insertions of NUL, quotes,
angle brackets and newlines, cuts, byte-order marks, gzip, cut gzip). Whatever comes in, a reader returns
articles and ReadErrors with a reason, never raises and never lands in the "unexpected error" catch-all
(which would mean a reader bug); `detente code` exits 0 or 1 with every problem on one stderr line.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.cli import app
from detente.model import Article
from detente.readers import ReadError, read_path

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
MAX_CHARS = 5000


def _warc() -> bytes:
    out = BytesIO()
    w = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://x.example/a", "response", http_headers=http,
                                        payload=BytesIO((FIX / "page.html").read_bytes())))
    return out.getvalue()


SEEDS = {
    ".txt": (FIX / "dated.txt").read_bytes(),
    ".html": (FIX / "page.html").read_bytes(),
    ".jsonl": (FIX / "news.jsonl").read_bytes(),
    ".csv": (FIX / "news.csv").read_bytes(),
    ".rss": (FIX / "feed.rss").read_bytes(),
    ".atom": (FIX / "feed.atom").read_bytes(),
    ".warc": _warc(),
}
SPICE = [b"\x00", b'"', b"<", b">", b"\n", b"\r\n", b",", b"{", b"}", b"\\", b"\xff", b"\xc3", b"\xef\xbb\xbf",
         b"\xff\xfe", b"<div>" * 300, b"WARC/1.0\r\n", b"\x1b[31m"]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """A seed with a few edits: flips, insertions of meaningful bytes, cuts, a leading byte-order mark."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(("flip", "insert", "delete", "truncate", "prefix")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(SPICE)) * draw(st.integers(1, 3))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "truncate":
            del data[at:]
        else:
            data[:0] = draw(st.sampled_from((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff")))
    return bytes(data)


def _file_for(data: st.DataObject, ext: str, folder: Path) -> Path:
    body = data.draw(st.one_of(st.binary(max_size=3000), mutated(SEEDS[ext])), label="bytes")
    packing = data.draw(st.sampled_from(("plain", "plain", "gz", "cut gz")), label="packing")
    path = folder / f"input{ext}"
    if packing != "plain":
        body = gzip.compress(body)
        if packing == "cut gz":
            body = body[: data.draw(st.integers(0, len(body)), label="cut at")]
        path = folder / f"input{ext}.gz"
    path.write_bytes(body)
    return path


def check(items: list) -> None:
    """What any input must give: articles and reasoned errors, never the reader-bug catch-all."""
    for item in items:
        assert isinstance(item, Article | ReadError), item
        if isinstance(item, ReadError):
            assert item.reason.strip() and item.severity in ("error", "warning"), item
            assert not item.reason.startswith("unexpected error"), item
        else:
            assert item.text.strip() and len(item.text) <= MAX_CHARS, item


@pytest.mark.parametrize("ext", sorted(SEEDS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(data=st.data())
def test_readers_never_raise_and_always_say_why(ext, data):
    with tempfile.TemporaryDirectory() as tmp:
        check(list(read_path(_file_for(data, ext, Path(tmp)), max_chars=MAX_CHARS)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(body=st.one_of(st.binary(max_size=2000), mutated(SEEDS[".txt"])))
def test_code_from_stdin_never_tracebacks(body):
    result = CliRunner().invoke(app, ["code", "-", "--format", "jsonl"], input=body)
    assert result.exit_code in (0, 1) and (result.exception is None or isinstance(result.exception, SystemExit))
    assert all(line.startswith(("error: ", "warning: ")) for line in result.stderr.splitlines()), result.stderr
    for line in result.stdout.splitlines():
        json.loads(line)
