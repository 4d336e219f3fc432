#!/usr/bin/env bash
# Benchmark 3: change-to-board latency with 100, 500 and 1,000 board clients at a target of 1,000 changes per second
# (each change a PATCH of one of 1,000 incidents; each client times every change from the row's updatedAt).
# Usage: deploy/scripts/bench/fanout.sh [rate] [clients…]   (default: 1000 100 500 1000)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rate=${1:-1000}; shift || true
read -r -a clients <<<"${*:-100 500 1000}"
build
start_postgres
start_hub postgres
load board-fanout "$work/warm" --rate 100 --duration 10s --warmup 5s --boards 1 --tickets 1000 >/dev/null
printf '| board clients | target changes/s | achieved /s | PATCH p50 / p99 ms | changes received | board p50 ms | board p99 ms | board max ms | errors | tool CPU |\n|---|---|---|---|---|---|---|---|---|---|\n'
for n in "${clients[@]}"; do
  out="$work/fanout-$n"
  load board-fanout "$out" --rate "$rate" --duration 20s --warmup 5s --boards "$n" --tickets 1000 --max-in-flight 2000 >/dev/null
  figure "$out" "'| $n | $rate | %.1f | %.1f / %.1f | %d | %.1f | %.1f | %.1f | %d | %.0f %% |' % (r['achievedRate'], r['operations'][0]['latency']['p50'], r['operations'][0]['latency']['p99'], r['pushes'][0]['latency']['count'], r['pushes'][0]['latency']['p50'], r['pushes'][0]['latency']['p99'], r['pushes'][0]['latency']['max'], sum(r['errors'].values()), 100 * r['toolCpuShare'])"
done
