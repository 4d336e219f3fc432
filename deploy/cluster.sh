#!/usr/bin/env bash
# A local ItsmOrleans cluster on loopback: a private PostgreSQL (its own data folder), the schema, N standalone silos
# (Orleans clustering, reminders and grain state on PostgreSQL) and M web hosts as Orleans clients of them.
#
# Usage:
#   deploy/cluster.sh start [--silos N] [--web M] [--folder DIR] [--configuration Release|Debug]
#       builds nothing (build first), starts everything, waits until every host is healthy and writes DIR/cluster.env
#       (ports, pids, URLs, the admin API key) for scripts and tests to read. Prints DIR.
#   deploy/cluster.sh start-silo I --folder DIR     (re)starts silo I on its ports, after a kill or a stop
#   deploy/cluster.sh start-web J --folder DIR      (re)starts web host J
#   deploy/cluster.sh stop-silo I --folder DIR      SIGTERM: the silo drains (activations move, calls finish) and leaves
#   deploy/cluster.sh stop-postgres / start-postgres --folder DIR
#   deploy/cluster.sh stop --folder DIR [--keep]    stops web hosts, silos and PostgreSQL; removes DIR unless --keep
#
# Every host logs to DIR/<name>.log. Configuration reaches the hosts as environment variables (docs/configuration.md);
# set more of them in the calling environment and they pass through.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command=${1:-}
shift || true
silos=2 web=1 folder="" configuration=Release keep=false index=""
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos=$2; shift 2 ;;
    --web) web=$2; shift 2 ;;
    --folder) folder=$2; shift 2 ;;
    --configuration) configuration=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    [0-9]*) index=$1; shift ;;
    *) echo "Unknown argument $1" >&2; exit 2 ;;
  esac
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
env_file() { echo "$folder/cluster.env"; }
setting() { grep -E "^$1=" "$(env_file)" | tail -1 | cut -d= -f2-; }
record() { echo "$1=$2" >>"$(env_file)"; }

wait_healthy() {
  local url=$1 name=$2 pid=$3
  for _ in $(seq 1 900); do
    curl -sf "$url/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; its log:" >&2; tail -50 "$folder/$name.log" >&2; return 1; }
    sleep 0.1
  done
  echo "$name did not become healthy in 90 s; its log:" >&2; tail -50 "$folder/$name.log" >&2; return 1
}

host_environment() {
  export Database__Provider=PostgreSql
  export Database__ConnectionString
  Database__ConnectionString=$(setting CONNECTION)
  export Orleans__ClusterId=${Orleans__ClusterId:-itsm-local}
  export Security__Admin__ApiKey
  Security__Admin__ApiKey=$(setting ADMIN_KEY)
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
}

start_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$folder/pg" -l "$folder/pg/server.log" -w -o "-p $(setting PG_PORT) -k $folder/pg -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
}

start_silo() {
  local i=$1
  host_environment
  (cd "$repo/silo" && Orleans__SiloPort=$(setting "SILO_${i}_SILO_PORT") Orleans__GatewayPort=$(setting "SILO_${i}_GATEWAY_PORT") \
    exec dotnet "bin/$configuration/net10.0/ItsmOrleans.Silo.dll" --urls "$(setting "SILO_${i}_URL")") >>"$folder/silo-$i.log" 2>&1 &
  record "SILO_${i}_PID" $!
  wait_healthy "$(setting "SILO_${i}_URL")" "silo-$i" "$(setting "SILO_${i}_PID")"
}

start_web() {
  local j=$1
  host_environment
  (cd "$repo/web" && Orleans__Mode=Client exec dotnet "bin/$configuration/net10.0/ItsmOrleans.Web.dll" --urls "$(setting "WEB_${j}_URL")") >>"$folder/web-$j.log" 2>&1 &
  record "WEB_${j}_PID" $!
  wait_healthy "$(setting "WEB_${j}_URL")" "web-$j" "$(setting "WEB_${j}_PID")"
}

stop_pid() {
  local pid=$1 signal=${2:-TERM}
  kill -"$signal" "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

case "$command" in
  start)
    [ -n "$pg_bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2; exit 1; }
    folder=${folder:-$(mktemp -d /tmp/itsm-cluster-XXXXXX)}
    mkdir -p "$folder" && chmod 755 "$folder"
    : >"$(env_file)"
    record SILOS "$silos"
    record WEBS "$web"
    record PG_PORT "$(free_port)"
    record ADMIN_KEY "${ITSM_ADMIN_KEY:-itsm_local01.$(openssl rand -hex 24)}"
    mkdir -p "$folder/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres "$folder/pg"; }
    as_postgres "$pg_bin/initdb" -D "$folder/pg" -U postgres --auth=trust -E UTF8 >/dev/null
    start_postgres
    "$pg_bin/psql" -h 127.0.0.1 -p "$(setting PG_PORT)" -U postgres -qc "CREATE DATABASE itsm" >/dev/null
    record CONNECTION "Host=127.0.0.1;Port=$(setting PG_PORT);Username=postgres;Database=itsm;Maximum Pool Size=100"
    host_environment
    (cd "$repo/silo" && dotnet "bin/$configuration/net10.0/ItsmOrleans.Silo.dll" migrate) >"$folder/migrate.log" 2>&1 \
      || { cat "$folder/migrate.log" >&2; exit 1; }
    for i in $(seq 1 "$silos"); do
      record "SILO_${i}_SILO_PORT" "$(free_port)"; record "SILO_${i}_GATEWAY_PORT" "$(free_port)"; record "SILO_${i}_URL" "http://127.0.0.1:$(free_port)"
      start_silo "$i"
    done
    for j in $(seq 1 "$web"); do
      record "WEB_${j}_URL" "http://127.0.0.1:$(free_port)"
      start_web "$j"
    done
    echo "$folder"
    ;;
  start-silo) start_silo "$index" ;;
  start-web) start_web "$index" ;;
  stop-silo) stop_pid "$(setting "SILO_${index}_PID")" TERM ;;
  stop-postgres) as_postgres "$pg_bin/pg_ctl" -D "$folder/pg" -m fast stop >/dev/null ;;
  start-postgres) start_postgres ;;
  stop)
    [ -f "$(env_file)" ] || exit 0
    for j in $(seq 1 "$(setting WEBS)"); do [ -z "$(setting "WEB_${j}_PID")" ] || stop_pid "$(setting "WEB_${j}_PID")"; done
    for i in $(seq 1 "$(setting SILOS)"); do [ -z "$(setting "SILO_${i}_PID")" ] || stop_pid "$(setting "SILO_${i}_PID")"; done
    as_postgres "$pg_bin/pg_ctl" -D "$folder/pg" -m fast stop >/dev/null 2>&1 || true
    $keep || rm -rf "$folder"
    ;;
  *) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
