"""Date classes of the dates17 round (docs/scope-rule.md, "dates17 round"): a weekday written with its
date (ruling 1), a day of the month by its ordinal alone (ruling 2), "a week/month ago" (ruling 3), days
before the occasion told before (ruling 4), a time of day and its day (ruling 5), a part of a month
(ruling 6) and "the period" followed by its range (ruling 7)."""
import pytest

from opstally.extract import extract_records
from opstally.inputs import InputDoc
from section5_helpers import published_event

PUB = "2024-03-20"  # a Wednesday


def _event(nlp, text, count, pub=PUB):
    return published_event(nlp, text, count, pub)


@pytest.mark.parametrize("text,date", [
    ("Army troops killed 6 militants near Tarmiyah on Monday, March 4, the ministry said.", "2024-03-04"),
    ("On Tuesday, 5 March, police arrested 6 suspects in the Hawija district.", "2024-03-05"),
    ("Peshmerga forces killed 6 ISIS fighters near Gwer on Friday March 8.", "2024-03-08"),
    ("Federal police seized 6 rifles in a raid on Sunday, March 10, 2024, near Samarra.", "2024-03-10"),
    ("The SDF detained 6 cell members near Hajin on Thursday, 7/3/2024.", "2024-03-07"),
])
def test_dates_classes17_weekday_labels_its_date(nlp, text, date):
    assert _event(nlp, text, "6")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Army troops killed 4 militants near Tarmiyah on the 14th, the ministry said.", "2024-03-14"),
    ("On the 3rd, police arrested 4 suspects in the Hawija district.", "2024-03-03"),
    ("Militants wounded 4 soldiers near Baiji on the 11th of this month.", "2024-03-11"),
    ("The SDF detained 4 cell members near Hajin on the 28th of last month.", "2024-02-28"),
    ("Peshmerga forces killed 4 ISIS fighters near Gwer on Tuesday the 12th.", "2024-03-12"),
    ("Jets struck a hideout near Rutba on the 25th, killing 4 militants.", "2024-02-25"),  # not yet in March
])
def test_dates_classes17_ordinal_day_of_the_month(nlp, text, date):
    ev = _event(nlp, text, "4")
    assert (ev["date"], ev["date_precision"]) == (date, "day")


@pytest.mark.parametrize("text", [
    "The 5th Division killed 4 militants near Tarmiyah, the ministry said.",
    "Troops killed 4 militants near Tarmiyah on the 3rd day of the operation.",
    "A bomb killed 4 people near Tarmiyah on the 20th anniversary of the invasion.",
    "Soldiers of the 14th Brigade arrested 4 suspects in the Hawija district.",
])
def test_dates_classes17_ordinal_that_is_no_day(nlp, text):
    assert _event(nlp, text, "4")["date"] == PUB


@pytest.mark.parametrize("text,date", [
    ("Army troops killed 7 militants near Tarmiyah a week ago, the ministry said.", "2024-03-13"),
    ("One week ago, police arrested 7 suspects in the Hawija district.", "2024-03-13"),
    ("Militants wounded 7 soldiers near Baiji a week ago.", "2024-03-13"),
    ("The SDF detained 7 cell members near Hajin two weeks ago.", "2024-03-06"),
])
def test_dates_classes17_a_week_ago(nlp, text, date):
    ev = _event(nlp, text, "7")
    assert (ev["date"], ev["date_precision"]) == (date, "week")


@pytest.mark.parametrize("text", [
    "The army said it had freed 7 women abducted by ISIS from a village near Shabki three months ago.",
    "Police said they had freed 7 hostages seized by gunmen a month ago near Tarmiyah.",
    "The SDF said it had rescued 7 children kidnapped by the group two months ago.",
    "Troops freed 7 shepherds whom the cell had abducted several months ago.",
])
def test_dates_classes17_months_ago_dates_no_count(nlp, text):
    assert _event(nlp, text, "7")["date"] == PUB  # a deed's background, not the count's day


