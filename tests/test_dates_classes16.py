"""Date classes of the dates16 round (docs/scope-rule.md, "dates16 round"): a past deed's date in a clause
after the counted (ruling 1), a present perfect not dated by the day told before (ruling 2), "also" after
a separate incident's sentence (ruling 3), the first N months of a year (ruling 4) and "In response, ..."
as a separate occasion (ruling 5)."""
import pytest

from section5_helpers import published_event


PUB = "2024-03-06"  # a Wednesday


def _event(nlp, text, count, pub=PUB):
    return published_event(nlp, text, count, pub)


@pytest.mark.parametrize("text,count", [
    ("Police in Kirkuk arrested 4 men who had taken part in the bombing of a power line in July, a "
     "police source said.", "4"),
    ("Seven suspects wanted for the 2019 attacks on pilgrims were detained west of Samarra, the ministry "
     "said.", "Seven"),
    ("Three men involved in last month's ambush on an army convoy were arrested near Badush, police "
     "said.", "Three"),
    ("Police detained 4 men involved in the past week's attacks on power pylons near Tuz.", "4"),
    ("Asayish officers arrested 2 brothers linked to the previous month's bombing of a bakery.", "2"),
    ("The Asayish detained 5 people behind the October bombing of a bakery in Qamishli, the force "
     "said.", "5"),
    ("Troops captured 6 militants linked to the 2017 massacre of shepherds in the Anbar desert.", "6"),
])
def test_dates_classes16_past_deed_dates_no_count(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["scope"], ev["date"]) == ("incident", PUB)


@pytest.mark.parametrize("text,count,date", [
    ("Peshmerga forces killed 4 fighters who had crept up to a post near Gwer on Monday.", "4", "2024-03-04"),
    ("Gunmen killed 3 soldiers who had manned a checkpoint near Tarmiyah since 2019.", "3", PUB),
    ("Police found the bodies of 2 shepherds who had been killed in January.", "2", "2024-01-31"),
    ("Troops arrested 5 men in a raid on Monday that had been planned since January.", "5", "2024-03-04"),
])
def test_dates_classes16_own_occasion_still_dates(nlp, text, count, date):
    assert _event(nlp, text, count)["date"] == date


@pytest.mark.parametrize("text,count", [
    ("Army troops killed 3 militants in a clash near Tarmiyah on Monday. Security forces have also "
     "arrested 5 suspects in the Taji area.", "5"),
    ("ISIS gunmen ambushed a patrol near Hawija on Monday, killing 2 soldiers.\nPolice have since detained "
     "4 shepherds accused of guiding the cell.", "4"),
    ("Jets struck a cave in the Hamrin hills on Monday, killing 6 militants. The sweep has also turned up "
     "9 weapons caches.", "9"),
    ("The SDF killed 2 cell members in Hajin on Monday. Its units have seized 7 motorcycles used by the "
     "cell, a spokesman said.", "7"),
])
def test_dates_classes16_present_perfect_keeps_the_week(nlp, text, count):
    assert _event(nlp, text, count)["date"] == PUB  # ("have since": a running total's end, day)


@pytest.mark.parametrize("text,count", [
    ("Partner forces conducted 5 operations over the past week, detaining 9 ISIS members.\nIn a separate "
     "strike on Monday, a U.S. aircraft killed 1 ISIS official.\nSDF fighters also captured 4 militants "
     "in al-Hol camp.", "4"),
    ("Troops killed 2 militants near Rutba on Sunday.\nSeparately, on Monday a roadside bomb wounded 3 "
     "policemen near Hit.\nThe army also said it had seized 6 rifles.", "6"),
    ("The Peshmerga repelled an attack on Saturday, killing 3 militants. Elsewhere, a mine killed 2 "
     "shepherds near Makhmour on Monday. Police also arrested 5 smugglers.", "5"),
    ("Jets destroyed 4 hideouts on Sunday.\nIn a separate incident on Monday, gunmen killed 2 farmers.\n"
     "The army also deployed 300 troops to the area.", "300"),
])
def test_dates_classes16_also_after_an_aside_keeps_the_week(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count,window", [
    ("Iraqi forces killed 41 terrorists in the first two months of the year.", "41",
     ("2024-01-01", "2024-02-29")),
    ("The units arrested 29 suspects during the first two months of this year.", "29",
     ("2024-01-01", "2024-02-29")),
    ("Troops destroyed 300 hideouts in the first six months of 2023.", "300", ("2023-01-01", "2023-06-30")),
    ("Police seized 12 car bombs over the first nine months of last year.", "12", ("2023-01-01", "2023-09-30")),
])
def test_dates_classes16_first_months_of_a_year(nlp, text, count, window):
    ev = _event(nlp, text, count)
    assert (ev["scope"], ev["period_start"], ev["date"]) == ("period", *window)


