"""Date classes of the dates18 round (docs/scope-rule.md, "dates18 round"): spelled ordinal days (ruling 1),
an ordinal after a part of the day (ruling 2), a numeric date's month-first reading (ruling 3), a day's
possessive (ruling 4), "last weekend" (ruling 5), "through" ranges (ruling 6), a weekday before "the 3rd of
March" (ruling 7), an abbreviation's full stop before a comma (ruling 8), a sequel's offset after the count
(ruling 9), day words counted from a dated report (ruling 10), nights, fortnights and weekend raids (ruling 11)
a time of day before "of the 15th" after a dateline (ruling 12) and hours and evenings from the occasion (ruling 13)."""
import pytest

from opstally.daywords import numeric_date
from section5_helpers import published_event

PUB = "2024-03-20"  # a Wednesday


def _event(nlp, text, count, pub=PUB):
    return published_event(nlp, text, count, pub)


@pytest.mark.parametrize("text,date", [
    ("Army troops killed 4 militants near Tarmiyah on the fourteenth of this month.", "2024-03-14"),
    ("On the third of March, police arrested 4 suspects in the Hawija district.", "2024-03-03"),
    ("Militants wounded 4 soldiers near Baiji on March eleventh.", "2024-03-11"),
    ("The SDF detained 4 cell members near Hajin on the twenty-eighth of last month.", "2024-02-28"),
    ("Jets struck a hideout near Rutba on the fifth, killing 4 militants.", "2024-03-05"),
    ("Peshmerga forces killed 4 ISIS fighters near Gwer on the twelfth of March 2024.", "2024-03-12"),
])
def test_dates_classes18_spelled_ordinal_day(nlp, text, date):
    ev = _event(nlp, text, "4")
    assert (ev["date"], ev["date_precision"]) == (date, "day")


@pytest.mark.parametrize("text", [
    "Troops killed 4 militants near Tarmiyah on the second attempt to storm the village.",
    "Troops killed 4 militants in the first strike near Tarmiyah, the ministry said.",
    "Soldiers of the fifth brigade arrested 4 suspects in the Hawija district.",
    "Police arrested 4 suspects on the first floor of a building in Mosul.",
])
def test_dates_classes18_spelled_ordinal_that_is_no_day(nlp, text):
    assert _event(nlp, text, "4")["date"] == PUB


@pytest.mark.parametrize("text,date", [
    ("Gunmen killed 5 soldiers on the evening of the 8th near Dibis.", "2024-03-08"),
    ("In the early hours of the 9th, police arrested 5 suspects in Hawija.", "2024-03-09"),
    ("On the morning of the 17th, an SDF patrol killed 5 cell members near Shaddadi.", "2024-03-17"),
    ("Militants wounded 5 policemen on the night of the 25th near Tuz.", "2024-02-25"),
    ("Troops arrested 5 suspects on the night of the ninth in Baiji.", "2024-03-09"),
])
def test_dates_classes18_ordinal_after_a_day_part(nlp, text, date):
    assert _event(nlp, text, "5")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Police arrested 6 suspects on 03/12/2024 in Mosul.", "2024-03-12"),   # 3 December is yet to come
    ("On 03/09/2024, troops killed 6 militants near Baiji.", "2024-03-09"),
    ("The SDF detained 6 cell members on 03.11.2024 near Hajin.", "2024-03-11"),
    ("Jets destroyed 6 hideouts on 02/03/2024 near Rutba.", "2024-03-02"),  # both past: day first
    ("Jets destroyed 6 hideouts on 05/03/2024 near Rutba.", "2024-03-05"),
])
def test_dates_classes18_numeric_date_not_in_the_future(nlp, text, date):
    assert _event(nlp, text, "6")["date"] == date


