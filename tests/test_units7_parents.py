"""More ways real text ties a unit no pattern lists to the known force it belongs to
(ANNOTATION.md section 3: a unit keeps its own id, scorers compare the family): "a Peshmerga
unit known as X", "X, attached to / subordinate to / under the command of Y", "Iraqi army X",
"X from the Y", "X, an elite Y unit", "X fighters of the Y", a tie in one sentence that every
later mention of the name takes, a headline naming X alone. Names here are invented."""
import pytest

from opstally.ids import family

from actors_helpers import check_row


def unit_families(nlp, text, unit):
    doc = nlp(text)
    found = [e["kb_id"] for e in doc._.opstally_entities if e["text"] == unit and e["label"] == "FORCE"]
    assert found, f"no FORCE {unit!r} in {text!r}: {doc._.opstally_entities}"
    return found


# "a Peshmerga unit known as X", "a unit called X", "what the army calls X"
KNOWN_AS = [
    ("A Peshmerga unit known as the Garmiyan Hawks Battalion arrested 5 suspects near Kifri.",
     "Garmiyan Hawks Battalion", "5", "KRG"),
    ("An SDF unit called the Khabur Falcons Regiment detained 7 men near Tal Tamr in Hasakah.",
     "Khabur Falcons Regiment", "7", "SDF"),
    ("A PMF formation known as the Nahrawan Shield Brigade destroyed 3 hideouts in Diyala.",
     "Nahrawan Shield Brigade", "3", "PMF"),
    ("What the Iraqi army calls the Tigris Eagles Regiment cleared 6 villages in Salahuddin.",
     "Tigris Eagles Regiment", "6", "ISF"),
    ("A Hashd brigade called the Karkh Defenders Brigade killed 4 militants near Tarmiyah.",
     "Karkh Defenders Brigade", "4", "PMF"),
]

# "X, attached to / part of / belonging to / affiliated with / subordinate to / under the command of Y"
ATTACHED = [
    ("The Zagros Lions Battalion, attached to the Peshmerga, seized 11 rockets near Makhmour.",
     "Zagros Lions Battalion", "11", "KRG"),
    ("The Balikh Guards, subordinate to the SDF, captured 4 ISIS members near Raqqa.",
     "Balikh Guards", "4", "SDF"),
    ("The Hamrin Wolves Regiment, under the command of the PMF, killed 8 militants in Diyala.",
     "Hamrin Wolves Regiment", "8", "PMF"),
    ("The Sirwan Guards, belonging to the Peshmerga, arrested 3 smugglers near Halabja.",
     "Sirwan Guards", "3", "KRG"),
    ("The Jazira Hawks Regiment, part of the SDF, found 9 mines near Shaddadi.",
     "Jazira Hawks Regiment", "9", "SDF"),
    ("The Anah Sentinels Battalion, which operates under the Iraqi army, cleared 5 villages in Anbar.",
     "Anah Sentinels Battalion", "5", "ISF"),
]

# "the army's X", "SDF's X", "Iraqi army X", "the Peshmerga X"
MODIFIER = [
    ("Iraqi army Tigris Regiment troops killed 6 ISIS fighters near Baiji in Salahuddin.",
     "Tigris Regiment", "6", "ISF"),
    ("SDF's Khabur Guards detained 12 suspects in Hasakah on Tuesday.", "Khabur Guards", "12", "SDF"),
    ("The SDF Rumeilan Guards detained 9 men in Hasakah on Monday.", "Rumeilan Guards", "9", "SDF"),
    ("Officials said Iraqi army Haditha Hawks Battalion units found 7 caches in Anbar.",
     "Haditha Hawks Battalion", "7", "ISF"),
    ("The Iraqi army's Wadi Horan Battalion found 14 explosive devices in Anbar.",
     "Wadi Horan Battalion", "14", "ISF"),
]

# "X of the Y", "X from the Y"
OF_FROM = [
    ("The Sinjari Falcons Battalion from the Peshmerga arrested 4 suspects near Sinjar.",
     "Sinjari Falcons Battalion", "4", "KRG"),
    ("The Euphrates Shield Guards of the SDF killed 3 ISIS militants near Hajin.",
     "Euphrates Shield Guards", "3", "SDF"),
    ("Units of the Ghazi Regiment from the PMF destroyed 5 tunnels in Salahuddin.",
     "Ghazi Regiment", "5", "PMF"),
    ("The Akashat Brigade from the Iraqi army seized 8 rifles near Qaim in Anbar.",
     "Akashat Brigade", "8", "ISF"),
]

