"""Ties of a unit no pattern lists that go through another unit or sit in the headline
(docs/actor-rule.md decision 13; ANNOTATION.md section 3: a unit keeps its force's family):
"X of the army's 17th Division", "X, the 7th Brigade of the PMF", "X of the 30th Brigade" after
"the Hashd's 30th Brigade", "X, Diyala Police Command,", "Iraqi army unit kills ..." over a body
that names X. The family carries to "the battalion" and to a later sentence with no subject.
Names here are invented."""
import pytest

from opstally.ids import family

from actors_helpers import check_row


def unit_families(nlp, text, unit):
    doc = nlp(text)
    found = [e["kb_id"] for e in doc._.opstally_entities if e["text"] == unit and e["label"] == "FORCE"]
    assert found, f"no FORCE {unit!r} in {text!r}: {doc._.opstally_entities}"
    return found


# "X of / from the army's Nth Division": the country's army, by the places named
COUNTRY_CHAIN = [
    ("A force from the Saqlawiya Hawks Battalion of the army's 14th Division found 9 caches near Fallujah.",
     "Saqlawiya Hawks Battalion", "9", "ISF"),
    ("Engineers of the Karmah Lions Regiment, from the military's 8th Division, dismantled 12 bombs in Anbar.",
     "Karmah Lions Regiment", "12", "ISF"),
    ("On Sunday the Qayyarah Eagles Battalion of the army's 15th Division destroyed 4 tunnels near Mosul.",
     "Qayyarah Eagles Battalion", "4", "ISF"),
    ("Seven militants were killed by the Tadmur Falcons Regiment of the army's 18th Division near Palmyra.",
     "Tadmur Falcons Regiment", "Seven", "SYRIAN-ARAB-ARMY"),
]

# "X, the Nth Brigade of Y" and "X of Y's Nth Brigade": through a numbered unit tied to a force
UNIT_CHAIN = [
    ("Liwa al-Nasr, the 9th Brigade of the Popular Mobilisation Forces, killed 3 militants near Samarra.",
     "Liwa al-Nasr", "3", "PMF"),
    ("The Halabja Hawks Regiment, the 2nd Brigade of the Peshmerga, arrested 4 suspects near Kifri.",
     "Halabja Hawks Regiment", "4", "KRG"),
    ("The Hashd's 31st Brigade raided Bartella. The Khazir Guards Battalion of the 31st Brigade arrested "
     "6 men there.", "Khazir Guards Battalion", "6", "PMF"),
    ("The SDF said its 5th Regiment moved south. Fighters of the Mansoura Dam Battalion of the 5th Regiment "
     "detained 8 men in Raqqa.", "Mansoura Dam Battalion", "8", "SDF"),
    ("Eleven rockets were seized by the Karbala Sword Battalion, from the 40th Brigade of the Hashd, in Babil.",
     "Karbala Sword Battalion", "Eleven", "PMF"),
]

# "X, <a force whose name ends in a unit noun>," closing an apposition
APPOSED = [
    ("A patrol of the Rapid Intervention Battalion, Diyala Police Command, killed 2 gunmen near Muqdadiyah.",
     "Rapid Intervention Battalion", "2", "ISF"),
    ("Troops of the Anah Desert Regiment, Anbar Operations Command, destroyed 3 hideouts in Anbar.",
     "Anah Desert Regiment", "3", "ISF"),
    ("The Haditha Sentinels Battalion, Federal Police Command, arrested 5 suspects on Monday.",
     "Haditha Sentinels Battalion", "5", "ISF"),
    ("Officials said 6 mines were found by the Tuz Shield Regiment, Salahuddin Operations Command, near Tuz "
     "Khurmatu.", "Tuz Shield Regiment", "6", "ISF"),
]

# a headline that calls the acting unit a force's unit; the body names the unit alone
HEADLINE = [
    ("Iraqi army unit kills six militants in Hamrin\n\nThe Murtada Wolves Regiment killed six militants "
     "in the Hamrin mountains on Monday.", "Murtada Wolves Regiment", "six", "ISF"),
    ("Peshmerga battalion seizes rockets near Makhmour\n\nERBIL — The Gwer Shield Battalion seized 14 rockets "
     "hidden in a farm on Monday.", "Gwer Shield Battalion", "14", "KRG"),
    ("Hashd brigade repels infiltrators in Anbar\n\nThree infiltrators were killed by the Rutba Knights "
     "Brigade near the border overnight.", "Rutba Knights Brigade", "Three", "PMF"),
    ("SDF regiment detains ISIS cell in Raqqa\n\nRAQQA — On Tuesday the Balikh Hawks Regiment detained "
     "6 cell members in the city.", "Balikh Hawks Regiment", "6", "SDF"),
]


