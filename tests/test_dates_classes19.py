"""Window date classes of the dates19 round (docs/scope-rule.md, "dates19 round"): "last week's" and
"last month" without "the" (ruling 1), a named month "over the course of" or "the whole of" (ruling 2), a week
named by its first day or by a range after "the week" (ruling 3), "During the period" under a title's week
(ruling 4), a headline's window from its repeat (ruling 5), a month before an occasion's noun (ruling 6) and
parts of "the month", two or three weeks of a month and its opening week (ruling 7)."""
import pytest

from section5_helpers import published_event

PUB = "2024-05-15"  # a Wednesday


def _window(nlp, text, count, pub=PUB):
    ev = published_event(nlp, text, count, pub)
    return ev["date"], ev["date_precision"], ev.get("period_start")


@pytest.mark.parametrize("text,want", [
    ("Last week's raids in the Hamrin valley netted 7 suspects, police said.", ("2024-05-08", "week", None)),
    ("In last week's operations, Peshmerga units arrested 7 smugglers near Gwer.", ("2024-05-08", "week", None)),
    ("Troops killed 7 militants during last week's sweeps in the Anbar desert.", ("2024-05-08", "week", None)),
    ("During last week, the Asayish detained 7 cell members in Qamishli.", ("2024-05-08", "week", None)),
    ("Last week's figures:\n- 7 militants killed\n- 12 hideouts destroyed", ("2024-05-08", "week", None)),
    ("During last month, federal police arrested 7 wanted men in Tarmiyah.", ("2024-04-30", "month", "2024-04-01")),
    ("Last month's figures show 7 militants killed in Diyala.", ("2024-04-30", "month", "2024-04-01")),
    ("Previous month:\n- 7 militants killed\n- 12 hideouts destroyed", ("2024-04-30", "month", "2024-04-01")),
])
def test_dates_classes19_calendar_last_week_or_month(nlp, text, want):
    assert _window(nlp, text, "7") == want


@pytest.mark.parametrize("text", [
    "In the last week, the Asayish detained 7 cell members in Qamishli.",
    "The SDF lost 7 fighters in the last week of fighting near Baghouz.",
    "Over the past week, troops killed 7 militants in the Anbar desert.",
    "This week's raids in the Hamrin valley netted 7 suspects, police said.",
])
def test_dates_classes19_rolling_week_stays_to_the_document_date(nlp, text):
    assert _window(nlp, text, "7")[0] == PUB


@pytest.mark.parametrize("text", [
    "Over the course of April, the army killed 9 militants in the Hamrin mountains.",
    "Federal police detained 9 suspects in Kirkuk in the course of April.",
    "During the whole of April, jets struck 9 hideouts near Rutba.",
    "For the entire month of April, the SDF reported 9 cell members captured in Hasakah.",
])
def test_dates_classes19_named_month_in_other_words(nlp, text):
    assert _window(nlp, text, "9") == ("2024-04-30", "month", "2024-04-01")


@pytest.mark.parametrize("text,want", [
    ("During the week of May 6, troops killed 8 militants near Tuz.", ("2024-05-12", "week", "2024-05-06")),
    ("In the week beginning 6 May, the Asayish arrested 8 suspects in Kalar.", ("2024-05-12", "week", "2024-05-06")),
    ("For the week starting Monday 6 May, police reported 8 arrests in Mosul.", ("2024-05-12", "week", "2024-05-06")),
    ("Federal police arrested 8 wanted men in Kirkuk in the week beginning 6 May, a statement said on Wednesday.",
     ("2024-05-12", "week", "2024-05-06")),
    ("Jets destroyed 8 caves in the Qarachogh range in the week of 6-12 May.", ("2024-05-12", "day", "2024-05-06")),
    ("Troops killed 8 militants near Tuz during the week from 6 to 12 May.", ("2024-05-12", "day", "2024-05-06")),
    ("The SDF detained 8 cell members during the week between May 6 and May 12.", ("2024-05-12", "day", "2024-05-06")),
])
def test_dates_classes19_week_named_by_its_days(nlp, text, want):
    assert _window(nlp, text, "8") == want


@pytest.mark.parametrize("title", [
    "Kurdistan Region Security Council weekly statement, 6-12 May",
    "Asayish weekly report (6–12 May 2024)",
    "Security roundup: 6 to 12 May",
    "Weekly operations summary, May 6-12",
])
def test_dates_classes19_the_period_under_a_titled_week(nlp, title):
    text = title + "\nDuring the period, Asayish forces arrested 11 suspected ISIS members in Kirkuk."
    assert _window(nlp, text, "11")[0] == "2024-05-12"


