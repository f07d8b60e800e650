"""Actors that are air arms (issue 10, classes 12, 12b, 26): nationality + aircraft, air arms
named by their owner, coordinated air arms.

Each row is a short invented text, the count it is about and what the event of that
count must say. Ids are compared exactly where the unit matters (an air arm), else by
family."""
import pytest

from actors_helpers import check_row


# 12. aircraft and air arms: nationality + aircraft -> that state's air arm; coalition models -> coalition
AIR_ARMS = [
    ("Iraqi jets destroyed 9 ISIS hideouts in the Hamrin mountains.", "9", "IRAQI-AF"),
    ("Iraqi warplanes carried out 4 airstrikes on Daesh positions near Rutba.", "4", "IRAQI-AF"),
    ("Iraq's air force destroyed 3 tunnels used by ISIS in Kirkuk.", "3", "IRAQI-AF"),
    ("The air force carried out 6 strikes on ISIS dens in Anbar, the Iraqi military said.", "6", "IRAQI-AF"),
    ("F-16s destroyed 5 ISIS vehicles near Qaim.", "5", "CJTF-OIR"),
    ("Two MQ-9 Reapers struck 7 Daesh targets east of the Euphrates.", "7", "CJTF-OIR"),
    ("A-10s and F-15Es destroyed 12 ISIS fighting positions near Hajin.", "12", "CJTF-OIR"),
    ("British Typhoons destroyed 2 ISIS boats on the Euphrates.", "2", "UK-FORCES"),
]


@pytest.mark.parametrize("text,count,actor_id", AIR_ARMS)
def test_actors_air_arms(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


# 12b. air arms named by their owner: "its jets" after a country's ministry, lower-case "army
# aviation" / "army helicopters" (the army of the country the text is in), "Syrian Air Force"
OWNED_AIR = [
    ("Russia's defence ministry said its jets had flown 40 sorties over Deir ez-Zor.", "40", "RUSSIAN-FORCES"),
    ("Turkey's defence ministry said its warplanes hit 12 targets in northern Iraq.", "12", "TURKISH-FORCES"),
    ("The PMF held the road in Diyala. Army aviation struck a pickup carrying 4 militants, killing them.", "4",
     "IRAQI-ARMY"),
    ("Militants attacked a post in Kirkuk. Army helicopters chased their trucks, destroying 3.", "3",
     "IRAQI-ARMY"),
    ("Syrian Air Force jets flew 25 sorties over the Homs desert.", "25", "SYRIAN-AIR-FORCE"),
]


@pytest.mark.parametrize("text,count,actor_id", OWNED_AIR)
def test_actors_owned_air_arms(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)


# 26. "Russian and Syrian aircraft": the first air arm named leads (also a host named by "regime" or across a
# hyphen: docs/actor-rule.md decision 38, tests/test_host_led_air_actors19.py)
COORDINATED_AIR_ARMS = [
    ("Russian and Syrian aircraft carried out 12 air strikes on IS targets near Palmyra.", "12", "RUSSIAN-FORCES"),
    ("Iraqi and coalition jets destroyed 6 ISIS hideouts in the Hamrin mountains.", "6", "IRAQI-AF"),
    ("Turkish and Russian warplanes struck 9 HTS positions in Idlib.", "9", "TURKISH-FORCES"),
]


@pytest.mark.parametrize("text,count,actor_id", COORDINATED_AIR_ARMS)
def test_actors_coordinated_air_arms(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
