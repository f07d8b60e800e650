"""Which pipeline `load_pipeline` (and every command without --model) runs by default:
OPSTALLY_MODEL if set, else the trained en_opstally if installed, else the rules only."""
import pytest

from opstally import pipeline
from opstally.errors import OpstallyError
from opstally.pipeline import load_pipeline


def test_pipeline_default_env_names_the_rules(monkeypatch):
    monkeypatch.setenv("OPSTALLY_MODEL", "rules")
    assert load_pipeline().meta["name"] == "opstally_rules"
    assert pipeline.default_pipeline_name() == "rules (from OPSTALLY_MODEL)"


@pytest.mark.parametrize("value", ["/no/such/pipeline", "en_no_such_package", "./missing-model"])
def test_pipeline_default_env_naming_nothing_is_a_coded_error(monkeypatch, value):
    monkeypatch.setenv("OPSTALLY_MODEL", value)
    with pytest.raises(OpstallyError) as err:
        load_pipeline()
    assert err.value.code == "E202"


def test_pipeline_default_without_env_or_package_is_rules_with_a_note(monkeypatch, capsys):
    monkeypatch.delenv("OPSTALLY_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "TRAINED_PACKAGE", "en_opstally_not_installed_here")
    assert load_pipeline(quiet=False).meta["name"] == "opstally_rules"
    assert "is not installed" in capsys.readouterr().err


def test_pipeline_default_an_explicit_model_wins_over_the_env(monkeypatch):
    monkeypatch.setenv("OPSTALLY_MODEL", "/no/such/pipeline")
    assert load_pipeline("rules").meta["name"] == "opstally_rules"