@pytest.mark.parametrize("text,date", [
    ("Troops killed 5 militants near Tarmiyah on Sunday. The day before, militants had wounded 2 soldiers "
     "in the same area.", "2024-03-16"),
    ("Troops killed 5 militants near Tarmiyah on Sunday. A day earlier, police arrested 2 suspects in "
     "Samarra.", "2024-03-16"),
    ("Troops killed 5 militants near Tarmiyah on Sunday. On the previous day, gunmen killed 2 shepherds "
     "near Dujail.", "2024-03-16"),
    ("Troops killed 5 militants near Tarmiyah on Sunday. Two days earlier, gunmen had killed 2 shepherds "
     "near Dujail.", "2024-03-15"),
    ("Troops killed 5 militants near Tarmiyah on Sunday. Three days earlier, police seized 2 rifles in "
     "Samarra.", "2024-03-14"),
])
def test_dates_classes17_days_before_the_occasion(nlp, text, date):
    assert _event(nlp, text, "2")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("MOSUL, March 20 (Agency) - Troops killed 3 militants in the early hours of Monday near Badush.", "2024-03-18"),
    ("KIRKUK, March 20 (Agency) - Police arrested 3 suspects at dawn on Tuesday in Hawija.", "2024-03-19"),
    ("ERBIL, March 20 (Agency) - Jets struck a cave shortly after midnight on Sunday, killing 3 militants.",
     "2024-03-17"),
    ("BAGHDAD, March 20 (Agency) - Gunmen killed 3 shepherds in the small hours of Saturday near Tarmiyah.",
     "2024-03-16"),
])
def test_dates_classes17_time_of_day_takes_its_day(nlp, text, date):
    assert _event(nlp, text, "3")["date"] == date


@pytest.mark.parametrize("text", [
    "Troops killed 8 militants in an ambush near Tarmiyah at the end of February.",
    "Police arrested 8 suspects in a raid on a farm near Hawija towards the end of February.",
    "Gunmen killed 8 shepherds in an attack near Dujail in the middle of February.",
    "A roadside bomb wounded 8 soldiers near Baiji at the beginning of February.",
])
def test_dates_classes17_part_of_a_month(nlp, text):
    ev = _event(nlp, text, "8")
    assert (ev["date"], ev["date_precision"]) == ("2024-02-29", "month")


@pytest.mark.parametrize("text,date,start", [
    ("Security forces arrested 31 terrorists during the period from 1 to 7 March.", "2024-03-07", "2024-03-01"),
    ("In the period 3-9 March, the army killed 31 militants in Anbar.", "2024-03-09", "2024-03-03"),
    ("Over the period between March 10 and 16, jets carried out 31 strikes.", "2024-03-16", "2024-03-10"),
    ("The command destroyed 31 hideouts during the period 1 March to 8 March.", "2024-03-08", "2024-03-01"),
])
def test_dates_classes17_the_period_and_its_range(nlp, text, date, start):
    ev = _event(nlp, text, "31")
    assert (ev["scope"], ev["date"], ev.get("period_start")) == ("period", date, start)


@pytest.mark.parametrize("text", [
    "Troops killed 5 militants near Tarmiyah on Sunday.\nIn Heet, police took 9 men into custody.",
    "Jets killed 5 militants in the Badia on Sunday. In Deir ez-Zor, gunmen killed 9 members of the SDF "
    "at a checkpoint.",
    "Troops killed 5 militants near Tarmiyah on Sunday.\n\nIn Kirkuk province, gunmen wounded 9 policemen "
    "at a checkpoint.",
    "Troops killed 5 militants near Tarmiyah on Sunday. In the Hamrin mountains, the army destroyed 9 hideouts.",
])
def test_dates_classes17_another_place_is_another_incident(nlp, text):
    assert _event(nlp, text, "9")["date"] == PUB


