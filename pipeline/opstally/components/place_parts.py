"""A whole split by place into "one … and the other(s) …" (E18-4). `s` is a `triggers.Scope`.

"found 3 caves, one in Wadi al-Tharthar and the other two near Hatra", "seized 2 caches, one near Hit and
the other in Rawa": the distributive pair after the whole's comma says where its members were; neither
"one" nor "the other two" is an event of its own. Breakdowns whose shares each carry a count ("arrested
14 people: eight in Najaf, four in Qadisiyah and two in Babil", "5 in the first strike and 2 in the
third") stay parts (E17-5..7)."""
from typing import Any, Dict, List, Optional, Tuple

from ..resources import word_list

PLACE_PREPOSITIONS = word_list("part_place_prepositions")  # "one in X", "two near Y"
REMAINDER_WORDS = word_list("remainder_words")  # "the other two", "the remaining 5"
FIRST_SHARES = word_list("distributive_firsts")  # "one"
SHARE_REACH = 8  # words of the first share ("one in Wadi al-Tharthar and")


def place_parts(s: Any, c: Dict[str, Any], me: int) -> Optional[List[Tuple[str, int, str]]]:
    """[] for "one" or "the other N" of a whole split by place right after it, else None."""
    words, cs, ce, end = s.words, c["token_start"], c["token_end"], s.sent[1]
    if c.get("item") is not None or c.get("unit") or ce >= end or words[ce] not in PLACE_PREPOSITIONS:
        return None
    if words[cs] in FIRST_SHARES:
        return [] if _after_whole(s, cs - 1, me) else None
    k = cs - 1
    if k - 1 <= s.sent[0] or words[k] not in REMAINDER_WORDS:
        return None
    k -= 1 + (words[k - 1] == "the")
    if words[k] != "and":
        return None
    for j in range(k - 1, max(s.sent[0], k - SHARE_REACH), -1):
        if words[j] in (",", ";") or s.tv.text(j)[:1] == "\n":
            return None
        if words[j] in FIRST_SHARES and words[j + 1] in PLACE_PREPOSITIONS:
            return [] if _after_whole(s, j - 1, me) else None
    return None


def _after_whole(s: Any, k: int, me: int) -> bool:
    """A comma at `k` right after another count's words ("3 caves, one in …")."""
    return k - 1 > s.sent[0] and s.words[k] == "," and s.cover.get(k - 1, me) != me
