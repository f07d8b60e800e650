"""Actor roles by phrasing class, round 7 (issue 10, classes 15-16 at the discourse level): which
force a count takes when its sentence names the operation rather than the force, when the count
sits in a relative clause after what a force carried out, and which force the text is about
after a background sentence or a supporting partner.

Each row is a short invented text, the count it is about and the family of the actor its
event must have."""
import pytest

from opstally.ids import family

from actors_helpers import check_row, event_for


# "a joint operation by X and Y killed 7": the operation is the subject, X (the first conjunct) leads
OPERATION_BY = [
    ("The Security Media Cell said that a joint operation by the Federal Police and the PMF killed "
     "seven ISIS terrorists in Salahuddin.", "seven", "ISF"),
    ("A dawn raid by the Peshmerga and coalition special forces left 4 militants dead near Makhmour.",
     "4", "KRG"),
    ("Officials said a sweep by the SDF, backed by coalition jets, destroyed 6 tunnels east of Hajin.",
     "6", "SDF"),
    ("The Hashd said an operation by its 30th Brigade and the Iraqi army captured 5 suspects in Diyala.",
     "5", "PMF"),
    ("An ambush by Zeravani units on the Sinjar road killed 3 smugglers of the group, a source said.",
     "3", "KRG"),
    ("The SDF said two fighters died. Shelling by Turkish forces on the nearby village damaged six homes.",
     "six", "TURKISH-FORCES"),
    ("The PMF held the ridge. Artillery fire by the Iraqi army destroyed 4 ISIS positions near Baiji.",
     "4", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", OPERATION_BY)
def test_actors7_operation_by_force_acts(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "X conducted a strike … that killed 1": the force that carried out the operation acts in the
# relative clause, also after a sentence about another force
CARRIED_OUT_THAT = [
    ("The SDF detained 3 men near Shaddadi. On May 5, Coalition forces conducted a strike in Raqqa "
     "province that killed 1 senior ISIS official.", "1", "CJTF-OIR"),
    ("Peshmerga units searched the villages. Later the coalition carried out two air strikes near "
     "Qarachogh which destroyed 5 caves.", "5", "CJTF-OIR"),
    ("The army took over the checkpoints. The Counter-Terrorism Service launched a night raid on a "
     "farm in Anbar that left 3 militants dead.", "3", "ISF"),
    ("Iraqi troops held the road, while the PMF executed an operation in the Mutaibija basin that "
     "dismantled 12 roadside bombs.", "12", "PMF"),
]


@pytest.mark.parametrize("text,count,actor", CARRIED_OUT_THAT)
def test_actors7_relative_after_carried_out_operation(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# an attack repelled, or one the force did not carry out, gives the relative clause no actor of the force
NOT_CARRIED_OUT = [
    ("The Peshmerga repelled an attack that killed 2 soldiers.", "2"),
    ("Federal Police officers investigated a bombing near Tarmiyah that killed 4 people.", "4"),
    ("The SDF condemned the ambush near Busayrah that killed 3 of its fighters.", "3"),
    ("Iraqi army units reached the village after a blast that killed 5 farmers.", "5"),
]


@pytest.mark.parametrize("text,count", NOT_CARRIED_OUT)
def test_actors7_relative_after_other_noun_no_force(nlp, text, count):
    assert family(event_for(nlp, text, count)["actor_id"]) in (None, "ISIS")


# "the fighters", "its members" of no named side, doing to the enemy's things and men what the
# text's own side does: the force the text is about, not the group named after them
OUR_FIGHTERS = [
    ("Fighters of the Tribal Mobilization combed 9 villages north of Haditha. With air cover from the "
     "army, the fighters also destroyed 3 tunnels that ISIS remnants used as shelters.", "3", "TRIBAL-MOBILIZATION"),
    ("PMF units swept the Mutaibija basin. During the operation, the fighters found a depot with 50 "
     "mortar rounds left by Daesh.", "50", "PMF"),
    ("The Peshmerga pushed into the valley at dawn. Its fighters later seized 4 rifles from an ISIS cave.",
     "4", "KRG"),
    ("The Deir ez-Zor Military Council raided Dhiban overnight. The council's members detained 6 men "
     "wanted by the SDF courts.", "6", "SDF"),
    ("Zeravani forces sealed the road. Before noon the fighters had cleared 12 farms where ISIS men hid.",
     "12", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", OUR_FIGHTERS)
def test_actors7_our_fighters_are_the_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# the group's fighters, or bare fighters killing people, stay the enemy's
THEIR_FIGHTERS = [
    ("The army held the town. ISIS attacked a farm at night, and the group's fighters seized 3 tractors.", "3"),
    ("Police reinforced the checkpoints. ISIS raided the village, and the fighters killed 4 shepherds.", "4"),
    ("The PMF pulled back. ISIS militants then stormed the hamlet; the jihadists' fighters burned 5 houses.", "5"),
    ("Iraqi troops arrived late. Daesh fighters had already destroyed 2 bridges on the road.", "2"),
]


@pytest.mark.parametrize("text,count", THEIR_FIGHTERS)
def test_actors7_their_fighters_stay_the_enemy(nlp, text, count):
    check_row(nlp, text, count, actor="ISIS")


# a sentence about a year well before the document's tells history: the force it names does not
# become the force the text is about, and a later subject-less count keeps the lead force
HISTORY_SENTENCE = [
    ("Published 15 April 2024. The Federal Police arrested 5 men in west Mosul on Sunday. The old city fell "
     "in 2017, after months in which Kurdish forces pushed in from the east. Officers also found 4 rifles.",
     "4", "ISF"),
    ("Tuesday, February 7, 2023. PMF fighters destroyed 8 hideouts in the Mutaibija basin. The basin saw "
     "heavy fighting in 2015, when the Iraqi army retook it. During the sweep, 50 mortar rounds were found.",
     "50", "PMF"),
    ("HASAKAH, March 10, 2024 - The Asayish detained 16 suspects in al-Hol camp. In March 2019 Iraqi troops "
     "sealed the border as Baghouz fell. The officers also found 7 weapons caches.",
     "7", "SDF"),
    ("Wednesday, June 21, 2023 | Peshmerga units swept the Qara Dagh hills. The hills were held by ISIS "
     "during 2014, until the Iraqi army and the PMF reached the area. A further 3 suspects were detained.",
     "3", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", HISTORY_SENTENCE)
def test_actors7_history_sentence_keeps_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# last year's review, a running total since a year and a sentence of this year do move the focus
NOT_HISTORY = [
    ("January 5, 2024. The army cleared 3 villages. In 2023, the SDF carried out dozens of raids in Raqqa. "
     "A further 12 suspects were detained.", "12", "SDF"),
    ("May 2024. The army cleared 3 villages. Since the fall of Baghouz in March 2019, the SDF has held the "
     "border. A further 9 suspects were detained.", "9", "SDF"),
    ("June 2024. The PMF cleared 3 villages. In May 2024, the Peshmerga took over the hills. "
     "A further 6 suspects were detained.", "6", "KRG"),
    ("The army cleared 3 villages near Hit. In 2016, the Counter-Terrorism Service entered Ramadi. "
     "A further 4 suspects were detained.", "4", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", NOT_HISTORY)
def test_actors7_recent_sentence_moves_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "its"/"their" point back to the nearest side named before them outside the counted phrases: after
# "an ISIS cell" or "the group" they are the enemy's men, and the force that took them acts
GROUP_POSSESSIVE = [
    ("Fighters of the Deir ez-Zor Military Council ambushed an ISIS cell near Hajin, killing 2 of its "
     "members.", "2", "SDF", "ISIS"),
    ("The Asayish broke up a Daesh network in Qamishli, detaining five of its members.", "five", "SDF", "ISIS"),
    ("Officers tracking the cell in Kirkuk arrested four of its members, the CTS said.", "four", "ISF", "ISIS"),
    ("The Peshmerga stormed a hideout of the militants near Makhmour and captured 3 of their leaders.",
     "3", "KRG", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", GROUP_POSSESSIVE)
def test_actors7_possessive_of_the_enemy(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


# the speaker's or subject's own: a counted hostile phrase or a group that only modifies a noun owns nothing
OWN_POSSESSIVE = [
    ("The SDF said 17 militants were killed and 2 of its fighters wounded.", "2", "SDF"),
    ("The Peshmerga repelled an ISIS attack, losing 2 of its fighters.", "2", "KRG"),
    ("ISIS attacked the PMF post at night, killing 3 of its fighters.", "3", "PMF"),
    ("The Federal Police said 9 terrorists died in the clash and that 4 of its officers were hurt.", "4", "ISF"),
]


@pytest.mark.parametrize("text,count,affected", OWN_POSSESSIVE)
def test_actors7_possessive_of_own_side(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# a headline's second predicate after a comma ("X foils …, kills three") has the headline's subject,
# not the group named in between
HEADLINE_SECOND_PREDICATE = [
    ("Hashd foils ISIS infiltration in Tarmiyah, kills three", "three", "PMF"),
    ("SDF raids Daesh hideout near Hajin, arrests 4 suspects", "4", "SDF"),
    ("Iraqi army sweeps Wadi al-Shay after ISIS ambush, destroys 12 tunnels", "12", "ISF"),
    ("Peshmerga repel Islamic State push on Gwer front, captures 2 attackers", "2", "KRG"),
    ("ISIS attacks Peshmerga post in Garmiyan, kills 2 fighters", "2", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", HEADLINE_SECOND_PREDICATE)
def test_actors7_headline_second_predicate(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# the force that backs, assists or advises is no subject and not the force the text is about: not as a
# compound ("Coalition-backed raid"), not after "alongside", not as the subject that "supported" a partner
SUPPORTERS = [
    ("Coalition-backed raid nets three ISIS suspects in Deir Ezzor\nThe Syrian Democratic Forces arrested "
     "three suspected ISIS members on Monday.", "three", "SDF"),
    ("The Counter-Terrorism Service, alongside units of the Popular Mobilization Forces, killed 6 ISIS "
     "members in the Hamrin mountains.", "6", "ISF"),
    ("Between May 13 and May 19, Coalition forces supported Iraqi Security Forces in 8 operations in Anbar. "
     "The partnered operations resulted in 4 ISIS operatives killed.", "4", "ISF"),
    ("Coalition-supported raid kills 2 ISIS leaders near Shaddadi\nThe SDF said its commandos killed the "
     "two cell leaders overnight.", "2", "SDF"),
    ("Coalition advisers backed the Peshmerga in a push on the Qarachogh ridge. By the evening 9 caves had "
     "been searched.", "9", "KRG"),
    ("Operation Roundup: results of the first phase\nThe first phase, launched near Shaddadi with coalition "
     "support, ended with 110 suspects in custody. In the second phase the SDF swept the desert.", "110", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", SUPPORTERS)
def test_actors7_supporter_is_not_the_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a country's ministry or military that reports a toll speaks for that country's force, also where
# the text was about another force before
MINISTRY_SPEAKER = [
    ("The SDF held the road. The Russian defence ministry said 40 militants had been eliminated in Homs.",
     "40", "RUSSIAN-FORCES"),
    ("Peshmerga units moved north. The Iraqi Defence Ministry said 6 terrorists were killed in Anbar.", "6", "ISF"),
    ("The PMF sealed the area. Turkish defense ministry officials said 12 PKK militants were neutralised.",
     "12", "TURKISH-FORCES"),
    ("The SDF reported calm. The Iraqi military said 9 ISIS members were killed near Rutba on Friday.", "9", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", MINISTRY_SPEAKER)
def test_actors7_ministry_speaks_for_its_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "partner forces" are the ground force the text named, the lead of a joint one, never the air partner,
# also after ", and" in a sentence whose first clause the air partner leads
PARTNER_FORCES = [
    ("The ISF and Kurdish Peshmerga, supported by Coalition air strikes, ended an operation near Makhmour. "
     "The Coalition conducted 31 air strikes, and partner forces cleared 48 villages.", "48", "ISF"),
    ("The SDF pushed into Hajin, backed by coalition jets. Coalition aircraft struck 12 targets while "
     "partner forces detained 7 suspects.", "7", "SDF"),
    ("Peshmerga and Zeravani units moved on the ridge with coalition support. Coalition jets hit 5 caves, "
     "and partner units later seized 3 rifles.", "3", "KRG"),
    ("Iraqi Army troops and the PMF swept the desert. The coalition flew 9 sorties; partnered forces "
     "destroyed 6 hideouts.", "6", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", PARTNER_FORCES)
def test_actors7_partner_forces_are_the_ground_lead(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
