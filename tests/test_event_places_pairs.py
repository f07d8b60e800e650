"""A list of place-count pairs ("Anbar 12, Diyala 9") gives each count the place before it, not the
next pair's (docs/operation-rule.md, decision 14). Each row: an invented text, a count, its province."""
import pytest

from actors_helpers import check_row

PAIRS = [
    ("Iraqi forces killed 30 militants last week (Nineveh 11, Salahuddin 10, Diyala 9).", "11", "IQ-NI"),
    ("Iraqi forces killed 30 militants last week (Nineveh 11, Salahuddin 10, Diyala 9).", "10", "IQ-SD"),
    ("Security forces arrested 21 suspects on Monday: Anbar 12, Diyala 9.", "12", "IQ-AN"),
    ("The SDF detained 14 people in raids this week (Raqqa 8 and Deir ez-Zor 6).", "8", "SY-RA"),
    ("Counter-terrorism units destroyed 17 hideouts across the north - Kirkuk 10, Salahuddin 7 - the "
     "statement said.", "10", "IQ-KI"),
    ("Police seized 40 rockets, Basra 22, Maysan 18, officials said.", "22", "IQ-BA"),
]


@pytest.mark.parametrize("text,count,province_id", PAIRS)
def test_event_places_pair_takes_the_place_before_its_count(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# no pair: a place before the count that does not open a list member, or a count that goes on
NOT_PAIRS = [
    # "in Kirkuk" opens no list member and the count goes on: the clause's place after it
    ("The army said that in Kirkuk 2 policemen were wounded by gunmen near Tuz Khurmatu.", "2", "IQ-SD"),
    ("Troops stormed a hideout in Anbar on Monday and killed 6 militants near Rutba.", "6", "IQ-AN"),
]


@pytest.mark.parametrize("text,count,province_id", NOT_PAIRS)
def test_event_places_no_pair_keeps_the_clause_place(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)