@pytest.mark.parametrize("text,date", [
    ("On Sunday, Coalition forces conducted 5 strikes in Iraq and Syria.\nIn Syria, near Hajin, 9 strikes "
     "destroyed 3 tunnels.", "2024-03-17"),
    ("Troops killed 5 militants near Tarmiyah on Sunday. In a raid on a nearby farm, they arrested 9 "
     "suspects.", "2024-03-17"),
    ("Troops killed 5 militants near Tarmiyah on Sunday. In March, the army also arrested 9 suspects.",
     "2024-03-20"),
    ("Troops killed 5 militants near Tarmiyah on Sunday.\nNear Tarmiyah, 9 strikes hit a cave.", "2024-03-17"),
])
def test_dates_classes17_no_other_place(nlp, text, date):
    assert _event(nlp, text, "9")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Troops killed 2 militants near Tarmiyah on 2024/03/14, the ministry said.", "2024-03-14"),
    ("On 2024.03.12 police arrested 2 suspects in the Hawija district.", "2024-03-12"),
    ("Army troops killed 2 militants near Tarmiyah 48 hours ago.", "2024-03-18"),
    ("Police arrested 2 suspects in the Hawija district 24 hours ago.", "2024-03-19"),
    ("The SDF detained 2 cell members near Hajin 72 hours ago.", "2024-03-17"),
])
def test_dates_classes17_year_first_and_hours_ago(nlp, text, date):
    assert _event(nlp, text, "2")["date"] == date


@pytest.mark.parametrize("head", ["2024/03/14\n", "Published 2024/03/14\n", "2024.03.14 | 10:15\n",
                                  "KIRKUK, 2024/03/14 - "])
def test_dates_classes17_year_first_dateline(nlp, head):
    (rec,) = extract_records(nlp, [InputDoc("t", head + "Police arrested 2 suspects in the Hawija district.", {})])
    assert rec["date"] == "2024-03-14"


