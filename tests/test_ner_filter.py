"""opstally_ner_filter: a model's entities pass only on their context's cues (issue 10, class 22).

The "model" here is hand-built: the spans a statistical `ner` might propose are set on
the doc before the rules run, so each test states exactly what the model said.
"""
import pytest
from spacy.tokens import Span

from opstally.components.ner_filter import NerFilter
from opstally.pipeline import build_rules_pipeline
from opstally.records import doc_to_record


def run(filter_nlp, text, model, skip=()):
    """The pipeline over `text` as if a `ner` before the ruler had found `model`: (substring, label)
    pairs, the first occurrence of each substring (a pair ("X", "FORCE", 2) takes the second)."""
    doc = filter_nlp.make_doc(text)
    spans = []
    for item in model:
        sub, label, nth = (*item, 1) if len(item) == 2 else item
        at = -1
        for _ in range(nth):
            at = text.index(sub, at + 1)
        spans.append(doc.char_span(at, at + len(sub), label=label))
    doc.ents = spans
    for name, proc in filter_nlp.pipeline:
        if name not in skip:
            doc = proc(doc)
    return doc


def found(doc):
    return [(e["text"], e["label"]) for e in doc._.opstally_entities]


@pytest.mark.parametrize("text,name", [
    ("Maj. Gen. Salim Karhout said the raid ended at dawn.", "Salim Karhout"),
    ("A spokesman, Col. Adnan Farhi, told reporters 3 suspects were held.", "Adnan Farhi"),
    ("Prime Minister Haidar Naji visited the front on Sunday.", "Haidar Naji"),
    ("Brigadier Omar Taleb confirmed the figures.", "Omar Taleb"),
])
@pytest.mark.parametrize("label", ["FORCE", "LOCATION", "ARMED_GROUP"])
def test_ner_filter_person_after_title_dropped(filter_nlp, text, name, label):
    assert (name, label) not in found(run(filter_nlp, text, [(name, label)]))


@pytest.mark.parametrize("text,name", [
    ("Rafidain News reported that troops of the Zagros Lions Battalion moved.", "Rafidain News"),
    ("Nahrain TV said the Zagros Lions Battalion moved.", "Nahrain TV"),
    ("According to the Euphrates Post, the Zagros Lions Battalion moved.", "Euphrates Post"),
])
def test_ner_filter_outlet_dropped(filter_nlp, text, name):
    result = found(run(filter_nlp, text, [(name, "FORCE"), ("Zagros Lions Battalion", "FORCE")]))
    assert result == [("Zagros Lions Battalion", "FORCE")]


@pytest.mark.parametrize("word", ["However", "Notably", "Meanwhile", "Separately"])
def test_ner_filter_sentence_adverb_dropped(filter_nlp, word):
    doc = run(filter_nlp, f"{word}, troops searched the village of Kani Dirav.",
              [(word, "LOCATION"), ("Kani Dirav", "LOCATION")])
    assert found(doc) == [("Kani Dirav", "LOCATION")]


@pytest.mark.parametrize("text,name,keep", [
    ("Fighters of the Tigris Hawks Brigade cleared the road.", "Tigris Hawks Brigade", True),
    ("Units of the Qutaf Rangers moved north.", "Qutaf Rangers", True),
    ("Zawiya troops pushed into the valley.", "Zawiya", True),
    ("The Fajr al-Sadiq Brigade of the PMF cleared 8 villages.", "Fajr al-Sadiq Brigade", True),
    ("Karim Sultan later told the council of the plan.", "Karim Sultan", False),
    ("Reporters met at the Nahrain Ministry on Monday.", "Nahrain Ministry", False),
    ("The Kubaisi Hospital treated the wounded.", "Kubaisi Hospital", False),
])
def test_ner_filter_force_needs_force_cue(filter_nlp, text, name, keep):
    assert ((name, "FORCE") in found(run(filter_nlp, text, [(name, "FORCE")]))) is keep


@pytest.mark.parametrize("text,name,keep", [
    ("Jaysh al-Nur attacked a checkpoint.", "Jaysh al-Nur", True),
    ("Police broke up a Khorasan cell in the town.", "Khorasan", True),
    ("Hurras gunmen attacked a checkpoint.", "Hurras", True),
    ("The Tawhid Front claimed the attack.", "Tawhid Front", True),
    ("Hamid Latif denied the claim.", "Hamid Latif", False),
    ("Locals in Dabsa said the road was open.", "Dabsa", False),
])
def test_ner_filter_armed_group_needs_group_cue(filter_nlp, text, name, keep):
    assert ((name, "ARMED_GROUP") in found(run(filter_nlp, text, [(name, "ARMED_GROUP")]))) is keep


