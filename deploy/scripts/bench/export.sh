#!/usr/bin/env bash
# Benchmark: the JSON export (GET /api/export) of an installation with many incidents on PostgreSQL: its time, size and
# the hub's memory while it streams, next to the raw read of the same grain-state rows by psql in the same run.
# Incidents are raised through the API, then their stored states are copied under new grain ids up to the total (the
# export reads state rows, not grains, so copies cost it what originals do).
# Usage: deploy/scripts/bench/export.sh [incidents raised] [incident states in all]   (default: 2000 200000)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
raised=${1:-2000}
total=${2:-200000}
build
start_postgres
start_hub postgres
rate=100
load steady "$work/seed" --rate "$rate" --duration "$(( raised / rate ))s" --warmup 0s --boards 0 --max-in-flight 2000 >/dev/null
psql_itsm() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d itsm -Atqc "$1"; }
stored() { psql_itsm "SELECT count(*) FROM orleansstorage WHERE graintypestring = 'incident' AND payloadbinary IS NOT NULL"; }
originals=$(stored)
copies=$(( (total - originals + originals - 1) / originals ))
psql_itsm "INSERT INTO orleansstorage
  SELECT hashtext(g::text || ':' || s.grainidn0), ((random() - 0.5) * 1.8e19)::bigint, ((random() - 0.5) * 1.8e19)::bigint,
         s.graintypehash, s.graintypestring, NULL, s.serviceid, s.payloadbinary, s.modifiedon, s.version
  FROM orleansstorage s, generate_series(1, $copies) g
  WHERE s.graintypestring = 'incident' AND s.payloadbinary IS NOT NULL"
psql_itsm "VACUUM ANALYZE orleansstorage"
echo "incidents raised through the API: $originals; incident states after copying: $(stored); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "grain-state rows: $(psql_itsm "SELECT count(*) FROM orleansstorage"), payloads $(psql_itsm "SELECT pg_size_pretty(sum(length(payloadbinary))) FROM orleansstorage")"

raw_start=$(date +%s.%N)
psql_itsm "\copy (SELECT payloadbinary FROM orleansstorage) TO '/dev/null'"
raw_end=$(date +%s.%N)
python3 -c "print(f'baseline, psql reading every grain-state row: {($raw_end - $raw_start):.2f} s')"

sleep 5
for run in 1 2; do
  before=$(hub_rss_mb); peak_file="$work/peak"; echo "$before" >"$peak_file"
  ( while kill -0 "$hub_pid" 2>/dev/null; do now=$(hub_rss_mb); [ "$now" -gt "$(cat "$peak_file")" ] && echo "$now" >"$peak_file"; sleep 0.2; done ) &
  sampler=$!
  read -r seconds bytes < <(curl -sf -o "$work/export.json" -w '%{time_total} %{size_download}\n' -H "X-Api-Key: $api_key" "$hub_url/api/export")
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  exported=$(python3 -c "import json; d=json.load(open('$work/export.json')); print(len(d['incidents']))")
  python3 -c "print(f'export {$run}: {$exported} incidents, {$bytes/1048576:.0f} MiB in {$seconds:.1f} s ({$exported/$seconds:.0f} incidents/s); hub RSS {$before} MiB before, {$(cat "$peak_file")} MiB at most while streaming; load average $(cut -d' ' -f1 /proc/loadavg)')"
done
