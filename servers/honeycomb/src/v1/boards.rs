//! `/1/boards` (flexible boards) and `/1/boards/{id}/views`.
//!
//! Panels are query panels (an existing query and an annotation of that query), SLO panels (an
//! existing SLO) and text panels (Markdown, ≤ 10,000 characters), each with an optional position.
//! `layout_generation` is write-only: `auto`, or `manual` (the default) with no panel placed, lays
//! the panels out in one column (what Terraform users of flexible boards see, issue #692); in a
//! manual layout, placed panels keep their place, a width or height of 0 becomes the panel type's
//! default, and unplaced panels go below. Answers always carry every panel's position, the
//! `query_style` default (`graph`) and the query's dataset name. PUT is a full replacement except
//! `preset_filters`: left out, they are kept; `[]` clears them (the spec's note). At most 10 tags,
//! 5 preset filters, 50 views a board; view names are unique on their board (409).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::common::{object, one_of, optional_array, optional_int, optional_string, required_string, tags};
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, external_base, json};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{ALL_DATASETS, AppState, Board, BoardView, EnvData};
use crate::util::{now_secs, random_alnum};

/// The grid is 12 columns wide.
const GRID_WIDTH: i64 = 12;
const MAX_VIEWS: usize = 50;
/// A board view filter's operators: the query filter operators (the spec lists the same set).
const FILTER_OPS: &[&str] = cruddur_engine::query::FilterOp::NAMES;

fn board_json(b: &Board, base: &str, team: &str, env: &str) -> Value {
    json!({
        "id": b.id,
        "name": b.name,
        "description": b.description,
        "type": "flexible",
        "panels": b.panels,
        "tags": b.tags,
        "preset_filters": b.preset_filters,
        "links": {"board_url": format!("{base}/{team}/environments/{env}/board/{}", b.id)},
    })
}

fn view_json(v: &BoardView) -> Value {
    json!({"id": v.id, "name": v.name, "filters": v.filters})
}

/// A panel type's size when none is given (width, height): our choice, see the README.
fn default_size(kind: &str) -> (i64, i64) {
    match kind {
        "query" => (6, 6),
        "slo" => (3, 4),
        _ => (6, 3),
    }
}

fn bool_fields(v: &Value, path: &str, fields: &[&str], out: &mut Map<String, Value>) -> ApiResult<()> {
    for f in fields {
        match v.get(*f) {
            None | Some(Value::Null) => {}
            Some(b @ Value::Bool(_)) => {
                out.insert((*f).into(), b.clone());
            }
            Some(_) => return Err(ApiError::validation(format!("{path}.{f}"), "incorrect_type", "must be a boolean")),
        }
    }
    Ok(())
}

