"""A dateline without a year takes the year of a page mark ("© 2019") also from a footer far down
the page, past the first 800 characters (docs/record-format.md, "Where the record `date` comes
from"); a weekday the mark contradicts, or a year the running text names, still gives none."""
import pytest

from opstally.extract import extract_records
from opstally.inputs import InputDoc

FILLER = ("Residents said the roads around the villages were still mined and that families had not yet "
          "returned to their homes, according to local officials who asked not to be named. ") * 8


def _record(nlp, text):
    (rec,) = extract_records(nlp, [InputDoc("t", text, {})])
    return rec


@pytest.mark.parametrize("top,footer,expected", [
    ("BAGHDAD, March 5 (Reuters) - Iraqi forces killed 5 militants in Anbar.", "© 2019 Reuters", "2019-03-05"),
    ("Tuesday, 5 March | Iraqi troops killed 4 Daesh gunmen near Tarmiyah.", "Copyright 2017–2019 INA. All rights "
     "reserved.", "2019-03-05"),
    ("ERBIL, Nov. 9 (Rudaw) — Peshmerga units defused 7 bombs near Makhmour.", "Share this · (c) Rudaw 2021",
     "2021-11-09"),
    ("QAMISHLI, Aug. 21 (ANHA) — SDF fighters detained 12 suspects in Hasakah.", "Privacy | COPYRIGHT © 2022 ANHA",
     "2022-08-21"),
])
def test_dates_footer_page_year_far_down_dates_a_yearless_dateline(nlp, top, footer, expected):
    text = f"{top}\n{FILLER}\n{footer}"
    assert text.index(footer) > 800
    rec = _record(nlp, text)
    assert rec["date"] == expected
    assert all(e["date"] is not None for e in rec["events"])


@pytest.mark.parametrize("top,footer", [
    ("Tuesday, 5 March | Troops killed 4 gunmen near Tarmiyah.", "© 2020 INA"),  # 5 March 2020: a Thursday
    ("Monday, 5 March | Troops killed 4 gunmen near Tarmiyah.", "Copyright 2019 INA"),  # 2019: a Tuesday
    ("BAGHDAD, March 5 (Reuters) - Iraqi forces killed 5 militants.", "The offensive began in 2019."),
    ("Mar 5 — The coalition struck 3 tunnels in the Hamrin hills.", "The floods of 2023 cut the road."),
])
def test_dates_footer_without_an_agreeing_page_year_is_null(nlp, top, footer):
    rec = _record(nlp, f"{top}\n{FILLER}\n{footer}")
    assert rec["date"] is None and all(e["date"] is None for e in rec["events"])


def test_dates_footer_page_year_needs_no_events(nlp):
    """A page whose counts are none still gets its record date from the footer."""
    rec = _record(nlp, f"BAGHDAD, March 5 (Reuters) - Talks went on in Baghdad.\n{FILLER}\n© 2019 Reuters")
    assert rec["date"] == "2019-03-05"
