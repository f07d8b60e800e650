"""`opstally_events`: ties counts to actions, actors, places and operations.

Parse-free by design (a blank English pipeline has no tagger or parser): the rules
read token order, the entity list of `opstally_entities`, the counts of
`opstally_counts` and the action lexicon. For each count, the action comes from
(in this order)
1. the counted noun itself: "several deaths", "12 airstrikes", "5 killed";
2. a nominalisation before it: "the destruction of 11 tunnels";
3. a verb right after the counted noun phrase: passive "29 sites were destroyed",
   reduced relative "dozens of terrorists killed", intransitive "thousands participate";
4. the nearest action verb before it in the same clause: "The ISF destroyed ten…",
   "…, capturing over one hundred jihadists and destroying 11 tunnels".
The actor is the by-agent, else the subject before the trigger (an entity, or a
generic noun such as "forces" or "militants" standing for the force or group the
text is about), else the force carried over from earlier sentences; own losses
with no agent keep a null actor. Each event records how its actor was found in
`actor_source`.
"""
from bisect import bisect_right
from typing import Any, Callable, Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import E_PIPELINE, OpstallyError
from ..extensions import register_extensions
from ..ids import family
from ..lexicon import CLAUSE_BREAKS, FUNCTION_WORDS, PREPOSITIONS, Lexicon, is_participle, verb_only_lemmas
from ..numbers import read_quantity
from ..tokens import TokenView, sentence_bounds, view
from .context import Context
from .stateless import Stateless

AUX = frozenset("is are was were be been being has have had get got gets getting reportedly reported "
                "allegedly also all successfully later then subsequently eventually each".split())
PASSIVE_AUX = frozenset("is are was were be been being get got gets getting".split())
HYPOTHETICAL = frozenset("will would could may might shall should must can".split())
REPORTING = frozenset("said says say reported reports announced announces stated states added adds according "
                      "claimed claims confirmed confirms told tells noted notes estimated estimates revealed "
                      "reveals explained indicated".split())
INTRANSITIVE = frozenset(["deploy", "surrender", "kill"])  # "thousands participate", "5 surrendered", "3 died"
INTRANSITIVE_KILL = frozenset(["die", "died", "dies", "dying", "perished", "martyred"])
AGENT_OF = frozenset("of from belonging affiliated linked loyal".split())


@Language.factory(
    "opstally_events",
    default_config={"lexicon": {"@misc": "opstally.lexicon.v1"}, "carry_over": True,
                    "scorer": {"@scorers": "opstally.events_scorer.v1"}},
    requires=["doc._.opstally_entities", "doc._.opstally_counts", "token.is_sent_start", "token.lemma"],
    assigns=["doc._.opstally_events"],
    default_score_weights={"events_f": 0.5, "events_actor_f": 0.5, "events_p": 0.0, "events_r": 0.0},
)
def make_events(nlp: Language, name: str, lexicon: Dict[str, Any], carry_over: bool,
                scorer: Optional[Callable]) -> "EventLinker":
    return EventLinker(name, Lexicon(lexicon), carry_over=carry_over, scorer=scorer)


class EventLinker(Stateless):
    def __init__(self, name: str, lexicon: Lexicon, carry_over: bool = True, scorer: Optional[Callable] = None):
        register_extensions()
        self.name = name
        self.lex = lexicon
        self.carry_over = carry_over
        self.scorer = scorer  # spaCy's `Pipe.score` calls it

    def __call__(self, doc: Doc) -> Doc:
        if doc._.opstally_counts is None or doc._.opstally_entities is None:
            raise OpstallyError(E_PIPELINE, f"{self.name} found no doc._.opstally_entities or doc._.opstally_counts.",
                                "Add opstally_entities and opstally_counts before it: "
                                "opstally.pipeline.add_opstally_components(nlp).")
        doc._.opstally_events = find_events(doc, self.lex, self.carry_over)
        return doc


