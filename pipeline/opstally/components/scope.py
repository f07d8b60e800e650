"""`opstally_scope`: is an event's count one incident, a tally over a window, or a running total?

ANNOTATION.md section 5. Each event (of `opstally_events`) gets `scope`: `incident`
(the default), `period` ("in the past week", "in January", "over the last 24 hours")
or `cumulative` ("to date", "since 2015", "since the operation began"), from the cue
that governs its count in its sentence (`opstally.cues`). The cue phrases are data:
`patterns/scope.jsonl` (scope cues) and `patterns/dates.jsonl` (date cues, which mark
an incident), through the registered `opstally.date_cues.v1`.
"""
from typing import Any, Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..cues import Cue, governing_cue, sentence_cues
from ..datetext import DateGrammar
from ..extensions import register_extensions
from ..resources import read_jsonl_resource
from .stateless import Stateless


@registry.misc("opstally.date_cues.v1")
def date_cues_v1() -> Dict[str, Any]:
    """Scope cues, relative date cues and number words (for "three days ago"), as JSON data."""
    numbers = {row["text"]: int(row["value"]) for row in read_jsonl_resource("quantities.jsonl")
               if row.get("kind") == "number" and " " not in row["text"] and row["value"] <= 100}
    return {"scope": read_jsonl_resource("scope.jsonl"), "relative": read_jsonl_resource("dates.jsonl"),
            "numbers": numbers}


def grammar_from(cues: Dict[str, Any], dayfirst: bool = True) -> DateGrammar:
    return DateGrammar(cues["relative"], cues["scope"], cues["numbers"], dayfirst=dayfirst)


@Language.factory(
    "opstally_scope",
    default_config={"cues": {"@misc": "opstally.date_cues.v1"}},
    assigns=["doc._.opstally_events"],
    requires=["doc._.opstally_events"],
)
def make_scope(nlp: Language, name: str, cues: Dict[str, Any]) -> "ScopeTagger":
    return ScopeTagger(name, grammar_from(cues))


class ScopeTagger(Stateless):
    def __init__(self, name: str, grammar: DateGrammar):
        register_extensions()
        self.name = name
        self.grammar = grammar

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.opstally_events
        if events:
            text = doc.text
            for ev, cue in zip(events, governing_cues(self.grammar, text, events, None)):
                ev["scope"] = cue.scope if cue is not None else "incident"
        return doc


def governing_cues(grammar: DateGrammar, text: str, events: List[Dict[str, Any]], doc_date
                   ) -> List[Optional[Cue]]:
    """The cue governing each event's count (None: no cue), and each sentence's cues read once."""
    seen: Dict[Tuple[int, int], List[Cue]] = {}
    out: List[Optional[Cue]] = []
    for ev in events:
        key = _sentence(ev, len(text))
        if key not in seen:
            seen[key] = sentence_cues(grammar, text, key[0], key[1], doc_date)
        count = ev.get("count") or {}
        out.append(governing_cue(text, seen[key], count.get("start", key[0]), count.get("end", key[0])))
    return out


def _sentence(ev: Dict[str, Any], length: int) -> Tuple[int, int]:
    sent = ev.get("sentence")
    return (sent["start"], sent["end"]) if sent else (0, length)
