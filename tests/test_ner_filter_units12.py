"""opstally_ner_filter and opstally_entities, ids of the model's unit names (ner12): a unit noun right
after a model FORCE is part of the unit's name, so the unit takes its parent's id ("the Qasr Falcons
battalion of the Iraqi army": IRAQI-ARMY; docs/actor-rule.md 13), and a model name that repeats,
shorter, a name the document spells in full takes that name's id and label ("the Kobani Hawks
Regiment of the SDF ... Kobani Hawks fighters": SDF).

The "model" is hand-built (tests/ner_helpers.py): the spans a statistical `ner` might propose are
set on the doc before the rules run. Every row is invented; no pattern lists its names.
"""
import pytest



def records(filter_nlp, text, model):
    """The entity records of `text` when a model before the ruler found `model`: (substring, label)
    pairs, each at the substring's first occurrence, or at its (start, end) characters."""
    doc = filter_nlp.make_doc(text)
    spans = []
    for sub, label, *at in model:
        start = at[0] if at else text.index(sub)
        spans.append(doc.char_span(start, start + len(sub), label=label))
    doc.ents = spans
    for _, proc in filter_nlp.pipeline:
        doc = proc(doc)
    return doc._.opstally_entities


def kb_of(recs, text, label="FORCE"):
    return [r["kb_id"] for r in recs if r["text"] == text and r["label"] == label]


@pytest.mark.parametrize("text,name,full,kb", [
    ("The Zarqa Lions regiment of the PMF killed two ISIS members.", "Zarqa Lions", "Zarqa Lions regiment", "PMF"),
    ("The Qasr Falcons battalion of the Iraqi army cleared the valley.", "Qasr Falcons", "Qasr Falcons battalion",
     "IRAQI-ARMY"),
    ("Fighters of the Hawran Wolves brigade, part of the SDF, held the ridge.", "Hawran Wolves",
     "Hawran Wolves brigade", "SDF"),
    ("The Peshmerga's Gara Tigers company repelled the attack on the post.", "Gara Tigers", "Gara Tigers company",
     "PESHMERGA"),
])
def test_ner_units12_unit_noun_after_model_name_takes_parent(filter_nlp, text, name, full, kb):
    assert kb_of(records(filter_nlp, text, [(name, "FORCE")]), full) == [kb]


@pytest.mark.parametrize("text,full,short,kb", [
    ("The Kobani Hawks Regiment of the SDF repelled an attack. Kobani Hawks fighters killed 3.",
     "Kobani Hawks Regiment", "Kobani Hawks", "SDF"),
    ("The Zab Eagles Brigade of the PMF arrested four. The Zab Eagles said the cell planned attacks.",
     "Zab Eagles Brigade", "Zab Eagles", "PMF"),
    ("The Tigris Knights Battalion, part of the Hashd, defused 12 bombs. Tigris Knights engineers cleared the road.",
     "Tigris Knights Battalion", "Tigris Knights", "PMF"),
    ("The Sabr Shield Regiment of the Iraqi army searched the wadi. Sabr Shield troops later found a tunnel.",
     "Sabr Shield Regiment", "Sabr Shield", "IRAQI-ARMY"),
])
def test_ner_units12_short_repeat_takes_full_names_id(filter_nlp, text, full, short, kb):
    model = [(full, "FORCE"), (short, "FORCE", text.rindex(short))]
    recs = records(filter_nlp, text, model)
    assert kb_of(recs, full) == [kb] and kb_of(recs, short) == [kb]


@pytest.mark.parametrize("text,long_name,short", [
    ("The Free Syrian Army shelled the town. The Syrian Army said it lost two men.", "Free Syrian Army",
     "Syrian Army"),
    ("The Hamza Martyrs Brigade fought ISIS. The Hamza Division was not there.", "Hamza Martyrs Brigade",
     "Hamza Division"),
    ("The Qara Lions Regiment of the PMF held the hill. The Lions of Qara said nothing.", "Qara Lions Regiment",
     "Lions of Qara"),
    ("The Amuda Guards Brigade of the SDF held the road. Amuda police arrested a man.", "Amuda Guards Brigade",
     "Amuda police"),
])
def test_ner_units12_other_name_keeps_its_own_id(filter_nlp, text, long_name, short):
    recs = records(filter_nlp, text, [(long_name, "FORCE"), (short, "FORCE", text.rindex(short))])
    longs, shorts = [r["kb_id"] for r in recs if r["text"] == long_name], [r["kb_id"] for r in recs if r["text"] == short]
    assert not shorts or not longs or shorts[0] != longs[0]


@pytest.mark.parametrize("text,name", [
    ("Hashd units and the Iraqi army searched the orchards.", "Hashd"),
    ("The Sabah Lions units of the PMF searched the orchards.", "Sabah Lions"),
    ("The Nahr Hawks brigades of the PMF searched the orchards.", "Nahr Hawks"),
    ("The Jadid Tigers forces of the PMF searched the orchards.", "Jadid Tigers"),
])
def test_ner_units12_plural_unit_noun_is_not_joined(filter_nlp, text, name):
    texts = [r["text"] for r in records(filter_nlp, text, [(name, "FORCE")])]
    assert not any(t.startswith(name + " ") for t in texts)
