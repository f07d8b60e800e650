"""Actor roles by phrasing class, round 4 (issue 10, classes 15-16): which force a text is
about after a joint subject, and who acts in a clause after those taking part.

Each row is a short invented text, the count it is about and the family of the actor its
event must have."""
import pytest

from opstally.ids import family

from actors_helpers import check_row, event_for


# a joint subject makes its first member, the lead force, the force in focus for later sentences
JOINT_FOCUS = [
    ("Iraqi forces and the PMF launched a sweep of the Anbar desert on Monday. "
     "By Friday the forces had cleared 40 villages.", "40", "ISF"),
    ("The SDF and the coalition raided a house near Shaddadi. 3 suspects were detained.", "3", "SDF"),
    ("The Peshmerga, the Iraqi army and the PMF began an operation in Kirkuk. The results: 6 tunnels destroyed.",
     "6", "KRG"),
    ("Coalition forces and the SDF mounted a raid in Deir ez-Zor on Sunday. The forces also seized 2 laptops.",
     "2", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", JOINT_FOCUS)
def test_actors_joint_subject_sets_lead_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a participle clause after a count of those taking part: they did it
TAKING_PART = [
    ("Iraqi forces held the road. Two Peshmerga brigades and two brigades of the Iraqi army "
     "took part, searching 23 villages.", "23", "KRG"),
    ("The SDF led the push. Three PMF regiments took part, destroying 8 hideouts in Diyala.", "8", "PMF"),
    ("Iraqi forces moved in at dawn. Four Peshmerga battalions took part in the sweep, clearing 12 hamlets.",
     "12", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", TAKING_PART)
def test_actors_taking_part_acts_in_participle(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a subject with modifiers between it and its verb still makes its force the one in focus
MODIFIED_SUBJECT_FOCUS = [
    ("Operation Victory Will entered its fifth phase. The units of the PMF, in cooperation with the Iraqi "
     "army, concluded the phase today. The results: 9 terrorists killed.", "9", "PMF"),
    ("In coordination with the Iraqi army and with air support from the Coalition, Peshmerga forces of the "
     "5th Brigade swept the Qara Dagh hills. Forces searched 14 caves.", "14", "KRG"),
    ("Backed by Iraqi army aviation, fighters of the PMF, together with tribal volunteers, cleared the "
     "orchards on Monday. 3 suspects were detained.", "3", "PMF"),
]


@pytest.mark.parametrize("text,count,actor", MODIFIED_SUBJECT_FOCUS)
def test_actors_modified_subject_sets_focus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a numbered unit names no side: the force it belongs to does
UNIT_OWNER = [
    ("The Hashd said the 35th Brigade of al-Hashd al-Shaabi, with army intelligence, found 40 mortar shells "
     "in Tarmiyah.", "40", "PMF"),
    ("The Hashd al-Shaabi said its Brigade 39 found 3 rockets in orchards north of Baghdad.", "3", "PMF"),
    ("Peshmerga forces of the 2nd Brigade destroyed 6 ISIS hideouts near Makhmour.", "6", "KRG"),
    ("The 20th Brigade of the Peshmerga arrested 4 suspects in Garmiyan.", "4", "KRG"),
    ("A statement said the 22nd Brigade of al-Hashd al-Sha'abi, with army engineers, searched the orchards, "
     "where the force found 12 rockets.", "12", "PMF"),
]


@pytest.mark.parametrize("text,count,actor", UNIT_OWNER)
def test_actors_numbered_unit_owner(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# civilians killed "in the strikes" with no agent: the side whose strikes the text reports
STRIKE_CASUALTIES = [
    ("The coalition carried out 25 strikes near Raqqa. A monitor said 21 civilians were killed in the raids.",
     "21", "CJTF-OIR"),
    ("Turkish jets struck 40 targets near Kobani overnight. The SDF said 9 civilians died in the strikes.",
     "9", "TURKISH-FORCES"),
    ("Airwars said at least 30 civilians were killed in the Hajin pocket last week in raids attributed to the "
     "Coalition.", "at least 30", "CJTF-OIR"),
    ("The coalition has conducted 1,200 strikes since March. It assessed that 14 civilians were unintentionally "
     "killed by its strikes.", "14", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", STRIKE_CASUALTIES)
def test_actors_civilians_killed_in_strikes(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


def test_actors_civilians_killed_without_strikes_keep_null(nlp):
    # no strike noun after the count: nothing says who
    text = "The coalition carried out 25 strikes near Raqqa. Separately, 4 civilians were killed in Tabqa."
    check_row(nlp, text, "4", actor_id=None)


# enemy dead with no agent, reported by a force: the force that reports its results
SPEAKER_ENEMY_DEAD = [
    ("The YPG said 79 militants died in the fighting around Kobani.", "79", "SDF"),
    ("The SDF said on Friday that 40 ISIS attackers had died in the assault on the prison.", "40", "SDF"),
    ("Peshmerga officials said 12 jihadists died when their truck bomb was stopped near Makhmour.", "12", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", SPEAKER_ENEMY_DEAD)
def test_actors_speaker_enemy_dead(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


def test_actors_own_dead_keep_null_actor(nlp):
    # the speaker's own dead: nothing says who killed them
    check_row(nlp, "The YPG said 14 of its fighters died in the fighting.", "14", actor_id=None)


# attackers, assailants, infiltrators are the enemy's people
HOSTILE_PEOPLE = [
    ("Gunmen from Islamic State attacked the village of Rashad. Between 10 and 15 attackers took part.",
     "Between 10 and 15", "ISIS"),
    ("ISIS cells raided a checkpoint in Kirkuk. About 20 assailants were involved, police said.", "About 20", "ISIS"),
    ("Daesh tried to cross the border near Qaim; 30 infiltrators took part in the attempt.", "30", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", HOSTILE_PEOPLE)
def test_actors_attackers_take_part(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a group that acts as an authority: its security apparatus arrests, its officers seize
AUTHORITY = [
    ("The security apparatus of Hayat Tahrir al-Sham said it had broken up an ISIS cell in Sarmada, arresting "
     "7 suspects.", "7", "HTS"),
    ("The security apparatus of HTS arrested 5 ISIS members in Idlib on Friday. The raiding force also seized 3 "
     "rifles.", "3", "HTS"),
    ("General Security forces foiled a bomb plot in Damascus. Officers tracking the cell arrested 4 suspects.",
     "4", "GENERAL-SECURITY"),
    ("General Security forces raided a farm near Homs. Officers tracking the ISIS cell seized 6 rockets.", "6",
     "GENERAL-SECURITY"),
]


@pytest.mark.parametrize("text,count,actor", AUTHORITY)
def test_actors_authority_apparatus(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# "PKK/YPG": a slash pair names its second member, the branch meant (ANNOTATION.md section 3: YPG -> SDF)
SLASH_PAIR = [
    ("Turkish forces said 12 PKK/YPG terrorists were neutralised near Tal Rifaat.", "12", "SDF"),
    ("Turkish jets struck 30 targets belonging to the PKK/YPG in northern Syria.", "30", "SDF"),
    ("The ministry said 450 PKK/YPG militants were neutralised in Afrin.", "450", "SDF"),
    ("Turkish jets struck 30 PKK/YPG targets near Kobani. The ministry said 18 terrorists were neutralised.", "18",
     "SDF"),
]


@pytest.mark.parametrize("text,count,affected", SLASH_PAIR)
def test_actors_slash_pair_names_the_second(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# a state force that fights the SDF (Turkey): the SDF's or YPG's dead in its text are its enemy's, its doing
OPPOSED_STATE = [
    ("Turkish forces pushed into Ras al-Ain. At least 1,500 YPG fighters have been killed, the ministry said.",
     "At least 1,500", "TURKISH-FORCES"),
    ("The Turkish Armed Forces took Afrin. Over 450 PKK/YPG militants were neutralised.", "Over 450",
     "TURKISH-FORCES"),
    ("Turkish troops advanced on Tal Abyad on Friday. 60 SDF fighters were killed in the fighting.", "60",
     "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", OPPOSED_STATE)
def test_actors_opposed_state_kills_its_enemy(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


def test_actors_opposed_state_ally_losses_keep_null(nlp):
    # the Syrian National Army fights beside Turkey: its dead are no Turkish doing
    text = "The Turkish Armed Forces took Tal Abyad. Dozens of Syrian National Army fighters have been killed."
    check_row(nlp, text, "Dozens", actor_id=None)


# a generic subject with a nationality word stands for that country's force
NATIONALITY_SUBJECT = [
    ("The PMU guarded the road. Iraqi authorities said they had foiled a plot in Karbala, arresting 8 suspects.",
     "8", "ISF"),
    ("The SDF held the town. Turkish authorities detained 12 people over the attack in Gaziantep.", "12",
     "TURKISH-FORCES"),
    ("The YPG blamed Ankara. Syrian authorities said they had arrested 5 smugglers near Daraa.", "5",
     "SYRIAN-ARAB-ARMY"),
]


@pytest.mark.parametrize("text,count,actor", NATIONALITY_SUBJECT)
def test_actors_nationality_generic_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a relative clause after a noun that is no actor ("the bombing … that killed six") takes no subject from
# the main clause: the attacker the sentence names, else nobody
RELATIVE_NO_ACTOR = [
    ("Turkish police detained 46 people over the bombing on the avenue that killed six people, blaming the PKK.",
     "six", "PKK"),
    ("The Iraqi army arrested 3 men over the blast in the market that killed 9 civilians, blaming ISIS.", "9",
     "ISIS"),
    ("The SDF detained 7 suspects over the explosion at the bakery which killed 4 civilians, blaming the cell of "
     "Daesh.", "4", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor", RELATIVE_NO_ACTOR)
def test_actors_relative_after_non_actor(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# enemy dead with no agent and the reporting force after them
SPEAKER_AFTER = [
    ("Six Daesh militants died on Sunday night near Jalawla, the Diyala Police Command said on Monday.", "Six",
     "ISF"),
    ("Around 20 ISIS fighters were killed in the clashes, the SDF said.", "Around 20", "SDF"),
    ("Nine militants were killed near Hit on Friday, a spokesman for the Iraqi army said.", "Nine", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", SPEAKER_AFTER)
def test_actors_speaker_after_enemy_dead(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# the SDF's own losses where the sentence names the state force that fights it: that force is the attacker
OPPOSED_ATTACKER = [
    ("The SDF held Manbij. 20 SDF fighters were killed as Turkish forces pushed into the town.", "20",
     "TURKISH-FORCES"),
    ("Kurdish fighters defended Afrin. 14 YPG fighters were killed when Turkish troops shelled the village.", "14",
     "TURKISH-FORCES"),
    ("The SDF said 9 SDF fighters were wounded as Turkish forces advanced on Tal Tamr.", "9", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", OPPOSED_ATTACKER)
def test_actors_opposed_state_attacker(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


def test_actors_own_losses_without_attacker_keep_null(nlp):
    check_row(nlp, "The SDF held Manbij. 20 SDF fighters were killed in the clashes.", "20", actor_id=None)


# enemy dead with no agent and no reporter: the force the text carries over (ANNOTATION.md section 4)
CARRIED_ENEMY_DEAD = [
    ("Iraqi troops took the village on Monday. The firefight left 18 jihadists dead.", "18", "ISF"),
    ("The SDF pushed into Hajin on Sunday. 40 ISIS militants died in the fighting.", "40", "SDF"),
    ("Peshmerga forces held the ridge near Makhmour overnight. The clash ended with 9 Daesh attackers dead.",
     "9", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", CARRIED_ENEMY_DEAD)
def test_actors_carried_enemy_dead(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a reporting force with its place between it and the speech verb
SPEAKER_WITH_PLACE = [
    ("Russian forces shelled the hills. The National Defence Forces in al-Qaryatayn reported repelling an attack, "
     "saying 7 militants died.", "7",
     "NATIONAL-DEFENCE-FORCES"),
    ("The coalition flew over the city. The SDF in Hasakah said 12 ISIS attackers died in the assault on the "
     "prison.", "12", "SDF"),
    ("The Iraqi army held the plain. The Peshmerga in Makhmour said 5 militants died when they tried to cross the "
     "river.", "5", "KRG"),
]


@pytest.mark.parametrize("text,count,actor", SPEAKER_WITH_PLACE)
def test_actors_speaker_with_place(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# a breakdown ("among them", "including", "of whom") shares the actor of the count it breaks down
BREAKDOWN = [
    ("Russian jets struck the desert overnight; a column of trucks carrying militants was hit, and over 50 "
     "militants were killed, among them four field commanders.", "four", "RUSSIAN-FORCES"),
    ("The CTS raided the Hamrin mountains; a cave sheltering terrorists was hit, and 12 jihadists were killed, "
     "including two emirs.", "two", "ISF"),
    ("SDF fighters stormed Hajin; a house holding gunmen was stormed, and 30 militants were killed, among them "
     "3 emirs.", "3", "SDF"),
]


@pytest.mark.parametrize("text,count,actor", BREAKDOWN)
def test_actors_breakdown_shares_actor(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


# ", and" between two clauses joins no subjects: the second clause's subject acts alone
CLAUSE_AND = [
    ("The push involved 20,000 Iraqi troops and PMF fighters, and coalition warplanes supported it with 17 strikes.",
     "17", "CJTF-OIR"),
    ("The sweep involved 3,000 Iraqi soldiers and Peshmerga fighters, and coalition aircraft joined the battle "
     "with 9 strikes.", "9", "CJTF-OIR"),
    ("The assault involved 5,000 Asayish members and SDF fighters, and coalition jets joined the fight with 12 "
     "airstrikes.", "12", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor", CLAUSE_AND)
def test_actors_clause_and_is_no_joint_subject(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


def test_actors_oxford_comma_list_keeps_lead(nlp):
    text = "The army, the police, and the PMF killed 14 militants near Baiji."
    check_row(nlp, text, "14", actor="ISF")


# two groups joined by "and": the first leads, as the enemy a hostile noun stands for and as whose things were hit
GROUP_PAIR = [
    ("Syrian army units shelled positions of HTS and Turkistan Islamic Party terrorists near Idlib. Two civilians "
     "were wounded when terrorists fired rockets at Suqaylabiyah.", "Two", "actor_id", "HTS"),
    ("Syrian troops pounded HTS and Hurras al-Din positions in Jabal al-Zawiya, destroying 3 rocket launchers.",
     "3", "affected_id", "HTS"),
    ("The Iraqi army raided hideouts of ISIS and Ansar al-Sunna in Kirkuk. Later, 4 policemen were wounded when "
     "militants attacked a checkpoint.", "4", "actor_id", "ISIS"),
]


@pytest.mark.parametrize("text,count,key,group", GROUP_PAIR)
def test_actors_group_pair_first_leads(nlp, text, count, key, group):
    assert family(event_for(nlp, text, count)[key]) == group


# a headline's "U.S., Iraqi troops": the first nationality leads the joint subject
NATIONALITY_LIST = [
    ("U.S., Iraqi troops kill 10 Islamic State fighters in Kirkuk valley raid", "10", "CJTF-OIR"),
    ("Kurdish, Iraqi forces clear 12 villages near Makhmour", "12", "KRG"),
    ("Russian, Syrian jets destroy 8 rebel depots in Idlib", "8", "RUSSIAN-FORCES"),
]


@pytest.mark.parametrize("text,count,actor", NATIONALITY_LIST)
def test_actors_nationality_list_leads(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
