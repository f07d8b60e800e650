"""Who was affected: victims, enemy losses, own casualties, strikes' targets by phrasing class
(issue 10, classes 13, 18, 20-22, 25, 28).

Each row is a short invented text, the count it is about and what the event of that
count must say. Ids are compared exactly where the unit matters (an air arm), else by
family."""
import pytest

from opstally.ids import family

from actors_helpers import check_row, event_for


# 13. casualties of an enemy attack: the attacker acts, the victims are affected
ENEMY_ATTACK = [
    ("ISIS remains active in Diyala. The group raided an Iraqi army checkpoint, killing 4 officers.", "4", "ISIS", "ISF"),
    ("Kirkuk police said 3 guards were killed in an ambush by the militants. ISIS claimed the attack.",
     "3", "ISIS", "ISF"),
    ("Daesh cells are active near Tarmiyah. Militants stormed a Federal Police post, killing 5 soldiers.", "5", "ISIS", "ISF"),
    ("ISIS elements attacked a Peshmerga outpost near Makhmour, wounding 2 Peshmerga fighters.",
     "2", "ISIS", "KRG"),
    ("Gunmen from the Islamic State opened fire on an Iraqi army patrol in Hawija, killing 3 policemen.", "3", "ISIS", "ISF"),
]


@pytest.mark.parametrize("text,count,actor,affected", ENEMY_ATTACK)
def test_actors_enemy_attack(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


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
    check_row(nlp, text, count, affected=family(affected))


BACKING_STRIKES = [
    ("Some 3,000 Peshmerga fighters took part, backed by 25 coalition airstrikes on ISIS positions.", "25"),
    ("The SDF advance on Hajin was backed by more than 90 coalition air strikes.", "more than 90"),
    ("CTS units led the assault with support from 40 coalition airstrikes in the area.", "40"),
]


@pytest.mark.parametrize("text,count", BACKING_STRIKES)
def test_actors_backing_strikes_hit_the_enemy(nlp, text, count):
    check_row(nlp, text, count, actor="CJTF-OIR", affected="ISIS")


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
    check_row(nlp, text, count, affected=family(affected), actor=family(actor))


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
    check_row(nlp, text, count, affected=affected)


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
    check_row(nlp, text, count, affected=affected)


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
    check_row(nlp, text, count, affected=affected)


UNATTRIBUTED = [
    ("A roadside bomb killed 3 civilians near Tarmiyah.", "3"),
    ("Iraqi troops rescued 14 families trapped in Mosul.", "14"),
    ("The Iraqi army cleared 12 villages south of Mosul.", "12"),
]


@pytest.mark.parametrize("text,count", UNATTRIBUTED)
def test_actors_unattributed_affected_stays_null(nlp, text, count):
    check_row(nlp, text, count, affected_id=None)


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
    check_row(nlp, text, count, affected=affected)


BARE_WOUNDED = [
    ("Five Iraqi soldiers were killed and 3 wounded when ISIS attacked their post in Tuz.", "3", "ISF"),
    ("An ISIS ambush killed 4 Peshmerga fighters and wounded two near Makhmour.", "two", "KRG"),
    ("ISIS gunmen killed seven SDF fighters and injured 9 in Deir ez-Zor.", "9", "SDF"),
]


@pytest.mark.parametrize("text,count,affected", BARE_WOUNDED)
def test_actors_bare_wounded_count(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


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
    check_row(nlp, text, count, affected_id=group)


@pytest.mark.parametrize("text,label,kb_id", [
    ("Fighters of Saraya al-Salam deployed to Samarra.", "FORCE", "PMF"),
    ("Liwa al-Quds units advanced east of Aleppo.", "FORCE", "LIWA-AL-QUDS"),
    ("Hayat Tahrir al-Sham shelled the town.", "ARMED_GROUP", "HTS"),
])
def test_actors_group_shaped_known_names_keep_their_entry(nlp, text, label, kb_id):
    ents = nlp(text)._.opstally_entities
    assert [(e["label"], e["kb_id"]) for e in ents if e["label"] in ("FORCE", "ARMED_GROUP")] == [(label, kb_id)]
