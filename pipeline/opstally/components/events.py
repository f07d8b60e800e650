"""`opstally_events`: ties counts to actions, actors, places and operations.

Parse-free by design (a blank English pipeline has no tagger or parser): the rules
read token order, the entity list of `opstally_entities`, the counts of
`opstally_counts` and the action lexicon. Each count's action comes from `triggers`
(the counted noun, a nominalisation, a verb after or before it, or a neighbouring count).
The actor is the by-agent, else the subject before the trigger (an entity, or a
generic noun such as "forces" or "militants" standing for the force or group the
text is about), else the force carried over from earlier sentences; own losses
with no agent keep a null actor. Each event records how its actor was found in
`actor_source`.
"""
from bisect import bisect_right
from typing import Any, Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..ids import family
from ..lexicon import CLAUSE_BREAKS, Lexicon, is_participle
from ..tokens import sentence_bounds, view
from .context import Context
from .stateless import Stateless
from .sharing import sentence_triggers
from .triggers import Scope, count_end, remap

AGENT_OF = frozenset("of from belonging affiliated linked loyal".split())


@Language.factory(
    "opstally_events",
    default_config={"lexicon": {"@misc": "opstally.lexicon.v1"}, "carry_over": True, "links": False},
)
def make_events(nlp: Language, name: str, lexicon: Dict[str, Any], carry_over: bool, links: bool) -> "EventLinker":
    return EventLinker(name, Lexicon(lexicon), carry_over=carry_over, links=links)


class EventLinker(Stateless):
    def __init__(self, name: str, lexicon: Lexicon, carry_over: bool = True, links: bool = False):
        register_extensions()
        self.name = name
        self.lex = lexicon
        self.carry_over = carry_over
        self.links = links  # write ANNOTATION.md section 5's `part_of` and `same_as` on events

    def __call__(self, doc: Doc) -> Doc:
        doc._.opstally_events = find_events(doc, self.lex, self.carry_over, self.links)
        return doc


def find_events(doc: Doc, lex: Lexicon, carry_over: bool = True, links: bool = False) -> List[Dict[str, Any]]:
    ents = doc._.opstally_entities
    if ents is None:  # used without opstally_entities: read doc.ents as they are
        ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text,
                 "kb_id": e.ent_id_ or None, "token_start": e.start, "token_end": e.end} for e in doc.ents]
    counts = doc._.opstally_counts or []
    if not counts:
        return []
    words = view(doc).lower
    ctx = Context(doc, words, ents, lex)
    ctx.count_tokens = frozenset(t for c in counts for t in range(
        c["token_start"], c["item"]["token_end"] if c.get("item") else c["token_end"]))
    events: List[Dict[str, Any]] = []
    counts = sorted(counts, key=lambda c: c["token_start"])
    k = 0
    for s_start, s_end in sentence_bounds(doc):
        while k < len(counts) and counts[k]["token_start"] < s_start:
            k += 1
        j = k
        while j < len(counts) and counts[j]["token_start"] < s_end:
            j += 1
        sent_counts = counts[k:j]
        # token -> the count (index in sent_counts) whose words cover it
        cover = {t: x for x, c in enumerate(sent_counts) for t in range(c["token_start"], count_end(c))}
        scope = Scope(words, lex, ctx.tv, ctx.ent_at, cover, (s_start, s_end))
        sent_events: List[Dict[str, Any]] = []
        first: Dict[int, int] = {}  # count index -> index in `events` of its first event
        for x, (c, r) in enumerate(zip(sent_counts, sentence_triggers(scope, sent_counts))):
            made = _events_for_count(words, c, r.triggers, (s_start, s_end), ctx, lex, carry_over, sent_events)
            if made:
                first[x] = len(events) + len(sent_events)
            for ev in made:
                if links:  # ANNOTATION.md section 5: a breakdown, a restatement
                    ev["part_of"] = first.get(r.part_of) if r.part_of is not None else None
                    ev["same_as"] = first.get(r.same_as) if r.same_as is not None else None
                sent_events.append(ev)
        events.extend(sent_events)
        ctx.after_sentence(s_start, s_end, sent_events)
    return events


def _events_for_count(words, c, triggers, sent, ctx: Context, lex: Lexicon, carry_over: bool,
                      sent_events) -> List[Dict[str, Any]]:
    tv = ctx.tv
    out = []
    for action, tok, mode in triggers:
        action = remap(action, c, lex, words[tok])
        if action is None:
            continue
        actor, source = _actor(words, c, action, tok, mode, sent, ctx, lex, carry_over, sent_events + out)
        actor_id = actor["kb_id"] if actor else None
        if actor and actor["label"] == "OPERATION":
            # an operation stands for its force; one nobody listed, for the force the text is about
            actor_id = actor.get("force_id") or ctx.focus_id(c["token_start"])
        if source == "none":
            actor_id = None
        elif source == "context" and actor is None:
            actor_id = None
        affected = _affected(words, c, action, actor_id, sent, ctx, lex, sent_events + out)
        trig_start, trig_end, trig_text = tv.char_span(tok, tok + 1)
        item = c.get("item")
        item_rec = {"start": item["start"], "end": item["end"], "text": item["text"]} if item else None
        if mode == "noun" and item is not None and not (item["token_start"] <= tok < item["token_end"]):
            item_rec = {"start": trig_start, "end": trig_end, "text": trig_text}
        ev = {
            "action": action,
            "count": {"start": c["start"], "end": c["end"], "text": c["text"], "value": c["value"],
                      "bound": c["bound"], "unit": c["unit"]},
            "item": item_rec,
            "actor": ({"start": actor["start"], "end": actor["end"], "text": actor["text"], "kb_id": actor["kb_id"]}
                      if actor else None),
            "actor_id": actor_id,
            "affected_id": affected,
            "province_id": ctx.province(c, sent),
            "operation_id": ctx.operation(c, sent, actor_id, action),
            "sentence": {"start": tv.idx(sent[0]), "end": tv.char_span(sent[1] - 1, sent[1])[1]},
            "trigger": {"start": trig_start, "end": trig_end, "text": trig_text},
            "actor_source": source,
        }
        out.append(ev)
    return out


