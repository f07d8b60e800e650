"""A region with forces of its own (docs/actor-rule.md decision 30).

The Kurdistan Region has its own security forces (Asayish) and counter-terrorism units (the CTG): a generic
"security forces" or "counter-terrorism units" in a text whose first province is one of the region's is the
region's force (`generic_national` row, `regions`, actors.jsonl), not the country's ISF, unless the force the
text is about is of another family (an Iraqi army text in Makhmour keeps its army)."""
from typing import Any, Optional

from ..ids import family
from ..resources import actor_rows


def text_region(ctx: Any) -> Optional[str]:
    """The region key of the text's first province ("KR"), or None."""
    province = next((e["province_id"] for e in ctx.ents if e.get("province_id")), None)
    regions = actor_rows().get("generic_national", {}).get("regions", {})
    return next((key for key, row in regions.items() if province in row.get("provinces", ())), None)


def region_force_id(ctx: Any, row: dict, focus: Optional[dict]) -> Optional[str]:
    """The region's own id for a generic noun's `row` (country -> id) in this text, or None."""
    if not row:
        return None  # a word with no row (most words of a phrase): no region read, no scan of the entities
    region = text_region(ctx)
    if region is None or region not in row:
        return None
    own = actor_rows()["generic_national"]["regions"][region].get("own_families", ())
    focus_family = family((focus or {}).get("kb_id"))
    return row[region] if focus_family is None or focus_family in own else None
