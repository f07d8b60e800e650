"""Generic "security forces" / "counter-terrorism units" in a text whose first province is the Kurdistan
Region's are the region's own force, not the ISF (branch actors17; docs/actor-rule.md decision 30). Each row
is an invented text, the count, and the family its actor_id must have."""
import pytest

from actors_helpers import check_row

KURDISTAN = [
    ("Security forces in Erbil detained 3 men who had sheltered an ISIS cell, officials said.", "3", "KRG"),
    ("DUHOK – Security forces arrested 7 smugglers near Zakho in Duhok province on Friday.", "7", "KRG"),
    ("The Security Council in Sulaimani said its counter-terrorism units had seized 4 explosive belts.", "4",
     "KRG"),
    ("In Halabja province, security forces have detained 2 people accused of funding ISIS.", "2", "KRG"),
    ("Counter-terrorism forces in Sulaimani arrested 5 ISIS suspects on Tuesday, a statement said.", "5", "KRG"),
]

ELSEWHERE_OR_FOCUS = [
    ("Security forces in Kirkuk detained 6 ISIS suspects on Monday.", "6", "ISF"),
    ("Security forces in Mosul arrested 9 men wanted under Article 4, Nineveh police said.", "9", "ISF"),
    ("The Iraqi army said its troops swept villages near Makhmour in Erbil. Security forces later detained 3 "
     "suspects.", "3", "ISF"),
    ("Security forces in Tikrit seized 12 rockets in an abandoned house, a source said.", "12", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", KURDISTAN)
def test_region_forces_kurdistan_text_is_the_region_s(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", ELSEWHERE_OR_FOCUS)
def test_region_forces_elsewhere_or_other_focus_is_the_country_s(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
