"""same_as and part_of recall classes of the sameas16 round (components/links.py, link_breakdowns.py,
link_items.py; docs/scope-rule.md, sameas16 rulings): a part named by its whole's count ("2 of the 5"),
"Of those, N", a window or place "alone", "the remaining N" as a sibling, the sentence that singles out
one occasion of a tally, a total told after its details, bracketed place lists, numbered lines under a
colon; repeats of a headline that say "also"/"later", acronym items, places no province resolves.
Invented phrasings, with negatives."""
import pytest

from section5_helpers import nth_event, nth_index, published_events


def _events(nlp, text):
    return published_events(nlp, text, "2024-03-06")


@pytest.mark.parametrize("text,whole,part", [
    ("ISIS attacks killed 6 soldiers in Diyala last week. On Monday, a roadside bomb killed 2 of the 6 soldiers "
     "near Khanaqin.", "6", "2"),
    ("Kirkuk police detained 12 suspects this month. Officers arrested 5 of the 12 in one raid in Hawija.", "12", "5"),
    ("Troops killed nine militants in the Hamrin mountains over the weekend. Jets killed four of the nine in a "
     "cave on Saturday.", "nine", "four"),
    ("The SDF detained 40 suspects in Hasakah in May. Commandos captured 15 of the 40 in a sweep of Shaddadi.",
     "40", "15"),
])
def test_links_sameas16_part_of_by_count(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,whole,part", [
    ("The Asayish detained 31 suspects in Garmiyan over the past month. Of those, 8 were picked up in Kalar.",
     "31", "8"),
    ("Iraqi forces have killed more than 2,000 militants since 2020. In March alone, troops killed 40 militants.",
     "more than 2,000", "40"),
    ("Police arrested 75 suspects in Nineveh during the year. In Mosul alone, 30 suspects were arrested.", "75", "30"),
    ("The SDF said it had detained 300 suspects since January. The force detained 25 suspects in the past week "
     "alone.", "300", "25"),
])
def test_links_sameas16_part_of_those_and_alone(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,whole,parts", [
    ("Coalition and partner forces conducted 20 strikes in Syria in June. Coalition aircraft conducted 6 of the "
     "strikes; partner forces conducted the remaining 14.", "20", ("6", "14")),
    ("The Iraqi Air Force carried out 12 strikes in Anbar in May. F-16s carried out 5 of the strikes, and army "
     "helicopters carried out the other 7.", "12", ("5", "7")),
    ("Police detained 23 suspects in Nineveh this month. Seventeen of them were detained south of Mosul, and the "
     "remaining six were detained at checkpoints.", "23", ("Seventeen", "six")),
    ("Troops killed 10 militants in Diyala in April. Soldiers killed 4 of the militants in Khanaqin, and jets "
     "killed the other 6.", "10", ("4", "6")),
])
def test_links_sameas16_part_of_remaining(nlp, text, whole, parts):
    events = _events(nlp, text)
    assert [nth_event(events, p)["part_of"] for p in parts] == [nth_index(events, whole)] * len(parts)


