"""opstally_scope, round 17: an audit of patterns/scope.jsonl's free slots (docs/scope-rule.md, "scope17: pattern
audit"). Each table holds invented sentences that a row's loose slot (`[a-z]+`, `[\\w\\s-]{0,50}?`, an optional
word) took in before the audit, with the row's intended reading beside them so that it stays."""
import pytest

from section5_helpers import scopes_by_count


def _scope(nlp, text, count):
    found = scopes_by_count(nlp, text)
    assert count in found, found
    return found[count]


# a lead time before an operation noun ("a day after an operation") is no span stated by its length
@pytest.mark.parametrize("text,count,scope", [
    ("A day after an operation in Tarmiya, police arrested 4 suspects.", "4", "incident"),
    ("A week before a sweep of the Hamrin hills, troops killed 6 militants near Tuz.", "6", "incident"),
    ("One month after a crackdown in Hawija, police detained 3 men.", "3", "incident"),
    ("A day before an offensive on the island, gunmen killed 2 farmers near Samarra.", "2", "incident"),
    ("During the three-day security operation, troops killed 14 militants near Rutba.", "14", "period"),
    ("In a week-long military campaign, the army destroyed 22 hideouts.", "22", "period"),
])
def test_scope_audit_lead_time_before_operation_noun(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# an ordinal day before an operation noun is one day (scope11 ruling 3), not a length
@pytest.mark.parametrize("text,count,scope", [
    ("During the fourth-day sweep of the valley, soldiers killed 5 militants.", "5", "incident"),
    ("In the final day operation on Tuesday, commandos arrested 3 suspects.", "3", "incident"),
    ("In the second-day push on Wednesday, troops killed 7 militants near Hit.", "7", "incident"),
    ("During the 3rd-day offensive on Monday, jets destroyed 4 tunnels near Qaim.", "4", "incident"),
    ("During a two-day sweep, police detained 11 suspects near Baiji.", "11", "period"),
])
def test_scope_audit_ordinal_day_is_no_length(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# a unit's ordinal name is no ordinal that a "since" measures (the mask of scope14 ruling 3)
@pytest.mark.parametrize("text,count,scope", [
    ("The 20th Brigade has killed 45 militants since March.", "45", "cumulative"),
    ("The 5th Division has arrested 300 suspects since the start of the year.", "300", "cumulative"),
    ("The Third Army Corps has detained 120 people since January.", "120", "cumulative"),
    ("The 9th Armoured Division has destroyed 14 tunnels since April.", "14", "cumulative"),
    ("It was the deadliest attack since 2019, killing 9 soldiers.", "9", "incident"),
])
def test_scope_audit_unit_ordinal_before_since(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# a state word ("based", "active", "wanted") before a since: not when a verb and its count come between
@pytest.mark.parametrize("text,count,scope", [
    ("Forces based in Anbar have arrested 300 suspects since January.", "300", "cumulative"),
    ("Units active in Diyala have killed 80 militants since the start of the year.", "80", "cumulative"),
    ("Police have arrested 45 wanted men since January.", "45", "cumulative"),
    ("Security forces have detained 62 wanted suspects since March in Kirkuk.", "62", "cumulative"),
    ("Police arrested a financier who had operated in Hawija since 2016, seizing 2 rifles.", "2", "incident"),
    ("Police detained 2 men wanted under the anti-terrorism law since 2016.", "2", "incident"),
])
def test_scope_audit_state_before_since(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# "who said …" reports a count; it is no relative clause of a past occasion (scope14 ruling 4's mask)
@pytest.mark.parametrize("text,count,scope", [
    ("Officials quoted Yahya Rasool, who said forces killed 40 militants last month.", "40", "period"),
    ("He spoke to the commander, who said 12 suspects were arrested last week.", "12", "period"),
    ("Reporters met the governor, who told them police detained 9 smugglers last month.", "9", "period"),
    ("The statement cited General Ali, who added that jets destroyed 16 hideouts last week.", "16", "period"),
])
def test_scope_audit_who_said_reports(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# a founding verb with an object ("set up 5 checkpoints") is an action, not a unit's founding date
@pytest.mark.parametrize("text,count,scope", [
    ("Troops killed 14 militants and set up 5 checkpoints in Kirkuk last week.", "14", "period"),
    ("Police arrested 12 suspects and established 5 new checkpoints in 2023.", "12", "cumulative"),
    ("Troops killed 9 militants and formed 2 new units last month.", "9", "period"),
    ("Engineers defused 30 bombs and created a safe corridor last week.", "30", "period"),
    ("An army unit raised last year in the Hamrin foothills killed 2 militants on Monday.", "2", "incident"),
])
def test_scope_audit_founding_verb_with_object(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# "a number of …" is a vague quantity, not a running total that "hit" a figure
@pytest.mark.parametrize("text,count,scope", [
    ("A number of gunmen hit an army post near Tarmiya, killing 2 soldiers.", "2", "incident"),
    ("A number of rockets hit the base on Sunday, wounding 4 contractors.", "4", "incident"),
    ("A number of mortar shells hit the camp on Friday, killing 3 people.", "3", "incident"),
    ("A number of drones hit a checkpoint near Sinjar on Monday, wounding 5 fighters.", "5", "incident"),
    ("The number detained has now reached 90.", "90", "cumulative"),
])
def test_scope_audit_a_number_of_is_no_total(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# "days after X began", "a week into X" is an operation's age only when X is an operation
@pytest.mark.parametrize("text,count,scope", [
    ("Two days after the protests began, police detained 40 people in Nasiriyah.", "40", "incident"),
    ("A week into the trial, police arrested 3 more suspects.", "3", "incident"),
    ("Two days into the holiday, gunmen killed 4 shepherds near Tuz.", "4", "incident"),
    ("A day after the curfew began, police arrested 6 men in Kirkuk.", "6", "incident"),
    ("Three weeks after the offensive began, troops have killed 200 militants.", "200", "cumulative"),
    ("Two months into the operation, forces have detained 40 suspects.", "40", "cumulative"),
])
def test_scope_audit_age_of_an_operation_only(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# "on the anniversary of" inside a clause dates one occasion; fronted, it opens a stocktaking
@pytest.mark.parametrize("text,count,scope", [
    ("A car bomb killed 5 people on the third anniversary of the city's liberation.", "5", "incident"),
    ("Gunmen killed 7 pilgrims on the anniversary of the massacre.", "7", "incident"),
    ("Police arrested 3 suspects on the anniversary of the bombing in Karrada.", "3", "incident"),
    ("Militants wounded 4 soldiers on the tenth anniversary of the fall of Mosul.", "4", "incident"),
    ("On the second anniversary of its intervention, the ministry said 2,500 militants had been killed.", "2,500",
     "cumulative"),
])
def test_scope_audit_anniversary_in_a_clause(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# "Around N" opening a line is a count's approximation, not a place line ("Around Kirkuk, …")
@pytest.mark.parametrize("text,count,scope", [
    ("Around 300 suspects were arrested during the month, the ministry said.", "Around 300", "period"),
    ("Around 40 militants were killed over the past week in Anbar, the army said.", "Around 40", "period"),
    ("Around 25 hideouts were destroyed in the past month, the command said.", "Around 25", "period"),
    ("Around 60 suspects have been detained since January, police said.", "Around 60", "cumulative"),
])
def test_scope_audit_around_a_number_is_no_place(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# a foiled plan's mask stops at a conjunction: the clause after it is the count's own
@pytest.mark.parametrize("text,count,scope", [
    ("Troops foiled plans to attack Baghdad and killed 6 militants in the past week.", "6", "period"),
    ("Police thwarted a plot to bomb a market and arrested 9 suspects during the past month.", "9", "period"),
    ("Forces foiled a plan to storm the prison but killed 5 militants over the past week.", "5", "period"),
    ("Police uncovered plots to attack pilgrims and detained 11 suspects in the past month.", "11", "period"),
    ("Police arrested 3 men planning to attack pilgrims in Karbala during Ashura.", "3", "incident"),
])
def test_scope_audit_plan_mask_stops_at_conjunction(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# "After N hours," is a lead time before one action (scope14 ruling 2); "after N days of operations" a span
@pytest.mark.parametrize("text,count,scope", [
    ("After 12 hours, commandos stormed the house and killed 6 militants.", "6", "incident"),
    ("After three hours, police freed 4 hostages from the farm.", "4", "incident"),
    ("After two days, troops found 3 missing shepherds near Tuz.", "3", "incident"),
    ("After 10 hours, the gunmen released 5 workers near Kirkuk.", "5", "incident"),
    ("After ten days of operations, forces had killed 41 militants.", "41", "period"),
])
def test_scope_audit_after_hours_is_a_lead_time(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# an operation's first week named by its possessive is a part of it told later, like "the first week of the operation"
@pytest.mark.parametrize("text,count,scope", [
    ("Troops killed 40 militants in the operation's first week.", "40", "period"),
    ("Police detained 25 suspects during the campaign's first month.", "25", "period"),
    ("Jets destroyed 18 hideouts in the offensive's first week.", "18", "period"),
    ("Engineers defused 60 bombs during the sweep's first week.", "60", "period"),
])
def test_scope_audit_operation_possessive_first_week(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# Part 2, ruling 1: a date after the results a body announces dates the announcement, not the span's counts
@pytest.mark.parametrize("text,count,scope", [
    ("The SDF released the results of the first week of its campaign in Hasakah on Saturday, saying 41 suspects "
     "had been detained.", "41", "period"),
    ("The Asayish announced the figures of the last week of their crackdown in Raqqa on Tuesday, saying 17 cell "
     "members had been held.", "17", "period"),
    ("The Peshmerga ministry published the figures of the first week of the operation near Gwer on Monday, saying "
     "14 militants were killed.", "14", "period"),
    ("The army announced the final toll of the three-day sweep in the Hamrin hills on Thursday, saying 9 militants "
     "had been killed.", "9", "period"),
    ("The Counter-Terrorism Service announced the outcome of the raid in the Wadi Houran valley on Friday, saying "
     "6 militants were killed.", "6", "incident"),
    ("The army announced on Friday that troops killed 6 militants on Thursday.", "6", "incident"),
])
def test_scope_results_announced_on_a_day(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope


# Part 2, ruling 2: one sweep or one place taken, narrated by its verb, is one operation's action under a window
@pytest.mark.parametrize("text,count,scope", [
    ("Army troops swept the desert west of Rutba over the weekend, detaining 8 suspects, an official said.", "8",
     "incident"),
    ("The 9th Division took the airfield over the weekend, killing at least 30 militants along the way.",
     "at least 30", "incident"),
    ("Soldiers combed a valley near Tuz last week, arresting 3 suspects.", "3", "incident"),
    ("Federal Police searched the orchards of Jurf al-Nasr over the weekend, detaining 11 suspects.", "11",
     "incident"),
    ("Security forces swept 12 villages over the weekend, detaining 20 suspects.", "20", "period"),
    ("Security forces detained 20 suspects over the weekend in several provinces.", "20", "period"),
])
def test_scope_one_sweep_under_a_window(nlp, text, count, scope):
    assert _scope(nlp, text, count) == scope
