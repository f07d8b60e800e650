"""The English word lists the rules read live in `patterns/words_en.jsonl` (one line per list),
id families in `patterns/names.jsonl`, province ids in `patterns/province.jsonl`; no module
that reads language keeps a word list of its own."""
import ast
import re
from pathlib import Path

import pytest

from opstally.bundled import WORDS_FILE, read_jsonl, word_list
from opstally.corpus.validate import provinces
from opstally.errors import E_RESOURCE, OpstallyError
from opstally.ids import family

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline" / "opstally"
# modules that read language: their module-level collections must hold no words
READERS = sorted(PACKAGE.glob("components/*.py")) + [PACKAGE / n for n in ("lexicon.py", "numbers.py", "cues.py",
                                                                           "datetext.py", "ids.py")]
# kept on purpose, with the reason: names of the record schema or of spaCy settings, not words of a language
KEPT = {
    ("ruler.py", "ENTS_PRIORITY"): "the ruler's `ents_priority` setting values",
    ("ruler.py", "LITERAL_ATTRS"): "spaCy token attribute names",
    ("cues.py", "CARRIED"): "scope names of the record schema (labels.SCOPES)",
    ("datetext.py", "META_DATE_KEYS"): "input metadata key names",
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
