#!/usr/bin/env bash
# The real OpenTelemetry Collector (our distribution, .tools/otelcol-cruddur) between a load of OTLP spans
# and both local servers, with the configuration `cruddur-obs init --with xray` and `frontend init` write
# for a real workspace (otlp_http to Honeycomb, otlp_http + sigv4auth to X-Ray, every signature verified by
# the X-Ray server, and the file exporter's local copy):
#   - spans/s end to end: from the first span sent to the collector until both the Honeycomb server and
#     the X-Ray server have stored every span; the local copy's size on disk;
#   - the peer in the same run: the same load sent straight to the Honeycomb server (no collector);
#   - the collector's peak RSS (VmHWM) and its start-up time (launch to healthy).
# Usage: bench/collector.sh [SPANS] [BATCH] [SENDERS]   (defaults 200000 500 2). Prints the figures and
# writes them to bench/results-collector.md (bench/run puts that into bench/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
SPANS=${1:-200000}
BATCH=${2:-500}
SENDERS=${3:-2}

./scripts/setup
cargo build --locked --quiet --release -p cruddur-obs -p cruddur-honeycomb-server -p cruddur-xray-server --bins >&2
cargo build --locked --quiet --release -p cruddur-xray-server --example otlp_load >&2
collector=.tools/otelcol-cruddur/otelcol-cruddur
load=target/release/examples/otlp_load

work=$(mktemp -d)
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done; echo "timed out waiting for $2 in $1" >&2; exit 1; }

# The two servers (release builds).
target/release/cruddur-honeycomb-server --port 0 > "$work/honeycomb.txt" 2> "$work/honeycomb.err" &
pids+=($!)
wait_for "$work/honeycomb.txt" '^HONEYCOMB_CONFIG_KEY='
honeycomb=$(sed -n 's/^cruddur-honeycomb-server listening on //p' "$work/honeycomb.txt")
ingest_key=$(sed -n 's/^HONEYCOMB_INGEST_KEY=//p' "$work/honeycomb.txt")
target/release/cruddur-xray-server --port 0 --transaction-search --access-key-id bench --secret-access-key bench-secret \
  > "$work/xray.txt" 2> "$work/xray.err" &
pids+=($!)
wait_for "$work/xray.txt" 'listening on'
xray=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/xray.txt")

