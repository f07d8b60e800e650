"""Ties of a unit no pattern lists that go through another unit or sit in the headline
(docs/actor-rule.md decision 13; ANNOTATION.md section 3: a unit keeps its force's family):
"X of the army's 17th Division", "X, the 7th Brigade of the PMF", "X of the 30th Brigade" after
"the Hashd's 30th Brigade", "X, Diyala Police Command,", "Iraqi army unit kills ..." over a body
that names X. The family carries to "the battalion" and to a later sentence with no subject.
Names here are invented."""
import pytest

from opstally.ids import family

from actors_helpers import event_for


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
    assert family(event_for(nlp, text, count)["actor_id"]) == fam


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
    assert family(event_for(nlp, text, count)["actor_id"]) == fam


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
