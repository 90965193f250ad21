//! Steps as rows: a table on a terminal (action, object, the fields that change), JSON for scripts with
//! stable names (`action`, `kind`, `scope`, `name`, `changes[{field, from, to}]`, `note`, `status`).

use serde::Serialize;

use super::apply::Outcome;
use super::plan::{Action, FieldChange, Kind, Step};
use crate::output::sanitize::terminal_line as line;
use crate::output::{Cell, Row};

#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub action: Action,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub name: String,
    pub changes: Vec<FieldChange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub status: Outcome,
}

impl StepRow {
    pub fn new(step: &Step, status: Outcome) -> StepRow {
        StepRow {
            action: step.action,
            kind: step.kind,
            scope: step.scope.clone(),
            name: step.name.clone(),
            changes: step.changes.clone(),
            note: step.note.clone(),
            status,
        }
    }
}

fn status_text(status: Outcome) -> &'static str {
    match status {
        Outcome::Planned => "planned",
        Outcome::Done => "done",
        Outcome::Unchanged => "-",
        Outcome::Failed => "FAILED",
        Outcome::Skipped => "skipped",
    }
}

impl Row for StepRow {
    fn headers() -> &'static [&'static str] {
        &["ACTION", "KIND", "OBJECT", "CHANGES", "STATUS"]
    }

    fn cells(&self) -> Vec<Cell> {
        let mut changes: Vec<String> = self.changes.iter().map(|c| format!("{}: {} → {}", c.field, c.from, c.to)).collect();
        if let Some(note) = &self.note {
            changes.push(format!("({note})"));
        }
        let object = match &self.scope {
            Some(scope) => format!("{scope}/{}", self.name),
            None => self.name.clone(),
        };
        vec![
            Cell::text(self.action.as_str()),
            Cell::text(self.kind.label()),
            Cell::text(object),
            Cell::text(changes.join("; ")),
            Cell::text(status_text(self.status)),
        ]
    }
}

/// The plan as people read it: one line an object that changes (`+` create, `~` update, `>` rename,
/// `±` replace, `-` delete), its changed fields below it; unchanged objects counted, or listed with
/// `all`.
pub fn render_plan(steps: &[Step], all: bool) -> String {
    let mut out = String::new();
    let mut unchanged = 0;
    for step in steps {
        let sign = match step.action {
            Action::Create => "+",
            Action::Update => "~",
            Action::Rename => ">",
            Action::Replace => "±",
            Action::Delete => "-",
            Action::Unchanged => {
                unchanged += 1;
                if !all {
                    continue;
                }
                "="
            }
        };
        // Names, notes and values come from the file and the server: each is shown on its own line's
        // terms (escaped), so none can act on the terminal or forge a line of the plan.
        let object = match &step.scope {
            Some(scope) => format!("{}/{}", line(scope), line(&step.name)),
            None => line(&step.name).into_owned(),
        };
        out.push_str(&format!("{sign} {} {} {object}", step.action.as_str(), step.kind.label()));
        if let Some(note) = &step.note {
            out.push_str(&format!("  ({})", line(note)));
        }
        out.push('\n');
        for change in &step.changes {
            out.push_str(&format!("    {}: {} → {}\n", line(&change.field), line(&change.from), line(&change.to)));
        }
    }
    if unchanged > 0 && !all {
        out.push_str(&format!("({unchanged} unchanged; --all lists them)\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 22, item 1: a name from the server (a query, a board) with an escape sequence, a bidi
    /// override or a newline that would forge a plan line is shown escaped.
    #[test]
    fn the_plan_shows_hostile_names_escaped() {
        let step = Step {
            action: Action::Update,
            kind: Kind::Board,
            scope: Some("x\x1b]0;pwned\x07".to_owned()),
            name: "user\u{202e}gpj.exe\n- delete board Everything".to_owned(),
            changes: vec![FieldChange { field: "name".to_owned(), from: "\x1b[2J".to_owned(), to: "b\rc".to_owned() }],
            note: Some("\u{9b}31m".to_owned()),
            previous: None,
        };
        let text = render_plan(&[step], true);
        assert_eq!(text.lines().count(), 2, "{text:?}");
        assert!(!text.chars().any(|c| c.is_control() && c != '\n' || matches!(c, '\u{202a}'..='\u{202e}')), "{text:?}");
        assert!(text.contains("x\\x1b]0;pwned\\x07/user\\u202egpj.exe\\n- delete board Everything"), "{text}");
        assert!(text.contains("name: \\x1b[2J → b\\rc") && text.contains("(\\x9b31m)"), "{text}");
    }
}
