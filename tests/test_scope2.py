"""opstally_scope, round 2: each cue class in its variants, not the phrasing of one document."""
import pytest

from section5_helpers import published_events


def _events(nlp, text, published="2024-06-10"):
    return published_events(nlp, text, published)


def _event(nlp, text, count, published="2024-06-10"):
    return next(e for e in _events(nlp, text, published) if e["count"]["text"] == count)


def _scope_of(nlp, text, count):
    return _event(nlp, text, count)["scope"]


@pytest.mark.parametrize("text,count", [
    ("Overall, the Peshmerga have retaken 64 villages in the campaign.", "64"),
    ("All told, coalition aircraft have flown 5,000 sorties over Mosul.", "5,000"),
    ("Altogether, the SDF has detained 812 suspects in the Hajin pocket.", "812"),
    ("In total, the army has demolished 130 hideouts in the Hamrin range.", "130"),
    ("The Asayish have arrested 61 cell members in Raqqa, in total.", "61"),
])
def test_scope_a_running_total_adverb_is_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("Two more bodies were found, bringing the total number of militants killed to 16.", "16"),
    ("The toll of ISIS fighters killed in the Anbar desert has now reached 93.", "93"),
    ("The cumulative number of strikes on the group stands at 1,400.", "1,400"),
    ("The overall count of ISIS members killed by the army rose to 210.", "210"),
    ("The raids took the tally of suspects arrested in Kirkuk to 48.", "48"),
    ("Troops found more bodies, raising the overall toll of militants killed to 57.", "57"),
])
def test_scope_a_total_that_reaches_a_figure_is_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("As of March 1, the coalition had conducted 2,300 strikes in Syria.", "2,300"),
    ("As of this week, the SDF has detained 320 suspects in al-Hol.", "320"),
    ("As of June 2023, Iraqi forces had arrested 95 ISIS members.", "95"),
    ("To this day, police have arrested 120 suspects in the Tarmiyah case.", "120"),
    ("The army has cleared 44 villages up to the present.", "44"),
])
def test_scope_as_of_and_to_this_day_are_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("In its annual report, the SDF said it killed 17 ISIS members.", "17"),
    ("The year-end review showed that police captured 278 suspects.", "278"),
    ("According to the command's yearly statistics, troops destroyed 640 hideouts.", "640"),
    ("The end-of-year figures show the Peshmerga arrested 112 suspects.", "112"),
])
def test_scope_an_annual_report_is_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


def test_scope_an_annual_report_early_in_a_year_ends_the_year_before(nlp):
    ev = _event(nlp, "In its annual report, the SDF said it arrested 278 suspects.", "278", published="2025-01-04")
    assert (ev["scope"], ev["date"], ev["date_precision"]) == ("cumulative", "2024-12-31", "year")


@pytest.mark.parametrize("text,count", [
    ("In the last quarter, security forces arrested 140 suspects in Diyala.", "140"),
    ("During the first quarter of 2024, the army killed 55 militants.", "55"),
    ("In the first half of 2023, the SDF arrested 233 suspects.", "233"),
    ("Over the past quarter, coalition jets carried out 38 strikes.", "38"),
    ("Police seized 251 rifles during the half year.", "251"),
    ("In the past half-year, the army killed 90 militants.", "90"),
])
def test_scope_a_quarter_or_half_year_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("During the past fortnight, the SDF detained 25 suspects.", "25"),
    ("Over the last fortnight, troops destroyed 19 tunnels in Anbar.", "19"),
    ("In the past 48 hours, the army killed 12 militants near Rutba.", "12"),
    ("Over the last seven days, police arrested 44 suspects in Kirkuk.", "44"),
])
def test_scope_a_rolling_window_in_other_units_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("The week's toll was 14 militants killed in Salahuddin.", "14"),
    ("Last week's raids netted 20 suspects in Kirkuk.", "20"),
    ("The month's figures show that police arrested 73 suspects in Basra.", "73"),
    ("This week's operations killed 9 militants in the Hamrin hills.", "9"),
])
def test_scope_a_windows_tally_named_by_its_window_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("In the week to Friday, police arrested 26 suspects in Mosul.", "26"),
    ("In the seven days to Sunday, troops destroyed 18 hideouts.", "18"),
    ("For the week ending 27 May, the army destroyed 12 hideouts.", "12"),
    ("Over the month to 30 April, the Asayish detained 41 suspects.", "41"),
])
def test_scope_a_window_up_to_a_day_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("During the ongoing week, police arrested 51 suspects.", "51"),
    ("In the current month, the army has killed 23 militants.", "23"),
    ("Throughout the present week, the SDF detained 16 suspects.", "16"),
])
def test_scope_the_current_week_or_month_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Last weekend, police detained 9 suspects in Hawija.", "9"),
    ("Throughout the weekend, the Asayish detained 11 suspects.", "11"),
    ("This past weekend, police rounded up 7 suspects in Khalis.", "7"),
    ("Over the past weekend, troops destroyed 6 hideouts in Wadi Hauran.", "6"),
])
def test_scope_a_weekend_in_other_words_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("The overall commander said troops killed 4 militants on Sunday.", "4"),
    ("In a raid on Sunday, the army killed 3 militants; as expected, 2 escaped.", "3"),
    ("The annual Arbaeen pilgrimage passed safely after police arrested 5 suspects on Tuesday.", "5"),
    ("Police arrested 8 suspects in a raid on a farm near Tikrit on Monday.", "8"),
])
def test_scope_the_new_cue_words_alone_make_no_tally(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,published,date,start", [
    ("In the first half of 2023, the SDF arrested 233 suspects.", "2023-07-02", "2023-06-30", "2023-01-01"),
    ("During the third quarter, police in Diyala arrested 140 suspects.", "2022-10-04", "2022-09-30", "2022-07-01"),
    ("In the first quarter of the year, the Asayish detained 52 suspects.", "2020-04-01", "2020-03-31", "2020-01-01"),
    ("Over the second half of 2021, the army killed 61 militants.", "2022-01-03", "2021-12-31", "2021-07-01"),
])
def test_scope_a_named_quarter_or_half_ends_on_its_last_day(nlp, text, published, date, start):
    (ev,) = _events(nlp, text, published)
    assert (ev["scope"], ev["date"], ev["period_start"]) == ("period", date, start)


