"""The packaged pipeline, as a user installs it: both wheels into a clean virtual
environment, then `spacy.load("en_opstally")` gives the same records as the CLI there.

The wheels are built here, in a temporary folder, the way `make package` builds them, from a
pipeline trained for a few hundred steps on the corpus (the packaging is under test, not the
model's quality; `make train` trains the real one). Nothing in the checkout is changed.
"""
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    {"id": "a", "text": "Operation Iron Resolve: the 5th Division killed 12 Daesh fighters near Albu Hayat."},
    {"id": "b", "text": "The ISF destroyed ten Isis command centers in the province of Anbar."},
]


def _run(*args, cwd=ROOT, env=None):
    subprocess.run([str(a) for a in args], cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, **(env or {})})


def _build_wheels(out: Path):
    """opstally's wheel and en_opstally's, from the corpus and training/config.cfg (few steps)."""
    _run(sys.executable, "-m", "opstally.cli", "corpus", "build", ROOT / "corpus" / "src", "-o", out / "corpus.jsonl")
    _run(sys.executable, ROOT / "training" / "make_docbins.py", out / "corpus.jsonl", out / "bins")
    _run(sys.executable, "-m", "spacy", "train", ROOT / "training" / "config.cfg", "--output", out / "model",
         "--paths.train", out / "bins" / "train.spacy", "--paths.dev", out / "bins" / "dev.spacy",
         "--training.max_steps", "200", "--training.eval_frequency", "100",
         env={"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out / "dist", ROOT)
    (out / "pkg").mkdir()
    _run(sys.executable, "-m", "spacy", "package", out / "model" / "model-best", out / "pkg",
         "--meta-path", ROOT / "training" / "meta.json", "--build", "wheel", "--force")
    return sorted((out / "dist").glob("opstally-*.whl")), sorted((out / "pkg").glob("*/dist/en_opstally-*.whl"))


@pytest.fixture(scope="module")
def clean_env(tmp_path_factory):
    (pkg,), (model,) = _build_wheels(tmp_path_factory.mktemp("build"))
    env_dir = tmp_path_factory.mktemp("clean") / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(pkg), str(model)], check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    return env_dir


def test_package_spacy_load_matches_cli(clean_env, tmp_path):
    py = clean_env / "bin" / "python"
    code = (
        "import json, sys, spacy\n"
        "from opstally.records import doc_to_record\n"
        "nlp = spacy.load('en_opstally')\n"
        "assert 'ner' in nlp.pipe_names and 'opstally_events' in nlp.pipe_names, nlp.pipe_names\n"
        "for line in sys.stdin:\n"
        "    d = json.loads(line)\n"
        "    print(json.dumps(doc_to_record(nlp(d['text']), d['id']), ensure_ascii=False))\n"
    )
    data = "".join(json.dumps(t) + "\n" for t in TEXTS)
    loaded = subprocess.run([str(py), "-c", code], input=data, capture_output=True, text=True, check=True,
                            cwd=tmp_path)
    src = tmp_path / "in.jsonl"
    src.write_text(data, encoding="utf-8")
    user_env = {k: v for k, v in os.environ.items() if k != "OPSTALLY_MODEL"}  # conftest pins it to "rules"
    cli = subprocess.run([str(clean_env / "bin" / "opstally"), "extract", str(src)], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env=user_env)
    assert [json.loads(x) for x in loaded.stdout.splitlines()] == [json.loads(x) for x in cli.stdout.splitlines()]
    assert "rules-only" not in cli.stderr
    version = subprocess.run([str(clean_env / "bin" / "opstally"), "--version"], capture_output=True, text=True,
                             check=True, cwd=tmp_path, env=user_env)
    assert "en_opstally" in version.stdout and "ner + rules" in version.stdout


def test_package_does_not_read_source_tree(clean_env, tmp_path):
    """The installed packages carry their data: no path into this checkout is used."""
    py = clean_env / "bin" / "python"
    out = subprocess.run([str(py), "-c", "import opstally, en_opstally; print(opstally.__file__, en_opstally.__file__)"],
                         capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert str(ROOT) not in out
