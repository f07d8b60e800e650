"""Units no sentence ties (docs/actor-rule.md decision 14): the family the document makes evident,
(a) the report's source, (b) the headline's doer, (c) the one family it names; and units the text
makes forces of their own, which keep their slug. Names here are invented."""
import pytest

from opstally.ids import family

from actors_helpers import check_row


def unit_ids(nlp, text, unit):
    doc = nlp(text)
    found = {e["kb_id"] for e in doc._.opstally_entities if e["text"] == unit and e["label"] == "FORCE"}
    assert found, f"no FORCE {unit!r} in {text!r}: {doc._.opstally_entities}"
    return found


# (a) the source is a force: it says, its media office / statement / officer speaks, "according to" it,
# or a phrase that speaks for one (the Security Media Cell: ISF; an army statement: the country's army)
SOURCE = [
    ("The Sawra Hawks Regiment killed 4 militants near Tuz Khurmatu on Monday, the Iraqi army said.",
     "Sawra Hawks Regiment", "4", "ISF"),
    ("The media office of the PMF said the Jurf Lions Battalion dismantled 5 explosive devices near Jurf.",
     "Jurf Lions Battalion", "5", "PMF"),
    ("SDF media centre: the Qamishli Falcons Regiment detained 3 suspects in raids near Hasakah.",
     "Qamishli Falcons Regiment", "3", "SDF"),
    ("According to the Peshmerga, the Kifri Eagles Battalion arrested 2 smugglers near Kalar.",
     "Kifri Eagles Battalion", "2", "KRG"),
    ("The Rutba Wolves Regiment found 6 rocket launchers in the desert, an army statement said.",
     "Rutba Wolves Regiment", "6", "ISF"),
    ("Security Media Cell\nThe Balad Shield Battalion arrested 7 wanted men in Balad.",
     "Balad Shield Battalion", "7", "ISF"),
]

# (a) the source through a body word before the verb of speech ("the Zeravani command said"), a bracketed
# name ("the Internal Security Forces (Asayish) said") and a name whose country decides its id ("Asayish")
SOURCE_BODIES = [
    ("The Zeravani command said the Bardarash Support Battalion arrested 3 suspects near Khazir.",
     "Bardarash Support Battalion", "3", "KRG"),
    ("The Internal Security Forces (Asayish) said the Special Tasks Battalion arrested 4 men in Raqqa.",
     "Special Tasks Battalion", "4", "SDF"),
    ("The Asayish said the Mashlab Guards Battalion detained 5 suspects in Raqqa.", "Mashlab Guards Battalion", "5",
     "SDF"),
    ("The Peshmerga General Command announced that the Qara Hanjir Battalion seized 6 rifles near Kirkuk.",
     "Qara Hanjir Battalion", "6", "KRG"),
]

# (b) the headline opens with one force as the doer (past a place or a label)
HEADLINE = [
    ("Peshmerga repel attack near Gwer\nThe Darbandikhan Rangers Battalion killed 3 attackers late on Friday.",
     "Darbandikhan Rangers Battalion", "3", "KRG"),
    ("Hashd al-Shaabi thwarts infiltration in Diyala\nThe Mandali Knights Regiment killed 2 infiltrators at dawn.",
     "Mandali Knights Regiment", "2", "PMF"),
    ("Diyala: PMF kills two militants\nThe Khanaqin Lions Brigade killed 2 militants near the border.",
     "Khanaqin Lions Brigade", "2", "PMF"),
    ("SDF arrest cell members in Deir ez-Zor\nThe Busayrah Hawks Battalion detained 5 men during a dawn raid.",
     "Busayrah Hawks Battalion", "5", "SDF"),
]

# (c) state forces of one family only; an air partner beside them does not count
ONE_FAMILY = [
    ("Troops of the Shura Rangers, backed by coalition jets, destroyed 5 hideouts south of Mosul. Federal "
     "Police units have held the area since 2017.", "Shura Rangers", "5", "ISF"),
    ("The Hit Sentinels Battalion found 8 mortar rounds in an orchard. Iraqi army engineers later removed them.",
     "Hit Sentinels Battalion", "8", "ISF"),
    ("With support from the coalition, the Tabqa Guards Regiment cleared 4 villages. The SDF said the "
     "sweep would go on.", "Tabqa Guards Regiment", "4", "SDF"),
    ("The Dibis Hawks Battalion killed 3 militants. The brigade, part of the PMF, withdrew.",
     "Dibis Hawks Battalion", "3", "PMF"),
    ("The Hashd said the Nakhil Brigade was not involved.", "Nakhil Brigade", None, "PMF"),
]


@pytest.mark.parametrize("text,unit,count,fam", SOURCE + SOURCE_BODIES + HEADLINE + ONE_FAMILY)
def test_unit_links_units10_unit_takes_the_evident_family(nlp, text, unit, count, fam):
    assert {family(kb) for kb in unit_ids(nlp, text, unit)} == {fam}
    if count is not None:
        check_row(nlp, text, count, actor=fam)


