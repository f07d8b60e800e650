"""Date classes of the dates21 round (docs/scope-rule.md, "dates21 round"): an action day and a report day in
one sentence (ruling 1), the report day between the speaker and its verb of saying and a later sentence that
gives the actions' day (ruling 2), a day after an interposed "the statement said," (ruling 3), "the same day"
(ruling 4), an operation's days counted from its launch (ruling 5), a response told after a dated attack
(ruling 6), a reporter's own account after a dated sentence (ruling 7). Documents published on Thursday
16 May 2024 unless a row says otherwise."""
import pytest

from section5_helpers import published_event

PUB = "2024-05-16"  # a Thursday: Monday 13, Tuesday 14, Wednesday 15 May


def _date(nlp, text, count, pub=PUB):
    ev = published_event(nlp, text, count, pub)
    return ev["date"], ev["date_precision"]


def _window(nlp, text, count, pub=PUB):
    ev = published_event(nlp, text, count, pub)
    return ev["scope"], ev["date"], ev.get("period_start")


@pytest.mark.parametrize("text,count,want", [
    ("Iraqi jets killed 12 militants in an air operation early on Monday in the Hamrin mountains, the military "
     "said Wednesday.", "12", "2024-05-13"),
    ("Five soldiers were killed on Monday night when militants attacked a checkpoint, a source said on Tuesday.",
     "Five", "2024-05-13"),
    ("Gunmen killed 3 shepherds late Tuesday near Khanaqin, a local official told reporters on Wednesday.", "3",
     "2024-05-14"),
    ("The army said on Wednesday that an attack late on Monday killed 4 soldiers near Mutaibijah.", "4",
     "2024-05-13"),
    ("Police said Wednesday they had arrested 6 suspects in Mosul.", "6", PUB),
    ("The ministry said on Tuesday its forces had killed 2 militants near Baiji.", "2", PUB),
])
def test_dates_classes21_action_day_before_report_day(nlp, text, count, want):
    assert _date(nlp, text, count)[0] == want


@pytest.mark.parametrize("text,count,want", [
    ("The SDF on Wednesday said its units arrested 5 ISIS suspects in raids near Shaddadi.", "5", (PUB, "week")),
    ("Iraq's Counter-Terrorism Service on Tuesday announced that its forces killed 3 ISIS members near Kirkuk.",
     "3", (PUB, "week")),
    ("Police Tuesday said they had arrested 4 suspects in Mosul.", "4", (PUB, "week")),
    ("The Peshmerga ministry on Monday night said its forces killed 2 militants near Gwer.", "2", (PUB, "week")),
    ("The SDF on Wednesday said its units arrested 5 suspects near Shaddadi.\nThe raids took place on Monday in "
     "two villages, the statement said.", "5", ("2024-05-13", "day")),
    ("The army on Wednesday said troops killed 3 militants near Tikrit. The operation was carried out on Monday "
     "night.", "3", ("2024-05-13", "day")),
    ("Police on Wednesday said they arrested 4 suspects in Kirkuk. The arrests were made on 12 May.", "4",
     ("2024-05-12", "day")),
    ("The SDF on Wednesday said its units arrested 5 suspects in raids near Shaddadi.\nThe raids targeted the "
     "villages of Kharafi and Tal Shair on Monday.", "5", ("2024-05-13", "day")),
    ("Troops killed 5 militants on Monday, said the army.", "5", ("2024-05-13", "day")),
    ("The SDF on Wednesday said its units arrested 5 suspects near Shaddadi. The raids were carried out after an "
     "ISIS attack on Monday.", "5", (PUB, "week")),
    ("The SDF on Wednesday said its units arrested 5 suspects near Shaddadi. The arrests follow an ISIS attack on "
     "Monday that killed 2 fighters.", "5", (PUB, "week")),
    ("The SDF said its units arrested 5 suspects near Shaddadi.\n\nThe raids took place on Tuesday.", "5",
     (PUB, "week")),
])
def test_dates_classes21_report_day_between_speaker_and_verb(nlp, text, count, want):
    assert _date(nlp, text, count) == want


@pytest.mark.parametrize("text,count,want", [
    ("Among the week's operations, the statement said, on Tuesday a joint force raided a village near Tikrit and "
     "killed 2 militants.", "2", ("2024-05-14", "day")),
    ("In other operations, the ministry added, on Monday police arrested 6 suspects in Kirkuk.", "6",
     ("2024-05-13", "day")),
    ("Of the week's raids, the cell said, on Wednesday army aviation struck a hideout, killing 4 terrorists.", "4",
     ("2024-05-15", "day")),
    ("In the desert, the command noted, on Monday troops destroyed 3 tunnels.", "3", ("2024-05-13", "day")),
    ("The army said, on Tuesday, that troops killed 3 militants near Tikrit.", "3", (PUB, "week")),
    ("The army said on Tuesday that it killed 3 militants near Tikrit.", "3", (PUB, "week")),
])
def test_dates_classes21_day_after_an_interposed_saying(nlp, text, count, want):
    assert _date(nlp, text, count) == want


