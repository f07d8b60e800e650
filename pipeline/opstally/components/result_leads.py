"""Counts a results lead-in lists (E18-2) and a headline's active "hold" (E18-3). `s` is a `triggers.Scope`.

E18-2: a strike head counted right after a results label ("results: 36 operations, 58 suspects detained",
"the outcome was 12 missions and 30 arrests") is a strike of its own: the verb of the next member
("detained") is that member's, not the operations'.
E18-3: a force's present-tense "hold"/"holds" right before counted people detains them, as headlines
write it ("Kirkuk police hold 6 in weekly sweep", "Federal Police holds 11 ISIS suspects")."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import word_list

RESULT_LABELS = word_list("result_labels")  # "results", "outcome", "toll"
RESULT_LINKS = word_list("result_links")  # ":", "were", "included"
HOLD_ACTIVE = word_list("hold_active_forms")  # "hold", "holds"
HOLD_PEOPLE = word_list("hold_capture_classes") - {"unknown"}  # suspects, gunmen, women; not "meetings"
FORCE_HEADS = word_list("partner_force_heads")  # "Security forces hold …"
BARE_FOLLOWERS = word_list("hold_bare_followers")  # "hold 6 in weekly sweep", "hold 3 after raid"
CUSTODY_NOUNS = word_list("custody_nouns")  # "holds 3,000 detainees": kept, not arrested
CUSTODY_PLACES = word_list("custody_places")  # "holds 9,000 ISIS fighters in prisons"
CUSTODY_REACH = 6  # words after the count a custody place may stand
LEAD_REACH = 6  # words back from the count a results label may stand


def results_lead(s: Any, cs: int) -> bool:
    """A results label and its link ("results:", "the outcome was") right before the count at `cs`."""
    words = s.words
    lo = max(s.sent[0], cs - LEAD_REACH)
    for k in range(cs - 1, lo - 1, -1):
        if words[k] in RESULT_LABELS:
            return all(w in RESULT_LINKS for w in words[k + 1:cs]) and k + 1 < cs
    return False


def active_hold(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """[capture at "hold"] for a force's "hold(s) <count> <people>" (E18-3), else None."""
    words, cs, lo = s.words, c["token_start"], s.sent[0]
    k = cs - 1
    if k - 1 < lo or words[k] not in HOLD_ACTIVE or not _force_before(s, k - 1):
        return None
    item = c.get("item")
    after = item["token_end"] if item else c["token_end"]
    if any(w in CUSTODY_PLACES for w in words[after:min(s.sent[1], after + CUSTODY_REACH)]):
        return None  # "the SDF holds 9,000 ISIS fighters in prisons": custody, no arrest
    if item is None:
        ce = c["token_end"]
        bare = not c.get("unit") and (ce >= s.sent[1] or words[ce] in BARE_FOLLOWERS)
        return [("capture", k, "active")] if bare else None
    heads = words[item["token_start"]:item["token_end"]]
    if item["head"] not in CUSTODY_NOUNS and any((s.lex.noun_class(w) or "") in HOLD_PEOPLE for w in heads):
        return [("capture", k, "active")]
    return None


def _force_before(s: Any, k: int) -> bool:
    """The word at `k` ends a force's name or a force noun ("police", "troops", "Security forces")."""
    ent = s.ent_at.get(k)
    if ent is not None:
        return ent["label"] == "FORCE"
    return s.lex.noun_class(s.words[k]) == "own" or s.words[k] in FORCE_HEADS
