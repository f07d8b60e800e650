"""Bare "fighters" that seize, destroy, capture or clear in a text about a state force are that force's, also when
the sentence names the group as the maker of the things ("Fighters found 5 tunnels dug by ISIS") (branch actors23;
docs/actor-rule.md decision 67). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

BARE_FIGHTERS = [
    ("The PMF's 30th Brigade cleared the area near Baiji in Salahuddin. Brigade engineers dismantled 200 charges left "
     "behind by ISIS, and fighters found two weapons caches near the riverbank.", "two", "PMF"),
    ("The SDF swept villages near Hajin in Deir ez-Zor. Engineers removed 40 mines planted by ISIS, and fighters "
     "seized 3 rifles.", "3", "SDF"),
    ("Peshmerga forces advanced near Makhmour in Erbil. Fighters found 5 tunnels dug by ISIS.", "5", "PESHMERGA"),
    ("The SDF launched a sweep near Busayrah in Deir ez-Zor. Near the river, fighters seized 2 weapons caches.", "2",
     "SDF"),
]

OTHER_READINGS = [
    # the enemy's fighters, by their name
    ("The SDF swept villages near Hajin in Deir ez-Zor. ISIS fighters destroyed 4 houses before fleeing.", "4", "ISIS"),
    # a text about no state force: the group the text fights
    ("ISIS attacked a village near Hajin in Deir ez-Zor, and fighters destroyed 4 houses.", "4", "ISIS"),
    ("The SDF said its fighters seized 6 rifles in Hajin in Deir ez-Zor.", "6", "SDF"),
    ("Peshmerga forces advanced near Makhmour in Erbil. Fighters killed 2 ISIS members in the clash.", "2",
     "PESHMERGA"),
]


@pytest.mark.parametrize("text,count,actor_id", BARE_FIGHTERS + OTHER_READINGS)
def test_bare_fighters_of_the_state_force_in_focus(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
