"""What the section 5 tests (scope, links) share: a text's events as `opstally extract`
gives them for a document published on a given day."""
from opstally.extract import extract_records
from opstally.inputs import InputDoc


def published_events(nlp, text, published):
    (rec,) = extract_records(nlp, [InputDoc("t", text, {"published": published})])
    return rec["events"]


def published_event(nlp, text, count, published):
    """The first event counted by the count text `count` (StopIteration when none)."""
    return next(e for e in published_events(nlp, text, published) if e["count"]["text"] == count)


def by_count(nlp, text, key, published="2024-06-10"):
    """Each event's `key` ("scope", "action", "part_of" ...), keyed by its count's text."""
    return {e["count"]["text"]: e[key] for e in published_events(nlp, text, published)}


def scopes_by_count(nlp, text, published="2024-06-10"):
    """Each event's scope, keyed by its count's text."""
    return by_count(nlp, text, "scope", published)


def scope_of(nlp, text, count, published="2024-06-10"):
    """The scope of the event counted by `count`; fails with every scope found when absent."""
    scopes = scopes_by_count(nlp, text, published)
    assert count in scopes, scopes
    return scopes[count]


def nth_index(events, count, n=1):
    """The index of the n-th event counted by the count text `count` (IndexError when fewer)."""
    return [i for i, e in enumerate(events) if e["count"]["text"] == count][n - 1]


def nth_event(events, count, n=1):
    """The n-th event counted by the count text `count`."""
    return events[nth_index(events, count, n)]
