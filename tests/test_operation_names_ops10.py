"""Operation names in the shapes the ops10 cold set showed or docs/operation-rule.md names
(decisions 1-4): a name that opens a headline before a colon or dash, a name with an apostrophe
inside it, a quoted name after "the Nth phase of", an unquoted one after "within the operations
of" or after an operation noun with an adjective before it. Each row: an invented text, the count,
and the operation id its event must carry (None: none)."""
import pytest

from actors_helpers import check_row


def op_names(nlp, text):
    return [e["text"] for e in nlp(text)._.opstally_entities if e["label"] == "OPERATION"]


# decision 1: a headline that opens on a quoted name, or on an unquoted one in a text that speaks
# of an operation, names the operation of the document's later counts
HEADLINE_NAMES = [
    ("‘Sentinels of Qaim’: troops clear 14 villages near the border\n\nThe troops also destroyed 9 hideouts.",
     "9", "sentinels-of-qaim"),
    ("\"Amber Lantern\" – police arrest 6 suspects in Baquba\n\nOfficers seized 4 rifles during the raid.",
     "4", "amber-lantern"),
    ("‘Granite Tide’ | Hashd kills 3 Daesh members near Baiji\n\nThe operation also netted 2 suspects.",
     "2", "granite-tide"),
    ("Northern Comb: Peshmerga sweep villages near Makhmour\n\nForces detained 8 men in the sweep on Sunday.",
     "8", "northern-comb"),
    ("‘Dawn of the Marshes’ — army destroys 5 boats in Maysan\n\nSoldiers arrested 3 smugglers.", "3",
     "dawn-of-the-marshes"),
]


