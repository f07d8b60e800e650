"""Which known force each unit of a document belongs to: one parent per unit name, applied to
every mention of that name (ANNOTATION.md section 3: a unit of the PMF is in the PMF's family;
docs/actor-rule.md decision 13).

`unit_after.py` / `unit_parents.py` read the words around ONE mention (`attached_force`, `attached_parent`);
this module does the document's part: `parents_by_name` asks them for each candidate and keeps
the first known parent per lower-cased name, which both callers use:
- `relabel_group_units`: a group-shaped name ("Liwa al-Tafuf") tied to a known force becomes
  that force's FORCE;
- `link_units_to_parent`: a unit no pattern lists takes its parent's id, through a chain of
  numbered units ("X of the 30th Brigade", the Hashd's), a tie made on "the brigade" later, a
  headline ("Iraqi army unit kills six") or its name's head words ("... Military Council").
"""
from typing import Any, Dict, List, Optional, Tuple

from ..ids import family, listed_ids
from ..resources import actor_rows, foe_nouns, word_list
from ..tokens import TokenView
from .unit_evidence import evident_parent, headline_doer, own_force, source_owner
from .partner_units import name_word_id
from .unit_after import attached_force
from .unit_parents import (UNIT_ANAPHORS, UNIT_DESCRIPTORS, UNIT_MEMBERS, attached_parent, is_numbered_unit,
                           known_parent, listed_owner, named_unit_before)

UNIT_NOUNS = word_list("unit_nouns")
MODEL_UNIT_NOUNS = UNIT_NOUNS | word_list("model_unit_nouns")  # a model's name may end in "Command"
GROUP_UNIT_PREFIXES = word_list("group_unit_prefixes")  # "Liwa", "Saraya": group-shaped unit names
GROUP_UNIT_OWNERS = word_list("group_unit_owners")
GROUP_FOE_CUES = word_list("group_foe_cues")  # the PMF: its units carry group-shaped names
# hostile nouns no own side is called by ("Liwa X gunmen"), built once like the word lists above
FOE_NOUNS = foe_nouns()
HEADLINE_TOKENS = 30  # a first line longer than this is no headline
CHAIN_DEPTH = 3  # "X of Y of Z of the PMF" at most


Index = Tuple[Dict[int, Dict[str, Any]], Dict[int, Dict[str, Any]]]


def record_index(records: List[Dict[str, Any]]) -> Index:
    """The records by their first token and by the token after their last: (by_start, by_end)."""
    return {r["token_start"]: r for r in records}, {r["token_end"]: r for r in records}


def parents_by_name(tv: TokenView, records: List[Dict[str, Any]], candidates: List[Dict[str, Any]],
                    index: Index) -> Dict[str, Dict[str, Any]]:
    """Lower-cased name -> the known force the words around the first tied mention of it name
    ("X of the PMF", "the Hashd's X", "X, part of the SDF"); names tied nowhere are absent."""
    by_start, by_end = index
    tied: Dict[str, Dict[str, Any]] = {}
    for rec in candidates:
        parent = known_parent(attached_force(tv, rec, by_start, by_end) or attached_parent(tv, rec, by_end, records))
        if parent is None:  # "the Federal Police's Saqr Regiment, Nasr Regiment and Fateh Regiment"
            parent = known_parent(listed_owner(tv, rec, by_end, records))
        if parent is not None:
            tied.setdefault(rec["text"].lower(), parent)
    return tied


def relabel_group_units(tv: TokenView, records: List[Dict[str, Any]]) -> None:
    """A group-shaped name no pattern lists ("Liwa al-Tafuf") that the text attaches to a known
    state force ("of the PMF", "the Hashd's", "PMF-affiliated", "a unit of the PMF") is that
    force's unit: a FORCE with the force's id, at every mention of the name."""
    shaped = [r for r in records if r["label"] == "ARMED_GROUP" and not r.get("linked")
              and tv.lower[r["token_start"]] in GROUP_UNIT_PREFIXES]
    parents = parents_by_name(tv, records, shaped, record_index(records)) if shaped else {}
    untied = [r for r in shaped if r["text"].lower() not in parents]
    owner = _group_unit_owner(tv, records) if untied else None
    if owner is not None:  # "PMF media: Saraya al-Karrar killed 2 ISIS terrorists" (decision 21)
        own = {r["text"].lower() for r in untied if own_force(tv, r, records) or _named_as_foe(tv, r)}
        parents.update({r["text"].lower(): {"kb_id": owner} for r in untied if r["text"].lower() not in own})
    for rec in shaped:
        if rec["text"].lower() in parents:
            rec["label"], rec["kb_id"] = "FORCE", parents[rec["text"].lower()]["kb_id"]


