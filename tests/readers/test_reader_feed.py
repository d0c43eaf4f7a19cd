"""RSS/Atom reader: one article per entry, HTML stripped, local publication day, guid as id."""

import gzip
from pathlib import Path

from detente.model import Article
from detente.readers import ReadError, read_path
from detente.readers.feed import html_to_text

FIX = Path(__file__).parent.parent / "fixtures" / "readers"


def test_rss_entries():
    items = list(read_path(FIX / "feed.rss"))
    a, b, err = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == "wire-transit-2022-06-01" and a.url == "https://wire.example.org/transit-deal"
    assert a.date_published == "2022-06-01"  # 23:30 -0400 is still June 1 where it was published
    assert a.text == ("The transport ministers of Poland and Lithuania signed a rail transit agreement on "
                      "Wednesday.\nThe deal takes effect in September.")
    assert a.source_name == "Example Wire: World"
    assert b.id is None and b.date_published == "2022-06-02" and b.title == "Port strike ends"
    assert isinstance(err, ReadError) and err.line == 3 and "no text" in err.reason


def test_atom_prefers_full_content():
    (a,) = list(read_path(FIX / "feed.atom", source_name="Monitor"))
    assert a.text.startswith("The regional organisation deployed") and "Short summary" not in a.text
    assert a.date_published == "2022-07-04" and a.source_name == "Monitor"
    assert a.id == "urn:example:monitor:obs-1" and a.url == "https://monitor.example.org/obs-1"


def test_xml_that_is_not_a_feed(tmp_path):
    f = tmp_path / "sitemap.xml"
    f.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example.org/</loc></url></urlset>')
    (err,) = list(read_path(f))
    assert isinstance(err, ReadError) and "no feed entries" in err.reason


def test_gzipped_feed(tmp_path):
    f = tmp_path / "feed.rss.gz"
    f.write_bytes(gzip.compress((FIX / "feed.rss").read_bytes()))
    assert sum(isinstance(i, Article) for i in read_path(f)) == 2


def test_html_to_text():
    html = "<p>One &amp; two</p><script>x()</script><ul><li>three</li></ul>"
    assert html_to_text(html) == "One & two\nthree"
