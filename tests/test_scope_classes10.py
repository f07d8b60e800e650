"""opstally_scope, round 10: classes the cold scope10 batch showed (docs/scope-rule.md, decisions of
the scope10 round). One phrasing table per class; the rows vary the words the rule keys on (the
total's verb and noun, the window, the bullet, the conjunction, the place words, the register), the
order and the names."""
import pytest

from section5_helpers import published_events, scope_of, scopes_by_count


# ---- a running total's verb counts only its figure: the count before it is that clause's own ---------

@pytest.mark.parametrize("text,own,total", [
    ("The ministry said that 5 PKK militants were neutralised in the Gara region, bringing the number "
     "neutralised since the beginning of the year to 412.", "5", "412"),
    ("Iraqi jets killed 9 militants in the Hamrin hills, taking the toll of fighters killed by the air force "
     "this year to 130, the cell said.", "9", "130"),
    ("Police arrested 14 suspects in Mosul, raising the total detained since January to 260.", "14", "260"),
    ("The SDF captured 6 cell members near Hajin, bringing to 95 the number of suspects held in the campaign.",
     "6", "95"),
    ("A drone strike killed 3 fighters, bringing to 48 the number of fighters killed since March, according to "
     "the monitor.",
     "3", "48"),
])
def test_scope_a_count_before_a_running_totals_verb_is_its_own(nlp, text, own, total):
    scopes = scopes_by_count(nlp, text)
    assert (scopes.get(own), scopes.get(total)) == ("incident", "cumulative"), scopes


# ---- a bare tally line that conjoins two counts: both take the heading's window ----------------------

@pytest.mark.parametrize("text,count", [
    ("Weekly outcome, 14-20 September\n- 17 hideouts and 3 tunnels destroyed", "3"),
    ("Results for 1-7 May:\n* 22 suspects arrested, 4 killed", "4"),
    ("Monthly figures (1 to 31 March)\n• 12 car bombs, 5 explosive belts dismantled", "5"),
    ("Outcome of the week, June 3 – 9\n- 40 rifles and 11 rocket launchers seized", "11"),
])
def test_scope_a_bare_lines_second_count_keeps_the_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


# ---- a sentence that sums over a country's provinces without naming them -----------------------------

