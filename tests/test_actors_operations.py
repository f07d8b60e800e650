"""The operation an event belongs to (issue 10, classes 19, 23, 24): named in the text, named
after a place, named by a cue.

Each row is a short invented text, the count it is about and what the event of that
count must say. Ids are compared exactly where the unit matters (an air arm), else by
family."""
import pytest

from actors_helpers import check_row


# 19. operations named in the text are kept across families and across the next sentence
OPERATIONS = [
    ("In the second phase of Operation Victory Will, PMF fighters destroyed 7 ISIS hideouts in Anbar.",
     "7", "victory-will"),
    ("Hashd units killed 4 ISIS fighters during the Heroes of Iraq operation in Diyala.", "4", "heroes-of-iraq"),
    ("The fourth phase of Operation Victory Will began in western Anbar. PMF fighters destroyed 6 ISIS "
     "hideouts near Rutba.", "6", "victory-will"),
    ("Iraqi troops arrested 9 suspects in Tarmiyah. The sweep, dubbed Operation Desert Lantern, ended on Monday.",
     "9", "desert-lantern"),
    ("The SDF captured 12 ISIS members near Hajin. The raid, called Operation Night Hawk, "
     "was backed by the coalition.", "12", "night-hawk"),
]


@pytest.mark.parametrize("text,count,operation_id", OPERATIONS)
def test_actors_named_operation(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# 23. an operation whose name begins with a place ("Operation Hamrin Lightning"): the place is
# part of the name, and the events of the operation carry it
PLACE_FIRST_OPERATIONS = [
    ("Iraqi forces launched Operation Anbar Thunder on Monday. They killed 7 ISIS militants near Rutba.",
     "7", "anbar thunder"),
    ("Operation Diyala Storm entered its second day; troops destroyed 4 hideouts in the Udhaim basin.",
     "4", "diyala storm"),
    ("The Peshmerga began Operation Kirkuk Dawn and captured 3 suspects in Dibis.", "3", "kirkuk dawn"),
]


@pytest.mark.parametrize("text,count,name", PLACE_FIRST_OPERATIONS)
def test_actors_operation_named_after_place(nlp, text, count, name):
    doc = nlp(text)
    ops = [e for e in doc._.opstally_entities if e["label"] == "OPERATION"]
    assert [e["text"].lower() for e in ops] == [name]
    check_row(nlp, text, count, operation_id=ops[0]["kb_id"])


# 24. operations named without the word "Operation": a naming verb after "operation"/"campaign",
# or a quoted name right before or after the noun; the events after it carry it
CUED_OPERATIONS = [
    ("Iraqi troops began a new operation, dubbed Black Falcon, and killed 6 ISIS militants near Rawa.",
     "6", "black falcon"),
    ("The SDF launched a campaign it calls Desert Storm Two and captured 9 suspects near Hajin.",
     "9", "desert storm two"),
    ('The army began the operation "Lions of the Valley" and destroyed 5 hideouts in Hamrin.',
     "5", "lions of the valley"),
    ('The PMF started the "Eagle Eye" search operation and seized 3 weapons caches near Baiji.',
     "3", "eagle eye"),
]


@pytest.mark.parametrize("text,count,name", CUED_OPERATIONS)
def test_actors_operation_named_by_cue(nlp, text, count, name):
    doc = nlp(text)
    ops = [e for e in doc._.opstally_entities if e["label"] == "OPERATION"]
    assert [e["text"].lower() for e in ops] == [name]
    check_row(nlp, text, count, operation_id=ops[0]["kb_id"])


NOT_OPERATION_NAMES = [
    "The operation called for 4 brigades to clear the villages west of Mosul.",
    "The campaign, named after a fallen commander, freed 12 villages near Raqqa.",
    "Officials called the operation a success after troops freed 14 villages.",
]


@pytest.mark.parametrize("text", NOT_OPERATION_NAMES)
def test_actors_naming_cue_without_a_name(nlp, text):
    assert not [e for e in nlp(text)._.opstally_entities if e["label"] == "OPERATION"]
