"""The review and diff pages in a real headless Chromium (Debian's, driven by Playwright):
what a reader sees, selecting events, filters, keyboard, summary, errors, hostile input.
Every page is checked for console errors (a blocked fetch, a script error) when the test ends.

Needs `chromium` on PATH (`make browser` installs Debian's package as root) and the
`playwright` Python package (the `dev` extra); skips, saying which is missing, otherwise."""
import json
import os
import shutil

import pytest

from opstally.view import write_diff, write_view
from viewdata import PAYLOADS, Event, albu_hayat, hostile, makhmour, review_records

# Chromium as root, with no network to reach: no sandbox, no background connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path():
    for name in (os.environ.get("OPSTALLY_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium on PATH: `make browser` installs Debian's chromium (as root)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, tmp_path):
    """open_page(records) writes the review page (or opens `path`) and returns the loaded page."""
    opened = []

    def open_(records=None, path=None):
        if path is None:
            path = tmp_path / f"review{len(opened)}.html"
            write_view(records, path)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        problems = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=10000)
        opened.append((page, problems))
        return page

    yield open_
    for page, problems in opened:
        page.close()
        assert problems == [], f"console errors: {problems}"


def texts(page, selector):
    return page.locator(selector).all_text_contents()


def shown_ids(page):
    return texts(page, "#doclist li .id")


def test_view_browser_draws_entities_counts_and_events(open_page):
    page = open_page(review_records())
    assert page.locator("#doc h2").text_content() == "a-1"
    assert page.locator("#doc .text").text_content() == albu_hayat()["text"]
    ents = page.locator("#doc .text .ent-end")
    assert [ents.nth(k).get_attribute("data-label") for k in range(ents.count())] == \
        ["FORCE", "LOCATION", "ARMED_GROUP", "PROVINCE"]
    assert texts(page, "#doc .text .count") == ["14", "two", "300"]
    rows = page.locator("#doc tr.ev")
    assert rows.count() == 3 and "context" in rows.nth(0).text_content() and "cumulative" in rows.nth(2).text_content()
    assert texts(page, "#legend .key")[:5] == ["FORCE", "ARMED_GROUP", "OPERATION", "PROVINCE", "LOCATION"]
    assert shown_ids(page) == ["a-1", "b-2", "c-3"]


@pytest.mark.parametrize("j, count, trigger, item", [(0, "14", "killed", "Islamic State fighters"),
                                                     (1, "two", "seized", "weapons caches"),
                                                     (2, "300", None, "fighters")])
def test_view_browser_selecting_an_event_lights_its_parts(open_page, j, count, trigger, item):
    page = open_page(review_records())
    page.click(f'tr.ev[data-event="{j}"]')
    assert texts(page, ".hl-count") == [count]
    assert texts(page, ".hl-trigger") == ([trigger] if trigger else [])
    assert "".join(texts(page, ".hl-item")) == item
    # the actor was named in the first sentence, the event is read from a later one
    assert texts(page, ".hl-actor") == ["Iraqi army"]
    page.click(f'tr.ev[data-event="{j}"]')
    assert page.locator(".hl-actor, .hl-count").count() == 0


def test_view_browser_hover_lights_and_leaving_clears(open_page):
    page = open_page(review_records())
    page.hover('tr.ev[data-event="1"]')
    assert texts(page, ".hl-count") == ["two"]
    page.hover("#doc h2")
    assert page.locator(".hl-count").count() == 0


@pytest.mark.parametrize("select, value, ids", [
    ("#f-action", "seize", ["a-1"]), ("#f-actor", "PESHMERGA", ["b-2"]), ("#f-scope", "cumulative", ["a-1"]),
    ("#f-scope", "(unspecified)", ["b-2"]), ("#f-province", "IQ-AN", ["a-1"]),
])
def test_view_browser_filters_change_the_documents(open_page, select, value, ids):
    page = open_page(review_records())
    page.select_option(select, value)
    assert shown_ids(page) == ids and page.locator("#doc h2").text_content() == ids[0]
    assert page.locator("#n-shown").text_content() == f"{len(ids)} of 3 documents"
    page.select_option(select, "")
    assert shown_ids(page) == ["a-1", "b-2", "c-3"]


@pytest.mark.parametrize("query, ids", [("makhmour", ["b-2"]), ("C-3", ["c-3"]), ("weapons caches", ["a-1"]),
                                        ("nowhere at all", [])])
def test_view_browser_search(open_page, query, ids):
    page = open_page(review_records())
    page.fill("#f-search", query)
    page.locator("#n-shown").filter(has_text=f"{len(ids)} of 3 documents").wait_for()
    assert shown_ids(page) == ids


def test_view_browser_keyboard_moves_between_documents(open_page):
    page = open_page(review_records())
    page.click("#doc h2")
    for key, expected in (("j", "b-2"), ("j", "c-3"), ("j", "c-3"), ("k", "b-2"), ("ArrowUp", "a-1"),
                          ("ArrowDown", "b-2")):
        page.keyboard.press(key)
        assert page.locator("#doc h2").text_content() == expected
    assert page.locator('#doclist li[aria-current="true"] .id').text_content() == "b-2"


def test_view_browser_summary_counts_each_fact_once_per_scope(open_page):
    page = open_page(review_records())
    page.click("#tab-summary")
    assert page.locator("#view-docs").is_hidden()
    heads = {s: page.locator(f'.scope[data-scope="{s}"] h2').text_content()
             for s in ("incident", "cumulative", "(unspecified)")}
    assert heads["incident"].endswith("2 events, total count 16")
    assert heads["cumulative"].endswith("1 event, total count 300")
    # 20 detained, "including five women" (part_of) and the repeat (same_as) are not added
    assert heads["(unspecified)"].endswith("1 event, total count 20")
    assert page.locator(".scope svg.bars rect").count() >= 6
    assert "IRAQI-ARMY" in texts(page, '.scope[data-scope="incident"] table.cross tbody th')
    page.select_option("#f-actor", "PESHMERGA")
    assert [s.get_attribute("data-scope") for s in page.locator(".scope").all()] == ["(unspecified)"]


def test_view_browser_errors_are_listed_with_codes(open_page):
    page = open_page(review_records())
    assert page.locator("#n-errors").text_content() == "(1)"
    page.click("#tab-errors")
    assert texts(page, "#view-errors td") == ["c-3", "E105", "the bytes are not UTF-8"]
    page.click("#tab-docs")
    page.click('#doclist li[data-pos="2"]')
    assert page.locator("#doc .error-box code").text_content() == "E105"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_view_browser_hostile_input_is_shown_as_text(open_page, payload):
    record = hostile(payload)
    page = open_page([record, albu_hayat()])
    page.click("#tab-summary")
    page.click("#tab-docs")
    page.click("tr.ev")
    assert page.evaluate("window.__xss") is None
    assert page.locator("img, #doc script, #doc svg").count() == 0
    assert page.locator("#doc h2").text_content() == record["id"]
    assert page.locator("#doc .text").text_content() == record["text"]
    assert payload in page.locator("#doc tr.ev").text_content()


def test_view_browser_pages_through_many_documents(open_page):
    records = [dict(albu_hayat(), id=f"doc-{k:03d}") for k in range(620)]  # several chunks of records
    page = open_page(records)
    assert page.locator("#n-shown").text_content() == "620 of 620 documents"
    assert page.locator("#doclist li").count() == 100 and page.locator("#page-no").text_content() == "page 1 / 7"
    page.click("#next-page")
    assert page.locator("#doc h2").text_content() == "doc-100"
    assert page.locator("#page-no").text_content() == "page 2 / 7"
    page.fill("#f-search", "doc-61")
    page.locator("#n-shown").filter(has_text="10 of 620 documents").wait_for()
    assert shown_ids(page) == [f"doc-{k}" for k in range(610, 620)]


def test_view_browser_diff_marks_missed_spurious_and_wrong_actor(open_page, tmp_path):
    gold = {"a-1": albu_hayat(), "b-2": makhmour()}
    pred = json.loads(json.dumps(gold))
    ev = pred["a-1"]["events"]
    ev[0]["actor_id"] = "PMF"
    ev.pop(1)
    ev.append(Event("strike", "300", 300, "fighters").on(pred["a-1"]["text"]))
    path = tmp_path / "diff.html"
    write_diff(gold, pred, path)
    page = open_page(path=path)
    gold_side, pred_side = page.locator('.side[data-side="gold"]'), page.locator('.side[data-side="pred"]')
    assert texts(gold_side, ".badge") == ["wrong-actor", "missed", "ok"]
    assert texts(pred_side, ".badge") == ["wrong-actor", "ok", "spurious"]
    assert texts(gold_side, ".st-missed") == ["two"] and texts(gold_side, ".st-wrong-actor") == ["14"]
    assert texts(page, "#doclist li .n") == ["3 \u2717", "0 \u2717"]
    # selecting a gold event lights the prediction it was matched with, in both texts
    gold_side.locator('tr.ev[data-event="2"]').click()
    assert pred_side.locator("tr.ev.partner").get_attribute("data-event") == "1"
    assert texts(gold_side, ".hl-count") == ["300"] and texts(pred_side, ".hl-count") == ["300"]
    gold_side.locator('tr.ev[data-event="2"]').click()
    assert page.locator("tr.ev.partner, .hl-count").count() == 0
    page.select_option("#f-status", "spurious")
    assert shown_ids(page) == ["a-1"]
    page.click("#tab-summary")
    assert page.locator("table.diff-summary").count() == 1


def test_view_browser_shows_repeats_and_breakdowns(open_page):
    page = open_page(review_records())
    page.keyboard.press("j")
    rows = page.locator("#doc tr.ev")
    assert [rows.nth(k).get_attribute("class") for k in range(3)] == ["ev", "ev repeat", "ev repeat"]
    assert "part of #0" in rows.nth(1).text_content() and "same as #0" in rows.nth(2).text_content()


@pytest.mark.parametrize("junk", [
    {"id": 7, "text": "Short text.", "entities": [{"start": "0", "end": 5, "label": "FORCE"}, {"start": 3, "end": 999,
                                                                                          "label": "LOCATION"}]},
    {"id": "no-lists", "text": "Short text.", "entities": None, "events": None, "date": 20260101},
    {"id": "odd-events", "text": "Ten were killed.", "events": [None, "kill", {"action": 5, "count": "ten"},
                                                              {"count": {"start": 0, "end": 3, "value": "ten"}}]},
    {"id": None, "text": None},
])
def test_view_browser_survives_malformed_records(open_page, junk):
    page = open_page([junk, albu_hayat()])
    page.click("#tab-summary")
    page.click("#tab-errors")
    page.click("#tab-docs")
    page.keyboard.press("j")
    assert page.locator("#doc h2").text_content() == "a-1"