/// `visualization_settings` (`BoardQueryVisualizationSettings`): flags, and charts with their
/// type and up to 5 threshold lines.
fn visualization(v: &Value, path: &str) -> ApiResult<Value> {
    if !v.is_object() {
        return Err(ApiError::validation(path, "incorrect_type", "must be an object"));
    }
    let mut out = Map::new();
    bool_fields(v, path, &["hide_compare", "hide_hovers", "hide_markers", "utc_xaxis", "overlaid_charts"], &mut out)?;
    let charts =
        optional_array(v, "charts").map_err(|_| ApiError::validation(format!("{path}.charts"), "incorrect_type", "must be an array"))?;
    let mut normalised = Vec::new();
    for (i, c) in charts.iter().enumerate() {
        let cpath = format!("{path}.charts[{i}]");
        let mut o = Map::new();
        if let Some(idx) = optional_int(c, "chart_index")? {
            if idx < 0 {
                return Err(ApiError::validation(format!("{cpath}.chart_index"), "invalid", "must be at least 0"));
            }
            o.insert("chart_index".into(), idx.into());
        }
        let chart_type = one_of(c, "chart_type", &["default", "line", "stacked", "stat", "tsbar", "cbar", "cpie"], Some("default"))
            .map_err(|_| {
                ApiError::validation(format!("{cpath}.chart_type"), "invalid", "must be default, line, stacked, stat, tsbar, cbar or cpie")
            })?;
        o.insert("chart_type".into(), chart_type.into());
        bool_fields(c, &cpath, &["hide_other", "log_scale", "omit_missing_values"], &mut o)?;
        let thresholds = optional_array(c, "thresholds")?;
        if thresholds.len() > 5 {
            return Err(ApiError::validation(format!("{cpath}.thresholds"), "invalid", "at most 5 thresholds"));
        }
        let mut ts = Vec::new();
        for (j, t) in thresholds.iter().enumerate() {
            let tpath = format!("{cpath}.thresholds[{j}]");
            let value = t
                .get("value")
                .and_then(Value::as_f64)
                .ok_or_else(|| ApiError::validation(format!("{tpath}.value"), "missing", "must be a number"))?;
            let label = optional_string(t, "label", 35)
                .map_err(|_| ApiError::validation(format!("{tpath}.label"), "invalid", "must be at most 35 characters"))?;
            let color = one_of(t, "color", &["red", "yellow", "blue", "green", "purple"], None)
                .map_err(|_| ApiError::validation(format!("{tpath}.color"), "invalid", "must be red, yellow, blue, green or purple"))?;
            let operation = one_of(t, "operation", &["gt", "lt"], None)
                .map_err(|_| ApiError::validation(format!("{tpath}.operation"), "invalid", "must be gt or lt"))?;
            let style = one_of(t, "line_style", &["filled-solid", "filled-dotted", "solid", "dotted"], None).map_err(|_| {
                ApiError::validation(format!("{tpath}.line_style"), "invalid", "must be filled-solid, filled-dotted, solid or dotted")
            })?;
            let mut th = json!({"value": value, "color": color, "operation": operation, "line_style": style});
            if !label.is_empty() {
                th["label"] = label.into();
            }
            ts.push(th);
        }
        if !ts.is_empty() {
            o.insert("thresholds".into(), ts.into());
        }
        normalised.push(Value::Object(o));
    }
    if !normalised.is_empty() {
        out.insert("charts".into(), normalised.into());
    }
    Ok(Value::Object(out))
}

/// A panel as stored: its type's object checked against the environment, its position as given
/// (`None` when the panel is not placed).
struct Panel {
    kind: String,
    body: Value,
    position: Option<(i64, i64, i64, i64)>,
}

