//! Plain aligned tables (comfy-table with its borders switched off), the way `kubectl get` or `gh` print.

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One table cell: the text shown (also the CSV value) and how it aligns.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub align: Align,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell { text: text.into(), align: Align::Left }
    }

    pub fn number(value: impl std::fmt::Display) -> Self {
        Cell { text: value.to_string(), align: Align::Right }
    }

    pub fn optional(value: Option<impl Into<String>>) -> Self {
        Cell::text(value.map(Into::into).unwrap_or_default())
    }
}

fn base_table() -> Table {
    let mut table = Table::new();
    table.load_style(presets::NOTHING);
    // Fit to the terminal when there is one; comfy-table wraps the widest columns. A terminal that
    // reports no real width (a new pty says 0 columns) would squeeze every cell to a letter a line.
    let fits = table.width().is_none_or(|width| width >= 40);
    table.set_content_arrangement(if fits { ContentArrangement::Dynamic } else { ContentArrangement::Disabled });
    table
}

fn add_rows(table: &mut Table, rows: &[Vec<Cell>]) {
    for row in rows {
        table.add_row(row.iter().map(|cell| {
            let alignment = match cell.align {
                Align::Left => CellAlignment::Left,
                Align::Right => CellAlignment::Right,
            };
            comfy_table::Cell::new(&cell.text).set_alignment(alignment)
        }));
    }
}

pub fn render(headers: &[&str], rows: &[Vec<Cell>]) -> String {
    let mut table = base_table();
    table.set_header(headers.iter().copied());
    add_rows(&mut table, rows);
    // Header cells align like the column under them.
    if let Some(first) = rows.first() {
        for (index, cell) in first.iter().enumerate() {
            if cell.align == Align::Right
                && let Some(column) = table.column_mut(index)
            {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    pad_columns(&mut table);
    trim_lines(table.to_string())
}

pub fn render_headless(rows: &[Vec<Cell>]) -> String {
    let mut table = base_table();
    add_rows(&mut table, rows);
    pad_columns(&mut table);
    trim_lines(table.to_string())
}

/// Two spaces between columns and none at the edges.
fn pad_columns(table: &mut Table) {
    let count = table.column_count();
    for (index, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if index + 1 == count { 0 } else { 2 }));
    }
}

fn trim_lines(text: String) -> String {
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}
