"""opstally_scope, round 21: the held-out kinds the lead disclosed by kind only — tally counts read as
incidents (province lines, counts in the body of a report, 24-hour summaries) and single occasions
read as windows (docs/scope-rule.md, rulings of the scope21 round; components/scope_reach.py,
scope_shares.py, cues.py, patterns/scope.jsonl and words_en rows). One phrasing table per class,
each with rows where its reading must not reach."""
import pytest

from section5_helpers import scope_of

LEAD = "Iraqi security forces killed 11 ISIS members and arrested 46 suspects during the past week, the cell said.\n\n"


# ---- ruling 1: a province's line of a tally keeps the tally's window past a paragraph break -------------

@pytest.mark.parametrize("line,count,scope", [
    ("In Kirkuk, forces arrested 12 wanted persons and destroyed 7 hideouts.", "12", "period"),
    ("In Anbar province, 9 suspects were detained in the western desert.", "9", "period"),
    ("- In Diyala, engineers defused 8 roadside bombs.", "8", "period"),
    ("Nineveh: troops arrested 6 suspects and seized 4 rifles.", "6", "period"),
    ("Across Salahuddin, police detained 15 wanted men.", "15", "period"),
    # a place of its own, a day or an occasion: the line narrates one action
    ("In Salahuddin, army units destroyed 7 hideouts near Tuz Khurmatu.", "7", "incident"),
    ("In Kirkuk, an Iraqi air strike killed 3 ISIS members in a cave.", "3", "incident"),
    ("In Diyala, gunmen killed 2 shepherds on Wednesday.", "2", "incident"),
])
def test_scope_a_province_line_keeps_the_tally_window(nlp, line, count, scope):
    assert scope_of(nlp, LEAD + line, count) == scope


# ---- ruling 2: a day that opens the sentence before its speaker dates the report -------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("On Friday, the ministry said 14 PKK militants had been neutralised over the previous 24 hours.", "14", "period"),
    ("On Monday, the army announced that 9 terrorists were killed in the past 48 hours.", "9", "period"),
    ("On Sunday, a police spokesman told reporters 22 suspects had been detained over the past week.", "22",
     "period"),
    ("On Tuesday, Kurdish officials said 5 smugglers were arrested in the last 24 hours.", "5", "period"),
    # the day of the action itself, or a claim that names the attack
    ("On Friday, Turkish jets killed 6 PKK militants, the ministry said.", "6", "incident"),
    ("On Saturday, ISIS claimed an attack that killed 2 council members.", "2", "incident"),
])
def test_scope_a_fronted_report_day_leaves_the_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 3: a tally's nominalised list goes on past "and" --------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("Iraqi forces carried out 87 operations last week, leading to the arrest of 19 suspects and the killing of "
     "5 terrorists.", "5"),
    ("The army conducted 40 raids last month, resulting in the detention of 31 suspects and the killing of 8 "
     "militants.", "8"),
    ("Police ran 12 operations last week that led to the seizure of 9 rifles and the killing of 3 gunmen.", "3"),
    ("Troops carried out 55 sweeps in March, resulting in the arrest of 20 and the killing of 4 fighters.", "4"),
])
def test_scope_a_nominalised_tally_list_keeps_the_window(nlp, text, count):
    assert scope_of(nlp, text, count) == "period"


def test_scope_the_killing_of_as_an_occasion_still_dates_its_count(nlp):
    text = "Police arrested 40 suspects following the killing of 3 farmers last month."
    assert scope_of(nlp, text, "40") == "incident"


