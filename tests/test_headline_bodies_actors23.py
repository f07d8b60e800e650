"""A headline whose source is a state's body named before a colon ("Peshmerga ministry: 6 ISIS suspects detained")
gives the enemy's counts after it that body's force (branch actors23; docs/actor-rule.md decision 66). Each row is an
invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

HEADLINE_BODY = [
    ("Peshmerga ministry: 6 ISIS suspects detained in Garmiyan", "6", "PESHMERGA"),
    ("Turkish defence ministry: 9 PKK terrorists neutralised in northern Iraq", "9", "TURKISH-FORCES"),
    ("Ministry of Peshmerga Affairs: 4 ISIS hideouts destroyed near Makhmour", "4", "PESHMERGA"),
    ("Russian defence ministry: 30 ISIS militants killed in strikes in the Badia", "30", "RUSSIAN-FORCES"),
]

OTHER_READINGS = [
    ("SDF: 6 ISIS suspects detained in Hasakah", "6", "SDF"),
    ("Iraqi army: 5 terrorists killed in Hamrin airstrike", "5", "IRAQI-ARMY"),
    # a media office names no doer (decision 16)
    ("Security Media Cell: 7 terrorists killed in Anbar", "7", None),
    # the body's own losses: rule 5
    ("Peshmerga ministry: 2 Peshmerga wounded in mortar attack near Kifri", "2", None),
]


@pytest.mark.parametrize("text,count,actor_id", HEADLINE_BODY + OTHER_READINGS)
def test_headline_bodies_source_before_colon(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
