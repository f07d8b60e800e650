"""What the fault tests share: the CLI as a real subprocess, corpus input, a run's sidecar."""
import json
import subprocess
import sys
from pathlib import Path


TEXT = "The SDF killed 14 ISIS militants near Hajin."
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "opstally.jsonl"


def run(args, **kw):
    return subprocess.run([sys.executable, "-m", "opstally.cli", *args], capture_output=True, **kw)


def corpus_input(tmp_path, n=240):
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines()]
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps({"id": f"d{i}", "text": rows[i % len(rows)]["text"]}) + "\n" for i in range(n)),
                 encoding="utf-8")
    return f


def run_sidecar(out, paths, nlp, **options):
    """The fingerprint an interrupted run of `opstally extract --model rules` leaves beside OUT.part."""
    from opstally.resume import fingerprint, write_sidecar
    from opstally.runner import ExtractOptions

    write_sidecar(out, fingerprint([str(p) for p in paths], nlp.meta,
                                   ExtractOptions(model="rules", **options).record_options()))


def strict_json(line):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")

    return json.loads(line, parse_constant=refuse)