@pytest.mark.parametrize("text,count", [
    ("Weekly outcome of security operations, 14–20 September\nOur forces carried out 312 operations in the "
     "provinces, which yielded the following:\n- 9 terrorists killed", "312"),
    ("Results for the period 1-7 May\nSecurity units executed 85 raids nationwide and arrested suspects.",
     "85"),
    ("Monthly bulletin (1 to 30 April)\nThe army conducted 140 operations in all governorates of the "
     "country.", "140"),
    ("Figures for June 3 – 9\nPolice launched 46 search operations throughout the various provinces.", "46"),
])
def test_scope_a_sum_over_the_provinces_takes_the_headings_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [  # one named place narrated under the heading stays an incident
    ("Weekly outcome, 14–20 September\nIn Kirkuk, police arrested 4 suspects in a raid on a farm near "
     "Hawija.", "4"),
    ("Results for 1-7 May\nOn Wednesday, jets struck a hideout in Wadi al-Shay, killing 3 terrorists.", "3"),
])
def test_scope_a_place_narrated_under_the_heading_stays_an_incident(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


# ---- an operation's toll that stands at a figure is a running total ----------------------------------

@pytest.mark.parametrize("text,count", [
    ("On Tuesday 14 suspects were detained.\nThe toll of SDF fighters killed in the operation stands at 3, "
     "it added.", "3"),
    ("The number of people detained during the campaign has now reached 90, the ministry said.", "90"),
    ("The tally of militants killed since the offensive began on Monday rose to 27, a commander said.", "27"),
    ("The count of hideouts destroyed in the ongoing sweep is now 61, officials said.", "61"),
])
def test_scope_an_operations_toll_that_stands_at_a_figure_is_cumulative(nlp, text, count):
    assert scope_of(nlp, text, count) == "cumulative"


def test_scope_one_attacks_toll_stays_an_incident(nlp):
    text = "The toll of soldiers killed in the checkpoint attack has reached 7, a police source said."
    assert scope_of(nlp, text, "7") == "incident"


# ---- a release's country subtotal after place lines keeps the release's window -----------------------

RELEASE = ("{lead}\n"
           "In Syria, Coalition forces conducted 9 strikes against ISIS targets.\n"
           "{bullet} Near Abu Kamal, 4 strikes destroyed 6 ISIS fighting positions.\n"
           "{bullet} Near Dashisha, 5 strikes engaged 2 ISIS tactical units.\n"
           "{country}")


@pytest.mark.parametrize("lead,bullet,country,count", [
    ("Between Oct. 3 and Oct. 9, Coalition forces conducted 14 strikes against ISIS.", "--",
     "In Iraq, Coalition forces conducted 5 strikes consisting of 7 engagements.", "7"),
    ("Over the past week, the Coalition carried out 21 strikes.", "-",
     "In Iraq, partner forces carried out 12 operations against the group.", "12"),
    ("From 1 to 7 May, CJTF-OIR conducted 30 strikes in Iraq and Syria.", "•",
     "In northern Iraq, coalition aircraft flew 17 sorties against ISIS hideouts.", "17"),
    ("During the week of June 3 – 9, the Coalition launched 26 strikes.", "*",
     "Inside Iraq, Coalition forces launched a total of 13 strikes on ISIS caves.", "13"),
])
def test_scope_a_country_subtotal_after_place_lines_keeps_the_window(nlp, lead, bullet, country, count):
    text = RELEASE.format(lead=lead, bullet=bullet, country=country)
    scopes = scopes_by_count(nlp, text)
    assert (scopes.get(count), scopes.get("4")) == ("period", "incident"), scopes


@pytest.mark.parametrize("bullet", ["--", "-", "•", "1."])
def test_scope_a_bulleted_place_line_is_no_total_for_the_country_line(nlp, bullet):
    """A bulleted place line ("-- Near Dashisha, 5 strikes") is a place's share, not a total the
    country's equal count repeats (patterns/links.jsonl clause_place)."""
    text = ("Between Oct. 3 and Oct. 9, Coalition forces conducted 14 strikes.\n"
            "In Syria, Coalition forces conducted 9 strikes.\n"
            f"{bullet} Near Dashisha, 5 strikes engaged 3 ISIS tactical units.\n"
            "In Iraq, Coalition forces conducted 5 strikes against ISIS targets.")
    events = [e for e in published_events(nlp, text, "2019-10-11") if e["count"]["text"] == "5"]
    assert [e.get("same_as") for e in events] == [None, None]
    assert [e["scope"] for e in events] == ["incident", "period"]


# ---- a report's window named by a phrase with its range in brackets: the range ends it ----------------

@pytest.mark.parametrize("text,count,start,end", [
    ("ISIS attacks killed 19 civilians in Iraq during the reporting period (1 April – 30 June), the UN mission "
     "said.", "19", "2024-04-01", "2024-06-30"),
    ("Police detained 41 suspects over the review period (June 3-9), the ministry said.", "41", "2024-06-03",
     "2024-06-09"),
    ("The SDF captured 12 cell members during the reporting period (from 20 May to 2 June).", "12", "2024-05-20",
     "2024-06-02"),
    ("In the review period (May 27 – June 2), jets carried out 9 strikes on caves in the Hamrin hills.", "9",
     "2024-05-27", "2024-06-02"),
])
def test_scope_a_bracketed_range_ends_the_reporting_period(nlp, text, count, start, end):
    (ev,) = [e for e in published_events(nlp, text, "2024-07-05") if e["count"]["text"] == count]
    assert (ev["scope"], ev["period_start"], ev["date"]) == ("period", start, end)
