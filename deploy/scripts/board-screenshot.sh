#!/usr/bin/env bash
# Starts the hub on a throwaway data folder, raises a realistic set of incidents through the API, and saves a
# screenshot of the live board taken with headless Chromium (tests/LoadTest board-screenshot) to docs/images/board.png.
# Usage: deploy/scripts/board-screenshot.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
port=5099
url="http://127.0.0.1:$port"
data=$(mktemp -d)
key="itsm_shot01.$(openssl rand -hex 24)"
log=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

# A "demo" policy in minutes, so thresholds are visibly crossed while the picture is taken.
dotnet run --project web -c Release --no-launch-profile --urls "$url" -- \
  --Database:DataFolder="$data" --Security:Admin:ApiKey="$key" \
  --Sla:Policies:demo:Targets:P1:Response=00:01:00 --Sla:Policies:demo:Targets:P1:Resolution=00:00:40 \
  --Sla:Policies:demo:Targets:P2:Response=00:01:00 --Sla:Policies:demo:Targets:P2:Resolution=00:01:40 \
  --Sla:Policies:demo:Targets:P3:Response=00:05:00 --Sla:Policies:demo:Targets:P3:Resolution=00:00:30 \
  --Sla:Policies:demo:Targets:P4:Response=00:10:00 --Sla:Policies:demo:Targets:P4:Resolution=00:20:00 \
  --Sla:Policies:demo:Targets:P5:Response=00:20:00 --Sla:Policies:demo:Targets:P5:Resolution=00:40:00 \
  >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do grep -q "board ready" "$log" && break; sleep 0.1; done

raise() { # title impact urgency service group assignee policy
  curl -sf -X POST "$url/api/incidents" -H 'content-type: application/json' -H "X-Api-Key: $key" \
    -d "{\"title\":\"$1\",\"description\":\"\",\"impact\":\"$2\",\"urgency\":\"$3\",\"requester\":\"service-desk\",\"serviceId\":\"$4\",\"assignmentGroup\":\"$5\",\"assignee\":${6:-null},\"slaPolicy\":\"${7:-standard}\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
act() { curl -sf -X POST "$url/api/incidents/$1/$2" -H 'content-type: application/json' -H "X-Api-Key: $key" -d "$3" >/dev/null; }

raise "Core switch SW-DC1-04 down: rack B unreachable" high high network network-ops '"amira"' demo >/dev/null
id=$(raise "Payment gateway timeouts above 5 s" high medium payments payments-sre '"jonas"' demo); act "$id" transitions '{"to":"inProgress"}'
raise "Outlook cannot connect for EU users" medium high email messaging null demo >/dev/null
id=$(raise "VPN drops every 10 minutes (Lyon office)" medium medium vpn network-ops '"chen"' demo); act "$id" transitions '{"to":"inProgress"}'
act "$id" transitions '{"to":"onHold","holdReason":"awaitingVendor"}'
raise "HR portal slow to load payslips" low high hr-portal apps-team null >/dev/null
id=$(raise "Printer queue stuck on floor 3" low medium printing desktop '"sam"'); act "$id" transitions '{"to":"inProgress"}'
raise "Wiki search returns stale results" low low wiki apps-team null >/dev/null
raise "Backup job for FS-02 exceeded window" medium low backup storage '"priya"' >/dev/null
id=$(raise "Badge reader at gate 2 offline" medium medium facilities desktop '"sam"'); act "$id" comments '{"text":"Technician on site","visibility":"public"}'

sleep 35 # let the demo clocks cross their thresholds
mkdir -p docs/images
dotnet run --project tests/LoadTest -c Release -- board-screenshot docs/images/board.png --url "$url" --api-key "$key"
