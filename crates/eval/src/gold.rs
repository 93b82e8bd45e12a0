//! Gold files: one JSON object per document, in the format of `gold.md`.
//!
//! Reading is tolerant where the format is: fields other than the ones scored (`title`, `role`,
//! `misc`, `notes`, an event's `date`, `place` and `evidence`, anything added later) are ignored,
//! and a missing or `null` list, count or optional value reads as empty, zero or `None`. What the
//! scoring needs must be there and have its type (`doc`; a speaker's `name`; a date's `text` and
//! `value`; a quotation's `text_start`; an event's `type`): otherwise the file is an
//! [`Error::Gold`] naming the file and the place.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::{Error, Result};

/// One gold annotation.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Gold {
    /// The document's file name (`012_tass-briefing.html`).
    pub doc: String,
    #[serde(default)]
    pub lang: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (or less precise), `None` when the document states none.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub speakers: Vec<GoldSpeaker>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub persons: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub organizations: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub locations: Vec<String>,
    /// Not scored; a system entity matching one of these is neither right nor wrong.
    #[serde(default, deserialize_with = "null_as_default")]
    pub misc: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub dates: Vec<GoldDate>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub quotes: Vec<GoldQuote>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub events: Vec<GoldEvent>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldSpeaker {
    /// Canonical English name.
    pub name: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub surface: Vec<String>,
    /// Labelled turns; 0 when none.
    #[serde(default, deserialize_with = "null_as_default")]
    pub turns: u32,
    /// Quotations attributed to the speaker.
    #[serde(default, deserialize_with = "null_as_default")]
    pub quotes: u32,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldDate {
    pub text: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldQuote {
    /// `None` when the document does not say who.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The first words of the quotation as written.
    pub text_start: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
}

/// A gold annotation and where it was read.
#[derive(Clone, Debug)]
pub struct GoldFile {
    pub path: PathBuf,
    /// The language folder the file sits in (`<gold>/<lang>/<stem>.json`), else its `lang` field,
    /// else `und`.
    pub lang: String,
    pub gold: Gold,
}

impl GoldFile {
    /// `<lang>/<doc>`: the name the split hashes and the report shows.
    pub fn key(&self) -> String {
        format!("{}/{}", self.lang, self.doc_file_name())
    }

    /// The document's file name (the last component of `doc`).
    pub fn doc_file_name(&self) -> &str {
        file_name(&self.gold.doc)
    }
}

/// The last component of a path written with `/` or `\`.
pub(crate) fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

impl Gold {
    /// Reads one gold file.
    pub fn read(path: &Path) -> Result<Gold> {
        let text = std::fs::read_to_string(path).map_err(|error| Error::Io {
            path: path.to_owned(),
            error,
        })?;
        Gold::parse(&text).map_err(|message| Error::Gold {
            path: path.to_owned(),
            message,
        })
    }

    /// Parses the text of one gold file; the error is serde's, with line and column.
    pub fn parse(text: &str) -> std::result::Result<Gold, String> {
        let gold: Gold = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if gold.doc.trim().is_empty() {
            return Err("`doc` is empty".to_owned());
        }
        Ok(gold)
    }
}

/// Every gold file of a gold folder, sorted by path: `<dir>/*.json` and `<dir>/<lang>/*.json`.
/// The outer error is an unreadable folder; each inner one a file that is not a gold file.
pub fn read_gold_dir(dir: &Path) -> Result<Vec<Result<GoldFile>>> {
    let mut paths: Vec<(PathBuf, Option<String>)> = Vec::new();
    for entry in read_dir_sorted(dir)? {
        if entry.is_dir() {
            let folder = entry.file_name().map(|n| n.to_string_lossy().into_owned());
            for inner in read_dir_sorted(&entry)? {
                if is_json_file(&inner) {
                    paths.push((inner, folder.clone()));
                }
            }
        } else if is_json_file(&entry) {
            paths.push((entry, None));
        }
    }
    Ok(paths
        .into_iter()
        .map(|(path, folder)| {
            let gold = Gold::read(&path)?;
            let lang = folder
                .or_else(|| gold.lang.clone())
                .unwrap_or_else(|| "und".to_owned());
            Ok(GoldFile { path, lang, gold })
        })
        .collect())
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>> {
    let io = |error| Error::Io {
        path: dir.to_owned(),
        error,
    };
    let mut v = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if !hidden {
            v.push(path);
        }
    }
    v.sort();
    Ok(v)
}

fn is_json_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json") && path.is_file()
}

/// `null` reads as the type's default, like a missing field.
fn null_as_default<'de, D, T>(d: D) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_where_the_format_is() {
        let gold = Gold::parse(
            r#"{"doc": "x.html", "lang": "fr", "published": null, "notes": "free text",
                "speakers": [{"name": "Sergey Lavrov", "turns": null, "role": "Minister"}],
                "persons": null, "quotes": [{"text_start": "nous sommes", "speaker": null}],
                "events": [{"type": "meet", "source": "A", "target": null, "evidence": "…"}],
                "something_new": {"nested": true}}"#,
        )
        .unwrap();
        assert_eq!(gold.doc, "x.html");
        assert_eq!(gold.published, None);
        assert_eq!(gold.speakers[0].turns, 0);
        assert!(gold.speakers[0].surface.is_empty());
        assert!(gold.persons.is_empty() && gold.dates.is_empty());
        assert_eq!(gold.quotes[0].speaker, None);
        assert_eq!(gold.events[0].target, None);
    }

    #[test]
    fn malformed_files_say_where() {
        for (text, expect) in [
            (r#"{"lang": "fr"}"#, "missing field `doc`"),
            (
                r#"{"doc": "x", "dates": [{"text": "hier"}]}"#,
                "missing field `value`",
            ),
            (
                r#"{"doc": "x", "speakers": [{"name": "A", "turns": "two"}]}"#,
                "invalid type",
            ),
            (r#"{"doc": "x", "persons": "A"}"#, "invalid type"),
            (r#"{"doc": ""}"#, "`doc` is empty"),
            ("{\"doc\": \"x\",", "EOF"),
        ] {
            let err = Gold::parse(text).unwrap_err();
            assert!(err.contains(expect), "{text}: {err}");
        }
    }

    #[test]
    fn folder_layout_and_errors_name_the_file() {
        let dir = std::env::temp_dir().join(format!("chancery-eval-gold-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("fr")).unwrap();
        std::fs::write(dir.join("fr/a.json"), r#"{"doc": "a.html", "lang": "xx"}"#).unwrap();
        std::fs::write(dir.join("fr/b.json"), r#"{"doc": 3}"#).unwrap();
        std::fs::write(dir.join("fr/notes.txt"), "not gold").unwrap();
        std::fs::write(dir.join("top.json"), r#"{"doc": "t.txt", "lang": "en"}"#).unwrap();
        let files = read_gold_dir(&dir).unwrap();
        assert_eq!(files.len(), 3);
        let a = files[0].as_ref().unwrap();
        assert_eq!(a.key(), "fr/a.html", "the folder gives the language");
        let b = files[1].as_ref().unwrap_err().to_string();
        assert!(b.contains("b.json") && b.contains("invalid type"), "{b}");
        assert_eq!(files[2].as_ref().unwrap().key(), "en/t.txt");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
