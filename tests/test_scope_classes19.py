"""opstally_scope, round 19: phrasing classes of real outlets the rules read wrongly in both directions
(docs/scope-rule.md, rulings of the scope19 round; components/scope_shares.py, patterns/scope.jsonl rows).
One phrasing table per class; each class has rows where its reading must not reach."""
import pytest

from opstally.components.scope_shares import share_spans
from opstally.components.scope import grammar_from, date_cues_v1
from section5_helpers import published_events


def _scope(nlp, text, count, published="2024-05-09"):
    found = {e["count"]["text"]: e["scope"] for e in published_events(nlp, text, published)}
    return found.get(count)


# ---- ruling 1: a tally's share after a comma is a clause of its own -----------------------------------------

@pytest.mark.parametrize("text,tally,share", [
    ("The ministry said 17 militants were neutralised last week, including 6 in an air strike on Gara on Saturday.",
     ("17", "period"), ("6", "incident")),
    ("Police arrested 40 suspects over the past month, among them 9 detained in a single raid on Hawija on Tuesday.",
     ("40", "period"), ("9", "incident")),
    ("Security forces killed 23 militants in January, 11 of them in one air strike in the Hamrin mountains.",
     ("23", "period"), ("11", "incident")),
    ("The SDF said 12 of its fighters have been killed since the start of the month, 5 of them in a single ambush "
     "near Hajin on Friday.", ("12", "cumulative"), ("5", "incident")),
    ("Since January, ISIS has killed 60 soldiers in the desert, 14 of whom died in one attack on a bus near Palmyra "
     "in March.", ("60", "cumulative"), ("14", "incident")),
    ("The ministry said 460 militants had been neutralised since the start of the year, including 37 in the Zap "
     "region in the past week.", ("460", "cumulative"), ("37", "period")),
])
def test_scope_a_share_takes_its_own_occasion_and_leaves_the_tally_its_window(nlp, text, tally, share):
    assert _scope(nlp, text, tally[0]) == tally[1]
    assert _scope(nlp, text, share[0]) == share[1]


@pytest.mark.parametrize("text,count,scope", [
    # a share with no cue or occasion of its own takes the tally's window
    ("The army destroyed 130 hideouts this year, including 20 near Kifri.", "20", "period"),
    ("Police have detained 88 suspects since January, 30 of them women.", "30", "cumulative"),
    ("Jets carried out 45 strikes during the week, 12 of them near Hajin.", "12", "period"),
    ("During March, partner forces killed 12 fighters and detained 57, 19 of them in one raid near Shaddadi on "
     "March 14.", "57", "period"),
])
def test_scope_a_share_without_an_occasion_keeps_the_tally_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


@pytest.mark.parametrize("sentence,shares", [
    ("Forces killed 23 militants in January, 11 of them in one air strike.", 1),
    ("Police arrested 40 people, among them 9 women.", 1),
    ("The army said 17 were killed, including 6 on Saturday.", 1),
    ("Troops, backed by jets, killed 5 militants near Hit, police said.", 0),
    ("Among the dead, including women, were 4 children.", 0),
    # an apposition of the tally's subject, closed by a comma before its verb
    ("Seven militants, one of them a local leader, were killed in a raid on Sunday.", 0),
    ("Eleven people, among them 4 policemen, were killed when gunmen opened fire.", 0),
    ("He said 23 people, including four women, were detained in raids on Tuesday.", 0),
    ("The group killed 200 fighters, among them 53 in one attack in August, while jets struck 40 sites.", 1),
])
def test_scope_shares_share_starts_reads_only_counted_shares(sentence, shares):
    grammar = grammar_from(date_cues_v1())
    assert len(share_spans(grammar, sentence, (0, len(sentence)))) == shares


# ---- ruling 2: an occasion ranked among others of a window stays an incident --------------------------------

