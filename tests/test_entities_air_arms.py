"""Entities: a nationality before an aircraft noun or model is one FORCE, the state's air arm
(docs/actor-rule.md decision 55; patterns made from actors.jsonl by resources.air_arm_lines)."""
import pytest

from actors_helpers import check_row

from opstally.resources import air_arm_lines


def forces(nlp, text):
    return [(e["text"], e["kb_id"]) for e in nlp(text)._.opstally_entities if e["label"] == "FORCE"]


@pytest.mark.parametrize("text,expected", [
    ("Iraqi jets pounded a cave complex near Tuz.", [("Iraqi jets", "IRAQI-AF")]),
    ("Two hideouts were hit by Iraqi F-16s on Friday.", [("Iraqi F-16s", "IRAQI-AF")]),
    ("Iraqi F-16 jets returned to the valley at dusk.", [("Iraqi F-16 jets", "IRAQI-AF")]),
    ("Russian warplanes flew 14 sorties over the desert.", [("Russian warplanes", "RUSSIAN-FORCES")]),
    ("Villagers said Russian aircraft circled for an hour.", [("Russian aircraft", "RUSSIAN-FORCES")]),
    ("Turkish warplanes bombed two ridges in Zakho.", [("Turkish warplanes", "TURKISH-FORCES")]),
    ("U.S. helicopters landed near the crossing.", [("U.S. helicopters", "US-FORCES")]),
    ("US aircraft struck a depot, the group said.", [("US aircraft", "US-FORCES")]),
    ("IRAQI WARPLANES HIT HIDEOUTS", [("IRAQI WARPLANES", "IRAQI-AF")]),
])
def test_entities_air_arms_nationality_and_aircraft_is_one_force(nlp, text, expected):
    assert forces(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "A Turkish drone strike hit a pickup near the camp.",  # drones: no FORCE (ownerless_aircraft)
    "Turkish drones struck a car on the ring road.",
    "The Russian aircraft carrier left port on Monday.",  # the aircraft noun modifies another noun
    "An Iraqi jet fuel depot caught fire.",
    "The drones circled for an hour before dawn.",  # no owner named
    "Witnesses told us jets had flown low over the town.",  # the pronoun "us"
    "The jets' pilots returned safely to the base.",
])
def test_entities_air_arms_look_alikes_are_no_air_arm(nlp, text):
    assert not [f for f in forces(nlp, text) if f[1] in ("IRAQI-AF", "RUSSIAN-FORCES", "TURKISH-FORCES", "US-FORCES")]


def test_entities_air_arms_named_force_keeps_its_own_span(nlp):
    assert forces(nlp, "Coalition aircraft struck 3 targets.") == [("Coalition", "CJTF-OIR")]


def test_entities_air_arms_patterns_are_fixed_length_and_anchored():
    for line in air_arm_lines():
        assert line["label"] == "FORCE" and line["id"]
        assert all("OP" not in tok for tok in line["pattern"])
        assert isinstance(line["pattern"][0]["LOWER"]["IN"], list)


@pytest.mark.parametrize("text,count,actor_id", [
    # the aircraft entity acts as the aircraft mention did (decision 38: the host-led pair)
    ("Regime and Russian warplanes flew 31 sorties over the Hama countryside, a monitor said.", "31",
     "SYRIAN-AIR-FORCE"),
    ("Iraqi F-16s destroyed 4 hideouts in the Hamrin mountains of Diyala province.", "4", "IRAQI-AF"),
    ("Turkish warplanes hit 7 PKK positions in the Amedi district of Duhok province.", "7", "TURKISH-FORCES"),
    # the ground force stays the text's focus after its air partner (decision 19)
    ("Russian jets bombed the desert near Sukhnah in Homs province. Army units later killed 5 ISIS militants there.",
     "5", "SYRIAN-ARAB-ARMY"),
])
def test_entities_air_arms_event_actor_as_aircraft_mention(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
