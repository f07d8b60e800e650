"""How far a window reaches down the lines after it, for the scope pass (scope.py).

ANNOTATION.md section 5 and docs/scope-rule.md (scope6 (d), scope11 ruling 1): a window stated in a
count's clause goes on through its paragraph, past a line break only to lines that narrate at no
named place, a bare tally line, a list item or a pointer back to the tally (`paragraph_reach`); a
bulletin's window stated once at the top reaches every line under it until a dated incident, a new
title or a separate incident ends it. Also the role-row readers the scope pass shares.
"""
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

from ..bundled import province_names
from ..cues import CARRIED, Cue
from ..datetext import DateGrammar, sentence_words
from ..resources import word_list, word_pattern


def sentence_key(ev: Dict[str, Any], length: int) -> Tuple[int, int]:
    sent = ev.get("sentence")
    return (sent["start"], sent["end"]) if sent else (0, length)


# a bullet or a number, then a "Label:" (or a table's "Label | ", or a "Label — " with a lower-case word:
# "Weapons caches found — 9", not a dateline's "KIRKUK — ") before the count; then maybe the place
# shares of a labelled list before the count's own place ("Arrests by province: Anbar 12, Diyala 9",
# "Strikes by country — Iraq: 14; Syria: 31", "Deir ez-Zor (41), Raqqa (17)": scope12 ruling 1)
_SHARE = (r"(?:[A-Z][\w'\u2019-]*|[a-z]{1,3}-[\w'\u2019-]+)(?:[ \t](?:[A-Z][\w'\u2019-]*|[a-z]{1,3}-[\w'\u2019-]+)){0,3}"  # a place's name: capitalised words ("Deir ez-Zor")
          r"(?:[ \t]*:[ \t]*|[ \t]*\([ \t]*|[ \t]+)")
BARE_LINE = re.compile(r"[ \t]*(?:[-\u2013\u2022*\u00b7][ \t]*|\d{1,2}[.)][ \t]+)?"
                       r"(?:(?:[A-Z][\w'\u2019/ -]{0,40}(?::|[ \t]\|)|(?=[A-Z][^\n\u2013\u2014]*?[a-z])[A-Z][\w'\u2019/ ]{0,40}?"
                       r"[ \t][\u2013\u2014-])[ \t]*"
                       r"(?:(?:" + _SHARE + r"[\d,.]+\)?[ \t]*(?:[,;|]|and)[ \t]*)*" + _SHARE + r")?)?")



def opens_list(text: str, cue: Cue) -> bool:
    """Whether the line of a window without a count ends with ':' ("the results of the second phase,
    which lasted five days:") or with a `list_openers` phrase ("... our units achieved the following"):
    it introduces the list under it, whatever its window."""
    end = text.find("\n", cue.end)
    tail = text[cue.end:len(text) if end < 0 else end].rstrip()
    return tail.endswith(":") or LIST_OPENER.search(tail) is not None  # "... achieved the following" (scope13)


LIST_OPENER = re.compile(r"\b" + word_pattern("list_openers") + r"$", re.I)



def paragraph_reach(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], own: List[Optional[Cue]],
                    carried: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """A period a count's clause states ("During the past week, forces carried out 120 operations")
    goes on to the sentences of its paragraph, but not past a line break to a sentence that narrates
    an action at a named place (a `place` row: "Troops also found 3 caches in Tarmiyah") and not into
    a new paragraph ("The biggest took place in the Makhul mountains, where commandos killed 5"):
    that is its own occasion. A window stated in a line without a count (a heading, a lead-in: "Over
    the past 24 hours, our forces advanced ...") stops only at such a narrating sentence. A bare tally
    line or list item, a sentence that points back to the tally (a `backref` row: "The strikes
    destroyed 64 ...", "Of those attacks, 40 took place in Anbar") or states a window of its own keeps it,
    and so does one that sums across places (an `across_places` row: "in Anbar, Kirkuk and Salahuddin").
    A bulletin's window stated once at the top (`frames_bulletin`) reaches every line under it, named
    places or not, until `bulletin_ended`."""
    dated: List[int] = []
    last: Dict[int, int] = {}  # a stated window (by id) -> where the last count its own clause governs starts
    out = list(carried)
    restated = {sentence_key(ev, len(text))[0] for ev, mine in zip(events, own)  # sentences that state a window
                if mine is not None and mine.scope == "period"}
    for i, (ev, mine, cue) in enumerate(zip(events, own, carried)):
        at = (ev.get("count") or {}).get("start")
        if mine is not None and at is not None:
            last[id(mine)] = at
            if mine.scope == "incident":  # a dated incident ("On Thursday, jets struck ...") ends a bulletin's list
                dated.append(at)
        if mine is not None or cue is None or cue.scope != "period" or at is None:
            continue
        heading = id(cue) not in last  # a window stated in a line without a count (a heading, a lead-in)
        if heading and cue.row is not None and cue.row.get("lines_only") \
                and not BARE_LINE.fullmatch(text, text.rfind("\n", 0, at) + 1, at):
            out[i] = None  # a sitrep's "Period: 24 hrs to 0600L" frames its bare lines only (scope13 ruling 2)
            continue
        if heading and cue.row is not None and cue.row.get("covers"):  # "The figures below cover 1 to 7 May"
            continue
        between = text[last.get(id(cue), cue.end):at]
        if "\n" not in between:
            continue
        sentence = sentence_key(ev, len(text))
        if sentence[0] in restated or _keeps(grammar, text, sentence, at, "\n\n" not in between or heading) or (
                heading and frames_bulletin(text, cue) and not bulletin_ended(text, cue, at, dated)):
            continue
        out[i] = None
    return out


