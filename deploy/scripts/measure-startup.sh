#!/usr/bin/env bash
# Measures the time from `dotnet run --project web` to "ItsmOrleans board ready" on a fresh data folder,
# as a newcomer would start it (the build is up to date; `dotnet run` still checks it).
# Usage: deploy/scripts/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-3}
dotnet build web -v quiet -nologo >/dev/null
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  log=$(mktemp)
  start=$(date +%s.%N)
  dotnet run --project web --no-launch-profile --urls http://127.0.0.1:0 -- --Database:DataFolder="$data" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q "board ready" "$log" && break
    sleep 0.05
  done
  ready=$(date +%s.%N)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  grep -q "board ready" "$log" || { echo "run $run: not ready"; cat "$log"; exit 1; }
  printf 'run %d: board ready %.2f s after `dotnet run`\n' "$run" "$(echo "$ready - $start" | bc)"
  rm -rf "$data" "$log"
done
