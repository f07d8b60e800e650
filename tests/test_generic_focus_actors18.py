"""A generic subject that names a state's own force ("Police in Basra", "Security forces in Duhok", "Army units",
"its counter-terrorism units") becomes the force the text is about, as a named force does: a later passive count
with no agent carries it (branch actors18; docs/actor-rule.md decision 35). Each row is an invented text, the
count, and the actor_id its event must have."""
import pytest

from actors_helpers import check_row

CARRIED = [
    ("Police in Najaf detained 7 men wanted on terrorism charges on Monday, a source said. Twelve rifles were also "
     "seized.", "Twelve", "IRAQI-POLICE"),
    ("Security forces in Duhok arrested 3 ISIS suspects in a dawn raid, a statement said. Two pistols were "
     "confiscated.", "Two", "KRG-ASAYISH"),
    ("Hama, SANA – Army units killed 9 ISIS terrorists near Salamiyah on Friday. Three of their vehicles were "
     "destroyed in the clash.", "Three", "SYRIAN-ARAB-ARMY"),
    ("The Kurdistan Region Security Council said its counter-terrorism units had detained 6 suspects in Erbil. "
     "Four explosive vests were found in their homes, the council said.", "Four", "KRG-CTG"),
    ("KIRKUK – Counter-terrorism units detained 4 ISIS suspects in Hawija on Sunday. Five mobile phones were "
     "confiscated.", "Five", "CTS"),
]

PARTNER_SECTION = [
    ("The Coalition said its forces conducted 12 operations last month. In Iraq, partner forces conducted 7 of them. "
     "In Syria, Coalition forces supported 5 operations in which 3 ISIS members died.", "3", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,actor_id", CARRIED)
def test_generic_focus_carried_to_a_later_passive(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", PARTNER_SECTION)
def test_generic_focus_partner_section_keeps_the_release_force(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
