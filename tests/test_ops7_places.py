"""The province of an event, on fresh phrasings (issue 10): not the place a spokesman speaks
from, not a destination or a neighbouring province across a border, the place of the
count's own clause, the province of an "<Province> Operations Command", and for a headline
before any place, the place the text goes on to name.

Each row is a short invented text, the count it is about and the province id its event
must carry."""
import pytest

from actors_helpers import check_row

# a place where the report was given (a source, spokesman, news conference) is not the event's
REPORTER_PLACES = [
    ("Two soldiers were wounded by a bomb in Wadi al-Shay, south of Kirkuk. A security source in "
     "Salahuddin said 3 more were hurt in the same valley.", "3", "IQ-KI"),
    ("Brigades of the Hashd worked in the desert near Rutba. They demolished 22 hideouts, the deputy "
     "commander told a news conference in Baghdad.", "22", "IQ-AN"),
    ("Troops swept the orchards of Muqdadiyah on Sunday. They killed 3 militants, an officer speaking "
     "to reporters in Baghdad said.", "3", "IQ-DI"),
    ("KIRKUK, Iraq (AFP) - Air force jets killed 8 militants in a cave, a spokesman in Baghdad said.",
     "8", "IQ-KI"),
    ("SULAIMANI, Kurdistan Region - The counter-terrorism department arrested 4 men, a spokesman in Erbil "
     "said.", "4", "IQ-SU"),
]