@pytest.mark.parametrize("text", [
    "In a statement on Monday, the army said troops had killed 6 militants near Tarmiyah.",
    "Troops killed 6 militants near Tarmiyah, the ministry tweeted on Monday.",
    "Troops killed 6 militants near Tarmiyah, the ministry wrote on X on Monday.",
    "Troops killed 6 militants near Tarmiyah, a spokesman said in a press conference on Monday.",
    "Troops killed 6 militants near Tarmiyah, the ministry disclosed on Monday.",
])
def test_dates_classes17_statement_day_dates_the_report(nlp, text):
    ev = _event(nlp, text, "6")
    assert (ev["date"], ev["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,date,start", [
    ("Security forces arrested 40 suspects in the first half of February.", "2024-02-15", "2024-02-01"),
    ("Security forces arrested 40 suspects during the second half of February.", "2024-02-29", "2024-02-16"),
    ("Troops killed 40 militants in the first ten days of March.", "2024-03-10", "2024-03-01"),
    ("Jets carried out 40 strikes during the last ten days of February.", "2024-02-29", "2024-02-20"),
    ("Police seized 40 rifles over the first fortnight of February.", "2024-02-14", "2024-02-01"),
])
def test_dates_classes17_part_of_a_named_month(nlp, text, date, start):
    ev = _event(nlp, text, "40")
    assert (ev["scope"], ev["date"], ev.get("period_start")) == ("period", date, start)


@pytest.mark.parametrize("text,date,start", [
    ("Security forces arrested 40 suspects from 3/3/2024 to 9/3/2024.", "2024-03-09", "2024-03-03"),
    ("Security forces arrested 40 suspects from 03.03.2024 to 09.03.2024.", "2024-03-09", "2024-03-03"),
    ("Troops killed 40 militants between 2024-03-03 and 2024-03-09.", "2024-03-09", "2024-03-03"),
    ("Between 1/3/2024 and 7/3/2024, jets carried out 40 strikes.", "2024-03-07", "2024-03-01"),
])
def test_dates_classes17_numeric_range(nlp, text, date, start):
    ev = _event(nlp, text, "40")
    assert (ev["scope"], ev["date"], ev.get("period_start")) == ("period", date, start)


@pytest.mark.parametrize("text,start", [
    ("Security forces arrested 40 suspects from January 1 until today.", "2024-01-01"),
    ("From 1/1/2024 to date, troops killed 40 militants.", "2024-01-01"),
    ("Police seized 40 rifles from 1 March up to now.", "2024-03-01"),
    ("Jets carried out 40 strikes from February 10 till today.", "2024-02-10"),
])
def test_dates_classes17_from_a_day_until_today(nlp, text, start):
    ev = _event(nlp, text, "40")
    assert (ev["scope"], ev["date"], ev.get("period_start")) == ("cumulative", PUB, start)


@pytest.mark.parametrize("text,date", [
    ("ISIS militants killed 17 soldiers in an ambush near Baiji last June.", "2023-06-30"),
    ("Gunmen killed 17 shepherds in an attack near Dujail this past January.", "2024-01-31"),
    ("A car bomb killed 17 people in a market in Tuz Khurmatu last March.", "2024-03-20"),
    ("Jets killed 17 militants in a strike on a cave near Rutba last December.", "2023-12-31"),
])
def test_dates_classes17_last_named_month(nlp, text, date):
    ev = _event(nlp, text, "17")
    assert (ev["date"], ev["date_precision"]) == (date, "month")


@pytest.mark.parametrize("text", [
    "ISIS militants killed 17 soldiers in an ambush near Baiji in late 2022.",
    "Gunmen killed 17 shepherds in an attack near Dujail in mid-2022.",
    "A car bomb killed 17 people in a market in Tuz Khurmatu in early 2022.",
    "Jets killed 17 militants in a strike on a cave near Rutba in late 2022.",
])
def test_dates_classes17_part_of_a_year(nlp, text):
    ev = _event(nlp, text, "17")
    assert (ev["date"], ev["date_precision"]) == ("2022-12-31", "year")


@pytest.mark.parametrize("text,date", [
    ("A day after an attack on a base on Sunday, troops killed 3 militants near Tarmiyah.", "2024-03-18"),
    ("Two days after gunmen attacked a post near Baiji on Sunday, police arrested 3 suspects.", "2024-03-19"),
    ("One day after the bombing on March 14, the army detained 3 men in Tuz Khurmatu.", "2024-03-15"),
    ("A week after ISIS fighters ambushed a convoy on 6 March, jets killed 3 of them near Rutba.", "2024-03-13"),
])
def test_dates_classes17_fronted_days_after(nlp, text, date):
    assert _event(nlp, text, "3")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Hours after an attack on a base on Sunday, troops killed 3 militants near Tarmiyah.", "2024-03-17"),
    ("Troops killed 3 militants near Tarmiyah on Sunday, a day after gunmen attacked a base.", "2024-03-17"),
    ("A day after the attack, troops killed 3 militants near Tarmiyah on Sunday.", "2024-03-17"),
    ("Two days after gunmen attacked a post on Monday, the army said on Wednesday that it had killed 3.", "2024-03-20"),
])
def test_dates_classes17_not_fronted_days_after(nlp, text, date):
    assert _event(nlp, text, "3")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Mourners in Amarah on Monday buried 3 PMF fighters who were killed the day before in an ISIS attack.",
     "2024-03-17"),
    ("Jets struck ISIS hideouts on Monday, following an ambush that killed 3 soldiers a day earlier.", "2024-03-17"),
    ("Police on Tuesday recovered the bodies of 3 shepherds who were killed two days earlier near Rutba.",
     "2024-03-17"),
    ("Troops raided a village near Baiji on Monday, where militants had killed 3 farmers the day before.",
     "2024-03-17"),
])
def test_dates_classes17_day_before_after_the_count(nlp, text, date):
    assert _event(nlp, text, "3")["date"] == date


@pytest.mark.parametrize("text,date", [
    ("Special forces stormed a farmhouse on Monday, killed 3 militants and freed 2 shepherds the group had "
     "kidnapped a week earlier.", "2024-03-18"),
    ("Troops killed 3 militants on Monday and arrested a man who had fled the day before.", "2024-03-18"),
    ("On Monday police arrested 3 men; a bomb had gone off the day before.", "2024-03-18"),
    ("Troops killed 3 militants on Monday, the day before the elections.", "2024-03-18"),
])
def test_dates_classes17_day_before_of_another_clause(nlp, text, date):
    assert _event(nlp, text, "3")["date"] == date
