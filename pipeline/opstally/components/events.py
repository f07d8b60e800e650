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
from typing import Any, Callable, Dict, List, Optional, Set

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import E_PIPELINE, OpstallyError
from ..extensions import register_extensions
from ..lexicon import Lexicon
from ..tokens import view
from .context import Context
from .event_roles import Site, roles_of
from .label_shares import carried_share
from .part_wholes import EVENTS_BACK as PART_EVENTS_BACK, carried_part
from .roles import RoleWords
from .sharing import ELLIPTIC_HEADS, sentence_triggers
from .stateless import Stateless
from .triggers import Scope, count_end, remap
from .trigger_guards import drop_finding


@Language.factory(
    "opstally_events",
    default_config={"lexicon": {"@misc": "opstally.lexicon.v1"}, "carry_over": True, "links": False,
                    "scorer": {"@scorers": "opstally.events_scorer.v1"}},
    requires=["doc._.opstally_entities", "doc._.opstally_counts", "token.is_sent_start", "token.lemma"],
    assigns=["doc._.opstally_events"],
    default_score_weights={"events_f": 0.5, "events_actor_f": 0.5, "events_p": 0.0, "events_r": 0.0},
)
def make_events(nlp: Language, name: str, lexicon: Dict[str, Any], carry_over: bool, links: bool,
                scorer: Optional[Callable]) -> "EventLinker":
    return EventLinker(name, Lexicon(lexicon), carry_over=carry_over, links=links, scorer=scorer)


class EventLinker(Stateless):
    def __init__(self, name: str, lexicon: Lexicon, carry_over: bool = True, links: bool = False,
                 scorer: Optional[Callable] = None):
        register_extensions()
        self.name = name
        self.lex = lexicon
        self.carry_over = carry_over
        self.links = links  # write ANNOTATION.md section 5's `part_of` and `same_as` on events
        self.roles = RoleWords.from_data(lexicon.data.get("actors", {}))
        self.scorer = scorer  # spaCy's `Pipe.score` calls it

    def __call__(self, doc: Doc) -> Doc:
        if doc._.opstally_counts is None or doc._.opstally_entities is None:
            raise OpstallyError(E_PIPELINE, f"{self.name} found no doc._.opstally_entities or doc._.opstally_counts.",
                                "Add opstally_entities and opstally_counts before it: "
                                "opstally.pipeline.add_opstally_components(nlp).")
        doc._.opstally_events = find_events(doc, self.lex, self.carry_over, self.links, self.roles)
        return doc


def find_events(doc: Doc, lex: Lexicon, carry_over: bool = True, links: bool = False,
                roles: Optional[RoleWords] = None) -> List[Dict[str, Any]]:
    ents = doc._.opstally_entities
    if ents is None:  # used without opstally_entities: read doc.ents as they are
        ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text,
                 "kb_id": e.ent_id_ or None, "token_start": e.start, "token_end": e.end} for e in doc.ents]
    counts = doc._.opstally_counts or []
    if not counts:
        return []
    ents = [e for e in ents if e.get("role", True)]  # the model's names opstally_ner_filter keeps from roles
    words = view(doc).lower
    ctx = Context(doc, words, ents, lex, roles or RoleWords.from_data(lex.data.get("actors", {})))
    ctx.count_tokens = frozenset(t for c in counts for t in range(
        c["token_start"], c["item"]["token_end"] if c.get("item") else c["token_end"]))
    events: List[Dict[str, Any]] = []
    counts = sorted(counts, key=lambda c: c["token_start"])
    k = 0
    for s_start, s_end in ctx.sentences():  # read once, shared with the context (backdrop, headlines)
        while k < len(counts) and counts[k]["token_start"] < s_start:
            k += 1
        if k == len(counts):
            break  # no count left: what the later sentences tell the context serves no event
        j = k
        while j < len(counts) and counts[j]["token_start"] < s_end:
            j += 1
        sent_counts = counts[k:j]
        if not sent_counts:
            ctx.after_sentence(s_start, s_end, [])
            continue
        # token -> the count (index in sent_counts) whose words cover it
        cover = {t: x for x, c in enumerate(sent_counts) for t in range(c["token_start"], count_end(c))}
        scope = Scope(words, lex, ctx.tv, ctx.ent_at, cover, (s_start, s_end))
        sent_events: List[Dict[str, Any]] = []
        losers: Set[str] = set()  # the actor ids of the sentence's `lose` events (Site.losers)
        first: Dict[int, int] = {}  # count index -> index in `events` of its first event
        for x, (c, r) in enumerate(zip(sent_counts, sentence_triggers(scope, sent_counts))):
            site = Site(words, c, (s_start, s_end), ctx, lex, carry_over, list(sent_events), set(losers))
            made = _count_events(site, scope, r.triggers, events, sent_events)
            losers |= site.losers
            if made:
                first[x] = len(events) + len(sent_events)
            for ev in made:
                if links:  # ANNOTATION.md section 5: a breakdown, a restatement
                    ev["part_of"] = first.get(r.part_of) if r.part_of is not None else None
                    ev["same_as"] = first.get(r.same_as) if r.same_as is not None else None
                sent_events.append(ev)
        events.extend(sent_events)
        ctx.after_sentence(s_start, s_end, sent_events)
        ctx.told_events = sent_events or ctx.told_events  # what "Four soldiers were also wounded" continues (61)
    return events


def _count_events(site: Site, scope: Scope, triggers: List[Any], events: List[Dict[str, Any]],
                  sent_events: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The count's events from its own triggers, else a share a label or a whole told before gives it
    (`carried_share`; `carried_part`, whose part keeps its whole's actor when nothing else names one)."""
    triggers = triggers or carried_share(scope, site.c, sent_events or events)
    if triggers:
        return _events_for_count(site, triggers)
    triggers, whole = carried_part(scope, site.c, events[-PART_EVENTS_BACK:] + sent_events[-PART_EVENTS_BACK:])
    made = _events_for_count(site, triggers)
    for ev in made:
        if ev["actor_id"] is None and whole is not None:
            ev["actor_id"], ev["actor_source"] = whole["actor_id"], "whole"
    return made


def _events_for_count(site: Site, triggers) -> List[Dict[str, Any]]:
    """The events of the count `site.c`, one per trigger whose action its item allows."""
    words, c, sent, ctx, lex = site.words, site.c, site.sent, site.ctx, site.lex
    tv = ctx.tv
    out = []
    for action, tok, mode in drop_finding(list(triggers), c, lex, words):
        action = remap(action, c, lex, words[tok])
        if action is None:
            continue
        actor, actor_id, source, affected = roles_of(site, action, tok, mode)
        trig_start, trig_end, trig_text = tv.char_span(tok, tok + 1)
        item = c.get("item")
        item_rec = {"start": item["start"], "end": item["end"], "text": item["text"]} if item else None
        if mode == "noun" and item is not None and not (item["token_start"] <= tok < item["token_end"]) \
                and item["head"] not in ELLIPTIC_HEADS:  # "6 others" stays its own item
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
            "operation_id": ctx.operation(c, sent, actor_id, action, affected),
            "sentence": {"start": tv.idx(sent[0]), "end": tv.char_span(sent[1] - 1, sent[1])[1]},
            "trigger": {"start": trig_start, "end": trig_end, "text": trig_text},
            "actor_source": source,
        }
        out.append(ev)
        site.earlier.append(ev)
        if action == "lose" and actor_id is not None:
            site.losers.add(actor_id)
    return out


__all__ = ["make_events", "EventLinker", "find_events"]
