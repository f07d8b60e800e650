"""`make bench`, Dask part (issue 14): throughput of `opstally extract --dask` at 1 and 2
workers, and Dask's overhead at 1 worker against the plain CLI, on the same documents.

    python tests/benchmark/dask_bench.py BENCH.jsonl [--docs 5000] [--parts 8] [--repeat 3] [--json OUT]

The first --docs documents are split into --parts JSONL files (Dask's partitions; the CLI
reads the same files). Each round runs, interleaved so that a slow spell of this shared
machine hits all alike: the plain CLI (a fresh process; its start-up, measured on a
one-document input, is subtracted so both sides count reading, processing and writing
only), then Dask with 1 and with 2 local worker processes. The clusters start once, before
the rounds, and each loads its pipeline then (a cluster is up before work is sent to it);
their start-up is reported apart. Each figure is the fastest round. The load average
after each round is kept: on a machine other work keeps busy, a second worker has no
free core to run on, and the 2/1 ratio says so.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List

HERE = Path(__file__).resolve()
OPSTALLY = str(Path(sys.executable).with_name("opstally"))


def split_input(source: Path, docs: int, parts: int, folder: Path) -> List[str]:
    lines = source.read_text(encoding="utf-8").split("\n")
    lines = [ln for ln in lines if ln.strip()][:docs]
    size = -(-len(lines) // parts)
    paths = []
    for k in range(parts):
        path = folder / f"in-{k:02d}.jsonl"
        path.write_text("".join(ln + "\n" for ln in lines[k * size:(k + 1) * size]), encoding="utf-8")
        paths.append(str(path))
    return paths


def words(paths: List[str]) -> int:
    return sum(len(json.loads(ln)["text"].split()) for p in paths for ln in open(p, encoding="utf-8"))


def time_cli(paths: List[str], out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([OPSTALLY, "extract", *paths, "-o", str(out), "-m", "rules"], check=True,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def start_cluster(n_workers: int) -> Dict[str, Any]:
    from dask.distributed import Client

    from opstally.dask import PipelinePreload, local_cluster

    start = time.perf_counter()
    cluster = local_cluster(n_workers)  # as `opstally extract --dask` makes it
    client = Client(cluster)
    client.register_plugin(PipelinePreload("rules"))
    return {"cluster": cluster, "client": client, "start_s": time.perf_counter() - start}


def time_dask(paths: List[str], scheduler: str, out: Path) -> float:
    from opstally.dask import DaskOptions, run_dask_extract
    from opstally.runner import ExtractOptions

    start = time.perf_counter()
    run_dask_extract(paths, ExtractOptions(model="rules"), DaskOptions(out, scheduler=scheduler))
    return time.perf_counter() - start


def rounds(paths: List[str], one_doc: List[str], repeat: int, tmp: Path) -> Dict[str, Any]:
    clusters = {n: start_cluster(n) for n in (1, 2)}
    seconds: Dict[str, List[float]] = {"cli": [], "cli_startup": [], "dask_1": [], "dask_1_startup": [], "dask_2": []}
    try:
        for r in range(repeat):
            seconds["cli_startup"].append(time_cli(one_doc, tmp / "one.jsonl"))
            seconds["cli"].append(time_cli(paths, tmp / "cli.jsonl"))
            seconds["dask_1_startup"].append(time_dask(one_doc, clusters[1]["cluster"].scheduler_address,
                                                       tmp / f"dask1-one-{r}"))
            for n, c in clusters.items():
                seconds[f"dask_{n}"].append(time_dask(paths, c["cluster"].scheduler_address, tmp / f"dask{n}-{r}"))
            seconds.setdefault("load_average", []).append(os.getloadavg()[0])
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}" for k, v in seconds.items()), file=sys.stderr)
    finally:
        for c in clusters.values():
            c["client"].close()
            c["cluster"].close()
    return {"seconds": seconds, "cluster_start_s": {n: c["start_s"] for n, c in clusters.items()}}


def figures(paths: List[str], runs: Dict[str, Any]) -> Dict[str, Any]:
    best = {k: min(v) for k, v in runs["seconds"].items() if k != "load_average"}
    cli = best["cli"] - best["cli_startup"]
    dask_1 = best["dask_1"] - best["dask_1_startup"]
    n_words = words(paths)
    return {"documents": sum(1 for p in paths for _ in open(p, encoding="utf-8")), "words": n_words,
            "partitions": len(paths), "best_s": best, "cli_processing_s": cli,
            "words_per_s": {"cli": n_words / cli, "dask_1": n_words / dask_1, "dask_2": n_words / best["dask_2"]},
            "ratio_2_over_1": best["dask_1"] / best["dask_2"], "overhead_1_vs_cli": dask_1 / cli - 1,
            "overhead_1_vs_cli_end_to_end": best["dask_1"] / best["cli"] - 1, "dask_1_processing_s": dask_1,
            "targets": {"ratio_2_over_1": ">= 1.7", "overhead_1_vs_cli": "<= 0.15"}, **runs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench", type=Path)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--parts", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = split_input(args.bench, args.docs, args.parts, Path(tmp))
        (Path(tmp) / "one").mkdir()
        one_doc = split_input(args.bench, 1, 1, Path(tmp) / "one")
        result = figures(paths, rounds(paths, one_doc, args.repeat, Path(tmp)))
    w = result["words_per_s"]
    print(f"{result['documents']} documents, {result['words']} words, {result['partitions']} partitions\n"
          f"plain CLI      {w['cli']:>9,.0f} words/s (start-up {result['best_s']['cli_startup']:.2f}s excluded)\n"
          f"Dask 1 worker  {w['dask_1']:>9,.0f} words/s  overhead vs CLI {result['overhead_1_vs_cli']:+.1%} "
          f"(target <= +15%; start-up {result['best_s']['dask_1_startup']:.2f}s excluded; end to end "
          f"{result['overhead_1_vs_cli_end_to_end']:+.1%})\n"
          f"Dask 2 workers {w['dask_2']:>9,.0f} words/s  ratio 2/1 {result['ratio_2_over_1']:.2f} (target >= 1.7)\n"
          f"cluster start-up (not counted): {result['cluster_start_s']}\n"
          f"load average after each round (2 cores): {result['seconds']['load_average']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