@pytest.mark.parametrize("text,name,keep", [
    ("Troops searched the village of Kani Dirav on Monday.", "Kani Dirav", True),
    ("Clashes broke out near Tal Hamis at dawn.", "Tal Hamis", True),
    ("Gunmen hid in the Wadi Hawran valley.", "Wadi Hawran", True),
    ("The army searched 14 villages, among them Umm Ruqaybah.", "Umm Ruqaybah", True),
    ("Police raided Kharbat Sufi, a village near the road.", "Kharbat Sufi", True),
    ("Gunmen fled to Umm Ghanim, a hamlet east of the river.", "Umm Ghanim", True),
    ("A dawn raid on Tal Ward killed 2 militants.", "Tal Ward", True),
    ("Units of the Qutaf Battalion moved.", "Qutaf", False),
    ("Jund al-Wadi claimed the attack.", "Jund al-Wadi", False),
    ("Harakat Rijal al-Sahra claimed the attack.", "Harakat Rijal al-Sahra", False),
    ("Sara Haddad wrote that the road was closed.", "Sara Haddad", False),
])
def test_ner_filter_location_needs_place_cue(filter_nlp, text, name, keep):
    assert ((name, "LOCATION") in found(run(filter_nlp, text, [(name, "LOCATION")]))) is keep


@pytest.mark.parametrize("text,unit,place,label", [
    ("Units of the Samarra Rangers moved north.", "Samarra Rangers", "Samarra", "LOCATION"),
    ("The Hamrin Battalion of the PMF cleared 8 villages.", "Hamrin Battalion", "Hamrin", "LOCATION"),
    ("Fighters of the Kirkuk Falcons Brigade held the pass.", "Kirkuk Falcons Brigade", "Kirkuk", "PROVINCE"),
])
@pytest.mark.parametrize("priority", ["rules", "rules_but_units"])
def test_ner_filter_unit_keeps_known_place_inside_its_name(filter_nlp, text, unit, place, label, priority):
    """A unit named "<place> <unit noun>" stays one FORCE, whether the model's span or the
    named-unit pattern finds it: the known place inside its name is not written apart."""
    from opstally.components.ruler import ents_filter_for

    ruler = filter_nlp.get_pipe("opstally_ruler")
    ruler.ents_filter = ents_filter_for(priority)
    try:
        result = found(run(filter_nlp, text, [(unit, "FORCE")]))
    finally:
        ruler.ents_filter = ents_filter_for("rules")
    assert (unit, "FORCE") in result
    assert (place, label) not in result


@pytest.mark.parametrize("text,names", [
    ("They cleared the villages of Albu Dawr, Tal Sifr and Kharab Ali.", ["Albu Dawr", "Tal Sifr", "Kharab Ali"]),
    ("Strikes hit Mosul, Tal Sifr and Kharab Ali overnight.", ["Tal Sifr", "Kharab Ali"]),
    ("Raids reached Hawija and Albu Dawr.", ["Albu Dawr"]),
])
def test_ner_filter_place_list_members_kept(filter_nlp, text, names):
    result = found(run(filter_nlp, text, [(n, "LOCATION") for n in names]))
    assert [n for n, label in result if label == "LOCATION" and n in names] == names


@pytest.mark.parametrize("text", [
    "Raids continued near Tal Sifr. Tal Sifr was quiet by noon.",
    "Clashes broke out in Kharab Ali; Kharab Ali residents fled.",
    "Troops reached Albu Dawr. Albu Dawr had been empty.",
])
def test_ner_filter_other_mentions_of_a_kept_name_kept(filter_nlp, text):
    words = [w.strip(".;") for w in text.split()]
    repeated = next(f"{a} {b}" for a, b in zip(words, words[1:]) if text.count(f"{a} {b}") == 2)
    doc = run(filter_nlp, text, [(repeated, "LOCATION"), (repeated, "LOCATION", 2)])
    assert [n for n, _ in found(doc)] == [repeated, repeated]


