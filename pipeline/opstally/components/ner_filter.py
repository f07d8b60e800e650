"""`opstally_ner_filter`: a statistical NER's entities pass only where the text backs them.

Runs after `opstally_ruler` (whose pattern matches carry an id and are never touched)
and before `opstally_entities`. An entity the model found alone (no pattern id) is
kept only when its context reads as its label says; the cue words are data
(`patterns/ner_cues.jsonl`, with the `hostile` nouns of `patterns/nouns.jsonl` and the
`before_of`, `direction` and `prefix` rows of `patterns/place_cues.jsonl`). Each choice was
measured on a tune half of the train split, with a model trained on the other half
(`training/make_docbins.py --tune`):

- pieces of one place are made whole first: two model places with nothing between them are
  one name ("Kharbat" "Jabr"), a title-case place noun right after one is part of it
  ("Qanus" "Island"); a place word alone ("Kharbat", "Wadi") gives way to the rules' name;
- never right after a person's rank, title or honorific ("Maj. Gen. X", "spokesman X",
  "Sheikh X"), nor opening with one unless a force head word is in it or after it ("General X
  said", not "General Security units"; a place after a place preposition may: "around Mulla
  Abdullah"); never with an outlet's word in it ("X News", "X TV"); never a sentence adverb,
  a demonym ("Yazidi") or, as a place or force, a date name ("Ramadan") alone; never a
  FORCE or ARMED_GROUP opening a sentence (or a clause after a dash) whose other words are
  lower case and whose first is no demonym ("Military police of the SNA", "Brigade engineers");
- cues are read in the span's sentence only ("... the offensive. Russia's defence ministry");
- FORCE: not only generic words and head words ("Government forces", "Partner forces"), nor
  only those and organ words when attached to a known force ("General Command of the SDF");
  a force head word in it or right after it ("X Brigade", "X troops"), or a
  known force it belongs to ("X of the PMF", "the PMF's X"); no institution word
  ("X Ministry", "X University") unless it also has a force head word;
- ARMED_GROUP: a group prefix ("Jaysh X", "Saraya X"), a group word in it or after
  it ("X Front", "X cell"), or a hostile noun after it ("X gunmen");
- OPERATION: an operation cue within two words ("the X offensive", "dubbed X"), not an
  institution word after it ("X ministry"), and not one word before an operation noun ("the
  Jazira offensive": an offensive in a place); a model span of two or more words before an
  operation noun is read as an OPERATION whatever its label, a FORCE before a faction word
  ("allied X Army factions") as an ARMED_GROUP;
- LOCATION: not a unit's or group's name ("Hamrin" of "Hamrin Battalion", "Jund X"), not a
  country ("the highway to Jordan": ANNOTATION.md labels no country), not a building ("the X
  mosque", "X University"), not a speaker ("X said"), and a place cue right before or after it
  ("near X", "X valley"; "of" only after a place noun or a direction: "village of X", "north of
  X", not "blocks of X"), a place noun ending it ("the Jazira desert"),
  or a member of a list with a place in it ("the villages of A, B and C", "Mosul, X
  and Y");
- labels not in `labels` (by default PROVINCE: the provinces are a closed list the
  patterns hold) are dropped;
- where the operation-name rule of `opstally_entities` (operation_names.py: "Operation X",
  "Operations X and Y", "the operation, dubbed X", "the X campaign", and the name's other
  mentions) claims tokens, a model's name of a label in `ner_cues.jsonl`
  `yields_to_operation_names` (every label) on any of them gives way: the model reads
  "Operation Desert Lantern" as a place as often as not, and a pattern's name never would.
Found on real news pages (ner_spans.py, ner_variants.py, ner_guards.py): "Lt. Col. X" is a person
past the split period; a FORCE opening with a group prefix ("Saraya Abu Bakr") is a group; a name opening with a person's given
name is a person ("the fall of Bashar al-Assad"); a naming verb names an operation only after an
operation noun, not after a person's ("a member ... named X"); the first piece of an office's
coordinated name is no unit ("the SDF's Coordination and Military Operations Centre"); a building's
word after a quote mark still makes a building ("al-Fayha' Hospital"); a one-word FORCE or
ARMED_GROUP that spells a known name with one letter off takes its id ("Daash": ISIS).
On the tune halves of the merged corpus (ner_guards.py): a river's or region's name after "crossed the",
"in the", "south of the" is a place ("the Khabur"); a name before ", a deputy of" (a title in its
apposition) is a person; a company by its letter or role ("A Company", "Bravo company") is a unit.
Probed with invented text (ner11, ner_guards.py): a civil service's office is no force ("the Nineveh
Health Directorate", "the General Directorate of X"), a source a text quotes is no place ("according to X").
Probed with a model trained without the news (f-) documents (ner12, ner_guards.py): a region above a country
is no place ("fighters from Europe"), nor the name one is loyal to ("loyal to X"), and a known armed group's
office is no force ("the Islamic police of ISIS"); a name in a byline is a person ("By X and Y, Baghdad"); a
language or a faith alone is no name ("written in Sorani", "in Islam").
On the tune halves with depth-2 weights (ner16): a direction before a country is no place ("eastern
Syria"), nor a source after "according to the" ("according to the NSS"), a numbered facility ("the X 1
rehabilitation centre"), a name opened by an honorific before "'s" ("in Haji X's time") or a leader's
surname ("Sadr urged"); a sentence opening with a hyphenated common word is no force ("Counter-terrorism units").
A name kept once is kept at its other mentions in the document. The model's names kept
go to `doc.spans[names_key]`; `roles` says which of them the event rules may read as an
actor or affected side ("all"; "unknown": a model's FORCE only in a document that names no
known state force, a model's ARMED_GROUP only where no known group is named, so a
model's name never displaces a pattern's; "none"); those they may not are also in
`doc.spans[quiet_key]` (`ner_names.mark_model_entities` marks the entity records). Entities of the
negative classes (`other_labels`: PERSON, ORG) leave `doc.ents` for
`doc.spans[spans_key]`, so the event rules never see them and records list them as
extra entities.
"""
from typing import Any, Dict, FrozenSet, List, Optional, Set

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from ..resources import read_jsonl_resource, word_list
from ..tokens import sentence_starts_array, view
from .ner_guards import (after_the, allegiance_to, appositive_person, byline_name, civil_office, country_part,
                         group_prefixed, organ_of_group, public_figure, quoted_source, title_before, unit_company)
