"""A place's name that opens an outlet's masthead ("Kirkuk Now", "Baghdad Post") or a state
company's name ("the Kirkuk Oil Company") is no place: NOT_ENTITY token patterns of
patterns/not_entity.jsonl (ner11). The same place before a lower-case word stays a place."""
import pytest


def ents(nlp, text):
    return [(e["text"], e["label"]) for e in nlp(text)._.opstally_entities]


@pytest.mark.parametrize("text", [
    "Mosul Post | 3 May 2023 Police detained two men.",
    "Report filed by the Erbil Herald on Sunday.",
    "RAQQA TODAY · Security · 4 June 2021",
    "Al-Anbar Observer — Published 8 August 2022",
    "Diyala Times said the convoy was hit.",
    "Hasakah Now | Local news",
])
def test_entities_outlets11_masthead_place_is_not_a_place(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] in ("PROVINCE", "LOCATION")]


@pytest.mark.parametrize("text", [
    "The Basra Cement Company reopened its plant.",
    "the Nineveh Electricity Company said power was cut.",
    "Workers of the Anbar Phosphate Company were released.",
    "A tanker of the Diyala Gas Company was hit.",
])
def test_entities_outlets11_state_company_place_is_not_a_place(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] in ("PROVINCE", "LOCATION")]


@pytest.mark.parametrize("text,place", [
    ("Two soldiers were killed in Mosul today.", "Mosul"),
    ("Police in Kirkuk now say the road is open.", "Kirkuk"),
    ("Clashes in Hasakah times two: the toll doubled.", "Hasakah"),
    ("The convoy reached Tikrit on Monday.", "Tikrit"),
])
def test_entities_outlets11_place_before_lower_case_word_stays(nlp, text, place):
    assert place in [e[0] for e in ents(nlp, text)]


@pytest.mark.parametrize("text", [
    "The Nineveh Health Directorate said two of the wounded were critical.",
    "The Kirkuk Education Directorate closed the schools for a day.",
    "Diyala Agriculture Directorate officials counted the burned fields.",
    "The Anbar Municipality Directorate cleared the rubble.",
])
def test_entities_outlets11_civil_office_of_a_province_is_no_province(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PROVINCE"]


@pytest.mark.parametrize("text", [
    "The Minister of Peshmerga Affairs visited the wounded.",
    "The Peshmerga Affairs Ministry said the post was shelled.",
    "A Peshmerga Affairs spokesman gave the toll.",
    "Officials of the ministry of Peshmerga affairs met the envoy.",
])
def test_entities_outlets11_peshmerga_affairs_is_a_ministry(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "FORCE"]
