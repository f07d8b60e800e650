"""One reading of "the document's year" (components/backdrop.py `doc_year`), for both of its
uses: an operation told in an earlier year (backdrop) and a history sentence that keeps the
force the text is about (`Context._background`). The metadata date's year wins over a later
year the text names (a plan); without one, a year inside a numeric date counts."""
import pytest

from opstally.components.backdrop import doc_year
from opstally.extract import extract_records
from opstally.ids import family
from opstally.inputs import InputDoc


@pytest.mark.parametrize("date,text,expected", [
    ("2019-06-20", "Troops cleared 3 villages; the city is to be rebuilt by 2025.", 2019),
    (None, "Troops cleared 3 villages, as they did in 2014 and 2016.", 2016),
    (None, "05/03/2023 | Troops cleared 3 villages, as they did in 2015.", 2023),
    (None, "Release No. 20200810-01: troops cleared 3 villages.", None),
    ("not a date", "Troops cleared 3 villages in 2018.", 2018),
])
def test_backdrop_doc_year_reading(date, text, expected):
    assert doc_year(date, text) == expected


def _actor(nlp, text, count, meta):
    (rec,) = extract_records(nlp, [InputDoc("t", text, meta)])
    return family(next(e for e in rec["events"] if e["count"]["text"] == count)["actor_id"])


# last year's review is no history even when the text names a later plan; a year two before the
# date in a numeric date line is
@pytest.mark.parametrize("text,count,meta,actor", [
    ("The army cleared 3 villages. In 2018, the SDF carried out dozens of raids in Raqqa. A further 12 "
     "suspects were detained. The council aims to rebuild the town by 2025.", "12", {"date": "2019-06-20"}, "SDF"),
    ("The PMF cleared 3 villages. In 2021 the Peshmerga took over the hills. A further 6 suspects were "
     "detained. Reconstruction is due to finish in 2026.", "6", {"published": "2022-03-01"}, "KRG"),
    ("Asayish units searched al-Hol camp. In 2022 the Iraqi army sealed the border crossing. Another 7 "
     "suspects were detained. A new wall is planned for 2027.", "7", {"datetime": "May 02, 2023 09:10"}, "ISF"),
    ("05/03/2023 | Iraqi troops cleared 3 villages near Hit. In 2015, the Peshmerga held the hills. A "
     "further 6 suspects were detained.", "6", {}, "ISF"),
    ("Posted 2023-02-07 08:10\nPMF fighters destroyed 8 hideouts in the Mutaibija basin. The basin saw heavy "
     "fighting in 2016, when the Iraqi army retook it. During the sweep, 50 mortar rounds were found.", "50", {},
     "PMF"),
])
def test_backdrop_doc_year_history_sentence(nlp, text, count, meta, actor):
    assert _actor(nlp, text, count, meta) == actor


@pytest.mark.parametrize("text,expected", [  # a dotted date's year counts like a slashed one's
    ("Security Council – Press statement, 15.01.2024. Troops cleared 3 villages in 2017.", 2024),
    ("11.09.2023 | The army destroyed 4 hideouts, as it did in 2016.", 2023),
    ("Published 1.9.2022 – police arrested 6 suspects wanted since 2014.", 2022),
    ("Statement of 03.7.2021: the SDF detained 9 men, as in 2019.", 2021),
    ("Rules v3.11.2019 apply: troops cleared 3 villages in 2016.", 2016),  # a version number, no date
])
def test_backdrop_doc_year_dotted_date(text, expected):
    assert doc_year(None, text) == expected
