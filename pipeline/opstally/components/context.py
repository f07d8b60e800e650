"""What a document is talking about, as the event rules walk through it: the force in
focus, the enemy group, the place and the operation, plus lookups over entities."""
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from spacy.tokens import Doc

from ..ids import family
from ..lexicon import FUNCTION_WORDS, PREPOSITIONS, Lexicon
from ..tokens import view
from .roles import RoleWords, with_air_mentions

ACTOR_LABELS = ("FORCE", "ARMED_GROUP", "OPERATION")
DETERMINERS = frozenset("the a an its their his her our this that these those".split())
NOT_SUBJECT_AFTER = frozenset(["supporting", "alongside", "backing", "backed", "aiding", "assisting", "than"])


SUBJECT_WINDOW = 80  # tokens before a trigger searched for its subject: run-on sentences stay linear
SUBJECT_AUX = frozenset("is are was were has have had will would said says announced reported continue continued "
                        "launched began begin started operate operated".split())


def can_act(e: Dict[str, Any]) -> bool:
    """A force or group, or an operation whose force is known: an operation stands for its
    force (ANNOTATION.md), so one with no known force stands for nobody."""
    return e["label"] in ACTOR_LABELS and (e["label"] != "OPERATION" or bool(e.get("force_id")))


def _most_mentioned(mentions: List[Dict[str, Any]], key: str) -> Optional[str]:
    """The id mentioned most often (ties: the most recent)."""
    if not mentions:
        return None
    counts: Dict[str, int] = {}
    last: Dict[str, int] = {}
    for i, m in enumerate(mentions):
        counts[m[key]] = counts.get(m[key], 0) + 1
        last[m[key]] = i
    return max(counts, key=lambda k: (counts[k], last[k]))


