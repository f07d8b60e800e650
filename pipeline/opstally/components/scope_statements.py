"""A statement's window past line and paragraph breaks, for the scope pass (scope.py; docs/scope-rule.md,
scope15 rulings 2 and 3 as the scope16 round reads their words).

- `issuer_windows`: a sentence attributed to the issuer of a statement that states a window ("The SDF
  said on Monday it had taken 5 villages in two days" … "The alliance said 17 militants were killed",
  "…, the army said in a statement") goes on with that statement and keeps its window, past a line or
  paragraph break, until something opens a new occasion or a new window (a count with a day or window
  of its own, or one that names its occasion; a dated line without a count; a heading; a separate
  incident) — scope15 ruling 3. A speaker's remark ("the source added", "Rasool said") is no issuer's.
- `also_windows`: a sentence with a sequel word ("also", words_en `sequel_markers`) right after a
  tally's count keeps the tally's window past a break, under the same stops (scope15 ruling 2); past a
  line break not a sentence that narrates at a named place (scope6 (d): "Officers also seized 5 rifles
  in a workshop in Tal Kayf").
"""
import re
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Set, Tuple

from ..cues import Cue
from ..datetext import DateGrammar, sentence_words
from ..resources import word_list, word_pattern
from .scope_reach import BARE_LINE, LIST_ITEM, SEPARATE_OPENER, TITLE_LINE, role_in, sentence_key
from .scope_sequels import ATTRIBUTED_OPENER, ATTRIBUTED_TAIL, SEQUEL_WORDS, _named_before, _words


class Reads(NamedTuple):
    """What the statement passes read of the document: whether count i's clause names one occasion,
    and the cues of a stretch of text (`cues.sentence_cues`)."""
    occasion: Callable[[int], bool]
    cues_of: Callable[[int, int], List[Cue]]


_VERBS = word_pattern("reporting")
# "The SDF said", "The Ministry of Peshmerga Affairs said", "The Iraqi army said" (inside a sentence,
# after a dateline): a determiner, up to four capitalised words (with "of"), and the issuer's noun
ISSUER_INSIDE = re.compile(r"(?<![\w,])(?P<who>(?:(?:[Tt]he|[Ii]ts)\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,4}"
                           r"(?:[A-Z][\w'\u2019-]*|[a-z][\w-]+))\s+" + _VERBS + r"\b")
DETERMINERS = word_list("attribution_determiners")
PRONOUNS = word_list("attribution_pronouns")
SPEAKERS = word_list("speaker_nouns")
ISSUER_NOUNS = word_list("issuer_nouns")
ANAPHORS = word_list("issuer_anaphors")
ACRONYM = re.compile(r"[A-Z][A-Z-]+")
REPORT_HINT = re.compile(r"\b" + _VERBS + r"\b", re.I)  # a cheap test before a sentence's attribution is read
SEQUEL_HINT = re.compile(word_pattern("sequel_markers"), re.I)  # a cheap test before the sentence's words are read
# "The offensive retook 37 villages, the command said": the operation named again (not "The offensive, which …")
OPERATION_AGAIN = re.compile(r"\s*[\"'\u201c]?The (?:[\w-]+ ){0,2}?(?:" + word_pattern("operation_again_heads")
                             + r")\b(?![-\w])(?!,? (?:" + word_pattern("subject_relatives") + r")\b)")


def issuer(text: str, key: Tuple[int, int], before: Optional[int] = None) -> Optional[str]:
    """Who a sentence is attributed to: a tail (", the army said in a statement"), an opener ("The
    alliance said …"), or (`before`: the count's start) a "<name> said" in the sentence ("The Turkish Armed
    Forces struck 24 sites on Saturday and Sunday, the Turkish Defence Ministry said, in retaliation …")."""
    found = ATTRIBUTED_TAIL.search(text, key[0], key[1]) or ATTRIBUTED_OPENER.match(text, key[0])
    if found is not None and found.group("who"):
        return found.group("who")
    if before is not None:  # the last "<name> said" before the count, else the first after it
        inside = list(ISSUER_INSIDE.finditer(text, key[0], key[1]))
        ahead = [m for m in inside if m.start() < before]
        if inside:
            return (ahead[-1] if ahead else inside[0]).group("who")
    return None


