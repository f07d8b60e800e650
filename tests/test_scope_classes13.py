"""opstally_scope, round 13: classes the cold scope13 batch showed (docs/scope-rule.md, rulings of the
scope13 round). One phrasing table per class; the rows vary the force, the title's separator (bar,
dash, comma, bracket), the window's words and the bare lines under it."""
import pytest

from section5_helpers import published_events


def _scoped(nlp, text, published):
    return {e["count"]["text"]: (e["scope"], e.get("date"), e.get("period_start"))
            for e in published_events(nlp, text, published)}


# ---- ruling 1: a bulletin title that states its window with a bar, a dash, a week or a month review -----

@pytest.mark.parametrize("text,published,count,end,start", [
    ("CTD weekly brief | 4–10 August\n- 13 suspects detained\n- 5 weapons caches seized", "2025-08-12",
     "13", "2025-08-10", "2025-08-04"),
    ("Border Guards weekly update (21–27 April)\n8 smugglers arrested\n3 vehicles seized", "2025-04-28",
     "8", "2025-04-27", "2025-04-21"),
    ("Asayish security digest — week 19\n* 7 suspects detained\n* 2 IEDs dismantled", "2025-05-11",
     "7", "2025-05-11", None),
    ("Zeravani brief | Week 41\n- 4 infiltrators captured\n- 6 hideouts destroyed", "2025-10-12",
     "4", "2025-10-12", None),
    ("5th Division: month in review, January 2025\n- 19 terrorists killed\n- 27 suspects arrested", "2025-02-03",
     "19", "2025-01-31", "2025-01-01"),
    ("Interior Ministry — March in review\n• 14 wanted persons arrested\n• 9 caves destroyed", "2025-04-02",
     "14", "2025-03-31", "2025-03-01"),
    ("Federal Police: October 2024 in review\n- 22 explosive devices dismantled", "2024-11-03",
     "22", "2024-10-31", "2024-10-01"),
    ("Monthly review — November 2024\nNineveh Operations Command\n- 15 suspects detained", "2024-12-04",
     "15", "2024-11-30", "2024-11-01"),
])
def test_scope_bulletin_title_window_frames_bare_lines(nlp, text, published, count, end, start):
    assert _scoped(nlp, text, published).get(count) == ("period", end, start)


@pytest.mark.parametrize("text,published,count,end,start", [
    ("Kurdistan Region Counter-Terrorism Department weekly brief | 4–10 August\nCTD officers arrested 6 ISIS "
     "suspects in Erbil.", "2025-08-11", "6", "2025-08-10", "2025-08-04"),
    ("Federal Police Command weekly update (21–27 April)\nPolice units seized 4 weapons caches in Tarmiyah.",
     "2025-04-28", "4", "2025-04-27", "2025-04-21"),
    ("Peshmerga Ministry weekly summary, 2–8 June\nPeshmerga forces destroyed 3 tunnels in the Qarachogh "
     "mountains.", "2025-06-09", "3", "2025-06-08", "2025-06-02"),
    ("Asayish directorate digest — 9–15 March\nOfficers detained 5 suspects in Koya.", "2025-03-16",
     "5", "2025-03-15", "2025-03-09"),
])
def test_scope_force_named_brief_title_frames_narrated_lines(nlp, text, published, count, end, start):
    assert _scoped(nlp, text, published).get(count) == ("period", end, start)


@pytest.mark.parametrize("text,published,count", [
    ("Iraq Security Brief — 14 to 20 November\nKirkuk: police arrested 4 suspects in a raid on a farm near "
     "Hawija.", "2025-11-21", "4"),
    ("Syria Update, 12–18 June\nHasakah: The Asayish said it arrested 6 suspects in a raid near Shaddadi.",
     "2025-06-19", "6"),
    ("Northern Iraq Brief, 14-20 September\nNineveh: the army detained 7 suspects in a raid on a house in "
     "Badush.", "2025-09-21", "7"),
    ("KRI Security Digest — week 38\n- Slemani: Asayish officers in Kalar arrested two suspects.",
     "2025-09-21", "two"),
])
def test_scope_news_digest_title_leaves_narrated_lines_incidents(nlp, text, published, count):
    assert _scoped(nlp, text, published).get(count, ("",))[0] == "incident"


# ---- ruling 2: a sitrep's label line that states its window --------------------------------------------

