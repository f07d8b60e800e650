"""Actor, affected and operation roles by phrasing class (issue 10, classes 12-19).

Each row is a short invented text, the count it is about and what the event of that
count must say. Ids are compared exactly where the unit matters (an air arm), else by
family."""
import pytest

from opstally.ids import family


def event_for(nlp, text, count):
    doc = nlp(text)
    found = [e for e in doc._.opstally_events if e["count"]["text"] == count]
    assert found, f"no event for {count!r} in {text!r}: {doc._.opstally_events}"
    return found[0]


# 12. aircraft and air arms: nationality + aircraft -> that state's air arm; coalition models -> coalition
AIR_ARMS = [
    ("Iraqi jets destroyed 9 ISIS hideouts in the Hamrin mountains.", "9", "IRAQI-AF"),
    ("Iraqi warplanes carried out 4 airstrikes on Daesh positions near Rutba.", "4", "IRAQI-AF"),
    ("Iraq's air force destroyed 3 tunnels used by ISIS in Kirkuk.", "3", "IRAQI-AF"),
    ("The air force carried out 6 strikes on ISIS dens in Anbar, the Iraqi military said.", "6", "IRAQI-AF"),
    ("F-16s destroyed 5 ISIS vehicles near Qaim.", "5", "CJTF-OIR"),
    ("Two MQ-9 Reapers struck 7 Daesh targets east of the Euphrates.", "7", "CJTF-OIR"),
    ("A-10s and F-15Es destroyed 12 ISIS fighting positions near Hajin.", "12", "CJTF-OIR"),
    ("British Typhoons destroyed 2 ISIS boats on the Euphrates.", "2", "UK-FORCES"),
]


@pytest.mark.parametrize("text,count,actor_id", AIR_ARMS)
def test_actors_air_arms(nlp, text, count, actor_id):
    assert event_for(nlp, text, count)["actor_id"] == actor_id


# 12b. air arms named by their owner: "its jets" after a country's ministry, lower-case "army
# aviation" / "army helicopters" (the army of the country the text is in), "Syrian Air Force"
OWNED_AIR = [
    ("Russia's defence ministry said its jets had flown 40 sorties over Deir ez-Zor.", "40", "RUSSIAN-FORCES"),
    ("Turkey's defence ministry said its warplanes hit 12 targets in northern Iraq.", "12", "TURKISH-FORCES"),
    ("The PMF held the road in Diyala. Army aviation struck a pickup carrying 4 militants, killing them.", "4",
     "IRAQI-ARMY"),
    ("Militants attacked a post in Kirkuk. Army helicopters chased their trucks, destroying 3.", "3",
     "IRAQI-ARMY"),
    ("Syrian Air Force jets flew 25 sorties over the Homs desert.", "25", "SYRIAN-AIR-FORCE"),
]


@pytest.mark.parametrize("text,count,actor_id", OWNED_AIR)
def test_actors_owned_air_arms(nlp, text, count, actor_id):
    assert event_for(nlp, text, count)["actor_id"] == actor_id


# 13. casualties of an enemy attack: the attacker acts, the victims are affected
ENEMY_ATTACK = [
    ("ISIS remains active in Diyala. The group raided an Iraqi army checkpoint, killing 4 officers.", "4", "ISIS", "ISF"),
    ("Kirkuk police said 3 guards were killed in an ambush by the militants. ISIS claimed the attack.",
     "3", "ISIS", "ISF"),
    ("Daesh cells are active near Tarmiyah. Assailants stormed a Federal Police post, killing 5 soldiers.", "5", "ISIS", "ISF"),
    ("ISIS elements attacked a Peshmerga outpost near Makhmour, wounding 2 Peshmerga fighters.",
     "2", "ISIS", "KRG"),
    ("Gunmen from the Islamic State opened fire on an Iraqi army patrol in Hawija, killing 3 policemen.", "3", "ISIS", "ISF"),
]