@pytest.mark.parametrize("text,dayfirst,doc,day", [
    ("03/12/2024", True, "2024-03-20", "2024-03-12"),
    ("03/12/2024", True, None, "2024-12-03"),
    ("03/12/2024", False, "2024-12-20", "2024-03-12"),
    ("13/03/2024", False, "2024-03-20", "2024-03-13"),
])
def test_dates_classes18_numeric_date_readings(text, dayfirst, doc, day):
    import datetime as dt
    found = numeric_date(text, dayfirst, dt.date.fromisoformat(doc) if doc else None)
    assert found[0].isoformat() == day


@pytest.mark.parametrize("text,date", [
    ("Friday's raid on a farm near Hawija netted 3 suspects, police said.", "2024-03-15"),
    ("Yesterday's strikes destroyed 3 tunnels in the Hamrin mountains.", "2024-03-19"),
    ("Police said Sunday's raid netted 3 suspects in Hawija.", "2024-03-17"),
    ("Monday's strikes near Baiji killed 3 militants.", "2024-03-18"),
    ("Today's raid in Tarmiyah netted 3 suspects, police said.", "2024-03-20"),
])
def test_dates_classes18_possessive_day(nlp, text, date):
    ev = _event(nlp, text, "3")
    assert (ev["date"], ev["date_precision"]) == (date, "day")


@pytest.mark.parametrize("text,date", [
    ("Peshmerga forces killed 8 militants last weekend in Garmiyan.", "2024-03-17"),
    ("Last weekend, police arrested 8 suspects in Hawija.", "2024-03-17"),
    ("Troops killed 8 militants near Baiji this past weekend.", "2024-03-17"),
    ("Jets destroyed 8 hideouts over the weekend in Anbar.", "2024-03-17"),
    ("Jets destroyed 8 hideouts last week in Anbar.", "2024-03-13"),
])
def test_dates_classes18_last_weekend(nlp, text, date):
    assert _event(nlp, text, "8")["date"] == date


@pytest.mark.parametrize("text,date,start", [
    ("Coalition forces conducted 9 strikes in Syria March 4 through March 10, 2024.", "2024-03-10", "2024-03-04"),
    ("From March 4 through 10, troops killed 9 militants near Baiji.", "2024-03-10", "2024-03-04"),
    ("Police arrested 9 suspects from 4 through 10 March in Hawija.", "2024-03-10", "2024-03-04"),
    ("The SDF detained 9 cell members Feb. 26 thru March 3 near Hajin.", "2024-03-03", "2024-02-26"),
    ("Jets destroyed 9 hideouts from 1 March through 7 March.", "2024-03-07", "2024-03-01"),
])
def test_dates_classes18_through_range(nlp, text, date, start):
    ev = _event(nlp, text, "9")
    assert (ev["scope"], ev["date"], ev["period_start"]) == ("period", date, start)


@pytest.mark.parametrize("text,date", [
    ("Troops killed 2 militants near Baiji on Sunday, the 3rd of March.", "2024-03-03"),
    ("On Tuesday the 5th of March, police arrested 2 suspects in Hawija.", "2024-03-05"),
    ("Gunmen wounded 2 soldiers on Friday, the 8th of March, near Tuz.", "2024-03-08"),
    ("The SDF detained 2 cell members on Wednesday, the sixth of March, near Hajin.", "2024-03-06"),
])
def test_dates_classes18_weekday_before_the_nth_of_month(nlp, text, date):
    assert _event(nlp, text, "2")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Troops killed 7 militants on Tues., March 12 near Baiji.", "2024-03-12"),
    ("On Wed., March 13, police arrested 7 suspects in Hawija.", "2024-03-13"),
    ("Jets destroyed 7 hideouts on Thurs., March 14, near Rutba.", "2024-03-14"),
    ("Gunmen wounded 7 soldiers on Sat., March 9 near Tuz.", "2024-03-09"),
])
def test_dates_classes18_abbreviation_before_a_comma(nlp, text, date):
    assert _event(nlp, text, "7")["date"] == date


ATTACK = "On March 10, gunmen attacked a post near Tuz. "


