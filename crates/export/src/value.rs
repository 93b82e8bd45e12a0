//! Typed cells: the one row shape every writer reads.

use std::borrow::Cow;

/// The type of a column, the same in every format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text (Parquet `BYTE_ARRAY`/`STRING`).
    Str,
    /// A 64-bit signed integer (Parquet `INT64`).
    Int,
    /// A 64-bit float (Parquet `DOUBLE`).
    Float,
    /// A calendar day: Parquet `DATE` (days since 1970-01-01), `YYYY-MM-DD` in JSON Lines and CSV.
    Date,
    /// Parquet `BOOLEAN`; `true`/`false` in JSON Lines and CSV.
    Bool,
}

impl Kind {
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Str => "string",
            Kind::Int => "integer",
            Kind::Float => "float",
            Kind::Date => "date",
            Kind::Bool => "boolean",
        }
    }
}

/// One column of a table: its name and type. Every column may hold nulls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    /// What it holds (for `--help`-style documentation and the README).
    pub doc: &'static str,
}

/// One cell. A row is a slice of them, in the order of its table's columns.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Str(Cow<'a, str>),
    Int(i64),
    Float(f64),
    /// Days since 1970-01-01.
    Date(i64),
    Bool(bool),
}

impl<'a> Value<'a> {
    pub fn str(s: &'a str) -> Value<'a> {
        Value::Str(Cow::Borrowed(s))
    }

    pub fn string(s: String) -> Value<'a> {
        Value::Str(Cow::Owned(s))
    }

    /// `Null` for `None`.
    pub fn opt_str(s: Option<&'a str>) -> Value<'a> {
        s.map_or(Value::Null, Value::str)
    }

    pub fn int(n: usize) -> Value<'a> {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    pub fn opt_int(n: Option<usize>) -> Value<'a> {
        n.map_or(Value::Null, Value::int)
    }

    /// A score stored as `f32` (Goldstein), widened by its shortest decimal form so that 2.8
    /// stays 2.8 rather than 2.799999952.
    pub fn float32(x: f32) -> Value<'a> {
        Value::Float(x.to_string().parse().unwrap_or(f64::from(x)))
    }
}

/// `YYYY-MM-DD` of a day count since 1970-01-01.
pub fn iso_day(days: i64) -> String {
    let (y, m, d) = chancery_model::date::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}
