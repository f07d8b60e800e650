"""Which force a count with no actor in its clause is carried from (issue 10, branch carry12).
Each row is a short invented text, the count it is about and the id whose family the event's actor
must have; docs/actor-rule.md, "Carried actors when the focus changes"."""
import pytest

from opstally.ids import family

from actors_helpers import check_row, event_for


# an armed group's attack, or its tally of attacks, is no new focus: the state force named before
# stays the actor of the later counts that name none
ENEMY_ACT_KEEPS_FOCUS = [
    ("Peshmerga forces stormed a village near Makhmour on Sunday. Ansar al-Islam carried out 14 attacks in the "
     "area in May. The fighters also found 3 weapons caches.", "3", "PESHMERGA"),
    ("The SDF launched a sweep of the Busayrah countryside. Cells of Hurras al-Din launched 9 assaults on "
     "checkpoints there last month, according to the statement. Four suspects were detained during the sweep.",
     "Four", "SDF"),
    ("The Federal Police began searching the Hamrin foothills on Tuesday. Naqshbandi Army gunmen conducted 12 attacks "
     "on shepherds in the foothills this year. During the search, 2 tunnels were destroyed.", "2",
     "FEDERAL-POLICE"),
    ("The Syrian army combed the desert near Sukhnah. Hayat Tahrir al-Sham fighters blew up 4 houses in the area a week "
     "earlier, residents said. Eleven mines were also dismantled.", "Eleven", "SYRIAN-ARAB-ARMY"),
    ("The Iraqi army entered the village of Albu Bali at dawn. Gunmen of al-Qaeda had killed 3 farmers there the "
     "night before. 7 suspects were arrested in the raid.", "7", "IRAQI-ARMY"),
    ("Turkish forces raided positions in the Gara region. PKK militants damaged 2 armoured vehicles in an ambush "
     "the day before. In the raid, 5 caves were destroyed.", "5", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", ENEMY_ACT_KEEPS_FOCUS)
def test_carry12_enemy_act_is_no_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# a participle after ", while <named force or group> <verb> …" belongs to that clause, not to the
# sentence's (or the reported clause's) first subject
WHILE_CLAUSE_PARTICIPLE = [
    ("The SDF said its Asayish units had detained 3 suspects in Hasakah, while Turkish forces shelled villages "
     "near Tal Tamr, wounding two children.", "two", "TURKISH-FORCES"),
    ("The PMF said its 30th Brigade arrested 4 men in Tarmiyah, whereas ISIS gunmen attacked a checkpoint in "
     "Mutaibija, killing 2 soldiers.", "2", "ISIS"),
    ("Peshmerga officials said their units cleared 5 villages near Gwer, while the PKK ambushed a patrol near "
     "Amedi, injuring 3 guards.", "3", "PKK"),
    ("The Iraqi army announced that it had captured 6 militants near Rutba, while coalition jets bombed a cave "
     "in the Hamrin hills, killing 4 fighters.", "4", "CJTF-OIR"),
    ("Syrian army troops retook 2 villages in Hama province, while Russian forces pounded a convoy in Idlib, "
     "leaving 9 militants dead.", "9", "RUSSIAN-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", WHILE_CLAUSE_PARTICIPLE)
def test_carry12_while_clause_owns_its_participle(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# a quoted "we" / "our <fighters>" is the speaker's force, not the force the text turned to since
QUOTED_SPEAKER = [
    ("SDF spokesman Farhad Shami said on Tuesday that Turkish forces had shelled 3 villages near Ain Issa. "
     "\"Our fighters captured four ISIS members in Hasakah on the same night,\" he said.", "four", "SDF"),
    ("A PMF commander told reporters that US aircraft had struck 2 depots near al-Qaim. \"We arrested 6 smugglers "
     "near the border afterwards,\" he added.", "6", "PMF"),
    ("An official of the Syrian army said Russian jets hit a convoy near Palmyra, killing 12 militants. "
     "'Our troops then seized 9 rifles,' the official said.", "9", "SYRIAN-ARAB-ARMY"),
    ("Speaking to Rudaw, a spokesman for the Peshmerga said Federal Police units had searched 20 villages. "
     "\"We found 4 weapons caches in the orchards,\" he said.", "4", "PESHMERGA"),
    ("Iraqi army media officer Ali Hassan said coalition jets carried out 5 strikes in the Hamrin hills. "
     "\"Our units destroyed 3 tunnels,\" Hassan said.", "3", "IRAQI-ARMY"),
    # the speaker's partners are the partner force, not the speaker's
    ("The SDF raided a farm near Shaddadi. \"Our partners captured 4 Daesh operatives,\" a coalition spokesman "
     "wrote.", "4", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", QUOTED_SPEAKER)
def test_carry12_quoted_we_is_the_speakers_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# the people a participle after "repelled / repulsed / foiled / thwarted an attack" counts are the
# attackers': the repelling side killed them, and they are the attacker's when "by X" names it
REPELLED_ATTACK = [
    ("The SDF said its fighters repelled an attack by government forces near Deir Hafer, killing 4 soldiers.",
     "4", "SDF", None),
    ("The PMF repulsed an attack by US forces on its positions near al-Qaim, killing 2 soldiers.", "2", "PMF",
     "US-FORCES"),
    ("Peshmerga fighters thwarted an infiltration attempt near Gwer, killing 3 soldiers of the attacking force.",
     "3", "PESHMERGA", None),
    ("The SDF foiled an assault by Turkish troops on Tal Tamr on Friday, killing 5 soldiers.", "5", "SDF",
     "TURKISH-FORCES"),
    ("Syrian army units fended off an attack by the SDF near Deir Hafer, wounding six fighters.", "six",
     "SYRIAN-ARAB-ARMY", "SDF"),
]


@pytest.mark.parametrize("text,count,actor,affected", REPELLED_ATTACK)
def test_carry12_repelled_attack_counts_the_attackers(nlp, text, count, actor, affected):
    event = event_for(nlp, text, count)
    assert family(event["actor_id"]) == family(actor)
    if affected is not None:
        assert family(event["affected_id"]) == family(affected)


# a possessive keeps the repelling side's own losses its own: no actor
def test_carry12_repelled_attack_own_losses_stay_null(nlp):
    event = event_for(nlp, "The SDF repelled an attack near Manbij, killing 2 of its fighters.", "2")
    assert event["actor_id"] is None and family(event["affected_id"]) == "SDF"


# "reinforcements from / of X", "X reinforcements" are X's men, also after another force was in focus
REINFORCEMENTS = [
    ("Elsewhere, Peshmerga forces arrested 3 men in Daquq. Reinforcements from the Iraqi army later searched the "
     "valley and found 5 rockets.", "5", "IRAQI-ARMY"),
    ("The SDF detained 4 suspects in Hajin. Reinforcements of the Syrian army then reached Mayadin and seized 7 "
     "rifles.", "7", "SYRIAN-ARAB-ARMY"),
    ("The Federal Police arrested 2 men near Tarmiyah on Monday. PMF reinforcements later combed the orchards and "
     "destroyed 3 hideouts.", "3", "PMF"),
    ("Peshmerga units cleared two villages near Makhmour. Iraqi army reinforcements later swept the area and "
     "found 4 mortar rounds.", "4", "IRAQI-ARMY"),
]


@pytest.mark.parametrize("text,count,actor", REINFORCEMENTS)
def test_carry12_reinforcements_are_their_forces(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# an armed group that reports what "its fighters / its men" did is their actor, not the force its attacks hit
GROUP_REPORTS_ITS_OWN = [
    ("ISIS said in a statement that its fighters carried out five attacks on SDF positions this week.", "five",
     "ISIS"),
    ("In its weekly newsletter, the Islamic State said its fighters had carried out 12 attacks on the Peshmerga "
     "in Kirkuk.", "12", "ISIS"),
    ("The Islamic State announced its fighters had blown up 4 houses of Sahwa members in Baiji.", "4", "ISIS"),
    ("Hurras al-Din said in a statement that its men had carried out 7 attacks on regime posts in Idlib.", "7",
     "HURRAS-AL-DIN"),
    ("Daesh reported that its members had carried out 9 attacks on PMF checkpoints near Tarmiyah in June.", "9",
     "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", GROUP_REPORTS_ITS_OWN)
def test_carry12_group_reporting_its_fighters_acts(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# a definite elliptic superlative subject ("The deadliest", "The most recent one", "The latest") refers
# back to the attacks the text told and carries their attacker (docs/actor-rule.md 2)
ELLIPTIC_TOLD_ATTACK = [
    ("Daesh has carried out at least 7 attacks on shepherds in the Rutba desert since January, a source said. "
     "The most recent one, on Friday, killed 3 shepherds.", "3", "ISIS"),
    ("ISIS carried out 11 attacks in Kirkuk in March, officials said. The deadliest, on 5 March, killed four "
     "farmers.", "four", "ISIS"),
    ("Hurras al-Din fighters carried out 6 attacks on villages near Idlib in May. The latest, on Sunday, wounded "
     "five civilians.", "five", "HURRAS-AL-DIN"),
    ("The PKK carried out 9 attacks on village guards this year, the governor said. The worst of them killed "
     "7 villagers.", "7", "PKK"),
]


@pytest.mark.parametrize("text,count,actor", ELLIPTIC_TOLD_ATTACK)
def test_carry12_elliptic_superlative_carries_the_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# a told attack with no group names nobody
def test_carry12_elliptic_superlative_of_unowned_attacks_is_null(nlp):
    text = "Unidentified gunmen attacked two checkpoints in Tarmiyah. The latest, on Monday, killed 3 shepherds."
    check_row(nlp, text, "3", actor_id=None)