def _by_agent(words: List[str], tok: int, sent, ctx: Context) -> Optional[Dict[str, Any]]:
    """The entity of a "by X" (or "at the hands of X") phrase that belongs to the trigger:
    not past a comma, a clause break, or another participle ("houses booby-trapped by …")."""
    k = tok + 1
    limit = min(sent[1], tok + 12)
    marks = ctx.agent_marks
    i = bisect_right(marks, tok)
    if i == len(marks) or marks[i] >= limit:
        return None  # no "by" or "hands" in reach: nothing to find
    while k < limit:
        if words[k] == "by" or (words[k] == "hands" and k > 0 and words[k - 1] == "the"):
            for j in range(k + 1, min(k + 5, sent[1])):
                ent = ctx.actor_entity_at(j)
                if ent is not None:
                    return ent
                if words[j] in CLAUSE_BREAKS or words[j] in (",", "."):
                    break
            return None
        if words[k] in CLAUSE_BREAKS or words[k] == "," or \
                (k > tok + 1 and k not in ctx.ent_at and is_participle(words[k], ctx.tv.lemma(k))):
            return None
        k += 1
    return None


def _actor(words, c, action, tok, mode, sent, ctx: Context, lex: Lexicon, carry_over: bool, earlier):
    """(actor entity dict or None, source)."""
    agent = _by_agent(words, tok, sent, ctx)
    if agent is not None:
        return agent, "by_agent"
    item = c.get("item")
    head = item["head"] if item else ""
    cls = lex.noun_class(head) if head else None
    item_actor = ctx.actor_in_span(item["token_start"], item["token_end"]) if item else None
    if mode == "intransitive":
        if item_actor is not None:
            return item_actor, "same_clause"
        if action == "surrender":
            return ctx.enemy_mention(c["token_start"]), "context"
        if action == "kill":
            return None, "none"
        return (ctx.focus_mention(c["token_start"]), "context") if carry_over else (None, "none")
    if mode in ("active", "nominal", "noun"):
        participle = mode == "active" and words[tok].endswith("ing") and tok > 0 and \
            any(words[j] in (",", "and", "while", "after", "before", "by") for j in range(max(sent[0], tok - 2), tok))
        found, how = ctx.subject_before(tok, sent, covered=ctx.count_tokens, participle=participle)
        if found is not None:
            return found, ("operation_force" if found["label"] == "OPERATION" else how)
        if how == "generic_hostile":
            return ctx.enemy_mention(tok), "context"
    # passive without agent, or no subject in the clause: carried over, except own losses
    own_force = item_actor is not None and item_actor["label"] == "FORCE" and family(item_actor["kb_id"]) != "ISIS"
    if action in ("kill", "injure") and (cls in ("own", "civilian") or own_force or head == "others" or mode == "noun"):
        hostile_others = head == "others" and earlier and family(earlier[-1].get("affected_id")) == "ISIS"
        if not hostile_others:
            span = (item["token_start"], item["token_end"]) if item else (c["token_start"], c["token_end"])
            attacker = ctx.group_in(sent, span)
            return (attacker, "same_clause") if attacker is not None else (None, "none")
    if action == "lose":
        return None, "none"
    if not carry_over:
        return None, "none"
    focus = ctx.focus_mention(c["token_start"])
    return (focus, "context") if focus is not None else (None, "none")


def _affected(words, c, action, actor_id, sent, ctx: Context, lex: Lexicon, sent_events) -> Optional[str]:
    item = c.get("item")
    if action == "lose":
        return actor_id
    if item is not None:
        inside = ctx.actor_in_span(item["token_start"], item["token_end"])
        if inside is not None:
            return inside.get("force_id") if inside["label"] == "OPERATION" else inside["kb_id"]
        k = item["token_end"]
        if k < sent[1] and words[k] in AGENT_OF:
            j = k + 1
            while j < min(k + 4, sent[1]) and words[j] in ("the", "to", "with", "so-called", "-"):
                j += 1
            ent = ctx.actor_entity_at(j)
            if ent is not None:
                return ent.get("force_id") if ent["label"] == "OPERATION" else ent["kb_id"]
    head = item["head"] if item else ""
    cls = lex.noun_class(head) if head else None
    if head == "others":
        prev = [e for e in sent_events if e.get("affected_id")]
        return prev[-1]["affected_id"] if prev else None
    actor_fam = family(actor_id)
    if action in ("clear", "deploy", "rescue", "surrender", "strike") and cls not in ("hostile", "thing"):
        return None
    if cls == "own":
        if actor_id and actor_fam != "ISIS":
            return actor_id if action in ("lose", "deploy") else ctx.focus_id(c["token_start"])
        return ctx.focus_id(c["token_start"])
    if action in ("clear", "deploy", "rescue", "surrender"):
        return None
    if cls in ("hostile", "thing") or (action == "strike" and head in ("targets", "target", "positions")):
        if actor_fam == "ISIS":
            return None
        return ctx.enemy_id(c["token_start"])
    return None


__all__ = ["make_events", "EventLinker", "find_events"]
