"""Date classes of the dates20 round (docs/scope-rule.md, "dates20 round"): a month's abbreviation in a
fronted date phrase ends no sentence (ruling 1), a metadata date with a time zone and no clock (ruling 2),
a comparison's month is not carried on (ruling 3) nor governs the count compared with it (ruling 4), a
title's week dates a text without a document date (ruling 5), month ranges by a dash and halves of "this
year" (ruling 6), a compared count "a month earlier" / "the same period last year" (ruling 7)."""
import datetime as dt

import pytest

from opstally.corpus.authoring import sentences
from opstally.datetext import parse_date_value
from opstally.extract import extract_records
from opstally.inputs import InputDoc

from section5_helpers import by_count, published_event


def _dated(nlp, text, count, pub):
    ev = published_event(nlp, text, count, pub)
    return ev["scope"], ev["date"], ev["date_precision"], ev.get("period_start")


def _undated(nlp, text):
    (rec,) = extract_records(nlp, [InputDoc("t", text, {})])
    return rec


@pytest.mark.parametrize("text,count,want", [
    ("From 20 Jan. to 23 Jan. CTS soldiers searched 17 villages near Rutba.", "17",
     ("period", "2022-01-23", "day", "2022-01-20")),
    ("BAGHDAD \u2013 From 20 Jan. to 23 Jan. CTS soldiers searched 17 villages near Rutba.", "17",
     ("period", "2022-01-23", "day", "2022-01-20")),
    ("Between 10 Jan. and 14 Jan. Peshmerga units arrested 9 smugglers near Gwer.", "9",
     ("period", "2022-01-14", "day", "2022-01-10")),
    ("Between Jan. 3 and Jan. 9, 2022, Coalition aircraft conducted 21 strikes in Syria.", "21",
     ("period", "2022-01-09", "day", "2022-01-03")),
    ("From Dec. 27 to Jan. 2 Iraqi troops cleared 12 villages in the Hamrin hills.", "12",
     ("period", "2022-01-02", "day", "2021-12-27")),
])
def test_dates_classes20_abbreviated_month_in_a_fronted_range(nlp, text, count, want):
    assert _dated(nlp, text, count, "2022-01-25") == want


@pytest.mark.parametrize("text,pieces", [
    ("The raid took place on 23 Jan. Police said 4 suspects were held.", 2),
    ("It happened in Jan. Troops killed 4 militants later.", 2),
    ("Troops arrived on 5 Sept. They killed 4 militants.", 2),
    ("On 5 Sept. Iraqi troops killed 4 militants.", 1),
    ("Between Aug. 30 and Sept. 5, 2019, Coalition forces conducted 46 strikes.", 1),
])
def test_dates_classes20_abbreviated_month_sentence_ends(nlp, text, pieces):
    assert len(list(nlp(text).sents)) == pieces


@pytest.mark.parametrize("text,pieces", [
    ("The coalition conducted 38 strikes from Sept. 1 to Sept. 7, killing 19. Since Aug. 8, 2014, it struck.", 2),
    ("On Oct. 27, troops killed 3 militants. On Nov. 2, they killed 4.", 2),
    ("Between Aug. 30 and Sept. 5, 2019, forces conducted 46 strikes.", 1),
    ("The operation ended on Sept. 5. Troops then withdrew.", 2),
])
def test_dates_classes20_corpus_sentences_keep_abbreviated_dates(text, pieces):
    assert len(sentences(text)) == pieces


