"""A state's generic noun opening a reported clause is the subject of its verb when the words before the verb of
speech name no force: "The Ministry of Interior said police in Anbar dismantled 6 devices" → IRAQI-POLICE (branch
actors20; docs/actor-rule.md decision 48). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

REPORTED_STATE = [
    ("The Ministry of Interior said police in Anbar dismantled 6 explosive devices near Rutba on Monday.", "6",
     "IRAQI-POLICE"),
    ("The ministry said security forces in Kirkuk arrested 4 ISIS suspects in Hawija.", "4", "ISF"),
    ("The governor said that police in Basra seized 9 rifles from a smuggling gang.", "9", "IRAQI-POLICE"),
    ("A statement said police in Diyala arrested 5 wanted men near Baqubah on Tuesday.", "5", "IRAQI-POLICE"),
]


@pytest.mark.parametrize("text,count,actor_id", REPORTED_STATE)
def test_reported_state_generic_noun_after_speech(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
