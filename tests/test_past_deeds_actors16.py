"""A past attack told of people a force arrested, tried or wants is their group's (branch actors16;
docs/actor-rule.md decision 26). Each row is an invented text, the count, and the families its actor_id
and affected_id must have."""
import pytest

from actors_helpers import check_row

PAST_DEEDS = [
    ("Police in Kirkuk arrested three men accused of belonging to ISIS. One of them had taken part in an attack "
     "on a police post in 2020 that killed 2 policemen.", "2", "ISIS", "ISF"),
    ("The Asayish said they detained a suspect linked to Daesh who confessed to participating in the killing of 6 "
     "SDF fighters near Shaddadi.", "6", "ISIS", "SDF"),
    ("A court in Baghdad sentenced an ISIS member to death for his role in a bombing that killed 9 civilians in "
     "Sadr City.", "9", "ISIS", None),
    ("Security forces in Diyala captured a wanted Daesh operative accused of involvement in an ambush that wounded "
     "4 soldiers in 2019.", "4", "ISIS", "ISF"),
    ("Military police of the Syrian National Army arrested five people from an ISIS cell behind a car bombing in "
     "the market that killed 12 civilians.", "12", "ISIS", None),
]

# the frame is not there: the attackers' own dead, a told attack with a break before the count
NOT_A_PAST_DEED = [
    ("Between 20 and 30 ISIS militants were involved in the attack, officials said, and 8 were killed by Iraqi "
     "army troops as they withdrew.", "8", "ISF", "ISIS"),
    ("Peshmerga forces repelled an ISIS attack near Kifri, killing 5 of the attackers.", "5", "KRG", "ISIS"),
    ("Iraqi army troops killed 4 ISIS militants who had taken part in the attack.", "4", "ISF", "ISIS"),
    ("The SDF arrested 3 ISIS members who took part in the attacks, and seized 2 rifles.", "3", "SDF", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor,affected", PAST_DEEDS)
def test_past_deeds_party_to_the_attack_is_the_group(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)


@pytest.mark.parametrize("text,count,actor,affected", NOT_A_PAST_DEED)
def test_past_deeds_no_party_frame(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