from .ner_names import ACTOR_LABELS, NAMES_KEY, QUIET_KEY, quiet_names
from .ner_variants import linked_variants
from .ner_spans import (PLACE_LABELS, belongs_to_known_force, clipped, common_phrase, continued, doc_text, given_named,
                        in_place_list, mended, named_by_noun, person, unit_nouned, word_after)
from .operation_names import find_operation_names
from .stateless import Stateless

MODEL_LABELS = ("FORCE", "ARMED_GROUP", "OPERATION", "LOCATION")
OTHER_LABELS = ("PERSON", "ORG")
ROLE_MODES = ("all", "unknown", "none")
OPERATION_TRIGGERS = word_list("operation_triggers")
APPOSITION_ARTICLES = word_list("apposition_articles")


@Language.factory(
    "opstally_ner_filter",
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
    default_config={"labels": list(MODEL_LABELS), "other_labels": list(OTHER_LABELS),
                    "spans_key": "opstally_other", "cues": True, "roles": "unknown"},
)
def make_ner_filter(nlp: Language, name: str, labels: List[str], other_labels: List[str], spans_key: str,
                    cues: bool, roles: str) -> "NerFilter":
    return NerFilter(name, labels=labels, other_labels=other_labels, spans_key=spans_key, cues=cues, roles=roles)


