//! The router, the middleware every request goes through, and the accept loop.
//!
//! The middleware (`gate`) does, in order: count the request, apply an armed fault, refuse what
//! the team's plan lacks ([`crate::plans`]), apply the rate limit, run the handler, render a
//! pending [`ApiError`] in the operation's spec'd format, add the `RateLimit` headers, count the
//! response.
//!
//! The accept loop drives hyper directly (rather than `axum::serve`) so a "dropped connection"
//! fault can close the socket without writing a response. A "reset" fault writes half the body it
//! announced and then fails the body stream, which makes hyper abort the connection mid-answer.

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::errors::{ApiError, Family, PendingError, choose_format, render};
use crate::faults::FaultKind;
use crate::store::AppState;
use crate::util::now_secs;
use crate::{admin, auth, contract, ingest, plans, v1, v2};

/// Marks a response whose connection must be closed instead of answered.
#[derive(Clone, Copy)]
struct DropConnection;

/// The error a hyper service returns to make hyper abort the connection.
#[derive(Debug)]
struct DroppedByFault;

impl std::fmt::Display for DroppedByFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for DroppedByFault {}

/// Every route, with the middleware.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(v1::routes())
        .merge(v2::routes())
        .merge(ingest::routes())
        .merge(admin::routes())
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), gate))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such route")
}

/// Operations that are not rate limited and carry no `RateLimit` headers.
fn unlimited(template: &str) -> bool {
    template.starts_with("/__admin") || template == "/v1/traces" || template.starts_with("/1/events/") || template.starts_with("/1/batch/")
}

const QUERY_RESULTS: &str = "POST /1/query_results/{datasetSlug}";

async fn gate(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let template = req.extensions().get::<MatchedPath>().map_or_else(|| "<unmatched>".to_owned(), |m| m.as_str().to_owned());
    let route = format!("{method} {template}");
    let family = Family::of(req.uri().path());
    let admin = template.starts_with("/__admin");
    if !admin {
        state.stats.request(&route);
    }
    if state.config.verbose {
        eprintln!("cruddur-honeycomb-server: {route} ({})", req.uri());
    }

    let fault =
        if admin { None } else { state.faults.lock().unwrap_or_else(|e| e.into_inner()).take_for_request(method.as_str(), &template) };
    let mut injected = None;
    // Faults that act on the answer, after the handler has run.
    let mut after = None;
    match fault {
        Some(FaultKind::DropConnection) => {
            state.stats.fault_fired();
            let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
            response.extensions_mut().insert(DropConnection);
            return response;
        }
        Some(FaultKind::Delay { millis }) => {
            state.stats.fault_fired();
            tokio::time::sleep(Duration::from_millis(millis)).await;
        }
        Some(FaultKind::Status { status, retry_after_secs }) => {
            state.stats.fault_fired();
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let detail = match status.as_u16() {
                429 => "You have exceeded your rate limit. (injected fault)".to_owned(),
                _ => format!("{} (injected fault)", status.canonical_reason().unwrap_or("error")),
            };
            let mut err = ApiError::new(status, detail);
            err.retry_after = retry_after_secs.map(|s| now_secs() + s as i64);
            injected = Some(err);
        }
        Some(kind @ (FaultKind::ResetMidBody | FaultKind::Stall { .. })) => {
            state.stats.fault_fired();
            after = Some(kind);
        }
        Some(FaultKind::Incomplete { .. } | FaultKind::FailQuery { .. }) | None => {}
    }

    // Refused before the rate limit: a request the plan does not allow uses none of it.
    let mut refused = None;
    if injected.is_none()
        && let Some((feature, required)) = plans::required(method.as_str(), &template)
    {
        let plan = state.seed.team.plan;
        if !plan.includes(required) {
            // An unknown key is a 401 on every plan; a known one learns what its plan lacks.
            let key = req.headers().get("x-honeycomb-team").and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or_default();
            refused = Some(match auth::authenticate_env_key(&state, key) {
                Err(unknown) => unknown,
                Ok(_) => ApiError::forbidden(plans::refusal(plan, feature, required)),
            });
        }
    }

    let limits = &state.config.limits;
    let decision = (refused.is_none() && !unlimited(&template)).then(|| {
        let (key, limit) = if route == QUERY_RESULTS {
            ("query_results", limits.query_results_per_window)
        } else {
            (route.as_str(), limits.requests_per_window)
        };
        state.limiter.lock().unwrap_or_else(|e| e.into_inner()).check(key, limit, limits.window, Instant::now())
    });

    let mut response = match (injected.or(refused), decision) {
        (Some(err), _) => err.into_response(),
        (None, Some(d)) if !d.allowed => {
            let err = if route == QUERY_RESULTS {
                // Query Data 429s carry no Retry-After (the spec's example).
                ApiError::rate_limited(format!("This endpoint allows {} requests per minute.", d.limit), None)
            } else {
                let at = now_secs() + d.reset_secs as i64;
                ApiError::rate_limited(format!("Please try again after {}.", crate::util::rfc3339(at)), Some(at))
            };
            err.into_response()
        }
        _ => next.run(req).await,
    };

    if let Some(PendingError(err)) = response.extensions_mut().remove::<PendingError>() {
        let declared = contract::response_media_types(method.as_str(), &template, err.status.as_u16());
        let format = choose_format(family, err.status, declared);
        let headers = std::mem::take(response.headers_mut());
        response = render(&err, format);
        for (name, value) in headers.iter() {
            if !response.headers().contains_key(name) {
                response.headers_mut().insert(name.clone(), value.clone());
            }
        }
    }
    if let Some(d) = decision {
        let h = response.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&d.header()) {
            h.insert("ratelimit", v);
        }
        if let Ok(v) = HeaderValue::from_str(&d.policy(limits.window)) {
            h.insert("ratelimitpolicy", v);
        }
    }
    if !admin {
        state.stats.response(&route, response.status().as_u16());
    }
    if method == Method::HEAD {
        *response.body_mut() = axum::body::Body::empty();
    }
    match after {
        Some(FaultKind::Stall { millis }) => {
            tokio::time::sleep(Duration::from_millis(millis)).await;
            response
        }
        Some(FaultKind::ResetMidBody) => cut_mid_body(response).await,
        _ => response,
    }
}

