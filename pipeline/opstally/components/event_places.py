"""Where and in which operation a count happened, as the event rules walk through a document:
the place of the count's clause (or what the text has talked about, or, for a headline, the
place the next lines name) and the operation named in its sentence or carried for its side.
A mixin of `context.Context`, which keeps the per-sentence lists these read."""
from bisect import bisect_left
from typing import Any, Dict, List, Optional, Tuple

from ..ids import family
from ..resources import word_list
from ..tokens import sentence_bounds
from .backdrop import clause_break, is_headline, nearest_operation
from .place_headings import ends_heading, heading_province, named_country, place_in_country

DATELINE_MARKS = word_list("dateline_marks")  # after a dateline's place: "KIRKUK, Iraq (Reuters) -"
REPORTING = word_list("reporting")  # "..., the military said": the reported clause ends there
LABEL_OPENERS = word_list("place_label_openers")  # "Anbar 12, Diyala 9": before a place that labels a count
LABEL_CLOSERS = word_list("place_label_closers")  # after the count of a place-count pair
LABEL_GAPS = word_list("place_label_gaps")  # "Raqqa (17)", "Iraq: 14"
LIST_JOINERS = word_list("place_list_joiners")  # "in Tal Kasib and Samarra": one list of places
COUNT_VERBS = word_list("place_count_verbs")  # "Nineveh accounted for 22", "and Kirkuk for 14"


def owns_count(words: List[str], place: Dict[str, Any], c: Dict[str, Any], sent: Tuple[int, int]) -> bool:
    """A place opening its clause as the subject of a count ("Nineveh accounted for 22 of the
    arrests and Kirkuk for 14", "Anbar saw 12 attacks"): one or two of `place_count_verbs`
    between them (docs/operation-rule.md 25)."""
    start, between = place["token_start"], words[place["token_end"]:c["token_start"]]
    opened = start == sent[0] or words[start - 1] in LABEL_OPENERS or words[start - 1] in COUNT_VERBS \
        or words[start - 1].isspace()
    return opened and 1 <= len(between) <= 2 and all(w in COUNT_VERBS for w in between)


def labels_count(words: List[str], place: Dict[str, Any], c: Dict[str, Any], sent: Tuple[int, int]) -> bool:
    """A place-count pair of a list ("Anbar 12, Diyala 9", "(Nineveh 11; Kirkuk 4)", "Raqqa (17)",
    "Kirkuk: 4"): the place right before the count (or before its bracket or colon), opening its sentence, a line or a list member, and the count (with its item)
    closing the pair. The count is that place's, not the next pair's (docs/operation-rule.md)."""
    start, end = place["token_start"], c["item"]["token_end"] if c.get("item") else c["token_end"]
    gap = c["token_start"] - place["token_end"]  # "Raqqa (17)", "Iraq: 14": a bracket or a colon between
    if gap < 0 or gap > 1 or (gap and words[place["token_end"]] not in LABEL_GAPS):
        return False
    opened = start == sent[0] or words[start - 1] in LABEL_OPENERS or words[start - 1].isspace()
    return opened and (end >= sent[1] or words[end] in LABEL_CLOSERS or words[end].isspace())


class OpsSeen:
    """The operations named before the sentence, tallied as they come (a count and the last
    position per id, by the family of the operation's force): a question per event reads the
    tallies, not every mention so far (that made long documents quadratic)."""

    def __init__(self) -> None:
        self.n = 0
        self.by_family: Dict[Optional[str], Dict[str, List[int]]] = {}
        self.ids: set = set()

    def add(self, e: Dict[str, Any]) -> None:
        seen = self.by_family.setdefault(family(e.get("force_id")), {}).setdefault(e["kb_id"], [0, 0])
        seen[0] += 1
        seen[1] = self.n
        self.n += 1
        self.ids.add(e["kb_id"])

    def __bool__(self) -> bool:
        return self.n > 0

    def any_of(self, families: Tuple[Optional[str], ...]) -> bool:
        return any(self.by_family.get(fam) for fam in families)

    def most_mentioned(self, families: Optional[Tuple[Optional[str], ...]] = None) -> Optional[str]:
        """The id mentioned most often by operations of `families` (all when None; ties: the most recent)."""
        tally: Dict[str, List[int]] = {}
        for fam, ids in self.by_family.items():
            if families is not None and fam not in families:
                continue
            for kb_id, (count, last) in ids.items():
                both = tally.setdefault(kb_id, [0, -1])
                both[0], both[1] = both[0] + count, max(both[1], last)
        return max(tally, key=lambda k: tuple(tally[k])) if tally else None


