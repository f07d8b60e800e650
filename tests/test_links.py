"""same_as and part_of (opstally_dataset, components/links.py): repeated mentions and breakdowns."""
import pytest

from opstally.components.links import compile_link_cues, counts_compatible, link_cues_v1, tag_links
from opstally.extract import extract_records
from opstally.inputs import InputDoc

from section5_helpers import published_events


@pytest.fixture(scope="module")
def cues():
    return compile_link_cues(link_cues_v1())


def _events(nlp, text):
    return published_events(nlp, text, "2024-03-06")


def _by_count(events):
    return {e["count"]["text"]: e for e in events}


@pytest.mark.parametrize("text,whole,part", [
    ("Iraqi forces arrested 20 suspects, including five women, in Kirkuk.", "20", "five"),
    ("The ISF killed 9 militants, among them 2 leaders.", "9", "2"),
    ("Iraqi forces arrested 20 suspects, five of whom were women.", "20", "five"),
    ("The SDF captured 31 fighters, including 4 commanders, near Hajin.", "31", "4"),
])
def test_links_part_of(nlp, text, whole, part):
    events = _events(nlp, text)
    ev = _by_count(events)
    assert ev[part]["part_of"] == events.index(ev[whole])
    assert ev[whole]["part_of"] is None and all(e["same_as"] is None for e in events)


@pytest.mark.parametrize("text", [
    "Iraqi forces arrested 20 suspects and killed five militants.",          # two facts, no breakdown cue
    "Iraqi forces arrested 5 suspects, including 20 men.",                   # a part bigger than the whole
    "Iraqi forces arrested 20 suspects. Including five women, 30 were freed.",  # other sentence
])
def test_links_no_part_of(nlp, text):
    assert all(e["part_of"] is None for e in _events(nlp, text))