@pytest.mark.parametrize("sequel,date", [
    ("Police arrested 4 suspects the following day.", "2024-03-11"),
    ("Police arrested 4 suspects the next morning near the village.", "2024-03-11"),
    ("Troops killed 4 of the attackers two days later.", "2024-03-12"),
    ("Police detained 4 suspects a day after the attack.", "2024-03-11"),
    ("Police arrested 4 suspects a week later in Kirkuk.", "2024-03-17"),
    ("Police arrested 4 suspects, and the attackers were identified two days later.", "2024-03-10"),
])
def test_dates_classes18_offset_after_the_count(nlp, sequel, date):
    assert _event(nlp, ATTACK + sequel, "4")["date"] == date


@pytest.mark.parametrize("text,count,date", [
    ('"Our forces killed 5 terrorists today in the Hamrin mountains," the ministry said in a statement on Sunday.',
     "5", "2024-03-17"),
    ("The ministry said in a statement on Sunday that its forces killed 5 terrorists this morning.", "5", "2024-03-17"),
    ("In a statement released on Monday, the army said troops killed 5 militants yesterday near Baiji.",
     "5", "2024-03-17"),
    ('"Five terrorists were killed last night," a spokesman told reporters on Sunday.', "Five", "2024-03-16"),
    ("Troops killed 5 militants today near Baiji, the army said.", "5", "2024-03-20"),
    ("The army said on Wednesday that troops killed 5 militants yesterday.", "5", "2024-03-19"),
])
def test_dates_classes18_day_words_of_a_dated_report(nlp, text, count, date):
    assert _event(nlp, text, count)["date"] == date


@pytest.mark.parametrize("text,date,precision", [
    ("Troops killed 6 militants the night before last near Tarmiyah.", "2024-03-18", "day"),
    ("Troops killed 6 militants two nights ago near Tarmiyah.", "2024-03-18", "day"),
    ("Police arrested 6 suspects a fortnight ago in Hawija.", "2024-03-06", "week"),
    ("Troops killed 6 militants in a weekend raid near Tarmiyah.", "2024-03-17", "week"),
    ("A weekend attack on a post near Tuz killed 6 soldiers.", "2024-03-17", "week"),
])
def test_dates_classes18_nights_fortnights_and_weekend_raids(nlp, text, date, precision):
    ev = _event(nlp, text, "6")
    assert (ev["date"], ev["date_precision"]) == (date, precision)


DATELINE = "TUZ KHURMATU, Iraq, March 20 (Agency) - "


@pytest.mark.parametrize("text,date", [
    ("Militants killed 2 soldiers in the early hours of the 15th at an army post.", "2024-03-15"),
    ("Militants killed 2 soldiers in the small hours of the 14th near Tuz.", "2024-03-14"),
    ("Gunmen killed 2 shepherds late on the night of the 13th near Amerli.", "2024-03-13"),
    ("Police arrested 2 suspects in the early hours of the eleventh in Sulaiman Bek.", "2024-03-11"),
])
def test_dates_classes18_time_of_day_of_an_ordinal_day_after_a_dateline(nlp, text, date):
    assert _event(nlp, DATELINE + text, "2")["date"] == date


@pytest.mark.parametrize("sequel,date", [
    ("Police arrested 4 suspects 24 hours later.", "2024-03-11"),
    ("48 hours later, police arrested 4 suspects in Kirkuk.", "2024-03-12"),
    ("Police detained 4 suspects 72 hours after the attack.", "2024-03-13"),
    ("The previous evening, police had arrested 4 suspects in Kirkuk.", "2024-03-09"),
    ("The evening before, troops had killed 4 militants near Amerli.", "2024-03-09"),
    ("Police arrested 4 suspects 36 hours later.", "2024-03-10"),  # no whole days: the occasion's day
])
def test_dates_classes18_hours_and_evenings_from_the_occasion(nlp, sequel, date):
    assert _event(nlp, ATTACK + sequel, "4")["date"] == date
