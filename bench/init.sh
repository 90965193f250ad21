#!/usr/bin/env bash
# `cruddur-obs init` on a generated compose file with 200 services, 50 of them Flask backends:
# wall time (hyperfine, median of 10, the workspace reset before each run), the re-run (nothing to
# change), and the Honeycomb requests one run makes (counted by the local server). Writes bench/results-init.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --locked --release -p cruddur-obs -p cruddur-honeycomb-server >&2

out=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$out"' EXIT
./target/release/cruddur-honeycomb-server --port 0 > "$out/server.log" &
server_pid=$!
until grep -q 'listening on' "$out/server.log" 2>/dev/null; do sleep 0.05; done
banner() { sed -n "s/^$1=//p" "$out/server.log" | head -1; }
url=$(banner HONEYCOMB_API_ENDPOINT)

python3 - "$out/template" <<'PY'
import os, sys
root = sys.argv[1]
os.makedirs(root)
lines = ['version: "3.8"', "services:"]
for i in range(200):
    name = f"svc-{i:03d}"
    lines.append(f"  {name}:")
    if i % 4 == 0:  # 50 Flask backends
        os.makedirs(f"{root}/{name}")
        open(f"{root}/{name}/requirements.txt", "w").write("flask\nrequests\n")
        lines.append(f"    build: ./{name}")
        lines.append("    environment:")
        lines.append(f'      FRONTEND_URL: "https://3000-${{GITPOD_WORKSPACE_ID}}.example"  # comment {i}')
    else:
        lines.append(f"    image: nginx:{i}")
    lines.append(f'    ports:\n      - "{4000 + i}:{4000 + i}"')
open(f"{root}/docker-compose.yml", "w").write("\n".join(lines) + "\n")
PY

export HONEYCOMB_API_ENDPOINT=$url HONEYCOMB_API_KEY=$(banner HONEYCOMB_INGEST_KEY) CRUDDUR_OBS_CONFIG_DIR=$out/config
reset="rm -rf $out/ws && cp -r $out/template $out/ws"
hyperfine --warmup 1 --runs 10 --prepare "$reset" --export-json "$out/init.json" \
  -n "init (200 services, 50 instrumented)" "./target/release/cruddur-obs init --yes --dir $out/ws -o json" >&2
eval "$reset"
./target/release/cruddur-obs init --yes --dir "$out/ws" -o json > /dev/null
hyperfine --warmup 1 --runs 10 --export-json "$out/rerun.json" -n "init again (nothing to change)" "./target/release/cruddur-obs init --yes --dir $out/ws -o json" >&2
curl -s -X POST "$url/__admin/reset" >/dev/null
eval "$reset"
./target/release/cruddur-obs init --yes --dir "$out/ws" -o json > /dev/null
requests=$(curl -s "$url/__admin/stats" | python3 -c 'import json,sys; print(sum(json.load(sys.stdin)["requests"].values()))')
python3 - "$out" "$requests" <<'PY' | tee bench/results-init.md
import json, statistics, sys, datetime
out, requests = sys.argv[1], sys.argv[2]
median = lambda name: statistics.median(json.load(open(f"{out}/{name}.json"))["results"][0]["times"]) * 1000
print(f"# init benchmark ({datetime.date.today()})\n")
print("| run | median |\n|---|---|")
print(f"| init, 200 services (50 instrumented: compose, .env, 50 requirements.txt) | {median('init'):.1f} ms |")
print(f"| init again (nothing to change) | {median('rerun'):.1f} ms |")
print(f"\nHoneycomb requests per run: {requests}")
PY
