#!/usr/bin/env bash
# `cruddur-obs honeycomb environments list` over 500 environments (cursor paging, 100 a page) against the
# local Honeycomb server: time (hyperfine median) and requests made per run. Writes bench/results-environments.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --locked --release -p cruddur-obs -p cruddur-honeycomb-server >&2
out=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$out"' EXIT
python3 -c '
import json, sys
envs = [{"name": f"env-{i:03d}", "keys": []} for i in range(500)]
json.dump({"team": {"name": "Cruddur", "slug": "cruddur"}, "management_key": {"name": "bench", "scopes": ["environments:write", "api-keys:write"]}, "environments": envs}, open(sys.argv[1], "w"))
' "$out/seed.json"
./target/release/cruddur-honeycomb-server --port 0 --seed "$out/seed.json" > "$out/server.log" &
server_pid=$!
until grep -q '^HONEYCOMB_KEY_SECRET=' "$out/server.log" 2>/dev/null; do sleep 0.05; done
banner() { sed -n "s/^$1=//p" "$out/server.log" | head -1; }
url=$(banner HONEYCOMB_API_ENDPOINT)
export HONEYCOMB_API_ENDPOINT=$url HONEYCOMB_KEY_ID=$(banner HONEYCOMB_KEY_ID) HONEYCOMB_KEY_SECRET=$(banner HONEYCOMB_KEY_SECRET) CRUDDUR_OBS_CONFIG_DIR=$out/config
count=$(./target/release/cruddur-obs honeycomb environments list -o json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
curl -s -X POST "$url/__admin/reset" >/dev/null
./target/release/cruddur-obs honeycomb environments list -o json >/dev/null
requests=$(curl -s "$url/__admin/stats" | python3 -c 'import json,sys; r=json.load(sys.stdin)["requests"]; print(", ".join(f"{v} x {k}" for k, v in sorted(r.items())))')
hyperfine -N --warmup 3 --runs 30 --export-json "$out/list.json" -n "environments list (500)" "./target/release/cruddur-obs honeycomb environments list -o json" >&2
median=$(python3 -c 'import json, statistics, sys; times = json.load(open(sys.argv[1]))["results"][0]["times"]; print("%.1f" % (statistics.median(times) * 1000))' "$out/list.json")
{
  echo "# environments list benchmark ($(date -u +%F))"
  echo
  echo "| environments listed | median | requests per run |"
  echo "|---|---|---|"
  echo "| $count | $median ms | $requests |"
} | tee bench/results-environments.md
