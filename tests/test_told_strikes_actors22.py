"""Civilians hurt "in the shelling" / "in the strike" that the text told take the side that shelled or struck,
not a speaker named after it; a state a capital or country names as the speaker of "its troops killed N" is
that state's force (branch actors22; docs/actor-rule.md decisions 56 and 57). Each row is an invented text,
the count, and the family its actor_id must have (None: no actor)."""
import pytest

from actors_helpers import check_row

TOLD_STRIKE = [
    ("Turkish forces shelled farms east of Ain Issa at dawn. Three civilians were wounded in the shelling, "
     "the SDF said.", "Three", "TURKISH-FORCES"),
    ("A Turkish drone hit a car on the road to Qandil on Monday, killing two. A third passenger was not hurt, "
     "but 4 shepherds were wounded in the strike, the mayor said.", "4", "TURKISH-FORCES"),
    ("Russian jets bombed a fuel market near Sarmada. Nine civilians died in the raid, rescue workers said.",
     "Nine", "RUSSIAN-FORCES"),
    ("Turkish artillery pounded villages near Zakho overnight. Local officials condemned the bombardment and "
     "said 5 farmers were wounded.", "5", "TURKISH-FORCES"),
    ("Turkish warplanes struck a hillside near Amadiya. The Kurdistan Region's presidency denounced the "
     "strikes, saying 2 villagers were killed.", "2", "TURKISH-FORCES"),
    ("Turkish jets bombed a gorge near Sidakan on Friday. Four herders were killed in the bombing, the mayor said, "
     "while the PKK denied that its fighters were in the gorge.", "Four", "TURKISH-FORCES"),
    ("Russian aircraft pounded a village near Jisr al-Shughur. 6 farmers were wounded in the bombardment, "
     "medics said, as HTS shelled army posts nearby.", "6", "RUSSIAN-FORCES"),
]

NOT_TOLD = [  # look-alikes: an attack that is no bombardment, an owner named beside the strike noun
    ("Turkish forces shelled farms east of Ain Issa at dawn. Two civilians were wounded in a mortar attack "
     "near Tal Tamr, the SDF said.", "Two", None),
    ("Turkish forces shelled farms east of Ain Issa at dawn. Two civilians were wounded in clashes near "
     "Manbij, the SDF said.", "Two", None),
    ("Seven civilians were killed in coalition strikes near Hajin, the SDF said.", "Seven", "CJTF-OIR"),
    ("Six civilians were killed in raids attributed to the coalition near Baghuz, the monitor said.",
     "Six", "CJTF-OIR"),
    ("ISIS militants bombed a bus station in Kirkuk. Five civilians were killed in the bombing, police said.",
     "Five", "ISIS"),
]

STATE_REPORTER = [
    ("Fighting went on near Tal Tamr. Ankara said its troops had neutralised 12 YPG terrorists who tried to "
     "cross the line.", "12", "TURKISH-FORCES"),
    ("Turkey said that its soldiers had killed 8 SDF fighters near Manbij on Sunday.", "8", "TURKISH-FORCES"),
    ("Damascus says its forces killed 9 YPG members east of Aleppo.", "9", "SYRIAN-ARAB-ARMY"),
    ("The SDF repelled an attack near Ain Issa. Ankara said its commandos had neutralised 6 YPG militants.",
     "6", "TURKISH-FORCES"),
]

OTHER_REPORTERS = [  # look-alikes: a named force or group speaks, or a ministry body
    ("The SDF said their fighters had killed 5 members of Turkish-backed factions.", "5", "SDF"),
    ("ISIS said its fighters killed 4 SDF members near Hajin.", "4", "ISIS"),
    ("The Turkish defence ministry said its troops had neutralised 7 YPG militants.", "7", "TURKISH-FORCES"),
    ("The PKK said its fighters had killed 3 Turkish soldiers near Zap.", "3", "PKK"),
]


@pytest.mark.parametrize("text,count,actor", TOLD_STRIKE)
def test_told_strikes_civilians_hurt_in_the_strike(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NOT_TOLD)
def test_told_strikes_look_alikes(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", STATE_REPORTER)
def test_told_strikes_capital_speaker_owns_its_troops(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", OTHER_REPORTERS)
def test_told_strikes_named_speakers_keep_theirs(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
