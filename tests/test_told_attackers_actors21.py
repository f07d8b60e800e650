"""Counted attacks told with no attacker take the group the next sentence tells as the attacker of one of them
("… after two attacks killed 11 people. Nine soldiers died when Daesh militants struck a post"); a next sentence
that opens on another event, or names a group that attacks nothing, names nobody (branch actors21;
docs/actor-rule.md decision 53). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

TOLD = [
    ("Three bombings killed 20 people across Diyala last month. On Friday, ISIS fighters attacked a market in "
     "Baquba.", "20", "ISIS"),
    ("A string of ambushes left 8 soldiers dead in Salahuddin this week. Islamic State militants ambushed a patrol "
     "near Tuz Khurmatu on Tuesday.", "8", "ISIS"),
    ("Two attacks killed 6 policemen in Kirkuk over the weekend. Daesh cells stormed a checkpoint near Daquq on "
     "Saturday night.", "6", "ISIS"),
    ("Recent assaults have wounded 14 Peshmerga fighters near Makhmour. ISIS remnants raided a Peshmerga post "
     "there on Monday.", "14", "ISIS"),
]

NOBODY = [
    ("Two attacks killed 6 people in Kirkuk this week. Separately, ISIS militants attacked a village near Hawija.",
     "6", None),
    ("Two attacks killed 5 people in Diyala this week. Police later arrested three ISIS suspects in Baquba.", "5",
     None),
    ("A roadside bomb killed 3 soldiers near Samarra. ISIS militants attacked a village near Tikrit on Sunday.",
     "3", None),
    ("Attacks killed 4 shepherds near Rutba in Anbar. Meanwhile Daesh cells struck a post near Qaim.", "4", None),
]


@pytest.mark.parametrize("text,count,actor_id", TOLD)
def test_told_attackers_next_sentence_group_attacks(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", NOBODY)
def test_told_attackers_other_event_stays_null(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
