//! Attribute values husky stores as JSON strings (bytes, arrays, kvlists nested too deep), written
//! byte for byte as husky writes them: Go's `encoding/json` conventions through json-iterator's
//! standard-library-compatible encoder with HTML escaping off, and the encoder's trailing newline.
//!
//! Why not `serde_json`: its output differs where the column value is compared as a string. Go
//! writes the float 123.0 as `123` (serde_json: `123.0`), uses exponents outside [1e-6, 1e21)
//! (`1e+21`), escapes U+2028/U+2029, and sorts map keys (a kvlist becomes a Go map).

use std::collections::BTreeMap;
use std::fmt::Write;

use cruddur_otlp::encoding::base64;
use cruddur_otlp::proto::{AnyValue, any_value};

/// Largest field Honeycomb accepts (husky's `fieldSizeMax`, `math.MaxUint16`); longer JSON is cut.
pub const FIELD_SIZE_MAX: usize = u16::MAX as usize;

/// `value` as husky's JSON string: the JSON text, a newline, cut to [`FIELD_SIZE_MAX`] bytes.
/// `None` where Go's encoder fails (a NaN or infinite double): husky then stores nothing.
pub fn encode_line(value: &AnyValue) -> Option<String> {
    let mut out = String::new();
    write_any(&mut out, Some(value))?;
    out.push('\n');
    if out.len() > FIELD_SIZE_MAX {
        // husky's limitedWriter cuts at a byte; a Rust string cuts at the character boundary before it.
        let mut end = FIELD_SIZE_MAX;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
    }
    Some(out)
}

/// `getMarshallableValue` then `Encode`: an absent value is `null`.
fn write_any(out: &mut String, value: Option<&AnyValue>) -> Option<()> {
    use any_value::Value as V;
    match value.and_then(|v| v.value.as_ref()) {
        None => out.push_str("null"),
        Some(V::StringValue(s)) => write_string(out, s),
        Some(V::BoolValue(b)) => out.push_str(if *b { "true" } else { "false" }),
        Some(V::IntValue(i)) => {
            let _ = write!(out, "{i}");
        }
        Some(V::DoubleValue(f)) => write_float(out, *f)?,
        // Go encodes a []byte as a base64 string.
        Some(V::BytesValue(b)) => write_string(out, &base64(b)),
        Some(V::ArrayValue(a)) => {
            out.push('[');
            for (i, item) in a.values.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_any(out, Some(item))?;
            }
            out.push(']');
        }
        Some(V::KvlistValue(kv)) => {
            // A Go map: the last of a repeated key wins, and keys are written sorted.
            let map: BTreeMap<&str, Option<&AnyValue>> = kv.values.iter().map(|e| (e.key.as_str(), e.value.as_ref())).collect();
            out.push('{');
            for (i, (k, v)) in map.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, k);
                out.push(':');
                write_any(out, v)?;
            }
            out.push('}');
        }
    }
    Some(())
}

/// A JSON string as Go writes it without HTML escaping.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            // JavaScript line terminators, escaped by Go even with HTML escaping off.
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A float64 as Go's `encoding/json` writes it: shortest round-trip digits, plain notation in
/// [1e-6, 1e21), else an exponent without a leading zero (`1e-7`, `1e+21`). NaN and infinities fail.
pub fn write_float(out: &mut String, f: f64) -> Option<()> {
    if !f.is_finite() {
        return None;
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        // Rust writes `1e21` / `1.5e-7`; Go writes `1e+21` / `1.5e-7`.
        let text = format!("{f:e}");
        match text.split_once('e') {
            Some((mantissa, exp)) if !exp.starts_with('-') => {
                let _ = write!(out, "{mantissa}e+{exp}");
            }
            _ => out.push_str(&text),
        }
    } else {
        let _ = write!(out, "{f}");
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use cruddur_otlp::proto::{ArrayValue, KeyValue, KeyValueList};

    fn v(value: any_value::Value) -> AnyValue {
        AnyValue { value: Some(value) }
    }

    fn float(f: f64) -> String {
        let mut s = String::new();
        write_float(&mut s, f).unwrap();
        s
    }

    #[test]
    fn floats_as_go_writes_them() {
        assert_eq!(float(123.0), "123");
        assert_eq!(float(45.6), "45.6");
        assert_eq!(float(-0.0), "-0");
        assert_eq!(float(1e21), "1e+21");
        assert_eq!(float(1.5e-7), "1.5e-7");
        assert_eq!(float(1e-6), "0.000001");
        assert_eq!(float(1e20), "100000000000000000000");
        assert_eq!(float(2.5e-10), "2.5e-10");
        assert!(write_float(&mut String::new(), f64::NAN).is_none());
    }

    #[test]
    fn html_is_not_escaped_but_line_separators_are() {
        // husky's TestAddAttributesToMapAreNotHTMLEncoded.
        let html = v(any_value::Value::StringValue("<html><body><h1>hello</h1></body></html>".into()));
        assert_eq!(encode_line(&html).unwrap(), "\"<html><body><h1>hello</h1></body></html>\"\n");
        let odd = v(any_value::Value::StringValue("a\"b\\c\nd\u{1}\u{2028}é".into()));
        assert_eq!(encode_line(&odd).unwrap(), "\"a\\\"b\\\\c\\nd\\u0001\\u2028é\"\n");
    }

    #[test]
    fn arrays_maps_and_bytes() {
        let array = v(any_value::Value::ArrayValue(ArrayValue {
            values: vec![
                v(any_value::Value::IntValue(123)),
                v(any_value::Value::DoubleValue(45.6)),
                v(any_value::Value::StringValue("hi mom".into())),
                AnyValue { value: None },
            ],
        }));
        assert_eq!(encode_line(&array).unwrap(), "[123,45.6,\"hi mom\",null]\n");
        let map = v(any_value::Value::KvlistValue(KeyValueList {
            values: vec![
                KeyValue { key: "z".into(), value: Some(v(any_value::Value::BoolValue(true))) },
                KeyValue { key: "a".into(), value: None },
                KeyValue { key: "z".into(), value: Some(v(any_value::Value::DoubleValue(2.0))) },
            ],
        }));
        assert_eq!(encode_line(&map).unwrap(), "{\"a\":null,\"z\":2}\n");
        assert_eq!(encode_line(&v(any_value::Value::BytesValue(vec![10, 20, 30]))).unwrap(), "\"ChQe\"\n");
        let nan = v(any_value::Value::ArrayValue(ArrayValue { values: vec![v(any_value::Value::DoubleValue(f64::NAN))] }));
        assert_eq!(encode_line(&nan), None);
    }

    #[test]
    fn long_values_are_cut_to_the_field_size() {
        let long = v(any_value::Value::StringValue("x".repeat(70_000)));
        assert_eq!(encode_line(&long).unwrap().len(), FIELD_SIZE_MAX);
    }
}
