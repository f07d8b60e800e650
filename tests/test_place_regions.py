"""A region over several provinces (docs/operation-rule.md decision 13): a named LOCATION at every
mention, its province null unless the text places it; inside another name it is that name's."""
import pytest


def _places(nlp, text):
    doc = nlp(text)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text,name", [
    ("ISIS cells killed 4 soldiers in the Syrian Badia on Monday.", "Badia"),
    ("Russian jets struck 12 hideouts across the Badiya overnight.", "Badiya"),
    ("Two shepherds were killed by a mine in the Badiyah.", "Badiyah"),
    ("Troops combed the Badia of Homs and seized 3 rifles.", "Badia"),
])
def test_place_regions_badia_is_a_location(nlp, text, name):
    assert (name, "LOCATION") in _places(nlp, text)


@pytest.mark.parametrize("text,name,label", [
    ("Fighters of Katibat al-Badiya attacked a checkpoint.", "Katibat al-Badiya", "ARMED_GROUP"),
    ("The Jazira and Badia Operations Command said troops arrested 4 suspects.",
     "Jazira and Badia Operations Command", "FORCE"),
    ("The operation, dubbed Badia Dawn, killed 5 militants.", "Badia Dawn", "OPERATION"),
    ("Regime forces launched the push his men call Nasr al-Badiya.", "Nasr al-Badiya", "OPERATION"),
])
def test_place_regions_inside_another_name_is_that_name_s(nlp, text, name, label):
    assert (name, label) in _places(nlp, text)


def test_place_regions_province_stays_null_without_a_cue(nlp):
    doc = nlp("ISIS cells killed 4 soldiers in the Badia on Monday.")
    events = doc._.opstally_events
    assert events and events[0]["province_id"] is None