/// The answer's status and headers (its full `Content-Length` included), half its body, then a body
/// error: hyper aborts the connection, and the client sees the answer end early.
async fn cut_mid_body(response: Response) -> Response {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
    if bytes.is_empty() {
        let mut response = Response::from_parts(parts, axum::body::Body::empty());
        response.extensions_mut().insert(DropConnection);
        return response;
    }
    let half = bytes.slice(..bytes.len() / 2);
    let reset = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection reset mid-body by an injected fault");
    // The error comes after one `Pending`, so hyper flushes the first half before it aborts.
    let first = futures_util::stream::iter([Ok::<_, std::io::Error>(half)]);
    let then_fail = futures_util::stream::once(async move {
        tokio::task::yield_now().await;
        Err::<axum::body::Bytes, _>(reset)
    });
    let body = axum::body::Body::from_stream(futures_util::StreamExt::chain(first, then_fail));
    let mut response = Response::from_parts(parts, body);
    response.headers_mut().insert(axum::http::header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    response
}

/// Accepts connections until `shutdown` flips, serving each with HTTP/1.1 keep-alive.
pub async fn serve(listener: TcpListener, router: Router, mut shutdown: watch::Receiver<bool>) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = shutdown.changed() => break,
        };
        let Ok((stream, _)) = accepted else { continue };
        let _ = stream.set_nodelay(true);
        let tower = TowerToHyperService::new(router.clone());
        let service = hyper::service::service_fn(move |req| {
            let call = hyper::service::Service::call(&tower, req);
            async move {
                let response = match call.await {
                    Ok(r) => r,
                    Err(never) => match never {},
                };
                if response.extensions().get::<DropConnection>().is_some() { Err(DroppedByFault) } else { Ok(response) }
            }
        });
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let conn = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = shutdown.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
}
