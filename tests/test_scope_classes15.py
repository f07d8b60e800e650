"""opstally_scope, round 15: which fact a sentence goes on with (docs/scope-rule.md, rulings of the scope15
round; components/scope_sequels.py, cues.py). One phrasing table per class; the rows vary the force, the place,
the window and the words around the cue; each class has rows that must keep their window."""
import pytest

from section5_helpers import published_events


def _scope(nlp, text, count, published="2025-05-14"):
    found = {e["count"]["text"]: e["scope"] for e in published_events(nlp, text, published)}
    return found.get(count)


# ---- ruling 1: a raid, sweep or operation told before and named again is that occasion's action -------------

@pytest.mark.parametrize("text,count", [
    ("Over the past week, police arrested 14 suspects in Kirkuk. Officers then began a sweep of the Daquq "
     "orchards.\nDuring the sweep they seized 4 rifles in a farmhouse near Taza.", "4"),
    ("The army killed 9 militants in Anbar in April. Troops also raided a cave complex near Rutba.\n"
     "The raid netted 3 rocket launchers.", "3"),
    ("In the past 48 hours the SDF detained 21 people in Deir ez-Zor. Commandos mounted an operation in "
     "the Hajin countryside.\nDuring the operation, fighters found 2 weapons caches near Sousa.", "2"),
    ("Federal Police units detained 30 wanted persons during March. One unit launched a search of the "
     "Mutaibija basin.\nTroops dismantled 5 explosive devices during the search near the Udhaim river.", "5"),
])
def test_scope_an_occasion_named_again_is_an_incident(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Over the past week, police carried out 14 raids in Kirkuk. The raids netted 6 suspects.", "6"),
    ("In April, the army conducted 20 operations in Anbar. These operations killed 11 militants.", "11"),
    ("During March the SDF carried out 31 raids. During the raids, fighters detained 44 suspects.", "44"),
    ("Over the past 48 hours the Asayish mounted 8 sweeps in Qamishli. The sweeps turned up 5 rifles.", "5"),
])
def test_scope_a_plural_pointer_back_keeps_the_tally_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


# ---- ruling 2: an "also" sequel right after an occasion goes on with that occasion --------------------------

@pytest.mark.parametrize("text,count", [
    ("Peshmerga fighters killed 3 militants in an ambush near Kifri, a commander said. The area had been "
     "shelled last month. The fighters also seized 2 rifles.", "2"),
    ("The 52nd Brigade killed 4 ISIS members in an ambush east of Tuz. Army units had handed over the sector "
     "last week. The brigade also captured 3 motorcycles.", "3"),
    ("Police killed 2 gunmen in a raid on a farm near Tarmiyah. The farm had been used by a cell last month. "
     "Officers also found 6 explosive belts there.", "6"),
    ("Commandos killed 5 fighters in an ambush near Hatra. The cell had attacked shepherds last week. "
     "The commandos also detained 2 of the attackers.", "2"),
])
def test_scope_an_also_sequel_of_an_occasion_is_an_incident(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Over the past week, the army carried out 26 operations in Anbar. Commandos launched a search south of Rutba. "
     "During the search they killed 4 fighters. They also destroyed 2 vehicles.", "2"),
    ("In May, police arrested 30 suspects in Kirkuk. Officers began a sweep of Hawija. During the sweep they "
     "detained 5 men. Officers also seized 7 rifles.", "7"),
    ("During March the SDF detained 61 people. Fighters raided a farm near Hajin. The raid netted 3 leaders. "
     "They also found 2 caches.", "2"),
    ("Over the past 48 hours, jets carried out 14 strikes. Troops mounted a raid near Hit. In the raid they "
     "killed 2 militants. The troops also captured 1 emir.", "1"),
])
def test_scope_a_sequel_of_an_occasion_named_again_is_an_incident(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Over the past week, police arrested 40 suspects in Kirkuk. They also seized 12 rifles.", "12"),
    ("In March the army killed 22 militants in Anbar. Troops also destroyed 17 hideouts.", "17"),
    ("During the past month the SDF detained 61 people. Its units also found 9 caches.", "9"),
    ("Over the last 24 hours, jets carried out 14 strikes in the Hamrin range. The jets also destroyed "
     "5 vehicles.", "5"),
])
def test_scope_an_also_sequel_of_a_tally_keeps_its_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