fn panel(p: &Value, i: usize, data: &EnvData) -> ApiResult<Panel> {
    let path = format!("panels[{i}]");
    if !p.is_object() {
        return Err(ApiError::validation(path, "incorrect_type", "must be an object"));
    }
    let kind = one_of(p, "type", &["query", "slo", "text"], None)
        .map_err(|_| ApiError::validation(format!("{path}.type"), "invalid", "must be query, slo or text"))?;
    let inner = |name: &str| {
        p.get(name)
            .filter(|v| v.is_object())
            .ok_or_else(|| ApiError::validation(format!("{path}.{name}"), "missing", format!("a {kind} panel needs {name}")))
    };
    let body = match kind.as_str() {
        "query" => {
            let q = inner("query_panel")?;
            let qpath = format!("{path}.query_panel");
            let query_id = q
                .get("query_id")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .ok_or_else(|| ApiError::validation(format!("{qpath}.query_id"), "missing", "cannot be blank"))?;
            let query = data.queries.get(query_id).ok_or_else(|| {
                ApiError::validation(format!("{qpath}.query_id"), "invalid", format!("no query {query_id:?} in this environment"))
            })?;
            let annotation_id = q.get("query_annotation_id").and_then(Value::as_str).filter(|s| !s.is_empty()).ok_or_else(|| {
                ApiError::validation(format!("{qpath}.query_annotation_id"), "missing", "a query panel needs a query annotation (its name)")
            })?;
            let annotation = data.annotations.iter().find(|a| a.id == annotation_id).ok_or_else(|| {
                ApiError::validation(format!("{qpath}.query_annotation_id"), "invalid", format!("no query annotation {annotation_id:?}"))
            })?;
            if annotation.query_id != query_id {
                return Err(ApiError::validation(
                    format!("{qpath}.query_annotation_id"),
                    "invalid",
                    "the query annotation must apply to the panel's query_id",
                ));
            }
            let style = one_of(q, "query_style", &["graph", "table", "combo"], Some("graph"))
                .map_err(|_| ApiError::validation(format!("{qpath}.query_style"), "invalid", "must be graph, table or combo"))?;
            let dataset = if query.dataset == ALL_DATASETS {
                String::new()
            } else {
                data.datasets.get(&query.dataset).map(|d| d.name.clone()).unwrap_or_default()
            };
            let mut out = json!({"query_id": query_id, "query_annotation_id": annotation_id, "query_style": style, "dataset": dataset});
            if let Some(v) = q.get("visualization_settings").filter(|v| !v.is_null()) {
                out["visualization_settings"] = visualization(v, &format!("{qpath}.visualization_settings"))?;
            }
            out
        }
        "slo" => {
            let s = inner("slo_panel")?;
            let slo_id = s
                .get("slo_id")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .ok_or_else(|| ApiError::validation(format!("{path}.slo_panel.slo_id"), "missing", "cannot be blank"))?;
            if !data.slos.iter().any(|s| s.id == slo_id) {
                return Err(ApiError::validation(
                    format!("{path}.slo_panel.slo_id"),
                    "invalid",
                    format!("no SLO {slo_id:?} in this environment"),
                ));
            }
            json!({"slo_id": slo_id})
        }
        _ => {
            let t = inner("text_panel")?;
            let content = required_string(t, "content", 1, 10_000).map_err(|e| {
                let d = e.fields.first().map_or_else(String::new, |f| f.description.clone());
                ApiError::validation(format!("{path}.text_panel.content"), "invalid", d)
            })?;
            json!({"content": content})
        }
    };
    let position = match p.get("position") {
        None | Some(Value::Null) => None,
        Some(pos @ Value::Object(_)) => {
            let mut v = [None; 4];
            for (k, field) in ["x_coordinate", "y_coordinate", "width", "height"].iter().enumerate() {
                let n = optional_int(pos, field)
                    .map_err(|_| ApiError::validation(format!("{path}.position.{field}"), "incorrect_type", "must be an integer"))?;
                if n.is_some_and(|n| n < 0) {
                    return Err(ApiError::validation(format!("{path}.position.{field}"), "invalid", "must be at least 0"));
                }
                v[k] = n;
            }
            match (v[0], v[1]) {
                (Some(x), Some(y)) => Some((x, y, v[2].unwrap_or(0), v[3].unwrap_or(0))),
                (None, None) => None,
                _ => {
                    return Err(ApiError::validation(
                        format!("{path}.position"),
                        "invalid",
                        "give both x_coordinate and y_coordinate, or neither",
                    ));
                }
            }
        }
        Some(_) => return Err(ApiError::validation(format!("{path}.position"), "incorrect_type", "must be an object")),
    };
    Ok(Panel { kind, body, position })
}

/// The panels as answered, laid out (see the module comment).
fn lay_out(panels: Vec<Panel>, auto: bool) -> Vec<Value> {
    let auto = auto || panels.iter().all(|p| p.position.is_none());
    let mut next_y = if auto { 0 } else { panels.iter().filter_map(|p| p.position).map(|(_, y, _, h)| y + h.max(1)).max().unwrap_or(0) };
    panels
        .into_iter()
        .map(|p| {
            let (dw, dh) = default_size(&p.kind);
            let (x, y, w, h) = match (auto, p.position) {
                (false, Some((x, y, w, h))) => (x, y, if w == 0 { dw } else { w }, if h == 0 { dh } else { h }),
                _ => {
                    let placed = (0, next_y, GRID_WIDTH, dh);
                    next_y += dh;
                    placed
                }
            };
            let key = format!("{}_panel", p.kind);
            json!({"type": p.kind, key: p.body, "position": {"x_coordinate": x, "y_coordinate": y, "width": w, "height": h}})
        })
        .collect()
}

