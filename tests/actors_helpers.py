"""What the actor tests share: the event of one count in a text, and the row runner of their tables."""
from opstally.ids import family

BY_FAMILY = ("actor", "affected")  # check_row keys read as the family of "<key>_id"


def event_for(nlp, text, count):
    doc = nlp(text)
    found = [e for e in doc._.opstally_events if e["count"]["text"] == count]
    assert found, f"no event for {count!r} in {text!r}: {doc._.opstally_events}"
    return found[0]


def check_row(nlp, text, count, **expected):
    """One table row: the event of `count` in `text` says each of `expected`. `actor` and `affected`
    are the families of its actor_id / affected_id (None: no id); any other key (`actor_id`,
    `affected_id`, `action`, `operation_id`, `province_id` ...) is compared as the record has it."""
    event = event_for(nlp, text, count)
    got = {key: family(event[key + "_id"]) if key in BY_FAMILY else event[key] for key in expected}
    assert got == expected, f"{count!r} in {text!r}: {event}"
