"""opstally_scope, round 16: a statement's window past line and paragraph breaks (docs/scope-rule.md, rulings of
the scope16 round; components/scope_statements.py). One phrasing table per class; the rows vary the issuer, the
window, the break and the words around the cue; each class has rows where the window must stop."""
import pytest

from opstally.components.scope_statements import is_body, same_issuer
from section5_helpers import published_events


def _scope(nlp, text, count, published="2025-05-14"):
    found = {e["count"]["text"]: e["scope"] for e in published_events(nlp, text, published)}
    return found.get(count)


# ---- ruling 1: a sentence attributed to the issuer of a statement keeps the statement's window --------------

@pytest.mark.parametrize("text,count", [
    ("RAQQA (Agency) - The SDF said on Tuesday it had seized 6 villages in three days of fighting near Tabqa.\n\n"
     "The SDF said 14 militants were killed.", "14"),
    ("The Syrian Democratic Forces said on Friday they had detained 19 suspects in two days of raids near Hajin. "
     "A local activist said the raids had caused panic.\n\nThe alliance said 3 rifles were seized.", "3"),
    ("BAGHDAD (Wire) - The Iraqi army said on Sunday it had killed 7 militants in four days of air and ground "
     "attacks in the Hamrin hills.\n\nTroops destroyed 5 caves, the army said in a statement.", "5"),
    ("The Counter-Terrorism Service said it had arrested 12 suspects over the past week in Anbar.\n"
     "Its units dismantled 4 bomb workshops near Rutba, the service said.", "4"),
    ("The Ministry of Peshmerga Affairs said Peshmerga units had cleared 9 villages over five days near Gwer.\n\n"
     "Two tunnels were destroyed, the ministry said.", "Two"),
    ("The Anbar Operations Command said its forces had killed 6 ISIS members during a three-day sweep of the "
     "desert.\nEngineers blew up 11 roadside bombs, it said.", "11"),
])
def test_scope_an_issuers_later_sentence_keeps_the_statement_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    # another issuer: a speaker, another body
    ("The SDF said on Tuesday it had seized 6 villages in three days of fighting near Tabqa.\n\n"
     "A local doctor said 4 civilians were wounded.", "4"),
    ("The Iraqi army said it had killed 7 militants in four days of attacks in the Hamrin hills.\n\n"
     "The coalition said its jets flew 5 sorties.", "5"),
    # a new occasion or window between, or in the sentence itself
    ("The SDF said it had detained 19 suspects in two days of raids near Hajin.\n\nOn Sunday, gunmen attacked "
     "a checkpoint near Sousa.\n\nThe SDF said 3 of its fighters were wounded.", "3"),
    ("The army said it had killed 8 militants in three days of strikes near Rawa.\n\n"
     "The army said 2 soldiers were killed when militants attacked a post near Anah.", "2"),
    ("The Anbar Operations Command said its troops had cleared 40 km of road during a two-day push near Qaim. "
     "The offensive retook 12 villages, the command said.", "12"),
    # a heading between
    ("The SDF said it had detained 19 suspects in two days of raids near Hajin.\n\nOther news\n\n"
     "The SDF said 6 motorcycles were seized in Raqqa.", "6"),
])
def test_scope_a_statement_window_stops_at_another_issuer_or_occasion(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("later,first,same", [
    ("The alliance", "The Syrian Democratic Forces", True),
    ("the army", "The Iraqi army", True),
    ("The SDF", "The Syrian Democratic Forces", True),
    ("The Syrian Democratic Forces", "The SDF", True),
    ("it", "The Nineveh Operations Command", True),
    ("the ministry", "The Ministry of Interior", True),
    ("The coalition", "The SDF", False),
    ("a local doctor", "The SDF", False),
    ("The army", "Peshmerga officials", False),
    ("Rasool", "The Security Media Cell", False),
])
def test_scope_same_issuer_table(later, first, same):
    assert same_issuer(later, first) is same


@pytest.mark.parametrize("phrase,body", [
    ("The SDF", True), ("The Iraqi army", True), ("the Kirkuk police directorate", True),
    ("a security source", False), ("Peshmerga officials", False), ("Farmers", False),
])
def test_scope_is_body_table(phrase, body):
    assert is_body(phrase) is body


# ---- ruling 2: "also" right after a tally's count keeps the tally's window past a break --------------------

@pytest.mark.parametrize("text,count", [
    ("During April, Iraqi forces carried out 38 operations in Salahuddin, detaining 22 suspects.\n\n"
     "Troops also recovered 7 weapons caches.", "7"),
    ("In the first 48 hours of the sweep, Peshmerga units destroyed 9 hideouts and arrested 5 suspects.\n"
     "The units also found 3 tunnels and 20 mortar rounds.", "3"),
    ("Over the past week, the Asayish detained 31 people in Hasakah city.\n\n"
     "They also confiscated 8 rifles and a car.", "8"),
    ("Officials said on Monday that militants had burned 400 dunams of barley over the past ten days.\n\n"
     "Farmers said the militants also torched 2 tractors.", "2"),
])
def test_scope_an_also_sentence_after_a_tally_keeps_its_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    # a named place past a line break (scope6 (d))
    ("During April, Iraqi forces carried out 38 operations in Salahuddin.\n"
     "Officers also seized 5 rifles in a workshop in Tal Afar.", "5"),
    # its own occasion or day
    ("During April, Iraqi forces carried out 38 operations in Salahuddin.\n\n"
     "Troops also killed 2 militants in an ambush on Friday.", "2"),
    # a dated line between
    ("Over the past week, the Asayish detained 31 people in Hasakah city.\n\nOn Saturday, a bomb went off "
     "at a market.\n\nPolice also confiscated 8 rifles.", "8"),
    # a heading between
    ("Over the past week, the Asayish detained 31 people in Hasakah city.\n\nIn other news\n\n"
     "Police also seized 4 cars.", "4"),
])
def test_scope_an_also_sentence_stops_at_a_place_occasion_or_heading(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


# ---- ruling 1 (running totals, issuer after the count) ---------------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The Nineveh police command said on Sunday it had detained 31 suspects since the start of the month.\n"
     "Twelve of them were arrested in villages near Hammam al-Alil, the command said.", "Twelve", "cumulative"),
    ("The SDF said it had captured 140 ISIS suspects since the campaign began.\n\n"
     "The SDF said 9 fighters were killed near Shaddadi.", "9", "cumulative"),
    ("Iraqi jets struck 16 targets in the Hamrin hills over the past three days, the Iraqi army said, after an attack "
     "on a checkpoint on Monday.\nThe army said 10 militants were killed in the strikes near Tuz.", "10", "period"),
    ("Turkish aircraft hit 21 sites in the Qandil area on Friday and Saturday, the Turkish Defence Ministry said, "
     "citing attacks on its bases.\nThe ministry said 13 militants were neutralised.", "13", "period"),
])
def test_scope_an_issuers_running_total_and_a_tail_issuer_go_on(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 3: a country's share of a tally with a date window ----------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("CENTCOM forces and partners conducted 11 operations against ISIS in Iraq and Syria last week, detaining 19.\n"
     "In Syria, partner forces carried out 7 of the operations, which led to 3 killed.", "7"),
    ("Coalition partners conducted 8 raids in Iraq and Syria last week. In Iraq, Iraqi forces carried out 5 raids "
     "that left 4 ISIS members dead.", "5"),
    ("U.S. forces conducted 13 operations last week, killing 6. In Syria, partner forces conducted 9 of those "
     "operations, detaining 14.", "9"),
    ("U.S. forces and partners conducted 10 operations against ISIS last week. In northeast Syria, the SDF carried out 6 of the operations, "
     "detaining 8 suspects.", "6"),
])
def test_scope_a_country_share_keeps_a_date_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


