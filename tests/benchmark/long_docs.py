"""Part of `make soak` (a benchmark, not a test): a document's cost grows with its length, not
with its square. A report of dense paragraphs (headlines, counts, breakdowns, bulleted lines) is
repeated to about 60k, 250k and 960k characters and run through the rules pipeline; the CPU time
per character should stay about flat (adv16: a 5 MB report of ~100k events took 204 s before,
19 s after).

    python tests/benchmark/long_docs.py [--json OUT]
"""
import argparse
import json
import time

from opstally.pipeline import build_rules_pipeline

PARAGRAPHS = [
    "Iraqi troops kill 21 ISIS militants, detain 9 near Qaim\n\n",
    "QAIM, May 8 - Iraqi army units killed 21 Islamic State fighters and detained 9 suspects, among them 2 emirs, "
    "in a sweep of desert hideouts west of Qaim in Anbar province on Thursday, a military statement said.\n\n",
    "Engineers blew up 6 tunnels and 3 bunkers and seized 40 mortar rounds during Operation Western Shield, "
    "officials said. The 9 detainees were taken to Baghdad.\n\n",
    "Separately, coalition jets conducted 5 strikes near Baghuz on May 7, destroying 4 fighting positions "
    "and 2 boats, the task force said.\n\n",
    "- 7 police officers were wounded in Diyala\n- 3 gunmen were arrested in Kirkuk\n\n",
]
REPEATS = (100, 400, 1500)  # the last stays under spaCy's 1M-character max_length


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    nlp = build_rules_pipeline()
    unit = "".join(PARAGRAPHS)
    nlp(unit)  # warm up
    rows = []
    for n in REPEATS:
        text = unit * n
        started = time.process_time()
        nlp(text)
        took = time.process_time() - started
        rows.append({"chars": len(text), "cpu_s": round(took, 2), "us_per_char": round(took / len(text) * 1e6, 2)})
        print(f"{len(text):>9,} chars  {took:7.2f} s CPU  {rows[-1]['us_per_char']:6.2f} µs/char")
    growth = rows[-1]["us_per_char"] / rows[0]["us_per_char"]
    print(f"cost per character, largest / smallest: {growth:.2f} (1.0 is linear)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rows": rows, "per_char_growth": round(growth, 2)}, f, indent=2)


if __name__ == "__main__":
    main()
