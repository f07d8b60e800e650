import pytest

from opstally.lexicon import Lexicon
from opstally.pipeline import build_rules_pipeline
from opstally.resources import lexicon_v1


@pytest.fixture(scope="session")
def nlp():
    return build_rules_pipeline()


@pytest.fixture(scope="session")
def lex():
    return Lexicon(lexicon_v1())