@pytest.mark.parametrize("text,count,province_id", REPORTER_PLACES)
def test_ops7_reporter_place_is_not_event_place(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# a destination ("fleeing toward X") or the province across a border is not where it happened
DESTINATIONS = [
    ("The SDF raided farms near Markada in Hasakah. A coalition drone killed 2 fighters fleeing toward "
     "Deir ez-Zor.", "2", "SY-HA"),
    ("In Tarmiyah, north of the capital near the border with Salahuddin, police shot dead 2 bombers.", "2",
     "IQ-BG"),
    ("Near Baiji, close to the border of Kirkuk, the army arrested 6 suspects.", "6", "IQ-SD"),
    ("Police in Rutba stopped a truck and arrested 3 smugglers heading towards Karbala.", "3", "IQ-AN"),
]


@pytest.mark.parametrize("text,count,province_id", DESTINATIONS)
def test_ops7_destination_or_border_is_not_event_place(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# two clauses, each with its own place: a count takes its own clause's place
CLAUSES = [
    ("Police in Fallujah arrested 3 men, while in Abu Ghraib an army patrol seized 2 trucks.",
     {"3": "IQ-AN", "2": "IQ-BG"}),
    ("The Peshmerga in Makhmour captured 4 suspects; in Sinjar the police detained 2 more.",
     {"4": "IQ-AR", "2": "IQ-NI"}),
    ("In Hawija troops killed 5 militants, whereas in Baiji 2 soldiers were hurt.",
     {"5": "IQ-KI", "2": "IQ-SD"}),
    ("At Tabqa the SDF detained 6 suspects, while near Hajin the coalition struck 2 hideouts.",
     {"6": "SY-RA", "2": "SY-DY"}),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_ops7_count_takes_its_clause_place(nlp, text, expected):
    for count, province_id in expected.items():
        check_row(nlp, text, count, province_id=province_id)


# "<Province> Operations Command": the command's province, when the sentence names no place
COMMANDS = [
    ("A force of the Ninevah Operations Command destroyed 4 ISIS hideouts.", "4", "IQ-NI"),
    ("Troops of the Anbar Operations Command seized 20 mortar rounds on Friday.", "20", "IQ-AN"),
    ("The Salah al-Din Operations Command said its units killed 3 militants.", "3", "IQ-SD"),
    ("Diyala Operations Command forces arrested 7 suspects overnight.", "7", "IQ-DI"),
    ("Troops of the Jazeera Operations Command searched 40 square kilometres.", "40", None),
]


@pytest.mark.parametrize("text,count,province_id", COMMANDS)
def test_ops7_operations_command_gives_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


def test_ops7_named_place_beats_command(nlp):
    text = "Baghdad Operations Command forces arrested 2 suspects in Baiji."
    check_row(nlp, text, "2", province_id="IQ-SD")


# a headline before any place: the place the text goes on to name
HEADLINES = [
    ("4 terrorist hideouts destroyed\nA force of the army destroyed 4 ISIS hideouts near Badush.", "IQ-NI"),
    ("SDF dismantle 9 ISIS cells\nA week of raids around Markada broke up the cells, the SDF said.", "SY-HA"),
    ("Hashd kills 6 militants\nThe PMF said its fighters ambushed a cell in the Mutaibija basin.", "IQ-SD"),
    ("Police arrest 12 suspects\nThe raids took place in Hit and Heet's outskirts overnight.", "IQ-AN"),
]


@pytest.mark.parametrize("text,province_id", HEADLINES)
def test_ops7_headline_takes_the_place_named_next(nlp, text, province_id):
    assert nlp(text)._.opstally_events[0]["province_id"] == province_id


# a province in an official's title is not the event's place
TITLES = [
    ("Peshmerga killed 3 militants southwest of Erbil on Monday. The governor of Kirkuk, speaking at an "
     "event, praised the unit. One fighter was wounded in the clash.", "One", "IQ-AR"),
    ("Police arrested 4 suspects near Heet on Sunday, the governor of Baghdad said.", "4", "IQ-AN"),
    ("Troops destroyed 6 hideouts in Hamrin. Later, the governor of Salahuddin said 2 soldiers were hurt.",
     "2", "IQ-DI"),
    ("The army seized 9 rockets near Rutba, the deputy governor of Nineveh said.", "9", "IQ-AN"),
]


@pytest.mark.parametrize("text,count,province_id", TITLES)
def test_ops7_title_province_is_not_event_place(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# a reporter's noun a few words before "in <place>": the place the report was given from
REPORTER_FAR = [
    ("In Tuz Khurmatu police found 4 roadside bombs, a source at the Ministry of Interior in Baghdad said.",
     "4", "IQ-SD"),
    ("Near Hawija troops killed 3 militants, an official of the provincial council in Erbil said.",
     "3", "IQ-KI"),
    ("Near Hajin the SDF detained 8 men, according to a spokesman for the command in Hasakah.", "8", "SY-DY"),
    ("In the Rutba desert jets destroyed 5 hideouts, sources at the Defence Ministry in Baghdad said.", "5", "IQ-AN"),
]


@pytest.mark.parametrize("text,count,province_id", REPORTER_FAR)
def test_ops7_reporter_noun_a_few_words_before(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


# "<Province or town> police": the province of the events of a sentence that names no other place
PROVINCE_POLICE = [
    ("In a separate raid Tuz Khurmatu police found 4 roadside bombs, a source in Baghdad said.", "4", "IQ-SD"),
    ("In a separate incident, Kirkuk police arrested 3 suspects.", "3", "IQ-KI"),
    ("Diyala police said they had seized 12 rifles overnight.", "12", "IQ-DI"),
    ("Officers of the Anbar Police Command detained 5 smugglers.", "5", "IQ-AN"),
    ("Basra police arrested 9 men wanted on terrorism charges.", "9", "IQ-BA"),
]


@pytest.mark.parametrize("text,count,province_id", PROVINCE_POLICE)
def test_ops7_province_police_gives_province(nlp, text, count, province_id):
    check_row(nlp, text, count, province_id=province_id)


def test_ops7_reporter_noun_of_the_last_sentence_is_not_this_ones(nlp):
    text = "Police seized 2 trucks near Abu Ghraib, officials said on Thursday. In Samarra, a bomb wounded 4 pilgrims."
    check_row(nlp, text, "4", province_id="IQ-SD")
