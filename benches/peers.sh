#!/usr/bin/env bash
# Tags the same news text with timeline-extract, chrono-node (npm) and dateparser (PyPI), each as a
# whole process (ours also with the `parallel` feature, on all cores), and prints their throughput and
# ratios in one run. The peers are installed from their registries into .peers/ (ignored by git) on the
# first run.
#
#   benches/peers.sh [MB]        # MB of text for the large runs (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
corpus=../shared/corpora/tempeval3-train/docs.jsonl
peers=.peers
mkdir -p "$peers"

if [ ! -d "$peers/node/node_modules/chrono-node" ]; then
    echo "installing chrono-node from npm into $peers/node" >&2
    npm install --silent --prefix "$peers/node" chrono-node >&2
fi
if [ ! -d "$peers/py/dateparser" ]; then
    echo "installing dateparser from PyPI into $peers/py" >&2
    python3 -m pip install --quiet --target "$peers/py" dateparser >&2
fi

cargo build --quiet --release --example timeline
# The same binary with the `parallel` feature (all cores), built apart so that the first stays single-threaded.
CARGO_TARGET_DIR=target/parallel cargo build --quiet --release --features parallel --example timeline

# The corpus repeated, each copy with fresh ids, to at least $mb MB of text.
python3 - "$corpus" "$mb" "$peers/corpus-${mb}mb.jsonl" <<'PY'
import json, sys
src, mb, dst = sys.argv[1], float(sys.argv[2]), sys.argv[3]
docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
size = sum(len(d["text"].encode()) for d in docs)
copies = max(1, -(-int(mb * 1e6) // size))
with open(dst, "w", encoding="utf-8") as f:
    for c in range(copies):
        for d in docs:
            f.write(json.dumps({"id": f"{d['id']}#{c}", "dct": d["dct"], "text": d["text"]}) + "\n")
PY

python3 - "$corpus" "$peers/corpus-${mb}mb.jsonl" "$peers" <<'PY'
import json, os, subprocess, sys, time
small, large, peers = sys.argv[1], sys.argv[2], sys.argv[3]
def size(path):
    return sum(len(json.loads(l)["text"].encode()) for l in open(path, encoding="utf-8") if l.strip())
def run(cmd, path, env=None, times=3):
    """The fastest of `times` runs, in seconds."""
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        with open(path, "rb") as stdin:
            subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, check=True, env=env)
        best = min(best, time.perf_counter() - start)
    return best
ours = ["./target/release/examples/timeline", "tag"]
ours_parallel = ["./target/parallel/release/examples/timeline", "tag"]
chrono = ["node", "benches/peers/chrono_tag.mjs"]
chrono_env = dict(os.environ, CHRONO_PATH=os.path.abspath(f"{peers}/node/node_modules/chrono-node"))
dateparser = [sys.executable, "benches/peers/dateparser_tag.py"]
dateparser_env = dict(os.environ, PYTHONPATH=os.path.abspath(f"{peers}/py"))
rows = []
small_mb, large_mb = size(small) / 1e6, size(large) / 1e6
rows.append(("timeline-extract", large_mb, run(ours, large)))
rows.append(("chrono-node", large_mb, run(chrono, large, chrono_env)))
rows.append(("timeline-extract", small_mb, run(ours, small)))
rows.append(("chrono-node", small_mb, run(chrono, small, chrono_env)))
rows.append(("dateparser", small_mb, run(dateparser, small, dateparser_env, times=1)))
rows.append(("timeline-extract, all cores", large_mb, run(ours_parallel, large)))
print(f"{'tagger':28} {'text MB':>8} {'seconds':>8} {'MB/s':>8}   (whole process, same text, fastest of 3 runs;")
print(f"{'':28} {'':>8} {'':>8} {'':>8}    one core unless said, on {os.cpu_count()} cores)")
for name, mb, secs in rows:
    print(f"{name:28} {mb:8.1f} {secs:8.2f} {mb / secs:8.2f}")
ours_large = large_mb / rows[0][2]
ours_small = small_mb / rows[2][2]
print(f"timeline-extract / chrono-node on {large_mb:.0f} MB: {ours_large / (large_mb / rows[1][2]):.1f}x")
print(f"timeline-extract / chrono-node on {small_mb:.1f} MB: {ours_small / (small_mb / rows[3][2]):.1f}x")
print(f"timeline-extract / dateparser on {small_mb:.1f} MB: {ours_small / (small_mb / rows[4][2]):.0f}x")
print(f"timeline-extract, all cores / chrono-node on {large_mb:.0f} MB: {(large_mb / rows[5][2]) / (large_mb / rows[1][2]):.1f}x")
PY
