"""Sends one backend-shaped trace with the real OpenTelemetry Python SDK, as the seeds' app.py sets it up
(TracerProvider, BatchSpanProcessor over the OTLP/HTTP exporter), to an OTLP/HTTP endpoint.

Usage: send_trace.py ENDPOINT SERVICE_NAME. Prints {"trace_id": "<32 hex>", "exported": true|false}: the
exporter's own verdict, so a refused export fails the test that runs this, not a later query.
"""

import json
import sys

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExportResult
from opentelemetry.trace import SpanKind, Status, StatusCode

endpoint, service = sys.argv[1], sys.argv[2]
results = []


class Recording(OTLPSpanExporter):
    """The OTLP exporter, remembering whether each export succeeded."""

    def export(self, spans):
        result = super().export(spans)
        results.append(result)
        return result


provider = TracerProvider(resource=Resource.create({"service.name": service}))
provider.add_span_processor(SimpleSpanProcessor(Recording(endpoint=f"{endpoint.rstrip('/')}/v1/traces")))
tracer = provider.get_tracer("cruddur-obs.collector-test")

with tracer.start_as_current_span(
    "GET /api/activities/home",
    kind=SpanKind.SERVER,
    attributes={"http.method": "GET", "http.route": "/api/activities/home", "http.status_code": 200},
) as root:
    with tracer.start_as_current_span("home-activities-mock-data") as child:
        child.set_attribute("app.now", "2026-12-06T00:00:00")
        child.set_attribute("app.result_length", 5)
    with tracer.start_as_current_span("GET", kind=SpanKind.CLIENT, attributes={"http.status_code": 503}) as call:
        call.set_status(Status(StatusCode.ERROR, "upstream unavailable"))
    trace_id = format(root.get_span_context().trace_id, "032x")

provider.shutdown()
print(json.dumps({"trace_id": trace_id, "exported": bool(results) and all(r == SpanExportResult.SUCCESS for r in results)}))
