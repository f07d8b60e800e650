"""What the NER filter tests share: the rules pipeline with the filter after the ruler, and the
entity records of a text as if a statistical `ner` before the ruler had proposed given spans."""
from opstally.pipeline import build_rules_pipeline


def filter_pipeline():
    """The rules pipeline as a trained one runs it: units keep the rules' reading, the filter after the ruler."""
    nlp = build_rules_pipeline()
    nlp.replace_pipe("opstally_ruler", "opstally_ruler", config={"ents_priority": "rules_but_units"})
    nlp.add_pipe("opstally_ner_filter", after="opstally_ruler")
    return nlp


def entities(nlp, text, model):
    """The entity records of `text` when a model before the ruler found `model`: (substring,
    label) pairs, each the substring's first occurrence."""
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(sub), text.index(sub) + len(sub), label=label) for sub, label in model]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e["text"], e["label"]) for e in doc._.opstally_entities]


def labelled(nlp, text, model, label):
    """The texts of the entity records labelled `label` (see `entities`)."""
    return [t for t, lab in entities(nlp, text, model) if lab == label]


def kept(nlp, text, name, label):
    """Whether a record labelled `label` holds `name` when a model before the ruler proposed `name` with
    that label (see `entities`)."""
    return any(name in t and lab == label for t, lab in entities(nlp, text, [(name, label)]))
