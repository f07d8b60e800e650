"""opstally_scope, round 3 (continued): where the window sits, how a running total is worded,
and the forms of real monthly reviews and strike releases; one phrasing table per class."""
import pytest

from section5_helpers import published_events, scope_of, scopes_by_count


# ---- round 3c: where the window sits and how the total is worded -------------------------

@pytest.mark.parametrize("text,counts", [
    ("The figures cover the period from 1 to 7 May. Police arrested 40 suspects and troops destroyed 11 hideouts.",
     ["40", "11"]),
    ("Over the past three months, the army kept up pressure in the desert. It killed 52 militants and seized 30 "
     "weapons caches.", ["52", "30"]),
    ("During the period under review, the SDF detained 75 suspects.", ["75"]),
    ("In its monthly report, the Counter Terrorism Service said it had arrested 33 suspects.", ["33"]),
])
def test_scope_a_window_stated_before_or_around_the_count_makes_a_period(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "period" for c in counts), scopes


@pytest.mark.parametrize("text,counts", [
    ("Since the beginning of the year, the service has carried out 250 operations. They have killed 45 militants "
     "and arrested 120 suspects.", ["250", "45", "120"]),
    ("Since January the CTS has conducted 253 operations, killing at least 206 insurgents.", ["253", "at least 206"]),
    ("As of October this year, security forces had killed 206 militants in 7,984 operations.", ["206"]),
    ("Since August 29, US forces have conducted 95 operations, which have resulted in 163 militants killed.",
     ["95", "163"]),
])
def test_scope_a_running_total_reaches_its_own_sentences_results(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "cumulative" for c in counts), scopes


@pytest.mark.parametrize("text,counts", [
    ("Over the past quarter, police seized 90 rifles, 30 of them in Basra.", ["90", "30"]),
    ("In May alone, troops killed 42 militants, including 12 in Kirkuk.", ["42", "12"]),
    ("Over the past week, police arrested 45 suspects, 20 of them in Mosul.", ["45", "20"]),
])
def test_scope_a_breakdown_under_a_window_keeps_the_window(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "period" for c in counts), scopes


@pytest.mark.parametrize("text,counts", [
    ("Six days into the prison battle, the SDF said 27 of its members have been killed.", ["27"]),
    ("Since the offensive began, the army has retaken 60 villages. 300 militants have been killed, a spokesman "
     "added.", ["60", "300"]),
    ("Since its launch in March, the operation has cleared 90 villages; more than 400 militants have been killed.",
     ["90", "more than 400"]),
])
def test_scope_a_present_perfect_after_a_running_total_is_cumulative(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "cumulative" for c in counts), scopes


@pytest.mark.parametrize("text,count,scope", [
    ("Since 2014 the coalition has flown 9,000 sorties. In June alone it conducted 300 strikes. "
     "The coalition says it has killed 12,000 militants.", "12,000", "cumulative"),
    ("Since the offensive began, the army has retaken 40 villages. In May it cleared 9 more. "
     "Sixty soldiers have been killed, officers said.", "Sixty", "cumulative"),
    ("Since January the SDF has detained 500 suspects. During April it detained 80. "
     "It has also seized 45 weapons caches.", "45", "cumulative"),
    ("In May troops killed 30 militants in Anbar. They have also destroyed 12 hideouts.", "12", "period"),
    ("Since January the SDF has detained 500 suspects. During April it detained 80. "
     "It also seized 45 weapons caches.", "45", "period"),
])
def test_scope_a_present_perfect_count_takes_the_running_total_over_a_later_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- round 3d: phrasings of real monthly reviews and running tallies ---------------------

@pytest.mark.parametrize("text,count", [
    ("Police arrested 61 people last month, bringing to 240 the number detained since the start of the year.", "240"),
    ("Police detained 4 more suspects on Friday, bringing to 95 the number arrested in the camp.", "95"),
    ("The latest strikes pushed to 420 the total killed since the operation began.", "420"),
])
def test_scope_bringing_to_n_the_total_is_cumulative(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("Troops have cleared 600 square kilometres in the ongoing operation, the army said.", "600"),
    ("During the continuing offensive, the SDF has captured 140 fighters.", "140"),
    ("Since the start of the current campaign, police have arrested 88 suspects.", "88"),
])
def test_scope_an_ongoing_operations_total_is_cumulative(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("On the night between December 12 and 13, troops killed six militants in Lakki.", "six"),
    ("During the night of 3 to 4 May, the SDF captured 5 suspects near Hajin.", "5"),
    ("In the night from June 1 to 2, police arrested 9 smugglers in Basra.", "9"),
])
def test_scope_one_night_between_two_dates_is_an_incident(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("This month, police in Basra have arrested 64 people. So far this month, officers have also seized 25 rifles.",
     "25"),
    ("To date this month, the army has destroyed 14 hideouts in Anbar.", "14"),
    ("Thus far this month the SDF has detained 37 suspects.", "37"),
])
def test_scope_so_far_this_month_is_a_running_total(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,published,date,start", [
    ("The figures below cover the period from 1 to 7 May.\nPolice detained 31 suspects in Raqqa.", "2021-05-09",
     "2021-05-07", "2021-05-01"),
    ("This summary covers 10-16 June. The army destroyed 12 hideouts.", "2024-06-18", "2024-06-16", "2024-06-10"),
    ("The data cover the period between March 2 and March 8. Troops killed 9 militants.", "2024-03-10",
     "2024-03-08", "2024-03-02"),
])
def test_scope_a_statement_of_what_the_figures_cover_gives_its_window(nlp, text, published, date, start):
    (ev,) = published_events(nlp, text, published)
    assert (ev["scope"], ev["date"], ev["period_start"]) == ("period", date, start)


