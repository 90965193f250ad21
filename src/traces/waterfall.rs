//! One trace as a waterfall: a line per span, indented under its parent, with its service, name and
//! duration, and a bar on the time axis all the trace's spans share; errored spans are marked (`✗`, and
//! red where colour is allowed). Width-aware: the bars get what the terminal leaves after the labels.
//!
//! Spans come straight from the OTLP records (no event mapping is needed to draw them): from the local
//! copy, or from X-Ray's `BatchGetTraces` (each segment and subsegment a span).

use serde::Serialize;

use cruddur_otlp::proto::ExportTraceServiceRequest;

/// One span of a trace.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraceSpan {
    pub span_id: String,
    /// `None` for a root (or a span whose parent is not in the trace).
    pub parent_id: Option<String>,
    pub service: String,
    pub name: String,
    pub start_ns: i64,
    pub end_ns: i64,
    pub error: bool,
}

/// A trace's spans in waterfall order (depth first, children by start time), with their depths.
#[derive(Debug, Clone, Serialize)]
pub struct Waterfall {
    pub trace_id: String,
    pub start_ns: i64,
    pub end_ns: i64,
    pub spans: Vec<Row>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub depth: usize,
    #[serde(flatten)]
    pub span: TraceSpan,
    /// Milliseconds from the trace's first start.
    pub offset_ms: f64,
    pub duration_ms: f64,
}

/// The spans of `trace_id` (as Honeycomb shows trace IDs: lower-case hex) in one OTLP export.
pub fn spans_of(request: &ExportTraceServiceRequest, trace_id: &str, into: &mut Vec<TraceSpan>) {
    for resource in &request.resource_spans {
        let mut service = None;
        for scope in &resource.scope_spans {
            for span in &scope.spans {
                if cruddur_engine::spans::trace_id(&span.trace_id) != trace_id {
                    continue;
                }
                let service = service.get_or_insert_with(|| {
                    let attributes = resource.resource.as_ref().map(|r| r.attributes.as_slice()).unwrap_or_default();
                    cruddur_engine::spans::dataset_name(attributes)
                });
                into.push(TraceSpan {
                    span_id: cruddur_engine::spans::span_id(&span.span_id),
                    parent_id: (!span.parent_span_id.is_empty()).then(|| cruddur_engine::spans::span_id(&span.parent_span_id)),
                    service: service.clone(),
                    name: span.name.clone(),
                    start_ns: span.start_time_unix_nano as i64,
                    end_ns: (span.end_time_unix_nano.max(span.start_time_unix_nano)) as i64,
                    error: span.status.as_ref().is_some_and(|status| status.code == 2),
                });
            }
        }
    }
}

/// A trace ID as X-Ray writes it (`1-` the first 8 hex digits, the time, `-` the other 24), from the
/// 32 hex digits OpenTelemetry and Honeycomb show; `None` for any other shape.
pub fn xray_trace_id(trace_id: &str) -> Option<String> {
    (trace_id.len() == 32 && trace_id.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| format!("1-{}-{}", &trace_id[..8], &trace_id[8..]).to_ascii_lowercase())
}

/// The spans of X-Ray segment documents (`BatchGetTraces`): each segment a span of the service it
/// names, each subsegment (nested to any depth) a span under its enclosing one, in that service.
/// Times are X-Ray's epoch seconds; `error` or `fault` marks an error. Documents that are not JSON
/// objects are skipped (X-Ray only returns valid ones).
pub fn spans_of_segments(documents: &[String]) -> Vec<TraceSpan> {
    fn walk(document: &serde_json::Value, parent: Option<&str>, service: &str, into: &mut Vec<TraceSpan>) {
        let Some(id) = document["id"].as_str() else { return };
        let seconds = |key: &str| document[key].as_f64().map(|value| (value * 1e9).round() as i64);
        let start_ns = seconds("start_time").unwrap_or(0);
        let parent_id = document["parent_id"].as_str().or(parent).map(str::to_owned);
        into.push(TraceSpan {
            span_id: id.to_owned(),
            parent_id,
            service: service.to_owned(),
            name: document["name"].as_str().unwrap_or_default().to_owned(),
            start_ns,
            // An in-progress segment has no end yet: drawn as an instant.
            end_ns: seconds("end_time").unwrap_or(start_ns).max(start_ns),
            error: document["error"].as_bool() == Some(true) || document["fault"].as_bool() == Some(true),
        });
        for sub in document["subsegments"].as_array().into_iter().flatten() {
            walk(sub, Some(id), service, into);
        }
    }
    let mut spans = Vec::new();
    for text in documents {
        let Ok(document) = serde_json::from_str::<serde_json::Value>(text) else { continue };
        let service = document["name"].as_str().unwrap_or_default().to_owned();
        walk(&document, None, &service, &mut spans);
    }
    spans
}

