"""opstally_scope, round 23: the held-out kinds the lead disclosed by kind only — counts read as a window's
(period or running total) whose gold is an incident: a strike summary's bulleted place segments, a window
inside a modifier of the counted, single narrated actions in a news story's body (docs/scope-rule.md,
rulings of the scope23 round; components/scope_strikes.py, deed_dates.py, scope_shares.py,
scope_statements.py, patterns/scope.jsonl and words_en rows). One phrasing table per class, each with
rows where its reading must not reach."""
import pytest

from section5_helpers import scope_of

RELEASE = ("Weekly strike summary\n\nBetween 4 and 10 June, Coalition aircraft conducted 15 strikes against "
           "ISIS in Iraq and Syria.\n\n")


# ---- ruling 1: a place's segment of a province's strike line is that place's incident ----------------------

@pytest.mark.parametrize("line,count,scope", [
    ("\u2022 Nineveh (6 strikes): Wadi Qasr, 3 caves destroyed; Tal Rumman, 2 ISIS fighters killed.", "3",
     "incident"),
    ("\u2022 Nineveh (6 strikes): Wadi Qasr, 3 caves destroyed; Tal Rumman, 2 ISIS fighters killed.", "2",
     "incident"),
    ("- Anbar province (4 strikes): in the Wadi Hauran area, 5 tunnel entrances were destroyed.", "5", "incident"),
    ("- Kirkuk (2 strikes): Makhoul mountains, 4 militants killed and 1 weapons cache destroyed.", "1",
     "incident"),
    ("* Deir ez-Zor (5 strikes): Hajin, 2 fighting positions destroyed; Baghouz, 7 fighters killed.", "7",
     "incident"),
    ("\u2022 Anbar, 4 strikes \u2013 Wadi Hauran: 5 tunnels destroyed; Rutbah: 2 vehicles destroyed.", "5",
     "incident"),
    ("\u2022 Anbar, 4 strikes \u2013 Wadi Hauran: 5 tunnels destroyed; Rutbah: 2 vehicles destroyed.", "2",
     "incident"),
    ("- Near Hajin (3 strikes): 2 fighting positions destroyed and 4 fighters killed.", "4", "incident"),
    ("- Near Hajin (3 strikes): 2 fighting positions destroyed and 4 fighters killed.", "3", "incident"),
    ("\u2022 Nineveh (6 strikes): Wadi Qasr \u2013 3 caves destroyed; Tal Rumman \u2013 2 fighters killed.", "2",
     "incident"),
    # a country's line, and a segment a province or a country opens, stay the release's window
    ("\u2022 Nineveh (6 strikes): Wadi Qasr, 3 caves destroyed.", "6", "period"),
    ("Syria: 9 strikes destroyed 12 fighting positions.", "9", "period"),
    ("In Iraq, Coalition forces conducted 6 strikes consisting of 8 engagements.", "6", "period"),
    ("\u2022 Iraq (6 strikes): Nineveh, 3 caves destroyed.", "3", "period"),
    ("\u2022 Syria (4 strikes): Syria, 2 fighting positions destroyed.", "2", "period"),
])
def test_scope_a_strike_lines_place_segment_is_an_incident(nlp, line, count, scope):
    assert scope_of(nlp, RELEASE + line, count) == scope


def test_scope_a_window_opening_a_strike_line_is_no_place(nlp):
    text = ("Over the past week, the army carried out 140 operations in which 6 terrorists were killed and 9 hideouts "
            "destroyed. The Air Force executed 5 air strikes, 3 of them in the Hamrin sector.")
    assert scope_of(nlp, text, "5") == "period"


def test_scope_a_province_line_of_arrests_keeps_the_tally_window(nlp):
    text = ("Interior ministry: March results\n\nPolice arrested 88 wanted persons during March.\n\n"
            "Arrests by province:\n- Anbar: 21 suspects arrested\n- Basra: 17 suspects arrested")
    assert scope_of(nlp, text, "21") == "period"