def _keeps(grammar: DateGrammar, text: str, sentence: Tuple[int, int], at: int, near: bool) -> bool:
    """Whether a count past a line break keeps the window carried to it (`paragraph_reach`): a bare
    tally line or list item, a sentence that points back to the tally, or one in the window's paragraph
    (`near`: not past a paragraph break, or under a heading) that narrates at no single named place."""
    line_start = text.rfind("\n", 0, at) + 1
    return bool(BARE_LINE.fullmatch(text, line_start, at) or LIST_ITEM.match(text, line_start)
                or role_opens(grammar, "backref", text, sentence) or province_line(grammar, text, sentence)
                or near and (not narrates_place(grammar, text, sentence)
                                     or role_in(grammar, "across_places", text, sentence)))


def province_line(grammar: DateGrammar, text: str, sentence: Tuple[int, int]) -> bool:
    """Whether the sentence is a province's line of a tally ("In Kirkuk, forces arrested 12 wanted persons
    and destroyed 7 hideouts", a `province_subtotal` row opening it) whose rest names no place of its own
    (a `place` row: "In Salahuddin, troops destroyed 7 hideouts near Tuz Khurmatu" narrates at a named
    place): a province's subtotal keeps the tally's window past a paragraph break (docs/scope-rule.md
    scope21 ruling 1)."""
    for rx in grammar.role_patterns.get("province_subtotal", ()):
        m = rx.match(text, sentence[0])
        if m is not None and (m.group("in") or m.group("label") or "").lower() in province_names():
            return not narrates_place(grammar, text, (m.end(), sentence[1]))
    return False


LIST_ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2022*\u00b7]|\d{1,2}[.)])[ \t]")  # "- killing 3 terrorists in Kirkuk;"


def role_at(grammar: DateGrammar, name: str, text: str, start: int) -> bool:
    """Whether a row of role `name` matches at `start` (a `backref` row: "The strikes ...")."""
    return any(rx.match(text, start) is not None for rx in grammar.role_patterns.get(name, ()))


def role_opens(grammar: DateGrammar, name: str, text: str, sentence: Tuple[int, int]) -> bool:
    """Whether a row of role `name` opens the sentence (also after a fronted place, "In Anbar, the strikes
    destroyed 3 caves": scope16 ruling 4), or one of role `reported_<name>` the clause its verb of saying reports ("The statement said the detainees included 4 foreign nationals")."""
    if role_at(grammar, name, text, sentence[0]):
        return True
    fronted = FRONTED_PLACE.match(text, sentence[0])  # "In Anbar, the strikes destroyed 3 caves": a place's share
    if fronted is not None and role_at(grammar, name, text, fronted.end()):
        return True
    said = REPORTED_OPENER.search(text, *sentence)
    return said is not None and role_at(grammar, "reported_" + name, text, said.end())


FRONTED_PLACE = re.compile(r"\s*(?:In|Inside|Across|Throughout)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:[ -](?:[a-z]{1,3}-)?[A-Z][\w'\u2019-]*){0,2},\s*")
REPORTED_OPENER = re.compile(r"\b" + word_pattern("reporting") + r"(?:\s+" + word_pattern("reported_clause_openers")
                             + r")?\b", re.I)  # "said that", "added"


def sums_across(grammar: DateGrammar, text: str, sentence: Tuple[int, int]) -> bool:
    """Whether the sentence sums a heading's window across places (an `across_places` row: "in Anbar,
    Kirkuk and Salahuddin", "Iraq: ISIS carried out 23 attacks"), or goes on in a paragraph that opens
    on a country's label or such a sum and narrates at no named place of its own ("Iraq: ISIS carried out
    23 attacks, killing 9. Iraqi Security Forces killed 11 militants and arrested 52, including 7 in the
    Tarmiyah district": the label heads its paragraph; docs/scope-rule.md scope21 ruling 12)."""
    if role_in(grammar, "across_places", text, sentence):
        return True
    par = text.rfind("\n", 0, sentence[0]) + 1
    if par >= sentence[0] or narrates_place(grammar, text, sentence):
        return False
    opener = text.find(". ", par, sentence[0])
    return opener >= 0 and role_in(grammar, "across_places", text, (par, opener + 1))


