//! Saved queries: a Honeycomb query annotation (a name on an immutable query), the preset it was built
//! from kept as a marker in its description, so `query saved run` shows the preset's table again.

use serde::Serialize;

use super::execute::explain_on_dataset;
use super::presets::PresetKind;
use super::run::explain;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::HoneycombClient;
use crate::honeycomb::query::{NewQueryAnnotation, QueryAnnotation};
use crate::output::{Cell, Row};
use crate::suggest::suggest;

/// A saved query as listed and printed.
#[derive(Debug, Clone, Serialize)]
pub struct SavedQueryRow {
    pub name: String,
    pub id: String,
    pub query_id: String,
    pub dataset: String,
    pub preset: Option<String>,
    pub source: Option<String>,
    pub updated_at: Option<String>,
    pub description: Option<String>,
}

impl SavedQueryRow {
    pub fn new(annotation: &QueryAnnotation, dataset: &str) -> SavedQueryRow {
        let description = annotation.description.as_deref().unwrap_or_default();
        let preset = PresetKind::from_description(description);
        let plain = match preset {
            Some(kind) => description.replace(&kind.marker(), "").trim().to_owned(),
            None => description.trim().to_owned(),
        };
        SavedQueryRow {
            name: annotation.name.clone(),
            id: annotation.id.clone(),
            query_id: annotation.query_id.clone(),
            dataset: dataset.to_owned(),
            preset: preset.map(|kind| kind.name().to_owned()),
            source: annotation.source.clone(),
            updated_at: annotation.updated_at.clone().or_else(|| annotation.created_at.clone()),
            description: (!plain.is_empty()).then_some(plain),
        }
    }
}

impl Row for SavedQueryRow {
    fn headers() -> &'static [&'static str] {
        &["NAME", "PRESET", "QUERY ID", "ID", "UPDATED", "DESCRIPTION"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.name),
            Cell::optional(self.preset.clone()),
            Cell::text(&self.query_id),
            Cell::text(&self.id),
            Cell::optional(self.updated_at.clone()),
            Cell::optional(self.description.clone()),
        ]
    }
}

/// The description Honeycomb stores: the user's text, then the preset's marker.
pub fn description(text: Option<&str>, preset: Option<PresetKind>) -> CliResult<Option<String>> {
    let combined = match (text.map(str::trim).filter(|text| !text.is_empty()), preset) {
        (Some(text), Some(kind)) => Some(format!("{text}\n\n{}", kind.marker())),
        (Some(text), None) => Some(text.to_owned()),
        (None, Some(kind)) => Some(kind.marker()),
        (None, None) => None,
    };
    if let Some(combined) = &combined
        && combined.chars().count() > 1023
    {
        return Err(CliError::invalid_input(format!(
            "--description: at most {} characters",
            1023 - preset.map_or(0, |kind| kind.marker().len() + 2)
        )));
    }
    Ok(combined)
}

/// Saves the annotation. When the answer is lost (time-out, cut off, 5xx), the annotation for this very
/// query ID exists only if the create went through: look, and send it again only if it is not there.
pub async fn create_annotation(
    context: &Context,
    client: &HoneycombClient<'_>,
    dataset: &str,
    annotation: &NewQueryAnnotation<'_>,
) -> CliResult<QueryAnnotation> {
    let mut attempt = 1;
    loop {
        let err = match client.create_query_annotation(dataset, annotation).await {
            Ok(created) => return Ok(created),
            Err(err) if err.may_have_happened() => err,
            Err(err) => return Err(explain(err)),
        };
        context.ui.debug(&format!("{}; looking for the saved query", err.summary));
        let Ok(saved) = client.list_query_annotations(dataset).await else { return Err(explain(err)) };
        if let Some(found) = saved.into_iter().find(|saved| saved.name == annotation.name && saved.query_id == annotation.query_id) {
            return Ok(found);
        }
        if attempt >= 2 {
            return Err(explain(err));
        }
        attempt += 1;
    }
}

/// The annotation called `name`: exactly, else the one that matches ignoring case; the newest when a name
/// is used twice.
pub async fn find(context: &Context, client: &HoneycombClient<'_>, dataset: &str, name: &str) -> CliResult<QueryAnnotation> {
    let annotations = client.list_query_annotations(dataset).await.map_err(|err| explain_on_dataset(err, dataset))?;
    let mut matches: Vec<&QueryAnnotation> = annotations.iter().filter(|annotation| annotation.name == name).collect();
    if matches.is_empty() {
        matches = annotations.iter().filter(|annotation| annotation.name.eq_ignore_ascii_case(name)).collect();
    }
    matches.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.created_at.cmp(&a.created_at)));
    match matches.as_slice() {
        [] => {
            let error = CliError::new(ErrorKind::Rejected, format!("no saved query named {name:?} on {dataset}"));
            Err(match suggest(name, annotations.iter().map(|annotation| annotation.name.as_str())) {
                Some(close) => error.with_hint(format!("did you mean {close:?}?")),
                None if annotations.is_empty() => {
                    error.with_hint("save one with: cruddur-obs query save NAME --preset latency-by-user (or --file spec.json)")
                }
                None => {
                    let names: Vec<String> = annotations.iter().take(10).map(|annotation| format!("{:?}", annotation.name)).collect();
                    error.with_hint(format!("saved queries on {dataset}: {}", names.join(", ")))
                }
            })
        }
        [first, rest @ ..] => {
            if !rest.is_empty() {
                context.ui.warn(&format!("{} saved queries are named {name:?}; running the newest ({})", rest.len() + 1, first.id));
            }
            Ok((*first).clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_carry_the_preset() {
        assert_eq!(description(None, None).unwrap(), None);
        let both = description(Some("p99 per user"), Some(PresetKind::LatencyByUser)).unwrap().unwrap();
        assert_eq!(both, "p99 per user\n\n[cruddur-obs preset: latency-by-user]");
        let annotation = QueryAnnotation {
            id: "a1".into(),
            name: "n".into(),
            description: Some(both),
            query_id: "q1".into(),
            created_at: None,
            updated_at: None,
            source: Some("query".into()),
        };
        let row = SavedQueryRow::new(&annotation, "backend-flask");
        assert_eq!(row.preset.as_deref(), Some("latency-by-user"));
        assert_eq!(row.description.as_deref(), Some("p99 per user"));
        assert!(description(Some(&"x".repeat(1020)), Some(PresetKind::Errors)).is_err());
    }
}
