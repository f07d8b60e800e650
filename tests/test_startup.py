"""startup.long_lived: what a command makes before its first input is kept out of the
cyclic collector's passes (and its exit pass); the collector is back as it was after."""
import gc
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from opstally.cli import app
from opstally.startup import long_lived


@pytest.fixture
def collector():
    """The collector as the test found it, with nothing left frozen by the test."""
    was_on = gc.isenabled()
    yield
    gc.unfreeze()
    (gc.enable if was_on else gc.disable)()


@pytest.mark.parametrize("on_before", [True, False])
def test_startup_long_lived_collector_off_inside_and_as_before_after(collector, on_before):
    (gc.enable if on_before else gc.disable)()
    with long_lived():
        inside = gc.isenabled()
    assert inside is False
    assert gc.isenabled() is on_before


@pytest.mark.parametrize("make", [
    lambda: [[i] for i in range(2000)],
    lambda: {f"k{i}": {"v": i} for i in range(2000)},
    lambda: [type(f"C{i}", (), {}) for i in range(200)],
])
def test_startup_long_lived_freezes_what_the_block_made(collector, make):
    gc.unfreeze()
    with long_lived():
        made = make()
    assert gc.get_freeze_count() >= len(made)
    assert made  # still there: frozen, not freed


def test_startup_long_lived_restores_the_collector_after_an_error(collector):
    gc.enable()
    with pytest.raises(ValueError):
        with long_lived():
            raise ValueError("a build that fails")
    assert gc.isenabled()


def test_startup_extract_command_freezes_spacy_before_its_first_document(tmp_path):
    """In a real `opstally extract` process: spaCy and the pipeline are frozen once built, the
    collector is on again for the documents, and the records are the same as in-process."""
    doc = tmp_path / "a.txt"
    doc.write_text("Iraqi forces killed 12 ISIS fighters near Tikrit on Monday.", encoding="utf-8")
    code = ("import atexit, gc, json, sys\n"
            "atexit.register(lambda: sys.stderr.write('STATE ' + json.dumps([gc.get_freeze_count(), gc.isenabled(),"
            " 'spacy' in sys.modules]) + chr(10)))\n"
            f"sys.argv = ['opstally', 'extract', {str(doc)!r}, '-m', 'rules']\n"
            "from opstally.cli import main\nmain()\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    frozen, on, spacy_loaded = json.loads(run.stderr.split("STATE ", 1)[1])
    assert spacy_loaded and on and frozen > 100_000
    in_process = CliRunner().invoke(app, ["extract", str(doc), "-m", "rules"])
    assert in_process.exit_code == 0 and run.stdout == in_process.stdout


def test_startup_run_frozen_freezes_for_the_run_and_unfreezes_after(collector):
    from opstally.startup import run_frozen

    gc.unfreeze()
    kept = [[i] for i in range(1000)]
    with run_frozen():
        inside = gc.get_freeze_count()
    assert inside >= len(kept) and gc.get_freeze_count() == 0


def test_startup_run_frozen_leaves_a_freeze_it_did_not_make(collector):
    from opstally.startup import run_frozen

    gc.freeze()
    before = gc.get_freeze_count()
    with run_frozen():
        made = [[i] for i in range(1000)]
    assert made and gc.get_freeze_count() == before


def test_startup_extract_records_unfreezes_when_the_run_ends_or_is_left(collector):
    from opstally.extract import extract_records
    from opstally.inputs import InputDoc
    from opstally.pipeline import build_rules_pipeline

    gc.unfreeze()
    nlp = build_rules_pipeline()
    docs = [InputDoc(i, "Iraqi forces killed 12 ISIS fighters near Tikrit on Monday.") for i in range(3)]
    run = extract_records(nlp, docs, batch_size=1)
    next(run)
    assert gc.get_freeze_count() > 0  # during the run
    run.close()  # left before its end
    assert gc.get_freeze_count() == 0
    assert len(list(extract_records(nlp, docs))) == 3 and gc.get_freeze_count() == 0


@pytest.fixture
def hugepage_advice():
    """NumPy's huge-page advice as the test found it."""
    from numpy._core import multiarray

    was = multiarray._set_madvise_hugepage(True)
    multiarray._set_madvise_hugepage(was)
    yield multiarray._set_madvise_hugepage
    multiarray._set_madvise_hugepage(was)


@pytest.mark.parametrize("on_before", [True, False])
def test_startup_small_pages_advice_off_inside_and_as_before_after(hugepage_advice, on_before):
    from opstally.startup import small_pages

    hugepage_advice(on_before)
    with small_pages():
        inside = hugepage_advice(False)
    assert inside is False
    assert hugepage_advice(on_before) is on_before


def test_startup_small_pages_restores_the_advice_after_an_error(hugepage_advice):
    from opstally.startup import small_pages

    hugepage_advice(True)
    with pytest.raises(ValueError):
        with small_pages():
            raise ValueError("a batch that fails")
    assert hugepage_advice(True) is True


def test_startup_extract_records_takes_small_pages_for_the_run_only(collector, hugepage_advice):
    from opstally.extract import extract_records
    from opstally.inputs import InputDoc
    from opstally.pipeline import build_rules_pipeline

    hugepage_advice(True)
    nlp = build_rules_pipeline()
    docs = [InputDoc(i, "Peshmerga forces arrested 3 suspects in Erbil on Sunday.") for i in range(3)]
    run = extract_records(nlp, docs, batch_size=1)
    next(run)
    assert hugepage_advice(False) is False  # during the run
    run.close()
    assert hugepage_advice(True) is True