def _named_as_foe(tv: TokenView, rec: Dict[str, Any]) -> bool:
    """"clashed with Saraya X", "Liwa X gunmen": a mention the text makes the side fought (a foe cue
    before it, `group_foe_cues`; a hostile noun after it that no own side is called by)."""
    words, start, end = tv.lower, rec["token_start"], rec["token_end"]
    if end < len(words) and words[end] in FOE_NOUNS:
        return True
    return any(start >= len(cue.split()) and words[start - len(cue.split()):start] == cue.split()
               for cue in GROUP_FOE_CUES)


def _group_unit_owner(tv: TokenView, records: List[Dict[str, Any]]) -> Optional[str]:
    """The id of the force the report's source (else its headline's doer) names, when it is of a family
    whose units carry group-shaped names (`group_unit_owners`: the PMF); else None."""
    found = source_owner(tv, records) or headline_doer(tv, records)
    return found if found is not None and family(found) in GROUP_UNIT_OWNERS else None


def link_units_to_parent(tv: TokenView, records: List[Dict[str, Any]]) -> None:
    """A unit no pattern knows takes the id of the known force the text attaches it to:
    "the Fajr al-Sadiq Brigade of the PMF", "the PMF's Fajr al-Sadiq Brigade", "Peshmerga of
    the Sinjar Rangers", "X (SDF)", "X, part of the Hashd", "X, an Iraqi army unit"; every
    mention of that unit then does. A unit the text attaches to nobody keeps its own id."""
    words = tv.lower
    units = []
    for rec in records:
        named_unit = rec.get("linked", False) is None or is_numbered_unit(rec)  # a unit pattern (SLUG, numbered)
        if rec["label"] != "FORCE" or rec.get("linked") and not named_unit or \
                not named_unit and words[rec["token_end"] - 1] not in MODEL_UNIT_NOUNS:
            continue  # a known force keeps its id; a name the model found must end in a unit noun
        units.append(rec)
    if not units:
        return
    index = record_index(records)
    tied = parents_by_name(tv, records, units, index)
    for name, parent in anaphor_ties(tv, units, *index):
        tied.setdefault(name, parent)  # "... the Dibis Battalion ... The battalion, part of the CTS"
    parents = chained_ids(tied)  # "X of the 30th Brigade", the Hashd's: the Hashd's
    untied = {r["text"].lower() for r in units if r["text"].lower() not in parents and not is_numbered_unit(r)}
    if len(untied) == 1:  # "Iraqi army unit kills six ... The Murtada Regiment killed six"
        owner = headline_owner(tv, records)
        if owner is not None:
            parents[untied.pop()] = owner
    evident = _evident(tv, records, units, parents)  # decision 14: source, headline, one family
    evident.update(_numbered_evident(tv, records, units, parents))
    for rec in units:  # a unit the text attaches to nobody keeps its own id (ANNOTATION.md section 3)
        name = rec["text"].lower()
        rec["kb_id"] = parents.get(name) or head_family(tv, rec) or name_word_id(words, rec, records) \
            or evident.get(name) or rec["kb_id"]
        if rec.get("linked", False) is None:
            rec["linked"] = False


def _evident(tv: TokenView, records: List[Dict[str, Any]], units: List[Dict[str, Any]],
             parents: Dict[str, str]) -> Dict[str, str]:
    """Lower-cased name -> the parent the document makes evident (decision 14) for each unit name that
    no tie, numbered reading or head word gives one, unless some mention makes it a force of its own."""
    names: Dict[str, bool] = {}
    for rec in units + _anaphors(tv, units):  # "X killed 3. The battalion, which fought the SDF, withdrew."
        name = rec["text"].lower()
        if name in parents or is_numbered_unit(rec) or head_family(tv, rec) or rec["kb_id"] in listed_ids():
            continue  # a listed name the unit shape matched ("the Golden Brigade": the CTS) keeps its id
        names[name] = names.get(name, False) or own_force(tv, rec, records)
    untied = [name for name, own in names.items() if not own]
    parent = evident_parent(tv, records) if untied else None
    return {name: parent for name in untied} if parent else {}


