"""Hostile people counted with no agent in a sentence whose earlier count a state force's subject did are that
force's: the sentence tells its fight (branch actors19; docs/actor-rule.md decision 39). Each row is an invented
text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

SENTENCE_FORCE = [
    ("Gunmen raided a village near Khanaqin. Police said they had arrested 3 suspects by dawn, while two of the "
     "attackers were killed in the exchange of fire.", "two", "IRAQI-POLICE"),
    ("Security forces in Tarmiyah, north of Baghdad, detained 4 wanted men on Sunday, and 2 ISIS militants were "
     "killed when they opened fire, a source said.", "2", "ISF"),
    ("Police in Kirkuk seized 5 rifles in a raid on Hawija, while three terrorists were killed as they tried to "
     "flee.", "three", "IRAQI-POLICE"),
    ("Army troops repelled an attack on a post near Tuz in Salahuddin and seized 2 rifles the attackers left; "
     "six of the attackers were killed in the firefight, an officer said.", "six", "IRAQI-ARMY"),
]

OTHER_READINGS = [
    ("Police arrested 3 men in Ramadi in Anbar, while 4 militants were killed in coalition air strikes near "
     "Rutba.", "4", "CJTF-OIR"),
    ("The Peshmerga said ISIS fighters killed 2 shepherds near Makhmour, while 4 militants were killed in the "
     "clash.", "4", "PESHMERGA"),
    ("The SDF said its fighters arrested 6 suspects in Hajin in Deir ez-Zor. Two more militants were killed "
     "later.", "Two", "SDF"),
    ("Gunmen attacked a post near Baquba in Diyala. Five attackers were killed in the exchange of fire.", "Five",
     None),
]


@pytest.mark.parametrize("text,count,actor_id", SENTENCE_FORCE)
def test_sentence_force_hostile_dead_take_the_sentences_force(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", OTHER_READINGS)
def test_sentence_force_other_rules_read_the_rest(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