class Context:
    def __init__(self, doc: Doc, words: List[str], ents: List[Dict[str, Any]], lex: Lexicon, roles: RoleWords):
        self.tv = view(doc)
        self.words = words
        self.lex = lex
        self.roles = roles
        self.ent_at: Dict[int, Dict[str, Any]] = {}
        special = [k for k, w in enumerate(words) if w in roles.marked]
        air_heads = [k for k in special if words[k] in roles.air_heads]
        self.ents = with_air_mentions(self.tv, ents, self.ent_at, roles, air_heads)
        self.focus: Optional[Dict[str, Any]] = None   # state force the text is about (an entity dict)
        # indexes, so that every lookup is logarithmic or incremental (long documents stay linear)
        self._starts = [e["token_start"] for e in self.ents]
        self._by_char = {e["start"]: e["token_start"] for e in self.ents}
        self._groups = [e for e in self.ents if e["label"] == "ARMED_GROUP"]
        self._group_starts = [e["token_start"] for e in self._groups]
        self._first_state = next((e for e in self.ents if e["label"] == "FORCE" and family(e["kb_id"]) != "ISIS"), None)
        self._place_seen: Dict[str, List[int]] = {}  # province id -> [mentions, last position] before the sentence
        self._ops_before: List[Dict[str, Any]] = []
        self._seen = 0
        self.count_tokens = frozenset()
        # tokens where a subject candidate can begin: actor entity tokens and generic nouns
        self._marks = sorted({k for k in special if words[k] in roles.candidate}.union(
            *(range(e["token_start"], e["token_end"]) for e in self.ents if can_act(e))))
        self.agent_marks = [k for k in special if words[k] in ("by", "hands")]  # where "by X" can start
        self._sent_key: Tuple[int, int] = (-1, -1)  # the last sentence asked for, and its entities
        self._sent_ents: List[Dict[str, Any]] = []
        self._sent_places: List[Dict[str, Any]] = []  # the sentence's entities with a province, and their starts
        self._sent_place_starts: List[int] = []
        self._sent_groups: List[Dict[str, Any]] = []
        self._sent_ops: List[Dict[str, Any]] = []
        self._sent_lists = False  # whether the four lists above belong to the sentence `_sent_key`
        self._first_op = next((e for e in self.ents if e["label"] == "OPERATION"), None)

    def is_air(self, e: Optional[Dict[str, Any]]) -> bool:
        """An air arm or aircraft mention, or a force the data lists as an air partner."""
        return e is not None and (bool(e.get("air")) or self.roles.is_air_partner(e.get("kb_id")))

    # -- entity lookups ------------------------------------------------------------
    def actor_entity_at(self, tok: int) -> Optional[Dict[str, Any]]:
        e = self.ent_at.get(tok)
        return e if e is not None and can_act(e) else None

    def actor_in_span(self, start: int, end: int) -> Optional[Dict[str, Any]]:
        for t in range(start, end):
            e = self.actor_entity_at(t)
            if e is not None:
                return e
        return None

    def after_preposition(self, tok: int) -> bool:
        k = tok - 1
        while k >= 0 and (self.words[k] in DETERMINERS or self.tv.is_space(k) or self.tv.is_quote_or_bracket(k)):
            k -= 1
        return k >= 0 and (self.words[k] in PREPOSITIONS or self.words[k] in NOT_SUBJECT_AFTER
                           or self.words[k] in self.roles.against_enemy)  # "troops fighting ISIS"

    def _np_start(self, k: int, lo: int) -> int:
        """First token of the noun phrase ending at k: modifiers and entity names before it."""
        j = k
        while j - 1 >= lo and j - k > -4:
            prev = self.words[j - 1]
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
                if end < hi and self.words[end] in self.roles.generic:
                    end += 1
                start = self._np_start(e["token_start"], lo)
                governed = self._governed(start, end, hi, covered) or self._conjunct_of(governed_end, start, end, hi)
                if governed:
                    governed_end = end
                # "foiled an Islamic State plot": an entity after "a"/"an" modifies an object, unless
                # a subordinator opens its clause ("after an ISIS assault killed 10")
                elif not (start > 0 and self.words[start - 1] in ("a", "an")) or \
                        self.after_preposition(start - 1) and not self._governed(start - 1, end, hi, covered):
                    out.append((start, end, "ent", e))
                k = max(end, k + 1)
                continue
            kind = None
            if w in self.roles.generic_state or (w in self.roles.possessed_state and k > 0
                                                 and self.words[k - 1] in ("our", "its", "their", "his")):
                kind = "state"
            elif w in self.roles.generic_hostile:
                kind = "hostile"
            if kind == "state" and k > 0 and self.words[k - 1] == "enemy":
                kind = "hostile"  # "an enemy squad"
            if kind is not None:
                start = self._np_start(k, lo)
                if not self.after_preposition(start) and (k + 1 >= hi or self.words[k + 1] != "of"):
                    out.append((start, k + 1, kind, None))
            k += 1
        return out

    def _governed(self, start: int, end: int, hi: int, covered: frozenset) -> bool:
        """An entity a preposition governs, so no subject: not the owner of a subject noun ("a joint
        force of the Iraqi army"), nor the subject of a clause a subordinator opens ("after coalition
        aircraft carried out 8 strikes")."""
        if not self.after_preposition(start):
            return False
        k = start - 1
        while k >= 0 and self.words[k] in DETERMINERS:
            k -= 1
        if k < 1:
            return True
        w, noun = self.words[k], self.words[k - 1]
        if w == "of" and (noun in self.roles.generic_state or noun in self.roles.possessed_state):
            return not self._subject_noun(k - 1, covered)
        chain_end = self._chain_end(end, hi)  # at `hi`: the verb searched for follows it
        return not (w in self.roles.subordinator and self._followed_by_verb(chain_end, hi + 1))

    def _subject_noun(self, k: int, covered: frozenset) -> bool:
        """A generic noun that can head a subject ("A joint force of …", "Troops of …"): uncounted,
        and not the object of a verb or preposition ("targeted a patrol of …")."""
        start = self._np_start(k, max(0, k - 5))
        if any(t in covered for t in range(start, k + 1)):
            return False
        j = start - 1
        while j >= 0 and self.words[j] in ("the", "a", "an", "joint", "its", "their", "our"):
            j -= 1
        return j < 0 or not (self._verb_like(j) or self.words[j] in PREPOSITIONS)

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
        governed entity is governed too (after a comma only inside a list: "A, B and C")."""
        if governed_end < 0 or governed_end > start:
            return False
        between = [w for w in self.words[governed_end:start] if w not in DETERMINERS]
        if "and" in between:
            return all(w in (",", "and") for w in between)
        j = end
        while j < hi and self.words[j] in self.roles.generic:
            j += 1
        return between == [","] and j < hi and self.words[j] in (",", "and")

    def _led_by(self, lo: int, hi: int) -> Optional[Dict[str, Any]]:
        """"operations led by the SDF detained 86": the force that leads them acts."""
        marks = self.agent_marks
        for b in marks[bisect_left(marks, lo):bisect_left(marks, hi)]:
            if b > lo and self.words[b - 1] in self.roles.lead_by:
                j = b + 1
                while j < hi and self.words[j] in DETERMINERS:
                    j += 1
                ent = self.actor_entity_at(j)
                if ent is not None:
                    return ent
        return None

    def subject_before(self, tok: int, sent: Tuple[int, int], covered: frozenset, participle: bool = False):
        """The subject of the trigger at `tok`: (entity, "same_clause"), (None, "generic_hostile"),
        (None, "generic_state") or (None, "none"). A participle clause (", killing …") takes the
        first subject of its clause, a finite verb the nearest one; a coordination ("A and B
        killed…") its first member, the lead force."""
        lo = max(sent[0], tok - SUBJECT_WINDOW)
        for k in range(tok - 1, lo - 1, -1):
            if self.words[k] in (";", "—", "–", ":") or (self.words[k] == "-" and k + 1 < len(self.words)
                                                         and self.tv.idx(k) + 1 < self.tv.idx(k + 1)):
                lo = k + 1
                break
            if not participle and self.words[k] in self.roles.clause_start and k > lo and self.words[k - 1] == ",":
                lo = k + 1  # "…, while ground teams searched 14 valleys": a new clause, its own subject
                break
        rel = self._relative_subject(lo, tok)
        if rel is not None:
            return rel, "same_clause"
        hi = tok if participle else self._first_verb_end(lo, tok)
        led = self._led_by(lo, hi)
        if led is not None:
            return led, "same_clause"
        if hi != tok and self._counted_subject(lo, hi, covered):
            covered = covered - frozenset(range(max(lo, hi - 4), hi))
        cands = self._candidates(lo, hi, covered)
        if not cands:
            return None, "none"
        if participle:
            pick = 0
        else:
            pick = len(cands) - 1
            while pick > 0:
                between = [w for w in self.words[cands[pick - 1][1]:cands[pick][0]] if w not in DETERMINERS]
                if between and all(w in (",", "and", "as", "well", "with") for w in between):
                    pick -= 1
                else:
                    break
        start, _, kind, ent = cands[pick]
        if kind == "ent":
            return self._nationality_before(start, lo) or ent, "same_clause"
        if kind == "state":
            # "the Council announced that its fighters ...": the force named before the generic noun
            earlier = [c for c in cands[:pick] if c[2] == "ent" and family(c[3]["kb_id"]) != "ISIS"]
            if earlier:
                return earlier[0][3], "same_clause"
            return None, "generic_state"
        return None, "generic_hostile"

    def _first_verb_end(self, lo: int, tok: int) -> int:
        """For a verb coordinated with an earlier one ("a strike hit a squad and destroyed 3 trucks"),
        the earlier verb: the subject stands before it, its objects after it. Else `tok`."""
        k = tok - 1
        while k > lo and self.words[k] in (",", "also", "then", "later"):
            k -= 1
        if k <= lo or self.words[k] != "and":
            return tok
        for j in range(k - 1, max(lo, k - 16), -1):
            w = self.words[j]
            if w in (";", ":") or w in self.lex.support and w.endswith("ing"):
                return tok
            if self._verb_like(j):
                return j
        return tok

    def _relative_subject(self, lo: int, tok: int) -> Optional[Dict[str, Any]]:
        """"coalition aircraft that carried out 5 airstrikes": the actor a relative pronoun
        right before the trigger refers to."""
        for k in range(tok - 1, max(lo, tok - 6) - 1, -1):
            w = self.words[k]
            if w in ("that", "which", "who"):
                j = k - 1
                if j >= lo and self.words[j] == ",":  # "operations by the ISF and the Peshmerga, which killed"
                    j -= 1
                while j >= lo and self.words[j] in self.roles.generic:
                    j -= 1
                return self._first_conjunct(self.actor_entity_at(j), lo) if j >= lo else None
            if w in (",", ";") or k in self.ent_at:
                return None
        return None

    def _nationality_before(self, start: int, lo: int) -> Optional[Dict[str, Any]]:
        """"Iraqi and Kurdish forces killed …": the first conjunct, a nationality word, leads; an
        actor mention for it with the id `nationality_force` (actors.jsonl) gives."""
        k = start - 1
        if k - 1 < lo or self.words[k] != "and" or (k - 1) in self.ent_at:
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

    def _verb_like(self, k: int) -> bool:
        w = self.words[k]
        return k not in self.ent_at and (w in self.lex.action_forms or w in self.lex.support
                                         or (w.endswith("ed") and len(w) > 4))

    def _counted_subject(self, lo: int, hi: int, covered: frozenset) -> bool:
        """"one coalition strike hit …": a counted phrase right before the verb is its subject,
        unless a verb governs it ("killed 70 militants, captured eleven …": an object)."""
        inside = [t for t in range(max(lo, hi - 4), hi) if t in covered]
        if not inside:
            return False
        k = inside[0] - 1
        while k >= lo and k in covered:
            k -= 1
        return k < lo or not self._verb_like(k)

    def in_sentence(self, sent: Tuple[int, int]) -> List[Dict[str, Any]]:
        if self._sent_key != sent:
            self._sent_key = sent
            self._sent_ents = self.ents[bisect_left(self._starts, sent[0]):bisect_left(self._starts, sent[1])]
            self._sent_lists = False
        return self._sent_ents

    def _sentence_lists(self, sent: Tuple[int, int]) -> None:
        """The sentence's places (and their starts), groups and operations, listed once per sentence."""
        ents = self.in_sentence(sent)
        if not self._sent_lists:
            self._sent_lists = True
            self._sent_places = [e for e in ents if e.get("province_id")]
            self._sent_place_starts = [e["token_start"] for e in self._sent_places]
            self._sent_groups = [e for e in ents if e["label"] == "ARMED_GROUP"]
            self._sent_ops = [e for e in ents if e["label"] == "OPERATION"]

    def group_in(self, sent: Tuple[int, int], skip: Tuple[int, int]) -> Optional[Dict[str, Any]]:
        """An armed group named in the sentence outside the span `skip` and the counted phrases (an attacker)."""
        self._sentence_lists(sent)
        for e in self._sent_groups:  # not those counted ("dozens of ISIS militants killed"): no attacker
            if not skip[0] <= e["token_start"] < skip[1] and e["token_start"] not in self.count_tokens:
                return e
        return None

    def state_force_in(self, sent: Tuple[int, int], tok: int) -> Optional[str]:
        """The id of the state force named last before `tok` in the sentence."""
        found = None
        for e in self.in_sentence(sent):
            if e["token_start"] >= tok:
                break
            if e["label"] == "FORCE" and family(e["kb_id"]) != "ISIS":
                found = e["kb_id"]
        return found

    def is_group_id(self, kb_id: Optional[str]) -> bool:
        """Whether the text names an armed group with this id."""
        return any(e["kb_id"] == kb_id for e in self._groups)

    def hostile_noun_in(self, sent: Tuple[int, int], skip: Tuple[int, int]) -> bool:
        """A generic hostile noun ("militants", "a cell") in the sentence outside `skip` and outside
        the counted phrases ("dozens of terrorists killed"), not one the text marks as unknown
        ("unidentified gunmen")."""
        marks = self._marks
        for k in marks[bisect_left(marks, sent[0]):bisect_left(marks, sent[1])]:
            w = self.words[k]  # "fighters", "members": whose they are is not said by the noun
            if skip[0] <= k < skip[1] or w not in self.roles.generic_hostile or w in self.roles.possessed_state \
                    or k in self.ent_at or k in self.count_tokens:
                continue
            if not (k > 0 and self.words[k - 1] in self.roles.unknown_attacker):
                return True
        return False

    def ents_before(self, tok: int, lo: int) -> List[Dict[str, Any]]:  # the entities starting in [lo, tok)
        return self.ents[bisect_left(self._starts, lo):bisect_left(self._starts, tok)]

    # -- context -------------------------------------------------------------------
    def focus_mention(self, tok: int) -> Optional[Dict[str, Any]]:
        if self.focus is not None:
            return self.focus
        # nothing said yet: the document's first state force, else its operation's conducting force
        if self._first_state is not None:
            return self._first_state
        if self._first_op is not None and self._first_op.get("force_id"):
            return self._first_op
        return None

    def focus_id(self, tok: int) -> Optional[str]:
        m = self.focus_mention(tok)
        if m is None:
            return None
        return m.get("force_id") if m["label"] == "OPERATION" else m["kb_id"]

    def enemy_mention(self, tok: int) -> Optional[Dict[str, Any]]:
        k = bisect_left(self._group_starts, tok)
        if k:
            return self._groups[k - 1]
        return self._groups[0] if self._groups else None

    def group_near(self, tok: int, sent: Tuple[int, int]) -> Optional[Dict[str, Any]]:
        """The group named last before `tok` in the sentence, else the first after it there."""
        k = bisect_left(self._group_starts, tok)
        if k and self._group_starts[k - 1] >= sent[0]:
            return self._groups[k - 1]
        return self._groups[k] if k < len(self._groups) and self._group_starts[k] < sent[1] else None

    def enemy_id(self, tok: int) -> Optional[str]:
        """The group named last before `tok`, else the first named, else `default_enemy` (actors.jsonl)."""
        m = self.enemy_mention(tok)
        return m["kb_id"] if m else self.roles.default_enemy

    def province(self, c: Dict[str, Any], sent: Tuple[int, int]) -> Optional[str]:
        self._sentence_lists(sent)
        places = self._sent_places
        if places:
            k = bisect_left(self._sent_place_starts, c["token_start"])  # the first place at or after the count
            pick = places[k] if k < len(places) else places[-1]
            return pick["province_id"]
        if not self._place_seen:
            return None
        # what the document has mostly talked about so far (ties: the most recent)
        return max(self._place_seen, key=lambda k: (self._place_seen[k][0], self._place_seen[k][1]))

    def operation(self, c: Dict[str, Any], sent: Tuple[int, int], actor_id: Optional[str], action: str,
                  affected_id: Optional[str] = None) -> Optional[str]:
        """The operation named in the sentence, else the one the text is about for the actor's
        side; the enemy's doing has none, but the losses it caused count under the victims' side."""
        fam = family(actor_id)
        if fam == "ISIS" and action not in ("lose", "surrender"):
            if family(affected_id) in (None, "ISIS"):
                return None
            fam = family(affected_id)
        self._sentence_lists(sent)
        ops = self._sent_ops
        if ops:
            return ops[0]["kb_id"]
        before = self._ops_before
        if fam is not None and fam != "ISIS":
            same = [e for e in before if family(e.get("force_id")) in (fam, None)]
            if same:
                return _most_mentioned(same, "kb_id")
            if not before and self._first_op is not None and family(self._first_op.get("force_id")) in (fam, None):
                return self._first_op["kb_id"]
            named = {e["kb_id"] for e in before}
            # the one operation the text is about, whoever leads it ("a PMF action inside an ISF-led phase")
            return next(iter(named)) if len(named) == 1 else None
        if before:
            return _most_mentioned(before, "kb_id")
        return self._first_op["kb_id"] if self._first_op is not None else None

    def after_sentence(self, s_start: int, s_end: int, events: List[Dict[str, Any]]) -> None:
        """Record the sentence's places and operations; move the focus to the state force this
        sentence made its actor or subject."""
        sent_ents = self.in_sentence((s_start, s_end))
        for e in sent_ents:
            if e.get("province_id"):
                self._seen += 1
                seen = self._place_seen.setdefault(e["province_id"], [0, 0])
                seen[0] += 1
                seen[1] = self._seen
            if e["label"] == "OPERATION":
                self._ops_before.append(e)
        for ev in events:  # those taking part ("two brigades of the PMF took part") are no new focus
            if ev["actor_source"] in ("same_clause", "by_agent", "operation_force") and ev["actor"] is not None \
                    and ev["action"] != "deploy":
                ent = self.ent_at.get(self._tok_of(ev["actor"]["start"]))
                if ent is not None and family(ev["actor_id"]) not in (None, "ISIS"):
                    if not self._keeps_focus(ent):
                        self.focus = ent
                    return
        for e in sent_ents:
            if not self._followed_by_verb(e["token_end"], s_end):
                continue
            if e["label"] == "FORCE" and family(e["kb_id"]) != "ISIS" and not self.after_preposition(e["token_start"]):
                if not self._keeps_focus(e):
                    self.focus = e
                return
            if e["label"] == "OPERATION" and e.get("force_id") and not self.after_preposition(e["token_start"]):
                nxt = e["token_end"]
                if nxt < len(self.words) and self.words[nxt] in ("'s", "’s"):
                    continue  # "the Jazeera Storm's SDF": the force after it is the subject
                self.focus = e
                return

    def _keeps_focus(self, new: Dict[str, Any]) -> bool:
        """The supporting air partner does not replace the ground force the text is about."""
        return self.focus is not None and self.is_air(new) and not self.is_air(self.focus)

    def _followed_by_verb(self, tok: int, end: int) -> bool:
        """A verb (or auxiliary) within two words after an entity: it is a subject."""
        for k in range(tok, min(tok + 3, end)):
            w = self.words[k]
            if w in SUBJECT_AUX or w in self.lex.action_forms or w in self.lex.support or \
                    (w.endswith("ed") and len(w) > 4):
                return True
            if w not in ("also", "have", "has", "had", "forces", "troops", "'s", "’s", "then", "later") and \
                    not self.tv.is_alpha(k):
                return False
        return False

    def _tok_of(self, char: int) -> int:
        return self._by_char.get(char, -1)
