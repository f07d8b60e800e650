"""What a document is talking about, as the event rules walk through it: the force in
focus, the enemy group, the place and the operation, plus lookups over entities."""
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from spacy.tokens import Doc

from ..ids import family
from ..lexicon import PREPOSITIONS, Lexicon
from ..resources import word_list
from ..tokens import doc_text, view, where_in
from .antecedents import JOINING_VERBS, SUPPORTER_WORDS, is_supporter, joins_other, support_verb, supported_partner
from .backdrop import away_places, background_operations, doc_year, opens_separately
from .event_places import EventPlaces, OpsSeen
from .group_ties import fought_groups
from .partner_units import lead_state
from .roles import RoleWords, with_air_mentions
from .source_force import source_force_mention
from .subjects import DETERMINERS, SUBJECT_WINDOW, Subjects  # noqa: F401 - SUBJECT_WINDOW re-exported

ACTOR_LABELS = ("FORCE", "ARMED_GROUP", "OPERATION")
NOT_SUBJECT_AFTER = word_list("not_subject_after")
AGENT_MARKS = word_list("agent_marks")  # where "by X", "at the hands of X" can start
VERB_GAP = word_list("verb_gap")


SUBJECT_AUX = word_list("subject_aux")
BACKGROUND_YEAR_BEFORE = word_list("background_year_before")
MONTH_NAMES = word_list("month_names")
RUNNING_TOTAL_OPENERS = word_list("running_total_openers")
GROUP_ACTS_NO_FOCUS = word_list("group_acts_no_focus")
HISTORY_YEARS = 2  # a year this many or more before the document's dates history, not last year's review


def can_act(e: Dict[str, Any]) -> bool:
    """A force or group, or an operation whose force is known: an operation stands for its
    force (ANNOTATION.md), so one with no known force stands for nobody."""
    return e["label"] in ACTOR_LABELS and (e["label"] != "OPERATION" or bool(e.get("force_id")))


