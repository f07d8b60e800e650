"""A clash or attack phrase of the count's sentence that stands outside the count's own clause (docs/actor-rule.md
decision 37): fronted before it ("In the ensuing clash, three soldiers were killed") or closing the first of
two coordinated clauses ("A Peshmerga officer lost his life in the firefight and two others were hurt", "One
fighter fell in the clash and another two were wounded"). Both clauses share the phrase, so it is read for the
count as the count's own "in the clash" is (decision 31, rules 1, 2, 4): `attack_phrases` decides it."""
from typing import Any, List

from ..lexicon import CLAUSE_BREAKS
from ..resources import word_list

HARM_PREPOSITIONS = word_list("harm_prepositions")
PHRASE_STOPS = word_list("attack_phrase_stops")
FILLERS = word_list("coordinated_count_fillers")
PHRASE_REACH = 7  # words of the shared phrase read from its preposition (as attack_phrases reads an agent)


def shared_phrase(site: Any, start: int) -> List[int]:
    """The tokens of the sentence's fronted or coordinated "in/during the clash" phrase the count at `start`
    shares; [] when there is none."""
    return _fronted(site, start) or _coordinated(site, start)


def _fronted(site: Any, start: int) -> List[int]:
    """"In the ensuing clash, three soldiers were killed": a phrase that opens the sentence and ends at a comma
    before the count."""
    words, lo = site.words, site.sent[0]
    if words[lo].lower() not in HARM_PREPOSITIONS or words[lo] == "by":
        return []
    out: List[int] = []
    k = lo + 1
    while k < min(start, lo + 1 + PHRASE_REACH) and words[k] not in PHRASE_STOPS and words[k] not in CLAUSE_BREAKS:
        out.append(k)
        k += 1
    return out if any(words[j] == "," for j in range(k, start)) else []


def _coordinated(site: Any, start: int) -> List[int]:
    """"lost his life in the firefight and two others were hurt": the phrase that ends right before the "and"
    that opens the count's clause."""
    words, lo = site.words, site.sent[0]
    j = start - 1
    while j > lo and words[j] in FILLERS:
        j -= 1
    if j <= lo or words[j] != "and":
        return []
    for k in range(j - 1, max(lo, j - 1 - PHRASE_REACH), -1):
        if words[k] in HARM_PREPOSITIONS:
            return list(range(k + 1, j))
        if words[k] in (",", ".") or words[k] in CLAUSE_BREAKS:
            return []
    return []
