"""Long documents: the cost of a document grows with its length, not with its square (a 5 MB
report of ~100k events took minutes). Each lookup that was a pass over the whole document per
count or per name is now a bisection or a running tally; these tables check each against the
pass it replaces; the whole is timed by `make soak` (tests/benchmark/long_docs.py), not here:
speed is measured in the benchmark, never in a timed unit test."""
import random

import pytest

from opstally.components.country_ids import _nearest
from opstally.components.event_places import OpsSeen
from opstally.components.intervals import Intervals
from opstally.components.links import CountStarts
from opstally.components.subjects import UNCOVERED_VIEW, Uncovered, less
from opstally.ids import family



@pytest.mark.parametrize("seed", range(6))
def test_long_documents_intervals_answer_as_a_pass_would(seed):
    rng = random.Random(seed)
    spans = [(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
    index = Intervals(spans)
    for start in range(0, 70):
        for end in range(start + 1, start + 8):
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
            assert index.holds(start, end) == any(s <= start and end <= e for s, e in spans)


@pytest.mark.parametrize("seed", range(6))
def test_long_documents_nearest_place_as_min_picks_it(seed):
    rng = random.Random(seed)
    records = [(rng.randint(0, 50), rng.choice(["IQ", "SY"])) for _ in range(rng.randint(1, 10))]
    places = sorted((start, k, country) for k, (start, country) in enumerate(records))
    starts = [p[0] for p in places]
    for at in range(-2, 55):
        expected = min(((s, c) for s, c in records), key=lambda p: abs(p[0] - at))[1]
        assert _nearest(places, starts, at) == expected


def _most_mentioned(mentions):
    counts, last = {}, {}
    for i, m in enumerate(mentions):
        counts[m["kb_id"]] = counts.get(m["kb_id"], 0) + 1
        last[m["kb_id"]] = i
    return max(counts, key=lambda k: (counts[k], last[k])) if counts else None


@pytest.mark.parametrize("seed", range(6))
def test_long_documents_operations_tallied_as_counted_anew(seed):
    rng = random.Random(seed)
    seen, before = OpsSeen(), []
    for _ in range(rng.randint(0, 15)):
        e = {"kb_id": rng.choice(["OP-A", "OP-B", "OP-C"]), "force_id": rng.choice(["ISF", "PESHMERGA", "SDF", None])}
        seen.add(e)
        before.append(e)
        for fam in ("ISF", "KRG", "SDF"):
            same = [m for m in before if family(m.get("force_id")) in (fam, None)]
            assert seen.any_of((fam, None)) == bool(same)
            assert seen.most_mentioned((fam, None)) == _most_mentioned(same)
        assert seen.most_mentioned() == _most_mentioned(before)
        assert seen.ids == {m["kb_id"] for m in before}


@pytest.mark.parametrize("seed", range(6))
def test_long_documents_sentence_counts_found_as_a_pass_finds_them(seed):
    rng = random.Random(seed)
    events = [{"sentence": rng.choice([None, {"start": 0}, {"start": 30}]), "count": {"start": rng.randint(0, 60)}}
              for _ in range(rng.randint(0, 10))]
    starts = CountStarts(events)
    for ev in events:
        for lo, hi in ((0, 20), (10, 40), (30, 61), (5, 5)):
            key = (ev.get("sentence") or {}).get("start")
            expected = any((e.get("sentence") or {}).get("start") == key and lo <= e["count"]["start"] < hi
                           for e in events)
            assert starts.any_in_sentence(ev, lo, hi) == expected


def test_long_documents_uncovered_is_covered_less_the_removed():
    covered = frozenset({1, 2, 3, 7, 8})
    less = Uncovered(covered, frozenset({2, 8}))
    assert [k for k in range(10) if k in less] == [1, 3, 7]
    assert [k for k in range(10) if k in less - frozenset({3})] == [1, 7]


@pytest.mark.parametrize("size", [3, UNCOVERED_VIEW - 1, UNCOVERED_VIEW, 5 * UNCOVERED_VIEW])
def test_long_documents_less_answers_as_the_difference(size):
    covered = frozenset(range(0, 2 * size, 2))
    removed = frozenset({0, 2, 5})
    view = less(covered, removed)
    assert [k for k in range(2 * size + 2) if k in view] == sorted(covered - removed)
    assert isinstance(view, frozenset) == (size < UNCOVERED_VIEW)
