#!/usr/bin/env bash
# `cruddur-obs plan` and `apply` of a 50-object observability file against the local Honeycomb server
# (release builds, no prism): wall time (hyperfine median) and the requests each run makes, against the
# API calls the Terraform provider's documented behaviour needs for the same objects (every resource in
# state refreshed with one read before a plan or apply; every create followed by a read, its Create
# ending in Read). Writes bench/results-declare.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --locked --release -p cruddur-obs -p cruddur-honeycomb-server >&2
out=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$out"' EXIT
./target/release/cruddur-honeycomb-server --port 0 > "$out/server.log" &
server_pid=$!
until grep -q '^HONEYCOMB_CONFIG_KEY=' "$out/server.log" 2>/dev/null; do sleep 0.05; done
banner() { sed -n "s/^$1=//p" "$out/server.log" | head -1; }
url=$(banner HONEYCOMB_API_ENDPOINT)
ingest=$(banner HONEYCOMB_INGEST_KEY)
export HONEYCOMB_API_ENDPOINT=$url HONEYCOMB_API_KEY=$(banner HONEYCOMB_CONFIG_KEY) CRUDDUR_OBS_CONFIG_DIR=$out/config

# The file: 5 recipients, 10 calculated fields, 10 saved queries, 10 triggers, 5 SLOs with a burn alert
# each, 3 boards and 2 views: 50 objects (Terraform: 60 resources, a saved query being a query and an
# annotation).
python3 - "$out/observability.yaml" <<'PY'
import sys
lines = ["version: 1", "honeycomb:", "  recipients:"]
for i in range(5):
    lines.append(f"    r{i}: {{email: ops{i}@example.com}}")
lines += ["  datasets:", "    backend-flask:", "      calculated_fields:"]
for i in range(10):
    lines.append(f"        sli.f{i}: LT($duration_ms, {100 + i * 50})")
lines.append("      queries:")
for i in range(10):
    lines.append(f"        Q{i}: {{query: {{calculations: [{{op: P{[50, 90, 99][i % 3]}, column: duration_ms}}], breakdowns: [app.user_id], time_range: {3600 + i * 60}}}}}")
lines.append("      triggers:")
for i in range(10):
    lines += [f"        T{i}:", f"          query: {{calculations: [{{op: COUNT}}], filters: [{{column: duration_ms, op: \">\", value: {200 + i}}}], time_range: 900}}",
              f"          threshold: {{op: \">\", value: {i + 1}}}", f"          recipients: [r{i % 5}]"]
lines.append("      slos:")
for i in range(5):
    lines += [f"        S{i}:", f"          sli: sli.f{i}", "          target_per_million: 990000",
              f"          burn_alerts: [{{exhaustion_minutes: {60 * (i + 1)}, recipients: [r{i}]}}]"]
lines.append("  boards:")
for b in range(3):
    lines += [f"    B{b}:", "      panels:"]
    for q in range(3):
        lines.append(f"        - query: Q{b * 3 + q}")
    lines.append(f"        - slo: S{b}")
    if b == 0:
        lines += ["      views:", "        Slow: [{column: duration_ms, op: \">\", value: 500}]", "        Errors: [{column: error, op: \"=\", value: true}]"]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
objects=50
resources=60

# Back to an empty environment with a little data (the columns the file's queries name).
cat > "$out/seed.sh" <<SEED
curl -s -X POST "$url/__admin/reset" >/dev/null
curl -s -X POST "$url/1/batch/backend-flask" -H "X-Honeycomb-Team: $ingest" -H 'Content-Type: application/json' \\
  -d '[{"data":{"duration_ms":12,"app.user_id":"u1","error":false}},{"data":{"duration_ms":900,"app.user_id":"u2","error":true}}]' >/dev/null
SEED
seed() { bash "$out/seed.sh"; }
requests() { curl -s "$url/__admin/stats" | python3 -c 'import json,sys; print(sum(json.load(sys.stdin)["requests"].values()))'; }
reset_counters() { curl -s "$url/__admin/stats" >/dev/null; }
obs=./target/release/cruddur-obs
file=$out/observability.yaml

# Requests: a plan of the new file, the apply that creates it all, a plan with nothing to change, an
# apply with nothing to change. (Counters are read as the difference of totals around each run.)
seed
before=$(requests); $obs plan "$file" -o json >/dev/null; plan_new=$(( $(requests) - before ))
before=$(requests); $obs apply "$file" -o json >/dev/null; apply_new=$(( $(requests) - before ))
before=$(requests); $obs plan "$file" --detailed-exitcode -o json >/dev/null; plan_same=$(( $(requests) - before ))
before=$(requests); $obs apply "$file" -o json >/dev/null; apply_same=$(( $(requests) - before ))
created=$(curl -s "$url/__admin/stats" | python3 -c 'import json,sys; c=json.load(sys.stdin)["created"]; print(sum(c[k] for k in ["recipients","derived_columns","query_annotations","triggers","slos","burn_alerts","boards","board_views"]))')

# Wall time: plan with nothing to change (the drift check CI runs), and apply from nothing.
hyperfine -N --warmup 2 --runs 20 --export-json "$out/plan.json" -n "plan (50 objects, no change)" "$obs plan $file -o json" >&2
hyperfine --warmup 1 --runs 10 --export-json "$out/apply.json" --prepare "bash $out/seed.sh" \
  -n "apply (50 objects, all new)" "$obs apply $file -o json" >&2
median() { python3 -c 'import json, statistics, sys; t = json.load(open(sys.argv[1]))["results"][0]["times"]; print("%.0f" % (statistics.median(t) * 1000))' "$1"; }
plan_ms=$(median "$out/plan.json")
apply_ms=$(median "$out/apply.json")
{
  echo "# plan / apply benchmark ($(date -u +%F), $(nproc) cores)"
  echo
  echo "\`bench/declare.sh\`: a file of $objects objects (5 recipients, 10 calculated fields, 10 saved queries, 10 triggers,"
  echo "5 SLOs with a burn alert each, 3 boards, 2 views; $created created by apply) against the local Honeycomb server,"
  echo "release builds, no prism. The peer is the Terraform provider's documented behaviour for the same objects"
  echo "($resources resources: a saved query is a query and an annotation): a plan or apply refreshes every resource in"
  echo "state with one read, and every create ends in a read of what it created."
  echo
  echo "| run | cruddur-obs requests | Terraform provider requests | cruddur-obs wall time (median) |"
  echo "|---|---|---|---|"
  echo "| plan, nothing exists | $plan_new | 0 (empty state: it cannot see what exists) | |"
  echo "| apply, nothing exists | $apply_new | $(( resources * 2 )) ($resources creates + $resources reads) | $apply_ms ms |"
  echo "| plan, nothing to change | $plan_same | $resources (refresh) | $plan_ms ms |"
  echo "| apply, nothing to change | $apply_same | $resources (refresh) | |"
} | tee bench/results-declare.md
