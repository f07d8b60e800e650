"""The English word lists the rules read live in `patterns/words_en.jsonl` (one line per list),
id families in `patterns/names.jsonl`, province ids in `patterns/province.jsonl`; no module
that reads language keeps a word list of its own: not at module level, not inside a function,
not as a group of a regular expression (each exception is listed with its reason)."""
import ast
import re
from pathlib import Path

import pytest

from opstally.bundled import WORDS_FILE, read_jsonl, word_list, word_pattern
from opstally.corpus.validate import provinces
from opstally.errors import E_RESOURCE, OpstallyError
from opstally.ids import family
from opstally.labels import ACTIONS, DATE_PRECISIONS, EXTRA_LABELS, LABELS, SCOPES, UNITS
from opstally.resources import read_jsonl_resource

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline" / "opstally"
# modules that read language: their module-level collections must hold no words
READERS = sorted(PACKAGE.glob("components/*.py")) + [PACKAGE / n for n in ("lexicon.py", "numbers.py", "cues.py",
                                                                           "windows.py", "datetext.py", "metadates.py", "comparisons.py",
                                                                           "ids.py")]
# kept on purpose, with the reason: names of the record schema or of spaCy settings, not words of a language
KEPT = {
    ("ruler.py", "ENTS_PRIORITY"): "the ruler's `ents_priority` setting values",
    ("ruler.py", "LITERAL_ATTRS"): "spaCy token attribute names",
    ("cues.py", "CARRIED"): "scope names of the record schema (labels.SCOPES)",
    ("ner_filter.py", "ROLE_MODES"): "values of the filter's `roles` setting",
}
WORD = re.compile(r"[a-z][a-z'’]+")


def test_resources_words_file_is_well_formed():
    rows = read_jsonl(WORDS_FILE)
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "about", "words"} and row["about"], row["id"]
        assert row["words"] and all(isinstance(w, str) and w.strip() == w and w for w in row["words"]), row["id"]
        assert len(set(row["words"])) == len(row["words"]), row["id"]


@pytest.mark.parametrize("key,word", [("titles", "Gen"), ("reporting", "announced"), ("unit_nouns", "brigade"),
                                      ("currency", "iqd"), ("function_words", "the")])
def test_resources_words_list_by_id(key, word):
    assert word in word_list(key)