class Context(EventPlaces, Subjects):
    def __init__(self, doc: Doc, words: List[str], ents: List[Dict[str, Any]], lex: Lexicon, roles: RoleWords):
        self.tv = view(doc)
        self.words = words
        self.lex = lex
        self.roles = roles
        self.ent_at: Dict[int, Dict[str, Any]] = {}
        special = where_in(words, roles.marked)
        air_heads = [k for k in special if words[k] in roles.air_heads]
        self.ents = with_air_mentions(self.tv, ents, self.ent_at, roles, air_heads)
        self.country = next((e["province_id"][:2] for e in self.ents if e.get("province_id")), None)
        self.focus: Optional[Dict[str, Any]] = None   # state force the text is about (an entity dict)
        # indexes, so that every lookup is logarithmic or incremental (long documents stay linear)
        self._starts = [e["token_start"] for e in self.ents]
        self._by_char = {e["start"]: e["token_start"] for e in self.ents}
        states = (e for e in self.ents if e["label"] == "FORCE" and family(e["kb_id"]) != "ISIS")
        self._first_state = lead_state(self, states)  # not a supporter: "Coalition-backed raid …" (decision 74)
        self._place_seen: Dict[str, List[int]] = {}  # province id -> [mentions, last position] before the sentence
        self._ops_before = OpsSeen()  # the operations named before the sentence (not as background)
        self._seen = 0
        self.count_tokens = frozenset()
        # tokens where a subject candidate can begin: actor entity tokens and generic nouns
        self._marks = sorted({k for k in special if words[k] in roles.candidate}.union(
            *(range(e["token_start"], e["token_end"]) for e in self.ents if can_act(e))))
        self.agent_marks = [k for k in special if words[k] in AGENT_MARKS]
        self._sent_key: Tuple[int, int] = (-1, -1)  # the last sentence asked for, and its entities
        self._sent_ents: List[Dict[str, Any]] = []
        self._sent_places: List[Dict[str, Any]] = []  # the sentence's entities with a province, and their starts
        self._sent_place_starts: List[int] = []
        self._sent_groups: List[Dict[str, Any]] = []
        self._sent_ops: List[Dict[str, Any]] = []
        self._sent_lists = False  # whether the four lists above belong to the sentence `_sent_key`
        # operations told as background and places no event happened at (backdrop.py)
        self._doc = doc
        self._sents: Optional[List[Tuple[int, int]]] = None  # the sentences, read when first asked (`sentences`)
        # the groups fought, not a patron beside one; a named cell as its group (group_ties, decision 15)
        self._groups, _ = fought_groups(words, [e for e in self.ents if e["label"] == "ARMED_GROUP"],
                                        self.sentences)
        self._group_starts = [e["token_start"] for e in self._groups]
        self._group_ids = frozenset(e["kb_id"] for e in self._groups)  # `is_group_id`, asked per event
        self._date = doc._.opstally_date if doc.has_extension("opstally_date") else None
        self._year: List[Optional[int]] = []  # the document's year (`doc_year`), read at first need
        self._background_ops = background_operations(self.tv, self.ents, self.sentences(), self._doc_year) \
            if any(e["label"] == "OPERATION" for e in self.ents) else {}
        self._away = away_places(self.tv, self.ents)
        self._heading: Optional[str] = None  # a province heading over the list lines under it
        self._away_seen, self._command_seen = {}, None  # and the last "<Province> Operations Command"'s
        self._sent_away: List[Dict[str, Any]] = []
        self._sent_background = False
        self._first_op = next((e for e in self.ents if e["label"] == "OPERATION"
                               and e["token_start"] not in self._background_ops), None)
        self.striker, self._source, self.told_events = None, [], []  # latest strike's actor; source's force; decision 61

    def is_air(self, e: Optional[Dict[str, Any]]) -> bool:
        """An air arm or aircraft mention, or a force the data lists as an air partner."""
        return e is not None and (bool(e.get("air")) or self.roles.is_air_partner(e.get("kb_id")))

    # -- entity lookups ------------------------------------------------------------
    def actor_entity_at(self, tok: int) -> Optional[Dict[str, Any]]:
        e = self.ent_at.get(tok)
        return self.slash_named(e) if e is not None and can_act(e) else None

    def slash_named(self, e: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        """"PKK/YPG": a pair of names joined by a slash names the second, the branch meant."""
        if e is None:
            return None
        k = e["token_end"]
        if k + 1 < len(self.words) and self.words[k] == "/":
            nxt = self.ent_at.get(k + 1)
            if nxt is not None and can_act(nxt):
                return nxt
        return e

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
                           or self.words[k] in self.roles.against_enemy  # "troops fighting ISIS"
                           or self.words[k] in self.lex.verb_forms)  # "continued to strike Daesh": an object

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
            places = [e for e in ents if e.get("province_id") or e.get("command_province")]
            self._sent_places = [e for e in places if e["token_start"] not in self._away and e.get("province_id")] \
                or [e for e in places if e.get("command_province")]  # "the Anbar Operations Command's troops"
            self._sent_away = [e for e in places if e["token_start"] in self._away]
            self._sent_place_starts = [e["token_start"] for e in self._sent_places]
            self._sent_groups = self._groups[bisect_left(self._group_starts, sent[0]):bisect_left(self._group_starts, sent[1])]
            ops = [e for e in ents if e["label"] == "OPERATION"]
            self._sent_ops = [e for e in ops if self._background_ops.get(e["token_start"]) != "ended"]
            self._sent_background = any(e["token_start"] in self._background_ops for e in ops) \
                or opens_separately(self.words, sent)  # "In a separate raid, ...": no operation carried in

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
        return kb_id in self._group_ids

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
        if not self._source:  # no force named at all: the one the report's source speaks for (decision 16)
            self._source.append(source_force_mention(self.tv, self.words, self.country))
        return self._source[0]

    def focus_id(self, tok: int) -> Optional[str]:
        m = self.focus_mention(tok)
        if m is None:
            return None
        return m.get("force_id") if m["label"] == "OPERATION" else m["kb_id"]

    def enemy_mention(self, tok: int) -> Optional[Dict[str, Any]]:
        k = bisect_left(self._group_starts, tok)
        if k:
            return self.slash_named(self._pair_lead(k - 1))
        return self.slash_named(self._groups[0]) if self._groups else None

    def _pair_lead(self, i: int) -> Dict[str, Any]:
        """Group i, or the group before it that it is joined to ("positions of HTS and Turkistan Islamic
        Party terrorists": the first of the pair leads)."""
        if i > 0 and self.words[self._groups[i - 1]["token_end"]:self._groups[i]["token_start"]] == ["and"]:
            return self._groups[i - 1]
        return self._groups[i]

    def group_near(self, tok: int, sent: Tuple[int, int]) -> Optional[Dict[str, Any]]:
        """The group named last before `tok` in the sentence, else the first after it there."""
        k = bisect_left(self._group_starts, tok)
        if k and self._group_starts[k - 1] >= sent[0]:
            return self.slash_named(self._pair_lead(k - 1))
        return self.slash_named(self._groups[k]) if k < len(self._groups) and self._group_starts[k] < sent[1] else None

    def enemy_id(self, tok: int) -> Optional[str]:
        """The group named last before `tok`, else the first named, else `default_enemy` (actors.jsonl)."""
        m = self.enemy_mention(tok)
        return m["kb_id"] if m else self.roles.default_enemy

    def after_sentence(self, s_start: int, s_end: int, events: List[Dict[str, Any]]) -> None:
        """Record the sentence's places and operations; move the focus to the state force this
        sentence made its actor or subject."""
        sent_ents = self.note_heading((s_start, s_end))
        for ev in events:
            if ev["action"] == "strike" and ev["actor"] is not None and family(ev["actor_id"]) != "ISIS":
                self.striker = self.entity_of(ev["actor"]) or self.striker
        for e in sent_ents:
            self._command_seen = e.get("command_province") or self._command_seen  # decision 20
            if e.get("province_id"):
                self._seen += 1
                seen = (self._away_seen if e["token_start"] in self._away else self._place_seen).setdefault(
                    e["province_id"], [0, 0])
                seen[0] += 1
                seen[1] = self._seen
            if e["label"] == "OPERATION" and e["token_start"] not in self._background_ops:
                self._ops_before.add(e)
        for ev in events:  # those taking part ("two brigades of the PMF took part") are no new focus
            if ev["actor_source"] in ("same_clause", "by_agent", "operation_force") and ev["actor"] is not None \
                    and ev["action"] != "deploy":
                ent = self.ent_at.get(self._tok_of(ev["actor"]["start"])) or self._generic_actor(ev)
                # a group's attack or tally of attacks ("killed when Qaeda militants attacked", "ISIS carried
                # out 21 attacks") makes it no focus; its raids as an authority do ("HTS's security apparatus
                # arrested 9")
                if ent is not None and family(ev["actor_id"]) not in (None, "ISIS") and \
                        not (ent["label"] == "ARMED_GROUP" and ev["action"] in GROUP_ACTS_NO_FOCUS):
                    if not self._keeps_focus(ent, (s_start, s_end)):
                        self.focus = ent
                    return
        for e in sent_ents:
            if not self._followed_by_verb(e["token_end"], s_end):
                continue
            if e["label"] == "FORCE" and family(e["kb_id"]) != "ISIS" and not self.after_preposition(e["token_start"]):
                lead = self._first_conjunct(e, s_start)  # "the army, the police and the PMF began": the army leads
                e = lead if lead is not None and self._listed_with(lead, e, s_start) else e
                e = self._supported(e, s_end)  # "Coalition forces supported the ISF in 8 operations": the ISF
                if e is None:
                    return  # "Army Aviation helicopters provided cover for the advance": the ground force stays
                if not self._keeps_focus(e, (s_start, s_end)):
                    self.focus = e
                return
            if e["label"] == "OPERATION" and e.get("force_id") and not self.after_preposition(e["token_start"]):
                nxt = e["token_end"]
                if nxt < len(self.words) and self.words[nxt] in ("'s", "’s"):
                    continue  # "the Jazeera Storm's SDF": the force after it is the subject
                if self.focus is None or not self._background((s_start, s_end)):
                    self.focus = e
                return
        subject = self._subject_focus(s_start, s_end)
        if subject is not None and not self._keeps_focus(subject, (s_start, s_end)):
            self.focus = subject

    def _listed_with(self, lead: Dict[str, Any], e: Dict[str, Any], s_start: int) -> bool:
        """`lead` opens the list that ends with `e` ("the army, the police and the PMF began"; a headline's
        "Coalition, SDF airdrop kills"), not a supporter or a fronted phrase ("With air support from the
        coalition, X carried out", "With the support of coalition aircraft, the CTS raided")."""
        if lead is e:
            return True
        if lead["label"] != "FORCE" or family(lead["kb_id"]) == "ISIS":
            return False
        fronted = self.words[s_start] in PREPOSITIONS or self.words[s_start] in SUPPORTER_WORDS
        listed = "and" in self.words[lead["token_end"]:e["token_start"]]  # "A, B and C": a list, fronted or not
        return not is_supporter(self, lead) and not (fronted and not listed)

    def _supported(self, e: Dict[str, Any], s_end: int) -> Optional[Dict[str, Any]]:
        """The ground partner the subject `e` supports ("provided overwatch for the SDF"); None when `e` gives
        support and names no partner, or joins another's operation, while a force is in focus (decision 17);
        else `e`."""
        partner = supported_partner(self, e, s_end)
        if partner is None and self.focus is not None and (support_verb(self, e, s_end) is not None
                                                           or joins_other(self, e, s_end)):
            return None  # "a PMF brigade joined the push": the force whose push it is stays
        return partner or e

    def _subject_focus(self, s_start: int, s_end: int) -> Optional[Dict[str, Any]]:
        """The state force that is the subject of one of the first two verbs after the sentence's
        first actor, for a subject with modifiers between it and its verb ("The units of the PMF,
        in cooperation with the Iraqi army, concluded …", "Peshmerga forces of the 2nd Brigade
        conducted …")."""
        first = next((e for e in self.in_sentence((s_start, s_end)) if can_act(e)), None)
        if first is None:
            return None
        tries = 0
        for k in range(first["token_end"], min(s_end, first["token_end"] + 30)):
            if not self.verb_like(k):
                continue
            found, _ = self.subject_before(k, (s_start, s_end), covered=self.count_tokens)
            if found is not None and found["label"] == "FORCE" and family(found["kb_id"]) != "ISIS" and \
                    not found.get("section_partner"):  # "In Iraq, partners conducted 7": the release's force stays
                # "Hashd fighters of the 22nd Brigade joined the push": the force whose push it is stays
                return None if self.focus is not None and self.words[k] in JOINING_VERBS else found
            tries += 1
            if tries == 2:
                break
        return None

    def _keeps_focus(self, new: Dict[str, Any], sent: Tuple[int, int]) -> bool:
        """The supporting air partner does not replace the ground force the text is about, nor does a
        force named in a sentence about an earlier year."""
        return self.focus is not None and (self.is_air(new) and not self.is_air(self.focus) or self._background(sent))

    def _background(self, sent: Tuple[int, int]) -> bool:
        """A sentence dated to a year two or more before the document's (`_doc_year`) ("West Mosul fell
        in 2017, after months in which Iraqi and Kurdish forces freed 1,000 hostages") tells history."""
        words = self.words
        for k in range(sent[0] + 1, sent[1]):
            w = words[k]
            if len(w) == 4 and w.isdigit():
                j = k - 2 if words[k - 1] in MONTH_NAMES and k - 2 >= sent[0] else k - 1
                if words[j] in BACKGROUND_YEAR_BEFORE and int(w) <= (self._doc_year() or 0) - HISTORY_YEARS and \
                        not any(words[i] in RUNNING_TOTAL_OPENERS for i in range(max(sent[0], j - 6), j)):
                    return True
        return False

    def _doc_year(self) -> Optional[int]:
        """The document's year, one reading for the history test here and backdrop's earlier
        operations: `backdrop.doc_year` (its metadata date's, else the latest year its text states)."""
        if not self._year:
            self._year.append(doc_year(self._date, doc_text(self._doc)))
        return self._year[0]

    def _followed_by_verb(self, tok: int, end: int) -> bool:
        """A verb (or auxiliary) within two words after an entity: it is a subject."""
        for k in range(tok, min(tok + 3, end)):
            w = self.words[k]
            if w in SUBJECT_AUX or w in self.lex.action_forms or w in self.lex.support or \
                    (w.endswith("ed") and len(w) > 4):
                return True
            if w not in VERB_GAP and \
                    not self.tv.is_alpha(k):
                return False
        return False

    def entity_of(self, mention: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        """The entity (or air mention) an event's actor mention was read from."""
        return self.ent_at.get(self._tok_of(mention["start"])) if mention is not None else None

    def event_actor(self, ev: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        """The entity an event's actor was read from, else the generic subject's mention (decision 35)."""
        return self.entity_of(ev["actor"]) or self._generic_actor(ev) if ev.get("actor") is not None else None

    def _generic_actor(self, ev: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        """A state force the sentence's generic subject named ("Police arrested 3", "Security forces in Duhok
        detained 4"): a mention of it, which the next sentences carry (decision 35)."""
        k = self.tv.token_at(ev["actor"]["start"])
        if k < 0 or ev["actor_source"] != "same_clause" or family(ev["actor_id"]) in (None, "ISIS"):
            return None
        end = k + 1
        while end < len(self.words) and self.tv.idx(end) < ev["actor"]["end"]:
            end += 1
        if any(w in self.roles.partner for w in self.words[k:end]):
            return None  # "In Iraq, partner forces conducted 7": the release's force stays (decision 29)
        return {**ev["actor"], "label": "FORCE", "token_start": k, "token_end": end, "linked": True}

    def _tok_of(self, char: int) -> int:
        return self._by_char.get(char, -1)
