"""Events by phrasing class: each row is a short text and the events it must give,
as (action, count text, actor family or None). Rows are written for these tests."""
import pytest

from opstally.ids import family


def events_of(nlp, text):
    doc = nlp(text)
    return [(e["action"], e["count"]["text"], family(e["actor_id"])) for e in doc._.opstally_events]


ACTIVE = [
    ("The SDF killed 14 ISIS militants near Hajin.", [("kill", "14", "SDF")]),
    ("Iraqi army units arrested five suspects in Tarmiyah on Monday.", [("capture", "five", "ISF")]),
    ("Peshmerga forces destroyed three car bombs south of Makhmour.", [("destroy", "three", "KRG")]),
    ("The Federal Police seized 40 rockets and 12 mortar rounds in Hawija.",
     [("seize", "40", "ISF"), ("seize", "12", "ISF")]),
    ("CTS commandos freed 23 hostages held by Daesh in Mosul.", [("rescue", "23", "ISF")]),
    ("The coalition conducted 12 airstrikes near Raqqa.", [("strike", "12", "CJTF-OIR")]),
    ("Turkish forces shelled 9 positions near Tal Abyad.", [("strike", "9", "TURKISH-FORCES")]),
]
PASSIVE = [
    ("Twelve ISIS fighters were killed by the SDF near Shaddadi.", [("kill", "Twelve", "SDF")]),
    ("Forty hideouts were demolished by the Iraqi army in the Hamrin mountains.", [("destroy", "Forty", "ISF")]),
    ("Six suspects were detained by the Asayish in Qamishli.", [("capture", "Six", "SDF")]),
    ("Three tunnels have been destroyed by Peshmerga engineers near Gwer.", [("destroy", "Three", "KRG")]),
]
PARTICIPLE = [
    ("The Iraqi army launched a sweep in Anbar, killing 7 militants and seizing 3 vehicles.",
     [("kill", "7", "ISF"), ("seize", "3", "ISF")]),
    ("SDF fighters stormed the village of Baghuz, capturing over 200 jihadists.", [("capture", "over 200", "SDF")]),
    ("Coalition jets struck a convoy near Qaim, destroying four trucks.", [("destroy", "four", "CJTF-OIR")]),
    ("Daesh cells remain active in Diyala. Militants attacked a checkpoint, killing three policemen.",
     [("kill", "three", "ISIS")]),
]
REDUCED_RELATIVE = [
    ("The ISF reported dozens of terrorists killed in the desert.", [("kill", "dozens", "ISF")]),
    ("The Iraqi army's operation in Anbar left 15 militants killed and 4 wounded.",
     [("kill", "15", "ISF"), ("injure", "4", "ISF")]),
]
NOMINAL = [
    ("The Federal Police announced the arrest of five suspects in Kirkuk.", [("capture", "five", "ISF")]),
    ("Peshmerga commanders confirmed the destruction of 11 tunnels near Qarachokh.", [("destroy", "11", "KRG")]),
    ("The SDF announced the liberation of 30 villages in Deir ez-Zor.", [("clear", "30", "SDF")]),
]
COORDINATION = [
    ("The fighting caused several deaths and injuries in Kirkuk.",
     [("kill", "several", None), ("injure", "several", None)]),
    ("The YPG destroyed 4 vehicles and 2 bomb factories near Tabqa.",
     [("destroy", "4", "SDF"), ("destroy", "2", "SDF")]),
    ("Iraqi troops killed 5 and captured 3 ISIS members near Baiji.",
     [("kill", "5", "ISF"), ("capture", "3", "ISF")]),
]
HEADLINES = [
    ("Victory Will destroys ten Isis command centers in Anbar", [("destroy", "ten", "ISF")]),
    ("Peshmerga kill 7 IS fighters near Makhmour", [("kill", "7", "KRG")]),
    ("SDF captures 40 Daesh members in Deir ez-Zor raid", [("capture", "40", "SDF")]),
    ("Jazeera Storm clears 50 villages east of the Euphrates", [("clear", "50", "SDF")]),
]
OWN_LOSSES = [
    ("The SDF lost three fighters, while five others were wounded.", [("lose", "three", "SDF"), ("injure", "five", None)]),
    ("Two soldiers were killed and four were wounded when a bomb exploded near Tikrit.",
     [("kill", "Two", None), ("injure", "four", None)]),
    ("Islamic State militants killed two Peshmerga near Kirkuk.", [("kill", "two", "ISIS")]),
    ("The Peshmerga held the ridge. Two Peshmerga fighters were killed by a roadside bomb.", [("kill", "Two", None)]),
]
SUBJECT_COUNTS = [
    ("The Iraqi army began the operation in Salahuddin. 29 hideouts were destroyed.", [("destroy", "29", "ISF")]),
    ("The PMF launched a new phase in Diyala. Thousands of fighters participate.", [("deploy", "Thousands", "PMF")]),
    ("More than 2,000 Peshmerga took part in the offensive.", [("deploy", "More than 2,000", "KRG")]),
    ("Forty ISIS fighters surrendered to the SDF in Baghuz.", [("surrender", "Forty", "ISIS")]),
]
CARRIED_OVER = [
    ("The Counter Terrorism Service led the assault on Rawa. Afterwards, units combed the area, detaining 9 suspects.",
     [("capture", "9", "ISF")]),
    ("The SDF opened a new front in Hasakah on Monday. Later, troops raided a farm, seizing 6 rifles.",
     [("seize", "6", "SDF")]),
]
VAGUE_AND_BOUNDED = [
    ("The Iraqi army killed about 30 militants in Anbar.", [("kill", "about 30", "ISF")]),
    ("The SDF cleared nearly 1,200 square kilometers in Deir ez-Zor.", [("clear", "nearly 1,200", "SDF")]),
    ("Peshmerga forces detained a dozen suspects in Erbil.", [("capture", "a dozen", "KRG")]),
    ("The coalition destroyed between 10 and 15 ISIS boats on the Euphrates.",
     [("destroy", "between 10 and 15", "CJTF-OIR")]),
]
NOT_EVENTS = [
    ("The third phase of the operation began on 12 May 2019.", []),
    ("The militants fled 60 kilometers southwest of Erbil.", []),
    ("The two countries signed Resolution 2170 over 2 days of talks.", []),
    ("About 40 percent of the budget, or $5 million, went to the 14th Brigade.", []),
    ("The army plans to clear 100 villages next month.", []),
    ("The army suffered no casualties.", []),
    ("A 25-year-old man was among those questioned.", []),
]

