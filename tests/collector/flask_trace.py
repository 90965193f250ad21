"""Serves a workspace's Flask backend (a directory holding app.py, which sets OpenTelemetry up as the seeds
do: TracerProvider, BatchSpanProcessor over the OTLP/HTTP exporter, configured by the OTEL_* variables in
its environment), sends it one request per PATH, flushes, and reports the traces it made.

Usage: flask_trace.py APP_DIR PATH [PATH ...]. Prints {"traces": [{"path", "trace_id", "spans"}],
"flushed": true|false} on one line. Requests go through urllib, which is not instrumented, so each trace
starts at the app's SERVER span as a browser's or curl's request would.
"""

import json
import logging
import sys
import threading
import urllib.request

from opentelemetry import trace
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from werkzeug.serving import make_server

sys.path.insert(0, sys.argv[1])
import app as backend  # noqa: E402  (the workspace's own module)

provider = trace.get_tracer_provider()
recorder = InMemorySpanExporter()
provider.add_span_processor(SimpleSpanProcessor(recorder))

logging.getLogger("werkzeug").setLevel(logging.CRITICAL)
server = make_server("127.0.0.1", 0, backend.app)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}"

traces = []
for path in sys.argv[2:]:
    before = {span.context.trace_id for span in recorder.get_finished_spans()}
    with urllib.request.urlopen(f"{base}{path}", timeout=10) as answer:
        answer.read()
    new = [span for span in recorder.get_finished_spans() if span.context.trace_id not in before]
    trace_ids = {span.context.trace_id for span in new}
    for trace_id in trace_ids:
        spans = [span for span in new if span.context.trace_id == trace_id]
        traces.append({"path": path, "trace_id": format(trace_id, "032x"), "spans": len(spans)})
server.shutdown()

flushed = provider.force_flush(30_000)
provider.shutdown()
print(json.dumps({"traces": traces, "flushed": flushed}))
