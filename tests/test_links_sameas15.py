"""same_as and part_of recall classes (components/links.py, link_breakdowns.py, country_shares.py;
docs/scope-rule.md, sameas15 rulings): repeats that name the same people another way, leave a side
unnamed, set "others" against their own sentence, point back with "the N" or restate in a quote;
"N of them" breakdowns, "Of those arrested, N ..." lists, colon and "and" lists, country shares of a
two-country total. Invented phrasings, with negatives."""
import pytest

from section5_helpers import nth_index, published_events


def _events(nlp, text):
    return published_events(nlp, text, "2024-03-06")


def _link(events, count, key, n=1):
    evs = [e for e in events if e["count"]["text"] == count]
    return evs[n - 1][key]


@pytest.mark.parametrize("text,first,repeat", [
    ("Police detain 6 ISIS suspects in Kirkuk\n\nKirkuk police arrested six members of an ISIS cell on Monday, "
     "a police source said.", "6", "six"),
    ("Two Peshmerga killed in ISIS attack near Kifri\n\nISIS militants attacked an outpost near Kifri on Sunday, "
     "killing two fighters, the ministry said.", "Two", "two"),
    ("SDF: 9 jihadists killed in Hajin raid\n\nThe SDF said its forces killed nine ISIS militants in a raid "
     "near Hajin on Friday.", "9", "nine"),
    ("Iraqi army kills 4 Daesh terrorists in Anbar\n\nIraqi army troops killed four Daesh operatives in the "
     "Anbar desert on Tuesday, the army said.", "4", "four"),
])
def test_links_sameas15_same_as_person_kinds(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert _link(events, repeat, "same_as") == nth_index(events, first)


@pytest.mark.parametrize("text,first,repeat", [
    ("Three soldiers killed near Tarmiyah\n\nISIS militants killed three Iraqi soldiers in an attack near "
     "Tarmiyah on Monday, officials said.", "Three", "three"),
    ("Five PMF fighters killed in Diyala\n\nFive members of the PMF were killed when ISIS gunmen attacked "
     "their post in Diyala on Sunday.", "Five", "Five"),
    ("Two Peshmerga killed, four wounded near Makhmour\n\nTwo Peshmerga fighters were killed and four others "
     "wounded when ISIS attacked their position near Makhmour on Tuesday.", "four", "four"),
    ("Seven soldiers hurt in Anbar blast\n\nA roadside bomb planted by ISIS wounded seven Iraqi soldiers in "
     "Anbar on Friday.", "Seven", "seven"),
])
def test_links_sameas15_same_as_side_unnamed_or_others(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert _link(events, repeat, "same_as", 2 if first == repeat else 1) == nth_index(events, first)


@pytest.mark.parametrize("text,first,repeat", [
    ("Iraqi F-16s killed 3 ISIS members in the Hamrin mountains on Sunday. Ground troops later recovered the 3 "
     "bodies.", "3", "3"),
    ("Iraqi forces killed four ISIS militants in the Hamrin mountains on Sunday. Troops recovered the four "
     "bodies later.", "four", "four"),
    ("ISIS killed 6 soldiers in an ambush near Palmyra on Friday. Among the 6 dead were two officers.", "6", "6"),
    ("Troops killed 4 terrorists in Kirkuk on Monday. Federal Police units killed the 4 in a firefight.", "4", "4"),
])
def test_links_sameas15_same_as_the_n(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert _link(events, repeat, "same_as", 2) == nth_index(events, first)


@pytest.mark.parametrize("text", [
    "Iraqi forces killed 5 militants in Anbar on Sunday. In Nineveh, the army killed 5 militants on Monday.",
    "ISIS killed 3 soldiers in Kirkuk. Another 3 soldiers were killed in Diyala.",
    "Iraqi forces killed 5 militants in Anbar. Iraqi forces arrested 5 suspects in Anbar.",
    "The SDF killed 4 ISIS members in Hasakah on Monday. Turkish drones killed 4 SDF fighters in Hasakah "
    "on Tuesday.",
    "Iraqi forces killed 6 ISIS militants in Anbar on Sunday. The 6 militants killed on Monday were in Nineveh.",
])
def test_links_sameas15_no_same_as(nlp, text):
    assert all(e["same_as"] is None for e in _events(nlp, text))


@pytest.mark.parametrize("text,whole,part", [
    ("The army killed 9 ISIS militants in Anbar during March, 4 of them in one raid.", "9", "4"),
    ("Seven US personnel were injured during the operation, two of them from falls.", "Seven", "two"),
    ("Police arrested 12 suspects in raids across Kirkuk on Monday, three of whom were women.", "12", "three"),
    ("The SDF detained 40 ISIS suspects in Deir ez-Zor last month, 9 of them in a single raid.", "40", "9"),
])
def test_links_sameas15_part_of_of_them(nlp, text, whole, part):
    events = _events(nlp, text)
    assert _link(events, part, "part_of") == nth_index(events, whole)


@pytest.mark.parametrize("text,whole,parts", [
    ("Turkish forces neutralised 11 PKK militants in northern Iraq over the past week. Seven of them were "
     "neutralised in Gara and four in Metina.", "11", ("Seven", "four")),
    ("Iraqi forces arrested 60 suspects during the past week. Of those arrested, 20 were held in Nineveh and "
     "15 in Anbar.", "60", ("20", "15")),
    ("The army killed 14 ISIS militants in March. Of the dead, 6 were killed in Anbar and 5 in Salahuddin.",
     "14", ("6", "5")),
    ("Turkish forces neutralised 9 PKK militants last week. Five of them were neutralised in Zap and 3 in "
     "Avashin.", "9", ("Five", "3")),
])
def test_links_sameas15_part_of_back_list(nlp, text, whole, parts):
    events = _events(nlp, text)
    for part in parts:
        assert _link(events, part, "part_of") == nth_index(events, whole)


@pytest.mark.parametrize("text", [
    "Iraqi forces killed 5 militants in Anbar. The air force carried out 6 air strikes, 4 of them near Rutba.",
    "Iraqi forces killed 5 militants and arrested 4 suspects in Anbar.",
    "Turkish forces neutralised 6 PKK militants last week. Five of them were neutralised in Zap and 4 in Metina.",
    "Iraqi forces killed 20 militants in Anbar. In Nineveh, police arrested 9 suspects, 4 of them women.",
    "Iraqi forces killed 30 militants in March. On March 3, troops ambushed a group near Rutba, killing 4 of them.",
])
def test_links_sameas15_no_part_of_across(nlp, text):
    events = _events(nlp, text)
    assert _link(events, "4", "part_of") != 0  # no part of the first sentence's kill


@pytest.mark.parametrize("text,whole,part", [
    ("Central Command and partner forces conducted 20 operations against ISIS in Iraq and Syria in May, killing "
     "9 operatives and detaining 30. In Iraq, partners carried out 12 of the operations, killing 5 and detaining "
     "18.", "30", "18"),
    ("Coalition partners conducted 40 raids against Daesh in Iraq and Syria during June, detaining 55 suspects. "
     "Syria: 25 raids, 31 detained.", "55", "31"),
    ("CENTCOM said it and its partners killed 11 ISIS operatives in Iraq and Syria last month. In Syria, the SDF "
     "killed 7 of them in night raids.", "11", "7"),
    ("Partner forces in Syria and Iraq carried out 33 missions in April, killing 16 militants. In Iraq, 19 "
     "missions left 9 militants dead.", "16", "9"),    ("Coalition and partner forces killed 14 ISIS operatives in Iraq and Syria in March. While in Syria, "
     "partners killed 5 operatives near Hajin.", "14", "5"),
])
def test_links_sameas15_part_of_country_share(nlp, text, whole, part):
    events = _events(nlp, text)
    assert _link(events, part, "part_of") == nth_index(events, whole)


@pytest.mark.parametrize("text,part", [
    ("Iraqi forces killed 12 militants in Anbar in May. In Syria, the SDF killed 7 militants near Hajin.", "7"),
    ("Partners in Iraq and Syria detained 10 suspects in May. In Iraq, police detained 6 suspects. In Syria, the "
     "SDF detained 7.", "7"),  # shares that add up to more than the total
    ("Coalition aircraft conducted 9 strikes in Iraq and Syria last week. In Iraq, 5 strikes near Qaim "
     "suppressed 3 tactical units.", "3"),
    ("Partners in Iraq and Syria detained 10 suspects in May. In Syria, the SDF detained 14 suspects.", "14"),
])
def test_links_sameas15_no_country_share(nlp, text, part):
    assert _link(_events(nlp, text), part, "part_of") is None


@pytest.mark.parametrize("text,whole,parts", [
    ("Iraq's intelligence service arrested 14 people suspected of plotting attacks in three southern provinces: "
     "eight in Najaf, four in Karbala and two in Babil.", "14", ("eight", "four", "two")),
    ("The KRSC said its forces arrested six people accused of financing ISIS, two of them in Erbil and four in "
     "Sulaimani.", "six", ("two", "four")),
    ("Police detained 21 wanted men during raids in the northern districts of the province: 12 in Tal Afar and "
     "9 in Sinjar.", "21", ("12", "9")),
    ("The army killed 10 militants in the Hamrin mountains this week, 6 of them in Diyala and 4 in Salahuddin.",
     "10", ("6", "4")),
])
def test_links_sameas15_part_of_listed(nlp, text, whole, parts):
    events = _events(nlp, text)
    for part in parts:
        assert _link(events, part, "part_of") == nth_index(events, whole)


@pytest.mark.parametrize("text,first,repeat", [
    ("The SDF detained four members of an ISIS cell in Diban on Wednesday. \"Our partners captured 4 Daesh "
     "operatives without a shot,\" a coalition spokesman wrote.", "four", "4"),
    ("Iraqi troops killed three ISIS militants near Rutba on Monday. \u201cWe killed 3 terrorists who tried to "
     "cross the border,\u201d the commander said.", "three", "3"),
    ("Peshmerga forces arrested 5 ISIS suspects near Kalar on Sunday, the ministry said. \"Our forces arrested "
     "five suspects after a tip-off,\" a spokesman told reporters.", "5", "five"),
    ("The army destroyed 6 tunnels in the Hamrin mountains on Tuesday. \"The units destroyed six tunnels used "
     "by the cells,\" an officer said.", "6", "six"),
])
def test_links_sameas15_same_as_quote(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert _link(events, repeat, "same_as") == nth_index(events, first)


@pytest.mark.parametrize("text", [
    "Iraqi troops killed 3 ISIS militants near Rutba on Monday. \"We killed 4 terrorists,\" the commander said.",
    "Iraqi troops killed 3 ISIS militants in Anbar on Monday. \"In Nineveh we killed 3 terrorists,\" he said.",
    "The SDF killed 3 ISIS members in Hasakah. \"Turkish drones killed 3 of our fighters,\" the SDF said.",
    "Iraqi troops killed 3 ISIS militants on Monday. \"We killed another 3 terrorists on Tuesday,\" he said.",
])
def test_links_sameas15_no_same_as_quote(nlp, text):
    assert all(e["same_as"] is None for e in _events(nlp, text))