@pytest.mark.parametrize("text,count", [
    ("A car bomb killed 8 people in Tuz Khurmatu, the second such bombing in the town in a week.", "8"),
    ("The blast, which wounded 11 people, was the fourth in Kirkuk within a month.", "11"),
    ("A mortar round killed 2 children in the village, the latest in a string of attacks over the past month.", "2"),
    ("Drones struck a vehicle near Qamishli, killing 3 SDF members, in the third Turkish strike in the area "
     "this week.", "3"),
    ("Gunmen shot dead 5 shepherds near Rutba, the deadliest attack in Anbar in two years.", "5"),
])
def test_scope_an_occasion_ranked_in_a_window_is_an_incident(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count,scope", [
    ("Police arrested 14 suspects in the second week of the month.", "14", "period"),
    ("The 5th Division killed 9 militants in the past week.", "9", "period"),
    ("In the second half of March, jets carried out 20 strikes.", "20", "period"),
    ("The third brigade detained 6 suspects this week.", "6", "period"),
])
def test_scope_a_window_without_a_ranked_occasion_stays_a_tally(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 3: a group's campaign in years is a running total; decades are rolling windows ------------------

@pytest.mark.parametrize("text,count,scope", [
    ("In its 40-year campaign against Turkey, the PKK has been responsible for the deaths of more than 40,000 "
     "people.", "more than 40,000", "cumulative"),
    ("During its 40-year insurgency, the PKK has killed over 40,000 people.", "over 40,000", "cumulative"),
    ("Over its decades-long insurgency, the group has killed 30,000 people.", "30,000", "cumulative"),
    ("Throughout their four-decade armed struggle, the rebels have lost 12,000 fighters.", "12,000", "cumulative"),
    ("Over the past decade, ISIS has killed more than 9,000 Iraqi soldiers.", "more than 9,000", "period"),
    ("In the past two decades, militants have killed 3,000 policemen in the province.", "3,000", "period"),
    ("The group has carried out more than 600 attacks in the last five years.", "more than 600", "period"),
    ("In the past decades, militants killed 3 policemen near Hit on Sunday.", "3", "incident"),
])
def test_scope_a_campaign_in_years_and_a_decade_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 4: a sentence opening on a place right after a running total is the place's share --------------

@pytest.mark.parametrize("text,count,scope", [
    ("The Observatory has documented 133 deaths in the Badia since the start of 2024. In the Homs desert, "
     "27 attacks killed 50 soldiers.", "50", "cumulative"),
    ("ISIS cells have killed 71 people in SDF areas since January, the monitor said. In Raqqa province, the "
     "cells killed 19.", "19", "cumulative"),
    ("The SDF has detained 1,200 suspects since the start of the year. In the Hajin area, 310 were detained.",
     "310", "cumulative"),
    ("Police have arrested 300 suspects since January. In Kirkuk, officers arrested 45.", "45", "cumulative"),
    # its own day or occasion, a break, or no running total before it
    ("The Observatory has documented 133 deaths in the Badia since the start of 2024. In the Homs desert, "
     "gunmen killed 3 shepherds on Sunday.", "3", "incident"),
    ("Police have arrested 300 suspects since January.\n\nIn Kirkuk, officers arrested 4 men.", "4", "incident"),
    ("Police arrested 4 men in Hit on Monday. In Kirkuk, officers arrested 2.", "2", "incident"),
    ("Police have arrested 300 suspects since January. In Hawija, officers arrested 4 in a raid on a farm.",
     "4", "incident"),
])
def test_scope_a_place_share_of_a_running_total(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 5: "the current year" is a window like "this year" --------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("The camp has recorded 44 killings during the current year, according to the Asayish.", "44"),
    ("Police have seized 120 kilograms of explosives in the current year.", "120"),
    ("Russian jets carried out 45 air strikes on the desert during the current month.", "45"),
    ("The army destroyed 31 hideouts over the present year.", "31"),
])
def test_scope_the_current_year_is_a_period(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


# ---- ruling 6: one engagement's hours are no window -----------------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The raid, which lasted three hours, left 6 militants dead.", "6", "incident"),
    ("A clash that lasted two hours left 3 soldiers wounded.", "3", "incident"),
    ("Fighting lasting several hours left 4 gunmen dead near Baiji.", "4", "incident"),
    ("The gunfight, which went on for five hours, killed 2 policemen.", "2", "incident"),
    ("A firefight near the Rutbah road, which went on for three hours, left 5 militants dead.", "5", "incident"),
    ("The operation, which lasted five days, killed 11 militants.", "11", "period"),
    ("Clashes that lasted two days left 14 fighters dead.", "14", "period"),
])
def test_scope_one_engagements_hours_are_no_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 7: one occasion's toll in the plural or by a day's possessive -------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The death toll from Saturday's twin bombings in Baghdad has risen to 32, the health ministry said.",
     "32", "incident"),
    ("The death toll of Friday's attacks on the market has climbed to 18.", "18", "incident"),
    ("The death toll from the coordinated bombings in Kirkuk rose to 27.", "27", "incident"),
    ("The number of dead from Tuesday's blasts has reached 14, police said.", "14", "incident"),
    ("The toll of soldiers killed in the offensive has risen to 61.", "61", "cumulative"),
    ("The total number of militants neutralised since January 1 has reached 1,828.", "1,828", "cumulative"),
])
def test_scope_one_occasions_toll_stays_an_incident(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


@pytest.mark.parametrize("text,count,scope", [
    # the count before a total's verb: an operation measured by "since"/"so far" is the running one
    ("The ministry said 3 soldiers were killed in the clashes, raising to 17 the number of troops killed in the "
     "operation since it began on March 1.", "3", "incident"),
    ("Police arrested 5 suspects, bringing the number detained in the operation so far to 61.", "61", "cumulative"),
    ("Police arrested 5 suspects, bringing the number detained in the operation so far to 61.", "5", "incident"),
    ("Two more bodies were found, bringing the toll from the attack to 15.", "15", "incident"),
    ("The wounded man died on Sunday, raising the death toll from the bombing to 9.", "9", "incident"),
])
def test_scope_a_running_operations_total_after_a_count(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 8: a total adverb with a stated window is that window's tally -----------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Overall, 1,550 people were killed in Syria in October, the monitor said.", "1,550", "period"),
    ("In total, 312 people were arrested in the province last month.", "312", "period"),
    ("Altogether, 40 strikes were carried out in Iraq and Syria between 1 and 7 May.", "40", "period"),
    ("In all, 19 militants were killed in the first quarter of the year.", "19", "period"),
    ("Overall, the coalition has carried out 34,000 strikes.", "34,000", "cumulative"),
    ("In all, the SDF captured 12 fighters in the raid on Sunday.", "12", "incident"),
])
def test_scope_a_total_adverb_with_a_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# ---- ruling 9: a bomb planted or set off, and "one of them" as the subject, name one occasion -----------------

