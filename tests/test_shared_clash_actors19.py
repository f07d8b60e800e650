"""A clash phrase outside the count's own clause, fronted before it or closing the first of two coordinated
clauses, is shared by the count, and read as decision 31 reads the count's own "in the clash" (branch actors19;
docs/actor-rule.md decision 37). Each row is an invented text, the count, and the family its actor_id must have
(None: no actor)."""
import pytest

from actors_helpers import check_row

FRONTED = [
    ("Islamic State militants attacked an army checkpoint near Daquq on Tuesday. In the ensuing clash, four "
     "soldiers were killed, a security source said.", "four", "ISIS"),
    ("Daesh remnants ambushed a Peshmerga patrol near Gwer. During the firefight that followed, two Peshmerga "
     "were wounded.", "two", "ISIS"),
    ("The SDF said ISIS cells attacked one of its posts east of Hajin. In the clashes, 3 SDF fighters were "
     "wounded.", "3", "ISIS"),
    ("Federal Police commandos stormed a farmhouse near Hawija on Sunday. In the gunfight, one policeman was "
     "wounded.", "one", None),
    ("Kurdish forces beat back an assault on their lines near Makhmour. During the exchange of fire, two "
     "Peshmerga were hurt.", "two", None),
]

COORDINATED = [
    ("ISIS militants attacked a police post near Tarmiyah at night. A police officer lost his life in the "
     "clash and 5 others were wounded.", "5", "ISIS"),
    ("Daesh fighters tried to infiltrate Peshmerga lines near Kifri. One fighter fell in the firefight and "
     "another two were lightly wounded, the ministry added.", "two", "ISIS"),
    ("ISIS remnants ambushed a PMF convoy on the Baiji road. A Hashd commander was killed in the clashes and "
     "three others were hurt.", "three", "ISIS"),
    ("CTS troops raided a hideout in the Hamrin hills on Friday. A CTS officer was killed in the clash and "
     "two others were wounded.", "two", None),
    ("Gunmen opened fire on an army post near Tuz. A soldier died in the exchange of fire and 2 others were "
     "wounded, police said.", "2", None),
]


@pytest.mark.parametrize("text,count,actor", FRONTED)
def test_shared_clash_fronted_phrase_reads_as_the_counts_own(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", COORDINATED)
def test_shared_clash_first_clause_phrase_reads_as_the_counts_own(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