# ---- ruling 3: a sentence attributed to the same statement keeps its window past a line break ---------------

@pytest.mark.parametrize("text,count", [
    ("During March, police killed 9 terrorists in Anbar, the ministry said in its monthly report.\n"
     "Police also destroyed 15 hideouts near Rutba, the report said.", "15"),
    ("In December, partner forces killed 18 militants, according to the Coalition's monthly summary.\n"
     "Partner forces in Syria also cleared 200 square kilometres east of the Khabur, the summary said.", "200"),
    ("Peshmerga units killed 6 militants in January, the ministry said in a monthly statement.\n"
     "The units also defused 19 devices near Gwer, according to the statement.", "19"),
    ("The Counter-Terrorism Department said on Sunday that its officers arrested 23 suspects over the past month.\n"
     "The department's statement said 8 suspects were held in Sulaimani province.", "8"),
    ("The SDF published the outcome of its operations during October, saying 27 raids had been carried out.\n"
     "According to the statement, the raids in Hajin and Dhiban led to the arrest of 44 suspects.", "44"),
])
def test_scope_a_continued_statement_keeps_the_window(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Army units killed dozens of militants in the Badia over the past week, a military source said.\n"
     "The source added that troops destroyed 6 vehicles in the area east of Sukhnah.", "6"),
    ("Police arrested 30 suspects in Kirkuk in April, the ministry said in its monthly report.\n"
     "On Sunday, officers killed 2 gunmen at a checkpoint near Daquq, the report said.", "2"),
    ("During May the army killed 12 militants, the command said in its monthly summary.\n"
     "In a separate development, 3 soldiers died when a bomb hit their vehicle near Hit, the summary said.", "3"),
    ("The SDF arrested 50 people in October, according to its monthly summary.\n"
     "Fighters killed 4 gunmen in an ambush near Busayrah, a commander told reporters.", "4"),
])
def test_scope_a_speaker_or_an_occasion_past_a_line_is_no_continuation(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


# ---- ruling 4: one occasion as the sentence's subject before a rolling window -------------------------------

@pytest.mark.parametrize("text,count", [
    ("Another operation in al-Hol camp, over the past 24 hours, resulted in the arrest of 4 women.", "4"),
    ("A raid near Hajin during the past 48 hours led to the capture of 2 leaders.", "2"),
    ("An ambush on the Kirkuk road over the last 24 hours killed 3 soldiers.", "3"),
    ("A joint operation in the Hamrin range, in the past week, netted 6 suspects.", "6"),
])
def test_scope_an_occasion_subject_before_a_rolling_window_is_an_incident(nlp, text, count):
    assert _scope(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Over the past 24 hours, the operations in al-Hol camp resulted in the arrest of 4 women.", "4"),
    ("During the past 48 hours, partner forces captured 2 leaders near Hajin.", "2"),
    ("In the last 24 hours, attacks on the Kirkuk road killed 3 soldiers.", "3"),
    ("Police arrested 6 suspects in the Hamrin range in the past week.", "6"),
])
def test_scope_a_rolling_window_of_the_tally_stays_a_period(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


# ---- ruling 5: spans in other words ---------------------------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("A three-day operation by the 8th Division in the Wadi al-Shay valley ended on Thursday with the deaths "
     "of 5 militants.", "5"),
    ("A two-day operation by the army and the PMF in the Hamrin mountains concluded on Saturday with the "
     "killing of 7 militants.", "7"),
    ("The SDF said a week of raids around Markada had dismantled 9 cells.", "9"),
    ("Two days of strikes in the Qarachogh range killed 14 militants, the ministry said.", "14"),
    ("The ministry said 1,837 Peshmerga lost their lives in the war against ISIS between 2014 and 2017.", "1,837"),
    ("From 2015 to 2018, the brigade cleared 40 villages in Nineveh.", "40"),
])
def test_scope_spans_in_other_words_are_periods(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Police arrested 3 suspects after a week of tracking in Kirkuk.", "3"),
    ("The operation ended on Thursday after troops killed 5 militants near Hit.", "5"),
    ("The brigade has cleared 40 villages in Nineveh since 2015.", "40"),
    ("Troops killed 6 militants on Sunday in a raid near Rawa.", "6"),
])
def test_scope_no_span_in_the_clause_keeps_its_scope(nlp, text, count):
    assert _scope(nlp, text, count) != "period"


