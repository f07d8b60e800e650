"""A bulletin label over a list of shares by place, with no verb on the line: "Arrests by province:
Anbar 12, Diyala 9, Kirkuk 4", "Strikes by country — Iraq: 14; Syria: 31", "Detentions by
governorate: Deir ez-Zor (41), Raqqa (17)", "Suspects arrested by province: Erbil 9, Duhok 3". Each
count is one place's share; the label's action noun (`count_noun`: arrests, strikes, detentions; a
`strike_heads` noun: operations, missions; `label_capture_nouns`: detainees) or participle names its action (docs/scope-rule.md, scope12 ruling 1). `s` is a `triggers.Scope`.

A label with no action of its own ("By governorate: Hasakah 512, Raqqa 137") shares the count of the
sentence before it: `share_heading` says where such a list starts, `sharing.py`/`events.py` link it."""
import re
from typing import Any, Dict, List, Optional, Tuple

from ..resources import word_list

SEPARATORS = word_list("label_separators")  # ":", "—", "–", "-"
LIST_MARKS = word_list("share_list_marks")  # ",", ";", "|", "and"
DIVISIONS = word_list("share_divisions")  # "by province", "by country"
OPENERS = word_list("count_brackets")  # "Raqqa (17)"
CLOSERS = word_list("closing_brackets")
ENDERS = word_list("label_enders")
BULLETS = word_list("line_bullets")
STRIKE_HEADS = word_list("strike_heads")  # "Operations by region:"
ATTACK_WORDS = word_list("attack_words")  # "Attacks by province:" are the enemy's, no strike of the force's
CAPTURE_LABELS = word_list("label_capture_nouns")  # "Detainees by province:"
NAME_WORDS = 4  # words of one place's name ("Deir ez-Zor", "Salah al-Din")
SHARES = 12  # shares of one list looked back over


def _name_start(s: Any, k: int, lo: int) -> Optional[int]:
    """The first token of the place name ending at `k` (an entity or capitalised words), or None."""
    ent = s.ent_at.get(k)
    if ent is not None and ent["label"] in ("PROVINCE", "LOCATION"):
        j = k
        while j - 1 >= lo and s.ent_at.get(j - 1) is ent:
            j -= 1
        return j
    j = k
    while j >= lo and k - j < NAME_WORDS and s.tv.text(j)[:1].isupper() and s.tv.is_alpha(j):
        j -= 1
    return j + 1 if j < k else None


def _share_start(s: Any, cs: int, lo: int) -> Optional[int]:
    """Where the share "Anbar 12" / "Iraq: 14" / "Raqqa (17)" whose count starts at `cs` starts."""
    k = cs - 1
    k -= k >= lo and s.words[k] in OPENERS
    k -= k >= lo and s.words[k] == ":"
    return _name_start(s, k, lo) if k >= lo else None


def _share_end(s: Any, c: Dict[str, Any]) -> bool:
    """The count ends its share: a list mark, a line's or sentence's end after it (or its bracket)."""
    k, end = c["token_end"], s.sent[1]
    k += k < end and s.words[k] in CLOSERS
    return k >= end or s.words[k] in ENDERS or s.words[k] in LIST_MARKS or s.tv.text(k)[:1] == "\n"


def label_of(s: Any, c: Dict[str, Any]) -> Optional[Tuple[int, int]]:
    """The label (first, last token before its separator) that heads the list of place shares the
    count `c` is one of, or None."""
    if c.get("item") is not None or c.get("unit") or not _share_end(s, c):
        return None
    lo, k = s.sent[0], c["token_start"]
    for _ in range(SHARES):
        start = _share_start(s, k, lo)
        if start is None or start - 1 < lo:
            return None
        k = start - 1
        if s.words[k] in SEPARATORS:
            first = lo
            while first < k and (s.words[first] in BULLETS or s.tv.is_space(first)):
                first += 1
            return (first, k - 1) if first < k else None
        if s.words[k] not in LIST_MARKS:
            return None
        k -= 1  # the share before: its count (maybe bracketed)
        k -= k >= lo and s.words[k] in CLOSERS
        if k < lo or not s.words[k][:1].isdigit():
            return None
    return None


