"""opstally_ruler as spaCy's SpanRuler: initialize clears then loads, registered
ents_filter functions, coded configuration errors."""
import pytest
import spacy
from spacy.util import filter_chain_spans

from opstally.errors import E_CONFIG, OpstallyError
from opstally.resources import entity_lines

USER = [{"label": "LOCATION", "pattern": "Tal Qasab", "id": "tal-qasab", "province": "IQ-NI"}]


def _ruler_nlp(**config):
    nlp = spacy.blank("en")
    return nlp, nlp.add_pipe("opstally_ruler", config=config)


def test_spacy_ruler_initialize_twice_does_not_double_patterns():
    nlp, ruler = _ruler_nlp()
    nlp.initialize()
    once = len(ruler)
    nlp.initialize()
    assert len(ruler) == once == len(entity_lines())


@pytest.mark.parametrize("bundled", [True, False])
def test_spacy_ruler_initialize_patterns_twice(bundled):
    nlp, ruler = _ruler_nlp(bundled_patterns=bundled)
    for _ in range(2):
        ruler.initialize(lambda: [], nlp=nlp, patterns=USER)
    assert len(ruler) == len(USER) + (len(entity_lines()) if bundled else 0)
    assert ruler.knowledge["province_of"]["tal-qasab"] == "IQ-NI"
    assert [(e.text, e.ent_id_) for e in nlp("Raids near Tal Qasab.").ents] == [("Tal Qasab", "tal-qasab")]


def test_spacy_ruler_initialize_from_config_with_registered_patterns():
    nlp = spacy.blank("en")
    nlp.add_pipe("opstally_ruler", config={"bundled_patterns": False})
    nlp.config["initialize"]["components"]["opstally_ruler"] = {
        "patterns": {"@misc": "opstally.patterns.v1", "labels": ["PROVINCE"]}}
    nlp.initialize()
    ruler = nlp.get_pipe("opstally_ruler")
    assert len(ruler) == len(entity_lines(["PROVINCE"]))
    assert {p["label"] for p in ruler.patterns} == {"PROVINCE"}


@pytest.mark.parametrize("bundled", [True, False])
def test_spacy_ruler_bundled_patterns_without_initialize(bundled):
    """`bundled_patterns` loads them when the component is made (no initialize needed)."""
    nlp, ruler = _ruler_nlp(bundled_patterns=bundled)
    assert len(ruler) == (len(entity_lines()) if bundled else 0)
    ruler.add_patterns(USER)
    assert len(ruler) == len(USER) + (len(entity_lines()) if bundled else 0)


def test_spacy_ruler_saved_patterns_replace_bundled(tmp_path):
    nlp, ruler = _ruler_nlp()
    ruler.add_patterns(USER)
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p").get_pipe("opstally_ruler")
    assert loaded.patterns == ruler.patterns and len(loaded) == len(entity_lines()) + len(USER)
    assert loaded.knowledge == ruler.knowledge


def _host_nlp(config):
    nlp = spacy.blank("en")
    host = nlp.add_pipe("entity_ruler", name="ner")
    host.add_patterns([{"label": "LOCATION", "pattern": "Anbar province"}])
    nlp.add_pipe("opstally_ruler", config=config)
    return nlp


