#!/usr/bin/env bash
# Benchmark 2: alert events per second through POST /v2/enqueue with 90 % duplicates, on PostgreSQL, with p99.
# Usage: deploy/scripts/bench/alerts.sh [rates…]   (default: 250 500 1000 1500 2000)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
read -r -a rates <<<"${*:-250 500 1000 1500 2000}"
build
start_postgres
start_hub postgres
load alert-storm "$work/warm" --rate 200 --duration 10s --warmup 5s --boards 1 >/dev/null
printf '| target /s | achieved /s | p50 ms | p99 ms | p99.9 ms | errors | alert panel p50 / p99 ms |\n|---|---|---|---|---|---|---|\n'
for rate in "${rates[@]}"; do
  out="$work/storm-$rate"
  load alert-storm "$out" --rate "$rate" --duplicates 0.9 --duration 20s --warmup 5s --boards 2 --seed "$rate" >/dev/null
  figure "$out" "'| $rate | %.1f | %.1f | %.1f | %.1f | %s | %s |' % (r['achievedRate'], r['operations'][0]['latency']['p50'], r['operations'][0]['latency']['p99'], r['operations'][0]['latency']['p999'], ', '.join('%s: %d' % e for e in r['errors'].items()) or 0, ' / '.join('%.0f' % p['latency'][k] for p in r['pushes'] for k in ('p50','p99')))"
done