@pytest.mark.parametrize("text,count", [
    ("Last week, ISIS planted a bomb on a road in Tuz Khurmatu that exploded, killing 2 Peshmerga.", "2"),
    ("Militants detonated an IED under a patrol near Tarmiyah last month, wounding 3 soldiers.", "3"),
    ("In March, gunmen placed a roadside bomb near the village, killing 4 shepherds.", "4"),
    ("Over the weekend, the cells set off a car bomb at a checkpoint, killing 5 guards.", "5"),
    ("During October, the coalition conducted 18 strikes in Syria. One of them killed a senior ISIS leader and "
     "2 aides near Idlib.", "2"),
    ("The army carried out 30 operations in May. One of the operations near Hajin killed 6 militants.", "6"),
])
def test_scope_a_planted_bomb_or_one_of_the_strikes_is_an_incident(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count,scope", [
    ("During October, the coalition conducted 18 strikes in Syria. One of them killed a senior ISIS leader and "
     "2 aides near Idlib.", "18", "period"),
    ("The army carried out 30 operations in May. Troops killed 6 militants in the operations, the army said.",
     "6", "period"),
    ("Police arrested 40 people in January. One of them was a cell leader.", "40", "period"),
    ("Engineers defused 17 bombs planted by the group over the past week.", "17", "period"),
])
def test_scope_a_tally_around_one_occasion_keeps_its_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope
