"""Which listed operation a name no table lists is: the same words in another order ("Storm
of Jazira" / "Jazira Storm"), the same words in another transliteration ("Labaik Ya Husain" /
"Labbaik ya Hussein"), or a translation given in brackets right after it ("Sayf al-Haq (Sword
of Truth)"). ANNOTATION.md section 3: one id for all of an operation's renderings."""
import re
from typing import Any, Callable, Dict, List, Set

from ..resources import word_list
from ..tokens import TokenView
from .operation_names import OPEN_MARKS

NAME_JOINERS = word_list("operation_reordering_joiners")  # "Will of Victory" = "Victory Will"
SPELLING_JOINERS = word_list("transliteration_articles")  # "Labaik Ya Husain" = "Labbaik ya Hussein"
VOWELS = frozenset("aeiouy")
PHASE_SUFFIX = re.compile(r"[ -]\d{1,2}$")  # "victory will 2" (a normalised "Victory Will-2")


def _content_words(key: str) -> frozenset:
    return frozenset(w for w in key.replace("'s", " 's").split() if w not in NAME_JOINERS)


def _letters(word: str) -> str:
    """A word's consonants after its first letter, doubled letters once, q as k and a final
    Arabic -at as -a: what two transliterations of one Arabic word share ("Husain"/"Hussein",
    "Labbaik"/"Labayk", "Iradat"/"Irada", "Abtaal"/"Abtal")."""
    w = "".join(ch for ch in word.lower() if ch.isalpha()).replace("q", "k")
    if len(w) > 3 and w.endswith("at"):
        w = w[:-1]
    out = w[:1]
    for ch in w[1:]:
        if ch not in VOWELS and ch != out[-1:]:
            out += ch
    return out


def _spelling_key(key: str) -> tuple:
    return ("letters", frozenset(_letters(w) for w in key.replace("'s", " 's").split() if w not in SPELLING_JOINERS))


def reordering_index(aliases: Dict[str, str], norm: Callable[[str], str]) -> Dict[Any, str]:
    """The words of each listed operation name (of two words or more, one id) -> its id; and
    the letters of those words (`_letters`), so that a transliteration no table lists links too.
    `aliases`: "LABEL|normalised name" -> id; `norm` normalises a name as the keys are."""
    index: Dict[Any, Set[str]] = {}
    for key, kb_id in aliases.items():
        if key.startswith("OPERATION|"):
            name = norm(key.split("|", 1)[1])
            index.setdefault(_content_words(name), set()).add(kb_id)
            index.setdefault(_spelling_key(name), set()).add(kb_id)
    return {k: next(iter(v)) for k, v in index.items()
            if len(v) == 1 and len(k if isinstance(k, frozenset) else k[1]) > 1}


def link_translations(records: List[Dict[str, Any]], tv: TokenView) -> None:
    """Two operation names with only brackets or quotes between them are one operation ("Sayf
    al-Haq (Sword of Truth)"): the listed one's id, else the first's, for every mention of either;
    two listed operations keep their own ids."""
    ops = [r for r in records if r["label"] == "OPERATION"]
    same: Dict[str, Dict[str, Any]] = {}
    for a, b in zip(ops, ops[1:]):
        between = range(a["token_end"], b["token_start"])
        if 0 < len(between) <= 2 and all(tv.text(k) in OPEN_MARKS for k in between) and a["kb_id"] != b["kb_id"] \
                and not (a["linked"] and b["linked"]):  # two listed operations stay two
            lead = b if b["linked"] and not a["linked"] else a
            for r in (a, b):
                same[r["kb_id"]] = lead
    for r in ops:
        lead = same.get(r["kb_id"])
        if lead is not None and lead is not r:
            r.update(kb_id=lead["kb_id"], linked=lead["linked"], force_id=lead.get("force_id"))


def link_reordered(records: List[Dict[str, Any]], index: Dict[Any, str], force_of: Dict[str, str],
                   norm: Callable[[str], str]) -> None:
    """An operation name no table lists that holds the words of one listed operation in another
    order ("Storm of Jazira" / "Jazira Storm"), or the same words in another transliteration
    ("Labaik Ya Husain" / "Labbaik ya Hussein"), is that operation (ANNOTATION.md section 3:
    one id for all of an operation's renderings); so is a numbered phase of a listed operation,
    or of one the text names without the number ("Victory Will-2"; "Sky Anvil-3" beside "Sky
    Anvil"); a numbered name alone stays its own ("Granite Wall-2"). Updates the records in place."""
    ops = [r for r in records if r["label"] == "OPERATION"]
    for r in ops:
        if not r["linked"]:
            name = norm(r["text"])
            kb_id = index.get(_content_words(name)) or index.get(_spelling_key(name))
            if kb_id:
                r.update(kb_id=kb_id, linked=True, force_id=force_of.get(kb_id))
    for r in ops:  # "Operation Victory Will-2", "Sky Anvil-3" beside "Sky Anvil": a phase of that operation
        base = PHASE_SUFFIX.sub("", norm(r["text"]))
        if not r["linked"] and base != norm(r["text"]):
            kb_id = index.get(_content_words(base)) or next(
                (o["kb_id"] for o in ops if o is not r and norm(o["text"]) == base), None)
            if kb_id:
                r.update(kb_id=kb_id, linked=True, force_id=force_of.get(kb_id))
