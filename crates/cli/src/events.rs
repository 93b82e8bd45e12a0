//! `chancery events`: the stored events, one per real-world event, with every document that
//! reports it and each report's sentence.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use chancery_export::filter::date_arg;
use chancery_store::{EventFilter, StoredEvent};

/// List the stored events: one line per real-world event (the same id across the documents that
/// report it) with its number of documents and sources, and each mention's sentence.
#[derive(clap::Args)]
pub struct Args {
    /// Only events with this source or target: a name ("Sergey Lavrov") or a CAMEO actor code or
    /// prefix ("RUSGOV", "RUS").
    #[arg(long, value_name = "NAME|CODE")]
    actor: Option<String>,
    /// Only events of this type ("meet", "accuse"…) or CAMEO code prefix ("04", "112").
    #[arg(long = "type", value_name = "T")]
    kind: Option<String>,
    /// Only events on or after this date (ISO: 2024, 2024-06, 2024-06-25).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only events on or before this date (ISO; "2024-06" includes all of June).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    store: crate::data_dir::StoreArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// An aligned line per event, then its mentions indented.
    Table,
    /// One JSON object per event, with its mentions.
    Jsonl,
    /// One row per mention, the event's fields repeated (RFC 4180).
    Csv,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = crate::list::open_store(&args.store)?;
    let filter = EventFilter {
        actor: args.actor,
        kind: args.kind,
        from: date_arg("--from", args.from.as_deref()).map_err(anyhow::Error::msg)?,
        to: date_arg("--to", args.to.as_deref()).map_err(anyhow::Error::msg)?,
    };
    let events = store.events(&filter)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Table => table(&mut out, &events)?,
        Format::Jsonl => {
            for e in &events {
                writeln!(out, "{}", json(e))?;
            }
        }
        Format::Csv => csv(&mut out, &events)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn dash(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("-")
}

fn table(out: &mut impl Write, events: &[StoredEvent]) -> std::io::Result<()> {
    for e in events {
        writeln!(
            out,
            "{}  {:<10}  {:<4} {:<16} {} → {}  @{}  [{} documents, {} sources]",
            &e.id[..e.id.len().min(12)],
            dash(&e.date),
            e.code,
            e.kind,
            dash(&e.source),
            dash(&e.target),
            dash(&e.place),
            e.documents(),
            e.sources()
        )?;
        for m in &e.mentions {
            let speaker = m
                .speaker
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            writeln!(
                out,
                "    {} {}{speaker} {}: {}",
                &m.document[..m.document.len().min(12)],
                m.origin,
                m.status,
                m.evidence.replace('\n', " ")
            )?;
        }
    }
    Ok(())
}

fn json(e: &StoredEvent) -> serde_json::Value {
    serde_json::json!({
        "id": e.id, "code": e.code, "type": e.kind, "plover": chancery_lexicon::events::plover(&e.code),
        "source": e.source, "source_actor": e.source_actor,
        "target": e.target, "target_actor": e.target_actor,
        "date": e.date, "place": e.place,
        "documents": e.documents(), "sources": e.sources(),
        "mentions": e.mentions.iter().map(|m| serde_json::json!({
            "document": m.document, "origin": m.origin, "code": m.code, "status": m.status,
            "speaker": m.speaker, "evidence": m.evidence, "start": m.start, "end": m.end,
        })).collect::<Vec<_>>(),
    })
}

/// A CSV field, quoted when it needs to be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn csv(out: &mut impl Write, events: &[StoredEvent]) -> std::io::Result<()> {
    writeln!(
        out,
        "id,code,type,source,source_actor,target,target_actor,date,place,documents,sources,\
         document,origin,status,speaker,evidence,start,end"
    )?;
    for e in events {
        for m in &e.mentions {
            let cells = [
                e.id.clone(),
                e.code.clone(),
                e.kind.clone(),
                dash(&e.source).to_owned(),
                dash(&e.source_actor).to_owned(),
                dash(&e.target).to_owned(),
                dash(&e.target_actor).to_owned(),
                dash(&e.date).to_owned(),
                dash(&e.place).to_owned(),
                e.documents().to_string(),
                e.sources().to_string(),
                m.document.clone(),
                m.origin.clone(),
                m.status.clone(),
                dash(&m.speaker).to_owned(),
                m.evidence.clone(),
                m.start.to_string(),
                m.end.to_string(),
            ];
            let row: Vec<String> = cells.iter().map(|c| field(c)).collect();
            writeln!(out, "{}", row.join(","))?;
        }
    }
    Ok(())
}