# ---- ruling 4: a pointer back after a fronted place -------------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("Between May 3 and May 9, Coalition and partner forces conducted 21 strikes in Iraq and Syria.\n"
     "In Nineveh, the strikes destroyed 4 tunnels.", "4"),
    ("During the past week the army carried out 30 raids in Salahuddin.\nIn Tuz Khurmatu, the raids netted 6 suspects.", "6"),
    ("Over the past month, police mounted 17 operations in Kirkuk.\nIn Hawija, these operations led to 5 arrests.", "5"),
    ("Between 1 and 7 June, partner forces conducted 12 strikes.\nIn Deir ez-Zor, those strikes killed 3 fighters.", "3"),
])
def test_scope_a_pointer_back_after_a_fronted_place_keeps_the_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


# ---- ruling 5: a nationality's strikes are no place line --------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Turkish strikes kill 15 militants in northern Iraq\nThe ministry said 15 militants had been neutralised in "
     "strikes over the past three days.", "15", "period"),
    ("Russian raids kill 20 fighters in Syrian desert\nRussian jets killed 20 ISIS fighters over the past 48 hours, "
     "the ministry said.", "20", "period"),
    ("Iraqi strikes destroy 9 hideouts in Hamrin\nIraqi F-16s destroyed 9 hideouts in the past week, the army said.", "9",
     "period"),
    ("The Ramadi strikes hit 8 tactical units in the week to Sunday.", "8", "incident"),
])
def test_scope_a_nationality_strikes_headline_takes_its_repeat_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 6: "N others" is the rest of the count before it -------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The cell said army aviation carried out 14 airstrikes during the week, while F-16 jets carried out 5 others.",
     "5", "period"),
    ("Over the past month police detained 40 suspects in Anbar, while soldiers detained 12 more.", "12", "period"),
    ("Since January the SDF has captured 210 ISIS members, while partner units have captured another 35.", "35",
     "cumulative"),
    ("In March, the Peshmerga defused 30 devices, while engineers of the army cleared 9 others.", "9", "period"),
    ("Two soldiers were killed and 3 others wounded when militants attacked their post on Monday.", "3", "incident"),
])
def test_scope_n_others_takes_the_window_of_the_count_before_it(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 7: a sentence that opens on a separate incident takes no carried window ---------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Over the past week, the Asayish detained 25 suspects in Hasakah. Meanwhile, government troops arrested 3 men "
     "in the town of Mayadin.", "3", "incident"),
    ("During May, the army carried out 44 raids in Diyala. Elsewhere, police detained 6 smugglers near Basra.", "6",
     "incident"),
    ("In the past 48 hours the SDF captured 17 ISIS members. Meanwhile, Turkish drones killed 2 fighters near Kobani.",
     "2", "incident"),
    ("Over the past month, Peshmerga units defused 22 devices. Separately, gunmen killed 4 shepherds near Kifri.", "4",
     "incident"),
    ("Over the past week, the Asayish detained 25 suspects. Meanwhile, the group carried out 9 attacks during the week.",
     "9", "period"),
    ("Between January and March, advisers supported 61 operations. Partner forces in Iraq, meanwhile, destroyed "
     "40 hideouts.", "40", "period"),
])
def test_scope_a_separate_incident_opener_takes_no_carried_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope
