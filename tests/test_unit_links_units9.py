"""Ties of units no pattern lists that the units9 cold batch showed (docs/actor-rule.md decision
13): an apposition through a plural or a part noun ("X, one of the factions of the Army of
Revolutionaries", "X, a branch of the Federal Police"), a force's own numbered unit in
apposition with no possessive ("X, PMF 35th Brigade,"), and a list of units after one owner
("the Federal Police's A, B and C": every member is the owner's). Names here are invented."""
import pytest

from opstally.ids import family

from actors_helpers import check_row


def unit_families(nlp, text, unit):
    doc = nlp(text)
    found = [e["kb_id"] for e in doc._.opstally_entities if e["text"] == unit and e["label"] == "FORCE"]
    assert found, f"no FORCE {unit!r} in {text!r}: {doc._.opstally_entities}"
    return found


# "X, one of the factions / brigades / formations of Y", "X, a component / branch of Y", "X, among the ... of Y"
PART_NOUNS = [
    ("The Nawroz Falcons Battalion, one of the factions of the Army of Revolutionaries, said its fighters "
     "detained 4 suspects near Manbij.", "Nawroz Falcons Battalion", "4", "SDF"),
    ("The Hawija Lions Regiment, one of the brigades of the Hashd, killed 5 militants near Hawija.",
     "Hawija Lions Regiment", "5", "PMF"),
    ("The Sirwan Hawks Battalion, among the formations of the Peshmerga, arrested 3 smugglers near Halabja.",
     "Sirwan Hawks Battalion", "3", "KRG"),
    ("The Anah Rangers Battalion, a component of the Iraqi army, found 7 caches in Anbar.",
     "Anah Rangers Battalion", "7", "ISF"),
    ("The Tuz Sentinels Battalion, a branch of the Federal Police, seized 9 rockets near Tuz Khurmatu.",
     "Tuz Sentinels Battalion", "9", "ISF"),
]

# "X, PMF 35th Brigade, ...", "X (SDF 5th Regiment)", "X, Hashd 52nd Brigade, ..."
FORCE_UNIT_APPOSED = [
    ("The Karar Regiment, PMF 44th Brigade, killed 3 militants near Tuz Khurmatu.", "Karar Regiment", "3", "PMF"),
    ("The Khabur Wolves Battalion, SDF 5th Regiment, detained 6 men near Shaddadi.",
     "Khabur Wolves Battalion", "6", "SDF"),
    ("The Dijla Shield Battalion, Hashd 52nd Brigade, cleared 7 villages in Diyala.", "Dijla Shield Battalion", "7", "PMF"),
    ("The Haditha Hawks Battalion, Federal Police 3rd Division, said it had killed 2 militants in Anbar.",
     "Haditha Hawks Battalion", "2", "ISF"),
]

# a list after one owner: "the Federal Police's A, B and C", "the PMF's A and B", "its A, B, and C"
LISTED = [
    ("The PMF's Karbala Hawks Brigade and Najaf Lions Brigade joined the sweep. The Najaf Lions Brigade "
     "killed 6 militants near Baqubah.", "Najaf Lions Brigade", "6", "PMF"),
    ("The Peshmerga's Zagros Battalion, Sirwan Battalion and Kifri Hawks Battalion joined the operation. "
     "The Kifri Hawks Battalion arrested 4 suspects near Kifri.", "Kifri Hawks Battalion", "4", "KRG"),
    ("The SDF said its Khabur Guards Regiment, Tal Baydar Regiment, and Amuda Falcons Regiment were deployed. "
     "The Amuda Falcons Regiment detained 5 men near Hasakah.", "Amuda Falcons Regiment", "5", "SDF"),
    ("Taking part were the Federal Police's Saqr Regiment, Nasr Regiment and Fateh Regiment. The Nasr "
     "Regiment killed 2 militants near Samarra.", "Nasr Regiment", "2", "ISF"),
    ("The Iraqi army's Rawa Battalion or Qaim Eagles Battalion will hold the border. The Qaim Eagles "
     "Battalion found 8 caches in Anbar.", "Qaim Eagles Battalion", "8", "ISF"),
]


