"""opstally_events and opstally_scope, round 12: classes the cold scope12 batch showed (docs/scope-rule.md,
rulings of the scope12 round). One phrasing table per class; the rows vary the label's noun or
participle, the division word, the separators and brackets, the places (named entities or not), the
window above and the total before."""
import pytest

from section5_helpers import by_count, published_events

PUBLISHED = "2025-06-20"


# ---- ruling 1: a label over place shares, with no verb on the line -----------------------------------

@pytest.mark.parametrize("text,shares,action", [
    ("Arrests by province: Anbar 12, Diyala 9, Kirkuk 4", ["12", "9", "4"], "capture"),
    ("Strikes by country — Iraq: 14; Syria: 31", ["14", "31"], "strike"),
    ("Detentions by governorate: Deir ez-Zor (41), Raqqa (17), Hasakah (9)", ["41", "17", "9"], "capture"),
    ("- Suspects arrested by district: Mosul 8, Tal Afar 5 and Sinjar 2", ["8", "5", "2"], "capture"),
    ("Airstrikes — Nineveh (6), Salahuddin (3)", ["6", "3"], "strike"),
    ("Militants killed by sector: Hajin 7 | Susah 5", ["7", "5"], "kill"),
    ("Operations by region — Deir ez-Zor: 24; Raqqa: 9", ["24", "9"], "strike"),
    ("Detainees by province: Kirkuk (30), Salahuddin (22)", ["30", "22"], "capture"),
    ("- Missions by sector: Hajin 4, Baghuz 2", ["4", "2"], "strike"),
])
def test_events_label_over_place_shares_gives_each_share_an_event(nlp, text, shares, action):
    found = by_count(nlp, text, "action", PUBLISHED)
    assert all(found.get(n) == action for n in shares), found


@pytest.mark.parametrize("text,share,province", [
    ("Detentions by governorate: Deir ez-Zor (41), Raqqa (17)", "41", "SY-DY"),
    ("Strikes by province — Anbar: 6; Nineveh: 3", "6", "IQ-AN"),
    ("Arrests by province: Kirkuk 11, Diyala 2", "11", "IQ-KI"),
    ("Detentions by governorate: Raqqa (9), Hasakah (4)", "4", "SY-HA"),
])
def test_events_place_share_takes_its_own_places_province(nlp, text, share, province):
    found = by_count(nlp, text, "province_id", PUBLISHED)
    assert found.get(share) == province, found


@pytest.mark.parametrize("text,whole,shares,scope", [
    ("Coalition forces conducted 45 strikes against ISIS in May.\nStrikes by country — Iraq: 14; Syria: 31",
     "45", ["14", "31"], "period"),
    ("The SDF said its units detained 67 suspects during April.\nDetentions by governorate: Deir ez-Zor (41), "
     "Raqqa (17), Hasakah (9)", "67", ["41", "17", "9"], "period"),
    ("The Asayish said 1,050 suspects had been arrested since January. By governorate: Hasakah 512, "
     "Deir ez-Zor 401, Raqqa 137.", "1,050", ["512", "401", "137"], "cumulative"),
    ("Police have detained 90 suspects so far this year. By province: Erbil 50, Duhok 30.",
     "90", ["50", "30"], "cumulative"),
    ("The army carried out 20 raids in Anbar and Diyala last week.\nRaids by province: Anbar 12, Diyala 8", "20", ["12", "8"], "period"),
    ("Our forces carried out 38 operations in January.\nOperations by region — Deir ez-Zor: 24; Raqqa: 9; "
     "Hasakah: 5", "38", ["24", "9", "5"], "period"),
])
def test_links_place_shares_are_part_of_the_total_before_them(nlp, text, whole, shares, scope):
    evs = published_events(nlp, text, PUBLISHED)
    idx = {e["count"]["text"]: i for i, e in enumerate(evs)}
    assert whole in idx and all(n in idx for n in shares), idx
    assert [evs[idx[n]]["part_of"] for n in shares] == [idx[whole]] * len(shares)
    assert {evs[idx[n]]["scope"] for n in shares} == {scope}


@pytest.mark.parametrize("text,shares", [  # siblings of one list are no part of each other
    ("Operations by region — Deir ez-Zor: 24; Raqqa: 9; Hasakah: 5", ["24", "9", "5"]),
    ("Strikes by province — Anbar: 6; Nineveh: 3", ["6", "3"]),
    ("Arrests by governorate: Raqqa: 7; Hasakah: 2", ["7", "2"]),
    ("Detentions by province: Kirkuk (11), Diyala (4)", ["11", "4"]),
])
def test_links_sibling_shares_are_no_part_of_each_other(nlp, text, shares):
    found = by_count(nlp, text, "part_of", PUBLISHED)
    assert [found.get(n, "missing") for n in shares] == [None] * len(shares), found