# ---- ruling 2: a window inside a modifier of the counted does not govern the count -----------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Security forces have detained 31 suspects in Diyala, among them 5 members of a cell that had killed 4 "
     "village chiefs since June, the ministry said.", "5", "incident"),
    ("Police seized 12 rifles from a gang that had been smuggling arms from Syria since last year.", "12",
     "incident"),
    ("Peshmerga forces arrested 3 men of a network that had moved fighters across the border since 2022.", "3",
     "incident"),
    ("The SDF detained 40 suspects during a five-day sweep of the camp, including 6 women who had run the "
     "group's courts since 2021.", "6", "period"),
    ("Police in Anbar freed an engineer abducted last month and arrested 5 members of the gang.", "5", "incident"),
    ("Police arrested 5 men accused of the bombing of a market in March.", "5", "incident"),
    ("Police detained 14 people suspected of belonging to ISIS during September.", "14", "period"),
    ("Troops killed 2 gunmen on Monday, and one hostage, a driver kidnapped last month, was freed.", "one",
     "incident"),
    # the running total's or the window's own clause keeps it
    ("Police said 12 suspects arrested last week had confessed.", "12", "period"),
    ("Security forces have detained 31 suspects in Diyala since June, the ministry said.", "31", "cumulative"),
    ("Police have seized 120 rifles since the start of the campaign.", "120", "cumulative"),
])
def test_scope_a_modifiers_window_does_not_govern_the_count(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 3: an action told as what followed one arrival or raid is one occasion ---------------------------

WEEK = "Iraqi army units killed 17 militants and detained 23 suspects over the past week, the command said. "


@pytest.mark.parametrize("line,count,scope", [
    ("The brigade's arrival in the village of Tal Ghubayra was followed by the arrest of nine suspects.", "nine",
     "incident"),
    ("The raid on the farm was quickly followed by the seizure of 4 rifles.", "4", "incident"),
    ("Shortly after troops entered Udhaim, they detained 6 gunmen.", "6", "incident"),
    ("The commandos' landing near Rashad was followed by the killing of 3 fighters.", "3", "incident"),
    ("Following the brigade's entry into Rashad, troops detained 7 suspects.", "7", "incident"),
    ("The army's advance into the Tharthar valley was followed by the killing of 11 of them.", "11", "incident"),
    # no occasion named: the week's tally goes on in its paragraph
    ("Troops also detained 8 suspects.", "8", "period"),
    ("The operations were followed up with 5 more arrests.", "5", "period"),
])
def test_scope_what_followed_one_arrival_is_an_incident(nlp, line, count, scope):
    assert scope_of(nlp, WEEK + line, count) == scope


# ---- ruling 4: "separately claimed/said" is another party's claim ------------------------------------------

TOLL = "At least 31 people have been killed in clashes in eastern Deir ez-Zor this week, the monitor said. "


@pytest.mark.parametrize("line,count,scope", [
    ("Tribal fighters separately claimed to have captured 12 SDF members.", "12", "incident"),
    ("The SDF separately said its fighters had detained 8 gunmen.", "8", "incident"),
    ("A rival faction separately reported killing 5 tribal fighters.", "5", "incident"),
    ("Tribal fighters separately claimed to have captured 12 SDF members, while the SDF said it had detained 8 "
     "gunmen.", "8", "incident"),
    ("The SDF, separately, said it had detained 8 gunmen.", "8", "incident"),
    ("ISIS claimed separately that its fighters had killed 5 SDF members.", "5", "incident"),
    # no separate claim: the week's toll goes on
    ("Tribal fighters separately captured 6 SDF members.", "6", "period"),
    ("Another 9 people were wounded in the fighting.", "9", "period"),
    ("The monitor said 12 of the dead were civilians.", "12", "period"),
])
def test_scope_a_separate_claim_leaves_the_window(nlp, line, count, scope):
    assert scope_of(nlp, TOLL + line, count) == scope


# ---- ruling 5: strikes on one target are one occasion -------------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Turkish jets carried out 2 air strikes on a PKK hideout in the Gara region over the past 24 hours, "
     "neutralising 5 terrorists.", "2", "incident"),
    ("Turkish jets carried out 2 air strikes on a PKK hideout in the Gara region over the past 24 hours, "
     "neutralising 5 terrorists.", "5", "incident"),
    ("Iraqi F-16s conducted 3 strikes on a cave near Makhmour last week, killing 4 militants.", "3", "incident"),
    ("Coalition aircraft carried out two raids on a farm outside Hawija over the weekend.", "two", "incident"),
    # strikes on many targets stay the window's tally
    ("Turkish jets carried out 12 air strikes on PKK hideouts over the past week, neutralising 30 terrorists.",
     "12", "period"),
    ("Iraqi F-16s conducted 9 strikes on caves and tunnels in the Hamrin mountains last week.", "9", "period"),
])
def test_scope_strikes_on_one_target_are_an_incident(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope
