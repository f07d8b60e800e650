"""The force a document makes evident for a unit no sentence ties (docs/actor-rule.md decision 14,
ANNOTATION.md section 3: a unit of a listed force is in that force's family; a slug is for a force of
its own). `unit_links.link_units_to_parent` asks `evident_parent` for the units decision 13's ties left
untied; in this order:
a. the report's source is a force: "the Iraqi army said", "the SDF's media centre", "the media office
   of the PMF", "according to the Peshmerga"; or a phrase that speaks for one ("the Security Media Cell":
   the ISF; "an army statement": the country's army), `source_forces` (actors.jsonl);
b. the headline names one force as its doer ("Peshmerga repel ISIS attack", "Diyala: PMF kills two");
c. the document names state forces of one family only, an air partner aside (`air_partner`).
A unit the text makes a force of its own keeps its slug (`own_force`): "X, a force of armed tribesmen",
"a local tribal unit, the X", "the Shaitat Tribal Regiment", "the Turkish-backed X".
"""
from functools import lru_cache
from typing import Any, Dict, List, Optional

from ..bundled import read_jsonl

from ..ids import family
from ..resources import actor_rows, word_list
from ..tokens import TokenView, after_pair
from .unit_parents import (COUNTRY_ARMY, DETERMINERS, POSSESSIVE_ENDINGS, STOPS, sentence_start, is_numbered_unit,
                           known_parent)

OWN_FORCE = word_list("own_force_words")
PROXY = word_list("proxy_words")
SOURCE_WORDS = word_list("source_words")
SOURCE_BODIES = word_list("source_bodies")  # "the Zeravani command said": a source before a verb of speech
SOURCE_LINKS = word_list("spokesman_of") | word_list("member_links")  # "the media office of / from the X"
HEADLINE_SKIP = word_list("headline_lead_skip")
SUPPORTERS = word_list("supporter_words")  # "backed by X", "with the support of X" (ents16)
SUPPORT_REACH = 3  # "backed by the", "support of the": the supporter word within three words before
BRACKET = 5  # tokens at most of a bracketed acronym after a force's name
OWN_WINDOW = 6  # words of an apposition after a unit's name ("X, a small force of armed tribesmen")
HEADLINE_TOKENS = 30  # a first line longer than this is no headline

Record = Dict[str, Any]


@lru_cache(maxsize=None)
def _readings() -> Dict[str, frozenset]:
    """Ambiguous id -> the families its country readings belong to ("ASAYISH": KRG or SDF), from
    ambiguous.jsonl; resolved after the units are linked, so a unit given one is resolved with it."""
    return {row["id"]: frozenset(family(v) for k, v in row.items() if k != "id") for row in read_jsonl("ambiguous.jsonl")}


def _families(kb: str) -> frozenset:
    """The families an id can be of: its own, or its country readings' for an ambiguous id."""
    return _readings().get(kb, frozenset((family(kb),)))


def _one_family(named: List[Record]) -> Optional[str]:
    """The id of the first of `named` with a plain id (else the first), when their families can agree."""
    common = frozenset.intersection(*(_families(r["kb_id"]) for r in named))
    plain = [r for r in named if r["kb_id"] not in _readings()]
    return (plain or named)[0]["kb_id"] if common else None


def evident_parent(tv: TokenView, records: List[Record]) -> Optional[str]:
    """The id of the force the document makes evident as an untied unit's parent, else None: a force of
    the families listed with units of their own (`numbered_unit_owners`: ISF, PMF, KRG, SDF), never an
    air partner's or a force that is its own family (a Syrian army or coalition text keeps the slug)."""
    owners = actor_rows()["numbered_unit_owners"]["words"]
    found = source_owner(tv, records) or headline_doer(tv, records) or sole_family(records)
    return found if found is not None and (found == COUNTRY_ARMY or _families(found) & set(owners)) else None


def own_force(tv: TokenView, rec: Record, records: List[Record]) -> bool:
    """The text makes the unit a force of its own: an own-force word in its name, in an apposition
    after it ("X, a local militia"), in a description before it ("a tribal unit, the X"), a
    "<force>-backed" right before it, another force beside it ("X, the PMF and the army", "the SDF
    together with X") or a relative clause whose subject is a force ("X, which the PMF attacked")."""
    words = tv.lower
    if _beside_force(words, rec, records):
        return True
    start, end = rec["token_start"], rec["token_end"]
    if any(w in OWN_FORCE and w != "local" and w != "armed" for w in words[start:end]):
        return True
    k = start
    while k > 0 and words[k - 1] in DETERMINERS:
        k -= 1
    if k >= 2 and words[k - 1] in PROXY and words[k - 2] == "-":  # "the Turkish-backed X"
        return True
    if k >= 2 and words[k - 1] == ",":  # "a local tribal unit, the X"
        before = words[max(0, k - 1 - OWN_WINDOW):k - 1]
        cut = max((i for i, w in enumerate(before) if w in STOPS or w == ","), default=-1)
        if any(w in OWN_FORCE for w in before[cut + 1:]):
            return True
    n = len(words)
    if end + 1 < n and words[end] == "," and words[end + 1] in DETERMINERS:  # "X, a force of armed tribesmen"
        for w in words[end + 2:min(n, end + 2 + OWN_WINDOW)]:
            if w in STOPS or w == ",":
                break
            if w in OWN_FORCE:
                return True
    return False


