#!/usr/bin/env bash
# The release binary (issue 23): the size of target/dist/cruddur-obs (the dist profile the release workflow
# builds: stripped, opt-level "s", fat LTO, panic=abort) against the 16 MB it was, and its startup against
# the peer's (`aws --version`) and the release profile's, in one run. Writes bench/results-dist.md.
#   bench/dist.sh       (needs hyperfine and the venv from scripts/setup)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup venv
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --locked --profile dist --bin cruddur-obs >&2

# Measured at commit 78f2619 (thin LTO at opt-level 3), the size issue 23 started from.
baseline_bytes=16371544
dist=./target/dist/cruddur-obs
bytes=$(wc -c < "$dist")
rules=tests/fixtures/workspaces/omenking__aws-bootcamp-cruddur-2023/aws/json/xray.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine -N --warmup 5 --runs 50 --export-json "$out/startup.json" \
  -n "cruddur-obs --version" "$dist --version" \
  -n "cruddur-obs xray rules validate" "$dist xray rules validate $rules -o json" \
  -n "aws --version" ".venv/bin/aws --version" >&2

python3 - "$out" "$bytes" "$baseline_bytes" <<'PY' | tee bench/results-dist.md
import datetime, json, statistics, sys
out, size, baseline = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
results = json.load(open(f"{out}/startup.json"))["results"]
mb = lambda n: f"{n / 1e6:.1f} MB"
print(f"# The dist binary ({datetime.date.today()}, {open('/proc/cpuinfo').read().count('processor')} cores)\n")
print("`target/dist/cruddur-obs`, what the release workflow ships (`bench/dist.sh`):\n")
print("| build | bytes | size |\n|---|---|---|")
print(f"| before issue 23 (78f2619: thin LTO, opt-level 3) | {baseline} | {mb(baseline)} |")
print(f"| now (fat LTO, opt-level \"s\") | {size} | {mb(size)} ({(size - baseline) / baseline:+.0%}) |")
print(f"\nGoal: ≤ 12 MB: {'met' if size <= 12_000_000 else 'NOT met'}.\n")
print("| startup | median | min | max |\n|---|---|---|---|")
for r in results:
    t = [x * 1000 for x in r["times"]]
    print(f"| {r['command']} | {statistics.median(t):.2f} ms | {min(t):.2f} ms | {max(t):.2f} ms |")
PY
