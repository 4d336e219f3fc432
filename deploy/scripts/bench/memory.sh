#!/usr/bin/env bash
# Benchmark 4: memory per active incident (its grain and its two SLA clock grains), and with 100,000 open incidents the
# silo's memory and the time a fresh board client needs for its first snapshot of all of them.
# Usage: deploy/scripts/bench/memory.sh [incidents]   (default: 100000)
# MEMORY_IDLE=seconds (default 200) reads the memory again after the first 20,000 have been left alone that long: the
# resident set and the managed heap after a full collection (the resident set keeps what the GC has freed).
# MEMORY_GCDUMP=on also takes a heap dump (dotnet-gcdump) after the first 20,000 and prints the types that hold the
# most bytes, per active incident.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
total=${1:-100000}
tools="$HOME/.dotnet/tools"
for tool in dotnet-gcdump dotnet-counters; do
  [ -x "$tools/$tool" ] || dotnet tool install -g "$tool" >/dev/null
done
build
start_postgres
start_hub postgres
load steady "$work/warm" --rate 100 --duration 10s --warmup 5s --boards 0 >/dev/null
sleep 5
base=$(hub_rss_mb); base_count=1500; base_heap=$(managed_heap_mb)
echo "after warm-up: $base MiB RSS, managed heap $base_heap MiB, with $base_count incidents"
created=$base_count
for step in 20000 $((total - base_count - 20000)); do
  [ "$step" -gt 0 ] || continue
  seconds=$(( step / 180 ))
  load steady "$work/seed-$step" --rate 180 --duration "${seconds}s" --warmup 0s --boards 0 --max-in-flight 2000 >/dev/null
  created=$((created + $(figure "$work/seed-$step" "r['succeeded']")))
  sleep 5
  echo "$created incidents: $(hub_rss_mb) MiB RSS"
  if [ "$step" -eq 20000 ]; then
    per=$(python3 -c "print(f'{($(hub_rss_mb) - $base) * 1024 / ($created - $base_count):.1f}')")
    echo "RSS growth per active incident: $per KiB"
    if [ "${MEMORY_IDLE:-200}" -gt 0 ]; then
      # Left alone, incidents stay active (Orleans collects an idle incident after 15 minutes) and their SLA clocks may go.
      sleep "${MEMORY_IDLE:-200}"
      heap=$(managed_heap_mb)
      per=$(python3 -c "print(f'{($heap - $base_heap) * 1024 / ($created - $base_count):.1f}')")
      echo "after ${MEMORY_IDLE:-200} s idle: $(hub_rss_mb) MiB RSS, managed heap $heap MiB after a full collection: $per KiB per active incident"
    fi
    if [ "${MEMORY_GCDUMP:-off}" = on ]; then
      "$tools/dotnet-gcdump" collect -p "$hub_pid" -o "$work/heap.gcdump" >/dev/null
      echo "managed heap by type, per active incident ($created incidents; bytes / count as dotnet-gcdump reports them):"
      "$tools/dotnet-gcdump" report "$work/heap.gcdump" | awk -v n="$created" 'NR > 1 && $1 ~ /^[0-9,]+$/ { gsub(",", "", $1); gsub(",", "", $2); if (shown++ < 30) printf "%9.0f B  %7.2f per incident  %s\n", $1, $1 / n, $0 }'
    fi
  fi
done
dotnet "$repo/tests/LoadTest/bin/Release/net10.0/ItsmOrleans.LoadTest.dll" board-snapshot --url "$hub_url" --api-key "$api_key" --incidents 5
echo "after the snapshots: $(hub_rss_mb) MiB RSS"