def label_share_trigger(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """The action a share's label names: its head noun ("Arrests", "Strikes") or participle
    ("Suspects arrested"), before "by <division>"; None when the count is no labelled share."""
    span = label_of(s, c)
    if span is None:
        return None
    first, last = span
    if last - 1 >= first and s.words[last - 1] == "by" and s.words[last] in DIVISIONS:
        last -= 2
    if last < first:
        return None
    w = s.words[last]
    if w in s.lex.count_noun:
        return [(s.lex.count_noun[w], last, "noun")]
    if w in STRIKE_HEADS and w not in ATTACK_WORDS:
        return [("strike", last, "noun")]  # "Operations by region — Deir ez-Zor: 24", like "Total operations: 9"
    if w in CAPTURE_LABELS:
        return [("capture", last, "noun")]  # "Detainees by province: Kirkuk (30)": the people a label's arrests held
    va = s.lex.verb_action(s.words[last:last + 1]) if w in s.lex.action_forms else None
    if va is not None and last > first:
        return [(va[0], last, "passive")]
    return None


_NAME = (r"(?:[A-Z][\w'\u2019-]*|[a-z]{1,3}-[\w'\u2019-]+)(?:[ \t](?:[A-Z][\w'\u2019-]*|[a-z]{1,3}-[\w'\u2019-]+)){0,3}"  # a place's name: capitalised words ("Deir ez-Zor")
          r"(?:[ \t]*:[ \t]*|[ \t]*\([ \t]*|[ \t]+)")
# a sentence's text before a share's count: a label, its separator, the shares before and the share's
# own place ("Arrests by province: Anbar 12, Diyala ", "By governorate: Hasakah 512, Raqqa ")
SHARE_LEAD = re.compile(r"[ \t]*(?:[-\u2013\u2022*\u00b7][ \t]*)?[A-Z][\w'\u2019/ -]{0,40}?(?::|[ \t][\u2013\u2014-])[ \t]*"
                        r"(?:" + _NAME + r"[\d,.]+\)?[ \t]*(?:[,;|]|and)[ \t]*)*" + _NAME)
WHOLE_REACH = 2  # sentences back the total of a list of shares may be


def label_share_parts(text: str, events: List[Dict[str, Any]], order: List[int]) -> List[Tuple[int, Optional[int]]]:
    """The place shares of a labelled list are part of the total their action counts in the sentence or
    two before the list, where they add up to no more than it ("45 strikes in June.\nStrikes by country —
    Iraq: 14; Syria: 31"; "1,050 suspects had been arrested since January. By governorate: Hasakah 512,
    Deir ez-Zor 401"): ANNOTATION.md section 5 `part_of`, docs/scope-rule.md scope12 ruling 1. Returns
    (share, total) pairs; each share takes its total's scope and window (scope11 ruling 5: a place's
    line under a tally), `link_breakdowns`. Shares of one list are siblings, no part of each other
    ("Deir ez-Zor: 24; Raqqa: 9" read as an elliptic breakdown): (share, None) undoes such a link."""
    lists: Dict[Tuple[int, str], List[int]] = {}
    for p in order:
        ev = events[p]
        s0 = (ev.get("sentence") or {}).get("start", 0)
        if SHARE_LEAD.fullmatch(text, s0, ev["count"]["start"]):
            lists.setdefault((s0, ev["action"]), []).append(p)
    lists = {key: parts for key, parts in lists.items() if len(parts) > 1}
    sents = sorted({(e.get("sentence") or {}).get("start", 0) for e in events}) if lists else []
    found: List[Tuple[int, Optional[int]]] = []
    for (s0, action), parts in lists.items():
        parts = [p for p in parts if events[p].get("part_of") is None or events[p]["part_of"] in parts]
        whole = next((w for w in reversed(order) if (events[w].get("sentence") or {}).get("start", 0) < s0
                      and events[w]["action"] == action), None)
        if whole is not None and ((events[whole].get("sentence") or {}).get("start", 0) < sents[max(
                0, sents.index(s0) - WHOLE_REACH)] or sum(events[p]["count"]["value"] for p in parts)
                                  > events[whole]["count"]["value"]):
            whole = None
        found.extend((p, whole) for p in parts if whole is not None or events[p].get("part_of") is not None)
    return found


def carried_share(s: Any, c: Dict[str, Any], before: List[Dict[str, Any]]) -> List[Tuple[str, int, str]]:
    """A share under a label that names only its division ("By governorate: Hasakah 512, Raqqa 137"
    after "1,050 suspects had been arrested since January.") counts what the last event before it
    counted: that event's action, read off the label's "by"."""
    span = label_of(s, c) if before else None
    if span is None or span[1] != span[0] + 1 or s.words[span[0]] != "by" or s.words[span[1]] not in DIVISIONS:
        return []
    return [(before[-1]["action"], span[0], "noun")]
