"""A unit no pattern lists belongs to the force the words around its name attach it to
(ANNOTATION.md section 3), and an event it does is that force family's: apposition after
and before the name, "<force>-affiliated", "the force said its X", numbered units, and
"the brigade" taking up the unit named before. Names here are invented."""
import pytest

from opstally.ids import family

from actors_helpers import check_row, event_for


def unit_id(nlp, text, unit):
    doc = nlp(text)
    found = [e["kb_id"] for e in doc._.opstally_entities if e["text"] == unit and e["label"] == "FORCE"]
    assert found, f"no FORCE {unit!r} in {text!r}: {doc._.opstally_entities}"
    return found[0]


# "X, a unit of the F", "X, an F formation", "X, one of the F's units", "X, affiliated with the F"
APPOSITION_AFTER = [
    ("The Qasirin Battalion, a unit of the Peshmerga, arrested 4 suspects near Makhmour.",
     "Qasirin Battalion", "4", "KRG"),
    ("The Murad Guards, an SDF formation, detained 6 men in Hasakah.", "Murad Guards", "6", "SDF"),
    ("The Zawraa Brigade, one of the Hashd al-Shaabi's units, killed 3 ISIS fighters in Diyala.",
     "Zawraa Brigade", "3", "PMF"),
    ("The Tannur Regiment, affiliated with the PMF, destroyed 5 hideouts in Salahuddin.",
     "Tannur Regiment", "5", "PMF"),
    ("Last week the Basil Commandos, a unit of the SDF, seized 9 rifles near Hajin.", "Basil Commandos", "9", "SDF"),
]

# "the F-affiliated X", "the F-linked X"
AFFILIATED = [
    ("The Hashd-affiliated Nakhil Brigade said it killed 7 militants near Baiji.", "Nakhil Brigade", "7", "PMF"),
    ("On Monday the PMF-affiliated Saqi Battalion arrested 2 smugglers in Anbar.", "Saqi Battalion", "2", "PMF"),
    ("The SDF-linked Khalid Guards captured 4 ISIS members near Shaddadi.", "Khalid Guards", "4", "SDF"),
    ("A statement said the Peshmerga-affiliated Baran Regiment destroyed 3 tunnels in Kirkuk.",
     "Baran Regiment", "3", "KRG"),
]

# "a F unit, the X"
APPOSITION_BEFORE = [
    ("A Peshmerga unit, the Sorani Commandos, killed 3 Daesh militants near Erbil.", "Sorani Commandos", "3", "KRG"),
    ("An SDF formation, the Rumailan Guards, detained 5 suspects in Hasakah.", "Rumailan Guards", "5", "SDF"),
    ("A PMF brigade, the Hadi Lions Brigade, cleared 6 villages in Diyala.", "Hadi Lions Brigade", "6", "PMF"),
    ("Yesterday a Peshmerga battalion, the Kani Battalion, arrested 2 men in Duhok.", "Kani Battalion", "2", "KRG"),
]

# "the F said its X", "the F and its X"
ITS_UNIT = [
    ("The PMF said its Tannur Regiment had killed 2 ISIS snipers near Dibis.", "Tannur Regiment", "2", "PMF"),
    ("The SDF announced that its Murad Guards detained 8 suspects in Raqqa.", "Murad Guards", "8", "SDF"),
    ("The Peshmerga said on Sunday that its Qasirin Battalion seized 12 rockets near Kifri.",
     "Qasirin Battalion", "12", "KRG"),
    ("According to the Hashd, its Zawraa Brigade destroyed 4 hideouts in Salahuddin.", "Zawraa Brigade", "4", "PMF"),
]

# numbered units attached to a force that is not the country's army
NUMBERED = [
    ("The PMF's 61st Brigade dismantled 3 roadside bombs near Kirkuk.", "61st Brigade", "3", "PMF"),
    ("Regiment 33 of the Hashd arrested 4 suspects in Diyala.", "Regiment 33", "4", "PMF"),
    ("The 47th Brigade of the Popular Mobilization Forces killed 5 ISIS fighters near Tuz Khurmatu.",
     "47th Brigade", "5", "PMF"),
    ("Brigade 52 of the PMF killed 4 infiltrators west of Nineveh.", "Brigade 52", "4", "PMF"),
    ("The Peshmerga's 12th Brigade captured 2 ISIS members near Makhmour.", "12th Brigade", "2", "KRG"),
]

