"""The array-based readers agree with spaCy's Token, Span and Doc.ents."""
import pytest
import spacy
from spacy.tokens import Span

from opstally.components.entities import _entity_tuples
from opstally.tokens import TokenView, view, write_ents

TEXTS = [
    "The ISF destroyed ten Isis command centers in Anbar.",
    "  Leading spaces,\n\ttabs\r\nand CRLF  ",
    "U.S.-led coalition's 3rd Brigade; ‘quoted’ (bracketed) words…",
    "عمليات في الأنبار 😀 e\u0301 zero\u200dwidth",
    "",
    " ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_view_matches_token_attributes(nlp, text):
    doc = nlp(text)
    tv = TokenView(doc)
    assert tv.lower == [t.lower_ for t in doc]
    for t in doc:
        i = t.i
        assert (tv.text(i), tv.idx(i), tv.is_alpha(i), tv.is_space(i), tv.is_quote_or_bracket(i)) == \
            (t.text, t.idx, t.is_alpha, t.is_space, t.is_quote or t.is_bracket)
        assert tv.lemma(i) == (t.lemma_.lower() or t.lower_)
        for end in range(i + 1, min(len(doc), i + 6) + 1):
            span = doc[i:end]
            assert tv.char_span(i, end) == (span.start_char, span.end_char, span.text)


def test_tokens_view_remade_when_tokens_change(nlp):
    doc = nlp("the Popular Mobilisation Forces attacked")
    first = view(doc)
    assert view(doc) is first
    with doc.retokenize() as retok:
        retok.merge(doc[1:4])
    assert view(doc).lower == ["the", "popular mobilisation forces", "attacked"]


def _ent_rows(doc):
    return [(e.start, e.end, e.label_, e.id_, e.kb_id) for e in doc.ents]


def test_tokens_entity_tuples_and_write_ents_match_doc_ents():
    nlp = spacy.blank("en")
    doc = nlp("a b c d e f g h")
    doc.ents = [Span(doc, 0, 2, label="FORCE", span_id="ISF"), Span(doc, 3, 4, label="PROVINCE", kb_id="IQ-AN"),
                Span(doc, 5, 8, label="LOCATION")]
    tuples = _entity_tuples(doc)
    assert [(s, e, lab, i) for s, e, lab, i, _ in tuples] == [(0, 2, "FORCE", "ISF"), (3, 4, "PROVINCE", ""),
                                                              (5, 8, "LOCATION", "")]
    copy = nlp("a b c d e f g h")
    strings = nlp.vocab.strings
    write_ents(copy, [(s, e, strings.add(lab), strings.add(i) if i else 0, kb) for s, e, lab, i, kb in tuples])
    assert _ent_rows(copy) == _ent_rows(doc)
    assert [t.ent_iob_ for t in copy] == [t.ent_iob_ for t in doc]


@pytest.mark.parametrize("text", ["One sentence here. Another one!\nA headline\n\nThen more", "Single", "a b c"])
def test_tokens_sentence_bounds_match_doc_sents(nlp, text):
    from opstally.tokens import sentence_bounds

    doc = nlp(text)
    assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
    bare = spacy.blank("en")(text)
    assert sentence_bounds(bare) == [(0, len(bare))]  # no boundaries: the whole doc
    if len(bare) > 2:
        bare[2].is_sent_start = True
        assert sentence_bounds(bare) == [(s.start, s.end) for s in bare.sents]


@pytest.mark.parametrize("text", [
    "Troops cleared 4 villages. Gen. Karim said 9 militants died.\nHEADLINE LINE\n\nMore text",
    "Police in Mosul arrested 3 suspects on Sept. 4. They were taken to Baghdad!",
    "Kurdish units advanced; two died. Officials confirmed it.",
    "\n\n  A line after blank lines. And \"a quote.\" Then 12 raids (on U.S. orders).",
])
def test_tokens_sentence_bounds_kept_by_the_splitter_match_the_array(nlp, text):
    from opstally.tokens import cached_view, sentence_bounds, sentence_starts_array

    doc = nlp(text)
    kept = cached_view(doc).sent_starts
    assert kept is not None and kept == sentence_starts_array(doc)  # what opstally_sentences wrote
    assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
    doc.user_hooks["sents"] = lambda d: [d[:]]  # a hook wins over the kept starts, as over the array
    assert sentence_bounds(doc) == [(0, len(doc))]


@pytest.mark.parametrize("mark,expected", [
    (None, False),                    # no boundaries, no parse
    (("start", 2, True), True),       # a sentencizer's boundary
    (("start", 2, False), True),      # "not a start" is annotation too
    (("dep", 1, "nsubj"), True),      # a parse
    (("hook", 0, None), True),        # a `sents` user hook
])
def test_tokens_has_sentences_reads_every_kind_of_annotation(mark, expected):
    from opstally.tokens import has_sentences

    doc = spacy.blank("en")("a b c d e")
    if mark is not None:
        kind, i, value = mark
        if kind == "start":
            doc[i].is_sent_start = value
        elif kind == "dep":
            doc[i].dep_ = value
        else:
            doc.user_hooks["sents"] = lambda d: iter([d[:]])
    assert has_sentences(doc) is expected


def test_tokens_has_sentences_on_tiny_docs():
    from opstally.tokens import has_sentences

    nlp = spacy.blank("en")
    assert has_sentences(nlp("")) is False
    assert has_sentences(nlp("Hello")) is True  # spaCy marks a doc's first token as a start


def test_tokens_string_cache_stays_bounded_and_per_store(monkeypatch):
    from opstally import tokens

    monkeypatch.setattr(tokens, "STRING_CACHE_LIMIT", 5)
    a, b = spacy.blank("en"), spacy.blank("en")
    assert view(a("one two three four five six seven")).lower == "one two three four five six seven".split()
    assert len(tokens._strings_cache[0]) == 7
    assert view(a("eight nine ten eleven twelve")).lower == ["eight", "nine", "ten", "eleven", "twelve"]
    assert len(tokens._strings_cache[0]) == 5  # past the limit: started again, not 12
    doc = b("Zyxw only in this vocab")
    assert "zyxw" not in a.vocab.strings
    assert view(doc).lower[0] == "zyxw" and view(doc).text(0) == "Zyxw"  # the cache follows the store


def test_tokens_word_test_runs_once_per_word_and_stays_bounded(monkeypatch):
    from opstally import tokens

    calls = []

    def test(word):
        calls.append(word)
        return word[:1].isdigit()

    wt = tokens.WordTest(test)
    words = ["12", "men", "and", "3", "men", "12"]
    assert wt.where(words) == [0, 3, 5]
    assert sorted(calls) == ["12", "3", "and", "men"]  # each distinct word tested once
    assert wt.where(words) == [0, 3, 5] and len(calls) == 4
    monkeypatch.setattr(tokens, "STRING_CACHE_LIMIT", 2)
    assert wt.where(["7", "x"]) == [0]
    assert len(wt) == 2  # past the limit: started again
