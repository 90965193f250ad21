//! Calculated fields: a subset of Honeycomb's expression language.
//!
//! "Recent traces" needs `EVENT_TIMESTAMP()`; the arithmetic, comparison and string functions
//! below cover the docs' common examples. An unsupported function is rejected when the query is
//! created, with its name, rather than silently computing something else.

use crate::table::{Cell, Column, Interner};

/// A scalar produced while evaluating a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Null,
    Int(i64),
    Float(f64),
    Bool(bool),
    /// An interned string.
    Str(u32),
    /// A string computed by an expression and never interned.
    Text(Box<str>),
}

impl From<Cell> for Scalar {
    fn from(c: Cell) -> Scalar {
        match c {
            Cell::Null => Scalar::Null,
            Cell::Int(i) => Scalar::Int(i),
            Cell::Float(f) => Scalar::Float(f),
            Cell::Bool(b) => Scalar::Bool(b),
            Cell::Str(s) => Scalar::Str(s),
        }
    }
}

impl Scalar {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Scalar::Int(i) => Some(*i as f64),
            Scalar::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The string content, if this is a string.
    pub fn as_str<'s>(&'s self, strings: &'s Interner) -> Option<&'s str> {
        match self {
            Scalar::Str(id) => Some(strings.get(*id)),
            Scalar::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Scalar::Null)
    }

    /// Text form, as string filters and CONCAT see a value.
    pub fn to_text(&self, strings: &Interner) -> Option<String> {
        Some(match self {
            Scalar::Null => return None,
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Bool(b) => b.to_string(),
            Scalar::Str(id) => strings.get(*id).to_owned(),
            Scalar::Text(t) => t.to_string(),
        })
    }

    fn truthy(&self, strings: &Interner) -> bool {
        match self {
            Scalar::Null => false,
            Scalar::Bool(b) => *b,
            Scalar::Int(i) => *i != 0,
            Scalar::Float(f) => *f != 0.0,
            s => s.as_str(strings).is_some_and(|t| !t.is_empty()),
        }
    }

    /// Interns-if-known a computed string, so equal strings compare equal by id when grouping.
    pub fn canonical(self, strings: &Interner) -> Scalar {
        match self {
            Scalar::Text(t) => strings.lookup(&t).map_or(Scalar::Text(t), Scalar::Str),
            other => other,
        }
    }

    pub fn to_json(&self, strings: &Interner) -> serde_json::Value {
        match self {
            Scalar::Null => serde_json::Value::Null,
            Scalar::Int(i) => (*i).into(),
            Scalar::Float(f) => serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into),
            Scalar::Bool(b) => (*b).into(),
            Scalar::Str(id) => strings.get(*id).into(),
            Scalar::Text(t) => t.to_string().into(),
        }
    }
}

/// Equality with numeric and string coercion (`"200"` equals `200`).
pub fn loosely_equal(a: &Scalar, b: &Scalar, strings: &Interner) -> bool {
    match (a, b) {
        (Scalar::Null, Scalar::Null) => true,
        (Scalar::Null, _) | (_, Scalar::Null) => false,
        (Scalar::Str(x), Scalar::Str(y)) => x == y,
        (Scalar::Bool(x), Scalar::Bool(y)) => x == y,
        _ => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => x == y,
            _ => match (a.to_text(strings), b.to_text(strings)) {
                (Some(x), Some(y)) => x == y || matches!((x.parse::<f64>(), y.parse::<f64>()), (Ok(p), Ok(q)) if p == q),
                _ => false,
            },
        },
    }
}

/// A function the server evaluates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    EventTimestamp,
    Sum,
    Sub,
    Mul,
    Div,
    Mod,
    Min,
    Max,
    Coalesce,
    If,
    Equals,
    Exists,
    Not,
    And,
    Or,
    Lt,
    Lte,
    Gt,
    Gte,
    Concat,
    StartsWith,
    Contains,
    Int,
    Float,
    Log10,
}

