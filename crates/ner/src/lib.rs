/*!
Named-entity recognition for chancery: PER, LOC, ORG (and MISC where a model has it) as byte
spans over a text, from a statistical tagger of the project's own.

- [`token`]: tokenizer and sentence splitter (French elisions, guillemets, abbreviations).
- [`features`]: hashed features (word, shape, affixes, ±2 window, hand-written word classes, script).
- [`model`]: the model file, BILOU Viterbi decoding, [`Model::tag`].
- [`train()`]: structured averaged perceptron, deterministic.
- [`corpus`]: readers of the gold corpora in `shared/data/ner/` and the train/test split rule.
- [`eval`]: exact-match P/R/F1 per type over PER+LOC+ORG, outermost spans.

[`train_command`] and [`eval_command`] are what `chancery train ner` and `chancery eval ner` run.
Tagging does no IO and never fails: any text gives a (possibly empty) list of entities.
*/

pub mod corpus;
pub mod eval;
mod fast;
pub mod features;
pub mod model;
pub mod token;
pub mod train;

use std::path::{Path, PathBuf};

pub use chancery_model::{EntityType, Span};
pub use corpus::{Corpus, Doc, Split, read_corpus};
pub use eval::Report;
pub use model::{Model, Tagger};
pub use train::{TrainOptions, TrainStats, train};

/// Errors of model loading, corpus reading and the commands.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A model file that cannot be read.
    #[error("corrupt NER model: {0}")]
    Corrupt(String),
    #[error("{path}: {message}")]
    Corpus { path: PathBuf, message: String },
    /// A request that cannot be carried out as asked.
    #[error("{0}")]
    Usage(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Where the gold corpora live by default, relative to the repository root.
pub const DEFAULT_DATA_DIR: &str = "../shared/data/ner";

/// Where shipped models live, relative to the repository root.
pub const MODELS_DIR: &str = "models/ner";

/// The shipped model of a language, looked up in `models/ner/` under the current directory,
/// then under this crate's source checkout.
pub fn shipped_model_path(lang: &str) -> PathBuf {
    let local = Path::new(MODELS_DIR).join(format!("{lang}.bin"));
    if local.exists() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(MODELS_DIR)
        .join(format!("{lang}.bin"))
}

/// The corpora a language trains on by default (folder names under the data directory).
pub fn default_corpora(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &["winer-fr", "europeana-fr-bnf"],
        "en" => &["wikigold-en", "re3d-en"],
        "ru" => &["factrueval-2016-ru"],
        _ => &[],
    }
}

/// What `chancery train ner` is asked to do.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Corpus folders; empty means the language's defaults under `data_dir`.
    pub corpora: Vec<PathBuf>,
    pub data_dir: PathBuf,
    pub lang: String,
    pub out: PathBuf,
    pub options: TrainOptions,
    /// Also hold back the dev cut of the training part (for tuning).
    pub hold_out_dev: bool,
}

/// The outcome of training.
#[derive(Clone, Debug)]
pub struct TrainOutcome {
    pub stats: TrainStats,
    pub bytes: usize,
    pub out: PathBuf,
    pub corpora: Vec<String>,
}

/// Trains on the training part of each corpus and writes the model file.
pub fn train_command(cfg: &TrainConfig) -> Result<TrainOutcome> {
    let dirs: Vec<PathBuf> = if cfg.corpora.is_empty() {
        default_corpora(&cfg.lang)
            .iter()
            .map(|c| cfg.data_dir.join(c))
            .collect()
    } else {
        cfg.corpora.clone()
    };
    if dirs.is_empty() {
        return Err(Error::Usage(format!(
            "no default corpus for language {:?}: pass --corpus",
            cfg.lang
        )));
    }
    let mut corpora = Vec::new();
    for d in &dirs {
        let c = read_corpus(d)?;
        if !c.trainable {
            return Err(Error::Usage(format!(
                "{}: this corpus is for evaluation only (licence), not training",
                d.display()
            )));
        }
        corpora.push(c);
    }
    let split = if cfg.hold_out_dev {
        Split::TrainNoDev
    } else {
        Split::Train
    };
    let docs: Vec<&Doc> = corpora.iter().flat_map(|c| c.split(split)).collect();
    let mut options = cfg.options.clone();
    options.lang = cfg.lang.clone();
    let (model, stats) = train(&docs, &options);
    let bytes = model.to_bytes();
    if let Some(parent) = cfg.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|error| Error::Io {
            path: parent.to_path_buf(),
            error,
        })?;
    }
    std::fs::write(&cfg.out, &bytes).map_err(|error| Error::Io {
        path: cfg.out.clone(),
        error,
    })?;
    Ok(TrainOutcome {
        stats,
        bytes: bytes.len(),
        out: cfg.out.clone(),
        corpora: corpora.into_iter().map(|c| c.name).collect(),
    })
}

/// What `chancery eval ner` is asked to do.
#[derive(Clone, Debug)]
pub struct EvalConfig {
    pub corpus: PathBuf,
    pub split: Split,
    /// Model file; default: the shipped model of the corpus's language.
    pub model: Option<PathBuf>,
}

/// Evaluates a model on (a split of) a corpus.
pub fn eval_command(cfg: &EvalConfig) -> Result<Report> {
    let corpus = read_corpus(&cfg.corpus)?;
    let path = cfg
        .model
        .clone()
        .unwrap_or_else(|| shipped_model_path(corpus.lang));
    let model = Model::load_path(&path)?;
    let docs = corpus.split(cfg.split);
    let (counts, words, took) = eval::evaluate(&model, &docs);
    let split = match cfg.split {
        Split::Train => "train",
        Split::Test => "test",
        Split::TrainNoDev => "train-no-dev",
        Split::Dev => "dev",
        Split::All => "all",
    };
    Ok(eval::report(
        &corpus.name,
        split,
        &path.display().to_string(),
        docs.len(),
        &counts,
        words,
        took,
    ))
}