@pytest.mark.parametrize("text,published,date", [
    ("In the week to Monday, police detained 26 people in Hasakah.", "2024-04-30", "2024-04-29"),
    ("For the week ending 27 May, the army destroyed 12 hideouts.", "2024-05-29", "2024-05-27"),
    ("In the seven days to Sunday, troops destroyed 18 hideouts.", "2024-06-10", "2024-06-09"),
    ("Over the fortnight to yesterday, the SDF arrested 40 suspects.", "2024-06-10", "2024-06-09"),
])
def test_scope_a_window_up_to_a_day_ends_on_that_day(nlp, text, published, date):
    (ev,) = _events(nlp, text, published)
    assert (ev["scope"], ev["date"]) == ("period", date)


@pytest.mark.parametrize("text,count", [
    ("Over the past twelve months, the Asayish detained 412 suspects.", "412"),
    ("During the last 12 months, the coalition carried out 700 strikes.", "700"),
    ("The service lost 11 of its men over the twelve months.", "11"),
])
def test_scope_twelve_months_is_a_years_review(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("In the final week of the battle, the CTS captured 120 fighters in the old city.", "120"),
    ("During the first week of the fighting, the Peshmerga cleared 14 villages.", "14"),
    ("In the last week of the siege, troops destroyed 30 car bombs.", "30"),
])
def test_scope_a_week_of_a_battle_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Its deadliest raid came in March, when commandos killed 9 militants near Baiji.", "9"),
    ("The bloodiest attack of the year, in June, killed 12 policemen near Tuz.", "12"),
    ("Their single biggest operation came last month, when troops destroyed 40 tunnels.", "40"),
])
def test_scope_a_superlative_occasion_dated_by_a_month_is_an_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,date", [
    ("As of November 11, the coalition had carried out 30,700 strikes.", "2024-11-11"),
    ("As of 2 June, the SDF had detained 1,400 suspects.", "2024-06-02"),
    ("As of today, police have arrested 90 suspects in the case.", "2024-06-10"),
    ("As of Sunday, the SDF had detained 1,400 suspects.", "2024-06-09"),
])
def test_scope_as_of_a_date_ends_the_running_total_on_it(nlp, text, date):
    (ev,) = _events(nlp, text, "2024-06-10" if "November" not in text else "2024-11-15")
    assert (ev["scope"], ev["date"]) == ("cumulative", date)


@pytest.mark.parametrize("text,counts", [
    ("Weekly bulletin (3-9 June)\n- 12 militants killed\n- 30 suspects arrested", ["12", "30"]),
    ("Results for March\n\u2022 14 militants killed\n\u2022 Kirkuk: 22 hideouts destroyed", ["14", "22"]),
    ("Over the past week the army pressed on in the desert.\n1. 9 militants killed\n2. 4 tunnels destroyed", ["9", "4"]),
])
def test_scope_the_bare_lines_of_a_bulletin_take_its_window(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "period" for c in counts), scopes


