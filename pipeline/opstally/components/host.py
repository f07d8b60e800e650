"""`opstally_host_ents`: room in `doc.ents` for opstally, in a pipeline with its own `ner`.

Added to a host pipeline (an OntoNotes model, say), opstally's ruler runs after the
host's `ner`. By default (`host_ents="keep"` in `add_opstally_components`) the host's
entities stay in `doc.ents` where no pattern overlaps them, so ORG, GPE, PERSON... mix
with FORCE, PROVINCE...; records list only opstally's labels, and a host span over
"Operation X" gives way to the operation rule. With `host_ents="spans"` this component
runs right before the ruler: it moves the host's entities to `doc.spans["host_ents"]`
and empties `doc.ents`, so `doc.ents` holds opstally's entities only.
"""
from spacy.language import Language
from spacy.tokens import Doc

from .stateless import Stateless

HOST_SPANS_KEY = "host_ents"


@Language.factory(
    "opstally_host_ents",
    default_config={"spans_key": HOST_SPANS_KEY},
    requires=["doc.ents"],
    assigns=["doc.ents", "doc.spans"],
)
def make_host_ents(nlp: Language, name: str, spans_key: str) -> "HostEntities":
    return HostEntities(name, spans_key=spans_key)


class HostEntities(Stateless):
    def __init__(self, name: str = "opstally_host_ents", spans_key: str = HOST_SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = list(doc.ents)
        doc.ents = []
        return doc
