"""WARC reader: HTML responses become articles; other records are skipped; truncation is reported."""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.model import Article
from detente.readers import ReadError, read_path

FIX = Path(__file__).parent.parent / "fixtures" / "readers"


def write_warc(path: Path, gzip: bool = True, pages: int = 1) -> None:
    """A small crawl: request + HTML response per page, a page without body, an image, a redirect."""
    page = (FIX / "page.html").read_bytes()
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)

        def response(url: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": "2021-12-04T06:00:00Z"})
            w.write_record(rec)

        for i in range(pages):
            url = f"https://news.example.org/story-{i}"
            w.write_record(w.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            response(url, page.replace(b"Thursday", f"Thursday ({i})".encode()))
        response("https://news.example.org/app", (FIX / "nobody.html").read_bytes())
        response("https://news.example.org/logo.png", b"\x89PNG....", ctype="image/png")
        response("https://news.example.org/old", b"", status="301 Moved Permanently")


def test_html_responses_become_articles(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    write_warc(f)
    items = list(read_path(f))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ReadError)]
    (art,) = arts
    assert art.url == "https://news.example.org/story-0"  # the fetched URI, not the canonical link
    assert art.title == "Ministers meet in Vilnius" and art.date_published == "2021-12-03"
    assert "Subscribe" not in art.text and "Baltic states" in art.text
    (err,) = errs  # the page without a body; image, request and redirect are silently skipped
    assert "no main text" in err.reason and "https://news.example.org/app" in err.reason
    assert err.line == 3


def test_uncompressed_warc(tmp_path):
    f = tmp_path / "crawl.warc"
    write_warc(f, gzip=False, pages=2)
    arts = [i for i in read_path(f) if isinstance(i, Article)]
    assert len(arts) == 2 and arts[0].stable_id != arts[1].stable_id


def test_crawl_date_is_the_last_resort(tmp_path):
    f = tmp_path / "c.warc.gz"
    with open(f, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        body = ("<html><body><article><p>" + "The two governments agreed to reopen the border crossing. " * 4
                + "</p></article></body></html>").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://x.example.org/a", "response", payload=BytesIO(body),
                                            http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2022-08-09T10:00:00Z"}))
    (art,) = list(read_path(f))
    assert art.date_published == "2022-08-09"
    (art,) = list(read_path(f, date="2022-08-01"))
    assert art.date_published == "2022-08-01"


def test_truncated_warc_gz_reports_and_keeps_earlier_pages(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    write_warc(f, pages=3)
    data = f.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.55)])
    items = list(read_path(cut))
    assert isinstance(items[-1], ReadError) and items[-1].severity == "error"
    assert any(isinstance(i, Article) for i in items)


def test_not_a_warc(tmp_path):
    for i, content in enumerate(["this is not a web archive\n", "hello\n", "<html><body>x</body></html>"]):
        f = tmp_path / f"x{i}.warc"
        f.write_text(content, encoding="utf-8")
        (err,) = list(read_path(f))
        assert isinstance(err, ReadError) and "WARC" in err.reason, content
