"""`opstally_sentences`: where news text ends a sentence and where it does not."""
import pytest


@pytest.mark.parametrize("text,n", [
    ("Between Feb. 24 and March 2, coalition jets flew 196 strikes. Near Baghuz, 4 strikes hit caves.", 2),
    ("On Sept. 3 the army killed 5 militants near Mosul.", 1),
    ("Police said on Dec. 14 that 9 suspects were held in Kirkuk. The raid was the third this week.", 2),
    ("Forces were sent in Jan. The sweep ended in March.", 2),
    ("Lt. Col. Ahmed said 12 men were held. No. 5 Brigade moved.", 2),
])
def test_sentences_month_abbreviations_and_titles(nlp, text, n):
    assert len(list(nlp(text).sents)) == n
