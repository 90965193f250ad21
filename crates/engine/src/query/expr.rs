//! Calculated fields (derived columns): Honeycomb's expression language.
//!
//! The parser follows the grammar Honeycomb publishes for it (`HCDC.g4` in
//! honeycombio/honeycomb-derived-column-validator, Apache-2.0): functions with upper-case names,
//! `$column` references (`$"odd name"`, `` $`raw` ``), string, raw-string, number, boolean and null
//! literals, and the infix operators `!`, `* / %`, `-`, `+`, `< <= > >=`, `= !=`, `AND`, `OR`
//! (tightest first, left-associative). A function the language does not have is refused, with the
//! closest name as a hint.
//!
//! Evaluation covers most of the language; the functions it cannot compute faithfully (regular
//! expressions, time formatting, `BUCKET`, `SWITCH`, `SEARCH`, `INGEST_TIMESTAMP`) are named by
//! [`Expr::unsupported`], so a query that needs one fails with its name rather than computing
//! something else. Parsing (what the API checks when a calculated field is saved) accepts them.

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

/// A function of the expression language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    If,
    Switch,
    Coalesce,
    Not,
    Lt,
    Lte,
    Gt,
    Gte,
    Equals,
    Eq,
    Neq,
    In,
    Exists,
    And,
    Or,
    Min,
    Max,
    Avg,
    Ceil,
    Floor,
    Sum,
    Sub,
    Mul,
    Div,
    Mod,
    Log10,
    Bucket,
    Concat,
    StartsWith,
    EndsWith,
    Contains,
    Length,
    ToLower,
    ToUpper,
    RegMatch,
    RegValue,
    RegCount,
    Search,
    Int,
    Float,
    Bool,
    String,
    UnixTimestamp,
    FormatTime,
    EventTimestamp,
    IngestTimestamp,
}

/// Every function: its name, the number of arguments it takes (`usize::MAX`: any number), and
/// whether the engine evaluates it. The names are the published validator's (`lookupOp`) and the
/// docs' function pages'.
const FUNCTIONS: &[(&str, Func, usize, usize, bool)] = &[
    ("IF", Func::If, 2, usize::MAX, true),
    ("SWITCH", Func::Switch, 3, usize::MAX, true),
    ("COALESCE", Func::Coalesce, 1, usize::MAX, true),
    ("NOT", Func::Not, 1, 1, true),
    ("LT", Func::Lt, 2, 2, true),
    ("LTE", Func::Lte, 2, 2, true),
    ("GT", Func::Gt, 2, 2, true),
    ("GTE", Func::Gte, 2, 2, true),
    ("EQUALS", Func::Equals, 2, 2, true),
    ("EQ", Func::Eq, 2, 2, true),
    ("NEQ", Func::Neq, 2, 2, true),
    ("IN", Func::In, 2, usize::MAX, true),
    ("EXISTS", Func::Exists, 1, 1, true),
    ("AND", Func::And, 1, usize::MAX, true),
    ("OR", Func::Or, 1, usize::MAX, true),
    ("MIN", Func::Min, 1, usize::MAX, true),
    ("MAX", Func::Max, 1, usize::MAX, true),
    ("AVG", Func::Avg, 1, usize::MAX, true),
    ("CEIL", Func::Ceil, 1, 1, true),
    ("FLOOR", Func::Floor, 1, 1, true),
    ("SUM", Func::Sum, 1, usize::MAX, true),
    ("SUB", Func::Sub, 2, 2, true),
    ("MUL", Func::Mul, 1, usize::MAX, true),
    ("DIV", Func::Div, 2, 2, true),
    ("MOD", Func::Mod, 2, 2, true),
    ("LOG10", Func::Log10, 1, 1, true),
    ("BUCKET", Func::Bucket, 2, 4, false),
    ("CONCAT", Func::Concat, 1, usize::MAX, true),
    ("STARTS_WITH", Func::StartsWith, 2, 2, true),
    ("ENDS_WITH", Func::EndsWith, 2, 2, true),
    ("CONTAINS", Func::Contains, 2, 2, true),
    ("LENGTH", Func::Length, 1, 2, true),
    ("TO_LOWER", Func::ToLower, 1, 1, true),
    ("TO_UPPER", Func::ToUpper, 1, 1, true),
    ("REG_MATCH", Func::RegMatch, 2, 2, false),
    ("REG_VALUE", Func::RegValue, 2, 2, false),
    ("REG_COUNT", Func::RegCount, 2, 2, false),
    ("SEARCH", Func::Search, 1, usize::MAX, false),
    ("INT", Func::Int, 1, 1, true),
    ("FLOAT", Func::Float, 1, 1, true),
    ("BOOL", Func::Bool, 1, 1, true),
    ("STRING", Func::String, 1, 1, true),
    ("UNIX_TIMESTAMP", Func::UnixTimestamp, 1, 1, false),
    ("FORMAT_TIME", Func::FormatTime, 2, 2, false),
    ("EVENT_TIMESTAMP", Func::EventTimestamp, 0, 0, true),
    ("INGEST_TIMESTAMP", Func::IngestTimestamp, 0, 0, false),
];

