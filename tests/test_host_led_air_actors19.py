"""The first conjunct of a joint aircraft subject leads, also where the host state's side before its air ally is
named by a word no air arm lists ("regime", "government") or across a hyphen: "Regime and Russian aircraft",
"Syrian-Russian air strikes" in a Syrian text are the Syrian government's; "Russian and Syrian warplanes" stay
Russian (branch actors19; docs/actor-rule.md decision 38). Each row is an invented text, the count, and the
actor_id it must have."""
import pytest

from actors_helpers import check_row

HOST_FIRST = [
    ("Regime and Russian aircraft carried out 18 air raids on the countryside of Hama on Friday.", "18",
     "SYRIAN-AIR-FORCE"),
    ("Government and Russian jets flew 70 sorties over the Homs desert last week, the Observatory said.", "70",
     "SYRIAN-AIR-FORCE"),
    ("Syrian-Russian air strikes destroyed 4 ISIS vehicles in the Deir ez-Zor desert, a military source said.",
     "4", "SYRIAN-AIR-FORCE"),
    ("Regime/Russian warplanes pounded rebel-held villages in Idlib province, killing 6 civilians, a monitor "
     "said.", "6", "SYRIAN-AIR-FORCE"),
    ("Syrian and Russian helicopters struck 11 militant positions near Palmyra in Homs province.", "11",
     "SYRIAN-AIR-FORCE"),
    ("The monitor said Regime-Russian air raids killed 14 ISIS members in the Raqqa desert in June.", "14",
     "SYRIAN-AIR-FORCE"),
]

FIRST_NAMED_STAYS = [
    ("Russian and Syrian warplanes bombed villages in Idlib province overnight, killing 6 civilians.", "6",
     "RUSSIAN-FORCES"),
    ("Russian-Syrian air strikes hit 8 rebel positions in the Hama countryside.", "8", "RUSSIAN-FORCES"),
    ("Russian warplanes carried out 25 raids on ISIS hideouts in the Homs desert on Monday.", "25", "RUSSIAN-FORCES"),
    ("Turkish and Russian warplanes struck 9 HTS positions in Idlib province.", "9", "TURKISH-FORCES"),
    ("Iraqi and coalition jets destroyed 6 ISIS hideouts in the Hamrin mountains in Diyala.", "6", "IRAQI-AF"),
]


@pytest.mark.parametrize("text,count,actor_id", HOST_FIRST)
def test_host_led_air_host_named_first_leads(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


@pytest.mark.parametrize("text,count,actor_id", FIRST_NAMED_STAYS)
def test_host_led_air_first_named_air_arm_stays(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


FIRST_NAMED_BEFORE_HOST_WORD = [  # decision 40 (branch actors20): the first named leads in either order
    ("Russian and regime aircraft launched 18 raids on villages of the Hama countryside on Monday.", "18",
     "RUSSIAN-FORCES"),
    ("Russian and government jets flew 40 sorties over the Homs desert last week, the Observatory said.", "40",
     "RUSSIAN-FORCES"),
    ("Russian-regime air strikes killed 7 civilians in the Idlib countryside, a monitor said.", "7",
     "RUSSIAN-FORCES"),
    ("Russian/government warplanes pounded rebel-held towns in Idlib province, killing 5 civilians.", "5",
     "RUSSIAN-FORCES"),
]


@pytest.mark.parametrize("text,count,actor_id", FIRST_NAMED_BEFORE_HOST_WORD)
def test_host_led_air_ally_named_first_leads(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
