//! Writers: rows in, one file format out, memory bounded by one batch (Parquet: one row group).
//!
//! - JSON Lines: one object per row, keys in column order, nulls as `null`, dates `"YYYY-MM-DD"`.
//! - CSV (RFC 4180): a header line, then one line per row; nulls are empty fields.
//! - Parquet: the columns typed (`STRING`, `INT64`, `DOUBLE`, `DATE`, `BOOLEAN`, all nullable),
//!   ZSTD-compressed, in row groups of at most [`ROW_GROUP_ROWS`] rows.

use std::io::Write;
use std::sync::Arc;

use arrow::array::{
    ArrayRef, BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder,
};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::record_batch::RecordBatch;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use crate::Error;
use crate::value::{Column, Kind, Value, iso_day};

/// Rows handed to the Parquet writer at once.
pub const BATCH_ROWS: usize = 4096;
/// The most rows in one Parquet row group: what the writer holds in memory at most.
pub const ROW_GROUP_ROWS: usize = 65_536;

/// The file formats of one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Parquet,
}

/// Something rows are written to.
pub trait RowWriter {
    /// Writes one row; its cells are in the order of the table's columns.
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), Error>;
    /// Writes what is buffered and the file's footer, and flushes.
    fn finish(self: Box<Self>) -> Result<(), Error>;
}

/// A writer of `format` for a table of `columns`, writing to `out`.
pub fn writer<'w>(
    format: Format,
    columns: &'static [Column],
    out: Box<dyn Write + Send + 'w>,
) -> Result<Box<dyn RowWriter + 'w>, Error> {
    Ok(match format {
        Format::Jsonl => Box::new(Jsonl {
            columns,
            out,
            line: String::new(),
        }),
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(columns.iter().map(|c| c.name))?;
            Box::new(Csv {
                csv,
                cells: Vec::new(),
            })
        }
        Format::Parquet => Box::new(Parquet::new(columns, out)?),
    })
}

fn check_width(columns: &[Column], row: &[Value<'_>]) -> Result<(), Error> {
    if columns.len() == row.len() {
        Ok(())
    } else {
        Err(Error::Row(format!(
            "a row of {} cells for {} columns",
            row.len(),
            columns.len()
        )))
    }
}

struct Jsonl<'w> {
    columns: &'static [Column],
    out: Box<dyn Write + Send + 'w>,
    line: String,
}

impl RowWriter for Jsonl<'_> {
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), Error> {
        check_width(self.columns, row)?;
        let line = &mut self.line;
        line.clear();
        line.push('{');
        for (i, (c, v)) in self.columns.iter().zip(row).enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push('"');
            line.push_str(c.name);
            line.push_str("\":");
            match v {
                Value::Null => line.push_str("null"),
                Value::Str(s) => line.push_str(&serde_json::to_string(s.as_ref())?),
                Value::Int(n) => line.push_str(&n.to_string()),
                Value::Float(x) => line.push_str(
                    &serde_json::Number::from_f64(*x)
                        .map_or_else(|| "null".into(), |n| n.to_string()),
                ),
                Value::Date(d) => {
                    line.push('"');
                    line.push_str(&iso_day(*d));
                    line.push('"');
                }
                Value::Bool(b) => line.push_str(if *b { "true" } else { "false" }),
            }
        }
        line.push_str("}\n");
        self.out.write_all(line.as_bytes())?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), Error> {
        self.out.flush()?;
        Ok(())
    }
}

struct Csv<'w> {
    csv: csv::Writer<Box<dyn Write + Send + 'w>>,
    cells: Vec<String>,
}

impl RowWriter for Csv<'_> {
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), Error> {
        self.cells.clear();
        for v in row {
            self.cells.push(match v {
                Value::Null => String::new(),
                Value::Str(s) => s.to_string(),
                Value::Int(n) => n.to_string(),
                Value::Float(x) if x.is_finite() => x.to_string(),
                Value::Float(_) => String::new(),
                Value::Date(d) => iso_day(*d),
                Value::Bool(b) => b.to_string(),
            });
        }
        self.csv.write_record(&self.cells)?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), Error> {
        self.csv.flush()?;
        Ok(())
    }
}

enum Builder {
    Str(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Date(Date32Builder),
    Bool(BooleanBuilder),
}

impl Builder {
    fn new(kind: Kind) -> Builder {
        match kind {
            Kind::Str => Builder::Str(StringBuilder::new()),
            Kind::Int => Builder::Int(Int64Builder::new()),
            Kind::Float => Builder::Float(Float64Builder::new()),
            Kind::Date => Builder::Date(Date32Builder::new()),
            Kind::Bool => Builder::Bool(BooleanBuilder::new()),
        }
    }

    fn append(&mut self, name: &str, v: &Value<'_>) -> Result<(), Error> {
        match (self, v) {
            (Builder::Str(b), Value::Null) => b.append_null(),
            (Builder::Int(b), Value::Null) => b.append_null(),
            (Builder::Float(b), Value::Null) => b.append_null(),
            (Builder::Date(b), Value::Null) => b.append_null(),
            (Builder::Bool(b), Value::Null) => b.append_null(),
            (Builder::Str(b), Value::Str(s)) => b.append_value(s),
            (Builder::Int(b), Value::Int(n)) => b.append_value(*n),
            (Builder::Float(b), Value::Float(x)) => b.append_value(*x),
            (Builder::Date(b), Value::Date(d)) => {
                b.append_option(i32::try_from(*d).ok());
            }
            (Builder::Bool(b), Value::Bool(x)) => b.append_value(*x),
            (_, v) => {
                return Err(Error::Row(format!(
                    "column {name}: a value of the wrong type ({v:?})"
                )));
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Str(b) => Arc::new(b.finish()),
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
        }
    }
}

/// The Arrow schema of a table.
pub fn arrow_schema(columns: &[Column]) -> Schema {
    Schema::new(
        columns
            .iter()
            .map(|c| {
                let t = match c.kind {
                    Kind::Str => DataType::Utf8,
                    Kind::Int => DataType::Int64,
                    Kind::Float => DataType::Float64,
                    Kind::Date => DataType::Date32,
                    Kind::Bool => DataType::Boolean,
                };
                Field::new(c.name, t, true)
            })
            .collect::<Vec<_>>(),
    )
}

struct Parquet<'w> {
    columns: &'static [Column],
    schema: Arc<Schema>,
    builders: Vec<Builder>,
    rows: usize,
    writer: ArrowWriter<Box<dyn Write + Send + 'w>>,
}

impl<'w> Parquet<'w> {
    fn new(columns: &'static [Column], out: Box<dyn Write + Send + 'w>) -> Result<Self, Error> {
        let schema = Arc::new(arrow_schema(columns));
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .set_created_by(format!("chancery {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props))?;
        Ok(Parquet {
            columns,
            schema,
            builders: columns.iter().map(|c| Builder::new(c.kind)).collect(),
            rows: 0,
            writer,
        })
    }

    fn flush_batch(&mut self) -> Result<(), Error> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)?;
        self.writer.write(&batch)?;
        self.rows = 0;
        Ok(())
    }
}

impl RowWriter for Parquet<'_> {
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), Error> {
        check_width(self.columns, row)?;
        for ((b, c), v) in self.builders.iter_mut().zip(self.columns).zip(row) {
            b.append(c.name, v)?;
        }
        self.rows += 1;
        if self.rows >= BATCH_ROWS {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), Error> {
        self.flush_batch()?;
        let mut out = self.writer.into_inner()?;
        out.flush()?;
        Ok(())
    }
}
