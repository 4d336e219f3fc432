#!/usr/bin/env bash
# Shared by the benchmark scripts: a private PostgreSQL on a free loopback port, the hub on it, the load-test tool.
# Source it; every start registers its own stop on exit.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=$(mktemp -d /tmp/itsm-bench-XXXXXX)
chmod 777 "$work"
cleanups=()
trap 'for ((i=${#cleanups[@]}-1; i>=0; i--)); do eval "${cleanups[i]}" || true; done; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# Starts PostgreSQL on a private data folder with the server's default durability (fsync, synchronous commit).
start_postgres() {
  pg_port=$(free_port)
  pg_data="$work/pg"
  mkdir -p "$pg_data" && chown postgres "$pg_data" 2>/dev/null || true
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -w -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=300 ${pg_options:-}" start >/dev/null
  cleanups+=("as_postgres '$pg_bin/pg_ctl' -D '$pg_data' -m fast stop >/dev/null")
  "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE itsm" >/dev/null
  pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=itsm;Maximum Pool Size=200"
}

# Starts the web app (embedded silo) on PostgreSQL, or on SQLite with `start_hub sqlite`; waits until it is healthy.
start_hub() {
  hub_port=$(free_port)
  hub_url="http://127.0.0.1:$hub_port"
  api_key="itsm_bench01.$(openssl rand -hex 24)"
  local database=()
  if [ "${1:-postgres}" = sqlite ]; then
    database=(--Database:Provider=Sqlite --Database:DataFolder="$work/sqlite")
  else
    database=(--Database:Provider=PostgreSql --Database:ConnectionString="$pg_connection" --Database:MigrateOnStart=true)
  fi
  (cd "$repo/web" && exec dotnet bin/Release/net10.0/ItsmOrleans.Web.dll --urls "$hub_url" "${database[@]}" \
      --Orleans:SiloPort="$(free_port)" --Orleans:GatewayPort="$(free_port)" --Security:Admin:ApiKey="$api_key" \
      --RateLimits:PerApiKey:PermitsPerSecond=1000000 --RateLimits:PerApiKey:Burst=1000000 \
      --Alerts:Ingestion:PerIntegrationKey:PermitsPerSecond=1000000 --Alerts:Ingestion:PerIntegrationKey:Burst=1000000 \
      --Logging:LogLevel:Default=Warning "${hub_args[@]}") >"$work/hub.log" 2>&1 &
  hub_pid=$!
  cleanups+=("kill $hub_pid; wait $hub_pid 2>/dev/null")
  for _ in $(seq 1 600); do
    curl -sf "$hub_url/health" >/dev/null 2>&1 && return 0
    kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log"; return 1; }
    sleep 0.1
  done
  echo "The hub did not become healthy"; cat "$work/hub.log"; return 1
}
# Extra options for the hub, for example HUB_ARGS="--Orleans:Dashboard=false" to weigh the Dashboard's share.
hub_args=(${HUB_ARGS:-})

# Runs the load-test tool: load <scenario> <report folder> [options…]
load() {
  local scenario=$1 out=$2; shift 2
  dotnet "$repo/tests/LoadTest/bin/Release/net10.0/ItsmOrleans.LoadTest.dll" run "$scenario" --url "$hub_url" --api-key "$api_key" --out "$out" "$@"
}

# Reads a figure from a report.json: figure <report folder> <python expression over r>
figure() { python3 -c "import json,sys; r=json.load(open('$1/report.json')); print($2)"; }

hub_rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$hub_pid/status"; }

# The hub's managed heap just after a full collection, in MiB: dotnet-gcdump forces the collection, dotnet-counters reads the size.
managed_heap_mb() {
  local tools="$HOME/.dotnet/tools"
  "$tools/dotnet-gcdump" collect -p "$hub_pid" -o "$work/heap-now.gcdump" >/dev/null 2>&1
  "$tools/dotnet-counters" collect -p "$hub_pid" --format json -o "$work/heap-now.json" --refresh-interval 1 \
    --counters 'EventCounters\System.Runtime' --duration 00:00:00:03 >/dev/null 2>&1
  python3 -c "import json; v=[e['value'] for e in json.load(open('$work/heap-now.json')).get('Events', []) if e.get('name', '').startswith('GC Heap Size')]; print(f'{v[0]:.0f}')"
}

build() { (cd "$repo" && dotnet build ItsmOrleans.sln -c Release -v quiet -nologo >/dev/null); }