@pytest.mark.parametrize("text,unit,count,fam", COUNTRY_CHAIN + UNIT_CHAIN + APPOSED + HEADLINE)
def test_unit_parents_unit_takes_the_family_through_its_tie(nlp, text, unit, count, fam):
    assert {family(k) for k in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


# the tied unit's family carries to "the battalion", "its fighters", a sentence with no subject
CARRIED = [
    ("A force from the Saqlawiya Hawks Battalion of the army's 14th Division raided a farm near Fallujah. "
     "The battalion also arrested 3 suspects.", "3", "ISF"),
    ("Liwa al-Nasr, the 9th Brigade of the PMF, moved into the valley near Samarra. Its fighters later "
     "destroyed 5 tunnels.", "5", "PMF"),
    ("The Hashd's 31st Brigade raided Bartella. The Khazir Guards Battalion of the 31st Brigade searched "
     "the houses and seized 4 rifles.", "4", "PMF"),
    ("Peshmerga battalion seizes rockets near Makhmour\n\nThe Gwer Shield Battalion raided a farm on "
     "Monday. The battalion seized 14 rockets there.", "14", "KRG"),
]


@pytest.mark.parametrize("text,count,fam", CARRIED)
def test_unit_parents_carried_subject_keeps_the_family(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)


# no tie: a list is no apposition; a headline over two units, or naming no force's unit, ties nobody
UNTIED = [
    ("The Rapid Intervention Battalion, Diyala Police Command and the PMF killed 5 militants near Khalis.",
     "Rapid Intervention Battalion"),
    ("The Anah Desert Regiment, the 7th Brigade, the Federal Police and the PMF cleared 4 villages.",
     "Anah Desert Regiment"),
    ("Clashes near Hamrin\n\nThe Murtada Wolves Regiment killed 6 militants in the mountains on Monday.",
     "Murtada Wolves Regiment"),
    ("Iraqi army unit kills militants in Hamrin\n\nThe Murtada Wolves Regiment and the Tigris Eagles "
     "Battalion killed 6 militants on Monday.", "Murtada Wolves Regiment"),
]


@pytest.mark.parametrize("text,unit", UNTIED)
def test_unit_parents_no_tie_keeps_the_slug(nlp, text, unit):
    assert set(unit_families(nlp, text, unit)) == {unit.upper().replace(" ", "-")}


# "X of its / their Nth Regiment": through a numbered unit "its" ties to the force named before
ITS_NUMBERED = [
    ("According to the SDF, the Dashisha Hawks Battalion of its 5th Regiment arrested 4 ISIS operatives.",
     "Dashisha Hawks Battalion", "4", "SDF"),
    ("The Hashd said the Jurf Sentinels Battalion of its 47th Brigade killed 3 infiltrators in Babil.",
     "Jurf Sentinels Battalion", "3", "PMF"),
    ("Peshmerga officials said 9 rockets were found by the Gwer Eagles Battalion of their 8th Brigade.",
     "Gwer Eagles Battalion", "9", "KRG"),
    ("The Federal Police announced that the Samarra Knights Regiment, from its 3rd Division, detained 5 men.",
     "Samarra Knights Regiment", "5", "ISF"),
]

# the tie is made on "the battalion" / "the brigade" after the unit was named
ANAPHOR_TIE = [
    ("Commandos of the Dibis Hawks Battalion killed 3 militants in Kirkuk on Monday. The battalion, part of "
     "the Counter-Terrorism Service, has led most raids there.", "Dibis Hawks Battalion", "3", "ISF"),
    ("The Sinjar Dawn Brigade seized 6 rockets near Sinjar. The brigade, which belongs to the Peshmerga, "
     "has held the mountain since 2015.", "Sinjar Dawn Brigade", "6", "KRG"),
    ("On Friday 8 suspects were detained by the Hasakah Lions Regiment. The regiment is an SDF unit formed "
     "in 2016.", "Hasakah Lions Regiment", "8", "SDF"),
    ("The Balad Wolves Battalion destroyed 2 tunnels in Salahuddin. Officials said the battalion, affiliated "
     "with the PMF, lost no men.", "Balad Wolves Battalion", "2", "PMF"),
]

# a headline names the force's fighters or troops; the body names one unit
HEADLINE_MEMBERS = [
    ("SDF fighters kill two ISIS members near Tal Brak\n\nThe Amuda Guards Regiment killed two ISIS members "
     "on Monday night.", "Amuda Guards Regiment", "two", "SDF"),
    ("Peshmerga troops seize weapons cache\n\nThe Gwer Shield Battalion seized 14 rifles near Makhmour on "
     "Sunday.", "Gwer Shield Battalion", "14", "KRG"),
    ("Hashd fighters repel attack in Anbar\n\nFour attackers were killed by the Rutba Knights Brigade on "
     "Tuesday.", "Rutba Knights Brigade", "Four", "PMF"),
    ("Iraqi army soldiers clear villages\n\nThe Nukhaib Eagles Regiment cleared 5 villages in Anbar.",
     "Nukhaib Eagles Regiment", "5", "ISF"),
]

# a force's ministry names the unit "one of its units"
MINISTRY = [
    ("The Ministry of Peshmerga Affairs said the Karokh Brigade, one of its units, destroyed 3 hideouts.",
     "Karokh Brigade", "3", "KRG"),
    ("The Peshmerga ministry said that the Bardarash Hawks Battalion, one of its units, arrested 6 men.",
     "Bardarash Hawks Battalion", "6", "KRG"),
    ("Iraq's defence ministry said the Anah Falcons Regiment, one of its units, killed 4 militants in Anbar.",
     "Anah Falcons Regiment", "4", "ISF"),
    ("The Ministry of Peshmerga Affairs announced that 5 ISIS suspects were detained by the Soran Guards "
     "Battalion, one of its units.", "Soran Guards Battalion", "5", "KRG"),
]


@pytest.mark.parametrize("text,unit,count,fam", ITS_NUMBERED + ANAPHOR_TIE + HEADLINE_MEMBERS + MINISTRY)
def test_unit_parents_unit_takes_the_family_through_its_or_a_later_tie(nlp, text, unit, count, fam):
    assert {family(k) for k in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


@pytest.mark.parametrize("text,unit", [
    ("The Interior Ministry said the Karokh Brigade, one of its units, destroyed 3 hideouts.", "Karokh Brigade"),
    ("The Dibis Hawks Battalion killed 3 militants. The battalion, which fought the SDF, withdrew.",
     "Dibis Hawks Battalion"),
    ("SDF fighters and Iraqi troops meet\n\nThe Amuda Guards Regiment killed 2 militants on Monday.",
     "Amuda Guards Regiment"),
])
def test_unit_parents_no_later_tie_keeps_the_slug(nlp, text, unit):
    assert set(unit_families(nlp, text, unit)) == {unit.upper().replace(" ", "-")}


# a numbered unit written in words ("the Fourth Division") and "the regime's" (Syrian reporting): the
# country's army, like "the 4th Division" and "the army's"
SPELLED = [
    ("The Resafa Hawks Regiment of the regime's Fourth Division killed 5 ISIS members south of Raqqa.",
     "Resafa Hawks Regiment", "5", "SYRIAN-ARAB-ARMY"),
    ("Near Palmyra, 3 cells were dismantled by the Sukhnah Lions Battalion of the Eleventh Division.",
     "Sukhnah Lions Battalion", "3", "SYRIAN-ARAB-ARMY"),
    ("The Tharthar Falcons Regiment, from the Seventh Division, destroyed 6 tunnels near Haditha in Anbar.",
     "Tharthar Falcons Regiment", "6", "ISF"),
    ("The regime's Qalamoun Shield Battalion arrested 4 deserters near Homs.", "Qalamoun Shield Battalion", "4",
     "SYRIAN-ARAB-ARMY"),
]

# "X, the PMF's 41st Brigade," and other possessive appositions to a unit
POSSESSIVE_APPOSED = [
    ("Liwa Ansar al-Hussein, the PMF's 41st Brigade, said its fighters found 25 mortar rounds near Samarra.",
     "Liwa Ansar al-Hussein", "25", "PMF"),
    ("The Zakho Falcons Battalion, the Peshmerga's 8th Brigade, arrested 6 smugglers near Duhok.",
     "Zakho Falcons Battalion", "6", "KRG"),
    ("Officials said 9 ISIS fighters were captured by the Jazira Storm Regiment, the SDF's 2nd Regiment, in "
     "Hasakah.", "Jazira Storm Regiment", "9", "SDF"),
    ("The Balad Shield Battalion, the Hashd's 35th Brigade, killed 2 infiltrators near Balad.",
     "Balad Shield Battalion", "2", "PMF"),
]


@pytest.mark.parametrize("text,unit,count,fam", SPELLED + POSSESSIVE_APPOSED)
def test_unit_parents_spelled_numbers_and_possessive_appositions(nlp, text, unit, count, fam):
    assert {family(k) for k in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


@pytest.mark.parametrize("text", [
    "A second battalion was sent to Raqqa on Monday and arrested 5 men.",
    "The fourth division of the spoils was handed out.",
])
def test_unit_parents_lower_case_ordinals_name_no_unit(nlp, text):
    assert not [e for e in nlp(text)._.opstally_entities if e["label"] == "FORCE"]


@pytest.mark.parametrize("text", [
    "Units of the Fifth Corps captured 22 men.",
    "The Fifth Corps said it had cleared 4 villages near Baghdad.",
])
def test_unit_parents_listed_spelled_unit_keeps_its_id(nlp, text):
    assert [e["kb_id"] for e in nlp(text)._.opstally_entities if e["text"] == "Fifth Corps"] == ["SYRIAN-ARAB-ARMY"]
