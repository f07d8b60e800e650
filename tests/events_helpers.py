"""What the event class tables share: a text's events as (action, count value, item text),
compared with the rows' expected events regardless of order."""


def events_of(nlp, text):
    return [(e["action"], e["count"]["value"], e["item"]["text"] if e["item"] else None)
            for e in nlp(text)._.opstally_events]


def check(nlp, text, expected):
    """Every event the text must give, and no other."""
    assert sorted(events_of(nlp, text), key=repr) == sorted(expected, key=repr)