def _content(phrase: str) -> Set[str]:
    return sentence_words(phrase.lower()) - DETERMINERS - {"of"}


def is_body(phrase: str) -> bool:
    """Whether an issuer is a body (an army, a ministry, "the SDF"), not a speaker ("officials", "the
    source", "Rasool")."""
    words = _content(phrase)
    return SPEAKERS.isdisjoint(words) and (not ISSUER_NOUNS.isdisjoint(words) or any(
        ACRONYM.fullmatch(w) for w in phrase.split()))


def same_issuer(later: str, first: str) -> bool:
    """Whether `later` names the issuer `first` again: "it"; its own words ("the army" after "The Iraqi
    army"); its initials ("The SDF" after "The Syrian Democratic Forces", and back); a body's generic noun
    ("The alliance", "the group", an `issuer_anaphors` word) after a body."""
    if not is_body(first):
        return False
    words, named = _content(later), _content(first)
    if not words or words <= PRONOUNS or words <= named:
        return True
    caps = [w for w in later.split() if ACRONYM.fullmatch(w)]
    initials = "".join(w[0] for w in first.split() if w[:1].isupper() and w.lower() not in DETERMINERS)
    back = [w for w in first.split() if ACRONYM.fullmatch(w)]
    ours = "".join(w[0] for w in later.split() if w[:1].isupper() and w.lower() not in DETERMINERS)
    return (len(caps) == 1 and caps[0].replace("-", "") == initials) or (len(back) == 1 and back[0].replace("-", "") == ours) \
        or (len(words) == 1 and not ANAPHORS.isdisjoint(words))


def _text_start(text: str, key: Tuple[int, int]) -> int:
    """Where a sentence's text starts (its offsets may take in the line break before it)."""
    return key[0] + len(text[key[0]:key[1]]) - len(text[key[0]:key[1]].lstrip())


def _own_occasion(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], i: int, reads: Reads) -> bool:
    """Whether count i's sentence names an occasion of its own: a count of it whose clause names one
    ("Eight militants were killed when jets hit a hideout, and troops destroyed 27 caves, the command
    said"), or one raid, sweep or operation named again ("The offensive retook 37 villages", "During
    the sweep", scope15 ruling 1)."""
    key = sentence_key(events[i], len(text))
    if OPERATION_AGAIN.match(text, key[0]) or role_in(grammar, "definite_occasion", text, key):
        return True
    same = [k for k in range(max(0, i - 12), min(len(events), i + 12)) if sentence_key(events[k], len(text)) == key]
    return any(reads.occasion(k) for k in same)


def _stopped(text: str, span: Tuple[int, int], reads: Reads) -> bool:
    """Whether the text between a statement's window and a later sentence opens a new occasion or
    window: a heading line, a separate incident, a day or a window stated there."""
    lo, hi = span
    if lo >= hi:
        return False
    lines = text[lo:hi].split("\n")[:-1]  # (the last piece is the start of the sentence's own line)
    lines = lines if lo == 0 or text[lo - 1] == "\n" else lines[1:]  # whole lines only: a heading
    if any(TITLE_LINE.fullmatch(line.strip()) for line in lines if line.strip()) or SEPARATE_OPENER.search(text, lo, hi):
        return True
    return any(not c.reporting and (c.row is None and c.when is not None or c.row is not None and c.scope != "incident")
               for c in reads.cues_of(lo, hi))