class NerFilter(Stateless):
    """`labels`: the labels a model's entity may keep; `cues`: False lets them through without
    the context checks (to measure what the checks do); `other_labels` go to `doc.spans[spans_key]`;
    `roles`: which kept names the event rules may read as actors (ROLE_MODES)."""
    names_key = NAMES_KEY
    quiet_key = QUIET_KEY

    def __init__(self, name: str = "opstally_ner_filter", *, labels: List[str] = list(MODEL_LABELS),
                 other_labels: List[str] = list(OTHER_LABELS), spans_key: str = "opstally_other",
                 cues: bool = True, roles: str = "unknown"):
        if roles not in ROLE_MODES:
            raise ConfigError(f"opstally_ner_filter: roles = {roles!r} is not one of {ROLE_MODES}.",
                              f"Set [components.opstally_ner_filter] roles to one of {', '.join(ROLE_MODES)}.")
        self.roles = roles
        self.name = name
        self._labels = frozenset(labels)
        self.other_labels = frozenset(other_labels)
        self.spans_key = spans_key
        self.cues = cues
        self._words: Optional[Dict[str, FrozenSet[str]]] = None
        self._naming: Optional[Dict[str, Any]] = None

    @property
    def words(self) -> Dict[str, FrozenSet[str]]:
        """Cue word lists by id, read on first use."""
        if self._words is None:
            rows = read_jsonl_resource("ner_cues.jsonl")
            hostile = next(r["words"] for r in read_jsonl_resource("nouns.jsonl") if r["id"] == "hostile")
            self._words = {r["id"]: frozenset(r["words"]) for r in rows}
            self._words["hostile"] = frozenset(hostile)
            places = {r["id"]: r["words"] for r in read_jsonl_resource("place_cues.jsonl")}
            self._words["place_of_head"] = frozenset(places["before_of"] + places["direction"]) | self._words["place_of_noun"]
            self._words["place_prefix"] = frozenset(places["prefix"])
            self._words["place_of_the"] = frozenset(places["before_of"] + places["direction"])
            self._naming = next((r for r in rows if r["id"] == "operation_naming"), {})
        return self._words

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if all(e.ent_id for e in ents):  # only pattern matches (or nothing): nothing to check
            return doc
        other = [e for e in ents if e.label_ in self.other_labels and not e.ent_id]
        keep = [e for e in ents if e.ent_id or e.label_ in self._labels]
        if self.cues:
            keep = self._checked(doc, [self._relabelled(e) for e in mended(keep, self.words)])
            keep = linked_variants(unit_nouned(keep, self.words))
        keep = self._yielded(doc, keep)
        if other:
            doc.spans[self.spans_key] = other
        names = [e for e in keep if not e.ent_id]
        if names:
            doc.spans[self.names_key] = names
            quiet = quiet_names(names, keep, self.roles)
            if quiet:
                doc.spans[self.quiet_key] = quiet
        if len(keep) != len(ents) or any(a is not b for a, b in zip(keep, ents)):
            doc.ents = keep
        return doc

    def _relabelled(self, e: Span) -> Span:
        """A model span of two or more words right before "operation", "offensive"... names an
        operation; a model FORCE right before "factions", "rebels"... is an armed group ("allied Free
        Syrian Army factions")."""
        if e.ent_id or e.label_ == "OPERATION" or e.end >= len(e.doc):
            return e
        w = self.words
        after = e.doc[e.end].lower_
        if e.label_ == "FORCE" and "ARMED_GROUP" in self._labels and (
                after in w["group_after"] or (group_prefixed(e, w)  # "Saraya Abu Bakr": a group's name, unless a known force's
                                          and not belongs_to_known_force(e, list(e.doc.ents), view(e.doc).lower))):
            return Span(e.doc, e.start, e.end, label="ARMED_GROUP")
        if "OPERATION" not in self._labels or len(e) < 2:  # "the Badia operation": in a place, not a name
            return e
        if after in w["operation_noun"] and not any(t.lower_ in w["force_head"] for t in e) \
                and e[0].lower_ not in w["place_prefix"]:  # "the Wadi Thirthar sweep": the valley's
            return Span(e.doc, e.start, e.end, label="OPERATION")
        return e

    def _yielded(self, doc: Doc, ents: List[Span]) -> List[Span]:
        """`ents` without the model's names that overlap an operation name the rule finds from
        the patterns' entities alone (the model's names left out: they would block it)."""
        yields = self.words["yields_to_operation_names"]
        if not any(not e.ent_id and e.label_ in yields for e in ents):
            return ents
        known = [(e.start, e.end, e.label_) for e in ents if e.ent_id]
        places = [k for k in known if k[2] in PLACE_LABELS]
        claims = find_operation_names(view(doc), [k for k in known if k[2] not in PLACE_LABELS], self._naming,
                                      places)
        if not claims:
            return ents
        return [e for e in ents if e.ent_id or e.label_ not in yields
                or not any(e.start < end and start < e.end for start, end in claims)]

    def _checked(self, doc: Doc, ents: List[Span]) -> List[Span]:
        lower = [t.lower_ for t in doc]
        starts = frozenset(sentence_starts_array(doc) or [0])
        bounds = sorted(starts)
        passed: Set[int] = set()
        for i, e in enumerate(ents):
            if e.ent_id or (self._plausible(e, lower, starts) and self._backed(e, ents, clipped(lower, bounds, e))):
                passed.add(i)
        for _ in range(3):  # list members next to a kept place: "villages of A, B and C"
            more = {i for i, e in enumerate(ents) if i not in passed and e.label_ == "LOCATION"
                    and self._plausible(e, lower, starts) and in_place_list(i, ents, passed, lower)}
            if not more:
                break
            passed |= more
        names = {(ents[i].label_, ents[i].text.lower()) for i in passed if not ents[i].ent_id}
        return [e for i, e in enumerate(ents) if i in passed or (e.label_, e.text.lower()) in names]

    def _plausible(self, e: Span, lower: List[str], starts: FrozenSet[int]) -> bool:
        """Not a person (after a title, or opening with one), not an outlet or the page's navigation,
        not a sentence adverb, a demonym or a date, not a common noun phrase capitalised by its place in the sentence, not a
        group's or a unit's name, a building or a place word alone read as a place."""
        w = self.words
        words = lower[e.start:e.end]
        before = lower[e.start - 1] if e.start > 0 else ""
        after = lower[e.end] if e.end < len(lower) else ""
        placed = (e.label_ == "LOCATION" and before in w["place_before"] and before != "of"  # "in X", "near X"
                  and after not in ("'s", "’s"))  # "in Haji Bakr's time": a person's
        if person(words, title_before(lower, e.start, w), after, w, placed) or any(x in w["media_word"] for x in words):
            return False
        if e.label_ != "OPERATION" and appositive_person(lower, e.end, w):  # "X, a deputy of ...": a person
            return False
        if given_named(e, lower, w) or byline_name(e, starts, w):  # "the fall of Bashar al-Assad", "By X and
            return False  # Y": a person, whatever the cue
        if e.label_ in PLACE_LABELS and public_figure(e.text, w):  # "after the fall of Assad": a person
            return False
        if all(x in w["page_furniture"] for x in words):  # "skip to Main Content": the page's menus, not its text
            return False
        if len(words) == 1 and (words[0] in w["sentence_adverb"] or words[0] in w["demonym"]
                                or words[0] in w["language_or_faith"]  # "written in Sorani", "in Islam"
                                or (e.start in starts and words[0].endswith("ly"))
                                or (e.label_ != "OPERATION" and words[0] in w["calendar_name"])):
            return False
        if e.label_ in ACTOR_LABELS and (e.start in starts or before in w["opening_mark"]) and common_phrase(e, w):
            return False
        if e.label_ == "LOCATION":  # a place word alone ("Kharbat" of "Kharbat Jabr"): the rules write the name
            return (words[0] not in w["group_prefix"] and after not in w["force_head"]
                    and not quoted_source(lower, e.start, w)  # "according to X": a source, not a place
                    and not allegiance_to(lower, e.start, w)  # "loyal to X": a person or a group
                    and not (len(words) == 1 and (words[0] in w["place_prefix"] or words[0] in w["place_after"]))
                    and word_after(e, lower, w) not in w["building_after"] and words[-1] not in w["building_after"]
                    and (placed or after not in w["speaker_after"])  # "X said"; not "Police in X said"
                    and " ".join(words) not in w["country"] and " ".join(words) not in w["world_region"]
                    and not country_part(e.text, w))  # "eastern Syria"
        return True

    def _backed(self, e: Span, ents: List[Span], lower: List[str]) -> bool:
        """The label's own cue: a head word, a prefix, a cue nearby (in the span's sentence: `lower`
        is blank outside it)."""
        w = self.words
        words = lower[e.start:e.end]
        after = lower[e.end] if e.end < len(lower) else ""
        if e.label_ == "FORCE":
            if all(x in w["generic_force_word"] or x in w["force_head"] for x in words):
                return False  # "Government forces", "Partner forces": common nouns opening a sentence
            heads = any(x in w["force_head"] for x in words) or unit_company(words, w)  # "A Company"
            if civil_office(words, after, w) or organ_of_group(e, ents, lower, w):  # "the Nineveh Health
                return False  # Directorate": a civil office; "the Islamic police of ISIS": a group's organ
            if not heads and any(x in w["institution_word"] for x in words):
                return False
            part = belongs_to_known_force(e, ents, lower)
            if part and all(x in w["organ_word"] or x in w["generic_force_word"] or x in w["force_head"]
                            or x in w["organ_joiner"] for x in words):
                return False  # "General Command of the SDF": an organ of the known force, which the gold gives
            if part and not heads and after not in w["force_head"] and continued(e, w):
                return False  # "the SDF's Coordination and Military Operations Centre": a piece of a longer name
            return heads or after in w["force_head"] or part
        if e.label_ == "ARMED_GROUP":
            if any(x in w["institution_word"] for x in words):
                return False
            return (words[0] in w["group_prefix"] or any(x in w["group_head"] for x in words)
                    or after in w["group_head"] or after in w["hostile"])
        if e.label_ == "OPERATION":
            if e.start > 0 and doc_text(e, -1) in OPERATION_TRIGGERS:
                return False  # the operation-name rule of opstally_entities finds it, and its other mentions
            if after in w["institution_word"] or (after in w["operation_noun"] and (
                    len(words) == 1 or words[0] in w["place_prefix"])):
                return False  # "Russia's defence ministry"; "the Jazira offensive", "the Wadi X sweep": in a place
            near = lower[max(0, e.start - 2):e.start] + lower[e.end:e.end + 2]
            cues = [x for x in near + words if x in w["operation_cue"]]
            if cues and all(x in self._naming.get("words", ()) for x in cues) and not named_by_noun(e, lower, self._naming):
                return False  # "a member who was in the attack named X": a person, no operation noun names it
            return bool(cues)
        if e.label_ == "LOCATION":
            return self._place_cued(e, lower)
        return True

    def _place_cued(self, e: Span, lower: List[str]) -> bool:
        """A place cue: a preposition or place noun before it ("near X", "village of X"; "of" only
        after a place noun or a direction: "north of X", not "blocks of X"), a place noun after it
        or ending it ("X valley", "the Jazira desert"), an operation noun after a one-word name (the
        operation's place: "the Badia operation"), a list noun a few words before it, or an
        apposition ("X, a village south of Y")."""
        w = self.words
        before = lower[e.start - 1] if e.start > 0 else ""
        after = lower[e.end] if e.end < len(lower) else ""
        if before == "of":
            cued = e.start > 1 and lower[e.start - 2] in w["place_of_head"]
        else:
            cued = before in w["place_before"]
        cued = cued or after_the(lower, e.start, w)  # "crossed the Khabur", "south of the Euphrates"
        apposition = lower[e.end:e.end + 3]
        return (cued or after in w["place_after"] or (len(e) > 1 and lower[e.end - 1] in w["place_after"])
                or (len(e) == 1 and after in w["operation_noun"])  # "the Badia operation": its place
                or any(x in w["place_list_noun"] for x in lower[max(0, e.start - 4):e.start])
                or (len(apposition) == 3 and apposition[0] == "," and apposition[1] in APPOSITION_ARTICLES
                    and apposition[2] in w["place_after"]))
