"""Finding the subject of a trigger in its sentence: the candidate noun phrases (subject_phrases.py)
the trigger's clause holds, the lead force of a joint subject, relative and subordinate clauses, and
the force a generic noun stands for. A mixin of `Context` (context.py), which holds the document's
words, entities and indexes these methods read."""
from typing import Any, Dict, List, Optional, Tuple

from ..ids import family
from ..resources import word_list
from .antecedents import REPORTING, carried_out_by, led_by, people_kind, reported_clause_start
from .joint_generic import force_named_after, fronted_partner, generic_first_member
from .partner_country import PARTNER_NONE, partner_subject
from .partner_units import army_troops, outside_relatives, past_relative, unit_subject
from .region_forces import region_force_id
from .subject_phrases import DETERMINERS, UNIT_POSSESSIVES, SubjectPhrases
from .trigger_guards import participle_form
from .unit_parents import named_unit_before

SUBJECT_JOINERS = word_list("subject_joiners")
COORDINATION_ADVERBS = word_list("coordination_adverbs")
SUBJECT_RELATIVES = word_list("subject_relatives")
RELATIVE = word_list("relative")
PASSIVE_AUX = word_list("passive_aux")
LIST_WORDS = word_list("list_words")
HOSTILE_ANTECEDENT: Dict[str, Any] = {"hostile_antecedent": True}  # a marker, never an entity
CLAUSE_STOPS = frozenset((";", "—", "–", ":", "-", "/"))  # the marks `_clause_lo` may end a clause at
SUBJECT_WINDOW = 80  # tokens before a trigger searched for its subject: run-on sentences stay linear
REPORTER_REACH = 8  # words read back from a reporting verb for the nationality of the body that reports


UNCOVERED_VIEW = 256  # count tokens from which `less` gives a view, not a copy


class Uncovered:
    """`covered` less a few tokens, for membership tests: `covered - removed` copies the document's
    count tokens, once per trigger (that made long documents quadratic)."""

    def __init__(self, covered, removed: frozenset):
        self.covered, self.removed = covered, removed

    def __contains__(self, k: object) -> bool:
        return k in self.covered and k not in self.removed

    def __sub__(self, removed: frozenset) -> "Uncovered":
        return Uncovered(self, removed)


def less(covered, removed: frozenset):
    """`covered - removed`: a copy while `covered` is small (most documents: membership stays a set's),
    else an `Uncovered` view."""
    if isinstance(covered, (frozenset, set)) and len(covered) < UNCOVERED_VIEW:
        return covered - removed
    return Uncovered(covered, removed)


