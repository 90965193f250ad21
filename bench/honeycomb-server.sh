#!/usr/bin/env bash
# Benchmark of the local Honeycomb-compatible server (servers/honeycomb):
#   - start-up time (launch → listening banner),
#   - OTLP/HTTP protobuf ingest rate (spans/s) for SPANS spans,
#   - the time of a P99(duration_ms)-by-app.user_id query over them (create → complete),
#   - the server's peak RSS (/usr/bin/time -v).
# Goals from issue 4: ≥ 100k spans/s, query ≤ 1 s over 1 M events.
# Usage: bench/honeycomb-server.sh [SPANS] [BATCH] [USERS]   (defaults 1000000 1000 100)
set -euo pipefail
cd "$(dirname "$0")/.."

SPANS=${1:-1000000}
BATCH=${2:-1000}
USERS=${3:-100}

cargo build --quiet --release -p cruddur-honeycomb-server --bin cruddur-honeycomb-server --example honeycomb_bench

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t0=$(date +%s%N)
/usr/bin/time -v -o "$work/time.txt" target/release/cruddur-honeycomb-server --query-results-per-minute 1000 >"$work/banner.txt" 2>"$work/server.err" &
time_pid=$!
for _ in $(seq 1 400); do
  grep -q '^HONEYCOMB_CONFIG_KEY=' "$work/banner.txt" 2>/dev/null && break
  sleep 0.01
done
t1=$(date +%s%N)
url=$(sed -n 's/^cruddur-honeycomb-server listening on //p' "$work/banner.txt")
ingest_key=$(sed -n 's/^HONEYCOMB_INGEST_KEY=//p' "$work/banner.txt")
config_key=$(sed -n 's/^HONEYCOMB_CONFIG_KEY=//p' "$work/banner.txt")
server_pid=$(pgrep -P "$time_pid")
[ -n "$url" ] || { echo "server did not start" >&2; cat "$work/server.err" >&2; exit 1; }

echo "startup_ms=$(( (t1 - t0) / 1000000 )) (launch to banner, polled every 10 ms)"
status=0
target/release/examples/honeycomb_bench "$url" "$ingest_key" "$config_key" "$SPANS" "$BATCH" "$USERS" 2 || status=$?

kill -TERM "$server_pid"
wait "$time_pid" || true
rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time.txt")
echo "server_peak_rss_mb=$(( rss_kb / 1024 ))"
exit "$status"
