"""Date classes of the dates14 round (docs/scope-rule.md, "dates14 round"): a release's place lines dated
the last day of the window stated above them (scope14 ruling 12), a running year at precision day (scope14
ruling 14), a metadata date with a clock after a bar."""
import pytest

from opstally.datetext import parse_date_value
from section5_helpers import published_event

PUB = "2024-03-06"  # a Wednesday


def _event(nlp, text, count, pub=PUB):
    return published_event(nlp, text, count, pub)


@pytest.mark.parametrize("text,count", [
    ("Between February 25 and March 2, coalition forces conducted 14 strikes against ISIS in Syria.\n\n"
     "Near Hajin, 9 strikes destroyed 6 fighting positions.", "6"),
    ("From 25 February to 2 March, the coalition conducted 14 strikes in Syria.\n"
     "-- Near Raqqa, 5 strikes destroyed 3 boats.", "3"),
    ("Between Feb. 25 and March 2, coalition aircraft carried out 14 strikes in Iraq.\n\n"
     "In Rutba, Iraqi F-16 jets destroyed 7 caves.", "7"),  # a town ("In Anbar, …": a province's line, scope21 ruling 1)
    ("Coalition aircraft conducted 14 strikes between Feb. 25 and March 2.\n\nNine of the strikes, near "
     "al-Qaim, destroyed 3 tunnels; the remaining five, near Rutba, hit 2 vehicles.", "2"),
    ("Coalition aircraft conducted 14 strikes in the week ending March 2.\nThe remaining five "
     "strikes, near Baghuz, destroyed 8 fighting positions.", "8"),
])
def test_dates_classes14_place_lines_take_a_week_window_end(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == ("2024-03-02", "week")


@pytest.mark.parametrize("text,count,date", [
    ("The army carried out 52 operations during February 2024, the cell said.\n"
     "- In Kirkuk, troops destroyed 6 hideouts in the Wadi al-Shay valley.", "6", "2024-02-29"),
    ("The CTS conducted 37 operations in February.\n- In Nineveh, our units arrested 7 suspects.", "7", "2024-02-29"),
    ("From 1 to 10 February 2024, the air force flew 34 sorties against ISIS.\n"
     "Near Tal Afar, F-16 jets destroyed 3 tunnels.", "3", "2024-02-10"),
    ("Between February 12 and February 25, the coalition conducted 30 strikes in Syria.\n"
     "Near Mayadin, 11 strikes destroyed 4 boats.", "4", "2024-02-25"),
])
def test_dates_classes14_place_lines_take_a_month_window_end(nlp, text, count, date):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (date, "month")


@pytest.mark.parametrize("text,count,expected", [
    ("In the past week, the SDF carried out 14 raids.\nIn Shaddadi, commandos detained 4 cell members.",
     "4", (PUB, "week")),  # a window that runs to the document date
    ("Between Feb. 25 and March 2, coalition forces conducted 14 strikes. On February 28, coalition forces "
     "conducted 4 strikes:\n-- Near Shaddadi, 2 strikes engaged 3 ISIS tactical units.", "3", ("2024-02-28", "day")),
    ("Between Feb. 25 and March 2, coalition forces conducted 14 strikes.\nAdditionally, Iraqi forces killed "
     "6 militants near Kirkuk.", "6", (PUB, "week")),  # not a place line
    ("Between Feb. 25 and March 2, coalition forces conducted 14 strikes.\nNear Hajin, on March 1, "
     "3 strikes destroyed 5 boats.", "5", ("2024-03-01", "day")),  # a line's own day
])
def test_dates_classes14_place_lines_not_moved(nlp, text, count, expected):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == expected


@pytest.mark.parametrize("text,count", [
    ("ISIS cells have killed 23 shepherds in Diyala this year, the council said.", "23"),
    ("Police have lost 12 officers this year, he added.", "12"),
    ("Turkish jets have carried out hundreds of strikes in northern Iraq over the past year.", "hundreds"),
    ("Roadside bombs have wounded 41 farmers over the past two years, the governor said.", "41"),
    ("Coalition aircraft had carried out 9 strikes in support of the Peshmerga this year.", "9"),
])
def test_dates_classes14_running_year_has_precision_day(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (PUB, "day")


@pytest.mark.parametrize("text,count,pub,expected", [
    ("Across north-east Syria in 2023, the SDF arrested 574 suspects.", "574", "2023-12-31", ("2023-12-31", "year")),
    ("In 2023, the SDF arrested 574 suspects, the centre said.", "574", "2024-01-10", ("2023-12-31", "year")),
    ("The army killed 210 militants in 2022, the ministry said.", "210", "2024-03-06", ("2022-12-31", "year")),
    ("Police arrested 64 suspects last year, the ministry said.", "64", "2024-03-06", ("2023-12-31", "year")),
])
def test_dates_classes14_closed_year_keeps_precision_year(nlp, text, count, pub, expected):
    ev = _event(nlp, text, count, pub)
    assert (ev["date"], ev["date_precision"]) == expected


@pytest.mark.parametrize("value,expected", [
    ("20/07/2021 | 16:18", "2021-07-20"),
    ("05/03/2024 · 08:12", "2024-03-05"),
    ("2024-03-05 | 08:12 GMT", "2024-03-05"),
    ("Tue, 05 Mar 2024 | 08:12", "2024-03-05"),
])
def test_dates_classes14_meta_date_with_a_bar(value, expected):
    found = parse_date_value(value)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize("text,count,date", [
    ("On Sunday, gunmen attacked a checkpoint near Tikrit. Two days later, Federal Police units arrested 3 suspects.",
     "3", "2024-03-05"),
    ("On Sunday, gunmen attacked a checkpoint near Tikrit. The next day, troops arrested 4 suspects.", "4", "2024-03-04"),
    ("Militants ambushed a patrol near Hit on Saturday. A day later, the army killed 6 of them.", "6", "2024-03-03"),
    ("On Saturday, an IED hit a convoy near Baiji. The following day, engineers defused 9 bombs on the road.",
     "9", "2024-03-03"),
    ("Troops killed 5 militants near Hit on Tuesday. The raid came a day after an ISIS attack on a checkpoint "
     "that wounded two fighters.", "two", "2024-03-04"),
    ("A bomb killed 4 soldiers near Rutba on Tuesday. The blast came three days after gunmen killed 2 shepherds "
     "in the same valley.", "2", "2024-03-02"),
])
def test_dates_classes14_days_from_the_occasion(nlp, text, count, date):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (date, "day")


@pytest.mark.parametrize("text,count,expected", [
    ("On Tuesday, gunmen attacked a checkpoint. A week later, police detained 6 men.", "6", ("2024-03-05", "day")),
    ("Police arrested 3 suspects two days later, the ministry said.", "3", (PUB, "week")),  # no occasion told before
    ("On Sunday, gunmen attacked a checkpoint. Police later arrested 4 suspects.", "4", ("2024-03-03", "day")),
    ("On Sunday, troops killed 5 militants, two days after an attack that wounded 3 soldiers.", "5", ("2024-03-03", "day")),
])
def test_dates_classes14_days_from_the_occasion_not_moved(nlp, text, count, expected):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == expected