# ---- ruling 4: "N of them" right after a dated period takes that period ------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Turkish forces neutralised 11 PKK militants over the weekend. Seven of them were neutralised in the Gara "
     "region.", "Seven", "period"),
    ("Police arrested 30 suspects in Basra last week. 12 of them were detained in Zubair.", "12", "period"),
    ("The army killed 25 militants in March. Nine of those were killed in the Hamrin mountains.", "Nine", "period"),
    ("Asayish officers detained 16 people last month. Four of those were detained in Koya.", "Four", "period"),
    # the share names its own occasion
    ("Troops killed 25 militants in March. Nine of them were killed in a single air strike.", "Nine", "incident"),
])
def test_scope_a_pronoun_share_takes_the_dated_period(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 5: things found in one vehicle or house are one occasion --------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("The directorate seized 1.2 million captagon pills during the month, among them 400,000 pills found in a "
     "single truck.", "400,000", "incident"),
    ("The directorate seized 1.2 million captagon pills during the month, among them 400,000 pills found in a "
     "single truck.", "1.2 million", "period"),
    ("Customs officers seized 30 kilograms of hashish hidden in a car at the Trebil crossing last week.", "30",
     "incident"),
    ("Police found 12 rifles stashed inside one house in Zubair last month.", "12", "incident"),
    ("Troops discovered 9 mortar rounds in a warehouse near Tarmiyah over the past week.", "9", "incident"),
    ("Police seized 41 rifles in raids across Basra during the past week.", "41", "period"),
])
def test_scope_things_found_in_one_place_are_one_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 6: where a share of the count was does not stop the window -------------------------------------

@pytest.mark.parametrize("line,count", [
    ("The spokesman said troops had destroyed 35 hideouts, most of them in the Hamrin mountains.", "35"),
    ("He said police had arrested 41 suspects, mostly in Kirkuk.", "41"),
    ("The cell said jets had struck 18 targets, the majority in the Makhul range.", "18"),
    ("Officers had seized 27 rifles, many of them in Hawija, he said.", "27"),
])
def test_scope_a_share_place_does_not_stop_the_window(nlp, line, count):
    text = "Iraqi forces killed 23 ISIS members across six provinces during October, the spokesman said.\n" + line
    assert scope_of(nlp, text, count) == "period"


def test_scope_a_narrated_place_still_stops_the_window(nlp):
    text = ("Iraqi forces killed 23 ISIS members across six provinces during October, the spokesman said.\n"
            "Officers also seized 5 rifles in a workshop in Tal Kayf.")
    assert scope_of(nlp, text, "5") == "incident"


# ---- ruling 7: a rolling window is a closed window like a calendar one -------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Over the last 24 hours, a Turkish drone struck a car near Qamishli, killing 2 SDF fighters.", "2", "incident"),
    ("Over the last 24 hours, ISIS attacked an army post near Tuz Khurmatu, killing 3 soldiers.", "3", "incident"),
    ("In an ambush over the past 24 hours, ISIS killed 4 soldiers near Palmyra.", "4", "incident"),
    ("Iraqi forces killed 6 terrorists in an air strike in the Hamrin mountains over the past day.", "6",
     "incident"),
    ("In the past 48 hours, 5 soldiers were wounded when a roadside bomb struck their patrol.", "5", "incident"),
    # a tally of the window: several strikes, operations, raids
    ("Over the past 24 hours, Turkish drone strikes killed 12 PKK militants in the Gara region.", "12", "period"),
    ("The ministry said 9 terrorists were neutralised in air-supported operations over the last 24 hours.", "9",
     "period"),
    ("During the past 24 hours, security forces arrested 7 suspects in raids in Kirkuk.", "7", "period"),
    ("Army units killed 14 terrorists in the past day while repelling attacks on military posts.", "14", "period"),
])
def test_scope_a_rolling_window_dates_one_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 8: a bomb that left people dead, people freed from one house -----------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("A roadside bomb in the same district last week left 3 fighters dead.", "3", "incident"),
    ("An IED near Baiji this month left 4 soldiers wounded.", "4", "incident"),
    ("Women's units also freed 6 Yazidi women held in a house near Hasakah last month.", "6", "incident"),
    ("Commandos rescued 5 hostages kept in a farmhouse near Hawija last week.", "5", "incident"),
    ("During the past week, roadside bombs killed 6 soldiers in Diyala.", "6", "period"),
])
def test_scope_a_bomb_or_a_holding_place_is_one_occasion(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 9: an operation's area is a place ----------------------------------------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Turkish forces have neutralised 38 PKK terrorists in the past week, including 12 in the Claw-Lock operation "
     "area.", "12", "period"),
    ("Troops have killed 20 militants this month, including 7 in the offensive zone.", "7", "period"),
    ("ISIS has lost 5,000 fighters in the battle for Mosul.", "5,000", "cumulative"),
    ("The SDF has killed 230 militants in the ongoing operation.", "230", "cumulative"),
])
def test_scope_an_operation_area_is_no_running_total(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


def test_scope_a_province_line_under_a_strike_range_is_the_province_share(nlp):
    text = ("Between Feb. 25 and March 2, coalition aircraft carried out 14 strikes in Iraq.\n\n"
            "In Anbar, Iraqi F-16 jets destroyed 7 caves.\n\nNear Rutba, 3 strikes destroyed 2 tunnels.")
    assert scope_of(nlp, text, "7", "2024-03-04") == "period"
    assert scope_of(nlp, text, "2", "2024-03-04") == "incident"


# ---- ruling 10: "since the start of the year" does not carry to a simple past -------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Troops have killed 1,204 terrorists since the start of the year. Police arrested 12 suspects in Basra.", "12",
     "incident"),
    ("A total of 412 terrorists have been neutralised since the start of this year. 31 people were caught "
     "crossing the border.", "31", "incident"),
    ("Troops have killed 1,204 terrorists since the start of the year. They have also destroyed 90 hideouts.", "90",
     "cumulative"),
    ("The army has arrested 640 suspects since the start of the year, the ministry said.", "640", "cumulative"),
])
def test_scope_a_year_to_date_total_does_not_carry_to_a_simple_past(nlp, text, count, scope):
    assert scope_of(nlp, text, count) == scope