@pytest.mark.parametrize("text,published,date", [
    ("Separately, on Tuesday the army killed 3 militants near Rutba.", "2024-01-03", "2024-01-02"),
    ("Near Mosul, 12 strikes destroyed 20 fighting positions on June 20.", "2017-06-21", "2017-06-20"),
    ("On the ground, troops destroyed 3 tunnels on Sunday, the command said.", "2024-06-10", "2024-06-09"),
])
def test_scope_a_place_or_separately_line_keeps_the_day_its_sentence_names(nlp, text, published, date):
    ev = published_events(nlp, text, published)[0]
    assert (ev["scope"], ev["date"]) == ("incident", date)


@pytest.mark.parametrize("text,published,date", [
    ("From the beginning of the campaign until Sunday, police arrested 310 suspects.", "2024-06-10", "2024-06-09"),
    ("The army destroyed 48 hideouts from the start of the operation to 5 June.", "2024-06-10", "2024-06-05"),
    ("From the launch of the sweep through Friday, the SDF detained 72 suspects.", "2024-06-10", "2024-06-07"),
])
def test_scope_from_the_start_until_a_day_is_a_closed_window(nlp, text, published, date):
    (ev,) = published_events(nlp, text, published)
    assert (ev["scope"], ev["date"]) == ("period", date)


@pytest.mark.parametrize("text,count", [
    ("From the start of the year until now, police have arrested 140 suspects.", "140"),
    ("Since the beginning of the campaign, the SDF has detained 72 suspects.", "72"),
])
def test_scope_from_the_start_until_now_stays_a_running_total(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("SDF detains 125 in week-long al-Hol sweep\n\nThe SDF said on Friday it had detained 125 suspects.", "125"),
    ("The army said it killed 23 militants in clashes that lasted two days.", "23"),
    ("Police seized 40 rifles in a month-long anti-smuggling campaign in Basra.", "40"),
    ("Troops destroyed 17 tunnels during an offensive which lasted 12 days.", "17"),
])
def test_scope_an_operation_of_stated_length_in_other_words_is_a_period(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Troops destroyed 17 tunnels in clashes that lasted several days.", "17"),
    ("Police arrested 8 suspects on the second day of the operation.", "8"),
])
def test_scope_a_vague_or_single_day_of_an_operation_is_an_incident(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count,scope", [
    ("Last year's operations resulted in the killing of 70 militants.", "70", "cumulative"),
    ("In 2022, the raids led to the killing of 45 militants in Anbar.", "45", "cumulative"),
    ("An attack on a checkpoint in 2021 that killed 4 soldiers was blamed on the cell.", "4", "incident"),
])
def test_scope_resulted_in_the_killing_of_is_a_tally_not_an_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,count", [
    ("Through the end of April, the coalition had conducted 1,200 strikes.", "1,200"),
    ("By the end of last month, troops had retaken 30 villages.", "30"),
    ("Up to the end of the year, the SDF had detained 600 suspects.", "600"),
])
def test_scope_up_to_the_end_of_a_month_is_a_running_total(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("In less than 48 hours, police arrested 14 suspects in Basra.", "14"),
    ("Within just over 3 days, the army cleared 20 villages.", "20"),
    ("In under two weeks, the SDF captured 90 fighters.", "90"),
])
def test_scope_a_stated_short_duration_is_a_period(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count,scope", [
    ("Since 2017, the army has killed 3,000 militants. In Anbar alone, 1,100 militants were killed.", "1,100",
     "cumulative"),
    ("Over the past week, police arrested 60 suspects. In Basra alone, 25 were detained.", "25", "period"),
    ("So far the SDF has captured 900 fighters. In Deir ez-Zor alone, 400 were captured.", "400", "cumulative"),
    ("Troops killed 6 militants in Diyala alone on Sunday.", "6", "incident"),
])
def test_scope_a_places_share_alone_takes_the_window_before_it(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,count", [
    ("In January, troops destroyed 31 hideouts.\n\nIn a separate development, police arrested 5 suspects in Mosul.",
     "5"),
    ("Over the past month the army killed 40 militants.\n\nIn another incident, gunmen killed 2 shepherds near Hit.",
     "2"),
])
def test_scope_a_separate_development_leaves_the_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("In all, the SDF captured 12 fighters in the raid, a spokesman said.", "12"),
    ("Overall, 9 soldiers were wounded in the ambush near Tuz.", "9"),
    ("Over the past week the army pressed on in Anbar.\nTroops killed 5 militants in the clash at Rutba.", "5"),
])
def test_scope_a_clause_about_the_raid_or_the_ambush_is_an_incident(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("The last 48 hours have seen 30 arrests in Kirkuk.", "30"),
    ("The past 24 hours saw 12 strikes on ISIS positions.", "12"),
    ("During the operation's first 48 hours, troops cleared 12 villages.", "12"),
    ("The previous 7 days brought 19 arrests in Basra.", "19"),
])
def test_scope_a_rolling_window_as_the_subject_is_a_period(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"
