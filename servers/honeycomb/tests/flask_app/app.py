"""A small Flask app instrumented exactly as the bootcamp seeds instrument backend-flask.

Configuration comes from the environment, as in the seeds' docker-compose.yml:
OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS
("x-honeycomb-team=<ingest key>").
"""

from datetime import datetime, timezone

from flask import Flask, jsonify, request

# Honeycomb ---------
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.flask import FlaskInstrumentor
from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

# Initialize tracing and an exporter that can send data to Honeycomb
provider = TracerProvider()
processor = BatchSpanProcessor(OTLPSpanExporter())
provider.add_span_processor(processor)
trace.set_tracer_provider(provider)
tracer = trace.get_tracer(__name__)

app = Flask(__name__)

# Honeycomb: initialize automatic instrumentation with Flask
FlaskInstrumentor().instrument_app(app)
RequestsInstrumentor().instrument()


@app.route("/api/activities/home", methods=["GET"])
def data_home():
    user = request.args.get("user", "anonymous")
    with tracer.start_as_current_span("home-activities-mock-data") as span:
        now = datetime.now(timezone.utc)
        span.set_attribute("app.now", now.isoformat())
        span.set_attribute("app.user_id", user)
        results = [
            {"uuid": "68f126b0-1ceb-4a33-88be-d90fa7109eee", "handle": "Andrew Brown", "message": "Cloud is fun!"},
            {"uuid": "66e12864-8c26-4c3a-9658-95a10f8fea67", "handle": "Worf", "message": "I am out of prune juice"},
        ]
        span.set_attribute("app.result_length", len(results))
    return jsonify(results)


@app.route("/api/health", methods=["GET"])
def health():
    return jsonify({"ok": True})
