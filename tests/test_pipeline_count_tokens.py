"""The tokenizer's digit emoticons ("(8)" is "(" + the smiley "8)" to spaCy's English exceptions) are
dropped in opstally's own pipelines, so a bracketed count reads as a count; a host pipeline that
opstally's components are added to keeps its tokenizer unless it opts in (a keyword or a config callback)."""
import pytest
import spacy

from opstally.pipeline import add_opstally_components, build_rules_pipeline

BRACKETED = [
    ("Wanted persons arrested (8)", "8"),
    ("the arrest of (8) terrorists", "8"),
    ("Hideouts burned (8).", "8"),
    ("the seizure of (3) belts", "3"),
]


def _opted_in_by_config():
    nlp = spacy.blank("en", config={"nlp": {"after_creation": {"@callbacks": "opstally.count_tokens.v1"}}})
    return add_opstally_components(nlp)


@pytest.mark.parametrize("make", [
    lambda: add_opstally_components(spacy.blank("en"), count_tokens=True),
    _opted_in_by_config,
    build_rules_pipeline,
], ids=["keyword", "config_callback", "rules_pipeline"])
@pytest.mark.parametrize("text,digit", BRACKETED)
def test_pipeline_count_tokens_bracketed_digit_is_its_own_token(make, text, digit):
    nlp = make()
    assert digit in [t.text for t in nlp.make_doc(text)]


def test_pipeline_count_tokens_blank_english_had_the_smiley():
    # the case the change is for: without the opt-in the digit is glued to the bracket
    assert "8)" in [t.text for t in spacy.blank("en").make_doc("arrested (8)")]


@pytest.mark.parametrize("text,digit", [row for row in BRACKETED if row[1] == "8"])  # "3)" is no emoticon
def test_pipeline_count_tokens_host_tokenizer_left_alone(text, digit):
    host = spacy.blank("en")
    before = [t.text for t in host.make_doc(text)]
    special_cases = dict(host.tokenizer.rules)
    add_opstally_components(host)
    assert host.tokenizer.rules == special_cases
    assert [t.text for t in host.make_doc(text)] == before
    assert digit not in before  # the host's own tokens keep the smiley
