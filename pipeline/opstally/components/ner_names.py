"""The names only a trained NER found that `opstally_ner_filter` kept: the spans keys it writes them
under, which of them the event rules may not read as actors (`quiet_names`), and how
`opstally_entities` marks their entity records (`mark_model_entities`)."""
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from spacy.tokens import Doc, Span

from ..ids import family
from ..resources import read_jsonl_resource

ACTOR_LABELS = frozenset(["FORCE", "ARMED_GROUP"])
NAMES_KEY = "opstally_ner"  # the model's names kept as entities
QUIET_KEY = "opstally_ner_quiet"  # of those, the ones the event rules may not read as actors
SLUG = "SLUG"  # the ruler's id for names of a kind ("X Brigade"): a pattern, but no listed force


def quiet_names(names: List[Span], ents: List[Span], roles: str) -> List[Span]:
    """The model's FORCE and ARMED_GROUP names the event rules may not read as an actor or an
    affected side: all of them ("none"), none ("all"), or ("unknown") a FORCE where a known
    state force is named and an ARMED_GROUP where a known group is: a name only the model
    found never displaces one the patterns know (its id would be a slug of a unit or an
    alias the text attaches to that known force)."""
    actors = [e for e in names if e.label_ in ACTOR_LABELS]
    if roles == "all" or not actors:
        return []
    if roles == "none":
        return actors
    known = {e.label_ for e in ents if e.ent_id and e.ent_id_ != SLUG and e.label_ in ACTOR_LABELS
             and (e.label_ == "ARMED_GROUP" or family(e.ent_id_) != "ISIS")}
    return [e for e in actors if e.label_ in known]


def mark_model_entities(doc: Doc, records: List[Dict[str, Any]]) -> None:
    """Entity records read from the model's names (not linked to a known name) get
    `source: "ner"`; those the event rules may not read as actors, `role: False`."""
    names = doc.spans[NAMES_KEY] if NAMES_KEY in doc.spans else ()
    if not names:
        return
    quiet = {(s.start, s.end) for s in doc.spans[QUIET_KEY]} if QUIET_KEY in doc.spans else set()
    for rec in records:
        if rec.get("linked"):
            continue
        for s in names:
            if s.start <= rec["token_start"] and rec["token_end"] <= s.end:
                rec["source"] = "ner"
                if (s.start, s.end) in quiet:
                    rec["role"] = False
                break


@lru_cache(maxsize=None)
def _name_words() -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """(words that may open a full name before its short form: a group's prefix, "Saraya"; words that
    may end it after the short form: force and group head words, "Regiment", "Brigade", "group")."""
    rows = {r["id"]: r["words"] for r in read_jsonl_resource("ner_cues.jsonl")}
    return frozenset(rows["group_prefix"]), frozenset(rows["force_head"] + rows["group_head"] + rows["unit_noun_after"])


def _full_name(short: List[str], full: List[str]) -> bool:
    """`full` is `short` with a group's prefix before it ("Saraya" + "Ansar al-Aqida") or head words
    after it ("Kobani Hawks" + "Regiment")."""
    prefixes, heads = _name_words()
    n = len(short)
    if len(full) <= n:
        return False
    if full[-n:] == short and all(x in prefixes for x in full[:-n]):
        return True
    return full[:n] == short and all(x in heads for x in full[n:])


def take_full_names(records: List[Dict[str, Any]]) -> None:
    """A FORCE or ARMED_GROUP the model found that repeats, shorter, a name the document spells in full
    ("the Kobani Hawks Regiment of the SDF ... Kobani Hawks fighters", "Saraya Ansar al-Aqida ... the
    Ansar al-Aqida group") is that name: it takes the full name's id and label."""
    actors = [r for r in records if r["label"] in ACTOR_LABELS]
    for rec in actors:
        if rec.get("source") != "ner":
            continue
        short = rec["text"].lower().split()
        full: Optional[Dict[str, Any]] = next((r for r in actors if r is not rec and r["kb_id"]
                                               and _full_name(short, r["text"].lower().split())), None)
        if full is not None:
            rec["kb_id"], rec["label"] = full["kb_id"], full["label"]