# "X, an elite Y unit,"
ELITE = [
    ("The Zagros Lions Battalion, an elite Peshmerga unit, killed 5 ISIS fighters near Gwer.",
     "Zagros Lions Battalion", "5", "KRG"),
    ("The Rumeilan Guards, a specialised SDF unit, detained 9 men in Hasakah.", "Rumeilan Guards", "9", "SDF"),
    ("The Samarra Thunder Regiment, an elite PMF formation, cleared 4 villages in Salahuddin.",
     "Samarra Thunder Regiment", "4", "PMF"),
    ("The Haditha Hawks Battalion, a veteran Iraqi army unit, found 7 caches in Anbar.",
     "Haditha Hawks Battalion", "7", "ISF"),
    ("The Khabur Guards, an SDF-backed unit, detained 7 men near Tal Tamr in Hasakah.", "Khabur Guards", "7", "SDF"),
    ("The Qandil Commandos, a Kurdish-led Peshmerga detachment, seized 5 rifles near Soran.",
     "Qandil Commandos", "5", "KRG"),
]

# "Y fighters of X", "X fighters of the Y"
FIGHTERS = [
    ("Peshmerga fighters of the Koya Battalion arrested 3 suspects near Erbil.", "Koya Battalion", "3", "KRG"),
    ("SDF fighters of the Tabqa Guards captured 6 ISIS members in Raqqa.", "Tabqa Guards", "6", "SDF"),
    ("Hashd fighters of the Karbala Knights Brigade killed 4 militants near Baiji.",
     "Karbala Knights Brigade", "4", "PMF"),
    ("Iraqi army soldiers of the Hit Regiment found 10 mines in Anbar.", "Hit Regiment", "10", "ISF"),
    ("Koya Battalion fighters of the Peshmerga arrested 3 suspects near Erbil.", "Koya Battalion", "3", "KRG"),
    ("Tabqa Guards members from the SDF captured 6 ISIS members in Raqqa.", "Tabqa Guards", "6", "SDF"),
    ("On Friday, Ghazi Regiment troops of the PMF killed 4 militants near Baiji.", "Ghazi Regiment", "4", "PMF"),
    ("Hit Regiment soldiers from the Iraqi army found 10 mines in Anbar.", "Hit Regiment", "10", "ISF"),
]

# more ties after the name: a relative clause, a dash, "the Y's elite unit", "loyal to", "a force within"
MORE_AFTER = [
    ("The Dijla Rangers Battalion, which is part of the Peshmerga, found 6 mortar rounds near Kifri.",
     "Dijla Rangers Battalion", "6", "KRG"),
    ("The Qamishli Sentinels Regiment, the SDF's best-trained unit, captured 5 ISIS fighters in Hasakah.",
     "Qamishli Sentinels Regiment", "5", "SDF"),
    ("The Nukhaib Desert Battalion — an Iraqi army reconnaissance unit — seized 13 rockets in Anbar.",
     "Nukhaib Desert Battalion", "13", "ISF"),
    ("The Tuz Volunteers Brigade, a force loyal to the Popular Mobilization Forces, killed 3 militants in "
     "Salahuddin.", "Tuz Volunteers Brigade", "3", "PMF"),
    ("The Sheikhan Guards, a company within the Peshmerga, arrested 4 men near Duhok.", "Sheikhan Guards", "4", "KRG"),
    ("The Mayadin Lions Regiment, which reports to the SDF, destroyed 2 tunnels in Deir ez-Zor.",
     "Mayadin Lions Regiment", "2", "SDF"),
]

# "the SDF-led X", "the Hashd's so-called X", "X, a unit in the Y"
MORE_SHAPES = [
    ("The SDF-led Raqqa Shield Guards detained 8 suspects in Raqqa.", "Raqqa Shield Guards", "8", "SDF"),
    ("The Peshmerga-commanded Bardarash Regiment seized 3 trucks near Duhok.", "Bardarash Regiment", "3", "KRG"),
    ("The Hashd's so-called Jurf Lions Brigade killed 4 militants near Jurf al-Sakhar in Babil.",
     "Jurf Lions Brigade", "4", "PMF"),
    ("The Qaim Border Battalion, a unit in the Iraqi army, seized 6 vehicles in Anbar.",
     "Qaim Border Battalion", "6", "ISF"),
    ("The Derik Guards, a detachment in the SDF, arrested 2 men in Hasakah.", "Derik Guards", "2", "SDF"),
]

TIED = MORE_SHAPES + MORE_AFTER + KNOWN_AS + ATTACHED + MODIFIER + OF_FROM + ELITE + FIGHTERS


