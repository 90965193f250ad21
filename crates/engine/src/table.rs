//! The event store: one columnar table per dataset, strings interned per environment.
//!
//! Why columnar: the goal is a P99-by-user query over a million events in under a
//! second, and ingest at 100k spans/s. A row of `HashMap<String, Value>` costs hundreds of bytes
//! per event and a hash lookup per field at query time; here a numeric cell is 8 bytes, a
//! string cell 4 (an interned id), and a query walks only the columns it names. Columns are
//! appended lazily: a column absent from a row is not touched when the row is written, and
//! reads past a column's end are nulls, so sparse attributes cost nothing.
//!
//! Why one interner per environment (not per dataset): `__all__` queries group across
//! datasets, and equal strings must have equal ids for grouping by id to be correct.

use crate::util::{FxBuild, FxHashMap, random_alnum};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

/// Interned strings of one environment: an append-only arena, deduplicated by content.
#[derive(Default)]
pub struct Interner {
    arena: String,
    ends: Vec<usize>,
    /// Content hash → the first id with that hash.
    by_hash: FxHashMap<u64, u32>,
    /// Strings whose 64-bit hash collided with a different string (practically never).
    collisions: HashMap<Box<str>, u32>,
}

impl Interner {
    fn hash(s: &str) -> u64 {
        let mut h = FxBuild::default().build_hasher();
        h.write(s.as_bytes());
        h.write_u8(0xff);
        Hasher::finish(&h)
    }

    /// The id of `s`, adding it if new.
    pub fn intern(&mut self, s: &str) -> u32 {
        let h = Self::hash(s);
        match self.by_hash.get(&h) {
            Some(&id) if self.get(id) == s => id,
            Some(_) => {
                if let Some(&id) = self.collisions.get(s) {
                    return id;
                }
                let id = self.push(s);
                self.collisions.insert(s.into(), id);
                id
            }
            None => {
                let id = self.push(s);
                self.by_hash.insert(h, id);
                id
            }
        }
    }

    /// The id of `s` if it was ever interned (a filter on a string never written matches nothing).
    pub fn lookup(&self, s: &str) -> Option<u32> {
        match self.by_hash.get(&Self::hash(s)) {
            Some(&id) if self.get(id) == s => Some(id),
            Some(_) => self.collisions.get(s).copied(),
            None => None,
        }
    }

    fn push(&mut self, s: &str) -> u32 {
        self.arena.push_str(s);
        self.ends.push(self.arena.len());
        (self.ends.len() - 1) as u32
    }

    /// The string with id `id`.
    pub fn get(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.arena[start..self.ends[id]]
    }
}

/// One stored value. Strings are interned ids into the environment's [`Interner`].
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Cell {
    #[default]
    Null,
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(u32),
}

impl Cell {
    /// The numeric value, for SUM/AVG/percentiles and numeric comparisons.
    pub fn as_f64(self) -> Option<f64> {
        match self {
            Cell::Int(i) => Some(i as f64),
            Cell::Float(f) => Some(f),
            _ => None,
        }
    }

    /// Converts to JSON, resolving strings.
    pub fn to_json(self, strings: &Interner) -> serde_json::Value {
        match self {
            Cell::Null => serde_json::Value::Null,
            Cell::Int(i) => i.into(),
            Cell::Float(f) => serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into),
            Cell::Bool(b) => b.into(),
            Cell::Str(id) => strings.get(id).into(),
        }
    }
}

/// A value on its way into the store, borrowing its string.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(&'a str),
}

/// A column's type, as the columns API names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnType {
    String,
    Float,
    Integer,
    Boolean,
    Histogram,
}

impl ColumnType {
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::String => "string",
            ColumnType::Float => "float",
            ColumnType::Integer => "integer",
            ColumnType::Boolean => "boolean",
            ColumnType::Histogram => "histogram",
        }
    }
}

/// Typed storage: one dense vector per column, widened (int → float) or made `Mixed` when a
/// write does not fit, so no value is ever coerced away.
enum Values {
    Int(Vec<i64>),
    Float(Vec<f64>),
    Bool(Vec<bool>),
    Str(Vec<u32>),
    Mixed(Vec<Cell>),
}

