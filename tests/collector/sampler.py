"""Drives AWS's X-Ray remote sampler for OpenTelemetry Python (aws-opentelemetry-distro's
AwsXRayRemoteSampler) against an X-Ray sampling endpoint, and reports the decisions it makes.

Usage: sampler.py ENDPOINT. ENDPOINT is where the sampler sends GetSamplingRules / SamplingTargets
(in production the collector's awsproxy extension or the X-Ray daemon, 127.0.0.1:2000).
Protocol on stdout / stdin, one JSON line each:
  1. once the sampler has the rules: {"phase": "rules", "never": n, "always": n, "decisions": N,
     "reservoir": n, "reservoir_decisions": M, "reservoir_seconds": s}: how many of N root spans on
     /api/never and /api/always it sampled, and of M on /api/reservoir made over s seconds;
  2. after a line on stdin (the test has changed the `always` rule): polls until /api/always is no longer
     sampled, then {"phase": "updated", "always": n, "decisions": N, "seconds": s};
  3. then waits for stdin to close, so that its pollers keep running while the test looks at the server.
"""

import json
import random
import sys
import time

from amazon.opentelemetry.distro.sampler.aws_xray_remote_sampler import AwsXRayRemoteSampler
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace.sampling import Decision
from opentelemetry.trace import SpanKind

DECISIONS = 50
resource = Resource.create({"service.name": "backend-flask"})
# Rules every 10 s (the least it allows) instead of 5 minutes, so that a rule change shows within the test.
sampler = AwsXRayRemoteSampler(resource=resource, endpoint=sys.argv[1], polling_interval=10)
# The only way to know the rules have arrived (the cache counts as fresh from its creation, empty).
rule_cache = sampler._AwsXRayRemoteSampler__rule_cache


def sampled(path, count=DECISIONS):
    """How many of `count` root server spans for GET `path` the sampler records."""
    kept = 0
    for _ in range(count):
        result = sampler.should_sample(
            None,
            random.getrandbits(128),
            f"GET {path}",
            kind=SpanKind.SERVER,
            attributes={"http.method": "GET", "http.target": path, "http.host": "backend"},
        )
        kept += result.decision == Decision.RECORD_AND_SAMPLE
    return kept


def say(message):
    print(json.dumps(message), flush=True)


deadline = time.monotonic() + 60
while not rule_cache._RuleCache__rule_appliers:
    if time.monotonic() > deadline:
        say({"phase": "error", "message": "no sampling rules within 60 s"})
        sys.exit(1)
    time.sleep(0.05)

counts = {name: sampled(f"/api/{name}") for name in ("never", "always")}
# The reservoir fills at its rate (one a second while borrowing), so its decisions are spread over
# 2.5 seconds: some requests are sampled, most are not.
started = time.monotonic()
reservoir = reservoir_decisions = 0
while time.monotonic() - started < 2.5:
    reservoir += sampled("/api/reservoir", 1)
    reservoir_decisions += 1
    time.sleep(0.05)
say(
    {
        "phase": "rules",
        **counts,
        "decisions": DECISIONS,
        "reservoir": reservoir,
        "reservoir_decisions": reservoir_decisions,
        "reservoir_seconds": time.monotonic() - started,
    }
)

sys.stdin.readline()
started = time.monotonic()
while sampled("/api/always", 20) > 0:
    if time.monotonic() - started > 90:
        say({"phase": "error", "message": "the rule change never reached the sampler"})
        sys.exit(1)
    time.sleep(0.2)
say({"phase": "updated", "always": sampled("/api/always"), "decisions": DECISIONS, "seconds": time.monotonic() - started})

sys.stdin.read()