@pytest.mark.parametrize("text,unit,count,fam", TIED)
def test_units7_parents_unit_takes_its_parent_family(nlp, text, unit, count, fam):
    assert {family(k) for k in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


# a tie made in one sentence; the count is in another that names the unit alone
LATER = [
    ("The Garmiyan Hawks Battalion is a Peshmerga unit known for night raids. On Sunday the "
     "Garmiyan Hawks Battalion arrested 5 suspects near Kifri.", "Garmiyan Hawks Battalion", "5", "KRG"),
    ("The Balikh Guards, subordinate to the SDF, moved into the valley at dawn. Officials said the "
     "Balikh Guards detained 8 men there.", "Balikh Guards", "8", "SDF"),
    ("Iraqi army Tigris Regiment troops entered the town. Later the Tigris Regiment cleared 3 "
     "villages in Salahuddin.", "Tigris Regiment", "3", "ISF"),
    ("The Hamrin Wolves Regiment of the PMF took part. A spokesman said the Hamrin Wolves Regiment "
     "killed 6 militants in Diyala.", "Hamrin Wolves Regiment", "6", "PMF"),
]

# the tie is a sentence of its own ("X belongs to the Y", "X is part of the Y", "X was formed by the Y")
TIE_SENTENCE = [
    ("The Khanasor Guards belong to the Peshmerga. On Monday the Khanasor Guards arrested 6 smugglers near "
     "Sinjar.", "Khanasor Guards", "6", "KRG"),
    ("Officials said 9 mines were found by the Furat Eagles Regiment near Hajin. The Furat Eagles Regiment "
     "is part of the SDF.", "Furat Eagles Regiment", "9", "SDF"),
    ("The Balad Defenders Brigade was formed by the PMF in 2015. The Balad Defenders Brigade killed 2 "
     "infiltrators on Friday.", "Balad Defenders Brigade", "2", "PMF"),
    ("The Iraqi army unit the Rawa Hawks Battalion cleared 3 villages in Anbar. The Rawa Hawks Battalion "
     "then withdrew.", "Rawa Hawks Battalion", "3", "ISF"),
]

# "its" / "their" points back to the force: "X, one of its units", "Its X" after a sentence on the force
ITS = [
    ("The SDF said the Ain Issa Guards, one of its units, detained 7 men near Raqqa.", "Ain Issa Guards", "7",
     "SDF"),
    ("Peshmerga commanders said the Zakho Wolves Battalion, one of their units, arrested 5 men near Duhok.",
     "Zakho Wolves Battalion", "5", "KRG"),
    ("The PMF sent reinforcements to Baiji. Its Tharthar Shield Brigade killed 3 militants there.",
     "Tharthar Shield Brigade", "3", "PMF"),
    ("According to the Hashd, the Samarra Guards Regiment, part of its forces, destroyed 2 tunnels in Salahuddin.",
     "Samarra Guards Regiment", "2", "PMF"),
]

# a headline names the unit alone; the lead ties it
HEADLINE = [
    ("Khabur Guards detain 7 suspects\n\nHASAKAH — The Khabur Guards, part of the SDF, detained "
     "seven suspects on Monday.", "Khabur Guards", "7", "SDF"),
    ("Zagros Lions Battalion seizes 11 rockets\n\nERBIL — The Zagros Lions Battalion, an elite "
     "Peshmerga unit, seized eleven rockets near Makhmour.", "Zagros Lions Battalion", "11", "KRG"),
    ("Nahrawan Shield Brigade kills 4 militants\n\nThe Nahrawan Shield Brigade, affiliated with the "
     "PMF, killed four militants in Diyala.", "Nahrawan Shield Brigade", "4", "PMF"),
    ("Anah Sentinels Battalion clears 5 villages\n\nThe Iraqi army's Anah Sentinels Battalion "
     "cleared five villages in Anbar.", "Anah Sentinels Battalion", "5", "ISF"),
]


@pytest.mark.parametrize("text,unit,count,fam", LATER + TIE_SENTENCE + ITS + HEADLINE)
def test_units7_parents_every_mention_takes_the_tie(nlp, text, unit, count, fam):
    assert {family(k) for k in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


@pytest.mark.parametrize("text,unit", [
    ("The Garmiyan Hawks Battalion arrested 5 suspects near Kifri.", "Garmiyan Hawks Battalion"),
    ("The Balikh Guards, known for night raids, detained 8 men near Raqqa.", "Balikh Guards"),
    ("A unit called the Hamrin Wolves Regiment killed 6 militants in Diyala.", "Hamrin Wolves Regiment"),
    ("The Khabur Guards, attached to no larger force, detained 7 suspects.", "Khabur Guards"),
    ("The Khabur Guards, a unit that fought the SDF, detained 7 men.", "Khabur Guards"),
    ("The Tigris Regiment, which the PMF accused of looting, cleared 3 villages.", "Tigris Regiment"),
    ("Cells such as the Balikh Guards attacked the SDF near Raqqa.", "Balikh Guards"),
    ("The Dijla Rangers Battalion, which is fighting the Peshmerga, lost 6 men near Kifri.",
     "Dijla Rangers Battalion"),
    ("The Sheikhan Guards, the SDF and Peshmerga units met near Duhok.", "Sheikhan Guards"),
    ("The Khanasor Guards were attacked by the Peshmerga near Sinjar.", "Khanasor Guards"),
    ("The Furat Eagles Regiment is the SDF's main rival in the area.", "Furat Eagles Regiment"),
    ("The Coalition-backed Derik Guards arrested 2 men in Hasakah.", "Derik Guards"),
    ("The Qaim Border Battalion, in the Iraqi army-held town of Qaim, seized 6 vehicles.", "Qaim Border Battalion"),
])
def test_units7_parents_untied_unit_keeps_its_slug(nlp, text, unit):
    assert unit_families(nlp, text, unit) == [unit.upper().replace(" ", "-")] * len(unit_families(nlp, text, unit))


@pytest.mark.parametrize("text,unit", [
    ("Saraya al-Fath, a unit of ISIS, attacked the Peshmerga near Kirkuk.", "Saraya al-Fath"),
    ("Saraya al-Rayah, affiliated with ISIS, killed 3 soldiers near Baiji.", "Saraya al-Rayah"),
    ("An ISIS unit known as Saraya al-Qasas ambushed a patrol in Diyala.", "Saraya al-Qasas"),
    ("Saraya al-Ghadab, part of Daesh, planted 4 bombs near Tarmiyah.", "Saraya al-Ghadab"),
])
def test_units7_parents_group_tied_to_isis_is_no_state_force(nlp, text, unit):
    doc = nlp(text)
    assert not [e for e in doc._.opstally_entities if e["text"] == unit and e["label"] == "FORCE"
                and family(e["kb_id"]) != "ISIS"]


@pytest.mark.parametrize("text,first,first_fam,second,second_fam", [
    ("The Zagros Lions Battalion, attached to the Peshmerga, and the Balikh Guards, part of the SDF, "
     "met near the border.", "Zagros Lions Battalion", "KRG", "Balikh Guards", "SDF"),
    ("A Peshmerga unit known as the Koya Battalion held the ridge while a PMF unit known as the "
     "Ghazi Regiment held the road.", "Koya Battalion", "KRG", "Ghazi Regiment", "PMF"),
    ("The Hit Regiment of the Iraqi army and the Karbala Knights Brigade of the PMF entered Baiji.",
     "Hit Regiment", "ISF", "Karbala Knights Brigade", "PMF"),
    ("SDF fighters of the Tabqa Guards and Peshmerga fighters of the Qandil Commandos trained together.",
     "Tabqa Guards", "SDF", "Qandil Commandos", "KRG"),
])
def test_units7_parents_two_units_keep_two_parents(nlp, text, first, first_fam, second, second_fam):
    assert {family(k) for k in unit_families(nlp, text, first)} == {first_fam}
    assert {family(k) for k in unit_families(nlp, text, second)} == {second_fam}



# a listed force name that runs into the unit's capitalised name is the force, then its unit
@pytest.mark.parametrize("text,force,unit,count,fam", [
    ("The Peshmerga Qandil Commandos arrested 2 ISIS members near Erbil.", "Peshmerga", "Qandil Commandos", "2", "KRG"),
    ("The Hashd Ghazi Regiment destroyed 5 tunnels in Salahuddin.", "Hashd", "Ghazi Regiment", "5", "PMF"),
    ("SDF Tabqa Guards captured 6 ISIS members in Raqqa on Sunday.", "SDF", "Tabqa Guards", "6", "SDF"),
    ("Witnesses said PMF Karkh Defenders Brigade units killed 4 militants near Tarmiyah.", "PMF",
     "Karkh Defenders Brigade", "4", "PMF"),
])
def test_units7_parents_force_name_glued_to_unit_name(nlp, text, force, unit, count, fam):
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "FORCE"] == [force, unit]
    assert {family(k) for k in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)
