"""Whose are the enemy's losses when the enemy is a named group other than ISIS (issue 10 class 18,
branch enemy10; docs/actor-rule.md decision 15). Each row is a short invented text, the count it is
about and the family its event's affected_id must have."""
import pytest

from actors_helpers import check_row


# a group named only as another group's patron or origin is not the side fought
PATRON_BESIDE = [
    ("Iraqi police arrested seven members of Ansar al-Haqq, a group loyal to ISIS, in Mosul. "
     "Troops also seized 3 rifles in their hideout.", "3", "ANSAR-AL-HAQQ"),
    ("The SDF raided a house of Jund al-Khilafa, which is affiliated with Daesh, in Hasakah and found 4 "
     "explosive belts.", "4", "JUND-AL-KHILAFA"),
    ("Peshmerga forces killed 5 fighters of Saraya al-Qassas near Makhmour. The faction pledged allegiance "
     "to the Islamic State last year. The Peshmerga also destroyed 2 of their vehicles.", "2", "SARAYA-AL-QASSAS"),
    ("Asayish detained six men of Harakat al-Nasr, an al-Qaeda-aligned faction, in Raqqa and seized 9 grenades.",
     "9", "HARAKAT-AL-NASR"),
    ("Iraqi army troops raided a farm used by Ansar al-Jabal, which broke away from ISIS in 2020, and burned 3 tents.",
     "3", "ANSAR-AL-JABAL"),
    ("Security forces arrested 4 militants of Jaysh al-Tahrir, an offshoot of Daesh, and confiscated 11 "
     "mobile phones.", "11", "JAYSH-AL-TAHRIR"),
    ("Kataib al-Mawt, a gang inspired by Daesh, lost its hideout when the army seized 8 rockets there.", "8",
     "KATAIB-AL-MAWT"),
]


# the people's former group is no side fought when the sentence describes another group
FORMER_HOME = [
    ("Peshmerga forces killed three fighters of Ansar al-Qasas near Kalar. \"The group recruits former ISIS "
     "members,\" a commander said, adding that his men burned 3 of the militants' shelters.", "3", "ANSAR-AL-QASAS"),
    ("The army killed 4 members of Saraya al-Ghadr in Hawija. The group, made up of ex-ISIS fighters, lost 2 "
     "of its vehicles when troops destroyed them.", "2", "SARAYA-AL-GHADR"),
    ("Police arrested six members of Jund al-Khilafa, a faction of former Daesh members, and seized 5 grenades.",
     "5", "JUND-AL-KHILAFA"),
    ("Iraqi troops detained 2 members of Ansar al-Haqq. The gang is led by a former ISIS emir; police seized 9 "
     "of its rockets.", "9", "ANSAR-AL-HAQQ"),
]