def issuer_windows(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                   governing: List[Optional[Cue]], reads: Reads) -> List[Optional[Cue]]:
    """A count no window reaches whose sentence is attributed to the issuer of the last statement whose
    count's own clause states a period or a running total ("The SDF said on Monday it had taken 5 villages in
    two days") takes that window, past line and paragraph breaks (scope15 ruling 3), unless a count with a
    day, a window or an occasion of its own came between, `_stopped` reads a new occasion or window between,
    or its sentence names an occasion or an operation again (scope15 ruling 1). The issuers and occasions are
    read only where an attributed sentence may go on with a statement (`_goes_on`)."""
    out = list(governing)
    statement: Optional[Tuple[Cue, Tuple[int, int], int]] = None  # the window, its sentence, its count
    between: List[int] = []  # the counts after the statement's sentence: none may name an occasion
    for i, (ev, mine) in enumerate(zip(events, own)):
        at = (ev.get("count") or {}).get("start")
        if at is None:
            continue
        key = sentence_key(ev, len(text))
        if mine is not None:
            if statement is None or key[0] >= statement[1][1] and (mine.start, mine.end) != (statement[0].start, statement[0].end):
                statement, between = ((mine, key, at), []) if mine.scope in ("period", "cumulative") else (None, [])
            continue
        if statement is None or key[0] < statement[1][1]:
            continue
        if out[i] is None and REPORT_HINT.search(text, key[0], key[1]) and _goes_on(grammar, text, events, i, (statement, between), reads):
            out[i] = statement[0]
        between.append(i)
    return out


def _goes_on(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], i: int,
             opened: Tuple[Tuple[Cue, Tuple[int, int], int], List[int]], reads: Reads) -> bool:
    """Whether count i's sentence is attributed to the body that issued the statement `opened` (its
    window, sentence and count; the counts between) and nothing between opens a new occasion or window."""
    (cue, where, at), between = opened
    key = sentence_key(events[i], len(text))
    who, first = issuer(text, key), issuer(text, where, at)
    if who is None or first is None or not same_issuer(who, first):
        return False
    if any(sentence_key(events[k], len(text)) != key and reads.occasion(k) for k in between):
        return False  # "3 civilians were killed by a roadside bomb": a new occasion came between
    return not _own_occasion(grammar, text, events, i, reads) and not _stopped(text, (where[1], _text_start(text, key)), reads)


def also_windows(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                 governing: List[Optional[Cue]], reads: Reads) -> List[Optional[Cue]]:
    """A count no window reaches whose sentence has a sequel word right after a tally's count (the count
    before it, in an earlier sentence, has a period: "During May, forces conducted 46 operations, detaining
    30.\\n\\nIraqi forces also recovered 9 caches") takes that period past line and paragraph breaks
    (scope15 ruling 2), unless its clause names an occasion or an operation again, `_stopped` reads a new
    occasion or window between, or it narrates at a named place past a line break (scope6 (d))."""
    out = list(governing)
    given: Set[int] = set()  # the counts given a tally's window here: the next count of their sentence goes on
    for i in range(1, len(events)):
        at = (events[i].get("count") or {}).get("start")
        prev = out[i - 1]
        if own[i] is not None or out[i] is not None or at is None or prev is None or prev.scope != "period":
            continue
        key, before = sentence_key(events[i], len(text)), sentence_key(events[i - 1], len(text))
        if before == key and i - 1 in given and not reads.occasion(i):
            out[i] = prev  # "Iraqi forces also recovered 9 caches and 2 suicide vests"
            given.add(i)
            continue
        if before[0] >= key[0] or not SEQUEL_HINT.search(text, key[0], key[1]) or SEQUEL_WORDS.isdisjoint(_words(text, key)) \
                or _named_before(grammar, text, key) \
                or _own_occasion(grammar, text, events, i, reads) or _stopped(text, (before[1], _text_start(text, key)), reads):
            continue
        if "\n" in text[(events[i - 1].get("count") or {}).get("end", before[1]):at] and role_in(grammar, "place", text, key) \
                and not role_in(grammar, "across_places", text, key):
            continue
        out[i] = prev
        given.add(i)
    return out


