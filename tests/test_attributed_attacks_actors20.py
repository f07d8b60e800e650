"""An attack the count's sentence tells with no attacker takes the group the next sentence attributes it to ("…
came under fire. Security sources blamed ISIS for the attack"); a blame of no particular attack, a kind of
attack, untied gunmen or a denied claim names nobody (branch actors20; docs/actor-rule.md decision 41). Each row
is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

ATTRIBUTED = [
    ("Two soldiers were killed on Friday when their convoy came under fire near Baiji in Salahuddin. Army "
     "officers blamed ISIS remnants for the attack.", "Two", "ISIS"),
    ("Three Peshmerga fighters were wounded when their post near Makhmour was targeted with mortar rounds. A "
     "Peshmerga official said ISIS militants were behind the attack.", "Three", "ISIS"),
    ("A bomb went off beside a police vehicle in Tuz Khurmatu in Salahuddin, wounding 4 policemen. The police "
     "statement attributed the bombing to Daesh cells.", "4", "ISIS"),
    ("Five PMF fighters were killed when their checkpoint near Tarmiyah in Baghdad was attacked overnight. The "
     "PMF held ISIS responsible for this attack.", "Five", "ISIS"),
    ("Six soldiers were wounded when a rocket hit their base near Qaim in Anbar. Officials blamed the assault on "
     "Islamic State militants.", "Six", "ISIS"),
]

NOBODY = [
    ("A roadside bomb killed 3 soldiers near Samarra in Salahuddin on Monday. ISIS cells are blamed for most "
     "such attacks in the province.", "3", None),
    ("A roadside bomb killed 2 soldiers near Baiji in Salahuddin. A lawmaker blamed ISIS remnants and urged the "
     "government to send more troops.", "2", None),
    ("Gunmen shot dead 4 shepherds in the desert near Rutba in Anbar. Police blamed ISIS sleeper cells for "
     "the killings.", "4", None),
    ("A mortar round hit an army post near Daquq in Kirkuk, wounding 5 soldiers. No group was behind the attack, "
     "officials said, and ISIS denied it.", "5", None),
    ("Four policemen were wounded in Kirkuk on Sunday. Police blamed ISIS for the attack.", "Four", None),
    ("Two soldiers were killed when their post came under fire near Tebni. The attack came a year after a "
     "jailbreak of 100 detainees from a nearby prison that was claimed by ISIS.", "Two", None),
]


@pytest.mark.parametrize("text,count,actor_id", ATTRIBUTED)
def test_attributed_attacks_next_sentence_names_attacker(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", NOBODY)
def test_attributed_attacks_no_attribution_stays_null(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


BLAMED_IN_SENTENCE = [
    ("A drone strike on a car near Qamishli left three Kurdish-led fighters dead, the SDF said, blaming Turkey.",
     "three", "TURKISH-FORCES"),
    ("A bomb ripped through a market in Tal Abyad, killing 5 people, local officials said, blaming the PKK.", "5",
     "PKK"),
    ("An explosion hit an army checkpoint near Palmyra, wounding 4 soldiers, state media said, blaming ISIS cells.",
     "4", "ISIS"),
    ("A drone strike on a vehicle near Sinjar wounded 3 civilians on Monday, the Yazidi council said, blaming "
     "Ankara.", "3", "TURKISH-FORCES"),
    ("Gunmen shot dead 3 farmers near Muqdadiyah on Sunday, officials said, blaming Islamic State cells.", "3", None),
]


@pytest.mark.parametrize("text,count,actor_id", BLAMED_IN_SENTENCE)
def test_attributed_attacks_blame_in_count_sentence(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
