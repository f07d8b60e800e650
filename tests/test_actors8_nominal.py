"""Nominal actors at the clause level (issue 10, class 12; docs/actor-rule.md 9-12): a nationality
with a ground weapon names that state's force wherever the clause puts it (subject, by-agent,
when-clause), and passive by-agents, possessive units and coordinated verbs keep their actor.

Each row is a short invented text, the count it is about and the family of the actor its
event must have."""
import pytest

from actors_helpers import check_row


# nationality + ground weapon: that state's force, as subject, by-agent or in a when/after clause
GROUND_ARMS = [
    ("Three SDF fighters were wounded on Monday when Turkish artillery shelled villages near Tal Tamr.",
     "Three", "TURKISH-FORCES"),
    ("Turkish shelling wounded 4 members of the Asayish in Ain Issa overnight.", "4", "TURKISH-FORCES"),
    ("2 SDF fighters were killed by Turkish army shelling near Zirgan, the council said.", "2", "TURKISH-FORCES"),
    ("Turkish tanks destroyed 2 SDF positions west of Manbij on Friday.", "2", "TURKISH-FORCES"),
    ("Five YPG fighters died after Turkish howitzers pounded the outskirts of Kobani.", "Five", "TURKISH-FORCES"),
    ("Iraqi artillery pounded 6 ISIS hideouts in the Hamrin mountains.", "6", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", GROUND_ARMS)
def test_actors8_nationality_ground_arm_acts(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a ground weapon with no nationality names nobody new: the clause's other rules decide
UNNAMED_ARMS = [
    ("ISIS militants shelled a Peshmerga post with mortars near Kifri, wounding 3 fighters.", "3", "ISIS"),
    ("The Peshmerga said artillery fire from the ISIS side wounded 2 of its fighters.", "2", "ISIS"),
    ("Daesh rockets hit a PMF position near Udhaim, killing 2 fighters.", "2", "ISIS"),
    ("SDF artillery shelled ISIS positions in Baghuz, killing 7 militants.", "7", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", UNNAMED_ARMS)
def test_actors8_arm_without_nationality_keeps_clause_actor(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a passive by-agent, a possessive unit, an apposition: the force named there
BY_AGENTS_AND_POSSESSIVES = [
    ("Nine suspects were detained by Asayish in Qamishli on Sunday.", "Nine", "SDF"),
    ("12 ISIS members were captured by the Peshmerga near Makhmour.", "12", "KRG"),
    ("The army's raid on a farm near Tarmiyah netted 3 suspects.", "3", "ISF"),
    ("The 5th Division's engineers dismantled 14 explosive devices north of Muqdadiyah.", "14", "ISF"),
    ("Hashd units, the PMF's 30th Brigade, killed 5 Daesh terrorists north of Samarra.", "5", "PMF"),
    ("An Iraqi airstrike killed 4 ISIS members in the Qarachogh mountains.", "4", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", BY_AGENTS_AND_POSSESSIVES)
def test_actors8_by_agent_and_possessive_act(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# coordinated verbs and elliptic counts keep the first verb's subject and the neighbour's victims
COORDINATED = [
    ("One coalition strike hit an ISIS squad and destroyed 3 trucks near Baghuz.", "3", "CJTF-OIR", "ISIS"),
    ("Iraqi special forces stormed a farmhouse west of Tharthar, killed 4 militants and freed 2 shepherds.",
     "2", "ISF", None),
    ("The SDF raided the village at dawn, killing 8 and arresting 5 suspected ISIS members.", "8", "SDF", "ISIS"),
    ("Peshmerga forces repelled the attack, killed 3 of the attackers and seized 2 rifles.", "2", "KRG", "ISIS"),
    ("The Federal Police swept the orchards near Tarmiyah and arrested 7 suspects, then dismantled 4 IEDs.",
     "4", "ISF", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", COORDINATED)
def test_actors8_coordinated_verbs_keep_subject(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


# a by-agent that is a generic noun of a named unit: the unit's force ("by a force of the 17th Division")
BY_UNIT_OF = [
    ("The cell announced the arrest of 4 suspects by a force of the 17th Division in Tarmiyah.", "4", "ISF"),
    ("Seven ISIS members were arrested by fighters from the PMF's 30th Brigade near Samarra.", "Seven", "PMF"),
    ("Three hideouts were destroyed by troops of the 9th Division in Wadi Houran.", "Three", "ISF"),
    ("Nine smugglers were detained by members of the Asayish near al-Hol.", "Nine", "SDF"),
    ("Two wanted men were captured by units of the Peshmerga in Garmiyan.", "Two", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", BY_UNIT_OF)
def test_actors8_by_unit_of_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "regime" names the Syrian army's guns, as a nationality does
REGIME_ARMS = [
    ("Three members of Hayat Tahrir al-Sham were killed by regime artillery shelling in Jabal al-Zawiya, "
     "while Russian jets carried out 6 air strikes.", "Three", "SYRIAN-ARAB-ARMY"),
    ("Regime shelling kills three HTS members in southern Idlib.", "three", "SYRIAN-ARAB-ARMY"),
    ("Two civilians were wounded when regime rockets hit Ariha, a monitor said.", "Two", "SYRIAN-ARAB-ARMY"),
    ("Regime tanks destroyed 2 HTS positions near Kafr Nabl.", "2", "SYRIAN-ARAB-ARMY"),
]


@pytest.mark.parametrize("text,count,actor", REGIME_ARMS)
def test_actors8_regime_arms_act(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "the strikes" as a subject refers back to the strikes a force was named for
STRIKES_TOLD = [
    ("Iraqi Security Forces, supported by Coalition air strikes, killed 11 ISIS terrorists in the Hamrin "
     "mountains. The strikes destroyed 6 caves.", "6", "CJTF-OIR"),
    ("Peshmerga forces advanced on the village, backed by coalition jets. The airstrikes destroyed 4 ISIS "
     "vehicles.", "4", "CJTF-OIR"),
    ("The SDF stormed the farms at dawn while Iraqi F-16s hit the hills beyond. The air strikes killed 5 "
     "militants.", "5", "ISF"),
    ("Turkish drones circled over Qandil for hours, the ministry said. The strikes destroyed 3 PKK shelters.",
     "3", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", STRIKES_TOLD)
def test_actors8_the_strikes_keep_their_striker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
