"""opstally_scope, round 20: the held-out kinds read in the tally and strike-summary registers and in
news (docs/scope-rule.md, rulings of the scope20 round; components/scope_strikes.py, scope_clauses.py,
cues.one_occasion, patterns/scope.jsonl rows). One phrasing table per class, each with rows where
its reading must not reach."""
import pytest

from section5_helpers import scope_of, scopes_by_count


# ---- ruling 1: a tally's title by its cadence or its month frames its bare lines -------------------------

@pytest.mark.parametrize("text,counts", [
    ("Security Media Cell — weekly outcome\n\nTerrorists killed | 14\nWanted persons arrested | 37", ("14", "37")),
    ("Asayish weekly figures\n\nAnbar — 12 suspects arrested\nKirkuk — 9 suspects arrested", ("12", "9")),
    ("ISF weekly results (week 23)\n- 17 terrorists killed\n- 42 suspects arrested", ("17", "42")),
    ("Internal Security Forces\nMonthly statistics — October 2023\n\nSuspects arrested: 64\nWeapons seized: 88",
     ("64", "88")),
    ("Operations in numbers, May 2024\n\n31 operations carried out\n88 suspects detained", ("31", "88")),
    ("Counter-Terrorism Service: May operations\n\nThe service carried out 46 raids and its units killed 21 "
     "terrorists.", ("46", "21")),
])
def test_scope_a_cadence_or_month_title_frames_its_tally_lines(nlp, text, counts):
    for count in counts:
        assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count,scope", [
    ("The Air Force's monthly results show that F-16 jets carried out 41 strikes on hideouts.", "41", "period"),
    ("The directorate's half-yearly report says its units arrested 212 suspects.", "212", "period"),
    ("The ministry's semi-annual figures show that 57 militants were killed.", "57", "period"),
    ("The command's annual report says its units arrested 212 suspects.", "212", "cumulative"),
    # a headline with a verb over a narrated line keeps scope6 (d): past a paragraph, a named place
    ("Security Media Cell publishes weekly results\n\nThe cell said troops carried out 90 raids during the past "
     "week.\n\nTroops also found 3 weapons caches in Tarmiyah, north of Baghdad.", "3", "incident"),
])
def test_scope_a_report_cadence_in_other_words(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 2: an operation's launch date is no window of its running total ---------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Within Operation Claw-Lock, which was launched in April 2022, 1,840 terrorists have been neutralised so far.",
     "1,840", "cumulative"),
    ("The campaign, which was started in October 2023, has so far netted 63 suspects.", "63", "cumulative"),
    ("The sweep, launched last month, has so far cleared 41 villages, the army said.", "41", "cumulative"),
    ("The offensive, which was launched in March, has to date retaken 17 villages.", "17", "cumulative"),
    ("The operation was launched in March and troops killed 9 militants in March.", "9", "period"),
])
def test_scope_a_launch_date_leaves_the_running_total(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 3: an action ranked in an apposition is one occasion ------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Gunmen killed 4 members of a family in a village near Tarmiyah last week, police said, the third such attack "
     "in the province this month.", "4", "incident"),
    ("Militants killed 2 farmers near Khanaqin last week, the second such killing in the district in a month.",
     "2", "incident"),
    ("Unknown assailants shot dead 3 shepherds near Rutbah over the weekend — the latest such attack in Anbar.",
     "3", "incident"),
    ("ISIS fighters killed 5 truffle hunters near Palmyra last month, the fourth such attack this year.",
     "5", "incident"),
    ("Police arrested 31 suspects in Kirkuk last week, a police source said.", "31", "period"),
])
def test_scope_a_ranked_action_is_one_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 4: a watch kept since a date carries no running total ---------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The suspects had been under surveillance since January, the council said. Peshmerga forces have also "
     "killed 2 militants near Makhmour.", "2", "incident"),
    ("The cell had been monitored since March. Asayish officers have arrested 3 of its members in Erbil.",
     "3", "incident"),
    ("The men were under investigation since 2022. Police have detained 4 of them in Duhok.", "4", "incident"),
    ("The house had been watched since December. Officers have seized 6 rifles there.", "6", "incident"),
    ("Since January, the Asayish has arrested 140 suspects in Erbil.", "140", "cumulative"),
])
def test_scope_a_watch_since_a_date_is_no_running_total(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 5: a strike summary's place lines in other layouts ------------------------------------------

@pytest.mark.parametrize("text,incidents", [
    ("Jets carried out 27 strikes during the week. Details:\n- Mutaibijah: 4 strikes destroyed 6 hideouts.",
     ("4", "6")),
    ("Iraqi F-16s carried out 12 strikes over the past week. In the Hamrin mountains, 3 strikes destroyed 5 caves "
     "and killed 6 terrorists.", ("3", "5", "6")),
    ("The coalition conducted 20 strikes last week. Fourteen of the strikes, near Baghouz, destroyed 9 fighting "
     "positions.", ("Fourteen", "9")),
    ("Between Sept. 3 and Sept. 9 the coalition carried out 22 strikes. They included 8 strikes near Shaddadi "
     "that destroyed 5 vehicles.", ("8", "5")),
    ("Turkish jets hit 40 PKK targets in the past week.\n\nGara: 14 caves destroyed\nHakurk: 9 depots destroyed",
     ("14", "9")),
])
def test_scope_a_strike_summary_place_line_is_an_incident(nlp, text, incidents):
    scopes = scopes_by_count(nlp, text)
    assert [scopes.get(c) for c in incidents] == ["incident"] * len(incidents), scopes


@pytest.mark.parametrize("text,count,scope", [
    ("Jets carried out 45 strikes during the week, 12 of them near Hajin.", "12", "period"),
    ("Russian aircraft flew 34 sorties in the past 24 hours. In the Palmyra area, the strikes destroyed 3 command "
     "posts.", "3", "period"),
    ("Coalition jets conducted 30 strikes over the past week. Syria: 21 strikes destroyed 40 positions.", "21", "period"),
    ("Forces carried out 118 operations over the past week. The results:\n- Kirkuk: 22 hideouts destroyed", "22", "period"),
    ("Between Feb. 10 and Feb. 16, coalition forces conducted 46 strikes.\n\nIn Syria, coalition forces conducted "
     "39 strikes consisting of 52 engagements:", "39", "period"),
])
def test_scope_a_summary_share_or_subtotal_keeps_the_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 6: one strike or one place that holds the victims names one occasion -------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("In the past 24 hours, a Turkish drone strike killed 2 SDF fighters near Qamishli.", "2", "incident"),
    ("This week, Iraqi jets killed 7 ISIS members hiding in a cave in the Hamrin mountains.", "7", "incident"),
    ("Turkish drones killed 3 PKK members in a car near Sinjar last week, officials said.", "3", "incident"),
    ("Over the past week, an Iraqi air strike left 4 militants dead near Rutbah.", "4", "incident"),
    ("Police arrested 4 suspects in a house in Hawija last month, the statement said.", "4", "incident"),
    ("This week, Iraqi jets killed 17 ISIS members in air strikes on the Hamrin mountains.", "17", "period"),
    ("In the past 24 hours, troops arrested 11 suspects in Mosul.", "11", "period"),
])
def test_scope_one_strike_or_one_holding_place_is_one_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 7: a vehicle that hit one bomb, one person's companions -------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Last week, 3 soldiers were killed when their vehicle hit a roadside bomb near Tarmiyah.", "3", "incident"),
    ("In the past 24 hours, 2 policemen were wounded when their patrol ran over a landmine near Hit.", "2",
     "incident"),
    ("Over the weekend, 4 PMF fighters died after their pickup struck an IED in the Mutaibijah basin.", "4",
     "incident"),
    ("During the past week, Turkish drones killed a senior PKK commander and 2 of his guards near Qamishli.", "2",
     "incident"),
    ("This week, commandos captured an ISIS emir and 3 of his aides in a village near Hawija.", "3", "incident"),
    ("Over the past week, jets killed a cell leader along with 4 of his relatives near Rawah.", "4", "incident"),
    # no one vehicle and no one person: the window's tally
    ("During the past week, roadside bombs killed 6 soldiers in Diyala.", "6", "period"),
    ("During the past week, Turkish drones killed 9 PKK members in northern Iraq.", "9", "period"),
])
def test_scope_one_vehicle_or_one_persons_companions_is_one_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 8: a stock held at the time of writing is no tally of the window ------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Peshmerga monthly tally\nJuly results:\n* Militants killed: 5\nThe Peshmerga holds 4 suspects in Kifri pending "
     "trial, the ministry added.", "4", "incident"),
    ("Federal Police October summary\n* Missions conducted – 19\nThe Federal Police also holds 5 gunmen seized near "
     "Tarmiyah, the summary said.", "5", "incident"),
    ("During the past week, the SDF arrested 12 suspects. The SDF still holds 3 suspects captured in al-Hol.", "3",
     "incident"),
    ("Over the past month, the Asayish arrested 30 suspects. The Asayish also holds 6 gunmen captured near Qamishli, "
     "the statement said.", "6", "incident"),
    ("Federal Police October summary\n* Missions conducted – 19\n* Gunmen seized – 5", "5", "period"),
])
def test_scope_a_stock_held_is_no_window_tally(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope
