"""Reads of a model's name for `opstally_ner_filter` (ner_filter.py), found on real news text
(issue 10): a rank abbreviation the tokenizer splits from its period still marks a person ("Lt.
Col. Karim Dawood of the 5th Brigade said": "Col" "." "Karim"), and a FORCE opening with an armed
group's prefix ("Saraya Abu Bakr militia") is a group's name. `w` is the filter's cue word lists
by id (`patterns/ner_cues.jsonl`)."""
from typing import Dict, FrozenSet, List

from spacy.tokens import Span

from ..resources import word_list

ALLEGIANCE_JOINERS = word_list("allegiance_joiners")  # "loyal to X", "affiliated with X"
NAME_ARTICLES = word_list("name_articles")  # "al-Assad": the surname after its article


def title_before(lower: List[str], start: int, w: Dict[str, FrozenSet[str]]) -> str:
    """The word before the token at `start`, read past the period of a rank or title abbreviation
    that the title list holds with and without its period ("col" and "col."): "Col. X" is "col"
    before X; a sentence's last word is not ("... said the general. X")."""
    before = lower[start - 1] if start > 0 else ""
    if before == "." and start > 1:
        word = lower[start - 2]
        if word in w["person_title"] and word + "." in w["person_title"]:
            return word
    return before


def group_prefixed(e: Span, w: Dict[str, FrozenSet[str]]) -> bool:
    """A name of two words or more opening with an armed group's prefix ("Saraya X", "Jaysh X") and
    with no force head word in it ("Liwa X Brigade" may be a state force's unit)."""
    words = [t.lower_ for t in e]
    return len(words) > 1 and words[0] in w["group_prefix"] and not any(x in w["force_head"] for x in words)


def after_the(lower: List[str], start: int, w: Dict[str, FrozenSet[str]]) -> bool:
    """A place cue before "the" and the name: a crossing or place preposition ("crossed the Khabur",
    "along the Euphrates", "in the Badia"; `place_before_the`), or "of" after a place noun or a
    direction ("the eastern bank of the Tigris", "south of the Euphrates"; `place_of_the`): a river's
    or a region's name, which the text gives with its article."""
    if start < 2 or lower[start - 1] != "the":
        return False
    word = lower[start - 2]
    if word == "of":  # "of" in the row too: an empty row turns the whole cue off
        return "of" in w["place_before_the"] and start > 2 and lower[start - 3] in w["place_of_the"]
    return word in w["place_before_the"]


def appositive_person(lower: List[str], end: int, w: Dict[str, FrozenSet[str]]) -> bool:
    """A name in apposition to a person's title: ", a deputy of ...", ", the group's finance chief"
    (a `person_title` word within four words after ", a/an/the"; a place noun first ends the look:
    "X, a village whose mayor ..." is a place)."""
    if end + 1 >= len(lower) or lower[end] != "," or lower[end + 1] not in w["person_apposition_opener"]:
        return False
    for x in lower[end + 2:end + 6]:
        if x in w["person_title"]:
            return True
        if x in w["place_after"] or x in (",", ".", ";", ":"):
            return False
    return False


def unit_company(words: List[str], w: Dict[str, FrozenSet[str]]) -> bool:
    """A company of a battalion by its letter or role ("A Company", "Bravo company", "Weapons Company":
    `company_designator` words before a `unit_company` word): a unit (docs/actor-rule.md 20), though
    "company" is an institution word of a firm ("North Oil Company") everywhere else."""
    return (len(words) > 1 and words[-1] in w["unit_company"]
            and all(x in w["company_designator"] for x in words[:-1]))


def quoted_source(lower: List[str], start: int, w: Dict[str, FrozenSet[str]]) -> bool:
    """The name a text quotes or speaks to, after "according to", "speaking to", "in a statement to"
    (`source_before_to`), with its article or not ("according to the NSS"): an outlet, a person or an
    office, never a place, though "to" is a place cue elsewhere ("the road to X")."""
    if start > 2 and lower[start - 1] == "the":  # "according to the NSS"
        start -= 1
    return start > 1 and lower[start - 1] == "to" and lower[start - 2] in w["source_before_to"]