@pytest.mark.parametrize("value,expected", [
    ("May 18, 2022 GMT", dt.date(2022, 5, 18)),
    ("18 May 2022 UTC", dt.date(2022, 5, 18)),
    ("2022-05-18 (GMT)", dt.date(2022, 5, 18)),
    ("May 18, 2022 AST", dt.date(2022, 5, 18)),
    ("Wednesday 18 May 2022 GMT+3", dt.date(2022, 5, 18)),
    ("18 May 2022 +0300", dt.date(2022, 5, 18)),
    ("Wed, 18 May 2022 (EEST)", dt.date(2022, 5, 18)),
    ("18.05.2022 UTC+03:00", dt.date(2022, 5, 18)),
])
def test_dates_classes20_meta_date_with_a_zone(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize("value", [
    "GMT", "Monday GMT", "N/A UTC", "18 May GMT", "May 2022 GMT", "2022 GMT", "18 May 2022 junk words",
    "18 May 2022 XYZQ", "not a date UTC", "tomorrow 2022 GMT", "18 May 2022 GMT GMT",
])
def test_dates_classes20_meta_zone_junk_is_no_date(value):
    assert parse_date_value(value) is None


@pytest.mark.parametrize("text,count,want", [
    ("In October, police carried out 57 operations in Kirkuk, up from 41 in September. The operations led to 23 arrests.",
     "23", "2023-10-31"),
    ("The army killed 18 militants in October, down from 25 in September. Troops also seized 40 rifles.", "40", "2023-10-31"),
    ("Police arrested 57 suspects in October versus 41 in September. Officers also defused 14 bombs during the month.",
     "14", "2023-10-31"),
    ("Police carried out 57 operations during October, compared to 41 in September and 35 in August. "
     "Police also seized 12 rifles.", "12", "2023-10-31"),
    ("In October, police carried out 57 operations, a rise from 41 in September. They arrested 23 suspects.",
     "23", "2023-10-31"),
])
def test_dates_classes20_comparison_month_is_not_carried(nlp, text, count, want):
    assert _dated(nlp, text, count, "2023-11-03")[1] == want


@pytest.mark.parametrize("text,count,want", [
    ("In September, police carried out 41 operations in Kirkuk. The operations led to 23 arrests.", "23", "2023-09-30"),
    ("Police carried out 57 operations in October, up from 41 in September.", "41", "2023-09-30"),
    ("The army killed 18 militants in October, down from 25 in September.", "25", "2023-09-30"),
    ("Police carried out 57 operations during October, compared to 41 in September and 35 in August.", "35", "2023-08-31"),
])
def test_dates_classes20_own_month_still_carried_and_compared_count_keeps_its_own(nlp, text, count, want):
    assert _dated(nlp, text, count, "2023-11-03")[1] == want


@pytest.mark.parametrize("text,count,want", [
    ("Kirkuk police carried out 57 operations, up from 41 in September, the directorate said in its October report.",
     "57", "2023-10-31"),
    ("October figures\nKirkuk police carried out 57 operations, up from 41 in September.", "57", "2023-10-31"),
    ("Kirkuk police carried out 57 operations last month, compared with 41 in September.", "57", "2023-10-31"),
    ("The SDF detained 96 suspects last month, down from 120 in September, the monthly report said.", "96", "2023-10-31"),
])
def test_dates_classes20_comparison_month_does_not_govern_the_count_before_it(nlp, text, count, want):
    assert _dated(nlp, text, count, "2023-11-03")[1:3] == (want, "month")


@pytest.mark.parametrize("text,dates", [
    ("Weekly brief | 16\u201322 October 2023\nIraqi forces arrested 24 suspects in Kirkuk over the past week.",
     {"24": "2023-10-22"}),
    ("Security roundup: 16-22 October 2023\nDuring the week, the SDF detained 31 suspects in Deir ez-Zor.",
     {"31": "2023-10-22"}),
    ("Kurdistan Region weekly security report (9 to 15 January 2023)\nAsayish forces arrested 14 suspects.",
     {"14": "2023-01-15"}),
    ("Weekly brief | 16\u201322 October 2023\nOn Tuesday, gunmen killed 2 soldiers near Tuz Khurmatu. "
     "Separately, police detained 5 suspects in a raid in Mosul.", {"2": "2023-10-17", "5": "2023-10-22"}),
])
def test_dates_classes20_titled_week_without_document_date(nlp, text, dates):
    rec = _undated(nlp, text)
    assert rec["date"] is None
    assert {e["count"]["text"]: e["date"] for e in rec["events"]} == dates


@pytest.mark.parametrize("title", [
    "Weekly brief | 16\u201322 October",
    "Weekly brief",
    "Calm week in Kirkuk, 16-22 October 2023, police say.",
    "Monthly review | 1\u201330 October 2023",
])
def test_dates_classes20_no_titled_week_no_reference(nlp, title):
    rec = _undated(nlp, title + "\nSeparately, police detained 5 suspects in a raid in Mosul.")
    assert [e["date"] for e in rec["events"] if e["count"]["text"] == "5"] == [None]


@pytest.mark.parametrize("text,want", [
    ("In January\u2013June, the SDF detained 800 suspects.", ("2025-06-30", "2025-01-01")),
    ("In January-June 2025, the SDF detained 800 suspects.", ("2025-06-30", "2025-01-01")),
    ("During the January-June period, the SDF detained 800 suspects.", ("2025-06-30", "2025-01-01")),
    ("The SDF detained 800 suspects during March-May.", ("2025-05-31", "2025-03-01")),
    ("The SDF detained 800 suspects in the first half of this year.", ("2025-06-30", "2025-01-01")),
    ("In the first six months of the current year, the SDF detained 800 suspects.", ("2025-06-30", "2025-01-01")),
    ("From the start of January until the end of June, the SDF detained 800 suspects.", ("2025-06-30", "2025-01-01")),
    ("The SDF detained 800 suspects from the beginning of January to the end of June.", ("2025-06-30", "2025-01-01")),
])
def test_dates_classes20_half_year_and_month_ranges(nlp, text, want):
    scope, date, precision, start = _dated(nlp, text, "800", "2025-07-04")
    assert (scope, date, precision, start) == ("period", want[0], "month", want[1])


@pytest.mark.parametrize("text,pub,want", [
    ("In the past six months, the SDF detained 800 suspects.", "2025-07-04", "2025-07-04"),
    ("The SDF detained 800 suspects in the first half of March.", "2025-07-04", "2025-03-15"),
    ("The SDF detained 800 suspects in the first half of this year.", "2025-04-10", "2025-04-10"),
    ("The SDF detained 800 suspects in January, the monthly report said.", "2025-07-04", "2025-01-31"),
])
def test_dates_classes20_other_windows_unchanged(nlp, text, pub, want):
    assert _dated(nlp, text, "800", pub)[1] == want


@pytest.mark.parametrize("text,pub,count,want", [
    ("In October, police carried out 57 operations, up from 41 a month earlier.", "2023-11-03", "41",
     ("2023-09-30", "2023-09-01")),
    ("Police carried out 57 operations in October, down from 63 the previous month.", "2023-11-03", "63",
     ("2023-09-30", "2023-09-01")),
    ("In October, police carried out 57 operations, compared with 41 in the same month last year.", "2023-11-03", "41",
     ("2022-10-31", "2022-10-01")),
    ("Between January and June, the SDF detained 800 suspects, up from 650 in the same period last year.",
     "2025-07-04", "650", ("2024-06-30", "2024-01-01")),
    ("In 2022, the army killed 240 militants, down from 310 a year earlier.", "2023-01-10", "310",
     ("2021-12-31", "2021-01-01")),
])
def test_dates_classes20_compared_window_moved_back(nlp, text, pub, count, want):
    assert _dated(nlp, text, count, pub)[1::2] == want


@pytest.mark.parametrize("text,count,want", [
    ("In October, police carried out 57 operations, up from 41 a month earlier.", "57", "2023-10-31"),
    ("In October, police carried out 57 operations, up from 41 in August.", "41", "2023-08-31"),
    ("Police carried out 57 operations a month earlier than planned in October.", "57", "2023-10-31"),
    ("Monthly security report: October\nPolice carried out 57 operations, up sharply from 41 in September.", "57",
     "2023-10-31"),
])
def test_dates_classes20_compared_window_other_counts_unmoved(nlp, text, count, want):
    assert _dated(nlp, text, count, "2023-11-03")[1] == want


@pytest.mark.parametrize("text,count,want", [
    ("Coalition aircraft conducted 22 strikes in total, up from 15 the week before.", "22", "period"),
    ("Police carried out 57 operations in Kirkuk, up from 41 in September.", "57", "period"),
    ("The army killed 18 militants, down from 25 the week before.", "18", "period"),
    ("Police carried out 57 operations, up from 41 a month earlier.", "57", "incident"),
    ("Coalition aircraft conducted 22 strikes in total.", "22", "incident"),
    ("Coalition aircraft conducted 22 strikes near Hajin on Monday.", "22", "incident"),
])
def test_dates_classes20_compared_with_count_is_a_tally(nlp, text, count, want):
    assert _dated(nlp, text, count, "2023-11-03")[0] == want


@pytest.mark.parametrize("text,want", [
    ("In March, police arrested 88 suspects, down from 102 in February. In Anbar, police detained 21 of the suspects.", 0),
    ("Police arrested 88 suspects in March, compared with 102 in February. In Kirkuk, police detained 21 of the suspects.", 0),
    ("Police arrested 102 suspects in February. In Anbar, police detained 21 of the suspects.", 0),
    ("Police arrested 88 suspects in March. Police arrested 102 suspects in February. "
     "In Anbar, police detained 21 of the suspects.", 1),
])
def test_dates_classes20_share_is_not_of_the_compared_count(nlp, text, want):
    assert by_count(nlp, text, "part_of", "2024-04-03")["21"] == want