@pytest.mark.parametrize("text,whole,part", [
    ("ISIS attacks killed 12 soldiers in Diyala during May. The deadliest attack came on May 9, when "
     "militants killed 5 soldiers near Khanaqin.", "12", "5"),
    ("Iraqi jets killed 20 militants in the Hamrin mountains last week. The heaviest strike, on Tuesday, killed "
     "8 militants in a cave.", "20", "8"),
    ("The Asayish detained 40 suspects in Sulaimani during March. One of the raids, in Penjwen, netted 9 "
     "suspects.", "40", "9"),
    ("Turkish forces neutralised 19 PKK militants in northern Iraq last week. In the latest operation, on "
     "Sunday in Metina, 6 militants were neutralised.", "19", "6"),
])
def test_links_sameas16_part_of_occasion(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,total,parts", [
    ("ISIS militants killed 7 soldiers near Palmyra on Thursday. In a separate attack near Sukhnah, 3 "
     "militiamen were killed. In all, 10 pro-government fighters died, the monitor said.", "10", ("7", "3")),
    ("Gunmen killed 4 PMF fighters in Diyala on Friday. Another attack killed 2 soldiers in Kirkuk. Altogether, "
     "6 members of the security forces were killed.", "6", ("4", "2")),
    ("Police arrested 5 suspects in Hawija on Monday. Officers arrested 3 suspects in Riyadh on Tuesday. In total, "
     "8 suspects were arrested in Kirkuk this week.", "8", ("5", "3")),
    ("Jets killed 6 militants in Wadi al-Shay on Sunday. Troops killed 5 militants in Hamrin on Monday, bringing "
     "the toll to 11.", "11", ("6", "5")),
])
def test_links_sameas16_part_of_total_after(nlp, text, total, parts):
    events = _events(nlp, text)
    assert [nth_event(events, p)["part_of"] for p in parts] == [nth_index(events, total)] * len(parts)


@pytest.mark.parametrize("text,whole,parts", [
    ("Our forces carried out 20 operations in December, detaining 60 suspects: Deir ez-Zor (32), Raqqa (18) and "
     "Hasakah (10).", "60", ("32", "18", "10")),
    ("Police arrested 900 suspects in 2023, most of them in Nineveh (410), Anbar (200) and Kirkuk (150).",
     "900", ("410", "200", "150")),
    ("The Asayish detained 50 people in March: Erbil (21), Duhok (17) and Sulaimani (12).", "50", ("21", "17", "12")),
    ("Troops killed 30 militants in the quarter, most of them in Anbar (14) and Kirkuk (9).", "30", ("14", "9")),
])
def test_links_sameas16_part_of_bracketed_places(nlp, text, whole, parts):
    events = _events(nlp, text)
    assert [nth_event(events, p)["part_of"] for p in parts] == [nth_index(events, whole)] * len(parts)


@pytest.mark.parametrize("text,whole,parts", [
    ("The army killed 11 terrorists in Anbar during May, as follows:\n1. 4 terrorists killed near Rutba.\n"
     "2. 7 terrorists killed in Wadi Hauran.", "11", ("4", "7")),
    ("Police arrested 9 suspects in Kirkuk last week:\n- 5 suspects arrested in Hawija.\n- 4 suspects arrested "
     "in Dibis.", "9", ("5", "4")),
    ("The Peshmerga killed 8 ISIS militants in March as follows:\n1) 3 militants killed near Makhmour.\n"
     "2) 5 militants killed near Kifri.", "8", ("3", "5")),
    ("Troops detained 20 suspects in Diyala this month:\n* 12 suspects detained in Baquba.\n* 8 suspects "
     "detained in Khanaqin.", "20", ("12", "8")),
])
def test_links_sameas16_part_of_listed_lines(nlp, text, whole, parts):
    events = _events(nlp, text)
    assert [nth_event(events, p)["part_of"] for p in parts] == [nth_index(events, whole)] * len(parts)


@pytest.mark.parametrize("text,part", [
    ("Troops have destroyed 900 hideouts in Anbar since 2020. In the past month alone, they dismantled 58 "
     "explosive devices.", "58"),
    ("The SDF has arrested 150 suspects since the operation began. On Saturday alone, a raid netted 4 more.", "4"),
    ("ISIS attacks killed 5 soldiers in Diyala this week. It was the deadliest week since 2021, when 3 "
     "soldiers were killed near Khanaqin.", "3"),
    ("Gunmen killed 4 soldiers in Diyala on Friday. Another attack killed 3 soldiers in Kirkuk. In all, 9 members "
     "of the security forces were killed this week.", "4"),
])
def test_links_sameas16_no_part_of(nlp, text, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] is None