def allegiance_to(lower: List[str], start: int, w: Dict[str, FrozenSet[str]]) -> bool:
    """The name one is tied to, after "loyal to", "pledged allegiance to", "affiliated with"
    (`allegiance_before`): a person or a group, never a place, though "to" is a place cue elsewhere
    ("the road to X")."""
    return start > 1 and lower[start - 1] in ALLEGIANCE_JOINERS and lower[start - 2] in w["allegiance_before"]


def organ_of_group(e: Span, ents: List[Span], lower: List[str], w: Dict[str, FrozenSet[str]]) -> bool:
    """A model FORCE that a known armed group's name owns: "the Islamic police of ISIS", "the Hisba
    police of Daesh", "ISIS's Diwan of Soldiers" (read past one force head word after the span: the
    model may stop before "police"). A state force is no organ of a hostile group; the gold labels
    a group's offices neither FORCE nor ARMED_GROUP."""
    groups = [k for k in ents if k.ent_id and k.label_ == "ARMED_GROUP"]
    if not groups:
        return False
    k = e.end + (e.end < len(lower) and lower[e.end] in w["force_head"])
    if k < len(lower) and lower[k] == "of":
        k += 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
        if any(g.start == k for g in groups):
            return True
    return e.start >= 2 and lower[e.start - 1] in ("'s", "’s") and any(g.end == e.start - 1 for g in groups)


def byline_name(e: Span, starts: FrozenSet[int], w: Dict[str, FrozenSet[str]]) -> bool:
    """A name in a byline: back from it over capitalised words and "and" to a "by" that opens a line
    or a sentence or follows a byline word or mark (`byline_before`: "Reporting by", "Compiled by",
    "· by"): "By Hiba Younis and Karim Aziz", "Reporting by Sara Haddad in Baghdad". A comma ends the
    run ("By X, Tarmiyah": the dateline's place is a place)."""
    doc = e.doc
    k = e.start - 1
    while k >= 0 and e.start - k <= 8 and doc[k].lower_ != "by":
        if doc[k].lower_ not in ("and", "&") and not (doc[k].is_alpha and (doc[k].is_title or doc[k].is_upper)):
            return False
        k -= 1
    if k < 0 or doc[k].lower_ != "by":
        return False
    return k in starts or k == 0 or doc[k - 1].is_space or doc[k - 1].lower_ in w["byline_before"]


def civil_office(words: List[str], after: str, w: Dict[str, FrozenSet[str]]) -> bool:
    """A civil service's office: a civil-service word ("health", "passports", "civil defence") and no
    force head word in the name or right after it other than an office's (`office_head`: "directorate",
    "office"): "the Nineveh Health Directorate", "the General Directorate of Passports"; not "the
    Traffic Police Directorate" (police) nor "the Oil Police" (police). An office's words alone name
    no force either ("the General Directorate of X": the model's span stops before whose it is)."""
    if any(x in w["office_head"] for x in words) and all(x in w["organ_word"] or x in w["office_head"] for x in words):
        return True
    if not any(x in w["civil_service_word"] for x in words):
        return False
    return not any(x in w["force_head"] and x not in w["office_head"] for x in words + [after])


def public_figure(text: str, w: Dict[str, FrozenSet[str]]) -> bool:
    """A public figure's surname alone, an article before it or not ("Assad", "al-Assad", "Erdogan"):
    the news names heads of state and leaders so; a place named after one has its place word ("Ain
    al-Asad", "Sadr City") and is no surname alone."""
    first, _, rest = text.lower().replace("-", " ", 1).partition(" ")
    return (rest if first in NAME_ARTICLES and rest else text.lower()) in w["public_figure_surname"]


def country_part(text: str, w: Dict[str, FrozenSet[str]]) -> bool:
    """A direction before a country ("eastern Syria", "Northern Iraq", "North-East Syria"): a part of
    a country, which the gold labels no more than the country itself."""
    first, _, rest = text.lower().partition(" ")
    return first in w["direction_adjective"] and rest in w["country"]