def test_resources_words_every_list_is_read():
    """A list no module names by its id is dead data: a rule that stopped reading it, or a new
    row whose rule never came (each id is read as a quoted string: word_list("id"), word_lists(...))."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py")))
    assert [r["id"] for r in read_jsonl(WORDS_FILE) if f'"{r["id"]}"' not in source] == []


def test_resources_words_unknown_list_is_coded_error():
    with pytest.raises(OpstallyError) as err:
        word_list("no_such_list")
    assert err.value.code == E_RESOURCE


@pytest.mark.parametrize("kb_id,fam", [("CTS", "ISF"), ("iraqi-police", "ISF"), ("ZERAVANI", "KRG"), ("YPG", "SDF"),
                                       ("US-FORCES", "CJTF-OIR"), ("PMF", "PMF"), ("SOME-UNIT", "SOME-UNIT")])
def test_resources_words_family_from_names(kb_id, fam):
    assert family(kb_id) == fam


def test_resources_words_every_family_is_a_named_id():
    rows = {r["id"]: r for r in read_jsonl("names.jsonl")}
    for row in rows.values():
        assert row.get("family", row["id"]) in rows, row
        assert ("family" in row) == (row["label"] in ("FORCE", "ARMED_GROUP")), row


def test_resources_words_provinces_from_province_data():
    ids = {line["id"] for line in read_jsonl("province.jsonl")}
    assert provinces() == ids and len(ids) == 32 and "IQ-AN" in ids


def _module_word_lists(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") not in ("frozenset", "set", "tuple", "list"):
            continue
        words = [w for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                 for w in n.value.split() if WORD.fullmatch(w)]
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        if len(words) >= 2:
            yield getattr(target, "id", "?"), words


@pytest.mark.parametrize("path", READERS, ids=lambda p: p.name)
def test_resources_words_no_word_list_in_python(path):
    found = {name: words for name, words in _module_word_lists(path) if (path.name, name) not in KEPT}
    assert not found, f"move these word lists to patterns/{WORDS_FILE} and read them with word_list(): {found}"


# Inside functions: a literal tuple, list or set of strings with two or more words in it is a
# word list, unless its strings are names the code itself defines: the record schema's labels,
# actions, scopes, precisions and units, the noun classes of patterns/nouns.jsonl, and the ways
# a trigger is found (`how` in triggers.py and sharing.py).
HOW = ("passive", "intransitive", "active", "nominal", "noun", "list", "including", "elliptic", "bracket")
NAMES = frozenset(ACTIONS + LABELS + EXTRA_LABELS + SCOPES + DATE_PRECISIONS + HOW) | {u for u in UNITS if u} | \
    {row["id"] for row in read_jsonl_resource("nouns.jsonl")}
INLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# kept on purpose, by (module, function, the strings): why they are no word list of a language
KEPT_INLINE = {
    ("ruler.py", "_add_anchored", ("LOWER", "lower", "ORTH", "orth", "TEXT", "text")): "spaCy token attribute names",
    ("scorer.py", "flatten_scores", ("events", "events")): "score keys of nlp.evaluate",
    ("scorer.py", "flatten_scores", ("p", "r", "f")): "score keys of nlp.evaluate",
    ("scorer.py", "table_scores", ("p", "r", "f")): "score keys of nlp.evaluate",
    ("link_breakdowns.py", "_take_window", ("scope", "date", "date_precision", "period_start")): "event record keys",
    ("cues.py", "running", ("since", "open")): "window kinds of patterns/scope.jsonl rows",
    ("lexicon.py", "verb_only_lemmas", ("noun", "adj", "adv")): "table names of spaCy's lemma_index lookups",
    ("numbers.py", "_phrase_number", ("a", "dozen")): "one phrase of patterns/quantities.jsonl, compared as its key",
    ("phrase_ends.py", "past_post_modifiers", ("well", "as")):
        "one fixed phrase ('as well as') whose length the rule steps over",
    # another branch rewrites these modules; their lists move to patterns/ after its merge
    ("country_ids.py", "country_of_forces", ("id", "default")): "keys of a names.jsonl row",
}


def _inline_word_lists(path: Path):
    """(function, strings) of each literal collection of words written inside a function."""
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if not isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                continue
            strings = tuple(e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str))
            words = [s for s in strings if INLINE_WORD.fullmatch(s) and s not in NAMES]
            if len(strings) == len(node.elts) and len(words) >= 2:
                yield fn.name, strings


@pytest.mark.parametrize("path", READERS, ids=lambda p: p.name)
def test_resources_words_no_word_list_inside_functions(path):
    found = sorted({(fn, strings) for fn, strings in _inline_word_lists(path)
                    if (path.name, fn, strings) not in KEPT_INLINE})
    assert not found, f"move these word lists to patterns/{WORDS_FILE}, bound once with word_list(): {found}"


@pytest.mark.parametrize("source,found", [
    ('def f(w):\n    return w in ("more", "other")\n', [("f", ("more", "other"))]),
    ('def f(w):\n    return w in {"the", ",", "a"}\n', [("f", ("the", ",", "a"))]),
    ('def f(ws):\n    return ws[-2:] == ["among", "them"]\n', [("f", ("among", "them"))]),
    ('def f(w):\n    return w in (",", ";", ".")\n', []),  # punctuation
    ('def f(a):\n    return a in ("kill", "injure")\n', []),  # actions of the record schema
    ('def f(w):\n    return w in ("the",)\n', []),  # one word is a comparison, not a list
])
def test_resources_words_inline_lists_are_found(tmp_path, source, found):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert list(_inline_word_lists(path)) == found


def test_resources_words_kept_inline_lists_still_there():
    """A kept list that went away (moved to patterns/, or its module merged) leaves the table."""
    by_name = {p.name: p for p in READERS}
    for (module, fn, strings), _reason in KEPT_INLINE.items():
        assert (fn, strings) in set(_inline_word_lists(by_name[module])), (module, fn, strings)


# In regular expressions: a group "(?:said|says|told)" of two or more words is a word list too;
# build it from the list with `word_pattern(id)`.
REGEX_GROUP = re.compile(r"\(\?:([^()]*)\)")


def _regex_word_groups(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for group in REGEX_GROUP.findall(node.value):
                words = [a for a in group.split("|") if re.fullmatch(r"[a-z][a-z ]+", a)]
                if len(words) >= 2:
                    yield node.lineno, words


@pytest.mark.parametrize("path", READERS, ids=lambda p: p.name)
def test_resources_words_no_word_list_in_a_regex(path):
    found = list(_regex_word_groups(path))
    assert not found, f"move these words to patterns/{WORDS_FILE} and build the group with word_pattern(): {found}"


@pytest.mark.parametrize("source,found", [
    ('X = re.compile(r"\\b(?:said|says|told)\\b")\n', [(1, ["said", "says", "told"])]),
    ('X = r"(\\d{1,2})(?:st|nd|rd|th)?"\n', [(1, ["st", "nd", "rd", "th"])]),
    ('X = r"(?:[2-9]|1\\d)\\b"\n', []),
    ('X = r"(?:\\(|[-|])"\n', []),
])
def test_resources_words_regex_word_groups_are_found(tmp_path, source, found):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert list(_regex_word_groups(path)) == found


@pytest.mark.parametrize("key,text,matches", [("dateline_cues", "Last updated", True), ("weekdays", "on Friday", True),
                                              ("weekdays", "fridays", False), ("ordinal_suffixes", "21st", True)])
def test_resources_words_word_pattern_matches_the_list(key, text, matches):
    assert bool(re.search(r"(?:\b|\d)" + word_pattern(key) + r"\b", text, re.I)) == matches
