"""opstally_scope, round 6: how far a stated window reaches (docs/scope-rule.md, decisions of
the scope6 round). One phrasing table per class; phrasings vary register, order and names."""
import pytest

from section5_helpers import scope_of, scopes_by_count


# ---- a window a count's own clause states: spans, named operations --------------------------

@pytest.mark.parametrize("text,count", [
    ("Police detained 23 suspects over four days of raids in the orchards of Jurf al-Nasr.", "23"),
    ("The Peshmerga said they had cleared 9 villages in a three-day operation near Gwer.", "9"),
    ("In the past 48 hours, the SDF has captured 31 cell members in Shuhayl and Busayrah.", "31"),
    ("Army engineers defused 140 bombs within 72 hours of entering the town, an officer said.", "140"),
    ("Over five days, coalition jets hit 38 targets in the Hamrin range.", "38"),
])
def test_scope_a_stated_span_is_a_period(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Troops combed 1,200 square kilometres south of Rutba during Operation Victory Will, the army said.", "1,200"),
    ("As part of Operation Roundup, the SDF detained 14 suspects in Dashisha.", "14"),
    ("The brigade blew up 6 tunnels under Operation Breaking Terrorism, its commander said.", "6"),
    ("During Operation Inherent Resolve's latest push, aircraft destroyed 12 boats on the Euphrates.", "12"),
])
def test_scope_a_named_operation_is_no_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "incident"


# ---- where a stated window stops ------------------------------------------------------------

@pytest.mark.parametrize("text,window_count,later_count", [
    ("The ministry said that during the past week security forces carried out 120 operations across Iraq.\n\n"
     "The biggest took place in the Makhul mountains, where commandos surrounded a cave and killed 5 militants.",
     "120", "5"),
    ("Over the past 24 hours, Russian aircraft flew 41 sorties over the Badia.\n\n"
     "Syrian troops later ambushed a convoy near Sukhnah, killing 8 fighters.", "41", "8"),
    ("In March, Kurdish police arrested 44 people on terrorism charges, the Security Council said.\n\n"
     "Police in Koya also raided a workshop and seized 7 drones.", "44", "7"),
    ("Throughout October, the SDF carried out 26 security operations in Deir ez-Zor.\n\n"
     "Asayish officers found 2 arms depots in a farmhouse outside Hasakah, a source told reporters.",
     "26", "2"),
])
def test_scope_a_lead_window_does_not_reach_a_new_paragraph_that_narrates(nlp, text, window_count, later_count):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(window_count) == "period" and scopes.get(later_count) == "incident", scopes


@pytest.mark.parametrize("text,later_count", [
    ("During August, the coalition conducted 150 strikes in Iraq and Syria.\n\n"
     "The strikes destroyed 64 fighting positions and 9 tunnels.", "64"),
    ("Over the past week, the army carried out 88 raids in Anbar and Nineveh.\n\n"
     "These raids netted 35 suspects, the command said.", "35"),
    ("In September, ISIS claimed 40 attacks in Diyala and Kirkuk.\n\n"
     "The attacks killed 22 people, most of them soldiers.", "22"),
    ("Over the past month, police carried out 75 operations in Basra.\n\n"
     "During this period, officers seized 400 kilograms of explosives.", "400"),
    ("In the first half of the year, ISIS attacks rose across Diyala.\n\n"
     "The group killed 94 soldiers in Baqubah and Khalis in the same six months, monitors said.", "94"),
    ("Over the past ten days, the Asayish detained 19 suspects in Qamishli.\n\n"
     "Those detained included 4 women accused of recruiting for the group in al-Hol.", "4"),
])
def test_scope_a_new_paragraph_that_points_back_keeps_the_window(nlp, text, later_count):
    assert scope_of(nlp, text, later_count) == "period"


@pytest.mark.parametrize("text,later_count", [
    ("In the past 24 hours, the SDF detained 12 suspects in al-Hol camp.\n"
     "At dawn, a unit searched the annex and seized 3 grenades.", "3"),
    ("Over the past week, police arrested 30 suspects in Kirkuk.\n"
     "In the early hours, officers detained 2 brothers in Hawija.", "2"),
    ("During the past week, the army killed 17 militants in Salahuddin.\n"
     "Shortly after midnight, soldiers clashed with a cell near Tuz and killed 4 of its members.", "4"),
    ("Over the last 24 hours, the Iraqi Air Force carried out 9 strikes in the Badia.\n"
     "Before dawn, commandos were dropped on a hilltop and captured 6 fighters.", "6"),
])
def test_scope_a_sentence_with_its_own_time_of_day_is_an_incident(nlp, text, later_count):
    assert scope_of(nlp, text, later_count) == "incident"


