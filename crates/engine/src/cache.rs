//! A [`Store`] on disk, column by column, so a query reads only the columns it names.
//!
//! Why: turning OTLP records into events (decoding protobuf, husky's mapping, interning) costs about
//! 2.5 µs a span, 2.5 s for a million; reading a column back costs a few nanoseconds an event. The CLI
//! keeps such a cache beside the collector's files (`.cruddur-obs/traces/.cache/`) and extends it with
//! the records written since, so a query over a million spans reads two or three columns, not the
//! million spans. It keeps it as segments: several such folders, each written once, read together as
//! one store ([`Store::load_segments`]), so extending it writes only the new events.
//!
//! Layout: `manifest.json` (datasets: slug, name, rows, sampled, column names in order), and per dataset
//! a folder `d<N>/` with `ts.bin` (event times, i64 LE), `rates.bin` (sample rates, u32 LE, when
//! sampled) and `c<M>.bin` per column (kind, presence bits, values; strings as a column-local
//! dictionary, so one column reads without the others). Files are written whole, then renamed.

use std::collections::btree_map::Entry;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::Store;
use crate::table::{Column, EventTable};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub datasets: Vec<DatasetEntry>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DatasetEntry {
    pub slug: String,
    pub name: String,
    pub rows: usize,
    pub sampled: bool,
    pub columns: Vec<String>,
}

fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)
}

fn corrupt(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("cache: {what}"))
}

impl Store {
    /// Writes every dataset into `dir` (created; its previous content is replaced).
    pub fn save(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let mut manifest = Manifest::default();
        for (index, (slug, (name, table))) in self.datasets.iter().enumerate() {
            let folder = dir.join(format!("d{index}"));
            std::fs::create_dir_all(&folder)?;
            let times: Vec<u8> = table.timestamps().iter().flat_map(|t| t.to_le_bytes()).collect();
            write_file(&folder.join("ts.bin"), &times)?;
            if let Some(rates) = table.sample_rates() {
                write_file(&folder.join("rates.bin"), &rates.iter().flat_map(|r| r.to_le_bytes()).collect::<Vec<u8>>())?;
            }
            let mut names = Vec::new();
            for (column_index, column) in table.columns().iter().enumerate() {
                let mut bytes = Vec::new();
                column.encode(&mut bytes, &self.strings);
                write_file(&folder.join(format!("c{column_index}.bin")), &bytes)?;
                names.push(column.name.to_string());
            }
            manifest.datasets.push(DatasetEntry {
                slug: slug.clone(),
                name: name.clone(),
                rows: table.len(),
                sampled: table.is_sampled(),
                columns: names,
            });
        }
        let text = serde_json::to_vec(&manifest).map_err(io::Error::other)?;
        write_file(&dir.join("manifest.json"), &text)
    }

    /// What a cache in `dir` holds, without reading its data.
    pub fn manifest(dir: &Path) -> io::Result<Manifest> {
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json"))?).map_err(|_| corrupt("manifest.json"))
    }

    /// Reads a cache: every column (`wanted: None`) or only those named (the others are absent, as in
    /// a store whose events never had them). `datasets` limits the datasets read (slugs; `None`: all).
    pub fn load(dir: &Path, datasets: Option<&[&str]>, wanted: Option<&[String]>, now: i64) -> io::Result<Store> {
        let mut store = Store::default();
        store.load_segment(dir, datasets, wanted, now)?;
        Ok(store)
    }

    /// Reads the caches in `dirs` one after the other as one store: each dataset's events are the
    /// first folder's, then the second's, and so on (see [`Store::load`] for `datasets` and `wanted`).
    /// A cache kept as segments (a folder per batch of records, written as they were read) reads so.
    pub fn load_segments<P: AsRef<Path>>(dirs: &[P], datasets: Option<&[&str]>, wanted: Option<&[String]>, now: i64) -> io::Result<Store> {
        // Each table's rows in all, so its columns are allocated once, not grown (doubling) segment by segment.
        let mut rows: Vec<(String, usize)> = Vec::new();
        if dirs.len() > 1 {
            for dir in dirs {
                for entry in Store::manifest(dir.as_ref())?.datasets {
                    match rows.iter_mut().find(|(slug, _)| *slug == entry.slug) {
                        Some((_, total)) => *total += entry.rows,
                        None => rows.push((entry.slug, entry.rows)),
                    }
                }
            }
        }
        let mut store = Store::default();
        for dir in dirs {
            store.load_segment(dir.as_ref(), datasets, wanted, now)?;
            for (slug, total) in &rows {
                if let Some((_, table)) = store.datasets.get_mut(slug) {
                    table.reserve_rows(*total);
                }
            }
        }
        Ok(store)
    }

