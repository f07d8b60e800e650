import pytest
import spacy

from opstally.numbers import read_quantity

TOKENIZER = spacy.blank("en").tokenizer

# phrase, expected count text (None: no quantity), value, bound, unit
TABLE = [
    ("11 tunnels", "11", 11, "exact", None),
    ("4,800 square kilometers", "4,800", 4800, "exact", "km2"),
    ("about 4,800 square kilometers", "about 4,800", 4800, "approx", "km2"),
    ("nearly 5,000 kilometers", "nearly 5,000", 5000, "at_most", "km"),
    ("almost 5,000 km", "almost 5,000", 5000, "at_most", "km"),
    ("over one hundred jihadists", "over one hundred", 100, "at_least", None),
    ("more than 1,000 fighters", "more than 1,000", 1000, "at_least", None),
    ("at least 12 civilians", "at least 12", 12, "at_least", None),
    ("upwards of 300 troops", "upwards of 300", 300, "at_least", None),
    ("no fewer than 40 suspects", "no fewer than 40", 40, "at_least", None),
    ("up to 40 km2", "up to 40", 40, "at_most", "km2"),
    ("fewer than 20 militants", "fewer than 20", 20, "at_most", None),
    ("less than 50 km²", "less than 50", 50, "at_most", "km2"),
    ("under 30 vehicles", "under 30", 30, "at_most", None),
    ("as many as 200 fighters", "as many as 200", 200, "at_most", None),
    ("around 60 villages", "around 60", 60, "approx", None),
    ("approximately 3,500 sq km", "approximately 3,500", 3500, "approx", "km2"),
    ("some 250 families", "some 250", 250, "approx", None),
    ("roughly 90 hideouts", "roughly 90", 90, "approx", None),
    ("an estimated 300 fighters", "an estimated 300", 300, "approx", None),
    ("ten others", "ten", 10, "exact", None),
    ("one soldier", "one", 1, "exact", None),
    ("two elements", "two", 2, "exact", None),
    ("three car bombs", "three", 3, "exact", None),
    ("twelve suspects", "twelve", 12, "exact", None),
    ("nineteen villages", "nineteen", 19, "exact", None),
    ("twenty-three fighters", "twenty-three", 23, "exact", None),
    ("forty five militants", "forty five", 45, "exact", None),
    ("ninety-nine caves", "ninety-nine", 99, "exact", None),
    ("one hundred fighters", "one hundred", 100, "exact", None),
    ("one hundred and fifty men", "one hundred and fifty", 150, "exact", None),
    ("two thousand five hundred troops", "two thousand five hundred", 2500, "exact", None),
    ("five thousand fighters", "five thousand", 5000, "exact", None),
    ("a hundred militants", "a hundred", 100, "exact", None),
    ("a thousand troops", "a thousand", 1000, "exact", None),
    ("a dozen militants", "a dozen", 12, "exact", None),
    ("two dozen hideouts", "two dozen", 24, "exact", None),
    ("1.5 million people", "1.5 million", 1500000, "exact", None),
    ("2 thousand soldiers", "2 thousand", 2000, "exact", None),
    ("dozens of terrorists", "dozens", 12, "approx", None),
    ("Thousands of soldiers", "Thousands", 1000, "approx", None),
    ("hundreds of fighters", "hundreds", 100, "approx", None),
    ("several deaths", "several", 3, "approx", None),
    ("a few militants", "a few", 3, "approx", None),
    ("tens of militants", "tens", 10, "approx", None),
    ("scores of fighters", "scores", 20, "approx", None),
    ("tens of thousands of people", "tens of thousands", 10000, "approx", None),
    ("hundreds of thousands of residents", "hundreds of thousands", 100000, "approx", None),
    ("several hundred fighters", "several hundred", 300, "approx", None),
    ("a few hundred militants", "a few hundred", 300, "approx", None),
    ("several thousand troops", "several thousand", 3000, "approx", None),
    ("a handful of fighters", "a handful of", 3, "approx", None),
    ("over a dozen vehicles", "over a dozen", 12, "at_least", None),
    ("nearly two dozen tunnels", "nearly two dozen", 24, "at_most", None),
    ("10 to 15 tunnels", "10 to 15", 10, "at_least", None),
    ("10-15 tunnels", "10-15", 10, "at_least", None),
    ("between 5 and 7 vehicles", "between 5 and 7", 5, "at_least", None),
    ("two or three suspects", "two or three", 2, "at_least", None),
    ("five to seven hideouts", "five to seven", 5, "at_least", None),
    ("120 km", "120", 120, "exact", "km"),
    ("35 kilometres of road", "35", 35, "exact", "km"),
    ("12 km2", "12", 12, "exact", "km2"),
    ("600 square kilometres", "600", 600, "exact", "km2"),
    ("a couple of fighters", "a couple of", 2, "approx", None),
    ("half a dozen fighters", "half a dozen", 6, "exact", None),
    ("half a dozen IEDs", "half a dozen", 6, "exact", None),
    ("the militants", None, None, None, None),
    ("many fighters", None, None, None, None),
    ("some militants", None, None, None, None),
    ("few civilians", None, None, None, None),
    ("the third phase", None, None, None, None),
    ("the 14th Brigade", None, None, None, None),
]


def _first(words, lex):
    for i in range(len(words)):
        q = read_quantity(words, i, lex)
        if q is not None:
            return q
    return None


@pytest.mark.parametrize("phrase,text,value,bound,unit", TABLE)
def test_numbers_normalizer_reads_phrasing(lex, phrase, text, value, bound, unit):
    doc = TOKENIZER(phrase)
    q = _first([t.lower_ for t in doc], lex)
    if text is None:
        assert q is None
        return
    assert q is not None
    assert doc[q.start:q.end].text == text
    assert (q.value, q.bound, q.unit) == (value, bound, unit)


def test_numbers_table_is_large_enough():
    assert len(TABLE) >= 60