# a listing frame after a force and a unit noun: "Hashd units, among them the A and the B", "SDF fighters including X"
LISTING_FRAME = [
    ("Hashd units, among them the Badr Hawks Regiment and the Zubair Lions Battalion, swept the orchards. "
     "The Zubair Lions Battalion killed 3 militants near Khalis.", "Zubair Lions Battalion", "3", "PMF"),
    ("SDF fighters including the Khabur Eagles Regiment cleared 5 villages near Shaddadi.",
     "Khabur Eagles Regiment", "5", "SDF"),
    ("Peshmerga forces, notably the Sirwan Falcons Battalion and the Garmiyan Lions Battalion, took part. "
     "The Garmiyan Lions Battalion arrested 4 suspects near Kifri.", "Garmiyan Lions Battalion", "4", "KRG"),
    ("Iraqi army units such as the Anah Hawks Battalion found 6 caches in Anbar.", "Anah Hawks Battalion", "6", "ISF"),
    ("Federal Police brigades, including the Samarra Eagles Regiment, killed 2 militants near Samarra.",
     "Samarra Eagles Regiment", "2", "ISF"),
]


# a relative clause whose subject is the force: "X, which the Zeravani command oversees", "X, that the SDF commands"
CONTROLLED = [
    ("The Qandil Eagles Battalion, which the Zeravani command oversees, captured 2 suspects near Makhmour.",
     "Qandil Eagles Battalion", "2", "KRG"),
    ("The Tigris Wolves Regiment, which the PMF runs, killed 4 militants near Baiji.", "Tigris Wolves Regiment", "4", "PMF"),
    ("The Khabur Lions Battalion, that the SDF commands, detained 6 men near Shaddadi.",
     "Khabur Lions Battalion", "6", "SDF"),
    ("The Anah Shield Battalion, which the Iraqi army leads, found 3 caches in Anbar.", "Anah Shield Battalion", "3", "ISF"),
]


@pytest.mark.parametrize("text,unit,count,fam", PART_NOUNS + FORCE_UNIT_APPOSED + LISTED + LISTING_FRAME + CONTROLLED)
def test_unit_links_units9_unit_takes_its_parent_family(nlp, text, unit, count, fam):
    assert {family(kb) for kb in unit_families(nlp, text, unit)} == {fam}
    check_row(nlp, text, count, actor=fam)


# not a tie: a list of separate forces after the comma, two owners in a list, a list after "of" whose first member is untied
NOT_TIED = [
    ("The Hurriya Falcons Battalion, the PMF and the army killed 4 militants near Tarmiyah.", "Hurriya Falcons Battalion"),
    ("The Jabal Eagles Battalion, SDF fighters and Asayish units detained 5 men near Hasakah.", "Jabal Eagles Battalion"),
    ("The Shammar Knights Regiment and the PMF's Karbala Hawks Brigade killed 3 militants in Nineveh.",
     "Shammar Knights Regiment"),
    ("The Federal Police's Saqr Regiment and the Ubaid Tribal Battalion killed 3 militants near Samarra.",
     "Ubaid Tribal Battalion"),
    ("Several units, including the Rawa Falcons Battalion, killed 3 militants in Anbar.", "Rawa Falcons Battalion"),
    ("The Hurriya Wolves Battalion, which the PMF attacked last year, killed 3 militants near Tarmiyah.",
     "Hurriya Wolves Battalion"),
]


@pytest.mark.parametrize("text,unit", NOT_TIED)
def test_unit_links_units9_untied_unit_keeps_its_slug(nlp, text, unit):
    assert all(kb.startswith(unit.upper().split()[0]) for kb in unit_families(nlp, text, unit))
