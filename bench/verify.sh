#!/usr/bin/env bash
# `cruddur-obs doctor --verify` against the strict local Honeycomb server (`--strict`: query times floored
# to the minute, 10 query runs a minute, relational and run limits), on an Enterprise team and on a Free
# one (no Query Data API): wall time of the whole doctor run, the verify's own latency, and the query runs
# it used (the server's count of created query results, and refused ones). RUNS runs of each.
# Writes bench/results-verify.md.  Usage: bench/verify.sh [RUNS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
cargo build --locked --release -p cruddur-obs -p cruddur-honeycomb-server >&2
out=$(mktemp -d)
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$out"' EXIT

rows=()
for plan in enterprise free; do
  ./target/release/cruddur-honeycomb-server --port 0 --strict --plan "$plan" > "$out/$plan.log" &
  pids+=($!)
  until grep -q 'listening on' "$out/$plan.log" 2>/dev/null; do sleep 0.05; done
  banner() { sed -n "s/^$1=//p" "$out/$plan.log" | head -1; }
  url=$(banner HONEYCOMB_API_ENDPOINT)
  ingest=$(banner HONEYCOMB_INGEST_KEY)
  config=$(banner HONEYCOMB_CONFIG_KEY)
  ws="$out/ws-$plan"
  cp -r tests/fixtures/workspaces/omenking__aws-bootcamp-cruddur-2023 "$ws"
  rm -rf "$ws/_variants"
  for run in $(seq "$RUNS"); do
    before=$(curl -s "$url/__admin/stats")
    started=$(date +%s%N)
    HONEYCOMB_API_ENDPOINT=$url HONEYCOMB_API_KEY=$ingest HONEYCOMB_QUERY_KEY=$config CRUDDUR_OBS_CONFIG_DIR="$out/config" \
      ./target/release/cruddur-obs doctor --dir "$ws" --verify --endpoint "$url" --skip xray -o json > "$out/doctor.json" 2> "$out/doctor.err" || true
    ended=$(date +%s%N)
    after=$(curl -s "$url/__admin/stats")
    rows+=("$(python3 - "$plan" "$(( (ended - started) / 1000000 ))" "$out/doctor.json" "$before" "$after" <<'PY'
import json, sys
plan, wall, doctor, before, after = sys.argv[1], int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]), json.loads(sys.argv[5])
check = next(row for row in json.load(open(doctor)) if row["check"] == "verify.trace")
runs = after["created"]["query_results"] - before["created"]["query_results"]
key = "POST /1/query_results/{datasetSlug} 403"
refused = after["responses"].get(key, 0) - before["responses"].get(key, 0)
latency = f"{check['latency_ms']} ms" if "latency_ms" in check else "-"
print(f"| {plan} | {check['status']} | {wall} ms | {latency} | {runs} | {refused} |")
PY
)")
  done
done
{
  echo "# doctor --verify on the strict server"
  echo
  echo "\`bench/verify.sh $RUNS\` on $(date -u +%F), $(nproc) cores: release builds; the strict local Honeycomb server; the span is sent"
  echo "straight to the server (\`--endpoint\`), the query key has Run Queries. Budget: at most 6 query runs (of the 10 a minute"
  echo "Honeycomb allows) and 65 s in the worst case (runs at 1, 3, 7, 15, 30, 55 s)."
  echo
  echo "| plan | verify | doctor wall time | span seen after | query runs | refused runs (403) |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > bench/results-verify.md
cat bench/results-verify.md
