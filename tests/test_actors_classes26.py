"""Actor classes of branch actors26 (docs/actor-rule.md decisions 81 and 91). Each row is an invented text, the
count, and the family its actor_id must have (None: null)."""
import pytest

from actors_helpers import check_row

# decision 81 (a): the one country the partner subject's clause names, by a country word or a place of one country
PARTNER_PLACED = [
    ("Near Mayadin, partner forces detained 7 suspects in a dawn raid.", "7", "SDF"),
    ("CENTCOM said partner forces killed 2 ISIS leaders in a raid near Shaddadi.", "2", "SDF"),
    ("In Anbar, partner forces destroyed 3 caves used as weapons stores.", "3", "ISF"),
    ("Partner forces captured 5 Daesh suspects west of Mosul, the task force said.", "5", "ISF"),
    ("Coalition-backed partner forces conducted 9 operations against Daesh in Iraq last week.", "9", "ISF"),
    ("Outside Hajin, Coalition-enabled partners seized 4 weapons caches.", "4", "SDF"),
]

# decision 81: two countries, or none, leave a partner subject null, never the coalition or the reporting command
PARTNER_NULL = [
    ("Coalition-enabled partner forces conducted 23 operations against Daesh in Iraq and Syria, killing 4 "
     "operatives, the Coalition said.", "4", None),
    ("Coalition partner forces carried out 18 operations against ISIS in Iraq and Syria last month.", "18", None),
    ("The Coalition said partner forces killed 9 Daesh operatives and detained 31 suspects in Iraq and Syria.",
     "31", None),
    ("SOUTHWEST ASIA – Coalition-backed partner forces removed 11 ISIS leaders from the battlefield in May, the "
     "Coalition said.", "11", None),
    ("The Pentagon said partner forces conducted 20 raids against ISIS in Iraq and Syria, killing 5 militants.", "5",
     None),
]

