"""part_of recall classes of the sameas17 round (components/place_shares.py, link_breakdowns.py;
docs/scope-rule.md, sameas17 rulings): a tally broken down sentence by sentence or line by line by place,
an occasion singled out of a tally several sentences on or past a sibling count of another kind, and a
breakdown "of those rescued/freed". Invented phrasings, with negatives."""
import pytest

from section5_helpers import nth_event, nth_index, published_events


def _events(nlp, text):
    return published_events(nlp, text, "2024-03-06")


@pytest.mark.parametrize("text,whole,parts", [
    ("Iraqi forces killed 14 ISIS members and arrested 52 suspects during the past week, the Security Media Cell "
     "said. In Kirkuk, troops arrested 17 wanted persons. In Diyala, 11 suspects were detained in orchards near "
     "Muqdadiya.", "52", ("17", "11")),
    ("ISIS cells have killed 90 people in SDF-held areas since January, the monitor said. In Deir ez-Zor province, "
     "the cells killed 41. In Raqqa province, gunmen killed 23.", "90", ("41", "23")),
    ("The Asayish arrested 61 suspects on terrorism charges in April, its monthly report said.\n- Erbil: 24 suspects detained\n"
     "- Duhok: 20 suspects detained", "61", ("24", "20")),
    ("Iraqi aircraft killed 26 terrorists during the week, the Joint Operations Command said.\n- Wadi Hauran (Anbar): "
     "an F-16 strike hit a cave, killing 9 terrorists.\n- Hamrin mountains: helicopters killed 6 terrorists.",
     "26", ("9", "6")),
])
def test_links_sameas17_place_shares(nlp, text, whole, parts):
    events = _events(nlp, text)
    for part in parts:
        assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,whole,part", [
    ("Police arrested 30 suspects in Kirkuk during the past week. In Hawija, officers arrested 8 more suspects on "
     "Saturday.", "30", "8"),
    ("KIRKUK, March 4 - Police arrested 9 suspects in Kirkuk on Monday. In Daquq, officers seized 20 rifles.",
     "9", "20"),
    ("Troops killed 12 militants in Anbar in February, up from 7 in January. In Rutba, soldiers killed 15 militants "
     "on Monday.", "12", "15"),
    ("Gunmen killed 3 shepherds near Khanaqin on Friday. In Jalawla, a bomb killed 2 soldiers.", "3", "2"),
    ("The Asayish arrested 20 suspects in Sulaimani in March.\n- Kalar: 14 suspects detained\n- Penjwen: 11 suspects detained",
     "20", "11"),
])
def test_links_sameas17_place_shares_not(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] != nth_index(events, whole)


@pytest.mark.parametrize("text,whole,part", [
    ("Iraqi forces killed 52 ISIS militants in March, a tally by the ministry showed. The month also saw 140 "
     "suspects arrested. Army aviation flew 30 sorties. Jets bombed 12 hideouts. The single deadliest operation "
     "came on 9 March, when commandos killed 14 militants near Rutba.", "52", "14"),
    ("Over the past week ISIS attacks killed 8 soldiers and 2 civilians in Kirkuk. The deadliest attack came on "
     "Monday, when a bomb killed 5 soldiers near Dibis.", "8", "5"),
    ("ISIS attacks killed 9 people in Diyala this month. The deadliest came near Khanaqin, where gunmen killed 4 "
     "shepherds.", "9", "4"),
    ("At least 27 people died in bombings in Baghdad in June. The worst attack came on 3 June, when a car bomb "
     "killed 11 passengers at a bus station.", "At least 27", "11"),
])
def test_links_sameas17_occasion_of_a_tally(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,whole,part", [
    ("Over the past week ISIS attacks killed 8 soldiers and 2 civilians in Kirkuk. The deadliest attack came on "
     "Monday, when a bomb killed 3 more soldiers near Dibis.", "8", "3"),
    ("Gunmen killed 6 soldiers near Tuz on Monday. The deadliest attack of the week came on Friday, when a bomb "
     "killed 4 soldiers near Tuz.", "6", "4"),
    ("ISIS attacks killed 9 people in Diyala this month. The deadliest came near Khanaqin, where gunmen killed 12 "
     "shepherds.", "9", "12"),
    ("Iraqi forces killed 40 militants in Anbar in May. The deadliest attack in Nineveh came on 2 May, when a bomb "
     "killed 6 militants in Mosul.", "40", "6"),
])
def test_links_sameas17_occasion_of_a_tally_not(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] != nth_index(events, whole)


@pytest.mark.parametrize("text,whole,part", [
    ("Police rescued 41 kidnapped people in Baghdad in May. Women and children made up 29 of those rescued.",
     "41", "29"),
    ("The army freed 18 hostages near Rutba on Monday. Shepherds made up 7 of those rescued.", "18", "7"),
    ("Police rescued 60 abductees in Diyala this year. Children accounted for 25 of those rescued, police said.",
     "60", "25"),
    ("Security forces evacuated 120 families from Tarmiyah on Sunday. About 70 of those evacuated were children.",
     "120", "About 70"),
])
def test_links_sameas17_of_those_rescued(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,whole,part", [
    ("Police rescued 41 kidnapped people in Baghdad in May. Officers also arrested 12 of the kidnappers.", "41", "12"),
    ("The army freed 18 hostages near Rutba on Monday. On Friday, troops freed 5 more hostages.", "18", "5"),
    ("Police rescued 12 hostages in Kirkuk on Monday. Last year police rescued 90 hostages.", "12", "90"),
    ("Police rescued 12 hostages in Kirkuk. Police rescued 30 of those abducted last year.", "12", "30"),
])
def test_links_sameas17_of_those_rescued_not(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] != nth_index(events, whole)


@pytest.mark.parametrize("text,first,repeat", [
    ("Two soldiers killed in ISIS attack on Mutaibija outpost\n\nISIS militants attacked an army outpost in the "
     "Mutaibija basin on the border between Salahuddin and Diyala overnight, killing two soldiers.", "Two", "two"),
    ("Iraqi jets kill seven ISIS militants in Hamrin mountains\n\nIraqi F-16s struck a hideout in the Hamrin "
     "mountains on the border of Kirkuk and Salahuddin provinces, killing seven militants.", "seven", "seven"),
    ("Police seize 5 rocket launchers near Tarmiyah\n\nPolice found 5 rocket launchers in an orchard between "
     "Tarmiyah in Baghdad and Dujail in Salahuddin, a source said.", "5", "5"),
    ("Three ISIS suspects arrested in Hawija\n\nSecurity forces arrested three ISIS suspects in raids on villages "
     "in Kirkuk and Salahuddin on Monday, a police source said.", "Three", "three"),
])
def test_links_sameas17_headline_province(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert nth_event(events, repeat, 1 if first != repeat else 2)["same_as"] == nth_index(events, first)


@pytest.mark.parametrize("text,first,repeat", [
    ("Two soldiers killed in ISIS attack in Kirkuk\n\nISIS militants killed two soldiers in Basra on Monday.",
     "Two", "two"),
    ("Three ISIS suspects arrested in Hawija\n\nPolice arrested three more ISIS suspects in Anbar on Tuesday.",
     "Three", "three"),
    ("Iraqi jets kill seven ISIS militants in Hamrin mountains\n\nIn Anbar, troops killed seven militants in Rutba.",
     "seven", "seven"),
    ("Police seize 5 rocket launchers in Mosul\n\nIn Basra, police seized another 5 rocket launchers.", "5", "5"),
])
def test_links_sameas17_headline_province_not(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert nth_event(events, repeat, 1 if first != repeat else 2)["same_as"] != nth_index(events, first)