    /// Reads the cache in `dir` ([`Store::load`]) and appends its events to this store's.
    pub fn load_segment(&mut self, dir: &Path, datasets: Option<&[&str]>, wanted: Option<&[String]>, now: i64) -> io::Result<()> {
        let manifest = Store::manifest(dir)?;
        for (index, entry) in manifest.datasets.iter().enumerate() {
            if datasets.is_some_and(|slugs| !slugs.contains(&entry.slug.as_str())) {
                continue;
            }
            let folder = dir.join(format!("d{index}"));
            let times: Vec<i64> =
                std::fs::read(folder.join("ts.bin"))?.chunks_exact(8).map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8]))).collect();
            if times.len() != entry.rows {
                return Err(corrupt("ts.bin"));
            }
            let rates = if entry.sampled {
                Some(
                    std::fs::read(folder.join("rates.bin"))?
                        .chunks_exact(4)
                        .map(|c| u32::from_le_bytes(c.try_into().unwrap_or([0; 4])))
                        .collect(),
                )
            } else {
                None
            };
            let mut columns = Vec::new();
            for (column_index, name) in entry.columns.iter().enumerate() {
                if wanted.is_some_and(|wanted| !wanted.iter().any(|w| w == name)) {
                    continue;
                }
                let bytes = std::fs::read(folder.join(format!("c{column_index}.bin")))?;
                columns.push(Column::decode(name, &bytes, &mut self.strings, now).ok_or_else(|| corrupt(name))?);
            }
            let table = EventTable::from_parts(times, rates, columns);
            match self.datasets.entry(entry.slug.clone()) {
                Entry::Occupied(mut existing) => existing.get_mut().1.append(table),
                Entry::Vacant(vacant) => {
                    vacant.insert((entry.name.clone(), table));
                }
            }
        }
        Ok(())
    }
}

