"""opstally_scope, round 8: classes the cold scope8 batch showed (docs/scope-rule.md, decisions of
the scope8 round). One phrasing table per class; phrasings vary register, order, verbs and names."""
import pytest

from section5_helpers import published_events, scopes_by_count


# ---- a running total's verb that spans a window to its figure: the window is the total's ----------

@pytest.mark.parametrize("text,count", [
    ("The raids take the toll of militants killed by Iraqi aircraft this year to 64, the cell added.", "64"),
    ("That takes the number detained by the department this year to 41, the statement said.", "41"),
    ("Sunday's ambush brings the number of soldiers killed in the province this month to 23, officials said.", "23"),
    ("The police said 3 gunmen were killed on Sunday, taking the number of militants killed in Kirkuk "
     "this year to 38.", "38"),
    ("The latest arrests raise the tally of suspects held by Asayish in al-Hol this month to about 90.", "about 90"),
])
def test_scope_a_total_brought_to_a_figure_past_a_window_is_cumulative(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "cumulative"


@pytest.mark.parametrize("text,count,scope", [  # the toll of one attack, or a plain window, is no running total
    ("Two more soldiers died of their wounds, taking the number of soldiers killed in the checkpoint attack "
     "to 7.", "7", "incident"),
    ("Police arrested 14 smugglers in Basra this month.", "14", "period"),
    ("Police recovered 3 more bodies on Monday, raising the toll of people killed in the ambush to 9.", "9",
     "incident"),
    ("Turkish drones carried out 31 strikes in Duhok this year, the council said.", "31", "period"),
])
def test_scope_the_toll_of_one_attack_or_a_plain_window_keeps_its_scope(nlp, text, count, scope):
    assert scopes_by_count(nlp, text).get(count) == scope


# ---- an operation still going on, stated by its age: its counts are running totals ----------------

@pytest.mark.parametrize("text,count", [
    ("The campaign in the Houran valley, now in its fifth month, has destroyed 350 ISIS hideouts.", "350"),
    ("The offensive, now in its third week, has retaken 17 villages from ISIS, the SDF said.", "17"),
    ("The sweep of the Hamrin hills, which entered its second month on Sunday, has netted 120 suspects.", "120"),
    ("Now in its 10th day, the operation has killed 44 militants in the Jazira desert.", "44"),
    ("The crackdown, now entering its fourth week, has led to the arrest of 75 people in Hasakah.", "75"),
])
def test_scope_an_operation_stated_by_its_age_gives_running_totals(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "cumulative"


# ---- a heading's window in other words frames the bare tally lines under it -----------------------

@pytest.mark.parametrize("text,counts", [
    ("Weekly security summary: 30 October – 5 November\nNineveh\n- 3 ISIS suspects arrested\n"
     "- 2 weapons caches seized\nKirkuk\n- 6 hideouts destroyed", ("3", "2", "6")),
    ("Police round-up, 12 May to 18 May\n- 14 suspects detained\n- 3 car bombs defused", ("14", "3")),
    ("Operations between 2 June and 8 June\nAnbar: 9 militants killed\nDiyala: 4 hideouts destroyed", ("9", "4")),
    ("Coalition partners conducted the following operations against Daesh during the first week of January:\n"
     "Iraq: 5 partnered raids; 2 Daesh members killed; 9 detained.\n"
     "Syria: 11 partnered raids; 6 Daesh members killed; 17 detained.", ("5", "2", "9", "11", "6", "17")),
    ("Results for the second week of March:\n- 8 tunnels destroyed\n- 21 suspects arrested", ("8", "21")),
])
def test_scope_a_heading_window_in_other_words_frames_its_lines(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "period" for c in counts), scopes


# ---- a statement right after a count's sentence says which window its figures cover ---------------

@pytest.mark.parametrize("text,counts", [
    ("Iraqi forces killed 23 ISIS militants and arrested 41 suspects in operations across five provinces, "
     "the Joint Operations Command said on Thursday. The figures cover the first half of June, a spokesman said.",
     ("23", "41")),
    ("The SDF detained 58 people and killed 4 cell members in Deir ez-Zor, its media centre said. "
     "The numbers cover operations between 1 and 7 May.", ("58", "4")),
    ("Asayish units seized 12 rifles and arrested 30 smugglers in Hasakah. The statistics cover the month of "
     "April, the force said.", ("12", "30")),
    ("Police in Basra arrested 19 drug dealers, a spokesman said. The figures covered the past week.", ("19",)),
    ("Peshmerga engineers destroyed 9 tunnels in Qarachogh. The tally covers the period from 10 to 16 March.",
     ("9",)),
])
def test_scope_a_window_the_next_sentence_says_the_figures_cover_is_theirs(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "period" for c in counts), scopes


@pytest.mark.parametrize("text,count", [  # a statement that points ahead, or one past a paragraph, does not
    ("Police arrested 5 men in Basra on Sunday. The figures below cover 1 to 7 May:\n- 12 suspects detained", "5"),
    ("Troops killed 3 gunmen near Hawija.\n\nThe figures cover the month of April, the army said.", "3"),
    ("Gunmen killed 2 shepherds near Daquq. Police then published a report. Its figures cover March.", "2"),
    ("The army destroyed 6 hideouts in the Hamrin hills. The following statistics cover the past week:\n"
     "- 40 suspects arrested", "6"),
])
def test_scope_a_cover_statement_ahead_or_apart_leaves_the_count(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"


# ---- a window carried through its paragraph does not reach one occasion told on its own -----------

LEAD = "The SDF said its units detained 41 ISIS suspects over the past week in Deir ez-Zor. "


@pytest.mark.parametrize("tail,count", [
    ("In one raid, commandos killed 3 militants in al-Busayrah.", "3"),
    ("In one of the raids, commandos killed 3 militants in al-Busayrah.", "3"),
    ("During one operation near Dhiban, troops killed 3 gunmen.", "3"),
    ("An IED planted by the group wounded 2 fighters near Hajin.", "2"),
    ("A roadside bomb killed 4 soldiers on the Kharata road.", "4"),
    ("ISIS gunmen killed 2 SDF fighters at a checkpoint near Hajin.", "2"),
    ("Militants struck back, killing 5 council fighters at an army post in Diban.", "5"),
])
def test_scope_one_occasion_told_after_a_window_is_an_incident(nlp, tail, count):
    scopes = scopes_by_count(nlp, LEAD + tail)
    assert scopes.get("41") == "period" and scopes.get(count) == "incident", scopes


@pytest.mark.parametrize("text,count", [  # the tally's own lines keep the window
    (LEAD + "Its units also killed 6 cell members.", "6"),
    (LEAD + "The raids also netted 9 rifles and 2 car bombs.", "9"),
    ("Over the past month, police arrested 40 suspects at checkpoints across Kirkuk.", "40"),
    ("Turkish drones carried out 31 strikes in Duhok in the past week, one of them on a car near Amadiya.", "31"),
])
def test_scope_a_tally_that_names_no_single_occasion_keeps_its_window(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "period"


# ---- a total adverb that opens the sentence sums its counts past "while" ---------------------------

@pytest.mark.parametrize("text,counts", [
    ("In all, 519 suspects were detained and 37 militants were killed, while the forces lost 29 fighters.",
     ("519", "37", "29")),
    ("Overall, troops killed 40 militants in the Hamrin hills, whereas police lost 6 officers.", ("40", "6")),
    ("All told, the coalition flew 300 sorties, while allied ground forces detained 120 suspects.", ("300", "120")),
    ("Altogether, the Peshmerga cleared 14 villages while engineers destroyed 90 bombs.", ("14", "90")),
])
def test_scope_an_opening_total_adverb_sums_the_whole_sentence(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "cumulative" for c in counts), scopes


@pytest.mark.parametrize("text,count,scope", [
    ("In all, the SDF captured 12 fighters in the raid on Sunday, while 2 fighters were wounded.", "2", "incident"),
    ("In total, 83 people were arrested; police also seized 4 rifles in a raid on Sunday.", "4", "incident"),
    ("Police arrested 7 men in Basra on Monday; in all, 30 have been detained there since May.", "7", "incident"),
    ("Troops killed 5 gunmen near Hawija, while in all 11 soldiers were wounded in Kirkuk last month.", "5",
     "incident"),
])
def test_scope_a_total_adverb_not_opening_or_dated_leaves_the_other_counts(nlp, text, count, scope):
    assert scopes_by_count(nlp, text).get(count) == scope


# ---- a present-perfect count of fighting still going on is a running total ------------------------

@pytest.mark.parametrize("text,count", [
    ("ISIS has lost more than 5,000 fighters in the battle for Mosul, a coalition general said.", "more than 5,000"),
    ("The new arrests mean 230 suspects have now been detained in the campaign.", "230"),
    ("With Sunday's raid, the SDF has now detained 412 people in the al-Hol operation.", "412"),
    ("Iraqi forces have killed 900 militants in the fighting, the general said.", "900"),
    ("The militia has lost 40 fighters in the fighting around Kasab prison, which is in its fifth day.", "40"),
    ("Engineers have already defused 900 bombs left in the old city, the governor said.", "900"),
])
def test_scope_a_present_perfect_count_of_ongoing_fighting_is_cumulative(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "cumulative"


@pytest.mark.parametrize("text,count,scope", [  # simple past, a stated span, a phase: not a running total
    ("Troops killed 8 militants in the battle for Hajin.", "8", "incident"),
    ("The army said 1,200 militants had been killed in the month-long offensive.", "1,200", "period"),
    ("Our forces have killed 374 attackers during the seven-day battle.", "374", "period"),
    ("Units pushed west in the operation's sixth phase. The army has cleared 1,200 square kilometres of desert.",
     "1,200", "incident"),
])
def test_scope_a_past_or_spanned_count_of_an_operation_keeps_its_scope(nlp, text, count, scope):
    assert scopes_by_count(nlp, text).get(count) == scope


# ---- a window stated in other words in a heading or the sentence before frames the counts after it --

@pytest.mark.parametrize("text,counts,scope", [
    ("October in numbers\n- 14 militants killed\n- 30 suspects detained", ("14", "30"), "period"),
    ("September saw a drop in attacks. Militants carried out 17 attacks across Kirkuk and killed 6 soldiers.",
     ("6",), "period"),
    ("A look back at April: the SDF detained 63 suspects and killed 7 militants.", ("63", "7"), "period"),
    ("Over the reporting period, the SDF detained 63 suspects in Deir ez-Zor.", ("63",), "period"),
    ("In the review period, coalition jets carried out 22 strikes.", ("22",), "period"),
    ("Here are the results of the past week's operations.\nTroops killed 14 militants and arrested 38 suspects.",
     ("14", "38"), "period"),
    ("Statistics for 2023\nThe Peshmerga lost 11 fighters and detained 92 suspects.", ("11", "92"), "cumulative"),
    ("2022 in review\n- 310 hideouts destroyed\n- 48 militants killed", ("310", "48"), "cumulative"),
])
def test_scope_a_heading_or_opening_window_in_other_words_frames_the_counts(nlp, text, counts, scope):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == scope for c in counts), scopes


@pytest.mark.parametrize("text,count", [  # a month that only dates, or a time, is no heading window
    ("Updated: May 14, 2024 | 12:30\nPolice arrested 3 suspects in Basra on Monday.", "3"),
    ("On March 3, troops killed 2 gunmen near Hawija.", "2"),
    ("Published 09:15 | Gunmen killed 4 shepherds near Daquq, police said.", "4"),
    ("In a raid that October saw praised by officials, police arrested 6 smugglers on Sunday.", "6"),
])
def test_scope_a_month_that_only_dates_frames_nothing(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"


# ---- a table's "Label | N" lines, a month's results named as a noun, a sum across places ----------

@pytest.mark.parametrize("text,counts", [
    ("Weekly outcome of SDF security operations (17–23 June)\nSuspects detained | 21\nCell members killed | 2\n"
     "Weapons caches seized | 4", ("21", "2", "4")),
    ("Police figures, 3-9 May\nSuspects detained | 40\nRifles seized | 12", ("40", "12")),
    ("The unit also published its July results: 36 operations, 58 suspects detained and 5 militants killed.",
     ("58", "5")),
    ("September's tally was grim: ISIS cells killed 14 soldiers and wounded 20 in Kirkuk.", ("14", "20")),
    ("The October figures show 26 strikes and 9 militants killed.", ("26", "9")),
    ("Counter-Terrorism Service: results of operations from 1 to 15 October\n"
     "The service carried out 23 operations in Anbar, Kirkuk and Salahuddin, it said.\n- 18 terrorists were killed",
     ("23", "18")),
])
def test_scope_table_lines_month_results_and_sums_across_places_take_the_window(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "period" for c in counts), scopes


@pytest.mark.parametrize("text,count", [  # a range heading does not frame a line that narrates at one place
    ("Weekly brief, 3-9 June\n- Muthanna: Iraqi Air Force aircraft bombed 3 ISIS hideouts in the desert near "
     "al-Salman.", "3"),
    ("Digest, 1-7 May\n22 Feb — Diyala: Peshmerga units swept the gap near Kifri, clearing 6 villages.", "6"),
    ("Results, 10-16 March\nIn Tal Afar, police arrested 4 suspects in a raid on a farm.", "4"),
    ("Week of 2-8 April\nThe army killed 5 gunmen at a checkpoint near Hawija, officers said.", "5"),
])
def test_scope_a_range_heading_leaves_a_narrated_place_line(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"


# ---- the dates of the new windows: a week of a month, and a pointer back to a date's window --------

@pytest.mark.parametrize("text,count,end,start", [
    ("Coalition partners conducted the following operations during the first week of January 2024:\n"
     "Iraq: 5 partnered raids; 2 Daesh members killed.", "5", "2024-01-07", "2024-01-01"),
    ("During the second week of March, the SDF detained 17 suspects.", "17", "2024-03-14", "2024-03-08"),
    ("In the last week of May, police arrested 30 suspects in Basra.", "30", "2024-05-31", "2024-05-25"),
    ("Results for the third week of April:\n- 8 tunnels destroyed", "8", "2024-04-21", "2024-04-15"),
])
def test_scope_a_week_of_a_named_month_ends_on_its_last_day(nlp, text, count, end, start):
    ev = next(e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count)
    assert (ev["scope"], ev["date"], ev.get("period_start")) == ("period", end, start), ev


@pytest.mark.parametrize("text,count,end", [
    ("Troops killed 6 militants over the weekend in Salahuddin.\nEngineers destroyed 14 bombs during the same "
     "period.", "14", "2024-06-09"),
    ("Police detained 40 suspects over the weekend, officials said. In the same period they seized 9 rifles.",
     "9", "2024-06-09"),
    ("The SDF killed 5 cell members over the weekend in Hajin. Over the same days, it detained 12.", "12",
     "2024-06-09"),
    ("Jets struck 30 hideouts over the weekend. During this period, 8 militants were killed.", "8", "2024-06-09"),
])
def test_scope_a_pointer_back_to_a_dated_window_ends_where_it_ends(nlp, text, count, end):
    ev = next(e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count)
    assert (ev["scope"], ev["date"]) == ("period", end), ev
