"""More places no pattern lists, found by where a text puts them rather than by a cue word
around them (docs/architecture.md, ents15 decisions):

- a place found once by its cue is a place at its other mentions in the document, also in a
  heading written in capitals ("the village of Girdasor ... Girdasor residents",
  "WADI ZUHAYRIYA: ..." over "in Wadi Zuhayriya");
- the label of a line of a results bulletin, before ":" or "," and a count, after a bullet or
  in two lines or more ("- Qarat Mishlab: 4 hideouts destroyed", "• Hamdaniyat, 3 caves cleared");
- a name right after a strike word and "on" (`place_cues.jsonl` `on_after`): "a raid on
  Hawaij Radwan", "airstrikes on Zuwaytin"; after a road word and "to" (`to_after`): "the road
  to Zor Shammar";
- a name after a place preposition that a comma and a known place's reference follow ("in
  Qara Hanjir, east of Kirkuk", "in Abu Shakhat, near Jazrat Buhamid", "in Zor Shammar, Deir
  ez-Zor province");
- the place of a dateline followed by an agency in brackets and a dash, or by a dash alone after one
  city word in capitals ("BEIRUT (AFP) –", "ANKARA —": `dateline_tail`, read by `_datelines`).
Read by place_names.find_place_names; nothing here overrides an entity already found."""
from typing import Any, Callable, Dict, List, NamedTuple, Set, Tuple

from ..resources import word_list
from ..tokens import where_in

BULLETS = frozenset(["-", "•", "*", "–", "·"])
LABEL_ENDS = frozenset([":", ","])
PROVINCE_WORDS = word_list("province_nouns")

Spans = List[Tuple[int, int]]


def other_mentions(tv: Any, found: Spans, taken: Set[int]) -> Spans:
    """The other capitalised (or all-capitals) mentions of the names in `found`."""
    words, out = tv.lower, []
    present = set(words)
    for s, e in found:
        key = words[s:e]
        if key[0] not in present:
            continue
        k = -1
        for _ in range(words.count(key[0])):
            k = words.index(key[0], k + 1)
            span = range(k, k + len(key))
            if words[k:k + len(key)] == key and taken.isdisjoint(span) and tv.text(k)[:1].isupper():
                out.append((k, k + len(key)))
                taken.update(span)
    return out


def line_labels(tv: Any, name_end: Callable[[int], int], taken: Set[int]) -> Spans:
    """The place labels of a bulletin's lines: a name at a line's start (after a bullet, or
    unbulleted when two lines or more of the text have the shape), ":" or "," and a number.
    `name_end(k)`: one past the capitalised name starting at k (k when none)."""
    words, n = tv.lower, len(tv.lower)
    bulleted, plain = [], []
    for end in where_in(words, LABEL_ENDS):  # the label's end first: commas and colons, found in C
        if end + 1 >= n or not tv.text(end + 1)[:1].isdigit():
            continue
        start = next((s for s in range(end - 1, max(-1, end - 6), -1) if s == 0 or "\n" in words[s - 1]
                      or (words[s - 1] in BULLETS and (s == 1 or "\n" in words[s - 2]))), None)
        if start is None or name_end(start) != end or not taken.isdisjoint(range(start, end)):
            continue
        (bulleted if start > 0 and words[start - 1] in BULLETS else plain).append((start, end))
    return bulleted + (plain if len(plain) > 1 else [])


def after_strike_on(tv: Any, cue_words: frozenset, name_end: Callable[[int], int], taken: Set[int],
                    prep: str = "on", owned: frozenset = frozenset()) -> Spans:
    """The capitalised name after a strike word and "on": "a raid on Hawaij Radwan" (with `prep`
    "to" and road words: "the road to Zor Shammar"); not a name before a noun of `owned` ("a raid
    on Jund al-Khilafa hideouts": the hideouts' owner)."""
    words, out = tv.lower, []
    if prep not in words or not cue_words:
        return out
    k = -1
    for _ in range(words.count(prep)):
        k = words.index(prep, k + 1)
        if k > 0 and words[k - 1] in cue_words and k + 1 < len(words) and k + 1 not in taken:
            end = name_end(k + 1)
            if end > k + 1 and not (end < len(words) and (words[end] in owned or words[end] in POSSESSIVES)):
                # "a raid on Abu Bakr's compound": his
                out.append((k + 1, end))
                taken.update(range(k + 1, end))
    return out


