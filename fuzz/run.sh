#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each (default 600) and prints the executions
# and the outcome of each. Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain
# (or RUSTC_BOOTSTRAP=1 on stable).
#
#   fuzz/run.sh            # every target, 10 minutes each
#   SECONDS_EACH=60 fuzz/run.sh tag extract
set -euo pipefail
cd "$(dirname "$0")"
each=${SECONDS_EACH:-600}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then toolchain=(+nightly); else export RUSTC_BOOTSTRAP=1; fi
mkdir -p logs
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    extra=()
    [ -d "seeds/$t" ] && extra+=("seeds/$t")
    status=ok
    cargo "${toolchain[@]}" fuzz run "$t" "corpus/$t" "${extra[@]}" -- \
        -max_total_time="$each" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"logs/$t.log" 2>&1 || status=FAILED
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "logs/$t.log" | grep -o '[0-9]*$' || echo '?')
    printf '%-10s %-7s %12s executions in %ss (log: fuzz/logs/%s.log)\n' "$t" "$status" "$runs" "$each" "$t"
done