# ---- ruling 11: a line opening on a country sums across places under a titled window --------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Iraq security digest, 23-29 March\n\nIraq: ISIS carried out 9 attacks, killing 6 soldiers.", "6", "period"),
    ("Syria security digest, 23-29 March\n\nSyria: ISIS cells killed 14 regime soldiers.", "14", "period"),
    ("Weekly brief: 23-29 March\n\nIn Syria, the cells killed 12 SDF fighters.", "12", "period"),
    ("Weekly brief: 23-29 March\n\nIn Iraq, security forces arrested 40 suspects.", "40", "period"),
    # a province's line names one place: scope6 (a)
    ("Weekly brief: 23-29 March\n\nKirkuk: the army raided a farm near Qayyarah and detained 4.", "4", "incident"),
])
def test_scope_a_country_line_sums_under_a_titled_window(nlp, text, count, scope):
    assert scope_of(nlp, text, count, "2024-03-30") == scope


# ---- ruling 12: a country's label heads its paragraph under a titled window ---------------------------------

@pytest.mark.parametrize("text,count,scope", [
    ("Weekly brief: 23-29 March\n\nIraq: ISIS carried out 9 attacks, killing 6 soldiers. Iraqi forces arrested 40 "
     "suspects, including 9 in the Tarmiyah district.", "40", "period"),
    ("Weekly brief: 23-29 March\n\nIraq: ISIS carried out 9 attacks. The air force flew 5 sorties over the "
     "Hamrin mountains.", "5", "period"),
    ("Weekly brief: 23-29 March\n\nSyria: ISIS cells killed 14 soldiers. The SDF detained 31 suspects.", "31",
     "period"),
    ("Weekly brief: 23-29 March\n\nIraq: ISIS carried out 9 attacks, killing 6 soldiers. A roadside bomb killed "
     "3 soldiers. Police arrested 14 suspects.", "6", "period"),
    # a narrated place or one occasion in the paragraph stays an incident
    ("Weekly brief: 23-29 March\n\nIraq: ISIS carried out 9 attacks. Gunmen killed 2 shepherds near Dibis.", "2",
     "incident"),
    ("Weekly brief: 23-29 March\n\nIraq: ISIS carried out 9 attacks. A roadside bomb killed 3 soldiers.", "3",
     "incident"),
])
def test_scope_a_country_label_heads_its_paragraph(nlp, text, count, scope):
    assert scope_of(nlp, text, count, "2024-03-30") == scope
