#!/usr/bin/env bash
# Search at scale: seed 1,000,000 closed and 10,000 open incidents into the search index of a hub on PostgreSQL,
# then run the typical searches through GET /api/search at each rate; p50 / p99 per kind of search.
# Usage: deploy/scripts/bench/search.sh [closed] [open] [rates…]   (default: 1000000 10000 10 25)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
closed=${1:-1000000}; open=${2:-10000}; shift 2 || true
read -r -a rates <<<"${*:-10 25}"
build
start_postgres
start_hub postgres
dotnet "$repo/tests/LoadTest/bin/Release/net10.0/ItsmOrleans.LoadTest.dll" seed-search --connection "$pg_connection" --closed "$closed" --open "$open" | tail -1
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d itsm -Atc "SELECT 'index size: ' || pg_size_pretty(pg_total_relation_size('search_documents'))"
load search "$work/warm" --rate 5 --duration 10s --warmup 5s >/dev/null
for rate in "${rates[@]}"; do
  out="$work/search-$rate"
  load search "$out" --rate "$rate" --duration 30s --warmup 5s >/dev/null
  achieved=$(figure "$out" "'%.1f' % r['achievedRate']")
  errors=$(figure "$out" "', '.join('%s: %d' % e for e in r['errors'].items()) or 0")
  printf '\nAt %s searches/s: achieved %s/s, errors: %s\n' "$rate" "$achieved" "$errors"
  printf '| search | count | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n'
  figure "$out" "chr(10).join('| %s | %d | %s | %s | %s |' % ((o['name'], o['succeeded']) + tuple('%.1f' % o['latency'][k] if o['latency'] else '-' for k in ('p50', 'p99', 'max'))) for o in r['operations'])"
done
