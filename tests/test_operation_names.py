"""Operations no pattern knows: "Operation X" names them, later mentions repeat them
(components/operation_names.py, run by opstally_entities)."""
import pytest

from opstally.pipeline import build_rules_pipeline


def ops(nlp, text):
    return [(e["text"], e["kb_id"]) for e in nlp(text)._.opstally_entities if e["label"] == "OPERATION"]


@pytest.mark.parametrize("text,expected", [
    ("Clashes were the first since Operation Granite Spear began.", [("Granite Spear", "granite-spear")]),
    ("The third phase of Operation Falcon's Claw ended.", [("Falcon's Claw", "falcons-claw")]),
    ("Operation Storm of the Two Rivers continues near Baaj.",
     [("Storm of the Two Rivers", "storm-of-the-two-rivers")]),
    ("Across Operations Copper Lantern and Jazira Hammer, the SDF detained 31.",
     [("Copper Lantern", "copper-lantern"), ("Jazira Hammer", "jazira-hammer")]),
    ("Strikes continued under Operation Granite Spear II on Friday.", [("Granite Spear II", "granite-spear-ii")]),
    ("The army launched Operation Roundup Tuesday and killed 3.", [("Roundup", "roundup")]),
    # an Arabic article, a numbered word, capitals after "Operation"; a known entity ends the name
    ("The army launched Operation al-Fajr on Monday.", [("al-Fajr", "al-fajr")]),
    ("Troops began Operation Imam Ali al-Hadi at dawn.", [("Imam Ali al-Hadi", "imam-ali-al-hadi")]),
    ("The SDF began Operation Granite Wall-2 on Friday.", [("Granite Wall-2", "granite-wall-2")]),
    ("Iraqi forces launched Operation ROARING LION in Anbar.", [("ROARING LION", "roaring-lion")]),
    ("Jets hit targets in Operation Copper Storm ISIS hideouts.", [("Copper Storm", "copper-storm")]),
    # title-case headlines: a function word ends the name, and the body's shorter form wins
    ("Iraqi Forces Launch Operation Desert Lantern In Anbar", [("Desert Lantern", "desert-lantern")]),
    ("SDF Begins Operation Jazira Hammer Against Cells", [("Jazira Hammer", "jazira-hammer")]),
    ("Operation Copper Dawn Kills 5 Militants\nOperation Copper Dawn killed 5 militants, the army said.",
     [("Copper Dawn", "copper-dawn"), ("Copper Dawn", "copper-dawn")]),
    # later mentions of a name the document introduced, in any case
    ("Operation Granite Spear began in May. The Granite Spear push killed 12 militants.",
     [("Granite Spear", "granite-spear"), ("Granite Spear", "granite-spear")]),
    ("GRANITE SPEAR — DAY 6\nOperation Granite Spear freed 5 hostages.",
     [("GRANITE SPEAR", "granite-spear"), ("Granite Spear", "granite-spear")]),
])
def test_operation_names_found(nlp, text, expected):
    assert ops(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The Anbar Operations Command said 4 militants were killed.",   # a force
    "Operation Inherent Resolve struck 4 targets.",                  # the coalition (a pattern)
    "The operation Granite Spear is lower case here.",               # no title-case trigger
    "OPERATIONS UPDATE: 4 tunnels destroyed.",                       # a heading, not a name
    "Operation costs rose as Granite Spear was debated.",            # no name after the trigger
    "Granite Spear was mentioned without the word operation.",
])
def test_operation_names_not_found(nlp, text):
    assert ops(nlp, text) == []


def test_operation_names_can_be_switched_off():
    nlp = build_rules_pipeline()
    nlp.get_pipe("opstally_entities").operation_names = False
    assert ops(nlp, "Clashes were the first since Operation Granite Spear began.") == []
    nlp2 = build_rules_pipeline()
    nlp2.replace_pipe("opstally_entities", "opstally_entities", config={"operation_names": False})
    assert ops(nlp2, "Clashes were the first since Operation Granite Spear began.") == []


def test_operation_names_force_unknown_is_no_actor(nlp):
    # an operation stands for its force; with none known, the subject before it acts
    doc = nlp("Peshmerga commanders said Operation Granite Spear destroyed 12 caves.")
    (ev,) = doc._.opstally_events
    assert ev["actor_id"] == "PESHMERGA" and ev["operation_id"] == "granite-spear"