impl Values {
    fn len(&self) -> usize {
        match self {
            Values::Int(v) => v.len(),
            Values::Float(v) => v.len(),
            Values::Bool(v) => v.len(),
            Values::Str(v) => v.len(),
            Values::Mixed(v) => v.len(),
        }
    }

    fn for_type(t: ColumnType) -> Values {
        match t {
            ColumnType::Integer => Values::Int(Vec::new()),
            ColumnType::Float => Values::Float(Vec::new()),
            ColumnType::Boolean => Values::Bool(Vec::new()),
            ColumnType::String | ColumnType::Histogram => Values::Str(Vec::new()),
        }
    }

    fn get(&self, row: usize) -> Cell {
        match self {
            Values::Int(v) => Cell::Int(v[row]),
            Values::Float(v) => Cell::Float(v[row]),
            Values::Bool(v) => Cell::Bool(v[row]),
            Values::Str(v) => Cell::Str(v[row]),
            Values::Mixed(v) => v[row],
        }
    }

    fn to_mixed(&self) -> Vec<Cell> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }

    /// Empty storage of the same kind.
    fn empty_like(&self) -> Values {
        match self {
            Values::Int(_) => Values::Int(Vec::new()),
            Values::Float(_) => Values::Float(Vec::new()),
            Values::Bool(_) => Values::Bool(Vec::new()),
            Values::Str(_) => Values::Str(Vec::new()),
            Values::Mixed(_) => Values::Mixed(Vec::new()),
        }
    }

    /// Appends `other` after row `offset` (rows between the end and `offset` padded; their presence
    /// bits say they have no value), widening as a row-by-row write would: int and float make float,
    /// any other two kinds make `Mixed`.
    fn append(&mut self, offset: usize, other: Values) {
        fn pad_extend<T: Clone>(values: &mut Vec<T>, offset: usize, pad: T, more: impl IntoIterator<Item = T>) {
            values.resize(offset, pad);
            values.extend(more);
        }
        if let (Values::Int(mine), Values::Float(_)) = (&*self, &other) {
            *self = Values::Float(mine.iter().map(|&i| i as f64).collect());
        }
        let same = matches!(
            (&*self, &other),
            (Values::Int(_), Values::Int(_))
                | (Values::Float(_), Values::Float(_) | Values::Int(_))
                | (Values::Bool(_), Values::Bool(_))
                | (Values::Str(_), Values::Str(_))
                | (Values::Mixed(_), _)
        );
        if !same {
            *self = Values::Mixed(self.to_mixed());
        }
        match (self, other) {
            (Values::Int(a), Values::Int(b)) => pad_extend(a, offset, 0, b),
            (Values::Float(a), Values::Float(b)) => pad_extend(a, offset, 0.0, b),
            (Values::Float(a), Values::Int(b)) => pad_extend(a, offset, 0.0, b.into_iter().map(|i| i as f64)),
            (Values::Bool(a), Values::Bool(b)) => pad_extend(a, offset, false, b),
            (Values::Str(a), Values::Str(b)) => pad_extend(a, offset, 0, b),
            (Values::Mixed(a), b) => pad_extend(a, offset, Cell::Null, b.to_mixed()),
            _ => unreachable!("widened above"),
        }
    }
}

/// A column: its data plus the metadata the columns API reports.
pub struct Column {
    pub name: Box<str>,
    pub id: String,
    values: Values,
    /// Bit `i` set ⇔ row `i` has a value.
    present: Vec<u64>,
    /// The type given by `POST /1/columns` or `PUT`, which wins over the inferred one.
    pub declared: Option<ColumnType>,
    pub description: String,
    pub hidden: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_written: Option<i64>,
}

