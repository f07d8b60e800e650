"""A nationality whose air arm and ground forces have one id names that force by its bare "strikes": "Turkish
strikes kill five Kurdish-led fighters" → TURKISH-FORCES; "Iraqi strikes" still name no arm (branch actors20;
docs/actor-rule.md decision 46). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

BARE_STRIKES = [
    ("Turkish strikes kill four SDF fighters near Kobani, monitor says.", "four", "TURKISH-FORCES"),
    ("Russian strikes killed 7 civilians in the Idlib countryside on Monday, rescuers said.", "7", "RUSSIAN-FORCES"),
    ("Turkish strikes destroyed 12 PKK shelters in the Gara region of northern Iraq.", "12", "TURKISH-FORCES"),
    ("American strikes killed 3 ISIS leaders in the Badia desert last week.", "3", "US-FORCES"),
    ("Iraqi strikes killed 4 ISIS militants in the Anbar desert, a source said.", "4", None),
]


@pytest.mark.parametrize("text,count,actor_id", BARE_STRIKES)
def test_bare_strikes_one_force_nationality(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