impl Waterfall {
    /// Orders `spans` as a tree. `None` when there are none.
    pub fn build(trace_id: &str, mut spans: Vec<TraceSpan>) -> Option<Waterfall> {
        if spans.is_empty() {
            return None;
        }
        spans.sort_by(|a, b| a.start_ns.cmp(&b.start_ns).then_with(|| a.span_id.cmp(&b.span_id)));
        spans.dedup_by(|a, b| a.span_id == b.span_id);
        let start_ns = spans.iter().map(|span| span.start_ns).min().unwrap_or(0);
        let end_ns = spans.iter().map(|span| span.end_ns).max().unwrap_or(start_ns);
        let ids: std::collections::HashSet<&str> = spans.iter().map(|span| span.span_id.as_str()).collect();
        let mut children: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
        let mut roots = Vec::new();
        for (index, span) in spans.iter().enumerate() {
            match span.parent_id.as_deref().filter(|parent| ids.contains(parent) && *parent != span.span_id) {
                Some(parent) => children.entry(parent).or_default().push(index),
                None => roots.push(index),
            }
        }
        let mut order = Vec::with_capacity(spans.len());
        let mut stack: Vec<(usize, usize)> = roots.into_iter().rev().map(|index| (index, 0)).collect();
        let mut seen = vec![false; spans.len()];
        while let Some((index, depth)) = stack.pop() {
            if std::mem::replace(&mut seen[index], true) {
                continue;
            }
            order.push((index, depth));
            if let Some(kids) = children.get(spans[index].span_id.as_str()) {
                stack.extend(kids.iter().rev().map(|kid| (*kid, depth + 1)));
            }
        }
        let rows = order
            .into_iter()
            .map(|(index, depth)| {
                let span = spans[index].clone();
                Row {
                    depth,
                    offset_ms: (span.start_ns - start_ns) as f64 / 1e6,
                    duration_ms: (span.end_ns - span.start_ns) as f64 / 1e6,
                    span,
                }
            })
            .collect();
        Some(Waterfall { trace_id: trace_id.to_owned(), start_ns, end_ns, spans: rows })
    }

    /// The drawing, `width` columns wide; `color` marks errors in red too.
    pub fn render(&self, width: usize, color: bool) -> String {
        let label = |row: &Row| format!("{}{}{}", "  ".repeat(row.depth.min(20)), if row.span.error { "✗ " } else { "" }, row.span.name);
        let labels: Vec<String> = self.spans.iter().map(label).collect();
        let name_width = labels.iter().map(|text| text.chars().count()).max().unwrap_or(4).clamp(4, 48);
        let service_width = self.spans.iter().map(|row| row.span.service.chars().count()).max().unwrap_or(7).clamp(7, 24);
        let durations: Vec<String> = self.spans.iter().map(|row| format_ms(row.duration_ms)).collect();
        let duration_width = durations.iter().map(String::len).max().unwrap_or(8).max(8);
        let fixed = name_width + service_width + duration_width + 6;
        let bar_width = width.saturating_sub(fixed).max(10);
        let total = (self.end_ns - self.start_ns).max(1) as f64;
        let mut out = format!(
            "{:<name_width$} {:<service_width$} {:>duration_width$}  {}\n",
            "SPAN",
            "SERVICE",
            "DURATION",
            axis(bar_width, (self.end_ns - self.start_ns) as f64 / 1e6)
        );
        for ((row, label), duration) in self.spans.iter().zip(&labels).zip(&durations) {
            let from = (((row.span.start_ns - self.start_ns) as f64 / total) * bar_width as f64).floor() as usize;
            let length = (((row.span.end_ns - row.span.start_ns) as f64 / total) * bar_width as f64).round().max(1.0) as usize;
            let from = from.min(bar_width - 1);
            let length = length.min(bar_width - from);
            let glyph = if row.span.error { "▒" } else { "█" };
            let mut bar = format!("{}{}{}", " ".repeat(from), glyph.repeat(length), " ".repeat(bar_width - from - length));
            if color && row.span.error {
                bar = format!("\x1b[31m{bar}\x1b[0m");
            }
            out.push_str(&format!(
                "{:<name_width$} {:<service_width$} {:>duration_width$} │{bar}│\n",
                truncate(label, name_width),
                truncate(&row.span.service, service_width),
                duration
            ));
        }
        out
    }
}

