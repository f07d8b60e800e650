"""Bundled data files read without importing spaCy (tally, export and schema start in well
under a second). Same files and same error as `opstally.resources.read_jsonl_resource`."""
import json
from importlib import resources
from typing import Any, Dict, List

from .errors import E_RESOURCE, OpstallyError


def read_text(name: str) -> str:
    try:
        return resources.files("opstally.patterns").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OpstallyError(E_RESOURCE, f"bundled data file {name!r} is missing ({exc}).",
                            "Reinstall opstally: `pip install --force-reinstall opstally`.") from None


def read_jsonl(name: str) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in read_text(name).splitlines() if line.strip()]


def read_json(name: str) -> Any:
    return json.loads(read_text(name))
