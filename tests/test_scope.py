"""opstally_scope: incident, period or cumulative, from the cue governing each count."""
import pytest

from section5_helpers import published_events


def _events(nlp, text, published="2024-03-06"):
    return published_events(nlp, text, published)


def _scope_of(nlp, text, count):
    return next(e["scope"] for e in _events(nlp, text) if e["count"]["text"] == count)


@pytest.mark.parametrize("text,count", [
    ("Since the start of the operation, Iraqi forces have killed 350 militants.", "350"),
    ("The coalition has conducted 34,000 strikes to date.", "34,000"),
    ("So far, the SDF has captured 120 fighters.", "120"),
    ("Since 2015 the coalition has carried out 900 strikes in Syria.", "900"),
    ("Peshmerga units have cleared 40 villages since the offensive began.", "40"),
    ("Over the course of the operation, the Iraqi army destroyed 61 tunnels.", "61"),
    ("In 2023, the coalition carried out 1,200 strikes in Iraq and Syria.", "1,200"),
])
def test_scope_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("In the past week, Iraqi forces destroyed 14 tunnels.", "14"),
    ("During January, the ISF arrested 43 suspects in Nineveh.", "43"),
    ("Over the last 24 hours, coalition aircraft carried out 12 strikes.", "12"),
    ("Between March 1 and March 5, Iraqi forces killed 9 militants.", "9"),
    ("During the ten-day campaign, the Peshmerga cleared 30 villages.", "30"),
    ("This week the SDF detained 17 suspects in Deir ez-Zor.", "17"),
])
def test_scope_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("On Sunday, Iraqi forces killed 5 militants near Rutba.", "5"),
    ("Iraqi forces destroyed ten command centers in Anbar.", "ten"),
    ("Yesterday the SDF captured 8 fighters near Hajin.", "8"),
    ("Earlier this week, the Peshmerga destroyed 3 tunnels.", "3"),
    ("Coalition aircraft conducted five strikes near Raqqa on March 2, 2024.", "five"),
])
def test_scope_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,incident,tally", [
    ("Forces killed 5 militants near Rutba, the ministry said, adding that 300 have been killed so far this year.",
     "5", "300"),
    ("Since 2015 the coalition has conducted 900 strikes, and on Sunday its aircraft destroyed 4 vehicles.",
     "4", "900"),
    ("Iraqi forces killed 6 militants on Monday; in the past month they have killed 80.", "6", "80"),
])
def test_scope_cue_governs_its_own_clause(nlp, text, incident, tally):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert scopes[incident] == "incident" and scopes[tally] != "incident"


def test_scope_every_event_has_one(nlp):
    text = "Iraqi forces killed 4 militants. The coalition has flown 300 sorties so far."
    assert [e["scope"] for e in _events(nlp, text)] == ["incident", "cumulative"]


def test_scope_cues_are_bundled_data():
    from opstally.components.scope import date_cues_v1

    cues = date_cues_v1()
    assert {row["scope"] for row in cues["scope"]} == {"incident", "period", "cumulative"}
    assert all(row["window"] in ("open", "since", "named", "range", "rolling") for row in cues["scope"])


@pytest.mark.parametrize("text,counts", [
    ("Between March 1 and March 7, coalition forces conducted 40 strikes in Syria.\n\n"
     "The strikes destroyed 9 fighting positions.\n\nThey also destroyed 3 tunnels.",
     ["9", "3"]),
    ("Weekly tally: in the past week the ISF killed 30 militants.\n\n- 14 hideouts destroyed\n- 6 tunnels destroyed",
     ["14", "6"]),
    ("During January, the SDF detained 80 suspects. The SDF seized 12 weapons caches.", ["12"]),
])
def test_scope_tally_window_carries_on(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "period" for c in counts), scopes


def test_scope_incident_date_stops_the_window(nlp):
    text = "In the past week the ISF killed 30 militants. On Sunday the ISF killed 4 militants near Rutba."
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert scopes == {"30": "period", "4": "incident"}


@pytest.mark.parametrize("text,counts", [
    ("Between March 1 and March 7, coalition forces conducted 40 strikes in Syria.\n\n"
     "Near Hajin, 12 strikes destroyed 9 fighting positions.\n\nNear Baghuz, 5 strikes destroyed 3 tunnels.",
     ["12", "9", "5", "3"]),
    ("Over the past 24 hours, Russian jets flew 30 sorties. East of Palmyra, strikes killed 14 militants.", ["14"]),
    ("In the past week the ISF killed 30 militants. Separately, police arrested 6 suspects in Kirkuk.", ["6"]),
    ("During February, the SDF detained 80 suspects. On the ground, troops destroyed 3 tunnels.", ["3"]),
])
def test_scope_location_lines_of_a_release_are_incidents(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "incident" for c in counts), scopes


