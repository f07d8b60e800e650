"""Date classes of the dates22 round (docs/scope-rule.md, "dates22 round"): a count that points back to a closed
campaign told before it (ruling 1), a running total closed by the month its figures were shared in (ruling 2),
a later sentence that gives the day with a pronoun or "late Sunday" (ruling 3), an unnamed source telling an
outlet after a dated sentence (ruling 4), a "later" sequel (ruling 5). Documents published on Thursday
16 May 2024 unless a row says otherwise."""
import pytest

from section5_helpers import published_event

PUB = "2024-05-16"  # a Thursday: Saturday 11, Sunday 12, Monday 13, Tuesday 14 May


def _date(nlp, text, count, pub=PUB):
    return published_event(nlp, text, count, pub)["date"]


@pytest.mark.parametrize("text,count,want", [
    ("The SDF said on Wednesday that 20 ISIS fighters were killed during a week-long offensive in Deir ez-Zor, "
     "which ended on Sunday.\nSDF fighters detained 9 suspects in the course of the offensive, the group said.", "9",
     "2024-05-12"),
    ("Iraqi forces killed 14 militants in a five-day sweep of the Anbar desert that ended on Monday, the command "
     "said.\nArmy engineers dismantled 30 bombs during the sweep.", "30", "2024-05-13"),
    ("Turkish forces said 25 militants were killed in a week-long operation in Duhok that concluded on Tuesday.\n"
     "A war monitor said 6 soldiers were killed in the week of clashes.", "6", "2024-05-14"),
    ("The army said 12 militants were killed in a four-day campaign near Hatra, which ended on Sunday.\n"
     "Throughout the campaign, troops destroyed 40 hideouts, it said.", "40", "2024-05-12"),
    ("The SDF said on Wednesday that 20 ISIS fighters were killed during a week-long offensive in Deir ez-Zor, "
     "which ended on Sunday.", "20", "2024-05-12"),
    ("The SDF said it detained 34 suspects in a five-day sweep of al-Hol camp that concluded on Monday.\nOver the "
     "course of the sweep, Asayish units confiscated 12 rifles, the statement said.", "12", "2024-05-13"),
    ("SDF fighters detained 9 suspects in the course of the offensive, the group said.", "9", PUB),
    ("The army said 12 militants were killed in a four-day campaign near Hatra, which ended on Sunday.\n"
     "Separately, police arrested 4 smugglers in Hasakah.", "4", PUB),
])
def test_dates_classes22_closed_campaign_pointer(nlp, text, count, want):
    assert _date(nlp, text, count) == want


@pytest.mark.parametrize("text,count,want", [
    ("So far this year, Asayish forces have arrested 146 ISIS suspects, according to figures shared in April.",
     "146", "2024-04-30"),
    ("According to figures the ministry released in March, ISIS attacks have killed 11 Peshmerga so far this year.",
     "11", "2024-03-31"),
    ("So far this year, police have seized 57 rifles in Kirkuk, according to statistics published by the "
     "directorate in February.", "57", "2024-02-29"),
    ("So far this year, the ministry said in the data issued in April, its forces have destroyed 19 hideouts.",
     "19", "2024-04-30"),
    ("So far this year, Asayish forces have arrested 146 ISIS suspects, according to figures shared in May.",
     "146", PUB),
    ("So far this year, Asayish forces have arrested 146 ISIS suspects, according to figures the ministry shared.",
     "146", PUB),
    ("So far this year, Asayish forces have arrested 146 ISIS suspects, according to figures shared on April 3.",
     "146", PUB),
    ("Police arrested 4 suspects in Kirkuk on Monday, according to figures shared in April.", "4", "2024-05-13"),
])
def test_dates_classes22_figures_shared_in_a_month(nlp, text, count, want):
    assert _date(nlp, text, count) == want


@pytest.mark.parametrize("text,count,want", [
    ("The Security Media Cell announced on Wednesday that F-16 jets killed 5 militants near Kirkuk.\nThe strike was "
     "carried out on Sunday evening based on intelligence, the cell said.", "5", "2024-05-12"),
    ("The Security Media Cell said on Wednesday that F-16 jets killed 5 militants near Kirkuk. The strike took place "
     "late Sunday, the cell said.", "5", "2024-05-12"),
    ("The CTS said on Wednesday its forces captured 4 ISIS members in Mosul. It happened on Saturday night in the "
     "Gogjali neighbourhood, the statement added.", "4", "2024-05-11"),
    ("The army said on Wednesday its troops killed 3 militants near Baiji. It was carried out on Monday, the "
     "statement added.", "3", "2024-05-13"),
    ("CTS captures 4 ISIS members in Mosul\nThe CTS said on Wednesday its forces captured 4 ISIS members. This took "
     "place early on Tuesday in eastern Mosul.", "4", "2024-05-14"),
    ("Kurdish forces said on Wednesday they had captured 4 ISIS members in a joint operation on Saturday near "
     "Hasakah.", "4", "2024-05-11"),
    ("Kurdish forces said on Wednesday they had captured 4 ISIS members near Hasakah. The operation, carried out "
     "jointly with the coalition, took place on Saturday.", "4", "2024-05-11"),
    ("The CTS said on Wednesday its forces captured 4 ISIS members in Mosul. It came after an attack on Monday.",
     "4", PUB),
    ("The CTS said on Wednesday its forces captured 4 ISIS members in Mosul. It said the raid on Monday followed "
     "weeks of surveillance.", "4", PUB),
    ("The CTS said on Wednesday its forces captured 4 ISIS members in Mosul.\n\nIt happened on Saturday night.",
     "4", PUB),
])
def test_dates_classes22_later_sentence_gives_the_day(nlp, text, count, want):
    assert _date(nlp, text, count) == want


@pytest.mark.parametrize("text,count,want", [
    ("Army units on Tuesday struck ISIS hideouts in the Badia, killing 9 terrorists.\nA military source told SANA "
     "that engineering units blew up 6 explosive devices found at the site.", "6", PUB),
    ("Army units on Tuesday struck ISIS hideouts in the Badia, killing 9 terrorists.\nSecurity sources told Shafaq "
     "News that police arrested 3 suspects in the area.", "3", PUB),
    ("Troops on Tuesday raided a hideout near Hatra, killing 2 militants. A security source told The New Arab that "
     "three more militants were killed in the area.", "three", PUB),
    ("Troops on Tuesday raided a hideout near Hatra, killing 2 militants. An intelligence source told Rudaw that "
     "4 suspects were detained.", "4", PUB),
    ("Army units on Tuesday struck ISIS hideouts in the Badia, killing 9 terrorists.\nA military source said "
     "engineering units dismantled 7 explosive devices.", "7", "2024-05-14"),
    ("Army units on Tuesday struck ISIS hideouts in the Badia, killing 9 terrorists.\nA military source told "
     "reporters that engineers dismantled 7 devices.", "7", "2024-05-14"),
    ("Troops on Tuesday raided a hideout near Hatra, a source said, killing 2 militants. The source told Shafaq News "
     "that troops seized 5 rifles at the hideout.", "5", "2024-05-14"),
    ("Army units on Tuesday struck ISIS hideouts in the Badia, killing 9 terrorists.\nA ground force later reached "
     "the site and found 2 suicide vests.", "2", "2024-05-14"),
    ("Army units on Tuesday struck ISIS hideouts in the Badia, killing 9 terrorists.\nTroops then combed the area "
     "and detained 3 suspects.", "3", "2024-05-14"),
])
def test_dates_classes22_source_told_outlet_and_later(nlp, text, count, want):
    assert _date(nlp, text, count) == want