@pytest.mark.parametrize("text,first,repeat", [
    ("Airdrop near Kirkuk also destroys 9 caves\n\nThe assault, backed by F-16s, also destroyed nine caves in the "
     "Wadi al-Shay valley on Monday.", "9", "nine"),
    ("Diyala police: 4 suspects held after attack\n\nDiyala police later arrested four suspects in a sweep of "
     "orchards near Baladruz on Tuesday.", "4", "four"),
    ("Federal Police find 25 IEDs in Hawija\n\nA Federal Police force found 25 improvised explosive devices in "
     "orchards near Hawija on Sunday.", "25", "25"),
    ("Police seize 12 RPGs in Mosul\n\nNineveh police seized 12 rocket-propelled grenades from a cache in Mosul "
     "on Friday.", "12", "12"),
])
def test_links_sameas16_same_as_headline(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert nth_event(events, repeat, 2 if first == repeat else 1)["same_as"] == nth_index(events, first)


@pytest.mark.parametrize("text,repeat", [
    ("Police arrest 4 suspects in Diyala\n\nDiyala police arrested 4 suspects in Baladruz on Monday. Police "
     "also arrested another 4 suspects in Khanaqin.", "4"),
    ("Troops kill 3 militants in Anbar\n\nTroops killed 3 militants near Rutba on Monday. Three more militants "
     "were killed near Qaim.", "Three"),
    ("Police find 10 IEDs in Hawija\n\nPolice found 10 IEDs in Hawija on Monday. They found 10 more devices "
     "on Tuesday.", "10"),
    ("Army kills 5 ISIS members near Kirkuk\n\nThe army killed 5 ISIS members near Dibis on Sunday. A further 5 "
     "were killed on Monday.", "5"),
])
def test_links_sameas16_no_same_as(nlp, text, repeat):
    events = _events(nlp, text)
    assert nth_event(events, repeat, 3 if repeat.isdigit() else 1)["same_as"] is None


@pytest.mark.parametrize("text,pairs", [
    ("The PMF announced on Tuesday the killing of 6 Daesh terrorists and the arrest of 3 others north of Samarra. "
     "A statement said its units stormed a hideout at dawn, killing 6 and arresting 3.", (("6", "3"),)),
    ("Kirkuk police killed 2 ISIS members and arrested 4 suspects in Hawija on Monday. The police command said "
     "officers killed 2 gunmen and detained 4 men in the raid.", (("2", "4"),)),
    ("The Peshmerga killed 3 militants and wounded 2 near Makhmour on Sunday. According to the ministry, its "
     "fighters killed 3 attackers and wounded 2 in the clash.", (("3", "2"),)),
    ("Iraqi troops killed 5 terrorists and destroyed 7 hideouts in the Hamrin mountains on Friday. The army said "
     "the troops killed 5 terrorists and destroyed 7 hideouts in the operation.", (("5", "7"),)),
])
def test_links_sameas16_same_as_restated_sentence(nlp, text, pairs):
    events = _events(nlp, text)
    for counts in pairs:
        for count in counts:
            assert nth_event(events, count, 2)["same_as"] == nth_index(events, count)


@pytest.mark.parametrize("text,count", [
    ("ISIS killed 2 soldiers and wounded 3 near Khanaqin in Diyala on Monday. In Kirkuk, an explosive device "
     "killed 2 policemen and wounded 3 others in Hawija.", "2"),
    ("Troops killed 4 militants and arrested 2 suspects in Anbar on Sunday. Another force killed 4 militants and "
     "arrested 2 suspects in Nineveh on Monday.", "4"),
    ("Police arrested 3 suspects near Kirkuk on Monday. Police killed 3 gunmen near Hawija on Tuesday.", "3"),
    ("The SDF killed 2 ISIS members and detained 5 in Hajin on Friday. The SDF killed 2 more and detained 5 "
     "others in Shuhail on Saturday.", "2"),
])
def test_links_sameas16_no_restated_sentence(nlp, text, count):
    events = _events(nlp, text)
    assert nth_event(events, count, 2)["same_as"] is None


@pytest.mark.parametrize("text,whole,parts", [
    ("Iraqi F-16s carried out 2 strikes on caves in Hamrin on Sunday, killing 9 militants, 6 in the first strike "
     "and 3 in the second.", "9", ("6", "3")),
    ("Troops raided two hideouts near Rutba, killing 5 terrorists, 3 at the first hideout and 2 at the other.",
     "5", ("3", "2")),
    ("Helicopters struck two vehicles near Qaim on Monday, killing 7 militants, 4 in the first vehicle and 3 in "
     "the second.", "7", ("4", "3")),
    ("Police raided two houses in Hawija, arresting 6 suspects, 4 in the first house and 2 in the second.",
     "6", ("4", "2")),
])
def test_links_sameas16_part_of_ordinal_shares(nlp, text, whole, parts):
    events = _events(nlp, text)
    assert [nth_event(events, p)["part_of"] for p in parts] == [nth_index(events, whole)] * len(parts)


@pytest.mark.parametrize("text,whole,part", [
    ("Police detained 40 suspects across Iraq in June. Nineveh accounted for 15 of the detentions.", "40", "15"),
    ("Police arrested 30 suspects in Kirkuk this month. Hawija accounted for 12 of the arrests.", "30", "12"),
    ("ISIS attacks killed 25 people in Diyala in May. Khanaqin accounted for 9 of the deaths.", "25", "9"),
    ("The SDF detained 50 suspects in Hasakah in April. Al-Hol camp accounted for 20 of the detentions.",
     "50", "20"),
])
def test_links_sameas16_part_of_generic_nouns(nlp, text, whole, part):
    events = _events(nlp, text)
    assert nth_event(events, part)["part_of"] == nth_index(events, whole)


@pytest.mark.parametrize("text,first,repeat", [
    ("ISIS cell dismantled in Kirkuk, 5 arrested\n\nIraqi intelligence officers arrested 5 members of an ISIS cell "
     "in Hawija on Monday, a security official said.", "5", "5"),
    ("Iraq: 12 killed in air strikes on ISIS caves in Hamrin\n\nIraqi Air Force F-16 jets killed 12 ISIS "
     "militants in strikes on caves in the Hamrin mountains on Sunday.", "12", "12"),
    ("Nineveh police: 31 arrests in the past week\n\nPolice in Nineveh arrested 31 suspects in the past week, the "
     "police command said.", "31", "31"),
    ("Diyala: 9 deaths in ISIS attacks this month\n\nISIS attacks killed 9 people in Diyala this month, a "
     "security source said.", "9", "9"),
])
def test_links_sameas16_same_as_headline_sides_and_nouns(nlp, text, first, repeat):
    events = _events(nlp, text)
    assert nth_event(events, repeat, 2)["same_as"] == nth_index(events, first)


@pytest.mark.parametrize("text,count", [
    ("ISIS kills 3 soldiers in Diyala\n\nISIS militants killed 3 Iraqi soldiers near Khanaqin on Monday. Troops "
     "later killed 3 ISIS militants in a raid.", "3"),
    ("ISIS kills 4 Peshmerga near Makhmour\n\nISIS killed 4 Peshmerga fighters near Makhmour on Sunday. The "
     "Peshmerga killed 4 ISIS attackers in return.", "4"),
    ("ISIS kills 2 PMF fighters in Salahuddin\n\nISIS killed 2 PMF fighters near Tuz Khurmatu on Friday. PMF units "
     "killed 2 ISIS gunmen the next day.", "2"),
    ("ISIS ambush kills 5 soldiers near Palmyra\n\nISIS fighters killed 5 Syrian soldiers near Palmyra on Friday. "
     "Syrian troops killed 5 ISIS fighters in a counter-attack.", "5"),
])
def test_links_sameas16_no_same_as_other_side(nlp, text, count):
    events = _events(nlp, text)
    assert nth_event(events, count, 3)["same_as"] is None
