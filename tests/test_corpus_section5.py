"""Corpus authoring and validation of ANNOTATION.md section 5 keys: dates, scope, links."""
import pytest

from opstally.corpus.authoring import convert
from opstally.corpus.validate import record_problems

TEXT = "[[ISF|FORCE|ISF]] held 20 men, among them 4 guards. Later [[ISF|FORCE|ISF]] said 20 were held."


def _ev(count, n=1, **extra):
    return {"action": "capture", "count": count, "count_n": n, "value": int(count), "actor": "ISF",
            "actor_id": "ISF", **extra}


def _record(events, **doc):
    return convert({"id": "s5", "text": TEXT, "events": events, **doc})


def test_corpus_section5_keys_copied_and_scope_filled():
    rec = _record([_ev("20", date="2024-03-03", date_precision="day"), _ev("4", part_of=0),
                   _ev("20", 2, same_as=0, scope="period", period_start="2024-03-01",
                       date="2024-03-05", date_precision="week")],
                  date="2024-03-05", meta={"published": "2024-03-05"}, register="wire", split="dev")
    first, part, repeat = rec["events"]
    assert rec["date"] == "2024-03-05"
    assert rec["meta"] == {"published": "2024-03-05", "register": "wire", "split": "dev"}
    assert (first["scope"], first["date"], first["date_precision"]) == ("incident", "2024-03-03", "day")
    assert part["part_of"] == 0 and "same_as" not in part and "date" not in part
    assert (repeat["same_as"], repeat["scope"], repeat["period_start"]) == (0, "period", "2024-03-01")
    assert record_problems(rec) == []


def test_corpus_section5_record_without_date_key_has_none():
    rec = _record([_ev("20")])
    assert "date" not in rec and "meta" not in rec and record_problems(rec) == []


@pytest.mark.parametrize("events,doc,problem", [
    ([_ev("20", scope="weekly")], {}, "scope"),
    ([_ev("20", date="2024-02-30", date_precision="day")], {}, "ISO date"),
    ([_ev("20", date="3 March 2024", date_precision="day")], {}, "ISO date"),
    ([_ev("20", date="2024-03-03")], {}, "date_precision"),
    ([_ev("20", date="2024-03-03", date_precision="hour")], {}, "date_precision"),
    ([_ev("20", date="2024-03-03", date_precision="week", period_start="2024-04-01")], {}, "after"),
    ([_ev("20", same_as=0)], {}, "itself"),
    ([_ev("20", part_of=3)], {}, "index"),
    ([_ev("20", part_of="0")], {}, "index"),
    ([_ev("20", same_as=1), _ev("20", 2)], {}, "earlier"),
    ([_ev("20"), _ev("20", 2, same_as=0), _ev("4", same_as=1)], {}, "first mention"),
    ([_ev("20")], {"date": "05/03/2024"}, "record date"),
])
def test_corpus_section5_problems(events, doc, problem):
    probs = record_problems(_record(events, **doc))
    assert any(problem in p for p in probs), probs


@pytest.mark.parametrize("label,kb_id", [("PERSON", None), ("ORG", None), ("ORG", "UN"), ("PERSON", "yahya-rasool")])
def test_corpus_section5_extra_labels_accepted(label, kb_id):
    rec = {"id": "p", "text": "Yahya Rasool said.", "entities": [{"start": 0, "end": 12, "label": label,
                                                                  "text": "Yahya Rasool", "kb_id": kb_id}]}
    assert record_problems(rec) == []
