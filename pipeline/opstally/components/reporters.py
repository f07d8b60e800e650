"""Sides the role rules read from what a sentence reports rather than from its subject: the
force that reports a count ("The SDF said 17 militants were killed", "…, the police said"), the
side whose strikes killed civilians ("in the raids"), and those taking part ("two brigades took
part, searching 23 villages"). Used by `event_roles`, whose `Site` these functions read."""
from typing import TYPE_CHECKING, Any, Dict, Optional

from ..ids import family
from ..resources import word_list
from ..tokens import after_pair
from .state_speakers import state_speaker
from .subjects import DETERMINERS, SUBJECT_WINDOW

STRIKE_PREPOSITIONS = word_list("strike_prepositions")
SPOKESMAN_OF = word_list("spokesman_of")
PLACE_PREPOSITIONS = word_list("article_prepositions")
FIRST_PERSON_SUBJECTS = word_list("first_person_subjects")
STATE_POSSESSIVES = word_list("state_possessives")
QUOTE_MARKS = word_list("quote_marks")
SPEAKER_REACH = 80  # tokens back to the speaker a quote is attributed to
STATE_POSSESSIVE_REACH = 3  # tokens after a verb of speech where "its troops" begins ("said that its")

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

Entity = Dict[str, Any]


def taking_part(site: "Site", tok: int) -> Optional[Entity]:
    """The force of the sentence's earlier "took part" count, for a participle after it: those
    taking part did what the participle clause says."""
    if not site.words[tok].endswith("ing"):
        return None
    found = None
    for ev in reversed(site.earlier[-8:]):  # "two PMF brigades and an army brigade took part": the first leads
        if ev["action"] == "deploy" and ev["actor_source"] == "same_clause" and ev["actor"] is not None \
                and ev["trigger"]["start"] < site.ctx.tv.idx(tok):
            found = ev
        elif found is not None:
            break
    return site.ctx.entity_of(found["actor"]) if found is not None else None


def striker(site: "Site", tok: int, air_fallback: bool = False) -> Optional[Entity]:
    """Who struck, for civilians killed "in the strikes", "by its raids", "in raids attributed to the
    Coalition": the force named before or after the strike noun, else the latest strike's actor in the
    text; with `air_fallback` (enemy dead "taken out by an air strike"), else the air arm or air partner
    the text named last."""
    words, ctx = site.words, site.ctx
    end = min(site.sent[1], tok + 20)
    k = next((j for j in range(tok + 1, end) if words[j] in ctx.roles.strike_casualty
              and words[j - 1] != "air"), None)
    if k is None or not any(words[j] in STRIKE_PREPOSITIONS for j in range(max(tok, k - 4), k)):
        return None
    owner = ctx.actor_entity_at(k - 1)  # "in coalition airstrikes"
    if owner is not None:
        return owner if family(owner["kb_id"]) != "ISIS" else None
    for j in range(k + 1, min(site.sent[1], k + 5)):  # "attributed to the Coalition", "by the coalition"
        if words[j] in (",", ";") or words[j] in ctx.roles.speech:
            break  # "wounded in the shelling, the SDF said": the speaker, not the striker (decision 56)
        ent = ctx.actor_entity_at(j)
        if ent is not None:
            return ent if family(ent["kb_id"]) != "ISIS" else None
    struck = next((ev for ev in reversed(site.earlier[-8:])
                   if ev["action"] == "strike" and family(ev["actor_id"]) not in (None, "ISIS")), None)
    if struck is not None:
        return ctx.entity_of(struck["actor"])
    air = words[k] == "air" or words[k].startswith("air") or words[k - 1] in ctx.roles.aircraft
    if ctx.striker is not None or not (air_fallback and air):  # "by an air strike", not "in the raid"
        return ctx.striker
    # enemy dead and no strike reported yet: the air arm or air partner the text named last
    return next((e for e in reversed(ctx.ents_before(tok, 0)) if ctx.is_air(e)), None)


def speaker_before(site: "Site", tok: int) -> Optional[Entity]:
    """A state force that reports, before `tok` in the sentence ("The SDF said …", "Iraqi
    army spokesman said …", "According to the Iraqi army, …", "Iraqi officials said …"): the
    side whose results it gives."""
    ctx, words = site.ctx, site.words
    found = None
    lo = max(site.sent[0], tok - SUBJECT_WINDOW)  # run-on sentences stay linear
    for e in ctx.ents_before(tok, lo):
        if e["label"] != "FORCE" or family(e["kb_id"]) == "ISIS":
            continue
        if ctx.after_preposition(e["token_start"]):
            if after_pair(words, e["token_start"], DETERMINERS, ctx.roles.source_cue, ("to",)):  # "according to the X"
                found = e
            continue
        k = _past_place(ctx, words, e["token_end"])  # "the NDF in al-Qaryatayn reported …"
        if _speech_at(ctx, words, k, e["token_end"] + 3, tok) is not None:
            found = _first_conjunct(ctx, words, e, lo)
    return found or state_speaker(ctx, words, lo, tok)  # "Iraqi officials said", "Turkey's defence ministry said"