@pytest.mark.parametrize("text,count", [
    ("ISIS gunmen attacked an army post near Tarmiyah on Monday, killing 2 soldiers.\n\nIn response, army "
     "helicopters bombarded 3 hideouts in the orchards.", "3"),
    ("A roadside bomb wounded 4 policemen near Hawija on Sunday. In response, police detained 6 people "
     "in nearby villages.", "6"),
    ("Militants shelled a Peshmerga post on Monday, killing 1 fighter.\nIn retaliation, coalition jets "
     "destroyed 5 caves in the Qarachogh range.", "5"),
    ("Gunmen killed 3 shepherds near Rutba on Monday. In response, the Anbar command launched a sweep "
     "that destroyed 8 tunnels.", "8"),
])
def test_dates_classes16_in_response_is_another_occasion(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count,window", [
    ("During January and February, partner forces conducted 16 raids against ISIS cells.", "16",
     ("2024-01-01", "2024-02-29")),
    ("Police arrested 5 smugglers in November and December 2023, the directorate said.", "5",
     ("2023-11-01", "2023-12-31")),
    ("The brigade destroyed 40 hideouts throughout October to December, its commander said.", "40",
     ("2023-10-01", "2023-12-31")),
    ("Jets carried out 22 strikes over December and January, the ministry said.", "22",
     ("2023-12-01", "2024-01-31")),
])
def test_dates_classes16_two_months_are_one_window(nlp, text, count, window):
    ev = _event(nlp, text, count)
    assert (ev["scope"], ev["period_start"], ev["date"]) == ("period", *window)


@pytest.mark.parametrize("text,count,date", [
    ("The SDF said in a monthly summary on Monday that its units carried out 31 raids in Deir ez-Zor "
     "during February.", "31", "2024-02-29"),
    ("In its monthly report, the Asayish said its officers arrested 14 smugglers in January.", "14", "2024-01-31"),
    ("The ministry's weekly bulletin said troops destroyed 9 hideouts between 19 and 25 February.", "9",
     "2024-02-25"),
    ("According to a monthly tally released on Tuesday, gunmen killed 6 shepherds in the Badia in "
     "February.", "6", "2024-02-29"),
])
def test_dates_classes16_named_month_beats_a_cadence(nlp, text, count, date):
    ev = _event(nlp, text, count)
    assert (ev["scope"], ev["date"]) == ("period", date)


@pytest.mark.parametrize("text,count,date", [
    ("Iraqi forces killed 41 militants in the first two months of the year, the command said. The "
     "air force carried out 96 strikes in the quarter, a spokesman said.", "96", "2024-03-06"),
    ("Police arrested 50 suspects in the fourth quarter of 2023.\nTroops killed 9 militants during the "
     "quarter, the report said.", "9", "2023-12-31"),
    ("The SDF detained 120 people in the third quarter of last year. Its units seized 14 weapons caches "
     "over the quarter.", "14", "2023-09-30"),
    ("The Peshmerga lost 4 fighters in the first quarter of 2023, the ministry said. Its engineers "
     "defused 60 bombs in the quarter.", "60", "2023-03-31"),
])
def test_dates_classes16_the_quarter_points_back(nlp, text, count, date):
    ev = _event(nlp, text, count)
    assert (ev["scope"], ev["date"]) == ("period", date)


@pytest.mark.parametrize("text,count,date", [
    ("ISIS cells killed at least 150 soldiers in the Badia this year, among them 20 killed in one ambush "
     "near Palmyra in January.", "at least 150", PUB),
    ("The militants wounded 30 people in the town, including 12 hurt in a car bombing in February, "
     "the monitor said.", "30", PUB),
    ("Police detained 40 suspects across the province, among whom 6 were caught at a checkpoint in "
     "January.", "40", PUB),
    ("Five soldiers, including an officer, were killed in an attack on their post on Monday.", "Five",
     "2024-03-04"),
])
def test_dates_classes16_a_breakdowns_date_is_its_own(nlp, text, count, date):
    assert _event(nlp, text, count)["date"] == date
