"""What a text tells as background (docs/operation-rule.md decisions 5 and 12): an operation dated
by a year right before its name is an earlier campaign that gives its id to no later count; a
headline where a government speaks ("Iraq says ...") is no count over a whole country, and a
dateline's city is no place of a headline's count when the lead names another. Each row: an
invented text, the count and the id its event must carry."""
import pytest

from actors_helpers import check_row


def dated_event(nlp, text, count, date="2024-05-01"):
    doc = nlp.make_doc(text)
    doc._.opstally_date = date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = [e for e in doc._.opstally_events if e["count"]["text"] == count]
    assert found, f"no event for {count!r} in {text!r}"
    return found[0]


# decision 5: "the 2018 Operation X", "2019's X", "X of 2017": a year before the name dates it
YEAR_BEFORE_NAME = [
    "Like the 2018 Operation Dawn Patrol before it, the new sweep aims at the desert. Troops killed 2 militants on Sunday.",
    "The 2019 Quiet Valley offensive drove the cells out. On Monday police arrested 2 suspects near Hawija.",
    "Veterans of 2017's Operation Iron Orchard led the push. Soldiers destroyed 2 hideouts this week.",
    "Much as during the 2016 Operation Blue Gate, the army moved at night. It seized 2 weapons caches.",
]


@pytest.mark.parametrize("text", YEAR_BEFORE_NAME)
def test_backdrop_year_before_name_is_earlier_campaign(nlp, text):
    assert dated_event(nlp, text, "2")["operation_id"] is None


# the same name dated this year, or a running total since a year, is today's operation
YEAR_OF_THIS_DOCUMENT = [
    ("The 2024 Operation Dawn Patrol began on Sunday. Troops killed 2 militants near Rutba.", "dawn-patrol"),
    ("Since 2019 Operation Quiet Valley has run in the hills. Police arrested 2 suspects on Monday.", "quiet-valley"),
    ("Operation Iron Orchard opened at dawn. Soldiers destroyed 2 hideouts, officers said.", "iron-orchard"),
    ("In its 2024 phase, Operation Blue Gate moved into the desert and seized 2 weapons caches.", "blue-gate"),
]


@pytest.mark.parametrize("text,operation_id", YEAR_OF_THIS_DOCUMENT)
def test_backdrop_present_operation_is_carried(nlp, text, operation_id):
    assert dated_event(nlp, text, "2")["operation_id"] == operation_id


# decision 12 and the headline's place: a government that speaks is no country-wide count, and
# the dateline's city gives way to the place the lead names
HEADLINE_PLACES = [
    ("Iraq says nine jihadists killed in raid on caves\n\nBAGHDAD, Oct 15 (AFP) - Iraqi special forces killed "
     "nine jihadists in the Hamrin mountains of northern Diyala, the military said.", "nine", "IQ-DI"),
    ("Syria reports 4 smugglers arrested on border\n\nDAMASCUS (SANA) - Border guards arrested 4 smugglers near "
     "Palmyra in eastern Homs, the ministry said.", "4", "SY-HI"),
    ("Army kills 6 militants in desert raid\n\nBAGHDAD, May 2 (Reuters) - The Iraqi army killed 6 militants near "
     "Rutba in western Anbar on Thursday.", "6", "IQ-AN"),
    ("Police arrest 3 suspects in orchards\n\nKirkuk / Shafaq News - Police arrested 3 suspects in Baquba, "
     "Diyala, on Monday.", "3", "IQ-DI"),
]


@pytest.mark.parametrize("text,count,province_id", HEADLINE_PLACES)
def test_backdrop_headline_takes_lead_place_over_dateline(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# a dateline alone is still the fallback; a count over the whole country has no province
DATELINE_FALLBACK = [
    ("Police arrest 3 suspects\n\nKIRKUK, May 2 (AP) - Police arrested 3 suspects overnight, officials said.", "IQ-KI"),
    ("Army kills 3 militants\n\nDiyala / Shafaq News - The army killed 3 militants at dawn.", "IQ-DI"),
    ("Coalition flew 3 strikes in Iraq and Syria\n\nBAGHDAD - The coalition struck targets in Anbar and Raqqa.", None),
    ("Raids across Iraq net 3 suspects\n\nERBIL (Rudaw) - Forces detained suspects in Kirkuk and Diyala.", None),
]


@pytest.mark.parametrize("text,province_id", DATELINE_FALLBACK)
def test_backdrop_dateline_is_fallback(nlp, text, province_id):
    check_row(nlp, text, "3", province_id=province_id)