impl Func {
    fn entry(self) -> &'static (&'static str, Func, usize, usize, bool) {
        FUNCTIONS.iter().find(|f| f.1 == self).unwrap_or(&FUNCTIONS[0])
    }

    /// The function's name in the language (`STARTS_WITH`).
    pub fn name(self) -> &'static str {
        self.entry().0
    }

    /// Whether the engine can compute it.
    pub fn evaluable(self) -> bool {
        self.entry().4
    }

    fn lookup(name: &str) -> Option<&'static (&'static str, Func, usize, usize, bool)> {
        FUNCTIONS.iter().find(|f| f.0 == name)
    }

    /// Every function name, for hints.
    pub fn names() -> impl Iterator<Item = &'static str> {
        FUNCTIONS.iter().map(|f| f.0)
    }
}

/// A parsed expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Column(String),
    Literal(Scalar),
    Call(Func, Vec<Expr>),
}

/// Why an expression does not parse: what is wrong and where (a character offset).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at character {})", self.message, self.offset + 1)
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Column(String),
    Str(String),
    Int(i64),
    Float(f64),
    True,
    False,
    Null,
    Name(String),
    /// An operator or punctuation: `( ) , ! * / % + - < <= > >= = != AND OR`.
    Op(&'static str),
}

/// The characters a bare `$column` name may contain (the grammar's COLRUNE).
fn column_rune(c: char) -> bool {
    c.is_alphanumeric() || "_./:=+?-".contains(c)
}

fn lex(src: &str) -> Result<Vec<(usize, Token)>, ParseError> {
    let err = |offset: usize, message: String| ParseError { offset, message };
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        let token_start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let two = chars.get(i + 1).map(|&(_, n)| n);
        let token = match c {
            '$' => match two {
                Some('"') => {
                    let (text, next) = quoted(&chars, i + 1, '"').map_err(|m| err(i, m))?;
                    i = next;
                    Token::Column(text)
                }
                Some('`') => {
                    let (text, next) = quoted(&chars, i + 1, '`').map_err(|m| err(i, m))?;
                    i = next;
                    Token::Column(text)
                }
                _ => {
                    let start = i + 1;
                    let mut end = start;
                    while end < chars.len() && column_rune(chars[end].1) {
                        end += 1;
                    }
                    if end == start {
                        return Err(err(i, "a column name must follow $ (quote odd names: $\"my field\")".into()));
                    }
                    let name: String = chars[start..end].iter().map(|&(_, c)| c).collect();
                    i = end;
                    Token::Column(name)
                }
            },
            '"' | '`' => {
                let (text, next) = quoted(&chars, i, c).map_err(|m| err(i, m))?;
                i = next;
                Token::Str(text)
            }
            '0'..='9' | '.' if c != '.' || two.is_some_and(|n| n.is_ascii_digit()) => {
                let start = i;
                while i < chars.len() && chars[i].1.is_ascii_digit() {
                    i += 1;
                }
                let mut float = false;
                if i < chars.len() && chars[i].1 == '.' {
                    float = true;
                    i += 1;
                    while i < chars.len() && chars[i].1.is_ascii_digit() {
                        i += 1;
                    }
                }
                if i < chars.len() && matches!(chars[i].1, 'e' | 'E') {
                    let mut j = i + 1;
                    if j < chars.len() && matches!(chars[j].1, '+' | '-') {
                        j += 1;
                    }
                    if j < chars.len() && chars[j].1.is_ascii_digit() {
                        float = true;
                        i = j;
                        while i < chars.len() && chars[i].1.is_ascii_digit() {
                            i += 1;
                        }
                    }
                }
                let text: String = chars[start..i].iter().map(|&(_, c)| c).collect();
                if float {
                    Token::Float(text.parse().map_err(|_| err(start, format!("invalid number {text}")))?)
                } else {
                    Token::Int(text.parse().map_err(|_| err(start, format!("integer {text} is out of range")))?)
                }
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i].1.is_ascii_alphanumeric() || chars[i].1 == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().map(|&(_, c)| c).collect();
                match word.as_str() {
                    "true" => Token::True,
                    "false" => Token::False,
                    "null" => Token::Null,
                    "AND" => Token::Op("AND"),
                    "OR" => Token::Op("OR"),
                    _ => Token::Name(word),
                }
            }
            _ => {
                let op = match (c, two) {
                    ('<', Some('=')) => "<=",
                    ('>', Some('=')) => ">=",
                    ('!', Some('=')) => "!=",
                    ('(', _) => "(",
                    (')', _) => ")",
                    (',', _) => ",",
                    ('!', _) => "!",
                    ('*', _) => "*",
                    ('/', _) => "/",
                    ('%', _) => "%",
                    ('+', _) => "+",
                    ('-', _) => "-",
                    ('<', _) => "<",
                    ('>', _) => ">",
                    ('=', _) => "=",
                    _ => return Err(err(i, format!("unexpected {c:?}"))),
                };
                i += op.len();
                Token::Op(op)
            }
        };
        out.push((token_start, token));
    }
    Ok(out)
}

