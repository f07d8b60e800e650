"""opstally_scope, round 24: the held-out scope kinds C1–C5 the lead disclosed by kind only (docs/scope-rule.md,
rulings of the scope24 round; components/scope_openers.py, scope_clauses.py `country_lines`, patterns/scope.jsonl
and words_en rows). One phrasing table per class, each with rows where its reading must not reach."""
import pytest

from section5_helpers import scope_of

LEAD = "In June, CJTF-OIR and partner forces conducted 31 operations against ISIS remnants in Iraq and Syria.\n\n"


# ---- ruling 1: a country's line under a month's title or a lead in another paragraph ----------------------

@pytest.mark.parametrize("text,count,scope", [
    ("CJTF-OIR partnered operations, May 2024\n\nAdvisers kept supporting partner forces.\n\nIn Iraq, the Iraqi "
     "Security Forces conducted 21 partnered operations, detaining 29 suspects and killing five militants.", "29",
     "period"),
    ("Partner operations summary: June 2024\n\nIn Syria, the SDF conducted 14 operations, killing 3 militants.", "3",
     "period"),
    ("Joint operations update | March 2025\n\nIn Iraq, the Iraqi army conducted 7 operations and detained 12 "
     "suspects.", "12", "period"),
    (LEAD + "In Iraq, partner forces carried out 18 partnered missions, killing 3 fighters and detaining 22 "
     "suspects.", "22", "period"),
    (LEAD + "In Syria, the SDF carried out 13 partnered missions, detaining 17 operatives and killing 2 cell "
     "leaders.", "2", "period"),
    (LEAD + "Iraq: partner forces conducted 12 operations, killing 4 militants and detaining 9 suspects.", "9",
     "period"),
    (LEAD + "In Iraq, partner forces killed 4 militants and detained 9 suspects.", "4", "period"),
    # no month in the title, or the country line tells one occasion of its own
    ("Coalition operations continue in Iraq\n\nIn Iraq, partner forces detained 4 suspects in a raid on Sunday.",
     "4", "incident"),
    (LEAD + "In Iraq, a suicide bomber killed 4 soldiers at a checkpoint in Tarmiyah on Sunday.", "4", "incident"),
    ("In June, Iraqi forces conducted 31 operations in Anbar.\n\nIn Iraq, partner forces killed 4 militants.", "4",
     "incident"),
    ("Partnered operations continue\n\nIn Syria, the SDF detained 6 suspects in a raid on a farm near Hajin on "
     "Monday.", "6", "incident"),
    ("Iraqi troops conducted an operation near Tarmiyah on Monday.\n\nIn Iraq, the army detained 5 suspects in a "
     "raid on a house on Tuesday, killing 2.", "2", "incident"),
])
def test_scope_country_line_under_month(nlp, text, count, scope):
    assert scope_of(nlp, text, count, published="2024-07-03") == scope


# ---- ruling 2: the course of a campaign the text says has ended is a closed window -------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The SDF announced the results of the security campaign in the camp, which ended on Sunday.\n\nIn the course "
     "of the campaign, the forces also seized 27 rifles.", "27", "period"),
    ("The army's clearance offensive in the Hamrin mountains concluded on Thursday. Over the course of the "
     "offensive, troops killed 8 militants.", "8", "period"),
    ("The operation came to an end on Friday.\n\nOver the course of the operation, police arrested 40 suspects.",
     "40", "period"),
    ("The ministry published the final results of its crackdown operation in Anbar. Throughout the course of the "
     "operation, police detained 33 suspects.", "33", "period"),
    ("During the campaign, which ended on Sunday, units arrested 54 suspects.", "54", "period"),
    ("The service concluded its week-long offensive in the Makhoul mountains on Saturday. Throughout the offensive, "
     "units destroyed 21 caves.", "21", "period"),
    ("The army announced the results of the offensive on Monday. During the offensive, troops destroyed 9 "
     "hideouts.", "9", "period"),
    # a campaign still under way: the running total of §5
    ("The operation, launched in March, is still under way. Over the course of the operation, the forces have "
     "arrested 63 suspects.", "63", "cumulative"),
    ("In the course of the campaign, now in its third week, troops have cleared 40 villages.", "40", "cumulative"),
    ("The operation ended on Sunday. During the operation, troops arrested 6 suspects.", "6", "incident"),
    ("During the campaign, which ended on Sunday, a suicide bomber killed 3 soldiers at a checkpoint.", "3",
     "incident"),
    ("Over the course of the offensive, troops have killed 90 militants, the army said.", "90", "cumulative"),
    ("Forces cleared the town after a four-month battle that ended the second phase of the operation. More than "
     "650 fighters were killed over the course of the battle.", "More than 650", "cumulative"),
    ("Over the course of the war, the group has lost 1,200 fighters, according to the monitor.", "1,200",
     "cumulative"),
])
def test_scope_closed_campaign_course(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 3: "later said … had" is a later statement, not a sequel action --------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Turkish jets struck PKK positions on Saturday.\n\nThe Defence Ministry later said its forces had "
     "\"neutralized\" 11 militants in northern Iraq and Syria over the weekend.", "11", "period"),
    ("Warplanes hit shelters in the Hakurk region on Saturday.\n\nThe ministry later added that 7 more militants "
     "had been neutralised over the weekend.", "7", "period"),
    ("Jets struck caves in the Gara region on Sunday. Officials later told reporters that troops had killed 9 "
     "militants over the weekend.", "9", "period"),
    ("Turkish drones hit PKK hideouts on Saturday. The ministry subsequently announced that 6 terrorists had been "
     "neutralised over the weekend.", "6", "period"),
    ("Turkish jets struck PKK positions on Saturday.\n\nLater, the ministry said its forces had neutralized 11 "
     "militants over the weekend.", "11", "period"),
    ("Turkish jets struck PKK positions on Saturday.\n\nIn a later statement, the ministry said its forces had "
     "neutralized 8 militants over the weekend.", "8", "period"),
    # a later action is still the occasion's sequel
    ("A Turkish soldier was killed on Sunday when militants fired on a base near Metina. Troops later captured 2 "
     "of the attackers.", "2", "incident"),
    ("On Sunday, a bomb killed 2 soldiers near Tarmiyah.\n\nReinforcements later combed the area and detained 3 "
     "suspects.", "3", "incident"),
    ("Gunmen attacked a checkpoint near Tuz on Saturday. Police later arrested 4 suspects.", "4", "incident"),
    ("A patrol was ambushed near Dibis on Monday. Afterwards, troops detained 5 men in the village.", "5",
     "incident"),
])
def test_scope_later_statement(nlp, text, count, scope):
    assert scope_of(nlp, text, count, published="2024-10-14") == scope


