"""HTML reader: main text only (no page chrome), metadata, pages without a body."""

import gzip
from pathlib import Path

from detente.model import Article
from detente.readers import ReadError, read_path

FIX = Path(__file__).parent.parent / "fixtures" / "readers"


def test_main_text_and_metadata():
    (art,) = list(read_path(FIX / "page.html"))
    assert isinstance(art, Article)
    assert art.title == "Ministers meet in Vilnius"
    assert art.date_published == "2021-12-03"
    assert art.url == "https://news.example.org/2021/12/03/ministers-meet"
    assert art.source_name == "Example News"
    assert "three Baltic states met in Vilnius" in art.text
    assert "border management" in art.text
    assert art.id is None


def test_page_chrome_does_not_reach_the_text():
    (art,) = list(read_path(FIX / "page.html"))
    for chrome in ("Subscribe", "cookies", "Copyright", "Privacy policy", "Most read", "Storm closes",
                   "Football"):
        assert chrome not in art.text, chrome


def test_caller_values_fill_gaps_only(tmp_path):
    (art,) = list(read_path(FIX / "page.html", date="2030-01-01", source_name="My label"))
    assert art.date_published == "2021-12-03"  # the page's own date wins
    assert art.source_name == "My label"  # the caller's name beats the inferred site name


def test_html_without_body_is_an_error():
    (err,) = list(read_path(FIX / "nobody.html"))
    assert isinstance(err, ReadError) and err.severity == "error" and "no main text" in err.reason


def test_empty_and_whitespace_html(tmp_path):
    (tmp_path / "e.html").write_bytes(b"")
    (tmp_path / "w.htm").write_bytes(b"  \n ")
    for name in ("e.html", "w.htm"):
        (err,) = list(read_path(tmp_path / name))
        assert isinstance(err, ReadError) and "empty" in err.reason


def test_gzipped_html(tmp_path):
    f = tmp_path / "page.html.gz"
    f.write_bytes(gzip.compress((FIX / "page.html").read_bytes()))
    (art,) = list(read_path(f))
    assert art.title == "Ministers meet in Vilnius"


def test_too_large_html_text():
    (err,) = list(read_path(FIX / "page.html", max_chars=100))
    assert err.reason.startswith("document too large")


def test_declared_latin1_page_is_decoded(tmp_path):
    body = ("<p>Der Außenminister traf seinen Amtskollegen in Wien, und die Gespräche über Energie und "
            "Grenzschutz dauerten bis in den späten Abend an, teilte das Ministerium mit.</p>") * 2
    page = f'<html><head><meta charset="iso-8859-1"><title>Wien</title></head><body><article>{body}</article>'
    f = tmp_path / "de.html"
    f.write_bytes((page + "</body></html>").encode("latin-1"))
    (art,) = list(read_path(f))
    assert "Außenminister" in art.text
