"""The noun phrases of a clause that can be a trigger's subject, and those that cannot: an entity
a preposition governs ("with the Coalition", "a joint force of the Iraqi army"), its conjuncts, a
counted or object noun; the named force a numbered unit belongs to. A mixin of `Context` (through
`Subjects`, subjects.py, which picks among these candidates)."""
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from ..ids import family
from ..lexicon import FUNCTION_WORDS, PREPOSITIONS
from ..resources import word_list
from .antecedents import NOT_SUBJECT_AFTER, REPORTING, is_supporter, partner_with

DETERMINERS = word_list("determiners")
ARTICLES = word_list("articles")
STATE_POSSESSIVES = word_list("state_possessives")
SUBJECT_NOUN_SKIP = word_list("subject_noun_skip")
NAME_ARTICLES = word_list("name_articles")
UNIT_POSSESSIVES = word_list("unit_possessives")
AGENT_OF = word_list("agent_of")
SPEECH_OPENERS = REPORTING | {"that"}  # "The PMF said an ISIS ambush killed 4": the article opens the reported clause


class SubjectPhrases:
    """Candidate subjects over the attributes `Context` sets (words, tv, lex, roles, ent_at, _marks) and
    its entity lookups (actor_entity_at, after_preposition, _followed_by_verb, ents_before)."""

    def _np_start(self, k: int, lo: int) -> int:
        """First token of the noun phrase ending at k: modifiers and entity names before it."""
        j = k
        time_words = self.lex.nouns.get("time", frozenset())  # "Over three weeks Daesh lost": no modifier
        while j - 1 >= lo and j - k > -4:
            prev = self.words[j - 1]
            if prev in time_words:
                break
            if (j - 1) in self.ent_at or (self.tv.is_alpha(j - 1) and prev not in FUNCTION_WORDS
                                          and prev not in self.lex.action_forms and not prev.endswith("ing")) \
                    or prev in ("-", "'s", "’s"):
                j -= 1
            else:
                break
        return j

    def _candidates(self, lo: int, hi: int, covered: frozenset) -> List[Tuple[int, int, str, Optional[Dict[str, Any]]]]:
        """Subject-like noun phrases in [lo, hi): (np_start, np_end, kind, entity), left to right.
        kind: "ent" (an actor entity, or a generic noun an entity modifies), "state", "hostile"."""
        out: List[Tuple[int, int, str, Optional[Dict[str, Any]]]] = []
        k = lo
        marks = self._marks
        governed_end = -1  # end of the last entity a preposition governs: its conjuncts are governed too
        for p in marks[bisect_left(marks, lo):bisect_left(marks, hi)]:  # other tokens start no candidate
            if p < k:
                continue
            k = p
            if k in covered:
                k += 1
                continue
            e = self.actor_entity_at(k)
            w = self.words[k]
            if e is not None:
                end = e["token_end"]
                # "Coalition aircraft", "ISIS fighters": the entity names whose the noun is
                if end < hi and (self.words[end] in self.roles.generic or self.words[end] in self.roles.aircraft):
                    end += 1  # "an Iraqi army drone": the aircraft of the entity
                start = self._np_start(e["token_start"], lo)
                governed = self._governed(start, end, hi, covered) or self._conjunct_of(governed_end, start, end, hi) \
                    or end + 1 < hi and self.words[end] == "-" and is_supporter(self, e)  # "Coalition-backed raid"
                if governed:
                    governed_end = end
                # "foiled an Islamic State plot": an entity after "a"/"an" modifies an object, unless
                # a subordinator opens its clause ("after an ISIS assault killed 10") or the article
                # does ("An Iraqi army drone killed 2", "On Sunday, a PMF patrol was ambushed")
                elif not (start > 0 and self.words[start - 1] in ARTICLES) or start - 1 == lo or \
                        start - 2 >= lo and self.words[start - 2] in SPEECH_OPENERS and start - 2 not in self.ent_at \
                        and self._followed_by_verb(end, hi + 1) or \
                        start - 2 >= lo and self.words[start - 2] == "," and self._followed_by_verb(end, hi + 1) or \
                        self.after_preposition(start - 1) and not self._governed(start - 1, end, hi, covered):
                    out.append((start, end, "ent", self.unit_owner(e, lo) or e))
                k = max(end, k + 1)
                continue
            kind = None
            if w in self.roles.generic_state or (w in self.roles.possessed_state and k > 0
                                                 and self.words[k - 1] in STATE_POSSESSIVES):
                kind = "state"
            elif w in self.roles.generic_hostile:
                kind = "hostile"
            if kind == "state" and k > 0 and self.words[k - 1] == "enemy":
                kind = "hostile"  # "an enemy squad"
            if kind is not None:
                start = self._np_start(k, lo)
                if not self.after_preposition(start) and (k + 1 >= hi or self.words[k + 1] not in AGENT_OF):
                    out.append((start, k + 1, kind, None))
            k += 1
        return out

    def unit_owner(self, e: Dict[str, Any], lo: int) -> Optional[Dict[str, Any]]:
        """The named force a numbered unit belongs to: "the 35th Brigade of al-Hashd", "Peshmerga
        forces of the 2nd Brigade", "the Hashd said its Brigade 39 found …" (a number names no
        side; the force next to it does)."""
        if not any(map(str.isdigit, e["text"])):
            return None
        j = e["token_end"]
        if j < len(self.words) and self.words[j] == "of":
            j += 1
            while j < len(self.words) and (self.words[j] in DETERMINERS or self.words[j] in NAME_ARTICLES
                                           or self.words[j] == "-") \
                    and j not in self.ent_at:  # "of al-Hashd al-Sha'abi": the article of an Arabic name
                j += 1
            owner = self.actor_entity_at(j)
            if owner is not None and not any(map(str.isdigit, owner["text"])):
                return owner
        k = e["token_start"] - 1
        if k >= lo and self.words[k] in UNIT_POSSESSIVES:  # the force that speaks of its unit
            named = [x for x in self.ents_before(k, lo) if x["label"] == "FORCE" and family(x["kb_id"]) != "ISIS"]
            return named[-1] if named else None
        while k >= lo and self.words[k] in DETERMINERS:
            k -= 1
        if k > lo and self.words[k] in AGENT_OF:  # "martyrs of the PMF from the 42nd Brigade"
            k -= 1
            while k > lo and self.words[k] in self.roles.generic:
                k -= 1
            owner = self.actor_entity_at(k)
            if owner is not None and not any(map(str.isdigit, owner["text"])):
                return owner
        return None

    def _governed(self, start: int, end: int, hi: int, covered: frozenset) -> bool:
        """An entity a preposition governs, so no subject: not the owner of a subject noun ("a joint
        force of the Iraqi army"), nor the subject of a clause a subordinator opens ("after coalition
        aircraft carried out 8 strikes"), but an air partner ("a joint raid with the Coalition netted 2")."""
        if not self.after_preposition(start):
            return False
        k = start - 1
        while k >= 0 and self.words[k] in DETERMINERS:
            k -= 1
        if k < 1:
            return True
        w, noun = self.words[k], self.words[k - 1]
        if w in AGENT_OF and (noun in self.roles.generic_state or noun in self.roles.possessed_state
                              or noun in self.roles.aircraft):  # "drones of the Turkish army struck"
            return not self._subject_noun(k - 1, covered)
        chain_end = self._chain_end(end, hi)  # at `hi`: the verb searched for follows it
        return not (w in self.roles.subordinator and not partner_with(self, k, start, end) and self._followed_by_verb(chain_end, hi + 1))

    def _subject_noun(self, k: int, covered: frozenset) -> bool:
        """A generic noun that can head a subject ("A joint force of …", "Troops of …"): uncounted,
        and not the object of a verb or preposition ("targeted a patrol of …")."""
        start = self._np_start(k, max(0, k - 5))
        if any(t in covered for t in range(start, k + 1)):
            return False
        j = start - 1
        while j >= 0 and self.words[j] in SUBJECT_NOUN_SKIP:
            j -= 1
        return j < 0 or not (self.verb_like(j) or self.words[j] in PREPOSITIONS or self.words[j] in NOT_SUBJECT_AFTER)

    def _chain_end(self, end: int, hi: int) -> int:
        """The end of "A, B and C units" that starts with an entity ending at `end`."""
        while end < hi:
            j = end
            while j < hi and self.words[j] in self.roles.generic:
                j += 1
            if j < hi and self.words[j] in (",", "and"):
                k = j + 1
                while k < hi and self.words[k] in DETERMINERS:
                    k += 1
                ent = self.actor_entity_at(k)
                if ent is not None:
                    end = ent["token_end"]
                    continue
            return j
        return end

    def _conjunct_of(self, governed_end: int, start: int, end: int, hi: int) -> bool:
        """"supported by the Iraqi Air Force and the international coalition": a conjunct of a
        governed entity is governed too (after a comma only inside a list: "A, B and C"), and so is
        its acronym in brackets."""
        if governed_end < 0 or governed_end > start:
            return False
        between = [w for w in self.words[governed_end:start] if w not in DETERMINERS]
        if between == ["("]:  # "together with the Syrian Democratic Forces (SDF)": the same force, governed
            return True
        if "and" in between:
            return all(w in (",", "and") for w in between)
        j = end
        while j < hi and self.words[j] in self.roles.generic:
            j += 1
        return between == [","] and j < hi and self.words[j] in (",", "and")

    def verb_like(self, k: int) -> bool:
        w = self.words[k]
        return k not in self.ent_at and (w in self.lex.action_forms or w in self.lex.support
                                         or (w.endswith("ed") and len(w) > 4))