class EventPlaces:
    """The province and operation of a count (`province`, `operation`); needs the attributes
    `Context.__init__` sets and `Context._sentence_lists`."""

    def province(self, c: Dict[str, Any], sent: Tuple[int, int]) -> Optional[str]:
        """The place of the count's clause in the sentence, else what the document has mostly
        talked about so far, else a place only a report was given from, else (a headline) the
        place the next sentences name."""
        self._sentence_lists(sent)
        places = self._sent_places
        if places:
            k = bisect_left(self._sent_place_starts, c["token_start"])  # the first place at or after the count
            pick = places[k] if k < len(places) else places[-1]
            before = places[k - 1] if k else None
            if before and (labels_count(self.words, before, c, sent) or owns_count(self.words, before, c, sent)):
                pick = places[k - 1]  # "Anbar 12, Diyala 9": the place before the count labels it
            elif k < len(places) and k and clause_break(self.words, c["token_start"], pick["token_start"]) \
                    and not clause_break(self.words, places[k - 1]["token_end"], c["token_start"]):
                pick = places[k - 1]  # "police in Fallujah arrested 3, while in Abu Ghraib ...": its own clause's
            elif k < len(places) and self._unplaced_between(c, pick, sent):
                if not k or clause_break(self.words, places[k - 1]["token_end"], c["token_start"]):
                    # "killed 5 in Tal Kasib and seized 3 rifles in Samarra": what the text is about
                    return self._carried(sent) or pick.get("province_id") or pick["command_province"]
                pick = places[k - 1]  # "units in Nineveh arrested 4 in Tal Kasib and ... near Baiji"
            found = pick.get("province_id") or pick["command_province"]
            return self._abroad(c, sent, found) if self._dateline(pick, sent[0]) else found
        return self._carried(sent)

    def _abroad(self, c: Dict[str, Any], sent: Tuple[int, int], found: str) -> Optional[str]:
        """A dateline's province, unless the count's sentence places it in another country
        ("BAGHDAD (Reuters) - jets struck ... across the border in Syria, killing 39"): then the
        text's place in that country, else none (docs/operation-rule.md 23)."""
        prefix = named_country(self.words, sent)
        if prefix is None or found.startswith(prefix):
            return found
        return place_in_country(self.ents, prefix, c["token_end"], self._away)

    def _unplaced_between(self, c: Dict[str, Any], pick: Dict[str, Any], sent: Tuple[int, int]) -> bool:
        """A place of no known province between the count and the sentence's next known place,
        not listed with it ("in Tal Kasib and Samarra"): the count happened there, not at the
        known place, whose words are another clause's (docs/operation-rule.md 18)."""
        if pick["token_start"] <= c["token_end"]:
            return False
        for e in self.in_sentence(sent):
            if e["token_start"] >= pick["token_start"]:
                return False
            if e["token_start"] >= c["token_end"] and e["label"] == "LOCATION" and not e.get("province_id") \
                    and e["token_start"] not in self._away \
                    and not clause_break(self.words, c["token_end"], e["token_start"]) \
                    and not all(w in LIST_JOINERS for w in self.words[e["token_end"]:pick["token_start"]]):
                return True
        return False

    def note_heading(self, sent: Tuple[int, int]) -> List[Dict[str, Any]]:
        """The sentence's entities, after noting whether it heads the list lines under it with a
        province ("Diyala", "Nineveh province:") or, as prose, ends such a list (decision 22)."""
        ents = self.in_sentence(sent)
        if self._heading is not None and ends_heading(self.words, sent):  # no heading: nothing to end
            self._heading = None
        self._heading = heading_province(self.words, ents, sent) or self._heading
        return ents

    def _carried(self, sent: Tuple[int, int]) -> Optional[str]:
        """A count whose sentence gives it no known place: what the document has mostly talked
        about so far, else the province of the last "<Province> Operations Command" named before
        (docs/operation-rule.md 20), else a place only a report was given from, else (a headline)
        the place the next sentences name."""
        if self._heading is not None:  # "Salahuddin" over "- Albu Rayash village: 6 devices" (decision 22)
            return self._heading
        for seen in (self._place_seen, self._away_seen):
            if seen:
                return max(seen, key=lambda k: (seen[k][0], seen[k][1]))
        if self._command_seen is not None:  # "Anbar Operations Command said ... The troops killed 5"
            return self._command_seen
        if self._sent_away:
            return self._sent_away[-1]["province_id"]
        return self._place_ahead(sent)

    def sentences(self) -> List[Tuple[int, int]]:
        if self._sents is None:
            self._sents = sentence_bounds(self._doc)
        return self._sents

    def _place_ahead(self, sent: Tuple[int, int]) -> Optional[str]:
        """A headline (no full stop) before any place, not about a whole country: the province of
        the first of the next two sentences that names places or an "<Province> Operations
        Command", when they are of one province. A dateline's place ("BAGHDAD (AFP) - ... in
        Diyala") gives way to the places of the reported clause; a headline where a country speaks
        ("Iraq says nine jihadists killed") takes only those (docs/operation-rule.md, 12)."""
        speaker = not is_headline(self.tv, sent)
        if speaker and not is_headline(self.tv, sent, speaker=True):
            return None
        later = [s for s in self.sentences() if s[0] >= sent[1]][:2]
        if not later:
            return None
        for lo, hi in later:  # the first of them that names a place, and only one province
            named = [e for e in self.ents[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
                     if e.get("province_id") and e["token_start"] not in self._away or e.get("command_province")]
            said = next((j for j in range(lo, hi) if self.words[j] in REPORTING), hi)
            found = {e.get("province_id") or e["command_province"] for e in named
                     if not self._dateline(e, lo) and e["token_start"] < said}
            if not found and not speaker:
                found = {e.get("province_id") or e["command_province"] for e in named}
            if named:
                return found.pop() if len(found) == 1 else None
        return None

    def _dateline(self, e: Dict[str, Any], lo: int) -> bool:
        """A place that opens its sentence before a dateline's mark ("KIRKUK, Iraq (Reuters) -",
        "Diyala / Shafaq News –"): where the report was filed, a fallback only (docs/operation-rule.md)."""
        k = e["token_end"]
        return e["token_start"] == lo and k < len(self.words) and self.words[k] in DATELINE_MARKS

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
            return (ops[0] if len(ops) == 1 else nearest_operation(self.words, ops, c["token_start"]))["kb_id"]
        if self._sent_background:
            return None  # "Since Operation Roundup ended, ...", "In a separate raid, ...": none carried in
        before = self._ops_before
        if fam is not None and fam != "ISIS":
            if before.any_of((fam, None)):
                return before.most_mentioned((fam, None))
            if not before and self._first_op is not None and family(self._first_op.get("force_id")) in (fam, None):
                return self._first_op["kb_id"]
            # the one operation the text is about, whoever leads it ("a PMF action inside an ISF-led phase")
            return next(iter(before.ids)) if len(before.ids) == 1 else None
        if before:
            return before.most_mentioned()
        return self._first_op["kb_id"] if self._first_op is not None else None