@pytest.mark.parametrize("text,count", [
    ("The brigade said it had cleared eight villages during Operation Desert Lions.", "eight"),
    ("Two soldiers were killed by a landmine during the operation, the commander said.", "Two"),
    ("Three fighters were wounded during the clashes, a source added.", "Three"),
    ("The coalition said its jets hit 12 positions during the offensive.", "12"),
])
def test_scope_an_operations_action_is_an_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Troops killed 374 attackers during the seven-day battle.", "374"),
    ("The month-long operation cleared 9 square kilometres of the old city.", "9"),
    ("In its first week, the campaign detained 31 suspects.", "31"),
    ("The army said 11 militants were killed in a two-day sweep of the desert.", "11"),
    ("The month's figures show 112 suspects arrested.", "112"),
])
def test_scope_a_stated_duration_is_a_period(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,follow", [
    ("Troops killed 374 attackers during the seven-day battle. Four civilians died in the fighting.", "Four"),
    ("In its first week, the campaign detained 31 suspects. Two policemen were wounded by a grenade.", "Two"),
    ("The month-long operation cleared 9 villages. Engineers dismantled 40 explosive devices.", "40"),
])
def test_scope_an_operations_duration_does_not_carry(nlp, text, follow):
    assert _scope_of(nlp, text, follow) == "incident"


@pytest.mark.parametrize("text,count", [
    ("A year after it began, Operation Iron Wall has killed 212 militants.", "212"),
    ("Three months into Operation Steel Dawn, the service has carried out 137 raids.", "137"),
    ("Six weeks into the offensive, the army has retaken 40 villages.", "40"),
])
def test_scope_time_into_an_operation_is_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,counts", [
    ("Over the past 24 hours, our forces advanced on the last pocket. 22 militants were killed and 6 captured.",
     ["22", "6"]),
    ("In the last week the army pressed on in the desert. Troops destroyed 14 hideouts.", ["14"]),
    ("During the past month the army pressed on across Anbar.\nPolice arrested 40 suspects.", ["40"]),
])
def test_scope_a_window_without_a_count_frames_the_next_lines(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "period" for c in counts), scopes


@pytest.mark.parametrize("text,counts", [
    ("Over the year the Asayish carried out 134 operations. They also freed 17 hostages.", ["134", "17"]),
    ("During the whole year, police arrested 512 suspects. Officers seized 30 rifles.", ["512", "30"]),
    ("The report said that over the past year the force killed 40 militants. It destroyed 9 tunnels.", ["40", "9"]),
    ("Over the whole of 2021, the command said, 1,020 Daesh members were killed.", ["1,020"]),
    ("Throughout the course of 2020, the SDF detained 900 suspects.", ["900"]),
    ("In 2019 the coalition carried out 2,400 strikes.", ["2,400"]),
])
def test_scope_a_years_review_is_cumulative(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "cumulative" for c in counts), scopes


