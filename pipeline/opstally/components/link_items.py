"""What two events a link compares share (`same_as` / `part_of`: links.py, link_breakdowns.py,
country_shares.py): the item's head word and the affected side's family."""
import re
from typing import Any, Dict, Optional

from ..bundled import word_list
from ..ids import family

HEAD_KINDS = tuple(word_list(kind) for kind in ("repeat_person_heads", "repeat_area_heads", "repeat_operation_heads"))


def item_head(item: Optional[Dict[str, Any]]) -> Optional[str]:
    """The item's last word, lower case, a plural's "s" dropped ("suspects" -> "suspect"; "gas" stays);
    None without an item."""
    words = str((item or {}).get("text") or "").lower().split()
    if not words:
        return None
    word = words[-1]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def same_side(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    """The same affected family, or no affected side on one of them."""
    return sides_agree(a.get("affected_id"), b.get("affected_id"))


def sides_agree(a: Optional[str], b: Optional[str]) -> bool:
    """Two ids of one family, or one mention names none ("Two soldiers killed" / "ISIS killed two soldiers")."""
    return a is None or b is None or family(a) == family(b)


def items_compatible(a: Optional[Dict[str, Any]], b: Optional[Dict[str, Any]]) -> bool:
    return item_head(a) is None or item_head(b) is None or same_kind(a, b)


def same_kind(a: Optional[Dict[str, Any]], b: Optional[Dict[str, Any]]) -> bool:
    """The same item head, or two heads of one kind ("suspects" / "members", "km²" / "kilometres")."""
    ha, hb = item_head(a), item_head(b)
    if ha == hb:
        return True
    if any(ha in heads and hb in heads for heads in HEAD_KINDS):  # one frozenset a kind, read at import
        return True
    return _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(short: Optional[Dict[str, Any]], full: Optional[Dict[str, Any]]) -> bool:
    """"30 IEDs" / "30 improvised explosive devices", "VBIEDs" / "vehicle-borne improvised explosive
    devices": an item written as capitals is the initials of the other's words."""
    m = re.fullmatch(r"([A-Z]{2,6})s?", str((short or {}).get("text") or "").strip())
    words = re.findall(r"[A-Za-z]+", str((full or {}).get("text") or ""))
    return m is not None and len(words) >= 2 and "".join(w[0] for w in words).upper() == m.group(1)
