/*!
Scoring of extracted documents against gold annotations, by the rules of
`../shared/contract/gold.md`: what `chancery eval` computes.

- [`gold`]: gold files ([`Gold`], [`read_gold_dir`]), tolerant of fields the scoring does not
  read, precise about the ones it does (an [`Error::Gold`] names the file).
- [`split`]: the dev/test split of a gold set by FNV-1a of `<lang>/<file name>`.
- [`names`]: the loose name key (accents, Cyrillic, transliteration folds, doubled letters) and the
  last-word rule.
- [`system`]: the system side, [`SystemDoc`], read from contract JSON objects (chancery's own
  output in-process, or any JSON Lines file in the contract's format, [`SystemFile`]) or made from
  a second annotation pass (agreement between annotators).
- [`score`](mod@score): one document, layer by layer ([`DocScore`], [`Tally`]).
- [`report`]: the figures overall and per language with their counts, the ten worst documents per
  figure, as a table or as JSON ([`Report`]; its JSON shape is documented there).

```no_run
use chancery_eval::{Report, Split, SystemDoc, read_gold_dir, score};

let mut report = Report::new(Split::Test);
for file in read_gold_dir("tests/field/gold".as_ref())? {
    let file = file?;
    if !Split::Test.contains(&file.lang, file.doc_file_name()) {
        continue;
    }
    let records: Vec<serde_json::Value> = Vec::new(); // the contract JSON of the document
    let system = SystemDoc::from_contract(&records);
    report.push(file.key(), file.lang.clone(), score(&file.gold, &system));
}
print!("{}", report.to_table());
# Ok::<(), chancery_eval::Error>(())
```

No IO but reading the gold files and a system JSON Lines file; scoring never fails.
*/

pub mod gold;
pub mod names;
pub mod report;
pub mod score;
pub mod split;
pub mod system;

use std::fmt;
use std::path::PathBuf;

pub use gold::{Gold, GoldFile, read_gold_dir};
pub use names::{loose_key, names_match};
pub use report::{Figure, Report};
pub use score::{DocScore, Layer, Tally, score};
pub use split::Split;
pub use system::{SystemDoc, SystemFile};

/// Errors of reading gold files and system files. Scoring itself never fails.
#[derive(Debug)]
pub enum Error {
    /// A file or folder that cannot be read.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A file that is not a gold annotation (bad JSON, a field of the wrong type, a required
    /// field missing).
    Gold { path: PathBuf, message: String },
    /// A line of a system file that is not a JSON object.
    SystemLine {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Error::Gold { path, message } => {
                write!(f, "{}: not a gold file: {message}", path.display())
            }
            Error::SystemLine {
                path,
                line,
                message,
            } => write!(
                f,
                "{}: line {line}: not a contract JSON object: {message}",
                path.display()
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
