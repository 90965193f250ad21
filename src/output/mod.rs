//! Rendering results as a table (for people), JSON (for scripts) or CSV (for spreadsheets), and planned
//! file edits as unified diffs ([`diff`]).
//!
//! Commands build typed rows and never format text themselves: a row type says once which columns it
//! has ([`Row`]) and how it serializes (serde), so the three formats can never disagree. Whatever reaches
//! a person goes through [`sanitize`]: table cells (and CSV on a terminal) have control characters
//! escaped, and every format masks the secrets the command knows.

pub mod diff;
pub mod sanitize;
mod table;

use std::io::Write;

use clap::ValueEnum;
use serde::Serialize;

use self::sanitize::Sink;
pub use table::{Align, Cell};

/// `--output`: how results are printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns (the default on a terminal).
    Table,
    /// JSON with stable snake_case names (the default when stdout is not a terminal).
    Json,
    /// CSV with a header row.
    Csv,
}

/// A type that can be printed as one row of a table or CSV file.
pub trait Row: Serialize {
    /// Column headers, in display order.
    fn headers() -> &'static [&'static str];
    /// The row's cells, one per header.
    fn cells(&self) -> Vec<Cell>;
}

/// Prints a list of rows. JSON gets an array (also when empty), CSV a header row even when empty.
pub fn print_rows<R: Row>(out: &mut dyn Write, format: OutputFormat, rows: &[R]) -> std::io::Result<()> {
    print_rows_for(out, format, rows, &Sink::default())
}

/// [`print_rows`] for `sink`: table cells escaped and masked, CSV fields escaped when `sink` is a
/// terminal, JSON exact but for the known secrets.
pub fn print_rows_for<R: Row>(out: &mut dyn Write, format: OutputFormat, rows: &[R], sink: &Sink) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => write_json(out, rows, sink),
        OutputFormat::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(R::headers())?;
            for row in rows {
                writer.write_record(row.cells().iter().map(|cell| sink.field(&cell.text)))?;
            }
            writer.flush()
        }
        OutputFormat::Table => {
            let body: Vec<Vec<Cell>> = rows.iter().map(|row| clean_cells(row.cells(), sink)).collect();
            writeln!(out, "{}", table::render(R::headers(), &body))
        }
    }
}

/// Prints a single record: JSON gets the object itself, CSV one row under its header, and a table shows
/// one field per line (records are often wider than a terminal).
pub fn print_record<R: Row>(out: &mut dyn Write, format: OutputFormat, record: &R) -> std::io::Result<()> {
    print_record_for(out, format, record, &Sink::default())
}

/// [`print_record`] for `sink` (see [`print_rows_for`]).
pub fn print_record_for<R: Row>(out: &mut dyn Write, format: OutputFormat, record: &R, sink: &Sink) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => write_json(out, record, sink),
        OutputFormat::Csv => print_rows_for(out, format, std::slice::from_ref(record), sink),
        OutputFormat::Table => {
            let body: Vec<Vec<Cell>> =
                R::headers().iter().zip(clean_cells(record.cells(), sink)).map(|(header, cell)| vec![Cell::text(*header), cell]).collect();
            writeln!(out, "{}", table::render_headless(&body))
        }
    }
}

fn clean_cells(cells: Vec<Cell>, sink: &Sink) -> Vec<Cell> {
    cells.into_iter().map(|cell| Cell { text: sink.cell(&cell.text), ..cell }).collect()
}

/// Pretty JSON, exact (serde escapes control characters) but for the secrets the command knows.
fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T, sink: &Sink) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    writeln!(out, "{}", sink.exact(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Sample {
        name: String,
        count: u64,
    }

    impl Row for Sample {
        fn headers() -> &'static [&'static str] {
            &["NAME", "COUNT"]
        }
        fn cells(&self) -> Vec<Cell> {
            vec![Cell::text(&self.name), Cell::number(self.count)]
        }
    }

    fn render(format: OutputFormat, rows: &[Sample]) -> String {
        let mut out = Vec::new();
        print_rows(&mut out, format, rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_and_has_a_header_even_when_empty() {
        assert_eq!(render(OutputFormat::Csv, &[]), "NAME,COUNT\n");
        let rows = [Sample { name: "a,b".into(), count: 3 }];
        assert_eq!(render(OutputFormat::Csv, &rows), "NAME,COUNT\n\"a,b\",3\n");
    }

    #[test]
    fn json_is_an_array_with_field_names() {
        assert_eq!(render(OutputFormat::Json, &[]), "[]\n");
        let rows = [Sample { name: "x".into(), count: 1 }];
        let value: serde_json::Value = serde_json::from_str(&render(OutputFormat::Json, &rows)).unwrap();
        assert_eq!(value, serde_json::json!([{"name": "x", "count": 1}]));
    }

    #[test]
    fn tables_and_terminal_csv_escape_what_json_and_piped_csv_keep() {
        let rows = [Sample { name: "evil\x1b]52;c;eA==\x07\nforged row".into(), count: 1 }];
        let table = render(OutputFormat::Table, &rows);
        assert!(!table.contains('\x1b') && table.lines().count() == 2, "{table}");
        assert!(table.contains("evil\\x1b]52;c;eA==\\x07\\nforged row"), "{table}");
        let mut out = Vec::new();
        print_rows_for(&mut out, OutputFormat::Csv, &rows, &Sink { terminal: true, secrets: Vec::new() }).unwrap();
        assert!(!String::from_utf8(out).unwrap().contains('\x1b'));
        assert!(render(OutputFormat::Csv, &rows).contains('\x1b'), "CSV into a file keeps the value");
        let json: serde_json::Value = serde_json::from_str(&render(OutputFormat::Json, &rows)).unwrap();
        assert_eq!(json[0]["name"], "evil\x1b]52;c;eA==\x07\nforged row");
    }

    #[test]
    fn table_right_aligns_numbers() {
        let rows = [Sample { name: "long-name".into(), count: 5 }, Sample { name: "b".into(), count: 12345 }];
        let text = render(OutputFormat::Table, &rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0].trim_end(), "NAME       COUNT");
        assert_eq!(lines[1].trim_end(), "long-name      5");
        assert_eq!(lines[2].trim_end(), "b          12345");
    }
}