@pytest.mark.parametrize("text,count,actor,affected", ENEMY_ATTACK)
def test_actors_enemy_attack(nlp, text, count, actor, affected):
    ev = event_for(nlp, text, count)
    assert (family(ev["actor_id"]), family(ev["affected_id"])) == (actor, affected)


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 15. joint subjects after a fronted phrase: the first conjunct leads
JOINT = [
    ("During the week, SDF and the coalition detained 20 ISIS suspects in Hasakah.", "20", "SDF"),
    ("On Monday, the Iraqi army and the PMF killed 8 militants near Baiji.", "8", "ISF"),
    ("In a dawn raid, Peshmerga and coalition forces captured 5 Daesh members near Gwer.", "5", "KRG"),
    ("Over the past month, the Asayish and the coalition arrested 31 suspects in Raqqa.", "31", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", JOINT)
def test_actors_joint_subject(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 18b. elliptic casualty counts of an enemy attack are the state force's the sentence names; the
# airstrikes that back an advance are the striker's, not their target
ELLIPTIC_VICTIMS = [
    ("ISIS gunmen ambushed a bus carrying soldiers of the Syrian Arab Army near Sukhnah, killing 9 and "
     "wounding 12.", "12", "SYRIAN-ARAB-ARMY"),
    ("Daesh militants shot dead a PMF fighter near Udhaim; two others were hurt.", "two", "PMF"),
    ("ISIS cells attacked an SDF outpost near Hajin, killing 3 and wounding 5.", "3", "SDF"),
]


@pytest.mark.parametrize("text,count,affected", ELLIPTIC_VICTIMS)
def test_actors_elliptic_victims_of_an_attack(nlp, text, count, affected):
    assert family(event_for(nlp, text, count)["affected_id"]) == family(affected)


BACKING_STRIKES = [
    ("Some 3,000 Peshmerga fighters took part, backed by 25 coalition airstrikes on ISIS positions.", "25"),
    ("The SDF advance on Hajin was backed by more than 90 coalition air strikes.", "more than 90"),
    ("CTS units led the assault with support from 40 coalition airstrikes in the area.", "40"),
]


@pytest.mark.parametrize("text,count", BACKING_STRIKES)
def test_actors_backing_strikes_hit_the_enemy(nlp, text, count):
    ev = event_for(nlp, text, count)
    assert family(ev["actor_id"]) == "CJTF-OIR" and family(ev["affected_id"]) == "ISIS"


# lose with a generic subject ("Security forces lost 14 personnel"): the loser is the force in focus
LOSE_GENERIC = [
    ("The Iraqi army pushed into Rawa. Security forces lost 6 personnel in the first week.", "6", "ISF"),
    ("The SDF said 300 Daesh militants had been killed, while its own forces lost 41 fighters.", "41", "SDF"),
    ("CTS units stormed the district. The elite troops have lost 3 men since Monday.", "3", "ISF"),
]


@pytest.mark.parametrize("text,count,loser", LOSE_GENERIC)
def test_actors_lose_generic_subject(nlp, text, count, loser):
    ev = event_for(nlp, text, count)
    assert family(ev["actor_id"]) == loser and family(ev["affected_id"]) == loser


# 15c. a nationality word that leads a joint subject is that state's force
NATIONALITY_LEAD = [
    ("Iraqi and Kurdish forces killed 12 militants in the Qarachogh hills.", "12", "ISF"),
    ("Iraqi and U.S. forces captured 3 ISIS couriers near Tarmiyah.", "3", "ISF"),
    ("Overnight, Kurdish and coalition forces destroyed 7 ISIS tunnels near Gwer.", "7", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", NATIONALITY_LEAD)
def test_actors_nationality_leads_joint_subject(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 16b. a subordinate clause ("after an ISIS assault killed 10") has its own subject
SUBORDINATE_SUBJECT = [
    ("Peshmerga forces retook the village after an overnight ISIS assault killed 10 people.", "10", "ISIS"),
    ("The PMF sealed the road after a Daesh cell killed 4 shepherds.", "4", "ISIS"),
    ("SDF units advanced on Hajin after coalition jets carried out 12 strikes.", "12", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", SUBORDINATE_SUBJECT)
def test_actors_subordinate_clause_subject(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 13b. "fighters" of no named side that were attacked or are called martyrs are the state side's
# own (the reporting force, else the one in focus); the attacker is whoever the sentence names
ATTACKED_FIGHTERS = [
    ("An SDF statement said one fighter was killed when an ISIS cell opened fire near Hajin.", "one", "SDF", "ISIS"),
    ("The PMF held Udhaim. 3 fighters were martyred overnight, a source said.", "3", "PMF", None),
    ("The Peshmerga said 2 fighters were wounded in an ambush near Gwer.", "2", "KRG", None),
    ("ISIS is active near Dhiban. The SDF said 4 fighters were killed when an IED struck their patrol.", "4",
     "SDF", None),
]


@pytest.mark.parametrize("text,count,affected,actor", ATTACKED_FIGHTERS)
def test_actors_attacked_fighters_are_own(nlp, text, count, affected, actor):
    ev = event_for(nlp, text, count)
    assert family(ev["affected_id"]) == family(affected) and family(ev["actor_id"]) == family(actor)


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
    assert family(event_for(nlp, text, count)["actor_id"]) == family(actor)


# 15e. a fronted time phrase is no part of the subject after it ("Over three weeks Daesh lost …")
FRONTED_TIME = [
    ("Over three weeks Daesh lost about 900 square kilometres of territory.", "about 900", "ISIS"),
    ("Within two days the SDF cleared 14 villages near Hajin.", "14", "SDF"),
    ("In the past 24 hours Peshmerga forces destroyed 5 ISIS tunnels.", "5", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", FRONTED_TIME)
def test_actors_fronted_time_phrase(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 15f. a group right after an action verb is its object, never the subject of a later count
VERB_OBJECT = [
    ("Coalition and partner forces continued to strike Daesh near Hajin, conducting 19 strikes.", "19",
     "CJTF-OIR"),
    ("Since the coalition began bombing ISIS in 2014, it has carried out 5,900 air strikes.", "5,900", "CJTF-OIR"),
    ("Peshmerga units attacked ISIS near Gwer and then cleared 6 villages.", "6", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", VERB_OBJECT)
def test_actors_verb_object_is_no_subject(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 17. "ISF" in north-east Syria is the Internal Security Forces (Asayish)
ISF_SYRIA = [
    ("The ISF arrested 7 ISIS suspects in Hasakah on Sunday, the SDF said.", "7", "SDF-ASAYISH"),
    ("In Raqqa, ISF units detained 4 Daesh operatives.", "4", "SDF-ASAYISH"),
    ("The SDF and ISF captured 11 ISIS members in Deir ez-Zor countryside.", "11", "SDF"),
    ("The ISF killed 5 ISIS militants near Tikrit.", "5", "ISF"),
]


@pytest.mark.parametrize("text,count,actor_id", ISF_SYRIA)
def test_actors_isf_in_syria(nlp, text, count, actor_id):
    assert event_for(nlp, text, count)["actor_id"] == actor_id


# 18. objects outside the thing-noun list, elliptic counts, breaking inserts
AFFECTED = [
    ("Iraqi troops fighting ISIS in Anbar destroyed 4 rafts on the Euphrates.", "4", "ISIS"),
    ("The SDF, fighting Daesh near Hajin, seized 9 rifles.", "9", "ISIS"),
    ("Peshmerga forces battling ISIS blocked 3 roads and destroyed 2 motorcycles.", "2", "ISIS"),
    ("The Iraqi army attacked ISIS near Rawa, killing 8 and arresting 5.", "5", "ISIS"),
    ("The SDF raided ISIS cells in Shaddadi, killing 3 militants and capturing 6.", "6", "ISIS"),
    ("CTS forces ambushed the so-called Islamic State near Haditha, killing 4 (including a leader).", "4", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", AFFECTED)
def test_actors_affected_enemy(nlp, text, count, affected):
    assert family(event_for(nlp, text, count)["affected_id"]) == affected


# 19. operations named in the text are kept across families and across the next sentence
OPERATIONS = [
    ("In the second phase of Operation Victory Will, PMF fighters destroyed 7 ISIS hideouts in Anbar.",
     "7", "victory-will"),
    ("Hashd units killed 4 ISIS fighters during the Heroes of Iraq operation in Diyala.", "4", "heroes-of-iraq"),
    ("The fourth phase of Operation Victory Will began in western Anbar. PMF fighters destroyed 6 ISIS "
     "hideouts near Rutba.", "6", "victory-will"),
    ("Iraqi troops arrested 9 suspects in Tarmiyah. The sweep, dubbed Operation Desert Lantern, ended on Monday.",
     "9", "desert-lantern"),
    ("The SDF captured 12 ISIS members near Hajin. The raid, called Operation Night Hawk, "
     "was backed by the coalition.", "12", "night-hawk"),
]


@pytest.mark.parametrize("text,count,operation_id", OPERATIONS)
def test_actors_named_operation(nlp, text, count, operation_id):
    assert event_for(nlp, text, count)["operation_id"] == operation_id


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# surrender: the side that gave up acts (ANNOTATION.md: surrender)
SURRENDER = [
    ("The SDF announced the surrender of 20 ISIS members in Baghuz.", "20", "ISIS"),
    ("Peshmerga forces said 8 Daesh militants surrendered to them near Gwer.", "8", "ISIS"),
    ("Iraqi troops besieged the village of Albu Khalil; 5 gunmen of the Islamic State gave themselves up.",
     "5", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", SURRENDER)
def test_actors_surrender(nlp, text, count, actor):
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 20. strike counts: the strikes are against the enemy of the clause, else the enemy the text
# fights (a text naming no group: the default enemy of patterns/actors.jsonl)
STRIKES_AFFECTED = [
    ("Coalition forces conducted 14 strikes consisting of 22 engagements against ISIS in Syria.", "14", "ISIS"),
    ("Near Hajin, three airstrikes hit Daesh tactical units, the coalition said.", "three", "ISIS"),
    ("The Iraqi air force carried out 5 strikes in the Hamrin mountains.", "5", "ISIS"),
    ("Turkish jets carried out 6 air strikes on PKK positions in Qandil.", "6", "PKK"),
    ("Russian aircraft flew 40 sorties against Hayat Tahrir al-Sham in Idlib.", "40", "HTS"),
]


@pytest.mark.parametrize("text,count,affected", STRIKES_AFFECTED)
def test_actors_strike_affected(nlp, text, count, affected):
    assert family(event_for(nlp, text, count)["affected_id"]) == affected


# 21. a state force's captures of people and its seizures of things, in a text naming no group:
# the enemy it fights (class 18); civilians killed stay unattributed
TAKEN_FROM_ENEMY = [
    ("Iraqi police arrested 4 wanted persons in Kirkuk under the anti-terrorism law.", "4", "ISIS"),
    ("The SDF detained 12 people suspected of links to sleeper cells in Hasakah.", "12", "ISIS"),
    ("Federal Police seized 9 rockets and 30 mortar shells in a raid west of Samarra.", "9", "ISIS"),
    ("Results of the week: 6 terrorists killed and 14 hideouts destroyed by Iraqi army units.", "14", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", TAKEN_FROM_ENEMY)
def test_actors_taken_from_enemy(nlp, text, count, affected):
    assert family(event_for(nlp, text, count)["affected_id"]) == affected


UNATTRIBUTED = [
    ("A roadside bomb killed 3 civilians near Tarmiyah.", "3"),
    ("Iraqi troops rescued 14 families trapped in Mosul.", "14"),
    ("The Iraqi army cleared 12 villages south of Mosul.", "12"),
]


@pytest.mark.parametrize("text,count", UNATTRIBUTED)
def test_actors_unattributed_affected_stays_null(nlp, text, count):
    assert event_for(nlp, text, count)["affected_id"] is None


# 22. own casualties: "fighters"/"members" the enemy killed, a possessive of the speaker
# ("nine of our fighters"), and a bare wounded count after a killed count
OWN_CASUALTIES = [
    ("ISIS militants attacked Peshmerga positions near Kifri, killing 3 fighters.", "3", "KRG"),
    ("The SDF said that ISIS cells attacked its checkpoints in Hasakah; 4 of our fighters were martyred.",
     "4", "SDF"),
    ("Daesh gunmen attacked a Popular Mobilization post in Mutaibija, killing 2 members.", "2", "PMF"),
    ("The SDF said 6 of its own fighters were killed in clashes with ISIS near Hajin.", "6", "SDF"),
]


@pytest.mark.parametrize("text,count,affected", OWN_CASUALTIES)
def test_actors_own_casualties(nlp, text, count, affected):
    assert family(event_for(nlp, text, count)["affected_id"]) == affected


BARE_WOUNDED = [
    ("Five Iraqi soldiers were killed and 3 wounded when ISIS attacked their post in Tuz.", "3", "ISF"),
    ("An ISIS ambush killed 4 Peshmerga fighters and wounded two near Makhmour.", "two", "KRG"),
    ("ISIS gunmen killed seven SDF fighters and injured 9 in Deir ez-Zor.", "9", "SDF"),
]


@pytest.mark.parametrize("text,count,affected", BARE_WOUNDED)
def test_actors_bare_wounded_count(nlp, text, count, affected):
    assert family(event_for(nlp, text, count)["affected_id"]) == affected


# 23. an operation whose name begins with a place ("Operation Hamrin Lightning"): the place is
# part of the name, and the events of the operation carry it
PLACE_FIRST_OPERATIONS = [
    ("Iraqi forces launched Operation Anbar Thunder on Monday. They killed 7 ISIS militants near Rutba.",
     "7", "anbar thunder"),
    ("Operation Diyala Storm entered its second day; troops destroyed 4 hideouts in the Udhaim basin.",
     "4", "diyala storm"),
    ("The Peshmerga began Operation Kirkuk Dawn and captured 3 suspects in Dibis.", "3", "kirkuk dawn"),
]


@pytest.mark.parametrize("text,count,name", PLACE_FIRST_OPERATIONS)
def test_actors_operation_named_after_place(nlp, text, count, name):
    doc = nlp(text)
    ops = [e for e in doc._.opstally_entities if e["label"] == "OPERATION"]
    assert [e["text"].lower() for e in ops] == [name]
    assert event_for(nlp, text, count)["operation_id"] == ops[0]["kb_id"]


# 24. operations named without the word "Operation": a naming verb after "operation"/"campaign",
# or a quoted name right before or after the noun; the events after it carry it
CUED_OPERATIONS = [
    ("Iraqi troops began a new operation, dubbed Black Falcon, and killed 6 ISIS militants near Rawa.",
     "6", "black falcon"),
    ("The SDF launched a campaign it calls Desert Storm Two and captured 9 suspects near Hajin.",
     "9", "desert storm two"),
    ('The army began the operation "Lions of the Valley" and destroyed 5 hideouts in Hamrin.',
     "5", "lions of the valley"),
    ('The PMF started the "Eagle Eye" search operation and seized 3 weapons caches near Baiji.',
     "3", "eagle eye"),
]


@pytest.mark.parametrize("text,count,name", CUED_OPERATIONS)
def test_actors_operation_named_by_cue(nlp, text, count, name):
    doc = nlp(text)
    ops = [e for e in doc._.opstally_entities if e["label"] == "OPERATION"]
    assert [e["text"].lower() for e in ops] == [name]
    assert event_for(nlp, text, count)["operation_id"] == ops[0]["kb_id"]


NOT_OPERATION_NAMES = [
    "The operation called for 4 brigades to clear the villages west of Mosul.",
    "The campaign, named after a fallen commander, freed 12 villages near Raqqa.",
    "Officials called the operation a success after troops freed 14 villages.",
]


@pytest.mark.parametrize("text", NOT_OPERATION_NAMES)
def test_actors_naming_cue_without_a_name(nlp, text):
    assert not [e for e in nlp(text)._.opstally_entities if e["label"] == "OPERATION"]


# 25. a force does not kill or wound its own people: its losses are the doing of the attacker the
# sentence names (a group, or a hostile noun for the group the text names); when the sentence names
# none, nothing says who (ANNOTATION.md: "ten others have been injured" -> null). They still count
# under the force's operation.
OWN_LOSSES_ACTOR = [
    ("Peshmerga forces repelled an ISIS attack near Makhmour; one Peshmerga fighter was killed and 3 were "
     "wounded.", "3", "ISIS"),
    ("Daesh remains active near Baaj, the Iraqi army said. Two soldiers were killed when militants opened fire "
     "on their checkpoint.", "Two", "ISIS"),
    ("HTS fighters shelled the town overnight, and the SDF said 4 of its own fighters were killed.", "4", "HTS"),
]


@pytest.mark.parametrize("text,count,actor", OWN_LOSSES_ACTOR)
def test_actors_own_losses_not_self_inflicted(nlp, text, count, actor):
    ev = event_for(nlp, text, count)
    assert family(ev["actor_id"]) == family(actor) and family(ev["affected_id"]) != family(actor)


OWN_LOSSES_UNSAID = [
    ("ISIS cells attacked the village overnight. The source said 5 Hashd fighters lost their lives.", "5"),
    ("Daesh militants raided a checkpoint south of Kirkuk. 7 members of the Federal Police were killed.", "7"),
    ("The Iraqi army pressed on against ISIS in Anbar. Three soldiers were wounded.", "Three"),
    ("Unidentified gunmen killed two PMF members at a checkpoint near Tarmiyah. ISIS is active in the area.",
     "two"),
    ("ISIS cells struck near Hajin. The SDF lost 12 fighters, and at least 20 more were wounded.", "at least 20"),
    # a two-sided toll: the other side's counted dead say nothing of who caused these losses
    ("ISIS is active near Hajin. The SDF said 14 militants were killed and 3 of its fighters wounded.", "3"),
    ("Officials said 40 Daesh militants and 6 soldiers had been killed in the Iraqi army's push.", "6"),
]


@pytest.mark.parametrize("text,count", OWN_LOSSES_UNSAID)
def test_actors_own_losses_unsaid_attacker_is_null(nlp, text, count):
    ev = event_for(nlp, text, count)
    assert ev["actor_id"] is None and family(ev["affected_id"]) not in (None, "ISIS")


OWN_LOSSES_OPERATION = [
    "The Iraqi army went on with Operation Iron Hammer in Anbar. ISIS militants attacked a post, killing 4 soldiers.",
    "The Iraqi army pressed Operation Desert Wind near Rutba. Daesh gunmen killed 3 soldiers at a checkpoint.",
    "Operation Black Lion continued. ISIS fighters ambushed a Peshmerga patrol, wounding 6 fighters.",
]


@pytest.mark.parametrize("text", OWN_LOSSES_OPERATION)
def test_actors_own_losses_keep_operation(nlp, text):
    doc = nlp(text)
    op = next(e for e in doc._.opstally_entities if e["label"] == "OPERATION")
    ev = doc._.opstally_events[-1]
    assert family(ev["actor_id"]) == "ISIS" and ev["operation_id"] == op["kb_id"]


# 26. "Russian and Syrian aircraft": the first air arm named leads
COORDINATED_AIR_ARMS = [
    ("Russian and Syrian aircraft carried out 12 air strikes on IS targets near Palmyra.", "12", "RUSSIAN-FORCES"),
    ("Iraqi and coalition jets destroyed 6 ISIS hideouts in the Hamrin mountains.", "6", "IRAQI-AF"),
    ("Turkish and Russian warplanes struck 9 HTS positions in Idlib.", "9", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor_id", COORDINATED_AIR_ARMS)
def test_actors_coordinated_air_arms(nlp, text, count, actor_id):
    assert event_for(nlp, text, count)["actor_id"] == actor_id


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor


# 28. armed groups no list names ("Jund al-Wadi", "Harakat Rijal al-Sahra"): found by their
# prefix and Arabic article, linked to no id but their own; their members and arms are theirs.
# A group-shaped name the data lists as a force stays that force.
UNLISTED_GROUPS = [
    ("Police arrested 4 members of Jund al-Bayda near Muqdadiya.", "4", "JUND-AL-BAYDA"),
    ("Troops killed 6 fighters of Liwa al-Zawiya in the Makhul mountains.", "6", "LIWA-AL-ZAWIYA"),
    ("Russian jets struck positions of Harakat Rijal al-Jibal east of Palmyra, killing 9 fighters.", "9",
     "HARAKAT-RIJAL-AL-JIBAL"),
]


@pytest.mark.parametrize("text,count,group", UNLISTED_GROUPS)
def test_actors_unlisted_group_is_affected(nlp, text, count, group):
    doc = nlp(text)
    assert group in [e["kb_id"] for e in doc._.opstally_entities if e["label"] == "ARMED_GROUP"]
    assert event_for(nlp, text, count)["affected_id"] == group


@pytest.mark.parametrize("text,label,kb_id", [
    ("Fighters of Saraya al-Salam deployed to Samarra.", "FORCE", "PMF"),
    ("Liwa al-Quds units advanced east of Aleppo.", "FORCE", "LIWA-AL-QUDS"),
    ("Hayat Tahrir al-Sham shelled the town.", "ARMED_GROUP", "HTS"),
])
def test_actors_group_shaped_known_names_keep_their_entry(nlp, text, label, kb_id):
    ents = nlp(text)._.opstally_entities
    assert [(e["label"], e["kb_id"]) for e in ents if e["label"] in ("FORCE", "ARMED_GROUP")] == [(label, kb_id)]


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
    assert family(event_for(nlp, text, count)["actor_id"]) == actor
