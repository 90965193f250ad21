#!/usr/bin/env bash
# Issue 22's two measured attacks, on release builds:
#   - a 10 MB docker-compose file (about 120,000 services): `doctor` and `init --dry-run` read it in one
#     pass (the line lookups used to be quadratic: 1 MB took 5.8 s, 4 MB over a minute). The peer is
#     PyYAML's C loader (the aws CLI's, in .venv) only parsing the same file.
#   - a server whose answer never ends (chunked, and with a 2 GB Content-Length): `honeycomb datasets
#     list` stops at the 16 MiB limit. Wall time, peak memory (/usr/bin/time -v) and the bytes the server
#     got to send; the peer is curl reading the same answer with --max-filesize 16M (which only helps
#     when the length is announced).
# Writes bench/results-hostile.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --locked --release -p cruddur-obs >&2

bin=./target/release/cruddur-obs
out=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$out"' EXIT

# The compose file: one Flask backend, then services with an environment each, to 10 MB.
python3 - "$out/ws" <<'PY'
import os, sys
root = sys.argv[1]
os.makedirs(f"{root}/backend-flask")
open(f"{root}/backend-flask/requirements.txt", "w").write("flask\n")
parts = ["services:\n  backend-flask:\n    build: ./backend-flask\n"]
size, index = len(parts[0]), 0
while size < 10_000_000:
    part = f"  svc{index}:\n    image: nginx\n    environment:\n      A_{index}: \"x\"\n      B_{index}: \"y\"\n"
    parts.append(part)
    size += len(part)
    index += 1
open(f"{root}/docker-compose.yml", "w").write("".join(parts))
print(index + 1, "services", file=sys.stderr)
PY
compose_bytes=$(stat -c %s "$out/ws/docker-compose.yml")
services=$(grep -c '^  [a-z]' "$out/ws/docker-compose.yml")

# A local endless server: /1/datasets is chunked without end; /1/markers/x announces 2 GB.
python3 - "$out/server.port" "$out/sent" <<'PY' &
import http.server, socketserver, sys
port_file, sent_file = sys.argv[1], sys.argv[2]
chunk = b"[" + b'{"name":"x","slug":"x"},' * 2700  # ~64 KiB
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args): pass
    def do_GET(self):
        sent = 0
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        declared = self.path.startswith("/1/markers/")
        if declared:
            self.send_header("Content-Length", str(2 << 30))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            while sent < (2 << 30):
                if declared:
                    self.wfile.write(chunk)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        with open(sent_file, "a") as f:
            f.write(f"{sent}\n")
        self.close_connection = True
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
server = Server(("127.0.0.1", 0), Handler)
open(port_file, "w").write(str(server.server_address[1]))
server.serve_forever()
PY
server_pid=$!
until [ -s "$out/server.port" ]; do sleep 0.05; done
url="http://127.0.0.1:$(cat "$out/server.port")"

export CRUDDUR_OBS_CONFIG_DIR=$out/config HONEYCOMB_API_KEY="hcaik_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" NO_COLOR=1
hyperfine --warmup 1 --runs 5 --export-json "$out/compose.json" -i \
  -n "doctor, 10 MB compose" "$bin doctor --dir $out/ws --skip honeycomb --skip xray -o json" \
  -n "init --dry-run, 10 MB compose" "$bin init --dir $out/ws --yes --dry-run --target compose" \
  -n "PyYAML CSafeLoader, parse only (peer)" ".venv/bin/python -c 'import yaml,sys; yaml.load(open(sys.argv[1]), Loader=yaml.CSafeLoader)' $out/ws/docker-compose.yml" >&2
/usr/bin/time -v -o "$out/rss.compose" "$bin" doctor --dir "$out/ws" --skip honeycomb --skip xray -o json > /dev/null 2>&1 || true

measure() { # name, command...
  local name=$1; shift
  : > "$out/sent"
  local start=$(date +%s.%N)
  /usr/bin/time -v -o "$out/rss.$name" "$@" > /dev/null 2> "$out/err.$name" || true
  local end=$(date +%s.%N)
  sleep 0.2 # the server notes what it sent once the connection is gone
  python3 - "$name" "$start" "$end" "$out/rss.$name" "$out/sent" "$out/err.$name" >> "$out/limit.rows" <<'PY'
import re, sys
name, start, end, rss, sent, err = sys.argv[1:]
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(rss).read()).group(1)) / 1024
sent = sum(int(line) for line in open(sent) if line.strip()) / (1 << 20)
said = open(err).read().strip().splitlines()
said = said[0][:90] if said else ""
print(f"| {name} | {(float(end) - float(start)) * 1000:.0f} ms | {peak:.1f} MB | {sent:.0f} MiB | {said} |")
PY
}
: > "$out/limit.rows"
measure "cruddur-obs honeycomb datasets list (chunked, endless)" env HONEYCOMB_API_ENDPOINT="$url" "$bin" honeycomb datasets list
measure "cruddur-obs honeycomb markers list (2 GB announced)" env HONEYCOMB_API_ENDPOINT="$url" "$bin" honeycomb markers list -d x
measure "curl --max-filesize 16M (chunked, peer)" curl -sS --max-filesize 16777216 -o /dev/null "$url/1/datasets"
measure "curl --max-filesize 16M (2 GB announced, peer)" curl -sS --max-filesize 16777216 -o /dev/null "$url/1/markers/x"

python3 - "$out" "$compose_bytes" "$services" <<'PY' | tee bench/results-hostile.md
import datetime, json, os, re, statistics, sys
out, size, services = sys.argv[1], int(sys.argv[2]), sys.argv[3]
results = json.load(open(f"{out}/compose.json"))["results"]
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{out}/rss.compose").read()).group(1)) / 1024
print(f"# Hostile inputs benchmark ({datetime.date.today()}, {os.cpu_count()} cores)\n")
print("Load averages at the end (1, 5, 15 min): " + " / ".join(f"{load:.1f}" for load in os.getloadavg()) + " (the machine may be shared: times rise with it, ratios within one run hold).\n")
print(f"A {size / 1e6:.1f} MB docker-compose.yml ({services} services, two variables each); median of 5 runs (hyperfine):\n")
print("| run | median | min | max |\n|---|---|---|---|")
for result in results:
    times = [t * 1000 for t in result["times"]]
    print(f"| {result['command']} | {statistics.median(times):.0f} ms | {min(times):.0f} ms | {max(times):.0f} ms |")
print(f"\ndoctor's peak memory on it: {peak:.0f} MB. Before issue 22 the same reading was quadratic (1 MB: 5.8 s, 4 MB: over a minute).\n")
print("An answer without end (a local server streaming JSON until the client hangs up, or announcing 2 GB):\n")
print("| client | wall time | peak RSS | MiB the server got to send | first line on stderr |\n|---|---|---|---|---|")
print(open(f"{out}/limit.rows").read().rstrip())
print("\nThe limit is 16 MiB for API answers, 128 MiB for query results (src/http.rs); what the server got to send above it sat in socket buffers when the client hung up.")
PY