# "the army's X": the army of the country the places name
ARMY_OWNED = [
    ("The army's Rapid Strike Division cleared 9 villages in Anbar.", "Rapid Strike Division", "9", "ISF"),
    ("The military's Zubair Battalion arrested 3 smugglers in Deir ez-Zor.", "Zubair Battalion", "3",
     "SYRIAN-ARAB-ARMY"),
    ("Near Rutba, the army's Harran Brigade found 11 mines in Anbar.", "Harran Brigade", "11", "ISF"),
    ("The army's Midan Regiment killed 4 ISIS fighters near Palmyra in Homs.", "Midan Regiment", "4",
     "SYRIAN-ARAB-ARMY"),
]


@pytest.mark.parametrize("text,unit,count,fam",
                         APPOSITION_AFTER + AFFILIATED + APPOSITION_BEFORE + ITS_UNIT + NUMBERED + ARMY_OWNED)
def test_entities_unit_families_unit_takes_its_family(nlp, text, unit, count, fam):
    assert family(unit_id(nlp, text, unit)) == fam
    check_row(nlp, text, count, actor=fam)


# "the brigade": the unit named before with the same head noun, not the force in focus
ANAPHOR = [
    ("The 47th Brigade of the PMF killed 5 ISIS fighters. Iraqi army units then arrived. "
     "The brigade also seized 3 motorcycles.", "3", "PMF"),
    ("The Sorani Battalion of the Peshmerga took a hill. Coalition jets struck a cave. "
     "The battalion later arrested 6 suspects.", "6", "KRG"),
    ("The SDF's Murad Regiment raided a farm near Hajin. US forces flew over. "
     "The regiment found 14 mines there.", "14", "SDF"),
    ("Brigade 52 of the Hashd advanced. The Iraqi army held the road. The brigade destroyed 2 tunnels.",
     "2", "PMF"),
]


@pytest.mark.parametrize("text,count,fam", ANAPHOR)
def test_entities_unit_families_the_brigade_takes_up_the_unit(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)


# unit names ending in "Division" or "Units", and "<place> Military Council" (an SDF council)
HEADS = [
    ("The army's Rapid Strike Division cleared 9 villages in Anbar.", "Rapid Strike Division"),
    ("The Furat Storm Units of the SDF captured 4 ISIS operatives.", "Furat Storm Units"),
    ("The Hol Protection Units arrested 12 people in the camp.", "Hol Protection Units"),
    ("The Shaddadi Military Council detained 6 members of a cell.", "Shaddadi Military Council"),
    ("Fighters of the Tal Baydar Military Council arrested 8 suspects.", "Tal Baydar Military Council"),
]


@pytest.mark.parametrize("text,unit", HEADS)
def test_entities_unit_families_unit_heads_are_forces(nlp, text, unit):
    assert unit_id(nlp, text, unit)


@pytest.mark.parametrize("text,unit", [
    ("The Qasirin Battalion arrested 4 suspects near Makhmour.", "Qasirin Battalion"),
    ("The Murad Guards, with help from the SDF, detained 6 men.", "Murad Guards"),
    ("The Zawraa Brigade met the PMF commander and the Peshmerga.", "Zawraa Brigade"),
])
def test_entities_unit_families_unattached_unit_keeps_its_own_id(nlp, text, unit):
    assert unit_id(nlp, text, unit) == unit.upper().replace(" ", "-")


# a list after a comma is no apposition: the unit keeps what it had
@pytest.mark.parametrize("text,unit,expected", [
    ("The army's 9th Armoured Division, the Federal Police and the PMF retook 100 villages in Nineveh.",
     "9th Armoured Division", "IRAQI-ARMY"),
    ("The 15th Division, the Federal Police and the Hashd cleared 40 villages in Anbar.", "15th Division", "IRAQI-ARMY"),
    ("The Qasirin Battalion, the Zeravani and the Asayish arrested 5 suspects near Erbil.",
     "Qasirin Battalion", "QASIRIN-BATTALION"),
    ("The Murad Guards, the YPG and the Asayish detained 7 men in Hasakah.", "Murad Guards", "MURAD-GUARDS"),
])
def test_entities_unit_families_list_is_no_apposition(nlp, text, unit, expected):
    assert unit_id(nlp, text, unit) == expected