# names without the word "Operation" (issue 10, class 19): after a naming phrase of one or two
# words, before a lower-case operation noun, after "phase of", and quoted names with commas
@pytest.mark.parametrize("text,expected", [
    ("The campaign, known as Iron Gate, killed 12 militants in Anbar.", [("Iron Gate", "iron-gate")]),
    ("The sweep, codenamed Desert Fox, ended on Monday.", [("Desert Fox", "desert-fox")]),
    ("The push, nicknamed Silver Comb by officers, reached the river.", [("Silver Comb", "silver-comb")]),
    ("The PMF killed 7 militants during the Desert Shield campaign in Anbar.", [("Desert Shield", "desert-shield")]),
    ("The Iron Lance offensive freed 20 villages in Diyala.", [("Iron Lance", "iron-lance")]),
    ("Security forces launched the Sword of Justice operation on Sunday.",
     [("Sword of Justice", "sword-of-justice")]),
    ("The army's Copper Dawn sweep ended.", [("Copper Dawn", "copper-dawn")]),
    ("The third phase of Desert Lantern began in Rutba.", [("Desert Lantern", "desert-lantern")]),
    ("Troops entered the second stage of Tigris Shield on Friday.", [("Tigris Shield", "tigris-shield")]),
    ('The operation, which the PMF called "Muhammad, Messenger of God", ended.',
     [("Muhammad, Messenger of God", "muhammad-messenger-of-god")]),
    ('The offensive, dubbed "Dawn, Then Victory", began.', [("Dawn, Then Victory", "dawn-then-victory")]),
    ('The sweep, named "Sword, Shield and Lance", ended.', [("Sword, Shield and Lance", "sword-shield-and-lance")]),
    ('The PMF began an operation under the slogan "Victory of Iraq" in Anbar.', [("Victory of Iraq", "victory-of-iraq")]),
    ("The army began a campaign under the name Desert Hawk on Monday.", [("Desert Hawk", "desert-hawk")]),
    ("A sweep entitled Clean Valley started at dawn.", [("Clean Valley", "clean-valley")]),
])
def test_operation_names_without_the_word_operation(nlp, text, expected):
    assert ops(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Troops killed 9 militants in the Tal Afar offensive.",      # a place's offensive
    "The Old City operation killed 9 militants.",                # a place word in the name
    "The Iraqi Army operation killed 9 militants.",              # a force's operation
    "A new phase of Iraqi efforts freed 9 villages.",            # a demonym after "phase of"
    "The Turkish offensive killed 9 fighters in Afrin.",         # one capitalised word
    "Lions of the Desert operation began.",                      # no "the" before the name
    "The campaign known as the surge killed 9 militants.",       # no capitalised name
    "Five killed in the raid included a commander known as Abu Hajer.",  # a person's name
])
def test_operation_names_without_the_word_operation_not_found(nlp, text):
    assert ops(nlp, text) == []


# the events of a sentence take an operation named without the word "Operation", in the
# sentence or in the next one
@pytest.mark.parametrize("text,operation_id", [
    ("Iraqi forces killed 8 militants in Hamrin. The sweep, codenamed Desert Fox, ended on Monday.", "desert-fox"),
    ("The PMF said it killed 7 militants during the Desert Shield campaign in Anbar.", "desert-shield"),
    ("In the third phase of Desert Lantern, the army destroyed 6 hideouts near Rutba.", "desert-lantern"),
    ("The SDF detained 5 suspects near Hajin. The raid, known as Night Hawk, lasted two hours.", "night-hawk"),
])
def test_operation_names_events_take_the_operation(nlp, text, operation_id):
    (ev,) = nlp(text)._.opstally_events
    assert ev["operation_id"] == operation_id


# a listed operation's words in another order are that operation (ANNOTATION.md section 3:
# one id for all of an operation's renderings)
@pytest.mark.parametrize("text,expected", [
    ("Iraqi forces launched Operation Will for Victory in Anbar.", [("Will for Victory", "victory-will")]),
    ("The SDF said Operation Storm of Jazira had ended.", [("Storm of Jazira", "jazeera-storm")]),
    ("The army began Operation Iraq Heroes at dawn.", [("Iraq Heroes", "heroes-of-iraq")]),
])
def test_operation_names_reordered_known_operation(nlp, text, expected):
    assert ops(nlp, text) == expected


# a page label before its colon, bar or dash ("Roundup:", "Southern Syria Roundup —") is the page's,
# not an operation's: "Roundup" is also an operation's name (patterns/operation.jsonl)
@pytest.mark.parametrize("text,expected", [
    ("Roundup: SDF fighters held 12 ISIS suspects in Deir ez-Zor on Sunday.", []),
    ("ROUNDUP: Peshmerga units defused 7 roadside bombs near Makhmour.", []),
    ("Weekly Roundup | Iraqi troops killed 4 Daesh gunmen in the Hamrin hills.", []),
    ("Morning update — the coalition struck 3 tunnels in Anbar.", []),
    ("Baghdad desk\nRoundup: police arrested two suspects in Kirkuk overnight.", []),
    ("Breaking: Army units raided a hideout in Tarmiyah.", []),
    ("Northern Iraq Roundup — 3 to 9 May\nPeshmerga units cleared 4 villages near Makhmour.", []),
    ("Police killed 2 gunmen in Hit. Anbar Roundup | 14 to 20 June", []),
    ("Explainer: why Roundup still matters to the SDF", [("Roundup", "roundup")]),  # the label goes, the name stays
])
def test_operation_names_page_label_is_no_operation(nlp, text, expected):
    assert ops(nlp, text) == expected


# ... while an operation's own name keeps its colon headline and its sentence-initial mentions
@pytest.mark.parametrize("text,expected", [
    ("Operation Roundup: SDF fighters held 12 ISIS suspects in Hajin.", [("Roundup", "roundup")]),
    ("Operation Basalt Harvest: troops cleared 9 villages near Rutba.", [("Basalt Harvest", "basalt-harvest")]),
    ("Roundup, the SDF's push on Hajin, killed 30 militants last week.", [("Roundup", "roundup")]),
    ("Weekly update: 4 tunnels were found during Operation Roundup.", [("Roundup", "roundup")]),
    ("Operation SILVER FALCON: Jets hit 2 caves in the Qara Chokh range.", [("SILVER FALCON", "silver-falcon")]),
])
def test_operation_names_colon_headline_keeps_operation(nlp, text, expected):
    assert ops(nlp, text) == expected