def _numbered_evident(tv: TokenView, records: List[Dict[str, Any]], units: List[Dict[str, Any]],
                      parents: Dict[str, str]) -> Dict[str, str]:
    """Lower-cased name -> parent for the numbered units no tie gives one, when the report's source or
    its headline's doer is a force of a family with numbered units of its own other than the country's
    army ("SDF Media Centre: ... the 5th Regiment killed one", "PMF media: the 30th Brigade ..."): decision
    14 (a, b); the document's one family (c) leaves them the country's army."""
    names = {r["text"].lower() for r in units if is_numbered_unit(r) and r["text"].lower() not in parents
             and not own_force(tv, r, records)}
    if not names:
        return {}
    parent = source_owner(tv, records) or headline_doer(tv, records)
    owners = set(actor_rows()["numbered_unit_owners"]["words"]) - {"ISF"}
    return {name: parent for name in names} if parent is not None and family(parent) in owners else {}


def head_family(tv: TokenView, rec: Dict[str, Any]) -> Optional[str]:
    """The family a unit's head words imply when nothing attaches it ("the Shaddadi Military
    Council": an SDF council), from `unit_head_family` (actors.jsonl); else None."""
    tail = " ".join(tv.lower[max(rec["token_start"], rec["token_end"] - 2):rec["token_end"]])
    return actor_rows()["unit_head_family"]["map"].get(tail)


def chained_ids(tied: Dict[str, Dict[str, Any]]) -> Dict[str, str]:
    """The id each tied unit name takes: its parent's, or, where the parent is a numbered unit
    that is tied in turn ("the Zulfiqar Battalion of the 30th Brigade" after "the Hashd's 30th
    Brigade"), that unit's parent's, at most CHAIN_DEPTH links up."""
    out = {}
    for name, parent in tied.items():
        for _ in range(CHAIN_DEPTH):
            above = tied.get(parent["text"].lower()) if is_numbered_unit(parent) and "text" in parent else None
            if above is None or above is parent:
                break
            parent = above
        out[name] = parent["kb_id"]
    return out


def headline_owner(tv: TokenView, records: List[Dict[str, Any]]) -> Optional[str]:
    """The known force a headline names as the owner of a unit or its members ("Iraqi army unit
    kills six", "Peshmerga battalion detains three", "SDF fighters kill two"): the first line, at
    most HEADLINE_TOKENS tokens, one such force and no other side's."""
    words = tv.lower
    end = next((i for i, w in enumerate(words[:HEADLINE_TOKENS + 1]) if "\n" in w), None)
    if end is None:
        return None
    named = [r for r in records if r["token_end"] < end and known_parent(r)]
    owners = {r["kb_id"] for r in named
              if words[r["token_end"]] in UNIT_DESCRIPTORS or words[r["token_end"]] in UNIT_MEMBERS}
    if len(owners) != 1 or len({family(r["kb_id"]) for r in named}) != 1:  # "SDF fighters and Iraqi troops meet"
        return None
    return owners.pop()


def anaphor_ties(tv: TokenView, units: List[Dict[str, Any]], by_start, by_end) -> List[Tuple[str, Dict[str, Any]]]:
    """(unit name, force) for each tie made on "the brigade" / "the battalion" after the unit was
    named ("Commandos of the Dibis Battalion killed three. The battalion, part of the CTS, ...")."""
    words = tv.lower
    out = []
    for i in _anaphor_heads(words):
        parent = attached_force(tv, {"token_start": i - 1, "token_end": i + 1}, by_start, by_end)
        unit = named_unit_before(words, units, (i, i + 1), None) if known_parent(parent) else None
        if unit is not None:
            out.append((unit["text"].lower(), parent))
    return out


def _anaphor_heads(words: List[str]) -> List[int]:
    """The tokens of "brigade" / "battalion" ... in "the brigade", "the battalion" (`unit_anaphors`)."""
    return [i for i in range(1, len(words)) if words[i] in UNIT_ANAPHORS and words[i - 1] == "the"]


def _anaphors(tv: TokenView, units: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """"the brigade" / "the battalion" after a unit was named, as a mention of that unit's name."""
    words, out = tv.lower, []
    for i in _anaphor_heads(words):
        unit = named_unit_before(words, units, (i, i + 1), None)
        if unit is not None:
            out.append({"text": unit["text"], "token_start": i - 1, "token_end": i + 1,
                        "label": "FORCE", "kb_id": unit["kb_id"]})
    return out
