"""add_opstally_components drops the tokenizer's digit emoticons, so a bracketed count reads as a
count in any English pipeline ("(8)" is "(" + the smiley "8)" to spaCy's English exceptions)."""
import pytest
import spacy

from opstally.pipeline import add_opstally_components


@pytest.mark.parametrize("text,digit", [
    ("Wanted persons arrested (8)", "8"),
    ("the arrest of (8) terrorists", "8"),
    ("Hideouts burned (8).", "8"),
    ("the seizure of (3) belts", "3"),
])
def test_pipeline_count_tokens_bracketed_digit_is_its_own_token(text, digit):
    nlp = add_opstally_components(spacy.blank("en"))
    assert digit in [t.text for t in nlp.make_doc(text)]


def test_pipeline_count_tokens_blank_english_had_the_smiley():
    # the case the change is for: without opstally's components the digit is glued to the bracket
    assert "8)" in [t.text for t in spacy.blank("en").make_doc("arrested (8)")]