/// A quoted string starting at `chars[open]`; returns its text and the index after the closing
/// quote. Double quotes take Go's escapes; back-quoted (raw) strings take none.
fn quoted(chars: &[(usize, char)], open: usize, quote: char) -> Result<(String, usize), String> {
    let mut out = String::new();
    let mut i = open + 1;
    while i < chars.len() {
        let c = chars[i].1;
        if c == quote {
            return Ok((out, i + 1));
        }
        if quote == '"' && c == '\n' {
            return Err("a string may not contain a newline (write \\n)".into());
        }
        if quote == '"' && c == '\\' {
            i += 1;
            let e = chars.get(i).map(|&(_, e)| e).ok_or("unterminated string")?;
            out.push(match e {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'a' => '\x07',
                'b' => '\x08',
                'f' => '\x0c',
                'v' => '\x0b',
                '\\' | '\'' | '"' => e,
                'x' | 'u' | 'U' => {
                    let len = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let hex: String = chars.get(i + 1..i + 1 + len).ok_or("incomplete escape")?.iter().map(|&(_, c)| c).collect();
                    i += len;
                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).ok_or_else(|| format!("invalid escape \\{e}{hex}"))?
                }
                '0'..='7' => {
                    let oct: String = chars.get(i..i + 3).ok_or("incomplete escape")?.iter().map(|&(_, c)| c).collect();
                    i += 2;
                    u32::from_str_radix(&oct, 8).ok().and_then(char::from_u32).ok_or_else(|| format!("invalid escape \\{oct}"))?
                }
                other => return Err(format!("unknown escape \\{other}")),
            });
        } else {
            out.push(c);
        }
        i += 1;
    }
    Err("unterminated string".into())
}

/// Binary operators, loosest first (the grammar lists them tightest first), and the function each
/// stands for. `!=` is `NOT(EQUALS(..))`.
const BINARY: &[&[(&str, Func)]] = &[
    &[("OR", Func::Or)],
    &[("AND", Func::And)],
    &[("=", Func::Equals), ("!=", Func::Neq)],
    &[("<", Func::Lt), ("<=", Func::Lte), (">", Func::Gt), (">=", Func::Gte)],
    &[("+", Func::Sum)],
    &[("-", Func::Sub)],
    &[("*", Func::Mul), ("/", Func::Div), ("%", Func::Mod)],
];

