"""Who acted: the subject of the action by phrasing class (issue 10, classes 14-17, 27, 29).

Each row is a short invented text, the count it is about and what the event of that
count must say. Ids are compared exactly where the unit matters (an air arm), else by
family."""
import pytest

from opstally.ids import family

from actors_helpers import check_row


# 14. coordinated verbs keep the first verb's subject
COORDINATED = [
    ("The Peshmerga said one coalition strike hit an enemy squad and destroyed 3 trucks.", "3", "CJTF-OIR"),
    ("Iraqi troops stormed a hideout in Tarmiyah and arrested 6 suspects.", "6", "ISF"),
    ("The SDF surrounded a farm near Shaddadi and captured 4 ISIS members.", "4", "SDF"),
    ("A coalition drone tracked a convoy in the desert and destroyed 2 vehicles, the Peshmerga said.",
     "2", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", COORDINATED)
def test_actors_coordinated_verbs(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 15. joint subjects after a fronted phrase: the first conjunct leads
JOINT = [
    ("During the week, SDF and the coalition detained 20 ISIS suspects in Hasakah.", "20", "SDF"),
    ("On Monday, the Iraqi army and the PMF killed 8 militants near Baiji.", "8", "ISF"),
    ("In a dawn raid, Peshmerga and coalition forces captured 5 Daesh members near Gwer.", "5", "KRG"),
    ("Over the past month, the Asayish and the coalition arrested 31 suspects in Raqqa.", "31", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", JOINT)
def test_actors_joint_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 15b. the subject's lead force: "a joint force of A and B" (A), partners a preposition governs
# ("supported by A and B") are no subject, "operations led by A", "operations by A and B, which …" (A)
LEAD_FORCE = [
    ("A joint force of the Iraqi army and the PMF ambushed ISIS infiltrators near Qaim, killing 6 of them.",
     "6", "ISF"),
    ("Units of the Peshmerga and the Iraqi army, backed by the coalition and the Iraqi Air Force, "
     "cleared 9 villages south of Gwer.", "9", "KRG"),
    ("Fighters of the SDF, supported by US forces and the coalition, captured 14 ISIS suspects in Hajin.",
     "14", "SDF"),
    ("Coalition-partnered raids led by the SDF detained 40 ISIS suspects in Deir ez-Zor.", "40", "SDF"),
    ("The coalition advised 20 missions by the Peshmerga and the Iraqi army, which killed 7 militants.",
     "7", "KRG"),
    ("The PMF pushed into the orchards after Iraqi jets carried out 5 airstrikes on ISIS hideouts.", "5",
     "ISF"),
    ("The operation began at dawn, with SDF, Asayish and coalition units taking part, numbering around 900 "
     "fighters.", "around 900", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", LEAD_FORCE)
def test_actors_lead_force_of_the_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# lose with a generic subject ("Security forces lost 14 personnel"): the loser is the force in focus
LOSE_GENERIC = [
    ("The Iraqi army pushed into Rawa. Security forces lost 6 personnel in the first week.", "6", "ISF"),
    ("The SDF said 300 Daesh militants had been killed, while its own forces lost 41 fighters.", "41", "SDF"),
    ("CTS units stormed the district. The elite troops have lost 3 men since Monday.", "3", "ISF"),
]


@pytest.mark.parametrize("text,count,loser", LOSE_GENERIC)
def test_actors_lose_generic_subject(nlp, text, count, loser):
    check_row(nlp, text, count, actor=loser, affected=loser)


# 15c. a nationality word that leads a joint subject is that state's force
NATIONALITY_LEAD = [
    ("Iraqi and Kurdish forces killed 12 militants in the Qarachogh hills.", "12", "ISF"),
    ("Iraqi and U.S. forces captured 3 ISIS couriers near Tarmiyah.", "3", "ISF"),
    ("Overnight, Kurdish and coalition forces destroyed 7 ISIS tunnels near Gwer.", "7", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", NATIONALITY_LEAD)
def test_actors_nationality_leads_joint_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 15d. those taking part: the force named with them, the enemy for hostile people; they move no focus
PARTICIPANTS = [
    ("The Iraqi army opened the operation. Two brigades of the PMF took part.", "Two", "PMF"),
    ("Peshmerga repelled an ISIS night attack. Between 8 and 10 militants took part in the assault.",
     "Between 8 and 10", "ISIS"),
    ("ISIS struck a checkpoint near Haditha. Some 20 militants were involved in the attack, a source said.",
     "Some 20", "ISIS"),
    ("The ISF launched Operation Iron Gate, with two brigades of the PMF taking part. Troops destroyed 9 caves.",
     "9", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", PARTICIPANTS)
def test_actors_participants(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 16b. a subordinate clause ("after an ISIS assault killed 10") has its own subject
SUBORDINATE_SUBJECT = [
    ("Peshmerga forces retook the village after an overnight ISIS assault killed 10 people.", "10", "ISIS"),
    ("The PMF sealed the road after a Daesh cell killed 4 shepherds.", "4", "ISIS"),
    ("SDF units advanced on Hajin after coalition jets carried out 12 strikes.", "12", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", SUBORDINATE_SUBJECT)
def test_actors_subordinate_clause_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 16c. a generic subject that names the country's own force: "the army", "army engineers",
# "security forces" (Iraq), not the force last in focus; a state army in focus keeps it
NATIONAL_GENERIC = [
    ("The PMF held the road near Baiji. The army destroyed 6 ISIS hideouts in Salahuddin.", "6", "IRAQI-ARMY"),
    ("The NDF guarded the highway. Army engineers dismantled 40 mines near Palmyra in Homs.", "40",
     "SYRIAN-ARAB-ARMY"),
    ("The Peshmerga sealed the road. Security forces arrested 5 Daesh suspects in Mosul, Nineveh.", "5", "ISF"),
    ("Turkish forces pushed into Afrin, Aleppo. The army destroyed 12 YPG positions.", "12", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", NATIONAL_GENERIC)
def test_actors_generic_national_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=family(actor))


# 15e. a fronted time phrase is no part of the subject after it ("Over three weeks Daesh lost …")
FRONTED_TIME = [
    ("Over three weeks Daesh lost about 900 square kilometres of territory.", "about 900", "ISIS"),
    ("Within two days the SDF cleared 14 villages near Hajin.", "14", "SDF"),
    ("In the past 24 hours Peshmerga forces destroyed 5 ISIS tunnels.", "5", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", FRONTED_TIME)
def test_actors_fronted_time_phrase(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 15f. a group right after an action verb is its object, never the subject of a later count
VERB_OBJECT = [
    ("Coalition and partner forces continued to strike Daesh near Hajin, conducting 19 strikes.", "19",
     "CJTF-OIR"),
    ("Since the coalition began bombing ISIS in 2014, it has carried out 5,900 air strikes.", "5,900", "CJTF-OIR"),
    ("Peshmerga units attacked ISIS near Gwer and then cleared 6 villages.", "6", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", VERB_OBJECT)
def test_actors_verb_object_is_no_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 16. carry-over must not pick the wrong force
CARRY = [
    # an as/when clause names the agent of the main clause's deaths
    ("Peshmerga forces held the line near Makhmour. 9 gunmen died when the coalition hit their convoy.",
     "9", "CJTF-OIR"),
    ("The SDF advanced on Hajin. 6 militants were killed as coalition jets struck their hideout.",
     "6", "CJTF-OIR"),
    # a spokesman's own force
    ("Troops cleared 14 villages in the Hamrin area, said a spokesman for the Peshmerga.", "14", "KRG"),
    ("Our forces destroyed 4 tunnels near Baaj, a spokesman for the Iraqi army told reporters.", "4", "ISF"),
    # the supporting air partner does not replace the ground force
    ("The SDF pushed into Baghuz, backed by coalition airstrikes. The coalition conducted 5 strikes. "
     "Forces later captured 30 militants.", "30", "SDF"),
    ("Peshmerga troops moved on Gwer. Coalition aircraft provided cover and struck 3 targets. "
     "Troops then cleared 7 villages.", "7", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", CARRY)
def test_actors_carry_over(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 17. "ISF" in north-east Syria is the Internal Security Forces (Asayish)
ISF_SYRIA = [
    ("The ISF arrested 7 ISIS suspects in Hasakah on Sunday, the SDF said.", "7", "SDF-ASAYISH"),
    ("In Raqqa, ISF units detained 4 Daesh operatives.", "4", "SDF-ASAYISH"),
    ("The SDF and ISF captured 11 ISIS members in Deir ez-Zor countryside.", "11", "SDF"),
    ("The ISF killed 5 ISIS militants near Tikrit.", "5", "ISF"),
]


@pytest.mark.parametrize("text,count,actor_id", ISF_SYRIA)
def test_actors_isf_in_syria(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


# subjects that read as objects, and objects that read as subjects
SUBJECT_SHAPES = [
    # a relative pronoun names the actor of the trigger after it
    ("Peshmerga units advanced, backed by coalition jets that carried out 8 airstrikes on ISIS posts.",
     "8", "CJTF-OIR"),
    ("The SDF pushed on, helped by coalition aircraft which destroyed 4 ISIS vehicles.", "4", "CJTF-OIR"),
    # the force inside a counted strike noun
    ("The ISF took the town after more than 90 coalition airstrikes in the area.", "more than 90", "CJTF-OIR"),
    # an entity after "a"/"an" modifies an object and is no subject
    ("Iraqi police foiled an ISIS plot in Karbala, arresting 6 suspects.", "6", "ISF"),
    ("The Asayish broke up an IS cell in Hasakah, detaining 3 members.", "3", "SDF"),
    # a long chain of coordinated verbs keeps the first verb's subject
    ("Federal Police units killed a senior leader of the remnants of ISIS in the Tarmiyah district and "
     "arrested 2 others.", "2", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", SUBJECT_SHAPES)
def test_actors_subject_shapes(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# surrender: the side that gave up acts (ANNOTATION.md: surrender)
SURRENDER = [
    ("The SDF announced the surrender of 20 ISIS members in Baghuz.", "20", "ISIS"),
    ("Peshmerga forces said 8 Daesh militants surrendered to them near Gwer.", "8", "ISIS"),
    ("Iraqi troops besieged the village of Albu Khalil; 5 gunmen of the Islamic State gave themselves up.",
     "5", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", SURRENDER)
def test_actors_surrender(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 27. ", while X …" opens a clause: the subject of its verb is not searched before it (a generic
# subject there: the force the text is about)
WHILE_CLAUSE = [
    ("Peshmerga commanders said coalition aircraft conducted 8 airstrikes on caves, while ground teams "
     "searched 14 valleys.", "14", "KRG"),
    ("According to the SDF, coalition jets hit 5 caves near Shaddadi, while teams swept 9 villages.", "9", "SDF"),
    ("Iraqi jets struck 3 hideouts, whereas the PMF arrested 7 suspects in Tarmiyah.", "7", "PMF"),
]


@pytest.mark.parametrize("text,count,actor", WHILE_CLAUSE)
def test_actors_while_clause_own_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# 29. a state force that reports ("The SDF said …") is the actor of the enemy losses it reports
# in a passive clause with no agent, not the force the text was about before
SPEAKER = [
    ("Iraqi troops held the line near Tal Afar. The SDF said 17 militants were killed near Hajin.", "17", "SDF"),
    ("The Peshmerga cleared two villages. The PMF announced that 9 ISIS members were captured in Baiji.", "9",
     "PMF"),
    ("Coalition jets struck Raqqa. Iraqi army spokesman said 12 hideouts were destroyed in Anbar.", "12", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", SPEAKER)
def test_actors_reporting_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