@pytest.mark.parametrize("text,name,gold", [
    ("The raid was part of Operation Iron Talon. Iron Talon began in May.", "Iron Talon", "Iron Talon"),
    ("Troops pressed the Jazira Thunder operation south.", "Jazira Thunder", "Jazira Thunder"),
    ("The Desert Shield offensive entered its second week.", "Desert Shield", "Desert Shield"),
])
def test_ner_filter_operations(filter_nlp, text, name, gold):
    doc = run(filter_nlp, text, [(name, "LOCATION")])
    assert (gold, "OPERATION") in found(doc)
    assert (name, "LOCATION") not in found(doc)


@pytest.mark.parametrize("text,model", [
    ("The Hiba Maktab operation ended.", [("Hiba Maktab", "OPERATION")]),
    ("Jaysh Mahdi Sadr claimed the strike on Monday.", [("Jaysh Mahdi Sadr", "ARMED_GROUP")]),
    ("Dozens fled the village of Tal Ward.", [("Tal Ward", "LOCATION")]),
])
def test_ner_filter_model_after_operation_word_left_to_rule(filter_nlp, text, model):
    """A model's name after "Operation" gives way to the rule, which also finds its other mentions."""
    doc = run(filter_nlp, "Operation Iron Talon began. " + text + " Iron Talon went on.",
              [("Iron Talon", "OPERATION")] + model)
    assert [n for n, label in found(doc) if label == "OPERATION"][:1] == ["Iron Talon"]
    assert [n for n, label in found(doc) if n == "Iron Talon"] == ["Iron Talon", "Iron Talon"]


@pytest.mark.parametrize("text,person", [
    ("Staff Brig. Gen. Khalid Dulaimi said 4 militants were killed.", "Khalid Dulaimi"),
    ("By Layla Hamdi. Troops killed 4 militants near Tal Sifr.", "Layla Hamdi"),
    ("Rudaw reporter Aram Sherwani said 4 militants were killed.", "Aram Sherwani"),
])
def test_ner_filter_negative_classes_are_extra_entities_not_actors(filter_nlp, text, person):
    doc = run(filter_nlp, text, [(person, "PERSON")])
    assert all(e["label"] != "PERSON" for e in doc._.opstally_entities)
    assert [(s.text, s.label_) for s in doc.spans["opstally_other"]] == [(person, "PERSON")]
    rec = doc_to_record(doc, "d1", text=text)
    assert (person, "PERSON") in [(e["text"], e["label"]) for e in rec["entities"]]
    assert [e["start"] for e in rec["entities"]] == sorted(e["start"] for e in rec["entities"])
    assert all(ev.get("actor_id") is None or "DULAIMI" not in ev["actor_id"] and "HAMDI" not in ev["actor_id"]
               and "SHERWANI" not in ev["actor_id"] for ev in rec["events"])


@pytest.mark.parametrize("text", [
    "Maj. Gen. Salim Karhout said ISF troops entered Ramadi.",
    "However, the PMF held Tikrit.",
    "Rafidain News said the SDF took Raqqa.",
])
def test_ner_filter_never_touches_pattern_matches(filter_nlp, text):
    rules = [(e["text"], e["label"]) for e in filter_nlp(text)._.opstally_entities]
    first = text.split()[0].strip(",.")
    assert found(run(filter_nlp, text, [(first, "FORCE")])) == rules


@pytest.mark.parametrize("label,cues,kept", [
    ("LOCATION", False, True), ("PROVINCE", False, False), ("PROVINCE", True, False), ("FORCE", True, False),
])
def test_ner_filter_config_labels_and_cues(filter_nlp, label, cues, kept):
    pipe = NerFilter(labels=["FORCE", "ARMED_GROUP", "OPERATION", "LOCATION"], cues=cues)
    doc = filter_nlp.make_doc("Karim Sultan spoke on Monday.")
    doc.ents = [Span(doc, 0, 2, label=label)]
    assert bool(pipe(doc).ents) is kept


def test_ner_filter_added_to_a_loaded_pipeline_with_ner(tmp_path):
    import spacy

    from opstally.pipeline import load_pipeline

    blank = spacy.blank("en")
    blank.add_pipe("ner").add_label("FORCE")
    blank.initialize()
    blank.to_disk(tmp_path / "p")
    names = load_pipeline(tmp_path / "p").pipe_names
    assert names.index("ner") < names.index("opstally_ruler") < names.index("opstally_ner_filter") \
        < names.index("opstally_entities")
    assert "opstally_ner_filter" not in build_rules_pipeline().pipe_names


@pytest.fixture()
def roles(filter_nlp):
    """Set the filter's `roles` for one test, and put the default back."""
    pipe = filter_nlp.get_pipe("opstally_ner_filter")
    before = pipe.roles
    yield lambda mode: setattr(pipe, "roles", mode)
    pipe.roles = before


