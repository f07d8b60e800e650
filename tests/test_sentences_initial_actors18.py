"""A capital initial after a name word ("Col. Myles B. Caggins", "Capt. Ali K. Hamdani") ends no sentence,
so a count and the spokesman after it stay in one sentence (branch actors18, docs/actor-rule.md decision 34's
speaker rules read "…, said Col. X B. Y, spokesman for the coalition"). A sentence that ends with a capital
initial after a lower-case word still ends."""
import pytest

from opstally.pipeline import build_rules_pipeline  # noqa: F401  (the nlp fixture builds it)

ONE_SENTENCE = [
    "Nine militants were killed, said Col. Myles B. Caggins, a coalition spokesman.",
    "The raid netted 3 suspects, Capt. Ali K. Hamdani told reporters on Sunday.",
    "Police Chief Saad J. Mahmoud said 2 gunmen were arrested near Baiji.",
    "Four soldiers were wounded, according to spokesman Yehia R. Rasool of the Security Media Cell.",
]

TWO_SENTENCES = [
    "The convoy was hit near checkpoint B. Two soldiers died.",
    "Troops cleared sector C. They found 4 caches.",
    "The drone struck near gate A. Three fighters were wounded.",
    "Engineers worked in zone D. Nine devices were defused.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_sentences_initial_after_a_name_ends_nothing(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text", TWO_SENTENCES)
def test_sentences_initial_after_a_common_word_ends_the_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 2
