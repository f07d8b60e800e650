"""Date classes of the dates13 round (docs/scope-rule.md, "dates13 round"): dateline forms, a separate
incident that the day told before does not date, a span's stated end day."""
import pytest

from opstally.extract import extract_records
from opstally.inputs import InputDoc

PUB = "2024-03-06"  # a Wednesday


def _record(nlp, text, meta=None):
    (rec,) = extract_records(nlp, [InputDoc("t", text, meta or {})])
    return rec


def _event(nlp, text, count):
    rec = _record(nlp, text, {"published": PUB})
    return next(e for e in rec["events"] if e["count"]["text"] == count)


@pytest.mark.parametrize("text,expected", [
    ("Peshmerga repel attack\nKurdistan24 — 28/12/2020\n\nPeshmerga forces killed 3 militants.", "2020-12-28"),
    ("Channel 8 | 05.11.2018\n\nThe Asayish arrested 4 suspects in Kalar.", "2018-11-05"),
    ("Shafaq 24 — 21.06.2021\n\nPMF units arrested 6 suspects in Tarmiyah.", "2021-06-21"),
    ("ERBIL, Kurdistan Region (2 May 2023) — The Asayish arrested 12 suspects.", "2023-05-02"),
    ("SULAIMANI, Kurdistan Region (14 March 2024) – Police detained 5 men in Kalar.", "2024-03-14"),
    ("DUHOK (9 January 2022) - Zeravani forces seized 3 rifles near Zakho.", "2022-01-09"),
])
def test_dates_classes13_dateline_forms(nlp, text, expected):
    assert _record(nlp, text)["date"] == expected


@pytest.mark.parametrize("text", [
    "Weekly digest (23–29 May 2022)\n\nForces killed 5 militants.",  # the end of a range in a title
    "Roundup 21 – 27 May 2022\nForces killed 5 militants.",
    "BAGHDAD (the week of 3 March) — Forces killed 5 militants.",
    "Issue 24 — the army killed 5 militants.",
])
def test_dates_classes13_no_dateline(nlp, text):
    assert _record(nlp, text)["date"] is None


