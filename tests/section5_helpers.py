"""What the section 5 tests (scope, links) share: a text's events as `opstally extract`
gives them for a document published on a given day."""
from opstally.extract import extract_records
from opstally.inputs import InputDoc


def published_events(nlp, text, published):
    (rec,) = extract_records(nlp, [InputDoc("t", text, {"published": published})])
    return rec["events"]