impl Column {
    fn new(name: &str, first: Option<Value<'_>>, now: i64) -> Column {
        let values = match first {
            Some(Value::Int(_)) | None => Values::Int(Vec::new()),
            Some(Value::Float(_)) => Values::Float(Vec::new()),
            Some(Value::Bool(_)) => Values::Bool(Vec::new()),
            Some(Value::Str(_)) => Values::Str(Vec::new()),
        };
        Column {
            name: name.into(),
            id: random_alnum(11),
            values,
            present: Vec::new(),
            declared: None,
            description: String::new(),
            hidden: false,
            created_at: now,
            updated_at: now,
            last_written: None,
        }
    }

    /// A column created through the API before any event wrote it.
    pub fn declared(name: &str, t: ColumnType, now: i64) -> Column {
        let mut c = Column::new(name, None, now);
        c.values = Values::for_type(t);
        c.declared = Some(t);
        c
    }

    /// The value at `row`; `Null` where the row has none.
    #[inline]
    pub fn get(&self, row: usize) -> Cell {
        if row < self.values.len() && self.present[row / 64] & (1 << (row % 64)) != 0 { self.values.get(row) } else { Cell::Null }
    }

    /// The type the columns API shows.
    pub fn column_type(&self) -> ColumnType {
        self.declared.unwrap_or(match &self.values {
            Values::Int(_) => ColumnType::Integer,
            Values::Float(_) => ColumnType::Float,
            Values::Bool(_) => ColumnType::Boolean,
            Values::Str(_) | Values::Mixed(_) => ColumnType::String,
        })
    }

    fn set_present(&mut self, row: usize, yes: bool) {
        let word = row / 64;
        if self.present.len() <= word {
            self.present.resize(word + 1, 0);
        }
        if yes {
            self.present[word] |= 1 << (row % 64);
        } else {
            self.present[word] &= !(1 << (row % 64));
        }
    }

    /// Writes `value` at `row` (the table's newest row): pads skipped rows, widens the storage
    /// when the value does not fit, overwrites when the row already has a value.
    fn set(&mut self, row: usize, value: Value<'_>, strings: &mut Interner) {
        let cell = match value {
            Value::Int(i) => Cell::Int(i),
            Value::Float(f) => Cell::Float(f),
            Value::Bool(b) => Cell::Bool(b),
            Value::Str(s) => Cell::Str(strings.intern(s)),
        };
        // Widen first, so the match below always fits.
        let fits = matches!(
            (&self.values, cell),
            (Values::Int(_), Cell::Int(_))
                | (Values::Float(_), Cell::Int(_) | Cell::Float(_))
                | (Values::Bool(_), Cell::Bool(_))
                | (Values::Str(_), Cell::Str(_))
                | (Values::Mixed(_), _)
        );
        if !fits {
            self.values = match (&self.values, cell) {
                (Values::Int(v), Cell::Float(_)) => Values::Float(v.iter().map(|&i| i as f64).collect()),
                (other, _) => Values::Mixed(other.to_mixed()),
            };
        }
        let len = self.values.len();
        debug_assert!(row + 1 >= len, "rows are written in order");
        if len > row {
            self.pop();
        }
        let pad = row - self.values.len();
        match &mut self.values {
            Values::Int(v) => {
                v.extend(std::iter::repeat_n(0, pad));
                v.push(if let Cell::Int(i) = cell { i } else { 0 });
            }
            Values::Float(v) => {
                v.extend(std::iter::repeat_n(0.0, pad));
                v.push(cell.as_f64().unwrap_or(0.0));
            }
            Values::Bool(v) => {
                v.extend(std::iter::repeat_n(false, pad));
                v.push(matches!(cell, Cell::Bool(true)));
            }
            Values::Str(v) => {
                v.extend(std::iter::repeat_n(0, pad));
                v.push(if let Cell::Str(s) = cell { s } else { 0 });
            }
            Values::Mixed(v) => {
                v.extend(std::iter::repeat_n(Cell::Null, pad));
                v.push(cell);
            }
        }
        for r in row - pad..row {
            self.set_present(r, false);
        }
        self.set_present(row, true);
    }

