#!/usr/bin/env bash
# X-Ray slice benchmark, in one run against one local X-Ray server (release builds):
#   1. startup:   `cruddur-obs --version`                         vs `aws --version`
#   2. the seeds' setup: `cruddur-obs xray create-group` + `xray rules apply aws/json/xray.json`
#                   vs `aws xray create-group` + `aws xray create-sampling-rule --cli-input-json`
#      (the server is reset before every run, so both do the full creation each time)
#   3. re-applying an unchanged file: `cruddur-obs xray rules apply` (0 writes) vs nothing comparable
# Needs hyperfine (Debian package) and the venv from scripts/setup. Writes bench/results-xray.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --locked --release -p cruddur-obs -p cruddur-xray-server >&2

out=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$out"' EXIT
./target/release/cruddur-xray-server --port 0 > "$out/server.log" &
server_pid=$!
until grep -q 'listening on' "$out/server.log" 2>/dev/null; do sleep 0.05; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$out/server.log" | head -1)

export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_EC2_METADATA_DISABLED=true AWS_ENDPOINT_URL="$url" AWS_PAGER="" HOME="$out"
export AWS_CONFIG_FILE="$out/none" AWS_SHARED_CREDENTIALS_FILE="$out/none"
ours=./target/release/cruddur-obs
aws=.venv/bin/aws
rules=tests/fixtures/workspaces/omenking__aws-bootcamp-cruddur-2023/aws/json/xray.json
reset="curl -s -X POST $url/__admin/reset"

hyperfine -N --warmup 3 --runs 30 --export-json "$out/startup.json" \
  -n "cruddur-obs --version" "$ours --version" \
  -n "aws --version" "$aws --version" >&2
hyperfine --warmup 2 --runs 15 --prepare "$reset" --export-json "$out/setup.json" \
  -n "cruddur-obs create-group + rules apply" \
  "$ours -q xray create-group Cruddur --filter-expression 'service(\"backend-flask\")' -o json >/dev/null && $ours -q xray rules apply $rules -o json >/dev/null" \
  -n "aws create-group + create-sampling-rule" \
  "$aws xray create-group --group-name Cruddur --filter-expression 'service(\"backend-flask\")' >/dev/null && $aws xray create-sampling-rule --cli-input-json file://$rules >/dev/null" >&2
$reset >/dev/null; $ours -q xray rules apply "$rules" -o json >/dev/null
hyperfine -N --warmup 3 --runs 30 --export-json "$out/reapply.json" \
  -n "cruddur-obs rules apply (unchanged)" "$ours -q xray rules apply $rules -o json" >&2

python3 - "$out" <<'PY' | tee bench/results-xray.md
import json, sys, statistics, datetime
out = sys.argv[1]
def medians(name):
    data = json.load(open(f"{out}/{name}.json"))["results"]
    return [(r["command"], statistics.median(r["times"]) * 1000) for r in data]
print(f"# X-Ray benchmark ({datetime.date.today()}, {open('/proc/cpuinfo').read().count('processor')} cores)\n")
print("| comparison | cruddur-obs median | aws CLI median | speed-up |\n|---|---|---|---|")
for name in ["startup", "setup"]:
    (a, ours), (b, theirs) = medians(name)
    print(f"| {a} vs {b} | {ours:.1f} ms | {theirs:.1f} ms | {theirs / ours:.0f}x |")
((a, ours),) = medians("reapply")
print(f"| {a} | {ours:.1f} ms | - | - |")
PY