class Subjects(SubjectPhrases):
    """Subject lookups over the attributes `Context` sets (words, tv, lex, roles, ent_at, _marks,
    agent_marks) and its entity lookups (actor_entity_at, after_preposition, _followed_by_verb)."""

    def subject_before(self, tok: int, sent: Tuple[int, int], covered: frozenset, participle: bool = False):
        """The subject of the trigger at `tok`: (entity, "same_clause"), (None, "generic_hostile"),
        (None, "generic_state") or (None, "none"). A participle clause (", killing …") takes the
        first subject of its clause, a finite verb the nearest one; a coordination ("A and B
        killed…") its first member, the lead force."""
        lo = self._clause_lo(tok, sent, participle)
        lo = reported_clause_start(self, lo, tok) if participle else lo  # "X said that <subject> …, killing"
        agent = self._passive_agent(lo, tok) if participle else None
        if agent is not None:  # "ISIS cells were hit by Iraqi F-16s, killing 9": the agent acts
            return agent, "same_clause"
        rel = self._relative_subject(lo, tok)  # "the bombing that killed six": no actor antecedent, no subject
        if rel is None and tok - 1 >= lo and self.words[tok - 1] in RELATIVE:
            rel = carried_out_by(self, lo, tok - 1, sent, covered)  # "X conducted a strike that killed 1": X
        if rel is HOSTILE_ANTECEDENT:
            return None, "generic_hostile"
        if rel is not None or tok - 1 >= lo and self.words[tok - 1] in RELATIVE:
            return rel, ("same_clause" if rel is not None else "none")
        hi = tok if participle else self._first_verb_end(lo, tok)
        rel = self._relative_subject(lo, hi) if hi != tok else None  # "the cell, which had abducted 7 and killed 2"
        if rel is not None:
            return (None, "generic_hostile") if rel is HOSTILE_ANTECEDENT else (rel, "same_clause")
        led = led_by(self, lo, hi)
        if led is not None:
            return led, "same_clause"
        if hi != tok and self._counted_subject(lo, hi, covered):
            covered = less(covered, frozenset(range(max(lo, hi - 4), hi)))
        opener = self._counted_opener(lo, hi, covered) if participle else None
        if opener is not None:
            return opener
        cands = outside_relatives(self.words, self._candidates(lo, hi, covered), lo, hi)  # decision 72
        unit = unit_subject(self, lo, hi, cands)  # "The tribal fighters", "Troops of the division" (decisions 70, 73)
        if unit is not None:
            return unit, "same_clause"
        partner = partner_subject(self, lo, hi, cands, participle, sent[1])  # "In Iraq, partners …" (29, 81)
        if partner is not None:  # "partner forces … in Iraq and Syria": nobody known (decision 81)
            return (None, "partner_none") if partner is PARTNER_NONE else (partner, "same_clause")
        if not cands:
            return self._reported_state(lo, tok, covered) if not participle else (None, "none")
        pick = 0 if participle else self._lead_pick(cands)
        start, _, kind, ent = cands[pick]
        if kind == "ent":  # "a joint force of the army and the PMF": the army leads (decision 60)
            return self._nationality_before(start, lo) or generic_first_member(self, ent, lo) or ent, "same_clause"
        if kind == "state":
            found = self._state_subject(cands, pick)
            return (found, "same_clause") if found is not None else (None, "generic_state")
        owner = self._state_subject(cands, pick - 1) if pick > 0 and cands[pick - 1][0] == start \
            and cands[pick - 1][2] == "state" else None  # "the brigade's fighters": the brigade's
        if owner is not None:
            return owner, "same_clause"
        # "fighters", "members": whose they are the noun does not say (event_roles reads the object)
        return None, people_kind(self, cands[pick][0], cands[pick][1])

    def _reported_state(self, lo: int, tok: int, covered: frozenset) -> Tuple[Optional[Dict[str, Any]], str]:
        """"The Ministry of Interior said police in Anbar dismantled 6 devices": when the words before the first
        verb (the verb of speech) give no subject, a state's generic noun opening the reported clause is the
        subject (decision 48); (None, "none") otherwise."""
        said = next((k for k in range(tok - 1, lo - 1, -1) if self.words[k] in REPORTING and k not in self.ent_at), None)
        if said is None:
            return None, "none"
        start = said + 1 + (said + 1 < tok and self.words[said + 1] == "that")
        hi = self._first_verb_end(start, tok)
        cands = self._candidates(start, hi, covered)
        if cands and cands[0][2] == "ent" and len(cands) == 1:  # "The Ministry of X said ISIS militants killed 3" (85)
            return cands[0][3], "same_clause"
        if not cands or cands[0][2] != "state":
            return None, "none"
        found = self._state_subject(cands, self._lead_pick(cands))
        return (found, "same_clause") if found is not None else (None, "generic_state")

    def _clause_lo(self, tok: int, sent: Tuple[int, int], participle: bool) -> int:
        """The first token of the trigger's clause within the subject window."""
        lo = max(sent[0], tok - SUBJECT_WINDOW)
        window = self.words[lo:tok]  # most windows hold none of the words the loop stops at: two C scans
        if CLAUSE_STOPS.isdisjoint(window) and self.roles.clause_start.isdisjoint(window):
            return lo
        for k in range(tok - 1, lo - 1, -1):
            if self.words[k] in (";", "—", "–", ":") or (self.words[k] in ("-", "/") and k + 1 < len(self.words)
                                                         and self.tv.idx(k) + 1 < self.tv.idx(k + 1)):
                return k + 1  # a spaced hyphen or slash ends a dateline ("Shafaq News / Dozens of ...")
            if self.words[k] in self.roles.clause_start and k > lo and self.words[k - 1] == "," and \
                    (not participle or self._named_clause(k + 1, tok)):
                return k + 1  # "…, while ground teams searched 14 valleys": a new clause, its own subject
        return lo

    def _passive_agent(self, lo: int, tok: int) -> Optional[Dict[str, Any]]:
        """The by-agent of a passive main verb that a participle clause hangs on ("IS cells were hit by
        Iraqi F-16s, killing 9", "the convoy was ambushed by Daesh gunmen, wounding 3"): decision 18."""
        for k in range(lo + 2, tok - 1):
            if self.words[k] != "by" or not participle_form(self.words[k - 1]) or \
                    self.words[k - 2] not in PASSIVE_AUX:
                continue
            j = k + 1
            while j < tok and self.words[j] in DETERMINERS:
                j += 1
            ent = self.actor_entity_at(j)
            if ent is not None and ent["label"] in ("FORCE", "ARMED_GROUP") and ent["token_end"] < tok:
                return ent
        return None

    def _named_clause(self, k: int, tok: int) -> bool:
        """"…, while Turkish forces shelled villages, wounding two": after "while" a named force or group
        and its verb open a clause of their own, which a later participle belongs to."""
        while k < tok and self.words[k] in DETERMINERS:
            k += 1
        e = self.ent_at.get(k)
        return e is not None and e["label"] in ("FORCE", "ARMED_GROUP") and e["token_end"] < tok and \
            self._followed_by_verb(e["token_end"], tok)

    def _state_subject(self, cands: List[Tuple[int, int, str, Optional[Dict[str, Any]]]],
                       pick: int) -> Optional[Dict[str, Any]]:
        """The force a generic state noun subject ("forces", "the brigade", "its fighters") stands for."""
        start, end = cands[pick][0], cands[pick][1]
        # "the Coalition conducted 31 strikes, and partner forces cleared 48 villages": the ground partner
        partner = self._partner_force(start, end) or force_named_after(self, end)  # "our forces in the SDF" (64)
        if partner is not None:
            return partner
        # "the Council announced that its fighters ...": the force named before the generic noun
        earlier = [c for c in cands[:pick] if c[2] == "ent" and family(c[3]["kb_id"]) != "ISIS"]
        if earlier:
            return earlier[0][3]
        troops = army_troops(self, start, end)  # "Troops then destroyed 5" after a PMF unit (decision 71)
        if troops is not None:
            return troops
        reporter = self._reporter_nationality(start)
        if reporter is not None:
            return reporter
        unit = named_unit_before(self.words, self.ents, (start, end), self.focus)  # "The brigade"
        if unit is not None:
            return self.unit_owner(unit, max(0, unit["token_start"] - 8)) or unit
        return self.nationality_np(start, end) or self._national_force(start, end)

    def _reporter_nationality(self, start: int) -> Optional[Dict[str, Any]]:
        """"The Turkish Defence Ministry said its forces neutralised 11", "the Syrian Ministry of Defence said
        its troops destroyed 2 vehicles": a possessive state noun reported by a body no pattern lists but named
        with a nationality word is that state's force (`nationality_force`, actors.jsonl)."""
        k = start if self.words[start] in UNIT_POSSESSIVES else start - 1
        if k < 1 or self.words[k] not in UNIT_POSSESSIVES:
            return None
        k -= 2 if self.words[k - 1] == "that" else 1
        if k < 0 or self.words[k] not in REPORTING:
            return None
        for j in range(k - 1, max(-1, k - REPORTER_REACH), -1):
            if self.words[j] in (".", ";", ",", ":") or j in self.ent_at:
                return None
            if self.words[j] in self.roles.nationality_force:
                return self.nationality_np(j, j + 1)
        return None

    def _counted_opener(self, lo: int, hi: int, covered: frozenset):
        """A participle clause's subject that is a counted phrase opening the clause, right before a
        verb that is no action's ("More than ten Daesh terrorists attacked a post, killing 11 soldiers"):
        its actor entity, or the enemy its hostile noun stands for; else None."""
        k = lo
        while k < hi and self.words[k] in DETERMINERS:
            k += 1
        end = k
        while end < hi and end in covered:
            end += 1
        if end == k or end >= hi or not self.verb_like(end) or self.words[end] in self.lex.action_forms:
            return None  # "dozens of militants killed, 16 soldiers lost": a count's own trigger, no clause
        ent = self.actor_in_span(k, end)
        if ent is not None:
            return ent, "same_clause"
        hostile = any(self.words[t] in self.roles.generic_hostile for t in range(k, end))
        return (None, "generic_hostile") if hostile else None

    def nationality_np(self, start: int, end: int) -> Optional[Dict[str, Any]]:
        """"Iraqi authorities said they had arrested …": a generic subject with a nationality word
        stands for that country's force (`nationality_force`, actors.jsonl)."""
        for k in range(start, end):
            kb_id = self.roles.nationality_force.get(self.words[k])
            if kb_id:
                s, e, text = self.tv.char_span(start, end)
                return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": start,
                        "token_end": end, "linked": True}
        return None

    def _partner_force(self, start: int, end: int) -> Optional[Dict[str, Any]]:
        """"partner forces captured 31": the last ground force named before, not the air partner (the lead of
        "the ISF and Kurdish Peshmerga")."""
        if not any(self.words[k] in self.roles.partner for k in range(start, end)):
            return None
        ground = next((e for e in reversed(self.ents_before(start, 0)) if e["label"] == "FORCE"
                       and family(e["kb_id"]) != "ISIS" and not self.is_air(e)), None)
        lead = self._first_conjunct(ground, max(0, start - SUBJECT_WINDOW)) if ground is not None else None
        return lead if lead is not None and not self.is_air(lead) else ground

    def _lead_pick(self, cands: List[Tuple[int, int, str, Optional[Dict[str, Any]]]]) -> int:
        """The nearest candidate, or the first member of the joint subject it ends ("A, B and C killed …"),
        not across ", and" that joins two clauses ("… fighters, and coalition jets joined"), only a list's.
        A possessor and its unit ("the PMF's 30th Brigade") start together and are one member."""
        members = [i for i in range(len(cands)) if i + 1 == len(cands) or cands[i + 1][0] != cands[i][0]]
        pick = len(members) - 1
        while pick > 0:
            prev, cur = cands[members[pick - 1]], cands[members[pick]]
            between = past_relative(self._between(prev, cur))  # "X, which recruits locally, and Y" (decision 72)
            if between and between[-1] == "of" and between[0] == "and":  # "A and (allied) fighters of B": A leads
                head = between[-2] if len(between) > 2 else None
                between = ["and"] if head in self.roles.candidate else \
                    [w for w in between if w != "of" and w not in self.roles.candidate]
            if between == [",", "and"] and not (pick > 1 and self._between(cands[members[pick - 2]], prev) == [","]):
                break
            if between == [","] and fronted_partner(self.words, prev[0], 0):
                break  # "In a joint operation with the coalition, the SDF captured 6": the SDF (decision 64)
            if between and all(w in SUBJECT_JOINERS for w in between):
                pick -= 1
            else:
                break
        return members[pick]

    def _between(self, a: Tuple[int, int, str, Any], b: Tuple[int, int, str, Any]) -> List[str]:
        return [w for w in self.words[a[1]:b[0]] if w not in DETERMINERS]

    def _national_force(self, start: int, end: int) -> Optional[Dict[str, Any]]:
        """"The army has liberated …", "Security forces arrested …": a generic noun that names the
        country's own force (`generic_national`, actors.jsonl), unless the force in focus is already
        a state army (a Turkish text's "the army" is Turkish) and the noun is no host word ("government
        forces" in a text about Russian jets are still the Syrian government's; not "pro-government")."""
        table, roles = self.roles.generic_national, self.roles
        country = self.country
        if not country:
            return None
        state_focus = family((self.focus or {}).get("kb_id")) in roles.national_armies and \
            not self._host_air_ally(self.focus, country)  # "Russian warplanes carried out 20 raids. Army units killed 30"
        named = self.focus or next((e for e in reversed(self.ents_before(start, 0)) if e["label"] == "FORCE"), None)
        focus_family = family((named or {}).get("kb_id"))  # "Asayish in Sulaimani ...; police found 7": the KRG's
        for k in range(start, end):
            w = self.words[k]
            kept = state_focus and w not in roles.host_words or focus_family in roles.keep_focus_for.get(w, ())
            kb_id = region_force_id(self, table.get(w, {}), named) or table.get(w, {}).get(country) if not kept else None
            if kb_id and (w != "security" or k + 1 < end and self.words[k + 1] == "forces") \
                    and (k == 0 or self.words[k - 1] != "-"):
                s, e, text = self.tv.char_span(start, end)
                return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": start,
                        "token_end": end, "linked": True}
        return None

    def _host_air_ally(self, e: Dict[str, Any], country: str) -> bool:
        """A force named by its aircraft ("Russian warplanes") or an air arm, of a state that flies for the host
        country (`host_air_allies`, actors.jsonl), or the host's own air arm ("Su-24 aircraft destroyed 5
        vehicles. Army units retook 2 hills"): the host's army is no army of its (decision 19)."""
        air = self.is_air(e) or e["token_end"] > 0 and self.words[e["token_end"] - 1] in self.roles.air_heads
        return air and (family(e.get("kb_id")) in self.roles.host_air_allies.get(country, ())
                        or e.get("kb_id") == self.roles.air_force_by_country.get(country))  # its own air arm

    def _first_verb_end(self, lo: int, tok: int) -> int:
        """For a verb coordinated with an earlier one ("a strike hit a squad and destroyed 3 trucks"),
        the earlier verb: the subject stands before it, its objects after it. Else `tok`."""
        k = tok - 1
        while k > lo and self.words[k] in COORDINATION_ADVERBS:
            k -= 1
        if k <= lo or self.words[k] != "and":
            return tok
        j, stop = k - 1, max(lo, k - 16)
        while j > stop:
            w = self.words[j]
            if w in (";", ":") or w in self.lex.support and w.endswith("ing"):
                return tok
            if w == ",":  # "pursued the gunmen, who had killed five villagers, into the hills and killed two"
                opener = self._relative_opener(j, lo)
                if opener is not None:
                    j, stop = opener - 1, max(lo, stop - (j - opener))
                    continue
            if self.verb_like(j):
                return j
            j -= 1
        return tok

    def _relative_opener(self, comma: int, lo: int) -> Optional[int]:
        """The ", who/which" that opens the relative clause the `comma` closes (an aside the verb
        before it and the coordinated verb after it do not look into), else None."""
        for r in range(comma - 1, max(lo, comma - 14), -1):
            w = self.words[r]
            if w in (",", ";", "."):
                return r if r + 1 < comma and self.words[r + 1] in SUBJECT_RELATIVES else None
        return None

    def _relative_subject(self, lo: int, tok: int) -> Optional[Dict[str, Any]]:
        """"coalition aircraft that carried out 5 airstrikes": the actor a relative pronoun
        right before the trigger refers to."""
        for k in range(tok - 1, max(lo, tok - 6) - 1, -1):
            w = self.words[k]
            if w in SUBJECT_RELATIVES:
                j = k - 1
                if j >= lo and self.words[j] == ",":  # "operations by the ISF and the Peshmerga, which killed"
                    j -= 1
                if j >= lo and self.words[j] in self.roles.generic_hostile and self.words[j] not in \
                        self.roles.possessed_state and j not in self.ent_at:
                    return HOSTILE_ANTECEDENT  # "the gunmen, who later killed 5 villagers": the enemy
                while j >= lo and self.words[j] in self.roles.candidate:  # "ISIS members who": ISIS
                    j -= 1
                ent = self._first_conjunct(self.actor_entity_at(j), lo) if j >= lo else None
                return self.unit_owner(ent, lo) or ent if ent is not None else None
            if w in (",", ";") or k in self.ent_at:
                return None
        return None

    def _nationality_before(self, start: int, lo: int) -> Optional[Dict[str, Any]]:
        """"Iraqi and Kurdish forces killed …": the first conjunct, a nationality word, leads; an
        actor mention for it with the id `nationality_force` (actors.jsonl) gives."""
        k = start - 1
        if k - 1 < lo or self.words[k] not in LIST_WORDS or (k - 1) in self.ent_at:  # "U.S., Iraqi troops"
            return None
        kb_id = self.roles.nationality_force.get(self.words[k - 1])
        if kb_id is None:
            return None
        s, e, text = self.tv.char_span(k - 1, k)
        return {"start": s, "end": e, "label": "FORCE", "text": text, "kb_id": kb_id, "token_start": k - 1,
                "token_end": k, "linked": True}

    def _first_conjunct(self, ent: Optional[Dict[str, Any]], lo: int) -> Optional[Dict[str, Any]]:
        """The first of "A, B and C" ending with `ent`: the lead force."""
        while ent is not None:
            k = ent["token_start"] - 1
            while k >= lo and self.words[k] in DETERMINERS:
                k -= 1
            if k - 1 < lo or self.words[k] not in (",", "and"):
                return ent
            j = k - 1
            while j >= lo and self.words[j] in self.roles.generic:
                j -= 1
            prev = self.actor_entity_at(j) if j >= lo else None
            if prev is None:
                return ent
            ent = prev
        return ent

    def _counted_subject(self, lo: int, hi: int, covered: frozenset) -> bool:
        """"one coalition strike hit …": a counted phrase right before the verb is its subject,
        unless a verb governs it ("killed 70 militants, captured eleven …": an object)."""
        inside = [t for t in range(max(lo, hi - 4), hi) if t in covered]
        if not inside:
            return False
        k = inside[0] - 1
        while k >= lo and k in covered:
            k -= 1
        return k < lo or not self.verb_like(k)
