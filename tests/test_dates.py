"""Document and event dates (opstally_dates, opstally.datetext): meta, datelines, mentions, windows."""
import datetime as dt

import pytest

from opstally.extract import extract_records
from opstally.datetext import meta_date, parse_date_value
from opstally.inputs import InputDoc

PUB = "2024-03-06"  # a Wednesday


def _record(nlp, text, meta=None, date_key=None):
    (rec,) = extract_records(nlp, [InputDoc("t", text, meta or {})], date_key=date_key)
    return rec


def _event(nlp, text, count, meta=None):
    rec = _record(nlp, text, {"published": PUB} if meta is None else meta)
    return next(e for e in rec["events"] if e["count"]["text"] == count)


@pytest.mark.parametrize("meta,expected", [
    ({"date": "2024-03-05"}, "2024-03-05"),
    ({"published": "2024-03-05T08:12:00Z"}, "2024-03-05"),
    ({"publish_date": "Tue, 05 Mar 2024 08:12:00 GMT"}, "2024-03-05"),
    ({"datetime": "05/03/2024"}, "2024-03-05"),
    ({"source": "Shafaq News"}, None),
    ({"date": "not a date"}, None),
])
def test_dates_meta(meta, expected):
    assert meta_date(meta) == expected


@pytest.mark.parametrize("meta,expected", [
    ({"pubDate": "Tue, 05 Mar 2024 08:12:00 GMT"}, "2024-03-05"),  # RSS
    ({"datePublished": "2024-03-05T08:12:00+03:00"}, "2024-03-05"),  # schema.org
    ({"published_at": "05.03.2024"}, "2024-03-05"),
    ({"Publication Date": "March 5, 2024"}, "2024-03-05"),
    ({"Date": "2024/03/05"}, "2024-03-05"),
    ({"release_date": "5 March 2024"}, "2024-03-05"),
    ({"firstPublished": "2024-03-05T13:05:41Z", "provider": "AFP"}, "2024-03-05"),
    ({"agency": "SANA", "time": "2024-03-05 16:42"}, "2024-03-05"),
    ({"updated": "2024-03-07", "published": "2024-03-05"}, "2024-03-05"),  # an update time only where no publication key reads
    ({"report_period": "Q1 2024", "released": "April 10, 2024"}, "2024-04-10"),
    ({"crawled_at": "2024-04-01", "source": "Rudaw"}, None),  # a crawl is no publication
    ({"date": "not a date", "pubdate": "2024-03-05"}, "2024-03-05"),
])
def test_dates_meta_key_variants(meta, expected):
    assert meta_date(meta) == expected


def test_dates_meta_date_key_first():
    assert meta_date({"crawled": "2024-04-01", "date": "2024-03-05"}, "crawled") == "2024-04-01"
    assert meta_date({"date": "2024-03-05"}, "missing") == "2024-03-05"