/// `preset_filters`: at most 5 `{column, alias}`, aliases up to 50 characters. `None` when absent.
fn preset_filters(body: &Value) -> ApiResult<Option<Vec<Value>>> {
    let Some(items) = body.get("preset_filters").filter(|v| !v.is_null()) else { return Ok(None) };
    let items = items.as_array().ok_or_else(|| ApiError::validation("preset_filters", "incorrect_type", "must be an array"))?;
    if items.len() > 5 {
        return Err(ApiError::validation("preset_filters", "invalid", "a board has at most 5 preset filters"));
    }
    let mut out = Vec::new();
    for (i, f) in items.iter().enumerate() {
        let column = required_string(f, "column", 1, 255)
            .map_err(|_| ApiError::validation(format!("preset_filters[{i}].column"), "missing", "cannot be blank"))?;
        let alias = required_string(f, "alias", 1, 50)
            .map_err(|_| ApiError::validation(format!("preset_filters[{i}].alias"), "invalid", "must be 1 to 50 characters"))?;
        out.push(json!({"column": column, "alias": alias}));
    }
    Ok(Some(out))
}

struct BoardFields {
    name: String,
    description: String,
    panels: Vec<Value>,
    tags: Vec<Value>,
    preset_filters: Option<Vec<Value>>,
}

fn fields(body: &Value, data: &EnvData) -> ApiResult<BoardFields> {
    object(body)?;
    let name = required_string(body, "name", 1, 255)?;
    let description = optional_string(body, "description", 1024)?;
    one_of(body, "type", &["flexible"], None)
        .map_err(|_| ApiError::validation("type", "invalid", "type: must be flexible (the only board type)"))?;
    let layout = one_of(body, "layout_generation", &["auto", "manual"], Some("manual"))?;
    let panels = optional_array(body, "panels")?.iter().enumerate().map(|(i, p)| panel(p, i, data)).collect::<ApiResult<Vec<_>>>()?;
    Ok(BoardFields {
        name,
        description,
        panels: lay_out(panels, layout == "auto"),
        tags: tags(body)?,
        preset_filters: preset_filters(body)?,
    })
}

fn answer(b: &Board, key: &EnvKey, state: &AppState, headers: &HeaderMap) -> Value {
    board_json(b, &external_base(headers), &state.credentials.team_slug, &key.env_slug)
}

pub async fn list(key: EnvKey, State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let data = key.read();
    let all: Vec<Value> = data.boards.iter().map(|b| answer(b, &key, &state, &headers)).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, headers: HeaderMap, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let mut data = key.write();
    let f = fields(&body, &data)?;
    let now = now_secs();
    let board = Board {
        id: random_alnum(11),
        name: f.name,
        description: f.description,
        panels: f.panels,
        tags: f.tags,
        preset_filters: f.preset_filters.unwrap_or_default(),
        views: Vec::new(),
        created_at: now,
        updated_at: now,
    };
    let out = answer(&board, &key, &state, &headers);
    data.boards.push(board);
    state.created(Creation::Board);
    Ok(json(StatusCode::CREATED, &out))
}

fn position(data: &EnvData, id: &str) -> ApiResult<usize> {
    data.boards.iter().position(|b| b.id == id).ok_or_else(|| ApiError::not_found("board not found"))
}

pub async fn get(key: EnvKey, State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let data = key.read();
    let i = position(&data, &id)?;
    Ok(json(StatusCode::OK, &answer(&data.boards[i], &key, &state, &headers)))
}

pub async fn update(
    key: EnvKey,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let mut data = key.write();
    let i = position(&data, &id)?;
    if body.get("id").and_then(Value::as_str).is_some_and(|b| b != id) {
        return Err(ApiError::validation("id", "invalid", "the id in the body must match the URL"));
    }
    let f = fields(&body, &data)?;
    let b = &mut data.boards[i];
    b.name = f.name;
    b.description = f.description;
    b.panels = f.panels;
    b.tags = f.tags;
    if let Some(p) = f.preset_filters {
        b.preset_filters = p;
    }
    b.updated_at = now_secs();
    Ok(json(StatusCode::OK, &answer(b, &key, &state, &headers)))
}

