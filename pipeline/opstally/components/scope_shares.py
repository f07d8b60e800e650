"""Shares of a tally told in the tally's own sentence, and a place's share of a running total.

docs/scope-rule.md, scope19 round. A share after a comma ("killed 23 terrorists in December,
11 of them in one air strike"; "neutralised 17 last week, including 6 in an air strike on
Saturday"; "14 killed since the start of the month, 6 of them in a single ambush on Friday") is a
clause of its own for scope: the tally's window is read only before it (the share's day or
occasion does not reach the tally), and the share takes its own day, window or occasion, else the
tally's window (ruling 1). A sentence that opens on a place ("In the Homs desert, 27 attacks killed
50 soldiers", "In Raqqa province, the cells killed 19") right after a running total in the same
paragraph, with no cue or occasion of its own, is that place's share of the total (ruling 4).
"""
import re
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..bundled import word_pattern
from ..cues import BARRIER, Cue, role
from ..datetext import DateGrammar
from ..occasions import occasion_matches, occasion_rows
from .scope_reach import sentence_key

SHARE = re.compile(r",\s+(" + word_pattern("share_openers") + r"\s+)?(?:" + word_pattern("share_qualifiers") + r"\s+)?"
                   r"([\w,-]+)(\s+" + word_pattern("share_pronouns") + r"\b)?", re.I)
HINT = re.compile(r"\b(?:" + word_pattern("share_openers") + "|" + word_pattern("share_pronouns") + r")\b", re.I)
CLOSED = re.compile(r",\s+(?:" + word_pattern("share_closers") + r"\b|(?:[\w'’-]+\s+){0,4}?" + word_pattern("reporting")
                    + r"\b)", re.I)
PLACE_OPENER = re.compile(r"In (?:the )?(?:[A-Z][\w'’-]*|al-[\w'’-]+|ez-[\w'’-]+)(?:[ -](?:[A-Z][\w'’-]*|al-[\w'’-]+|"
                          r"ez-[\w'’-]+|" + word_pattern("place_share_heads") + r"))*,\s")


def share_spans(grammar: DateGrammar, text: str, key: Tuple[int, int]) -> Tuple[Tuple[int, int], ...]:
    """The shares of the sentence `key`, from their comma to the end of the sentence or the comma that
    closes them before "while", "according to" or a verb of saying: a count after ", including",
    ", among them" or a count followed by "of them/of whom". A share closed by another comma is an
    apposition of the tally's subject ("seven militants, one of them a wali, were killed on Sunday").
    Read once per sentence by the caller (`scope.governing_cues`), which passes them on."""
    out: List[Tuple[int, int]] = []
    if "," not in text[key[0]:key[1]] or HINT.search(text, key[0], key[1]) is None:
        return ()
    for m in SHARE.finditer(text, key[0], key[1]):
        num = m.group(2).rstrip(",").replace(",", "")  # "among them 400,000 pills": a large count too
        if not (m.group(1) or m.group(3)) or not num.isdigit() and grammar.number(num) is None:
            continue
        close = text.find(",", m.start(2) + len(m.group(2).rstrip(",")), key[1])
        if close < 0:
            out.append((m.start(), key[1]))
        elif CLOSED.match(text, close):
            out.append((m.start(), close))
    return tuple(out)


def share_clause(spans: Tuple[Tuple[int, int], ...], key: Tuple[int, int], start: int) -> Tuple[int, int]:
    """The part of sentence `key` whose cues may govern the count at `start`: before the first share
    (`spans`, the sentence's `share_spans`) for a count before it, the share's own text for a count in a
    share; `key` otherwise."""
    if not spans:
        return key
    if start < spans[0][0]:
        return key[0], spans[0][0]
    return next(((lo, hi) for lo, hi in spans if lo <= start < hi), key)


def share_cues(grammar: DateGrammar, text: str, key: Tuple[int, int], cues: List[Cue],
               span: Tuple[int, int], spans: Tuple[Tuple[int, int], ...]) -> Tuple[List[Cue], Tuple[int, int], Optional[Cue]]:
    """The cues that may govern the count at `span` (ruling 1), the clause to look for its occasion in,
    and an incident cue when the count is a share that names its own occasion and no cue of its own
    ("11 of them in one air strike on a hideout")."""
    clause = share_clause(spans, key, span[0])
    if clause == key:
        return cues, key, None
    if clause[0] == key[0]:  # the tally: not the shares' days and occasions
        return [c for c in cues if c.start < clause[1]], clause, None
    # a mask ("who had run the courts since 2021") hides a deed's "since" and scopes nothing (scope23 ruling 2)
    own = [c for c in cues if c.start >= clause[0] and c.end <= clause[1] and role(c) != "mask"]
    if own:
        return own, clause, None
    for m in occasion_matches(occasion_rows(grammar, named_only=False), text, clause[0], clause[1]):
        if BARRIER.search(text, clause[0] + 1, m.start()) is None:
            return cues, clause, Cue(m.start(), m.end(), "incident", None, None, False)
    return [c for c in cues if c.start < clause[0]], key, None