@pytest.mark.parametrize("text,first,repeat", [
    ("Iraqi forces kill dozens of ISIS fighters in Anbar\n\nIraqi forces killed 32 ISIS fighters in Anbar on "
     "Tuesday, the army said.", "dozens", "32"),
    ("Peshmerga destroy 14 tunnels near Kirkuk\n\nPeshmerga forces destroyed 14 tunnels in Kirkuk province "
     "on Monday.", "14", "14"),
    ("The SDF captured 12 ISIS fighters in Deir ez-Zor on Sunday. In all, the SDF captured 12 fighters "
     "in the raid, a spokesman said.", "12", "12"),
])
def test_links_same_as(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert len(events) == 2
    assert (events[0]["count"]["text"], events[1]["count"]["text"]) == (first, repeat)
    assert events[1]["same_as"] == 0 and events[0]["same_as"] is None


@pytest.mark.parametrize("text", [
    "Iraqi forces killed 5 militants in Anbar. Another 5 militants were killed by Iraqi forces in Anbar.",
    "Iraqi forces killed 5 militants on Sunday. Iraqi forces killed 5 militants on Monday.",
    "Iraqi forces killed 5 militants in Anbar. Iraqi forces killed 5 militants in Nineveh.",
    "Iraqi forces killed 5 militants. The SDF killed 5 militants.",
    "Iraqi forces killed 5 militants. Iraqi forces killed 7 militants.",
    "Iraqi forces killed 5 militants. So far, Iraqi forces have killed 5 militants.",
])
def test_links_no_same_as(nlp, text):
    assert all(e["same_as"] is None for e in _events(nlp, text))


def _ev(start, count, action="destroy", sent=(0, 200), item=None):
    """An event whose count `count` (digits) starts at `start`."""
    end = start + len(count)
    ev = {"action": action, "count": {"start": start, "end": end, "text": count, "value": int(count), "bound": "exact"},
          "item": None, "actor_id": "ISF", "affected_id": "ISIS", "scope": "incident",
          "sentence": {"start": sent[0], "end": sent[1]}}
    if item:
        ev["item"] = {"start": end + 1, "end": end + 1 + len(item), "text": item}
    return ev


def test_links_list_of_parts(cues):
    text = "Iraqi forces destroyed 20 sites: 17 tunnels and 3 rest-houses."
    events = [_ev(text.index("20"), "20", item="sites"),
              _ev(text.index("17"), "17", item="tunnels"),
              _ev(text.index("3 "), "3", item="rest-houses")]
    tag_links(text, events, cues)
    assert [e["part_of"] for e in events] == [None, 0, 0]


def test_links_list_that_does_not_add_up(cues):
    text = "Iraqi forces destroyed 20 sites: 17 tunnels and 9 rest-houses."
    events = [_ev(text.index("20"), "20", item="sites"),
              _ev(text.index("17"), "17", item="tunnels"),
              _ev(text.index("9 "), "9", item="rest-houses")]
    tag_links(text, events, cues)
    assert [e["part_of"] for e in events] == [None, None, None]


def test_links_same_as_points_to_first_mention(cues):
    text = "ISF kill 30 militants\nThe ISF killed 30 militants. In sum: the ISF killed 30 militants, it said."
    a, b, c = (text.index("30", k) for k in (0, 22, 52))
    events = [_ev(a, "30", "kill", (0, 21), "militants"),
              _ev(b, "30", "kill", (22, 50), "militants"),
              _ev(c, "30", "kill", (51, len(text)), "militants")]
    tag_links(text, events, cues)
    assert [e["same_as"] for e in events] == [None, 0, 0]


def test_links_same_as_needs_a_headline_or_a_firm_count(cues):
    text = "The ISF killed 3 militants near Rawa. In a raid the ISF killed 3 militants near Qaim, it said."
    a, b = text.index("3 "), text.index("3 ", 30)
    events = [_ev(a, "3", "kill", (0, 37), "militants"), _ev(b, "3", "kill", (38, len(text)), "militants")]
    tag_links(text, events, cues)
    assert [e["same_as"] for e in events] == [None, None]


@pytest.mark.parametrize("a,b,ok", [
    ({"value": 32, "bound": "exact", "text": "32"}, {"value": 12, "bound": "approx", "text": "dozens"}, True),
    ({"value": 150, "bound": "exact", "text": "150"}, {"value": 100, "bound": "approx", "text": "hundreds"}, True),
    ({"value": 160, "bound": "exact", "text": "160"}, {"value": 150, "bound": "at_least", "text": "more than 150"}, True),
    ({"value": 5, "bound": "exact", "text": "five"}, {"value": 12, "bound": "approx", "text": "dozens"}, False),
    ({"value": 32, "bound": "exact", "text": "32"}, {"value": 33, "bound": "exact", "text": "33"}, False),
    ({"value": 400, "bound": "exact", "text": "400"}, {"value": 150, "bound": "at_least", "text": "over 150"}, False),
])
def test_links_counts_compatible(cues, a, b, ok):
    assert counts_compatible(a, b, cues) is ok and counts_compatible(b, a, cues) is ok


def test_links_record_round_trip_validates(nlp):
    from opstally.corpus.validate import record_problems

    text = ("Iraqi forces kill dozens of ISIS fighters in Anbar\n\nIraqi forces killed 32 ISIS fighters in Anbar, "
            "including 3 leaders, on Tuesday, the army said.")
    (rec,) = extract_records(nlp, [InputDoc("t", text, {"date": "2024-03-06"})])
    assert record_problems(rec) == []
    assert rec["date"] == "2024-03-06"
    assert [(e["same_as"], e["part_of"]) for e in rec["events"]] == [(None, None), (0, None), (None, 1)]


def _part_of(events, part_text):
    by = _by_count(events)
    i = by[part_text].get("part_of")
    return events[i]["count"]["text"] if i is not None else None


@pytest.mark.parametrize("text,parts,whole", [
    ("On March 3, coalition forces conducted 31 strikes in Syria.\n\nNear Hajin, 29 strikes destroyed 20 fighting "
     "positions.\n\nNear Abu Kamal, two strikes destroyed a vehicle.", ["29", "two"], "31"),
    ("Coalition forces conducted 9 strikes in Iraq on Monday. Near Makhmur, four strikes destroyed five caves; "
     "near Kirkuk, 3 strikes destroyed two safe houses.", ["four", "3"], "9"),
    ("Coalition forces conducted 19 strikes in Syria and Iraq on April 24.\n\nIn Syria, 6 strikes destroyed "
     "2 fighting positions.\n\nIn Iraq, 13 strikes destroyed 4 mortar positions.", ["6", "13"], "19"),
])
def test_links_release_lines_are_parts_of_the_total(nlp, text, parts, whole):
    events = _events(nlp, text)
    assert all(_part_of(events, p) == whole for p in parts), [(e["count"]["text"], e["part_of"]) for e in events]


@pytest.mark.parametrize("text", [
    "Coalition forces conducted 9 strikes in Iraq on Monday. Separately, near Mosul, four strikes destroyed five caves.",
    "Coalition forces conducted 3 strikes in Iraq on Monday. Near Makhmur, four strikes destroyed five caves.",
    "Coalition forces conducted 5 strikes in Iraq on Monday. Near Makhmur, four strikes destroyed caves; "
    "near Kirkuk, three strikes destroyed houses.",
])
def test_links_release_lines_that_do_not_add_up_are_not_parts(nlp, text):
    assert all(e["part_of"] is None for e in _events(nlp, text))


@pytest.mark.parametrize("text,part,whole", [
    ("Police arrested eight suspects in Karbala on Friday. Two of the suspects were arrested in Babylon.", "Two", "eight"),
    ("The CTS said seven militants were killed in a raid on Sunday. Two of the militants were killed by a drone.", "Two", "seven"),
    ("The CTD arrested 9 ISIS members in Erbil on Monday. Among those detained were two brothers.", "two", "9"),
])
def test_links_a_back_reference_is_part_of_the_earlier_count(nlp, text, part, whole):
    assert _part_of(_events(nlp, text), part) == whole


@pytest.mark.parametrize("text,part", [
    ("Militants killed 11 soldiers near Manbij on Friday. Two of the council's fighters were killed later.", "Two"),
    ("Troops killed 3 militants near Rutba on Monday. Two of the attackers were killed in Anbar.", "Two"),
    ("Police arrested 5 suspects in Kirkuk on Monday. Police also arrested 2 smugglers in Erbil.", "2"),
])
def test_links_an_unrelated_later_count_is_no_part(nlp, text, part):
    assert _part_of(_events(nlp, text), part) is None


@pytest.mark.parametrize("text,line,total", [
    ("Between March 1 and March 7, coalition forces flew 196 strikes in Syria, mostly near Baghuz.\n\n"
     "Near Baghuz, 196 strikes destroyed 57 fighting positions.", 1, 0),
    ("In the past week, coalition forces flew 40 strikes in Iraq.\n\nNear Mosul, 40 strikes destroyed 12 caves.", 1, 0),
    ("During February, coalition forces conducted 12 strikes in Syria.\n\nIn Syria, 12 strikes hit 5 tunnels.", 1, 0),
])
def test_links_a_release_line_repeating_the_total_is_the_same_tally(nlp, text, line, total):
    events = [e for e in _events(nlp, text) if e["action"] == "strike"]
    assert events[line]["same_as"] is not None and events[line]["scope"] == events[total]["scope"] == "period"


def test_links_a_release_line_takes_the_total_it_fits_not_the_nearest(nlp):
    text = ("Between March 1 and March 7, coalition forces flew 196 strikes in Syria and 4 strikes in Iraq.\n\n"
            "Near Baghuz, 196 strikes destroyed 57 fighting positions.")
    events = [e for e in _events(nlp, text) if e["action"] == "strike"]
    assert events[2]["same_as"] == next(i for i, e in enumerate(_events(nlp, text)) if e["count"]["text"] == "196")