@pytest.mark.parametrize("text,count", [
    ("Since Operation Euphrates Shield began in August 2016, the army has killed 69 militants.", "69"),
    ("Since the start of Operation Dawn in May, the army has killed 40 militants.", "40"),
    ("Since the coalition began bombing in Iraq on August 8, 2014, it has carried out 5,915 strikes.", "5,915"),
])
def test_scope_since_a_dated_start_is_cumulative(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count", [
    ("Three months into Operation Steel Dawn, the service has released a tally. Its units carried out 137 raids.", "137"),
    ("A year after it began, Operation Iron Wall has published its results. Troops killed 212 militants.", "212"),
    ("Six weeks into the offensive, the army gave its figures.\nTroops destroyed 40 tunnels.", "40"),
])
def test_scope_time_into_an_operation_frames_the_next_lines(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


LOWERCASE_TWIN_SENTENCES = [
    "IN THE PAST WEEK, forces killed 12 militants",
    "Since 2014 the coalition has conducted 3,000 strikes SO FAR",
    "Over The Last 24 Hours, troops seized 4 caches",
    "During the ten-day operation, 40 were detained “to date”, officials said",
    "In the past \u212aweek the army (Kelvin sign) cleared 9 villages",
    "Throughout the Campaign, a running TOTAL of 300 sorties",
    "ſince the start of the year, 50 hideouts were destroyed",
    "İn the past week 20 were arrested",
]


@pytest.mark.parametrize("sentence", LOWERCASE_TWIN_SENTENCES)
def test_scope_lowercase_twins_find_what_re_i_finds(sentence):
    """A cue pattern's case-sensitive twin over the lower-cased sentence finds the spans the
    re.I pattern finds in the sentence; where it could not, there is no lower-cased sentence."""
    from opstally.components.scope import date_cues_v1, grammar_from
    from opstally.cues import _lowered

    grammar = grammar_from(date_cues_v1())
    low = _lowered(sentence)
    if low is None:
        assert any(ch in sentence for ch in "\u0130\u0131\u017f")
        return
    pairs = list(zip(grammar.scope, grammar.scope_ascii)) + list(zip(grammar.relative, grammar.relative_ascii))
    twins = [(rx, twin) for (_, rx, _), twin in pairs if twin is not None]
    assert len(twins) > 20
    for rx, twin in twins:
        assert [m.span() for m in twin.finditer(low)] == [m.span() for m in rx.finditer(sentence)], rx.pattern
# -- classes of the scope3 round (docs/scope-rule.md, last lines) ----------------------------

@pytest.mark.parametrize("text,count", [
    ("Over the weekend, police detained 7 suspects in connection with the bombing.", "7"),
    ("Army helicopters carried out nine air strikes in the Hamrin hills over the weekend.", "nine"),
    ("The Asayish arrested 12 suspected cell members in Qamishli last week.", "12"),
    ("Coalition jets joined the fight last week with 17 strikes on the old city.", "17"),
    ("Police rounded up 30 men in the orchards of Khalis last month, the governor said.", "30"),
])
def test_scope_a_week_or_month_window_makes_a_tally(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Iraqi troops killed 9 militants in a joint raid in the Hamrin hills over the weekend.", "9"),
    ("The raid followed an ambush near Tuz last week that killed 2 policemen.", "2"),
    ("A car bombing in the market killed 14 civilians last month.", "14"),
    ("Police arrested the men behind the killing of three farmers near Khalis last month.", "three"),
    ("Peshmerga repelled an assault on their lines near Daquq over the weekend, killing 13 attackers.", "13"),
])
def test_scope_a_window_that_dates_one_occasion_is_an_incident(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


def test_scope_a_weekend_dates_its_sunday(nlp):
    (ev,) = _events(nlp, "Police detained 7 suspects in Kirkuk over the weekend.", published="2024-03-11")
    assert (ev["scope"], ev["date"], ev["date_precision"]) == ("period", "2024-03-10", "week")


def test_scope_an_occasion_a_month_dates_keeps_the_months_end(nlp):
    (ev,) = _events(nlp, "An ambush near Tuz last month killed 4 policemen.", published="2024-03-06")
    assert (ev["scope"], ev["date"], ev["date_precision"]) == ("incident", "2024-02-29", "month")


@pytest.mark.parametrize("text,count", [
    ("It was the deadliest attack on the army since June 2021, when 9 soldiers were killed near Baiji.", "9"),
    ("Police detained 2 men wanted under the anti-terrorism law since 2016.", "2"),
    ("In the first joint operation of its kind since 2017, the two forces cleared 120 square kilometres.", "120"),
    ("The SDF detained 21 suspects in five raids on Sunday, the highest daily figure since July.", "five"),
])
def test_scope_a_since_that_compares_scopes_nothing(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count,scope", [
    ("At least 11 Peshmerga have been killed in attacks this year.", "At least 11", "period"),
    ("Police say 40 suspects were arrested in Kirkuk this year.", "40", "period"),
    ("So far this year, our count stands at 486 arrests.", "486", "cumulative"),
    ("Thus far this year the SDF has detained 312 suspects.", "312", "cumulative"),
])
def test_scope_this_year_is_a_period_so_far_this_year_a_total(nlp, text, count, scope):
    assert _scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,scope", [
    ("Iraqi forces clear 1,500 km² of desert near Rawa\n\n"
     "Iraqi forces cleared 1,500 km² of desert north of Rawa in a four-day sweep.", "period"),
    ("Dozens of suspects rounded up in Diyala crackdown\n\n"
     "Police have detained dozens of suspects in a week-long crackdown in Diyala.", "period"),
    ("Turkey says it killed 823 fighters in Afrin\n\n"
     "Turkish forces killed 823 fighters since the start of the offensive, the army said.", "cumulative"),
])
def test_scope_a_headline_takes_the_window_of_its_fact(nlp, text, scope):
    head, lead = _events(nlp, text)[:2]
    assert head["scope"] == lead["scope"] == scope


@pytest.mark.parametrize("text,counts", [
    ("Since the battle began in October, the army has retaken the east of the city. "
     "More than 16,000 militants have been killed, the command said.", ["More than 16,000"]),
    ("Since the start of the Badia operation the army has advanced 200 km. "
     "Army engineers have dismantled some 4,500 mines.", ["some 4,500"]),
    ("The council said 765 militants had been killed since the offensive began. "
     "Five soldiers and 30 allied fighters have been killed.", ["Five", "30"]),
])
def test_scope_a_present_perfect_count_goes_on_with_the_running_total(nlp, text, counts):
    scopes = {e["count"]["text"]: e["scope"] for e in _events(nlp, text)}
    assert all(scopes[c] == "cumulative" for c in counts), scopes


