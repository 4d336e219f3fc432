#!/usr/bin/env bash
# Benchmark 1: persisted incident creations per second over HTTP on PostgreSQL with p99 under 100 ms, next to the raw
# rate of single-row insert-and-commit transactions (pgbench, custom script) at the same concurrency, same server, same run.
# Usage: deploy/scripts/bench/incidents.sh [rates…]   (default: 100 200 300 400 600 800)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rates=("${@:-100 200 300 400 600 800}")
read -r -a rates <<<"${rates[*]}"
build
start_postgres
start_hub postgres
load steady "$work/warm" --rate 100 --duration 10s --warmup 5s --boards 1 >/dev/null

best_rate=0; best_report=""
printf '| target /s | achieved /s | p50 ms | p99 ms | p99.9 ms | errors | mean in flight | tool CPU |\n|---|---|---|---|---|---|---|---|\n'
for rate in "${rates[@]}"; do
  out="$work/steady-$rate"
  load steady "$out" --rate "$rate" --duration 20s --warmup 5s --boards 1 >/dev/null
  read -r achieved p50 p99 p999 errors inflight tool < <(figure "$out" "' '.join(str(x) for x in [round(r['achievedRate'],1), r['operations'][0]['latency']['p50'], r['operations'][0]['latency']['p99'], r['operations'][0]['latency']['p999'], sum(r['errors'].values()), round(r['achievedRate']*r['operations'][0]['latency']['mean']/1000,1), round(100*r['toolCpuShare'])])")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s %% |\n' "$rate" "$achieved" "$p50" "$p99" "$p999" "$errors" "$inflight" "$tool"
  if python3 -c "import sys; sys.exit(0 if $p99 < 100 and $errors == 0 and $achieved >= 0.95*$rate else 1)"; then best_rate=$achieved; best_report=$out; best_inflight=$inflight; fi
done

[ -n "$best_report" ] || { echo "No rate kept p99 under 100 ms."; exit 1; }
clients=$(python3 -c "import math; print(max(1, math.ceil($best_inflight)))")
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d itsm -qc "CREATE TABLE IF NOT EXISTS bench_rows (id bigint PRIMARY KEY, payload text NOT NULL)"
cat >"$work/insert.sql" <<'SQL'
\set id random(1, 9000000000000)
INSERT INTO bench_rows (id, payload) VALUES (:id, repeat('x', 500)) ON CONFLICT (id) DO NOTHING;
SQL
tps=$("$pg_bin/pgbench" -h 127.0.0.1 -p "$pg_port" -U postgres -n -M prepared -f "$work/insert.sql" -c "$clients" -j 2 -T 20 itsm 2>/dev/null \
  | awk '/^tps/ {print $3; exit}')
echo
echo "best rate with p99 < 100 ms: $best_rate incidents/s (mean in flight $best_inflight)"
echo "pgbench single-row insert + commit at $clients client(s): $tps tps"
python3 -c "print(f'ratio: {$best_rate/$tps:.2f}')"