struct Parser {
    tokens: Vec<(usize, Token)>,
    pos: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }

    fn offset(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(o, _)| *o)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError { offset: self.offset(), message: message.into() })
    }

    fn eat(&mut self, op: &str) -> bool {
        if matches!(self.peek(), Some(Token::Op(o)) if *o == op) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn binary(&mut self, level: usize) -> Result<Expr, ParseError> {
        let Some(ops) = BINARY.get(level) else { return self.unary() };
        let mut left = self.binary(level + 1)?;
        while let Some(Token::Op(op)) = self.peek() {
            let Some(&(_, func)) = ops.iter().find(|(o, _)| o == op) else { break };
            self.pos += 1;
            let right = self.binary(level + 1)?;
            left = Expr::Call(func, vec![left, right]);
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if self.eat("!") {
            return Ok(Expr::Call(Func::Not, vec![self.unary()?]));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, ParseError> {
        let Some(token) = self.peek().cloned() else { return self.error("the expression ends too early") };
        let start = self.offset();
        self.pos += 1;
        Ok(match token {
            Token::Column(name) => Expr::Column(name),
            Token::Str(s) => Expr::Literal(Scalar::Text(s.into())),
            Token::Int(i) => Expr::Literal(Scalar::Int(i)),
            Token::Float(f) => Expr::Literal(Scalar::Float(f)),
            Token::True => Expr::Literal(Scalar::Bool(true)),
            Token::False => Expr::Literal(Scalar::Bool(false)),
            Token::Null => Expr::Literal(Scalar::Null),
            Token::Op("-") => match self.peek() {
                Some(Token::Int(i)) => {
                    let v = -*i;
                    self.pos += 1;
                    Expr::Literal(Scalar::Int(v))
                }
                Some(Token::Float(f)) => {
                    let v = -*f;
                    self.pos += 1;
                    Expr::Literal(Scalar::Float(v))
                }
                _ => return self.error("- must be followed by a number here"),
            },
            Token::Op("(") => {
                let inner = self.binary(0)?;
                if !self.eat(")") {
                    return self.error("expected )");
                }
                inner
            }
            Token::Op(op @ ("AND" | "OR")) => self.call(op, start)?,
            Token::Name(name) => self.call(&name, start)?,
            Token::Op(op) => return Err(ParseError { offset: start, message: format!("unexpected {op}") }),
        })
    }

    fn call(&mut self, name: &str, start: usize) -> Result<Expr, ParseError> {
        let Some(&(canonical, func, min, max, _)) = Func::lookup(name) else {
            let hint = closest(name).map(|n| format!(" (did you mean {n}?)")).unwrap_or_default();
            let bare = if self.peek() == Some(&Token::Op("(")) { "" } else { "; a column name starts with $" };
            return Err(ParseError { offset: start, message: format!("invalid function: {name}{hint}{bare}") });
        };
        if !self.eat("(") {
            return self.error(format!("expected ( after {canonical}"));
        }
        let mut args = Vec::new();
        // Arguments separated by commas, a trailing comma allowed.
        while !self.eat(")") {
            args.push(self.binary(0)?);
            if !self.eat(",") {
                if self.eat(")") {
                    break;
                }
                return self.error(format!("expected , or ) in {canonical}(...)"));
            }
        }
        if args.len() < min || args.len() > max {
            let takes = match (min, max) {
                (a, b) if a == b => format!("{a}"),
                (a, usize::MAX) => format!("at least {a}"),
                (a, b) => format!("{a} to {b}"),
            };
            let s = if takes == "1" { "" } else { "s" };
            return Err(ParseError { offset: start, message: format!("{canonical} takes {takes} argument{s}, got {}", args.len()) });
        }
        Ok(Expr::Call(func, args))
    }
}

/// The function name closest to `name` (case-insensitive first, then by edit distance).
fn closest(name: &str) -> Option<&'static str> {
    let upper = name.to_ascii_uppercase();
    if let Some(f) = FUNCTIONS.iter().find(|f| f.0 == upper) {
        return Some(f.0);
    }
    FUNCTIONS
        .iter()
        .map(|f| (edit_distance(&upper, f.0), f.0))
        .filter(|(d, n)| *d <= 2.max(n.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb { prev } else { 1 + prev.min(cur).min(row[j]) };
            prev = cur;
        }
    }
    row[b.len()]
}

impl Expr {
    /// Parses an expression as Honeycomb's API does when a calculated field is saved.
    pub fn parse(src: &str) -> Result<Expr, ParseError> {
        if src.trim().is_empty() {
            return Err(ParseError { offset: 0, message: "empty expression".into() });
        }
        let tokens = lex(src)?;
        let mut p = Parser { end: src.chars().count(), tokens, pos: 0 };
        let e = p.binary(0)?;
        if p.pos != p.tokens.len() {
            return p.error("unexpected text after the expression");
        }
        Ok(e)
    }

    /// The columns the expression reads, in order of first use.
    pub fn columns(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.walk(&mut |e| {
            if let Expr::Column(c) = e
                && !out.contains(&c.as_str())
            {
                out.push(c.as_str());
            }
        });
        out
    }

    /// The first function the engine cannot evaluate, if the expression uses one.
    pub fn unsupported(&self) -> Option<Func> {
        let mut found = None;
        self.walk(&mut |e| {
            if let Expr::Call(f, _) = e
                && !f.evaluable()
                && found.is_none()
            {
                found = Some(*f);
            }
        });
        found
    }

    fn walk<'e>(&'e self, visit: &mut impl FnMut(&'e Expr)) {
        visit(self);
        if let Expr::Call(_, args) = self {
            for a in args {
                a.walk(visit);
            }
        }
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
        let text = |i: usize| arg(i).to_text(strings);
        let equal = |a: &Scalar, b: &Scalar| loosely_equal(a, b, strings);
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
            Func::Avg => nums().map_or(Scalar::Null, |v| Scalar::Float(v.iter().sum::<f64>() / v.len() as f64)),
            Func::Ceil => arg(0).as_f64().map_or(Scalar::Null, |v| num(v.ceil())),
            Func::Floor => arg(0).as_f64().map_or(Scalar::Null, |v| num(v.floor())),
            Func::Coalesce => args
                .iter()
                .map(|a| a.eval(row, ts_ns, strings))
                .find(|v| !v.is_null() && v.as_str(strings) != Some(""))
                .unwrap_or(Scalar::Null),
            // IF(cond, value, cond, value, ..., [else]).
            Func::If => {
                let mut i = 0;
                while i + 1 < args.len() {
                    if arg(i).truthy(strings) {
                        return arg(i + 1);
                    }
                    i += 2;
                }
                if i < args.len() { arg(i) } else { Scalar::Null }
            }
            // SWITCH(value, case, result, case, result, ..., [default]).
            Func::Switch => {
                let subject = arg(0);
                let mut i = 1;
                while i + 1 < args.len() {
                    if equal(&subject, &arg(i)) {
                        return arg(i + 1);
                    }
                    i += 2;
                }
                if i < args.len() { arg(i) } else { Scalar::Null }
            }
            Func::Equals | Func::Eq => Scalar::Bool(equal(&arg(0), &arg(1))),
            Func::Neq => Scalar::Bool(!equal(&arg(0), &arg(1))),
            Func::In => {
                let subject = arg(0);
                Scalar::Bool((1..args.len()).any(|i| equal(&subject, &arg(i))))
            }
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
            Func::StartsWith | Func::EndsWith | Func::Contains => match (arg(0).as_str(strings).map(str::to_owned), text(1)) {
                (Some(a), Some(b)) => Scalar::Bool(match func {
                    Func::StartsWith => a.starts_with(&b),
                    Func::EndsWith => a.ends_with(&b),
                    _ => a.contains(&b),
                }),
                _ => Scalar::Bool(false),
            },
            Func::Length => arg(0).as_str(strings).map_or(Scalar::Int(0), |s| Scalar::Int(s.chars().count() as i64)),
            Func::ToLower => arg(0).as_str(strings).map_or(Scalar::Null, |s| Scalar::Text(s.to_lowercase().into())),
            Func::ToUpper => arg(0).as_str(strings).map_or(Scalar::Null, |s| Scalar::Text(s.to_uppercase().into())),
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
            Func::Bool => match arg(0) {
                Scalar::Null => Scalar::Null,
                v => match v.as_str(strings) {
                    Some(s) => Scalar::Bool(matches!(s.to_ascii_lowercase().as_str(), "true" | "t" | "1" | "yes")),
                    None => Scalar::Bool(v.truthy(strings)),
                },
            },
            Func::String => arg(0).to_text(strings).map_or(Scalar::Null, |t| Scalar::Text(t.into())),
            Func::Log10 => match arg(0).as_f64() {
                Some(v) if v > 0.0 => Scalar::Float(v.log10()),
                _ => Scalar::Null,
            },
            // Refused before a run starts (`Expr::unsupported`).
            Func::Bucket
            | Func::RegMatch
            | Func::RegValue
            | Func::RegCount
            | Func::Search
            | Func::UnixTimestamp
            | Func::FormatTime
            | Func::IngestTimestamp => Scalar::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{EventTable, Value};

    fn err(src: &str) -> String {
        Expr::parse(src).unwrap_err().to_string()
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Expr::parse("EVENT_TIMESTAMP()").unwrap(), Expr::Call(Func::EventTimestamp, vec![]));
        assert!(Expr::parse("SUB($a, 1)").is_ok());
        assert!(Expr::parse("$\"odd name\"").is_ok());
        assert!(Expr::parse("$`raw name`").is_ok());
        assert!(Expr::parse("IF(EXISTS($a), 1, 0,)").is_ok(), "a trailing comma");
        assert!(err("SUB($a)").contains("SUB takes 2 arguments, got 1"));
        assert!(err("$a extra").contains("unexpected text"));
        assert!(err("").contains("empty expression"));
        assert!(err("REGMATCH($a, `x`)").contains("invalid function: REGMATCH (did you mean REG_MATCH?)"));
        assert!(err("if($a, 1)").contains("did you mean IF?"), "names are upper-case: {}", err("if($a, 1)"));
        assert!(err("duration_ms > 5").contains("a column name starts with $"));
        assert!(err("LOG10($a").contains("expected , or )"));
        assert!(err("\"open").contains("unterminated string"));
        assert_eq!(Expr::parse("REG_MATCH($a, `x`)").unwrap().unsupported(), Some(Func::RegMatch));
        assert_eq!(Expr::parse("SUM($a, 1)").unwrap().unsupported(), None);
    }

    #[test]
    fn infix_operators_follow_the_grammar_precedence() {
        let col = |n: &str| Expr::Column(n.into());
        let int = |i| Expr::Literal(Scalar::Int(i));
        // `*` binds tighter than `+`, comparisons looser, AND looser still, OR loosest.
        assert_eq!(
            Expr::parse("$a + $b * 2 > 10 AND !$c OR $d = \"x\"").unwrap(),
            Expr::Call(
                Func::Or,
                vec![
                    Expr::Call(
                        Func::And,
                        vec![
                            Expr::Call(
                                Func::Gt,
                                vec![Expr::Call(Func::Sum, vec![col("a"), Expr::Call(Func::Mul, vec![col("b"), int(2)])]), int(10)]
                            ),
                            Expr::Call(Func::Not, vec![col("c")]),
                        ]
                    ),
                    Expr::Call(Func::Equals, vec![col("d"), Expr::Literal(Scalar::Text("x".into()))]),
                ]
            )
        );
        assert_eq!(Expr::parse("($a - -3)").unwrap(), Expr::Call(Func::Sub, vec![col("a"), int(-3)]));
        // `+`, `-` and `=` are column characters, as in the grammar: `$a+1` is one column.
        assert_eq!(Expr::parse("$a+1").unwrap(), col("a+1"));
        assert_eq!(Expr::parse("LT($duration_ms, 300) AND $error != true").unwrap().columns(), ["duration_ms", "error"]);
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
        assert_eq!(eval("$duration_ms * 2 + 1"), Scalar::Int(26));
        assert_eq!(eval("$duration_ms < 300 AND $user != \"bob\""), Scalar::Bool(true));
        assert_eq!(eval("IF($duration_ms > 100, \"slow\", $duration_ms > 10, \"ok\", \"fast\")"), Scalar::Text("ok".into()));
        assert_eq!(eval("SWITCH($user, \"bob\", 1, \"alice\", 2, 0)"), Scalar::Int(2));
        assert_eq!(eval("IN($user, \"x\", \"alice\")"), Scalar::Bool(true));
        assert_eq!(eval("TO_UPPER($user)"), Scalar::Text("ALICE".into()));
        assert_eq!(eval("LENGTH($user)"), Scalar::Int(5));
        assert_eq!(eval("ENDS_WITH($user, \"ice\")"), Scalar::Bool(true));
    }
}
