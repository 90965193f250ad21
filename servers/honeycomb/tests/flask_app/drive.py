"""Drives the instrumented Flask app as several users and reports what was sent.

Usage: drive.py USER=COUNT [USER=COUNT ...]

Serves app.py on a free local port, sends COUNT requests per user through `requests` (itself
instrumented), flushes the exporter, and prints one JSON object on stdout: the spans the SDK
exported, recorded by an extra in-memory processor so the test can compare the server's
answers with what really went over the wire.
"""

import json
import sys
import threading

import requests
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from werkzeug.serving import make_server

import app as flask_app

recorder = InMemorySpanExporter()
flask_app.provider.add_span_processor(SimpleSpanProcessor(recorder))

server = make_server("127.0.0.1", 0, flask_app.app)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}"

plan = [(arg.split("=")[0], int(arg.split("=")[1])) for arg in sys.argv[1:]]
for user, count in plan:
    for _ in range(count):
        r = requests.get(f"{base}/api/activities/home", params={"user": user}, timeout=10)
        r.raise_for_status()
requests.get(f"{base}/api/health", timeout=10).raise_for_status()
server.shutdown()

if not flask_app.provider.force_flush(30_000):
    sys.exit("the span processors did not flush")
flask_app.provider.shutdown()

spans = recorder.get_finished_spans()
users = {}
for s in spans:
    user = s.attributes.get("app.user_id")
    if user is None:
        continue
    entry = users.setdefault(user, {"count": 0, "durations_ms": []})
    entry["count"] += 1
    entry["durations_ms"].append((s.end_time - s.start_time) / 1e6)
print(json.dumps({
    "service": spans[0].resource.attributes.get("service.name") if spans else None,
    "spans": len(spans),
    "root_spans": sum(1 for s in spans if s.parent is None),
    "users": users,
}))