    /// Appends the rows of `other` (a column of the same name in a table appended to this one) as rows
    /// `offset..` of this column.
    pub(crate) fn append(&mut self, offset: usize, other: Column) {
        let mine = self.values.len();
        let theirs = other.values.len();
        // Rows from `mine` on have no value (bits past the end are cleared before the new ones go in).
        self.present.truncate(mine.div_ceil(64));
        if !mine.is_multiple_of(64)
            && let Some(last) = self.present.last_mut()
        {
            *last &= (1u64 << (mine % 64)) - 1;
        }
        self.present.resize((offset + theirs).div_ceil(64), 0);
        let (base, shift) = (offset / 64, offset % 64);
        for (index, &word) in other.present.iter().enumerate().take(theirs.div_ceil(64)) {
            let word = if (index + 1) * 64 > theirs { word & ((1u64 << (theirs % 64)) - 1) } else { word };
            if word == 0 {
                continue;
            }
            self.present[base + index] |= word << shift;
            if shift != 0 && base + index + 1 < self.present.len() {
                self.present[base + index + 1] |= word >> (64 - shift);
            }
        }
        self.values.append(offset, other.values);
        self.declared = self.declared.or(other.declared);
        self.last_written = self.last_written.max(other.last_written);
    }

    fn reserve_rows(&mut self, rows: usize) {
        fn exact<T>(values: &mut Vec<T>, rows: usize) {
            values.reserve_exact(rows.saturating_sub(values.len()));
        }
        match &mut self.values {
            Values::Int(v) => exact(v, rows),
            Values::Float(v) => exact(v, rows),
            Values::Bool(v) => exact(v, rows),
            Values::Str(v) => exact(v, rows),
            Values::Mixed(v) => exact(v, rows),
        }
        exact(&mut self.present, rows.div_ceil(64));
    }

    fn pop(&mut self) {
        match &mut self.values {
            Values::Int(v) => drop(v.pop()),
            Values::Float(v) => drop(v.pop()),
            Values::Bool(v) => drop(v.pop()),
            Values::Str(v) => drop(v.pop()),
            Values::Mixed(v) => drop(v.pop()),
        }
    }
}

