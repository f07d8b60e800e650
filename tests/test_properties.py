"""Property tests: for any Unicode text the pipeline does not fail, and every offset in the
record points at the text it quotes."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opstally.records import doc_to_record

NEWSY = st.sampled_from(["The ISF", " destroyed ", "ten", " Isis", " tunnels", " in Anbar", ". ", "\n", "\r\n",
                         "Daesh", " killed ", "over 1,200", " militants", " by the SDF", ", capturing ", "dozens",
                         " of ", "Peshmerga", " were ", "wounded", "\u200d", "\u202e", "ابو كمال", "🙂", "\x00",
                         "\t", "Operation Victory Will", " km²", "-", "’s", "  "])
TEXTS = st.one_of(st.text(), st.lists(NEWSY, max_size=40).map("".join),
                  st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300))


def _check_offsets(text, rec):
    assert rec["text"] == text
    for e in rec["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    for ev in rec["events"]:
        for key in ("count", "item", "actor", "trigger"):
            if ev.get(key):
                assert text[ev[key]["start"]:ev[key]["end"]] == ev[key]["text"]
        assert 0 <= ev["sentence"]["start"] <= ev["count"]["start"] < ev["count"]["end"] <= ev["sentence"]["end"] <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_properties_any_text_offsets_true(nlp, text):
    _check_offsets(text, doc_to_record(nlp(text), "p"))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(["", " ", "\n\n", "\r\n\t ", "\u200b"]))
def test_properties_empty_and_whitespace(nlp, text):
    rec = doc_to_record(nlp(text), "p")
    assert rec["entities"] == [] and rec["events"] == []
