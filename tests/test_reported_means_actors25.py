"""A reported clause that opens on an indefinite means or attack ("The PMF said a roadside bomb hit one of its
vehicles, killing 3 fighters") is the means' clause: its participle has no actor but what the means says, and the
people are the reporter's own when the asset it hit is the reporter's ("its", "their") (branch actors25;
docs/actor-rule.md decision 90). Each row is an invented text, the count, and the actor and affected families."""
import pytest

from actors_helpers import check_row

OWN_ASSET_HIT = [
    ("The PMF said a roadside bomb hit one of its vehicles near Baiji in Salahuddin, killing 3 fighters.", "3", None,
     "PMF"),
    ("The SDF said an IED struck their patrol near Hajin in Deir ez-Zor, wounding 2 members.", "2", None, "SDF"),
    ("The Peshmerga ministry said a mine exploded under one of its vehicles near Kifri, killing 2 fighters.", "2",
     None, "KRG"),
    ("The Asayish said an explosive device went off beside their checkpoint in Raqqa, wounding 3 members.", "3",
     None, "SDF"),
]

AIRCRAFT_ON_OWN_ASSET = [
    ("The Asayish said a drone targeted their vehicle near Qamishli, killing two members.", "two", None, "SDF"),
    ("The SDF said a drone targeted one of its vehicles near Amuda, killing two fighters.", "two", None, "SDF"),
    ("The SDF said a Turkish drone struck its checkpoint near Amuda, killing 2 fighters.", "2", "TURKISH-FORCES",
     "SDF"),
    ("The PMF said a drone hit one of its convoys near al-Qaim in Anbar, wounding 4 fighters.", "4", None, "PMF"),
]

ENEMY_ASSET_OR_NAMED = [
    ("The army said it ambushed an ISIS convoy near Rutba and destroyed its vehicles, killing 4 fighters.", "4",
     "ISF", "ISIS"),
    ("The SDF raided an ISIS cell near Hajin and seized its weapons, killing 2 members.", "2", "SDF", "ISIS"),
    ("The SDF said an ISIS attack hit its checkpoint near Hajin, killing 2 fighters.", "2", "ISIS", "SDF"),
    ("The army said a roadside bomb struck a patrol near Tarmiyah in Baghdad, killing 2 soldiers.", "2", None, "ISF"),
]


@pytest.mark.parametrize("text,count,actor,affected", OWN_ASSET_HIT + AIRCRAFT_ON_OWN_ASSET + ENEMY_ASSET_OR_NAMED)
def test_reported_means_own_asset(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