# the other direction: a partner subject with a ground partner named before, or a country in its own words
PARTNER_KEPT = [
    ("The Iraqi Security Forces, supported by Coalition aircraft, began a sweep on Monday. Partner forces cleared "
     "22 villages, the task force said.", "22", "ISF"),
    ("In Syria, partner forces conducted 11 of the operations, killing 4 Daesh fighters.", "4", "SDF"),
    ("Iraqi partner forces detained 15 suspects during the week, the Coalition said.", "15", "ISF"),
    ("Coalition aircraft conducted 6 strikes against Daesh near Hajin.", "6", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", PARTNER_PLACED)
def test_actors_classes26_partner_takes_the_country_its_clause_names(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", PARTNER_NULL)
def test_actors_classes26_partner_of_two_countries_is_null(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor, affected="ISIS")


@pytest.mark.parametrize("text,count,actor", PARTNER_KEPT)
def test_actors_classes26_partner_keeps_named_partner(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# decision 91: a sentence that breaks down a told toll takes the told toll's actor
TOLL_BREAKDOWNS = [
    ("ISIS cells killed 19 regime soldiers in the Homs desert last week, the monitor said. Among the 19 dead were "
     "3 officers, it added.", "3", "ISIS"),
    ("Two Peshmerga fighters were killed when ISIS militants shelled a post near Kifri. The dead included 1 "
     "officer, the ministry said.", "1", "ISIS"),
    ("Daesh gunmen ambushed an army patrol near Tarmiyah, killing 7 soldiers. Of those killed, 2 were officers.",
     "2", "ISIS"),
    ("Iraqi army units killed 14 ISIS fighters in the Hamrin hills. Three of the dead were wanted leaders.",
     "Three", "ISF"),
    ("An ISIS attack on a checkpoint near Diban wounded 5 SDF fighters. Among the 5 wounded was 1 commander.",
     "1", "ISIS"),
    ("Turkish drones struck a village near Qamishli, killing 6 people. The dead included 2 children, the SDF "
     "said.", "2", "TURKISH-FORCES"),
    ("The Iraqi army killed 6 ISIS militants near Mutaibija, the cell said. A general told reporters that 3 caves "
     "were destroyed and that the dead included 2 leaders wanted for attacks in Diyala.", "2", "ISF"),
]

# the other direction: no breakdown frame, or a told toll with no attacker, or an attack the clause tells itself
TOLL_NOT_CARRIED = [
    ("ISIS cells killed 19 regime soldiers in the Homs desert. Separately, 3 officers were wounded.", "3", None),
    ("Gunmen opened fire on shepherds near Hawija, killing 4. No group claimed the shooting. Of the 4 killed, 2 "
     "were brothers.", "2", None),
    ("ISIS militants killed 5 soldiers near Baiji. Two soldiers were wounded in a separate incident.", "Two", None),
    ("Army units killed 9 militants in Anbar. Among the dead were 2 soldiers killed by a roadside bomb.", "2",
     None),
]


@pytest.mark.parametrize("text,count,actor", TOLL_BREAKDOWNS)
def test_actors_classes26_breakdown_of_told_toll_takes_its_actor(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", TOLL_NOT_CARRIED)
def test_actors_classes26_no_breakdown_or_no_told_attacker_stays(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# decision 92: bare soldiers whose force in focus is an air arm or a supporting foreign state are the host army's
HOST_SOLDIERS = [
    ("ISIS cells killed 8 Syrian army soldiers near Sukhnah, the monitor said. Russian jets carried out 30 strikes "
     "on the desert. On Friday militants ambushed a truck near Palmyra, killing 4 soldiers.", "4", "SYRIAN-ARAB-ARMY"),
    ("ISIS militants killed 6 Syrian army soldiers near Kawm. Russian forces answered with 25 airstrikes. A landmine "
     "later killed 3 soldiers near Palmyra.", "3", "SYRIAN-ARAB-ARMY"),
    ("Daesh attacked an Iraqi army post near Tarmiyah, killing 2 soldiers. Coalition aircraft conducted 5 strikes "
     "in reply. A roadside bomb wounded 3 soldiers near Mishahda on Sunday.", "3", "ISF"),
    ("Cells killed 5 soldiers of the Syrian army near Mayadin. Russian warplanes struck 12 hideouts in response. "
     "Militants also wounded 2 soldiers at a checkpoint near Palmyra.", "2", "SYRIAN-ARAB-ARMY"),
]

# the other direction: a ground focus, no host army named, or a nationality before the noun
SUPPORTER_SOLDIERS = [
    ("Turkish forces shelled villages near Tal Tamr. PKK militants attacked a base, killing 2 soldiers.", "2",
     "TURKISH-FORCES"),
    ("Russian jets carried out 30 strikes in the Badia. Militants ambushed a convoy near Palmyra, killing 4 "
     "soldiers.", "4", "RUSSIAN-FORCES"),
    ("ISIS cells killed 8 Syrian army soldiers near Sukhnah. Russian jets carried out 30 strikes. Militants later "
     "killed 2 Russian soldiers near Palmyra.", "2", "RUSSIAN-FORCES"),
    ("Iraqi army units killed 5 militants near Baiji. Militants wounded 2 soldiers at a checkpoint.", "2",
     "ISF"),
]


@pytest.mark.parametrize("text,count,affected", HOST_SOLDIERS)
def test_actors_classes26_soldiers_after_supporter_focus_are_host_army(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", SUPPORTER_SOLDIERS)
def test_actors_classes26_soldiers_of_ground_focus_stay(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# decision 93: a count completing a toll's standing verb takes the attacker of the toll's own attack phrase
STANDING_TOLLS = [
    ("ISIS militants attacked a Peshmerga post near Makhmour, killing 2 fighters. The toll of Peshmerga members "
     "killed in such attacks this year now stands at 9, the ministry added.", "9", "ISIS"),
    ("ISIS militants attacked SDF posts near Diban, killing 3 fighters. The number of SDF fighters killed in those "
     "attacks has climbed to 31, the monitor said.", "31", "ISIS"),
    ("Daesh cells ambushed an army convoy near Sukhnah, killing 6 soldiers. The number of soldiers killed in "
     "similar ambushes since January has risen to 57.", "57", "ISIS"),
    ("The number of policemen killed in ISIS attacks in Kirkuk this year has reached 14, the police said.", "14",
     "ISIS"),
]

# the other direction: a means, an operation, or no attack phrase in the toll
STANDING_TOLLS_KEPT = [
    ("A roadside bomb killed 2 soldiers near Baiji. The number of soldiers killed in such blasts this year has "
     "risen to 14.", "14", None),
    ("Iraqi forces killed 5 militants near Baiji. The number of militants killed in the operation has risen to "
     "40.", "40", None),
    ("The number of civilians killed in the province this year stands at 12, the governor said.", "12", None),
    ("Unidentified gunmen killed 2 farmers near Hawija. The toll of farmers killed in such shootings now stands "
     "at 7.", "7", None),
]


@pytest.mark.parametrize("text,count,actor", STANDING_TOLLS)
def test_actors_classes26_standing_toll_takes_its_attacks_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", STANDING_TOLLS_KEPT)
def test_actors_classes26_standing_toll_without_attacker_stays_null(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# decision 94: "the attack" a state's air arm was told doing carries that air arm; a quote's "our" is its speaker's
TOLD_AIR_ATTACKS = [
    ("A Turkish drone struck a vehicle carrying SDF fighters near Tal Tamr, killing three of them. \"Three of our "
     "comrades were martyred in the treacherous attack,\" the SDF media center said.", "Three", "TURKISH-FORCES",
     "SDF"),
    ("Turkish drones struck an SDF vehicle near Kobani, killing 2 fighters. Three more fighters were wounded in the "
     "attack, the SDF said.", "Three", "TURKISH-FORCES", "SDF"),
    ("A Turkish warplane bombed a PKK position in the Qandil mountains, killing 4 militants. Two more militants died "
     "of their wounds after the attack, the ministry said.", "Two", "TURKISH-FORCES", "PKK"),
    ("Coalition aircraft struck an ISIS hideout near Rawa, killing 5 militants. Two more militants were wounded in "
     "the strike, officials said.", "Two", "CJTF-OIR", "ISIS"),
]

# the other direction: an air arm of the people's own state is no attacker of them
TOLD_AIR_OWN = [
    ("ISIS militants attacked an army post near Tarmiyah. Iraqi F-16 jets struck the attackers, killing 4. Two "
     "soldiers were wounded in the attack.", "Two", None),
    ("ISIS cells attacked a Syrian army post near Palmyra. Syrian jets struck the attackers, killing 6. Three "
     "soldiers were wounded in the attack.", "Three", None),
    ("Daesh remnants attacked a police checkpoint near Hawija. Iraqi army helicopters struck the attackers, killing "
     "3. Two policemen were wounded in the attack.", "Two", None),
    ("ISIS militants ambushed a Peshmerga patrol near Kifri. Iraqi jets struck the area, killing 2 militants. Four "
     "soldiers of the Iraqi army were wounded in the attack.", "Four", None),
]


@pytest.mark.parametrize("text,count,actor,affected", TOLD_AIR_ATTACKS)
def test_actors_classes26_told_air_attack_carries_its_air_arm(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor", TOLD_AIR_OWN)
def test_actors_classes26_own_air_arm_attacks_no_own_people(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
