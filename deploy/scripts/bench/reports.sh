#!/usr/bin/env bash
# Reports at scale: seed the ticket history of 1,000,000 closed and 10,000 open incidents (with changes and problems)
# into a hub on PostgreSQL, then time each report over the last 90 days through GET /api/reports (first call and
# the median and slowest of the next runs).
# Usage: deploy/scripts/bench/reports.sh [closed] [open] [runs]   (default: 1000000 10000 5)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
closed=${1:-1000000}; open=${2:-10000}; runs=${3:-5}
build
start_postgres
start_hub postgres
dotnet "$repo/tests/LoadTest/bin/Release/net10.0/ItsmOrleans.LoadTest.dll" seed-history --connection "$pg_connection" --closed "$closed" --open "$open" | tail -1
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d itsm -Atc \
  "SELECT 'history: ' || count(*) || ' facts, ' || pg_size_pretty(pg_total_relation_size('ticket_history')) FROM ticket_history"
to=$(date -u +%Y-%m-%dT%H:%M:%SZ); from=$(date -u -d '90 days ago' +%Y-%m-%dT%H:%M:%SZ)
time_report() { curl -sf -o /dev/null -w '%{time_total}' -H "X-Api-Key: $api_key" "$hub_url/api/reports/$1?from=$from&to=$to${2:-}"; }
printf '| report | first ms | median ms | max ms |\n|---|---|---|---|\n'
for report in mtta mttr sla-compliance backlog volume-by-service change-success problem-sources "sla-compliance&groupBy=service" "mttr&priority=P1"; do
  name=${report%%&*}; extra=""; [ "$name" != "$report" ] && extra="&${report#*&}"
  first=$(time_report "$name" "$extra")
  times=(); for _ in $(seq 1 "$runs"); do times+=("$(time_report "$name" "$extra")"); done
  python3 -c "import sys, statistics; f=float(sys.argv[2]); t=[float(x) for x in sys.argv[3:]]; print('| %s | %.0f | %.0f | %.0f |' % (sys.argv[1], f*1000, statistics.median(t)*1000, max(t)*1000))" "$report" "$first" "${times[@]}"
done
