"""`scope._tail_cues`: the text after the last sentence with a count is read for cues only where
it can state the window the figures cover (a `names_window` row's key word); elsewhere it is not
read at all, and what covered_before reads from it is the same."""
import pytest

from opstally.components.scope import _tail_cues, date_cues_v1, grammar_from
from opstally.cues import role, sentence_cues


@pytest.fixture(scope="module")
def grammar():
    return grammar_from(date_cues_v1())


def _scope_cues(cues):
    return [c for c in cues if c.row is not None and role(c) is None]


@pytest.mark.parametrize("tail,covers", [
    (" The figures cover the period from 3 to 9 May, the ministry said.", True),
    (" These numbers covered the past fortnight, officials added.", True),
    (" Since 2019 the brigade has held the area, and on Monday it moved north.", False),
    (" Over the past week, the provincial council met twice in May.", False),
    (" A spokesman declined to comment on Tuesday.\n\nCopyright 2024.", False),
    ("\n\n", False),
])
def test_scope_tail_read_only_where_it_can_name_the_covered_window(grammar, tail, covers):
    text = "Troops killed 4 militants near Hawija." + tail
    read = len("Troops killed 4 militants near Hawija.")
    got = _tail_cues(grammar, text, read, None, None)
    full = sentence_cues(grammar, text, read, len(text), None) if not text[read:].isspace() else []
    if covers:
        assert got == full and any(c.row.get("names_window") for c in _scope_cues(got))
    else:
        assert got == [] and not any((c.row or {}).get("names_window") for c in full)
