"""The province a place's own words give an event (docs/operation-rule.md 15-19). Each row: an
invented text, a count, the event's province. Place names marked are in no pattern file."""
import pytest

from actors_helpers import check_row

# 15: a place the text puts inside a province takes that province, even a listed one the
# pattern data files under a neighbouring province
INSIDE = [
    ("Army helicopters killed 6 militants in the Hamrin mountains of Kirkuk on Friday.", "6", "IQ-KI"),
    ("Nine hideouts were destroyed in the Mutaibija area of Diyala province, police said.", "Nine", "IQ-DI"),
    ("Federal Police units arrested 4 suspects in the Tharthar valley of Salahuddin.", "4", "IQ-SD"),
    ("The SDF detained 5 men in the Zabbara area of eastern Deir ez-Zor countryside.", "5", "SY-DY"),
    ("Troops found 3 caches in Qasr Dulaim in western Anbar on Sunday.", "3", "IQ-AN"),
    ("Jets struck 2 caves in Anbar's Wadi Mughira desert overnight.", "2", "IQ-AN"),
]


@pytest.mark.parametrize("text,count,province_id", INSIDE)
def test_place_anchors_inside_a_named_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 16: a name nobody listed (or a spelling variant of a place in another country) placed by a
# known place near it
PLACED_BY = [
    ("Police arrested 3 suspects in Kharab Sultan, a village 25 km north of Baquba.", "3", "IQ-DI"),
    ("Gunmen killed 2 farmers near Umm Hajra, south-west of Kirkuk, on Monday.", "2", "IQ-KI"),
    ("Troops seized 7 rifles in the village of Zawiyat Ahmad near Mosul.", "7", "IQ-NI"),
    ("The Asayish detained 4 people in Tal Mardini, Hasakah province, on Sunday.", "4", "SY-HA"),
    ("Militants killed 3 shepherds near Arisha, south of Hasakah, late on Friday.", "3", "SY-HA"),
]