def placed_by_reference(tv: Any, prepositions: frozenset, refs: Tuple[frozenset, frozenset],
                        name_end: Callable[[int], int], places: Dict[int, int], taken: Set[int]) -> Spans:
    """The name after a place preposition followed by ", <direction> of <known place>", ", near
    <known place>" or ", <province> province". `refs`: (direction words, "near" words); `places`:
    start -> end of the known places and provinces."""
    words, n, out = tv.lower, len(tv.lower), []
    directions, nears = refs
    for comma in where_in(words, COMMAS):  # the reference first, found in C
        ref = comma + 1
        if ref + 1 >= n:
            continue
        if words[ref] in directions and words[ref + 1] == "of":
            ref += 2
        elif words[ref] in nears:
            ref += 1
        elif not (ref in places and places[ref] < n and words[places[ref]] in PROVINCE_WORDS):
            continue
        start = next((s for s in range(comma - 1, max(0, comma - 6), -1) if words[s - 1] in prepositions), None)
        if ref not in places or start is None or start in taken or not tv.text(start)[:1].isupper() \
                or name_end(start) != comma or not taken.isdisjoint(range(start, comma)):
            continue
        out.append((start, comma))
        taken.update(range(start, comma))
    return out


COMMAS = frozenset([","])


DATELINE_DASHES = frozenset(["-", "–", "—"])
CITY_LETTERS = 5  # a shorter word in capitals before a dateline's dash is an agency: "INA —", "ANHA –"


def dateline_tail(tv: Any, end: int, dateline_after: frozenset, caps: bool, taken: Set[int]) -> bool:
    """What follows a dateline's place: ", Oct 29" / ", Iraq" (`dateline_after`); an agency in
    brackets and a dash ("(AFP) –"); a dash alone after a name in capitals ("ANKARA —"), not after
    a title-case one (an outlet's byline: "Enab Baladi – Deir Ezzor"); no place in the brackets
    ("Shafaq News (Baghdad) –")."""
    words = tv.lower
    if words[end] == ",":
        return words[end + 1].rstrip(".") in dateline_after
    if words[end] == "(":
        close = next((j for j in range(end + 1, min(len(words), end + 6)) if words[j] == ")"), None)
        return close is not None and close + 1 < len(words) and tv.text(close + 1) in DATELINE_DASHES \
            and taken.isdisjoint(range(end + 1, close))
    return caps and tv.text(end) in DATELINE_DASHES and _city_word(tv, end)


def _city_word(tv: Any, end: int) -> bool:
    """One word in capitals before a dateline's dash names a city, not an agency ("INA —", "ANHA –");
    two words or more are a label ("SOUTHWEST ASIA –", "DAILY SITUATION REPORT —")."""
    return len(tv.text(end - 1)) >= CITY_LETTERS and (end < 2 or not tv.text(end - 2).isupper()
                                                    or not tv.text(end - 2).isalpha() or len(tv.text(end - 2)) < 3)


POSSESSIVES = frozenset(["'s", "’s"])
PERSON_REACH = 5  # ", the cell's leader": the person's noun within five words after the comma
APPOSITION_STOPS = frozenset([",", ".", ";", ":", "(", ")", "\n"])


class PersonCues(NamedTuple):
    """place_cues.jsonl `person_appositive`: what opens the apposition, its person nouns, its relatives,
    the verbs of speech that make the noun the report's source; and the place nouns that end the search."""
    openers: frozenset = frozenset()
    nouns: frozenset = frozenset()
    relatives: frozenset = frozenset()
    speech: frozenset = frozenset()
    places: frozenset = frozenset()


def described_person(words: List[str], end: int, person: PersonCues) -> bool:
    """A name ending at `end` that an apposition calls a person: ", the cell's leader", ", a smuggler
    said to ...", ", who ..." (docs/architecture.md ents16 P2); not ", a village where a leader hid",
    ", the official added", ", a strike killed a senior official" (a second determiner opens another phrase)."""
    if end + 1 >= len(words) or words[end] != "," or words[end + 1] not in person.openers:
        return False
    if words[end + 1] in person.relatives:
        return True
    for k in range(end + 2, min(len(words), end + 2 + PERSON_REACH)):
        w = words[k]
        if w in APPOSITION_STOPS or "\n" in w or w in person.places or w in person.openers:  # ", a strike killed a"
            return False
        if w in person.nouns:  # "near Batifa, the official added": the report's source, no apposition
            return not (k + 1 < len(words) and words[k + 1] in person.speech and words[k + 2:k + 3] != ["to"])
    return False