# a force of its own: tribal / militia / clan words around or in the name, "<force>-backed", another force
# beside it in its sentence or its anaphor's; several families and nothing that points to one
OWN_FORCE = [
    ("The Ubaydi Guards Battalion, a force of armed tribesmen, killed 2 infiltrators, an Iraqi army officer said.",
     "Ubaydi Guards Battalion"),
    ("A local tribal unit, the Jazira Knights Regiment, killed 3 militants. The Federal Police said nothing.",
     "Jazira Knights Regiment"),
    ("The Shammar Tribal Brigade captured 4 suspects near Rabia, the Peshmerga said.", "Shammar Tribal Brigade"),
    ("The Turkish-backed Afrin Hawks Division shelled 2 villages near Manbij, the SDF said.", "Afrin Hawks Division"),
    ("The Anah Clansmen Battalion, a militia that answers to no side, killed 2 militants. The army did not comment.",
     "Anah Clansmen Battalion"),
    ("The Hurriya Falcons Battalion met the PMF before it killed 4 militants near Tarmiyah.",
     "Hurriya Falcons Battalion"),
    ("The Dibis Hawks Battalion killed 3 militants. The battalion, which fought the SDF, withdrew.",
     "Dibis Hawks Battalion"),
    ("The Iraqi army and the Peshmerga opened a joint post. The Raban Lions Regiment seized 12 rifles there.",
     "Raban Lions Regiment"),
    ("ISIS attacked a Peshmerga command post. The Sirwan Wolves Battalion, a clan force, killed 2 attackers.",
     "Sirwan Wolves Battalion"),
]

# the evident force is not of a family listed with units (ISF, PMF, KRG, SDF): a coalition release, a
# Syrian army or Turkish text; the unit keeps its slug
NOT_LISTED = [
    ("The Khabur Lions Battalion killed 4 militants near Shaddadi, the coalition said.", "Khabur Lions Battalion"),
    ("Coalition strikes support partners\nThe Tanf Eagles Battalion detained 3 men near al-Tanf.",
     "Tanf Eagles Battalion"),
    ("The Sukhnah Hawks Regiment killed 5 militants in the desert. Turkish forces were not in the area.",
     "Sukhnah Hawks Regiment"),
    ("CJTF-OIR said the Hajin Falcons Battalion found 6 caches.", "Hajin Falcons Battalion"),
]


@pytest.mark.parametrize("text,unit", OWN_FORCE + NOT_LISTED)
def test_unit_links_units10_own_force_keeps_its_slug(nlp, text, unit):
    assert unit_ids(nlp, text, unit) == {unit.upper().replace(" ", "-")}


# a tie through "in" / "within" / "inside": "Fighters of the X Brigade within the PMF"; not "in Peshmerga-held
# areas" or "in the army's sector"
WITHIN = [
    ("Fighters of the Karbala Hawks Brigade in the PMF killed 3 militants near Samarra.", "Karbala Hawks Brigade",
     "3", "PMF"),
    ("Fighters of the Najaf Lions Brigade within the Popular Mobilization Forces arrested 4 suspects near Baiji.",
     "Najaf Lions Brigade", "4", "PMF"),
    ("The Sirwan Falcons Battalion inside the Peshmerga detained 2 smugglers near Kalar.", "Sirwan Falcons Battalion",
     "2", "KRG"),
    ("Commandos of the Amuda Wolves Regiment within the SDF seized 6 rifles near Qamishli.", "Amuda Wolves Regiment",
     "6", "SDF"),
]


@pytest.mark.parametrize("text,unit,count,fam", WITHIN)
def test_unit_links_units10_tie_through_within(nlp, text, unit, count, fam):
    assert {family(kb) for kb in unit_ids(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


@pytest.mark.parametrize("text,unit", [
    ("The Zab Hawks Regiment in Peshmerga-held Sinjar detained 2 men. The SDF said nothing.",
     "Zab Hawks Regiment"),
    ("The Hit Hawks Battalion in the Iraqi army's sector clashed with the PMF, killing 2.", "Hit Hawks Battalion"),
])
def test_unit_links_units10_within_a_place_or_possessive_ties_nothing(nlp, text, unit):
    assert unit_ids(nlp, text, unit) == {unit.upper().replace(" ", "-")}


# a numbered unit after a force's name or a unit-shaped descriptor, whole: "Border Guard Brigade 8",
# "Hashd Brigade 52" (the ruler had cut them to "Guard Brigade", "Hashd Brigade")
@pytest.mark.parametrize("text,count,fam", [
    ("Troops of Border Guard Brigade 8 seized 5 rifles near Rutba.", "5", "ISF"),
    ("Hashd Brigade 52 killed 3 militants near Tuz Khurmatu.", "3", "PMF"),
    ("Peshmerga Brigade 14 repelled an attack near Gwer, killing 4 militants.", "4", "KRG"),
    ("A force from Hashd Regiment 9 arrested 2 suspects near Samarra.", "2", "PMF"),
])
def test_unit_links_units10_numbered_unit_after_a_force_keeps_its_family(nlp, text, count, fam):
    doc = nlp(text)
    assert not [e for e in doc._.opstally_entities if (e["kb_id"] or "").endswith(("-BRIGADE", "-REGIMENT"))]
    check_row(nlp, text, count, actor=fam)


# a listed name the unit shape matches keeps its listed id, whatever family the document makes evident
@pytest.mark.parametrize("text,unit,kb", [
    ("Two Golden Brigade men were wounded. The PMF said it arrested 4 suspects.", "Golden Brigade", "CTS"),
    ("The Golden Division killed 3 militants near Hit, the Peshmerga said.", "Golden Division", "CTS"),
    ("Hashd al-Shaabi kills two\nThe Golden Brigade killed 2 militants near Baiji.", "Golden Brigade", "CTS"),
    ("The SDF said the Golden Division took part, killing 5 militants.", "Golden Division", "CTS"),
])
def test_unit_links_units10_listed_name_keeps_its_id(nlp, text, unit, kb):
    assert unit_ids(nlp, text, unit) == {kb}
