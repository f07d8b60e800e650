"""Told-attack carry-overs (branch actors20; docs/actor-rule.md decisions 41 and 42): a claim in the next
sentence's relative clause, the group anywhere in the sentence that told the attack, an elliptic superlative after
a carried force, and a "when X attacked" clause shared by two coordinated loss clauses. Each row is an invented
text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

CLAIMED_AFTER = [
    ("An ambush on an army truck on the Palmyra road left 12 dead, a monitor said. The attack, which ISIS claimed "
     "through Amaq, was the deadliest this month.", "12", "ISIS"),
    ("A car bomb tore through a checkpoint near Tuz Khurmatu, wounding 7 policemen. ISIS claimed the bombing in a "
     "statement on Telegram.", "7", "ISIS"),
    ("A roadside blast hit a PMF patrol near Baiji, killing 3 fighters. Hours later ISIS claimed responsibility "
     "for the attack.", "3", "ISIS"),
    ("Six soldiers were killed when their position near Sukhnah came under attack. The assault, which the Islamic "
     "State claimed on Friday, lasted two hours.", "Six", "ISIS"),
]

GROUP_IN_TELLING_SENTENCE = [
    ("Between 1 and 7 May, ISIS carried out 8 attacks in Diyala, most of them sniper attacks on army and police "
     "posts. The deadliest, on 3 May near Mandali, killed three members of the army's 1st Division.", "three",
     "ISIS"),
    ("Peshmerga forces beat back a night assault on their line at Makhmour, east of the river, killing 4 ISIS "
     "militants. Two Peshmerga were wounded in the exchange of fire.", "Two", "ISIS"),
    ("Last week ISIS launched 5 raids on villages in Hawija, most of them hit-and-run attacks on PMF checkpoints. "
     "The worst, on Tuesday near Riyadh, killed two members of the PMF's 40th Brigade.", "two", "ISIS"),
    ("Troops repelled an infiltration attempt on their posts near Haditha, west of the dam, killing 6 Daesh "
     "terrorists. Three soldiers were wounded in the clashes.", "Three", "ISIS"),
]

SHARED_WHEN_CLAUSE = [
    ("Seven soldiers lost their lives and 4 others were wounded on Monday when ISIS cells ambushed a bus near "
     "Palmyra.", "Seven", "ISIS"),
    ("Two Peshmerga fighters lost their lives and three were hurt late on Friday when ISIS militants attacked "
     "their post.", "Two", "ISIS"),
    ("Five policemen lost their lives and 2 others were injured overnight when Daesh gunmen stormed a checkpoint "
     "near Tarmiyah.", "Five", "ISIS"),
    ("Four PMF fighters gave their lives and 6 others were wounded on Sunday as ISIS cells shelled their post.",
     "Four", "ISIS"),
]


@pytest.mark.parametrize("text,count,actor_id", CLAIMED_AFTER)
def test_told_attacks_claim_after_names_attacker(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", GROUP_IN_TELLING_SENTENCE)
def test_told_attacks_group_anywhere_in_telling_sentence(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", SHARED_WHEN_CLAUSE)
def test_told_attacks_when_clause_shared_by_coordinated_losses(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