def place_shares(text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]],
                 occasion: Callable[[int], bool]) -> List[Optional[Cue]]:
    """A sentence opening on a place right after a running total's sentence in the same paragraph
    (ruling 4), or on a count's share of the tally before it ("Seven of them were neutralised in the Gara
    region and four in Metina" after "neutralised 11 … over the weekend", a period or a running total;
    docs/scope-rule.md scope21 ruling 4), or on a definite partitive that names the tally's noun ("31 of the
    detainees were held in Hasakah", "Of the dead, 5 were officers", "Among those detained were 8 women",
    "Partner forces accounted for 19 of the operations": scope22 ruling 1, also past a line break): its counts
    that no cue governs and that name no occasion take the tally's cue."""
    out = list(governing)
    for i, ev in enumerate(events):
        prev = out[i - 1] if i else None
        if out[i] is not None or prev is None or prev.scope == "incident":
            continue
        key, before = sentence_key(ev, len(text)), sentence_key(events[i - 1], len(text))
        last = (events[i - 1].get("count") or {}).get("end", before[1])  # (a sentence may end with its line breaks)
        definite = _definite(text, key, last)  # a pointer back: past a line break too
        follows = before == key or before[1] <= key[0] and (definite or "\n" not in text[last:key[0]])
        opens = definite or PRONOUN_SHARE.match(text, key[0]) is not None or (
            prev.scope == "cumulative" and PLACE_OPENER.match(text, key[0]) is not None)
        if follows and opens and not occasion(i):
            out[i] = prev
    return out


PRONOUN_SHARE = re.compile(r"\s*(?:[-\u2013\u2022*]\s*)?[\w,-]+\s+" + word_pattern("share_pronouns") + r"\b", re.I)



def _definite(text: str, key: Tuple[int, int], last: int) -> bool:
    """Whether sentence `key` opens on a definite share of a tally or points back to its actions (scope22
    rulings 1 and 5), with no other count between it and the tally's count at `last` ("Police then held 31
    people in a crackdown. Among those detained were 2 …" points at the 31) and no strike placed at a town
    ("Nine of the strikes, near Abu Kamal, …": a release's place line, scope20 ruling 5)."""
    if DEFINITE_SHARE.match(text, key[0]) is None and TALLY_POINTER.search(text, *key) is None:
        return False
    between = [s for s in SENTENCE_CUT.split(text[last:key[0]])[1:] if s.strip()]
    return STRIKE_PLACE.search(text, *key) is None and all(
        DIGIT.search(s) is None or DEFINITE_SHARE.match(s) is not None for s in between)


_THE = word_pattern("definite_pointers")
_NOUN = r"(?:[\w'’-]+\s+)??" + word_pattern("share_tally_nouns") + r"\b"
_DEFINITE = r"\s+of\s+" + _THE + r"\s+" + _NOUN
# scope22 ruling 1: "31 of the detainees …", "Of the dead, 5 …", "Among those detained were 8 …", "Those arrested
# included 3 …", "Partner forces in Syria accounted for 19 of the operations"
DEFINITE_SHARE = re.compile(
    r"\s*(?:[-\u2013\u2022*]\s*)?(?:[\w,-]+" + _DEFINITE + r"|" + word_pattern("definite_share_openers") + r"\s+" + _THE
    + r"\s+" + _NOUN + r"|" + _THE + r"\s+(?:[\w'’-]+\s+)?" + word_pattern("share_tally_nouns") + r"\s+"
    + word_pattern("share_linking_verbs") + r"\b|(?:[\w'’-]+\s+){1,6}?" + word_pattern("share_subject_verbs")
    + r"\s+[\w,-]+" + _DEFINITE + ")", re.I)
# scope22 ruling 5: "3 explosive belts were seized in the raids", "ISIS lost 22 of its members in the same attacks"
TALLY_POINTER = re.compile(r"\b" + word_pattern("tally_pointer_preps") + r" " + _THE + r" (?:"
                           + word_pattern("tally_pointer_qualifiers") + r" )?" + word_pattern("tally_pointer_nouns")
                           + r"\b(?! " + word_pattern("tally_pointer_stops") + r"\b)(?=\s*(?:[,.;:]|$|(?:the )?[\w'’-]+ "
                           + word_pattern("tally_pointer_reporting") + r"\b))", re.I)
STRIKE_PLACE = re.compile(r"\bstrikes\b[^.;]{0,40}?\b(?-i:" + word_pattern("strike_place_preps") + r")\s+(?:the\s+)?(?:[a-z]{1,3}-)?(?-i:[A-Z])",
                          re.I)
SENTENCE_CUT = re.compile(r"(?<=[.!?])\s+|\n+")
DIGIT = re.compile(r"\d")
