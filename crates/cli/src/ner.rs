//! `chancery train ner` and `chancery eval ner`: the named-entity tagger's training and
//! evaluation (the work is in `chancery-ner`; this is glue).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chancery_ner::{EvalConfig, Split, TrainConfig, TrainOptions};

/// Train a model from gold corpora.
#[derive(clap::Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    what: TrainWhat,
}

#[derive(clap::Subcommand)]
enum TrainWhat {
    /// Train the named-entity tagger on the training part (80 %, split by a hash of each
    /// document's path) of gold corpora, and write the model file.
    Ner(TrainNerArgs),
}

#[derive(clap::Args)]
struct TrainNerArgs {
    /// Corpus folder to train on (repeatable); default: the language's corpora under --data-dir
    /// (fr: winer-fr and europeana-fr-bnf; en: wikigold-en and re3d-en; ru: factrueval-2016-ru).
    #[arg(long = "corpus", value_name = "DIR")]
    corpora: Vec<PathBuf>,
    /// Language of the model.
    #[arg(long, default_value = "fr")]
    lang: String,
    /// Model file to write; default: models/ner/<lang>.bin.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Folder holding the gold corpora.
    #[arg(long, value_name = "DIR", default_value = chancery_ner::DEFAULT_DATA_DIR)]
    data_dir: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// Also hold back the dev cut of the training part (hash % 5 == 1), for tuning.
    #[arg(long)]
    hold_out_dev: bool,
}

/// Evaluate against gold corpora.
#[derive(clap::Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    what: EvalWhat,
}

#[derive(clap::Subcommand)]
enum EvalWhat {
    /// Exact-match precision, recall and F1 of the named-entity tagger per type and overall
    /// over PER+LOC+ORG (outermost spans, code-point offsets), and its speed.
    Ner(EvalNerArgs),
}

#[derive(clap::Args)]
struct EvalNerArgs {
    /// Corpus folder (winer-fr, hipe2020-fr, wikigold-en, re3d-en, factrueval-2016-ru,
    /// europeana-fr-bnf layouts are recognised).
    #[arg(long, value_name = "DIR")]
    corpus: PathBuf,
    /// Which documents: `test` = the held-back 20 % of a corpus trained on.
    #[arg(long, value_enum, default_value_t = SplitArg::All)]
    split: SplitArg,
    /// Model file; default: the shipped model of the corpus's language.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SplitArg {
    Test,
    Train,
    Dev,
    All,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run_train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let TrainWhat::Ner(args) = args.what;
    let out = args.out.unwrap_or_else(|| {
        PathBuf::from(format!("{}/{}.bin", chancery_ner::MODELS_DIR, args.lang))
    });
    let cfg = TrainConfig {
        corpora: args.corpora,
        data_dir: args.data_dir,
        lang: args.lang,
        out,
        options: TrainOptions {
            epochs: args.epochs,
            ..TrainOptions::default()
        },
        hold_out_dev: args.hold_out_dev,
    };
    let started = std::time::Instant::now();
    let o = chancery_ner::train_command(&cfg)?;
    let s = &o.stats;
    let _ = writeln!(
        std::io::stderr(),
        "chancery: trained on {} ({} documents, {} sentences, {} tokens, {} entities, {} not on token \
         edges); {} features kept of {}; wrote {} ({} bytes) in {:.1} s",
        o.corpora.join(", "),
        s.documents,
        s.sentences,
        s.tokens,
        s.entities,
        s.misaligned,
        s.features_kept,
        s.features_seen,
        o.out.display(),
        o.bytes,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn run_eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let EvalWhat::Ner(args) = args.what;
    let split = match args.split {
        SplitArg::Test => Split::Test,
        SplitArg::Train => Split::Train,
        SplitArg::Dev => Split::Dev,
        SplitArg::All => Split::All,
    };
    let report = chancery_ner::eval_command(&EvalConfig {
        corpus: args.corpus,
        split,
        model: args.model,
    })?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&report)?)?,
        Format::Text => write!(out, "{}", report.to_text())?,
    }
    Ok(ExitCode::SUCCESS)
}
