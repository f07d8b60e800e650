"""A state body's own people that an attacker of another side killed or wounded are the reporting body's, also when
the body is a ministry (no entity) and when "its" comes right after the attacker's name; a ministry's reported
clause opens on its own subject (branch actors25; docs/actor-rule.md decision 84). Each row is an invented text, the
count, and the actor and affected families it must have."""
import pytest

from actors_helpers import check_row

MINISTRY_OWN = [
    ("The Kurdistan Region's Peshmerga ministry said three of its members were wounded in an ISIS attack near Kifri.",
     "three", "ISIS", "KRG"),
    ("The Ministry of Peshmerga said two of its fighters were killed when ISIS militants raided a post near Makhmour.",
     "two", "ISIS", "KRG"),
    ("The Peshmerga ministry announced the death of 4 of its fighters in an ISIS ambush in the Garmiyan area.",
     "4", "ISIS", "KRG"),
    ("The Iraqi Interior Ministry said 2 of its officers were wounded when ISIS militants fired on a checkpoint in "
     "Tarmiyah.", "2", "ISIS", "ISF"),
]

OTHER_SIDE_ACTOR = [
    ("The SDF said Turkish drones killed 3 of its fighters near Kobani on Sunday.", "3", "TURKISH-FORCES", "SDF"),
    ("The Turkish defence ministry said 2 of its soldiers were killed when PKK militants attacked a base near Zakho.",
     "2", "PKK", "TURKISH-FORCES"),
    ("The Turkish defence ministry said PKK terrorists killed 5 of its soldiers in the Metina region.", "5", "PKK",
     "TURKISH-FORCES"),
    ("The Ministry of Peshmerga Affairs said ISIS militants killed three of its members near the Qarachogh range.",
     "three", "ISIS", "KRG"),
]

ENEMY_STAYS_ENEMY = [
    ("The army stormed an ISIS hideout in the Hamrin range and killed 2 of its members.", "2", "ISF", "ISIS"),
    ("The SDF said it ambushed an ISIS cell near Hajin, killing 4 of its leaders.", "4", "SDF", "ISIS"),
    ("The Ministry of Interior said Federal Police units arrested 6 suspects in Tarmiyah.", "6", "ISF",
     "ISIS"),
    ("The Ministry of Defence said Turkish drones killed 3 PKK members near Sinjar.", "3", "TURKISH-FORCES", "PKK"),
]


@pytest.mark.parametrize("text,count,actor,affected", MINISTRY_OWN + OTHER_SIDE_ACTOR + ENEMY_STAYS_ENEMY)
def test_reporter_own_people_are_the_reporters(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