@pytest.mark.parametrize("text,count", [
    ("Iraq Security Brief, 14 to 20 November\n- Basra: police arrested 11 suspects in a raid on a farm.", "11"),
    ("Weekly bulletin (3-9 June)\n- 3 soldiers were killed in an ambush near Tuz.", "3"),
    ("Disputed Territories Weekly, 21-27 February\nKirkuk: ISIS militants attacked a police post, killing 2 policemen.", "2"),
])
def test_scope_a_bulletin_line_that_narrates_an_occasion_stays_an_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count,scope", [
    ("Since the beginning of the operation, the coalition has conducted 3,400 strikes. "
     "During this period, at least 125 civilians were killed by its strikes.", "at least 125", "cumulative"),
    ("Three months into the offensive, the service released its tally. "
     "Seven CTS members were killed over the period, the service said.", "Seven", "cumulative"),
    ("During the third quarter, police arrested 140 suspects. "
     "ISIS cells killed 7 civilians in the province over the same months.", "7", "period"),
    ("The coalition reported 200 strikes in the week to November 25. For the whole of November to date it "
     "declared 641 strikes.\n\nMonitors reported 43 civilians killed over the same week.", "43", "period"),
    ("Police arrested 12 suspects in Kirkuk over the period.", "12", "period"),
    ("Since 2015 the coalition has flown 900 sorties. For the time being, its jets hit 4 targets on Sunday.", "4",
     "incident"),
])
def test_scope_a_window_that_points_back_takes_the_window_stated_before(nlp, text, count, scope):
    assert _scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,counts", [
    ("Summing up two years of its air campaign, the ministry said its jets had flown over 30,000 sorties. "
     "The army had freed nearly 1,000 villages.", ["over 30,000", "nearly 1,000"]),
    ("Marking the first anniversary of the operation, the command said troops had killed 400 militants.", ["400"]),
    ("Taking stock of three years of the campaign, officials said the coalition had carried out 14,000 strikes.",
     ["14,000"]),
    ("On the second anniversary of its intervention, the ministry said 2,500 militants had been killed.", ["2,500"]),
])
def test_scope_an_anniversary_or_stocktaking_is_a_running_total(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "cumulative" for c in counts), scopes


@pytest.mark.parametrize("text,count", [
    ("Between March 1 and March 7, coalition forces conducted 40 strikes in Syria. "
     "The Ramadi strikes hit 8 tactical units.", "8"),
    ("Between March 1 and March 7, coalition forces conducted 40 strikes in Syria. "
     "Strikes near Mosul destroyed 3 tunnels.", "3"),
    ("Coalition aircraft carried out 25 strikes over the past week.\nThe Hajin strikes destroyed 6 fighting positions.", "6"),
    ("Coalition aircraft carried out 25 strikes over the past week.\nRaids in Baghouz destroyed 4 vehicles.", "4"),
])
def test_scope_a_release_line_named_by_its_place_is_an_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Between March 1 and March 7, coalition forces conducted 40 strikes. The strikes destroyed 9 positions.", "9"),
    ("Over the past week the coalition conducted 25 strikes. These strikes destroyed 6 tunnels.", "6"),
    ("In January the coalition conducted 31 strikes. Coalition strikes destroyed 12 vehicles.", "12"),
])
def test_scope_the_windows_own_strikes_keep_its_window(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count,scope", [
    ("Since the battle began on June 6, its fighters have killed 380 militants, while losing 50 of their own.", "50",
     "cumulative"),
    ("In the past week the army destroyed 30 tunnels, while losing 4 soldiers.", "4", "period"),
    ("So far the SDF has captured 200 fighters while suffering 35 killed.", "35", "cumulative"),
    ("Since 2015 the coalition has flown 900 sorties, while on Sunday its jets destroyed 4 vehicles.", "4", "incident"),
])
def test_scope_a_while_clause_of_a_participle_keeps_the_window(nlp, text, count, scope):
    assert _scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,count", [
    ("During the past seven-day period, the army destroyed 19 hideouts.", "19"),
    ("Over the last 10-day stretch, police arrested 35 suspects.", "35"),
    ("Over the past two weekends, police detained 21 suspects.", "21"),
    ("During the holy month of Ramadan, police arrested 40 suspects in Baghdad.", "40"),
    ("Over the Eid holiday, police arrested 13 suspects in Kirkuk.", "13"),
    ("Throughout the Arbaeen pilgrimage, security forces detained 26 suspects.", "26"),
])
def test_scope_spans_and_named_seasons_are_periods(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("The CTG arrested five members of a cell who were planning to attack a mall during the Newroz holiday.", "five"),
    ("Police detained 3 men who plotted to bomb a market in Ramadan.", "3"),
    ("Troops arrested 4 suspects preparing to strike a checkpoint over the weekend.", "4"),
])
def test_scope_a_window_inside_a_plan_dates_no_count(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("To date this year, police have arrested 120 suspects.", "120"),
    ("So far this year, the army has killed 75 militants.", "75"),
    ("Thus far this year, the SDF has detained 410 suspects.", "410"),
])
def test_scope_this_year_to_date_is_a_running_total(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("The death toll from Sunday's car bombing in Sadr City rose to 14.", "14"),
    ("A second body was found, bringing the death toll from the attack to 5 soldiers killed.", "5"),
    ("Two bodies were found, bringing the total number of terrorists killed in the operation to 16.", "16"),
])
def test_scope_a_rising_toll_of_one_occasion_stays_an_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"