@pytest.mark.parametrize("text,count,affected", FORMER_HOME)
def test_event_roles_former_home_is_not_the_enemy(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", PATRON_BESIDE)
def test_event_roles_patron_is_not_the_enemy(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# with no other group named, the group the cue names is the enemy
PATRON_ALONE = [
    ("Troops arrested 4 suspects linked to ISIS near Hawija and seized 2 rifles.", "2", "ISIS"),
    ("The Asayish detained 5 men loyal to Daesh in Hasakah.", "5", "ISIS"),
    ("Police found 7 mines in a house of a cell affiliated with the Islamic State.", "7", "ISIS"),
    ("Peshmerga forces killed 3 ISIS-inspired militants near Makhmour.", "3", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", PATRON_ALONE)
def test_event_roles_patron_alone_stays_the_enemy(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# a group the text calls an ISIS cell by name is ISIS
ISIS_CELL_BY_NAME = [
    ("The PMF ambushed an ISIS cell known as Katibat al-Badr in Tarmiyah, killing 3 terrorists.", "3"),
    ("Iraqi troops raided a hideout of a Daesh cell called Saraya al-Fath near Hawija and seized 6 rockets.", "6"),
    ("Troops stormed the hideout of Jund al-Rahman, an IS cell in Anbar, killing 4 militants.", "4"),
    ("The army surrounded a Daesh network dubbed Ansar al-Sahra west of Samarra, killing 5 gunmen.", "5"),
    ("SDF fighters hunted an ISIS squad calling itself Saraya al-Khalid and burned 2 of its motorcycles.", "2"),
    # the name after a comma, the group after the cell noun
    ("CTS forces raided a den of a terrorist cell belonging to Daesh, named Katibat al-Qadisiya, killing 5 "
     "terrorists.", "5"),
    ("Troops surrounded a cell of ISIS, called Saraya al-Fajr, in the Hamrin hills and killed 3 of its members.",
     "3"),
    ("Asayish broke up a network of the Islamic State cells, known as Ansar al-Badiya, and seized 7 "
     "rifles.", "7"),
    ("The army ambushed a Daesh detachment, dubbed Jund al-Sahra by its members, killing four militants.", "four"),
]


@pytest.mark.parametrize("text,count", ISIS_CELL_BY_NAME)
def test_event_roles_isis_cell_by_name_is_isis(nlp, text, count):
    check_row(nlp, text, count, affected="ISIS")


# the state's people a group killed or wounded are the state force's, named by the noun after "of"
STATE_PEOPLE = [
    ("Two members of the security forces were killed in an attack by Jaish al-Fatiheen gunmen near Rutba.",
     "Two", "ISF"),
    ("Saraya al-Ghadr militants opened fire on a checkpoint, wounding 3 members of the police.", "3", "ISF"),
    ("Gunmen of Ansar al-Wadi ambushed a patrol near Tuz, killing four members of the army.", "four", "ISF"),
    ("Fighters of Liwa al-Yarmouk ambushed a bus in Daraa, killing 9 members of the army.", "9",
     "SYRIAN-ARAB-ARMY"),
    ("Five members of the security forces were injured when Kataib al-Mawt gunmen attacked their post.", "Five",
     "ISF"),
]


# a capitalised "Army" after "of" starts a name, not the state's noun
NAMED_NOT_STATE = [
    ("The Oil Police said on Monday it had arrested five members of an Army of the Men of the Naqshbandi Order "
     "cell in Duhok.", "five", "JRTN"),
    ("Peshmerga forces killed 4 members of an Army of the Men of the Naqshbandi Order unit near Kirkuk.", "4",
     "JRTN"),
    ("Security forces detained 3 members of Jaysh al-Islam in Douma.", "3", "JAYSH-AL-ISLAM"),
    ("Soldiers arrested 6 members of the Mahdi Army in Basra.", "6", "JAYSH-AL-MAHDI"),
]


@pytest.mark.parametrize("text,count,affected", NAMED_NOT_STATE)
def test_event_roles_named_group_is_not_state_people(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


@pytest.mark.parametrize("text,count,affected", STATE_PEOPLE)
def test_event_roles_state_people_by_their_noun(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# "its / their members" that a state force arrested are the enemy's named before
ARRESTED_MEMBERS = [
    ("A group calling itself Saraya Rijal al-Ghadab claimed the rocket attack. Kurdish security forces "
     "(Asayish) said they had arrested four of its members.", "four", "SARAYA-RIJAL-AL-GHADAB"),
    ("Ansar al-Haqq claimed the bombing in Mosul. Iraqi police said they detained 3 of its leaders on Sunday.",
     "3", "ANSAR-AL-HAQQ"),
    ("Daesh remnants attacked a village near Hawija. The army later captured five of their fighters.", "five",
     "ISIS"),
    ("Jund al-Khilafa has stepped up attacks in Hasakah. The Asayish said they apprehended 6 of its men.", "6",
     "JUND-AL-KHILAFA"),
]


@pytest.mark.parametrize("text,count,affected", ARRESTED_MEMBERS)
def test_event_roles_arrested_members_are_the_enemys(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# the force's own people stay its own: wounded or killed, and "our"
OWN_MEMBERS = [
    ("The Peshmerga said two of its fighters were wounded by a mine near Makhmour.", "two", "KRG"),
    ("The SDF said ISIS cells attacked a checkpoint, killing 3 of its fighters.", "3", "SDF"),
    ("\"We arrested 2 of our own members for smuggling,\" an SDF spokesman said.", "2", "SDF"),
    ("The PMF said four of its members were injured in the clash.", "four", "PMF"),
]


@pytest.mark.parametrize("text,count,affected", OWN_MEMBERS)
def test_event_roles_own_members_stay_own(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# "N others" a state force captured after a count with no event of its own: the enemy's
CAPTURED_OTHERS = [
    ("Peshmerga forces killed a suicide bomber from Saraya al-Ghadr near Kirkuk and arrested 3 others.", "3",
     "SARAYA-AL-GHADR"),
    ("The SDF repelled an attack by ISIS cells on a checkpoint, killing one of the attackers and capturing 2 "
     "others.", "2", "ISIS"),
    ("Troops of the Iraqi army shot dead a Daesh emir in Hawija and detained four others who sheltered him.",
     "four", "ISIS"),
    ("The Asayish killed the leader of Jund al-Khilafa in a raid and apprehended five others.", "five",
     "JUND-AL-KHILAFA"),
]


@pytest.mark.parametrize("text,count,affected", CAPTURED_OTHERS)
def test_event_roles_captured_others_are_the_enemys(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# a group that reports its own dead or wounded ("its fighters") counts them as its own
GROUP_REPORTS_ITS_OWN = [
    ("Liwa al-Muqawama, a little-known armed faction, said on Tuesday that three of its fighters were killed "
     "when a drone struck their car.", "three", "LIWA-AL-MUQAWAMA"),
    ("Saraya Awliya al-Dam announced that 4 of its members had been wounded in a strike near al-Qaim.", "4",
     "SARAYA-AWLIYA-AL-DAM"),
    ("Ansar al-Haqq, which operates south of Mosul, admitted in a statement that two of its men died in the "
     "raid.", "two", "ANSAR-AL-HAQQ"),
    ("Saraya al-Ghadr, a small armed faction that has been active on the Iraqi-Syrian border since last year, "
     "said on Friday that six of its fighters were wounded by a mine.", "six", "SARAYA-AL-GHADR"),
    ("The Islamic State claimed that 5 of its fighters were killed in clashes near Hajin.", "5", "ISIS"),
]


@pytest.mark.parametrize("text,count,affected", GROUP_REPORTS_ITS_OWN)
def test_event_roles_group_reports_its_own_losses(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)