@pytest.mark.parametrize("text,count", [
    ("Since the battle began in October, the army has retaken the east. The army said it had killed 75 militants.",
     "75"),
    ("Since the offensive began, troops have advanced 40 km. Troops killed 12 militants on Sunday.", "12"),
    ("Since January the SDF has pushed east.\n\nOn Monday, 4 soldiers have been wounded near Hajin.", "4"),
])
def test_scope_a_running_total_does_not_reach_other_counts(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Kirkuk in October\n\nViolence rose across the province in October, officials said. "
     "The attacks killed 26 people.", "26"),
    ("Militants claimed dozens of attacks in March, a monitor says. The attacks killed 41 soldiers.", "41"),
    ("Security in Kirkuk during April\n\nThe province saw little fighting during April. Police arrested 57 suspects.",
     "57"),
])
def test_scope_a_month_in_the_lead_frames_the_next_lines(nlp, text, count):
    assert _scope_of(nlp, text, count) == "period"


@pytest.mark.parametrize("text,count", [
    ("About 6,000 fighters took part in the 24-day operation.", "About 6,000"),
    ("Over the past week the army deployed 6 brigades along the border.", "6"),
    ("During January, the army deployed 3 brigades to the border.", "3"),
])
def test_scope_a_forces_size_is_no_tally(nlp, text, count):
    assert _scope_of(nlp, text, count) == "incident"


@pytest.mark.parametrize("text,count,date", [
    ("One of them took part in an attack on a checkpoint in 2019 that killed 4 policemen.", "4", "2019-12-31"),
    ("The Speicher massacre, in which about 1,700 cadets were killed in June 2014, shocked Iraq.", "about 1,700",
     "2014-06-30"),
    ("He confessed to the killing of 5 soldiers near Tarmiyah in 2016.", "5", "2016-12-31"),
])
def test_scope_a_year_or_month_that_dates_one_occasion_is_an_incident(nlp, text, count, date):
    ev = next(e for e in _events(nlp, text) if e["count"]["text"] == count)
    assert (ev["scope"], ev["date"]) == ("incident", date)


@pytest.mark.parametrize("text,count", [
    ("In 2016 the coalition carried out 1,200 strikes, its annual report says.", "1,200"),
    ("Over 2017 the SDF detained 689 suspects in raids.", "689"),
    ("During 2018, police arrested 900 suspects in Kirkuk.", "900"),
])
def test_scope_a_years_tally_without_one_occasion_stays_a_review(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,count,scope", [
    ("The brigade said its troops had retaken 40 neighbourhoods in all.", "40", "cumulative"),
    ("In all, the offensive had freed some 2,000 square kilometres, the army said.", "some 2,000", "cumulative"),
    ("Police killed 12 militants and arrested 30 suspects in all.", "30", "cumulative"),
    ("During the past week our forces carried out 274 operations in all provinces.", "274", "period"),
    ("In all, the SDF captured 12 fighters in the raid on Sunday.", "12", "incident"),
])
def test_scope_in_all_closing_a_clause_is_a_total(nlp, text, count, scope):
    assert _scope_of(nlp, text, count) == scope


@pytest.mark.parametrize("text,count", [
    ("In 2022 the unit conducted 44 operations, its year-end statement said. 103 suspects were captured.", "103"),
    ("In 2021 the Asayish carried out 134 operations. Members of the force also freed 17 hostages.", "17"),
    ("During 2020 the police carried out 90 operations in the province. Officers seized 300 rifles.", "300"),
])
def test_scope_a_years_total_in_the_lead_frames_the_next_lines(nlp, text, count):
    assert _scope_of(nlp, text, count) == "cumulative"


@pytest.mark.parametrize("text,scope", [
    ("SDF: 70 militants killed in a week of clashes\n\nThe SDF said its fighters had killed 70 militants near Hajin.",
     "period"),
    ("Army says 45 hideouts destroyed in the past month\n\nTroops destroyed 45 hideouts in the Hamrin hills.",
     "period"),
    ("Police say 300 suspects arrested since January\n\nPolice said they had arrested 300 suspects in Kirkuk.",
     "cumulative"),
])
def test_scope_the_texts_repeat_of_a_windowed_headline_takes_its_window(nlp, text, scope):
    head, lead = _events(nlp, text)[:2]
    assert head["scope"] == lead["scope"] == scope