/// The bytes of a column on disk (`crate::cache`): its kind, presence bits and values, strings as a
/// column-local dictionary so a column can be read without the others.
impl Column {
    pub(crate) fn encode(&self, out: &mut Vec<u8>, strings: &Interner) {
        let put_u64 = |out: &mut Vec<u8>, v: u64| out.extend_from_slice(&v.to_le_bytes());
        let kind = match &self.values {
            Values::Int(_) => 0u8,
            Values::Float(_) => 1,
            Values::Bool(_) => 2,
            Values::Str(_) => 3,
            Values::Mixed(_) => 4,
        };
        out.push(kind);
        out.push(match self.declared {
            None => 0,
            Some(ColumnType::String) => 1,
            Some(ColumnType::Float) => 2,
            Some(ColumnType::Integer) => 3,
            Some(ColumnType::Boolean) => 4,
            Some(ColumnType::Histogram) => 5,
        });
        put_u64(out, self.values.len() as u64);
        put_u64(out, self.present.len() as u64);
        for word in &self.present {
            put_u64(out, *word);
        }
        // Column-local string ids: global id → local, in first-seen order.
        let mut local: FxHashMap<u32, u32> = FxHashMap::default();
        let mut dictionary: Vec<u32> = Vec::new();
        let mut local_id = |id: u32| {
            *local.entry(id).or_insert_with(|| {
                dictionary.push(id);
                (dictionary.len() - 1) as u32
            })
        };
        let mut body = Vec::new();
        match &self.values {
            Values::Int(v) => v.iter().for_each(|x| body.extend_from_slice(&x.to_le_bytes())),
            Values::Float(v) => v.iter().for_each(|x| body.extend_from_slice(&x.to_le_bytes())),
            Values::Bool(v) => body.extend(v.iter().map(|&b| u8::from(b))),
            Values::Str(v) => v.iter().for_each(|&id| body.extend_from_slice(&local_id(id).to_le_bytes())),
            Values::Mixed(v) => {
                for cell in v {
                    let (tag, bits) = match *cell {
                        Cell::Null => (0u8, 0u64),
                        Cell::Int(i) => (1, i as u64),
                        Cell::Float(f) => (2, f.to_bits()),
                        Cell::Bool(b) => (3, u64::from(b)),
                        Cell::Str(id) => (4, u64::from(local_id(id))),
                    };
                    body.push(tag);
                    body.extend_from_slice(&bits.to_le_bytes());
                }
            }
        }
        out.extend_from_slice(&(dictionary.len() as u32).to_le_bytes());
        for id in dictionary {
            let text = strings.get(id);
            out.extend_from_slice(&(text.len() as u32).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(&body);
    }

    pub(crate) fn decode(name: &str, bytes: &[u8], strings: &mut Interner, now: i64) -> Option<Column> {
        let mut at = 0usize;
        let mut take = |n: usize| -> Option<&[u8]> {
            let slice = bytes.get(at..at + n)?;
            at += n;
            Some(slice)
        };
        let kind = take(1)?[0];
        let declared = match take(1)?[0] {
            0 => None,
            1 => Some(ColumnType::String),
            2 => Some(ColumnType::Float),
            3 => Some(ColumnType::Integer),
            4 => Some(ColumnType::Boolean),
            _ => Some(ColumnType::Histogram),
        };
        let u64_at = |slice: &[u8]| u64::from_le_bytes(slice.try_into().unwrap_or([0; 8]));
        let len = usize::try_from(u64_at(take(8)?)).ok()?;
        let words = usize::try_from(u64_at(take(8)?)).ok()?;
        let present: Vec<u64> = take(words.checked_mul(8)?)?.chunks_exact(8).map(u64_at).collect();
        let count = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        let mut dictionary = Vec::with_capacity(count);
        for _ in 0..count {
            let length = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
            let text = std::str::from_utf8(take(length)?).ok()?;
            dictionary.push(strings.intern(text));
        }
        let values = match kind {
            0 => Values::Int(take(len.checked_mul(8)?)?.chunks_exact(8).map(|c| u64_at(c) as i64).collect()),
            1 => Values::Float(take(len.checked_mul(8)?)?.chunks_exact(8).map(|c| f64::from_bits(u64_at(c))).collect()),
            2 => Values::Bool(take(len)?.iter().map(|&b| b != 0).collect()),
            3 => Values::Str(
                take(len.checked_mul(4)?)?
                    .chunks_exact(4)
                    .map(|c| dictionary.get(u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize).copied().unwrap_or(0))
                    .collect(),
            ),
            _ => {
                let raw = take(len.checked_mul(9)?)?;
                Values::Mixed(
                    raw.chunks_exact(9)
                        .map(|c| {
                            let bits = u64_at(&c[1..]);
                            match c[0] {
                                1 => Cell::Int(bits as i64),
                                2 => Cell::Float(f64::from_bits(bits)),
                                3 => Cell::Bool(bits != 0),
                                4 => Cell::Str(dictionary.get(bits as usize).copied().unwrap_or(0)),
                                _ => Cell::Null,
                            }
                        })
                        .collect(),
                )
            }
        };
        let mut column = Column::new(name, None, now);
        column.values = values;
        column.present = present;
        column.declared = declared;
        column.last_written = Some(now);
        Some(column)
    }
}

/// The events of one dataset.
#[derive(Default)]
pub struct EventTable {
    /// Event time, nanoseconds since the epoch.
    timestamps: Vec<i64>,
    /// Each event's sample rate (it stands for this many events), kept only once one is not 1:
    /// `None` means every rate is 1. Not a column, as in Honeycomb: queries weight by it.
    sample_rates: Option<Vec<u32>>,
    columns: Vec<Column>,
    by_name: FxHashMap<Box<str>, usize>,
}

/// A borrowed column name/value pair, the unit of a row write.
pub type Field<'a> = (&'a str, Value<'a>);

impl EventTable {
    /// Number of events.
    pub fn len(&self) -> usize {
        self.timestamps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.timestamps.is_empty()
    }

    /// Event time of `row`, in nanoseconds.
    #[inline]
    pub fn timestamp(&self, row: usize) -> i64 {
        self.timestamps[row]
    }

    pub fn timestamps(&self) -> &[i64] {
        &self.timestamps
    }

    /// The sample rate of `row` (1 unless the event was sampled).
    #[inline]
    pub fn sample_rate(&self, row: usize) -> u32 {
        self.sample_rates.as_ref().and_then(|r| r.get(row).copied()).unwrap_or(1)
    }

    /// Whether any event has a sample rate other than 1.
    pub fn is_sampled(&self) -> bool {
        self.sample_rates.is_some()
    }

    /// Appends one unsampled event (sample rate 1); see [`EventTable::push_sampled`].
    pub fn push<'a>(&mut self, timestamp_ns: i64, fields: impl IntoIterator<Item = Field<'a>>, strings: &mut Interner, now: i64) -> usize {
        self.push_sampled(timestamp_ns, 1, fields, strings, now)
    }

    /// Appends one event that stands for `sample_rate` events (0 counts as 1). A field named twice
    /// keeps its last value. `now` (epoch seconds) stamps the columns' `last_written`. Returns how
    /// many columns this row created, so the caller can count them.
    pub fn push_sampled<'a>(
        &mut self,
        timestamp_ns: i64,
        sample_rate: u32,
        fields: impl IntoIterator<Item = Field<'a>>,
        strings: &mut Interner,
        now: i64,
    ) -> usize {
        let row = self.timestamps.len();
        self.timestamps.push(timestamp_ns);
        let sample_rate = sample_rate.max(1);
        if sample_rate != 1 && self.sample_rates.is_none() {
            self.sample_rates = Some(vec![1; row]);
        }
        if let Some(rates) = &mut self.sample_rates {
            rates.push(sample_rate);
        }
        let mut created = 0;
        for (name, value) in fields {
            if let Value::Float(f) = value
                && f.is_nan()
            {
                continue;
            }
            let idx = match self.by_name.get(name) {
                Some(&i) => i,
                None => {
                    created += 1;
                    self.add_column(Column::new(name, Some(value), now))
                }
            };
            let column = &mut self.columns[idx];
            column.set(row, value, strings);
            column.last_written = Some(now);
        }
        created
    }