@pytest.mark.parametrize("text,published,count,end,start", [
    ("Situation report\nPeriod: 24 hrs to 0600L, 5 June\n- 3 infiltrators detained\n- 1 fighter killed",
     "2025-06-05", "3", "2025-06-05", None),
    ("Field update\nCovering: last 48 hours\n* 8 suspects arrested\n* 2 motorcycles seized", "2025-09-14",
     "8", "2025-09-14", None),
    ("Daily sitrep\nReporting period: past 72 hours\n- 6 IEDs dismantled\n- 4 suspects detained", "2025-03-09",
     "6", "2025-03-09", None),
    ("Operations report\nReporting period: 1–7 March 2025\n- 17 suspects detained\n- 4 depots seized",
     "2025-03-08", "17", "2025-03-07", "2025-03-01"),
    ("SITREP\nCoverage: previous 7 days\n- 12 hideouts destroyed", "2025-07-20", "12", "2025-07-20", None),
    ("Daily sitrep\nPeriod covered: last 24 hours\n- 2 operatives captured", "2025-05-22", "2", "2025-05-22", None),
])
def test_scope_sitrep_window_label_frames_bare_lines(nlp, text, published, count, end, start):
    assert _scoped(nlp, text, published).get(count) == ("period", end, start)


# ---- ruling 3: a lead-in without ':' over bare lines ------------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("BAGHDAD — In the past seven days our units achieved the following\n- 9 wanted persons arrested\n"
     "- 6 explosive devices dismantled", "9"),
    ("Over the last ten days the CTS carried out the operations listed below\n• 13 terrorists killed\n"
     "• 20 suspects detained", "20"),
    ("During the past week the brigade recorded these results\n- 4 hideouts destroyed\n- 2 tunnels destroyed", "4"),
    ("In the last 24 hours our forces achieved the following\n* 5 suspects captured\n* 3 caches seized", "5"),
])
def test_scope_lead_in_without_colon_frames_bare_lines(nlp, text, count):
    assert _scoped(nlp, text, "2025-04-20").get(count, ("",))[0] == "period"


@pytest.mark.parametrize("text,count,end,start", [
    ("During the period 8–14 June our units achieved the following\n- 14 wanted persons arrested\n"
     "- Engineers dismantled 8 explosive devices in Tarmiyah", "8", "2025-06-14", "2025-06-08"),
    ("Between 1 and 7 June the brigade carried out the operations listed below\n- Troops detained 6 suspects "
     "in Hawija", "6", "2025-06-07", "2025-06-01"),
    ("From 2 to 9 June the results were as follows\n* Commandos seized 4 weapons caches in Tuz Khurmatu",
     "4", "2025-06-09", "2025-06-02"),
    ("During 10–16 June, the division recorded the following results\n- Soldiers destroyed 9 hideouts in "
     "Wadi al-Shay", "9", "2025-06-16", "2025-06-10"),
])
def test_scope_lead_in_without_colon_frames_narrated_lines(nlp, text, count, end, start):
    assert _scoped(nlp, text, "2025-06-18").get(count) == ("period", end, start)


# ---- ruling 4: a launch day stated after "since the operation began" ----------------------------------------

@pytest.mark.parametrize("text,count,start", [
    ("The PMF said its units have killed 64 militants since the operation began. It was launched on 3 March.",
     "64", "2025-03-03"),
    ("Since the start of Operation Desert Shield, forces have arrested 118 suspects. The operation began on "
     "21 September in the desert.", "118", "2024-09-21"),
    ("The army has destroyed 210 hideouts since the offensive was launched. The offensive kicked off on "
     "Sunday, 6 April.", "210", "2025-04-06"),
    ("Troops have detained 75 suspects since the campaign started. The campaign got under way on 1 October.",
     "75", "2024-10-01"),
])
def test_dates_launch_day_after_running_total_is_its_start(nlp, text, count, start):
    assert _scoped(nlp, text, "2025-04-15").get(count) == ("cumulative", "2025-04-15", start)


@pytest.mark.parametrize("text,count", [
    ("Forces have killed 40 militants since the operation began. It was launched to clear the desert.", "40"),
    ("Troops have arrested 30 suspects since the campaign started.\n\nIt began on 2 March.", "30"),
])
def test_dates_launch_day_needs_a_stated_day_in_the_paragraph(nlp, text, count):
    assert _scoped(nlp, text, "2025-04-15").get(count) == ("cumulative", "2025-04-15", None)