@pytest.mark.parametrize("text", [
    "Iraq says 64 held in month-long crackdown\nIraqi police detained 64 people suspected of ISIS links during April, the ministry said.",
    "Kirkuk police say 64 suspects arrested in monthly tally\nKirkuk police arrested 64 suspects in April, a police source said.",
    "Coalition: 64 strikes in a month\nThe Coalition conducted 64 strikes in Iraq and Syria in April, it said in its monthly report.",
    "SDF says 64 cell members held this month\nThe SDF detained 64 cell members in Deir ez-Zor during April, the SDF said.",
])
def test_dates_classes19_headline_takes_its_repeats_window(nlp, text):
    assert _window(nlp, text, "64") == ("2024-04-30", "month", "2024-04-01")


@pytest.mark.parametrize("text,date", [
    ("In one of the April raids, officers seized 3 suicide vests in Erbil.", "2024-04-30"),
    ("The April raids netted 3 suspects in the Daratu neighbourhood, police said.", "2024-04-30"),
    ("Gunmen killed 3 soldiers in a March ambush near Tarmiyah, the army said.", "2024-03-31"),
    ("A February bombing in the market wounded 3 civilians, police said.", "2024-02-29"),
])
def test_dates_classes19_month_before_an_occasion(nlp, text, date):
    assert _window(nlp, text, "3")[:2] == (date, "month")


@pytest.mark.parametrize("text", [
    "An ISIS cell, which carried out the March attack on a checkpoint, was hit by a strike that killed 3 of its members.",
    "Police arrested 3 men behind the March bombing in the Hawija market.",
    "Troops detained 3 suspects wanted for the April killings of shepherds near Rashad.",
    "Police detained 3 men over the March attack on a checkpoint near Dibis.",
])
def test_dates_classes19_month_of_a_past_deed_dates_no_count(nlp, text):
    assert _window(nlp, text, "3")[:2] == (PUB, "week")


@pytest.mark.parametrize("text,want", [
    ("Troops killed 5 militants in Diyala in the first half of the month.", ("2024-05-15", "month", "2024-05-01")),
    ("In April, the army killed 40 militants. In the first half of the month, troops arrested 5.",
     ("2024-04-15", "month", "2024-04-01")),
    ("Jets struck 5 hideouts near Rutba in the first two weeks of May.", ("2024-05-14", "month", "2024-05-01")),
    ("Police arrested 5 suspects in Mosul in the last two weeks of April.", ("2024-04-30", "month", "2024-04-17")),
    ("The SDF detained 5 cell members in the first three weeks of April.", ("2024-04-21", "month", "2024-04-01")),
    ("Peshmerga units killed 5 militants near Gwer in the opening week of May.", ("2024-05-07", "week", "2024-05-01")),
])
def test_dates_classes19_parts_of_a_month(nlp, text, want):
    assert _window(nlp, text, "5") == want


@pytest.mark.parametrize("text,want", [
    ("On Monday last week, Peshmerga units killed 6 militants near Gwer.", ("2024-05-06", "day")),
    ("Police arrested 6 suspects in Tarmiyah on Tuesday last week.", ("2024-05-07", "day")),
    ("Gunmen killed 6 soldiers near Tuz on Thursday night last week.", ("2024-05-09", "day")),
    ("Jets struck 6 hideouts in the Hamrin range on Saturday of last week.", ("2024-05-11", "day")),
    ("On Sunday last week, the Asayish detained 6 cell members in Qamishli.", ("2024-05-08", "week")),
])
def test_dates_classes19_weekday_of_last_week(nlp, text, want):
    assert _window(nlp, text, "6")[:2] == want


@pytest.mark.parametrize("text,pub,want", [
    ("The ministry said in its monthly report that federal police arrested 112 suspects.", "2024-05-04",
     ("2024-04-30", "month", "2024-04-01")),
    ("According to the monthly tally, the Asayish detained 112 people in Sulaimani.", "2024-03-02",
     ("2024-02-29", "month", "2024-02-01")),
    ("Monthly statistics: federal police arrested 112 suspects in Anbar and Salahuddin", "2024-01-08",
     ("2023-12-31", "month", "2023-12-01")),
    ("The SDF's monthly summary said its units captured 112 cell members in Deir ez-Zor.", "2024-07-10",
     ("2024-06-30", "month", "2024-06-01")),
])
def test_dates_classes19_monthly_report_early_in_a_month(nlp, text, pub, want):
    assert _window(nlp, text, "112", pub) == want