    /// One event as a JSON object of its fields (absent fields left out).
    pub fn row_json(&self, row: usize, strings: &Interner) -> serde_json::Map<String, serde_json::Value> {
        self.columns
            .iter()
            .filter_map(|c| match c.get(row) {
                Cell::Null => None,
                cell => Some((c.name.to_string(), cell.to_json(strings))),
            })
            .collect()
    }

    /// Adds a column (from the columns API); returns its index.
    pub fn add_column(&mut self, column: Column) -> usize {
        let idx = self.columns.len();
        self.by_name.insert(column.name.clone(), idx);
        self.columns.push(column);
        idx
    }

    /// Removes a column and its data (`DELETE /1/columns/...`).
    pub fn remove_column(&mut self, name: &str) -> Option<Column> {
        let idx = self.by_name.remove(name)?;
        let removed = self.columns.remove(idx);
        for i in self.by_name.values_mut() {
            if *i > idx {
                *i -= 1;
            }
        }
        Some(removed)
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.by_name.get(name).map(|&i| &self.columns[i])
    }

    pub fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.by_name.get(name).map(|&i| &mut self.columns[i])
    }

    /// A table from its parts, as the cache keeps them (`crate::cache`).
    pub(crate) fn from_parts(timestamps: Vec<i64>, sample_rates: Option<Vec<u32>>, columns: Vec<Column>) -> EventTable {
        let mut table = EventTable { timestamps, sample_rates, columns: Vec::new(), by_name: FxHashMap::default() };
        for column in columns {
            table.add_column(column);
        }
        table
    }

    /// Makes room for `rows` events in all (the table and each of its columns), so appending up to
    /// that many allocates nothing more.
    pub fn reserve_rows(&mut self, rows: usize) {
        let more = rows.saturating_sub(self.len());
        if more == 0 {
            return;
        }
        self.timestamps.reserve_exact(rows - self.timestamps.len());
        if let Some(rates) = &mut self.sample_rates {
            rates.reserve_exact(rows - rates.len());
        }
        for column in &mut self.columns {
            column.reserve_rows(rows);
        }
    }

    /// Appends the events of `other` after this table's (the cache's segments, read together).
    pub fn append(&mut self, other: EventTable) {
        let offset = self.len();
        match (&mut self.sample_rates, other.sample_rates) {
            (None, None) => {}
            (Some(mine), None) => mine.resize(offset + other.timestamps.len(), 1),
            (mine, Some(theirs)) => {
                let rates = mine.get_or_insert_with(|| vec![1; offset]);
                rates.extend(theirs);
            }
        }
        self.timestamps.extend(other.timestamps);
        for column in other.columns {
            match self.by_name.get(&column.name) {
                Some(&index) => self.columns[index].append(offset, column),
                None => {
                    let mut empty = Column::new(&column.name, None, column.created_at);
                    empty.values = column.values.empty_like();
                    empty.append(offset, column);
                    self.add_column(empty);
                }
            }
        }
    }

    pub(crate) fn sample_rates(&self) -> Option<&[u32]> {
        self.sample_rates.as_deref()
    }

    /// Columns in creation order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    pub fn columns_mut(&mut self) -> &mut [Column] {
        &mut self.columns
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_columns_read_as_null() {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        t.push(1, [("a", Value::Int(1))], &mut strings, 0);
        t.push(2, [("b", Value::Str("x"))], &mut strings, 0);
        t.push(3, [("a", Value::Int(3)), ("b", Value::Str("x"))], &mut strings, 0);
        let a = t.column("a").unwrap();
        assert_eq!(a.get(0), Cell::Int(1));
        assert_eq!(a.get(1), Cell::Null);
        assert_eq!(a.get(2), Cell::Int(3));
        let b = t.column("b").unwrap();
        assert_eq!(b.get(0), Cell::Null);
        assert_eq!(b.get(1), b.get(2));
        assert_eq!(t.len(), 3);
        assert_eq!(t.row_json(2, &strings), serde_json::json!({"a": 3, "b": "x"}).as_object().unwrap().clone());
    }

    #[test]
    fn sample_rates_are_kept_only_once_one_is_not_1() {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        t.push(1, [("a", Value::Int(1))], &mut strings, 0);
        assert!(!t.is_sampled());
        t.push_sampled(2, 10, [("a", Value::Int(2))], &mut strings, 0);
        t.push_sampled(3, 0, [("a", Value::Int(3))], &mut strings, 0);
        assert_eq!((t.sample_rate(0), t.sample_rate(1), t.sample_rate(2)), (1, 10, 1));
    }

    #[test]
    fn a_field_named_twice_keeps_its_last_value() {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        t.push(
            1,
            [("name", Value::Str("span")), ("name", Value::Str("attribute")), ("n", Value::Int(1)), ("n", Value::Float(2.5))],
            &mut strings,
            0,
        );
        assert_eq!(t.row_json(0, &strings), serde_json::json!({"name": "attribute", "n": 2.5}).as_object().unwrap().clone());
    }

    #[test]
    fn columns_widen_instead_of_losing_values() {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        t.push(1, [("v", Value::Int(2))], &mut strings, 0);
        t.push(2, [("v", Value::Float(2.5))], &mut strings, 0);
        assert_eq!(t.column("v").unwrap().column_type(), ColumnType::Float);
        t.push(3, [("v", Value::Str("high"))], &mut strings, 0);
        let v = t.column("v").unwrap();
        assert_eq!(v.get(0), Cell::Float(2.0));
        assert_eq!(v.get(1), Cell::Float(2.5));
        assert_eq!(v.get(2), Cell::Str(strings.lookup("high").unwrap()));
    }

    #[test]
    fn interner_dedupes() {
        let mut s = Interner::default();
        let a = s.intern("alice");
        let b = s.intern("bob");
        assert_eq!(s.intern("alice"), a);
        assert_ne!(a, b);
        assert_eq!(s.get(b), "bob");
        assert_eq!(s.lookup("carol"), None);
        assert_eq!(s.intern(""), s.lookup("").unwrap());
    }
}
