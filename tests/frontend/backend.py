"""Serves a workspace's backend-flask/app.py, as `init --with frontend` left it, instrumented the way the
seeds instrument backend-flask (FlaskInstrumentor, OTLP/HTTP exporter configured by OTEL_* variables).

Usage: backend.py BACKEND_DIR. Prints the port, serves until stdin closes, then flushes its spans.
FRONTEND_URL (the page's origin) is read by app.py's flask-cors setup, as in docker-compose.yml.
"""

import logging
import sys
import threading

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.flask import FlaskInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from werkzeug.serving import make_server

provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter()))
trace.set_tracer_provider(provider)

sys.path.insert(0, sys.argv[1])
import app as backend  # noqa: E402  (the workspace's own module, after the SDK is set up)

FlaskInstrumentor().instrument_app(backend.app)
logging.getLogger("werkzeug").setLevel(logging.CRITICAL)
server = make_server("127.0.0.1", 0, backend.app)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_port, flush=True)
sys.stdin.read()
server.shutdown()
provider.shutdown()