def _beside_force(words: List[str], rec: Record, records: List[Record]) -> bool:
    """Another force in the unit's sentence that is neither its source nor an air partner: the text sets
    the unit beside it ("X, the PMF and the army killed", "X met the PMF", "the SDF together with X",
    "X, which the PMF attacked", "Patrols of X and SDF checkpoints")."""
    air = actor_rows()["air_partner"]["words"]
    lo = sentence_start(words, rec["token_start"])
    hi = next((i for i in range(rec["token_end"], len(words)) if words[i] in STOPS), len(words))
    return any(lo <= r["token_start"] and r["token_end"] <= hi and r is not rec and r["kb_id"] not in air
               and (known_parent(r) or is_numbered_unit(r)) and not _is_source(words, r)
               and not _air_support(words, r) for r in records)


def _air_support(words: List[str], rec: Record) -> bool:
    """A force's air arm that a supporter word puts before it: "troops of X, backed by Iraqi Army Aviation"
    (ents16): no other side beside the unit, as an air partner is none ("with help from the SDF" is one)."""
    start = rec["token_start"]
    air = frozenset(actor_rows()["aircraft"]["words"]) | frozenset(actor_rows()["army_air"]["words"])
    return not SUPPORTERS.isdisjoint(words[max(0, start - SUPPORT_REACH):start]) and \
        not air.isdisjoint(words[start:rec["token_end"]])


def source_owner(tv: TokenView, records: List[Record]) -> Optional[str]:
    """The id of the force the report's sources name, when they are of one family: a known force with
    source words or a verb of speech after it, source words and "of"/"from" before it, "according to" it;
    else a phrase of `source_forces` in the text."""
    found = [r for r in records if known_parent(r) and _is_source(tv.lower, r)]
    if found:
        return _one_family(found)
    text = " ".join(tv.lower)
    named = [kb for phrase, kb in actor_rows()["source_forces"]["map"].items() if phrase in text]
    return named[0] if len(set(named)) == 1 else None


def _is_source(words: List[str], rec: Record) -> bool:
    """A force that speaks: "the SDF said", "the SDF's media centre", "the PMF media office", "the media
    office of the PMF", "an officer of the Iraqi army", "according to the Peshmerga"."""
    n, k = len(words), rec["token_end"]
    if k < n and words[k] == "(" and ")" in words[k:k + BRACKET]:  # "the Internal Security Forces (Asayish) said"
        k = words.index(")", k) + 1
    if k < n and words[k] in POSSESSIVE_ENDINGS:
        k += 1
    speech = actor_rows()["speech"]["words"]
    if k < n and (words[k] in SOURCE_WORDS or words[k] in speech):
        return True
    j = k
    while j < min(n, k + 2) and words[j] in SOURCE_BODIES:  # "the Zeravani command said", "(Asayish) said"
        j += 1
    if k < j < n and words[j] in speech:
        return True
    start = rec["token_start"]
    return (after_pair(words, start, DETERMINERS, SOURCE_WORDS, SOURCE_LINKS)  # "an officer of the Iraqi army"
            or after_pair(words, start, DETERMINERS, actor_rows()["source_cue"]["words"], ("to",)))


def headline_doer(tv: TokenView, records: List[Record]) -> Optional[str]:
    """The id of the force a headline opens with as its doer ("Peshmerga repel ISIS attack near X",
    "Diyala: PMF kills two"), past a place, a label and punctuation, when every state force the
    headline names is of its family."""
    words = tv.lower
    end = next((i for i, w in enumerate(words[:HEADLINE_TOKENS + 1]) if "\n" in w), None)
    if end is None:
        return None
    ents = sorted((r for r in records if r["token_end"] <= end), key=lambda r: r["token_start"])
    forces = [r for r in ents if known_parent(r)]
    if not forces or _one_family(forces) is None:
        return None
    first = forces[0]
    before = [r for r in ents if r["token_end"] <= first["token_start"]]
    if any(r["label"] not in ("PROVINCE", "LOCATION") for r in before):  # "Diyala: PMF kills" only
        return None
    k = max((r["token_end"] for r in before), default=0)
    between = words[k:first["token_start"]]
    return first["kb_id"] if all(w in HEADLINE_SKIP or w in DETERMINERS for w in between) else None


def sole_family(records: List[Record]) -> Optional[str]:
    """The id of the first state force the document names when all it names (air partners aside) are
    of one family; numbered units count as the country's army."""
    air = set(actor_rows()["air_partner"]["words"])
    named = [r for r in records if r["label"] == "FORCE" and (known_parent(r) or is_numbered_unit(r))
             and r["kb_id"] not in air]
    if not named:
        return None
    return _one_family(named)
