"""Loads the Flask bootstrap `cruddur-obs init --instrument FILE` writes, in the environment init wrote for
the backend (with --xray-sampling-endpoint: OTEL_TRACES_SAMPLER=xray and OTEL_TRACES_SAMPLER_ARG), and
reports the sampler it built and, for X-Ray's remote sampler, the decisions it makes once the rules X-Ray
holds have arrived through the sampling proxy.

Usage: bootstrap_sampler.py BOOTSTRAP_FILE. Prints one JSON line: {"sampler": DESCRIPTION, "never": n,
"always": n, "decisions": N, "seconds": s}: how many of N root server spans for GET /api/never and
GET /api/always were sampled (for the remote sampler, once the rules decide: until the first rules arrive it
falls back to one a second and 5% of the rest).
"""

import importlib.util
import json
import random
import sys
import time

from opentelemetry.sdk.trace.sampling import Decision
from opentelemetry.trace import SpanKind

spec = importlib.util.spec_from_file_location("tracing_bootstrap", sys.argv[1])
bootstrap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bootstrap)
sampler = bootstrap.provider.sampler
DECISIONS = 20


def sampled(path, count=DECISIONS):
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


started = time.monotonic()
remote = "AwsXRayRemoteSampler" in sampler.get_description()
# Until the rules arrive, the fallback samples one a second and 5% of the rest: wait until the rules decide.
while remote and (sampled("/api/never") > 0 or sampled("/api/always") < DECISIONS):
    if time.monotonic() - started > 60:
        print(json.dumps({"sampler": sampler.get_description(), "error": "the rules never arrived"}))
        sys.exit(1)
    time.sleep(0.2)
print(
    json.dumps(
        {
            "sampler": sampler.get_description(),
            "never": sampled("/api/never"),
            "always": sampled("/api/always"),
            "decisions": DECISIONS,
            "seconds": time.monotonic() - started,
        }
    )
)
