"""What a text names that is not where or in what its events happen: operations told as
background, sentences about a separate incident, places that are not an event's place.

- An operation named as background gives its id to no event outside its own sentence: one
  named with an earlier year ("In 2017, ... during Operation Will of Victory", when the text
  is of 2024), one told as earlier ("the previous Heroes of Iraq campaign"); and one named as
  over ("since Operation Roundup ended", "after Jazeera Storm concluded") not even there: a
  running total since an operation ended is no part of it.
- A sentence that opens on a separate incident ("In a separate raid", "Separately,") takes no
  operation from the sentences before it.
- A place that a report was given from ("a security source in Salahuddin said", "told a news
  conference in Baghdad"), a destination ("fleeing toward Deir ez-Zor") or the province
  across a border ("near the border with Salahuddin") is an event's place only when the text
  names no other.
- "<Province> Operations Command": the command's province stands for the place of the
  events of a sentence that names no place (`command_province` on the force's record).
The words are data (patterns/words_en.jsonl); ANNOTATION.md section 4 gives the rule.
"""
import re
from bisect import bisect_right
from typing import Any, Callable, Dict, List, Optional, Set, Tuple

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list
from ..tokens import TokenView

YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# a year standing alone, or closing a dotted date ("11.09.2024", "1.9.2024"); the year's digits come
# first so `re` skips to a "1" or "2" in C (each lookbehind reads back over the 4 digits)
YEARS_IN_TEXT = re.compile(r"(19[5-9]\d|20\d\d)(?:(?<![\w.,]\d{4})|(?<=\b\d\.\d\.\d{4})|(?<=\b\d\.\d\d\.\d{4})"
                           r"|(?<=\b\d\d\.\d\.\d{4})|(?<=\b\d\d\.\d\d\.\d{4}))(?![\w.,]\d|\w)")
YEAR_MARKS = word_list("background_year_marks")  # "in 2017", "during 2019"
PAST_MARKS = word_list("background_operation_marks")  # "the previous X campaign", "last year's X"
SINCE_MARKS = word_list("operation_since_marks")  # "since", "after"
RUNNING_TOTAL_OPENERS = word_list("running_total_openers")  # "since 2019": a start, no date of the name
TRIGGERS = word_list("operation_triggers")  # "the 2018 Operation X"
POSSESSIVES = word_list("entity_trailing")  # "2017's X": a possessive ending
ENDED = word_list("operation_ended")  # "ended", "concluded", "end of"
SEPARATE = word_list("separate_incident")  # "separately", "in a separate raid"
REPORTERS = word_list("reporter_place_heads")  # "a source in X", "a spokesman in X"
REPORTER_PREPOSITIONS = word_list("reporter_place_prepositions")  # "in", "from"
REPORTER_NOUNS = word_list("reporter_place_nouns")  # "a source at the Ministry of Interior in X"
AWAY = word_list("away_place_heads")  # "toward X", "the border with X"
SKIP = word_list("determiners_before_place")  # "the"
OPENING = 6  # tokens at a sentence's start that can open on a separate incident
COMMAND_TAILS = word_list("province_command_tails")  # "Operations Command"
TAIL_ENDS = frozenset(t.split()[-1] for t in COMMAND_TAILS)
SENTENCE_ENDS = word_list("sentence_end_marks")  # ".", "!", "?"
COUNTRIES = word_list("country_words")  # "Iraq", "Syria": a count over a whole country has no province
REPORTING = word_list("reporting")  # "Iraq says ...": the government speaks, the country is no place


def doc_year(date: Optional[str], text: str) -> Optional[int]:
    """The document's year: its date's (metadata), else the latest year its text states. The one
    reading of "the document's year" (an earlier campaign here, a history sentence in
    `Context._background`): a later year than the date's in the text is a plan, not the present."""
    if date and YEAR.match(date[:4]):
        return int(date[:4])
    years = YEARS_IN_TEXT.findall(text)
    return max(int(y) for y in years) if years else None


def background_operations(tv: TokenView, ents: List[Dict[str, Any]], sentences: List[Tuple[int, int]],
                          year_of: Callable[[], Optional[int]]) -> Dict[int, str]:
    """token_start of each operation mention told as background -> "ended" (over: no event is
    in it) or "past" (an earlier campaign: only its own sentence's events are). `year_of`: the
    document's year (`doc_year`), asked only when an operation's sentence states a year."""
    out: Dict[int, str] = {}
    words = tv.lower
    year: List[Optional[int]] = []
    starts = [sent[0] for sent in sentences]
    for e in ents:
        if e["label"] != "OPERATION":
            continue
        s, t = e["token_start"], e["token_end"]
        before = words[max(0, s - 5):s]
        after = words[t:t + 4]
        if SINCE_MARKS.intersection(before) and (ENDED.intersection(after) or ENDED.intersection(before)):
            out[s] = "ended"
            continue
        stated = _stated_years(tv, _sentence_of(sentences, starts, s)) + _year_before(tv, s)
        if stated and not year:
            year.append(year_of())
        if _told_as_earlier(words, s) or (stated and year[0] is not None and min(stated) < year[0]):
            out[s] = "past"
    return out


def _told_as_earlier(words: List[str], s: int) -> bool:
    """A mark of an earlier campaign within four words before the name ("the previous X
    campaign", "last year's X offensive"); a mark may be of several words."""
    before = " " + " ".join(words[max(0, s - 4):s]) + " "
    return any(f" {mark} " in before for mark in PAST_MARKS)


def _year_before(tv: TokenView, s: int) -> List[int]:
    """The year that modifies an operation's name right before it ("the 2018 Operation Dawn Patrol",
    "2017's Wrath of Anah", "the 2016 Blue Gate offensive"); not a date line's ("January 2018\n\nOperation
    X") nor a running total's start ("since 2019 Operation X has ...")."""
    k = s - 1
    k -= k >= 0 and tv.text(k) in TRIGGERS
    k -= k >= 0 and tv.lower[k] in POSSESSIVES
    if k < 1 or not YEAR.match(tv.text(k)) or not tv.text(k - 1).islower() or tv.lower[k - 1] in RUNNING_TOTAL_OPENERS:
        return []
    return [int(tv.text(k))]


def _sentence_of(sentences: List[Tuple[int, int]], starts: List[int], tok: int) -> Tuple[int, int]:
    """The sentence holding `tok` (sentences in order, apart; `starts` their starts): a bisection,
    not a pass per operation mention (that made long documents quadratic)."""
    k = bisect_right(starts, tok) - 1
    return sentences[k] if k >= 0 and tok < sentences[k][1] else (tok, tok + 1)


def _stated_years(tv: TokenView, sent: Tuple[int, int]) -> List[int]:
    """The years after "in"/"during" in the sentence ("In 2017, ...")."""
    return [int(tv.text(k)) for k in range(max(sent[0], 1), sent[1])
            if tv.lower[k - 1] in YEAR_MARKS and YEAR.match(tv.text(k))]


def clause_break(words: List[str], start: int, end: int) -> bool:
    """A clause break ("while", ";") among words[start:end]: what is past it is another clause's."""
    return any(w in CLAUSE_BREAKS for w in words[start:end])


def nearest_operation(words: List[str], ops: List[Dict[str, Any]], tok: int) -> Dict[str, Any]:
    """Of a sentence's operations, the one of the count's clause: the last before the count with
    no clause break between, else the first after it with none, else the first ("The Black Reed
    operation killed 4, while the SDF, in Operation Jazeera Storm, detained 6")."""
    before = [e for e in ops if e["token_end"] <= tok and not clause_break(words, e["token_end"], tok)]
    after = [e for e in ops if e["token_start"] > tok and not clause_break(words, tok, e["token_start"])]
    if not before:
        return after[0] if after else ops[0]
    k = ops.index(before[-1])
    while k and words[ops[k - 1]["token_end"]:ops[k]["token_start"]] in (["and"], [",", "and"], [","]):
        k -= 1  # "Operations Deterrence of Terrorism and Jazira Storm": the first of a pair leads
    return ops[k]


def opens_separately(words: List[str], sent: Tuple[int, int]) -> bool:
    """A sentence that opens on a separate incident: "Separately, ...", "In a separate raid ..."."""
    return bool(SEPARATE.intersection(words[sent[0]:min(sent[1], sent[0] + OPENING)]))


def is_headline(tv: TokenView, sent: Tuple[int, int], speaker: bool = False) -> bool:
    """A line with no closing full stop that names no whole country ("Police arrest 12
    suspects", not "Coalition flew 31 strikes in Iraq and Syria"); with `speaker`, one that names
    a country only as the one that speaks ("Iraq says nine jihadists killed in raid")."""
    k = sent[1] - 1
    while k > sent[0] and tv.is_space(k):
        k -= 1
    if tv.text(k) in SENTENCE_ENDS:
        return False
    words = tv.lower
    named = [j for j in range(sent[0], sent[1]) if words[j] in COUNTRIES]
    if not speaker:
        return not named
    return bool(named) and all(j + 1 < sent[1] and words[j + 1] in REPORTING for j in named)


def away_places(tv: TokenView, ents: List[Dict[str, Any]]) -> Set[int]:
    """token_start of the places that are no event's place while another is named: a reporter's
    ("a source in X said", "speaking to reporters in X"), a destination or across a border."""
    words = tv.lower
    out: Set[int] = set()
    for e in ents:
        if not e.get("province_id") or e["label"] not in ("PROVINCE", "LOCATION"):
            continue
        k = e["token_start"] - 1
        while k >= 0 and words[k] in SKIP:
            k -= 1
        if k >= 0 and (words[k] in AWAY or " ".join(words[max(0, k - 1):k + 1]) in AWAY):
            out.add(e["token_start"])
        elif k > 0 and words[k] in REPORTER_PREPOSITIONS and (words[k - 1] in REPORTERS or _reporter_before(tv, k)):
            out.add(e["token_start"])
    return out


def _reporter_before(tv: TokenView, k: int) -> bool:
    """A reporter's noun within six words before the preposition at k, no comma, full stop or
    number between: "a source at the Ministry of Interior in Baghdad"."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if tv.lower[j] in REPORTER_NOUNS:
            return True
        if tv.lower[j] in (",", ";") or tv.lower[j] in SENTENCE_ENDS or tv.text(j)[:1].isdigit():
            return False
    return False


def command_provinces(records: List[Dict[str, Any]], aliases: Dict[str, str], norm,
                      province_of: Dict[str, str]) -> None:
    """A force named "<Province> Operations Command" or "<Province or town> police" (any spelling
    a table lists) gets `command_province`: the place of its events where
    the sentence names none ("Kirkuk police arrested 3", "Tuz Khurmatu police found 4")."""
    for r in records:
        if r["label"] != "FORCE" or r["text"].rsplit(None, 1)[-1].lower() not in TAIL_ENDS:
            continue
        name = norm(r["text"])
        tail = next((t for t in COMMAND_TAILS if name.endswith(" " + t)), None)
        if tail is not None:
            place = name[:-len(tail) - 1].strip()
            province = aliases.get("PROVINCE|" + place) or province_of.get(aliases.get("LOCATION|" + place) or "")
            if province:
                r["command_province"] = province
