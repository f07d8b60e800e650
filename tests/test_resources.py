"""Bundled data: installed with the package, every pattern with an id, reserved names absent."""
import json
from importlib import resources

from opstally.resources import ENTITY_FILES, entity_lines, lexicon_v1, patterns_v1


def test_resources_installed_with_package():
    names = {p.name for p in resources.files("opstally.patterns").iterdir()}
    assert set(ENTITY_FILES.values()) | {"actions.jsonl", "quantities.jsonl", "nouns.jsonl"} <= names


def test_resources_every_pattern_has_label_and_id():
    for line in entity_lines():
        assert line["label"] in ENTITY_FILES and line["id"], line
    assert all(set(p) <= {"label", "pattern", "id"} for p in patterns_v1())


def test_resources_locations_and_operations_carry_their_links():
    for line in entity_lines(["LOCATION"]):  # a region over several provinces has none (operation-rule 13)
        assert line["province"][:3] in ("IQ-", "SY-") if not line.get("region") else "province" not in line, line
    for line in entity_lines(["OPERATION"]):
        assert line["force"], line


def test_resources_reserved_test_names_not_in_patterns():
    text = json.dumps(entity_lines()).lower()
    for name in ("iron resolve", "desert falcon", "tigris regiment", "albu hayat", "saraya al-ansar"):
        assert name not in text


def test_resources_lexicon_is_json():
    data = lexicon_v1()
    assert json.loads(json.dumps(data)) == data
    assert {"kill", "capture", "destroy", "strike", "deploy"} <= {row["id"] for row in data["actions"]}