@pytest.mark.parametrize("opener", [
    "Separately, the army said it had",
    "Elsewhere, army troops",
    "Meanwhile, army troops",
    "In an unrelated attack, gunmen",
    "In a separate incident, gunmen",
    "Meanwhile, near Kifri, gunmen",
])
def test_dates_classes13_separate_incident_takes_the_document_week(nlp, opener):
    text = f"On Monday, Peshmerga forces killed 4 militants near Makhmour. {opener} killed 3 soldiers near Daquq. " \
           "The attackers also wounded 2 civilians."
    first, second, third = (_event(nlp, text, n) for n in ("4", "3", "2"))
    assert (first["date"], first["date_precision"]) == ("2024-03-04", "day")
    assert (second["date"], second["date_precision"]) == (PUB, "week")
    assert (third["date"], third["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count", [
    ("On Monday, Peshmerga forces killed 4 militants near Makhmour. They also seized 3 rifles.", "3"),
    ("On Monday, coalition jets struck 4 targets near Hajin. Separately, near Raqqa, 3 strikes destroyed 2 boats.", "3"),
    ("On Monday, army troops killed 4 militants. The troops later arrested 3 suspects.", "3"),
    ("On Monday, army troops killed 4 militants. Separately, on Monday, police arrested 3 suspects.", "3"),
])
def test_dates_classes13_context_kept(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == ("2024-03-04", "day")


@pytest.mark.parametrize("text,count,date", [
    ("Iraqi troops killed 7 militants in a four-day sweep that ended on Sunday.", "7", "2024-03-03"),
    ("During the nine-day operation, which concluded on Monday, troops detained 31 suspects.", "31", "2024-03-04"),
    ("In the first phase, which ended on Saturday after ten days, troops destroyed 41 hideouts.", "41", "2024-03-02"),
    ("The SDF arrested 19 people in a three-day sweep that wrapped up on 1 March.", "19", "2024-03-01"),
    ("Over three days of fighting that came to an end on Tuesday, the army killed 12 militants.", "12", "2024-03-05"),
])
def test_dates_classes13_span_end_day(nlp, text, count, date):
    ev = _event(nlp, text, count)
    assert ev["scope"] == "period"
    assert (ev["date"], ev["date_precision"], ev["period_start"]) == (date, "day", None)


@pytest.mark.parametrize("text,count", [
    ("Iraqi troops killed 7 militants in a four-day sweep, officials said.", "7"),
    ("During the nine-day operation, troops detained 31 suspects.", "31"),
    ("In the past week, the army destroyed 14 tunnels; the campaign ended on Friday 8 March.", "14"),
    ("The offensive, which began on Sunday, has lasted three days; troops killed 12 militants over three days.", "12"),
])
def test_dates_classes13_span_without_end_day(nlp, text, count):
    ev = _event(nlp, text, count)
    assert ev["date"] == PUB


def _dated(nlp, text, count, published):
    (rec,) = extract_records(nlp, [InputDoc("t", text, {"published": published})])
    ev = next(e for e in rec["events"] if e["count"]["text"] == count)
    return ev["scope"], ev["date"], ev["date_precision"], ev["period_start"]


@pytest.mark.parametrize("text,count,published,date,start", [
    ("Iraqi forces killed 134 militants between January and September, the figures showed.", "134",
     "2023-10-02", "2023-09-30", "2023-01-01"),
    ("Between April and June, the SDF detained 86 ISIS members.", "86", "2021-07-20", "2021-06-30", "2021-04-01"),
    ("From October 2022 to March 2023, police arrested 40 suspects in Kirkuk.", "40", "2023-05-01", "2023-03-31",
     "2022-10-01"),
    ("Between November and February, the army killed 30 militants.", "30", "2024-03-10", "2024-02-29", "2023-11-01"),
    ("Between January and June 2021, ISIS cells killed 54 SDF fighters.", "54", "2021-07-05", "2021-06-30",
     "2021-01-01"),
])
def test_dates_classes13_month_range(nlp, text, count, published, date, start):
    assert _dated(nlp, text, count, published) == ("period", date, "month", start)


@pytest.mark.parametrize("text,count,published,date,start", [
    ("ISIS claimed 42 attacks in September. Troops also destroyed 29 hideouts over the month.", "29", "2021-10-04",
     "2021-09-30", "2021-09-01"),
    ("August 2022 review\nThe police arrested 31 suspects during the month.", "31", "2022-09-03", "2022-08-31",
     "2022-08-01"),
    ("The command published its July figures. Army units seized 12 rifles during the whole month.", "12",
     "2024-08-02", "2024-07-31", "2024-07-01"),
    ("The SDF's results for March: 40 raids. Three of its fighters were killed during the month.", "Three",
     "2024-04-01", "2024-03-31", "2024-03-01"),
    ("In May so far, police have arrested 9 men; 4 more were detained over the month.", "4", "2024-05-20",
     "2024-05-20", "2024-05-01"),
])
def test_dates_classes13_the_month_named_before(nlp, text, count, published, date, start):
    assert _dated(nlp, text, count, published) == ("period", date, "month", start)


def test_dates_classes13_the_month_without_a_named_month(nlp):
    assert _dated(nlp, "Troops destroyed 29 hideouts during the month.", "29", "2022-09-03") == (
        "period", "2022-09-03", "month", None)


@pytest.mark.parametrize("text,count,date", [
    ("The coalition said it had carried out 23 strikes over the previous day.", "23", "2024-03-05"),
    ("The coalition carried out 25 strikes near Raqqa over the previous three days.", "25", "2024-03-05"),
    ("In the preceding two days, the army killed 9 militants in the Hamrin hills.", "9", "2024-03-05"),
    ("Police detained 14 suspects during the previous 10 days, the ministry said.", "14", "2024-03-05"),
    ("Over the previous 24 hours the SDF detained 5 suspects.", "5", PUB),  # hours run up to the report
    ("In the past three days, the army killed 9 militants.", "9", PUB),
])
def test_dates_classes13_previous_days_end_the_day_before(nlp, text, count, date):
    ev = _event(nlp, text, count)
    assert ev["scope"] == "period" and ev["date"] == date and ev["period_start"] is None


@pytest.mark.parametrize("text,published,date", [
    ("Weekly: ISIS activity in Iraq, Dec. 21–27\n\nOver the past week, ISIS militants killed 7 soldiers.", "2020-12-28",
     "2020-12-27"),
    ("Weekly operations digest (23–29 May 2022)\n\nSecurity forces detained 47 suspects in the past week.", "2022-05-30",
     "2022-05-29"),
    ("Security roundup: 29 September – 5 October\nIn the past seven days, the army arrested 11 suspects.", "2025-10-07",
     "2025-10-05"),
    ("Iraq Security Brief — 14 to 20 November\nDuring the week, police arrested 12 suspects in Kirkuk.", "2022-11-21",
     "2022-11-20"),
])
def test_dates_classes13_past_week_under_a_dated_title(nlp, text, published, date):
    ev = next(e for e in _record(nlp, text, {"published": published})["events"])
    assert ev["scope"] == "period" and ev["date"] == date


@pytest.mark.parametrize("text,published", [
    ("Iraqi forces kill 3 militants on March 15\nIn the past week, the army arrested 11 suspects.", "2024-03-18"),
    ("Monthly digest (1–30 April)\nIn the past week, the army arrested 11 suspects.", "2024-05-02"),
    ("Weekly digest (23–29 May 2022)\nSecurity forces detained 47 suspects in the past month.", "2022-05-30"),
    ("Weekly digest (2–8 May 2022)\nSecurity forces detained 47 suspects in the past week.", "2022-05-30"),
])
def test_dates_classes13_past_week_without_a_dated_title(nlp, text, published):
    ev = next(e for e in _record(nlp, text, {"published": published})["events"] if e["count"]["text"] in ("11", "47"))
    assert ev["scope"] == "period" and ev["date"] == published