impl Manifest {
    /// The manifest of segments read together ([`Store::load_segments`]): per dataset, the rows of
    /// all, sampled if one is, every column name (in the order first seen).
    pub fn merge(&mut self, other: Manifest) {
        for entry in other.datasets {
            match self.datasets.iter_mut().find(|mine| mine.slug == entry.slug) {
                Some(mine) => {
                    mine.rows += entry.rows;
                    mine.sampled |= entry.sampled;
                    for column in entry.columns {
                        if !mine.columns.contains(&column) {
                            mine.columns.push(column);
                        }
                    }
                }
                None => self.datasets.push(entry),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{QuerySpec, RunOptions};
    use cruddur_otlp::proto::{
        AnyValue, ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, Status, any_value,
    };
    use serde_json::json;

    fn spans(count: u64) -> ExportTraceServiceRequest {
        let spans = (0..count)
            .map(|i| Span {
                trace_id: (i / 3 + 1).to_be_bytes().repeat(2),
                span_id: (i + 1).to_be_bytes().to_vec(),
                name: format!("op{}", i % 4),
                start_time_unix_nano: 1_700_000_000_000_000_000 + i * 1_000_000,
                end_time_unix_nano: 1_700_000_000_000_000_000 + i * 1_000_000 + (i % 17 + 1) * 1_000_000,
                attributes: vec![KeyValue::string("app.user_id", &format!("u{}", i % 5)), KeyValue::int("n", i as i64)],
                status: Some(Status { code: if i % 7 == 0 { 2 } else { 0 }, message: String::new() }),
                ..Span::default()
            })
            .collect();
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "svc")], dropped_attributes_count: 0 }),
                scope_spans: vec![ScopeSpans { scope: None, spans, schema_url: String::new() }],
                schema_url: String::new(),
            }],
        }
    }

    #[test]
    fn a_cached_store_answers_as_the_store_did_with_only_the_columns_a_query_reads() {
        let now = 1_700_000_100;
        let mut store = Store::default();
        store.write_spans(&spans(300), now);
        let dir = std::env::temp_dir().join(format!("cruddur-engine-cache-{}", std::process::id()));
        store.save(&dir).unwrap();
        let spec = QuerySpec::from_json(json!({
            "calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"},{"op":"COUNT_DISTINCT","column":"trace.trace_id"}],
            "breakdowns":["app.user_id","error"],"filters":[{"column":"n","op":">","value":10}],
            "orders":[{"op":"COUNT","order":"descending"}],
            "calculated_fields":[{"name":"slow","expression":"GT($duration_ms, 5)"}],
            "start_time": 1_699_999_000, "end_time": 1_700_000_600}))
        .unwrap();
        let read = spec.columns_read();
        assert_eq!(read, ["app.user_id", "error", "duration_ms", "trace.trace_id", "n"]);
        let window = spec.window(now).unwrap();
        let options = RunOptions { disable_series: false, ..RunOptions::default() };
        let whole = store.run(Some("svc"), &spec, window, &options).unwrap();
        let all = Store::load(&dir, None, None, now).unwrap();
        assert_eq!(all.run(Some("svc"), &spec, window, &options).unwrap(), whole);
        let some = Store::load(&dir, Some(&["svc"]), Some(&read), now).unwrap();
        assert_eq!(some.table("svc").unwrap().columns().len(), read.len());
        assert_eq!(some.run(Some("svc"), &spec, window, &options).unwrap(), whole);
        // Every event reads back the same.
        let (before, after) = (store.table("svc").unwrap(), all.table("svc").unwrap());
        for row in [0, 1, 150, 299] {
            assert_eq!(after.row_json(row, all.strings()), before.row_json(row, store.strings()));
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Segments read together answer as the store they were cut from: a column absent from one
    /// segment, one that is int in one and float or string in the other, sample rates in one only,
    /// a row count that is not a multiple of 64.
    #[test]
    fn segments_read_together_are_the_store_they_were_cut_from() {
        let now = 1_700_000_100;
        let mut first = spans(130);
        let mut second = spans(300);
        let late: Vec<Span> = second.resource_spans[0].scope_spans[0].spans.drain(..).skip(130).collect();
        first.resource_spans[0].scope_spans[0].spans.truncate(130);
        second.resource_spans[0].scope_spans[0].spans = late
            .into_iter()
            .enumerate()
            .map(|(i, mut span)| {
                match i % 5 {
                    0 => span.attributes.push(KeyValue::string("n", "many")),
                    1 => span
                        .attributes
                        .push(KeyValue { key: "n".into(), value: Some(AnyValue { value: Some(any_value::Value::DoubleValue(2.5)) }) }),
                    2 => span.attributes.push(KeyValue::string("late", "yes")),
                    3 => span.attributes.push(KeyValue::int("sampleRate", 10)),
                    _ => {}
                }
                span
            })
            .collect();
        let mut whole = Store::default();
        whole.write_spans(&first, now);
        whole.write_spans(&second, now);
        let root = std::env::temp_dir().join(format!("cruddur-engine-segments-{}", std::process::id()));
        let dirs = [root.join("a"), root.join("b")];
        for (dir, request) in dirs.iter().zip([&first, &second]) {
            let mut part = Store::default();
            part.write_spans(request, now);
            part.save(dir).unwrap();
        }
        let read = Store::load_segments(&dirs, None, None, now).unwrap();
        let (before, after) = (whole.table("svc").unwrap(), read.table("svc").unwrap());
        assert_eq!(after.len(), 300);
        assert!(after.is_sampled());
        for row in 0..300 {
            assert_eq!(after.row_json(row, read.strings()), before.row_json(row, whole.strings()), "row {row}");
            assert_eq!((after.sample_rate(row), after.timestamp(row)), (before.sample_rate(row), before.timestamp(row)), "row {row}");
        }
        assert_eq!(after.column("n").unwrap().column_type(), before.column("n").unwrap().column_type());
        let spec = QuerySpec::from_json(json!({
            "calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"},{"op":"SUM","column":"n"}],
            "breakdowns":["app.user_id","late"], "start_time": 1_699_999_000, "end_time": 1_700_000_600}))
        .unwrap();
        let window = spec.window(now).unwrap();
        let options = RunOptions::default();
        assert_eq!(read.run(Some("svc"), &spec, window, &options).unwrap(), whole.run(Some("svc"), &spec, window, &options).unwrap());
        let mut manifest = Store::manifest(&dirs[0]).unwrap();
        manifest.merge(Store::manifest(&dirs[1]).unwrap());
        assert_eq!((manifest.datasets.len(), manifest.datasets[0].rows), (1, 300));
        assert!(manifest.datasets[0].sampled && manifest.datasets[0].columns.contains(&"late".to_owned()));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