# ---- ruling 4: a headline that opens on its window -----------------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("January 2024 | ISIS cells kill 23 regime soldiers in desert\n\nThe monitor gave no breakdown.", "23",
     "period"),
    ("March 2025 \u2014 Asayish detain 40 in Hasakah\n\nThe arrests were in several towns.", "40", "period"),
    ("Week 12 | Asayish detain 16 in Hasakah raids", "16", "period"),
    ("Week 38 \u2013 9 ISIS suspects held in Kirkuk", "9", "period"),
    ("January 2024 | ISIS cells kill 23 regime soldiers in desert\n\nISIS cells killed 23 regime soldiers in "
     "attacks across the Badia.\n\nThe cells also killed 6 civilians near Sukhnah.", "6", "period"),
    ("2023 | ISIS attacks kill 400 in the Syrian desert", "400", "cumulative"),
    # an occasion or a day of its own, no window opening the headline, a separate report
    ("January 2024 | ISIS cells kill 23 regime soldiers in desert\n\nOn 9 January, a landmine killed 3 shepherds "
     "near Doubayat.", "3", "incident"),
    ("Baghdad | Gunmen kill 3 shepherds near Tarmiyah\n\nThe attack happened at dawn.", "3", "incident"),
    ("Week 12 | Asayish detain 16 in Hasakah raids\n\nSeparately, a roadside bomb killed 2 soldiers near Dibis "
     "on Tuesday.", "2", "incident"),
    ("Breaking \u2014 Gunmen kill 4 soldiers at a checkpoint near Tuz", "4", "incident"),
])
def test_scope_headline_opens_on_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count, published="2024-03-24") == scope


# ---- ruling 5: "so far in <month>", "so far this month" are running totals ----------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("So far in October, CENTCOM forces have conducted 11 operations against ISIS in Syria.", "11", "cumulative"),
    ("Thus far in March, the SDF have carried out 8 raids in Deir ez-Zor.", "8", "cumulative"),
    ("So far this month, Asayish officers have detained 14 people.", "14", "cumulative"),
    ("Iraqi forces have arrested 37 suspects so far in October, the command added.", "37", "cumulative"),
    ("So far this week, Iraqi forces have arrested 23 suspects.", "23", "cumulative"),
    ("To date in October, the SDF have detained 31 suspects.", "31", "cumulative"),
    ("The ministry said 19 Peshmerga were killed and 41 wounded in the attacks and clashes of the year.", "41",
     "cumulative"),
    ("The ministry said in its year-end statement that 19 Peshmerga were killed in the attacks and clashes of the "
     "year.", "19", "cumulative"),
    # a month with no running-total word stays its window
    ("In October, CENTCOM forces conducted 11 operations against ISIS in Syria.", "11", "period"),
    ("During March, the SDF carried out 8 raids in Deir ez-Zor.", "8", "period"),
    ("In March, the SDF carried out 8 raids, far more than in February.", "8", "period"),
    ("Last month, Asayish officers detained 14 people in Sulaimani.", "14", "period"),
    ("This week, Iraqi forces arrested 23 suspects in Kirkuk.", "23", "period"),
])
def test_scope_so_far_in_month(nlp, text, count, scope):
    assert scope_of(nlp, text, count, published="2024-10-21") == scope
