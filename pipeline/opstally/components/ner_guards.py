"""Two reads of a model's name for `opstally_ner_filter` (ner_filter.py), found on real news text
(issue 10): a rank abbreviation the tokenizer splits from its period still marks a person ("Lt.
Col. Karim Dawood of the 5th Brigade said": "Col" "." "Karim"), and a FORCE opening with an armed
group's prefix ("Saraya Abu Bakr militia") is a group's name. `w` is the filter's cue word lists
by id (`patterns/ner_cues.jsonl`)."""
from typing import Dict, FrozenSet, List

from spacy.tokens import Span


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
