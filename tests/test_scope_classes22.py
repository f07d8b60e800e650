"""opstally_scope, round 22: the held-out kinds the lead disclosed by kind only — counts read as incidents
whose gold is a period or a running total (docs/scope-rule.md, rulings of the scope22 round;
components/scope_shares.py, cues.py, patterns/scope.jsonl, dates.jsonl and words_en rows). One phrasing
table per class, each with rows where its reading must not reach."""
import pytest

from section5_helpers import scope_of

WEEK = "The SDF detained 96 ISIS suspects during raids in northeast Syria last week, the office said. "
MONTH = "Police arrested 214 wanted persons during October, the ministry said.\n\n"
WEEKEND = "Asayish forces arrested 14 suspects over the weekend, a source said.\n\n"


# ---- ruling 1: a definite partitive share that names the tally's noun takes the tally's window ---------

@pytest.mark.parametrize("text,count,scope", [
    (WEEK + "31 of the detainees were arrested in Hasakah.", "31", "period"),
    (WEEK + "Among those detained were 8 women accused of smuggling.", "8", "period"),
    ("Police detained 120 suspects over the past week, a source said. Those arrested included 3 men wanted "
     "for murder.", "3", "period"),
    ("The SDF detained 96 ISIS suspects in raids in Deir ez-Zor last week.\n\nThe Deir ez-Zor Military Council "
     "accounted for 40 of the arrests.", "40", "period"),
    ("ISIS militants killed 64 soldiers in the desert during March. Of the soldiers killed, 5 were officers.",
     "5", "period"),
    # a tally that is itself an incident, a share with its own day or occasion, no definite share at all
    ("Police arrested 5 suspects in a raid near Hawija on Sunday. Three of the suspects were arrested in a car.", "Three",
     "incident"),
    (WEEK + "On Sunday, 4 of the suspects were detained in a single raid in Hajin.", "4", "incident"),
    (WEEK + "Gunmen killed 3 of the village's elders near Hajin on Monday.", "3", "incident"),
])
def test_scope_a_definite_share_of_a_tally_takes_its_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 2: a window that opens the sentence governs its later clauses past "while" ---------------------

@pytest.mark.parametrize("text,count,scope", [
    ("During the five-day sweep, jets carried out 9 strikes on caves, while troops destroyed 20 hideouts.",
     "20", "period"),
    ("During the ten-day campaign, the army cleared 30 villages while engineers defused 120 bombs.", "120",
     "period"),
    ("BAGHDAD - Over the three-day operation, police arrested 40 suspects, while the army destroyed 12 "
     "hideouts.", "12", "period"),
    ("Across Operations Roundup and Deterrence, the SDF said it had conducted 150 raids, killing 30 and "
     "detaining 85.", "85", "period"),
    ("Over the 48-hour operation in the valley, troops cleared 11 villages, while engineers defused 30 bombs.",
     "30", "period"),
    # a clause after "while" with its own day or occasion; one named operation is no window
    ("During the five-day sweep, jets carried out 9 strikes, while on Sunday a roadside bomb killed 2 soldiers.",
     "2", "incident"),
    ("During the five-day sweep, jets carried out 9 strikes, while a suicide bomber killed 4 soldiers at a "
     "checkpoint near Tuz.", "4", "incident"),
    ("During Operation Roundup, the SDF conducted 40 raids and detained 85 suspects.", "85", "incident"),
])
def test_scope_a_fronted_window_reaches_past_while(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 3: year-in-review figures are running totals -------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The coalition conducted 180 strikes in Iraq, the lowest annual figure since 2015.", "180", "cumulative"),
    ("Iraqi forces killed 240 militants, the highest yearly total in three years.", "240", "cumulative"),
    ("2023 review: ISIS in Syria\n\nISIS cells killed 230 soldiers, according to the monitor's count.", "230",
     "cumulative"),
    ("The police arrested 300 suspects, its year-end statement said.", "300", "cumulative"),
    ("ISIS cells carried out 290 attacks in the desert this year, the monitor said in its year-end report.", "290",
     "cumulative"),
    # a week's figure, a half year's report
    ("The coalition conducted 18 strikes in Iraq last week, the lowest weekly figure since 2015.", "18",
     "period"),
    ("The half-yearly report said police arrested 120 suspects.", "120", "period"),
    ("ISIS cells carried out 29 attacks in the desert this year, the monitor said in its weekly report.", "29",
     "period"),
])
def test_scope_year_review_figures_are_cumulative(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 4: a report's own figures in the body of a period tally keep its window -----------------------

@pytest.mark.parametrize("line,count,scope", [
    ("The force's own losses were given as 3 killed and 7 wounded.", "3", "period"),
    ("Army casualties were put at 2 killed.", "2", "period"),
    ("The police reported securing 7 villages near the border.", "7", "period"),
    ("The ministry recorded 9 deaths among its officers.", "9", "period"),
    # one occasion told in the body, a separate fact
    ("The police reported on Sunday that a roadside bomb killed 2 officers.", "2", "incident"),
    ("Separately, gunmen killed 3 shepherds near Dibis.", "3", "incident"),
])
def test_scope_a_reports_own_figures_keep_the_tally_window(nlp, line, count, scope):
    assert scope_of(nlp, MONTH + line, count) == scope


# ---- ruling 5: weekend raids, and a clause that points back "in the raids" -------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Asayish forces arrested 14 ISIS suspects in weekend raids on houses in Sulaimani.", "14", "period"),
    ("Asayish forces arrested 14 ISIS suspects this weekend in raids on houses in Sulaimani.", "14", "period"),
    ("Asayish forces arrested 14 suspects on the weekend in raids on homes in Halabja.", "14", "period"),
    (WEEKEND + "The source said 3 explosive belts were seized in the raids.", "3", "period"),
    ("ISIS militants killed 64 soldiers in the Syrian desert during March, the monitor said.\n\nISIS lost 22 of "
     "its members in the same attacks, the monitor said.", "22", "period"),
    # one raid on one house; a pointer to a named occasion or place
    ("Police arrested 4 suspects in a weekend raid on a house in Hawija.", "4", "incident"),
    (WEEKEND + "The source said 3 explosive belts were seized in the raid on a house in Ranya on Sunday.", "3",
     "incident"),
    ("Police detained 40 suspects last week.\n\nTwo soldiers were killed in the attacks on Kirkuk's outskirts.",
     "Two", "incident"),
])
def test_scope_weekend_raids_and_pointers_back_keep_the_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope
