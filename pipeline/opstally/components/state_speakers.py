"""A state's body that reports a count, named by its nationality or capital rather than by a force's name
(docs/actor-rule.md decision 34): "The Turkish Ministry of National Defence said 9 PKK terrorists were
neutralised", "Ankara's defence ministry said its forces had neutralised 440", "…, the defence ministry in
Ankara said", and "…, the ministry added" after such a body was named: that state's force (`nationality_force`,
`state_name_force`). The speaker of a passive count with no agent, as a force that reports its own results is
(§4 "else the actor the text carries over")."""
from typing import Any, Dict, Optional

from ..resources import word_list

BODY_WORDS = word_list("state_body_words")
BODY_HEADS = word_list("state_body_heads")
SOURCE_COLONS = word_list("source_colons")
BODY_REACH = 8  # tokens of a body's name before its verb of speech
NAME_REACH = 5  # tokens of a person's name and rank between a spokesman word and the verb
ANAPHOR_REACH = 400  # tokens back to the body "the ministry" refers to

Entity = Dict[str, Any]


def state_speaker(ctx: Any, words: Any, lo: int, hi: int) -> Optional[Entity]:
    """The state a verb of speech in [lo, hi) has for its speaker: a nationality word or capital before
    spokesman words ("Iraqi officials said", "Turkey's defence ministry said", "ministry spokesperson Rear Admiral
    X said": a name right before the verb is read past), or a body's head that refers back to one ("the ministry
    said"); else None."""
    for j in range(lo + 1, hi):
        if words[j] in ctx.roles.speech:
            found = _speaker_run(ctx, words, lo, j)
            if found is not None:
                return found
    return None


def _speaker_run(ctx: Any, words: Any, lo: int, j: int) -> Optional[Entity]:
    """The state of the words right before the verb of speech at j, read back over a person's name, then
    spokesman and body words, to a nationality or capital (or a body's head that refers back)."""
    roles, k, head, named = ctx.roles, j - 1, None, False
    stop = max(lo, j - NAME_REACH)
    while k >= stop and ctx.tv.text(k).istitle() and words[k] not in roles.spokesman and not _state_id(ctx, words, k) \
            and words[k] not in BODY_WORDS:  # "the Ministry of Peshmerga Affairs said": a body's name (decision 65)
        k, named = k - 1, True  # "… Rear Admiral Zeki Akturk said"
    spoke, stop = False, max(lo, k - BODY_REACH)
    while k >= stop and (words[k] in roles.spokesman or words[k] in BODY_WORDS
                                            or _state_id(ctx, words, k)):
        kb_id = _state_id(ctx, words, k)
        if kb_id and (spoke or not named):
            return state_mention(ctx, k, kb_id)
        spoke = spoke or words[k] in roles.spokesman
        head = k if words[k] in BODY_HEADS and head is None else head
        k -= 1
    return _referred_body(ctx, words, head) if head is not None else None


def headline_body(ctx: Any, words: Any, lo: int, hi: int) -> Optional[Entity]:
    """"Peshmerga ministry: 6 ISIS suspects detained", "Turkish defence ministry: 9 terrorists neutralised": the state
    of a body named before a colon that opens the sentence (decision 66); None when there is none before `hi`."""
    colon = next((k for k in range(lo, min(hi, lo + BODY_REACH)) if words[k] in SOURCE_COLONS), None)
    if colon is None or not any(words[k] in BODY_HEADS for k in range(lo, colon)):
        return None
    k = next((k for k in range(lo, colon) if _state_id(ctx, words, k)), None)
    return state_mention(ctx, k, _state_id(ctx, words, k)) if k is not None else None


def _state_id(ctx: Any, words: Any, k: int) -> Optional[str]:
    """The force a nationality word (not part of a named entity) or a capital at k names."""
    w = words[k]
    if w in ctx.roles.nationality_force and k not in ctx.ent_at:
        return ctx.roles.nationality_force[w]
    return ctx.roles.state_name_force.get(w)


def _referred_body(ctx: Any, words: Any, head: int) -> Optional[Entity]:
    """"the ministry said": the state of the body with that head named last before it."""
    for k in range(head - 1, max(-1, head - ANAPHOR_REACH), -1):
        if words[k] != words[head]:
            continue
        for j in range(k - 1, max(-1, k - BODY_REACH), -1):
            kb_id = _state_id(ctx, words, j)
            if kb_id:
                return state_mention(ctx, j, kb_id)
            if words[j] not in ctx.roles.spokesman and words[j] not in BODY_WORDS:
                break
        for j in range(k + 1, min(len(words), k + BODY_REACH)):  # "the Ministry of National Defence in Ankara"
            kb_id = _state_id(ctx, words, j)
            if kb_id:
                return state_mention(ctx, j, kb_id)
            if words[j] not in ctx.roles.spokesman and words[j] not in BODY_WORDS:
                break
    return None


def state_mention(ctx: Any, k: int, kb_id: str) -> Entity:
    """A FORCE mention of the state a nationality, country or capital word at k names."""
    s, e, text = ctx.tv.char_span(k, k + 1)
    return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": k,
            "token_end": k + 1, "linked": True}
