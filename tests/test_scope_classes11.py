"""opstally_scope, round 11: classes the cold scope11 batch and the held-out error kinds showed
(docs/scope-rule.md, rulings of the scope11 round). One phrasing table per class; the rows vary the
words the rule keys on (the lead-in, the heading's tally word, the window, the place words, what ends
the window, the day and the operation's words, the year's words), the order and the names."""
import pytest

from section5_helpers import published_events, scope_of, scopes_by_count


# ---- ruling 1: a bulletin's window stated once at the top reaches its lines at named places ------------

@pytest.mark.parametrize("text,count", [
    ("During the past week our forces carried out the following:\nCommandos killed 6 terrorists in the "
     "Wadi Houran area of Anbar.", "6"),
    ("Over the past month, the command achieved these results:\nEngineers dismantled 22 explosive devices "
     "near Baiji.", "22"),
    ("In the period from 1 to 7 June, the units of the army recorded the following:\nTroops detained 11 "
     "suspects in Tarmiyah.", "11"),
    ("Operations summary, 3-9 May\nFederal Police detachments arrested 14 wanted persons in Kirkuk.", "14"),
    ("Weekly bulletin (10-16 August)\nThe CTS destroyed 9 hideouts in the Hamrin mountains.", "9"),
    ("Outcome of security operations, 14–20 September\nPolice officers seized 40 rifles in Basra.", "40"),
    ("Results for March 2-8\nJets carried out 7 airstrikes on caves near Makhmour.", "7"),
])
def test_scope_a_bulletins_window_reaches_lines_at_named_places(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [  # what ends it: a dated incident, a new title, a separate incident
    ("During the past week our forces carried out the following:\nTroops killed 5 militants in Tarmiyah.\n"
     "Separately, police arrested 3 suspects in Mosul.", "3"),
    ("Weekly bulletin (1-7 June)\nThe army destroyed 9 hideouts in the Hamrin mountains.\nOther news\n"
     "Police arrested 4 smugglers in Basra.", "4"),
    ("Over the past month, our units achieved these results:\nEngineers dismantled 22 devices near Baiji.\n"
     "On Thursday, jets struck a cave near Tuz Khurmatu, killing 4 terrorists.\nPolice detained 6 suspects "
     "in Samarra.", "6"),
    ("Operations summary, 3-9 May\nPolice arrested 14 wanted persons in Kirkuk.\nIn another incident, "
     "gunmen killed 2 shepherds near Hawija.", "2"),
    ("Results for 1-7 May\nThe army killed 8 militants in Anbar.\nIn an unrelated development, a bomb wounded "
     "3 civilians in Baghdad.", "3"),
])
def test_scope_a_bulletins_window_ends_at_a_new_occasion_or_title(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [  # a news digest's title is no force's tally: its items are reports
    ("Weekly security roundup, 1-7 June\nPolice arrested 4 suspects in Basra.", "4"),
    ("Syria Update — Week of 12–18 June\nThe Military Council detained 14 people in al-Zir.", "14"),
    ("Situation Summary, 1–15 January\nThe militia lost 8 fighters near al-Shula.", "8"),
    ("Weekly digest: 3-9 May\nTroops killed 3 gunmen near Rutba.", "3"),
])
def test_scope_a_news_digests_title_frames_no_narrated_line(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


# ---- ruling 3: a day of an operation is one day, not a span ---------------------------------------------

@pytest.mark.parametrize("text,counts", [
    ("On the fourth day of Operation Victory Will, troops killed 5 militants near Rutba.", ["5"]),
    ("PMF fighters killed 3 Daesh members west of Samarra on the first day of the operation.", ["3"]),
    ("The third day of the offensive ended with 5 terrorists killed and 8 caves destroyed.", ["5", "8"]),
    ("On the fifth day of the sweep, army units searched 14 villages and destroyed 6 hideouts.", ["14", "6"]),
    ("As the operation entered its third day on Wednesday, engineers dismantled 14 roadside bombs.", ["14"]),
    ("The campaign entered its second week on Sunday, when jets struck 9 caves in the Hamrin hills.", ["9"]),
    ("The army freed 12 villages in the fourth day of Operation Desert Dawn, killing 20 militants.", ["12", "20"]),
    ("In the second day of Operation Northern Shield, police arrested 7 suspects near Hawija.", ["7"]),
    ("Fighters cleared 9 hamlets during the third day of Operation Iron Gate, the PMF said.", ["9"]),
    ("The Hashd announced the liberation of 6 villages in the first day of Operation Dawn of Tal Afar.", ["6"]),
])
def test_scope_a_day_of_an_operation_is_an_incident(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert [scopes.get(c) for c in counts] == ["incident"] * len(counts), scopes


@pytest.mark.parametrize("text,count", [  # the operation's age still makes a present perfect a running total
    ("The campaign, now in its fifth month, has destroyed 350 hideouts.", "350"),
    ("As the operation entered its third week, the forces have cleared 40 villages.", "40"),
    ("The offensive, which has entered its second month, has killed 120 militants so far.", "120"),
    ("Now in its tenth day, the operation has netted 65 suspects.", "65"),
])
def test_scope_an_operations_age_keeps_a_present_perfect_cumulative(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


# ---- ruling 2: a whole year's total is a year-in-review total (cumulative) --------------------------------

@pytest.mark.parametrize("text,count,end", [
    ("In 2020, the forces carried out 2,430 operations, the command said.", "2,430", "2020-12-31"),
    ("Throughout 2023, the SDF detained 640 suspects.", "640", "2023-12-31"),
    ("The army killed 312 militants last year, the lowest annual figure since 2017.", "312", "2023-12-31"),
    ("According to the report, 2022 recorded 87 attacks by the group.", "87", "2022-12-31"),
    ("The year 2021 saw the coalition conduct 29 airstrikes in Iraq.", "29", "2021-12-31"),
    ("The ministry's end-of-year figures show that troops killed 187 militants in 2022.", "187", "2022-12-31"),
])
def test_scope_a_whole_years_total_is_cumulative(nlp, text, count, end):
    (ev,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert (ev["scope"], ev.get("date")) == ("cumulative", end)


# ---- ruling 4: a place's line under a tally takes the tally's scope, a running total's too ----------------

@pytest.mark.parametrize("text,counts,scope", [
    ("Since January, the Asayish has arrested 210 suspects. By province:\n- Erbil: 90 detained\n"
     "- Sulaimani: 70 detained", ["90", "70"], "cumulative"),
    ("Since the start of the operation, the forces have destroyed 80 hideouts:\n- Anbar: 50 hideouts destroyed\n"
     "- Nineveh: 30 hideouts destroyed", ["50", "30"], "cumulative"),
    ("So far this year the SDF has detained 412 suspects, broken down as follows:\n* Deir ez-Zor: 230 "
     "detained\n* Raqqa: 182 detained", ["230", "182"], "cumulative"),
    ("Police arrested 48 suspects in March. Arrests by province:\n- Erbil: 19 arrested\n- Duhok: 12 arrested",
     ["19", "12"], "period"),
    ("Weekly bulletin, 3-9 May\nArrests by province:\n- Anbar: 12 suspects arrested\n- Diyala: 9 suspects "
     "arrested", ["12", "9"], "period"),
])
def test_scope_a_places_line_takes_its_tallys_scope(nlp, text, counts, scope):
    scopes = scopes_by_count(nlp, text)
    assert [scopes.get(c) for c in counts] == [scope] * len(counts), scopes


@pytest.mark.parametrize("text,count", [  # a running total's sentence without a list opener frames no line
    ("Since January, the Asayish has arrested 210 suspects.\n- Erbil: 9 detained on Sunday", "9"),
    ("Since 2014, the coalition has killed 8,000 fighters.\nIn Mosul, police arrested 4 suspects.", "4"),
    ("The forces have destroyed 80 hideouts since the operation began.\nKirkuk: 3 soldiers wounded in an "
     "ambush", "3"),
    ("So far this year the SDF has detained 412 suspects.\nNear Hajin, 2 cell members were killed.", "2"),
])
def test_scope_a_running_totals_sentence_without_a_list_frames_no_line(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


# ---- ruling 6: a sentence that goes on with the occasion told before a background window -----------------

@pytest.mark.parametrize("text,count", [
    ("Two fighters were killed on Saturday night near Tarmiyah.\nThe PMF lost 9 fighters in similar attacks "
     "last month.\nReinforcements later combed the area and detained 2 suspects.", "2"),
    ("Gunmen killed a shepherd near Hawija on Sunday.\nSuch attacks killed 14 people in May.\nAfterwards, "
     "police arrested 3 suspects in the village.", "3"),
    ("A bomb hit a patrol near Baiji on Tuesday.\nIn the past week, 6 soldiers died in such blasts.\nAfter "
     "the attack, troops detained 4 men.", "4"),
    ("ISIS fighters ambushed a convoy near Rutba on Friday.\nThe group killed 20 soldiers in the desert in "
     "April.\nFollowing the ambush, jets subsequently struck 5 hideouts.", "5"),
])
def test_scope_a_sentence_going_on_with_the_occasion_leaves_a_background_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [  # "later in the month", "two days later" point to no occasion
    ("During May, the army killed 14 militants.\nLater in the month, troops detained 9 suspects.", "9"),
    ("Over the past week, police arrested 12 suspects.\nThree days later they seized 4 rifles.", "4"),
])
def test_scope_later_in_a_window_keeps_it(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


# ---- ruling 1: a lead-in that states the window by its length takes the dates of the title above it ---------

@pytest.mark.parametrize("text,count,dates", [
    ("Operations summary, 3-9 May 2024\nDuring the past week our forces carried out the following:\nTroops "
     "killed 6 terrorists in Anbar.", "6", ("2024-05-09", "2024-05-03")),
    ("Weekly Operations Report (1 – 7 June 2024)\nThe outcome of the operations carried out over the past "
     "seven days was as follows:\nPolice arrested 19 suspects in Diyala.", "19", ("2024-06-07", "2024-06-01")),
    ("Monthly bulletin for 1-30 April 2024\nOver the past month, the command achieved these results:\nJets struck "
     "12 caves in the Hamrin hills.", "12", ("2024-04-30", "2024-04-01")),
    ("Results for May 20-26, 2024\nIn the last week, our units recorded the following:\nEngineers dismantled "
     "40 explosive devices near Baiji.", "40", ("2024-05-26", "2024-05-20")),
])
def test_scope_a_lead_in_takes_the_dates_of_the_title_above_it(nlp, text, count, dates):
    (ev,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert (ev["scope"], ev.get("date"), ev.get("period_start")) == ("period", *dates)
