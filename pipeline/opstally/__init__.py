"""opstally: structured event records from news about security operations in Iraq and Syria.

Importing this package is cheap: spaCy components are registered through entry
points and loaded only when a pipeline asks for them.
"""
__version__ = "0.1.0"

__all__ = ["__version__", "load", "displacy_options", "event_spans", "record_to_displacy"]


def load(model=None, **kwargs):
    """The opstally pipeline: `model` (a package name or path), else the default one."""
    from .pipeline import load_pipeline

    return load_pipeline(model, **kwargs)


def displacy_options(style="ent", doc=None):
    """Options for `spacy.displacy.render`: colours for every opstally label ("ent"), or for
    the event spans that `event_spans` writes ("span"). See opstally.display."""
    from .display import displacy_options as options

    return options(style, doc)


def event_spans(doc, key="opstally_events"):
    """Each event's count, trigger, item and actor as spans in `doc.spans[key]`, for displaCy's span style."""
    from .display import event_spans as spans

    return spans(doc, key)


def record_to_displacy(record):
    """An opstally JSONL record in displaCy's manual "ent" format."""
    from .display import record_to_displacy as convert

    return convert(record)