honeycomb_spans() { curl -s "$honeycomb/__admin/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["created"]["spans"])'; }
xray_spans() { curl -s "$xray/__admin/spans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["spans"])'; }
now_ns() { date +%s%N; }
# Waits until the server reports at least $2 spans; prints nothing.
wait_spans() { while [ "$($1)" -lt "$2" ]; do sleep 0.02; done; }

# The configuration init writes, for a real workspace, pointed at the local Honeycomb server.
ws="$work/ws"
cp -r tests/fixtures/workspaces/waleedayoub__aws-bootcamp-cruddur-2023 "$ws"
cp -r tests/fixtures/frontend/frontend-react-js "$ws/"
cp tests/fixtures/frontend/backend-flask/app.py "$ws/backend-flask/app.py"
(cd "$ws" && HOME="$work" CRUDDUR_OBS_CONFIG_DIR="$work/cfg" HONEYCOMB_API_ENDPOINT="$honeycomb" \
  "$OLDPWD/target/release/cruddur-obs" -q frontend init --target compose,frontend --yes >/dev/null 2>&1 && \
  HOME="$work" CRUDDUR_OBS_CONFIG_DIR="$work/cfg" HONEYCOMB_API_ENDPOINT="$honeycomb" \
  "$OLDPWD/target/release/cruddur-obs" -q init --with xray --target compose --yes >/dev/null 2>&1)

# The peer: the same load straight into the Honeycomb server.
t0=$(now_ns)
$load "$honeycomb/v1/traces" "$SPANS" "$BATCH" "$SENDERS" "x-honeycomb-team=$ingest_key" > /dev/null
wait_spans honeycomb_spans "$SPANS"
direct_ns=$(( $(now_ns) - t0 ))

# The collector, as the tests run it: receiver and health check on free ports, its own metrics off.
otlp_port=$(free_port); health_port=$(free_port)
t0=$(now_ns)
env -i PATH="$PATH" HOME="$work" HONEYCOMB_API_KEY="$ingest_key" FRONTEND_ORIGIN=http://localhost:3000 \
  AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true \
  "$collector" --config="$ws/otel-collector-config.yaml" \
  --set=exporters::otlp_http/xray::traces_endpoint=$xray/v1/traces \
  --set=exporters::file/local::path=$ws/.cruddur-obs/traces/spans.pb \
  --set=receivers::otlp::protocols::http::endpoint=127.0.0.1:$otlp_port \
  --set=extensions::health_check::endpoint=127.0.0.1:$health_port \
  --set='service::extensions=[sigv4auth/xray,health_check]' \
  --set=service::telemetry::metrics::level=none > "$work/collector.log" 2>&1 &
collector_pid=$!
pids+=($collector_pid)
until curl -sf "http://127.0.0.1:$health_port/" > /dev/null; do
  kill -0 "$collector_pid" 2>/dev/null || { cat "$work/collector.log" >&2; exit 1; }
  sleep 0.02
done
startup_ns=$(( $(now_ns) - t0 ))
rss_idle_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$collector_pid/status")

before_honeycomb=$(honeycomb_spans)
t0=$(now_ns)
$load "http://127.0.0.1:$otlp_port/v1/traces" "$SPANS" "$BATCH" "$SENDERS" > "$work/load.txt"
accepted_ns=$(( $(now_ns) - t0 ))
wait_spans honeycomb_spans $(( before_honeycomb + SPANS ))
honeycomb_done_ns=$(( $(now_ns) - t0 ))
wait_spans xray_spans "$SPANS"
both_done_ns=$(( $(now_ns) - t0 ))
peak_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$collector_pid/status")
errors=$(grep -c '"error"\|\terror\t' "$work/collector.log" || true)
# Stopped, the collector flushes the local copy's last batch.
kill -TERM "$collector_pid"; wait "$collector_pid" 2>/dev/null || true
copy_bytes=$(du -sb "$ws/.cruddur-obs/traces" | cut -f1)

rate() { python3 -c "print(f'{$1 / ($2 / 1e9):,.0f}')"; }
secs() { python3 -c "print(f'{$1 / 1e9:.2f}')"; }
{
echo "# Collector benchmark ($(date -u +%F), $(nproc) cores)"
echo
echo "\`bench/collector.sh $SPANS $BATCH $SENDERS\`: $SPANS spans (traces of 4) as OTLP/HTTP protobuf, $BATCH a request, $SENDERS"
echo "senders, through \`$("$collector" --version)\` with the configuration \`frontend init\` and \`init --with xray\`"
echo "write (Honeycomb, X-Ray, the local copy), into the local Honeycomb and X-Ray servers (release builds), all on this machine."
echo
echo "| path | seconds | spans/s |"
echo "|---|---|---|"
echo "| the peer: straight into the Honeycomb server, no collector | $(secs $direct_ns) | $(rate "$SPANS" $direct_ns) |"
echo "| collector receiver answered every request | $(secs $accepted_ns) | $(rate "$SPANS" $accepted_ns) |"
echo "| through the collector, all in Honeycomb | $(secs $honeycomb_done_ns) | $(rate "$SPANS" $honeycomb_done_ns) |"
echo "| through the collector, all in Honeycomb and X-Ray (SigV4 verified) | $(secs $both_done_ns) | $(rate "$SPANS" $both_done_ns) |"
echo
echo "Collector: start-up $(python3 -c "print(f'{$startup_ns / 1e6:.0f}')") ms (launch to healthy), RSS idle $(( rss_idle_kb / 1024 )) MB,"
echo "peak $(( peak_kb / 1024 )) MB (VmHWM); errors logged: $errors. The local copy: $(( copy_bytes / 1000000 )) MB for $SPANS spans"
echo "($(( copy_bytes / SPANS )) bytes a span, length-prefixed protobuf)."
} | tee bench/results-collector.md
