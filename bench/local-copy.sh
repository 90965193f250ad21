#!/usr/bin/env bash
# Queries on the workspace's local copy of its traces (.cruddur-obs/traces, length-prefixed OTLP protobuf
# as the collector's file exporter writes it), end to end (the whole `cruddur-obs` process) on copies of
# 1 M and 5 M spans made by examples/local_copy.rs:
#   - P99 of duration_ms by app.user_id (`query latency-by-user --source local`): the first run (reads every
#     record, builds the columnar cache), then warm runs (the cache, only the columns the query reads);
#     peak memory (/usr/bin/time -v);
#   - after the exporter appends 10,000 spans: the run that extends the cache;
#   - `trace show` of a 2,000-span trace.
# Goals (issue 20): P99-by-user over 1 M spans ≤ 1 s, peak memory ≤ 300 MB; trace show in a 5 M copy ≤ 300 ms.
# Writes bench/results-local-copy.md.  Usage: bench/local-copy.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
cargo build --locked --release -p cruddur-obs --bin cruddur-obs --example local_copy >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bin=$PWD/target/release/cruddur-obs
export CRUDDUR_OBS_CONFIG_DIR=$out/config NO_COLOR=1
unset HONEYCOMB_API_KEY

ms() { python3 -c 'import sys; print(round((int(sys.argv[2]) - int(sys.argv[1])) / 1e6))' "$1" "$2"; }
timed() { # DIR ARGS...: wall ms and peak RSS MB of one run
  local dir=$1; shift
  local started ended
  started=$(date +%s%N)
  (cd "$dir" && /usr/bin/time -v -o "$out/time.txt" "$bin" "$@" > "$out/stdout" 2> "$out/stderr")
  ended=$(date +%s%N)
  local kb
  kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$out/time.txt")
  echo "$(ms "$started" "$ended") $(( kb / 1024 ))"
}
median() { python3 -c 'import statistics, sys; print(round(statistics.median(float(x) for x in sys.argv[1:])))' "$@"; }

rows=()
for spans in 1000000 5000000; do
  ws="$out/ws-$spans"
  mkdir -p "$ws"
  trace=$(./target/release/examples/local_copy "$ws" "$spans")
  bytes=$(du -sb "$ws/.cruddur-obs/traces" | cut -f1)
  read -r cold cold_mb < <(timed "$ws" query latency-by-user --source local -d backend-flask -o json)
  warm=(); warm_mb=0
  for _ in $(seq "$RUNS"); do
    read -r t m < <(timed "$ws" query latency-by-user --source local -d backend-flask -o json)
    warm+=("$t"); warm_mb=$(( m > warm_mb ? m : warm_mb ))
  done
  python3 -c 'import json,sys; rows=json.load(open(sys.argv[1])); assert len(rows) == 20 and rows[0]["count"] > 0, rows[:2]' "$out/stdout"
  # The exporter appends 10,000 spans: the next run reads only them.
  ./target/release/examples/local_copy "$out/extra" 10000 > /dev/null
  cat "$out/extra/.cruddur-obs/traces/"*.pb >> "$(ls "$ws/.cruddur-obs/traces/"*.pb | tail -1)"
  rm -rf "$out/extra"
  read -r extended extended_mb < <(timed "$ws" query latency-by-user --source local -d backend-flask -o json)
  shows=()
  for _ in $(seq "$RUNS"); do
    read -r t m < <(timed "$ws" trace show "$trace" -o json)
    shows+=("$t")
  done
  python3 -c 'import json,sys; w=json.load(open(sys.argv[1])); assert len(w["spans"]) == 2000, len(w["spans"])' "$out/stdout"
  cache=$(du -sb "$ws/.cruddur-obs/traces/.cache" | cut -f1)
  rows+=("| $((spans / 1000000)) M | $((bytes / 1000000)) MB | $cold ms, $cold_mb MB | $(median "${warm[@]}") ms, $warm_mb MB | $(python3 -c "print(round($(median "${warm[@]}") / ($spans / 1e6)))") ms | $extended ms, $extended_mb MB | $(median "${shows[@]}") ms | $((cache / 1000000)) MB |")
  rm -rf "$ws"
done
{
  echo "# The local copy: queries end to end"
  echo
  echo "\`bench/local-copy.sh $RUNS\` on $(date -u +%F), $(nproc) cores, release build. Copies made by examples/local_copy.rs: backend-flask"
  echo "traces of 4 spans (10,000 users), records of 1,000 spans, files rotated at 64 MB, plus one 2,000-span trace."
  echo "Time = the whole \`cruddur-obs\` process, launch to exit (\`query latency-by-user --source local -o json\`: P50/P90/P99/COUNT"
  echo "by app.user_id, 20 rows); warm = median of $RUNS runs; memory = peak RSS."
  echo
  echo "| copy | on disk | first run (reads the records, builds the cache) | warm (the cache, 3 columns) | warm per million spans | after 10,000 more spans (extends the cache) | trace show, 2,000 spans (median) | cache |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > bench/results-local-copy.md
cat bench/results-local-copy.md