def narrates_place(grammar: DateGrammar, text: str, span: Tuple[int, int]) -> bool:
    """Whether a `place` row matches in text[span] other than where a share of the count was ("destroyed
    35 hideouts, most of them in the Hamrin mountains", "arrested 61, mostly in Kirkuk": a
    `share_place_openers` word right before it; docs/scope-rule.md scope21 ruling 6)."""
    for rx in grammar.role_patterns.get("place", ()):
        for m in rx.finditer(text, *span):
            if SHARE_PLACE.search(text, max(span[0], m.start() - 30), m.start()) is None:
                return True
    return False


SHARE_PLACE = re.compile(r"\b" + word_pattern("share_place_openers") + r"(?:\s+[\d,]+|\s+[a-z]+)?,?\s+$", re.I)  # "including 7 in …"


def role_in(grammar: DateGrammar, name: str, text: str, span: Tuple[int, int]) -> bool:
    """Whether a row of role `name` matches in text[span] (a `place` row: "near Sukhnah", "in Koya")."""
    return any(rx.search(text, *span) is not None for rx in grammar.role_patterns.get(name, ()))




def frames_bulletin(text: str, cue: Cue) -> bool:
    """Whether a window stated in a line without a count is a bulletin's, meant for every count under
    it (docs/scope-rule.md, scope11 ruling 1): a lead-in that introduces a list ("During the past week
    our forces carried out the following:", `opens_list`), or a title that names a force's tally
    (a `tally_headings` word: "Operations summary, 3-9 May", "Weekly bulletin (1-7 June)"; or a
    `digest_headings` word with a force's name, "Counter-Terrorism Department weekly brief | 20–26 July",
    scope13 ruling 1); a news roundup or digest of separate reports is no such tally."""
    if opens_list(text, cue):
        return True
    start = text.rfind("\n", 0, cue.start) + 1
    end = text.find("\n", cue.end)
    line = text[start:len(text) if end < 0 else end].strip()
    words = sentence_words(line.lower())
    return bool(line) and line[-1] not in ".!?" and (not TALLY_HEADINGS.isdisjoint(words) or (
        not DIGEST_HEADINGS.isdisjoint(words) and not FORCE_TITLE_WORDS.isdisjoint(words)))


def bulletin_ended(text: str, cue: Cue, at: int, dated: List[int]) -> bool:
    """Whether a bulletin's window has ended before the count at `at`: at a dated incident after the
    window (`dated`: where counts with a day of their own start, in text order), a new title line (no
    digit, no closing punctuation: "TURKEY-PKK", "Other news"), or a sentence that opens on a separate
    incident ("Separately, ...", "In another incident, ...")."""
    k = bisect_right(dated, cue.end)
    return k < len(dated) and dated[k] < at or _window_end(text, cue.end) < at


@lru_cache(maxsize=64)
def _window_end(text: str, start: int) -> int:
    """Where a bulletin's window stated before `start` ends at the latest (read once per window, not
    once per count: a run-on text has hundreds): the end of the first title line after the window's
    own line, or the start of the first separate-incident opener."""
    end = len(text)
    line_end = text.find("\n", start)
    while 0 <= line_end < end:
        nxt = text.find("\n", line_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if TITLE_LINE.fullmatch(text[line_end + 1:nxt].strip()):
            end = nxt
            break
        line_end = nxt if nxt < len(text) else -1
    opener = SEPARATE_OPENER.search(text, start, end)
    return opener.start() - 1 if opener is not None else end


TALLY_HEADINGS = word_list("tally_headings")
DIGEST_HEADINGS = word_list("digest_headings")  # "weekly brief": a force's tally only with a force's name
FORCE_TITLE_WORDS = word_list("force_title_words")
TITLE_LINE = re.compile(r"(?![-\u2013\u2022*\u00b7])[^\d\n]{1,80}(?<![.:;!?,])")
SEPARATE_OPENER = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))\W*(?:separately\b|in (?:an? )?(?:"
                             + word_pattern("separate_incident") + r"|another|other)\b)", re.I | re.M)


def titled_windows(text: str, lines: List[List[Cue]], governing: List[Optional[Cue]]) -> List[Optional[Cue]]:
    """A bulletin's lead-in that states its window by its length ("During the past week our forces
    carried out the following:") right under a title that states the window's dates ("Operations
    summary, 3-9 May 2025") is that dated window: the counts it governs take the title's dates
    (docs/scope-rule.md, scope11 ruling 1). `lines`: the scope cues of the lines without a count."""
    swap: Dict[int, Cue] = {}
    for line in lines:
        periods = [c for c in line if c.scope == "period" and c.row is not None]
        for title, lead in zip(periods, periods[1:]):
            if title.row["window"] in CARRIED["period"] and title.row["window"] != lead.row["window"] == "rolling" \
                    and text.count("\n", title.end, lead.start) == 1 and frames_bulletin(text, lead):
                swap[id(lead)] = title
    return [swap.get(id(c), c) if c is not None else None for c in governing]