# ---- ruling 6: an occasion's span stated by its start ---------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("The SDF says the assault on the Ghweiran prison, which began on April 20, left 90 people dead.", "90"),
    ("The offensive, which started on 3 May, killed 60 militants, the ministry said.", "60"),
    ("The SDF announced the end of the security campaign it launched a week ago, saying its forces arrested "
     "45 people.", "45"),
    ("Police ended the crackdown they began ten days ago in Hawija, saying 17 suspects were detained.", "17"),
])
def test_scope_a_span_stated_by_its_start_is_a_period(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Militants launched a counterattack that began on Friday near Hajin.\nAt least 12 SDF fighters were "
     "killed, a monitor said.", "12"),
    ("Since the operation began a week ago, forces have killed 50 militants.", "50"),
    ("The army launched an operation a week ago in Anbar. On Sunday, troops killed 4 militants near Rutba.", "4"),
    ("Police arrested 3 suspects on Monday, two days after an attack that began at dawn.", "3"),
])
def test_scope_a_start_outside_the_clause_gives_no_span(nlp, text, count):
    assert _scope(nlp, text, count) != "period"


# ---- ruling 7: a tally up to a stated day, in the past perfect ---------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("The army launched a campaign on Thursday in the Anbar desert. By Sunday, troops had cleared 40 villages.", "40"),
    ("By Saturday, the SDF had detained 73 suspects in the sweep, a spokesman said.", "73"),
    ("By May 12, the brigades had killed 19 militants in the Hamrin range.", "19"),
    ("By Monday night, engineers had removed 300 mines from the town.", "300"),
])
def test_scope_a_tally_up_to_a_stated_day_is_a_period(nlp, text, count):
    assert _scope(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("By Sunday troops were still fighting in the town, where 4 soldiers died on Friday.", "4"),
    ("Police arrested 6 suspects by Sunday evening.", "6"),
    ("By the end of April, forces had cleared 900 square kilometres.", "900"),
    ("On Sunday, troops killed 5 militants near Rawa.", "5"),
])
def test_scope_no_tally_up_to_a_day_keeps_its_scope(nlp, text, count):
    assert _scope(nlp, text, count) != "period"


# ---- ruling 8: a window in an appositive participle after a definite numeral -------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Police announced on Tuesday the arrest of five ISIS members in Kirkuk. The police said the five, arrested "
     "over the past week, were found with 3 explosive belts.", "3", "incident"),
    ("Police announced on Tuesday the arrest of five ISIS members in Kirkuk. The police said the five, arrested "
     "over the past week, were found with 3 explosive belts.", "five", "period"),
    ("The Asayish detained 7 suspects in Qamishli. It said the seven, detained during the past month, had "
     "planted 2 bombs.", "7", "period"),
    ("The army captured 12 militants in Anbar. Officers said the 12 fighters, caught in raids last week, carried "
     "4 rifles.", "4", "incident"),
])
def test_scope_an_appositive_window_dates_the_earlier_count(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


@pytest.mark.parametrize("text,count", [
    ("Over the past week, police arrested 5 suspects in Kirkuk and seized 3 explosive belts.", "3"),
    ("The police said the five suspects had been arrested over the past week.", "five"),
    ("In the past month, the Asayish detained 7 suspects, the force said.", "7"),
    ("Officers seized 4 rifles over the past week, the army said.", "4"),
])
def test_scope_a_window_outside_an_appositive_keeps_its_count(nlp, text, count):
    assert _scope(nlp, text, count) == "period"
