#!/usr/bin/env bash
# Where an operation's time goes: runs one load scenario at a steady rate against the hub on PostgreSQL and reports,
# per operation, the database transactions and statements it cost (pg_stat_statements), the hub's CPU, allocation and
# GC figures (dotnet-counters), and the methods longest on the hub's stacks (dotnet-trace, sampled thread time).
# Usage: deploy/scripts/bench/profile.sh [steady|alert-storm|board-fanout] [rate] [seconds]
# PROFILE_LOAD_ARGS adds options to the load tool, for example "--boards 1000 --tickets 1000" for board-fanout.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
scenario=${1:-steady}; rate=${2:-200}; seconds=${3:-20}
tools="$HOME/.dotnet/tools"
for tool in dotnet-trace dotnet-counters; do
  [ -x "$tools/$tool" ] || dotnet tool install -g "$tool" >/dev/null
done

pg_options="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
build
start_postgres
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d itsm -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
start_hub postgres
read -r -a load_args <<<"${PROFILE_LOAD_ARGS:-}"
load "$scenario" "$work/warm" --rate "$rate" --duration 10s --warmup 3s "${load_args[@]}" >/dev/null

sql() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d itsm -tAc "$1"; }
sql "SELECT pg_stat_statements_reset(); SELECT pg_stat_reset();" >/dev/null
commits_before=$(sql "SELECT xact_commit FROM pg_stat_database WHERE datname = 'itsm'")
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_ticks() { for p in $(pgrep -u postgres postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }
hub_before=$(cpu_ticks "$hub_pid"); pg_before=$(postgres_ticks)
"$tools/dotnet-counters" collect -p "$hub_pid" --format json -o "$work/counters.json" --refresh-interval 1 \
  --counters 'EventCounters\System.Runtime' --duration 00:00:00:15 >/dev/null 2>&1 &
counters_pid=$!
# PROFILE_TRACE=off measures the CPU per operation without the sampler's own cost.
[ "${PROFILE_TRACE:-on}" = off ] || ( sleep 5; "$tools/dotnet-trace" collect -p "$hub_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:10 \
    -o "$work/hub.nettrace" >/dev/null 2>&1 ) &
trace_pid=$!
load "$scenario" "$work/run" --rate "$rate" --duration "${seconds}s" --warmup 0s "${load_args[@]}" >/dev/null
hub_cpu=$(( $(cpu_ticks "$hub_pid") - hub_before )); pg_cpu=$(( $(postgres_ticks) - pg_before ))
wait "$trace_pid" "$counters_pid" || true
commits=$(( $(sql "SELECT xact_commit FROM pg_stat_database WHERE datname = 'itsm'") - commits_before ))
operations=$(figure "$work/run" "r['operations'][0]['succeeded']")

echo "## $scenario at $rate/s for ${seconds}s: $operations operations measured"
echo
figure "$work/run" "'achieved %.1f/s, p50 %s ms, p99 %s ms, errors %d, the load tool used %.0f %% of the CPU' % (r['achievedRate'], r['operations'][0]['latency']['p50'], r['operations'][0]['latency']['p99'], sum(r['errors'].values()), 100 * r['toolCpuShare'])"
python3 -c "
n = max(1, $operations); hz = $(getconf CLK_TCK)
print('database transactions per operation: %.2f' % ($commits / n))
print('CPU per operation: hub %.2f ms, PostgreSQL %.2f ms (the run, warm-up included, over the operations measured)' % ($hub_cpu * 1000 / hz / n, $pg_cpu * 1000 / hz / n))"
echo
echo "| calls per operation | mean ms | statement |"
echo "|---|---|---|"
sql "SELECT round(calls::numeric / GREATEST(1, $operations), 2), round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 110)
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'itsm') AND calls >= $operations / 20
     ORDER BY calls DESC LIMIT 25" | awk -F'|' '{ printf "| %s | %s | `%s` |\n", $1, $2, $3 }'
echo
python3 - "$work/counters.json" <<'PY'
import json, sys, statistics
events = json.load(open(sys.argv[1])).get("Events", [])
def values(name):
    return [e["value"] for e in events if e.get("name", "").startswith(name)]
for label, name in [("CPU %", "CPU Usage"), ("allocation B/s", "Allocation Rate"), ("working set MB", "Working Set"),
                    ("gen 0 GCs", "Gen 0 GC Count"), ("GC time %", "% Time in GC"), ("thread pool queue", "ThreadPool Queue Length"),
                    ("thread pool threads", "ThreadPool Thread Count"), ("lock contentions", "Monitor Lock Contention Count")]:
    v = values(name)
    if v:
        print(f"- {label}: median {statistics.median(v):.1f}, max {max(v):.1f}")
PY
echo
[ "${PROFILE_TRACE:-on}" = off ] && exit 0
echo "Where the hub's running threads spend their time (sampled thread time, waits left out):"
"$tools/dotnet-trace" convert "$work/hub.nettrace" --format speedscope -o "$work/hub.speedscope.json" >/dev/null 2>&1 || true
[ -f "$work/hub.speedscope.json" ] || mv "$(ls "$work"/hub*.speedscope.json | head -1)" "$work/hub.speedscope.json"
python3 "$(dirname "${BASH_SOURCE[0]}")/running-stacks.py" "$work/hub.speedscope.json" "${PROFILE_FRAMES:-ItsmOrleans,Orleans,Npgsql,SignalR,Json,Kestrel,Http}" 45
[ -z "${PROFILE_KEEP:-}" ] || cp "$work/hub.nettrace" "$work/hub.speedscope.json" "$PROFILE_KEEP"/