@pytest.mark.parametrize("value,expected", [
    ("2019-03-03", dt.date(2019, 3, 3)), ("3 March 2019", dt.date(2019, 3, 3)),
    ("March 3, 2019 10:00", dt.date(2019, 3, 3)), (20190303, None), ("", None),
    ("-0001-01-01", None), ("-2019-03-03", None), ("+002019-03-03", None), (" -0044-03-15T00:00:00Z", None),
    # Arabic outlets' English pages: an Arabic comma, Arabic-Indic or Persian digits
    ("11 April\u060c 2019", dt.date(2019, 4, 11)), ("\u0661\u0661/\u0660\u0664/\u0662\u0660\u0661\u0669", dt.date(2019, 4, 11)),
    ("\u06f2\u06f0\u06f2\u06f3-\u06f0\u06f5-\u06f1\u06f4", dt.date(2023, 5, 14)), ("Tuesday\u060c 5 March\u060c 2024", dt.date(2024, 3, 5)),
])
def test_dates_parse_value(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize("text,expected", [
    ("BAGHDAD, March 3, 2019 (Reuters) - Iraqi forces killed 5 militants.", "2019-03-03"),
    ("Published: 2019-03-03\n\nIraqi forces killed 5 militants.", "2019-03-03"),
    ("Security forces raid hideouts\nSunday 3 March 2019\n\nIraqi forces killed 5 militants.", "2019-03-03"),
    ("03/03/2019 | 10:14\nIraqi forces killed 5 militants in Anbar.", "2019-03-03"),
    ("ERBIL (Agency) — 14 April 2021 — Peshmerga forces cleared 3 villages.", "2021-04-14"),
    ("Kurdistan24 | 18-11-2024 | Security\n\nPeshmerga forces cleared 3 villages.", "2024-11-18"),
    ("Weekly digest (23–29 May 2022)\n\nCompiled by the desk — 30 May 2022\n\nForces killed 5 militants.", "2022-05-30"),
    ("Statement\n\nThe operation concluded today, Sunday 23/8/2020, and forces killed 5 militants.", "2020-08-23"),
])
def test_dates_document_date_from_text(nlp, text, expected):
    assert _record(nlp, text)["date"] == expected


@pytest.mark.parametrize("text", [
    "Iraqi forces killed 5 militants near Rutba.",
    "BAGHDAD, March 3 (Reuters) - Iraqi forces killed 5 militants.",  # no year: not guessed
    "The 2019 campaign ended. Iraqi forces killed 5 militants.",
])
def test_dates_document_date_none(nlp, text):
    rec = _record(nlp, text)
    assert rec["date"] is None
    assert all(e["date"] is None and e["date_precision"] is None for e in rec["events"])


def test_dates_meta_wins_over_text(nlp):
    rec = _record(nlp, "BAGHDAD, March 3, 2019 (Reuters) - Iraqi forces killed 5 militants.", {"date": "2019-03-04"})
    assert rec["date"] == "2019-03-04" and rec["meta"] == {"date": "2019-03-04"}


def test_dates_date_key(nlp):
    rec = _record(nlp, "Iraqi forces killed 5 militants.", {"crawled_at": "2024-01-02"}, date_key="crawled_at")
    assert rec["date"] == "2024-01-02" and rec["events"][0]["date"] == "2024-01-02"


@pytest.mark.parametrize("text,count,date,precision", [
    ("On Sunday, Iraqi forces killed 5 militants near Rutba.", "5", "2024-03-03", "day"),
    ("Iraqi forces killed 7 militants on Wednesday.", "7", "2024-03-06", "day"),
    ("Yesterday the SDF captured 8 fighters near Hajin.", "8", "2024-03-05", "day"),
    ("The Peshmerga destroyed 4 tunnels on 2 March.", "4", "2024-03-02", "day"),
    ("Iraqi forces killed 9 militants on March 1, 2024.", "9", "2024-03-01", "day"),
    ("Iraqi forces arrested 11 suspects on 28/02/2024.", "11", "2024-02-28", "day"),
    ("The army seized 6 vehicles on December 30.", "6", "2023-12-30", "day"),
    ("Last week, Iraqi forces killed 7 militants.", "7", "2024-02-28", "week"),
    ("Iraqi forces destroyed 12 hideouts in Anbar.", "12", PUB, "week"),
])
def test_dates_incident(nlp, text, count, date, precision):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"], ev["period_start"]) == (date, precision, None)


@pytest.mark.parametrize("text,count,date,start", [
    ("Since 2015 the coalition has carried out 900 strikes in Syria.", "900", PUB, "2015-01-01"),
    ("Since March 2023, the SDF has captured 120 fighters.", "120", PUB, "2023-03-01"),
    ("The coalition has conducted 34,000 strikes to date.", "34,000", PUB, None),
    ("In January 2024, the ISF arrested 43 suspects.", "43", "2024-01-31", "2024-01-01"),
    ("During February, the ISF arrested 40 suspects.", "40", "2024-02-29", "2024-02-01"),
    ("In March, the ISF arrested 10 suspects.", "10", PUB, "2024-03-01"),
    ("Between March 1 and March 5, Iraqi forces killed 9 militants.", "9", "2024-03-05", "2024-03-01"),
    ("In the past week, Iraqi forces destroyed 14 tunnels.", "14", PUB, None),
    ("In 2023, the coalition carried out 1,200 strikes in Iraq and Syria.", "1,200", "2023-12-31", "2023-01-01"),
])
def test_dates_windows(nlp, text, count, date, start):
    ev = _event(nlp, text, count)
    assert ev["scope"] != "incident"
    assert (ev["date"], ev["period_start"]) == (date, start)


@pytest.mark.parametrize("text", [
    "Iraqi forces killed 5 militants, the ministry said on Monday.",
    "Iraqi forces killed 5 militants near Rutba, officials announced yesterday.",
    "The army said on March 1, 2024 that Iraqi forces had killed 5 militants.",
])
def test_dates_reporting_date_is_not_the_event_date(nlp, text):
    ev = _event(nlp, text, "5")
    assert (ev["date"], ev["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count,date,precision", [
    ("On Sunday, Iraqi forces raided a village and killed 5 militants. They also seized 3 rifles.", "3",
     "2024-03-03", "day"),
    ("Iraqi forces kill 5 militants in Anbar\n\nIraqi forces killed 5 militants in Anbar on Monday.", "5",
     "2024-03-04", "day"),
    ("Yesterday the SDF captured 8 fighters. The fighters had 2 rifles, and the SDF seized 2 rifles.", "2",
     "2024-03-05", "day"),
])
def test_dates_carried_from_context(nlp, text, count, date, precision):
    rec = _record(nlp, text, {"published": PUB})
    ev = next(e for e in rec["events"] if e["count"]["text"] == count)
    assert (ev["date"], ev["date_precision"]) == (date, precision)


@pytest.mark.parametrize("dayfirst,expected", [(True, "2024-04-03"), (False, "2024-03-04")])
def test_dates_dayfirst_config(dayfirst, expected):
    import spacy
    from opstally.pipeline import add_opstally_components

    nlp = spacy.blank("en")
    add_opstally_components(nlp)
    nlp.replace_pipe("opstally_dataset", "opstally_dataset", config={"dayfirst": dayfirst})
    doc = nlp.make_doc("03/04/2024\nIraqi forces killed 5 militants.")
    assert nlp(doc)._.opstally_date == expected


def test_dates_parallel_and_long_documents_keep_dates(nlp):
    docs = [InputDoc(str(i), f"On Sunday Iraqi forces killed {i + 2} militants.", {"seen": "2024-03-06"})
            for i in range(6)]
    serial = list(extract_records(nlp, docs, batch_size=2, date_key="seen"))
    parallel = list(extract_records(nlp, docs, batch_size=2, n_process=2, date_key="seen"))
    assert serial == parallel and all(r["date"] == PUB and r["events"][0]["date"] == "2024-03-03" for r in serial)
    text = "Published: 2024-03-06\n\n" + "Iraqi forces killed 5 militants on Sunday. " * 40
    old = nlp.max_length
    nlp.max_length = 300
    try:
        (rec,) = extract_records(nlp, [InputDoc("long", text, {})])
    finally:
        nlp.max_length = old
    assert rec["date"] == PUB and len(rec["events"]) == 40
    assert {e["date"] for e in rec["events"]} == {"2024-03-03"}
    assert all(e["same_as"] is None or e["same_as"] < i for i, e in enumerate(rec["events"]))


@pytest.mark.parametrize("text,count,expected", [
    ("Our forces raided an ISIS hideout near Dhiban before dawn on Tuesday.\n\n"
     "The raid ended with the arrest of 3 cell members.", "3", "2024-03-05"),
    ("In an operation carried out on Monday, the CTS targeted a den in Wadi al-Shay. "
     "The operation resulted in the killing of 6 terrorists.", "6", "2024-03-04"),
    ("Militants attacked a Peshmerga post east of Kirkuk yesterday. Two Peshmerga were wounded in the attack.",
     "Two", "2024-03-05"),
])
def test_dates_a_line_without_a_count_dates_the_details_after_it(nlp, text, count, expected):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (expected, "day")


@pytest.mark.parametrize("text,count", [
    ("Security Media Cell\n6 March 2024\n\nIraqi forces killed 4 militants near Rutba.", "4"),
    ("Updated: Mar 6, 2024, 9:34 AM\nThe army destroyed 3 tunnels in Hamrin.", "3"),
    ("SDF Press Center | 06.03.2024\n\nOur fighters captured 5 mercenaries in Hajin.", "5"),
])
def test_dates_a_date_line_does_not_date_the_incidents(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count,expected", [
    ("SOUTHWEST ASIA - On Dec. 3, Coalition military forces conducted 31 strikes in Syria.", "31", "2023-12-03"),
    ("On Feb. 24, Iraqi forces killed 7 militants near Rutba.", "7", "2024-02-24"),
    ("Coalition forces continued to strike ISIS on Jan. 2, conducting 19 strikes across Syria.", "19", "2024-01-02"),
])
def test_dates_an_abbreviated_month_dates_the_count(nlp, text, count, expected):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (expected, "day")


@pytest.mark.parametrize("text,expected", [
    ("Army kills 3 Daesh members in Hamrin cave\n\nIraqi troops killed three militants in the Hamrin mountains on Monday.",
     "2024-03-04"),
    ("Diyala: 4 Hashd fighters killed in attack on Mutaibija post\n\n"
     "Militants attacked a Hashd post on Sunday, killing four fighters.", "2024-03-03"),
    ("Federal Police seize 40 IEDs in Hawija orchards\n\nFederal Police found 40 explosive devices yesterday.",
     "2024-03-05"),
])
def test_dates_a_headline_takes_the_day_of_its_lead(nlp, text, expected):
    rec = _record(nlp, text, {"published": PUB})
    head = rec["events"][0]
    assert (head["date"], head["date_precision"]) == (expected, "day")


def test_dates_a_headline_without_a_dated_lead_keeps_the_week(nlp):
    rec = _record(nlp, "Army kills 3 Daesh members in Hamrin\n\nTroops killed three militants in the mountains.",
                  {"published": PUB})
    assert (rec["events"][0]["date"], rec["events"][0]["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count", [
    ("Turkish jets struck 28 targets around al-Bab overnight, the army said.", "28"),
    ("Air defences shot down three drones launched from Idlib overnight.", "three"),
    ("Overnight, Iraqi troops killed 4 militants in the Hamrin hills.", "4"),
])
def test_dates_overnight_is_recent_past_not_a_day(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"], ev["scope"]) == (PUB, "week", "incident")


def test_dates_overnight_stops_a_tally_window(nlp):
    rec = _record(nlp, "In the past week the ISF killed 30 militants. Overnight, troops killed 4 more near Rutba.",
                  {"published": PUB})
    assert [e["scope"] for e in rec["events"]] == ["period", "incident"]


# a dateline without a year takes the year the page dates itself by (docs/record-format.md)
@pytest.mark.parametrize("text,expected", [
    ("BAGHDAD, March 5 (Reuters) - Iraqi forces killed 5 militants in Anbar.\n\n© 2019 Reuters", "2019-03-05"),
    ("Tuesday, 5 March | Iraqi troops killed 4 Daesh gunmen near Tarmiyah.\nCopyright 2017–2019 INA", "2019-03-05"),
    ("By Hana Salih · (c) Rudaw 2021\nERBIL, Nov. 9 (Rudaw) — Peshmerga units defused 7 bombs near Makhmour.",
     "2021-11-09"),
    ("Mar 5 — The coalition struck 3 tunnels in the Hamrin hills.\n© North Press Agency 2024 · Privacy", "2024-03-05"),
    ("QAMISHLI, Aug. 21 (ANHA) — SDF fighters detained 12 suspects in Hasakah.\nCOPYRIGHT © 2022 ANHA",
     "2022-08-21"),
])
def test_dates_yearless_dateline_takes_the_page_year(nlp, text, expected):
    assert _record(nlp, text)["date"] == expected


# ... never a year the running text mentions, nor one a named weekday contradicts
@pytest.mark.parametrize("text", [
    "BAGHDAD, March 5 (Reuters) - Iraqi forces killed 5 militants. The offensive began in 2019.",
    "ERBIL, Nov. 9 (Rudaw) — Peshmerga units defused 7 bombs, the most since 2014.",
    "Mar 5 — The coalition struck 3 tunnels, a year after the 2023 floods.",
    "Tuesday, 5 March | Troops killed 4 gunmen near Tarmiyah.\n© 2020 INA",  # 5 March 2020 was a Thursday
    "Monday, 5 March | Troops killed 4 gunmen near Tarmiyah.\nCopyright 2019 INA",  # ... 2019: a Tuesday
])
def test_dates_yearless_dateline_without_a_page_year_is_null(nlp, text):
    rec = _record(nlp, text)
    assert rec["date"] is None and all(e["date"] is None for e in rec["events"])


# with metadata, a dateline that contradicts it dates nothing; one that agrees dates its incidents
@pytest.mark.parametrize("text,count,date,precision", [
    ("Friday, 12 January | Iraqi forces killed 4 militants near Rutba.", "4", PUB, "week"),
    ("Jan 12 | The army destroyed 3 tunnels in Hamrin.", "3", PUB, "week"),
    ("KIRKUK, Iraq, Feb. 2 | Police arrested 6 suspects in Hawija.", "6", PUB, "week"),
    ("Sunday 18 February | SDF fighters captured 5 mercenaries in Hajin.", "5", PUB, "week"),
    ("Tuesday, 5 March | Iraqi forces killed 4 militants near Rutba.", "4", "2024-03-05", "day"),
    ("Wednesday 6 March | The army destroyed 3 tunnels in Hamrin.", "3", PUB, "day"),
])
def test_dates_dateline_disagreeing_with_metadata_dates_nothing(nlp, text, count, date, precision):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (date, precision)