# a group-shaped name ("Liwa X", "Saraya X") that the text attaches to a state force is its unit
@pytest.mark.parametrize("text,unit,count,fam", [
    ("Liwa al-Tafuf of the PMF killed 2 ISIS fighters in Anbar.", "Liwa al-Tafuf", "2", "PMF"),
    ("The Hashd's Saraya al-Difa arrested 3 suspects in Diyala.", "Saraya al-Difa", "3", "PMF"),
    ("The PMF-affiliated Liwa Ansar al-Hussein killed 4 militants near Baiji.", "Liwa Ansar al-Hussein", "4", "PMF"),
    ("Saraya al-Khuld, a unit of the Popular Mobilization Forces, destroyed 5 hideouts in Salahuddin.",
     "Saraya al-Khuld", "5", "PMF"),
])
def test_entities_unit_families_group_shaped_unit_of_a_force(nlp, text, unit, count, fam):
    doc = nlp(text)
    (rec,) = [e for e in doc._.opstally_entities if e["text"] == unit]
    assert (rec["label"], family(rec["kb_id"])) == ("FORCE", fam)
    assert [e.label_ for e in doc.ents if e.text == unit] == ["FORCE"]
    check_row(nlp, text, count, actor=fam)


@pytest.mark.parametrize("text,unit", [
    ("Liwa al-Sabah fighters attacked the PMF near Baiji.", "Liwa al-Sabah"),
    ("The PMF fought Saraya al-Nur in the desert.", "Saraya al-Nur"),
    ("Katibat al-Wafa claimed an attack on the Peshmerga.", "Katibat al-Wafa"),
])
def test_entities_unit_families_unattached_group_stays_a_group(nlp, text, unit):
    doc = nlp(text)
    assert [e["label"] for e in doc._.opstally_entities if e["text"] == unit] == ["ARMED_GROUP"]


# a numbered unit no words attach belongs to the unit-owning force named before it in its sentence
@pytest.mark.parametrize("text,unit,count,fam", [
    ("The Peshmerga said a unit of the 8th Brigade arrested 3 men near Kirkuk.", "8th Brigade", "3", "KRG"),
    ("The Hashd announced on Monday that the 47th Brigade killed 5 ISIS fighters near Tuz.", "47th Brigade", "5",
     "PMF"),
    ("According to the SDF, the 3rd Regiment detained 7 suspects in Hasakah.", "3rd Regiment", "7", "SDF"),
    ("PMF sources said Brigade 26 destroyed 4 hideouts in Salahuddin.", "Brigade 26", "4", "PMF"),
])
def test_entities_unit_families_numbered_unit_of_the_force_named_before(nlp, text, unit, count, fam):
    assert family(unit_id(nlp, text, unit)) == fam
    check_row(nlp, text, count, actor=fam)


@pytest.mark.parametrize("text,unit,expected", [
    ("Coalition jets supported the 15th Division, which cleared 4 villages in Anbar.", "15th Division", "IRAQI-ARMY"),
    ("The 7th Division cleared 9 villages in Anbar.", "7th Division", "IRAQI-ARMY"),
    ("US forces said the 12th Brigade found 6 caches near Rutba in Anbar.", "12th Brigade", "IRAQI-ARMY"),
])
def test_entities_unit_families_numbered_unit_defaults_to_the_army(nlp, text, unit, expected):
    assert unit_id(nlp, text, unit) == expected


# "<Name> of <Name> Brigade": one unit name, the subject of its clause
@pytest.mark.parametrize("text,unit,count", [
    ("Coalition jets hit targets. The Hawks of Samarra Brigade killed 3 militants in Salahuddin.",
     "Hawks of Samarra Brigade", "3"),
    ("The Lions of Anbar Battalion arrested 4 suspects in Anbar after US drones flew over.",
     "Lions of Anbar Battalion", "4"),
    ("Coalition aircraft struck a cave. Later the Knights of Hadhar Regiment seized 8 rifles nearby.",
     "Knights of Hadhar Regiment", "8"),
    ("Iraqi jets bombed a hideout; the Guardians of Rutba Division then cleared 2 villages.",
     "Guardians of Rutba Division", "2"),
])
def test_entities_unit_families_of_named_unit_is_the_subject(nlp, text, unit, count):
    assert unit_id(nlp, text, unit)
    assert event_for(nlp, text, count)["actor"]["text"] == unit