impl Func {
    fn parse(name: &str) -> Option<Func> {
        Some(match name.to_ascii_uppercase().as_str() {
            "EVENT_TIMESTAMP" => Func::EventTimestamp,
            "SUM" => Func::Sum,
            "SUB" => Func::Sub,
            "MUL" => Func::Mul,
            "DIV" => Func::Div,
            "MOD" => Func::Mod,
            "MIN" => Func::Min,
            "MAX" => Func::Max,
            "COALESCE" => Func::Coalesce,
            "IF" => Func::If,
            "EQUALS" => Func::Equals,
            "EXISTS" => Func::Exists,
            "NOT" => Func::Not,
            "AND" => Func::And,
            "OR" => Func::Or,
            "LT" => Func::Lt,
            "LTE" => Func::Lte,
            "GT" => Func::Gt,
            "GTE" => Func::Gte,
            "CONCAT" => Func::Concat,
            "STARTS_WITH" => Func::StartsWith,
            "CONTAINS" => Func::Contains,
            "INT" => Func::Int,
            "FLOAT" => Func::Float,
            "LOG10" => Func::Log10,
            _ => return None,
        })
    }

    fn arity(self) -> (usize, usize) {
        match self {
            Func::EventTimestamp => (0, 0),
            Func::Sub | Func::Div | Func::Mod | Func::Equals | Func::StartsWith | Func::Contains => (2, 2),
            Func::Lt | Func::Lte | Func::Gt | Func::Gte => (2, 2),
            Func::If => (2, 3),
            Func::Exists | Func::Not | Func::Int | Func::Float | Func::Log10 => (1, 1),
            _ => (1, usize::MAX),
        }
    }
}

/// A parsed expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Column(String),
    Literal(Scalar),
    Call(Func, Vec<Expr>),
}

impl Expr {
    /// The columns the expression reads (`$name`), each once.
    pub fn columns(&self, into: &mut Vec<String>) {
        match self {
            Expr::Column(name) if !into.contains(name) => into.push(name.clone()),
            Expr::Call(_, args) => args.iter().for_each(|arg| arg.columns(into)),
            _ => {}
        }
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while self.src[self.pos..].starts_with(char::is_whitespace) {
            self.pos += self.src[self.pos..].chars().next().map_or(1, char::len_utf8);
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn expr(&mut self) -> Result<Expr, String> {
        self.skip_ws();
        match self.peek() {
            None => Err("unexpected end of expression".into()),
            Some('$') => {
                self.pos += 1;
                if self.peek() == Some('"') {
                    return Ok(Expr::Column(self.quoted('"')?));
                }
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if c.is_alphanumeric() || "_./:=+?-".contains(c) {
                        self.pos += c.len_utf8();
                    } else {
                        break;
                    }
                }
                if start == self.pos {
                    return Err("empty column name after $".into());
                }
                Ok(Expr::Column(self.src[start..self.pos].to_owned()))
            }
            Some('"') => Ok(Expr::Literal(Scalar::Text(self.quoted('"')?.into()))),
            Some('`') => Ok(Expr::Literal(Scalar::Text(self.quoted('`')?.into()))),
            Some(c) if c.is_ascii_digit() || c == '-' || c == '.' => {
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if c.is_ascii_digit() || "-+.eE".contains(c) {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                let text = &self.src[start..self.pos];
                text.parse::<i64>()
                    .map(Scalar::Int)
                    .or_else(|_| text.parse::<f64>().map(Scalar::Float))
                    .map(Expr::Literal)
                    .map_err(|_| format!("invalid number {text:?}"))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let start = self.pos;
                while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.pos += 1;
                }
                let word = &self.src[start..self.pos];
                match word {
                    "true" => return Ok(Expr::Literal(Scalar::Bool(true))),
                    "false" => return Ok(Expr::Literal(Scalar::Bool(false))),
                    "null" => return Ok(Expr::Literal(Scalar::Null)),
                    _ => {}
                }
                let func = Func::parse(word).ok_or_else(|| format!("unsupported function {word} in calculated field"))?;
                self.skip_ws();
                if self.peek() != Some('(') {
                    return Err(format!("expected ( after {word}"));
                }
                self.pos += 1;
                let mut args = Vec::new();
                loop {
                    self.skip_ws();
                    if self.peek() == Some(')') {
                        self.pos += 1;
                        break;
                    }
                    args.push(self.expr()?);
                    self.skip_ws();
                    match self.peek() {
                        Some(',') => self.pos += 1,
                        Some(')') => {
                            self.pos += 1;
                            break;
                        }
                        _ => return Err(format!("expected , or ) in {word}(...)")),
                    }
                }
                let (min, max) = func.arity();
                if args.len() < min || args.len() > max {
                    return Err(format!("{word} takes {min}..{max} arguments, got {}", args.len()));
                }
                Ok(Expr::Call(func, args))
            }
            Some(c) => Err(format!("unexpected {c:?} in expression")),
        }
    }

    fn quoted(&mut self, quote: char) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        let mut chars = self.src[self.pos..].char_indices();
        while let Some((i, c)) = chars.next() {
            if c == quote {
                self.pos += i + 1;
                return Ok(out);
            }
            if c == '\\' && quote == '"' {
                if let Some((_, e)) = chars.next() {
                    out.push(match e {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                }
            } else {
                out.push(c);
            }
        }
        Err("unterminated string".into())
    }
}

impl Expr {
    pub fn parse(src: &str) -> Result<Expr, String> {
        let mut p = Parser { src, pos: 0 };
        let e = p.expr()?;
        p.skip_ws();
        if p.pos != src.len() {
            return Err(format!("unexpected text after expression: {:?}", &src[p.pos..]));
        }
        Ok(e)
    }

    /// Resolves column names against one table.
    pub fn bind<'t>(&self, lookup: &dyn Fn(&str) -> Option<&'t Column>) -> Bound<'t> {
        match self {
            Expr::Column(name) => Bound::Column(lookup(name)),
            Expr::Literal(v) => Bound::Literal(v.clone()),
            Expr::Call(f, args) => Bound::Call(*f, args.iter().map(|a| a.bind(lookup)).collect()),
        }
    }
}

