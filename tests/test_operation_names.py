"""Operations no pattern knows: "Operation X" names them, later mentions repeat them
(components/operation_names.py, run by opstally_entities)."""
import pytest

from opstally.pipeline import build_rules_pipeline


def ops(nlp, text):
    return [(e["text"], e["kb_id"]) for e in nlp(text)._.opstally_entities if e["label"] == "OPERATION"]


@pytest.mark.parametrize("text,expected", [
    ("Clashes were the first since Operation Granite Spear began.", [("Granite Spear", "granite-spear")]),
    ("The third phase of Operation Falcon's Claw ended.", [("Falcon's Claw", "falcons-claw")]),
    ("Operation Storm of the Two Rivers continues near Baaj.",
     [("Storm of the Two Rivers", "storm-of-the-two-rivers")]),
    ("Across Operations Copper Lantern and Jazira Hammer, the SDF detained 31.",
     [("Copper Lantern", "copper-lantern"), ("Jazira Hammer", "jazira-hammer")]),
    ("Strikes continued under Operation Granite Spear II on Friday.", [("Granite Spear II", "granite-spear-ii")]),
    ("The army launched Operation Roundup Tuesday and killed 3.", [("Roundup", "roundup")]),
    # later mentions of a name the document introduced, in any case
    ("Operation Granite Spear began in May. The Granite Spear push killed 12 militants.",
     [("Granite Spear", "granite-spear"), ("Granite Spear", "granite-spear")]),
    ("GRANITE SPEAR — DAY 6\nOperation Granite Spear freed 5 hostages.",
     [("GRANITE SPEAR", "granite-spear"), ("Granite Spear", "granite-spear")]),
])
def test_operation_names_found(nlp, text, expected):
    assert ops(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The Anbar Operations Command said 4 militants were killed.",   # a force
    "Operation Inherent Resolve struck 4 targets.",                  # the coalition (a pattern)
    "The operation Granite Spear is lower case here.",               # no title-case trigger
    "OPERATIONS UPDATE: 4 tunnels destroyed.",                       # a heading, not a name
    "Operation costs rose as Granite Spear was debated.",            # no name after the trigger
    "Granite Spear was mentioned without the word operation.",
])
def test_operation_names_not_found(nlp, text):
    assert ops(nlp, text) == []


def test_operation_names_can_be_switched_off():
    nlp = build_rules_pipeline()
    nlp.get_pipe("opstally_entities").operation_names = False
    assert ops(nlp, "Clashes were the first since Operation Granite Spear began.") == []
    nlp2 = build_rules_pipeline()
    nlp2.replace_pipe("opstally_entities", "opstally_entities", config={"operation_names": False})
    assert ops(nlp2, "Clashes were the first since Operation Granite Spear began.") == []


def test_operation_names_force_unknown_is_no_actor(nlp):
    # an operation stands for its force; with none known, the subject before it acts
    doc = nlp("Peshmerga commanders said Operation Granite Spear destroyed 12 caves.")
    (ev,) = doc._.opstally_events
    assert ev["actor_id"] == "PESHMERGA" and ev["operation_id"] == "granite-spear"