def actors(doc):
    return [e["actor_id"] for e in doc._.opstally_events]


@pytest.mark.parametrize("text,name,known", [
    ("The Hit Police Directorate, backed by the Iraqi army, arrested 23 wanted men near Ramadi.",
     "Hit Police Directorate", "IRAQI-ARMY"),
    ("The Banaw Lions, with Peshmerga support, cleared 5 villages near Kifri.", "Banaw Lions", "PESHMERGA"),
    ("Zelan Defence units, part of the SDF, detained 7 suspects.", "Zelan Defence", "SDF"),
])
def test_ner_filter_model_force_never_displaces_a_known_force_as_actor(filter_nlp, roles, text, name, known):
    """roles "unknown" (the default): a force only the model found stays an entity, but where the
    text names a force the patterns know, the events read that one, as without the model."""
    roles("unknown")
    doc = run(filter_nlp, text, [(name, "FORCE")])
    assert (name, "FORCE") in found(doc)
    assert next(e for e in doc._.opstally_entities if e["text"] == name)["source"] == "ner"
    assert actors(doc) == [known]
    roles("all")
    assert actors(run(filter_nlp, text, [(name, "FORCE")])) != [known]


@pytest.mark.parametrize("text,name", [
    ("Civil Defence units in Tartous arrested four members of an ISIS cell.", "Civil Defence"),
    ("Frontier Watch units seized 3 trucks of weapons on Monday.", "Frontier Watch"),
    ("The Rapid Intervention Force killed 6 militants near the dam.", "Rapid Intervention Force"),
])
@pytest.mark.parametrize("mode,acts", [("unknown", True), ("all", True), ("none", False)])
def test_ner_filter_model_force_acts_where_no_force_is_known(filter_nlp, roles, text, name, mode, acts):
    """A force no pattern knows, in a text that names no known force: the model's name is the
    actor (roles "unknown" and "all"); roles "none" keeps every model name from the roles."""
    roles(mode)
    doc = run(filter_nlp, text, [(name, "FORCE")])
    assert (name, "FORCE") in found(doc)
    assert (actors(doc)[0] is not None and actors(doc)[0] == next(
        e["kb_id"] for e in doc._.opstally_entities if e["text"] == name)) is acts


@pytest.mark.parametrize("text,name", [
    ("ISIS and the Nur Front lost 12 fighters near Tal Sifr.", "Nur Front"),
    ("Troops killed 4 Daesh members; Sakhr Front gunmen fled the village.", "Sakhr Front"),
    ("Iraqi troops, fighting ISIS and the Hurras Front, seized 9 rifles.", "Hurras Front"),
])
def test_ner_filter_model_group_never_displaces_a_known_group(filter_nlp, roles, text, name):
    """A group only the model found, where a known group is named: an entity, marked out of the
    roles, and the events are those of the rules alone."""
    roles("unknown")
    doc = run(filter_nlp, text, [(name, "ARMED_GROUP")])
    ent = next(e for e in doc._.opstally_entities if e["text"] == name)
    assert (ent["label"], ent["source"], ent["role"]) == ("ARMED_GROUP", "ner", False)
    rules = filter_nlp(text)._.opstally_events
    assert [(e["action"], e["actor_id"], e["affected_id"]) for e in doc._.opstally_events] == \
        [(e["action"], e["actor_id"], e["affected_id"]) for e in rules]


@pytest.mark.parametrize("text,name,province", [
    ("Strikes hit targets near Tabqah, destroying 3 boats.", "Tabqah", "SY-RA"),
    ("Troops cleared 4 villages near Makhmor.", "Makhmor", "IQ-AR"),
    ("Police found 2 caches near Khanaqeen.", "Khanaqeen", "IQ-DI"),
])
def test_ner_filter_model_place_spelt_as_a_known_one_keeps_its_province(filter_nlp, text, name, province):
    """A model's one-word place that spells a known place with a letter dropped or doubled is that
    place, as the rules alone read it: its province reaches the events."""
    doc = run(filter_nlp, text, [(name, "LOCATION")])
    assert [(e["text"], e["province_id"]) for e in doc._.opstally_entities] == [(name, province)]
    assert [e["province_id"] for e in doc._.opstally_events] == [province]


def test_ner_filter_roles_setting_checked():
    from opstally.errors import ConfigError

    with pytest.raises(ConfigError, match="roles"):
        NerFilter(roles="sometimes")


