"""What the command-line tests share: a CliRunner over the app, a sample text, JSONL helpers."""
import json

from typer.testing import CliRunner

from opstally.cli import app

runner = CliRunner()
TEXT = "The SDF killed 14 ISIS militants near Hajin."


def invoke(args, **kw):
    return runner.invoke(app, args, **kw)


def jsonl_file(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [{"id": f"d{i}", "text": t} for i, t in enumerate([
    TEXT, "Iraqi troops arrested 5 suspects in Mosul.", "Coalition aircraft destroyed three tunnels in Anbar.",
    "Quiet day in Raqqa.", "The SDF seized 12 rifles near Hajin."])]