ELLIPTIC_AFTER = re.compile(r"\s+" + word_pattern("elliptic_after") + r"\b", re.I)
ELLIPTIC_BEFORE = re.compile(r"\b" + word_pattern("elliptic_before") + r"\s+$", re.I)


def elliptic_windows(text: str, events: List[Dict[str, Any]], governing: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """A count no window reaches that is the rest of the count before it in its sentence ("Iraqi Army
    Aviation carried out 11 airstrikes during the week, while F-16 aircraft carried out 6 others", "killed 3
    and wounded another 4") takes that count's period or running total: one tally, told in two parts
    (scope16 ruling 6; the train gold reads every "N others" so)."""
    out = list(governing)
    for i in range(1, len(events)):
        count, prev = events[i].get("count") or {}, out[i - 1]
        if out[i] is not None or prev is None or prev.scope == "incident" or "start" not in count \
                or sentence_key(events[i], len(text)) != sentence_key(events[i - 1], len(text)):
            continue
        if ELLIPTIC_AFTER.match(text, count["end"]) or ELLIPTIC_BEFORE.search(text, max(0, count["start"] - 12), count["start"]):
            out[i] = prev
    return out


BREAK_WORDS = re.compile(word_pattern("date_context_breaks") + r"\b", re.I)  # at the sentence's start
OTHER_SOURCE = re.compile(r"\b(?:" + word_pattern("other_source_determiners") + r")\s+(?:[\w-]+\s+){0,2}?(?:"
                          + word_pattern("report_sources") + r")\b", re.I)  # "another statement", "a separate police report"
# "Tribal fighters separately claimed to have captured 12": another party's claim (scope23 ruling 4)
SEPARATE_CLAIM = re.compile(r"\bseparately,?\s+(?:[a-z]+\s+)?" + word_pattern("separate_claim_verbs") + r"\b|\b"
                            + word_pattern("separate_claim_verbs") + r"\s+separately\b", re.I)


def separate_windows(text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                     governing: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """A window carried to a count from the lines before it does not reach a sentence that opens on a
    separate incident ("Meanwhile, regime forces arrested 4 young men …", "Elsewhere, …"; words_en
    `date_context_breaks`, as the dates pass reads them): that is another occasion (scope16 ruling 7). Not a
    "meanwhile" inside the sentence ("Partner forces in Iraq, meanwhile, destroyed 40 hideouts": a share of
    the quarter's tally in train's gold), and a bulletin's bare tally line or list item keeps its window.
    Nor does it reach a count attributed before it to another statement ("According to another statement,
    …", "A separate statement said …": words_en `other_source_determiners`, scope18 ruling 4), nor a count
    after "separately" and a verb of claiming or saying ("Tribal fighters separately claimed to have
    captured 12", words_en `separate_claim_verbs`, scope23 ruling 4)."""
    out = list(governing)
    for i, (ev, mine, cue) in enumerate(zip(events, own, governing)):
        at = (ev.get("count") or {}).get("start")
        if mine is not None or cue is None or cue.scope == "incident" or at is None:
            continue
        key = sentence_key(ev, len(text))
        line_start = text.rfind("\n", 0, at) + 1
        opens = _text_start(text, key)
        if (BREAK_WORDS.match(text, opens) or OTHER_SOURCE.search(text, opens, at)
                or SEPARATE_CLAIM.search(text, opens, at)) and not (
                BARE_LINE.fullmatch(text, line_start, at) or LIST_ITEM.match(text, line_start)):
            out[i] = None
    return out


def statement_windows(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                      governing: List[Optional[Cue]], reads: Reads) -> List[Optional[Cue]]:
    """The windows a statement's later sentences keep (`issuer_windows`, then `also_windows`), and the
    rest of a count told as "N others" (`elliptic_windows`)."""
    out = also_windows(grammar, text, events, own, issuer_windows(grammar, text, events, own, governing, reads), reads)
    return elliptic_windows(text, events, separate_windows(text, events, own, out))
