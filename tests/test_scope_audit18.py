"""opstally_scope, round 18: an audit of the code paths that carry a window from one count to later ones
(scope_sequels.py, scope_statements.py, scope_reach.py, scope_clauses.py; docs/scope-rule.md, "scope18").
Each probe is an invented short document that tests what a carried window may cross; the expected scope of
each count stands beside it. The first table held on main; the later tables were read wrongly there."""
import pytest

from section5_helpers import scopes_by_count


def _scopes(nlp, text, expected):
    found = scopes_by_count(nlp, text)
    assert {c: found.get(c) for c in expected} == expected, found


# what a carried window may not cross, and what it keeps (held on main, kept as the audit's table)
@pytest.mark.parametrize("text,expected", [
    ("Security forces killed 40 militants in Anbar over the past week. On Tuesday, gunmen killed 3 shepherds "
     "near Rutba.", {"40": "period", "3": "incident"}),
    ("In October, coalition aircraft conducted 85 strikes in Iraq and Syria. On Tuesday, a drone killed 2 ISIS "
     "leaders near Deir ez-Zor.", {"85": "period", "2": "incident"}),
    ("The army has killed 1,200 militants since 2014. On Sunday, troops killed 6 militants in the hills near Tuz.",
     {"1,200": "cumulative", "6": "incident"}),
    ("Troops detained 35 suspects in Nineveh last week.\n\nPolice seized 4 rifles in a house in Mosul.",
     {"35": "period", "4": "incident"}),
    ("Troops killed 14 militants during the past 24 hours. In another operation, police arrested 5 suspects in "
     "Baiji.", {"14": "period", "5": "incident"}),
    ("Since 2014, the coalition has conducted 34,000 strikes.\nA U.S. strike killed 2 ISIS leaders in Syria on "
     "Friday.", {"34,000": "cumulative", "2": "incident"}),
    ("Forces arrested 80 suspects over the weekend.\n\nATTACK IN KIRKUK\nGunmen killed 5 policemen.",
     {"80": "period", "5": "incident"}),
    ("The army killed 60 militants in the past month. \"Yesterday we arrested 5 of their leaders,\" a commander "
     "said.", {"60": "period", "5": "incident"}),
    ("Forces killed 25 militants over the past week, the army said.\n\"Our troops destroyed 9 tunnels in Hawija "
     "on Sunday,\" a commander said.", {"25": "period", "9": "incident"}),
    ("Since the offensive began, troops have retaken 40 villages. Yesterday they retook 3 villages near Hawija.",
     {"40": "cumulative", "3": "incident"}),
    ("Since the offensive began, troops have retaken 40 villages. They have also killed 300 militants.",
     {"40": "cumulative", "300": "cumulative"}),
    ("Over the past week, forces killed 30 militants. They also destroyed 12 hideouts.",
     {"30": "period", "12": "period"}),
    ("Forces carried out 80 operations in the past month. The operations killed 25 militants.",
     {"80": "period", "25": "period"}),
    ("Over the past week, forces carried out 50 operations, the report said.\nThe report said 12 militants were "
     "killed.", {"50": "period", "12": "period"}),
    ("Police arrested 40 suspects last month, while troops arrested 12 others.", {"40": "period", "12": "period"}),
    ("During the past week, forces killed 30 militants. Separately, the army has arrested 900 suspects since "
     "January.", {"30": "period", "900": "cumulative"}),
    ("In the past month, troops killed 70 militants.\nThe Peshmerga, in a separate operation, arrested 6 suspects.",
     {"70": "period", "6": "incident"}),
    ("Since January, police have seized 900 kg of drugs.\nOn Monday, police arrested 3 dealers in Basra.",
     {"900": "cumulative", "3": "incident"}),
])
def test_scope_audit18_carry_limits_held(nlp, text, expected):
    _scopes(nlp, text, expected)


# a count attributed to another statement than the window's does not take its window (ruling 4)
@pytest.mark.parametrize("text,expected", [
    ("Iraqi forces killed 70 militants in the past month, the statement said. According to another statement, "
     "gunmen killed 3 shepherds.", {"70": "period", "3": "incident"}),
    ("Iraqi forces killed 70 militants in the past month, the army said. A separate statement said gunmen killed "
     "3 shepherds.", {"70": "period", "3": "incident"}),
    ("Iraqi forces killed 70 militants in the past month, the army said. Another statement said gunmen killed 3 "
     "shepherds.", {"70": "period", "3": "incident"}),
    ("Iraqi forces killed 70 militants in the past month, the army said.\nA second statement said 3 soldiers "
     "were wounded.", {"70": "period", "3": "incident"}),
    ("Police detained 52 suspects over the past week. Police said in a later statement that smugglers wounded 2 "
     "officers.", {"52": "period", "2": "incident"}),
    ("Troops arrested 45 suspects over the past week, the army said. According to the army, troops also seized 6 "
     "rifles.", {"45": "period", "6": "period"}),
    ("Iraqi forces killed 70 militants in the past month, the statement said.\nAccording to the statement, troops "
     "also destroyed 9 tunnels.", {"70": "period", "9": "period"}),
])
def test_scope_audit18_other_statement(nlp, text, expected):
    _scopes(nlp, text, expected)


