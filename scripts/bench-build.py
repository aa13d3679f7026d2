#!/usr/bin/env python3
"""Build benchmark: kgraph on corpora made by ../shared/bench/gen_corpus.py.

For each size (MB) it builds the release binary once, makes the corpus if it is not
cached, times `wc -w` on the same files, runs `kgraph build --timings` under
/usr/bin/time, and prints MB/s end to end, the time of each stage, peak resident
memory, nodes and edges, and the ratio to `wc -w`. With --networkx it also times
NetworkX's write_graphml on the largest graph against kgraph's GraphML export.

Usage: scripts/bench-build.py [SIZE_MB ...] [--cache DIR] [--threads N] [--formats LIST]
                              [--no-query-store] [--networkx]
       (defaults: 10 100 1000, cache /tmp/kgraph-bench; the 1000 MB graph's default exports
       and store take about 45 GB of disk, and the build peaks at about 2.2 GB of memory)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py")


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def corpus(size, cache):
    folder = os.path.join(cache, f"corpus{size}")
    if not os.path.isdir(folder) or not os.listdir(folder):
        print(f"making the {size} MB corpus in {folder} ...", file=sys.stderr)
        run([sys.executable, GEN, "--mb", str(size), "--out", folder])
    files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
    return folder, files, sum(os.path.getsize(f) for f in files)


def wc_seconds(files):
    """`wc -w` on the files, best of two runs: the second reads them from the page cache,
    as kgraph then does, so that the ratio does not depend on what the disk cache held."""
    best = None
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run(["xargs", "-0", "wc", "-w"], input="\0".join(files), text=True, check=True,
                       stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100, 1000])
    parser.add_argument("--cache", default="/tmp/kgraph-bench")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--formats", default="graphml,dot,jsonld")
    parser.add_argument("--no-query-store", action="store_true", help="build the exports only (less disk and memory)")
    parser.add_argument("--networkx", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.cache, exist_ok=True)
    run(["swift", "build", "-c", "release", "--product", "kgraph"], cwd=ROOT)
    kgraph = os.path.join(run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT).stdout.strip(), "kgraph")

    rows = []
    last_output = None
    for size in args.sizes:
        folder, files, total = corpus(size, args.cache)
        wc = wc_seconds(files)
        output = tempfile.mkdtemp(prefix=f"kgraph-bench-{size}-")
        os.sync()  # no dirty pages of an earlier run to flush during this one
        started = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "maxrss_kb=%M", kgraph, "build", folder, "-o", output,
                                 "--formats", args.formats, "--threads", str(args.threads), "--timings",
                                 *(["--no-query-store"] if args.no_query_store else [])],
                                capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(f"kgraph failed on {size} MB: {result.stderr}")
        found = re.findall(r"kgraph: +(\S[^\n]*?)\s+([0-9.]+) s(?:, peak ([0-9]+) MB)?\n", result.stderr)
        stages = {name.strip(): float(value) for name, value, _ in found}
        peaks = {name.strip(): int(peak) for name, _, peak in found if peak}
        summary = re.search(r"(\d+) entities .* (\d+) edges", result.stderr)
        rss = int(re.search(r"maxrss_kb=(\d+)", result.stderr).group(1)) / 1024
        rows.append((size, total / 1e6, seconds, stages, rss, int(summary.group(1)), int(summary.group(2)), wc))
        last_output = output
        shutil.rmtree(output, ignore_errors=True)  # gigabytes at 100 MB and more
        mb = total / 1e6
        print(f"{size:>5} MB: {mb / seconds:7.2f} MB/s, {seconds:8.2f} s, wc -w {wc:6.2f} s (x{seconds / wc:.1f}), "
              f"peak {rss:7.0f} MB, {summary.group(1)} nodes, {summary.group(2)} edges", flush=True)
        print("        " + ", ".join(f"{name} {value:.2f} s" for name, value in stages.items()), flush=True)
        print("        peak memory at the end of: " + ", ".join(f"{name} {peak} MB" for name, peak in peaks.items()),
              flush=True)

    print("\n| corpus | MB/s | seconds | read+extract | link | build graph | write (exports beside store) | "
          "of which store | peak RSS | nodes | edges | wc -w | x wc |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, mb, seconds, stages, rss, nodes, edges, wc in rows:
        print(f"| {size} MB | {mb / seconds:.1f} | {seconds:.1f} | {stages.get('read+extract', 0):.1f} | "
              f"{stages.get('link', 0):.1f} | {stages.get('build graph', 0):.1f} | {stages.get('write', 0):.1f} | "
              f"{stages.get('query store', 0):.1f} | {rss:.0f} MB | {nodes} | {edges} | {wc:.2f} | {seconds / wc:.0f} |")
    for previous, current in zip(rows, rows[1:]):
        print(f"{previous[0]} -> {current[0]} MB: time x{current[2] / previous[2]:.1f} for x{current[1] / previous[1]:.1f} the text")

    if args.networkx and last_output:
        # kgraph's GraphML export alone (one format, no query store, so nothing runs beside
        # it), then NetworkX's write_graphml of the same graph.
        folder = corpus(args.sizes[-1], args.cache)[0]
        alone = tempfile.mkdtemp(prefix="kgraph-bench-graphml-")
        os.sync()
        result = run([kgraph, "build", folder, "-o", alone, "--formats", "graphml", "--no-query-store",
                      "--threads", str(args.threads), "--timings"])
        ours = float(re.search(r"export graphml\s+([0-9.]+) s", result.stderr).group(1))
        import networkx as nx
        graph = nx.read_graphml(os.path.join(alone, "graph.graphml"))
        os.sync()
        started = time.perf_counter()
        nx.write_graphml(graph, os.path.join(alone, "networkx.graphml"))
        nx_seconds = time.perf_counter() - started
        print(f"\nGraphML of {graph.number_of_edges()} edges: kgraph {ours:.2f} s, NetworkX write_graphml "
              f"{nx_seconds:.2f} s (x{nx_seconds / max(ours, 1e-9):.1f})")
        shutil.rmtree(alone, ignore_errors=True)

if __name__ == "__main__":
    main()
