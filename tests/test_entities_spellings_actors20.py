"""Transliterations of the group's Arabic acronym are its name: "Daash" as "Daesh", "Daish" and "Da'esh" are
(patterns/armed_group.jsonl; branch actors20, decision 47). Invented sentences."""
import pytest


def groups(nlp, text):
    return [(e["text"], e["kb_id"]) for e in nlp(text)._.opstally_entities if e["label"] == "ARMED_GROUP"]


@pytest.mark.parametrize("text,name", [
    ("An explosive device planted by Daash elements hit a patrol near Muqdadiya.", "Daash"),
    ("Security forces killed three Daash terrorists in the Hamrin hills.", "Daash"),
    ("The remnants of Daesh attacked a post in Tarmiyah.", "Daesh"),
    ("Two Daish members were arrested in Kirkuk.", "Daish"),
])
def test_entities_spellings_actors20_acronym_variants_are_isis(nlp, text, name):
    assert (name, "ISIS") in groups(nlp, text)
