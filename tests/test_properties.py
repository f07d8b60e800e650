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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_properties_any_text_offsets_true(nlp, offsets_true, text):
    offsets_true(text, doc_to_record(nlp(text), "p"))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(["", " ", "\n\n", "\r\n\t ", "\u200b"]))
def test_properties_empty_and_whitespace(nlp, text):
    rec = doc_to_record(nlp(text), "p")
    assert rec["entities"] == [] and rec["events"] == []
