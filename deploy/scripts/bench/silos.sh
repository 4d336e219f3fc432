#!/usr/bin/env bash
# Incident creation throughput with 1, 2 and 3 silos (one web host as their client, PostgreSQL, the tool: one machine).
# Each cluster is started by deploy/cluster.sh and driven above what it can take; the achieved rate is its throughput.
# Usage: deploy/scripts/bench/silos.sh [rate] [silo counts…]   (default: 400 1 2 3)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rate=${1:-400}; shift || true
read -r -a counts <<<"${*:-1 2 3}"
build
printf '| silos | target /s | achieved /s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n'
for n in "${counts[@]}"; do
  folder="$work/cluster-$n"
  RateLimits__PerApiKey__PermitsPerSecond=1000000 RateLimits__PerApiKey__Burst=1000000 Logging__LogLevel__Default=Warning \
    "$repo/deploy/cluster.sh" start --silos "$n" --web 1 --folder "$folder" >/dev/null
  cleanups+=("'$repo/deploy/cluster.sh' stop --folder '$folder'")
  hub_url=$(grep '^WEB_1_URL=' "$folder/cluster.env" | cut -d= -f2-)
  api_key=$(grep '^ADMIN_KEY=' "$folder/cluster.env" | cut -d= -f2-)
  load steady "$work/warm-$n" --rate 100 --duration 10s --warmup 5s --boards 1 >/dev/null
  load steady "$work/steady-$n" --rate "$rate" --duration 20s --warmup 5s --boards 1 --max-in-flight 1000 >/dev/null
  figure "$work/steady-$n" "'| $n | $rate | %.1f | %.1f | %.1f | %s |' % (r['achievedRate'], r['operations'][0]['latency']['p50'], r['operations'][0]['latency']['p99'], ', '.join('%s: %d' % e for e in r['errors'].items()) or 0)"
  "$repo/deploy/cluster.sh" stop --folder "$folder"
done
