"""opstally_scope, round 9: classes the cold scope9 batch showed (docs/scope-rule.md, decisions of
the scope9 round). One phrasing table per class; the rows vary the words the rule keys on (the
date's form, the bullet, the dash, the verb of saying, the pointer, the window), not only names."""
import pytest

from section5_helpers import published_events, scope_of, scopes_by_count


# ---- a timeline's dated line: the date labels the line, it is no day range ------------------------

@pytest.mark.parametrize("text,count,day", [
    ("Key incidents since January 20:\n• Jan. 21 – 7 soldiers killed when their bus was ambushed near "
     "al-Sukhna.", "7", "2024-01-21"),
    ("Timeline of the month:\n- March 14 - 12 suspects were arrested in a raid on a farm near Hawija", "12",
     "2024-03-14"),
    ("Chronology\n* Feb. 3 — Iraqi jets carry out 9 strikes on caves in the Hamrin hills.", "9", "2024-02-03"),
    ("What happened since the start of April:\n· April 22 – 4 tunnels blown up by engineers in the Qarachogh "
     "hills.", "4", "2024-04-22"),
    ("Recent attacks, according to the Observatory:\n• May 29 – 3 shepherds killed by a landmine near "
     "Doubayan.", "3", "2024-05-29"),
])
def test_scope_a_timeline_line_is_an_incident_on_its_day(nlp, text, count, day):
    (ev,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert (ev["scope"], ev["date"]) == ("incident", day)


@pytest.mark.parametrize("text,count,day", [  # a date line with its time of day labels no line
    ("12 June 2024 - 10:14\nThirteen soldiers were killed on Saturday when militants attacked a checkpoint.",
     "Thirteen", "2024-06-08"),
    ("June 12, 2024 – 08:40 Police arrested 6 suspects on Monday in Kirkuk.", "6", "2024-06-10"),
    ("Published 12 June 2024 - 16:05 Troops killed 4 militants on Tuesday near Hawija.", "4", "2024-06-11"),
    ("12/06/2024 – 09:30\nThe army destroyed 5 hideouts on Sunday in the Makhul hills.", "5", "2024-06-09"),
])
def test_scope_a_date_line_with_a_time_labels_no_line(nlp, text, count, day):
    (ev,) = [e for e in published_events(nlp, text, "2024-06-12") if e["count"]["text"] == count]
    assert ev["date"] == day


@pytest.mark.parametrize("text,count", [  # a day range stays a period window
    ("Weekly summary, June 3 – 9\n- 12 militants killed\n- 4 tunnels destroyed", "12"),
    ("The SDF detained 21 people between June 3 and 9, 2024.", "21"),
    ("From May 1 - 7 the army destroyed 15 hideouts in the Makhul mountains.", "15"),
    ("Police detained 30 suspects from May 12 to 18 across Kirkuk.", "30"),
])
def test_scope_a_day_range_stays_a_period(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


# ---- a pointer back that opens a reported clause keeps the tally's window -------------------------

@pytest.mark.parametrize("text,count", [
    ("Police arrested 27 people during the past month.\nThe statement, issued in Kurdish, said the detainees "
     "included 4 foreign nationals.", "4"),
    ("The Asayish detained 40 suspects in March.\nIts spokesman added that among those held were 6 women.", "6"),
    ("Troops arrested 55 wanted men over the past week.\nThe ministry noted that those detained included 9 "
     "leaders of cells.", "9"),
    ("Over the past 48 hours the CTS captured 18 militants.\nA statement released in Arabic stated that of "
     "those arrested, 5 were senior figures.", "5"),
    ("The SDF detained 31 people during May.\nA spokesman told reporters the detainees included 3 Iraqi "
     "nationals.", "3"),
])
def test_scope_a_reported_pointer_back_keeps_the_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [  # a reported clause that narrates at a named place is its own occasion
    ("Police arrested 27 people during the past month.\nThe ministry said troops also seized 5 rifles in a "
     "workshop in Tal Kayf.", "5"),
    ("The SDF detained 31 people during May.\nThe statement, issued in Arabic, added that a patrol killed 2 "
     "gunmen near Hajin on Sunday.", "2"),
    ("Troops arrested 55 wanted men last week.\nOfficers said they found 3 caches at a farm in Tarmiyah.", "3"),
    ("Police detained 30 smugglers over the past week.\nAn officer said that the forces arrested 67 persons "
     "near the district of Gwer.", "67"),
    ("The Asayish detained 40 suspects in March.\nIts spokesman noted that 7 more suspects were arrested in a "
     "raid in Shaddadi on April 2.", "7"),
])
def test_scope_a_reported_clause_at_a_named_place_stays_an_incident(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


# ---- a reported past perfect is no present perfect: it does not go on with a running total ----------

@pytest.mark.parametrize("text,count", [
    ("Fighting has killed 25 people since it erupted on Sunday.\nOn Tuesday alone, 9 died near Dhiban.\n"
     "The SDF said its forces had detained 16 gunmen.", "16"),
    ("Since 2014 the coalition has carried out 30,000 strikes.\nThe army said its units had destroyed 8 "
     "hideouts in the desert.", "8"),
    ("The toll has risen to 60 since the start of the month.\nThe council said 12 militants had been killed "
     "in the clashes.", "12"),
    ("Since the offensive began, troops have retaken 40 villages.\nThe commander told reporters his men had "
     "freed 150 civilians.", "150"),
])
def test_scope_a_reported_past_perfect_stays_an_incident(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


# ---- a lead-in that states a span and ends with ':' gives it to the bare tally lines of its list -----

@pytest.mark.parametrize("text,counts", [
    ("The JOC announced the results of the second phase of Operation Heroes of Iraq, which lasted five days:\n"
     "- 11 terrorists killed\n- 27 hideouts destroyed", ("11", "27")),
    ("Outcome of the Hamrin sweep, which ran for ten days:\n- 9 militants killed\n- 14 caves destroyed", ("9", "14")),
    ("The SDF published the toll of the al-Hol campaign, which went on for three weeks:\n* 226 suspects detained\n"
     "* 4 women freed", ("226", "4")),
    ("Results of the fourth stage, that lasted 6 days, in the Jazira desert:\n• 5 terrorists killed\n"
     "• 30 hideouts destroyed", ("5", "30")),
])
def test_scope_a_spanned_lead_in_frames_its_list(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert [scopes.get(c) for c in counts] == ["period"] * len(counts)


@pytest.mark.parametrize("text,count", [  # a span in a sentence that opens no list frames no narrative line
    ("The offensive, which lasted five days, ended on Sunday.\nTroops found 3 caches in a farm near Hit.", "3"),
    ("The sweep of the Makhul hills, which ran for ten days, is over.\nOn Monday, police arrested 8 suspects in "
     "Baiji.", "8"),
    ("The battle, which went on for three weeks, left the town in ruins.\nEngineers defused 40 bombs in the old "
     "market on Friday.", "40"),
    ("Clashes which lasted 2 days ended in a truce:\nA patrol killed 4 gunmen near Hajin on Sunday.", "4"),
])
def test_scope_a_span_frames_no_narrative_line(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"
