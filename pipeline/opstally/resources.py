"""Bundled data (the `patterns/` folder, installed as `opstally.patterns`).

Nothing is read at import: each loader reads its file on first use and caches it.
"""
import json
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Tuple

from spacy.util import registry

from .bundled import read_jsonl, word_list, word_lists, word_pattern  # noqa: F401  (the rules' word lists)

ENTITY_FILES = {
    "FORCE": "force.jsonl",
    "ARMED_GROUP": "armed_group.jsonl",
    "OPERATION": "operation.jsonl",
    "PROVINCE": "province.jsonl",
    "LOCATION": "location.jsonl",
    "NOT_ENTITY": "not_entity.jsonl",
}
# Keys a pattern line may carry besides what the entity ruler takes.
EXTRA_KEYS = ("province", "force")


def read_jsonl_resource(name: str) -> List[Dict[str, Any]]:
    """The lines of a bundled JSONL file (`bundled.read_jsonl`: the one reader, spaCy-free)."""
    return read_jsonl(name)


def row_words(rows: Dict[str, Any], key: str) -> FrozenSet[str]:
    """The lower-case `words` of the cue line `key` in `rows` (cue lines by id, as
    place_cues.jsonl and actors.jsonl hold them); empty when there is no such line."""
    return frozenset(w.lower() for w in rows.get(key, {}).get("words", ()))


@lru_cache(maxsize=None)
def _entity_lines(label: str) -> Tuple[Dict[str, Any], ...]:
    return tuple(read_jsonl_resource(ENTITY_FILES[label]))


def entity_lines(labels: Optional[Iterable[str]] = None) -> List[Dict[str, Any]]:
    """Pattern lines of the bundled files, extra keys included; FORCE also gets the air-arm
    lines made from actors.jsonl (`air_arm_lines`)."""
    out: List[Dict[str, Any]] = []
    for label in labels or ENTITY_FILES:
        out.extend(dict(line) for line in _entity_lines(label))
        if label == "FORCE":
            out.extend(dict(line) for line in air_arm_lines())
    return out


@lru_cache(maxsize=None)
def air_arm_lines() -> Tuple[Dict[str, Any], ...]:
    """FORCE patterns for a nationality before an aircraft ("Iraqi jets", "Russian warplanes",
    "Iraqi F-16s", "Iraqi F-16 jets" -> the state's air arm, actor-rule 55), made from
    actors.jsonl: `air_arm` (word -> id), `aircraft` less `ownerless_aircraft` (drones), the
    models of `coalition_aircraft`. A word that is itself a force's name ("coalition") is left
    to that name's pattern. The nationality is not all lower case ("told us jets" is no force);
    every pattern is fixed-length and anchored on the nationality."""
    rows = {row["id"]: row for row in read_jsonl_resource("actors.jsonl")}
    named = {line["pattern"].lower() for line in _entity_lines("FORCE") if isinstance(line["pattern"], str)}
    nouns = sorted(row_words(rows, "aircraft") - row_words(rows, "ownerless_aircraft"))
    models = sorted(row_words(rows, "coalition_aircraft"))
    by_id: Dict[str, List[str]] = {}
    for word, kb_id in rows.get("air_arm", {}).get("map", {}).items():
        if word.lower() not in named:
            by_id.setdefault(kb_id, []).append(word.lower())
    out = []
    for kb_id, words in sorted(by_id.items()):
        nat = {"LOWER": {"IN": sorted(words)}, "IS_LOWER": False}
        for tail in ([{"LOWER": {"IN": nouns + models}}], [{"LOWER": {"IN": models}}, {"LOWER": {"IN": nouns}}]):
            out.append({"label": "FORCE", "pattern": [nat, *tail], "id": kb_id})
    return tuple(out)


def ruler_pattern(line: Dict[str, Any]) -> Dict[str, Any]:
    """What the entity ruler stores of a pattern line."""
    return {k: line[k] for k in ("label", "pattern", "id") if k in line}


@registry.misc("opstally.patterns.v1")
def patterns_v1(labels: Optional[List[str]] = None) -> List[Dict[str, Any]]:
    """The bundled entity-ruler patterns (every line has an `id`), for any entity ruler."""
    return [ruler_pattern(line) for line in entity_lines(labels)]


@lru_cache(maxsize=None)
def _lexicon() -> Dict[str, Any]:
    return {
        "actions": read_jsonl_resource("actions.jsonl"),
        "quantities": read_jsonl_resource("quantities.jsonl"),
        "nouns": {row["id"]: row["words"] for row in read_jsonl_resource("nouns.jsonl")},
        "actors": {row["id"]: row for row in read_jsonl_resource("actors.jsonl")},
    }


def actor_rows() -> Dict[str, Any]:
    """actors.jsonl's lines by id, read once (the lexicon's copy; read it, do not change it)."""
    return _lexicon()["actors"]


def foe_nouns() -> FrozenSet[str]:
    """actors.jsonl's hostile nouns that no own side is called by ("Liwa X gunmen", not "fighters" of a force)."""
    rows = actor_rows()
    return frozenset(rows["generic_hostile"]["words"]) - frozenset(rows["possessed_state"]["words"])


@registry.misc("opstally.lexicon.v1")
def lexicon_v1() -> Dict[str, Any]:
    """Action verbs and nouns, quantity words and noun classes, as plain JSON data."""
    return json.loads(json.dumps(_lexicon()))


def knowledge_from_lines(lines: Iterable[Dict[str, Any]]) -> Dict[str, Dict[str, str]]:
    """id -> province (locations) and id -> conducting force (operations)."""
    know: Dict[str, Dict[str, str]] = {"province_of": {}, "force_of": {}}
    for line in lines:
        if line.get("province"):
            know["province_of"][line["id"]] = line["province"]
        if line.get("force"):
            know["force_of"][line["id"]] = line["force"]
    return know