# a bulletin's label line "Past week:" frames the bare tally lines under it (ruling 3)
@pytest.mark.parametrize("text,expected", [
    ("Past week:\n- 12 militants killed\n- 7 tunnels destroyed", {"12": "period", "7": "period"}),
    ("Past 24 hours:\n- 12 militants killed\n- 7 tunnels destroyed", {"12": "period", "7": "period"}),
    ("Last week:\n- 12 militants killed\n- 7 tunnels destroyed", {"12": "period", "7": "period"}),
    ("Previous month:\n* 40 suspects detained\n* 9 car bombs defused", {"40": "period", "9": "period"}),
    ("Past week:\n- 12 militants killed\n\nIn other news, gunmen killed 3 farmers in Diyala.",
     {"12": "period", "3": "incident"}),
    ("Last month, forces arrested 60 suspects in Diyala. Gunmen killed 2 farmers in Khanaqin on Wednesday.",
     {"60": "period", "2": "incident"}),
])
def test_scope_audit18_label_line_window(nlp, text, expected):
    _scopes(nlp, text, expected)


# a year before a "when" clause dates the past occasion that clause narrates (ruling 1)
@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 4 soldiers near Tuz on Monday. The area was the scene of heavy fighting in 2016, when the "
     "army retook 20 villages.", {"4": "incident", "20": "incident"}),
    ("The city was overrun in 2014, when ISIS fighters killed 40 policemen.", {"40": "incident"}),
    ("The dam changed hands in March 2017, when Kurdish fighters captured 30 militants.", {"30": "incident"}),
    ("Troops last entered the valley in 2019 when they destroyed 12 hideouts there.", {"12": "incident"}),
    ("In 2023, forces killed 400 militants, the ministry said in its annual review.", {"400": "cumulative"}),
])
def test_scope_audit18_year_when_clause(nlp, text, expected):
    _scopes(nlp, text, expected)


# one past attack named by its place in a series ("the last such attack") is one occasion (ruling 2)
@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 4 soldiers near Tuz on Monday. The last such attack, in March, killed 6 soldiers.",
     {"4": "incident", "6": "incident"}),
    ("A bomb hit a bus on Friday. The previous bombing on the road, in January, wounded 5 pilgrims.",
     {"5": "incident"}),
    ("The latest ambush in the area, last month, killed 3 policemen.", {"3": "incident"}),
    ("The most recent such raid, in 2022, killed 8 civilians, residents said.", {"8": "incident"}),
    ("The deadliest such attack in the area, in 2020, killed 11 soldiers.", {"11": "incident"}),
    ("Police arrested 31 suspects in the last week, the ministry said.", {"31": "period"}),
])
def test_scope_audit18_past_attack_in_series(nlp, text, expected):
    _scopes(nlp, text, expected)


# a span of the operation stated in the count's clause governs before "during Operation X" (ruling 5)
@pytest.mark.parametrize("text,expected", [
    ("Troops retook 40 villages during Operation Dawn, according to figures released at the end of the "
     "three-month campaign.", {"40": "period"}),
    ("Troops retook 40 villages during the operation, according to figures released at the end of the "
     "three-month campaign.", {"40": "period"}),
    ("Police detained 63 suspects during the campaign, the ministry said of the ten-day crackdown.",
     {"63": "period"}),
    ("Jets destroyed 90 hideouts during Operation Granite, which officials called a six-week offensive.",
     {"90": "period"}),
    ("Troops killed 12 militants during the operation in the Hamrin hills.", {"12": "incident"}),
    ("Commandos arrested 4 suspects during Operation Granite on Sunday.", {"4": "incident"}),
])
def test_scope_audit18_operation_span_over_named_operation(nlp, text, expected):
    _scopes(nlp, text, expected)


# an operation's first days, hours or weeks govern their own sentence only, like its length (ruling 6)
@pytest.mark.parametrize("text,expected", [
    ("In the first two days, Iraqi forces cleared 37 villages. Coalition aircraft provided surveillance and "
     "conducted 2 strikes.", {"37": "period", "2": "incident"}),
    ("During the offensive's first 72 hours, troops retook 12 villages. Engineers defused 40 bombs in the town.",
     {"12": "period", "40": "incident"}),
    ("In the first three weeks, the SDF captured 60 suspects.\nPolice seized 3 trucks near Raqqa.",
     {"60": "period", "3": "incident"}),
    ("Within its first 48 hours, the sweep netted 25 suspects. Jets struck 6 caves in the valley.",
     {"25": "period", "6": "incident"}),
    ("In the first nine months of the year, ISIS carried out 80 attacks. The attacks killed 58 soldiers.",
     {"80": "period", "58": "period"}),
    ("Over the past two days, troops killed 30 militants. Police arrested 8 suspects in Baiji.",
     {"30": "period", "8": "period"}),
])
def test_scope_audit18_operation_first_days(nlp, text, expected):
    _scopes(nlp, text, expected)


# a bare partitive ("Of those, …", "Among them, …") points back to the tally past a line break (ruling 7)
@pytest.mark.parametrize("text,expected", [
    ("Police detained 47 people in November, a source said on Friday.\nOf those, 12 were arrested in Hawija.",
     {"47": "period", "12": "period"}),
    ("Police detained 47 people during the past month.\nAmong them, 12 were arrested in Hawija.",
     {"47": "period", "12": "period"}),
    ("Troops captured 30 suspects over the past week.\nOf them, 9 were arrested in a village near Baiji.",
     {"30": "period", "9": "period"}),
    ("The SDF detained 85 suspects in October.\nOf the 85, 20 were detained near Shuhayl.",
     {"85": "period", "20": "period"}),
    ("Police detained 47 people in November.\nPolice arrested 12 men in Hawija on Sunday.",
     {"47": "period", "12": "incident"}),
])
def test_scope_audit18_partitive_points_back(nlp, text, expected):
    _scopes(nlp, text, expected)
