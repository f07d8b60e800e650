"""Whose people an attack killed or wounded when no force is named for them (issue 10, class 18;
docs/actor-rule.md 8): the counted noun, or the noun after "of", names the country's force.

Each row is a short invented text, the count and the family of the affected side its event
must have."""
import pytest

from actors_helpers import check_row


NATIONAL_PEOPLE = [
    ("ISIS killed 4 members of the security forces in Kirkuk on Monday.", "4", "ISF"),
    ("Daesh gunmen attacked a checkpoint in Diyala, killing 3 members of the army.", "3", "ISF"),
    ("Five members of the police were killed when ISIS stormed a station in Kirkuk.", "Five", "ISF"),
    ("A Daesh roadside bomb wounded 3 policemen in Tarmiyah, north of Baghdad.", "3", "ISF"),
    ("Two soldiers were killed as Daesh gunmen stormed an outpost near Mutaibija in Salahuddin.", "Two", "ISF"),
    ("Islamic State cells ambushed a bus near Palmyra in Homs, killing 9 soldiers.", "9", "SYRIAN-ARAB-ARMY"),
]


@pytest.mark.parametrize("text,count,affected", NATIONAL_PEOPLE)
def test_actors8_national_noun_names_victims(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# a force named for the people still wins over the noun
NAMED_PEOPLE = [
    ("ISIS militants killed 2 soldiers of the Peshmerga near Kifri in Kirkuk.", "2", "KRG"),
    ("Daesh attacked a PMF post in Diyala, killing 3 members of the Hashd.", "3", "PMF"),
    ("Four SDF soldiers were wounded when ISIS cells struck a checkpoint in Raqqa.", "Four", "SDF"),
    ("Three Federal Police officers were killed by ISIS snipers in Kirkuk.", "Three", "ISF"),
]


@pytest.mark.parametrize("text,count,affected", NAMED_PEOPLE)
def test_actors8_named_force_owns_victims(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# "N others" after people no count gave: the same people's force; not past another side's named people
OTHERS_AFTER_ONE = [
    ("An ISIS sniper killed a soldier and wounded 2 others near Tarmiyah.", "2", "ISF"),
    ("A policeman died and 4 others were hurt when gunmen fired on a checkpoint in Kirkuk.", "4", "ISF"),
    ("Daesh killed a member of the security forces and wounded 5 others in Diyala.", "5", "ISF"),
    ("ISIS cells shot dead a Syrian soldier near Palmyra in Homs and wounded 3 others.", "3", "SYRIAN-ARAB-ARMY"),
    ("Gunmen shot a policeman at a checkpoint in Kirkuk on Friday and wounded 2 others, police said.", "2", "ISF"),
]


@pytest.mark.parametrize("text,count,affected", OTHERS_AFTER_ONE)
def test_actors8_others_after_one_share_its_force(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)


# a bare count ("killing five of them", "wounding 3") after people no count gave: their force
BARE_AFTER_PEOPLE = [
    ("A suicide bomber blew himself up among soldiers at an army checkpoint near Tarmiyah, killing five of "
     "them.", "five", "ISF"),
    ("Gunmen opened fire on policemen at a checkpoint in Kirkuk, wounding 3.", "3", "ISF"),
    ("A car bomb went off beside a bus carrying soldiers near Palmyra in Homs, killing 7.", "7",
     "SYRIAN-ARAB-ARMY"),
    ("Mortar rounds fell on a base where members of the security forces were sleeping in Diyala, wounding 4.",
     "4", "ISF"),
]


@pytest.mark.parametrize("text,count,affected", BARE_AFTER_PEOPLE)
def test_actors8_bare_count_after_people(nlp, text, count, affected):
    check_row(nlp, text, count, affected=affected)
