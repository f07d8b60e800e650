"""Date classes of the dates15 round (docs/scope-rule.md, "dates15 round"): an "also" sentence dated by the
count told before it (ruling 1), "overnight" dated the night's morning (ruling 2), a digest's narrated lines
under a range title (ruling 3), a weekend's incident on its Sunday (ruling 4), the report day that is no
action day (ruling 5), a span's end or start stated in another sentence (ruling 6), a span from its start to
the time of writing (ruling 7) and a span's length pointing back to a window (ruling 8)."""
import pytest

from section5_helpers import published_event


PUB = "2024-03-06"  # a Wednesday


def _event(nlp, text, count, pub=PUB):
    return published_event(nlp, text, count, pub)


@pytest.mark.parametrize("text,count", [
    ("Peshmerga fighters killed 4 militants in an ambush near Gwer on Monday. The cell had shelled nearby "
     "villages last week. The Peshmerga also seized 2 rifles from the militants.", "2"),
    ("Army engineers dismantled 9 roadside bombs north of Baiji on Monday, the division said. Gunmen had "
     "planted them along the road to Tikrit. The engineers also found 3 rockets in a ditch.", "3"),
    ("Police in Kirkuk arrested 5 suspects in a raid on Monday. They were wanted for attacks in 2022.\n"
     "Officers also confiscated 6 pistols during the raid.", "6"),
    ("The 20th Division killed 3 ISIS members in a raid in the Badush hills on Monday. The area had been "
     "shelled last week. The soldiers also destroyed 2 tunnels, the statement said.", "2"),
])
def test_dates_classes15_also_takes_the_count_before(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == ("2024-03-04", "day")


@pytest.mark.parametrize("text,count", [
    ("Troops killed 4 militants near Tarmiyah on Monday. The cell had ambushed a patrol there in 2017, "
     "killing 3 soldiers.\nThe troops also seized 2 machine guns.", "2"),  # a background count is passed over
    ("SDF units arrested 6 suspects in Shaddadi on Monday. The cell bombed a market in 2019, killing 12 "
     "civilians. Commandos also seized 3 explosive belts.", "3"),
    ("Iraqi jets destroyed 5 hideouts in Wadi Hauran on Monday. In an attack on a convoy there in 2016, "
     "ISIS killed 9 soldiers. The jets also hit 2 vehicles.", "2"),
    ("Zeravani units detained 3 smugglers near Makhmour on Monday. Members of the network had attacked a "
     "checkpoint in 2015, wounding 4 guards. The units also confiscated 5 trucks.", "5"),
])
def test_dates_classes15_also_passes_over_background(nlp, text, count):
    ev = _event(nlp, text, count)
    assert ev["date"] == "2024-03-04"


@pytest.mark.parametrize("text,count", [
    ("Security digest: Iraq, 25 February \u2013 2 March\n\nKirkuk: ISIS gunmen attacked a checkpoint, "
     "killing 2 policemen.", "2"),
    ("Weekly brief (26 Feb\u20132 Mar 2024)\nAnbar: Border guards arrested 7 smugglers near al-Qaim.", "7"),
    ("North-east Syria round-up, 25-29 February\n- Hasakah: Asayish units detained 4 cell members.", "4"),
    ("Iraq security summary 26 February to 1 March\n\nDiyala: A roadside bomb wounded 3 soldiers near "
     "Muqdadiyah.", "3"),
])
def test_dates_classes15_digest_lines_take_the_title_end(nlp, text, count):
    ev = _event(nlp, text, count)
    assert ev["date_precision"] == "week" and ev["date"] in ("2024-03-02", "2024-02-29", "2024-03-01")
    assert ev["date"] == {"2": "2024-03-02", "7": "2024-03-02", "4": "2024-02-29", "3": "2024-03-01"}[count]


@pytest.mark.parametrize("text,count", [
    ("Iraqi forces conducted a clearance operation in the Wadi Houran area from Feb. 26 to 29. "
     "During the operation troops killed 5 militants.", "5"),  # a sentence, no title
    ("Security digest: Iraq, 25 February \u2013 2 March\n\nMeanwhile, the Asayish said on Wednesday that "
     "they had freed 3 women.", "3"),  # a day of its own
    ("Security digest: Iraq, 27 February \u2013 3 March 2023\n\nKirkuk: gunmen killed 2 shepherds.", "2"),  # last year
    ("Weekly brief, 1\u20135 January\nAnbar: Border guards arrested 7 smugglers.", "7"),  # two months before
])
def test_dates_classes15_digest_lines_not_moved(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == (PUB, "week")


@pytest.mark.parametrize("text,count,expected", [
    ("ISIS gunmen attacked a police post near Samarra overnight, killing 3 policemen.", "3", PUB),
    ("Troops repelled an overnight attack on their positions in Qarachogh, killing 2 attackers, the army "
     "said on Wednesday.", "2", PUB),
    ("Iraqi forces killed 5 militants in a raid on a cave in the Hamrin mountains over the weekend, the "
     "army said.", "5", "2024-03-03"),
    ("Over the weekend, gunmen ambushed a PMF patrol near Tarmiyah, killing 2 fighters.", "2", "2024-03-03"),
    ("The Counter-Terrorism Service said on Sunday it had killed 6 ISIS members in an airdrop near Rutba.",
     "6", PUB),
    ("U.S. Central Command said on Monday it had carried out 12 strikes on ISIS camps in the Badia.", "12", PUB),
    ("The ministry announced on Sunday that its jets had destroyed 4 hideouts in Wadi al-Shay.", "4", PUB),
    ("Asayish units had detained 5 suspects in al-Hol camp, the SDF said on Monday.", "5", PUB),
])
def test_dates_classes15_overnight_weekend_and_report_day(nlp, text, count, expected):
    assert _event(nlp, text, count)["date"] == expected


@pytest.mark.parametrize("text,count,expected", [
    ("Iraqi forces concluded an operation in the Hamrin mountains on March 2. During the six-day "
     "operation, troops cleared 22 villages.", "22", ("2024-03-02", "2024-02-26")),
    ("The Peshmerga wrapped up a sweep of Qarachogh on Saturday. During the four-day sweep, fighters "
     "destroyed 9 caves.", "9", ("2024-03-02", "2024-02-28")),
    ("The army began the second phase of the operation on February 29.\n\nIn the first two days, troops "
     "cleared 37 villages.", "37", ("2024-03-01", "2024-02-29")),
    ("The offensive was launched on Monday, March 4. In the first three days, forces killed 14 militants.",
     "14", ("2024-03-06", "2024-03-04")),
])
def test_dates_classes15_span_told_in_another_sentence(nlp, text, count, expected):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["period_start"]) == expected


@pytest.mark.parametrize("text,count,expected", [
    ("The assault on the prison, which began on February 26, left 120 people dead.", "120", PUB),
    ("Between January and June 2023, ISIS claimed 89 attacks. The SDF conducted 61 raids over the six "
     "months.", "61", "2023-06-30"),
    ("From 1 to 20 February, the army flew 40 sorties. Over the twenty days, jets destroyed 12 caves.",
     "12", "2024-02-20"),
    ("Between February 1 and February 10, police made 30 arrests. During the ten days, officers seized "
     "8 rifles.", "8", "2024-02-10"),
])
def test_dates_classes15_span_from_its_start_or_pointing_back(nlp, text, count, expected):
    assert _event(nlp, text, count)["date"] == expected


@pytest.mark.parametrize("text,count", [
    ("The army began a sweep on March 1. In the past two days, troops cleared 12 villages.", "12"),
    ("Troops concluded an operation on March 2. Over the past six months, forces killed 40 militants.", "40"),
    ("The offensive began on February 20. In the first twenty days, forces retook 18 villages.", "18"),
    ("Forces ended a sweep on Saturday. In the past week, they detained 30 suspects.", "30"),
])
def test_dates_classes15_span_not_moved(nlp, text, count):
    ev = _event(nlp, text, count)
    assert ev["date"] == PUB


@pytest.mark.parametrize("text,count", [
    ("Police in Kirkuk detained 23 people over the past weekend, the command said.", "23"),
    ("Over the past weekend, the Asayish arrested 14 suspects in al-Hol camp.", "14"),
    ("Troops seized 8 weapons caches during the past weekend in the Hamrin foothills.", "8"),
    ("The Peshmerga detained 9 smugglers this past weekend near Sinjar.", "9"),
])
def test_dates_classes15_past_weekend_ends_on_its_sunday(nlp, text, count):
    ev = _event(nlp, text, count)
    assert (ev["date"], ev["date_precision"]) == ("2024-03-03", "week")


@pytest.mark.parametrize("text,count,expected", [
    ("In February, partner forces conducted 64 operations against ISIS, killing 18 and detaining 109, "
     "according to the Coalition's monthly summary.", "109", "2024-02-29"),
    ("During January, the army carried out 40 raids, arresting 31 suspects, the monthly report said.",
     "31", "2024-01-31"),
    ("Between February 1 and February 20, the SDF conducted 22 operations, capturing 45 suspects, "
     "according to its monthly bulletin.", "45", "2024-02-20"),
    ("In February the Asayish carried out 12 raids and detained 34 people, according to the monthly "
     "figures.", "34", "2024-02-29"),
])
def test_dates_classes15_shares_the_window_of_the_count_before(nlp, text, count, expected):
    assert _event(nlp, text, count)["date"] == expected


@pytest.mark.parametrize("text,count", [
    ("In February, the army conducted 40 raids, and it has detained 12 suspects so far this month.", "12"),
    ("Forces carried out 30 operations in February and killed 9 militants over the past three days.", "9"),
    ("In January the SDF conducted 22 raids; in the past week it detained 7 suspects.", "7"),
    ("The army killed 40 militants in February and has arrested 15 since the start of March.", "15"),
])
def test_dates_classes15_own_window_not_shared(nlp, text, count):
    assert _event(nlp, text, count)["date"] == PUB