@pytest.mark.parametrize("text,count,operation_id", HEADLINE_NAMES)
def test_operation_names_headline_name_covers_the_body(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# a headline's section label or an office before the colon is no operation; neither is an
# unquoted name in a text that never speaks of an operation
HEADLINE_NOT_NAMES = [
    "Breaking News: troops kill 4 militants in Anbar. The operation goes on.",
    "Security Media Cell: Iraqi jets destroy 3 hideouts. The operation continues.",
    "Daily Brief | Police arrest 5 suspects in Kirkuk during a campaign.",
    "Ahmed Saleh: police arrest 5 suspects in Kirkuk.",
    "Weekly Roundup – SDF detains 7 men in a sweep near Hasakah.",
    "Enab Baladi | 18/09/2023\n\nDeir Ezzor: SDF campaign ends with 60 arrested",
    "Rudaw English | Peshmerga kill 3 militants in an operation near Kirkuk",
    "Desert Star: 18/09/2023\n\nThe operation went on.",
    "Banna Kahar: 48 militants killed in Wadi al-Shai during the operation",
    "Black Hill — Troops cleared 5 villages in the operation, officers said.",
    "Tal Ruwaysat: police arrest 5 suspects in a search operation",
]


@pytest.mark.parametrize("text", HEADLINE_NOT_NAMES)
def test_operation_names_headline_label_is_no_operation(nlp, text):
    assert op_names(nlp, text) == []


# an apostrophe that ends a word inside a name ("Leaders' Vengeance", "Dir' al-Watan")
APOSTROPHE_NAMES = [
    ("The brigade killed 3 militants in the second phase of \"Martyr Leaders' Vengeance\".", "3",
     "martyr-leaders-vengeance"),
    ("Results of Operation Dir' al-Watan: 4 hideouts destroyed near Samarra.", "4", "dir-al-watan"),
    ("Forces began Operation Martyrs’ Revenge on Sunday, killing 5 militants.", "5", "martyrs-revenge"),
    ("Police arrested 6 suspects during Operation Heroes' Oath west of Kirkuk.", "6", "heroes-oath"),
    ("Operation Sa’d al-Rafidain went on as troops seized 2 caches.", "2", "sad-al-rafidain"),
]


@pytest.mark.parametrize("text,count,operation_id", APOSTROPHE_NAMES)
def test_operation_names_apostrophe_inside_name(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


def test_operation_names_closing_mark_is_no_apostrophe(nlp):
    # the mark that opened the name closes it, though a capitalised word follows
    assert op_names(nlp, "The PMF's 'Sword' Op killed 3 militants in Anbar.") == []


# decision 3: a quoted name after "the Nth phase of"; an unquoted one after "within the operations
# of"; a name after an operation noun with adjectives before it
UMBRELLAS = [
    ("Troops killed 4 militants in the third phase of \"Rafidain Wall\" near Rawa.", "4", "rafidain-wall"),
    ("In the fifth stage of ‘Desert Comb’, police arrested 5 suspects in Rutba.", "5", "desert-comb"),
    ("Within the operations of Rafidain Wall, the army destroyed 6 tunnels in Anbar.", "6", "rafidain-wall"),
    ("As part of the operations of Tigris Guard, commandos captured 2 emirs near Baiji.", "2", "tigris-guard"),
    ("Coalition jets carried out 7 strikes in support of the Iraqi operation Desert Comb in Anbar.", "7",
     "desert-comb"),
    ("Police detained 3 men during the joint security campaign Clean Orchards in Diyala.", "3", "clean-orchards"),
]


@pytest.mark.parametrize("text,count,operation_id", UMBRELLAS)
def test_operation_names_phase_and_umbrella(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


NOT_UMBRELLAS = [
    "Within the operations of Iraqi forces, police arrested 5 suspects in Samarra.",
    "During the joint operation Iraqi forces killed 4 militants near Rawa.",
    "In the second phase of the campaign, Peshmerga forces detained 6 men.",
    "The Iraqi operation Kirkuk police led netted 3 suspects.",
]


@pytest.mark.parametrize("text", NOT_UMBRELLAS)
def test_operation_names_force_after_umbrella_is_no_operation(nlp, text):
    assert op_names(nlp, text) == []


# decision 2: a name given after the counts by a naming phrase whose operation noun stands further back
# in the sentence, or by people who name it ("that commanders have named X")
NAMED_AFTER = [
    ("The army killed 7 militants near Hit. The operation, which the Joint Operations Command launched "
     "under the name 'Thunder of the Valley', goes on.", "7", "thunder-of-the-valley"),
    ("Police seized 4 rifles in Tarmiyah. The campaign, which the interior ministry began last week under "
     "the title Safe Orchards, continues.", "4", "safe-orchards"),
    ("Troops killed 8 militants near Rutba.\n\nThe clash came on the third day of an offensive that Iraqi "
     "commanders have named \"Badiya Sweep\".", "8", "badiya-sweep"),
    ("The SDF detained 5 suspects near Hajin. It was the first raid of a campaign that local officials "
     "have called Euphrates Lantern.", "5", "euphrates-lantern"),
    ("Peshmerga forces cleared 3 villages. The push, which the ministry has since codenamed Mountain "
     "Vigil, began on Monday.", "3", "mountain-vigil"),
]


@pytest.mark.parametrize("text,count,operation_id", NAMED_AFTER)
def test_operation_names_named_after_counts(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)


# a person is still named by the same verbs, whatever operation the sentence speaks of
NAMED_PEOPLE = [
    "During the operation, troops killed a commander named Abu Hajer Saleh near Hit.",
    "In the campaign, police arrested 3 men, one of whom officials have named Khalid Jasim.",
    "The operation netted a financier known as Abu Omar Tikriti.",
    "After the raid a local leader called Sheikh Hamid Saleh thanked the troops.",
]


@pytest.mark.parametrize("text", NAMED_PEOPLE)
def test_operation_names_named_person_is_no_operation(nlp, text):
    assert op_names(nlp, text) == []


# a name shaped like a unit (actor-rule decision 73's heads: Guard, Defenders, Knights) right after
# "Operation", "the operations of" or "the Nth phase of" is the operation's name; elsewhere a unit
SHAPED_OPERATIONS = [
    ("Operation Tigris Guard entered its second day as commandos captured 2 emirs near Baiji.", "2", "tigris-guard"),
    ("In the third phase of Hamrin Defenders, troops killed 4 militants in the hills.", "4", "hamrin-defenders"),
    ("Within the operations of Jazira Knights, the army destroyed 6 tunnels near Rawa.", "6", "jazira-knights"),
]


@pytest.mark.parametrize("text,count,operation_id", SHAPED_OPERATIONS)
def test_operation_names_unit_shape_after_operation_cue(nlp, text, count, operation_id):
    check_row(nlp, text, count, operation_id=operation_id)
    assert operation_id.replace("-", " ") in [n.lower() for n in op_names(nlp, text)]


@pytest.mark.parametrize("text,name", [
    ("The Tigris Guard killed 4 militants near Baiji.", "Tigris Guard"),
    ("Fighters of the Hamrin Defenders detained 3 suspects.", "Hamrin Defenders"),
    ("The Jazira Knights, a tribal force, destroyed 6 tunnels near Rawa.", "Jazira Knights"),
    ("Troops and the Anah Guard arrested 5 men in Anah.", "Anah Guard"),
])
def test_operation_names_unit_shape_elsewhere_stays_a_force(nlp, text, name):
    ents = nlp(text)._.opstally_entities
    assert (name, "FORCE") in [(e["text"], e["label"]) for e in ents]
