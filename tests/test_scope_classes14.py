"""opstally_scope, round 14: classes of the train scope errors and the cold scope14 batch (docs/scope-rule.md,
rulings of the scope14 round). One phrasing table per class; the rows vary the force, the place, the unit of
time and the words around the cue; each class has rows that must keep their window."""
import pytest

from section5_helpers import published_events


def _scoped(nlp, text, published="2025-05-14"):
    return {e["count"]["text"]: (e["scope"], e.get("date"), e.get("date_precision"))
            for e in published_events(nlp, text, published)}


# ---- ruling 1: "earlier in the week", "earlier in the month" date one occasion --------------------------------

@pytest.mark.parametrize("text,count,precision", [
    ("Earlier in the week, border guards detained 5 smugglers near Rabia.", "5", "week"),
    ("Police said 3 policemen had been wounded earlier in the week near Tuz Khurmatu.", "3", "week"),
    ("The Asayish had seized 40 kilograms of explosives in Qamishli earlier in the week.", "40", "week"),
    ("Earlier in the month, commandos killed 6 militants in a cave near Hit, the ministry said.", "6", "month"),
    ("Officers had arrested 9 suspects in Tarmiyah earlier in the month.", "9", "month"),
])
def test_scope_earlier_in_the_week_dates_an_incident(nlp, text, count, precision):
    assert _scoped(nlp, text).get(count) == ("incident", "2025-05-14", precision)


@pytest.mark.parametrize("text,count", [
    ("In the week to Sunday, border guards detained 5 smugglers near Rabia.", "5"),
    ("During the week, the army killed 7 militants in the Hamrin mountains.", "7"),
    ("Over the past week, the Asayish seized 40 kilograms of explosives.", "40"),
    ("In the past month, commandos killed 6 militants in Anbar.", "6"),
])
def test_scope_a_stated_week_or_month_stays_a_period(nlp, text, count):
    assert _scoped(nlp, text).get(count, ("",))[0] == "period"


# ---- ruling 2: a lead time before one action is no window -------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("The Falcons Cell arrested 4 smugglers in Qaim after three months of surveillance.", "4"),
    ("After six weeks of tracking, police detained 2 ISIS financiers in Kirkuk.", "2"),
    ("Intelligence officers seized 12 rockets in a farm near Samarra after a month of intelligence work.", "12"),
    ("Counter-terrorism units captured 5 militants after 10 days of monitoring their hideout.", "5"),
    ("The Peshmerga repelled the attack after two hours of fighting, killing 3 of the assailants.", "3"),
    ("SDF fighters killed 7 attackers after four hours of clashes near the prison.", "7"),
])
def test_scope_lead_time_before_an_action_is_no_window(nlp, text, count):
    assert _scoped(nlp, text)[count][0] == "incident"


@pytest.mark.parametrize("text,count", [
    ("The first phase, which ended on Thursday after eleven days, cleared 900 square kilometres.", "900"),
    ("After ten days of operations, forces had killed 41 militants.", "41"),
    ("Over the past three months, police arrested 60 suspects in Kirkuk.", "60"),
    ("In the last 48 hours the army destroyed 14 hideouts.", "14"),
])
def test_scope_a_span_of_the_tally_stays_a_period(nlp, text, count):
    assert _scoped(nlp, text).get(count, ("",))[0] == "period"


# ---- ruling 3: a "since" that dates a state or ranks an occasion is no running total ----------------------

@pytest.mark.parametrize("text,count", [
    ("Police detained a cell leader wanted since 2018 over the killing of 5 farmers in Hawija.", "5"),
    ("Among those held were 2 brothers who had run a money exchange in Mosul since 2019.", "2"),
    ("The raid, the fourth of its kind since March, also turned up 8 rifles.", "8"),
    ("Officers arrested 3 men in hiding since the fall of Mosul in a house in Tikrit.", "3"),
    ("The detainees included 4 financiers who had operated in the desert since 2016.", "4"),
    ("It was the second such sweep since January, and troops seized 6 motorcycles.", "6"),
])
def test_scope_since_that_dates_a_state_is_no_running_total(nlp, text, count):
    assert _scoped(nlp, text)[count][0] == "incident"


@pytest.mark.parametrize("text,count", [
    ("Police have detained 75 suspects since January, the ministry said.", "75"),
    ("Since 2019, the unit has arrested 310 members of the group.", "310"),
    ("Forces have destroyed 44 hideouts in the desert since the operation began.", "44"),
    ("The SDF says it has captured 900 militants since the fall of Baghouz.", "900"),
])
def test_scope_since_of_the_count_stays_a_running_total(nlp, text, count):
    assert _scoped(nlp, text)[count][0] == "cumulative"


# ---- ruling 4: a window inside a clause about a past occasion dates that occasion only -----------------------

