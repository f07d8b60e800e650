"""House style, checked: functions of at most 50 lines and 6 parameters, modules of at most
400 lines, in the package, the training scripts and the tests (the benchmark tools included).
A function's length is its body (docstring included), so a typer command's option list does
not count against it.
The exceptions below are the parameter lists a framework reads: each is listed with why."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TREES = ("pipeline/opstally", "training", "tests")
MAX_LINES, MAX_PARAMS, MAX_MODULE = 50, 6, 400
PARAMS_EXCEPTIONS = {
    ("pipeline/opstally/cli.py", "extract"): "typer builds the command's options from the signature",
    ("pipeline/opstally/cli.py", "tally"): "typer builds the command's options from the signature",
    ("pipeline/opstally/components/ruler.py", "make_ruler"): "spaCy's factory passes every config key",
    ("pipeline/opstally/components/ner_filter.py", "make_ner_filter"): "spaCy's factory passes every config key",
    ("pipeline/opstally/components/ruler.py", "OpstallyRuler.__init__"):
        "spaCy's SpanRuler.__init__ keywords, which make_ruler passes from the config",
}


def _modules():
    return sorted(p for tree in TREES for p in (ROOT / tree).rglob("*.py"))


def _functions(tree: ast.AST, prefix: str = ""):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield prefix + node.name, node
            yield from _functions(node, prefix + node.name + ".")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, prefix + node.name + ".")


def _params(node) -> int:
    a = node.args
    names = [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
    return len(names) - (names[:1] in (["self"], ["cls"])) + bool(a.vararg) + bool(a.kwarg)


def shape_problems(path: Path, root: Path = ROOT):
    src = path.read_text(encoding="utf-8")
    rel = path.relative_to(root).as_posix()
    problems = []
    if len(src.splitlines()) > MAX_MODULE:
        problems.append(f"{rel}: {len(src.splitlines())} lines (at most {MAX_MODULE})")
    for name, node in _functions(ast.parse(src)):
        body = node.end_lineno - node.body[0].lineno + 1
        if body > MAX_LINES:
            problems.append(f"{rel}:{node.lineno} {name}: {body} lines (at most {MAX_LINES})")
        if _params(node) > MAX_PARAMS and (rel, name) not in PARAMS_EXCEPTIONS:
            problems.append(f"{rel}:{node.lineno} {name}: {_params(node)} parameters (at most {MAX_PARAMS})")
    return problems


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_code_shape_within_limits(path):
    assert shape_problems(path) == []


@pytest.mark.parametrize("source,expected", [
    ("def f(a, b, c, d, e, f, g):\n    pass\n", "7 parameters"),
    ("class A:\n    def m(self, a, b, c, d, e, f, *rest):\n        pass\n", "A.m: 7 parameters"),
    ("def f():\n" + "    x = 1\n" * 51, "51 lines"),
    ("x = 1\n" * 401, "401 lines"),
])
def test_code_shape_catches_violations(tmp_path, source, expected):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert any(expected in p for p in shape_problems(path, tmp_path))


def test_code_shape_exceptions_still_needed():
    """An exception whose function shrank or went away is dropped from the list."""
    for (rel, name), _reason in PARAMS_EXCEPTIONS.items():
        found = dict(_functions(ast.parse((ROOT / rel).read_text(encoding="utf-8"))))
        assert name in found and _params(found[name]) > MAX_PARAMS, (rel, name)