/// `0 ms ... total` over the bars.
fn axis(width: usize, total_ms: f64) -> String {
    let end = format_ms(total_ms);
    let gap = (width + 2).saturating_sub(1 + end.len()).max(1);
    format!("0{}{end}", " ".repeat(gap))
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn format_ms(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else if ms >= 10.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(id: &str, parent: Option<&str>, service: &str, start: i64, end: i64, error: bool) -> TraceSpan {
        TraceSpan {
            span_id: id.into(),
            parent_id: parent.map(str::to_owned),
            service: service.into(),
            name: format!("op-{id}"),
            start_ns: start * 1_000_000,
            end_ns: end * 1_000_000,
            error,
        }
    }

    #[test]
    fn spans_nest_under_their_parents_on_one_time_axis() {
        let spans = vec![
            span("c", Some("b"), "backend-flask", 20, 60, true),
            span("a", None, "frontend-react-js", 0, 100, false),
            span("b", Some("a"), "backend-flask", 10, 90, false),
            span("d", Some("a"), "backend-flask", 92, 99, false),
            span("x", Some("missing"), "backend-flask", 95, 96, false),
        ];
        let waterfall = Waterfall::build("t", spans).unwrap();
        let order: Vec<(&str, usize)> = waterfall.spans.iter().map(|row| (row.span.span_id.as_str(), row.depth)).collect();
        assert_eq!(order, [("a", 0), ("b", 1), ("c", 2), ("d", 1), ("x", 0)]);
        let text = waterfall.render(80, false);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6);
        assert!(lines[0].starts_with("SPAN") && lines[0].ends_with("100.0 ms"), "{text}");
        assert!(lines[3].starts_with("    ✗ op-c"), "{text}");
        assert!(lines.iter().skip(1).all(|line| line.chars().count() == lines[1].chars().count()), "one width:\n{text}");
        assert!(lines[1].chars().count() <= 80, "{text}");
        // The root's bar fills the axis; the error's is drawn apart.
        let bar = |line: &str| line.split('│').nth(1).unwrap().to_owned();
        assert!(!bar(lines[1]).contains(' '));
        assert!(bar(lines[3]).contains('▒') && !bar(lines[3]).contains('█'));
        assert!(!text.contains('\x1b'));
        assert!(waterfall.render(80, true).contains("\x1b[31m"));
        assert!(waterfall.render(200, false).lines().nth(1).unwrap().chars().count() > 150, "wider terminals get longer bars");
    }

    #[test]
    fn x_ray_segments_and_their_subsegments_are_spans() {
        assert_eq!(xray_trace_id("5F8A1B2C0123456789ABCDEF01234567").as_deref(), Some("1-5f8a1b2c-0123456789abcdef01234567"));
        assert_eq!(xray_trace_id("0123456789abcdef"), None);
        // The backend's segment with two subsegments (one a call that faulted), and the downstream
        // service's segment under the call (its parent_id), as BatchGetTraces returns them.
        let backend = r#"{"id":"aaaa000000000001","name":"backend-flask","start_time":100.0,"end_time":100.5,
            "subsegments":[{"id":"aaaa000000000002","name":"mock-data","start_time":100.1,"end_time":100.2},
                           {"id":"aaaa000000000003","name":"GET","start_time":100.2,"end_time":100.4,"fault":true}]}"#;
        let downstream = r#"{"id":"bbbb000000000001","name":"users-api","start_time":100.25,"end_time":100.35,
            "parent_id":"aaaa000000000003","error":true}"#;
        let spans = spans_of_segments(&[downstream.to_owned(), "not json".to_owned(), backend.to_owned()]);
        let waterfall = Waterfall::build("t", spans).unwrap();
        let rows: Vec<(&str, usize, &str, bool)> =
            waterfall.spans.iter().map(|row| (row.span.name.as_str(), row.depth, row.span.service.as_str(), row.span.error)).collect();
        assert_eq!(
            rows,
            [
                ("backend-flask", 0, "backend-flask", false),
                ("mock-data", 1, "backend-flask", false),
                ("GET", 1, "backend-flask", true),
                ("users-api", 2, "users-api", true)
            ]
        );
        assert_eq!(waterfall.spans[0].duration_ms, 500.0);
        assert_eq!(waterfall.end_ns - waterfall.start_ns, 500_000_000);
    }
}