@pytest.mark.parametrize("text,count", [
    ("Police arrested 6 suspects in Tikrit, two of whom had fled from Badush prison in 2014.", "6"),
    ("The Asayish captured 2 members of a cell who had planted bombs in Qamishli last month.", "2"),
    ("Officers detained 4 men wanted for raids on farms in which 5 shepherds died last year.", "4"),
    ("Troops of the Tigris Brigade, a unit formed in 2019 in Salahuddin, killed 3 militants on Sunday.", "3"),
    ("Militants burned 12 houses before they were pushed out of the village last week.", "12"),
    ("In March 2018, the army drove the group out of Hawija, killing 40 of its fighters.", "40"),
])
def test_scope_window_of_a_past_occasion_clause_is_no_tally_window(nlp, text, count):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == "incident"


@pytest.mark.parametrize("text,count,scope", [
    ("Police arrested 6 suspects in Tikrit last month.", "6", "period"),
    ("In 2023, the unit killed 40 militants, the ministry said in its annual report.", "40", "cumulative"),
    ("The Asayish, who have detained 210 suspects since January, said the campaign goes on.", "210", "cumulative"),
    ("Forces killed 18 militants last week in operations in which the air force took part.", "18", "period"),
])
def test_scope_window_of_the_count_itself_stays(nlp, text, count, scope):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == scope


# ---- "another" names one occasion like "a" (scope3's first decision) -----------------------------------------

@pytest.mark.parametrize("text,count", [
    ("In another raid over the weekend, commandos killed 5 militants near Hit.", "5"),
    ("Last week, in another ambush near Tuz, gunmen killed 3 soldiers.", "3"),
    ("Another attack in March left 4 shepherds dead near Daquq.", "4"),
    ("During another operation last month, police seized 9 rockets in Tarmiyah.", "9"),
])
def test_scope_another_occasion_only_dates_its_count(nlp, text, count):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == "incident"


# ---- ruling 4b: an operation's span reaches the report's "adding that" clause of its sentence ---------------

@pytest.mark.parametrize("text,count", [
    ("Troops killed 9 militants in a three-day sweep of the Hamrin hills, the army said, adding that 4 caves "
     "were destroyed.", "4"),
    ("Police detained 15 suspects during a two-day search of al-Hol camp, the Asayish said, adding that 6 "
     "pistols were seized.", "6"),
    ("Peshmerga forces cleared 12 villages in a four-day operation south of Makhmour, the ministry said, "
     "adding that 3 tunnels were blown up.", "3"),
    ("The CTS killed 7 fighters during the ten-day campaign in Anbar, a spokesman said, added that 20 "
     "hideouts had been demolished.", "20"),
])
def test_scope_operation_span_reaches_adding_that(nlp, text, count):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == "period"


@pytest.mark.parametrize("text,count,scope", [
    ("Troops killed 9 militants in a three-day sweep, the army said, adding that 300 have been killed so far "
     "this year.", "300", "cumulative"),
    ("Police arrested 4 suspects on Sunday, the ministry said, adding that 2 rifles were seized.", "2", "incident"),
    ("The army killed 6 militants in a raid near Hit, the command said, adding that 3 soldiers were wounded.",
     "3", "incident"),
    ("Forces killed 8 militants in a two-day sweep, the army said. Separately, police said they had arrested "
     "5 smugglers in Qaim.", "5", "incident"),
])
def test_scope_adding_that_keeps_its_own_cue(nlp, text, count, scope):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == scope


@pytest.mark.parametrize("text,count", [
    ("The Asayish rounded up 17 suspects during a two-day search of al-Hol camp.", "17"),
    ("Troops detained 8 men in a three-day hunt for the cell in the Hamrin hills.", "8"),
    ("Engineers dismantled 40 bombs during the four-day clearance of the Rutba road.", "40"),
    ("Police arrested 26 people in a week-long search of Tarmiyah orchards.", "26"),
])
def test_scope_n_day_search_is_a_span(nlp, text, count):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == "period"


# ---- ruling 4c: a "while" clause goes on with the running total or window stated before it ----------------

@pytest.mark.parametrize("text,count,scope", [
    ("The army has retaken 12 villages since the weekend, while jets carried out dozens of raids.", "dozens",
     "cumulative"),
    ("Since January, the SDF has detained 240 suspects, while coalition aircraft conducted 35 strikes.", "35",
     "cumulative"),
    ("Police arrested 40 people over the past week, while the army destroyed 12 hideouts.", "12", "period"),
    ("In the first quarter, the CTS killed 60 militants, while the air force flew 90 sorties.", "90", "period"),
])
def test_scope_while_clause_goes_on_with_the_window(nlp, text, count, scope):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == scope


@pytest.mark.parametrize("text,count,scope", [
    ("The army has retaken 12 villages since the weekend, while on Sunday jets killed 6 militants.", "6",
     "incident"),
    ("Police arrested 40 people last week, while 3 soldiers died in an ambush near Hit.", "3", "incident"),
    ("Since January, the SDF has detained 240 suspects; separately, police seized 4 rifles in Qamishli.", "4",
     "incident"),
    ("Forces killed 5 militants on Sunday, while 2 soldiers were wounded.", "2", "incident"),
])
def test_scope_while_clause_keeps_its_own_cue(nlp, text, count, scope):
    assert _scoped(nlp, text, "2024-06-10")[count][0] == scope
