"""What the actor tests share: the event of one count in a text."""


def event_for(nlp, text, count):
    doc = nlp(text)
    found = [e for e in doc._.opstally_events if e["count"]["text"] == count]
    assert found, f"no event for {count!r} in {text!r}: {doc._.opstally_events}"
    return found[0]