pub async fn delete(key: EnvKey, Path(id): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let mut data = key.write();
    let i = position(&data, &id)?;
    data.boards.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A view's `name` (1–255) and `filters` (at least one; `in`/`not-in` take an array,
/// `exists`/`does-not-exist` no value, the others one value).
fn view_fields(body: &Value) -> ApiResult<(String, Vec<Value>)> {
    object(body)?;
    let name = required_string(body, "name", 1, 255)?;
    let filters = optional_array(body, "filters")?;
    if filters.is_empty() {
        return Err(ApiError::validation("filters", "missing", "a view needs at least one filter"));
    }
    let mut out = Vec::new();
    for (i, f) in filters.iter().enumerate() {
        let column = required_string(f, "column", 1, 255)
            .map_err(|_| ApiError::validation(format!("filters[{i}].column"), "missing", "cannot be blank"))?;
        let op = one_of(f, "operation", FILTER_OPS, None).map_err(|_| {
            ApiError::validation(format!("filters[{i}].operation"), "invalid", format!("must be one of {}", FILTER_OPS.join(" ")))
        })?;
        let value = f.get("value").filter(|v| !v.is_null());
        let mut o = json!({"column": column, "operation": op});
        match (op.as_str(), value) {
            ("exists" | "does-not-exist", None) => {}
            ("exists" | "does-not-exist", Some(_)) => {
                return Err(ApiError::validation(format!("filters[{i}].value"), "invalid", format!("{op} takes no value")));
            }
            ("in" | "not-in", Some(v @ Value::Array(_))) => o["value"] = v.clone(),
            ("in" | "not-in", _) => {
                return Err(ApiError::validation(format!("filters[{i}].value"), "incorrect_type", format!("{op} takes an array")));
            }
            (_, Some(v)) if !v.is_array() && !v.is_object() => o["value"] = v.clone(),
            _ => return Err(ApiError::validation(format!("filters[{i}].value"), "missing", format!("{op} takes one value"))),
        }
        out.push(o);
    }
    Ok((name, out))
}

pub async fn list_views(key: EnvKey, Path(id): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let data = key.read();
    let i = position(&data, &id)?;
    Ok(json(StatusCode::OK, &data.boards[i].views.iter().map(view_json).collect::<Vec<_>>()))
}

pub async fn create_view(
    key: EnvKey,
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let (name, filters) = view_fields(&body)?;
    let mut data = key.write();
    let i = position(&data, &id)?;
    let board = &mut data.boards[i];
    if board.views.len() >= MAX_VIEWS {
        return Err(ApiError::validation("name", "invalid", format!("a board has at most {MAX_VIEWS} views")));
    }
    if board.views.iter().any(|v| v.name == name) {
        return Err(ApiError::conflict(format!("the board already has a view named {name:?}")));
    }
    let view = BoardView { id: random_alnum(11), name, filters };
    let out = view_json(&view);
    board.views.push(view);
    state.created(Creation::BoardView);
    Ok(json(StatusCode::CREATED, &out))
}

fn view_position(board: &Board, view_id: &str) -> ApiResult<usize> {
    board.views.iter().position(|v| v.id == view_id).ok_or_else(|| ApiError::not_found("board view not found"))
}

pub async fn get_view(key: EnvKey, Path((id, view_id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let data = key.read();
    let board = &data.boards[position(&data, &id)?];
    Ok(json(StatusCode::OK, &view_json(&board.views[view_position(board, &view_id)?])))
}

pub async fn update_view(key: EnvKey, Path((id, view_id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let (name, filters) = view_fields(&body)?;
    let mut data = key.write();
    let i = position(&data, &id)?;
    let board = &mut data.boards[i];
    let v = view_position(board, &view_id)?;
    if body.get("id").and_then(Value::as_str).is_some_and(|b| b != view_id) {
        return Err(ApiError::validation("id", "invalid", "the id in the body must match the URL"));
    }
    if board.views.iter().any(|other| other.id != view_id && other.name == name) {
        return Err(ApiError::conflict(format!("the board already has a view named {name:?}")));
    }
    let view = &mut board.views[v];
    view.name = name;
    view.filters = filters;
    Ok(json(StatusCode::OK, &view_json(view)))
}

pub async fn delete_view(key: EnvKey, Path((id, view_id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageBoards)?;
    let mut data = key.write();
    let i = position(&data, &id)?;
    let board = &mut data.boards[i];
    let v = view_position(board, &view_id)?;
    board.views.remove(v);
    Ok(StatusCode::NO_CONTENT.into_response())
}