/// An expression bound to a table's columns.
pub enum Bound<'t> {
    Column(Option<&'t Column>),
    Literal(Scalar),
    Call(Func, Vec<Bound<'t>>),
}

fn num(v: f64) -> Scalar {
    if v.fract() == 0.0 && v.abs() < 9.0e15 { Scalar::Int(v as i64) } else { Scalar::Float(v) }
}

impl Bound<'_> {
    /// Evaluates for `row` (whose timestamp is `ts_ns`).
    pub fn eval(&self, row: usize, ts_ns: i64, strings: &Interner) -> Scalar {
        let Bound::Call(func, args) = self else {
            return match self {
                Bound::Column(Some(c)) => c.get(row).into(),
                Bound::Literal(v) => v.clone(),
                _ => Scalar::Null,
            };
        };
        let arg = |i: usize| args[i].eval(row, ts_ns, strings);
        let nums = || -> Option<Vec<f64>> { args.iter().map(|a| a.eval(row, ts_ns, strings).as_f64()).collect() };
        let cmp = |f: fn(f64, f64) -> bool| match (arg(0).as_f64(), arg(1).as_f64()) {
            (Some(a), Some(b)) => Scalar::Bool(f(a, b)),
            _ => Scalar::Null,
        };
        match func {
            Func::EventTimestamp => Scalar::Float(ts_ns as f64 / 1e9),
            Func::Sum => nums().map_or(Scalar::Null, |v| num(v.iter().sum())),
            Func::Mul => nums().map_or(Scalar::Null, |v| num(v.iter().product())),
            Func::Sub => nums().map_or(Scalar::Null, |v| num(v[0] - v[1])),
            Func::Div => match nums() {
                Some(v) if v[1] != 0.0 => Scalar::Float(v[0] / v[1]),
                _ => Scalar::Null,
            },
            Func::Mod => match nums() {
                Some(v) if v[1] != 0.0 => num(v[0] % v[1]),
                _ => Scalar::Null,
            },
            Func::Min => nums().map_or(Scalar::Null, |v| num(v.into_iter().fold(f64::INFINITY, f64::min))),
            Func::Max => nums().map_or(Scalar::Null, |v| num(v.into_iter().fold(f64::NEG_INFINITY, f64::max))),
            Func::Coalesce => args
                .iter()
                .map(|a| a.eval(row, ts_ns, strings))
                .find(|v| !v.is_null() && v.as_str(strings) != Some(""))
                .unwrap_or(Scalar::Null),
            Func::If => {
                if arg(0).truthy(strings) {
                    arg(1)
                } else if args.len() > 2 {
                    arg(2)
                } else {
                    Scalar::Null
                }
            }
            Func::Equals => Scalar::Bool(loosely_equal(&arg(0), &arg(1), strings)),
            Func::Exists => Scalar::Bool(!arg(0).is_null()),
            Func::Not => Scalar::Bool(!arg(0).truthy(strings)),
            Func::And => Scalar::Bool(args.iter().all(|a| a.eval(row, ts_ns, strings).truthy(strings))),
            Func::Or => Scalar::Bool(args.iter().any(|a| a.eval(row, ts_ns, strings).truthy(strings))),
            Func::Lt => cmp(|a, b| a < b),
            Func::Lte => cmp(|a, b| a <= b),
            Func::Gt => cmp(|a, b| a > b),
            Func::Gte => cmp(|a, b| a >= b),
            Func::Concat => {
                let mut out = String::new();
                for a in args {
                    if let Some(t) = a.eval(row, ts_ns, strings).to_text(strings) {
                        out.push_str(&t);
                    }
                }
                Scalar::Text(out.into())
            }
            Func::StartsWith | Func::Contains => match (arg(0).to_text(strings), arg(1).to_text(strings)) {
                (Some(a), Some(b)) => Scalar::Bool(if *func == Func::StartsWith { a.starts_with(&b) } else { a.contains(&b) }),
                _ => Scalar::Null,
            },
            Func::Int => match arg(0) {
                Scalar::Bool(b) => Scalar::Int(i64::from(b)),
                v => v
                    .as_f64()
                    .or_else(|| v.to_text(strings).and_then(|t| t.parse().ok()))
                    .map_or(Scalar::Null, |f: f64| Scalar::Int(f.trunc() as i64)),
            },
            Func::Float => {
                let v = arg(0);
                v.as_f64().or_else(|| v.to_text(strings).and_then(|t| t.parse().ok())).map_or(Scalar::Null, Scalar::Float)
            }
            Func::Log10 => match arg(0).as_f64() {
                Some(v) if v > 0.0 => Scalar::Float(v.log10()),
                _ => Scalar::Null,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{EventTable, Value};

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Expr::parse("EVENT_TIMESTAMP()").unwrap(), Expr::Call(Func::EventTimestamp, vec![]));
        assert!(Expr::parse("SUB($a, 1)").is_ok());
        assert!(Expr::parse("$\"odd name\"").is_ok());
        assert!(Expr::parse("REG_MATCH($a, `x`)").unwrap_err().contains("REG_MATCH"));
        assert!(Expr::parse("SUB($a)").is_err());
        assert!(Expr::parse("$a extra").is_err());
    }

    #[test]
    fn evaluates_against_a_row() {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        t.push(1_500_549_764_888_000_000, [("duration_ms", Value::Float(12.5)), ("user", Value::Str("alice"))], &mut strings, 0);
        let eval = |src: &str| Expr::parse(src).unwrap().bind(&|n| t.column(n)).eval(0, t.timestamp(0), &strings);
        assert_eq!(eval("EVENT_TIMESTAMP()"), Scalar::Float(1_500_549_764.888));
        assert_eq!(eval("MUL($duration_ms, 2)"), Scalar::Int(25));
        assert_eq!(eval("IF(EQUALS($user, \"alice\"), 1, 0)"), Scalar::Int(1));
        assert_eq!(eval("CONCAT($user, \"-x\")"), Scalar::Text("alice-x".into()));
        assert_eq!(eval("$missing"), Scalar::Null);
    }
}