@pytest.mark.parametrize("text,count,province_id", PLACED_BY)
def test_place_anchors_unlisted_place_placed_by_a_known_one(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 17: a later mention of a place so placed keeps its province, whatever the text named since
LATER = [
    ("Troops cleared the village of Bir Dhiyab in Diyala on Monday. In Kirkuk, police arrested a "
     "smuggler. Troops returned to Bir Dhiyab and found 5 explosive belts.", "5", "IQ-DI"),
    ("Police raided Kharab Sultan, a village 25 km north of Baquba. Kirkuk police said they arrested a "
     "suspect. On Tuesday 3 rockets were found in Kharab Sultan.", "3", "IQ-DI"),
    ("The SDF searched Tal Mardini, Hasakah province, on Sunday. Raqqa officials reported a blast. "
     "The SDF later detained 6 men in Tal Mardini.", "6", "SY-HA"),
    ("Shepherds were attacked near Umm Hajra, south of Kirkuk. A blast hit Tikrit. Troops killed 2 "
     "gunmen in Umm Hajra on Monday.", "2", "IQ-KI"),
]


@pytest.mark.parametrize("text,count,province_id", LATER)
def test_place_anchors_later_mention_keeps_the_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 18: a count at a place of no known province is not the next known place's when another clause
# comes between; it takes its sentence's place before it, else what the text is about
UNPLACED = [
    ("In Nineveh, police arrested 2 suspects. Troops killed 5 militants in Tal Sibat and seized "
     "3 rifles in Samarra.", "5", "IQ-NI"),
    ("Police in Diyala arrested 4 men in the village of Zawr Hamid and dismantled 2 bombs near "
     "Tikrit.", "4", "IQ-DI"),
    ("In Anbar, police reported calm. Troops destroyed 6 tunnels in Bir Mahmoud and arrested 3 men in "
     "Mosul.", "6", "IQ-AN"),
    ("The SDF said its units in Raqqa detained 7 men in the village of Kharab Ali and seized 2 cars near Hasakah.",
     "7", "SY-RA"),
]


@pytest.mark.parametrize("text,count,province_id", UNPLACED)
def test_place_anchors_unplaced_place_blocks_the_next_clause_place(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 19: a place across a province border takes the province the text names near it or most
BORDER = [
    ("Diyala police statement\n\nA bomb killed 2 soldiers at a post in the Mutaibija basin. Diyala "
     "officials said the area was sealed.", "2", "IQ-DI"),
    ("Troops of the Salahuddin Operations Command killed 4 militants in the Hamrin mountains.", "4", "IQ-SD"),
    ("Kirkuk police said 3 shepherds were wounded by a mine in the Wadi al-Shay valley. Kirkuk officials "
     "closed the road.", "3", "IQ-KI"),
    ("TIKRIT, Iraq - Jets struck 5 hideouts in the Hamrin mountains on Monday.", "5", "IQ-SD"),
]


@pytest.mark.parametrize("text,count,province_id", BORDER)
def test_place_anchors_border_place_takes_the_named_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# the listed province stays: a list of provinces, a reference point for a listed place, no evidence
KEPT = [
    ("Raids in Mosul, Kirkuk and Anbar netted 12 suspects, including 5 in Mosul.", "5", "IQ-NI"),
    ("Troops killed 3 militants in Samarra, 120 km north of Baghdad.", "3", "IQ-SD"),
    ("Jets struck 4 hideouts in the Wadi al-Shay valley; operations went on in Kirkuk and Salahuddin.",
     "4", "IQ-KI"),
    ("Police arrested 2 men in Tikrit, near Kirkuk, on Monday.", "2", "IQ-SD"),
]


@pytest.mark.parametrize("text,count,province_id", KEPT)
def test_place_anchors_keeps_the_listed_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 20: an "<Province> Operations Command" named before carries its province to later counts whose
# sentences, and the text before them, name no place
COMMANDS = [
    ("The Anbar Operations Command said on Monday its troops had combed the desert.\n\nThe troops killed 5 "
     "militants, the command said.", "5", "IQ-AN"),
    ("Salahuddin Operations Command - weekly results\n* Terrorists killed: 6\n* Wanted persons arrested: 9",
     "9", "IQ-SD"),
    ("Interview with the head of the Diyala Operations Command\nQ: What did your forces do in May?\nA: We "
     "arrested 12 suspects.", "12", "IQ-DI"),
    ("The Nineveh Operations Command announced a new sweep. Troops arrested 4 suspects on its first day.",
     "4", "IQ-NI"),
]


@pytest.mark.parametrize("text,count,province_id", COMMANDS)
def test_place_anchors_command_carries_its_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 16 (more ties): a district or town that holds the unlisted name ("a village in the Hawija
# district", "on the outskirts of Tikrit", "Hawija's X village"); a later mention keeps it (17)
HELD_BY_TOWN = [
    ("Troops cleared the village of Tal Sufra in the Hawija district. In Mosul, police arrested a "
     "smuggler. Troops found 4 bombs in Tal Sufra on Tuesday.", "4", "IQ-KI"),
    ("Police raided Umm Shuwayl on the outskirts of Tikrit. A blast hit Kirkuk. Police later seized "
     "3 rifles in Umm Shuwayl.", "3", "IQ-SD"),
    ("Gunmen attacked Hawija's Umm Shuwayl village. Mosul police said they were on alert. Two more "
     "attackers were killed in Umm Shuwayl on Friday.", "Two", "IQ-KI"),
    ("Jets struck the Tal Sufra area at the edge of Qaim. A convoy was hit near Mosul. Troops found "
     "6 caves in Tal Sufra.", "6", "IQ-AN"),
]


@pytest.mark.parametrize("text,count,province_id", HELD_BY_TOWN)
def test_place_anchors_unlisted_place_held_by_a_town(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# 21: a province's name before "neighbourhood", "quarter", "street" names a place called after it,
# of the province its own words give (a LOCATION, not the province)
NAMED_AFTER = [
    ("Police arrested 6 suspects in the al-Shuhada and al-Muthanna neighbourhoods of eastern Mosul.", "6",
     "IQ-NI"),
    ("A bomb wounded 3 people on Diyala street in Baquba on Monday.", "3", "IQ-DI"),
    ("Troops arrested 2 men in the Anbar quarter of Kirkuk city.", "2", "IQ-KI"),
    ("Gunmen killed 4 shopkeepers in the Basra neighbourhood of Tikrit.", "4", "IQ-SD"),
]


@pytest.mark.parametrize("text,count,province_id", NAMED_AFTER)
def test_place_anchors_place_named_after_a_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


def test_place_anchors_named_after_province_is_a_location(nlp):
    doc = nlp("Police raided the al-Muthanna neighbourhood of Mosul and arrested 5 men.")
    labels = {e["text"]: e["label"] for e in doc._.opstally_entities}
    assert labels["al-Muthanna"] == "LOCATION"