def find_events(doc: Doc, lex: Lexicon, carry_over: bool = True) -> List[Dict[str, Any]]:
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
        cover = {t: x for x, c in enumerate(sent_counts) for t in range(
            c["token_start"], c["item"]["token_end"] if c.get("item") else c["token_end"])}
        sent_events: List[Dict[str, Any]] = []
        shared: Dict[int, List[Tuple[str, int, str]]] = {}
        for x, (a, b) in enumerate(zip(sent_counts, sent_counts[1:])):
            end_a = a["item"]["token_end"] if a.get("item") else a["token_end"]
            if end_a < len(words) and words[end_a] in ("and", ",") and end_a + 1 == b["token_start"]:
                shared[id(a)] = [t for t in _trigger(words, b, x + 1, cover, (s_start, s_end), lex, ctx.ent_at, ctx.tv)
                                 if t[2] in ("passive", "intransitive")]
        for x, c in enumerate(sent_counts):
            for ev in _events_for_count(words, c, x, cover, (s_start, s_end), ctx, lex, carry_over,
                                        sent_events, shared.get(id(c))):
                sent_events.append(ev)
        events.extend(sent_events)
        ctx.after_sentence(s_start, s_end, sent_events)
    for ev in events:
        for key in ("_trigger_tok",):
            ev.pop(key, None)
    return events


def _clause_start(words: List[str], pos: int, s_start: int) -> int:
    k = pos - 1
    while k >= s_start:
        if words[k] in CLAUSE_BREAKS:
            return k + 1
        k -= 1
    return s_start


def _trigger(words: List[str], c: Dict[str, Any], me: int, cover: Dict[int, int], sent: Tuple[int, int],
             lex: Lexicon, ent_at: Dict[int, Any], tv: TokenView) -> List[Tuple[str, int, str]]:
    """(action, trigger token, mode) for the count; mode: noun, nominal, passive, intransitive, active.
    `me` is the count's index in its sentence, `cover` maps tokens to the count covering them."""
    n = len(words)
    cs, ce = c["token_start"], c["token_end"]
    item = c.get("item")
    after = item["token_end"] if item else (ce if not c.get("unit") else ce)
    if c.get("unit") and item:
        after = item["token_end"]
    head = item["head"] if item else (words[ce] if ce < n else "")
    # 1. the counted noun names the action: "several deaths and injuries", "20 airstrikes", "5 killed"
    out: List[Tuple[str, int, str]] = []
    head_tok = item["token_end"] - 1 if item else ce
    if head in lex.count_noun:
        out.append((lex.count_noun[head], head_tok, "noun"))
        k = after if item else ce + 1
        while k + 1 < n and words[k] in ("and", "or", ",") and words[k + 1] in lex.count_noun:
            out.append((lex.count_noun[words[k + 1]], k + 1, "noun"))
            k += 2
        return out
    if item is None and ce < n and words[ce] in lex.count_noun:
        return [(lex.count_noun[words[ce]], ce, "noun")]
    if head in ("operations", "operation", "missions", "mission", "patrols", "ambushes", "attacks"):
        lo = _clause_start(words, cs, sent[0])
        if any(words[k] in lex.support for k in range(max(lo, cs - 6), cs)) or \
                any(words[k] in lex.support for k in range(after, min(after + 4, sent[1]))):
            if head not in ("attacks", "ambushes"):
                return [("strike", head_tok, "noun")]
    # 2. nominalisation: "the destruction of 11 tunnels"
    j = cs - 1
    while j > sent[0] and words[j] in ("the", "these", "those", "some", "its", "their"):
        j -= 1
    if j - 1 >= sent[0] and words[j] == "of" and words[j - 1] in lex.nominal:
        return [(lex.nominal[words[j - 1]], j - 1, "nominal")]
    # 3. a verb after the counted phrase (past "of the Hashd", "and militiamen", "from the 5th Division")
    k, passive = _skip_modifiers(words, after, sent[1], lex), False
    while k < sent[1] and (words[k] in AUX or (words[k].endswith("ly") and len(words[k]) > 4)):
        passive = passive or words[k] in PASSIVE_AUX
        k += 1
    if k < sent[1]:
        va = lex.verb_action(words[k:k + 4]) if words[k] in lex.action_forms else None
        if va is not None:
            action, _ = va
            w = words[k]
            participle = w.endswith(("ed", "en")) or w in ("lost", "found", "hit", "struck", "swept", "caught",
                                                          "sent", "shot", "slain", "hurt", "taken", "retaken",
                                                          "blown", "blew")
            dies = action == "kill" and w in INTRANSITIVE_KILL
            bare = not passive and k == after
            if bare and participle and _verb_right_before(words, cs, sent[0], lex, me, cover):
                pass  # "dismantled two devices found in a house": the main verb governs the count
            elif passive or (bare and participle and not dies and action not in ("deploy", "surrender")):
                return [(action, k, "passive")]
            if action in INTRANSITIVE and (action != "kill" or w in INTRANSITIVE_KILL):
                return [(action, k, "intransitive")]
    if k < sent[1] and (words[k] in PASSIVE_AUX or words[k] in ("has", "have", "had")):
        return []  # the count is the subject of some other verb
    if after < n and (words[after] in REPORTING or tv.lemma(after) in verb_only_lemmas()):
        return []  # "5 militants fled": subject of a verb that is no action
    # 4. the nearest action verb before it in the same clause
    lo = max(_clause_start(words, cs, sent[0]), cs - 18)
    k = cs - 1
    while k >= lo:
        if cover.get(k, me) != me:
            k -= 1
            continue
        w = words[k]
        if w in REPORTING:
            return []
        va = lex.verb_action(words[k:k + 4]) if w in lex.action_forms else None
        if va is not None and words[k - 1 if k > 0 else k] not in ("the", "a", "an"):
            action, _ = va
            if k > 0 and (words[k - 1] == "to" or words[k - 1] in HYPOTHETICAL) and (k - 1) not in ent_at:
                return []  # planned or hypothetical: "plans to clear 100 villages"
            out = [(action, k, "active")]
            # coordinated verbs: "killed or wounded 15 militants"
            j = k - 1
            while j - 1 >= lo and words[j] in ("and", "or", ",") and lex.verb_action(words[j - 1:j + 3]):
                out.append((lex.verb_action(words[j - 1:j + 3])[0], j - 1, "active"))
                j -= 2
            return out
        k -= 1
    return []


def _verb_right_before(words, cs, lo, lex, me, cover) -> bool:
    k = cs - 1
    while k >= lo and k >= cs - 4:
        if words[k] in lex.action_forms and lex.verb_action(words[k:k + 4]) is not None:
            return True
        if words[k] in (",", ";", ".") or cover.get(k, me) != me:
            return False
        k -= 1
    return False


def _skip_modifiers(words: List[str], k: int, end: int, lex: Lexicon) -> int:
    """Past prepositional phrases and coordinated nouns that follow a counted noun."""
    while k < end and words[k] in ("of", "from", "and", "or", "belonging", "affiliated"):
        j = k + 1
        if words[k] in ("belonging", "affiliated") and j < end and words[j] in ("to", "with"):
            j += 1
        taken = 0
        while j < end and taken < 8 and (words[j] in ("the", "a", "its", "their", "his", "-", ",", "and", "so-called")
                                          or (words[j].isalpha() and words[j] not in FUNCTION_WORDS
                                              and words[j] not in lex.action_forms and words[j] not in AUX)
                                          or words[j][:1].isdigit() and words[j][-2:] in ("th", "st", "nd", "rd")):
            if words[j] == "," and (j + 1 >= end or words[j + 1] in ("which", "who", "whose")):
                break
            j += 1
            taken += 1
        if taken == 0 or read_quantity(words, k + 1, lex) is not None:
            return k
        k = j
    return k


def _remap(action: str, c: Dict[str, Any], lex: Lexicon, trigger_word: str) -> str:
    """Item-dependent readings: captured villages are cleared, freed hostages rescued, neutralized IEDs destroyed."""
    head = c["item"]["head"] if c.get("item") else ""
    cls = lex.noun_class(head) if head else None
    if c.get("unit") or cls == "place":
        if action in ("capture", "seize", "rescue", "strike"):
            return "clear"
    if cls == "civilian" and action == "clear":
        return "rescue"
    if cls == "thing" and action == "kill":
        return "destroy"
    if cls in ("hostile", "own", "civilian") and action == "destroy" and trigger_word in ("neutralize", "neutralized",
                                                                                          "neutralise", "neutralised"):
        return "kill"
    return action


def _events_for_count(words, c, me, cover, sent, ctx: Context, lex: Lexicon, carry_over: bool,
                      sent_events, shared=None) -> List[Dict[str, Any]]:
    triggers = _trigger(words, c, me, cover, sent, lex, ctx.ent_at, ctx.tv) or shared or []
    tv = ctx.tv
    out = []
    for action, tok, mode in triggers:
        action = _remap(action, c, lex, words[tok])
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