@pytest.mark.parametrize("text,count,want", [
    ("Troops killed 4 militants near Mutaibijah on Tuesday, the cell said.\nIn a separate operation on the same "
     "day, police arrested 2 suspects in Samarra.", "2", ("2024-05-14", "day")),
    ("Peshmerga forces killed 3 militants near Gwer on Monday. Separately, that same day, Asayish arrested 2 "
     "suspects in Erbil.", "2", ("2024-05-13", "day")),
    ("Army units killed 5 terrorists east of Hama on Tuesday. That day, engineers dismantled 9 mines.", "9",
     ("2024-05-14", "day")),
    ("Police arrested 3 suspects in Kirkuk on Monday. Elsewhere, on that day, troops destroyed 6 hideouts.", "6",
     ("2024-05-13", "day")),
    ("The army killed 4 militants near Baiji on Monday. Elsewhere, police arrested 2 suspects in Kirkuk.", "2",
     (PUB, "week")),
    ("In a separate operation, police arrested 2 suspects in Samarra.", "2", (PUB, "week")),
])
def test_dates_classes21_the_same_day(nlp, text, count, want):
    assert _date(nlp, text, count) == want


@pytest.mark.parametrize("text,count,want", [
    ("The second phase of the operation in western Anbar was launched on Saturday by the army.\nDuring the two days "
     "of the operation, the joint forces searched 17 villages.", "17", ("period", "2024-05-12", "2024-05-11")),
    ("The operation was launched on Monday. Over the operation's three days, troops searched 12 villages.", "12",
     ("period", "2024-05-15", "2024-05-13")),
    ("The sweep began on Sunday. In the three days of the sweep, police arrested 12 suspects.", "12",
     ("period", "2024-05-14", "2024-05-12")),
    ("The army launched the third phase on Monday.\nDuring the two-day operation, troops cleared 9 villages.", "9",
     ("period", "2024-05-14", "2024-05-13")),
    ("In the past two days, troops searched 14 villages near Rutba.", "14", ("period", PUB, None)),
    ("The operation was launched on Tuesday. During the ten days of the operation, troops cleared 8 villages.",
     "8", ("period", PUB, None)),
])
def test_dates_classes21_days_counted_from_a_launch(nlp, text, count, want):
    got = _window(nlp, text, count)
    assert got[:2] == want[:2] and (want[2] is None or got[2] == want[2])


@pytest.mark.parametrize("text,count,want", [
    ("On Tuesday night, ISIS militants attacked a Peshmerga post near Gwer.\nThe Peshmerga confronted the "
     "attackers and killed 3 of them, while 2 Peshmerga were martyred.", "3", "2024-05-14"),
    ("ISIS militants attacked an army post near Tuz on Tuesday evening.\nThe soldiers fought back, killing 2 "
     "attackers, while one soldier was wounded, a source said.", "2", "2024-05-14"),
    ("Militants attacked a police checkpoint in Kirkuk on Monday night. Police returned fire and killed 2 of the "
     "attackers.", "2", "2024-05-13"),
    ("Late on Monday, militants attacked Peshmerga positions in Garmiyan.\nPeshmerga forces repelled the assault, "
     "killing 4 of the militants.", "4", "2024-05-13"),
    ("Militants attacked a checkpoint in Kirkuk on Monday night. In response, police arrested 5 suspects.", "5",
     PUB),
])
def test_dates_classes21_response_to_a_dated_attack(nlp, text, count, want):
    assert _date(nlp, text, count)[0] == want


@pytest.mark.parametrize("text,count,want", [
    ("Army units killed 6 terrorists near Palmyra on Tuesday.\nSANA's reporter said that army units combed the area "
     "and dismantled 11 mines.", "11", (PUB, "week")),
    ("Army units killed 4 terrorists near Sukhna on Tuesday.\nOur correspondent in Deir ez-Zor reported that army "
     "units seized 3 weapons depots.", "3", (PUB, "week")),
    ("Army units killed 4 terrorists near Sukhna on Tuesday.\nThe SANA correspondent said engineering units "
     "dismantled 7 explosive devices.", "7", (PUB, "week")),
    ("Troops killed 4 militants near Hama on Monday. A reporter for the agency said units seized 5 rifles.", "5",
     (PUB, "week")),
    ("Army units killed 4 terrorists near Sukhna on Tuesday.\nA military source said engineering units dismantled "
     "7 explosive devices.", "7", ("2024-05-14", "day")),
    ("Army units killed 4 terrorists near Sukhna on Tuesday.\nThe units then dismantled 7 explosive devices.", "7",
     ("2024-05-14", "day")),
])
def test_dates_classes21_reporter_account_after_a_dated_sentence(nlp, text, count, want):
    assert _date(nlp, text, count) == want
