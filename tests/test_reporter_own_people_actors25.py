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

GROUP_REPORTER = [
    ("The PKK said Turkish airstrikes killed 3 of its members near the Qandil range.", "3", "TURKISH-FORCES", "PKK"),
    ("Hayat Tahrir al-Sham said Russian strikes killed 4 of its fighters near Ariha.", "4", "RUSSIAN-FORCES", "HTS"),
    ("HTS said Russian warplanes killed 6 of its fighters near Jisr al-Shughur.", "6", "RUSSIAN-FORCES", "HTS"),
    ("Turkish jets struck a PKK hideout in the Qandil range, killing 3 of its members.", "3", "TURKISH-FORCES", "PKK"),
]

MEANS_AGENT_IS_NO_OWNER = [
    ("The Peshmerga ministry said a bomb planted by ISIS went off beside a patrol near Kifri, and that 2 of its "
     "fighters were killed.", "2", "ISIS", "KRG"),
    ("The Ministry of Peshmerga Affairs said a device left by ISIS exploded near Makhmour and 3 of its members were "
     "wounded.", "3", "ISIS", "KRG"),
    ("The SDF said a mine laid by ISIS cells hit a patrol near Hajin, and 4 of its fighters were hurt.", "4", "ISIS",
     "SDF"),
    ("The Iraqi Interior Ministry said an explosive device planted by Daesh struck a patrol in Tarmiyah, killing 2 of "
     "its officers.", "2", "ISIS", "ISF"),
]

ENEMY_STAYS_ENEMY = [
    ("The army stormed an ISIS hideout in the Hamrin range and killed 2 of its members.", "2", "ISF", "ISIS"),
    ("The SDF said it ambushed an ISIS cell near Hajin, killing 4 of its leaders.", "4", "SDF", "ISIS"),
    ("The Ministry of Interior said Federal Police units arrested 6 suspects in Tarmiyah.", "6", "ISF",
     "ISIS"),
    ("The Ministry of Defence said Turkish drones killed 3 PKK members near Sinjar.", "3", "TURKISH-FORCES", "PKK"),
]


@pytest.mark.parametrize("text,count,actor,affected", MINISTRY_OWN + OTHER_SIDE_ACTOR + GROUP_REPORTER + MEANS_AGENT_IS_NO_OWNER
                         + ENEMY_STAYS_ENEMY)
def test_reporter_own_people_are_the_reporters(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
