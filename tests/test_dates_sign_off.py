"""The document date a statement gives only at its foot (components/sign_off.py)."""
import pytest

from opstally.extract import extract_records
from opstally.inputs import InputDoc

FILLER = "The ministry renewed its call on citizens to cooperate with the security services and to report any suspicious movement. "
# a statement longer than the head a dateline is looked for in (dataset.HEAD_CHARS)
BODY = "Republic of Iraq\nMinistry of Interior\n\nPolice units arrested 6 suspects in Tarmiyah on Tuesday.\n\n" + FILLER * 8 + "\n\n"


def _date(nlp, text, meta=None):
    (rec,) = extract_records(nlp, [InputDoc("t", text, meta or {})])
    return rec["date"]


@pytest.mark.parametrize("foot,expected", [
    ("Ministry of Defence\n1 September 2024", "2024-09-01"),
    ("Media Office\nBaghdad, 3 January 2021", "2021-01-03"),
    ("Issued on 14/2/2022", "2022-02-14"),
    ("Date: March 9, 2023\nSecurity Media Cell", "2023-03-09"),
    ("The General Command\n12 June 2019.", "2019-06-12"),
])
def test_dates_sign_off_dates_an_undated_statement(nlp, foot, expected):
    assert _date(nlp, BODY + foot) == expected


@pytest.mark.parametrize("foot", [
    "Two soldiers were wounded on 3 March 2019.",  # a sentence ending on a date dates an incident
    "Read also:\nArmy kills 5 militants in Anbar\n3 January 2021",  # a link list's date
    "Related news\n- Peshmerga clear 3 villages\n14 April 2021",
    "The operation began in March 2019.",  # no day
    "Ministry of Defence\nSeptember 2024",
])
def test_dates_sign_off_not_a_sign_off(nlp, foot):
    assert _date(nlp, BODY + foot) is None


def test_dates_sign_off_metadata_and_dateline_win(nlp):
    foot = "Ministry of Defence\n1 September 2024"
    assert _date(nlp, BODY + foot, {"published": "2024-09-02"}) == "2024-09-02"
    assert _date(nlp, "BAGHDAD, Aug. 30, 2024 (Agency) - Police arrested 6 suspects.\n\n" + foot) == "2024-08-30"


def test_dates_sign_off_beyond_the_last_lines_is_not_read(nlp):
    foot = "Ministry of Defence\n1 September 2024\n\nThe ministry thanked the tribes.\nIt urged citizens to report.\nGlory to our martyrs."
    assert _date(nlp, BODY + foot) is None