@pytest.mark.parametrize("config,expected", [
    ({}, [("Anbar", "PROVINCE")]),
    ({"ents_filter": {"@misc": "spacy.prioritize_new_ents_filter.v1"}}, [("Anbar", "PROVINCE")]),
    ({"ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}}, [("Anbar province", "LOCATION")]),
    ({"ents_priority": "rules"}, [("Anbar", "PROVINCE")]),
    ({"ents_priority": "longest"}, [("Anbar province", "LOCATION")]),
])
def test_spacy_ruler_ents_filter_settings(config, expected):
    doc = _host_nlp(config)("Fighting in Anbar province went on.")
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_spacy_ruler_ents_priority_maps_to_spacys_filter():
    assert _host_nlp({"ents_priority": "longest"}).get_pipe("opstally_ruler").ents_filter is filter_chain_spans


@pytest.mark.parametrize("bad", ["newest", "RULES", ""])
def test_spacy_ruler_bad_ents_priority_is_coded_value_error(bad):
    with pytest.raises(ValueError) as info:
        _ruler_nlp(ents_priority=bad)
    assert isinstance(info.value, OpstallyError) and info.value.code == E_CONFIG
    assert bad.__repr__() in str(info.value)


def test_spacy_ruler_scores_entities():
    from spacy.training import Example

    nlp, _ = _ruler_nlp()
    ref = nlp.make_doc("Clashes in Anbar and Raqqa.")
    ref.ents = [ref.char_span(11, 16, label="PROVINCE"), ref.char_span(21, 26, label="PROVINCE")]
    scores = nlp.evaluate([Example(nlp.make_doc(ref.text), ref)])
    assert scores["ents_f"] == 1.0


CASED_UNIT = [{"label": "FORCE", "id": "UNIT",
               "pattern": [{"IS_TITLE": True}, {"ORTH": {"IN": ["Brigade", "Rangers"]}}]},
              {"label": "FORCE", "id": "DIVISION",
               "pattern": [{"LOWER": "5th"}, {"LOWER": "brigade"}]}]


@pytest.mark.parametrize("text,expected", [
    ("Fighters of the Sinjar Rangers held the ridge.", [("Sinjar Rangers", "UNIT")]),
    ("Old Brigade men and the 5th brigade met.", [("Old Brigade", "UNIT"), ("5th brigade", "DIVISION")]),
    ("Police said the Hawk brigade and the 5th Brigade left.", [("5th Brigade", "DIVISION")]),
    ("Locals praised the rangers of Anah.", []),
])
def test_spacy_ruler_anchored_patterns_keep_their_case(text, expected):
    """A pattern anchored on a case-sensitive word matches only that spelling; one anchored
    on a LOWER word matches any, also where both share the word."""
    nlp, ruler = _ruler_nlp(bundled_patterns=False)
    ruler.add_patterns(CASED_UNIT)
    assert [(e.text, e.ent_id_) for e in nlp(text).ents] == expected


PLACE_UNITS = [{"label": "FORCE", "id": "CITY-POLICE",
                "pattern": [{"NORM": {"IN": ["anbar", "basra"]}}, {"LOWER": "police"}]},
               {"label": "FORCE", "id": "OPS-COMMAND",
                "pattern": [{"NORM": {"IN": ["anbar", "basra"]}}, {"LOWER": "operations"},
                            {"LOWER": {"IN": ["command", "headquarters"]}}]}]


@pytest.mark.parametrize("text,expected", [
    ("Anbar police arrested two men.", [("Anbar police", "CITY-POLICE")]),
    ("The Basra Operations Command said police were on alert.", [("Basra Operations Command", "OPS-COMMAND")]),
    ("Local police and Anbar operations forces met in Basra.", []),
    ("The police of Basra ended operations near Anbar.", []),
])
def test_spacy_ruler_anchored_patterns_check_their_other_words(text, expected):
    """An anchored pattern's other literal words (NORM, LOWER) decide whether it is tried at
    its anchor: the matches are those of the full pattern, nothing more, nothing less."""
    nlp, ruler = _ruler_nlp(bundled_patterns=False)
    ruler.add_patterns(PLACE_UNITS)
    assert [(e.text, e.ent_id_) for e in nlp(text).ents] == expected


def _ents(nlp, text):
    return [(e.text, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("texts", [
    ["Anbar police arrested two men.", "Later the Anbar police freed one.", "Basra police and Anbar police met."],
    ["The 5th brigade moved; the Sinjar Rangers held.", "The 5th brigade moved; the Sinjar Rangers held."],
    ["The Basra Operations Command said so.", "Basra police denied it.", "The Basra Operations Command said so."],
])
def test_spacy_ruler_remembered_windows_match_as_the_matcher(texts):
    """Anchored-pattern windows remembered from earlier documents give the matcher's own matches."""
    nlp, ruler = _ruler_nlp(bundled_patterns=False)
    ruler.add_patterns(CASED_UNIT + PLACE_UNITS)
    assert ruler._windows_remembered
    remembered = [_ents(nlp, t) for t in texts + texts]
    ruler._windows_remembered = False
    assert remembered == [_ents(nlp, t) for t in texts + texts]
    assert any(remembered)


def test_spacy_ruler_remembered_windows_read_the_norm():
    """Two windows with the same words but another NORM (a tokenizer special case, a
    component) are two windows: the NORM pattern matches only where the norm is right."""
    nlp, ruler = _ruler_nlp(bundled_patterns=False)
    ruler.add_patterns([{"label": "FORCE", "id": "OTHER-POLICE",
                         "pattern": [{"NORM": {"NOT_IN": ["anbar"]}}, {"LOWER": "police"}]}])
    for norm, expected in ((None, ["Anbaar police"]), ("anbar", []), (None, ["Anbaar police"]), ("anbar", [])):
        doc = nlp.make_doc("Anbaar police left.")
        if norm:
            doc[0].norm_ = norm
        assert [e.text for e in ruler(doc).ents] == expected


@pytest.mark.parametrize("extra,text,expected", [
    # a pattern added later is matched in a window remembered before it
    ({"label": "FORCE", "id": "BRIGADE-8", "pattern": [{"LOWER": "8th"}, {"LOWER": "brigade"}]},
     "The 8th brigade and Anbar police.", [("8th brigade", "BRIGADE-8"), ("Anbar police", "CITY-POLICE")]),
    # a pattern that reads what a component sets (the entity type): windows are no longer remembered
    ({"label": "FORCE", "id": "GUARDS", "pattern": [{"ENT_TYPE": ""}, {"LOWER": "guards"}]},
     "Anbar police and border guards met.", [("Anbar police", "CITY-POLICE"), ("border guards", "GUARDS")]),
    ({"label": "FORCE", "id": "TITLED", "pattern": [{"IS_TITLE": True}, {"LOWER": "troops"}]},
     "Anbar police and Desert troops met.", [("Anbar police", "CITY-POLICE"), ("Desert troops", "TITLED")]),
    # the same window as a remembered one ("Anbar police"): the new pattern is tried there (and
    # wins the tie, as spaCy orders equal spans by label and id)
    ({"label": "FORCE", "id": "TITLED", "pattern": [{"IS_TITLE": True}, {"LOWER": "police"}]},
     "Anbar police met.", [("Anbar police", "TITLED")]),
])
def test_spacy_ruler_remembered_windows_follow_new_patterns(extra, text, expected):
    nlp, ruler = _ruler_nlp(bundled_patterns=False)
    ruler.add_patterns(PLACE_UNITS)
    _ents(nlp, text)  # windows remembered with the first patterns
    ruler.add_patterns([extra])
    assert ruler._windows_remembered == ("ENT_TYPE" not in extra["pattern"][0])
    assert _ents(nlp, text) == expected


def test_spacy_ruler_bundled_token_patterns_are_all_anchored():
    """Every bundled token pattern is fixed-length with a literal word, so it runs only in windows
    around that word: one pattern with an optional token ("OP") goes to the whole-doc Matcher, which
    tries it at every token (two such outlet patterns cost 15% of the rules' CPU). Spell optional
    tokens out as separate patterns with the same id instead."""
    nlp, ruler = _ruler_nlp()
    nlp.initialize()
    assert len(ruler.matcher) == 0


@pytest.mark.parametrize("text, outlet", [
    ("Kirkuk Now reported the raid.", "Kirkuk Now"),
    ("al-Mosul Post said three were held.", "al-Mosul Post"),
    ("el Basra Times carried the statement.", "el Basra Times"),
    ("RAQQA TODAY: four arrested", "RAQQA TODAY"),
])
def test_spacy_ruler_outlet_variants_still_block(text, outlet):
    nlp, ruler = _ruler_nlp()
    nlp.initialize()
    doc = nlp(text)
    found = [doc[s:e].text for m, s, e in ruler._raw_matches(doc)
             if ruler._match_label_id_map[m]["label"] == "NOT_ENTITY"]
    assert outlet in found