@pytest.mark.parametrize("text,later_count", [
    ("Over the past week, security forces arrested 52 wanted men across Iraq. The most notable operation took "
     "place in Tarmiyah, where troops killed 3 militants.", "3"),
    ("In July, the SDF detained 90 suspects in Raqqa. The largest raid came in Tabqa, where 14 men were detained.",
     "14"),
    ("Turkish forces neutralised 33 militants in northern Iraq in the last week. In the latest operation, 5 "
     "were neutralised in the Zap region.", "5"),
    ("During the past month, the Peshmerga cleared 11 villages near Makhmour. Their most successful sweep was in "
     "Qarachogh, where they found 6 arms caches.", "6"),
])
def test_scope_a_sentence_about_one_named_occasion_is_an_incident(nlp, text, later_count):
    assert scope_of(nlp, text, later_count) == "incident"


@pytest.mark.parametrize("text,counts", [
    ("Nineveh Operations Command, results for 1 to 7 July\n- 5 terrorists killed\n- 19 suspects arrested\n"
     "- 8 tunnels destroyed", ["5", "19", "8"]),
    ("ISIS attacks killed 58 soldiers in Iraq in June. In Kirkuk alone, militants killed 21 policemen.", ["58", "21"]),
    ("Over the past week, the SDF detained 46 suspects. In Deir ez-Zor alone, 30 were detained.", ["46", "30"]),
    ("In the first quarter, the coalition conducted 61 strikes. Of those strikes, 40 hit targets in Anbar.",
     ["61", "40"]),
])
def test_scope_tally_lines_and_a_places_share_keep_the_window(nlp, text, counts):
    scopes = scopes_by_count(nlp, text)
    assert all(scopes.get(c) == "period" for c in counts), scopes


@pytest.mark.parametrize("text,count,scope", [
    ("\"We have faced 42 attacks since January,\" the spokesman said. \"In that time we lost 11 men.\"", "11",
     "cumulative"),
    ("The basin has sheltered militants since 2014. Security forces have killed more than 300 of them there "
     "since then.", "more than 300", "cumulative"),
    ("A CTS force killed 4 militants in a raid near Rashad on Tuesday. The area has been an ISIS haunt since "
     "2014.", "4", "incident"),
    ("Since the campaign began on Sunday, 74 people have been detained, among them 9 cell leaders.", "9",
     "cumulative"),
])
def test_scope_a_background_running_total_stays_in_its_sentences(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,later_count,scope", [
    ("Over the past week, police arrested 38 suspects across Nineveh.\n"
     "Officers also seized 5 rifles in a workshop in Tal Kayf.", "5", "incident"),
    ("During June, the SDF detained 71 people in Deir ez-Zor.\n"
     "A unit found 3 explosive belts near Shuhayl, the statement added.", "3", "incident"),
    ("In the past 24 hours, Turkish jets hit 17 targets in northern Iraq.\n"
     "Commandos destroyed 4 shelters at Gare, the ministry said.", "4", "incident"),
    ("Over the past week, police arrested 38 suspects across Nineveh.\n"
     "Officers also seized 5 rifles and 2 grenades.", "5", "period"),
    ("During June, the SDF detained 71 people in Deir ez-Zor.\n"
     "The strikes that supported them hit 12 hideouts near Shuhayl.", "12", "period"),
    ("In the past 24 hours, Turkish jets hit 17 targets in northern Iraq.\n"
     "They also destroyed 6 caves in the Zap region.", "6", "period"),
])
def test_scope_a_line_that_narrates_at_a_named_place_is_its_own_occasion(nlp, text, later_count, scope):
    assert scope_of(nlp, text, later_count) == scope


@pytest.mark.parametrize("text,later_count,scope", [
    ("Over the past 24 hours, our forces pressed on along the river.\n"
     "Fighters killed 18 mercenaries near Baghuz, the statement said.", "18", "incident"),
    ("Daily briefing: the last 24 hours\n"
     "In the Kabani area, 7 firing positions were destroyed by artillery.", "7", "incident"),
    ("Over the past week, the campaign went on in the Hamrin foothills.\n"
     "Commandos detained 11 suspects in the village of Albu Ajil.", "11", "incident"),
    ("Over the past 24 hours, our forces pressed on along the river.\n"
     "Fighters killed 18 mercenaries and captured 4.", "18", "period"),
    ("Over the past week, the campaign went on in the Hamrin foothills.\n"
     "- 11 suspects detained\n- 3 tunnels destroyed", "11", "period"),
])
def test_scope_a_lead_in_window_stops_at_a_line_that_narrates_at_a_named_place(nlp, text, later_count, scope):
    assert scope_of(nlp, text, later_count) == scope


@pytest.mark.parametrize("text,later_count", [
    ("Over the past week, ISIS attacks killed 12 soldiers in Diyala. Two policemen were wounded when a mortar "
     "round hit their post.", "Two"),
    ("In March, militants killed 9 members of the security forces. 3 soldiers died when an IED struck their "
     "vehicle.", "3"),
    ("During the past month, the group killed 15 people around Kirkuk. 4 shepherds were killed by a landmine "
     "left in a field.", "4"),
    ("Over the past 24 hours, the SDF detained 8 suspects. 2 fighters were wounded by a sniper, the statement "
     "said.", "2"),
])
def test_scope_a_casualty_of_one_blast_or_shot_is_an_incident_under_a_window(nlp, text, later_count):
    assert scope_of(nlp, text, later_count) == "incident"
