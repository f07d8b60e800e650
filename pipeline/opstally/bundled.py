"""Bundled data files read without importing spaCy (tally and export start in well under a
second). Same files and same error as `opstally.resources.read_jsonl_resource`."""
import json
from importlib import resources
from typing import Any, Dict, List

from .errors import E_RESOURCE, OpstallyError


def read_jsonl(name: str) -> List[Dict[str, Any]]:
    try:
        text = resources.files("opstally.patterns").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OpstallyError(E_RESOURCE, f"bundled data file {name!r} is missing ({exc}).",
                            "Reinstall opstally: `pip install --force-reinstall opstally`.") from None
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read_json(name: str) -> Any:
    try:
        text = resources.files("opstally.patterns").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OpstallyError(E_RESOURCE, f"bundled data file {name!r} is missing ({exc}).",
                            "Reinstall opstally: `pip install --force-reinstall opstally`.") from None
    return json.loads(text)
