"""Numbers in news-outlet prose that count nothing an action was done to (issue 10, cold batch
train_actors10; ANNOTATION.md section 4: `two countries`, money are no counts): the directions an
attack came from, the provinces a tally spread over, "the two groups" a sentence refers back to, and
money in a named currency ("7,000 US dollars", "Syrian pounds", where "pounds" is no strike verb).

Each row is a short invented text, the number that must not be an event and, where the sentence
has one, a count beside it that must still be one."""
import pytest


def _counts(nlp, text):
    return {e["count"]["text"]: e for e in nlp(text)._.opstally_events}


NOT_COUNTED_NOUNS = [
    ("\"They hit our trench from two directions at once,\" a Peshmerga officer told Rudaw.", "two", None),
    ("Daesh gunmen stormed the outpost from three directions and wounded 4 policemen, police said.", "three", "4"),
    ("Iraqi forces killed 31 militants and detained 77 suspects across five provinces in March.", "five", "77"),
    ("The raids, carried out in four governorates, netted 19 wanted men, the ministry said.", "four", "19"),
    ("Turkish jets struck 9 positions belonging to the two groups in the Zap region.", "two", "9"),
    ("Clashes between the two groups left 6 fighters dead near Manbij.", "two", "6"),
]


@pytest.mark.parametrize("text,number,kept", NOT_COUNTED_NOUNS)
def test_actors10_place_and_side_nouns_are_not_counted(nlp, text, number, kept):
    found = _counts(nlp, text)
    assert number not in found
    if kept is not None:
        assert kept in found


MONEY_IN_A_CURRENCY = [
    ("Shami said the force also confiscated three rifles and 9,500 US dollars during the raid.", "9,500", "three"),
    ("Police seized 2 pistols and 40 million Iraqi dinars from the cell's financier in Kirkuk.", "40 million", "2"),
    ("Asayish found 600,000 Syrian pounds and four grenades hidden in the water tank.", "600,000", "four"),
    ("The suspects were carrying 12,000 American dollars and 3 forged identity cards.", "12,000", None),
    ("In Deir ez-Zor the Syrian pound traded at 14,800 to the dollar on Monday.", "14,800", None),
]


@pytest.mark.parametrize("text,money,kept", MONEY_IN_A_CURRENCY)
def test_actors10_money_after_a_country_word_is_no_count(nlp, text, money, kept):
    found = _counts(nlp, text)
    assert money not in found
    if kept is not None:
        assert found[kept]["action"] == "seize"


# the guard stays narrow: a count of things an action was done to is still counted
STILL_COUNTED = [
    ("Army units cleared 14 villages in two days.", "14", "clear"),
    ("The SDF said its fighters arrested 3 members of two ISIS cells in Hasakah.", "3", "capture"),
    ("Coalition aircraft pounded ISIS positions, destroying 6 fighting positions.", "6", "destroy"),
    ("Iraqi jets struck 11 targets in the Hamrin mountains.", "11", "strike"),
]


@pytest.mark.parametrize("text,count,action", STILL_COUNTED)
def test_actors10_counted_things_stay_events(nlp, text, count, action):
    assert _counts(nlp, text)[count]["action"] == action
