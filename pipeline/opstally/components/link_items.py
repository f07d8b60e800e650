"""What two events a link compares share (`same_as` / `part_of`: links.py, link_breakdowns.py,
country_shares.py): the item's head word and the affected side's family."""
from typing import Any, Dict, Optional

from ..ids import family


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
    fa, fb = family(a.get("affected_id")), family(b.get("affected_id"))
    return fa is None or fb is None or fa == fb
