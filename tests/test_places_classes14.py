"""Province classes of the province14 round (docs/operation-rule.md decisions 22-24): a province
heading over the list lines under it, a count placed in another country than its dateline's,
and the named zones of Turkey's northern-Iraq operations and Syrian strike-summary towns."""
import pytest


def _provinces(nlp, text):
    return [(e["count"]["text"], e["province_id"]) for e in nlp(text)._.opstally_events]


@pytest.mark.parametrize("text,count,want", [
    ("Weekly tally\nDiyala\n- Khanaqin: 2 suspects arrested\nNineveh\n- Tal Hamsin village: 5 hideouts destroyed",
     "5", "IQ-NI"),
    ("Results by province\nAnbar:\n- Rutba: 3 rifles seized\n- Hawi Sumar area: 4 tunnels destroyed\n"
     "Kirkuk:\n- Abbasi: 2 terrorists killed\n- Mazra Tayyeb: 6 explosive devices dismantled", "6", "IQ-KI"),
    ("Monthly figures\nSalahuddin province\n- Baiji: 1 soldier killed\n- Tal Dahab: 7 suspects detained\n"
     "Diyala province\n- Albu Karma: 3 caves destroyed", "3", "IQ-DI"),
    ("Hasakah\n- Shaddadi: 2 mines cleared\nRaqqa governorate\n- Hamrat Naser farms: 8 suspects detained",
     "8", "SY-RA"),
])
def test_places_classes14_heading_places_its_list_lines(nlp, text, count, want):
    assert (count, want) in _provinces(nlp, text)


@pytest.mark.parametrize("text,count,want", [
    ("Nineveh\n- Mosul: 2 suspects arrested\nAnbar\n- Haditha: 4 tunnels destroyed", "4", "IQ-AN"),
    ("Diyala\n- Khanaqin: 2 suspects arrested\n- Baiji: 5 rifles seized", "5", "IQ-SD"),
    ("Kirkuk\n- Daquq: 2 suspects arrested\nIn a later statement the police said that troops operating in "
     "Anbar's western desert around the town of Rutba had carried out a long search. "
     "Troops in Tal Jadir detained 3 suspects.", "3", "IQ-AN"),
    ("Anbar\n- Rutba: 3 rifles seized\nDiyala\n- Jalawla: 6 caves destroyed", "3", "IQ-AN"),
])
def test_places_classes14_heading_leaves_named_places_and_prose(nlp, text, count, want):
    got = dict(_provinces(nlp, text))
    assert got[count] == want


@pytest.mark.parametrize("text,count,want", [
    ("BAGHDAD (Reuters) - Iraqi jets struck a hideout across the border in Syria on Tuesday, killing 12 militants. "
     "The house stood in Hajin, the military said.", "12", "SY-DY"),
    ("BAGHDAD, June 3 (Wire) - Iraqi aircraft carried out 6 strikes inside Syrian territory overnight. "
     "The targets lay near Baghouz, a spokesman said.", "6", "SY-DY"),
    ("ERBIL, Kurdistan Region - Coalition and SDF forces detained 9 ISIS operatives in northeastern Syria "
     "during raids near Shaddadi this week.", "9", "SY-HA"),
    ("DAMASCUS (AFP) - Syrian army shelling killed 4 gunmen inside Iraq near Qaim, a monitor said.",
     "4", "IQ-AN"),
])
def test_places_classes14_dateline_gives_way_to_another_country(nlp, text, count, want):
    assert (count, want) in _provinces(nlp, text)


@pytest.mark.parametrize("text,count,want", [
    ("BAGHDAD (AFP) - Iraqi jets struck 5 hideouts in Syria on Friday, the military said.", "5", None),
    ("BAGHDAD (Reuters) - Police killed 3 gunmen in Iraq's capital on Sunday.", "3", "IQ-BG"),
    ("KIRKUK, Iraq - Iraqi troops killed 4 militants in a raid on Monday, the army said.", "4", "IQ-KI"),
    ("BAGHDAD - Troops of the Iraqi army killed 2 ISIS members in Tarmiyah, inside Iraq.", "2", "IQ-BG"),
])
def test_places_classes14_dateline_kept_without_another_country(nlp, text, count, want):
    assert dict(_provinces(nlp, text))[count] == want


@pytest.mark.parametrize("text,count,want", [
    ("ANKARA - Turkish forces neutralised 6 PKK terrorists in the Zap region of northern Iraq.", "6", "IQ-DA"),
    ("The ministry said 3 PKK militants were neutralised in the Gara region on Monday.", "3", "IQ-DA"),
    ("Turkish drones struck 4 PKK shelters near Hakurk overnight.", "4", "IQ-AR"),
    ("Two PKK members were neutralised in the Avashin-Basyan area, the ministry said.", "Two", "IQ-DA"),
    ("Near Dashisha, 2 strikes engaged an ISIS tactical unit.", "2", "SY-HA"),
    ("Near Mar'a, 3 strikes destroyed ISIS fighting positions.", "3", "SY-HL"),
])
def test_places_classes14_named_zones_have_their_province(nlp, text, count, want):
    assert (count, want) in _provinces(nlp, text)


@pytest.mark.parametrize("text,count,want", [
    ("Turkish jets struck 8 PKK targets in the Asos region of Sulaimani.", "8", "IQ-SU"),
    ("The Peshmerga killed 2 militants near Makhmour.", "2", "IQ-AR"),
    ("Near Hajin, 4 strikes destroyed an ISIS vehicle.", "4", "SY-DY"),
    ("Near Manbij, 5 strikes engaged ISIS units.", "5", "SY-HL"),
])
def test_places_classes14_named_zones_leave_other_places(nlp, text, count, want):
    assert (count, want) in _provinces(nlp, text)


@pytest.mark.parametrize("text,count,want", [
    ("The ministry held 50 suspects in May. Anbar accounted for 21 of the arrests and Diyala for 13.", "21", "IQ-AN"),
    ("The ministry held 50 suspects in May. Anbar accounted for 21 of the arrests and Diyala for 13.", "13", "IQ-DI"),
    ("Monitors logged 40 strikes. Hasakah accounted for 12 of the strikes, Raqqa for 9.", "12", "SY-HA"),
    ("Of the 30 arrests, Kirkuk accounted for 11 arrests and Nineveh for 7 arrests.", "11", "IQ-KI"),
])
def test_places_classes14_place_owns_the_count_it_accounts_for(nlp, text, count, want):
    assert (count, want) in _provinces(nlp, text)


@pytest.mark.parametrize("text,count,want", [
    ("Troops stayed in Anbar for 3 days and killed 2 militants in Rutba.", "2", "IQ-AN"),
    ("Police from Kirkuk arrested 4 suspects in Tikrit.", "4", "IQ-SD"),
    ("Forces in Diyala killed 5 militants near Baiji.", "5", "IQ-SD"),
    ("Nineveh police said they arrested 6 suspects in Tal Afar.", "6", "IQ-NI"),
])
def test_places_classes14_place_without_accounting_words_leaves_the_count(nlp, text, count, want):
    assert (count, want) in _provinces(nlp, text)
