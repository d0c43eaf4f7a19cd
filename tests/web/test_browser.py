"""The dashboard in headless Chromium (Debian's, via Playwright's Python package): every view loads, the dyad
type-ahead, chart points, an event's highlighted evidence, and the events table's filters.

Skipped, with the reason, only when /usr/bin/chromium is absent (.ci/run installs it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.conftest import by_sentence

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"{CHROMIUM} not found: apt-get install -y chromium (.ci/run does)")


@pytest.fixture(scope="module")
def base_url(app):
    from detente.web.live import running

    with running(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the Python package) is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    p = browser.new_page(viewport={"width": 1280, "height": 900})
    p.set_default_timeout(10_000)
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    p.open = lambda hash_: (p.goto(f"{base_url}/{hash_}"), ready(p))
    yield p
    p.close()
    assert errors == [], f"errors in the page: {errors}"


def ready(p) -> None:
    p.wait_for_selector('#view[data-ready="1"]')
    assert p.locator("#view .error").count() == 0, p.locator("#view .error").first.inner_text()


@pytest.mark.parametrize(("hash_", "heading", "selector"), [
    ("#/overview", "Overview", "#ov-chart svg .bar"), ("#/dyads", "Dyad explorer", "#dyad-chart svg .bar"),
    ("#/events", "Events", "#events-table tbody tr"), ("#/network", "Network", "#network svg .edge"),
    ("#/map", "Map", "#map svg circle.place"),
])
def test_each_view_loads(page, hash_, heading, selector):
    page.open(hash_)
    assert page.locator("#view h1").first.inner_text() == heading
    assert page.locator(selector).count() > 0
    assert page.locator("#nav a.active").inner_text() == heading


def test_pick_belarus_eu_in_the_type_ahead_then_open_an_event(page):
    page.open("#/dyads?a=LTU&b=POL")
    for field, typed, code in (("#dyad-a", "Belarus", "BLR"), ("#dyad-b", "EU", "EU")):
        page.fill(field, "")
        page.type(field, typed)
        page.click(f'.typeahead li[data-code="{code}"]')
        # a pick completes the pair with the other field's code, so the view redraws: wait for it
        page.wait_for_function(f"location.hash.includes('{field[-1]}={code}')")
        ready(page)
    assert "Belarus – European Union" in page.locator("#dyad-legend").inner_text()
    assert page.locator("#dyad-chart svg .bar").count() > 0 and page.locator("#dyad-chart svg .pt").count() > 0
    page.locator('#dyad-chart svg .bar[data-bucket="2021-09-01"][data-side="conflict"]').first.click()
    rows = page.locator("#dyad-events tr[data-id]")
    rows.first.wait_for()
    assert rows.count() == 2 and "sanctions" in rows.first.inner_text()
    rows.first.click()
    ready(page)
    assert page.locator("#sentence mark.src").inner_text() in ("The European Union", "Brussels")
    assert page.locator("#sentence mark.tgt").inner_text() in ("Belarus", "Minsk")


def test_event_view_highlights_source_target_and_trigger(page):
    e = by_sentence("Belarus accused the European Union")
    page.open(f"#/event/{e.id}")
    assert page.locator("#sentence mark.src").inner_text() == "Belarus"
    assert page.locator("#sentence mark.tgt").inner_text() == "the European Union"
    assert page.locator("#sentence mark.trg").inner_text() == "accused"
    assert page.locator("#pattern").inner_text() == "test:112"
    assert page.locator("#article-title").inner_text() == "Minsk accuses Brussels"
    assert "Accuse" in page.locator("#view").inner_text()


def test_events_table_filters_sorts_and_exports(page):
    page.open("#/events")
    assert page.locator("#events-table tbody tr").count() == 10
    page.fill('#filters input[name="q"]', "sanctions")
    page.select_option('#filters select[name="quad_class"]', "4")
    page.click('#filters button[type="submit"]')
    page.wait_for_function("location.hash.includes('q=sanctions')")
    ready(page)
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 3 and all("sanction" in t.lower() for t in rows.all_inner_texts())
    assert "q=sanctions" in page.locator("#csv").get_attribute("href")
    page.locator('th[data-sort="goldstein"]').click()
    page.wait_for_function("location.hash.includes('sort=-goldstein')")
    ready(page)
    assert page.locator("#count").inner_text().startswith("3 events")


def test_map_says_when_there_are_no_locations(page):
    page.route("**/api/locations*", lambda route: route.fulfill(json={"items": []}))
    page.open("#/map")
    assert "No locations yet" in page.locator("#no-locations").inner_text()
