"""scoring.py on ANNOTATION.md section 5: scope, dates, document date, same_as/part_of, input meta."""
from opstally.scoring import input_meta, score_records


def _ev(start, action="kill", **extra):
    return {"action": action, "count": {"start": start, "end": start + 1, "text": "5", "value": 5, "bound": "exact"},
            "actor_id": "ISF", **extra}


def _gold():
    return {"d": {"id": "d", "text": "x" * 40, "date": "2024-03-06", "entities": [],
                  "meta": {"published": "2024-03-06", "register": "wire", "split": "test"},
                  "events": [_ev(0, scope="incident", date="2024-03-03", date_precision="day"),
                             _ev(10, scope="cumulative", date="2024-03-06", date_precision="day"),
                             _ev(20, same_as=0, date="2024-03-03", date_precision="week"),
                             _ev(30, part_of=0)]}}


def test_scoring_section5_perfect():
    gold = _gold()
    r = score_records(gold, gold)
    attrs = r["event_attributes"]
    assert attrs["scope"] == {"acc": 1.0, "n": 2} and attrs["date"] == {"acc": 1.0, "n": 3}
    assert attrs["date_day"] == {"acc": 1.0, "n": 2} and r["document_date"] == {"acc": 1.0, "n": 1}
    assert (r["same_as"]["tp"], r["part_of"]["tp"], r["event_links"]["tp"]) == (1, 1, 2)


def test_scoring_section5_errors_counted():
    gold = _gold()
    pred = {"d": {"id": "d", "date": None, "entities": [],
                  "events": [_ev(0, date="2024-03-04"), _ev(10, scope="period", date="2024-03-06"),
                             _ev(20, part_of=0), _ev(30, same_as=1)]}}
    r = score_records(gold, pred)
    attrs = r["event_attributes"]
    assert attrs["scope"]["acc"] == 0.5  # a prediction without a scope reads as incident
    assert attrs["date_day"]["acc"] == 0.5 and r["document_date"]["acc"] == 0.0
    assert (r["same_as"]["tp"], r["same_as"]["fp"], r["same_as"]["fn"]) == (0, 1, 1)
    assert (r["part_of"]["tp"], r["part_of"]["fp"], r["part_of"]["fn"]) == (0, 1, 1)


def test_scoring_section5_input_meta_drops_corpus_keys():
    assert input_meta(_gold()["d"]) == {"published": "2024-03-06"}
    assert input_meta({"id": "x"}) == {}


def test_scoring_section5_evaluate_passes_meta(tmp_path):
    import json

    from typer.testing import CliRunner

    from opstally.cli import app

    text = "Iraqi forces killed 5 militants near Rutba."
    gold = {"id": "g", "text": text, "date": "2024-03-06", "meta": {"published": "2024-03-06", "split": "test"},
            "entities": [], "events": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(path), "--model", "rules", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["document_date"] == {"acc": 1.0, "n": 1}