@pytest.mark.parametrize("text,shares", [  # under a heading's window: the shares are its bare tally lines
    ("Weekly bulletin (12–18 May)\nArrests by province: Anbar 12, Diyala 9, Kirkuk 4", ["12", "9", "4"]),
    ("Results for 1-7 June\nStrikes by country — Iraq: 5; Syria: 8", ["5", "8"]),
    ("During the past week our forces achieved the following:\nDetentions by governorate: Raqqa (6), "
     "Hasakah (3)", ["6", "3"]),
    ("Operations summary, 3-9 May\n- Militants killed by sector: Hajin 7, Susah 2", ["7", "2"]),
])
def test_scope_place_shares_under_a_heading_take_its_window(nlp, text, shares):
    found = by_count(nlp, text, "scope", PUBLISHED)
    assert [found.get(n) for n in shares] == ["period"] * len(shares), found


@pytest.mark.parametrize("text,count,action", [  # a label's participle: things cleared are destroyed
    ("Results for March:\nIEDs cleared: 112", "112", "destroy"),
    ("Explosive devices cleared – 40", "40", "destroy"),
    ("- Mines cleared: 9", "9", "destroy"),
    ("Villages cleared: 12", "12", "clear"),
])
def test_events_label_of_things_cleared_is_destroy(nlp, text, count, action):
    found = by_count(nlp, text, "action", PUBLISHED)
    assert found.get(count) == action, found


@pytest.mark.parametrize("text,count", [  # not a share list: no event from a label
    ("Population by province: Anbar 1,800,000", "1,800,000"),
    ("Checkpoints by district: Mosul 14, Tal Afar 6", "14"),
    ("Arrests by province: see the table below, page 4", "4"),
    ("Rainfall by governorate: Raqqa 12, Hasakah 9", "12"),
])
def test_events_label_without_action_gives_no_event(nlp, text, count):
    assert count not in {e["count"]["text"] for e in published_events(nlp, text, PUBLISHED)}


# ---- ruling 2: a running total's title over a bulletin's lines; review words in a force's title ---------

@pytest.mark.parametrize("text,counts", [
    ("Counter-terrorism results since 1 January\nSuspects arrested — 88\nWeapons caches found — 9", ["88", "9"]),
    ("Operation Jazeera Storm: totals since the operation was launched\nVillages liberated — 42\n"
     "ISIS fighters killed — 188", ["42", "188"]),
    ("Results of the campaign to date\n- Hideouts destroyed: 31\n- Militants killed: 7", ["31", "7"]),
    ("Statistics since the start of the year\nTunnels destroyed – 12\nSuspects detained – 40", ["12", "40"]),
])
def test_scope_running_total_title_frames_bare_lines(nlp, text, counts):
    found = by_count(nlp, text, "scope", PUBLISHED)
    assert [found.get(n) for n in counts] == ["cumulative"] * len(counts), found


@pytest.mark.parametrize("text,count", [
    ("Peshmerga Ministry: week in review, 3–9 March\nPeshmerga forces destroyed 6 tunnels in the Qarachogh "
     "mountains.", "6"),
    ("Counter Terrorism Service — Operational highlights, 1–7 September\nOperators killed 9 terrorists in "
     "the Wadi al-Shay valley.", "9"),
    ("SDF achievements, 10-16 August\nCommandos detained 12 suspects in al-Busayrah.", "12"),
    ("Federal Police: review of 1-7 June\nOfficers seized 14 rifles in Tarmiyah.", "14"),
])
def test_scope_force_review_title_frames_narrated_lines(nlp, text, count):
    found = by_count(nlp, text, "scope", PUBLISHED)
    assert found.get(count) == "period", found


# ---- ruling 3: year-in-review and operation-review phrasings ------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Diyala police closed the year with 450 arrests of terrorism suspects.", "450", "cumulative"),
    ("Kirkuk police close 2024 with 320 terrorism arrests", "320", "cumulative"),
    ("The Asayish ended the year having detained 96 ISIS suspects.", "96", "cumulative"),
    ("The past year also brought the seizure of 63 weapons caches across the province.", "63", "cumulative"),
    ("The last year saw 120 ISIS fighters killed by the SDF.", "120", "cumulative"),
    ("The operation's first 100 days saw 340 arrests.", "340", "cumulative"),
    ("In its first six months the campaign netted 900 suspects.", "900", "cumulative"),
    ("During the first week of the operation, troops killed 14 militants.", "14", "period"),
    ("Police closed the road with 3 checkpoints and arrested 2 suspects on Monday.", "2", "incident"),
])
def test_scope_year_and_operation_reviews(nlp, text, count, scope):
    found = by_count(nlp, text, "scope", "2025-01-06")
    assert found.get(count) == scope, found
