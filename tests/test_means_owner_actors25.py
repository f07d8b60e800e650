"""An attack's means or event noun that an attribution right after it gives an owner ("a drone believed to be
Turkish", "a strike blamed on Turkey", "an attack attributed to ISIS", "a drone, likely Turkish,") names the
attacker; role nouns of civilians (truffle hunters, mukhtars, nomads) are nobody's side (branch actors25;
docs/actor-rule.md decisions 85-86). Each row is an invented text, the count, and the actor and affected families."""
import pytest

from actors_helpers import check_row

ATTRIBUTED_MEANS = [
    ("A drone believed to be Turkish hit a car near Amuda in Hasakah, killing 3 SDF members.", "3", "TURKISH-FORCES",
     "SDF"),
    ("A drone strike blamed on Turkey killed four members of the Asayish in Qamishli.", "four", "TURKISH-FORCES",
     "SDF"),
    ("A drone attack attributed to Turkey killed 2 PKK members near Sinuni in Sinjar.", "2", "TURKISH-FORCES", "PKK"),
    ("An unidentified drone, likely Turkish, struck a pickup near Kobani, killing two SDF fighters.", "two",
     "TURKISH-FORCES", "SDF"),
    ("Three ISIS militants were killed near Hajin in an airstrike widely attributed to the US-led coalition.",
     "Three", "CJTF-OIR", "ISIS"),
]

OWNER_OVER_FOCUS = [
    ("Russian warplanes pounded Jabal al-Zawiya in Idlib. A drone strike believed to be American killed 2 leaders of "
     "Hurras al-Din near Sarmada.", "2", "CJTF-OIR", "HURRAS-AL-DIN"),
    ("The SDF took 3 villages near Hajin on Sunday. A drone believed to be Turkish hit a car near Amuda, killing 2 of "
     "its fighters.", "2", "TURKISH-FORCES", "SDF"),
    ("Iraqi troops cleared 4 villages in Kirkuk. An airstrike thought to be Turkish killed 3 PKK members in Sinjar.",
     "3", "TURKISH-FORCES", "PKK"),
    ("The army said it killed 5 ISIS militants near Rutba. Then a bomb believed to have been planted by ISIS killed 2 "
     "farmers in Hit.", "2", "ISIS", None),
]

NO_OWNER = [
    ("A roadside bomb, believed to have been planted by unknown gunmen, wounded 3 soldiers near Tuz.", "3", None,
     "ISF"),
    ("A drone hit a car near Amuda in Hasakah, killing 3 SDF members.", "3", None, "SDF"),
    ("A landmine believed to date from the war killed 2 shepherds near Sinjar.", "2", None, None),
    ("A suspected Turkish drone strike killed 2 SDF fighters near Tal Tamr.", "2", "TURKISH-FORCES", "SDF"),
]

ROLE_CIVILIANS = [
    ("The Syrian Observatory said 5 regime soldiers were killed when ISIS cells ambushed a convoy near al-Mayadin. "
     "Its activists also documented the death of 4 truffle hunters in a landmine blast on the same road.", "4", None,
     None),
    ("Army units killed 3 ISIS militants in the Badia on Monday. SOHR documented the death of 6 truffle pickers near "
     "al-Sukhnah the same week.", "6", None, None),
    ("Security forces killed 4 terrorists near Hawija on Sunday. The monitor documented the death of 2 mukhtars "
     "near Rashad on Monday.", "2", None, None),
    ("The SDF captured 5 ISIS members near Hajin. Monitors documented the death of 3 nomads in the desert the same "
     "day.", "3", None, None),
]


@pytest.mark.parametrize("text,count,actor,affected", ATTRIBUTED_MEANS + OWNER_OVER_FOCUS + NO_OWNER
                         + ROLE_CIVILIANS)
def test_means_owner_names_the_attacker(nlp, text, count, actor, affected):
    check_row(nlp, text, count, actor=actor, affected=affected)
