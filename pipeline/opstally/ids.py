"""Canonical id families (ANNOTATION.md section 3)."""
from functools import lru_cache
from typing import Optional

FAMILIES = {
    "ISF": ("ISF", "IRAQI-ARMY", "CTS", "ERD", "FEDERAL-POLICE", "IRAQI-POLICE", "IRAQI-SF", "IRAQI-AF",
            "IRAQI-INTELLIGENCE"),
    "PMF": ("PMF",),
    "KRG": ("PESHMERGA", "ZERAVANI", "KRG-ASAYISH", "KRG-CTG"),
    "SDF": ("SDF", "YPG", "SDF-ASAYISH", "HAT"),
    "CJTF-OIR": ("CJTF-OIR", "US-FORCES"),
    "ISIS": ("ISIS",),
}
FAMILY_OF = {member: fam for fam, members in FAMILIES.items() for member in members}


@lru_cache(maxsize=8192)
def family(kb_id: Optional[str]) -> Optional[str]:
    """The family of a force or group id ("CTS" -> "ISF"); an id of no family is its own."""
    if kb_id is None:
        return None
    return FAMILY_OF.get(kb_id.upper(), kb_id.upper())