@pytest.mark.parametrize("text,pub,date", [
    ("The ministry said in its monthly report that federal police arrested 112 suspects.", "2024-05-20", "2024-05-20"),
    ("The ministry said in its weekly report that federal police arrested 112 suspects.", "2024-05-04", "2024-05-04"),
    ("According to the monthly tally, the Asayish detained 112 people in Sulaimani in March.", "2024-05-04", "2024-03-31"),
    ("The Coalition said in a monthly summary that partner forces captured 112 operatives this month.", "2024-05-04",
     "2024-05-04"),
])
def test_dates_classes19_monthly_report_that_keeps_its_window(nlp, text, pub, date):
    assert _window(nlp, text, "112", pub)[0] == date


@pytest.mark.parametrize("text,date", [
    ("US forces and partners conducted 5 operations in Syria last week. The operations resulted in 4 ISIS operatives "
     "killed.", "2024-05-08"),
    ("Jets carried out 12 strikes in Iraq last week. These strikes destroyed 4 caves in the Hamrin range.", "2024-05-08"),
    ("Federal police raided farms near Tarmiyah last month. Those raids netted 4 wanted men, police said.", "2024-04-30"),
    ("The Asayish carried out 9 operations in Hasakah in the week of 6-12 May. The operations led to the arrest of 4 "
     "suspects.", "2024-05-12"),
])
def test_dates_classes19_pointer_back_to_a_closed_window(nlp, text, date):
    assert _window(nlp, text, "4")[0] == date


@pytest.mark.parametrize("text", [
    "Jets carried out 12 strikes in Iraq this week. These strikes destroyed 4 caves in the Hamrin range.",
    "The operations resulted in 4 ISIS operatives killed, CENTCOM said.",
    "Troops raided farms near Tarmiyah. The raids netted 4 wanted men, police said.",
    "Jets carried out 12 strikes in Iraq over the past week. The strikes destroyed 4 caves in the Hamrin range.",
])
def test_dates_classes19_pointer_back_without_a_closed_window(nlp, text):
    assert _window(nlp, text, "4")[0] == PUB


@pytest.mark.parametrize("text,pub,date", [
    ("KRI & Kirkuk Security Digest — week 38\n- Kirkuk: The CTS raided a hideout in Wadi al-Shay, killing 3 militants.",
     "2021-09-27", "2021-09-26"),
    ("Weekly brief, Week 19\nIn the past week, Iraqi forces killed 3 militants in Anbar.", "2024-05-15", "2024-05-12"),
    ("Syria security roundup (week #19)\n- Hasakah: the Asayish detained 3 cell members near Shaddadi.",
     "2024-05-14", "2024-05-12"),
    ("Iraq brief, wk 19\n- Diyala: gunmen killed 3 shepherds near Mandali.", "2024-05-13", "2024-05-12"),
])
def test_dates_classes19_title_names_an_iso_week(nlp, text, pub, date):
    assert _window(nlp, text, "3", pub)[0] == date


def test_dates_classes19_week_of_an_operation_is_no_iso_week(nlp):
    text = "Operation update: week 3 of the offensive\n- Anbar: troops killed 4 militants near Rutba."
    assert _window(nlp, text, "4", "2024-05-15")[0] == "2024-05-15"


@pytest.mark.parametrize("text,date", [
    ("Troops launched a raid on a farm near Tarmiyah on Monday. The raid ended with the arrest of 5 suspects.",
     "2024-05-13"),
    ("Gunmen attacked a checkpoint near Tuz on Monday. Soldiers returned fire and killed 5 of the attackers.",
     "2024-05-13"),
    ("The army began a sweep of the Hamrin foothills on Monday. Troops found 5 weapons caches, the army said.",
     "2024-05-13"),
    ("Police raided a house in Mosul on Monday. Officers seized 5 explosive belts inside it.", "2024-05-13"),
])
def test_dates_classes19_occasion_day_still_dates_its_details(nlp, text, date):
    assert _window(nlp, text, "5")[0] == date