ALL = [*ACTIVE, *PASSIVE, *PARTICIPLE, *REDUCED_RELATIVE, *NOMINAL, *COORDINATION, *HEADLINES, *OWN_LOSSES,
       *SUBJECT_COUNTS, *CARRIED_OVER, *VAGUE_AND_BOUNDED, *NOT_EVENTS]


@pytest.mark.parametrize("text,expected", ALL)
def test_events_phrasing_class(nlp, text, expected):
    assert events_of(nlp, text) == expected


def test_events_carry_province_and_operation(nlp):
    text = ("The Iraqi army launched the second phase of Operation Victory Will in Anbar. "
            "Later, troops destroyed 8 tunnels near Rutba.")
    (ev,) = nlp(text)._.opstally_events
    assert ev["operation_id"] == "victory-will"
    assert ev["province_id"] == "IQ-AN"
    assert ev["actor_source"] == "context"


def test_events_affected_side(nlp):
    doc = nlp("The SDF destroyed ten Isis command centers. The SDF lost two fighters.")
    affected = [(e["action"], e["affected_id"]) for e in doc._.opstally_events]
    assert affected == [("destroy", "ISIS"), ("lose", "SDF")]


def test_events_actor_source_by_agent(nlp):
    (ev,) = nlp("Five tunnels were destroyed by the Iraqi army.")._.opstally_events
    assert ev["actor_source"] == "by_agent"
    assert ev["actor"]["text"] == "Iraqi army"


def test_events_offsets_point_into_text(nlp):
    text = "Iraq, Victory Will destroys ten Isis command centers in Anbar"
    (ev,) = nlp(text)._.opstally_events
    for key in ("count", "item", "actor", "trigger"):
        assert text[ev[key]["start"]:ev[key]["end"]] == ev[key]["text"]
    assert text[ev["sentence"]["start"]:ev["sentence"]["end"]] == text