def _first_conjunct(ctx: Any, words: Any, e: Entity, lo: int) -> Entity:
    """The first-named force of a coordinated speaker whose last member is `e` ("the joint coordination command of
    the Peshmerga and the Iraqi army said", "the SDF and the coalition said": the lead, §4; decision 43), else `e`."""
    j = e["token_start"] - 1
    while j >= lo and words[j] in DETERMINERS:
        j -= 1
    if j - 1 < lo or words[j] not in ("and", "&"):
        return e
    j -= 1
    while j >= lo and (words[j] in DETERMINERS or words[j] == ","):
        j -= 1
    prev = ctx.ent_at.get(j) if j >= lo else None
    if prev is None or prev["label"] != "FORCE" or family(prev["kb_id"]) == "ISIS" or prev is e:
        return e
    return _first_conjunct(ctx, words, prev, lo)


def _speech_at(ctx: Any, words: Any, k: int, reach: int, limit: int) -> Optional[int]:
    """The token of a verb of speech at token k, past spokesman words ("spokesman", "media office") up
    to token `reach`, before token `limit` (the force ending at k reports: "the SDF said", "the army's
    spokesman announced"); else None."""
    while k < min(limit, reach) and words[k] in ctx.roles.spokesman:
        k += 1
    return k if k < limit and words[k] in ctx.roles.speech else None


def _past_place(ctx: Any, words: Any, k: int) -> int:
    """The token after "in <place>" ("near <place>" …) at k, else k."""
    if k + 1 < len(words) and words[k] in PLACE_PREPOSITIONS:
        place = ctx.ent_at.get(k + 1)
        if place is not None and place["label"] in ("LOCATION", "PROVINCE"):
            return place["token_end"]
    return k


def speaker_after(site: "Site", tok: int) -> Optional[Entity]:
    """A state force that reports after `tok` in the sentence: "…, the Diyala Police Command said",
    "…, said Col. X, spokesman for the coalition"."""
    ctx, words, roles = site.ctx, site.words, site.ctx.roles
    said = False
    for e in ctx.ents_before(min(site.sent[1], tok + SUBJECT_WINDOW), tok + 1):  # run-on sentences stay linear
        if e["label"] != "FORCE" or family(e["kb_id"]) == "ISIS":
            continue
        if _speech_at(ctx, words, e["token_end"], e["token_end"] + 3, site.sent[1]) is not None:
            return e
        j = e["token_start"] - 1
        while j > tok and words[j] in DETERMINERS:
            j -= 1
        said = said or any(words[t] in roles.speech for t in range(max(tok, j - 12), j))
        if said and j - 1 > tok and words[j] in SPOKESMAN_OF and words[j - 1] in roles.spokesman:
            return e
    return state_speaker(ctx, words, tok + 1, min(site.sent[1], tok + SUBJECT_WINDOW))  # "…, the ministry added"


def quoted_speaker(site: "Site", tok: int) -> Optional[Entity]:
    """For a quoted first-person subject ("'Our fighters captured four,' he said", "\"We also arrested 2"): the
    state force the text last named as a speaker's ("SDF media official X said", "a commander of the
    Hashd's 35th Brigade"), not the force the text turned to since ("Turkish forces had launched 20 strikes")."""
    words, ctx = site.words, site.ctx
    window = range(max(site.sent[0], tok - 6), tok)
    first = next((k for k in window if words[k] in FIRST_PERSON_SUBJECTS), None)
    if first is None or first == 0 or words[first - 1] not in QUOTE_MARKS or \
            any(words[k] in ctx.roles.partner for k in window):
        return None  # "Our partners captured 4": the partner the text names, not the speaker
    for e in reversed(ctx.ents_before(tok, max(0, tok - SPEAKER_REACH))):
        if e["label"] != "FORCE" or family(e["kb_id"]) == "ISIS":
            continue
        k = e["token_end"]
        if k < len(words) and (words[k] in ctx.roles.spokesman or words[k] in ctx.roles.speech):
            return e
        j = e["token_start"] - 1
        while j > 0 and words[j] in DETERMINERS:
            j -= 1
        if j > 0 and words[j] in SPOKESMAN_OF and words[j - 1] in ctx.roles.spokesman:
            return e
    return None


def group_reporter(site: "Site", tok: int) -> Optional[Entity]:
    """"ISIS said in a statement that its fighters carried out five attacks": an armed group that reports
    before `tok` in the sentence, when a possessive in what it reports points back to it ("its fighters");
    not "ISIS said troops killed 4"."""
    ctx, words = site.ctx, site.words
    for e in reversed(ctx.ents_before(tok, site.sent[0])):
        if e["label"] != "ARMED_GROUP" or ctx.after_preposition(e["token_start"]):
            continue
        k = _speech_at(ctx, words, e["token_end"], e["token_end"] + 3, tok)
        if k is None:
            return None
        return e if any(words[j] in STATE_POSSESSIVES for j in range(k + 1, min(tok, k + 8))) else None
    return _state_reporter(site, tok)


def _state_reporter(site: "Site", tok: int) -> Optional[Entity]:
    """"Ankara said its troops had neutralised 12 YPG terrorists", "Damascus says its forces killed 9": a state
    that a capital or nationality names as the speaker (no entity), when a possessive right after its verb of
    speech points back to it (docs/actor-rule.md decision 57); else None."""
    ctx, words = site.ctx, site.words
    lo = max(site.sent[0], tok - SUBJECT_WINDOW)
    for k in range(lo + 1, tok):
        if words[k] in ctx.roles.speech and \
                any(words[j] in STATE_POSSESSIVES for j in range(k + 1, min(tok, k + STATE_POSSESSIVE_REACH))):
            return state_speaker(ctx, words, lo, k + 1)
    return None