@pytest.mark.parametrize("text,unit,place,force", [
    ("Hewlêr Asayish arrested 6 suspects on Monday.", "Hewlêr Asayish", "Hewlêr", "Asayish"),
    ("Raqqa Asayish detained 5 cell members.", "Raqqa Asayish", "Raqqa", "Asayish"),
    ("Kirkuk Peshmerga repelled the attack, killing 3 militants.", "Kirkuk Peshmerga", "Kirkuk", "Peshmerga"),
])
def test_ner_filter_model_unit_over_a_known_force_keeps_the_place(filter_nlp, text, unit, place, force):
    """A model's unit span that a known force's pattern overlaps ("Hewlêr Asayish") gives way to
    the patterns, and the place in it stays a place (its province reaches the events)."""
    rules = found(filter_nlp(text))
    result = found(run(filter_nlp, text, [(unit, "FORCE")]))
    assert result == rules
    assert [n for n, _ in result] == [place, force]


@pytest.mark.parametrize("text,name", [
    ("Government forces have so far exhumed 470 bodies.", "Government forces"),
    ("Partner forces began a new phase on Monday.", "Partner forces"),
    ("Security troops closed the road after the blast.", "Security troops"),
    ("Tribal fighters held the crossing overnight.", "Tribal fighters"),
])
def test_ner_filter_generic_force_phrase_dropped(filter_nlp, text, name):
    """A capitalised common noun phrase opening a sentence is no force's name."""
    assert (name, "FORCE") not in found(run(filter_nlp, text, [(name, "FORCE")]))


# where the operation-name rule claims tokens, a model's place or force on them gives way: at the
# name's other mentions, where a place's or a force's cue backs the model ("Desert Lantern forces",
# "near X"), and a model's place that swallows the trigger word ("in Operation X")
OPERATION_CLAIMS = [
    ("Troops launched Operation Desert Lantern. Desert Lantern forces cleared 9 villages.",
     ("Desert Lantern", "FORCE", 2), "Desert Lantern"),
    ("Police launched the Baladiyat Sweep operation. Near Baladiyat Sweep's end, 3 were held.",
     ("Baladiyat Sweep", "LOCATION", 2), "Baladiyat Sweep"),
    ("The army began Operation Sawtooth Dawn. In Sawtooth Dawn, units killed 6 militants.",
     ("Sawtooth Dawn", "LOCATION", 2), "Sawtooth Dawn"),
    ("The sweep, dubbed Qasr Harvest, began at dawn. Qasr Harvest troops reached the river.",
     ("Qasr Harvest", "FORCE", 2), "Qasr Harvest"),
    ("Operations Jazira Lock and Khabur Gate went ahead. Near Khabur Gate, 3 were held.",
     ("Khabur Gate", "LOCATION", 2), "Khabur Gate"),
    ("Five militants were killed in Operation Desert Lantern near Rutba.",
     ("Operation Desert Lantern", "LOCATION"), "Desert Lantern"),
]


@pytest.mark.parametrize("text,model,name", OPERATION_CLAIMS)
def test_ner_filter_operation_name_wins(filter_nlp, text, model, name):
    result = found(run(filter_nlp, text, [model]))
    assert result.count((name, "OPERATION")) == text.count(name), result
    assert (model[0], model[1]) not in result, result


# a model's place next to an operation name, not inside it, stays
@pytest.mark.parametrize("text,place", [
    ("Operation Desert Lantern moved into the village of Kani Dirav.", "Kani Dirav"),
    ("Troops launched Operation Sawtooth Dawn near Tal Ruman.", "Tal Ruman"),
    ("The sweep, dubbed Qasr Harvest, reached the Zubair valley.", "Zubair"),
])
def test_ner_filter_place_beside_operation_kept(filter_nlp, text, place):
    assert (place, "LOCATION") in found(run(filter_nlp, text, [(place, "LOCATION")]))


# a country is no place to label (ANNOTATION.md section 2), whatever cue stands before it
@pytest.mark.parametrize("text,name", [
    ("The brigade guards the highway to Jordan.", "Jordan"),
    ("Fighters crossed into Turkey on Sunday.", "Turkey"),
    ("Smugglers came from Saudi Arabia, police said.", "Saudi Arabia"),
    ("A unit was sent near Iran to stop them.", "Iran"),
])
def test_ner_filter_country_not_a_place(filter_nlp, text, name):
    assert (name, "LOCATION") not in found(run(filter_nlp, text, [(name, "LOCATION")]))
